"""What the CLI and the Slack bot share: where the corpus and index live, and getting a usable index."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from bot import index as index_mod
from bot.corpus import fingerprint, load_corpus
from bot.index import BuildReport, Index
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


def reindex(paths: Paths, warn: Warn = lambda _m: None) -> BuildReport:
    """Parse and validate every document first; only then build and switch the live index."""
    documents = load_corpus(paths.corpus, warn)
    vocabulary = load_vocabulary(paths.corpus)
    return index_mod.build(documents, paths.corpus, paths.index, vocabulary)


def open_index(paths: Paths, warn: Warn = lambda _m: None, build_if_missing: bool = True) -> Index:
    """The live index; built once if there is none yet. Warns when the corpus changed since the build."""
    if build_if_missing and not index_mod.exists(paths.index):
        warn(f"no index at {paths.index} yet: building it from {paths.corpus} (once)")
        report = reindex(paths, warn)
        warn(f"indexed {sum(report.clauses_per_policy.values())} clauses from "
             f"{len(report.policies)} policies in {report.seconds:.1f}s")
    idx = index_mod.load(paths.index)
    if paths.corpus.is_dir() and fingerprint(paths.corpus) != idx.fingerprint:
        warn(f"the policies in {paths.corpus} changed since the index was built: "
             "answering from the existing index; run `policybot reindex` to update it")
    return idx


class SearcherHolder:
    """The live Searcher, swappable as a whole: a question in flight keeps the one it started with."""

    def __init__(self, searcher: Searcher):
        self._searcher = searcher

    def get(self) -> Searcher:
        return self._searcher

    def swap(self, searcher: Searcher) -> None:
        self._searcher = searcher
