"""``zcaudit export OUT.xlsx``: the whole batch for the office (汇总 + 问题清单)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .codes import title
from .labels import SEVERITY_LABELS, VERDICT_LABELS
from .store import Store


def export_xlsx(target: Path, store: Store) -> Path:
    apps = store.rows("applicants")
    findings = store.rows("findings")
    reviews = {(r["applicant_id"], r["fingerprint"]): r for r in store.reviews()}
    summary = pd.DataFrame([{
        "申报人编号": a["applicant_id"], "姓名": a["name"], "结论": VERDICT_LABELS.get(a["verdict"], a["verdict"]),
        "问题数": a["findings"], "材料数": a["documents"], "适用政策": a["policy"], "审核时间": a["audited_at"],
    } for a in apps])
    issues = pd.DataFrame([{
        "申报人编号": f["applicant_id"], "程度": SEVERITY_LABELS.get(f["severity"], f["severity"]),
        "代码": f["code"], "说明": title(f["code"]), "问题": f["message"], "材料": f["document"],
        "页": f["page"], "依据": f["clause"],
        "比对值": json.dumps({k: v for k, v in json.loads(f["evidence"] or "{}").items() if k != "clause"},
                          ensure_ascii=False),
        "复核": {"dismissed": "已排除", "confirmed": "已确认"}.get(
            (reviews.get((f["applicant_id"], f["fingerprint"])) or {}).get("decision", ""), ""),
        "复核意见": (reviews.get((f["applicant_id"], f["fingerprint"])) or {}).get("note", ""),
    } for f in findings])
    target.parent.mkdir(parents=True, exist_ok=True)
    with pd.ExcelWriter(target, engine="openpyxl") as xw:
        summary.to_excel(xw, sheet_name="汇总", index=False)
        issues.to_excel(xw, sheet_name="问题清单", index=False)
        for name, widths in (("汇总", (16, 10, 12, 8, 8, 8, 22)), ("问题清单", (16, 6, 26, 22, 60, 24, 5, 26, 50, 8, 30))):
            ws = xw.sheets[name]
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = ws.dimensions
            for i, w in enumerate(widths):
                ws.column_dimensions[chr(ord("A") + i)].width = w
    return target
