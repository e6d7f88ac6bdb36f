"""``OUT/index.html``: the batch at a glance, filterable and sortable, no external assets."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from .codes import CODES
from .labels import VERDICT_LABELS
from .sheets import _env
from .store import Store

VERDICT_RANK = {"reject": 0, "review": 1, "pass": 2}


def write_dashboard(out: Path, store: Store, applicant_ids: list[str]) -> Path:
    apps = store.rows("applicants", applicant_ids)
    findings = store.rows("findings", applicant_ids)
    by_app: dict[str, list[dict]] = {}
    for f in findings:
        by_app.setdefault(f["applicant_id"], []).append(f)
    code_counts: dict[str, int] = {}
    rows = []
    for a in apps:
        snap = json.loads(a["snapshot"] or "{}")
        app = snap.get("application") or {}
        raw = snap.get("raw_application") or {}
        fs = by_app.get(a["applicant_id"], [])
        n = {"reject": 0, "suspect": 0, "warn": 0, "info": 0}
        codes = []
        for f in fs:
            n[f["severity"]] = n.get(f["severity"], 0) + 1
            if f["code"] not in codes:
                codes.append(f["code"])
            code_counts[f["code"]] = code_counts.get(f["code"], 0) + 1
        rows.append({
            "applicant_id": a["applicant_id"], "name": a["name"] or "",
            "unit": app.get("unit") or raw.get("unit") or "",
            "series": f'{app.get("series") or raw.get("series") or ""} {app.get("level") or raw.get("level") or ""}'.strip(),
            "verdict": a["verdict"], "verdict_label": VERDICT_LABELS.get(a["verdict"], a["verdict"]),
            "verdict_rank": VERDICT_RANK.get(a["verdict"], 9), "n": n, "codes": codes,
        })
    rows.sort(key=lambda r: (r["verdict_rank"], r["applicant_id"]))
    verdicts: dict[str, int] = {}
    for r in rows:
        verdicts[r["verdict"]] = verdicts.get(r["verdict"], 0) + 1
    codes_sorted = sorted(code_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    html = _env.get_template("index.html.j2").render(
        rows=rows, verdicts=verdicts, codes=codes_sorted,
        max_count=max([1] + list(code_counts.values())),
        titles={c: t for c, (_, t) in CODES.items()},
        generated=datetime.now().strftime("%Y-%m-%d %H:%M"))
    path = out / "index.html"
    path.write_text(html, encoding="utf-8")
    return path
