"""Slack Web API clients that wait out rate limits (HTTP 429, Retry-After) and retry dropped connections."""
from __future__ import annotations

import os

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (ConnectionErrorRetryHandler, RateLimitErrorRetryHandler,
                                                   ServerErrorRetryHandler)

# Within limits: a dropped connection twice, a 5xx twice, a 429 three times (waiting Retry-After).
RETRY_HANDLERS = [ConnectionErrorRetryHandler(max_retry_count=2), ServerErrorRetryHandler(max_retry_count=2),
                  RateLimitErrorRetryHandler(max_retry_count=3)]


def timeout() -> float:
    """Seconds to wait for Slack to answer one call (POLICYBOT_SLACK_TIMEOUT, default 10)."""
    try:
        value = float(os.environ.get("POLICYBOT_SLACK_TIMEOUT", "") or 10)
    except ValueError:
        value = 10.0
    return min(max(value, 0.5), 60.0)


def web_client(token: str, api_url: str | None) -> WebClient:
    kwargs = {"base_url": api_url} if api_url else {}
    return WebClient(token=token, retry_handlers=list(RETRY_HANDLERS), timeout=timeout(), **kwargs)
