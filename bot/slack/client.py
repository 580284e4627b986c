"""Slack Web API clients that wait out rate limits (HTTP 429, Retry-After) and retry dropped connections."""
from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (ConnectionErrorRetryHandler, RateLimitErrorRetryHandler,
                                                   ServerErrorRetryHandler)

# Within limits: a dropped connection twice, a 5xx twice, a 429 three times (waiting Retry-After).
RETRY_HANDLERS = [ConnectionErrorRetryHandler(max_retry_count=2), ServerErrorRetryHandler(max_retry_count=2),
                  RateLimitErrorRetryHandler(max_retry_count=3)]


def web_client(token: str, api_url: str | None) -> WebClient:
    kwargs = {"base_url": api_url} if api_url else {}
    return WebClient(token=token, retry_handlers=list(RETRY_HANDLERS), timeout=10, **kwargs)
