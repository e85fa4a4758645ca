"""The JSON Schema of the `tipcheck-report/1` document.

It ships inside the package as `tipcheck/schemas/report.schema.json`, for anyone who reads
tipcheck's JSON reports (the comparisons do; so may a regional body's dashboard). The file is
generated from the model's closed lists (statuses, themes, modalities, priorities) by this module,
and a test checks that the file is what it generates. To regenerate it:

    python -m tipcheck.report_schema > src/tipcheck/schemas/report.schema.json
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, get_args

from tipcheck.model import LANGS, MODALITY_ORDER, STATUSES, THEMES, Addressee, Instrument
from tipcheck.priority import PRIORITIES

__all__ = ["SCHEMA_PATH", "generate_schema", "report_schema"]

SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "report.schema.json"
SCHEMA_ID = "urn:tipcheck:schema:tipcheck-report-1"

_TEXT = {"type": "string"}
_OPTIONAL_TEXT = {"type": ["string", "null"]}
_COUNT = {"type": "integer", "minimum": 0}
_IDS = {"type": "array", "items": {"type": "string", "minLength": 1}}


def _object(properties: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"type": "object",
            "required": [k for k in properties if k not in optional],
            "properties": properties,
            "additionalProperties": False}


def _enum(values: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


def _counts(keys: tuple[str, ...]) -> dict[str, Any]:
    return _object(dict.fromkeys(keys, _COUNT))


def _table(rows: tuple[str, ...]) -> dict[str, Any]:
    """{row: {status: count}}, only some rows present, each with every status."""
    return {"type": "object", "propertyNames": _enum(rows),
            "additionalProperties": {"$ref": "#/$defs/status_counts"}}


def generate_schema() -> dict[str, Any]:
    """The schema, built from the model's closed lists."""
    answer = _object({
        "question": _TEXT,
        "value": {"type": ["string", "number"]},
        "label": _TEXT,
        "file": _OPTIONAL_TEXT,
        "sheet": _OPTIONAL_TEXT,
        "cell": _OPTIONAL_TEXT,
        "citation": _OPTIONAL_TEXT,
        "explanation": _OPTIONAL_TEXT,
        "source": _OPTIONAL_TEXT,
    })
    finding = _object({
        "obligation": _TEXT,
        "title": _TEXT,
        "provisions": {**_IDS, "minItems": 1},
        "theme": _enum(THEMES),
        "modality": _enum(MODALITY_ORDER),
        "status": {"$ref": "#/$defs/status"},
        "priority": _enum(PRIORITIES),
        "binding": {"type": ["boolean", "null"]},
        "rationale": _object({
            "row": {"type": "integer", "minimum": 1},
            "reason": _TEXT,
            "answers": {"type": "array", "items": {"$ref": "#/$defs/answer"}},
            "depends_on": _IDS,
            "findings": {"type": "array", "items": _object({
                "obligation": _TEXT, "status": {"$ref": "#/$defs/status"}, "title": _TEXT})},
        }),
        "recommendation": _object({
            "text": _TEXT,
            "references": {"type": "array",
                           "items": _object({"source": _TEXT, "locator": _TEXT})},
        }),
    })
    addressee = _enum(get_args(Addressee))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "tipcheck-report/1",
        "description": "A gap-analysis report of tipcheck: one State's findings against the "
                       "rulebook, in one language.",
        **_object({
            "format": {"const": "tipcheck-report/1"},
            "state": _object({"code": {"type": "string", "pattern": "^[A-Z]{3}$"},
                              "name": {"type": "string", "minLength": 1}}),
            "reporting_date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            "tipcheck_version": _TEXT,
            "rulebook_version": _TEXT,
            "input_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
            "summary": _object({
                "total": _COUNT,
                "by_status": {"$ref": "#/$defs/status_counts"},
                "by_priority": _counts(PRIORITIES),
                "by_theme": _table(THEMES),
                "by_modality": _table(MODALITY_ORDER),
            }),
            "language": _enum(LANGS),
            "rulebook_id": _TEXT,
            "questionnaire": _object({"id": _TEXT, "version": _TEXT}),
            "input_file": _TEXT,
            "warnings": {"type": "array", "items": _TEXT},
            "catalogued": {"type": "array", "items": _object({
                "id": _TEXT, "citation": _TEXT, "instrument": _enum(get_args(Instrument)),
                "addressee": addressee, "modality": _enum(MODALITY_ORDER),
                "theme": _enum(THEMES)})},
            "help": {"type": "array", "items": _object({
                "id": _TEXT, "citation": _TEXT, "instrument": _enum(get_args(Instrument)),
                "from": {"type": "array", "items": _enum(["unodc", "donors"]), "minItems": 1},
                "theme": _enum(THEMES),
                "gap_themes": {"type": "array", "items": _enum(THEMES), "minItems": 1},
                "gaps": {**_IDS, "minItems": 1}})},
        }),
        "$defs": {
            "status": _enum(STATUSES),
            "status_counts": _counts(STATUSES),
            "answer": answer,
            "finding": finding,
        },
    }


@cache
def report_schema() -> dict[str, Any]:
    """The shipped schema, as read from the package."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def schema_text() -> str:
    return json.dumps(generate_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
