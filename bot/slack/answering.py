"""What every Slack surface shares: read a question out of Slack's text, answer it, record it.

No Slack calls here: listeners pass the result to Slack. Kept apart from the listeners so that an
@mention, a DM and /policy give the same answer.
"""
from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from bot.config import BotConfig
from bot.errors import QuestionError
from bot.models import Answer
from bot.search import Searcher
from bot.slack.blocks import answer_message, usage_message
from bot.store import Store

log = logging.getLogger("policybot.slack")

MAX_RESULTS = 10          # what "More results" can page through
MAX_QUESTION_CHARS = 4000  # a 40 KB paste is answered from its first part

_USER_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_SPECIAL = re.compile(r"<![^>]*>")
_LINK = re.compile(r"<((?:https?|mailto):[^|>]*)\|([^>]*)>|<((?:https?|mailto):[^>]*)>")
_CHANNEL_REF = re.compile(r"<#[A-Z0-9]+\|([^>]*)>")


def question_from_slack(text: str, bot_user_id: str | None = None) -> str:
    """The user's question from Slack's encoded message text: without the bot's @mention, with
    links reduced to their labels and &amp;/&lt;/&gt; decoded. The result is plain text, to be
    searched, and escaped again whenever it is echoed."""
    text = text or ""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    text = _SPECIAL.sub(" ", text)
    text = _USER_MENTION.sub(" ", text)
    text = _CHANNEL_REF.sub(lambda m: "#" + m.group(1), text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(3) or m.group(1), text)
    text = html.unescape(text) if "&" in text else text
    return " ".join(text.split())[:MAX_QUESTION_CHARS]


@dataclass
class Reply:
    message: dict                 # {"text", "blocks"}
    record_id: int | None


class Answerer:
    def __init__(self, searcher: Callable[[], Searcher], store: Store, config: BotConfig,
                 today: Callable[[], date] = date.today):
        self._searcher = searcher
        self.store = store
        self.config = config
        self.today = today

    @property
    def searcher(self) -> Searcher:
        return self._searcher()

    def scope(self, channel_id: str | None, is_dm: bool) -> list[str] | None:
        scope = self.config.scope_for(channel_id, is_dm)
        if scope is None:
            return None
        known = self.searcher.index.policies
        return [p for p in scope if p in known] or None

    def answer(self, question: str, *, channel_id: str | None, is_dm: bool, kind: str, user_id: str | None,
               share: bool = False) -> Reply:
        """Answer and record a question; an empty question gets the usage text."""
        if not question.strip():
            return Reply(usage_message(), None)
        scope = self.scope(channel_id, is_dm)
        try:
            answer = self.searcher.search(question, scope, top=MAX_RESULTS)
        except QuestionError:
            return Reply(usage_message(), None)
        shown = answer.results[:self.config.top]
        record_id = self.store.record_question(
            kind, user_id, question, scope or sorted(self.searcher.index.policies),
            [r.clause.id for r in shown], answer.abstained)
        log.info("answered question %s (%s, %s, %d clauses)", record_id, kind,
                 "declined" if answer.abstained else "answered", len(shown))
        return Reply(self.render(answer, record_id, 0, share), record_id)

    def render(self, answer: Answer, record_id: int | None, offset: int, share: bool = False) -> dict:
        return answer_message(answer, record_id=record_id, offset=offset, top=self.config.top,
                              contact=self.config.contact, share=share, today=self.today())

    def replay(self, record_id: int) -> tuple[Answer, dict] | None:
        """The answer to a recorded question, for "More results" and "Share in channel"."""
        record = self.store.get(record_id)
        if record is None:
            return None
        known = self.searcher.index.policies
        scope = [p for p in record.scope if p in known] or None
        return self.searcher.search(record.question, scope, top=MAX_RESULTS), record.__dict__
