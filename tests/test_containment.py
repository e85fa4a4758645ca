"""A crash or a hang inside the C engine must not take a batch down (DESIGN.md section 4)."""

from __future__ import annotations

import faulthandler
import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from tipcheck import cli
from tipcheck.engine import Engine
from tipcheck.pipeline import check_inputs
from tipcheck.workers import Failure, run_contained

DEMO = Path(__file__).resolve().parents[1] / "questionnaires" / "demo"


def segfault() -> None:
    """Die the way a crash in the C engine dies (without pytest's fault handler dump)."""
    faulthandler.disable()
    os.kill(os.getpid(), signal.SIGSEGV)


def flaky(task: int) -> int:
    if task == 2:
        segfault()
    if task == 3:
        time.sleep(60)
    if task == 4:
        raise ValueError("bad task")
    if task == 5:
        os._exit(7)
    return task * 10


def test_crashes_hangs_and_errors_fail_their_task_only():
    started = time.monotonic()
    results = run_contained(list(range(8)), flaky, jobs=2, timeout=2)
    assert time.monotonic() - started < 20
    assert [r for r in results if not isinstance(r, Failure)] == [0, 10, 60, 70]
    assert results[2] == Failure("the worker process was killed by SIGSEGV")
    assert results[3] == Failure("no result within 2 s; the worker was stopped")
    assert results[4] == Failure("ValueError: bad task")
    assert results[5] == Failure("the worker process exited with code 7")


@pytest.fixture
def engine_crashes_on_quorvath(monkeypatch):
    """Make the engine segfault for one State; workers are forked and inherit the patch."""
    original = Engine.evaluate

    def evaluate(self, answer_set):
        if answer_set.state.code == "XQV":
            segfault()
        return original(self, answer_set)

    monkeypatch.setattr(Engine, "evaluate", evaluate)


def test_a_state_that_crashes_the_engine_is_reported_and_the_others_written(
        tmp_path, rulebook, questionnaire, engine_crashes_on_quorvath):
    inputs = sorted(DEMO.glob("*.yaml"))
    result = check_inputs(inputs, tmp_path, ["json"], "en", rulebook, questionnaire, jobs=2)
    assert sorted(p.name for p in result.written) == ["XES.json", "XMR.json"]
    (failure,) = result.failures
    assert str(failure) == f"{DEMO / 'XQV.yaml'}: could not be checked: the worker process was " \
                           "killed by SIGSEGV"
    assert not list(tmp_path.glob(".tipcheck-staging-*"))


def test_the_command_exits_1_naming_the_failed_state(tmp_path, monkeypatch, capsys,
                                                     engine_crashes_on_quorvath):
    inputs = [str(p) for p in sorted(DEMO.glob("*.yaml"))]
    monkeypatch.setattr(sys, "argv", ["tipcheck", "check", *inputs, "--out", str(tmp_path)])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 1
    captured = capsys.readouterr()
    assert "XQV.yaml: could not be checked: the worker process was killed by SIGSEGV" in (
        captured.err)
    assert "Traceback" not in captured.err
    assert (tmp_path / "XES.html").exists() and (tmp_path / "XMR.html").exists()


def test_two_inputs_of_one_state_do_not_overwrite_each_other(tmp_path, rulebook, questionnaire):
    first = DEMO / "XES.yaml"
    second = tmp_path / "XES-copy.yaml"
    second.write_text(first.read_text(encoding="utf-8").replace("NP-1:\n    value: statutory",
                                                                "NP-1:\n    value: none"),
                      encoding="utf-8")
    result = check_inputs([first, second], tmp_path / "out", ["json"], "en", rulebook,
                          questionnaire, jobs=2)
    (problem,) = result.problems
    assert "State XES was already checked from" in str(problem)
    report = json.loads((tmp_path / "out" / "XES.json").read_text(encoding="utf-8"))
    statuses = {f["obligation"]: f["status"] for f in report["findings"]}
    assert statuses["res-11-5/pp-11/non-punishment"] == "met"  # the first input's, kept
