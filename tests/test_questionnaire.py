"""The questionnaire: every question read by an obligation, and clear errors for bad files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tipcheck.errors import InputError
from tipcheck.questionnaire import load_questionnaire
from tipcheck.resources import questionnaires_dir


def test_every_question_is_read_and_every_read_question_exists(rulebook, questionnaire):
    read = {q for o in rulebook.obligations for q in o.questions}
    asked = {q.id for q in questionnaire.questions}
    assert read <= asked
    assert asked - read == set(), "questions no obligation reads add burden for nothing"


def test_law_and_practice_are_separate_questions(questionnaire):
    assert {q.kind for q in questionnaire.questions} == {"law", "practice"}


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "questionnaires"
    shutil.copytree(questionnaires_dir(), target)
    return target


def test_a_bad_question_is_named_with_its_file_and_line(copy: Path):
    section = copy / "sections" / "protection.yaml"
    text = section.read_text(encoding="utf-8")
    broken = text.replace("  - id: NP-2\n    kind: law\n    type: yes_no",
                          "  - id: NP-2\n    kind: law\n    type: maybe")
    section.write_text(broken, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_questionnaire(copy / "questionnaire.yaml")
    (problem,) = error.value.problems
    line = text.splitlines().index("  - id: NP-2") + 3
    assert str(problem).startswith(f"{section}:{line}: questions.")
    assert "type" in str(problem)


def test_a_question_in_the_wrong_section_file_is_refused(copy: Path):
    section = copy / "sections" / "framework.yaml"
    section.write_text(section.read_text(encoding="utf-8").replace(
        "  - id: FW-1\n", "  - id: FW-1\n    section: protection\n"), encoding="utf-8")
    with pytest.raises(InputError, match="belongs to section 'framework'"):
        load_questionnaire(copy / "questionnaire.yaml")
