"""The README's Quick start, CI, and the installed wheel working outside the repository."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

from conftest import REPO


def quick_start_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_quick_start_is_two_commands_and_ci_runs_the_test_one():
    commands = quick_start_commands()
    assert len(commands) == 2, commands
    demo, tests = commands
    assert "\n" not in demo and "\n" not in tests
    assert demo.endswith("tipcheck demo")
    assert "pytest" in tests
    assert tests in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_wheel_runs_the_demo_outside_the_repository(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist),
                    str(REPO)], check=True)
    (wheel,) = dist.glob("tipcheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for bundled in ("tipcheck/data/rules/rulebook.yaml",
                    "tipcheck/data/rules/res-11-5/pp-11.yaml",
                    "tipcheck/data/questionnaires/questionnaire.yaml",
                    "tipcheck/data/templates/report.html.j2",
                    "tipcheck/data/templates/i18n/report.fr.yaml"):
        assert bundled in names, bundled

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    run = subprocess.run([str(env_dir / "bin" / "tipcheck"), "demo", "--out", "out"], cwd=work,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    for code in ("XES", "XMR", "XQV"):
        for ext in ("html", "md", "json"):
            assert (work / "out" / f"{code}.{ext}").stat().st_size > 0
    report = json.loads((work / "out" / "XQV.json").read_text(encoding="utf-8"))
    assert report["format"] == "tipcheck-report/1"
    # The installed package reads its own bundled data, not this repository's.
    where = subprocess.run([str(python), "-c", "from tipcheck.resources import rules_dir; "
                            "print(rules_dir())"], cwd=work, capture_output=True, text=True,
                           check=True).stdout
    assert str(env_dir) in where
