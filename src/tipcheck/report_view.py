"""What the report templates show: the document, its texts already in the report's language.

`view` turns the `tipcheck-report/1` document, the rulebook (verbatim provision texts, which
treaties an obligation rests on) and the questionnaire (question texts) into the values the
Jinja2 templates print; `tipcheck.render` feeds it to them. Nothing here writes markup.
"""

from __future__ import annotations

from typing import Any

from tipcheck.assistance import ANSWERS_ANY_GAP, ANSWERS_GAPS_IN, answered_themes
from tipcheck.i18n import check_lang, t
from tipcheck.model import NOT_ANSWERED, STATUSES, THEMES, Lang, Rulebook
from tipcheck.priority import AS_RECOMMENDATION, priority_table
from tipcheck.questionnaire import Questionnaire
from tipcheck.report_text import (
    STATUS_COLOURS,
    STATUS_SYMBOLS,
    cell_ref,
    provision_citation,
    reason_sentence,
    safe_link,
)

__all__ = ["STATUS_COLOURS", "STATUS_SYMBOLS", "cell_ref", "reason_sentence", "view"]

#: How many gaps the summary lists before pointing to the findings.
MAX_GAPS_IN_SUMMARY = 10

# The theme bars of the HTML summary (SVG user units).
_LABEL_W, _BAR_W, _ROW_H, _BAR_H, _GAP = 200.0, 360.0, 28.0, 20.0, 10.0


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
    found = {f["obligation"]: f for f in document["findings"]}
    findings = []
    for finding in document["findings"]:
        answers = [
            {**a, "cell_ref": cell_ref(a["sheet"], a["cell"]),
             "text": _question_text(questionnaire, a["question"], lang),
             "link": safe_link(a["source"])}
            for a in finding["rationale"]["answers"]
        ]
        reads = [{**r, "s": statuses[r["status"]]} for r in finding["rationale"]["findings"]]
        read_ids = {r["obligation"] for r in reads}
        modality_label = tr(f"modality_{finding['modality']}")
        if finding["binding"] is False and finding["modality"] in AS_RECOMMENDATION:
            weighed = tr(f"modality_{AS_RECOMMENDATION[finding['modality']]}")
            modality_label += tr("weighed_as", modality=weighed)
        findings.append({
            **finding,
            "s": statuses[finding["status"]],
            "theme_label": tr(f"theme_{finding['theme']}"),
            "modality_label": modality_label,
            "priority_label": tr(f"priority_{finding['priority']}"),
            "sentence": reason_sentence(finding, rulebook, lang),
            "binding_note": _binding_note(finding, found, rulebook, tr),
            "provision_views": [_provision(rulebook, p, lang) for p in finding["provisions"]],
            "answers": answers,
            "reads": reads,
            # What it was derived from, besides the findings it read (listed with their status).
            "depends_on": [_link(o, found) for o in finding["rationale"]["depends_on"]
                           if o not in read_ids],
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
        "modality_rows": [
            {"label": tr(f"modality_{m}"), "counts": [counts[s] for s in STATUSES],
             "total": sum(counts.values())}
            for m, counts in summary["by_modality"].items()
        ],
        "themes": [
            {"id": theme, "label": tr(f"theme_{theme}"), "counts": counts,
             "findings": [f for f in findings if f["theme"] == theme]}
            for theme, counts in summary["by_theme"].items()
        ],
        "bars": _bars(summary["by_theme"], statuses, tr),
        "gaps": gaps[:MAX_GAPS_IN_SUMMARY],
        "more_gaps": max(len(gaps) - MAX_GAPS_IN_SUMMARY, 0),
        "help": [_help(h, found, rulebook, lang, tr) for h in document["help"]],
        "unanswered": _unanswered(findings, questionnaire, lang),
        "priority_rows": [
            {"label": tr(f"modality_{m}"), "cells": [tr(f"priority_{p}") for p in row.values()]}
            for m, row in priority_table().items()
        ],
        "recommendation_rows": [
            {"treaty": tr(f"modality_{m}"), "weighed": tr(f"modality_{r}")}
            for m, r in AS_RECOMMENDATION.items()
        ],
        "help_rows": _help_rows(rulebook, lang, tr),
        "rulebook_title": rulebook.info.title.get(lang),
    }


def _link(obligation_id: str, found: dict[str, dict]) -> dict[str, str]:
    """A finding to link to: its anchor (the obligation id) and its title."""
    finding = found.get(obligation_id)
    return {"id": obligation_id, "title": finding["title"] if finding else obligation_id}


def _help_rows(rulebook: Rulebook, lang: Lang, tr: Any) -> list[dict[str, str]]:
    """The matching rule of help to gaps, as the method annex prints it."""
    def themes(answered: tuple[str, ...]) -> str:
        if set(answered) == set(THEMES):
            return tr("help_any_theme")
        return ", ".join(tr(f"theme_{a}") for a in answered)

    rows = [{"theme": tr(f"theme_{theme}"), "gap_themes": themes(answered)}
            for theme, answered in ANSWERS_GAPS_IN.items()]
    general = [p for p in ANSWERS_ANY_GAP if any(q.id == p for q in rulebook.provisions)]
    if general:
        citations = tr("reason_separator").join(
            provision_citation(rulebook, p, lang) for p in general)
        rows.append({"theme": citations, "gap_themes": themes(THEMES)})
    return rows


def _help(item: dict[str, Any], found: dict[str, dict], rulebook: Rulebook, lang: Lang,
          tr: Any) -> dict[str, Any]:
    """A help provision: its text, who gives the help, and the State's gaps it answers (named
    one by one, unless it answers every gap of the report)."""
    every = set(answered_themes(item["id"], item["theme"])) == set(THEMES)
    return {
        **_provision(rulebook, item["id"], lang),
        "from": tr("list_and").join(tr(f"help_from_{a}") for a in item["from"]),
        "themes": tr("help_any_theme") if every
        else ", ".join(tr(f"theme_{theme}") for theme in item["gap_themes"]),
        "gaps": [] if every else [_link(o, found) for o in item["gaps"]],
        "all_gaps": tr("help_all_gaps", n=len(item["gaps"])) if every else None,
    }


def _binding_note(finding: dict[str, Any], found: dict[str, dict], rulebook: Rulebook,
                  tr: Any) -> dict[str, Any] | None:
    """For a treaty obligation that does not plainly bind the State: why, and the finding that
    says whether the State is party (None for a binding one or one resting on no treaty)."""
    if finding["binding"] is True:
        return None
    try:
        instruments = rulebook.instruments_of(rulebook.obligation(finding["obligation"]))
    except KeyError:
        return None
    if not instruments:
        return None  # the resolution alone: it binds no one, and says so in its legal force
    rules = {i: rulebook.info.applicability[i] for i in instruments}

    def party_status(instrument: str) -> str:
        rule = rules[instrument]
        status = found.get(rule.obligation, {}).get("status")
        return "no" if status in rule.not_party else "yes" if status in rule.party else "unknown"

    wanted = "no" if finding["binding"] is False else "unknown"
    # The treaties the State's own findings show it is not party to (or may not be); all of
    # the obligation's treaties when those findings are not in the document.
    named = [i for i in instruments if party_status(i) == wanted] or list(instruments)
    kind = "false" if finding["binding"] is False else "unknown"
    treaties = tr("list_and").join(tr(f"party_to_{i}") for i in named)
    return {
        "kind": kind,
        "label": tr(f"binding_{kind}_label"),
        "text": tr(f"binding_{kind}", instruments=treaties),
        "sources": [_link(rules[i].obligation, found) for i in named],
    }


def _question_text(questionnaire: Questionnaire, question_id: str, lang: Lang) -> str:
    if questionnaire.has(question_id):
        return questionnaire.question(question_id).text.get(lang)
    return ""


def _provision(rulebook: Rulebook, provision_id: str, lang: Lang) -> dict[str, Any]:
    provision = rulebook.provision(provision_id)
    return {
        "id": provision.id,
        "citation": provision_citation(rulebook, provision_id, lang),
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
