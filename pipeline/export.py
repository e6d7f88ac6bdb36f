"""``zcaudit export OUT.xlsx``: the whole batch for the office (汇总 + 问题清单).

Why the sheet helpers: the office reads the same labelled values as the audit
sheet (申报值：…), not JSON, and a dismissed finding stays listed with its
decision but no longer counts in the summary.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from openpyxl.styles import Alignment

from core.codes import title
from core.labels import SEVERITY_LABELS, VERDICT_LABELS
from .files import atomic_path
from .sanitize import clean_text
from .sheets import REVIEW_LABELS, evidence_rows, mask_ids
from .store import Store

WIDTHS = {"汇总": (16, 10, 12, 8, 8, 8, 8, 8, 10, 8, 22),
          "问题清单": (16, 10, 6, 26, 22, 60, 24, 5, 26, 50, 8, 30)}


def export_xlsx(target: Path, store: Store) -> Path:
    apps = store.rows("applicants")
    findings = store.rows("findings")
    reviews = {(r["applicant_id"], r["fingerprint"]): r for r in store.reviews()}
    names = {a["applicant_id"]: a["name"] for a in apps}
    open_counts: dict[str, dict[str, int]] = {}
    for f in findings:
        rv = reviews.get((f["applicant_id"], f["fingerprint"])) or {}
        if rv.get("decision") != "dismissed":
            c = open_counts.setdefault(f["applicant_id"], {})
            c[f["severity"]] = c.get(f["severity"], 0) + 1
    summary = pd.DataFrame([{
        "申报人编号": a["applicant_id"], "姓名": a["name"], "结论": VERDICT_LABELS.get(a["verdict"], a["verdict"]),
        "问题数": a["findings"],
        "否决": open_counts.get(a["applicant_id"], {}).get("reject", 0),
        "存疑": open_counts.get(a["applicant_id"], {}).get("suspect", 0),
        "提示": open_counts.get(a["applicant_id"], {}).get("warn", 0),
        "材料数": a["documents"], "适用政策": a["policy"],
        "已排除": sum(1 for (aid, _), r in reviews.items() if aid == a["applicant_id"] and r["decision"] == "dismissed"),
        "审核时间": a["audited_at"],
    } for a in apps], columns=["申报人编号", "姓名", "结论", "问题数", "否决", "存疑", "提示", "材料数", "适用政策",
                               "已排除", "审核时间"])
    rows = []
    for f in findings:
        rv = reviews.get((f["applicant_id"], f["fingerprint"])) or {}
        ev = json.loads(f["evidence"] or "{}")
        rows.append({
            "申报人编号": f["applicant_id"], "姓名": names.get(f["applicant_id"], ""),
            "程度": SEVERITY_LABELS.get(f["severity"], f["severity"]), "代码": f["code"], "说明": title(f["code"]),
            "问题": mask_ids(f["message"] or ""), "材料": f["document"], "页": f["page"], "依据": f["clause"],
            "比对值": "\n".join(f"{k}：{v}" for k, v in evidence_rows(ev)),
            "复核": REVIEW_LABELS.get(rv.get("decision", ""), rv.get("decision", "")),
            "复核意见": rv.get("note", "") or "",
        })
    issues = pd.DataFrame(rows, columns=["申报人编号", "姓名", "程度", "代码", "说明", "问题", "材料", "页", "依据",
                                         "比对值", "复核", "复核意见"])
    target.parent.mkdir(parents=True, exist_ok=True)
    summary, issues = (df.map(clean_text) for df in (summary, issues))  # cells openpyxl accepts
    with atomic_path(target) as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as xw:
        summary.to_excel(xw, sheet_name="汇总", index=False)
        issues.to_excel(xw, sheet_name="问题清单", index=False)
        for name, widths in WIDTHS.items():
            ws = xw.sheets[name]
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = ws.dimensions
            for i, w in enumerate(widths):
                ws.column_dimensions[chr(ord("A") + i)].width = w
            for row in ws.iter_rows(min_row=2):
                for c in row:
                    c.alignment = Alignment(wrap_text=True, vertical="top")
    return target
