"""Comparisons of JSON reports: `tipcheck matrix` (States by obligations) and `tipcheck diff`
(what changed between two cycles of one State)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from markupsafe import escape

from report_helpers import (
    FULL,
    HOSTILE,
    NO_CLAUSE,
    NON_PUNISHMENT,
    demo_reports,
    every_answer,
    finding_of,
    loaded,
    plain,
    report,
)
from tipcheck.assistance import GAP_STATUSES
from tipcheck.cli_compare import diff, matrix
from tipcheck.compare import CHANGES, STATUS_RANK, diff_reports, matrix_html, render_diff
from tipcheck.i18n import t
from tipcheck.model import THEMES, Rulebook
from tipcheck.questionnaire import Questionnaire
from tipcheck.render import md_escape
from tipcheck.report_text import STATUS_SYMBOLS

CLI = click.Group(commands={"matrix": matrix, "diff": diff})


def run(*args: str | Path) -> click.testing.Result:
    return CliRunner().invoke(CLI, [str(a) for a in args], catch_exceptions=False)


def save(doc: dict, path: Path) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def expected_change(before: str | None, now: str | None) -> str:
    """The kind of change, as the diff's own definitions state it."""
    if now in GAP_STATUSES and before not in GAP_STATUSES:
        return "new_gaps"
    if before in GAP_STATUSES and now not in GAP_STATUSES:
        return "closed_gaps" if now else "changed"
    if before == now:
        return "unchanged"
    if before is None or now is None or STATUS_RANK[now] == STATUS_RANK[before]:
        return "changed"
    return "improved" if STATUS_RANK[now] > STATUS_RANK[before] else "regressed"


@pytest.fixture(scope="module")
def cycles(rulebook: Rulebook, questionnaire: Questionnaire) -> tuple[dict, dict]:
    """Two cycles of one State: 2024 with no non-punishment clause, 2026 with a full one and
    most other answers `partially`."""
    old = report(rulebook, questionnaire, loaded(NO_CLAUSE))
    new_answers = {**every_answer(questionnaire, "Act 5"), **FULL}
    new = report(rulebook, questionnaire, loaded(new_answers, date=dt.date(2026, 6, 30)))
    return old, new


def test_the_diff_sorts_every_obligation_into_one_kind_of_change(
    cycles: tuple[dict, dict]
) -> None:
    old, new = cycles
    changes = diff_reports(old, new)
    before = {f["obligation"]: f["status"] for f in old["findings"]}
    now = {f["obligation"]: f["status"] for f in new["findings"]}

    assert list(changes) == list(CHANGES)
    listed = [c["id"] for kind in CHANGES for c in changes[kind]]
    assert sorted(listed) == sorted(set(before) | set(now))  # each once
    for kind in CHANGES:
        for change in changes[kind]:
            assert change["before"] == before.get(change["id"])
            assert change["now"] == now.get(change["id"])
            assert kind == expected_change(change["before"], change["now"]), change
    # The State adopted a statutory non-punishment clause: the gap is closed.
    assert finding_of(old, NON_PUNISHMENT)["status"] == "not_met"
    assert finding_of(new, NON_PUNISHMENT)["status"] == "met"
    assert NON_PUNISHMENT in [c["id"] for c in changes["closed_gaps"]]


@pytest.mark.parametrize(("before", "now", "kind"), [
    ("met", "not_met", "new_gaps"), ("not_applicable", "partially_met", "new_gaps"),
    (None, "manual_review", "new_gaps"), ("partially_met", "not_met", "regressed"),
    ("not_met", "partially_met", "improved"), ("insufficient_information", "partially_met",
                                              "improved"),
    ("not_met", "met", "closed_gaps"), ("partially_met", "not_applicable", "closed_gaps"),
    ("insufficient_information", "manual_review", "changed"), ("met", "not_applicable",
                                                               "changed"),
    ("not_met", None, "changed"), (None, "met", "changed"), ("not_met", "not_met", "unchanged"),
])
def test_each_pair_of_statuses_is_the_change_its_definition_says(
    cycles: tuple[dict, dict], before: str | None, now: str | None, kind: str
) -> None:
    old, new = cycles
    finding = old["findings"][0]

    def with_status(doc: dict, status: str | None) -> dict:
        kept = [f for f in doc["findings"] if f["obligation"] != finding["obligation"]]
        if status:
            kept.append({**finding, "status": status})
        return {**doc, "findings": kept}

    changes = diff_reports(with_status(old, before), with_status(new, now))
    (found,) = [k for k in CHANGES if finding["obligation"] in [c["id"] for c in changes[k]]]
    assert found == kind


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_diff_prints_markdown_and_writes_html_with_o(
    cycles: tuple[dict, dict], tmp_path: Path, lang: str
) -> None:
    old, new = cycles
    old_path, new_path = save(old, tmp_path / "old.json"), save(new, tmp_path / "new.json")
    changes = diff_reports(old, new)

    printed = run("diff", old_path, new_path, "--lang", lang)
    assert printed.exit_code == 0, printed.output
    markdown = printed.stdout
    assert markdown == render_diff(old, new, "md", lang)
    title = t("compare.diff_title", lang, state="Ruritania (XAA)")
    assert markdown.startswith(f"# {md_escape(title)}")
    for kind in CHANGES:
        assert f"## {md_escape(t(f'compare.change_{kind}', lang))} ({len(changes[kind])})" in (
            markdown)
        for change in changes[kind]:
            assert md_escape(change["id"]) in markdown
    closed = markdown[markdown.index(f"## {t('compare.change_closed_gaps', lang)}"):]
    closed = closed[:closed.index("\n## ")]
    assert (f"{STATUS_SYMBOLS['not_met']} {t('report.status_not_met', lang)} | "
            f"{STATUS_SYMBOLS['met']} {t('report.status_met', lang)}") in closed

    out = tmp_path / "changes.html"
    written = run("diff", old_path, new_path, "-o", out, "--lang", lang)
    assert written.exit_code == 0, written.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith(f'<!DOCTYPE html>\n<html lang="{lang}">')
    assert "<script" not in html and not re.search(r"https?://", html)
    for kind in CHANGES:
        section = html[html.index(f'<section id="{kind}">'):]
        section = section[:section.index("</section>")]
        for change in changes[kind]:
            assert f"<code>{change['id']}</code>" in section
    assert html == render_diff(old, new, "html", lang)
    assert render_diff(old, new, "html", lang) == html  # the same bytes on a rerun


def test_diff_refuses_two_reports_of_different_states(
    rulebook: Rulebook, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    old = save(report(rulebook, questionnaire, loaded(NO_CLAUSE)), tmp_path / "a.json")
    other = report(rulebook, questionnaire, loaded(NO_CLAUSE, name="Freedonia", code="XFD"))
    new = save(other, tmp_path / "b.json")

    result = run("diff", old, new)

    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{new}: ") and "Freedonia (XFD)" in line and "Ruritania (XAA)" in line


@pytest.mark.parametrize("command", ["diff", "matrix"])
@pytest.mark.parametrize("content", [
    "not json at all", '{"format": "tipcheck-answers/1", "state": {"code": "XAA"}}', "[1, 2]",
    '{"format": "tipcheck-report/1", "state": {"code": "XAA", "name": "R"}, '
    '"reporting_date": "2024-06-30", "findings": [{"obligation": "x"}]}',
    None,
], ids=["text", "answers-file", "list", "bad-finding", "missing"])
def test_a_file_that_is_not_a_report_is_refused_with_one_line_naming_it(
    cycles: tuple[dict, dict], tmp_path: Path, command: str, content: str | None
) -> None:
    good = save(cycles[0], tmp_path / "good.json")
    bad = tmp_path / "bad.json"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    args = [good, bad] + (["-o", tmp_path / "m.html"] if command == "matrix" else [])

    result = run(command, *args)

    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{bad}: ")
    assert not (tmp_path / "m.html").exists()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_matrix_shows_states_by_obligations_grouped_by_theme(
    rulebook: Rulebook, questionnaire: Questionnaire, tmp_path: Path, lang: str
) -> None:
    out = demo_reports(rulebook, questionnaire)
    paths = sorted(out.glob("X??.json"))
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    target = tmp_path / "matrix.html"

    result = run("matrix", *paths, "-o", target, "--lang", lang)

    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    assert html == matrix_html(reports, lang)
    assert html.startswith(f'<!DOCTYPE html>\n<html lang="{lang}">')
    assert "<script" not in html and not re.search(r"https?://", html)
    states = [r["state"]["code"] for r in sorted(reports, key=lambda r: r["state"]["code"])]
    header = html[html.index("<thead>"):html.index("</thead>")]
    assert re.findall(r'class="state"[^>]*>(\w{3})<br>', header) == states
    obligations = {f["obligation"]: f for r in reports for f in r["findings"]}
    body_ids = re.findall(r'<tr id="([^"]+)">', html)
    assert sorted(body_ids) == sorted(obligations)
    themes = [THEMES.index(obligations[o]["theme"]) for o in body_ids]
    assert themes == sorted(themes)  # grouped by theme
    for obligation_id in body_ids:
        row = html[html.index(f'<tr id="{obligation_id}">'):]
        row = row[:row.index("</tr>")]
        cells = re.findall(r'<td class="cell status-(\w+)" title="([^"]+)">'
                           r'<span aria-hidden="true">(.)</span>', row)
        for code, (status, label, symbol) in zip(states, cells, strict=True):
            (state_report,) = [r for r in reports if r["state"]["code"] == code]
            assert status == finding_of(state_report, obligation_id)["status"]
            assert symbol == STATUS_SYMBOLS[status]  # a symbol in each cell, not colour alone
            assert label == t(f"report.status_{status}", lang)
    assert matrix_html(reports, lang) == html  # the same bytes on a rerun


def test_the_matrix_marks_an_obligation_missing_from_a_report_and_escapes_state_names(
    cycles: tuple[dict, dict], tmp_path: Path
) -> None:
    old, new = cycles
    dropped = {**new, "state": {"code": "XHO", "name": HOSTILE},
               "findings": new["findings"][1:]}
    html = matrix_html([old, dropped], "en")

    assert str(escape(HOSTILE)) in html and HOSTILE in plain(html)
    assert "<script" not in html and "<img" not in html
    missing = new["findings"][0]["obligation"]
    row = html[html.index(f'<tr id="{missing}">'):]
    row = row[:row.index("</tr>")]
    assert row.count('class="none"') == 1
    assert t("compare.not_in_report", "en") in plain(row)


def test_the_diff_escapes_the_states_name_in_markdown_and_html(
    cycles: tuple[dict, dict]
) -> None:
    old, new = cycles
    old = {**old, "state": {**old["state"], "name": HOSTILE}}
    new = {**new, "state": {**new["state"], "name": HOSTILE}}

    markdown = render_diff(old, new, "md", "en")
    html = render_diff(old, new, "html", "en")

    assert md_escape(HOSTILE) in markdown and "<script" not in markdown
    assert str(escape(HOSTILE)) in html and "<script" not in html


def test_the_matrix_needs_an_output_file(cycles: tuple[dict, dict], tmp_path: Path) -> None:
    result = CliRunner().invoke(CLI, ["matrix", str(save(cycles[0], tmp_path / "a.json"))])

    assert result.exit_code == 2
    assert "-o" in result.output
