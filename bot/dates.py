"""Dates as policy documents write them ("12th December 2018", "Dec 2020", "May 24", "12/12/2018",
and as web pages and notes apps stamp them, "November 3, 2025") -> ISO (YYYY-MM-DD, or YYYY-MM when
only the month is given). UK day-first order, except a month name followed by a day and a year. A
school term ("Summer Term 2027", "Autumn 2 2026", "Michaelmas 2025") is a month: its first, or for a
review date its last, since the review is due by the end of that term."""
from __future__ import annotations

import re
from datetime import date

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_DMY_WORDS = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2})\b")
_MDY_WORDS = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")   # "November 3, 2025"
_MY_WORDS = re.compile(r"\b([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")
_DMY_NUM = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
# a term's (or half term's: "Autumn 1", "Summer 2") first and last months; the ancient universities'
# names too, which some independent schools use
_TERM = re.compile(r"\b(autumn|spring|summer|michaelmas|lent|trinity)(?:\s+term)?(?:\s+([12]))?,?\s+(\d{4})\b", re.I)
_TERMS = {"autumn": (9, 12), "spring": (1, 3), "summer": (4, 7)}
_HALF_TERMS = {("autumn", "1"): (9, 10), ("autumn", "2"): (11, 12), ("spring", "1"): (1, 2),
               ("spring", "2"): (2, 3), ("summer", "1"): (4, 5), ("summer", "2"): (6, 7)}
_ANCIENT = {"michaelmas": "autumn", "lent": "spring", "trinity": "summer"}


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def _month(word: str) -> int | None:
    return _MONTHS.get(word[:3].lower()) if word[:3].lower() in _MONTHS else None


def _iso(y: int, m: int, d: int | None = None) -> str | None:
    try:
        date(y, m, d or 1)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}" if d else f"{y:04d}-{m:02d}"


def parse_date(text: str, due: bool = False) -> str | None:
    """The first date in text, as ISO; None when there is none. due: the date something is due by (a
    review date), so a term is its last month."""
    m = _ISO.search(text)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    m = _DMY_WORDS.search(text)
    if m and _month(m.group(2)):
        return _iso(_year(m.group(3)), _month(m.group(2)), int(m.group(1)))
    for m in _MDY_WORDS.finditer(text):
        if _month(m.group(1)):
            return _iso(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
    m = _DMY_NUM.search(text)
    if m:
        return _iso(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in _MY_WORDS.finditer(text):
        month = _month(m.group(1))
        if month:
            return _iso(_year(m.group(2)), month)
    m = _TERM.search(text)
    if m:
        term = m.group(1).lower()
        term = _ANCIENT.get(term, term)
        months = _HALF_TERMS.get((term, m.group(2)), _TERMS[term])
        return _iso(int(m.group(3)), months[1] if due else months[0])
    return None


def check_day(value: str | None, option: str = "--since") -> str | None:
    """A YYYY-MM-DD date given on the command line, or a one-line error saying how to write it."""
    from bot.errors import QuestionError
    if value and not (re.match(r"^\d{4}-\d{2}-\d{2}$", value) and _iso(*map(int, value.split("-")))):
        raise QuestionError(f"{option} {value!r} is not a date: write YYYY-MM-DD")
    return value


def last_date(cells: list[str], due: bool = False) -> str | None:
    """The latest-written date among cells (a signature table lists each review in turn)."""
    found = [d for d in (parse_date(c, due) for c in cells) if d]
    return found[-1] if found else None
