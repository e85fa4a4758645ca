"""One check, start to end, for a batch of inputs: read each input, evaluate it, write its
reports.

Each input is read, evaluated and rendered in a worker process (see `workers`), under a time
limit: a bad input is reported and skipped, an input that crashes or hangs the engine is
reported as failed, and every other State's reports are still written. Workers write into a
staging folder; the reports are moved into place in input order, so that two inputs of the same
State never overwrite each other.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tipcheck.answers import LoadedAnswers, read_answers_file
from tipcheck.errors import InputError, Location, Problem
from tipcheck.i18n import default_lang, t
from tipcheck.model import Lang, Rulebook
from tipcheck.questionnaire import Questionnaire

REPORT_FORMATS: tuple[str, ...] = ("html", "md", "json", "xlsx")
#: Seconds one input may take (reading, evaluating, rendering) before its worker is stopped.
DEFAULT_TIMEOUT = 120.0
_REFUSED = {".xls": "cli.refused_xls", ".ods": "cli.refused_ods", ".csv": "cli.refused_csv"}


def load_input(path: Path, questionnaire: Questionnaire) -> LoadedAnswers:
    """Read a filled workbook (.xlsx) or an answers file (.json, .yaml, .yml)."""
    suffix = path.suffix.lower()
    lang = default_lang()
    if not path.is_file():
        raise InputError.at(Location(str(path)), t("cli.no_such_file", lang))
    if suffix in _REFUSED:
        raise InputError.at(Location(str(path)), t(_REFUSED[suffix], lang))
    if suffix == ".xlsx":
        from tipcheck.workbook_read import read_workbook

        return read_workbook(path, questionnaire)
    if suffix in (".json", ".yaml", ".yml"):
        return read_answers_file(path, questionnaire)
    raise InputError.at(Location(str(path)), t("cli.refused_other", lang))


def ensure_folder(folder: Path) -> None:
    """Create the output folder; one that cannot be made is bad input (exit 2), not a crash."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError.at(Location(str(folder)), t("cli.cannot_write", default_lang(),
                                                     error=error.strerror)) from None


@dataclass
class Outcome:
    """What one worker did with one input."""

    state: str | None = None
    staged: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    #: Bad input: exit code 2.
    problems: list[Problem] = field(default_factory=list)
    #: Inputs that crashed, hung or failed inside tipcheck: exit code 1.
    failures: list[Problem] = field(default_factory=list)
    states: list[str] = field(default_factory=list)


@dataclass
class _Job:
    staging: Path
    formats: list[str]
    lang: Lang | None
    rulebook: Rulebook
    questionnaire: Questionnaire

    def __call__(self, task: tuple[int, Path]) -> Outcome:
        from tipcheck.engine import evaluate
        from tipcheck.report import build_report, write_reports

        index, path = task
        try:
            loaded = load_input(path, self.questionnaire)
        except InputError as error:
            return Outcome(problems=error.problems)
        answers = loaded.answer_set
        findings = evaluate(self.rulebook, answers, self.questionnaire)
        document = build_report(self.rulebook, self.questionnaire, loaded, findings,
                                self.lang or answers.language)
        staged = write_reports(document, self.formats, self.staging / str(index), self.rulebook,
                               self.questionnaire)
        return Outcome(state=answers.state.code, staged=staged)


def check_inputs(
    paths: list[Path],
    out_dir: Path,
    formats: list[str],
    lang: Lang | None,
    rulebook: Rulebook,
    questionnaire: Questionnaire,
    jobs: int = 1,
    timeout: float = DEFAULT_TIMEOUT,
    on_done: Callable[[], None] | None = None,
) -> BatchResult:
    """Check every input in worker processes; write `<STATE>.<format>` reports into `out_dir`.

    The report language is `lang`, or else the language the State answered in.
    """
    from tipcheck.workers import Failure, run_contained

    ensure_folder(out_dir)
    staging = out_dir / f".tipcheck-staging-{os.getpid()}"
    job = _Job(staging, formats, lang, rulebook, questionnaire)
    result = BatchResult()
    try:
        outcomes = run_contained(list(enumerate(paths)), job, jobs, timeout,
                                 on_done=(lambda *_: on_done()) if on_done else None)
        seen: dict[str, Path] = {}
        for path, outcome in zip(paths, outcomes, strict=True):
            if isinstance(outcome, Failure):
                result.failures.append(Problem(Location(str(path)), t(
                    "cli.failed", default_lang(), reason=outcome.message)))
            elif outcome.problems:
                result.problems += outcome.problems
            elif outcome.state in seen:
                result.problems.append(Problem(Location(str(path)), t(
                    "cli.duplicate_state", default_lang(), state=outcome.state,
                    first=seen[outcome.state])))
            else:
                assert outcome.state is not None
                seen[outcome.state] = path
                for staged in outcome.staged:
                    target = out_dir / staged.name
                    os.replace(staged, target)
                    result.written.append(target)
                result.states.append(outcome.state)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result
