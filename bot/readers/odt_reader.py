"""OpenDocument text (.odt) policies, as LibreOffice Writer saves them (and Google Docs and Word,
when asked), through odfdo.

* Headings are the outline's headings (text:h with an outline level). Their numbers ("5.2") are
  not in the text: they come from the document's outline numbering (Tools > Heading Numbering,
  styles.xml's text:outline-style), counted through the document, as Word's come from its numbering
  definitions (bot.readers.docx_reader).
* A list's items take the number or bullet of their level in the list's style ("a)", "iii.",
  "Stage 2:" with a prefix); a numbered list that continues an earlier one goes on counting. A
  bulleted item stays an item of the paragraph before it (a lead-in keeps its list).
* Tables are read in order, a clause per row, and a signature table's dates are the policy's
  dates, as in Word (bot.readers.wordproc); the title comes from the document's properties, else its
  Title and Subtitle paragraphs, else a first line naming a kind of document.
* A footnote or endnote follows the paragraph citing it, its mark not text; a frame's text box (a
  "Support available to you" box beside the text), or a shape's text (what a Word text box becomes
  when LibreOffice converts the file), is read as paragraphs after the one it is anchored in.
  Comments, the table of contents and other indexes are not text.
* Tracked changes not yet accepted: the deleted text is kept apart from the body and is not read,
  inserted text is, so the document reads as it will once they are accepted, and the reindex warns.
* The page style's header and footer are not clauses, but dates stated there count, as in Word.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from bot.errors import CorpusError
from bot.parse import ParsedDocument, cell_text, lays_out_the_page
from bot.readers import LINE_BREAK, apart, list_number, missing_extra
from bot.readers.wordproc import Paragraph, Table, build_document, tracked_changes

# Blocks that are not the document's text: declarations, forms, tracked deletions, the table of
# contents and the other indexes (their entries repeat headings with page numbers).
_NOT_TEXT = frozenset([
    "text:tracked-changes", "text:sequence-decls", "text:variable-decls", "text:user-field-decls",
    "text:dde-connection-decls", "office:forms", "text:table-of-content", "text:alphabetical-index",
    "text:illustration-index", "text:table-index", "text:object-index", "text:user-index",
    "text:bibliography", "office:annotation", "office:annotation-end",
])
# Inline elements whose content is not the paragraph's words: a note's citation and body (the
# body follows the paragraph), a comment, a bookmark or change mark; and any drawing (draw:*): a
# frame's text box, or the text of a shape (a Word text box converted by LibreOffice is a
# draw:custom-shape), follows the paragraph it is anchored in.
_NOT_WORDS = frozenset(["text:note", "office:annotation", "office:annotation-end",
                        "text:bookmark", "text:bookmark-start", "text:bookmark-end", "text:change",
                        "text:change-start", "text:change-end", "text:soft-page-break",
                        "text:reference-mark", "text:reference-mark-start", "text:reference-mark-end",
                        "text:toc-mark", "text:alphabetical-index-mark"])
_SPACES = frozenset(["text:tab"])
# ODF's number formats as Word names them (bot.readers.list_number)
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_MIMETYPE = "application/vnd.oasis.opendocument.text"


def _open(path: Path):
    try:
        from odfdo import Document
    except ImportError:
        raise missing_extra(path, "odfdo", "odt") from None
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            manifest = package.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            mimetype = package.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror or exc}; check the file exists and is readable") from None
    except zipfile.BadZipFile:
        raise CorpusError(f"{path} is not a readable OpenDocument file: it may be corrupt; open it in "
                          "LibreOffice and save it again as .odt") from None
    if b"encryption-data" in manifest:
        raise CorpusError(f"{path} is password-protected: open it in LibreOffice and save it as .odt "
                          "without a password")
    if mimetype and not mimetype.startswith(_MIMETYPE):
        raise CorpusError(f"{path} is not a text document ({mimetype}): save the policy from LibreOffice "
                          "Writer as .odt")
    try:
        return Document(path)
    except Exception:       # odfdo and lxml raise their own errors for a broken package
        raise CorpusError(f"{path} is not a readable OpenDocument file: it may be corrupt; open it in "
                          "LibreOffice and save it again as .odt") from None


class _Styles:
    """What the document's styles say: a paragraph style's name as the user sees it, whether a
    paragraph or a span is bold, and the lists' and the outline's numbering. A style the document
    names but does not define (or cannot give) is as good as none."""

    def __init__(self, document):
        self.document = document
        self._cache: dict[tuple[str, str], object] = {}

    def _style(self, family: str, name: str | None):
        if not name:
            return None
        key = (family, name)
        if key not in self._cache:
            from lxml.etree import LxmlError
            try:
                self._cache[key] = self.document.get_style(family, name)
            except (LxmlError, KeyError, ValueError):
                self._cache[key] = None
        return self._cache[key]

    def _chain(self, name: str | None):
        """The paragraph style and those it inherits from, nearest first."""
        seen = set()
        style = self._style("paragraph", name)
        while style is not None and style.name not in seen:
            seen.add(style.name)
            yield style
            style = self._style("paragraph", style.get_attribute("style:parent-style-name"))

    def name(self, style_name: str | None) -> str:
        """The name the user sees ("Heading 1", "Title"): an automatic style's ("P3") is its parent's."""
        for style in self._chain(style_name):
            if not _automatic(style):
                return style.display_name or style.name
        return ""

    def bold(self, style_name: str | None, family: str = "paragraph") -> bool | None:
        """Whether a paragraph style (or what it inherits) or a text style sets bold, None if it
        says nothing about the weight."""
        chain = self._chain(style_name) if family == "paragraph" else [s for s in [self._style(family, style_name)] if s]
        for style in chain:
            weight = style.get_properties(area="text") or {}
            weight = weight.get("fo:font-weight")
            if weight:
                return weight in ("bold", "600", "700", "800", "900")
        return None

    def level_style(self, list_style: str | None, level: int):
        """The list style's level element (text:list-level-style-number / -bullet / -image)."""
        style = self._style("list", list_style)
        if style is None:
            return None
        for child in style.children:
            if child.get_attribute("text:level") == str(level):
                return child
        return None

    def in_styles_part(self, xpath: str) -> list:
        """Elements of styles.xml (the outline numbering, the page styles); none when the file has no
        styles.xml, or none readable."""
        from lxml.etree import LxmlError
        try:
            return self.document.get_part("styles").get_elements(xpath)
        except (LxmlError, KeyError, ValueError, AttributeError):
            return []

    def outline(self):
        """The outline numbering's level elements: level -> text:outline-level-style (none: headings
        unnumbered)."""
        found = self.in_styles_part("//text:outline-style")
        return {int(child.get_attribute("text:level")): child for style in found[:1] for child in style.children
                if child.tag == "text:outline-level-style" and str(child.get_attribute("text:level")).isdigit()}


def _automatic(style) -> bool:
    parent = style.parent
    return parent is not None and parent.tag == "office:automatic-styles"


def _label(level_style, counters: list[int]) -> tuple[str | None, bool]:
    """(the printed label, is a bullet) for an item at len(counters) with these counts."""
    if level_style is None:
        return None, False
    if level_style.tag != "text:list-level-style-number" and level_style.tag != "text:outline-level-style":
        return None, True                                   # a bullet or an image
    fmt = level_style.get_attribute("style:num-format") or ""
    if not fmt:
        return None, level_style.tag != "text:outline-level-style"   # numbering off: still an item of its list
    shown = int(level_style.get_attribute("text:display-levels") or 1)
    parts = [list_number(c, _FORMATS.get(fmt, "decimal")) for c in counters[-shown:]]
    prefix = level_style.get_attribute("style:num-prefix") or ""
    suffix = level_style.get_attribute("style:num-suffix") or ""
    return f"{prefix}{'.'.join(parts)}{suffix}".strip() or None, False


def _is_words(tag: str) -> bool:
    """Whether an inline element's content is part of the paragraph's words (not a note, comment,
    mark or drawing)."""
    return tag not in _NOT_WORDS and not tag.startswith("draw:")


def _words(element) -> str:
    """A paragraph's words as printed: spans, links, fields' text; a text:s as its spaces, tabs as
    spaces and line breaks as LINE_BREAK (bot.readers.apart); not its notes, frames or comments."""
    out = [element.text or ""]
    for child in element.children:
        tag = child.tag
        if tag == "text:s":
            out.append(" " * int(child.get_attribute("text:c") or 1))
        elif tag in _SPACES:
            out.append(" ")
        elif tag == "text:line-break":
            out.append(LINE_BREAK)
        elif _is_words(tag):
            out.append(_words(child))
        out.append(child.tail or "")
    return "".join(out)


def _notes(element):
    """The notes a paragraph cites, in order (not those of a box anchored in it)."""
    for child in element.children:
        if child.tag == "text:note":
            yield child
        elif _is_words(child.tag):
            yield from _notes(child)


def _boxes(element):
    """What holds the text of the drawings anchored in a paragraph, in order: a frame's text box, a
    shape (its paragraphs are its own children), each shape of a group."""
    for child in element.children:
        tag = child.tag
        if tag == "draw:frame":
            yield from (box for box in child.children if box.tag == "draw:text-box")
        elif tag in ("draw:g", "draw:a"):
            yield from _boxes(child)
        elif tag.startswith("draw:"):
            yield child
        elif tag not in _NOT_WORDS:
            yield from _boxes(child)


def _bold_runs(element, styles: _Styles, inherited: bool) -> bool:
    """Every piece of the paragraph's text is bold, by its span's style or the paragraph's."""
    if (element.text or "").strip() and not inherited:
        return False
    for child in element.children:
        if child.tag == "text:span" and _words(child).strip():
            bold = styles.bold(child.get_attribute("text:style-name"), "text")
            if not _bold_runs(child, styles, inherited if bold is None else bold):
                return False
        elif (_is_words(child.tag) and child.tag != "text:span"
              and _words(child).strip() and not inherited):
            return False
        if (child.tail or "").strip() and not inherited:
            return False
    return True


class _Reader:
    def __init__(self, document):
        self.styles = _Styles(document)
        self.outline = self.styles.outline()
        self.heading_counts: list[int] = []
        self.list_counts: dict[str, list[int]] = {}    # a list's xml:id (or its place) -> its counters
        self.last_list: dict[str, str] = {}           # list style -> the key of its last list

    def paragraph(self, element, label=None, bullet=False, level=0) -> list:
        style = element.get_attribute("text:style-name")
        parts = apart(_words_of_all(element))
        text = parts[0]
        notes = [_line(note_body)
                 for note in _notes(element) for note_body in note.children
                 if note_body.tag == "text:note-body"]
        bold = self.styles.bold(style)
        para = Paragraph(text=text, style=self.styles.name(style), label=label, bullet=bullet, level=level,
                         bold=bool(text) and _bold_runs(element, self.styles, bool(bold)),
                         notes=[n for n in notes if n])
        if element.tag == "text:h":
            para.heading_level, outline_label = self._heading(element)
            para.label = label or outline_label    # a heading in a list (as Word's numbering converts) takes the list's number
        out = [para] + [Paragraph(text=part) for part in parts[1:]]   # kept apart by an empty line
        for box in _boxes(element):
            out += list(self.blocks(box))
        return out

    def _heading(self, element) -> tuple[int, str | None]:
        level = int(element.get_attribute("text:outline-level") or 1)
        if element.get_attribute("text:is-list-header") in ("true", True):
            return level, None
        del self.heading_counts[level:]
        while len(self.heading_counts) < level:
            self.heading_counts.append(0)
        start = element.get_attribute("text:start-value")
        if element.get_attribute("text:restart-numbering") in ("true", True) and start:
            self.heading_counts[level - 1] = int(start)
        else:
            self.heading_counts[level - 1] += 1
        label, _ = _label(self.outline.get(level), self.heading_counts[:level])
        return level, label

    def list_items(self, element, level: int = 1, style: str | None = None, counters: list[int] | None = None):
        """A list's paragraphs with the numbers or bullets they are printed with. A nested list shares
        its parent's counters; a list that continues an earlier one (text:continue-list, or
        text:continue-numbering with the same style) goes on counting from it."""
        style = element.get_attribute("text:style-name") or style
        if level == 1:
            continues = element.get_attribute("text:continue-list")
            if continues and continues in self.list_counts:
                counters = self.list_counts[continues]
            elif element.get_attribute("text:continue-numbering") in ("true", True) and style in self.last_list:
                counters = self.list_counts[self.last_list[style]]
            else:
                counters = []
            key = element.get_attribute("xml:id") or f"#{len(self.list_counts)}"
            self.list_counts[key] = counters
            if style:
                self.last_list[style] = key
        assert counters is not None
        level_style = self.styles.level_style(style, level)
        count = 0
        for item in element.children:
            if item.tag not in ("text:list-item", "text:list-header"):
                continue
            numbered = item.tag == "text:list-item" and _first_is_paragraph(item)
            if numbered:          # an item holding only a deeper list is not counted at this level
                del counters[level:]                        # a deeper level starts again under it
                while len(counters) < level:
                    counters.append(0)
                start = item.get_attribute("text:start-value") or (
                    level_style.get_attribute("text:start-value")
                    if level_style is not None and count == 0 and counters[level - 1] == 0 else None)
                counters[level - 1] = int(start) if start else counters[level - 1] + 1
                count += 1
                label, bullet = _label(level_style, counters[:level])
            else:
                while len(counters) < level:
                    counters.append(0)
                label, bullet = None, True      # a list header: in the list, printed without a number
            first = True
            for child in item.children:
                if child.tag in ("text:p", "text:h") and first:
                    yield from self.paragraph(child, label, bullet, level - 1)
                    first = False
                elif child.tag == "text:list":
                    yield from self.list_items(child, level + 1, style, counters)
                else:
                    yield from self.blocks_of(child, level - 1)

    def blocks(self, parent):
        for child in parent.children:
            yield from self.blocks_of(child)

    def blocks_of(self, element, level: int = 0):
        tag = element.tag
        if tag in _NOT_TEXT:
            return
        if tag in ("text:p", "text:h"):
            yield from self.paragraph(element, level=level)
        elif tag == "text:list":
            yield from self.list_items(element)
        elif tag == "table:table":
            cells = [cell for row in _rows(element) for cell in row.children
                     if cell.tag in ("table:table-cell", "table:covered-table-cell")]
            rows = [[cell for cell in row.children if cell.tag == "table:table-cell"] for row in _rows(element)]
            if len(cells) == 1:                 # a box drawn round its paragraphs, as in Word
                yield from self.blocks(cells[0])
            elif all(len(row) == 2 for row in rows) and lays_out_the_page(
                    [tuple([_line(p) for p in _cell_paragraphs(cell)] for cell in row) for row in rows]):
                for left, right in rows:        # a table laying out the page: its sections
                    yield Paragraph(text=" ".join(_line(p) for p in _cell_paragraphs(left)), heading_level=1)
                    yield from self.blocks(right)
            else:
                yield Table(self.table_rows(element))
        elif tag == "text:section":
            yield from self.blocks(element)

    def table_rows(self, table) -> list[list[str]]:
        rows = []
        for row in _rows(table):
            cells = []
            for cell in row.children:           # a covered cell's text is its spanning cell's, repeated
                if cell.tag == "table:table-cell":
                    text = cell_text(_line(p) for p in _cell_paragraphs(cell))
                    cells += [text] * int(cell.get_attribute("table:number-columns-spanned") or 1)
            rows.append(cells)
        return rows


def _first_is_paragraph(item) -> bool:
    for child in item.children:
        if child.tag in ("text:p", "text:h"):
            return True
        if child.tag != "text:soft-page-break":
            return False
    return False


def _rows(table):
    for child in table.children:
        if child.tag == "table:table-row":
            yield child
        elif child.tag in ("table:table-header-rows", "table:table-rows", "table:table-row-group"):
            yield from _rows(child)


def _cell_paragraphs(element):
    for child in element.children:
        if child.tag in ("text:p", "text:h"):
            yield child
        elif child.tag in ("text:list", "text:list-item", "text:list-header", "text:section"):
            yield from _cell_paragraphs(child)
        elif child.tag == "table:table":
            for row in _rows(child):
                for cell in row.children:
                    yield from _cell_paragraphs(cell)


def _words_of_all(element) -> str:
    """Every paragraph's words in a note body or cell part, one after another."""
    if element.tag in ("text:p", "text:h"):
        return _words(element)
    return " ".join(_words_of_all(child) for child in element.children)


def _line(element) -> str:
    """A paragraph's (or a note body's) words as one line, runs of spaces as one."""
    return " ".join(_words_of_all(element).split())


def read_odt(path: Path, policy_id: str) -> ParsedDocument:
    document = _open(path)
    from lxml.etree import LxmlError       # odfdo parses each part when it is first asked for
    try:
        return _read(document, path, policy_id)
    except (LxmlError, KeyError, ValueError):
        raise CorpusError(f"{path} is not a readable OpenDocument file: it may be corrupt; open it in "
                          "LibreOffice and save it again as .odt") from None


def _read(document, path: Path, policy_id: str) -> ParsedDocument:
    reader = _Reader(document)
    try:
        title = (document.meta.get_title() or "").strip() or None
    except KeyError:                       # no meta.xml: the title comes from the text
        title = None
    body = document.body
    parsed = build_document(reader.blocks(body), policy_id, title, _margins(reader.styles))
    tracked = len([c for c in body.get_elements("//text:changed-region")])
    if tracked:
        parsed.warnings.append(tracked_changes(path.name, tracked, "LibreOffice (Edit > Track Changes > Manage)"))
    return parsed


_MARGINS = ("style:header", "style:footer", "style:header-left", "style:footer-left", "style:header-first",
            "style:footer-first")


def _margins(styles: _Styles) -> list[str]:
    """The lines of the page styles' headers and footers (styles.xml), where a template often states
    the dates, as in Word (bot.readers.docx_reader), and the words of a watermark (Format >
    Watermark: fontwork text in a shape in the header, "DRAFT")."""
    lines: list[str] = []
    for page in styles.in_styles_part("//style:master-page"):
        for part in page.children:
            if part.tag in _MARGINS:
                lines += [_line(p) for p in _cell_paragraphs(part)]
                lines += [_line(shape) for shape in part.get_elements("descendant::draw:custom-shape")]
    return lines
