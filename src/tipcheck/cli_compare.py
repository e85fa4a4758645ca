"""`tipcheck matrix` and `tipcheck diff`: comparisons of JSON reports (`tipcheck-report/1`).

Two standalone click commands, registered on the main group by `tipcheck.cli`. A file that is
not a report, or a diff of two different States, is refused with one line naming the file and
exit code 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tipcheck.errors import InputError
from tipcheck.i18n import default_lang, t

__all__ = ["diff", "matrix"]

_LANG = click.Choice(["en", "fr"])


def _refuse(error: InputError) -> None:
    for problem in error.problems:
        click.echo(str(problem), err=True)
    sys.exit(2)


def _write(path: Path, text: str, lang: str) -> None:
    from tipcheck.files import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text.encode("utf-8"))
    click.echo(t("cli.wrote", lang, path=path))  # type: ignore[arg-type]


@click.command()
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The HTML file to write.")
@click.option("--lang", type=_LANG, default=None,
              help="Language of the matrix (default: TIPCHECK_LANG or LANG, else en).")
def matrix(reports: tuple[Path, ...], output: Path, lang: str | None) -> None:
    """Compare States: a matrix of obligations by State, from their JSON reports."""
    from tipcheck.compare import load_report, matrix_html

    lang = lang or default_lang()
    try:
        loaded = [load_report(path, lang) for path in reports]  # type: ignore[arg-type]
    except InputError as error:
        _refuse(error)
    _write(output, matrix_html(loaded, lang), lang)  # type: ignore[arg-type]


@click.command()
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write HTML into this file (Markdown if it ends in .md) instead of printing "
                   "Markdown.")
@click.option("--lang", type=_LANG, default=None,
              help="Language of the changes (default: TIPCHECK_LANG or LANG, else en).")
def diff(old: Path, new: Path, output: Path | None, lang: str | None) -> None:
    """What changed between two JSON reports of one State (OLD, then NEW): improved,
    regressed, new gaps, closed gaps."""
    from tipcheck.compare import load_report, render_diff

    lang = lang or default_lang()
    try:
        before = load_report(old, lang)  # type: ignore[arg-type]
        after = load_report(new, lang)  # type: ignore[arg-type]
        fmt = "md" if output is None or output.suffix.lower() == ".md" else "html"
        text = render_diff(before, after, fmt, lang, str(old), str(new))  # type: ignore[arg-type]
    except InputError as error:
        _refuse(error)
    if output is None:
        click.echo(text, nl=False)
    else:
        _write(output, text, lang)
