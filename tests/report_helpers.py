"""What the report tests share: answer sets built in code, the report of one, and ways to cut a
rendered report into the part about one finding.

The rulebook grows while these tests stand: every expectation is computed from the loaded
rulebook and the findings, never from a count of obligations.
"""

from __future__ import annotations

import atexit
import datetime as dt
import html as htmllib
import re
import shutil
import tempfile
from pathlib import Path

from tipcheck.answers import Answer, AnswerSet, LoadedAnswers, Origin, State
from tipcheck.demo import demo_inputs
from tipcheck.engine import evaluate
from tipcheck.errors import Problem
from tipcheck.model import Rulebook
from tipcheck.pipeline import REPORT_FORMATS, check_inputs
from tipcheck.questionnaire import Questionnaire
from tipcheck.report import build_report

NON_PUNISHMENT = "res-11-5/pp-11/non-punishment"
COMPOSITE = "res-11-5/op-05/victim-centred-approach"
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_BOLD = "**bold**"
HOSTILE_FORMULA = "=cmd|' /C calc'!A0"
#: Text a State might write that would be markup, a link, a heading or a formula somewhere.
HOSTILE = (f"{HOSTILE_FORMULA} {HOSTILE_SCRIPT} {HOSTILE_BOLD} [link](javascript:alert(1)) "
           '<img src="https://evil.example/x.png"> | # & "quote\'')


def cell(sheet: str, ref: str) -> Origin:
    return Origin(file="/home/someone/XAA answers.xlsx", sheet=sheet, cell=ref)


def loaded(answers: dict[str, Answer], lang: str = "en", name: str = "Ruritania",
           warnings: list[Problem] | None = None, code: str = "XAA",
           date: dt.date = dt.date(2024, 6, 30)) -> LoadedAnswers:
    answer_set = AnswerSet(state=State(code=code, name=name), reporting_date=date,
                           language=lang, answers=answers)
    return LoadedAnswers(answer_set, "0" * 64, "/home/someone/XAA answers.xlsx", warnings or [])


def report(rulebook: Rulebook, questionnaire: Questionnaire, answers: LoadedAnswers,
           lang: str = "en") -> dict:
    findings = evaluate(rulebook, answers.answer_set, questionnaire)
    return build_report(rulebook, questionnaire, answers, findings, lang)


def finding_of(doc: dict, obligation_id: str) -> dict:
    (finding,) = [f for f in doc["findings"] if f["obligation"] == obligation_id]
    return finding


def article(html: str, obligation_id: str) -> str:
    """The HTML of one finding, from its anchored <article> to its end."""
    start = html.index(f'<article class="finding" id="{obligation_id}"')
    return html[start:html.index("</article>", start)]


def md_section(markdown: str, obligation_id: str) -> str:
    """The Markdown of one finding, from its anchor to the next finding's anchor or heading."""
    start = markdown.index(f'<a id="{obligation_id}"></a>')
    ends = [i for i in (markdown.find("<a id=", start + 1), markdown.find("\n## ", start))
            if i >= 0]
    return markdown[start:min(ends, default=len(markdown))]


def plain(markup: str) -> str:
    """HTML as a reader sees it: no tags, entities decoded."""
    return htmllib.unescape(re.sub(r"<[^>]+>", "", markup))


def treaty_obligations(rulebook: Rulebook) -> list[str]:
    return [o.id for o in rulebook.obligations if rulebook.instruments_of(o)]


def resolution_only_obligations(rulebook: Rulebook) -> list[str]:
    return [o.id for o in rulebook.obligations if not rulebook.instruments_of(o)]


def party_source(rulebook: Rulebook) -> str:
    """The obligation whose finding says whether the State is party to the Protocol."""
    return rulebook.info.applicability["tip-protocol"].obligation


def every_answer(questionnaire: Questionnaire, evidence: str | None = None,
                 source: str | None = None) -> dict[str, Answer]:
    """An answer to every question, each with `evidence` as its citation and explanation and
    `source` as its link. A choice gets its second value (`partially` for a yes/no question),
    so that most obligations are partly met: gaps, listed in every format with their evidence."""
    answers = {}
    for row, question in enumerate(questionnaire.questions, start=2):
        if question.values:
            value: str | int = question.values[1]
        elif question.type in ("number", "year"):
            value = 2020
        else:
            value = evidence or "text"
        answers[question.id] = Answer(value=value, citation=evidence, explanation=evidence,
                                      source=source, origin=cell(question.section, f"D{row}"))
    return answers


NO_CLAUSE = {"NP-1": Answer(value="none", origin=cell("Protection", "D14"))}
NOT_PARTY = {"FW-1": Answer(value="not_party", origin=cell("Framework", "D5")), **NO_CLAUSE}
FULL = {
    "NP-1": Answer(value="statutory", citation="Act 12 of 2019, s. 4",
                   origin=cell("Protection", "D14")),
    "NP-2": Answer(value="yes", citation="Act 12 of 2019, s. 4(2)",
                   origin=cell("Protection", "D15")),
    "NP-3": Answer(value="yes", citation="Prosecution guidelines 2021",
                   explanation="No victim was prosecuted in 2021-2023.",
                   origin=cell("Protection", "D16")),
    "NP-4": Answer(value="yes", citation="Criminal Records Act, s. 9",
                   origin=cell("Protection", "D17")),
}


_DEMO: dict[str, Path] = {}


def demo_reports(rulebook: Rulebook, questionnaire: Questionnaire) -> Path:
    """Every report format of the demo States, in English (`<dir>/X??.*`) and in French
    (`<dir>/fr/X??.*`), checked from their bundled answer files once per test session."""
    if "dir" not in _DEMO:
        out = Path(tempfile.mkdtemp(prefix="tipcheck-demo-reports-"))
        atexit.register(shutil.rmtree, out, True)
        for lang, folder in (("en", out), ("fr", out / "fr")):
            result = check_inputs(demo_inputs(), folder, list(REPORT_FORMATS), lang, rulebook,
                                  questionnaire, jobs=1)
            assert not result.problems and not result.failures, result
        _DEMO["dir"] = out
    return _DEMO["dir"]
