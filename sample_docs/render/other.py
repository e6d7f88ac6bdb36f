"""Documents of none of the ten types (荣誉证书, 获奖证书, 聘书), as scans.

They carry a name, a date and a number, like real evidence, but none of the
keywords of the ten types (no 毕业/学位/考核/学时/证明/社会保险/身份证), so the
classifier must answer ``other``. Their truth is empty (contract §2: no fields).
"""
from __future__ import annotations

import random

from .common import A4, A4_LANDSCAPE, Built, Canvas, fmt_date, new_doc

VARIANTS = 3


def build(f: dict, variant: int, rng: random.Random) -> Built:
    name = f.get("name") or "张伟"
    unit = f.get("unit") or "兰州新区管理委员会"
    issued = f.get("issued") or f"{2018 + rng.randrange(6)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
    year = issued[:4]
    doc, (page,) = new_doc(A4_LANDSCAPE if variant != 2 else A4)
    cv = Canvas(page, latin="tiro")
    w, h = cv.width, cv.height
    cv.rect(22, 22, w - 22, h - 22, width=3, grey=0.45)
    if variant == 0:
        cv.text(w / 2, 120, "荣誉证书", 34, align="center", spacing=10)
        award = f.get("award") or "先进工作者"
        text = f"{name} 同志：在{year}年的工作中表现突出，成绩显著，被评为“{award}”。"
        end = "特发此证，以资鼓励。"
    elif variant == 1:
        cv.text(w / 2, 120, "获奖证书", 34, align="center", spacing=10)
        award = f.get("award") or "二等奖"
        text = f"{name} 撰写的《{f.get('title') or '高寒地区混凝土施工质量控制研究'}》在优秀科技成果评选中荣获{award}。"
        end = "特颁此证。"
    else:
        cv.text(w / 2, 150, "聘  书", 36, align="center", spacing=10)
        text = f"兹聘请 {name} 同志为{unit}技术咨询专家组成员，聘期三年。"
        end = "此聘。"
    y = cv.paragraph(110, 220 if variant != 2 else 280, text, w - 220, 17, leading=2.0, indent=34)
    cv.paragraph(110, y + 6, end, w - 220, 17, indent=34)
    cv.text(w - 110, y + 90, unit, 16, align="right")
    cv.seal(w - 190, y + 90, 48, unit)
    cv.text(w - 110, y + 120, fmt_date(issued, "hanzi")[0], 16, align="right")
    cv.text(110, h - 60, f"编号：{year}{rng.randrange(10**4):04d}", 12)
    return Built(doc, {}, "scan", "", issued)
