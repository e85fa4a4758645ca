"""Help a State can ask for: the provisions addressed to UNODC or donors (or also addressed to
them) that answer the State's gaps, matched by theme (tipcheck.assistance)."""

from __future__ import annotations

import pytest

from report_helpers import NO_CLAUSE, NON_PUNISHMENT, finding_of, loaded, plain, report
from tipcheck.assistance import ANSWERS_ANY_GAP, ANSWERS_GAPS_IN, GAP_STATUSES, help_for
from tipcheck.i18n import t
from tipcheck.model import THEMES, Provision, Rulebook
from tipcheck.questionnaire import Questionnaire
from tipcheck.render import md_escape
from tipcheck.report import render

# Paragraph numbers no real provision of the resolution has: the rulebook grows while these
# tests stand, and these must not collide with its own paragraphs.
DATA_HELP = "res-11-5/op-97"
PROTECTION_HELP = "res-11-5/op-98"
GENERAL_HELP = "res-11-5/op-99"


def help_provision(rulebook: Rulebook, provision_id: str, addressee: str, theme: str
                   ) -> Provision:
    return rulebook.provision("res-11-5/op-02").model_copy(update={
        "id": provision_id, "citation": f"OP {provision_id[-2:]}", "addressee": addressee,
        "also_addressed": (), "modality": "requests", "theme": theme})


@pytest.fixture(scope="module")
def extended(rulebook: Rulebook) -> Rulebook:
    """The rulebook, with help for data gaps, protection gaps and any gap, and PP 11 (which a
    State's obligation rests on) also addressed to UNODC."""
    added = (help_provision(rulebook, DATA_HELP, "unodc", "data"),
             help_provision(rulebook, PROTECTION_HELP, "donors", "protection"),
             help_provision(rulebook, GENERAL_HELP, "unodc", "framework"))
    provisions = tuple(
        p.model_copy(update={"also_addressed": ("unodc",)}) if p.id == "res-11-5/pp-11" else p
        for p in rulebook.provisions)
    return rulebook.model_copy(update={"provisions": (*provisions, *added)})


def expected_help(rulebook: Rulebook, findings: list[dict]) -> dict[str, list[str]]:
    """{help provision: the gaps it answers}, from the rule as the report's annex states it."""
    gaps = [f for f in findings if f["status"] in GAP_STATUSES]
    expected = {}
    for provision in rulebook.provisions:
        if not {provision.addressee, *provision.also_addressed} & {"unodc", "donors"}:
            continue
        themes = THEMES if provision.id in ANSWERS_ANY_GAP else ANSWERS_GAPS_IN[provision.theme]
        answered = [f["obligation"] for f in gaps if f["theme"] in themes]
        if answered:
            expected[provision.id] = answered
    return expected


def test_help_is_listed_for_the_themes_of_the_states_gaps(
    extended: Rulebook, questionnaire: Questionnaire
) -> None:
    doc = report(extended, questionnaire, loaded(NO_CLAUSE))
    listed = {h["id"]: h for h in doc["help"]}
    gap_themes = {f["theme"] for f in doc["findings"] if f["status"] in GAP_STATUSES}

    assert finding_of(doc, NON_PUNISHMENT)["status"] == "not_met"
    assert {h: v["gaps"] for h, v in listed.items()} == expected_help(extended, doc["findings"])
    # Donors' help with the protection of victims answers the protection gaps.
    assert listed[PROTECTION_HELP]["from"] == ["donors"]
    assert listed[PROTECTION_HELP]["gap_themes"] == ["protection"]
    assert NON_PUNISHMENT in listed[PROTECTION_HELP]["gaps"]
    # Help with implementing the instruments as a whole answers every gap, most urgent first.
    assert listed[GENERAL_HELP]["gaps"] == [f["obligation"] for f in doc["findings"]
                                           if f["status"] in GAP_STATUSES]
    assert listed[GENERAL_HELP]["gap_themes"] == [t for t in THEMES if t in gap_themes]
    # Data help only if the State has a data gap.
    assert (DATA_HELP in listed) == ("data" in gap_themes)
    # A paragraph that speaks to States and also to UNODC is help too (and still checked).
    assert listed["res-11-5/pp-11"]["from"] == ["unodc"]
    assert "res-11-5/pp-11" not in [c["id"] for c in doc["catalogued"]]
    assert [c["id"] for c in doc["catalogued"]] == [
        p.id for p in extended.provisions if not extended.is_checkable(p.id)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_help_section_quotes_each_paragraph_and_links_to_the_gaps_it_answers(
    extended: Rulebook, questionnaire: Questionnaire, lang: str
) -> None:
    doc = report(extended, questionnaire, loaded(NO_CLAUSE, lang=lang), lang)
    html = render(doc, "html", extended, questionnaire)
    markdown = render(doc, "md", extended, questionnaire)
    section = html[html.index('<section class="help" id="help">'):]
    section = section[:section.index("</section>")]
    md_help = markdown[markdown.index(f"## {t('report.help', lang)}"):]
    md_help = md_help[:md_help.index(f"## {t('report.annex', lang)}")]
    gap_themes = {f["theme"] for f in doc["findings"] if f["status"] in GAP_STATUSES}

    assert '<li><a href="#help">' in html  # in the contents
    for item in doc["help"]:
        provision = extended.provision(item["id"])
        label = f"{t(f'report.instrument_{provision.instrument}', lang)}, {provision.citation}"
        assert f'<figure class="provision" id="{item["id"]}">' in section
        assert label in plain(section) and f"**{md_escape(label)}**" in md_help
        assert provision.text.get(lang) in plain(section)
        if item["gap_themes"] == [t for t in THEMES if t in gap_themes] and (
                item["id"] == GENERAL_HELP or item["id"] in ANSWERS_ANY_GAP):
            # Help with every gap says so, rather than list them all again.
            assert t("report.help_all_gaps", lang, n=len(item["gaps"])) in plain(section)
            continue
        for gap in item["gaps"]:
            assert f'<a href="#{gap}">' in section
            assert f"](#{gap})" in md_help
    assert t("report.help_from_donors", lang) in plain(section)


def test_a_state_with_no_gap_is_offered_no_help(extended: Rulebook) -> None:
    findings = [{"obligation": o.id, "theme": o.theme, "status": "met"}
                for o in extended.obligations]

    assert help_for(extended, findings) == []
    some = [{**findings[0], "status": "manual_review"}, *findings[1:]]
    assert [h["id"] for h in help_for(extended, some)] == [
        p for p, gaps in expected_help(extended, some).items() if gaps]
    assert GENERAL_HELP in [h["id"] for h in help_for(extended, some)]


def test_without_help_provisions_the_report_has_no_help_section(
    rulebook: Rulebook, questionnaire: Questionnaire
) -> None:
    plain_rulebook = rulebook.model_copy(update={"provisions": tuple(
        p.model_copy(update={"also_addressed": (), "addressee": "states"}
                     if p.addressee in ("unodc", "donors") else {"also_addressed": ()})
        for p in rulebook.provisions)})
    doc = report(plain_rulebook, questionnaire, loaded(NO_CLAUSE))
    html = render(doc, "html", plain_rulebook, questionnaire)

    assert doc["help"] == []
    assert 'id="help"' not in html and 'href="#help"' not in html


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_method_annex_states_the_matching_rule(
    rulebook: Rulebook, questionnaire: Questionnaire, lang: str
) -> None:
    doc = report(rulebook, questionnaire, loaded(NO_CLAUSE, lang=lang), lang)
    html = render(doc, "html", rulebook, questionnaire)
    markdown = render(doc, "md", rulebook, questionnaire)
    annex = plain(html[html.index('id="method-help"'):])

    assert t("report.method_help_intro", lang) in annex
    assert md_escape(t("report.method_help_intro", lang)) in markdown
    for theme, answered in ANSWERS_GAPS_IN.items():
        themes = (t("report.help_any_theme", lang) if set(answered) == set(THEMES)
                  else ", ".join(t(f"report.theme_{a}", lang) for a in answered))
        assert f"{t(f'report.theme_{theme}', lang)}{themes}" in annex.replace("\n", "")
        assert f"| {md_escape(t(f'report.theme_{theme}', lang))} | {md_escape(themes)} |" in (
            markdown)
    # The paragraphs that help with the Protocol as a whole answer every theme.
    general = [p for p in ANSWERS_ANY_GAP if p in {q.id for q in rulebook.provisions}]
    if general:
        cited = t("report.reason_separator", lang).join(
            f"{t('report.instrument_res-11-5', lang)}, {rulebook.provision(p).citation}"
            for p in general)
        assert f"{cited}{t('report.help_any_theme', lang)}" in annex.replace("\n", "")


def test_help_with_the_protocol_as_a_whole_answers_a_gap_of_any_theme(
    rulebook: Rulebook
) -> None:
    general = help_provision(rulebook, ANSWERS_ANY_GAP[0], "unodc", "cooperation")
    extended = rulebook.model_copy(update={"provisions": (
        *[p for p in rulebook.provisions if p.id != general.id], general)})
    findings = [{"obligation": f"x/op-01/{theme}", "theme": theme, "status": "not_met"}
                for theme in ("protection", "data")]

    (listed,) = [h for h in help_for(extended, findings) if h["id"] == general.id]
    assert listed["gap_themes"] == ["protection", "data"]
    assert listed["gaps"] == ["x/op-01/protection", "x/op-01/data"]
