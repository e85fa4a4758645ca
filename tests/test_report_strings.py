"""Every string of the reports and comparisons exists in English and in French."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

import tipcheck
from tipcheck.action_plan import COLUMNS, PROGRESS
from tipcheck.assistance import HELP_ADDRESSEES
from tipcheck.compare import CHANGES
from tipcheck.i18n import catalogue_dir
from tipcheck.model import STATUSES, THEMES, Instrument, Modality
from tipcheck.priority import PRIORITIES
from tipcheck.yamlfile import load_yaml

SOURCE = Path(tipcheck.__file__).parent


@pytest.mark.parametrize("area", ["report", "compare"])
def test_every_report_string_exists_in_english_and_in_french(area: str) -> None:
    english = load_yaml(catalogue_dir() / f"{area}.en.yaml")
    french = load_yaml(catalogue_dir() / f"{area}.fr.yaml")

    assert sorted(set(english) - set(french)) == []
    assert sorted(set(french) - set(english)) == []
    for key in english:
        assert english[key].count("{") == french[key].count("{"), key
        assert set(re.findall(r"{(\w+)}", english[key])) == set(
            re.findall(r"{(\w+)}", french[key])), key


def test_every_string_the_templates_and_the_view_use_exists_in_both_languages() -> None:
    templates = catalogue_dir().parent
    used = set()
    for template in templates.glob("report.*.j2"):
        used |= set(re.findall(r'tr\("([a-z0-9_-]+)"', template.read_text(encoding="utf-8")))
    used |= {f"status_{s}" for s in STATUSES} | {f"status_def_{s}" for s in STATUSES}
    used |= {f"priority_{p}" for p in PRIORITIES} | {f"theme_{x}" for x in THEMES}
    used |= {f"modality_{m}" for m in get_args(Modality)}
    used |= {f"{kind}_{i}" for kind in ("instrument", "party_to") for i in get_args(Instrument)}
    used |= {"binding_false", "binding_false_label", "binding_unknown", "binding_unknown_label",
             "list_and", "weighed_as", "reason_finding", "reason_answer", "reason_answer_cell",
             "help_any_theme", "no_gaps"}
    used |= {f"help_from_{a}" for a in HELP_ADDRESSEES}
    # The action plan's strings.
    used |= {f"plan_col_{c}" for c in COLUMNS} | {f"plan_progress_{p}" for p in PROGRESS}
    used |= set(re.findall(r't\("report\.([a-z0-9_-]+)"',
                           (SOURCE / "action_plan.py").read_text(encoding="utf-8")))

    for lang in ("en", "fr"):
        strings = load_yaml(catalogue_dir() / f"report.{lang}.yaml")
        assert sorted(used - set(strings)) == [], lang


def test_every_string_the_comparisons_use_exists_in_both_languages() -> None:
    templates = catalogue_dir().parent
    used = set()
    for template in ("matrix.html.j2", "diff.html.j2", "diff.md.j2"):
        used |= set(re.findall(r'tr\("([a-z0-9_-]+)"',
                               (templates / template).read_text(encoding="utf-8")))
    used |= set(re.findall(r'tr\("([a-z0-9_-]+)"',
                           (SOURCE / "compare.py").read_text(encoding="utf-8")))
    used |= {f"change_{c}" for c in CHANGES} | {f"change_def_{c}" for c in CHANGES}
    used |= {"why_format", "why_field"}

    assert "matrix_title" in used and "change_new_gaps" in used
    for lang in ("en", "fr"):
        strings = load_yaml(catalogue_dir() / f"compare.{lang}.yaml")
        assert sorted(used - set(strings)) == [], lang
