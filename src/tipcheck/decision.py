"""Decision tables: the answers an obligation reads, and the proof that its table is sound.

A table must give exactly one status for every combination of the answers it reads (the
"unique" hit policy of DMN): no combination may match two rows (overlap), none may match no row
(a hole). And a missing or `unknown` answer must lead to `insufficient_information` unless the
outcome does not depend on it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from tipcheck.model import NOT_ANSWERED, UNKNOWN, Obligation
from tipcheck.questionnaire import Question, Questionnaire

#: Past this many combinations a table is too large to prove sound; split the obligation.
MAX_COMBINATIONS = 200_000
UNDECIDED = frozenset({UNKNOWN, NOT_ANSWERED})


def domain(question: Question) -> tuple[str, ...]:
    """Every value an answer to `question` can take in a decision, `not_answered` included."""
    return (*question.values, NOT_ANSWERED)


def combinations(
    obligation: Obligation, questionnaire: Questionnaire
) -> Iterator[dict[str, str]]:
    domains = [domain(questionnaire.question(q)) for q in obligation.questions]
    for values in itertools.product(*domains):
        yield dict(zip(obligation.questions, values, strict=True))


def matching_rows(obligation: Obligation, answers: dict[str, str]) -> list[int]:
    return [i for i, row in enumerate(obligation.decision) if row.matches(answers)]


def _show(answers: dict[str, str]) -> str:
    return ", ".join(f"{q}={v}" for q, v in answers.items())


def table_problems(
    obligation: Obligation, questionnaire: Questionnaire
) -> list[tuple[int | None, str]]:
    """The table's problems, each with the index of the row it concerns (None: the table)."""
    problems: list[tuple[int | None, str]] = []
    read = set(obligation.questions)
    for qid in obligation.questions:
        if not questionnaire.has(qid):
            problems.append((None, f"{obligation.id} reads question {qid}, which the "
                                   "questionnaire does not have"))
        elif questionnaire.question(qid).type not in ("yes_no", "choice"):
            problems.append((None, f"{obligation.id} reads {qid}, a "
                                   f"{questionnaire.question(qid).type} question; decision "
                                   "tables read choice questions"))
    if problems:
        return problems
    for index, row in enumerate(obligation.decision):
        for qid, cell in row.when.items():
            if qid not in read:
                problems.append((index, f"{obligation.id} row {index + 1} tests {qid}, which is "
                                        "not among the obligation's questions"))
                continue
            allowed = domain(questionnaire.question(qid))
            for value in cell:
                if value not in allowed:
                    problems.append((index, f"{obligation.id} row {index + 1}: {value!r} is not "
                                            f"an answer to {qid} ({', '.join(allowed)})"))
    if problems:
        return problems

    size = 1
    for qid in obligation.questions:
        size *= len(domain(questionnaire.question(qid)))
    if size > MAX_COMBINATIONS:
        return [(None, f"{obligation.id} has {size} answer combinations, more than "
                       f"{MAX_COMBINATIONS}; split it into smaller obligations")]

    status_of: dict[tuple[str, ...], str] = {}
    overlap = hole = None
    for answers in combinations(obligation, questionnaire):
        rows = matching_rows(obligation, answers)
        if len(rows) > 1 and overlap is None:
            overlap = (rows[1], f"{obligation.id}: rows {rows[0] + 1} and {rows[1] + 1} both "
                                f"match {_show(answers)}")
        elif not rows and hole is None:
            hole = (None, f"{obligation.id}: no row matches {_show(answers)}")
        if len(rows) == 1:
            status_of[tuple(answers.values())] = obligation.decision[rows[0]].status
    problems += [p for p in (overlap, hole) if p]
    if problems:
        return problems
    dependence = _undecided_problem(obligation, questionnaire, status_of)
    return [dependence] if dependence else []


def _undecided_problem(
    obligation: Obligation, questionnaire: Questionnaire, status_of: dict[tuple[str, ...], str]
) -> tuple[int | None, str] | None:
    """A missing or `unknown` answer whose outcome depends on it must give
    `insufficient_information`; find the first combination where it does not."""
    questions = obligation.questions
    for key, status in status_of.items():
        if status == "insufficient_information":
            continue
        for position, value in enumerate(key):
            if value not in UNDECIDED:
                continue
            known = [v for v in questionnaire.question(questions[position]).values
                     if v not in UNDECIDED]
            outcomes = {status_of[(*key[:position], v, *key[position + 1:])] for v in known}
            if outcomes != {status}:
                answers = dict(zip(questions, key, strict=True))
                row = matching_rows(obligation, answers)[0]
                return (row, f"{obligation.id} row {row + 1}: {questions[position]}={value} "
                             f"gives {status!r}, but the outcome depends on that answer "
                             f"({_show(answers)}); it must be 'insufficient_information'")
    return None
