"""Policy text -> clauses.

Policies arrive as text exported from Word, PDF or OCR, so the parser reads each line for what it
is (heading, clause number, bullet, wrapped text, table row, page furniture) and then groups lines
into clauses:

* one clause per numbered paragraph ("6.4"), whether the number is inline ("- 6.4 Staff ...") or
  alone on the line before the text;
* in unnumbered documents, one clause per paragraph or bullet;
* a lead-in ending in ':' (or a dash, as legal drafting has it: "shall not—") keeps its list items;
* a clause broken by a page break, a stray '-' line or a blank line is joined again;
* a markdown table's rows (and a Word table's, bot.readers.docx_reader) are clauses of their own,
  each with its column headings ("Reason: Moving house; Leave: 1 day; Pay: Unpaid."), unless the
  table is a signature or version block;
* tab-separated rows (signature tables and contents pages in exported text), page numbers,
  signature/date blocks, image placeholders, HTML tags, markdown emphasis and OCR bullet glyphs
  never reach the text;
* markdown as apps and websites write it: links read as their text, "*" and "+" bullets, "\\."
  escapes (Google Docs), blockquote marks and callouts (Obsidian, GitHub), HTML blocks and comments,
  a toggle's <summary> as a heading (Notion), and YAML front matter, whose title and dates count;
  a wiki page's HTML (GitLab, GitHub, Docusaurus): a <table> read as a table, an <ol> or <ul> as a
  list, images, anchors, footnote marks and a contents tag ("[[_TOC_]]") dropped, entities decoded;
* a documentation site's markdown (MkDocs): admonitions, collapsible blocks and content tabs head
  their indented text, abbreviation tooltips and contents links are dropped, footnotes come last;
  Docusaurus's admonitions (":::warning[Immediate danger]" ... ":::") head the text up to their
  closing colons;
  and pandoc's: grid, simple and multiline tables, definition lists, hanging numbered paragraphs;
* "1.", "2." paragraphs with no lead-in, in a document whose headings have no numbers, are its
  numbered paragraphs (after a lead-in, or under a numbered heading, they are a list), and so is
  one numbered on from its lead-in's own number after the lead-in's bullets ("4. ... you should:",
  bullets, "5. You should never...");
* a document's record of its own edits (a "Change history", "Version history" section) is not clauses;
* an appendix's own paragraph numbers ("A1.", "B.2" under "Appendix A", "Appendix B: Forms") are
  their section numbers;
* clauses longer than MAX_WORDS are split at sentence (or list item) boundaries and keep their
  number and heading.
"""
from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

import yaml

from bot.audience import audience_of
from bot.dates import last_date, parse_date
from bot.force import VERDICT_HEADING, force_of
from bot.models import Clause
from bot.tokenize import EMAIL_ADDRESS

MAX_WORDS = 150

# Bullet glyphs as exported or OCR'd: '-', '*', '•', '·', '«', 'e«', and the OCR letters 'e' and 'o'
# standing alone before the text; Word's bullet library (❖ ➢ ✓, or their Wingdings codes in text taken
# out of a PDF) and the ballot boxes of a checklist typed from Word's symbols (☐ ☑ ☒ ❑). Longest
# alternatives first.
_BULLET = re.compile(r"^(?:e«|«|·|•|▪|●|◦|■|□|➢|✓|✔|❖|☐|☑|☒|❑|\uf0b7|\uf0a7|\uf076|\uf0d8|\uf0fc|-|–|\*|o|e)"
                     r"(?=\s|$)\s*")
# A pictograph leading a paragraph, as a callout's icon starts its text ("💡 This page is...",
# "⚠️ Never..."): decoration, not words to quote
_ICON = re.compile(r"^(?:[\U0001F300-\U0001FAFF\u26A0\u2139\u2757][\uFE0F\u200D\U0001F3FB-\U0001F3FF]*)+\s+(?=\w)")
_TAG = re.compile(r"</?(?:i|b|u|em|strong|sup|sub|span|font|br|p|kbd|code|mark|small|abbr|ins|cite)\b[^>]{0,40}>"
                  r"|<a\s+(?:href|name|id|class|title|target|rel)\b[^<>]{0,500}>|</a>|<img\s[^<>]{0,500}>", re.I)
_AUTOLINK = re.compile(r"<((?:https?://|www\.)[^>\s]+|(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
# a footnote's mark as HTML ("union representatives<sup>1</sup>"), not "1<sup>st</sup>"
_SUP_MARK = re.compile(r"<sup>\s*(?:\d{1,3}|[*\u2020\u2021\u00a7])\s*</sup>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.I)
# a wiki's or site generator's tag for a contents list: GitLab's "[[_TOC_]]", Python-Markdown's "[TOC]",
# kramdown's "{:toc}" (after its list marker, "* TOC")
_PAGE_LINE = re.compile(r"^page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_TOC_TAG = re.compile(r"^(?:\[\[_?toc_?\]\]|\[toc\]|\{:\s*toc\s*\}|\*\s+toc)$", re.I)
# A site generator's template tag alone on a line: Jekyll's Liquid ("{% include policy-header.html %}",
# "{{ page.title }}"), Hugo's shortcodes ("{{< notice warning >}}", "{{% /notice %}}"). Site markup,
# not policy: a paragraph break, except the text an include is given to show ("{% include
# callout.html content="Parents may take photographs..." %}"), which is read as a paragraph.
_TEMPLATE_TAG = re.compile(r"^(?:\{%.*%\}|\{\{.*\}\})$")
_TEMPLATE_TEXT = re.compile(r"\b(?:content|text|body|message|note)\s*=\s*(?:\"(?P<d>[^\"]+)\"|'(?P<s>[^']+)')")
# kramdown's attribute list for the block above it ("{: .notice}", "{: #contacts .table}"): markup
_BLOCK_ATTRIBUTES = re.compile(r"^\{:(?!\s*toc\s*\})[^{}]*\}$", re.I)
# Markdown exported from a wiki or notes app (Notion, GitHub, Obsidian) carries HTML blocks: a
# callout in <aside>, a toggle in <details> whose <summary> is its title, <div>s. A line of such
# tags alone is a paragraph break; a toggle's summary is a heading ("Does this apply on trips?").
_BLOCK_TAG = re.compile(r"</?(?:aside|details|summary|div|section|article|header|footer|figure|figcaption|"
                        r"blockquote|center|hr|br|p)(?:\s[^<>]{0,200})?/?>", re.I)
_SUMMARY = re.compile(r"<summary\b[^<>]{0,200}>(.*?)</summary>", re.I)
# A markdown link reads as its text; a link to a web page keeps its address, which a reader may
# want ("[DfE guidance](https://www.gov.uk/...)"); a link to another page of the export ("Child%20
# Protection%20Policy%2012ab….md") and an image ("![diagram](image.png)") do not.
_MD_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2})(\S(?:.*?\S)?)\1")
# A notes app's markdown (Obsidian and the like): a link to another note, "[[Exams Policy]]", reads as
# the note's name, "[[Online Safety Policy#Streaming|the streaming rules]]" as the words shown and
# "[[Online Safety Policy#Streaming]]" as Obsidian shows it ("Online Safety Policy > Streaming"); an
# embedded file ("![[poster.png]]") is not text; a highlight ("==the business manager==") is its words;
# tags after the last sentence of a paragraph ("... licences. #copyright #handbook") are not quoted.
_WIKI_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")
_WIKI_LINK = re.compile(r"\[\[([^\]|#\n]*)(?:#([^\]|\n]*))?(?:\|([^\]\n]*))?\]\]")
_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)==")
_TRAILING_TAGS = re.compile(r"(?<=[.!?)])(?:\s+#[A-Za-z][\w/-]*)+\s*$")
_UNDERSCORED = re.compile(r"(?<![\w\\])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)")   # "_never_", not "file_name_v2"
# hand-written markdown (GitHub's): a task list's box ("- [ ] show them the fire exits"); struck-out
# words ("~~Visitors may wait in the staff room.~~"), which are wording taken out, not policy; and a
# reference-style link ("[KCSIE][kcsie]", "[the handbook]") with its definition ("[kcsie]: https://…")
_TASK_BOX = re.compile(r"^([-*+]\s+)\[[ xX]\]\s+")
_STRUCK = re.compile(r"(?<!~)~~(?![~\s])(?:[^~]|~(?!~)){0,500}?(?<![~\s])~~(?!~)[ \t]*")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[([^\]^\n][^\]\n]*)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$",
                              re.M)
_REFERENCE_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\[([^\]\n]*)\]|(!?)\[([^\]\n]+)\](?![(:\[])")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
_HEADING_ATTRIBUTES = re.compile(r"\s*\{[#.][^{}]*\}$")        # "## Absence {#absence}" (pandoc, kramdown)
_MD_BULLET = re.compile(r"^[*+]\s+(?=\S)(?!\*)")                 # "* item", "+ item" (not "**bold**")
_BLOCKQUOTE = re.compile(r"^(?:>\s?)+")                          # "> Note: ...", "> > nested"
_CALLOUT = re.compile(r"^\[![a-z-]+\][+-]?\s*", re.I)             # Obsidian and GitHub: "> [!warning] Title"
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")                     # markdown's "1\. Purpose", "\*" (Google Docs)
# A documentation site's markdown (MkDocs, Python-Markdown's extensions): an admonition or a collapsible
# block ('!!! warning "Mandatory training"', '??? question "Is study leave paid?"') and a content tab
# ('=== "Support staff"') head the indented text under them; an abbreviation's definition
# ("*[NPQ]: National Professional Qualification") is a tooltip, and a contents list of links to the
# page's own headings ("- [2. Entitlement](#2-entitlement)") repeats the headings: neither is policy.
_ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)\s+[a-z][a-z0-9_-]*(?:\s+(?:inline|end))*(?:\s+"(?P<title>[^"]*)")?\s*$')
_CONTENT_TAB = re.compile(r'^===\+?\s+"(?P<title>[^"]*)"\s*$')
# Docusaurus's admonitions are fenced, not indented: ":::tip[Talking about world events]" (or, before
# version 3, ":::tip Talking about world events"; a title is optional, ":::info"), the text unindented,
# then ":::" (four colons or more around a nested one).
_FENCED_ADMONITION = re.compile(r"^:{3,}\s*(?:(?P<kind>[a-z][a-z0-9_-]*)(?:\[(?P<title>[^\]]*)\]|[ \t]+(?P<words>[^{]*?))?"
                                r"\s*(?:\{[^{}]*\})?)?\s*$", re.I)
_ABBREVIATION = re.compile(r"^\*\[[^\]]+\]:\s")
_ANCHOR_LINK_ONLY = re.compile(r"^(?:[-*+]\s+|\d{1,2}[.)]\s+)?\[[^\]]*\]\(#[^)\s]*\)\s*$")
# A block's title is a heading one level below markdown's deepest, so it sits under whatever heading is
# open and keeps its section number; the first unindented paragraph after the block is that heading's
# again ("endblock").
BLOCK_HEADING_LEVEL = 7
BLOCK_INDENT = 4
# Footnotes ("[^1]: The headteacher's decision is final.", its later lines indented) are read at the
# end of the page under "Footnotes", as a web page's are; their marks ("days[^1].") leave the text.
_FOOTNOTE = re.compile(r"^\[\^([^\]\s]{1,20})\]:\s?(.*)$")
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")
# A line that is all bold ("**Jewellery**", "<b>Jewellery</b>") and reads as a heading is one, even
# with its text on the very next line.
_BOLD_LINE = re.compile(r"^(?:\*\*(?P<a>[^*]+)\*\*|__(?P<b>[^_]+)__|<b>(?P<c>[^<]+)</b>"
                        r"|<strong>(?P<d>[^<]+)</strong>)$", re.I)
_RULE = re.compile(r"^(?:-{3,}|_{3,}|\*{3,}|={3,})$")
_IMAGE = re.compile(r"^\[(?:image|picture|figure)[^\]]*\]$", re.I)
# a contents page's label, over the list of headings and page numbers that the readers drop
_CONTENTS = re.compile(r"^(?:table\s+of\s+)?contents(?:\s+page)?:?$", re.I)
# a contents line's leader to its page number: dots run together ("....... 4"), spaced as some PDF
# makers draw them (". . . . 4"), or ellipses ("…… 4")
_DOT_LEADER = re.compile(r"(?:\.{4,}|(?:\.\s+){3,}\.|…{2,})\s*\d+\s*$")
# A breadcrumb or a site's byline under a page title ("Oakfield Learning Trust · Staff Hub · People &
# Culture"): three or more short names (BYLINE_WORDS at most) with a middle dot or an arrow between them
_CRUMB_SEPARATOR = re.compile(r"\s[·›»]\s")
_BREADCRUMB = re.compile(r"^[^·›».]{1,40}(?:\s[·›»]\s[^·›».]{1,40}){2,}$")
BYLINE_WORDS = 5
# A web page's byline date ("Published 14/03/2025", "Last updated on 3 March 2025"): when, not policy
_PUBLISHED = re.compile(r"^(?:published|posted|updated|last updated|modified|last modified)(?:\s+on)?:?\s+(.{4,30})$",
                        re.I)
# A form's blank to fill in ("Staff / volunteer name: ____________", "Print name ......................")
_FORM_BLANK = re.compile(r"_{5,}|\.{10,}")
FORM_WORDS = 12
_META = re.compile(
    r"^(?:date|review date|review due|next review|date for next review|date of next review|signed|approved|"
    r"ratified|version|author|owner|policy owner|policy lead|last reviewed|adopted|"
    r"created|last edited|last modified|last updated|last update|status|tags)\b[^:]{0,60}:", re.I)
# "Issued by the Exams Officer, September 2025.", "Review: September 2026.", "To be reviewed in January
# 2028.": a sentence that only says who issued it and when, or when it is reviewed
_ISSUED = re.compile(r"^(?:(?:issued|approved|adopted|ratified|published|agreed)(?: by [^.:;]{1,60}?)?,?"
                     r"(?: on| in)?|(?:next )?review(?: date)?:|(?:to be |will be )?reviewed(?: again)?"
                     r"(?: by [^.:;]{1,60}?)?,?(?: on| in| by| before)?)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                     r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\.?$", re.I)
# The school's or trust's name as a sentence of a dates line ("Riverside Academy. Approved by the Local
# Governing Body on 9 October 2025. Next review: October 2026."): letterhead, not policy.
_ORGANISATION = re.compile(r"^(?:[A-Z][\w'&.-]*\s+){1,5}(?:Academy|School|Trust|College|Federation|Council|"
                           r"Primary|Infants?|Juniors?|Nursery)\.?$")


def _dates_line(text: str) -> bool:
    """The line only states dates and who set them, in one or more sentences or parts ("Review Date:
    December 2020", "Approved by the governors: 10 February 2026 | Review date: February 2027")."""
    return any(_all_meta(parts) for parts in ([text], _DATE_SENTENCE_END.split(text), _META_SEPARATOR.split(text)))


def _all_meta(parts: list[str]) -> bool:
    """Whether every part of a line states a date, an owner or the like (_META, _ISSUED), or names
    the organisation beside at least one that does."""
    def meta(part: str) -> bool:
        return bool(_META.match(part) or _ISSUED.match(part)) and len(part.split()) <= 12
    return any(meta(p) for p in parts) and all(meta(p) or _ORGANISATION.match(p) for p in parts)


# Dates and labels on one line, set apart by a bar or a dot ("Approved by the governors: 10 February
# 2026 | Review date: February 2027")
_META_SEPARATOR = re.compile(r"\s+[|\u00b7\u2022]\s+")
_VERSION = re.compile(r"^(?:version|v|issue|revision|rev)\.?\s*\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?"
                      r"(?:\s+[\u2013\u2014-]\s+(?:approved|agreed|adopted|issued|ratified|updated)\b.{0,80})?$", re.I)
_CLAUSE_NUMBER_ONLY = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?$")
_INT_ONLY = re.compile(r"^(\d{1,3})[.,)]?$")
# A clause's number or a bullet, then a tab, as Word types them ("1.1<tab>Staff must…", "·<tab>in the
# last week of term"), in its plain text and Rich Text exports: the tab is the number's space. A
# line with any other tab is a row of a table laid out with tabs.
NUMBER_TAB = re.compile(r"^(\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?(?:[a-zA-Z]|[ivxIVX]{1,5})[.)]|[·•▪●◦■➢\uf0b7\uf0a7\uf0d8o§-])"
                         r"\t+(?=\S)")
_INLINE_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(\S.*)$")
_NUMBERED_HEADING = re.compile(r"^(\d{1,2})[.)]?\s+(\S.*)$")
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+\S")
_NUMBERED_ITEM_NUMBER = re.compile(r"^(\d{1,2})[.)]?\s+\S")
_LETTERED_ITEM = re.compile(r"^\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)\s+\S")     # "(a) the clock...", "b) ...", "(iv) ..."
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# ("Next review", "Review date", "Last reviewed", "Reviewed by"; not a stage: "Final review", "Mid-point review")
_SIGNATURE_LABEL = re.compile(r"ratif|approv|adopt|signed"
                              r"|^(?:next |last |date of |policy )?review(?:ed\b|s?$|\s+(?:date|due|by|cycle|frequency)\b)"
                              r"|version|^date\b|owner|author|committee|^status\b"
                              r"|^policy (?:name|title|lead)", re.I)
_TERMINAL = (".", "!", "?", ";", ":")
_DASH_END = re.compile(r"(?:\s[-\u2013]|\w\u2013)$")     # "shall not -", "which –", "which–" (not "non-")
_CLOSERS = " \"'’”)]"


@dataclass
class Line:
    no: int
    kind: str                 # heading | int | num | url | text | junk | endblock
    text: str = ""
    indent: int = 0
    bullet: bool = False
    number: str | None = None
    blank_before: bool = False
    blank_after: bool = False
    whole: bool = False       # a complete paragraph (Word): joined to the one before only if it starts lower-case
    level: int = 0            # a heading's level where the format says it (markdown #, Word's Heading 2), else 0
    fenced: bool = False      # a block's title whose block ends at its closing colons (Docusaurus), not its indent


@dataclass
class ParsedDocument:
    title: str | None
    clauses: list[Clause]
    headings: list[tuple[str | None, str]] = field(default_factory=list)
    meta: dict = field(default_factory=dict)     # facts the document states: approved, next_review
    warnings: list[str] = field(default_factory=list)   # for the policy owner, at reindex


def clean_inline(text: str) -> str:
    """Remove markup that must never be quoted: HTML tags, markdown emphasis, stray asterisks."""
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    if "](" in text:
        text = _MD_LINK.sub(_link_text, text)
    if "[[" in text:
        text = _WIKI_LINK.sub(_wiki_link_text, _WIKI_EMBED.sub("", text))
    if "==" in text:
        text = _HIGHLIGHT.sub(r"\1", text)
    if "#" in text:
        text = _TRAILING_TAGS.sub("", text)
    if "<" in text:
        text = _TAG.sub("", _SUP_MARK.sub("", text))
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    for _ in range(2):
        text = _EMPHASIS.sub(r"\2", text)
    if "_" in text:
        text = _UNDERSCORED.sub(r"\1", text)
    text = text.replace("*", "")
    if text.startswith("_") and text.endswith("_") and len(text) > 2:     # "_Page owner: HR_"
        text = text[1:-1]
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"\s+", " ", text).strip()


def _wiki_link_text(m: re.Match) -> str:
    note, heading, shown = ((g or "").strip() for g in m.groups())
    if shown:
        return shown
    return f"{note} > {heading}" if note and heading else note or heading


def _link_text(m: re.Match) -> str:
    image, label, target = m.group(1), m.group(2).strip(), m.group(3)
    if image:
        return ""
    if re.match(r"(?:https?://|www\.)", target, re.I) and target.rstrip("/") not in label:
        return f"{label} ({target})" if label else target
    return label


def _terminated(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith(_TERMINAL)


def _leads_in(text: str) -> bool:
    """The paragraph introduces a list: it ends in a colon, or in a dash as legal drafting has it
    ("An employee shall not undertake secondary employment which—", "shall not -")."""
    text = text.rstrip(_CLOSERS)
    return text.endswith((":", "\u2014", ":-")) or bool(_DASH_END.search(text))


def _starts_lower(text: str) -> bool:
    return bool(text) and text[0].islower()


def reads_as_heading(text: str, max_words: int = 12) -> bool:
    """Short, starting with a capital or digit, not ending a sentence: a line set apart (in bold,
    say) that reads as a heading ("Dress and appearance"), not an emphasised rule ("Never share
    passwords.")."""
    words = text.split()
    return (0 < len(words) <= max_words and (text[0].isupper() or text[0].isdigit())
            and not text.rstrip(")").endswith((".", ",", ";", ":", "!", "?")) and not _leads_in(text)
            and "://" not in text and "www." not in text and not EMAIL_ADDRESS.search(text))


def reads_as_bold_heading(text: str, max_words: int = 12) -> bool:
    """A line set in bold that reads as a heading, or asks a question of up to 20 words: in an FAQ
    the question in bold heads its answer ("Who pays for the MiDAS course?"), in every format."""
    return reads_as_heading(text, max_words) or (
        0 < len(text.split()) <= 20 and text[0].isupper() and text.endswith("?")
        and "://" not in text and "www." not in text and not EMAIL_ADDRESS.search(text))


def _heading(no: int, title: str, indent: int) -> Line:
    """A heading line, with its number when it has one ("2. Tattoos"; not a clause's "2.1 Staff...")."""
    m = _NUMBERED_HEADING.match(title)
    if m and not _INLINE_NUMBER.match(title):
        return Line(no, "heading", m.group(2), indent, number=m.group(1))
    return Line(no, "heading", title, indent)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) >= 0.8


def _is_byline(text: str) -> bool:
    """A web page's breadcrumb or byline ("Oak Trust · Staff Hub · People & Culture"), or the date it
    was published ("Published 14/03/2025"): where and when the page is, not what it says."""
    if _BREADCRUMB.match(text):
        return all(len(part.split()) <= BYLINE_WORDS for part in _CRUMB_SEPARATOR.split(text))
    # "Published 12 March 2024 Last updated 2 September 2025": GOV.UK's dates, one after the other
    parts = re.split(r"(?<!last)\s+(?=(?:published|posted|(?:last\s+)?updated|(?:last\s+)?modified)\b)", text, flags=re.I)
    return all((published := _PUBLISHED.match(part)) and parse_date(published.group(1)) for part in parts)


def _classify(no: int, raw: str) -> Line:
    stripped = raw.strip()
    lead = raw[:len(raw) - len(raw.lstrip())].expandtabs(4)
    indent = len(lead)
    if not stripped:
        return Line(no, "blank")
    if "<" in stripped and ">" in stripped:
        summary = _SUMMARY.search(stripped)
        if summary and not _BLOCK_TAG.sub("", stripped[:summary.start()] + stripped[summary.end():]).strip():
            title = clean_inline(summary.group(1))
            return _heading(no, title, indent) if title else Line(no, "blank")
        stripped = _BLOCK_TAG.sub(" ", stripped).strip()
        if not stripped:
            return Line(no, "blank")
    if _BLOCK_ATTRIBUTES.match(stripped):
        return Line(no, "blank")
    if _TEMPLATE_TAG.match(stripped):
        shown = _TEMPLATE_TEXT.search(stripped)
        if not shown:
            return Line(no, "blank")
        stripped = shown.group("d") or shown.group("s")
    fenced = _FENCED_ADMONITION.match(stripped)
    if fenced:
        if not fenced.group("kind"):
            return Line(no, "endblock")               # its closing colons
        title = clean_inline(fenced.group("title") or fenced.group("words") or "")
        if not title:
            return Line(no, "blank")                  # ":::info": no title, heads nothing
        return Line(no, "heading", title, indent, level=BLOCK_HEADING_LEVEL, fenced=True)
    block = _ADMONITION.match(stripped) or _CONTENT_TAB.match(stripped)
    if block:
        title = clean_inline(block.group("title") or "")
        return Line(no, "heading", title, indent, level=BLOCK_HEADING_LEVEL) if title else Line(no, "blank")
    if _ABBREVIATION.match(stripped) or _ANCHOR_LINK_ONLY.match(stripped) or _TOC_TAG.match(stripped):
        return Line(no, "junk")
    if stripped.startswith(">"):
        quoted = _BLOCKQUOTE.sub("", stripped).strip()
        stripped = _CALLOUT.sub("", quoted)
        if not stripped:
            return Line(no, "blank")
        if stripped != quoted and not _terminated(stripped) and not _leads_in(stripped):
            stripped += ":"                           # a callout's title, "Who this is for", leads its text
    if "\\" in stripped:
        stripped = _ESCAPE.sub(r"\1", stripped)
        if stripped.endswith("\\"):                   # pandoc's hard line break
            stripped = stripped[:-1].rstrip()
    star = _MD_BULLET.match(stripped)
    if star:                                          # before emphasis is removed with its asterisks
        stripped = "- " + stripped[star.end():]
    if "[" in stripped:
        stripped = _TASK_BOX.sub(r"\1", stripped)
    if "\t" in stripped:
        stripped = NUMBER_TAB.sub(r"\1 ", stripped, count=1)
        if "\t" in stripped:
            return Line(no, "junk")                   # a table row: signatures, dates, contents
    if (_IMAGE.match(stripped) or _RULE.match(stripped) or _DOT_LEADER.search(stripped) or _is_byline(stripped)
            or _CONTENTS.match(stripped)):
        return Line(no, "junk")
    if _FORM_BLANK.search(stripped) and len(_FORM_BLANK.sub(" ", stripped).split()) <= FORM_WORDS:
        return Line(no, "junk")                       # a signature block's "Name: ________"
    md = _MD_HEADING.match(stripped)
    if md:
        title = clean_inline(_HEADING_ATTRIBUTES.sub("", md.group(1)))
        if not title:
            return Line(no, "junk")
        heading = _heading(no, title, indent)
        heading.level = len(stripped) - len(stripped.lstrip("#"))
        return heading
    if _dates_line(stripped):
        return Line(no, "junk")                       # "Review Date: December 2020", or two such sentences
    if _VERSION.match(stripped):
        return Line(no, "junk")                       # "Version 3.1" under the title
    bold = _BOLD_LINE.match(stripped)
    if bold:
        heading = _heading(no, clean_inline(next(g for g in bold.groups() if g)), indent)
        if reads_as_bold_heading(heading.text) and not _INLINE_NUMBER.match(heading.text):
            return heading
    text = clean_inline(stripped)
    bullet = False
    m = _BULLET.match(text)
    if m:
        bullet = True
        text = text[m.end():].strip()
        if not text:
            return Line(no, "junk")                   # a stray '-' left by a page break
        if _BULLET.match(text) and len(text) <= 2:
            return Line(no, "junk")
    text = _ICON.sub("", text)
    if not text or not any(ch.isalnum() for ch in text):
        return Line(no, "junk")                       # nothing but symbols: a page's or a callout's icon ("💡")
    if _PAGE_LINE.match(text):
        return Line(no, "junk")                       # "Page 2 of 7", left by text copied out of a PDF
    m = _CLAUSE_NUMBER_ONLY.match(text)
    if m:
        return Line(no, "num", "", indent, bullet, number=m.group(1))
    m = _INT_ONLY.match(text)
    if m:
        return Line(no, "int", "", indent, bullet, number=m.group(1))
    if _URL.match(text):
        return Line(no, "url", text, indent, bullet)
    m = _INLINE_NUMBER.match(text)
    if m:
        return Line(no, "text", m.group(2), indent, bullet, number=m.group(1))
    if not bullet:
        m = _NUMBERED_HEADING.match(text)
        if m and reads_as_heading(m.group(2), 12):
            return Line(no, "heading", m.group(2), indent, number=m.group(1))
        if _NUMBERED_ITEM.match(text) or _LETTERED_ITEM.match(text):
            return Line(no, "text", text, indent, bullet=True)
        if _is_caps(text) and len(text.split()) <= 15 and not text.endswith("."):
            return Line(no, "heading", text, indent)
    return Line(no, "text", text, indent, bullet)


def cell_text(paragraphs: Iterable[str]) -> str:
    """A table cell's paragraphs as one line. One that ends a sentence is followed by a space, one
    that does not by "; " — so the bulleted duties in a "Role | Responsibilities" table read "keeps
    the register up to date; Advises teachers...", not run together as one sentence."""
    out = ""
    for text in (" ".join(p.split()) for p in paragraphs):
        if text:
            out = text if not out else out + (" " if _terminated(out) else "; ") + text
    return out


def table_clauses(rows: list[list[str]]) -> list[str]:
    """A table's body rows as clause texts, each cell after its column heading ("Reason: Moving
    house; Leave: 1 day; Pay: Unpaid."), so a row is found and quoted on its own and still says what
    its cells are. A signature or version table (approved, review, date...) gives none."""
    return [text for _, text in table_rows(rows)]


# A cell holding only an empty tick box, as a checklist's "Yes" and "No" columns do: nothing to quote
_EMPTY_BOX = re.compile(r"^[\u2610\u25a1\u2751\u25a2\s]+$")


def table_rows(rows: list[list[str]]) -> list[tuple[int, str]]:
    """table_clauses, each with the index in rows of the row it comes from (empty rows and empty
    tick boxes give none)."""
    kept = [(k, ["" if _EMPTY_BOX.match(c) else c for c in map(clean_inline, row)]) for k, row in enumerate(rows)]
    kept = [(k, row) for k, row in kept if any(row)]
    if len(kept) < 2 or _is_signature_table([row for _, row in kept]):
        return []
    header, out = kept[0][1], []
    if all(len(row) >= 2 and not any(row[1:]) for _, row in kept):
        # a form to fill in ("Name | ", "Nature of the work | "): one clause, what the form asks for
        text = "; ".join(dict.fromkeys(row[0] for _, row in kept))
        return [(kept[0][0], text if _terminated(text) else text + ".")]
    if len(header) >= 2 and all(VERDICT_HEADING.match(h) for h in header):
        # a "Do | Don't" table: its columns are lists, a row only lines them up; each cell is a
        # clause under its column's heading ("Don't: Accept friend requests from pupils.")
        for column, heading in enumerate(header):
            for k, row in kept[1:]:
                cell = row[column] if column < len(row) else ""
                if cell and cell != heading:
                    text = f"{heading}: {cell}"
                    out.append((k, text if _terminated(text) else text + "."))
        return out
    for k, row in kept[1:]:
        cells = [f"{h}: {c}" if h and h != c else c for h, c in zip(header, row) if c]
        text = "; ".join(dict.fromkeys(cells))          # a merged cell repeats across its columns
        if text:
            out.append((k, text if _terminated(text) else text + "."))
    return out


def _is_signature_table(rows: list[list[str]]) -> bool:
    """A signature or version table: its first column heading is a label of one ("Version", "Approved
    by"), or half its rows are ("Policy owner | Head; Date ratified | ...; Next review | ..."). A
    table of content whose one row mentions a review ("Stage 3: review panel") is content."""
    labelled = [bool(_SIGNATURE_LABEL.search(row[0])) for row in rows]
    return labelled[0] or 2 * sum(labelled) >= len(rows)


def _pipe_tables(lines: list[str]) -> dict[int, tuple[int, list[tuple[int, str]]]]:
    """Markdown tables: first line index -> (index after the table, [(line number, clause text)])."""
    tables: dict[int, tuple[int, list[tuple[int, str]]]] = {}
    i = 0
    while i + 1 < len(lines):
        if _PIPE_ROW.match(lines[i]) and _PIPE_RULE.match(lines[i + 1]):
            end = i + 2
            while end < len(lines) and _PIPE_ROW.match(lines[end]):
                end += 1
            rows = [_PIPE_ROW.match(lines[k]).group(1).split("|") for k in [i, *range(i + 2, end)]]
            # row k of rows is on line i + 2 + k (1-based): the rule line sits under the headings
            tables[i] = (end, [(i + 2 + k, text) for k, text in table_rows(rows)])
            i = end
        else:
            i += 1
    return tables


# pandoc's other tables. A grid table: "+-----+-----+" borders (a "+=====+" one under the headings)
# around "| cell | cell |" lines, a cell's text wrapped over several lines of its row.
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_GRID_LINE = re.compile(r"^\s*\|.*\|\s*$")


def _grid_tables(lines: list[str]) -> dict[int, tuple[int, list[tuple[int, str]]]]:
    tables: dict[int, tuple[int, list[tuple[int, str]]]] = {}
    i = 0
    while i < len(lines):
        if not (_GRID_BORDER.match(lines[i]) and i + 1 < len(lines) and _GRID_LINE.match(lines[i + 1])):
            i += 1
            continue
        cuts = [k for k, ch in enumerate(lines[i]) if ch == "+"]
        rows: list[list[str]] = []
        starts: list[int] = []
        header_rows = 0
        current: list[list[str]] | None = None
        end = i
        while end < len(lines) and (_GRID_BORDER.match(lines[end]) or _GRID_LINE.match(lines[end])):
            line = lines[end]
            if _GRID_BORDER.match(line):
                if current is not None:
                    rows.append([" ".join(part for part in cell if part) for cell in current])
                    current = None
                if "=" in line:
                    header_rows = len(rows)
            else:
                if current is None:
                    current = [[] for _ in cuts[1:]]
                    starts.append(end)
                for c, (a, b) in enumerate(zip(cuts, cuts[1:])):
                    current[c].append(line[a + 1:b].strip())
            end += 1
        if current is not None:
            rows.append([" ".join(part for part in cell if part) for cell in current])
        if header_rows > 1:                    # headings over two rows: one heading per column
            rows = [[" ".join(filter(None, col)) for col in zip(*rows[:header_rows])]] + rows[header_rows:]
            starts = starts[header_rows - 1:]
        tables[i] = (end, [(starts[k] + 1, text) for k, text in table_rows(rows)])
        i = end
    return tables


# A simple or multiline table: a row of headings over a rule of dashes for each column
# ("------------ -------- -----"), the rows under it set out in the same columns; a multiline table
# opens and closes with one long rule and leaves a blank line between rows, a simple table ends at a
# blank line.
_COLUMN_RULE = re.compile(r"^\s*-{3,}(?:[ ]+-{3,})+\s*$")
_LONG_RULE = re.compile(r"^\s*-{3,}\s*$")


def _column_tables(lines: list[str]) -> dict[int, tuple[int, list[tuple[int, str]]]]:
    tables: dict[int, tuple[int, list[tuple[int, str]]]] = {}
    for r, rule in enumerate(lines):
        if not _COLUMN_RULE.match(rule) or r == 0 or not lines[r - 1].strip():
            continue
        top = r - 1
        while top > 0 and lines[top - 1].strip() and not _LONG_RULE.match(lines[top - 1]):
            top -= 1
        multiline = top > 0 and bool(_LONG_RULE.match(lines[top - 1]))
        starts = [m.start() for m in re.finditer(r"-{3,}", rule)]
        rows, row_lines, block = [_column_cells(lines[top:r], starts)], [top + 1], []
        end = r + 1
        while end < len(lines):
            line = lines[end]
            if _LONG_RULE.match(line) or (not line.strip() and (not multiline or not block and rows[1:])):
                break
            if line.strip():
                if not block:
                    row_lines.append(end + 1)
                block.append(line)
                if not multiline:
                    rows.append(_column_cells(block, starts))
                    block = []
            elif block:
                rows.append(_column_cells(block, starts))
                block = []
            end += 1
        if block:
            rows.append(_column_cells(block, starts))
        if len(rows) < 2:
            continue
        if end < len(lines) and _LONG_RULE.match(lines[end]):
            end += 1
        first = top - 1 if multiline else top
        tables[first] = (end, [(row_lines[k], text) for k, text in table_rows(rows)])
    return tables


def _column_cells(block: list[str], starts: list[int]) -> list[str]:
    """A column table row's cells: each column's text in the row's lines, from where its rule starts
    to where the next one does."""
    ends = starts[1:] + [None]
    return [" ".join(line[a:b].strip() for line in block if line[a:b].strip()) for a, b in zip(starts, ends)]


def _classify_all(lines: list[str], laid_out: bool = False) -> list[Line]:
    """Typed lines. laid_out: the text was laid out on a page (PDF), so a line with no blank line
    before it goes on the paragraph above."""
    out: list[Line] = []
    blank = True
    tables = _pipe_tables(lines) | _grid_tables(lines) | _column_tables(lines)
    skip_to = 0
    for no, raw in enumerate(lines, start=1):
        if no <= skip_to:
            continue
        if no - 1 in tables:
            skip_to, rows = tables[no - 1]
            if out:
                out[-1].blank_after = True
            for row_no, text in rows:          # each row a paragraph of its own
                out.append(Line(row_no, "text", text, blank_before=True, blank_after=True, whole=True))
            blank = True
            continue
        line = _classify(no, raw)
        if line.kind == "blank":
            blank = True
            if out:
                out[-1].blank_after = True
            continue
        if line.kind == "junk":
            continue
        line.blank_before = blank
        blank = False
        out.append(line)
    if out:
        out[-1].blank_after = True
    # Context: a bare integer is a heading number when a heading-like line follows, else a page number.
    # A short, free-standing, unpunctuated line is a heading, unless a link follows it (a link label).
    resolved: list[Line] = []
    last_heading_number: str | None = None
    orphan: str | None = None
    list_next: str | None = None               # the next number of a numbered list after a lead-in
    in_block = False                           # in the indented text under an admonition or a tab
    i = 0
    while i < len(out):
        line = out[i]
        nxt = out[i + 1] if i + 1 < len(out) else None
        # a numbered list after a lead-in ("When the alarm sounds:", then "1. Stop teaching and tell
        # pupils to leave by the" wrapped): its items are steps, not numbered paragraphs or headings
        after_lead_in = bool(resolved) and resolved[-1].kind == "text" and _leads_in(resolved[-1].text)
        if line.kind == "heading" and not line.level and line.number and line.number.isdigit() and (
                line.number == list_next or (line.number == "1" and after_lead_in)):
            line = replace(line, kind="text", text=clean_inline(lines[line.no - 1].strip()), number=None,
                           bullet=True)
        if line.bullet and (m := _NUMBERED_ITEM_NUMBER.match(line.text)) and (
                m.group(1) == list_next or (m.group(1) == "1" and after_lead_in)):
            list_next = _next_number(m.group(1))
        elif line.blank_before:
            list_next = None
        if (laid_out and line.kind in ("int", "text") and line.number and not line.blank_before and resolved
                and resolved[-1].kind == "text" and not resolved[-1].text.rstrip(_CLOSERS).endswith(_TERMINAL)):
            # laid out on a page, a line that goes on an unfinished one with no paragraph break is
            # part of its sentence, even when it starts with a number: "please see point 6.1 &" /
            # "6.2 above.", or "Business Manager: extension" / "210" wrapped in a narrow box
            line = replace(line, kind="text", number=None, text=clean_inline(lines[line.no - 1].strip()))
        if line.kind == "int":
            if nxt and nxt.kind in ("heading", "text") and not nxt.number and not nxt.bullet \
                    and reads_as_heading(nxt.text, 15):
                resolved.append(Line(nxt.no, "heading", nxt.text, nxt.indent, number=line.number,
                                      blank_before=True, blank_after=nxt.blank_after))
                last_heading_number, orphan = line.number, None
                i += 2
                continue
            if line.number == _next_number(last_heading_number):
                orphan = line.number                   # a heading number that OCR moved away from its heading
            i += 1                                     # otherwise a page number
            continue
        if (line.kind == "text" and not line.bullet and not line.number and line.blank_before
                and line.blank_after and reads_as_heading(line.text, 8) and not (nxt and nxt.kind == "url")
                and not _in_labelled_list(out, i)):
            line.kind = "heading"
        if (line.kind == "text" and not line.bullet and not line.number and line.blank_after
                and all(r.kind == "heading" for r in resolved) and names_a_document(line.text)
                and reads_as_heading(line.text, TITLE_WORDS)):
            # the title under the organisation's name, before any text, may be long and need no blank
            # line above it ("HOLLYBANK ACADEMY" / "PE, Changing Rooms and Sports Safety: Guidance for
            # Staff" / "Issued by ..."), or it would be read as the start of the first paragraph
            line.kind = "heading"
        if (line.kind == "heading" and nxt is not None and not line.blank_after and nxt.kind in ("text", "heading")
                and not nxt.bullet and not nxt.number and nxt.blank_after and len(nxt.text.split()) <= 6
                and reads_as_heading(nxt.text[:1].upper() + nxt.text[1:], 6)
                and len(line.text.split()) + len(nxt.text.split()) <= 15):
            line = Line(line.no, "heading", f"{line.text} {nxt.text}", line.indent, number=line.number,
                        blank_before=line.blank_before, blank_after=True, level=line.level)
            i += 1                                     # a heading wrapped onto a second line
        if (line.kind == "heading" and line.number and not line.blank_after and nxt is not None
                and nxt.kind == "text" and not nxt.number and not nxt.bullet
                and (_starts_lower(nxt.text) or (not line.level and nxt.indent > line.indent))):
            # a numbered paragraph whose first line is short, or whose next line hangs under its text
            # (pandoc's "3.  A sexual relationship between a member of staff and a pupil under" /
            # "    18 is a criminal offence"): read as the same line would be if it were longer, a
            # numbered item ("3) Visitors wait in" / "   reception until..." as "1) All visitors sign in
            # at the main reception, ..." is)
            whole = clean_inline(_ESCAPE.sub(r"\1", lines[line.no - 1].strip()))
            line = (replace(line, kind="text", text=whole, number=None, bullet=True)
                    if _NUMBERED_ITEM.match(whole) else replace(line, kind="text"))
        if line.kind == "heading":
            if line.number:
                last_heading_number, orphan = line.number, None
            elif orphan:
                line.number, last_heading_number, orphan = orphan, orphan, None
            # an indented block ends where the text is no longer indented; a fenced one at its colons
            in_block = line.level == BLOCK_HEADING_LEVEL and not line.fenced
        elif in_block and line.blank_before and line.indent < BLOCK_INDENT:
            resolved.append(Line(line.no, "endblock"))
            in_block = False
        resolved.append(line)
        i += 1
    return resolved


def _in_labelled_list(lines: list[Line], i: int) -> bool:
    """Whether line i is one of a run of labelled paragraphs, a contacts box's "Site Manager:
    extension 201" then "Lockdown inbox: lockdown@..." (either may wrap in a narrow box): details,
    not headings."""
    def labelled(k: int | None) -> bool:
        return (k is not None and lines[k].kind == "text" and not lines[k].bullet and lines[k].blank_before
                and bool(_LABELLED.match(lines[k].text)))
    before = next((k for k in range(i - 1, -1, -1) if lines[k].blank_before), None)
    after = next((k for k in range(i + 1, len(lines)) if lines[k].blank_before), None)
    return labelled(i) and (labelled(before) or labelled(after))


_LABELLED = re.compile(r"^[A-Z][^:]{0,40}:\s+\S")


# An appendix's own paragraph numbers: "A1.", "A.1", "B2.3" under "Appendix A", "Appendix B: ..."
_APPENDIX_NUMBER = re.compile(r"^([A-Z])(\.?\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$")
_APPENDIX_HEADING = re.compile(r"^(?:appendix|annex|annexe|schedule)\s+([A-Z])\b", re.I)


def _appendix_letter(heading: str) -> str | None:
    m = _APPENDIX_HEADING.match(heading.strip())
    return m.group(1).upper() if m else None


def _next_number(number: str | None) -> str | None:
    return str(int(number) + 1) if number and number.isdigit() else None


@dataclass
class _Draft:
    number: str | None
    section: str | None
    start: int
    end: int
    paras: list[str] = field(default_factory=list)
    items: list[list[str]] = field(default_factory=list)
    item_indent: int | None = None

    def empty(self) -> bool:
        return not self.paras and not self.items

    def last_text(self) -> str:
        return " ".join(self.items[-1]) if self.items else " ".join(self.paras)

    def in_list(self) -> bool:
        return bool(self.items) or (bool(self.paras) and _leads_in(" ".join(self.paras)))

    def numbered_items(self) -> bool:
        return any(item and _NUMBERED_ITEM.match(item[0]) for item in self.items)

    def append(self, text: str, no: int) -> None:
        (self.items[-1] if self.items else self.paras).append(text)
        self.end = no

    def add_item(self, text: str, indent: int, no: int) -> None:
        if self.item_indent is None:
            self.item_indent = indent
        self.items.append([text])
        self.end = no


# An FAQ's "Q." before a question set as a heading (in bold) and "A." before its answer ("Q. Who counts
# the money?" / "A. Two adults count it…"; "Q:", "Q1.", "A -"): labels, not words of the heading or of
# the answer. (A plain text FAQ's "Q:" and "A:" lines are one clause under their heading, as set.)
_QA_QUESTION = re.compile(r"^Q\d{0,3}\s*[.:)\u2013\u2014-]\s*(?=\S.*\?$)")
_QA_ANSWER = re.compile(r"^A\d{0,3}\s*[.:)\u2013\u2014-]\s+(?=\S)")


class _Builder:
    def __init__(self, policy_id: str):
        self.policy_id = policy_id
        self.heading: str | None = None
        self.heading_number: str | None = None
        self.last_number: str | None = None
        self.draft: _Draft | None = None
        self.in_heading = 0
        self.clauses: list[Clause] = []
        self.headings: list[tuple[str | None, str]] = []
        self.open_headings: list[tuple[int, str | None]] = []   # (level, number) of the headings above
        self.numbered_heading: str | None = None    # the number of the last numbered heading ("14")
        self.list_items = False                     # a numbered list item since the last heading
        self.outside_block: tuple | None = None      # the heading an admonition or a tab sits under
        self.asked = False                          # the heading is an FAQ's "Q." question: its answer's "A." goes

    def set_heading(self, number: str | None, title: str, level: int = 0) -> None:
        self.flush()
        label = _QA_QUESTION.match(title)
        self.asked = bool(label)
        if label:
            title = title[label.end():]
        if level != BLOCK_HEADING_LEVEL:
            self.outside_block = None
        elif self.outside_block is None:
            self.outside_block = (self.heading, self.heading_number, self.last_number, self.in_heading,
                                  self.list_items)
        if level:
            while self.open_headings and self.open_headings[-1][0] >= level:
                self.open_headings.pop()
            if number is None and self.open_headings:
                number = self.open_headings[-1][1]   # "Bullying" under "3. What we mean by bullying": section 3
            self.open_headings.append((level, number))
        if number is None and title.endswith("?") and self.heading_number:
            number = self.heading_number       # an FAQ's question heads an answer in its section
        self.heading, self.heading_number, self.last_number = title, number, None
        self.in_heading = 0
        self.list_items = False
        if number and number.isdigit():
            self.numbered_heading = number
        self.headings.append((number, title))

    def end_block(self) -> None:
        """Back to the heading the block sat under, its paragraphs counted on."""
        self.flush()
        if self.outside_block is not None:
            (self.heading, self.heading_number, self.last_number, self.in_heading,
             self.list_items) = self.outside_block
            self.outside_block = None

    def start(self, line: Line, number: str | None = None, text: str | None = None) -> None:
        self.flush()
        if number:
            self.last_number = number
        section = number or self.last_number or self.heading_number
        self.draft = _Draft(number, section, line.no, line.no)
        if text:
            self.draft.paras.append(text)

    def flush(self) -> None:
        d, self.draft = self.draft, None
        if d is None or d.empty():
            return
        if self.asked and self.in_heading == 0 and d.paras:
            d.paras[0] = _QA_ANSWER.sub("", d.paras[0], count=1)
        for k, text in enumerate(_split_long(d.paras, d.items)):
            self.in_heading += 1
            self.clauses.append(Clause(
                policy_id=self.policy_id, ordinal=len(self.clauses) + 1, text=text,
                section=d.section, heading=self.heading, heading_number=self.heading_number,
                line_start=d.start, line_end=d.end, part=k, paragraph=self.in_heading, force=force_of(text),
                audience=audience_of(text)))

    def feed(self, line: Line) -> None:
        d = self.draft
        if line.kind == "text" and line.bullet and not line.number and (m := _NUMBERED_HEADING.match(line.text)) \
                and _NUMBERED_ITEM.match(line.text):
            # "4. If a pupil tells you, you should:", its bullets, then "5. You should never...": the
            # paragraph numbered on from the lead-in's own number is the next paragraph, not an item
            in_list = d is not None and d.in_list() and not (
                d.number is not None and m.group(1) == _next_number(d.number) and not d.numbered_items())
            if (not self.list_items and m.group(1) == _next_number(self.numbered_heading)
                    and not in_list):
                # "14. Trade union activity", then "15. This policy shall be reviewed...": numbered on
                # from the headings, it is the next numbered paragraph, not a list item
                self.numbered_heading = m.group(1)
                line = replace(line, bullet=False, number=m.group(1), text=m.group(2))
            elif (self.numbered_heading is None and self.heading_number is None and not line.indent
                  and not in_list):
                # "1.", "2.", "3." paragraphs with no lead-in, in a document whose headings have no
                # numbers: its numbered paragraphs, as "1." with a short first line already is
                line = replace(line, bullet=False, number=m.group(1), text=m.group(2))
            else:
                self.list_items = True
        if line.kind == "text" and not line.number and self.heading and (
                a := _APPENDIX_NUMBER.match(line.text)) and _appendix_letter(self.heading) == a.group(1).upper():
            # "A1. Code G (green): ..." under "Appendix A – Photo consent codes": paragraph A1
            line = replace(line, bullet=False, number=a.group(1) + a.group(2), text=a.group(3))
        if line.kind == "heading":
            self.set_heading(line.number, line.text, line.level)
        elif line.kind == "endblock":
            self.end_block()
        elif line.kind == "num":
            self.start(line, number=line.number)
        elif line.kind == "url":
            if d is not None and not d.empty() and not _terminated(d.last_text()):
                d.append(line.text, line.no)          # "Teacher's Standards 2012" + its link
                self.flush()
            # otherwise a footnote URL from the bottom of a page: not a sentence of the policy
        elif line.number:
            self.start(line, number=line.number, text=line.text)
        elif d is None:
            self.start(line, text=line.text)
        elif d.empty() or (not line.blank_before and not line.bullet):
            d.append(line.text, line.no)              # text after its number, or a wrapped line
        elif d.in_list():
            if line.bullet and (d.item_indent is None or line.indent >= d.item_indent):
                d.add_item(line.text, line.indent, line.no)
            elif not line.bullet and _starts_lower(line.text):
                d.add_item(line.text, line.indent if d.item_indent is None else d.item_indent, line.no)
            else:
                self.start(line, text=line.text)
        elif not line.bullet and ((not _terminated(d.last_text()) and not line.whole) or _starts_lower(line.text)):
            d.append(line.text, line.no)              # a clause broken by a page break or blank line
        else:
            self.start(line, text=line.text)


def _render(paras: list[str], items: list[list[str]]) -> str:
    head = re.sub(r"\s+", " ", " ".join(paras)).strip()
    lines = [head] if head else []
    lines += ["• " + re.sub(r"\s+", " ", " ".join(item)).strip() for item in items]
    return "\n".join(lines)


_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|etc|eg|ie|cf|vs|viz|approx|no|dr|mr|mrs|ms|st|para|ref)|\b[A-Z])\.$", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s+(?=[A-Z\"'‘“(])")


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, by punctuation and capitals (no NLTK data needed)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        candidate = text[start:m.end()].strip()
        if _ABBREV.search(text[start:m.start() + 1]):
            continue
        out.append(candidate)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def _split_long(paras: list[str], items: list[list[str]]) -> list[str]:
    whole = _render(paras, items)
    total = len(whole.split())
    if total <= MAX_WORDS:
        return [whole]
    # Units that may not be cut: the sentences of the lead-in paragraph, then whole list items.
    units: list[tuple[str, bool]] = [(s, False) for s in split_sentences(_render(paras, []))]
    units += [(" ".join(item), True) for item in items]
    target = total / math.ceil(total / MAX_WORDS)
    chunks: list[list[tuple[str, bool]]] = [[]]
    size = 0
    for unit in units:
        n = len(unit[0].split())
        if chunks[-1] and size + n > target * 1.1:
            chunks.append([])
            size = 0
        chunks[-1].append(unit)
        size += n
    out = []
    for chunk in chunks:
        prose = [u for u, is_item in chunk if not is_item]
        lists = [[u] for u, is_item in chunk if is_item]
        out.append(_render(prose, lists))
    return out


# Words that name a kind of document: the line of a title block that has one is the title, not the
# organisation's name above it ("HOLLYBROOK ACADEMIES TRUST" / "GRIEVANCE PROCEDURE FOR ALL STAFF").
_DOCUMENT_KIND = re.compile(r"\b(?:polic(?:y|ies)|procedures?|guidance|guidelines?|guide|handbook|code of|protocol|"
                            r"statement|charter|framework|faqs?|frequently asked questions|questions and answers|"
                            r"agreement|code)\b", re.I)


# A line naming only a model or template document, with no subject ("MODEL POLICY FOR SCHOOLS"):
# the title is the subject line under it ("POLITICAL ACTIVITY, OUTSIDE INTERESTS AND
# SECONDARY EMPLOYMENT"), as a county council's model policies set theirs.
_GENERIC_TITLE_WORDS = frozenset("""a an and the for of all our this model template school schools staff
    employee employees trust academy academies council county council's document policy policies
    procedure procedures guidance guide handbook""".split())
# a line that names only a kind of document, as a caption over the title: "Guidance", "Statutory guidance"
_KIND_LABEL = re.compile(r"^(?:(?:statutory|non-statutory|departmental)\s+)?"
                         r"(?:guidance|policy|procedure|guide|guidelines|advice)$", re.I)
# a line that says what kind of document the line above is: "A guide for staff", "An introduction for
# new starters", "Policy for school-based staff in community schools"; the title is both
_SUBTITLE = re.compile(r"^(?:(?:a|an)\s|(?:policy|guidance|procedure|guide|guidelines|advice)\s+(?:for|on)\s)", re.I)
LETTERHEAD_LINES = 2        # short lines above the title: the council's or the trust's name
TITLE_WORDS = 15             # a title line may be longer than a heading


def letterhead(line: Line) -> bool:
    """A line that may stand above a title: short plain text that ends no sentence ("Carrow County
    Council – Schools HR Service")."""
    return (line.kind == "text" and not line.number and not line.bullet and len(line.text.split()) <= 8
            and not _terminated(line.text))


# A table that lays out the page rather than holding data (a policy set in a two-column grid): this many
# rows at least, one heading of at most this many words in each left cell, and at least this many words
# of text, with a sentence in it, in each right cell
LAYOUT_ROWS, LAYOUT_HEADING_WORDS, LAYOUT_TEXT_WORDS = 2, 8, 12


def lays_out_the_page(rows: list[tuple[list[str], list[str]]]) -> bool:
    """Whether a two-column table, given as each row's left and right cells' paragraphs, lays out
    the page: a short heading in each left cell ("Telling us about a condition") and paragraphs of
    text in each right cell, the first row's too, where a data table's first row holds its columns'
    short headings ("Role | Responsibilities"). Its rows are then its sections, each left cell
    heading the paragraphs and lists beside it, in every format."""
    if len(rows) < LAYOUT_ROWS:
        return False
    for left, right in rows:
        left, right = [text.strip() for text in left if text.strip()], [text.strip() for text in right]
        if (len(left) != 1 or len(left[0].split()) > LAYOUT_HEADING_WORDS or left[0].endswith(".")
                or sum(len(text.split()) for text in right) < LAYOUT_TEXT_WORDS
                or not any(text.endswith((".", ":")) for text in right)):
            return False
    return True


def names_an_organisation(text: str) -> bool:
    """The line is a school's or trust's name and nothing else ("Hollins Park Academy")."""
    return bool(_ORGANISATION.match(text))


def generic_title(text: str) -> bool:
    """The line names a model or template and nothing else: "Model Policy for Schools" ("Staff
    Handbook" is a title)."""
    words = set(re.findall(r"[a-z']+", text.lower()))
    return names_a_document(text) and bool(words & {"model", "template"}) and not words - _GENERIC_TITLE_WORDS


def _guess_title(lines: list[Line]) -> str | None:
    """The document's own title: a markdown H1, or the first unnumbered heading of the title block
    naming a kind of document (a policy, procedure, guidance, handbook, code...). The title block may
    start under a letterhead of a line or two ("Carrow County Council – Schools HR Service")."""
    front: list[Line] = []
    heads: list[str] = []                  # letterhead lines above the title block
    for line in lines:
        if line.kind != "heading":
            if not front and letterhead(line) and len(heads) < LETTERHEAD_LINES:
                heads.append(line.text)
                continue
            break
        front.append(line)
    texts = [line.text for line in front if not line.number]
    if heads and not any(names_a_document(t) for t in texts):
        # no title under the letterhead: its own line naming the document is the title, as a PDF's
        # centred "Riverside Learning Trust" / "Staff Probation Policy" over "1. Purpose" has it, and
        # a plain-text FAQ's "Staff Wellbeing: Frequently Asked Questions" over "GETTING SUPPORT"
        named = [t for t in heads if names_a_document(t)]
        return title_of(named) if named else None
    return title_of(texts)


def names_a_document(text: str) -> bool:
    """The line names a kind of document: "Staff Code of Conduct", "Acceptable Use Agreement"."""
    return bool(_DOCUMENT_KIND.search(text))


def title_of(block: list[str]) -> str | None:
    """Of a title block's lines, the one naming a kind of document ("Staff Disciplinary Policy"
    under "Hollins Park Academy Trust"), else the first. A line that is only the kind of document
    (GOV.UK's "Guidance" caption over its title) labels the title under it, and one that says what
    the line above is ("DBS CHECKS" over "A guide for staff and volunteers") is the title with it."""
    for k, text in enumerate(block):
        if _DOCUMENT_KIND.search(text):
            subject = block[k + 1] if k + 1 < len(block) else None
            if _KIND_LABEL.match(text) and subject and reads_as_heading(subject, 15):
                return subject
            if generic_title(text) and subject and not generic_title(subject) and reads_as_heading(subject, 15):
                return subject
            if k and _SUBTITLE.match(text) and not _DOCUMENT_KIND.search(block[k - 1]):
                return f"{block[k - 1]}: {text}"     # "DBS CHECKS" over "A guide for staff and volunteers"
            return text
    return block[0] if block else None


def parse_text(text: str, policy_id: str, paragraphs_known: bool = False) -> ParsedDocument:
    """Split a policy's text into clauses. Never raises on odd input; may return no clauses.

    paragraphs_known: the blank lines are real paragraph breaks (text laid out from a PDF), not
    page breaks of an export, so a paragraph is joined to the one before only if it starts
    lower-case."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<!--" in text:      # an HTML comment is a note to editors, never policy; its lines stay counted
        text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    raw_lines = text.split("\n")
    front = _front_matter(raw_lines)
    if front is not None:
        end, properties = front
        raw_lines = [""] * end + raw_lines[end:]
    if _HTML_BLOCK_START.search(text):
        raw_lines = _html_blocks(raw_lines)
    if "~~" in text:
        raw_lines = _STRUCK.sub(lambda m: "\n" * m.group(0).count("\n"), "\n".join(raw_lines)).split("\n")
    if "]:" in text and _LINK_DEFINITION.search(text):
        raw_lines = _reference_links(raw_lines)
    if "[^" in text:
        raw_lines = _footnotes_last(raw_lines)
    if _DEFINITION.search(text):
        raw_lines = _definitions_joined(raw_lines)
    raw_lines = _dates_rejoined(raw_lines)
    lines = _classify_all(raw_lines, laid_out=paragraphs_known)
    if paragraphs_known:
        for line in lines:
            line.whole = line.blank_before
    parsed = build_clauses(lines, policy_id)
    parsed.meta.update(stated_dates(raw_lines))
    if front is not None:
        parsed.title = properties.pop("title", None) or parsed.title
        parsed.meta.update(properties)
    return parsed


_COMMENT = re.compile(r"<!--.*?-->", re.S)


# A definition list (pandoc, PHP Markdown Extra): the term on its own line, then ":   its definition".
# Read as one paragraph, "Grooming: Building a relationship with a child...", under the list's heading.
_DEFINITION = re.compile(r"^:[ \t]+(?=\S)", re.M)
DEFINITION_TERM_WORDS = 8


def _definitions_joined(raw_lines: list[str]) -> list[str]:
    out = list(raw_lines)
    for k, raw in enumerate(raw_lines):
        m = _DEFINITION.match(raw)
        if not m:
            continue
        t = k - 1
        while t >= 0 and not out[t].strip() and k - t <= 2:
            t -= 1
        term = out[t].strip() if t >= 0 and out[t].strip() else ""
        if (term and not _DEFINITION.match(raw_lines[t]) and not raw_lines[t][:1].isspace()
                and len(term.split()) <= DEFINITION_TERM_WORDS and not _terminated(term)):
            out[t] = ""
            out[k] = f"{term}: {raw[m.end():]}"
        else:
            out[k] = raw[m.end():]                     # the term's second definition, or no term
    return out


# Markdown with HTML in it (a GitLab or GitHub wiki page, Docusaurus, a Confluence export) may carry a
# <table> or a list as HTML, over many lines or on one. Each is read as the markdown it stands for: a
# table as a pipe table (so a row is a clause with its column headings, bot.parse.table_rows), a list
# as "1." or "-" items, nested lists indented. It is read with the standard library's HTML parser.
_HTML_BLOCK_START = re.compile(r"^[ \t]*<(table|ol|ul)\b", re.I | re.M)
HTML_BLOCK_LINES = 2000          # a block not closed within this many lines is left as it is


class _HtmlBlock(HTMLParser):
    """The rows of cells of an HTML table, or the items of an HTML list as markdown lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.items: list[str] = []
        self.lists: list[list] = []            # open lists: [ordered, last number]
        self.text: list[str] | None = None     # the cell or list item being read

    def _flush_item(self) -> None:
        if self.text is not None and self.lists:
            text = _cell_lines_joined("".join(self.text))
            if text:
                ordered, number = self.lists[-1]
                marker = f"{number}." if ordered else "-"
                self.items.append(f"{'    ' * (len(self.lists) - 1)}{marker} {text}")
        self.text = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.text = []
        elif tag in ("ol", "ul"):
            self._flush_item()
            start = dict(attrs).get("start") or ""
            self.lists.append([tag == "ol", int(start) - 1 if start.isdigit() else 0])
        elif tag == "li" and self.lists:
            self._flush_item()
            self.lists[-1][1] += 1
            self.text = []
        elif tag in ("br", "p", "div") and self.text is not None:
            self.text.append(_CELL_BREAK)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.text is not None and self.rows:
            self.rows[-1].append(_cell_lines_joined("".join(self.text)))
            self.text = None
        elif tag == "li":
            self._flush_item()
        elif tag in ("ol", "ul") and self.lists:
            self._flush_item()
            self.lists.pop()

    def handle_data(self, data):
        if self.text is not None:
            self.text.append(data)


_CELL_BREAK = "\x00"


def _cell_lines_joined(text: str) -> str:
    """A cell's or item's lines (<br>, <p>) as one text: a line that starts a new sentence after one with
    no stop ("each no longer than three hours<br>Part-time staff attend pro rata") after a ";", else
    run on ("First 10,000 miles<br>in a tax year")."""
    out = ""
    for part in text.split(_CELL_BREAK):
        part = " ".join(part.split())
        if part:
            new_sentence = part[0].isupper() and out and out[-1] not in ".;:,!?"
            out = f"{out}{';' * bool(new_sentence)} {part}" if out else part
    return out


def _html_blocks(raw_lines: list[str]) -> list[str]:
    """The lines with each HTML table or list (from a line that opens one to the line that closes it)
    written as markdown, in its own lines: blank lines fill the rest, so later lines keep their numbers
    (a block on fewer lines than it has rows or items pushes them on)."""
    out: list[str] = []
    k = 0
    while k < len(raw_lines):
        m = _HTML_BLOCK_START.match(raw_lines[k])
        end = _html_block_end(raw_lines, k, m.group(1).lower()) if m else None
        if end is None:
            out.append(raw_lines[k])
            k += 1
            continue
        block = _HtmlBlock()
        block.feed("\n".join(raw_lines[k:end]))
        block.close()
        if m.group(1).lower() == "table":
            new = pipe_table([row for row in block.rows if any(row)])
        else:
            new = block.items
        new = ["", *new, ""]
        out += new + [""] * max(0, end - k - len(new))
        k = end
    return out


def pipe_table(rows: list[list[str]]) -> list[str]:
    """Rows of cells (the first the column headings) as a markdown table's lines, which the line parser
    reads as a table: for tables that arrive in another form (HTML in markdown, a PDF's layout text)."""
    width = max((len(row) for row in rows), default=0)
    if not width:
        return []
    rows = [[cell.replace("|", "/") for cell in row] + [""] * (width - len(row)) for row in rows]
    return [f"| {' | '.join(rows[0])} |", "|" + " --- |" * width] + [f"| {' | '.join(row)} |" for row in rows[1:]]


def _html_block_end(raw_lines: list[str], start: int, tag: str) -> int | None:
    """The index after the line that closes the block opened on raw_lines[start], or None."""
    opened = re.compile(rf"<{tag}\b", re.I)
    closed = re.compile(rf"</{tag}\s*>", re.I)
    depth = 0
    for k in range(start, min(len(raw_lines), start + HTML_BLOCK_LINES)):
        depth += len(opened.findall(raw_lines[k])) - len(closed.findall(raw_lines[k]))
        if depth <= 0:
            return k + 1
    return None


def _reference_links(raw_lines: list[str]) -> list[str]:
    """The lines with each reference-style link read as an inline one would be ("[KCSIE][kcsie]" is
    "KCSIE (https://…)", "[the handbook]" is "the handbook", an image is nothing) and the definitions'
    lines left blank. Brackets with no definition ("[insert name]") are left as they are."""
    targets: dict[str, str] = {}
    out = list(raw_lines)
    for k, raw in enumerate(raw_lines):
        m = _LINK_DEFINITION.match(raw)
        if m:
            targets.setdefault(" ".join(m.group(1).lower().split()), m.group(2))
            out[k] = ""
    if not targets:
        return raw_lines

    def link(m: re.Match) -> str:
        image, label, ref = (m.group(1), m.group(2), m.group(3)) if m.group(4) is None else (m.group(4), m.group(5), None)
        target = targets.get(" ".join((ref or label).lower().split()))
        if target is None:
            return m.group(0)
        if image:
            return ""
        label = label.strip()
        if re.match(r"(?:https?://|www\.)", target, re.I) and target.rstrip("/") not in label:
            return f"{label} ({target})" if label else target
        return label
    return [_REFERENCE_LINK.sub(link, line) if "[" in line else line for line in out]


def _footnotes_last(raw_lines: list[str]) -> list[str]:
    """The lines with each footnote's mark taken out, and the notes moved to the end under "Footnotes"
    (their own lines left blank, so every other line keeps its number)."""
    notes: list[str] = []
    out: list[str] = []
    in_note = False
    for raw in raw_lines:
        m = _FOOTNOTE.match(raw)
        if m:
            notes.append(m.group(2).strip())
            in_note = True
            out.append("")
        elif in_note and raw.strip() and raw.startswith(("    ", "\t")):
            notes[-1] = f"{notes[-1]} {raw.strip()}".strip()
            out.append("")
        else:
            in_note = in_note and not raw.strip()
            out.append(_FOOTNOTE_MARK.sub("", raw))
    notes = [note for note in notes if note]
    if not notes:
        return raw_lines
    return out + ["", "## Footnotes", ""] + [line for note in notes for line in (note, "")]
# A web page's markdown source or a notes app's note may open with YAML front matter between "---"
# lines: its title and dates are the page's own. Only its top-level scalars are read, from the node
# tree (yaml.compose): nothing is constructed, so no alias is ever expanded and no tag acted on.
FRONT_MATTER_LINES = 60
_FRONT_APPROVED = ("approved", "last_updated", "updated", "last_modified", "lastmod", "modified", "date")
_FRONT_REVIEW = ("next_review", "review_date", "review", "review_by", "next_review_date")


def _front_matter(raw_lines: list[str]) -> tuple[int, dict[str, str]] | None:
    """(lines it takes, {'title', 'approved', 'next_review', 'status'} it states), or None when the
    text does not open with front matter."""
    if not raw_lines or raw_lines[0].strip() != "---":
        return None
    end = next((k for k in range(1, min(len(raw_lines), FRONT_MATTER_LINES)) if raw_lines[k].strip() in ("---", "...")), None)
    if end is None or end == 1:
        return None
    try:
        node = yaml.compose("\n".join(raw_lines[1:end]))
    except yaml.YAMLError:
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    fields = {str(k.value).strip().lower().replace(" ", "_").replace("-", "_"): str(v.value).strip()
              for k, v in node.value if isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.ScalarNode)}
    found: dict[str, str] = {}
    if fields.get("title"):
        found["title"] = clean_inline(fields["title"])
    for key, names in (("approved", _FRONT_APPROVED), ("next_review", _FRONT_REVIEW)):
        when = next((d for d in (parse_date(fields[n], key == "next_review") for n in names if fields.get(n))
                     if d), None)
        if when:
            found[key] = when
    # "draft: true" (Docusaurus, Hugo, Jekyll: not yet published) or "status: draft"
    if fields.get("draft", "").lower() in ("true", "yes") or fields.get("status", "").lower() == "draft":
        found["status"] = "draft"
    return end + 1, found


# Where a document states its own dates: its first lines ("Approved by the Trust Board, March 2025.
# Next review March 2027.", "Last updated October 2025") and any labelled line ("Review Date:
# December 2020", "Date policy ratified:  Jan 2018  Jan 2021  May 24": the last date is the latest).
FRONT_LINES = 15
_REVIEW_WORDS = re.compile(
    r"\b(?:(?:date (?:of |for )?)?next review|review(?:ed)?\s+(?:date|due|by)|due for review|"
    r"to be reviewed|(?:will|shall)\s+(?:next\s+)?be\s+reviewed(?:\s+again)?(?=\s+(?:in|on|by|before)\b)|"
    r"review(?=\s*:)|"
    # a footer's "Review September 2026", "Review 01/09/2026": the word and a date, nothing between
    r"review(?=\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})))",
    re.I)
_APPROVED_WORDS = re.compile(
    r"\b(?:approved|agreed|adopted|ratified|signed off|issued|published|last updated|updated|"
    r"last reviewed|last edited|last modified|effective from)\b", re.I)
_PUBLISHED_WORD = re.compile(r"published|issued", re.I)
# an approval still to come ("To be approved by the governing body: December 2026", "awaiting
# approval", "not yet approved") is no approval date
_NOT_YET = re.compile(r"\b(?:to be|yet to be|not yet|will be|is to be|awaiting|pending|due to be)\s*$", re.I)
# a document that says it is a draft, in its first lines, a labelled line, its page headers and
# footers or a watermark: "DRAFT" in capitals, or in a short line "Draft for consultation", "Status:
# Draft", "(draft)" (not "Staff who draft a letter to parents…"); and an approval still to come
# in a dates line ("To be approved by the governing body: December 2026") or a labelled one
# ("Status: awaiting approval"), not "Expense claims are to be approved by the headteacher."
_DRAFT = re.compile(r"(?:^|[|:(–—-])\s*draft\s*(?:$|[|:)–—-]|\b(?:for|policy|version|v?\d))|\bconsultation draft\b"
                    r"|\bv(?:ersion)?:?\s*[\d.]+\s+draft\b"
                    r"|\bdraft\s+(?:version|v?\d|for (?:consultation|comments?|approval|discussion|review|agreement))\b",
                    re.I)
_CAPITAL_DRAFT = re.compile(r"\bDRAFT\b")
_DRAFT_LINE = 100
_PENDING = re.compile(r"\b(?:not yet (?:been )?approved|awaiting approval|pending approval|to be approved|"
                      r"for approval|unapproved)\b", re.I)
_UPDATED = re.compile(r"(?:last )?(?:updated|modified|edited|reviewed)", re.I)
# a sentence's end in a dates line; not an initial's full stop ("Policy lead: Mrs J. Holloway")
_DATE_SENTENCE_END = re.compile(r"(?<=\.)(?<!\b[A-Z]\.)\s+(?=[A-Z])")


# the end of a date that a dates line wrapped onto the next line: "2028.", "February 2028", "3 March 2026."
# (and after it, only more such lines' sentences: "October 2027. Policy owner: School Business Manager.")
_DATE_END = re.compile(r"^(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                       r"[a-z]*\.?\s+)?(?:19|20)\d\d\.?$", re.I)


def _dates_rejoined(raw_lines: list[str]) -> list[str]:
    """A dates line wrapped before its last date ends ("Adopted: 3 February 2026. Next review: February"
    / "2028."), as a PDF's or a text file's lines can be, joined again, so that the end of the date is
    not a clause of its own and the date is read. The line count is kept (a blank in its place)."""
    out = list(raw_lines)
    for k in range(len(out) - 1):
        here, nxt = out[k].strip(), out[k + 1].strip()
        if not here or not nxt or here.endswith("."):
            continue
        first, *rest = _DATE_SENTENCE_END.split(nxt)
        if _DATE_END.match(first) and all(_META.match(part) or _ISSUED.match(part) for part in rest) and (
                _REVIEW_WORDS.search(here) or _APPROVED_WORDS.search(here) or _META.match(here)):
            out[k], out[k + 1] = f"{out[k].rstrip()} {nxt}", ""
    return out


def _latest_date(text: str, due: bool = False) -> str | None:
    """One date, or a signature table row's cells: the last ("November 3, 2025" is one cell). due: a
    review date (bot.dates.parse_date)."""
    return last_date(re.split(r"[\t|;]+|,(?!\s*\d{4}\b)", text), due)


def _says_draft(line: str, sentence: str) -> bool:
    """A sentence of a dates line (or a header, a watermark) that says the document is a draft."""
    if _CAPITAL_DRAFT.search(sentence) or (len(line) <= _DRAFT_LINE and _DRAFT.search(sentence)):
        return True
    return bool(_PENDING.search(sentence)) and (_META.match(line.strip()) is not None
                                                or _latest_date(sentence) is not None)


def stated_dates(raw_lines: list[str]) -> dict[str, str]:
    """{'approved': ..., 'next_review': ...} as the document's own words state them (ISO dates);
    a key is left out when the document does not say. 'status': 'draft' when those lines say the
    document is a draft and give no date it was approved."""
    found: dict[str, str] = {}
    draft = False
    published = False     # the date found is when it was published: a later "Last updated" date is the version's
    filled = [raw for raw in raw_lines if raw.strip()]
    # the first lines, then any later line that is labelled ("Review date: …") or says nothing but dates
    # and who set them ("Approved by the Trust Board on 11 March 2025. Next review: March 2027." at
    # the foot of a web page)
    candidates = filled[:FRONT_LINES] + [raw for raw in filled[FRONT_LINES:]
                                         if _META.match(raw.strip()) or _dates_line(raw.strip())]
    # and a front line run on to the next, where a line wraps inside a date's sentence ("Approved by the
    # Resources" / "Committee, 4 March 2025."), read after the lines alone
    front = filled[:FRONT_LINES]
    candidates += [f"{a.strip()} {b.strip()}" for a, b in zip(front, front[1:]) if not a.rstrip().endswith(".")]
    for raw in candidates:
        for sentence in _DATE_SENTENCE_END.split(raw.strip()):
            review = _REVIEW_WORDS.search(sentence)
            approval_part = sentence[:review.start()] if review else sentence
            if review and "next_review" not in found:
                when = _latest_date(sentence[review.end():], due=True)
                if when:
                    found["next_review"] = when
            draft = draft or _says_draft(raw, sentence)
            approved = next((m for m in _APPROVED_WORDS.finditer(approval_part)
                             if not _NOT_YET.search(approval_part[:m.start()])), None)
            if approved and ("approved" not in found or (published and _UPDATED.match(approved.group(0)))):
                when = _latest_date(approval_part[approved.end():])
                if when and ("approved" not in found or when > found["approved"]):
                    found["approved"] = when
                    published = _PUBLISHED_WORD.match(approved.group(0)) is not None
    if draft and "approved" not in found:
        found["status"] = "draft"
    return found


def build_clauses(lines: list[Line], policy_id: str, title: str | None = None) -> ParsedDocument:
    """The clause builder every format shares: typed lines (from text, Word or PDF) -> clauses."""
    builder = _Builder(policy_id)
    for line in lines:
        builder.feed(line)
    builder.flush()
    title = title or _guess_title(lines)
    return ParsedDocument(title=title, clauses=_without_history(_without_title_block(builder.clauses, title)),
                          headings=builder.headings)


# A web page's or a document's record of its own edits ("Change history": "2 September 2025 Updated the
# section on devices..."): when it changed, not what it says
_HISTORY_HEADING = re.compile(r"^(?:change|version|revision|amendment|document|page|edit)s?\s+(?:history|log)$", re.I)


def _without_history(clauses: list[Clause]) -> list[Clause]:
    kept = [c for c in clauses if not (c.heading and _HISTORY_HEADING.match(c.heading.strip()))]
    if len(kept) == len(clauses):
        return clauses
    return [replace(c, ordinal=k) for k, c in enumerate(kept, start=1)]


TITLE_BLOCK_WORDS = 20


def _without_title_block(clauses: list[Clause], title: str | None) -> list[Clause]:
    """The clauses without the title page's other lines: when everything before the first heading
    (or under the title's own) is short and ends no sentence, it is a subtitle, the organisation's
    name or a date ("Safeguarding, conduct and online safety / Hollins Park Academy Trust /
    September 2025" on a title slide), not a clause to quote. Where the text goes on under the
    title, every paragraph of it is kept."""
    leading = 0
    while leading < len(clauses) and clauses[leading].heading in (None, title):
        leading += 1
    if not leading or not all(
            c.part == 0 and "\n" not in c.text and not _terminated(c.text) and not c.section
            and (not _LABELLED.match(c.text)                 # "Site Manager: extension 201" is content,
                 or bool(title) and c.text.startswith(title))  # "Staff Wellbeing: FAQs" the title
            and len(c.text.split()) <= TITLE_BLOCK_WORDS for c in clauses[:leading]):
        return clauses
    dropped: dict[tuple, int] = {}         # per heading: title block paragraphs dropped under it
    for c in clauses[:leading]:
        dropped[(c.heading, c.heading_number)] = dropped.get((c.heading, c.heading_number), 0) + 1
    return [replace(c, ordinal=k, paragraph=c.paragraph - dropped.get((c.heading, c.heading_number), 0))
            for k, c in enumerate(clauses[leading:], start=1)]


def heading_line(no: int, text: str, number: str | None = None, level: int = 0) -> Line:
    return Line(no, "heading", clean_inline(text), number=number, blank_before=True, blank_after=True,
                level=level)


def text_line(no: int, text: str, *, number: str | None = None, bullet: bool = False, indent: int = 0,
              blank_before: bool = True) -> Line:
    """A paragraph (or list item) of a document whose paragraphs are known (Word): its own line."""
    return Line(no, "text", clean_inline(text), indent, bullet, number, blank_before, True, whole=True)


def classify_line(no: int, raw: str) -> Line:
    """One line of text read for what it is, on its own (for formats that know their paragraphs)."""
    return _classify(no, raw)
