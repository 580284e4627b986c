"""Parity with rank-bm25: on a few thousand clauses, the top 10 clauses and their scores from the
postings equal rank-bm25's BM25Plus get_scores (ties aside)."""
from __future__ import annotations

import numpy as np
import pytest
from rank_bm25 import BM25Plus

from bot import index as index_mod
from bot.corpus import load_corpus
from bot.search import Searcher
from bot.service import Paths, reindex
from bot.tokenize import site_names

QUESTIONS = ["Can I accept a parent's friend request?", "photographs of pupils on personal webspace",
             "disciplinary action dismissal breach", "privacy settings passwords", "wikipedia",
             "contracted hours personal use of social media at work", "staff school social media"]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """The shipped policies, twelve times over (about 2,500 clauses)."""
    from tests.conftest import CORPUS
    folder = tmp_path_factory.mktemp("library")
    corpus = folder / "corpus"
    corpus.mkdir()
    for n in range(12):
        for src in CORPUS.glob("*.txt"):
            text = src.read_text(encoding="utf-8")
            (corpus / f"{src.stem}-{n}.txt").write_text(text + f"\n\n- Local note {n}: staff review this yearly.\n",
                                                       encoding="utf-8")
    paths = Paths(corpus, folder / "index")
    reindex(paths)
    return paths


def test_top_10_and_scores_equal_rank_bm25(library):
    idx = index_mod.load(library.index)
    assert len(idx.clauses) > 2000
    tokenizer = idx.tokenizer
    clauses = [c for d in load_corpus(library.corpus) for c in d.clauses]
    # a clause is indexed with its web addresses read as their sites' names (bot.tokenize.site_names)
    reference = BM25Plus([tokenizer(site_names(c.text)) for c in clauses], k1=1.2, b=0.75, delta=1.0)
    searcher = Searcher(idx)
    for question in QUESTIONS:
        terms = tokenizer(question)
        expected = reference.get_scores(terms)
        got = searcher.bm25_scores(terms)
        assert np.allclose(got, expected, rtol=1e-12, atol=1e-9)
        top_expected = np.argsort(-expected, kind="stable")[:10]
        top_got = np.argsort(-got, kind="stable")[:10]
        assert np.allclose(expected[top_expected], got[top_got], rtol=1e-12, atol=1e-9)
        assert set(top_got) == set(top_expected) or len(set(np.round(expected[top_expected], 9))) < 10  # ties
