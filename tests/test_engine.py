"""The durable-rules engine: findings, agreement with the reference, and the hardening that
DESIGN.md section 4 requires."""

from __future__ import annotations

import itertools
import threading

import pytest

from conftest import answer_set
from reference import reference_statuses
from tipcheck.engine import Engine, EngineError, compile_rulebook, evaluate, fact_value

NP = "res-11-5/pp-11/non-punishment"


def status(rulebook, values):
    (finding,) = [f for f in evaluate(rulebook, answer_set(values)) if f.obligation == NP]
    return finding


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"NP-1": "statutory", "NP-2": "yes", "NP-3": "yes", "NP-4": "yes"}, "met"),
        ({"NP-1": "none"}, "not_met"),
        ({"NP-1": "guidance", "NP-2": "yes", "NP-3": "yes", "NP-4": "yes"}, "partially_met"),
        ({"NP-1": "statutory", "NP-2": "no", "NP-3": "yes", "NP-4": "yes"}, "partially_met"),
        ({"NP-1": "statutory", "NP-2": "yes", "NP-3": "no"}, "partially_met"),
        ({"NP-1": "statutory", "NP-2": "yes", "NP-3": "yes"}, "insufficient_information"),
        ({"NP-1": "unknown", "NP-2": "yes", "NP-3": "yes", "NP-4": "yes"},
         "insufficient_information"),
        ({}, "insufficient_information"),
    ],
)
def test_non_punishment_statuses(rulebook, values, expected):
    assert status(rulebook, values).status == expected


def test_a_missing_answer_is_never_read_as_no(rulebook):
    # NP-4 unanswered must not be read as "no" (which would give partially_met).
    finding = status(rulebook, {"NP-1": "statutory", "NP-2": "yes", "NP-3": "yes"})
    assert finding.status == "insufficient_information"
    np4 = next(a for a in finding.rationale.answers if a.question == "NP-4")
    assert np4.value == "not_answered"


def test_engine_agrees_with_reference_on_every_combination(rulebook, questionnaire):
    questions = sorted({q for o in rulebook.obligations for q in o.questions})
    domains = [(*questionnaire.question(q).values, None) for q in questions]
    checked = 0
    for combo in itertools.product(*domains):
        values = {q: v for q, v in zip(questions, combo, strict=True) if v is not None}
        expected = reference_statuses(rulebook, values)
        for finding in evaluate(rulebook, answer_set(values)):
            assert (finding.status, finding.rationale.row) == expected[finding.obligation], values
        checked += 1
    expected_count = 1
    for q in questions:
        expected_count *= len(questionnaire.question(q).values) + 1
    assert checked == expected_count


def test_same_inputs_same_findings(rulebook):
    values = {"NP-1": "statutory", "NP-2": "partially", "NP-3": "yes", "NP-4": "yes"}
    assert evaluate(rulebook, answer_set(values)) == evaluate(rulebook, answer_set(values))


def test_rationale_names_row_and_answers(rulebook):
    finding = status(rulebook, {"NP-1": "none"})
    assert finding.rationale.row == 1
    assert [a.question for a in finding.rationale.answers] == ["NP-1", "NP-2", "NP-3", "NP-4"]
    assert finding.priority == "medium"  # encourages + not_met


def test_no_dispatcher_threads(rulebook):
    before = threading.active_count()
    engine = Engine(rulebook)
    engine.evaluate(answer_set({"NP-1": "none"}))
    assert threading.active_count() == before


def test_values_are_normalised_to_strings():
    assert fact_value(5) == "5"
    assert fact_value(5.0) == "5"
    assert fact_value("yes") == "yes"
    with pytest.raises(EngineError):
        fact_value(True)


def test_compiled_rules_test_only_constants(rulebook):
    definition = compile_rulebook(rulebook)
    assert "sink" in definition
    for name, rule in definition.items():
        for pattern in rule["all"]:
            text = repr(pattern)
            # no join between facts: no pattern refers to another pattern's fact
            assert "$m" not in text and "$s" not in text, name
            for op in ("$gt", "$lt", "$gte", "$lte", "$neq"):
                assert op not in text, name


def test_an_action_error_is_raised_not_swallowed(rulebook):
    class Broken(Engine):
        def _action(self, rule_name):
            def fire(c):
                raise ValueError("boom")

            return fire

    with pytest.raises(EngineError, match="boom"):
        Broken(rulebook).evaluate(answer_set({"NP-1": "none"}))


def test_sessions_are_deleted_beyond_the_1024_limit(rulebook):
    engine = Engine(rulebook)
    for i in range(1100):
        finding = engine.evaluate(answer_set({"NP-1": "none" if i % 2 else "guidance"}))[0]
        assert finding.status == ("not_met" if i % 2 else "partially_met")
