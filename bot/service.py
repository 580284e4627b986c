"""What the CLI and the Slack bot share: where the corpus and index live, and getting a usable index."""
from __future__ import annotations

import os
import threading
import time
from datetime import date, datetime, timezone
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from bot import index as index_mod
from bot.changes import PolicyChange, compare, record
from bot.corpus import fingerprint, load_corpus
from bot.errors import IndexWriteFailed, PolicyBotError, ReviewCheckFailed
from bot.evaluate import load_questions, lost_answers
from bot.index import Index
from bot.models import Policy
from bot.render import review_overdue
from bot.search import Searcher
from bot.vocabulary import load_vocabulary

Warn = Callable[[str], None]


@dataclass(frozen=True)
class Paths:
    corpus: Path
    index: Path

    @classmethod
    def resolve(cls, corpus: str | os.PathLike | None = None, index: str | os.PathLike | None = None) -> "Paths":
        """Flags first, then POLICYBOT_CORPUS / POLICYBOT_INDEX, then ./corpus and ./index."""
        return cls(Path(corpus or os.environ.get("POLICYBOT_CORPUS") or "corpus"),
                   Path(index or os.environ.get("POLICYBOT_INDEX") or "index"))


QUESTION_BANK = "questions.yaml"


@dataclass
class ReindexReport:
    build_name: str
    seconds: float
    clauses_per_policy: dict[str, int]
    policies: dict[str, Policy]
    changes: list[PolicyChange] = field(default_factory=list)
    bank_questions: int | None = None      # None: no corpus/questions.yaml
    bank_lost: list[dict] = field(default_factory=list)


def reindex(paths: Paths, warn: Warn = lambda _m: None, strict: bool = False,
            progress: Callable[[int, int], None] | None = None) -> ReindexReport:
    """Rebuild the index after a policy review, without ever serving a half-built one.

    1. read and validate every document and the vocabulary (nothing is written yet);
    2. stage a complete new build beside the live one;
    3. compare it with the live build, policy by policy and clause by clause;
    4. run the question bank (corpus/questions.yaml) against it; with strict, any expected clause
       that is no longer found stops here and the old index keeps serving;
    5. switch to it in one atomic step, and record the changes in index/history.jsonl.

    progress(done, total) is called as clauses are indexed (every 10,000).
    """
    started = time.perf_counter()
    documents = load_corpus(paths.corpus, warn)
    vocabulary = load_vocabulary(paths.corpus)
    bank = load_questions(paths.corpus / QUESTION_BANK) if (paths.corpus / QUESTION_BANK).exists() else None
    try:
        return _reindex_locked(paths, documents, vocabulary, bank, strict, progress, started)
    except OSError as exc:
        raise IndexWriteFailed(f"could not write the new index in {paths.index} "
                               f"({exc.strerror or exc.__class__.__name__}): free some space or fix the "
                               "folder's permissions, then reindex; the previous index is still serving") from None


def _reindex_locked(paths, documents, vocabulary, bank, strict, progress, started) -> ReindexReport:
    with index_mod.reindex_lock(paths.index):
        total = sum(len(d.clauses) for d in documents)
        name = index_mod.stage(documents, paths.corpus, paths.index, vocabulary,
                               progress=(lambda n: progress(n, total)) if progress else None)
        try:
            new = index_mod.load(paths.index, name)
            try:
                # its clauses are compared, not searched: one built by an older version (which read
                # words differently) still shows what changed
                old = index_mod.load(paths.index, any_tokenizer=True) if index_mod.exists(paths.index) else None
            except PolicyBotError:
                old = None      # a damaged live index: everything counts as new
            changes = compare(old, new)
            lost = lost_answers(Searcher(new), bank) if bank is not None else []
            if strict and lost:
                raise ReviewCheckFailed(
                    f"{len(lost)} question(s) in {paths.corpus / QUESTION_BANK} no longer find their clause "
                    f"(first: {lost[0]['id']} in {lost[0]['policy']}): the previous index is still serving; "
                    "check the changes, update the question bank, or reindex without --strict")
            index_mod.publish(paths.index, name)
        except BaseException:
            index_mod.discard(paths.index, name)
            raise
        record(paths.index, name, new.built_at, changes)
    return ReindexReport(name, time.perf_counter() - started, {d.policy.id: len(d.clauses) for d in documents},
                         {d.policy.id: d.policy for d in documents}, changes,
                         len(bank) if bank is not None else None, lost)


def open_index(paths: Paths, warn: Warn = lambda _m: None, build_if_missing: bool = True) -> Index:
    """The live index; built once if there is none yet. Warns when the corpus changed since the build."""
    if build_if_missing and not index_mod.exists(paths.index):
        warn(f"no index at {paths.index} yet: building it from {paths.corpus} (once)")
        report = reindex(paths, warn)
        n = len(report.policies)
        warn(f"indexed {sum(report.clauses_per_policy.values())} clauses from "
             f"{n} polic{'y' if n == 1 else 'ies'} in {report.seconds:.1f}s")
    idx = index_mod.load(paths.index)
    if paths.corpus.is_dir() and fingerprint(paths.corpus) != idx.fingerprint:
        warn(f"the policies in {paths.corpus} changed since the index was built: "
             "answering from the existing index; run `policybot reindex` to update it")
    return idx


class IndexWatcher:
    """Keeps a running server on the live index: within `interval` seconds of a reindex switching
    CURRENT (or at once on wake(), e.g. from SIGHUP) it loads the new build and swaps it in. A
    question in flight finishes on the index it began with; a new build that cannot be loaded is
    logged and the old one keeps serving."""

    def __init__(self, paths: Paths, holder: "SearcherHolder", interval: float = 2.0,
                 log: Callable[[str], None] = lambda _m: None):
        self.paths, self.holder, self.interval, self.log = paths, holder, interval, log
        self.loaded = index_mod.current_build(paths.index)
        self._wake = threading.Event()
        self._stop = threading.Event()

    def check(self) -> bool:
        current = index_mod.current_build(self.paths.index)
        if not current or current == self.loaded:
            return False
        try:
            searcher = Searcher(index_mod.load(self.paths.index))
        except PolicyBotError as exc:
            self.log(f"not switching to the new index ({exc}); still serving the previous one")
            self.loaded = current
            return False
        self.holder.swap(searcher)
        self.loaded = current
        self.log(f"now serving the new index ({len(searcher.index.clauses)} clauses, built {searcher.index.built_at})")
        return True

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.interval)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                self.check()
            except Exception as exc:      # never let the watcher die: the bot keeps answering
                self.log(f"checking for a new index failed: {exc.__class__.__name__}")

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.run, name="index-watcher", daemon=True)
        thread.start()
        return thread


class SearcherHolder:
    """The live Searcher, swappable as a whole: a question in flight keeps the one it started with."""

    def __init__(self, searcher: Searcher):
        self._searcher = searcher

    def get(self) -> Searcher:
        return self._searcher

    def swap(self, searcher: Searcher) -> None:
        self._searcher = searcher


def index_status(paths: Paths, today: date | None = None) -> dict:
    """For `policybot status`: each policy's dates, clauses and review state; the index's age."""
    idx = index_mod.load(paths.index)
    today = today or date.today()
    built = datetime.fromisoformat(idx.built_at)
    age = datetime.now(timezone.utc) - built
    days = age.days
    policies = []
    for pid, p in sorted(idx.policies.items()):
        policies.append({"id": pid, "title": p.display_title, "approved": p.approved, "next_review": p.next_review,
                         "review_overdue": review_overdue(p, today), "draft": p.draft,
                         "clauses": len(idx.policy_rows.get(pid, []))})
    return {
        "index": str(paths.index), "built_at": idx.built_at,
        "age": f"{days} day{'s' if days != 1 else ''} ago" if days else "today",
        "age_seconds": int(age.total_seconds()), "fingerprint": idx.fingerprint,
        "up_to_date": not paths.corpus.is_dir() or fingerprint(paths.corpus) == idx.fingerprint,
        "policies": policies,
    }
