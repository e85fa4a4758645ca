"""The gap-analysis report: the JSON document, and its HTML and Markdown renderings.

The `rulebook` and `questionnaire` fixtures (conftest.py) are the bundled ones."""

from __future__ import annotations

import datetime as dt
import html as htmllib
import json
import re
from pathlib import Path
from typing import get_args

import pytest
from markupsafe import escape

from tipcheck.answers import Answer, AnswerSet, LoadedAnswers, Origin, State
from tipcheck.engine import evaluate
from tipcheck.errors import Location, Problem
from tipcheck.i18n import catalogue_dir, t
from tipcheck.model import STATUSES, THEMES, Instrument, Modality, Rulebook
from tipcheck.priority import AS_RECOMMENDATION, PRIORITIES, priority
from tipcheck.questionnaire import Questionnaire
from tipcheck.render import md_escape, reason_sentence
from tipcheck.report import build_report, render, write_reports
from tipcheck.report_view import STATUS_SYMBOLS
from tipcheck.yamlfile import load_yaml

NON_PUNISHMENT = "res-11-5/pp-11/non-punishment"
COMPOSITE = "res-11-5/op-05/victim-centred-approach"
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
    findings = evaluate(rulebook, answers.answer_set, questionnaire)
    return build_report(rulebook, questionnaire, answers, findings, lang)


def finding_of(doc: dict, obligation_id: str) -> dict:
    (finding,) = [f for f in doc["findings"] if f["obligation"] == obligation_id]
    return finding


def article(html: str, obligation_id: str) -> str:
    """The HTML of one finding, from its anchored <article> to its end."""
    start = html.index(f'<article class="finding" id="{obligation_id}"')
    return html[start:html.index("</article>", start)]


def md_section(markdown: str, obligation_id: str) -> str:
    """The Markdown of one finding, from its anchor to the next finding's anchor or heading."""
    start = markdown.index(f'<a id="{obligation_id}"></a>')
    ends = [i for i in (markdown.find("<a id=", start + 1), markdown.find("\n## ", start))
            if i >= 0]
    return markdown[start:min(ends, default=len(markdown))]


def plain(markup: str) -> str:
    """HTML as a reader sees it: no tags, entities decoded."""
    return htmllib.unescape(re.sub(r"<[^>]+>", "", markup))


def treaty_obligations(rulebook: Rulebook) -> list[str]:
    return [o.id for o in rulebook.obligations if rulebook.instruments_of(o)]


def resolution_only_obligations(rulebook: Rulebook) -> list[str]:
    return [o.id for o in rulebook.obligations if not rulebook.instruments_of(o)]


def party_source(rulebook: Rulebook) -> str:
    """The obligation whose finding says whether the State is party to the Protocol."""
    return rulebook.info.applicability["tip-protocol"].obligation


NO_CLAUSE = {"NP-1": Answer(value="none", origin=cell("Protection", "D14"))}
NOT_PARTY = {"FW-1": Answer(value="not_party", origin=cell("Framework", "D5")), **NO_CLAUSE}
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
                     "citation": None, "explanation": None}
    assert finding["rationale"]["answers"][1]["label"] == "Not answered"


def test_a_law_with_no_non_punishment_clause_reads_not_met_citing_the_answer_and_its_cell(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE))
    expected = ("Not met: the law has no provision sparing victims from punishment "
                "(answer NP-1 = No, Protection!D14).")

    assert reason_sentence(finding_of(doc, NON_PUNISHMENT), rulebook, "en") == expected
    assert expected in render(doc, "html", rulebook, questionnaire)
    assert expected in render(doc, "md", rulebook, questionnaire)


def test_the_reason_sentence_omits_the_cell_of_an_answer_read_from_a_file_without_cells(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    answers = {"NP-1": Answer(value="guidance", citation="Circular 3/2020",
                              origin=Origin(file="XAA.json"))}
    doc = report(rulebook, questionnaire, loaded(answers, lang="fr"), lang="fr")

    assert reason_sentence(finding_of(doc, NON_PUNISHMENT), rulebook, "fr") == (
        "Partiellement respectée : les victimes ne sont épargnées que par des lignes directrices "
        "ou une politique, qui ne lient ni les juges ni le parquet (réponse NP-1 = Seulement dans "
        "des lignes directrices ou une politique).")


def test_each_finding_is_anchored_in_the_html_report_on_its_obligation_id(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    doc = report(rulebook, questionnaire, loaded(FULL))
    html = render(doc, "html", rulebook, questionnaire)
    gaps = html[html.index('id="summary"'):html.index('<section class="theme"')]

    assert finding_of(doc, NON_PUNISHMENT)["status"] == "met"
    for finding in doc["findings"]:
        assert html.count(f'<article class="finding" id="{finding["obligation"]}"') == 1
        # The summary links to the gaps only: a met finding is not among them.
        linked = f'href="#{finding["obligation"]}"' in gaps
        assert linked == (finding["priority"] != "none"), finding["obligation"]
    # Every link inside the report lands on an anchor of the report.
    anchors = set(re.findall(r' id="([^"]+)"', html))
    assert set(re.findall(r' href="#([^"]+)"', html)) <= anchors
    markdown = render(doc, "md", rulebook, questionnaire)
    assert "✔ Met" in md_section(markdown, NON_PUNISHMENT)
    md_anchors = set(re.findall(r'<a id="([^"]+)"></a>', markdown))
    assert set(re.findall(r"\]\(#([^)]+)\)", markdown)) <= md_anchors


def test_the_html_report_is_one_self_contained_printable_file(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE))
    html = render(doc, "html", rulebook, questionnaire)

    assert html.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert '<meta charset="utf-8">' in html
    assert "<script" not in html
    assert "http://" not in html and "https://" not in html
    assert "@page { size: A4;" in html
    assert "break-inside: avoid" in html and "break-before: page" in html
    assert "<svg" in html
    assert doc["summary"]["by_theme"]["protection"]["not_met"] >= 1
    for theme, counts in doc["summary"]["by_theme"].items():
        assert f'<section class="theme" id="theme-{theme}">' in html
        bar = html[html.index(f">{t(f'report.theme_{theme}', 'en')}</text>"):]
        legend = bar[:bar.index("</g>")]
        for status, count in counts.items():
            symbol = STATUS_SYMBOLS[status]
            # Each theme bar has a symbol, not colour alone.
            assert (f"{symbol} {count}" in legend) == (count > 0), (theme, status)
    assert "Binding treaty obligation (shall)" in html  # the priority table in the annex
    assert "a missing answer is never read as no" in html


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_provision_is_marked_as_an_unofficial_translation_outside_its_authentic_languages(
    rulebook: Rulebook, questionnaire: Questionnaire, lang: str
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE, lang=lang), lang)
    html = render(doc, "html", rulebook, questionnaire)
    markdown = render(doc, "md", rulebook, questionnaire)
    mark = t("report.unofficial_translation", lang)
    shown = {p for f in doc["findings"] for p in f["provisions"]}

    assert {rulebook.provision(p).instrument for p in shown} >= {"res-11-5", "tip-protocol"}
    for provision_id in shown:
        provision = rulebook.provision(provision_id)
        label = f"{t(f'report.instrument_{provision.instrument}', lang)}, {provision.citation}"
        caption = f"<figcaption><strong>{label}</strong>"
        unofficial = lang not in provision.authentic
        assert (f'{caption} <span class="unofficial">({mark})</span>' in html) == unofficial
        assert (f"{caption}</figcaption>" in html) == (not unofficial)
        assert (f"**{label}** _({mark})_" in markdown) == unofficial


def test_the_instruments_are_named_in_the_language_of_the_report(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    # No obligation rests on the Convention yet: add one of its articles to one that is checked.
    privacy = "tip-protocol/art-06-1/privacy"
    untoc = rulebook.provision("tip-protocol/art-06-1").model_copy(update={
        "id": "untoc/art-24", "instrument": "untoc", "citation": "art. 24"})
    obligations = tuple(
        o.model_copy(update={"provisions": (*o.provisions, untoc.id)}) if o.id == privacy else o
        for o in rulebook.obligations)
    extended = rulebook.model_copy(update={"provisions": (*rulebook.provisions, untoc),
                                           "obligations": obligations})
    expected = {
        "en": ["Resolution 11/5, PP 11", "Trafficking in Persons Protocol, art. 6(1)",
               "Organized Crime Convention, art. 24"],
        "fr": ["Résolution 11/5, PP 11", "Protocole relatif à la traite des personnes, art. 6(1)",
               "Convention contre la criminalité organisée, art. 24"],
    }

    for lang, labels in expected.items():
        doc = report(extended, questionnaire, loaded(NO_CLAUSE, lang=lang), lang)
        for fmt in ("html", "md"):
            text = render(doc, fmt, extended, questionnaire)
            for label in labels:
                assert label in (plain(text) if fmt == "html" else text), (lang, fmt, label)


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
    resolution = [p for p in finding_of(doc, NON_PUNISHMENT)["provisions"]
                  if rulebook.provision(p).instrument == "res-11-5"]
    assert resolution
    for provision_id in resolution:
        citation = rulebook.provision(provision_id).citation
        assert f"<strong>Résolution 11/5, {citation}</strong></figcaption>" in html
        assert f"<strong>Resolution 11/5, {citation}</strong> <span class=\"unofficial\">" in (
            render(report(rulebook, questionnaire, loaded(NO_CLAUSE)), "html", rulebook,
                   questionnaire))


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

    assert finding_of(doc, NON_PUNISHMENT)["status"] == "insufficient_information"
    assert doc["warnings"] == ["XAA answers.xlsx: Protection!D14: NP-1 is answered 'statutory' "
                               "but gives no national legal citation"]
    annex = html[html.index('id="annex"'):]
    assert "<strong>NP-3</strong>" in annex and "<strong>NP-4</strong>" in annex
    assert "<strong>NP-1</strong>" not in annex
    unanswered = {a["question"] for f in doc["findings"] for a in f["rationale"]["answers"]
                  if a["value"] == "not_answered"}
    assert {q for q in unanswered if f"<strong>{q}</strong>" in annex} == unanswered
    assert "gives no national legal citation" in annex
    assert "/home/someone" not in html


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
             "list_and", "weighed_as", "reason_finding", "reason_answer", "reason_answer_cell"}

    for lang in ("en", "fr"):
        strings = load_yaml(catalogue_dir() / f"report.{lang}.yaml")
        assert sorted(used - set(strings)) == [], lang


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


@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "Not binding on this State: it is not party to the Trafficking in Persons Protocol; "
             "this obligation is a recommendation to it"),
     ("fr", "Non contraignante pour cet État : il n'est pas partie au Protocole relatif à la "
             "traite des personnes ; cette obligation vaut pour lui recommandation")],
)
def test_a_treaty_obligation_of_a_state_not_party_reads_as_a_recommendation_to_it(
    rulebook: Rulebook, questionnaire: Questionnaire, lang: str, line: str
) -> None:
    doc = report(rulebook, questionnaire, loaded(NOT_PARTY, lang=lang), lang)
    html = render(doc, "html", rulebook, questionnaire)
    markdown = render(doc, "md", rulebook, questionnaire)
    source = party_source(rulebook)
    see = f"({t('report.see', lang)} "
    not_binding = t("report.binding_false_label", lang)

    assert finding_of(doc, source)["status"] == "not_met"
    for obligation_id in treaty_obligations(rulebook):
        finding = finding_of(doc, obligation_id)
        assert finding["binding"] is False
        # Same status as a party's; the priority is that of a recommendation.
        assert finding["priority"] == priority(finding["modality"], finding["status"], False)
        block = article(html, obligation_id)
        assert line in plain(block)
        note = block[block.index('<p class="binding'):]
        note = note[:note.index("</p>")]
        assert f'{see}<a href="#{source}">' in note  # links to the accession finding
        assert f'{see}[{md_escape(finding_of(doc, source)["title"])}](#{source})' in md_section(
            markdown, obligation_id)
        assert md_escape(line) in md_section(markdown, obligation_id).replace("**", "")
    for obligation_id in resolution_only_obligations(rulebook):
        assert finding_of(doc, obligation_id)["binding"] is None
        assert 'class="binding' not in article(html, obligation_id)
        assert not_binding not in md_section(markdown, obligation_id)


@pytest.mark.parametrize("fw1", ["party", "unknown", None])
def test_a_party_sees_no_binding_line_and_an_unknown_party_status_weighs_as_binding(
    rulebook: Rulebook, questionnaire: Questionnaire, fw1: str | None
) -> None:
    answers = dict(NO_CLAUSE)
    if fw1:
        answers["FW-1"] = Answer(value=fw1, citation="Accession 2004" if fw1 == "party" else None,
                                 origin=cell("Framework", "D5"))
    doc = report(rulebook, questionnaire, loaded(answers))
    html = render(doc, "html", rulebook, questionnaire)
    markdown = render(doc, "md", rulebook, questionnaire)
    unknown = ("Party status unknown: it is not known whether the State is party to the "
               "Trafficking in Persons Protocol; the obligation is weighed as binding")

    for obligation_id in treaty_obligations(rulebook):
        finding = finding_of(doc, obligation_id)
        assert finding["binding"] is (True if fw1 == "party" else None)
        assert finding["priority"] == priority(finding["modality"], finding["status"])
        block = plain(article(html, obligation_id))
        section = md_section(markdown, obligation_id)
        assert "Not binding on this State" not in block and "Not binding" not in section
        assert (unknown in block) == (fw1 != "party")
        assert (md_escape(unknown) in section.replace("**", "")) == (fw1 != "party")
    for obligation_id in resolution_only_obligations(rulebook):
        assert 'class="binding' not in article(html, obligation_id)
        assert "Party status unknown" not in md_section(markdown, obligation_id)


def test_a_composite_finding_shows_and_cites_the_findings_it_read(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    answers = {"FW-1": Answer(value="party", citation="Accession 2004",
                              origin=cell("Framework", "D5")),
               **NO_CLAUSE,
               **{q: Answer(value="yes", citation="Act 5", origin=cell("Protection", f"D{i}"))
                  for i, q in enumerate(("AS-1", "AS-2", "AS-3", "PV-1", "PV-2", "PV-3"), 20)}}
    doc = report(rulebook, questionnaire, loaded(answers))
    html = render(doc, "html", rulebook, questionnaire)
    markdown = render(doc, "md", rulebook, questionnaire)
    composite = finding_of(doc, COMPOSITE)
    expected = ("Partially met: some elements of a victim-centred approach are in place and "
                "others are missing (finding res-11-5/pp-11/non-punishment = Not met; "
                "finding tip-protocol/art-06-3/assistance = Met; "
                "finding tip-protocol/art-06-1/privacy = Met).")

    assert reason_sentence(composite, rulebook, "en") == expected
    assert expected in plain(article(html, COMPOSITE))
    assert md_escape(expected) in md_section(markdown, COMPOSITE)
    assert rulebook.obligation(COMPOSITE).findings
    block = article(html, COMPOSITE)
    section = md_section(markdown, COMPOSITE)
    for read in composite["rationale"]["findings"]:
        symbol, label = STATUS_SYMBOLS[read["status"]], t(f"report.status_{read['status']}", "en")
        link = f'<a href="#{read["obligation"]}">{escape(read["title"])}</a>'
        assert f"{symbol}</span> {label}</span> {link}" in block
        assert f"- {symbol} {label}: [{md_escape(read['title'])}](#{read['obligation']})" in (
            section)
        assert f'<article class="finding" id="{read["obligation"]}"' in html
    # It reads no question, so it has no table of answers.
    assert not rulebook.obligation(COMPOSITE).questions
    assert composite["rationale"]["answers"] == []
    assert "Answers read" not in block and "Answers read" not in section


def test_the_composite_reason_cites_only_the_findings_its_decision_row_names(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    answers = {"NP-1": Answer(value="guidance", citation="Circular 3/2020",
                              origin=cell("Protection", "D14"))}
    composite = finding_of(report(rulebook, questionnaire, loaded(answers, lang="fr"), "fr"),
                           COMPOSITE)
    row = rulebook.obligation(COMPOSITE).decision[composite["rationale"]["row"] - 1]

    assert composite["status"] == "partially_met"
    assert list(row.when) == [NON_PUNISHMENT]
    assert reason_sentence(composite, rulebook, "fr") == (
        "Partiellement respectée : la non-sanction des victimes n'est que partiellement assurée "
        "(constat res-11-5/pp-11/non-punishment = Partiellement respectée).")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_method_annex_states_how_a_treaty_weighs_for_a_state_not_party(
    rulebook: Rulebook, questionnaire: Questionnaire, lang: str
) -> None:
    doc = report(rulebook, questionnaire, loaded(NOT_PARTY, lang=lang), lang)
    html = render(doc, "html", rulebook, questionnaire)
    markdown = render(doc, "md", rulebook, questionnaire)
    annex = html[html.index('id="annex"'):]
    md_annex = markdown[markdown.index(f"## {t('report.annex', lang)}"):]

    assert AS_RECOMMENDATION
    assert t("report.method_binding_intro", lang) in plain(annex)
    assert md_escape(t("report.method_binding_intro", lang)) in md_annex
    for treaty, weighed in AS_RECOMMENDATION.items():
        treaty_label = escape(t(f"report.modality_{treaty}", lang))
        weighed_label = escape(t(f"report.modality_{weighed}", lang))
        assert f"<tr><td>{treaty_label}</td><td>{weighed_label}</td></tr>" in annex
        assert (f"| {md_escape(t(f'report.modality_{treaty}', lang))} | "
                f"{md_escape(t(f'report.modality_{weighed}', lang))} |") in md_annex
