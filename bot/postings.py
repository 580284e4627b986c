"""BM25Plus as precomputed postings: fast at a million clauses, scores identical to rank-bm25's.

rank-bm25's BM25Plus scores a clause d for a query term t as

    idf(t) * (delta + tf(t,d) * (k1 + 1) / (k1 * (1 - b + b * len(d) / avgdl) + tf(t,d)))

with idf(t) = log((N + 1) / df(t)), and sums over the query's terms (rank-bm25's get_scores loops
over every clause in Python). The delta part is the same for every clause, so at build time each
term's *relevance* contribution — the rest of the formula — is computed once for every clause that
has the term and stored as a postings list (clause ids ascending, contributions). A query adds the
postings of its terms into one array; rank-bm25's own score is that plus delta * sum(idf). Saved as
.npy arrays (allow_pickle=False) and memory-mapped on load.
"""
from __future__ import annotations

import json
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np


@dataclass
class Field:
    """One indexed field (clause text, or headings): term ids, idf and postings in CSR form."""

    terms: dict[str, int]
    idf: np.ndarray        # float64 [V]
    ptr: np.ndarray        # int64 [V + 1]: postings of term i are ptr[i]:ptr[i + 1]
    docs: np.ndarray       # int32 [nnz], ascending within each term
    weights: np.ndarray    # float64 [nnz]: the term's relevance contribution to that document
    n: int                 # documents

    def df(self, term: str) -> int:
        i = self.terms.get(term)
        return 0 if i is None else int(self.ptr[i + 1] - self.ptr[i])

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        i = self.terms.get(term)
        if i is None:
            return _EMPTY_I, _EMPTY_F
        a, b = int(self.ptr[i]), int(self.ptr[i + 1])
        return self.docs[a:b], self.weights[a:b]

    def relevance(self, term: str, out: np.ndarray | None = None, weight: float = 1.0) -> np.ndarray:
        """Dense relevance of one term for every document (added into `out` when given)."""
        if out is None:
            out = np.zeros(self.n)
        docs, weights = self.postings(term)
        if len(docs):
            out[docs] += weight * weights if weight != 1.0 else weights
        return out

    def contains(self, term: str, rows: np.ndarray) -> np.ndarray:
        """For each of `rows` (document ids), whether it holds the term."""
        docs, _ = self.postings(term)
        if not len(docs) or not len(rows):
            return np.zeros(len(rows), dtype=bool)
        at = np.searchsorted(docs, rows)
        at[at >= len(docs)] = len(docs) - 1
        return docs[at] == rows

    def idf_of(self, term: str) -> float | None:
        i = self.terms.get(term)
        return None if i is None else float(self.idf[i])


_EMPTY_I = np.zeros(0, dtype=np.int32)
_EMPTY_F = np.zeros(0, dtype=np.float64)


def build_field(token_lists: Iterable[list[str]], k1: float, b: float) -> Field:
    """Postings for documents given as token lists (in document order)."""
    term_ids: dict[str, int] = {}
    ids = array("i")            # 4 bytes a token: a million clauses' tokens fit in memory
    lengths = array("i")
    setdefault = term_ids.setdefault
    for tokens in token_lists:
        lengths.append(len(tokens))
        ids.extend([setdefault(t, len(term_ids)) for t in tokens])
    n = len(lengths)
    v = len(term_ids)
    doc_len = np.frombuffer(lengths, dtype=np.int32).astype(np.int64) if n else np.zeros(0, dtype=np.int64)
    if n == 0 or v == 0:
        return Field(term_ids, np.zeros(v), np.zeros(v + 1, dtype=np.int64), _EMPTY_I, _EMPTY_F, n)
    tok = np.frombuffer(ids, dtype=np.int32).astype(np.int64)
    doc = np.repeat(np.arange(n, dtype=np.int64), doc_len)
    keys, tf = np.unique(tok * n + doc, return_counts=True)     # sorted by term, then document
    terms_of = keys // n
    docs = (keys % n).astype(np.int32)
    df = np.bincount(terms_of, minlength=v)
    ptr = np.zeros(v + 1, dtype=np.int64)
    np.cumsum(df, out=ptr[1:])
    idf = np.log((n + 1) / df)
    avgdl = float(doc_len.sum()) / n or 1.0     # rank-bm25 divides by it; an empty corpus must not
    norm = k1 * (1 - b + b * doc_len[docs] / avgdl)
    weights = idf[terms_of] * tf * (k1 + 1) / (norm + tf)
    return Field(term_ids, idf, ptr, docs, weights.astype(np.float64), n)


FILES = ("idf", "ptr", "docs", "weights")


def save_field(folder: Path, name: str, field: Field) -> list[str]:
    """Write <name>.terms.json and <name>.<array>.npy; returns the file names written."""
    written = [f"{name}.terms.json"]
    ordered = sorted(field.terms, key=field.terms.__getitem__)
    with open(folder / written[0], "w", encoding="utf-8") as fh:
        json.dump({"n": field.n, "terms": ordered}, fh, ensure_ascii=False)
    for part in FILES:
        fname = f"{name}.{part}.npy"
        np.save(folder / fname, getattr(field, part), allow_pickle=False)
        written.append(fname)
    return written


def load_field(folder: Path, name: str, mmap: bool = True) -> Field:
    data = json.loads((folder / f"{name}.terms.json").read_text(encoding="utf-8"))
    terms = {t: i for i, t in enumerate(data["terms"])}
    arrays = {part: np.load(folder / f"{name}.{part}.npy", mmap_mode="r" if mmap else None, allow_pickle=False)
              for part in FILES}
    field = Field(terms, arrays["idf"], arrays["ptr"], arrays["docs"], arrays["weights"], int(data["n"]))
    if len(field.ptr) != len(terms) + 1 or len(field.idf) != len(terms) or len(field.docs) != len(field.weights):
        raise ValueError("inconsistent postings")
    return field
