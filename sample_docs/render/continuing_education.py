"""继续教育证书 / 学时证明 (scan).

Variants: 0 a certificate (…于2022年度参加专业技术人员继续教育…共计90学时…),
1 a 学时证明 letter that splits the total into 公需科目 and 专业科目 hours before
giving 合计 (the truth is the total), 2 a 继续教育登记 field list (培训年度 /
学员姓名 / 获得学时, no colon).
"""
from __future__ import annotations

import random

from .common import A4, A4_LANDSCAPE, Built, Canvas, fmt_date, kv_lines, new_doc, require

VARIANTS = 3
KEYS = ("name", "year", "hours")


def build(f: dict, variant: int, rng: random.Random) -> Built:
    require(f, "continuing_education", *KEYS)
    year, hours = int(f["year"]), int(float(f["hours"]))
    truth = {"name": str(f["name"]), "year": str(year), "hours": str(hours)}
    issuer = f.get("issuer") or "甘肃省专业技术人员继续教育基地"
    issued = f.get("issued") or f"{year}-12-{10 + rng.randrange(18)}"
    number = f.get("certificate_no") or f"JX{year}{rng.randrange(10**6):06d}"
    if variant == 0:
        doc, (page,) = new_doc(A4_LANDSCAPE)
        cv = Canvas(page, latin="tiro")
        w, h = cv.width, cv.height
        cv.rect(22, 22, w - 22, h - 22, width=3, grey=0.45)
        cv.text(w / 2, 110, "继续教育证书", 30, align="center", spacing=8)
        text = (f"{truth['name']} 同志于 {year} 年度参加专业技术人员继续教育，完成规定的学习任务，"
                f"共计 {hours} 学时，经考核合格，特发此证。")
        y = cv.paragraph(110, 200, text, w - 220, 16, leading=2.0, indent=32,
                         keep=(f"{year} 年度", f"{hours} 学时"))
        cv.text(110, h - 70, f"证书编号：{number}", 13)
        cv.text(w - 110, y + 70, issuer, 15, align="right")
        cv.seal(w - 200, y + 70, 46, issuer)
        cv.text(w - 110, y + 100, fmt_date(issued, "hanzi")[0], 15, align="right")
        return Built(doc, truth, "scan", "", issued)
    doc, (page,) = new_doc(A4)
    cv = Canvas(page, latin="helv")
    w = cv.width
    if variant == 1:
        public = max(0, min(hours, round(hours / 3)))
        cv.text(w / 2, 130, "继续教育学时证明", 22, align="center")
        who = truth["name"] + (f"（身份证号：{f['id_number']}）" if f.get("id_number") else "")
        text = (f"兹证明 {who} 于{year}年度参加专业技术人员继续教育学习，完成公需科目 {public} 学时、"
                f"专业科目 {hours - public} 学时，合计 {hours} 学时，考核合格。")
        y = cv.paragraph(80, 210, text, w - 160, 15, leading=2.0, indent=30,
                         keep=(f"{year}年度", f"合计 {hours} 学时", f"{public} 学时", f"{hours - public} 学时"))
        y = cv.paragraph(80, y + 4, "特此证明。", w - 160, 15, indent=30)
        cv.text(w - 80, y + 90, issuer, 15, align="right")
        cv.seal(w - 160, y + 90, 46, issuer)
        cv.text(w - 80, y + 118, fmt_date(issued, "cn")[0], 15, align="right")
        return Built(doc, truth, "scan", "", issued)
    cv.text(w / 2, 110, "专业技术人员继续教育登记", 20, align="center")
    rows = [("学员姓名", truth["name"]), ("培训年度", str(year)), ("获得学时", f"{hours}学时"),
            ("登记编号", number), ("登记机构", issuer)]
    y = kv_lines(cv, 90, 190, rows, 14, colon_style=2, leading=2.5, value_width=280)
    cv.seal(w - 160, y + 50, 44, issuer)
    cv.text(w - 90, y + 70, fmt_date(issued, "iso")[0], 14, align="right")
    return Built(doc, truth, "scan", "", issued)
