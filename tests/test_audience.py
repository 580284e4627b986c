"""Whom a clause directs (bot.audience), and what that does to the ranking."""
from __future__ import annotations

import pytest

from bot.audience import AUDIENCES, STAFF, audience_of, named_in
from bot.evaluate import normalize


@pytest.mark.parametrize("text, audience", [
    ("Parents must not post pictures of pupils other than their own children on social networking sites.", "parents"),
    ("Parents/carers should make complaints through official school channels.", "parents"),
    ("Parents and carers will be made aware of their responsibilities.", "parents"),
    ("• Pupils must not bring phones into the exam hall.", "pupils"),
    ("Visitors to the school are asked not to take photographs.", "visitors"),
    ("Visitors and parents must not use their phones in classrooms.", "parents and visitors"),
    ("Pupils, parents and visitors must sign in at reception.", "parents, pupils and visitors"),
    ("Staff members must not have contact through any personal social medium with any pupil.", STAFF),
    ("You must not discuss personal information about pupils, their family members.", STAFF),
    ("The school will monitor communications sent on its systems.", STAFF),
    ("Managers are responsible for addressing concerns.", STAFF),
    ("Pupils’ social networking sites must never be accessed by staff.", STAFF),   # possessive, not subject
    ("Parents' evenings are held twice a year.", STAFF),
    ("Children's welfare is paramount.", STAFF),
])
def test_audience_from_wording(text, audience):
    assert audience_of(text) == audience


def test_shipped_clauses_carry_their_audience(searcher):
    others = {c.id for c in searcher.index.clauses if c.audience != STAFF}
    assert {"balfour-primary#47", "balfour-primary#49"} <= others
    assert all(c.policy_id == "balfour-primary" for c in searcher.index.clauses if c.id in others)
    # the index holds each clause's audience, for the search weight
    assert [AUDIENCES[k] for k in searcher.index.audience] == [c.audience for c in searcher.index.clauses]


def _rank(results, quote):
    return next((n for n, r in enumerate(results, 1) if normalize(quote) in normalize(r.clause.text)), None)


@pytest.mark.parametrize("question", [
    "Can I share pictures of my class on Instagram?",
    "can I post pics of the kids on insta?",      # every word of it matches the parents' clause
])
def test_a_staff_question_gets_the_staff_clause_before_the_parents_one(searcher, question):
    # Balfour has both "Parents must not post pictures of pupils..." (8.2, short, for parents) and the
    # staff clause on photographs of pupils (7.16, long); a teacher asking about posting pictures of
    # the class gets the staff clause first. Without the audience weight (or at 0.5) 8.2 comes first.
    answer = searcher.search(question, policies=["balfour-primary"], top=3)
    staff = _rank(answer.results, "photographs, videos or any other types of image of pupils")
    parents = _rank(answer.results, "Parents must not post pictures of pupils")
    assert staff == 1 and (parents is None or parents > staff)


def test_groups_named_in_a_question():
    assert named_in({"a", "mum", "has", "posted"}) == {"parents"}
    assert named_in({"can", "i", "post", "pics", "of", "the", "kids"}) == {"pupils"}
    assert named_in({"can", "i", "use", "my", "phone"}) == set()


def test_a_clause_for_several_groups_keeps_its_weight_for_a_question_naming_any_of_them(tmp_path):
    # "Visitors and parents must not use their phones…": a question about parents names its audience
    from bot.index import load, publish, stage
    from bot.search import Searcher
    from bot.vocabulary import Vocabulary
    from bot.corpus import load_corpus
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "phones.md").write_text(
        "# Mobile phones\n\n## Visitors\n\n"
        "Visitors and parents must not use their phones in classrooms. Parents may photograph their "
        "own child at school performances.\n\n"
        "## Staff\n\nStaff may photograph pupils at school performances only with school cameras.\n")
    out = tmp_path / "index"
    out.mkdir()
    publish(out, stage(load_corpus(corpus), corpus, out, Vocabulary()))
    index = load(out)
    assert [c.audience for c in index.clauses] == ["parents and visitors", "staff"]
    answer = Searcher(index).search("can parents photograph the school performances?", top=2)
    assert answer.results[0].clause.text.startswith("Visitors and parents")


def test_a_question_about_parents_still_finds_the_parents_clause(searcher):
    answer = searcher.search("Are parents allowed to post pictures of other people's children?",
                             policies=["balfour-primary"], top=3)
    assert _rank(answer.results, "Parents must not post pictures of pupils other than their own children") == 1


PARENT_QUESTION = "A mum has put photos of other people's children on Facebook. Is she allowed to?"


def test_a_rule_for_parents_is_labelled_so_in_cli_json_and_slack(shipped, searcher):
    import json

    from bot.slack.blocks import answer_message
    from tests.conftest import run_cli
    text = run_cli("ask", PARENT_QUESTION, "--policy", "balfour-primary", "--top", "2",
                   corpus=shipped.corpus, index=shipped.index)
    assert text.returncode == 0, text.stderr
    assert "section 8.2, Comments and content posted by parents/carers  [Rule for parents]" in text.stdout
    assert "section 7.16, Personal Use of Social Media  [Rule]" in text.stdout
    data = json.loads(run_cli("ask", PARENT_QUESTION, "--policy", "balfour-primary", "--json",
                              corpus=shipped.corpus, index=shipped.index).stdout)
    first = data["results"][0]
    assert (first["section"], first["force"], first["audience"]) == ("8.2", "rule", "parents")
    answer = searcher.search(PARENT_QUESTION, policies=["balfour-primary"], top=2)
    slack = json.dumps(answer_message(answer, record_id=1), ensure_ascii=False)
    assert "_Rule for parents_" in slack


def test_a_rule_for_parents_cannot_make_the_policies_seem_to_disagree():
    from bot.force import disagreement, force_of
    from bot.models import Clause, Policy, Result
    def result(pid, text, audience):
        return Result(Clause(pid, 1, text, "8.2", "Parents", "8", 1, 1, force=force_of(text), audience=audience),
                      Policy(pid, "Social Media Policy", f"{pid}.txt", organisation=pid.title()), 1.0)
    parents_rule = result("a", "Parents must not post pictures of pupils.", "parents")
    staff_advice = result("b", "Staff should not post pictures of pupils.", STAFF)
    assert disagreement([parents_rule, staff_advice]) is None
    staff_rule = result("a", "Staff must not post pictures of pupils.", STAFF)
    assert disagreement([staff_rule, staff_advice]) is not None


def test_a_group_word_before_a_noun_is_what_the_rule_is_about_not_whom_it_directs():
    # the IT guidance page's "Pupil data must not be downloaded..." was shown as a rule for pupils
    assert audience_of("Pupil data must not be downloaded or saved to a personal device.") == STAFF
    assert audience_of("Parent helpers and volunteers may supervise groups.") == STAFF
    assert audience_of("Parents must not post pictures of pupils other than their own children.") == "parents"


def test_a_group_the_question_deals_with_is_not_one_it_asks_about():
    # "WhatsApp groups with parents": staff asking about their own contact with parents, whom the
    # rules for parents ("Parents must not post...") do not answer (blind batch 42)
    from bot.audience import named_as_actors
    from bot.tokenize import words
    assert named_as_actors(words("Can I use WhatsApp groups with parents?")) == set()
    assert named_as_actors(words("can I post photos of the kids from sports day?")) == set()
    assert named_as_actors(words("a parent has posted something horrible about me")) == {"parents"}
    assert named_as_actors(words("can parents post photos of the nativity?")) == {"parents"}
    assert named_as_actors(words("what if a member of staff reports cyberbullying from parents?")) == {"parents"}
    assert named_as_actors(words("a parent keeps messaging me, can I talk to the other parents?")) == {"parents"}


def test_who_lets_staff_do_something_is_not_who_does_it():
    # "...if his mum says it's fine" (blind batch 77): the staff member posts, not the mum
    from bot.audience import named_as_actors
    from bot.tokenize import words
    assert named_as_actors(words("can I post the video if the parents don't mind?")) == set()
    assert named_as_actors(words("can I share it on Instagram if his mum says it's fine?")) == set()
    assert named_as_actors(words("a mum says I posted her son's photo")) == {"parents"}


def test_a_pupil_who_only_says_whose_parent_it_is_is_not_a_group_the_question_names():
    from bot.audience import people_named
    from bot.tokenize import words
    assert people_named(words("my pupil's mum sent me a friend request")) == {"parents"}
    assert people_named(words("the dad of one of my pupils has added me on facebook")) == {"parents"}
    assert people_named(words("a girl in my class is fostered and her foster carer wants to be friends")) == {"parents"}
    assert people_named(words("a pupil and his dad both follow me on instagram")) == {"parents", "pupils"}
    assert people_named(words("a pupil sent me a friend request and so did a parent")) == {"parents", "pupils"}


def test_colleagues_and_year_groups_are_people_a_question_names():
    # blind batch 81: "a new TA has sent me a friend request" is about a colleague, not a pupil, and
    # "a colleague follows loads of our Year 6s" names pupils by their year group
    from bot.audience import people_named
    from bot.tokenize import words
    assert people_named(words("a new TA has sent me a friend request on facebook")) == {"colleagues"}
    assert people_named(words("my colleague keeps commenting on my posts")) == {"colleagues"}
    assert people_named(words("a colleague follows loads of our Year 6s on TikTok")) == {"colleagues", "pupils"}
    assert people_named(words("can I message my Y10s about homework?")) == {"pupils"}
    assert people_named(words("a Year 6 mum added me")) == {"parents"}
    assert people_named(words("in the year 2019 I posted something")) == set()
    # the asker's own role, and "ta" for thanks, are nobody else
    assert people_named(words("I've just started as a TA, do I need to unfriend the teenagers I know?")) == set()
    assert people_named(words("I'm a new TA and a pupil added me")) == {"pupils"}
    assert people_named(words("TA in reception here - can I post photos?")) == set()
    assert people_named(words("ta for that, and can a parent add me?")) == {"parents"}
