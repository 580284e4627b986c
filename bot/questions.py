"""Questions as people type them in chat: Slack's markup reduced to plain text."""
from __future__ import annotations

import html
import re

from bot.tokenize import site_names

_SPECIAL = re.compile(r"<![^>]*>")                      # <!channel>, <!here>, <!subteam^...>
_USER = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")          # <@U123>
_CHANNEL = re.compile(r"<#[A-Z0-9]+(?:\|([^>]*))?>")     # <#C123|general>
_LINK = re.compile(r"<((?:https?|mailto):[^|>]*)(?:\|([^>]*))?>")
# An emoji as Slack sends it: ":thinking_face:", ":+1:", ":wave::skin-tone-3:" (not "re:photos:" or "10:30:")
_EMOJI = re.compile(r"(?<![A-Za-z0-9]):[a-z0-9_+'-]{1,60}:(?::skin-tone-[2-6]:)?")


def plain_question(text: str, bot_user_id: str | None = None) -> str:
    """The words of a chat message: mentions, broadcasts and emoji (":pray:") dropped, links reduced to their labels,
    &amp;/&lt;/&gt; decoded, whitespace folded. Plain text, to be escaped again whenever echoed."""
    text = text or ""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    text = _SPECIAL.sub(" ", text)
    text = _USER.sub(" ", text)
    text = _CHANNEL.sub(lambda m: "#" + (m.group(1) or "channel"), text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    if ":" in text:
        text = _EMOJI.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


# "as long as no faces show" is a condition ("if"), not a length of time
_CONDITION = re.compile(r"\b(?:as|so) long as\b", re.I)
# "keeps messaging me", "kept asking": the keeping is how often, not the policies' keeping ("keep
# passwords confidential", "keep records"); "keep everything" and "keep something" still keep
_CONTINUING = re.compile(r"\b(?:keep|keeps|kept|keeping)(?:\s+on)?\s+(?=[a-z]{2,}ing\b)(?![a-z]*thing\b)", re.I)


# "a TA called Jo", "a parent named Sarah": the calling is naming, not a phone call ("called" is telephoning)
_CALLED = r"\b(?:called|named)\s+"
_NAMING = re.compile(_CALLED + r"(?=[A-Z][a-z]+\b)")


# Who the question is for, not what it asks: "asking for a friend", "for a friend:", "asking for someone
# else", "my colleague wants to know if...". The friend or colleague is the asker's, so the words are
# not the policies' friends ("friend requests") or colleagues.
_ON_BEHALF = re.compile(
    r"\b(?:(?:i'?m|im|i am)\s+)?(?:just\s+)?asking\s+(?:for|on\s+behalf\s+of)\s+(?:(?:a|my)\s+(?:friend|mate|pal|colleague)"
    r"(?:\s+of\s+mine)?|some(?:one|body)\s+else|another\s+person)\b"
    r"|^\W*for\s+a\s+(?:friend|mate)\s*[:,\u2013\u2014-]|[?.!,]\s*for\s+a\s+(?:friend|mate)\W*$"
    r"|\b(?:a|my|one\s+of\s+my)\s+(?:friend|mate|pal|colleague)s?(?:\s+of\s+mine)?\s+"
    r"(?:wants\s+to\s+know|wanted\s+to\s+know|would\s+like\s+to\s+know|is\s+asking|was\s+asking|asked\s+me|"
    r"is\s+wondering|was\s+wondering|wonders)(?=\s+(?:if|whether|what|how|when|who|why|about)\b)", re.I)


# How the asker judges what they ask about, not what it is: "is it rude to just ignore it?", "would it
# be weird if I followed her back?", and permission asked sideways, by understatement: "would it be
# frowned upon if...", "is it a bit off to...", "is it kosher to...", "would it raise eyebrows if...",
# "would the head take a dim view of...", "would anyone mind if...". The judging words go; what
# follows "to", "if" or "of" is the question.
_JUDGED = re.compile(r"\b((?:is|would|will|was|isn'?t|wouldn'?t)\s+it\s+(?:be\s+)?(?:a\s+bit\s+|really\s+|too\s+|very\s+)?)"
                     r"(?:rude|impolite|cheeky|mean|unkind|awkward|weird|odd|strange|harsh|petty|kosher|naughty|"
                     r"frowned\s+(?:up)?on|(?<=bit\s)(?:off|much))"
                     r"(?=\s+(?:of\s+me\s+)?(?:to|if)\b)"
                     r"|\b(?:would|will|does|could|might)\s+(?:it|that|this)\s+raise\s+(?:any\s+|a\s+few\s+|some\s+)?"
                     r"eyebrows(?=\s+if\b)"
                     r"|\b(?:would|will|does|do|might|could)\s+(?:the\s+|my\s+|our\s+)?(?:head|headteacher|school|slt|"
                     r"management|trust|governors|anyone|people)\s+take\s+a\s+(?:dim|poor)\s+view\s+of\b"
                     r"|\b(?:would|will)\s+(?:anyone|anybody|people|the\s+school|school|the\s+head|my\s+head)\s+"
                     r"mind(?=\s+if\b)", re.I)


# The greetings and sign-offs around a Slack message, which are manners, not the question: "Hi! Hope
# you're well.", "Happy Friday!", "Dear policybot,", "Thanks for your help last time! One more:" before
# it; "Thanks in advance, Jo x", "Kind regards, Mrs Patel", "Have a lovely weekend x", "ta x" after it.
# Their words ("happy", "weekend", "advance", "regards", a name, "ta", which is a teaching assistant
# elsewhere) would be searched. A greeting that can be what a question is about ("Morning break - can
# I...", "Evening clubs:") is one only before a comma or a stop; a sign-off only after one ("can I
# accept a gift to say thank you" keeps its thanks).
_DAYS = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|new\s+year|easter|christmas|half\s+term|"
         r"holidays?|weekend)")
# "Hi!", "Hiya,", "Dear policybot,", "Hope you're well.", "Thanks for your help last time! One more:"
_GREETING = (r"(?:have\s+a\s+(?:lovely|good|nice|great)\s+(?:weekend|day|evening|half\s+term|holiday|break)(?=\s*[,!.])"
             r"|(?:hi|hello|hey|hiya|heya|hey\s+hey|howdy)(?:\s+(?:all|everyone|there|team|folks|guys|policybot|bot))?"
             r"|dear\s+(?:policybot|bot|all|team|colleagues|sir\s+or\s+madam|(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]+)(?=\s*[,:!.])"
             r"|(?:good\s+)?(?:morning|afternoon|evening)(?:\s+(?:all|everyone|team|folks|guys))?(?=\s*(?:[,!.:;]|:\)|$))"
             r"|happy\s+" + _DAYS + r"(?=\s*(?:[,!.:;]|:\)|$))"
             r"|(?:i\s+)?hope\s+(?:you(?:'re|\s+are|’re)?|u\s+r|you'?re\s+all|all\s+is|everyone(?:'s|\s+is)?)\s+"
             r"(?:well|ok|okay|good|alright|keeping\s+well|having\s+a\s+(?:good|nice|lovely)\s+(?:day|week|weekend))"
             r"|(?:i\s+)?hope\s+(?:your|the)\s+(?:week|day|weekend|term|half\s+term)(?:'s|’s|\s+is)?\s+(?:going\s+)?"
             r"(?:ok|okay|well|good|alright)"
             r"|thanks?\s+(?:you\s+)?(?:so\s+much\s+|again\s+)?for\s+(?:your|the|all\s+your)\s+help"
             r"(?:\s+(?:last\s+time|earlier|yesterday|before))?"
             r"|(?:one|another)\s+more(?:\s+(?:question|q|for\s+you))?(?=\s*[,:!.-])"
             r"|quick\s+one)")
_GREETINGS = re.compile(r"^(?:\W*(?:" + _GREETING + r")\b(?:\s*:\))?[\s,!.:;\u2013\u2014-]*)+", re.I)
# "Thanks in advance, Jo x", "Kind regards, Mrs Patel", "Cheers!", "ta x", "Have a lovely weekend x"
_SIGN_OFF = (r"(?:thanks|thank\s+you|thankyou|thanx|thx|ty|ta|cheers|many\s+thanks|much\s+appreciated|"
             r"thanks?(?:\s+you)?\s+(?:so|very)\s+much|thanks?(?:\s+you)?\s+in\s+advance|thanks\s+a\s+(?:lot|million|bunch)|"
             r"(?:kind|best|warm|warmest|many)\s+regards|regards|best\s+wishes|all\s+the\s+best|"
             r"have\s+a\s+(?:lovely|good|nice|great)\s+(?:weekend|day|evening|half\s+term|holiday|break|one))"
             r"(?:\s+(?:lovely|lovelies|hun|hon|love|all|everyone|guys|again|mate|team|so\s+much))?")
_SIGN_OFFS = re.compile(r"(?:(?<=[.!?,;:)])|(?<=\s[-\u2013\u2014])|^)\s*(?:" + _SIGN_OFF + r"\b[\s,.!]*)+"
                        r"(?:(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?[\s,.!]*)?(?:\bx{1,4}\b)?\W*$",
                        re.I)
_KISS = re.compile(r"(?<=[.!?)])\s*x{1,4}\W*$", re.I)


# Asking to be told, not what about: "Could you confirm whether...", "Please confirm the...", "I would be
# grateful if you could confirm...", "just to confirm,". Where the confirming is what is asked about
# ("what if I forget to confirm I'm coming back?", "will my hours be confirmed in writing?"), it is
# searched: the policies' "confirm in writing".
_PLEASE_CONFIRM = re.compile(r"\b(?:(?:please\s+)?(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?"
                             r"|(?:if\s+)?you\s+(?:could|can|would)\s+(?:please\s+|kindly\s+)?|(?:please|kindly)\s+"
                             r"|just\s+to\s+)confirm\b", re.I)


# What a question opens (or ends) with to excuse itself, not what it asks: "Silly question, but...",
# "This might be a daft question but...", "Sorry to bother you -", "Not sure if this is the right
# place to ask, but...", "I feel a bit stupid asking this, but...". Counted, "silly", "daft" and
# "bother" were the rarest words of the question.
_SILLY = r"(?:silly|stupid|daft|dumb|random|basic|obvious|quick|weird)"
_EXCUSE = (r"(?:(?:sorry|apologies)(?:\s+for\s+the\s+(?:essay|long\s+(?:message|post|question)|ramble|rant|novel)"
           r"|\s+(?:this\s+is|it'?s)\s+(?:so\s+|a\s+bit\s+)?long|\s+to\s+(?:bother|trouble)\s+you"
           r"|\s+if\s+this\s+is\s+(?:obvious|a\s+" + _SILLY
           + r"\s+(?:question|q))|\s+for\s+the\s+" + _SILLY + r"\s+(?:question|q))|sorry\b"
           r"|(?:(?:this|it)\s+(?:might|may|could)\s+be\s+|(?:this\s+is\s+)?probably\s+|maybe\s+)?(?:a\s+)?" + _SILLY
           + r"\s+(?:question|q|one)(?:\s+maybe)?"
           r"|i\s+feel\s+(?:a\s+bit\s+|really\s+|so\s+)?(?:silly|stupid|daft|dumb)\s+(?:asking|for\s+asking)(?:\s+this)?"
           r"|(?:i'?m\s+)?not\s+sure\s+(?:if|whether)\s+this\s+is\s+the\s+right\s+(?:place|channel|person)"
           r"(?:\s+(?:to\s+ask|for\s+this))?)")
_EXCUSES = re.compile(r"^\W*" + _EXCUSE + r"(?:[\s,:;.!\u2013\u2014-]+" + _EXCUSE + r")*[\s,:;.!\u2013\u2014-]*(?:but\b)?"
                      r"|[\s,;.!?\u2013\u2014-]+" + _EXCUSE + r"\W*$", re.I)


# "How long does a drop-in last?": the "last" that asks how long something goes on is the question's
# form, as "how long" is, not the "last week of term" or "the last day" a clause may have.
_LASTS = re.compile(r"(\bhow\s+long\b[^?.!]{1,80}?)\s+lasts?(?=\W*$)", re.I)


# A secondary school's form or teaching group, "Jayden in 10B", "my 9X2 class", "a 7R student", is a
# year group ("Y10"), so its pupils are pupils (the everyday list, bot.audience); a number and letters
# that are a unit or a time ("in 3D", "5G", "9AM", "2FA") are not.
_FORM_GROUP = re.compile(r"\b(in|from|of|my|our|a|an|the|teach|taught|teaching|with|and)\s+(1[0-3]|[1-9])([A-Z]{1,3}\d?)(?![\w/-])")
_NOT_A_FORM = frozenset(["AM", "PM", "D", "K", "G", "GB", "MB", "TB", "KB", "FA", "M", "MP", "V", "W", "L", "C", "F",
                         "HR", "HRS", "P", "S"])


def _year_group(m: re.Match) -> str:
    letters = m.group(3).rstrip("0123456789")
    return m.group(0) if letters in _NOT_A_FORM else f"{m.group(1)} Y{m.group(2)}"


# Chat's "ill" for "I'll" is followed by what the asker will do ("ill be late", "ill just ask"); any
# other "ill" is being unwell ("I'm off ill", "ill on the day", "seriously ill").
_CHAT_I_WILL = re.compile(r"\bill(?=\s+(?:be|have|need|just|still|probably|definitely|prob|defo|try|ask|check|"
                          r"send|tell|let|see|bring|take|come|make|put|call|ring|phone|text|email|message|post|"
                          r"look|leave|get|go|do|wait|speak|talk|pop|drop|pick|sort|find|give|keep|stay|miss|"
                          r"pass|forward|mention)\b)", re.I)

# Real words in the wrong place, as autocorrect and typing by sound leave them: no spelling check
# finds them, since each is a word, so each is read as the word meant only where the words around it
# show it ("can I except a friend request?", "is it aloud?", "could we loose our jobs?", "can I where
# my lanyard?", "can I right a blog?", "a boy past me a note", "if there faces are hidden"; not
# "everyone except a parent", "read it aloud", "a loose tooth", "where my class is", "walked past me").
_ASKER = r"(\b(?:can|could|should|may|might|must|will|would|do|did)\s+(?:i|we|you|they|staff)\s+)"
_MISHEARD = (
    (re.compile(r"(\b(?:can|could|should|may|might|must|will|would|to|not|i|we|you|they)\s+)except\b(?=\s+(?:a|an|"
                r"the|my|his|her|their|your|our|friend|follow|requests?|invites?|it|them|him|gifts?|presents?)\b)",
                re.I), r"\1accept"),
    (re.compile(r"(\b(?:is\s+it|is\s+that|is\s+this|are\s+we|am\s+i|are\s+staff|are\s+teachers|are\s+you|are\s+they|"
                r"not|be|been|we're|they're)\s+)aloud\b", re.I), r"\1allowed"),
    (re.compile(r"\bloose(?=\s+(?:my|our|your|his|her|their|the)\b)", re.I), "lose"),
    (re.compile(_ASKER + r"where(?=\s+(?:my|our|your|their|a|an|the)\b)", re.I), r"\1wear"),
    (re.compile(_ASKER + r"right(?=\s+(?:a|an|my|our|about|some|posts?|blogs?|reviews?|comments?)\b)", re.I),
     r"\1write"),
    (re.compile(r"\bpast(?=\s+(?:me|him|her|us|them)\s+(?:a|an|the|his|her|their|my|some)\b)", re.I), "passed"),
    (re.compile(r"\bthere(?=\s+(?:faces|names|photos|pictures|parents|mums|dads|kids|children|accounts|profiles|"
                r"posts|own)\b)", re.I), "their"),
)
_MISHEARD_WORDS = re.compile(r"\b(?:except|aloud|loose|where|right|past|there)\b", re.I)
# "it feels a bit big brother" is being watched, not a sibling ("my big brother is a parent here")
_BIG_BROTHER = re.compile(r"\b((?:feels?|felt|feeling|seems?|is|it's|that's|bit|very|so|too|quite|rather|all)\s+"
                          r"(?:like\s+)?)big\s+brother(?:ish)?\b(?!'s|\s+(?:is|has|was|who|and|works?)\b)", re.I)


# Idioms of risk, which say how the asker rates what they ask about, not what it is: "am I skating on
# thin ice...", "is it a grey area", "would that be crossing a line?", "a slippery slope", "opening a
# can of worms", "playing with fire", "asking for trouble", "land myself in hot water", "shooting
# myself in the foot", "just to be on the safe side", "where's the line in the sand", "a red flag",
# "could it come back to bite me". Their words ("ice", "fire", "water", "safe", "foot", "flag") are
# what other clauses are about (fire safety, first aid, the safe side of a road).
_RISK_IDIOMS = re.compile(
    r"\b(?:(?:is\s+(?:it|that|this)\s+|in\s+)?(?:a\s+|the\s+)?gr[ae]y\s+areas?"
    r"|(?:be(?:ing)?\s+|am\s+i\s+|i'?m\s+)?(?:cross(?:es|ed|ing)?|overstep(?:s|ped|ping)?|step(?:s|ped|ping)?\s+over)\s+"
    r"(?:a|the)\s+(?:line|mark)"
    r"|(?:the\s+|a\s+)?line\s+in\s+the\s+sand"
    r"|(?:skat(?:e|es|ed|ing)\s+)?on\s+(?:very\s+)?thin\s+ice"
    r"|(?:a\s+|the\s+)?slippery\s+slope"
    r"|(?:open(?:s|ed|ing)?\s+)?(?:up\s+)?(?:a|the)\s+(?:whole\s+)?can\s+of\s+worms"
    r"|play(?:s|ed|ing)?\s+with\s+fire"
    r"|ask(?:s|ed|ing)?\s+for\s+trouble"
    r"|(?:(?:land|get|end\s+up|be)(?:s|ed|ing|ting)?\s+)?(?:myself\s+|me\s+|us\s+|yourself\s+|you\s+)?in\s+hot\s+water"
    r"|shoot(?:s|ing)?\s+(?:myself|yourself|ourselves)\s+in\s+the\s+foot|shot\s+(?:myself|yourself)\s+in\s+the\s+foot"
    r"|(?:just\s+)?(?:to\s+be\s+|to\s+err\s+)?on\s+the\s+safe\s+side"
    r"|(?:a\s+)?(?:big\s+|massive\s+|huge\s+)?red\s+flags?"
    r"|(?:a\s+)?recipe\s+for\s+disaster"
    r"|rock(?:s|ed|ing)?\s+the\s+boat"
    r"|(?:stick|sticking|stuck)\s+my\s+neck\s+out"
    r"|(?:on\s+)?(?:shaky|dodgy|thin)\s+ground"
    r"|(?:a\s+)?step\s+too\s+far"
    r"|(?:come|comes|coming)\s+back\s+to\s+(?:bite|haunt)\s+(?:me|us|you)"
    r"(?:\s+(?:in|on)\s+the\s+(?:bum|backside|arse|butt))?"
    r"|(?:a\s+(?:bit\s+of\s+a\s+)?|an\s+absolute\s+)?minefield)\b", re.I)


# A question that asks what a word means: "what counts as fraud?", "what is a bribe exactly?", "what
# does 'unsubstantiated' mean?", "what is meant by grooming?", "does Discord count as social media?",
# "is a child's religion classed as sensitive information?". The clause that defines the word
# ("Fraud is dishonestly making...", "Social media: websites and apps that...") answers it
# (bot.search). The word asked about is at most DEFINED_WORDS words, up to where the question goes
# on; "what is the..." asks for a thing ("what is the deadline?"), not a meaning.
DEFINED_WORDS = 4
_GOES_ON = (r"(?=\s*(?:[?.!,;:()\u2013\u2014]|\s-\s|$)|\s+(?:exactly|actually|anyway|then|here|please|in|under|for|"
            r"according|within|i|we|you|if|when|that|which|or|does|do|is|are|and|like|as|to|so|because|cos|"
            r"mean|means|now)\b)")
_TERM = r"[\"'\u2018\u201c]?([a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,%d}?)[\"'\u2019\u201d]?" % (DEFINED_WORDS - 1)
_DEFINE = re.compile(
    r"\b(?:what\s+is\s+meant\s+by|what\s+do\s+(?:you|they|we)\s+mean\s+by|(?:the\s+)?meaning\s+of|"
    r"(?:the\s+)?definition\s+of|define)\s+(?:an?\s+|the\s+)?" + _TERM + _GOES_ON
    + r"|\b(?:count|counts|counted|classed|classified|defined|regarded)\s+as\s+(?:an?\s+|the\s+)?" + _TERM + _GOES_ON
    + r"|\bwhat(?:'s|\u2019s|s|\s+is|\s+are)\s+(?:an?\s+|the\s+(?:definition|meaning)\s+of\s+(?:an?\s+|the\s+)?)?(?!the\b)"
    + _TERM
    + r"(?=\s*(?:exactly|actually|anyway|then|please|in\s+(?:this|the|our)\s+polic(?:y|ies))?\s*[?.!]*\s*$)"
    + r"|\bwhat\s+(?:does|do)\s+(?:the\s+(?:word|term|phrase)\s+)?" + _TERM + r"\s+(?:actually\s+|really\s+)?mean\b",
    re.I)


def defined_term(text: str) -> str:
    """The word or phrase a question asks the meaning of ("fraud" in "what counts as fraud?", "social
    media" in "does Discord count as social media?"), or "" when it asks something else."""
    m = _DEFINE.search(plain_question(text))
    return next((g for g in m.groups() if g), "") if m else ""


def searchable(text: str) -> str:
    """A question's words for searching: as plain_question, with a web address reduced to its site's
    name ("is this ok? https://www.facebook.com/groups/123" -> "is this ok? facebook"), as policy
    text is indexed (bot.tokenize.site_names), "as long as" read as "if", the "keeps" of "keeps
    messaging me" dropped, the "called" of "a TA called Jo" dropped, whom the question is asked for
    ("asking for a friend", "my colleague wants to know") dropped, how the asker judges it ("is it
    rude to...", "am I skating on thin ice...") dropped, a request to be told ("could you
    confirm...") dropped, its greetings and sign-offs ("Hi! Hope you're well.", "Thanks in advance,
    Jo x") dropped, the excuses it opens or ends with ("Silly question, but...") dropped, the "last"
    of "how long does it last?" dropped, chat's "ill" for "I'll" ("ill be late") read as that, not
    as being unwell, a real word in the wrong place read as the word meant ("can I except a friend
    request?"), and a form group ("Jayden in 10B") read as its year group ("Y10")."""
    text = plain_question(text)
    mannerly = _KISS.sub("", _SIGN_OFFS.sub("", _GREETINGS.sub("", text)))
    # what is left must be a question: "thanks!" or "sorted, thanks" is a thank-you (bot.search)
    text = mannerly if len(re.findall(r"\w+", mannerly)) >= 3 else text
    text = _JUDGED.sub(r"\1", _ON_BEHALF.sub(" ", _EXCUSES.sub(" ", site_names(text))))
    text = _RISK_IDIOMS.sub(" ", text)
    text = _PLEASE_CONFIRM.sub(" ", text) if "onfirm" in text else text
    text = _LASTS.sub(r"\1", _NAMING.sub("", _CONTINUING.sub("", _CONDITION.sub("if", text))))
    text = _CHAT_I_WILL.sub("I'll", text) if "ill" in text.lower() else text
    text = _BIG_BROTHER.sub(r"\1monitoring", text) if "brother" in text.lower() else text
    if _MISHEARD_WORDS.search(text):
        for wrong, meant in _MISHEARD:
            text = wrong.sub(meant, text)
    return _FORM_GROUP.sub(_year_group, text) if any(c.isdigit() for c in text) else text


# Who is asking: "As head of drama, can I...", "I'm the PE teacher - ...", "art teacher here, ...",
# "MFL teacher: ...", "I'm a TA in reception and a mum asked...". The role says who is asking, not
# what about; its words that no clause has ("drama", "MFL", "SENCo") are dropped from the search
# (bot.search), as the story words are, while a role the library or the vocabulary knows ("a
# cleaner", "a volunteer", "a supply teacher") is searched as usual ("does this apply to me?").
_ROLE_NOUN = (r"(?:teacher|tutor|assistant|ta|hlta|lsa|mdsa|head|deputy|lead|leader|manager|officer|"
              r"co-?ordinator|supervisor|technician|librarian|coach|senco|sendco|dsl|ddsl|nurse|"
              r"practitioner|governor|trustee|administrator|admin|secretary|receptionist|caretaker|"
              r"cleaner|cook|chef|volunteer|helper|trainee|student|ect|nqt|principal|bursar|clerk|"
              r"counsellor|counselor|mentor|instructor|invigilator|apprentice|hod|hoy|chair|lady|worker|"
              r"therapist|specialist|director|keyworker|key worker|person)s?")
_OPENING = r"^\W*(?:(?:hi|hello|hey|morning)\b\W*)?"
# where the introduction ends: punctuation, or the question's own first word
_END = (r"(?=\s*(?:[,:;.!?()\u2013\u2014]|\s-\s|$)|\s+(?:and|so|but|here|speaking|do|does|did|can|could|should|"
        r"may|might|must|am|is|are|will|would|what|how|who|when|where|why|if|i)\b)")
_ARTICLE = r"(?:a|an|the|one of the|our|your)"
_INTRODUCTION = re.compile(
    _OPENING + r"(?:(?:as|being)\s+" + _ARTICLE + r"?\s*|(?:i'?m|i am|im)\s+" + _ARTICLE + r"\s+)"
    r"(?P<role>(?:[\w'&/-]+\s+){0,4}?" + _ROLE_NOUN
    + r"(?:\s+(?:of|for|in|at)\s+[\w'&/-]+(?:\s+[\w'&/-]+)?)?)" + _END,
    re.I)
_LABEL = re.compile(   # "art teacher here, ...", "DT teacher - ...", "MFL teacher: ..."
    _OPENING + r"(?P<role>(?:[\w'&/-]+\s+){0,3}?" + _ROLE_NOUN + r"(?:\s+(?:of|for|in)\s+[\w'&/-]+(?:\s+[\w'&/-]+)?)?)"
    r"(?:\s+(?:here|speaking)\b\s*[,:;.!\u2013\u2014-]?|\s*[:\u2013\u2014]|\s+-\s)", re.I)


def introduction(text: str) -> str:
    """The role a question opens with, as the asker introduces themselves ("head of drama" in "As
    head of drama, can I put clips of the school play on YouTube?"), or "" when it has none."""
    text = searchable(text)
    m = _INTRODUCTION.match(text) or _LABEL.match(text)
    return m.group("role") if m else ""


# Whom a question is about, by name: "Mr Patel", "Mrs Green", "Miss Shah", "Dr Okafor" (capitalised: "I
# miss Facebook" is not a name, nor "MS Teams"), "a TA called Jo".
_TITLE = r"(?:\b(?:Mrs?|Ms|Mx|Miss|Dr|mrs?|ms|mx)\b\.?)"
_NAMED = re.compile(r"(?P<title>" + _TITLE + r")\s+(?P<name>[A-Z][\w'-]*)|" + _CALLED + r"(?P<given>[A-Z][a-z]+)\b")
# How a question is framed, before a colon at its start: "Scenario for INSET: ...", "Case study: ...",
# "Quiz question: ...", "Role play for ECTs: ...", "True or false: ...". At most FRAME_WORDS words. Not
# a message's sender before its words ("Email from HR: please update your contacts", "Text from a
# colleague: \"...\""), nor a label before a quotation: who sent it may be what it is about.
FRAME_WORDS = 5
_FRAME = re.compile(r"^\W*(?P<frame>(?![\w' ]*\bfrom\b)[A-Za-z'][\w' ]*?)\s*:\s+(?=[^\s\"'\u2018\u201c])", re.I)


def story_words(text: str) -> list[str]:
    """The words of a question that say whom it is about and how it is framed, not what it asks:
    people's names ("Mr Patel", "a TA called Jo"), a framing label before a colon at its start
    ("Case study: ...", "Quiz question: ..."; at most FRAME_WORDS words) and the role the asker
    opens with (introduction). Like the story around a question ("last night"), bot.search drops
    those no clause has; a word the library or the vocabulary knows is searched as usual."""
    plain = plain_question(text)
    found = [part for m in _NAMED.finditer(plain) for part in (m.group("title"), m.group("name") or m.group("given"))]
    frame = _FRAME.match(plain)
    if frame and len(frame.group("frame").split()) <= FRAME_WORDS:
        found.append(frame.group("frame"))
    found.append(introduction(text))
    return [f for f in found if f]
