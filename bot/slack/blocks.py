"""Block Kit renderings of an answer, for reading on a phone. Pure functions: no Slack calls.

Everything echoed (clause text, the user's own words) is escaped for mrkdwn, so a question containing
<!channel> or <@U123> never pings anyone. Slack's limits are respected: at most 3,000 characters in
a section's text (a long clause is cut at a word boundary with a pointer to its section) and 50
blocks in a message.
"""
from __future__ import annotations

from datetime import date

from bot.changes import summary
from bot.force import label
from bot.models import Answer, Policy, Result
from bot.render import dates_line, human_date, location, review_overdue

SECTION_LIMIT = 3000
MAX_BLOCKS = 50
FALLBACK_LIMIT = 3000
QUESTION_ECHO = 200


def escape(text: str) -> str:
    """Slack mrkdwn escaping: only &, < and > need it, and then nothing in the text is live."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int) -> tuple[str, bool]:
    if len(text) <= limit:
        return text, False
    cut = text[:limit].rsplit(None, 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:") + "…", True


def _mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": text}


def _quote(text: str) -> str:
    return "\n".join("&gt; " + escape(line) for line in text.split("\n"))


def result_blocks(result: Result, today: date | None = None) -> list[dict]:
    c, p = result.clause, result.policy
    head = f"*{escape(p.display_title)}*\n{escape(location(c))} · _{escape(label(c))}_\n"
    pointer = f"\n_…the clause continues: read {escape(location(c))} of {escape(p.display_title)}_"
    body = _quote(c.text)
    if len(head) + len(body) > SECTION_LIMIT:
        budget = SECTION_LIMIT - len(head) - len(pointer)
        size = budget
        while True:     # escaping and quote marks lengthen the text: shrink until it fits
            clipped, _ = _cut(c.text, size)
            body = _quote(clipped)
            if len(body) <= budget:
                break
            size -= max(50, len(body) - budget)
        body += pointer
    return [
        {"type": "section", "text": _mrkdwn(head + body)},
        {"type": "context", "elements": [_mrkdwn(escape(_context_line(p, today)))]},
    ]


def _context_line(policy: Policy, today: date | None) -> str:
    line = dates_line(policy, today)
    line = line[:1].upper() + line[1:]
    return "⚠️ " + line if review_overdue(policy, today) or policy.draft else line


def _buttons(record_id: int | None, more_from: int | None, share: bool) -> dict | None:
    if record_id is None:
        return None
    elements = []
    if more_from is not None:
        elements.append({"type": "button", "action_id": "policy_more", "value": f"{record_id}:{more_from}",
                         "text": {"type": "plain_text", "text": "More results"}})
    if share:
        elements.append({"type": "button", "action_id": "policy_share", "value": str(record_id),
                         "style": "primary", "text": {"type": "plain_text", "text": "Share in channel"}})
    elements.append({"type": "button", "action_id": "policy_helpful", "value": str(record_id),
                     "text": {"type": "plain_text", "text": "👍 Helpful"}})
    elements.append({"type": "button", "action_id": "policy_unhelpful", "value": str(record_id),
                     "text": {"type": "plain_text", "text": "👎 Not helpful"}})
    return {"type": "actions", "block_id": f"policy_actions_{record_id}", "elements": elements}


def answer_message(answer: Answer, *, record_id: int | None = None, offset: int = 0, top: int = 3,
                   contact: str = "your head teacher or HR lead", share: bool = False,
                   today: date | None = None) -> dict:
    """{"text": fallback, "blocks": [...]} for results[offset:offset+top] of an answer."""
    asked = escape(_cut(" ".join(answer.question.split()), QUESTION_ECHO)[0])
    if answer.abstained or not answer.results:
        text = (f"I couldn't find anything in the policies about “{asked}”. Try rephrasing with the words a "
                f"policy would use (for example “photographs” or “social media”), or ask {escape(contact)}.")
        return {"text": text, "blocks": [{"type": "section", "text": _mrkdwn(
            f"I couldn't find anything in the policies about “{asked}”.\n"
            f"Try rephrasing with the words a policy would use (for example “photographs” or "
            f"“social media”), or ask *{escape(contact)}*.")}]}
    shown = answer.results[offset:offset + top]
    more_from = offset + top if len(answer.results) > offset + top else None
    lead = (f"Here is what your policies say about “{asked}”:" if offset == 0
            else f"More from your policies about “{asked}”:")
    blocks: list[dict] = [{"type": "section", "text": _mrkdwn(lead)}]
    note = answer.force_note if offset == 0 else None
    if note:
        blocks.append({"type": "context", "elements": [_mrkdwn("⚖️ " + escape(note))]})
    for n, result in enumerate(shown):
        if n:
            blocks.append({"type": "divider"})
        blocks.extend(result_blocks(result, today))
    actions = _buttons(record_id, more_from, share)
    limit = MAX_BLOCKS - (1 if actions else 0)
    blocks = blocks[:limit]
    if actions:
        blocks.append(actions)
    return {"text": fallback_text(answer, shown, today), "blocks": blocks}


def fallback_text(answer: Answer, shown: list[Result], today: date | None = None) -> str:
    """What a phone notification shows: the first quote with its source, escaped."""
    first = shown[0]
    c, p = first.clause, first.policy
    quote, _ = _cut(" ".join(c.text.split()), 300)
    flag = " (DRAFT)" if p.draft else " (review overdue)" if review_overdue(p, today) else ""
    more = f" (+{len(shown) - 1} more)" if len(shown) > 1 else ""
    text = f"{p.display_title}{flag}, {location(c)}: “{quote}”{more}"
    return escape(_cut(text, FALLBACK_LIMIT)[0])


def usage_message(command: str = "/policy") -> dict:
    text = (f"Ask me about your staff policies, for example `{command} can I accept a parent's friend request?` "
            "— or @mention me in a channel, or send me a direct message. I answer only with quotes from the "
            "policies, with their section numbers.")
    return {"text": text, "blocks": [{"type": "section", "text": _mrkdwn(text)}]}


def thanks_message() -> dict:
    text = "You're welcome. Ask me anything else about the staff policies."
    return {"text": text, "blocks": [{"type": "section", "text": _mrkdwn(text)}]}


def apology_message() -> dict:
    text = ("Sorry — something went wrong on my side and I couldn't answer that. Please try again in a "
            "minute; if it keeps happening, tell whoever runs this bot.")
    return {"text": text, "blocks": [{"type": "section", "text": _mrkdwn(text)}]}


def changes_message(entries: list[dict], policies: set[str], limit: int = 3) -> dict:
    """The latest recorded changes to the policies in scope: reworded clauses old -> new."""
    relevant = [(e, [p for p in e["policies"] if p["policy_id"] in policies]) for e in entries]
    relevant = [(e, ps) for e, ps in relevant if ps]
    if not relevant:
        text = ("No changes to your policies have been recorded since policybot started tracking them. "
                "Changes are recorded each time the policies are reindexed after a review.")
        return {"text": text, "blocks": [{"type": "section", "text": _mrkdwn(text)}]}
    blocks: list[dict] = [{"type": "section", "text": _mrkdwn("*Latest changes to your policies*")}]
    lines = []
    for entry, changed in relevant[:limit]:
        blocks.append({"type": "context", "elements": [_mrkdwn(f"Reindexed {escape(entry['at'][:10])}")]})
        for change in changed:
            body = [f"*{escape(change['title'])}*: {escape(summary(change))}"]
            lines.append(f"{change['title']}: {summary(change)}")
            for r in change.get("reworded", [])[:3]:
                where = f"section {r['section_new']}" if r.get("section_new") else "a clause"
                old, _ = _cut(r["old"], 400)
                new, _ = _cut(r["new"], 400)
                body.append(f"_{escape(where)} was:_\n{_quote(old)}\n_now:_\n{_quote(new)}")
            for key, label in (("added", "added"), ("removed", "removed")):
                for c in change.get(key, [])[:3] if change["status"] == "updated" else []:
                    where = f"section {c['section']}" if c.get("section") else "a clause"
                    body.append(f"_{label} {escape(where)}:_\n{_quote(_cut(c['text'], 400)[0])}")
            text, _ = _cut("\n".join(body), SECTION_LIMIT)
            blocks.append({"type": "section", "text": _mrkdwn(text)})
            if len(blocks) >= MAX_BLOCKS - 1:
                break
    return {"text": escape(_cut("Latest changes: " + "; ".join(lines), FALLBACK_LIMIT)[0]),
            "blocks": blocks[:MAX_BLOCKS]}


def home_view(policies: list[Policy], contact: str, today: date | None = None,
              latest: dict | None = None) -> dict:
    """The App Home tab: what the bot covers, how to ask, who to ask otherwise."""
    blocks: list[dict] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Staff policy assistant"}},
        {"type": "section", "text": _mrkdwn(
            "I answer questions about your staff policies by quoting the clauses that cover them, with the "
            "policy's name, section number and dates. I never make policy up: if the policies don't cover "
            "something, I say so.")},
        {"type": "section", "text": _mrkdwn(
            "*How to ask*\n• Type `/policy` and your question (only you see the answer)\n"
            "• Send me a direct message\n• @mention me in a channel (I reply in a thread)")},
        {"type": "divider"},
        {"type": "section", "text": _mrkdwn(f"*Policies I cover* ({len(policies)})")},
    ]
    room = MAX_BLOCKS - len(blocks) - 5
    for p in policies[:room]:
        status = dates_line(p, today)
        flag = "⚠️ " if review_overdue(p, today) or p.draft else ""
        blocks.append({"type": "section", "text": _mrkdwn(f"*{escape(p.display_title)}*\n{flag}{escape(status)}")})
    if len(policies) > room:
        blocks.append({"type": "context", "elements": [_mrkdwn(f"…and {len(policies) - room} more")]})
    if latest:
        changed = [f"• *{escape(p['title'])}*: {escape(summary(p))}" for p in latest["policies"]][:10]
        blocks.append({"type": "divider"})
        blocks.append({"type": "section", "text": _mrkdwn(
            _cut(f"*Latest changes* (reindexed {escape(latest['at'][:10])})\n" + "\n".join(changed), SECTION_LIMIT)[0])})
    blocks.append({"type": "context", "elements": [_mrkdwn(
        f"Not covered, or not sure? Ask {escape(contact)}.")]})
    return {"type": "home", "blocks": blocks[:MAX_BLOCKS]}


__all__ = ["answer_message", "apology_message", "escape", "home_view", "human_date", "usage_message"]
