"""Sixth round of held-out families (issue 12: "when a held-out family fails, fix
the method, move that family to 'seen', and draw a new held-out family"), written
from real documents' layouts and wording without looking at the parsers.

Social insurance:
* si_gansu_month_grid — the 甘肃省 网上经办 print "企业职工基本养老保险个人缴费信息"
  (text PDF, landscape): a ruled holder box, then one row per 年度 and 单位名称 with the
  months as columns 1月 … 12月 and 缴费月数 last. In one variant each month cell holds
  that month's 缴费基数, in the other a 缴费基数 column precedes the months and each cell
  is a tick; "补" marks a 补缴 month, "欠" a month owed, a blank cell a month without a
  record (中断, not in the truth). A year with a job change has a row per unit. Months
  are never printed as dates (ranges=True: the year is the row, the month the column).
* si_phone_screens — screenshots of the 掌上12333 / 支付宝 市民中心 / 甘肃人社 app's
  养老保险 缴费明细, two pasted side by side on each A4 sheet, printed and scanned (the
  way applicants hand them in): status bar, title bar, 险种 tabs, the first screen's
  参保人 card (the ID number masked "6201**********123X", so no id_number in the truth),
  then one card per month, newest first, grouped under year headings: "2023年05月 …
  已到账 / 缴费基数 / 单位缴纳 / 个人缴纳 / 缴费单位". Months without a record (中断) are
  not listed; an owed month shows "欠费" and 0.00 paid.
Papers:
* pap_xuebao_leftbox — a 学报(自然科学版) first page (text PDF): the journal name in a
  ruled box on the left (with "ISSN … / CN …" under it in some issues), "第43卷 第3期 /
  2023年5月 / Vol.43 No.3 May 2023" right, a double rule, "文章编号 …" and "DOI …"
  above the title, authors separated by "，" or spaces with superscript letters and an
  asterisk set as real text (a separate span, as in typeset PDFs), "（兰州交通大学
  a.土木工程学院；b.…）" affiliations, 中图分类号/文献标志码 under the keywords, the
  English title and abstract, two columns, 收稿日期/基金项目/作者简介/通信作者 footnotes.
* pap_midpage_photo — a 行业期刊 page photographed where the article begins half-way
  down: the top is the previous article's end (its 结论 and 参考文献 with other
  journals, years and authors), then the title block across the page, two columns, the
  收稿日期/作者简介 footnote under the left column (sometimes with the 引用格式 line), and
  the journal's name and "2022年第6期" only in the page footer beside "· 56 ·"; no
  ISSN/CN on the page.
Employer:
* emp_redhead_letter — a 在职证明 on the unit's 红头 letterhead (scan): the unit's name
  letter-spaced in red over a red double rule, its address/phone foot, "在 职 证 明",
  "兹证明…同志…自2016年7月起在我单位工作至今，现在工程技术部从事…工作，担任技术员",
  no unit name in the text (only the letterhead and the seal), a signature block with a
  handwritten 单位负责人 signature, 经办人 and phone, "（单位盖章）" and the date.
Degree:
* deg_online_verify — the 学信网 中国高等教育学位在线验证报告 (text PDF): header band,
  更新日期, a ruled table (姓名 性别 / 证件号码 出生日期 / 学位授予单位 / 所授学位
  "工学学士学位" 学科/专业 / 获学位日期 学位证书编号) beside the photo, the 在线验证码
  in a box with "报告在线验证有效期至…", a QR code and the 说明 notes.
Diploma:
* dip_grad_booklet — a 2010s 硕士研究生 毕业证书 booklet photographed open: the left
  page has the photo with the 钢印 and "证书编号" under it, the right page "毕业证书",
  "研究生 X ，性别 X ，…生，于…至…在 X 专业学习，学制三年，修完硕士研究生培养计划规定的
  全部课程，成绩合格，毕业论文答辩通过，准予毕业。", 培养单位 and 校（院、所）长, the
  汉字 date; the number is a 研究生 one (level 02).
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from .draw import A4, A4L, RED, Paper
from .facts import NAMES_F, NAMES_M, SCHOOLS, issn, num, redate, contribution_history
from .fam_heldout2a import _qr
from .registry import Drawn, family, fdate, hz_num

GREY = (0.35, 0.35, 0.35)
LIGHT = (0.55, 0.55, 0.55)
STEEL = (0.55, 0.55, 0.55)   # a 钢印 photographs as a grey ring
SUP = (0.0, 0.0, 0.0001)     # superscripts: their own span (text writer) in near-black


def _print_date(rows: list[dict], rng: random.Random) -> str:
    y, m = int(rows[-1]["month"][:4]), int(rows[-1]["month"][5:7])
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return f"{y:04d}-{m:02d}-{rng.randint(2, 26):02d}"


def _yuan(x: float) -> str:
    return f"{x:.2f}"


def _others(*names: str) -> list[str]:
    return [n for n in NAMES_M + NAMES_F if n not in names]


def _gender(p: dict, name: str) -> str:
    return p["gender"] if name == p["name"] else ("男" if name in NAMES_M else "女")


# --------------------------------------------------------------------------
# 甘肃省 个人缴费信息, months as columns (text)
# --------------------------------------------------------------------------

@family("si_gansu_month_grid", "social_insurance", "text",
        "甘肃省 网上经办 企业职工基本养老保险 个人缴费信息 (landscape): one row per 年度 and 单位名称, months 1月…12月 "
        "as columns holding the 缴费基数 (or ticks after a 缴费基数 column), 补/欠 marks, blank = no record",
        ranges=True)
def si_gansu_month_grid(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    printed = _print_date(rows, rng)
    groups: list[tuple[tuple[str, str], list[dict]]] = []
    for r in rows:
        key = (r["month"][:4], r["unit"])
        if not groups or groups[-1][0] != key:
            groups.append((key, []))
        groups[-1][1].append(r)
    groups = [(k, g) for k, g in groups if any(r["status"] != "中断" for r in g)]   # no record, no row
    ticks = rng.random() < 0.5 and all(len({r["base"] for r in g}) == 1 for _, g in groups)
    plain = rng.random() < 0.4           # 4800 / 4120.5 rather than 4800.00
    money = num if plain else _yuan
    mark = {"正常": "", "补缴": "补", "欠费": "欠"}
    paper = Paper(face, A4L)
    s = paper[0]
    x0 = 28
    s.text(s.w / 2, 46, rng.choice(("企业职工基本养老保险个人缴费信息", "甘肃省企业职工基本养老保险个人缴费信息表")),
           16, align="center", track=1)
    s.text(s.w / 2, 64, f"（{rows[0]['month'][:4]}年—{rows[-1]['month'][:4]}年，单位：元）", 9, align="center")
    s.text(x0, 80, f"打印日期：{fdate(printed, rng.choice(('cn0', 'iso')))[0]}", 8.5, color=GREY)
    s.text(s.w - x0, 80, f"查询流水号：{printed.replace('-', '')}{rng.randrange(10**10):010d}", 8.5, align="right",
           color=GREY)
    first = fdate(next(r["month"] for r in rows if r["status"] != "中断"), "cn0", month=True)[0]
    wd = [66, 96, 80, 150, 80, s.w - 2 * x0 - 472]
    y = s.table(x0, 86, wd, [["姓    名", p["name"], "公民身份号码", p["id_number"], "性    别", p["gender"]],
                             ["个人编号", f"62{rng.randrange(10**12):012d}", "参保状态", "参保缴费", "首次参保年月",
                              first]], 9, min_h=19)
    y = s.table(x0, y, [66, 330, 80, s.w - 2 * x0 - 476],
                [["险种类型", "企业职工基本养老保险", "当前参保单位", rows[-1]["unit"]]], 9, min_h=19)
    lead = [34, 150] + ([52] if ticks else [])
    tail = 40
    cell = (s.w - 2 * x0 - sum(lead) - tail) / 12
    widths = lead + [cell] * 12 + [tail]
    head = ["年度", "单位名称"] + (["缴费基数"] if ticks else []) + [f"{m}月" for m in range(1, 13)] + ["缴费月数"]
    y = s.table(x0, y + 14, widths, [head], 8, min_h=20, pad=2, align=["center"] * len(head))
    body = []
    total = 0
    for (year, unit), g in groups:
        cells = [""] * 12
        for r in g:
            if r["status"] == "中断":   # no record: a blank cell
                continue
            k = int(r["month"][5:7]) - 1
            cells[k] = (mark[r["status"]] or "√") if ticks else money(r["base"]) + mark[r["status"]]
        n = sum(1 for r in g if r["status"] in ("正常", "补缴"))
        total += n
        body.append([year, unit] + ([money(g[0]["base"])] if ticks else []) + cells + [str(n)])
    y = s.table(x0, y, widths, body, 7.5 if not ticks else 8, min_h=22, pad=2, leading=1.3,
                align=["center", "left"] + (["right"] if ticks else []) + ["center"] * 13)
    y = s.table(x0, y, [sum(widths) - tail, tail], [["合计缴费月数", str(total)]], 8.5, min_h=18, pad=3,
                align=["right", "center"])
    if ticks:
        legend = ("说明：1.“√”表示该月已按上列缴费基数足额缴费，“补”表示补缴，“欠”表示欠缴（不计入缴费月数），空白表示"
                  "该月无缴费记录；")
    else:
        legend = ("说明：1.月份栏内数字为当月缴费基数；数字后注“补”的为补缴月份，注“欠”的为欠缴月份（不计入缴费月数），"
                  "空白表示该月无缴费记录；")
    legend += ("2.本表信息来源于甘肃省社会保险信息系统，仅反映打印时的记录；3.本表可登录甘肃省人力资源和社会保障厅网上"
               f"服务大厅，输入验证码核验。验证码：{rng.randrange(16**8):08X}")
    y = s.para(x0, y + 22, legend, s.w - 2 * x0 - 170, 8.5, leading=1.6)
    issuer = rng.choice(("甘肃省社会保险事业服务中心", "兰州新区社会保险事业服务中心"))
    s.text(s.w - x0 - 20, y + 10, issuer, 10, align="right")
    s.seal(s.w - x0 - 90, y, 36, issuer + "业务专用章")
    s.text(s.w / 2, s.h - 22, "第1页 共1页", 8, align="center", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"],
             "contribution": [f"{r['month']}|{r['unit']}|{num(r['base'])}|{r['paid']}" for r in rows
                              if r["status"] != "中断"]}
    return Drawn(paper, truth, printed, producer="JasperReports Library version 6.20.0")


# --------------------------------------------------------------------------
# phone screenshots pasted two to a page, printed and scanned
# --------------------------------------------------------------------------

_SW, _SH = 262.0, 566.0      # one screenshot on the sheet (a 9:19.5 phone screen)
_APPS = (("掌上12333", "养老保险缴费明细", "企业职工基本养老保险"),
         ("支付宝 市民中心", "社保缴费记录", "职工养老保险"),
         ("甘肃人社", "个人缴费明细", "企业职工基本养老保险"))


def _status_bar(s, x: float, y: float, rng: random.Random, clock: str) -> None:
    s.text(x + 14, y + 13, clock, 7.5)
    bx = x + _SW - 14
    s.box(bx - 16, y + 6, bx - 2, y + 13, width=0.5, grey=0.2)
    s.box(bx - 15, y + 7, bx - 15 + 12 * rng.uniform(0.3, 0.95), y + 12, width=0, grey=0.2, fill=0.2)
    s.text(bx - 20, y + 13, "5G", 6.5, align="right")


def _screen(s, x: float, y: float, items: list[tuple], app: tuple, rng: random.Random, clock: str,
            month_style: str, word: dict) -> None:
    s.box(x, y, x + _SW, y + _SH, width=0.5, grey=0.55, fill=0.95)
    _status_bar(s, x, y, rng, clock)
    s.box(x, y + 20, x + _SW, y + 46, width=0, grey=1.0, fill=1.0)
    s.text(x + 12, y + 38, "‹", 14)
    s.text(x + _SW / 2, y + 37, app[1], 10, align="center")
    s.text(x + _SW - 12, y + 36, "···", 9, align="right")
    s.box(x, y + 46, x + _SW, y + 70, width=0, grey=1.0, fill=1.0)
    tabs = ("养老", "医疗", "失业", "工伤")
    for i, t in enumerate(tabs):
        tx = x + _SW * (i + 0.5) / len(tabs)
        s.text(tx, y + 61, t, 8.5 if i == 0 else 8, align="center", color=(0, 0, 0) if i == 0 else LIGHT)
        if i == 0:
            s.line(tx - 12, y + 67, tx + 12, y + 67, width=1.6, grey=0.2)
    cy = y + 78
    left, right = x + 16, x + _SW - 16
    for kind, v in items:
        if kind == "person":
            s.box(x + 8, cy, x + _SW - 8, cy + 92, width=0.4, grey=0.85, fill=1.0)
            s.text(left, cy + 16, app[2], 9)
            s.line(x + 8, cy + 23, x + _SW - 8, cy + 23, width=0.3, grey=0.88)
            yy = cy + 36
            for lab, val in v:
                s.text(left, yy, lab, 7.5, color=LIGHT)
                s.text(right, yy, val, 8, align="right")
                yy += 13
            cy += 100
        elif kind == "year":
            s.text(left - 4, cy + 13, f"{v[0]}年", 9)
            s.text(right + 4, cy + 13, f"共{v[1]}条记录", 7.5, align="right", color=LIGHT)
            cy += 22
        else:
            r = v
            s.box(x + 8, cy, x + _SW - 8, cy + 74, width=0.4, grey=0.85, fill=1.0)
            s.text(left, cy + 15, fdate(r["month"], month_style, month=True)[0], 9)
            s.text(right, cy + 15, word[r["status"]], 8, align="right", color=GREY)
            s.line(x + 8, cy + 21, x + _SW - 8, cy + 21, width=0.3, grey=0.9)
            z = r["paid"]
            yy = cy + 33
            for lab, val in (("缴费基数", _yuan(r["base"])), ("单位缴纳", _yuan(r["base"] * 0.16 * z)),
                             ("个人缴纳", _yuan(r["base"] * 0.08 * z)), ("缴费单位", r["unit"])):
                s.text(left, yy, lab, 7.5, color=LIGHT)
                s.text(right, yy, val, 7.5 if lab == "缴费单位" else 8, align="right")
                yy += 12
            cy += 80


@family("si_phone_screens", "social_insurance", "scan",
        "掌上12333 / 支付宝 市民中心 / 甘肃人社 app screenshots of 养老保险 缴费明细, two pasted side by side per A4 "
        "sheet, printed and scanned: 参保人 card (ID masked), one card per month newest first under year headings")
def si_phone_screens(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    listed = [r for r in rows if r["status"] != "中断"]   # the app lists records; a 中断 month has none
    taken = _print_date(rows, rng)
    app = rng.choice(_APPS)
    month_style = rng.choice(("cn0", "iso"))
    word = rng.choice(({"正常": "已到账", "补缴": "补缴到账", "欠费": "欠费"},
                       {"正常": "已实缴", "补缴": "补缴", "欠费": "未缴费"}))
    masked = p["id_number"][:4] + "*" * 10 + p["id_number"][-4:]
    person = [("参保人", p["name"]), ("证件号码", masked),
              ("参保地", rng.choice(("兰州新区", "甘肃省兰州市", "甘肃省本级"))),
              ("参保状态", "参保缴费"), ("累计缴费月数", f"{sum(r['paid'] for r in rows)}个月")]
    items: list[tuple] = [("person", person)]
    by_year: dict[str, list[dict]] = {}
    for r in listed:
        by_year.setdefault(r["month"][:4], []).append(r)
    for year in sorted(by_year, reverse=True):
        items.append(("year", (year, len(by_year[year]))))
        items += [("card", r) for r in reversed(by_year[year])]
    screens: list[list[tuple]] = [[]]
    room = _SH - 86
    used = 0.0
    height = {"person": 100, "year": 22, "card": 80}
    for it in items:
        h = height[it[0]]
        if used + h > room:
            screens.append([])   # the next screenshot, scrolled on (a year heading is not repeated)
            used = 0.0
        screens[-1].append(it)
        used += h
    pages = (len(screens) + 1) // 2
    paper = Paper(face, A4, pages=pages)
    h0, m0 = rng.randint(8, 21), rng.randint(0, 50)
    for i, items_i in enumerate(screens):
        s = paper[i // 2]
        x = 30 if i % 2 == 0 else 30 + _SW + 11
        clock = f"{h0}:{m0 + i // 3:02d}"
        _screen(s, x, 38, items_i, app, rng, clock, month_style, word)
        if i == len(screens) - 1:   # the list's end
            s.text(x + _SW / 2, 38 + 86 + sum(height[it[0]] for it in items_i) + 10, "— 没有更多了 —", 7.5,
                   align="center", color=LIGHT)
    truth = {"name": p["name"],
             "contribution": [f"{r['month']}|{r['unit']}|{num(r['base'])}|{r['paid']}" for r in listed]}
    return Drawn(paper, truth, taken, dpi=rng.choice((150, 160)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# 学报 first page, journal name in a box (text)
# --------------------------------------------------------------------------

# 学报: ISSN first 7, CN, English running name, the year of volume 1, issues per year, month of issue n
# (the DOI stem each prints is in XUEBAO6_DOI)
XUEBAO6 = {
    "长安大学学报(自然科学版)": ("1671887", "61-1393/N", "Journal of Chang'an University (Natural Science Edition)",
                               1981, 6, lambda n: 2 * n - 1),
    "西北大学学报(自然科学版)": ("1000274", "61-1072/N", "Journal of Northwest University (Natural Science Edition)",
                               1971, 6, lambda n: 2 * n),
    "西安建筑科技大学学报(自然科学版)": ("1006793", "61-1295/TU",
                                       "J. Xi'an Univ. of Arch. & Tech. (Natural Science Edition)", 1969, 6,
                                       lambda n: 2 * n),
    "宁夏大学学报(自然科学版)": ("0253232", "64-1006/N", "Journal of Ningxia University (Natural Science Edition)",
                               1980, 4, lambda n: 3 * n),
    "兰州文理学院学报(自然科学版)": ("2095699", "62-1210/N",
                                   "Journal of Lanzhou University of Arts and Science (Natural Sciences)", 1987, 6,
                                   lambda n: 2 * n - 1),
    "天水师范学院学报": ("1671135", "62-1160/Z", "Journal of Tianshui Normal University", 1981, 6,
                         lambda n: 2 * n - 1),
}
XUEBAO6_DOI = {"长安大学学报(自然科学版)": "10.19721/j.cnki.1671-8879", "西北大学学报(自然科学版)": "10.16152/j.cnki.xdxbzr",
               "西安建筑科技大学学报(自然科学版)": "10.15986/j.1006-7930", "宁夏大学学报(自然科学版)": "10.3969/j.issn.0253-2328",
               "兰州文理学院学报(自然科学版)": "10.13804/j.cnki.2095-6991", "天水师范学院学报": "10.3969/j.issn.1671-1351"}
_MON = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()
# one university's 学院 (superscript letters), or other institutions (superscript numbers)
COLLEGES = {"兰州交通大学": (("土木工程学院", "环境与市政工程学院", "交通运输学院"), "甘肃 兰州 730070"),
            "兰州理工大学": (("土木工程学院", "能源与动力工程学院", "石油化工学院"), "甘肃 兰州 730050"),
            "西北民族大学": (("土木工程学院", "数学与计算机科学学院", "化工学院"), "甘肃 兰州 730030")}
INSTITUTES = ("兰州新区城市发展投资集团有限公司，甘肃 兰州 730314", "甘肃省交通规划勘察设计院股份有限公司，甘肃 兰州 730030",
              "兰州交通大学 土木工程学院，甘肃 兰州 730070", "甘肃省建筑科学研究院（集团）有限公司，甘肃 兰州 730070",
              "中国铁建大桥工程局集团第五工程有限公司，四川 成都 610500")
SENT6 = ("针对西北寒旱地区的工程特点，开展了现场试验与数值分析。", "试验结果表明，该方法能够有效控制结构变形。",
         "在分析既有研究不足的基础上，建立了相应的计算模型。", "对比分析了不同工况下的受力特征与变形规律。",
         "研究成果已应用于兰州新区多个工程项目。", "计算值与实测值的最大偏差不超过百分之八。",
         "最后提出了施工控制的建议和后续研究方向。", "数据取自连续十八个月的现场监测。")
KEYWORDS = ("黄土", "冻融循环", "数值模拟", "现场试验", "变形控制", "寒旱区", "综合管廊", "沥青路面", "再生水")


def _sup_text(s, x: float, base: float, label: str, size: float) -> float:
    """A superscript set as text in its own span (as typeset PDFs carry it); returns the x after."""
    return s.text(x + 0.5, base - size * 0.42, label, size * 0.58, color=SUP) + 0.5


def _body6(s, x: float, y: float, width: float, rng: random.Random, bottom: float, size: float,
           indent: bool = True, pool: tuple = SENT6) -> float:
    first = 2 * size if indent else 0.0
    for i, line in enumerate(s.wrap("".join(rng.choice(pool) for _ in range(90)), width, size, first=first)):
        if y > bottom:
            break
        s.text(x + (first if i == 0 else 0), y, line, size)
        y += size * 1.65
    return y


@family("pap_xuebao_leftbox", "paper", "text",
        "学报(自然科学版) first page: journal name in a left box (ISSN/CN under it in some issues), '第43卷 第3期 / "
        "2023年5月 / Vol.43 No.3 May 2023' right, 文章编号 and DOI above the title, superscript letters and * as "
        "text spans after the authors, 中图分类号/文献标志码 block, footnotes")
def pap_xuebao_leftbox(p: dict, rng: random.Random, face: str) -> Drawn:
    j = rng.choice(sorted(XUEBAO6))
    first7, cn, english, vol1, per, month_of = XUEBAO6[j]
    sn = issn(first7)
    y = max(p["pub_year"], 2018)
    n = rng.randint(1, per)
    m, vol = month_of(n), y - vol1 + 1
    boxed_ids = rng.random() < 0.5
    paper = Paper(face, A4)
    s = paper[0]
    # the journal's box
    bx0, by0, bw = 56, 28, 168
    bh = 66 if boxed_ids else 50
    s.box(bx0, by0, bx0 + bw, by0 + bh, width=1.2)
    main, sub = (j.split("(", 1) + [""])[:2]
    s.text(bx0 + bw / 2, by0 + 20, main, 14 if len(main) <= 8 else 12.5, align="center", track=1.5)
    if sub:
        s.text(bx0 + bw / 2, by0 + 36, "(" + sub, 9.5, align="center", track=1)
    if boxed_ids:
        s.text(bx0 + bw / 2, by0 + 48 + (0 if sub else -10), f"ISSN {sn}", 7.5, align="center")
        s.text(bx0 + bw / 2, by0 + 59 + (0 if sub else -10), f"CN {cn}", 7.5, align="center")
    rx = s.w - 56
    s.text(rx, by0 + 14, f"第{vol}卷 第{n}期", 10, align="right")
    s.text(rx, by0 + 30, f"{y}年{m}月", 10, align="right")
    s.text(rx, by0 + 45, f"Vol.{vol} No.{n} {_MON[m - 1]} {y}", 8.5, align="right")
    top = by0 + bh + 8
    s.line(56, top, s.w - 56, top, width=1.4)
    s.line(56, top + 2.5, s.w - 56, top + 2.5, width=0.4)
    page1 = rng.randint(1, 160)
    npages = rng.randint(6, 10)
    doc_no = f"文章编号：{sn}({y}){n:02d}-{page1:04d}-{npages:02d}"
    doi = f"DOI：{XUEBAO6_DOI[j]}.{y}.{n:02d}.{rng.randint(1, 24):03d}"
    s.text(56, top + 18, doc_no, 8)
    s.text(s.w - 56, top + 18, doi, 8, align="right")
    # title, authors with superscripts, affiliations
    yy = top + 56
    osid = rng.random() < 0.4
    tw = s.w - 150 - (40 if osid else 0)
    for line in s.wrap(p["paper_title"], tw, 18):
        s.text(s.w / 2, yy, line, 18, align="center")
        yy += 26
    if osid:
        s.page.insert_image((s.w - 92, top + 34, s.w - 56, top + 70), stream=_qr(rng, 21))
        s.text(s.w - 74, top + 78, "OSID", 6, align="center")
    names = p["authors"]
    letters = rng.random() < 0.6 and len(names) > 1
    if letters:
        uni = rng.choice(sorted(COLLEGES))
        colleges, place = COLLEGES[uni]
        k = min(len(names), 2)
        used = rng.sample(colleges, k)
        marks = ["a"] + [rng.choice("ab"[:k]) for _ in names[1:]]
        if k == 2 and "b" not in marks:
            marks[-1] = "b"
        aff = f"（{uni} " + "；".join(f"{'ab'[i]}.{c}" for i, c in enumerate(used)) + f"，{place}）"
        if k == 1:
            marks = [""] * len(names)
            aff = f"（{uni} {used[0]}，{place}）"
    else:
        places = rng.sample(INSTITUTES, min(len(names), rng.randint(1, 2)))
        marks = [str(rng.randrange(len(places)) + 1) if len(places) > 1 else "" for _ in names]
        if len(places) > 1:
            marks[0] = "1"
        aff = ("（" + "；".join(f"{i + 1}.{pl}" for i, pl in enumerate(places)) + "）") if len(places) > 1 \
            else f"（{places[0]}）"
    corr = len(names) - 1 if len(names) > 1 and rng.random() < 0.7 else -1
    sep = rng.choice(("，", "  "))
    size = 12.5
    widths = []
    for i, a in enumerate(names):
        sup = marks[i] + ("*" if i == corr else "")
        widths.append(s.width(a, size) + (s.width(sup, size * 0.58) + 1 if sup else 0))
    total = sum(widths) + s.width(sep, size) * (len(names) - 1)
    x = s.w / 2 - total / 2
    for i, a in enumerate(names):
        x = s.text(x, yy + 4, a, size)
        sup = marks[i] + ("*" if i == corr else "")
        if sup:
            x = _sup_text(s, x, yy + 4, sup, size)
        if i < len(names) - 1:
            x = s.text(x, yy + 4, sep, size) if sep.strip() else x + s.width(sep, size)
    yy = s.para(80, yy + 26, aff, s.w - 160, 9, leading=1.5)
    yy = s.para(64, yy + 8, "摘  要：" + "".join(rng.sample(SENT6, 5)), s.w - 128, 9, leading=1.6)
    yy = s.para(64, yy, "关键词：" + "；".join(rng.sample(KEYWORDS, 4)), s.w - 128, 9, leading=1.6)
    s.text(64, yy + 2, f"中图分类号：{rng.choice(('TU443', 'U416.217', 'TU991.2', 'X703'))}        文献标志码：A", 9)
    yy = s.para(80, yy + 30, "Field Test and Numerical Analysis of an Engineering Case in the Cold and Arid Region of "
                             "Northwest China", s.w - 160, 11, leading=1.35)
    yy = s.para(64, yy + 4, "Abstract: Field tests and numerical simulation were combined to study the deformation "
                            "of the structure; a control method suited to the cold and arid region is proposed and "
                            "verified on site.", s.w - 128, 8.5, leading=1.45)
    yy = s.para(64, yy, "Key words: loess; freeze-thaw cycle; numerical simulation; field test", s.w - 128, 8.5)
    col, gap = (s.w - 112 - 18) / 2, 18
    foot = 722
    s.text(56, yy + 20, "0  引言", 10.5)
    _body6(s, 56, yy + 38, col, rng, foot - 16, 9.5)
    _body6(s, 56 + col + gap, yy + 20, col, rng, 800, 9.5, indent=False)
    s.line(56, foot, 56 + col * 0.5, foot, width=0.4)
    recv = date(y, m, 1) - timedelta(days=rng.randint(90, 300))
    revised = recv + timedelta(days=rng.randint(20, 60))
    lines = [f"收稿日期：{recv.isoformat()}；修回日期：{revised.isoformat()}",
             f"基金项目：国家自然科学基金项目（{rng.choice((4, 5))}{rng.randrange(10**7):07d}）；甘肃省科技计划项目"
             f"（{y - 2}JR{rng.randint(5, 7)}RA{rng.randint(100, 999)}）",
             f"作者简介：{names[0]}（{rng.randint(1978, 1996)}—），{_gender(p, names[0])}，"
             f"甘肃{rng.choice(('兰州', '天水', '武威', '定西'))}人，{rng.choice(('工程师', '讲师', '高级工程师', '博士研究生'))}，"
             f"主要研究方向为{rng.choice(('岩土工程', '道路工程', '市政工程', '结构工程'))}。"]
    if corr >= 0:
        lines.append(f"*通信作者：{names[corr]}，{rng.choice(('副教授', '教授', '高级工程师'))}，"
                     f"E-mail：{rng.randint(10000, 99999)}@qq.com")
    fy = foot + 11
    for ln in lines:
        for part in s.wrap(ln, col, 7.5):
            s.text(56, fy, part, 7.5)
            fy += 10.5
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": j, "issn": sn,
             "published": f"{y:04d}-{m:02d}"}
    if boxed_ids:
        truth["cn"] = cn
    return Drawn(paper, truth, f"{y}-{m:02d}-20",
                 producer=rng.choice(("Founder Fit Publisher 8.0", "Adobe PDF Library 15.0", "PDFlib+PDI 9.2.0")))


# --------------------------------------------------------------------------
# 行业期刊 page, the article beginning half-way down (scan)
# --------------------------------------------------------------------------

# monthlies (第N期 is month N): name, volume of 2022, the 栏目 they print
TRADE = {"甘肃水利水电技术": (58, ("水利工程", "工程技术", "施工技术")), "城市道桥与防洪": (39, ("道路工程", "桥梁工程")),
         "铁道建筑": (62, ("路基工程", "隧道工程", "桥梁工程")), "建筑技术": (53, ("施工技术", "工程管理")),
         "公路": (67, ("路面工程", "道路工程", "养护技术"))}
REF_JOURNALS = ("岩土力学", "水利学报", "中国公路学报", "土木工程学报", "人民黄河", "岩石力学与工程学报", "铁道学报",
                "冰川冻土", "工程地质学报", "建筑结构学报")
REF_TOPICS = ("黄土湿陷性评价方法", "冻土路基温度场", "渠道衬砌冻胀破坏机理", "高填方地基工后沉降预测",
              "隧道初期支护受力特征", "桥梁桩基承载力试验", "沥青混合料低温性能", "灌区输水渠道防渗")
PREV_SENT = ("监测结果表明，处理后的地基满足设计要求。", "该方案在节约工期的同时降低了工程造价。",
             "建议在类似工程中进一步积累实测资料。", "施工中应加强对关键部位的观测。",
             "本文方法计算简便，便于工程应用。")
LINES6 = ("结合工程实际，对施工中的关键技术问题进行了分析。", "现场检测结果满足设计和规范要求。",
          "该工程位于兰州新区，地层以湿陷性黄土为主。", "针对冬季施工的特点制定了专项措施。",
          "通过优化施工工序，缩短工期约二十天。", "本文总结的经验可供同类工程借鉴。")
UNITS6 = ("甘肃省水利水电勘测设计研究院有限责任公司，甘肃 兰州 730000", "兰州新区水投集团有限公司，甘肃 兰州 730314",
          "甘肃路桥建设集团有限公司，甘肃 兰州 730030", "中铁二十一局集团有限公司，甘肃 兰州 730070",
          "兰州新区城市发展投资集团有限公司，甘肃 兰州 730314", "甘肃省建设投资（控股）集团有限公司，甘肃 兰州 730050")


@family("pap_midpage_photo", "paper", "scan",
        "行业期刊 page photographed, the article beginning half-way down under the previous article's 结论 and "
        "参考文献; two columns, 收稿日期/作者简介 footnote, journal and 'YYYY年第N期' only in the page footer, no ISSN/CN")
def pap_midpage_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    j = rng.choice(sorted(TRADE))
    vol22, tags = TRADE[j]
    y, n = max(p["pub_year"], 2016), rng.randint(1, 12)
    vol = vol22 + y - 2022
    paper = Paper(face, A4)
    s = paper[0]
    x0, col, gap = 52, (A4[0] - 104 - 16) / 2, 16
    # the previous article's tail: 结论 and 参考文献, in two columns
    s.text(x0, 40, f"· {rng.choice(tags)} ·", 9)
    s.line(x0, 46, s.w - x0, 46, width=0.5)
    yl = 64
    for i, line in enumerate(s.wrap("".join(rng.choice(PREV_SENT) for _ in range(7)), col, 9, first=18)):
        s.text(x0 + (18 if i == 0 else 0), yl, line, 9)
        yl += 14.5
    s.text(x0, yl + 6, "4  结论", 10)
    yl += 24
    for k in range(2):
        for line in s.wrap(f"（{k + 1}）" + "".join(rng.choice(PREV_SENT) for _ in range(2)), col, 9, first=18):
            s.text(x0 + (18 if line.startswith("（") else 0), yl, line, 9)
            yl += 14.5
    refs = []
    for k in range(rng.randint(6, 9)):
        a = rng.sample(_others(*p["authors"]), rng.randint(1, 3))
        ry = rng.randint(2009, y - 1)
        p0 = rng.randint(10, 900)
        refs.append(f"[{k + 1}] {'，'.join(a)}．{rng.choice(REF_TOPICS)}研究[J]．{rng.choice(REF_JOURNALS)}，{ry}，"
                    f"{ry - rng.choice((1978, 1979, 1981, 1990))}({rng.randint(1, 12)})：{p0}-{p0 + rng.randint(3, 9)}．")
    xr, yr = x0 + col + gap, 64
    s.text(xr + col / 2, yr, "参考文献：", 9.5, align="center")
    yr += 16
    for ref in refs:
        lines = s.wrap(ref, col - 8, 7.5)
        for i, line in enumerate(lines):
            s.text(xr + (0 if i == 0 else 8), yr, line, 7.5)
            yr += 11
    ytop = max(yl, yr) + 24
    s.line(x0, ytop - 10, s.w - x0, ytop - 10, width=0.3, grey=0.4)
    # the new article
    yy = ytop + 22
    for line in s.wrap(p["paper_title"], s.w - 140, 16):
        s.text(s.w / 2, yy, line, 16, align="center")
        yy += 23
    sep = rng.choice(("  ", "，", " "))
    s.text(s.w / 2, yy + 4, sep.join(p["authors"]), 11, align="center")
    unit = rng.choice(UNITS6)
    s.text(s.w / 2, yy + 22, f"（{unit}）", 8.5, align="center")
    yy = s.para(64, yy + 44, "摘要：" + "".join(rng.sample(LINES6, 4)), s.w - 128, 8.5, leading=1.6)
    yy = s.para(64, yy, "关键词：" + "；".join(rng.sample(KEYWORDS, 3)), s.w - 128, 8.5, leading=1.6)
    s.text(64, yy + 2, f"中图分类号：{rng.choice(('TV554', 'U416.1', 'TU753', 'U213.1'))}    文献标识码：B", 8.5)
    foot = 742
    s.text(x0, yy + 26, "1  工程概况", 10)
    _body6(s, x0, yy + 44, col, rng, foot - 14, 9, pool=LINES6)
    _body6(s, x0 + col + gap, yy + 26, col, rng, 790, 9, indent=False, pool=LINES6)
    s.line(x0, foot, x0 + col * 0.5, foot, width=0.4)
    cite = rng.random() < 0.4
    page = rng.randint(20, 160)
    recv = date(y, n, 1) - timedelta(days=rng.randint(60, 200))
    lines = [f"收稿日期：{fdate(recv.isoformat(), rng.choice(('iso', 'cn')))[0]}",
             f"作者简介：{p['authors'][0]}（{rng.randint(1978, 1996)}—），"
             f"{_gender(p, p['authors'][0])}，"
             f"甘肃{rng.choice(('武威', '张掖', '临夏', '陇南'))}人，{rng.choice(('工程师', '高级工程师', '助理工程师'))}，"
             f"主要从事{rng.choice(('水利工程建设管理', '道路桥梁施工', '工程质量检测'))}工作。"]
    if cite:
        lines.append(f"引用格式：{'，'.join(p['authors'])}．{p['paper_title']}[J]．{j}，{y}，{vol}({n})："
                     f"{page}-{page + rng.randint(2, 5)}．")
    fy = foot + 11
    for ln in lines:
        for part in s.wrap(ln, col, 7.5):
            s.text(x0, fy, part, 7.5)
            fy += 10.5
    when = rng.choice((f"{y}年第{n}期", f"第{vol}卷 {y}年第{n}期"))
    left = page % 2 == 0
    s.text(x0 if left else s.w - x0, 818, f"· {page} ·", 9, align="left" if left else "right")
    s.text(s.w - x0 if left else x0, 818, f"{j}    {when}", 9, align="right" if left else "left")
    truth = {"title": p["paper_title"], "authors": ";".join(p["authors"]), "journal": j,
             "published": f"{y:04d}-{n:02d}"}
    return Drawn(paper, truth, f"{y}-{n:02d}-15", dpi=rng.choice((140, 150)), level=3)



# --------------------------------------------------------------------------
# 在职证明 on a 红头 letterhead (scan)
# --------------------------------------------------------------------------

UNIT_PLACE = {"兰州新区城市发展投资集团有限公司": "甘肃省兰州新区纬一路与经十路交汇处",
              "兰州新区水投集团有限公司": "甘肃省兰州新区黄河大道2166号",
              "兰州新区第三人民医院": "甘肃省兰州新区秦川镇建设路88号",
              "兰州新区西岔学校": "甘肃省兰州新区西岔镇园区大道12号"}
DEPTS = ("工程技术部", "项目管理部", "质量安全部", "技术研发中心", "生产运营部", "设计所")


def _signature(s, x: float, y: float, rng: random.Random, w: float = 70) -> None:
    """A handwritten signature: a few joined pen strokes."""
    pts = [(x, y)]
    for i in range(1, 10):
        pts.append((x + w * i / 9 + rng.uniform(-6, 6), y + rng.uniform(-16, 6)))
    for a, b, c, d in zip(pts[::3], pts[1::3], pts[2::3], pts[3::3]):
        s.page.draw_bezier(a, b, c, d, color=(0.1, 0.1, 0.25), width=1.3)
    s.page.draw_bezier(pts[-1], (x + w + 6, y - 12), (x + w * 0.4, y + 8), (x + w * 0.2, y + 2),
                       color=(0.1, 0.1, 0.25), width=0.9)


@family("emp_redhead_letter", "employment_proof", "scan",
        "在职证明 on the unit's 红头 letterhead (scan): unit only in the letterhead and the seal, '自2016年7月起在我单位"
        "工作至今', 部门/岗位 in prose, 单位负责人 signature, 经办人, (单位盖章) and date")
def emp_redhead_letter(p: dict, rng: random.Random, face: str) -> Drawn:
    unit = p["unit"]
    paper = Paper(face, A4)
    s = paper[0]
    # letterhead: a round badge, the name letter-spaced in red, a red double rule
    name_size = 19 if len(unit) <= 14 else 16
    track = 4 if len(unit) <= 14 else 1.5
    nw = s.width(unit, name_size, track)
    lx = s.w / 2 - nw / 2 + 20
    s.page.draw_circle((lx - 28, 58), 16, color=RED, width=1.6)
    s.page.draw_circle((lx - 28, 58), 10, color=RED, width=0.8, fill=RED)
    s.text(lx, 65, unit, name_size, track=track, color=RED)
    s.page.draw_line((48, 86), (s.w - 48, 86), color=RED, width=2.2)
    s.page.draw_line((48, 90), (s.w - 48, 90), color=RED, width=0.6)
    place = UNIT_PLACE.get(unit, "甘肃省兰州新区中川园区")
    s.page.draw_line((48, s.h - 58), (s.w - 48, s.h - 58), color=RED, width=0.6)
    s.text(s.w / 2, s.h - 42, f"地址：{place}    电话：0931-{rng.randint(8300000, 8399999)}    邮编：730314", 8.5,
           align="center", color=RED)
    s.text(s.w / 2, 150, "在 职 证 明", 22, align="center", track=2)
    start, ts = fdate(p["work_start"], rng.choice(("cn", "cn0")), month=True)
    dept = rng.choice(DEPTS)
    post = p["position"]
    call = rng.choice(("同志", ""))
    if rng.random() < 0.5:
        where = "我单位" if "部" in post else dept
        text = (f"兹证明{p['name']}{call}，{p['gender']}，身份证号码：{p['id_number']}，自{start}起在我单位工作至今，"
                f"现在{where}从事专业技术工作，担任{post}。")
    else:
        text = (f"兹有{p['name']}{call}（身份证号：{p['id_number']}），自{start}起在我单位工作至今，现任{'' if '部' in post else dept}{post}，"
                f"主要负责工程技术及质量管理等工作。")
    size = rng.choice((14, 15))
    y = s.para(72, 210, text, s.w - 144, size, leading=2.0, indent=2 * size)
    y = s.para(72, y, "该同志在我单位工作期间，劳动关系正常，社会保险由我单位按时足额缴纳。", s.w - 144, size,
               leading=2.0, indent=2 * size)
    y = s.para(72, y, f"本证明仅用于{p['name']}{call}申报专业技术职务任职资格，复印无效。", s.w - 144, size,
               leading=2.0, indent=2 * size)
    y = s.para(72, y, "特此证明。", s.w - 144, size, leading=2.0, indent=2 * size)
    issued = date(rng.randint(2023, 2024), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    yb = y + 50
    s.text(72, yb, "单位负责人（签字）：", 12)
    _signature(s, 72 + 12 * 10 + 6, yb - 2, rng)
    clerk = rng.choice([c for c in ("马海燕", "周淼", "李建军", "冯雪", "何培元") if c != p["name"]])
    s.text(72, yb + 30, f"经办人：{clerk}", 12)
    s.text(72, yb + 56, f"联系电话：0931-{rng.randint(8300000, 8399999)}", 12)
    s.text(s.w - 84, yb + 40, "（单位盖章）", 12, align="right")
    s.text(s.w - 84, yb + 76, fdate(issued, rng.choice(("cn", "hz")))[0], 12, align="right")
    s.seal(s.w - 140, yb + 44, 46, unit)
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post, "start_date": ts}
    return Drawn(paper, truth, issued, dpi=rng.choice((130, 150)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# 中国高等教育学位在线验证报告 (text)
# --------------------------------------------------------------------------

@family("deg_online_verify", "degree", "text",
        "学信网 中国高等教育学位在线验证报告 (PDF): header band, 更新日期, ruled table (姓名/性别/证件号码/出生日期/"
        "学位授予单位/所授学位 '工学学士学位'/学科专业/获学位日期/学位证书编号) beside the photo, 在线验证码 box, QR")
def deg_online_verify(p: dict, rng: random.Random, face: str) -> Drawn:
    q = dict(p)
    if q["degree"] is None or int(q["graduation_date"][:4]) < 2008:
        q = redate(q, rng, rng.randint(2008, 2022), level="本科" if q["degree"] is None else q["level"])
    degree = q["degree"]
    style = rng.choice(("cn0", "iso"))
    award, ta = fdate(q["award_date"], style)
    birth = fdate(q["birth_date"], style)[0]
    upd = date.fromisoformat(p["updated_date"])
    if upd.isoformat() <= q["award_date"]:
        upd = date.fromisoformat(q["award_date"]) + timedelta(days=400)
    valid = upd + timedelta(days=rng.choice((30, 60, 90, 180)))
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    paper = Paper(face, A4)
    s = paper[0]
    s.box(0, 0, s.w, 74, width=0, grey=0.88, fill=0.9)
    s.text(40, 30, "学信网", 13)
    s.text(40, 46, "www.chsi.com.cn", 7.5, color=GREY)
    s.text(s.w / 2, 56, "中国高等教育学位在线验证报告", 18, align="center", track=1)
    s.text(s.w - 48, 100, f"更新日期：{fdate(upd.isoformat(), style)[0]}", 9.5, align="right")
    s.text(48, 100, f"报告编号：B{upd:%Y%m%d}{rng.randrange(10**8):08d}", 9.5, color=GREY)
    x0, photo_w = 48, 100
    wd = [80, 130, 74, s.w - 2 * x0 - 284 - photo_w - 10]
    rows = [["姓    名", q["name"], "性    别", q["gender"]],
            ["证件号码", q["id_number"], "出生日期", birth],
            ["学位授予单位", q["school"], "学位类型", "学术学位"],
            ["所授学位", f"{q['discipline']}{degree}学位", "学科/专业", q["major"]],
            ["获学位日期", award, "学位证书编号", q["degree_certificate_no"]]]
    y = s.table(x0, 114, wd, rows, 9.5, min_h=30, align=["center", "left", "center", "left"])
    s.photo(s.w - x0 - photo_w, 114, photo_w, 132)
    s.box(x0, y + 24, s.w - x0, y + 84, width=0.8, grey=0.4)
    s.text(x0 + 18, y + 50, "在线验证码", 11)
    s.text(x0 + 110, y + 52, code, 15, track=1.5)
    s.text(x0 + 18, y + 72, f"报告在线验证有效期至：{fdate(valid.isoformat(), style)[0]}", 9.5)
    s.page.insert_image((s.w - x0 - 56, y + 26, s.w - x0 - 4, y + 82), stream=_qr(rng, 21))
    y = s.para(x0, y + 110, "说明：1.本报告依据学位授予单位报送的学位授予信息出具，信息内容以学位授予信息数据库记录为准；"
                            "2.在有效期内，可登录学信网（www.chsi.com.cn）输入在线验证码或扫描二维码查验本报告；"
                            "3.本报告涂改、复制后无效。", s.w - 2 * x0, 9, leading=1.7)
    s.seal(s.w - 140, y + 40, 40, "全国高等学校学生信息咨询与就业指导中心")
    truth = {"name": q["name"], "degree": degree, "major": q["major"], "award_date": ta,
             "degree_certificate_no": q["degree_certificate_no"]}
    return Drawn(paper, truth, upd.isoformat(), producer="iText® 7.1.16 ©2000-2021 iText Group NV (AGPL-version)")


# --------------------------------------------------------------------------
# 硕士研究生 毕业证书 booklet, photographed open (scan)
# --------------------------------------------------------------------------

GRAD_MAJORS = {"兰州交通大学": ("结构工程", "桥梁与隧道工程", "交通运输规划与管理", "市政工程"),
               "兰州理工大学": ("结构工程", "岩土工程", "材料加工工程", "电力系统及其自动化"),
               "西北民族大学": ("民族学", "中国少数民族语言文学", "计算机应用技术"),
               "西北大学": ("环境工程", "构造地质学", "化学工艺"),
               "兰州财经大学": ("会计学", "统计学"), "甘肃政法大学": ("诉讼法学", "刑法学"),
               "甘肃中医药大学": ("中医内科学", "针灸推拿学"), "北方民族大学": ("化学工艺", "计算机应用技术"),
               "中南民族大学": ("民族学", "环境工程"), "西南民族大学": ("民族学", "预防兽医学")}


@family("dip_grad_booklet", "diploma", "scan",
        "2010s 硕士研究生 毕业证书 booklet photographed open: photo with 钢印 and 证书编号 on the left page, '研究生 X"
        "…在 X 专业学习，学制三年，修完硕士研究生培养计划…准予毕业', 培养单位 and 校（院、所）长 on the right")
def dip_grad_booklet(p: dict, rng: random.Random, face: str) -> Drawn:
    school = rng.choice(sorted(GRAD_MAJORS))
    assert SCHOOLS[school][1] == "u"
    q = redate(dict(p, school=school), rng, rng.randint(2010, 2022), level="硕士研究生")
    q["major"] = rng.choice(GRAD_MAJORS[school])
    style = rng.choice(("hz", "hz", "hz_ling"))
    birth, tb = fdate(q["birth_date"], style)
    st, ts = fdate(q["start_date"], style, month=True)
    gd, tg = fdate(q["graduation_date"], style, month=True)
    paper = Paper(face, A4L)
    s = paper[0]
    mid = s.w / 2
    # the open booklet: two pages, a fold in the middle, a frame on each
    s.box(14, 14, s.w - 14, s.h - 14, width=0, grey=0.75, fill=0.75)
    for x0 in (22, mid + 4):
        s.box(x0, 22, x0 + mid - 26, s.h - 22, width=0, grey=1.0, fill=0.97)
        s.box(x0 + 14, 36, x0 + mid - 40, s.h - 36, width=2.0, grey=0.45)
        s.box(x0 + 20, 42, x0 + mid - 46, s.h - 42, width=0.5, grey=0.45)
    s.line(mid, 22, mid, s.h - 22, width=2.5, grey=0.6)
    # left page: photo, 钢印, number
    lc = 22 + (mid - 26) / 2
    s.photo(lc - 54, 150, 108, 144)
    s.seal(lc + 40, 150 + 136, 34, q["school"], color=STEEL)
    no = q["certificate_no"]
    s.text(lc, 350, "证书编号", 11, align="center", track=2)
    s.text(lc, 372, no, 12, align="center", track=0.5)
    if rng.random() < 0.6:
        s.text(lc, s.h - 70, "本证书可在中国高等教育学生信息网查询", 8, align="center")
        s.text(lc, s.h - 58, "www.chsi.com.cn", 8, align="center")
    # right page
    rx0, rx1 = mid + 4 + 40, s.w - 22 - 40
    rc = (rx0 + rx1) / 2
    s.text(rc, 104, "毕 业 证 书", 28, align="center", track=4)
    text = (f"研究生 {q['name']} ，性别 {q['gender']} ，{birth}生，于{st}至{gd}在 {q['major']} 专业学习，"
            f"学制{hz_num(q['years'])}年，修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。")
    size = 12.5
    y = s.para(rx0, 160, text, rx1 - rx0, size, leading=2.1, indent=2 * size)
    yb = max(y + 36, s.h - 160)
    s.text(rx0 + 6, yb, f"培养单位：{q['school']}", 12.5)
    s.seal(rx0 + 6 + 12.5 * 5 + 50, yb - 6, 42, q["school"])
    s.text(rx0 + 6, yb + 32, f"校（院、所）长：{q['principal']}", 12.5)
    issued = fdate(q["graduation_date"], style)[0]
    s.text(rx1 - 6, yb + 70, issued, 12.5, align="right")
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": q["school"], "major": q["major"],
             "level": "硕士研究生", "start_date": ts, "graduation_date": tg, "certificate_no": no}
    return Drawn(paper, truth, q["graduation_date"], dpi=rng.choice((150, 160)), level=3)
