"""The policy review cycle: safe reindex, clause-level change reports, history, review dates,
question bank, and a running server that follows the live index."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from bot import index as index_mod
from bot.changes import history
from bot.errors import ReviewCheckFailed
from bot.search import Searcher
from bot.service import Paths, index_status, reindex
from tests.conftest import ROOT, run_cli

BALFOUR_710_OLD = "It is strongly recommended that staff members do not have any contact"
BALFOUR_710_NEW = "Staff members must not have any contact"


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def paths(corpus_copy, tmp_path):
    p = Paths(corpus_copy, tmp_path / "index")
    reindex(p)
    return p


def policy_change(report, pid):
    (change,) = [c for c in report.changes if c.policy_id == pid]
    return change


def test_first_reindex_reports_every_policy_new(corpus_copy, tmp_path):
    report = reindex(Paths(corpus_copy, tmp_path / "index"))
    assert {c.status for c in report.changes} == {"new"}
    assert report.bank_questions and report.bank_lost == []      # the shipped question bank passes


def test_reworded_deleted_and_new_clauses_are_reported_exactly(paths):
    edit(paths.corpus / "balfour-primary.txt", "7.10 " + BALFOUR_710_OLD, "7.10 " + BALFOUR_710_NEW)
    edit(paths.corpus / "southfield-trust.txt",
         "- 6.12 The Trust or County Council corporate, service or team logos or brands must not be used or "
         "published on personal web space.\n", "")
    with open(paths.corpus / "forge-integrated-primary.txt", "a", encoding="utf-8") as fh:
        fh.write("\n9.2\nStaff must report any breach of this policy to the head teacher within one working day.\n")
    report = reindex(paths)
    balfour = policy_change(report, "balfour-primary")
    assert balfour.status == "updated" and not balfour.added and not balfour.removed
    (reworded,) = balfour.reworded
    assert reworded["section_old"] == reworded["section_new"] == "7.10"
    assert reworded["old"].startswith(BALFOUR_710_OLD) and reworded["new"].startswith(BALFOUR_710_NEW)
    southfield = policy_change(report, "southfield-trust")
    assert southfield.status == "updated" and not southfield.added and not southfield.reworded
    assert [c["section"] for c in southfield.removed] == ["6.12"]
    forge = policy_change(report, "forge-integrated-primary")
    assert forge.status == "updated" and not forge.removed and not forge.reworded
    assert [(c["section"], c["text"][:20]) for c in forge.added] == [("9.2", "Staff must report an")]
    assert {policy_change(report, p).status for p in ("tornedale-infant", "school-trust-template")} == {"unchanged"}


def test_renumbered_clause_is_matched_by_its_text(paths):
    edit(paths.corpus / "forge-integrated-primary.txt", "6.8\nStaff are advised to exercise caution",
         "6.10\nStaff are advised to exercise great caution")
    change = policy_change(reindex(paths), "forge-integrated-primary")
    (reworded,) = change.reworded
    assert (reworded["section_old"], reworded["section_new"]) == ("6.8", "6.10")
    assert not change.added and not change.removed


def test_removed_policy_disappears_from_answers(paths):
    (paths.corpus / "balfour-primary.txt").unlink()
    manifest = paths.corpus / "policies.yaml"
    text = manifest.read_text()
    manifest.write_text(text[:text.index("  balfour-primary:")])
    (paths.corpus / "questions.yaml").unlink()
    report = reindex(paths)
    assert policy_change(report, "balfour-primary").status == "removed"
    searcher = Searcher(index_mod.load(paths.index))
    assert "balfour-primary" not in searcher.index.policies
    answer = searcher.search("Can I use my own phone to photograph the children?", top=10)
    assert all(r.policy.id != "balfour-primary" for r in answer.results)


def test_history_survives_reindexing_and_the_changes_command(paths):
    edit(paths.corpus / "balfour-primary.txt", "7.10 " + BALFOUR_710_OLD, "7.10 " + BALFOUR_710_NEW)
    reindex(paths)
    for _ in range(4):                      # more reindexes than builds kept
        reindex(paths)
    entries = history(paths.index)
    assert len(entries) == 2                # the first (all new) and the edit; unchanged ones hide
    assert entries[0]["policies"][0]["policy_id"] == "balfour-primary"
    out = run_cli("changes", "balfour-primary", corpus=paths.corpus, index=paths.index)
    assert out.returncode == 0 and "reworded section 7.10" in out.stdout
    assert "old: It is strongly recommended" in out.stdout and "new: Staff members must not" in out.stdout
    rows = [json.loads(line) for line in run_cli("changes", "--json", "--since", "2000-01-01",
                                                 corpus=paths.corpus, index=paths.index).stdout.splitlines()]
    assert len(rows) == 2
    future = run_cli("changes", "--since", "2999-01-01", corpus=paths.corpus, index=paths.index)
    assert future.returncode == 0 and "No changes recorded" in future.stdout
    bad = run_cli("changes", "--since", "last week", corpus=paths.corpus, index=paths.index)
    assert bad.returncode != 0 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr


def test_question_bank_strict_refuses_the_switch(paths):
    before = index_mod.current_build(paths.index)
    edit(paths.corpus / "forge-integrated-primary.txt",
         "Staff members must decline ‘friend requests’ from pupils they receive in their",
         "Staff members ought to think about messages from pupils they receive in their")
    with pytest.raises(ReviewCheckFailed, match="previous index is still serving"):
        reindex(paths, strict=True)
    assert index_mod.current_build(paths.index) == before
    assert sorted(p.name for p in (paths.index / "builds").iterdir()) == [before.split("/")[1]]
    report = reindex(paths)                  # without --strict: switched, and the loss reported
    assert index_mod.current_build(paths.index) != before
    assert [lost["id"] for lost in report.bank_lost] == ["t002"]
    cli = run_cli("reindex", "--strict", corpus=paths.corpus, index=paths.index)
    assert cli.returncode != 0 and "question(s)" in cli.stderr and "Traceback" not in cli.stderr


def test_status_flags_overdue_reviews(paths):
    result = run_cli("status", "--json", corpus=paths.corpus, index=paths.index)
    data = json.loads(result.stdout)
    by_id = {p["id"]: p for p in data["policies"]}
    assert by_id["balfour-primary"]["review_overdue"] is True and by_id["balfour-primary"]["next_review"] == "2020-12"
    assert by_id["tornedale-infant"]["review_overdue"] is False
    assert data["up_to_date"] is True and len(data["fingerprint"]) == 64 and data["age"] == "today"
    text = run_cli("status", corpus=paths.corpus, index=paths.index).stdout
    assert "OVERDUE" in text and "balfour-primary" in text
    from datetime import date
    assert index_status(paths, today=date(2027, 6, 1))["policies"][-1]["review_overdue"] is True   # tornedale


def test_kill_9_during_reindex_leaves_the_old_index_answering(corpus_copy, tmp_path):
    big = tmp_path / "big"
    big.mkdir()
    for n in range(60):          # ~12,000 clauses: a reindex takes a few seconds
        for src in corpus_copy.glob("*.txt"):
            shutil.copy(src, big / f"{src.stem}-{n:02d}.txt")
    index = tmp_path / "index"
    assert run_cli("reindex", corpus=big, index=index).returncode == 0
    good = index_mod.current_build(index)
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYBOT_")}
    env.update(POLICYBOT_CORPUS=str(big), POLICYBOT_INDEX=str(index))
    for delay in (0.3, 0.8, 1.5, 2.5):
        proc = subprocess.Popen([sys.executable, "-m", "bot", "reindex"], env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        current = index_mod.current_build(index)
        idx = index_mod.load(index)                       # complete and checksummed
        assert len(idx.clauses) > 10_000
        answer = Searcher(idx).search("Can I accept a parent's friend request?", top=3)
        assert answer.results
        if current != good:                               # the kill came after the switch
            good = current
    after = run_cli("reindex", corpus=big, index=index)   # and the next reindex is not blocked
    assert after.returncode == 0, after.stderr
    assert not list((index / "builds").glob(".tmp-*"))


def test_asking_during_reindexes_never_fails(paths):
    errors, answers = [], []
    stop = threading.Event()

    def ask_loop():
        while not stop.is_set():
            try:
                searcher = Searcher(index_mod.load(paths.index))
                answers.append(searcher.search("could I get sacked over a facebook post?").results[0].clause.id)
            except Exception as exc:            # noqa: BLE001 - any failure is what we look for
                errors.append(repr(exc))

    threads = [threading.Thread(target=ask_loop) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for n in range(8):
            with open(paths.corpus / "tornedale-infant.txt", "a", encoding="utf-8") as fh:
                fh.write(f"\n- Staff must sign the visitor book, reminder number {n}.\n")
            reindex(paths)
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert errors == [] and len(answers) > 10
