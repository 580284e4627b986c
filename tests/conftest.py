"""Shared fixtures. Tests use the real shipped policies, real index files and the real CLI, and never
touch the user's corpus or index: every path points into a temporary folder."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.service import Paths, reindex

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"
SHARED_EVAL = ROOT.parent / "shared" / "eval" / "dev_questions.yaml"
POLICY_IDS = ["tornedale-infant", "forge-integrated-primary", "southfield-trust",
              "school-trust-template", "balfour-primary"]


@pytest.fixture(scope="session", autouse=True)
def _no_secrets_in_any_log():
    """After the whole run: no Slack token or signing secret in any log any server wrote."""
    yield
    from tests.slackbot import ALL_LOGS, SECRETS
    leaks = [str(p) for p in ALL_LOGS if p.exists() and any(s in p.read_text(errors="replace") for s in SECRETS)]
    assert not leaks, f"Slack secrets found in server logs: {leaks}"


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """No test reads or writes ./corpus or ./index by accident."""
    monkeypatch.setenv("POLICYBOT_CORPUS", str(tmp_path / "no-corpus-here"))
    monkeypatch.setenv("POLICYBOT_INDEX", str(tmp_path / "no-index-here"))


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A private copy of the shipped corpus that a test may change."""
    dst = tmp_path / "corpus"
    shutil.copytree(CORPUS, dst)
    return dst


@pytest.fixture(scope="session")
def shipped(tmp_path_factory) -> Paths:
    """An index built once from a copy of the shipped policies (read-only for tests)."""
    base = tmp_path_factory.mktemp("shipped")
    shutil.copytree(CORPUS, base / "corpus")
    paths = Paths(base / "corpus", base / "index")
    reindex(paths)
    return paths


def index_of(tmp_path: Path, *documents):
    """A real index built by `reindex` over a corpus of just these documents: paths of files to copy
    in, or (file name, text) pairs to write."""
    from bot.index import load
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc in documents:
        if isinstance(doc, tuple):
            (corpus / doc[0]).write_text(doc[1], encoding="utf-8")
        else:
            shutil.copy(doc, corpus)
    reindex(Paths(corpus, tmp_path / "index"))
    return load(tmp_path / "index")


@pytest.fixture(scope="session")
def searcher(shipped):
    from bot.index import load
    from bot.search import Searcher
    return Searcher(load(shipped.index))


def run_cli(*args: str, corpus: Path | None = None, index: Path | None = None, stdin: str | None = None,
            cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real entry point (`python -m bot`) in a child process."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYBOT_")}
    if corpus is not None:
        full_env["POLICYBOT_CORPUS"] = str(corpus)
    if index is not None:
        full_env["POLICYBOT_INDEX"] = str(index)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd or ROOT, env=full_env, timeout=120)
