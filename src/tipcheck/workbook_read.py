"""Read a filled questionnaire workbook back into an answer set.

How the workbook is found again (see `tipcheck.workbook_write` for the layout):

- the hidden sheet `_tipcheck` says which questionnaire and version the workbook was written
  for (keys in column A, values in column B); another questionnaire or version is refused;
- the cover fields are found by their label, not by a fixed cell: on any sheet except the
  instructions and `_tipcheck`, a row whose column A is the label of a cover field, in either
  language (ignoring case and a trailing colon), has its value in column B. Inserted or moved
  rows, a renamed cover sheet and a workbook written in the other language all still read;
- question rows are found by the question id in column A, on any sheet except the instructions,
  the cover and `_tipcheck`: rows may be reordered, blank rows inserted, and anything written
  beyond column G is ignored. Column D is the answer, E to G the evidence.

Answers are accepted as the dropdown label in either language or the canonical value, in any
case. Every problem is collected and raised at once in one `InputError`.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from pydantic import ValidationError

from tipcheck.answers import (
    STATE_CODE_RE,
    Answer,
    AnswerSet,
    LoadedAnswers,
    Origin,
    State,
    check_answers,
    sha256_of,
    value_problem,
)
from tipcheck.errors import InputError, Location, Problem
from tipcheck.i18n import t
from tipcheck.model import LANGS, QUESTION_ID_RE, Lang
from tipcheck.questionnaire import Question, Questionnaire
from tipcheck.workbook_write import COVER_FIELDS, META_SHEET

MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SPACES = re.compile(r"\s+")


def read_workbook(path: Path, questionnaire: Questionnaire) -> LoadedAnswers:
    """Import a filled questionnaire workbook; raise `InputError` listing every problem."""
    _check_file(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        raise InputError.at(Location(str(path)), f"cannot be read: {error.strerror}") from None
    with handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=False)
        except Exception as error:
            raise _not_xlsx(path, error) from None
        try:
            answer_set, warnings = _Reader(path, questionnaire, workbook).read()
        except InputError:
            raise
        except Exception as error:
            raise _not_xlsx(path, error) from None
        finally:
            workbook.close()
    warnings += check_answers(answer_set, questionnaire, str(path))
    return LoadedAnswers(answer_set, sha256_of(path), str(path), warnings)


def _check_file(path: Path) -> None:
    where = Location(str(path))
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError.at(where, "does not exist") from None
    except OSError as error:
        raise InputError.at(where, f"cannot be read: {error.strerror}") from None
    if not path.is_file():
        raise InputError.at(where, "is not a file")
    if size == 0:
        raise InputError.at(where, "is empty; expected an Excel .xlsx workbook")
    if size > MAX_WORKBOOK_BYTES:
        raise InputError.at(where, f"is {size} bytes; a workbook may have at most "
                                   f"{MAX_WORKBOOK_BYTES} bytes (20 MB)")
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception as error:  # BadZipFile, OSError, EOFError, ...
        raise _not_xlsx(path, error) from None
    if unpacked > MAX_UNCOMPRESSED_BYTES:
        raise InputError.at(where, f"unpacks to {unpacked} bytes; a workbook may unpack to at "
                                   f"most {MAX_UNCOMPRESSED_BYTES} bytes (200 MB)")


def _not_xlsx(path: Path, error: BaseException) -> InputError:
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
    reason = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    return InputError.at(Location(str(path)), f"is not an Excel .xlsx workbook ({reason})")


def _norm(text: object) -> str:
    return _SPACES.sub(" ", str(text)).strip().rstrip(":*").strip().casefold()


def _is_formula(value: object) -> bool:
    if isinstance(value, str):
        return value.lstrip().startswith("=")
    values = int | float | dt.date | dt.time | dt.timedelta
    return value is not None and not isinstance(value, values)


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    return text.strip() or None


class _Reader:
    """One import: the workbook, and the problems and warnings found so far."""

    def __init__(self, path: Path, questionnaire: Questionnaire, workbook: Any) -> None:
        self.path, self.questionnaire, self.workbook = path, questionnaire, workbook
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.lang: Lang = "en"
        labels = {key: {_norm(t(f"workbook.{key}", lang)) for lang in LANGS}
                  for key, _ in COVER_FIELDS}
        self.cover_labels = {label: field for key, field in COVER_FIELDS for label in labels[key]}
        self.skip = {META_SHEET} | {t("workbook.sheet_instructions", lang) for lang in LANGS}
        self.covers = {t("workbook.sheet_cover", lang) for lang in LANGS}

    def where(self, sheet: str | None = None, cell: str | None = None) -> Location:
        return Location(str(self.path), sheet, cell)

    def read(self) -> tuple[AnswerSet, list[Problem]]:
        self._read_meta()
        cover: dict[str, tuple[object, Location]] = {}
        answers: dict[str, Answer] = {}
        seen: dict[str, Location] = {}
        for sheet in self.workbook.worksheets:
            if sheet.title in self.skip:
                continue
            sheet.reset_dimensions()  # do not trust the stored dimension; read every row
            for row, cells in enumerate(sheet.iter_rows(min_row=1, min_col=1, max_col=7,
                                                        values_only=True), start=1):
                self._read_row(sheet.title, row, cells, cover, answers, seen)
        for question in self.questionnaire.questions:
            if question.id not in seen:
                self.warnings.append(Problem(self.where(), f"question {question.id} is not in the "
                                                           "workbook: it counts as not answered"))
        answer_set = self._answer_set(cover, answers)
        if self.errors or answer_set is None:
            raise InputError(self.errors)
        return answer_set, self.warnings

    def _read_meta(self) -> None:
        if META_SHEET not in self.workbook.sheetnames:
            raise InputError.at(self.where(), "is not a tipcheck questionnaire workbook (it has "
                                              f"no {META_SHEET} sheet)")
        meta: dict[str, str] = {}
        for key, value in self.workbook[META_SHEET].iter_rows(min_col=1, max_col=2,
                                                             values_only=True):
            if key is not None and value is not None:
                meta.setdefault(str(key).strip(), str(value).strip())
        found = (meta.get("questionnaire_id", "?"), meta.get("questionnaire_version", "?"))
        expected = (self.questionnaire.id, self.questionnaire.version)
        if found != expected:
            raise InputError.at(self.where(), f"is questionnaire {found[0]} version {found[1]}; "
                                              f"this tipcheck expects {expected[0]} version "
                                              f"{expected[1]}")
        if meta.get("language") in LANGS:
            self.lang = meta["language"]  # type: ignore[assignment]

    def _read_row(self, title: str, row: int, cells: tuple[object, ...],
                  cover: dict[str, tuple[object, Location]], answers: dict[str, Answer],
                  seen: dict[str, Location]) -> None:
        if not cells or cells[0] is None or _is_formula(cells[0]):
            return
        label = _norm(cells[0])
        field = self.cover_labels.get(label)
        if field is not None:
            where = self.where(title, f"B{row}")
            if field in cover:
                self.errors.append(Problem(where, f"the cover field {cells[0]!s} is given twice "
                                                  f"(also at {cover[field][1].sheet}!"
                                                  f"{cover[field][1].cell})"))
            else:
                cover[field] = (cells[1] if len(cells) > 1 else None, where)
            return
        qid = str(cells[0]).strip().upper()
        if title in self.covers or not QUESTION_ID_RE.match(qid):
            return
        cell_a = self.where(title, f"A{row}")
        if qid in seen:
            first = seen[qid]
            self.errors.append(Problem(cell_a, f"question {qid} appears twice: at "
                                               f"{first.sheet}!{first.cell} and {title}!A{row}"))
            return
        seen[qid] = cell_a
        answer = self._answer(title, row, qid, (tuple(cells) + (None,) * 7)[3:7])
        if answer is not None:
            answers[qid] = answer

    def _answer(self, title: str, row: int, qid: str,
                cells: tuple[object, ...]) -> Answer | None:
        bad = False
        for letter, value in zip("DEFG", cells, strict=True):
            if _is_formula(value):
                self.errors.append(Problem(self.where(title, f"{letter}{row}"),
                                           f"a formula is not an answer ({str(value)[:80]})"))
                bad = True
        if bad:
            return None
        raw, *evidence = cells
        citation, explanation, source = (_as_text(value) for value in evidence)
        if not self.questionnaire.has(qid):
            if _as_text(raw) is None and not any(evidence):
                return None
            self.errors.append(Problem(self.where(title, f"A{row}"),
                                       f"{qid} is not a question of questionnaire "
                                       f"{self.questionnaire.id} {self.questionnaire.version}"))
            return None
        question = self.questionnaire.question(qid)
        value = self._value(question, raw, self.where(title, f"D{row}"))
        if value is None and citation is None and explanation is None and source is None:
            return None
        origin = Origin(file=self.path.name, sheet=title, cell=f"D{row}")
        return Answer(value=value, citation=citation, explanation=explanation, source=source,
                      origin=origin)

    def _value(self, question: Question, raw: object, where: Location) -> str | int | float | None:
        text = _as_text(raw)
        if text is None:
            return None
        if question.choices:
            # Labels in the workbook's language win, then canonical values, then other labels.
            spellings: dict[str, str] = {}
            for spell in (lambda c: c.label.get(self.lang), lambda c: c.value,
                          lambda c: c.label.en, lambda c: c.label.fr):
                for choice in question.choices:
                    spellings.setdefault(_norm(spell(choice)), choice.value)
            if _norm(text) in spellings:
                return spellings[_norm(text)]
            allowed = ", ".join(c.label.get(self.lang) for c in question.choices)
            self.errors.append(Problem(where, f"{text!r} is not one of the allowed answers to "
                                              f"{question.id} ({allowed})"))
            return None
        value: str | int | float = text
        if question.type in ("number", "year"):
            value = _number(raw)
        problem = value_problem(question, value)
        if problem:
            self.errors.append(Problem(where, f"{problem.split(': ', 1)[-1]} (the answer to "
                                              f"{question.id})"))
            return None
        return value

    def _answer_set(self, cover: dict[str, tuple[object, Location]],
                    answers: dict[str, Answer]) -> AnswerSet | None:
        values: dict[str, object] = {}
        for key, field in COVER_FIELDS:
            if field not in cover and field in ("state_code", "state_name", "reporting_date"):
                self.errors.append(Problem(self.where(), "the cover has no "
                                                         f"{t(f'workbook.{key}', 'en')!r} row"))
                continue
            raw, where = cover.get(field, (None, self.where()))
            values[field] = _cover_value(field, raw, where, self.lang, self.errors)
        if self.errors:
            return None
        try:
            return AnswerSet(state=State(code=values["state_code"], name=values["state_name"]),
                             reporting_date=values["reporting_date"], language=values["language"],
                             answers=answers)
        except ValidationError as error:
            self.errors += [Problem(self.where(), e["msg"]) for e in error.errors()]
            return None


def _cover_value(field: str, raw: object, where: Location, lang: Lang,
                 errors: list[Problem]) -> object:
    if _is_formula(raw):
        errors.append(Problem(where, f"a formula is not an answer ({str(raw)[:80]})"))
        return None
    text = _as_text(raw)
    if field == "state_code":
        code = (text or "").upper()
        if not STATE_CODE_RE.match(code):
            errors.append(Problem(where, "the State code is missing" if text is None else
                                  f"{text!r} is not an ISO 3166-1 alpha-3 State code (e.g. FRA)"))
        return code
    if field == "state_name":
        if text is None:
            errors.append(Problem(where, "the State name is missing"))
        return text
    if field == "reporting_date":
        if isinstance(raw, dt.date):
            return raw.date() if isinstance(raw, dt.datetime) else raw
        if text and _DATE_RE.match(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
        errors.append(Problem(where, "the reporting date is missing" if text is None else
                              f"{text!r} is not a date; write it YYYY-MM-DD"))
        return None
    if field == "language":
        if text is None:
            return lang
        if text.lower() not in LANGS:
            errors.append(Problem(where, f"{text!r} is not a language of tipcheck "
                                         f"({', '.join(LANGS)})"))
        return text.lower()
    return text


def _number(raw: object) -> int | float | str:
    """A number cell's value as int or float; text that reads as a number too."""
    if isinstance(raw, bool):
        return str(raw)
    if isinstance(raw, str):
        cleaned = raw.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            raw = float(cleaned)
        except ValueError:
            return raw.strip()
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    return raw if isinstance(raw, int | float) else str(raw)
