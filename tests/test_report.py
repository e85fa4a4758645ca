"""The gap-analysis report: the JSON document, and its HTML and Markdown renderings.

The `rulebook` and `questionnaire` fixtures (conftest.py) are the bundled ones."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tipcheck.answers import Answer, AnswerSet, LoadedAnswers, Origin, State
from tipcheck.engine import evaluate
from tipcheck.errors import Location, Problem
from tipcheck.i18n import catalogue_dir
from tipcheck.model import STATUSES, Rulebook
from tipcheck.priority import PRIORITIES
from tipcheck.questionnaire import Questionnaire
from tipcheck.render import md_escape, reason_sentence
from tipcheck.report import build_report, render, write_reports
from tipcheck.yamlfile import load_yaml

NON_PUNISHMENT = "res-11-5/pp-11/non-punishment"
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_BOLD = "**bold**"
HOSTILE_FORMULA = "=cmd|' /C calc'!A0"


def cell(sheet: str, ref: str) -> Origin:
    return Origin(file="/home/someone/XAA answers.xlsx", sheet=sheet, cell=ref)


def loaded(answers: dict[str, Answer], lang: str = "en", name: str = "Ruritania",
           warnings: list[Problem] | None = None) -> LoadedAnswers:
    answer_set = AnswerSet(state=State(code="XAA", name=name), reporting_date=dt.date(2024, 6, 30),
                           language=lang, answers=answers)
    return LoadedAnswers(answer_set, "0" * 64, "/home/someone/XAA answers.xlsx", warnings or [])


def report(rulebook: Rulebook, questionnaire: Questionnaire, answers: LoadedAnswers,
           lang: str = "en") -> dict:
    findings = evaluate(rulebook, answers.answer_set)
    return build_report(rulebook, questionnaire, answers, findings, lang)


NO_CLAUSE = {"NP-1": Answer(value="none", origin=cell("Protection", "D14"))}
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


def test_the_document_starts_with_the_report_keys_and_counts_every_status_and_priority(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE))

    assert list(doc)[:8] == ["format", "state", "reporting_date", "tipcheck_version",
                             "rulebook_version", "input_sha256", "findings", "summary"]
    assert doc["format"] == "tipcheck-report/1"
    assert doc["state"] == {"code": "XAA", "name": "Ruritania"}
    assert doc["reporting_date"] == "2024-06-30"
    assert doc["language"] == "en"
    assert doc["rulebook_id"] == rulebook.info.id
    assert doc["questionnaire"] == {"id": questionnaire.id, "version": questionnaire.version}
    assert doc["input_file"] == "XAA answers.xlsx"
    assert doc["catalogued"] == []
    summary = doc["summary"]
    assert list(summary["by_status"]) == list(STATUSES)
    assert list(summary["by_priority"]) == list(PRIORITIES)
    assert summary["total"] == len(doc["findings"]) == sum(summary["by_status"].values())
    assert summary["by_theme"] == {"protection": {**dict.fromkeys(STATUSES, 0), "not_met": 1}}

    (finding,) = doc["findings"]
    assert list(finding) == ["obligation", "title", "provisions", "theme", "modality", "status",
                             "priority", "rationale", "recommendation"]
    assert finding["status"] == "not_met"
    assert finding["priority"] == "medium"
    first = finding["rationale"]["answers"][0]
    assert first == {"question": "NP-1", "value": "none", "label": "No",
                     "file": "XAA answers.xlsx", "sheet": "Protection", "cell": "D14",
                     "citation": None, "explanation": None}
    assert finding["rationale"]["answers"][1]["label"] == "Not answered"


def test_a_law_with_no_non_punishment_clause_reads_not_met_citing_the_answer_and_its_cell(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE))
    expected = ("Not met: the law has no provision sparing victims from punishment "
                "(answer NP-1 = No, Protection!D14).")

    assert reason_sentence(doc["findings"][0], rulebook, "en") == expected
    assert expected in render(doc, "html", rulebook, questionnaire)
    assert expected in render(doc, "md", rulebook, questionnaire)


def test_the_reason_sentence_omits_the_cell_of_an_answer_read_from_a_file_without_cells(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    answers = {"NP-1": Answer(value="guidance", citation="Circular 3/2020",
                              origin=Origin(file="XAA.json"))}
    doc = report(rulebook, questionnaire, loaded(answers, lang="fr"), lang="fr")

    assert reason_sentence(doc["findings"][0], rulebook, "fr") == (
        "Partiellement respectée : les victimes ne sont épargnées que par des lignes directrices "
        "ou une politique, qui ne lient ni les juges ni le parquet (réponse NP-1 = Seulement dans "
        "des lignes directrices ou une politique).")


def test_each_finding_is_anchored_in_the_html_report_on_its_obligation_id(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    html = render(report(rulebook, questionnaire, loaded(FULL)), "html", rulebook, questionnaire)

    assert f'id="{NON_PUNISHMENT}"' in html
    assert f'href="#{NON_PUNISHMENT}"' not in html  # met: not among the gaps
    assert "✔ Met" in render(report(rulebook, questionnaire, loaded(FULL)), "md", rulebook,
                             questionnaire)


def test_the_html_report_is_one_self_contained_printable_file(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    html = render(report(rulebook, questionnaire, loaded(NO_CLAUSE)), "html", rulebook,
                  questionnaire)

    assert html.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert '<meta charset="utf-8">' in html
    assert "<script" not in html
    assert "http://" not in html and "https://" not in html
    assert "@page { size: A4;" in html
    assert "break-inside: avoid" in html and "break-before: page" in html
    assert "<svg" in html and "✘ 1" in html  # the theme bar has a symbol, not colour alone
    assert "Binding treaty obligation (shall)" in html  # the priority table in the annex
    assert "a missing answer is never read as no" in html


def test_the_french_report_is_marked_french_and_uses_french_status_words(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE, lang="fr"), lang="fr")
    html = render(doc, "html", rulebook, questionnaire)
    markdown = render(doc, "md", rulebook, questionnaire)

    assert '<html lang="fr">' in html
    for text in (html, markdown):
        assert "Non respectée" in text
        assert "Informations insuffisantes" in text  # the method's definitions
        assert "Not met" not in text
    # Resolution 11/5 is authentic in French: the French report quotes it as it is.
    assert "Traduction non officielle" not in html
    assert "Unofficial translation" in render(
        report(rulebook, questionnaire, loaded(NO_CLAUSE)), "html", rulebook, questionnaire)


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


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("fmt", ["json", "html", "md"])
def test_rendering_twice_gives_identical_bytes(
    rulebook: Rulebook, questionnaire: Questionnaire, lang: str, fmt: str
) -> None:
    first = render(report(rulebook, questionnaire, loaded(FULL, lang=lang), lang), fmt,
                   rulebook, questionnaire)
    second = render(report(rulebook, questionnaire, loaded(FULL, lang=lang), lang), fmt,
                    rulebook, questionnaire)

    assert first.encode() == second.encode()
    assert first.endswith("\n")


def test_reports_are_written_as_state_code_files_with_no_temporary_file_left(
    rulebook: Rulebook, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE))
    out = tmp_path / "reports" / "2024"

    paths = write_reports(doc, ["md", "json", "html"], out, rulebook, questionnaire)

    assert paths == [out / "XAA.md", out / "XAA.json", out / "XAA.html"]
    assert sorted(p.name for p in out.iterdir()) == ["XAA.html", "XAA.json", "XAA.md"]
    assert json.loads((out / "XAA.json").read_text(encoding="utf-8")) == doc
    assert (out / "XAA.html").read_bytes() == render(doc, "html", rulebook,
                                                     questionnaire).encode()
    with pytest.raises(ValueError, match="pdf"):
        write_reports(doc, ["json", "pdf"], out, rulebook, questionnaire)


def test_unanswered_questions_and_import_warnings_are_listed_in_the_annex(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    answers = {"NP-1": Answer(value="statutory", origin=cell("Protection", "D14")),
               "NP-2": Answer(value="yes", citation="Act 12, s. 4", origin=cell("Protection",
                                                                                   "D15"))}
    warning = Problem(Location("/home/someone/XAA answers.xlsx", "Protection", "D14"),
                      "NP-1 is answered 'statutory' but gives no national legal citation")
    doc = report(rulebook, questionnaire, loaded(answers, warnings=[warning]))
    html = render(doc, "html", rulebook, questionnaire)

    assert doc["findings"][0]["status"] == "insufficient_information"
    assert doc["warnings"] == ["XAA answers.xlsx: Protection!D14: NP-1 is answered 'statutory' "
                               "but gives no national legal citation"]
    annex = html[html.index('id="annex"'):]
    assert "<strong>NP-3</strong>" in annex and "<strong>NP-4</strong>" in annex
    assert "<strong>NP-1</strong>" not in annex
    assert "gives no national legal citation" in annex
    assert "/home/someone" not in html


def test_findings_come_most_urgent_first_then_by_obligation_id(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    base = rulebook.obligation(NON_PUNISHMENT)
    binding = base.model_copy(update={"id": "res-11-5/pp-11/zz-binding", "modality": "shall"})
    twin = base.model_copy(update={"id": "res-11-5/pp-11/aa-twin"})
    extended = rulebook.model_copy(update={"obligations": (base, binding, twin)})

    doc = report(extended, questionnaire, loaded(NO_CLAUSE))

    assert [f["obligation"] for f in doc["findings"]] == [
        "res-11-5/pp-11/zz-binding", "res-11-5/pp-11/aa-twin", NON_PUNISHMENT]
    assert [f["priority"] for f in doc["findings"]] == ["urgent", "medium", "medium"]


def test_a_provision_addressed_to_unodc_is_catalogued_as_help_a_state_can_ask_for(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    unodc = rulebook.provision("res-11-5/op-02").model_copy(update={
        "id": "res-11-5/op-16", "citation": "OP 16", "addressee": "unodc", "modality": "requests"})
    extended = rulebook.model_copy(update={"provisions": (*rulebook.provisions, unodc)})

    doc = report(extended, questionnaire, loaded(NO_CLAUSE))
    html = render(doc, "html", extended, questionnaire)

    assert [c["id"] for c in doc["catalogued"]] == ["res-11-5/op-16"]
    assert doc["catalogued"][0]["citation"] == "OP 16"
    assert "Help a State can ask for" in html and "Resolution 11/5, OP 16" in html
    assert "Help a State can ask for" not in render(
        report(rulebook, questionnaire, loaded(NO_CLAUSE)), "html", rulebook, questionnaire)


def test_every_report_string_exists_in_english_and_in_french() -> None:
    english = load_yaml(catalogue_dir() / "report.en.yaml")
    french = load_yaml(catalogue_dir() / "report.fr.yaml")

    assert sorted(set(english) - set(french)) == []
    assert sorted(set(french) - set(english)) == []
    for key in english:
        assert english[key].count("{") == french[key].count("{"), key
