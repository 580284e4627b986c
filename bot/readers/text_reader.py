"""Plain text and Markdown: the line parser of bot.parse reads both (markdown headings, lists and
emphasis are part of its grammar). Text arrives as UTF-8 (with or without BOM), UTF-16 with BOM, or
Windows-1252 (Word's "plain text" export, with its curly quotes).

Text taken out of a PDF (pdftotext, which puts a form feed between pages) keeps the page's layout: the
lines repeated at the top or foot of every page and the page numbers are dropped (the first page's
letterhead is kept: it names the policy), a word hyphenated at a line end is joined, a table laid out
in columns (three or more lines whose cells start at the same places) is read as a table, and the
pieces of a line set far apart ("Version 2.1 – approved …" and "Review date: May 2028") are lines of
their own.

An email saved as text is read as its message, under its subject (from_an_email). Text saved from Word
("Save As > Plain Text") or pasted into Notepad has a paragraph a line, with no blank line between two:
it is read a paragraph a line (a_paragraph_a_line), and a table Word wrote a row a line, its cells
apart by tabs, is read as a table (tab_tables)."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from bot.errors import CorpusError
from bot.parse import NUMBER_TAB, ParsedDocument, parse_text, pipe_table
from bot.readers import COMPOUND_END, PAGE_NUMBER, page_furniture, read_bytes


def read_text(path: Path, policy_id: str) -> ParsedDocument:
    text = read_text_file(path)
    if path.suffix.lower() == ".txt":
        if "\f" in text:
            text = from_a_pdf(text)
        text = from_an_email(text) or text
        text = a_paragraph_a_line(tab_tables(text))
    return parse_text(text, policy_id)


# A table laid out with tabs, as Word's "Save As > Plain Text" writes one: a row a line, its cells
# apart by tabs. TAB_ROWS or more such lines in a row, each with as many cells, are a table; a
# clause's number or a bullet before a tab ("1.<tab>Purpose", "·<tab>a magistrate") is not a cell. A
# contents page (each row's last cell a page number) is left as it is, which the parser drops.
TAB_ROWS = 2
_PAGE = re.compile(r"^\d{1,3}$")


def tab_tables(text: str) -> str:
    """Runs of lines laid out with tabs as pipe tables (above)."""
    if "\t" not in text:
        return text
    lines = text.replace("\r\n", "\n").split("\n")
    cells = [_tab_cells(line) for line in lines]
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k + 1
        while cells[k] and end < len(lines) and cells[end] and len(cells[end]) == len(cells[k]):
            end += 1
        rows = cells[k:end]
        if cells[k] and end - k >= TAB_ROWS and not all(_PAGE.match(row[-1]) for row in rows[1:]):
            out += ["", *pipe_table(rows), ""]
            k = end
            continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)


def _tab_cells(line: str) -> list[str] | None:
    """A line's cells when it is laid out with tabs (two or more, not counting a clause's number)."""
    stripped = NUMBER_TAB.sub(r"\1 ", line.strip(), count=1)       # as the parser reads the line
    if "\t" not in stripped:
        return None
    return [" ".join(cell.split()) for cell in stripped.split("\t")]


# Word's "Save As > Plain Text", and text pasted from Word or a web page into Notepad, has each
# paragraph as one line and no blank line between two. Read as typed text is, where a newline only
# wraps a line and a blank line ends a paragraph, the whole policy ran together. A text whose lines
# are paragraphs has a blank line put after each (but between a table's rows): one where fewer than
# one line in UNWRAPPED_BLANKS is blank and at least one in UNWRAPPED_LONG is longer than a page's
# line (LONG_LINE characters: text wrapped to a page, typed or copied out of a PDF, has at most about
# 120 a line, and no blank line between paragraphs either).
UNWRAPPED_BLANKS = 5
UNWRAPPED_LONG = 5
LONG_LINE = 150


def a_paragraph_a_line(text: str) -> str:
    """Text whose lines are its paragraphs with a blank line after each (above); other text as it is."""
    lines = text.replace("\r\n", "\n").split("\n")
    filled = [line for line in lines if line.strip()]
    blank = sum(1 for line in lines[:-1] if not line.strip())
    if (len(filled) < 3 or blank * UNWRAPPED_BLANKS >= len(filled)
            or sum(len(line) > LONG_LINE for line in filled) * UNWRAPPED_LONG < len(filled)):
        return text
    out: list[str] = []
    for line, after in zip(lines, lines[1:] + [""]):
        out.append(line)
        if line.strip() and after.strip() and not (line.lstrip().startswith("|") and after.lstrip().startswith("|")):
            out.append("")
    return "\n".join(out)


# An email saved as text (Outlook's "Save As" text, a mail client's export): the message header
# ("From:", "Sent:", "To:", "Cc:", "Subject:"), then the message. A policy sent round by email is
# the message, under its subject as the title: the header, the greeting ("Dear colleagues,") and the
# sign-off (from "Kind regards," on: the signature, "Sent from my iPad", a confidentiality notice) are
# not policy.
_HEADER_FIELD = re.compile(r"^(from|sent|date|to|cc|bcc|subject|importance|attachments|reply-to)[ \t]*:[ \t]*(.*)$",
                           re.I)
HEADER_FIELDS = 3                   # at least From, Subject and one more
_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fw|fwd|aw|wg|tr)\s*:\s*|\[[^\]]{0,30}\]\s*)+", re.I)
_SUBJECT_TAIL = re.compile(r"\s*[-\u2013\u2014:(]\s*(?:please read|for (?:your )?info(?:rmation)?|action required|"
                           r"important|reminder|fyi|urgent)\W*$", re.I)
_GREETING = re.compile(r"^(?:dear|hi|hello|good morning|good afternoon|morning|afternoon)\b[^.!?:]{0,40}[,!]?$", re.I)
_SIGN_OFF = re.compile(r"^(?:(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|with (?:best|kind) (?:regards|wishes)"
                       r"|regards|thanks|thank you|best|cheers|yours (?:sincerely|faithfully|truly))\s*[,.!]?$", re.I)


def from_an_email(text: str) -> str | None:
    """An email's message as policy text (see above), or None when the text is not an email."""
    lines = text.replace("\r\n", "\n").split("\n")
    k = 0
    while k < len(lines) and not lines[k].strip():
        k += 1
    fields: dict[str, str] = {}
    while k < len(lines) and (m := _HEADER_FIELD.match(lines[k].strip())):
        fields[m.group(1).lower()] = m.group(2).strip()
        k += 1
    if len(fields) < HEADER_FIELDS or not {"from", "subject"} <= fields.keys():
        return None
    body = lines[k:]
    first = next((j for j, line in enumerate(body) if line.strip()), None)
    if first is not None and _GREETING.match(body[first].strip()):
        body[first] = ""
    ends = [j for j, line in enumerate(body) if _SIGN_OFF.match(line.strip())]
    if ends:
        body = body[:ends[-1]]
    subject = _SUBJECT_TAIL.sub("", _SUBJECT_PREFIX.sub("", fields["subject"])).strip()
    return "\n".join([subject, ""] + body) if subject else "\n".join(body)


_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")          # pieces of a line set apart by the layout
TABLE_ROWS = 3


def from_a_pdf(text: str) -> str:
    """pdftotext's layout text as the line parser reads text: see the module's docstring. The lines a
    table's rule or a line's pieces add move the lines after them on."""
    pages = [page.split("\n") for page in text.replace("\r\n", "\n").split("\f")]
    filled = [[k for k, line in enumerate(lines) if line.strip()] for lines in pages]
    printed = [p for p, ks in enumerate(filled) if ks]              # pdftotext ends with an empty page
    drop = page_furniture([[" ".join(pages[p][k].split()) for k in filled[p]] for p in printed])
    for n, i in drop:
        p, k = printed[n], filled[printed[n]][i]
        if n or PAGE_NUMBER.match(pages[p][k].strip()):
            pages[p][k] = ""            # the first page's letterhead stays: it names the document
    return "\n".join(line for lines in pages for line in _joined_hyphens(_tables_and_gaps(lines)))


def _joined_hyphens(lines: list[str]) -> list[str]:
    """A word hyphenated at a line end ("…a second pro-" / "bation period…") joined on the first line.
    A next line that was only the word's end ("re-" / "move.") goes, and a blank line at the page's
    end keeps its number of lines (a blank line in its place would end the paragraph)."""
    out = list(lines)
    k = 0
    while k < len(out) - 1:
        here, nxt = out[k].rstrip(), out[k + 1].lstrip()
        if re.search(r"[a-z]-$", here) and nxt[:1].islower():
            word, _, rest = nxt.partition(" ")
            out[k] = here + word if COMPOUND_END.search(here) else here[:-1] + word
            if rest.strip():
                out[k + 1] = " " * (len(out[k + 1]) - len(nxt)) + rest.lstrip()
            else:
                del out[k + 1]
                out.append("")
        k += 1
    return out


def _tables_and_gaps(lines: list[str]) -> list[str]:
    """Runs of TABLE_ROWS or more lines whose pieces start at the same places, as a pipe table (its
    rule line one line more); the pieces of any other line set far apart, each a line of its own."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        first = _piece_starts(lines[k])
        end = k + 1
        while first and end < len(lines) and _piece_starts(lines[end]) == first:
            end += 1
        if first and end - k >= TABLE_ROWS:
            out += ["", *pipe_table([re.split(r" {2,}", lines[j].strip()) for j in range(k, end)]), ""]
            k = end
            continue
        out += _GAP.split(lines[k])
        k += 1
    return out


def _piece_starts(line: str) -> list[int] | None:
    """Where the pieces of a line start (a piece: text set apart by two spaces or more), when it has
    two or more."""
    starts = [m.start(1) for m in re.finditer(r"(?:^ *|(?<=\S) {2,})(\S)", line)]
    return starts if len(starts) >= 2 else None


def read_text_file(path: Path) -> str:
    """A policy file's text, from UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252."""
    data = read_bytes(path, "put the policy's text in it or remove it from the corpus")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise CorpusError(f"{path} is not readable text: save it as UTF-8 text") from None
    elif b"\x00" in data:
        raise CorpusError(f"{path} is a binary file, not text: save the policy as a .txt or .md file")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")   # Word's "Plain text" on Windows, with curly quotes
            except UnicodeDecodeError:
                raise CorpusError(f"{path} is neither UTF-8 nor Windows-1252 text: save it as UTF-8 text") from None
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    if controls > max(8, len(text) // 100):
        raise CorpusError(f"{path} looks like a binary file, not text: save the policy as a .txt or .md file")
    return text
