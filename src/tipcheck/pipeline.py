"""One check, start to end: read an input, evaluate it, write its reports.

Inputs are read and evaluated one by one; a bad input is reported and skipped, so every other
State's reports are still written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tipcheck.answers import LoadedAnswers, read_answers_file
from tipcheck.errors import InputError, Location, Problem
from tipcheck.model import Lang, Rulebook
from tipcheck.questionnaire import Questionnaire

REPORT_FORMATS: tuple[str, ...] = ("html", "md", "json")
_REFUSED = {
    ".xls": "is an old Excel .xls file; save it as an .xlsx workbook",
    ".ods": "is an OpenDocument spreadsheet; save it as an .xlsx workbook",
    ".csv": "is a CSV file; fill in the .xlsx workbook from `tipcheck questionnaire`",
}


def load_input(path: Path, questionnaire: Questionnaire) -> LoadedAnswers:
    """Read a filled workbook (.xlsx) or an answers file (.json, .yaml, .yml)."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputError.at(Location(str(path)), "no such file")
    if suffix in _REFUSED:
        raise InputError.at(Location(str(path)), _REFUSED[suffix])
    if suffix == ".xlsx":
        from tipcheck.workbook_read import read_workbook

        return read_workbook(path, questionnaire)
    if suffix in (".json", ".yaml", ".yml"):
        return read_answers_file(path, questionnaire)
    raise InputError.at(Location(str(path)), "is neither a workbook (.xlsx) nor an answers file "
                                             "(.json, .yaml)")


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    states: list[str] = field(default_factory=list)


def check_inputs(
    paths: list[Path],
    out_dir: Path,
    formats: list[str],
    lang: Lang | None,
    rulebook: Rulebook,
    questionnaire: Questionnaire,
) -> BatchResult:
    """Check every input; write `<STATE>.<format>` reports into `out_dir`.

    The report language is `lang`, or else the language the State answered in.
    """
    from tipcheck.engine import evaluate
    from tipcheck.report import build_report, write_reports

    result = BatchResult()
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            loaded = load_input(path, questionnaire)
        except InputError as error:
            result.problems += error.problems
            continue
        code = loaded.answer_set.state.code
        if code in seen:
            result.problems.append(Problem(Location(str(path)), f"State {code} was already "
                                           f"checked from {seen[code]}; its reports would be "
                                           "overwritten"))
            continue
        seen[code] = path
        findings = evaluate(rulebook, loaded.answer_set, questionnaire)
        document = build_report(rulebook, questionnaire, loaded, findings,
                                lang or loaded.answer_set.language)
        result.written += write_reports(document, formats, out_dir, rulebook, questionnaire)
        result.states.append(code)
    return result
