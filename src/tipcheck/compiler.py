"""The rulebook compiled into a durable-rules ruleset definition (plain JSON-able data).

- One rule per decision row, named `row:<obligation id>#<row number>`. Its patterns test one
  fact per answer (`t: answer`) or per finding (`t: finding`) against constants only: no
  pattern compares two facts (durable-rules can crash on such joins, DESIGN.md section 4).
- Number and year answers are never compared inside the engine: the comparisons of every row
  cut each number question into intervals, and the answer is asserted as the name of its
  interval (`#0`, `#1`, ...), computed here in Python. A row's comparison becomes the list of
  intervals it covers: equality tests only.
- Every rule is gated on an `evaluate` fact, asserted after all the answers (one per group of
  200 rules: one node of the network feeds at most 256 rules).
- Forward chaining: a row's action asserts its finding back as a fact wherever a rule reads it.
  Composite obligations read the findings of others; `party:<instrument>:<yes|no|unknown>`
  rules derive the State's party status to a treaty from the finding the rulebook names, and
  every obligation resting on that treaty is weighed with it.
- A sink rule matches every fact and never fires, so no fact goes unhandled.
"""

from __future__ import annotations

import bisect
import json
from typing import Any

from tipcheck.decision import thresholds
from tipcheck.model import STATUSES, Obligation, Range, Rulebook
from tipcheck.questionnaire import Questionnaire

#: durable-rules spins forever past 511 tests under one parent node, and past 4,095 rules.
MAX_ALPHA_CHILDREN = 511
MAX_RULES = 4095
#: One node of its network feeds at most 256 rules (BETA_LIST_LENGTH in its rules.h; past it,
#: the ruleset is refused with error code 108). Every row rule waits for the `evaluate` fact, so
#: the rules are gated in groups of at most this many, one `evaluate` fact per group.
MAX_RULES_PER_NODE = 255
GATE_GROUP = 200
SINK = "sink"
PARTY_VALUES = ("yes", "no", "unknown")


class CompileError(RuntimeError):
    """The rulebook cannot run on durable-rules within its limits."""


class Intervals:
    """The intervals the rulebook's comparisons cut one number question into."""

    def __init__(self, cuts: list[float]) -> None:
        self.cuts = cuts

    def name(self, value: float) -> str:
        """The interval of a value: `#2k` lies below cut k (between cuts), `#2k+1` is cut k."""
        position = bisect.bisect_left(self.cuts, value)
        if position < len(self.cuts) and self.cuts[position] == value:
            return f"#{2 * position + 1}"
        return f"#{2 * position}"

    def covered(self, item: Range) -> list[str]:
        """The intervals a comparison covers (it covers each whole or not at all)."""
        names = []
        for index in range(2 * len(self.cuts) + 1):
            if index % 2:
                probe = self.cuts[index // 2]
            elif not self.cuts:
                probe = 0.0
            elif index == 0:
                probe = self.cuts[0] - 1
            elif index == 2 * len(self.cuts):
                probe = self.cuts[-1] + 1
            else:
                probe = (self.cuts[index // 2 - 1] + self.cuts[index // 2]) / 2
            if item.contains(probe):
                names.append(f"#{index}")
        return names


def number_intervals(rulebook: Rulebook, questionnaire: Questionnaire) -> dict[str, Intervals]:
    questions = {q for o in rulebook.obligations for q in o.questions}
    return {
        qid: Intervals(thresholds(rulebook.obligations, qid))
        for qid in sorted(questions)
        if not questionnaire.question(qid).choices
    }


def _one_of(field: str, values: list[str]) -> dict[str, Any]:
    tests = [{field: v} for v in dict.fromkeys(values)]
    if not tests:  # a comparison that covers no interval can never match
        return {field: "\u2205never"}
    return tests[0] if len(tests) == 1 else {"$or": tests}


def gate(group: int) -> dict[str, Any]:
    """The pattern of the `evaluate` fact of one group of rules."""
    return {"$and": [{"t": "evaluate"}, {"g": group}]}


def gate_groups(rules: dict[str, dict[str, Any]]) -> int:
    """How many `evaluate` facts the compiled rules wait for."""
    groups = [p["e"]["$and"][1]["g"] for rule in rules.values() for p in rule["all"] if "e" in p]
    return max(groups) + 1 if groups else 0


def _row_patterns(obligation: Obligation, row_when: dict, intervals: dict[str, Intervals],
                  group: int) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = [{"e": gate(group)}]
    for index, (key, cell) in enumerate(sorted(row_when.items())):
        if key in obligation.findings:
            test = [{"t": "finding"}, {"o": key}, _one_of("s", [str(v) for v in cell])]
        else:
            values: list[str] = []
            for item in cell:
                values += intervals[key].covered(item) if isinstance(item, Range) else [item]
            test = [{"t": "answer"}, {"q": key}, _one_of("v", values)]
        patterns.append({f"a{index}": {"$and": test}})
    return patterns


def read_findings(rulebook: Rulebook) -> frozenset[str]:
    """The obligations whose findings some rule reads, and so must be asserted as facts."""
    composite = {o for obligation in rulebook.obligations for o in obligation.findings}
    party = {rule.obligation for rule in rulebook.info.applicability.values()}
    return frozenset(composite | party)


def compile_rulebook(rulebook: Rulebook, questionnaire: Questionnaire) -> dict[str, dict]:
    """The ruleset definition (without actions); raises CompileError past the engine's limits."""
    intervals = number_intervals(rulebook, questionnaire)
    rules: dict[str, dict[str, Any]] = {}
    for obligation in rulebook.obligations:
        for number, row in enumerate(obligation.decision, start=1):
            rules[f"row:{obligation.id}#{number}"] = {
                "all": _row_patterns(obligation, row.when, intervals, len(rules) // GATE_GROUP)
            }
    for instrument, rule in sorted(rulebook.info.applicability.items()):
        groups = {"yes": list(rule.party), "no": list(rule.not_party)}
        groups["unknown"] = [s for s in STATUSES if s not in rule.party + rule.not_party]
        for value, statuses in groups.items():
            if statuses:
                rules[f"party:{instrument}:{value}"] = {"all": [{"f": {"$and": [
                    {"t": "finding"}, {"o": rule.obligation}, _one_of("s", statuses)]}}]}
    # Every fact has a sid and none has t == "never": the sink handles every fact, never fires.
    rules[SINK] = {"all": [{"m": {"$ex": {"sid": 1}}}, {"n": {"t": "never"}}]}
    check_limits(rules)
    return rules


def check_limits(rules: dict[str, dict[str, Any]]) -> None:
    """Refuse a ruleset that would hang durable-rules: more than 511 children under one node of
    the network (distinct questions or obligations tested, or distinct values tested on one of
    them) or more than 4,095 rules."""
    if len(rules) > MAX_RULES:
        raise CompileError(f"the rulebook compiles to {len(rules)} rules; durable-rules hangs "
                           f"past {MAX_RULES}: split it into several rulebooks")
    children: dict[str, set[str]] = {}
    feeds: dict[str, int] = {}
    for rule in rules.values():
        for pattern in rule["all"]:
            (body,) = pattern.values()
            key = json.dumps(body, sort_keys=True)
            feeds[key] = feeds.get(key, 0) + 1
            tests = body.get("$and", [])
            if len(tests) < 2:
                continue
            kind = tests[0].get("t")
            (field, subject), = tests[1].items()
            children.setdefault(f"{kind} tests on {field}", set()).add(str(subject))
            if len(tests) == 3:
                cell = tests[2]["$or"] if "$or" in tests[2] else [tests[2]]
                values = {str(v) for t in cell for v in t.values()}
                children.setdefault(f"values tested on {subject}", set()).update(values)
    for where, tested in sorted(children.items()):
        if len(tested) > MAX_ALPHA_CHILDREN:
            raise CompileError(f"{len(tested)} distinct {where}; durable-rules hangs past "
                               f"{MAX_ALPHA_CHILDREN} under one node")
    for body, count in sorted(feeds.items()):
        if count > MAX_RULES_PER_NODE:
            raise CompileError(f"{count} rules share the test {body}; durable-rules refuses more "
                               f"than {MAX_RULES_PER_NODE + 1} rules on one node")
