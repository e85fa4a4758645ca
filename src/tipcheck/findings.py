"""Findings: what the engine concluded about one obligation for one State, and why."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, Field

from tipcheck.answers import Origin
from tipcheck.model import Modality, Recommendation, Status, Strict, Text, Theme

M = TypeVar("M", bound=BaseModel)


def assemble(cls: type[M], **values: object) -> M:
    """A model made of values that were validated already (they come from the validated rulebook
    and answer set): no validation again. It runs some 150 times per State, which validation or
    pydantic's own `model_construct` would make the largest cost of explaining a decision."""
    model = cls.__new__(cls)
    object.__setattr__(model, "__dict__", values)
    object.__setattr__(model, "__pydantic_fields_set__", set(values))
    object.__setattr__(model, "__pydantic_extra__", None)
    object.__setattr__(model, "__pydantic_private__", None)
    return model


class AnswerRead(Strict):
    """One answer a decision read, with where it came from and the State's own evidence."""

    question: str
    value: str | int | float
    origin: Origin | None = None
    citation: str | None = None
    explanation: str | None = None


class FindingRead(Strict):
    """The finding of another obligation that a composite obligation's decision read."""

    obligation: str
    status: Status


class Rationale(Strict):
    #: The decision row that fired, counted from 1 as the rule file lists them.
    row: int = Field(ge=1)
    reason: Text
    answers: tuple[AnswerRead, ...]
    #: Findings (obligation ids) this one was derived from: those its decision read, and the
    #: one that says whether the State is party to the treaty the obligation rests on.
    depends_on: tuple[str, ...] = ()
    findings: tuple[FindingRead, ...] = ()


class Finding(Strict):
    obligation: str
    provisions: tuple[str, ...]
    theme: Theme
    modality: Modality
    status: Status
    priority: str
    #: For an obligation resting on a treaty: whether it binds the State (False when the State
    #: is not party, so the obligation is a recommendation to it; None when party status is
    #: unknown). None for obligations resting on the resolution alone.
    binding: bool | None = None
    rationale: Rationale
    recommendation: Recommendation
