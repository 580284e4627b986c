"""The Bolt app, built by a factory from validated settings (never at import time)."""
from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.config import SlackSettings
from bot.slack.answering import Answerer
from bot.slack.client import web_client
from bot.slack.listeners import register_all


def create_app(settings: SlackSettings, answerer: Answerer, client: WebClient | None = None) -> App:
    """A Bolt app answering @mentions, DMs, /policy, its buttons and App Home.

    HTTP mode verifies request signatures with the signing secret; Socket Mode needs none.
    Listeners ack first and do the work after (Bolt runs them on its thread pool).
    """
    client = client or web_client(settings.bot_token, settings.api_url)
    bolt_logger = logging.getLogger("slack_bolt")
    app = App(
        token=settings.bot_token,
        signing_secret=settings.signing_secret,
        client=client,
        logger=bolt_logger,
        process_before_response=False,
        request_verification_enabled=settings.signing_secret is not None,
        raise_error_for_unhandled_request=False,
    )
    register_all(app, answerer)
    return app
