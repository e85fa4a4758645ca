"""Real clients: a workbook re-saved by LibreOffice Calc, and one written from scratch by
another writer (xlsxwriter), import exactly like the one tipcheck writes and openpyxl fills.

LibreOffice is found on PATH; if it is missing and this runs as root on Debian, it is installed
(`apt-get install libreoffice-calc-nogui`), else the LibreOffice tests are skipped, saying why.
xlsxwriter is a test dependency.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from openpyxl.comments import Comment

from tipcheck.answers import Answer, AnswerSet, LoadedAnswers, State
from tipcheck.errors import InputError
from tipcheck.i18n import t
from tipcheck.model import Lang
from tipcheck.questionnaire import Question, Questionnaire, load_questionnaire
from tipcheck.workbook_fill import fill_workbook
from tipcheck.workbook_read import read_workbook
from tipcheck.workbook_write import (
    COVER_FIELDS,
    HEADER_KEYS,
    META_KEYS,
    META_SHEET,
    WORKBOOK_FORMAT,
    instruction_lines,
    reserved_sheet_titles,
    sheet_title,
)

LANGS: tuple[Lang, ...] = ("en", "fr")
INSTALL_TIMEOUT = 1800
CONVERT_TIMEOUT = 300


def _text(en: str, fr: str) -> dict[str, str]:
    return {"en": en, "fr": fr}


def types_questionnaire() -> Questionnaire:
    """Every answer type, in two sections: numbers, years and free text besides choices."""
    base = {"kind": "law", "guidance": _text("Guidance", "Indications")}
    return Questionnaire.model_validate({
        "id": "types", "version": "3", "title": _text("Types", "Types"),
        "sections": [{"id": "a", "theme": "data", "title": _text("Figures", "Chiffres")},
                     {"id": "b", "theme": "data", "title": _text("Words", "Mots")}],
        "questions": [
            {**base, "id": "DT-1", "section": "a", "type": "number",
             "text": _text("How many?", "Combien ?")},
            {**base, "id": "DT-2", "section": "a", "type": "year",
             "text": _text("Since when?", "Depuis quand ?")},
            {**base, "id": "DT-3", "section": "b", "type": "text",
             "text": _text("Describe.", "Décrivez.")},
            {**base, "id": "DT-4", "section": "b", "type": "yes_no",
             "text": _text("Is it so?", "Est-ce ainsi ?")},
        ],
    })


QUESTIONNAIRES = {"real": load_questionnaire, "types": types_questionnaire}


@pytest.fixture(autouse=True)
def english_messages(monkeypatch):
    monkeypatch.setenv("TIPCHECK_LANG", "en")


def sample(question: Question, index: int) -> object:
    if question.choices:
        return question.choices[index % len(question.choices)].value
    if question.type == "year":
        return 1990 + index
    if question.type == "number":
        return index * 1000 + 0.25
    return f"Texte libre n° {index} : « réponse »\nsur deux lignes"


def filled_answers(questionnaire: Questionnaire, lang: Lang) -> AnswerSet:
    """Every question answered, with evidence on most: accents, quotes, new lines, links."""
    answers = {}
    for index, question in enumerate(questionnaire.questions):
        cited = index % 3 != 1  # some `yes` without a citation: a warning each
        answers[question.id] = Answer(
            value=sample(question, index),
            citation=f"Loi n° {2000 + index}-12, art. {index}" if cited else None,
            explanation=f'Explained "{index}" – ça marche' if index % 2 else None,
            source=f"https://law.example/{lang}/{index}?a=1&b=2" if index % 4 else None)
    return AnswerSet(state=State(code="XAA", name="Testland – Côte"),
                     reporting_date=dt.date(2025, 12, 31), language=lang, answers=answers)


def with_notes(path: Path, lang: Lang) -> None:
    """Notes a person may leave: beside a question, on the cover, in a comment (warnings)."""
    workbook = openpyxl.load_workbook(path)
    workbook.worksheets[2]["J2"] = "vu par le ministère"
    workbook.worksheets[2]["D2"].comment = Comment("asked the ministry", "Ana")
    workbook[t("workbook.sheet_cover", lang)]["E4"] = "to check"
    workbook.save(path)


def summary(loaded: LoadedAnswers) -> dict:
    """What an import gives, the file's name aside."""
    answer_set = loaded.answer_set
    return {
        "state": (answer_set.state.code, answer_set.state.name),
        "date": answer_set.reporting_date, "language": answer_set.language,
        "answers": {qid: (a.value, a.citation, a.explanation, a.source, a.origin.sheet,
                          a.origin.cell) for qid, a in answer_set.answers.items()},
        "warnings": [str(w).removeprefix(loaded.source) for w in loaded.warnings],
    }


def same_as_filled(loaded: LoadedAnswers, answer_set: AnswerSet) -> None:
    """The import equals what was filled, answer for answer."""
    got = {q: (a.value, a.citation, a.explanation, a.source)
           for q, a in loaded.answer_set.answers.items()}
    assert got == {q: (a.value, a.citation, a.explanation, a.source)
                   for q, a in answer_set.answers.items()}
    assert loaded.answer_set.state == answer_set.state
    assert loaded.answer_set.reporting_date == answer_set.reporting_date


CASES = [(name, lang) for name in QUESTIONNAIRES for lang in LANGS]


@pytest.fixture(scope="module")
def questionnaires() -> dict[str, Questionnaire]:
    return {name: make() for name, make in QUESTIONNAIRES.items()}


@pytest.fixture(scope="module")
def filled(tmp_path_factory, questionnaires) -> dict[tuple[str, Lang], tuple[Path, AnswerSet]]:
    """The workbook tipcheck writes, filled with openpyxl through its dropdown labels."""
    folder = tmp_path_factory.mktemp("filled")
    made = {}
    for name, lang in CASES:
        answer_set = filled_answers(questionnaires[name], lang)
        path = folder / f"filled-{name}-{lang}.xlsx"
        fill_workbook(questionnaires[name], answer_set, path)
        with_notes(path, lang)
        made[name, lang] = (path, answer_set)
    return made


# --- LibreOffice ---------------------------------------------------------------------------

def _find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice's command line; installed with apt-get when missing, as root on Debian."""
    found = _find_soffice()
    if found:
        return found
    if not (hasattr(os, "geteuid") and os.geteuid() == 0 and Path("/etc/debian_version").exists()
            and shutil.which("apt-get")):
        pytest.skip("LibreOffice (soffice) is not on PATH, and it is installed automatically "
                    "only as root on Debian: apt-get install libreoffice-calc-nogui")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"],
                    ["apt-get", "install", "-y", "-qq", "libreoffice-calc-nogui"]):
        run = subprocess.run(command, env=env, capture_output=True, text=True,
                             timeout=INSTALL_TIMEOUT, check=False, stdin=subprocess.DEVNULL)
        if run.returncode != 0:
            pytest.fail(f"{' '.join(command)} failed ({run.returncode}): "
                        f"{(run.stderr or run.stdout).strip()[-2000:]}")
    found = _find_soffice()
    if not found:
        pytest.fail("libreoffice-calc-nogui is installed but soffice is not on PATH")
    return found


@pytest.fixture(scope="module")
def hidden(filled, tmp_path_factory) -> Path:
    """A filled workbook with a hidden question row, a hidden column and merged answer cells."""
    workbook = openpyxl.load_workbook(filled["real", "en"][0])
    sheet = workbook.worksheets[2]
    sheet.row_dimensions[2].hidden = True
    sheet.column_dimensions["F"].hidden = True
    sheet.merge_cells("D3:E3")
    path = tmp_path_factory.mktemp("hidden") / "hidden.xlsx"
    workbook.save(path)
    return path


@pytest.fixture(scope="module")
def resaved(soffice, filled, hidden, tmp_path_factory) -> dict[object, Path]:
    """Each workbook opened and saved again as .xlsx by LibreOffice Calc, all in one run."""
    out = tmp_path_factory.mktemp("libreoffice")
    profile = Path("/tmp") / f"tipcheck-lo-profile-{uuid.uuid4().hex}"
    sources: dict[object, Path] = {case: path for case, (path, _) in filled.items()}
    sources["hidden"] = hidden
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--norestore", "--nolockcheck", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
               "--outdir", str(out), *(str(path) for path in sources.values())]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=CONVERT_TIMEOUT,
                             check=False, stdin=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    converted = {case: out / path.name for case, path in sources.items()}
    missing = [str(p) for p in converted.values() if not p.is_file()]
    assert run.returncode == 0 and not missing, (run.returncode, missing, run.stdout, run.stderr)
    return converted


def test_hidden_and_merged_cells_saved_by_libreoffice_are_refused_alike(hidden, resaved,
                                                                        questionnaires):
    """LibreOffice writes hidden="true" where openpyxl and Excel write hidden="1"."""
    with zipfile.ZipFile(resaved["hidden"]) as archive:
        assert b'hidden="true"' in archive.read("xl/worksheets/sheet3.xml")
    problems = []
    for path in (hidden, resaved["hidden"]):
        with pytest.raises(InputError) as caught:
            read_workbook(path, questionnaires["real"])
        problems.append([str(p).removeprefix(str(path)) for p in caught.value.problems])
    assert problems[0] == problems[1]
    assert [line.split(": ")[1] for line in problems[0]] == [
        f"{openpyxl.load_workbook(hidden).sheetnames[2]}!{cell}" for cell in ("F:F", "A2",
                                                                               "D3:E3")]


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_a_workbook_resaved_by_libreoffice_imports_identically(name, lang, filled, resaved,
                                                               questionnaires):
    questionnaire = questionnaires[name]
    original, answer_set = filled[name, lang]
    copy = resaved[name, lang]
    with zipfile.ZipFile(copy) as archive:  # really written by LibreOffice
        assert b"LibreOffice" in archive.read("docProps/app.xml")
    assert openpyxl.load_workbook(copy).sheetnames == openpyxl.load_workbook(
        original).sheetnames
    assert openpyxl.load_workbook(copy)[META_SHEET].sheet_state == "hidden"
    ours, theirs = read_workbook(original, questionnaire), read_workbook(copy, questionnaire)
    same_as_filled(ours, answer_set)
    assert summary(theirs) == summary(ours)
    assert len(summary(ours)["warnings"]) >= 3  # at least the notes, both times
    if name == "types":
        assert {type(a.value) for a in theirs.answer_set.answers.values()} == {int, float, str}


# --- xlsxwriter ----------------------------------------------------------------------------

def write_with_xlsxwriter(questionnaire: Questionnaire, answer_set: AnswerSet,
                          path: Path) -> None:
    """The filled workbook, written from scratch by another writer: same sheets, hidden
    `_tipcheck` sheet, cover labels and question rows; shared strings, not inline ones."""
    lang = answer_set.language
    book = xlsxwriter.Workbook(str(path))
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    unlocked = book.add_format({"locked": False, "text_wrap": True, "valign": "top"})
    date = book.add_format({"locked": False, "num_format": "yyyy-mm-dd"})
    instructions = book.add_worksheet(t("workbook.sheet_instructions", lang))
    cover_title = t("workbook.sheet_cover", lang)
    for row, line in enumerate(instruction_lines(questionnaire, lang, cover_title)):
        if line:
            instructions.write_string(row, 0, line, wrap)
    instructions.protect()
    cover = book.add_worksheet(cover_title)
    cover.write_string(0, 0, questionnaire.title.get(lang))
    cover.write_string(1, 0, t("workbook.cover_questionnaire", lang, id=questionnaire.id,
                               version=questionnaire.version))
    cover.write_string(2, 0, t("workbook.cover_heading", lang))
    values = {"state_code": answer_set.state.code, "state_name": answer_set.state.name,
              "language": lang}
    for row, (key, field) in enumerate(COVER_FIELDS, start=3):
        cover.write_string(row, 0, t(f"workbook.{key}", lang))
        if field == "reporting_date":
            cover.write_datetime(row, 1, dt.datetime.combine(answer_set.reporting_date,
                                                             dt.time()), date)
        elif field in values:
            cover.write_string(row, 1, values[field], unlocked)
    cover.write_string(3, 4, "to check")
    cover.protect()
    used = reserved_sheet_titles()
    sheets = []
    for section in questionnaire.sections:
        questions = questionnaire.in_section(section.id)
        if questions:
            title = sheet_title(section.title.get(lang), used)
            used.add(title.casefold())
            sheets.append((book.add_worksheet(title), questions))
    meta = book.add_worksheet(META_SHEET)
    for row, (key, value) in enumerate(zip(META_KEYS, (questionnaire.id, questionnaire.version,
                                                       lang, WORKBOOK_FORMAT), strict=True)):
        meta.write_string(row, 0, key)
        meta.write_string(row, 1, value)
    lists, column = {}, 3
    for question in questionnaire.questions:
        if question.choices:
            meta.write_string(0, column, question.id)
            for row, choice in enumerate(question.choices, start=1):
                meta.write_string(row, column, choice.label.get(lang))
            letter = xlsxwriter.utility.xl_col_to_name(column)
            lists[question.id] = f"='{META_SHEET}'!${letter}$2:${letter}${row + 1}"
            column += 1
    meta.hide()
    meta.protect()
    for number, (sheet, questions) in enumerate(sheets):
        for column, key in enumerate(HEADER_KEYS):
            sheet.write_string(0, column, t(f"workbook.{key}", lang))
        sheet.freeze_panes(1, 0)
        for row, question in enumerate(questions, start=1):
            sheet.write_string(row, 0, question.id)
            sheet.write_string(row, 1, question.text.get(lang), wrap)
            sheet.write_string(row, 2, question.guidance.get(lang), wrap)
            answer = answer_set.answers.get(question.id)
            if question.id in lists:
                sheet.data_validation(row, 3, row, 3, {"validate": "list",
                                                       "source": lists[question.id]})
            if answer is None:
                continue
            choice = question.choice(str(answer.value)) if question.choices else None
            if choice is not None:
                sheet.write_string(row, 3, choice.label.get(lang), unlocked)
            elif isinstance(answer.value, int | float):
                sheet.write_number(row, 3, answer.value, unlocked)
            elif answer.value is not None:
                sheet.write_string(row, 3, answer.value, unlocked)
            for column, text in enumerate((answer.citation, answer.explanation, answer.source),
                                          start=4):
                if text:
                    sheet.write_string(row, column, text, unlocked)
        if number == 0:
            sheet.write_string(1, 9, "vu par le ministère")
            sheet.write_comment(1, 3, "asked the ministry", {"author": "Ana"})
        sheet.protect()
    book.close()


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_a_workbook_written_by_xlsxwriter_imports_identically(name, lang, filled, tmp_path,
                                                              questionnaires):
    questionnaire = questionnaires[name]
    original, answer_set = filled[name, lang]
    other = tmp_path / f"xlsxwriter-{name}-{lang}.xlsx"
    write_with_xlsxwriter(questionnaire, answer_set, other)
    with zipfile.ZipFile(other) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()  # not how openpyxl writes
    assert openpyxl.load_workbook(other).sheetnames == openpyxl.load_workbook(
        original).sheetnames
    ours, theirs = read_workbook(original, questionnaire), read_workbook(other, questionnaire)
    same_as_filled(theirs, answer_set)
    assert summary(theirs) == summary(ours)
