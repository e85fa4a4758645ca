"""Where the bundled rulebook, questionnaire and templates are.

In an installed wheel they sit in `tipcheck/data/`; in a source checkout (or an editable
install) they are the repository's top-level `rules/`, `questionnaires/` and `templates/`.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The bundled folder `name` (`rules`, `questionnaires` or `templates`)."""
    installed = _PACKAGE / "data" / name
    if installed.is_dir():
        return installed
    source = _PACKAGE.parent.parent / name
    if source.is_dir():
        return source
    raise FileNotFoundError(f"tipcheck is incomplete: its bundled folder {name!r} is missing")


def rules_dir() -> Path:
    return data_dir("rules")


def questionnaires_dir() -> Path:
    return data_dir("questionnaires")


def templates_dir() -> Path:
    return data_dir("templates")
