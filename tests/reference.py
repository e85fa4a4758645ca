"""A plain-Python reference evaluator of the rulebook, written independently of the engine:
the differential tests require the two to agree on every finding."""

from __future__ import annotations

from tipcheck.model import Range, Rulebook

NOT_ANSWERED = "not_answered"


def _in_cell(cell, value) -> bool:
    for item in cell:
        if isinstance(item, Range):
            if isinstance(value, str) or value is None:
                continue
            low_ok = (item.gt is None or value > item.gt) and (
                item.gte is None or value >= item.gte)
            high_ok = (item.lt is None or value < item.lt) and (
                item.lte is None or value <= item.lte)
            if low_ok and high_ok:
                return True
        elif item == value:
            return True
    return False


def reference_findings(rulebook: Rulebook, answers: dict) -> dict[str, dict]:
    """{obligation id: {"status", "row", "binding"}}: each table scanned top to bottom, composite
    obligations after the ones they read, party status from the rulebook's applicability."""
    statuses: dict[str, str] = {}
    rows: dict[str, int] = {}
    pending = list(rulebook.obligations)
    while pending:
        ready = [o for o in pending if all(d in statuses for d in o.findings)]
        assert ready, "cycle"
        for obligation in ready:
            values = {}
            for q in obligation.questions:
                value = answers.get(q)
                values[q] = NOT_ANSWERED if value is None or value == "" else value
            values.update({d: statuses[d] for d in obligation.findings})
            hits = [n for n, row in enumerate(obligation.decision, start=1)
                    if all(_in_cell(cell, values[key]) for key, cell in row.when.items())]
            assert len(hits) == 1, (obligation.id, hits, values)
            rows[obligation.id] = hits[0]
            statuses[obligation.id] = obligation.decision[hits[0] - 1].status
            pending.remove(obligation)
    result = {}
    for obligation in rulebook.obligations:
        binding = None
        instruments = sorted({p.split("/")[0] for p in obligation.provisions}
                             & set(rulebook.info.applicability))
        if instruments:
            parties = []
            for instrument in instruments:
                rule = rulebook.info.applicability[instrument]
                status = statuses[rule.obligation]
                parties.append("yes" if status in rule.party
                               else "no" if status in rule.not_party else "unknown")
            binding = False if "no" in parties else (True if set(parties) == {"yes"} else None)
        result[obligation.id] = {"status": statuses[obligation.id], "row": rows[obligation.id],
                                 "binding": binding}
    return result
