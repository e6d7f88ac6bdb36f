"""居民身份证 (front) scan.

Variants: 0 the card alone (tight crop), 1 the card alone with another type
scale/position and a narrow, wrapped address, 2 a 复印件: front and back of the
card side by side on a half sheet (the back adds 签发机关 / 有效期限 text that
must not be mistaken for holder fields). Only name and id_number are truth
(contract §2); gender, 民族, birth and address are printed for realism.
"""
from __future__ import annotations

import random

from core import idcard

from .common import Built, Canvas, new_doc, photo_seed, require, split_date

VARIANTS = 3
CARD = (242.6, 153.1)  # 85.6 mm × 54 mm in points


def _front(cv: Canvas, x0: float, y0: float, f: dict, scale: float, variant: int) -> None:
    s = scale
    cv.rect(x0, y0, x0 + CARD[0] * s, y0 + CARD[1] * s, width=0.8 * s, grey=0.55)
    lab = 6.2 * s if variant != 1 else 5.8 * s
    val = 7.6 * s if variant != 1 else 7.2 * s
    lx, vx = x0 + 14 * s, x0 + 40 * s
    y = y0 + 24 * s
    grey, cv.color = cv.color, (0.35, 0.35, 0.35)
    labels = ("姓 名", "性 别", "民 族", "出 生", "住 址", "公民身份号码")
    cv.text(lx, y, labels[0], lab)
    cv.text(lx, y + 20 * s, labels[1], lab)
    cv.text(lx + 48 * s, y + 20 * s, labels[2], lab)
    cv.text(lx, y + 40 * s, labels[3], lab)
    cv.text(lx, y + 60 * s, labels[4], lab)
    cv.text(lx, y0 + 132 * s, labels[5], lab)
    cv.color = grey
    y_, m_, d_ = split_date(f["birth_date"])
    cv.text(vx, y, f["name"], val + 1.2 * s)
    cv.text(vx, y + 20 * s, f["gender"], val)
    cv.text(vx + 48 * s, y + 20 * s, f["ethnicity"], val)
    cv.text(vx, y + 40 * s, f"{y_}  年  {m_}  月  {d_}  日", val)
    width = (100 if variant == 1 else 118) * s
    yy = y + 60 * s
    for line in cv.wrap(f["address"], width, val)[:3]:
        cv.text(vx, yy, line, val)
        yy += val * 1.45
    cv.text(x0 + 70 * s, y0 + 132 * s, f["id_number"], 9.0 * s)
    cv.photo_box(x0 + CARD[0] * s - 78 * s, y0 + 18 * s, 62 * s, 78 * s, seed=photo_seed(f))


def _back(cv: Canvas, x0: float, y0: float, f: dict, scale: float) -> None:
    s = scale
    cv.rect(x0, y0, x0 + CARD[0] * s, y0 + CARD[1] * s, width=0.8 * s, grey=0.55)
    cv.page.draw_circle((x0 + 30 * s, y0 + 34 * s), 16 * s, color=(0.5, 0.5, 0.5), width=1.2 * s)
    cv.text(x0 + 150 * s, y0 + 36 * s, "中华人民共和国", 9 * s, align="center")
    cv.text(x0 + 150 * s, y0 + 66 * s, "居民身份证", 14 * s, align="center", spacing=2 * s)
    cv.text(x0 + 28 * s, y0 + 112 * s, f"签发机关  {f['authority']}", 6.6 * s)
    cv.text(x0 + 28 * s, y0 + 132 * s, f"有效期限  {f['validity']}", 6.6 * s)


def build(f: dict, variant: int, rng: random.Random) -> Built:
    require(f, "id_card", "name", "id_number")
    number = str(f["id_number"]).replace(" ", "").upper()
    born = idcard.birth_date(number)
    f.setdefault("gender", idcard.gender(number) or "男")
    f.setdefault("birth_date", born.isoformat() if born else "1990-01-01")
    f.setdefault("ethnicity", "汉")
    f.setdefault("address", "甘肃省兰州市兰州新区秦川园区纬五路与经十二路交汇处嘉年华小区3号楼2单元501室")
    f.setdefault("authority", "兰州市公安局兰州新区分局")
    start = int(f.get("issued_year") or 2016 + rng.randrange(6))
    md = f".0{1 + rng.randrange(9)}.1{rng.randrange(10)}"
    f.setdefault("validity", f"{start}{md}-{start + 20}{md}")
    f["id_number"] = number
    truth = {"name": str(f["name"]), "id_number": number}
    if variant in (0, 1):
        pad = 8 if variant == 0 else 14
        doc, (page,) = new_doc((CARD[0] + 2 * pad, CARD[1] + 2 * pad))
        cv = Canvas(page, latin="helv")
        _front(cv, pad, pad, f, 1.0, variant)
        return Built(doc, truth, "scan", "", f"{start}-01-01", dpi=330 if variant == 0 else 315)
    doc, (page,) = new_doc((595.0, 420.0))
    cv = Canvas(page, latin="helv")
    scale = 1.0
    _front(cv, 40, 120, f, scale, variant)
    _back(cv, 40 + CARD[0] + 30, 120, f, scale)
    cv.text(297, 330, "（身份证复印件，与原件一致）", 10, align="center")
    return Built(doc, truth, "scan", "", f"{start}-01-01", dpi=170)
