"""Slack failing on the wire: 5xx answers, dropped Socket Mode connections. The bot retries within
limits, reconnects, never double-posts, and logs what it gave up on."""
from __future__ import annotations

import json
import time

from tests.fakeslack import FakeSlack, event_body, mention, post, sign
from tests.slackbot import SECRETS, SIGNING_SECRET, start_bot


def send(bot, event):
    body = event_body(event)
    return post(bot.url, body, "application/json", sign(SIGNING_SECRET, body))[0]


def channel_posts(fake, channel):
    return [c for c in fake.of("chat.postMessage") if c.params.get("channel") == channel]


def test_server_errors_are_retried_and_the_answer_posted_once(tmp_path):
    bot = start_bot(tmp_path / "b", http=True)
    try:
        bot.fake.fail_next("chat.postMessage", 500, times=1)
        assert send(bot, mention("can I edit wikipedia at work?", channel="CFAULT0001")) == 200
        bot.fake.wait_for("chat.postMessage", 2, where=lambda c: c.params.get("channel") == "CFAULT0001")
        time.sleep(1.0)
        assert len(channel_posts(bot.fake, "CFAULT0001")) == 2        # the failed attempt + one post

        bot.fake.fail_next("chat.postMessage", 503, times=20)       # Slack down: give up within limits
        assert send(bot, mention("can I edit wikipedia at work?", channel="CFAULT0002")) == 200
        deadline = time.monotonic() + 30
        while "could not send the apology" not in bot.log() and time.monotonic() < deadline:
            time.sleep(0.2)
        attempts = len(channel_posts(bot.fake, "CFAULT0002"))
        time.sleep(1.5)
        # the answer and then the apology, each tried three times, then it stops
        assert attempts == len(channel_posts(bot.fake, "CFAULT0002")) == 6
    finally:
        log = bot.stop()
        bot.fake.close()
    assert "answering a mention failed" in log                      # what it gave up on is logged
    assert all(secret not in log for secret in SECRETS)


def test_dropped_socket_mode_connection_is_reopened(tmp_path):
    fake = FakeSlack()
    bot = start_bot(tmp_path / "s", http=False, fake=fake)
    try:
        assert len(fake.of("apps.connections.open")) == 1
        fake.drop_connections()
        fake.wait_for("apps.connections.open", 2, timeout=30)       # it asks for a new connection
        fake.wait_connected(30)
        payload = json.loads(event_body(mention("can I edit wikipedia at work?", channel="CSOCKET9")))
        envelope = fake.socket_send("events_api", payload)
        fake.wait_ack(envelope)
        fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CSOCKET9")
        time.sleep(1.0)
        assert len(channel_posts(fake, "CSOCKET9")) == 1
    finally:
        bot.stop()
        fake.close()


def test_a_call_that_times_out_is_retried(tmp_path):
    bot = start_bot(tmp_path / "t", http=True, extra_env={"POLICYBOT_SLACK_TIMEOUT": "1"})
    try:
        bot.fake.hang_next("chat.postMessage", 2.5)
        assert send(bot, mention("can I edit wikipedia at work?", channel="CTIMEOUT1")) == 200
        calls = bot.fake.wait_for("chat.postMessage", 2, where=lambda c: c.params.get("channel") == "CTIMEOUT1")
        assert calls[1].at - calls[0].at >= 0.9           # the client gave up on the first, then retried
    finally:
        bot.stop()
        bot.fake.close()
