"""Prefect task runners as executors of the one run loop (``pipeline.runner.run_inbox``).

Why a choice: the default nightly run on the 2-core audit box uses a process pool
(one OCR engine and one inference thread per core); a province's October window
scales out to an existing Dask cluster (``--dask-address tcp://host:8786``) with
the same flow and the same task.  Task inputs are plain picklable values (folder
path, AuditOptions, DB URL, run id): every worker re-opens the Store by URL.
"""
from __future__ import annotations

import inspect
import logging
import os
from typing import Any, Callable, Iterable, Iterator, Optional

from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from pipeline.workers import OCR_THREADS_ENV, default_workers, init_worker

RUNNERS = ("thread", "process", "dask")


class RunnerUnavailable(RuntimeError):
    """The requested runner cannot be built here (e.g. prefect-dask not installed)."""


def runner_name(runner: Optional[str]) -> str:
    """``plain`` (the run loop's name for this process) is the thread runner here."""
    runner = (runner or "thread").lower()
    return "thread" if runner == "plain" else runner


def resolve_workers(runner: str, workers: Optional[int]) -> int:
    if workers and workers > 0:
        return int(workers)
    return 1 if runner == "thread" else default_workers()


def build_task_runner(runner: str = "thread", workers: Optional[int] = None,
                      dask_address: Optional[str] = None):
    """A fresh Prefect TaskRunner (use it as a context manager inside the flow)."""
    runner = runner_name(runner)
    if runner not in RUNNERS:
        raise ValueError(f"unknown runner {runner!r} (choose one of {', '.join(RUNNERS)})")
    n = resolve_workers(runner, workers)
    if runner == "thread":
        return ThreadPoolTaskRunner(max_workers=n)
    if runner == "process":
        return ProcessPoolTaskRunner(max_workers=n, initializer=init_worker, initargs=(1,))
    try:
        from prefect_dask import DaskTaskRunner  # optional heavy backend
    except ImportError as exc:
        raise RunnerUnavailable("--runner dask needs prefect-dask and dask[distributed]") from exc
    if dask_address:
        # an existing cluster: its workers set their own threads; the task sets the OCR env
        return DaskTaskRunner(address=dask_address)
    # spawned local workers inherit the environment: one inference thread each, quiet logs
    os.environ.setdefault(OCR_THREADS_ENV, "1")
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    if not logging.getLogger("distributed").isEnabledFor(logging.DEBUG):
        logging.getLogger("distributed").setLevel(logging.WARNING)
    return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                          cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None})


class PrefectExecutor:
    """A Prefect task runner behind the run loop's executor face: each submitted
    function runs as the Prefect task registered for it in ``tasks``."""

    def __init__(self, task_runner, tasks: dict[Callable, Any], ocr_threads: Optional[int] = None) -> None:
        self.task_runner, self.tasks, self.ocr_threads = task_runner, tasks, ocr_threads

    def __enter__(self) -> "PrefectExecutor":
        self.task_runner.__enter__()
        return self

    def __exit__(self, *exc) -> Any:
        return self.task_runner.__exit__(*exc)

    def submit(self, fn: Callable, /, *args: Any):
        params = dict(inspect.signature(fn).bind(*args).arguments)
        return self.task_runner.submit(self.tasks[fn], parameters=params)

    def as_completed(self, futures: Iterable[Any]) -> Iterator[Any]:
        return as_completed(list(futures))
