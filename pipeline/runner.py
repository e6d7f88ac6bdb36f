"""The one run loop: plan (what changed), audit each applicant on an executor, batch
checks, save, write.

``run_inbox`` serves every way to start a run: in this process, a process pool, Dask
(``pipeline.workers``) and the Prefect flow (``flows/nightly.py``, which passes an
executor over its task runner).  Results are sorted, checked as a batch and written
here and nowhere else.

Crash safety: an applicant is saved *pending* (no content hash, the whole Submission
kept) as soon as it is audited, and *final* once the batch stage has run for it.  A
run killed half way leaves CSVs, sheets and a dashboard for every applicant it
finished (rebuilt as it goes and on SIGTERM, each file replaced whole); the next run
resumes the pending applicants without reading their files again, audits the rest,
and writes the same rows an uninterrupted run writes.  An applicant whose audit or
sheets raise gets CHECK_FAILED and is audited again next time; the batch goes on.
"""
from __future__ import annotations

import concurrent.futures as cf
import logging
import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

from checks.blacklist import load_blacklist
from checks.journals import load_catalogue
from core.models import Document, Submission
from core.privacy import install_id_masking
from .files import private_dir, remove_stale_temp
from .outputs import FlushPolicy, RunOutputs, check_failed
from .progress import ProgressLog
from .sanitize import clean_text
from .stages import (AuditOptions, attachments, audit_submission, check_batch, content_hash, dedupe_findings,
                     discover, load_submission)
from .store import Store, default_url
from .workers import PoolExecutor, executor_for, init_worker, ocr_stats, store_for

log = logging.getLogger("zcaudit")


@dataclass
class RunPlan:
    inbox: Path
    out: Path
    all_ids: list[str]
    to_audit: list[Path]
    skipped: list[str]
    resumed: list[Submission] = field(default_factory=list)  # audited by a killed run, files unchanged


@dataclass
class RunResult:
    out: Path
    applicants: int
    audited: int
    skipped: int
    verdicts: dict[str, int]
    codes: dict[str, int]
    seconds: float
    files: dict[str, int] = field(default_factory=dict)
    resumed: int = 0
    failed: list[str] = field(default_factory=list)   # CHECK_FAILED from the run itself
    ocr_pages: int = 0
    ocr: dict[str, Any] = field(default_factory=dict)  # OCR engine counters summed over workers


@dataclass
class TaskReport:
    """What one audit task sends back to the run loop."""
    sub: Submission
    seconds: float
    pid: int
    ocr: dict


class Terminated(BaseException):
    """SIGTERM reached the run (a BaseException, like KeyboardInterrupt, so that no
    ``except Exception`` of a reader or check swallows it)."""


def build_options(policy: Optional[str] = None, blacklist: Optional[str] = None,
                  journals: Optional[str] = None, page_cap: Optional[int] = None) -> AuditOptions:
    opts: dict[str, Any] = {}
    if blacklist:
        opts["blacklist"] = load_blacklist(Path(blacklist))
    if journals:
        opts["journals"] = load_catalogue(Path(journals))
    return AuditOptions(policy=policy, page_cap=page_cap, check_options=opts)


def open_store(out: Path, db: Optional[str] = None) -> Store:
    private_dir(Path(out))
    return Store(db or default_url(out))


def plan_run(inbox: Path, out: Path, store: Store, *, full: bool = False) -> RunPlan:
    folders = discover(inbox)
    to_audit, skipped, resumed = [], [], []
    for f in folders:
        aid = clean_text(f.name, None)
        h = content_hash(f)
        if not full and store.content_hash(aid) == h:
            skipped.append(aid)
            continue
        pending = None if full else store.load_pending(aid, h)
        if pending is not None:
            resumed.append(pending)
        else:
            to_audit.append(f)
    return RunPlan(inbox=inbox, out=out, all_ids=[clean_text(f.name, None) for f in folders],
                   to_audit=to_audit, skipped=skipped, resumed=resumed)


def begin_run(inbox: Path, out: Path, *, db: Optional[str] = None, full: bool = False
              ) -> tuple[Store, RunPlan, int]:
    """Open the store, plan what to audit, record the run."""
    store = open_store(Path(out), db)
    remove_stale_temp(Path(out))
    plan = plan_run(Path(inbox), Path(out), store, full=full)
    return store, plan, store.start_run(str(inbox))


def audit_one(folder: Path, opts: AuditOptions, store: Optional[Store], run_id: Optional[int]) -> Submission:
    """One applicant: audit and save pending (the batch stage has not run for it)."""
    sub = audit_submission(folder, opts, store=store)
    sub.findings = dedupe_findings(sub.findings)
    if store is not None:
        store.save_submission(sub, run_id, stage="pending")
    return sub


def audit_task(folder: str, opts: AuditOptions, db_url: str, run_id: int,
               ocr_threads: Optional[int] = None) -> TaskReport:
    """The per-applicant step, in whatever process runs it (module-level: pickled by reference)."""
    if ocr_threads:
        init_worker(ocr_threads)  # before the engine's first load in this process
    t0 = time.perf_counter()
    sub = audit_one(Path(folder), opts, store_for(db_url), run_id)
    return TaskReport(sub, time.perf_counter() - t0, os.getpid(), ocr_stats())


def _failed_submission(folder: Path, exc: BaseException, store: Store, run_id: int) -> Submission:
    """An applicant whose audit raised: what is known of it, with CHECK_FAILED, saved for a retry."""
    log.error("%s: audit failed (%s)", folder.name, type(exc).__name__)
    try:
        sub = load_submission(folder)
    except Exception:
        sub = Submission(applicant_id=folder.name, folder=str(folder))
    sub.findings.append(check_failed(sub, "audit", exc))
    sub.documents = _listed(sub, folder)
    try:
        store.save_submission(sub, run_id, stage="failed")
    except Exception:
        log.exception("%s: cannot even record the failure", folder.name)
    return sub


def _listed(sub: Submission, folder: Path) -> list[Document]:
    """Every attachment of a failed applicant, unread: documents.csv still accounts for
    each file the applicant uploaded (doc_type unknown, no pages)."""
    docs = []
    try:
        for p in attachments(folder):
            try:
                size = p.lstat().st_size
            except OSError:
                size = 0
            docs.append(Document(applicant_id=sub.applicant_id, filename=str(p.relative_to(folder)),
                                 path=str(p), size=size))
    except OSError:
        log.warning("%s: cannot list the files of a failed applicant", sub.applicant_id)
    return docs


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    """SIGTERM raises Terminated in the main thread while the run loop is inside."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    state = {"hit": False}

    def handler(signum, frame):
        if not state["hit"]:  # a second SIGTERM during the final flush is ignored
            state["hit"] = True
            raise Terminated()

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run_inbox(inbox: Path | str, out: Path | str, *, opts: Optional[AuditOptions] = None,
              db: Optional[str] = None, full: bool = False, runner: str = "plain",
              workers: Optional[int] = None, dask_address: Optional[str] = None, executor: Any = None,
              on_plan: Optional[Callable[[RunPlan], None]] = None,
              on_done: Optional[Callable[[Submission], None]] = None,
              stats: Optional[dict] = None, flush: Optional[FlushPolicy] = None,
              loggers: tuple = ()) -> RunResult:
    """Audit every applicant folder of ``inbox`` and write the contract outputs to ``out``.

    ``executor`` (see ``pipeline.workers``) runs the per-applicant step; without one,
    ``runner`` names it: ``plain`` (this process), ``process`` (a pool of ``workers``
    processes) or ``dask`` (``dask_address``, or a local cluster).  ``stats`` receives the
    OCR counters summed over workers (bench); ``loggers`` also get the progress lines.
    """
    install_id_masking()
    started = time.perf_counter()
    opts = opts or AuditOptions()
    inbox, out = Path(inbox), Path(out)
    store, plan, run_id = begin_run(inbox, out, db=db, full=full)
    if on_plan:
        on_plan(plan)
    outputs = RunOutputs(out, store, plan.all_ids, flush)
    progress = ProgressLog(len(plan.to_audit), loggers)
    progress.start(len(plan.to_audit), len(plan.resumed), len(plan.skipped))
    subs = list(plan.resumed)
    failed: list[str] = []
    latest: dict[int, dict] = {}
    baseline = {os.getpid(): ocr_stats()}  # an in-process engine may have read pages before
    ex = executor if executor is not None else executor_for(runner, workers, dask_address)
    with _sigterm_raises(), ex:
        try:
            args = (opts, store.url, run_id, ex.ocr_threads)
            for folder, rep in _reports(ex, plan.to_audit, args):
                if isinstance(rep, BaseException):
                    rep = TaskReport(_failed_submission(folder, rep, store, run_id), 0.0, 0, {})
                    failed.append(rep.sub.applicant_id)
                if rep.pid:
                    latest[rep.pid] = rep.ocr
                sub = rep.sub
                subs.append(sub)
                if not outputs.sheets(sub):
                    store.save_submission(sub, run_id, stage="pending")
                progress.applicant(sub, sub.verdict, rep.seconds)
                if on_done:
                    on_done(sub)
                outputs.applicant_done()
        except (Terminated, KeyboardInterrupt, cf.BrokenExecutor) as exc:
            outputs.flush()  # every finished applicant, before waiting for the workers to stop
            progress.interrupted(type(exc).__name__)
            raise
    if stats is not None:
        stats.clear()
        for pid, st in latest.items():
            base = baseline.get(pid, {})
            for k, v in st.items():
                if isinstance(v, (int, float)):
                    stats[k] = stats.get(k, 0) + v - base.get(k, 0)
    result = finish_run(plan, subs, opts, store, run_id, started, outputs, failed)
    result.ocr, result.ocr_pages = dict(stats or {}), progress.ocr_pages
    progress.summary(result)
    return result


def _reports(ex: Any, folders: list[Path], args: tuple) -> Iterator[tuple[Path, TaskReport | Exception]]:
    """Audit every folder on ``ex``; yield (folder, report or the exception it raised).

    A worker process that dies (a reader crashing in native code, the OOM killer) breaks
    the whole pool and fails every applicant in it.  An executor that can ``restart``
    gets a fresh pool, and the applicants that may have been running when it broke (the
    first ``workers + 1`` unfinished ones: the pool starts them in order) run one at a
    time: one that breaks the pool alone is the culprit and gets CHECK_FAILED; the others
    go on in parallel.  Without ``restart`` a broken pool stops the run (a rerun resumes).
    """
    pending = list(folders)
    alone = 0  # how many of the next applicants run one at a time
    while pending:
        isolating = alone > 0
        batch = pending[:1] if isolating else list(pending)
        futures = {ex.submit(audit_task, str(f), *args): f for f in batch}
        broke = False
        for fut in ex.as_completed(list(futures)):
            folder = futures[fut]
            try:
                rep: TaskReport | Exception = fut.result()
            except cf.BrokenExecutor as exc:
                if not callable(getattr(ex, "restart", None)):
                    raise  # the workers died: stop, a rerun resumes
                broke = True
                if not isolating:
                    continue
                rep = exc
            except Exception as exc:
                rep = exc
            pending.remove(folder)
            alone = max(alone - 1, 0)
            yield folder, rep
        if broke:
            log.warning("a worker process died; restarting the pool (%d applicants left)", len(pending))
            ex.restart()
            if not isolating:
                alone = min(len(pending), getattr(ex, "workers", 1) + 1)


def finish_run(plan: RunPlan, subs: list[Submission], opts: AuditOptions, store: Store,
               run_id: int, started: float, outputs: RunOutputs, failed: list[str]) -> RunResult:
    """Batch checks over every applicant audited or resumed, final saves, sheets, CSVs, dashboard."""
    order = {aid: i for i, aid in enumerate(plan.all_ids)}
    subs.sort(key=lambda s: order.get(s.applicant_id, len(order)))  # the one place results are sorted
    resumed = {s.applicant_id for s in plan.resumed}
    before = {s.applicant_id: _finding_keys(s) for s in subs}
    with _sigterm_raises():
        try:
            check_batch(subs, opts, store=store)
            for sub in subs:
                changed = sub.applicant_id in resumed or _finding_keys(sub) != before[sub.applicant_id]
                if changed and sub.applicant_id not in outputs.failed:
                    outputs.sheets(sub)
                bad = sub.applicant_id in outputs.failed or sub.applicant_id in failed
                store.save_submission(sub, run_id, stage="failed" if bad else "final")
            outputs.sheets_from_snapshots(plan.skipped)
            files = outputs.flush()
        except (Terminated, KeyboardInterrupt):
            outputs.flush()
            raise
    store.finish_run(run_id, len(plan.all_ids), len(subs), len(plan.skipped))
    verdicts: dict[str, int] = {}
    for r in store.rows("applicants", plan.all_ids):
        verdicts[r["verdict"]] = verdicts.get(r["verdict"], 0) + 1
    codes: dict[str, int] = {}
    for r in store.rows("findings", plan.all_ids):
        codes[r["code"]] = codes.get(r["code"], 0) + 1
    return RunResult(out=plan.out, applicants=len(plan.all_ids), audited=len(subs) - len(resumed),
                     skipped=len(plan.skipped), verdicts=verdicts, codes=codes,
                     seconds=time.perf_counter() - started, files=files, resumed=len(resumed),
                     failed=sorted({*failed, *outputs.failed}))


def _finding_keys(sub: Submission) -> list[tuple]:
    return sorted((f.code, f.document, f.message, f.severity.value, f.page or 0) for f in sub.findings)


# Earlier names of the same loop (tests, bench scripts and other branches call them).
def audit_inbox_plain(inbox: Path, out: Path, **kw) -> RunResult:
    return run_inbox(inbox, out, runner="plain", **kw)


def audit_inbox_pool(inbox: Path, out: Path, *, workers: Optional[int] = None, ocr_threads: int = 1,
                     **kw) -> RunResult:
    return run_inbox(inbox, out, executor=PoolExecutor(workers, ocr_threads), **kw)
