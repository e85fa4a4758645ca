"""The rules engine: `evaluate(rulebook, answers) -> findings`, on durable-rules.

This module and `compiler` hold every workaround DESIGN.md section 4 lists for durable-rules
2.0.28:

- no background dispatcher threads: the host's `_run` is disabled, so every action runs inside
  the call that asserted its facts, on this thread;
- one fact per answer, its value normalised to a string before it is asserted ("5" equals 5
  in patterns, and re-asserting one after the other raises "already observed");
- every question the rulebook reads gets a fact, `not_answered` when there is no answer, so no
  rule needs negation; every rule is gated on an `evaluate` fact asserted after the answers;
- only equality tests against constants (see `compiler`); limits checked when compiling;
- a sink rule so that no fact goes unhandled;
- an exception inside an action is swallowed by durable-rules into the State's state: it is
  read back and raised after every State;
- `delete_state` after every State (at most 1,024 live sessions per ruleset). Measured here:
  `delete_state` of a session whose only fact passed some tests of the network but reached no
  rule aborts the process ("free(): invalid size"); a State always has its answers and the
  `evaluate` fact, and evaluation runs in worker processes (see `workers`) all the same;
- firing order never matters: actions only record what fired, and the result is checked to
  hold exactly one finding per obligation and one party status per treaty.
"""

from __future__ import annotations

import functools
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from durable.engine import Host

from tipcheck.answers import AnswerSet
from tipcheck.compiler import (
    SINK,
    compile_rulebook,
    gate_groups,
    number_intervals,
    read_findings,
)
from tipcheck.findings import AnswerRead, Finding, FindingRead, Rationale, assemble
from tipcheck.model import NOT_ANSWERED, Rulebook
from tipcheck.priority import priority
from tipcheck.questionnaire import Questionnaire

_names = itertools.count(1)
_lock = threading.Lock()


class EngineError(RuntimeError):
    """The engine failed or gave an impossible result; nothing it said can be trusted."""


@dataclass(frozen=True)
class Decision:
    """What the rules concluded for one State: {obligation id: row number (from 1)} and
    {treaty: "yes" | "no" | "unknown"} (is the State party to it)."""

    rows: dict[str, int]
    party: dict[str, str]


class _Host(Host):
    """A durable-rules host without the two dispatcher threads the stock host starts."""

    def _run(self) -> None:
        return None


def fact_value(value: object) -> str:
    """The form in which a choice answer is asserted: always a string, numbers canonical."""
    if isinstance(value, bool):
        raise EngineError(f"a boolean answer value ({value!r}) cannot be asserted")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


class Engine:
    """A rulebook compiled once into a durable-rules ruleset, evaluating one State per call."""

    def __init__(self, rulebook: Rulebook, questionnaire: Questionnaire) -> None:
        self.rulebook = rulebook
        self.questionnaire = questionnaire
        self.definition = compile_rulebook(rulebook, questionnaire)
        self.groups = gate_groups(self.definition)
        self.intervals = number_intervals(rulebook, questionnaire)
        self.questions = tuple(sorted({q for o in rulebook.obligations for q in o.questions}))
        self._obligations = {o.id: o for o in rulebook.obligations}
        self._party_source = {i: a.obligation for i, a in rulebook.info.applicability.items()}
        self._read = read_findings(rulebook)
        self._treaties = {
            o.id: (instruments, tuple(self._party_source[i] for i in instruments))
            for o in rulebook.obligations
            for instruments in [rulebook.instruments_of(o)]
        }
        self._fired: dict[str, list[tuple[str, ...]]] = {}
        with _lock:
            # A ruleset name can be registered once per process; rulesets are never freed.
            self.name = f"tipcheck{next(_names)}"
        definition = {
            name: {**rule, "run": self._action(name)} for name, rule in self.definition.items()
        }
        self._host = _Host()
        self._host.register_rulesets({self.name: definition})

    def _action(self, rule_name: str) -> Callable[[Any], None]:
        kind, _, subject = rule_name.partition(":")
        if kind == "row":
            obligation_id, number = subject.rsplit("#", 1)
            status = self._obligations[obligation_id].decision[int(number) - 1].status
            event = ("row", obligation_id, int(number))
            if obligation_id not in self._read:
                return lambda c: self._record(c, event)
            fact = {"id": f"f:{obligation_id}", "t": "finding", "o": obligation_id, "s": status}

            def fire_row(c: Any) -> None:
                self._record(c, event)
                # Asserted back: a composite obligation or the party status reads it.
                c.assert_fact(dict(fact))

            return fire_row
        if kind == "party":
            instrument, value = subject.rsplit(":", 1)
            party_event = ("party", instrument, value)
            return lambda c: self._record(c, party_event)

        def fire_sink(c: Any) -> None:
            raise EngineError("the sink rule fired; it must never fire")

        assert rule_name == SINK, rule_name
        return fire_sink

    def _record(self, c: Any, event: tuple[str, ...]) -> None:
        self._fired.setdefault(c.s["sid"], []).append(event)

    def answer_value(self, question: str, value: object) -> str:
        """The value asserted for an answer: numbers as the interval they fall in."""
        if value == NOT_ANSWERED or question not in self.intervals:
            return fact_value(value)
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise EngineError(f"{question}: {value!r} is not a number")
        return self.intervals[question].name(value)

    def evaluate(self, answer_set: AnswerSet) -> list[Finding]:
        """Evaluate one State: exactly one finding per obligation, in rulebook order."""
        return self.explain(answer_set, self.decide(answer_set))

    def decide(self, answer_set: AnswerSet) -> Decision:
        """Run the rules on one State's answers: the row that fired for every obligation, and
        the State's party status to each treaty. (`explain` turns it into findings.)"""
        with _lock:
            sid = f"s{next(_names)}"
        facts = [
            {"sid": sid, "id": f"q:{q}", "t": "answer", "q": q,
             "v": self.answer_value(q, answer_set.value(q))}
            for q in self.questions
        ]
        self._fired[sid] = []
        try:
            # One batch, the `evaluate` facts last: durable-rules takes a batch's facts in order,
            # so no rule can fire before every answer is in.
            self._host.assert_facts(self.name, facts + [
                {"sid": sid, "id": f"evaluate:{g}", "t": "evaluate", "g": g}
                for g in range(self.groups)
            ])
            state = self._host.get_state(self.name, sid)
            if state.get("exception"):
                raise EngineError(f"a rule action failed: {state['exception']}")
        finally:
            fired = self._fired.pop(sid, [])
            self._host.delete_state(self.name, sid)
        return self._decision(fired)

    def _decision(self, fired: list[tuple]) -> Decision:
        rows: dict[str, int] = {}
        party: dict[str, str] = {}
        for kind, subject, value in fired:
            seen = rows if kind == "row" else party
            if subject in seen:
                raise EngineError(f"{subject}: two {kind} rules fired ({seen[subject]} and "
                                  f"{value}); the decision table is not exclusive")
            seen[subject] = value
        missing = [o.id for o in self.rulebook.obligations if o.id not in rows]
        if missing:
            raise EngineError(f"no row fired for {', '.join(missing)}")
        unknown = [i for i in self._party_source if i not in party]
        if unknown:
            raise EngineError(f"no party status derived for {', '.join(unknown)}")
        return Decision(rows, party)

    def explain(self, answer_set: AnswerSet, decision: Decision) -> list[Finding]:
        """The findings of a decision, each with its rationale, in rulebook order."""
        rows, party = decision.rows, decision.party
        statuses = {
            oid: self._obligations[oid].decision[number - 1].status for oid, number in rows.items()
        }
        answers = {q: answer_read(answer_set, q) for q in self.questions}
        findings = []
        for obligation in self.rulebook.obligations:
            instruments, sources = self._treaties[obligation.id]
            values = {party[i] for i in instruments}
            binding = None
            if values:
                binding = False if "no" in values else (True if values == {"yes"} else None)
            row = obligation.decision[rows[obligation.id] - 1]
            findings.append(assemble(
                Finding,
                obligation=obligation.id,
                provisions=obligation.provisions,
                theme=obligation.theme,
                modality=obligation.modality,
                status=row.status,
                priority=priority(obligation.modality, row.status, binding),
                binding=binding,
                rationale=assemble(
                    Rationale,
                    row=rows[obligation.id],
                    reason=row.reason,
                    answers=tuple(answers[q] for q in obligation.questions),
                    depends_on=tuple(dict.fromkeys(obligation.findings + sources)),
                    findings=tuple(assemble(FindingRead, obligation=o, status=statuses[o])
                                   for o in obligation.findings),
                ),
                recommendation=obligation.recommendation,
            ))
        return findings


def answer_read(answer_set: AnswerSet, question: str) -> AnswerRead:
    """One answer as a finding's rationale shows it: value, where it was read, evidence."""
    answer = answer_set.answers.get(question)
    return assemble(
        AnswerRead,
        question=question,
        value=answer_set.value(question),
        origin=answer.origin if answer else None,
        citation=answer.citation if answer else None,
        explanation=answer.explanation if answer else None,
    )


_engines: dict[tuple[int, int], Engine] = {}


@functools.cache
def _bundled_questionnaire() -> Questionnaire:
    from tipcheck.questionnaire import load_questionnaire

    return load_questionnaire()


def evaluate(rulebook: Rulebook, answer_set: AnswerSet,
             questionnaire: Questionnaire | None = None) -> list[Finding]:
    """Findings for one State (the questionnaire defaults to the bundled one). The rulebook is
    compiled once per process and reused."""
    questionnaire = questionnaire or _bundled_questionnaire()
    engine = _engines.get((id(rulebook), id(questionnaire)))
    if engine is None or (engine.rulebook, engine.questionnaire) != (rulebook, questionnaire):
        engine = Engine(rulebook, questionnaire)
        _engines[(id(rulebook), id(questionnaire))] = engine
    return engine.evaluate(answer_set)
