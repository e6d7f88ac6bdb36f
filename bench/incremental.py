"""Incremental nights: a second run over an unchanged inbox re-reads nothing.

    python bench/incremental.py --n 40 [--seed 3] [--workers 2]

Generates N applicants, audits them (first night), audits the unchanged inbox
again (second night), changes one applicant's application.json and audits once
more (third night). Prints the three times and the ratio second/first
(target < 5 %). Never asserts a time.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()

    from pipeline.runner import build_options, run_inbox
    from sample_docs.generator import generate

    work = Path(tempfile.mkdtemp(prefix="zcaudit-incr-"))
    generate(work, n=a.n, seed=a.seed)
    inbox, out = work / "inbox", work / "out"
    opts = build_options()

    def night(label: str):
        t = time.perf_counter()
        res = run_inbox(inbox, out, opts=opts, runner="process", workers=a.workers)
        dt = time.perf_counter() - t
        print(f"{label:<28}{dt:8.2f}s  audited {res.audited:3d}  skipped {res.skipped:3d}")
        return dt

    first = night("first night (all new)")
    second = night("second night (unchanged)")
    victim = sorted(p for p in inbox.iterdir() if p.is_dir())[0]
    app_path = victim / "application.json"
    try:
        data = json.loads(app_path.read_text(encoding="utf-8"))
        data["work_summary"] = str(data.get("work_summary", "")) + "（补充）"
        app_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    except (json.JSONDecodeError, OSError):
        app_path.write_text(app_path.read_text(encoding="utf-8") + " ", encoding="utf-8")
    third = night("third night (1 changed)")
    print(f"\nsecond / first = {100 * second / first:.2f} %  (target < 5 %)")
    print(f"third / first  = {100 * third / first:.2f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
