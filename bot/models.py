"""Typed records shared by the library, the CLI and the Slack bot."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from bot.force import disagreement


@dataclass(frozen=True)
class Clause:
    """One quotable unit of a policy: a numbered paragraph, or an unnumbered paragraph or bullet."""

    policy_id: str
    ordinal: int                 # 1-based position in the policy
    text: str                    # clean text, list items on their own lines starting "• "
    section: str | None          # number as printed (6.4), inherited from the paragraph/heading above when unnumbered
    heading: str | None          # the heading it sits under, without its number
    heading_number: str | None   # the heading's own number (6), when it has one
    line_start: int              # 1-based line range in the source document
    line_end: int
    part: int = 0                # >0 when a long clause was split: part k of the same numbered clause
    paragraph: int = 1           # 1-based position under its heading, to find an unnumbered clause
    force: str = "information"   # rule | advice | information, from the clause's own wording (bot.force)
    audience: str = "staff"      # whom it directs: staff, or parents / pupils / visitors (bot.audience)

    @property
    def id(self) -> str:
        return f"{self.policy_id}#{self.ordinal}"

    @property
    def heading_is_question(self) -> bool:
        """On an FAQ page the heading asks the question the clause answers ("When am I paid?")."""
        return bool(self.heading) and self.heading.rstrip().endswith("?")

    def to_dict(self) -> dict:
        # every field is a str, int or None: no need for dataclasses.asdict's deep copy (slow at scale)
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class Policy:
    """A policy document and what its manifest (or the document itself) says about it."""

    id: str
    title: str
    file: str                    # file name inside the corpus folder
    organisation: str | None = None
    approved: str | None = None  # ISO date (YYYY-MM-DD or YYYY-MM), as the document states it
    next_review: str | None = None
    status: str | None = None    # "draft": the document says it is a draft, not yet approved

    @property
    def draft(self) -> bool:
        return self.status == "draft"

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def display_title(self) -> str:
        if self.organisation and self.organisation.lower() not in self.title.lower():
            return f"{self.organisation}: {self.title}"
        return self.title


@dataclass(frozen=True)
class Result:
    clause: Clause
    policy: Policy
    score: float
    confidence: float = 1.0      # share of the question's information the clause holds, with evidence


@dataclass
class Answer:
    question: str
    abstained: bool
    results: list[Result] = field(default_factory=list)
    reason: str | None = None    # why nothing was returned, for the user
    thanks: bool = False         # the message was a thank-you, not a question

    @property
    def force_note(self) -> str | None:
        """Set when the quoted policies disagree in force (one rules, another only advises)."""
        return disagreement(self.results)
