"""Ninth round of held-out families (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents'
layouts and wording without looking at the parsers.

Social insurance:
* si_medpension_grid — a 社保经办机构 window's combined "社会保险参保证明（医疗、养老）"
  (text PDF): 参保人基本信息 ruled box (姓名 / 性别 / 公民身份号码 / 个人编号 / 现参保单位),
  "一、医疗保险参保情况" as a small 险种 | 参保状态 | 参保起始年月 | 本年缴费基数 | 累计缴费月数
  table (职工基本医疗 and 大额医疗补助; its 基数 is the medical base, a distractor), then
  "二、基本养老保险缴费明细" where the months run two to a row across a four-column grid
  "年月 | 缴费基数 | 年月 | 缴费基数" (row by row, left cell then right cell), one grid per
  paying unit under a spanning "缴费单位：… 缴费起止：2019.03—2021.05" row. An owed month's
  base carries "（欠）" (paid 0), a 补缴 month's "（补）" (paid 1); a legend explains both.
  中断 months are simply absent (the next cell holds the next printed month). Truth: one
  contribution per printed month, unit = the grid's heading unit, base = the printed base.
* si_bank_dotmatrix — a "社会保险个人缴费历史明细" printed at a 邮政储蓄银行 / 农村商业银行 counter
  (代收社保费) on a 针式打印机: 241 mm continuous paper with sprocket holes and perforations,
  ribbon-grey mono ASCII and 宋体 CJK with visible dot rows, photographed on a desk.
  Columns 费款所属期 | 缴费工资 | 单位应缴 | 个人应缴 | 实缴标志 | 单位名称; "Y" = paid, "N" =
  unpaid (owed, paid 0), 补缴 months are ordinary "Y" rows; 中断 months absent. Truth:
  base = 缴费工资, unit = the row's 单位名称.
Papers:
* pap_footer_box_photo — a photographed first page of a 专业期刊 with NO running head: only a
  boxed 栏目 tag top left; the title in 黑体 centred; the byline with superscript numbers
  (pictures, as in a photo) and numbered affiliations "（1. …；2. …）"; 摘要 / 关键词 /
  中图分类号 / 文献标志码 (no 文章编号); two columns; the 收稿日期 footnote; and at the very
  bottom a ruled 页脚 box of three cells: journal | "2021年第8期" (monthly) or
  "2021年8月 第4期" (other periodicities) | "ISSN 1000-8942". No CN anywhere. Truth:
  title, authors, journal, issn, published (month from the periodicity).
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pymupdf

from . import fonts
from .draw import A4, RED, Paper
from .facts import JOURNALS, contribution_history, issn
from .fam_round7 import AFF7, KEYW7, SENT7, _body7, _byline, _gender, _photograph, _print_date, _truth_rows, _yuan
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)


def _clerk(rng: random.Random, *avoid: str) -> str:
    return rng.choice([c for c in ("马海燕", "周淼", "李建军", "冯雪", "何培元", "闫雯雯", "苏璟瑜") if c not in avoid])


# --------------------------------------------------------------------------
# 参保证明（医疗、养老）with a four-column month grid (text)
# --------------------------------------------------------------------------

AGENCIES9 = ("兰州新区社会保险事业服务中心", "兰州市社会保险事业管理局", "甘肃省社会保险事业服务中心")


@family("si_medpension_grid", "social_insurance", "text",
        "社会保险参保证明（医疗、养老）window print: 基本信息 box, 医疗保险参保情况 table (its own 基数), then 养老保险缴费明细 "
        "as a four-column grid '年月|缴费基数|年月|缴费基数' (two months a row, row-wise), one grid per unit under a "
        "'缴费单位：… 缴费起止：…' row, （欠）/（补） marks after the base, 中断 months absent")
def si_medpension_grid(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    agency = rng.choice(AGENCIES9)
    mstyle = rng.choice(("iso", "compact", "cn0", "dot"))
    pension = rng.choice(("企业职工基本养老保险", "机关事业单位基本养老保险"))
    paper = Paper(face, A4, pages=0)
    x0 = 48
    width = A4[0] - 2 * x0
    s = paper.add_page()
    s.text(s.w / 2, 70, "社会保险参保证明（医疗、养老）", 17, align="center", track=1)
    s.text(x0, 96, f"证明编号：{printed[:4]}{rng.randrange(10**7, 10**8)}", 9)
    s.text(s.w - x0, 96, f"打印日期：{fdate(printed, 'cn')[0]}", 9, align="right")
    cur = listed[-1]["unit"]
    y = s.table(x0, 104, [70, 100, 80, width - 250],
                [["姓    名", p["name"], "公民身份号码", p["id_number"]],
                 ["性    别", p["gender"], "个人编号", str(rng.randrange(10**9, 10**10))]], 9.5, min_h=21, align=["center", "left"] * 2)
    y = s.table(x0, y, [70, width - 70], [["现参保单位", cur]], 9.5, min_h=21, align=["center", "left"])
    s.text(x0, y + 24, "一、医疗保险参保情况", 11)
    med_base = _yuan(round(listed[-1]["base"] * rng.choice((1.0, 1.05, 1.1)), 0))
    med_start = fdate(listed[0]["month"], mstyle, month=True)[0]
    mw = [150, 70, 95, 95, width - 410]
    med_months = sum(r["paid"] for r in listed) + rng.randint(0, 12)
    y = s.table(x0, y + 32, mw, [["险    种", "参保状态", "参保起始年月", "本年缴费基数", "累计缴费月数"],
                                 ["职工基本医疗保险", "参保缴费", med_start, med_base, str(med_months)],
                                 ["大额医疗费用补助", "参保缴费", med_start, "—", str(med_months)]],
                9, min_h=19, align=["center"] * 5)
    s.text(x0, y + 24, f"二、{pension}缴费明细", 11)
    s.text(s.w - x0, y + 24, "单位：元", 8.5, align="right")
    gw = [80, width / 2 - 80, 80, width / 2 - 80]
    head = ["年  月", "缴费基数", "年  月", "缴费基数"]
    size, rh = 8.5, 16.5
    bottom = A4[1] - 70
    yy = y + 30

    def need(k: int) -> None:
        nonlocal s, yy
        if yy + k * rh > bottom:
            s = paper.add_page()
            s.text(x0, 52, f"姓名：{p['name']}    公民身份号码：{p['id_number']}    （续上页）", 8.5)
            yy = 62

    groups: list[list[dict]] = []
    for r in listed:
        if not groups or groups[-1][0]["unit"] != r["unit"]:
            groups.append([])
        groups[-1].append(r)
    mark = {0: "（欠）"}
    for g in groups:
        need(3)
        a = fdate(g[0]["month"], "dot", month=True)[0]
        b = fdate(g[-1]["month"], "dot", month=True)[0]
        yy = s.table(x0, yy, [width], [[f"缴费单位：{g[0]['unit']}      缴费起止：{a}—{b}"]], size, min_h=rh + 2,
                     pad=4, align=["left"])
        yy = s.table(x0, yy, gw, [head], size, min_h=rh, pad=2, align=["center"] * 4)
        for i in range(0, len(g), 2):
            need(1)
            cells = []
            for r in g[i:i + 2]:
                flag = mark.get(r["paid"], "（补）" if r["status"] == "补缴" else "")
                cells += [fdate(r["month"], mstyle, month=True)[0], _yuan(r["base"]) + flag]
            cells += [""] * (4 - len(cells))
            yy = s.table(x0, yy, gw, [cells], size, min_h=rh, pad=2, align=["center"] * 4)
    need(5)
    paid_n = sum(r["paid"] for r in listed)
    yy = s.para(x0, yy + 22, f"说明：1. 截至打印日期，该参保人{pension}累计实际缴费{paid_n}个月。2. 缴费基数后标“（欠）”"
                             "的月份为欠缴，未计入缴费年限；标“（补）”的月份为补缴。3. 中断期间无缴费记录，不予列示。"
                             "4. 本证明可通过扫描二维码或登录网上经办大厅核验真伪。",
                width - 120, 8.5, leading=1.7)
    s.box(s.w - x0 - 56, yy - 62, s.w - x0, yy - 6, width=0.4)
    for k in range(7):
        for m in range(7):
            if (k * 3 + m * 5 + k * m) % 3 == 0:
                s.box(s.w - x0 - 52 + k * 7, yy - 58 + m * 7, s.w - x0 - 45 + k * 7, yy - 51 + m * 7, width=0, fill=0)
    s.text(x0, yy + 14, f"经办人：{_clerk(rng, p['name'])}", 9)
    s.text(x0 + 150, yy + 14, f"验证码：{rng.randrange(10**11, 10**12)}", 9)
    s.text(s.w - x0 - 20, yy + 46, agency, 10, align="right")
    s.seal(s.w - x0 - 80, yy + 36, 42, agency)
    for i, sh in enumerate(paper.sheets):
        sh.text(sh.w / 2, sh.h - 30, f"第 {i + 1} 页，共 {len(paper.sheets)} 页", 8, align="center", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, producer=rng.choice(("FineReport 10.0", "iText 5.5.13")))


# --------------------------------------------------------------------------
# bank counter 缴费历史明细 on a dot-matrix printer, photographed (scan)
# --------------------------------------------------------------------------

BANKS9 = (("中国邮政储蓄银行", "兰州新区支行"), ("甘肃兰州农村商业银行", "新区中川支行"),
          ("中国邮政储蓄银行", "永登县支行"))
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
RIBBON = (0.22, 0.22, 0.27)


@family("si_bank_dotmatrix", "social_insurance", "scan",
        "银行/邮政 counter (代收社保费) 社会保险个人缴费历史明细 on a 针式打印机: continuous paper with sprocket holes, "
        "dot-row ribbon print, columns 费款所属期|缴费工资|单位应缴|个人应缴|实缴标志(Y/N)|单位名称, 中断 months absent; "
        "photographed on a desk")
def si_bank_dotmatrix(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(14, 40))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    bank, branch = rng.choice(BANKS9)
    w, h = 683.0, 120 + 11.5 * len(listed) + 170
    paper = Paper(face, (w, max(h, 560)))
    if Path(MONO).is_file():
        paper.font = pymupdf.Font(fontfile=MONO)
    s = paper[0]
    # continuous form: sprocket holes, perforations, faint tear line at the top
    for x in (14, w - 14):
        yy = 10.0
        while yy < s.h:
            s.page.draw_circle((x, yy), 3.2, color=(0.5, 0.5, 0.5), fill=(0.75, 0.75, 0.75), width=0.4)
            yy += 36
    for x in (30, w - 30):
        yy = 0.0
        while yy < s.h:
            s.line(x, yy, x, yy + 2.5, width=0.4, grey=0.6)
            yy += 5
    size = 8.2
    x0 = 46
    c = RIBBON
    s.text(w / 2, 42, f"{bank}{branch}  代收社会保险费", 10.5, align="center", color=c)
    s.text(w / 2, 62, "社会保险个人缴费历史明细", 13, align="center", color=c, track=2)
    s.text(x0, 86, f"网点号：{rng.randint(620000, 629999)}  柜员号：{rng.randint(1000, 9999)}  "
                   f"交易流水：{rng.randrange(10**11, 10**12)}", size, color=c)
    s.text(w - 46, 86, f"打印日期：{printed.replace('-', '')}", size, align="right", color=c)
    s.text(x0, 100, f"姓名：{p['name']}", size, color=c)
    s.text(x0 + 130, 100, f"证件号码：{p['id_number']}", size, color=c)
    s.text(w - 46, 100, "险种：110 企业职工基本养老保险", size, align="right", color=c)
    xs = [x0, x0 + 70, x0 + 142, x0 + 212, x0 + 282, x0 + 330]   # left edges
    rights = [None, x0 + 126, x0 + 198, x0 + 268, None, None]
    dash = "-" * 104
    s.text(x0, 114, dash, size, color=c)
    for i, t in enumerate(("费款所属期", "缴费工资", "单位应缴", "个人应缴", "实缴标志", "单位名称")):
        if rights[i]:
            s.text(rights[i], 126, t, size, align="right", color=c)
        else:
            s.text(xs[i], 126, t, size, color=c)
    s.text(x0, 137, dash, size, color=c)
    y = 150
    for r in listed:
        flag = "Y" if r["paid"] else "N"
        s.text(xs[0] + 6, y, r["month"].replace("-", ""), size, color=c)
        s.text(rights[1], y, _yuan(r["base"]), size, align="right", color=c)
        s.text(rights[2], y, _yuan(r["base"] * 0.16), size, align="right", color=c)
        s.text(rights[3], y, _yuan(r["base"] * 0.08), size, align="right", color=c)
        s.text(xs[4] + 14, y, flag, size, color=c)
        s.text(xs[5], y, r["unit"], size, color=c)
        y += 11.5
    s.text(x0, y - 2, dash, size, color=c)
    paid = [r for r in listed if r["paid"]]
    s.text(x0, y + 12, f"记录条数：{len(listed)}  实缴月数：{len(paid)}  未缴月数：{len(listed) - len(paid)}", size,
           color=c)
    s.text(x0, y + 25, f"个人实缴合计：{_yuan(sum(r['base'] * 0.08 for r in paid))}", size, color=c)
    s.text(x0, y + 38, "注：实缴标志 Y-已实缴 N-未实缴；本明细仅供参考，以社保经办机构记录为准。", size, color=c)
    s.text(w / 2, y + 56, "*****  以下空白  *****", size, align="center", color=c)
    s.seal(w - 130, y + 70, 40, f"{bank}{branch}")
    s.text(w - 130, y + 122, "业务专用章", 7.5, align="center", color=RED)
    # the dot rows of a 24-pin head: thin pale lines across the printed band
    yy = 30.0
    while yy < y + 60:
        s.line(40, yy, w - 40, yy, width=0.18, grey=0.97)
        yy += 0.9
    _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.6, 2.0), rng.uniform(0.88, 0.94),
                rng.uniform(0.3, 0.5))
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, dpi=rng.choice((170, 180, 190)), level=2)


# --------------------------------------------------------------------------
# 专业期刊 first page, journal/年期/ISSN only in a footer box, photographed (scan)
# --------------------------------------------------------------------------

SECTIONS9 = ("试验研究", "工程技术", "研究与探讨", "设计计算", "施工技术", "运行管理")


@family("pap_footer_box_photo", "paper", "scan",
        "专业期刊 first page photographed: no running head (a boxed 栏目 tag only), 黑体 title centred, byline with "
        "superscript numbers and numbered affiliations, and a ruled footer box at the very bottom: journal | "
        "'YYYY年第N期' (or 'YYYY年M月 第N期') | 'ISSN ….'; no CN")
def pap_footer_box_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    j, first7, _cn, per = next(x for x in JOURNALS if x[0] == p["journal"])
    sn = issn(first7)
    y = p["pub_year"]
    n = p["issue"]
    m = {12: n, 24: (n + 1) // 2, 6: 2 * n, 4: 3 * n}[per]
    names = p["authors"]
    affs = rng.sample(AFF7, 2 if len(names) > 1 and rng.random() < 0.6 else 1)
    marks = [("1" if i % 2 == 0 or len(affs) == 1 else "2") for i in range(len(names))]
    if len(affs) == 2 and "2" not in marks:
        marks[-1] = "2"
    if len(affs) == 2 and rng.random() < 0.3:
        marks[0] = "1,2"
    paper = Paper(face, A4)
    s = paper[0]
    s.box(0, 0, s.w, s.h, width=0, grey=1.0, fill=1.0)
    x0 = 58
    sec = rng.choice(SECTIONS9)
    s.box(x0, 40, x0 + s.width(sec, 9) + 14, 56, width=0.6)
    s.text(x0 + 7, 52, sec, 9)
    keep = paper.font
    if fonts.path_of("hei") is not None:
        paper.font = fonts.font("hei")
    yy = 104
    for line in s.wrap(p["paper_title"], s.w - 160, 18):
        s.text(s.w / 2, yy, line, 18, align="center")
        yy += 26
    paper.font = keep
    _byline(s, s.w / 2, yy + 8, names, marks, 12, rng.choice(("，", "  ")), 7)
    aff = "；".join(f"{k + 1}. {a[0]}" for k, a in enumerate(affs)) if len(affs) > 1 else affs[0][0]
    yy = s.para(80, yy + 30, f"（{aff}）", s.w - 160, 8.5, leading=1.5)
    yy = s.para(66, yy + 12, "摘  要：" + "".join(rng.sample(SENT7, 5)), s.w - 132, 9, leading=1.6)
    yy = s.para(66, yy, "关键词：" + "；".join(rng.sample(KEYW7, 4)), s.w - 132, 9, leading=1.6)
    s.text(66, yy + 2, f"中图分类号：{rng.choice(('TU444', 'X703', 'U416', 'TV672', 'TM615'))}      文献标志码：A", 9)
    col, gap = (s.w - 2 * x0 - 18) / 2, 18
    foot = 724
    s.text(x0, yy + 30, "0  引言", 10.5)
    _body7(s, x0, yy + 48, col, rng, foot - 14, 9.5, first=19)
    _body7(s, x0 + col + gap, yy + 30, col, rng, 764, 9.5)
    s.line(x0, foot, x0 + col * 0.5, foot, width=0.4)
    recv = date(y, m, 1) - timedelta(days=rng.randint(60, 240))
    s.text(x0, foot + 12, f"收稿日期：{recv.isoformat()}", 7.5)
    s.para(x0, foot + 23, f"作者简介：{names[0]}（{rng.randint(1978, 1996)}—），{_gender(p, names[0])}，"
                          f"{rng.choice(('工程师', '高级工程师', '讲师'))}，主要从事{rng.choice(KEYW7)}方面的研究。",
           col, 7.5, leading=1.45)
    # the footer box: journal | year/issue | ISSN
    when = f"{y}年第{n}期" if per == 12 else f"{y}年{m}月  第{n}期"
    bx0, bx1, by0, by1 = x0, s.w - x0, 778, 798
    s.box(bx0, by0, bx1, by1, width=0.7)
    third = (bx1 - bx0) / 3
    s.line(bx0 + third, by0, bx0 + third, by1, width=0.5)
    s.line(bx0 + 2 * third, by0, bx0 + 2 * third, by1, width=0.5)
    for k, t in enumerate((j, when, f"ISSN {sn}")):
        s.text(bx0 + third * (k + 0.5), by0 + 14, t, 9 if len(t) < 16 else 7.5, align="center")
    page1 = rng.randint(12, 180)
    s.text(s.w / 2, 818, f"— {page1} —", 8.5, align="center")
    _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.8, 2.8), rng.uniform(0.88, 0.93),
                rng.uniform(0.3, 0.55))
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": j, "issn": sn,
             "published": f"{y:04d}-{m:02d}"}
    return Drawn(paper, truth, f"{y}-{m:02d}-25", dpi=rng.choice((150, 160)), level=rng.choice((2, 2, 3)))
