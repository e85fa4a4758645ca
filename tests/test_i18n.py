"""Every user-facing string exists in French and English, with the same placeholders."""

from __future__ import annotations

import string

from tipcheck.i18n import catalogue, catalogue_dir


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_string_exists_in_both_languages_with_the_same_placeholders():
    en, fr = catalogue("en"), catalogue("fr")
    assert set(en) == set(fr), sorted(set(en) ^ set(fr))
    areas = {p.name.split(".")[0] for p in catalogue_dir().glob("*.yaml")}
    assert {"cli", "report", "workbook"} <= areas
    for key in en:
        assert en[key].strip() and fr[key].strip(), key
        assert placeholders(en[key]) == placeholders(fr[key]), key


def test_bilingual_content_of_rules_and_questionnaire(rulebook, questionnaire):
    for provision in rulebook.provisions:
        assert provision.text.en and provision.text.fr
    for obligation in rulebook.obligations:
        assert obligation.title.en != obligation.title.fr
        for row in obligation.decision:
            assert row.reason.en != row.reason.fr, (obligation.id, row)
    for question in questionnaire.questions:
        assert question.text.en != question.text.fr
        for choice in question.choices:
            assert choice.label.en and choice.label.fr
