"""The help a State can ask for: which provisions addressed to UNODC or to donors answer its gaps.

Resolution 11/5 asks UNODC to help requesting States (OP 9, OP 14, OP 16-20) and invites donors to
pay for it (OP 18, OP 21). Those paragraphs are in the rulebook like every other provision; a
report lists the ones that answer the State's own gaps, under "Help a State can ask for".

The matching rule is one table, `ANSWERS_GAPS_IN`, over the provision's theme and the themes of the
State's gaps, so that a legal expert can read it and change it:

- a help provision is one addressed to UNODC or donors, or whose `also_addressed` names one of
  them (OP 14 asks States to improve their data *and* invites UNODC to support them);
- it answers the gaps of the themes its own theme lists: data help (OP 9(a) on data capacity,
  OP 14) answers data gaps; prevention help (OP 16 on prevention campaigns) answers prevention
  gaps; and so on, theme by theme;
- help with implementing the instruments as a whole answers a gap of any theme: a provision of
  theme `framework`, and the paragraphs listed in `ANSWERS_ANY_GAP` whatever their theme (OP 19:
  technical assistance to every State party, on request; OP 18 and OP 21: the activities and the
  voluntary contributions that pay for it);
- a gap is a finding that is not met, partially met, undecided for want of information, or left
  to manual review (`GAP_STATUSES`); met and not-applicable findings ask for no help.
"""

from __future__ import annotations

from typing import Any

from tipcheck.model import THEMES, Rulebook

__all__ = ["ANSWERS_ANY_GAP", "ANSWERS_GAPS_IN", "GAP_STATUSES", "HELP_ADDRESSEES",
           "answered_themes", "help_for", "is_help"]

#: The statuses that are gaps: something for the State to do (or to find out).
GAP_STATUSES: tuple[str, ...] = (
    "not_met", "partially_met", "insufficient_information", "manual_review")
#: Who the help comes from.
HELP_ADDRESSEES: tuple[str, ...] = ("unodc", "donors")
#: {theme of a help provision: the themes of the gaps it answers}.
ANSWERS_GAPS_IN: dict[str, tuple[str, ...]] = {
    "framework": THEMES,
    "prevention": ("prevention",),
    "protection": ("protection",),
    "prosecution": ("prosecution",),
    "cooperation": ("cooperation",),
    "data": ("data",),
}
#: Help with implementing the Protocol as a whole, whatever the theme the rulebook files it
#: under: it answers a gap of any theme.
ANSWERS_ANY_GAP: tuple[str, ...] = ("res-11-5/op-18", "res-11-5/op-19", "res-11-5/op-21")


def help_from(addressee: str, also_addressed: tuple[str, ...]) -> list[str]:
    """Those of UNODC and donors that a provision speaks to, in that order."""
    addressed = {addressee, *also_addressed}
    return [a for a in HELP_ADDRESSEES if a in addressed]


def answered_themes(provision_id: str, theme: str) -> tuple[str, ...]:
    """The themes of the gaps a help provision answers."""
    return THEMES if provision_id in ANSWERS_ANY_GAP else ANSWERS_GAPS_IN[theme]


def is_help(rulebook: Rulebook, provision_id: str) -> bool:
    provision = rulebook.provision(provision_id)
    return bool(help_from(provision.addressee, provision.also_addressed))


def help_for(rulebook: Rulebook, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The help provisions that answer a gap among `findings` (report findings, most urgent
    first), in rulebook order, each with the themes and the gaps (obligation ids) it answers."""
    gaps = [f for f in findings if f["status"] in GAP_STATUSES]
    gap_themes = {f["theme"] for f in gaps}
    matched = []
    for provision in rulebook.provisions:
        sources = help_from(provision.addressee, provision.also_addressed)
        if not sources:
            continue
        themes = [t for t in answered_themes(provision.id, provision.theme) if t in gap_themes]
        if not themes:
            continue
        matched.append({
            "id": provision.id,
            "citation": provision.citation,
            "instrument": provision.instrument,
            "from": sources,
            "theme": provision.theme,
            "gap_themes": themes,
            "gaps": [f["obligation"] for f in gaps if f["theme"] in themes],
        })
    return matched
