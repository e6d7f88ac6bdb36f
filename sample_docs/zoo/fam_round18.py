"""Eighteenth round of held-out families (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents'
layouts and wording without looking at the parsers.

Social insurance:
* si_unit_roster_month_pages — a UNIT's 社会保险缴费人员花名册 / 单位职工社会保险缴费明细表, printed
  by the unit's HR from the 社保 经办系统 (text PDF): ONE PAGE PER MONTH, the page header naming the
  unit (单位名称, 单位编号) and "费款所属期：2023年05月", then a table of MANY employees 序号 | 姓名 |
  公民身份号码 | 缴费基数 | 单位缴纳 | 个人缴纳 | 备注 (the holder one row among 8-15 colleagues, whose
  names and ID numbers are distractors), 本页合计, 制表人 and 打印时间, "第 k 页 共 n 页"; 4-8 months.
  One month's 备注 says 欠缴 for the holder (paid 0, the 应缴 amounts still printed); one or two
  months do not list the holder at all (joined later, or 停保 that month): no truth row for them.
  Truth: the holder's name and ID and one row per month the holder is listed, with the page's unit.
* si_phone_long_screenshot — ONE very tall phone screenshot (a 滚动长截图, 1080 px wide and
  5000-7000 px high, JPEG) of the 掌上12333 / 甘肃人社 app's 「缴费明细」 page: status bar, title bar,
  险种 tabs, the 参保人 card (ID masked on 掌上12333; on 甘肃人社 the eye icon tapped open, the
  number shown whole), a year selector, then per year a heading with "缴费单位：…" once (again at
  a unit change inside the year) and month rows "2023年05月  缴费基数 4800.00  个人缴纳 384.00
  已到账" (list rows or cards); a 未到账 month (still owed: paid 0); 中断 months absent; the list
  ends in "没有更多了" above the bottom tab bar. Clean (a screenshot is not photographed).
  Truth: name, the ID only where it is printed whole, the months listed.
Paper:
* pap_upside_down_stapled_scan — a journal first page laid UPSIDE DOWN on a flatbed scanner
  (the image turned 180°), still stapled to the pages behind it: the staple and its shadow in a
  corner, the lid's dark edge, and a faint mirror image of the reverse page showing through;
  the page itself has the usual running head "journal  YYYY年第N期  ISSN …  CN …" over a rule,
  title, byline, affiliation, 摘要/关键词/中图分类号, two-column body, 收稿日期 footnote.
Diploma:
* dip_1990s_zhongzhuan — a 1990s 中等专业学校 (中专) 毕业证书, the booklet's inside spread scanned:
  left the photo with the school's 钢印 embossed over its corner, "证书编号 No. 96210345" (the old
  short form: two-digit year, school, serial) and the provincial 教委's red 验印 stamp "中专毕业证书
  验印"; right "毕业证书" and the prose "学生X，性别男，一九七六年三月生，于一九九二年九月至一九九五年
  七月在本校工业与民用建筑专业学习，学制三年，修完教学计划规定的全部课程，成绩合格，准予毕业。",
  校长 with his name, the school and the date in Chinese numerals. Level is the contract's "中专".
Employer:
* emp_transfer_introduction_letter — a 工作调动介绍信 / 干部调动通知 printed from the 组织部 / 人社局
  system (text PDF): the 存根 (stub) above, the letter below, a dotted cut line between them with
  the number "第0123号" printed across it and the issuer's seal straddling it (骑缝章): "兹介绍X同志
  （公民身份号码…）由Y调入你单位工作，任W，请于YYYY年M月D日前报到" — the unit is the receiving
  unit Z (the letter's addressee, named in the stub's 调往单位), start_date the report date; Y
  (the old unit) and the issue and 存根 dates are distractors.
"""
from __future__ import annotations

import io
import math
import random
from datetime import date, timedelta

import pymupdf
from PIL import Image, ImageOps

from . import fonts
from .draw import A4, A4L, RED, Paper, Sheet
from .facts import NAMES_F, NAMES_M, REGIONS, UNITS, contribution_history, id_check, months
from .fam_papers import AFFIL
from .fam_round7 import SENT7, _byline, _print_date, _truth_rows, _yuan
from .fam_round13 import _clerk
from .registry import Drawn, family, fdate, hz_num, hz_year

GREY = (0.35, 0.35, 0.35)
LIGHT = (0.55, 0.55, 0.55)
STEEL = (0.55, 0.55, 0.55)   # a 钢印 scans as a grey ring
INK = (0.1, 0.14, 0.5)
ORANGE = (0.85, 0.45, 0.05)
GREEN = (0.1, 0.55, 0.3)
APPBLUE = (0.1, 0.42, 0.85)


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _colleague_id(rng: random.Random, male: bool) -> str:
    birth = date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
    seq = rng.randrange(0, 100) * 10 + (rng.choice((1, 3, 5, 7, 9)) if male else rng.choice((0, 2, 4, 6, 8)))
    body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{seq:03d}"
    return body + id_check(body)


# --------------------------------------------------------------------------
# a unit's 缴费人员花名册, one page per month (text)
# --------------------------------------------------------------------------

ROSTER_TITLES = ("社会保险费缴费人员花名册", "单位职工社会保险缴费明细表", "城镇企业职工基本养老保险缴费人员明细表")


@family("si_unit_roster_month_pages", "social_insurance", "text",
        "a UNIT's 社会保险缴费人员花名册 / 单位职工缴费明细表 printed by its HR from the 社保 system, ONE PAGE PER MONTH: page "
        "header with 单位名称/单位编号 and '费款所属期：2023年05月', table 序号|姓名|公民身份号码|缴费基数|单位缴纳|个人缴纳|备注 "
        "of 8-15 employees (colleagues' names and IDs are distractors), 本页合计, 制表人/打印时间, '第 k 页 共 n 页'; 4-8 "
        "months; the holder's 备注 欠缴 one month (paid 0), the holder absent from one or two months (no truth row)")
def si_unit_roster_month_pages(p: dict, rng: random.Random, face: str) -> Drawn:
    n = rng.randint(4, 8)
    end = rng.choice(("2023-06", "2023-12", "2024-03", "2024-05"))
    t = int(end[:4]) * 12 + int(end[5:7]) - 1 - (n - 1)
    ms = months(rng, _ym(t // 12, t % 12 + 1), n)
    unit = p["unit"]
    code = f"62{rng.randint(10 ** 8, 10 ** 9 - 1)}"
    # colleagues: a stable staff list, one or two joining or leaving over the months
    k = rng.randint(8, 14)
    pool = [nm for nm in NAMES_M + NAMES_F if nm != p["name"]]
    staff = []
    for nm in rng.sample(pool, k):
        base = rng.choice((3600, 3877, 4120.5, 4500, 4800, 5231, 5600, 6000, 6800, 7350.6, 8200))
        staff.append({"name": nm, "id": _colleague_id(rng, nm in NAMES_M), "base": base,
                      "from": 0, "to": n})
    for c in rng.sample(staff, rng.randint(1, 2)):
        if rng.random() < 0.5:
            c["from"] = rng.randint(1, n - 1)
        else:
            c["to"] = rng.randint(1, n - 1)
    # the holder: absent one or two months (joined later, or 停保 a month), 欠缴 one other month
    absent: set[int] = set()
    if rng.random() < 0.5:
        absent = set(range(rng.randint(1, 2)))
    else:
        absent = {rng.randint(1, n - 2)}
    owed = rng.choice([i for i in range(n) if i not in absent])
    hbase = rng.choice((3877.0, 4120.5, 4500.0, 4800.0, 5231.0, 6000.0))
    base_of = []
    for i, m in enumerate(ms):
        if i and m.endswith("-01"):
            hbase = round(hbase * rng.choice((1.04, 1.06, 1.08)), rng.choice((0, 0, 1)))
        base_of.append(hbase)
    insert_at = rng.randint(0, k)    # the holder's place in the list (by 人员编号, not alphabetical)
    title = rng.choice(ROSTER_TITLES)
    kind = rng.choice(("企业职工基本养老保险", "企业职工基本养老保险", "养老、失业、工伤"))
    mstyle = rng.choice(("cn0", "cn0", "compact"))
    last = ms[-1]
    printed = _print_date([{"month": last}], rng)
    clerk = _clerk(rng, p["name"])
    paper = Paper(face, A4, pages=0)
    W, H = A4
    x0, x1 = 42.0, W - 42.0
    wd = [30, 58, 136, 68, 72, 72]
    wd.append(x1 - x0 - sum(wd))
    head = ["序号", "姓名", "公民身份号码", "缴费基数", "单位缴纳", "个人缴纳", "备注"]
    al = ["center", "center", "center", "right", "right", "right", "center"]
    truth_rows = []
    for i, m in enumerate(ms):
        s = paper.add_page()
        s.text(W / 2, 58, title, 16, align="center", track=2)
        s.text(x0, 86, f"单位名称：{unit}", 9.5)
        s.text(x1, 86, f"单位编号：{code}", 9.5, align="right")
        s.text(x0, 104, f"费款所属期：{fdate(m, mstyle, month=True)[0]}", 9.5)
        s.text(W / 2 + 10, 104, f"险种：{kind}", 9.5, align="center")
        s.text(x1, 104, "单位：元", 9.5, align="right")
        rows = []
        listed = [c for c in staff if c["from"] <= i < c["to"]]
        order: list = listed[:]
        if i not in absent:
            order.insert(min(insert_at, len(order)), "holder")
        tot_b = tot_u = tot_p = 0.0
        for j, c in enumerate(order, 1):
            if c == "holder":
                b = base_of[i]
                note = "欠缴" if i == owed else ""
                rows.append([str(j), p["name"], p["id_number"], _yuan(b), _yuan(b * 0.16), _yuan(b * 0.08), note])
                truth_rows.append({"month": m, "unit": unit, "base": b, "paid": 0 if i == owed else 1})
            else:
                b = c["base"]
                note = "新增" if c["from"] == i and i else ""
                rows.append([str(j), c["name"], c["id"], _yuan(b), _yuan(b * 0.16), _yuan(b * 0.08), note])
            tot_b += b
            tot_u += b * 0.16
            tot_p += b * 0.08
        y = s.table(x0, 114, wd, [head], 9.2, min_h=22, pad=3, align=["center"] * 7)
        y = s.table(x0, y, wd, rows, 8.8, min_h=20, pad=3, align=al)
        y = s.table(x0, y, [sum(wd[:3]), wd[3], wd[4], wd[5], wd[6]],
                    [[f"本页合计（{len(rows)}人）", _yuan(tot_b), _yuan(tot_u), _yuan(tot_p), ""]],
                    8.8, min_h=20, pad=3, align=["center", "right", "right", "right", "center"])
        s.para(x0, y + 20, "说明：单位缴纳按缴费基数的16%、个人缴纳按8%计算；备注“欠缴”为当月应缴未缴，“新增”为当月新增"
                           "参保人员；本表由单位自行打印，仅供核对。", x1 - x0, 8.2, leading=1.7)
        s.text(x0, H - 70, f"制表人：{clerk}", 9)
        s.text(W / 2, H - 70, f"打印时间：{fdate(printed, 'iso')[0]} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
               9, align="center")
        s.text(x1, H - 70, "单位（盖章）", 9, align="right")
        s.text(W / 2, H - 40, f"第 {i + 1} 页  共 {n} 页", 8, align="center", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(truth_rows)}
    return Drawn(paper, truth, printed, producer=rng.choice(("FineReport 10.0", "JasperReports Library version 6.20.0")))


# --------------------------------------------------------------------------
# one long phone screenshot of the 缴费明细 page (scan)
# --------------------------------------------------------------------------

_LW = 360.0   # the screenshot's width in points: 1080 px at 216 dpi
_APPS18 = (("掌上12333", "缴费明细", True), ("甘肃人社", "个人缴费明细", False))


@family("si_phone_long_screenshot", "social_insurance", "scan",
        "ONE very tall phone screenshot (滚动长截图, 1080 px wide, 5000-7000 px high) of the 掌上12333 / 甘肃人社 app's "
        "「缴费明细」 page: status bar, title bar, 险种 tabs, 参保人 card (ID masked on 掌上12333, shown whole on 甘肃人社), "
        "year selector, per year a heading and '缴费单位：…' once (again at a unit change), month rows '2023年05月  缴费基数 "
        "4800.00  个人缴纳 384.00  已到账' as list rows or cards, a 未到账 month (paid 0), 中断 months absent, "
        "'没有更多了' and the bottom tab bar; clean")
def si_phone_long_screenshot(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(22, 34))
    listed = [r for r in rows if r["status"] != "中断"]
    app, page_title, masked = rng.choice(_APPS18)
    cards = rng.random() < 0.5
    word = {"正常": "已到账", "补缴": "补缴到账", "欠费": "未到账"}
    row_h = 66.0 if cards else 46.0
    top = 24 + 44 + 34 + 128 + 40
    while True:   # the capture ends where the scrolling stopped: at most ~7000 px
        # the layout, newest first: (kind, value, height)
        items: list[tuple[str, object, float]] = []
        by_year: dict[str, list[dict]] = {}
        for r in listed:
            by_year.setdefault(r["month"][:4], []).append(r)
        for year in sorted(by_year, reverse=True):
            rs = list(reversed(by_year[year]))
            items.append(("year", (year, len(rs)), 34.0))
            cur = None
            for r in rs:
                if r["unit"] != cur:
                    items.append(("unit", r["unit"], 24.0))
                    cur = r["unit"]
                items.append(("row", r, row_h))
        height = top + sum(h for *_, h in items) + 60 + 56
        if height <= 2320 or len(listed) < 12:
            break
        listed = listed[1:]
    if all(r["paid"] for r in listed):   # one month still 未到账
        rng.choice(listed[-6:])["paid"] = 0
    for r in listed:
        if not r["paid"]:
            r["status"] = "欠费"
    H = max(height, 1680.0)
    paper = Paper(face, (_LW, H))
    s = paper[0]
    s.box(0, 0, _LW, H, width=0, grey=0.95, fill=0.95)
    # status bar
    taken = _print_date(rows, rng)
    s.text(18, 16, f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", 9.5)
    s.box(_LW - 38, 7, _LW - 18, 16, width=0.6, grey=0.2)
    s.box(_LW - 37, 8, _LW - 37 + 18 * rng.uniform(0.3, 0.95), 15, width=0, grey=0.2, fill=0.2)
    s.text(_LW - 44, 16, "5G", 8, align="right")
    # title bar
    s.box(0, 24, _LW, 68, width=0, grey=1.0, fill=1.0)
    s.text(14, 52, "‹", 18)
    s.text(_LW / 2, 51, page_title, 12.5, align="center")
    s.text(_LW - 14, 50, "···", 11, align="right")
    # tabs
    s.box(0, 68, _LW, 102, width=0, grey=1.0, fill=1.0)
    for i, tname in enumerate(("养老保险", "医疗保险", "失业保险", "工伤保险")):
        tx = _LW * (i + 0.5) / 4
        s.text(tx, 89, tname, 10, align="center", color=APPBLUE if i == 0 else LIGHT)
        if i == 0:
            s.page.draw_line((tx - 16, 98), (tx + 16, 98), color=APPBLUE, width=2)
    # 参保人 card
    y = 110.0
    s.page.draw_rect(pymupdf.Rect(10, y, _LW - 10, y + 118), color=None, fill=APPBLUE, radius=0.06)
    white = (1.0, 1.0, 1.0)
    s.text(24, y + 26, p["name"], 14, color=white)
    idn = (p["id_number"][:4] + "*" * 10 + p["id_number"][-4:]) if masked else p["id_number"]
    s.text(24, y + 50, f"社会保障号码：{idn}", 10, color=white)
    eye = pymupdf.Rect(_LW - 40, y + 41, _LW - 24, y + 51)
    s.page.draw_oval(eye, color=white, width=1)
    if masked:
        s.page.draw_line((_LW - 40, y + 52), (_LW - 24, y + 40), color=white, width=1)
    s.text(24, y + 72, f"参保险种：企业职工基本养老保险", 9.5, color=white)
    s.text(24, y + 92, f"参保地：{rng.choice(('兰州新区', '甘肃省兰州市', '甘肃省本级'))}", 9.5, color=white)
    s.text(_LW - 24, y + 92, f"累计缴费 {sum(r['paid'] for r in rows)} 个月", 9.5, align="right", color=white)
    y += 128
    # year selector
    s.box(0, y, _LW, y + 34, width=0, grey=1.0, fill=1.0)
    s.text(16, y + 22, "缴费年度", 10, color=GREY)
    yrs = sorted(by_year, reverse=True)
    s.text(_LW - 16, y + 22, f"全部（{yrs[-1]}—{yrs[0]}） ▾", 10, align="right")
    y += 40
    for kind, v, h in items:
        if kind == "year":
            year, cnt = v
            s.text(16, y + 23, f"{year}年", 12.5)
            s.text(_LW - 16, y + 23, f"共{cnt}条", 9, align="right", color=LIGHT)
        elif kind == "unit":
            s.text(16, y + 16, f"缴费单位：{v}", 9.2, color=GREY)
        else:
            r = v
            st = word[r["status"]]
            col = GREEN if r["paid"] else ORANGE
            mtxt = fdate(r["month"], "cn0", month=True)[0]
            if cards:
                s.page.draw_rect(pymupdf.Rect(10, y + 3, _LW - 10, y + h - 3), color=None, fill=(1, 1, 1),
                                 radius=0.08)
                s.text(22, y + 23, mtxt, 11)
                s.text(_LW - 22, y + 23, st, 10, align="right", color=col)
                s.text(22, y + 48, f"缴费基数 {_yuan(r['base'])}", 9.5, color=GREY)
                s.text(_LW - 22, y + 48, f"个人缴纳 {_yuan(r['base'] * 0.08)}", 9.5, align="right", color=GREY)
            else:
                s.box(0, y, _LW, y + h, width=0, grey=1.0, fill=1.0)
                s.line(16, y + h - 0.5, _LW, y + h - 0.5, width=0.4, grey=0.9)
                s.text(16, y + 19, mtxt, 10.5)
                s.text(16, y + 36, f"缴费基数 {_yuan(r['base'])}", 8.8, color=LIGHT)
                s.text(_LW - 80, y + 28, f"个人缴纳 {_yuan(r['base'] * 0.08)}", 9.2, align="right")
                s.text(_LW - 16, y + 28, st, 9.5, align="right", color=col)
        y += h
    s.text(_LW / 2, y + 30, "— 没有更多了 —", 9, align="center", color=LIGHT)
    # bottom tab bar of the app
    s.box(0, H - 56, _LW, H, width=0, grey=1.0, fill=1.0)
    s.line(0, H - 56, _LW, H - 56, width=0.4, grey=0.85)
    for i, tname in enumerate(("首页", "服务", "消息", "我的")):
        s.text(_LW * (i + 0.5) / 4, H - 24, tname, 9, align="center", color=APPBLUE if i == 1 else LIGHT)
    s.page.draw_line((_LW / 2 - 50, H - 6), (_LW / 2 + 50, H - 6), color=(0, 0, 0), width=3)
    truth = {"name": p["name"], "contribution": _truth_rows(listed)}
    if not masked:
        truth["id_number"] = p["id_number"]
    return Drawn(paper, truth, taken, dpi=216, level=0)


# --------------------------------------------------------------------------
# a journal first page scanned upside down, stapled, with show-through (scan)
# --------------------------------------------------------------------------

COLUMN18 = ("试验研究", "工程技术", "研究与探讨", "设计与施工", "环境与资源")


def _issue18(p: dict, rng: random.Random) -> tuple[int, int, int]:
    per, y = p["issues_per_year"], p["pub_year"]
    n = rng.randint(1, per)
    return y, n, {12: n, 24: (n + 1) // 2, 6: 2 * n, 4: 3 * n}[per]


def _reverse_page(face: str, rng: random.Random, size: tuple[float, float]) -> Image.Image:
    """The reverse side (the article's page 2), as the light coming through the sheet shows it:
    mirrored, faint, a little blurred."""
    back = Paper(face, size)
    b = back[0]
    W, H = size
    b.text(W - 60, 44, str(rng.randint(20, 200)), 9, align="right")
    b.line(60, 50, W - 60, 50, width=0.6)
    col = (W - 140) / 2
    for x in (60, 60 + col + 20):
        yy = 76.0
        for line in b.wrap("".join(rng.choice(SENT7) for _ in range(40)), col, 9.5):
            if yy > H - 70:
                break
            b.text(x, yy, line, 9.5)
            yy += 16
    back._flush()
    pix = back.doc[0].get_pixmap(dpi=60, colorspace=pymupdf.csGRAY, alpha=False)
    back.close()
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    img = ImageOps.mirror(img)
    lo = rng.randint(222, 234)
    return img.point([round(lo + (255 - lo) * v / 255) for v in range(256)])


@family("pap_upside_down_stapled_scan", "paper", "scan",
        "journal first page laid UPSIDE DOWN on a flatbed (image turned 180°) and still stapled: staple and its shadow in a "
        "corner, the lid's dark edge, a faint mirrored show-through of the reverse page; on the page the usual running head "
        "'journal  YYYY年第N期  ISSN …  CN …', title, byline, affiliation, 摘要/关键词/中图分类号, two-column body, 收稿日期 "
        "footnote")
def pap_upside_down_stapled_scan(p: dict, rng: random.Random, face: str) -> Drawn:
    y, n, m = _issue18(p, rng)
    names = p["authors"]
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 60.0, W - 60.0
    gap = rng.choice(("  ", "    "))
    page1 = rng.randint(20, 180)
    # a monthly's 第N期 is its month; other journals print the month beside the issue
    when = f"{y}年第{n}期" if p["issues_per_year"] == 12 else f"{y}年{m}月{gap}第{n}期"
    head = f"{p['journal']}{gap}{when}{gap}ISSN {p['issn']}{gap}CN {p['cn']}"
    if rng.random() < 0.5:
        s.text(x0, 44, head, 9)
        s.text(x1, 44, str(page1), 9, align="right")
    else:
        s.text(x0, 44, str(page1), 9)
        s.text(x1, 44, head, 9, align="right")
    s.line(x0, 50, x1, 50, width=0.8)
    s.line(x0, 52.5, x1, 52.5, width=0.3)
    s.text(x0, 72, f"【{rng.choice(COLUMN18)}】", 9.5)
    yy = 104.0
    for line in s.wrap(p["paper_title"], x1 - x0 - 40, 18):
        s.text(W / 2, yy, line, 18, align="center")
        yy += 26
    insts = rng.sample(AFFIL, min(len(names), rng.randint(1, 2)))
    marks = [str(rng.randint(1, len(insts))) if len(insts) > 1 else "" for _ in names]
    _byline(s, W / 2, yy + 8, names, marks, 12, rng.choice(("，", "  ")), 7)
    yy += 30
    for i, a in enumerate(insts):
        s.text(W / 2, yy, f"（{str(i + 1) + '. ' if len(insts) > 1 else ''}{a}）", 8.8, align="center")
        yy += 14
    yy += 12
    yy = s.para(x0 + 18, yy, "摘  要：" + "".join(rng.sample(SENT7, 4)), x1 - x0 - 36, 9, leading=1.6)
    yy = s.para(x0 + 18, yy, "关键词：" + "；".join(rng.sample(("湿陷性黄土", "冻融循环", "数值模拟", "现场监测", "变形规律",
                                                           "寒旱区", "再生水"), 4)), x1 - x0 - 36, 9, leading=1.6)
    s.text(x0 + 18, yy, f"中图分类号：TU{rng.randint(100, 999)}    文献标志码：A    "
                        f"文章编号：{p['issn']}({y}){n:02d}-{page1:04d}-0{rng.randint(4, 7)}", 8.6)
    yy += 26
    col = (x1 - x0 - 20) / 2
    foot = H - 92
    for i, x in enumerate((x0, x0 + col + 20)):
        text = ("0 引言" if i == 0 else "") + "".join(rng.choice(SENT7) for _ in range(30))
        ly = yy
        for j, line in enumerate(s.wrap(text, col, 9.2, first=18.4)):
            if ly > foot - 12:
                break
            s.text(x + (18.4 if i == 0 and j == 0 else 0), ly, line, 9.2)
            ly += 15
    s.line(x0, foot, x0 + 120, foot, width=0.5)
    recv = date(y, m, 1) - timedelta(days=rng.randint(90, 300))
    s.text(x0, foot + 14, f"收稿日期：{recv:%Y-%m-%d}", 7.8)
    s.text(x0, foot + 26, f"基金项目：甘肃省科技计划项目（{rng.randint(y - 4, y - 1) % 100}JR{rng.randint(1, 9)}RA{rng.randint(100, 999)}）",
           7.8)
    s.text(x0, foot + 38, f"作者简介：{names[0]}（{rng.randint(1975, 1996)}—），{'男' if names[0] in NAMES_M else '女'}，"
                          f"甘肃兰州人，工程师，主要从事{rng.choice(('岩土工程', '市政工程', '环境工程'))}研究。", 7.8)
    # the flatbed: a new page, the sheet laid upside down on the glass
    paper._flush()
    src = pymupdf.open()
    src.insert_pdf(paper.doc)
    paper.doc.delete_page(0)
    paper.doc.new_page(pno=0, width=W, height=H)
    pg = paper.doc[0]
    glass = pymupdf.Rect(0, 0, W, H)
    pg.draw_rect(glass, color=None, fill=(0.97, 0.97, 0.97))
    # the sheet a little smaller than the glass and off square
    dx, dy = rng.uniform(4, 14), rng.uniform(4, 14)
    sheet = pymupdf.Rect(dx, dy, W - rng.uniform(2, 10), H - rng.uniform(2, 10))
    pg.draw_rect(sheet, color=None, fill=(1, 1, 1))
    ghost = _reverse_page(face, rng, A4)
    # the reverse shows through upside down too: turn it with the sheet
    ghost = ghost.rotate(180)
    buf = io.BytesIO()
    ghost.save(buf, format="PNG")
    pg.insert_image(sheet, stream=buf.getvalue(), keep_proportion=False)
    angle = 180 + rng.uniform(-0.8, 0.8)
    pg.show_pdf_page(sheet, src, 0, rotate=angle)
    # the lid's dark edge along one side of the glass
    edge = rng.choice(("left", "right", "bottom"))
    dark = (0.18, 0.18, 0.18)
    if edge == "left":
        pg.draw_rect(pymupdf.Rect(0, 0, 3 + dx * 0.4, H), color=None, fill=dark)
    elif edge == "right":
        pg.draw_rect(pymupdf.Rect(W - 6, 0, W, H), color=None, fill=dark)
    else:
        pg.draw_rect(pymupdf.Rect(0, H - 6, W, H), color=None, fill=dark)
    # the staple: at the sheet's top left, now at the bottom right, diagonal, with its shadow and the
    # corner of the pages behind
    cx, cy = sheet.x1 - rng.uniform(18, 26), sheet.y1 - rng.uniform(18, 26)
    a = math.radians(rng.choice((45, 135)) + rng.uniform(-10, 10))
    ux, uy = math.cos(a) * 12, math.sin(a) * 12
    pg.draw_line((cx - ux + 1.5, cy - uy + 2), (cx + ux + 1.5, cy + uy + 2), color=(0.55, 0.55, 0.55), width=3.2)
    pg.draw_line((cx - ux, cy - uy), (cx + ux, cy + uy), color=(0.25, 0.25, 0.25), width=2.0)
    pg.draw_line((cx - ux * 0.9, cy - uy * 0.9), (cx + ux * 0.9, cy + uy * 0.9), color=(0.7, 0.7, 0.7), width=0.5)
    for sx in (-1, 1):
        pg.draw_circle((cx + sx * ux, cy + sx * uy), 1.4, color=None, fill=(0.2, 0.2, 0.2))
    # the pages behind bend up at the stapled corner: a grey wedge
    wedge = [pymupdf.Point(sheet.x1, sheet.y1 - 44), pymupdf.Point(sheet.x1, sheet.y1),
             pymupdf.Point(sheet.x1 - 44, sheet.y1)]
    pg.draw_polyline(wedge + [wedge[0]], color=None, fill=(0.82, 0.82, 0.82), fill_opacity=0.5)
    paper.sheets[0] = Sheet(paper, 0)
    paper._kept = src
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": p["journal"], "issn": p["issn"],
             "cn": p["cn"], "published": f"{y:04d}-{m:02d}"}
    return Drawn(paper, truth, f"{y}-{m:02d}-15", dpi=rng.choice((150, 160)), level=1)


# --------------------------------------------------------------------------
# a 1990s 中等专业学校 (中专) 毕业证书, booklet inside spread (scan)
# --------------------------------------------------------------------------

# 中专 schools of the 1990s (name, two-digit code on the certificate) and their 中专 majors
ZZ_SCHOOLS = (("甘肃省建筑工程学校", "21", ("工业与民用建筑", "建筑工程预算", "给水排水")),
              ("兰州石油化工学校", "23", ("石油炼制", "化工机械", "工业分析")),
              ("甘肃省水利水电学校", "26", ("水利水电工程建筑", "农田水利工程", "给水排水")),
              ("甘肃省林业学校", "27", ("林业", "园林", "森林保护")),
              ("甘肃省交通学校", "31", ("公路与桥梁", "汽车运用与维修", "工程测量")),
              ("甘肃省电力学校", "34", ("发电厂及电力系统", "电力系统继电保护", "输配电线路")),
              ("甘肃省财政学校", "38", ("财务会计", "财政", "税收")))
PRINCIPALS18 = ("王建华", "李振国", "张世杰", "刘德明", "杨生荣", "陈志刚", "马国祥", "赵万里")


@family("dip_1990s_zhongzhuan", "diploma", "scan",
        "1990s 中等专业学校 (中专) 毕业证书, booklet inside spread scanned: left the photo with the school's 钢印 over its corner, "
        "'证书编号 No. 96210345' (old short form: year, school, serial) and the provincial 教委's red 验印 stamp '中专毕业证书"
        "验印'; right '毕业证书' and '学生X，性别男，一九七六年三月生，于一九九二年九月至一九九五年七月在本校…专业学习，学制三年，"
        "修完教学计划规定的全部课程，成绩合格，准予毕业。', 校长, school and 汉字 date")
def dip_1990s_zhongzhuan(p: dict, rng: random.Random, face: str) -> Drawn:
    school, code, majors = rng.choice(ZZ_SCHOOLS)
    major = rng.choice(majors)
    years = rng.choice((3, 3, 4))
    grad_y = rng.randint(1992, 1999)
    start_y = grad_y - years
    birth = date(start_y - rng.randint(15, 17), rng.randint(1, 12), rng.randint(1, 28))
    start = f"{start_y}-09"
    grad = f"{grad_y}-{rng.choice(('07', '07', '06')):s}"
    number = f"{grad_y % 100:02d}{code}{rng.randint(1, 9999):04d}"
    principal = rng.choice(PRINCIPALS18)
    issued = f"{grad}-{rng.choice((1, 10, 15, 20, 30)):02d}"
    style = rng.choice(("hz", "hz_ling"))
    b_s = fdate(birth.isoformat(), style, month=True)[0]
    st_s = fdate(start, style, month=True)[0]
    gr_s = fdate(grad, style, month=True)[0]
    is_s = fdate(issued, style)[0]
    paper = Paper(face, A4L)
    s = paper[0]
    W, H = A4L
    # the booklet's inside spread on a scanner lid: two pages, the fold in the middle, a printed frame each
    s.box(0, 0, W, H, width=0, grey=0.3, fill=0.3)
    s.page.draw_rect(pymupdf.Rect(24, 30, W - 24, H - 30), color=None, fill=(0.97, 0.95, 0.88))
    mid = W / 2
    for x0, x1 in ((40, mid - 16), (mid + 16, W - 40)):
        s.page.draw_rect(pymupdf.Rect(x0, 46, x1, H - 46), color=(0.55, 0.2, 0.15), width=2.2)
        s.page.draw_rect(pymupdf.Rect(x0 + 6, 52, x1 - 6, H - 52), color=(0.55, 0.2, 0.15), width=0.5)
    s.page.draw_line((mid, 30), (mid, H - 30), color=(0.7, 0.68, 0.62), width=3)
    # left page: photo, 钢印, number, 验印
    pw, ph = 96.0, 128.0
    px, py = (40 + mid - 16) / 2 - pw / 2, 104.0
    s.photo(px, py, pw, ph)
    s.seal(px + pw - 6, py + ph - 10, 30, school, color=STEEL)
    left_c = (40 + mid - 16) / 2
    s.text(left_c, py + ph + 40, f"证书编号  No. {number}", 12, align="center", color=(0.7, 0.1, 0.1))
    # the 省教委's 验印 stamp: a red rectangle with three lines
    vx, vy = left_c - 78, py + ph + 66
    s.page.draw_rect(pymupdf.Rect(vx, vy, vx + 156, vy + 62), color=RED, width=1.4)
    s.text(left_c, vy + 18, "甘肃省教育委员会", 10.5, align="center", color=RED)
    s.text(left_c, vy + 36, "中专毕业证书验印", 10.5, align="center", color=RED)
    s.text(left_c, vy + 54, f"{grad_y}年", 9.5, align="center", color=RED)
    # right page: title and prose
    rx0, rx1 = mid + 44, W - 68
    s.text((rx0 + rx1) / 2, 104, "毕 业 证 书", 26, align="center", track=6)
    he = "男" if p["gender"] == "男" else "女"
    text = (f"学生{p['name']}，性别{he}，{b_s}生，于{st_s}至{gr_s}在本校{major}专业学习，"
            f"学制{hz_num(years)}年，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = s.para(rx0, 156, text, rx1 - rx0, 14, leading=2.1, indent=28)
    y = max(y + 24, 380.0)
    s.text(rx0 + 10, y, f"校长：{principal}", 13)
    s.text(rx1, y + 30, school, 14, align="right")
    s.seal(rx1 - s.width(school, 14) / 2, y + 20, 44, school)
    s.text(rx1, y + 60, is_s, 13, align="right")
    s.text(rx0, H - 62, f"甘肃省教育委员会监制    {hz_year(grad_y - 1)}年印", 7.5, color=GREY)
    truth = {"name": p["name"], "gender": p["gender"], "birth_date": birth.isoformat()[:7], "school": school,
             "major": major, "level": "中专", "start_date": start, "graduation_date": grad,
             "certificate_no": number}
    return Drawn(paper, truth, issued, dpi=rng.choice((130, 140)), level=rng.choice((1, 1, 2)))


# --------------------------------------------------------------------------
# 工作调动介绍信 with its 存根 and a 骑缝章 (text)
# --------------------------------------------------------------------------

ISSUERS18 = (("中共兰州新区工作委员会组织部", "新组调字", "干部调动介绍信"),
             ("兰州新区人力资源和社会保障局", "新人社调字", "工作调动介绍信"),
             ("兰州市人力资源和社会保障局", "兰人社调字", "工作调动介绍信"),
             ("永登县人力资源和社会保障局", "永人社调字", "工作调动通知"))
FROM18 = ("永登县住房和城乡建设局", "皋兰县水务局", "榆中县第一人民医院", "临夏州建筑勘察设计院",
          "天水市公路管理局", "武威市凉州区城市建设投资有限公司", "定西市交通运输局")


@family("emp_transfer_introduction_letter", "employment_proof", "text",
        "工作调动介绍信 / 干部调动介绍信 printed from the 组织部/人社局 system: 存根 (stub) above and letter below, a dotted cut "
        "line between with the number '第0123号' across it and the issuer's seal straddling it (骑缝章); '兹介绍X同志（公民身份号码"
        "…）…由Y调入你单位工作，任W，请于YYYY年M月D日前报到' — unit = the receiving unit Z (addressee, 调往单位 in the stub), "
        "start = the report date; Y (old unit), issue and 存根 dates as distractors")
def emp_transfer_introduction_letter(p: dict, rng: random.Random, face: str) -> Drawn:
    issuer, prefix, title = rng.choice(ISSUERS18)
    to = p["unit"]
    frm = rng.choice([u for u in list(FROM18) + list(UNITS) if u != to])
    post = p["position"]
    ws = date.fromisoformat(p["work_start"])
    ry = min(ws.year + rng.randint(1, 6), 2024) if ws.year < 2024 else ws.year
    report = date(ry, rng.randint(1, 12), rng.randint(1, 28))
    issued = report - timedelta(days=rng.randint(7, 20))
    style = rng.choice(("cn", "cn", "cn0"))
    rep_s, rep_t = fdate(report.isoformat(), style)
    iss_s = fdate(issued.isoformat(), "cn")[0]
    no = f"{prefix}〔{report.year}〕{rng.randint(1, 260)}号"
    serial = f"{rng.randint(1, 999):04d}"
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 62.0, W - 62.0
    # 存根
    s.text(W / 2, 60, f"{title}（存根）", 15, align="center", track=2)
    s.text(x1, 82, no, 9.5, align="right")
    stub = [f"姓    名：{p['name']}      性别：{p['gender']}",
            f"公民身份号码：{p['id_number']}",
            f"原工作单位：{frm}",
            f"调往单位：{to}",
            f"拟任岗位：{post}",
            f"报到时限：{rep_s}前",
            f"经 办 人：{_clerk(rng, p['name'])}        开具日期：{iss_s}"]
    y = 108.0
    for line in stub:
        s.text(x0 + 10, y, line, 10.5)
        y += 21
    # the cut line, the number across it, the seal straddling it
    cut = y + 14
    xx = x0 - 20
    while xx < x1 + 20:
        s.line(xx, cut, xx + 4, cut, width=0.7)
        xx += 8
    s.text(W / 2 - 60, cut + 4, f"（{prefix}）第{serial}号", 11, align="center")
    s.text(x0 - 20, cut - 4, "✂", 9)
    s.seal(W / 2 + 110, cut, 42, issuer)
    # the letter
    y = cut + 62
    s.text(W / 2, y, title, 20, align="center", track=4)
    y += 26
    s.text(x1, y, no, 10, align="right")
    y += 34
    s.text(x0, y, f"{to}：", 12.5)
    y += 30
    text = (f"兹介绍{p['name']}同志（公民身份号码：{p['id_number']}）由{frm}调入你单位工作，任{post}。"
            f"请于{rep_s}前报到。该同志的工资关系、人事档案另行转递。")
    y = s.para(x0, y, text, x1 - x0, 12.5, leading=2.0, indent=25)
    y = s.para(x0, y + 4, "特此介绍。", x1 - x0, 12.5, indent=25)
    s.text(x0 + 25, y + 20, "此致", 12.5)
    s.text(x0, y + 46, "敬礼！", 12.5)
    s.text(x1 - 10, y + 104, issuer, 12.5, align="right")
    s.text(x1 - 10, y + 130, iss_s, 12.5, align="right")
    s.seal(x1 - 10 - s.width(issuer, 12.5) / 2, y + 108, 44, issuer)
    s.text(x0, H - 72, f"（有效期{hz_num(rng.choice((15, 30)))}天）", 9.5, color=GREY)
    s.text(x0, H - 54, f"联系电话：0931-{rng.randint(5100000, 8999999)}", 9.5, color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": to, "position": post, "start_date": rep_t}
    return Drawn(paper, truth, issued.isoformat(), producer=rng.choice(("Microsoft: Print To PDF", "WPS 文字")))
