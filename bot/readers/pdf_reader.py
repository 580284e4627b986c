"""PDF policies through pypdf.

Text is taken with its positions, so that lines are rebuilt in reading order and a paragraph break
is seen where the gap between lines is larger than the line spacing; lines whose text stands in
the same columns are a table, handed on as one (a clause per row, bot.parse). A page set in two
columns (a leaflet) is read a column at a time, and a paragraph may run on from one column to the
next as from one page to the next. Page headers and footers (lines repeated at the top or bottom of
most pages; their dates are still read) and page numbers are dropped, words hyphenated at a line end
are joined, and the pages are joined into one text that the line parser reads — so a clause broken
across pages is joined again like any other. Pieces of a line that report the same
start (a bold run-in heading and its paragraph, in one text object) keep the order they were
printed in; a numbered line in large type is a heading even when it reads like a sentence ("2. What
is a low-level concern?"), and so is a short line all in bold that reads as one ("Footwear", with its
paragraph on the next line); a footnote mark (a number in small raised type) is taken out of the
text, and its footnote, from the foot of the page, follows the paragraph that cites it. A PDF with
no text layer (a scan) is refused with a message that it needs OCR first; it is never indexed as
empty.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bot.errors import CorpusError
from bot.parse import ParsedDocument, parse_text, reads_as_bold_heading, stated_dates
from bot.readers import COMPOUND_END, PAGE_NUMBER, missing_extra, page_furniture, page_title

# a clause number or list marker set apart from its text ("1.1", "(a)", "iv.", "•"): such a first
# column is a numbered or bulleted list with a hanging indent, as Word exports one, not a table
_LIST_MARKER = re.compile(r"^(?:\(?\d+(?:\.\d+)*[.)]?|\(?[a-z][.)]|\([a-z]{1,4}\)|[ivx]{1,5}[.)]|[•·▪‣◦*o–-])$", re.I)
_FOOTNOTE_MARK = re.compile(r"^(?:\d{1,2}|[*†‡])$")
# a bold face, by its font's name: "Arial-BoldMT", "ABCDEF+Calibri-Bold", "VeraBd", "Helvetica-Black"
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|bd$|[-,]b$", re.I)
# what a PDF's metadata gives as its title when nobody set one
_NO_TITLE = re.compile(r"^(?:\(?anonymous\)?|untitled.*|document\d*|microsoft (?:word|powerpoint) - .*|canva design\b.*"
                       r"|.*\.(?:docx?|pdf|odt|rtf))$", re.I)
# a numbered heading: "2. What is a low-level concern?" (in large type, it is a heading even when it
# reads like a sentence)
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
_URL_END = re.compile(r"(?:https?://|www\.)\S*$")
_URL_REST = re.compile(r"^[\w%./#?=&~-]+(?:\s|$)")
_GAP_BEFORE_STOP = re.compile(r"(?<=\w) ([.,;:!?)])(?=\s|$)")
MARK_SIZE = 0.85        # a footnote mark's type is smaller than this share of its line's
COLUMN_SLACK = 2.0      # points: text starting this close to a column's left edge is in that column
LEADING = 1.2           # the usual line spacing, as a multiple of the font size
CHAR_WIDTH = 0.6        # a generous average character width, as a multiple of the font size
# a side left of a mid-page column is a table's first column when this share of its lines, at least,
# are on a line of the right side too...
TABLE_SHARE = 0.9
SPARSE_SIDE = 0.75        # ...and it has at most this share of the right side's lines
COLUMN_LINES = 8        # lines at the right column's edge, at least, for a page to be read as two columns
TURNED = 0.1            # text whose baseline rises more than this for each unit across is set at an angle


def _open(path: Path):
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        raise missing_extra(path, "pypdf", "pdf") from None
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise CorpusError(f"{path} is password-protected: save a copy without a password and add that")
        reader.pages[0]
        return reader
    except CorpusError:
        raise
    except (PdfReadError, ValueError, KeyError, IndexError, TypeError, OSError, AttributeError) as exc:
        raise CorpusError(f"{path} is not a readable PDF ({exc.__class__.__name__}): it may be corrupt; "
                          "export it from the original document again") from None


Line = tuple[float, float, str, tuple[tuple[float, str], ...], float]      # y, x, text, cells, size
Fragment = tuple[float, float, float, str, bool]                           # y, x, size, text, bold


def _fragments(page, turned: list[str] | None = None) -> list[Fragment]:
    """The positioned pieces of text on a page. Text set at an angle (a "DRAFT" or "CONFIDENTIAL"
    watermark drawn diagonally across the page, a version note up the margin) is not the page's
    text: it is left out, and handed to `turned` (read for what it says of the document, as page
    headers are), unless most of the page is set that way (a page whose content is turned as a
    whole, a landscape table printed sideways), when it is all read."""
    drawn: list[tuple[Fragment, bool]] = []       # each piece, and whether it is set at an angle

    def visit(text, cm, tm, font, size):
        if text and text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1.0
            name = str(font.get("/BaseFont", "")) if hasattr(font, "get") else ""
            fragment = (round(y, 1), x, (size or 10) * scale, text, bool(_BOLD_FONT.search(name)))
            a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]     # the text's baseline
            drawn.append((fragment, abs(b) > TURNED * abs(a)))

    page.extract_text(visitor_text=visit)
    upright = [f for f, at_angle in drawn if not at_angle]
    angled = [f for f, at_angle in drawn if at_angle]
    if sum(len(f[3].strip()) for f in angled) > sum(len(f[3].strip()) for f in upright):
        return [f for f, _ in drawn]
    if turned is not None and angled:
        turned.append(" ".join(" ".join(f[3] for f in angled).split()))
    return upright


def _page_lines(fragments: list[Fragment], edge: float | None, markers: dict | None = None,
                bold: set | None = None) -> list[Line]:
    """(y, x, text, fragments, size) of each line on a page in reading order: top to bottom, and on
    a page set in two columns (a leaflet; edge is where the right column starts) the left column
    before the right one, so y goes up again where the right column starts. A line's fragments
    ((x, text), left to right) show a table's columns, and size is its largest font size. A
    footnote mark (a number in small raised type) is taken out of the text and recorded in markers
    ((y, x) of the line -> the marks on it); a line all in a bold face has its (y, x) recorded in
    bold."""
    out: list[Line] = []
    for group in _columns(fragments, edge):
        out += _lines(group, markers, bold)
    return out


def _rows(fragments: list[Fragment]) -> dict[float, list[Fragment]]:
    """Fragments by line: those within 2 points of the same height are on one line."""
    rows: dict[float, list[Fragment]] = {}
    for fragment in fragments:
        key = next((k for k in rows if abs(k - fragment[0]) < 2.0), fragment[0])
        rows.setdefault(key, []).append(fragment)
    return rows


def _lines(fragments: list[Fragment], markers: dict | None, bold: set | None) -> list[Line]:
    """The lines of some fragments (a page, or one column of it), top to bottom."""
    rows: dict[float, list[tuple[float, float, str]]] = {}
    plain: set[float] = set()                      # lines with some text not in bold
    for key, row in _rows(fragments).items():
        rows[key] = [(x, height, text) for _, x, height, text, _ in row]
        if not all(in_bold for *_, in_bold in row):
            plain.add(key)
    # a footnote mark raised more than a row's tolerance above its line (LibreOffice sets a
    # superscript a third of the type size up) is on the line just below it
    for y in sorted(rows, reverse=True):
        parts = rows[y]
        if all(_FOOTNOTE_MARK.match(t.strip()) for _, _, t in parts):
            line = max((k for k in rows if k < y), default=None)
            if line is not None and y - line <= 0.6 * max(h for _, h, _ in rows[line]) and (
                    max(h for _, h, _ in parts) < MARK_SIZE * max(h for _, h, _ in rows[line])):
                rows[line] = rows[line] + parts    # (whether the line is in bold is its text's)
                del rows[y]
    out: list[Line] = []
    for y in sorted(rows, reverse=True):
        # left to right; pieces that report the same start (runs of another font in one text
        # object: a bold run-in heading, "4.1 Who to tell. Low-level concerns...") keep their order
        parts = sorted(rows[y], key=lambda part: round(part[0]))
        tallest = max(h for _, h, _ in parts)
        marks = [part for part in parts if _FOOTNOTE_MARK.match(part[2].strip()) and part[1] < MARK_SIZE * tallest]
        marks_removed = bool(marks) and len(marks) < len(parts)
        if marks_removed:
            parts = [part for part in parts if part not in marks]
            if markers is not None:
                markers[(y, parts[0][0])] = [t.strip() for _, _, t in marks]
        parts = _letter_spaced(parts)
        if bold is not None and y not in plain:
            bold.add((y, parts[0][0]))
        first = parts[0][2].strip()
        if len(parts) > 1 and len(first) == 1 and not first.isalnum() and _set_apart(parts[0], parts[1][0]):
            # a list bullet set apart from its text, in a symbol font, extracted as whatever its
            # code is ("\x7f", "\uf0b7"); not an opening quote or bracket, which touches its word
            parts[0] = (parts[0][0], parts[0][1], "•")
        text = parts[0][2]
        for before, (x, _, t) in zip(parts, parts[1:]):
            # fragments set apart on the line ("1.1" at a hanging indent, then its text) are words
            # apart; one that starts where the last one ends goes on the same word
            # (a list's number or letter and its text, "1." then "Purpose", are always words apart:
            # the width guessed for "1." is too wide)
            apart = _set_apart(before, x) or (before is parts[0] and x > before[0] + 0.5 * before[1]
                                              and bool(_LIST_MARKER.match(before[2].strip())))
            space = apart and not before[2][-1:].isspace() and not t[:1].isspace()
            text += (" " if space else "") + t
        text = " ".join(text.replace("\n", " ").split())
        if marks_removed:
            # the gap a mark leaves before the punctuation after it: "within one month³." read
            # "month ." once the mark was out
            text = _GAP_BEFORE_STOP.sub(r"\1", text)
        if text:
            cells: list[tuple[float, str]] = []
            for x, _, t in parts:
                if not t.strip():
                    continue
                if cells and abs(cells[-1][0] - x) <= COLUMN_SLACK:    # the same start: one cell
                    cells[-1] = (cells[-1][0], f"{cells[-1][1]} {' '.join(t.split())}")
                else:
                    cells.append((round(x, 1), " ".join(t.split())))
            out.append((y, parts[0][0], text, tuple(cells), max(h for _, h, _ in parts)))
    return out


def _column_edge(fragments: list[Fragment], left: float, width: float) -> float | None:
    """Where a page's right column starts, if it is set in two: where most lines start in the middle
    of the page, when the page splits into two columns there (_columns)."""
    starts: Counter = Counter()
    for row in _rows(fragments).values():
        starts.update({round(x) for _, x, *_ in row if left + 0.3 * width <= x <= left + 0.7 * width})
    if not starts:
        return None
    edge = max(starts, key=lambda x: (sum(n for c, n in starts.items() if abs(c - x) <= COLUMN_SLACK), -x))
    return edge if len(_columns(fragments, edge, COLUMN_LINES)) == 2 else None


def _columns(fragments: list[Fragment], edge: float | None, least: int = 2) -> list[list[Fragment]]:
    """A page set in two columns with the right one starting at edge, as [what is above the columns
    and the left column, the right column and what is below]; any other page as one group. The
    columns run from the lines starting at the edge, up and down to a gap, a line across the page,
    or a line in another type (a title, a running header or footer), with at least `least` lines
    starting at the edge (a document's last page may have little in its right column) and a few on
    the left (a sidebar of contacts may have only a few). A table with a column starting mid-page is
    not a page's columns: its rows start together on both sides, so the two sides' paragraphs start
    on the same lines, or its left side has cells of its own."""
    if edge is None:
        return [fragments]
    rows = _rows(fragments)
    at_edge = sorted((y for y, row in rows.items() if any(abs(f[1] - edge) <= COLUMN_SLACK for f in row)),
                     reverse=True)
    if len(at_edge) < least:
        return [fragments]

    def left_of(row: list[Fragment]) -> list[Fragment]:
        return [f for f in row if f[1] < edge - COLUMN_SLACK]

    def reach(f: Fragment) -> float:               # where a fragment's text ends, about
        return f[1] + CHAR_WIDTH * 0.75 * f[2] * len(f[3].rstrip())

    def full(y: float) -> bool:                    # a line across the middle of the page
        return any(reach(f) > edge + 0.25 * (edge - margin) for f in left_of(rows[y]))

    lefts_all = [f for row in rows.values() for f in left_of(row)]
    if not lefts_all:
        return [fragments]
    margin = min(f[1] for f in lefts_all)
    body = sorted(f[2] for y in at_edge for f in rows[y])[len(at_edge) // 2]
    ys = sorted(rows, reverse=True)
    gaps = sorted(a - b for a, b in zip(ys, ys[1:]))
    spacing = gaps[len(gaps) // 2] if gaps else 0.0
    top, bottom = at_edge[0], at_edge[-1]

    def ends(line: float, gap: float, largest: float) -> bool:
        """Whether the columns end before a line next to them: after a gap, at a line across the
        page, or at one in smaller type (a running header or footer) or much larger (a title)."""
        size = max(f[2] for f in rows[line])
        return gap > 3 * spacing or full(line) or not body - 1 <= size <= largest

    for a, b in zip(ys, ys[1:]):                   # on down to the columns' last lines
        if a <= bottom:
            if ends(b, a - b, float("inf")):
                break
            bottom = b
    for b, a in zip(ys[::-1], ys[-2::-1]):         # and up to their first (a list item's, say)
        if b >= top:
            if ends(a, a - b, 1.5 * body):
                break
            top = a
    inside = [y for y in ys if bottom <= y <= top]
    lefts = [y for y in inside if left_of(rows[y])]
    rights = [y for y in inside if len(left_of(rows[y])) < len(rows[y])]
    if len(lefts) < min(least, 3) or _starts_together(lefts, rights):
        return [fragments]
    # a table whose rows are no further apart than its wrapped lines: every line on the left (a row's
    # first cell) is on a line of the right side, and the right side has lines of its own between
    # them (its cells wrapped), where two columns of text set on one baseline grid fill both sides
    core = [y for y in lefts if at_edge[-1] <= y <= at_edge[0]]
    right_core = [y for y in rights if at_edge[-1] <= y <= at_edge[0]]
    if (len(core) >= 3 and len(core) <= SPARSE_SIDE * len(right_core)
            and sum(len(left_of(rows[y])) < len(rows[y]) for y in core) >= TABLE_SHARE * len(core)):
        return [fragments]
    if sum(map(full, inside)) > 0.1 * len(inside):
        return [fragments]                         # lines across the middle: one column
    if sum(_cells(left_of(rows[y])) > 1 for y in lefts) > 0.25 * len(lefts):
        return [fragments]                         # a table's cells left of a mid-page column
    first: list[Fragment] = []
    second: list[Fragment] = []
    for y, row in rows.items():
        for f in row:
            (first if y > top or (y >= bottom and f in left_of(row)) else second).append(f)
    return [first, second]


def _cells(row: list[Fragment]) -> int:
    """How many cells a line's fragments make: pieces set apart from the one before, not counting a
    list's number or bullet."""
    parts = sorted(row, key=lambda f: f[1])
    count = 1
    for before, after in zip(parts, parts[1:]):
        if _set_apart((before[1], before[2], before[3]), after[1]) and not (
                before is parts[0] and _LIST_MARKER.match(before[3].strip())):
            count += 1
    return count


def _starts_together(lefts: list[float], rights: list[float]) -> bool:
    """Whether the paragraphs of two sides (their lines' heights, top down) mostly start on the same
    line, as a table's cells do."""
    def paragraph_starts(ys: list[float]) -> list[float]:
        gaps = [a - b for a, b in zip(ys, ys[1:])]
        if not gaps:
            return []
        usual = sorted(gaps)[len(gaps) // 5]
        return [b for a, b in zip(ys, ys[1:]) if a - b > 1.35 * usual]
    left_starts, right_starts = paragraph_starts(lefts), paragraph_starts(rights)
    if not left_starts:
        return False
    shared = sum(any(abs(y - r) < 2.0 for r in right_starts) for y in left_starts)
    return shared >= 0.5 * len(left_starts)


# Helvetica's widths, in thousandths of the type size: near enough for most sans serif faces to tell a
# letter's own width from the space after it
_WIDTHS = {**dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
                                                     722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611))),
           **dict.fromkeys("0123456789", 556), "?": 556, "!": 278, "&": 667, "-": 333, "'": 191, "’": 222,
           ",": 278, ".": 278, ":": 278, "(": 333, ")": 333, "i": 222, "j": 222, "l": 222, "f": 278, "t": 278,
           "r": 333, "m": 833, "w": 722}
WORD_SPACE = 0.15       # of the type size: a gap this much wider than a letter-spaced run's usual one is a space


def _letter_spaced(parts: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """Runs of three or more one-letter pieces set close together on a line — text letter-spaced in a
    design tool, which exports it a letter at a time ("W H A T  I S ...") — as one piece of their
    words: between two letters, a gap wider than the run's usual one (the letter's own width taken
    off) by a good part of a space is a space."""
    out: list[tuple[float, float, str]] = []
    i = 0
    while i < len(parts):
        j = i
        while (j + 1 < len(parts) and len(parts[j][2].strip()) == 1 == len(parts[j + 1][2].strip())
               and abs(parts[j + 1][1] - parts[i][1]) < 0.5 and 0 < parts[j + 1][0] - parts[j][0] < 1.6 * parts[i][1]):
            j += 1
        if j - i < 2:
            out.append(parts[i])
            i += 1
            continue
        run, size = parts[i:j + 1], parts[i][1]
        gaps = [b[0] - a[0] - _WIDTHS.get(a[2].strip(), 556) / 1000 * size for a, b in zip(run, run[1:])]
        usual = sorted(gaps)[len(gaps) // 2]
        text = run[0][2].strip()
        for gap, part in zip(gaps, run[1:]):
            text += (" " if gap - usual > WORD_SPACE * size else "") + part[2].strip()
        out.append((run[0][0], size, text))
        i = j + 1
    return out


def _set_apart(fragment: tuple[float, float, str], x: float) -> bool:
    """Whether text starting at x stands clear of where fragment (x, size, text) ends."""
    start, size, text = fragment
    return x > start + CHAR_WIDTH * size * len(text.rstrip()) + 0.5 * size


def _same_columns(a: tuple, b: tuple) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= COLUMN_SLACK for x, y in zip(a, b))


def _tables(lines: list[tuple], page_of: list[int]) -> dict[int, tuple[int, list[list[str]]]]:
    """Tables: runs of lines (a heading row and at least two more) whose text stands in the same
    columns. First line index -> (index after the table, rows of cells). A cell wrapped onto a
    next line (text in some of the columns only, or every cell going on in lower case) is joined
    to the row above, when that line follows at the cell's own line spacing on the same page; so is
    a first cell set lower than the rest of its row (at the foot of a taller cell beside it). The
    lines are a whole document's, so a table that runs on to the next page is one table, under its
    headings."""
    tables: dict[int, tuple[int, list[list[str]]]] = {}
    i = 0
    while i < len(lines):
        columns = tuple(x for x, _ in lines[i][3])
        if len(columns) < 2:
            i += 1
            continue
        rows = [[t for _, t in lines[i][3]]]
        firsts = [rows[0][0]]                      # each row's first cell as it starts, before any wrapping
        starts: list[float] = []                   # the gaps above the rows begun on the page of the row before
        end = i + 1
        while end < len(lines):
            cells = lines[end][3]
            xs = tuple(x for x, _ in cells)
            before, line = lines[end - 1], lines[end]
            gap = before[0] - line[0]
            wrapped = (page_of[end] == page_of[end - 1] and abs(line[4] - before[4]) < 0.5
                       and 0 < gap <= 1.5 * LEADING * line[4])
            # rows set apart by their cells' padding: a line closer than every row start so far goes on a row
            apart = wrapped and len(starts) >= 2 and min(starts) > gap + 0.25 * line[4]
            under = bool(xs) and all(any(abs(x - c) <= COLUMN_SLACK for c in columns) for x in xs)
            if (page_of[end] != page_of[end - 1] and _same_columns(xs, columns)
                    and [t for _, t in cells] == rows[0]):
                pass                               # the heading row, repeated at the top of the next page
            elif wrapped and not rows[-1][0] and len(xs) == len(columns) and under:
                for k, (_, t) in enumerate(cells):  # the open row's cells set lower, its first among them
                    rows[-1][k] = _joined_cell(rows[-1][k], t)
                firsts[-1] = rows[-1][0]
            elif (not wrapped and under and abs(xs[0] - columns[0]) > COLUMN_SLACK
                    and page_of[end] == page_of[end - 1] and abs(line[4] - before[4]) < 0.5
                    and 0 < gap <= 2.5 * LEADING * line[4]):
                # a row whose first cell is set lower, at the foot of a taller cell beside
                # it: the row starts below a gap wider than its cells' line spacing, without its first
                # column, and its other cells follow at the line spacing
                rows.append([""] * len(columns))
                for x, t in cells:
                    rows[-1][min(range(len(columns)), key=lambda n: abs(columns[n] - x))] = t
                firsts.append("")
                starts.append(gap)
            elif _same_columns(xs, columns) and not apart and not (wrapped and all(
                    t[:1].islower() or _runs_on(rows[-1][n]) for n, (_, t) in enumerate(cells))):
                rows.append([t for _, t in cells])
                firsts.append(rows[-1][0])
                if page_of[end] == page_of[end - 1]:
                    starts.append(gap)
            elif wrapped and under:
                for x, t in cells:                 # a wrapped cell: text under some or all columns
                    k = min(range(len(columns)), key=lambda n: abs(columns[n] - x))
                    rows[-1][k] = _joined_cell(rows[-1][k], t)
            else:
                break
            end += 1
        # not a contents page, nor a numbered list: "1.1" then a tab then its text, whether the text
        # wraps under itself (a hanging indent) or back to the margin, under the number
        if (len(rows) >= 3 and not all(PAGE_NUMBER.match(row[-1]) for row in rows)
                and not all(_LIST_MARKER.match(first) for first in firsts)):
            tables[i] = (end, rows)
            i = end
        else:
            i += 1
    return tables


def _side_by_side(lines: list[tuple], page_of: list[int], tables: dict) -> dict[int, tuple[int, list[str]]]:
    """Blocks of text set side by side that are not a table (a section of a page set in two columns
    for a few lines, as Writer makes one: "Data Protection Officer: …" beside "IT Service Desk: …"):
    runs of at least three lines, at the text's line spacing on one page, whose pieces start in the
    columns of the first line, two of them at least with pieces in two columns. First line index ->
    (index after the block, each column's text, left to right), to be read a column at a time rather
    than across, line by line. A first column of clause numbers or bullets is a list, not a block."""
    blocks: dict[int, tuple[int, list[str]]] = {}
    k = 0
    while k < len(lines):
        columns = [x for x, _ in lines[k][3]]
        if k in tables or len(columns) < 2 or _LIST_MARKER.match(lines[k][3][0][1]):
            k += 1
            continue
        end = k + 1
        while (end < len(lines) and end not in tables and page_of[end] == page_of[k]
               and 0 < lines[end - 1][0] - lines[end][0] <= 1.5 * LEADING * lines[end][4]
               and all(any(abs(x - c) <= COLUMN_SLACK for c in columns) for x, _ in lines[end][3])):
            end += 1
        run = lines[k:end]
        if len(run) >= 3 and sum(len(line[3]) >= 2 for line in run) >= 2:
            texts = [" ".join(t for line in run for x, t in line[3] if abs(x - c) <= COLUMN_SLACK) for c in columns]
            blocks[k] = (end, texts)
            k = end
        else:
            k += 1
    return blocks


# Words a cell's line cannot end on when the cell is complete ("...the trust's OneDrive or" /
# "SharePoint, which are backed up"): the next line in every column is the same row wrapped.
_RUNS_ON = frozenset("a an the and or but of to for with in on at by from as than that which your their its".split())


def _joined_cell(cell: str, more: str) -> str:
    """A cell's text and its next line: a range wrapped after its dash ("10.30am–" / "10.45am") goes
    on without a space; a spaced dash ("Main gate –" / "car park") keeps it."""
    if re.search(r"\S[\u2013\u2014-]$", cell):
        return cell + more
    return f"{cell} {more}".strip()


def _runs_on(cell: str) -> bool:
    words = cell.split()
    return bool(words) and words[-1].lower() in _RUNS_ON


def _furniture(pages: list[list[tuple]]) -> set[tuple[int, int]]:
    """(page, line) positions of running headers/footers and page numbers."""
    return page_furniture([[line[2] for line in lines] for lines in pages])


def pdf_text(path: Path) -> str:
    """The PDF's text as lines, with a blank line at each paragraph break, furniture removed."""
    return _pdf_text(path)[0]


def _pdf_text(path: Path) -> tuple[str, list[str]]:
    """pdf_text, and the lines of the page margins it left out (read for their dates only)."""
    reader = _open(path)
    marks: list[dict[tuple[float, float], list[str]]] = [{} for _ in reader.pages]
    bold: list[set[tuple[float, float]]] = [set() for _ in reader.pages]
    try:
        turned: list[str] = []                    # a watermark's words, a note up the margin
        fragments = [_fragments(page, turned) for page in reader.pages]
        # a leaflet's pages are all set in the same two columns: a page whose right column is
        # short (the last) is read with the edge the others show
        edges = Counter(_column_edge(frs, float(page.mediabox.left), float(page.mediabox.width))
                        for frs, page in zip(fragments, reader.pages))
        edges.pop(None, None)
        edge = edges.most_common(1)[0][0] if edges else None
        pages = [_page_lines(frs, edge, marks[p], bold[p]) for p, frs in enumerate(fragments)]
    except Exception as exc:       # pypdf can fail deep inside a broken content stream
        raise CorpusError(f"{path} could not be read ({exc.__class__.__name__}): it may be corrupt; "
                          "export it from the original document again") from None
    if not any(lines for lines in pages):
        raise CorpusError(f"{path} has no text layer (a scanned document?): run it through OCR first, then "
                          "add the OCR'd PDF or its text")
    drop = _furniture(pages)
    kept = [[line for i, line in enumerate(lines) if (p, i) not in drop] for p, lines in enumerate(pages)]
    # a running footer can be where the dates are ("Issued September 2025 · Review September 2026")
    # (a footer too long for one line wraps: "Approved: 9 September 2025 · Next review:" / "September
    # 2027", so the lines a page's header or footer runs over are read as one)
    runs: list[list[tuple[int, int]]] = []
    for p, i in sorted(drop):
        if runs and runs[-1][-1] == (p, i - 1):
            runs[-1].append((p, i))
        else:
            runs.append([(p, i)])
    margins: list[str] = list(dict.fromkeys(" ".join(pages[p][i][2] for p, i in run) for run in runs))
    margins += list(dict.fromkeys(turned))
    sizes = Counter(round(line[4]) for lines in kept for line in lines)
    text_size = sizes.most_common(1)[0][0] if sizes else 0.0      # the body text's type size
    notes = [_footnotes(lines, marks[p], text_size) for p, lines in enumerate(kept)]
    kept = [lines[:len(lines) - notes[p][1]] for p, lines in enumerate(kept)]
    spacing = [_line_spacing(lines) for lines in kept]
    # a footer or header in small type set apart from the text, which repetition cannot show on a
    # one-page guide ("Issued by the Data Protection Officer, January 2026 | Review: January 2027")
    for p, lines in enumerate(kept):
        if len(lines) >= 3 and spacing[p]:
            if lines[-1][4] <= text_size - 1.5 and lines[-2][0] - lines[-1][0] > 2.5 * spacing[p]:
                margins.append(lines[-1][2])
                kept[p] = lines = lines[:-1]
            if lines[0][4] <= text_size - 1.5 and lines[0][0] - lines[1][0] > 2.5 * spacing[p]:
                margins.append(lines[0][2])
                kept[p] = lines[1:]
    flat = [(p, line) for p, lines in enumerate(kept) for line in lines]
    # each column's own line spacing, its closest lines (a sidebar is often set tighter than the
    # text beside it, and a column may end in a box of rows set apart)
    column_spacing: list[float] = []
    for p, lines in enumerate(kept):
        starts = [0] + [i for i in range(1, len(lines)) if lines[i][0] > lines[i - 1][0]] + [len(lines)]
        for a, b in zip(starts, starts[1:]):
            gaps = [u[0] - v[0] for u, v in zip(lines[a:b], lines[a + 1:b]) if u[0] - v[0] >= 0.75 * spacing[p]]
            column_spacing += [min(gaps) if len(starts) > 2 and gaps else spacing[p]] * (b - a)
    tables = _tables([line for _, line in flat], [p for p, _ in flat])
    blocks = _side_by_side([line for _, line in flat], [p for p, _ in flat], tables)
    out: list[str] = []
    pending: list[str] = []                        # footnotes, to follow the paragraph citing them

    def paragraph_break() -> None:
        nonlocal pending
        for note in pending:
            out.extend(("", note))
        pending = []
        out.append("")

    skip_to = 0
    for k, (p, (y, x, text, _, size)) in enumerate(flat):
        if k < skip_to:
            continue
        first_on_page = not k or flat[k - 1][0] != p
        # the top of a page's second column: like a new page, a paragraph may run on to it
        new_column = not first_on_page and y > flat[k - 1][1][0]
        if (first_on_page and k) or new_column:
            if pending:
                paragraph_break()
            _page_break(out)
        if k in tables:                            # a table, as markdown: bot.parse makes a clause a row
            skip_to, rows = tables[k]
            paragraph_break()
            out += [*_pipe_rows(rows), ""]
            continue
        if k in blocks:                            # text side by side: a column at a time
            skip_to, texts = blocks[k]
            paragraph_break()
            for column in texts:
                out += [column, ""]
            continue
        if not first_on_page and not new_column:
            prev_y, prev_x, _, _, prev_size = flat[k - 1][1]
            if (out and out[-1] and size > text_size + 0.5 and abs(size - prev_size) < 0.5
                    and prev_y - y <= 1.35 * LEADING * size):
                out[-1] = f"{out[-1]} {text}"      # a title or heading in large type, wrapped: one line
                continue
            # a paragraph starts after a larger gap than the line spacing, or where the text moves
            # back left (the line after an indented list item)
            if (column_spacing[k] and prev_y - y > 1.35 * column_spacing[k]) or x < prev_x - 4:
                paragraph_break()
        pending += [notes[p][0][m] for m in marks[p].get((y, x), ()) if m in notes[p][0]]
        if size > text_size + 1 and _NUMBERED.match(text) and len(text.split()) <= 15:
            paragraph_break()
            out += [f"## {text}", ""]              # a numbered heading in large type
            continue
        if ((y, x) in bold[p] and size > text_size - 0.5 and reads_as_bold_heading(text)
                and not _bold_run(flat, bold, spacing, k)):
            paragraph_break()
            out += [f"## {text}", ""]              # a line in bold type that reads as a heading
            continue
        if out and re.search(r"[a-z]-$", out[-1]) and text[:1].islower():
            # a word hyphenated at the line end; a name's compound keeps its hyphen ("College-" /
            # "owned devices": College-owned), as a break inside a word seldom follows a capital
            out[-1] = out[-1] + text if COMPOUND_END.search(out[-1]) else out[-1][:-1] + text
        elif out and _URL_END.search(out[-1]) and _URL_REST.match(text):
            out[-1] = out[-1] + text               # a link wrapped at the line end
        else:
            out.append(text)
    if pending:
        paragraph_break()
    _page_break(out)
    return "\n".join(out), margins


def _bold_run(flat: list[tuple], bold: list[set[tuple[float, float]]], spacing: list[float], k: int) -> bool:
    """Whether line k's bold goes on from the line before or after it (a sentence set in bold,
    wrapped), rather than standing alone as a heading."""
    page, line = flat[k]
    for j in (k - 1, k + 1):
        other = flat[j][1] if 0 <= j < len(flat) and flat[j][0] == page else None
        if other and (other[0], other[1]) in bold[page] and abs(other[4] - line[4]) < 0.5:     # same face and size
            if abs(other[0] - line[0]) <= 1.35 * max(spacing[page], LEADING * line[4]):
                return True
    return False


def _footnotes(lines: list[tuple], marks: dict[float, list[str]], text_size: float) -> tuple[dict[str, str], int]:
    """The footnotes at the foot of a page — lines in smaller type than the body text, each
    starting with a mark made on the page — as (mark -> text, how many lines they take)."""
    made = {m for ms in marks.values() for m in ms}
    if not made:
        return {}, 0
    start = len(lines)
    while start and lines[start - 1][4] < text_size - 1:
        start -= 1
    notes: dict[str, str] = {}
    current = None
    for line in lines[start:]:
        mark, _, rest = line[2].partition(" ")
        if mark in made and rest:
            current = mark
            notes[mark] = rest
        elif current:
            notes[current] += " " + line[2]       # a footnote wrapped on to another line
        else:
            return {}, 0                           # small type that is not a footnote
    return notes, len(lines) - start if notes else 0


def _line_spacing(lines: list[tuple]) -> float:
    """A page's line spacing: the small regular gap (paragraph gaps can outnumber it on a page)."""
    gaps = [a[0] - b[0] for a, b in zip(lines, lines[1:]) if a[0] > b[0]]
    return sorted(gaps)[len(gaps) // 5] if gaps else 0.0


def _pipe_rows(rows: list[list[str]]) -> list[str]:
    width = len(rows[0])
    lines = ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows]
    return [lines[0], "|" + "---|" * width, *lines[1:]]


def _page_break(out: list[str]) -> None:
    """Mark the end of a page. A paragraph that runs on to the next page (its last line is not
    finished) is left open, to be joined; otherwise the page break is a paragraph break."""
    if not out or out[-1] == "":
        return
    out.append("\f")


def _resolve_page_breaks(lines: list[str]) -> list[str]:
    out: list[str] = []
    for i, line in enumerate(lines):
        if line != "\f":
            out.append(line)
            continue
        nxt = next((x for x in lines[i + 1:] if x not in ("", "\f")), "")
        prev = out[-1] if out else ""
        finished = prev.rstrip(" \"'’”)").endswith((".", "!", "?", ";", ":")) or _URL_END.search(prev)
        runs_on = prev and (not finished or nxt[:1].islower())
        if not runs_on:
            out.append("")
    return out


def read_pdf(path: Path, policy_id: str) -> ParsedDocument:
    text, margins = _pdf_text(path)
    text = "\n".join(_resolve_page_breaks(text.split("\n")))
    parsed = parse_text(text, policy_id, paragraphs_known=True)
    if margins:
        parsed.meta = {**stated_dates(margins), **parsed.meta}     # "Review: January 2027" in the footer
    try:
        info = _open(path).metadata
        title = (info.title or "").strip() if info else ""
    except Exception:
        title = ""
    if title and not _NO_TITLE.match(title):
        parsed.title = page_title(title)    # a web page printed to PDF: "Bereavement Policy - Oak School"
    return parsed
