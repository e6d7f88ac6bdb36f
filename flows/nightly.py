"""Prefect flows: thin wrappers over ``pipeline.runner``.

``audit_inbox`` runs on Prefect's local ephemeral API when no server is
configured (``PREFECT_API_URL`` unset); ``serve_nightly`` serves it as a
deployment on a cron schedule.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Optional

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.models import Submission
from pipeline.runner import (RunResult, audit_one, build_options, finish_run, open_store,
                             plan_run)

# The CLI sets this to advance its progress bar; kept out of the flow's parameters
# so that they stay JSON-serialisable for the Prefect API.
PROGRESS: dict[str, Optional[Callable]] = {"on_done": None, "on_plan": None}


@task(name="audit-applicant", retries=0, cache_policy=NO_CACHE)
def audit_applicant_task(folder: str, opts, db_url: str, run_id: int) -> Submission:
    from pipeline.store import Store
    return audit_one(Path(folder), opts, Store(db_url), run_id)


@task(name="publish-artifacts", cache_policy=NO_CACHE)
def publish_artifacts(result: RunResult) -> None:
    from flows.artifacts import publish
    publish(result)


@flow(name="zcaudit-audit-inbox", task_runner=ThreadPoolTaskRunner(max_workers=1), log_prints=False)
def audit_inbox(inbox: str, out: str, policy: Optional[str] = None, db: Optional[str] = None,
                blacklist: Optional[str] = None, journals: Optional[str] = None,
                full: bool = False) -> dict:
    """Audit every applicant folder of INBOX and write the contract outputs to OUT."""
    started = time.perf_counter()
    opts = build_options(policy=policy, blacklist=blacklist, journals=journals)
    store = open_store(Path(out), db)
    plan = plan_run(Path(inbox), Path(out), store, full=full)
    if PROGRESS["on_plan"]:
        PROGRESS["on_plan"](plan)
    run_id = store.start_run(str(inbox))
    futures = [audit_applicant_task.submit(str(f), opts, store.url, run_id) for f in plan.to_audit]
    subs = []
    for fut in as_completed(futures):
        sub = fut.result()
        subs.append(sub)
        if PROGRESS["on_done"]:
            PROGRESS["on_done"](sub)
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
