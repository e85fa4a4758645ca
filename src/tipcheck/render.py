"""The report document rendered as JSON, HTML or Markdown.

HTML and Markdown come from the Jinja2 templates `templates/report.{html,md}.j2`, fed the view
that `tipcheck.report_view` builds from the document, the rulebook (verbatim provision texts)
and the questionnaire (question texts). The State's free text is data, never markup: HTML is
autoescaped and Markdown goes through `md_escape`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from tipcheck.model import Rulebook
from tipcheck.questionnaire import Questionnaire
from tipcheck.report_view import cell_ref, reason_sentence, view
from tipcheck.resources import templates_dir

__all__ = ["FORMATS", "cell_ref", "md_escape", "reason_sentence", "render", "view"]

#: Report formats and their file extensions.
FORMATS: dict[str, str] = {"json": ".json", "html": ".html", "md": ".md"}

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_escape(value: object) -> str:
    """Text that Markdown shows as written: no markup, no HTML, no table cell break, one line."""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return "\\" + text if text.startswith("#") else text


def render(
    document: dict[str, Any], fmt: str, rulebook: Rulebook, questionnaire: Questionnaire
) -> str:
    """The document as `json`, `html` or `md` text, in the document's language."""
    if fmt == "json":
        return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (one of {', '.join(FORMATS)})")
    template = _environment(str(templates_dir())).get_template(f"report.{fmt}.j2")
    return template.render(view(document, rulebook, questionnaire))


@cache
def _environment(directory: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(directory),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    return env
