"""Slack listeners, grouped by kind. Each one acks first, then calls bot.slack.answering."""
from __future__ import annotations

from slack_bolt import App

from bot.slack.answering import Answerer
from bot.slack.listeners import actions, commands, events


def register_all(app: App, answerer: Answerer) -> None:
    events.register(app, answerer)
    commands.register(app, answerer)
    actions.register(app, answerer)
