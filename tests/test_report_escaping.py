"""The State's text is data: shown as written in HTML and Markdown, never markup, a link that
runs, or a formula."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from markupsafe import escape

from report_helpers import (
    HOSTILE,
    HOSTILE_BOLD,
    HOSTILE_FORMULA,
    HOSTILE_SCRIPT,
    cell,
    every_answer,
    loaded,
    plain,
    report,
)
from tipcheck.answers import Answer, LoadedAnswers
from tipcheck.errors import Location, Problem
from tipcheck.model import Rulebook
from tipcheck.pipeline import check_inputs
from tipcheck.questionnaire import Questionnaire
from tipcheck.render import md_escape
from tipcheck.report import render


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_hostile_text_from_the_state_is_shown_as_text_never_as_markup(
    rulebook: Rulebook, questionnaire: Questionnaire, fmt: str
) -> None:
    answers = {"NP-1": Answer(value="statutory", citation=f"{HOSTILE_SCRIPT} {HOSTILE_BOLD}",
                              explanation=f"{HOSTILE_FORMULA}\n# [link](javascript:x)",
                              origin=cell("Protection", "D14"))}
    doc = report(rulebook, questionnaire, loaded(answers, name=f"{HOSTILE_SCRIPT}{HOSTILE_BOLD}"))
    text = render(doc, fmt, rulebook, questionnaire)

    assert "<script" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    if fmt == "md":
        assert HOSTILE_BOLD not in text
        assert r"\*\*bold\*\*" in text
        assert r"=cmd\|' /C calc'!A0" in text
        assert "[link](" not in text
        assert "\n# " not in text


def test_markdown_escaping_leaves_no_markup_and_one_line() -> None:
    assert md_escape("# a | b * c _ d [e] `f` ~g~ \\ <h> & i\nj") == (
        r"\# a \| b \* c \_ d \[e\] \`f\` \~g\~ \\ &lt;h&gt; &amp; i j")
    assert md_escape("A plain sentence, with (parentheses).") == (
        "A plain sentence, with (parentheses).")


def hostile_in(field: str) -> tuple[LoadedAnswers, str]:
    """Answers with the hostile text in one free-text field only; and the text as written."""
    evidence = {"citation": "Act 12 of 2019, s. 4", "explanation": None, "source": None}
    name, file = "Ruritania", "/home/someone/XAA answers.xlsx"
    text = HOSTILE
    if field in evidence:
        evidence[field] = text
    elif field == "state":
        name = text
    elif field == "file":
        text = f"=1+1 <b onclick=alert(1)>[x](javascript:1) {HOSTILE_BOLD}.json"  # no `/`
        file = f"/tmp/{text}"
    answers = {"NP-1": Answer(value="guidance", origin=cell("Protection", "D14"), **evidence)}
    warnings = []
    if field == "warning":
        warnings = [Problem(Location(file, "Protection", "D14"), f"NP-1 says {text!r}")]
        text = f"NP-1 says {text!r}"
    base = loaded(answers, name=name, warnings=warnings)
    return LoadedAnswers(base.answer_set, base.input_sha256, file, base.warnings), text


FIELDS = ["state", "citation", "explanation", "source", "file", "warning"]


@pytest.mark.parametrize("field", FIELDS)
def test_hostile_text_in_each_free_text_field_is_escaped_in_the_html_report(
    rulebook: Rulebook, questionnaire: Questionnaire, field: str
) -> None:
    answers, text = hostile_in(field)
    html = render(report(rulebook, questionnaire, answers), "html", rulebook, questionnaire)

    assert str(escape(text)) in html
    assert text in plain(html)  # shown as written
    assert "<script" not in html and "<img" not in html
    assert not re.search(r"""href=["']?javascript""", html, re.IGNORECASE)
    # Nothing that is loaded: no element that fetches a resource from an address.
    assert not re.search(r"<(?:img|script|link|iframe|object|embed|source|video|audio)\b", html)
    assert not re.search(r"<[a-z][^>]*\ssrc=", html)


@pytest.mark.parametrize("field", FIELDS)
def test_hostile_text_in_each_free_text_field_is_escaped_in_the_markdown_report(
    rulebook: Rulebook, questionnaire: Questionnaire, field: str
) -> None:
    answers, text = hostile_in(field)
    markdown = render(report(rulebook, questionnaire, answers), "md", rulebook, questionnaire)

    assert md_escape(text) in markdown
    assert "<script" not in markdown and "<img" not in markdown
    assert HOSTILE_BOLD not in markdown
    assert not re.search(r"(?<!\\)\]\(javascript", markdown)  # `\[link\](...)` is no link
    # The text never starts a line, where it could begin a heading, a list or a quote.
    assert not any(line.startswith(md_escape(text)) for line in markdown.splitlines())


@pytest.mark.parametrize("source", [
    "https://legislation.example.org/xaa/act-12#s4",
    "HTTP://legislation.example.org/xaa",
])
def test_a_web_source_link_is_a_plain_link_that_loads_nothing(
    rulebook: Rulebook, questionnaire: Questionnaire, source: str
) -> None:
    answers = {"NP-1": Answer(value="statutory", citation="Act 12, s. 4", source=source,
                              origin=cell("Protection", "D14"))}
    doc = report(rulebook, questionnaire, loaded(answers))
    html = render(doc, "html", rulebook, questionnaire)
    markdown = render(doc, "md", rulebook, questionnaire)

    assert next(a["source"] for f in doc["findings"] for a in f["rationale"]["answers"]
                if a["question"] == "NP-1") == source
    assert f'<a href="{source}" rel="noreferrer">{source}</a>' in html
    assert md_escape(source) in markdown
    # The only addresses in the page are the State's own links, as anchors: nothing is loaded.
    anchor = f'<a href="{source}" rel="noreferrer">{source}</a>'
    assert not re.search(r"https?://", html.replace(anchor, ""), re.IGNORECASE)


@pytest.mark.parametrize("source", [
    "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
    'https://x.example/" onmouseover="alert(1)', "vbscript:msgbox(1)", "//evil.example/x",
])
def test_a_source_link_that_is_not_a_web_address_is_shown_as_text_never_as_a_link(
    rulebook: Rulebook, questionnaire: Questionnaire, source: str
) -> None:
    answers = {"NP-1": Answer(value="statutory", citation="Act 12, s. 4", source=source,
                              origin=cell("Protection", "D14"))}
    html = render(report(rulebook, questionnaire, loaded(answers)), "html", rulebook,
                  questionnaire)

    assert str(escape(source)) in html
    assert "<a href=\"javascript" not in html and "onmouseover=\"" not in html
    assert not [h for h in re.findall(r' href="([^"#][^"]*)"', html)]


def test_hostile_text_in_every_field_of_an_answers_file_stays_data_in_every_format(
    rulebook: Rulebook, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    answers = every_answer(questionnaire, evidence=HOSTILE, source=HOSTILE)
    document = {
        "format": "tipcheck-answers/1",
        "state": {"code": "XAA", "name": HOSTILE},
        "reporting_date": "2024-06-30",
        "language": "en",
        "answers": {q: a.model_dump(mode="json", exclude={"origin"}) for q, a in answers.items()},
    }
    source = tmp_path / "XAA.json"
    source.write_text(json.dumps(document), encoding="utf-8")

    result = check_inputs([source], tmp_path / "out", ["html", "md", "json", "xlsx"], "en",
                          rulebook, questionnaire, jobs=1)

    assert not result.problems and not result.failures
    out = tmp_path / "out"
    html = (out / "XAA.html").read_text(encoding="utf-8")
    markdown = (out / "XAA.md").read_text(encoding="utf-8")
    assert str(escape(HOSTILE)) in html and "<script" not in html and "<img" not in html
    assert md_escape(HOSTILE) in markdown and HOSTILE_BOLD not in markdown
    assert json.loads((out / "XAA.json").read_text(encoding="utf-8"))["state"]["name"] == HOSTILE
    plan = (out / "XAA.xlsx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(plan)) as archive:
        for name in archive.namelist():
            assert not re.search(rb"<(?:\w+:)?f[\s>/]", archive.read(name)), name
    book = openpyxl.load_workbook(io.BytesIO(plan))
    texts = [c for s in book.worksheets for row in s.iter_rows() for c in row
             if isinstance(c.value, str) and HOSTILE in c.value]
    assert texts and all(c.data_type == "s" for c in texts)
