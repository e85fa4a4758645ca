"""The questionnaire: its sections and questions in both languages, loaded from YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, model_validator

from tipcheck.errors import InputError, Location, Problem
from tipcheck.i18n import default_lang, t
from tipcheck.model import UNKNOWN, AnswerValue, Lang, QuestionId, Strict, Text, Theme
from tipcheck.resources import questionnaires_dir
from tipcheck.yamlfile import line_of, load_yaml

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


SECTIONS_DIR = "sections"


def load_questionnaire(path: Path | None = None) -> Questionnaire:
    """Load and validate a questionnaire (default: the bundled one).

    `questionnaire.yaml` holds the id, version, title and sections; the questions of section S
    are in `sections/S.yaml` beside it (`questions: [...]`), in the order the workbook shows them.
    Every problem is reported at once, each with its file and line.
    """
    path = path or questionnaires_dir() / "questionnaire.yaml"
    lang = default_lang()
    data = load_yaml(path)
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise InputError.at(Location(str(path), line=1),
                            t("answers.questionnaire_not_a_mapping", lang))
    questions: list[Question] = []
    for index, raw in enumerate(data.get("questions") or []):
        questions += _question(path, raw, ("questions", index), problems, lang)
    for section in data.get("sections") or []:
        section_id = section.get("id") if isinstance(section, dict) else None
        section_path = path.parent / SECTIONS_DIR / f"{section_id}.yaml"
        if not section_id or not section_path.is_file():
            continue
        section_data = load_yaml(section_path)
        if not isinstance(section_data, dict) or set(section_data) != {"questions"}:
            problems.append(Problem(Location(str(section_path), line=1),
                                    t("answers.section_not_a_mapping", lang)))
            continue
        for index, raw in enumerate(section_data["questions"] or []):
            if isinstance(raw, dict) and raw.get("section", section_id) != section_id:
                problems.append(Problem(Location(str(section_path), line=line_of(raw, "section")),
                                        t("answers.wrong_section", lang, file=section_path.name,
                                          section=section_id)))
            placed = {**raw, "section": section_id} if isinstance(raw, dict) else raw
            questions += _question(section_path, placed, ("questions", index), problems, lang, raw)
    if problems:
        raise InputError(problems)
    try:
        return Questionnaire.model_validate({**data, "questions": questions})
    except ValidationError as error:
        raise InputError([
            Problem(Location(str(path), line=line_of(data, str(e["loc"][0])) if e["loc"] else 1),
                    t("answers.field_error", lang, field=_where(e["loc"], lang), error=e["msg"]))
            for e in error.errors()
        ]) from None


def _question(path: Path, raw: object, where: tuple, problems: list[Problem], lang: Lang,
              as_read: object = None) -> list[Question]:
    """Validate one question; `as_read` is the mapping as read from YAML, for line numbers."""
    try:
        return [Question.model_validate(raw)]
    except ValidationError as error:
        for item in error.errors():
            key = str(item["loc"][0]) if item["loc"] else None
            line = line_of(as_read if as_read is not None else raw, key)
            field = _where(where + tuple(item["loc"]), lang)
            problems.append(Problem(Location(str(path), line=line),
                                    t("answers.field_error", lang, field=field, error=item["msg"])))
        return []


def _where(loc: tuple[object, ...], lang: Lang) -> str:
    return ".".join(str(part) for part in loc) or t("answers.top", lang)
