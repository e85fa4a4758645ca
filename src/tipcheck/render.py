"""The report document rendered as JSON, HTML or Markdown.

HTML and Markdown come from the Jinja2 templates `templates/report.{html,md}.j2`, fed a view
built here from the document, the rulebook (verbatim provision texts) and the questionnaire
(question texts). The State's free text is data, never markup: HTML is autoescaped and
Markdown goes through `md_escape`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from tipcheck.i18n import check_lang, t
from tipcheck.model import NOT_ANSWERED, STATUSES, Lang, Rulebook
from tipcheck.priority import priority_table
from tipcheck.questionnaire import Questionnaire
from tipcheck.resources import templates_dir

__all__ = ["FORMATS", "md_escape", "reason_sentence", "render", "view"]

#: Report formats and their file extensions.
FORMATS: dict[str, str] = {"json": ".json", "html": ".html", "md": ".md"}

#: Every status has a symbol as well as a colour: colour is never the only signal.
#: The colours are the Okabe-Ito palette, told apart by colour-blind readers; black text
#: reads on each of them.
STATUS_SYMBOLS: dict[str, str] = {
    "met": "✔",
    "partially_met": "◐",
    "not_met": "✘",
    "insufficient_information": "?",
    "not_applicable": "–",
    "manual_review": "⚑",
}
STATUS_COLOURS: dict[str, str] = {
    "met": "#009E73",
    "partially_met": "#E69F00",
    "not_met": "#D55E00",
    "insufficient_information": "#56B4E9",
    "not_applicable": "#BBBBBB",
    "manual_review": "#CC79A7",
}
#: The provisions that describe help a State may ask for rather than duties of a State.
HELP_ADDRESSEES: tuple[str, ...] = ("unodc", "donors")
#: How many gaps the summary lists before pointing to the findings.
MAX_GAPS_IN_SUMMARY = 10

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_PLAIN_SHEET = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")
# The theme bars of the HTML summary (SVG user units).
_LABEL_W, _BAR_W, _ROW_H, _BAR_H, _GAP = 200.0, 360.0, 28.0, 20.0, 10.0


def md_escape(value: object) -> str:
    """Text that Markdown shows as written: no markup, no HTML, no table cell break, one line."""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return "\\" + text if text.startswith("#") else text


def cell_ref(sheet: str | None, cell: str | None) -> str | None:
    """A cell as a spreadsheet writes it, `Protection!D14` (`'My sheet'!D14`), or None."""
    if not cell:
        return None
    if not sheet:
        return cell
    if not _PLAIN_SHEET.match(sheet):
        sheet = "'" + sheet.replace("'", "''") + "'"
    return f"{sheet}!{cell}"


def reason_sentence(finding: dict[str, Any], rulebook: Rulebook, lang: Lang) -> str:
    """One plain sentence: `Not met: <reason> (answer NP-1 = No, Protection!D14).`

    It cites the answers the decision row that fired names (all of them if the row cannot be
    found in this rulebook).
    """
    named: set[str] | None
    try:
        obligation = rulebook.obligation(finding["obligation"])
        named = set(obligation.decision[finding["rationale"]["row"] - 1].when)
    except (KeyError, IndexError):
        named = None
    parts = []
    for answer in finding["rationale"]["answers"]:
        if named is not None and answer["question"] not in named:
            continue
        cell = cell_ref(answer["sheet"], answer["cell"])
        key = "report.reason_answer_cell" if cell else "report.reason_answer"
        parts.append(t(key, lang, question=answer["question"], label=answer["label"], cell=cell))
    status = t(f"report.status_{finding['status']}", lang)
    reason = finding["rationale"]["reason"].rstrip(". ")
    if not parts:
        return t("report.reason_sentence_bare", lang, status=status, reason=reason)
    answers = t("report.reason_separator", lang).join(parts)
    return t("report.reason_sentence", lang, status=status, reason=reason, answers=answers)


def render(
    document: dict[str, Any], fmt: str, rulebook: Rulebook, questionnaire: Questionnaire
) -> str:
    """The document as `json`, `html` or `md` text, in the document's language."""
    if fmt == "json":
        return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (one of {', '.join(FORMATS)})")
    template = _environment(str(templates_dir())).get_template(f"report.{fmt}.j2")
    return template.render(view(document, rulebook, questionnaire))


@cache
def _environment(directory: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(directory),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    return env


def view(document: dict[str, Any], rulebook: Rulebook, questionnaire: Questionnaire) -> dict:
    """What the templates show, every text already in the document's language."""
    lang = check_lang(document["language"])

    def tr(key: str, **values: object) -> str:
        return t(f"report.{key}", lang, **values)

    statuses = {
        s: {"id": s, "symbol": STATUS_SYMBOLS[s], "colour": STATUS_COLOURS[s],
            "label": tr(f"status_{s}"), "definition": tr(f"status_def_{s}")}
        for s in STATUSES
    }
    titles = {f["obligation"]: f["title"] for f in document["findings"]}
    findings = []
    for finding in document["findings"]:
        answers = [
            {**a, "cell_ref": cell_ref(a["sheet"], a["cell"]),
             "text": _question_text(questionnaire, a["question"], lang)}
            for a in finding["rationale"]["answers"]
        ]
        findings.append({
            **finding,
            "s": statuses[finding["status"]],
            "theme_label": tr(f"theme_{finding['theme']}"),
            "modality_label": tr(f"modality_{finding['modality']}"),
            "priority_label": tr(f"priority_{finding['priority']}"),
            "sentence": reason_sentence(finding, rulebook, lang),
            "provision_views": [_provision(rulebook, p, lang) for p in finding["provisions"]],
            "answers": answers,
            "depends_on": [{"id": o, "title": titles.get(o, o)}
                           for o in finding["rationale"]["depends_on"]],
        })
    gaps = [f for f in findings if f["priority"] != "none"]
    summary = document["summary"]
    return {
        "doc": document,
        "lang": lang,
        "tr": tr,
        "statuses": list(statuses.values()),
        "status_counts": [{**statuses[s], "count": n} for s, n in summary["by_status"].items()],
        "priority_counts": [{"label": tr(f"priority_{p}"), "count": n}
                            for p, n in summary["by_priority"].items()],
        "themes": [
            {"id": theme, "label": tr(f"theme_{theme}"), "counts": counts,
             "findings": [f for f in findings if f["theme"] == theme]}
            for theme, counts in summary["by_theme"].items()
        ],
        "bars": _bars(summary["by_theme"], statuses, tr),
        "gaps": gaps[:MAX_GAPS_IN_SUMMARY],
        "more_gaps": max(len(gaps) - MAX_GAPS_IN_SUMMARY, 0),
        "help": [_provision(rulebook, c["id"], lang) for c in document["catalogued"]
                 if c["addressee"] in HELP_ADDRESSEES],
        "unanswered": _unanswered(findings, questionnaire, lang),
        "priority_rows": [
            {"label": tr(f"modality_{m}"), "cells": [tr(f"priority_{p}") for p in row.values()]}
            for m, row in priority_table().items()
        ],
        "rulebook_title": rulebook.info.title.get(lang),
    }


def _question_text(questionnaire: Questionnaire, question_id: str, lang: Lang) -> str:
    if questionnaire.has(question_id):
        return questionnaire.question(question_id).text.get(lang)
    return ""


def _provision(rulebook: Rulebook, provision_id: str, lang: Lang) -> dict[str, Any]:
    provision = rulebook.provision(provision_id)
    instrument = t(f"report.instrument_{provision.instrument}", lang)
    return {
        "id": provision.id,
        "citation": f"{instrument}, {provision.citation}",
        "text": provision.text.get(lang),
        # The text is the instrument's own only in its authentic languages.
        "unofficial": lang not in provision.authentic,
        "note": provision.note.get(lang) if provision.note else None,
    }


def _unanswered(findings: list[dict], questionnaire: Questionnaire, lang: Lang) -> list[dict]:
    """The questions some obligation read that the State left unanswered, questionnaire order."""
    readers: dict[str, list[dict]] = {}
    for finding in findings:
        for answer in finding["answers"]:
            if answer["value"] == NOT_ANSWERED:
                readers.setdefault(answer["question"], []).append(
                    {"id": finding["obligation"], "title": finding["title"]})
    order = {q.id: i for i, q in enumerate(questionnaire.questions)}
    return [
        {"id": q, "text": _question_text(questionnaire, q, lang),
         "obligations": sorted(readers[q], key=lambda o: o["id"])}
        for q in sorted(readers, key=lambda q: (order.get(q, len(order)), q))
    ]


def _bars(by_theme: dict[str, dict[str, int]], statuses: dict[str, dict], tr: Any) -> dict:
    """Geometry of the summary's stacked bars: one row per theme, one segment per status."""
    rows = []
    for index, (theme, counts) in enumerate(by_theme.items()):
        total = sum(counts.values()) or 1
        y = _GAP + index * (_ROW_H + _GAP)
        x = _LABEL_W
        segments = []
        for status, count in counts.items():
            if not count:
                continue
            width = _BAR_W * count / total
            segments.append({**statuses[status], "count": count, "x": f"{x:.1f}",
                             "width": f"{width:.1f}", "mid": f"{x + width / 2:.1f}",
                             "labelled": width >= 34})
            x += width
        label = tr(f"theme_{theme}")
        legend = " · ".join(f"{s['symbol']} {s['count']}" for s in segments)
        title = label + tr("colon") + ", ".join(f"{s['label']} {s['count']}" for s in segments)
        rows.append({"label": label, "legend": legend, "title": title, "segments": segments,
                     "y": f"{y:.1f}", "text_y": f"{y + _BAR_H / 2 + 4:.1f}"})
    height = _GAP + len(rows) * (_ROW_H + _GAP)
    return {"rows": rows, "width": f"{_LABEL_W + _BAR_W + 180:.0f}", "height": f"{height:.0f}",
            "bar_x": f"{_LABEL_W:.0f}", "bar_w": f"{_BAR_W:.0f}", "bar_h": f"{_BAR_H:.0f}",
            "legend_x": f"{_LABEL_W + _BAR_W + 10:.0f}", "label_x": f"{_LABEL_W - 8:.0f}"}

