"""Reviewer decisions: after ``zcaudit review`` the outputs show the decision at once."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from .dashboard import write_dashboard
from .outputs import write_csvs
from .sheets import write_sheets
from .store import Store, applicants_t


def refresh_outputs(out: Path, store: Store) -> None:
    """Re-derive verdicts, CSVs, sheets and the dashboard from the database."""
    with store.engine.connect() as c:
        ids = [r[0] for r in c.execute(select(applicants_t.c.applicant_id).order_by(applicants_t.c.applicant_id))]
    reviews = {r["fingerprint"]: r["decision"] for r in store.reviews()}
    for aid in ids:
        snap = store.load_snapshot(aid)
        if snap is None:
            continue
        store.save_submission(snap)  # recomputes the verdict without dismissed findings
        write_sheets(out, snap, reviews)
    write_csvs(out, store, ids)
    write_dashboard(out, store, ids)
