"""普通高等学校毕业证书 (scan).

Variants: 0 narrative (landscape, 汉字 dates), 1 narrative (portrait, Arabic
dates), 2 field table with full-width colons (毕业时间, dates with day where
given), 3 field table with other labels/order (毕(结)业日期, 编号, 毕业院校,
ASCII or no colon, a long school name wrapped onto a second line, dotted dates).
The narrative only says 至二〇一七年六月, so its graduation_date truth is a month.
"""
from __future__ import annotations

import calendar
import random

from .common import (A4, A4_LANDSCAPE, Built, Canvas, fmt_date, hanzi_number, kv_lines, level_text, new_doc,
                     photo_seed, require, split_date, spread, years_of_study)

VARIANTS = 4
KEYS = ("name", "gender", "birth_date", "school", "major", "level", "start_date", "graduation_date",
        "certificate_no")


def _narrative(f: dict, style: str) -> tuple[str, dict, tuple[str, ...]]:
    birth, t_birth = fmt_date(f["birth_date"], style)
    start, t_start = fmt_date(f["start_date"], style, month_only=True)
    grad, t_grad = fmt_date(f["graduation_date"], style, month_only=True)
    n = years_of_study(f["start_date"], f["graduation_date"])
    years = hanzi_number(n) if style == "hanzi" else str(n)
    text = (f"学生 {f['name']}，性别{f['gender']}，{birth}生，于{start}至{grad}在本校 {f['major']} 专业 "
            f"{years} 年制{level_text(f['level'])}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    return text, {"birth_date": t_birth, "start_date": t_start, "graduation_date": t_grad}, (birth, start, grad)


def _issued(f: dict) -> str:
    """The date printed under the seal: given, or the graduation month's last day (≤ 30)."""
    grad = str(f["graduation_date"])
    if f.get("issued") or len(grad) >= 10:
        return f.get("issued") or grad
    y, m, _ = split_date(grad)
    return f"{grad[:7]}-{min(30, calendar.monthrange(y, m)[1]):02d}"


def build(f: dict, variant: int, rng: random.Random) -> Built:
    require(f, "diploma", *KEYS)
    truth = {k: str(f[k]) for k in KEYS}
    truth["certificate_no"] = str(f["certificate_no"]).replace(" ", "").upper()
    principal = f.get("principal") or "王建国"
    issued = _issued(f)
    if variant in (0, 1):
        style = "hanzi" if variant == 0 else "cn"
        doc, (page,) = new_doc(A4_LANDSCAPE if variant == 0 else A4)
        cv = Canvas(page, latin="tiro" if variant == 0 else "helv")
        w, h = cv.width, cv.height
        cv.rect(18, 18, w - 18, h - 18, width=3, grey=0.45)
        cv.rect(26, 26, w - 26, h - 26, width=0.8, grey=0.45)
        cv.text(w / 2, 82, "普通高等学校", 22, align="center", spacing=6)
        cv.text(w / 2, 122, "毕 业 证 书", 30, align="center")
        text, dates, keep = _narrative(f, style)
        truth.update(dates)
        if variant == 0:
            cv.photo_box(70, 170, 100, 135, seed=photo_seed(f))
            y = cv.paragraph(200, 190, text, w - 270, 15, leading=1.9, indent=30, keep=keep)
        else:
            cv.photo_box(w / 2 - 50, 150, 100, 135, seed=photo_seed(f))
            y = cv.paragraph(70, 330, text, w - 140, 15, leading=1.9, indent=30, keep=keep)
        y += 30
        x = w / 2 + (20 if variant == 0 else -40)
        cv.text(x, y, f"校 名：{f['school']}", 14)
        cv.text(x, y + 28, f"校（院）长：{principal}", 14)
        cv.seal(x + 120, y + 10, 42, f["school"])
        cv.text(x, y + 56, fmt_date(issued, style)[0], 14)
        cv.text(60 if variant == 0 else 70, h - 55, f"证书编号：{truth['certificate_no']}", 13)
        return Built(doc, truth, "scan", "", issued)

    doc, (page,) = new_doc(A4)
    cv = Canvas(page, latin="helv" if variant == 2 else "tiro")
    w, h = cv.width, cv.height
    cv.rect(24, 24, w - 24, h - 24, width=2.5, grey=0.4)
    cv.text(w / 2, 92, "毕业证书", 30, align="center", spacing=10)
    cv.photo_box(w - 170, 130, 95, 125, seed=photo_seed(f))
    if variant == 2:
        items, style, month = [
            ("姓 名", "name"), ("性 别", "gender"), ("出生日期", "birth_date"), ("入学时间", "start_date"),
            ("毕业时间", "graduation_date"), ("专 业", "major"), ("层 次", "level"), ("学 制", "years"),
            ("学校名称", "school"), ("证书编号", "certificate_no")], "cn", False
        colon_style, size = 0, 14
    else:
        items, style, month = [
            ("证书编号", "certificate_no"), ("姓名", "name"), ("性别", "gender"), ("出生日期", "birth_date"),
            ("毕业院校", "school"), ("专业", "major"), ("层次", "level"), ("入学日期", "start_date"),
            ("毕(结)业日期", "graduation_date")], "dot", False
        colon_style, size = rng.choice((1, 2)), 13
    rows = []
    for label, key in items:
        if key in ("birth_date", "start_date", "graduation_date"):
            s, truth[key] = fmt_date(f[key], style, month_only=month and key != "birth_date")
        elif key == "years":
            s = f"{years_of_study(f['start_date'], f['graduation_date'])}年"
        elif key == "level":
            s = level_text(f["level"])
        else:
            s = truth[key]
        rows.append((label, s))
    value_width = 140 if variant == 3 else None
    y = kv_lines(cv, 80, 160, rows, size, colon_style=colon_style, leading=2.3,
                 value_width=value_width or (w - 80 - 120 - 190))
    y += 30
    cv.text(w - 90, y, f["school"] if variant == 2 else f"{spread('校长')}：{principal}", 14, align="right")
    cv.seal(w - 170, y + 20, 45, f["school"])
    cv.text(w - 90, y + 32, fmt_date(issued, "cn" if variant == 2 else "hanzi")[0], 14, align="right")
    return Built(doc, truth, "scan", "", issued)
