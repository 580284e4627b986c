"""Slack latency benchmark: signed app_mention events -> ack and posted answer, over loopback.

Starts the real `policybot serve --http` on the shipped policies against the fake Slack from the
tests, sends N signed events one after another, and reports for each the time to Slack's ack (the
HTTP response) and the time until the answer reached chat.postMessage.

    python bench/slack_latency.py [--events 200] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fakeslack import event_body, mention, post, sign  # noqa: E402
from tests.slackbot import SIGNING_SECRET, start_bot  # noqa: E402

QUESTIONS = [
    "Can I accept a parent's friend request?", "can I post photos of the kids on my insta?",
    "could I get sacked over a facebook post?", "ok to use my school email for my twitter?",
    "Is it ok to add people I work with on Facebook?", "am I allowed to go on Insta on my lunch break?",
    "what actually counts as confidential info?", "do i need to change my password regularly?",
    "a kid in my class sent me a friend request on snapchat, what do i do??", "when's payday this month?",
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bot = start_bot(Path(tmp) / "bench", http=True)
        try:
            acks, answers = [], []
            for n in range(args.events):
                channel = f"CBENCH{n:05d}"
                body = event_body(mention(QUESTIONS[n % len(QUESTIONS)], channel=channel,
                                          ts=f"1700001000.{n:06d}"))
                sent = time.monotonic()
                status, _ = post(bot.url, body, "application/json", sign(SIGNING_SECRET, body))
                acked = time.monotonic()
                if status != 200:
                    raise SystemExit(f"event {n} was answered HTTP {status}")
                (call,) = bot.fake.wait_for("chat.postMessage", where=lambda c, ch=channel: c.params.get("channel") == ch)
                acks.append((acked - sent) * 1000)
                answers.append((call.at - sent) * 1000)
        finally:
            bot.stop()
            bot.fake.close()
    result = {
        "events": args.events,
        "ack_ms": {"median": round(statistics.median(acks), 1), "p99": round(percentile(acks, 99), 1)},
        "answer_ms": {"median": round(statistics.median(answers), 1), "p99": round(percentile(answers, 99), 1)},
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{args.events} signed app_mention events, one at a time, over loopback")
        print(f"{'':<28}{'median':>10}{'p99':>10}")
        print(f"{'ack (HTTP response)':<28}{result['ack_ms']['median']:>8.1f}ms{result['ack_ms']['p99']:>8.1f}ms")
        print(f"{'answer posted':<28}{result['answer_ms']['median']:>8.1f}ms{result['answer_ms']['p99']:>8.1f}ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
