"""Step definitions of the Gherkin specs in features/ (English and French).

The vocabulary is small on purpose, so that a legal expert can write a scenario without Python:
- Given a State that answers (table: question | answer) / Étant donné un État qui répond
- When it answers "VALUE" to Q-1 / Quand il répond « VALUE » à Q-1
- When it leaves Q-1 unanswered / Quand il laisse Q-1 sans réponse
- Then the obligation "ID" is "STATUS" / Alors l'obligation « ID » est « STATUT »
- And its legal force is "MODALITY" / Et sa force juridique est « MODALITY »
- And its priority is "PRIORITY"
An unknown obligation, question, value or status fails the scenario with a message naming it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from tipcheck.answers import Answer, AnswerSet, State
from tipcheck.engine import evaluate
from tipcheck.model import STATUSES
from tipcheck.priority import PRIORITIES

scenarios("res-11-5")

#: The status words a French scenario may use.
STATUS_FR = {
    "respectée": "met",
    "partiellement respectée": "partially_met",
    "non respectée": "not_met",
    "informations insuffisantes": "insufficient_information",
    "sans objet": "not_applicable",
    "examen manuel": "manual_review",
}


class SpecError(AssertionError):
    """A scenario names something the rulebook or the questionnaire does not have."""


@pytest.fixture
def state() -> dict:
    return {"answers": {}}


def _set(state: dict, questionnaire, question: str, value: str | None) -> None:
    if not questionnaire.has(question):
        raise SpecError(f"the scenario names question {question}, which the questionnaire "
                        "does not have")
    if value is not None:
        allowed = questionnaire.question(question).values
        if value not in allowed:
            raise SpecError(f"{value!r} is not an answer to {question} "
                            f"(allowed: {', '.join(allowed)})")
        state["answers"][question] = value
    else:
        state["answers"].pop(question, None)


@given("a State that answers")
@given("un État qui répond")
def baseline(state: dict, questionnaire, datatable) -> None:
    for question, value in datatable[1:]:
        _set(state, questionnaire, question.strip(), value.strip())


@when(parsers.re(r'it answers "(?P<value>[^"]+)" to (?P<question>\S+)'))
@when(parsers.re(r"il répond « (?P<value>[^»]+) » à (?P<question>\S+)"))
def answers_value(state: dict, questionnaire, value: str, question: str) -> None:
    _set(state, questionnaire, question, value.strip())


@when(parsers.re(r"it leaves (?P<question>\S+) unanswered"))
@when(parsers.re(r"il laisse (?P<question>\S+) sans réponse"))
def leaves_unanswered(state: dict, questionnaire, question: str) -> None:
    _set(state, questionnaire, question, None)


def _finding(state: dict, rulebook, obligation: str):
    ids = [o.id for o in rulebook.obligations]
    if obligation not in ids:
        raise SpecError(f"the scenario names obligation {obligation!r}, which the rulebook does "
                        "not have")
    answer_set = AnswerSet(
        state=State(code="XAA", name="Spec"),
        reporting_date=dt.date(2026, 1, 1),
        language="en",
        answers={q: Answer(value=v) for q, v in state["answers"].items()},
    )
    state["finding"] = next(f for f in evaluate(rulebook, answer_set) if f.obligation == obligation)
    return state["finding"]


@then(parsers.re(r'the obligation "(?P<obligation>[^"]+)" is "(?P<status>[^"]+)"'))
@then(parsers.re(r"l'obligation « (?P<obligation>[^»]+) » est « (?P<status>[^»]+) »"))
def obligation_status(state: dict, rulebook, obligation: str, status: str) -> None:
    status = STATUS_FR.get(status, status)
    if status not in STATUSES:
        raise SpecError(f"{status!r} is not a status ({', '.join(STATUSES)}; in French: "
                        f"{', '.join(STATUS_FR)})")
    finding = _finding(state, rulebook, obligation.strip())
    assert finding.status == status, (
        f"{obligation}: expected {status}, the rules give {finding.status} "
        f"(row {finding.rationale.row}: {finding.rationale.reason.en})"
    )


@then(parsers.re(r'its legal force is "(?P<modality>[^"]+)"'))
@then(parsers.re(r"sa force juridique est « (?P<modality>[^»]+) »"))
def legal_force(state: dict, modality: str) -> None:
    assert state["finding"].modality == modality


@then(parsers.re(r'its priority is "(?P<priority>[^"]+)"'))
def priority_is(state: dict, priority: str) -> None:
    if priority not in PRIORITIES:
        raise SpecError(f"{priority!r} is not a priority ({', '.join(PRIORITIES)})")
    assert state["finding"].priority == priority
