"""教育部学历证书电子注册备案表 families (text-layer PDFs downloaded from 学信网).

* xx_old_sentence — the 2010s form: 更新日期 top right, a ruled label/value
  table beside the photo, 在线验证码 under it and the sentence
  "本《备案表》在线验证有效期至2025年01月15日，…";
* xx_old_grid — 2010s, four ruled columns (姓名|…|性别|…), 民族 row, 证件号码 label;
* xx_new_band — the 2020s layout: a header band, labels in a left column with
  values far right, 验证码 box at the bottom, "在线验证有效期：" with ISO dates;
* xx_new_mobile — a narrow page exported on a phone: each label on its own line
  and its value on the next;
* xx_new_unruled — 2020s, no ruling lines, two label：value columns, dotted
  dates, long school names wrapped.
"""
from __future__ import annotations

import random

from .draw import A4, Paper
from .facts import redate
from .registry import Drawn, family, fdate

PRODUCERS = ("iText 2.1.7 by 1T3XT", "iText® 5.5.13 ©2000-2018 iText Group NV (AGPL-version)", "Qt 5.12.8")
LEVEL_PRINT = {"大专": "专科", "本科": "本科", "硕士研究生": "硕士研究生"}


def _values(p: dict, style: str, rng: random.Random) -> tuple[dict, dict]:
    """Printed forms and truth of the 13 fields (学信网 registers 2002-or-later graduates)."""
    if int(p["graduation_date"][:4]) < 2003:
        p.update(redate(p, rng, rng.randint(2003, 2022)))
    pr, tr = {}, {}
    for k in ("name", "gender", "id_number", "school", "major", "certificate_no", "verification_code"):
        pr[k] = tr[k] = p[k]
    tr["level"] = p["level"]
    pr["level"] = LEVEL_PRINT[p["level"]]
    for k in ("birth_date", "start_date", "graduation_date", "updated_date", "valid_until"):
        pr[k], tr[k] = fdate(p[k], style)
    pr["years"] = f"{p['years']}年"
    pr["category"] = rng.choice(("普通高等教育", "普通"))
    pr["form"] = rng.choice(("普通全日制", "全日制"))
    return pr, tr


def _rows(pr: dict, idl: str = "证件号码") -> list[tuple[str, str]]:
    return [("姓名", pr["name"]), ("性别", pr["gender"]), (idl, pr["id_number"]),
            ("出生日期", pr["birth_date"]), ("学校名称", pr["school"]), ("层次", pr["level"]),
            ("专业", pr["major"]), ("学制", pr["years"]), ("学历类别", pr["category"]),
            ("学习形式", pr["form"]), ("入学日期", pr["start_date"]), ("毕（结）业日期", pr["graduation_date"]),
            ("毕（结）业", "毕业"), ("证书编号", pr["certificate_no"])]


@family("xx_old_sentence", "xuexin_record", "text", "2010s 备案表 with the 在线验证有效期至… sentence")
def xx_old_sentence(p: dict, rng: random.Random, face: str) -> Drawn:
    pr, tr = _values(p, "cn0", rng)
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 72, "教育部学历证书电子注册备案表", 19, align="center")
    s.text(s.w - 56, 100, f"更新日期：{pr['updated_date']}", 10, align="right")
    rows = [[k, v] for k, v in _rows(pr)]
    y = s.table(56, 112, [96, s.w - 112 - 96 - 120], rows, 10.5, min_h=25)
    s.photo(s.w - 56 - 105, 112, 105, 140)
    s.text(56, y + 34, f"在线验证码：{pr['verification_code']}", 12.5)
    y = s.para(56, y + 62, f"本《备案表》在线验证有效期至{pr['valid_until']}，可登录学信网（www.chsi.com.cn）"
                            f"输入在线验证码进行查询。", s.w - 112, 10, leading=1.6)
    s.seal(s.w - 150, y + 40, 40, "教育部学历证书电子注册专用章")
    return Drawn(paper, tr, p["updated_date"], producer=PRODUCERS[0])


@family("xx_old_grid", "xuexin_record", "text", "2010s 备案表, four ruled columns with a 民族 row")
def xx_old_grid(p: dict, rng: random.Random, face: str) -> Drawn:
    pr, tr = _values(p, "cn", rng)
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 70, "教育部学历证书电子注册备案表", 18, align="center", track=1)
    r = dict(_rows(pr, "身份证号"))
    grid = [["姓名", r["姓名"], "性别", r["性别"]], ["民族", p["nation"], "出生日期", r["出生日期"]],
            ["身份证号", r["身份证号"], "学校名称", r["学校名称"]], ["专业", r["专业"], "层次", r["层次"]],
            ["学制", r["学制"], "学历类别", r["学历类别"]], ["学习形式", r["学习形式"], "毕（结）业", "毕业"],
            ["入学日期", r["入学日期"], "毕（结）业日期", r["毕（结）业日期"]], ["证书编号", r["证书编号"], "", ""]]
    wd = [70, 175, 90, s.w - 100 - 335]
    y = s.table(50, 100, wd, grid, 10.5, min_h=30)
    s.text(50, y + 30, f"更新日期：{pr['updated_date']}", 10.5)
    s.text(s.w - 50, y + 30, f"在线验证码：{pr['verification_code']}", 12, align="right")
    s.text(50, y + 56, f"在线验证有效期至{pr['valid_until']}", 10.5)
    s.text(50, y + 76, "注：本备案表仅用于证明学历证书已电子注册。", 9.5)
    return Drawn(paper, tr, p["updated_date"], producer=PRODUCERS[0])


@family("xx_new_band", "xuexin_record", "text", "2020s 备案表 with header band and 验证码 box")
def xx_new_band(p: dict, rng: random.Random, face: str) -> Drawn:
    pr, tr = _values(p, "iso", rng)
    paper = Paper(face, A4)
    s = paper[0]
    s.box(0, 0, s.w, 86, width=0.5, grey=0.86, fill=0.9)
    s.text(s.w / 2, 50, "教育部学历证书电子注册备案表", 20, align="center")
    s.text(48, 112, f"更新日期：{pr['updated_date']}", 9.5)
    s.photo(s.w - 48 - 96, 124, 96, 128)
    y = 140
    lx, vx = 60, 190
    for k, v in _rows(pr):
        s.text(lx, y, k, 11, color=(0.35, 0.35, 0.35))
        lines = s.wrap(v, s.w - vx - 160, 11)
        for i, ln in enumerate(lines):
            s.text(vx, y + i * 15, ln, 11)
        s.line(lx, y + 8 + 15 * (len(lines) - 1), s.w - 170, y + 8 + 15 * (len(lines) - 1), width=0.3, grey=0.7)
        y += 28 + 15 * (len(lines) - 1)
    s.box(60, y + 10, s.w - 60, y + 70, width=0.8, grey=0.4)
    s.text(80, y + 38, "在线验证码", 11)
    s.text(180, y + 40, pr["verification_code"], 16, track=2)
    s.text(80, y + 60, f"在线验证有效期：{pr['valid_until']}", 10)
    s.seal(s.w - 130, y + 40, 36, "学历认证中心")
    return Drawn(paper, tr, p["updated_date"], producer=PRODUCERS[1])


@family("xx_new_mobile", "xuexin_record", "text", "备案表 exported from the 学信网 app: stacked label/value lines")
def xx_new_mobile(p: dict, rng: random.Random, face: str) -> Drawn:
    pr, tr = _values(p, rng.choice(("cn0", "iso")), rng)
    rows = _rows(pr)
    paper = Paper(face, (360.0, 780.0))
    s = paper[0]
    s.text(s.w / 2, 40, "教育部学历证书", 15, align="center")
    s.text(s.w / 2, 62, "电子注册备案表", 15, align="center")
    s.text(s.w / 2, 84, f"更新日期 {pr['updated_date']}", 8.5, align="center")
    y = 112
    for k, v in rows:
        s.text(24, y, k, 8.5, color=(0.45, 0.45, 0.45))
        s.text(24, y + 15, v, 11)
        y += 38
    s.text(24, y + 6, "在线验证码", 8.5, color=(0.45, 0.45, 0.45))
    s.text(24, y + 24, pr["verification_code"], 13)
    s.text(24, y + 48, f"在线验证有效期至{pr['valid_until']}", 8.5)
    return Drawn(paper, tr, p["updated_date"], producer=PRODUCERS[2])


@family("xx_new_unruled", "xuexin_record", "text", "2020s 备案表 without ruling: two label：value columns, dotted dates")
def xx_new_unruled(p: dict, rng: random.Random, face: str) -> Drawn:
    pr, tr = _values(p, "dot", rng)
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 66, "教育部学历证书电子注册备案表", 18, align="center")
    s.text(56, 100, f"在线验证码：{pr['verification_code']}", 11.5)
    s.text(s.w - 56, 100, f"更新日期：{pr['updated_date']}", 10, align="right")
    rows = _rows(pr)
    y = 140
    for i in range(0, len(rows), 2):
        h = 1
        for col, (k, v) in enumerate(rows[i:i + 2]):
            x = 56 + col * 250
            s.text(x, y, f"{k}：", 10.5)
            lab = s.width(f"{k}：", 10.5)
            lines = s.wrap(v, 235 - lab, 10.5)
            for j, ln in enumerate(lines):
                s.text(x + lab, y + j * 15, ln, 10.5)
            h = max(h, len(lines))
        y += 30 + (h - 1) * 15
    s.para(56, y + 26, f"本备案表在线验证有效期至：{pr['valid_until']}（有效期内可登录学信网查询）", s.w - 112, 10)
    return Drawn(paper, tr, p["updated_date"], producer=PRODUCERS[1])
