"""Containment: work done in worker processes, each task under a time limit.

The durable-rules engine is C code: a crash (a segmentation fault, an abort) or a hang inside it
would take the whole batch down. Each task runs in a worker process instead; a worker that dies
or overruns its time limit is killed and replaced, its task is reported as failed, and every
other task goes on. Workers are forked, so they inherit the loaded rulebook and questionnaire
(and the work function) without pickling; only tasks and results cross the pipes.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from tipcheck.i18n import default_lang, t

T = TypeVar("T")
R = TypeVar("R")

_CONTEXT = multiprocessing.get_context("fork")


@dataclass(frozen=True)
class Failure:
    """A task that did not finish: why, in one line."""

    message: str


def default_jobs() -> int:
    """The number of processes to use by default: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _serve(connection: Connection, work: Callable[[Any], Any]) -> None:
    while True:
        message = connection.recv()
        if message is None:
            return
        index, task = message
        try:
            outcome: tuple[str, Any] = ("ok", work(task))
        except BaseException as error:  # reported to the parent as this task's failure
            outcome = ("error", f"{type(error).__name__}: {error}")
        connection.send((index, outcome))


class _Worker(Generic[T]):
    def __init__(self, work: Callable[[T], Any]) -> None:
        self.connection, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_serve, args=(child, work), daemon=True)
        self.process.start()
        child.close()
        self.task: int | None = None
        self.deadline = 0.0

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError):
                self.connection.send(None)
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()


def _death(process: Any) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        return t("cli.worker_killed", default_lang(), signal=name)
    return t("cli.worker_exited", default_lang(), code=code)


def run_contained(
    tasks: Sequence[T],
    work: Callable[[T], R],
    jobs: int,
    timeout: float,
    on_done: Callable[[int, R | Failure], None] | None = None,
) -> list[R | Failure]:
    """Run `work` on every task in up to `jobs` worker processes; results in task order.

    A task whose worker crashes, or that takes longer than `timeout` seconds, or whose work
    raises, gives a `Failure`; the other tasks are unaffected.
    """
    results: list[R | Failure | None] = [None] * len(tasks)
    pending = list(range(len(tasks)))
    workers: list[_Worker[T]] = [_Worker(work) for _ in range(min(jobs, len(tasks)))]

    def finish(worker: _Worker[T], result: R | Failure) -> None:
        assert worker.task is not None
        results[worker.task] = result
        if on_done:
            on_done(worker.task, result)
        worker.task = None

    try:
        while pending or any(w.task is not None for w in workers):
            for worker in workers:
                if worker.task is None and pending:
                    worker.task = pending.pop(0)
                    worker.deadline = time.monotonic() + timeout
                    worker.connection.send((worker.task, tasks[worker.task]))
            busy = [w for w in workers if w.task is not None]
            wait_for = min(w.deadline for w in busy) - time.monotonic()
            ready = wait([w.connection for w in busy] + [w.process.sentinel for w in busy],
                         timeout=max(0.0, wait_for))
            for index, worker in enumerate(workers):
                if worker.task is None:
                    continue
                if worker.connection in ready:
                    try:
                        _, (kind, value) = worker.connection.recv()
                    except (EOFError, OSError):
                        kind, value = "died", None
                    if kind != "died":
                        finish(worker, value if kind == "ok" else Failure(value))
                        continue
                elif worker.process.sentinel not in ready:
                    if time.monotonic() < worker.deadline:
                        continue
                    worker.stop(kill=True)
                    finish(worker, Failure(t("cli.worker_timeout", default_lang(),
                                             seconds=f"{timeout:g}")))
                    workers[index] = _Worker(work)
                    continue
                worker.process.join(5)
                finish(worker, Failure(_death(worker.process)))
                worker.stop(kill=True)
                workers[index] = _Worker(work)
    finally:
        for worker in workers:
            worker.stop()
    return [r if r is not None else Failure("not run") for r in results]
