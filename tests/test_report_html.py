"""The HTML and Markdown reports: anchors, a self-contained printable page, the provisions quoted
in the report's language, the annex."""

from __future__ import annotations

import re

import pytest

from report_helpers import (
    FULL,
    NO_CLAUSE,
    NON_PUNISHMENT,
    cell,
    finding_of,
    loaded,
    md_section,
    plain,
    report,
)
from tipcheck.answers import Answer
from tipcheck.errors import Location, Problem
from tipcheck.i18n import t
from tipcheck.model import Rulebook
from tipcheck.questionnaire import Questionnaire
from tipcheck.report import render
from tipcheck.report_view import MAX_GAPS_IN_SUMMARY, STATUS_SYMBOLS


def test_each_finding_is_anchored_in_the_html_report_on_its_obligation_id(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    doc = report(rulebook, questionnaire, loaded(FULL))
    html = render(doc, "html", rulebook, questionnaire)
    gaps = html[html.index('id="summary"'):html.index('<section class="theme"')]

    assert finding_of(doc, NON_PUNISHMENT)["status"] == "met"
    # The summary links to the most urgent gaps only: a met finding is not among them.
    urgent = [f["obligation"] for f in doc["findings"]
              if f["priority"] != "none"][:MAX_GAPS_IN_SUMMARY]
    for finding in doc["findings"]:
        assert html.count(f'<article class="finding" id="{finding["obligation"]}"') == 1
        linked = f'href="#{finding["obligation"]}"' in gaps
        assert linked == (finding["obligation"] in urgent), finding["obligation"]
    more = len([f for f in doc["findings"] if f["priority"] != "none"]) - len(urgent)
    assert (t("report.more_gaps", "en", n=more) in plain(gaps)) == (more > 0)
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
