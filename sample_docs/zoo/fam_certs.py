"""身份证 and 学位证书 families (scans).

ID cards:
* id_copy_both — an A4 复印件 with the front and the back side by side-ish
  (front above, back below), photographed;
* id_front_close — the front alone, photographed close;
* id_copy_stamped — an A4 copy with the holder's note "此复印件仅供职称申报使用".
Degrees (学位证书编号 16 digits, the year often nearby):
* deg_2010s_number_date — narrative, "证书编号：… 二〇一四年六月三十日" on one line;
* deg_2000s_portrait — portrait "学士学位证书", number top right, Arabic dates;
* deg_master_grid — 硕士 certificate with a label grid (学科专业 / 授予日期 / 证书编号).
"""
from __future__ import annotations

import random

from .draw import A4, A4L, Paper
from .facts import redate
from .registry import Drawn, family, fdate

CARD = (242.6, 153.0)
POLICE = ("永登县公安局", "临夏市公安局", "兰州市公安局城关分局", "西宁市公安局城东分局", "兰州新区公安局")


def _front(s, x: float, y: float, p: dict, k: float = 1.0) -> None:
    """The card's front at (x, y), scale k (1 = real size in points)."""
    s.box(x, y, x + CARD[0] * k, y + CARD[1] * k, width=0.6, grey=0.5, fill=0.93)
    lab = (0.35, 0.45, 0.55)
    sz = 7.5 * k
    b = p["birth_date"]
    s.text(x + 14 * k, y + 24 * k, "姓 名", sz, color=lab)
    s.text(x + 42 * k, y + 24 * k, p["name"], 9 * k)
    s.text(x + 14 * k, y + 44 * k, "性 别", sz, color=lab)
    s.text(x + 42 * k, y + 44 * k, p["gender"], 8.5 * k)
    s.text(x + 72 * k, y + 44 * k, "民 族", sz, color=lab)
    s.text(x + 98 * k, y + 44 * k, p["nation"].replace("族", ""), 8.5 * k)
    s.text(x + 14 * k, y + 63 * k, "出 生", sz, color=lab)
    s.text(x + 42 * k, y + 63 * k, f"{int(b[:4])} 年 {int(b[5:7])} 月 {int(b[8:10])} 日", 8.5 * k)
    s.text(x + 14 * k, y + 82 * k, "住 址", sz, color=lab)
    for i, ln in enumerate(s.wrap(p["address"], 110 * k, 8.5 * k)):
        s.text(x + 42 * k, y + (82 + 12 * i) * k, ln, 8.5 * k)
    s.text(x + 14 * k, y + 136 * k, "公民身份号码", sz, color=lab)
    s.text(x + 78 * k, y + 136 * k, p["id_number"], 10 * k, track=1.2 * k)
    s.photo(x + 160 * k, y + 18 * k, 66 * k, 84 * k)


def _back(s, x: float, y: float, p: dict, rng: random.Random, k: float = 1.0) -> None:
    s.box(x, y, x + CARD[0] * k, y + CARD[1] * k, width=0.6, grey=0.5, fill=0.93)
    s.text(x + 150 * k, y + 50 * k, "中华人民共和国", 11 * k, align="center", track=1.5 * k)
    s.text(x + 150 * k, y + 80 * k, "居民身份证", 15 * k, align="center", track=3 * k)
    start = int(p["birth_date"][:4]) + rng.choice((26, 30, 32))
    md = f"{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"
    s.text(x + 28 * k, y + 118 * k, "签发机关", 7.5 * k)
    s.text(x + 70 * k, y + 118 * k, rng.choice(POLICE), 8.5 * k)
    s.text(x + 28 * k, y + 136 * k, "有效期限", 7.5 * k)
    s.text(x + 70 * k, y + 136 * k, f"{start}.{md}-{start + 20}.{md}", 8.5 * k)


@family("id_copy_both", "id_card", "scan", "身份证复印件 on A4, front above back")
def id_copy_both(p: dict, rng: random.Random, face: str) -> Drawn:
    paper = Paper(face, A4)
    s = paper[0]
    k = 1.35
    _front(s, (s.w - CARD[0] * k) / 2, 110, p, k)
    _back(s, (s.w - CARD[0] * k) / 2, 110 + CARD[1] * k + 60, p, rng, k)
    return Drawn(paper, {"name": p["name"], "id_number": p["id_number"]}, "2024-01-01", dpi=150)


@family("id_front_close", "id_card", "scan", "身份证 front photographed close")
def id_front_close(p: dict, rng: random.Random, face: str) -> Drawn:
    paper = Paper(face, (CARD[0] + 40, CARD[1] + 40))
    s = paper[0]
    s.box(0, 0, s.w, s.h, width=0, grey=0.3, fill=0.35)
    _front(s, 20, 20, p)
    return Drawn(paper, {"name": p["name"], "id_number": p["id_number"]}, "2024-01-01", dpi=330)


@family("id_copy_stamped", "id_card", "scan", "身份证复印件 with the holder's 仅供…使用 note")
def id_copy_stamped(p: dict, rng: random.Random, face: str) -> Drawn:
    paper = Paper(face, A4)
    s = paper[0]
    k = 1.25
    x = 60 + rng.randint(0, 40)
    _back(s, x, 90, p, rng, k)
    _front(s, x + 20, 90 + CARD[1] * k + 40, p, k)
    s.text(s.w / 2, 90 + 2 * CARD[1] * k + 110, "此复印件仅供职称申报使用，再复印无效", 15, align="center",
           color=(0.3, 0.3, 0.3))
    s.text(s.w / 2, 90 + 2 * CARD[1] * k + 140, f"{p['name']}  {fdate('2024-03-05', 'cn')[0]}", 14,
           align="center", color=(0.3, 0.3, 0.3))
    return Drawn(paper, {"name": p["name"], "id_number": p["id_number"]}, "2024-03-05", dpi=140)


def _deg_truth(q: dict, award: str) -> dict:
    return {"name": q["name"], "degree": q["degree"], "major": q["major"], "award_date": award,
            "degree_certificate_no": q["degree_certificate_no"]}


@family("deg_2010s_number_date", "degree", "scan", "学士学位证书, number and date on one baseline")
def deg_2010s_number_date(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(2010, 2021), level="本科")
    paper = Paper(face, A4L)
    s = paper[0]
    s.box(18, 18, s.w - 18, s.h - 18, width=2.4, grey=0.4)
    s.text(s.w / 2, 96, "学士学位证书", 32, align="center", track=8)
    s.photo(70, 140, 96, 128)
    birth = fdate(q["birth_date"], "hz")[0]
    text = (f"{q['name']}，{q['gender']}，{birth}生。在{q['school']}{q['major']}专业完成了本科学习计划，"
            f"业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予{q['discipline']}学士学位。")
    s.para(200, 160, text, s.w - 270, 15, leading=2.0, indent=30)
    y = s.h - 150
    s.text(200, y, q["school"], 15)
    s.text(420, y, f"学位评定委员会主席  {q['principal']}", 14)
    award, ta = fdate(q["award_date"], "hz")
    end = s.text(200, y + 40, f"证书编号：{q['degree_certificate_no']}", 13)
    s.text(end + rng.choice((24, 40, 70)), y + 40, award, 13)
    s.seal(480, y + 10, 44, q["school"])
    return Drawn(paper, _deg_truth(q, ta), q["award_date"], dpi=120)


@family("deg_2000s_portrait", "degree", "scan", "2000s portrait 学士学位证书, number top right")
def deg_2000s_portrait(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(2003, 2010), level="本科")
    paper = Paper(face, A4)
    s = paper[0]
    s.box(22, 22, s.w - 22, s.h - 22, width=1.8, grey=0.45)
    s.text(s.w - 60, 60, f"No.{q['degree_certificate_no']}", 11, align="right")
    s.text(s.w / 2, 130, "学 士 学 位 证 书", 28, align="center")
    s.photo(s.w / 2 - 48, 165, 96, 128)
    birth = fdate(q["birth_date"], "cn")[0]
    text = (f"{q['name']}，{q['gender']}，{birth}生，在本校{q['major']}专业完成了学士学位的学习，"
            f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{q['discipline']}学士学位。")
    y = s.para(70, 350, text, s.w - 140, 15, leading=2.0, indent=30)
    s.text(s.w - 80, y + 60, f"{q['school']}学位评定委员会", 14, align="right")
    s.text(s.w - 80, y + 88, f"主席：{q['principal']}", 14, align="right")
    award, ta = fdate(q["award_date"], "cn")
    s.text(s.w - 80, y + 116, award, 14, align="right")
    s.seal(s.w - 170, y + 80, 46, q["school"])
    return Drawn(paper, _deg_truth(q, ta), q["award_date"], dpi=125)


@family("deg_master_grid", "degree", "scan", "硕士学位证书 with a label grid")
def deg_master_grid(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(2008, 2022), level="硕士研究生")
    if q["school"] not in ("西北民族大学", "兰州交通大学", "西北大学", "兰州理工大学", "北方民族大学"):
        q["school"] = rng.choice(("西北民族大学", "兰州交通大学", "西北大学"))
        q = redate(q, rng, int(q["graduation_date"][:4]), level="硕士研究生")
    paper = Paper(face, A4)
    s = paper[0]
    s.box(22, 22, s.w - 22, s.h - 22, width=2.2, grey=0.4)
    s.text(s.w / 2, 100, "硕士学位证书", 30, align="center", track=6)
    s.photo(s.w - 170, 140, 96, 128)
    award, ta = fdate(q["award_date"], rng.choice(("cn", "iso", "cn0")))
    rows = [("姓名", q["name"]), ("性别", q["gender"]), ("出生日期", fdate(q["birth_date"], "cn")[0]),
            ("学科专业", q["major"]), ("学位类别", f"{q['discipline']}硕士"), ("授予单位", q["school"]),
            ("授予日期", award), ("证书编号", q["degree_certificate_no"])]
    y = 160
    for k, v in rows:
        s.text(80, y, f"{k}：", 13)
        s.text(170, y, v, 13)
        y += 34
    s.text(s.w - 80, y + 40, f"{q['school']}学位评定委员会", 14, align="right")
    s.seal(s.w - 160, y + 40, 46, q["school"])
    return Drawn(paper, _deg_truth(q, ta), q["award_date"], dpi=125)
