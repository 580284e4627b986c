"""Whom a clause directs, read from its own wording: staff, or somebody else.

Staff policies also set rules for other people: "Parents must not post pictures of pupils other
than their own children", "Pupils should report...". Staff ask about their own conduct, so when a
staff clause and a clause for parents answer a question about equally well, the staff clause is the
answer (bot.search gives the others a lighter weight; a question about what parents may do still
finds theirs, since it shares their words).

A clause is for others when its subject is one of those groups followed, within a few words, by
what they must, should, will or may do. Anything else is for staff: "Staff must...", "You must
not...", "The school will monitor...", "Managers are responsible for...".
"""
from __future__ import annotations

import re

STAFF = "staff"
GROUPS = ("parents", "pupils", "visitors")
# saved in the index by position: append only. A clause may direct several groups at once
# ("Visitors and parents must not use their phones in classrooms").
AUDIENCES = (STAFF, *GROUPS, "parents and pupils", "parents and visitors", "pupils and visitors",
             "parents, pupils and visitors")

# Words that put a group into a question ("a mum has posted...", "can parents..."): then that
# group's clauses may well be the answer, and keep more of their weight.
_NAMED_BY = {
    "parents": {"parent", "parents", "carer", "carers", "guardian", "guardians", "family", "families",
                "mum", "mums", "mummy", "mom", "moms", "mother", "mothers", "dad", "dads", "daddy",
                "father", "fathers", "grandparent", "grandparents", "grandad", "grandma", "grandpa",
                "granny", "nan", "nana", "stepdad", "stepmum"},
    "pupils": {"pupil", "pupils", "student", "students", "child", "children", "kid", "kids",
               "learner", "learners", "boy", "boys", "girl", "girls"},
    "visitors": {"visitor", "visitors", "public", "contractor", "contractors"},
    # other staff: not an audience of clauses ("Staff must..." is for everyone), but a question about
    # a colleague is not about pupils or parents ("a new TA sent me a friend request")
    "colleagues": {"colleague", "colleagues", "coworker", "coworkers", "workmate", "workmates", "ta"},
}

# group word -> the audience it names
_GROUPS = {
    "parent": "parents", "parents": "parents", "carer": "parents", "carers": "parents",
    "guardian": "parents", "guardians": "parents", "families": "parents",
    "pupil": "pupils", "pupils": "pupils", "student": "pupils", "students": "pupils",
    "children": "pupils", "learners": "pupils", "young people": "pupils",
    "visitor": "visitors", "visitors": "visitors", "members of the public": "visitors",
}
_GROUP = "|".join(sorted((re.escape(g) for g in _GROUPS), key=len, reverse=True))
_SUBJECT = re.compile(
    rf"^(?:all\s+|the\s+|our\s+|any\s+)?(?P<groups>(?:{_GROUP})"
    rf"(?:\s*(?:/|,|\band\b|\bor\b)\s*(?:{_GROUP}))*)"                # "parents/carers", "parents and carers"
    r"\s+(?:[\w'’-]+\s+){0,3}?"                                       # "of pupils at the school", "also"
    r"(?:must|should|shall|will|may|can|cannot|are|is|need|have to|ought)\b",
    re.I)


# "Pupil data must not be downloaded": a group word before a noun names what the rule is about
_ATTRIBUTIVE = re.compile(r"^(?:the\s+)?(?:pupil|parent|carer|guardian|visitor|student)\s+"
                          r"(?!must|should|shall|will|may|can|cannot|is|need|has|ought)[a-z]", re.I)


def group_words(group: str) -> frozenset[str]:
    """The words that name a group ("mum", "carers", "kids" ...), for finding it in a clause's text."""
    return frozenset(_NAMED_BY[group])


def named_in(words: set[str]) -> set[str]:
    """The groups other than the asker that a question's (lower-case) words name: parents, pupils,
    visitors, colleagues."""
    return {audience for audience, names in _NAMED_BY.items() if names & words}


# "a pupil's mum", "the dad of one of my pupils", "a girl in my class ... her foster carer": the pupil
# says whose parent it is, and the question is about the parent.
_WHOSE = frozenset("his her their".split())
_PARENT_KIND = frozenset("foster birth step adoptive real biological own".split())
POSSESSOR_SPAN = 12


# "our Year 6s", "a Y10 boy", "my Yr 3 class": a year group is pupils ("a Year 6 mum" is a parent)
_YEAR_GROUP = re.compile(r"^(?:y|yr)\d{1,2}s?$")
_YEAR_NUMBER = re.compile(r"^\d{1,2}s?$")


def _year_group(words: list[str]) -> bool:
    for i, w in enumerate(words):
        end = i + 1 if _YEAR_GROUP.match(w) else \
            i + 2 if w in ("year", "yr") and i + 1 < len(words) and _YEAR_NUMBER.match(words[i + 1]) else 0
        if end and not (end < len(words) and words[end] in _NAMED_BY["parents"]):
            return True
    return False


# "I've just started as a TA", "I'm a new TA", "TA in reception here -": a role word may be the
# asker's own; and "ta" may be thanks ("ta for that")
_ROLES = frozenset({"ta"})
_IS_A = frozenset("as am m im".split())
_THANKS_TA = frozenset("for very mate much".split())


def _not_another(words: list[str], i: int) -> bool:
    return i == 0 or (i + 1 < len(words) and words[i + 1] in _THANKS_TA) or i + 1 == len(words) \
        or any(k >= 1 and words[k] in ("a", "an") and words[k - 1] in _IS_A for k in (i - 1, i - 2))


def people_named(words: list[str]) -> set[str]:
    """named_in for a question's words in order: with pupils named by their year group ("our Year
    6s"), without the asker's own role ("I'm a TA"), and without pupils when every pupil word in it
    only says whose parent a parent is."""
    named = named_in(set(words))
    if "colleagues" in named and all(w in _ROLES and _not_another(words, i) for i, w in enumerate(words)
                                     if w in _NAMED_BY["colleagues"]):
        named.discard("colleagues")                                      # "I've just started as a TA"
    if "pupils" not in named and _year_group(words):
        return named | {"pupils"}
    if not {"parents", "pupils"} <= named:
        return named
    parents, pupils = _NAMED_BY["parents"], _NAMED_BY["pupils"]

    def parent_at(k: int) -> bool:
        while k < len(words) and words[k] in _PARENT_KIND:
            k += 1
        return k < len(words) and words[k] in parents

    def possessor(i: int) -> bool:
        if i + 1 < len(words) and words[i + 1] == "s" and parent_at(i + 2):         # a pupil's mum
            return True
        if any(words[k] == "of" and k and words[k - 1] in parents for k in range(max(0, i - 5), i)):
            return True                                                          # the mum of a boy
        return any(words[k] in _WHOSE and parent_at(k + 1) and k != i + 2        # a girl ... her carer,
                   for k in range(i + 1, min(len(words), i + POSSESSOR_SPAN)))    # not "a pupil and his dad"

    if all(possessor(i) for i, word in enumerate(words) if word in pupils):
        return named - {"pupils"}
    return named


# "WhatsApp groups with parents", "photos of the kids", "talk to parents": the group is whom staff
# deal with, not who acts, and the clauses that direct that group are not the answer ("from" is
# left out: "cyberbullying from parents" is what parents do)
_OBJECT_OF = frozenset("with to for about towards toward between among against of".split())
_DETERMINERS = frozenset("a an the my our some any other their his her your these those one all".split())


# "Can I share it if his mum says it's fine?": who allows it is not who does it; staff do. (Who asked
# for it may be: "a mum asked me to be in a photo with her son for her Facebook" is her post.)
_ALLOWS = (("says", "it", "s"), ("said", "it", "s"), ("says", "it", "is"), ("said", "it", "was"),
           ("says", "that", "s"), ("said", "that", "s"), ("doesn", "t", "mind"), ("don", "t", "mind"),
           ("didn", "t", "mind"), ("is", "happy", "for"), ("are", "happy", "for"), ("gave", "permission"),
           ("gave", "me", "permission"), ("has", "given", "permission"), ("have", "given", "permission"),
           ("agreed",), ("agrees",))


def named_as_actors(words: list[str]) -> set[str]:
    """The groups a question's (lower-case, in order) words name as who does something ("a parent
    has posted...", "can pupils...", "posted by a parent"), not only after a preposition as whom
    staff deal with ("WhatsApp groups with parents", "photos of the kids"), nor as who lets staff
    do it ("if his mum says it's fine")."""
    out: set[str] = set()
    for i, word in enumerate(words):
        for audience, names in _NAMED_BY.items():
            if word in names and audience not in out and not _allows(words, i + 1):
                j = i - 1
                while j >= 0 and words[j] in _DETERMINERS:
                    j -= 1
                if not (j >= 0 and words[j] in _OBJECT_OF):
                    out.add(audience)
    return out


def _allows(words: list[str], at: int) -> bool:
    return any(tuple(words[at:at + len(phrase)]) == phrase for phrase in _ALLOWS)


def audience_of(text: str) -> str:
    """'staff', or the groups a clause directs ('parents', 'pupils', 'visitors', or several of them
    in that order: 'parents and visitors')."""
    m = _SUBJECT.match(text.lstrip(" •*-\t\"'‘“"))
    if not m or _ATTRIBUTIVE.match(m.group(0)):
        return STAFF
    named = {_GROUPS[g.lower()] for g in re.findall(_GROUP, m.group("groups"), re.I)}
    groups = [g for g in GROUPS if g in named]
    return groups[0] if len(groups) == 1 else ", ".join(groups[:-1]) + " and " + groups[-1]


def groups_in(audience: str) -> frozenset[str]:
    """The groups an audience ('parents and visitors') is made of; empty for staff."""
    return frozenset(g for g in GROUPS if g in audience)
