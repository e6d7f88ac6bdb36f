"""Where applicants are audited: executors for the one run loop, and worker set-up.

The run loop (``pipeline.runner.run_inbox``) hands each applicant to an executor
with a ``concurrent.futures``-like face:

- ``submit(fn, *args)`` returns a future whose ``result()`` gives ``fn``'s value or
  raises its exception;
- ``as_completed(futures)`` yields them as they finish;
- ``ocr_threads``: inference threads each worker should use (None: leave the default);
- a context manager; leaving it with an exception stops what has not started.

Here: ``InlineExecutor`` (this process, one applicant after the other),
``PoolExecutor`` (spawned processes, one OCR engine each) and ``DaskExecutor``
(a local or remote Dask cluster, without Prefect).  ``flows/nightly.py`` adds one
over a Prefect task runner (threads, processes or Dask through prefect-dask).

Why one OCR engine per process with one inference thread: onnxruntime already
spreads one model call over both cores, but two processes with one intra-op thread
each keep both cores busy during the non-model work too (PDF rendering, geometry,
parsing, checks) — measured ~7 % faster in total and much better when pages mix
text layers and scans.
"""
from __future__ import annotations

import concurrent.futures as cf
import logging
import os
import sys
from multiprocessing import get_context
from typing import Any, Callable, Iterable, Iterator, Optional

import cv2

from core.privacy import install_id_masking
from .store import Store

log = logging.getLogger("zcaudit")

OCR_THREADS_ENV = "ZCAUDIT_OCR_THREADS"
RUNNERS = ("plain", "process", "dask")

# ---------------------------------------------------------------- worker set-up


def init_worker(ocr_threads: Optional[int] = 1) -> None:
    """Per-process set-up: single-threaded OCR engine (read by ``extractors.ocr.get_engine``
    on its first load, so this must run before the first page), quiet OpenCV threads,
    masked logs."""
    if ocr_threads:
        os.environ[OCR_THREADS_ENV] = str(int(ocr_threads))
        os.environ.setdefault("OMP_NUM_THREADS", str(int(ocr_threads)))
        cv2.setNumThreads(int(ocr_threads))
    install_id_masking()


_STORES: dict[str, Store] = {}


def store_for(url: str) -> Store:
    """This process's Store for ``url`` (one engine and pool per process, not per task)."""
    st = _STORES.get(url)
    if st is None:
        st = _STORES[url] = Store(url)
    return st


def ocr_stats() -> dict:
    """This process's OCR engine counters (empty when no engine was loaded)."""
    ocr = sys.modules.get("extractors.ocr")  # never load the model just to read counters
    stats = getattr(getattr(ocr, "_ENGINE", None), "stats", None)
    return stats.as_dict() if stats is not None else {}


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


# ---------------------------------------------------------------- executors


class InlineExecutor:
    """This process, one applicant at a time, each run when ``as_completed`` reaches it
    (so that progress, per-applicant outputs and SIGTERM act between applicants)."""
    ocr_threads: Optional[int] = None

    def __enter__(self) -> "InlineExecutor":
        return self

    def __exit__(self, *exc) -> None:
        return None

    def submit(self, fn: Callable, /, *args: Any) -> cf.Future:
        fut: cf.Future = cf.Future()
        fut.call = (fn, args)  # type: ignore[attr-defined]
        return fut

    def as_completed(self, futures: Iterable[cf.Future]) -> Iterator[cf.Future]:
        for fut in futures:
            fn, args = fut.call  # type: ignore[attr-defined]
            try:
                fut.set_result(fn(*args))
            except Exception as exc:  # the run loop turns it into CHECK_FAILED
                fut.set_exception(exc)
            yield fut


class PoolExecutor:
    """Spawned worker processes, one OCR engine and ``ocr_threads`` inference threads each."""

    def __init__(self, workers: Optional[int] = None, ocr_threads: int = 1) -> None:
        self.workers = workers or default_workers()
        self.ocr_threads = ocr_threads
        self.pool: Optional[cf.ProcessPoolExecutor] = None

    def __enter__(self) -> "PoolExecutor":
        self.pool = cf.ProcessPoolExecutor(max_workers=self.workers, mp_context=get_context("spawn"),
                                           initializer=init_worker, initargs=(self.ocr_threads,))
        return self

    def __exit__(self, exc_type, *_) -> None:
        pool, self.pool = self.pool, None
        if pool is None:
            return
        if exc_type is None:
            pool.shutdown(wait=True)
            return
        # SIGTERM or an error: do not wait for applicants in flight (a rerun resumes them)
        procs = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            if p.is_alive():
                p.terminate()

    def restart(self) -> None:
        """A fresh pool after a worker died (the old one is broken for good)."""
        self.__exit__(RuntimeError, None, None)
        self.__enter__()

    def submit(self, fn: Callable, /, *args: Any) -> cf.Future:
        assert self.pool is not None, "use PoolExecutor as a context manager"
        return self.pool.submit(fn, *args)

    def as_completed(self, futures: Iterable[cf.Future]) -> Iterator[cf.Future]:
        return cf.as_completed(list(futures))


class DaskExecutor:
    """A Dask cluster without Prefect: ``address`` of a running scheduler, or a local
    cluster of ``workers`` single-threaded processes.  Workers need this package and
    read access to the inbox and the output folder."""

    def __init__(self, address: Optional[str] = None, workers: Optional[int] = None) -> None:
        self.address, self.workers = address, workers or default_workers()
        self.ocr_threads = 1
        self.client = self.cluster = None

    def __enter__(self) -> "DaskExecutor":
        # optional heavy backend, imported only when a Dask run is asked for
        from distributed import Client, LocalCluster
        if self.address:
            self.client = Client(self.address)
        else:
            os.environ.setdefault(OCR_THREADS_ENV, "1")  # spawned workers inherit it
            logging.getLogger("distributed").setLevel(logging.WARNING)
            self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        return self

    def __exit__(self, *exc) -> None:
        for closable in (self.client, self.cluster):
            if closable is not None:
                try:
                    closable.close()
                except Exception:  # pragma: no cover - shutting down anyway
                    pass
        self.client = self.cluster = None

    def submit(self, fn: Callable, /, *args: Any):
        return self.client.submit(fn, *args, pure=False)

    def as_completed(self, futures: Iterable[Any]) -> Iterator[Any]:
        from distributed import as_completed
        return iter(as_completed(list(futures)))


def executor_for(runner: str = "plain", workers: Optional[int] = None,
                 dask_address: Optional[str] = None):
    """The executor of a runner name: plain (alias thread), process or dask."""
    runner = "plain" if runner in (None, "", "thread") else runner.lower()
    if runner == "plain":
        return InlineExecutor()
    if runner == "process":
        return PoolExecutor(workers)
    if runner == "dask":
        return DaskExecutor(dask_address, workers)
    raise ValueError(f"unknown runner {runner!r} (choose one of {', '.join(RUNNERS)})")
