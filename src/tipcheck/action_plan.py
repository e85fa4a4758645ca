"""The Excel action plan: one row per gap, most urgent first, for a ministry to fill in.

Each row says what the gap is (priority, status, obligation, provisions, legal force, the reason
in one sentence, what the State answered) and what to do (the recommendation and its references);
its last three columns, "Responsible body", "Deadline" and "Progress", are empty and unlocked for
the ministry to fill in. The other cells are locked (the sheet is protected without a password,
so that they are not changed by mistake).

The State's own text (its name, citations, explanations, source links) is data: every text cell is
written as a string, never a formula, whatever it starts with. The file is deterministic: the
workbook's dates and the zip entries' times are the reporting date, so the same report gives the
same bytes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from tipcheck.assistance import GAP_STATUSES
from tipcheck.i18n import check_lang, t
from tipcheck.model import Lang, Rulebook
from tipcheck.report_text import (
    STATUS_COLOURS,
    cell_ref,
    provision_citation,
    reason_sentence,
    status_word,
)
from tipcheck.xlsx import stable_zip, workbook_bytes

__all__ = ["COLUMNS", "FILL_IN", "PROGRESS", "action_plan", "stable_zip"]

#: The columns of the plan, in order, with their widths (in characters).
COLUMNS: dict[str, int] = {
    "rank": 5, "priority": 11, "status": 22, "theme": 18, "obligation": 30, "title": 36,
    "provisions": 28, "legal_force": 28, "reason": 60, "evidence": 50, "recommendation": 60,
    "references": 32, "responsible": 24, "deadline": 13, "progress": 15,
}
#: The columns a ministry fills in: empty and unlocked.
FILL_IN: tuple[str, ...] = ("responsible", "deadline", "progress")
#: The values of the progress column (their words are `report.plan_progress_<value>`).
PROGRESS: tuple[str, ...] = ("not_started", "in_progress", "done")
#: Excel keeps at most this many characters in a cell.
MAX_CELL = 32767
# Excel's serial number of 1 January 2000: a deadline before it is a typing error.
_Y2000 = 36526
# Text starting with one of these is what a spreadsheet would take for a formula if typed.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
_FILL_IN_FILL = PatternFill("solid", fgColor="FFF7D6")
_WRAP = Alignment(wrap_text=True, vertical="top")


def action_plan(document: dict[str, Any], rulebook: Rulebook) -> bytes:
    """The action plan of a `tipcheck-report/1` document, as the bytes of an .xlsx file."""
    lang = check_lang(document["language"])
    workbook = Workbook()
    plan = workbook.active
    assert plan is not None
    plan.title = _sheet_title(t("report.plan_sheet", lang))
    _write_plan(plan, document, rulebook, lang)
    _write_about(workbook.create_sheet(_sheet_title(t("report.plan_about_sheet", lang))),
                 document, lang)
    stamp = _stamp(document["reporting_date"])
    properties = workbook.properties
    properties.creator = "tipcheck"
    properties.lastModifiedBy = None
    properties.title = _clean(t("report.plan_title", lang, state=document["state"]["name"]))
    properties.language = lang
    return workbook_bytes(workbook, stamp)


def gap_findings(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The findings that are gaps, in the document's order (most urgent first)."""
    return [f for f in document["findings"] if f["status"] in GAP_STATUSES]


def _write_plan(sheet: Worksheet, document: dict[str, Any], rulebook: Rulebook,
                lang: Lang) -> None:
    columns = list(COLUMNS)
    for index, key in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        text(cell, t(f"report.plan_col_{key}", lang))
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
        sheet.column_dimensions[cell.column_letter].width = COLUMNS[key]
    gaps = gap_findings(document)
    for row, finding in enumerate(gaps, start=2):
        values = _row(finding, rulebook, lang)
        for index, key in enumerate(columns, start=1):
            cell = sheet.cell(row=row, column=index)
            if key == "rank":
                cell.value = row - 1
            elif key not in FILL_IN:
                text(cell, values[key])
            else:
                cell.protection = Protection(locked=False)
                cell.fill = _FILL_IN_FILL
            if key == "deadline":
                cell.number_format = "yyyy-mm-dd"
            cell.alignment = _WRAP
        status_cell = sheet.cell(row=row, column=columns.index("status") + 1)
        status_cell.fill = PatternFill("solid", fgColor=STATUS_COLOURS[finding["status"]][1:])
    if not gaps:
        text(sheet.cell(row=2, column=1), t("report.no_gaps", lang))
    last = max(len(gaps) + 1, 2)
    if gaps:
        _validations(sheet, columns, last, lang)
    sheet.freeze_panes = "A2"
    end = sheet.cell(row=last, column=len(columns)).coordinate
    sheet.auto_filter.ref = f"A1:{end}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    # Protected without a password: the ministry fills in the unlocked columns, may resize,
    # filter and sort, and can lift the protection if it wants to change the rest.
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = protection.formatRows = protection.formatCells = False
    protection.autoFilter = protection.sort = False


def _validations(sheet: Worksheet, columns: list[str], last: int, lang: Lang) -> None:
    def column(key: str) -> str:
        letter = sheet.cell(row=1, column=columns.index(key) + 1).column_letter
        return f"{letter}2:{letter}{last}"

    words = [t(f"report.plan_progress_{p}", lang) for p in PROGRESS]
    progress = DataValidation(type="list", formula1='"' + ",".join(words) + '"',
                              allow_blank=True, showErrorMessage=True,
                              error=t("report.plan_progress_error", lang))
    progress.add(column("progress"))
    deadline = DataValidation(type="date", operator="greaterThanOrEqual", formula1=str(_Y2000),
                              allow_blank=True, showErrorMessage=True,
                              error=t("report.plan_deadline_error", lang))
    deadline.add(column("deadline"))
    sheet.add_data_validation(progress)
    sheet.add_data_validation(deadline)


def _row(finding: dict[str, Any], rulebook: Rulebook, lang: Lang) -> dict[str, str]:
    def tr(key: str, **values: object) -> str:
        return t(f"report.{key}", lang, **values)

    return {
        "priority": tr(f"priority_{finding['priority']}"),
        "status": status_word(finding["status"], lang),
        "theme": tr(f"theme_{finding['theme']}"),
        "obligation": finding["obligation"],
        "title": finding["title"],
        "provisions": "\n".join(_citation(rulebook, p, lang) for p in finding["provisions"]),
        "legal_force": tr(f"modality_{finding['modality']}"),
        "reason": reason_sentence(finding, rulebook, lang),
        "evidence": "\n".join(_evidence(a, tr) for a in finding["rationale"]["answers"]),
        "recommendation": finding["recommendation"]["text"],
        "references": "\n".join(f"{r['source']}, {r['locator']}"
                                for r in finding["recommendation"]["references"]),
    }


def _citation(rulebook: Rulebook, provision_id: str, lang: Lang) -> str:
    try:
        return provision_citation(rulebook, provision_id, lang)
    except KeyError:
        return provision_id


def _evidence(answer: dict[str, Any], tr: Any) -> str:
    """What the State answered to one question, with its cell and its own evidence."""
    lines = [f"{answer['question']} = {answer['label']}"]
    cell = cell_ref(answer["sheet"], answer["cell"])
    if cell:
        lines[0] += f" ({cell})"
    for key in ("citation", "explanation", "source"):
        if answer.get(key):
            lines.append(f"  {tr(key)}{tr('colon')}{' '.join(str(answer[key]).split())}")
    return "\n".join(lines)


def _write_about(sheet: Worksheet, document: dict[str, Any], lang: Lang) -> None:
    def tr(key: str, **values: object) -> str:
        return t(f"report.{key}", lang, **values)

    rows: list[tuple[str, str]] = [
        (tr("plan_title", state=document["state"]["name"]), ""),
        (tr("plan_about_intro"), ""),
        ("", ""),
        (tr("cover_state"), f"{document['state']['name']} ({document['state']['code']})"),
        (tr("cover_reporting_date"), document["reporting_date"]),
        (tr("cover_tipcheck_version"), document["tipcheck_version"]),
        (tr("cover_rulebook"), tr("version_of", id=document["rulebook_id"],
                                  version=document["rulebook_version"])),
        (tr("cover_questionnaire"), tr("version_of", id=document["questionnaire"]["id"],
                                       version=document["questionnaire"]["version"])),
        (tr("cover_input_file"), document["input_file"]),
        (tr("cover_input_sha256"), document["input_sha256"]),
        ("", ""),
        (tr("method"), ""),
    ]
    rows += [(status_word(s, lang), tr(f"status_def_{s}"))
             for s in ("met", "partially_met", "not_met", "insufficient_information",
                       "not_applicable", "manual_review")]
    for number, (label, value) in enumerate(rows, start=1):
        for column, content in ((1, label), (2, value)):
            if content:
                cell = sheet.cell(row=number, column=column)
                text(cell, content)
                cell.alignment = _WRAP
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.column_dimensions["A"].width = 32
    sheet.column_dimensions["B"].width = 90


def text(cell: Cell, value: str) -> None:
    """Write `value` as a string, never a formula, whatever it starts with: the State's text is
    data. A leading `=`, `+`, `-` or `@` also gets Excel's quote prefix, so that it stays text
    when someone edits the cell."""
    value = _clean(value)
    cell.value = value
    cell.data_type = "s"
    if value.startswith(_FORMULA_START):
        cell.quotePrefix = True


def _clean(value: str) -> str:
    """What a cell can hold: no control character, at most `MAX_CELL` characters."""
    value = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"


def _sheet_title(title: str) -> str:
    for forbidden in "[]:*?/\\":
        title = title.replace(forbidden, " ")
    return title[:31]


def _stamp(reporting_date: str) -> dt.datetime:
    """The workbook's creation time: the reporting date (never the clock), from 1980 on."""
    date = dt.date.fromisoformat(reporting_date)
    return dt.datetime(max(date.year, 1980), date.month, date.day)
