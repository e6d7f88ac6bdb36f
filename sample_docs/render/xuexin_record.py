"""教育部学历证书电子注册备案表 (text-layer PDF as downloaded from 学信网).

Variants: 0 a ruled two-column table (证件号码, 毕(结)业日期, dates 2013年09月01日,
"本备案表在线验证有效期至：2025年03月01日"), 1 a ruled four-column table
(身份证号, 毕业日期, ISO dates, ASCII colons, "在线验证有效期至 2025-03-01"),
2 no ruling lines, label：value pairs in two aligned columns (dates 2013年9月1日,
"有效期至：2025年3月1日", 在线验证码 at the top).
"""
from __future__ import annotations

import random

from .common import (A4, Built, Canvas, fmt_date, grid, level_text, new_doc, photo_seed, require,
                     years_of_study)

VARIANTS = 3
KEYS = ("name", "gender", "id_number", "birth_date", "school", "level", "major", "start_date",
        "graduation_date", "certificate_no", "verification_code", "updated_date", "valid_until")
PRODUCER = "iText 2.1.7 by 1T3XT"
DATE_KEYS = ("birth_date", "start_date", "graduation_date")


def _rows(f: dict, truth: dict, variant: int) -> list[tuple[str, str]]:
    style = ("cn_pad", "iso", "cn")[variant]
    dates = {}
    for k in DATE_KEYS:
        dates[k], truth[k] = fmt_date(f[k], style)
    idl = ("证件号码", "身份证号", "证件号码")[variant]
    gradl = ("毕(结)业日期", "毕业日期", "毕（结）业日期")[variant]
    years = f.get("duration") or f"{years_of_study(f['start_date'], f['graduation_date'])}年"
    return [("姓名", truth["name"]), ("性别", truth["gender"]), (idl, truth["id_number"]),
            ("出生日期", dates["birth_date"]), ("毕业院校", truth["school"]),
            ("层次", level_text(f["level"])), ("专业", truth["major"]), ("学制", str(years)),
            ("学历类别", f.get("category") or "普通高等教育"), ("学习形式", f.get("form") or "普通全日制"),
            ("入学日期", dates["start_date"]), (gradl, dates["graduation_date"]),
            ("证书编号", truth["certificate_no"]), ("毕(结)业", f.get("result") or "毕业")]


def build(f: dict, variant: int, rng: random.Random) -> Built:
    require(f, "xuexin_record", *KEYS)
    truth = {k: str(f[k]) for k in KEYS}
    for k in ("id_number", "certificate_no", "verification_code"):
        truth[k] = truth[k].replace(" ", "").upper()
    rows = _rows(f, truth, variant)
    doc, (page,) = new_doc(A4)
    cv = Canvas(page, latin="helv")
    w = cv.width
    size = (11, 10.5, 11)[variant]
    updated, truth["updated_date"] = fmt_date(f["updated_date"], ("cn_pad", "iso", "cn")[variant])
    valid, truth["valid_until"] = fmt_date(f["valid_until"], ("cn_pad", "iso", "cn")[variant])
    code = truth["verification_code"]
    cv.text(w / 2, 70, "教育部学历证书电子注册备案表", 18, align="center")
    if variant == 0:
        cv.text(w - 60, 98, f"更新日期：{updated}", 10, align="right")
        cv.photo_box(w - 160, 118, 90, 120, seed=photo_seed(f))
        grid(cv, 60, 118, [90, w - 60 - 60 - 90 - 110], [[k, v] for k, v in rows], size, min_h=26)
        y = 118 + 26 * len(rows) + 30
        cv.text(60, y, f"在线验证码：{code}", 12)
        cv.text(60, y + 22, f"本备案表在线验证有效期至：{valid}", 10.5)
        cv.text(60, y + 40, "学信网（https://www.chsi.com.cn）在线验证", 10.5)
    elif variant == 1:
        cv.text(w - 60, 98, f"更新日期: {updated}", 10, align="right")
        pairs = [[rows[i][0], rows[i][1], rows[i + 1][0], rows[i + 1][1]] for i in range(0, len(rows), 2)]
        y = grid(cv, 50, 120, [72, 170, 80, w - 100 - 322], pairs, size, min_h=30)
        cv.text(50, y + 28, f"在线验证码: {code}", 12)
        cv.text(50, y + 50, f"在线验证有效期至 {valid}，请登录学信网查询。", 10.5)
    else:
        cv.text(w / 2, 94, "教育部学生服务与素质发展中心", 11, align="center")
        cv.text(60, 124, f"在线验证码：{code}", 12)
        cv.text(w - 60, 124, f"更新日期：{updated}", 10, align="right")
        y = 160
        label_w = max(cv.length(k + "：", size) for k, _ in rows) + 6
        for i in range(0, len(rows), 2):
            height = 1
            for col, (k, v) in enumerate(rows[i:i + 2]):
                x = 60 + col * 245
                cv.text(x, y, f"{k}：", size)
                lines = cv.wrap(v, 235 - label_w, size)
                for j, line in enumerate(lines):
                    cv.text(x + label_w, y + j * size * 1.4, line, size)
                height = max(height, len(lines))
            y += 30 + (height - 1) * size * 1.4
        y += 20
        cv.text(60, y, f"有效期至：{valid}（过期后请重新申请）", 10.5)
    return Built(doc, truth, "text", PRODUCER, f["updated_date"])
