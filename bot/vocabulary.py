"""Staff words -> policy words: the vocabulary file a policy owner can read and edit.

corpus/vocabulary.yaml maps each term the policies use to the words staff use for it:

    weight: 0.6                      # optional: how much an expansion counts against the user's own words
    terms:
      family members: parents, mums, dads, carers, guardians
      photographs: [pics, photos, selfies, snaps]

At question time every staff word or phrase found in the question adds the policy term's words at
`weight` (the user's own words count 1). The file is validated like the manifest and saved with the
index, so a question is always read with the vocabulary the index was built with.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot import yamlfile
from bot.tokenize import Tokenizer

FILE = "vocabulary.yaml"
DEFAULT_WEIGHT = 0.6


@dataclass
class Vocabulary:
    weight: float = DEFAULT_WEIGHT
    # (policy term as written, staff words/phrases as written)
    terms: list[tuple[str, list[str]]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"weight": self.weight, "terms": [[t, list(ws)] for t, ws in self.terms]}

    @classmethod
    def from_dict(cls, data: dict) -> "Vocabulary":
        return cls(float(data["weight"]), [(str(t), [str(w) for w in ws]) for t, ws in data["terms"]])

    def compile(self, tokenizer: Tokenizer) -> "CompiledVocabulary":
        rules: list[Rule] = []
        for term, staff_words in self.terms:
            target = tuple(dict.fromkeys(tokenizer(term)))
            if not target:
                continue
            for phrase in staff_words:
                match = tuple(tokenizer.all_stems(phrase))
                if match:
                    rules.append(Rule(match, tuple(dict.fromkeys(tokenizer(phrase))), target))
        return CompiledVocabulary(self.weight, rules)


@dataclass(frozen=True)
class Rule:
    match: tuple[str, ...]    # stems of the staff phrase, stopwords included ("friends only")
    source: tuple[str, ...]   # its search terms (stopwords dropped)
    target: tuple[str, ...]   # the policy term's search terms


@dataclass
class Concept:
    """Part of a question that the vocabulary can also express in the policy's words."""

    source: tuple[str, ...]                                   # the question's own terms for it
    alternatives: list[tuple[str, ...]] = field(default_factory=list)


@dataclass
class CompiledVocabulary:
    weight: float
    rules: list[Rule]

    def concepts(self, all_stems: list[str]) -> list[Concept]:
        """The staff words and phrases found in a question (given as the stems of all its words),
        each with the policy terms it stands for."""
        by_source: dict[tuple[str, ...], Concept] = {}
        for rule in self.rules:
            if _contains(all_stems, rule.match):
                concept = by_source.setdefault(rule.source, Concept(rule.source))
                if rule.target not in concept.alternatives and rule.target != rule.source:
                    concept.alternatives.append(rule.target)
        return [c for c in by_source.values() if c.alternatives]


def _contains(seq: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    if n == 1:
        return phrase[0] in seq
    return any(tuple(seq[i:i + n]) == phrase for i in range(len(seq) - n + 1))


def load_vocabulary(corpus: Path) -> Vocabulary:
    """corpus/vocabulary.yaml, validated; an empty vocabulary when there is none."""
    path = Path(corpus) / FILE
    if not path.exists():
        return Vocabulary()
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
            fail(key, f"unknown key {key.value!r}; use `weight` and `terms`")
    return vocab
