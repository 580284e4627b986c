"""The real Bolt app, run by `policybot serve`, against a fake Slack on loopback: signed requests in,
Web API calls and response_url posts out, asserted on the wire."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.fakeslack import (FakeSlack, action_body, direct_message, event_body, mention, post, sign,
                             slash_body)
from tests.slackbot import BOT_TOKEN, ROOT, SECRETS, SIGNING_SECRET, start_bot

FRIEND = "Can I accept a parent's friend request?"
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    running = start_bot(tmp_path_factory.mktemp("http-bot"), http=True)
    yield running
    log = running.stop()
    running.fake.close()
    for secret in SECRETS:
        assert secret not in log, "a Slack secret reached the log"
    assert "Traceback" not in log
    assert FRIEND not in log and "insta story" not in log, "question text reached the log"
    assert "answered question" in log


def send_event(bot, event: dict, event_id: str | None = None, headers: dict | None = None):
    body = event_body(event, event_id)
    return post(bot.url, body, JSON, {**sign(SIGNING_SECRET, body), **(headers or {})})


def posts_for(bot, channel: str, since: float):
    return [c for c in bot.fake.of("chat.postMessage") if c.params.get("channel") == channel and c.at >= since]


def blocks_text(params: dict) -> str:
    return json.dumps(params.get("blocks", []), ensure_ascii=False)


def test_healthz(bot):
    with urllib.request.urlopen(f"http://127.0.0.1:{bot.port}/healthz", timeout=5) as resp:
        assert resp.status == 200


def test_mention_is_answered_in_a_thread_with_quotes_and_fallback(bot):
    start = time.monotonic()
    status, _ = send_event(bot, mention(FRIEND, channel="CMENTION01", ts="1700000001.000100"))
    assert status == 200
    (call,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CMENTION01")
    assert call.params["thread_ts"] == "1700000001.000100"
    assert call.headers.get("Authorization") == f"Bearer {BOT_TOKEN}"
    blocks = call.params["blocks"]
    assert 3 <= len(blocks) <= 50
    text = blocks_text(call.params)
    assert "family members" in text and "&gt; " in text and "section" in text
    assert call.params["text"] and "“" in call.params["text"]        # plain fallback for notifications
    actions = [b for b in blocks if b["type"] == "actions"][0]["elements"]
    assert {a["action_id"] for a in actions} >= {"policy_more", "policy_helpful", "policy_unhelpful"}
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")
    assert time.monotonic() - start < 10


def test_mention_inside_a_thread_replies_to_that_thread(bot):
    send_event(bot, mention("can I post photos of the children on my facebook?", channel="CTHREAD001",
                            ts="1700000002.000200", thread_ts="1700000000.000001"))
    (call,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CTHREAD001")
    assert call.params["thread_ts"] == "1700000000.000001"


def test_direct_message_and_its_thread_follow_up(bot):
    send_event(bot, direct_message("could I get sacked over a facebook post?", channel="DDIRECT001"))
    (first,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "DDIRECT001")
    assert "thread_ts" not in first.params and "disciplinary" in blocks_text(first.params)
    send_event(bot, direct_message("and what about dismissal?", channel="DDIRECT001", ts="1700000300.000300",
                                   thread_ts="1700000200.000200"))
    calls = bot.fake.wait_for("chat.postMessage", 2, where=lambda c: c.params.get("channel") == "DDIRECT001")
    assert calls[1].params["thread_ts"] == "1700000200.000200"


def test_a_follow_up_in_a_thread_is_read_with_the_thread_s_question(bot):
    # "what about on instagram?" on its own found the definition of social media; in the thread of a
    # question about a parent's friend request, it is asked with that question, and says so
    send_event(bot, mention(FRIEND, channel="CFOLLOW001", ts="1700000500.000500"))
    bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CFOLLOW001")
    send_event(bot, mention("what about on instagram?", channel="CFOLLOW001", ts="1700000501.000501",
                            thread_ts="1700000500.000500"))
    calls = bot.fake.wait_for("chat.postMessage", 2, where=lambda c: c.params.get("channel") == "CFOLLOW001")
    follow = blocks_text(calls[1].params)
    assert calls[1].params["thread_ts"] == "1700000500.000500"
    assert "friend request? what about on instagram?" in follow and "family members" in follow
    # a new question in the same thread is answered on its own, and is what the next follow-up leans on
    send_event(bot, mention("can I use my school email for twitter?", channel="CFOLLOW001", ts="1700000502.000502",
                            thread_ts="1700000500.000500"))
    calls = bot.fake.wait_for("chat.postMessage", 3, where=lambda c: c.params.get("channel") == "CFOLLOW001")
    assert "your policies say about “can I use my school email for twitter?”" in blocks_text(calls[2].params)
    send_event(bot, mention("and for tiktok?", channel="CFOLLOW001", ts="1700000503.000503",
                            thread_ts="1700000500.000500"))
    calls = bot.fake.wait_for("chat.postMessage", 4, where=lambda c: c.params.get("channel") == "CFOLLOW001")
    assert "about “can I use my school email for twitter? and for tiktok?”" in blocks_text(calls[3].params)
    # a follow-up in a thread nothing was asked in is answered as it stands
    send_event(bot, mention("what about on instagram?", channel="CFOLLOW002", ts="1700000601.000601",
                            thread_ts="1700000600.000600"))
    (alone,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CFOLLOW002")
    assert "friend request" not in blocks_text(alone.params)
    # the database keeps a salted key for the conversation, not Slack's channel or thread ids
    with sqlite3.connect(bot.db) as db:
        keys = [r[0] for r in db.execute("SELECT key FROM conversations")]
    assert keys and not any("CFOLLOW" in k or "1700000500" in k for k in keys)


def test_a_follow_up_in_a_direct_message_leans_on_the_last_question(bot):
    send_event(bot, direct_message("can I post pictures of the kids on facebook?", channel="DFOLLOW001",
                                   ts="1700000700.000700"))
    bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "DFOLLOW001")
    send_event(bot, direct_message("what about tiktok?", channel="DFOLLOW001", ts="1700000710.000710"))
    calls = bot.fake.wait_for("chat.postMessage", 2, where=lambda c: c.params.get("channel") == "DFOLLOW001")
    text = blocks_text(calls[1].params)
    assert "on facebook? what about tiktok?" in text and "hotograph" in text


def test_retried_event_is_answered_once(bot):
    event = mention("ok to use my school email for my twitter?", channel="CRETRY0001", ts="1700000004.000400")
    for retry in range(3):
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else {}
        assert send_event(bot, event, event_id="EvRETRY0001", headers=headers)[0] == 200
    bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CRETRY0001")
    time.sleep(1.0)
    assert len([c for c in bot.fake.of("chat.postMessage") if c.params.get("channel") == "CRETRY0001"]) == 1


def test_bad_signature_and_stale_timestamp_are_rejected(bot):
    body = event_body(mention(FRIEND, channel="CBADSIG001"))
    forged = {"X-Slack-Request-Timestamp": str(int(time.time())), "X-Slack-Signature": "v0=" + "0" * 64}
    assert post(bot.url, body, JSON, forged)[0] == 401
    stale = sign(SIGNING_SECRET, body, timestamp=int(time.time()) - 600)
    assert post(bot.url, body, JSON, stale)[0] == 401
    wrong_secret = sign("another-secret-entirely-123456", body)
    assert post(bot.url, body, JSON, wrong_secret)[0] == 401
    time.sleep(0.5)
    assert not [c for c in bot.fake.of("chat.postMessage") if c.params.get("channel") == "CBADSIG001"]


def test_markup_in_the_question_never_pings_anyone(bot):
    # Slack sends live markup as <!channel>, and text the user typed literally as &lt;!channel&gt;
    send_event(bot, mention("<!channel> <!here> <@U123ABC> &lt;!everyone&gt; &lt;@U999XYZ&gt; what about "
                            "<http://evil.example|click> posting photos?", channel="CESCAPE001"))
    (call,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CESCAPE001")
    everything = call.params["text"] + blocks_text(call.params)
    for live in ("<!channel>", "<!here>", "<@U123ABC>", "<!everyone>", "<@U999XYZ>", "<http://evil"):
        assert live not in everything
    assert "&lt;!everyone&gt;" in everything            # shown, harmlessly


def test_out_of_scope_question_says_so_and_names_the_contact(bot):
    send_event(bot, mention("when's payday this month? is it still the 20th?", channel="CNOANSWER1"))
    (call,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CNOANSWER1")
    assert "couldn't find anything" in call.params["text"] and "Mrs Khan" in call.params["text"]


def test_a_thank_you_gets_a_welcome_and_is_not_logged_as_unanswered(bot):
    # "cheers mate" is not a question the policies failed to answer: no "couldn't find anything"
    # (nor a friends clause for "mate"), and nothing for a policy owner's report of gaps
    send_event(bot, mention("cheers mate", channel="CTHANKS001"))
    (call,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CTHANKS001")
    assert call.params["text"].startswith("You're welcome") and "couldn't find" not in call.params["text"]
    with sqlite3.connect(bot.db) as db:
        assert not db.execute("SELECT 1 FROM questions WHERE question = 'cheers mate'").fetchall()


def test_empty_mention_gets_usage_not_silence(bot):
    send_event(bot, mention("", channel="CEMPTY0001"))
    (call,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CEMPTY0001")
    assert "/policy" in call.params["text"]


def test_messages_from_bots_are_ignored(bot):
    send_event(bot, direct_message("can I post photos?", channel="DBOTS00001", bot_id="BOTHER001"))
    send_event(bot, direct_message("can I post photos?", channel="DBOTS00001", subtype="bot_message"))
    send_event(bot, mention("can I post photos?", channel="CBOTS00001", bot_id="BOTHER001"))
    time.sleep(1.0)
    assert not [c for c in bot.fake.of("chat.postMessage") if c.params.get("channel") in ("DBOTS00001", "CBOTS00001")]


def test_channel_answers_only_from_its_own_policies(bot):
    send_event(bot, mention(FRIEND, channel="CFORGE0001"))
    (call,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CFORGE0001")
    text = blocks_text(call.params)
    assert "Forge Integrated Primary School" in text
    for other in ("Balfour", "Tornedale", "Southfield"):
        assert other not in text


def test_slash_command_is_acked_fast_and_answered_privately_with_share(bot):
    start = time.monotonic()
    body = slash_body(FRIEND, bot.fake.response_url("slash1"))
    status, text = post(bot.url, body, FORM, sign(SIGNING_SECRET, body))
    assert status == 200 and time.monotonic() - start < 3
    (call,) = bot.fake.wait_for("response", where=lambda c: c.params.get("_hook") == "slash1")
    assert call.params["response_type"] == "ephemeral"
    buttons = [e["action_id"] for b in call.params["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert "policy_share" in buttons
    share = [e for b in call.params["blocks"] if b["type"] == "actions" for e in b["elements"]
             if e["action_id"] == "policy_share"][0]
    body = action_body("policy_share", share["value"], bot.fake.response_url("share1"), channel="CSHARE0001",
                       ephemeral=True)
    assert post(bot.url, body, FORM, sign(SIGNING_SECRET, body))[0] == 200
    (shared,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CSHARE0001")
    assert "family members" in blocks_text(shared.params)
    assert bot.fake.wait_for("response", where=lambda c: c.params.get("_hook") == "share1")


def test_empty_slash_command_explains_usage(bot):
    body = slash_body("   ", bot.fake.response_url("slash-empty"))
    assert post(bot.url, body, FORM, sign(SIGNING_SECRET, body))[0] == 200
    (call,) = bot.fake.wait_for("response", where=lambda c: c.params.get("_hook") == "slash-empty")
    assert "/policy" in call.params["text"] and call.params["response_type"] == "ephemeral"


def test_more_results_posts_the_next_clauses_in_the_thread(bot):
    send_event(bot, mention(FRIEND, channel="CMORE00001", ts="1700000009.000900"))
    (first,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CMORE00001")
    more = [e for b in first.params["blocks"] if b["type"] == "actions" for e in b["elements"]
            if e["action_id"] == "policy_more"][0]
    body = action_body("policy_more", more["value"], bot.fake.response_url("more1"), channel="CMORE00001",
                       message_ts="1700000010.000001")
    assert post(bot.url, body, FORM, sign(SIGNING_SECRET, body))[0] == 200
    calls = bot.fake.wait_for("chat.postMessage", 2, where=lambda c: c.params.get("channel") == "CMORE00001")
    assert calls[1].params["thread_ts"] == "1700000010.000001"
    assert "More from your policies" in blocks_text(calls[1].params)
    assert blocks_text(calls[1].params) != blocks_text(first.params)


def test_feedback_is_written_to_sqlite_and_reported(bot):
    send_event(bot, mention("can I put snaps of the kids on my insta story?", channel="CFEEDBACK1"))
    (call,) = bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CFEEDBACK1")
    unhelpful = [e for b in call.params["blocks"] if b["type"] == "actions" for e in b["elements"]
                 if e["action_id"] == "policy_unhelpful"][0]
    body = action_body("policy_unhelpful", unhelpful["value"], bot.fake.response_url("fb1"), channel="CFEEDBACK1")
    assert post(bot.url, body, FORM, sign(SIGNING_SECRET, body))[0] == 200
    (thanks,) = bot.fake.wait_for("response", where=lambda c: c.params.get("_hook") == "fb1")
    assert thanks.params["response_type"] == "ephemeral"
    with sqlite3.connect(bot.db) as db:
        row = db.execute("SELECT channel_kind, question, clause_ids, abstained, feedback, user_hash FROM questions "
                         "WHERE id = ?", (int(unhelpful["value"]),)).fetchone()
    assert row[0] == "channel" and "insta story" in row[1] and json.loads(row[2]) and row[3] == 0
    assert row[4] == "unhelpful" and row[5] and "UTEACHER1" not in row[5]
    report = subprocess.run([sys.executable, "-m", "bot", "report", "--db", str(bot.db)],
                            capture_output=True, text=True, timeout=60)
    assert report.returncode == 0 and "insta story" in report.stdout and "not helpful" in report.stdout


def test_app_home_lists_policies_dates_and_review_status(bot):
    send_event(bot, {"type": "app_home_opened", "user": "UTEACHER1", "channel": "DHOME00001", "tab": "home",
                     "event_ts": "1700000011.000001"})
    (call,) = bot.fake.wait_for("views.publish")
    view = call.params["view"]
    text = json.dumps(view, ensure_ascii=False)
    assert view["type"] == "home" and call.params["user_id"] == "UTEACHER1"
    assert "Balfour Primary School" in text and "review was due Dec 2020" in text and "Mrs Khan" in text


def test_rate_limited_post_waits_and_is_sent_once(bot):
    bot.fake.fail_next("chat.postMessage", 429, {"Retry-After": "1"})
    start = time.monotonic()
    send_event(bot, mention(FRIEND, channel="CRATE00001"))
    attempts = bot.fake.wait_for("chat.postMessage", 2, where=lambda c: c.params.get("channel") == "CRATE00001")
    assert attempts[1].at - attempts[0].at >= 0.9
    time.sleep(0.5)
    assert len(posts_for(bot, "CRATE00001", start)) == 2        # the refused attempt + one real post


def test_internal_error_gets_a_polite_apology_and_details_only_in_the_log(tmp_path):
    running = start_bot(tmp_path / "broken", http=True)
    try:
        db = running.db
        db.unlink()
        db.mkdir()          # the database is now unusable: recording the question fails
        body = event_body(mention(FRIEND, channel="CBROKEN001"))
        post(running.url, body, JSON, sign(SIGNING_SECRET, body))
        (call,) = running.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CBROKEN001")
        assert "Sorry" in call.params["text"]
        assert "sqlite" not in call.params["text"].lower() and "Error" not in call.params["text"]
    finally:
        log = running.stop()
        running.fake.close()
    assert "failed" in log and "Traceback" in log           # the detail is in the log
    assert all(secret not in log for secret in SECRETS)


# -- Socket Mode -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def socket_bot(tmp_path_factory):
    fake = FakeSlack()
    running = start_bot(tmp_path_factory.mktemp("socket-bot"), http=False, fake=fake)
    yield running
    log = running.stop()
    fake.close()
    assert all(secret not in log for secret in SECRETS)


def test_socket_mode_connects_with_the_app_token(socket_bot):
    (call,) = socket_bot.fake.wait_for("apps.connections.open")
    assert call.headers.get("Authorization") == "Bearer xapp-1-A1-3333-abcdefabcdef"


def test_socket_mode_event_is_acked_and_answered(socket_bot):
    payload = json.loads(event_body(mention(FRIEND, channel="CSOCKET001", ts="1700000020.000100")))
    envelope = socket_bot.fake.socket_send("events_api", payload)
    socket_bot.fake.wait_ack(envelope)
    (call,) = socket_bot.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CSOCKET001")
    assert call.params["thread_ts"] == "1700000020.000100" and "family members" in blocks_text(call.params)


def test_socket_mode_slash_command(socket_bot):
    payload = {"token": "legacy", "team_id": "T0000001", "channel_id": "CSOCKET002", "channel_name": "general",
               "user_id": "UTEACHER1", "command": "/policy", "text": "can I edit wikipedia at work?",
               "response_url": socket_bot.fake.response_url("sock-slash"), "trigger_id": "1.2.3"}
    envelope = socket_bot.fake.socket_send("slash_commands", payload)
    socket_bot.fake.wait_ack(envelope)
    (call,) = socket_bot.fake.wait_for("response", where=lambda c: c.params.get("_hook") == "sock-slash")
    assert "Wikipedia" in json.dumps(call.params["blocks"]) and call.params["response_type"] == "ephemeral"


# -- start-up ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("missing, http", [("SLACK_BOT_TOKEN", True), ("SLACK_SIGNING_SECRET", True),
                                           ("SLACK_APP_TOKEN", False)])
def test_missing_variable_stops_start_up_naming_it(tmp_path, missing, http):
    running = start_bot(tmp_path / "w", http=http, extra_env={missing: ""}, wait=False)
    try:
        assert running.proc.wait(60) != 0
        log = running.log()
    finally:
        running.fake.close()
    assert missing in log and "Traceback" not in log
    assert not running.fake.calls                          # stopped before talking to Slack


def test_malformed_token_is_named_but_not_echoed(tmp_path):
    running = start_bot(tmp_path / "w", http=True, extra_env={"SLACK_BOT_TOKEN": "xoxp-user-token-not-a-bot"},
                        wait=False)
    try:
        assert running.proc.wait(60) != 0
        log = running.log()
    finally:
        running.fake.close()
    assert "SLACK_BOT_TOKEN is malformed" in log and "xoxp-user-token-not-a-bot" not in log


# -- the review cycle while serving ------------------------------------------------------------------
def test_running_server_follows_reindex_and_answers_what_changed(tmp_path):
    running = start_bot(tmp_path / "live", http=True)
    try:
        corpus = running.workdir / "corpus"
        env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYBOT_")}
        env.update(POLICYBOT_CORPUS=str(corpus), POLICYBOT_INDEX=str(running.workdir / "index"))
        question = "is it ok to edit wikipedia during my lunch break at work?"
        send_event(running, mention(question, channel="CLIVE00001"))
        (before,) = running.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CLIVE00001")
        assert "online encyclopaedias" in blocks_text(before.params)
        text = (corpus / "balfour-primary.txt").read_text(encoding="utf-8")
        (corpus / "balfour-primary.txt").write_text(text.replace(
            "Staff members must not edit open access online encyclopaedias such as *Wikipedia* in a personal capacity",
            "Staff members may edit open access online encyclopaedias such as *Wikipedia* in a personal capacity"),
            encoding="utf-8")
        reindexed = subprocess.run([sys.executable, "-m", "bot", "reindex"], env=env, cwd=ROOT,
                                   capture_output=True, text=True, timeout=120)
        assert reindexed.returncode == 0, reindexed.stderr
        deadline = time.monotonic() + 15          # the server follows within seconds, no restart
        seen = 0
        while True:
            send_event(running, mention(question, channel="CLIVE00002"))
            seen += 1
            calls = running.fake.wait_for("chat.postMessage", seen,
                                          where=lambda c: c.params.get("channel") == "CLIVE00002")
            if "Staff members may edit" in blocks_text(calls[-1].params):
                break
            assert time.monotonic() < deadline, "the server never picked up the new index"
            time.sleep(1)
        send_event(running, mention("what changed in the social media policy?", channel="CLIVE00003"))
        (changed,) = running.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CLIVE00003")
        text = blocks_text(changed.params)
        assert "Latest changes" in text and "Balfour Primary School" in text
        assert "must not edit" in text and "may edit" in text           # old and new wording
        send_event(running, {"type": "app_home_opened", "user": "UTEACHER2", "channel": "DHOME00002",
                             "tab": "home", "event_ts": "1700000031.000001"})
        (home,) = running.fake.wait_for("views.publish", where=lambda c: c.params.get("user_id") == "UTEACHER2")
        assert "Latest changes" in json.dumps(home.params["view"]) and "1 reworded" in json.dumps(home.params["view"])
    finally:
        log = running.stop()
        running.fake.close()
    assert "now serving the new index" in log


def test_sighup_reloads_at_once(tmp_path):
    running = start_bot(tmp_path / "hup", http=True, extra_env={"POLICYBOT_RELOAD_SECONDS": "600"})
    try:
        corpus = running.workdir / "corpus"
        (corpus / "extra-policy.txt").write_text(
            "Staff Parking Policy\n\nPARKING\n\n- Staff must park in the staff car park behind the hall.\n")
        env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYBOT_")}
        env.update(POLICYBOT_CORPUS=str(corpus), POLICYBOT_INDEX=str(running.workdir / "index"))
        assert subprocess.run([sys.executable, "-m", "bot", "reindex"], env=env, cwd=ROOT, capture_output=True,
                              timeout=120).returncode == 0
        running.proc.send_signal(signal.SIGHUP)
        time.sleep(1.0)
        send_event(running, mention("where do staff park their cars?", channel="CHUP000001"))
        (call,) = running.fake.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "CHUP000001")
        assert "staff car park behind the hall" in blocks_text(call.params)
    finally:
        running.stop()
        running.fake.close()
