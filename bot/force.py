"""How binding a clause is, read from its own wording: a rule, advice, or information.

    rule         must / must not / will not / shall / may not / is not permitted / is prohibited /
                 is not allowed / are required to / cannot / never; an instruction that starts "Do
                 not" ("Do not challenge them", "NOTE: do not allow..."); a clause that opens with an
                 instruction ("Lock your screen whenever...", "Report the disclosure to the DSL..."),
                 as guides and slides state their rules; and what the reader undertakes in an
                 agreement they sign ("I will lock my screen", "I agree to...")
    advice       should / advised / recommended / caution / encouraged / good practice / good idea
    information  anything else (definitions, scope, what the school does)

"May not" is a rule only where it forbids: "they may not realise the effect" is not.
A clause with both is a rule (its strongest word). "It is strongly recommended that staff do not..."
is advice, however firm it sounds: that is the distinction staff need to see.
"""
from __future__ import annotations

import re

from bot.audience import STAFF

RULE, ADVICE, INFORMATION = "rule", "advice", "information"
LABELS = {RULE: "Rule", ADVICE: "Advice", INFORMATION: "Information"}


def label(clause) -> str:
    """The force label shown with a quote: "Rule", or "Rule for parents" when the clause directs
    somebody other than staff (bot.audience), so nobody reads a parents' rule as their own."""
    text = LABELS[clause.force]
    return text if clause.audience == STAFF or clause.force == INFORMATION else f"{text} for {clause.audience}"

_RULE = re.compile(
    r"\b(?:must|shall|will not|won't|may not(?! (?:be aware|always|necessarily|realise|realize|know|notice|"
    r"seem|appear|feel|want|need|understand|remember|recogni[sz]e|mean)\b)|cannot|can ?not|can only|never|"
    r"(?:is|are) (?:not )?(?:permitted|prohibited|forbidden|required|not allowed|obliged)|"
    r"(?:is|are) not to|does not permit|do not permit|not permitted|not allowed)\b"
    r"|\bI (?:will|agree to)\b"
    r"|(?:^|[.;:!?•]\s+|\n\s*|, but\s+)(?:do not|don[’']t)\b", re.I)
# An instruction at the start of a clause: a verb of doing, then what it is done to ("Lock your
# screen", "Report a lost laptop", "Write down what the child said"). Not "Use of the minibus is...",
# "Leave: 1 day", "Check: Tyres", or the options after "you may:" (a lead-in opens that clause);
# not "tell", which offers as often as it instructs ("Tell the person their behaviour is unwelcome").
_INSTRUCTION = re.compile(
    r"^(?:please\s+)?(?:always\s+)?(?:lock|use|report|set|wear|write|log|phone|ring|call|book|keep|ensure|"
    r"read|sign|check|speak|ask|contact|record|follow|switch|store|delete|take|give|send|inform|seek|put|"
    r"return|share|raise|refer|notify|complete|attend|bring|close|turn|shut|evacuate|collect|hand|wash|"
    r"update|change|treat|respect|avoid|declare|remove|shred|encrypt|escort|direct|stop|label|dispose|clean|"
    r"cover|wipe|save|make sure)\s+(?:down\s+|out\s+|up\s+|in\s+|off\s+)?"
    r"(?:your|the|a|an|any|all|every|each|it|them|this|these|that|those|what|who|where|how)\b", re.I)
_ADVICE = re.compile(
    r"\b(?:should|ought to|advised?|advisable|recommend(?:ed|s)?|caution|cautious|encouraged?|"
    r"good (?:practice|idea)|best practice|try to|consider)\b", re.I)


# Column headings that sort what is under them rather than name a field ("Do | Don't", "Acceptable |
# Not acceptable", "✓ | ✗"): bot.parse reads such a table by column, each cell under its heading
# ("Don't: Accept friend requests."), and the heading gives the item its force.
_DONT = (r"(?:don[’']?t(?:[’']?s)?|do not|never|not acceptable|unacceptable|not allowed|not permitted|"
         r"not appropriate|inappropriate|bad practice|unsafe practice|[✗✘×])(?: use| behaviour)?")
_DO = r"(?:do(?:[’']?s)?|always|acceptable|allowed|permitted|appropriate|good practice|safe practice|[✓✔])(?: use| behaviour)?"
VERDICT_HEADING = re.compile(rf"^(?:{_DONT}|{_DO})[!.:]?$", re.I)
_DONT_ITEM = re.compile(rf"^{_DONT}\s*:", re.I)
_DO_ITEM = re.compile(rf"^{_DO}\s*:", re.I)


def force_of(text: str) -> str:
    if _RULE.search(text) or _DONT_ITEM.match(text) or _INSTRUCTION.match(text):
        return RULE
    if _ADVICE.search(text) or _DO_ITEM.match(text):
        return ADVICE
    return INFORMATION


# Only clauses that hold at least this share of the question (bot.search confidence) are compared:
# a clause that merely shares a word with the question must not suggest the policies disagree.
NOTE_CONFIDENCE = 0.5


def disagreement(results) -> str | None:
    """A note when the policies quoted disagree in force — one makes it a rule, another only advises —
    judged on each policy's best clause for staff in the answer that answers most of the question."""
    lead: dict[str, tuple[str, str]] = {}
    for r in results:
        if r.clause.audience != STAFF:
            continue          # a rule for parents says nothing about what staff may do
        if getattr(r, "confidence", 1.0) >= NOTE_CONFIDENCE:
            lead.setdefault(r.policy.id, (r.clause.force, r.policy.organisation or r.policy.title))
    by_force: dict[str, list[str]] = {}
    for force, title in lead.values():
        by_force.setdefault(force, []).append(title)
    if RULE not in by_force or ADVICE not in by_force:
        return None
    return (f"The policies differ: {_names(by_force[RULE])} make{'s' if len(by_force[RULE]) == 1 else ''} "
            f"this a rule, {_names(by_force[ADVICE])} only advise{'s' if len(by_force[ADVICE]) == 1 else ''}. "
            "Follow your own school's policy.")


def _names(titles: list[str]) -> str:
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
