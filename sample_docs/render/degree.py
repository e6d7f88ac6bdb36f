"""学士/硕士/博士 学位证书 (scan).

Variants: 0 narrative (landscape, 汉字 dates, 授予工学学士学位), 1 narrative
(portrait, Arabic dates, 学位证书编号 label), 2 field table (授予日期 / 编号 /
学位 as "工学学士", ASCII colons). The printed degree is 门类+学位; the truth
``degree`` is the contract value (学士/硕士/博士).
"""
from __future__ import annotations

import random

from .common import A4, A4_LANDSCAPE, Built, Canvas, fmt_date, kv_lines, new_doc, photo_seed, require

VARIANTS = 3
KEYS = ("name", "degree", "major", "award_date", "degree_certificate_no")


def build(f: dict, variant: int, rng: random.Random) -> Built:
    require(f, "degree", *KEYS)
    number = str(f["degree_certificate_no"]).replace(" ", "").upper()
    truth = {"name": str(f["name"]), "degree": str(f["degree"]), "major": str(f["major"]),
             "degree_certificate_no": number}
    discipline = f.get("discipline") or "工学"
    school = f.get("school") or "兰州交通大学"
    chair = f.get("chair") or "李明远"
    deg = str(f["degree"])
    if variant in (0, 1):
        style = "hanzi" if variant == 0 else "cn"
        doc, (page,) = new_doc(A4_LANDSCAPE if variant == 0 else A4)
        cv = Canvas(page, latin="tiro")
        w, h = cv.width, cv.height
        cv.rect(20, 20, w - 20, h - 20, width=2.5, grey=0.45)
        cv.text(w / 2, 100, f"{deg}学位证书", 30, align="center", spacing=6)
        who = f["name"]
        if f.get("gender"):
            who += f"，{f['gender']}"
        keep: tuple[str, ...] = ()
        if f.get("birth_date"):
            birth = fmt_date(f["birth_date"], style)[0]
            who += f"，{birth}生"
            keep = (birth,)
        text = (f"{who}。在{school} {f['major']} 专业完成了{deg}学位的课程学习，"
                f"成绩合格，经审核符合《中华人民共和国学位条例》的规定，授予{discipline}{deg}学位。")
        award, truth["award_date"] = fmt_date(f["award_date"], style)
        if variant == 0:
            cv.photo_box(70, 150, 100, 135, seed=photo_seed(f))
            y = cv.paragraph(200, 175, text, w - 270, 15, leading=1.9, indent=30, keep=keep)
            x = w / 2 + 40
        else:
            cv.photo_box(w / 2 - 50, 140, 100, 135, seed=photo_seed(f))
            y = cv.paragraph(70, 330, text, w - 140, 15, leading=1.9, indent=30, keep=keep)
            x = w / 2 - 30
        y += 36
        cv.text(x, y, f"{school}", 14)
        cv.text(x, y + 28, f"学位评定委员会主席  {chair}", 14)
        cv.seal(x + 110, y + 8, 42, school)
        cv.text(x, y + 56, award, 14)
        label = "证书编号：" if variant == 0 else "学位证书编号："
        cv.text(60 if variant == 0 else 70, h - 55, label + number, 13)
        return Built(doc, truth, "scan", "", truth["award_date"])

    doc, (page,) = new_doc(A4)
    cv = Canvas(page, latin="helv")
    w = cv.width
    cv.rect(24, 24, w - 24, cv.height - 24, width=2.0, grey=0.4)
    cv.text(w / 2, 95, "学位证书", 30, align="center", spacing=10)
    cv.photo_box(w - 170, 130, 95, 125, seed=photo_seed(f))
    award, truth["award_date"] = fmt_date(f["award_date"], "iso")
    rows = [("姓名", f["name"]), ("学位", f"{discipline}{deg}"), ("专业", f["major"]),
            ("授予单位", school), ("授予日期", award), ("编号", number)]
    y = kv_lines(cv, 80, 165, rows, 14, colon_style=1, leading=2.4, value_width=w - 80 - 100 - 190)
    cv.text(w - 90, y + 40, f"{school}学位评定委员会", 14, align="right")
    cv.seal(w - 170, y + 50, 45, school)
    return Built(doc, truth, "scan", "", truth["award_date"])
