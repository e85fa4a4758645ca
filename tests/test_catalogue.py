"""`tipcheck rules doc`: law, rule and spec side by side, for every obligation."""

from __future__ import annotations

import html
import subprocess
import sys

import pytest

from tipcheck.catalogue import render_catalogue
from tipcheck.specs import read_specs, scenarios_by_obligation


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_catalogue_lists_every_provision_and_obligation(rulebook, questionnaire, lang):
    page = html.unescape(render_catalogue(rulebook, questionnaire, lang))
    assert f'<html lang="{lang}">' in page
    for provision in rulebook.provisions:
        assert f'id="{provision.id}"' in page
        assert " ".join(provision.text.get(lang).split()) in " ".join(page.split())
    for obligation in rulebook.obligations:
        assert f'id="{obligation.id}"' in page
        assert obligation.decision[0].reason.get(lang) in page
        for question in obligation.questions:
            assert questionnaire.question(question).text.get(lang) in page


def test_scenarios_are_shown_beside_the_obligation_they_test(rulebook, questionnaire):
    page = html.unescape(render_catalogue(rulebook, questionnaire, "en"))
    tested = scenarios_by_obligation(read_specs())
    assert tested, "no scenario found in features/"
    for obligation, scenarios in tested.items():
        section = page.split(f'id="{obligation}"', 1)[1].split('class="obligation"', 1)[0]
        for spec, scenario in scenarios:
            assert f"{spec.path.name}:{scenario.line}" in section


def test_the_command_writes_the_catalogue(tmp_path):
    target = tmp_path / "catalogue.html"
    run = subprocess.run([sys.executable, "-m", "tipcheck", "rules", "doc", "-o", str(target),
                          "--lang", "fr"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "Catalogue du recueil de règles" in target.read_text(encoding="utf-8")


def test_every_obligation_is_exercised_by_a_scenario(rulebook):
    tested = scenarios_by_obligation(read_specs())
    untested = [o.id for o in rulebook.obligations if o.id not in tested]
    assert untested == [], f"obligations no scenario in features/ exercises: {untested}"


def test_the_three_areas_in_depth_have_french_and_english_specs():
    specs = read_specs()
    for family in ("pp-11", "op-07", "op-08"):
        languages = {s.language for s in specs if s.path.name.split(".")[0] == family}
        assert languages == {"en", "fr"}, family
