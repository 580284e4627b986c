"""Retrieval on the shipped policies: the right clause for the question, or an honest no."""
from __future__ import annotations

import json

import pytest

from bot.errors import QuestionError
from bot.evaluate import normalize
from tests.conftest import POLICY_IDS, run_cli

FRIEND_REQUEST = "Can I accept a parent's friend request?"
# Each policy's clause on contact with pupils' family members / parents (labelled in shared/eval, d001).
FAMILY_CLAUSE = {
    "tornedale-infant": "must not have any contact with pupils' family members through personal social media",
    "forge-integrated-primary": "should not have any contact with pupils' family members through personal social media",
    "southfield-trust": "must not have any contact with pupils' family members through personal social media",
    "school-trust-template": "or from parents on their personal social media accounts such as Facebook",
    "balfour-primary": "strongly recommended that staff members do not have any contact with pupils' family members",
}


def has(results, quote):
    return any(normalize(quote) in normalize(r.clause.text) for r in results)


@pytest.mark.parametrize("pid", POLICY_IDS)
def test_family_member_clause_in_top_3_scoped_to_each_policy(searcher, pid):
    answer = searcher.search(FRIEND_REQUEST, policies=[pid], top=3)
    assert not answer.abstained
    assert all(r.policy.id == pid for r in answer.results)
    assert has(answer.results, FAMILY_CLAUSE[pid]), [r.clause.text[:60] for r in answer.results]


def test_answer_across_policies_quotes_every_family_clause(searcher):
    answer = searcher.search(FRIEND_REQUEST, top=3, per_policy=True)
    for pid, quote in FAMILY_CLAUSE.items():
        assert has([r for r in answer.results if r.policy.id == pid], quote), pid
    # grouped: each policy's clauses together, best policy first
    order = [r.policy.id for r in answer.results]
    assert order == sorted(order, key=order.index)


@pytest.mark.parametrize("question", ["thanks!", "hello?", "cheers, that's really helpful",
                                      "What is the capital of France?",
                                      "when's payday this month? is it still the 20th?"])
def test_out_of_scope_questions_get_no_clause(searcher, question):
    answer = searcher.search(question)
    assert answer.abstained and answer.results == [] and answer.reason


@pytest.mark.parametrize("message", ["cheers mate", "ta for that", "Ta very much!", "thank you so much!!",
                                     "sorted, thanks"])
def test_a_thank_you_is_not_searched(searcher, message):
    # its other words ("mate" is a friend, "much" a word no clause has) would otherwise be searched
    answer = searcher.search(message)
    assert searcher.is_thanks(message) and answer.abstained and "thank-you" in answer.reason


@pytest.mark.parametrize("question", ["ok to friend a TA?", "TA for reception - can I post photos?",
                                      "thanks - can I accept a parent's friend request on facebook?"])
def test_a_question_that_says_thanks_or_names_a_ta_is_still_answered(searcher, question):
    assert not searcher.is_thanks(question) and not searcher.search(question).abstained


def test_scores_are_descending_and_results_carry_sources(searcher):
    answer = searcher.search("Can I post photos of pupils on my personal Facebook?", top=5)
    scores = [r.score for r in answer.results]
    assert scores == sorted(scores, reverse=True) and len(scores) == 5
    assert all(r.policy.title and r.clause.heading for r in answer.results)


def test_unknown_policy_lists_known_ids(searcher):
    with pytest.raises(QuestionError) as err:
        searcher.search(FRIEND_REQUEST, policies=["nope"])
    assert "nope" in str(err.value) and "balfour-primary" in str(err.value)


def test_empty_question_is_refused(searcher):
    with pytest.raises(QuestionError, match="empty"):
        searcher.search("   ")


def test_ten_thousand_character_question_is_answered(searcher):
    question = ("Can I accept a parent's friend request on Facebook? " * 200)[:10_000]
    answer = searcher.search(question)
    assert not answer.abstained and answer.results


def test_vocabulary_off_still_finds_literal_matches(searcher):
    from bot.search import Searcher
    plain = Searcher(searcher.index, use_vocabulary=False, use_everyday=False)
    answer = plain.search("Must staff decline friend requests from pupils?", policies=["forge-integrated-primary"])
    assert answer.results[0].clause.section == "6.4"
    # "parents on fb?" shares no word with "contact with pupils' family members through personal
    # social media": words alone cannot find it, the built-in everyday list can ("fb", "parents").
    forge = ["forge-integrated-primary"]
    assert plain.search("parents on fb?").abstained or not has(
        plain.search("parents on fb?", policies=forge).results, FAMILY_CLAUSE["forge-integrated-primary"])
    everyday = Searcher(searcher.index, use_vocabulary=False)
    assert has(everyday.search("parents on fb?", policies=forge, top=3).results, FAMILY_CLAUSE["forge-integrated-primary"])


def test_a_question_citing_a_section_number_gets_that_section(searcher):
    # staff quote the paragraph they mean: its words need not be in the question at all
    answer = searcher.search("what does section 7.10 of the Balfour policy mean?", per_policy=True)
    assert not answer.abstained
    assert [(r.policy.id, r.clause.section) for r in answer.results] == [("balfour-primary", "7.10")]
    assert answer.results[0].clause.text.startswith("It is strongly recommended")
    # no policy named: the section in each policy that has one
    cited = searcher.search("is 6.4 a must or a should?", per_policy=True)
    assert {r.clause.section for r in cited.results} == {"6.4"} and len({r.policy.id for r in cited.results}) >= 3
    # a price, a time, or a number no policy in scope has as a section is not a citation
    for question in ("can I claim £7.50 for lunch?", "is the meeting at 2.30pm?", "what does 12.7 say?"):
        assert searcher.cited_sections(question, list(searcher.index.policies)) == []
    assert searcher.cited_sections("what does 7.10 say?", ["forge-integrated-primary"]) == []
    # a citation with the words of its clause: Balfour's 7.3 is about a separate email address,
    # Southfield's 7.3 about official school sites, so a Southfield reader is answered from the clause
    # that has those words (6.15), not from its own 7.3 (blind batch 49)
    quoted = "section 7.3 says it's 'a good idea to use a separate email address just for social networking'"
    assert [(r.policy.id, r.clause.section) for r in searcher.search(quoted, per_policy=True).results][:1] == [
        ("balfour-primary", "7.3")]
    southfield = searcher.search(quoted, policies=["southfield-trust"]).results
    assert southfield[0].clause.section == "6.15"


def test_a_cited_section_is_answered_from_the_command_line():
    out = run_cli("ask", "--json", "what does paragraph 7.10 of Balfour's policy actually mean?")
    assert out.returncode == 0, out.stderr
    first = json.loads(out.stdout)["results"][0]
    assert first["policy_id"] == "balfour-primary" and first["section"] == "7.10"


@pytest.mark.parametrize("question, section", [
    ("parent added me on fb - accept or ignore?", "6.3"),
    ("I don't have to accept a friend request from a parent, do I?", "6.3"),
    ("a pupil added me on facebook", "6.4"),
    # a pupil who only says whose parent it is (blind batch 77: "the mum of an autistic boy in my class")
    ("my pupil's mum sent me a friend request on Facebook, can I accept it?", "6.3"),
    ("The dad of one of the boys in my class wants to be friends on Facebook. Can I accept?", "6.3"),
])
def test_a_clause_about_the_group_the_question_names_comes_first(searcher, question, section):
    # Forge's "decline friend requests from pupils" matches "friend request" better than its clause
    # on contact with pupils' family members; a question about a parent now gets the family members'
    # clause first (search.OTHER_GROUP_WEIGHT), and one about a pupil still gets the pupils' clause.
    answer = searcher.search(question, policies=["forge-integrated-primary"], top=3)
    assert answer.results[0].clause.section == section


@pytest.mark.parametrize("pid, section", [("balfour-primary", "7.20"), ("forge-integrated-primary", "6.8")])
def test_a_colleagues_friend_request_gets_the_clause_on_colleagues(searcher, pid, section):
    # blind batch 81: "decline friend requests from pupils" came first; a question that names a
    # colleague and no pupil now gives the clauses on pupils alone less weight, as one about a parent does
    answer = searcher.search("A new TA has sent me a friend request on Facebook. Should I accept it?",
                             policies=[pid], top=3)
    assert answer.results[0].clause.section == section


def test_a_question_naming_parents_pupils_and_colleagues_gives_none_less_weight(searcher):
    # every group is named, so none is "the other one": the clauses on each still come first
    question = "a parent, a pupil and a colleague all sent me friend requests on Facebook"
    answer = searcher.search(question, policies=["forge-integrated-primary"], top=8)
    sections = [r.clause.section for r in answer.results]
    assert {"6.3", "6.4"} <= set(sections[:3]) and "6.8" in sections


def test_saying_i_am_a_teacher_is_identifying_myself_as_an_employee(searcher):
    # "...and say I'm a teacher" (blind batch 77): "teacher" was read apart as staff, and the clause on
    # discussing pupils' personal information came first
    question = "I have ADHD myself, can I talk about it on Instagram and say I'm a teacher?"
    answer = searcher.search(question, policies=["forge-integrated-primary"], top=3)
    assert answer.results[0].clause.section == "6.1"


def test_who_lets_staff_post_is_not_who_posts(searcher):
    # "...if the parents don't mind": Balfour's "Parents must not post pictures of pupils..." was the
    # answer, the parents read as who posts (blind batch 77); the staff clause on images comes first
    question = "can I post a video of my class's assembly on my facebook if the parents don't mind?"
    answer = searcher.search(question, policies=["balfour-primary"], top=3)
    assert answer.results[0].clause.section == "7.16"


@pytest.mark.parametrize("question, policy", [
    ("What does the Southfield policy say about friending parents?", "southfield-trust"),
    ("does balfour let staff post pics of kids?", "balfour-primary"),
])
def test_a_policy_the_question_names_is_answered_first(searcher, question, policy):
    # Balfour's clauses led "what does the Southfield policy say...", and Forge's led "does balfour
    # let staff...": the policy named now comes first, the others after it, per policy or overall.
    for per_policy in (True, False):
        answer = searcher.search(question, top=3, per_policy=per_policy)
        assert answer.results[0].clause.policy_id == policy
        assert len({r.clause.policy_id for r in answer.results}) == 1 or per_policy
