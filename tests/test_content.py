"""The legal content: every paragraph of Resolution 11/5 and the treaty articles it relies on,
with the addressee and legal force their verbs give, and the three areas in depth."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Each operative paragraph: (addressee, modality), read off the verb that addresses it.
OPERATIVE = {
    1: ("member_states", "urges"),      # « Prie instamment les États Membres »
    2: ("states", "encourages"),        # « ... et encourage les États »
    3: ("states_parties", "calls_upon"),  # « Demande aux États parties »
    4: ("states_parties", "calls_upon"),  # « Demande également aux États parties »
    5: ("states_parties", "encourages"),  # « Encourage les États parties »
    6: ("protocol_parties", "calls_upon"),  # « Demande aux États parties au Protocole »
    7: ("states_parties", "urges"),     # « Prie instamment les États parties »
    8: ("states_parties", "calls_upon"),  # « Demande aux États parties »
    9: ("states", "urges"),             # « ... prie instamment les États de fournir »
    10: ("states", "calls_upon"),       # « Demande aux États »
    11: ("states", "calls_upon"),       # « Demande également aux États »
    12: ("states", "invites"),          # « Invite les États »
    13: ("states", "urges"),            # « Prie instamment les États »
    14: ("states", "calls_upon"),       # « Demande aux États »
    15: ("states", "urges"),            # « Prie instamment les États »
    16: ("unodc", "requests"),          # « Prie l'Office »
    17: ("unodc", "requests"),          # « Prie également l'Office »
    18: ("unodc", "invites"),           # « Invite de nouveau l'Office »
    19: ("unodc", "requests"),          # « Demande à l'Office » (addressed to UNODC)
    20: ("unodc", "requests"),          # « Prie l'Office »
    21: ("donors", "invites"),          # « Invite les États parties et les autres donateurs »
}
SUB_PARAGRAPHS = {4: "abcde", 9: "abcd"}
ALSO = {14: "unodc", 18: "donors"}

AREAS = {
    "non-punishment": lambda o: "non-punishment" in o.id,
    "demand": lambda o: bool({"tip-protocol/art-09-5", "res-11-5/op-06", "res-11-5/op-07"}
                             & set(o.provisions)),
    "corruption": lambda o: any(p == "res-11-5/op-08" or p.startswith("untoc/art-08")
                                for p in o.provisions),
}
DECIDED = {"met", "partially_met", "not_met", "insufficient_information"}


def by_citation(rulebook, instrument: str) -> dict:
    return {p.citation: p for p in rulebook.provisions if p.instrument == instrument}


def test_all_21_operative_paragraphs_with_their_addressee_and_force(rulebook):
    provisions = by_citation(rulebook, "res-11-5")
    for number, (addressee, modality) in OPERATIVE.items():
        provision = provisions.get(f"OP {number}")
        assert provision is not None, f"OP {number} is missing"
        assert (provision.addressee, provision.modality) == (addressee, modality), number
        assert provision.id == f"res-11-5/op-{number:02d}"
        if number in ALSO:
            assert ALSO[number] in provision.also_addressed, number
    for number, letters in SUB_PARAGRAPHS.items():
        for letter in letters:
            sub = provisions.get(f"OP {number}({letter})")
            assert sub is not None, f"OP {number}({letter}) is missing"
            assert sub.id == f"res-11-5/op-{number:02d}-{letter}"
    assert provisions["PP 11"].modality == "recognizes"


def test_every_paragraph_addressed_to_states_is_checkable_and_the_others_catalogued(rulebook):
    for number, (addressee, _) in OPERATIVE.items():
        checkable = rulebook.is_checkable(f"res-11-5/op-{number:02d}")
        if addressee in ("unodc", "donors"):
            assert not checkable, f"OP {number} is addressed to {addressee}"
        else:
            assert checkable, f"OP {number} has no obligation"
    for letter in SUB_PARAGRAPHS[4]:
        assert rulebook.is_checkable(f"res-11-5/op-04-{letter}"), f"OP 4({letter})"
    for letter in SUB_PARAGRAPHS[9]:
        # OP 9(a)-(d) name what UNODC is asked to help with; the State's own capacities they
        # name are checked by obligations that cite them.
        assert rulebook.is_checkable(f"res-11-5/op-09-{letter}"), f"OP 9({letter})"
        assert by_citation(rulebook, "res-11-5")[f"OP 9({letter})"].addressee == "unodc"


@pytest.mark.parametrize(("citation", "modalities"), [
    ("art. 3(a)", {"shall"}), ("art. 5(1)", {"shall"}), ("art. 6(1)", {"shall_consider"}),
    ("art. 6(3)", {"shall_consider"}), ("art. 6(6)", {"shall"}), ("art. 9(5)", {"shall"}),
])
def test_protocol_articles(rulebook, citation, modalities):
    provision = by_citation(rulebook, "tip-protocol").get(citation)
    assert provision is not None, f"Protocol {citation} is missing"
    assert provision.modality in modalities
    assert provision.addressee == "protocol_parties"
    assert "en" in provision.authentic, "the Protocol is quoted verbatim in an authentic language"
    assert rulebook.is_checkable(provision.id)


def test_convention_article_8(rulebook):
    provisions = by_citation(rulebook, "untoc")
    article = provisions.get("art. 8(1)") or provisions.get("art. 8")
    assert article is not None and article.modality == "shall"
    assert rulebook.is_checkable(article.id)


def test_every_obligation_reads_existing_questions(rulebook, questionnaire):
    for obligation in rulebook.obligations:
        for question in obligation.questions:
            assert questionnaire.has(question), (obligation.id, question)


@pytest.mark.parametrize("area", sorted(AREAS))
def test_the_three_areas_in_depth(rulebook, questionnaire, area):
    obligations = [o for o in rulebook.obligations if AREAS[area](o)]
    assert obligations, area
    questions = {q for o in obligations for q in o.questions}
    assert len(questions) >= 5, (area, sorted(questions))
    assert {questionnaire.question(q).kind for q in questions} == {"law", "practice"}, area
    statuses = {row.status for o in obligations for row in o.decision}
    assert statuses >= DECIDED, (area, statuses)
    for obligation in obligations:
        assert {row.status for row in obligation.decision} & {"met"}, obligation.id


def test_rules_json_lists_it_all(rulebook):
    run = subprocess.run([sys.executable, "-m", "tipcheck", "rules", "--json"],
                         capture_output=True, text=True, check=True)
    data = json.loads(run.stdout)
    assert [p["id"] for p in data["provisions"]] == [p.id for p in rulebook.provisions]
    assert [o["id"] for o in data["obligations"]] == [o.id for o in rulebook.obligations]
    assert sum(p["citation"].startswith("OP ") and "(" not in p["citation"]
               for p in data["provisions"]) == 21
    for provision in data["provisions"]:
        assert provision["checkable"] == rulebook.is_checkable(provision["id"])
        assert provision["text"]["fr"] and provision["text"]["en"]
