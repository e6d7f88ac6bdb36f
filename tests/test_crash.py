"""A run killed with SIGKILL half way, then run again, equals an uninterrupted run.

The first run is the plain runner in a subprocess with ``audit_one`` slowed
down (a wrapper that sleeps after each saved applicant), so the kill lands
deterministically after ≥ 2 applicants are in the database and before the
batch stage.  The second run is the real CLI (``zcaudit run … --no-prefect``).
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.test_postgres import build_inbox, stable_csv

ROOT = Path(__file__).resolve().parent.parent
CSVS = ("findings.csv", "applicants.csv", "documents.csv", "fields.csv")

SLOW_RUN = """
import sys, time
import pipeline.runner as r
_orig = r.audit_one
def slow(*a, **k):
    sub = _orig(*a, **k)
    time.sleep(1.0)
    return sub
r.audit_one = slow
r.audit_inbox_plain(sys.argv[1], sys.argv[2])
"""


def _saved(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as c:
            return c.execute("select count(*) from applicants").fetchone()[0]
    except sqlite3.Error:  # table not created yet / locked
        return 0


def _cli(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("zcaudit")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "pipeline.cli"]
    return subprocess.run([*cmd, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_sigkill_half_way_then_rerun_equals_a_clean_run(tmp_path):
    inbox = build_inbox(tmp_path / "inbox", 6)
    crashed, clean = tmp_path / "crashed", tmp_path / "clean"
    db = crashed / "zcaudit.sqlite"

    proc = subprocess.Popen([sys.executable, "-c", SLOW_RUN, str(inbox), str(crashed)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _saved(db) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode(errors="replace")[-2000:]
    half = _saved(db)
    assert 2 <= half < 6, f"kill landed at {half} applicants"
    with sqlite3.connect(db) as c:  # saved but pending: the batch stage never ran for them
        assert {h for (h,) in c.execute("select content_hash from applicants")} == {""}
    assert not (crashed / "findings.csv").exists()

    again = _cli("run", str(inbox), "--out", str(crashed), "--no-prefect", "-q")
    assert again.returncode == 0, again.stderr[-2000:]
    ref = _cli("run", str(inbox), "--out", str(clean), "--no-prefect", "-q")
    assert ref.returncode == 0, ref.stderr[-2000:]

    for name in CSVS:
        assert stable_csv(crashed, name) == stable_csv(clean, name), name
    assert len({r[0] for r in stable_csv(crashed, "applicants.csv")}) == 6
    with sqlite3.connect(db) as c:
        assert c.execute("select count(*) from applicants where content_hash = ''").fetchone()[0] == 0
