"""毕业证书 families, by era (all scans: the paper certificate photographed).

* dip_1990s_vertical — a 1990s booklet page: the title stacked vertically on
  the right, a narrative "学生…系…专业学习" with 汉字 dates to the month, no number;
* dip_1990s_old_no — a 1990s landscape form with "系甘肃省…人" (系 = is), Arabic
  years, and an old 8-digit 编号 top right;
* dip_2000s_grid — a 2000s ruled grid (出生年月 / 入学年月 / 毕业年月 / 学历层次),
  a 2002-era number at the bottom;
* dip_2010s_baseline — the 2010s standard: narrative, then 校名 and 校（院）长
  on one baseline and the 18-digit 证书编号 and the date on another;
* dip_2010s_vocational — a 高职 certificate: number top right, 院长 and the
  date under the seal, "三年制专科".
"""
from __future__ import annotations

import random

from .draw import A4, A4L, Paper
from .facts import redate
from .registry import Drawn, family, fdate

_YEARS_HZ = {2: "二", 3: "三", 4: "四", 5: "五"}


def _frame(s, grey: float = 0.35, double: bool = True) -> None:
    s.box(16, 16, s.w - 16, s.h - 16, width=2.6, grey=grey)
    if double:
        s.box(24, 24, s.w - 24, s.h - 24, width=0.6, grey=grey)


@family("dip_1990s_vertical", "diploma", "scan", "1990s 普通高等学校毕业证书 booklet page (vertical title, no number)")
def dip_1990s_vertical(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(1990, 1999), level="本科")
    paper = Paper(face, A4)
    s = paper[0]
    _frame(s, double=False)
    s.vtext(s.w - 90, 70, "毕业证书", 34, gap=14)
    s.photo(s.w - 130, 330, 80, 105)
    birth, tb = fdate(q["birth_date"], "hz", month=True)
    start, ts = fdate(q["start_date"], "hz", month=True)
    grad, tg = fdate(q["graduation_date"], "hz", month=True)
    dept = rng.choice(("建筑工程系", "电气工程系", "管理工程系", "中文系", "环境科学系"))
    text = (f"学生{q['name']}，性别{q['gender']}，{birth}生。于{start}至{grad}在本校{dept}"
            f"{q['major']}专业学习，学制{_YEARS_HZ[q['years']]}年，修完本科教学计划规定的全部课程，"
            f"成绩合格，准予毕业。")
    size = rng.choice((15, 16))
    y = s.para(60, 110, text, s.w - 230, size, leading=2.1, indent=2 * size, track=rng.choice((0, 1.5)))
    y = max(y + 60, 520)
    s.text(90, y, q["school"], 17, track=3)
    s.text(90, y + 40, f"校长  {q['principal']}", 15)
    s.seal(190, y - 10, 50, q["school"])
    issued, _ = fdate(q["graduation_date"], "hz", month=True)
    s.text(90, y + 80, issued, 15)
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": q["school"],
             "major": q["major"], "level": "本科", "start_date": ts, "graduation_date": tg}
    return Drawn(paper, truth, q["graduation_date"], dpi=120)


@family("dip_1990s_old_no", "diploma", "scan", "1990s landscape certificate with 8-digit 编号 and 系…人 phrase")
def dip_1990s_old_no(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(1993, 2001), level=rng.choice(("本科", "大专")))
    paper = Paper(face, A4L)
    s = paper[0]
    _frame(s)
    number = f"{q['graduation_date'][2:4]}{rng.randrange(10**6):06d}"
    s.text(s.w - 60, 56, f"编号：{number}", 12, align="right")
    s.text(s.w / 2, 100, "毕 业 证 书", 32, align="center", track=8)
    s.photo(70, 140, 95, 125)
    birth, tb = fdate(q["birth_date"], "cn")
    prov = rng.choice(("甘肃省永登县", "甘肃省临洮县", "青海省民和县", "宁夏回族自治区固原县"))
    lvl = "专科" if q["level"] == "大专" else "本科"
    text = (f"学生 {q['name']} 系{prov}人，{q['gender']}，{birth}生，于{q['start_date'][:4]}年{int(q['start_date'][5:7])}月"
            f"入本校{q['major']}专业{lvl}学习，学制{q['years']}年，于{q['graduation_date'][:4]}年"
            f"{int(q['graduation_date'][5:7])}月修业期满，成绩合格，准予毕业。")
    y = s.para(200, 160, text, s.w - 270, 15, leading=2.0, indent=30)
    s.text(s.w - 300, y + 50, q["school"], 16)
    s.text(s.w - 300, y + 80, f"校（院）长：{q['principal']}", 14)
    s.seal(s.w - 200, y + 40, 46, q["school"])
    issued, _ = fdate(q["graduation_date"], "cn")
    s.text(s.w - 300, y + 110, issued, 14)
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": q["school"],
             "major": q["major"], "level": q["level"], "start_date": q["start_date"][:7],
             "graduation_date": q["graduation_date"][:7], "certificate_no": number}
    return Drawn(paper, truth, q["graduation_date"], dpi=110)


@family("dip_2000s_grid", "diploma", "scan", "2000s ruled-grid certificate (出生年月, 入学年月, 毕业年月, 学历层次)")
def dip_2000s_grid(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(2003, 2010), level=rng.choice(("本科", "本科", "大专")))
    paper = Paper(face, A4)
    s = paper[0]
    _frame(s, grey=0.5)
    s.text(s.w / 2, 92, "普通高等学校", 18, align="center", track=4)
    s.text(s.w / 2, 135, "毕业证书", 34, align="center", track=10)
    style = rng.choice(("cn", "cn0", "dot"))
    b, tb = fdate(q["birth_date"], style, month=True)
    st, ts = fdate(q["start_date"], style, month=True)
    g, tg = fdate(q["graduation_date"], style, month=True)
    lvl = "专科" if q["level"] == "大专" else "本科"
    x, wd = 70, [82, 150, 70, s.w - 140 - 302 - 110]
    rows = [["姓  名", q["name"], "性  别", q["gender"]],
            ["出生年月", b, "学  制", f"{q['years']}年"],
            ["入学年月", st, "毕业年月", g],
            ["专  业", q["major"], "学历层次", lvl]]
    size = rng.choice((12, 13))
    y = s.table(x, 180, wd, rows, size, min_h=34, align=["center", "left", "center", "left"])
    s.photo(s.w - 170, 180, 100, 136)
    y = max(y, 330) + 40
    s.para(x, y, "该生在本校修完教学计划规定的全部课程，成绩合格，准予毕业。", s.w - 140, 13, indent=26)
    s.text(x, y + 80, f"学校名称：{q['school']}", 13)
    s.text(x, y + 110, f"证书编号：{q['certificate_no']}", 13)
    s.seal(s.w - 160, y + 110, 48, q["school"])
    issued, _ = fdate(q["graduation_date"], "cn")
    s.text(s.w - 90, y + 150, issued, 13, align="right")
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": q["school"],
             "major": q["major"], "level": q["level"], "start_date": ts, "graduation_date": tg,
             "certificate_no": q["certificate_no"]}
    return Drawn(paper, truth, q["graduation_date"], dpi=125)


@family("dip_2010s_baseline", "diploma", "scan",
        "2010s standard certificate: 校名 and 校（院）长 on one baseline, number and date on another")
def dip_2010s_baseline(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(2011, 2021), level=rng.choice(("本科", "本科", "硕士研究生")))
    paper = Paper(face, A4L)
    s = paper[0]
    _frame(s)
    s.text(s.w / 2, 92, "毕业证书", 34, align="center", track=12)
    s.photo(72, 130, 100, 134)
    birth, tb = fdate(q["birth_date"], "hz")
    start, ts = fdate(q["start_date"], "hz", month=True)
    grad, tg = fdate(q["graduation_date"], "hz", month=True)
    if q["level"] == "硕士研究生":
        what = f"在本校{q['major']}专业攻读硕士学位研究生，学制{_YEARS_HZ[q['years']]}年"
    else:
        what = f"在本校{q['major']}专业{_YEARS_HZ[q['years']]}年制本科学习"
    who = "研究生" if q["level"] == "硕士研究生" else "学生"
    text = (f"{who} {q['name']}，性别{q['gender']}，{birth}生，于{start}至{grad}{what}，"
            f"修完{'研究生培养方案' if who == '研究生' else '教学计划'}规定的全部课程，成绩合格，准予毕业。")
    track = rng.choice((0.0, 1.0, 2.0))
    s.para(205, 150, text, s.w - 270, 15, leading=2.0, indent=30, track=track)
    y = s.h - 150
    gap = rng.choice((40, 60, 90))
    x1 = 80
    end = s.text(x1, y, f"校名：{q['school']}", 14, track=track)
    s.text(end + gap, y, f"校（院）长：{q['principal']}", 14, track=track)
    issued, _ = fdate(q["graduation_date"], "hz")
    end = s.text(x1, y + 36, f"证书编号：{q['certificate_no']}", 13)
    s.text(end + gap, y + 36, issued, 13)
    s.seal(end + gap + 150, y + 18, 44, q["school"])
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": q["school"],
             "major": q["major"], "level": q["level"], "start_date": ts, "graduation_date": tg,
             "certificate_no": q["certificate_no"]}
    return Drawn(paper, truth, q["graduation_date"], dpi=125)


@family("dip_2010s_vocational", "diploma", "scan", "高职（专科）certificate: number top right, 院长 under the seal")
def dip_2010s_vocational(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(2012, 2022), level="大专")
    paper = Paper(face, A4)
    s = paper[0]
    _frame(s, grey=0.45)
    s.text(s.w - 60, 60, f"证书编号 {q['certificate_no']}", 11, align="right")
    s.text(s.w / 2, 120, "毕 业 证 书", 30, align="center", track=4)
    s.photo(s.w / 2 - 48, 150, 96, 128)
    style = rng.choice(("cn", "cn0"))
    birth, tb = fdate(q["birth_date"], style)
    start, ts = fdate(q["start_date"], style, month=True)
    grad, tg = fdate(q["graduation_date"], style, month=True)
    text = (f"{q['name']}，{q['gender']}，{birth}出生，{start}至{grad}在我院{q['major']}专业"
            f"三年制专科学习，完成教学计划规定的全部课程，成绩合格，准予毕业。")
    y = s.para(70, 330, text, s.w - 140, 15, leading=2.0, indent=30)
    s.text(s.w - 80, y + 60, q["school"], 15, align="right")
    s.text(s.w - 80, y + 90, f"院长：{q['principal']}", 14, align="right")
    s.seal(s.w - 170, y + 80, 46, q["school"])
    issued, _ = fdate(q["graduation_date"], style)
    s.text(s.w - 80, y + 120, issued, 14, align="right")
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": q["school"],
             "major": q["major"], "level": "大专", "start_date": ts, "graduation_date": tg,
             "certificate_no": q["certificate_no"]}
    return Drawn(paper, truth, q["graduation_date"], dpi=125)

