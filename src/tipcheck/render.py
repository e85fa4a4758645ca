"""The report document rendered as JSON, HTML, Markdown or an Excel action plan.

HTML and Markdown come from the Jinja2 templates `templates/report.{html,md}.j2`, fed the view
that `tipcheck.report_view` builds from the document, the rulebook (verbatim provision texts)
and the questionnaire (question texts). The State's free text is data, never markup: HTML is
autoescaped and Markdown goes through `md_escape`. The action plan (`xlsx`) is bytes, written by
`tipcheck.action_plan`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from tipcheck.model import Rulebook
from tipcheck.questionnaire import Questionnaire
from tipcheck.report_text import cell_ref, reason_sentence
from tipcheck.report_view import view
from tipcheck.resources import templates_dir

__all__ = ["FORMATS", "cell_ref", "md_escape", "reason_sentence", "render", "render_bytes",
           "view"]

#: Report formats and their file extensions.
FORMATS: dict[str, str] = {"json": ".json", "html": ".html", "md": ".md", "xlsx": ".xlsx"}
#: The formats that are text (UTF-8); the others are bytes.
TEXT_FORMATS: tuple[str, ...] = ("json", "html", "md")

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
    if fmt not in TEXT_FORMATS:
        raise ValueError(f"unknown text report format {fmt!r} (one of "
                         f"{', '.join(TEXT_FORMATS)}; the action plan is `render_bytes`)")
    return render_template(f"report.{fmt}.j2", view(document, rulebook, questionnaire))


def render_bytes(
    document: dict[str, Any], fmt: str, rulebook: Rulebook, questionnaire: Questionnaire
) -> bytes:
    """The document in any format of `FORMATS`, as the bytes of its file."""
    if fmt == "xlsx":
        from tipcheck.action_plan import action_plan

        return action_plan(document, rulebook)
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (one of {', '.join(FORMATS)})")
    return render(document, fmt, rulebook, questionnaire).encode("utf-8")


def render_template(name: str, values: dict[str, Any]) -> str:
    """Render one of the bundled templates (HTML ones autoescaped, `md` filter available)."""
    return _environment(str(templates_dir())).get_template(name).render(values)


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
