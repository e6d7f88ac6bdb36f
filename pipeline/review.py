"""Reviewer decisions in the outputs: after ``zcaudit review`` the outputs show the decision at once.

The review state itself (decisions per finding, 初审/复核 per applicant, from the
append-only audit log) lives in ``pipeline.desk.ledger``; this module rewrites the
outputs from the database.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from sqlalchemy import select

from .dashboard import write_dashboard
from .desk.ledger import ReviewState, review_state  # noqa: F401 (re-exported)
from .outputs import sheet_outdated, write_csvs  # noqa: F401 (re-exported)
from .sheets import write_sheets
from .store import Store, applicants_t


def refresh_outputs(out: Path, store: Store, applicant_ids: Optional[list[str]] = None) -> None:
    """Re-derive verdicts, CSVs, sheets and the dashboard from the database."""
    with store.engine.connect() as c:
        ids = [r[0] for r in c.execute(select(applicants_t.c.applicant_id).order_by(applicants_t.c.applicant_id))]
    reviews = review_state(store)
    for aid in applicant_ids or ids:
        snap = store.load_snapshot(aid)
        if snap is None:
            continue
        store.save_submission(snap)  # recomputes the verdict without dismissed findings
        write_sheets(out, snap, reviews)
    write_csvs(out, store, ids)
    write_dashboard(out, store, ids)
