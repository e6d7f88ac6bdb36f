"""``zcaudit export OUT.xlsx``: the whole batch (or the desk's filtered list) for the office.

Why from the sheets' view model: 问题清单 has exactly the audit sheet's finding
columns and values (``pipeline.sheet_xlsx.FINDING_COLUMNS``), and 汇总 counts
open findings the way the sheet, the dashboard and applicants.csv do: a
dismissed finding stays listed with its decision but counts nowhere.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from openpyxl import Workbook

from core.labels import VERDICT_LABELS, local_time
from .desk.ledger import review_state
from .files import atomic_path
from .sheet_xlsx import FINDING_COLUMNS, finding_cells, table_sheet
from .sheets import view_model
from .store import Store

SUMMARY_COLUMNS = (("申报人编号", 16), ("姓名", 10), ("单位", 24), ("申报专业", 14), ("结论", 12),
                   ("审核状态", 10), ("问题数", 8), ("否决", 6), ("存疑", 6), ("提示", 6), ("信息", 6),
                   ("已排除", 8), ("材料数", 8), ("适用政策", 8), ("审核时间", 22))


def export_xlsx(target: Path, store: Store, applicant_ids: Optional[list[str]] = None) -> Path:
    apps = store.rows("applicants", applicant_ids)
    reviews = review_state(store)
    summary, issues = [], []
    for a in apps:
        aid = a["applicant_id"]
        snap = store.load_snapshot(aid)
        if snap is None:
            continue
        vm = view_model(snap, reviews, crops=False)
        n = vm["counts"]
        summary.append([aid, a["name"], vm["h"]["unit"], vm["h"]["major"], VERDICT_LABELS.get(vm["verdict"]),
                        reviews.state(aid), n["reject"] + n["suspect"] + n["warn"] + n["info"], n["reject"],
                        n["suspect"], n["warn"], n["info"], n["dismissed"], a["documents"], a["policy"],
                        local_time(a["audited_at"])])
        issues.extend([aid, a["name"], *finding_cells(f)] for f in vm["findings"])
    wb = Workbook()
    wb.remove(wb.active)
    table_sheet(wb, "汇总", list(SUMMARY_COLUMNS), summary)
    table_sheet(wb, "问题清单", [("申报人编号", 16), ("姓名", 10), *FINDING_COLUMNS], issues)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as tmp:
        wb.save(tmp)
    return target
