"""One reader per document format, behind one interface: path -> ParsedDocument.

Each reader turns its format into the parser's typed lines (headings, numbered paragraphs, list
items, text); the clause builder in bot.parse is shared, so a policy parses into the same clauses
whether it arrives as text, Markdown, Word, OpenDocument, Rich Text Format, PDF or a web page.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bot.errors import CorpusError
from bot.parse import ParsedDocument, names_a_document

SUFFIXES = (".txt", ".md", ".docx", ".odt", ".rtf", ".pdf", ".html", ".htm")


def read_document(path: Path, policy_id: str) -> ParsedDocument:
    """Parse one policy file. Raises CorpusError naming the file and what to do about it."""
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md"):
        from bot.readers.text_reader import read_text
        return read_text(path, policy_id)
    if suffix == ".docx":
        from bot.readers.docx_reader import read_docx
        return read_docx(path, policy_id)
    if suffix == ".odt":
        from bot.readers.odt_reader import read_odt
        return read_odt(path, policy_id)
    if suffix == ".rtf":
        from bot.readers.rtf_reader import read_rtf
        return read_rtf(path, policy_id)
    if suffix == ".pdf":
        from bot.readers.pdf_reader import read_pdf
        return read_pdf(path, policy_id)
    if suffix in (".html", ".htm"):
        from bot.readers.html_reader import read_html
        return read_html(path, policy_id)
    raise CorpusError(f"{path} has an unknown extension {suffix or '(none)'}: policies can be "
                      f"{', '.join(SUFFIXES)}")


def read_bytes(path: Path, if_empty: str) -> bytes:
    """A document's bytes; an unreadable or empty file is a CorpusError naming it (if_empty: what
    to do about an empty one)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror or exc}; check the file exists and is readable")
    if not data.strip():
        raise CorpusError(f"{path} is empty: {if_empty}")
    return data


# a line ending in a capitalised word and a hyphen: a compound broken at its own hyphen ("College-" /
# "owned devices" is College-owned, "Council-run"), not a word hyphenated to fit the line, which
# seldom breaks after a capital: the hyphen is kept when the line is joined
COMPOUND_END = re.compile(r"(?:^|[\s(\"'\u2018\u201c])[A-Z][a-z]+-$")
PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_DIGITS = re.compile(r"\d+")
EDGE_LINES = 2              # lines at the top and at the foot of a page that may be its furniture


def page_furniture(pages: list[list[str]]) -> set[tuple[int, int]]:
    """(page, line) positions of a document's running headers and footers and page numbers, its
    pages given as their lines of text (blank lines left out): a line among the first or last
    EDGE_LINES of a page that is a page number, or whose text, numbers aside, stands at the edge of
    most pages. For PDFs (bot.readers.pdf_reader) and text taken out of one (text_reader)."""
    edge_texts: Counter = Counter()
    for lines in pages:
        # each text once a page: on a page of a few lines, its top lines are also its last ones
        edge_texts.update({_DIGITS.sub("#", line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
    repeated = {t for t, n in edge_texts.items() if len(pages) > 1 and n >= max(2, 0.6 * len(pages))}
    drop: set[tuple[int, int]] = set()
    for p, lines in enumerate(pages):
        for i, text in enumerate(lines):
            at_edge = i < EDGE_LINES or i >= len(lines) - EDGE_LINES
            if at_edge and (PAGE_NUMBER.match(text) or _DIGITS.sub("#", text) in repeated):
                drop.add((p, i))
    return drop


# A line break inside a paragraph (Shift+Enter, <br>) as the Word, OpenDocument and web page readers
# give it: a character str.split() takes for a space. Text pasted in from an email or a web page may
# keep its paragraphs apart by breaks with an empty line between, one paragraph holding them all: an
# empty line (two breaks) ends a paragraph (apart).
LINE_BREAK = "\u2028"
_EMPTY_LINE = re.compile(r"\u2028\s*\u2028")


def apart(raw: str) -> list[str]:
    """A paragraph's text as the paragraphs an empty line (two LINE_BREAKs) keeps apart in it, each
    as one line, whitespace run together; [""] when it has no words."""
    if LINE_BREAK not in raw:
        return [" ".join(raw.split())]
    parts = [" ".join(part.split()) for part in _EMPTY_LINE.split(raw)]
    return [part for part in parts if part] or [""]


def missing_extra(path: Path, package: str, extra: str) -> CorpusError:
    return CorpusError(f"{path} needs the {package} package to be read: install it with "
                       f"`pip install 'policybot[{extra}]'` (or `pip install {package}`)")


def list_number(value: int, style: str) -> str:
    """A list counter as the reader sees it, in Word's numbering format names (lowerLetter,
    upperRoman...) or CSS list-style types (lower-latin, upper-roman...): 3 -> "c", "III"."""
    style = style.replace("-", "").lower()
    if style in ("lowerletter", "lowerlatin", "loweralpha"):
        return chr(ord("a") + (value - 1) % 26)
    if style in ("upperletter", "upperlatin", "upperalpha"):
        return chr(ord("A") + (value - 1) % 26)
    if style in ("lowerroman", "upperroman"):
        out, n = "", value
        for amount, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
            while n >= amount:
                out, n = out + numeral, n - amount
        return out.lower() if style == "lowerroman" else out
    if style == "decimalleadingzero":
        return f"{value:02d}"
    return str(value)


_COLLECTION = re.compile(r"\b(?:policies|procedures|handbooks|guides|documents)\b", re.I)


def page_title(title: str) -> str:
    """A browser title's part naming the document: "HR Policies : Sickness Absence Procedure"
    (a Confluence space and page), "Lone Working Policy | Oak Trust" -> the policy. A web page's,
    or a PDF's printed from one (its title is the page's)."""
    parts = [part.strip() for part in re.split(r"\s+[:|\u2013\u2014-]\s+", title) if part.strip()]
    named = [p for p in parts if names_a_document(p)]
    single = [p for p in named if not _COLLECTION.search(p)]    # "HR Policies" is where it is filed
    return (single or named or [title])[0]
