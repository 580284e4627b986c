"""Build, save and load the clause index.

On disk an index is a folder of plain files, never a pickle:

    index/
      CURRENT                 name of the live build, switched atomically (os.replace)
      history.jsonl           what changed at each reindex (bot.changes)
      builds/<name>/
        params.json           tool and format version, tokenizer and BM25 settings, corpus
                              fingerprint, policies and their clause ranges, SHA-256 of every file
        clauses.jsonl         one clause per line (text, section, heading, lines, force)
        clauses.offsets.npy   byte offset of each line, to read a clause without reading them all
        clauses.audience.npy  whom each clause directs, as an index into bot.audience.AUDIENCES
        body.*                BM25Plus postings of the clause text (bot.postings)
        head.*                BM25Plus postings of the headings (one document per heading run)
        head.lengths.npy      clauses in each heading run
        head.questions.npy    1 where a heading run's heading is a question (an FAQ page)
        vocabulary.json       the vocabulary file, as the index was built with it

A reindex writes a complete new build beside the live one and only then points CURRENT at it, so
a reindex that fails or is killed leaves the previous index serving.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import threading
from array import array
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import numpy as np

from bot import __version__
from bot.audience import AUDIENCES
from bot.corpus import Document, fingerprint
from bot.errors import IndexBusy, IndexInvalid, IndexMissing
from bot.models import Clause, Policy
from bot.postings import Field, build_field, load_field, save_field
from bot.tokenize import Tokenizer, site_names
from bot.vocabulary import CompiledVocabulary, Vocabulary, defined_abbreviations

FORMAT = 3
CURRENT = "CURRENT"
BUILDS = "builds"
KEEP_BUILDS = 3

# Why BM25Plus: rank-bm25's BM25Okapi gives any term found in more than half of the clauses a
# floored idf (epsilon * mean idf). In a social media policy "social", "media", "staff" and "school"
# are such terms, and the floor then lets a clause's *other* common words outweigh the word the
# question is actually about. BM25Plus uses idf = log((N+1)/df), always positive and monotone.
# Chosen and tuned on the development questions (see README, Answer quality). Scores are
# rank-bm25's BM25Plus scores, computed from precomputed postings (bot.postings).
BM25_DEFAULTS = {"variant": "BM25Plus", "k1": 1.2, "b": 0.75, "delta": 1.0}


class ClauseStore(Sequence):
    """The clauses of a build, read from clauses.jsonl on demand (a million need not be parsed to
    answer one question). Thread-safe; recently read clauses are cached."""

    def __init__(self, path: Path, offsets: np.ndarray):
        self._path = path
        self._offsets = offsets
        self._lock = threading.Lock()
        self._fh = None
        self._cache: dict[int, Clause] = {}
        self._fields = set(Clause.__dataclass_fields__)

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = int(i)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        cached = self._cache.get(i)
        if cached is not None:
            return cached
        with self._lock:
            if self._fh is None:
                self._fh = open(self._path, "rb")
            self._fh.seek(int(self._offsets[i]))
            row = json.loads(self._fh.readline())
        clause = Clause(**{k: v for k, v in row.items() if k in self._fields})
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[i] = clause
        return clause

    def __iter__(self):
        with open(self._path, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                yield Clause(**{k: v for k, v in row.items() if k in self._fields})


@dataclass
class Index:
    """A loaded index: what search needs, read-only."""

    params: dict
    policies: dict[str, Policy]
    clauses: ClauseStore
    tokenizer: Tokenizer
    body: Field
    head: Field
    head_lengths: np.ndarray          # clauses in each heading run, in order
    vocabulary: CompiledVocabulary
    path: Path
    build_name: str
    policy_rows: dict[str, range] = field(default_factory=dict)
    audience: np.ndarray | None = None    # per clause, an index into bot.audience.AUDIENCES
    head_questions: np.ndarray | None = None  # per heading run: 1 where the heading asks a question

    @property
    def fingerprint(self) -> str:
        return self.params["fingerprint"]

    @property
    def built_at(self) -> str:
        return self.params["built_at"]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@contextmanager
def reindex_lock(index_dir: Path):
    """One reindex at a time per index folder; a second one is refused at once, never interleaved."""
    index_dir.mkdir(parents=True, exist_ok=True)
    fh = open(index_dir / ".lock", "w")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexBusy(f"another reindex of {index_dir} is running: wait for it to finish, then try again")
        yield
    finally:
        fh.close()


def stage(documents: list[Document], corpus_dir: Path, index_dir: Path, vocabulary: Vocabulary | None = None,
          tokenizer: Tokenizer | None = None, bm25: dict | None = None,
          progress: Callable[[int], None] | None = None) -> str:
    """Write a complete new build under builds/ beside the live one and return its name.

    Nothing serving changes: publish() switches to it. The caller holds reindex_lock().
    progress(n) is called as clauses are tokenized."""
    tokenizer = tokenizer or Tokenizer()
    settings = dict(bm25 or BM25_DEFAULTS)
    builds = Path(index_dir) / BUILDS
    builds.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc)
    name = stamp.strftime("%Y%m%dT%H%M%S%fZ")
    tmp = builds / f".tmp-{name}-{os.getpid()}"
    tmp.mkdir()
    try:
        offsets = array("q")
        head_texts: list[str] = []
        head_lengths = array("i")
        head_questions = array("b")
        audience = array("b")
        ranges: dict[str, list[int]] = {}
        with open(tmp / "clauses.jsonl", "wb") as out:
            def body_tokens():
                position = 0
                count = 0
                for doc in documents:
                    start = count
                    last_heading = object()
                    for clause in doc.clauses:
                        if clause.heading != last_heading:
                            last_heading = clause.heading
                            head_texts.append(f"{clause.heading or ''} {doc.policy.title}")
                            head_lengths.append(0)
                            head_questions.append(clause.heading_is_question)
                        head_lengths[-1] += 1
                        line = (json.dumps(clause.to_dict(), ensure_ascii=False) + "\n").encode("utf-8")
                        offsets.append(position)
                        audience.append(AUDIENCES.index(clause.audience))
                        out.write(line)
                        position += len(line)
                        count += 1
                        if progress and count % 10_000 == 0:
                            progress(count)
                        yield tokenizer(site_names(clause.text))
                    ranges[doc.policy.id] = [start, count]
            body = build_field(body_tokens(), float(settings["k1"]), float(settings["b"]))
            if progress and body.n >= 10_000 and body.n % 10_000:
                progress(body.n)
            out.flush()
            os.fsync(out.fileno())
        head = build_field((tokenizer(t) for t in head_texts), float(settings["k1"]), float(settings["b"]))
        files = ["clauses.jsonl"]
        np.save(tmp / "clauses.offsets.npy", np.frombuffer(offsets, dtype=np.int64), allow_pickle=False)
        np.save(tmp / "head.lengths.npy", np.frombuffer(head_lengths, dtype=np.int32), allow_pickle=False)
        np.save(tmp / "clauses.audience.npy", np.frombuffer(audience, dtype=np.int8), allow_pickle=False)
        np.save(tmp / "head.questions.npy", np.frombuffer(head_questions, dtype=np.int8), allow_pickle=False)
        files += ["clauses.offsets.npy", "head.lengths.npy", "clauses.audience.npy", "head.questions.npy"]
        files += save_field(tmp, "body", body) + save_field(tmp, "head", head)
        # the abbreviations the policies define ("a subject access request (SAR)"), read both ways
        defined = defined_abbreviations(text for d in documents for text in
                                        [d.policy.title, *(c.heading or "" for c in d.clauses),
                                         *(c.text for c in d.clauses)])
        _write_json(tmp / "vocabulary.json", replace(vocabulary or Vocabulary(), defined_terms=defined).to_dict())
        files.append("vocabulary.json")
        params = {
            "tool": "policybot", "tool_version": __version__, "format": FORMAT,
            "built_at": stamp.isoformat(timespec="seconds"),
            "fingerprint": fingerprint(corpus_dir),
            "tokenizer": tokenizer.to_dict(), "bm25": settings,
            "policies": {d.policy.id: {**d.policy.to_dict(), "sha256": d.sha256, "clauses": len(d.clauses),
                                       "rows": ranges[d.policy.id]} for d in documents},
            "clauses": body.n,
            "files": {f: _sha256(tmp / f) for f in files},
        }
        _write_json(tmp / "params.json", params)
        os.rename(tmp, builds / name)
        _fsync_dir(builds)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return name


def publish(index_dir: Path, name: str) -> None:
    """Make a staged build the live one: one atomic rename of CURRENT. Then drop old builds."""
    _point_current(Path(index_dir), f"{BUILDS}/{name}")
    _prune(Path(index_dir), keep=name)


def discard(index_dir: Path, name: str) -> None:
    """Remove a staged build that will not be published."""
    shutil.rmtree(Path(index_dir) / BUILDS / name, ignore_errors=True)


def current_build(index_dir: Path) -> str | None:
    try:
        return (Path(index_dir) / CURRENT).read_text(encoding="utf-8").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def _write_json(path: Path, data: dict) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _point_current(index_dir: Path, target: str) -> None:
    tmp = index_dir / f".{CURRENT}.{os.getpid()}"
    tmp.write_text(target + "\n", encoding="utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / CURRENT)
    _fsync_dir(index_dir)


def _prune(index_dir: Path, keep: str) -> None:
    """Drop old builds (and leftovers of killed ones), keeping the newest few for inspection."""
    builds = index_dir / BUILDS
    names = sorted(p.name for p in builds.iterdir() if p.is_dir() and not p.name.startswith("."))
    for old in names[:-KEEP_BUILDS]:
        if old != keep:
            shutil.rmtree(builds / old, ignore_errors=True)
    for leftover in builds.glob(".tmp-*"):
        try:
            pid = int(leftover.name.rsplit("-", 1)[1])
            os.kill(pid, 0)
        except (ValueError, ProcessLookupError):
            shutil.rmtree(leftover, ignore_errors=True)
        except PermissionError:
            pass


def exists(index_dir: Path) -> bool:
    return (Path(index_dir) / CURRENT).is_file()


def load(index_dir: Path, build: str | None = None, any_tokenizer: bool = False) -> Index:
    """Load the live build (or a named one). Reads JSON only; checks every data file's checksum.

    If reindexes switch CURRENT and prune the build being read while it is read, the new live
    build is read instead. any_tokenizer: also a build whose tokenizer is of an older kind, to
    compare its clauses with a new build's (bot.changes); never to search it."""
    for attempt in range(3):
        try:
            return _load(Path(index_dir), build, any_tokenizer)
        except _Vanished:
            if build is not None or attempt == 2:
                raise IndexInvalid(f"the index at {index_dir} kept changing while it was read: try again") from None
    raise AssertionError("unreachable")


class _Vanished(Exception):
    """A build's files disappeared while they were read (pruned by a concurrent reindex)."""


def _load(index_dir: Path, build: str | None, any_tokenizer: bool = False) -> Index:
    if build is not None:
        build_rel = f"{BUILDS}/{build}"
    else:
        current = index_dir / CURRENT
        if not current.is_file():
            raise IndexMissing(f"no index at {index_dir}: run `policybot reindex`")
        try:
            build_rel = current.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            raise IndexInvalid(f"the index at {index_dir} is damaged: run `policybot reindex`") from None
    build_dir = index_dir / build_rel
    if not build_rel.startswith(f"{BUILDS}/") or ".." in build_rel:
        raise IndexInvalid(f"the index at {index_dir} is damaged: run `policybot reindex`")
    if not build_dir.is_dir():
        if build is None and current_build(index_dir) != build_rel:
            raise _Vanished()
        raise IndexInvalid(f"the index at {index_dir} is damaged (missing build): run `policybot reindex`")
    damaged = IndexInvalid(f"the index at {index_dir} is damaged or was changed by hand: run `policybot reindex`")
    try:
        params = json.loads((build_dir / "params.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _Vanished() from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise damaged from None
    if not isinstance(params, dict) or params.get("tool") != "policybot":
        raise damaged
    if params.get("format") != FORMAT:
        raise IndexInvalid(f"the index at {index_dir} was built by another policybot version: "
                           "run `policybot reindex`")
    try:
        for fname, digest in params["files"].items():
            if "/" in fname or _sha256(build_dir / fname) != digest:
                raise damaged
        policies, rows = {}, {}
        n = int(params["clauses"])
        for pid, p in params["policies"].items():
            policies[pid] = Policy(**{k: p.get(k) for k in ("id", "title", "file", "organisation",
                                                              "approved", "next_review", "status")})
            start, end = (int(x) for x in p["rows"])
            if not 0 <= start <= end <= n:
                raise damaged
            rows[pid] = range(start, end)
        offsets = np.load(build_dir / "clauses.offsets.npy", mmap_mode="r", allow_pickle=False)
        head_lengths = np.load(build_dir / "head.lengths.npy", allow_pickle=False)
        audience = np.load(build_dir / "clauses.audience.npy", mmap_mode="r", allow_pickle=False)
        if audience.shape != (n,) or audience.dtype != np.int8 or (n and not 0 <= audience.min() <= audience.max() < len(AUDIENCES)):
            raise damaged
        body = load_field(build_dir, "body")
        head = load_field(build_dir, "head")
        if len(offsets) != n or body.n != n or int(head_lengths.sum()) != n or head.n != len(head_lengths):
            raise damaged
        head_questions = None                 # an index built before FAQ headings were noted has none
        if "head.questions.npy" in params["files"]:
            head_questions = np.load(build_dir / "head.questions.npy", allow_pickle=False)
            if head_questions.shape != (head.n,) or head_questions.dtype != np.int8:
                raise damaged
        tokenizer = Tokenizer.from_dict(params["tokenizer"], any_kind=any_tokenizer)
        vocab = Vocabulary.from_dict(json.loads((build_dir / "vocabulary.json").read_text(encoding="utf-8")))
    except IndexInvalid:
        raise
    except FileNotFoundError:
        raise _Vanished() from None
    except (OSError, KeyError, TypeError, ValueError, AttributeError):
        raise damaged from None
    return Index(params, policies, ClauseStore(build_dir / "clauses.jsonl", offsets), tokenizer, body, head,
                 head_lengths, vocab.compile(tokenizer), index_dir, build_rel, rows, audience, head_questions)
