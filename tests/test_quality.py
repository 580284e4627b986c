"""Answer quality guards: our own question set (tests/data), and the shared development set when it
is beside the checkout. Thresholds sit a little under today's numbers, so a change that makes
retrieval worse fails here; README 'Answer quality' has the numbers and the command."""
from __future__ import annotations

import pytest

from bot.evaluate import evaluate, load_questions
from bot.search import Searcher
from bot.tokenize import words
from tests.conftest import DATA, SHARED_EVAL, index_of


def test_own_question_set(searcher):
    report = evaluate(searcher, load_questions(DATA / "questions.yaml"))
    assert report.scoped_recall_at_3 >= 0.89
    assert report.scoped_recall_at_1 >= 0.7
    assert report.scoped_mrr_at_10 >= 0.8
    assert report.out_of_scope_abstained == 1.0
    assert report.in_scope_wrongly_abstained == 0.0


def test_development_set(searcher):
    if not SHARED_EVAL.exists():
        pytest.skip("shared/eval is not beside this checkout")
    report = evaluate(searcher, load_questions(SHARED_EVAL))
    assert report.scoped_recall_at_3 >= 0.9
    assert report.scoped_recall_at_1 >= 0.69
    assert report.scoped_mrr_at_10 >= 0.79
    assert report.global_success_at_1 >= 0.84
    assert report.global_success_at_3 >= 0.94
    assert report.out_of_scope_abstained >= 0.95
    assert report.in_scope_wrongly_abstained <= 0.03
    # without the organisation's vocabulary file, the built-in everyday list carries most of it: the
    # issue's target for retrieval that stands on its own (0.856)
    everyday = evaluate(Searcher(searcher.index, use_vocabulary=False), load_questions(SHARED_EVAL))
    assert everyday.scoped_recall_at_3 >= 0.85
    assert everyday.out_of_scope_abstained >= 0.95 and everyday.in_scope_wrongly_abstained <= 0.03


def test_vocabulary_helps_but_literal_questions_work_without_it(searcher):
    plain = Searcher(searcher.index, use_vocabulary=False, use_everyday=False)     # the words alone
    questions = load_questions(DATA / "questions.yaml")
    with_vocab, without = evaluate(searcher, questions), evaluate(plain, questions)
    assert with_vocab.scoped_recall_at_3 > without.scoped_recall_at_3
    literal = [q for q in questions if q.id in ("t002", "t004", "t005", "t007", "t009", "t010")]
    assert evaluate(plain, literal).scoped_recall_at_3 >= 0.9


@pytest.mark.parametrize("question, policy, section", [
    ("a kid in my class sent me a freind request", "forge-integrated-primary", "6.4"),      # typo
    ("do i have to change my pasword?", "balfour-primary", "7.3"),                          # typo
    ("<!channel> can I edit Wikipedia at work?", "southfield-trust", "6.11"),               # markup
])
def test_typos_and_markup_do_not_stop_the_right_clause(searcher, question, policy, section):
    answer = searcher.search(question, policies=[policy], top=3)
    assert section in [r.clause.section for r in answer.results]


@pytest.mark.parametrize("question, policy, quoted", [
    # "my linkedin" is the policies' personal web space; "private" is the template's security settings
    ("is it ok to say im a teacher at [school] on my linkedin", "balfour-primary", "identify themselves as employees"),
    ("do i hav to set my acc to private", "school-trust-template", "security settings"),
    # "mention the school" names the employer
    ("Can I tweet the results of our bake sale from my own account and mention the school?", "southfield-trust",
     "identify themselves as employees"),
    # English as a second language: "the pause of lunch", "the name of school where I am working"
    ("In the pause of lunch I can use my Facebook or is forbidden?", "school-trust-template", "during work time is not permitted"),
    ("Is possible to write on my profile the name of school where I am working?", "tornedale-infant", "identify themselves as employees"),
])
def test_the_organisations_words_for_my_own_accounts(searcher, question, policy, quoted):
    answer = searcher.search(question, policies=[policy], top=3)
    assert any(quoted in r.clause.text for r in answer.results)


@pytest.mark.parametrize("question, read_as", [
    ("is this ok? https://www.facebook.com/groups/123", "is this ok? facebook"),
    ("is this ok <https://www.instagram.com/p/xyz|instagram.com/p/xyz>", "is this ok instagram"),  # Slack's link
    ("can I share bbc.co.uk/news articles?", "can I share bbc articles?"),
])
def test_a_web_address_is_read_as_its_site(searcher, question, read_as):
    from bot.questions import searchable
    assert searchable(question) == read_as
    assert not {"http", "https", "www", "com", "p", "xyz", "group", "123", "news"} & set(searcher.query_terms(question))


@pytest.mark.parametrize("text, read_as", [
    ("connect to the guest Wi-Fi", ["connect", "to", "the", "guest", "wifi"]),
    ("e-mail and on-line", ["email", "mail", "and", "online"]),
    ("co-workers and ex\u2011pupils", ["coworkers", "workers", "and", "expupils", "pupils"]),
    ("AI-generated, IT-related, day-to-day", ["ai", "generated", "it", "related", "day", "to", "day"]),
])
def test_a_word_written_with_a_prefix_and_a_hyphen_is_also_one_word(text, read_as):
    from bot.tokenize import words
    assert words(text) == read_as


def test_a_hyphenated_word_is_found_as_staff_type_it(tmp_path):
    # The agreement says "guest Wi-Fi"; staff ask about the "wifi".
    index = index_of(tmp_path, DATA / "aup" / "acceptable-use-agreement.docx")
    answer = Searcher(index).search("can I put my own laptop on the school wifi?")
    assert "guest Wi-Fi" in answer.results[0].clause.text


def test_an_accented_word_in_a_policy_is_found_as_staff_type_it(tmp_path):
    # "crèche" was indexed as "cr" and "che", so "creche" found nothing and the question was refused
    index = index_of(tmp_path, ("centre.md", "# Children's Centre\n\nThe crèche is open to staff's own children "
                                             "on weekday mornings.\n\nThe café closes at 2pm.\n\n"
                                             "Staff park in the top car park.\n"))
    answer = Searcher(index).search("is there a creche?")
    assert not answer.abstained and "crèche" in answer.results[0].clause.text


def test_a_compound_is_found_as_the_policy_writes_it(tmp_path):
    # The handbook says "staff room" and "weekend"; staff type "staffroom" and "week end". Without
    # reading them as the handbook writes them, the clause on phones in the staff room came second
    # and the one on paydays that fall on a weekend second too.
    searcher = Searcher(index_of(tmp_path, DATA / "handbook" / "staff-handbook.md"))
    answer = searcher.search("can I use my phone in the staffroom?")
    assert "in the staff room" in answer.results[0].clause.text
    answer = searcher.search("when do we get paid if payday is on a week end?")
    assert "falls on a weekend" in answer.results[0].clause.text
    # two parts that no clause has side by side are not a compound: "carpet" is not a car and a pet
    assert searcher._split("staffroom") == ("staff", "room")
    assert searcher._split("carpet") is None and searcher._split("therapist") is None
    words_alone = Searcher(searcher.index, use_everyday=False)
    assert [(c.source, c.alternatives) for c in words_alone.concepts(words("the head teacher"))] \
        == [(("head", "teacher"), [("headteach",)])]


def test_web_addresses_in_policies_are_indexed_as_their_sites(searcher):
    # Balfour lists links ("NASUWT Social Networking Guidance http://www.nasuwt.org.uk/Information…");
    # their "https", "www" and path words would match any question with a link or "articles" in it
    assert not [t for t in ("http", "www", "eorderingdownload", "articl", "cfm", "pdf") if searcher.body.df(t)]
    answer = searcher.search("is there any guidance from the NASUWT?", policies=["balfour-primary"], top=1)
    assert answer.results[0].clause.text.startswith("NASUWT Social Networking Guidance")
    linked = searcher.search("https://www.facebook.com/groups/123 is this ok?")
    assert [r.clause.id for r in linked.results] == [r.clause.id for r in searcher.search("facebook, is this ok?").results]


def test_chat_words_are_not_search_terms(searcher):
    # "us" and "actual" carry no policy content: "what's the actual point… catch us out"
    assert not {"us", "actual"} & set(searcher.query_terms("what's the actual point? feels like it's there to catch us out"))


def test_the_chat_words_of_wales_the_midlands_and_the_west_country_are_not_search_terms(searcher):
    # "ay up me duck", "lush", "tamping" (furious) and "mun" are how the question is said, not what it
    # is about: as words no clause has, they made the question look uncovered (blind batch 97)
    terms = set(searcher.query_terms("ay up me duck, the kids were tamping but they looked lush, mun"))
    assert not {"ay", "duck", "tamp", "lush", "mun"} & terms and "look" in terms


def test_numbers_and_times_no_policy_has_are_not_search_terms(searcher):
    # "10pm" or "£50" is a detail of the situation; counted as a word no clause has, it would
    # weigh as much as the topic and push a real question under the confidence needed.
    terms = searcher.term_counts("my head of department keeps emailing me at 10pm about a £50 voucher")
    assert "10pm" not in terms and "50" not in terms and "email" in terms
    assert not {"timeofday", "10", "pm"} & set(terms)


def test_a_clock_time_meets_any_clock_time(tmp_path):
    # "come in at 7am" is answered by "before 7.30am": the hours differ, a time of day is the point
    from bot.tokenize import words
    assert words("before 7.30am, after 6 PM; at 10pm. Ratios 1:10") == [
        "before", "timeofday", "after", "timeofday", "at", "timeofday", "ratios", "1", "10"]
    searcher = Searcher(index_of(tmp_path, ("site.md",
        "# Site security policy\n\n1. Staff must sign in at the office before 7.30am or after 6pm.\n\n"
        "2. The office keeps a record of keys issued to staff.\n\n3. Visitors must wear a badge at all times.\n\n"
        "4. Staff must keep their classroom windows locked when the room is empty.\n")))
    for question in ("can I come in at 7am?", "I'm staying until 9pm tonight, is that ok?"):
        assert searcher.search(question).results[0].clause.text.startswith("Staff must sign in")
    # a length of time that no policy states is left out of the question, as "10pm" is above
    assert "timespan" not in searcher.term_counts("how long can I stay after school?")


def test_a_question_asking_the_time_asks_for_a_clock_time(tmp_path, searcher):
    # "what time do I have to be in by?" asks for a time of day: it is CLOCK_TIME, which "before
    # 7.30am" meets, not the "time" of "from time to time" or "at all times"; "what time off" is not
    from bot.tokenize import words
    assert words("What time do I have to be in? at what time? what time off do I get? from time to time") == [
        "timeofday", "do", "i", "have", "to", "be", "in", "at", "timeofday", "what", "time", "off", "do", "i",
        "get", "from", "time", "to", "time"]
    site = Searcher(index_of(tmp_path, ("site.md",
        "# Site security policy\n\n1. Staff must sign in at the office before 7.30am or after 6pm.\n\n"
        "2. Visitors must wear a badge at all times.\n\n3. The office checks the fire doors from time to time.\n")))
    assert site.search("what time do I have to be in by?").results[0].clause.section == "1"
    # a library that gives no time of day does not answer the question (blind batch 54): the asked
    # time is kept as a word no clause has, where a time the question gives ("10pm") is dropped
    question = "what time do I have to be in by in the morning?"
    assert "timeofday" in searcher.term_counts(question) and searcher.search(question).abstained


def test_a_length_of_time_meets_the_question_how_long(tmp_path):
    # "how long until I hear back?" is answered by "within 10 working days": the number is
    # TIME_SPAN, and so is the "how" of "how long", "how soon", "how many days"
    from bot.tokenize import words
    assert words("within 10 working days, one term in advance; how long? how many weeks? a day off") == [
        "within", "timespan", "working", "days", "timespan", "term", "in", "advance", "timespan", "long",
        "timespan", "many", "weeks", "a", "day", "off"]
    searcher = Searcher(index_of(tmp_path, ("grievance.md",
        "# Grievance procedure\n\n1. The manager will meet the employee in private.\n\n"
        "2. The manager will meet the employee within 10 working days of receiving a written grievance.\n\n"
        "3. Staff may bring a trade union representative.\n\n"
        "4. A grievance about the headteacher is sent to the chair of governors.\n")))
    for question in ("how soon will my manager meet me?", "how long before the manager has to meet me?"):
        assert searcher.search(question).results[0].clause.section == "2"


def test_one_to_one_and_an_email_address_are_the_words_staff_ask_with(tmp_path):
    # "the head wants to cut a boy's 1:1 hours" (document 50, a SEND policy): "1:1" however it is
    # typed is the policy's "one-to-one", not the number of a length of time ("1 hours"); and a
    # contacts table's address answers "what's the SENCo's email?"
    from bot.tokenize import site_names, words
    assert words("1:1 hours, a 1-2-1, one-to-one support, 1 to 1, from one to one hundred") == [
        "onetoone", "hours", "a", "onetoone", "onetoone", "support", "onetoone", "from", "one", "to", "one", "hundred"]
    assert words(site_names("senco@oakfield.sch.uk, Monday")) == ["senco", "email", "oakfield", "monday"]
    searcher = Searcher(index_of(tmp_path, ("send.md",
        "# SEND policy\n\n1. The SENCo leads the annual review of each pupil's plan.\n\n"
        "2. Any one-to-one support named in a pupil's plan must not be reduced without the SENCo's agreement.\n\n"
        "3. Contact the SENCo, Mrs Patel: senco@oakfield.sch.uk.\n\n"
        "4. Class teachers write a report before the annual review.\n")))
    assert searcher.search("can they cut his 1:1 hours?").results[0].clause.section == "2"
    assert searcher.search("what's the SENCo's email?").results[0].clause.section == "3"


def test_chat_spellings_are_read_as_the_words_they_spell(searcher):
    # typed on a phone: "hav", "r", "wat", "2", "lol" say nothing; "yr 10" is a year group, a "msg" a message
    terms = searcher.term_counts("wat r the rules, do i hav 2 make my fb private lol")
    assert not {"hav", "r", "wat", "2", "lol"} & set(terms) and "privat" in terms
    assert "obligatori" not in searcher.term_counts("It is obligatory to put my account in private mode?")
    # "I've noticed a colleague has..." tells what happened; a notice period is still a notice
    assert "notic" not in searcher.term_counts("I've noticed a colleague has parents as friends")
    assert "notic" in searcher.term_counts("how much notice do I give?")
    assert searcher.index.tokenizer("a yr 10 sent me a msg") == searcher.index.tokenizer("a year 10 sent me a message")
    answer = searcher.search("is it ok 2 use my school email for my twitter acct", policies=["balfour-primary"], top=1)
    assert answer.results[0].clause.section == "7.18"
    # "c" is see, a "req" a request, a "frend" a friend, "txts" texts (the twenty-sixth blind batch)
    tok = searcher.index.tokenizer
    assert tok("can the school c my txts") == tok("can the school see my texts")
    assert tok("a frend req from my acc") == tok("a friend request from my account")
    monitored = searcher.search("can the school c my emails??", policies=["southfield-trust"], top=1)
    assert monitored.results[0].clause.section == "8.1"


def test_the_story_around_a_question_is_not_its_topic(searcher, tmp_path):
    # "last night", "this morning", "years ago", "is that a problem?": no shipped clause has these
    # words, so they are the story, not the topic, and do not count against the answer's confidence
    question = "I put a class photo on my facebook by mistake last night and took it down this morning, am I in trouble?"
    terms = searcher.term_counts(question)
    assert not {"last", "morn"} & set(terms) and {"photo", "facebook"} <= set(terms)
    # nor is the occasion it comes from (the twenty-ninth blind batch: "World Book Day costumes"), nor
    # what it celebrates (the eighty-third: "my post celebrating our inspection" was refused)
    occasion = searcher.term_counts("the kids' costumes at the bake sale were great, can I post pics?")
    assert not {"costum", "bake", "sale"} & set(occasion) and {"kid", "post", "pic"} <= set(occasion)
    logo = "Can I put the school logo on my post celebrating our inspection?"
    assert "celebr" not in searcher.term_counts(logo) and not searcher.search(logo, top=3).abstained
    answer = searcher.search(question, top=3)
    assert not answer.abstained
    assert any(r.clause.text.startswith("Photographs, videos") for r in answer.results)
    # a library whose policy uses the word searches it as usual
    alone = Searcher(index_of(tmp_path, ("lone-working.md",
        "# Lone Working Policy\n\n## Working late\n\n1. Nobody works alone in the building at night.\n\n"
        "2. The caretaker locks the gates at 6pm.\n")))
    assert "night" in alone.term_counts("can I stay on my own till late at night?")
    # a word the vocabulary knows ("nights" is an overnight stay) is the story too where the library
    # has nothing it stands for (tests/data/cctv: "The police have rung asking for footage ... from last
    # night" was refused), and kept where it has
    (tmp_path / "cctv").mkdir(), (tmp_path / "trips").mkdir()
    cameras = Searcher(index_of(tmp_path / "cctv", ("cctv.md",
        "# CCTV Policy\n\n## Disclosure\n\n1. Requests from the police for images must be made in writing.\n\n"
        "2. Recordings are kept for 30 days.\n")))
    police = "The police have rung asking for footage of the car park from last night. What do I do?"
    assert "night" not in cameras.term_counts(police)
    assert not cameras.search(police, top=3).abstained
    trips = Searcher(index_of(tmp_path / "trips", ("trips.md",
        "# Educational Visits Policy\n\n## Residential visits\n\n1. Overnight stays need the governors' approval.\n")))
    assert "night" in trips.term_counts("do I get paid extra for the nights on the year 6 trip?")
    # light verbs no clause has are the story too ("put the heating on", "make a drink")...
    terms = alone.term_counts("can I put the heating on and make a drink at night?")
    assert not {"make", "put"} & set(terms) and {"heat", "night"} <= set(terms)
    # and so is reported speech: "the head said it's ok"
    terms = searcher.term_counts("the head said it's ok to post photos of the choir, is that right?")
    assert "say" not in terms and {"photo", "choir"} <= set(terms)      # "said" stems as "say"
    # what a friend says, and whether it is true (blind batch 56): refused "...is that true for us?"
    question = "my friend who teaches in Scotland says they can't be friends with colleagues on Facebook, is that true for us?"
    assert not {"say", "true"} & set(searcher.term_counts(question)) and not searcher.search(question).abstained
    # ...unless the vocabulary reads them in a phrase: "look through our emails" is monitoring
    assert "look" in searcher.term_counts("can the head look through our school emails whenever they want?")
    # "once we're back" is when, not what (blind batch 43): it refused the residential trip's photos
    question = "can I post photos from the residential once we're back and the trip is over?"
    assert "back" not in searcher.term_counts(question)
    assert not searcher.search(question).abstained
    # nor is what the occasion was like (blind batch 45): "tricky", no clause's word, refused this
    question = "A tricky dad cornered me at pick-up and I wrote about it on my blog, names changed. Am I in trouble?"
    assert "tricki" not in searcher.term_counts(question)
    assert not searcher.search(question).abstained
    # nor is asking for a summary (blind batch 50): "tldr" and "summarise" weighed as the rarest words
    # and refused "tldr of the staff social media policy pls"
    assert not {"tldr", "summaris", "nutshel"} & set(searcher.term_counts("tldr, or summarise it in a nutshell"))
    assert not searcher.search("tldr of the staff social media policy pls").abstained
    # "next" is not the story: "next year" is a time no policy gives, which keeps this question out
    assert searcher.search("what are the term dates for next year?").abstained
    # nor how long it can wait (an academy's confidentiality policy): "till" refused "...can it wait
    # till Monday?" where no clause has it
    assert "till" not in searcher.term_counts("a pupil told me something worrying, can it wait till Monday?")
    # nor is comparing two things (a trust's procedure for official accounts): "difference" refused "what's
    # the difference between amber and green consent?"
    assert not {"differ"} & set(searcher.term_counts("what's the difference between a parent and a carer?"))
    # "as long as no faces show" is a condition, not a length of time
    assert "long" not in searcher.term_counts("can I post the pics as long as no faces show?")
    assert "timespan" in searcher.term_counts("how long do I have to keep records?")


def test_the_day_or_month_a_question_names_is_its_story(tmp_path):
    # Document 110, a staff handbook: "my sister's getting married on a Friday in June, can I have the
    # day off?" was refused, "June", which no clause has, counted as the rarest of its words. A month
    # is when the question happens, searched only where a clause has it. (The day of the week too
    # took four out-of-scope questions of the blind file from declined to answered: it stays.)
    handbook = Searcher(index_of(tmp_path, DATA / "schoolhandbook" / "staff-handbook-2025-26.docx"))
    question = "my sister's getting married on a Friday in June, can I have the day off?"
    terms = handbook.term_counts(question)
    assert "june" not in terms and "friday" in terms
    answer = handbook.search(question, top=3)
    assert not answer.abstained
    assert answer.results[0].clause.text.startswith("Requests for leave of absence in term time")


def test_who_is_asking_is_not_what_they_ask_about(searcher):
    # Secondary staff open with their role (blind batch 41): "As head of drama, ...", "DT teacher -
    # ...", "art teacher here, ...". A role word no clause has ("drama", "MFL", "SENCo") is the story
    # around the question: counted as the rarest of words, it refused the drama teacher's question.
    from bot.questions import introduction
    assert introduction("As head of drama, can I put clips of the school play on YouTube?") == "head of drama"
    assert introduction("I'm the PE teacher - can I film the gymnastics?") == "PE teacher"
    assert introduction("art teacher here, can I share the class's artwork?") == "art teacher"
    assert introduction("MFL teacher: can the children message their pen pals?") == "MFL teacher"
    assert introduction("as the SENCo can I message parents on facebook") == "SENCo"
    assert introduction("I'm a bit worried about one of my Y6 girls. Can I look at her Instagram?") == ""
    assert introduction("I run the music department's page") == ""
    question = "As head of drama, can I put clips of the school play on my personal YouTube channel?"
    assert "drama" not in searcher.term_counts(question)
    answer = searcher.search(question, top=3)
    assert not answer.abstained
    assert any(r.clause.text.startswith("Photographs, videos") for r in answer.results)
    # the same word outside the introduction is still the question's ("can I film the drama show?")
    assert "drama" in searcher.term_counts("I'm a teacher - can I post the drama club's show?")
    # a role the vocabulary knows is searched: it may be what the question is about
    assert "cleaner" in searcher.term_counts("I'm a cleaner, does the social media policy apply to me?")
    assert "volunt" in searcher.term_counts("As a volunteer, do I have to follow this?")
    # and a question that is nothing but a role's unknown words is still declined
    assert searcher.search("As head of drama, when is the dress rehearsal?").abstained


def test_names_and_a_framing_label_are_not_what_a_question_asks(searcher):
    # Training scenarios and quiz questions (blind batch 75) name the people in them and open with
    # a label: "Case study: a TA called Jo posts on Twitter...", "Role play for ECTs: a Year 9 asks
    # Miss Shah...". Counted as the rarest of words, "Shah", "Jo" and "study" refused them, and the
    # "called" of "a TA called Jo" read as a phone call.
    from bot.questions import story_words
    assert story_words("Case study: a TA called Jo posts on Twitter") == ["Jo", "Case study"]
    assert story_words("Scenario for INSET: Mr Patel, a Year 5 teacher, gets a friend request") == \
        ["Mr", "Patel", "Scenario for INSET"]
    assert story_words("Mrs. Green finds a Facebook page about her") == ["Mrs.", "Green"]
    # not a name: "miss" in lower case, Microsoft's "MS Teams"; not a frame: a message's sender before
    # its quoted words, or more than FRAME_WORDS words before the colon
    assert story_words("I miss being able to post about my class") == []
    assert story_words("can I use MS Teams to message pupils?") == []
    assert story_words('Email from HR: "please update your emergency contacts"') == []
    assert story_words("Text from a colleague: did you see what the new TA put on TikTok?") == []
    assert story_words("A parent just messaged me on Facebook: can you accept my request?") == []
    question = "Case study: a TA called Jo posts on Twitter that her school's Ofsted inspection was a farce."
    assert not {"jo", "studi", "call"} & set(searcher.term_counts(question))
    answer = searcher.search("Role play for ECTs: a Year 9 asks Miss Shah in the corridor for her Instagram "
                             "handle. What should she say?")
    assert not answer.abstained
    assert "pupil" in answer.results[0].clause.text.lower()
    # a question that is nothing but a frame and unknown words is still declined
    assert searcher.search("Quiz question: how many fire exits does the main building have?").abstained


def test_whom_a_question_is_asked_for_is_not_what_it_asks(searcher):
    # Blind batch 106 asks for someone else: "Asking for a friend: can a teacher get sacked...",
    # "For a friend: ...", "A colleague wants to know if...". The friend is the asker's, not the
    # policies' friends ("friend requests") or colleagues, and "someone else" and "hypothetically"
    # are filler; counted, they drew the friend-request clauses to questions about dismissal.
    from bot.questions import searchable
    for question, rest in [
        ("Asking for a friend: can a teacher get sacked for drunk photos?", ": can a teacher get sacked for drunk photos?"),
        ("For a friend: does the policy cover supply teachers?", "does the policy cover supply teachers?"),
        ("can teachers be sacked for tweets? asking for a mate", "can teachers be sacked for tweets?"),
        ("A colleague wants to know if she can use her school email", "if she can use her school email"),
        ("is it ok to tweet about ofsted? for a friend", "is it ok to tweet about ofsted"),
    ]:
        assert searchable(question).strip() == rest
    # a friend who is what the question is about is kept
    for question in ["can I accept a friend request from a friend of my mum?", "my friend wants to add me on facebook",
                     "my colleague asked me to share the photos", "can I post for a friend who runs a charity?"]:
        assert searchable(question) == question
    assert not {"friend", "els", "hypothet"} & set(searcher.term_counts(
        "Hypothetically, asking for someone else: can a teacher get sacked for drunk photos?"))
    answer = searcher.search("Asking for a friend: can a teacher get sacked for drunk photos on Facebook?",
                             policies=["balfour-primary"])
    assert "friend" not in answer.results[0].clause.text.lower()


def _said(question: str) -> str:
    """The words of a question as they are searched (bot.questions.searchable), spaces folded."""
    from bot.questions import searchable
    return " ".join(searchable(question).split())


def test_how_the_asker_judges_what_they_ask_is_not_what_it_is_about(searcher):
    # "if a pupil sends you a friend request, is it rude to just ignore it?" (blind batch 106) was
    # refused in every policy: "rude" (read as inappropriate content) and "ignore" outweighed the
    # friend request. The adjective of "is it rude to", "would it be weird if" goes.
    assert _said("is it rude to just ignore it?") == "is it to just ignore it?"
    assert _said("would it be a bit weird if I followed her back?") == "would it be a bit if I followed her back?"
    for question in ["a mum was rude to me on facebook", "is it rude language to swear in a tweet?"]:
        assert _said(question) == question
    answer = searcher.search("if a pupil sends you a friend request, is it rude to just ignore it?",
                             policies=["southfield-trust"])
    assert not answer.abstained and "decline 'friend requests' from pupils" in answer.results[0].clause.text


def test_permission_asked_by_understatement_is_asked_for_what_it_is_about(searcher):
    # Blind batch 113: "would it raise eyebrows if I put a few sports day photos on my own Facebook?"
    # was refused in all four policies with a photographs clause: "raise" and "eyebrows", which no
    # clause has, counted as the question's rarest words. The understatement goes, as "is it rude
    # to" does; what follows "if", "to" or "of" is the question.
    assert _said("would it raise eyebrows if I posted it?") == "if I posted it?"
    assert _said("would it be frowned upon if I added a mum?") == "would it be if I added a mum?"
    assert _said("is it frowned on to say where I work?") == "is it to say where I work?"
    assert _said("is it a bit off to follow them back?") == "is it a bit to follow them back?"
    assert _said("is it kosher to use my phone?") == "is it to use my phone?"
    assert _said("would the head take a dim view of me moaning on Twitter?") == "me moaning on Twitter?"
    assert _said("would anyone mind if I joined the group?") == "if I joined the group?"
    for question in ["is it off to the printers?", "a parent frowned at me", "she'll raise it with the head",
                     "would you mind checking my post?"]:
        assert _said(question) == question
    answer = searcher.search("would it raise eyebrows if I put a few sports day photos on my own Facebook?",
                             policies=["southfield-trust"])
    assert not answer.abstained
    assert any("Photographs, videos or any other types of image of pupils" in r.clause.text for r in answer.results[:3])


def test_an_idiom_of_risk_is_how_the_asker_rates_the_question_not_what_it_is_about(searcher):
    # Blind batch 116: "am I skating on thin ice putting photos from the school trip on my Facebook?"
    # was refused in all four policies with a photographs clause: "skating", "thin" and "ice", which no
    # clause has, outweighed the photos. The idiom goes; what it is said of stays.
    assert _said("am I skating on thin ice putting photos on Facebook?") == "am I putting photos on Facebook?"
    assert _said("is it playing with fire to prop the fire doors open?") == "is it to prop the fire doors open?"
    assert _said("would messaging a year 11 be crossing a line?") == "would messaging a year 11 ?"
    assert _said("is a parent's friend request a grey area?") == "is a parent's friend request ?"
    assert _said("I don't want to land myself in hot water, can I reply?") == "I don't want to , can I reply?"
    assert _said("just to be on the safe side, who do I tell?") == ", who do I tell?"
    assert _said("where's the line in the sand with colleagues?") == "where's with colleagues?"
    assert _said("could this come back to bite me?") == "could this ?"
    for question in ["can I stand on the picket line?", "my line manager asked me", "is the ice on the playground safe?",
                     "a red car parks in my bay", "is the water in the hot tap safe to drink?",
                     "the fire alarm went off during my lesson"]:
        assert _said(question) == question
    answer = searcher.search("am I skating on thin ice putting photos from the school trip on my Facebook?",
                             policies=["southfield-trust"])
    assert not answer.abstained
    assert any("Photographs, videos or any other types of image of pupils" in r.clause.text for r in answer.results[:3])


@pytest.mark.parametrize("question, term", [
    ("what counts as fraud?", "fraud"),
    ("what is a bribe exactly?", "bribe"),
    ("what does 'unsubstantiated' mean?", "unsubstantiated"),
    ("what is meant by grooming?", "grooming"),
    ("what is the definition of lone working?", "lone working"),
    ("does Discord count as social media under this policy? I only use it for gaming", "social media"),
    ("is a child's religion classed as sensitive information?", "sensitive information"),
    ("what are reasonable adjustments?", "reasonable adjustments"),
    ("what's an invacuation?", "invacuation"),
    # asking for a thing, not a meaning
    ("what are the stages?", ""),
    ("what is the deadline?", ""),
    ("what is the policy on phones in class?", ""),
    ("do I need someone with me when I count the cake sale money?", ""),
    ("what time is the staff meeting?", ""),
])
def test_what_a_question_asks_the_meaning_of(question, term):
    from bot.questions import defined_term
    assert defined_term(question).strip("'") == term


def test_a_question_asking_what_a_word_means_finds_the_clause_that_defines_it(tmp_path, monkeypatch):
    # Document 107, an anti-fraud policy: "what does 'unsubstantiated' mean?" and "what counts as a
    # data breach?" (documents 48 and 70) found the clauses that use the word before the one that
    # says what it is. The clause that opens by defining it ("Fraud is...", "Bribery is...") comes
    # first (search.DEFINITION_FIRST), the word's endings aside ("bribe") and not for a clause that
    # opens with more than the word ("Fraud reported to us is...").
    import bot.search
    index = index_of(tmp_path, ("fraud.md",
        "# Anti-Fraud Policy\n\n## 1. Definitions\n\n"
        "1.1 Fraud is dishonestly making a false statement or abusing a position to make a gain.\n\n"
        "1.2 Bribery is offering, giving or accepting a bribe or other advantage to do a job improperly.\n\n"
        "## 2. Reporting fraud\n\n"
        "2.1 Report suspected fraud at once. Fraud will be treated as gross misconduct.\n\n"
        "2.2 Fraud reported to us is investigated by the finance director, and a bribe is reported to the police.\n\n"
        "2.3 Never accept a bribe.\n"))
    searcher = Searcher(index)
    assert searcher.search("what counts as fraud?").results[0].clause.section == "1.1"
    assert searcher.search("what is a bribe exactly?").results[0].clause.section == "1.2"
    assert searcher.search("can I report fraud?").results[0].clause.section != "1.1"
    monkeypatch.setattr(bot.search, "DEFINITION_FIRST", False)
    assert searcher.search("what counts as fraud?").results[0].clause.section != "1.1"


def test_a_fed_up_question_is_asked_for_what_it_is_about(searcher):
    # Blind batch 114, staff who are fed up and say so: "feels a bit big brother tbh, is SLT actually
    # allowed to go through my personal facebook?" found no monitoring clause in three policies: "big
    # brother" was a brother (a family member) and "ridiculous" stemmed as "ridicule" (harassment).
    assert _said("feels a bit big brother, can SLT do that?") == "feels a bit monitoring, can SLT do that?"
    assert _said("it's like big brother") == "it's like monitoring"
    for question in ["my big brother is a parent here", "her big brother is in year 9",
                     "the big brother who works in the office added me", "big brother's account"]:
        assert _said(question) == question
    tok = searcher.index.tokenizer
    assert tok("ridiculous") != tok("ridicule") and tok("ridiculously") == tok("ridiculous")
    answer = searcher.search("feels a bit big brother tbh, is SLT actually allowed to go through my personal facebook?",
                             policies=["southfield-trust"])
    assert "monitors usage of its internet" in answer.results[0].clause.text


def test_asking_to_be_told_is_not_what_a_question_is_about(tmp_path):
    # Document 108, a career break policy: "what if I forget to confirm I'm coming back?" lost its
    # "confirm", a filler word for "could you confirm whether...", and found the clauses on returning
    # before "You must confirm in writing that you intend to return". Now only the request to be told
    # goes; the confirming a policy asks for is searched.
    assert _said("Could you confirm whether staff may use Facebook?") == "whether staff may use Facebook?"
    assert _said("Please confirm the deadline for expenses.") == "the deadline for expenses."
    assert _said("I would be grateful if you could confirm the deadline.") == "I would be grateful the deadline."
    assert _said("just to confirm, can I post photos?") == ", can I post photos?"
    for question in ["what if I forget to confirm I'm coming back?", "will my new hours be confirmed in writing?",
                     "can I appeal if they don't confirm my job?"]:
        assert _said(question) == question
    index = index_of(tmp_path, DATA / "careerbreak" / "career-break-policy.rtf")
    answer = Searcher(index).search("what if I forget to confirm I'm coming back?")
    assert answer.results[0].clause.text.startswith("You must confirm in writing that you intend to return")


def test_greetings_and_sign_offs_are_manners_not_the_question(searcher):
    # Blind batch 118: "Happy Monday!", "Thanks in advance, Jo x", "Kind regards, Mrs Patel", "ta x",
    # "Have a lovely weekend": "happy", "advance", "regards", a name and "weekend" were searched, and
    # "ta" read as a teaching assistant.
    assert _said("Hi! Hope you're well. Can I add a parent? Thanks in advance, Jo x") == "Can I add a parent?"
    assert _said("Hiya, happy Friday! Is it ok to follow ex-pupils? Have a lovely weekend x") == \
        "Is it ok to follow ex-pupils?"
    assert _said("Dear policybot, may I use my phone? Kind regards, Mrs Patel") == "may I use my phone?"
    assert _said("Morning all :) quick one - can I post photos? Cheers!") == "can I post photos?"
    assert _said("Thanks for your help last time! One more: can I join the group? x") == "can I join the group?"
    assert _said("is it ok to have colleagues as friends on facebook?? ta x") == \
        "is it ok to have colleagues as friends on facebook??"
    # what can be the question stays: a break or a club named first, thanks that are what is asked about
    for question in ["Morning break - can I use my phone?", "Evening clubs: do the rules apply?",
                     "can I accept a gift to say thank you", "can I say thanks to a parent on Facebook?",
                     "Happy to help, but can I post it?", "is it ok to post a photo of Sam?",
                     "Dear parents, the trip is on Friday - can I send that letter on WhatsApp?"]:
        assert _said(question) == question
    # a thank-you alone is still one
    assert searcher.is_thanks("Thanks, that helps!") and searcher.is_thanks("cheers mate")
    # "Evening! Can I say which school I work at on my Instagram? Thanks lovely x" found the clause third
    answer = searcher.search("Evening! Can I say which school I work at on my Instagram? Thanks lovely x",
                             policies=["tornedale-infant"])
    assert "must not identify themselves as employees" in answer.results[0].clause.text


def test_the_excuse_a_question_opens_with_is_not_what_it_asks(searcher):
    # Blind batch 108: "Silly question, but...", "Sorry to bother you -", "Not sure if this is the right
    # place to ask, but...". "silly", "daft" and "bother" counted as the question's rarest words:
    # "Daft question - can I friend a pupil?" held 0.35 of the best clause, just above refusal.
    assert _said("Silly question, but can I add parents?") == "can I add parents?"
    assert _said("This might be a daft question but can I use my school email?") == "can I use my school email?"
    assert _said("Basic question sorry - do I have to accept?") == "do I have to accept?"
    assert _said("Not sure if this is the right place to ask, but what privacy settings?") == "what privacy settings?"
    assert _said("I feel a bit stupid asking this, but could I get sacked?") == "could I get sacked?"
    assert _said("can I follow parents? sorry if this is a silly question") == "can I follow parents"
    assert _said("Sorry to bother you - can I follow parents?") == "can I follow parents?"
    for question in ["a parent called me stupid on facebook", "is it a stupid question to ask the head?",
                     "can I send my apologies for the staff meeting?"]:
        assert _said(question) == question
    answer = searcher.search("Daft question - can I friend a pupil?", policies=["southfield-trust"])
    assert answer.results[0].confidence > 0.9
    assert "friend requests" in answer.results[0].clause.text


def test_being_ill_and_how_long_something_lasts_are_read_as_staff_mean_them(tmp_path):
    # Document 94 (tests/data/observation). "ill" was dropped as chat's "I'll", so "what if I'm off ill
    # on the day of my observation?" was searched as "day observation"; and the "last" of "how long
    # can a drop-in last?" matched "the last week of a term" over the drop-in's row of the table.
    assert _said("ill be late tmrw, who do i tell?") == "I'll be late tmrw, who do i tell?"
    assert _said("I'm off ill tomorrow") == "I'm off ill tomorrow"
    assert _said("how long does a drop-in last?") == "how long does a drop-in?"
    assert _said("can I leave on the last day of term?") == "can I leave on the last day of term?"
    index = index_of(tmp_path, DATA / "observation" / "lesson-observation-protocol.rtf")
    searcher = Searcher(index)
    assert "ill" in searcher.term_counts("what if I'm off ill on the day of my observation?")
    top = [r.clause.text for r in searcher.search("how long can a drop in last?").results]
    assert any(t.startswith("Type: Drop-in;") for t in top)


def test_a_form_group_is_a_year_group_of_pupils(searcher):
    # Blind batch 109: "Jayden in 10B keeps messaging me on Instagram" named no pupil, so the clauses on
    # contact with any pupil were fifth to seventh, under those on leaving and on parents' contact.
    assert _said("Jayden in 10B keeps messaging me") == "Jayden in Y10 messaging me"
    assert _said("can my 9X2 class follow me?") == "can my Y9 class follow me?"
    for question in ["is the meeting in 3D at 9AM?", "do I need 2FA on my phone?", "can I use 5G in school?"]:
        assert _said(question) == question
    answer = searcher.search("Jayden in 10B keeps messaging me on Instagram, what should I do?",
                             policies=["southfield-trust"])
    assert any("contact through any personal social medium with any pupil" in r.clause.text
               for r in answer.results[:3])


def test_a_real_word_in_the_wrong_place_is_read_as_the_word_meant(searcher):
    # Blind batch 111: autocorrect and typing by sound leave real words where others were meant, which
    # no spelling check finds. "can I except a friend request from a parent?" found the clause on
    # family members fourth in one policy; "could we loose our jobs over a facebook post?" found no
    # clause on dismissal in any.
    assert _said("can I except a friend request from a parent?") == "can I accept a friend request from a parent?"
    assert _said("is it aloud to be friends with colleagues?") == "is it allowed to be friends with colleagues?"
    assert _said("could we loose our jobs?") == "could we lose our jobs?"
    assert _said("can I where my school lanyard?") == "can I wear my school lanyard?"
    assert _said("can I right a blog about teaching?") == "can I write a blog about teaching?"
    assert _said("a boy past me a note") == "a boy passed me a note"
    assert _said("if there faces are hidden") == "if their faces are hidden"
    for question in ["can everyone except a parent see it?", "can I read it aloud in assembly?",
                     "a pupil has a loose tooth", "can I ask where my class is?", "is it right a parent can do that?",
                     "he walked past me at the gate", "there are faces in the background"]:
        assert _said(question) == question
    answer = searcher.search("could we loose our jobs over a facebook post?", policies=["southfield-trust"])
    assert any("dismissal" in r.clause.text for r in answer.results[:3])


def test_a_declarations_of_interest_policy_answers_forgetting_exam_marking_and_standing_for_the_council(tmp_path):
    # Document 99 (tests/data/interests, TextEdit RTF). "what happens if I forgot to declare something?"
    # was refused: "forgot to" is a failure, but Snowball makes "failur" of "failure" and "fail" of the
    # policy's "Failing to declare". "can I be an exam marker for AQA?" was refused (AQA is an exam
    # board, an exam marker is marking) and so was "I'm standing for the council" (a councillor).
    index = index_of(tmp_path, DATA / "interests" / "declarations-of-interest-policy.rtf")
    searcher = Searcher(index)
    assert index.tokenizer("failure") == index.tokenizer("failing")
    for question, expected in [
            ("what happens if I forgot to declare something?", "Failing to declare an interest you knew about"),
            ("can I be an exam marker for AQA over the summer?", "Marking for an exam board is encouraged"),
            ("I'm standing for the council in May, do I need to let school know?", "Local councillor")]:
        answer = searcher.search(question)
        assert not answer.abstained, question
        assert any(expected in r.clause.text for r in answer.results[:3]), question


def test_a_common_word_is_not_read_as_a_typo_of_a_policy_word(searcher):
    # "missed" is "miss", one letter short of "misus" (misuse): a short stem is left as it is
    assert "misus" not in searcher.term_counts("I missed the deadline for my safeguarding training")
    assert "friend" in searcher.term_counts("a freind request")


def test_a_noun_snowball_keeps_apart_from_its_verb_is_read_as_it(searcher):
    # "a dad whose son might be excluded" is about "an exclusion"; "I'm a governor at..." about a
    # "governorship". Not "decided" and "decision": "not happy with what they decided" is the
    # outcome, and matched "the decision of the appeal panel is final" instead (grievance R@1 -0.06).
    tok = searcher.index.tokenizer
    assert tok("excluded") == tok("exclusion") and tok("suspended") == tok("suspension")
    assert tok("governor") == tok("governorship")
    # Snowball makes "added" an "ad": "a parent added me" is adding
    assert tok("added") == tok("add") == tok("adding") != tok("ad")
    # nor is "dealt with informally" the "inform" of "inform the headteacher"
    assert tok("informally") == tok("informal") != tok("inform")
    # and a job applicant is not an application (an app)
    assert tok("applicants") == tok("applicant") != tok("application")
    assert tok("decided") != tok("decision")
    # an adjective is read as its noun: "a day off for my religion" is a "religious festival" (tests/data/edi)
    assert tok("religious") == tok("religion") and tok("dyslexic") == tok("dyslexia")
    assert tok("homophobic") == tok("homophobia") and tok("neurodivergent") == tok("neurodiversity")
    assert tok("pregnant") != tok("pregnancy")   # a "Pregnancy" heading drew "when do I tell school I'm pregnant?"
    # and "imagery" is images: "never view ... the imagery" is what "I saw the picture" meets (tests/data/nudes)
    assert tok("imagery") == tok("images") == tok("image")
    # a friendship is being friends ("Friendships between colleagues…", tests/data/closerel), and
    # "cautious" is caution ("advised to be cautious about inviting work colleagues", blind batch 102)
    assert tok("friendships") == tok("friendship") == tok("friends")
    assert tok("cautious") == tok("caution")


def test_short_unknown_words_are_not_spell_corrected(searcher):
    assert "insert" not in searcher.query_terms("is there a dress code for INSET day")
    assert "account" not in searcher.query_terms("what counts as confidential?")


def test_a_word_the_vocabulary_knows_is_a_word_not_a_typo(tmp_path):
    # The first aid policy never says "contract" (or "contracted"), but it says "contacts": the
    # everyday list knows "contract" ("contract hours"), so it stays a word the policy lacks.
    searcher = Searcher(index_of(tmp_path, DATA / "firstaid" / "first-aid-and-medicines.htm"))
    assert searcher.query_terms("can I say no? it's not in my contract")[-1:] == ["contract"]
    assert searcher.query_terms("who keeps the medecine?")[-1:] == ["medicin"]      # a typo still is one


def test_a_word_that_differs_from_a_policy_word_in_its_last_letter_is_not_a_typo(searcher):
    # "noticed" stems to "notic", one letter from "notif" (notify): a different word, not a typo;
    # so are "polici" (policy) and "polic" (police), and "count" and "counti" (county).
    assert "notif" not in searcher.query_terms("I noticed the wikipedia page has mistakes")
    assert "counti" not in searcher.query_terms("what counts as confidential?")
    assert "friend" in searcher.query_terms("a freind request")              # a swap still is


@pytest.mark.parametrize("question, policy, section", [
    ("can I be friends with other teachers on facebook?", "southfield-trust", "6.14"),
    ("a former pupil asked for my personal blog address, can I send it?", "balfour-primary", "7.7"),
    ("we want a class blog so the kids can chat to each other after school - allowed?",
     "southfield-trust", "7.2"),
])
def test_the_clause_holding_more_of_the_question_comes_first(searcher, question, policy, section):
    # Neighbouring clauses score alike on BM25; the one with more of the question's information
    # (colleagues, former pupils, official sites) leads (search.COORDINATION).
    answer = searcher.search(question, policies=[policy], top=3)
    assert answer.results[0].clause.section == section


def test_of_two_clauses_alike_the_one_under_the_section_about_the_question_comes_first(tmp_path):
    # The same sentence under two headings, neither of which names the question's words: it ranks
    # first where its neighbours are about the question too (search.SECTION_WEIGHT); before, the
    # earlier one, under "Visits", came first.
    index = index_of(tmp_path, ("conduct.md",
        "# Staff Conduct Policy\n\n## 1. Visits\n\n"
        "1.1 Check the coach booking and the risk assessment before a visit.\n\n"
        "1.2 Staff should check their privacy settings.\n\n"
        "## 2. Online life\n\n"
        "2.1 Staff must not accept friend requests from pupils.\n\n"
        "2.2 Staff should check their privacy settings.\n"))
    answer = Searcher(index).search("should I check my privacy settings because of friend requests?", top=3)
    assert [r.clause.section for r in answer.results] == ["2.1", "2.2", "1.2"]
    # confidence is the clause's own: the two alike clauses hold the same share of the question
    alike = [r.confidence for r in answer.results[1:]]
    assert alike[0] == pytest.approx(alike[1])


@pytest.mark.parametrize("question", [
    "where do we park when the staff car park is full?",
    "is the staff car park full? where do I park?",
])
def test_a_word_the_question_repeats_is_what_it_is_about(searcher, question):
    # "staff" and "full" appear in the policies ("full support"), "park" does not: the question
    # says "park" twice, so the policies hold too little of it to answer.
    assert searcher.search(question).abstained
    assert searcher.term_counts(question)["park"] == 2


@pytest.mark.parametrize("document, recall_at_3, declined, refused", [
    ("handbook/staff-handbook.md", 0.95, 1.0, 0.0),         # an HR staff handbook
    ("guidance/it-acceptable-use.md", 0.95, 1.0, 0.0),      # an IT and data guidance page
    ("conduct/code-of-conduct.txt", 0.9, 1.0, 0.0),         # a numbered staff code of conduct in plain text
    ("safety/health-and-safety.md", 0.9, 1.0, 0.06),        # a health and safety guide for staff
    ("absence/attendance-and-absence.md", 0.8, 0.75, 0.0),  # an attendance and absence policy
    ("safeguarding/child-protection.md", 0.8, 1.0, 0.12),   # safeguarding guidance for staff
    ("behaviour/behaviour-policy.md", 0.8, 1.0, 0.0),       # a behaviour policy
    ("visits/educational-visits.md", 0.85, 1.0, 0.12),       # an educational visits policy
    ("wellbeing/wellbeing-and-flexible-working.md", 0.75, 0.75, 0.0),  # wellbeing and flexible working
    ("dataprotection/data-protection.md", 0.9, 0.75, 0.0),  # a data protection policy for staff
    ("phones/mobile-phones.md", 0.85, 0.5, 0.0),            # a mobile phones and devices policy
    ("onlinesafety/online-safety.md", 0.9, 0.75, 0.0),      # online safety guidance for staff
    ("whistleblowing/whistleblowing.md", 0.85, 1.0, 0.0),   # a trust's whistleblowing policy
    ("dresscode/dress-code.md", 0.85, 1.0, 0.12),           # an academy's staff dress code
    ("expenses/staff-expenses.md", 0.8, 1.0, 0.12),         # a staff expenses policy
    ("payfaq/pay-and-pensions-faq.md", 0.9, 1.0, 0.0),     # an HR pay and pensions FAQ page
    ("lonework/lone-working.docx", 0.65, 0.75, 0.23),        # a lone working policy in Word
    ("grievance/grievance-procedure.txt", 0.85, 0.75, 0.12),  # a trust's grievance procedure
    ("leave/leave-of-absence.md", 0.75, 1.0, 0.12),         # a leave of absence policy with a table
    ("gifts/gifts-and-interests.pdf", 0.8, 0.75, 0.1),      # a trust's gifts and interests policy, PDF
    ("disciplinary/disciplinary-procedure.docx", 0.95, 0.25, 0.0),   # a disciplinary procedure in Word
    ("lowlevel/low-level-concerns.pdf", 0.8, 0.75, 0.05),   # a low-level concerns policy, a designed PDF
    ("aiguidance/generative-ai-guidance.html", 0.85, 0.75, 0.06),   # a guidance web page, saved as HTML
    ("aup/acceptable-use-agreement.docx", 0.95, 1.0, 0.05),   # a staff acceptable use agreement to sign
    ("remote/remote-education.html", 0.95, 1.0, 0.0),   # a remote education policy, a Google Docs export
    ("firstaid/first-aid-and-medicines.htm", 0.85, 0.25, 0.05),   # first aid and medicines, Word saved as a web page
    ("family/family-leave.docx", 0.8, 0.5, 0.0),            # a trust's family leave policy in Word, with a pay table
    ("intimate/intimate-care.md", 0.85, 1.0, 0.0),          # an intimate care policy exported from Notion
    ("appraisal/appraisal-policy.html", 0.95, 1.0, 0.0),    # a teacher appraisal policy, a Confluence page
    ("dosdonts/data-protection-dos-and-donts.pdf", 0.9, 0.75, 0.06),   # a one-page Do / Don't guide, PDF
    ("minibus/minibus-and-driving.docx", 0.9, 0.75, 0.05),   # a minibus and driving policy in Word, with an FAQ
    ("exams/invigilation-guide.txt", 0.8, 0.5, 0.1),   # exam invigilation guidance, plain text
    ("complaints/complaints-procedure.pdf", 0.85, 0.5, 0.0),   # a complaints procedure, PDF with a stages table
    ("handling/positive-handling.html", 0.8, 0.5, 0.0),   # reasonable force, a page saved from a school website
    ("dignity/dignity-at-work.docx", 0.8, 0.5, 0.09),   # dignity at work, Word with heading styles and numbering
    ("menopause/menopause-policy.pdf", 0.95, 0.75, 0.05),   # a menopause policy, PDF with an adjustments table
    ("alcohol/drugs-and-alcohol.txt", 0.9, 0.75, 0.05),   # a staff alcohol, drugs and smoking policy, plain text
    ("emergency/emergency-procedures.pdf", 0.95, 0.5, 0.05),   # emergency procedures, a two-column PDF leaflet
    ("political/political-activity-and-outside-interests.docx", 0.9, 1.0, 0.04),   # a council's model policy, legal drafting
    ("slides/staff-induction-slides.pdf", 0.8, 0.75, 0.14),   # a trust's induction slides, exported to PDF
    ("cpd/professional-development.md", 0.8, 1.0, 0.09),   # a trust's handbook site page (MkDocs markdown)
    ("safer/safer-working-practice.md", 0.8, 0.75, 0.08),   # safer working practice, Word converted by pandoc
    ("closure/school-closure-faq.html", 0.8, 0.0, 0.0),   # a closure FAQ, a web page with an accordion
    ("worktime/directed-time-and-cover.md", 0.95, 0.25, 0.0),   # directed time and cover, a wiki page with HTML tables
    ("visitors/visitors-and-site-security.md", 0.9, 0.25, 0.05),   # visitors and site security, hand-written GitHub markdown
    ("marking/marking-and-feedback.html", 0.9, 0.25, 0.0),   # marking and feedback, a Notion page exported as HTML
    ("probation/staff-probation.txt", 0.9, 0.75, 0.0),   # staff probation, text taken out of a PDF by pdftotext
    ("edi/equality-diversity-inclusion.html", 0.95, 0.75, 0.0),   # equality guidance, a Google Sites page
    ("parking/staff-parking-and-travel.html", 0.95, 0.25, 0.0),   # staff parking and travel, a SharePoint page
    ("send/send-policy.docx", 0.85, 0.8, 0.0),                    # a SEND policy in Word: a text box, a roles table
    ("attendance/pupil-attendance-staff-guide.html", 0.95, 0.5, 0.0),   # pupil attendance, an Elementor page with tabs
    ("capability/capability-procedure.odt", 0.75, 1.0, 0.05),   # a capability procedure, LibreOffice OpenDocument
    ("flexible/flexible-working-policy.docx", 0.85, 0.5, 0.05),   # flexible working, a Word template dated in its footer
    ("college/social-media-guidelines.pdf", 0.8, 0.5, 0.05),    # a college's social media guidelines, LibreOffice's PDF
    ("duties/staff-duties-policy.pdf", 0.9, 1.0, 0.1),          # staff duties, LibreOffice's PDF with a two-page table
    ("parentcomms/parent-communication-protocol.pdf", 0.9, 0.25, 0.0),   # parent communication, a label table
    ("breach/data-breach-procedure.pdf", 0.95, 0.75, 0.0),       # a data breach procedure, Writer's PDF with footnotes
    ("confidentiality/confidentiality-policy.pdf", 0.85, 0.75, 0.0),   # confidentiality, a PDF with a contents page
    ("nudes/sharing-nudes-advice.html", 0.85, 0.75, 0.05),   # advice on sharing nudes, a GOV.UK guidance page
    ("accounts/official-accounts-procedure.docx", 0.75, 0.75, 0.05),   # official accounts, Word with an appendix
    ("cctv/cctv-policy.pdf", 0.75, 0.75, 0.0),                  # CCTV, Writer's PDF with footnotes over a page break
    ("dbs/dbs-checks-guide.pdf", 0.95, 0.75, 0.0),             # DBS checks, a design tool's PDF, letter-spaced
    ("pay/brookfield-pay-policy.docx", 0.8, 0.5, 0.05),         # a trust's pay policy, Word with tab-numbered paragraphs
    ("redundancy/redundancy-and-restructuring.html", 0.75, 0.75, 0.1),   # change and redundancy, a council's web page
    ("rshe/rshe-policy.docx", 0.7, 0.25, 0.1),                  # relationships, sex and health education, Word
    ("prevent/prevent-duty.md", 0.85, 0.75, 0.1),              # Prevent duty guidance, Docusaurus markdown
    ("antibullying/anti-bullying-policy.txt", 0.65, 0.25, 0.13),   # an anti-bullying policy, Word's plain text
    ("images/use-of-images.pdf", 0.7, 0.0, 0.0),               # photography and use of images, a PDF from Word
    ("records/records-management.docx", 0.95, 0.5, 0.0),       # records management and a retention schedule, Word
    ("wellbeingfaq/staff-wellbeing-faq.txt", 0.95, 0.5, 0.05),  # a staff wellbeing FAQ, "Q:" and "A:" in plain text
    ("restraint/reasonable-force-policy.docx", 0.8, 1.0, 0.0),  # positive handling and reasonable force, Word
    ("uniform/uniform-policy.pdf", 0.9, 0.0, 0.0),          # a secondary school's pupil uniform policy, a PDF
    ("schooldog/school-dog-policy.docx", 0.8, 1.0, 0.13),  # a primary school's school dog policy, Word
    ("sunsafety/sun-safety.html", 0.95, 1.0, 0.0),         # sun safety and hot weather, a WordPress page
    ("keyholding/keyholding-procedure.pdf", 0.8, 0.75, 0.09),  # keys, locking up and out-of-hours work, a PDF
    ("missingchild/missing-child-procedure.docx", 0.6, 0.25, 0.21),  # missing and uncollected children, Word
    ("selfharm/self-harm-guidance.pdf", 0.9, 0.75, 0.05),  # self-harm and suicidal thoughts, a PDF
    ("foodallergy/food-and-allergy-policy.md", 0.9, 0.5, 0.05),  # food and allergies, a Google Doc as markdown
    ("pesafety/pe-changing-and-safety.txt", 0.9, 0.5, 0.09),  # PE, changing rooms and sports safety, plain text
    ("infection/infection-control-policy.docx", 0.95, 0.5, 0.0),  # infection control, Word with bold headings and a table
    ("allegations/allegations-against-staff.html", 0.75, 0.25, 0.05),  # allegations against staff, a council's web page
    ("domesticabuse/domestic-abuse-staff-policy.docx", 0.9, 0.75, 0.0),  # domestic abuse, Word with a box of one cell
    ("homevisits/home-visits-policy.txt", 0.75, 0.75, 0.04),     # home visits, plain text with ballot-box checklists
    ("copyright/copyright-guidance.md", 0.95, 0.5, 0.0),        # copyright and licensing, a note in an Obsidian vault
    ("closerel/close-relationships-policy.docx", 0.75, 0.25, 0.05),  # close relationships at work, Word in a trust's template
    ("medical/medical-conditions-policy.pdf", 0.8, 0.75, 0.0),  # pupils' medical conditions, a draft PDF with a watermark
    ("recruitment/recruitment-policy.pdf", 0.9, 0.75, 0.0),  # safer recruitment, a Google Docs PDF with dotted contents
    ("bereavement/bereavement-policy.pdf", 0.85, 0.75, 0.05),  # bereavement and loss, a web page printed to PDF
    ("charging/charging-policy.docx", 0.8, 1.0, 0.09),  # charging and remissions, Word with tracked changes
    ("parentconduct/parent-code-of-conduct.md", 0.8, 0.5, 0.0),  # parent code of conduct, a Jekyll page
    ("volunteers/volunteers-policy.pdf", 0.65, 0.25, 0.04),  # volunteers, a Word PDF with a form to sign
    ("cover/cover-policy.txt", 0.85, 0.5, 0.05),  # cover, an email to all staff saved as text
    ("homework/homework-policy.docx", 0.75, 0.75, 0.04),  # homework, Word with a table of minutes a week
    ("observation/lesson-observation-protocol.rtf", 0.85, 0.5, 0.04),  # lesson observation, Word saved as RTF
    ("searching/searching-screening-confiscation.html", 0.85, 1.0, 0.04),  # searching and confiscation, BookStack
    ("driving/driving-for-work-policy.pdf", 0.95, 0.25, 0.0),  # driving for work, a report tool's PDF
    ("smokefree/smoke-free-site-policy.md", 0.95, 1.0, 0.05),  # smoke-free site, a Notion page export
    ("dse/dse-workstation-policy.docx", 0.9, 0.75, 0.1),  # display screen equipment, Word with a checklist
    ("interests/declarations-of-interest-policy.rtf", 0.75, 0.75, 0.0),  # declarations of interest, TextEdit RTF
    ("premises/staff-use-of-premises-and-equipment.docx", 0.9, 0.5, 0.05),  # premises and equipment, a typed title
    ("fundraising/fundraising-and-charity-faq.pdf", 0.75, 1.0, 0.1),  # fundraising, a Q. and A. FAQ as a PDF
    ("references/staff-references-policy.html", 0.8, 0.25, 0.0),  # staff references, a Moodle page
    ("adjustments/reasonable-adjustments-guidance.docx", 0.85, 0.5, 0.1),  # adjustments, Word laid out in a table
    ("facilitytime/trade-union-facility-time.odt", 0.95, 0.25, 0.0),  # trade union facility time, Google Docs as .odt
    ("inforequests/information-requests-guidance.pdf", 0.8, 0.5, 0.05),  # FOI and subject access requests, a PDF
    ("ectinduction/ect-induction-policy.html", 0.95, 0.5, 0.0),  # ECT induction, an MkDocs staff handbook page
    ("antifraud/anti-fraud-bribery-corruption-policy.docx", 0.8, 0.5, 0.12),  # anti-fraud, a finance team's Word
    ("careerbreak/career-break-policy.rtf", 0.85, 0.25, 0.08),  # career break, Word saved as RTF
    ("publicduties/public-duties-policy.txt", 0.9, 0.5, 0.0),  # public duties, Word saved as plain text
    ("schoolhandbook/staff-handbook-2025-26.docx", 0.9, 0.4, 0.03),  # a school's staff handbook, Word
])
def test_a_different_kind_of_document_with_no_vocabulary_file(tmp_path, document, recall_at_3, declined,
                                                              refused):
    """Documents unlike the shipped policies (tests/data/<kind>/), indexed with no vocabulary file
    of their own: retrieval must not be tuned to the five social media policies."""
    index = index_of(tmp_path, DATA / document)
    questions = load_questions((DATA / document).parent / "questions.yaml")
    report = evaluate(Searcher(index), questions)
    assert report.scoped_recall_at_3 >= recall_at_3
    assert report.out_of_scope_abstained >= declined
    assert report.in_scope_wrongly_abstained <= refused
    # the built-in everyday list is what lets staff words find the document's words: more right clauses
    # in the top three, or (where the words alone find as many there) the right ones higher
    words_alone = evaluate(Searcher(index, use_everyday=False), questions)
    assert ((words_alone.scoped_recall_at_3, words_alone.scoped_mrr_at_10)
            < (report.scoped_recall_at_3, report.scoped_mrr_at_10))


def test_what_a_policy_is_about_counts_even_where_every_clause_says_it(tmp_path, searcher):
    # Document 97, a smoke-free site policy alone in its library: "smoke" is in nearly every clause,
    # so it held none of the question's information and "school fair" and "stand" decided; the
    # question was refused. A word of the policy's title now counts as a word in one clause in ten.
    index = index_of(tmp_path, DATA / "smokefree" / "smoke-free-site-policy.md")
    answer = Searcher(index).search("can I smoke at the school fair if I stand at the back of the field?")
    assert not answer.abstained
    assert any(r.clause.text.startswith("Staff must not smoke or vape anywhere on the site")
               for r in answer.results[:3])
    # ...but not where the question names the document by those words: "does the social media
    # policy apply to me?" asks which document, and its answer is the clause on whom it covers
    assert {"social", "media"} <= searcher._topic_terms()
    assert {"social", "media"} <= searcher._naming_the_policy(words("does the social media policy apply to me?"))
    assert not searcher._naming_the_policy(words("can I post on social media about my weekend?"))


def test_on_an_faq_page_the_question_heading_is_held_by_its_answer(tmp_path):
    # "Am I automatically in a pension scheme?" heads the answer "Yes. Teachers are enrolled...":
    # the answer's own words hold only "pension", its heading holds "automatically" too.
    index = index_of(tmp_path, DATA / "payfaq" / "pay-and-pensions-faq.md")
    assert index.head_questions.sum() == 13            # every FAQ question; not the page title
    answer = Searcher(index).search("have I been put in a pension automatically?")
    assert not answer.abstained and answer.results[0].clause.text.startswith("Yes. Teachers are enrolled")
    index.head_questions = None                       # as if the headings were section titles
    titles = Searcher(index).search("have I been put in a pension automatically?")
    assert titles.abstained or titles.results[0].confidence < answer.results[0].confidence - 0.2


def test_blind_question_batch(searcher):
    # Written and labelled before policybot first ran on them (first runs: Recall@3 0.39, 0.70, 0.54,
    # 0.70, 0.88, 0.55, 0.60, 0.50, 0.61, 0.44, 0.61, 0.62, 0.50, 0.51, 0.50, 0.82, 0.61, 0.59, 0.36,
    # 0.53, 0.42, 0.62, 0.35, 0.51, 0.66, 0.71, 0.78, 0.66, 0.60, 0.55, 0.84, 0.25, 0.71, 0.55, 0.68,
    # 0.74, 0.80, 0.62, 0.80, 0.56, 0.61, 0.71, 0.49, 0.82, 0.72, 0.38, 0.64, 0.54, 0.95,
    # 0.38, 0.73, 0.35, 0.56, 0.81, 0.39, 0.55, 0.71, 0.40, 0.44, 0.49, 0.60, 0.54, 0.28, 0.40,
    # 0.75, 0.45, 0.52, 0.56, 0.13, 0.47, 0.29, 0.43, 0.38, 0.90, 0.59, 0.75, 0.68, 0.58, 0.35, 0.47,
    # 0.57, 0.33, 0.45, 0.76, 0.82, 0.58, 0.60, 0.62, 0.61, 0.77, 0.46, 0.68, 0.39, 0.53, 0.79, 0.56,
    # 0.64, 0.74, 0.65, 0.78, 0.82, 0.77, 0.41, 0.71, 0.49, 0.71, 0.78, 0.86, 0.80, 0.93, 0.66, 0.53,
    # 0.65, 0.77, 0.55, 0.76, 0.93 and 0.82;
    # out of scope declined 0.37, 0.62, 0.50, 0.88, 0.25, 0.70, 0.62, 0.75, 0.83, 0.50, 0.33, 0.50, 0.67,
    # 1.00, 0.83, 0.83, 0.67, 0.67, 0.50, 0.83, 0.50, 0.67, 1.00, 0.50, 0.83, 0.50, 1.00, 0.83, 1.00,
    # 0.33, 0.40, 0.44, 0.43, 0.67, 1.00, 0.33, 0.75, 0.83, 0.67, 0.50, 0.83, 0.83, 0.67, 0.67, 0.50, 0.67,
    # 0.50, 0.67, 0.33, 0.50, 1.00, 0.33, 0.17, 0.50, 0.50, 0.67, 0.50, 0.33, 0.67, 0.67, 0.67, 0.33, 0.17,
    # 1.00, 0.67, 0.33, 0.83, 0.67, 1.00, 0.50, 0.83, 0.33, 0.83, 0.20, 1.00, 0.50, 0.50, 0.83, 1.00,
    # 0.33, 0.33, 0.33, 0.50, 0.83, 0.00, 0.33, 0.83, 0.50, 0.00, 0.83, 0.50, 0.50, 0.00, 0.50,
    # 0.33, 0.83, 0.83, 0.67, 0.50, 0.50, 0.75, 1.00, 1.00, 0.75, 1.00, 0.50, 1.00, 0.75, 0.75, 0.25, 1.00, 0.75,
    # 0.75, 0.75, 0.00, 1.00, 1.00 and 0.75); they guard
    # later fixes.
    report = evaluate(searcher, load_questions(DATA / "questions-blind.yaml"))
    assert report.scoped_recall_at_3 >= 0.65
    # 0.59: the ninety-third batch's six questions on running the school's own accounts ("What's the
    # login for the school Twitter?") were all answered at their first run, which took the file from
    # 0.606 to 0.600 with nothing else changed (docs/QUALITY.md)
    assert report.out_of_scope_abstained >= 0.59
    assert report.in_scope_wrongly_abstained <= 0.05


@pytest.mark.parametrize("question, meant", [
    ("her nephew is in year 4 - can we still be friends on facebook?", ("famili", "member")),
    ("my stepson goes to my school, can we be friends on facebook?", ("famili", "member")),
    ("do I have to unfriend my cousin now her son is in my class?", ("discontinu", "contact")),
    ("a kid from my old class found me on snapchat", ("former", "pupil")),
    ("can I still chat to kids from my last school online?", ("former", "school")),
    ("a parent keeps taking the mick out of me on facebook", ("cyberbulli",)),
    ("a mum is telling lies in the class group chat", ("fictiti",)),
    ("a pupil said a man on roblox asked for her address", ("onlin",)),
    # and the seventh (t176-t190)
    ("there's an instagram account posing as our school", ("associ",)),
    ("can the school get sued because of something I posted?", ("liabl",)),   # blind batch 44
    ("does the school keep my internet history?", ("monitor",)),
    ("the kids made a meme of me", ("imag",)),
    # and the dress code (tests/data/dresscode)
    ("can I wear my engagement ring?", ("jewelleri",)),
    ("is a lip ring ok?", ("pierc",)),
    ("can I wear a turban?", ("religion",)),
    # and the eighth (t191-t205)
    ("can I tweet about the teachers' strike action?", ("polit",)),
    ("the restructure hasn't been announced - can I tell my friends?", ("confidenti", "inform")),
    ("is it ok to reuse other people's work in my blog?", ("copyright",)),
    ("could I get sued for a tweet?", ("respons",)),
    ("can parents look me up on facebook?", ("public", "list")),
    # and the expenses policy (tests/data/expenses)
    ("can I get a refund for the books I bought?", ("reimburs",)),
    ("can I stay in a premier inn for the conference?", ("accommod",)),
    ("who approves overtime?", ("authoris",)),
    # and the ninth, terse messages (t206-t217)
    ("can I check tiktok over lunch?", ("work",)),
    ("a TA added me and it's awkward", ("embarrass",)),
    # and the tenth, from managers (t218-t229)
    ("whose job is it to check staff accounts?", ("respons",)),
    ("what should I think about before I tweet?", ("consid",)),
    ("what security settings should I use?", ("privaci", "set")),
    # and the eleventh, secondary school (t230-t240)
    ("am I allowed on edutwitter?", ("collabor",)),
    ("two year 9s have been sexting", ("safeguard", "concern")),
    ("we're in negotiations with a new supplier", ("commerci", "sensit")),
    ("can I put test scores in a spreadsheet?", ("pupil", "record")),
    # and the lone working policy (tests/data/lonework): phrases of small words now match
    ("can I stay in school by myself after 6?", ("alon",)),
    ("is it ok to use a stepladder?", ("ladder",)),
    ("my phone has a flat battery", ("charg",)),
    # and the thirteenth, in the development set's style (t253-t262)
    ("my best mate's son is in my class - can we stay friends on facebook?", ("close", "famili", "friend")),
    ("would a bikini photo reflect badly on the school?", ("disreput",)),
    ("my blog has nothing to do with work", ("outsid", "work")),
    ("a group of year 10s were mocking me on tiktok", ("bulli",)),
    # and the fourteenth, in the development set's style (t263-t276)
    ("why do we need a social media policy anyway?", ("purpos",)),
    ("a colleague screenshotted my story", ("copi",)),
    ("someone passed it round the whole staff room", ("distribut",)),
    ("a year 8 keeps DMing me", ("contact",)),
    ("is it ok to say where I work in my bio?", ("identifi", "employe")),
    # and the fifteenth, in the development set's style (t277-t296)
    ("can my manager read our emails without asking?", ("prior", "notif")),
    ("is it ok to criticise the government online?", ("negat", "comment")),
    ("does the policy only apply to paid staff?", ("employ",)),
    ("I came across a video a pupil posted", ("discov",)),
    ("should I argue back with a parent on facebook?", ("engag",)),
    ("photos from our night out", ("outsid", "work")),
    ("a year 9 has been sharing sexual content", ("safeguard", "concern")),
    ("do volunteers have to follow this?", ("appli",)),
    # and the grievance procedure (tests/data/grievance)
    ("can I make a complaint about my head of department?", ("grievanc",)),
    ("the three of us want to complain together", ("collect",)),
    ("I want an impartial person to hear it", ("independ",)),
    ("will it be held against me?", ("victimis",)),
    ("I'm really unhappy with the decision", ("dissatisfi",)),
    ("can I bring my union rep?", ("trade", "union", "repres")),
    ("can a colleague come in with me?", ("accompani",)),
    # and the sixteenth, terse (t297-t312)
    ("is it ok to rant about school on my blog?", ("disreput",)),
    ("can I set up a class group chat for homework?", ("communic", "pupil")),
    # and the leave of absence policy (tests/data/leave)
    ("do we get Diwali off?", ("religion", "festiv")),
    ("my sister is getting married in May", ("wed",)),
    ("can I have a day off for my graduation?", ("leav",)),
    ("I can't make it in today", ("absenc",)),
    # and the seventeenth, typed on a phone (t313-t328)
    ("are whatsapp groups counted?", ("appli",)),
    ("a parent sent me something not nice", ("inappropri",)),
    # and the gifts, hospitality and interests policy (tests/data/gifts)
    ("a family left me a hamper", ("gift",)),
    ("where do I note down who came?", ("record",)),
    ("I've been offered tickets to the football", ("sport",)),
    ("a supplier wants to take me out for dinner", ("hospit",)),
    ("I'm going out with a colleague", ("person", "relationship")),
    ("can I do some tutoring at weekends?", ("privat", "tuition")),
    ("my brother's company does our cleaning", ("supplier",)),
    ("what if I forgot to fill it in?", ("fail",)),
    # and the eighteenth, new starters and trainees (t329-t340)
    ("I'm a PGCE student, does this apply?", ("traine",)),
    ("we have a student teacher in year 4", ("traine",)),
    # and the lone working policy again: "who should I let know?" is whom to tell
    ("I'm in on my own over half term, who should I let know?", ("tell",)),
    # and the nineteenth, asked on behalf of others (t341-t350)
    ("the cleaning company's staff are posting photos", ("contractor",)),
    # and the disciplinary procedure (tests/data/disciplinary)
    ("if I hand in my notice will they stop?", ("resign",)),
    ("I've been off with stress for a week", ("sick", "absenc")),
    ("the deputy had a quiet word with me", ("informal",)),
    ("can they give me a warning instead of a hearing?", ("altern",)),
    ("can we reschedule the meeting?", ("anoth", "date")),
    # and the low-level concerns policy (tests/data/lowlevel)
    ("I think I need to own up about something", ("self", "refer")),
    ("I was in there with the door shut", ("close", "door")),
    ("can I tell the DSL without them knowing?", ("anonym",)),
    # and the generative AI guidance page (tests/data/aiguidance)
    ("can I use chatgpt to plan a lesson?", ("ai",)),
    ("I think this essay was written by a bot", ("coursework",)),
    ("can I put their work through an AI checker?", ("detect",)),
    ("can AI shortlist the applicants?", ("recruit",)),
    # and the twenty-first, school shorthand (t367-t380)
    ("I'm an ECT, can I have parents on facebook?", ("staff",)),
    ("is swearing on twitter a sackable offence?", ("dismiss",)),
    # and the twentieth, exceptions and things already done (t351-t366)
    ("my cousin's a parent here, can we stay friends on insta?", ("contact",)),
    ("can I message my old class now they've moved up to secondary?", ("former", "pupil")),
    # and the staff acceptable use agreement (tests/data/aup)
    ("what if I see something dodgy on a pupil's screen?", ("becom", "awar")),
    ("what happens if I don't stick to it?", ("compli",)),
    ("can I save the class list on my laptop?", ("store",)),
    ("can I paste their reports into chatgpt?", ("enter",)),
    # and the twenty-third, what happens and who decides (t397-t409)
    ("can I check twitter during lessons?", ("work", "time")),
    ("nobody would know I'm a teacher", ("identifi",)),
    ("do I need to mention it to my head?", ("report",)),
    ("can I just turn it down?", ("declin",)),
    # and the twenty-second, in the development set's style (t381-t396)
    ("is it ok to repost the PTA's video?", ("publish",)),
    ("should I change my settings?", ("privaci", "set")),
    ("I want to start a class blog", ("creat",)),
    ("can I share it on my own page?", ("person", "webspac")),
    ("can I go on a trip on my own?", ("alon",)),
    # and the twenty-fourth, staff in roles (t410-t425)
    ("what if someone leaked the minutes?", ("disclos",)),
    # and the twenty-fifth, messages pasted into the question (t426-t439)
    ("can I comment back to defend the school?", ("engag",)),
    ("we can't say anything until the report is published", ("confidenti", "inform")),
    # and the twenty-seventh, the policy owner's questions (t458-t473)
    ("what legislation applies?", ("law",)),
    ("what sanctions are there?", ("disciplinari", "action")),
    # and the twenty-eighth, English as a second language (t474-t489)
    ("what if somebody is not respecting the rules?", ("breach",)),
    ("I have doubts about this post", ("unsur",)),
    ("can the school control what I do online?", ("monitor",)),
    # and the remote education policy, a Google Docs export (tests/data/remote)
    ("can I do a zoom call with the class?", ("live", "session")),
    ("can I teach an online lesson from home?", ("live", "lesson")),
    ("a boy was mucking around all lesson", ("behav", "inappropri")),
    ("can the head pop into my lesson?", ("drop",)),
    ("she gave the class her house address", ("home",)),
    # and the first aid and medicines policy, a Word document saved as a web page (tests/data/firstaid)
    ("can I give him calpol?", ("paracetamol",)),
    ("he's been taken to A&E", ("hospit",)),
    ("can I drive a pupil home?", ("car",)),
    ("the first aid box is nearly empty", ("first", "aid", "kit")),
    # and the family leave policy in Word (tests/data/family)
    ("can I go to my 20 week scan?", ("antenat", "appoint")),
    ("is she back off mat leave yet?", ("matern",)),
    ("our childminder is ill", ("childcar",)),
    ("can we split the leave between us?", ("share", "parent", "leav")),
    ("do I have to pay it back?", ("repay",)),
    ("when can I come back to work?", ("return",)),
    # and the intimate care policy exported from Notion (tests/data/intimate)
    ("she only wants a lady to help her", ("femal",)),
    ("my niece is in reception", ("relat", "child")),
    ("can I put sudocrem on it?", ("cream",)),
    ("what happens on the overnight trip?", ("residenti",)),
    # and the teacher appraisal policy, a Confluence page (tests/data/appraisal)
    ("how many targets do I get?", ("object",)),
    ("the deputy wants to watch my lesson", ("observ",)),
    ("I don't agree with my review", ("disagre",)),
    ("can they film my lesson?", ("video",)),
    ("when do I get a pay rise?", ("pay", "progress")),
    # and the thirtieth, newer apps and platforms (t502-t518)
    ("is it ok to stream on twitch after school?", ("social", "media")),
    ("my strava profile is public", ("social", "media")),
    ("our head wants a word", ("headteach",)),
    ("does the trust check what websites I visit?", ("monitor",)),
    ("a parent is spreading rumours about me", ("inaccur",)),
    # and the minibus and staff driving policy in Word (tests/data/minibus)
    ("is there an age limit for driving the van?", ("age",)),
    ("the kids took their seatbelts off", ("seat", "belt")),
    ("I dented the school car", ("damag",)),
    ("who pays for the diesel?", ("fuel",)),
    ("can the scouts borrow our hall?", ("lend",)),
    ("a lorry drove into the back of the coach", ("accid",)),
    # and exam invigilation guidance in plain text (tests/data/exams)
    ("can she go to the loo?", ("toilet",)),
    ("he turned up after the start", ("arriv",)),
    ("can they carry on after the alarm?", ("continu",)),
    ("there's a typo on page 4", ("error",)),
    ("can I swap my slot with someone?", ("session",)),
    ("a boy fainted", ("ill",)),
    # and the thirty-fourth, the informal English of the north of England (t555-t570)
    ("a lad in year 9 is mithering me on tiktok", ("contact",)),
    ("can the head have a nosey at my emails?", ("monitor",)),
    ("one of the mams added me", ("parent",)),
    ("who would I grass to about a colleague?", ("report",)),
    ("he was mouthing off about the school online", ("comment",)),
    # and the thirty-seventh, the informal English of Scotland and Ireland (t605-t616)
    ("two of the P6 girls added me", ("pupil",)),
    ("can I post a video of the weans?", ("pupil",)),
    ("a dad was giving out about me online", ("criticis",)),
    ("should I block her?", ("remov",)),
    # and the thirty-eighth, American and international school English (t617-t636)
    ("two of my 5th graders added me", ("pupil",)),
    ("can I share pics from the field trip?", ("site", "visit")),
    ("does this apply to substitute teachers?", ("contractor",)),
    ("my aide follows the kids on tiktok", ("staff",)),
    ("can I go on facebook during my planning period?", ("work", "time")),
    ("can I scroll instagram at recess?", ("break",)),
    ("could I get written up for this post?", ("disciplinari", "action")),
    ("the district says we can't", ("employ",)),
    # and the thirty-ninth, questions dictated to a phone (t637-t654)
    ("am I aloud to except his friend request?", ("accept",)),
    ("can I be friends with my TA on facebook?", ("contact",)),
    ("is it safe to put my address on line?", ("onlin",)),
    # and the fortieth, young staff's chat (t655-t670)
    ("she subtweeted the head", ("comment",)),
    ("should I clap back at him?", ("engag",)),
    ("can I put it on my close friends story?", ("privaci", "set")),
    ("a year 10 follows my finsta", ("social", "media")),
    ("is it unprofessional to post this?", ("profession",)),
    # and the forty-fifth, staff who blog, vlog and podcast (t735-t751)
    ("can I monetise my revision channel?", ("person", "gain")),
    ("I earn money from my teaching blog", ("person", "gain")),
    # and the forty-sixth, AI and deepfakes (t752-t766)
    ("there's a deepfake of me going round", ("imag",)),
    ("a parent left a fake review", ("fals",)),
    # and the forty-seventh, the school's own apps and systems (t767-t780)
    ("can they read the messages I send on the school system?", ("monitor",)),
    ("can I find out where a pupil lives?", ("locat",)),
    # and the forty-eighth, staff's online past (t781-t796)
    ("my blog has my full name on it", ("person", "inform")),
    ("snap map shows where I am", ("person", "inform")),
    # and the fifty-first, in the moment (t825-t838)
    ("a pupil told me she's scared to go home", ("safeguard", "concern")),
    ("a pupil asked to follow my tiktok", ("friend", "request")),
    # and the fifty-second, likes, shares and comments (t839-t851)
    ("I reacted to a pupil's post by mistake", ("contact",)),
    ("is the PTA on facebook?", ("parent", "teacher", "associ")),
    # and the fifty-fourth, when, how soon and how long (t864-t880)
    ("do they have to warn us before they look at our emails?", ("prior", "notif")),
    ("how soon will they look into it?", ("prompt",)),
    ("will it stay online forever?", ("perman",)),
    ("how long after a pupil leaves can I add them?", ("former", "pupil")),
    # and the fifty-fifth, causes, campaigns and beliefs (t881-t894)
    ("should I sign the petition?", ("view",)),
    ("she keeps sharing far right stuff", ("discrimin",)),
    ("can I start a campaign against the academy trust?", ("disreput",)),
    ("can I put her name in the post?", ("person", "inform")),
    # and the fifty-sixth, "at my last school..." (t895-t908)
    ("can we go on tiktok on our breaks?", ("work", "time")),
    ("can I put where we work in my bio?", ("employe",)),
    # and the fifty-seventh, second roles outside school (t909-t919)
    ("I do a bit of dog walking on the side", ("conflict", "interest")),
    ("can I hand out flyers for my private tutoring?", ("conflict", "interest")),
    # and the fifty-eighth, worrying things seen online (t920-t929)
    ("a boy in my class has bruises on his arms", ("safeguard", "concern")),
    ("a pupil told me she has been self harming", ("safeguard", "concern")),
    # and the fifty-ninth, online gaming (t930-t944)
    ("my PlayStation username is my full name", ("social", "media")),
    ("a boy in year 9 keeps asking to play with me online", ("contact",)),
    ("I don't want parents to be able to look me up", ("privaci",)),
    # and the sixtieth, death, illness and hard news (t945-t956)
    ("I sent my condolences to her family on Facebook", ("contact",)),
    ("can I leave a comment on a parent's post?", ("contact",)),
    ("she mentioned the pupil's diagnosis on Twitter", ("discuss",)),
    # and a SEND policy in Word (tests/data/send)
    ("can I pass on her details to the new school?", ("share",)),
    ("can I pass on her details to the new school?", ("move",)),
    ("mum wants to apply for an EHCP", ("ehc", "plan")),
    ("mum wants to apply for an EHCP", ("request",)),
    ("they want to cut my hours", ("reduc",)),
    ("where can I find info about the trip?", ("inform",)),
    # and a guide to pupil attendance, an Elementor page (tests/data/attendance)
    ("do I phone home if she's late again?", ("contact", "parent")),
    # and the sixty-second blind batch, accounts, passwords and hacking (t970-t979)
    ("can my wife log into my email?", ("password",)),
    ("should I set up 2FA?", ("password",)),
    ("my old Facebook from uni is still there", ("old", "account")),
    ("is my date of birth on there a problem?", ("person", "inform")),
    ("I think I've been catfished", ("ident", "theft")),
    ("someone on Facebook is pretending to be me", ("ident", "theft")),
    # and the sixty-third, pupils' own social media (t980-t989)
    ("they keep leaving her out of the group", ("cyberbulli",)),
    ("a kid made a meme of me", ("bulli",)),
    ("there's a mean caption under my photo", ("cyberbulli",)),
    ("a parent recorded me at pick up", ("without", "permiss")),
    # and the sixty-fourth, staff and parents in the local community (t990-t997)
    ("can I stick up for the school on the community page?", ("repres",)),
    # and the sixty-fifth, dating, relationships and private life (t998-t1010)
    ("do I have to unmatch him?", ("discontinu", "contact")),
    ("is it ok to have pictures in a bikini on my profile?", ("inappropri",)),
    # and the sixty-sixth, language, tone and humour online (t1011-t1021)
    ("is it ok to post memes with a bit of bad language in them?", ("offens",)),
    ("can I use the f word in a private whatsapp?", ("obscen",)),
    # and the sixty-seventh, identity, faith and belonging online (t1022-t1030)
    ("can I share posts about my faith on Facebook?", ("view",)),
    ("someone shared a post mocking my religion", ("offens",)),
    # and the seventieth, gadgets and personal devices (t1046-t1058)
    ("can I wear my fitbit in PE?", ("person", "devic")),
    ("is a GoPro ok on the trip?", ("person", "devic")),
    ("if I log in on a school laptop, can the school see it?", ("monitor",)),
    ("is the staffroom pc monitored?", ("ict",)),
    ("can I reply with a voice note?", ("contact",)),
    ("a pupil airdropped me a meme", ("contact",)),
    ("my story shows where I live", ("address",)),
    # the shipped vocabulary file reads "look at" as monitoring as well as access (its own rule
    # decides for the phrase, so the everyday list's reading did not count; batch 69)
    ("can SLT look at what staff post on Facebook?", ("monitor",)),
    ("can I look at a pupil's Instagram?", ("access",)),
    # and the seventy-first, news, incidents and the press (t1059-t1070)
    ("can I defend our school on the local Facebook page?", ("repres",)),
    ("a parent slagged off the head, can I defend it?", ("repres",)),
    # and the seventy-second, live lessons and remote learning (t1071-t1079)
    ("can I FaceTime a pupil who's off sick?", ("contact",)),
    ("can I use Zoom with my class?", ("communic", "technolog")),
    ("can I run a live lesson from home?", ("communic", "pupil")),
    ("someone put a clip of me on Instagram", ("without", "permiss")),
    # and the seventy-third, selling, side businesses and money online (t1080-t1088)
    ("a brand offered me a sponsored post", ("conflict", "interest")),
    ("can I add affiliate links to my blog?", ("conflict", "interest")),
    ("some of the buyers are parents", ("conflict", "interest")),
    ("I sell Avon to a few friends", ("conflict", "interest")),
    # and a staff capability procedure in OpenDocument (tests/data/capability)
    ("is capability the same thing as being disciplined?", ("disciplinari",)),
    ("I'm an ECT - can they put me on capability?", ("earli", "career", "teacher")),
    ("can they sack me if I don't get better?", ("improv",)),
    ("will this stay on my record forever?", ("personnel", "file")),
    ("I'm signed off with stress, does it stop?", ("absent",)),
    ("can I tell the other teachers I'm on a support plan?", ("discuss",)),
    # and a flexible working policy in Word (tests/data/flexible)
    ("who decides whether I get it?", ("decis",)),
    ("can I cancel it if I change my mind?", ("withdraw",)),
    ("do I need to give a reason?", ("explain",)),
    ("can we try it out first?", ("trial",)),
    ("I want to change my days from September", ("academ", "year")),
    ("I've only just started, can I ask?", ("first", "day")),
    ("how many times a year can I apply?", ("timespan", "month", "period")),
    ("can I drop a day?", ("part", "time")),
    ("could I switch back later?", ("return",)),
    # and the equality guidance page (tests/data/edi)
    ("I'm dyslexic, what support can I get?", ("disabl",)),
    ("I think I'm paid less than the men doing the same job", ("unequ", "pay")),
    # and the parking and travel page (tests/data/parking)
    ("I reversed into someone's car", ("damag",)),
    ("can we lift share?", ("car", "share")),
    ("is there a parking space for me?", ("bay",)),
    # and the low-level concerns and safeguarding guidance, which say "children" for pupils
    ("a pupil told me something worrying", ("child",)),
    ("can I put where I teach in my bio?", ("employe",)),
    # and the seventy-sixth blind batch, governors, volunteers and contractors (t1109-t1120)
    ("the builder wants to post pictures of the new roof", ("contractor",)),
    ("a sports coach from an outside company runs our football club", ("contractor",)),
    # and a further education college's social media guidelines, a PDF (tests/data/college), which
    # says "learners" for its students
    ("an ex-student wants to follow me", ("former", "learner")),
    ("my niece is starting here in September", ("relative",)),
    ("can I check my phone between lessons?", ("work", "hour")),
    ("a parent is spreading lies about me", ("alleg",)),
    ("can we start a blog for the PE department?", ("creat",)),
    # and the seventy-eighth blind batch, pupils' work online (t1133-t1143): a band's song is someone's copyright
    ("can I use a famous band's song in our school video?", ("copyright",)),
    ("is it ok to put background music on the class video?", ("copyright",)),
    # and the seventy-ninth, staff's own wellbeing online (t1144-t1152): a video that shows my classroom
    # says where I work
    ("is it ok to post a video that shows my classroom?", ("identifi",)),
    # and the eightieth, the features of the apps (t1153-t1162): going live is a video
    ("I went live on Instagram at sports day", ("photograph",)),
    ("is it ok if I'm going live on TikTok from the trip?", ("imag",)),
    # and the eighty-second, forums, reviews and posting anonymously (t1174-t1184): wrong info is a
    # correction to make, a review left is a comment, advice about a pupil is discussing them
    ("our Wikipedia page has wrong info on it, can I fix it?", ("correct",)),
    ("can I leave an honest review of the school?", ("comment",)),
    ("can I ask for advice on a forum about a tricky pupil?", ("discuss",)),
    ("can I reply from my own account to put the record straight?", ("repres",)),
    # and the eighty-third, proud moments (t1185-t1194): bragging about is talking about
    ("is it ok to brag a bit on Facebook about my class?", ("discuss",)),
    # and the eighty-fourth, why a rule is there (t1195-t1204): "we" work somewhere too, and "my own
    # time", "my private life" is the personal life kept apart from the professional one
    ("why are we told not to say where we work on Facebook?", ("identifi",)),
    ("why does it matter what I post in my own time?", ("profession", "life")),
    # and the eighty-fifth, staff's own image (t1205-t1211): me in the background, a meme of my face
    ("a pupil posted a TikTok with me in the background", ("imag",)),
    ("someone made a meme out of my face", ("imag",)),
    # and the eighty-sixth, staff's own family and friends (t1212-t1221): what happened in class is
    # confidential, and leaving a group chat is discontinuing contact
    ("can I tell my wife about a safeguarding thing that happened at school?", ("confidenti", "inform")),
    ("should I leave the group now one of the mums has joined it?", ("discontinu", "contact")),
    # and the eighty-seventh, support and site staff (t1222-t1231): telling my mates is discussing, putting
    # people right is representing the school
    ("can I tell my mates about the parents' evening drama?", ("discuss",)),
    ("should I reply to set them straight?", ("repres",)),
    # and a college's social media guidelines (tests/data/college): a department is a curriculum area
    ("who do I ask in my department?", ("curriculum", "area")),
    # and the ninety-ninth, older staff new to social media (t1352-t1365): hiding my things from the
    # parents is the privacy settings, and asking whether a deleted post is gone is asking if it lasts
    ("how do I make it so the mums can't see my photos?", ("privaci", "set")),
    ("I took the picture down last week, is it gone?", ("perman",)),
    # and the hundred-and-first, the formal register (t1380-t1391): social media "during the working
    # day" is in work time; and from the first batch, "my teenage son" is my own family, as "my son" is
    ("can I check Facebook during the working day?", ("work", "time")),
    ("my teenage son goes to the school where I work - can we be friends on facebook?", ("famili", "member")),
    ("my eldest is in year 10 here, can I follow her on insta?", ("famili", "member")),
    # and the hundred-and-second, staff checking what they think they know (t1392-t1403): being careful
    # is caution, and a locked profile is the privacy settings
    ("I thought we just had to be careful about adding colleagues?", ("caution",)),
    ("my profile is locked so it's fine, isn't it?", ("privaci", "set")),
    # and the hundred-and-twelfth, the internet's own words (t1507-t1518): a subpost, like a subtweet,
    # is a negative comment, vaguebooking about work risks disrepute, and being doxxed is harassment
    ("she keeps subposting about our head of department", ("negat", "comment")),
    ("is vaguebooking about a bad day at work ok?", ("disreput",)),
    ("someone doxxed me in the parents' group", ("harass",)),
    # and the hundred-and-thirteenth, British understatement (t1519-t1530): the school's name in a bio
    # or a profile says where one works
    ("can I have the name of the school on my LinkedIn profile?", ("identifi",)),
    # and the hundred-and-sixteenth, idioms of risk (t1555-t1566): a public account is a matter of the
    # privacy settings, and a head teacher or a line manager is a colleague
    ("should I keep my TikTok public?", ("privaci", "set")),
    ("can I rant about my line manager on Facebook?", ("colleagu",)),
])
def test_everyday_words_found_by_the_latest_blind_batches(searcher, question, meant):
    # General English that batches t161-t205 and two documents showed missing (in-laws, nephews,
    # "unfriend", "my old class", "taking the mick", "lies", online games, "posing as", browsing
    # history, memes, jewellery, strikes, "not announced"...); other wording than the batches' own.
    assert meant in _alternatives(searcher, question)


@pytest.mark.parametrize("question, meant", [
    ("a mum rang the office to moan about my marking", ("complain",)),
    ("he had a go at me in the car park", ("threaten",)),
    ("she swore at me in front of the class", ("abus",)),
    ("he rings the office every single day", ("persist",)),
    ("can I secretly film the meeting?", ("covert",)),
    # year groups by number, and setting a thing up (found with the vocabulary file off, where the
    # shipped file already had them)
    ("my year 5s want a class blog", ("pupil",)),
    ("two of the 11s were talking in the exam", ("candid",)),
    ("can I set up a page for the PTA?", ("creat",)),
    # and a positive handling policy, a page saved from a school's website (tests/data/handling)
    ("she stormed out of the hall", ("leav",)),
    ("he ran out of the classroom and across the field", ("leav",)),
    ("can I pin him down if he's kicking me?", ("restrain",)),
    # and a dignity at work policy in Word (tests/data/dignity)
    ("the dad was really aggressive on the phone", ("abus",)),
    ("it's being looked into by the head", ("investig",)),
    ("she made up the whole complaint", ("fals",)),
    ("he keeps making sleazy jokes", ("sexual",)),
    ("does this cover the staff night out?", ("social", "event")),
    ("he keeps commenting on my weight", ("appear",)),
    ("I was treated differently after I complained", ("less", "favour")),
    # and the thirty-fifth blind batch, early years staff (t571-t588)
    ("I'm a nursery nurse, does this apply?", ("staff",)),
    ("can I message one of my key children's parents?", ("pupil",)),
    # and a menopause policy as a PDF (tests/data/menopause)
    ("do I need a note from the doctor?", ("gp",)),
    ("I've got terrible brain fog at the moment", ("concentr",)),
    ("I keep forgetting what I came in for", ("rememb",)),
    ("my marking has slipped behind, will they say my work is slipping?", ("perform",)),
    # and a staff alcohol, drugs and smoking policy in plain text (tests/data/alcohol)
    ("he came in hungover again", ("influenc",)),
    ("I'm worried I'm drinking too much", ("problem", "alcohol")),
    ("can I nip out for a fag?", ("smoke",)),
    ("do I need to say something to her?", ("confront",)),
    ("where do I keep my inhaler?", ("medicin",)),            # "medication" stems as "medic", "medicines" not
    # and an emergency procedures quick guide, a two-column PDF leaflet (tests/data/emergency)
    ("where's the AED?", ("defibril",)),
    ("I left my backpack in the hall", ("bag",)),
    ("a reporter from the local paper rang", ("journalist",)),
    ("should I let him in?", ("open", "door")),
    ("there's an unattended bag by reception", ("suspici",)),
    ("can I go back for my coat?", ("collect",)),
    # and a professional development policy, a page of a trust's handbook site (tests/data/cpd)
    ("how much will I owe them?", ("repay",)),
    ("is the first aid course compulsory?", ("mandatori",)),
    ("can I claim my bus fare?", ("travel",)),
    ("do I get time to revise for my exam?", ("studi",)),
    ("do I get time to revise for my exam?", ("examin",)),
    ("what if I leave after I finish the course?", ("complet",)),
    ("do I need to feed back to my department?", ("share",)),
    # and safer working practice guidance, converted from Word with pandoc (tests/data/safer)
    ("a boy in year 9 has a crush on me", ("infatu",)),
    ("a parent asked me out", ("relationship",)),
    ("can I go for a coffee with her mum?", ("meet",)),
    ("I grabbed his arm", ("physic", "contact")),
    ("a parent gave me an expensive present", ("gift",)),
    # and a severe weather closure FAQ, a school website's page (tests/data/closure)
    ("will they shut the school if it snows?", ("close",)),
    # and blind batch 48 (the shipped vocabulary file's own "google" is the internet)
    ("I think parents have been googling me", ("public", "list")),
    # and a trust's probation policy (tests/data/probation), which says the appointment is confirmed
    ("what happens if I fail my probation?", ("confirm",)),
    # and a trust's directed time and cover page on its staff wiki (tests/data/worktime)
    ("I stayed late for the concert, do I get paid?", ("overtim",)),
    ("will I get the time back for the residential?", ("toil",)),
    ("I'm off sick tomorrow, what about my lessons?", ("absent",)),
    # and a college's social media guidelines (tests/data/college): its students are "learners" (the
    # shipped vocabulary file reads "student" as pupils, and Instagram as social media)
    ("one of my students messaged me", ("learner",)),
    ("can we start an instagram for the course?", ("open", "account")),
    # and a primary school's staff duties policy (tests/data/duties)
    ("can I have a coffee on the playground?", ("hot", "drink")),
    ("what if a child hasn't been picked up?", ("collect",)),
    ("I only work Mondays, do I still get a duty?", ("part", "time")),
    ("am I on lunch duty this week?", ("lunchtim",)),
    ("a girl grazed her knee in the playground", ("first", "aid")),
    # and an academy's protocol for communicating with parents (tests/data/parentcomms)
    ("when do I have to get back to her?", ("repli",)),
    ("can someone from SLT come to the meeting?", ("senior", "leader")),
    ("a dad just turned up at my classroom", ("unplan",)),
    # and a trust's personal data breach procedure (tests/data/breach)
    ("we got hit by ransomware", ("cyber", "attack")),
    ("do we have to tell the ICO?", ("inform", "commission")),
    ("who's the DPO?", ("data", "protect", "offic")),
    # and an academy's confidentiality policy, a PDF with a contents page (tests/data/confidentiality)
    ("my grandson is starting in reception", ("child",)),
    ("a police officer came to the door", ("polic",)),
    ("can I give her the contraceptive pill?", ("sexual", "health")),
    ("she made me promise to keep it between us", ("secret",)),
    ("I'll be on the gate at home time", ("end", "day")),
    ("I can't find my USB stick", ("lose",)),
    ("I told my wife about a kid in my class", ("discuss",)),
    ("I won't say who it is", ("identifi",)),
    # and advice on incidents of sharing nudes, a GOV.UK guidance page (tests/data/nudes)
    ("can I take the phone off her?", ("confisc",)),
    ("she's 15 and he's a grown man", ("adult",)),
    ("they both agreed to send the photos", ("consent",)),
    # and an academy's CCTV policy, a PDF with footnotes (tests/data/cctv)
    ("who is allowed to watch back the recordings?", ("view",)),
    ("can they film staff if they think someone is stealing?", ("crime",)),
    ("does the CCTV record what people are saying?", ("sound",)),
    ("can the head check I'm doing my job properly?", ("perform",)),
    ("can I look at the cameras to work out which kid pushed him?", ("identifi",)),
    # and a school's guide to DBS checks, a design tool's PDF (tests/data/dbs)
    ("I've got a conviction from when I was 19, can I still work in a school?", ("crimin", "record")),
    ("who do I ask about my DBS?", ("contact",)),
    # and a trust's pay policy, in Word (tests/data/pay)
    ("when is the deadline for crossing the threshold?", ("upper", "pay", "range")),
    ("do NQTs start on the main scale?", ("main", "pay", "range")),
    ("when will I go up a spinal point?", ("move",)),
    ("can my post be regraded?", ("evalu",)),
    ("what date is payday?", ("paid", "month")),
    # and a council's model policy on managing change and redundancy, a web page (tests/data/redundancy)
    ("do I get first dibs on other jobs going?", ("prioriti",)),
    ("I've only been here 18 months", ("servic",)),
    ("I've got a job at another LA school", ("local", "author")),
    # and a secondary academy's relationships, sex and health education policy, in Word (tests/data/rshe)
    ("some of my Muslim pupils' families object", ("religion",)),
    ("what if parents disagree with what we teach?", ("differ",)),
    ("what do the pupils who have been taken out of RSE do?", ("withdrawn",)),
    # and a trust's Prevent duty guidance, a page of its staff handbook in Docusaurus's markdown (tests/data/prevent)
    ("he showed me a beheading video", ("extremist",)),
    ("a year 9 keeps drawing nazi symbols", ("extremist",)),
    ("can I leave the guest speaker with my class?", ("visit", "speaker")),
    # and a primary school's anti-bullying policy as plain text (tests/data/antibullying)
    ("they keep calling him gay", ("homophob",)),
    ("will I get told the outcome?", ("inform",)),
    # and a primary school's photography and use of images policy, a PDF (tests/data/images): a word
    # that only intensifies does not break a phrase
    ("a photo on his phone that looks really wrong", ("inappropri",)),
    ("it looks wrong to me", ("inappropri",)),
    # and a trust's records management policy and retention schedule, in Word (tests/data/records)
    ("who do I ask about how long to keep something?", ("retent",)),
    ("some old files are past their date, can we bin them?", ("destroy",)),
    ("a pile of old paperwork", ("record",)),
    ("a list with names on it", ("person", "data")),
    # and the ninety-first blind batch, colleagues' conduct online, asked by the staff who saw it
    ("my head of department keeps posting about how useless SLT are", ("insult",)),
    ("a colleague's Facebook says she works at our school", ("identifi",)),
    # and a primary school's staff wellbeing FAQ as plain text (tests/data/wellbeingfaq)
    ("I'm not coping at the moment, who can I speak to?", ("struggl",)),
    ("I'm drowning in work, can anything be done?", ("workload",)),
    # and the ninety-third blind batch, staff who run the school's own accounts
    ("does it matter if I get a fact wrong?", ("accur",)),
    # and a secondary academy's positive handling and use of reasonable force policy, in Word
    # (tests/data/restraint): a phrasal verb is read around its object
    ("is it ok to pin a kid down on the floor?", ("restrain",)),
    ("am I still allowed to hold a pupil back?", ("reason", "forc")),
    ("do I have to step in if two lads are fighting?", ("interven",)),
    ("I got kicked by a student, what do I do?", ("injur",)),
    ("a year 9 won't leave my room", ("classroom",)),
    ("what should I try before I put hands on a pupil?", ("physic", "contact")),
    # and the ninety-fourth blind batch, staff in boarding houses, special schools and PRUs
    ("his family have invited me to join their Facebook group", ("contact",)),
    ("can the boarders follow my personal Instagram?", ("friend", "request")),
    # and a secondary school's uniform and appearance policy, a PDF (tests/data/uniform): for a pupil,
    # a sanction is a detention
    ("what's the sanction if a pupil keeps turning up without a blazer?", ("detent",)),
    # and a primary school's school dog policy, in Word (tests/data/schooldog)
    ("the dog's done a wee in the corridor", ("toilet",)),
    ("can I get a child to fetch the mop?", ("clean",)),
    ("can a child cuddle the dog?", ("hug",)),
    # and a primary school's sun safety and hot weather policy, a WordPress page (tests/data/sunsafety)
    ("it's boiling today, can I take PE inside?", ("hot",)),
    ("it's boiling today, can I take PE inside?", ("indoor",)),
    ("when do I ring an ambulance?", ("999",)),
    ("does this apply to dinner ladies too?", ("lunchtim", "supervisor")),
    ("I'm an MDSA, does this apply to me?", ("lunchtim", "supervisor")),
    # and a trust's keyholding, locking up and out-of-hours working procedure, a PDF (tests/data/keyholding)
    ("can I get a spare key cut for home?", ("copi",)),
    ("a window's been smashed, what should I do?", ("damag",)),
    ("I'll be the only one in the building over half term, is that ok?", ("alon",)),
    # and a primary school's missing child and uncollected child procedure, in Word (tests/data/missingchild)
    ("how long do we look before ringing the police?", ("call", "polic")),
    ("when do I have to do a headcount?", ("count",)),
    ("we found her hiding, do I need to write anything up?", ("record",)),
    # and a secondary school's self-harm and suicidal thoughts guidance for staff, a PDF (tests/data/selfharm)
    ("a kid in my form said he wants to kill himself", ("suicid",)),
    ("a learner posted that they want to end it all", ("suicid",)),
    ("her mate says she's been hurting herself", ("self", "harm")),
    ("he was cutting himself in the toilets", ("self", "harm")),
    ("she says she took a load of paracetamol this morning", ("overdos",)),
    ("her arm is bleeding, can I just put a plaster on it?", ("wound",)),
    ("her arm is bleeding, can I just put a plaster on it?", ("treat",)),
    # and a primary school's food in school and allergy policy, a Google Doc as markdown (tests/data/foodallergy)
    ("his mum has sent in cupcakes, can I hand them out?", ("cake",)),
    ("his mum has sent in cupcakes, can I hand them out?", ("give",)),
    ("can I give out haribo as a reward?", ("sweet",)),
    ("we're making pancakes in class next week", ("cook",)),
    ("can parents send in mince pies for the party?", ("food",)),
    ("whose job is it to let us know?", ("tell",)),
    ("do I have to wait for the ambulance before using the epipen?", ("auto", "inject")),
    # and a secondary academy's PE, changing rooms and sports safety guidance, plain text (tests/data/pesafety)
    ("one of the goalposts is wobbly, can we still use it?", ("damag",)),
    # and a primary school's infection control and illness policy, in Word (tests/data/infection)
    ("a child wet themselves, should I rinse their trousers out?", ("soil",)),
    ("a reception child bit another kid", ("bite",)),
    ("a child fell over and it drew blood", ("bleed",)),
    ("a child was sick in class this morning, when can he come back?", ("vomit",)),
    ("a boy is poorly and wants to go home", ("unwel",)),
    # and a council's page for school staff on allegations against staff (tests/data/allegations)
    ("will I get suspended if a kid makes something up about me?", ("alleg",)),
    ("the kid lied about me on purpose", ("deliber",)),
    ("could my name end up in the local paper?", ("publicat",)),
    ("will it come up when I apply for other jobs?", ("reference",)),
    ("is there anyone I can talk to?", ("counsel",)),
    ("does this cover something I did at the weekend?", ("appli",)),
    ("I've got a niggle about how a colleague talks to the kids", ("low", "level", "concern")),
    # and a trust's domestic abuse policy for supporting staff, in Word (tests/data/domesticabuse)
    ("we split up last year, does it still count?", ("relationship", "end")),
    ("I've been off a lot because of stuff at home", ("domest",)),
    ("a boy in my class said his dad hits his mum", ("domest", "abus")),
    # and a trust's close personal relationships at work policy, in Word (tests/data/closerel)
    ("my girlfriend works in the office here, does that matter?", ("partner",)),
    ("can I sign off my husband's timesheet?", ("partner",)),
    ("is it ok to kiss my boyfriend goodbye in the car park?", ("affection",)),
    ("my daughter is in my set, can I mark her mock?", ("assess",)),
    ("my uncle's company is doing the building work over the summer", ("contractor",)),
    ("could I lose the job for not mentioning it?", ("dismiss",)),
    ("can they move me to a different school?", ("academi",)),        # a trust's word for a school
    # and a primary school's draft policy on supporting pupils with medical conditions (tests/data/medical)
    ("she's eaten a cereal bar and her lips are swelling", ("allergi", "reaction")),
    ("does every kid with asthma need an IHP?", ("individu", "healthcar", "plan")),
    ("can the head make me do his insulin injections?", ("requir",)),
    ("his mum sent in antibiotics in his book bag", ("medic",)),
    ("how often does her care plan get updated?", ("review",)),
    # and a trust's safer recruitment policy, a PDF exported from Google Docs (tests/data/recruitment)
    ("the applicant gave her mum as a referee, is that ok?", ("candid",)),
    ("the applicant gave her mum as a referee, is that ok?", ("reference",)),
    ("a mum wants to come in and hear readers every Tuesday", ("read", "pupil")),
    ("will they google me before the interview?", ("search",)),
    # and a primary school's bereavement and loss policy, a web page printed to PDF (tests/data/bereavement)
    ("is there any counselling for staff?", ("employe", "assist", "programm")),
    ("who's in charge of deciding what we tell the children?", ("lead",)),
    ("her behaviour has changed since her brother died", ("bereav",)),
    # and a Church of England academy's charging and remissions policy, in Word (tests/data/charging)
    ("how much are violin lessons?", ("music",)),
    ("can I ask parents to buy the class reading books?", ("pay",)),
    ("can we make parents pay for a maths website we use in lessons?", ("onlin", "learn", "platform")),
    # and a primary school's parent and visitor code of conduct, a Jekyll page (tests/data/parentconduct)
    ("a dad started shouting at me in the playground", ("angri",)),
    # and a primary school's volunteers policy, a Word document saved as PDF (tests/data/volunteers)
    ("a grandad wants to help every Thursday, does he need checks?", ("regular",)),
    ("I'm not comfortable with how a volunteer speaks to the kids", ("safeguard", "concern")),
    ("can my sister come in and help in my class?", ("volunt",)),
    # and a secondary school's homework policy, in Word (tests/data/homework)
    ("she can't do her homework because she looks after her mum", ("young", "carer")),
    ("can I set HW over half term?", ("homework",)),
    # and a secondary academy's lesson observation protocol, Word saved as RTF (tests/data/observation)
    ("can I refuse to have my lesson videoed?", ("film",)),
    ("what if I'm off ill on the day?", ("sick",)),
    # and a secondary academy's searching, screening and confiscation policy, a BookStack page (tests/data/searching)
    ("can a male teacher search a girl?", ("sex",)),
    ("where do I log a search?", ("record",)),
    ("who is allowed to search pupils?", ("authoris",)),
    # and a trust's driving for work and transporting pupils policy, a PDF (tests/data/driving)
    ("I passed my test last year, can I drive for work?", ("licenc",)),
    ("a van went into the back of me on the way to a course", ("collis",)),
    # and a primary federation's smoke-free and vape-free site policy, a Notion export (tests/data/smokefree)
    ("I'm trying to quit, is there any support?", ("stop", "smoke")),
    ("does the ban apply when the hall's hired out at the weekend?", ("let",)),
    ("can I have a fag on the field after the kids have gone home?", ("school", "day")),
    # and a primary school's display screen equipment and workstation policy, in Word (tests/data/dse)
    ("my back's killing me from sitting at the desk all day", ("ach", "pain")),
    ("the sun shines on my screen in the afternoon", ("glare",)),
    ("how high should my monitor be?", ("screen",)),
    ("I've moved to a new desk in the office", ("workstat",)),
    # and a trust's declarations of interest policy, TextEdit RTF (tests/data/interests)
    ("I do some marking for OCR in the holidays", ("exam", "board")),
    ("my brother is running for council next year", ("councillor",)),
    ("I'm an examiner for Edexcel, do I need to tell anyone?", ("mark",)),
    # and a primary school's premises and equipment policy, in Word (tests/data/premises)
    ("I left my purse in my classroom and it's gone", ("valuabl",)),
    ("is there somewhere safe to keep my laptop bag?", ("locker",)),
    ("how much is a hot dinner?", ("lunch",)),
    # and a primary school's fundraising and charity FAQ, a PDF (tests/data/fundraising)
    ("can the parents just bank transfer me for the trip?", ("bank", "detail")),
    # and a trust's staff references policy, a Moodle page (tests/data/references)
    ("the dates on her reference don't add up", ("discrep",)),
    ("something's off about this application", ("concern",)),
    # and a trust's reasonable adjustments guidance, Word laid out in a table (tests/data/adjustments)
    ("my knees are bad after the operation", ("ach", "pain")),
    ("could my class move downstairs?", ("ground", "floor")),
    ("I've had epilepsy since I was a child", ("disabl",)),
    # and a school's trade union facility time policy, written in Google Docs (tests/data/facilitytime)
    ("if half the staff walk out will I have to cover?", ("strike",)),
    ("can I stand on the picket line?", ("picket",)),
    # and a trust's guidance on information requests, a PDF (tests/data/inforequests)
    ("does the clock start when the letter arrives?", ("time", "limit")),
    ("who do I send the complaint to?", ("forward",)),
    # and a trust's ECT induction policy, a page of an MkDocs staff handbook (tests/data/ectinduction)
    ("what happens if I'm struggling in my first year?", ("satisfactori", "progress")),
    # and a trust's anti-fraud, bribery and corruption policy, in Word (tests/data/antifraud)
    ("a contractor offered me a backhander", ("briberi",)),
    ("will the police be called if someone's caught stealing from the school?", ("theft",)),
    ("what should I do if something doesn't add up in the accounts?", ("suspect",)),
    ("can I do shifts at my other job when I'm off sick?", ("sick", "leav")),
    ("can I take the trip money home overnight?", ("cash",)),
    ("a supplier has offered me tickets to the football", ("hospit",)),
    # and a trust's career break policy, saved from Word as RTF (tests/data/careerbreak)
    ("what's the longest career break I can have?", ("maximum",)),
    ("will I hear about jobs coming up while I'm away?", ("vacanc",)),
    ("can I come in for the odd day to help?", ("keep", "touch", "day")),
    ("what happens in my first week back?", ("return",)),
    # and a council's time off for public duties policy, Word saved as plain text (tests/data/publicduties)
    ("is time off for parish council meetings paid?", ("councillor",)),
    # and a primary school's staff handbook, in Word (tests/data/schoolhandbook)
    ("what's the deadline for overtime claims?", ("addit", "hour")),
    ("the classroom radiator is broken", ("repair",)),
])
def test_everyday_words_read_without_the_vocabulary_file(searcher, question, meant):
    # a complaints procedure as a PDF (tests/data/complaints) calls the parent "the complainant" and
    # speaks of abusive, threatening, persistent contact and covert recordings (and a positive handling
    # policy, of leaving the classroom and restraint). Read without the
    # shipped vocabulary file, whose own readings of "mum" and "secret" come first.
    assert meant in _alternatives(Searcher(searcher.index, use_vocabulary=False), question)


@pytest.mark.parametrize("question", [
    "mum was clearly drunk when we got there, should we still go in?",
    "he was obviously upset about the photo",
    "apparently I can't add parents on facebook?",
    "presumably a pupil's friend request just gets ignored?",          # blind batch 102
    "supposedly we can't post class photos, is that right?",
])
def test_an_adverb_of_certainty_is_chat_not_what_the_question_is_about(searcher, question):
    # "clearly" was a third of "mum was clearly drunk when we got there…" (document 83), which was
    # refused: it is said, like "literally", and no clause is about it
    stems = set(searcher.term_counts(question))
    assert not stems & {searcher.index.tokenizer.stem(w) for w in ("clearly", "obviously", "apparently", "presumably",
                                                                  "supposedly")}


@pytest.mark.parametrize("question, policy", [
    ("I would be grateful if you could clarify the position regarding the use of personal devices to "
     "photograph pupils during lessons.", "balfour-primary"),
    ("Please confirm whether staff are permitted to access their personal social media accounts during the "
     "working day.", "school-trust-template"),
])
def test_a_letter_like_question_is_searched_for_what_it_asks(searcher, question, policy):
    # Blind batch 101, staff who write formally: "grateful", "clarify", "regarding" and "confirm" were
    # most of what no clause has, and both questions were refused ("whether" stays a word: "consider
    # whether any comment… is something that they want…")
    stems = set(searcher.term_counts(question))
    assert not stems & {searcher.index.tokenizer.stem(w) for w in ("grateful", "clarify", "regarding", "confirm")}
    assert not searcher.search(question, policies=[policy]).abstained


def test_the_rules_are_the_policy_not_what_a_question_is_about(searcher):
    # "the no-contact rule", "the social media rules": staff mean the policy, a word it seldom uses
    # itself, so "rule" weighed as the rarest word and refused the question (blind batch 33)
    question = "is the no-contact rule just for pupils at our school?"
    assert "rule" not in searcher.term_counts(question)
    answer = searcher.search(question, policies=["southfield-trust"])
    assert any("whether from the Trust schools or any other school" in r.clause.text for r in answer.results)
    # "shown", like "show", is the story around a question when no policy says it
    assert "show" not in searcher.term_counts("the head has shown me a parent's post")


def test_how_sure_who_said_it_and_comparing_are_not_what_a_question_is_about(tmp_path, searcher):
    # "will they definitely let me?", "what my colleague scored compared to me": how sure the asker
    # wants to be and the comparison are how the question is put. Counted as the rarest words (no
    # clause has them), they refused questions a council's model policy on change and redundancy
    # answers (tests/data/redundancy).
    searcher_of_the_page = Searcher(index_of(tmp_path, DATA / "redundancy" / "redundancy-and-restructuring.html"))
    for question, answer_starts in [
        ("I'd actually quite like to take voluntary redundancy - will they definitely let me?",
         "Voluntary redundancy is not available to everyone"),
        ("can I find out what my colleague scored compared to me?", "Staff will be told their own scores"),
    ]:
        answer = searcher_of_the_page.search(question)
        assert not answer.abstained
        assert any(r.clause.text.startswith(answer_starts) for r in answer.results[:3])
    # and who is saying it: the site manager's message about the village Facebook page was refused
    # (blind batch 87); the policies never say "saying"
    question = "Someone's put a photo on the village Facebook page saying school doesn't care about safety"
    assert "say" not in searcher.term_counts(question)


def test_northern_something_and_anything_and_feelings_are_not_what_a_question_is_about(searcher):
    # "can I put summat on twitter about how gutted I am?", "can I say owt back?" (blind batch 34):
    # summat/owt are something/anything, and how the one asking feels is the story around it
    assert list(searcher.term_counts("can I put summat on twitter about how gutted I am?")) == ["put", "twitter"]
    assert "owt" not in searcher.term_counts("can I say owt back to the mams?")
    # and Ireland's "yer man" (that man) is chat, not the rarest word (blind batch 37)
    assert "yer" not in searcher.term_counts("yer man from P7 is following me on insta")


def test_trying_and_how_many_times_are_the_story_where_no_policy_says_them(tmp_path, searcher):
    # "this child has been held three times now", "a child keeps trying to run out of class": the
    # positive handling page has neither word, so they are not what the question is about...
    handling = Searcher(index_of(tmp_path, DATA / "handling" / "positive-handling.html"))
    counts = handling.term_counts("she has tried to run out of class three times")
    assert "tri" not in counts and "three" not in counts and "class" in counts
    # ...but the shipped policies say "try to regularly review", so there "try" is searched
    assert "tri" in searcher.term_counts("should I try to review my privacy settings?")


def test_in_an_exam_the_students_are_candidates(searcher):
    # exam guidance calls them candidates (tests/data/exams); the shipped vocabulary file reads
    # "student" as its pupils, so this is the everyday list's reading
    everyday = Searcher(searcher.index, use_vocabulary=False)
    assert ("candid",) in _alternatives(everyday, "two students were whispering in the exam")
    assert ("candid",) not in _alternatives(everyday, "can a pupil see my facebook?")


def _alternatives(searcher, question):
    return {alt for c in searcher.concepts(words(question)) for alt in c.alternatives}


def test_an_everyday_phrase_that_reads_more_of_the_question_adds_to_the_organisations_word(searcher):
    # The organisation's file reads "check" as access; the everyday list reads "check our" (emails)
    # as monitoring, and that is what the question asks about (blind batch 54).
    concepts = {c.source: c.alternatives for c in searcher.concepts(words("can school check our emails?"))}
    assert ("monitor",) in concepts[("check",)] and ("access",) in concepts[("check",)]
    # a phrase holding one word of the organisation's phrase ("on my lunch" of "lunch break") is
    # not a second reading of that word: "lunch" would count twice
    assert ("lunch",) not in {c.source for c in searcher.concepts(words("can I go on insta on my lunch break?"))}


def test_words_with_two_senses_are_read_in_the_sense_staff_mean(searcher):
    # liking a pupil's post is not what is "likely to constitute a conflict of interest": with "likely"
    # stemmed as "like", the family members clause led for a pupil who keeps liking my videos
    assert searcher.index.tokenizer.stem("likely") != searcher.index.tokenizer.stem("liking")
    stem = searcher.index.tokenizer.stem
    for question_word, policy_word in [("dating", "date"), ("emergency", "emerging"), ("positive", "position"),
                                       ("office", "officer"), ("government", "governing"),
                                       ("formers", "former"), ("promotion", "promote"), ("supplies", "supply"),
                                       ("coding", "code"),    # a coding club is no code of conduct
                                       ("designated", "designed"),    # a designated teacher (batch 98)
                                       ("affection", "affects"),      # a kiss, not what affects work (document 85)
                                       ("careful", "care")]:          # being careful, not a care plan (document 86)
        assert stem(question_word) != stem(policy_word), question_word
    assert stem("emergencies") == stem("emergency") and stem("offices") == stem("office")
    # a swimmer swims: "the non-swimmers" are "pupils who cannot swim" (document 79)
    assert stem("swimmers") == stem("swim")
    # being friendly is not being friends ("she's just being friendly" is no friend request); a
    # phone's dictation writes "allowed" as "aloud", a word to drop like "allowed" itself
    assert stem("friendly") != stem("friends")
    assert ("contact",) not in _alternatives(searcher, "she's just being friendly, can I reply?")
    assert "aloud" not in searcher.term_counts("am I aloud to post this?")
    # young staff's "ngl", "fr" and "no cap" are chat ("cap" only where no clause has the word)
    assert searcher.term_counts("ngl no cap can I post this fr") == {"post": 1}
    # an aide (a classroom assistant) is not first aid; writing up notes is not being written up
    assert stem("aide") == stem("aides") != stem("aid")
    assert ("staff",) not in _alternatives(searcher, "where is the first aid kit?")
    assert ("disciplinari", "action") not in _alternatives(searcher, "I write up my notes after the meeting")
    # "please update your emergency contacts" no longer meets "emerging forms of communication"
    assert searcher.search("Email from HR: please update your emergency contacts. Where do I do that?").abstained
    answer = searcher.search("a year 6 girl keeps liking all my tiktoks, should I do something?",
                             policies=["southfield-trust"])
    assert answer.results[0].clause.section == "6.2"       # no contact with any pupil
    # an evening (parents' evening) is not "even" ("even if you restrict it")
    assert searcher.index.tokenizer.stem("evening") == searcher.index.tokenizer.stem("evenings") != "even"
    # a PIN is a password, pinning a post is not
    assert ("password",) in _alternatives(searcher, "can I tell the office my pin number?")
    assert ("password",) not in _alternatives(searcher, "can I pin a post on the school page?")
    # ...nor is pinning a post restraint, which pinning a child down is
    everyday = Searcher(searcher.index, use_vocabulary=False)
    assert ("restrain",) not in _alternatives(everyday, "I pinned a post to the top of the class page")
    assert ("restrain",) in _alternatives(everyday, "he had to be pinned down")
    # "keeps messaging me" is how often, not the policies' keeping ("keep passwords confidential")
    assert "keep" not in searcher.term_counts("a parent keeps messaging me on facebook")
    assert "keep" not in searcher.term_counts("she kept on liking my photos")
    assert "keep" in searcher.term_counts("how long do we keep records?")
    assert "keep" in searcher.term_counts("can I keep everything I posted?")
    # a WhatsApp group "with me in it" is being in it with them, not a photo of me; and cross country is
    # a sport, not a misspelt County Council (blind batch 90)
    question = "the football parents want a WhatsApp group with me in it for away fixtures"
    assert ("contact",) in _alternatives(searcher, question)
    assert ("imag",) not in _alternatives(searcher, question)
    assert "counti" not in searcher.term_counts("some of the Year 10 cross country lot follow my Strava")
    # "paid" in "a paid or unpaid capacity" is not a pay rise; a fire alarm is not being fired;
    # following a policy is not following someone online.
    assert searcher.search("how do I apply for a pay rise?").abstained
    assert searcher.search("what do I do if the fire alarm goes off?").abstained
    assert ("dismiss",) not in _alternatives(searcher, "what do I do if there's a fire alarm during lunch?")
    assert ("dismiss",) in _alternatives(searcher, "could I get fired for this?")
    assert ("friend", "request") not in _alternatives(searcher, "do I have to follow this policy?")
    assert ("friend", "request") in _alternatives(searcher, "a year 6 started following me on tiktok")
    assert ("breach",) in _alternatives(searcher, "what happens if I don't follow the policy?")
    # a break is time off; breaking the rules is a breach ("break this", but not "at break this morning"
    # or "spring break this year"); "add a year 2 mum" is still adding someone
    assert ("breach",) not in _alternatives(searcher, "can I go on facebook at break this afternoon?")
    assert ("breach",) not in _alternatives(searcher, "when is spring break this year?")
    assert ("breach",) in _alternatives(searcher, "what happens if I break this rule?")
    assert ("friend", "request") in _alternatives(searcher, "can I add a year 2 mum on facebook?")
    assert ("breach",) not in _alternatives(searcher, "can I go on facebook on my break?")
    assert ("breach",) in _alternatives(searcher, "am I breaking the rules if I swear on twitter?")
    assert ("breach",) in _alternatives(searcher, "what happens if I break the policy?")
    on_break = searcher.search("can I go on facebook on my break?", policies=["school-trust-template"])
    assert "during work time is not permitted" in on_break.results[0].clause.text
    # "government" stems like "governing": it is not listed as political
    assert ("polit",) not in _alternatives(searcher, "does the governing body have to follow this?")


@pytest.mark.parametrize("question, not_meant", [
    ("does it even cover me?", "outside work"),                 # "evenings" stems to "even"
    ("what does disrepute mean?", "malicious"),                 # "mean" as in nasty
    ("what does the school expect of me?", "pregnant"),         # "expecting" (a baby)
    ("how should I handle this?", "profile"),                   # a Twitter handle
    ("is the school trip ok to post about?", "accidents"),      # "tripped"
    ("can I post snaps of the kids?", "damaged"),               # "snapped"
    ("will I be treated fairly?", "gifts"),                     # "treats"
    ("where does the confidential waste go?", "inappropriate"),  # "wasted"
    ("she sent me a message", "special educational needs"),    # SEND ("sent" stems to "send")
    ("can I ring parents if the coach is late back?", "supported"),  # "backing"
    ("does he have to stay behind if they can't pay?", "detention"),  # "stay behind"
    ("is school open on the bank holiday?", "personal use"),          # online banking
    ("how do I get my school laptop fixed?", "correction"),           # "fix a mistake"
    ("my kid's nursery just rang, she's poorly", "early years"),      # "in nursery", "nursery class"
    ("what's the procedure for a child with head lice?", "headteacher"),  # "the head"
    ("can I tutor her son at weekends?", "family members"),           # "my son" is family
    ("can I wear make up to work?", "fictitious"),            # "made up" would stem like "make up"
    ("can I wear make up to work?", "defamation"),            # nor "made up" lies, for defamation
    ("can we play games in PE on a wet day?", "online"),      # a game is not an online game
    ("do I have to take my ring off for PE?", "telephone"),   # a ring is not a phone call
    ("a boy in my class tried to strike another pupil", "political"),  # a blow, not industrial action
    ("what happens in March?", "political"),                  # the month
    ("is this suitable for ages 5 to 7?", "excessive"),       # an age range, not "for ages"
    ("when are the year 11 mock exams?", "bullying"),         # a mock exam mocks nobody
    ("my manager wants to give me a target", "gifts"),        # "gave me" stems like "give me"
    ("what support is there for staff targeted online?", "objectives"),   # "targets" only in phrases
    # found by listing the common English words that share a stem with a listed word
    ("a pupil tripped in the corridor", "off-site visit"),    # "tripped" is not a trip
    ("I snapped at a pupil today", "photographs"),            # nor "snapped" a snap
    ("can a native speaker help in class?", "performances"),  # "native" is not the nativity
    ("she hurt her leg in PE", "clothing"),                   # a leg is not leggings
    ("what age range is this for?", "telephone"),             # "range" stems like "rang"
    ("is this related to safeguarding?", "family members"),   # "related" is not a relation
    ("can staff run in the egg and spoon race?", "discrimination"),
    ("he got top marks", "clothing"),
    ("I'm leaving at Christmas - can I add my old class?", "annual leave"),   # leaving a job
    ("can you cover me period 3?", "applies"),               # covering a lesson
    ("can my rep come to the meeting?", "represent"),         # a union rep, not representing views
    ("when is the christmas staff party?", "outside work"),   # an event, not time outside work
    ("what are the repercussions if I break the policy?", "victimises"),   # consequences
    ("this boy is ruining every lesson, can I get him taken out?", "hospitality"),   # out of the room
    ("if a pupil put up the stuff about me, what happens to them?", "profile"),   # content about me
    ("can I repost it on my own page?", "alone"),              # whose page, not being alone
    ("is it ok on my own phone?", "unsupervised"),
    ("what time does the breakfast club start?", "create"),   # starting a blog is creating one
    ("a boy in my class started following me", "create"),
    ("I coach the under 11s football team at weekends", "vehicle"),   # coaching is not a coach trip
    ("as a form tutor can I message my tutees?", "risk assessment"),  # a form group is not a form to fill in
    ("am I going to get in trouble for this?", "arrives"),   # "gets in" is arriving, not "get in trouble"
    ("how do I get in touch with a parent?", "arrives"),     # nor "get in touch"
    ("I'm a Year 4 teacher, can I say so on LinkedIn?", "pupils"),   # a role, not a year group (blind batch 53)
    ("what does that mean for me?", "cyberbullying"),          # a meaning, not a mean comment (batch 63)
    ("can I leave early on Friday?", "bullying"),             # leaving, not leaving someone out
    ("can I use my photos of the trip?", "identity theft"),   # my own photos, not someone using mine (batch 62)
    ("sum1 made a fake acct pretending to be the school", "identity theft"),   # the school's, not mine
    ("can I ask for it to be taken down?", "request"),        # asking, not a friend request (document 50)
    ("from one to one hundred", "one-to-one meetings"),       # counting, not one-to-one
    ("can I film the class assembly?", "without your permission"),   # filming them, not being filmed
    ("we've got a football match with year 6 on Friday", "contact"),   # a match, not matching on a dating app (batch 65)
    ("can I record my lessons for my portfolio?", "personnel file"),   # recording a lesson, not my record (document 52)
    ("the year 11s say the exam hall is cursed", "offensive"),        # a curse, not cursing (batch 66)
    ("I raised the concern in good faith", "views"),                   # good faith, not my faith (batch 67)
    ("a mum who lives on my street keeps messaging me", "addresses"),   # a neighbour, not my address (batch 70)
    ("she's leaving a year after starting", "12-month period"),        # a length of time, not "a year" (document 53)
    ("can I use a website builder for my class page?", "contractors"),   # software, not a builder on site (batch 76)
    ("who's my mentor this year?", "colleagues"),                       # asked, not a colleague online (batch 76)
    ("can the HR department tell me my salary?", "curriculum area"),    # an office, not a subject (document 54)
    ("can parents park in the staff car park at pick up?", "collect"),   # the school run, not collecting a child (document 55)
    ("I'm not first aid trained, can I put a plaster on a graze?", "first aid"),   # the injury, not "first aid" twice
    ("can I turn up the heating in my classroom?", "unplanned"),        # the heating, not turning up unannounced
    ("my Facebook got hacked, what do I do?", "cyber attack"),          # an account, not an attack (document 57)
    ("there's a sickness virus going round year 2", "cyber attack"),    # an illness, not malware
    ("I'm the only one in my department who isn't on Facebook", "alone"),   # the only one who, not alone on site (document 75)
    ("I got smashed at the staff party, will I be in trouble?", "damage"),  # drunk, not a smashed window
    ("we're baking cakes for the class sale", "hot"),                     # baking, not baking hot (document 74)
    ("she cut herself on the scissors in DT", "self-harm"),            # an accident, not self-harm (document 77)
    ("she cut herself on the scissors in DT", "safeguarding concern"),
    ("he's hurt himself on the climbing frame", "self-harm"),
    ("I'm killing myself with all this marking", "suicide"),            # a figure of speech
    ("I run a Brownies pack, can I have a WhatsApp group with the parents?", "cakes"),   # the Guides (document 78)
    ("can I take Biscuit out for a walk at lunchtime?", "food"),        # the school dog's name (document 73)
    ("it's baking in my classroom, can I open the windows?", "cooking"),   # hot, not baking a cake
    ("am I allowed to wear jeans?", "clothing"),                        # dress, not the clothing with a logo
    ("I'm off sick today, who do I tell?", "vomit"),                    # ill, not sick on the carpet
    ("can I post a bit of my lesson on youtube?", "bitten"),            # a part of it, not a bite (document 80)
    ("what's the purpose of the policy?", "deliberately"),              # its aim, not "on purpose" (document 81)
    ("is my facebook public?", "publication"),                          # public is not a publication
    ("when do we break up for the summer?", "relationship ended"),      # the end of term (document 82)
    ("can I split the class into two groups?", "relationship ended"),
    ("can I go home early if I feel ill?", "domestic"),                 # leaving, not what goes on at home
    ("will they reply within 10 working days?", "work time"),           # a deadline, not the working day
    ("who can mark the register when I'm on a course?", "assess"),      # the register, not a pupil's work (document 85)
    ("does being off sick affect my pay?", "affection"),                # what affects pay, not a kiss
    ("who writes the intimate care plan?", "caution"),                  # care, not being careful (document 86)
    ("his ankle is swelling up after he fell in PE", "allergic reaction"),   # an injury, not an allergy
    ("who do I book a hire car through?", "lettings"),                  # a car, not the hall (document 97)
    ("I want to quit, how much notice do I give?", "stop smoking"),     # the job, not smoking
    ("my laptop crashed and I lost my marking", "collision"),           # a computer, not a car
    ("do they monitor my emails?", "screen"),                           # watching, not a screen (document 98)
    ("what's the staff to pupil ratio for the residential?", "engage"),  # a proportion, not ratioing (batch 112)
])
def test_everyday_words_are_not_read_in_a_sense_the_question_does_not_have(searcher, question, not_meant):
    # A staff word is matched by its stem, so a word with another common sense is listed only in
    # the phrases that carry the staff sense ("in the evenings", "tripped over", "got wasted").
    assert tuple(searcher.index.tokenizer(not_meant)) not in _alternatives(searcher, question)


@pytest.mark.parametrize("a, b, typo", [
    ("freind", "friend", True), ("pasword", "password", True), ("passwrd", "password", True),
    ("notic", "notif", False), ("polici", "polic", False), ("counti", "count", False),
    # a changed letter is a typo only as a slip to a neighbouring key, or a vowel for a vowel
    ("phpto", "photo", True), ("breech", "breach", True), ("score", "scope", False),
])
def test_one_typo_is_inside_the_word_not_its_last_letter(a, b, typo):
    from bot.search import _one_typo
    assert _one_typo(a, b) is typo
