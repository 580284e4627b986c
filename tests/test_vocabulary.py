"""The vocabulary: the organisation's file (corpus/vocabulary.yaml) on top of the built-in
everyday-English list (bot/data/everyday-en.yaml), through the real CLI and a real index."""
from __future__ import annotations

import json

import pytest

from bot.evaluate import evaluate, load_questions, normalize
from bot.search import Searcher
from bot.tokenize import Tokenizer
from bot.vocabulary import EVERYDAY, ORGANISATION, Vocabulary, everyday_terms
from tests.conftest import DATA, run_cli

PHOTOS = "photographs, videos or any other types of image of pupils"


def _ask(question, corpus, index, *flags):
    result = run_cli("ask", question, "--json", *flags, corpus=corpus, index=index)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _quotes(answer, quote):
    return any(normalize(quote) in normalize(r["text"]) for r in answer["results"])


def test_everyday_list_is_valid_and_general():
    terms = everyday_terms()
    assert len(terms) > 50
    compiled = Vocabulary(terms=[], everyday_terms=terms).compile(Tokenizer())
    assert compiled.rules and all(r.origin == EVERYDAY and r.source for r in compiled.rules)
    words = {w for _, ws in terms for w in ws}
    assert {"kids", "dad", "pics", "insta", "sacked"} <= words


def test_a_library_without_a_vocabulary_file_still_reads_everyday_words(corpus_copy, tmp_path):
    (corpus_copy / "vocabulary.yaml").unlink()
    index = tmp_path / "index"
    assert run_cli("reindex", corpus=corpus_copy, index=index).returncode == 0
    question = "can I put pics of the kids on my insta?"
    answer = _ask(question, corpus_copy, index, "--policy", "tornedale-infant")
    assert not answer["abstained"] and _quotes(answer, PHOTOS)
    # the same library with the everyday list switched off has nothing to go on
    (corpus_copy / "vocabulary.yaml").write_text("everyday_words: false\n", encoding="utf-8")
    assert run_cli("reindex", corpus=corpus_copy, index=index).returncode == 0
    answer = _ask(question, corpus_copy, index, "--policy", "tornedale-infant")
    assert answer["abstained"] or not _quotes(answer, PHOTOS)


def test_the_organisations_file_decides_for_the_words_it_lists():
    tok = Tokenizer()
    vocab = Vocabulary(weight=0.8, terms=[("governors", ["dad"])],
                       everyday_terms=[("family members", ["dad"]), ("photographs", ["pics"])]).compile(tok)
    concepts = {c.source: c.alternatives for c in vocab.concepts(tok.all_stems("a dad posted pics"))}
    assert concepts[("dad",)] == [tuple(tok("governors"))]                  # not family members too
    assert concepts[("pic",)] == [tuple(tok("photographs"))]                # the everyday list fills in
    only_everyday = vocab.concepts(tok.all_stems("a dad posted pics"), frozenset([EVERYDAY]))
    assert {c.source: c.alternatives for c in only_everyday}[("dad",)] == [tuple(tok("family members"))]
    assert vocab.concepts(tok.all_stems("a dad posted pics"), frozenset([ORGANISATION]))[0].source == ("dad",)
    # an everyday phrase that adds a word of its own to one the file reads is still used
    vocab = Vocabulary(weight=0.8, terms=[("comments", ["complain"])],
                       everyday_terms=[("complaints", ["complain"]), ("collective", ["complain together"])]).compile(tok)
    concepts = {c.source: c.alternatives for c in vocab.concepts(tok.all_stems("can we complain together?"))}
    assert concepts[("complain",)] == [tuple(tok("comments"))]
    assert concepts[tuple(tok("complain together"))] == [tuple(tok("collective"))]


def test_a_phrasal_verb_is_read_around_its_object():
    # "pin a kid down", "take the photo down", "turn it down", "write anything up": staff put the object
    # between the verb and its particle; not a particle that begins a place ("put the photos on my Facebook")
    tok = Tokenizer()
    vocab = Vocabulary(terms=[("restrain", ["pin down"]), ("removed", ["take down"]), ("refused", ["turn down"]),
                              ("install", ["put on"]), ("recorded", ["write up"])], everyday=False).compile(tok)

    def read(question):
        return {c.source: c.alternatives for c in vocab.concepts(tok.all_stems(question))}

    assert read("is it ok to pin a kid down on the floor?") == {("pin",): [tuple(tok("restrain"))]}
    assert read("do I have to take the class photo down?") == {("take",): [tuple(tok("removed"))]}
    assert read("can the head just turn it down?") == {("turn",): [tuple(tok("refused"))]}
    assert read("do I need to write anything up?") == {("write",): [tuple(tok("recorded"))]}   # or something
    assert read("can I put the photos on my Facebook?") == {}
    assert read("can I take the kids to the park down the road?") == {}      # no object closes before it


def test_a_phrase_of_stopwords_only_is_not_a_rule():
    vocab = Vocabulary(terms=[("ict", ["it", "it systems"])], everyday=False).compile(Tokenizer())
    assert [r.match for r in vocab.rules] == [("it", "system")]
    assert vocab.concepts(Tokenizer().all_stems("is it ok to post this")) == []


def test_a_vocabulary_phrase_no_clause_has_does_not_break_a_question(corpus_copy, tmp_path):
    # "lunch break" and "zebra crossing" are in no policy: the question gets an answer, not an
    # internal error (this once raised an UnboundLocalError).
    (corpus_copy / "vocabulary.yaml").write_text(
        "everyday_words: false\nterms:\n  zebra crossing: [lunch break]\n", encoding="utf-8")
    index = tmp_path / "index"
    assert run_cli("reindex", corpus=corpus_copy, index=index).returncode == 0
    answer = _ask("can I use personal social media at work on my lunch break?", corpus_copy, index)
    assert answer["abstained"] or answer["results"]


def test_everyday_words_must_be_true_or_false(corpus_copy, tmp_path):
    (corpus_copy / "vocabulary.yaml").write_text("everyday_words: sometimes\n", encoding="utf-8")
    result = run_cli("reindex", corpus=corpus_copy, index=tmp_path / "index")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "vocabulary.yaml line 1: everyday_words must be true or false" in result.stderr


def test_each_list_helps_on_our_own_questions(searcher):
    questions = load_questions(DATA / "questions.yaml")
    nothing = evaluate(Searcher(searcher.index, use_vocabulary=False, use_everyday=False), questions)
    everyday = evaluate(Searcher(searcher.index, use_vocabulary=False), questions)
    both = evaluate(searcher, questions)
    assert nothing.scoped_recall_at_3 < everyday.scoped_recall_at_3 <= both.scoped_recall_at_3
    assert everyday.in_scope_wrongly_abstained < nothing.in_scope_wrongly_abstained


def test_eval_measures_with_either_list_off(shipped):
    def recall(*flags):
        result = run_cli("eval", str(DATA / "questions.yaml"), "--json", *flags,
                         corpus=shipped.corpus, index=shipped.index)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)["scoped_recall_at_3"]
    assert recall("--no-vocabulary", "--no-everyday-words") < recall("--no-vocabulary") <= recall()


@pytest.mark.parametrize("word, same_as", [
    ("children", "child"), ("people", "person"), ("medium", "media"), ("lives", "life"),
    ("taken", "take"), ("left", "leave"), ("sent", "send"), ("lost", "lose"), ("broke", "break"),
    ("pasted", "paste"), ("loss", "lose"), ("losses", "lose"),
    ("allergic", "allergy"), ("asthmatic", "asthma"), ("epileptic", "epilepsy"), ("anaphylactic", "anaphylaxis"),
    ("bitten", "bite"),
])
def test_irregular_forms_stem_with_their_base_word(word, same_as):
    # "any personal social medium" is the policies' singular of "social media"; "I've lost the class
    # iPad" is "the loss of any device" (tests/data/images); "I'm allergic to dogs" is "an allergy to
    # dogs" (tests/data/schooldog).
    tok = Tokenizer()
    assert tok(word) == tok(same_as)


@pytest.mark.parametrize("word, other", [("paid", "pay"), ("broken", "break")])
def test_forms_mostly_used_as_adjectives_keep_their_own_stem(word, other):
    # "a paid or unpaid capacity" is not a pay rise; "the photocopier is broken" breaks no rule.
    tok = Tokenizer()
    assert tok(word) != tok(other)


@pytest.mark.parametrize("word, other", [("paste", "past"), ("evening", "even"), ("likely", "like"),
                                         ("reference", "refer"), ("references", "referred"),
                                         ("response", "responsible"), ("rights", "right"),
                                         ("quite", "quit"), ("lovely", "love")])
def test_words_snowball_merges_across_meanings_stay_apart(word, other):
    # to "paste pupils' reports into ChatGPT" is not "past pupils" (former pupils); a parents' evening
    # is not "even if"; "likely to constitute a conflict" is not liking a post; the reference a last
    # school wrote is not "please refer to the e-safety policy" (blind batch 48); a pupil's response to
    # feedback is responding, not being responsible (tests/data/marking); the Human Rights Act's rights
    # are not the "right" of "right now" (blind batch 51); "moan ... quite a lot" is not quitting a
    # job, nor a "lovely" message love (blind batch 81)
    tok = Tokenizer()
    assert tok(word) != tok(other)


def test_a_response_is_responding():
    tok = Tokenizer()
    assert tok("response") == tok("respond") and tok("responses") == tok("responding")


def test_an_accented_word_is_the_word_staff_type():
    # the policy's "crèche", "café", "fiancé" and "Zoë" are the "creche", "cafe", "fiance" and "Zoe"
    # staff type; before, Snowball's word pattern cut "crèche" into "cr" and "che"
    tok = Tokenizer()
    assert tok("crèche café fiancé Zoë") == tok("creche cafe fiance Zoe") and tok("crèche") == ["crech"]
    assert tok("conﬁdential ＰＰＡ Straße") == tok("confidential PPA strasse")


def test_an_acronyms_plural_is_the_acronym():
    # "ECTs receive a two-year induction" answers "as an ECT..."; Snowball keeps the "s" of "ects"
    tok = Tokenizer()
    assert tok("ECTs") == tok("ECT") and tok("NPQs") == tok("an NPQ") and tok("TAs") == tok("TA")
    assert tok("GCSEs") == tok("GCSE")
    # words that are not an acronym's plural keep their "s"
    assert tok("PUPILS") == tok("pupils") and tok("Gas") == tok("gas") and tok("BUS") == tok("bus")


def test_the_abbreviations_a_policy_defines_are_read_both_ways():
    from bot.vocabulary import defined_abbreviations
    terms = dict((long, words[0]) for long, words in defined_abbreviations([
        "A Freedom of Information (FOI) request is any request in writing.",
        "A subject access request (SAR) is a request by a person for their own personal data.",
        "Tell the Designated Safeguarding Lead (‘DSL’) or the Special Educational Needs Co-ordinator (SENCo).",
        "Special Educational Needs and Disabilities (SEND) and Teaching Assistants (TAs).",
        "See the form (Appendix A) and the policy (2024). Ask the Head (HT) or the Deputy (DHT).",
        "the Local Authority Designated Officer (LADO)", "the Local Area Designated Officer (LADO)",
    ]))
    assert terms["Freedom of Information"] == "FOI" and terms["FOI"] == "Freedom of Information"
    assert terms["subject access request"] == "SAR" and terms["Designated Safeguarding Lead"] == "DSL"
    assert terms["Special Educational Needs Co-ordinator"] == "SENCo"          # "Co-ordinator" gives "Co"
    assert terms["Special Educational Needs and Disabilities"] == "SEND" and terms["Teaching Assistants"] == "TA"
    # brackets that do not abbreviate the words before them, and an abbreviation defined two ways, are not read
    assert not {"Appendix A", "HT", "DHT", "LADO"} & set(terms)


def test_a_question_in_a_policys_abbreviation_finds_the_words_it_stands_for(tmp_path):
    # Document 105, a trust's guidance on information requests (a PDF), defines "a subject access request
    # (SAR)" once and then says "Subject access requests are free": "do parents have to pay for a SAR?"
    # found nothing of it in its top ten. Read with neither list, since the document says it itself.
    from tests.conftest import index_of
    index = index_of(tmp_path, DATA / "inforequests" / "information-requests-guidance.pdf")
    from bot.vocabulary import DOCUMENTS
    assert {(r.match, r.target) for r in index.vocabulary.rules if r.origin == DOCUMENTS} >= {
        (("sar",), ("subject", "access", "request")), (("subject", "access", "request"), ("sar",))}
    # an index built before the policies' abbreviations were read still loads, with none
    old = Vocabulary().to_dict()
    del old["defined_terms"]
    assert Vocabulary.from_dict(old).defined_terms == []
    for searcher in (Searcher(index), Searcher(index, use_vocabulary=False, use_everyday=False)):
        answer = searcher.search("do parents have to pay for a SAR?")
        assert any(r.clause.text.startswith("Subject access requests are free") for r in answer.results[:3])
    # the words count as one name and no more than the abbreviation: "information" alone is not FOI, so
    # the clause that says FOI stays first
    answer = Searcher(index).search("this parent sends an FOI every single week, do we have to keep answering?")
    assert answer.results[0].clause.text.startswith("The trust may refuse an FOI request that is vexatious")
