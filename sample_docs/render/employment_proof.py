"""工作证明 / 在职证明 from the employer.

Variants: 0 scanned letter (兹证明 … 身份证号 … 自2019年7月起在我单位工作，现担任
… 职务), 1 scanned letter with other wording (公民身份号码, 于2019年07月01日入职,
任 … 岗位) under a long letterhead wrapped onto two lines, 2 a text-layer PDF
from an HR system (在职证明 with 入职时间 2019-07-01 in a field list).
"""
from __future__ import annotations

import random

from .common import A4, Built, Canvas, fmt_date, kv_lines, new_doc, require

VARIANTS = 3
KEYS = ("name", "id_number", "unit", "position", "start_date")


def _issued(f: dict) -> str:
    return f.get("issued") or "2024-03-15"


def build(f: dict, variant: int, rng: random.Random) -> Built:
    require(f, "employment_proof", *KEYS)
    number = str(f["id_number"]).replace(" ", "").upper()
    truth = {"name": str(f["name"]), "id_number": number, "unit": str(f["unit"]),
             "position": str(f["position"])}
    issued = _issued(f)
    unit = truth["unit"]
    doc, (page,) = new_doc(A4)
    cv = Canvas(page, latin="helv" if variant != 1 else "tiro")
    w = cv.width
    if variant == 0:
        start, truth["start_date"] = fmt_date(f["start_date"], "cn", month_only=True)
        cv.text(w / 2, 130, "工作证明", 24, align="center", spacing=8)
        text = (f"兹证明 {f['name']} 同志，身份证号：{number}，自 {start}起在我单位工作，"
                f"现担任 {f['position']} 职务。")
        y = cv.paragraph(80, 210, text, w - 160, 15, leading=2.0, indent=30, keep=(start,))
        y = cv.paragraph(80, y + 4, "特此证明。", w - 160, 15, indent=30)
        y += 80
        for line in cv.wrap(unit + "（盖章）", 250, 15):
            cv.text(w - 80, y, line, 15, align="right")
            y += 24
        cv.seal(w - 180, y - 30, 46, unit)
        cv.text(w - 80, y + 10, fmt_date(issued, "cn")[0], 15, align="right")
        return Built(doc, truth, "scan", "", issued)
    if variant == 1:
        start, truth["start_date"] = fmt_date(f["start_date"], "cn_pad")
        head = cv.wrap(unit, 300, 20)
        y = 80
        for line in head:
            cv.text(w / 2, y, line, 20, align="center")
            y += 28
        cv.line(60, y - 12, w - 60, y - 12, width=1.5)
        cv.text(w / 2, y + 45, "证  明", 24, align="center")
        gender = f"，性别{f['gender']}" if f.get("gender") else ""
        text = (f"{f['name']}{gender}，公民身份号码 {number}，于{start}入职我单位，至今一直在我单位工作，"
                f"任 {f['position']} 岗位。")
        y = cv.paragraph(80, y + 110, text, w - 160, 15, leading=2.0, indent=30, keep=(start,))
        y = cv.paragraph(80, y + 4, "特此证明，本证明仅用于职称申报。", w - 160, 15, indent=30)
        cv.text(w - 80, y + 90, "单位（盖章）", 15, align="right")
        cv.seal(w - 150, y + 100, 46, unit)
        cv.text(w - 80, y + 125, fmt_date(issued, "hanzi")[0], 15, align="right")
        return Built(doc, truth, "scan", "", issued)
    start, truth["start_date"] = fmt_date(f["start_date"], "iso")
    cv.text(w / 2, 110, "在职证明", 22, align="center")
    rows = [("姓名", f["name"]), ("身份证号码", number), ("工作单位", unit), ("入职时间", start),
            ("现任职务", f["position"])]
    y = kv_lines(cv, 90, 180, rows, 12, colon_style=0, leading=2.4, value_width=300)
    text = "经核实，上述人员系我单位在职职工，劳动关系真实有效。"
    y = cv.paragraph(90, y + 20, text, w - 180, 12, leading=1.8, indent=24)
    cv.text(w - 90, y + 60, unit, 12, align="right")
    cv.text(w - 90, y + 84, fmt_date(issued, "iso")[0], 12, align="right")
    cv.seal(w - 160, y + 150, 44, unit)  # below the text: a seal over text would look like an overlay
    return Built(doc, truth, "text", "iText 5.5.13.2 ©2000-2020 iText Group NV (AGPL-version)", issued,
                 creator="人力资源管理系统")
