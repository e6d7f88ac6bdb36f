"""``OUT/index.html``: the batch at a glance, filterable and sortable, no external assets.

Why from the database and not from the night's Submissions: unchanged
applicants are skipped by an incremental run, and ``zcaudit review`` refreshes
the page without auditing anything.  Findings a reviewer dismissed do not count
(neither per applicant nor in the chart), exactly as they no longer count
towards the verdict.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from core.codes import CODES
from core.labels import MODE_LABELS, SEVERITY_LABELS, VERDICT_LABELS, local_time
from core.models import SEVERITY_ORDER, severity_order
from .desk.ledger import REVIEW_STATES, review_state
from .files import write_text
from .sanitize import clean_text
from .sheets import _env
from .store import Store

VERDICT_RANK = {"reject": 0, "review": 1, "pass": 2}


def _sev_rank(code: str) -> int:
    return severity_order(CODES[code][0]) if code in CODES else len(SEVERITY_ORDER)


def _dismissed(store: Store) -> set[tuple[str, str]]:
    return {(r["applicant_id"], r["fingerprint"]) for r in store.reviews() if r["decision"] == "dismissed"}


def _choices(rows: list[dict], key: str) -> list[tuple[str, int]]:
    seen: dict[str, int] = {}
    for r in rows:
        if r[key]:
            seen[r[key]] = seen.get(r[key], 0) + 1
    return sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))


def dashboard_model(store: Store, applicant_ids: Optional[list[str]] = None) -> dict[str, Any]:
    """Rows (one per applicant), code counts and filter choices for the template."""
    apps = store.rows("applicants", applicant_ids)
    dismissed = _dismissed(store)
    state = review_state(store)
    by_app: dict[str, list[dict]] = {}
    n_dismissed: dict[str, int] = {}
    for f in store.rows("findings", applicant_ids):
        if (f["applicant_id"], f["fingerprint"]) in dismissed:
            n_dismissed[f["applicant_id"]] = n_dismissed.get(f["applicant_id"], 0) + 1
            continue
        by_app.setdefault(f["applicant_id"], []).append(f)
    code_counts: dict[str, int] = {}
    code_apps: dict[str, set[str]] = {}
    rows = []
    for a in apps:
        aid = a["applicant_id"]
        snap = json.loads(a["snapshot"] or "{}")
        app = snap.get("application") or {}
        raw = snap.get("raw_application") or {}
        n = dict.fromkeys((s.value for s in SEVERITY_ORDER), 0)
        codes: list[str] = []
        per_code: dict[str, int] = {}
        for f in by_app.get(aid, []):
            n[f["severity"]] = n.get(f["severity"], 0) + 1
            per_code[f["code"]] = per_code.get(f["code"], 0) + 1
            if f["code"] not in codes:
                codes.append(f["code"])
            code_counts[f["code"]] = code_counts.get(f["code"], 0) + 1
            code_apps.setdefault(f["code"], set()).add(aid)
        codes.sort(key=lambda c: (_sev_rank(c), c))

        def pick(key: str) -> str:
            return str(app.get(key) or raw.get(key) or "")

        rows.append({
            "applicant_id": aid, "name": a["name"] or "", "unit": pick("unit"),
            "series_only": pick("series"), "level": pick("level"), "policy": a["policy"] or pick("policy"),
            "mode": MODE_LABELS.get(pick("mode"), pick("mode")), "major": pick("major_applied"),
            "series": f'{pick("series")} {pick("level")}'.strip(), "state": state.state(aid),
            "verdict": a["verdict"], "verdict_label": VERDICT_LABELS.get(a["verdict"], a["verdict"]),
            "verdict_rank": VERDICT_RANK.get(a["verdict"], 9), "n": n, "total": sum(n.values()),
            "dismissed": n_dismissed.get(aid, 0), "codes": codes, "per_code": per_code,
            "audited_at": a["audited_at"] or "", "audited_label": local_time(a["audited_at"]) if a["audited_at"] else "",
        })
    rows.sort(key=lambda r: (r["verdict_rank"], -r["n"]["reject"], -r["n"]["suspect"], r["applicant_id"]))
    verdicts = dict.fromkeys(VERDICT_RANK, 0)
    units: dict[str, int] = {}
    for r in rows:
        verdicts[r["verdict"]] = verdicts.get(r["verdict"], 0) + 1
        if r["unit"]:
            units[r["unit"]] = units.get(r["unit"], 0) + 1
    codes_sorted = [{
        "code": c, "count": k, "applicants": len(code_apps[c]),
        "title": CODES[c][1] if c in CODES else c,
        "severity": CODES[c][0].value if c in CODES else "info",
    } for c, k in sorted(code_counts.items(), key=lambda kv: (-kv[1], _sev_rank(kv[0]), kv[0]))]
    return {"rows": rows, "verdicts": verdicts, "codes": codes_sorted,
            "units": sorted(units.items(), key=lambda kv: (-kv[1], kv[0])),
            "series_choices": _choices(rows, "series_only"), "level_choices": _choices(rows, "level"),
            "policy_choices": _choices(rows, "policy"), "mode_choices": _choices(rows, "mode"),
            "states": [(s, sum(1 for r in rows if r["state"] == s)) for s in REVIEW_STATES],
            "max_count": max([1] + list(code_counts.values())),
            "verdict_labels": VERDICT_LABELS, "severity_labels": SEVERITY_LABELS,
            "severities": {c: sev.value for c, (sev, _) in CODES.items()},
            "titles": {c: t for c, (_, t) in CODES.items()},
            "generated": local_time(), "xlsx_js": (Path(__file__).parent / "templates" / "xlsx.js").read_text()}


def render_dashboard(store: Store, applicant_ids: Optional[list[str]] = None,
                     desk: Optional[dict[str, Any]] = None) -> str:
    return _env.get_template("index.html.j2").render(desk=desk, **dashboard_model(store, applicant_ids))


def write_dashboard(out: Path, store: Store, applicant_ids: list[str]) -> Path:
    """Write ``OUT/index.html`` for these applicants; returns its path."""
    html = render_dashboard(store, applicant_ids)
    return write_text(out / "index.html", clean_text(html, None))
