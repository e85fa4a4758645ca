"""The durable-rules engine: findings, agreement with the reference evaluator, forward chaining,
and the hardening that DESIGN.md section 4 requires (each test here fails without it)."""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import answer_set
from reference import reference_findings
from tipcheck.compiler import CompileError, check_limits, compile_rulebook
from tipcheck.engine import Engine, EngineError, evaluate, fact_value
from tipcheck.model import Rulebook
from tipcheck.questionnaire import Questionnaire

NP = "res-11-5/pp-11/non-punishment"
PRIVACY = "tip-protocol/art-06-1/privacy"
ASSISTANCE = "tip-protocol/art-06-3/assistance"
COMPOSITE = "res-11-5/op-05/victim-centred-approach"
ACCEDE = "res-11-5/op-01/accede"
STRONG = {"FW-1": "party", "NP-1": "statutory", "NP-2": "yes", "NP-3": "yes", "NP-4": "yes",
          "PV-1": "yes", "PV-2": "yes", "PV-3": "yes", "AS-1": "yes", "AS-2": "yes",
          "AS-3": "yes"}


def findings(rulebook, questionnaire, values):
    return {f.obligation: f for f in evaluate(rulebook, answer_set(values), questionnaire)}


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"NP-1": "statutory", "NP-2": "yes", "NP-3": "yes", "NP-4": "yes"}, "met"),
        ({"NP-1": "none"}, "not_met"),
        ({"NP-1": "guidance", "NP-2": "yes", "NP-3": "yes", "NP-4": "yes"}, "partially_met"),
        ({"NP-1": "statutory", "NP-2": "no", "NP-3": "yes", "NP-4": "yes"}, "partially_met"),
        ({"NP-1": "statutory", "NP-2": "yes", "NP-3": "no"}, "partially_met"),
        ({"NP-1": "statutory", "NP-2": "yes", "NP-3": "yes"}, "insufficient_information"),
        ({"NP-1": "unknown", "NP-2": "yes", "NP-3": "yes", "NP-4": "yes"},
         "insufficient_information"),
        ({}, "insufficient_information"),
    ],
)
def test_non_punishment_statuses(rulebook, questionnaire, values, expected):
    assert findings(rulebook, questionnaire, values)[NP].status == expected


def test_a_missing_answer_is_never_read_as_no(rulebook, questionnaire):
    # NP-4 unanswered must not be read as "no" (which would give partially_met).
    finding = findings(rulebook, questionnaire, {"NP-1": "statutory", "NP-2": "yes",
                                                 "NP-3": "yes"})[NP]
    assert finding.status == "insufficient_information"
    np4 = next(a for a in finding.rationale.answers if a.question == "NP-4")
    assert np4.value == "not_answered"


def answer_values(questionnaire, questions):
    """Random answer sets: each question answered with any allowed value, or not answered."""
    return st.fixed_dictionaries(
        {q: st.sampled_from([*questionnaire.question(q).values, None]) for q in questions}
    ).map(lambda values: {q: v for q, v in values.items() if v is not None})


@pytest.fixture(scope="module")
def read_questions(rulebook):
    return sorted({q for o in rulebook.obligations for q in o.questions})


def test_engine_agrees_with_the_reference_on_random_answer_sets(rulebook, questionnaire,
                                                                read_questions):
    @settings(max_examples=1000, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(answer_values(questionnaire, read_questions))
    def check(values):
        expected = reference_findings(rulebook, values)
        got = evaluate(rulebook, answer_set(values), questionnaire)
        assert len(got) == len(rulebook.obligations)
        for finding in got:
            want = expected[finding.obligation]
            assert (finding.status, finding.rationale.row, finding.binding) == (
                want["status"], want["row"], want["binding"]), (finding.obligation, values)

    check()


def test_same_inputs_same_findings_whatever_the_order(rulebook, questionnaire):
    values = {"NP-1": "statutory", "NP-2": "partially", "PV-1": "yes", "FW-1": "party"}
    reordered = dict(reversed(list(values.items())))
    first = evaluate(rulebook, answer_set(values), questionnaire)
    assert first == evaluate(rulebook, answer_set(reordered), questionnaire)
    assert [f.obligation for f in first] == [o.id for o in rulebook.obligations]


def test_applicability_a_non_party_gets_the_protocol_as_recommendations(rulebook, questionnaire):
    gap = {**STRONG, "PV-1": "no", "PV-2": "no"}
    party = findings(rulebook, questionnaire, gap)
    outsider = findings(rulebook, questionnaire, {**gap, "FW-1": "not_party"})
    unknown = findings(rulebook, questionnaire, {**gap, "FW-1": "unknown"})
    assert party[ACCEDE].status == "not_applicable"
    assert outsider[ACCEDE].status == "not_met"
    # The status does not change; the priority does, and the finding says why.
    assert party[PRIVACY].status == outsider[PRIVACY].status == "not_met"
    assert (party[PRIVACY].binding, outsider[PRIVACY].binding, unknown[PRIVACY].binding) == (
        True, False, None)
    assert party[PRIVACY].priority == "medium"  # shall_consider, not met, binding
    assert unknown[PRIVACY].priority == "medium"  # unknown party status: weighed as binding
    assert outsider[PRIVACY].priority == "low"  # a recommendation to a non-party
    assert ACCEDE in outsider[PRIVACY].rationale.depends_on
    # Resolution-only obligations are not touched by treaty party status.
    assert party[NP].binding is None and outsider[NP].binding is None


def test_priority_of_a_binding_shall_drops_for_a_non_party():
    from tipcheck.priority import priority

    assert priority("shall", "not_met", True) == "urgent"
    assert priority("shall", "not_met", None) == "urgent"
    assert priority("shall", "not_met", False) == "high"
    assert priority("shall_consider", "not_met", False) == priority("invites", "not_met")
    assert priority("encourages", "not_met", False) == priority("encourages", "not_met")


def test_composite_obligation_reads_the_other_findings(rulebook, questionnaire):
    all_met = findings(rulebook, questionnaire, STRONG)
    assert {all_met[o].status for o in (NP, PRIVACY, ASSISTANCE)} == {"met"}
    assert all_met[COMPOSITE].status == "met"
    read = {r.obligation: r.status for r in all_met[COMPOSITE].rationale.findings}
    assert read == {NP: "met", ASSISTANCE: "met", PRIVACY: "met"}
    assert set(all_met[COMPOSITE].rationale.depends_on) == {NP, ASSISTANCE, PRIVACY}

    one_gap = findings(rulebook, questionnaire, {**STRONG, "NP-1": "none"})
    assert one_gap[NP].status == "not_met"
    assert one_gap[COMPOSITE].status == "partially_met"

    none = findings(rulebook, questionnaire, {"NP-1": "none", "PV-1": "no", "PV-2": "no",
                                              "AS-1": "no", "AS-2": "no"})
    assert none[COMPOSITE].status == "not_met"

    undecided = findings(rulebook, questionnaire, {**STRONG, "AS-3": "unknown"})
    assert undecided[ASSISTANCE].status == "insufficient_information"
    assert undecided[COMPOSITE].status == "insufficient_information"


def test_no_dispatcher_threads(rulebook, questionnaire):
    before = threading.active_count()
    engine = Engine(rulebook, questionnaire)
    engine.evaluate(answer_set({"NP-1": "none"}))
    assert threading.active_count() == before


def test_values_are_normalised_to_strings():
    assert fact_value(5) == "5"
    assert fact_value(5.0) == "5"
    assert fact_value("yes") == "yes"
    with pytest.raises(EngineError):
        fact_value(True)


def test_compiled_rules_compare_only_with_constants(rulebook, questionnaire):
    definition = compile_rulebook(rulebook, questionnaire)
    assert "sink" in definition
    for name, rule in definition.items():
        text = repr(rule)
        for operator in ("$gt", "$lt", "$gte", "$lte", "$neq", "$mt", "$not", "$nex"):
            assert operator not in text, name
        for pattern in rule["all"]:
            (body,) = pattern.values()
            # a test refers to another fact's value only through `$m`/`$s`: never here
            assert "'$m'" not in repr(body) and "'$s'" not in repr(body), name


def test_limits_of_durable_rules_are_checked():
    many_questions = {
        f"r{i}": {"all": [{"a": {"$and": [{"t": "answer"}, {"q": f"Q-{i}"}, {"v": "yes"}]}}]}
        for i in range(512)
    }
    with pytest.raises(CompileError, match="512 distinct answer tests on q"):
        check_limits(many_questions)
    check_limits(dict(list(many_questions.items())[:511]))
    many_rules = {f"r{i}": {"all": [{"e": {"t": "evaluate"}}]} for i in range(4096)}
    with pytest.raises(CompileError, match="4096 rules"):
        check_limits(many_rules)


def evaluate_facts(engine, sid):
    return [{"sid": sid, "id": f"evaluate:{g}", "t": "evaluate", "g": g}
            for g in range(engine.groups)]


def test_more_rules_than_one_node_can_feed_are_gated_in_groups(questionnaire):
    # durable-rules refuses a ruleset in which one node feeds more than 256 rules (error code
    # 108); every rule waits for the evaluate fact, so the compiler gates them in groups.
    text = {"en": "t", "fr": "t"}
    rows = [{"when": {"Q": "yes"}, "status": "met", "reason": text},
            {"when": {"Q": "partially"}, "status": "partially_met", "reason": text},
            {"when": {"Q": "no"}, "status": "not_met", "reason": text},
            {"when": {"Q": ["unknown", "not_answered"]}, "status": "insufficient_information",
             "reason": text}]
    count = 80
    many = Questionnaire.model_validate({
        "id": "many", "version": "1", "title": text,
        "sections": [{"id": "s", "theme": "data", "title": text}],
        "questions": [{"id": f"QQ-{i}", "section": "s", "kind": "law", "type": "yes_no",
                       "text": text, "guidance": text} for i in range(count)],
    })
    book = Rulebook.model_validate({
        "info": {"id": "many", "version": "1", "title": text},
        "provisions": [{"id": "res-11-5/op-14", "instrument": "res-11-5", "citation": "OP 14",
                        "addressee": "states", "modality": "calls_upon", "theme": "data",
                        "text": text, "authentic": ["fr"]}],
        "obligations": [{"id": f"res-11-5/op-14/item-{i}", "title": text, "theme": "data",
                         "provisions": ["res-11-5/op-14"], "modality": "calls_upon",
                         "questions": [f"QQ-{i}"],
                         "decision": [{**r, "when": {f"QQ-{i}": r["when"]["Q"]}} for r in rows],
                         "recommendation": {"text": text}} for i in range(count)],
    })
    engine = Engine(book, many)
    assert len(engine.definition) == 4 * count + 1 and engine.groups == 2
    values = {f"QQ-{i}": ("yes", "no", "partially", "unknown")[i % 4] for i in range(count)}
    got = engine.evaluate(answer_set(values))
    assert [f.status for f in got[:4]] == ["met", "not_met", "partially_met",
                                           "insufficient_information"]
    with pytest.raises(CompileError, match="rules share the test"):
        check_limits({f"r{i}": {"all": [{"e": {"t": "evaluate"}}]} for i in range(256)})


def test_rules_wait_for_the_evaluate_fact(rulebook, questionnaire):
    engine = Engine(rulebook, questionnaire)
    facts = [{"sid": "gate", "id": f"q:{q}", "t": "answer", "q": q, "v": "not_answered"}
             for q in engine.questions]
    engine._fired["gate"] = []
    engine._host.assert_facts(engine.name, facts)
    assert engine._fired["gate"] == []  # every answer is in, nothing fired yet
    engine._host.assert_facts(engine.name, evaluate_facts(engine, "gate"))
    assert len([e for e in engine._fired["gate"] if e[0] == "row"]) == len(rulebook.obligations)
    engine._host.delete_state(engine.name, "gate")


def test_a_fact_no_rule_reads_is_handled_by_the_sink(rulebook, questionnaire):
    engine = Engine(rulebook, questionnaire)
    facts = [{"sid": "sink", "id": f"q:{q}", "t": "answer", "q": q, "v": "not_answered"}
             for q in engine.questions]
    # Without the sink, durable-rules raises MessageNotHandledException for the whole batch.
    facts += [{"sid": "sink", "id": "x1", "t": "answer", "q": "ZZ-1", "v": "yes"},
              {"sid": "sink", "id": "x2", "t": "something else"}]
    engine._fired["sink"] = []
    engine._host.assert_facts(engine.name, facts)
    engine._host.assert_facts(engine.name, evaluate_facts(engine, "sink"))
    assert len([e for e in engine._fired.pop("sink") if e[0] == "row"]) == len(
        rulebook.obligations)
    engine._host.delete_state(engine.name, "sink")


def test_an_action_error_is_raised_not_swallowed(rulebook, questionnaire):
    class Broken(Engine):
        def _action(self, rule_name):
            def fire(c):
                raise ValueError("boom")

            return fire

    with pytest.raises(EngineError, match="boom"):
        Broken(rulebook, questionnaire).evaluate(answer_set({"NP-1": "none"}))


def test_sessions_are_deleted_beyond_the_1024_limit(rulebook, questionnaire):
    engine = Engine(rulebook, questionnaire)
    for i in range(1100):
        finding = engine.evaluate(answer_set({"NP-1": "none" if i % 2 else "guidance"}))
        assert finding[[f.obligation for f in finding].index(NP)].status == (
            "not_met" if i % 2 else "partially_met")


def rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * 4096


def test_memory_stays_flat_over_2000_states(rulebook, questionnaire, read_questions):
    engine = Engine(rulebook, questionnaire)
    samples = [
        {q: questionnaire.question(q).values[(i + j) % len(questionnaire.question(q).values)]
         for j, q in enumerate(read_questions)}
        for i in range(20)
    ]
    for i in range(200):  # warm up allocator pools
        engine.evaluate(answer_set(samples[i % 20]))
    before = rss_bytes()
    for i in range(2000):
        engine.evaluate(answer_set(samples[i % 20]))
    growth = rss_bytes() - before
    # Without delete_state durable-rules keeps 2-4 MB per State: gigabytes here.
    assert growth < 20 * 1024 * 1024, f"memory grew by {growth / 1e6:.1f} MB"
