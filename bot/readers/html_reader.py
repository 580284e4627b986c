"""Web pages (.html, .htm) through Beautiful Soup: a guidance page saved from the intranet or the
trust's website ("Save page as..." in a browser), a policy written in Google Docs and downloaded
or published as a web page, or a Word document saved as one.

Only the page's content is read: its <main> (or <article>) when it has one, and never navigation,
site headers and footers, sidebars, forms, scripts or cookie banners (a callout <aside> inside the
article is read: it is mostly text, where a sidebar is mostly links). The content is turned into the
text the shared line parser reads (bot.parse): headings <h1>-<h6> as headings (the first <h1> is the
title), a paragraph all in bold as a heading when it reads as one (bot.parse.reads_as_heading),
paragraphs as paragraphs, list items as list items under their lead-in, table rows as clauses with
each cell after its column heading, a definition list as "term: definition", and the question of a
<details> block (an FAQ page's "<summary>Can I...?</summary>") or of an accordion (a <button>, or a
Google Sites collapsible group's <div role="button">, that opens its answer) as the heading of its
answer; other buttons are not read, nor tooltips (Google Sites' "Copy heading link" in every heading)
and menus. An ARIA heading (a SharePoint page's title, <div role="heading" aria-level="1">) is a
heading; readers' comments under a page and the author's byline are not read. A page from a static
site generator (MkDocs, Sphinx, Docusaurus, Hugo): each heading's permalink ("¶", "#") is not part of
it, a link styled as a button ("Edit this page") is not read, and an admonition box's title ("Warning")
labels its first paragraph ("Warning: ...") rather than heading a section of its own.

A Google Docs export styles everything through classes and numbers its lists with CSS counters, so
its numbers are not in the text: they are counted back from the style sheet, as Word's automatic
numbering is (bot.readers.docx_reader), so "3.4" is cited as it is printed; a heading inside a
numbered list keeps its number; bold comes from the classes; the Title and Subtitle paragraphs give
the title; its page header and footer are not clauses (their dates still count). A Word document
saved as a web page writes its numbers into the text and its title as a MsoTitle paragraph. From
either, reviewers' comments are not read, and footnotes and endnotes are read under "Footnotes".
"""
from __future__ import annotations

import re
from pathlib import Path

from bot.errors import CorpusError
from bot.parse import (ParsedDocument, cell_text, lays_out_the_page, names_a_document, parse_text, pipe_table,
                       reads_as_bold_heading, stated_dates, title_of)
from bot.readers import LINE_BREAK, apart, list_number, missing_extra, page_title, read_bytes

_DROP = ("script", "style", "noscript", "template", "svg", "nav", "form", "button", "iframe",
         "select", "input", "dialog", "canvas", "object", "video", "audio", "map")
# (a tooltip is the page's own help text: Google Sites puts "Copy heading link" in every heading)
_NOT_CONTENT_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog",
                      "tooltip", "menu", "menubar", "toolbar"}
# an id or class naming a part of the site, not of the page's text (one whole class name: a
# SharePoint page's "sharepoint-content" or a "menu-of-options" section is content)
_NOT_CONTENT_NAME = re.compile(r"^(?:.*cookie.*|.*consent.*|.*breadcrumbs?|skip-?link|skip-?to-?content|"
                               r"share-?(?:buttons?|links?|bar)|social-?(?:share|links?)|(?:main-?|site-?|nav-?)?menu|"
                               r"(?:ez-)?toc(?:-macro|-container|-wrapper)?|rbtoc\d*|table-?of-?contents|"   # a contents list
                               r"(?:page-?)?comments?(?:-?(?:area|list|wrapper|section|thread|container))?|disqus_thread|"
                               r"(?:author-?)?byline|(?:post|entry)-?(?:author|meta))$",   # readers' comments under a
                               re.I)                     # page (SharePoint, WordPress), and who wrote it
_HEADING = re.compile(r"^h([1-6])$")
# A heading's permalink, as static site generators put one in every heading (MkDocs' and Sphinx's
# "¶", Hugo's and Docusaurus' "#", GitHub's link icon): not the heading's words.
_PERMALINK_CLASS = re.compile(r"^(?:headerlink|header-?anchor|heading-?anchor|hash-?link|anchor(?:js)?(?:-?link)?|"
                              r"permalink|anchor)$", re.I)
_PERMALINK_TEXT = frozenset(["", "¶", "#", "§", "🔗", "link"])
# A link styled as a button ("Edit this page", "Download", "Print") is the site's, not the text's
_BUTTON_CLASS = re.compile(r"(?:^|[-_])(?:button|btn)(?:$|[-_])", re.I)
# An admonition box, as MkDocs, Sphinx and Docusaurus make them: its title ("Note", "Warning", "Tip")
# labels the box's first paragraph ("Warning: If you are regularly asked…"), not a section of the page
_ADMONITION_TITLE = re.compile(r"^(?:admonition-?title|admonition-?heading|admonitionHeading_\w*|callout-?title)$")
# An accordion (Bootstrap's, a theme's "accordion" or "toggle", a Google Sites collapsible group): each
# question is a <button> (or an element with the role of one) that opens its answer, inside a heading or
# standing alone. Buttons are not read ("Accept cookies", "Print"), but such a button's text is the
# heading of its answer. "Read more" and "Show all" open nothing to quote.
_TOGGLE_ATTRIBUTES = ("aria-expanded", "aria-controls", "data-bs-toggle", "data-toggle")
_UI_WORDS = re.compile(r"^(?:read|show|hide|view|see|open|close|expand|collapse|toggle|menu|more|less|print|share)\b", re.I)
_MARK = re.compile(r"\s*\[?[\d*†‡]{1,3}\]?\s*")     # a footnote mark: <sup>1</sup>, <sup>[1]</sup>
# Google Docs: a list's class names its list and level ("lst-kix_h7q2m1x9d0aa-1"); the style sheet
# gives each level's label ('.lst-kix_...-1>li:before{content:"" counter(lst-ctn-kix_...-0,decimal) "."
# counter(lst-ctn-kix_...-1,decimal) " "}'); footnotes and comments are links to "#ftnt1", "#cmnt1".
_LIST_CLASS = re.compile(r"^lst-(kix_[\w-]+?)-(\d)$")
_LABEL_RULE = re.compile(r"\.lst-(kix_[\w-]+?)-(\d)\s*>\s*li:before\s*\{[^}]*?content:\s*([^;}]*)")
_LABEL_PART = re.compile(r'counter\(\s*lst-ctn-(kix_[\w-]+?)-(\d)\s*(?:,\s*([\w-]+)\s*)?\)|"((?:[^"\\]|\\.)*)"')
_TITLE_CLASSES = frozenset(["title", "subtitle", "msotitle", "msosubtitle"])    # Google Docs', Word's
_CLASS_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")
_BOLD_WEIGHT = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)\b", re.I)
# Footnotes, endnotes and comments, as Google Docs ("#ftnt1", "#cmnt1") and Word's "Save as Web Page"
# ("#_ftn1", "#_edn1", "#_msocom_1") link them: the mark in the text links to the note, the note
# links back to the mark ("#ftnt_ref1", "#_ftnref1", "#_ednref1"; a comment: "#cmnt_ref1", "#_msoanchor_1").
_NOTE_MARK = re.compile(r"^#(?:ftnt|cmnt|_ftn|_edn|_msocom_)\d", re.I)
_NOTE_BACK = re.compile(r"^#(?:ftnt_ref|_ftnref|_ednref)\d", re.I)
_COMMENT_BACK = re.compile(r"^#(?:cmnt_ref|_msoanchor_)\d", re.I)
_BLOCK = {"p", "div", "section", "article", "aside", "main", "header", "footer", "ul", "ol", "li", "table", "dl",
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
    page = _Page(" ".join(style.get_text() for style in soup.find_all("style")))
    # a Google Docs document's content (downloaded, it is the <body>; published to the web, a <div>
    # inside the publishing banner and footer)
    # (a Confluence page exported to HTML: the "wiki-content" <div id="main-content">)
    root = (soup.find(class_="doc-content") or soup.find("main") or soup.find(attrs={"role": "main"})
            or soup.find("article") or soup.find(id="main-content") or soup.body or soup)
    _tabs_head_their_panels(root, soup)
    for element in root.find_all(True):
        if element.decomposed:
            continue
        role = str(element.get("role") or "").lower()
        if (element.name == "button" or role == "button") and _toggles_an_answer(element, soup):
            continue
        if role == "heading" and element.name not in ("h1", "h2", "h3", "h4", "h5", "h6"):
            # an ARIA heading (a SharePoint page's title, <div role="heading" aria-level="1">) is a heading
            level = str(element.get("aria-level") or "2").strip()
            element.name = f"h{level if level in ('1', '2', '3', '4', '5', '6') else '2'}"
        names = [str(element.get("id") or ""), *map(str, element.get("class") or [])]
        if element.name == "a" and (
                (element.find_parent(_HEADING) is not None
                 and (any(_PERMALINK_CLASS.match(n) for n in names[1:])
                      or " ".join(element.get_text().split()).lower() in _PERMALINK_TEXT))
                or any(_BUTTON_CLASS.search(n) for n in names[1:])):
            element.decompose()
            continue
        if any(_ADMONITION_TITLE.match(n) for n in names[1:]):
            _label_the_box(element)
            continue
        if (element.name in _DROP or (element.name == "aside" and not _a_callout(element))
                or role in _NOT_CONTENT_ROLES or element.get("hidden") is not None
                or str(element.get("aria-hidden") or "").lower() == "true"
                or any(name and _NOT_CONTENT_NAME.match(name) for name in names)
                or (element.name in ("header", "footer") and root.name in ("body", "[document]")
                    and element.find_parent("article") is None)):
            element.decompose()
    for contents in root.find_all(["ul", "ol"]):
        if not contents.decomposed and _in_page_links_only(contents):
            contents.decompose()                 # "jump to" links: the page's contents, not its text
    footnotes = _notes(root)
    margins: list[str] = []                      # a Google Docs page header and footer
    byline = soup.find(class_="page-metadata")   # Confluence's "Created by ..., last modified on Nov 03, 2025"
    if byline is not None and root not in byline.parents:
        margins.append(_text(byline))
    if "doc-content" in (root.get("class") or []):
        for div in root.find_all("div", recursive=False):
            margins.append(_text(div))       # kept for their dates only
            div.decompose()
    lines: list[str] = []
    page.blocks(root, lines)
    if footnotes:
        lines += ["", "# Footnotes", ""]
        for note in footnotes:
            page.blocks(note, lines)
    text = "\n".join(lines).strip()
    if not text:
        raise CorpusError(f"{path} has no readable text in its page content: save the page again from the "
                          "browser (\"Save page as\", complete page), or save the policy as .docx or .pdf")
    parsed = parse_text(text, policy_id, paragraphs_known=True)      # <p> is a paragraph
    if page.title_block:
        parsed.title = title_of(page.title_block)
    if margins:
        parsed.meta = {**stated_dates(margins), **parsed.meta}     # "Next review: March 2027" in the footer
    named = page_title(" ".join(soup.title.string.split())) if soup.title and soup.title.string else None
    if not parsed.title:
        parsed.title = named
    elif (named and not page.title_block and root.find("h1") is None and names_a_document(named)
          and not names_a_document(parsed.title)):
        parsed.title = named           # a page without an <h1>: its first heading is a section's
    return parsed


def _toggles_an_answer(button, soup) -> bool:
    """An accordion's question: kept, as the heading it is in, or read with its answer as a <details>
    block. Other buttons are dropped."""
    text = " ".join(button.get_text().split())
    if not text or _UI_WORDS.match(text):
        return False
    if button.find_parent(_HEADING) is not None:
        button.unwrap()
        return True
    if any(button.get(name) is not None for name in _TOGGLE_ATTRIBUTES) and reads_as_bold_heading(text) and (
            text.endswith("?") or len(text.split()) >= 3):
        # read as a <details> block: the question heads the panel it opens (the element it names in
        # aria-controls, else the next one), and what follows is under the heading before it again
        target = str(button.get("aria-controls") or "").split()
        panel = (soup.find(id=target[0]) if target else None) or button.find_next_sibling()
        button.name, button.attrs = "summary", {}
        _details(soup, button, button, panel)
        return True
    return False


def _tabs_head_their_panels(root, soup) -> None:
    """Tabs (role="tab"): each tab's title heads the panel it shows (named by aria-controls, or a
    Bootstrap tab's href="#panel"), read where the panel is, as a <details> block; the panels a
    browser hides until their tab is chosen are read like the one shown. A page builder's second copy
    of the titles (Elementor writes them above the panels for desktops and before each panel for
    phones) is not read twice: a panel is headed by its last tab."""
    tabs: dict[str, list] = {}
    for tab in root.find_all(attrs={"role": re.compile(r"^\s*tab\s*$", re.I)}):
        target = str(tab.get("aria-controls") or "").split() or [str(tab.get("href") or "").removeprefix("#")]
        tabs.setdefault(target[0], []).append(tab)
    for target, titles in tabs.items():
        panel = soup.find(id=target) if target else None
        title = " ".join(titles[-1].get_text().split())
        for tab in titles:
            tab.decompose()
        if panel is None or not title or panel.decomposed:
            continue
        summary = soup.new_tag("summary")
        summary.string = title
        _details(soup, panel, summary, panel)


def _details(soup, at, summary, panel) -> None:
    """Put a <details> block where `at` is: the summary, then the panel it opens (if any), read even
    while the browser hides it, as its text is the page's."""
    details = soup.new_tag("details")
    at.insert_before(details)
    details.append(summary.extract())
    if panel is not None and panel is not details:
        for name in ("hidden", "aria-hidden"):
            if panel.get(name) is not None:
                del panel[name]
        details.append(panel.extract())


def _label_the_box(title) -> None:
    """An admonition's title ("Warning") put before the first paragraph of its box, as its label."""
    label = " ".join(title.get_text().split()).rstrip(":")
    first = title.find_next_sibling(["p", "div"])
    if first is not None and first.name == "div" and first.find("p") is not None:
        first = first.find("p")          # Docusaurus: the text is in a <div> after the title
    title.decompose()
    if label and first is not None and first.get_text().strip():
        first.insert(0, f"{label}: ")


def _a_callout(aside) -> bool:
    """An <aside> inside the article, mostly text rather than links, is part of it: a callout box
    ("Need to talk to someone? LADO service: 01632 960 440"). One beside the article, or one of
    links ("Related pages", "Latest news"), is the site's sidebar."""
    if aside.find_parent("article") is None:
        return False
    text = "".join(aside.get_text().split())
    linked = "".join("".join(a.get_text() for a in aside.find_all("a")).split())
    return bool(text) and len(linked) * 2 < len(text)


def _in_page_links_only(element) -> bool:
    """A list of links to places on the same page and nothing else: a contents list."""
    links = element.find_all("a")
    return bool(links) and all(str(a.get("href") or "").startswith("#") for a in links) and (
        "".join(element.get_text().split()) == "".join("".join(a.get_text() for a in links).split()))


def _notes(root) -> list:
    """Take the footnotes and endnotes out of the page, to be read at its end, and drop reviewers'
    comments (never policy) and the marks in the text that point at either."""
    footnotes = []
    for back in root.find_all("a", href=_NOTE_BACK):
        if not back.decomposed:
            note = _note_of(back, root)
            back.decompose()
            if note is not None:
                footnotes.append(note.extract())
    for back in root.find_all("a", href=_COMMENT_BACK):
        if not back.decomposed:
            comment = _note_of(back, root)
            (comment or back).decompose()
    for element in root.find_all(style=re.compile(r"mso-element\s*:\s*comment-list", re.I)):
        if not element.decomposed:
            element.decompose()                  # Word's list of comments
    for mark in root.find_all("a", href=_NOTE_MARK):
        if not mark.decomposed:
            sup = mark.find_parent("sup")
            (sup if sup is not None and sup.get_text().strip() == mark.get_text().strip() else mark).decompose()
    return footnotes


def _note_of(back, root):
    """The note a link back to its mark stands in: its paragraph (or list item), or the <div> that
    holds only that paragraph (Word's <div id=ftn1>, Google's), never more of the page."""
    note = back.find_parent(["p", "li"])
    if note is None:
        return None
    parent = note.parent
    if parent is not None and parent is not root and parent.name == "div" and all(
            child is note or not str(child).strip() for child in parent.children):
        return parent
    return note


class _Page:
    """What the page's style sheet says (which classes are bold, how each list level is labelled)
    and the counters of its numbered lists, as the reader goes through the page in order."""

    def __init__(self, css: str):
        self.bold = {m.group(1) for m in _CLASS_RULE.finditer(css) if _BOLD_WEIGHT.search(m.group(2))}
        self.labels: dict[tuple[str, int], list[tuple[str | None, int, str]]] = {}
        for m in _LABEL_RULE.finditer(css):         # a label: counters and literal text
            self.labels[(m.group(1), int(m.group(2)))] = [
                (lst, int(level), style or "decimal") if lst else (None, 0, literal)
                for lst, level, style, literal in _LABEL_PART.findall(m.group(3))]
        self.counters: dict[str, list[int | None]] = {}
        self.title_block: list[str] = []
        self.heading: str | None = None     # the last heading line, to go back under after a toggle

    # -- text ----------------------------------------------------------------------------------
    def is_bold(self, element) -> bool:
        """Every word of the element is bold: <b>, <strong>, a bold class or a bold style."""
        from bs4 import NavigableString
        from bs4.element import PreformattedString
        seen = False
        for node in element.descendants:
            if not isinstance(node, NavigableString) or isinstance(node, PreformattedString) or not node.strip():
                continue
            seen = True
            tag, bold = node.parent, False
            while tag is not None and not bold:
                bold = (tag.name in ("b", "strong") or bool(self.bold & set(tag.get("class") or []))
                        or bool(_BOLD_WEIGHT.search(str(tag.get("style") or ""))))
                if tag is element:
                    break
                tag = tag.parent
            if not bold:
                return False
        return seen

    # -- blocks --------------------------------------------------------------------------------
    def blocks(self, element, lines: list[str]) -> None:
        """The markdown-like lines of an element's content, in document order."""
        from bs4 import NavigableString, Tag
        from bs4.element import PreformattedString     # comments, doctypes, CDATA
        inline: list = []

        def flush() -> None:
            if inline:
                text = " ".join("".join(_raw_text(n) if isinstance(n, Tag) else str(n) for n in inline).split())
                _paragraph(lines, text)
                inline.clear()

        for child in list(element.children):
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString):
                    inline.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name not in _BLOCK:
                if not _is_mark(child):
                    inline.append(child)
                continue
            flush()
            heading = _HEADING.match(name)
            classes = child.get("class") or []
            if heading:
                text = _text(child)
                if text:
                    self.heading = f"{'#' * int(heading.group(1))} {text}"
                    _paragraph(lines, self.heading)
            elif name == "p" and _TITLE_CLASSES & {c.lower() for c in classes}:
                text = _text(child)
                if text:
                    self.title_block.append(text)        # the Title and Subtitle styles
            elif name in ("ul", "ol") and self.google_list(child) is not None:
                self.numbered(child, lines)
            elif name in ("ul", "ol"):
                self.list(child, lines, 0)
            elif name == "table":
                self.table(child, lines)
            elif name == "dl":
                term = None
                for item in child.find_all(["dt", "dd"]):
                    if item.name == "dt":
                        term = _text(item).rstrip(":").rstrip() or None     # GOV.UK's "From:"
                    else:
                        _paragraph(lines, f"{term}: {_text(item)}" if term else _text(item))
            elif name == "details" or "expand-container" in classes:
                # a toggle (an FAQ's <details>, Confluence's expand): its title heads its text, and
                # what follows it is under the heading before it again
                control = child.find("summary") if name == "details" else child.find(class_="expand-control")
                outer = self.heading
                if control is not None:
                    title = control.find(class_="expand-control-text") if name != "details" else None
                    text = _text(title if title is not None else control)
                    if text:
                        _paragraph(lines, f"### {text}")
                    control.decompose()
                self.blocks(child, lines)
                if outer is not None and control is not None:
                    _paragraph(lines, outer)
                    self.heading = outer
            elif name in ("p", "summary", "figcaption", "address", "pre"):
                pieces = _pieces(child)
                if len(pieces) > 1:                  # paragraphs kept apart by <br><br> in one <p>
                    for text in pieces:
                        _paragraph(lines, text)
                    continue
                text = pieces[0]
                # a paragraph all in bold: bot.parse reads it as a heading if it reads as one
                _paragraph(lines, f"**{text}**" if text and "*" not in text and self.is_bold(child) else text)
            elif name in ("br", "hr"):
                continue
            else:                                    # div, section, blockquote...: their own blocks
                self.blocks(child, lines)
        flush()

    def list(self, element, lines: list[str], level: int) -> None:
        """A list's items as "- item" lines, nested lists indented under their item."""
        lines.append("")
        for item in element.find_all("li", recursive=False):
            if item.find("details", recursive=False) is not None:
                self.blocks(item, lines)      # a toggle list's item (Notion): its question heads its answer
                continue
            nested = [child.extract() for child in item.find_all(["ul", "ol"], recursive=False)]
            text = _text(item)
            if text:
                lines.append(f"{'  ' * level}- {text}")
            for sub in nested:
                self.list(sub, lines, level + 1)
        lines.append("")

    def google_list(self, element) -> tuple[str, int] | None:
        """(list, level) of a Google Docs list, whose labels the style sheet gives."""
        for name in element.get("class") or []:
            m = _LIST_CLASS.match(name)
            if m and (m.group(1), int(m.group(2))) in self.labels:
                return m.group(1), int(m.group(2))
        return None

    def numbered(self, element, lines: list[str]) -> None:
        """A Google Docs list: one <ul>/<ol> per run of items at one level, numbered by CSS counters
        that go on across the runs of the same list (and restart where a run says "start")."""
        lst, level = self.google_list(element)
        counters = self.counters.setdefault(lst, [None] * 9)
        start = element.get("start")
        if start is not None and str(start).strip().isdigit():
            counters[level] = int(start) - 1
        elif "start" in (element.get("class") or []):
            counters[level] = 0
        lines.append("")
        for item in element.find_all("li", recursive=False):
            counters[level] = (counters[level] or 0) + 1
            for deeper in range(level + 1, 9):
                counters[deeper] = None
            label = self.label(lst, level)
            heading = item.find(_HEADING)
            text = _text(item)
            if not text:
                continue
            if heading is not None:                  # a numbered heading: "3. Live lessons"
                self.heading = f"{'#' * int(heading.name[1])} {label + ' ' if label else ''}{text}"
                _paragraph(lines, self.heading)
            elif label and re.fullmatch(r"\d+(?:\.\d+)+\.?", label):
                _paragraph(lines, f"{label.rstrip('.')} {text}")           # a numbered clause: 3.4
            elif label:
                lines.append(f"{'  ' * level}- {label} {text}")           # a numbered list item
            else:
                lines.append(f"{'  ' * level}- {text}")                   # a bullet
        lines.append("")

    def label(self, lst: str, level: int) -> str:
        """The label the page shows before an item of this list and level ("3.4", "a)"), "" for a bullet."""
        parts = self.labels.get((lst, level), [])
        if not any(name for name, _, _ in parts):
            return ""                                # no counter in it: a bullet
        out = []
        for name, at, style in parts:
            if name is None:
                out.append(style)
            else:
                value = self.counters.get(name, [None] * 9)[at]
                out.append(list_number(value if value is not None else 1, style))
        return "".join(out).strip()

    def table(self, element, lines: list[str]) -> None:
        """A table as markdown rows, its first row the column headings (bot.parse: a clause per row);
        a table of one cell is a box drawn round its content ("Need help now?"), read as it is, and
        one that lays out the page (bot.parse.lays_out_the_page) as its sections, each left cell a
        heading over what the right cell holds."""
        cells_of = [row.find_all(["th", "td"], recursive=False) for row in element.find_all("tr")]
        if sum(map(len, cells_of)) == 1:
            self.blocks(next(cell for row in cells_of for cell in row), lines)
            return
        if all(len(cells) == 2 for cells in cells_of) and lays_out_the_page(
                [tuple(_raw_text(cell, block="\n").split("\n") for cell in cells) for cells in cells_of]):
            for left, right in cells_of:
                self.heading = f"### {_text(left)}"
                _paragraph(lines, self.heading)
                self.blocks(right, lines)
            return
        rows = [texts for row in cells_of if any(texts := [_cell_text(cell) for cell in row])]
        if rows:
            lines += ["", *pipe_table(rows), ""]


def _text(element) -> str:
    """An element's words as one line, as a browser shows them: inline runs joined as they are
    ("<b>Note:</b>" then "the..."), a space between blocks; footnote marks (<sup>1</sup>) left out."""
    return " ".join(_raw_text(element).split())


def _pieces(element) -> list[str]:
    """A paragraph's words as _text gives them, or, where an empty line (two <br>) keeps paragraphs
    apart inside it (text pasted into a page's editor from an email), each of those paragraphs."""
    if len(element.find_all("br", limit=2)) < 2:
        return [_text(element)]
    return apart(_raw_text(element, br=LINE_BREAK))


def _cell_text(cell) -> str:
    """A table cell's words as one line, its paragraphs and list items joined as bot.parse.cell_text
    joins them (a bulleted cell's items are not run together); a line break is a space."""
    return cell_text(_raw_text(cell, block="\n").split("\n"))


def _raw_text(element, block: str = " ", br: str = " ") -> str:
    """An element's text with its spacing as written ("must<span> not</span>"), `block` at each block
    (a space; a line break, for a table cell's paragraphs) and `br` at each <br>, footnote marks left
    out."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString
    for sup in element.find_all("sup"):
        if _is_mark(sup):
            sup.decompose()
    parts: list[str] = []
    for node in element.descendants:
        if isinstance(node, Tag):
            if node.name in _BLOCK:
                parts.append(br if node.name == "br" else block)
        elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            parts.append(str(node))
    return "".join(parts)


def _is_mark(tag) -> bool:
    return tag.name == "sup" and bool(_MARK.fullmatch(tag.get_text()))


def _paragraph(lines: list[str], text: str) -> None:
    if text:
        lines += ["", text, ""]
