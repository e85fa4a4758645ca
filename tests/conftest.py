from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tipcheck.answers import Answer, AnswerSet, State
from tipcheck.questionnaire import Questionnaire, load_questionnaire
from tipcheck.rulebook import load_rulebook

REPO = Path(__file__).resolve().parent.parent
# Messages follow the user's language (TIPCHECK_LANG, then LANG); the tests read English ones
# unless a test asks for French itself. Subprocesses inherit this.
os.environ["TIPCHECK_LANG"] = "en"


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    return load_questionnaire()


@pytest.fixture(scope="session")
def rulebook(questionnaire):
    return load_rulebook(questionnaire=questionnaire)


def answer_set(values: dict[str, str], code: str = "XAA", lang: str = "en") -> AnswerSet:
    """An answer set with these values (no evidence), for tests."""
    return AnswerSet(
        state=State(code=code, name="Testland"),
        reporting_date=dt.date(2026, 6, 30),
        language=lang,
        answers={q: Answer(value=v) for q, v in values.items()},
    )
