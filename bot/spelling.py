"""A question's word spelt as it sounds ("fotos", "privasy", "axept", "compooters"): read as the
policy word that sounds the same.

Staff who spell by ear (many with dyslexia, many typing fast on a phone) write words that are
more than one typo away from the policy's word, so the one-typo rule (bot.search) misses them. A
word is read by its sound only when it is not an English word at all (pyspellchecker's English
word list: "brake", "sight" and "weather" are words, so they are left as they are, never read as
"break", "site" or "whether") and a policy word sounds the same (jellyfish's Metaphone key), begins
as it does (or with a letter of the same sound: "fone", "phone"), is at most a letter longer or
shorter ("trans" is not "trainee") and at most MAX_EDITS edits from it: the nearest one; two
equally near are a guess, and no guess is made.
"""
from __future__ import annotations

import threading

import jellyfish

# the shortest word read by its sound: "fone", "yeer", "wurk" (three letters are too often a name
# or an acronym: "slt", "dsl")
MIN_LENGTH = 4
# a sound-alike further than this from the word is another word: "fite" (fight) is not "photo"
MAX_EDITS = 2
# the first letters a word spelt by ear may begin with for the policy word's: "fone" for "phone",
# "kool" for "cool"; any other word keeps its first letter ("Vinted" is not "find")
_SAME_START = (("f", "ph"), ("k", "c"), ("s", "c"))
_english = None
_lock = threading.Lock()


def is_english(word: str) -> bool:
    """The word is in pyspellchecker's English word list (loaded once, when first asked)."""
    global _english
    if _english is None:
        with _lock:
            if _english is None:
                from spellchecker import SpellChecker
                _english = SpellChecker(language="en")
    return word in _english


def sound(term: str) -> str:
    return jellyfish.metaphone(term)


def by_sound(terms) -> dict[str, list[str]]:
    """Terms grouped by their sound, for sounds_like."""
    out: dict[str, list[str]] = {}
    for t in terms:
        if len(t) >= MIN_LENGTH - 1 and t.isalpha():
            out.setdefault(sound(t), []).append(t)
    return out


def sounds_like(word: str, stem: str, groups: dict[str, list[str]]) -> str | None:
    """The policy term (from by_sound) that `word` (stemmed: `stem`) is a spelling by ear of."""
    if len(word) < MIN_LENGTH or not word.isalpha() or is_english(word):
        return None
    key = sound(stem)
    if len(key) < 2:
        return None
    near = sorted((jellyfish.damerau_levenshtein_distance(stem, t), t) for t in groups.get(key, ())
                  if t != stem and abs(len(t) - len(stem)) <= 1 and _same_start(stem, t))
    if not near or near[0][0] > MAX_EDITS or (len(near) > 1 and near[1][0] == near[0][0]):
        return None
    return near[0][1]


def _same_start(a: str, b: str) -> bool:
    """Both begin with the same letter, or with letters of one sound (_SAME_START, either way round)."""
    return a[0] == b[0] or any(a.startswith(x) and b.startswith(y) or b.startswith(x) and a.startswith(y)
                               for x, y in _SAME_START)
