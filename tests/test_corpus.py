"""The corpus folder: manifest validation, folders without a manifest (and the dates a document
states itself), encodings and bad files."""
from __future__ import annotations

import json

import pytest

from bot.corpus import load_corpus, load_manifest, read_text_file
from bot.errors import CorpusError, ManifestError
from tests.conftest import POLICY_IDS, run_cli


def test_shipped_corpus_loads_with_manifest_facts(corpus_copy):
    docs = {d.policy.id: d for d in load_corpus(corpus_copy)}
    assert sorted(docs) == sorted(POLICY_IDS)
    balfour = docs["balfour-primary"].policy
    assert (balfour.organisation, balfour.approved, balfour.next_review) == (
        "Balfour Primary School", "2018-12-12", "2020-12")
    assert docs["tornedale-infant"].policy.next_review == "2027-05"
    forge = docs["forge-integrated-primary"].policy
    assert forge.approved is None and forge.next_review is None   # the document states none


def test_shipped_files_are_the_seeds_unchanged(corpus_copy):
    from tests.conftest import ROOT
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("shared/seeds is not beside this checkout")
    names = {"tornedale-infant": "000_b6116228dfa92771.txt", "forge-integrated-primary": "001_219a7bc88daa6425.txt",
             "southfield-trust": "002_2a75a292596509fb.txt", "school-trust-template": "003_9e4807f2f699823a.txt",
             "balfour-primary": "004_cfbf6bb39561f3fd.txt"}
    for pid, name in names.items():
        assert (corpus_copy / f"{pid}.txt").read_bytes() == (seeds / name).read_bytes()


def write_manifest(folder, text):
    (folder / "policies.yaml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("body, line, words", [
    ("policies:\n  a:\n    title: A\n    colour: red\n", 4, "unknown key 'colour'"),
    ("policies:\n  a:\n    title: A\n    approved: 2018-13-01\n", 4, "not a date"),
    ("policies:\n  a:\n    next_review: next year\n", 3, "not a date"),
    ("policies:\n  a:\n    title: A\n  ghost:\n    title: G\n", 4, "has no file"),
    ("polices:\n  a:\n    title: A\n", 1, "unknown key 'polices'"),
    ("policies:\n  a:\n    title: [A\n", 4, None),
    ("policies:\n  a:\n    title: A\n  a:\n    title: B\n", 4, "appears twice"),
])
def test_broken_manifest_names_the_line(tmp_path, body, line, words):
    (tmp_path / "a.txt").write_text("Rules\n\nStaff must be kind.\n", encoding="utf-8")
    write_manifest(tmp_path, body)
    with pytest.raises(ManifestError) as err:
        load_corpus(tmp_path)
    message = str(err.value)
    assert f"line {line}" in message and "policies.yaml" in message
    if words:
        assert words in message
    assert "\n" not in message


def test_manifest_file_key_and_month_dates(tmp_path):
    (tmp_path / "Social Media Policy 2024.txt").write_text("Rules\n\nStaff must be kind.\n", encoding="utf-8")
    write_manifest(tmp_path, "policies:\n  sm:\n    file: Social Media Policy 2024.txt\n"
                             "    title: Social media\n    approved: 2024-09\n")
    (doc,) = load_corpus(tmp_path)
    assert (doc.policy.id, doc.policy.approved, doc.policy.file) == ("sm", "2024-09", "Social Media Policy 2024.txt")
    assert load_manifest(tmp_path)["sm"]["_line"] == 2


def test_folder_without_manifest_uses_stems_and_own_titles(tmp_path):
    (tmp_path / "staff-code.md").write_text("# Staff Code of Conduct\n\n## Phones\n\nStaff must not use phones in class.\n",
                                            encoding="utf-8")
    (tmp_path / "Untitled Notes.txt").write_text("staff must sign in at the office.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder\n\nOur policies, for policybot.\n")
    (tmp_path / "~$aff-code.docx").write_bytes(b"Word lock file")
    docs = {d.policy.id: d for d in load_corpus(tmp_path)}
    assert sorted(docs) == ["staff-code", "untitled-notes"]
    assert docs["staff-code"].policy.title == "Staff Code of Conduct"
    assert docs["untitled-notes"].policy.title == "Untitled Notes"


def test_files_missing_from_manifest_are_still_indexed_with_a_warning(corpus_copy):
    (corpus_copy / "extra.txt").write_text("Extra Policy\n\nStaff must wear lanyards.\n", encoding="utf-8")
    warnings = []
    ids = [d.policy.id for d in load_corpus(corpus_copy, warnings.append)]
    assert "extra" in ids and any("extra.txt is not in policies.yaml" in w for w in warnings)


def test_windows_1252_with_curly_quotes_is_read_correctly(tmp_path):
    text = "Staff \u2018must\u2019 decline \u201cfriend requests\u201d \u2013 always.\n"
    path = tmp_path / "cp.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_text_file(path) == text
    (doc,) = load_corpus(tmp_path)
    assert doc.clauses[0].text == text.strip()


def test_utf8_bom_and_utf16_are_read(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffStaff must be kind.\n".encode("utf-8"))
    (tmp_path / "wide.txt").write_bytes("Staff must be fair.\n".encode("utf-16"))
    assert read_text_file(tmp_path / "bom.txt") == "Staff must be kind.\n"
    assert read_text_file(tmp_path / "wide.txt") == "Staff must be fair.\n"


@pytest.mark.parametrize("content, words", [
    (b"", "is empty"),
    (b"   \n\n  ", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 text \x12\x13\x14\x15\x16\x17\x18\x19", "binary"),
    (b"1\n2\n3\n", "no policy text"),
])
def test_bad_corpus_file_is_named(corpus_copy, content, words):
    (corpus_copy / "broken.txt").write_bytes(content)
    with pytest.raises(CorpusError) as err:
        load_corpus(corpus_copy)
    assert "broken.txt" in str(err.value) and words in str(err.value)


def test_unreadable_file_is_named(corpus_copy):
    import os
    target = corpus_copy / "locked.txt"
    if os.geteuid() == 0:            # root reads any file: a dangling link is unreadable for everyone
        target.symlink_to(corpus_copy / "does-not-exist.txt")
    else:
        target.write_text("Staff must be kind.\n")
        target.chmod(0)
    with pytest.raises(CorpusError) as err:
        load_corpus(corpus_copy)
    assert "locked.txt" in str(err.value) and "cannot read" in str(err.value)


def test_missing_corpus_folder(tmp_path):
    with pytest.raises(CorpusError, match="no corpus folder"):
        load_corpus(tmp_path / "nope")


@pytest.mark.parametrize("lines, dates", [
    (["# Whistleblowing Policy", "", "Oakfield Trust. Approved by the Trust Board, March 2025. Next review March 2027."],
     {"approved": "2025-03", "next_review": "2027-03"}),
    (["Westfield HR Team. Last updated October 2025. This page is reviewed every year."], {"approved": "2025-10"}),
    (["Date policy ratified:\tJan 2018\tJan 2021\tMay 24", "Date for next review:\tJan 2021\tJan 2024\tMay 27"],
     {"approved": "2024-05", "next_review": "2027-05"}),           # a signature table: the latest date
    (["Approved by the governors, 2 February 2026. Review: February 2027."],
     {"approved": "2026-02-02", "next_review": "2027-02"}),
    (["Elmwood Primary. Agreed by the governing body, November 2025. To be reviewed every two years."],
     {"approved": "2025-11"}),                                       # no review date stated, none made up
    (["# Expenses", "", *["Staff should keep receipts."] * 20, "Spending over £50 was approved in March 2024."],
     {}),                                                            # a date deep in the text is not the policy's
    (["# Expenses", "", *["Staff should keep receipts."] * 20, "Review date: January 2028"],
     {"next_review": "2028-01"}),                                    # but a labelled line anywhere is
    (["# Intimate Care Policy", "", "Created: September 12, 2024 9:41 AM",
      "Last edited time: November 3, 2025 4:12 PM", "Review date: September 2026"],
     {"approved": "2025-11-03", "next_review": "2026-09"}),          # a Notion page's properties
    # an approval still to come is no approval date, and says the document is a draft (document 86)
    (["Oakridge Primary School | Draft for consultation: October 2026 | To be approved by the governing body: "
      "December 2026"], {"status": "draft"}),
    (["Status: awaiting approval. Next review: March 2028"], {"next_review": "2028-03", "status": "draft"}),
    (["Approved by the governors: 4 March 2025", "DRAFT"], {"approved": "2025-03-04"}),   # approved: not a draft
    (["Drafted by the HR team. Approved by the Trust Board, 3 May 2024."], {"approved": "2024-05-03"}),
    (["Status: Draft"], {"status": "draft"}), (["Lone Working Policy (draft)"], {"status": "draft"}),
    # but not the word in the policy's own text
    (["Expense claims are to be approved by the headteacher."], {}),
    (["Staff who draft a letter to parents must ask the office to check it."], {}),
    (["DRAFTING LETTERS TO PARENTS"], {}),
])
def test_a_document_states_its_own_dates(lines, dates):
    from bot.parse import stated_dates
    assert stated_dates(lines) == dates


def test_a_folder_without_manifest_shows_an_overdue_review_from_the_documents_own_words(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "expenses.md").write_text(
        "# Staff Expenses Policy\n\nNorthgate Primary. Approved by the Finance Committee, January 2020. "
        "Review date: January 2022.\n\n## 1. Receipts\n\n1.1 Every claim must be supported by receipts.\n",
        encoding="utf-8")
    index = tmp_path / "index"
    assert run_cli("reindex", corpus=corpus, index=index).returncode == 0
    status = json.loads(run_cli("status", "--json", corpus=corpus, index=index).stdout)
    [policy] = status["policies"]
    assert policy["approved"] == "2020-01" and policy["next_review"] == "2022-01" and policy["review_overdue"] is True
    answer = run_cli("ask", "do I need receipts?", corpus=corpus, index=index).stdout
    assert "approved Jan 2020" in answer and "review was due Jan 2022" in answer


def test_a_word_document_states_its_dates_in_a_paragraph(tmp_path):
    from docx import Document
    document = Document()
    document.add_heading("Lone Working Policy", 0)
    document.add_paragraph("Hillside Primary. Approved by the Resources Committee, 4 March 2025. Next review March 2027.")
    document.add_heading("1. Purpose", 1)
    document.add_paragraph("1.1 Staff working alone must tell a named person where they are.")
    document.save(tmp_path / "lone-working.docx")
    [doc] = load_corpus(tmp_path)
    assert (doc.policy.approved, doc.policy.next_review) == ("2025-03-04", "2027-03")


def test_a_folder_with_no_policies_names_every_format_it_reads(tmp_path):
    (tmp_path / "README.md").write_text("Our policies go here.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"no policy files \(\.txt, \.md, \.docx, \.odt, \.rtf, \.pdf, \.html, \.htm\) in .*: add your policies"):
        load_corpus(tmp_path)
    write_manifest(tmp_path, "policies:\n  conduct:\n    title: Code of conduct\n")
    with pytest.raises(ManifestError, match=r"has no file conduct\.txt \(or \.md, \.docx, \.odt, \.rtf, \.pdf, \.html, \.htm\)"):
        load_corpus(tmp_path)


def test_a_draft_policy_is_marked_draft_in_every_answer_until_it_is_approved(tmp_path):
    # A policy owner indexing a draft for consultation (document 86: "DRAFT" across its pages, "To be
    # approved by the governing body: December 2026") must not have staff told it was approved in
    # December: the reindex warns, and answers, status and JSON say it is a draft, until the approved
    # version is added or the manifest says it is approved.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "medical.md").write_text(
        "# Supporting Pupils with Medical Conditions Policy\n\nOakridge Primary School. Draft for consultation: "
        "October 2026. To be approved by the governing body: December 2026.\n\n## 4. Medicines\n\n4.1 Staff must "
        "not give any medicine without written consent from a parent.\n", encoding="utf-8")
    index = tmp_path / "index"
    built = run_cli("reindex", corpus=corpus, index=index)
    assert built.returncode == 0 and "medical.md says it is a draft, not yet approved" in built.stderr
    answer = run_cli("ask", "can I give a child medicine?", corpus=corpus, index=index).stdout
    assert "(DRAFT, not yet approved)" in answer and "approved Dec 2026" not in answer
    [result] = json.loads(run_cli("ask", "can I give a child medicine?", "--json", corpus=corpus,
                                  index=index).stdout)["results"]
    assert result["policy_draft"] is True and result["policy_approved"] is None
    status = run_cli("status", corpus=corpus, index=index).stdout
    assert "DRAFT" in status and json.loads(run_cli("status", "--json", corpus=corpus, index=index).stdout
                                            )["policies"][0]["draft"] is True
    (corpus / "policies.yaml").write_text("policies:\n  medical:\n    file: medical.md\n    status: approved\n",
                                          encoding="utf-8")
    rebuilt = run_cli("reindex", corpus=corpus, index=index)
    assert rebuilt.returncode == 0 and "says it is a draft" not in rebuilt.stderr
    assert "status: draft -> no longer a draft" in rebuilt.stdout + rebuilt.stderr
    assert "DRAFT" not in run_cli("ask", "can I give a child medicine?", corpus=corpus, index=index).stdout
    (corpus / "policies.yaml").write_text("policies:\n  medical:\n    file: medical.md\n    status: final\n",
                                          encoding="utf-8")
    bad = run_cli("reindex", corpus=corpus, index=index)
    assert bad.returncode != 0 and "status 'final' of policy 'medical' is not one of: draft, approved" in bad.stderr
    assert "Traceback" not in bad.stderr
