"""The rules engine: the rulebook compiled to durable-rules, and `evaluate(answers) -> findings`.

This module holds every workaround DESIGN.md section 4 lists for durable-rules 2.0.28:

- no background dispatcher threads: the host's `_run` is disabled, so every action runs inside
  the call that asserted its facts, on this thread;
- one fact per answer, every value normalised to a string before it is asserted ("5" equals 5
  in patterns, and re-asserting one after the other raises "already observed");
- every question the rulebook reads gets a fact, `not_answered` when there is no answer, so no
  rule needs negation; every rule is also gated on an `evaluate` fact asserted after the
  answers, so nothing fires on a half-asserted State;
- only equality tests against constants: no join compares two facts;
- fewer than 512 children under one alpha node and fewer than 4,096 rules, checked here;
- a sink rule that every fact matches and that never fires, so no fact goes unhandled;
- an exception inside an action is swallowed by durable-rules into the State's state: it is
  read back and raised after every State;
- `delete_state` after every State (at most 1,024 live sessions per ruleset);
- firing order never matters: each action records its own finding, and the result is checked
  to hold exactly one finding per obligation.
"""

from __future__ import annotations

import itertools
import threading
from typing import Any

from durable.engine import Host

from tipcheck.answers import AnswerSet
from tipcheck.findings import AnswerRead, Finding, Rationale
from tipcheck.model import Obligation, Row, Rulebook
from tipcheck.priority import priority

MAX_ALPHA_CHILDREN = 511
MAX_RULES = 4095
_SINK = "sink"
_NEVER = "never"

_names = itertools.count(1)
_lock = threading.Lock()


class EngineError(RuntimeError):
    """The engine failed or gave an impossible result; nothing it said can be trusted."""


class _Host(Host):
    """A durable-rules host without the two dispatcher threads the stock host starts."""

    def _run(self) -> None:
        return None


def fact_value(value: object) -> str:
    """The form in which an answer's value is asserted: always a string, numbers canonical."""
    if isinstance(value, bool):
        raise EngineError(f"a boolean answer value ({value!r}) cannot be asserted")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _row_rule(obligation: Obligation, row: Row) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = [{"e": {"t": "evaluate"}}]
    for index, (question, cell) in enumerate(sorted(row.when.items())):
        tests: list[dict[str, Any]] = [{"t": "answer"}, {"q": question}]
        values = [{"v": fact_value(v)} for v in cell]
        tests.append(values[0] if len(values) == 1 else {"$or": values})
        patterns.append({f"a{index}": {"$and": tests}})
    return patterns


def compile_rulebook(rulebook: Rulebook) -> dict[str, dict[str, Any]]:
    """The durable-rules ruleset definition: one rule per decision row, plus the sink.

    Rule names are `<obligation id>#<row number>`. Raises EngineError past the engine's limits.
    """
    rules: dict[str, dict[str, Any]] = {}
    for obligation in rulebook.obligations:
        for number, row in enumerate(obligation.decision, start=1):
            rules[f"{obligation.id}#{number}"] = {"all": _row_rule(obligation, row)}
    # Every fact has a sid; no fact has t == "never": the sink handles every fact, never fires.
    rules[_SINK] = {"all": [{"m": {"$ex": {"sid": 1}}}, {"n": {"t": _NEVER}}]}
    check_limits(rules)
    return rules


def check_limits(rules: dict[str, dict[str, Any]]) -> None:
    """Refuse a ruleset that would hang durable-rules: >511 children under one alpha node
    (here: distinct questions, or distinct values tested on one question) or >4,095 rules."""
    if len(rules) > MAX_RULES:
        raise EngineError(f"the rulebook compiles to {len(rules)} rules; durable-rules hangs past "
                          f"{MAX_RULES}: split it into several rulebooks")
    values_by_question: dict[str, set[str]] = {}
    for rule in rules.values():
        for pattern in rule["all"]:
            (body,) = pattern.values()
            tests = body.get("$and", [])
            if len(tests) == 3 and "q" in tests[1]:
                cell = tests[2]["$or"] if "$or" in tests[2] else [tests[2]]
                values_by_question.setdefault(tests[1]["q"], set()).update(t["v"] for t in cell)
    if len(values_by_question) > MAX_ALPHA_CHILDREN:
        raise EngineError(f"the rulebook reads {len(values_by_question)} questions; durable-rules "
                          f"hangs past {MAX_ALPHA_CHILDREN} under one node")
    for question, values in values_by_question.items():
        if len(values) > MAX_ALPHA_CHILDREN:
            raise EngineError(f"question {question} is tested against {len(values)} values; "
                              f"durable-rules hangs past {MAX_ALPHA_CHILDREN}")


class Engine:
    """A rulebook compiled once into a durable-rules ruleset, evaluating one State per call."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
        self.definition = compile_rulebook(rulebook)
        self.questions = tuple(sorted({q for o in rulebook.obligations for q in o.questions}))
        self._obligations = {o.id: o for o in rulebook.obligations}
        self._fired: dict[str, list[tuple[str, int]]] = {}
        with _lock:
            # A ruleset name can be registered once per process; rulesets are never freed.
            self.name = f"tipcheck{next(_names)}"
        definition: dict[str, dict[str, Any]] = {}
        for rule_name, rule in self.definition.items():
            action = self._sink if rule_name == _SINK else self._action(rule_name)
            definition[rule_name] = {**rule, "run": action}
        self._host = _Host()
        self._host.register_rulesets({self.name: definition})

    def _action(self, rule_name: str):
        obligation_id, number = rule_name.rsplit("#", 1)
        status = self._obligations[obligation_id].decision[int(number) - 1].status

        def fire(c: Any) -> None:
            sid = c.s["sid"]
            self._fired.setdefault(sid, []).append((obligation_id, int(number)))
            # The finding is asserted back so that later rules can depend on it.
            c.assert_fact({"t": "finding", "o": obligation_id, "s": status})

        return fire

    @staticmethod
    def _sink(c: Any) -> None:
        raise EngineError("the sink rule fired; it must never fire")

    def evaluate(self, answer_set: AnswerSet) -> list[Finding]:
        """Evaluate one State: exactly one finding per obligation, in rulebook order."""
        with _lock:
            sid = f"s{next(_names)}"
        facts = [
            {"sid": sid, "id": f"q:{q}", "t": "answer", "q": q,
             "v": fact_value(answer_set.value(q))}
            for q in self.questions
        ]
        self._fired[sid] = []
        try:
            if facts:
                self._host.assert_facts(self.name, facts)
            self._host.assert_fact(self.name, {"sid": sid, "id": "evaluate", "t": "evaluate"})
            state = self._host.get_state(self.name, sid)
            if state.get("exception"):
                raise EngineError(f"a rule action failed: {state['exception']}")
        finally:
            fired = self._fired.pop(sid, [])
            self._host.delete_state(self.name, sid)
        return self._findings(answer_set, fired)

    def _findings(self, answer_set: AnswerSet, fired: list[tuple[str, int]]) -> list[Finding]:
        rows: dict[str, int] = {}
        for obligation_id, number in fired:
            if obligation_id in rows:
                raise EngineError(f"{obligation_id}: rows {rows[obligation_id]} and {number} both "
                                  "fired; the decision table is not exclusive")
            rows[obligation_id] = number
        missing = [o.id for o in self.rulebook.obligations if o.id not in rows]
        if missing:
            raise EngineError(f"no row fired for {', '.join(missing)}")
        return [make_finding(o, rows[o.id], answer_set) for o in self.rulebook.obligations]


def make_finding(obligation: Obligation, number: int, answer_set: AnswerSet) -> Finding:
    """The finding of `obligation` when its decision row `number` (from 1) has fired."""
    row = obligation.decision[number - 1]
    read = []
    for question in obligation.questions:
        answer = answer_set.answers.get(question)
        read.append(AnswerRead(
            question=question,
            value=answer_set.value(question),
            origin=answer.origin if answer else None,
            citation=answer.citation if answer else None,
            explanation=answer.explanation if answer else None,
        ))
    return Finding(
        obligation=obligation.id,
        provisions=obligation.provisions,
        theme=obligation.theme,
        modality=obligation.modality,
        status=row.status,
        priority=priority(obligation.modality, row.status),
        rationale=Rationale(row=number, reason=row.reason, answers=tuple(read)),
        recommendation=obligation.recommendation,
    )


_engines: dict[int, Engine] = {}


def evaluate(rulebook: Rulebook, answer_set: AnswerSet) -> list[Finding]:
    """Findings for one State. The rulebook is compiled once per process and reused."""
    engine = _engines.get(id(rulebook))
    if engine is None or engine.rulebook is not rulebook:
        engine = _engines[id(rulebook)] = Engine(rulebook)
    return engine.evaluate(answer_set)
