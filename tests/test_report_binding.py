"""How a report shows what binds the State: treaty obligations of a State not party read as
recommendations, an unknown party status weighs as binding, and composite findings cite the
findings they read."""

from __future__ import annotations

import pytest
from markupsafe import escape

from report_helpers import (
    COMPOSITE,
    NO_CLAUSE,
    NOT_PARTY,
    article,
    cell,
    finding_of,
    loaded,
    md_section,
    party_source,
    plain,
    report,
    resolution_only_obligations,
    treaty_obligations,
)
from tipcheck.answers import Answer
from tipcheck.i18n import t
from tipcheck.model import Rulebook
from tipcheck.priority import AS_RECOMMENDATION, priority
from tipcheck.questionnaire import Questionnaire
from tipcheck.render import md_escape, reason_sentence
from tipcheck.report import render
from tipcheck.report_view import STATUS_SYMBOLS


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
