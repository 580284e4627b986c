"""Web pages (.html, .htm) through Beautiful Soup: a guidance page saved from the intranet or the
trust's website ("Save page as..." in a browser).

Only the page's content is read: its <main> (or <article>) when it has one, and never navigation,
site headers and footers, sidebars, forms, scripts or cookie banners. The content is turned into the
text the shared line parser reads (bot.parse): headings <h1>-<h6> as headings (the first <h1> is the
title), paragraphs as paragraphs, list items as list items under their lead-in, table rows as
clauses with each cell after its column heading, a definition list as "term: definition", and the
question of a <details> block (an FAQ page's "<summary>Can I...?</summary>") as the heading of its
answer.
"""
from __future__ import annotations

import re
from pathlib import Path

from bot.errors import CorpusError
from bot.parse import ParsedDocument, parse_text
from bot.readers import missing_extra, read_bytes

_DROP = ("script", "style", "noscript", "template", "svg", "nav", "aside", "form", "button", "iframe",
         "select", "input", "dialog", "canvas", "object", "video", "audio", "map")
_NOT_CONTENT_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog"}
# an id or class naming a part of the site, not of the page's text (one whole class name: a
# SharePoint page's "sharepoint-content" or a "menu-of-options" section is content)
_NOT_CONTENT_NAME = re.compile(r"^(?:.*cookie.*|.*consent.*|.*breadcrumbs?|skip-?link|skip-?to-?content|"
                               r"share-?(?:buttons?|links?|bar)|social-?(?:share|links?)|(?:main-?|site-?|nav-?)?menu)$",
                               re.I)
_HEADING = re.compile(r"^h([1-6])$")
_MARK = re.compile(r"\s*[\d*†‡]{1,3}\s*")     # a footnote mark: <sup>1</sup>
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "ul", "ol", "li", "table", "dl",
          "blockquote", "pre", "details", "summary", "figure", "figcaption", "address", "hr", "br",
          "h1", "h2", "h3", "h4", "h5", "h6", "body", "html", "center"}


def read_html(path: Path, policy_id: str) -> ParsedDocument:
    try:
        from bs4 import BeautifulSoup
    except ImportError:
        raise missing_extra(path, "beautifulsoup4", "html") from None
    data = read_bytes(path, "save the page again from the browser, or remove it from the corpus")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError(f"{path} is a binary file, not a web page: save the page as HTML, or the policy as .docx or .pdf")
    soup = BeautifulSoup(data, "html.parser")
    root = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find("article") or soup.body or soup
    for element in root.find_all(True):
        if element.decomposed:
            continue
        role = str(element.get("role") or "").lower()
        names = [str(element.get("id") or ""), *map(str, element.get("class") or [])]
        if (element.name in _DROP or role in _NOT_CONTENT_ROLES or element.get("hidden") is not None
                or str(element.get("aria-hidden") or "").lower() == "true"
                or any(name and _NOT_CONTENT_NAME.match(name) for name in names)
                or (element.name in ("header", "footer") and root.name in ("body", "[document]")
                    and element.find_parent("article") is None)):
            element.decompose()
    lines: list[str] = []
    _blocks(root, lines)
    text = "\n".join(lines).strip()
    if not text:
        raise CorpusError(f"{path} has no readable text in its page content: save the page again from the "
                          "browser (\"Save page as\", complete page), or save the policy as .docx or .pdf")
    parsed = parse_text(text, policy_id)
    if not parsed.title and soup.title and soup.title.string:
        parsed.title = " ".join(soup.title.string.split())
    return parsed


def _text(element) -> str:
    """An element's words as one line, footnote marks (<sup>1</sup>) left out."""
    for sup in element.find_all("sup"):
        if _is_mark(sup):
            sup.decompose()
    return " ".join(element.get_text(" ").split())


def _is_mark(tag) -> bool:
    return tag.name == "sup" and bool(_MARK.fullmatch(tag.get_text()))


def _paragraph(lines: list[str], text: str) -> None:
    if text:
        lines += ["", text, ""]


def _blocks(element, lines: list[str]) -> None:
    """The markdown-like lines of an element's content, in document order."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString     # comments, doctypes, CDATA
    inline: list[str] = []

    def flush() -> None:
        _paragraph(lines, " ".join(" ".join(inline).split()))
        inline.clear()

    for child in element.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, PreformattedString):
                inline.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name not in _BLOCK:
            if not _is_mark(child):
                inline.append(_text(child))
            continue
        flush()
        heading = _HEADING.match(name)
        if heading:
            text = _text(child)
            _paragraph(lines, f"{'#' * int(heading.group(1))} {text}" if text else "")
        elif name in ("ul", "ol"):
            _list(child, lines, 0)
        elif name == "table":
            _table(child, lines)
        elif name == "dl":
            term = None
            for item in child.find_all(["dt", "dd"]):
                if item.name == "dt":
                    term = _text(item)
                else:
                    _paragraph(lines, f"{term}: {_text(item)}" if term else _text(item))
        elif name == "details":
            summary = child.find("summary")
            if summary is not None:
                _paragraph(lines, f"### {_text(summary)}")
                summary.decompose()
            _blocks(child, lines)
        elif name in ("p", "summary", "figcaption", "address", "pre"):
            _paragraph(lines, _text(child))
        elif name in ("br", "hr"):
            continue
        else:                                    # div, section, blockquote...: their own blocks
            _blocks(child, lines)
    flush()


def _list(element, lines: list[str], level: int) -> None:
    """A list's items as "- item" lines, nested lists indented under their item."""
    lines.append("")
    for item in element.find_all("li", recursive=False):
        nested = [child.extract() for child in item.find_all(["ul", "ol"], recursive=False)]
        text = _text(item)
        if text:
            lines.append(f"{'  ' * level}- {text}")
        for sub in nested:
            _list(sub, lines, level + 1)
    lines.append("")


def _table(element, lines: list[str]) -> None:
    """A table as markdown rows, its first row the column headings (bot.parse: a clause per row)."""
    rows = []
    for row in element.find_all("tr"):
        cells = [_text(cell).replace("|", "/") for cell in row.find_all(["th", "td"], recursive=False)]
        if any(cells):
            rows.append(cells)
    if not rows:
        return
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines += ["", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * width,
              *("| " + " | ".join(r) + " |" for r in rows[1:]), ""]
