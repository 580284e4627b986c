"""Force labels: rule, advice or information, from a clause's own wording, shown everywhere."""
from __future__ import annotations

import json

import pytest

from bot.force import ADVICE, INFORMATION, RULE, disagreement, force_of
from bot.models import Answer, Clause, Policy, Result
from bot.render import answer_dict, answer_text
from bot.slack.blocks import answer_message


@pytest.mark.parametrize("text, force", [
    ("Staff members must not have contact through any personal social medium with any pupil.", RULE),
    ("Staff members must decline 'friend requests' from pupils.", RULE),
    ("The school will not accept liability.", RULE),
    ("Access to social media sites for personal reasons is not allowed during contracted hours.", RULE),
    ("The Southfield Trust does not permit the use of the school's ICT system.", RULE),
    ("It is strongly recommended that staff members do not have any contact with pupils' family members.", ADVICE),
    ("Caution is advised when inviting work colleagues to be 'friends'.", ADVICE),
    ("Staff should keep their passwords confidential.", ADVICE),
    ("This policy applies to personal webspace such as social networking sites.", INFORMATION),
    ("Any breach of this policy may lead to disciplinary action.", INFORMATION),
    # an acceptable use agreement: what the signer undertakes is a rule; what they acknowledge is not
    ("I will lock or log off any device when I leave it unattended.", RULE),
    ("I agree to use the school's ICT systems within these guidelines.", RULE),
    ("I understand that the school will monitor my use of the school's ICT systems.", INFORMATION),
    ("I may connect my own phone or laptop to the school's guest Wi-Fi.", INFORMATION),
    # the items of a "Do | Don't" table, as the table reader writes them (bot.parse.table_rows)
    ("Don't: Accept friend requests from pupils or parents.", RULE),
    ("Not acceptable: Sharing your password with a colleague.", RULE),
    ("Do: Set your profiles to private.", ADVICE),
    ("Domestic abuse: see the safeguarding policy.", INFORMATION),
    # an instruction that starts "Do not" forbids, as "must not" does; "if you do not" does not
    ("Do not lift heavy furniture on your own.", RULE),
    ("NOTE: do not allow candidates to leave the room in the first hour.", RULE),
    ("Walk around the room, but do not linger by any one desk.", RULE),
    ("Steps you can take:\n• Do not use any information to locate a child.", RULE),
    ("If you do not recognise a candidate, ask the Exams Officer.", INFORMATION),
    # a clause that opens with an instruction, as guides and induction slides state their rules
    ("Lock your screen whenever you leave your computer.", RULE),
    ("Report the disclosure to the DSL immediately, and in any case before the end of the school day.", RULE),
    ("Write down what the child said, in their own words, as soon as possible.", RULE),
    ("Use of the minibus is limited to trained drivers.", INFORMATION),
    ("Reason: Moving house; Leave: 1 day; Pay: Unpaid.", INFORMATION),
    ("Check: Tyres; What to look for: Pressure, tread of at least 1.6 mm.", INFORMATION),
    ("Contact details for the DSL are on the staffroom noticeboard.", INFORMATION),
    ("Staff who do not drive may claim bus fares.", INFORMATION),
    # "may not" forbids ("may not use"), unless it says what may not happen ("may not realise")
    ("Staff may not use their own phones to photograph pupils.", RULE),
    ("Expenses claimed late may not be reimbursed.", RULE),
    ("Tell the person their behaviour is unwelcome; they may not realise the effect it is having.", INFORMATION),
    ("Children may not feel ready or know how to tell someone.", INFORMATION),
])
def test_force_from_wording(text, force):
    assert force_of(text) == force


def _result(pid, org, text):
    policy = Policy(pid, "Social Media Policy", f"{pid}.txt", organisation=org)
    return Result(Clause(pid, 1, text, "7.1", "Personal use", "7", 1, 1, force=force_of(text)), policy, 1.0)


def test_disagreement_is_made_visible_in_text_json_and_slack():
    answer = Answer("parents on facebook?", False, [
        _result("a", "Tornedale Infant School", "Staff must not have any contact with pupils' family members."),
        _result("b", "Balfour Primary School", "It is strongly recommended that staff do not have contact."),
    ])
    note = disagreement(answer.results)
    assert "Tornedale Infant School make" in note and "Balfour Primary School only advise" in note
    text = answer_text(answer)
    assert text.startswith("Note: The policies differ") and "[Rule]" in text and "[Advice]" in text
    data = answer_dict(answer)
    assert data["force_note"] == note and [r["force"] for r in data["results"]] == ["rule", "advice"]
    slack = json.dumps(answer_message(answer, record_id=1), ensure_ascii=False)
    assert "The policies differ" in slack and "_Rule_" in slack and "_Advice_" in slack


def test_no_note_when_policies_agree():
    answer = Answer("q", False, [_result("a", "A", "Staff must not."), _result("b", "B", "Staff must never.")])
    assert disagreement(answer.results) is None and answer_dict(answer)["force_note"] is None


def test_shipped_clauses_carry_force(searcher):
    forces = {c.force for c in searcher.index.clauses}
    assert forces == {RULE, ADVICE, INFORMATION}
    (c710,) = [c for c in searcher.index.clauses if c.policy_id == "balfour-primary" and c.section == "7.10"]
    assert c710.force == ADVICE


def test_clauses_that_barely_match_cannot_suggest_a_disagreement():
    rule = _result("a", "A School", "Staff must not post photographs of pupils.")
    weak_advice = Result(_result("b", "B School", "Staff should keep passwords safe.").clause,
                         _result("b", "B School", "x").policy, 1.0, confidence=0.2)
    assert disagreement([rule, weak_advice]) is None
    strong_advice = Result(weak_advice.clause, weak_advice.policy, 1.0, confidence=0.8)
    assert disagreement([rule, strong_advice]) is not None
