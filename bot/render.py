"""One answer, several renderings: terminal text and JSON (Slack Block Kit lives in bot.slack)."""
from __future__ import annotations

import textwrap
from datetime import date

from bot.changes import summary
from bot.force import label
from bot.models import Answer, Clause, Policy, Result

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def human_date(iso: str | None) -> str | None:
    """2018-12-12 -> 12 Dec 2018; 2020-12 -> Dec 2020."""
    if not iso:
        return None
    parts = iso.split("-")
    try:
        month = _MONTHS[int(parts[1]) - 1]
    except (IndexError, ValueError):
        return iso
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def review_overdue(policy: Policy, today: date | None = None) -> bool:
    """True once the stated next-review date has passed (a month-only date is due at the month's end)."""
    if not policy.next_review:
        return False
    today = today or date.today()
    parts = [int(p) for p in policy.next_review.split("-")]
    if len(parts) == 3:
        return today > date(*parts)
    return (today.year, today.month) > (parts[0], parts[1])


def location(clause: Clause) -> str:
    """Where to find the clause: 'section 6.4, PERSONAL USE OF SOCIAL MEDIA', 'SCOPE, paragraph 2',
    or on an FAQ page the question it answers: 'under “When am I paid?”'."""
    heading = clause.heading or ""
    if clause.section:
        where = f"section {clause.section}"
        return f"{where}, {heading}" if heading else where
    if clause.heading_is_question:
        where = f"under “{heading}”"
        return where if clause.paragraph == 1 else f"{where}, paragraph {clause.paragraph}"
    return f"{heading}, paragraph {clause.paragraph}" if heading else f"paragraph {clause.paragraph}"


def dates_line(policy: Policy, today: date | None = None) -> str:
    bits = ["DRAFT, not yet approved"] if policy.draft else []
    if policy.approved:
        bits.append(f"approved {human_date(policy.approved)}")
    if policy.next_review:
        if review_overdue(policy, today):
            bits.append(f"review was due {human_date(policy.next_review)}: check it is still current")
        else:
            bits.append(f"next review {human_date(policy.next_review)}")
    return "; ".join(bits) if bits else "no approval date stated"


def result_dict(result: Result, today: date | None = None) -> dict:
    c, p = result.clause, result.policy
    return {
        "policy_id": p.id, "policy_title": p.display_title, "section": c.section, "heading": c.heading,
        "text": c.text, "score": result.score, "confidence": result.confidence, "force": c.force,
        "audience": c.audience,
        "clause_id": c.id, "paragraph": c.paragraph, "lines": [c.line_start, c.line_end],
        "policy_approved": p.approved, "policy_next_review": p.next_review,
        "review_overdue": review_overdue(p, today), "policy_draft": p.draft,
    }


def answer_dict(answer: Answer, today: date | None = None) -> dict:
    out = {"question": answer.question, "abstained": answer.abstained,
           "results": [result_dict(r, today) for r in answer.results]}
    if answer.reason:
        out["reason"] = answer.reason
    out["force_note"] = answer.force_note
    return out


def answer_text(answer: Answer, width: int = 88, today: date | None = None, contact: str | None = None) -> str:
    """Readable terminal text: under each policy (with its dates), each clause's section and heading,
    then the clause quoted."""
    if answer.thanks:
        return answer.reason + "\n"
    if answer.abstained:
        lines = [answer.reason or "The policies don't seem to cover this.",
                 "Try rephrasing with the words a policy would use (for example 'photographs' or 'social media'),"]
        lines.append(f"or ask {contact}." if contact else "or ask your head teacher or HR lead.")
        return "\n".join(lines) + "\n"
    out: list[str] = []
    if answer.force_note:
        out += textwrap.wrap("Note: " + answer.force_note, width=width)
    current = None
    for r in answer.results:
        if r.policy.id != current:
            current = r.policy.id
            if out:
                out.append("")
            out.append(f"{r.policy.display_title}  ({dates_line(r.policy, today)})")
        out.append(f"  {location(r.clause)}  [{label(r.clause)}]")
        for para in r.clause.text.split("\n"):
            out.extend(textwrap.wrap(para, width=width, initial_indent="  > ", subsequent_indent="  > "))
    return "\n".join(out) + "\n"


def render_change(change: dict, width: int = 88) -> str:
    """A policy's change at one reindex: its status, then reworded clauses old and new, added, removed."""
    lines = [f"{change['title']} ({change['policy_id']}): {summary(change)}"]
    if change["status"] != "updated":
        return lines[0]
    for r in change["reworded"]:
        where = f"section {r['section_new']}" if r.get("section_new") else (r.get("heading") or "clause")
        if r.get("section_old") and r["section_old"] != r.get("section_new"):
            where += f" (was {r['section_old']})"
        lines.append(f"  reworded {where}:")
        lines += textwrap.wrap(r["old"], width=width, initial_indent="    old: ", subsequent_indent="         ")
        lines += textwrap.wrap(r["new"], width=width, initial_indent="    new: ", subsequent_indent="         ")
    for key, label in (("added", "added"), ("removed", "removed")):
        for c in change[key]:
            where = f"section {c['section']}" if c.get("section") else f"{c.get('heading') or ''}, paragraph {c.get('paragraph')}"
            lines.append(f"  {label} {where}:")
            lines += textwrap.wrap(c["text"], width=width, initial_indent="    ", subsequent_indent="    ")
    for d in change.get("details", []):
        lines.append(f"  details: {d}")
    return "\n".join(lines)
