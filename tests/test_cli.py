"""The command-line contract: names, flags, JSON formats and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

NP = "res-11-5/pp-11/non-punishment"


def tipcheck(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tipcheck", *args], capture_output=True,
                          text=True, cwd=cwd)


def test_demo_writes_every_report_of_three_states(tmp_path: Path):
    run = tipcheck("demo", "--out", str(tmp_path / "demo"))
    assert run.returncode == 0, run.stderr
    out = tmp_path / "demo"
    reports = sorted(p.name for p in out.glob("X??.*") if p.suffix in (".html", ".md", ".json"))
    assert reports == [f"{c}.{e}" for c in ("XES", "XMR", "XQV") for e in ("html", "json", "md")]
    assert (out / "questionnaire.en.xlsx").exists() and (out / "questionnaire.fr.xlsx").exists()
    statuses = {}
    for code in ("XES", "XMR", "XQV"):
        report = json.loads((out / f"{code}.json").read_text(encoding="utf-8"))
        assert report["format"] == "tipcheck-report/1"
        assert report["state"]["code"] == code
        statuses[code] = {f["obligation"]: f["status"] for f in report["findings"]}
        assert str(out / f"{code}.json") in run.stdout
    # one strong, one middling, one weak State
    assert [statuses[c][NP] for c in ("XES", "XMR", "XQV")] == ["met", "partially_met", "not_met"]


def test_questionnaire_json_contract():
    run = tipcheck("questionnaire", "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert {"id", "version", "questions"} <= data.keys()
    np1 = next(q for q in data["questions"] if q["id"] == "NP-1")
    assert {"id", "section", "type", "values", "text"} <= np1.keys()
    assert np1["values"] == ["statutory", "guidance", "none", "unknown"]
    assert set(np1["text"]) == {"en", "fr"}


def test_rules_json_contract():
    run = tipcheck("rules", "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    pp11 = next(p for p in data["provisions"] if p["id"] == "res-11-5/pp-11")
    keys = {"id", "instrument", "citation", "addressee", "modality", "checkable", "text"}
    assert keys <= set(pp11)
    assert pp11["citation"] == "PP 11" and pp11["checkable"] is True
    assert set(pp11["text"]) == {"fr", "en"}
    obligation = next(o for o in data["obligations"] if o["id"] == NP)
    assert {"id", "provisions", "theme", "modality", "questions"} <= set(obligation)
    assert obligation["questions"] == ["NP-1", "NP-2", "NP-3", "NP-4"]


def test_rules_show_by_citation_and_unknown_id():
    run = tipcheck("rules", "show", "PP 11")
    assert run.returncode == 0 and '"res-11-5/pp-11"' in run.stdout
    run = tipcheck("rules", "show", "OP 99")
    assert run.returncode == 2 and "OP 99" in run.stderr and "Traceback" not in run.stderr


def fill(blank: Path, out: Path, answers: dict[str, str]) -> Path:
    """Fill a generated workbook as a person would: the cover, then the dropdown labels."""
    workbook = openpyxl.load_workbook(blank)
    cover = workbook["Cover"]
    cover["B4"], cover["B5"], cover["B6"] = "XTS", "Testonia", "2026-05-01"
    sheet = workbook["Protection of victims"]
    for row in range(2, sheet.max_row + 1):
        qid = sheet[f"A{row}"].value
        if qid in answers:
            sheet[f"D{row}"] = answers[qid]
            sheet[f"E{row}"] = "Act 12 of 2020, s. 3"
    workbook.save(out)
    return out


def finding_from(workbook: Path, out: Path) -> dict:
    run = tipcheck("check", str(workbook), "--out", str(out), "--format", "json")
    assert run.returncode == 0, run.stderr
    report = json.loads((out / "XTS.json").read_text(encoding="utf-8"))
    return next(f for f in report["findings"] if f["obligation"] == NP)


def test_generated_workbook_filled_and_checked_changes_with_its_answers(tmp_path: Path):
    blank = tmp_path / "blank.xlsx"
    assert tipcheck("questionnaire", "--lang", "en", "-o", str(blank)).returncode == 0
    full = {"NP-1": "Yes, in a statute", "NP-2": "Yes", "NP-3": "Yes", "NP-4": "Yes"}
    met = finding_from(fill(blank, tmp_path / "a.xlsx", full), tmp_path / "a")
    assert met["status"] == "met"
    weak = finding_from(fill(blank, tmp_path / "b.xlsx", {**full, "NP-1": "No"}), tmp_path / "b")
    assert weak["status"] == "not_met"
    assert weak["rationale"]["answers"][0]["cell"] == "D2"
    partial = finding_from(fill(blank, tmp_path / "c.xlsx", {**full, "NP-3": "Partially"}),
                           tmp_path / "c")
    assert partial["status"] == "partially_met"


def test_answers_prints_the_document_check_accepts(tmp_path: Path):
    blank = tmp_path / "blank.xlsx"
    tipcheck("questionnaire", "-o", str(blank))
    filled = fill(blank, tmp_path / "f.xlsx", {"NP-1": "Only in guidance or policy",
                                               "NP-2": "No"})
    run = tipcheck("answers", str(filled))
    assert run.returncode == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["format"] == "tipcheck-answers/1"
    assert document["state"] == {"code": "XTS", "name": "Testonia"}
    assert document["reporting_date"] == "2026-05-01"
    np1 = document["answers"]["NP-1"]
    assert {"value", "citation", "explanation", "source"} <= set(np1)
    assert np1["value"] == "guidance" and np1["citation"] == "Act 12 of 2020, s. 3"
    as_json = tmp_path / "answers.json"
    as_json.write_text(run.stdout, encoding="utf-8")
    from_json = finding_from(as_json, tmp_path / "j")
    from_xlsx = finding_from(filled, tmp_path / "x")
    assert from_json["status"] == from_xlsx["status"] == "partially_met"
    assert from_json["rationale"] == from_xlsx["rationale"]


def test_reports_are_byte_identical_when_run_twice(tmp_path: Path):
    source = Path(__file__).resolve().parents[1] / "questionnaires" / "demo" / "XMR.yaml"
    outputs = []
    for name in ("one", "two"):
        assert tipcheck("check", str(source), "--out", str(tmp_path / name)).returncode == 0
        outputs.append({p.name: p.read_bytes() for p in (tmp_path / name).iterdir()})
    assert outputs[0] == outputs[1] and len(outputs[0]) == 3


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0", "old Excel .xls"),
        ("sheet.ods", b"PK\x03\x04", "OpenDocument"),
        ("answers.csv", b"NP-1,yes\n", "CSV"),
        ("text.xlsx", b"this is not a workbook\n", "not an Excel .xlsx workbook"),
        ("empty.xlsx", b"", "empty"),
        ("broken.json", b"{\"format\": ", "not valid JSON"),
        ("other.yaml", b"format: something-else\n", "tipcheck-answers/1"),
        ("notes.txt", b"hello\n", "neither a workbook"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path: Path, name: str, content: bytes, expected: str):
    path = tmp_path / name
    path.write_bytes(content)
    run = tipcheck("check", str(path), "--out", str(tmp_path / "out"))
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    (line,) = run.stderr.strip().splitlines()
    assert line.startswith(str(path)) and expected in line, line


def test_a_bad_input_does_not_stop_the_others(tmp_path: Path):
    good = Path(__file__).resolve().parents[1] / "questionnaires" / "demo" / "XES.yaml"
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "tipcheck-answers/1", "state": {"code": "XBD", "name": "B"}, '
                   '"reporting_date": "2026-01-01", "language": "en", '
                   '"answers": {"NP-1": {"value": "maybe"}, "NP-7": {"value": "yes"}}}',
                   encoding="utf-8")
    run = tipcheck("check", str(bad), str(good), "--out", str(tmp_path / "out"))
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith(str(bad)) for line in lines), lines
    assert "'maybe' is not one of the allowed answers" in run.stderr
    assert "NP-7 is not a question" in run.stderr
    assert (tmp_path / "out" / "XES.html").exists()


def test_usage_errors_exit_2(tmp_path: Path):
    assert tipcheck("check").returncode == 2
    run = tipcheck("check", "x.json", "--format", "pdf")
    assert run.returncode == 2 and "pdf" in run.stderr
    run = tipcheck("questionnaire", "-o", str(tmp_path / "q.txt"))
    assert run.returncode == 2 and ".xlsx" in run.stderr
    assert tipcheck("demo", "--lang", "de").returncode == 2


def test_an_output_folder_that_cannot_be_made_is_bad_input(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    source = Path(__file__).resolve().parents[1] / "questionnaires" / "demo" / "XES.yaml"
    for args in (["check", str(source), "--out", str(blocker / "out")],
                 ["demo", "--out", str(blocker / "out")]):
        run = tipcheck(*args)
        assert run.returncode == 2, run.stderr
        (line,) = run.stderr.strip().splitlines()
        assert line.startswith(str(blocker / "out")) and "cannot be written" in line
