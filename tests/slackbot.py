"""Start the real `policybot serve` (HTTP or Socket Mode) against the fake Slack, for tests and the benchmark."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from tests.fakeslack import FakeSlack

ROOT = Path(__file__).resolve().parent.parent
BOT_TOKEN = "xoxb-test-1111-2222-abcdefabcdef"
APP_TOKEN = "xapp-1-A1-3333-abcdefabcdef"
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
SECRETS = (BOT_TOKEN, APP_TOKEN, SIGNING_SECRET)
# Every server log written during the test run, for the end-of-run check in tests/conftest.py.
ALL_LOGS: list[Path] = []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class RunningBot:
    proc: subprocess.Popen
    fake: FakeSlack
    workdir: Path
    port: int | None
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    @property
    def db(self) -> Path:
        return self.workdir / "policybot.db"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        return self.log()


CONFIG = """\
contact: "Mrs Khan, the head teacher"
database: policybot.db
top: 3
channels:
  default: all
  CFORGE0001: [forge-integrated-primary]
"""


def start_bot(workdir: Path, http: bool, fake: FakeSlack | None = None, extra_env: dict | None = None,
              config: str = CONFIG, wait: bool = True) -> RunningBot:
    workdir.mkdir(parents=True, exist_ok=True)
    if not (workdir / "corpus").exists():
        shutil.copytree(ROOT / "corpus", workdir / "corpus")
    (workdir / "policybot.yaml").write_text(config)
    fake = fake or FakeSlack()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "POLICYBOT_"))}
    env.update({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": fake.api_url,
                "POLICYBOT_CORPUS": str(workdir / "corpus"), "POLICYBOT_INDEX": str(workdir / "index"),
                "POLICYBOT_CONFIG": str(workdir / "policybot.yaml"), "PYTHONUNBUFFERED": "1"})
    args = [sys.executable, "-m", "bot", "serve"]
    port = None
    if http:
        port = free_port()
        env["SLACK_SIGNING_SECRET"] = SIGNING_SECRET
        args += ["--http", "--host", "127.0.0.1", "--port", str(port)]
    else:
        env["SLACK_APP_TOKEN"] = APP_TOKEN
    env.update(extra_env or {})
    log_path = workdir / f"serve-{time.monotonic_ns()}.log"
    ALL_LOGS.append(log_path)
    log_file = open(log_path, "w")
    proc = subprocess.Popen(args, cwd=workdir, env=env, stdout=log_file, stderr=subprocess.STDOUT)
    bot = RunningBot(proc, fake, workdir, port, log_path)
    if wait:
        _wait_ready(bot, http)
    return bot


def _wait_ready(bot: RunningBot, http: bool, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if bot.proc.poll() is not None:
            raise AssertionError(f"policybot serve exited early:\n{bot.log()}")
        if http:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{bot.port}/healthz", timeout=1) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                pass
        elif bot.fake._ws_connected.is_set():
            return
        time.sleep(0.1)
    raise AssertionError(f"policybot serve was not ready in {timeout}s:\n{bot.log()}")
