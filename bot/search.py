"""Question -> ranked clauses, or an honest "the policies don't cover this".

Scoring is BM25 (rank-bm25) over clause tokens. On top of the raw ranking:

* scope: only the policies asked for (a school's channel sees its own policies);
* a clause must share at least one term with the question to be returned at all;
* per policy: when several policies are in scope, an answer can show each policy's best clauses,
  so staff see what every policy says (and where they disagree);
* abstention: the question is declined when the best clause covers too little of the question's
  weight (idf) — a calibrated share in [0, 1], unlike raw BM25 scores, which grow with length.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from bot.errors import QuestionError
from bot.index import Index
from bot.models import Answer, Result
from bot.vocabulary import Concept

MAX_QUESTION_TERMS = 256
# Coordination: relevance is scaled by coverage ** COORD, so a clause that answers more of the
# question outranks one that matches a single word of it many times (Lucene's classic "coord").
COORD = 0.0
# A policy's best clause must cover this share of the question's weight to be shown at all...
MIN_COVERAGE = 0.20
# ...and score at least this share of the best clause's relevance across the policies in scope.
MIN_RELATIVE = 0.35


@dataclass
class Scored:
    row: int
    score: float
    relevance: float   # score above what a clause sharing no term with the question gets
    coverage: float    # share of the question's idf weight that the clause contains


class Searcher:
    """Answers questions from one loaded index. Read-only and safe to share between threads."""

    def __init__(self, index: Index, use_vocabulary: bool = True):
        self.index = index
        self.use_vocabulary = use_vocabulary
        self.n = len(index.clauses)
        self.term_sets = [frozenset(t) for t in index.tokens]
        self.df = Counter(t for terms in self.term_sets for t in terms)
        self.policy_of = np.array([c.policy_id for c in index.clauses], dtype=object)

    # -- weights -------------------------------------------------------------------------------
    def weight(self, term: str) -> float:
        """Information in a term: rare terms weigh most; a term no clause has weighs the most."""
        return math.log(1.0 + self.n / (self.df.get(term, 0) + 0.5))

    def query_terms(self, question: str) -> list[str]:
        seen: dict[str, None] = {}
        for t in self.index.tokenizer.question_terms(question):
            seen.setdefault(t, None)
            if len(seen) >= MAX_QUESTION_TERMS:
                break
        return list(seen)

    def check_scope(self, policies: list[str] | None) -> list[str]:
        known = self.index.policies
        if not policies:
            return list(known)
        unknown = [p for p in policies if p not in known]
        if unknown:
            raise QuestionError(f"unknown policy id {', '.join(repr(p) for p in unknown)}; "
                                f"known ids: {', '.join(sorted(known))}")
        return list(dict.fromkeys(policies))

    # -- search --------------------------------------------------------------------------------
    def concepts(self, question: str) -> list[Concept]:
        if not self.use_vocabulary:
            return []
        return self.index.vocabulary.concepts(self.index.tokenizer.all_stems(question))

    def _term_relevance(self, term: str) -> np.ndarray:
        """rank-bm25's score for one term, less what a clause without the term gets (BM25Plus's delta)."""
        bm25 = self.index.bm25
        if term not in bm25.idf:
            return np.zeros(self.n)
        scores = bm25.get_scores([term])
        settings = self.index.params["bm25"]
        if settings["variant"] == "BM25Plus":
            scores = scores - float(settings["delta"]) * bm25.idf[term]
        return scores

    def relevance(self, terms: list[str], concepts: list[Concept]) -> tuple[np.ndarray, float]:
        """Per-clause relevance, and the constant that turns it into rank-bm25's own score.

        The question's own terms score as plain BM25. A vocabulary concept ("parent" -> "family
        members") can only *substitute* for its staff words: it adds the amount by which the policy's
        term, at the vocabulary weight, beats the staff words' own match in that clause. So a clause
        that says "parents" gets no extra credit for also saying "members", and expansions never
        outweigh the words the user actually typed.
        """
        cache: dict[str, np.ndarray] = {}

        def rel(term: str) -> np.ndarray:
            if term not in cache:
                cache[term] = self._term_relevance(term)
            return cache[term]

        total = np.zeros(self.n)
        for t in terms:
            total += rel(t)
        weight = self.index.vocabulary.weight
        for concept in concepts:
            literal = sum((rel(t) for t in concept.source), np.zeros(self.n))
            best = np.max([weight * sum((rel(u) for u in alt), np.zeros(self.n)) for alt in concept.alternatives],
                          axis=0)
            total += np.maximum(0.0, best - literal)
        base = 0.0
        settings = self.index.params["bm25"]
        if settings["variant"] == "BM25Plus":
            base = float(settings["delta"]) * sum(self.index.bm25.idf.get(t, 0.0) for t in terms)
        return total, base

    def score(self, question: str, policies: list[str] | None = None) -> tuple[list[str], list[Scored]]:
        """Every clause in scope that shares a term with the question (or its expansions), best first."""
        scope = self.check_scope(policies)
        terms = self.query_terms(question)
        if not terms:
            return terms, []
        concepts = self.concepts(question)
        relevance, base = self.relevance(terms, concepts)
        stands_for: dict[str, list[frozenset[str]]] = {}
        for concept in concepts:
            for t in concept.source:
                stands_for.setdefault(t, []).extend(frozenset(alt) for alt in concept.alternatives)
        term_weight = {t: self.weight(t) for t in terms}
        total = sum(term_weight.values())
        out = []
        for pid in scope:
            for r in self.index.policy_rows[pid]:
                if relevance[r] <= 0:
                    continue
                have = self.term_sets[r]
                covered = sum(w for t, w in term_weight.items()
                              if t in have or any(alt <= have for alt in stands_for.get(t, ())))
                cov = covered / total
                out.append(Scored(r, float(relevance[r]) + base, float(relevance[r]) * cov ** COORD, cov))
        out.sort(key=lambda s: (-s.relevance, s.row))
        return terms, out

    def search(self, question: str, policies: list[str] | None = None, top: int = 3,
               per_policy: bool = False) -> Answer:
        """Rank clauses for a question.

        per_policy=False: the `top` best clauses overall. per_policy=True: for each policy in scope
        that covers the question, its `top` best clauses, policies ordered by their best clause —
        what staff comparing several policies need to see.
        """
        question = question if isinstance(question, str) else str(question)
        if not question.strip():
            raise QuestionError("the question is empty: ask something like "
                                "\"Can I accept a parent's friend request?\"")
        if top < 1:
            raise QuestionError("--top must be at least 1")
        scope = self.check_scope(policies)
        terms, ranked = self.score(question, scope)
        if not terms:
            return Answer(question, True, [], "The question has no words the policies could be searched for.")
        if not ranked or max(s.coverage for s in ranked) < MIN_COVERAGE:
            return Answer(question, True, [], "The policies don't seem to cover this.")
        floor = MIN_RELATIVE * ranked[0].relevance
        if per_policy:
            groups: dict[str, list[Scored]] = {}
            for s in ranked:
                groups.setdefault(self.index.clauses[s.row].policy_id, []).append(s)
            chosen = []
            for group in groups.values():
                lead = group[0]
                if lead.coverage < MIN_COVERAGE or lead.relevance < floor:
                    continue          # this policy does not really address the question
                chosen += [s for s in group[:top] if s.relevance >= MIN_RELATIVE * lead.relevance]
        else:
            chosen = [s for s in ranked if s.relevance >= floor][:top]
        results = [Result(self.index.clauses[s.row], self.index.policies[self.index.clauses[s.row].policy_id],
                          round(s.score, 4)) for s in chosen]
        return Answer(question, False, results)
