"""Word, OpenDocument and PDF policies parse into the same clauses as their text versions; broken ones are named."""
from __future__ import annotations

import builtins
import re

import pytest

from bot.corpus import load_corpus
from bot.errors import CorpusError
from bot.evaluate import normalize
from bot.readers import read_document
from tests.conftest import CORPUS, DATA, POLICY_IDS, run_cli
from tests.docgen import (write_bold_headings_pdf, write_docx, write_hanging_numbers_pdf, write_odt, write_odt_policy,
                          write_pdf, write_scanned_pdf, write_sidebar_pdf, write_split_table_pdf, write_table_pdf)


def text_clauses(pid):
    return read_document(CORPUS / f"{pid}.txt", pid).clauses


def same(a, b):
    return [(c.section, c.heading_number, normalize(c.text)) for c in a] == \
           [(c.section, c.heading_number, normalize(c.text)) for c in b]


@pytest.mark.parametrize("pid", POLICY_IDS)
@pytest.mark.parametrize("suffix, write", [(".docx", write_docx), (".odt", write_odt_policy)], ids=["word", "opendocument"])
def test_word_and_opendocument_versions_parse_into_the_same_clauses(pid, suffix, write, tmp_path):
    # .odt as LibreOffice converts a Word file: one list numbers the headings (text:h in its items)
    # and, continued through the document, the clauses under them ("6.4"); neither number is in the text
    source = text_clauses(pid)
    path = write(source, tmp_path / f"{pid}{suffix}")
    parsed = read_document(path, pid).clauses
    assert same(source, parsed)
    assert [c.heading for c in parsed] == [c.heading for c in source]


def test_word_numbering_is_not_in_the_text_but_is_read(tmp_path):
    import docx
    path = write_docx(text_clauses("forge-integrated-primary"), tmp_path / "forge.docx")
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "Staff members must decline ‘friend requests’ from pupils they receive in their personal social " \
           "media accounts." in texts                       # no "6.4" typed anywhere
    assert not any(t.startswith("6.4") for t in texts)
    (c64,) = [c for c in read_document(path, "forge").clauses if c.section == "6.4"]
    assert c64.text.startswith("Staff members must decline") and c64.heading_number == "6"


@pytest.mark.parametrize("pid", POLICY_IDS)
def test_pdf_version_parses_into_the_same_clauses(pid, tmp_path):
    source = text_clauses(pid)
    path = write_pdf(source, tmp_path / f"{pid}.pdf", title="Staff Social Media Policy")
    parsed = read_document(path, pid)
    assert same(source, parsed.clauses)
    everything = " ".join(c.text for c in parsed.clauses)
    assert "Page " not in everything and "staff policy" not in everything      # header and footer dropped
    assert parsed.title == "Staff Social Media Policy"


def test_a_policy_under_review_is_quoted_as_its_tracked_changes_would_leave_it():
    # tests/data/charging: a price changed as a tracked change, a phrase struck out, a reviewer's
    # comment in the margin; a teacher is quoted the new price, never the deleted words or the comment
    parsed = read_document(DATA / "charging" / "charging-policy.docx", "charging-policy")
    text = " ".join(c.text for c in parsed.clauses)
    assert "music tuition, at a rate of £12 per lesson" in text and "£10" not in text
    assert "must not keep money in classrooms." in text and "overnight" not in text
    assert "Music service has confirmed" not in text
    assert any("3 tracked changes not yet accepted" in w for w in parsed.warnings)


def test_a_web_page_printed_to_pdf_is_read_as_the_page(tmp_path):
    # A browser prints its own header (when, and the page's title) and footer (the address, "1/3")
    # on every page, and the site's menu, breadcrumb and footer with the article (tests/data/bereavement).
    # The PDF's title is the page's, "Bereavement and Loss Policy - Oakwood Primary School".
    parsed = read_document(DATA / "bereavement" / "bereavement-policy.pdf", "bereavement-policy")
    assert parsed.title == "Bereavement and Loss Policy"
    assert parsed.meta == {"approved": "2025-06", "next_review": "2027-06"}     # not the day it was printed
    everything = " ".join(c.text + " " + (c.heading or "") for c in parsed.clauses)
    for furniture in ("07/12/2026", "oakwood-primary.sch.uk", "1/3", "Curriculum", "Home ›", "Cookies"):
        assert furniture not in everything
    assert parsed.clauses[0].text.startswith("Every year some of our pupils and staff")
    assert parsed.clauses[-1].text.endswith("if the pupil moves to another school.")
    # and a PDF made by a report writer, titled as a browser titles a page
    path = write_pdf(text_clauses("forge-integrated-primary"), tmp_path / "forge.pdf",
                     title="Staff Social Media Policy | Forge Integrated Primary School")
    assert read_document(path, "forge").title == "Staff Social Media Policy"


@pytest.mark.parametrize("pid", POLICY_IDS)
def test_a_two_column_pdf_version_parses_into_the_same_clauses(pid, tmp_path):
    # each shipped policy set in two columns on A4, as a leaflet is: clauses and lists break from
    # one column to the next, a column may start with a list item, and the header is not a column
    source = text_clauses(pid)
    path = write_pdf(source, tmp_path / f"{pid}.pdf", title="Staff Social Media Policy", columns=2)
    parsed = read_document(path, pid)
    assert same(source, parsed.clauses)
    assert [c.heading for c in parsed.clauses] == [c.heading for c in source]


def test_pdf_clause_broken_across_pages_and_hyphenation_are_joined(tmp_path):
    source = text_clauses("balfour-primary")
    path = write_pdf(source, tmp_path / "b.pdf", hyphenate="confidential")
    from pypdf import PdfReader
    assert len(PdfReader(str(path)).pages) > 5
    parsed = read_document(path, "balfour-primary").clauses
    assert same(source, parsed)
    raw = "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    assert "confi-\ndential" in raw or "confid-\nential" in raw or "confide-\nntial" in raw


def test_scanned_pdf_is_refused_with_ocr_hint(tmp_path):
    path = write_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(CorpusError, match="no text layer.*OCR"):
        read_document(path, "scan")


def test_password_protected_pdf_and_docx_are_named(tmp_path):
    from pypdf import PdfReader, PdfWriter
    plain = write_pdf(text_clauses("forge-integrated-primary"), tmp_path / "plain.pdf")
    writer = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with open(locked, "wb") as fh:
        writer.write(fh)
    with pytest.raises(CorpusError, match="locked.pdf is password-protected"):
        read_document(locked, "x")
    ole = tmp_path / "locked.docx"          # Word saves an encrypted .docx as an OLE container
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(CorpusError, match="locked.docx is password-protected"):
        read_document(ole, "x")


@pytest.mark.parametrize("name, content", [("broken.docx", b"PK\x03\x04 not really a zip"),
                                           ("broken.odt", b"PK\x03\x04 not really a zip"),
                                           ("broken.pdf", b"%PDF-1.7\n garbage garbage"),
                                           ("empty.pdf", b"")])
def test_corrupt_files_are_named_and_nothing_is_half_applied(corpus_copy, tmp_path, name, content):
    from bot.service import Paths, reindex
    from bot import index as index_mod
    paths = Paths(corpus_copy, tmp_path / "index")
    reindex(paths)
    before = index_mod.current_build(paths.index)
    (corpus_copy / name).write_bytes(content)
    with pytest.raises(CorpusError) as err:
        reindex(paths)
    assert name in str(err.value)
    assert index_mod.current_build(paths.index) == before


@pytest.mark.parametrize("name, words", [("minutes.xlsx", "unknown extension .xlsx"),
                                         ("old-policy.doc", "save it as .docx")])
def test_unknown_extensions_are_an_error_naming_the_file(corpus_copy, name, words):
    (corpus_copy / name).write_bytes(b"whatever")
    with pytest.raises(CorpusError, match=words) as err:
        load_corpus(corpus_copy)
    assert name in str(err.value)


def test_signature_table_and_title_feed_a_policy_without_manifest(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    write_docx(text_clauses("balfour-primary"), corpus / "Social Media Policy 2024.docx",
               title="Social Networking Policy", signature=[
                   ("Date policy ratified", "12th December 2018"), ("Signed by Chair", "A Governor"),
                   ("Date for next review", "December 2020")])
    write_pdf(text_clauses("forge-integrated-primary"), corpus / "forge.pdf", title="Forge Social Media Policy")
    docs = {d.policy.id: d.policy for d in load_corpus(corpus)}
    sm = docs["social-media-policy-2024"]
    assert (sm.title, sm.approved, sm.next_review) == ("Social Networking Policy", "2018-12-12", "2020-12")
    assert docs["forge"].title == "Forge Social Media Policy"


def test_manifest_can_name_word_and_pdf_files(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    write_docx(text_clauses("tornedale-infant"), corpus / "Tornedale SM.docx")
    write_pdf(text_clauses("southfield-trust"), corpus / "southfield.pdf")
    (corpus / "policies.yaml").write_text("policies:\n  tornedale:\n    file: Tornedale SM.docx\n"
                                          "    title: Social Media Policy\n    next_review: 2027-05\n"
                                          "  southfield:\n    file: southfield.pdf\n    title: Social Media Policy\n")
    docs = {d.policy.id: d for d in load_corpus(corpus)}
    assert docs["tornedale"].policy.next_review == "2027-05" and len(docs["tornedale"].clauses) == 40
    assert len(docs["southfield"].clauses) == 42


def test_password_protected_or_misnamed_opendocument_files_are_named(tmp_path):
    locked = write_odt(tmp_path / "locked.odt", "<text:p>secret</text:p>", manifest_extra=(
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">'
        '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/>'
        "</manifest:encryption-data>"))
    with pytest.raises(CorpusError, match="locked.odt is password-protected: open it in LibreOffice"):
        read_document(locked, "x")
    sheet = write_odt(tmp_path / "rota.odt", "<text:p>x</text:p>",
                      mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(CorpusError, match=r"rota.odt is not a text document .*spreadsheet.*LibreOffice Writer"):
        read_document(sheet, "x")


@pytest.mark.parametrize("package, extra", [("docx", "docx"), ("odfdo", "odt")])
def test_missing_format_package_gives_an_install_hint(tmp_path, monkeypatch, package, extra):
    if extra == "docx":
        path = write_docx(text_clauses("forge-integrated-primary"), tmp_path / "f.docx")
    else:
        path = write_odt(tmp_path / "f.odt", "<text:p>Staff must sign in.</text:p>")
    real_import = builtins.__import__

    def without_it(name, *args, **kwargs):
        if name == package or name.startswith(package + "."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_it)
    with pytest.raises(CorpusError, match=rf"pip install 'policybot\[{extra}\]'"):
        read_document(path, "f")


LEAVE_ROWS = [("Reason", "Leave", "Pay"), ("Death of a close relative", "Up to 5 days", "Paid"),
              ("Moving house", "1 day", "Unpaid"),
              ("Jury service", "As required", "Paid, less any allowance claimed from the court")]


def test_a_table_of_content_gives_a_clause_per_row_in_markdown_and_word(tmp_path):
    # A leave policy's table of entitlements: each row is found and quoted on its own, with its
    # column headings; a signature table is not text (its dates are read, as above). In the PDF the
    # last column is narrow, so a cell wraps onto more lines.
    from docx import Document
    md = tmp_path / "leave.md"
    md.write_text("# Leave of Absence Policy\n\n## 3. Types of leave\n\nThe table sets out the leave.\n\n"
                  + "\n".join("| " + " | ".join(r) + " |" for r in LEAVE_ROWS[:1]) + "\n|---|---|---|\n"
                  + "\n".join("| " + " | ".join(r) + " |" for r in LEAVE_ROWS[1:])
                  + "\n\n| Approved by | Governors |\n|---|---|\n| Date of next review | 2027 |\n", encoding="utf-8")
    word = Document()
    word.add_heading("3. Types of leave", level=1)
    word.add_paragraph("The table sets out the leave.")
    table = word.add_table(rows=len(LEAVE_ROWS), cols=3)
    for r, row in enumerate(LEAVE_ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    signature = word.add_table(rows=2, cols=2)
    for r, (label, value) in enumerate([("Approved by", "Governors"), ("Date of next review", "March 2027")]):
        signature.cell(r, 0).text, signature.cell(r, 1).text = label, value
    word.save(tmp_path / "leave.docx")
    rows = ["Reason: Death of a close relative; Leave: Up to 5 days; Pay: Paid.",
            "Reason: Moving house; Leave: 1 day; Pay: Unpaid.",
            "Reason: Jury service; Leave: As required; Pay: Paid, less any allowance claimed from the court."]
    pdf = write_table_pdf(tmp_path / "leave.pdf", "The table sets out the leave.", LEAVE_ROWS)
    for path in (md, tmp_path / "leave.docx", pdf):
        doc = read_document(path, "leave")
        assert [c.text for c in doc.clauses] == ["The table sets out the leave.", *rows], path.suffix
        assert {c.section for c in doc.clauses} == {"3"}
    assert read_document(tmp_path / "leave.docx", "leave").meta["next_review"] == "2027-03"


def test_a_contents_page_in_a_pdf_is_not_a_table(tmp_path):
    # Aligned columns with page numbers in the last one are a contents page: dropped as before.
    pdf = write_table_pdf(tmp_path / "toc.pdf", "1.1 This policy explains leave.",
                          [("1 Introduction", "", "3"), ("2 Scope", "", "4"), ("3 Types of leave", "", "5")],
                          heading="Contents")
    texts = [c.text for c in read_document(pdf, "toc").clauses]
    assert "This policy explains leave." in texts
    assert not any("Introduction" in t or "Scope" in t for t in texts)


@pytest.mark.parametrize("valign", ["TOP", "BOTTOM"])
def test_a_pdf_table_row_whose_first_cell_is_set_lower_is_one_row(tmp_path, valign):
    # A "who does what" table: each role beside its responsibilities, which wrap onto two or three
    # lines; the role's cell is set at the foot of its row (reportlab's own default), so a row's first
    # line has no role, or at its top, as Word sets it. Each role is read with its own responsibilities,
    # also where a role wraps ("Chief Operating" / "Officer") beside a wrapped cell.
    rows = [("Role", "Responsibilities"),
            ("Line managers", "Make sure journeys are necessary, plan workloads so that staff are not "
                              "driving while tired, and report collisions to the business manager."),
            ("Headteacher", "Approves the carrying of pupils in staff cars and driving by staff under 21."),
            ("Chief Operating Officer", "Owns this policy and approves late mileage claims.")]
    pdf = write_table_pdf(tmp_path / "who.pdf", "1.1 This policy applies to everyone who drives for work.",
                          rows, heading="7 Who does what", widths=(110, 190), valign=valign)
    texts = [c.text for c in read_document(pdf, "who").clauses]
    assert texts[1:] == [f"Role: {role}; Responsibilities: {duty}" for role, duty in rows[1:]]


def test_a_pdf_table_that_runs_on_to_the_next_page_keeps_its_headings(tmp_path):
    # A gifts policy's table of values breaks across a page: the rows on the second page are still
    # read under the column headings of the first, and a first row whose cell wraps is still a
    # row. The title, in large type wrapped onto two lines, is one line and the policy's title
    # (the file's metadata has none); numbered paragraphs whose first line is short stay paragraphs.
    rows = [("Value of the gift", "What you must do"),
            ("Up to £25", "You may accept it. There is no need to record it in the gifts register at all."),
            ("£25 to £100", "You may accept it with your line manager's agreement. Record it in the register."),
            ("Over £100", "Do not accept it without the headteacher's written approval."),
            ("Cash or cash vouchers, of any value", "Decline it politely.")]
    intro = [f"{n}. Staff should read this section with care; it explains how gifts are recorded, who "
             "holds the register and when it is reviewed by governors each term." for n in range(1, 9)]
    pdf = write_split_table_pdf(tmp_path / "gifts.pdf", "Gifts, Hospitality and Declarations of Interest Policy",
                                intro, rows)
    from pypdf import PdfReader
    pages = [page.extract_text() for page in PdfReader(str(pdf)).pages]
    assert len(pages) == 2 and "Cash or cash" in pages[1] and "Value of the gift" not in pages[1]
    doc = read_document(pdf, "gifts")
    assert doc.title == "Gifts, Hospitality and Declarations of Interest Policy"
    texts = [c.text for c in doc.clauses]
    assert texts[:8] == [intro[0].split(". ", 1)[1]] * 8 and [c.section for c in doc.clauses[:2]] == ["1", "2"]
    assert texts[8:] == [
        "Value of the gift: Up to £25; What you must do: You may accept it. There is no need to record it in "
        "the gifts register at all.",
        "Value of the gift: £25 to £100; What you must do: You may accept it with your line manager's "
        "agreement. Record it in the register.",
        "Value of the gift: Over £100; What you must do: Do not accept it without the headteacher's written "
        "approval.",
        "Value of the gift: Cash or cash vouchers, of any value; What you must do: Decline it politely."]


def test_pdf_clause_numbers_at_a_hanging_indent_are_clauses_not_a_table(tmp_path):
    # Word exports automatic numbering as a number and a text set apart on the line: a column of
    # clause numbers beside a column of text, which is a numbered list, not a table; and the number
    # is a word of its own ("1.1 This policy", not "1.1This policy").
    clauses = [("1.1", "This policy sets out the standards of conduct expected of all staff, and it applies at "
                       "all times when staff are working or representing the school in any way."),
               ("1.2", "Staff must treat pupils, parents and colleagues with dignity and respect, and must not "
                       "use language that could offend."),
               ("1.3", "Staff must declare any relationship with a pupil or parent that could be seen as a "
                       "conflict of interest."),
               ("(a)", "Staff must not accept gifts over £25 in value.")]
    pdf = write_hanging_numbers_pdf(tmp_path / "conduct.pdf", "1 Purpose", clauses)
    doc = read_document(pdf, "conduct")
    assert [(c.section, c.text) for c in doc.clauses[:3]] == [(n, t) for n, t in clauses[:3]]
    assert doc.clauses[-1].text.endswith("Staff must not accept gifts over £25 in value.")


def test_pdf_bullets_in_a_symbol_font_are_items_of_their_lead_in(tmp_path):
    # "Interests that must be declared include:" keeps its list, however the bullet glyph reads
    pdf = write_hanging_numbers_pdf(tmp_path / "interests.pdf", "3 Declaring interests", [
        ("3.1", "Interests that must be declared include:"),
        ("*", "a business owned by the member of staff or their partner that provides goods or services to "
              "the school;"),
        ("*", "a close personal relationship with another member of staff;"),
        ("*", "paid work outside the school."),
        ("3.2", "Staff must take no part in any decision in which that interest arises.")])
    from pypdf import PdfReader
    assert "\x7f" in PdfReader(str(pdf)).pages[0].extract_text()        # the glyph as extracted
    doc = read_document(pdf, "interests")
    assert [(c.section, c.text) for c in doc.clauses] == [
        ("3.1", "Interests that must be declared include:\n• a business owned by the member of staff or their "
                "partner that provides goods or services to the school;\n• a close personal relationship with "
                "another member of staff;\n• paid work outside the school."),
        ("3.2", "Staff must take no part in any decision in which that interest arises.")]


def test_word_tracked_changes_are_read_as_accepted_and_the_reindex_says_so(tmp_path):
    # A policy saved mid-review: "ever" inserted, "usually" deleted, a link to another policy. The
    # text is read as it will read once the changes are accepted, and the policy owner is told.
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run(text, deleted=False):
        r, t = OxmlElement("w:r"), OxmlElement("w:delText" if deleted else "w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        return r

    def change(kind, text):
        element = OxmlElement(kind)
        for name, value in (("w:id", "1"), ("w:author", "HR"), ("w:date", "2025-01-01T00:00:00Z")):
            element.set(qn(name), value)
        element.append(run(text, deleted=kind == "w:del"))
        return element

    word = Document()
    word.add_heading("6. Contact with pupils", level=1)
    p = word.add_paragraph("Staff must not ")
    p._p.append(change("w:ins", "ever "))
    p._p.append(change("w:del", "usually "))
    p._p.append(run("accept friend requests from pupils or ex"))
    hyphen = OxmlElement("w:r")
    hyphen.append(OxmlElement("w:noBreakHyphen"))
    p._p.append(hyphen)
    p._p.append(run("pupils."))
    link = word.add_paragraph("See the ")
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.append(run("online safety policy"))
    link._p.append(hyperlink)
    link._p.append(run(" for more."))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    word.save(corpus / "contact.docx")
    assert [c.text for c in read_document(corpus / "contact.docx", "contact").clauses] == [
        "Staff must not ever accept friend requests from pupils or ex-pupils.", "See the online safety policy for more."]
    done = run_cli("--corpus", str(corpus), "--index", str(tmp_path / "index"), "reindex")
    assert done.returncode == 0
    assert "contact.docx has 2 tracked changes not yet accepted: read as if accepted" in done.stderr
    assert "tracked change" not in done.stdout


def test_word_content_controls_are_read_and_its_contents_table_is_not(tmp_path):
    # Templates wrap a section in a content control (w:sdt): its text was skipped, silently. Word's
    # own table of contents is a content control too, and is not policy text.
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def control(paragraphs, gallery=None):
        sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        if gallery:
            props, part, kind = OxmlElement("w:sdtPr"), OxmlElement("w:docPartObj"), OxmlElement("w:docPartGallery")
            kind.set(qn("w:val"), gallery)
            part.append(kind)
            props.append(part)
            sdt.append(props)
        for paragraph in paragraphs:
            content.append(paragraph._p)
        sdt.append(content)
        return sdt

    word = Document()
    contents = control([word.add_paragraph("Contents"), word.add_paragraph("1. Purpose\t3"),
                        word.add_paragraph("2. Email\t4")], gallery="Table of Contents")
    word.add_heading("1. Purpose", level=1)
    word.add_paragraph("1.1 Staff must keep their passwords private.")
    section = control([word.add_heading("2. Email", level=1),
                       word.add_paragraph("2.1 Staff must not use school email for personal accounts.")])
    body = word.element.body
    body.insert(0, contents)
    body.insert(len(body) - 1, section)                  # before the section properties
    doc = _read_word(word, tmp_path, "it")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("1.1", "Purpose", "Staff must keep their passwords private."),
        ("2.1", "Email", "Staff must not use school email for personal accounts.")]


def test_word_title_is_the_title_block_line_naming_the_document_not_the_trust(tmp_path):
    # A trust's name in Word's Title style with the policy's name under it as Subtitle: the title is
    # the policy's name, and the subtitle is not a clause.
    from docx import Document
    word = Document()
    word.add_paragraph("Hollins Park Academy Trust", style="Title")
    word.add_paragraph("Staff Disciplinary Policy and Procedure", style="Subtitle")
    word.add_heading("1. Purpose", level=1)
    word.add_paragraph("1.1 This policy sets out the standards of conduct expected of all employees.")
    doc = _read_word(word, tmp_path, "disciplinary")
    assert doc.title == "Staff Disciplinary Policy and Procedure"
    assert [c.section for c in doc.clauses] == ["1.1"]
    # a title block naming no kind of document keeps its first line
    word = Document()
    word.add_paragraph("Staying Safe Online", style="Title")
    word.add_paragraph("For all staff and volunteers", style="Subtitle")
    word.add_paragraph("1.1 Staff must keep their passwords private.")
    word.save(tmp_path / "online.docx")
    assert read_document(tmp_path / "online.docx", "online").title == "Staying Safe Online"


def test_word_title_typed_large_in_a_normal_paragraph_is_the_title(tmp_path):
    # Document 100 (a Word premises policy): the school's name, then the title typed in a Normal
    # paragraph in bold at 18 points, naming no kind of document ("Staff Use of School Premises,
    # Equipment and Resources"), then a dates line. The title was a heading over the dates line, the
    # dates line a clause, and the policy was titled by its file name.
    from docx import Document
    from docx.shared import Pt
    word = Document()
    word.add_paragraph("Fernhill Primary School")
    title = word.add_paragraph().add_run("Staff Use of School Premises, Equipment and Resources")
    title.bold, title.font.size = True, Pt(18)
    word.add_paragraph("Agreed by the Resources Committee on 20 January 2026. To be reviewed in January 2028.")
    word.add_paragraph().add_run("1. Purpose").bold = True
    word.add_paragraph("1.1 Staff may borrow equipment such as the gazebos for a personal event.")
    doc = _read_word(word, tmp_path, "premises")
    assert doc.title == "Staff Use of School Premises, Equipment and Resources"
    assert doc.meta == {"approved": "2026-01-20", "next_review": "2028-01"}
    assert [(c.section, c.heading) for c in doc.clauses] == [("1.1", "Purpose")]
    # the trust's name set large over a title in bold is not the title; the line naming the document is
    word = Document()
    name = word.add_paragraph().add_run("Hollins Park Academy")
    name.bold, name.font.size = True, Pt(20)
    word.add_paragraph().add_run("Minibus and Staff Driving Policy").bold = True
    word.add_paragraph("1.1 Only staff with a D1 licence may drive the minibus.")
    assert _read_word(word, tmp_path, "minibus").title == "Minibus and Staff Driving Policy"
    # a first heading at body size stays a heading: the policy's title is not guessed from it
    word = Document()
    word.add_paragraph().add_run("Purpose").bold = True
    word.add_paragraph("Staff may borrow equipment for a personal event.")
    doc = _read_word(word, tmp_path, "loans")
    assert [(c.heading, c.text) for c in doc.clauses] == [("Purpose", "Staff may borrow equipment for a personal event.")]


def test_a_word_table_that_lays_out_the_page_is_read_as_its_sections(tmp_path):
    # Document 103 (tests/data/adjustments): the whole guidance in a two-column table, each row a
    # section with its heading in the left cell and its paragraphs and bullets in the right. It was
    # read as a data table: the first row's heading and first sentence became the column headings
    # of every clause ("Cancer, HIV and multiple sclerosis count from the day they are diagnosed.:
    # You do not have to tell us…"), and each section's paragraphs ran together as one clause.
    from docx import Document
    word = Document()
    word.add_paragraph("Reasonable Adjustments: Guidance for Staff", style="Title")
    layout = word.add_table(rows=0, cols=2)
    for heading, paragraphs in [
            ("Who this is for", ["This guidance is for any member of staff who has a disability.",
                                 "Cancer and multiple sclerosis count from the day they are diagnosed."]),
            ("What an adjustment is", ["A reasonable adjustment is a change to the way you work. Examples include:",
                                       "• an adapted chair;", "• a ground floor classroom."])]:
        left, right = layout.add_row().cells
        left.paragraphs[0].add_run(heading).bold = True
        right.paragraphs[0].text = paragraphs[0]
        for text in paragraphs[1:]:
            if text.startswith("• "):
                right.add_paragraph(text[2:], style="List Bullet")
            else:
                right.add_paragraph(text)
    doc = _read_word(word, tmp_path, "adjustments")
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Who this is for", "This guidance is for any member of staff who has a disability."),
        ("Who this is for", "Cancer and multiple sclerosis count from the day they are diagnosed."),
        ("What an adjustment is", "A reasonable adjustment is a change to the way you work. Examples include:\n"
                                  "• an adapted chair;\n• a ground floor classroom.")]
    # a data table's first row holds its columns' short headings: still a table, a clause a row
    word = Document()
    word.add_paragraph("Roles", style="Title")
    table = word.add_table(rows=0, cols=2)
    for role, duty in [("Role", "Responsibilities"),
                       ("Headteacher", "Makes sure that every member of staff has read this policy and knows it."),
                       ("Governors", "Review this policy every two years and agree any changes to it.")]:
        left, right = table.add_row().cells
        left.text, right.text = role, duty
    doc = _read_word(word, tmp_path, "roles")
    assert [c.text for c in doc.clauses] == [
        "Role: Headteacher; Responsibilities: Makes sure that every member of staff has read this policy and knows it.",
        "Role: Governors; Responsibilities: Review this policy every two years and agree any changes to it."]


def test_a_table_that_lays_out_the_page_is_its_sections_on_a_web_page_and_in_opendocument(tmp_path):
    # the same grid as document 103's, as a web page sets it (an old site laid out with tables, its HTML
    # indented) and as LibreOffice saves it: each row's left cell heads the paragraphs beside it
    expected = [
        ("Who this is for", "This guidance is for any member of staff who has a disability."),
        ("Who this is for", "Cancer and multiple sclerosis count from the day they are diagnosed."),
        ("What an adjustment is", "A reasonable adjustment is a change to the way you work, agreed with your manager.")]
    page = tmp_path / "adjustments.html"
    page.write_text(
        "<html><body><main><h1>Reasonable Adjustments Guidance</h1><table>\n  <tr>\n    <td>\n"
        "      <strong>Who this is for</strong>\n    </td>\n    <td>\n      <p>This guidance is for any member of "
        "staff who has a disability.\n      </p>\n      <p>Cancer and multiple sclerosis count from the day they are "
        "diagnosed.</p>\n    </td>\n  </tr>\n"
        "<tr><td><strong>What an adjustment is</strong></td><td><p>A reasonable adjustment is a change to the way "
        "you work, agreed with your manager. </p></td></tr></table>"
        "<table><tr><th>Role</th><th>Responsibilities</th></tr><tr><td>Headteacher</td><td>Makes sure that every "
        "member of staff has read this policy and knows it.</td></tr></table></main></body></html>", encoding="utf-8")
    clauses = [(c.heading, c.text) for c in read_document(page, "adjustments").clauses]
    assert clauses[:3] == expected
    assert clauses[3][1].startswith("Role: Headteacher; Responsibilities: Makes sure")     # a data table still

    def cell(*paragraphs: str) -> str:
        return "<table:table-cell>" + "".join(f"<text:p>{p}</text:p>" for p in paragraphs) + "</table:table-cell>"
    rows = [("Who this is for", [expected[0][1], expected[1][1]]), ("What an adjustment is", [expected[2][1]])]
    write_odt(tmp_path / "adjustments.odt", '<text:p text:style-name="Title">Reasonable Adjustments Guidance</text:p>'
              "<table:table>" + "".join(f"<table:table-row>{cell(h)}{cell(*ps)}</table:table-row>" for h, ps in rows)
              + "</table:table>")
    assert [(c.heading, c.text) for c in read_document(tmp_path / "adjustments.odt", "adjustments").clauses] == expected


def test_word_headings_set_in_bold_are_headings(tmp_path):
    # Many schools' Word documents make a heading by setting a Normal paragraph in bold, and type
    # the title as the first line: those were clauses ("Purpose" on its own), and the clauses under
    # them had no heading. A sentence in bold is still a clause.
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    word = Document()
    word.add_paragraph("Staff Code of Conduct")
    word.add_paragraph().add_run("Purpose").bold = True
    word.add_paragraph("This code sets out the standards expected of all staff.")
    strong = word.styles.add_style("Strong heading", WD_STYLE_TYPE.PARAGRAPH)
    strong.font.bold = True
    word.add_paragraph("Dress and appearance", style="Strong heading")
    word.add_paragraph("Staff must dress in a manner appropriate to their role.")
    word.add_paragraph().add_run("Staff must never share their passwords.").bold = True
    doc = _read_word(word, tmp_path, "conduct")
    assert doc.title == "Staff Code of Conduct"
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Purpose", "This code sets out the standards expected of all staff."),
        ("Dress and appearance", "Staff must dress in a manner appropriate to their role."),
        ("Dress and appearance", "Staff must never share their passwords.")]
    # a first line in a Heading style stays a heading (and names the document as before)
    word = Document()
    word.add_heading("Social Media Policy", level=1)
    word.add_paragraph("Staff must not accept friend requests from pupils.")
    doc = _read_word(word, tmp_path, "social")
    assert doc.title == "Social Media Policy"
    assert [c.heading for c in doc.clauses] == ["Social Media Policy"]


def test_a_question_in_bold_heads_its_answer_in_its_section(tmp_path):
    # An FAQ at the end of a Word policy, each question a paragraph set in bold: the questions were
    # clauses of their own, and their answers ("No. You must not...") said nothing of what was asked.
    # Now a question in bold is a heading, and its answer stays in the section the FAQ is in.
    from docx import Document
    word = Document()
    word.add_paragraph().add_run("Minibus Policy").bold = True
    word.add_paragraph().add_run("9. Frequently asked questions").bold = True
    word.add_paragraph().add_run("Who pays for the MiDAS course?").bold = True
    word.add_paragraph("The academy pays for MiDAS training.")
    word.add_paragraph().add_run("Why must I never take the minibus home, even after a late trip?").bold = True
    word.add_paragraph("It must be parked in the school car park overnight.")
    word.add_paragraph().add_run("Do you really think that it is ever fine to leave passengers waiting by "
                                 "the side of a busy road for a breakdown van to arrive?").bold = True
    doc = _read_word(word, tmp_path, "minibus")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("9", "Who pays for the MiDAS course?", "The academy pays for MiDAS training."),
        ("9", "Why must I never take the minibus home, even after a late trip?",
         "It must be parked in the school car park overnight."),
        # a question in bold of more than 20 words is emphasis, not a heading
        ("9", "Why must I never take the minibus home, even after a late trip?", "Do you really think that it is ever fine to leave passengers "
         "waiting by the side of a busy road for a breakdown van to arrive?")]


def test_a_sub_heading_without_a_number_is_in_its_numbered_section(tmp_path):
    # "3. What we mean by bullying" in Heading 1, then "Bullying" and "Harassment" in Heading 2: the
    # clauses under the sub-headings had no section, so an answer cited "Bullying, paragraph 1" and
    # "section 3" found nothing. A sub-heading's clauses are in the section of the heading above it,
    # in Word and in markdown (and a web page, read as markdown); a heading at the same level is not.
    from docx import Document
    word = Document()
    word.add_heading("Dignity at Work Policy", 0)
    word.add_heading("3. What we mean by bullying", 1)
    word.add_heading("Bullying", 2)
    word.add_paragraph("Bullying is offensive or intimidating behaviour.")
    word.add_heading("What is not bullying", 2)
    word.add_paragraph("Reasonable management is not bullying.")
    word.add_heading("Support", 1)
    word.add_paragraph("You can get confidential support.")
    doc = _read_word(word, tmp_path, "dignity")
    assert [(c.section, c.heading) for c in doc.clauses] == [
        ("3", "Bullying"), ("3", "What is not bullying"), (None, "Support")]
    page = tmp_path / "dignity.md"
    page.write_text("# Dignity at Work Policy\n\n## 3. What we mean by bullying\n\n### Bullying\n\n"
                    "Bullying is offensive or intimidating behaviour.\n\n## Support\n\n"
                    "You can get confidential support.\n\n### Who to ask\n\nAsk the Director of People.\n")
    doc = read_document(page, "dignity")
    assert [(c.section, c.heading) for c in doc.clauses] == [
        ("3", "Bullying"), (None, "Support"), (None, "Who to ask")]
    # a Word page's footnotes, read at its end, are in no section (its sections are numbered <h1>s)
    aid = read_document(DATA / "firstaid" / "first-aid-and-medicines.htm", "first-aid")
    assert {c.section for c in aid.clauses if c.heading == "Footnotes"} == {None}


def test_an_agreement_to_sign_reads_as_undertakings_without_its_signature_block(tmp_path):
    # A staff acceptable use agreement: "I will..." items in Word's numbering under headings, and a
    # signature block. Its title is the agreement, not the school; what the signer undertakes is a
    # rule; the blanks to fill in are not clauses.
    from docx import Document
    word = Document()
    word.add_paragraph("Brookfield CE Primary School", style="Title")
    word.add_paragraph("Staff Acceptable Use Agreement", style="Subtitle")
    word.add_heading("Using school devices", level=1)
    word.add_paragraph("I will lock or log off any device when I leave it unattended.", style="List Number")
    word.add_paragraph("I understand that the school will monitor my use of its ICT systems.", style="List Number")
    word.add_heading("Agreement", level=1)
    word.add_paragraph("Staff / volunteer name: ______________________________")
    word.add_paragraph("Print name ...........................................")
    word.add_paragraph("Signed: ____________________\tDate: ____________")
    doc = _read_word(word, tmp_path, "aup")
    assert doc.title == "Staff Acceptable Use Agreement"
    # its numbered undertakings, with no lead-in and under headings with no numbers, are its numbered
    # paragraphs: "section 1", cited as the signer reads it
    assert [(c.heading, c.section, c.text, c.force) for c in doc.clauses] == [
        ("Using school devices", "1", "I will lock or log off any device when I leave it unattended.", "rule"),
        ("Using school devices", "2", "I understand that the school will monitor my use of its ICT systems.",
         "information")]


def test_pdf_bullets_drawn_below_their_text_are_items_of_their_lead_in():
    # The menopause policy's list of support: each bullet is drawn a point and a half below its
    # text's baseline and extracted with a line break ("\x7f\n"); counted as ink, the line break
    # set the bullet in a column of its own and the list was read as a table of two columns.
    doc = read_document(DATA / "menopause" / "menopause-policy.pdf", "menopause-policy")
    support = next(c for c in doc.clauses if c.text.startswith("Support is available from:"))
    assert support.text.split("\n")[1:] == [
        "• Occupational Health, to whom your manager can refer you with your agreement;",
        "• the Employee Assistance Programme, free and confidential, 24 hours a day;",
        "• the Trust's menopause champions, trained colleagues who can talk things through in confidence;",
        "• a monthly menopause café held online for staff across the Trust."]
    assert not any("\x7f" in c.text for c in doc.clauses)


def test_a_two_column_pdf_leaflet_is_read_a_column_at_a_time():
    # tests/data/emergency: a quick guide set in two columns under a full-width title. Read line by
    # line across the page, each line joined a left-column line to a right-column one ("If you
    # discover a fire, raise the alarm at the nearest A lockdown protects everyone from a danger
    # outside or"), and the two columns were taken for a table.
    doc = read_document(DATA / "emergency" / "emergency-procedures.pdf", "emergency-procedures")
    assert list(dict.fromkeys(c.heading for c in doc.clauses)) == [
        "Emergency procedures: a quick guide for staff", "Fire", "Pupils who cannot use the stairs", "Fire drills",
        "Lockdown", "Invacuation", "Suspicious packages and bomb threats", "Medical emergencies", "Gas leaks",
        "Communication during an incident", "Visitors, supply staff and volunteers", "Off-site visits",
        "After an incident", "Key contacts"]
    texts = [c.text for c in doc.clauses]
    assert ("If you discover a fire, raise the alarm at the nearest break-glass call point straight away. Do not "
            "try to put out a fire unless it is small, you have been trained to use an extinguisher and you can do "
            "so without putting yourself at risk.") in texts
    # a paragraph that runs from the foot of the left column on to the top of the right one is one
    assert ("A senior leader will hold a debrief with the staff involved within 48 hours, and a written report is "
            "made to the governors. Staff and pupils who have been affected will be offered support, including "
            "counselling through the Employee Assistance Programme.") in texts
    # the numbered steps after a lead-in are its items, not sections 1 to 5 of the guide
    steps = next(c for c in doc.clauses if c.text.startswith("When lockdown is signalled:"))
    assert steps.text.split("\n")[1:3] == [
        "• 1. Bring pupils from corridors and toilets into the nearest classroom.",
        "• 2. Lock the door, or barricade it if it has no lock, close the windows and pull the blinds down."]
    assert all(c.section is None for c in doc.clauses)
    # the contacts box is details, not headings; the running footer, which is not a clause, dates it
    assert "Lockdown inbox: lockdown@hollinspark.example.org" in texts
    assert not any("Page 1" in t or "Review September" in t for t in texts)
    assert doc.meta == {"approved": "2025-09", "next_review": "2026-09"}


def test_a_model_policy_in_legal_drafting_keeps_each_rule_with_its_items():
    # tests/data/political: a county council's model policy for schools in Word, numbers typed by
    # hand, in legal drafting style: a lead-in ends in a dash ("shall not—") and its "(a)" items
    # follow. Read as clauses of their own, "(a) stand as a candidate for election" was quoted alone,
    # as information, without the "shall not" that makes it a rule.
    doc = read_document(DATA / "political" / "political-activity-and-outside-interests.docx", "political")
    restrictions = next(c for c in doc.clauses if c.section == "10.1")
    assert restrictions.text.split("\n") == [
        "The holder of a politically restricted post shall not—",
        "• (a) stand as a candidate for election to Parliament or to a local authority;",
        "• (b) act as an election agent or sub-agent for a candidate;",
        "• (c) hold office in a political party; or", "• (d) canvass on behalf of a political party or a candidate."]
    assert restrictions.force == "rule"
    assert not any(c.text.startswith("(") for c in doc.clauses)
    # a list's closing words stay with its clause ("(b) the interest arising," / "whichever is the later.")
    declare = next(c for c in doc.clauses if c.section == "7.1")
    assert declare.text.endswith("whichever is the later.") and "within 28 days of—" in declare.text
    # the title is what the policy is about, not "MODEL POLICY FOR SCHOOLS" or the council's name
    # above it; the letterhead and "Version 3.1" are not clauses
    assert doc.title == "POLITICAL ACTIVITY, OUTSIDE INTERESTS AND SECONDARY EMPLOYMENT"
    assert not any("Carrow County Council" in c.text or "Version" in c.text for c in doc.clauses)
    assert doc.meta == {"approved": "2025-03-12", "next_review": "2027-03"}
    # "15. This policy shall be reviewed..." after heading 14 is paragraph 15, not a list item
    review = doc.clauses[-2]
    assert (review.section, review.text) == ("15", "This policy shall be reviewed by the governing body every "
                                                   "two years, or sooner if the law changes.")
    # the appendix is a blank form: what it asks for, not "Name: Post held at the school."
    assert doc.clauses[-1].text == ("Name; Post held at the school; Name of employer or business; Nature of the "
                                    "work; Hours to be worked each week; Signature and date.")


def test_induction_slides_exported_to_pdf_are_a_clause_per_bullet_under_each_slide_title():
    # tests/data/slides: one slide a page, a large title and bullets in large type, a footer
    doc = read_document(DATA / "slides" / "staff-induction-slides.pdf", "slides")
    assert doc.title == "Staff induction 2025"
    assert [c.heading for c in doc.clauses[:2]] == ["Why this matters", "Why this matters"]
    assert doc.clauses[0].text == "Every adult in school has a duty to keep children safe."
    assert "Write down what the child said, in their words, as soon as you can." in [c.text for c in doc.clauses]
    # the title slide's subtitle, the trust's name and the month are not a clause to quote (it
    # answered "how do I get a parking permit?" with "Hollins Park Academy Trust"), nor the footer
    assert not any("Hollins Park Academy Trust" in c.text or "Staff induction 2025" in c.text for c in doc.clauses)
    assert [c.ordinal for c in doc.clauses] == list(range(1, len(doc.clauses) + 1))


def test_a_handbook_site_page_in_mkdocs_markdown_quotes_no_markup():
    # tests/data/cpd: front matter, abbreviation tooltips, a linked contents list, admonitions,
    # collapsible FAQ blocks, content tabs and a footnote
    doc = read_document(DATA / "cpd" / "professional-development.md", "cpd")
    assert doc.title == "Professional Development Policy"
    assert doc.meta == {"approved": "2025-07-08", "next_review": "2027-07"}
    assert not [c.text for c in doc.clauses if re.search(r"!!!|\?\?\?|===|\*\[|\[\^|\]\(#", c.text)]
    assert "Contents" not in {c.heading for c in doc.clauses}
    mandatory = next(c for c in doc.clauses if c.text.startswith("Safeguarding, health and safety"))
    assert (mandatory.section, mandatory.heading) == ("2", "Mandatory training")
    assert [(c.heading, c.text) for c in doc.clauses if c.heading in ("Entitlement", "Footnotes")] == [
        ("Entitlement", "Part-time staff are entitled to a pro-rata share of training. Where compulsory training "
                        "falls on a non-working day, the time will be paid or given back as time off in lieu."),
        ("Footnotes", "The headteacher's decision on review is final.")]


def test_a_handbook_site_page_in_docusaurus_markdown_quotes_no_colons():
    # tests/data/prevent: front matter with a nested "last_update", and ":::info", ":::warning[...]"
    # and ":::tip[...]" admonitions, whose colons and titles were quoted as the clause's first words
    doc = read_document(DATA / "prevent" / "prevent-duty.md", "prevent-duty")
    assert doc.title == "The Prevent duty - guidance for staff"
    assert doc.meta == {"approved": "2025-09-01", "next_review": "2026-09"}
    assert not [c.text for c in doc.clauses if ":::" in c.text or c.text.startswith(("info", "warning", "tip"))]
    danger = next(c for c in doc.clauses if c.text.startswith("If you believe a pupil or anyone else"))
    assert danger.heading == "Immediate danger"
    after = next(c for c in doc.clauses if c.text.startswith("Do not investigate the concern yourself"))
    assert after.heading == "What to do if you are concerned"
    assert next(c for c in doc.clauses if c.text.startswith("This guidance sits alongside")).heading == \
        "The Prevent duty: guidance for staff"


def test_a_word_document_converted_with_pandoc_keeps_its_tables_and_numbered_paragraphs():
    # tests/data/safer: setext headings, paragraphs wrapped at 72 columns, a definition list, a grid
    # table of gift limits and a multiline table of contacts, which were lost as headings
    doc = read_document(DATA / "safer" / "safer-working-practice.md", "safer")
    assert doc.title == "Safer Working Practice Guidance for Staff"
    assert doc.meta == {"approved": "2025-10-14", "next_review": "2026-10"}
    texts = [c.text for c in doc.clauses]
    assert "Gift: Cash or vouchers of any value; What to do: Must not be accepted." in texts
    assert "Role: Deputy DSL; Name: Mr Tom Reilly; Contact: Ext. 215." in texts
    assert "Grooming: Building a relationship with a child, or with their family, in order to abuse them. " \
           "Grooming can happen in person or online." in texts
    third = next(c for c in doc.clauses if c.text.startswith("A sexual relationship"))
    assert (third.section, third.heading) == ("3", "Power and positions of trust")
    assert not [t for t in texts if t.startswith((":", "+", "|")) or "---" in t or t.endswith("\\")]


def test_a_pdf_with_a_sidebar_beside_its_text_reads_the_sidebar_then_the_text(tmp_path):
    # a narrow sidebar of key contacts whose lines wrap ("Business Manager: extension" / "210"),
    # set tighter than the main text: each contact is a clause, under the sidebar's heading
    doc = read_document(write_sidebar_pdf(tmp_path / "lone.pdf"), "lone")
    assert [(c.heading, c.text) for c in doc.clauses][:5] == [
        ("Key contacts", "Site Manager: 07700 900123"), ("Key contacts", "Business Manager: extension 210"),
        ("Key contacts", "Out of hours: 01632 960 451"), ("Key contacts", "Security company: 0800 123 4567"),
        ("Before you start", "Lone working means working where no colleague can see or hear you, for example "
                             "opening up the building early, locking up after a lettings booking, or working in "
                             "the boiler room.")]
    assert [c.heading for c in doc.clauses][5:] == ["Before you start", "Checking in"]


def test_a_table_whose_last_column_starts_mid_page_is_not_a_page_of_two_columns():
    # the complaints procedure's stages table: its third column starts past the middle of the page
    doc = read_document(DATA / "complaints" / "complaints-procedure.pdf", "complaints")
    stage1 = next(c for c in doc.clauses if c.text.startswith("Stage: Stage 1: informal;"))
    assert stage1.text.endswith("Timescale: Acknowledge within 5 school days; aim to resolve within 10 school days.")


def test_pdf_headings_in_bold_at_the_body_size_are_headings(tmp_path):
    # Headings in bold at the text's own size ran into their paragraph ("Footwear Staff must
    # wear..."), and the metadata's "(anonymous)" was the title. A question in bold heads its
    # answer; a rule set in bold over two lines is still a clause.
    doc = read_document(write_bold_headings_pdf(tmp_path / "dress.pdf"), "dress")
    assert doc.title == "Staff Dress Code"
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Footwear", "Staff must wear safe, closed shoes at all times on site."),
        ("Jewellery", "Small studs are allowed. Hoops must be removed for PE lessons."),
        ("Can I wear trainers?", "Only for PE lessons and on school trips."),
        ("Can I wear trainers?", "Staff must never wear open-toed shoes or sandals on the playground or in the "
                                 "science labs, whatever the weather.")]


def test_a_designed_pdf_reads_in_the_order_it_is_printed(tmp_path):
    # Run-in bold headings came after the paragraph's first line, a heading phrased as a question
    # was a clause of the section before, a footnote mark was a word, the footnote a clause under
    # whatever heading ended the page, a wrapped table cell a row of its own, and the next heading
    # a wrapped cell of the table.
    from tests.docgen import write_designed_pdf
    doc = read_document(write_designed_pdf(tmp_path / "llc.pdf"), "llc")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("1.1", "What is a low-level concern?", "A low-level concern is any concern, no matter how small, that an "
         "adult may have acted in a way that is inconsistent with the Staff Code of Conduct."),
        ("1.1", "What is a low-level concern?", "Keeping children safe in education 2024, Part Four."),
        ("1.2", "What is a low-level concern?", "Who to tell. Low-level concerns should be shared with the "
         "designated safeguarding lead as soon as reasonably possible."),
        ("1.2", "What is a low-level concern?", "Term: Harm threshold; Meaning: The point at which a concern "
         "becomes an allegation."),
        ("1.2", "What is a low-level concern?", "Term: Designated safeguarding lead (DSL); Meaning: The senior "
         "member of staff who takes lead responsibility for safeguarding in each school."),
        ("2.1", "Records", "All low-level concerns will be recorded in writing.")]


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Staff guidance | Oakfield</title>
<script>var tracking = "no";</script><style>p { color: red }</style></head><body>
<div id="cookie-banner"><p>We use cookies on this site.</p><button>Accept</button></div>
<header><a href="/">Oakfield Schools Partnership</a><nav><ul><li>About us</li><li>Policies</li></ul></nav></header>
<main><article>
<h1>Using generative AI: guidance for staff</h1>
<p>Approved on 3 March 2025. Review date: March 2026.</p>
<h2>1. Approved tools</h2>
<p>Staff may only use these tools:</p>
<ul><li>Microsoft Copilot, signed in with a school account;</li><li>Oak National Academy's Aila.</li></ul>
<table><tr><th>Tool</th><th>Personal data allowed?</th></tr><tr><td>Copilot</td><td>No</td></tr>
<tr><td>Arbor report writer</td><td>Yes, within Arbor</td></tr></table>
<h2>2. Personal data</h2>
<p>Staff must not enter pupils' names into any AI tool.<sup>1</sup></p>
<dl><dt>Special category data</dt><dd>Health, SEND or safeguarding information.</dd></dl>
<details><summary>Can I use ChatGPT on my own phone?</summary><p>Only for general planning with no personal information.</p></details>
</article></main>
<aside><h2>Related pages</h2><p>Data protection policy</p></aside>
<footer><p>Registered in England, company number 01234567. Privacy notice.</p></footer>
</body></html>"""

def _web_page(tmp_path, name: str, html: str):
    """The page saved as <name>.html, read."""
    (tmp_path / f"{name}.html").write_text(html, encoding="utf-8")
    return read_document(tmp_path / f"{name}.html", name)


def test_a_web_page_reads_its_content_not_the_site_around_it(tmp_path):
    # A guidance page saved from the trust's website: its menu, cookie banner, sidebar and footer
    # are not policy; its headings, lists, table, definitions and FAQ answers are.
    doc = _web_page(tmp_path, "ai-guidance", PAGE)
    assert doc.title == "Using generative AI: guidance for staff"
    assert (doc.meta["approved"], doc.meta["next_review"]) == ("2025-03-03", "2026-03")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("1", "Approved tools", "Staff may only use these tools:\n• Microsoft Copilot, signed in with a school "
         "account;\n• Oak National Academy's Aila."),
        ("1", "Approved tools", "Tool: Copilot; Personal data allowed?: No."),
        ("1", "Approved tools", "Tool: Arbor report writer; Personal data allowed?: Yes, within Arbor."),
        ("2", "Personal data", "Staff must not enter pupils' names into any AI tool."),
        ("2", "Personal data", "Special category data: Health, SEND or safeguarding information."),
        # an FAQ's question heads its answer, in the section it sits in
        ("2", "Can I use ChatGPT on my own phone?", "Only for general planning with no personal information.")]
    text = " ".join(c.text for c in doc.clauses)
    for site in ("cookies", "About us", "Related pages", "company number", "tracking", "color"):
        assert site not in text


def test_a_callout_in_the_article_is_read_and_a_sidebar_of_links_is_not(tmp_path):
    # A council's guidance page puts the helpline in a callout box, an <aside> inside the article:
    # it is mostly text, so it is part of the page. An <aside> of links, in the article or beside
    # it, is the site's sidebar.
    page = """<html><body><main><article><h1>Allegations against staff</h1>
<h2>Support for you</h2><p>You are strongly advised to contact your trade union.</p>
<aside class="callout"><h2>Need to talk to someone?</h2><p>LADO service: 01632 960 440 (9am to 5pm).</p></aside>
<aside><h2>See also</h2><ul><li><a href="/lowlevel">Low-level concerns</a></li><li><a href="/kcsie">KCSIE</a></li></ul></aside>
</article><aside><h2>Contact us</h2><p>Council switchboard: 01632 960 000.</p></aside></main></body></html>"""
    doc = _web_page(tmp_path, "allegations", page)
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Support for you", "You are strongly advised to contact your trade union."),
        ("Need to talk to someone?", "LADO service: 01632 960 440 (9am to 5pm).")]


def test_a_web_page_is_indexed_and_answered_from_the_command_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ai-guidance.htm").write_text(PAGE, encoding="utf-8")
    out = run_cli("ask", "--json", "can I put a pupil's name into chatgpt?", corpus=corpus, index=tmp_path / "index")
    assert out.returncode == 0, out.stderr
    import json
    first = json.loads(out.stdout)["results"][0]
    assert first["text"] == "Staff must not enter pupils' names into any AI tool."
    assert first["policy_title"] == "Using generative AI: guidance for staff"


# A policy written in Google Docs and downloaded as a web page: every style is a class, list numbers
# are CSS counters (not in the text), headings sit inside numbered list items, bold is a class.
GDOC_LIST = "kix_q1w2e3r4t5y6"
GDOC = ("""<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">"""
        f""".lst-{GDOC_LIST}-0>li:before{{content:"" counter(lst-ctn-{GDOC_LIST}-0,decimal) ". "}}"""
        f""".lst-{GDOC_LIST}-1>li:before{{content:"" counter(lst-ctn-{GDOC_LIST}-0,decimal) "." counter(lst-ctn-{GDOC_LIST}-1,decimal) " "}}"""
        f""".lst-{GDOC_LIST}-2>li:before{{content:"(" counter(lst-ctn-{GDOC_LIST}-2,lower-latin) ") "}}"""
        """.lst-kix_bb-0>li:before{content:"\\0025cf   "}"""
        """.c2{font-weight:400;font-size:11pt}.c9{color:#000000;font-weight:700;font-size:11pt}</style></head>"""
        """<body class="c7 doc-content">"""
        """<div><p class="c1"><span class="c2">Oakfield Trust \u2014 Remote Education Policy</span></p></div>"""
        """<p class="c3 title" id="h.a"><span class="c2">Remote Education Policy</span></p>"""
        """<p class="c3 subtitle" id="h.b"><span class="c2">Oakfield Trust</span></p>"""
        f"""<ol class="c4 lst-{GDOC_LIST}-0 start" start="1"><li class="c5 li-bullet-0"><h2 id="h.c" style="display:inline">"""
        """<span class="c9">Live lessons</span></h2></li></ol>"""
        f"""<ol class="c4 lst-{GDOC_LIST}-1 start" start="1"><li class="c5 li-bullet-0"><span class="c2">Live lessons must only use """
        """Google Meet.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></li>"""
        """<li class="c5 li-bullet-0"><span class="c2">Staff must remove a pupil who misbehaves (</span><span class="c9">Remove"""
        """ participant</span><span class="c2">) and report it.</span></li></ol>"""
        """<p class="c1"><span class="c9">Cameras, microphones and what pupils can see at home</span></p>"""
        """<p class="c1"><span class="c2">Pupils must never be required to turn their cameras on.</span>"""
        """<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>"""
        f"""<ol class="c4 lst-{GDOC_LIST}-1" start="3"><li class="c5 li-bullet-0"><span class="c2">Before sharing a screen, staff """
        """must:</span></li></ol>"""
        """<ul class="c4 lst-kix_bb-0 start"><li class="c6 li-bullet-0"><span class="c2">close other tabs;</span></li>"""
        """<li class="c6 li-bullet-0"><span class="c2">turn off notifications.</span></li></ul>"""
        f"""<ol class="c4 lst-{GDOC_LIST}-0" start="2"><li class="c5 li-bullet-0"><h2 id="h.d" style="display:inline">"""
        """<span class="c9">Devices</span></h2></li></ol>"""
        f"""<ol class="c4 lst-{GDOC_LIST}-1 start" start="1"><li class="c5 li-bullet-0"><span class="c2">Staff must use a school """
        """laptop.</span></li></ol>"""
        f"""<ol class="c4 lst-{GDOC_LIST}-2 start" start="1"><li class="c5 li-bullet-0"><span class="c2">A personal device needs """
        """the head's agreement.</span></li></ol>"""
        """<hr><div><p class="c8"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c2">&nbsp;DfE guidance, 2022.</span></p></div>"""
        """<div><p class="c8"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c2">Should we allow Zoom too?</span></p></div>"""
        """<div><p class="c1"><span class="c2">Approved March 2026. Next review: March 2027</span></p></div>"""
        """</body></html>""")


CAMERAS = "Cameras, microphones and what pupils can see at home"     # bold by its class


# The same document published to the web (File > Share > Publish to the web): Google's banner and
# footer around it.
GDOC_PUBLISHED = GDOC.replace('<body class="c7 doc-content">', (
    '<body><div id="banners"><div id="publish-banner">Published using Google Docs</div>'
    '<div id="title-banner">Remote Education Policy</div></div><div id="contents"><div class="c7 doc-content">')).replace(
    "</body>", '</div></div><div id="footer">Report abuse Learn more Updated automatically every 5 minutes</div></body>')


@pytest.mark.parametrize("page", [GDOC, GDOC_PUBLISHED], ids=["downloaded", "published"])
def test_a_google_docs_export_keeps_its_numbers_headings_and_title(tmp_path, page):
    # Its numbers come from the style sheet's counters (1.1, 1.2 go on to 1.3 after a paragraph),
    # bold comes from a class, the header and footer give dates but no clauses, reviewers' comments
    # are not policy, and a footnote is read under "Footnotes" with its mark gone from the text.
    doc = _web_page(tmp_path, "remote", page)
    assert doc.title == "Remote Education Policy"
    assert doc.meta == {"approved": "2026-03", "next_review": "2027-03"}
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("1.1", "Live lessons", "Live lessons must only use Google Meet."),
        ("1.2", "Live lessons", "Staff must remove a pupil who misbehaves (Remove participant) and report it."),
        (None, CAMERAS, "Pupils must never be required to turn their cameras on."),
        ("1.3", CAMERAS, "Before sharing a screen, staff must:\n• close other tabs;\n• turn off notifications."),
        ("2.1", "Devices", "Staff must use a school laptop."),
        ("2.1", "Devices", "(a) A personal device needs the head's agreement."),      # a lettered item
        (None, "Footnotes", "DfE guidance, 2022.")]
    text = " ".join(c.text for c in doc.clauses)
    assert "Zoom too" not in text and "Oakfield Trust" not in text and "[" not in text
    assert "Published" not in text and "Report abuse" not in text


# A policy saved from Word as a web page ("Save as Web Page, Filtered"): Word writes its list numbers
# and bullets into the text (inside <![if !supportLists]>), its title as a MsoTitle paragraph, its
# footnotes and comments as linked <div>s at the end; the file is in Windows-1252.
WORD_PAGE = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)"><title></title>
<style><!-- p.MsoTitle {font-size:28.0pt;} --></style></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoTitle>Staff First Aid Policy</p>
<p class=MsoNormal>Approved by the Trust Board: 4 February 2026</p>
<h1><![if !supportLists]><span lang=EN-GB>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span>\
<![endif]><span lang=EN-GB>First aiders</span></h1>
<p class=MsoListParagraph><![if !supportLists]><span lang=EN-GB>1.1<span style='font:7.0pt "Times New Roman"'>&nbsp; \
</span></span><![endif]><span lang=EN-GB>A first aider is on site whenever pupils are present.<span \
class=MsoCommentReference><a class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[JS1]</a>&nbsp;</span></span></p>
<p class=MsoNormal><b><span lang=EN-GB>Giving medicines to pupils in school or on a trip</span></b></p>
<p class=MsoNormal><span lang=EN-GB>Staff must record every dose given:</span></p>
<p class=MsoListParagraphCxSpFirst><![if !supportLists]><span style='font-family:Symbol'>\xb7<span \
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=EN-GB>in the medicines log;</span></p>
<p class=MsoListParagraphCxSpLast><![if !supportLists]><span style='font-family:Symbol'>\xb7<span \
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=EN-GB>on the care plan.</span></p>
<p class=MsoNormal><span lang=EN-GB>Every accident must be recorded on the same day.<a href="#_ftn1" name="_ftnref1" \
title=""><span class=MsoFootnoteReference>[1]</span></a></span></p>
</div>
<div><br clear=all><hr align=left size=1 width="33%"><div id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" \
name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Head injuries are also reported to parents.</p></div></div>
<div style='mso-element:comment-list'><hr class=msocomoff align=left size=1 width="33%"><div style='mso-element:comment'>
<div class=msocomtxt id="_com_1"><p class=MsoCommentText><span class=MsoCommentReference>&nbsp;<a href="#_msoanchor_1" \
class=msocomoff>[JS1]</a></span>Check this with the school nurse</p></div></div></div>
</body></html>"""


def test_a_word_document_saved_as_a_web_page(tmp_path):
    (tmp_path / "first-aid.htm").write_bytes(WORD_PAGE.encode("cp1252"))
    doc = read_document(tmp_path / "first-aid.htm", "first-aid")
    assert doc.title == "Staff First Aid Policy"
    assert doc.meta["approved"] == "2026-02-04"
    medicines = "Giving medicines to pupils in school or on a trip"          # bold, ten words
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("1.1", "First aiders", "A first aider is on site whenever pupils are present."),
        (None, medicines, "Staff must record every dose given:\n• in the medicines log;\n• on the care plan."),
        (None, medicines, "Every accident must be recorded on the same day."),
        (None, "Footnotes", "Head injuries are also reported to parents.")]
    assert "nurse" not in " ".join(c.text for c in doc.clauses)               # a reviewer's comment


CONFLUENCE_PAGE = """<html><head><title>HR Policies : Staff Sickness Absence Procedure</title></head><body>
<div id="page"><div id="main" class="aui-page-panel"><div id="main-header">
<div id="breadcrumb-section"><ol id="breadcrumbs"><li><a href="index.html">HR Policies</a></li></ol></div>
<h1 id="title-heading" class="pagetitle"><span id="title-text">HR Policies : Staff Sickness Absence Procedure</span></h1>
</div><div id="content" class="view">
<div class="page-metadata">Created by <span class="author">Jane Smith</span>, last modified on Nov 03, 2025</div>
<div id="main-content" class="wiki-content group">
<p><style type="text/css">div.rbtoc1 {padding: 0px;}</style><div class="toc-macro rbtoc1"><ul class="toc-indentation">
<li><a href="#Sickness-1.Reportingabsence">1. Reporting absence</a></li><li><a href="#Sickness-2.Fitnotes">2. Fit notes</a></li>
</ul></div></p>
<h2 id="Sickness-1.Reportingabsence">1. Reporting absence</h2>
<p>1.1 Staff must phone their line manager before 7.30am on the first day of absence.</p>
<h2 id="Sickness-2.Fitnotes">2. Fit notes</h2>
<p>2.1 For absences of more than seven days, staff must provide a fit note.</p>
<div class="expand-container"><div class="expand-control"><span class="expand-control-icon"><img src="i.png" alt="expand"></span>
<span class="expand-control-text">What if I cannot get a GP appointment?</span></div>
<div class="expand-content expand-hidden"><p>Tell your line manager.</p></div></div>
<div class="table-wrap"><table class="confluenceTable"><tbody><tr><th>Days off</th><th>Evidence</th></tr>
<tr><td>8 or more</td><td>Fit note</td></tr></tbody></table></div>
</div></div></div>
<div id="footer" role="contentinfo"><p>Document generated by Confluence on Nov 05, 2025 10:12</p></div></div></body></html>"""


def test_a_confluence_page_exported_to_html(tmp_path):
    # the page's own content, not the space's breadcrumbs, the byline, its contents list or the
    # export's footer; the page is named without the space, the byline dates it, and an expand's
    # title heads its text, with what follows it back under the section
    doc = _web_page(tmp_path, "sickness", CONFLUENCE_PAGE)
    assert doc.title == "Staff Sickness Absence Procedure"
    assert doc.meta == {"approved": "2025-11-03"}
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("1.1", "Reporting absence", "Staff must phone their line manager before 7.30am on the first day of absence."),
        ("2.1", "Fit notes", "For absences of more than seven days, staff must provide a fit note."),
        ("2", "What if I cannot get a GP appointment?", "Tell your line manager."),
        ("2", "Fit notes", "Days off: 8 or more; Evidence: Fit note.")]


def test_a_list_of_links_to_the_same_page_is_its_contents_not_its_text(tmp_path):
    page = ("<html><head><title>Lone Working Policy | Oak Trust</title></head><body><div>"
            "<ul><li><a href='#alone'>Working alone</a></li><li><a href='#keys'>Keys</a></li></ul>"
            "<h2 id='alone'>Working alone</h2><p>Tell a colleague when you arrive and leave.</p>"
            "<ul><li>See the <a href='#keys'>keys</a> section.</li></ul></div></body></html>")
    doc = _web_page(tmp_path, "lone", page)
    assert doc.title == "Lone Working Policy"
    assert [c.text for c in doc.clauses] == ["Tell a colleague when you arrive and leave.", "See the keys section."]


def test_a_one_page_pdf_guide_with_a_do_and_dont_table_and_a_small_footer():
    # tests/data/dosdonts: a wrapped cell in both columns of a row is still one row ("...OneDrive or"
    # / "SharePoint, which..."); the footer in small type, which no second page repeats, is not a
    # clause, and its dates are the guide's
    doc = read_document(DATA / "dosdonts" / "data-protection-dos-and-donts.pdf", "dosdonts")
    texts = [c.text for c in doc.clauses]
    assert "Do: Store school work on the trust's OneDrive or SharePoint, which are backed up and encrypted." in texts
    assert ("Don't: Forward an email containing pupil information to a parent without checking what else it "
            "contains.") in texts
    assert not any("Meadowbank Learning Trust |" in t for t in texts)
    assert doc.meta == {"approved": "2026-01", "next_review": "2027-01"}
    dont = next(c for c in doc.clauses if c.text.startswith("Don't: Share your password"))
    assert dont.force == "rule" and dont.heading == "Everyday handling of personal data"


def test_an_accordions_questions_head_their_answers(tmp_path):
    # a school website's FAQ: each question is a <button> that opens its answer, on its own (a theme's
    # toggle) or inside a heading (Bootstrap). The answers begin "Yes." and mean nothing without their
    # question, which was dropped with the page's other buttons.
    page = ("<html><body><main><h1>Closure FAQ</h1>"
            "<button class='toggle' aria-expanded='false' aria-controls='a2'>Do site staff come in?</button>"
            "<div id='a2'><p>Yes, if it is safe to travel.</p></div>"
            "<p>Closures are announced by text.</p><button aria-expanded='false'>Read more</button>"
            "<div class='accordion'><h3 class='accordion-header'><button class='accordion-button' "
            "data-bs-toggle='collapse' aria-expanded='false'>Will I be paid if the academy closes?</button></h3>"
            "<div class='accordion-collapse collapse'><p>Yes. Staff due to work are paid as normal.</p></div></div>"
            "<button>Print this page</button></main></body></html>")
    doc = _web_page(tmp_path, "closure", page)
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Do site staff come in?", "Yes, if it is safe to travel."),
        ("Closure FAQ", "Closures are announced by text."),             # after the toggle's answer
        ("Will I be paid if the academy closes?", "Yes. Staff due to work are paid as normal.")]
    # the page in tests/data/closure: six questions, each over its answer
    faq = read_document(DATA / "closure" / "school-closure-faq.html", "closure")
    assert faq.title == "Severe weather and emergency closure: staff FAQ"
    assert sum(c.heading.endswith("?") for c in faq.clauses) == 9
    assert not any("Accept" in c.text or "cookies" in c.text for c in faq.clauses)


def test_tabs_head_their_panels_and_hidden_panels_are_read(tmp_path):
    # A WordPress page built with Elementor (document 51, tests/data/attendance): a tabs widget writes
    # its titles twice, all together above the panels (for desktops) and one before each panel (for
    # phones), and hides every panel but the first until its tab is chosen. Four of the five panels
    # were not read at all. Bootstrap's tabs name their panel by href.
    def tab(n, title, active):
        return (f"<div class='elementor-tab-title' role='tab' aria-selected='{str(active).lower()}' "
                f"aria-controls='tab-{n}' aria-expanded='false'>{title}</div>")
    titles = [(1, "Taking the register", "Mark every pupil yourself."), (2, "Absence", "Only the head authorises.")]
    page = ("<html><body><main><h1>Pupil attendance</h1><div class='elementor-tabs'><div role='tablist'>"
            + "".join(tab(n, t, n == 1) for n, t, _ in titles) + "</div><div role='tablist'>"
            + "".join(tab(n, t, n == 1) + f"<div id='tab-{n}' role='tabpanel'{' hidden' * (n > 1)}><p>{text}</p></div>"
                      for n, t, text in titles)
            + "</div></div><ul class='nav nav-tabs' role='tablist'><li><a role='tab' data-bs-toggle='tab' "
            "href='#late'>Late arrivals</a></li></ul><div class='tab-content'><div class='tab-pane fade' id='late' "
            "role='tabpanel' aria-hidden='true'><p>Latecomers sign in at the office.</p></div></div>"
            "<p>Ask the office about codes.</p></main></body></html>")
    doc = _web_page(tmp_path, "attendance", page)
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Taking the register", "Mark every pupil yourself."), ("Absence", "Only the head authorises."),
        ("Late arrivals", "Latecomers sign in at the office."), ("Pupil attendance", "Ask the office about codes.")]
    # the page in tests/data/attendance: five tabs, each over its panel, no title read twice
    guide = read_document(DATA / "attendance" / "pupil-attendance-staff-guide.html", "attendance")
    assert [h for h in dict.fromkeys(c.heading for c in guide.clauses)][2:7] == [
        "Taking the register", "Late arrivals", "Absence", "Leave in term time", "Missing pupils"]
    assert not any(c.text in ("Taking the register", "Late arrivals") for c in guide.clauses)


def test_a_notion_page_exported_as_html(tmp_path):
    # Notion's HTML export: the page's icon and each callout's icon are emoji of their own, its
    # properties are a table in the header, and a toggle is a <details> inside a list item of its own
    page = ("<html><body><article class='page sans'><header><div class='page-header-icon'><span class='icon'>"
            "📝</span></div><h1 class='page-title'>Marking Policy</h1><table class='properties'><tbody>"
            "<tr class='property-row'><th>Owner</th><td>R. Adeyemi</td></tr><tr class='property-row'><th>Next review"
            "</th><td><time>@September 1, 2026</time></td></tr></tbody></table></header><div class='page-body'>"
            "<h2>1. Feedback</h2><figure class='callout'><div><span class='icon'>💡</span></div><div>We do not "
            "expect written comments on every piece of work.</div></figure><h2>Questions staff ask</h2>"
            "<ul class='toggle'><li><details open=''><summary>Can TAs mark work?</summary><p>Yes, in green pen."
            "</p></details></li></ul><ul class='bulleted-list'><li>Stampers may be used.</li></ul>"
            "</div></article></body></html>")
    doc = _web_page(tmp_path, "marking", page)
    assert doc.title == "Marking Policy" and doc.meta == {"next_review": "2026-09-01"}
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Feedback", "We do not expect written comments on every piece of work."),
        ("Can TAs mark work?", "Yes, in green pen."),
        ("Questions staff ask", "Stampers may be used.")]
    # the page in tests/data/marking: both toggles head their answers, and no clause is an icon
    marking = read_document(DATA / "marking" / "marking-and-feedback.html", "marking")
    assert [c.heading for c in marking.clauses][-2:] == [
        "Do I have to mark in green if I'm left-handed and it smudges?", "Can TAs mark work?"]
    assert all(any(ch.isalnum() for ch in c.text) for c in marking.clauses)


def test_a_static_site_page_keeps_its_headings_boxes_and_title_without_the_sites_furniture(tmp_path):
    # Document 106, an ECT induction policy on a trust's staff handbook site built with MkDocs (Material),
    # saved from the browser: an "Edit this page" button before the <h1> was read as the title, every
    # heading ended in its "¶" permalink ("Time off timetable¶"), the "Tip", "Warning" and "Note" boxes
    # were read as headings of no section, and the theme's "Last update: July 2, 2025" as a clause.
    doc = read_document(DATA / "ectinduction" / "ect-induction-policy.html", "ect-induction-policy")
    assert doc.title == "Early Career Teacher Induction"
    assert doc.meta == {"approved": "2025-06-25", "next_review": "2027-06"}
    def where(start):
        return next((c.section, c.heading) for c in doc.clauses if c.text.startswith(start))
    assert where("Warning: If you are regularly asked to cover") == ("3", "Time off timetable")
    assert where("Tip: Keep a short log of your mentor meetings") == ("2", "Your support")
    assert where("Note: An ECT who has not passed induction") == ("7", "The final outcome")
    assert not any("¶" in (c.heading or "") or c.text.startswith(("Last update", "Edit")) for c in doc.clauses)
    assert len(doc.clauses) == 18
    # Sphinx's and Docusaurus' permalinks and admonitions, and a link styled as a button, the same way
    page = ("<html><body><main><h1>Visits<a class='headerlink' href='#visits'>¶</a></h1>"
            "<a class='btn btn-primary' href='/print'>Print this page</a>"
            "<h2 id='ratios'>1. Ratios<a href='#ratios' class='hash-link' aria-label='Direct link'>#</a></h2>"
            "<p>Ratios are one adult to ten pupils.</p>"
            "<div class='theme-admonition theme-admonition-caution alert'><div class='admonitionHeading_Gvgb'>"
            "Caution</div><div class='admonitionContent_BuS1'><p>Swimming needs a lifeguard.</p></div></div>"
            "</main></body></html>")
    doc = _web_page(tmp_path, "visits", page)
    assert doc.title == "Visits"
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("1", "Ratios", "Ratios are one adult to ten pupils."), ("1", "Ratios", "Caution: Swimming needs a lifeguard.")]


def test_a_google_sites_page_saved_from_the_browser(tmp_path):
    # Google Sites: a "Copy heading link" button and tooltip inside every heading, a breadcrumb-like byline
    # under the title, a collapsible group (a <div role="button"> that opens its answer), and a contact line
    def heading(level, text):
        return (f"<h{level} class='CDt4Ke zfr3Q OmQG5e'><div class='CjVfdc'><div role='presentation' class='U26fgb' "
                f"aria-label='Copy heading link'><a class='FKF6mc' href='#h.x' role='button'><svg></svg></a></div>"
                f"<div class='GEzNld' role='tooltip'>Copy heading link</div></div><span>{text}</span></h{level}>")
    page = ("<html><head><title>Staff Hub - Equality</title></head><body><header><nav><ul><li><a href='/home'>Home"
            "</a></li></ul></nav></header><div role='main' class='UtePc'><section><h1 class='zfr3Q duRjpb'><span>"
            "Equality guidance</span></h1><p class='zfr3Q CDt4Ke'><span>Oak Trust · Staff Hub · People &amp; Culture"
            "</span></p></section><section>" + heading(2, "1. Religion") + heading(3, "Prayer") +
            "<p class='zfr3Q CDt4Ke'><span>Each academy has a quiet room for prayer.</span></p>"
            "<div class='OA0qNb'><div class='wqB0Ne' role='button' aria-expanded='false' aria-controls='c1'><p>"
            "<span>Can I wear a headscarf for PE?</span></p></div><div id='c1' role='region' style='display: none;'>"
            "<p><span>Yes. Sports hijabs are available.</span></p></div></div>"
            "<p class='zfr3Q CDt4Ke'><span>Questions about this page: people@oaktrust.org.uk</span></p></section>"
            "</div><div class='dZA9kd'><div role='button' aria-label='Site actions'><div role='menu'><span "
            "role='menuitem'>Report abuse</span></div></div></div></body></html>")
    doc = _web_page(tmp_path, "equality", page)
    assert doc.title == "Equality guidance"
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("1", "Prayer", "Each academy has a quiet room for prayer."),
        ("1", "Can I wear a headscarf for PE?", "Yes. Sports hijabs are available."),
        ("1", "Prayer", "Questions about this page: people@oaktrust.org.uk")]
    # the page in tests/data/edi: numbered sections, and no heading holds the button's words
    edi = read_document(DATA / "edi" / "equality-diversity-inclusion.html", "edi")
    assert {c.section for c in edi.clauses} >= {str(n) for n in range(1, 10)}
    assert not any("Copy heading link" in c.heading or "·" in c.text for c in edi.clauses)


def test_a_sharepoint_page_saved_from_the_browser(tmp_path):
    # SharePoint: the page title is a <div role="heading" aria-level="1">, the author and "Published" date
    # under it, sections collapse under a role="button" header, and staff comments follow the page
    page = ("<html><head><title>Staff Hub</title></head><body><div role='banner'>SharePoint</div>"
            "<div role='main'><div data-automation-id='pageHeader'><div role='heading' aria-level='1'><span>"
            "Staff parking and travel</span></div><div class='authorByline'><span>Dan Okafor</span><span>Site Manager"
            "</span></div><div class='pageMetadata'><span>Published 14/03/2025</span></div></div>"
            "<div class='CanvasZone'><div class='collapsibleSectionHeader' role='button' aria-expanded='true'><h2>"
            "<span>1. Permits</span></h2></div><div class='sectionContent'><p>Staff parking is by permit only.</p>"
            "</div></div><div class='commentsWrapper'><h2>Comments</h2><div><span>Priya Shah</span><p>Is bay 22 "
            "working again?</p></div></div></div></body></html>")
    doc = _web_page(tmp_path, "parking", page)
    assert doc.title == "Staff parking and travel" and doc.meta == {"approved": "2025-03-14"}
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [("1", "Permits", "Staff parking is by permit only.")]
    # the page in tests/data/parking: no clause is a comment, and the first is under the page's title
    parking = read_document(DATA / "parking" / "staff-parking-and-travel.html", "parking")
    assert parking.clauses[0].heading == "Staff parking and travel"
    assert not any("Bay 22" in c.text or "Okafor" in c.heading for c in parking.clauses)


def test_text_taken_out_of_a_pdf_is_read_without_its_page_layout(tmp_path):
    # pdftotext's layout text: a form feed between pages, the letterhead repeated at the top of each,
    # "Page 1 of 2" at the foot, words hyphenated at line ends, a table in columns, and pieces of a
    # line set far apart
    page1 = ("               Oak Trust\n            Staff Probation Policy\n\n"
             "Version 2 – approved 12 May 2026          Review date: May 2028\n\n1. Length\n\n"
             "1.1 Probation is six months for support staff and is not re-\nnewed unless the offer says so.\n\n"
             "  Stage            Who                When\n  First review     Line manager       Month 1\n"
             "  Final review     Line manager, HR   Month 5\n\n                         Page 1 of 2\n")
    page2 = ("               Oak Trust\n            Staff Probation Policy\n\n2. Appeals\n\n"
             "2.1 An appeal is heard by the Director of HR.\nAppeals are made in writ-\ning.\n\n                         Page 2 of 2\n")
    path = tmp_path / "staff-probation.txt"
    path.write_text(page1 + "\f" + page2, encoding="utf-8")
    doc = read_document(path, "staff-probation")
    assert doc.title == "Staff Probation Policy"
    assert doc.meta == {"approved": "2026-05-12", "next_review": "2028-05"}
    assert [(c.section, c.text) for c in doc.clauses] == [
        ("1.1", "Probation is six months for support staff and is not renewed unless the offer says so."),
        ("1.1", "Stage: First review; Who: Line manager; When: Month 1."),
        ("1.1", "Stage: Final review; Who: Line manager, HR; When: Month 5."),
        ("2.1", "An appeal is heard by the Director of HR. Appeals are made in writing.")]
    # the document in tests/data/probation: no page furniture, no word left broken
    probation = read_document(DATA / "probation" / "staff-probation.txt", "staff-probation")
    assert not any("Page " in c.text or "Riverside Learning Trust" in c.text or "- " in c.text
                   for c in probation.clauses)


def test_a_policy_sent_round_as_an_email_is_read_as_its_message(tmp_path):
    # Document 92 (tests/data/cover): a cover policy that exists only as an email to all staff, saved
    # from Outlook as text. Its header was dropped but the title was the file's name; "Kind regards",
    # the signature, "Sent from my iPad" and the confidentiality notice were quoted as clause 8.1.
    message = ("From:\tJo Reed <j.reed@oak.sch.uk>\r\nSent:\t4 September 2026 08:12\r\nTo:\tAll Staff\r\n"
               "Subject:\tRE: FW: Staff Parking Rules - please read\r\n\r\nDear all,\r\n\r\n"
               "These rules were agreed on 1 September 2026 and will be reviewed in July 2027.\r\n\r\n"
               "1. Parking\r\n1.1 Staff must park in the marked bays.\r\n\r\nKind regards,\r\n\r\nJo Reed\r\n"
               "Business Manager\r\n\r\nSent from my iPhone\r\n\r\nThis email is confidential. If you have "
               "received it in error please delete it.\r\n")
    path = tmp_path / "parking.txt"
    path.write_text(message, encoding="utf-8", newline="")
    doc = read_document(path, "parking")
    assert doc.title == "Staff Parking Rules"
    assert doc.meta == {"approved": "2026-09-01", "next_review": "2027-07"}
    assert [c.text for c in doc.clauses] == [
        "These rules were agreed on 1 September 2026 and will be reviewed in July 2027.",
        "Staff must park in the marked bays."]
    # a text that opens with a "Subject:" line alone is no email: the line stays as it is
    path.write_text("Subject: Geography\n\n1. Fieldwork\n1.1 Staff must carry a first aid kit.\n", encoding="utf-8")
    assert read_document(path, "note").title == "Subject: Geography"
    cover = read_document(DATA / "cover" / "cover-policy.txt", "cover-policy")
    assert cover.title == "Cover Policy 2026-27"
    assert cover.meta == {"approved": "2026-09-01", "next_review": "2027-07"}
    assert not any(re.search(r"regards|iPad|CONFIDENTIALITY|Dear colleagues|Sent:", c.text) for c in cover.clauses)


def test_a_libreoffice_pdf_with_typed_clause_numbers_is_read_as_numbered_paragraphs():
    # tests/data/college: Word's "1.1<tab>text", exported to PDF by LibreOffice, wraps back to the
    # margin under the number, so the number and the first line's text stand in two columns and the
    # next lines in the first; that was read as a table of two columns ("1.1 volunteers when they use
    # social media...: These guidelines set out..."). Its title is a Title under the college's name,
    # its dates only in a page footer that wraps onto a second line, and "College-owned" breaks at its
    # own hyphen at a line end.
    doc = read_document(DATA / "college" / "social-media-guidelines.pdf", "social-media-guidelines")
    assert doc.title == "Social Media Guidelines for Staff and Volunteers"
    assert doc.meta == {"approved": "2025-09-09", "next_review": "2027-09"}
    assert [c.section for c in doc.clauses] == [
        "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "3.5",
        "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "7.1", "7.2"]
    assert doc.clauses[0].text == ("These guidelines set out what the College expects of staff and volunteers when "
                                   "they use social media, whether in a personal capacity or on the College's behalf.")
    assert doc.clauses[0].heading == "Purpose and scope"
    assert "taken on College-owned devices" in doc.clauses[13].text


def test_a_libreoffice_pdf_table_over_two_pages_and_a_wrapped_dates_line():
    # tests/data/duties: Word's automatic numbering and a table of duty times whose heading row
    # LibreOffice repeats at the top of the next page (read once, not as a row "Duty; Time; Where;
    # Who."), times wrapped after their dash ("10.30am–" / "10.45am": one range), and the dates line
    # under the title wrapped before its last year ("…Next review: February" / "2028.": read, and not a
    # clause of its own)
    doc = read_document(DATA / "duties" / "staff-duties-policy.pdf", "staff-duties-policy")
    assert doc.title == "Staff Duties and Supervision of Pupils Policy"
    assert doc.meta == {"approved": "2026-02-03", "next_review": "2028-02"}
    assert doc.clauses[0].section == "1.1" and doc.clauses[0].text.startswith("This policy sets out the duties")
    rows = [c.text for c in doc.clauses if c.text.startswith("Duty")]
    assert len(rows) == 7
    assert rows[1] == ("Duty: Morning break; Time: 10.30am–10.45am; Where: KS1 and KS2 playgrounds; "
                       "Who: Two staff per playground.")
    assert not any(c.text in ("2028.", "Duty; Time; Where; Who.") for c in doc.clauses)


def test_a_libreoffice_pdf_label_table_is_a_table_not_two_columns():
    # tests/data/parentcomms: a "Channel | Use it for" table whose rows are set no further apart than its
    # wrapped lines, so its second column looked like the right column of a page set in two (its
    # labels, "Class Dojo", "Telephone", were lost); and Word's numbers and letters before a tab
    # ("1." then "Purpose", "(a)" then "keep") were run into their words ("1.Purpose", "(a)keep")
    doc = read_document(DATA / "parentcomms" / "parent-communication-protocol.pdf", "parent-communication-protocol")
    assert doc.meta == {"approved": "2026-01-12", "next_review": "2027-01"}
    assert [c.heading for c in doc.clauses][:2] == ["Purpose", "Response times"]
    texts = [c.text for c in doc.clauses]
    assert "Channel: Telephone; Use it for: Urgent matters on the day, such as a child being unwell." in texts
    assert sum(t.startswith("Channel: ") for t in texts) == 4
    lead_in = next(t for t in texts if t.startswith("Staff should:"))
    assert lead_in.split("\n")[1] == "• (a) keep emails to colleagues brief and use a clear subject line;"


def test_a_writer_pdf_footnotes_two_column_section_and_short_last_page():
    # tests/data/breach, written in LibreOffice Writer and exported to PDF: a footnote mark raised a
    # third of the type size (above the tolerance of its line) was read as a "1" inside the clause and
    # its footnote was left in the text at the foot of the page; a "Key contacts" section set in two
    # columns for three lines was read across, line by line ("Data Protection Officer: Sam Okoye, IT
    # Service Desk: dpo@…"); and the last page's three lines, counted twice as its top and its foot,
    # made clause 5.2's first line a running header
    doc = read_document(DATA / "breach" / "data-breach-procedure.pdf", "data-breach-procedure")
    assert doc.meta == {"approved": "2025-10-20", "next_review": "2026-10"}
    texts = [c.text for c in doc.clauses]
    first = texts.index("A personal data breach is any loss of, damage to, or unauthorised access to or disclosure "
                        "of personal data, whether accidental or deliberate.")
    assert texts[first + 1] == "As defined in Article 4(12) of the UK General Data Protection Regulation."
    assert "Data Protection Officer: Sam Okoye, dpo@harbourtrust.org.uk, telephone 01632 960412." in texts
    assert ("IT Service Desk: servicedesk@harbourtrust.org.uk, extension 2200, open 8am to 5pm on school days."
            in texts)
    assert texts[-1] == "Staff who use their own device for school email must report its loss in the same way."
    assert doc.clauses[-1].section == "5.2"


def test_a_dates_line_wrapped_before_its_year_is_read_whole(tmp_path):
    path = tmp_path / "duties.txt"
    path.write_text("Staff Duties Policy\n\nAdopted by the governing body: 3 February 2026. Next review: February\n"
                    "2028.\n\n1. Duties\n\n1.1 Staff on duty must be at their post on time.\n", encoding="utf-8")
    doc = read_document(path, "duties")
    assert doc.meta == {"approved": "2026-02-03", "next_review": "2028-02"}
    assert [c.text for c in doc.clauses] == ["Staff on duty must be at their post on time."]
    # found converting our Word documents to PDF with LibreOffice: a date's sentence wrapped before
    # its date ("Approved by the Resources" / "Committee, 4 March 2025."), and a review date wrapped
    # with the owner's line after it ("Next review:" / "October 2027. Policy owner: …")
    path.write_text("Lone Working Policy\n\nHillside Primary School. Approved by the Resources\n"
                    "Committee, 4 March 2025. Next review March 2027.\n\n1. Purpose\n\n"
                    "1.1 Staff must not work alone after 6pm.\n", encoding="utf-8")
    assert read_document(path, "lone").meta == {"approved": "2025-03-04", "next_review": "2027-03"}
    path.write_text("Minibus Policy\n\nApproved by the Local Governing Body: 14 October 2025. Next review:\n"
                    "October 2027. Policy owner: School Business Manager.\n\n1. Drivers\n\n"
                    "1.1 Only approved staff may drive the minibus.\n", encoding="utf-8")
    doc = read_document(path, "minibus")
    assert doc.meta == {"approved": "2025-10-14", "next_review": "2027-10"}
    assert [c.text for c in doc.clauses] == ["Only approved staff may drive the minibus."]


def test_a_compound_broken_at_its_own_hyphen_keeps_it(tmp_path):
    # a line that ends in a capitalised word and a hyphen ("Council-" / "run schools") is a compound
    # broken at its hyphen, not a word hyphenated to fit: in text taken out of a PDF too
    page = ("Staff Travel Policy\n\n1. Cars\n\n1.1 Staff may use Council-\nrun car parks and must not use a pri-\n"
            "vate car park.\n\n                         Page 1 of 1\n")
    path = tmp_path / "travel.txt"
    path.write_text(page + "\f", encoding="utf-8")
    doc = read_document(path, "travel")
    assert [c.text for c in doc.clauses] == ["Staff may use Council-run car parks and must not use a private car park."]


def test_a_footnote_pasted_into_a_web_page_is_only_the_note(tmp_path):
    # Word's footnote links survive a paste into a website's editor: the note is its own paragraph,
    # not the block of content that holds it.
    page = ("<html><body><main><h1>Staff expenses</h1><div class='entry-content'>"
            "<p>Mileage is paid at 45p a mile.<a href='#_ftn1' name='_ftnref1'>[1]</a></p>"
            "<p>Claims must be made within three months.</p>"
            "<p><a href='#_ftnref1' name='_ftn1'>[1]</a> The HMRC approved rate.</p></div></main></body></html>")
    doc = _web_page(tmp_path, "expenses", page)
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Staff expenses", "Mileage is paid at 45p a mile."),
        ("Staff expenses", "Claims must be made within three months."),
        ("Footnotes", "The HMRC approved rate.")]


def test_words_in_inline_markup_keep_their_spaces(tmp_path):
    page = ("<html><body><main><h1>Passwords</h1><div>Staff must<span> not</span> share a password"
            "<em> with anyone</em>, <b>including</b> colleagues.</div></main></body></html>")
    doc = _web_page(tmp_path, "passwords", page)
    assert [c.text for c in doc.clauses] == ["Staff must not share a password with anyone, including colleagues."]


def test_a_paragraph_all_in_bold_on_a_web_page_is_a_heading(tmp_path):
    heading = "Jewellery, piercings and other accessories worn at work or on trips"
    page = ("<html><body><main><h1>Staff dress code</h1><p><strong>{}</strong></p>"
            "<p>Staff may wear a wedding ring and small stud earrings.</p>"
            "<p><b>Staff must not wear hoop earrings in PE.</b></p></main></body></html>")
    doc = _web_page(tmp_path, "dress", page.format(heading))
    assert [(c.heading, c.text) for c in doc.clauses] == [
        (heading, "Staff may wear a wedding ring and small stud earrings."),
        (heading, "Staff must not wear hoop earrings in PE.")]        # a sentence in bold stays a clause
    plain = _web_page(tmp_path, "dress", page.replace("strong>", "span>").format(heading))
    assert heading not in [c.heading for c in plain.clauses]        # the same words not in bold: text,
    assert plain.clauses[0].text == heading                          # a paragraph of its own, as <p> says


@pytest.mark.parametrize("content, words", [
    (b"", "is empty"),
    (b"<html><body><nav><a href='/'>Home</a></nav><footer>Contact us</footer></body></html>",
     "no readable text in its page content"),
])
def test_a_web_page_with_nothing_to_read_is_an_error_naming_it(tmp_path, content, words):
    (tmp_path / "page.html").write_bytes(content)
    with pytest.raises(CorpusError, match=words) as err:
        read_document(tmp_path / "page.html", "page")
    assert "page.html" in str(err.value)


def test_word_footnotes_follow_the_paragraph_citing_them(tmp_path):
    # A footnote's text is in word/footnotes.xml, not the body: it is read after the paragraph (and
    # the list it leads in) that cites it, as a clause of its own; its mark is not text.
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    word = docx.Document()
    word.add_heading("Photographs", level=1)
    lead = word.add_paragraph("Staff must not share images of pupils on:")
    lead._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                             '<w:footnoteReference w:id="1"/></w:r>'))
    word.add_paragraph("personal social media;", style="List Bullet")
    word.add_paragraph("messaging apps.", style="List Bullet")
    word.add_paragraph("Images may be stored only on school devices.")
    _read_word(word, tmp_path, "photos")
    _add_footnotes(tmp_path / "photos.docx", {1: "This includes images where pupils cannot be identified."})
    doc = read_document(tmp_path / "photos.docx", "photos")
    assert [c.text for c in doc.clauses] == [
        "Staff must not share images of pupils on:\n• personal social media;\n• messaging apps.",
        "This includes images where pupils cannot be identified.",
        "Images may be stored only on school devices."]
    assert {c.heading for c in doc.clauses} == {"Photographs"}


def test_a_word_text_box_is_read_as_paragraphs_of_its_own_once(tmp_path):
    # A template's "Key message" box on the first page (document 50, tests/data/send): its heading
    # and its text were read as one run-together line, "Key message for all staffEvery teacher...".
    # Word writes each box twice, the second a copy for old versions (mc:Fallback), read never.
    from docx import Document
    from docx.oxml import parse_xml
    word = Document()
    word.add_paragraph("Oakfield Primary School")
    box = "".join(f"<w:p><w:r>{'<w:rPr><w:b/></w:rPr>' * bold}<w:t>{text}</w:t></w:r></w:p>" for text, bold in (
        ("Key message for all staff", True), ("Speak to the SENCo before you raise a need with parents.", False)))
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    anchor = word.add_paragraph()
    anchor._p.append(parse_xml(
        f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{box}'
        f'</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
        f'<w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'))
    word.add_heading("1. Aims", level=1)
    word.add_paragraph("1.1 Every pupil makes the best possible progress.")
    doc = _read_word(word, tmp_path, "send")
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Key message for all staff", "Speak to the SENCo before you raise a need with parents."),
        ("Aims", "Every pupil makes the best possible progress.")]


def test_a_box_drawn_as_a_table_of_one_cell_is_read_as_its_paragraphs(tmp_path):
    # Document 82 draws a box round "Need help now?", 999 and the helpline as Word does it, a table of
    # one cell above the first heading: a table with no rows under its header gave no clause, so the
    # helpline's number was never found. In Word, OpenDocument and a web page its paragraphs are read
    # as they are; a table of two rows is still a table.
    from docx import Document
    word = Document()
    word.add_paragraph("Domestic Abuse Policy: Supporting Staff", style="Title")
    box = word.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].add_run("Need help now?").bold = True
    box.add_paragraph("If you are in immediate danger, call 999.")
    box.add_paragraph("National Domestic Abuse Helpline: 0808 2000 247.")
    word.add_heading("1. Purpose", level=1)
    word.add_paragraph("1.1 This policy sets out the support the trust gives.")
    table = word.add_table(rows=2, cols=1)
    table.cell(0, 0).text, table.cell(1, 0).text = "Service", "Men's Advice Line"
    expected = [("Need help now?", "If you are in immediate danger, call 999."),
                ("Need help now?", "National Domestic Abuse Helpline: 0808 2000 247."),
                ("Purpose", "This policy sets out the support the trust gives."),
                ("Purpose", "Service: Men's Advice Line.")]
    assert [(c.heading, c.text) for c in _read_word(word, tmp_path, "abuse").clauses] == expected
    cell = ("<table:table><table:table-column/><table:table-row><table:table-cell>"
            '<text:p text:style-name="Strong">Need help now?</text:p>'
            "<text:p>If you are in immediate danger, call 999.</text:p>"
            "<text:p>National Domestic Abuse Helpline: 0808 2000 247.</text:p></table:table-cell></table:table-row>"
            "</table:table>")
    two_rows = ("<table:table><table:table-column/><table:table-row><table:table-cell><text:p>Service</text:p>"
                "</table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>Men's Advice "
                "Line</text:p></table:table-cell></table:table-row></table:table>")
    odt = write_odt(tmp_path / "abuse.odt", cell + '<text:h text:outline-level="1">1. Purpose</text:h>'
                    "<text:p>1.1 This policy sets out the support the trust gives.</text:p>" + two_rows,
                    automatic='<style:style style:name="Strong" style:family="paragraph">'
                              '<style:text-properties fo:font-weight="bold"/></style:style>')
    assert [(c.heading, c.text) for c in read_document(odt, "abuse").clauses] == expected
    page = _web_page(tmp_path, "abuse", (
        "<html><body><main><h1>Domestic Abuse Policy: Supporting Staff</h1><table><tr><td><p><strong>Need help "
        "now?</strong></p><p>If you are in immediate danger, call 999.</p><p>National Domestic Abuse Helpline: "
        "0808 2000 247.</p></td></tr></table><h2>1. Purpose</h2><p>1.1 This policy sets out the support the "
        "trust gives.</p><table><tr><th>Service</th></tr><tr><td>Men's Advice Line</td></tr></table></main>"
        "</body></html>"))
    assert [(c.heading, c.text) for c in page.clauses] == expected


def test_a_table_cell_of_bullets_reads_as_a_list_not_one_sentence(tmp_path):
    # A "Role | Responsibilities" table with each role's duties bulleted in its cell (document 50):
    # the duties ran together ("keeps the register up to date Advises teachers on..."). In Word and
    # on a web page, a cell's paragraphs and items that end no sentence are joined by "; ".
    from docx import Document
    word = Document()
    word.add_heading("4. Roles and responsibilities", level=1)
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(1, 0).text = "Role", "Responsibilities", "The SENCo"
    cell = table.cell(1, 1)
    cell.text = "Keeps the SEND register up to date"
    for duty in ("Advises teachers on the graduated approach.", "Leads annual reviews"):
        cell.add_paragraph(duty, style="List Bullet")
    expected = ("Role: The SENCo; Responsibilities: Keeps the SEND register up to date; Advises teachers on the "
                "graduated approach. Leads annual reviews.")
    assert [c.text for c in _read_word(word, tmp_path, "roles").clauses] == [expected]
    page = _web_page(tmp_path, "roles", (
        "<html><body><main><h2>4. Roles and responsibilities</h2><table><tr><th>Role</th><th>Responsibilities</th>"
        "</tr><tr><td>The SENCo</td><td><ul><li>Keeps the SEND register up to date</li><li>Advises teachers on "
        "the graduated approach.</li><li>Leads annual<br>reviews</li></ul></td></tr></table></main></body></html>"))
    assert [c.text for c in page.clauses] == [expected]


def _add_footnotes(path, notes: dict[int, str]) -> None:
    """Give a saved .docx a footnotes part (python-docx cannot write one), as Word stores it."""
    import zipfile
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f'<w:footnote w:id="{k}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}'
                   "</w:t></w:r></w:p></w:footnote>" for k, text in notes.items())
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 f"{body}</w:footnotes>")
    with zipfile.ZipFile(path) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    parts["word/footnotes.xml"] = footnotes.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", (
        b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'wordprocessingml.footnotes+xml"/></Types>'))
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(b"</Relationships>", (
        b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'footnotes" Target="footnotes.xml"/></Relationships>'))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)


def _read_word(word, tmp_path, name: str):
    """Save a python-docx Document as name.docx and read it as policybot reads Word."""
    word.save(tmp_path / f"{name}.docx")
    return read_document(tmp_path / f"{name}.docx", name)


CAPABILITY = DATA / "capability" / "capability-procedure.odt"


def test_a_libreoffice_document_reads_as_it_is_printed():
    # Document 52 (tests/data/capability), saved by LibreOffice Writer 7.4: the heading numbers come
    # from Tools > Heading Numbering, not the text; a table of contents, a footnote, a frame beside
    # the text, a lettered list, a table of the stages, an approval table and a deletion not yet
    # accepted.
    doc = read_document(CAPABILITY, "capability-procedure")
    assert doc.title == "Staff Capability Procedure"            # the Subtitle, not the school's name
    assert doc.meta == {"approved": "2025-05-14", "next_review": "2027-05"}        # the approval table
    assert [w for w in doc.warnings if "1 tracked change not yet accepted" in w]
    by_text = {c.text: c for c in doc.clauses}
    sections = [c.section for c in doc.clauses]
    assert sections[:3] == ["1", "1", "1"] and "5.1" in sections and sections[-1] == "8"
    assert {c.heading for c in doc.clauses if c.section == "5.4"} == {"Observations during monitoring"}
    texts = [c.text for c in doc.clauses]
    assert not [t for t in texts if "Contents" in t or "\t" in t]                  # the contents are not text
    assert not [t for t in texts if "may be extended once" in t]                   # the deleted words
    assert ("The informal support period will normally last between four and six weeks, with a review "
            "meeting at least every two weeks.") in by_text[next(t for t in texts if t.startswith("The informal"))].text
    # the footnote follows the paragraph citing it, its mark not text
    cites = texts.index("The governing body adopted this procedure after consultation with the recognised trade "
                        "unions. It follows the Department for Education's model capability procedure and the ACAS "
                        "Code of Practice on disciplinary and grievance procedures.")
    assert texts[cites + 1].startswith("Department for Education, Implementing your school's approach to pay")
    # the frame's box after the paragraph it is anchored in, once, its bold first line its heading
    box = [c for c in doc.clauses if "Employee Assistance Programme" in c.text]
    assert len(box) == 1 and box[0].heading == "Support available to you"
    assert texts[texts.index(box[0].text) - 1].startswith("Being supported through a concern")
    # a lettered list stays with its lead-in, each item with its letter
    stages = next(t for t in texts if t.startswith("The formal procedure has three stages:"))
    assert "\n• a. Stage 1: a formal capability meeting" in stages and "\n• c. Stage 3:" in stages
    assert "Stage: Stage 3; Who hears it: Panel of three governors; Monitoring period: None; " \
           "Possible outcome: Dismissal with notice." in texts


def test_opendocument_lists_count_as_libreoffice_prints_them(tmp_path):
    automatic = (
        '<text:list-style style:name="L1">'
        '<text:list-level-style-number text:level="1" style:num-prefix="Stage " style:num-suffix=":" style:num-format="1"/>'
        '<text:list-level-style-bullet text:level="2" text:bullet-char="•"/></text:list-style>'
        '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="i"'
        ' style:num-prefix="(" style:num-suffix=")" text:start-value="2"/></text:list-style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>')
    outline = ('<text:outline-style style:name="Outline">'
               '<text:outline-level-style text:level="1" style:num-format="1"/>'
               '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
               '</text:outline-style>')

    def item(text, nested=""):
        return f"<text:list-item><text:p>{text}</text:p>{nested}</text:list-item>"

    body = (
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">Hearings</text:h>'
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">Stages</text:h>'
        '<text:h text:style-name="Heading_20_2" text:outline-level="2">The formal stages</text:h>'
        '<text:p>There are three stages:</text:p>'
        '<text:list text:style-name="L1">' + item("a meeting with the head;", '<text:list>' + item("notes are kept") + '</text:list>')
        + '<text:list-header><text:p>(the head may ask a governor to sit in)</text:p></text:list-header></text:list>'
        '<text:p><text:span text:style-name="T1">Later</text:span><text:span text:style-name="T1"> stages</text:span></text:p>'
        '<text:p>Then:</text:p>'
        '<text:list text:style-name="L1" text:continue-numbering="true">' + item("a second meeting;") + item(
            "a panel of<text:s text:c=\"3\"/>governors.<office:annotation><dc:creator>HR</dc:creator>"
            "<text:p>check this</text:p></office:annotation>") + '</text:list>'
        '<text:p>The panel may:</text:p>'
        '<text:list text:style-name="L2">' + item("dismiss;") + item("give a warning.") + '</text:list>')
    doc = read_document(write_odt(tmp_path / "stages.odt", body, automatic=automatic, styles=outline), "stages")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("2.1", "The formal stages", "There are three stages:\n• Stage 1: a meeting with the head;\n• notes are kept\n"
                                     "• (the head may ask a governor to sit in)"),
        (None, "Later stages", "Then:\n• Stage 2: a second meeting;\n• Stage 3: a panel of governors."),   # bold, no number
        (None, "Later stages", "The panel may:\n• (ii) dismiss;\n• (iii) give a warning."),
    ]


def test_an_opendocument_policy_is_indexed_and_answered_from_the_command_line(tmp_path):
    import json
    import shutil
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CAPABILITY, corpus)
    out = run_cli("reindex", corpus=corpus, index=tmp_path / "index")
    assert out.returncode == 0, out.stderr
    assert "capability-procedure.odt has 1 tracked change not yet accepted" in out.stderr
    out = run_cli("ask", "--json", "can I bring my union rep to the meeting?", corpus=corpus, index=tmp_path / "index")
    assert out.returncode == 0, out.stderr
    first = json.loads(out.stdout)["results"][0]
    assert first["section"] == "3" and "accompanied at any formal meeting by a trade union" in first["text"]
    assert first["policy_title"] == "Staff Capability Procedure"


def test_an_opendocument_file_that_is_not_well_formed_is_named_and_reads_no_other_file(tmp_path):
    # its XML names an external entity (a file on this machine): never fetched, and the file is refused
    import zipfile
    from tests.docgen import ODT_NS
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in ODT_NS.items())
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    path = tmp_path / "policy.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>'
                                  f"<office:document-content {ns}><office:body><office:text>"
                                  "<text:p>Staff must sign in. &s;</text:p></office:text></office:body>"
                                  "</office:document-content>")
    with pytest.raises(CorpusError, match="policy.odt is not a readable OpenDocument file") as err:
        read_document(path, "policy")
    assert "TOPSECRET" not in str(err.value)


@pytest.mark.parametrize("odt", sorted((DATA / "libreoffice").glob("*.odt")), ids=lambda p: p.stem)
def test_a_word_document_converted_by_libreoffice_reads_as_the_word_document(odt):
    # tests/data/libreoffice holds the Word documents of tests/data as LibreOffice 7.4 converts them
    # (soffice --convert-to odt): Word's numbering becomes list styles around the headings, a text
    # box a drawing shape, a table of contents an index. The same clauses, numbers, title and dates.
    [word] = [p for p in DATA.glob(f"*/{odt.stem}.docx")]
    a, b = read_document(word, odt.stem), read_document(odt, odt.stem)
    assert [(c.section, c.heading, normalize(c.text)) for c in b.clauses] == \
           [(c.section, c.heading, normalize(c.text)) for c in a.clauses]
    assert (b.title, b.meta) == (a.title, a.meta)


def test_a_review_due_in_a_school_term_is_shown_and_falls_due_at_the_end_of_that_term(tmp_path):
    # Document 104, a trade union facility time policy written in Google Docs and downloaded as .odt,
    # is "Adopted by the Governing Body: 9 October 2025" with "Review date: Summer Term 2027": it had
    # no review date, so it could never show as overdue. The summer term ends in July.
    import json
    from datetime import date
    from bot.models import Policy
    from bot.render import dates_line
    source = DATA / "facilitytime" / "trade-union-facility-time.odt"
    doc = read_document(source, "trade-union-facility-time")
    assert doc.meta == {"approved": "2025-10-09", "next_review": "2027-07"}
    [strike] = [c for c in doc.clauses if c.section == "9.2"]
    assert strike.heading == "Industrial action" and strike.text.startswith("Staff on strike are not paid")
    policy = Policy("trade-union-facility-time", "Trade Union Facility Time Policy", source.name,
                    approved="2025-10-09", next_review="2027-07")
    assert dates_line(policy, today=date(2027, 7, 31)) == "approved 9 Oct 2025; next review Jul 2027"
    assert "review was due Jul 2027" in dates_line(policy, today=date(2027, 9, 1))
    # through the real command line: the answer carries the date
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / source.name).write_bytes(source.read_bytes())
    index = tmp_path / "index"
    assert run_cli("reindex", corpus=corpus, index=index).returncode == 0
    result = run_cli("ask", "do I get paid if I go on strike?", "--json", corpus=corpus, index=index)
    top = json.loads(result.stdout)["results"][0]
    assert (top["section"], top["policy_next_review"]) == ("9.2", "2027-07")


def test_an_opendocument_file_with_only_its_content_is_read(tmp_path):
    # a tool that writes content.xml alone (no styles.xml, no meta.xml): unnumbered headings, the
    # title from the text
    import zipfile
    from tests.docgen import ODT_NS
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in ODT_NS.items())
    path = tmp_path / "bare.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f"<office:document-content {ns}><office:body><office:text>"
                                  '<text:h text:outline-level="1">Signing in</text:h>'
                                  "<text:p>Staff must sign in at reception.</text:p></office:text></office:body>"
                                  "</office:document-content>")
    doc = read_document(path, "bare")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [(None, "Signing in", "Staff must sign in at reception.")]


def test_dates_in_a_word_or_opendocument_page_footer_are_read_but_are_not_clauses(tmp_path):
    # Document 53 (tests/data/flexible): a trust's template states its dates only in the page footer,
    # beside the page number; the policy showed no dates, so its review could never be flagged.
    from docx import Document
    footer = "Approved by the Board of Trustees: 14 March 2025 · Next review: March 2027 · Page 1"
    word = Document()
    word.add_heading("1. Making a request", level=1)
    word.add_paragraph("1.1 A request must be made in writing.")
    section = word.sections[0]
    section.header.paragraphs[0].text = "Meadowbank Learning Trust – Flexible Working Policy"
    section.footer.paragraphs[0].text = footer
    doc = _read_word(word, tmp_path, "flexible")
    assert doc.meta == {"approved": "2025-03-14", "next_review": "2027-03"}
    assert [c.text for c in doc.clauses] == ["A request must be made in writing."]
    # a date the text itself states wins over the footer's
    word.add_paragraph("Date of next review: September 2026")
    assert _read_word(word, tmp_path, "flexible").meta["next_review"] == "2026-09"
    # LibreOffice keeps its header and footer in the page style (styles.xml)
    odt = write_odt(tmp_path / "flexible.odt",
                    '<text:h text:outline-level="1">Making a request</text:h>'
                    "<text:p>A request must be made in writing.</text:p>",
                    master='<style:master-page style:name="Standard"><style:header><text:p>Meadowbank Learning '
                           f"Trust</text:p></style:header><style:footer><text:p>{footer[:-2]}<text:page-number>1"
                           "</text:page-number></text:p></style:footer></style:master-page>")
    doc = read_document(odt, "flexible")
    assert doc.meta == {"approved": "2025-03-14", "next_review": "2027-03"}
    assert [c.text for c in doc.clauses] == ["A request must be made in writing."]


def test_a_gov_uk_guidance_page_saved_from_the_browser(tmp_path):
    # tests/data/nudes, a guidance page in GOV.UK's markup: the "Guidance" caption over the <h1> was
    # taken for the title; paragraphs numbered on after a lead-in's bullets ("4. ... you should:", its
    # bullets, "5. You should never...") were read as more bullets of clause 4; the "Published ... Last
    # updated ..." line and the change history were clauses; the page's date was its first publication
    doc = read_document(DATA / "nudes" / "sharing-nudes-advice.html", "sharing-nudes-advice")
    assert doc.title == "Sharing nudes and semi-nudes: advice for education staff"
    assert doc.meta == {"approved": "2025-09-02"}
    assert [c.section for c in doc.clauses] == [str(n) for n in range(1, 19)]
    assert doc.clauses[4].text.startswith("You should never view, copy, print, share, store or save the imagery")
    assert doc.clauses[3].text.count("\n•") == 3
    assert not any("Published" in c.text or "First published" in c.text or "useful" in c.text for c in doc.clauses)
    assert all(c.heading != "Change history" for c in doc.clauses)


def test_numbered_paragraphs_after_a_lead_in_and_its_bullets_are_paragraphs(tmp_path):
    # in any format: "5." numbered on from the lead-in's own "4." is the next paragraph, and a lead-in's
    # own numbered items ("1.", "2.") stay its items
    text = ("# Advice\n\n## Responding\n\n4. If a pupil tells you, you should:\n\n- report it\n- write it down\n\n"
            "5. Never view the image.\n\n6. Do not delete it.\n\n## Steps\n\n7. Follow these steps:\n\n"
            "1. Secure the phone.\n2. Tell the DSL.\n")
    (tmp_path / "advice.md").write_text(text)
    doc = read_document(tmp_path / "advice.md", "advice")
    assert [(c.section, c.text) for c in doc.clauses] == [
        ("4", "If a pupil tells you, you should:\n• report it\n• write it down"),
        ("5", "Never view the image."), ("6", "Do not delete it."),
        ("7", "Follow these steps:\n• 1. Secure the phone.\n• 2. Tell the DSL.")]


def test_a_later_last_updated_date_is_the_version_of_a_published_page():
    from bot.parse import stated_dates
    assert stated_dates(["Published: 12 March 2024", "Last updated: 2 September 2025"]) == {"approved": "2025-09-02"}
    # an approval date stands: "last reviewed" after it is not a new version
    assert stated_dates(["Approved: March 2023", "Last reviewed: March 2025"]) == {"approved": "2023-03"}
    assert stated_dates(["Last updated on 3 March 2025"]) == {"approved": "2025-03-03"}


def test_a_definition_term_ending_in_a_colon_is_not_given_another(tmp_path):
    page = ("<html><body><main><h1>Safeguarding contacts</h1><dl><dt>Who to contact:</dt>"
            "<dd>The DSL, Ms Patel, on extension 201.</dd></dl></main></body></html>")
    doc = _web_page(tmp_path, "contacts", page)
    assert [c.text for c in doc.clauses] == ["Who to contact: The DSL, Ms Patel, on extension 201."]


def test_an_appendix_numbers_its_own_paragraphs(tmp_path):
    # tests/data/accounts: "A1. Code G (green): ..." under "Appendix A – Photo consent codes" was a
    # paragraph with no number, "A1." left in its text; and Word's numbering three levels deep, a
    # numbered sub-heading ("2.3 Access and passwords") over its clauses ("2.3.1"), reads as printed
    doc = read_document(DATA / "accounts" / "official-accounts-procedure.docx", "official-accounts-procedure")
    assert doc.meta == {"approved": "2025-06-05", "next_review": "2027-06"}
    sections = [c.section for c in doc.clauses]
    assert sections[:6] == ["1.1", "2.1", "2.2", "2.3.1", "2.3.2", "2.3.3"] and "3.2.3" in sections
    assert [(c.section, c.text[:6]) for c in doc.clauses[-4:]] == [
        ("A1", "Code G"), ("A2", "Code A"), ("A3", "Code R"), ("A4", "Consen")]
    # in any format; only under its own appendix's heading ("A4 paper" elsewhere is text)
    (tmp_path / "trips.md").write_text(
        "# Trips Policy\n\n## 1. Planning\n\n1.1 Plan early.\n\n## Appendix B: Forms\n\nB.1 Use form EV1.\n\n"
        "B.2 Send it to the office.\n\n## Printing\n\nA4 paper is in the office.\n")
    trips = read_document(tmp_path / "trips.md", "trips")
    assert [(c.section, c.text) for c in trips.clauses] == [
        ("1.1", "Plan early."), ("B.1", "Use form EV1."), ("B.2", "Send it to the office."),
        (None, "A4 paper is in the office.")]



def test_a_footnote_mark_before_a_full_stop_leaves_no_gap():
    # tests/data/cctv, a CCTV policy written in LibreOffice with footnotes and exported to PDF: a mark
    # between a word and its full stop ("within one month³.") left "month ." when it was taken out;
    # and clause 5.2, broken by the page's footnotes and footer, is one clause again
    doc = read_document(DATA / "cctv" / "cctv-policy.pdf", "cctv-policy")
    assert doc.title == "Closed Circuit Television (CCTV) Policy"
    assert doc.meta == {"approved": "2026-10-14", "next_review": "2027-10"}
    clauses = {c.text: c.section for c in doc.clauses}
    access = next(t for t in clauses if t.startswith("Individuals have the right to request images"))
    assert "within one month. Images of other people" in access and " ." not in access
    assert clauses["The time limit for a subject access request under UK GDPR Article 12(3)."] == "7.2"
    assert clauses["Covert recording must be authorised in writing by the Headteacher, after taking advice from "
                   "the Data Protection Officer, and will last no longer than is necessary."] == "5.2"
    assert not any(t[:1].isdigit() or "Page" in t for t in clauses)


def test_a_design_tools_pdf_with_letter_spaced_headings(tmp_path):
    # tests/data/dbs, a guide made in a design tool and exported to PDF: every word drawn on its own,
    # the title and headings letter-spaced and drawn a letter at a time ("W H A T I S A D B S ..."),
    # which also kept the later headings from reading as headings (too many "words"), and the design's
    # name ("Canva Design DAF3kQ2x7Yw") as the PDF's title
    doc = read_document(DATA / "dbs" / "dbs-checks-guide.pdf", "dbs-checks-guide")
    assert doc.title == "DBS CHECKS: A guide for staff and volunteers"
    assert doc.meta == {"approved": "2026-09", "next_review": "2027-09"}
    headings = list(dict.fromkeys(c.heading for c in doc.clauses))
    assert headings == ["WHAT IS A DBS CHECK?", "WHO NEEDS A CHECK", "STARTING WORK", "THE UPDATE SERVICE",
                        "RENEWING YOUR CHECK", "TELLING US ABOUT CHANGES", "IF YOUR CERTIFICATE SHOWS SOMETHING",
                        "PAYING FOR YOUR CHECK", "KEEPING YOUR INFORMATION SAFE", "QUESTIONS?"]
    assert doc.clauses[7].text.startswith("We encourage all staff to join the DBS Update Service")
    # in any format, a line that says what the line above it is ("A guide for ...") is the title with it
    path = tmp_path / "dbs.txt"
    path.write_text("DBS Checks\n\nA guide for staff and volunteers\n\n1. Starting work\n\n"
                    "1.1 You cannot start work until your certificate has been seen.\n", encoding="utf-8")
    assert read_document(path, "dbs").title == "DBS Checks: A guide for staff and volunteers"


def test_a_word_policy_with_paragraphs_numbered_by_hand_and_a_tab(tmp_path):
    # tests/data/pay, a trust's pay policy in Word: "4.2<tab>A teacher who..." numbered by hand, a details
    # table under the title, a table of pay ranges, a header and a "Page X of Y" footer made of fields
    doc = read_document(DATA / "pay" / "brookfield-pay-policy.docx", "brookfield-pay-policy")
    assert doc.title == "Pay Policy for Teachers and Support Staff"
    assert doc.meta == {"approved": "2025-10-14", "next_review": "2026-10"}
    sections = [c.section for c in doc.clauses]
    assert sections[:3] == ["1.1", "1.2", "1.3"] and sections[-1] == "12.1" and "11.4" in sections
    by_section = {c.section: c for c in doc.clauses}
    assert by_section["4.2"].text.startswith("A teacher who has met their objectives")
    assert by_section["4.2"].heading == "Pay progression"
    rows = [c.text for c in doc.clauses if c.text.startswith("Range:")]
    assert len(rows) == 5 and rows[1].startswith("Range: Main pay range; Points: M1 to M6;")
    text = " ".join(c.text for c in doc.clauses)
    assert "Page" not in text and "Pay Policy 2025/26" not in text and "\t" not in text


def test_a_trust_templates_own_styles_are_read_as_the_styles_they_are_based_on(tmp_path):
    # Document 85 is written in a trust's template: "WAT Title" based on Title, "WAT Heading 1" based
    # on Heading 1 and numbered by the multilevel list linked to it, "WAT Numbered Para" numbered
    # 1.1, 1.2 by its style, "WAT Bullet" bulleted by its style, and "WAT Heading 2", a sub-heading in
    # italics that is a heading only by its outline level. Read by the styles' names alone, each
    # heading was a clause of its own ("1 Purpose and scope"), the sub-heading a paragraph, and every
    # clause had no heading; the trust's name was the title. A paragraph that switches its style's
    # numbering off (numbering "None") is not numbered.
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from tests.docgen import W_NS
    word = Document()
    ns = f'xmlns:w="{W_NS}"'
    numbering = word.part.numbering_part.element
    numbering.find(f"{{{W_NS}}}num").addprevious(parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="40"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.find(f"{{{W_NS}}}num").addprevious(parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="41"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="▪"/></w:lvl>'
        '</w:abstractNum>'))
    for nid in ("40", "41"):
        numbering.append(parse_xml(f'<w:num {ns} w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>'))

    def style(name, base, num=None, ilvl=0, outline=None):
        made = word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        made.base_style = word.styles[base]
        made.font.bold = False if base.startswith("Heading") else None
        ppr = made.element.get_or_add_pPr()
        if num:
            ppr.append(parse_xml(f'<w:numPr {ns}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'))
        if outline is not None:
            ppr.append(parse_xml(f'<w:outlineLvl {ns} w:val="{outline}"/>'))
    style("WAT Title", "Title")
    style("WAT Heading 1", "Heading 1", num="40")
    style("WAT Heading 2", "Normal", outline=1)
    style("WAT Body", "Normal")
    style("WAT Numbered Para", "WAT Body", num="40", ilvl=1)
    style("WAT Bullet", "WAT Body", num="41")
    word.add_paragraph("Wrenfield Academy Trust")
    word.add_paragraph("Close Personal Relationships at Work Policy", style="WAT Title")
    for text, name in [("Purpose and scope", "WAT Heading 1"),
                       ("This policy applies to all employees.", "WAT Numbered Para"),
                       ("Declaring a relationship", "WAT Heading 1"),
                       ("A close personal relationship means:", "WAT Numbered Para"),
                       ("married couples and civil partners;", "WAT Bullet"),
                       ("family members.", "WAT Bullet"),
                       ("Parents of pupils you teach", "WAT Heading 2"),
                       ("A relationship with a parent must be declared.", "WAT Numbered Para"),
                       ("Ask HR if you are unsure.", "WAT Numbered Para")]:
        word.add_paragraph(text, style=name)
    word.paragraphs[-1]._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {ns}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))
    parsed = _read_word(word, tmp_path, "closerel")
    assert parsed.title == "Close Personal Relationships at Work Policy"
    assert [(c.section, c.heading_number, c.heading, c.text) for c in parsed.clauses] == [
        ("1.1", "1", "Purpose and scope", "This policy applies to all employees."),
        ("2.1", "2", "Declaring a relationship",
         "A close personal relationship means:\n• married couples and civil partners;\n• family members."),
        ("2.2", "2", "Parents of pupils you teach", "A relationship with a parent must be declared."),
        ("2.2", "2", "Parents of pupils you teach", "Ask HR if you are unsure.")]


def test_a_watermark_across_the_pages_is_not_text_but_says_the_policy_is_a_draft(tmp_path):
    # Document 86, a draft policy saved as PDF with "DRAFT" set large and diagonally across every
    # page: the word was read as a heading in the middle of the text ("DRAFT" headed clause 3.2). Text
    # set at an angle is left out of the clauses and read, with the page headers, for what it says of
    # the document: a draft, with no approval date. A page whose content is turned as a whole (a
    # table printed sideways) is still read.
    source = text_clauses("southfield-trust")
    parsed = read_document(write_pdf(source, tmp_path / "draft.pdf", title="Staff Social Media Policy",
                                     watermark="DRAFT"), "southfield-trust")
    assert same(source, parsed.clauses)
    assert "DRAFT" not in " ".join(f"{c.heading} {c.text}" for c in parsed.clauses)
    assert parsed.meta.get("status") == "draft" and "approved" not in parsed.meta
    plain = read_document(write_pdf(source, tmp_path / "plain.pdf", title="Staff Social Media Policy"),
                          "southfield-trust")
    assert "status" not in plain.meta
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    sideways = Canvas(str(tmp_path / "sideways.pdf"), pagesize=A4)
    sideways.translate(A4[0], 0)
    sideways.rotate(90)                      # the whole page's content turned, as a landscape table printed sideways
    for n, line in enumerate(["Leave entitlements", "1.1 Staff with a year's service have 28 days of leave.",
                              "1.2 Leave must be booked in the school holidays."]):
        sideways.drawString(60, A4[0] - 80 - 20 * n, line)
    sideways.save()
    assert "28 days of leave" in " ".join(c.text for c in read_document(tmp_path / "sideways.pdf", "leave").clauses)


def test_a_word_watermark_says_the_policy_is_a_draft(tmp_path):
    # Word's Design > Watermark puts its words in a shape in the page header, not in the text
    from docx import Document
    from docx.oxml import parse_xml
    word = Document()
    word.add_paragraph("Supporting Pupils with Medical Conditions Policy", style="Title")
    word.add_heading("1. Medicines", level=1)
    word.add_paragraph("1.1 Staff must not give any medicine without written consent from a parent.")
    header = word.sections[0].header.paragraphs[0]
    header.add_run("Oakridge Primary School")
    header._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pict>'
        '<v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="rotation:315"><v:textpath string="DRAFT"/>'
        '</v:shape></w:pict></w:r>'))
    parsed = _read_word(word, tmp_path, "medical")
    assert parsed.meta.get("status") == "draft"
    assert [c.text for c in parsed.clauses] == ["Staff must not give any medicine without written consent from a parent."]
    word.sections[0].header.paragraphs[0]._p.remove(word.sections[0].header.paragraphs[0]._p[-1])
    assert "status" not in _read_word(word, tmp_path, "medical2").meta


def test_an_opendocument_watermark_says_the_policy_is_a_draft(tmp_path):
    # LibreOffice's Format > Watermark puts fontwork text in a shape in the page style's header
    body = ('<text:h text:outline-level="1">1. Medicines</text:h>'
            "<text:p>1.1 Staff must not give any medicine without written consent from a parent.</text:p>")
    shape = ('<draw:custom-shape draw:name="PowerPlusWaterMarkObject1" svg:width="17cm" svg:height="4cm">'
             '<text:p>DRAFT</text:p><draw:enhanced-geometry draw:type="fontwork-plain-text"/></draw:custom-shape>')
    header = '<style:master-page style:name="Standard"><style:header><text:p>Oakridge Primary School{}</text:p></style:header></style:master-page>'
    draft = read_document(write_odt(tmp_path / "draft.odt", body, master=header.format(shape)), "medical")
    assert draft.meta.get("status") == "draft"
    assert [c.text for c in draft.clauses] == ["Staff must not give any medicine without written consent from a parent."]
    assert "status" not in read_document(write_odt(tmp_path / "plain.odt", body, master=header.format("")), "medical").meta


OBSERVATION = DATA / "observation" / "lesson-observation-protocol.rtf"


def test_a_word_document_saved_as_rich_text_is_read_with_its_numbers_bullets_and_table():
    # Document 94 (tests/data/observation): Word's "Save As > Rich Text Format". Before, .rtf was an
    # unknown extension; then, read as text, every "1.1<tab>clause" line was taken for a row of a
    # table laid out with tabs, and only the title and the table were left.
    doc = read_document(OBSERVATION, "lesson-observation-protocol")
    assert doc.title == "Lesson Observation and Learning Walks Protocol"
    assert doc.meta == {"approved": "2026-02-12", "next_review": "2028-02"}
    assert len(doc.clauses) == 37
    sections = [c.section for c in doc.clauses]
    assert sections[:4] == ["1.1", "1.2", "1.3", "2.1"] and sections[-1] == "10.1"
    by_section = {c.section: c for c in doc.clauses}
    assert by_section["2.2"].heading == "Principles"
    assert by_section["2.2"].text.startswith("Individual lessons will not be graded.")
    # the bullets Word draws in the Symbol font stay under their lead-in
    assert by_section["4.4"].text == (
        "Formal observations will not normally take place:\n• in the last week of a term;\n"
        "• during mock examination weeks; or\n• in a teacher’s first two weeks back after an absence of "
        "four weeks or more, such as maternity leave or long-term sickness.")
    # the table: a clause per row, under the column headings, in the section it sits in
    rows = [c.text for c in doc.clauses if c.text.startswith("Type: ")]
    assert len(rows) == 5 and all(c.heading == "Types of observation" for c in doc.clauses if c.text.startswith("Type: "))
    assert rows[2] == ("Type: Drop-in; Who observes: Head of department or line manager; Notice: None; Length: "
                       "Up to 20 minutes; Written record: A short note of strengths and one next step, given to the teacher.")
    # the running header and the page-number footer are not clauses; nor is any RTF control word
    assert not any(re.search(r"Page \d|\\[a-z]+|[{}|]", c.text) for c in doc.clauses)


def test_rich_text_from_wordpad_or_textedit_is_read(tmp_path):
    # \u escapes with their fallbacks, escaped braces and backslashes, a table whose cell holds two
    # paragraphs, a \line break, and TextEdit's "\<newline>" paragraph ends.
    rtf = (r"{\rtf1\ansi\ansicpg1252\cocoartf2761 {\fonttbl\f0\fswiss\fcharset0 Helvetica;}"
           r"{\colortbl;\red255\green255\blue255;}{\info{\title Staff Car Park Rules}{\author Jo}}" "\n"
           r"\pard\f0\fs24 \cf0 Staff Parking Rules\par" "\n"
           r"1. Parking\par 1.1 Staff must park in the marked bays \u8212\'97 not on the zig-zags.\par" "\n"
           r"1.2 Use the \{visitor\} bays only with the office\'92s permission (see C:\\parking).\par" "\n"
           r"\trowd\cellx3000\cellx6000\pard\intbl Bay\cell Who\cell\row" "\n"
           r"\trowd\cellx3000\cellx6000\pard\intbl A1\cell Head\par Deputy head\cell\row" "\n"
           r"\pard 1.3 Blue badge holders may use\line any bay." "\\\n}")
    path = tmp_path / "parking.rtf"
    path.write_bytes(rtf.encode("ascii"))
    doc = read_document(path, "parking")
    assert doc.title == "Staff Parking Rules"      # the line of the text that names it, a paragraph of its own
    untitled = tmp_path / "untitled.rtf"
    untitled.write_bytes(rtf.replace(r"Staff Parking Rules\par", "").encode("ascii"))
    assert read_document(untitled, "parking").title == "Staff Car Park Rules"   # none does: the Title property
    assert [c.text for c in doc.clauses] == [
        "Staff must park in the marked bays — not on the zig-zags.",
        "Use the {visitor} bays only with the office’s permission (see C:\\parking).",
        "Bay: A1; Who: Head; Deputy head.",
        "Blue badge holders may use any bay."]


CAREER_BREAK = DATA / "careerbreak" / "career-break-policy.rtf"


def test_each_paragraph_of_a_word_document_saved_as_rich_text_is_its_own():
    # Document 108 (tests/data/careerbreak): Word's "Save As > Rich Text Format" of a policy whose
    # headings are in Word's Heading 1 style with no numbers, and whose paragraphs are spaced by their
    # style, with no empty paragraph between two. Read as a plain text file is, where a newline only
    # wraps a line, the whole policy was nine clauses: the first was the title, every heading and the
    # first section run together.
    doc = read_document(CAREER_BREAK, "career-break-policy")
    assert doc.title == "Career Break Policy"
    assert doc.meta == {"approved": "2025-03-04", "next_review": "2027-03"}
    assert len(doc.clauses) == 20
    assert [c.heading for c in doc.clauses[:3]] == ["Purpose", "Who can apply", "Who can apply"]
    assert doc.clauses[2].text == ("Staff who are subject to a formal capability or disciplinary process may not "
                                   "apply until it has concluded.")
    # a numbered list and a bulleted one, as Word writes them, stay under their lead-ins
    steps = next(c for c in doc.clauses if c.text.startswith("To apply for a career break:"))
    assert steps.text.count("\n") == 3 and "within twenty school days" in steps.text
    allowed = next(c for c in doc.clauses if c.text.startswith("You must not take up paid employment"))
    assert allowed.text.endswith("The following are allowed:\n• work in other sectors;\n"
                                 "• voluntary work, in the UK or abroad;\n• study and training.")
    assert doc.clauses[-1].text.startswith("Benefit: Maternity pay; During the break: If you become pregnant")
    # the page header (the trust's name) and the footer (version and page number) are not clauses
    assert not any("Riverside Academy Trust" in c.text or "v2.0" in c.text for c in doc.clauses)


PUBLIC_DUTIES = DATA / "publicduties" / "public-duties-policy.txt"


def test_a_word_document_saved_as_plain_text_is_read_a_paragraph_a_line():
    # Document 109 (tests/data/publicduties): Word's "Save As > Plain Text" writes a paragraph a line,
    # with no blank line between two, and a table a row a line, its cells apart by tabs. Read as typed
    # text is, the policy was nine clauses (the title ran into the first section, so the policy was
    # titled by its file's name) and the table of what is paid was dropped as a signature table.
    doc = read_document(PUBLIC_DUTIES, "public-duties-policy")
    assert doc.title == ("Time Off for Public Duties and Jury Service: Policy for school-based staff in "
                         "community and voluntary controlled schools")
    assert doc.meta == {"approved": "2025-01-09", "next_review": "2028-01"}
    assert len(doc.clauses) == 17
    assert doc.clauses[0].section == "1" and doc.clauses[0].heading == "Purpose"
    assert doc.clauses[1].text.startswith("It applies to all teaching and support staff")
    # the bullets Word writes as "·<tab>" stay under their lead-in
    roles = next(c for c in doc.clauses if c.text.startswith("Employees are entitled to reasonable time off"))
    assert roles.text.count("\n• ") == 5
    # the table: a clause per row, under its column headings
    rows = [c.text for c in doc.clauses if c.text.startswith("Duty: ")]
    assert len(rows) == 4 and rows[0].startswith("Duty: Magistrate; Paid time off: Up to 18 days a year; Notes: Any loss")
    # the dates line, its committee's name long, is not a clause
    assert not any(c.text.startswith("Approved by") for c in doc.clauses)


def test_typed_text_and_a_contents_page_laid_out_with_tabs_are_read_as_before(tmp_path):
    from bot.readers.text_reader import a_paragraph_a_line, tab_tables
    wrapped = ("Staff Parking Policy\n\n1. Parking\n\nStaff must park in the marked bays and must not park\n"
               "on the zig-zag lines outside the school gates at any time.\n")
    assert a_paragraph_a_line(wrapped) == wrapped
    # copied out of a PDF: wrapped to the page's width, with no blank line between paragraphs
    copied = "\n".join(["Staff must park in the marked bays and must not park on the zig-zag lines outside the "
                         "school gates at any time of"] * 6 + ["day."])
    assert a_paragraph_a_line(copied) == copied
    contents = "Contents\nIntroduction\t3\nParking\t4\nBreaches\t7\n"
    assert tab_tables(contents) == contents
    assert tab_tables("Introduction\t3\n") == "Introduction\t3\n"        # one row is no table
    assert tab_tables("1.\tPurpose\n2.\tScope\n") == "1.\tPurpose\n2.\tScope\n"   # numbers, not cells


def test_a_contents_label_is_not_a_clause(tmp_path):
    # Document 110 (tests/data/schoolhandbook): a staff handbook whose typed "Contents" stands over a
    # list in Word's TOC styles. The list was dropped and "Contents" was quoted as a clause.
    doc = read_document(DATA / "schoolhandbook" / "staff-handbook-2025-26.docx", "staff-handbook-2025-26")
    assert not any(c.text.strip(": ").lower() in ("contents", "table of contents") for c in doc.clauses)
    assert doc.clauses[1].heading == "Welcome"
    path = tmp_path / "policy.md"
    path.write_text("# Parking Policy\n\nTable of Contents\n\n1. Parking\n\n1.1 Park in the bays.\n", encoding="utf-8")
    assert [c.text for c in read_document(path, "parking").clauses] == ["Park in the bays."]


def test_paragraphs_kept_apart_by_line_breaks_in_one_paragraph_are_paragraphs(tmp_path):
    # Text pasted into Word from an email or a web page can keep its paragraphs apart by line breaks
    # (Shift+Enter), an empty line between two: one Word paragraph holds the whole policy. A break was
    # read as a space, and the policy was one clause. An empty line (two breaks, or a page break) now
    # ends a paragraph; a single break is still a space. So in LibreOffice Writer and in a web page's
    # <p>.
    import docx
    document = docx.Document()
    document.add_paragraph("Staff Parking Policy", style="Title")
    pasted = document.add_paragraph()
    for text in ("1. Parking", "Staff must park in the marked bays behind the hall.",
                 "Visitors park at the front of the school in the two bays marked for them.", "2. Bicycles"):
        run = pasted.add_run(text)
        run.add_break()
        run.add_break()
    pasted.add_run("Bicycles are locked in the shelter").add_break()
    pasted.add_run("by the gate.")
    document.save(tmp_path / "parking.docx")
    expected = [("1", "Parking", "Staff must park in the marked bays behind the hall."),
                ("1", "Parking", "Visitors park at the front of the school in the two bays marked for them."),
                ("2", "Bicycles", "Bicycles are locked in the shelter by the gate.")]
    doc = read_document(tmp_path / "parking.docx", "parking")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == expected
    # and the same pasted into LibreOffice Writer
    br = "<text:line-break/>"
    write_odt(tmp_path / "parking.odt", '<text:p text:style-name="Title">Staff Parking Policy</text:p><text:p>'
              f"1. Parking{br}{br}Staff must park in the marked bays behind the hall.{br}{br}Visitors park at the "
              f"front of the school in the two bays marked for them.{br}{br}2. Bicycles{br}{br}Bicycles are locked "
              f"in the shelter{br}by the gate.</text:p>")
    odt = read_document(tmp_path / "parking.odt", "parking")
    assert [(c.section, c.heading, c.text) for c in odt.clauses] == expected
    # and on a web page, inside one <p> as a page's editor keeps text pasted into it
    (tmp_path / "parking.html").write_text(
        "<html><body><h1>Staff Parking Policy</h1><p>1. Parking<br><br>Staff must park in the marked bays behind "
        "the hall.<br><br>Visitors park at the front of the school in the two bays marked for them.<br><br>"
        "2. Bicycles<br><br>Bicycles are locked in the shelter<br>by the gate.</p></body></html>", encoding="utf-8")
    page = read_document(tmp_path / "parking.html", "parking")
    assert [(c.section, c.heading, c.text) for c in page.clauses] == expected


def test_a_file_named_rtf_that_is_not_rich_text_is_named(tmp_path):
    path = tmp_path / "policy.rtf"
    path.write_text("1. Parking\n1.1 Staff must park in the marked bays.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"policy.rtf is not a Rich Text Format file: .*save it again as .rtf"):
        read_document(path, "policy")
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "policy.rtf").write_bytes(b"")
    result = run_cli("reindex", corpus=corpus, index=tmp_path / "ix")
    assert result.returncode != 0 and "policy.rtf is empty" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 2


def test_a_tab_after_a_typed_clause_number_is_a_space_but_a_tabbed_row_is_not_a_clause(tmp_path):
    # Word's plain text export keeps the tab between a typed number and its text
    path = tmp_path / "rules.txt"
    path.write_text("Staff Parking Rules\n\n1.\tParking\n1.1\tStaff must park in the marked bays.\n"
                    "1.2\tStaff must not park on the zig-zags:\n·\tat any time;\n·\teven to unload.\n\n"
                    "Signed:\tJo Reed\tDate:\t4 May 2026\n", encoding="utf-8")
    doc = read_document(path, "rules")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("1.1", "Parking", "Staff must park in the marked bays."),
        ("1.2", "Parking", "Staff must not park on the zig-zags:\n• at any time;\n• even to unload.")]


def test_a_bookstack_page_export_is_read_without_its_letterhead_line():
    # Document 95 (tests/data/searching): a page of a staff handbook wiki in BookStack, exported as a
    # "Contained Web File". Its line under the title, "Riverside Academy. Approved by the Local
    # Governing Body on 9 October 2025. Next review: October 2026. Policy owner: …", was quoted as a
    # clause: the academy's name was the one sentence of it that states no date or owner.
    doc = read_document(DATA / "searching" / "searching-screening-confiscation.html", "searching-screening-confiscation")
    assert doc.title == "Searching, Screening and Confiscation Policy"
    assert doc.meta == {"approved": "2025-10-09", "next_review": "2026-10"}
    assert not any("Approved by" in c.text or "Riverside Academy." in c.text for c in doc.clauses)
    assert doc.clauses[1].section == "1.1"
    # the table's first row, set in bold cells rather than as a header row, heads its columns
    assert "Item: Knives and weapons; What happens to it: Confiscated and handed to the police." in [
        c.text for c in doc.clauses]
    # the collapsible block's summary heads its clause
    [good] = [c for c in doc.clauses if c.section == "5.6"]
    assert good.heading.startswith("What is a “good reason”") and good.text.startswith("A good reason is")


@pytest.mark.parametrize("document, line", [
    ("behaviour/behaviour-policy.md", "Hillcrest Academy. Approved by the Local Governing Body, January 2026."),
    ("expenses/staff-expenses.md", "Northgate Primary School. Approved by the Finance Committee"),
    ("dataprotection/data-protection.md", "St Anne's Catholic Primary School. Approved by governors"),
    ("dignity/dignity-at-work.docx", "Riverside Learning Trust. Approved by the Trust Board"),
])
def test_the_organisations_name_on_the_dates_line_does_not_make_it_a_clause(document, line):
    doc = read_document(DATA / document, "x")
    assert doc.meta.get("approved") and doc.meta.get("next_review")
    assert not any(c.text.startswith(line) for c in doc.clauses)
    # a line naming the school alone, or with policy words, is left to the title and the clauses
    from bot.parse import _all_meta
    assert not _all_meta(["Riverside Academy."])
    assert not _all_meta(["Riverside Academy.", "Staff must sign in at reception."])
