"""What the report templates show: the document, its texts already in the report's language.

`view` turns the `tipcheck-report/1` document, the rulebook (verbatim provision texts, which
treaties an obligation rests on) and the questionnaire (question texts) into the values the
Jinja2 templates print; `tipcheck.render` feeds it to them. Nothing here writes markup.
"""

from __future__ import annotations

import re
from typing import Any

from tipcheck.i18n import check_lang, t
from tipcheck.model import NOT_ANSWERED, STATUSES, Lang, Rulebook
from tipcheck.priority import AS_RECOMMENDATION, priority_table
from tipcheck.questionnaire import Questionnaire

__all__ = ["cell_ref", "reason_sentence", "view"]

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

_PLAIN_SHEET = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")
# The theme bars of the HTML summary (SVG user units).
_LABEL_W, _BAR_W, _ROW_H, _BAR_H, _GAP = 200.0, 360.0, 28.0, 20.0, 10.0


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

    It cites the answers and the findings of other obligations that the decision row that fired
    names (all of them if the row cannot be found in this rulebook): `(finding <id> = Not met)`.
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
    for read in finding["rationale"]["findings"]:
        if named is not None and read["obligation"] not in named:
            continue
        parts.append(t("report.reason_finding", lang, obligation=read["obligation"],
                       label=t(f"report.status_{read['status']}", lang)))
    status = t(f"report.status_{finding['status']}", lang)
    reason = finding["rationale"]["reason"].rstrip(". ")
    if not parts:
        return t("report.reason_sentence_bare", lang, status=status, reason=reason)
    answers = t("report.reason_separator", lang).join(parts)
    return t("report.reason_sentence", lang, status=status, reason=reason, answers=answers)


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
             "text": _question_text(questionnaire, a["question"], lang)}
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
        "recommendation_rows": [
            {"treaty": tr(f"modality_{m}"), "weighed": tr(f"modality_{r}")}
            for m, r in AS_RECOMMENDATION.items()
        ],
        "rulebook_title": rulebook.info.title.get(lang),
    }


def _link(obligation_id: str, found: dict[str, dict]) -> dict[str, str]:
    """A finding to link to: its anchor (the obligation id) and its title."""
    finding = found.get(obligation_id)
    return {"id": obligation_id, "title": finding["title"] if finding else obligation_id}


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
