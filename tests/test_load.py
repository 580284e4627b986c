"""The load test's short version: many signed events at once, each answered exactly once, none lost.
(bench/load.py runs the full 2,000 events from 50 senders and reports latency and memory.)"""
from __future__ import annotations

from bench.load import run


def test_concurrent_events_are_each_answered_exactly_once(tmp_path):
    result = run(events=200, senders=20, workdir=tmp_path / "load")
    assert result["http_errors"] == 0
    assert result["lost"] == 0 and result["answered_twice_or_more"] == 0
    assert result["answered_once"] == 200
