"""Read a filled questionnaire workbook back into an answer set.

Before openpyxl reads anything, `tipcheck.workbook_limits.inspect_workbook` checks the file (size,
zip bombs, XML attacks, cell counts) and records each sheet's layout. Then, read with openpyxl in
read-only mode (see `tipcheck.workbook_write` for the layout):

- the hidden sheet `_tipcheck` says which questionnaire and version the workbook was written
  for, and its language (keys in column A, values in column B); another questionnaire or version
  is refused. Messages are in that language, else in `tipcheck.i18n.default_lang()`;
- the cover fields are found by their label, not by a fixed cell: on any sheet but `_tipcheck`,
  a row whose column A is the label of a cover field, in either language (ignoring case and a
  trailing colon), has its value in column B;
- question rows are found by the question id in column A, on any sheet but the cover and
  `_tipcheck`: rows may be reordered and blank rows inserted. Column D is the answer, E to G the
  evidence (citation, explanation, source link).

Answers are accepted as the dropdown label in either language or the canonical value, in any
case. Every problem is collected and raised at once in one `InputError`; each names the file,
and the sheet and cell where there is one.

Errors (the workbook is refused): a value that is not an allowed answer; a formula in an answer,
evidence or cover input cell; a question twice; an unknown question id with something in D to G;
a cover field missing, wrong or given twice; and whatever may hide an answer from whoever checked
the file: a hidden question or cover row, a hidden column among A to G (A and B on the cover), a
hidden sheet holding questions or the cover, merged cells in a question row (A to G) or a cover
row (A and B).

Warnings (imported, and the warning says what was not): every other non-empty cell, named by its
cell, unless it is a text tipcheck wrote there (instructions, titles, headers, hints, the
question and its guidance): notes beyond column G or in rows without a question id, a changed
question text, an unknown question id with an empty row, a comment (an Excel note) on a cell.
Also: a question missing from the workbook, and a `yes` or `partially` without a national legal
citation.
"""

from __future__ import annotations

import warnings as python_warnings
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from pydantic import ValidationError

from tipcheck.answers import (
    Answer,
    AnswerSet,
    LoadedAnswers,
    Origin,
    State,
    sha256_of,
    uncited_choice,
)
from tipcheck.errors import InputError, Location, Problem
from tipcheck.i18n import default_lang, t
from tipcheck.model import LANGS, QUESTION_ID_RE, Lang
from tipcheck.questionnaire import Questionnaire
from tipcheck.workbook_layout import SheetLayout
from tipcheck.workbook_limits import inspect_workbook, not_xlsx, refuse, say
from tipcheck.workbook_values import (
    answer_value,
    as_text,
    cover_value,
    excerpt,
    is_formula,
    norm,
)
from tipcheck.workbook_write import COVER_FIELDS, META_SHEET, written_texts

#: Columns of a question row: id, question, guidance, answer, citation, explanation, source.
ROW_WIDTH = 7
REQUIRED_COVER = ("state_code", "state_name", "reporting_date")


def read_workbook(path: Path, questionnaire: Questionnaire) -> LoadedAnswers:
    """Import a filled questionnaire workbook; raise `InputError` listing every problem."""
    lang = default_lang()
    layouts = inspect_workbook(path, lang)
    try:
        handle = path.open("rb")
    except OSError as error:
        raise refuse(path, "unreadable", lang, error=error.strerror) from None
    with handle, python_warnings.catch_warnings():
        python_warnings.simplefilter("ignore")  # openpyxl's notes on unsupported extensions
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=False)
        except Exception as error:
            raise not_xlsx(path, error, lang) from None
        reader = _Reader(path, questionnaire, workbook, layouts, lang)
        try:
            answer_set, warnings = reader.read()
        except InputError:
            raise
        except Exception as error:
            raise not_xlsx(path, error, reader.lang) from None
        finally:
            workbook.close()
    return LoadedAnswers(answer_set, sha256_of(path), str(path), warnings)


class _Reader:
    """One import: the workbook, and the problems and warnings found so far."""

    def __init__(self, path: Path, questionnaire: Questionnaire, workbook: Any,
                 layouts: dict[str, SheetLayout], lang: Lang) -> None:
        self.path, self.questionnaire, self.workbook = path, questionnaire, workbook
        self.layouts, self.lang = layouts, lang
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        labels = {key: {norm(t(f"workbook.{key}", lang)) for lang in LANGS}
                  for key, _ in COVER_FIELDS}
        self.cover_labels = {label: field for key, field in COVER_FIELDS for label in labels[key]}
        self.covers = {t("workbook.sheet_cover", lang) for lang in LANGS}
        self.known = {norm(text) for lang in LANGS for text in written_texts(questionnaire, lang)}
        self.cover: dict[str, tuple[object, Location]] = {}
        self.answers: dict[str, Answer] = {}
        self.seen: dict[str, Location] = {}
        #: Rows whose layout is checked: (sheet, row, what it holds, its columns).
        self.watched: list[tuple[str, int, str, int]] = []

    def where(self, sheet: str | None = None, cell: str | None = None) -> Location:
        return Location(str(self.path), sheet, cell)

    def read(self) -> tuple[AnswerSet, list[Problem]]:
        self._read_meta()
        for sheet in self.workbook.worksheets:
            if sheet.title == META_SHEET:
                continue
            sheet.reset_dimensions()  # do not trust the stored dimension; read every row
            for row, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
                self._read_row(sheet.title, row, tuple(cells))
        self._check_layout()
        for question in self.questionnaire.questions:
            if question.id not in self.seen:
                self.warnings.append(Problem(self.where(), self.say("question_absent",
                                                                    id=question.id)))
        answer_set = self._answer_set()
        if self.errors or answer_set is None:
            raise InputError(self.errors)
        return answer_set, self.warnings + self._uncited(answer_set)

    def say(self, key: str, **values: object) -> str:
        return say(key, self.lang, **values)

    def _read_meta(self) -> None:
        if META_SHEET not in self.workbook.sheetnames:
            raise InputError.at(self.where(), self.say("not_tipcheck", sheet=META_SHEET))
        meta: dict[str, str] = {}
        for cells in self.workbook[META_SHEET].iter_rows(min_col=1, max_col=2,
                                                         values_only=True):
            key, value = (*cells, None, None)[:2]
            if key is not None and value is not None:
                meta.setdefault(str(key).strip(), str(value).strip())
        if meta.get("language") in LANGS:
            self.lang = meta["language"]  # type: ignore[assignment]
        found = (meta.get("questionnaire_id", "?"), meta.get("questionnaire_version", "?"))
        if found != (self.questionnaire.id, self.questionnaire.version):
            raise InputError.at(self.where(), self.say(
                "other_version", found_id=found[0], found_version=found[1],
                id=self.questionnaire.id, version=self.questionnaire.version))

    def _read_row(self, title: str, row: int, cells: tuple[object, ...]) -> None:
        first = cells[0] if cells else None
        field = None if first is None or is_formula(first) else self.cover_labels.get(norm(first))
        if field is not None:
            self._read_cover_row(title, row, cells, field)
            return
        qid = "" if first is None or is_formula(first) else str(first).strip().upper()
        if title in self.covers or not QUESTION_ID_RE.match(qid):
            self._notes(title, row, cells, 0)
            return
        cell_a = self.where(title, f"A{row}")
        if qid in self.seen:
            first_seen = self.seen[qid]
            self.errors.append(Problem(cell_a, self.say(
                "question_twice", id=qid, first=f"{first_seen.sheet}!{first_seen.cell}",
                again=f"{title}!A{row}")))
            return
        self.seen[qid] = cell_a
        self.watched.append((title, row, qid, ROW_WIDTH))
        self._notes(title, row, cells, ROW_WIDTH, qid)
        evidence = (tuple(cells) + (None,) * ROW_WIDTH)[3:ROW_WIDTH]
        if not self.questionnaire.has(qid):
            self._unknown_question(title, row, qid, evidence)
            return
        self._question_text(title, row, qid, cells)
        answer = self._answer(title, row, qid, evidence)
        if answer is not None:
            self.answers[qid] = answer

    def _read_cover_row(self, title: str, row: int, cells: tuple[object, ...],
                        field: str) -> None:
        where = self.where(title, f"B{row}")
        self.watched.append((title, row, str(cells[0]).strip(), 2))
        self._notes(title, row, cells, 2)
        if field in self.cover:
            other = self.cover[field][1]
            self.errors.append(Problem(where, self.say("cover_twice", label=str(cells[0]),
                                                       other=f"{other.sheet}!{other.cell}")))
        else:
            self.cover[field] = (cells[1] if len(cells) > 1 else None, where)

    def _notes(self, title: str, row: int, cells: tuple[object, ...], start: int,
               qid: str | None = None) -> None:
        """Warn of each non-empty cell from column `start` + 1 on that tipcheck did not write."""
        for column, value in enumerate(cells[start:], start=start + 1):
            text = as_text(value)
            if text is None or (not is_formula(value) and norm(text) in self.known):
                continue
            message = (self.say("note_question", id=qid, value=excerpt(value)) if qid else
                       self.say("note", value=excerpt(value)))
            self.warnings.append(Problem(self.where(title, f"{get_column_letter(column)}{row}"),
                                         message))

    def _question_text(self, title: str, row: int, qid: str, cells: tuple[object, ...]) -> None:
        """Warn if the question (B) or guidance (C) is not as written, in either language."""
        question = self.questionnaire.question(qid)
        for letter, value, text in (("B", cells[1] if len(cells) > 1 else None, question.text),
                                    ("C", cells[2] if len(cells) > 2 else None,
                                     question.guidance)):
            if as_text(value) is None or (not is_formula(value)
                                          and norm(value) in {norm(text.en), norm(text.fr)}):
                continue
            self.warnings.append(Problem(self.where(title, f"{letter}{row}"), self.say(
                "changed_question", id=qid, value=excerpt(value))))

    def _unknown_question(self, title: str, row: int, qid: str,
                          evidence: tuple[object, ...]) -> None:
        key = ("unknown_question" if any(as_text(v) is not None for v in evidence)
               else "unknown_question_empty")
        problems = self.errors if key == "unknown_question" else self.warnings
        problems.append(Problem(self.where(title, f"A{row}"), self.say(
            key, id=qid, questionnaire=self.questionnaire.id,
            version=self.questionnaire.version)))

    def _answer(self, title: str, row: int, qid: str,
                cells: tuple[object, ...]) -> Answer | None:
        formulas = [(letter, value) for letter, value in zip("DEFG", cells, strict=True)
                    if is_formula(value)]
        for letter, value in formulas:
            self.errors.append(Problem(self.where(title, f"{letter}{row}"),
                                       self.say("formula", formula=str(value)[:80])))
        if formulas:
            return None
        raw, *evidence = cells
        citation, explanation, source = (as_text(value) for value in evidence)
        value = answer_value(self.questionnaire.question(qid), raw,
                             self.where(title, f"D{row}"), self.lang, self.errors)
        if value is None and citation is None and explanation is None and source is None:
            return None
        origin = Origin(file=self.path.name, sheet=title, cell=f"D{row}")
        return Answer(value=value, citation=citation, explanation=explanation, source=source,
                      origin=origin)

    def _check_layout(self) -> None:
        """Refuse hidden or merged question and cover rows: their answers may not have been
        seen by whoever checked the file."""
        reported: set[tuple[str, object]] = set()
        for title, row, what, width in self.watched:
            layout = self.layouts.get(title)
            if layout is None:
                continue
            problems: list[tuple[object, str, str]] = []
            if layout.state != "visible":
                problems.append(("sheet", "", self.say("hidden_sheet", row=row, what=what)))
            for column in sorted(layout.hidden_columns):
                if column <= width:
                    letter = get_column_letter(column)
                    problems.append((letter, f"{letter}:{letter}",
                                     self.say("hidden_column", column=letter)))
            if row in layout.hidden_rows:
                problems.append((row, f"A{row}", self.say("hidden_row", row=row, what=what)))
            for ref, first_col, first_row, _, last_row in layout.merges:
                if first_row <= row <= last_row and first_col <= width:
                    problems.append((ref, ref, self.say("merged", row=row, what=what)))
            for key, cell, message in problems:
                if (title, key) not in reported:
                    reported.add((title, key))
                    self.errors.append(Problem(self.where(title, cell or None), message))
        for title, layout in self.layouts.items():
            if title != META_SHEET:
                self.warnings += [Problem(self.where(title, ref), self.say("comment"))
                                  for ref in layout.comments]

    def _answer_set(self) -> AnswerSet | None:
        values: dict[str, object] = {}
        for key, field in COVER_FIELDS:
            if field not in self.cover and field in REQUIRED_COVER:
                self.errors.append(Problem(self.where(), self.say(
                    "no_cover_row", label=t(f"workbook.{key}", self.lang))))
                continue
            raw, where = self.cover.get(field, (None, self.where()))
            values[field] = cover_value(field, raw, where, self.lang, self.errors)
        if self.errors:
            return None
        try:
            return AnswerSet(state=State(code=values["state_code"], name=values["state_name"]),
                             reporting_date=values["reporting_date"], language=values["language"],
                             answers=self.answers)
        except ValidationError as error:
            self.errors += [Problem(self.where(), self.say("invalid", message=e["msg"]))
                            for e in error.errors()]
            return None

    def _uncited(self, answer_set: AnswerSet) -> list[Problem]:
        """A `yes` or `partially` (any answer that needs one) without a legal citation."""
        found: list[Problem] = []
        for qid, answer in answer_set.answers.items():
            choice = uncited_choice(self.questionnaire.question(qid), answer)
            if choice:
                origin = answer.origin
                where = self.where(origin.sheet, origin.cell) if origin else self.where()
                found.append(Problem(where, self.say("no_citation", id=qid,
                                                     value=repr(choice.value))))
        return found
