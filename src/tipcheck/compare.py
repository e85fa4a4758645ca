"""Comparisons of `tipcheck-report/1` documents: a matrix of States by obligations, and the
changes between two review cycles of one State.

Both read only the JSON reports (never the rulebook): a report carries each finding's title,
theme, status and priority, so reports written by another version of tipcheck still compare.
Their outputs come from `templates/matrix.html.j2`, `diff.html.j2` and `diff.md.j2`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tipcheck.assistance import GAP_STATUSES
from tipcheck.errors import InputError, Location
from tipcheck.i18n import check_lang, t
from tipcheck.model import STATUSES, THEMES, Lang
from tipcheck.priority import PRIORITIES
from tipcheck.render import render_template
from tipcheck.report_text import STATUS_COLOURS, STATUS_SYMBOLS

__all__ = ["CHANGES", "STATUS_RANK", "diff_reports", "load_report", "matrix_html",
           "render_diff"]

REPORT_FORMAT = "tipcheck-report/1"
MAX_REPORT_BYTES = 50 * 1024 * 1024
#: How far a status is from meeting the obligation: higher is better. A status that is not a
#: gap (met, not applicable) ranks above every gap; two statuses of one rank are a change
#: that is neither better nor worse (an answer that was missing now needs a person to assess).
STATUS_RANK: dict[str, int] = {
    "met": 3, "not_applicable": 3, "partially_met": 2,
    "insufficient_information": 1, "manual_review": 1, "not_met": 0,
}
#: The kinds of change, in the order a diff lists them: what needs attention first.
CHANGES: tuple[str, ...] = ("new_gaps", "regressed", "improved", "closed_gaps", "changed",
                            "unchanged")


def _tr(lang: Lang):
    def tr(key: str, **values: object) -> str:
        return t(f"compare.{key}", lang, **values)

    return tr


def load_report(path: Path, lang: Lang = "en") -> dict[str, Any]:
    """Read a `tipcheck-report/1` JSON report; refuse anything else with one clear line."""
    tr = _tr(lang)
    where = Location(str(path))
    if not path.is_file():
        raise InputError.at(where, tr("error_no_file"))
    if path.stat().st_size > MAX_REPORT_BYTES:
        raise InputError.at(where, tr("error_not_report", why=tr("why_too_big")))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InputError.at(where, tr("error_not_report", why=tr("why_not_json"))) from None
    problem = _report_problem(data)
    if problem:
        key, values = problem
        raise InputError.at(where, tr("error_not_report", why=tr(key, **values)))
    return data


def _report_problem(data: object) -> tuple[str, dict[str, object]] | None:
    """Why `data` is not a report these comparisons can read (the fields they use), or None."""
    if not isinstance(data, dict) or data.get("format") != REPORT_FORMAT:
        return "why_format", {}
    state = data.get("state")
    if not (isinstance(state, dict) and isinstance(state.get("code"), str)
            and isinstance(state.get("name"), str)):
        return "why_field", {"field": "state"}
    for field in ("reporting_date", "rulebook_version", "tipcheck_version", "input_sha256"):
        if not isinstance(data.get(field), str):
            return "why_field", {"field": field}
    findings = data.get("findings")
    if not isinstance(findings, list):
        return "why_field", {"field": "findings"}
    for index, finding in enumerate(findings):
        if not (isinstance(finding, dict) and isinstance(finding.get("obligation"), str)
                and isinstance(finding.get("title"), str)
                and finding.get("status") in STATUSES and finding.get("theme") in THEMES
                and finding.get("priority") in PRIORITIES):
            return "why_field", {"field": f"findings[{index}]"}
    return None


def _statuses(lang: Lang) -> dict[str, dict[str, str]]:
    return {s: {"id": s, "symbol": STATUS_SYMBOLS[s], "colour": STATUS_COLOURS[s],
                "label": t(f"report.status_{s}", lang)} for s in STATUSES}


def _obligations(reports: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Every obligation of the reports, by theme then id, with the first title found."""
    seen: dict[str, dict[str, str]] = {}
    for report in reports:
        for finding in report["findings"]:
            seen.setdefault(finding["obligation"], {"id": finding["obligation"],
                                                    "title": finding["title"],
                                                    "theme": finding["theme"]})
    return sorted(seen.values(), key=lambda o: (THEMES.index(o["theme"]), o["id"]))


def matrix_html(reports: list[dict[str, Any]], lang: Lang) -> str:
    """The HTML matrix: one row per obligation, grouped by theme; one column per report."""
    lang = check_lang(lang)
    statuses = _statuses(lang)
    columns = sorted(reports, key=lambda r: (r["state"]["code"], r["reporting_date"]))
    found = [{f["obligation"]: f for f in r["findings"]} for r in columns]
    obligations = _obligations(columns)
    themes = []
    for theme in THEMES:
        rows = []
        for obligation in (o for o in obligations if o["theme"] == theme):
            cells = [statuses[by_id[obligation["id"]]["status"]] if obligation["id"] in by_id
                     else None for by_id in found]
            rows.append({**obligation, "cells": cells})
        if rows:
            themes.append({"id": theme, "label": t(f"report.theme_{theme}", lang),
                           "rows": rows})
    states = [{"code": r["state"]["code"], "name": r["state"]["name"],
               "date": r["reporting_date"],
               "gaps": sum(f["status"] in GAP_STATUSES for f in r["findings"])}
              for r in columns]
    return render_template("matrix.html.j2", {
        "lang": lang, "tr": _tr(lang), "statuses": list(statuses.values()), "states": states,
        "themes": themes, "count": len(obligations)})


def diff_reports(old: dict[str, Any], new: dict[str, Any],
                 old_name: str = "OLD", new_name: str = "NEW",
                 lang: Lang = "en") -> dict[str, list[dict[str, Any]]]:
    """{kind of change: [{obligation, title, theme, before, now, priority}]} for every obligation
    of either report, in `CHANGES` order; refuse two reports of different States."""
    if old["state"]["code"] != new["state"]["code"]:
        tr = _tr(lang)
        raise InputError.at(Location(new_name), tr(
            "error_other_state", state=_state(new), other=_state(old), old=old_name))
    before = {f["obligation"]: f for f in old["findings"]}
    now = {f["obligation"]: f for f in new["findings"]}
    changes: dict[str, list[dict[str, Any]]] = {kind: [] for kind in CHANGES}
    for obligation in _obligations([new, old]):
        was, is_ = before.get(obligation["id"]), now.get(obligation["id"])
        kind = _change(was["status"] if was else None, is_["status"] if is_ else None)
        changes[kind].append({
            **obligation,
            "before": was["status"] if was else None,
            "now": is_["status"] if is_ else None,
            "priority": is_["priority"] if is_ else None,
        })
    order = {p: i for i, p in enumerate(PRIORITIES)}
    for kind in CHANGES:  # most urgent first, then by theme and id as `_obligations` sorts
        changes[kind].sort(key=lambda c: order.get(c["priority"], len(order)))
    return changes


def _change(before: str | None, now: str | None) -> str:
    """The kind of change from status `before` to `now` (None: not in that report)."""
    gap_before, gap_now = before in GAP_STATUSES, now in GAP_STATUSES
    if gap_now and not gap_before:
        return "new_gaps"
    if gap_before and not gap_now:
        return "closed_gaps" if now is not None else "changed"
    if before == now:
        return "unchanged"
    if before is None or now is None:
        return "changed"
    if STATUS_RANK[now] > STATUS_RANK[before]:
        return "improved"
    if STATUS_RANK[now] < STATUS_RANK[before]:
        return "regressed"
    return "changed"


def _state(report: dict[str, Any]) -> str:
    return f"{report['state']['name']} ({report['state']['code']})"


def render_diff(old: dict[str, Any], new: dict[str, Any], fmt: str, lang: Lang,
                old_name: str = "OLD", new_name: str = "NEW") -> str:
    """The changes from `old` to `new` as Markdown (`md`) or HTML (`html`), in `lang`."""
    lang = check_lang(lang)
    tr = _tr(lang)
    statuses = _statuses(lang)
    changes = diff_reports(old, new, old_name, new_name, lang)
    sections = []
    for kind in CHANGES:
        rows = [{**c, "was": statuses.get(c["before"] or ""), "is": statuses.get(c["now"] or ""),
                 "theme_label": t(f"report.theme_{c['theme']}", lang),
                 "priority_label": t(f"report.priority_{c['priority']}", lang)
                 if c["priority"] else ""}
                for c in changes[kind]]
        sections.append({"id": kind, "label": tr(f"change_{kind}"),
                         "definition": tr(f"change_def_{kind}"), "rows": rows})
    values = {
        "lang": lang, "tr": tr, "old": old, "new": new, "sections": sections,
        "state": _state(new), "statuses": list(statuses.values()),
        "changed": any(s["rows"] for s in sections if s["id"] != "unchanged"),
    }
    return render_template(f"diff.{fmt}.j2", values)
