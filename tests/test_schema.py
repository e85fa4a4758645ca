"""The JSON Schema of rule files ships with the rulebook, is current, and accepts every file."""

from __future__ import annotations

import json

import jsonschema
import pytest

from tipcheck.resources import rules_dir
from tipcheck.rulebook import SCHEMA_FILE, provision_files, rule_file_schema
from tipcheck.yamlfile import load_yaml


def shipped_schema() -> dict:
    return json.loads((rules_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))


def test_the_shipped_schema_is_the_generated_one():
    # Regenerate with: tipcheck rules schema > rules/rule-file.schema.json
    assert shipped_schema() == rule_file_schema()


@pytest.mark.parametrize("path", provision_files(rules_dir()), ids=lambda p: p.stem)
def test_every_rule_file_satisfies_the_schema(path):
    jsonschema.validate(json.loads(json.dumps(load_yaml(path))), shipped_schema())
    assert path.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../rule-file.schema.json\n")


def test_the_schema_refuses_what_the_loader_refuses():
    schema = shipped_schema()
    bad = json.loads(json.dumps(load_yaml(provision_files(rules_dir())[0])))
    bad["provision"]["citation"] = "Operative paragraph 8"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    bad["provision"]["citation"] = "OP 8"
    bad["provision"]["modality"] = "demands"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
