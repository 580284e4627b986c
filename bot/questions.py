"""Questions as people type them in chat: Slack's markup reduced to plain text."""
from __future__ import annotations

import html
import re

from bot.tokenize import site_names

_SPECIAL = re.compile(r"<![^>]*>")                      # <!channel>, <!here>, <!subteam^...>
_USER = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")          # <@U123>
_CHANNEL = re.compile(r"<#[A-Z0-9]+(?:\|([^>]*))?>")     # <#C123|general>
_LINK = re.compile(r"<((?:https?|mailto):[^|>]*)(?:\|([^>]*))?>")


def plain_question(text: str, bot_user_id: str | None = None) -> str:
    """The words of a chat message: mentions and broadcasts dropped, links reduced to their labels,
    &amp;/&lt;/&gt; decoded, whitespace folded. Plain text, to be escaped again whenever echoed."""
    text = text or ""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    text = _SPECIAL.sub(" ", text)
    text = _USER.sub(" ", text)
    text = _CHANNEL.sub(lambda m: "#" + (m.group(1) or "channel"), text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


# "as long as no faces show" is a condition ("if"), not a length of time
_CONDITION = re.compile(r"\b(?:as|so) long as\b", re.I)
# "keeps messaging me", "kept asking": the keeping is how often, not the policies' keeping ("keep
# passwords confidential", "keep records"); "keep everything" and "keep something" still keep
_CONTINUING = re.compile(r"\b(?:keep|keeps|kept|keeping)(?:\s+on)?\s+(?=[a-z]{2,}ing\b)(?![a-z]*thing\b)", re.I)


def searchable(text: str) -> str:
    """A question's words for searching: as plain_question, with a web address reduced to its site's
    name ("is this ok? https://www.facebook.com/groups/123" -> "is this ok? facebook"), as policy
    text is indexed (bot.tokenize.site_names), "as long as" read as "if", and the "keeps" of "keeps
    messaging me" dropped."""
    return _CONTINUING.sub("", _CONDITION.sub("if", site_names(plain_question(text))))
