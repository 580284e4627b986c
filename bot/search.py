"""Question -> ranked clauses, or an honest "the policies don't cover this".

1. The question's terms: Slack markup and chat filler dropped, stemmed like the clauses, a
   misspelt word read as the policy word one typo away, or spelt as it sounds (bot.spelling).
2. Vocabulary concepts: staff words ("dad", "insta") stand for policy terms ("family members",
   "social media"); a concept scores the better of the staff words' own match and the policy
   term's, at the vocabulary weight — never both.
3. Relevance: rank-bm25's BM25Plus scores over the clause text (from precomputed postings, see
   bot.postings), plus the clause's heading (and policy title) as a lighter second field. Clauses
   that direct parents, pupils or visitors rather than staff (bot.audience) count less.
   Clauses are ranked by relevance x coverage ** COORDINATION (coverage: step 5), so of two
   about equally relevant clauses the one holding more of the question comes first.
4. Scope: only the policies asked for (a school's channel sees its own policies); with several in
   scope an answer can show each policy's best clauses, so staff see where they differ.
5. Abstention: the best clause's confidence — the share of the question's information (idf, at
   least TOPIC_WEIGHT for a word of a policy's title, and the words it repeats) it holds (with the
   question heading it on an FAQ page), discounted when the evidence is thin — must reach
   MIN_CONFIDENCE. A share in [0, 1], unlike raw BM25 scores, which grow with the question's length.
"""
from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass

import numpy as np

from bot.audience import AUDIENCES, group_words, groups_in, named_as_actors, people_named
from bot.errors import QuestionError
from bot.index import Index
from bot.models import Answer, Result
from bot.questions import defined_term, searchable, story_words
from bot.spelling import by_sound, is_english, sounds_like
from bot.tokenize import CLOCK_TIME, TIME_SPAN, asks_the_time, words
from bot.vocabulary import DOCUMENTS, EVERYDAY, INTENSIFIERS, ORGANISATION, Concept

MAX_QUESTION_TERMS = 256
# A cited section ("section 7.3 says...") is the answer when its clause has this share of the idf weight
# of the question's other words that the policies have (Searcher._about_the_question).
CITED_SHARE = 0.5
# A message of at most THANKS_WORDS words that says thank you ("cheers mate", "sorted, thanks") is
# a thank-you, not a question: its other words ("mate") are not searched. "Ta" is thanks only as
# "ta", "ta for that" or "ta very much": staff ask "ok to friend a TA?".
THANKS = frozenset("thanks thank thankyou thx thnx thanx ty cheers".split())
THANKS_WORDS = 3
# Unknown words at least this long are read as a misspelling of a policy word one typo away, unless
# the vocabulary knows them ("contract" is not a typo of "contact").
MIN_TYPO_LENGTH = 6
# A word no clause has that is two words the policies write side by side ("staffroom" for "staff
# room", "noticeboard", "lunchtime"), or two words of a question that a policy writes as one ("head
# teacher", "work place"), is read as the policies write it. Each part has this many letters at least.
MIN_COMPOUND_PART = 3
# At most this many clauses holding both parts are read to find them side by side.
COMPOUND_ROWS = 200
# A clause holding only some words of a phrase the question uses ("friends" for "friend request")
# gets this share of their score.
PARTIAL_PHRASE = 0.5
# A policy term standing in for staff words carries their information: its score is scaled by how
# much rarer (idf) the staff words are than it, up to this factor.
MAX_MASS_SCALE = 1.5
# Staff ask about their own conduct. A clause that directs parents, pupils or visitors ("Parents must
# not post pictures of pupils...", bot.audience) counts OTHERS_WEIGHT of its relevance, so the staff
# clause on the same thing comes first; NAMED_WEIGHT when the question names that group as who acts
# ("a mum has posted...", "can parents..."; not "groups with parents"), where their clause may well be
# the answer. Chosen on the development
# questions and our own, and lowered from 0.5 for a parents' clause that holds every word of a staff
# question ("can I post pics of the kids on insta?"; see README, Answer quality).
OTHERS_WEIGHT = 0.35
NAMED_WEIGHT = 0.8
# How much a match in the clause's heading (or its policy's title) counts, against one in its text.
HEADING_WEIGHT = 0.3
# On an FAQ page (headings that are questions) the question is part of its answer's text.
QUESTION_HEADING_WEIGHT = 0.6
# Abstention: the best clause's confidence (the share of the question's information it holds,
# discounted when its evidence is thin) must reach this, or the answer is "not covered"...
MIN_CONFIDENCE = 0.30
# ...where full evidence is EVIDENCE full matches of a word that only one clause has.
EVIDENCE = 1.0
# Coverage weighs each word by idf ** COVERAGE_POWER, so the question's rare words decide it,
# times the times the question uses it (up to MAX_REPEATS): a word it repeats is what it is about
# ("where do we park when the staff car park is full?" is about parking, not staff).
COVERAGE_POWER = 1.5
MAX_REPEATS = 2
# ...except what a policy is about: a word of a policy's title ("smoke" in "Smoke-free and Vape-free
# Site Policy") counts in coverage at least as much as a word in one clause in ten
# (log(1 + 10)). In a library of one policy on smoking, "smoke" is in nearly every clause and
# would carry none of the question's information, so its other words ("school fair", "stand")
# decided, and "can I smoke at the school fair if I stand at the back of the field?" was refused.
# Not the words every title has (DOCUMENT_WORDS), nor a title's words where the question names a
# document by them ("does the social media policy apply to me?": which document, not what about).
# Relevance is unchanged; ranking moves only by coverage's small part in it (COORDINATION). Measured
# on every set (README, Answer quality).
TOPIC_WEIGHT = math.log(11.0)
DOCUMENT_WORDS = ("policy policies procedure procedures guidance guide guidelines staff school schools academy "
                  "academies trust federation handbook code protocol statement and for of the on in to at with "
                  "use using including")
POLICY_WORDS = "policy policies guidance procedure procedures"    # what a question names a document as
# Ranking: relevance x coverage ** COORDINATION. Among clauses about equally relevant, the one that
# holds more of the question's information comes first ("a dad added me": the clause on family
# members, not the shorter one on pupils' friend requests). Small, so BM25 still decides; chosen on
# the development questions, our own and the handbook (README, Answer quality).
COORDINATION = 0.15
# Ranking, too: a clause gains SECTION_WEIGHT of the best relevance under its heading, so of two
# about equally relevant clauses, the one whose section is about the question comes first (a clause
# that mentions Facebook in passing, in a section on something else, yields to one under the
# section on personal social media). Within a section it changes nothing, and confidence ignores it.
# 0.1-0.2 is a plateau on every yardstick (README, Answer quality).
SECTION_WEIGHT = 0.15
# Ranking, too: when a question names some of parents, pupils and colleagues, a clause that names
# only the others counts OTHER_GROUP_WEIGHT of its relevance ("a parent sent me a friend request": the
# clause on contact with pupils' family members before "decline friend requests from pupils"; "a new
# TA sent me one": the clause on work colleagues); a pupil who only says whose parent it is ("my
# pupil's mum") and the asker's own role ("I'm a TA") do not count as named (bot.audience.people_named).
# Confidence ignores it. 0.6-0.8 is a plateau (README, Answer quality).
OTHER_GROUP_WEIGHT = 0.8
# the groups a question and a clause are compared on
PEOPLE = ("parents", "pupils", "colleagues")
# When the library as a whole covers a question, a policy in scope whose wording matches it less
# closely is still quoted if its best clause reaches this share of the confidence needed.
SCOPED_SHARE = 0.5
# A clause is shown only if its relevance is at least this share of the best one's.
MIN_RELATIVE = 0.35
# Relevance is summed in float32: half the memory traffic of float64 at a million clauses, and
# far finer than any difference that decides a ranking. (bm25_scores() stays float64, for parity.)
SCORE_DTYPE = np.float32
# At most this many clauses (the most relevant) are considered in full for an answer.
CANDIDATES = 300
# Ranking, too: when a question asks what a word means ("what counts as fraud?", bot.questions), the
# clauses worth showing that define it ("Fraud is dishonestly making...", "A subject access request
# (SAR) is...", "Social media: websites and apps...") come first: their rank gains the best rank
# (DEFINITION_FIRST). The word defined must be the word asked about, no more and no less ("Every
# member of staff is responsible..." does not define staff), but for its endings ("bribe",
# "Bribery is...") or its abbreviation in brackets. Confidence ignores it. Gaining only half their
# rank moved 18 pairs up and 1 down over every set; coming first, 12 more up and 2 down (README,
# Answer quality).
DEFINITION_FIRST = True
_DEFINES = re.compile(r"^\W*(?:the\s+(?:term|word|phrase)s?\s+)?(?:an?\s+|the\s+)?[\"'\u2018\u201c]?"
                      r"(?P<head>[^\W\d][^\"'\u2019\u201d:;,.()\u2013\u2014]{0,60}?)[\"'\u2019\u201d]?"
                      r"(?:\s*\((?P<short>[^)]{1,20})\))?\s*"
                      r"(?:is|are|means|mean|includes|include|refers\s+to|covers|describes|:|\u2013|\u2014|-)\s", re.I)
MIN_STEM_PREFIX = 4


@dataclass
class Scored:
    row: int
    score: float       # the ranking score: relevance x coverage ** COORDINATION, plus BM25Plus's constant; a
    #                    definition asked for gains the best one's (DEFINITION_FIRST)
    relevance: float   # BM25 score above what a clause sharing no term with the question gets
    coverage: float    # share of the question's idf weight that the clause contains
    confidence: float  # coverage, discounted when the evidence (relevance) is thin; in [0, 1]


class Searcher:
    """Answers questions from one loaded index. Read-only and safe to share between threads."""

    def __init__(self, index: Index, use_vocabulary: bool = True, use_everyday: bool = True):
        """use_vocabulary: the organisation's vocabulary file; use_everyday: the built-in
        everyday-English list (when the index was built with it). Both are for measuring."""
        self.index = index
        # the abbreviations the policies define are the policies' own words, read with or without the lists
        self.origins = frozenset([ORGANISATION] * use_vocabulary + [EVERYDAY] * use_everyday + [DOCUMENTS])
        self.body = index.body
        self.n = index.body.n
        self.staff_words = {r.match[0] for r in index.vocabulary.rules if len(r.match) == 1}
        # every word the vocabulary knows, staff's or the policies' ("contract"): a word, not a typo
        self.known_words = {t for r in index.vocabulary.rules for t in (*r.match, *r.target)}
        self._stems: dict[str, list[str]] | None = None
        self._sounds: dict[str, list[str]] | None = None     # policy terms by sound (bot.spelling)
        self._respellings: dict[str, str | None] = {}          # a cache, as _compounds
        # "staffroom" -> ("staff", "room"), or None: a cache (threads that race fill in the same value)
        self._compounds: dict[str, tuple[str, str] | None] = {}
        self._sections: dict[str, list[int]] | None = None     # "7.10" -> its clauses' rows
        self._typical_idf: float | None = None
        self._topics: frozenset[str] | None = None
        self._citation_words: frozenset[str] | None = None    # stems that place a citation, not its topic
        tok = index.tokenizer
        self._policy_stems = frozenset(tok(POLICY_WORDS))
        # the stems that name parents, and pupils, that the policies' text has
        self._group_stems = {g: sorted(t for t in {tok.stem(w) for w in group_words(g)} if self.body.df(t))
                             for g in PEOPLE}
        # words that cannot be the noun a vocabulary phrase's last word takes (bot.vocabulary)
        self._function_stems = frozenset(tok.stem(w) for w in tok.fillers)
        # Relevance worth full confidence: EVIDENCE full matches of a term that only one clause has.
        self.evidence_unit = EVIDENCE * math.log(1.0 + self.n)
        self._local = threading.local()
        self._run_of_row = np.repeat(np.arange(len(index.head_lengths), dtype=np.int32), index.head_lengths)
        ordered = sorted(index.policy_rows.items(), key=lambda kv: kv[1].start)
        self._policy_ids = [pid for pid, _ in ordered]
        self._policy_starts = np.array([r.start for _, r in ordered], dtype=np.int64)
        # heading runs whose heading is a question (an FAQ page), or None when the library has none
        asks = index.head_questions
        self._question_runs = asks.astype(bool) if asks is not None and asks.any() else None
        codes = index.audience
        self._audience_rows = {} if codes is None else {
            audience: rows for k, audience in enumerate(AUDIENCES) if k
            and len(rows := np.flatnonzero(codes == k))}

    # -- weights -------------------------------------------------------------------------------
    def weight(self, term: str) -> float:
        """Information in a term: rare terms weigh most. A word no clause has counts as much as the
        rarest word they have: it may be the point of the question ("payday") or chatter."""
        return math.log(1.0 + self.n / (max(1, self.body.df(term)) + 0.5))

    def query_terms(self, question: str) -> list[str]:
        """The question's search terms, each misspelt word ("freind") read as the policy word it
        nearly is, when the policies and the vocabulary know only that word."""
        return list(self.term_counts(question))

    def term_counts(self, question: str) -> dict[str, int]:
        """The question's search terms (in order) and how often it uses each."""
        question_words = words(searchable(question))
        return self._term_counts(question_words, self._phrased(self.concepts(question_words)), _introduced(question),
                                 _asked(question))

    def _term_counts(self, question_words: list[str], phrased: frozenset[str] = frozenset(),
                     introduced: frozenset[str] = frozenset(), asked: frozenset[str] = frozenset()) -> dict[str, int]:
        """phrased: stems the vocabulary reads in the question (_phrased: "look through" our emails),
        which are kept even where a word of the story around a question would be dropped.
        introduced: the words of the role the asker introduces themselves by ("head of drama"), which
        are story words too. asked: CLOCK_TIME when the question asks the time ("what time do I have
        to be in?"): then the time is what it is about, and a library that gives no times does not
        answer it; a time the question gives ("can I stay until 9pm?") is a detail."""
        tok = self.index.tokenizer
        counts: dict[str, int] = {}
        for word in question_words:
            if word in tok.fillers:
                continue
            term = tok.stem(word)
            # a heading or title word ("policy") is a word, not a typo of another ("police")
            if term not in self.body.terms and term not in self.index.head.terms:
                story = (word in tok.context or word in introduced) and term not in phrased
                if term in self.staff_words:
                    if story and word in tok.context:
                        continue    # "last night" in a library with nothing about overnight stays
                else:
                    if not word.isalpha() or (word in (CLOCK_TIME, TIME_SPAN) and word not in asked) or story:
                        continue    # a time, price or number no policy has ("10pm", "50"), or the story
                                    # around the question ("last night", "years ago"): detail, not topic
                    term = self._respelt(word) or term
            if term not in counts and len(counts) >= MAX_QUESTION_TERMS:
                break
            counts[term] = counts.get(term, 0) + 1
        return counts

    def _phrased(self, concepts: list[Concept]) -> frozenset[str]:
        """The stems the vocabulary read in a question, as staff words or in a phrase ("look through"
        our emails is monitoring), where the library has what they stand for: "last night" is still
        the story around a question in a library with nothing about overnight stays."""
        return frozenset(t for c in concepts
                         if any(all(u in self.body.terms for u in alt) for alt in c.alternatives)
                         for t in c.source)

    def _spelling(self, word: str) -> str | None:
        """The policy word one typo away (a swapped, missing, extra or wrong letter, first letter
        kept): "freind" -> friend, "pasword" -> password. Short words are left alone ("inset"),
        unless a word of one letter less is no English word at all ("socal" -> social)."""
        if not word.isalpha() or len(word) < MIN_TYPO_LENGTH - 1:
            return None
        if len(word) < MIN_TYPO_LENGTH and is_english(word):
            return None
        stem = self.index.tokenizer.stem(word)
        if len(stem) < MIN_TYPO_LENGTH - 1:
            return None     # one edit of a short stem reaches other words: "missed" (miss) is not "misuse"
        if self._stems is None:
            buckets: dict[str, list[str]] = {}
            for t in sorted(self.body.terms):
                if len(t) >= 4 and t.isalpha():
                    buckets.setdefault(t[0], []).append(t)
            self._stems = buckets
        for candidate in self._stems.get(stem[0], ()):
            if abs(len(candidate) - len(stem)) <= 1 and _one_typo(stem, candidate):
                return candidate
        return None

    def _respelt(self, word: str) -> str | None:
        """The policy term a word no policy has is a misspelling of, one typo away or spelt as it
        sounds; None for a word the policies or the vocabulary have, a compound of two, a stopword
        or chat filler (so most questions never load the English word list: bot.spelling)."""
        if word in self._respellings:
            return self._respellings[word]
        tok = self.index.tokenizer
        term = tok.stem(word)
        found = None
        if (word.isalpha() and word not in tok.stopwords and word not in tok.fillers
                and term not in self.body.terms and term not in self.index.head.terms
                and term not in self.known_words and not self._split(word)):
            found = self._spelling(word) or self._by_ear(word)
        if len(self._respellings) < 10_000:
            self._respellings[word] = found
        return found

    def _by_ear(self, word: str) -> str | None:
        """The policy word a word no English word list has sounds like: "fotos" -> photo,
        "privasy" -> privacy (bot.spelling)."""
        if self._sounds is None:
            self._sounds = by_sound(self.body.terms)
        return sounds_like(word, self.index.tokenizer.stem(word), self._sounds)

    def _split(self, word: str) -> tuple[str, str] | None:
        """The two policy words a word no clause has is made of, when some clause has them side by
        side: "staffroom" -> ("staff", "room"), "noticeboards" -> ("notice", "board")."""
        if word in self._compounds:
            return self._compounds[word]
        tok = self.index.tokenizer
        found = None
        if word.isalpha() and len(word) >= 2 * MIN_COMPOUND_PART:
            for i in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
                a, b = word[:i], word[i:]
                if a in tok.stopwords or b in tok.stopwords:
                    continue
                sa, sb = tok.stem(a), tok.stem(b)
                if self.body.df(sa) and self.body.df(sb) and self._side_by_side(sa, sb):
                    found = (sa, sb)
                    break
        if len(self._compounds) < 10_000:
            self._compounds[word] = found
        return found

    def _side_by_side(self, first: str, second: str) -> bool:
        """Some clause has the two stems as neighbouring words ("staff room")."""
        rows = self.body.postings(first)[0]
        rows = rows[self.body.contains(second, rows.astype(np.int64))][:COMPOUND_ROWS]
        tok = self.index.tokenizer
        for row in rows:
            stems = [tok.stem(w) for w in words(self.index.clauses[int(row)].text)]
            if any(x == first and y == second for x, y in zip(stems, stems[1:])):
                return True
        return False

    def _compound_concepts(self, question_words: list[str]) -> list[Concept]:
        """The compounds of a question, as concepts: a word no clause has stands for the two words
        a policy writes ("staffroom" -> "staff room"); two words stand for the one a policy writes
        ("head teacher" -> "headteacher")."""
        tok = self.index.tokenizer
        known = lambda t: self.body.df(t) or t in self.index.head.terms
        out = []
        for word in dict.fromkeys(question_words):
            stem = tok.stem(word)
            if not known(stem) and (parts := self._split(word)):
                out.append(Concept((stem,), [parts]))
        for a, b in zip(question_words, question_words[1:]):
            if (min(len(a), len(b)) >= MIN_COMPOUND_PART and a.isalpha() and b.isalpha()
                    and a not in tok.stopwords and b not in tok.stopwords):
                joined = tok.stem(a + b)
                if self.body.df(joined) and joined not in (tok.stem(a), tok.stem(b)):
                    out.append(Concept((tok.stem(a), tok.stem(b)), [(joined,)]))
        return out

    def check_scope(self, policies: list[str] | None) -> list[str]:
        known = self.index.policies
        if not policies:
            return list(known)
        unknown = [p for p in policies if p not in known]
        if unknown:
            raise QuestionError(f"unknown policy id {', '.join(repr(p) for p in unknown)}; "
                                f"known ids: {', '.join(sorted(known))}")
        return list(dict.fromkeys(policies))

    def policy_at(self, row: int) -> str:
        return self._policy_ids[int(np.searchsorted(self._policy_starts, row, side="right")) - 1]

    # -- scoring -------------------------------------------------------------------------------
    def concepts(self, question_words: list[str]) -> list[Concept]:
        """The vocabulary concepts in a question, given as its words (Slack markup already dropped)."""
        compounds = self._compound_concepts(question_words)
        tok = self.index.tokenizer
        stems = [self._respelt(w) or tok.stem(w) for w in question_words]
        plain = [t for w, t in zip(question_words, stems) if w not in INTENSIFIERS]   # "looks really wrong"
        found = self.index.vocabulary.concepts(stems, self.origins, self._function_stems,
                                               plain if len(plain) < len(stems) else None)
        taken = {t for c in found for t in c.source}
        return found + [c for c in compounds if not taken & set(c.source)]

    def idf_or_typical(self, term: str) -> float:
        """A term's idf in the index; for a word no clause has, the median idf (a typical word)."""
        idf = self.body.idf_of(term)
        if idf is not None:
            return idf
        if self._typical_idf is None:
            self._typical_idf = float(np.median(self.body.idf)) if len(self.body.idf) else 1.0
        return self._typical_idf

    def bm25_scores(self, terms: list[str]) -> np.ndarray:
        """rank-bm25's BM25Plus get_scores(terms) for every clause, from the postings."""
        total = np.zeros(self.n)
        for t in terms:
            self.body.relevance(t, out=total)
        return total + self._base(terms)

    def _base(self, terms: list[str]) -> float:
        delta = float(self.index.params["bm25"]["delta"])
        return delta * sum(self.body.idf_of(t) or 0.0 for t in terms)

    def relevance(self, terms: list[str], concepts: list[Concept],
                  named: set[str] = frozenset()) -> tuple[np.ndarray, float]:
        """Per-clause relevance, and the constant that turns it into rank-bm25's own score.

        The question's own terms score as BM25 over the clause text, plus the heading field. A
        vocabulary concept ("parent" -> "family members") *substitutes* for its staff words: the
        concept scores the better of the staff words' own match and the policy term's match at the
        vocabulary weight, never both. So a clause that says "parents, family members" gets no
        double credit, and expansions never outweigh the words the user actually typed.

        Clauses that direct parents, pupils or visitors count OTHERS_WEIGHT of their relevance, or
        NAMED_WEIGHT when the question names that group as who acts (`named`, from
        bot.audience.named_as_actors: "a mum has posted...", not "WhatsApp groups with parents").

        Work is proportional to the postings touched: heading scores are kept per heading run and
        spread over the clauses once, and a concept is evaluated only on the clauses holding one of
        its words (for the others only its heading part can differ, which is per run).
        """
        head = self.index.head
        use_head = bool(HEADING_WEIGHT) and head.n > 0
        buffers = self._buffers()
        in_concept = {t for c in concepts for t in c.source}
        total = buffers.take()
        per_run = np.zeros(head.n, dtype=SCORE_DTYPE)   # heading contributions, one per heading run
        for t in terms:                            # free terms go straight into one array
            if t not in in_concept:
                self.body.relevance(t, out=total)
                if use_head:
                    head.relevance(t, out=per_run, weight=HEADING_WEIGHT)
        weight = self.index.vocabulary.weight
        for concept in concepts:
            options: list[tuple[tuple[str, ...], float]] = [(concept.source, 1.0)]
            source_mass = sum(self.idf_or_typical(t) for t in concept.source)
            for alt in concept.alternatives:
                alt_mass = sum(self.idf_or_typical(u) for u in alt) or 1.0
                if alt in concept.same:       # "Disclosure and Barring Service" for DBS: no more than DBS
                    options.append((alt, weight * min(1.0, source_mass / alt_mass)))
                else:
                    options.append((alt, weight * min(MAX_MASS_SCALE, max(1.0, source_mass / alt_mass))))
            rows = self._union_rows({t for words, _ in options for t in words})
            phrase = len(concept.source) > 1
            whole = None                           # a clause with only some words of a phrase
            if phrase:
                whole = np.logical_and.reduce([self.body.contains(t, rows) for t in concept.source])
            run_rows = self._run_of_row[rows]
            best_run = None                        # the concept's best option where only headings match
            best_rows = None                       # and where the clause text matches too
            for n, (words_, w) in enumerate(options):
                head_run = np.zeros(head.n, dtype=SCORE_DTYPE)
                if use_head:
                    for t in words_:
                        if head.df(t):
                            head.relevance(t, out=head_run, weight=HEADING_WEIGHT * w)
                buf = buffers.take_clean()
                for t in words_:
                    self.body.relevance(t, out=buf, weight=w)
                values = buf[rows] + head_run[run_rows]
                buf[rows] = 0.0
                buffers.give_clean(buf)
                if n == 0 and phrase:
                    values = np.where(whole, values, PARTIAL_PHRASE * values)
                    head_run = PARTIAL_PHRASE * head_run
                elif len(words_) > 1 and words_ in concept.same:
                    # the words an abbreviation stands for are one name: "information" alone is not FOI,
                    # and a heading's words are not counted for it
                    spelt_out = np.logical_and.reduce([self.body.contains(t, rows) for t in words_])
                    values = np.where(spelt_out, values, 0.0)
                    head_run = np.zeros_like(head_run)
                best_run = head_run if best_run is None else np.maximum(best_run, head_run)
                best_rows = values if best_rows is None else np.maximum(best_rows, values)
            per_run += best_run
            if len(rows):
                total[rows] += best_rows - best_run[run_rows]
        if use_head and self._question_runs is not None:
            # on an FAQ page the question heading is part of its answer: its words count for more
            per_run[self._question_runs] *= QUESTION_HEADING_WEIGHT / HEADING_WEIGHT
        if use_head and per_run.any():
            scratch = buffers.take_clean()
            np.take(per_run, self._run_of_row, out=scratch)   # each clause gets its heading runs' score
            total += scratch
            scratch.fill(0.0)
            buffers.give_clean(scratch)
        for audience, rows in self._audience_rows.items():
            total[rows] *= NAMED_WEIGHT if groups_in(audience) & named else OTHERS_WEIGHT
        return total, self._base(terms)

    def _union_rows(self, terms: set[str]) -> np.ndarray:
        """The clauses holding any of the terms, ascending."""
        lists = [self.body.postings(t)[0] for t in terms]
        lists = [d for d in lists if len(d)]
        if not lists:
            return np.zeros(0, dtype=np.int64)
        if len(lists) == 1:
            return lists[0].astype(np.int64)
        size = sum(len(d) for d in lists)
        if size * 8 < self.n:
            return np.unique(np.concatenate(lists)).astype(np.int64)
        mark = np.zeros(self.n, dtype=bool)
        for d in lists:
            mark[d] = True
        return np.flatnonzero(mark)

    def _buffers(self) -> "_Buffers":
        """Per-thread scratch arrays of one float per clause, reused across questions: allocating
        fresh megabytes for every question costs more than the arithmetic at a million clauses."""
        pool = getattr(self._local, "pool", None)
        if pool is None:
            pool = self._local.pool = _Buffers(self.n)
        return pool

    def is_thanks(self, question: str) -> bool:
        """A short thank-you ("cheers mate", "ta for that"): nothing to search for."""
        return self._thanks(words(searchable(question)))

    def _thanks(self, question_words: list[str]) -> bool:
        said = [w for w in question_words if w not in self.index.tokenizer.stopwords]
        return len(said) <= THANKS_WORDS and bool(THANKS & set(said) or (
            question_words[:1] == ["ta"] and question_words[1:2] in ([], ["for"], ["very"], ["so"])))

    def _prepare(self, question_words: list[str], introduced: frozenset[str] = frozenset(),
                 asked: frozenset[str] = frozenset(), defined: list[str] | None = None):
        concepts = self.concepts(question_words)
        counts = self._term_counts(question_words, self._phrased(concepts), introduced, asked)
        for concept in concepts:          # "on my own": a phrase of small words is a term of its own
            for t in concept.source:
                if " " in t:
                    counts.setdefault(t, 1)
        terms = list(counts)
        if not terms:
            return None
        named = people_named(question_words)
        relevance, base = self.relevance(terms, concepts, named_as_actors(question_words))
        stands_for: dict[str, list[tuple[str, ...]]] = {}
        for concept in concepts:
            for t in concept.source:
                stands_for.setdefault(t, []).extend(concept.alternatives)
        topics = self._topic_terms() - self._naming_the_policy(question_words)
        term_weight = {t: max(self.weight(t), TOPIC_WEIGHT if t in topics else 0.0) ** COVERAGE_POWER
                       * min(counts[t], MAX_REPEATS) for t in terms}
        people = [g for g in PEOPLE if g in named]
        return terms, relevance, base, stands_for, term_weight, people, defined

    def _naming_the_policy(self, question_words: list[str]) -> set[str]:
        """The words a question names a policy by ("does the social media policy apply to me?"): up to
        three words just before "policy", which say which document, not what it is asked about."""
        stems = self.index.tokenizer(" ".join(question_words))
        named: set[str] = set()
        for k, t in enumerate(stems):
            if t in self._policy_stems:
                named.update(stems[max(0, k - 3):k])
        return named

    def _topic_terms(self) -> frozenset[str]:
        """The words of the policies' titles, but for DOCUMENT_WORDS: what the library is about."""
        if self._topics is None:
            tok = self.index.tokenizer
            generic = set(tok(DOCUMENT_WORDS))
            self._topics = frozenset(t for p in self.index.policies.values() for t in tok(p.title or "")
                                     if t not in generic)
        return self._topics

    def _ranked(self, prepared, scope: list[str]) -> list[Scored]:
        """The clauses in scope worth showing, best first: those within MIN_RELATIVE of the best one
        (at most CANDIDATES), each with its coverage and confidence."""
        terms, relevance, base, stands_for, term_weight, people, defined = prepared
        if len(scope) == len(self.index.policies):
            best = float(relevance.max()) if self.n else 0.0
            if best <= 0:
                return []
            rows = np.flatnonzero(relevance >= MIN_RELATIVE * best)
        else:
            ranges = [self.index.policy_rows[p] for p in scope]
            best = max((float(relevance[r.start:r.stop].max()) for r in ranges if len(r)), default=0.0)
            if best <= 0:
                return []
            rows = np.concatenate([r.start + np.flatnonzero(relevance[r.start:r.stop] >= MIN_RELATIVE * best)
                                   for r in ranges if len(r)])
        if len(rows) > CANDIDATES:
            rows = rows[np.argpartition(-relevance[rows], CANDIDATES)[:CANDIDATES]]
        covered = np.zeros(len(rows))
        # On an FAQ page the heading is the question its clauses answer ("Am I automatically in a
        # pension scheme?"), so a question word in it is held by them; a section title ("PERSONAL USE
        # OF SOCIAL MEDIA") is too broad for that, and counts only in relevance.
        runs = asks = None
        if self._question_runs is not None:
            runs = self._run_of_row[rows]
            asks = self._question_runs[runs]
            if not asks.any():
                asks = None
        for t, w in term_weight.items():
            has = self.body.contains(t, rows)
            if asks is not None and self.index.head.df(t):
                has |= asks & self.index.head.contains(t, runs)
            for alt in stands_for.get(t, ()):
                has |= np.logical_and.reduce([self.body.contains(u, rows) for u in alt])
            covered += w * has
        coverage = covered / sum(term_weight.values())
        rel = relevance[rows]
        confidence = coverage * np.minimum(1.0, rel / self.evidence_unit)
        if people:                      # the question names some of parents, pupils and colleagues
            rel = np.where(self._names_only_others(people, rows), OTHER_GROUP_WEIGHT * rel, rel)
        rank = (rel + SECTION_WEIGHT * _best_of_group(rel, self._run_of_row[rows])) \
            * np.power(np.maximum(coverage, 1e-9), COORDINATION)
        if defined and DEFINITION_FIRST:
            rank = np.where([self._defines(int(r), defined) for r in rows], rank + rank.max(), rank)
        order = np.lexsort((rows, -rank))
        return [Scored(int(rows[i]), float(rank[i] + base), float(rel[i]), float(coverage[i]), float(confidence[i]))
                for i in order]

    def _defines(self, row: int, defined: list[str]) -> bool:
        """Whether a clause opens by defining the word a question asks about (DEFINITION_FIRST)."""
        m = _DEFINES.match(self.index.clauses[row].text)
        if not m:
            return False
        tok = self.index.tokenizer
        return any(heads and _same_stems(tok(heads), defined)
                   for heads in (m.group("head"), m.group("short")))

    def _names_only_others(self, named: list[str], rows: np.ndarray) -> np.ndarray:
        """For each clause, whether it names a group of PEOPLE and none of the `named` ones."""
        def names(g: str) -> np.ndarray:
            found = np.zeros(len(rows), dtype=bool)
            for t in self._group_stems[g]:
                found |= self.body.contains(t, rows)
            return found
        others = [g for g in PEOPLE if g not in named]
        if not others:                  # the question names every group: none is the other one
            return np.zeros(len(rows), dtype=bool)
        return np.logical_or.reduce([names(g) for g in others]) & ~np.logical_or.reduce([names(g) for g in named])

    def search(self, question: str, policies: list[str] | None = None, top: int = 3,
               per_policy: bool = False) -> Answer:
        """Rank clauses for a question.

        per_policy=False: the `top` best clauses overall. per_policy=True: for each policy in scope
        that covers the question, its `top` best clauses, policies ordered by their best clause —
        what staff comparing several policies need to see.
        """
        question = question if isinstance(question, str) else str(question)
        if not question.strip():
            raise QuestionError("the question is empty: ask something like "
                                "\"Can I accept a parent's friend request?\"")
        if top < 1:
            raise QuestionError("--top must be at least 1")
        scope = self.check_scope(policies)
        question_words = words(searchable(question))
        if self._thanks(question_words):
            return Answer(question, True, [], "That reads as a thank-you: you're welcome. Ask me anything else about the policies.", thanks=True)
        cited = self._about_the_question(question, self.cited_sections(question, scope))
        if cited:
            return Answer(question, False, cited[:top * len(scope)] if per_policy else cited[:top])
        prepared = self._prepare(question_words, _introduced(question), _asked(question),
                                 self.index.tokenizer(defined_term(question)))
        if prepared is None:
            return Answer(question, True, [], "The question has no words the policies could be searched for.")
        try:
            return self._answer(question, prepared, scope, top, per_policy)
        finally:
            self._buffers().give(prepared[1])

    def cited_sections(self, question: str, scope: list[str]) -> list[Result]:
        """The clauses of the sections a question cites by number ("what does 7.10 mean?", "section
        6.4 of the Balfour policy"): staff quoting a policy want that paragraph, whatever its words.
        Only numbers with a dot that are sections of a policy in scope count (not "£7.50", "2.30pm");
        when the question names a policy ("Balfour"), only that policy's section."""
        numbers = {m.group(1) for m in _CITED.finditer(question)}
        if not numbers:
            return []
        if self._sections is None:
            sections: dict[str, list[int]] = {}
            for row, clause in enumerate(self.index.clauses):
                if clause.section and "." in clause.section:
                    sections.setdefault(clause.section, []).append(row)
            self._sections = sections
        rows = [r for n in sorted(numbers) for r in self._sections.get(n, ())
                if self.index.clauses[r].policy_id in scope]
        named = _named_policies(question, scope)
        if named and any(self.index.clauses[r].policy_id in named for r in rows):
            rows = [r for r in rows if self.index.clauses[r].policy_id in named]
        rows.sort(key=lambda r: (scope.index(self.index.clauses[r].policy_id), r))
        return [Result(self.index.clauses[r], self.index.policies[self.index.clauses[r].policy_id], 1.0, 1.0)
                for r in rows]

    def _about_the_question(self, question: str, cited: list[Result]) -> list[Result]:
        """Of the sections a question cites, those its other words are about: "section 7.3 says it's 'a
        good idea to use a separate email address'" cites Balfour's 7.3, not Southfield's 7.3 on
        official sites, whose words it does not have; where none is, the question is searched as any
        other. A question with no other words the policies have ("is 6.4 a must?") keeps them all."""
        if not cited:
            return cited
        tok = self.index.tokenizer
        if self._citation_words is None:
            self._citation_words = frozenset(
                {t for pid in self.index.policies for t in tok(pid.replace("-", " "))} | set(tok(_CITATION_WORDS)))
        terms = [t for t in self.query_terms(question)
                 if self.body.df(t) and not t.isdigit() and t not in self._citation_words]
        if not terms:
            return cited
        total = sum(self.weight(t) for t in terms)
        kept = []
        for result in cited:
            has = set(tok(result.clause.text))
            if sum(self.weight(t) for t in terms if t in has) >= CITED_SHARE * total:
                kept.append(result)
        return kept

    def _answer(self, question: str, prepared, scope: list[str], top: int, per_policy: bool) -> Answer:
        ranked = self._ranked(prepared, scope)
        partial = len(scope) < len(self.index.policies)
        needed = MIN_CONFIDENCE * (SCOPED_SHARE if partial else 1.0)
        covered = bool(ranked) and max(s.confidence for s in ranked) >= needed
        if covered and partial:        # the library as a whole must cover the question
            everywhere = self._ranked(prepared, list(self.index.policies))
            covered = bool(everywhere) and max(s.confidence for s in everywhere) >= MIN_CONFIDENCE
        if not covered:
            return Answer(question, True, [], "The policies don't seem to cover this.")
        # every clause in `ranked` already has at least MIN_RELATIVE of the best one's relevance;
        # a policy the question names ("what does the Southfield policy say...?") comes first
        named = _named_policies(question, scope)
        if named:
            ranked.sort(key=lambda s: self.policy_at(s.row) not in named)      # stable: best first within
        if per_policy:
            groups: dict[str, list[Scored]] = {}
            for s in ranked:
                groups.setdefault(self.policy_at(s.row), []).append(s)
            chosen = []
            for group in groups.values():
                if group[0].confidence < MIN_CONFIDENCE * SCOPED_SHARE:
                    continue          # this policy does not really address the question
                strongest = max(s.relevance for s in group)
                chosen += [s for s in group[:top] if s.relevance >= MIN_RELATIVE * strongest]
        else:
            chosen = ranked[:top]
        results = []
        for s in chosen:
            clause = self.index.clauses[s.row]
            results.append(Result(clause, self.index.policies[clause.policy_id], round(s.score, 4),
                                  round(s.confidence, 3)))
        return Answer(question, False, results)


class _Buffers:
    """Free lists of float64 arrays of one length: `clean` ones are all zero (whoever gives one back
    has zeroed what it touched), `dirty` ones are zeroed when taken."""

    def __init__(self, n: int):
        self.n = n
        self.dirty: list[np.ndarray] = []
        self.clean: list[np.ndarray] = []

    def take(self) -> np.ndarray:
        if self.dirty:
            buf = self.dirty.pop()
            buf.fill(0.0)
            return buf
        return self.take_clean()

    def take_clean(self) -> np.ndarray:
        return self.clean.pop() if self.clean else np.zeros(self.n, dtype=SCORE_DTYPE)

    def give(self, buf: np.ndarray) -> None:
        if len(self.dirty) < 4:
            self.dirty.append(buf)

    def give_clean(self, buf: np.ndarray) -> None:
        if len(self.clean) < 4:
            self.clean.append(buf)


# A section number a question cites: two or more parts ("7.10", "9.4.1"), not a price, a time or a
# decimal ("£7.50", "2.30pm", "7.5%").
_CITED = re.compile(r"(?<![\d.£$€])(\d{1,2}(?:\.\d{1,3}){1,3})(?![\d%£]|\.\d|\s*(?:am|pm|p)\b)", re.I)
# Words that say where a citation is ("paragraph 7.10 of the Balfour policy"), not what it is about.
_CITATION_WORDS = "section sections paragraph paragraphs para point points clause clauses part item number policy"
# Words of a policy id that do not tell it from others ("school", "trust", "policy").
_GENERIC_ID_WORDS = frozenset("school schools primary secondary infant junior academy trust college policy "
                              "staff the of and template".split())


def _same_stems(these: list[str], those: list[str]) -> bool:
    """Whether two lists of stems say the same, each word of either in the other, or one's stem
    starting the other's ("bribe", "briberi") when both are at least MIN_STEM_PREFIX long."""
    def alike(a: str, b: str) -> bool:
        return a == b or (min(len(a), len(b)) >= MIN_STEM_PREFIX and (a.startswith(b) or b.startswith(a)))
    return all(any(alike(a, b) for b in those) for a in these) and all(any(alike(a, b) for a in these) for b in those)


def _best_of_group(values: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """For each value, the largest value of its group. The candidates hold the best clause of
    every heading run they reach (a run's best is at least as relevant as any of its clauses), so
    this is the best under each candidate's heading, found without touching the whole library."""
    if not len(values):
        return values
    keys, where = np.unique(groups, return_inverse=True)
    best = np.full(len(keys), -np.inf, dtype=values.dtype)
    np.maximum.at(best, where, values)
    return best[where]


def _named_policies(question: str, scope: list[str]) -> set[str]:
    """The policies in scope the question names by a distinctive word of their id ("Balfour" for
    balfour-primary)."""
    asked = set(re.findall(r"[a-z0-9]+", question.lower()))
    return {pid for pid in scope if asked & (set(pid.split("-")) - _GENERIC_ID_WORDS)}


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")


def _introduced(question: str) -> frozenset[str]:
    """The words that say whom the question is about and how it is framed, not what it asks: the
    role it opens with, people's names, a framing label (bot.questions.story_words)."""
    return frozenset(w for part in story_words(question) for w in words(part))


def _asked(question: str) -> frozenset[str]:
    """CLOCK_TIME when the question asks the time of day ("what time...?"), else nothing."""
    return frozenset([CLOCK_TIME]) if asks_the_time(question) else frozenset()


def _near_keys() -> dict[str, frozenset[str]]:
    """Each letter's neighbours on a QWERTY keyboard (same row, and the staggered rows above and
    below)."""
    near: dict[str, set[str]] = {c: set() for row in _KEY_ROWS for c in row}
    for r, row in enumerate(_KEY_ROWS):
        for i, c in enumerate(row):
            near[c].update(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
            if r + 1 < len(_KEY_ROWS):
                below = _KEY_ROWS[r + 1]
                for j in (i - 1, i):
                    if 0 <= j < len(below):
                        near[c].add(below[j])
                        near[below[j]].add(c)
    return {c: frozenset(n) for c, n in near.items()}


_NEAR_KEYS = _near_keys()


def _slip(x: str, y: str) -> bool:
    """A letter typed for another: a neighbouring key, or one vowel for another ("breech")."""
    return y in _NEAR_KEYS.get(x, ()) or (x in _VOWELS and y in _VOWELS)


def _one_typo(a: str, b: str) -> bool:
    """True when b is a one-edit (or one adjacent swap) change of a, and not equal to it. Stems
    that differ only in their last letter are different words, not a typo: "notic"/"notif"
    (noticed/notify), "polici"/"polic" (policy/police). A changed letter must be a slip of the
    finger (a neighbouring key) or a vowel for a vowel: "score" is not "scope"."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return (len(diff) == 1 and diff[0] != len(a) - 1 and _slip(a[diff[0]], b[diff[0]])) or (
            len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return i < len(short) and short[i:] == long_[i + 1:]
