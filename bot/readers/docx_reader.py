"""Word (.docx) policies through python-docx.

* Headings come from paragraph styles (Heading 1..9), or a short line set in bold in a Normal
  paragraph, as many schools' documents make them; the title from Title and Subtitle (the one
  naming a kind of document: "Staff Disciplinary Policy", not the trust's name above it), else a
  first line naming one, or typed well above the body text's size (LARGE) in a Normal paragraph
  ("Staff Use of School Premises, Equipment and Resources" in bold at 18 points; not the school's
  name set large over it).
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
  governors, 4 March 2025"), and failing those, the page headers and footers ("Next review: March
  2027" beside the page number), which are not clauses.
* What each paragraph then is (title, heading, numbered clause, list item, text) is decided as for
  an OpenDocument file, in bot.readers.wordproc; this module says what Word knows of it.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from bot.errors import CorpusError
from bot.parse import ParsedDocument, cell_text, lays_out_the_page
from bot.readers import LINE_BREAK, apart, list_number, missing_extra
from bot.readers.wordproc import Paragraph, Table, build_document, tracked_changes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre)\s*(\d)$", re.I)
# the built-in styles whose names the reader goes by (bot.readers.wordproc)
_BUILT_IN = re.compile(r"^(?:title|subtitle|(?:heading|überschrift|titre)\s*\d|list bullet.*|toc.*|contents.*)$", re.I)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Tracked changes not yet accepted: text inserted (w:ins, w:moveTo) is read, as the document will
# read once they are; text deleted (w:del, w:moveFrom) is not. A text box's fallback copy for old
# Word versions (mc:Fallback) would repeat its text, and a text box's own paragraphs are read as
# paragraphs after the one it is anchored in (_blocks), not as words of that paragraph.
_SKIP = frozenset([f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr", f"{W}instrText", f"{W}txbxContent",
                   _FALLBACK])
_TRACKED = (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")
_TEXTPATH = "{urn:schemas-microsoft-com:vml}textpath"      # a watermark's words
LARGE = 1.4        # a paragraph set this many times the body text's size, or more, is a typed title's size


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


def _numbering_of(paragraph, chain: list) -> tuple[str | None, int]:
    """(numId, ilvl) from the paragraph's own properties, else from its style or a style it is
    based on (a trust template's "Numbered Para", numbered by the list linked to it), the nearest
    first. A numId of 0 is Word's "None": it switches off the numbering a style further along would
    give (set on a paragraph, that of its style)."""
    for props in [paragraph._p.pPr] + [_ppr(style) for style in chain]:
        if props is None:
            continue
        num_pr = props.find(f"{W}numPr")
        if num_pr is None:
            continue
        nid = _val(num_pr.find(f"{W}numId"))
        ilvl = _val(num_pr.find(f"{W}ilvl"))
        if nid == "0":
            return None, 0
        if nid:
            return nid, int(ilvl or 0)
    return None, 0


def _style_chain(paragraph) -> list:
    """The paragraph's style and the styles it is based on, nearest first ("WAT Heading 1", then
    "Heading 1"): a template's own styles take what they do not set from their base."""
    chain, style = [], paragraph.style
    while style is not None and style not in chain and len(chain) < 10:
        chain.append(style)
        style = style.base_style
    return chain


def _ppr(style):
    return getattr(style.element, "pPr", None)


def _role(paragraph, chain: list) -> tuple[str, int | None]:
    """(the style's name as the reader goes by it, its heading level). A template's own style
    counts as the built-in style it is based on ("WAT Title" on Title, "Trust Heading 1" on
    Heading 1, "Policy Bullet" on List Bullet); a style that is none of those is a heading when it,
    or the paragraph, sets an outline level (Word's Paragraph > Outline level: what the navigation
    pane lists), as a template's sub-heading style may do without being based on a heading."""
    own = chain[0].name if chain and chain[0].name else ""
    name = own
    for style in chain:
        if style.name and _BUILT_IN.match(style.name):
            name = style.name
            break
    level = _HEADING_STYLE.match(name)
    if level:
        return name, int(level.group(1))
    if name != own or own.lower().startswith(("toc", "contents")):
        return name, None
    for props in [paragraph._p.pPr] + [_ppr(style) for style in chain]:
        outline = _val(props.find(f"{W}outlineLvl")) if props is not None else None
        if outline is not None:
            return name, int(outline) + 1 if outline.isdigit() and int(outline) < 9 else None
    return name, None


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
    accepted: runs, hyperlinks, fields' results and insertions, in order; tabs as spaces, and line
    breaks as LINE_BREAK (a page or column break as two: it ends a paragraph, bot.readers.apart),
    which str.split() reads as spaces."""
    out: list[str] = []
    for child in element:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append(LINE_BREAK * (2 if child.get(f"{W}type") in ("page", "column") else 1))
        elif tag in (f"{W}tab", f"{W}ptab"):
            out.append(" ")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")                        # "ex-pupils" typed with Word's non-breaking hyphen
        else:
            out.append(_text(child))
    return "".join(out)


@dataclass
class _SideHeading:
    """The paragraph in a layout table's left column: the heading of the text beside it."""
    element: object


def _blocks(parent):
    """The body's paragraphs and tables in order, including those inside block-level content
    controls (w:sdt, as templates wrap a cover page or a whole section) and custom XML, and a text
    box's paragraphs ("Key message for all staff", then the message) after the paragraph it is
    anchored in. A table of one cell is a box drawn round its paragraphs ("Need help now?", then
    the helpline), read as they are, not as a table with no rows under its header; a table used to
    lay out the page (_laid_out) is its sections: each row's left cell a heading, then the
    paragraphs and lists of its right cell."""
    for child in parent.iterchildren():
        if child.tag == f"{W}tbl":
            cells = child.findall(f"{W}tr/{W}tc")
            if len(cells) == 1:
                yield from _blocks(cells[0])
            elif _laid_out(child):
                for left, right in (row.findall(f"{W}tc") for row in child.findall(f"{W}tr")):
                    yield from (_SideHeading(p) for p in left.findall(f"{W}p") if _text(p).strip())
                    yield from _blocks(right)
            else:
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


def _laid_out(table) -> bool:
    """A table that lays out the page rather than holding data (bot.parse.lays_out_the_page)."""
    rows = [row.findall(f"{W}tc") for row in table.findall(f"{W}tr")]
    return all(len(cells) == 2 for cells in rows) and lays_out_the_page(
        [tuple([" ".join(_text(p).split()) for p in cell.iter(f"{W}p")] for cell in cells) for cells in rows])


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


def _cell_text(cell) -> str:
    """A cell's paragraphs, its text boxes' and a nested table's, as one line (bot.parse.cell_text)."""
    return cell_text(_text(p) for p in _paragraphs(cell._tc))


def _paragraphs(parent):
    for block in _blocks(parent):
        if isinstance(block, _SideHeading):
            yield block.element
        elif block.tag == f"{W}p":
            yield block
        else:
            for cell in block.iterfind(f"{W}tr/{W}tc"):
                yield from _paragraphs(cell)


def read_docx(path: Path, policy_id: str) -> ParsedDocument:
    document = _open(path)
    title = (document.core_properties.title or "").strip() or None
    parsed = build_document(_flow(document), policy_id, title, _margins(document))
    tracked = sum(1 for _ in document.element.body.iter(*_TRACKED))
    if tracked:
        parsed.warnings.append(tracked_changes(path.name, tracked, "Word"))
    return parsed


def _margins(document) -> list[str]:
    """The lines of every section's page headers and footers (first page, odd and even), where a
    trust's template often states the dates ("Approved: 14 March 2025 · Next review: March 2027"),
    and the words of a watermark (Design > Watermark: "DRAFT", a shape in the header). A header
    linked to the previous section's has no text of its own."""
    lines: list[str] = []
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):
            if not part.is_linked_to_previous:
                lines += [" ".join(_text(p).split()) for p in _paragraphs(part.part.element)]
                lines += [" ".join(path.get("string", "").split()) for path in part.part.element.iter(_TEXTPATH)]
    return lines


def _flow(document):
    """The body's paragraphs and tables as Word knows them (bot.readers.wordproc)."""
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph as DocxParagraph

    numbering = _Numbering(document)
    notes = _notes(document)
    body = _body_size(document)
    for element in _blocks(document.element.body):
        side = isinstance(element, _SideHeading)
        element = element.element if side else element
        if element.tag == f"{W}tbl":
            table = DocxTable(element, document)
            yield Table([[_cell_text(c) for c in row.cells] for row in table.rows])
            continue
        paragraph = DocxParagraph(element, document)
        chain = _style_chain(paragraph)
        style, heading_level = _role(paragraph, chain)
        if side and heading_level is None:
            heading_level = 1               # a layout table's left cell heads the text beside it
        num_id, ilvl = _numbering_of(paragraph, chain)
        label, is_bullet = numbering.label(num_id, ilvl) if num_id else (None, False)
        parts = apart(_text(element))
        text = parts[0]
        yield Paragraph(text=text, style=style, heading_level=heading_level,
                        label=label, bullet=is_bullet, level=ilvl, bold=bool(text) and _bold(paragraph, chain),
                        large=bool(text) and _size(paragraph, chain) >= LARGE * body,
                        notes=[notes[ref] for ref in _note_refs(element) if ref in notes])
        for part in parts[1:]:              # the paragraphs an empty line keeps apart inside this one
            yield Paragraph(text=part)


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


def _body_size(document) -> float:
    """The body text's size in points: the Normal style's, else the document's default (docDefaults),
    else Word's 11."""
    try:
        size = document.styles["Normal"].font.size
    except KeyError:
        size = None
    if size is None:
        found = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz")
        value = found.get(f"{W}val") if found is not None else None
        return int(value) / 2 if value and value.isdigit() else 11.0
    return size.pt


def _run_fonts(paragraph, chain: list, attr: str) -> list:
    """Each text run's font attribute ("bold", "size"): set on the run, by its character style, or by
    the paragraph's style (or the style that is based on, where it says nothing itself); None where
    none says."""
    from_style = next((getattr(style.font, attr) for style in chain if getattr(style.font, attr) is not None), None)
    values = []
    for run in paragraph.runs:
        if not run.text.strip():
            continue
        value = getattr(run.font, attr)
        if value is None and run.style is not None:
            value = getattr(run.style.font, attr)
        values.append(from_style if value is None else value)
    return values


def _size(paragraph, chain: list) -> float:
    """The smallest size in points of the runs with text; 0 when one says none (the body text's size)."""
    sizes = _run_fonts(paragraph, chain, "size")
    return 0.0 if not sizes or None in sizes else min(size.pt for size in sizes)


def _bold(paragraph, chain: list) -> bool:
    """Every run with text is bold: set in bold directly, by its character style or by the
    paragraph's style (or the style that is based on, where it says nothing of bold itself)."""
    bold = _run_fonts(paragraph, chain, "bold")
    return bool(bold) and all(bold)
