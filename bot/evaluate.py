"""The measures of a labelled question set (the format of shared/eval/README.md).

A returned clause answers (question, policy) when its normalised text contains one of that policy's
quotes, normalised the same way: lower-case letters and digits only, single spaces (the rule of
shared/eval/normalize.py, repeated here so that policybot needs nothing outside its package).

* scoped Recall@k and MRR@10: for every labelled (question, policy) pair, search only that policy;
* global Success@k and MRR@10: search every policy; any labelled policy's clause counts;
* abstention: out-of-scope questions answered with no clause; in-scope questions wrongly refused.

Scores are computed on what a user would see: an abstained answer has no clause in any rank.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from bot.errors import ManifestError
from bot.search import Searcher

_WORD = re.compile(r"[a-z0-9]+")
KINDS = ("in_scope", "out_of_scope")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"<[^>]{1,20}>", " ", text)
    return " ".join(_WORD.findall(text))


@dataclass
class Question:
    id: str
    question: str
    kind: str
    relevant: dict[str, list[str]]


@dataclass
class Report:
    questions: int
    in_scope: int
    out_of_scope: int
    scoped_pairs: int
    scoped_recall_at_1: float
    scoped_recall_at_3: float
    scoped_mrr_at_10: float
    global_success_at_1: float
    global_success_at_3: float
    global_mrr_at_10: float
    out_of_scope_abstained: float
    in_scope_wrongly_abstained: float
    misses: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def load_questions(path: Path) -> list[Question]:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ManifestError(f"cannot read {path}: {exc.strerror or exc}; check the path")
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ManifestError(f"{path}{where}: not a valid question file; see shared/eval/README.md for the format")
    if not isinstance(data, list):
        raise ManifestError(f"{path}: expected a list of questions (- id: ..., question: ..., kind: ..., relevant: ...)")
    out = []
    for n, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not str(item.get("question", "")).strip():
            raise ManifestError(f"{path}: entry {n} has no question")
        kind = item.get("kind", "in_scope")
        if kind not in KINDS:
            raise ManifestError(f"{path}: entry {n} ({item.get('id')}) has kind {kind!r}; use in_scope or out_of_scope")
        relevant = item.get("relevant") or {}
        if not isinstance(relevant, dict):
            raise ManifestError(f"{path}: entry {n} ({item.get('id')}): relevant must map policy ids to quotes")
        out.append(Question(str(item.get("id", n)), str(item["question"]), kind,
                            {str(k): [str(q) for q in (v or [])] for k, v in relevant.items()}))
    return out


def _first_hit(results, quotes_by_policy: dict[str, list[str]], k: int) -> int | None:
    """1-based rank of the first result that answers, within the first k; None if none does."""
    wanted = {pid: [normalize(q) for q in qs] for pid, qs in quotes_by_policy.items()}
    for rank, result in enumerate(results[:k], start=1):
        quotes = wanted.get(result.clause.policy_id)
        if quotes:
            text = normalize(result.clause.text)
            if any(q and q in text for q in quotes):
                return rank
    return None


def evaluate(searcher: Searcher, questions: list[Question]) -> Report:
    known = set(searcher.index.policies)
    pairs = hits1 = hits3 = 0
    rr_scoped = 0.0
    g_n = g1 = g3 = 0
    rr_global = 0.0
    oos_n = oos_abstained = ins_n = ins_abstained = 0
    misses = []
    for q in questions:
        answer = searcher.search(q.question, top=10)
        if q.kind == "out_of_scope":
            oos_n += 1
            oos_abstained += answer.abstained
            if not answer.abstained:
                misses.append({"id": q.id, "kind": "answered out-of-scope question",
                               "question": q.question, "top": answer.results[0].clause.id})
            continue
        ins_n += 1
        ins_abstained += answer.abstained
        relevant = {pid: quotes for pid, quotes in q.relevant.items() if pid in known}
        if relevant:
            g_n += 1
            rank = _first_hit(answer.results, relevant, 10)
            g1 += rank is not None and rank <= 1
            g3 += rank is not None and rank <= 3
            rr_global += 1.0 / rank if rank else 0.0
        for pid, quotes in relevant.items():
            pairs += 1
            scoped = searcher.search(q.question, policies=[pid], top=10)
            rank = _first_hit(scoped.results, {pid: quotes}, 10)
            hits1 += rank is not None and rank <= 1
            hits3 += rank is not None and rank <= 3
            rr_scoped += 1.0 / rank if rank else 0.0
            if rank is None or rank > 3:
                misses.append({"id": q.id, "kind": "scoped miss" if rank is None else f"scoped rank {rank}",
                               "policy": pid, "question": q.question,
                               "abstained": scoped.abstained})

    def share(a: float, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    return Report(
        questions=len(questions), in_scope=ins_n, out_of_scope=oos_n, scoped_pairs=pairs,
        scoped_recall_at_1=share(hits1, pairs), scoped_recall_at_3=share(hits3, pairs),
        scoped_mrr_at_10=share(rr_scoped, pairs),
        global_success_at_1=share(g1, g_n), global_success_at_3=share(g3, g_n),
        global_mrr_at_10=share(rr_global, g_n),
        out_of_scope_abstained=share(oos_abstained, oos_n),
        in_scope_wrongly_abstained=share(ins_abstained, ins_n),
        misses=misses)


def lost_answers(searcher: Searcher, questions: list[Question], k: int = 3) -> list[dict]:
    """The labelled (question, policy) pairs whose expected clause is no longer in the top k when
    searching that policy: what a question bank checks after each policy review."""
    lost = []
    known = set(searcher.index.policies)
    for q in questions:
        for pid, quotes in q.relevant.items():
            if pid not in known:
                lost.append({"id": q.id, "question": q.question, "policy": pid, "why": "policy no longer indexed"})
                continue
            answer = searcher.search(q.question, policies=[pid], top=k)
            if _first_hit(answer.results, {pid: quotes}, k) is None:
                lost.append({"id": q.id, "question": q.question, "policy": pid,
                             "why": "declined" if answer.abstained else f"expected clause not in the top {k}"})
    return lost
