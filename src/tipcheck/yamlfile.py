"""Reading YAML as the rule and questionnaire files need it.

Two things plain `yaml.safe_load` gets wrong for legal content:
- YAML 1.1 reads `yes`, `no`, `on`, `off` as booleans, and `yes`/`no` are answer values here;
  only `true` and `false` are booleans in tipcheck's files.
- An error must name the line of the offending key, so every mapping remembers the line of
  each of its keys (`LineDict.lines`).
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import yaml

from tipcheck.errors import InputError, Location

_reading_catalogue = threading.local()


def _say(key: str, **values: object) -> str:
    """The message `rules.<key>` in the user's language.

    The catalogues are themselves read by this module, so `tipcheck.i18n` is imported here, not
    at the top; and a problem met while loading them is named by its key instead of recursing.
    """
    if getattr(_reading_catalogue, "active", False):
        return f"rules.{key} {values}" if values else f"rules.{key}"
    from tipcheck.i18n import default_lang, t

    _reading_catalogue.active = True
    try:
        return t(f"rules.{key}", default_lang(), **values)
    finally:
        _reading_catalogue.active = False


class LineDict(dict):
    """A mapping read from YAML that knows the line (1-based) of each key and of itself."""

    line: int = 0
    lines: dict[str, int]


# libyaml's parser where PyYAML was built with it (it reads the rulebook several times faster);
# the safe constructor and the resolver below stay PyYAML's.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[valid-type,misc]
    pass


# Keep only true/false as booleans (YAML 1.2 core schema).
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool):
            raise yaml.constructor.ConstructorError(
                None, None, _say("yaml_key_not_plain"), key_node.start_mark
            )
        key = str(key)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, _say("yaml_duplicate_key", name=key), key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = key_node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_yaml(text: str, file: str) -> Any:
    """Parse YAML text; a syntax error becomes an InputError naming the file and line."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise InputError.at(Location(file, line=line),
                            _say("yaml_not_valid", problem=error.problem)) from None
    except yaml.YAMLError as error:
        raise InputError.at(Location(file), _say("yaml_not_valid", problem=error)) from None


def load_yaml(path: Path) -> Any:
    """Read and parse a YAML file (UTF-8)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError.at(Location(str(path)), _say("yaml_not_utf8")) from None
    except OSError as error:
        raise InputError.at(Location(str(path)),
                            _say("yaml_unreadable", reason=error.strerror)) from None
    return parse_yaml(text, str(path))


def line_of(data: Any, key: str | None = None) -> int | None:
    """The line of `key` in a mapping read by this module (or of the mapping itself)."""
    if isinstance(data, LineDict):
        if key is not None and key in data.lines:
            return data.lines[key]
        return data.line
    return None
