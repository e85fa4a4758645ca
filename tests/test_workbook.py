"""The Excel questionnaire workbook: writing it, filling it as a person would, reading it back."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from tipcheck import workbook_read, workbook_write
from tipcheck.errors import InputError
from tipcheck.i18n import catalogue, t
from tipcheck.model import Lang
from tipcheck.questionnaire import Questionnaire, load_questionnaire
from tipcheck.workbook_read import read_workbook
from tipcheck.workbook_write import META_SHEET, write_workbook

LANGS: tuple[Lang, ...] = ("en", "fr")


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire()


def _text(en: str, fr: str | None = None) -> dict[str, str]:
    return {"en": en, "fr": fr or en}


def custom_questionnaire() -> Questionnaire:
    """Two sections with awkward titles and every answer type."""
    question = {"kind": "law", "guidance": _text("g")}
    title = _text("Data: [stats]/*?\\ and a very long title")
    return Questionnaire.model_validate({
        "id": "custom", "version": "7", "title": _text("Custom"),
        "sections": [
            {"id": "a", "theme": "data", "title": title},
            {"id": "b", "theme": "data", "title": title},
        ],
        "questions": [
            {**question, "id": "DT-1", "section": "a", "type": "number",
             "text": _text("=HYPERLINK(\"http://x\")")},
            {**question, "id": "DT-2", "section": "a", "type": "year", "text": _text("Year?")},
            {**question, "id": "DT-3", "section": "b", "type": "text", "text": _text("Text?")},
            {**question, "id": "DT-4", "section": "b", "type": "yes_no", "text": _text("Y/N?")},
        ],
    })


def write(tmp_path: Path, questionnaire: Questionnaire, lang: Lang = "en",
          name: str = "blank.xlsx") -> Path:
    path = tmp_path / name
    write_workbook(questionnaire, lang, path)
    return path


def cover_sheet(workbook: Workbook, lang: Lang):
    return workbook[t("workbook.sheet_cover", lang)]


def section_sheet(workbook: Workbook, questionnaire: Questionnaire, lang: Lang):
    return workbook[questionnaire.sections[0].title.get(lang)]


def row_of(sheet, question_id: str) -> int:
    return next(c.row for c in sheet["A"] if c.value == question_id)


def fill(path: Path, lang: Lang, answers: dict[str, tuple], out: str = "filled.xlsx",
         cover: tuple = ("FRA", "France", dt.date(2024, 6, 30)), edit=None) -> Path:
    """Fill the workbook as a person would: cover, then D:G of each question's row."""
    workbook = openpyxl.load_workbook(path)
    sheet = cover_sheet(workbook, lang)
    for row, value in zip((4, 5, 6), cover, strict=True):
        assert sheet[f"A{row}"].value  # the label of the field we fill
        sheet[f"B{row}"] = value
    for qid, cells in answers.items():
        for ws in workbook.worksheets[2:-1]:
            if any(c.value == qid for c in ws["A"]):
                row = row_of(ws, qid)
                for letter, value in zip("DEFG", cells, strict=False):
                    ws[f"{letter}{row}"] = value
    if edit:
        edit(workbook)
    filled = path.with_name(out)
    workbook.save(filled)
    return filled


def error_of(path: Path, questionnaire: Questionnaire) -> str:
    with pytest.raises(InputError) as caught:
        read_workbook(path, questionnaire)
    message = str(caught.value)
    assert "Traceback" not in message
    return message


# --- writing -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_written_workbook_has_sheets_dropdowns_protection_and_names(tmp_path, questionnaire, lang):
    path = write(tmp_path, questionnaire, lang)
    workbook = openpyxl.load_workbook(path)
    section = questionnaire.sections[0]
    assert workbook.sheetnames == [t("workbook.sheet_instructions", lang),
                                   t("workbook.sheet_cover", lang), section.title.get(lang),
                                   META_SHEET]
    meta = workbook[META_SHEET]
    assert meta.sheet_state == "hidden"
    for name, value in (("tipcheck_questionnaire_id", questionnaire.id),
                        ("tipcheck_questionnaire_version", questionnaire.version)):
        ((sheet, ref),) = workbook.defined_names[name].destinations
        assert workbook[sheet][ref.replace("$", "")].value == value
    cover = cover_sheet(workbook, lang)
    assert cover["A4"].value == t("workbook.cover_state_code", lang)
    assert cover["B8"].value == lang and cover["B8"].protection.locked is False
    (language_list,) = cover.data_validations.dataValidation
    assert language_list.formula1 == '"en,fr"'

    sheet = workbook[section.title.get(lang)]
    assert sheet.freeze_panes == "A2"
    assert sheet["D1"].value == t("workbook.header_answer", lang)
    assert sheet.protection.sheet is True and not sheet.protection.password
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    for question in questionnaire.in_section(section.id):
        row = row_of(sheet, question.id)
        assert sheet[f"B{row}"].value == question.text.get(lang)
        assert sheet[f"C{row}"].value == question.guidance.get(lang)
        assert sheet[f"A{row}"].protection.locked is True
        assert all(sheet[f"{c}{row}"].protection.locked is False for c in "DEFG")
        assert sheet[f"D{row}"].alignment.wrap_text
        validation = validations[f"D{row}"]
        assert validation.type == "list"
        target, cells = validation.formula1.split("!")
        assert target.strip("'") == META_SHEET
        labels = [c.value for (c,) in meta[cells.replace("$", "")]]
        assert labels == [c.label.get(lang) for c in question.choices]
    rules = {str(r.sqref): r for r in sheet.conditional_formatting}
    np1 = row_of(sheet, "NP-1")
    (rule,) = rules[f"E{np1}"].rules
    formula = rule.formula[0]
    assert f'"{questionnaire.question("NP-1").choice("statutory").label.get(lang)}"' in formula
    assert f"$E{np1}" in formula and '"Non"' not in formula


def test_text_from_the_questionnaire_is_never_a_formula_and_titles_are_valid(tmp_path):
    questionnaire = custom_questionnaire()
    path = write(tmp_path, questionnaire)
    workbook = openpyxl.load_workbook(path)
    titles = workbook.sheetnames[2:-1]
    assert len(titles) == 2 and len(set(titles)) == 2
    for title in titles:
        assert len(title) <= 31 and not set(title) & set("[]:*?/\\")
    cell = workbook[titles[0]]["B2"]
    assert cell.value.startswith("=HYPERLINK") and cell.data_type == "s"
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in archive.read(n) for n in sheets)
    kinds = {str(v.sqref): v.type for v in workbook[titles[0]].data_validations.dataValidation}
    assert kinds == {"D2": "decimal", "D3": "whole"}


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, questionnaire,
                                                             monkeypatch):
    path = tmp_path / "q.xlsx"
    path.write_bytes(b"old")

    def broken_save(self, filename):
        Path(filename).write_bytes(b"half")
        raise RuntimeError("disk full")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(RuntimeError):
        write_workbook(questionnaire, "en", path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["q.xlsx"]


def test_workbook_strings_exist_in_both_languages():
    keys = {lang: {k for k in catalogue(lang) if k.startswith("workbook.")} for lang in LANGS}
    assert keys["en"] and keys["en"] == keys["fr"]


# --- round trip ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_round_trip(tmp_path, questionnaire, lang):
    filled_in: dict[str, tuple] = {}
    expected: dict[str, str] = {}
    for index, question in enumerate(questionnaire.questions):
        choice = question.choices[index % len(question.choices)]
        cited = index % 2 == 0
        filled_in[question.id] = (choice.label.get(lang), f"Act {index}, art. 2" if cited else None,
                                  f"explained {index}", f"https://law.example/{index}")
        expected[question.id] = choice.value
    path = fill(write(tmp_path, questionnaire, lang), lang, filled_in)
    loaded = read_workbook(path, questionnaire)
    answers = loaded.answer_set.answers
    assert {qid: a.value for qid, a in answers.items()} == expected
    assert len(set(expected.values())) > 1
    sheet = section_sheet(openpyxl.load_workbook(path), questionnaire, lang)
    for qid, (_, citation, explanation, source) in filled_in.items():
        answer = answers[qid]
        assert (answer.citation, answer.explanation, answer.source) == (citation, explanation,
                                                                         source)
        assert answer.origin.file == path.name and answer.origin.sheet == sheet.title
        assert answer.origin.cell == f"D{row_of(sheet, qid)}"
    answer_set = loaded.answer_set
    assert (answer_set.state.code, answer_set.state.name) == ("FRA", "France")
    assert answer_set.reporting_date == dt.date(2024, 6, 30) and answer_set.language == lang
    assert loaded.source == str(path)
    assert loaded.input_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    uncited = {qid for qid, a in answers.items() if not a.citation
               and questionnaire.question(qid).choice(a.value).needs_citation}
    assert {w.location.cell for w in loaded.warnings} == {answers[q].origin.cell for q in uncited}


def test_other_answer_types_round_trip(tmp_path):
    questionnaire = custom_questionnaire()
    path = fill(write(tmp_path, questionnaire), "en",
                {"DT-1": ("1 234,5",), "DT-2": (2019.0,), "DT-3": ("  free text ",),
                 "DT-4": ("unknown",)})
    answers = read_workbook(path, questionnaire).answer_set.answers
    assert {q: a.value for q, a in answers.items()} == {
        "DT-1": 1234.5, "DT-2": 2019, "DT-3": "free text", "DT-4": "unknown"}
    assert isinstance(answers["DT-2"].value, int)


def test_reordered_rows_blank_row_and_notes_still_import(tmp_path, questionnaire):
    def shuffle(workbook):
        sheet = section_sheet(workbook, questionnaire, "en")
        rows = [[c.value for c in sheet[r][:7]] for r in range(2, 6)]
        sheet.insert_rows(3)  # a blank row between the first and second question
        for offset, values in enumerate(reversed(rows)):
            row = 2 if offset == 0 else offset + 3
            for column, value in enumerate(values, start=1):
                sheet.cell(row, column, value)
        sheet["J4"] = "a note beside a question"
        sheet["H2"] = "another note"

    answers = {"NP-1": ("Only in guidance or policy", "Guideline 3"), "NP-2": ("Yes", "Act 1"),
               "NP-3": ("No",), "NP-4": ("Unknown",)}
    path = fill(write(tmp_path, questionnaire), "en", answers, edit=shuffle)
    sheet = section_sheet(openpyxl.load_workbook(path), questionnaire, "en")
    assert sheet["A3"].value is None and sheet["A2"].value == "NP-4"
    loaded = read_workbook(path, questionnaire).answer_set.answers
    assert {q: a.value for q, a in loaded.items()} == {
        "NP-1": "guidance", "NP-2": "yes", "NP-3": "no", "NP-4": "unknown"}
    assert {q: a.origin.cell for q, a in loaded.items()} == {
        q: f"D{row_of(sheet, q)}" for q in answers}
    assert loaded["NP-1"].citation == "Guideline 3"


def test_labels_in_the_other_language_any_case_and_canonical_values(tmp_path, questionnaire):
    answers = {"NP-1": ("OUI, DANS UNE LOI",), "NP-2": ("partiellement",), "NP-3": ("NON",),
               "NP-4": (" Yes ",)}
    path = fill(write(tmp_path, questionnaire, "en"), "en", answers)
    values = {q: a.value for q, a in read_workbook(path, questionnaire).answer_set.answers.items()}
    assert values == {"NP-1": "statutory", "NP-2": "partially", "NP-3": "no", "NP-4": "yes"}
    path = fill(write(tmp_path, questionnaire, "fr"), "fr",
                {"NP-1": ("None",), "NP-2": ("UNKNOWN",), "NP-3": ("Oui",)}, out="fr.xlsx")
    values = {q: a.value for q, a in read_workbook(path, questionnaire).answer_set.answers.items()}
    assert values == {"NP-1": "none", "NP-2": "unknown", "NP-3": "yes"}


def test_empty_answers_and_evidence_only(tmp_path, questionnaire):
    path = fill(write(tmp_path, questionnaire), "en",
                {"NP-1": (None, None, "being drafted"), "NP-2": (" ", None, None)},
                cover=("fra", " France ", "2024-06-30"))
    loaded = read_workbook(path, questionnaire)
    answers = loaded.answer_set.answers
    assert set(answers) == {"NP-1"} and answers["NP-1"].value is None
    assert answers["NP-1"].explanation == "being drafted"
    assert loaded.answer_set.state.code == "FRA" and loaded.answer_set.state.name == "France"
    assert loaded.answer_set.reporting_date == dt.date(2024, 6, 30)


def test_cover_found_by_its_labels_after_rows_move_and_a_rename(tmp_path, questionnaire):
    def move(workbook):
        cover = cover_sheet(workbook, "en")
        cover.insert_rows(2, amount=3)
        cover.title = "About us"

    path = fill(write(tmp_path, questionnaire), "en", {"NP-2": ("No",)}, edit=move)
    answer_set = read_workbook(path, questionnaire).answer_set
    assert answer_set.state.code == "FRA" and answer_set.answers["NP-2"].value == "no"


def test_a_deleted_question_row_is_a_warning(tmp_path, questionnaire):
    def delete(workbook):
        sheet = section_sheet(workbook, questionnaire, "en")
        sheet.delete_rows(row_of(sheet, "NP-3"))

    path = fill(write(tmp_path, questionnaire), "en", {}, edit=delete)
    warnings = [str(w) for w in read_workbook(path, questionnaire).warnings]
    assert warnings == [f"{path}: question NP-3 is not in the workbook: it counts as not answered"]


# --- refused workbooks ---------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "allowed"), [("en", "Yes, Partially, No, Unknown"),
                                               ("fr", "Oui, Partiellement, Non, Inconnu")])
def test_a_bad_value_names_file_sheet_cell_and_allowed_answers(tmp_path, questionnaire, lang,
                                                               allowed):
    path = fill(write(tmp_path, questionnaire, lang), lang, {"NP-2": ("Maybe",)})
    sheet = section_sheet(openpyxl.load_workbook(path), questionnaire, lang)
    assert error_of(path, questionnaire) == (
        f"{path}: {sheet.title}!D{row_of(sheet, 'NP-2')}: 'Maybe' is not one of the allowed "
        f"answers to NP-2 ({allowed})")


def test_a_formula_is_not_an_answer(tmp_path, questionnaire):
    path = fill(write(tmp_path, questionnaire), "en",
                {"NP-1": ('=IF(1,"Yes","No")',), "NP-2": ("Yes", "=A1")})
    message = error_of(path, questionnaire)
    sheet = section_sheet(openpyxl.load_workbook(path), questionnaire, "en")
    assert f"{path}: Protection of victims!D{row_of(sheet, 'NP-1')}: a formula is not an answer" \
        in message
    assert f"Protection of victims!E{row_of(sheet, 'NP-2')}: a formula" in message


def test_every_problem_is_reported_at_once(tmp_path, questionnaire):
    path = fill(write(tmp_path, questionnaire), "en", {"NP-2": ("Maybe",), "NP-3": ("Perhaps",)},
                cover=("France", "France", "30/06/2024"))
    lines = error_of(path, questionnaire).splitlines()
    assert len(lines) == 4
    assert f"{path}: Cover!B4: 'France' is not an ISO 3166-1 alpha-3 State code (e.g. FRA)" in lines
    assert f"{path}: Cover!B6: '30/06/2024' is not a date; write it YYYY-MM-DD" in lines


def test_missing_state_code_and_date_name_the_cover_cells(tmp_path, questionnaire):
    path = fill(write(tmp_path, questionnaire, "fr"), "fr", {}, cover=(None, "France", None))
    message = error_of(path, questionnaire)
    assert f"{path}: Page de garde!B4: the State code is missing" in message
    assert f"{path}: Page de garde!B6: the reporting date is missing" in message


def test_a_question_twice_names_both_cells(tmp_path, questionnaire):
    def duplicate(workbook):
        section_sheet(workbook, questionnaire, "en")["A9"] = "NP-2"

    path = fill(write(tmp_path, questionnaire), "en", {}, edit=duplicate)
    row = row_of(section_sheet(openpyxl.load_workbook(path), questionnaire, "en"), "NP-2")
    assert error_of(path, questionnaire) == (
        f"{path}: Protection of victims!A9: question NP-2 appears twice: at "
        f"Protection of victims!A{row} and Protection of victims!A9")


def test_an_unknown_question_with_an_answer_is_refused(tmp_path, questionnaire):
    def add(workbook):
        sheet = section_sheet(workbook, questionnaire, "en")
        sheet["A12"], sheet["D12"] = "ZZ-9", "Yes"
        sheet["A13"] = "ZZ-8"  # an unknown id with nothing in it is ignored

    path = fill(write(tmp_path, questionnaire), "en", {}, edit=add)
    assert error_of(path, questionnaire) == (
        f"{path}: Protection of victims!A12: ZZ-9 is not a question of questionnaire "
        f"{questionnaire.id} {questionnaire.version}")


def test_other_answer_types_refuse_bad_values(tmp_path):
    questionnaire = custom_questionnaire()
    path = fill(write(tmp_path, questionnaire), "en", {"DT-1": ("many",), "DT-2": (1800,)})
    message = error_of(path, questionnaire)
    assert "!D2: 'many' is not a number (the answer to DT-1)" in message
    assert "!D3: 1800 is not a year (the answer to DT-2)" in message


def test_another_questionnaire_version_is_refused(tmp_path, questionnaire):
    path = fill(write(tmp_path, questionnaire), "en", {"NP-2": ("Yes",)})
    newer = questionnaire.model_copy(update={"version": "2"})
    assert error_of(path, newer) == (
        f"{path}: is questionnaire {questionnaire.id} version {questionnaire.version}; "
        f"this tipcheck expects {questionnaire.id} version 2")
    other = custom_questionnaire()
    assert "this tipcheck expects custom version 7" in error_of(path, other)


def test_an_xlsx_that_is_not_a_tipcheck_workbook(tmp_path, questionnaire):
    path = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(path)
    assert error_of(path, questionnaire) == (
        f"{path}: is not a tipcheck questionnaire workbook (it has no {META_SHEET} sheet)")


@pytest.mark.parametrize(("content", "expected"), [
    (b"State,Answer\nFRA,Yes\n", "is not an Excel .xlsx workbook (BadZipFile"),
    (b"", "is empty"),
    ("zip", "is not an Excel .xlsx workbook ("),
])
def test_files_that_are_not_workbooks(tmp_path, questionnaire, content, expected):
    path = tmp_path / "answers.xlsx"
    if content == "zip":  # a zip, but not a workbook
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
    else:
        path.write_bytes(content)
    message = error_of(path, questionnaire)
    assert message.startswith(f"{path}: {expected}") and "\n" not in message


def test_a_truncated_workbook(tmp_path, questionnaire):
    whole = fill(write(tmp_path, questionnaire), "en", {"NP-2": ("Yes",)}).read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert error_of(path, questionnaire).startswith(
        f"{path}: is not an Excel .xlsx workbook (")


def test_a_missing_file(tmp_path, questionnaire):
    path = tmp_path / "nowhere.xlsx"
    assert error_of(path, questionnaire) == f"{path}: does not exist"


def test_size_limits(tmp_path, questionnaire, monkeypatch):
    path = fill(write(tmp_path, questionnaire), "en", {"NP-2": ("Yes",)})
    monkeypatch.setattr(workbook_read, "MAX_UNCOMPRESSED_BYTES", 1000)
    assert "a workbook may unpack to at most 1000 bytes" in error_of(path, questionnaire)
    monkeypatch.setattr(workbook_read, "MAX_WORKBOOK_BYTES", 1000)
    assert "a workbook may have at most 1000 bytes" in error_of(path, questionnaire)


def test_write_refuses_an_unknown_language(tmp_path, questionnaire):
    with pytest.raises(ValueError, match="language 'de'"):
        workbook_write.write_workbook(questionnaire, "de", tmp_path / "x.xlsx")  # type: ignore[arg-type]
    assert not list(tmp_path.iterdir())
