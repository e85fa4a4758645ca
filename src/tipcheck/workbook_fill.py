"""A questionnaire workbook filled with an answer set, the way a person fills it through its
dropdowns: the demo's sample workbooks, and the workbooks the tests and benchmarks read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.worksheet.worksheet import Worksheet

from tipcheck.answers import AnswerSet
from tipcheck.i18n import t
from tipcheck.questionnaire import Questionnaire
from tipcheck.workbook_write import (
    ANSWER_COL,
    COVER_FIELDS,
    COVER_FIRST_ROW,
    EVIDENCE_COLS,
    build_workbook,
    save_atomically,
)


def _put(sheet: Worksheet, ref: str, value: object) -> None:
    """Write a value; text is always a string, never a formula, whatever it starts with."""
    cell = sheet[ref]
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def fill_workbook(questionnaire: Questionnaire, answer_set: AnswerSet, path: Path) -> None:
    """Write the questionnaire workbook in the answer set's language, filled with its answers."""
    lang = answer_set.language
    workbook = build_workbook(questionnaire, lang)
    cover = workbook[t("workbook.sheet_cover", lang)]
    values: dict[str, object] = {
        "state_code": answer_set.state.code,
        "state_name": answer_set.state.name,
        "reporting_date": dt.datetime.combine(answer_set.reporting_date, dt.time()),
        "language": lang,
    }
    for row, (_, field) in enumerate(COVER_FIELDS, start=COVER_FIRST_ROW):
        if field in values:
            _put(cover, f"B{row}", values[field])
    rows = {
        sheet.cell(row=r, column=1).value: (sheet, r)
        for sheet in workbook.worksheets
        for r in range(2, sheet.max_row + 1)
    }
    for qid, answer in answer_set.answers.items():
        sheet, row = rows[qid]
        question = questionnaire.question(qid)
        value = answer.value
        choice = question.choice(str(value)) if question.choices and value is not None else None
        _put(sheet, f"{ANSWER_COL}{row}", choice.label.get(lang) if choice else value)
        for letter, text in zip(EVIDENCE_COLS, (answer.citation, answer.explanation,
                                                 answer.source), strict=True):
            if text:
                _put(sheet, f"{letter}{row}", text)
    # The same answers give the same bytes, so the reports checked from this workbook (which
    # carry its hash) are the same from one run to the next.
    save_atomically(workbook, path, dt.datetime.combine(answer_set.reporting_date, dt.time()))
