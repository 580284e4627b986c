"""The command line, through the real entry point in a child process."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, SHARED_EVAL, run_cli

QUESTION = "Can I accept a parent's friend request?"


@pytest.fixture
def built(corpus_copy, tmp_path):
    index = tmp_path / "index"
    result = run_cli("reindex", corpus=corpus_copy, index=index)
    assert result.returncode == 0, result.stderr
    return corpus_copy, index


def no_traceback(result):
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def one_line_error(result, *words):
    assert result.returncode != 0
    no_traceback(result)
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, result.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


def test_reindex_reports_policies_clauses_and_time(corpus_copy, tmp_path):
    result = run_cli("reindex", corpus=corpus_copy, index=tmp_path / "index")
    assert result.returncode == 0, result.stderr
    assert "Indexed 5 policies" in result.stdout and " in " in result.stdout
    for pid in ("tornedale-infant", "balfour-primary", "school-trust-template"):
        assert pid in result.stdout
    assert "clauses" in result.stdout


def test_ask_text_quotes_clause_with_policy_section_and_heading(built):
    corpus, index = built
    result = run_cli("ask", QUESTION, "--policy", "forge-integrated-primary", corpus=corpus, index=index)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Forge Integrated Primary School: Social Media Policy" in out
    assert "section 6.3, PERSONAL USE OF SOCIAL MEDIA" in out
    assert "> Staff members should not have any contact with pupils’ family members through" in out
    assert result.stderr == ""


def test_ask_json_contract(built):
    corpus, index = built
    result = run_cli("ask", QUESTION, "--json", "--top", "2", corpus=corpus, index=index)
    data = json.loads(result.stdout)
    assert data["question"] == QUESTION and data["abstained"] is False
    assert {r["policy_id"] for r in data["results"]} == {
        "tornedale-infant", "forge-integrated-primary", "southfield-trust", "school-trust-template", "balfour-primary"}
    for r in data["results"]:
        assert {"policy_id", "policy_title", "section", "heading", "text", "score"} <= set(r)
        assert isinstance(r["score"], float) and r["text"]
    balfour = [r for r in data["results"] if r["policy_id"] == "balfour-primary"]
    assert balfour[0]["review_overdue"] is True and balfour[0]["policy_next_review"] == "2020-12"


def test_ask_json_abstains_with_empty_results(built):
    corpus, index = built
    result = run_cli("ask", "What is the capital of France?", "--json", corpus=corpus, index=index)
    data = json.loads(result.stdout)
    assert data["abstained"] is True and data["results"] == []
    text = run_cli("ask", "What is the capital of France?", corpus=corpus, index=index)
    assert text.returncode == 0 and "don't seem to cover" in text.stdout


def test_ask_reads_many_questions_from_stdin(built):
    corpus, index = built
    questions = "parents on fb?\n\nthanks!\ncould I get sacked over a facebook post?\n"
    result = run_cli("ask", "--json", "-", corpus=corpus, index=index, stdin=questions)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["parents on fb?", "thanks!", "could I get sacked over a facebook post?"]
    assert rows[1]["abstained"] is True and rows[2]["results"]


def test_first_ask_builds_the_index_once_and_says_so(corpus_copy, tmp_path):
    index = tmp_path / "index"
    first = run_cli("ask", QUESTION, corpus=corpus_copy, index=index)
    assert first.returncode == 0 and "building it" in first.stderr and "Balfour" in first.stdout
    second = run_cli("ask", QUESTION, corpus=corpus_copy, index=index)
    assert second.returncode == 0 and second.stderr == ""


def test_changed_corpus_warns_and_answers_from_existing_index(built):
    corpus, index = built
    (corpus / "new-policy.txt").write_text("Dress Code\n\nStaff must wear lanyards at all times.\n")
    result = run_cli("ask", "Do I have to wear a lanyard?", "--json", corpus=corpus, index=index)
    assert result.returncode == 0
    assert "policybot reindex" in result.stderr
    assert all(r["policy_id"] != "new-policy" for r in json.loads(result.stdout)["results"])


def test_unknown_policy_lists_known_ids(built):
    corpus, index = built
    result = run_cli("ask", QUESTION, "--policy", "nope", corpus=corpus, index=index)
    one_line_error(result, "nope", "balfour-primary", "tornedale-infant")


def test_empty_question_is_an_error(built):
    corpus, index = built
    one_line_error(run_cli("ask", "  ", corpus=corpus, index=index), "empty")


def test_ten_thousand_character_question_is_answered(built):
    corpus, index = built
    question = ("Can I post photos of the children on my Facebook page? " * 200)[:10_000]
    result = run_cli("ask", question, "--json", corpus=corpus, index=index)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"]


@pytest.mark.parametrize("content, words", [(b"", "is empty"), (b"\x00\x01\x02PK binary", "binary")])
def test_bad_corpus_file_fails_reindex_and_keeps_old_index(built, content, words):
    corpus, index = built
    (corpus / "broken.txt").write_bytes(content)
    one_line_error(run_cli("reindex", corpus=corpus, index=index), "broken.txt", words)
    still = run_cli("ask", QUESTION, "--json", corpus=corpus, index=index)
    assert still.returncode == 0 and json.loads(still.stdout)["results"]


def test_windows_1252_policy_is_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "phones.txt").write_bytes("Phones Policy\n\n1. Phones\n\n1.1 Staff \u2018must\u2019 keep phones "
                                        "in lockers \u2013 always.\n".encode("cp1252"))
    result = run_cli("ask", "where do I keep my phone", "--json", corpus=corpus, index=tmp_path / "index")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"][0]["text"] == "Staff \u2018must\u2019 keep phones in lockers \u2013 always."


def test_broken_manifest_is_a_one_line_error(corpus_copy, tmp_path):
    manifest = corpus_copy / "policies.yaml"
    manifest.write_text(manifest.read_text().replace("approved: 2018-12-12", "approved: 12/12/2018"))
    line = one_line_error(run_cli("reindex", corpus=corpus_copy, index=tmp_path / "index"), "policies.yaml", "line ")
    assert "not a date" in line


def test_missing_corpus_folder(tmp_path):
    one_line_error(run_cli("reindex", corpus=tmp_path / "none", index=tmp_path / "index"), "no corpus folder")


def test_eval_prints_the_measures(built, tmp_path):
    corpus, index = built
    questions = SHARED_EVAL if SHARED_EVAL.exists() else DATA / "questions.yaml"
    table = run_cli("eval", str(questions), corpus=corpus, index=index)
    assert table.returncode == 0, table.stderr
    for measure in ("scoped Recall@1", "scoped Recall@3", "scoped MRR@10", "global Success@3",
                    "out-of-scope answered with no clause", "in-scope wrongly refused"):
        assert measure in table.stdout
    data = json.loads(run_cli("eval", str(DATA / "questions.yaml"), "--json", corpus=corpus, index=index).stdout)
    assert data["questions"] == 81 and data["scoped_pairs"] == 164
    assert data["scoped_recall_at_3"] >= 0.85 and data["in_scope_wrongly_abstained"] == 0.0


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    top = run_cli("--help")
    assert top.returncode == 0
    commands = [line.split()[0] for line in top.stdout.split("Commands:")[1].strip().splitlines()]
    assert {"ask", "reindex", "eval"} <= set(commands)
    for command in commands:
        help_text = run_cli(command, "--help")
        assert help_text.returncode == 0 and len(help_text.stdout) > 100
        assert f"policybot {command}" in readme, f"README does not document `policybot {command}`"


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "policybot"
    assert script.exists() or shutil.which("policybot"), "install with the README's Quick start"
    result = subprocess.run([str(script) if script.exists() else "policybot", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "policybot" in result.stdout
