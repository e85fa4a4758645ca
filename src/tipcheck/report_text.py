"""What every report format says the same way: status symbols and colours, cell references, the
one-sentence reason of a finding, and the State's source links.

The HTML and Markdown reports (`report_view`), the Excel action plan (`action_plan`) and the
comparisons (`compare`) all take these from here, so that a status reads the same in each.
"""

from __future__ import annotations

import re
from typing import Any

from tipcheck.i18n import t
from tipcheck.model import Lang, Rulebook

__all__ = ["STATUS_COLOURS", "STATUS_SYMBOLS", "cell_ref", "reason_sentence", "safe_link",
           "status_word"]

#: Every status has a symbol as well as a colour: colour is never the only signal.
#: The colours are the Okabe-Ito palette, told apart by colour-blind readers; black text
#: reads on each of them.
STATUS_SYMBOLS: dict[str, str] = {
    "met": "✔",
    "partially_met": "◐",
    "not_met": "✘",
    "insufficient_information": "?",
    "not_applicable": "–",
    "manual_review": "⚑",
}
STATUS_COLOURS: dict[str, str] = {
    "met": "#009E73",
    "partially_met": "#E69F00",
    "not_met": "#D55E00",
    "insufficient_information": "#56B4E9",
    "not_applicable": "#BBBBBB",
    "manual_review": "#CC79A7",
}

_PLAIN_SHEET = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")
# A web address a reader may follow: http(s), no space, no quote, no angle bracket.
_WEB_LINK = re.compile(r"^https?://[^\s\"'<>`\\]+$", re.IGNORECASE)


def status_word(status: str, lang: Lang) -> str:
    """`✘ Not met`: the symbol and the word, never colour alone."""
    return f"{STATUS_SYMBOLS[status]} {t(f'report.status_{status}', lang)}"


def cell_ref(sheet: str | None, cell: str | None) -> str | None:
    """A cell as a spreadsheet writes it, `Protection!D14` (`'My sheet'!D14`), or None."""
    if not cell:
        return None
    if not sheet:
        return cell
    if not _PLAIN_SHEET.match(sheet):
        sheet = "'" + sheet.replace("'", "''") + "'"
    return f"{sheet}!{cell}"


def safe_link(source: str | None) -> str | None:
    """The State's source link as an address a report may link to (an `<a href>`, never loaded),
    or None when it is not a plain http(s) address: then it is shown as text only, so that a
    `javascript:` or `data:` link can never run."""
    if not source:
        return None
    source = source.strip()
    return source if _WEB_LINK.match(source) else None


def reason_sentence(finding: dict[str, Any], rulebook: Rulebook, lang: Lang) -> str:
    """One plain sentence: `Not met: <reason> (answer NP-1 = No, Protection!D14).`

    It cites the answers and the findings of other obligations that the decision row that fired
    names (all of them if the row cannot be found in this rulebook): `(finding <id> = Not met)`.
    """
    named: set[str] | None
    try:
        obligation = rulebook.obligation(finding["obligation"])
        named = set(obligation.decision[finding["rationale"]["row"] - 1].when)
    except (KeyError, IndexError):
        named = None
    parts = []
    for answer in finding["rationale"]["answers"]:
        if named is not None and answer["question"] not in named:
            continue
        cell = cell_ref(answer["sheet"], answer["cell"])
        key = "report.reason_answer_cell" if cell else "report.reason_answer"
        parts.append(t(key, lang, question=answer["question"], label=answer["label"], cell=cell))
    for read in finding["rationale"]["findings"]:
        if named is not None and read["obligation"] not in named:
            continue
        parts.append(t("report.reason_finding", lang, obligation=read["obligation"],
                       label=t(f"report.status_{read['status']}", lang)))
    status = t(f"report.status_{finding['status']}", lang)
    reason = finding["rationale"]["reason"].rstrip(". ")
    if not parts:
        return t("report.reason_sentence_bare", lang, status=status, reason=reason)
    answers = t("report.reason_separator", lang).join(parts)
    return t("report.reason_sentence", lang, status=status, reason=reason, answers=answers)


def provision_citation(rulebook: Rulebook, provision_id: str, lang: Lang) -> str:
    """`Trafficking in Persons Protocol, art. 6(1)`: the instrument named in `lang`."""
    provision = rulebook.provision(provision_id)
    return f"{t(f'report.instrument_{provision.instrument}', lang)}, {provision.citation}"
