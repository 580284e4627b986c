"""Words spelt as they sound ("fotos", "privasy", "axept"): read as the policy's word, on the
shipped index; English words and names that only sound like a policy word are left as they are."""
import pytest

from bot.spelling import by_sound, is_english, sounds_like


@pytest.mark.parametrize("word, meant", [
    ("privasy", "privacy"), ("fotos", "photos"), ("fone", "phone"), ("axept", "accept"),
    ("polisy", "policy"), ("vidio", "video"), ("emale", "email"), ("sekurity", "security"), ("kontact", "contact"),
    ("socal", "social"),      # one letter missing from a short word that is no English word
])
def test_a_word_spelt_as_it_sounds_is_read_as_the_policy_word(searcher, word, meant):
    (stem,) = searcher.index.tokenizer(meant)
    assert stem in searcher.body.terms
    assert list(searcher.term_counts(f"can i {word}")) == [stem]


@pytest.mark.parametrize("question, word, not_meant", [
    ("is school shut in bad weather?", "weather", "whether"),     # English words stay themselves
    ("the car park is out of sight", "sight", "site"),
    ("can I sell my old clothes on Vinted?", "vint", "find"),      # a name begins as it does
    ("can I campaign for trans rights?", "tran", "trainee"),       # and is not two letters short
    ("is there a dress code for INSET day", "inset", "insert"),
])
def test_a_word_that_only_sounds_like_a_policy_word_is_left_as_it_is(searcher, question, word, not_meant):
    terms = searcher.term_counts(question)
    assert word in terms and searcher.index.tokenizer.stem(not_meant) not in terms


def test_two_policy_words_equally_near_are_not_guessed_between():
    assert not is_english("seet")
    assert sounds_like("seet", "seet", by_sound(["seat", "set"])) is None
    assert sounds_like("seet", "seet", by_sound(["seat", "sort"])) == "seat"


def test_a_question_spelt_by_ear_finds_its_clause(searcher):
    # blind batch 103: "wot privasy setings shud i have on my acount?" was declined, with only
    # "account" of its words read
    answer = searcher.search("wot privasy setings shud i have on my acount?",
                             policies=["forge-integrated-primary"], top=3)
    assert not answer.abstained
    assert "set the privacy levels" in " ".join(r.clause.text for r in answer.results)
    photos = searcher.search("is it ok to put fotos of the kids from sports day on my facebok?",
                             policies=["tornedale-infant"], top=3)
    assert any(r.clause.text.startswith("Photographs, videos") for r in photos.results)


def test_a_word_spelt_by_ear_is_read_by_the_vocabulary_as_the_word_it_is(searcher):
    # "fotos" is read as "photo" before the vocabulary reads it: photographs, pictures, images;
    # and "facebok" (one typo) is social media
    from bot.tokenize import words
    concepts = {c.source: c.alternatives for c in searcher.concepts(words("can i put fotos of my class on facebok?"))}
    assert ("photograph",) in concepts[("photo",)]
    assert ("social", "media") in concepts[("facebook",)]
