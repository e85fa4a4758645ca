"""The Excel action plan: one row per gap, most urgent first, with empty unlocked columns for the
ministry to fill in; the State's text never a formula; the same cells (and bytes) on every run."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl
import pytest

from report_helpers import (
    HOSTILE,
    NO_CLAUSE,
    cell,
    every_answer,
    loaded,
    report,
)
from tipcheck.action_plan import COLUMNS, FILL_IN, PROGRESS, action_plan
from tipcheck.answers import Answer
from tipcheck.assistance import GAP_STATUSES
from tipcheck.i18n import t
from tipcheck.model import Rulebook
from tipcheck.questionnaire import Questionnaire
from tipcheck.report_text import reason_sentence, status_word


def workbook(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


def xml_parts(content: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if name.endswith(".xml") or name.endswith(".rels")}


def formulas(content: bytes) -> list[str]:
    """Every formula element of the workbook (none is allowed)."""
    return [f"{name}: {m.group(0)}" for name, xml in xml_parts(content).items()
            for m in re.finditer(r"<(?:\w+:)?f[\s>/][^<]*", xml)]


def rows(content: bytes) -> list[dict[str, object]]:
    sheet = workbook(content).worksheets[0]
    return [dict(zip(COLUMNS, r, strict=True))
            for r in sheet.iter_rows(min_row=2, values_only=True)]


def gaps_of(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["status"] in GAP_STATUSES]


@pytest.fixture(scope="module")
def gappy(rulebook: Rulebook, questionnaire: Questionnaire) -> dict:
    """A report with gaps (most answers `partially`), each answer with its evidence."""
    return report(rulebook, questionnaire, loaded(every_answer(questionnaire, "Act 5, s. 2")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_plan_has_one_row_per_gap_most_urgent_first(
    rulebook: Rulebook, questionnaire: Questionnaire, lang: str
) -> None:
    doc = report(rulebook, questionnaire,
                 loaded(every_answer(questionnaire, "Act 5, s. 2"), lang=lang), lang)
    content = action_plan(doc, rulebook)
    sheet = workbook(content).worksheets[0]
    gaps = gaps_of(doc)

    assert gaps
    assert sheet.title == t("report.plan_sheet", lang)
    assert [c.value for c in sheet[1]] == [t(f"report.plan_col_{k}", lang) for k in COLUMNS]
    found = rows(content)
    assert [r["obligation"] for r in found] == [f["obligation"] for f in gaps]
    assert [r["rank"] for r in found] == list(range(1, len(gaps) + 1))
    for row, finding in zip(found, gaps, strict=True):
        assert row["priority"] == t(f"report.priority_{finding['priority']}", lang)
        assert row["status"] == status_word(finding["status"], lang)  # symbol and word
        assert row["title"] == finding["title"]
        assert row["legal_force"] == t(f"report.modality_{finding['modality']}", lang)
        assert row["reason"] == reason_sentence(finding, rulebook, lang)
        assert row["recommendation"] == finding["recommendation"]["text"]
        for provision in finding["provisions"]:
            assert rulebook.provision(provision).citation in str(row["provisions"])
        for reference in finding["recommendation"]["references"]:
            assert reference["locator"] in str(row["references"])
        for answer in finding["rationale"]["answers"]:
            assert f"{answer['question']} = {answer['label']}" in str(row["evidence"])
        assert all(row[key] is None for key in FILL_IN)
    # Most urgent first, as in the report.
    order = [f["priority"] for f in gaps]
    assert order == sorted(order, key=["urgent", "high", "medium", "low"].index)


def test_the_ministry_fills_in_unlocked_columns_with_a_progress_list_and_a_date(
    gappy: dict, rulebook: Rulebook
) -> None:
    sheet = workbook(action_plan(gappy, rulebook)).worksheets[0]
    last = len(gaps_of(gappy)) + 1
    letters = {key: openpyxl.utils.get_column_letter(i) for i, key in enumerate(COLUMNS, 1)}

    assert sheet.protection.sheet is True and not sheet.protection.password
    assert sheet.freeze_panes == "A2"  # the header stays in view
    for key, width in COLUMNS.items():
        assert sheet.column_dimensions[letters[key]].width == width
    for row in range(2, last + 1):
        for key in COLUMNS:
            target = sheet[f"{letters[key]}{row}"]
            assert target.protection.locked is (key not in FILL_IN), (key, row)
            assert target.alignment.wrap_text
    validations = {v.type: v for v in sheet.data_validations.dataValidation}
    words = [t(f"report.plan_progress_{p}", "en") for p in PROGRESS]
    assert validations["list"].formula1 == '"' + ",".join(words) + '"'
    assert str(validations["list"].sqref) == f"{letters['progress']}2:{letters['progress']}{last}"
    assert str(validations["date"].sqref) == f"{letters['deadline']}2:{letters['deadline']}{last}"
    assert sheet[f"{letters['deadline']}2"].number_format == "yyyy-mm-dd"


def test_the_french_plan_offers_french_progress_words(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE, lang="fr"), "fr")
    book = workbook(action_plan(doc, rulebook))

    assert book.sheetnames == ["Plan d'action", "À propos"]
    (listing,) = [v for v in book.worksheets[0].data_validations.dataValidation
                  if v.type == "list"]
    assert listing.formula1 == '"Non commencé,En cours,Terminé"'


def test_a_state_with_no_gap_gets_a_plan_that_says_so(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE))
    met = {**doc, "findings": [{**f, "status": "met", "priority": "none"}
                               for f in doc["findings"]]}
    sheet = workbook(action_plan(met, rulebook)).worksheets[0]

    assert sheet.max_row == 2
    assert sheet["A2"].value == t("report.no_gaps", "en")


def test_the_about_sheet_names_the_state_the_versions_and_the_input(
    gappy: dict, rulebook: Rulebook
) -> None:
    about = workbook(action_plan(gappy, rulebook)).worksheets[1]
    values = [c for row in about.iter_rows(values_only=True) for c in row if c]

    assert "Ruritania (XAA)" in values
    assert gappy["input_sha256"] in values and gappy["reporting_date"] in values
    assert gappy["tipcheck_version"] in values
    for status in ("met", "not_met", "manual_review"):
        assert status_word(status, "en") in values


FIELDS = ["state", "citation", "explanation", "source"]
STARTS = [HOSTILE, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0",
          "\t=1+1", '=HYPERLINK("https://evil.example","click")']


@pytest.mark.parametrize("text", STARTS, ids=["equals", "plus", "minus", "at", "tab", "link"])
@pytest.mark.parametrize("field", FIELDS)
def test_the_states_text_is_never_written_as_a_formula(
    rulebook: Rulebook, questionnaire: Questionnaire, field: str, text: str
) -> None:
    evidence = {"citation": "Act 5", "explanation": None, "source": None}
    name = "Ruritania"
    if field == "state":
        name = text
    else:
        evidence[field] = text
    answers = every_answer(questionnaire)
    answers["NP-1"] = Answer(value="guidance", origin=cell("Protection", "D14"), **evidence)
    content = action_plan(report(rulebook, questionnaire, loaded(answers, name=name)), rulebook)

    assert formulas(content) == []
    book = workbook(content)
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str) and text.strip() in c.value]
    assert cells, "the State's text is in the plan"
    for target in cells:
        assert target.data_type == "s"
    # A cell that starts like a formula stays text when someone edits it.
    starting = [c for c in cells if c.value.startswith(("=", "+", "-", "@", "\t"))]
    assert all(c.quotePrefix for c in starting)
    assert starting or field != "state"


def test_a_rerun_gives_the_same_cells_and_the_same_bytes(
    gappy: dict, rulebook: Rulebook
) -> None:
    first, second = action_plan(gappy, rulebook), action_plan(gappy, rulebook)

    assert first == second
    book = workbook(first)
    assert [[c.value for c in row] for s in book.worksheets for row in s.iter_rows()] == [
        [c.value for c in row] for s in workbook(second).worksheets for row in s.iter_rows()]
    core = xml_parts(first)["docProps/core.xml"]
    stamp = f"{gappy['reporting_date']}T00:00:00Z"
    assert f">{stamp}</dcterms:created>" in core and f">{stamp}</dcterms:modified>" in core


def test_the_formula_check_finds_a_formula_when_there_is_one() -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "=1+1"
    content = io.BytesIO()
    book.save(content)

    assert formulas(content.getvalue()) == ["xl/worksheets/sheet1.xml: <f>1+1"]
