"""Load test: signed Slack events from many concurrent senders to `policybot serve --http`.

Starts the real server on the shipped policies against the test suite's fake Slack on loopback,
sends EVENTS signed app_mention events from SENDERS concurrent senders, and checks that every event
is answered exactly once and none is lost; reports the ack latency and the server's memory.

    python bench/load.py [--events 2000] [--senders 50] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fakeslack import event_body, mention, post, sign  # noqa: E402
from tests.slackbot import SIGNING_SECRET, start_bot  # noqa: E402

QUESTIONS = ["Can I accept a parent's friend request?", "can I post photos of the kids on my insta?",
             "could I get sacked over a facebook post?", "when's payday?", "can I edit wikipedia at work?"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run(events: int, senders: int, workdir: Path) -> dict:
    bot = start_bot(workdir, http=True)
    try:
        send_event(bot, 0)                                   # warm up
        bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CLOAD00000")
        rss_start = rss_mb(bot.proc.pid)
        acks: list[float] = []
        failures: list[int] = []
        lock = threading.Lock()
        queue = iter(range(1, events + 1))

        def sender():
            while True:
                with lock:
                    n = next(queue, None)
                if n is None:
                    return
                t = time.monotonic()
                status = send_event(bot, n)
                with lock:
                    acks.append((time.monotonic() - t) * 1000)
                    if status != 200:
                        failures.append(n)

        threads = [threading.Thread(target=sender) for _ in range(senders)]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        sent_s = time.monotonic() - started
        deadline = time.monotonic() + 120
        while len(bot.fake.of("chat.postMessage")) < events + 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.0)                                      # anything extra would arrive now
        posts = Counter(c.params.get("channel") for c in bot.fake.of("chat.postMessage"))
        rss_end = rss_mb(bot.proc.pid)
    finally:
        bot.stop()
        bot.fake.close()
    expected = {f"CLOAD{n:05d}" for n in range(1, events + 1)}
    ordered = sorted(acks)
    return {
        "events": events, "senders": senders, "seconds_to_send": round(sent_s, 2),
        "answered_once": sum(1 for ch in expected if posts.get(ch) == 1),
        "lost": sum(1 for ch in expected if ch not in posts),
        "answered_twice_or_more": sum(1 for ch in expected if posts.get(ch, 0) > 1),
        "http_errors": len(failures),
        "ack_ms": {"p50": round(statistics.median(ordered), 1),
                   "p99": round(ordered[min(len(ordered) - 1, int(0.99 * (len(ordered) - 1)))], 1)},
        "rss_mb": {"start": round(rss_start, 1), "end": round(rss_end, 1)},
    }


def send_event(bot, n: int) -> int:
    body = event_body(mention(QUESTIONS[n % len(QUESTIONS)], channel=f"CLOAD{n:05d}", ts=f"1700002000.{n:06d}"),
                      event_id=f"EvLOAD{n:08d}")
    return post(bot.url, body, "application/json", sign(SIGNING_SECRET, body), timeout=30)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--senders", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.events, args.senders, Path(tmp) / "load")
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['events']} signed events from {result['senders']} concurrent senders "
              f"(sent in {result['seconds_to_send']}s)")
        print(f"  answered exactly once: {result['answered_once']}, lost: {result['lost']}, "
              f"answered twice or more: {result['answered_twice_or_more']}, HTTP errors: {result['http_errors']}")
        print(f"  ack p50 {result['ack_ms']['p50']} ms, p99 {result['ack_ms']['p99']} ms")
        print(f"  server memory {result['rss_mb']['start']} MB -> {result['rss_mb']['end']} MB")
    ok = result["answered_once"] == result["events"] and not result["http_errors"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
