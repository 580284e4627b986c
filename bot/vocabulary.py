"""Staff words -> policy words: the vocabulary file a policy owner can read and edit, on top of
policybot's built-in list of everyday English.

corpus/vocabulary.yaml maps each term the policies use to the words staff use for it:

    weight: 0.6                      # optional: how much an expansion counts against the user's own words
    everyday_words: true             # optional: also use the built-in everyday-English list (default)
    terms:
      family members: parents, mums, dads, carers, guardians
      photographs: [pics, photos, selfies, snaps]

bot/data/everyday-en.yaml, in the same format, holds general English that is true in any
organisation ("kids" -> children, pupils; "sacked" -> dismissal; "Insta" -> social media), so a
library with no vocabulary file still understands how staff write. The organisation's file decides
for the words it lists: where one of its staff words is in the question, the everyday list's entries
for that word are not used; an everyday phrase with a word the organisation's file did not read there
still is ("complain together" beside the file's "complain").

At question time every staff word or phrase found in the question adds the policy term's words at
`weight` (the user's own words count 1). Both lists are validated like the manifest and saved with
the index, so a question is always read with the vocabulary the index was built with.

A third list comes from the policies themselves: the abbreviations they define ("a subject access
request (SAR)", "the Designated Safeguarding Lead (DSL)", "Freedom of Information (FOI)") read both
ways, so "do parents pay for a SAR?" finds "Subject access requests are free" (defined_abbreviations).
It is found at each reindex and saved with the index too.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import re

import yaml

from bot import yamlfile
from bot.tokenize import Tokenizer

FILE = "vocabulary.yaml"
EVERYDAY_FILE = "everyday-en.yaml"
DEFAULT_WEIGHT = 0.6
ORGANISATION, EVERYDAY, DOCUMENTS = "organisation", "everyday", "documents"

Terms = list[tuple[str, list[str]]]      # (policy term as written, staff words/phrases as written)


@dataclass
class Vocabulary:
    weight: float = DEFAULT_WEIGHT
    terms: Terms = field(default_factory=list)
    everyday: bool = True                 # also use the built-in everyday-English list
    everyday_terms: Terms = field(default_factory=list)   # that list, as the index was built with it
    defined_terms: Terms = field(default_factory=list)    # abbreviations the policies define, both ways

    def to_dict(self) -> dict:
        return {"weight": self.weight, "terms": [[t, list(ws)] for t, ws in self.terms],
                "everyday": self.everyday, "everyday_terms": [[t, list(ws)] for t, ws in self.everyday_terms],
                "defined_terms": [[t, list(ws)] for t, ws in self.defined_terms]}

    @classmethod
    def from_dict(cls, data: dict) -> "Vocabulary":
        def terms(rows) -> Terms:
            return [(str(t), [str(w) for w in ws]) for t, ws in rows]
        return cls(float(data["weight"]), terms(data["terms"]), bool(data["everyday"]),
                   terms(data["everyday_terms"]), terms(data.get("defined_terms", [])))

    def compile(self, tokenizer: Tokenizer) -> "CompiledVocabulary":
        rules: list[Rule] = []
        lists = ([(ORGANISATION, self.terms)] + ([(EVERYDAY, self.everyday_terms)] if self.everyday else [])
                 + [(DOCUMENTS, self.defined_terms)])
        for origin, terms in lists:
            for term, staff_words in terms:
                target = tuple(dict.fromkeys(tokenizer(term)))
                if not target:
                    continue
                for phrase in staff_words:
                    match = tuple(tokenizer.all_stems(phrase))
                    source = tuple(dict.fromkeys(tokenizer(phrase)))
                    if not source and len(match) > 1:
                        # a phrase of small words only ("on my own", "by myself") stands as one
                        # term of its own: no clause has it, so only the policy term can match
                        source = (" ".join(match),)
                    if source:          # one small word alone ("it") would match every question
                        rules.append(Rule(match, source, target, origin))
        return CompiledVocabulary(self.weight, rules, frozenset(map(tokenizer.stem, DETERMINERS)),
                                  frozenset(map(tokenizer.stem, TIMES)),
                                  {tokenizer.stem(w): frozenset(map(tokenizer.stem, after))
                                   for w, after in IDIOMS.items()},
                                  frozenset(map(tokenizer.stem, OBJECT_PRONOUNS)),
                                  frozenset(map(tokenizer.stem, NOUN_OPENERS)))


@dataclass(frozen=True)
class Rule:
    match: tuple[str, ...]    # stems of the staff phrase, stopwords included ("friends only")
    source: tuple[str, ...]   # its search terms (stopwords dropped)
    target: tuple[str, ...]   # the policy term's search terms
    origin: str = ORGANISATION  # the organisation's file, or the built-in everyday list


@dataclass
class Concept:
    """Part of a question that the vocabulary can also express in the policy's words."""

    source: tuple[str, ...]                                   # the question's own terms for it
    alternatives: list[tuple[str, ...]] = field(default_factory=list)
    # alternatives that are the same thing in other words (an abbreviation a policy defines, and the
    # words it stands for): they count no more than the question's own terms would
    same: set[tuple[str, ...]] = field(default_factory=set)


@dataclass
class CompiledVocabulary:
    weight: float
    rules: list[Rule]
    determiners: frozenset[str] = frozenset()     # stems of DETERMINERS
    times: frozenset[str] = frozenset()           # stems of TIMES
    idioms: dict[str, frozenset[str]] = field(default_factory=dict)   # IDIOMS, as stems
    pronouns: frozenset[str] = frozenset()        # stems of OBJECT_PRONOUNS
    openers: frozenset[str] = frozenset()         # stems of NOUN_OPENERS

    def concepts(self, all_stems: list[str], origins: frozenset[str] = frozenset((ORGANISATION, EVERYDAY, DOCUMENTS)),
                 function_words: frozenset[str] = frozenset(), plain_stems: list[str] | None = None) -> list[Concept]:
        """The staff words and phrases found in a question (given as the stems of all its words),
        each with the policy terms it stands for. The organisation's rules come first; an everyday
        rule whose words they already read is not used, unless it reads more of the question as the
        same words ("check our" emails is monitoring, where the organisation's "check" is access); a
        phrase that adds a word of its own is.
        function_words: stems of words that cannot be the noun a phrase's last word may take
        ("on my own" is alone before "with" or at the end, not in "on my own page").
        plain_stems: the question's stems without the words that only intensify ("looks really wrong"),
        where a phrase is read too ("looks wrong").
        A phrasal verb is also read around its object ("pin a kid down" is "pin down"; PARTICLES)."""
        by_source: dict[tuple[str, ...], Concept] = {}
        read_by_organisation: dict[str, int] = {}     # stem -> the most words an organisation rule read it in
        for rule in self.rules:
            if rule.origin not in origins:
                continue
            if rule.origin == EVERYDAY and read_by_organisation.keys() >= set(rule.source) and not (
                    rule.source in by_source and len(rule.match) > max(read_by_organisation[t] for t in rule.source)):
                continue
            if _contains(all_stems, rule.match, function_words, self.determiners, self.times, self.idioms) or (
                    plain_stems is not None and len(rule.match) > 1
                    and _contains(plain_stems, rule.match, function_words, self.determiners, self.times, self.idioms)) or (
                    len(rule.match) == 2 and rule.match[1] in PARTICLES
                    and _separated(all_stems, rule.match, self.pronouns, self.openers)):
                if rule.origin == ORGANISATION:
                    for t in rule.source:
                        read_by_organisation[t] = max(read_by_organisation.get(t, 0), len(rule.match))
                concept = by_source.setdefault(rule.source, Concept(rule.source))
                if rule.target not in concept.alternatives and rule.target != rule.source:
                    concept.alternatives.append(rule.target)
                    if rule.origin == DOCUMENTS:
                        concept.same.add(rule.target)
        return [c for c in by_source.values() if c.alternatives]


# Words that only say how much ("looks really wrong", "not very nice"): a phrase is read across them, as
# staff mean it ("looks wrong", "not nice"); the question's words, not their stems ("total" is no intensifier).
INTENSIFIERS = frozenset("really very totally actually super seriously honestly completely absolutely literally "
                         "properly".split())
# A phrase ending in one of these words is another phrase when a noun follows: "on my own" is being
# alone, "on my own page" is whose page it is.
TAKES_NOUN = frozenset(["own"])
# A phrase ending in a determiner ("break the", "break this": breaking a rule) is not that phrase
# when a time follows it: "at break this morning" is a break, "spring break this year" a holiday.
DETERMINERS = ("the", "this", "that", "these", "those", "a", "an", "any", "our", "my", "next", "last")
TIMES = ("morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "term", "year",
         "time", "lunchtime", "half", "summer", "spring", "autumn", "winter", "holiday", "holidays")
# A phrase ending in one of these words is an idiom, not that phrase, before the words given: "gets in"
# is arriving, "get in trouble" is not, nor is "get in touch"; "year 4" is pupils, a "Year 4 teacher" or
# "the year 6 team" is staff.
_YEAR_ROLES = ("teacher", "teachers", "ta", "tas", "lead", "leader", "team", "partner")
IDIOMS = {"in": ("trouble", "touch", "contact"), **{str(n): _YEAR_ROLES for n in range(1, 14)}}


def _contains(seq: list[str], phrase: tuple[str, ...], function_words: frozenset[str] = frozenset(),
              determiners: frozenset[str] = frozenset(), times: frozenset[str] = frozenset(),
              idioms: dict[str, frozenset[str]] | None = None) -> bool:
    n = len(phrase)
    if n == 1:
        return phrase[0] in seq
    for i in range(len(seq) - n + 1):
        if tuple(seq[i:i + n]) == phrase:
            after = i + n
            if phrase[-1] in TAKES_NOUN and after < len(seq) and seq[after] not in function_words:
                continue
            if (phrase[-1] in determiners and after < len(seq) and seq[after] in times
                    and not (after + 1 < len(seq) and seq[after + 1].isdigit())):    # "add a year 2 mum"
                continue
            if idioms and after < len(seq) and seq[after] in idioms.get(phrase[-1], ()):
                continue
            return True
    return False


# A phrasal verb ("pin down", "hold back", "take down", "turn down") is read with its object between
# the verb and the particle, as staff say it: "pin a kid down", "hold him back", "take the photo down".
# The object is a pronoun ("write anything up"), or a determiner and up to two words. Not with the
# particles that also begin a place ("put the photos on Facebook", "keep my phone in my pocket", "take my
# coffee out on duty").
PARTICLES = frozenset("down back up off away".split())
OBJECT_PRONOUNS = ("him", "her", "them", "it", "me", "us", "you", "this", "that", "these", "those", "anything",
                   "something", "everything")
NOUN_OPENERS = tuple(w for w in DETERMINERS if w not in ("next", "last")) + ("his", "her", "their", "your", "some")


def _separated(seq: list[str], phrase: tuple[str, ...], pronouns: frozenset[str], openers: frozenset[str]) -> bool:
    verb, particle = phrase
    for i, stem in enumerate(seq[:-2]):
        if stem != verb:
            continue
        if seq[i + 1] in pronouns and seq[i + 2] == particle:
            return True
        if seq[i + 1] in openers:
            for k in (i + 3, i + 4):
                if k < len(seq) and seq[k] == particle and not any(w in PARTICLES for w in seq[i + 2:k]):
                    return True
    return False


# "a subject access request (SAR)", "the Designated Safeguarding Lead (‘DSL’)", "Teaching Assistants
# (TAs)": words, then in brackets a capitalised abbreviation of two to eight letters, two of them capitals
_DEFINED = re.compile(r"((?:[A-Za-z][\w'’&-]*\s+){0,9}[A-Za-z][\w'’-]*)\s*\(\s*[‘“'\"]?((?=[A-Za-z&]*[A-Z][a-z&]*[A-Z])"
                      r"[A-Z][A-Za-z&]{1,7}?)(?:s|’s|'s)?[’”'\"]?\s*\)")
# words an abbreviation may leave out ("Freedom of Information", FOI; "Special Educational Needs and
# Disabilities", SEND keeps the "and"; both are read)
_SMALL = frozenset("of and for the to in on at with a an & or".split())


def _abbreviates(letters: str, parts: list[str]) -> bool:
    """Whether the letters are the initials of the parts (hyphenated words counted part by part:
    "Co-ordinator" gives the "Co" of SENCo), in order, each part giving one, a small word none."""
    @lru_cache(maxsize=None)
    def fits(i: int, j: int) -> bool:
        if j == len(parts):
            return i == len(letters)
        word = parts[j].lower()
        if i < len(letters) and word[:1] == letters[i] and fits(i + 1, j + 1):
            return True
        return word in _SMALL and 0 < j < len(parts) - 1 and fits(i, j + 1)
    return fits(0, 0)


def defined_abbreviations(texts: Iterable[str]) -> Terms:
    """The abbreviations the texts define, each read both ways: ("subject access request", ["SAR"])
    and ("SAR", ["subject access request"]). The words defined are the fewest before the brackets
    whose initials spell it; an abbreviation defined two ways is left out. (At question time the
    defined words never count for more than the abbreviation would: CompiledVocabulary.concepts.)"""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for text in texts:
        if "(" not in text:
            continue
        for m in _DEFINED.finditer(text):
            short = m.group(2)
            letters = short.replace("&", "").lower()
            words = m.group(1).split()
            for k in range(1, len(words) + 1):
                phrase = words[-k:]
                parts = [p for w in phrase for p in re.split(r"[-‐]", w) if p]
                if parts[0].lower() in _SMALL:
                    continue
                if _abbreviates(letters, parts):
                    long = " ".join(w.strip("'’") for w in phrase)
                    if found.get(short, long).lower() != long.lower():
                        clashes.add(short)
                    found.setdefault(short, long)
                    break
    terms: Terms = []
    for short, long in found.items():
        if short not in clashes:
            terms += [(long, [short]), (short, [long])]
    return terms


def load_vocabulary(corpus: Path) -> Vocabulary:
    """corpus/vocabulary.yaml, validated (an empty one when there is none), with the built-in
    everyday list unless the file switches it off."""
    path = Path(corpus) / FILE
    vocab = _read(path) if path.exists() else Vocabulary()
    if vocab.everyday:
        vocab.everyday_terms = everyday_terms()
    return vocab


def everyday_terms() -> Terms:
    """The built-in everyday-English list (bot/data/everyday-en.yaml)."""
    with resources.as_file(resources.files("bot").joinpath(f"data/{EVERYDAY_FILE}")) as path:
        return _read(path, everyday_list=True).terms


def _read(path: Path, everyday_list: bool = False) -> Vocabulary:
    root = yamlfile.compose(path)
    vocab = Vocabulary()
    if root is None:
        return vocab
    fail = yamlfile.failer(path)

    if not isinstance(root, yaml.MappingNode):
        fail(root, "expected `terms:` mapping each policy term to the words staff use for it")
    for key, value in root.value:
        if key.value == "weight":
            try:
                vocab.weight = float(value.value)
            except (TypeError, ValueError):
                fail(value, "weight must be a number between 0 and 1")
            if not 0 < vocab.weight <= 1:
                fail(value, "weight must be a number between 0 and 1")
        elif key.value == "everyday_words" and not everyday_list:
            value_text = str(value.value).strip().lower() if isinstance(value, yaml.ScalarNode) else ""
            if value_text not in ("true", "false", "yes", "no", "on", "off"):
                fail(value, "everyday_words must be true or false")
            vocab.everyday = value_text in ("true", "yes", "on")
        elif key.value == "terms":
            if isinstance(value, yaml.ScalarNode) and value.value in ("", "~", "null"):
                continue
            if not isinstance(value, yaml.MappingNode):
                fail(value, "`terms` must map each policy term to the words staff use for it")
            for term, words in value.value:
                if not isinstance(term, yaml.ScalarNode) or not str(term.value).strip():
                    fail(term, "each term must be a word or phrase")
                if isinstance(words, yaml.ScalarNode):
                    items = [w.strip() for w in str(words.value).split(",")]
                elif isinstance(words, yaml.SequenceNode) and all(isinstance(w, yaml.ScalarNode) for w in words.value):
                    items = [str(w.value).strip() for w in words.value]
                else:
                    fail(words, f"the words for {term.value!r} must be a list or a comma-separated line")
                items = [w for w in items if w]
                if not items:
                    fail(words, f"give at least one staff word for {term.value!r}")
                vocab.terms.append((str(term.value).strip(), items))
        else:
            fail(key, f"unknown key {key.value!r}; use " + ("`terms`" if everyday_list else
                                                             "`weight`, `everyday_words` and `terms`"))
    return vocab
