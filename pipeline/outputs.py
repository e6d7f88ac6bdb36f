"""The outputs of a run, written as it goes.

- Contract §3 CSV files, written from the database so that a re-run (or an
  incremental night that skipped unchanged applicants) always yields the full,
  de-duplicated picture of the inbox.
- ``RunOutputs``: each applicant's sheets as soon as it is audited; the CSVs and the
  dashboard rebuilt from the database after each finished applicant (less often in a
  large inbox: ``FlushPolicy``), at the end and on SIGTERM.  Every file is written whole
  or not at all (``pipeline.files``), every cell through ``pipeline.sanitize``.
- An exception while writing one applicant's sheets gives that applicant
  CHECK_FAILED, and the batch goes on.
"""
from __future__ import annotations

import csv
import logging
import time
from datetime import datetime, timezone
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from core.codes import CODES
from core.models import Finding, Submission, severity_order
from .dashboard import write_dashboard
from .desk.ledger import ReviewState, review_state
from .files import atomic_path, private_dir
from .sanitize import clean_json_cell, clean_text
from .sheets import write_sheets
from .stages import dedupe_findings
from .store import Store

log = logging.getLogger("zcaudit")

FINDINGS_COLS = ["applicant_id", "code", "severity", "document", "message", "evidence",
                 "page", "bbox", "clause", "fingerprint", "review"]
APPLICANTS_COLS = ["applicant_id", "name", "verdict", "findings", "documents", "policy", "audited_at"]
DOCUMENTS_COLS = ["applicant_id", "document", "doc_type", "pages", "text_source", "sha256",
                  "part", "page_range", "size"]
FIELDS_COLS = ["applicant_id", "document", "doc_type", "field", "value", "page", "source",
               "confidence", "bbox"]
CLAIMS_COLS = ["applicant_id", "document", "doc_type", "field", "declared", "status", "found", "page", "bbox",
               "method", "score", "source", "confidence", "reason"]
JSON_COLS = {"evidence"}


def _cell(col: str, v) -> object:
    if v is None:
        return ""
    return clean_json_cell(v) if col in JSON_COLS and isinstance(v, str) else clean_text(v)


def _write(path: Path, cols: list[str], rows: Iterable[dict]) -> int:
    n = 0
    with atomic_path(path) as tmp:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: _cell(k, r.get(k)) for k in cols})
                n += 1
    return n


def write_csvs(out: Path, store: Store, applicant_ids: list[str]) -> dict[str, int]:
    private_dir(out)
    reviews = {(r["applicant_id"], r["fingerprint"]): r["decision"] for r in store.reviews()}
    findings = store.rows("findings", applicant_ids)
    for f in findings:
        f["review"] = reviews.get((f["applicant_id"], f["fingerprint"]), "")
    findings.sort(key=lambda f: (f["applicant_id"], severity_order(f["severity"]), f["code"], f["document"]))
    counts = {
        "findings": _write(out / "findings.csv", FINDINGS_COLS, findings),
        "applicants": _write(out / "applicants.csv", APPLICANTS_COLS, store.rows("applicants", applicant_ids)),
        "documents": _write(out / "documents.csv", DOCUMENTS_COLS, store.rows("documents", applicant_ids)),
        "fields": _write(out / "fields.csv", FIELDS_COLS, store.rows("fields", applicant_ids)),
        "claims": _write(out / "claims.csv", CLAIMS_COLS, sorted(
            store.rows("claims", applicant_ids),
            key=lambda c: (c["applicant_id"], c["document"] or "", c["field"] or "", c["seq"]))),
    }
    return counts


def check_failed(sub: Submission, stage: str, exc: BaseException) -> Finding:
    """CHECK_FAILED for a step that raised: the verdict cannot be ``pass`` (contract §3).
    Only the exception's type is kept: its text can quote personal data."""
    what = {"outputs": "审核表生成", "audit": "材料审核"}.get(stage, stage)
    return Finding(applicant_id=sub.applicant_id, code="CHECK_FAILED", severity=CODES["CHECK_FAILED"][0],
                   message=f"{what}过程出错（{type(exc).__name__}），本申报人未完成自动审核，请人工审核全部材料；"
                           f"下次运行将重新审核。",
                   evidence={"stage": stage, "error": type(exc).__name__})


@dataclass
class FlushPolicy:
    """When the CSVs and the dashboard are rebuilt while a run goes on.

    A rebuild reads every row of the inbox from the database, so its cost grows with the
    inbox: it runs after every ``every`` finished applicants (default: after each one up
    to 100 applicants, then every ⌈n/100⌉, so that rebuilding costs each applicant about
    the same), and also when ``seconds`` have passed since the last one (slow OCR
    nights), though never more often than ten times its own duration."""
    every: Optional[int] = None
    seconds: float = 60.0

    def every_for(self, n: int) -> int:
        return self.every or max(1, -(-n // 100))


def sheet_outdated(out: Path, applicant_id: str, reviews: ReviewState) -> bool:
    """A stored sheet written before the applicant's latest decision (or missing) must be rewritten."""
    path = out / "sheets" / f"{applicant_id}.html"
    if not path.exists():
        return True
    times = [r["at"] for r in reviews.stages(applicant_id).values()]
    times += [d["at"] for d in reviews.detail.values() if d.get("applicant_id") == applicant_id]
    times = [t for t in times if t]
    if not times:
        return False
    written = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc).replace(microsecond=0)
    return max(datetime.fromisoformat(t) for t in times) >= written


class RunOutputs:
    """The outputs of one run; ``failed`` holds the applicants whose sheets failed."""

    def __init__(self, out: Path, store: Store, applicant_ids: list[str],
                 policy: Optional[FlushPolicy] = None) -> None:
        self.out, self.store, self.ids = Path(out), store, applicant_ids
        self.policy = policy or FlushPolicy()
        self.reviews = review_state(store)  # decisions, reviewers and notes shown on the sheets
        self.failed: set[str] = set()
        self.files: dict[str, int] = {}
        self._every = self.policy.every_for(len(applicant_ids))
        self._since = 0
        self._last = time.monotonic()
        self._cost = 0.0
        private_dir(self.out / "sheets")

    # ------------------------------------------------------------ sheets

    def sheets(self, sub: Submission) -> bool:
        """Write this applicant's sheets; on an exception add CHECK_FAILED and go on."""
        try:
            write_sheets(self.out, sub, self.reviews)
            return True
        except Exception as exc:
            log.exception("%s: writing the audit sheet failed", sub.applicant_id)
            self.failed.add(sub.applicant_id)
            for ext in (".html", ".xlsx"):  # never leave an earlier night's sheet standing
                (self.out / "sheets" / f"{sub.applicant_id}{ext}").unlink(missing_ok=True)
            sub.findings = dedupe_findings([*sub.findings, check_failed(sub, "outputs", exc)])
            return False

    def sheets_from_snapshots(self, applicant_ids: Iterable[str]) -> None:
        """Unchanged applicants whose sheets are missing, or older than a reviewer's decision
        (the desk's decisions are shown on the next night): from the stored snapshot."""
        for aid in applicant_ids:
            if not sheet_outdated(self.out, aid, self.reviews):
                continue
            snap = self.store.load_snapshot(aid)
            if snap is not None and not self.sheets(snap):
                self.store.save_submission(snap, stage="failed")

    # ------------------------------------------------------------ CSVs and dashboard

    def flush(self) -> dict[str, int]:
        """Rebuild the CSVs and the dashboard from the database now."""
        t = time.monotonic()
        self.files = write_csvs(self.out, self.store, self.ids)
        write_dashboard(self.out, self.store, self.ids)
        self._cost = time.monotonic() - t
        self._last, self._since = time.monotonic(), 0
        return self.files

    def applicant_done(self) -> None:
        """Count a finished applicant; rebuild when the policy says so."""
        self._since += 1
        gap = time.monotonic() - self._last
        if self._since >= self._every or gap >= max(self.policy.seconds, 10 * self._cost):
            try:
                self.flush()
            except Exception:  # an interim rebuild must not stop the run; the final one reports
                log.exception("rebuilding the CSVs and the dashboard failed")
