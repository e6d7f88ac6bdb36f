"""A run killed at any point leaves valid outputs for what it finished; the next run
resumes the rest and writes what an uninterrupted run writes.

The killed run is the CLI (``--no-prefect``) in a subprocess with ``audit_one``
slowed down (a wrapper that sleeps after each saved applicant) so that a kill lands
inside the batch; the inbox is text-layer PDFs only, so no OCR model is loaded.
SIGKILL lands at a random moment (the delay is printed with any failure); SIGTERM
after two applicants.  The reference is an uninterrupted CLI run of the same inbox.
"""
from __future__ import annotations

import csv
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pipeline.outputs import APPLICANTS_COLS, DOCUMENTS_COLS, FIELDS_COLS, FINDINGS_COLS
from tests.factories import build_inbox, stable_csv

ROOT = Path(__file__).resolve().parent.parent
N = 6
COLS = {"findings.csv": FINDINGS_COLS, "applicants.csv": APPLICANTS_COLS,
        "documents.csv": DOCUMENTS_COLS, "fields.csv": FIELDS_COLS}
SLEEP = 0.6

SLOW_CLI = f"""
import sys, time
import pipeline.runner as r
_orig = r.audit_one
def slow(*a, **k):
    sub = _orig(*a, **k)
    time.sleep({SLEEP})
    return sub
r.audit_one = slow
from flows.cli import main
sys.exit(main(["run", sys.argv[1], "--out", sys.argv[2], "--no-prefect"]))
"""


def _db_ids(db: Path) -> set[str]:
    if not db.exists():
        return set()
    try:
        with sqlite3.connect(db, timeout=1) as c:
            return {r[0] for r in c.execute("select applicant_id from applicants")}
    except sqlite3.Error:  # table not created yet / locked
        return set()


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def _start(inbox: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SLOW_CLI, str(inbox), str(out)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _wait_saved(proc: subprocess.Popen, db: Path, n: int) -> None:
    deadline = time.monotonic() + 120
    while len(_db_ids(db)) < n and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)


def _valid_outputs(out: Path) -> dict[str, list[dict]]:
    """Every CSV parses whole with the contract's header; each listed applicant is complete."""
    tables: dict[str, list[dict]] = {name: [] for name in COLS}
    if not (out / "applicants.csv").exists():  # killed before the first applicant was written
        return tables
    for name, cols in COLS.items():
        with (out / name).open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            assert next(reader) == cols, name
            rows = list(reader)
        assert all(len(r) == len(cols) for r in rows), name
        tables[name] = [dict(zip(cols, r)) for r in rows]
    apps = {r["applicant_id"]: r for r in tables["applicants.csv"]}
    for aid, row in apps.items():
        docs = [d for d in tables["documents.csv"] if d["applicant_id"] == aid]
        assert int(row["documents"]) == len({d["document"] for d in docs}) == 2, aid
        found = [f for f in tables["findings.csv"] if f["applicant_id"] == aid]
        assert int(row["findings"]) == len(found) and found, aid
        assert any(f["applicant_id"] == aid for f in tables["fields.csv"]), aid
    for name, rows in tables.items():  # nobody who is not in applicants.csv
        assert {r["applicant_id"] for r in rows} <= set(apps), name
    return tables


def _summary(stderr: str) -> tuple[int, int]:
    m = re.search(r"done: (\d+) applicants \((\d+) audited, (\d+) resumed", stderr)
    assert m, stderr[-2000:]
    assert int(m.group(1)) == N
    return int(m.group(2)), int(m.group(3))


def test_sigkill_at_a_random_point_then_rerun_equals_a_clean_run(tmp_path):
    inbox = build_inbox(tmp_path / "inbox", N)
    crashed, clean = tmp_path / "crashed", tmp_path / "clean"
    db = crashed / "zcaudit.sqlite"
    delay = round(random.uniform(0, (N - 1) * SLEEP), 2)

    proc = _start(inbox, crashed)
    _wait_saved(proc, db, 1)
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    why = f"SIGKILL {delay}s after the first applicant was saved"
    saved = _db_ids(db)
    assert proc.returncode == -signal.SIGKILL and 1 <= len(saved) <= N, (why, proc.stderr.read()[-2000:])

    if len(saved) < N:  # the batch stage never ran: the CSVs hold the finished applicants
        tables = _valid_outputs(crashed)
        listed = {r["applicant_id"] for r in tables["applicants.csv"]}
        assert listed <= saved and len(saved - listed) <= 1, (why, listed, saved)  # ≤ 1 mid-flush
        for aid in listed:
            assert (crashed / "sheets" / f"{aid}.xlsx").exists(), (why, aid)
        with sqlite3.connect(db) as c:
            pending = {r[0] for r in c.execute("select applicant_id from pending")}
        assert pending == saved, why

    again = _cli("run", str(inbox), "--out", str(crashed), "--no-prefect")
    assert again.returncode == 0, again.stderr[-2000:]
    audited, resumed = _summary(again.stderr)
    if len(saved) < N:  # only the rest is audited again
        assert (audited, resumed) == (N - len(saved), len(saved)), (why, again.stderr[-1500:])
    ref = _cli("run", str(inbox), "--out", str(clean), "--no-prefect")
    assert ref.returncode == 0, ref.stderr[-2000:]
    assert _summary(ref.stderr) == (N, 0)
    # no terminal: one progress line per applicant on stderr
    assert len(re.findall(rf"zcaudit: \d/{N} A0\d (pass|review|reject) [\d.]+s ocr_pages=0 eta=", ref.stderr)) == N

    for name in COLS:
        assert stable_csv(crashed, name) == stable_csv(clean, name), (why, name)
    assert len(stable_csv(crashed, "applicants.csv")) == N
    _valid_outputs(crashed)
    with sqlite3.connect(db) as c:
        assert c.execute("select count(*) from applicants where content_hash = ''").fetchone()[0] == 0
        assert c.execute("select count(*) from pending").fetchone()[0] == 0


def test_sigterm_writes_every_finished_applicant_then_exits(tmp_path):
    inbox = build_inbox(tmp_path / "inbox", N)
    out = tmp_path / "out"
    proc = _start(inbox, out)
    _wait_saved(proc, out / "zcaudit.sqlite", 2)
    os.kill(proc.pid, signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM, err[-2000:]
    assert "stopped (Terminated)" in err and "SIGTERM" in err, err[-2000:]
    saved = _db_ids(out / "zcaudit.sqlite")
    assert 2 <= len(saved) < N
    tables = _valid_outputs(out)
    assert {r["applicant_id"] for r in tables["applicants.csv"]} == saved  # flushed after the signal
    html = (out / "index.html").read_text(encoding="utf-8")
    assert all(aid in html for aid in saved)
