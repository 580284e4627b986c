"""@mentions in channels, direct messages, and the App Home tab."""
from __future__ import annotations

from slack_bolt import App

from bot.changes import history
from bot.slack.answering import Answerer, conversations_of, question_from_slack
from bot.slack.blocks import home_view
from bot.slack.listeners.common import apologise_on_error, log


def _first_delivery(answerer: Answerer, body: dict) -> bool:
    """False for a retried delivery of an event already answered. If the record of seen events cannot
    be read, answer anyway: a rare double answer is better than silence."""
    try:
        return answerer.store.claim_event(body.get("event_id"))
    except Exception:
        log.exception("checking for a retried event failed")
        return True


def _from_bot(event: dict) -> bool:
    return bool(event.get("bot_id") or event.get("bot_profile") or event.get("subtype") == "bot_message")


def register(app: App, answerer: Answerer) -> None:
    @app.event("app_mention")
    def on_mention(event, body, client, context):
        if _from_bot(event) or not _first_delivery(answerer, body):
            return
        channel, thread_ts = event["channel"], event.get("thread_ts") or event["ts"]

        def reply(message: dict) -> None:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, unfurl_links=False, **message)

        with apologise_on_error("answering a mention", reply):
            question = question_from_slack(event.get("text", ""), context.get("bot_user_id"))
            result = answerer.answer(question, channel_id=channel, is_dm=False, kind="channel",
                                     user_id=event.get("user"),
                                     conversations=conversations_of(channel, event["ts"], thread_ts, is_dm=False))
            reply(result.message)

    @app.event("message")
    def on_message(event, body, client, context):
        if event.get("channel_type") != "im" or _from_bot(event):
            return
        if event.get("subtype") not in (None, "file_share", "thread_broadcast"):
            return            # edits, deletions, joins: nothing was asked
        if not _first_delivery(answerer, body):
            return
        channel, thread_ts = event["channel"], event.get("thread_ts")

        def reply(message: dict) -> None:
            extra = {"thread_ts": thread_ts} if thread_ts else {}
            client.chat_postMessage(channel=channel, unfurl_links=False, **extra, **message)

        with apologise_on_error("answering a direct message", reply):
            question = question_from_slack(event.get("text", ""), context.get("bot_user_id"))
            result = answerer.answer(question, channel_id=channel, is_dm=True, kind="dm", user_id=event.get("user"),
                                     conversations=conversations_of(channel, event.get("ts"), thread_ts, is_dm=True))
            reply(result.message)

    @app.event("app_home_opened")
    def on_home(event, client):
        if event.get("tab", "home") != "home":
            return
        try:
            searcher = answerer.searcher
            policies = sorted(searcher.index.policies.values(), key=lambda p: p.display_title)
            entries = history(searcher.index.path)
            client.views_publish(user_id=event["user"], view=home_view(
                policies, answerer.config.contact, answerer.today(), entries[0] if entries else None))
        except Exception:
            log.exception("publishing App Home failed")
