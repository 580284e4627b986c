"""Test fixtures: a shipped policy converted to .docx (with Word's own automatic numbering) and to
.pdf (with running headers, page numbers and clauses that break across pages), generated from the
clauses of its text version — so tests can check each format parses back into the same clauses."""
from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from bot.models import Clause

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DECIMAL, BULLET = "90", "91"


@dataclass
class Block:
    kind: str                   # heading | para | item
    text: str
    number: str | None = None   # printed number
    auto: bool = False          # numbered by Word (numbering.xml) rather than typed
    level: int = 0


def blocks_of(clauses: list[Clause]) -> list[Block]:
    """The document structure behind a policy's clauses: headings, numbered paragraphs, list items."""
    merged: list[Clause] = []
    for c in clauses:                    # a long clause split in parts was one paragraph
        if c.part and merged:
            prev = merged[-1]
            merged[-1] = Clause(**{**prev.__dict__, "text": prev.text + _join(prev.text, c.text)})
        else:
            merged.append(c)
    out: list[Block] = []
    heading_key = None
    auto_heading = 0
    auto_clause = 0
    heading_auto = False
    last_section = None
    for c in merged:
        key = (c.heading_number, c.heading)
        if key != heading_key or c.paragraph == 1:
            heading_key = key
            last_section = None
            auto_clause = 0
            if c.heading:
                heading_auto = bool(c.heading_number) and c.heading_number == str(auto_heading + 1)
                if heading_auto:
                    auto_heading += 1
                out.append(Block("heading", c.heading, c.heading_number, heading_auto))
        lines = c.text.split("\n")
        printed = bool(c.section) and c.section != c.heading_number and c.section != last_section
        number = c.section if printed else None
        auto = printed and heading_auto and c.section == f"{c.heading_number}.{auto_clause + 1}"
        if auto:
            auto_clause += 1
        out.append(Block("para", lines[0], number, auto, 1))
        out += [Block("item", item[2:]) for item in lines[1:]]
        last_section = c.section
    return out


def _join(a: str, b: str) -> str:
    return "\n" + b if b.startswith("• ") else " " + b


def _add_numbering(document) -> None:
    from docx.oxml import parse_xml
    numbering = document.part.numbering_part.element
    ns = f'xmlns:w="{W_NS}"'
    decimal = parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="{DECIMAL}"><w:multiLevelType w:val="multilevel"/>'
        + "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                  f'<w:lvlText w:val="{".".join(f"%{k + 1}" for k in range(i + 1))}"/></w:lvl>' for i in range(3))
        + "</w:abstractNum>")
    bullet = parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="{BULLET}"><w:multiLevelType w:val="hybridMultilevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
        "</w:abstractNum>")
    first_num = numbering.find(f"{{{W_NS}}}num")
    for abstract in (decimal, bullet):
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    for nid in (DECIMAL, BULLET):
        numbering.append(parse_xml(f'<w:num {ns} w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>'))


def _number(paragraph, num_id: str, level: int) -> None:
    from docx.oxml import parse_xml
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def write_docx(clauses: list[Clause], path: Path, title: str | None = None,
               signature: list[tuple[str, str]] | None = None) -> Path:
    import docx
    document = docx.Document()
    _add_numbering(document)
    if title:
        document.add_paragraph(title, style="Title")
        document.core_properties.title = title
    if signature:
        table = document.add_table(rows=0, cols=2)
        for label, value in signature:
            row = table.add_row().cells
            row[0].text, row[1].text = label, value
    for block in blocks_of(clauses):
        if block.kind == "heading":
            text = block.text if block.auto or not block.number else f"{block.number} {block.text}"
            p = document.add_paragraph(text, style="Heading 1")
            if block.auto:
                _number(p, DECIMAL, 0)
        elif block.kind == "item":
            _number(document.add_paragraph(block.text), BULLET, 0)
        else:
            text = block.text if block.auto or not block.number else f"{block.number} {block.text}"
            p = document.add_paragraph(text)
            if block.auto:
                _number(p, DECIMAL, 1)
    document.save(str(path))
    return path


def _styles():
    """Body text style, with the Vera fonts (shipped with reportlab) registered."""
    import reportlab
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("Vera", str(fonts / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont("VeraBd", str(fonts / "VeraBd.ttf")))
    return ParagraphStyle("body", fontName="Vera", fontSize=9, leading=11, spaceAfter=7)


def write_pdf(clauses: list[Clause], path: Path, title: str = "Policy", hyphenate: str | None = None,
              columns: int = 1, watermark: str | None = None) -> Path:
    """A PDF with a running header and 'Page N of M' footer; small pages so clauses break across them.
    hyphenate: a word to split with a hyphen at a line end, as typesetters do. columns=2: A4 pages
    set in two columns, as a leaflet is, so clauses also break from one column to the next.
    watermark: a word set large and grey diagonally across every page ("DRAFT"), under the text."""
    from reportlab.lib.pagesizes import A4, A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, SimpleDocTemplate

    body = _styles()
    if columns == 2:        # a web address too long for a column runs on, whole, as Word sets it
        body = ParagraphStyle("column", parent=body, splitLongWords=0)
    item = ParagraphStyle("item", parent=body, leftIndent=14, spaceAfter=4)
    head = ParagraphStyle("head", fontName="VeraBd", fontSize=10, leading=12, spaceBefore=8, spaceAfter=8)
    story = []
    for block in blocks_of(clauses):
        text = escape(block.text)
        if hyphenate and hyphenate in text:
            half = len(hyphenate) // 2
            text = text.replace(hyphenate, f"{hyphenate[:half]}-<br/>{hyphenate[half:]}", 1)
            hyphenate = None
        number = f"{escape(block.number)} " if block.number else ""
        if block.kind == "heading":
            story.append(Paragraph(number + text, head))
        elif block.kind == "item":
            story.append(Paragraph("• " + text, item))
        else:
            story.append(Paragraph(number + text, body))

    pages: list[int] = []
    size = A4 if columns == 2 else A5

    def furniture(canvas, doc):
        width, height = size
        if watermark:
            canvas.saveState()
            canvas.setFillGray(0.85)
            canvas.setFont("VeraBd", 60)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -20, watermark)
            canvas.restoreState()
        canvas.saveState()
        canvas.setFont("Vera", 7)
        canvas.drawString(40, height - 25, f"{title} — staff policy")
        canvas.drawRightString(width - 40, 20, f"Page {doc.page}")
        canvas.restoreState()
        pages.append(doc.page)

    if columns == 2:
        width, height = A4
        column = (width - 80 - 24) / 2
        frames = [Frame(40 + k * (column + 24), 45, column, height - 90, leftPadding=0, rightPadding=0)
                  for k in range(2)]
        doc = BaseDocTemplate(str(path), pagesize=A4, title=title)
        doc.addPageTemplates([PageTemplate(frames=frames, onPage=furniture)])
        doc.build(copy.copy(story))
        return path
    doc = SimpleDocTemplate(str(path), pagesize=A5, topMargin=45, bottomMargin=45, leftMargin=40,
                            rightMargin=40, title=title)
    doc.build(copy.copy(story), onFirstPage=furniture, onLaterPages=furniture)
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF page with only a picture on it: what a scanner without OCR produces."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    for y in range(100, 700, 12):
        c.rect(60, y, 400, 6, fill=1, stroke=0)
    c.showPage()
    c.save()
    return path


def write_table_pdf(path: Path, intro: str, rows: list[tuple[str, ...]], heading: str = "3 Types of leave",
                    widths: tuple[int, ...] = (130, 90, 90), valign: str = "TOP") -> Path:
    """A PDF with a heading, a paragraph and a table whose last column wraps in narrow cells. valign:
    where a cell shorter than its row sits in it (TOP, as Word does; MIDDLE; BOTTOM, reportlab's own)."""
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    body = _styles()
    head = ParagraphStyle("head", fontName="VeraBd", fontSize=10, leading=12, spaceBefore=8, spaceAfter=8)
    cells = [[Paragraph(escape(text), body) for text in row] for row in rows]
    story = [Paragraph(escape(heading), head), Paragraph(escape(intro), body),
             Table(cells, colWidths=list(widths), style=[("VALIGN", (0, 0), (-1, -1), valign)])]
    SimpleDocTemplate(str(path), pagesize=A5).build(story)
    return path


def write_split_table_pdf(path: Path, title: str, intro: list[str], rows: list[tuple[str, str]]) -> Path:
    """A PDF whose title, in large type, wraps onto two lines; whose intro paragraphs push a two-column
    table across a page break (cells wrap, the first row's too); with a running header on each page
    and no title in the file's metadata."""
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    body = _styles()
    big = ParagraphStyle("title", fontName="VeraBd", fontSize=18, leading=22, spaceAfter=12)
    cells = [[Paragraph(escape(text), body) for text in row] for row in rows]
    story = [Paragraph(escape(title), big), *[Paragraph(escape(text), body) for text in intro],
             Table(cells, colWidths=[90, 230], style=[("VALIGN", (0, 0), (-1, -1), "TOP")])]

    def header(canvas, doc):
        canvas.saveState()
        canvas.setFont("Vera", 7)
        canvas.drawString(40, A5[1] - 25, "Riverside Learning Trust")
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=A5, topMargin=45, bottomMargin=45, leftMargin=40, rightMargin=40,
                      title="").build(story, onFirstPage=header, onLaterPages=header)
    return path


def write_hanging_numbers_pdf(path: Path, heading: str, numbered: list[tuple[str, str]]) -> Path:
    """A PDF whose clause numbers stand apart from their text at a hanging indent, as Word exports
    automatic numbering: the number and the text are separate pieces of text on the line. A marker
    "*" is a bullet item under the clause before it, its "•" drawn in reportlab's bullet font, which
    text extraction reads as "\x7f" (as Word's Symbol-font bullets read as "\uf0b7")."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = _styles()
    hanging = ParagraphStyle("hanging", parent=body, leftIndent=34, bulletIndent=0)
    item = ParagraphStyle("item", parent=body, leftIndent=52, bulletIndent=38)
    head = ParagraphStyle("head", parent=body, fontName="VeraBd", fontSize=11, leading=14)
    story = [Paragraph(escape(heading), head)]
    story += [Paragraph(escape(text), item, bulletText="•") if number == "*"
              else Paragraph(escape(text), hanging, bulletText=number) for number, text in numbered]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def write_designed_pdf(path: Path) -> Path:
    """A PDF laid out as a designer lays out a policy: justified text; numbered headings in large
    type, one phrased as a question; a bold run-in heading inside a numbered paragraph (in one text
    object with the body, so every piece reports the paragraph's start); a footnote mark in small
    raised type and its footnote at the foot of the page; a table whose cells wrap in both columns,
    followed at the left margin by the next heading; a running header and "Page X of Y"."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    # the PDF standard fonts, as office software uses them (Helvetica, its bold for the run-in heading)
    body = ParagraphStyle("just", fontName="Helvetica", alignment=TA_JUSTIFY, fontSize=10, leading=13, spaceAfter=7)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=6)
    numbered = ParagraphStyle("numbered", parent=body, leftIndent=28, firstLineIndent=-28)   # a hanging number
    story = [Paragraph("1. What is a low-level concern?", head),
             Paragraph("1.1&nbsp;&nbsp;A low-level concern is any concern, no matter how small, that an adult may have "
                       "acted in a way that is inconsistent with the Staff Code of Conduct.<super>1</super>", numbered),
             Paragraph("1.2&nbsp;&nbsp;<b>Who to tell.</b> Low-level concerns should be shared with the designated "
                       "safeguarding lead as soon as reasonably possible.", numbered),
             Table([[Paragraph(t, small) for t in row] for row in [
                 ("Term", "Meaning"),
                 ("Harm threshold", "The point at which a concern becomes an allegation."),
                 ("Designated safeguarding lead (DSL)", "The senior member of staff who takes lead "
                                                        "responsibility for safeguarding in each school.")]],
                   colWidths=[80, 220], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
             Paragraph("2. Records", head),
             Paragraph("2.1&nbsp;&nbsp;All low-level concerns will be recorded in writing.", numbered)]

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(40, A5[1] - 25, "Riverside Learning Trust | Low-Level Concerns Policy")
        canvas.drawCentredString(A5[0] / 2, 20, f"Page {doc.page} of 1")
        canvas.drawString(40, 40, "1 Keeping children safe in education 2024, Part Four.")
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=A5, topMargin=45, bottomMargin=60, leftMargin=40, rightMargin=40,
                      title="").build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def write_bold_headings_pdf(path: Path) -> Path:
    """A PDF whose headings are lines in bold at the body text's size (no numbers, no larger type),
    with its title in large bold type and no title in its metadata (reportlab's "(anonymous)"), a
    question in bold heading its answer, and a rule set in bold that wraps over two lines."""
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = _styles()
    head = ParagraphStyle("head", parent=body, fontName="VeraBd", spaceAfter=2)
    title = ParagraphStyle("title", parent=body, fontName="VeraBd", fontSize=16, leading=20)
    story = [Paragraph("Staff Dress Code", title)]
    for heading, text in [("Footwear", "Staff must wear safe, closed shoes at all times on site."),
                          ("Jewellery", "Small studs are allowed. Hoops must be removed for PE lessons."),
                          ("Can I wear trainers?", "Only for PE lessons and on school trips.")]:
        story += [Paragraph(heading, head), Paragraph(text, body)]
    story.append(Paragraph("Staff must never wear open-toed shoes or sandals on the playground or in the "
                           "science labs, whatever the weather.", head))
    SimpleDocTemplate(str(path), pagesize=A5).build(story)
    return path


def write_sidebar_pdf(path: Path) -> Path:
    """A one-page guide with a title across the top, a narrow sidebar of key contacts (whose lines
    wrap: "Business Manager: extension" / "210") and the main text in a wide column beside it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    side = ParagraphStyle("side", parent=body, fontSize=9, leading=11, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=18, leading=22)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6)
    width, height = A4
    margin, sidebar, gap = 42, 142, 23
    frames = [Frame(margin, height - margin - 56, width - 2 * margin, 56),
              Frame(margin, margin, sidebar, height - 2 * margin - 56),
              Frame(margin + sidebar + gap, margin, width - 2 * margin - sidebar - gap, height - 2 * margin - 56)]
    story = [Paragraph("Lone working: a guide for site staff", title), FrameBreak(), Paragraph("Key contacts", head)]
    story += [Paragraph(t, side) for t in ("Site Manager: 07700 900123", "Business Manager: extension 210",
                                           "Out of hours: 01632 960 451", "Security company: 0800 123 4567")]
    story += [FrameBreak(), Paragraph("Before you start", head),
              Paragraph("Lone working means working where no colleague can see or hear you, for example opening up "
                        "the building early, locking up after a lettings booking, or working in the boiler room.",
                        body),
              Paragraph("Tell the person on call where you will be, what you are doing and when you expect to "
                        "finish, and carry a charged mobile phone or the site radio at all times.", body),
              Paragraph("Checking in", head),
              Paragraph("If you are working alone out of hours, check in by text with the person on call every two "
                        "hours. If you do not check in and cannot be reached, the person on call will come to the "
                        "site or call the security company.", body)]
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Lone working: a guide for site staff")
    doc.addPageTemplates([PageTemplate(frames=frames)])
    doc.build(story)
    return path


ODT_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}
ODT_STYLES = """
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:text-properties fo:font-weight="bold"/></style:style>
"""


def write_odt(path: Path, body: str, automatic: str = "", styles: str = "", meta: str = "",
              manifest_extra: str = "", mimetype: str = "application/vnd.oasis.opendocument.text",
              master: str = "") -> Path:
    """An OpenDocument text file with this office:text body (and automatic styles, styles.xml
    styles such as an outline style, its page styles' master pages with their headers and footers,
    meta.xml content), packaged as LibreOffice packages one."""
    import zipfile
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in ODT_NS.items())
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3">'
               f"<office:automatic-styles>{automatic}</office:automatic-styles>"
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    styles_xml = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns} office:version="1.3">'
                  f"<office:styles>{ODT_STYLES}{styles}</office:styles>"
                  f"<office:master-styles>{master}</office:master-styles></office:document-styles>")
    meta_xml = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ns} office:version="1.3">'
                f"<office:meta>{meta}</office:meta></office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
                f'{manifest_extra}</manifest:file-entry>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)          # first and stored, as ODF requires
        for name, data in (("content.xml", content), ("styles.xml", styles_xml), ("meta.xml", meta_xml),
                           ("META-INF/manifest.xml", manifest)):
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_odt_policy(clauses: list[Clause], path: Path) -> Path:
    """A shipped policy as an .odt converted from Word by LibreOffice: Word's multilevel numbering
    becomes one list style whose first level numbers the headings (text:h inside list items) and
    whose second numbers the clauses ("6.4", the list continued through the document), bullets a
    second list style; numbers Word did not make are typed."""
    out: list[str] = []
    opened = False

    def continued() -> str:
        nonlocal opened
        attrs = 'text:continue-list="num1"' if opened else 'xml:id="num1"'
        opened = True
        return f'<text:list text:style-name="WWNum1" {attrs}>'

    for block in blocks_of(clauses):
        text = escape(block.text if block.auto or not block.number else f"{block.number} {block.text}")
        if block.kind == "heading":
            heading = f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{text}</text:h>'
            out.append(f"{continued()}<text:list-item>{heading}</text:list-item></text:list>" if block.auto else heading)
        elif block.kind == "item":
            out.append(f'<text:list text:style-name="WWNum2"><text:list-item><text:p text:style-name="Text_20_body">'
                       f"{text}</text:p></text:list-item></text:list>")
        elif block.auto:
            out.append(f'{continued()}<text:list-item><text:list><text:list-item><text:p text:style-name="Text_20_body">'
                       f"{text}</text:p></text:list-item></text:list></text:list-item></text:list>")
        else:
            out.append(f'<text:p text:style-name="Text_20_body">{text}</text:p>')
    automatic = ('<text:list-style style:name="WWNum1">'
                 '<text:list-level-style-number text:level="1" style:num-format="1"/>'
                 '<text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"/>'
                 '</text:list-style><text:list-style style:name="WWNum2">'
                 '<text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>')
    return write_odt(path, "".join(out), automatic=automatic)
