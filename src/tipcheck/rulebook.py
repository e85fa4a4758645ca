"""Loading the rulebook: one YAML file per provision, named after its citation, each with the
obligations that rest on it. Every problem is reported at once as `FILE:LINE: message`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from tipcheck.decision import table_problems
from tipcheck.errors import InputError, Location, Problem
from tipcheck.i18n import default_lang, t
from tipcheck.model import (
    MODALITY_ORDER,
    OPERATIVE_FOR_STATES,
    STATE_ADDRESSEES,
    Obligation,
    Provision,
    Rulebook,
    RulebookInfo,
    RuleFile,
)
from tipcheck.questionnaire import Questionnaire, load_questionnaire
from tipcheck.resources import rules_dir
from tipcheck.yamlfile import LineDict, line_of, load_yaml

INFO_FILE = "rulebook.yaml"
SCHEMA_FILE = "rule-file.schema.json"


def rule_file_schema() -> dict:
    """The JSON Schema of one rule file, generated from the pydantic models. A copy ships as
    `rules/rule-file.schema.json`, which the rule files name for editors that check YAML."""
    schema = RuleFile.model_json_schema()
    # A cell may be written as one value or comparison, or as a list of them.
    cell = schema["$defs"]["Row"]["properties"]["when"]["additionalProperties"]
    schema["$defs"]["Row"]["properties"]["when"]["additionalProperties"] = {
        "anyOf": [*cell["items"]["anyOf"], cell]
    }
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "tipcheck rule file: one provision and the obligations resting on it"
    return schema


class _Collector:
    """The problems found so far, each worded in the user's language."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.lang = default_lang()

    def add(self, file: Path, line: int | None, message: str, **values: object) -> None:
        """Report the message `rules.<message>`, its placeholders filled with `values`."""
        text = t(f"rules.{message}", self.lang, **values)
        self.problems.append(Problem(Location(str(file), line=line), text))

    def add_text(self, file: Path, line: int | None, text: str) -> None:
        """Report a message already worded (by the decision tables' check)."""
        self.problems.append(Problem(Location(str(file), line=line), text))

    def add_validation(self, file: Path, data: Any, error: ValidationError, prefix: tuple) -> None:
        for item in error.errors():
            loc = tuple(item["loc"])
            field = ".".join(str(p) for p in prefix + loc)
            # pydantic's own message stays as pydantic words it (in English).
            self.add(file, _line_at(data, loc), "field_error", field=field, error=item["msg"])


def _line_at(data: Any, loc: tuple) -> int | None:
    """The line of the deepest key on the path `loc` that the YAML file has."""
    line = line_of(data)
    node = data
    for part in loc:
        if isinstance(node, LineDict) and str(part) in node:
            line = node.lines[str(part)]
            node = node[str(part)]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
            line = line_of(node) or line
        else:
            break
    return line


def provision_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.yaml") if p.name != INFO_FILE)


def _read(directory: Path, questionnaire: Questionnaire) -> tuple[Rulebook | None, list[Problem]]:
    found = _Collector()
    info = None
    info_path = directory / INFO_FILE
    if not directory.is_dir():
        found.add(directory, None, "not_a_folder")
        return None, found.problems
    try:
        info_data = load_yaml(info_path)
        info = RulebookInfo.model_validate(info_data)
    except InputError as error:
        found.problems += error.problems
    except ValidationError as error:
        found.add_validation(info_path, info_data, error, ())

    provisions: list[Provision] = []
    obligations: list[tuple[Path, Any, Obligation]] = []
    seen: dict[str, Path] = {}
    broken: set[str] = set()  # provisions already reported as invalid: no cascade of errors
    for path in provision_files(directory):
        try:
            data = load_yaml(path)
        except InputError as error:
            found.problems += error.problems
            continue
        if not isinstance(data, LineDict) or "provision" not in data:
            found.add(path, line_of(data) or 1, "not_a_rule_file")
            continue
        for key in data:
            if key not in ("provision", "obligations"):
                found.add(path, line_of(data, key), "unknown_key", name=key)
        try:
            provision = Provision.model_validate(data["provision"])
        except ValidationError as error:
            found.add_validation(path, data["provision"], error, ("provision",))
            provision = None
            if isinstance(data["provision"], dict):
                broken.add(str(data["provision"].get("id")))
        if provision:
            expected = path.relative_to(directory).with_suffix("").as_posix()
            if provision.id != expected:
                found.add(path, line_of(data["provision"], "id"), "misplaced_provision",
                          provision=provision.id, expected=expected)
            if provision.id in seen:
                found.add(path, line_of(data["provision"], "id"), "duplicate_provision",
                          provision=provision.id, first=seen[provision.id])
            seen[provision.id] = path
            provisions.append(provision)
        raw_obligations = data.get("obligations") or []
        if not isinstance(raw_obligations, list):
            found.add(path, line_of(data, "obligations"), "obligations_not_a_list")
            continue
        for index, raw in enumerate(raw_obligations):
            try:
                obligations.append((path, raw, Obligation.model_validate(raw)))
            except ValidationError as error:
                found.add_validation(path, raw, error, ("obligations", index))

    by_id = {p.id: p for p in provisions}
    seen_obligations: set[str] = set()
    for path, raw, obligation in obligations:
        _check_obligation(found, path, raw, obligation, by_id, broken, questionnaire)
        if obligation.id in seen_obligations:
            found.add(path, line_of(raw, "id"), "duplicate_obligation", obligation=obligation.id)
        seen_obligations.add(obligation.id)
    _check_links(found, obligations, info, info_path, info_data if info else None)

    if found.problems or info is None:
        return None, found.problems
    rulebook = Rulebook(
        info=info,
        provisions=tuple(provisions),
        obligations=tuple(sorted((o for _, _, o in obligations), key=lambda o: o.id)),
    )
    return rulebook, []


def _check_obligation(
    found: _Collector,
    path: Path,
    raw: Any,
    obligation: Obligation,
    provisions: dict[str, Provision],
    broken: set[str],
    questionnaire: Questionnaire,
) -> None:
    line = line_of(raw, "id")
    if not any(obligation.id.startswith(p + "/") for p in obligation.provisions):
        found.add(path, line, "obligation_id_prefix", obligation=obligation.id)
    # An obligation may cite a provision addressed to UNODC (OP 9(a) names the capacities UNODC
    # is asked to help build), but its force comes from what is asked of States.
    own = [provisions[p] for p in obligation.provisions
           if p in provisions and provisions[p].addressee in STATE_ADDRESSEES]
    for pid in obligation.provisions:
        if pid not in provisions and pid not in broken:
            found.add(path, line_of(raw, "provisions"), "unknown_provision",
                      obligation=obligation.id, provision=pid)
    complete = not broken.intersection(obligation.provisions)
    if complete and not own and all(p in provisions for p in obligation.provisions):
        found.add(path, line_of(raw, "provisions"), "no_state_provision",
                  obligation=obligation.id)
    operative = [p.modality for p in own if p.modality in OPERATIVE_FOR_STATES]
    if own and not operative and complete:
        found.add(path, line_of(raw, "provisions"), "no_operative_provision",
                  obligation=obligation.id)
    elif operative and complete:
        strongest = min(operative, key=MODALITY_ORDER.index)
        if obligation.modality != strongest:
            found.add(path, line_of(raw, "modality"), "wrong_modality",
                      obligation=obligation.id, modality=obligation.modality, strongest=strongest)
    decision = raw.get("decision") if isinstance(raw, dict) else None
    for row, message in table_problems(obligation, questionnaire, found.lang):
        row_line = None
        if row is not None and isinstance(decision, list) and row < len(decision):
            row_line = line_of(decision[row])
        found.add_text(path, row_line or line_of(raw, "decision") or line, message)


def _check_links(
    found: _Collector,
    obligations: list[tuple[Path, Any, Obligation]],
    info: RulebookInfo | None,
    info_path: Path,
    info_data: Any,
) -> None:
    """Links between obligations: the findings a composite reads exist and form no cycle; the
    obligation that tells party status exists."""
    ids = {o.id: (path, raw) for path, raw, o in obligations}
    reads = {o.id: o.findings for _, _, o in obligations}
    for path, raw, obligation in obligations:
        for dependency in obligation.findings:
            if dependency not in ids:
                found.add(path, line_of(raw, "findings"), "unknown_finding",
                          obligation=obligation.id, dependency=dependency)
    reported: set[str] = set()
    for start in reads:
        cycle = _cycle_from(start, reads)
        if cycle and not reported.intersection(cycle):
            reported.update(cycle)
            path, raw = ids[start]
            found.add(path, line_of(raw, "findings"), "finding_cycle",
                      cycle=" -> ".join([*cycle, cycle[0]]))
    if info is not None:
        for instrument, rule in info.applicability.items():
            if rule.obligation not in ids:
                found.add(info_path, line_of(info_data, "applicability"), "unknown_applicability",
                          instrument=instrument, obligation=rule.obligation)


def _cycle_from(start: str, reads: dict[str, tuple[str, ...]]) -> list[str] | None:
    """A cycle of `reads` through `start`, or None."""
    stack = [(start, [start])]
    while stack:
        node, path = stack.pop()
        for nxt in reads.get(node, ()):
            if nxt == start:
                return path
            if nxt not in path:
                stack.append((nxt, [*path, nxt]))
    return None


def validate_rulebook(
    directory: Path | None = None, questionnaire: Questionnaire | None = None
) -> list[Problem]:
    """Every problem of a rulebook folder, in file order; an empty list when it is sound."""
    questionnaire = questionnaire or load_questionnaire()
    return _read(directory or rules_dir(), questionnaire)[1]


def load_rulebook(
    directory: Path | None = None, questionnaire: Questionnaire | None = None
) -> Rulebook:
    """Load a rulebook folder (default: the bundled one); refuse it if anything is wrong."""
    questionnaire = questionnaire or load_questionnaire()
    rulebook, problems = _read(directory or rules_dir(), questionnaire)
    if rulebook is None:
        raise InputError(problems)
    return rulebook
