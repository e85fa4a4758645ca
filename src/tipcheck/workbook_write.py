"""Write the blank questionnaire workbook (.xlsx) that a State fills in.

Layout (read back by `tipcheck.workbook_read`):

- an instructions sheet;
- a cover sheet: one labelled input per row, the label in column A and the input in column B
  (`COVER_FIELDS`); the reader finds each row by its label, in either language;
- one sheet per questionnaire section that has questions, in the questionnaire's order, titled
  with the section's title (made a valid sheet title, and never the title of the instructions,
  cover or hidden sheet in any language): a frozen header row, then one row per question with the
  question id in column A, the question, the guidance, the answer (D, a dropdown), the national
  legal citation (E), the explanation (F) and the source link (G);
- a hidden sheet `_tipcheck`: keys and values in columns A:B (questionnaire id and version,
  language), and from column D on one dropdown list per choice question (row 1 the question id,
  below it the choice labels in the workbook's language, in the questionnaire's order).

Every sheet is protected without a password; only the input cells are unlocked.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from tipcheck.errors import InputError, Location
from tipcheck.files import write_atomically
from tipcheck.i18n import t
from tipcheck.model import LANGS, Lang
from tipcheck.questionnaire import Question, Questionnaire
from tipcheck.xlsx import workbook_bytes

META_SHEET = "_tipcheck"
#: Keys of the hidden sheet (column A), their values in column B of the same row.
META_KEYS = ("questionnaire_id", "questionnaire_version", "language", "format")
WORKBOOK_FORMAT = "tipcheck-workbook/1"
LIST_FIRST_COLUMN = 4  # D
#: Cover rows, in order: (i18n key of the label, field name). Inputs are in column B.
COVER_FIELDS = (
    ("cover_state_code", "state_code"),
    ("cover_state_name", "state_name"),
    ("cover_reporting_date", "reporting_date"),
    ("cover_respondent", "respondent"),
    ("cover_language", "language"),
)
COVER_FIRST_ROW = 4
HEADER_KEYS = ("header_id", "header_question", "header_guidance", "header_answer",
               "header_citation", "header_explanation", "header_source")
COLUMN_WIDTHS = (12, 60, 50, 26, 36, 50, 32)
ANSWER_COL, CITATION_COL = "D", "E"
EVIDENCE_COLS = ("E", "F", "G")

_LOCKED = PatternFill("solid", fgColor="F2F2F2")
_HEADER = PatternFill("solid", fgColor="D9E1F2")
_ANSWER = PatternFill("solid", fgColor="FFF2CC")
_EVIDENCE = PatternFill("solid", fgColor="FFFFFF")
_MISSING = PatternFill("solid", fgColor="F8CBAD")
_WRAP = Alignment(wrap_text=True, vertical="top")
_UNLOCKED = Protection(locked=False)
_BAD_TITLE_CHARS = re.compile(r"[\[\]:*?/\\]")
#: The hint beside some cover inputs (column C): field name to i18n key.
_COVER_HINTS = {"state_code": "cover_state_code_hint",
                "reporting_date": "cover_reporting_date_hint",
                "language": "cover_language_hint"}


def write_workbook(questionnaire: Questionnaire, lang: Lang, path: Path) -> None:
    """Write the blank questionnaire workbook in `lang` to `path`, atomically."""
    if lang not in LANGS:
        raise ValueError(f"language {lang!r} is not one of {', '.join(LANGS)}")
    workbook = build_workbook(questionnaire, lang)
    save_atomically(workbook, path)


def build_workbook(questionnaire: Questionnaire, lang: Lang) -> Workbook:
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = t("workbook.sheet_instructions", lang)
    cover = workbook.create_sheet(t("workbook.sheet_cover", lang))
    meta = workbook.create_sheet(META_SHEET)
    lists = _write_meta(meta, questionnaire, lang)
    _write_instructions(instructions, questionnaire, lang, cover.title)
    _write_cover(cover, questionnaire, lang)
    used = reserved_sheet_titles()
    for section in questionnaire.sections:
        questions = questionnaire.in_section(section.id)
        if not questions:
            continue
        title = sheet_title(section.title.get(lang), used)
        used.add(title.casefold())
        sheet = workbook.create_sheet(title)
        _write_section(sheet, questions, lang, lists)
    workbook.move_sheet(meta, offset=len(workbook.sheetnames) - 1 - workbook.index(meta))
    for key, row in (("questionnaire_id", 1), ("questionnaire_version", 2)):
        ref = f"{quote_sheetname(META_SHEET)}!$B${row}"
        workbook.defined_names.add(DefinedName(f"tipcheck_{key}", attr_text=ref))
    return workbook


def reserved_sheet_titles() -> set[str]:
    """The titles (casefolded) no section sheet may take: the hidden sheet, and the instructions
    and cover sheets in every language, since the reader skips those whatever the workbook's
    language (a section sheet titled "Page de garde" in an English workbook would be ignored)."""
    return {META_SHEET.casefold()} | {t(f"workbook.{key}", lang).casefold()
                                      for key in ("sheet_instructions", "sheet_cover")
                                      for lang in LANGS}


def sheet_title(text: str, used: set[str]) -> str:
    """A valid, unused sheet title: no []:*?/\\ characters, at most 31 characters."""
    base = _BAD_TITLE_CHARS.sub(" ", text)
    base = re.sub(r"\s+", " ", base).strip().strip("'").strip() or "Section"
    title, number = base[:31].rstrip(), 1
    while title.casefold() in used or title.casefold() == "history":
        number += 1
        suffix = f" ({number})"
        title = base[: 31 - len(suffix)].rstrip() + suffix
    return title


def choice_spellings(question: Question, value: str) -> list[str]:
    """Every spelling of one choice the reader accepts: both labels and the canonical value."""
    choice = question.choice(value)
    assert choice is not None
    return list(dict.fromkeys([choice.label.en, choice.label.fr, choice.value]))


def _text(sheet: Worksheet, ref: str, value: str) -> None:
    """Write `value` as a string, never as a formula."""
    cell = sheet[ref]
    cell.value = value
    cell.data_type = "s"


def _write_meta(sheet: Worksheet, questionnaire: Questionnaire, lang: Lang) -> dict[str, str]:
    """Fill the hidden sheet; return each choice question's dropdown range."""
    values = (questionnaire.id, questionnaire.version, lang, WORKBOOK_FORMAT)
    for row, (key, value) in enumerate(zip(META_KEYS, values, strict=True), start=1):
        _text(sheet, f"A{row}", key)
        _text(sheet, f"B{row}", value)
    ranges: dict[str, str] = {}
    column = LIST_FIRST_COLUMN
    for question in questionnaire.questions:
        if not question.choices:
            continue
        letter = get_column_letter(column)
        _text(sheet, f"{letter}1", question.id)
        for row, choice in enumerate(question.choices, start=2):
            _text(sheet, f"{letter}{row}", choice.label.get(lang))
        last = len(question.choices) + 1
        ranges[question.id] = f"{quote_sheetname(META_SHEET)}!${letter}$2:${letter}${last}"
        column += 1
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True
    return ranges


def instruction_lines(questionnaire: Questionnaire, lang: Lang, cover_title: str) -> list[str]:
    """The instructions sheet, one line (row of column A) each."""
    lines = [questionnaire.title.get(lang),
             t("workbook.cover_questionnaire", lang, id=questionnaire.id,
               version=questionnaire.version),
             "", t("workbook.instructions_title", lang)]
    lines += [t(f"workbook.instructions_{n}", lang, cover=cover_title) for n in range(1, 6)]
    lines += ["", t("workbook.instructions_answers", lang)]
    lines += [t(f"workbook.instructions_{key}", lang)
              for key in ("yes", "partially", "no", "unknown", "blank", "formula", "return")]
    return lines


def written_texts(questionnaire: Questionnaire, lang: Lang) -> set[str]:
    """Every fixed text the writer puts in cells in `lang`, besides the questions and the cover
    labels: instructions, titles, cover heading and hints, column headers."""
    texts = set(instruction_lines(questionnaire, lang, t("workbook.sheet_cover", lang)))
    texts |= {t("workbook.cover_heading", lang)}
    texts |= {t(f"workbook.{key}", lang) for key in (*_COVER_HINTS.values(), *HEADER_KEYS)}
    return texts - {""}


def _write_instructions(sheet: Worksheet, questionnaire: Questionnaire, lang: Lang,
                        cover_title: str) -> None:
    lines = instruction_lines(questionnaire, lang, cover_title)
    for row, line in enumerate(lines, start=1):
        _text(sheet, f"A{row}", line)
        sheet[f"A{row}"].alignment = _WRAP
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A4"].font = Font(bold=True)
    sheet.column_dimensions["A"].width = 110
    sheet.protection.sheet = True


def _write_cover(sheet: Worksheet, questionnaire: Questionnaire, lang: Lang) -> None:
    _text(sheet, "A1", questionnaire.title.get(lang))
    sheet["A1"].font = Font(bold=True, size=14)
    _text(sheet, "A2", t("workbook.cover_questionnaire", lang, id=questionnaire.id,
                         version=questionnaire.version))
    _text(sheet, "A3", t("workbook.cover_heading", lang))
    sheet["A3"].font = Font(bold=True)
    hints = _COVER_HINTS
    for row, (key, field) in enumerate(COVER_FIELDS, start=COVER_FIRST_ROW):
        _text(sheet, f"A{row}", t(f"workbook.{key}", lang))
        sheet[f"A{row}"].fill = _LOCKED
        cell = sheet[f"B{row}"]
        cell.fill, cell.protection, cell.alignment = _ANSWER, _UNLOCKED, _WRAP
        if field in hints:
            _text(sheet, f"C{row}", t(f"workbook.{hints[field]}", lang))
        if field == "reporting_date":
            cell.number_format = "yyyy-mm-dd"
        if field == "language":
            cell.value = lang
            validation = DataValidation(type="list", formula1=f'"{",".join(LANGS)}"',
                                        allow_blank=True)
            validation.add(cell.coordinate)
            sheet.add_data_validation(validation)
    for letter, width in zip("ABC", (40, 40, 70), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.protection.sheet = True


def _write_section(sheet: Worksheet, questions: tuple[Question, ...], lang: Lang,
                   lists: dict[str, str]) -> None:
    for column, (key, width) in enumerate(zip(HEADER_KEYS, COLUMN_WIDTHS, strict=True), 1):
        letter = get_column_letter(column)
        _text(sheet, f"{letter}1", t(f"workbook.{key}", lang))
        header = sheet[f"{letter}1"]
        header.font, header.fill, header.alignment = Font(bold=True), _HEADER, _WRAP
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    for row, question in enumerate(questions, start=2):
        _text(sheet, f"A{row}", question.id)
        _text(sheet, f"B{row}", question.text.get(lang))
        _text(sheet, f"C{row}", question.guidance.get(lang))
        for letter in "ABC":
            sheet[f"{letter}{row}"].fill = _LOCKED
        for letter in "ABCDEFG":
            sheet[f"{letter}{row}"].alignment = _WRAP
        for letter in (ANSWER_COL, *EVIDENCE_COLS):
            cell = sheet[f"{letter}{row}"]
            cell.protection = _UNLOCKED
            cell.fill = _ANSWER if letter == ANSWER_COL else _EVIDENCE
        _answer_validation(sheet, question, f"{ANSWER_COL}{row}", lang, lists)
        _citation_rule(sheet, question, row)
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # a person may still widen columns and rows
    sheet.protection.formatRows = False


def _answer_validation(sheet: Worksheet, question: Question, ref: str, lang: Lang,
                       lists: dict[str, str]) -> None:
    if question.type == "text":
        return
    if question.choices:
        validation = DataValidation(type="list", formula1=lists[question.id], allow_blank=True)
        message = "workbook.answer_error"
    elif question.type == "year":
        validation = DataValidation(type="whole", operator="between", formula1="1900",
                                    formula2="2100", allow_blank=True)
        message = "workbook.year_error"
    else:
        validation = DataValidation(type="decimal", operator="between", formula1="-1E+15",
                                    formula2="1E+15", allow_blank=True)
        message = "workbook.number_error"
    validation.showErrorMessage = True
    validation.errorTitle = t("workbook.answer_error_title", lang)
    validation.error = t(message, lang)
    validation.add(ref)
    sheet.add_data_validation(validation)


def _citation_rule(sheet: Worksheet, question: Question, row: int) -> None:
    """Colour the citation cell while the answer needs a citation and it is empty."""
    spellings = [s for c in question.choices if c.needs_citation
                 for s in choice_spellings(question, c.value)]
    if not spellings:
        return
    answer = f"${ANSWER_COL}{row}"
    tests = ",".join(f'TRIM({answer})="{s.replace(chr(34), chr(34) * 2)}"' for s in spellings)
    formula = f"AND(LEN(TRIM(${CITATION_COL}{row}))=0,OR({tests}))"
    sheet.conditional_formatting.add(f"{CITATION_COL}{row}",
                                     FormulaRule(formula=[formula], fill=_MISSING))


#: The date a blank questionnaire carries, so that the same questionnaire gives the same bytes.
BLANK_STAMP = dt.datetime(2000, 1, 1)


def save_atomically(workbook: Workbook, path: Path, stamp: dt.datetime = BLANK_STAMP) -> None:
    """Save to a new file next to `path`, then move it into place: never a half-written file.
    The workbook is dated `stamp`, not with the clock: the same workbook, the same bytes."""
    try:
        write_atomically(path, workbook_bytes(workbook, stamp))
    except OSError as error:
        raise InputError.at(Location(str(path)), f"cannot be written: {error.strerror}") from None
