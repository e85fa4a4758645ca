"""A State's answer set: the `tipcheck-answers/1` document, read from JSON or YAML, and checked
against the questionnaire."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator

from tipcheck.errors import InputError, Location, Problem
from tipcheck.i18n import default_lang, t
from tipcheck.model import NOT_ANSWERED, Lang, Strict
from tipcheck.questionnaire import Choice, Question, Questionnaire
from tipcheck.yamlfile import parse_yaml

ANSWERS_FORMAT = "tipcheck-answers/1"
#: ISO 3166-1 alpha-3; fictional States use the user-assigned range XAA-XZZ.
STATE_CODE_RE = re.compile(r"^[A-Z]{3}$")
MAX_ANSWERS_FILE_BYTES = 10 * 1024 * 1024


class State(Strict):
    code: str
    name: str = Field(min_length=1)

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        if not STATE_CODE_RE.match(value):
            raise ValueError(f"State code {value!r} is not an ISO 3166-1 alpha-3 code")
        return value


class Origin(Strict):
    """Where an answer was read: a file, and for a workbook its sheet and cell."""

    file: str
    sheet: str | None = None
    cell: str | None = None

    def location(self) -> Location:
        return Location(self.file, self.sheet, self.cell)


class Answer(Strict):
    value: str | int | float | None = None
    citation: str | None = None
    explanation: str | None = None
    source: str | None = None
    origin: Origin | None = None


class AnswerSet(Strict):
    format: Literal["tipcheck-answers/1"] = ANSWERS_FORMAT
    state: State
    reporting_date: dt.date
    language: Lang
    answers: dict[str, Answer] = Field(default_factory=dict)

    def value(self, question_id: str) -> str | int | float:
        """The answer's value, or `not_answered`."""
        answer = self.answers.get(question_id)
        if answer is None or answer.value is None or answer.value == "":
            return NOT_ANSWERED
        return answer.value

    def to_json(self) -> dict:
        """The `tipcheck-answers/1` document: every answer with all its fields (null if empty)."""
        return self.model_dump(mode="json")


@dataclass
class LoadedAnswers:
    """An answer set with what the import noticed: the input's hash and its warnings."""

    answer_set: AnswerSet
    input_sha256: str
    source: str
    warnings: list[Problem] = field(default_factory=list)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def read_answers_file(path: Path, questionnaire: Questionnaire) -> LoadedAnswers:
    """Read a `tipcheck-answers/1` document from a .json, .yaml or .yml file.

    Its problems are worded in the user's language (`tipcheck.i18n.default_lang`)."""
    lang = default_lang()
    where = Location(str(path))
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputError.at(where, t("answers.cannot_read", lang, reason=error.strerror)) from None
    if size > MAX_ANSWERS_FILE_BYTES:
        raise InputError.at(where, t("answers.too_large", lang, size=size,
                                     limit=MAX_ANSWERS_FILE_BYTES))
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError.at(where, t("answers.not_utf8", lang)) from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            # The JSON parser's own description of the fault stays as it words it (in English).
            raise InputError.at(Location(str(path), line=error.lineno),
                                t("answers.not_json", lang, problem=error.msg)) from None
    else:
        data = parse_yaml(text, str(path))
    if not isinstance(data, dict) or data.get("format") != ANSWERS_FORMAT:
        raise InputError.at(where, t("answers.not_answers", lang, format=ANSWERS_FORMAT))
    try:
        answer_set = AnswerSet.model_validate(data)
    except ValidationError as error:
        # pydantic's own message stays as pydantic words it (in English).
        raise InputError([
            Problem(where, t("answers.field_error", lang, field=".".join(map(str, e["loc"])),
                             error=e["msg"]))
            for e in error.errors()
        ]) from None
    here = Origin(file=path.name)
    answers = {
        qid: answer if answer.origin else answer.model_copy(update={"origin": here})
        for qid, answer in answer_set.answers.items()
    }
    answer_set = answer_set.model_copy(update={"answers": answers})
    warnings = check_answers(answer_set, questionnaire, str(path), lang)
    return LoadedAnswers(answer_set, sha256_of(path), str(path), warnings)


def uncited_choice(question: Question, answer: Answer) -> Choice | None:
    """The choice answered, when it asserts the law provides something (a `yes`, a
    `partially`...) and the answer gives no national legal citation; else None."""
    choice = question.choice(str(answer.value)) if answer.value is not None else None
    if choice and choice.needs_citation and not (answer.citation or "").strip():
        return choice
    return None


def check_answers(answer_set: AnswerSet, questionnaire: Questionnaire, file: str,
                  lang: Lang | None = None) -> list[Problem]:
    """Refuse answers the questionnaire does not allow; return the warnings, in `lang`
    (default: the user's language).

    A `yes` or `partially` with no national legal citation is a warning, not silence.
    """
    lang = lang or default_lang()
    errors: list[Problem] = []
    warnings: list[Problem] = []
    for qid, answer in answer_set.answers.items():
        origin = answer.origin
        where = Location(file)
        if origin and origin.sheet:
            where = Location(file, origin.sheet, origin.cell)
        if not questionnaire.has(qid):
            unknown = t("answers.unknown_question", lang, question=qid,
                        questionnaire=questionnaire.id, version=questionnaire.version)
            errors.append(_problem(where, qid, lang, unknown))
            continue
        question = questionnaire.question(qid)
        wrong = value_problem(question, answer.value, lang)
        if wrong:
            errors.append(_problem(where, qid, lang, wrong))
            continue
        choice = uncited_choice(question, answer)
        if choice:
            missing = t("answers.no_citation", lang, question=qid, value=choice.value)
            warnings.append(_problem(where, qid, lang, missing))
    if errors:
        raise InputError(errors)
    return warnings


def _problem(where: Location, qid: str, lang: Lang, message: str) -> Problem:
    """In a workbook the cell names the answer; in a document its path does."""
    if where.sheet:
        return Problem(where, message)
    return Problem(where, t("answers.field_error", lang, field=f"answers.{qid}", error=message))


def value_problem(question: Question, value: object, lang: Lang | None = None) -> str | None:
    """Why `value` is not a valid answer to `question`, or None; in `lang` (default: the
    user's language)."""
    if value is None or value == "":
        return None
    lang = lang or default_lang()

    def say(message: str, **values: object) -> str:
        return t(f"answers.{message}", lang, question=question.id, value=value, **values)

    if question.type in ("yes_no", "choice"):
        if value not in question.values:
            return say("not_allowed", allowed=", ".join(question.values))
    elif question.type in ("number", "year"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return say("not_a_number")
        if not math.isfinite(value):
            return say("not_finite")
        if question.type == "year" and (value != int(value) or not 1900 <= value <= 2100):
            return say("not_a_year")
    elif not isinstance(value, str):
        return say("not_text")
    return None
