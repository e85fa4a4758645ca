"""The gap-analysis report: the `tipcheck-report/1` document, and writing it out.

The document is plain JSON data, in one language, and deterministic: the same rulebook,
questionnaire and answers give the same bytes (no clock, no absolute path, stable ordering).
Rendering it as HTML or Markdown is `tipcheck.render`'s job.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path, PurePath
from typing import Any

import tipcheck
from tipcheck.answers import AnswerSet, LoadedAnswers
from tipcheck.assistance import help_for
from tipcheck.errors import Problem
from tipcheck.files import write_atomically
from tipcheck.findings import AnswerRead, Finding
from tipcheck.i18n import check_lang, t
from tipcheck.model import MODALITY_ORDER, NOT_ANSWERED, STATUSES, THEMES, Lang, Rulebook
from tipcheck.priority import PRIORITIES
from tipcheck.questionnaire import Questionnaire
from tipcheck.render import FORMATS, render, render_bytes

__all__ = ["REPORT_FORMAT", "build_report", "render", "render_bytes", "write_reports"]

REPORT_FORMAT = "tipcheck-report/1"


def build_report(
    rulebook: Rulebook,
    questionnaire: Questionnaire,
    loaded: LoadedAnswers,
    findings: list[Finding],
    lang: Lang,
) -> dict[str, Any]:
    """The report document: findings by priority (most urgent first), then obligation id."""
    lang = check_lang(lang)
    answer_set = loaded.answer_set
    ordered = sorted(findings, key=lambda f: (PRIORITIES.index(f.priority), f.obligation))
    reported = [_finding(rulebook, questionnaire, answer_set, f, lang) for f in ordered]
    return {
        "format": REPORT_FORMAT,
        "state": {"code": answer_set.state.code, "name": answer_set.state.name},
        "reporting_date": answer_set.reporting_date.isoformat(),
        "tipcheck_version": tipcheck.__version__,
        "rulebook_version": rulebook.info.version,
        "input_sha256": loaded.input_sha256,
        "findings": reported,
        "summary": summarize(ordered),
        "language": lang,
        "rulebook_id": rulebook.info.id,
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "input_file": _file_name(loaded.source),
        "warnings": [_warning(p) for p in loaded.warnings],
        "catalogued": [
            {
                "id": p.id,
                "citation": p.citation,
                "instrument": p.instrument,
                "addressee": p.addressee,
                "modality": p.modality,
                "theme": p.theme,
            }
            for p in rulebook.provisions
            if not rulebook.is_checkable(p.id)
        ],
        # The provisions addressed (or also addressed) to UNODC or donors that answer the
        # State's gaps: see tipcheck.assistance for the matching rule.
        "help": help_for(rulebook, reported),
    }


def summarize(findings: list[Finding]) -> dict[str, Any]:
    """Counts by status and by priority (every one, zeros included), and by theme and by legal
    force (only the themes and modalities that have findings, each with every status)."""
    by_status = dict.fromkeys(STATUSES, 0)
    by_priority = dict.fromkeys(PRIORITIES, 0)
    by_theme: dict[str, dict[str, int]] = {}
    for finding in findings:
        by_status[finding.status] += 1
        by_priority[finding.priority] += 1
    for theme in THEMES:
        of_theme = [f for f in findings if f.theme == theme]
        if of_theme:
            by_theme[theme] = {s: sum(f.status == s for f in of_theme) for s in STATUSES}
    by_modality: dict[str, dict[str, int]] = {}
    for modality in MODALITY_ORDER:
        of_modality = [f for f in findings if f.modality == modality]
        if of_modality:
            by_modality[modality] = {s: sum(f.status == s for f in of_modality)
                                     for s in STATUSES}
    return {
        "total": len(findings),
        "by_status": by_status,
        "by_priority": by_priority,
        "by_theme": by_theme,
        "by_modality": by_modality,
    }


def _finding(
    rulebook: Rulebook, questionnaire: Questionnaire, answer_set: AnswerSet, finding: Finding,
    lang: Lang,
) -> dict[str, Any]:
    rationale = finding.rationale
    return {
        "obligation": finding.obligation,
        "title": _title(rulebook, finding.obligation, lang),
        "provisions": list(finding.provisions),
        "theme": finding.theme,
        "modality": finding.modality,
        "status": finding.status,
        "priority": finding.priority,
        # True: a treaty binds the State; False: not party, so a recommendation to it; None:
        # party status unknown (weighed as binding), or the obligation rests on no treaty.
        "binding": finding.binding,
        "rationale": {
            "row": rationale.row,
            "reason": rationale.reason.get(lang),
            "answers": [_answer(questionnaire, answer_set, a, lang) for a in rationale.answers],
            "depends_on": list(rationale.depends_on),
            "findings": [
                {"obligation": r.obligation, "status": r.status,
                 "title": _title(rulebook, r.obligation, lang)}
                for r in rationale.findings
            ],
        },
        "recommendation": {
            "text": finding.recommendation.text.get(lang),
            "references": [
                {"source": r.source, "locator": r.locator}
                for r in finding.recommendation.references
            ],
        },
    }


def _title(rulebook: Rulebook, obligation_id: str, lang: Lang) -> str:
    return rulebook.obligation(obligation_id).title.get(lang)


def _answer(questionnaire: Questionnaire, answer_set: AnswerSet, answer: AnswerRead,
            lang: Lang) -> dict[str, Any]:
    origin = answer.origin
    given = answer_set.answers.get(answer.question)
    return {
        "question": answer.question,
        "value": answer.value,
        "label": answer_label(questionnaire, answer.question, answer.value, lang),
        "file": _file_name(origin.file) if origin else None,
        "sheet": origin.sheet if origin else None,
        "cell": origin.cell if origin else None,
        "citation": answer.citation,
        "explanation": answer.explanation,
        # The State's link to its source (a statute online): shown, never loaded.
        "source": given.source if given else None,
    }


def answer_label(
    questionnaire: Questionnaire, question_id: str, value: str | int | float, lang: Lang
) -> str:
    """How an answer reads in `lang`: its choice's label, the number or text itself, or the
    not-answered text (a missing answer is shown as missing, never as `no`)."""
    if value == NOT_ANSWERED:
        return t("report.not_answered", lang)
    if questionnaire.has(question_id):
        choice = questionnaire.question(question_id).choice(str(value))
        if choice is not None:
            return choice.label.get(lang)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _file_name(path: str) -> str:
    # Only the name: an absolute path would make the report depend on where it was run.
    return PurePath(path.replace("\\", "/")).name or path


def _warning(problem: Problem) -> str:
    return str(replace(problem, location=replace(
        problem.location, file=_file_name(problem.location.file))))


def write_reports(
    document: dict[str, Any],
    formats: list[str],
    out_dir: Path,
    rulebook: Rulebook,
    questionnaire: Questionnaire,
) -> list[Path]:
    """Write `<STATE CODE>.<ext>` for each format into `out_dir`; return the paths in order.

    Every format is rendered before anything is written, and each file is written to a
    temporary file beside it and then renamed, so a failure never leaves a half-written report.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown report format {unknown[0]!r} (one of {', '.join(FORMATS)})")
    contents = [(f, render_bytes(document, f, rulebook, questionnaire)) for f in formats]
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt, content in contents:
        path = out_dir / f"{document['state']['code']}{FORMATS[fmt]}"
        write_atomically(path, content)
        paths.append(path)
    return paths
