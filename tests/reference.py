"""A plain-Python reference evaluator of the decision tables, written independently of the
engine: the differential tests require the two to agree."""

from __future__ import annotations

from tipcheck.model import Rulebook


def reference_statuses(rulebook: Rulebook, values: dict[str, str]) -> dict[str, tuple[str, int]]:
    """{obligation id: (status, row number from 1)} by scanning each table top to bottom."""
    result = {}
    for obligation in rulebook.obligations:
        hits = []
        for number, row in enumerate(obligation.decision, start=1):
            ok = True
            for question, allowed in row.when.items():
                given = values.get(question)
                if given is None or given == "":
                    given = "not_answered"
                if given not in allowed:
                    ok = False
                    break
            if ok:
                hits.append((row.status, number))
        assert len(hits) == 1, f"{obligation.id}: {len(hits)} rows match {values}"
        result[obligation.id] = hits[0]
    return result
