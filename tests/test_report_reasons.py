"""The one plain sentence that gives the reason of each finding, citing the answers (and their
cells) or the findings its decision row read."""

from __future__ import annotations

from report_helpers import (
    COMPOSITE,
    NO_CLAUSE,
    NON_PUNISHMENT,
    cell,
    finding_of,
    loaded,
    report,
)
from tipcheck.answers import Answer, Origin
from tipcheck.model import Rulebook
from tipcheck.questionnaire import Questionnaire
from tipcheck.render import reason_sentence
from tipcheck.report import render


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
