"""Running the bot: Socket Mode (default) or HTTP mode with /slack/events and /healthz."""
from __future__ import annotations

import logging
import signal
import threading
from socketserver import ThreadingMixIn
from typing import Callable
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.slack.client import web_client

log = logging.getLogger("policybot.slack")
EVENTS_PATH = "/slack/events"


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):   # noqa: A002 - the stdlib's name
        log.debug("http %s", format % args)


def http_wsgi_app(app: App, ready: Callable[[], bool]):
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def wsgi(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path == "/healthz":
            ok = ready()
            start_response("200 OK" if ok else "503 Service Unavailable", [("Content-Type", "text/plain")])
            return [b"ok\n" if ok else b"starting\n"]
        if path == EVENTS_PATH:
            if environ.get("REQUEST_METHOD") != "POST":
                start_response("405 Method Not Allowed", [("Content-Type", "text/plain"), ("Allow", "POST")])
                return [b"POST Slack requests here\n"]
            return slack(environ, start_response)
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found\n"]

    return wsgi


def serve_http(app: App, host: str, port: int, ready: Callable[[], bool],
               on_listening: Callable[[int], None] = lambda _p: None) -> None:
    """Serve until SIGTERM/SIGINT. Events, slash commands and buttons all POST to /slack/events."""
    server = make_server(host, port, http_wsgi_app(app, ready), server_class=_ThreadingWSGIServer,
                         handler_class=_QuietHandler)
    _stop_on_signals(server.shutdown)
    on_listening(server.server_port)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()


def serve_socket_mode(app: App, app_token: str, api_url: str | None,
                      on_connected: Callable[[], None] = lambda: None) -> None:
    """Connect out to Slack over a WebSocket: nothing to expose to the internet."""
    handler = SocketModeHandler(app, app_token, web_client=web_client(app_token, api_url),
                                logger=logging.getLogger("slack_sdk.socket_mode"))
    stop = threading.Event()
    _stop_on_signals(stop.set)
    handler.connect()
    on_connected()
    try:
        stop.wait()
    finally:
        handler.close()


def _stop_on_signals(stop: Callable[[], None]) -> None:
    def handle(_signum, _frame):
        threading.Thread(target=stop, daemon=True).start()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, handle)
