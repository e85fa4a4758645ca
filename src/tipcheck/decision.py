"""Decision tables: what an obligation reads, and the proof that its table is sound.

A table must give exactly one status for every combination of the values it reads (the
"unique" hit policy of DMN): no combination may match two rows (an overlap), none may match no
row (a hole). A missing or `unknown` answer (or an undecided finding) must lead to
`insufficient_information` unless the outcome does not depend on it.

The combinations are enumerated: every value of a choice question, `not_answered`, one
representative of each interval that the table's comparisons cut a number or year into, and
every status of a finding that a composite obligation reads.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from tipcheck.i18n import default_lang, t
from tipcheck.model import NOT_ANSWERED, STATUSES, UNKNOWN, Lang, Obligation, Range
from tipcheck.questionnaire import Question, Questionnaire

#: Past this many combinations a table is too large to prove sound; split the obligation.
MAX_COMBINATIONS = 200_000
UNDECIDED_ANSWERS = frozenset({UNKNOWN, NOT_ANSWERED})
UNDECIDED_FINDINGS = frozenset({"insufficient_information"})


def thresholds(obligations: list[Obligation] | tuple[Obligation, ...], key: str) -> list[float]:
    """Every bound that a comparison on `key` uses, in these obligations' tables."""
    found = {
        bound
        for obligation in obligations
        for row in obligation.decision
        for item in row.when.get(key, ())
        if isinstance(item, Range)
        for bound in item.bounds()
    }
    return sorted(found)


def representatives(cuts: list[float], integer: bool) -> list[float]:
    """One value inside each interval the cuts make (each cut is an interval of its own)."""
    if not cuts:
        return [0]
    points = [cuts[0] - 1]
    for low, high in itertools.pairwise(cuts):
        points.append(low)
        middle = (low + high) / 2
        if not integer or high - low > 1:
            points.append(int(low) + 1 if integer else middle)
    points.append(cuts[-1])
    points.append(cuts[-1] + 1)
    return [int(p) if integer else p for p in points]


def domain(obligation: Obligation, key: str, questionnaire: Questionnaire) -> tuple:
    """Every value one input of the obligation can take, as far as its table can tell."""
    if key in obligation.findings:
        return STATUSES
    question = questionnaire.question(key)
    if question.choices:
        return (*question.values, NOT_ANSWERED)
    cuts = thresholds((obligation,), key)
    return (*representatives(cuts, question.type == "year"), NOT_ANSWERED)


def undecided(obligation: Obligation, key: str) -> frozenset[str]:
    return UNDECIDED_FINDINGS if key in obligation.findings else UNDECIDED_ANSWERS


def combinations(obligation: Obligation, questionnaire: Questionnaire) -> Iterator[dict]:
    keys = obligation.inputs
    domains = [domain(obligation, key, questionnaire) for key in keys]
    for values in itertools.product(*domains):
        yield dict(zip(keys, values, strict=True))


def matching_rows(obligation: Obligation, values: dict) -> list[int]:
    return [i for i, row in enumerate(obligation.decision) if row.matches(values)]


def _show(values: dict) -> str:
    return ", ".join(f"{key}={value}" for key, value in values.items())


def _cell_problems(obligation: Obligation, key: str, cell: tuple, question: Question | None,
                   index: int, lang: Lang) -> list[tuple[int | None, str]]:
    problems: list[tuple[int | None, str]] = []

    def problem(message: str, **values: object) -> None:
        problems.append((index, t(f"rules.table_{message}", lang, obligation=obligation.id,
                                  row=index + 1, **values)))

    for item in cell:
        if question is None:  # a finding of another obligation
            if item not in STATUSES:
                problem("not_a_status", value=item, allowed=", ".join(STATUSES))
        elif isinstance(item, Range):
            if question.choices:
                problem("choice_compared", question=key)
        elif question.choices and item not in (*question.values, NOT_ANSWERED):
            problem("not_an_answer", value=item, question=key,
                    allowed=", ".join((*question.values, NOT_ANSWERED)))
        elif not question.choices and item != NOT_ANSWERED:
            problem("needs_comparison", question=key, type=question.type)
    return problems


def table_problems(
    obligation: Obligation, questionnaire: Questionnaire, lang: Lang | None = None
) -> list[tuple[int | None, str]]:
    """The table's problems, each with the index of the row it concerns (None: the table), in
    `lang` (default: the user's language)."""
    lang = lang or default_lang()

    def say(message: str, **values: object) -> str:
        return t(f"rules.table_{message}", lang, obligation=obligation.id, **values)

    problems: list[tuple[int | None, str]] = []
    for qid in obligation.questions:
        if not questionnaire.has(qid):
            problems.append((None, say("unknown_question", question=qid)))
        elif questionnaire.question(qid).type == "text":
            problems.append((None, say("free_text", question=qid)))
    if problems:
        return problems
    for index, row in enumerate(obligation.decision):
        for key, cell in row.when.items():
            if key not in obligation.inputs:
                problems.append((index, say("foreign_input", row=index + 1, input=key)))
                continue
            question = questionnaire.question(key) if key in obligation.questions else None
            problems += _cell_problems(obligation, key, cell, question, index, lang)
    if problems:
        return problems

    size = 1
    for key in obligation.inputs:
        size *= len(domain(obligation, key, questionnaire))
    if size > MAX_COMBINATIONS:
        return [(None, say("too_large", size=size, limit=MAX_COMBINATIONS))]

    status_of: dict[tuple, str] = {}
    overlap = hole = None
    for values in combinations(obligation, questionnaire):
        rows = matching_rows(obligation, values)
        if len(rows) > 1 and overlap is None:
            overlap = (rows[1], say("overlap", first=rows[0] + 1, second=rows[1] + 1,
                                    values=_show(values)))
        elif not rows and hole is None:
            hole = (None, say("hole", values=_show(values)))
        if len(rows) == 1:
            status_of[tuple(values.values())] = obligation.decision[rows[0]].status
    problems += [p for p in (overlap, hole) if p]
    if problems:
        return problems
    dependence = _undecided_problem(obligation, questionnaire, status_of, lang)
    return [dependence] if dependence else []


def _undecided_problem(
    obligation: Obligation, questionnaire: Questionnaire, status_of: dict[tuple, str], lang: Lang
) -> tuple[int | None, str] | None:
    """An undecided input whose value would change the outcome must give
    `insufficient_information`; find the first combination where it does not."""
    keys = obligation.inputs
    for combo, status in status_of.items():
        if status == "insufficient_information":
            continue
        for position, value in enumerate(combo):
            key = keys[position]
            unsure = undecided(obligation, key)
            if value not in unsure:
                continue
            known = [v for v in domain(obligation, key, questionnaire) if v not in unsure]
            outcomes = {status_of[(*combo[:position], v, *combo[position + 1:])] for v in known}
            if outcomes != {status}:
                values = dict(zip(keys, combo, strict=True))
                row = matching_rows(obligation, values)[0]
                return (row, t("rules.table_undecided", lang, obligation=obligation.id,
                               row=row + 1, input=key, value=value, status=status,
                               values=_show(values)))
    return None
