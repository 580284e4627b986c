"""What every Slack surface shares: read a question out of Slack's text, answer it, record it.

No Slack calls here: listeners pass the result to Slack. Kept apart from the listeners so that an
@mention, a DM and /policy give the same answer.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from bot.config import BotConfig
from bot.errors import QuestionError
from bot.models import Answer
from bot.questions import plain_question
from bot.search import Searcher
from bot.changes import history
from bot.slack.blocks import answer_message, changes_message, thanks_message, usage_message
from bot.store import Store

log = logging.getLogger("policybot.slack")

MAX_RESULTS = 10          # what "More results" can page through
MAX_QUESTION_CHARS = 4000  # a 40 KB paste is answered from its first part

def question_from_slack(text: str, bot_user_id: str | None = None) -> str:
    """The user's question from Slack's encoded message text (see bot.questions), capped in length."""
    return plain_question(text, bot_user_id)[:MAX_QUESTION_CHARS]


@dataclass
class Reply:
    message: dict                 # {"text", "blocks"}
    record_id: int | None


# A follow-up leans on the question before it: "what about Instagram?", "and TAs?", "what if they're
# 18?", "does that apply to governors?", "same for TikTok?". In a Slack thread it is read with the
# thread's last question that was not itself a follow-up; in a DM, with the DM's, if asked within
# FOLLOW_UP_WINDOW seconds.
FOLLOW_UP = re.compile(
    r"^(?:(?:and|but|or|so|also|ok|okay)[,\s]+)?(?:what|how)\s+about\b"
    r"|^(?:and|or|also|plus)\b"
    r"|^(?:but\s+|and\s+)?what\s+if\b"
    r"|^(?:and\s+|but\s+)?(?:is|does|do|would|will|can)\s+(?:that|this|it)\s+(?:also\s+|still\s+)?"
    r"(?:the same|apply|applies|count|go|work|cover|hold|mean)\b"
    r"|^(?:and\s+)?(?:the\s+)?same\s+(?:for|with|goes|applies|if)\b", re.I)
FOLLOW_UP_WINDOW = 3600


def conversations_of(channel: str, ts: str | None, thread_ts: str | None, is_dm: bool) -> list[str]:
    """Where a message was asked, most specific first, for FOLLOW_UP: its thread; a DM's own message
    also the DM as a whole (and the thread a reply to it may start)."""
    if thread_ts or not is_dm:
        return [f"{channel}:{thread_ts or ts}"]
    return [f"{channel}:{ts}", f"{channel}:dm"]


def with_earlier(earlier: str, follow_up: str) -> str:
    """The question a follow-up asks: "Can I accept a parent's friend request? what about Instagram?"."""
    earlier = earlier.rstrip()
    joiner = " " if earlier[-1:] in ".?!" else " — "
    return f"{earlier}{joiner}{follow_up.strip()}"


# "what changed in the social media policy?", "any updates to the policy?", "what's new?"
CHANGE_QUESTION = re.compile(
    r"\b(?:what(?:'?s| has| have| is)?(?: been)? (?:changed|new|updated|different)|"
    r"(?:any|recent|latest|last) (?:changes|updates|revisions?)|changes? (?:to|in|made to)|"
    r"been (?:changed|updated|revised))\b", re.I)


class Answerer:
    def __init__(self, searcher: Callable[[], Searcher], store: Store, config: BotConfig,
                 today: Callable[[], date] = date.today):
        self._searcher = searcher
        self.store = store
        self.config = config
        self.today = today

    @property
    def searcher(self) -> Searcher:
        """The live searcher. Take it once per answer: a reindex may swap it at any moment."""
        return self._searcher()

    def scope(self, searcher: Searcher, channel_id: str | None, is_dm: bool) -> list[str] | None:
        scope = self.config.scope_for(channel_id, is_dm)
        if scope is None:
            return None
        return [p for p in scope if p in searcher.index.policies] or None

    def answer(self, question: str, *, channel_id: str | None, is_dm: bool, kind: str, user_id: str | None,
               share: bool = False, conversations: list[str] = ()) -> Reply:
        """Answer and record a question; an empty question gets the usage text. `conversations`: the
        thread or DM it was asked in (see FOLLOW_UP), most specific first."""
        if not question.strip():
            return Reply(usage_message(), None)
        follow_up = bool(conversations) and bool(FOLLOW_UP.match(question.strip()))
        if follow_up:
            earlier = self.store.earlier_question(list(conversations), FOLLOW_UP_WINDOW)
            if earlier:
                question = with_earlier(earlier, question)
        searcher = self.searcher              # the whole answer comes from one index
        scope = self.scope(searcher, channel_id, is_dm)
        policies = scope or sorted(searcher.index.policies)
        if CHANGE_QUESTION.search(question):
            entries = history(searcher.index.path, since=None)
            record_id = self.store.record_question(kind, user_id, question, policies, [], False)
            log.info("answered question %s (%s, changes)", record_id, kind)
            return Reply(changes_message(entries, set(policies)), record_id)
        try:
            answer = searcher.search(question, scope, top=MAX_RESULTS)
        except QuestionError:
            return Reply(usage_message(), None)
        if answer.thanks:                     # "cheers!": not a question the policies failed to answer
            return Reply(thanks_message(), None)
        if conversations and not follow_up:   # what a follow-up in this thread or DM will lean on
            self.store.remember_question(list(conversations), question)
        shown = answer.results[:self.config.top]
        record_id = self.store.record_question(kind, user_id, question, policies,
                                               [r.clause.id for r in shown], answer.abstained)
        log.info("answered question %s (%s, %s, %d clauses)", record_id, kind,
                 "declined" if answer.abstained else "answered", len(shown))
        return Reply(self.render(answer, record_id, 0, share), record_id)

    def render(self, answer: Answer, record_id: int | None, offset: int, share: bool = False) -> dict:
        return answer_message(answer, record_id=record_id, offset=offset, top=self.config.top,
                              contact=self.config.contact, share=share, today=self.today())

    def replay(self, record_id: int) -> Answer | None:
        """The answer to a recorded question, for "More results" and "Share in channel"."""
        record = self.store.get(record_id)
        if record is None:
            return None
        searcher = self.searcher
        scope = [p for p in record.scope if p in searcher.index.policies] or None
        return searcher.search(record.question, scope, top=MAX_RESULTS)
