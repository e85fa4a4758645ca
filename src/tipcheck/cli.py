"""The command line: `tipcheck demo | questionnaire | check | answers | rules`.

Exit codes: 0 done (whatever the findings), 2 bad input or usage (one line per problem on
stderr, naming the file, sheet and cell), 1 an internal error.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from tipcheck import __version__
from tipcheck.errors import InputError
from tipcheck.i18n import default_lang, t

LANG = click.Choice(["en", "fr"])


def _fail(problems: list) -> None:
    for problem in problems:
        click.echo(str(problem), err=True)
    sys.exit(2)


def _formats(value: str) -> list[str]:
    from tipcheck.pipeline import REPORT_FORMATS

    formats = [f.strip().lower() for f in value.split(",") if f.strip()]
    unknown = [f for f in formats if f not in REPORT_FORMATS]
    if unknown or not formats:
        raise click.BadParameter(t("cli.bad_format", default_lang(), given=value,
                                   allowed=", ".join(REPORT_FORMATS)))
    return list(dict.fromkeys(formats))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tipcheck")
def cli() -> None:
    """Check a State's anti-trafficking law and practice against Resolution 11/5 of the
    Conference of the Parties to UNTOC, and write a gap-analysis report."""


@cli.command()
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("tipcheck-demo"),
              show_default=True, help="Folder to write into.")
@click.option("--lang", type=LANG, default="en", show_default=True, help="Report language.")
def demo(out_dir: Path, lang: str) -> None:
    """Check three fictional States and write every report, with the blank questionnaires."""
    from tipcheck.demo import run_demo

    for path in run_demo(out_dir, lang):
        click.echo(t("cli.wrote", lang, path=path))


@cli.command()
@click.option("--lang", type=LANG, default="en", show_default=True, help="Workbook language.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="The .xlsx file to write.")
@click.option("--json", "as_json", is_flag=True, help="Print the questionnaire as JSON.")
def questionnaire(lang: str, output: Path | None, as_json: bool) -> None:
    """Write the questionnaire workbook to fill in, or print the questionnaire as JSON."""
    from tipcheck.questionnaire import load_questionnaire

    q = load_questionnaire()
    if as_json:
        click.echo(json.dumps(questionnaire_json(q), ensure_ascii=False, indent=2))
        return
    if output is None:
        raise click.UsageError(t("cli.need_output", lang))
    if output.suffix.lower() != ".xlsx":
        raise click.BadParameter(t("cli.need_xlsx", lang, path=output), param_hint="-o")
    from tipcheck.workbook_write import write_workbook

    write_workbook(q, lang, output)  # type: ignore[arg-type]
    click.echo(t("cli.wrote", lang, path=output))


def questionnaire_json(q) -> dict:
    return {
        "id": q.id,
        "version": q.version,
        "questions": [
            {
                "id": question.id,
                "section": question.section,
                "type": question.type,
                "values": list(question.values),
                "text": {"en": question.text.en, "fr": question.text.fr},
                "kind": question.kind,
                "guidance": {"en": question.guidance.en, "fr": question.guidance.fr},
            }
            for question in q.questions
        ],
    }


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("."),
              show_default=True, help="Folder to write the reports into.")
@click.option("--lang", type=LANG, default=None,
              help="Report language (default: the language the State answered in).")
@click.option("--format", "formats", default="html,md,json", show_default=True,
              help="Comma-separated report formats.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Seconds one input may take before it is reported as failed [default: 120].")
def check(inputs: tuple[Path, ...], out_dir: Path, lang: str | None, formats: str,
          jobs: int | None, timeout: float | None) -> None:
    """Check filled workbooks (.xlsx) or answers files (.json, .yaml): one set of reports
    per input, named by the State code."""
    from tipcheck.pipeline import DEFAULT_TIMEOUT, check_inputs
    from tipcheck.questionnaire import load_questionnaire
    from tipcheck.rulebook import load_rulebook
    from tipcheck.workers import default_jobs

    wanted = _formats(formats)
    q = load_questionnaire()
    rulebook = load_rulebook(questionnaire=q)
    with _progress(len(inputs)) as advance:
        result = check_inputs(list(inputs), out_dir, wanted, lang, rulebook, q,  # type: ignore[arg-type]
                              jobs=jobs or default_jobs(), timeout=timeout or DEFAULT_TIMEOUT,
                              on_done=advance)
    for path in result.written:
        click.echo(t("cli.wrote", lang or default_lang(), path=path))
    for problem in result.problems + result.failures:
        click.echo(str(problem), err=True)
    if result.failures:
        sys.exit(1)
    if result.problems:
        sys.exit(2)


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on a terminal for a batch; nothing when stderr is not a terminal."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(transient=True, console=None) as progress:
        task = progress.add_task(t("cli.checking", default_lang()), total=total)
        yield lambda: progress.advance(task)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
def answers(file: Path) -> None:
    """Print the answer set imported from a workbook (or answers file) as JSON."""
    from tipcheck.pipeline import load_input
    from tipcheck.questionnaire import load_questionnaire

    loaded = load_input(file, load_questionnaire())
    click.echo(json.dumps(loaded.answer_set.to_json(), ensure_ascii=False, indent=2))
    for warning in loaded.warnings:
        click.echo(t("cli.warning", default_lang(), problem=warning), err=True)


# The `rules` group and the comparisons live in modules of their own.
from tipcheck.cli_compare import diff, matrix  # noqa: E402
from tipcheck.cli_rules import rules  # noqa: E402

cli.add_command(rules)
cli.add_command(matrix)
cli.add_command(diff)


def main() -> None:
    """Entry point: run the command line, turning bad input into exit 2 and one line each."""
    try:
        cli.main(standalone_mode=False)
    except InputError as error:
        _fail(error.problems)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Exit as error:
        sys.exit(error.exit_code)
    except Exception as error:  # an internal error: one line, the traceback only on request
        if os.environ.get("TIPCHECK_DEBUG"):
            raise
        click.echo(t("cli.internal_error", default_lang(), error=f"{type(error).__name__}: "
                                                                  f"{error}"), err=True)
        sys.exit(1)
    sys.exit(0)
