"""Helpers for listeners: never silent, never leaking internals."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Callable

from slack_sdk.webhook import WebhookClient

from bot.slack.client import RETRY_HANDLERS, timeout
from bot.slack.blocks import apology_message

log = logging.getLogger("policybot.slack")


def post_response(url: str, message: dict, **extra) -> None:
    """POST to a response_url (slash commands, buttons), waiting out 429s like the Web API client."""
    response = WebhookClient(url, timeout=timeout(), retry_handlers=list(RETRY_HANDLERS)).send_dict(
        {**message, **extra})
    if response.status_code >= 400:
        log.warning("response_url answered HTTP %s", response.status_code)


@contextmanager
def apologise_on_error(what: str, reply: Callable[[dict], None]):
    """Run listener work; on an unexpected error log it and tell the user politely, without detail."""
    try:
        yield
    except Exception:
        log.exception("%s failed", what)
        try:
            reply(apology_message())
        except Exception:
            log.exception("could not send the apology for %s", what)
