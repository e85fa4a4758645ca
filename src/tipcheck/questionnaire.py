"""The questionnaire: its sections and questions in both languages, loaded from YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, model_validator

from tipcheck.errors import InputError, Location, Problem
from tipcheck.model import UNKNOWN, AnswerValue, QuestionId, Strict, Text, Theme
from tipcheck.resources import questionnaires_dir
from tipcheck.yamlfile import load_yaml

AnswerType = Literal["yes_no", "choice", "number", "year", "text"]
Kind = Literal["law", "practice"]


class Choice(Strict):
    """One allowed answer: its canonical value and its label in each language."""

    value: AnswerValue
    label: Text
    #: An answer with this value must carry the national legal citation (act, article).
    needs_citation: bool = False


# The four answers of a yes/no question, in dropdown order. `unknown` ends every choice list:
# a State may say it does not know, and that is recorded as such, not as `no`.
YES_NO_CHOICES: tuple[Choice, ...] = (
    Choice(value="yes", label=Text(en="Yes", fr="Oui"), needs_citation=True),
    Choice(value="partially", label=Text(en="Partially", fr="Partiellement"), needs_citation=True),
    Choice(value="no", label=Text(en="No", fr="Non")),
    Choice(value=UNKNOWN, label=Text(en="Unknown", fr="Inconnu")),
)
UNKNOWN_CHOICE = YES_NO_CHOICES[-1]


class Question(Strict):
    id: QuestionId
    section: str
    kind: Kind
    type: AnswerType
    text: Text
    guidance: Text
    choices: tuple[Choice, ...] = ()
    #: Ids of the same question in other review mechanisms' questionnaires.
    crosswalk: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _expand_choices(cls, data: object) -> object:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if data.get("type") == "yes_no":
            if data.get("choices"):
                raise ValueError("a yes_no question has the four fixed answers; give no choices")
            data["choices"] = YES_NO_CHOICES
        elif data.get("type") == "choice":
            choices = list(data.get("choices") or [])
            if not any(_value_of(c) == UNKNOWN for c in choices):
                choices.append(UNKNOWN_CHOICE)
            data["choices"] = choices
        return data

    @model_validator(mode="after")
    def _choices_fit_type(self) -> Question:
        if self.type in ("yes_no", "choice"):
            values = [c.value for c in self.choices]
            if len(values) < 2:
                raise ValueError("a choice question needs at least one answer besides `unknown`")
            if len(set(values)) != len(values):
                raise ValueError("a choice question lists the same value twice")
        elif self.choices:
            raise ValueError(f"a {self.type} question has no choices")
        return self

    @property
    def values(self) -> tuple[str, ...]:
        """Canonical values, in dropdown order."""
        return tuple(c.value for c in self.choices)

    def choice(self, value: str) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)


def _value_of(choice: object) -> object:
    return choice.get("value") if isinstance(choice, dict) else getattr(choice, "value", None)


class Section(Strict):
    id: str
    theme: Theme
    title: Text


class Questionnaire(Strict):
    id: str
    version: str
    title: Text
    sections: tuple[Section, ...] = Field(min_length=1)
    questions: tuple[Question, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Questionnaire:
        section_ids = {s.id for s in self.sections}
        seen: set[str] = set()
        for question in self.questions:
            if question.section not in section_ids:
                raise ValueError(
                    f"question {question.id} names unknown section {question.section!r}"
                )
            if question.id in seen:
                raise ValueError(f"question id {question.id} is used twice")
            seen.add(question.id)
        return self

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def has(self, question_id: str) -> bool:
        return any(q.id == question_id for q in self.questions)

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def in_section(self, section_id: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.section == section_id)


def load_questionnaire(path: Path | None = None) -> Questionnaire:
    """Load and validate a questionnaire file (default: the bundled one)."""
    path = path or questionnaires_dir() / "questionnaire.yaml"
    data = load_yaml(path)
    try:
        return Questionnaire.model_validate(data)
    except ValidationError as error:
        raise InputError(
            [
                Problem(Location(str(path)), f"{_where(e['loc'])}: {e['msg']}")
                for e in error.errors()
            ]
        ) from None


def _where(loc: tuple[object, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top)"
