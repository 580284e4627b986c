"""Parsing the five shipped policies as their owners' exports really look, quirk by quirk."""
from __future__ import annotations

import re
import statistics

import pytest

from bot.corpus import read_text_file
from bot.evaluate import normalize
from bot.parse import MAX_WORDS, parse_text, split_sentences, table_clauses
from tests.conftest import CORPUS, POLICY_IDS

GLYPH = re.compile(r"^\s*(?:e«|«|·|•|-|\*|o|e)(?=\s)\s*")
NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
AUTOLINK = re.compile(r"<((?:https?://|www\.)[^>\s]+)>")
URL_LINE = re.compile(r"^<?(?:https?://|www\.)\S+>?$")


def clauses_of(pid: str):
    return parse_text(read_text_file(CORPUS / f"{pid}.txt"), pid).clauses


def by_section(pid: str, section: str):
    found = [c for c in clauses_of(pid) if c.section == section]
    assert found, f"no clause {section} in {pid}"
    return found


def containing(pid: str, words: str):
    want = normalize(words)
    return [c for c in clauses_of(pid) if want in normalize(c.text)]


def substantive_lines(text: str) -> list[str]:
    """Source lines that carry policy text (independent of the parser): not table rows, markdown
    headings, links, or short unpunctuated title-like lines."""
    out = []
    for raw in text.splitlines():
        line = NUMBER.sub("", GLYPH.sub("", raw.strip()))
        if not line or "\t" in line or line.startswith(("#", "[image")) or URL_LINE.match(line):
            continue
        if not any(ch.islower() for ch in line):
            continue
        words = normalize(line).split()
        titleish = (len(words) <= 12 and not line.rstrip(" *)").endswith((".", ";", ":", "!", "?"))
                    and (line[0].isupper() or line[0].isdigit()))
        if len(words) < 3 or titleish:
            continue
        out.append(normalize(line))
    return out


@pytest.mark.parametrize("pid", POLICY_IDS)
def test_every_sentence_lands_in_exactly_one_clause(pid):
    clauses = clauses_of(pid)
    texts = [normalize(c.text) for c in clauses]
    lines = substantive_lines(read_text_file(CORPUS / f"{pid}.txt"))
    assert len(lines) > 20
    for line in lines:
        holders = [i for i, t in enumerate(texts) if line in t]
        assert holders, f"{pid}: {line!r} is in no clause"
        if len(line.split()) >= 6:   # shorter fragments ("the Data Protection Act 1998") recur by nature
            assert len(holders) == 1, f"{pid}: {line!r} is in {len(holders)} clauses"


@pytest.mark.parametrize("pid", POLICY_IDS)
def test_no_text_is_invented_or_repeated(pid):
    """The clauses, read in order, are the document's own words in the document's order."""
    source = " " + normalize(AUTOLINK.sub(r"\1", read_text_file(CORPUS / f"{pid}.txt"))) + " "
    pos = 0
    for clause in clauses_of(pid):
        for piece in clause.text.split("\n"):
            words = normalize(piece)
            at = source.find(" " + words + " ", pos)
            assert at >= 0, f"{pid} clause {clause.ordinal}: not in the source in order: {piece[:80]!r}"
            pos = at + len(words)


@pytest.mark.parametrize("pid", POLICY_IDS)
def test_quoted_text_is_clean(pid):
    for c in clauses_of(pid):
        assert not re.search(r"[«·\t*]|</?[ib]>|\[image|e« ", c.text), c.text
        for line in c.text.split("\n"):
            assert not re.match(r"^(?:• )?[eo] [a-zA-Z]", line), f"OCR bullet left in {line!r}"
            assert not re.search(r"\t\d+$|\.{4,}", line)
        assert c.heading is None or "*" not in c.heading and "<" not in c.heading
        assert c.line_start <= c.line_end


@pytest.mark.parametrize("pid", POLICY_IDS)
def test_quotes_stay_clause_sized(pid):
    sizes = [len(c.text.split()) for c in clauses_of(pid)]
    assert statistics.median(sizes) <= 60
    assert max(sizes) <= MAX_WORDS


def test_all_policies_median_clause_is_short():
    sizes = [len(c.text.split()) for pid in POLICY_IDS for c in clauses_of(pid)]
    assert statistics.median(sizes) <= 60


# -- Forge: numbers alone on the line before the text; headings numbered on their own line ------------
def test_forge_number_alone_before_text_and_page_break_joined():
    (c64,) = by_section("forge-integrated-primary", "6.4")
    assert c64.text == "Staff members must decline ‘friend requests’ from pupils they receive in their " \
                       "personal social media accounts."
    assert c64.heading == "PERSONAL USE OF SOCIAL MEDIA" and c64.heading_number == "6"


def test_forge_bullet_glyph_before_number_and_mixed_case_heading():
    (c31,) = by_section("forge-integrated-primary", "3.1")
    assert c31.text.startswith("Staff should be aware that disclosure of confidential")
    (c71,) = by_section("forge-integrated-primary", "7.1")
    assert c71.heading == "USING SOCIAL MEDIA ON BEHALF OF Forge Integrated Primary School"
    assert c71.heading_number == "7"
    (c11,) = by_section("forge-integrated-primary", "1.1")
    assert c11.heading == "INTRODUCTION" and c11.heading_number == "1"


def test_forge_footnote_and_trailing_paragraph_keep_their_section():
    parts = by_section("forge-integrated-primary", "6.7")
    assert len(parts) == 3
    assert parts[1].text.startswith("The exception to this is that in acting as a manager")
    assert parts[2].text.startswith("Forge Integrated Primary School logos or brands")
    assert "webspace. Such images" in parts[0].text   # the footnote mark '*' is gone


def test_forge_lead_in_keeps_bulleted_items():
    (c41,) = by_section("forge-integrated-primary", "4.1")
    assert c41.text.splitlines() == [
        "This policy should be read in conjunction with the following school policies:",
        "• Forge Integrated Primary School Code of Conduct for Staff & Volunteers",
        "• Forge Integrated Primary School Internet Use Policy",
        "• Forge on Facebook Policy"]


# -- Southfield: markdown headings, contents table, inline numbers, broken clauses ----------------------
def test_southfield_markdown_headings_and_inline_numbers():
    (c66,) = by_section("southfield-trust", "6.6")
    assert c66.heading == "PERSONAL USE OF SOCIAL MEDIA" and c66.heading_number == "6"
    assert c66.text.startswith("Staff members must decline 'friend requests'")
    (c941,) = by_section("southfield-trust", "9.4.1")
    assert c941.heading == "BREACHES OF THE POLICY"


def test_southfield_clause_broken_by_stray_dash_is_joined_and_keeps_list():
    (c31,) = by_section("southfield-trust", "3.1")
    assert "All individuals working on behalf of the school are bound by a legal duty" in c31.text
    assert c31.text.splitlines()[1:] == ["• The Human Rights Act 1998", "• Common law duty of confidentiality, and",
                                         "• The Data Protection Act 1998."]
    (c61,) = by_section("southfield-trust", "6.1")
    assert "being linked with the schools and the County Council" in c61.text


def test_southfield_lead_in_3_2_keeps_its_items():
    (c32,) = by_section("southfield-trust", "3.2")
    lines = c32.text.splitlines()
    assert lines[0] == "Confidential information includes, but is not limited to:"
    assert len(lines) == 6 and lines[-1] == "• Politically sensitive information."


def test_southfield_contents_table_and_emphasis_are_gone():
    assert not containing("southfield-trust", "Using social media on behalf of The Southfield Trust 6")
    (c613,) = by_section("southfield-trust", "6.13")
    assert "does not permit" in c613.text
    (c12,) = by_section("southfield-trust", "1.2")
    assert "(at times in this document just referred to as 'The Trust')" in c12.text


# -- Tornedale: capital headings, signature table, clause split by a page break ----------------------
def test_tornedale_photographs_clause_joined_across_page_break():
    (photos,) = containing("tornedale-infant", "Photographs, videos or any other types of image")
    assert "wearing education establishment or Council uniforms or clothing" in photos.text
    assert photos.text.endswith("must not be published on personal webspace.")
    assert photos.heading == "PERSONAL USE OF SOCIAL MEDIA" and photos.section is None


def test_tornedale_signature_table_and_title_block_are_not_clauses():
    text = " ".join(c.text for c in clauses_of("tornedale-infant"))
    for junk in ("Date policy ratified", "J Purcell", "Signed by", "Jan 2021"):
        assert junk not in text
    assert clauses_of("tornedale-infant")[0].heading == "INTRODUCTION"


def test_tornedale_nested_list_belongs_to_its_lead_in_only():
    (legal,) = containing("tornedale-infant", "Toredale Infant School is committed to ensuring")
    assert legal.text.splitlines()[1:] == ["• the Human Rights Act 1998", "• Common law duty of confidentiality, and",
                                           "• the Data Protection Act 1998."]
    (conf,) = containing("tornedale-infant", "Confidential information includes, but is not limited to")
    assert len(conf.text.splitlines()) == 6


# -- The OCR'd template: junk bullets, wrapped lines, broken heading numbers ------------------------
def test_template_lead_in_keeps_unbulleted_items():
    (upload,) = containing("school-trust-template", "should not upload any content on to social media sites that")
    lines = upload.text.splitlines()
    assert lines[0] == "Individuals should not upload any content on to social media sites that:"
    assert "• amounts to bullying" in lines and lines[-1] == "• is in any other way unlawful."
    assert upload.section == "5" and upload.heading == "Acceptable use"


def test_template_ocr_bullets_and_wrapped_lines():
    (purpose,) = containing("school-trust-template", "The purpose of this policy is to encourage good practice")
    assert purpose.text.startswith("The purpose of this policy")
    (risks,) = containing("school-trust-template", "Potential risks can include")
    assert "• grooming, exploitation or stalking;" in risks.text.splitlines()
    (records,) = containing("school-trust-template", "Individuals should keep any records of the abuse")
    assert records.text.endswith("the time, date and address of site should be recorded.")
    assert "gov.uk" not in records.text   # a page-foot link is not part of the clause


def test_template_heading_number_moved_by_ocr_is_recovered():
    (definition,) = containing("school-trust-template", "Social media is a broad term")
    assert definition.heading == "Definition of social media" and definition.section == "4"
    (friend,) = containing("school-trust-template", "accept or invite")
    assert friend.heading == "Acceptable use" and friend.section == "5"


# -- Balfour: contents with <i> tags, date lines, clause broken by blank lines ----------------------
def test_balfour_contents_and_dates_are_not_clauses():
    text = " ".join(c.text for c in clauses_of("balfour-primary"))
    assert "Introduction....." not in text and "Date approved" not in text and "Review Date" not in text
    (c710,) = by_section("balfour-primary", "7.10")
    assert c710.heading == "Personal Use of Social Media" and c710.heading_number == "7"


@pytest.mark.parametrize("leader", [". . . . . . . . .", ".  .  .  .  .  .", "…………", "............"])
def test_a_contents_line_with_a_leader_to_its_page_number_is_not_a_clause(leader):
    # a PDF exported from Google Docs or made by a report writer draws its dotted leaders spaced
    # (tests/data/recruitment): each contents line was a clause numbered as its section
    from bot.parse import parse_text
    doc = parse_text(f"Contents\n\n1. Purpose and scope {leader} 2\n\n2. References {leader} 3\n\n"
                     "1. Purpose and scope\n\n1.1 This policy applies to all staff.\n\n2. References\n\n"
                     "2.1 Two references are required.", "p")
    assert [(c.section, c.text) for c in doc.clauses] == [
        ("1.1", "This policy applies to all staff."), ("2.1", "Two references are required.")]


def test_a_sentence_ending_in_spaced_dots_and_a_number_is_still_read():
    from bot.parse import parse_text
    doc = parse_text("# Pay\n\nStaff are paid on the 20th of each month. See the scale at point 4.", "p")
    assert [c.text for c in doc.clauses] == ["Staff are paid on the 20th of each month. See the scale at point 4."]


def test_a_line_of_date_statements_is_not_a_clause():
    from bot.parse import parse_text
    doc = parse_text("Approved by the Full Governing Body: 21 January 2026. Next review: January 2027.\n\n"
                     "# Medicines\n\nMedicines are kept in the office.", "p")
    assert [c.text for c in doc.clauses] == ["Medicines are kept in the office."]
    assert doc.meta == {"approved": "2026-01-21", "next_review": "2027-01"}


@pytest.mark.parametrize("line", [
    # the person's initial ends no sentence, and a policy lead is a detail like a policy owner
    # (tests/data/sunsafety, and tests/data/attendance's "by the Attendance Lead, Mr D. Okoro")
    "Approved by the Governing Board: 19 May 2025. Next review: May 2027. Policy lead: Mrs J. Holloway, "
    "School Business Manager.",
    "Last reviewed: 2 September 2025 by the Attendance Lead, Mr D. Okoro. Next review: September 2026.",
])
def test_a_dates_line_naming_a_person_by_an_initial_is_not_a_clause(line):
    from bot.parse import parse_text
    doc = parse_text(f"{line}\n\n# Sun cream\n\nSun cream is not a medicine.", "p", paragraphs_known=True)
    assert [c.text for c in doc.clauses] == ["Sun cream is not a medicine."]
    assert doc.meta["next_review"] in ("2027-05", "2026-09")


@pytest.mark.parametrize("line", [
    # dates set apart by a bar, as a Google Doc's line under the title is (tests/data/foodallergy)
    "Approved by the Full Governing Body: 10 February 2026 | Review date: February 2027",
    "Approved: 10 February 2026 \u00b7 Next review: February 2027 \u00b7 Policy owner: the headteacher",
])
def test_dates_set_apart_by_a_bar_or_a_dot_are_not_a_clause(line):
    from bot.parse import parse_text
    doc = parse_text(f"{line}\n\n# Nuts\n\nOakfield is a nut-free school.", "p", paragraphs_known=True)
    assert [c.text for c in doc.clauses] == ["Oakfield is a nut-free school."]
    assert doc.meta == {"approved": "2026-02-10", "next_review": "2027-02"}


def test_a_bar_between_words_that_are_not_dates_keeps_the_line():
    from bot.parse import parse_text
    line = "Approved snacks: fruit | Not allowed: nuts, sweets and fizzy drinks in lunchboxes at any time"
    doc = parse_text(f"# Snacks\n\n{line}", "p", paragraphs_known=True)
    assert [c.text for c in doc.clauses] == [line]


def test_a_long_title_under_the_organisations_name_is_the_title_not_the_first_paragraph():
    # plain text typed with no blank line between the academy's name and the title, and a title too
    # long for a heading: it was read as the start of the first paragraph (tests/data/pesafety)
    from bot.parse import parse_text
    doc = parse_text("HOLLYBANK ACADEMY\nPE, Changing Rooms and Sports Safety: Guidance for Staff\n"
                     "Issued by the Head of PE, 1 September 2025. Next review: September 2026.\n\n"
                     "This guidance is for everyone who teaches PE.\n\n1) Kit\n- Pupils who forget their kit "
                     "will borrow spare kit.\n", "p")
    assert doc.title == "PE, Changing Rooms and Sports Safety: Guidance for Staff"
    assert [c.text for c in doc.clauses] == ["This guidance is for everyone who teaches PE.",
                                             "Pupils who forget their kit will borrow spare kit."]
    # after the first paragraph, a long line naming a document is text as before
    line = "See the Behaviour Policy and the Uniform and Kit Guidance for Staff"
    later = parse_text(f"# Kit\n\nPupils borrow kit.\n\n{line}\n", "p")
    assert line in [c.text for c in later.clauses]


def test_numbered_steps_after_a_lead_in_are_its_items_not_sections():
    # a guide's steps ("When the alarm sounds:" then "1. Stop teaching...", wrapped in a PDF) were read
    # as numbered paragraphs or headings, and the paragraph after them was cited as section 3
    text = ("Fire\n\nWhen the alarm sounds:\n\n1. Stop teaching and tell pupils to leave by the\nnearest exit.\n\n"
            "2. Do not collect bags.\n\n3. Never use the lift\n\nThe assembly point is the playground.\n")
    doc = parse_text(text, "fire", paragraphs_known=True)
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        (None, "Fire", "When the alarm sounds:\n• 1. Stop teaching and tell pupils to leave by the nearest exit.\n"
                       "• 2. Do not collect bags.\n• 3. Never use the lift"),
        (None, "Fire", "The assembly point is the playground.")]
    # a numbered document's headings and paragraphs are still its sections
    numbered = parse_text("1. Purpose\n\nThis policy sets out:\n\n2. Scope\n\nIt applies to all staff.\n", "p")
    assert [(c.section, c.heading) for c in numbered.clauses] == [("1", "Purpose"), ("2", "Scope")]


def test_a_wrapped_line_starting_with_a_cited_number_goes_on_the_sentence():
    # laid out in a PDF column, "please see point 6.1 &" / "6.2 above." wrapped before a number: in
    # laid-out text a numbered paragraph starts after a paragraph break, so this one is not 6.2
    text = ("7.10 Staff should not be friends with parents, please see point 6.1 &\n6.2 above.\n\n"
            "7.11 Staff must decline friend requests.\n")
    doc = parse_text(text, "p", paragraphs_known=True)
    assert [(c.section, c.text) for c in doc.clauses] == [
        ("7.10", "Staff should not be friends with parents, please see point 6.1 & 6.2 above."),
        ("7.11", "Staff must decline friend requests.")]


def test_a_contacts_box_of_labelled_lines_is_details_not_headings():
    text = ("Key contacts\n\nSite Manager: radio channel 1, or extension 201\n\n"
            "Lockdown inbox: lockdown@school.example.org\n\nOut of hours: 01632 960 451\n")
    doc = parse_text(text, "contacts", paragraphs_known=True)
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Key contacts", "Site Manager: radio channel 1, or extension 201"),
        ("Key contacts", "Lockdown inbox: lockdown@school.example.org"),
        ("Key contacts", "Out of hours: 01632 960 451")]
    # one labelled line alone, free-standing, is still a heading ("Stage 1: informal")
    staged = parse_text("Stage 1: informal\n\nTalk to the class teacher first.\n", "stages")
    assert [(c.heading, c.text) for c in staged.clauses] == [("Stage 1: informal", "Talk to the class teacher first.")]


def test_a_footer_review_date_with_no_colon_is_the_next_review():
    from bot.parse import stated_dates
    assert stated_dates(["School name · Issued September 2025 · Review September 2026"]) == {
        "approved": "2025-09", "next_review": "2026-09"}
    assert stated_dates(["Reviewed by governors. Review 01/09/2026"])["next_review"] == "2026-09-01"
    assert stated_dates(["We review 3 cases a term."]) == {}


def test_a_review_date_given_as_a_school_term_is_due_by_the_end_of_that_term():
    from bot.parse import stated_dates
    from bot.readers.wordproc import signature_dates
    assert stated_dates(["Adopted by the Governing Body: 9 October 2025", "Review date: Summer Term 2027"]) == {
        "approved": "2025-10-09", "next_review": "2027-07"}
    assert stated_dates(["Approved: Autumn term 2025. Next review: Spring 2027"]) == {
        "approved": "2025-09", "next_review": "2027-03"}
    assert stated_dates(["Review date: Autumn 1 2026"])["next_review"] == "2026-10"
    assert stated_dates(["Next review: Michaelmas Term 2026"])["next_review"] == "2026-12"
    assert signature_dates([["Ratified by governors", "Spring 2 2025"], ["Review", "Summer 2026"]]) == {
        "approved": "2025-02", "next_review": "2026-07"}
    # a month stated beside the term is the date; a season that is not a term is not a date
    assert stated_dates(["Review date: Summer term (June 2027)"])["next_review"] == "2027-06"
    assert stated_dates(["Review date: after the summer holidays"]) == {}


def test_balfour_clause_broken_by_blank_lines_is_joined():
    (c83,) = by_section("balfour-primary", "8.3")
    assert "Assistant Headteacher/Deputy Headteacher/Headteacher/Governors) so they can be dealt with" in c83.text


def test_balfour_purpose_list_and_links():
    (c21,) = by_section("balfour-primary", "2.1")
    assert len(c21.text.splitlines()) == 8
    (link,) = containing("balfour-primary", "Teacher's Standards 2012")
    assert link.text.startswith("Teacher's Standards 2012 https://www.education.gov.uk/")


# -- generic behaviour -------------------------------------------------------------------------------
@pytest.mark.parametrize("block, title", [
    ("HOLLYBROOK ACADEMIES TRUST\n\nGRIEVANCE PROCEDURE FOR ALL STAFF", "GRIEVANCE PROCEDURE FOR ALL STAFF"),
    ("Oakfield Primary School\n\nStaff Code of Conduct", "Staff Code of Conduct"),
    ("Riverside Trust\n\nSocial Media Policy", "Social Media Policy"),
    ("Staff Handbook", "Staff Handbook"),
])
def test_the_title_is_the_line_naming_a_kind_of_document_not_the_organisation(block, title):
    doc = parse_text(block + "\n\n1. PURPOSE\n\n1.1 This procedure applies to all staff.\n", "x")
    assert doc.title == title


def test_unnumbered_paragraphs_and_bullets_become_clauses():
    doc = parse_text("Staff Handbook\n\nHOLIDAYS\n\nStaff get 25 days.\nThey ask the head.\n\n"
                     "- Bullet one is here.\n- Bullet two is here.\n", "h")
    assert doc.title == "Staff Handbook"
    assert [c.text for c in doc.clauses] == ["Staff get 25 days. They ask the head.",
                                             "Bullet one is here.", "Bullet two is here."]
    assert all(c.heading == "HOLIDAYS" for c in doc.clauses)
    assert [c.paragraph for c in doc.clauses] == [1, 2, 3]


@pytest.mark.parametrize("glyph", ["☐", "☑", "☒", "❑", "✔", "❖", "\uf076", "\uf0d8", "\uf0fc"])
def test_a_checklist_or_word_library_bullet_keeps_its_items_under_the_lead_in(glyph):
    # Document 83's checklists are typed with ballot boxes from Word's symbols: the boxes were read as
    # text, so the lead-in stood alone and its items ran together as one paragraph. Word's bullet
    # library (❖ ➢ ✓) comes out of a PDF as its Wingdings codes.
    doc = parse_text("HOME VISITS POLICY\n\n3. PLANNING A VISIT\n\n3.4 Before you leave school, check that:\n\n"
                     f"{glyph} the office has the address;\n{glyph} you have a charged school mobile phone.\n", "hv")
    assert [(c.section, c.text) for c in doc.clauses] == [
        ("3.4", "Before you leave school, check that:\n• the office has the address;\n"
                "• you have a charged school mobile phone.")]


def test_long_clause_is_split_at_sentences_and_keeps_its_number():
    sentence = "Staff must keep every record of the meeting safe and share it only with the head. "
    doc = parse_text("3. Records\n\n3.1 " + sentence * 25 + "\n", "x")
    assert len(doc.clauses) >= 2
    assert all(c.section == "3.1" and c.heading == "Records" for c in doc.clauses)
    assert all(len(c.text.split()) <= MAX_WORDS for c in doc.clauses)
    assert [c.part for c in doc.clauses] == list(range(len(doc.clauses)))
    assert normalize(" ".join(c.text for c in doc.clauses)) == normalize(sentence * 25)


def test_sentence_splitter_keeps_abbreviations():
    assert split_sentences("Use e.g. Facebook. Then stop. Mr. Smith agrees!") == [
        "Use e.g. Facebook.", "Then stop.", "Mr. Smith agrees!"]


def test_odd_input_never_crashes():
    for text in ["", "\n\n", "-\n-\n", "1\n2\n3", "#\n##", "«\n·", "\t\t", "6.4\n", "a" * 5000]:
        parse_text(text, "odd")


def test_table_rows_keep_their_own_line_numbers_past_an_empty_row():
    # a row left empty in a markdown table gives no clause, and the rows after it still cite the
    # lines they are on
    text = ("# Leave Policy\n\n## 3. Types of leave\n\n| Reason | Leave |\n|---|---|\n| | |\n"
            "| Moving house | 1 day |\n| Jury service | As required |\n\n4.1 Staff must ask in writing.\n")
    clauses = parse_text(text, "leave").clauses
    assert [(c.text, c.line_start) for c in clauses] == [
        ("Reason: Moving house; Leave: 1 day.", 8), ("Reason: Jury service; Leave: As required.", 9),
        ("Staff must ask in writing.", 11)]


def test_a_line_all_in_bold_is_a_heading_even_with_its_text_right_under_it():
    # "**Jewellery**" with its paragraph on the next line was read as the paragraph's first word,
    # under the heading before. A sentence in bold is still text.
    text = ("# Staff Dress Code\n\n**Footwear**\n\nStaff must wear safe, closed shoes.\n\n"
            "**Jewellery**\nSmall studs are allowed.\n\n<b>2. Tattoos</b>\nTattoos may be visible.\n\n"
            "**Staff must never wear open-toed shoes on the yard.**\n")
    doc = parse_text(text, "dress")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        (None, "Footwear", "Staff must wear safe, closed shoes."),
        (None, "Jewellery", "Small studs are allowed."),
        ("2", "Tattoos", "Tattoos may be visible."),
        ("2", "Tattoos", "Staff must never wear open-toed shoes on the yard.")]


def test_a_line_that_only_says_who_issued_it_and_when_is_not_a_clause():
    text = ("EXAMINATIONS: GUIDANCE FOR INVIGILATORS\n\nIssued by the Exams Officer, September 2025. "
            "Review: September 2026.\n\n1. BEFORE THE EXAM\n\n1.1 Arrive 30 minutes before the start.\n\n"
            "1.2 Agreed by the staff that phones stay in lockers since May 2019.\n")
    doc = parse_text(text, "exams")
    assert [c.text for c in doc.clauses] == ["Arrive 30 minutes before the start.",
                                             "Agreed by the staff that phones stay in lockers since May 2019."]
    assert (doc.meta or {}).get("next_review", "2026-09") == "2026-09"


def test_lettered_items_are_a_list_under_their_lead_in():
    text = ("POLICY\n\n2. BEFORE THE EXAM\n\n2.3 Before candidates enter, check that:\n"
            "(a) the clock is visible to every candidate;\n(b) the start time is on the board;\n"
            "iv) displays have been covered.\n\n2.4 Then let them in.\n")
    doc = parse_text(text, "exams")
    assert [c.text for c in doc.clauses] == [
        "Before candidates enter, check that:\n• (a) the clock is visible to every candidate;\n"
        "• (b) the start time is on the board;\n• iv) displays have been covered.", "Then let them in."]


def test_a_question_in_bold_heads_its_answer_in_markdown_too():
    text = ("# Lettings Guide\n\n## 4. Questions\n\n**Can I let my friend use the hall?**\n\n"
            "Only with the business manager's agreement.\n\n## Contacts\n\nThe office.\n")
    doc = parse_text(text, "lettings")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("4", "Can I let my friend use the hall?", "Only with the business manager's agreement."),
        (None, "Contacts", "The office.")]


def test_markdown_exported_from_a_notes_app_reads_its_html_blocks_and_links():
    # Notion's export: a properties block under the title, a callout in <aside>, toggles in
    # <details> whose <summary> is the toggle's title, links to the export's other pages; the
    # callout's icon, leading its text, is not quoted
    text = ("# Intimate Care Policy\n\nOwner: J. Patel\nCreated: September 12, 2024 9:41 AM\n"
            "Last edited time: November 3, 2025 4:12 PM\nStatus: Approved\nTags: EYFS, SEND\n\n"
            "<aside>\n💡 Read this with the [Child Protection Policy](Child%20Protection%20Policy%20"
            "12ab34cd.md) and the [DfE guidance](https://www.gov.uk/guidance/x \"KCSIE\").\n\n</aside>\n\n"
            "## 7. Trips\n\n<details>\n<summary>Does this apply at swimming?</summary>\n\n"
            "Yes. Staff help children to get changed. ![photo](Untitled.png)\n\n</details>\n")
    doc = parse_text(text, "care")
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Intimate Care Policy", "Read this with the Child Protection Policy and the DfE guidance "
                                 "(https://www.gov.uk/guidance/x)."),
        ("Does this apply at swimming?", "Yes. Staff help children to get changed.")]
    assert doc.meta == {"approved": "2025-11-03"}



def test_a_review_due_line_is_dates_and_a_checklists_empty_boxes_are_not_quoted():
    # Document 98 (a Word DSE policy): "Adopted by …: 12 May 2025. Review due: May 2027. Policy lead:
    # …" was quoted as a clause, and each row of its workstation checklist ended "Yes: ☐; No: ☐."
    text = ("# Display Screen Equipment Policy\n\nAdopted by the Full Governing Body: 12 May 2025. Review due: "
            "May 2027. Policy lead: School Business Manager.\n\n## 8. Workstation checklist\n\n"
            "| Check | Yes | No |\n|---|---|---|\n| Is the top of your screen at about eye level? | ☐ | ☐ |\n"
            "| Is the screen free from glare? | ☑ | ☐ |\n")
    doc = parse_text(text, "dse")
    assert doc.meta == {"approved": "2025-05-12", "next_review": "2027-05"}
    assert [c.text for c in doc.clauses] == ["Check: Is the top of your screen at about eye level?",
                                             "Check: Is the screen free from glare?; Yes: ☑."]


def test_markdown_from_google_docs_keeps_star_bullets_and_escaped_numbers():
    # Google Docs' "Download as Markdown" writes bullets with "*" and escapes a typed "1." as "1\."
    text = ("# Mobile Phones Policy\n\n1\\. Staff phones\n\nStaff must not:\n\n* use phones in class\n"
            "* take photos of pupils\n\n+ keep it on silent\n")
    doc = parse_text(text, "phones")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("1", "Staff phones", "Staff must not:\n• use phones in class\n• take photos of pupils\n• keep it on silent")]


def test_markdown_from_a_website_reads_its_front_matter_and_drops_comments_and_quote_marks():
    # a static site's page (Jekyll, Hugo) or a note with YAML front matter; an editor's HTML comment;
    # a heading's {#id}; a blockquote and an Obsidian or GitHub callout
    text = ('---\ntitle: "Staff Attendance Policy"\ndate: 2025-03-14\nreview: March 2026\nlayout: policy\n---\n\n'
            "<!-- do not edit without HR approval\n-->\n# Attendance {#top}\n\n> **Note:** This applies to all staff.\n\n"
            "> [!warning]\n> Staff must phone their line manager before 7.30am.\n")
    doc = parse_text(text, "attendance")
    assert doc.title == "Staff Attendance Policy"
    assert doc.meta == {"approved": "2025-03-14", "next_review": "2026-03"}
    assert [(c.heading, c.text, c.line_start) for c in doc.clauses] == [
        ("Attendance", "Note: This applies to all staff.", 12),
        ("Attendance", "Staff must phone their line manager before 7.30am.", 15)]
    # front matter is data: aliases nested a billion times over are not expanded
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefg", "bcdefgh")) + "date: *h\ntitle: *h\n---\nText.\n"
    assert parse_text(bomb, "bomb").meta == {}
    # a file that only starts with a rule is not front matter
    assert parse_text("---\n\nStaff must sign in.\n", "x").clauses[0].text == "Staff must sign in."


def test_a_notes_app_page_reads_its_links_highlights_and_callout_titles_as_a_reader_sees_them():
    # Document 84's copyright guidance, a note in an Obsidian vault: links to other notes were quoted
    # with their brackets ("see [[Exams Policy]]"), an embedded poster's file name and a highlight's
    # "==" marks were quoted, tags were, and a callout's title ran into its text ("Who this is for All
    # teaching and support staff..."). A hashtag inside a sentence is the sentence's.
    text = ("# Copyright and licensing for staff\n\n> [!info] Who this is for\n> All staff who copy material. "
            "See [[Photography and Images Policy]].\n\n## 1. Showing films\n\nAsk the ==school business manager==."
            " See [[Online Safety Policy#Streaming|the streaming rules]] and [[Online Safety Policy#Streaming]]. "
            "![[poster.png]] #copyright #handbook\n\nDo not post with hashtags such as #strike on school accounts.\n\n"
            "> [!tip] Check first.\n> Is it for your class?\n")
    doc = parse_text(text, "copyright")
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Copyright and licensing for staff", "Who this is for: All staff who copy material. See Photography "
                                              "and Images Policy."),
        ("Showing films", "Ask the school business manager. See the streaming rules and Online Safety Policy > "
                          "Streaming."),
        ("Showing films", "Do not post with hashtags such as #strike on school accounts."),
        ("Showing films", "Check first. Is it for your class?")]


def test_a_documentation_site_page_reads_its_admonitions_tabs_and_footnotes():
    # MkDocs (Python-Markdown's extensions): abbreviation tooltips and a contents list of links to the
    # page's own headings are not policy; an admonition, a collapsible FAQ block and a content tab head
    # the indented text under them, until the text is unindented again; a footnote is read at the end,
    # its mark gone from the text
    text = ("# Training Policy\n\n*[ECT]: Early Career Teacher\n\n**Contents**\n\n- [1. Entitlement](#1-entitlement)\n"
            "- [FAQ](#faq)\n\n## 1. Entitlement\n\n=== \"Teachers\"\n\n    1.1 Teachers get five INSET days.\n\n"
            "!!! warning \"Mandatory training\"\n    Safeguarding training is mandatory for all staff.\n\n"
            "1.2 A refusal may be reviewed by the head[^1].\n\n!!! note\n    Ask HR if unsure.\n\n## FAQ\n\n"
            "??? question \"Is study leave paid?\"\n    Yes, for two days.\n\n[^1]: The head's decision is final.\n"
            "    It cannot be appealed.\n\n!!! Do not share your password.\n")
    doc = parse_text(text, "training")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("1.1", "Teachers", "Teachers get five INSET days."),
        ("1", "Mandatory training", "Safeguarding training is mandatory for all staff."),
        ("1.2", "Entitlement", "A refusal may be reviewed by the head."),     # unindented: the block is over
        ("1.2", "Entitlement", "Ask HR if unsure."),                           # a block with no title heads nothing
        (None, "Is study leave paid?", "Yes, for two days."),
        (None, "FAQ", "!!! Do not share your password."),                    # not an admonition: kept
        (None, "Footnotes", "The head's decision is final. It cannot be appealed.")]
    assert doc.clauses[-1].line_start > doc.clauses[-2].line_start


def test_a_docusaurus_page_reads_its_fenced_admonitions():
    # Docusaurus: an admonition is fenced by colons around unindented text. Its title
    # (":::warning[Title]", or version 2's ":::warning Title") heads the text up to the closing colons,
    # and the text after them is its heading's again; one with no title heads nothing. The colons
    # were quoted as the clause's first words (tests/data/prevent).
    text = ("# Prevent\n\n## What to do\n\nTell the DSL the same day.\n\n:::warning[Immediate danger]\n"
            "If anyone is in immediate danger, call 999 first.\n:::\n\nDo not investigate it yourself.\n\n"
            ":::tip Talking about the news\n\nLet pupils ask questions.\n\n:::\n\n"
            ":::info\nPrevent is part of safeguarding.\n:::\n")
    doc = parse_text(text, "prevent")
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("What to do", "Tell the DSL the same day."),
        ("Immediate danger", "If anyone is in immediate danger, call 999 first."),
        ("What to do", "Do not investigate it yourself."),
        ("Talking about the news", "Let pupils ask questions."),
        ("What to do", "Prevent is part of safeguarding.")]


def test_markdown_from_pandoc_reads_its_tables_definitions_and_wrapped_numbers():
    # a Word document converted with pandoc: underlined headings, a definition list, numbered
    # paragraphs whose wrapped lines hang under their text, a hard line break, a grid table whose
    # cells wrap, and a multiline table (its rows apart, one long rule above and below)
    text = ("Staff Guidance\n==============\n\nDefinitions\n-----------\n\nGrooming\n\n:   Building a relationship\n"
            "    with a child in order to abuse them.\n\nRules\n-----\n\n1.  Staff must not use their position to\n"
            "    gain an advantage.\n\n2.  Staff must not make remarks of a sexual nature to a pupil, or discuss their\n"
            "    own relationships.\n\n3.  A relationship between staff and a pupil under\n    18 is a criminal offence.\n\n"
            "Approved: 14 October 2025\\\nContact the head.\\\n\n"
            "+------------------+-----------------------+\n| Gift             | What to do            |\n"
            "+==================+=======================+\n| Worth £25 or     | Declare it to the     |\n"
            "| more             | business manager      |\n+------------------+-----------------------+\n"
            "| Cash             | Must not be accepted  |\n+------------------+-----------------------+\n\n"
            "  ------------------------------------------\n  Role              Name\n"
            "  ----------------- ------------------------\n  DSL               Mrs Helen Okafor\n\n"
            "  Deputy DSL        Mr Tom Reilly\n  ------------------------------------------\n")
    doc = parse_text(text, "guidance")
    assert doc.title == "Staff Guidance"
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        (None, "Definitions", "Grooming: Building a relationship with a child in order to abuse them."),
        ("1", "Rules", "Staff must not use their position to gain an advantage."),
        ("2", "Rules", "Staff must not make remarks of a sexual nature to a pupil, or discuss their own relationships."),
        ("3", "Rules", "A relationship between staff and a pupil under 18 is a criminal offence."),
        ("3", "Rules", "Contact the head."),
        ("3", "Rules", "Gift: Worth £25 or more; What to do: Declare it to the business manager."),
        ("3", "Rules", "Gift: Cash; What to do: Must not be accepted."),
        ("3", "Rules", "Role: DSL; Name: Mrs Helen Okafor."),
        ("3", "Rules", "Role: Deputy DSL; Name: Mr Tom Reilly.")]
    # numbered items after a lead-in, or under numbered headings, are still a list
    listed = parse_text("## Steps\n\nWhen the alarm sounds:\n\n1. Stop teaching.\n\n2. Leave by the nearest exit.\n", "x")
    assert [c.text for c in listed.clauses] == ["When the alarm sounds:\n• 1. Stop teaching.\n• 2. Leave by the nearest exit."]
    numbered = parse_text("## 4. Leave\n\n1. Ask your line manager.\n\n2. Record it on the portal.\n", "x")
    assert [(c.section, c.text) for c in numbered.clauses] == [
        ("4", "1. Ask your line manager."), ("4", "2. Record it on the portal.")]


def test_a_wiki_page_in_markdown_reads_its_html_tables_and_lists():
    # a GitLab or GitHub wiki page (or Docusaurus, or a Confluence export) writes tables and lists as
    # HTML, over many lines or on one: a table reads as a markdown table would, row by row with its
    # column headings, a <br> in a cell as the cell's next line, and a list as its items; a logo, an
    # anchor, a contents tag, entities, a footnote mark and an email address in <...> read as text would
    text = ("# Working Hours\n\n<img src=\"uploads/logo.png\" alt=\"Trust logo\" width=\"120\">\n\n[[_TOC_]]\n\n"
            "## 2. Directed time\n\n<a name=\"directed\"></a>\n\nTeachers work 1265 hours&nbsp;a year "
            "&amp; no more<sup>1</sup>.\n\n<table>\n  <thead>\n    <tr><th>Activity</th><th>Notes</th></tr>\n"
            "  </thead>\n  <tbody>\n    <tr>\n      <td>Parents' evenings</td>\n      <td>Up to four a year<br>"
            "Part-time staff attend pro rata</td>\n    </tr>\n    <tr><td>Meetings</td><td>One hour<br>a week</td></tr>\n"
            "  </tbody>\n</table>\n\n## 6. Cover\n\n<ol><li>Do not arrange cover yourself.</li>"
            "<li>Leave work on the shared drive by 8am.</li></ol>\n\nAsk <hr@trust.org.uk>.\n")
    doc = parse_text(text, "hours")
    assert [(c.section, c.heading, c.text) for c in doc.clauses] == [
        ("2", "Directed time", "Teachers work 1265 hours a year & no more."),
        ("2", "Directed time", "Activity: Parents' evenings; Notes: Up to four a year; Part-time staff attend pro rata."),
        ("2", "Directed time", "Activity: Meetings; Notes: One hour a week."),
        ("6", "Cover", "1. Do not arrange cover yourself."),
        ("6", "Cover", "2. Leave work on the shared drive by 8am."),
        ("6", "Cover", "Ask hr@trust.org.uk.")]
    # the table's rows are within the lines it spans (13-24); a list written on one line (28) has its
    # items on lines of their own, which push the lines after it on by three
    lines = [c.line_start for c in doc.clauses]
    assert lines[0] == 11 and all(13 <= n <= 24 for n in lines[1:3]) and lines[3:] == [29, 30, 33]
    # a list that starts at 4, with a list inside an item, and no lead-in: numbered paragraphs, as the
    # same list in markdown is; a table that is never closed is left as written
    nested = parse_text("## Steps\n\n<ol start=\"4\">\n<li>Stop.\n<ul><li>Count the class.</li></ul>\n</li>\n"
                        "<li>Leave.</li>\n</ol>\n\n<table>\n<tr><td>Open</td></tr>\n", "x")
    assert [(c.section, c.text) for c in nested.clauses] == [
        ("4", "Stop."), ("4", "Count the class."), ("5", "Leave."), ("5", "<table> <tr><td>Open</td></tr>")]
    assert [(c.section, c.text) for c in nested.clauses] == [(c.section, c.text) for c in parse_text(
        "## Steps\n\n4. Stop.\n    - Count the class.\n5. Leave.\n\n<table>\n<tr><td>Open</td></tr>\n", "x").clauses]


def test_hand_written_markdown_reads_its_reference_links_struck_words_and_task_lists():
    # GitHub-flavoured markdown as a person writes it in a repository: reference-style links with
    # their definitions at the end, words struck out (taken out of the policy, not in it), a task list,
    # "_never_" for emphasis, and "1)" paragraphs whose lines hang under their text
    text = ("Visitors Policy\n===============\n\n1. Signing in\n-------------\n\n"
            "1) All visitors sign in at the main reception and _never_ come in\n   by the side gate.\n"
            "2) ~~Visitors may wait in the staff room.~~ Visitors wait in\n   reception.\n\n"
            "Read the [lockdown procedure][lockdown], [KCSIE] and the ![plan][map] [insert name].\n\n"
            "Before a volunteer starts:\n\n- [ ] show them the fire exits\n- [x] give them the leaflet\n\n"
            "[lockdown]: ./lockdown-procedure.md\n[KCSIE]: <https://www.gov.uk/kcsie> \"Keeping children safe\"\n"
            "[map]: site-map.png\n")
    doc = parse_text(text, "visitors")
    assert [(c.section, c.text) for c in doc.clauses] == [
        ("1", "1) All visitors sign in at the main reception and never come in by the side gate."),
        ("1", "2) Visitors wait in reception."),
        ("1", "Read the lockdown procedure, KCSIE (https://www.gov.uk/kcsie) and the [insert name]."),
        ("1", "Before a volunteer starts:\n• show them the fire exits\n• give them the leaflet")]
    # a name with underscores is a name, and a tilde is not a strike-through
    assert parse_text("Save it as staff_photo_2025.jpg, ~5MB at most.\n", "x").clauses[0].text == \
        "Save it as staff_photo_2025.jpg, ~5MB at most."


def test_a_table_of_content_that_mentions_a_review_is_kept_and_a_signature_table_is_not():
    # one row of a complaints procedure's stages is a "review panel": the table is still content.
    # A table whose first heading, or half of whose rows, are labels of a signature block is not.
    text = ("# Complaints\n\n## 3. Stages\n\n| Stage | Who deals with it |\n|---|---|\n"
            "| Stage 1: informal | The class teacher |\n| Stage 3: review panel | Three governors |\n\n"
            "| Policy owner | Headteacher |\n|---|---|\n| Date ratified | March 2025 |\n"
            "| Next review | March 2027 |\n\n| Version | Changes |\n|---|---|\n| 2.1 | New stage 3 |\n\n"
            "| Responsible committee | Full governing body |\n|---|---|\n| Statutory | Yes |\n"
            "| Author | School business manager |\n")
    assert [c.text for c in parse_text(text, "complaints").clauses] == [
        "Stage: Stage 1: informal; Who deals with it: The class teacher.",
        "Stage: Stage 3: review panel; Who deals with it: Three governors."]


def test_a_plain_text_title_under_a_letterhead_and_a_lead_in_ending_in_a_dash():
    doc = parse_text("Carrow County Council\nSchools HR Service\n\nMODEL POLICY: OUTSIDE INTERESTS\n\n"
                     "1 Declarations\n\n1.1 An employee shall declare -\n(a) any paid work outside the school;\n"
                     "(b) any directorship.\n\n1.2 The register is kept by the business manager.\n", "x")
    assert doc.title == "MODEL POLICY: OUTSIDE INTERESTS"
    first = next(c for c in doc.clauses if c.section == "1.1")
    assert first.text.split("\n") == ["An employee shall declare -", "• (a) any paid work outside the school;",
                                      "• (b) any directorship."]


def test_a_plain_text_faq_is_titled_by_its_first_line_over_the_schools_name():
    # "Staff Wellbeing and Support: Frequently Asked Questions" / "Hartfield Community School" over a
    # heading in capitals: the title, not a clause (its colon is no "Site Manager:" label), and the
    # questions and answers are quoted as the page sets them (tests/data/wellbeingfaq)
    doc = parse_text("Staff Wellbeing and Support: Frequently Asked Questions\nHartfield Community School\n"
                     "Last updated: 3 November 2025\n\nGETTING SUPPORT\n\nQ: Can I get counselling?\n"
                     "A: Yes. The EAP offers up to six sessions.\n", "faq")
    assert doc.title == "Staff Wellbeing and Support: Frequently Asked Questions"
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("GETTING SUPPORT", "Q: Can I get counselling? A: Yes. The EAP offers up to six sessions.")]


def test_a_dates_line_at_the_foot_of_the_page_gives_the_dates():
    # Document 102 (a Moodle page): "Approved by the Trust Board on 11 March 2025. Next review: March
    # 2027." at the foot of the text, then Moodle's "Last modified: Tuesday, 18 March 2025, 3:42 PM". Only
    # the first lines and labelled lines were read for dates, so the policy was approved on the day the
    # page was last edited, with no review date.
    body = "".join(f"1.{n} Staff must follow rule {n} of this policy at all times.\n\n" for n in range(1, 21))
    doc = parse_text("# References Policy\n\n## 1. Rules\n\n" + body + "Approved by the Trust Board on 11 March "
                     "2025. Next review: March 2027.\n\nLast modified: Tuesday, 18 March 2025, 3:42 PM\n", "refs")
    assert doc.meta == {"approved": "2025-03-11", "next_review": "2027-03"}
    assert not any("Trust Board" in c.text or "Last modified" in c.text for c in doc.clauses)


def test_an_faqs_q_and_a_labels_are_not_quoted_when_the_question_is_a_heading():
    # Document 101 (a fundraising FAQ as a PDF from Word): each question in bold after "Q.", its answer
    # after "A.". The heading read "Q. Who counts the money?" and the answer "A. Two adults count it".
    doc = parse_text("# Fundraising FAQ\n\n## Handling cash\n\n**Q. Who counts the money?**\n\n"
                     "A. Two adults count it together.\n\n**Q2: Can I take it home?**\n\nA: No. Cash stays "
                     "in school.\n\n**Can pupils do a sponsored event?**\n\nA. N. Other is the contact.\n", "faq")
    assert [(c.heading, c.text) for c in doc.clauses] == [
        ("Who counts the money?", "Two adults count it together."),
        ("Can I take it home?", "No. Cash stays in school."),
        ("Can pupils do a sponsored event?", "A. N. Other is the contact.")]


def test_a_blank_form_is_what_it_asks_for():
    # an appendix's form to fill in ("Name | ", "Nature of the work | "): its first row is no header
    assert table_clauses([["Name", ""], ["Post held", ""], ["Nature of the work", ""]]) == [
        "Name; Post held; Nature of the work."]
    assert table_clauses([["Reason", "Leave"], ["Moving house", "1 day"]]) == ["Reason: Moving house; Leave: 1 day."]


def test_a_do_and_dont_table_is_read_by_column():
    # its columns are two lists that a row only lines up: "Do: think before you post" has nothing to
    # do with the "Don't" beside it, so each cell is a clause of its own under its column's heading
    text = ("# Social Media Guidance\n\n## Do's and don'ts\n\n| Do | Don't |\n|---|---|\n"
            "| Set your profiles to private | Accept friend requests from pupils |\n"
            "| Think before you post | |\n\n| Reason | Leave |\n|---|---|\n| Moving house | 1 day |\n")
    doc = parse_text(text, "guidance")
    assert [(c.text, c.line_start, c.force) for c in doc.clauses] == [
        ("Do: Set your profiles to private.", 7, "advice"), ("Do: Think before you post.", 8, "advice"),
        ("Don't: Accept friend requests from pupils.", 7, "rule"),
        ("Reason: Moving house; Leave: 1 day.", 12, "information")]        # a table of fields, by row



def test_a_site_generators_template_tags_and_attribute_lists_are_not_policy():
    # A Jekyll page (tests/data/parentconduct): Liquid includes and kramdown attribute lists were
    # quoted as policy ("{% include policy-header.html %} Brookfield…"), and "{: .notice}" under a
    # paragraph joined the next paragraph to it. An include's text to show is the policy's words.
    text = ("{% include policy-header.html %}\nEveryone should show respect.\n{: .lead}\n\n"
            "## What staff should do\n\nStaff must not argue with an angry parent.\n{: .notice}\n\n"
            "If staff feel unsafe, they should move to a safe place.\n\n"
            "{% include callout.html type=\"warning\" content=\"Parents may film their own child.\" %}\n\n"
            "{{< notice info >}}\nSee the complaints policy.\n{{< /notice >}}\n\n"
            "{% include related-policies.html policies=\"complaints, behaviour\" %}\n")
    clauses = parse_text(text, "p").clauses
    assert [c.text for c in clauses] == [
        "Everyone should show respect.", "Staff must not argue with an angry parent.",
        "If staff feel unsafe, they should move to a safe place.", "Parents may film their own child.",
        "See the complaints policy."]
    # a clause that merely mentions braces is still read
    assert parse_text("## Pay\n\nClaims {see form A} are paid monthly.", "p").clauses[0].text == \
        "Claims {see form A} are paid monthly."
