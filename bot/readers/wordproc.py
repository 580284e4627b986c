"""What Word (.docx) and OpenDocument (.odt) documents share: a flow of styled paragraphs and
tables, turned into the parser's typed lines by one set of rules, whichever reader found them.

A reader says what each paragraph is as the word processor knows it (its style's name, its heading
level, the number or bullet its list gives it, whether it is set in bold, the notes it cites);
build_document decides from that what a reader of the printed page would take it for: the title,
a heading, a numbered clause, a list item, or text (bot.parse.classify_line).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from bot.dates import last_date
from bot.parse import (LETTERHEAD_LINES, Line, ParsedDocument, build_clauses, classify_line, generic_title,
                       heading_line, letterhead, names_a_document, names_an_organisation, reads_as_bold_heading,
                       reads_as_heading, stated_dates, table_clauses, text_line, title_of)

_APPROVED = re.compile(r"ratif|approv|adopt|agreed|signed off|date of (?:issue|policy)", re.I)
_REVIEW = re.compile(r"review", re.I)
_CLAUSE_NUMBER = re.compile(r"^\d+(\.\d+)*\.?$")
_TYPED_NUMBER = re.compile(r"^(\d{1,2})[.)]?\s+(\S.*)$")


@dataclass
class Paragraph:
    text: str                           # as printed, whitespace run together
    style: str = ""                     # the style's name as the user sees it: "Heading 1", "Title", "List Bullet"
    heading_level: int | None = None    # a heading by its style or outline level (1-9)
    label: str | None = None            # the number its list gives it, as printed: "6.4", "a)"
    bullet: bool = False                # an item of a bulleted list
    level: int = 0                      # its list level, 0 at the top
    bold: bool = False                  # every run of its text is set in bold
    large: bool = False                 # all its text is set well above the body text's size (a typed title)
    notes: list[str] = field(default_factory=list)   # the footnotes and endnotes it cites, in order


@dataclass
class Table:
    rows: list[list[str]]               # each cell's text (bot.parse.cell_text), a merged cell repeated


def build_document(blocks: Iterable[Paragraph | Table], policy_id: str, title: str | None,
                   margins: Iterable[str] = ()) -> ParsedDocument:
    """The document's clauses, title (the reader's metadata title, else the Title and Subtitle
    paragraphs, a first line naming a kind of document or one typed large) and dates (a signature table's, else
    those its paragraphs state, else those its page headers and footers state: `margins`, their
    lines, which are not clauses)."""
    pending: list[tuple[int, str]] = []   # notes cited, to follow their paragraph (and its list)
    lines: list[Line] = []

    def add(line: Line) -> None:
        if pending and not line.bullet:
            lines.extend(text_line(no, note) for no, note in pending)
            pending.clear()
        lines.append(line)

    meta: dict[str, str] = {}
    texts: list[str] = []                 # every paragraph, for the dates the document states
    title_block: list[str] = []
    blank = True
    for n, block in enumerate(blocks, start=1):
        if isinstance(block, Table):
            meta.update(signature_dates(block.rows))
            for text in table_clauses(block.rows):
                add(text_line(n, text))
            blank = True
            continue
        text, style, label = block.text, block.style, block.label
        if not text:
            blank = True
            continue
        texts.append(text)
        if style in ("Title", "Subtitle"):
            title_block.append(text)        # the organisation's name, the policy's name
            continue
        if style.lower().startswith(("toc", "contents")):
            continue                               # a contents entry ("TOC 1", "Contents 1"): a heading repeated
        number = label.rstrip(".") if label and _CLAUSE_NUMBER.match(label) else None
        if (_letterhead(lines) and not title_block and title is None and not label
                and block.heading_level is None and reads_as_heading(text)
                and (names_a_document(text) or (block.large and not _TYPED_NUMBER.match(text)
                                                and not names_an_organisation(text)))):
            title_block.append(text)        # "Staff Code of Conduct" typed as the first line, or "Staff Use of
            lines.clear()                   # School Premises" typed large, under the council's or the school's
            continue                        # name, if any
        if (len(title_block) == 1 and not lines and title is None and generic_title(title_block[0]) and not label
                and (block.bold or text.isupper()) and reads_as_heading(text, 15)):
            title_block.append(text)        # "MODEL POLICY FOR SCHOOLS", then what it is about
            continue
        if block.heading_level is not None or (not label and block.bold and reads_as_bold_heading(text)):
            typed = _TYPED_NUMBER.match(text)
            if typed and not number:
                number, text = typed.group(1), typed.group(2)      # "4 Definition of social media"
            add(heading_line(n, text, number, block.heading_level or 0))
        elif block.bullet or (style.startswith("List Bullet") and not label):   # its number, if it has one, is printed
            add(text_line(n, text, bullet=True, indent=2 * block.level, blank_before=blank))
        elif number and "." in number:
            add(text_line(n, text, number=number))          # a numbered clause: 6.4
        elif label:
            add(text_line(n, f"{label} {text}", bullet=True, indent=2 * block.level))   # a numbered list item
        else:
            line = classify_line(n, text)                             # typed numbers, caps headings
            if line.kind in ("junk", "blank", "int"):
                continue
            line.blank_before = line.blank_after = line.whole = True
            add(line)
        pending.extend((n, note) for note in block.notes)
        blank = False
    lines.extend(text_line(no, note) for no, note in pending)
    parsed = build_clauses(lines, policy_id, title or title_of(title_block))
    # a signature table's dates win, then the text's; "Next review: March 2027" in the footer last
    parsed.meta = {**stated_dates(list(margins)), **stated_dates(texts), **meta}
    return parsed


def tracked_changes(name: str, count: int, how: str) -> str:
    """The reindex's warning for a document with changes not yet accepted, read as if they were;
    how: where the word processor accepts or rejects them."""
    return (f"{name} has {count} tracked change{'s' * (count != 1)} not yet accepted: read as if accepted; "
            f"accept or reject them in {how}, save, and reindex")


def signature_dates(rows: list[list[str]]) -> dict[str, str]:
    """A signature table's dates: the last date on a 'ratified/approved' row and on a 'review' row."""
    meta: dict[str, str] = {}
    for row in rows:
        cells = [" ".join(c.split()) for c in row]
        if not cells:
            continue
        label, values = cells[0], cells[1:] or cells
        if _REVIEW.search(label):
            found = last_date(values, due=True)
            if found:
                meta["next_review"] = found
        elif _APPROVED.search(label):
            found = last_date(values)
            if found:
                meta["approved"] = found
    return meta


def _letterhead(lines: list) -> bool:
    """Nothing read yet but a line or two of letterhead above where a title would be."""
    return len(lines) <= LETTERHEAD_LINES and all(letterhead(line) for line in lines)
