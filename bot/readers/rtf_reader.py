"""Rich Text Format (.rtf) policies, as Word ("Save As > Rich Text Format"), WordPad and TextEdit
save them, through striprtf.

striprtf turns the RTF into its text: a paragraph a line, the font table, style sheet, document
properties, page headers and footers, fields' instructions and pictures left out, the escaped
characters (curly quotes, dashes, "£", \\u escapes) decoded. The text is then read by the line parser
of bot.parse, as a plain text policy is: headings and clauses by their numbers, bullets under their
lead-ins. What the text alone would lose:

* Paragraphs: striprtf ends each paragraph (\\par) with a newline, and a line break inside one
  (\\line, Shift+Enter in Word) with a newline too. In a plain text file a newline only wraps a
  line and a blank line ends a paragraph; Word puts no empty paragraph between two (the space after
  one is set by its style), so a whole document read that way was one paragraph. Each paragraph
  ends with a blank line here, and a line break stays a line of its paragraph.

* Tables: each cell and row end, and each paragraph inside a table, is marked in the RTF before
  striprtf reads it, so a table reaches the parser as a table (its first row the column headings), a
  cell's paragraphs in their cell, not as lines of "a|b|c|".
* The title: the line of the text that names the document, as in a plain text policy; when none
  does, the document's Title property ("{\\info{\\title ...}}").
* Bullets: Word draws a list's bullet as a character of the Symbol or Wingdings font ("\\'b7", which
  reads as "·"), with a tab after it; the parser reads that as a bullet, as it does a typed clause
  number and its tab ("1.1<tab>").

Word keeps the page headers and footers apart from the text, and they are not read: dates stated only
there (a footer's "Next review: March 2027") are not seen, unlike a .docx's.
"""
from __future__ import annotations

import re
from pathlib import Path

from bot.errors import CorpusError
from bot.parse import ParsedDocument, parse_text, pipe_table
from bot.readers import missing_extra, read_bytes

# Private-use characters standing for the table structure, and for a line break inside a paragraph,
# in striprtf's text.
_CELL, _ROW, _IN_TABLE, _LINE = "\ue000", "\ue001", "\ue002", "\ue003"
_MARKS = {"cell": _CELL, "row": _ROW, "intbl": _IN_TABLE}
# An escaped backslash (kept as it is), or one of the table's control words with its optional
# parameter and delimiting space.
_TABLE_WORD = re.compile(r"\\\\|\\(cell|row|intbl)(?![a-zA-Z])(-?\d+)? ?")
_LINE_WORD = re.compile(r"\\\\|\\line(?![a-zA-Z])(-?\d+)? ?")
_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")
# The document's Title property (Word: File > Info > Properties), in the \info group.
_INFO_TITLE = re.compile(r"\{\\info\b.{0,4000}?\{\\title\b ?((?:[^{}\\]|\\[^{}])*)\}", re.S)


def read_rtf(path: Path, policy_id: str) -> ParsedDocument:
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError:
        raise missing_extra(path, "striprtf", "rtf") from None
    data = read_bytes(path, "save the policy into it again from Word, or remove it from the corpus")
    if not data.lstrip().startswith(b"{\\rtf"):
        raise CorpusError(f"{path} is not a Rich Text Format file: open it in the program that made it "
                          "and save it again as .rtf (or as .docx)")
    codepage = _CODEPAGE.search(data[:2000])
    encoding = f"cp{codepage.group(1).decode()}" if codepage else "cp1252"
    try:
        source = data.decode(encoding, errors="replace")
    except LookupError:                    # a code page Python does not know: RTF is mostly ASCII
        source = data.decode("cp1252", errors="replace")
    try:
        text = rtf_to_text(_LINE_WORD.sub(_line_break, _TABLE_WORD.sub(_mark, source)), errors="replace")
    except (ValueError, IndexError, RecursionError):
        raise CorpusError(f"{path} is not a readable Rich Text Format file: it may be corrupt; open it "
                          "in Word and save it again as .rtf or .docx") from None
    parsed = parse_text(_with_tables(text), policy_id)
    if parsed.title is None:               # no line of the text names the document: its properties may
        title = _INFO_TITLE.search(source)
        if title:
            parsed.title = " ".join(rtf_to_text("{\\rtf1 " + title.group(1) + "}", errors="replace").split()) or None
    return parsed


def _mark(m: re.Match) -> str:
    """A table control word, followed by the private-use character standing for it (in a group of
    its own, so that the character's fallback is skipped whatever the document's \\uc)."""
    if not m.group(1):
        return m.group(0)
    code = ord(_MARKS[m.group(1)]) - 0x10000            # RTF's \\u takes a signed 16-bit number
    return "\\" + m.group(1) + (m.group(2) or "") + "{\\uc1\\u" + str(code) + "?}"


def _line_break(m: re.Match) -> str:
    """A line break inside a paragraph (\\line) as the private-use character standing for it."""
    if m.group(0) == "\\\\":
        return m.group(0)
    return "{\\uc1\\u" + str(ord(_LINE) - 0x10000) + "?}"


def _with_tables(text: str) -> str:
    """striprtf's text with the marked tables as markdown tables (bot.parse.pipe_table), a row per
    line; a cell's paragraphs are joined, as a list's items are ("keeps the register; advises
    teachers"). The "|" striprtf writes after each cell and the line after each row are dropped."""
    out: list[str] = []
    rows: list[list[str]] = []
    cells: list[str] = []
    cell = ""
    in_row = False
    for piece in re.split(f"([{_CELL}{_ROW}{_IN_TABLE}])", text):
        if piece == _IN_TABLE:
            in_row = True
        elif piece == _CELL:
            cells.append(_cell_text(cell.removesuffix("|")))
            cell = ""
        elif piece == _ROW:
            if any(cells):
                rows.append(cells)
            cells, cell, in_row = [], "", False
        elif in_row:
            cell += piece
        elif piece.strip() or not rows:
            if rows:
                out.append("\n" + "\n".join(pipe_table(rows)) + "\n\n")
                rows = []
                piece = piece.removeprefix("\n")
            out.append(piece.replace("\n", "\n\n"))       # each paragraph ends with a blank line
    if rows:
        out.append("\n" + "\n".join(pipe_table(rows)) + "\n")
    return "".join(out).replace(_LINE, "\n")


def _cell_text(text: str) -> str:
    """A cell's paragraphs as one line: a paragraph that does not end a sentence or clause is
    followed by "; "."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    return "".join(line + ("" if k == len(lines) - 1 else " " if line[-1] in ".;:,!?" else "; ")
                   for k, line in enumerate(lines))
