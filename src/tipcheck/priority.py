"""How urgent a finding is, from the legal force of its source and its status.

The modality sets how urgent a gap is; it never changes whether it is a gap (DESIGN.md
section 2). One table, printed in every report's annex:

- a binding treaty duty (`shall`) that is not met is `urgent`;
- what a resolution urges or calls upon States to do, not met, is `high`;
- a partial or undecided answer is one step less urgent than a plain gap;
- `manual_review` asks a person to decide; it is never more than `medium`;
- for a State not party to a treaty, the treaty's `shall` weighs as `urges` and its
  `shall_consider` as `invites`: the status stays, the priority drops;
- `met` and `not_applicable` have no priority (`none`).
"""

from __future__ import annotations

from tipcheck.model import STATUSES

PRIORITIES: tuple[str, ...] = ("urgent", "high", "medium", "low", "none")

_GAP = {"not_met": 0, "partially_met": 1, "insufficient_information": 1, "manual_review": 1}
_FORCE = {
    "shall": 0,
    "urges": 1,
    "calls_upon": 1,
    "shall_consider": 2,
    "encourages": 2,
    "invites": 3,
}


#: For a State not party to a treaty, the treaty's duties are what the resolution asks of it:
#: OP 1 urges accession, so a `shall` weighs as `urges`; a duty the treaty itself leaves to the
#: parties' consideration (`shall_consider`) weighs no more than an invitation (`invites`).
AS_RECOMMENDATION = {"shall": "urges", "shall_consider": "invites"}


def priority(modality: str, status: str, binding: bool | None = None) -> str:
    """The priority of a finding with this modality and status; `binding=False` (a treaty the
    State is not party to) weighs the treaty's modality as a recommendation."""
    if binding is False:
        modality = AS_RECOMMENDATION.get(modality, modality)
    if status not in _GAP:
        return "none"
    level = min(_FORCE[modality] + _GAP[status], 3)
    if status == "manual_review":
        level = max(level, 2)
    return PRIORITIES[level]


def priority_table() -> dict[str, dict[str, str]]:
    """{modality: {status: priority}} for every operative modality and every status."""
    return {m: {s: priority(m, s) for s in STATUSES} for m in _FORCE}
