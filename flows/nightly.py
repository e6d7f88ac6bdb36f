"""Prefect flows: thin wrappers over ``pipeline.runner``.

``audit_inbox`` runs on Prefect's local ephemeral API when no server is
configured (``PREFECT_API_URL`` unset); ``serve_nightly`` serves it as a
deployment on a cron schedule.  The ``runner`` parameter picks where the
per-applicant tasks run (``flows/runners.py``): threads in this process, a
process pool (one OCR engine per core) or a Dask cluster.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Optional

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from core.models import Submission
from flows.runners import build_task_runner
from pipeline.runner import RunResult, build_options, finish_run, open_store, plan_run
from core.privacy import install_id_masking

install_id_masking()  # ID numbers never reach Prefect's logs or the API

# The CLI sets this to advance its progress bar; kept out of the flow's parameters
# so that they stay JSON-serialisable for the Prefect API.
PROGRESS: dict[str, Optional[Callable]] = {"on_done": None, "on_plan": None}


def _notify(kind: str, arg) -> None:
    """Call a PROGRESS hook.  Why a function: Prefect pickles the flow body by value
    for process-pool tasks (with the globals it names); a module-level function is
    pickled by reference, so the CLI's live progress bar never has to pickle."""
    hook = PROGRESS.get(kind)
    if hook:
        hook(arg)


@task(name="audit-applicant", retries=0, cache_policy=NO_CACHE)
def audit_applicant_task(folder: str, opts, db_url: str, run_id: int,
                         ocr_threads: Optional[int] = None) -> Submission:
    """One applicant; runs in a thread, a pool process or a Dask worker alike."""
    from pipeline.workers import audit_folder, init_worker
    if ocr_threads:
        init_worker(ocr_threads)  # before the engine's first load in this process
    return audit_folder(folder, opts, db_url, run_id)


@task(name="publish-artifacts", cache_policy=NO_CACHE)
def publish_artifacts(result: RunResult) -> None:
    from flows.artifacts import publish
    publish(result)


@flow(name="zcaudit-audit-inbox", task_runner=ThreadPoolTaskRunner(max_workers=1), log_prints=False)
def audit_inbox(inbox: str, out: str, policy: Optional[str] = None, db: Optional[str] = None,
                blacklist: Optional[str] = None, journals: Optional[str] = None,
                full: bool = False, runner: str = "thread", workers: Optional[int] = None,
                dask_address: Optional[str] = None) -> dict:
    """Audit every applicant folder of INBOX and write the contract outputs to OUT."""
    started = time.perf_counter()
    opts = build_options(policy=policy, blacklist=blacklist, journals=journals)
    store = open_store(Path(out), db)
    plan = plan_run(Path(inbox), Path(out), store, full=full)
    _notify("on_plan", plan)
    run_id = store.start_run(str(inbox))
    threads = None if runner == "thread" else 1  # one inference thread per worker process
    subs = []
    with build_task_runner(runner, workers, dask_address) as task_runner:
        futures = [task_runner.submit(audit_applicant_task, parameters={
            "folder": str(f), "opts": opts, "db_url": store.url, "run_id": run_id,
            "ocr_threads": threads}) for f in plan.to_audit]
        for fut in as_completed(futures):
            sub = fut.result()
            subs.append(sub)
            _notify("on_done", sub)
    order = {f.name: i for i, f in enumerate(plan.to_audit)}
    subs.sort(key=lambda s: order.get(s.applicant_id, 0))
    result = finish_run(plan, subs, opts, store, run_id, started)
    try:
        publish_artifacts(result)
    except Exception:  # artifacts are for operators; never fail the audit for them
        pass
    return {"out": str(result.out), "applicants": result.applicants, "audited": result.audited,
            "skipped": result.skipped, "verdicts": result.verdicts, "codes": result.codes}


def serve_nightly(inbox: str, out: str, cron: str = "0 2 * * *", **params) -> None:
    """Serve the nightly deployment (blocks; Ctrl-C stops it)."""
    audit_inbox.serve(name="zcaudit-nightly", cron=cron,
                      parameters={"inbox": inbox, "out": out, **params})
