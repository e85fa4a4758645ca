"""Number and year answers: compared with constants in Python, asserted as intervals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import answer_set
from reference import reference_findings
from tipcheck.compiler import Intervals
from tipcheck.decision import table_problems
from tipcheck.engine import Engine, EngineError
from tipcheck.model import Range, Rulebook
from tipcheck.questionnaire import Questionnaire

TEXT = {"en": "t", "fr": "t"}


def question(qid: str, kind: str) -> dict:
    return {"id": qid, "section": "data", "kind": "practice", "type": kind,
            "text": TEXT, "guidance": TEXT}


QUESTIONNAIRE = Questionnaire.model_validate({
    "id": "test", "version": "1", "title": TEXT,
    "sections": [{"id": "data", "theme": "data", "title": TEXT}],
    "questions": [question("DT-1", "year"), question("DT-2", "number")],
})


def row(when: dict, status: str) -> dict:
    return {"when": when, "status": status, "reason": TEXT}


def rulebook(decision: list[dict]) -> Rulebook:
    return Rulebook.model_validate({
        "info": {"id": "t", "version": "1", "title": TEXT},
        "provisions": [{"id": "res-11-5/op-14", "instrument": "res-11-5", "citation": "OP 14",
                        "addressee": "states", "modality": "calls_upon", "theme": "data",
                        "text": TEXT, "authentic": ["fr"]}],
        "obligations": [{"id": "res-11-5/op-14/data", "title": TEXT, "theme": "data",
                         "provisions": ["res-11-5/op-14"], "modality": "calls_upon",
                         "questions": ["DT-1", "DT-2"], "decision": decision,
                         "recommendation": {"text": TEXT}}],
    })


SOUND = [
    row({"DT-1": "not_answered"}, "insufficient_information"),
    row({"DT-1": {"lt": 2015}}, "not_met"),
    row({"DT-1": {"gte": 2015}, "DT-2": [{"gte": 10}]}, "met"),
    row({"DT-1": {"gte": 2015}, "DT-2": {"lt": 10}}, "partially_met"),
    row({"DT-1": {"gte": 2015}, "DT-2": "not_answered"}, "insufficient_information"),
]


def test_a_sound_number_table_loads():
    book = rulebook(SOUND)
    assert table_problems(book.obligations[0], QUESTIONNAIRE) == []


def test_a_gap_between_comparisons_is_a_hole():
    broken = [*SOUND[:2], row({"DT-1": {"gt": 2015}, "DT-2": {"gte": 10}}, "met"), *SOUND[3:]]
    problems = [m for _, m in table_problems(rulebook(broken).obligations[0], QUESTIONNAIRE)]
    assert any("no row matches DT-1=2015" in m for m in problems), problems


def test_a_year_table_has_no_phantom_hole_between_whole_years():
    adjacent = [row({"DT-1": "not_answered"}, "insufficient_information"),
                row({"DT-1": {"lte": 2014}}, "not_met"),
                row({"DT-1": {"gte": 2015}}, "met")]
    book = rulebook(adjacent)
    book = book.model_copy(update={"obligations": (book.obligations[0].model_copy(
        update={"questions": ("DT-1",)}),)})
    assert table_problems(book.obligations[0], QUESTIONNAIRE) == []


def test_intervals_name_each_value():
    intervals = Intervals([10.0, 2015.0])
    assert [intervals.name(v) for v in (3, 10, 11.5, 2015, 3000)] == ["#0", "#1", "#2", "#3",
                                                                      "#4"]
    assert intervals.covered(Range(gte=10, lt=2015)) == ["#1", "#2"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.one_of(st.none(), st.integers(2005, 2025)),
       st.one_of(st.none(), st.integers(-5, 30), st.floats(-5, 30, allow_nan=False)))
def test_engine_agrees_with_reference_on_numbers(year, number):
    values = {k: v for k, v in (("DT-1", year), ("DT-2", number)) if v is not None}
    book = _BOOK
    got = _ENGINE.evaluate(answer_set(values))[0]
    want = reference_findings(book, values)["res-11-5/op-14/data"]
    assert (got.status, got.rationale.row) == (want["status"], want["row"]), values


_BOOK = rulebook(SOUND)
_ENGINE = Engine(_BOOK, QUESTIONNAIRE)


def test_a_number_is_never_compared_as_text():
    # As text, "9" > "10"; as a number it is not.
    assert _ENGINE.evaluate(answer_set({"DT-1": 2020, "DT-2": 9}))[0].status == "partially_met"
    assert _ENGINE.evaluate(answer_set({"DT-1": 2020, "DT-2": 10.0}))[0].status == "met"
    with pytest.raises(EngineError):
        _ENGINE.evaluate(answer_set({"DT-1": 2020, "DT-2": "ten"}))
