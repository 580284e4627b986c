"""A fake Slack on 127.0.0.1: the Web API at /api/<method>, response_url hooks at /response/<id>, and
a Socket Mode WebSocket peer. It records everything the bot sends, so tests assert on the wire.

Also the client side of Slack: signed HTTP requests the way Slack sends them.
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from websockets.sync.server import serve as ws_serve

BOT_USER = "UBOT0001"
TEAM = "T0000001"


@dataclass
class Call:
    method: str            # Web API method, or "response" for a response_url POST
    params: dict
    headers: dict
    at: float = field(default_factory=time.monotonic)


class FakeSlack:
    def __init__(self):
        self.calls: list[Call] = []
        self.faults: dict[str, list[tuple[int, dict]]] = {}
        self.delays: dict[str, list[float]] = {}
        self.acks: list[dict] = []
        self._ts = itertools.count(1)
        self._lock = threading.Lock()
        self._ws_conns = []
        self._ws_connected = threading.Event()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._http.daemon_threads = True
        self._ws = ws_serve(self._ws_handler, "127.0.0.1", 0)
        self.ws_port = self._ws.socket.getsockname()[1]
        for target in (self._http.serve_forever, self._ws.serve_forever):
            threading.Thread(target=target, daemon=True).start()

    # -- addresses ----------------------------------------------------------------------------
    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._http.server_port}"

    @property
    def api_url(self) -> str:
        return self.base + "/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.base}/response/{name}"

    def close(self) -> None:
        self._http.shutdown()
        self._ws.shutdown()

    # -- inspection ---------------------------------------------------------------------------
    def of(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 15.0, where=lambda c: True) -> list[Call]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [c for c in self.of(method) if where(c)]
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(f"fake Slack saw {len([c for c in self.of(method) if where(c)])} {method} "
                             f"calls, expected {count}")

    def hang_next(self, method: str, seconds: float, times: int = 1) -> None:
        """Leave the next `times` calls of `method` unanswered for `seconds`, then drop them."""
        with self._lock:
            self.delays.setdefault(method, []).extend([seconds] * times)

    def fail_next(self, method: str, status: int, headers: dict | None = None, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with an HTTP error (429 + Retry-After, 500, ...)."""
        with self._lock:
            self.faults.setdefault(method, []).extend([(status, headers or {})] * times)

    # -- HTTP ---------------------------------------------------------------------------------
    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                ctype = self.headers.get("Content-Type", "")
                if "json" in ctype:
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
                for key in ("blocks", "view"):
                    if isinstance(params.get(key), str):
                        params[key] = json.loads(params[key])
                if self.path.startswith("/response/"):
                    method = "response"
                    params["_hook"] = self.path.rsplit("/", 1)[1]
                else:
                    method = self.path[len("/api/"):]
                with fake._lock:
                    fake.calls.append(Call(method, params, dict(self.headers)))
                    queue = fake.faults.get(method)
                    fault = queue.pop(0) if queue else None
                    delays = fake.delays.get(method)
                    delay = delays.pop(0) if delays else 0.0
                if delay:
                    time.sleep(delay)              # a call that times out on the client
                    return
                if fault:
                    status, headers = fault
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    body = b'{"ok": false, "error": "ratelimited"}' if status == 429 else b"error"
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                body = json.dumps(fake._answer(method, params)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def _answer(self, method: str, params: dict) -> dict:
        if method == "auth.test":
            return {"ok": True, "url": "https://fake.slack/", "team": "Fake", "user": "policybot",
                    "team_id": TEAM, "user_id": BOT_USER, "bot_id": "BBOT0001"}
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.ws_port}/link"}
        if method == "chat.postMessage":
            return {"ok": True, "channel": params.get("channel"), "ts": f"1700000000.{next(self._ts):06d}"}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"1700000000.{next(self._ts):06d}"}
        if method == "response":
            return {"ok": True}
        return {"ok": True}

    # -- Socket Mode --------------------------------------------------------------------------
    def _ws_handler(self, conn):
        self._ws_conns.append(conn)
        conn.send(json.dumps({"type": "hello", "num_connections": 1,
                              "debug_info": {"host": "fake"}, "connection_info": {"app_id": "A1"}}))
        self._ws_connected.set()
        try:
            for message in conn:
                data = json.loads(message)
                with self._lock:
                    self.acks.append(data)
        except Exception:
            pass

    def drop_connections(self) -> None:
        """Close every Socket Mode connection, as Slack does when it rotates its servers."""
        for conn in list(self._ws_conns):
            try:
                conn.close()
            except Exception:
                pass
        self._ws_conns.clear()
        self._ws_connected.clear()

    def wait_connected(self, timeout: float = 20.0) -> None:
        if not self._ws_connected.wait(timeout):
            raise AssertionError("the bot never opened a Socket Mode connection")

    def socket_send(self, envelope_type: str, payload: dict) -> str:
        envelope_id = f"env-{next(self._ts)}"
        message = {"envelope_id": envelope_id, "type": envelope_type, "payload": payload,
                   "accepts_response_payload": envelope_type != "events_api", "retry_attempt": 0,
                   "retry_reason": ""}
        self._ws_conns[-1].send(json.dumps(message))
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for ack in self.acks:
                    if ack.get("envelope_id") == envelope_id:
                        return ack
            time.sleep(0.02)
        raise AssertionError(f"no ack for {envelope_id}")


# -- Slack's side of HTTP mode: signed requests -------------------------------------------------------
def sign(secret: str, body: str, timestamp: int | None = None) -> dict:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def post(url: str, body: str, content_type: str, headers: dict | None = None, timeout: float = 10):
    request = urllib.request.Request(url, data=body.encode(), method="POST",
                                     headers={"Content-Type": content_type, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


_event_ids = itertools.count(1)


def event_body(event: dict, event_id: str | None = None) -> str:
    return json.dumps({
        "token": "legacy", "team_id": TEAM, "api_app_id": "A1", "type": "event_callback",
        "event_id": event_id or f"Ev{next(_event_ids):08d}", "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
        "event": event,
    })


def mention(text: str, channel: str = "CGENERAL1", ts: str = "1700000100.000100", thread_ts: str | None = None,
            user: str = "UTEACHER1", **extra) -> dict:
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER}> {text}", "ts": ts,
             "channel": channel, "event_ts": ts, **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def direct_message(text: str, channel: str = "DTEACHER1", ts: str = "1700000200.000200",
                   thread_ts: str | None = None, user: str = "UTEACHER1", **extra) -> dict:
    event = {"type": "message", "channel_type": "im", "user": user, "text": text, "ts": ts,
             "channel": channel, "event_ts": ts, **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def slash_body(text: str, response_url: str, channel: str = "CGENERAL1", user: str = "UTEACHER1") -> str:
    return urllib.parse.urlencode({
        "token": "legacy", "team_id": TEAM, "team_domain": "fake", "channel_id": channel,
        "channel_name": "general", "user_id": user, "user_name": "teacher", "command": "/policy",
        "text": text, "api_app_id": "A1", "response_url": response_url, "trigger_id": "1.2.3"})


def action_body(action_id: str, value: str, response_url: str, channel: str = "CGENERAL1",
                message_ts: str | None = "1700000000.000001", ephemeral: bool = False, user: str = "UTEACHER1") -> str:
    payload = {
        "type": "block_actions", "team": {"id": TEAM}, "user": {"id": user}, "api_app_id": "A1",
        "token": "legacy", "trigger_id": "1.2.3", "response_url": response_url,
        "channel": {"id": channel}, "actions": [{"type": "button", "action_id": action_id, "value": value,
                                                 "block_id": "b1", "action_ts": str(time.time())}],
        "container": {"type": "message", "is_ephemeral": ephemeral, "channel_id": channel},
    }
    if message_ts and not ephemeral:
        payload["message"] = {"type": "message", "ts": message_ts, "text": "answer"}
        payload["container"]["message_ts"] = message_ts
    return urllib.parse.urlencode({"payload": json.dumps(payload)})
