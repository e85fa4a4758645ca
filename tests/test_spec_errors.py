"""A scenario with a mistake in it fails, and its message says which word is wrong.

A legal expert writes scenarios without Python (features/README.md); a typo must not pass
silently or fail with a traceback only a programmer can read. These tests run a tiny feature
file in each language, with the real step definitions (a copy of tests/test_features.py and
tests/conftest.py), in a separate pytest, and read each scenario's failure from its JUnit
report. A control scenario must pass, so that a failure below is the one its title names.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

FEATURE_EN = """\
Feature: Mistakes a scenario can make (spec errors)

  Background:
    Given a State that answers
      | question | answer |
      | FW-1     | party  |
      | CR-3     | yes    |

  Scenario: Control passes
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "met"
    And its legal force is "shall"
    And its priority is "none"

  Scenario: Unknown obligation
    Then the obligation "tip-protocol/art-03-b/consent-irrelevent" is "met"

  Scenario: Unknown question
    When it answers "yes" to CR-33
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "met"

  Scenario: Unknown question left unanswered
    When it leaves XX-1 unanswered
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "met"

  Scenario: Unknown answer value
    When it answers "maybe" to CR-3
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "met"

  Scenario: Unknown status
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "fulfilled"

  Scenario: Unknown priority
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "met"
    And its priority is "critical"

  Scenario: Unknown legal force
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "met"
    And its legal force is "must"

  Scenario: Priority before any obligation
    Then its priority is "none"

  Scenario: Wrong status expected
    When it answers "no" to CR-3
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "met"

  Scenario: Wrong priority expected
    When it answers "not_party" to FW-1
    And it answers "no" to CR-3
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "not_met"
    And its priority is "urgent"

  Scenario: Wrong legal force expected
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "met"
    And its legal force is "shall_consider"

  Scenario: Sentence outside the vocabulary
    When it says "maybe" to CR-3
    Then the obligation "tip-protocol/art-03-b/consent-irrelevant" is "met"
"""

FEATURE_BAD_BASELINE = """\
Feature: A baseline that names an unknown question (spec errors)

  Background:
    Given a State that answers
      | question | answer |
      | FW-1     | party  |
      | ZZ-7     | yes    |

  Scenario: Unknown question in the baseline
    Then the obligation "res-11-5/op-01/accede" is "not_applicable"
"""

FEATURE_FR = """\
# language: fr
Fonctionnalité: Erreurs qu'un scénario peut contenir (erreurs de spécification)

  Contexte:
    Étant donné un État qui répond
      | question | réponse |
      | FW-1     | party   |
      | CR-3     | yes     |

  Scénario: Controle en francais
    Alors l'obligation « tip-protocol/art-03-b/consent-irrelevant » est « respectée »
    Et sa force juridique est « shall »
    Et sa priorité est « aucune »

  Scénario: Statut inconnu
    Alors l'obligation « tip-protocol/art-03-b/consent-irrelevant » est « accomplie »

  Scénario: Priorite inconnue
    Alors l'obligation « tip-protocol/art-03-b/consent-irrelevant » est « respectée »
    Et sa priorité est « critique »

  Scénario: Valeur inconnue
    Quand il répond « peut-être » à CR-3
    Alors l'obligation « tip-protocol/art-03-b/consent-irrelevant » est « respectée »

  Scénario: Mauvaise priorite attendue
    Quand il répond « no » à CR-3
    Alors l'obligation « tip-protocol/art-03-b/consent-irrelevant » est « non respectée »
    Et sa priorité est « faible »
"""

#: Scenario test name -> words its failure message must contain (None: it must pass).
EXPECTED: dict[str, list[str] | None] = {
    "test_control_passes": None,
    "test_controle_en_francais": None,
    "test_unknown_obligation": [
        "SpecError", "obligation 'tip-protocol/art-03-b/consent-irrelevent'",
        "which the rulebook does not have",
        "did you mean 'tip-protocol/art-03-b/consent-irrelevant'",
    ],
    "test_unknown_question": ["SpecError", "question 'CR-33'", "questionnaire does not have",
                              "did you mean 'CR-3'"],
    "test_unknown_question_left_unanswered": ["SpecError", "question 'XX-1'"],
    "test_unknown_question_in_the_baseline": ["SpecError", "question 'ZZ-7'"],
    "test_unknown_answer_value": [
        "SpecError", "'maybe' is not an answer to CR-3", "allowed: yes, partially, no, unknown",
    ],
    "test_unknown_status": ["SpecError", "'fulfilled' is not a status", "insufficient_information",
                            "non respectée"],
    "test_unknown_priority": ["SpecError", "'critical' is not a priority", "urgent", "élevée"],
    "test_unknown_legal_force": ["SpecError", "'must' is not the legal force", "shall_consider"],
    "test_priority_before_any_obligation": ["SpecError", "before naming an obligation"],
    "test_wrong_status_expected": [
        "tip-protocol/art-03-b/consent-irrelevant: expected met, the rules give not_met",
        "row 3", "consent be raised as a defence",
    ],
    "test_wrong_priority_expected": [
        "expected the priority urgent, the rules give high", "binding on this State: False",
    ],
    "test_wrong_legal_force_expected": [
        "expected the legal force shall_consider, the rules give shall",
    ],
    "test_sentence_outside_the_vocabulary": ['it says "maybe" to CR-3'],
    "test_statut_inconnu": ["SpecError", "'accomplie' is not a status"],
    "test_priorite_inconnue": ["SpecError", "'critique' is not a priority"],
    "test_valeur_inconnue": ["SpecError", "'peut-être' is not an answer to CR-3"],
    "test_mauvaise_priorite_attendue": ["expected the priority low, the rules give urgent"],
}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, str | None]:
    """Run the tiny features with the real steps: {test name: failure text, None if passed}."""
    project = tmp_path_factory.mktemp("spec-errors")
    (project / "pytest.ini").write_text(
        "[pytest]\nbdd_features_base_dir = features/\naddopts = -p no:cacheprovider\n",
        encoding="utf-8",
    )
    shutil.copy(TESTS / "conftest.py", project / "conftest.py")
    shutil.copy(TESTS / "test_features.py", project / "test_features.py")
    features = project / "features" / "spec"
    features.mkdir(parents=True)
    (features / "errors.feature").write_text(FEATURE_EN, encoding="utf-8")
    (features / "baseline.feature").write_text(FEATURE_BAD_BASELINE, encoding="utf-8")
    (features / "errors.fr.feature").write_text(FEATURE_FR, encoding="utf-8")
    report = project / "report.xml"
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", f"--junitxml={report}", "test_features.py"],
        cwd=project, capture_output=True, text=True, env=env, timeout=600,
    )
    assert report.exists(), run.stdout + run.stderr
    found: dict[str, str | None] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        found[case.get("name")] = (
            None if problem is None else f"{problem.get('message', '')}\n{problem.text or ''}"
        )
    return found


def test_every_spec_error_scenario_ran(outcomes):
    assert sorted(outcomes) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_mistake_fails_with_a_message_naming_it(outcomes, name):
    words = EXPECTED[name]
    text = outcomes[name]
    if words is None:
        assert text is None, f"{name} should pass:\n{text}"
        return
    assert text is not None, f"{name} passed, but its scenario has a mistake in it"
    missing = [w for w in words if w not in text]
    assert not missing, f"{name}: the failure does not say {missing}:\n{text}"
