"""The `tipcheck-report/1` document: its keys and counts, its order, its JSON Schema, and the
files written from it, identical on every run."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import tipcheck
from report_helpers import (
    COMPOSITE,
    FULL,
    NO_CLAUSE,
    NON_PUNISHMENT,
    NOT_PARTY,
    demo_reports,
    finding_of,
    loaded,
    party_source,
    report,
    resolution_only_obligations,
    treaty_obligations,
)
from tipcheck.engine import evaluate
from tipcheck.model import MODALITY_ORDER, STATUSES, THEMES, Rulebook
from tipcheck.priority import PRIORITIES, priority
from tipcheck.questionnaire import Questionnaire
from tipcheck.report import build_report, render, render_bytes, write_reports
from tipcheck.report_schema import SCHEMA_PATH, report_schema, schema_text


def test_the_document_starts_with_the_report_keys_and_counts_every_status_and_priority(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    loaded_answers = loaded(NO_CLAUSE)
    findings = evaluate(rulebook, loaded_answers.answer_set, questionnaire)
    doc = build_report(rulebook, questionnaire, loaded_answers, findings, "en")

    assert list(doc)[:8] == ["format", "state", "reporting_date", "tipcheck_version",
                             "rulebook_version", "input_sha256", "findings", "summary"]
    assert doc["format"] == "tipcheck-report/1"
    assert doc["state"] == {"code": "XAA", "name": "Ruritania"}
    assert doc["reporting_date"] == "2024-06-30"
    assert doc["language"] == "en"
    assert doc["rulebook_id"] == rulebook.info.id
    assert doc["questionnaire"] == {"id": questionnaire.id, "version": questionnaire.version}
    assert doc["input_file"] == "XAA answers.xlsx"
    assert [c["id"] for c in doc["catalogued"]] == [
        p.id for p in rulebook.provisions if not rulebook.is_checkable(p.id)]
    assert sorted(f["obligation"] for f in doc["findings"]) == sorted(
        o.id for o in rulebook.obligations)
    summary = doc["summary"]
    assert list(summary["by_status"]) == list(STATUSES)
    assert list(summary["by_priority"]) == list(PRIORITIES)
    assert summary["total"] == len(doc["findings"]) == sum(summary["by_status"].values())
    assert summary["by_status"] == {s: sum(f.status == s for f in findings) for s in STATUSES}
    assert summary["by_priority"] == {p: sum(f.priority == p for f in findings)
                                      for p in PRIORITIES}
    themes = [theme for theme in THEMES if any(f.theme == theme for f in findings)]
    assert summary["by_theme"] == {
        theme: {s: sum(f.theme == theme and f.status == s for f in findings) for s in STATUSES}
        for theme in themes}
    assert list(summary["by_theme"]) == themes  # in the order of THEMES, none left empty
    # The status x legal force table: every modality that has findings, strongest first.
    modalities = [m for m in MODALITY_ORDER if any(f.modality == m for f in findings)]
    assert list(summary["by_modality"]) == modalities
    assert summary["by_modality"] == {
        m: {s: sum(f.modality == m and f.status == s for f in findings) for s in STATUSES}
        for m in modalities}

    finding = finding_of(doc, NON_PUNISHMENT)
    assert list(finding) == ["obligation", "title", "provisions", "theme", "modality", "status",
                             "priority", "binding", "rationale", "recommendation"]
    assert list(finding["rationale"]) == ["row", "reason", "answers", "depends_on", "findings"]
    assert finding["status"] == "not_met"
    assert finding["priority"] == "medium" == priority(finding["modality"], "not_met")
    assert finding["binding"] is None  # it rests on the resolution alone
    first = finding["rationale"]["answers"][0]
    assert first == {"question": "NP-1", "value": "none", "label": "No",
                     "file": "XAA answers.xlsx", "sheet": "Protection", "cell": "D14",
                     "citation": None, "explanation": None, "source": None}
    assert finding["rationale"]["answers"][1]["label"] == "Not answered"


def test_each_finding_says_whether_it_binds_and_what_it_read_in_the_json_document(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    loaded_answers = loaded(NOT_PARTY)
    findings = {f.obligation: f
                for f in evaluate(rulebook, loaded_answers.answer_set, questionnaire)}
    doc = build_report(rulebook, questionnaire, loaded_answers, list(findings.values()), "fr")
    document = json.loads(render(doc, "json", rulebook, questionnaire))

    assert document == doc
    for finding in document["findings"]:
        engine = findings[finding["obligation"]]
        assert finding["binding"] is engine.binding
        assert finding["rationale"]["depends_on"] == list(engine.rationale.depends_on)
        assert finding["rationale"]["findings"] == [
            {"obligation": r.obligation, "status": r.status,
             "title": rulebook.obligation(r.obligation).title.fr}
            for r in engine.rationale.findings]
        # What a finding read is what the report says of that obligation.
        for read in finding["rationale"]["findings"]:
            assert read["status"] == finding_of(document, read["obligation"])["status"]
            assert read["title"] == finding_of(document, read["obligation"])["title"]
    treaty = treaty_obligations(rulebook)
    assert treaty and resolution_only_obligations(rulebook)
    assert {f["obligation"]: f["binding"] for f in document["findings"]} == {
        o.id: (False if o.id in treaty else None) for o in rulebook.obligations}
    composite = finding_of(document, COMPOSITE)["rationale"]
    assert [r["obligation"] for r in composite["findings"]] == list(
        rulebook.obligation(COMPOSITE).findings)
    assert set(composite["depends_on"]) >= {r["obligation"] for r in composite["findings"]}
    for obligation_id in treaty:
        assert party_source(rulebook) in finding_of(document, obligation_id)["rationale"][
            "depends_on"]


def test_findings_come_most_urgent_first_then_by_obligation_id(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    base = rulebook.obligation(NON_PUNISHMENT)
    binding = base.model_copy(update={"id": "res-11-5/pp-11/zz-binding", "modality": "shall"})
    twin = base.model_copy(update={"id": "res-11-5/pp-11/aa-twin"})
    extended = rulebook.model_copy(
        update={"obligations": (*rulebook.obligations, binding, twin)})

    doc = report(extended, questionnaire, loaded(NO_CLAUSE))
    order = [(PRIORITIES.index(f["priority"]), f["obligation"]) for f in doc["findings"]]

    assert order == sorted(order)
    assert len(doc["findings"]) == len(extended.obligations)
    assert doc["findings"][0]["obligation"] == "res-11-5/pp-11/zz-binding"
    assert doc["findings"][0]["priority"] == "urgent"
    # The same gap weighs the same: the twin sits right before the obligation it copies.
    ids = [f["obligation"] for f in doc["findings"]]
    assert ids.index("res-11-5/pp-11/aa-twin") < ids.index(NON_PUNISHMENT)
    assert finding_of(doc, "res-11-5/pp-11/aa-twin")["priority"] == "medium"
    assert finding_of(doc, NON_PUNISHMENT)["priority"] == "medium"
    assert all(f["priority"] != "medium" for f in doc["findings"]
               if "res-11-5/pp-11/aa-twin" < f["obligation"] < NON_PUNISHMENT)


@pytest.mark.parametrize("answers", [FULL, NOT_PARTY], ids=["full", "not-party"])
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("fmt", ["json", "html", "md"])
def test_rendering_twice_gives_identical_bytes(
    rulebook: Rulebook, questionnaire: Questionnaire, lang: str, fmt: str, answers: dict
) -> None:
    first = render(report(rulebook, questionnaire, loaded(answers, lang=lang), lang), fmt,
                   rulebook, questionnaire)
    second = render(report(rulebook, questionnaire, loaded(answers, lang=lang), lang), fmt,
                    rulebook, questionnaire)

    assert first.encode() == second.encode()
    assert first.endswith("\n")


def test_reports_are_written_as_state_code_files_with_no_temporary_file_left(
    rulebook: Rulebook, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE))
    out = tmp_path / "reports" / "2024"

    paths = write_reports(doc, ["md", "json", "html", "xlsx"], out, rulebook, questionnaire)

    assert paths == [out / "XAA.md", out / "XAA.json", out / "XAA.html", out / "XAA.xlsx"]
    assert sorted(p.name for p in out.iterdir()) == ["XAA.html", "XAA.json", "XAA.md",
                                                     "XAA.xlsx"]
    assert json.loads((out / "XAA.json").read_text(encoding="utf-8")) == doc
    assert (out / "XAA.html").read_bytes() == render(doc, "html", rulebook,
                                                     questionnaire).encode()
    assert (out / "XAA.xlsx").read_bytes() == render_bytes(doc, "xlsx", rulebook, questionnaire)
    with pytest.raises(ValueError, match="pdf"):
        write_reports(doc, ["json", "pdf"], out, rulebook, questionnaire)


def test_a_failed_rendering_writes_nothing_and_leaves_earlier_reports_as_they_were(
    rulebook: Rulebook, questionnaire: Questionnaire, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE))
    write_reports(doc, ["json"], tmp_path, rulebook, questionnaire)
    before = (tmp_path / "XAA.json").read_bytes()

    def broken(*args: object) -> bytes:
        raise RuntimeError("the action plan failed")

    monkeypatch.setattr("tipcheck.action_plan.action_plan", broken)
    changed = {**doc, "reporting_date": "2025-06-30"}
    with pytest.raises(RuntimeError):
        write_reports(changed, ["json", "xlsx"], tmp_path, rulebook, questionnaire)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["XAA.json"]
    assert (tmp_path / "XAA.json").read_bytes() == before


def test_the_shipped_json_schema_is_the_one_generated_from_the_model() -> None:
    assert SCHEMA_PATH.is_file()
    assert SCHEMA_PATH.is_relative_to(Path(tipcheck.__file__).parent)  # inside the package
    assert report_schema() == json.loads(schema_text())
    jsonschema.Draft202012Validator.check_schema(report_schema())


@pytest.mark.parametrize("answers", [FULL, NOT_PARTY, NO_CLAUSE, {}],
                         ids=["full", "not-party", "no-clause", "empty"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_report_is_valid_against_the_shipped_schema(
    rulebook: Rulebook, questionnaire: Questionnaire, answers: dict, lang: str
) -> None:
    doc = json.loads(render(report(rulebook, questionnaire, loaded(answers, lang=lang), lang),
                            "json", rulebook, questionnaire))
    validator = jsonschema.Draft202012Validator(report_schema())

    assert [e.message for e in validator.iter_errors(doc)] == []
    # The schema is closed: a key it does not know is refused.
    assert not validator.is_valid({**doc, "extra": 1})
    assert not validator.is_valid({**doc, "format": "tipcheck-report/2"})


def test_every_demo_report_is_valid_against_the_shipped_schema(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    validator = jsonschema.Draft202012Validator(report_schema())
    out = demo_reports(rulebook, questionnaire)
    reports = sorted([*out.glob("X??.json"), *out.glob("fr/X??.json")])

    assert reports
    for path in reports:
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert [e.message for e in validator.iter_errors(doc)] == [], path.name
