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


def test_a_staff_question_gets_the_staff_clause_before_the_parents_one(searcher):
    # Balfour has both "Parents must not post pictures of pupils..." (8.2, short, for parents) and the
    # staff clause on photographs of pupils (7.16, long); a teacher asking about posting pictures of
    # the class gets the staff clause first. Without the audience weight 8.2 comes first.
    answer = searcher.search("Can I share pictures of my class on Instagram?", policies=["balfour-primary"], top=3)
    staff = _rank(answer.results, "photographs, videos or any other types of image of pupils")
    parents = _rank(answer.results, "Parents must not post pictures of pupils")
    assert staff == 1 and (parents is None or parents > staff)


def test_groups_named_in_a_question():
    assert named_in({"a", "mum", "has", "posted"}) == {"parents"}
    assert named_in({"can", "i", "post", "pics", "of", "the", "kids"}) == {"pupils"}
    assert named_in({"can", "i", "use", "my", "phone"}) == set()


def test_a_question_about_parents_still_finds_the_parents_clause(searcher):
    answer = searcher.search("Are parents allowed to post pictures of other people's children?",
                             policies=["balfour-primary"], top=3)
    assert _rank(answer.results, "Parents must not post pictures of pupils other than their own children") == 1
