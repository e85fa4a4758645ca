"""The Gherkin specs in `features/`, read as data: which scenarios exercise which obligation.

This is not a Gherkin runner (pytest-bdd runs the specs in the tests); it lists each feature
file's scenarios, in either language, with the obligation ids their steps name, for the
catalogue (`tipcheck rules doc`) and for the test that every obligation has a scenario.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tipcheck.resources import data_dir

_SCENARIO = re.compile(
    r"^\s*(Scenario Outline|Scenario Template|Scenario|Example|Plan du [Ss]cénario|"
    r"Plan du [Ss]cenario|Scénario|Exemple)\s*:\s*(?P<title>.+?)\s*$"
)
_FEATURE = re.compile(r"^\s*(Feature|Fonctionnalité)\s*:\s*(?P<title>.+?)\s*$")
_LANGUAGE = re.compile(r"^\s*#\s*language\s*:\s*(?P<lang>[a-z-]+)\s*$")
_OBLIGATION = re.compile(r"[\"«]\s*([a-z0-9-]+/(?:op|pp|art)-[0-9a-z-]+/[a-z0-9-]+)\s*[\"»]")


@dataclass
class Scenario:
    title: str
    line: int
    obligations: list[str] = field(default_factory=list)


@dataclass
class Spec:
    path: Path
    language: str
    title: str
    scenarios: list[Scenario] = field(default_factory=list)
    #: Obligations named in the Background: every scenario exercises them.
    background: list[str] = field(default_factory=list)


def features_dir() -> Path | None:
    """The bundled `features/` folder, or None where it is not shipped."""
    try:
        return data_dir("features")
    except FileNotFoundError:
        return None


def read_spec(path: Path) -> Spec:
    spec = Spec(path=path, language="en", title=path.stem)
    current: Scenario | None = None
    in_background = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if match := _LANGUAGE.match(line):
            spec.language = match["lang"]
        elif match := _FEATURE.match(line):
            spec.title = match["title"]
        elif re.match(r"^\s*(Background|Contexte)\s*:", line):
            in_background, current = True, None
        elif match := _SCENARIO.match(line):
            in_background = False
            current = Scenario(title=match["title"], line=number)
            spec.scenarios.append(current)
        else:
            ids = _OBLIGATION.findall(line)
            target = spec.background if in_background else (current.obligations if current
                                                              else None)
            if target is not None:
                target.extend(i for i in ids if i not in target)
    return spec


def read_specs(directory: Path | None = None) -> list[Spec]:
    directory = directory or features_dir()
    if directory is None or not directory.is_dir():
        return []
    return [read_spec(p) for p in sorted(directory.rglob("*.feature"))]


def scenarios_by_obligation(specs: list[Spec]) -> dict[str, list[tuple[Spec, Scenario]]]:
    found: dict[str, list[tuple[Spec, Scenario]]] = {}
    for spec in specs:
        for scenario in spec.scenarios:
            for obligation in dict.fromkeys(spec.background + scenario.obligations):
                found.setdefault(obligation, []).append((spec, scenario))
    return found
