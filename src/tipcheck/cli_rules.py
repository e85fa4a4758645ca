"""`tipcheck rules`: list, show and validate the rulebook."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from tipcheck.i18n import default_lang, t


def rulebook_json(rulebook) -> dict:
    return {
        "id": rulebook.info.id,
        "version": rulebook.info.version,
        "provisions": [
            {
                "id": p.id,
                "instrument": p.instrument,
                "citation": p.citation,
                "addressee": p.addressee,
                "also_addressed": list(p.also_addressed),
                "modality": p.modality,
                "theme": p.theme,
                "checkable": rulebook.is_checkable(p.id),
                "text": {"fr": p.text.fr, "en": p.text.en},
                "authentic": list(p.authentic),
            }
            for p in rulebook.provisions
        ],
        "obligations": [
            {
                "id": o.id,
                "provisions": list(o.provisions),
                "theme": o.theme,
                "modality": o.modality,
                "questions": list(o.questions),
                "title": {"en": o.title.en, "fr": o.title.fr},
            }
            for o in rulebook.obligations
        ],
    }


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the whole rulebook as JSON.")
@click.pass_context
def rules(ctx: click.Context, as_json: bool) -> None:
    """List the provisions and obligations of the rulebook."""
    if ctx.invoked_subcommand is not None:
        return
    from tipcheck.rulebook import load_rulebook

    rulebook = load_rulebook()
    if as_json:
        click.echo(json.dumps(rulebook_json(rulebook), ensure_ascii=False, indent=2))
        return
    lang = default_lang()
    click.echo(f"{rulebook.info.title.get(lang)} ({rulebook.info.id} {rulebook.info.version})")
    for provision in rulebook.provisions:
        mark = "*" if rulebook.is_checkable(provision.id) else " "
        click.echo(f"{mark} {provision.id:<24} {provision.citation:<10} {provision.modality:<12} "
                   f"{provision.addressee}")
        for obligation in rulebook.obligations:
            if obligation.provisions[0] == provision.id:
                click.echo(f"    {obligation.id}  [{obligation.theme}]")
    click.echo(t("cli.rules_legend", lang))


@rules.command("show")
@click.argument("identifier")
def show(identifier: str) -> None:
    """Show one provision or obligation (by id, or by citation such as "OP 8")."""
    from tipcheck.rulebook import load_rulebook

    rulebook = load_rulebook()
    data = rulebook_json(rulebook)
    matches = [p for p in data["provisions"] if identifier in (p["id"], p["citation"])]
    matches += [o for o in data["obligations"] if o["id"] == identifier]
    if not matches:
        click.echo(t("cli.no_such_rule", default_lang(), id=identifier), err=True)
        sys.exit(2)
    for item in matches:
        if "decision" not in item and item["id"] in {o.id for o in rulebook.obligations}:
            obligation = rulebook.obligation(item["id"])
            item = {**item, **obligation.model_dump(mode="json", include={"decision",
                                                                           "recommendation"})}
        click.echo(json.dumps(item, ensure_ascii=False, indent=2))


@rules.command("doc")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="The HTML file to write.")
@click.option("--lang", type=click.Choice(["en", "fr"]), default=None,
              help="Language of the catalogue (default: the user's).")
def doc(output: Path, lang: str | None) -> None:
    """Write the catalogue of the rulebook: each provision's text, its obligations, their
    questions and decision tables, and the scenarios that test them."""
    from tipcheck.catalogue import render_catalogue
    from tipcheck.files import write_atomically
    from tipcheck.questionnaire import load_questionnaire
    from tipcheck.rulebook import load_rulebook

    language = lang or default_lang()
    questionnaire = load_questionnaire()
    html = render_catalogue(load_rulebook(questionnaire=questionnaire), questionnaire, language)
    write_atomically(output, html)
    click.echo(t("cli.wrote", language, path=output))


@rules.command("schema")
def schema() -> None:
    """Print the JSON Schema of a rule file (the file `rules/rule-file.schema.json`)."""
    from tipcheck.rulebook import rule_file_schema

    click.echo(json.dumps(rule_file_schema(), ensure_ascii=False, indent=2))


@rules.command("validate")
@click.argument("directory", required=False, type=click.Path(path_type=Path))
def validate(directory: Path | None) -> None:
    """Check a rulebook folder (default: the bundled one); list every problem as FILE:LINE."""
    from tipcheck.resources import rules_dir
    from tipcheck.rulebook import validate_rulebook

    problems = validate_rulebook(directory)
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        sys.exit(2)
    click.echo(t("cli.rules_valid", default_lang(), path=directory or rules_dir()))
