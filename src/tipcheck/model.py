"""The model of the law (DESIGN.md section 2): instruments, provisions, obligations, decisions.

Everything here is data validated by pydantic; nothing here reads files or runs rules.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

Lang = Literal["en", "fr"]
LANGS: tuple[Lang, ...] = ("en", "fr")

Instrument = Literal["res-11-5", "tip-protocol", "untoc"]

Addressee = Literal[
    "member_states", "states_parties", "protocol_parties", "states", "unodc", "donors"
]
#: The addressees whose conduct a State's answers can show.
STATE_ADDRESSEES: frozenset[str] = frozenset(
    {"member_states", "states_parties", "protocol_parties", "states"}
)

Modality = Literal[
    "shall",
    "shall_consider",
    "urges",
    "calls_upon",
    "encourages",
    "invites",
    "requests",
    "recognizes",
    "welcomes",
]
#: Legal force, strongest first. A treaty's `shall` binds; a resolution's verbs do not, and
#: among them "urges" (prie instamment) weighs most. `requests` speaks to UNODC, and
#: `recognizes`/`welcomes` are not operative: no obligation of a State rests on them alone.
MODALITY_ORDER: tuple[str, ...] = (
    "shall",
    "urges",
    "calls_upon",
    "shall_consider",
    "encourages",
    "invites",
    "requests",
    "recognizes",
    "welcomes",
)
OPERATIVE_FOR_STATES: frozenset[str] = frozenset(
    {"shall", "shall_consider", "urges", "calls_upon", "encourages", "invites"}
)

Theme = Literal["framework", "prevention", "protection", "prosecution", "cooperation", "data"]
THEMES: tuple[str, ...] = get_args(Theme)

Status = Literal[
    "met",
    "partially_met",
    "not_met",
    "insufficient_information",
    "not_applicable",
    "manual_review",
]
#: The closed list of statuses, in the order reports print them.
STATUSES: tuple[str, ...] = get_args(Status)

#: The answer value of a question nobody answered. A missing answer is never read as `no`:
#: the review mechanism asks States to explain, not to guess.
NOT_ANSWERED = "not_answered"
UNKNOWN = "unknown"

# `OP 8`, `OP 4(b)`, `PP 11`, `art. 9(5)`, `art. 3(a)`, `art. 6(1)`
CITATION_RE = re.compile(
    r"^(?:OP \d{1,2}(?:\([a-z]\))?|PP \d{1,2}|art\. \d{1,2}(?:\(\d{1,2}\))?(?:\([a-z]\))?)$"
)
PROVISION_ID_RE = re.compile(
    r"^(?:res-11-5|tip-protocol|untoc)/(?:op|pp|art)-\d{2}(?:-\d{1,2})?(?:-[a-z])?$"
)
OBLIGATION_ID_RE = re.compile(r"^[a-z0-9-]+/(?:op|pp|art)-[0-9a-z-]+/[a-z0-9]+(?:-[a-z0-9]+)*$")
QUESTION_ID_RE = re.compile(r"^[A-Z]{2,4}-\d{1,3}$")
VALUE_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def _pattern(regex: re.Pattern[str]) -> Any:
    """The regex, for the JSON Schema that editors check rule files with."""
    return Field(json_schema_extra={"pattern": regex.pattern})


def _matching(regex: re.Pattern[str], message: str) -> AfterValidator:
    """A validator refusing a string that `regex` does not match; `message` takes {value}."""

    def check(value: str) -> str:
        if not regex.match(value):
            raise ValueError(message.format(value=repr(value)))
        return value

    return AfterValidator(check)


Citation = Annotated[str, _pattern(CITATION_RE), _matching(
    CITATION_RE,
    "citation {value} is not written as the source numbers it "
    "(`OP 8`, `OP 4(b)`, `PP 11`, `art. 9(5)`)",
)]
ProvisionId = Annotated[str, _pattern(PROVISION_ID_RE), _matching(PROVISION_ID_RE,
                                       "provision id {value} must look like `res-11-5/op-08`")]
ObligationId = Annotated[str, _pattern(OBLIGATION_ID_RE), _matching(
    OBLIGATION_ID_RE,
    "obligation id {value} must start with its provision's id and end with a name, like "
    "`res-11-5/op-08/investigate-corruption`",
)]
QuestionId = Annotated[str, _pattern(QUESTION_ID_RE),
                       _matching(QUESTION_ID_RE, "question id {value} must look like `NP-1`")]
AnswerValue = Annotated[str, _pattern(VALUE_RE),
                        _matching(VALUE_RE, "answer value {value} must be lower_snake_case")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """A text in both languages of tipcheck."""

    en: str = Field(min_length=1)
    fr: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Reference(Strict):
    """A pointer to guidance: UNODC Model Legislative Provisions, the Legislative Guide, etc."""

    source: str = Field(min_length=1)
    locator: str = Field(min_length=1)


class Provision(Strict):
    """One paragraph or article of an instrument, its text verbatim."""

    id: ProvisionId
    instrument: Instrument
    citation: Citation
    addressee: Addressee
    #: Others a later part of the paragraph speaks to (OP 14 also invites UNODC to support
    #: States; OP 18 also invites donors): reports list them as help a State can ask for.
    also_addressed: tuple[Addressee, ...] = ()
    modality: Modality
    theme: Theme
    text: Text
    #: The languages in which `text` is the instrument's own (authentic or official) wording;
    #: the others are renderings made here and are marked as unofficial translations.
    authentic: tuple[Lang, ...] = Field(min_length=1)
    note: Text | None = None

    @model_validator(mode="after")
    def _instrument_matches_id(self) -> Provision:
        if not self.id.startswith(self.instrument + "/"):
            raise ValueError(f"provision id {self.id!r} does not start with its instrument")
        return self


class Range(Strict):
    """A comparison with constants, for number and year answers: `{gte: 2000, lt: 2010}`."""

    gt: float | None = None
    gte: float | None = None
    lt: float | None = None
    lte: float | None = None

    @model_validator(mode="after")
    def _bounded(self) -> Range:
        if all(b is None for b in (self.gt, self.gte, self.lt, self.lte)):
            raise ValueError("a comparison needs at least one of gt, gte, lt, lte")
        if self.gt is not None and self.gte is not None:
            raise ValueError("give gt or gte, not both")
        if self.lt is not None and self.lte is not None:
            raise ValueError("give lt or lte, not both")
        return self

    def contains(self, value: float) -> bool:
        return (
            (self.gt is None or value > self.gt)
            and (self.gte is None or value >= self.gte)
            and (self.lt is None or value < self.lt)
            and (self.lte is None or value <= self.lte)
        )

    def bounds(self) -> tuple[float, ...]:
        return tuple(b for b in (self.gt, self.gte, self.lt, self.lte) if b is not None)


#: One test of a row: a value (a choice, `unknown`, `not_answered`, or a status when the row
#: reads another obligation's finding), or a comparison for number and year answers.
CellItem = str | Range


def cell_matches(cell: tuple[CellItem, ...], value: object) -> bool:
    """Does an answer (or a finding's status) satisfy one cell of a row?"""
    for item in cell:
        if isinstance(item, Range):
            if isinstance(value, int | float) and not isinstance(value, bool) and item.contains(
                value
            ):
                return True
        elif item == value:
            return True
    return False


class Row(Strict):
    """One row of a decision table: when every answer (or finding) it names is in its cell, the
    status is this. A question the row does not name may have any value."""

    when: dict[str, tuple[CellItem, ...]]
    status: Status
    reason: Text

    @field_validator("when", mode="before")
    @classmethod
    def _cells_as_tuples(cls, value: object) -> object:
        if isinstance(value, dict):
            return {
                key: tuple(cell) if isinstance(cell, list | tuple) else (cell,)
                for key, cell in value.items()
            }
        return value

    def matches(self, values: dict[str, object]) -> bool:
        return all(cell_matches(cell, values.get(key, NOT_ANSWERED))
                   for key, cell in self.when.items())


class Recommendation(Strict):
    text: Text
    references: tuple[Reference, ...] = ()


class Obligation(Strict):
    """One checkable requirement derived from one or more provisions."""

    id: ObligationId
    title: Text
    theme: Theme
    provisions: tuple[str, ...] = Field(min_length=1)
    modality: Modality
    #: The questions whose answers the decision reads.
    questions: tuple[str, ...] = ()
    #: The obligations whose findings the decision reads (a composite obligation).
    findings: tuple[str, ...] = ()
    decision: tuple[Row, ...] = Field(min_length=1)
    recommendation: Recommendation
    #: Ids of the same requirement in other review mechanisms' questionnaires.
    crosswalk: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _reads_something(self) -> Obligation:
        if not self.questions and not self.findings:
            raise ValueError("an obligation reads at least one question or finding")
        return self

    @property
    def inputs(self) -> tuple[str, ...]:
        """Everything the decision reads: question ids, then obligation ids."""
        return self.questions + self.findings


class Applicability(Strict):
    """Whether a State is party to a treaty, read from the finding of one obligation.

    A State that is not party gets the treaty's obligations as recommendations, not as binding
    duties: their status is the same, their priority lower. A status in neither list leaves
    party status unknown, and the treaty is then weighed as binding.
    """

    obligation: str
    party: tuple[Status, ...] = Field(min_length=1)
    not_party: tuple[Status, ...] = Field(min_length=1)


class RulebookInfo(Strict):
    id: str
    version: str
    title: Text
    applicability: dict[Instrument, Applicability] = Field(default_factory=dict)


class Rulebook(Strict):
    """The provisions and obligations, validated together."""

    info: RulebookInfo
    provisions: tuple[Provision, ...]
    obligations: tuple[Obligation, ...]

    def provision(self, provision_id: str) -> Provision:
        for provision in self.provisions:
            if provision.id == provision_id:
                return provision
        raise KeyError(provision_id)

    def obligation(self, obligation_id: str) -> Obligation:
        for obligation in self.obligations:
            if obligation.id == obligation_id:
                return obligation
        raise KeyError(obligation_id)

    def is_checkable(self, provision_id: str) -> bool:
        """A provision is checkable when at least one obligation of a State rests on it."""
        return any(provision_id in o.provisions for o in self.obligations)

    def instruments_of(self, obligation: Obligation) -> tuple[str, ...]:
        """The treaties among the instruments an obligation rests on."""
        found = {p.split("/", 1)[0] for p in obligation.provisions}
        return tuple(sorted(found & set(self.info.applicability)))


class RuleFile(Strict):
    """One file of `rules/`: a provision and the obligations that rest on it (the JSON Schema
    that editors use is generated from this model)."""

    provision: Provision
    obligations: tuple[Obligation, ...] = ()
