"""`tipcheck demo`: three fictional States checked end to end, with the blank questionnaires."""

from __future__ import annotations

from pathlib import Path

from tipcheck.answers import read_answers_file
from tipcheck.model import Lang
from tipcheck.pipeline import REPORT_FORMATS, check_inputs, ensure_folder
from tipcheck.questionnaire import load_questionnaire
from tipcheck.resources import questionnaires_dir
from tipcheck.rulebook import load_rulebook
from tipcheck.workers import default_jobs

OTHER: dict[str, Lang] = {"en": "fr", "fr": "en"}


def demo_inputs() -> list[Path]:
    """The bundled answer sets of the fictional States (codes XAA-XZZ, never a real country)."""
    return sorted((questionnaires_dir() / "demo").glob("*.yaml"))


def run_demo(out_dir: Path, lang: Lang) -> list[Path]:
    """Write into `out_dir` the blank workbooks, a filled workbook per demo State (its answers
    entered as a person would), and every report checked from those filled workbooks: in `lang`
    in `out_dir`, and in the other language in `out_dir/<other language>/`."""
    from tipcheck.workbook_fill import fill_workbook
    from tipcheck.workbook_write import write_workbook

    questionnaire = load_questionnaire()
    rulebook = load_rulebook(questionnaire=questionnaire)
    ensure_folder(out_dir)
    written = []
    for workbook_lang in ("en", "fr"):
        path = out_dir / f"questionnaire.{workbook_lang}.xlsx"
        write_workbook(questionnaire, workbook_lang, path)
        written.append(path)
    filled = []
    for source in demo_inputs():
        answer_set = read_answers_file(source, questionnaire).answer_set
        path = out_dir / f"{answer_set.state.code}.answers.xlsx"
        fill_workbook(questionnaire, answer_set, path)
        filled.append(path)
    written += filled
    for report_lang, folder in ((lang, out_dir), (OTHER[lang], out_dir / OTHER[lang])):
        result = check_inputs(filled, folder, list(REPORT_FORMATS), report_lang, rulebook,
                              questionnaire, jobs=default_jobs())
        if result.problems or result.failures:  # the bundled data is broken: an internal error
            raise RuntimeError("; ".join(str(p) for p in result.problems + result.failures))
        written += result.written
    return written
