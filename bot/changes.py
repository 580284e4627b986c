"""What changed between two versions of the policies, clause by clause, and the history of it.

Each reindex compares every policy with its previous version: new, removed, unchanged or updated;
and for an updated policy, the clauses added, removed and reworded. Clauses are matched first by
identical text, then by section number (where there is one), then by text similarity (where the
numbering moved), so a reworded clause is shown with its old and new wording side by side.

The history lives in index/history.jsonl, one entry per reindex, and survives reindexing.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from bot.dates import check_day
from bot.index import Index
from bot.models import Clause, Policy

HISTORY = "history.jsonl"
SIMILAR = 0.6      # clauses at least this similar (difflib ratio) are one clause reworded
NEW, REMOVED, UNCHANGED, UPDATED = "new", "removed", "unchanged", "updated"
_WORDS = re.compile(r"[a-z0-9]+")


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, _norm(a), _norm(b), autojunk=False).ratio()


def _brief(c: Clause) -> dict:
    return {"section": c.section, "heading": c.heading, "paragraph": c.paragraph, "text": c.text}


@dataclass
class PolicyChange:
    policy_id: str
    title: str
    status: str
    added: list[dict]
    removed: list[dict]
    reworded: list[dict]
    details: list[str]

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def compare_policy(old: list[Clause], new: list[Clause]) -> tuple[list[dict], list[dict], list[dict]]:
    """(added, removed, reworded) between two versions of one policy's clauses."""
    old_left = list(old)
    new_left = list(new)
    # 1. identical text (wherever it moved) is unchanged
    by_text: dict[str, list[Clause]] = {}
    for c in old_left:
        by_text.setdefault(_norm(c.text), []).append(c)
    still_new = []
    for c in new_left:
        same = by_text.get(_norm(c.text))
        if same:
            old_left.remove(same.pop(0))
        else:
            still_new.append(c)
    new_left = still_new
    pairs: list[tuple[Clause, Clause]] = []
    # 2. same section number: the most similar clause of that section is the same clause reworded
    for c in list(new_left):
        if not c.section:
            continue
        candidates = [o for o in old_left if o.section == c.section]
        if candidates:
            best = max(candidates, key=lambda o: _ratio(o.text, c.text))
            if _ratio(best.text, c.text) >= SIMILAR / 2:
                pairs.append((best, c))
                old_left.remove(best)
                new_left.remove(c)
    # 3. similar text, numbering moved: best pairs first
    scored = sorted(((_ratio(o.text, c.text), i, j) for i, o in enumerate(old_left) for j, c in enumerate(new_left)),
                    reverse=True)
    used_old, used_new = set(), set()
    for ratio, i, j in scored:
        if ratio < SIMILAR:
            break
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((old_left[i], new_left[j]))
    removed = [_brief(o) for i, o in enumerate(old_left) if i not in used_old]
    added = [_brief(c) for j, c in enumerate(new_left) if j not in used_new]
    reworded = [{"section_old": o.section, "section_new": c.section, "heading": c.heading,
                 "old": o.text, "new": c.text} for o, c in sorted(pairs, key=lambda p: p[1].ordinal)]
    return added, removed, reworded


def _policy_details(old: Policy, new: Policy) -> list[str]:
    out = []
    for key in ("title", "organisation", "approved", "next_review", "file"):
        a, b = getattr(old, key), getattr(new, key)
        if a != b:
            out.append(f"{key}: {a or '-'} -> {b or '-'}")
    if old.draft != new.draft:
        out.append("status: draft -> no longer a draft" if old.draft else "status: now a draft, not yet approved")
    return out


def _same_source(old: Index, new: Index, pid: str) -> bool:
    a, b = old.params["policies"][pid], new.params["policies"][pid]
    return (old.params.get("tool_version") == new.params.get("tool_version")
            and a.get("sha256") == b.get("sha256") and a.get("clauses") == b.get("clauses"))


def compare(old: Index | None, new: Index) -> list[PolicyChange]:
    """Every policy of either version, with what happened to it."""
    def clauses_of(index: Index, pid: str) -> list[Clause]:
        return [index.clauses[r] for r in index.policy_rows.get(pid, [])]

    out = []
    old_ids = set(old.policies) if old else set()
    for pid in sorted(old_ids | set(new.policies)):
        if pid not in new.policies:
            out.append(PolicyChange(pid, old.policies[pid].display_title, REMOVED, [],
                                    [_brief(c) for c in clauses_of(old, pid)], [], []))
            continue
        title = new.policies[pid].display_title
        if pid not in old_ids:
            out.append(PolicyChange(pid, title, NEW, [_brief(c) for c in clauses_of(new, pid)], [], [], []))
            continue
        details = _policy_details(old.policies[pid], new.policies[pid])
        if _same_source(old, new, pid):         # same file, same parser: same clauses, nothing to read
            out.append(PolicyChange(pid, title, UPDATED if details else UNCHANGED, [], [], [], details))
            continue
        added, removed, reworded = compare_policy(clauses_of(old, pid), clauses_of(new, pid))
        status = UPDATED if (added or removed or reworded or details) else UNCHANGED
        out.append(PolicyChange(pid, title, status, added, removed, reworded, details))
    return out


def record(index_dir: Path, build: str, built_at: str, changes: list[PolicyChange]) -> dict:
    """Append one reindex's changes to index/history.jsonl (one fsync'd line)."""
    entry = {"build": build, "at": built_at, "policies": [c.to_dict() for c in changes]}
    path = Path(index_dir) / HISTORY
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    return entry


def history(index_dir: Path, policy: str | None = None, since: str | None = None,
            include_unchanged: bool = False) -> list[dict]:
    """Reindexes, newest first, each with the policies that changed (optionally one policy, or
    only since a date YYYY-MM-DD). A torn last line (a reindex killed while writing) is skipped."""
    check_day(since)
    path = Path(index_dir) / HISTORY
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if since and entry.get("at", "")[:10] < since:
            continue
        policies = [p for p in entry.get("policies", [])
                    if (policy is None or p.get("policy_id") == policy)
                    and (include_unchanged or p.get("status") != UNCHANGED)]
        if policies:
            entries.append({**entry, "policies": policies})
    return entries[::-1]


def summary(change: dict) -> str:
    """One line: 'updated: 2 clauses reworded, 1 added, 1 removed'."""
    status = change["status"]
    if status in (NEW, REMOVED):
        n = len(change["added"] or change["removed"])
        return f"{status} ({n} clauses)"
    parts = []
    for key, label in (("reworded", "reworded"), ("added", "added"), ("removed", "removed")):
        if change[key]:
            parts.append(f"{len(change[key])} {label}")
    parts += change.get("details", [])
    return f"{status}: " + ", ".join(parts) if parts else status
