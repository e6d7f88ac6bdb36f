"""年度考核登记表 / 考核结果 (scan).

Variants: 0 the ruled 年度考核登记表 (（2022年度） under the title, 考核等次 in
the leader's-opinion cell), 1 a letter 年度考核结果证明 (…2022年度考核结果为
合格。), 2 a field list 考核年度 / 姓 名 / 考核结果 with ASCII colons.
"""
from __future__ import annotations

import random

from .common import A4, Built, Canvas, fmt_date, grid, kv_lines, new_doc, require

VARIANTS = 3
KEYS = ("name", "year", "result")


def build(f: dict, variant: int, rng: random.Random) -> Built:
    require(f, "annual_appraisal", *KEYS)
    year = int(f["year"])
    truth = {"name": str(f["name"]), "year": str(year), "result": str(f["result"])}
    unit = f.get("unit") or "兰州新区城市发展投资集团有限公司"
    position = f.get("position") or "技术员"
    issued = f.get("issued") or f"{year + 1}-01-20"
    doc, (page,) = new_doc(A4)
    cv = Canvas(page, latin="helv")
    w = cv.width
    if variant == 0:
        cv.text(w / 2, 80, "事业单位工作人员年度考核登记表", 20, align="center")
        cv.text(w / 2, 112, f"（ {year} 年度 ）", 14, align="center")
        birth = fmt_date(f["birth_date"], "dot", month_only=True)[0] if f.get("birth_date") else ""
        widths = [90, 110, 70, 70, 80, 90]
        rows = [["姓 名", truth["name"], "性 别", f.get("gender", ""), "出生年月", birth],
                ["单位及职务", f"{unit} {position}", "", "", "", ""]]
        y = grid(cv, 42, 135, widths, rows[:1], 12, min_h=34)
        y = grid(cv, 42, y, [90, sum(widths[1:])], [rows[1][:2]], 12, min_h=34)
        summary = f.get("summary") or ("本年度认真履行岗位职责，遵守单位各项规章制度，按时完成各项工作任务，"
                                       "积极参加业务学习，专业技术水平不断提高。")
        y = grid(cv, 42, y, [90, sum(widths[1:])], [["个人总结", summary]], 12, min_h=150)
        opinion = f"同意。考核等次：{truth['result']}"
        y = grid(cv, 42, y, [90, sum(widths[1:])], [["主管领导评语和考核等次建议", opinion]], 12, min_h=90)
        y = grid(cv, 42, y, [90, sum(widths[1:])], [["机关、单位负责人意见", "同意"]], 12, min_h=70)
        cv.text(w - 80, y + 40, fmt_date(issued, "cn")[0], 12, align="right")
        cv.seal(w - 250, y + 10, 40, unit)
        return Built(doc, truth, "scan", "", issued)
    if variant == 1:
        cv.text(w / 2, 140, "年度考核结果证明", 22, align="center")
        text = (f"兹有我单位职工 {truth['name']} 同志，现任{position}。经考核，{truth['name']}同志"
                f"{year}年度考核结果为{truth['result']}。")
        y = cv.paragraph(80, 220, text, w - 160, 15, leading=2.0, indent=30, keep=(f"{year}年度",))
        y = cv.paragraph(80, y + 4, "特此证明。", w - 160, 15, indent=30)
        cv.text(w - 80, y + 90, unit, 15, align="right")
        cv.seal(w - 160, y + 90, 46, unit)
        cv.text(w - 80, y + 118, fmt_date(issued, "cn")[0], 15, align="right")
        return Built(doc, truth, "scan", "", issued)
    cv.text(w / 2, 110, "专业技术人员年度考核结果登记", 20, align="center")
    rows = [("考核年度", f"{year}"), ("姓 名", truth["name"]), ("工作单位", unit), ("岗 位", position),
            ("考核结果", truth["result"])]
    y = kv_lines(cv, 90, 190, rows, 14, colon_style=1, leading=2.5, value_width=280)
    cv.text(w - 90, y + 60, "单位人事部门（盖章）", 14, align="right")
    cv.seal(w - 160, y + 60, 44, unit)
    cv.text(w - 90, y + 88, fmt_date(issued, "dot")[0], 14, align="right")
    return Built(doc, truth, "scan", "", issued)
