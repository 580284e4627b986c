"""Block Kit rendering: Slack's limits, escaping and the plain-text fallback."""
from __future__ import annotations

from datetime import date

from bot.models import Answer, Clause, Policy, Result
from bot.slack.answering import question_from_slack
from bot.slack.blocks import answer_message, escape, home_view

POLICY = Policy(id="p", title="Social Media Policy", file="p.txt", organisation="Balfour Primary School",
                approved="2018-12-12", next_review="2020-12")


def result(text: str, n: int = 1, section: str = "7.10") -> Result:
    clause = Clause("p", n, text, section, "Personal Use of Social Media", "7", 1, 2)
    return Result(clause, POLICY, 1.0)


def sections(message):
    return [b["text"]["text"] for b in message["blocks"] if b["type"] == "section"]


def test_escape_makes_markup_inert():
    assert escape("<!channel> & <@U1>") == "&lt;!channel&gt; &amp; &lt;@U1&gt;"


def test_question_from_slack_strips_the_mention_and_decodes_entities():
    assert question_from_slack("<@UBOT> can I post  &lt;pics&gt; &amp; videos?", "UBOT") == "can I post <pics> & videos?"
    assert question_from_slack("<!here> see <https://x.example|this page>", "UBOT") == "see this page"


def test_emoji_in_a_slack_message_are_not_words_of_the_question(searcher):
    # Slack sends emoji as ":shortcode:": ":thinking_face:" made "face" a search term (blind batch 42)
    assert question_from_slack(":wave: hi, can I accept a friend request from a parent? :pray:", "UBOT") == (
        "hi, can I accept a friend request from a parent?")
    assert question_from_slack("one of my year 6s followed me :eyes::sweat_smile: :+1::skin-tone-3:") == (
        "one of my year 6s followed me")
    assert question_from_slack("re:photos: the trip at 10:30: ok?") == "re:photos: the trip at 10:30: ok?"
    terms = searcher.term_counts("can I post photos from sports day on my insta :thinking_face: :camera_with_flash:")
    assert not {"face", "think", "camera", "flash"} & set(terms) and {"photo", "sport"} <= set(terms)
    assert searcher.search(":joy: :joy: :tada:").abstained


def test_echoed_question_and_clause_text_are_escaped():
    answer = Answer("<!channel> pics?", False, [result("Staff must not post <b>images</b> & videos.")])
    message = answer_message(answer, record_id=1, today=date(2026, 1, 1))
    text = " ".join(sections(message)) + message["text"]
    assert "<!channel>" not in text and "<b>" not in text
    assert "&lt;!channel&gt;" in text and "&amp; videos" in text


def test_long_clause_is_cut_at_a_word_boundary_with_a_pointer():
    words = ("confidential " * 600).strip()      # 7,800 characters
    message = answer_message(Answer("q", False, [result(words)]), record_id=1, today=date(2026, 1, 1))
    body = [s for s in sections(message) if "confidential" in s][0]
    assert len(body) <= 3000
    assert "the clause continues: read section 7.10" in body
    assert "confidentia…" not in body and "confidential…" in body
    assert len(message["text"]) <= 3000


def test_escaping_cannot_push_a_section_over_the_limit():
    message = answer_message(Answer("q", False, [result("<&> " * 1500)]), record_id=1, today=date(2026, 1, 1))
    assert all(len(s) <= 3000 for s in sections(message))


def test_never_more_than_50_blocks():
    answer = Answer("q", False, [result(f"Clause {n}.", n) for n in range(40)])
    message = answer_message(answer, record_id=1, top=40, today=date(2026, 1, 1))
    assert len(message["blocks"]) <= 50 and message["blocks"][-1]["type"] == "actions"


def test_overdue_review_is_flagged_and_fallback_names_the_source():
    message = answer_message(Answer("q", False, [result("Staff must decline friend requests.")]), record_id=1,
                             today=date(2026, 11, 23))
    context = [b for b in message["blocks"] if b["type"] == "context"][0]["elements"][0]["text"]
    assert "review was due Dec 2020" in context and "⚠️" in context
    assert message["text"].startswith("Balfour Primary School: Social Media Policy (review overdue), section 7.10")


def test_a_draft_policy_is_flagged_in_every_answer_and_on_the_home_tab():
    # a teacher on a phone must see that the quoted policy is a draft, not yet approved (document 86)
    draft = Policy(id="p", title="Supporting Pupils with Medical Conditions Policy", file="p.pdf",
                   organisation="Oakridge Primary School", status="draft")
    clause = Clause("p", 1, "Staff must not give any medicine without written consent from a parent.", "4.1",
                    "Medicines in school", "4", 1, 2)
    message = answer_message(Answer("q", False, [Result(clause, draft, 1.0)]), record_id=1, today=date(2026, 12, 7))
    context = [b for b in message["blocks"] if b["type"] == "context"][0]["elements"][0]["text"]
    assert context.startswith("⚠️ DRAFT, not yet approved")
    assert message["text"].startswith("Oakridge Primary School: Supporting Pupils with Medical Conditions Policy "
                                      "(DRAFT), section 4.1")
    home = str(home_view([draft], "Mrs Khan", date(2026, 12, 7)))
    assert "⚠️ DRAFT, not yet approved" in home


def test_more_button_only_when_there_are_more():
    answer = Answer("q", False, [result(f"Clause {n}.", n) for n in range(4)])
    first = answer_message(answer, record_id=9, top=3)
    second = answer_message(answer, record_id=9, offset=3, top=3)
    ids = lambda m: [e["action_id"] for b in m["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert "policy_more" in ids(first) and "policy_more" not in ids(second)


def test_declined_answer_names_the_contact():
    message = answer_message(Answer("payday?", True, [], "x"), contact="the bursar <bursar@x>")
    assert "the bursar &lt;bursar@x&gt;" in message["text"]


def test_home_view_lists_policies():
    view = home_view([POLICY], "Mrs Khan", date(2026, 11, 23))
    assert view["type"] == "home" and len(view["blocks"]) <= 50
    assert "Balfour Primary School" in str(view) and "review was due Dec 2020" in str(view)


def test_an_faq_answer_is_cited_by_the_question_it_answers():
    from bot.render import answer_text, location
    faq = Clause("p", 2, "Staff are paid monthly, on the last working day of the month.", None,
                 "When am I paid?", None, 5, 5)
    second = Clause("p", 3, "If payday falls on a weekend, you are paid the working day before.", None,
                    "When am I paid?", None, 6, 6, paragraph=2)
    section = Clause("p", 4, "Staff must not post photos of pupils.", None, "PHOTOGRAPHS", None, 8, 8, paragraph=2)
    assert location(faq) == "under “When am I paid?”"
    assert location(second) == "under “When am I paid?”, paragraph 2"
    assert location(section) == "PHOTOGRAPHS, paragraph 2"           # a section title is not a question
    message = answer_message(Answer("when is payday?", False, [Result(faq, POLICY, 1.0)]), record_id=1,
                             today=date(2026, 1, 1))
    assert any("under “When am I paid?”" in s for s in sections(message))
    assert "under “When am I paid?”" in answer_text(Answer("when is payday?", False, [Result(faq, POLICY, 1.0)]))
