"""Word (.docx) policies through python-docx.

* Headings come from paragraph styles (Heading 1..9), or a short line set in bold in a Normal
  paragraph, as many schools' documents make them; the title from Title and Subtitle (the one
  naming a kind of document: "Staff Disciplinary Policy", not the trust's name above it), else a
  first line naming one.
* Word's automatic numbering is turned back into the numbers a reader sees: 6.4 is not in the
  paragraph's text, it comes from the numbering definitions (numbering.xml: the abstract numbering's
  level formats, "%1.%2") and the paragraph's list level, counted through the document.
* Bulleted list items stay items of the paragraph before them (a lead-in keeps its list).
* Footnotes and endnotes follow the paragraph that cites them (after its list, if it leads one in),
  each a clause of its own, as in a PDF; the reference mark is not text.
* Tables are read in document order. A table of content (leave entitlements, rates) gives a clause
  per row, each cell after its column heading (bot.parse.table_clauses); a signature table is not
  text, but its "ratified", "approved" and "review" rows give the policy's dates when the manifest
  has none; failing that, the paragraphs that state them (bot.parse.stated_dates: "Approved by the
  governors, 4 March 2025").
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from bot.dates import last_date
from bot.errors import CorpusError
from bot.parse import (LETTERHEAD_LINES, Line, ParsedDocument, build_clauses, cell_text, classify_line, generic_title,
                       heading_line, letterhead, names_a_document, reads_as_bold_heading, reads_as_heading,
                       stated_dates, table_clauses, text_line, title_of)
from bot.readers import list_number, missing_extra

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre)\s*(\d)$", re.I)
_APPROVED = re.compile(r"ratif|approv|adopt|agreed|signed off|date of (?:issue|policy)", re.I)
_REVIEW = re.compile(r"review", re.I)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Tracked changes not yet accepted: text inserted (w:ins, w:moveTo) is read, as the document will
# read once they are; text deleted (w:del, w:moveFrom) is not. A text box's fallback copy for old
# Word versions (mc:Fallback) would repeat its text, and a text box's own paragraphs are read as
# paragraphs after the one it is anchored in (_blocks), not as words of that paragraph.
_SKIP = frozenset([f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr", f"{W}instrText", f"{W}txbxContent",
                   _FALLBACK])
_TRACKED = (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")


class _Numbering:
    """Counts Word's automatic numbering: numId -> abstract definition -> per-level counters."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}   # abstractNumId -> ilvl -> (fmt, text, start)
        self.num_to_abstract: dict[str, str] = {}
        self.start_override: dict[tuple[str, int], int] = {}
        self.counters: dict[str, list[int | None]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.findall(f"{W}abstractNum"):
            aid = abstract.get(f"{W}abstractNumId")
            levels = {}
            for lvl in abstract.findall(f"{W}lvl"):
                ilvl = int(lvl.get(f"{W}ilvl", "0"))
                fmt = _val(lvl.find(f"{W}numFmt")) or "decimal"
                text = _val(lvl.find(f"{W}lvlText")) or ""
                start = int(_val(lvl.find(f"{W}start")) or "1")
                levels[ilvl] = (fmt, text, start)
            self.levels[aid] = levels
        for num in root.findall(f"{W}num"):
            nid = num.get(f"{W}numId")
            abstract = num.find(f"{W}abstractNumId")
            if abstract is not None:
                self.num_to_abstract[nid] = _val(abstract)
            for override in num.findall(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                if start is not None:
                    self.start_override[(nid, int(override.get(f"{W}ilvl", "0")))] = int(_val(start))

    def label(self, num_id: str, ilvl: int) -> tuple[str | None, bool]:
        """(the number Word shows for the next paragraph of this list and level, is it a bullet)."""
        aid = self.num_to_abstract.get(num_id)
        levels = self.levels.get(aid or "", {})
        if ilvl not in levels:
            return None, False
        fmt, text, start = levels[ilvl]
        if fmt == "bullet":
            return None, True
        counters = self.counters.setdefault(aid, [None] * 9)
        if counters[ilvl] is None:
            counters[ilvl] = self.start_override.get((num_id, ilvl), start)
        else:
            counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        def fill(m: re.Match) -> str:
            level = int(m.group(1)) - 1
            value = counters[level] if counters[level] is not None else levels.get(level, ("decimal", "", 1))[2]
            return list_number(value, levels.get(level, ("decimal",))[0])
        label = re.sub(r"%(\d)", fill, text).strip()
        return label or None, False


def _val(element) -> str | None:
    return None if element is None else element.get(f"{W}val")


def _numbering_of(paragraph) -> tuple[str | None, int]:
    """(numId, ilvl) from the paragraph's own properties, else from its style."""
    for props in (paragraph._p.pPr, getattr(paragraph.style.element, "pPr", None) if paragraph.style else None):
        if props is None:
            continue
        num_pr = props.find(f"{W}numPr")
        if num_pr is None:
            continue
        nid = _val(num_pr.find(f"{W}numId"))
        ilvl = _val(num_pr.find(f"{W}ilvl"))
        if nid and nid != "0":
            return nid, int(ilvl or 0)
    return None, 0


def _open(path: Path):
    try:
        import docx
    except ImportError:
        raise missing_extra(path, "python-docx", "docx") from None
    try:
        head = path.read_bytes()[:8]
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror or exc}; check the file exists and is readable") from None
    if head == OLE_MAGIC:
        raise CorpusError(f"{path} is password-protected or an old .doc file: open it in Word and save it as "
                          ".docx without a password")
    try:
        return docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CorpusError(f"{path} is not a readable Word document ({exc.__class__.__name__}): it may be "
                          "corrupt; open it in Word and save it again as .docx") from None
    except Exception as exc:      # python-docx raises its own errors for broken packages
        if exc.__class__.__name__ in ("PackageNotFoundError", "InvalidXmlError", "XMLSyntaxError"):
            raise CorpusError(f"{path} is not a readable Word document: it may be corrupt; open it in Word "
                              "and save it again as .docx") from None
        raise


def _text(element) -> str:
    """The text of a paragraph (or any part of the body) as Word shows it with tracked changes
    accepted: runs, hyperlinks, fields' results and insertions, in order; tabs and breaks as spaces."""
    out: list[str] = []
    for child in element:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag in (f"{W}tab", f"{W}ptab", f"{W}br", f"{W}cr"):
            out.append(" ")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")                        # "ex-pupils" typed with Word's non-breaking hyphen
        else:
            out.append(_text(child))
    return "".join(out)


def _blocks(parent):
    """The body's paragraphs and tables in order, including those inside block-level content
    controls (w:sdt, as templates wrap a cover page or a whole section) and custom XML, and a text
    box's paragraphs ("Key message for all staff", then the message) after the paragraph it is
    anchored in."""
    for child in parent.iterchildren():
        if child.tag == f"{W}tbl":
            yield child
        elif child.tag == f"{W}p":
            yield child
            for box in _text_boxes(child):
                yield from _blocks(box)
        elif child.tag == f"{W}sdt":
            gallery = child.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
            if gallery is not None and gallery.get(f"{W}val", "").lower() == "table of contents":
                continue                           # Word's contents: headings and page numbers again
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif child.tag == f"{W}customXml":
            yield from _blocks(child)


def _text_boxes(paragraph):
    """The contents of the text boxes anchored in a paragraph, not their fallback copies, nor boxes
    inside a box (those are read with the box)."""
    def walk(element):
        for child in element.iterchildren():
            if child.tag == f"{W}txbxContent":
                yield child
            elif child.tag != _FALLBACK and isinstance(child.tag, str):
                yield from walk(child)
    return walk(paragraph)


def _letterhead(lines: list) -> bool:
    """Nothing read yet but a line or two of letterhead above where a title would be."""
    return len(lines) <= LETTERHEAD_LINES and all(letterhead(line) for line in lines)


def _cell_text(cell) -> str:
    """A cell's paragraphs, its text boxes' and a nested table's, as one line (bot.parse.cell_text)."""
    return cell_text(_text(p) for p in _paragraphs(cell._tc))


def _paragraphs(parent):
    for block in _blocks(parent):
        if block.tag == f"{W}p":
            yield block
        else:
            for cell in block.iterfind(f"{W}tr/{W}tc"):
                yield from _paragraphs(cell)


def read_docx(path: Path, policy_id: str) -> ParsedDocument:
    document = _open(path)
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    numbering = _Numbering(document)
    notes = _notes(document)
    pending: list[tuple[int, str]] = []   # notes cited, to follow their paragraph (and its list)
    lines: list[Line] = []

    def add(line: Line) -> None:
        if pending and not line.bullet:
            lines.extend(text_line(no, note) for no, note in pending)
            pending.clear()
        lines.append(line)

    meta: dict[str, str] = {}
    texts: list[str] = []                 # every paragraph, for the dates the document states
    title = (document.core_properties.title or "").strip() or None
    title_block: list[str] = []
    blank = True
    for n, element in enumerate(_blocks(document.element.body), start=1):
        if element.tag == f"{W}tbl":
            table = Table(element, document)
            _read_table(table, meta)
            for text in table_clauses([[_cell_text(c) for c in row.cells] for row in table.rows]):
                add(text_line(n, text))
            blank = True
            continue
        if element.tag != f"{W}p":
            continue
        paragraph = Paragraph(element, document)
        text = " ".join(_text(element).split())
        cited = [notes[ref] for ref in _note_refs(element) if ref in notes]
        style = paragraph.style.name if paragraph.style is not None else ""
        num_id, ilvl = _numbering_of(paragraph)
        label, is_bullet = numbering.label(num_id, ilvl) if num_id else (None, False)
        if not text:
            blank = True
            continue
        texts.append(text)
        if style in ("Title", "Subtitle"):
            title_block.append(text)        # the organisation's name, the policy's name
            continue
        if style.lower().startswith("toc"):
            continue                               # a contents entry ("TOC 1"): a heading repeated
        number = label.rstrip(".") if label and re.match(r"^\d+(\.\d+)*\.?$", label) else None
        if (_letterhead(lines) and not title_block and title is None and not label
                and not _HEADING_STYLE.match(style) and names_a_document(text) and reads_as_heading(text)):
            title_block.append(text)        # "Staff Code of Conduct" typed as the first line
            lines.clear()                   # under the council's or the trust's name, if any
            continue
        if (len(title_block) == 1 and not lines and title is None and generic_title(title_block[0]) and not label
                and (_bold(paragraph) or text.isupper()) and reads_as_heading(text, 15)):
            title_block.append(text)        # "MODEL POLICY FOR SCHOOLS", then what it is about
            continue
        if _HEADING_STYLE.match(style) or (not label and _bold(paragraph) and reads_as_bold_heading(text)):
            typed = re.match(r"^(\d{1,2})[.)]?\s+(\S.*)$", text)
            if typed and not number:
                number, text = typed.group(1), typed.group(2)      # "4 Definition of social media"
            level = _HEADING_STYLE.match(style)
            add(heading_line(n, text, number, int(level.group(1)) if level else 0))
        elif is_bullet or style.startswith("List Bullet"):
            add(text_line(n, text, bullet=True, indent=2 * ilvl, blank_before=blank))
        elif number and "." in number:
            add(text_line(n, text, number=number))          # a numbered clause: 6.4
        elif label:
            add(text_line(n, f"{label} {text}", bullet=True, indent=2 * ilvl))   # a numbered list item
        else:
            line = classify_line(n, text)                             # typed numbers, caps headings
            if line.kind in ("junk", "blank", "int"):
                continue
            line.blank_before = line.blank_after = line.whole = True
            add(line)
        pending.extend((n, note) for note in cited)
        blank = False
    lines.extend(text_line(no, note) for no, note in pending)
    parsed = build_clauses(lines, policy_id, title or title_of(title_block))
    parsed.meta = {**stated_dates(texts), **meta}        # a signature table's dates win
    tracked = sum(1 for _ in document.element.body.iter(*_TRACKED))
    if tracked:
        parsed.warnings.append(f"{path.name} has {tracked} tracked change{'s' * (tracked != 1)} not yet accepted: "
                               "read as if accepted; accept or reject them in Word, save, and reindex")
    return parsed


def _notes(document) -> dict[tuple[str, str], str]:
    """The document's footnotes and endnotes: ("footnote", id) -> its text."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml        # python-docx's parser: no external entities resolved
    found: dict[tuple[str, str], str] = {}
    for kind, reltype in (("footnote", RT.FOOTNOTES), ("endnote", RT.ENDNOTES)):
        try:
            root = parse_xml(document.part.part_related_by(reltype).blob)
        except Exception:                  # none, or not readable: the body is still read
            continue
        for note in root.iter(f"{W}{kind}"):
            if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join(" ".join(_text(p).split()) for p in note.iter(f"{W}p")).strip()
            if text:
                found[(kind, note.get(f"{W}id"))] = text
    return found


def _note_refs(element) -> list[tuple[str, str]]:
    """The footnotes and endnotes a paragraph cites, in order (not those in deleted text)."""
    refs = []
    for child in element:
        if child.tag in _SKIP or not isinstance(child.tag, str):
            continue
        if child.tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
            refs.append((child.tag[len(W):-len("Reference")], child.get(f"{W}id")))
        else:
            refs += _note_refs(child)
    return refs


def _bold(paragraph) -> bool:
    """Every run with text is bold: set in bold directly, by its character style or by the
    paragraph's style."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    for run in runs:
        bold = run.bold
        if bold is None and run.style is not None and run.style.font.bold is not None:
            bold = run.style.font.bold
        if not (bold or (bold is None and style_bold)):
            return False
    return True


def _read_table(table, meta: dict[str, str]) -> None:
    """A signature table: the last date on a 'ratified/approved' row and on a 'review' row."""
    for row in table.rows:
        cells = [" ".join(_cell_text(c).split()) for c in row.cells]
        if not cells:
            continue
        label, values = cells[0], cells[1:] or cells
        if _REVIEW.search(label):
            found = last_date(values)
            if found:
                meta["next_review"] = found
        elif _APPROVED.search(label):
            found = last_date(values)
            if found:
                meta["approved"] = found
