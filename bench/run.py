"""The benchmark: how tipcheck's cost grows with its work, measured against the floor.

For each N: generate N filled workbooks (not timed), then measure
- the batch: `tipcheck check` of all N workbooks to HTML and JSON reports, wall time and peak
  memory (the resident memory of the command and all its workers, summed, sampled every 20 ms);
- the floor: merely reading the same workbooks with openpyxl in read-only mode, one process;
- the engine alone: `Engine.evaluate` per State (and, of it, `Engine.decide`: durable-rules
  matching and firing, without assembling the findings' explanations), and the plain-Python
  reference evaluator of the same decision tables (tests/reference.py) on the same answer sets;
- one `tipcheck check` of one workbook, cold (a new process), the best of three.
Results go to bench/results.json; `--readme` rewrites the table in bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from generate import generate  # noqa: E402

from reference import reference_findings  # noqa: E402
from tipcheck import __version__  # noqa: E402
from tipcheck.compiler import compile_rulebook  # noqa: E402
from tipcheck.engine import Engine  # noqa: E402
from tipcheck.pipeline import load_input  # noqa: E402
from tipcheck.questionnaire import load_questionnaire  # noqa: E402
from tipcheck.rulebook import load_rulebook  # noqa: E402

START, END = "<!-- results:start -->", "<!-- results:end -->"


def tree_rss(root: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
        stack += children.get(pid, [])
    return total


def run_measured(command: list[str]) -> tuple[float, int]:
    """Wall time and peak summed RSS of a command and its workers."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{command[:4]} failed ({process.returncode}): {stderr.decode()[-2000:]}")
    return elapsed, peak[0]


def floor(paths: list[Path]) -> float:
    started = time.perf_counter()
    for path in paths:
        workbook = openpyxl.load_workbook(path, read_only=True)
        for sheet in workbook.worksheets:
            for _ in sheet.iter_rows(values_only=True):
                pass
        workbook.close()
    return time.perf_counter() - started


def engine_only(paths: list[Path]) -> tuple[float, float, float, int]:
    questionnaire = load_questionnaire()
    rulebook = load_rulebook(questionnaire=questionnaire)
    answer_sets = [load_input(p, questionnaire).answer_set for p in paths]
    engine = Engine(rulebook, questionnaire)
    engine.evaluate(answer_sets[0])  # warm up
    started = time.perf_counter()
    for answer_set in answer_sets:
        engine.evaluate(answer_set)
    engine_s = time.perf_counter() - started
    started = time.perf_counter()
    for answer_set in answer_sets:
        engine.decide(answer_set)
    decide_s = time.perf_counter() - started
    plain = [{q: a.value for q, a in s.answers.items()} for s in answer_sets]
    started = time.perf_counter()
    for values in plain:
        reference_findings(rulebook, values)
    reference_s = time.perf_counter() - started
    return engine_s, decide_s, reference_s, len(compile_rulebook(rulebook, questionnaire))


def measure(n: int, work: Path, jobs: int) -> dict:
    inputs = work / f"in-{n}"
    paths = sorted(inputs.glob("*.xlsx")) if inputs.is_dir() else []
    if len(paths) != n:
        paths = generate(n, inputs)
    command = [sys.executable, "-m", "tipcheck", "check", *map(str, paths), "--out",
               str(work / f"out-{n}"), "--format", "html,json", "--jobs", str(jobs)]
    total, peak = run_measured(command)
    floor_s = floor(paths)
    engine_s, decide_s, reference_s, rules = engine_only(paths)
    cold = min(run_measured([sys.executable, "-m", "tipcheck", "check", str(paths[0]),
                             "--out", str(work / "cold"), "--format", "html,json"])[0]
               for _ in range(3))
    return {
        "n": n, "jobs": jobs, "rules": rules,
        "total_s": round(total, 2),
        "per_state_ms": round(1000 * total / n, 1),
        "floor_s": round(floor_s, 2),
        "batch_vs_floor": round(total / floor_s, 2),
        "engine_ms_per_state": round(1000 * engine_s / n, 2),
        "decide_ms_per_state": round(1000 * decide_s / n, 2),
        "reference_ms_per_state": round(1000 * reference_s / n, 2),
        "engine_vs_reference": round(engine_s / reference_s, 2),
        "peak_rss_mb": round(peak / 2**20, 1),
        "cold_check_s": round(cold, 2),
    }


def machine() -> dict:
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as handle:
            model = next(line.split(":", 1)[1].strip() for line in handle
                         if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    with open("/proc/meminfo") as handle:
        memory = int(handle.readline().split()[1]) // 1024
    return {"cpu": model, "cores": os.cpu_count(), "memory_mb": memory,
            "python": platform.python_version(), "platform": platform.platform(),
            "tipcheck": __version__}


def table(results: dict) -> str:
    lines = [f"Machine: {results['machine']['cpu']}, {results['machine']['cores']} cores, "
             f"{results['machine']['memory_mb']} MB, Python {results['machine']['python']}; "
             f"{results['runs'][0]['rules']} rules.", "",
             "| N | jobs | total (s) | per State (ms) | floor (s) | batch / floor "
             "| engine (ms/State) | of which rules (ms/State) | reference (ms/State) "
             "| engine / reference "
             "| peak memory (MB) | one check, cold (s) |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results["runs"]:
        lines.append(f"| {r['n']} | {r['jobs']} | {r['total_s']} | {r['per_state_ms']} | "
                     f"{r['floor_s']} | {r['batch_vs_floor']} | {r['engine_ms_per_state']} | "
                     f"{r['decide_ms_per_state']} | "
                     f"{r['reference_ms_per_state']} | {r['engine_vs_reference']} | "
                     f"{r['peak_rss_mb']} | {r['cold_check_s']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, action="append", help="States (repeat; default 193 "
                        "and 1000)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "tipcheck-bench")
    parser.add_argument("--readme", action="store_true", help="rewrite the table in README.md")
    args = parser.parse_args()
    runs = [measure(n, args.work, args.jobs) for n in (args.n or [193, 1000])]
    results = {"machine": machine(), "runs": runs}
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    if args.readme:
        readme = HERE / "README.md"
        text = readme.read_text(encoding="utf-8")
        head, rest = text.split(START, 1)
        readme.write_text(f"{head}{START}\n{table(results)}\n{END}{rest.split(END, 1)[1]}",
                          encoding="utf-8")


if __name__ == "__main__":
    main()
