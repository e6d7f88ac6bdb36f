"""Contract §3 CSV files, written from the database so that a re-run (or an
incremental night that skipped unchanged applicants) always yields the full,
de-duplicated picture of the inbox."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable

from .store import Store

FINDINGS_COLS = ["applicant_id", "code", "severity", "document", "message", "evidence",
                 "page", "clause", "fingerprint", "review"]
APPLICANTS_COLS = ["applicant_id", "name", "verdict", "findings", "documents", "policy", "audited_at"]
DOCUMENTS_COLS = ["applicant_id", "document", "doc_type", "pages", "text_source", "sha256",
                  "part", "page_range", "size"]
FIELDS_COLS = ["applicant_id", "document", "doc_type", "field", "value", "page", "source",
               "confidence", "bbox"]

SEV_ORDER = {"reject": 0, "suspect": 1, "warn": 2, "info": 3}


def _write(path: Path, cols: list[str], rows: Iterable[dict]) -> int:
    n = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})
            n += 1
    return n


def write_csvs(out: Path, store: Store, applicant_ids: list[str]) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    reviews = {(r["applicant_id"], r["fingerprint"]): r["decision"] for r in store.reviews()}
    findings = store.rows("findings", applicant_ids)
    for f in findings:
        f["review"] = reviews.get((f["applicant_id"], f["fingerprint"]), "")
    findings.sort(key=lambda f: (f["applicant_id"], SEV_ORDER.get(f["severity"], 9), f["code"], f["document"]))
    counts = {
        "findings": _write(out / "findings.csv", FINDINGS_COLS, findings),
        "applicants": _write(out / "applicants.csv", APPLICANTS_COLS, store.rows("applicants", applicant_ids)),
        "documents": _write(out / "documents.csv", DOCUMENTS_COLS, store.rows("documents", applicant_ids)),
        "fields": _write(out / "fields.csv", FIELDS_COLS, store.rows("fields", applicant_ids)),
    }
    return counts
