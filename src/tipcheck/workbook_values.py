"""Cell values of an imported workbook: answers and cover fields, each checked, with every
problem added to a list of `Problem`s in the workbook's language (see `workbook_read`)."""

from __future__ import annotations

import datetime as dt
import math
import re

from tipcheck.answers import STATE_CODE_RE
from tipcheck.errors import Location, Problem
from tipcheck.model import LANGS, Lang
from tipcheck.questionnaire import Question
from tipcheck.workbook_limits import say

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SPACES = re.compile(r"\s+")
_PLAIN = int | float | dt.date | dt.time | dt.timedelta


def norm(text: object) -> str:
    """A label as compared: spaces collapsed, a trailing colon or star dropped, casefolded."""
    return _SPACES.sub(" ", str(text)).strip().rstrip(":*").strip().casefold()


def is_formula(value: object) -> bool:
    if isinstance(value, str):
        return value.lstrip().startswith("=")
    return value is not None and not isinstance(value, _PLAIN)


def as_text(value: object) -> str | None:
    """A cell's value as stripped text (a date as YYYY-MM-DD), or None if it is blank."""
    if value is None:
        return None
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    return text.strip() or None


def excerpt(value: object, length: int = 80) -> str:
    """A cell's value, quoted and cut short, for a message."""
    text = as_text(value) or ""
    return repr(text if len(text) <= length else text[: length - 1] + "…")


def answer_value(question: Question, raw: object, where: Location, lang: Lang,
                 errors: list[Problem]) -> str | int | float | None:
    """The answer in an answer cell; None if it is blank or wrong (then an error is added)."""
    text = as_text(raw)
    if text is None:
        return None
    if question.choices:
        # Labels in the workbook's language win, then canonical values, then other labels.
        spellings: dict[str, str] = {}
        for spell in (lambda c: c.label.get(lang), lambda c: c.value,
                      lambda c: c.label.en, lambda c: c.label.fr):
            for choice in question.choices:
                spellings.setdefault(norm(spell(choice)), choice.value)
        if norm(text) in spellings:
            return spellings[norm(text)]
        allowed = ", ".join(c.label.get(lang) for c in question.choices)
        errors.append(Problem(where, say("not_allowed", lang, value=repr(text), id=question.id,
                                         allowed=allowed)))
        return None
    if question.type not in ("number", "year"):
        return text
    value = _number(raw)
    problem = None
    if isinstance(value, str):
        problem = "not_number"
    elif not math.isfinite(value):
        problem = "not_finite"
    elif question.type == "year" and (value != int(value) or not 1900 <= value <= 2100):
        problem = "not_year"
    if problem:
        errors.append(Problem(where, say(problem, lang, value=repr(value), id=question.id)))
        return None
    return value


def _number(raw: object) -> int | float | str:
    """A number cell's value as int or float; text that reads as a number too."""
    if isinstance(raw, bool):
        return str(raw)
    if isinstance(raw, str):
        cleaned = raw.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            raw = float(cleaned)
        except ValueError:
            return raw.strip()
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    return raw if isinstance(raw, int | float) else str(raw)


def cover_value(field: str, raw: object, where: Location, lang: Lang,
                errors: list[Problem]) -> object:
    """A cover field's value; a missing or wrong one adds an error."""
    if is_formula(raw):
        errors.append(Problem(where, say("formula", lang, formula=str(raw)[:80])))
        return None
    text = as_text(raw)
    if field == "state_code":
        code = (text or "").upper()
        if not STATE_CODE_RE.match(code):
            errors.append(Problem(where, say("state_code_missing", lang) if text is None else
                                  say("state_code_bad", lang, value=repr(text))))
        return code
    if field == "state_name":
        if text is None:
            errors.append(Problem(where, say("state_name_missing", lang)))
        return text
    if field == "reporting_date":
        if isinstance(raw, dt.date):
            return raw.date() if isinstance(raw, dt.datetime) else raw
        if text and _DATE_RE.match(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
        errors.append(Problem(where, say("date_missing", lang) if text is None else
                              say("date_bad", lang, value=repr(text))))
        return None
    if field == "language":
        if text is None:
            return lang
        if text.lower() not in LANGS:
            errors.append(Problem(where, say("language_bad", lang, value=repr(text),
                                             langs=", ".join(LANGS))))
        return text.lower()
    return text
