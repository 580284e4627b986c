"""`policybot serve`: validate everything at start-up, then run Socket Mode or HTTP mode."""
from __future__ import annotations

import logging
import os
import signal
import sys
from typing import Callable

from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError

from bot.config import load_config, slack_settings
from bot.errors import ConfigError
from bot.search import Searcher
from bot.service import IndexWatcher, Paths, SearcherHolder, open_index
from bot.store import Store

log = logging.getLogger("policybot")


def setup_logging() -> None:
    """INFO for policybot, WARNING for the Slack libraries (their debug output carries payloads)."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("policybot").setLevel(logging.INFO)
    for noisy in ("slack_bolt", "slack_sdk"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def run(paths: Paths, *, http_mode: bool, host: str, port: int, config_path: str | None,
        warn: Callable[[str], None]) -> None:
    settings = slack_settings(http=http_mode)           # missing/malformed variables stop here
    reload_seconds = _reload_seconds()
    config = load_config(config_path)
    setup_logging()
    holder = SearcherHolder(Searcher(open_index(paths, warn)))
    config.check_policies(set(holder.get().index.policies))
    store = Store(config.database, salt=os.environ.get("POLICYBOT_SALT") or None)

    from bot.slack.answering import Answerer
    from bot.slack.app import create_app
    from bot.slack.server import serve_http, serve_socket_mode

    answerer = Answerer(holder.get, store, config)
    try:
        app = create_app(settings, answerer)
    except (BoltError, SlackApiError) as exc:
        code = getattr(getattr(exc, "response", None), "data", {}) or {}
        reason = code.get("error") if isinstance(code, dict) else None
        raise ConfigError(f"Slack did not accept SLACK_BOT_TOKEN ({reason or 'auth.test failed'}): "
                          "check the token, or SLACK_API_URL if you set one") from None
    except OSError as exc:
        raise ConfigError(f"cannot reach Slack's Web API ({exc.__class__.__name__}): check the network "
                          "or SLACK_API_URL") from None
    watcher = IndexWatcher(paths, holder, interval=reload_seconds, log=log.info)
    watcher.start()
    signal.signal(signal.SIGHUP, lambda _s, _f: watcher.wake())
    n = len(holder.get().index.clauses)
    if http_mode:
        def listening(actual_port: int) -> None:
            log.info("serving %d clauses over HTTP on %s:%d (POST /slack/events, GET /healthz)", n, host, actual_port)
        serve_http(app, host, port, ready=lambda: holder.get() is not None, on_listening=listening)
    else:
        serve_socket_mode(app, settings.app_token, settings.api_url,
                          on_connected=lambda: log.info("connected to Slack in Socket Mode, serving %d clauses", n))


def _reload_seconds() -> float:
    """POLICYBOT_RELOAD_SECONDS: how often to look for a new index (default 2; SIGHUP looks at once)."""
    raw = os.environ.get("POLICYBOT_RELOAD_SECONDS", "").strip()
    if not raw:
        return 2.0
    try:
        value = float(raw)
    except ValueError:
        value = -1
    if not 0.1 <= value <= 86400:
        raise ConfigError("POLICYBOT_RELOAD_SECONDS must be a number of seconds from 0.1 to 86400")
    return value
