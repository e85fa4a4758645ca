"""Synthetic filled workbooks for the benchmark: N fictional States, deterministic.

Each State answers like a real one might: most questions answered, a realistic mix of yes,
partially, no and unknown, some left blank, citations and explanations of realistic length.
Codes are drawn from the user-assigned range XAA-XZZ (676 codes), then from AAA upwards for
larger N: they name no real country's answers, only test data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import string
from pathlib import Path

from tipcheck.answers import Answer, AnswerSet, State
from tipcheck.questionnaire import Question, Questionnaire, load_questionnaire
from tipcheck.workbook_fill import fill_workbook

WORDS = ["act", "article", "section", "decree", "regulation", "code", "penal", "procedure",
         "labour", "migration", "victims", "trafficking", "protection", "assistance",
         "prosecution", "court", "ministry", "order", "guidance"]


def codes(n: int) -> list[str]:
    user_assigned = [f"X{a}{b}" for a in string.ascii_uppercase for b in string.ascii_uppercase]
    others = [f"{a}{b}{c}" for a in string.ascii_uppercase[:23] for b in string.ascii_uppercase
              for c in string.ascii_uppercase]
    return (user_assigned + others)[:n]


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def answer(rng: random.Random, question: Question) -> Answer | None:
    if rng.random() < 0.08:
        return None  # left blank
    if question.choices:
        values = list(question.values)
        weights = [3 if v in ("yes", "statutory", "party") else 1 for v in values]
        value: object = rng.choices(values, weights)[0]
    elif question.type == "year":
        value = rng.randint(1995, 2026)
    elif question.type == "number":
        value = rng.randint(0, 400)
    else:
        value = sentence(rng, 12)
    citation = None
    if rng.random() < 0.8:
        citation = f"{rng.choice(WORDS).capitalize()} Act {rng.randint(1990, 2025)}, s. " \
                   f"{rng.randint(1, 300)}"
    explanation = sentence(rng, rng.randint(8, 40)) if rng.random() < 0.7 else None
    return Answer(value=value, citation=citation, explanation=explanation)


def answer_set(rng: random.Random, questionnaire: Questionnaire, code: str) -> AnswerSet:
    answers = {}
    for question in questionnaire.questions:
        given = answer(rng, question)
        if given is not None:
            answers[question.id] = given
    return AnswerSet(state=State(code=code, name=f"Benchland {code}"),
                     reporting_date=dt.date(2026, 6, 30), language=rng.choice(["en", "fr"]),
                     answers=answers)


def generate(n: int, out: Path, seed: int = 11_5) -> list[Path]:
    questionnaire = load_questionnaire()
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for code in codes(n):
        path = out / f"{code}.xlsx"
        fill_workbook(questionnaire, answer_set(rng, questionnaire, code), path)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=11_5)
    args = parser.parse_args()
    print(len(generate(args.n, args.out, args.seed)), "workbooks in", args.out)


if __name__ == "__main__":
    main()
