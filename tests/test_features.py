"""Step definitions of the Gherkin specs in features/ (English and French).

Every `*.feature` file under features/, in every subfolder, is collected here. The vocabulary
is small on purpose, so that a legal expert can write a scenario without Python
(features/README.md shows how):

- Given a State that answers (table: question | answer)
  Étant donné un État qui répond (tableau : question | réponse)
- When it answers "VALUE" to Q-1           / Quand il répond « VALUE » à Q-1
- When it leaves Q-1 unanswered            / Quand il laisse Q-1 sans réponse
- Then the obligation "ID" is "STATUS"     / Alors l'obligation « ID » est « STATUT »
- And its legal force is "MODALITY"        / Et sa force juridique est « MODALITY »
- And its priority is "PRIORITY"           / Et sa priorité est « PRIORITÉ »

Answer values and legal forces are the rulebook's own words in both languages (`party`, `yes`,
`shall`, `urges`); statuses and priorities may be written in French (STATUS_FR, PRIORITY_FR).
"Its legal force" and "its priority" speak of the obligation named in the step before.
Whether a State is party to the Protocol is question FW-1, answered like any other.
An unknown obligation, question, answer value, status, legal force or priority fails the
scenario with a SpecError naming it (tests/test_spec_errors.py proves it).
"""

from __future__ import annotations

import datetime as dt
import difflib

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from tipcheck.answers import Answer, AnswerSet, State
from tipcheck.engine import evaluate
from tipcheck.model import OPERATIVE_FOR_STATES, STATUSES
from tipcheck.priority import PRIORITIES

# Relative to `bdd_features_base_dir` (pyproject.toml): the whole features/ tree.
scenarios(".")

#: The status words a French scenario may use.
STATUS_FR = {
    "respectée": "met",
    "partiellement respectée": "partially_met",
    "non respectée": "not_met",
    "informations insuffisantes": "insufficient_information",
    "sans objet": "not_applicable",
    "examen manuel": "manual_review",
}

#: The priority words a French scenario may use (the report's own, in lower case).
PRIORITY_FR = {
    "urgente": "urgent",
    "élevée": "high",
    "moyenne": "medium",
    "faible": "low",
    "aucune": "none",
}


class SpecError(AssertionError):
    """A scenario names something the rulebook or the questionnaire does not have."""


def _did_you_mean(word: str, known: list[str]) -> str:
    # A question id's section prefix (CR-, PV-) is rarely the typo: look within it first.
    same_prefix = [k for k in known if k.split("-", 1)[0] == word.split("-", 1)[0]]
    close = difflib.get_close_matches(word, same_prefix or known, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


@pytest.fixture
def state() -> dict:
    return {"answers": {}}


def _set(state: dict, questionnaire, question: str, value: str | None) -> None:
    if not questionnaire.has(question):
        known = [q.id for q in questionnaire.questions]
        raise SpecError(f"the scenario names question {question!r}, which the questionnaire "
                        f"does not have{_did_you_mean(question, known)}")
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
                        f"not have{_did_you_mean(obligation, ids)}")
    answer_set = AnswerSet(
        state=State(code="XAA", name="Spec"),
        reporting_date=dt.date(2026, 1, 1),
        language="en",
        answers={q: Answer(value=v) for q, v in state["answers"].items()},
    )
    state["finding"] = next(f for f in evaluate(rulebook, answer_set) if f.obligation == obligation)
    return state["finding"]


def _last_finding(state: dict, what: str):
    if "finding" not in state:
        raise SpecError(f"the scenario asks for {what} before naming an obligation "
                        "(write the step 'the obligation \"ID\" is \"STATUS\"' first)")
    return state["finding"]


@then(parsers.re(r'the obligation "(?P<obligation>[^"]+)" is "(?P<status>[^"]+)"'))
@then(parsers.re(r"l'obligation « (?P<obligation>[^»]+) » est « (?P<status>[^»]+) »"))
def obligation_status(state: dict, rulebook, obligation: str, status: str) -> None:
    status = STATUS_FR.get(status.strip(), status.strip())
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
    modality = modality.strip()
    if modality not in OPERATIVE_FOR_STATES:
        raise SpecError(f"{modality!r} is not the legal force of an obligation of States "
                        f"({', '.join(sorted(OPERATIVE_FOR_STATES))})")
    finding = _last_finding(state, "a legal force")
    assert finding.modality == modality, (
        f"{finding.obligation}: expected the legal force {modality}, the rules give "
        f"{finding.modality}"
    )


@then(parsers.re(r'its priority is "(?P<priority>[^"]+)"'))
@then(parsers.re(r"sa priorité est « (?P<priority>[^»]+) »"))
def priority_is(state: dict, priority: str) -> None:
    priority = PRIORITY_FR.get(priority.strip(), priority.strip())
    if priority not in PRIORITIES:
        raise SpecError(f"{priority!r} is not a priority ({', '.join(PRIORITIES)}; in French: "
                        f"{', '.join(PRIORITY_FR)})")
    finding = _last_finding(state, "a priority")
    assert finding.priority == priority, (
        f"{finding.obligation}: expected the priority {priority}, the rules give "
        f"{finding.priority} ({finding.status}, legal force {finding.modality}, "
        f"binding on this State: {finding.binding})"
    )
