"""The Prefect flow: ``pipeline.runner.run_inbox`` with its per-applicant step as a task.

``audit_inbox`` runs on Prefect's local ephemeral API when no server is configured
(``PREFECT_API_URL`` unset); ``serve_nightly`` serves it as a deployment on a cron
schedule.  The ``runner`` parameter picks the task runner (``flows/runners.py``):
threads in this process, a process pool (one OCR engine per core) or a Dask cluster.
Planning, sorting, the batch stage and the outputs are the run loop's own; the flow
adds the task runner, the progress lines in its run log and the operator artifacts.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Callable, Iterator, Optional

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.logging.handlers import APILogHandler
from prefect.task_runners import ThreadPoolTaskRunner

from core.privacy import install_id_masking
from flows.artifacts import publish
from flows.runners import PrefectExecutor, build_task_runner, runner_name
from pipeline.progress import PROGRESS_LOGGER
from pipeline.runner import RunResult, audit_task, build_options, run_inbox

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


def _on_plan(plan) -> None:
    _notify("on_plan", plan)


def _on_done(sub) -> None:
    _notify("on_done", sub)


audit_applicant_task = task(audit_task, name="audit-applicant", retries=0, cache_policy=NO_CACHE)


@task(name="publish-artifacts", cache_policy=NO_CACHE)
def publish_artifacts(result: RunResult) -> None:
    publish(result)


@contextmanager
def _progress_in_run_log() -> Iterator[None]:
    """The run loop's progress lines also go to this flow run's log (Prefect UI/API)."""
    lg = logging.getLogger(PROGRESS_LOGGER)
    handler, level = APILogHandler(), lg.level
    lg.addHandler(handler)
    if not lg.isEnabledFor(logging.INFO):
        lg.setLevel(logging.INFO)
    try:
        yield
    finally:
        lg.removeHandler(handler)
        lg.setLevel(level)


@flow(name="zcaudit-audit-inbox", task_runner=ThreadPoolTaskRunner(max_workers=1), log_prints=False)
def audit_inbox(inbox: str, out: str, policy: Optional[str] = None, db: Optional[str] = None,
                blacklist: Optional[str] = None, journals: Optional[str] = None,
                full: bool = False, runner: str = "thread", workers: Optional[int] = None,
                dask_address: Optional[str] = None) -> RunResult:
    """Audit every applicant folder of INBOX and write the contract outputs to OUT."""
    opts = build_options(policy=policy, blacklist=blacklist, journals=journals)
    executor = PrefectExecutor(build_task_runner(runner, workers, dask_address),
                               {audit_task: audit_applicant_task},
                               ocr_threads=None if runner_name(runner) == "thread" else 1)
    with _progress_in_run_log():
        result = run_inbox(inbox, out, opts=opts, db=db, full=full, executor=executor,
                           on_plan=_on_plan, on_done=_on_done)
    try:
        publish_artifacts(result)
    except Exception:  # artifacts are for operators; never fail the audit for them
        get_run_logger().warning("publishing the run's artifacts failed")
    return result


def serve_nightly(inbox: str, out: str, cron: str = "0 2 * * *", **params) -> None:
    """Serve the nightly deployment (blocks; Ctrl-C stops it)."""
    audit_inbox.serve(name="zcaudit-nightly", cron=cron,
                      parameters={"inbox": inbox, "out": out, **params})
