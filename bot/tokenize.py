"""The one tokenizer used to index clauses and to read questions; its settings are saved with the index.

Lower-case, split on anything that is not a letter or digit, drop English stopwords, stem with NLTK's
Snowball stemmer. Only parts of NLTK that need no data download are used: the stopword list is
NLTK's own English list, shipped in bot/data so that machines without internet access work.
"""
from __future__ import annotations

import re
import unicodedata
from importlib import resources

from nltk.stem.snowball import SnowballStemmer

from bot.errors import IndexInvalid

_WORD = re.compile(r"[a-z0-9]+")
# A clock time ("7am", "7.30am", "6 pm") is one word, CLOCK_TIME, whatever the hour: staff ask "can I
# stay until 9pm?" of a rule that says "after 8pm", and the hours rarely agree. ("18:00" is left as
# numbers: "1:10" is as often a ratio.)
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s?(?:am|pm)\b")
CLOCK_TIME = "timeofday"
# "What time" asked is CLOCK_TIME too ("what time do I have to be in by?"), not the "time" of "at all
# times" or "from time to time"; "what time off" and "what time limit" are not asking the hour.
_WHAT_TIME = re.compile(r"\b(?:what|which)\s+time\b(?=\s+(?:do|does|did|should|must|can|could|is|are|will|"
                        r"would|have|has|am|was|on|in)\b|\s*(?:\?|$))")
# Likewise a length of time: the number of "within 10 working days", "5 days", "one term in advance"
# is TIME_SPAN, and so is the "how" of "how long", "how soon", "how many days", "how far in advance",
# "how much notice": "how long until I hear back?" is answered by "within 10 working days". (The number
# is a detail; the words around it are kept. "a day off" is not a question of how long.)
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_UNIT = r"(?:(?:working|school|calendar|full|clear)\s)?(?:hours?|days?|weeks?|months?|years?|terms?)\b"
_SPAN = re.compile(rf"\b{_NUMBER}(?=[\s-]{_UNIT})|\bhow far(?= in advance)"
                   rf"|\bhow(?=\s(?:long|soon|quickly|much notice|many\s{_UNIT}))")
TIME_SPAN = "timespan"
# One-to-one support however it is typed ("1:1", "1-1", "1-2-1", "one to one") is one word, so that
# "her 1:1 hours" is neither a time of day nor a length of time ("1 hours").
_ONE_TO_ONE = re.compile(r"\b(?:1|one)(?:\s?[:\-]\s?|-2-|\s?-\s?to\s?-\s?|\sto\s)(?:1|one)\b"
                         r"(?!\s(?:hundred|thousand|million))")
ONE_TO_ONE = "onetoone"
# A word made with one of these prefixes and a hyphen ("Wi-Fi", "e-mail", "on-line", "co-workers",
# "ex-pupils", "re-post") is also one word, as staff type it: "wifi", "email", "online". The prefix is
# not a word of its own; after e-, co-, ex- and re- the rest is ("pupils" in "ex-pupils"), while
# "on-line" is not about a line, nor "Wi-Fi" about "fi". Other short first parts are words
# ("AI-generated", "IT-related"), and stay as they are.
_PREFIXED = re.compile(r"(?<![a-z0-9\-\u2010\u2011])(e|wi|on|co|ex|re)[\-\u2010\u2011]([a-z]+)"
                       r"(?![a-z0-9]|[\-\u2010\u2011][a-z0-9])")
# An acronym's plural ("ECTs", "NPQs", "GCSEs", "TAs") is the acronym: Snowball takes the "s" off a
# word only after a vowel, so "ECTs" and "an ECT" were two words. Only capitals then a small "s".
_ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2,6})s\b")
TOKENIZER_KIND = "snowball-v8"


def asks_the_time(text: str) -> bool:
    """Whether text asks the time of day ("What time is the staff meeting?")."""
    return bool(_WHAT_TIME.search(text.lower()))


def _word_list(name: str) -> list[str]:
    text = resources.files("bot").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


_ADDRESS = re.compile(r"(?:\bhttps?://([^\s/?#<>]+)"                                  # https://host/...
                      r"|\b((?:[a-z0-9-]+\.)+(?:com|org|net|uk|io|ly|me|app|tv|info)))"   # facebook.com/...
                      r"(?:[/?#][^\s<>]*)?", re.I)
# an email address, its name and its host (bot.parse: a line holding one is a contact, not a heading)
EMAIL_ADDRESS = re.compile(r"\b([a-z0-9._%+-]+)@((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)
# the labels of a host name that say nothing about the site ("www.facebook.com", "bbc.co.uk")
_NOT_THE_NAME = frozenset("www m mobile web com org net co uk gov ac sch edu io ly me app tv info".split())


def site_names(text: str) -> str:
    """Text with each web address reduced to its site's name ("https://www.facebook.com/groups/123"
    -> "facebook"; "bbc.co.uk/news" -> "bbc"): "https", "www", "com" and the words of a path are not
    what a clause or a question is about, and would match every link. An email address is also the
    word "email" ("senco@oakfield.sch.uk" -> "senco email oakfield"): it answers "what's the SENCo's
    email?"."""
    if "@" in text:
        text = EMAIL_ADDRESS.sub(r"\1 email \2", text)
    text = _ADDRESS.sub(lambda m: " " + _site_name(m.group(1) or m.group(2)) + " ", text)
    return " ".join(text.split())


def _site_name(host: str) -> str:
    labels = [x for x in host.lower().split(".") if x and not x.isdigit()]
    names = [x for x in labels if x not in _NOT_THE_NAME]
    return names[-1] if names else ""


# Letters that are not a letter and an accent, written as staff type them on an English keyboard.
_UNACCENTED = str.maketrans({"æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ß": "ss",
                             "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i"})


def _folded(text: str) -> str:
    """Compatibility forms ("ﬁ" ligatures, full-width letters) as plain letters, and accented letters
    without their accents: the policy's "crèche", "café" or "fiancé" is the "creche" staff type, and
    "Zoë" is "Zoe". Snowball and the word pattern know only unaccented letters: "crèche" was "cr" and
    "che"."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).translate(_UNACCENTED)


def words(text: str) -> list[str]:
    """Lower-cased letter/digit runs of text, before stopwords and stemming; a clock time is
    CLOCK_TIME, the number of a length of time (or the "how" asking it) TIME_SPAN, one-to-one
    however it is typed ONE_TO_ONE."""
    if not text.isascii():
        text = _folded(text)
    text = _ACRONYM_PLURAL.sub(r"\1", text)
    text = text.lower()
    if "m" in text:
        text = _CLOCK.sub(" " + CLOCK_TIME + " ", text)
        text = _WHAT_TIME.sub(" " + CLOCK_TIME + " ", text)
    if "1" in text or "one" in text:
        text = _ONE_TO_ONE.sub(" " + ONE_TO_ONE + " ", text)
    text = _SPAN.sub(" " + TIME_SPAN + " ", text)
    if "-" in text or "\u2010" in text or "\u2011" in text:
        text = _PREFIXED.sub(lambda m: m[1] + m[2] if m[1] in ("on", "wi") else f"{m[1]}{m[2]} {m[2]}", text)
    return _WORD.findall(text)


class Tokenizer:
    """Text -> list of stems. Deterministic, and rebuilt exactly from its saved settings."""

    def __init__(self, language: str = "english", stopwords: list[str] | None = None,
                 question_fillers: list[str] | None = None, stem_exceptions: dict[str, str] | None = None,
                 question_context: list[str] | None = None):
        self.language = language
        self.stopword_list = sorted(set(stopwords if stopwords is not None else _word_list("stopwords-en.txt")))
        self.stopwords = frozenset(self.stopword_list)
        fillers = question_fillers if question_fillers is not None else _word_list("question-fillers-en.txt")
        self.filler_list = sorted(set(fillers))
        self.fillers = frozenset(self.filler_list) | self.stopwords
        context = question_context if question_context is not None else _word_list("question-context-en.txt")
        self.context_list = sorted(set(context))
        self.context = frozenset(self.context_list)   # dropped from a question when no clause has them
        if stem_exceptions is None:
            pairs = _word_list("stem-exceptions-en.txt")
            stem_exceptions = dict(zip(pairs[0::2], pairs[1::2]))
        self.stem_exceptions = dict(sorted(stem_exceptions.items()))
        self._stemmer = SnowballStemmer(language)
        self._cache: dict[str, str] = {}     # word -> stem: a library repeats its words millions of times

    def stem(self, word: str) -> str:
        cached = self._cache.get(word)
        if cached is None:
            cached = self.stem_exceptions.get(word) or self._stemmer.stem(word)
            if len(self._cache) < 1_000_000:
                self._cache[word] = cached
        return cached

    def __call__(self, text: str) -> list[str]:
        cache, stop, stem = self._cache, self.stopwords, self.stem
        out = []
        for w in words(text):
            if w in stop:
                continue
            s = cache.get(w)
            out.append(s if s is not None else stem(w))
        return out

    def all_stems(self, text: str) -> list[str]:
        """Stems of every word, stopwords included: for matching phrases such as "friends only"."""
        return [self.stem(w) for w in words(text)]

    def to_dict(self) -> dict:
        return {"kind": TOKENIZER_KIND, "language": self.language, "lowercase": True,
                "pattern": _WORD.pattern, "stemmer": "nltk-snowball",
                "stopwords": self.stopword_list, "question_fillers": self.filler_list,
                "question_context": self.context_list,
                "stem_exceptions": self.stem_exceptions}

    @classmethod
    def from_dict(cls, data: dict, any_kind: bool = False) -> "Tokenizer":
        """The tokenizer an index was built with. any_kind: also one of an older kind, for an index
        whose clauses are only read (compared with a new build), never searched."""
        if not isinstance(data, dict) or (data.get("kind") != TOKENIZER_KIND and not any_kind):
            raise IndexInvalid("the index was built with a different tokenizer: run `policybot reindex`")
        try:
            return cls(language=str(data["language"]), stopwords=[str(w) for w in data["stopwords"]],
                       question_fillers=[str(w) for w in data["question_fillers"]],
                       stem_exceptions={str(k): str(v) for k, v in data["stem_exceptions"].items()},
                       question_context=[str(w) for w in data.get("question_context", [])])
        except (KeyError, TypeError, ValueError) as exc:
            raise IndexInvalid("the index's tokenizer settings are unreadable: run `policybot reindex`") from exc
