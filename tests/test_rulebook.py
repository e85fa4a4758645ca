"""The rulebook loads only when every table is sound; every problem is reported as FILE:LINE."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tipcheck.resources import rules_dir
from tipcheck.rulebook import validate_rulebook

RULE = Path("res-11-5") / "pp-11.yaml"


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(rules_dir(), target)
    return target


def edit(folder: Path, old: str, new: str) -> None:
    path = folder / RULE
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(folder: Path, needle: str) -> int:
    lines = (folder / RULE).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def messages(folder: Path) -> list[str]:
    return [str(p) for p in validate_rulebook(folder)]


def test_bundled_rulebook_is_valid():
    assert validate_rulebook() == []


def test_overlap_is_refused_with_file_line_and_example(rules_copy):
    edit(rules_copy, "- when: {NP-1: guidance}", "- when: {NP-1: [guidance, none]}")
    (message,) = messages(rules_copy)
    line = line_of(rules_copy, "- when: {NP-1: [guidance, none]}")
    assert message.startswith(f"{rules_copy / RULE}:{line}: ")
    assert "rows 1 and 3 both match NP-1=none" in message
    assert "res-11-5/pp-11/non-punishment" in message


def test_hole_is_refused_with_an_example(rules_copy):
    edit(rules_copy, "- when: {NP-1: none}", "- when: {NP-1: none, NP-3: [yes, no]}")
    found = messages(rules_copy)
    assert any("no row matches NP-1=none" in m for m in found), found
    assert all(re.match(rf"{re.escape(str(rules_copy / RULE))}:\d+: ", m) for m in found)


def test_unknown_question_and_value_are_named(rules_copy):
    edit(rules_copy, "questions: [NP-1, NP-2, NP-3, NP-4]", "questions: [NP-1, NP-2, NP-3, NP-9]")
    found = messages(rules_copy)
    assert any("NP-9, which the questionnaire does not have" in m for m in found), found


def test_bad_modality_and_missing_answer_dependence(rules_copy):
    edit(rules_copy, "  modality: recognizes", "  modality: demands")
    edit(rules_copy, "status: insufficient_information\n        reason:\n          en: \"it is "
                     "not known whether penalties", "status: met\n        reason:\n          en: "
                     "\"it is not known whether penalties")
    found = messages(rules_copy)
    modality_line = line_of(rules_copy, "modality: demands")
    assert any(m.startswith(f"{rules_copy / RULE}:{modality_line}: provision.modality")
               for m in found), found
    # Several problems are reported at once, never only the first.
    assert len(found) >= 2


def test_undecided_answer_must_give_insufficient_information(rules_copy):
    edit(rules_copy, "status: insufficient_information\n        reason:\n          en: \"it is "
                     "not known whether penalties", "status: met\n        reason:\n          en: "
                     "\"it is not known whether penalties")
    (message,) = messages(rules_copy)
    assert "NP-4=unknown gives 'met', but the outcome depends on that input" in message


def test_malformed_file_and_misnamed_file(rules_copy):
    (rules_copy / "res-11-5" / "op-09.yaml").write_text("provision: [unclosed\n", encoding="utf-8")
    shutil.copy(rules_copy / "res-11-5" / "op-02.yaml", rules_copy / "res-11-5" / "op-03.yaml")
    found = messages(rules_copy)
    assert any(m.startswith(f"{rules_copy / 'res-11-5' / 'op-09.yaml'}:") and "not valid YAML"
               in m for m in found), found
    assert any("must be in res-11-5/op-02.yaml, not res-11-5/op-03.yaml" in m for m in found)
    assert any("also defined in" in m for m in found)


def test_yes_and_no_stay_strings(rules_copy):
    # YAML 1.1 would read `yes` as a boolean; tipcheck reads it as the answer "yes".
    edit(rules_copy, "NP-2: yes, NP-3: yes, NP-4: yes}", "NP-2: yes, NP-3: yes, NP-4: [yes]}")
    assert messages(rules_copy) == []


def test_validate_command_exits_2_with_every_problem(rules_copy):
    edit(rules_copy, "- when: {NP-1: guidance}", "- when: {NP-1: [guidance, none]}")
    edit(rules_copy, "  modality: recognizes", "  modality: demands")
    run = subprocess.run([sys.executable, "-m", "tipcheck", "rules", "validate", str(rules_copy)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert all(line.startswith(str(rules_copy / RULE) + ":") for line in lines)
