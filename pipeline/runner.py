"""One audit run over an inbox: plan (what changed), audit, batch checks, save, write.

The same functions serve the plain path (``audit_inbox_plain``), the Prefect flow
(``flows/nightly.py``) and the tests. Crash safety: an applicant is stored with an
empty content hash until the batch stage has finished for it, so an interrupted
run re-audits it next time instead of trusting a half-finished result.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from core.models import Submission
from .outputs import write_csvs
from .stages import AuditOptions, audit_submission, check_batch, content_hash, discover
from .store import Store, default_url

log = logging.getLogger("zcaudit")


@dataclass
class RunPlan:
    inbox: Path
    out: Path
    all_ids: list[str]
    to_audit: list[Path]
    skipped: list[str]
    duplicates: list[str] = field(default_factory=list)


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


def build_options(policy: Optional[str] = None, blacklist: Optional[str] = None,
                  journals: Optional[str] = None, page_cap: Optional[int] = None) -> AuditOptions:
    opts: dict[str, Any] = {}
    if blacklist:
        from checks.blacklist import load_blacklist
        opts["blacklist"] = load_blacklist(Path(blacklist))
    if journals:
        from checks.journals import load_catalogue
        opts["journals"] = load_catalogue(Path(journals))
    return AuditOptions(policy=policy, page_cap=page_cap, check_options=opts)


def open_store(out: Path, db: Optional[str] = None) -> Store:
    out.mkdir(parents=True, exist_ok=True)
    return Store(db or default_url(out))


def plan_run(inbox: Path, out: Path, store: Store, *, full: bool = False) -> RunPlan:
    folders = discover(inbox)
    to_audit, skipped = [], []
    for f in folders:
        if not full and store.content_hash(f.name) == content_hash(f):
            skipped.append(f.name)
        else:
            to_audit.append(f)
    return RunPlan(inbox=inbox, out=out, all_ids=[f.name for f in folders], to_audit=to_audit, skipped=skipped)


def audit_one(folder: Path, opts: AuditOptions, store: Optional[Store], run_id: Optional[int]) -> Submission:
    sub = audit_submission(folder, opts, store=store)
    if store is not None:
        real = sub.content_hash
        sub.content_hash = ""  # pending until the batch stage is done
        store.save_submission(sub, run_id)
        sub.content_hash = real
    return sub


def finish_run(plan: RunPlan, subs: list[Submission], opts: AuditOptions, store: Store,
               run_id: int, started: float) -> RunResult:
    from .dashboard import write_dashboard
    from .sheets import write_sheets

    check_batch(subs, opts, store=store)
    reviews = {r["fingerprint"]: r["decision"] for r in store.reviews()}
    for sub in subs:
        store.save_submission(sub, run_id)
        write_sheets(plan.out, sub, reviews)
    for aid in plan.skipped:  # unchanged since the last night: sheets from the stored snapshot
        if not (plan.out / "sheets" / f"{aid}.html").exists():
            snap = store.load_snapshot(aid)
            if snap is not None:
                write_sheets(plan.out, snap, reviews)
    files = write_csvs(plan.out, store, plan.all_ids)
    write_dashboard(plan.out, store, plan.all_ids)
    store.finish_run(run_id, len(plan.all_ids), len(subs), len(plan.skipped))
    verdicts: dict[str, int] = {}
    for r in store.rows("applicants", plan.all_ids):
        verdicts[r["verdict"]] = verdicts.get(r["verdict"], 0) + 1
    codes: dict[str, int] = {}
    for r in store.rows("findings", plan.all_ids):
        codes[r["code"]] = codes.get(r["code"], 0) + 1
    return RunResult(out=plan.out, applicants=len(plan.all_ids), audited=len(subs),
                     skipped=len(plan.skipped), verdicts=verdicts, codes=codes,
                     seconds=time.perf_counter() - started, files=files)


def begin_run(inbox: Path, out: Path, *, db: Optional[str] = None, full: bool = False,
              on_plan: Optional[Callable[[RunPlan], None]] = None) -> tuple[Store, RunPlan, int, float]:
    """Open the store, plan what to audit, record the run: (store, plan, run_id, start time)."""
    started = time.perf_counter()
    store = open_store(Path(out), db)
    plan = plan_run(Path(inbox), Path(out), store, full=full)
    if on_plan:
        on_plan(plan)
    return store, plan, store.start_run(str(inbox)), started


def audit_inbox_plain(inbox: Path, out: Path, *, opts: Optional[AuditOptions] = None,
                      db: Optional[str] = None, full: bool = False,
                      on_done: Optional[Callable[[Submission], None]] = None,
                      on_plan: Optional[Callable[[RunPlan], None]] = None) -> RunResult:
    """The whole run in this process, without Prefect."""
    from core.privacy import install_id_masking
    install_id_masking()
    opts = opts or AuditOptions()
    store, plan, run_id, started = begin_run(inbox, out, db=db, full=full, on_plan=on_plan)
    subs = []
    for folder in plan.to_audit:
        sub = audit_one(folder, opts, store, run_id)
        subs.append(sub)
        if on_done:
            on_done(sub)
    return finish_run(plan, subs, opts, store, run_id, started)
