"""Worker-process plumbing: one OCR engine per process, one inference thread each.

Why: onnxruntime already spreads one model call over both cores, but two
processes with one intra-op thread each keep both cores busy during the
non-model work too (PDF rendering, geometry, parsing, checks) — measured ~7 %
faster in total and much better when pages mix text layers and scans.  Every
audit worker (a ``ProcessPoolExecutor`` process of the plain path, a Prefect
process-pool or Dask worker) calls :func:`init_worker` before its first
applicant, re-opens the Store by URL (engines and connections do not cross a
process boundary) and logs through :func:`install_id_masking`.

``audit_inbox_pool`` is the plain (no Prefect) path over a process pool; it
shares ``plan_run``/``audit_one``/``finish_run`` with every other path, so the
outputs and the crash-safety rule are the same.
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Optional

from core.models import Submission
from core.privacy import install_id_masking

log = logging.getLogger("zcaudit")

OCR_THREADS_ENV = "ZCAUDIT_OCR_THREADS"

# ---------------------------------------------------------------- worker set-up

def init_worker(ocr_threads: Optional[int] = 1) -> None:
    """Per-process set-up: single-threaded OCR engine (read by ``extractors.ocr.get_engine``
    on its first load, so this must run before the first page), quiet OpenCV threads,
    masked logs."""
    if ocr_threads:
        os.environ[OCR_THREADS_ENV] = str(int(ocr_threads))
        os.environ.setdefault("OMP_NUM_THREADS", str(int(ocr_threads)))
        try:
            import cv2
            cv2.setNumThreads(int(ocr_threads))
        except Exception:  # pragma: no cover - cv2 is a dependency
            pass
    install_id_masking()


_STORES: dict = {}


def store_for(url: str):
    """This process's Store for ``url`` (one engine and pool per process, not per task)."""
    from .store import Store
    st = _STORES.get(url)
    if st is None:
        st = _STORES[url] = Store(url)
    return st


def audit_folder(folder: str, opts, db_url: str, run_id: int) -> Submission:
    """One applicant in a worker: audit, save pending (empty content hash), return."""
    from .runner import audit_one
    return audit_one(Path(folder), opts, store_for(db_url), run_id)


def ocr_stats() -> dict:
    """This process's OCR engine counters (empty when no engine was loaded)."""
    from extractors import ocr
    eng = getattr(ocr, "_ENGINE", None)
    stats = getattr(eng, "stats", None)
    return stats.as_dict() if stats is not None else {}


def _audit_with_stats(folder: str, opts, db_url: str, run_id: int) -> tuple[Submission, int, dict]:
    sub = audit_folder(folder, opts, db_url, run_id)
    return sub, os.getpid(), ocr_stats()


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


# ---------------------------------------------------------------- plain path over a process pool

def audit_inbox_pool(inbox: Path, out: Path, *, opts=None, db: Optional[str] = None,
                     full: bool = False, workers: Optional[int] = None, ocr_threads: int = 1,
                     on_done: Optional[Callable[[Submission], None]] = None,
                     on_plan: Optional[Callable] = None, stats: Optional[dict] = None):
    """``audit_inbox_plain`` over ``workers`` processes (spawned, one OCR engine each).

    ``stats`` (a dict) receives the OCR counters summed over the workers, for the bench.
    """
    from .runner import begin_run, finish_run
    from .stages import AuditOptions

    opts = opts or AuditOptions()
    store, plan, run_id, started = begin_run(inbox, out, db=db, full=full, on_plan=on_plan)
    n = workers or default_workers()
    order = {str(f): i for i, f in enumerate(plan.to_audit)}
    subs: list[Submission] = []
    with ProcessPoolExecutor(max_workers=n, mp_context=get_context("spawn"),
                             initializer=init_worker, initargs=(ocr_threads,)) as pool:
        futs = [pool.submit(_audit_with_stats, str(f), opts, store.url, run_id) for f in plan.to_audit]
        latest: dict[int, dict] = {}  # counters are cumulative per process: keep the last
        for fut in as_completed(futs):
            sub, pid, st = fut.result()
            latest[pid] = st
            subs.append(sub)
            if on_done:
                on_done(sub)
    if stats is not None:
        stats.clear()
        for st in latest.values():
            for k, v in st.items():
                stats[k] = stats.get(k, 0) + v
    subs.sort(key=lambda s: order.get(s.folder, 0))
    return finish_run(plan, subs, opts, store, run_id, started)
