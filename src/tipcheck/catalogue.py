"""`tipcheck rules doc`: the rulebook as one HTML page where law, rule and spec meet.

For each provision: its verbatim text, addressee and legal force; its obligations with their
questions and decision tables; and the Gherkin scenarios that exercise each obligation. A
reviewer reads the three side by side, and sees at once an obligation no scenario tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from tipcheck.i18n import t
from tipcheck.model import NOT_ANSWERED, Lang, Obligation, Range, Rulebook
from tipcheck.questionnaire import Questionnaire
from tipcheck.resources import templates_dir
from tipcheck.specs import Spec, read_specs, scenarios_by_obligation


def _cell_text(cell: tuple, questionnaire: Questionnaire, key: str, lang: Lang) -> str:
    words = []
    for item in cell:
        if isinstance(item, Range):
            bounds = [(op, getattr(item, name)) for name, op in
                      (("gt", ">"), ("gte", "≥"), ("lt", "<"), ("lte", "≤"))
                      if getattr(item, name) is not None]
            words.append(" ".join(f"{op} {value:g}" for op, value in bounds))
        elif item == NOT_ANSWERED:
            words.append(t("catalogue.not_answered", lang))
        elif questionnaire.has(key) and (choice := questionnaire.question(key).choice(item)):
            words.append(choice.label.get(lang))
        else:
            words.append(t(f"report.status_{item}", lang))
    return " / ".join(words)


def _table(obligation: Obligation, questionnaire: Questionnaire, lang: Lang) -> dict[str, Any]:
    columns = list(obligation.inputs)
    rows = []
    for number, row in enumerate(obligation.decision, start=1):
        rows.append({
            "number": number,
            "cells": [_cell_text(row.when[c], questionnaire, c, lang) if c in row.when else "–"
                      for c in columns],
            "status": row.status,
            "status_label": t(f"report.status_{row.status}", lang),
            "reason": row.reason.get(lang),
        })
    return {"columns": columns, "rows": rows}


def catalogue_view(rulebook: Rulebook, questionnaire: Questionnaire, specs: list[Spec],
                   lang: Lang) -> dict[str, Any]:
    tested = scenarios_by_obligation(specs)
    provisions = []
    for provision in rulebook.provisions:
        obligations = []
        for obligation in rulebook.obligations:
            if obligation.provisions[0] != provision.id:
                continue
            obligations.append({
                "id": obligation.id,
                "title": obligation.title.get(lang),
                "theme": t(f"report.theme_{obligation.theme}", lang),
                "modality": t(f"report.modality_{obligation.modality}", lang),
                "cites": [p for p in obligation.provisions if p != provision.id],
                "questions": [{"id": q, "text": questionnaire.question(q).text.get(lang),
                               "kind": questionnaire.question(q).kind}
                              for q in obligation.questions],
                "findings": list(obligation.findings),
                "table": _table(obligation, questionnaire, lang),
                "recommendation": obligation.recommendation.text.get(lang),
                "scenarios": [{"file": spec.path.name, "language": spec.language,
                               "title": scenario.title, "line": scenario.line}
                              for spec, scenario in tested.get(obligation.id, [])],
            })
        provisions.append({
            "id": provision.id,
            "instrument": t(f"report.instrument_{provision.instrument}", lang),
            "citation": provision.citation,
            "addressee": t(f"catalogue.addressee_{provision.addressee}", lang),
            "modality": t(f"report.modality_{provision.modality}", lang),
            "text": provision.text.get(lang),
            "unofficial": lang not in provision.authentic,
            "obligations": obligations,
        })
    untested = [o.id for o in rulebook.obligations if o.id not in tested]
    return {"lang": lang, "rulebook": rulebook.info, "title": rulebook.info.title.get(lang),
            "provisions": provisions, "untested": untested,
            "counts": {"provisions": len(rulebook.provisions),
                       "obligations": len(rulebook.obligations),
                       "scenarios": sum(len(s.scenarios) for s in specs)}}


def render_catalogue(rulebook: Rulebook, questionnaire: Questionnaire, lang: Lang,
                     features: Path | None = None) -> str:
    environment = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    template = environment.get_template("catalogue.html.j2")
    view = catalogue_view(rulebook, questionnaire, read_specs(features), lang)
    return template.render(v=view, tr=lambda key, **kw: t(f"catalogue.{key}", lang, **kw))
