"""User-facing strings in French and English.

The catalogues are `templates/i18n/<area>.<lang>.yaml` (flat mappings of key to text with
`{name}` placeholders). A key `x` of `report.en.yaml` is `report.x`. Every key exists in both
languages: a test checks it.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from tipcheck.model import LANGS, Lang
from tipcheck.resources import templates_dir
from tipcheck.yamlfile import load_yaml


def catalogue_dir() -> Path:
    return templates_dir() / "i18n"


@cache
def catalogue(lang: Lang) -> dict[str, str]:
    """Every string of one language, keyed `area.key`."""
    strings: dict[str, str] = {}
    for path in sorted(catalogue_dir().glob(f"*.{lang}.yaml")):
        area = path.name[: -len(f".{lang}.yaml")]
        for key, text in (load_yaml(path) or {}).items():
            strings[f"{area}.{key}"] = str(text)
    return strings


def t(key: str, lang: Lang, **values: object) -> str:
    """The string `key` in `lang`, its `{placeholders}` filled."""
    text = catalogue(lang).get(key)
    if text is None:
        raise KeyError(f"no {lang} string for {key!r}")
    return text.format(**values) if values else text


def default_lang() -> Lang:
    """The language of messages when no --lang is given: TIPCHECK_LANG, then LANG, then en."""
    for variable in ("TIPCHECK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value[:2].lower()
            return "fr" if code == "fr" else "en"
    return "en"


def check_lang(lang: str) -> Lang:
    if lang not in LANGS:
        raise ValueError(f"language {lang!r} is not one of {', '.join(LANGS)}")
    return lang  # type: ignore[return-value]
