"""The Excel questionnaire workbook: writing it, filling it as a person would, reading it back."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from tipcheck import workbook_limits, workbook_write
from tipcheck.errors import InputError
from tipcheck.i18n import catalogue, t
from tipcheck.model import Lang
from tipcheck.questionnaire import Choice, Question, Questionnaire
from tipcheck.workbook_read import read_workbook
from tipcheck.workbook_write import (
    COVER_FIELDS,
    COVER_FIRST_ROW,
    META_SHEET,
    choice_spellings,
    reserved_sheet_titles,
    sheet_title,
    write_workbook,
)

LANGS: tuple[Lang, ...] = ("en", "fr")


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


def section_titles(questionnaire: Questionnaire, lang: Lang) -> dict[str, str]:
    """Each section's sheet title, in sheet order: its title in `lang` made a valid, unused sheet
    title; a section without questions has no sheet."""
    used = reserved_sheet_titles()
    titles: dict[str, str] = {}
    for section in questionnaire.sections:
        if questionnaire.in_section(section.id):
            titles[section.id] = sheet_title(section.title.get(lang), used)
            used.add(titles[section.id].casefold())
    return titles


def section_sheet(workbook: Workbook, questionnaire: Questionnaire, lang: Lang,
                  question: Question):
    """The sheet of `question`'s section."""
    return workbook[section_titles(questionnaire, lang)[question.section]]


def row_of(sheet, question_id: str) -> int:
    (row,) = [c.row for c in sheet["A"] if c.value == question_id]
    return row


def questions(questionnaire: Questionnaire, count: int = 1,
              where: Callable[[Question], bool] = lambda q: True) -> list[Question]:
    """The first `count` questions that fit `where`; a test needs that many."""
    found = [q for q in questionnaire.questions if where(q)][:count]
    assert len(found) == count, f"the questionnaire has fewer than {count} such questions"
    return found


def yes_no(questionnaire: Questionnaire, count: int = 1) -> list[Question]:
    return questions(questionnaire, count, lambda q: q.type == "yes_no")


def sample(question: Question, index: int, lang: Lang) -> tuple[object, object]:
    """What a person might type as the answer to `question`, and the value it reads back as."""
    if question.choices:
        choice = question.choices[index % len(question.choices)]
        return choice.label.get(lang), choice.value
    if question.type == "year":
        return 2000 + index % 100, 2000 + index % 100
    if question.type == "number":
        return index + 0.5, index + 0.5
    return f"text {index}", f"text {index}"


def fill(path: Path, lang: Lang, answers: dict[str, tuple], out: str = "filled.xlsx",
         cover: tuple = ("FRA", "France", dt.date(2024, 6, 30)), edit=None) -> Path:
    """Fill the workbook as a person would: cover, then D:G of each question's row."""
    workbook = openpyxl.load_workbook(path)
    sheet = cover_sheet(workbook, lang)
    values = dict(zip(("state_code", "state_name", "reporting_date"), cover, strict=True))
    for row, (key, field) in enumerate(COVER_FIELDS, start=COVER_FIRST_ROW):
        if field in values:
            assert sheet[f"A{row}"].value == t(f"workbook.{key}", lang)  # the field we fill
            sheet[f"B{row}"] = values[field]
    for qid, cells in answers.items():
        (ws,) = [ws for ws in workbook.worksheets[2:-1] if any(c.value == qid for c in ws["A"])]
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
    titles = section_titles(questionnaire, lang)
    assert list(titles) == [s.id for s in questionnaire.sections
                            if questionnaire.in_section(s.id)]
    assert workbook.sheetnames == [t("workbook.sheet_instructions", lang),
                                   t("workbook.sheet_cover", lang), *titles.values(), META_SHEET]
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

    checked: set[str] = set()
    cited_rules = 0
    for section_id, title in titles.items():
        sheet = workbook[title]
        assert sheet.freeze_panes == "A2"
        assert sheet["D1"].value == t("workbook.header_answer", lang)
        assert sheet.protection.sheet is True and not sheet.protection.password
        ids = [c.value for c in sheet["A"][1:] if c.value is not None]
        assert ids == [q.id for q in questionnaire.in_section(section_id)]
        validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
        rules = {str(r.sqref): r for r in sheet.conditional_formatting}
        for question in questionnaire.in_section(section_id):
            row = row_of(sheet, question.id)
            assert sheet[f"B{row}"].value == question.text.get(lang)
            assert sheet[f"C{row}"].value == question.guidance.get(lang)
            assert sheet[f"A{row}"].protection.locked is True
            assert all(sheet[f"{c}{row}"].protection.locked is False for c in "DEFG")
            assert sheet[f"D{row}"].alignment.wrap_text
            check_validation(validations.pop(f"D{row}", None), question, meta, lang)
            cited_rules += check_citation_rule(rules.pop(f"E{row}", None), question, row)
            checked.add(question.id)
        assert not validations and not rules  # nothing beside the question rows
    assert checked == {q.id for q in questionnaire.questions}
    assert cited_rules  # the check above did look at a citation rule


def check_validation(validation, question: Question, meta, lang: Lang) -> None:
    """The answer cell's validation fits the question's type."""
    if question.choices:
        assert validation.type == "list"
        target, cells = validation.formula1.split("!")
        assert target.strip("'") == META_SHEET
        labels = [c.value for (c,) in meta[cells.replace("$", "")]]
        assert labels == [c.label.get(lang) for c in question.choices]
    elif question.type == "year":
        assert (validation.type, validation.formula1, validation.formula2) == (
            "whole", "1900", "2100")
    elif question.type == "number":
        assert validation.type == "decimal"
    else:
        assert validation is None


def check_citation_rule(rule_range, question: Question, row: int) -> int:
    """The citation cell turns red on exactly the answers that need a citation; 1 if it can."""
    cited = [c for c in question.choices if c.needs_citation]
    if not cited:
        assert rule_range is None
        return 0
    (rule,) = rule_range.rules
    formula = rule.formula[0]
    assert f"$E{row}" in formula and f"$D{row}" in formula
    spellings = {s for c in cited for s in choice_spellings(question, c.value)}
    for choice in question.choices:
        for spelling in choice_spellings(question, choice.value):
            quoted = '"' + spelling.replace('"', '""') + '"'
            assert (quoted in formula) == (spelling in spellings), (question.id, spelling)
    return 1


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


@pytest.mark.parametrize("lang", LANGS)
def test_a_section_titled_like_a_sheet_the_reader_skips_is_still_read(tmp_path, lang):
    """Section titles that are the instructions or cover title in either language."""
    question = {"kind": "law", "type": "yes_no", "guidance": _text("g"), "text": _text("Q?")}
    clashes = [t(f"workbook.{key}", other) for key in ("sheet_instructions", "sheet_cover")
               for other in LANGS]
    questionnaire = Questionnaire.model_validate({
        "id": "clash", "version": "1", "title": _text("Clash"),
        "sections": [{"id": f"s{n}", "theme": "data", "title": _text(title)}
                     for n, title in enumerate(clashes)],
        "questions": [{**question, "id": f"DT-{n}", "section": f"s{n}"}
                      for n in range(len(clashes))],
    })
    path = fill(write(tmp_path, questionnaire, lang), lang,
                {q.id: ("Yes", "Act 1") for q in questionnaire.questions})
    assert openpyxl.load_workbook(path).sheetnames[2:-1] == list(
        section_titles(questionnaire, lang).values())
    loaded = read_workbook(path, questionnaire)
    assert {q: a.value for q, a in loaded.answer_set.answers.items()} == {
        q.id: "yes" for q in questionnaire.questions}
    assert loaded.warnings == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, questionnaire,
                                                             monkeypatch):
    path = tmp_path / "q.xlsx"
    path.write_bytes(b"old")

    def broken_save(self, target):
        # Half the bytes reach wherever the workbook is being saved, then the save fails.
        if hasattr(target, "write"):
            target.write(b"half")
        else:
            Path(target).write_bytes(b"half")
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
    expected: dict[str, object] = {}
    for index, question in enumerate(questionnaire.questions):
        typed, expected[question.id] = sample(question, index, lang)
        cited = index % 2 == 0
        filled_in[question.id] = (typed, f"Act {index}, art. 2" if cited else None,
                                  f"explained {index}", f"https://law.example/{index}")
    path = fill(write(tmp_path, questionnaire, lang), lang, filled_in)
    loaded = read_workbook(path, questionnaire)
    answers = loaded.answer_set.answers
    assert {qid: a.value for qid, a in answers.items()} == expected
    assert len(set(expected.values())) > 1
    workbook = openpyxl.load_workbook(path)
    for qid, (_, citation, explanation, source) in filled_in.items():
        answer = answers[qid]
        sheet = section_sheet(workbook, questionnaire, lang, questionnaire.question(qid))
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
               and needs_citation(questionnaire.question(qid).choice(str(a.value)))}
    assert uncited  # the warning below is tested, not vacuously empty
    assert {(w.location.sheet, w.location.cell) for w in loaded.warnings} == {
        (answers[q].origin.sheet, answers[q].origin.cell) for q in uncited}


def needs_citation(choice: Choice | None) -> bool:
    return choice is not None and choice.needs_citation


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
    # the section with the most questions; its rows are reversed, a blank row after the first
    section = max(questionnaire.sections, key=lambda s: len(questionnaire.in_section(s.id)))
    ids = [q.id for q in questionnaire.in_section(section.id)]
    assert len(ids) > 1
    first = questionnaire.question(ids[0])

    def shuffle(workbook):
        sheet = section_sheet(workbook, questionnaire, "en", first)
        assert [sheet[f"A{r}"].value for r in range(2, len(ids) + 2)] == ids
        rows = [[c.value for c in sheet[r][:7]] for r in range(2, len(ids) + 2)]
        sheet.insert_rows(3)  # a blank row between the first and second question
        for offset, values in enumerate(reversed(rows)):
            row = 2 if offset == 0 else offset + 3
            for column, value in enumerate(values, start=1):
                sheet.cell(row, column).value = value  # None too: clear what was there
        sheet["J4"] = "a note beside a question"
        sheet["H2"] = "another note"

    answers: dict[str, tuple] = {}
    expected: dict[str, object] = {}
    for index, qid in enumerate(ids):
        typed, expected[qid] = sample(questionnaire.question(qid), index + 1, "en")
        answers[qid] = (typed, f"Act {index}") if index % 2 == 0 else (typed,)
    path = fill(write(tmp_path, questionnaire), "en", answers, edit=shuffle)
    sheet = section_sheet(openpyxl.load_workbook(path), questionnaire, "en", first)
    assert [sheet[f"A{r}"].value for r in range(2, len(ids) + 3)] == [ids[-1], None,
                                                                      *reversed(ids[:-1])]
    imported = read_workbook(path, questionnaire)
    loaded = imported.answer_set.answers
    assert {q: a.value for q, a in loaded.items()} == expected
    assert {q: a.origin.cell for q, a in loaded.items()} == {
        q: f"D{row_of(sheet, q)}" for q in answers}
    notes = [str(w) for w in imported.warnings if "not imported" in w.message]
    assert notes == [  # tolerated, but never dropped silently
        f"{path}: {sheet.title}!H2: a note beside question {ids[-1]}, not imported: "
        "'another note'",
        f"{path}: {sheet.title}!J4: a note beside question {ids[-2]}, not imported: "
        "'a note beside a question'"]
    assert {q: a.citation for q, a in loaded.items()} == {
        q: cells[1] if len(cells) > 1 else None for q, cells in answers.items()}


def test_labels_in_the_other_language_any_case_and_canonical_values(tmp_path, questionnaire):
    def others(question: Question, choice: Choice) -> set[str]:
        """Every spelling of the question's other choices, casefolded."""
        return {s.casefold() for c in question.choices if c is not choice
                for s in choice_spellings(question, c.value)}

    def french_only(question: Question) -> Choice | None:
        """A choice whose French label is neither its English label nor its value."""
        return next((c for c in question.choices
                     if c.label.fr.casefold() not in {c.label.en.casefold(), c.value.casefold()}
                     | others(question, c)), None)

    def value_only(question: Question) -> Choice | None:
        """A choice whose canonical value is none of its labels."""
        return next((c for c in question.choices
                     if c.value.casefold() not in {c.label.en.casefold(), c.label.fr.casefold()}
                     | others(question, c)), None)

    (choice_q,) = questions(questionnaire, 1, lambda q: q.type == "choice"
                            and french_only(q) is not None and value_only(q) is not None)
    french, value = french_only(choice_q), value_only(choice_q)
    assert french is not None and value is not None
    y1, y2, y3 = yes_no(questionnaire, 3)
    answers = {choice_q.id: (french.label.fr.upper(),), y1.id: ("partiellement",),
               y2.id: ("NON",), y3.id: (" Yes ",)}
    path = fill(write(tmp_path, questionnaire, "en"), "en", answers)
    values = {q: a.value for q, a in read_workbook(path, questionnaire).answer_set.answers.items()}
    assert values == {choice_q.id: french.value, y1.id: "partially", y2.id: "no", y3.id: "yes"}
    path = fill(write(tmp_path, questionnaire, "fr"), "fr",
                {choice_q.id: (value.value.title(),), y1.id: ("UNKNOWN",), y2.id: ("Oui",)},
                out="fr.xlsx")
    values = {q: a.value for q, a in read_workbook(path, questionnaire).answer_set.answers.items()}
    assert values == {choice_q.id: value.value, y1.id: "unknown", y2.id: "yes"}


def test_empty_answers_and_evidence_only(tmp_path, questionnaire):
    explained, blank = questions(questionnaire, 2)
    path = fill(write(tmp_path, questionnaire), "en",
                {explained.id: (None, None, "being drafted"), blank.id: (" ", None, None)},
                cover=("fra", " France ", "2024-06-30"))
    loaded = read_workbook(path, questionnaire)
    answers = loaded.answer_set.answers
    assert set(answers) == {explained.id} and answers[explained.id].value is None
    assert answers[explained.id].explanation == "being drafted"
    assert loaded.answer_set.state.code == "FRA" and loaded.answer_set.state.name == "France"
    assert loaded.answer_set.reporting_date == dt.date(2024, 6, 30)


def test_cover_found_by_its_labels_after_rows_move_and_a_rename(tmp_path, questionnaire):
    def move(workbook):
        cover = cover_sheet(workbook, "en")
        cover.insert_rows(2, amount=3)
        cover.title = "About us"

    (question,) = yes_no(questionnaire)
    path = fill(write(tmp_path, questionnaire), "en", {question.id: ("No",)}, edit=move)
    answer_set = read_workbook(path, questionnaire).answer_set
    assert answer_set.state.code == "FRA" and answer_set.answers[question.id].value == "no"


def test_a_deleted_question_row_is_a_warning(tmp_path, questionnaire):
    question = questionnaire.questions[len(questionnaire.questions) // 2]

    def delete(workbook):
        sheet = section_sheet(workbook, questionnaire, "en", question)
        sheet.delete_rows(row_of(sheet, question.id))

    path = fill(write(tmp_path, questionnaire), "en", {}, edit=delete)
    warnings = [str(w) for w in read_workbook(path, questionnaire).warnings]
    assert warnings == [f"{path}: question {question.id} is not in the workbook: it counts as "
                        "not answered"]


# --- refused workbooks ---------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "message"), [
    ("en", "'Maybe' is not one of the allowed answers to {id} (Yes, Partially, No, Unknown)"),
    ("fr", "'Maybe' n'est pas une des réponses admises à {id} (Oui, Partiellement, Non, "
           "Inconnu)")])
def test_a_bad_value_names_file_sheet_cell_and_allowed_answers(tmp_path, questionnaire, lang,
                                                               message, monkeypatch):
    """In the workbook's language, whatever the default language."""
    monkeypatch.setenv("TIPCHECK_LANG", "fr" if lang == "en" else "en")
    (question,) = yes_no(questionnaire)
    path = fill(write(tmp_path, questionnaire, lang), lang, {question.id: ("Maybe",)})
    sheet = section_sheet(openpyxl.load_workbook(path), questionnaire, lang, question)
    assert error_of(path, questionnaire) == (
        f"{path}: {sheet.title}!D{row_of(sheet, question.id)}: " + message.format(id=question.id))


def test_a_formula_is_not_an_answer(tmp_path, questionnaire):
    (answered,) = yes_no(questionnaire)
    (formula,) = questions(questionnaire, 1, lambda q: q is not answered)
    path = fill(write(tmp_path, questionnaire), "en",
                {formula.id: ('=IF(1,"Yes","No")',), answered.id: ("Yes", "=A1")})
    lines = error_of(path, questionnaire).splitlines()
    workbook = openpyxl.load_workbook(path)
    first = section_sheet(workbook, questionnaire, "en", formula)
    second = section_sheet(workbook, questionnaire, "en", answered)
    assert len(lines) == 2
    assert lines[0].startswith(f"{path}: {first.title}!D{row_of(first, formula.id)}: "
                               "a formula is not an answer")
    assert lines[1].startswith(f"{path}: {second.title}!E{row_of(second, answered.id)}: "
                               "a formula is not an answer")


def test_every_problem_is_reported_at_once(tmp_path, questionnaire):
    first, second = questions(questionnaire, 2, lambda q: bool(q.choices))
    path = fill(write(tmp_path, questionnaire), "en",
                {first.id: ("Maybe",), second.id: ("Perhaps",)},
                cover=("France", "France", "30/06/2024"))
    lines = error_of(path, questionnaire).splitlines()
    assert len(lines) == 4
    assert f"{path}: Cover!B4: 'France' is not an ISO 3166-1 alpha-3 State code (e.g. FRA)" in lines
    assert f"{path}: Cover!B6: '30/06/2024' is not a date; write it YYYY-MM-DD" in lines
    assert sum(f"'Maybe' is not one of the allowed answers to {first.id} " in line
               for line in lines) == 1
    assert sum(f"'Perhaps' is not one of the allowed answers to {second.id} " in line
               for line in lines) == 1


def test_missing_state_code_and_date_name_the_cover_cells(tmp_path, questionnaire):
    path = fill(write(tmp_path, questionnaire, "fr"), "fr", {}, cover=(None, "France", None))
    assert error_of(path, questionnaire).splitlines() == [
        f"{path}: Page de garde!B4: le code de l'État manque",
        f"{path}: Page de garde!B6: la date de référence manque"]


@pytest.mark.parametrize("elsewhere", [False, True], ids=["same sheet", "last sheet"])
def test_a_question_twice_names_both_cells(tmp_path, questionnaire, elsewhere):
    titles = section_titles(questionnaire, "en")
    question = questionnaire.in_section(next(iter(titles)))[0]  # on the first section sheet
    home = titles[question.section]
    other = list(titles.values())[-1] if elsewhere else home
    rows: dict[str, int] = {}

    def duplicate(workbook):
        rows["first"] = row_of(workbook[home], question.id)
        sheet = workbook[other]
        rows["again"] = sheet.max_row + 2  # below the last question, after a blank row
        sheet[f"A{rows['again']}"] = question.id

    path = fill(write(tmp_path, questionnaire), "en", {}, edit=duplicate)
    again = f"{other}!A{rows['again']}"
    assert error_of(path, questionnaire) == (
        f"{path}: {again}: question {question.id} appears twice: at {home}!A{rows['first']} "
        f"and {again}")


def test_an_unknown_question_with_an_answer_is_refused(tmp_path, questionnaire):
    assert not questionnaire.has("ZZ-9") and not questionnaire.has("ZZ-8")
    title = list(section_titles(questionnaire, "en").values())[-1]
    extra: dict[str, int] = {}

    def add(workbook):
        sheet = workbook[title]
        extra["row"] = row = sheet.max_row + 2
        sheet[f"A{row}"], sheet[f"D{row}"] = "ZZ-9", "Yes"
        sheet[f"A{row + 1}"] = "ZZ-8"  # an unknown id with nothing in it is ignored

    path = fill(write(tmp_path, questionnaire), "en", {}, edit=add)
    assert error_of(path, questionnaire) == (
        f"{path}: {title}!A{extra['row']}: ZZ-9 is not a question of questionnaire "
        f"{questionnaire.id} {questionnaire.version}")


def test_other_answer_types_refuse_bad_values(tmp_path):
    questionnaire = custom_questionnaire()
    path = fill(write(tmp_path, questionnaire), "en", {"DT-1": ("many",), "DT-2": (1800,)})
    message = error_of(path, questionnaire)
    assert "!D2: 'many' is not a number (the answer to DT-1)" in message
    assert "!D3: 1800 is not a year (the answer to DT-2)" in message


def test_another_questionnaire_version_is_refused(tmp_path, questionnaire):
    (question,) = yes_no(questionnaire)
    path = fill(write(tmp_path, questionnaire), "en", {question.id: ("Yes",)})
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
    (b"State,Answer\nFRA,Yes\n", "is not an Excel .xlsx workbook: it is a text file"),
    (b"\x00\x01\x02 binary", "is not an Excel .xlsx workbook (BadZipFile"),
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
    (question,) = yes_no(questionnaire)
    whole = fill(write(tmp_path, questionnaire), "en", {question.id: ("Yes",)}).read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert error_of(path, questionnaire).startswith(
        f"{path}: is not an Excel .xlsx workbook (")


def test_a_missing_file(tmp_path, questionnaire):
    path = tmp_path / "nowhere.xlsx"
    assert error_of(path, questionnaire) == f"{path}: does not exist"


def test_size_limits(tmp_path, questionnaire, monkeypatch):
    (question,) = yes_no(questionnaire)
    path = fill(write(tmp_path, questionnaire), "en", {question.id: ("Yes",)})
    monkeypatch.setattr(workbook_limits, "MAX_UNCOMPRESSED_BYTES", 1000)
    assert "a workbook may unpack to at most 1000 bytes" in error_of(path, questionnaire)
    monkeypatch.setattr(workbook_limits, "MAX_WORKBOOK_BYTES", 1000)
    assert "a workbook may have at most 1000 bytes" in error_of(path, questionnaire)


def test_write_refuses_an_unknown_language(tmp_path, questionnaire):
    with pytest.raises(ValueError, match="language 'de'"):
        workbook_write.write_workbook(questionnaire, "de", tmp_path / "x.xlsx")  # type: ignore[arg-type]
    assert not list(tmp_path.iterdir())


# --- notes: tolerated, never dropped -------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_every_cell_not_imported_is_a_warning_naming_it(tmp_path, questionnaire, lang):
    (question,) = yes_no(questionnaire)
    title = section_titles(questionnaire, lang)[question.section]
    rows: dict[str, int] = {}

    def annotate(workbook):
        sheet = workbook[title]
        rows["question"] = row = row_of(sheet, question.id)
        rows["last"] = last = sheet.max_row
        sheet[f"C{row}"] = "my own guidance"  # a changed question text
        sheet[f"H{row}"] = "=D2"  # a formula in a note is a note
        sheet[f"A{last + 2}"] = "ZZ-8"  # an unknown id in an empty row
        sheet[f"D{last + 3}"] = "Yes"  # an answer in a row without a question id
        cover_sheet(workbook, lang)["D5"] = "ask Ana"
        workbook.worksheets[0]["B3"] = 42  # a note on the instructions sheet

    path = fill(write(tmp_path, questionnaire, lang), lang, {question.id: ("Yes", "Act 1")},
                edit=annotate)
    loaded = read_workbook(path, questionnaire)
    assert loaded.answer_set.answers[question.id].value == "yes"
    row, last = rows["question"], rows["last"]
    cover, instructions = t("workbook.sheet_cover", lang), t("workbook.sheet_instructions", lang)
    expected = {
        "en": [f"{instructions}!B3: a note outside the question rows, not imported: '42'",
               f"{cover}!D5: a note outside the question rows, not imported: 'ask Ana'",
               f"{title}!H{row}: a note beside question {question.id}, not imported: '=D2'",
               f"{title}!C{row}: the text of question {question.id} was changed; the change is "
               "not imported: 'my own guidance'",
               f"{title}!A{last + 2}: ZZ-8 is not a question of questionnaire "
               f"{questionnaire.id} {questionnaire.version}; its row is empty and is not "
               "imported",
               f"{title}!D{last + 3}: a note outside the question rows, not imported: 'Yes'"],
        "fr": [f"{instructions}!B3: une note hors des lignes de questions, non importée : '42'",
               f"{cover}!D5: une note hors des lignes de questions, non importée : 'ask Ana'",
               f"{title}!H{row}: une note à côté de la question {question.id}, non importée : "
               "'=D2'",
               f"{title}!C{row}: le texte de la question {question.id} a été modifié ; la "
               "modification n'est pas importée : 'my own guidance'",
               f"{title}!A{last + 2}: ZZ-8 n'est pas une question du questionnaire "
               f"{questionnaire.id} {questionnaire.version} ; sa ligne est vide et n'est pas "
               "importée",
               f"{title}!D{last + 3}: une note hors des lignes de questions, non importée : "
               "'Yes'"],
    }[lang]
    notes = [str(w).removeprefix(f"{path}: ") for w in loaded.warnings
             if w.location.sheet and w.location.cell != f"D{row}"]
    assert notes == expected


def test_a_note_in_a_cover_row_and_a_cover_field_on_another_sheet(tmp_path, questionnaire):
    def move(workbook):
        cover = cover_sheet(workbook, "en")
        cover["D6"] = "approximately"
        cover["A3"] = None  # the heading may go
        cover["A7"] = None  # the respondent moves to a sheet of its own
        extra = workbook.create_sheet("Respondent")
        extra["A1"], extra["B1"] = t("workbook.cover_respondent", "fr"), "Ministry of Justice"
        extra["C1"] = "ask for Ana"

    path = fill(write(tmp_path, questionnaire), "en", {}, edit=move)
    loaded = read_workbook(path, questionnaire)
    assert [str(w).removeprefix(f"{path}: ") for w in loaded.warnings if w.location.sheet] == [
        "Cover!D6: a note outside the question rows, not imported: 'approximately'",
        "Respondent!C1: a note outside the question rows, not imported: 'ask for Ana'"]


def test_a_comment_on_a_cell_is_a_warning(tmp_path, questionnaire):
    from openpyxl.comments import Comment

    (question,) = yes_no(questionnaire)
    title = section_titles(questionnaire, "en")[question.section]
    cells: dict[str, str] = {}

    def comment(workbook):
        sheet = workbook[title]
        cells["answer"] = f"D{row_of(sheet, question.id)}"
        sheet[cells["answer"]].comment = Comment("asked the ministry", "Ana")
        cover_sheet(workbook, "en")["B5"].comment = Comment("official name?", "Ana")

    path = fill(write(tmp_path, questionnaire), "en", {question.id: ("No",)}, edit=comment)
    warnings = [str(w) for w in read_workbook(path, questionnaire).warnings if w.location.sheet]
    assert warnings == [f"{path}: Cover!B5: a comment on this cell, not imported",
                        f"{path}: {title}!{cells['answer']}: a comment on this cell, not imported"]
