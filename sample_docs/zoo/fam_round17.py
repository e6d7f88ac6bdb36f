"""Seventeenth round of held-out families (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents'
layouts and wording without looking at the parsers.

Social insurance:
* si_annual_summary_rows — the 社会保险个人权益记录 (the yearly 对账单 a 社保 system prints or a
  holder downloads, text PDF) whose "二、历年缴费情况" table has ONE ROW PER YEAR: 年度 | 缴费单位 |
  缴费月数 | 缴费基数 | 个人缴费合计 | 单位缴费合计 | 备注, with a 合计 row; above it a holder box
  and "一、本年度缴费情况" (this year's months, the account's 储存额: distractor sums). The units
  change over the years (2-3 of them, at a year's turn, often with a gap between jobs); a
  full year reads 缴费月数 12 with an empty 备注 (or "含补缴1个月（5月）"), a part year reads 10,
  7 … and its 备注 either NAMES the months ("3-12月", "3月-12月", "1-4月、8-12月") or does not
  ("", "有中断", "年中转入").
  Truth convention: one contribution row per month ONLY where the page says which months were
  paid — a row with 缴费月数 12 (every month of its 年度) or a row whose 备注 names the months;
  the row's unit and 缴费基数, paid 1. A part year whose 备注 does not say which months (e.g.
  缴费月数 10, 备注 blank) contributes NO truth rows: a reader cannot know them (the months could
  be any ten of the twelve), so they must not be guessed. Each print has at least one such year
  and at least one full year. Months are not printed one by one (ranges=True).
* si_other_province_transfer_in — a statement from ANOTHER province's 社保 system (陕西, 新疆 or
  宁夏: "陕西省企业职工基本养老保险个人缴费明细（转移接续）"), printed by that province's
  社会保险经办机构 when the holder's pension moves into Gansu (转入地 甘肃省…社会保险事业服务中心):
  per page the agency's header, the holder line and the column header 序号 | 缴费年月 |
  单位统一社会信用代码 | 单位名称 | 缴费工资 | 缴费标志, rows OLDEST FIRST, 2-3 pages, each page
  ending in a "本页小计" line (records and the page's 缴费工资 sum), the last page a 合计 and the
  agency's seal. 缴费标志 is either numeric (1 = 已缴, 0 = 未缴, legend under the table) or a word
  (正常 / 补收 / 欠费). Photographed page by page on a desk (scan). Truth: the months and the
  units (the other province's employers) as printed; 0 / 欠费 months paid 0; 中断 months absent.
Paper:
* pap_cnki_detail_print — the CNKI 知网节 article DETAIL PAGE (kns.cnki.net/kcms2/article/abstract…)
  printed from the browser, not the article PDF (text): browser header (date and time, the page's
  <title> "题名 - 中国知网") and footer (the long URL, "1/1" or "第1页/共1页"); the site's top bar
  and search box; the source line "环境工程 . 2021 , 39 (08)" with 北大核心 / CSCD tags (or the
  older "《环境工程》 2021年08期"), the title as a heading, the authors as blue underlined links with
  superscript affiliation numbers, the 机构 links, 摘要:, 关键词:, 基金资助:, DOI: (the CNKI form
  "10.13928/j.cnki.wrahe.2021.08.012", whose year and issue say the month), 专辑 / 专题 / 分类号,
  the 下载 / 页码 / 页数 / 大小 bar and 在线公开时间 (a distractor date: the day it went online),
  the 手机阅读 / HTML阅读 / PDF下载 / CAJ下载 buttons, and "相关推荐" titles of OTHER articles in
  other journals (distractors). The detail page prints no ISSN and no CN, so the truth has
  neither (as pap_cnki_firstonline's). Monthly journals only: published = YYYY-MM of the issue.
Employer:
* emp_recruitment_approval — a 事业单位公开招聘 "拟聘用人员审批表" (also titled "事业单位公开招聘
  聘用人员登记表"), the bordered form the unit files with the 人社局 (scan, photographed): grid
  姓名 | 性别 | 出生年月 | 民族 | 政治面貌 | photo; 身份证号; 学历学位; 毕业院校及专业 (the school:
  a distractor) with 毕业时间; 拟聘单位 (the unit); 拟聘岗位 (the position) beside 岗位类别及等级
  and 岗位代码; 考试成绩 (笔试 / 面试 / 综合); 聘用期限 "自2019年9月1日至2022年8月31日（含试用期…）"
  (its start, day included, is the truth's start_date); a 个人简历 cell (school years, an earlier
  job); then 拟聘单位意见 / 主管部门意见 / 人社部门意见 boxes, each with its seal and an earlier
  date (distractors), and the 公示 dates in 备注.
Degree:
* deg_bilingual_sino_foreign — a 2010s 学士学位证书 with its ENGLISH text printed beside it
  (landscape, Chinese left, English right) or under it (portrait), as 中外合作办学 / 国际化
  programmes issue them (text PDF): "学士学位证书 / BACHELOR'S DEGREE CERTIFICATE", the prose
  "X，女，1994年3月5日生。在 S 会计学专业（中外合作办学）完成了本科学习计划…授予管理学学士学位。"
  and "This is to certify that ZHANG Yue, female, born on March 5, 1994, … is hereby conferred the
  degree of Bachelor of Management.", the partner university (a distractor), 校长 and his name in
  pinyin, 学位授予单位 / Degree-Awarding Institution, 证书编号 / Certificate No. and the date in
  both languages.
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pymupdf

from . import fonts
from .draw import A4, A4L, Paper, Sheet
from .facts import DISCIPLINE, JOURNALS, SCHOOLS, TITLE_A, TITLE_B, TITLE_C, UNITS, contribution_history, redate
from .fam_certs import _deg_truth
from .fam_heldout2a import _qr
from .fam_round7 import PINYIN, SENT7, _photograph, _print_date, _truth_rows, _yuan
from .fam_round12 import _latin, _pinyin
from .fam_round13 import _clerk, _guilloche
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
LIGHT = (0.55, 0.55, 0.55)
STEEL = (0.55, 0.55, 0.55)
LINK = (0.0, 0.2, 0.6)      # a hyperlink as the browser prints it
SUP = (0.0, 0.0, 0.0001)    # superscripts in their own span (as in fam_round13/14/15)
INK = (0.1, 0.14, 0.5)


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _month_ranges(ms: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in ms:
        if out and out[-1][1] == m - 1:
            out[-1] = (out[-1][0], m)
        else:
            out.append((m, m))
    return out


def _desk_photos(paper: Paper, rng: random.Random) -> None:
    """Every page photographed on a desk, one photo a page: the sheet turned a little and smaller
    than the frame, its shadow beside it (as fam_round7's _photograph does for one page)."""
    paper._flush()
    src = pymupdf.open()
    src.insert_pdf(paper.doc)
    for i in range(src.page_count):
        w, h = src[i].rect.width, src[i].rect.height
        paper.doc.delete_page(i)
        paper.doc.new_page(pno=i, width=w, height=h)
        page = paper.doc[i]
        desk = rng.uniform(0.3, 0.5)
        page.draw_rect(page.rect, color=None, fill=(desk, desk * 0.97, desk * 0.92))
        angle = rng.choice((-1, 1)) * rng.uniform(0.5, 2.6)
        scale = rng.uniform(0.87, 0.93)
        fw, fh = w * scale, h * scale
        cx, cy = w / 2 + rng.uniform(-0.02, 0.02) * w, h / 2 + rng.uniform(-0.02, 0.02) * h
        rad = math.radians(angle)

        def corners(ox: float, oy: float) -> list[pymupdf.Point]:
            pts = []
            for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
                px, py = sx * fw / 2, sy * fh / 2
                pts.append(pymupdf.Point(cx + ox + px * math.cos(rad) + py * math.sin(rad),
                                         cy + oy - px * math.sin(rad) + py * math.cos(rad)))
            return pts
        shadow = corners(4, 5)
        page.draw_polyline(shadow + [shadow[0]], color=None, fill=(desk * 0.55,) * 3)
        sheet = corners(0, 0)
        page.draw_polyline(sheet + [sheet[0]], color=None, fill=(1, 1, 1))
        bw = abs(fw * math.cos(rad)) + abs(fh * math.sin(rad))
        bh = abs(fw * math.sin(rad)) + abs(fh * math.cos(rad))
        page.show_pdf_page(pymupdf.Rect(cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2), src, i, rotate=angle)
        paper.sheets[i] = Sheet(paper, i)
    paper._kept = src


# --------------------------------------------------------------------------
# 社会保险个人权益记录: 历年缴费情况, one row per year (text)
# --------------------------------------------------------------------------

AGENCY17 = ("兰州新区社会保险事业服务中心", "兰州市社会保险事业管理局", "甘肃省社会保险事业服务中心")


def _annual_history(p: dict, rng: random.Random) -> tuple[list[dict], str]:
    """Years of contributions: each year one unit (units change at a year's turn, often after a
    gap), one base; returns one dict per year {year, unit, base, months (paid, ascending)} and the
    last month with a record."""
    units = [rng.choice([u for u in UNITS if u != p["unit"]])]
    if rng.random() < 0.5:
        units.insert(0, rng.choice([u for u in UNITS if u not in units and u != p["unit"]]))
    units.append(p["unit"])
    last_y = rng.choice((2023, 2023, 2024))
    span = rng.randint(len(units) * 2 + 1, len(units) * 2 + 5)
    y0 = last_y - span + 1
    years = list(range(y0, last_y + 1))
    # which unit holds each year: the switches at a year's turn
    cuts = sorted(rng.sample(range(1, len(years)), len(units) - 1))
    owner = []
    for k, y in enumerate(years):
        owner.append(units[sum(1 for c in cuts if k >= c)])
    base = rng.choice((2800.0, 3100.0, 3460.0, 3877.0, 4120.5))
    out = []
    gaps = 0
    for k, y in enumerate(years):
        if k:
            base = round(base * rng.choice((1.04, 1.06, 1.08)), rng.choice((0, 0, 2)))
        first, last = 1, 12
        if k == 0:
            first = rng.randint(3, 9)
        if k == len(years) - 1 and y == 2024:
            last = rng.randint(2, 6)
        if k in cuts:        # a new job: started some months into the year
            first = rng.choice((1, 1, rng.randint(2, 6)))
        if k + 1 in cuts:    # the old job ended before the year was out
            last = rng.choice((12, rng.randint(6, 11)))
        first = min(first, last)
        ms = list(range(first, last + 1))
        gap = False
        if len(ms) > 8 and not gaps and rng.random() < 0.2:   # an interruption inside one year
            a = rng.randint(ms[2], ms[-4])
            ms = [m for m in ms if not a <= m < a + rng.randint(1, 3)]
            gap = True
            gaps += 1
        out.append({"year": y, "unit": owner[k], "base": base, "months": ms, "gap": gap,
                    "joined": k in cuts, "first": k == 0})
    end = _ym(years[-1], out[-1]["months"][-1])
    return out, end


def _named(ms: list[int], style: str) -> str:
    parts = []
    for a, b in _month_ranges(ms):
        if a == b:
            parts.append(f"{a}月")
        elif style == "short":
            parts.append(f"{a}-{b}月")
        else:
            parts.append(f"{a}月-{b}月")
    return "、".join(parts)


@family("si_annual_summary_rows", "social_insurance", "text",
        "社会保险个人权益记录 with '二、历年缴费情况' ONE ROW PER YEAR: 年度|缴费单位|缴费月数|缴费基数|个人缴费合计|单位缴费合计|"
        "备注 and a 合计 row, holder box and '一、本年度缴费情况' above; 2-3 units changing at a year's turn; full years "
        "12 months, part years 10, 7 … with a 备注 that names the months ('3-12月', '1-4月、8-12月') or not (blank, "
        "'有中断'); truth only for months the page identifies (full years, named months), never a part year's "
        "unnamed months", ranges=True)
def si_annual_summary_rows(p: dict, rng: random.Random, face: str) -> Drawn:
    while True:
        years, end = _annual_history(p, rng)
        partial = [r for r in years if len(r["months"]) < 12]
        if partial and any(len(r["months"]) == 12 for r in years):
            break
    # which part years say their months: at least one does not; at least one does when there are two
    say = {id(r): rng.random() < 0.5 for r in partial}
    quiet = rng.choice(partial)
    say[id(quiet)] = False
    if len(partial) > 1 and not any(say.values()):
        say[id(rng.choice([r for r in partial if r is not quiet]))] = True
    style = rng.choice(("short", "long"))
    printed = _print_date([{"month": end}], rng)
    agency = rng.choice(AGENCY17)
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 48.0, W - 48.0
    s.text(W / 2, 64, "社会保险个人权益记录", 18, align="center", track=3)
    s.text(W / 2, 84, f"（企业职工基本养老保险  {end[:4]}年度）", 10, align="center")
    s.text(x0, 106, f"记录编号：QY{printed.replace('-', '')}{rng.randint(100000, 999999)}", 8.5, color=GREY)
    s.text(x1, 106, f"打印日期：{fdate(printed, rng.choice(('cn', 'iso')))[0]}", 8.5, align="right", color=GREY)
    # no 首次参保年月: with it a reader could work out the first year's unnamed months
    y = s.table(x0, 112, [62, 88, 86, 140, 66, x1 - x0 - 442],
                [["姓    名", p["name"], "社会保障号码", p["id_number"], "性    别", p["gender"]],
                 ["参 保 地", "兰州新区" if "新区" in agency else "兰州市", "个人编号", str(rng.randint(10 ** 9, 10 ** 10 - 1)),
                  "参保状态", "参保缴费"]],
                9, min_h=20, align=["center", "left"] * 3)
    # this year's block: distractor sums
    cur = years[-1]
    acc = sum(r["base"] * 0.08 * len(r["months"]) for r in years) * rng.uniform(1.04, 1.12)
    s.text(x0, y + 24, "一、本年度缴费情况", 11)
    y = s.table(x0, y + 32, [92, 50, 92, 72, 100, x1 - x0 - 406],
                [["本年缴费月数", str(len(cur["months"])), "本年个人缴费", _yuan(cur["base"] * 0.08 * len(cur["months"])),
                  "个人账户储存额", _yuan(acc, sep=True)],
                 ["累计缴费月数", str(sum(len(r["months"]) for r in years)), "其中本地缴费月数",
                  str(sum(len(r["months"]) for r in years)), "视同缴费月数", "0"]],
                9, min_h=19, align=["center"] * 6)
    s.text(x0, y + 24, "二、历年缴费情况", 11)
    s.text(x1, y + 24, "单位：月、元", 8.5, align="right")
    wd = [34, 164, 42, 58, 62, 62]
    wd.append(x1 - x0 - sum(wd))
    head = ["年度", "缴费单位", "缴费月数", "缴费基数", "个人缴费合计", "单位缴费合计", "备注"]
    body = []
    truth_rows = []
    for r in years:
        n = len(r["months"])
        if n == 12:
            note = f"含补缴1个月（{rng.randint(1, 12)}月）" if rng.random() < 0.15 else ""
            known = True
        elif say[id(r)]:
            note, known = _named(r["months"], style), True
        else:
            # a note that gives a reason, never the months
            words = [""]
            if r["gap"]:
                words.append("有中断")
            if r["joined"] and r["months"][0] > 1:
                words.append("年中转入")
            if r["first"]:
                words.append("当年首次参保")
            note, known = rng.choice(words), False
        if known:
            truth_rows += [{"month": _ym(r["year"], m), "unit": r["unit"], "base": r["base"], "paid": 1}
                           for m in r["months"]]
        body.append([str(r["year"]), r["unit"], str(n), _yuan(r["base"]), _yuan(r["base"] * 0.08 * n),
                     _yuan(r["base"] * 0.16 * n), note])
    total = sum(len(r["months"]) for r in years)
    body.append(["合计", "", str(total), "", _yuan(sum(r["base"] * 0.08 * len(r["months"]) for r in years)),
                 _yuan(sum(r["base"] * 0.16 * len(r["months"]) for r in years)), ""])
    al = ["center", "left", "center", "right", "right", "right", "left"]
    y = s.table(x0, y + 30, wd, [head], 9, min_h=22, pad=3, align=["center"] * 7)
    y = s.table(x0, y, wd, body, 8.5, min_h=20, pad=3, align=al)
    y = s.para(x0, y + 20, "说明：1. 缴费月数为当年度实际缴费月数，未足12个月的，备注栏注明缴费月份或原因；2. 个人缴费"
                           "合计按缴费基数的8%计算，单位缴费合计按16%计算，单位缴费部分不记入个人账户；3. 欠缴、中断"
                           "期间不计入缴费月数；4. 本记录仅供参保人员核对个人权益，如有疑问请向参保地社会保险经办机构"
                           "咨询。", x1 - x0, 8.4, leading=1.7)
    yy = max(y + 40, 640.0)
    s.text(x1 - 10, yy, agency, 10.5, align="right")
    s.text(x1 - 10, yy + 22, fdate(printed, "cn")[0], 10.5, align="right")
    s.seal(x1 - 10 - s.width(agency, 10.5) / 2, yy - 4, 40, agency)
    s.line(x0, H - 50, x1, H - 50, width=0.4, grey=0.6)
    s.text(x0, H - 38, "查询验证：甘肃人社网上服务大厅  12333", 7.5, color=GREY)
    s.text(x1, H - 38, "第 1 页  共 1 页", 7.5, align="right", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(truth_rows)}
    return Drawn(paper, truth, printed, producer=rng.choice(("FineReport 10.0", "iText 5.5.13.2")))


# --------------------------------------------------------------------------
# another province's 养老保险 个人缴费明细 printed for a 转移接续 into Gansu (scan)
# --------------------------------------------------------------------------

# province → (short name, agencies, region codes, units)
PROV17 = {
    "陕西省": ("陕西", ("陕西省社会保险经办中心", "西安市社会保险经办中心", "咸阳市社会保险经办中心"),
              ("610100", "610113", "610402"),
              ("陕西建工第五建设集团有限公司", "中铁二十局集团第三工程有限公司", "西安市政设计研究院有限公司",
               "陕西省交通规划设计研究院有限公司", "西安高新区热力有限公司")),
    "新疆维吾尔自治区": ("新疆", ("新疆维吾尔自治区社会保险管理局", "乌鲁木齐市社会保险管理局"),
                         ("650100", "650104", "650106"),
                         ("新疆北新路桥集团股份有限公司", "乌鲁木齐市水务集团有限公司", "新疆交通规划勘察设计研究院有限公司",
                          "中建新疆建工（集团）有限公司", "新疆天山建筑设计院有限公司")),
    "宁夏回族自治区": ("宁夏", ("宁夏回族自治区社会保险事业管理局", "银川市社会保险事业管理局"),
                       ("640100", "640104", "640106"),
                       ("宁夏建工集团有限公司", "银川市市政工程设计研究院有限公司", "宁夏交通建设股份有限公司",
                        "宁夏水务投资集团有限公司")),
}
_CREDIT = "0123456789ABCDEFGHJKLMNPQRTUWXY"
TO17 = ("甘肃省兰州新区社会保险事业服务中心", "甘肃省社会保险事业服务中心", "兰州市社会保险事业管理局")


def _credit17(region: str, rng: random.Random) -> str:
    return "91" + region + "".join(rng.choice(_CREDIT) for _ in range(10))


@family("si_other_province_transfer_in", "social_insurance", "scan",
        "ANOTHER province's 社保 print (陕西/新疆/宁夏 '企业职工基本养老保险个人缴费明细（转移接续）') issued by its 社会保险经办机构 "
        "for a transfer into Gansu: per page the agency header, holder line and column header 序号|缴费年月|单位统一社会信用"
        "代码|单位名称|缴费工资|缴费标志 (1/0 with a legend, or 正常/补收/欠费), rows oldest first over 2-3 pages, a '本页小计' "
        "line at each page foot, 合计 and seal on the last; photographed page by page on a desk")
def si_other_province_transfer_in(p: dict, rng: random.Random, face: str) -> Drawn:
    prov = rng.choice(sorted(PROV17))
    short, agencies, regions, units = PROV17[prov]
    agency = rng.choice(agencies)
    rows = contribution_history(rng, p, n=rng.randint(40, 76))
    # the employers were in the other province: map the history's units onto theirs
    mapped = rng.sample(units, 2)
    seen: dict[str, str] = {}
    for r in rows:
        if r["unit"] not in seen:
            seen[r["unit"]] = mapped[len(seen) % 2]
        r["unit"] = seen[r["unit"]]
    if len(seen) == 1 and rng.random() < 0.6:   # a move between two employers there
        cut = rng.randint(8, len(rows) - 8)
        for r in rows[:cut]:
            r["unit"] = mapped[1]
    # the holder left that province years before this print: the months end a year or more ago
    back = 12 * rng.randint(1, 5)
    for r in rows:
        t = int(r["month"][:4]) * 12 + int(r["month"][5:7]) - 1 - back
        r["month"] = _ym(t // 12, t % 12 + 1)
    listed = [r for r in rows if r["status"] != "中断"]
    codes = {u: _credit17(rng.choice(regions), rng) for u in sorted({r["unit"] for r in listed})}
    t = int(rows[-1]["month"][:4]) * 12 + int(rows[-1]["month"][5:7]) - 1 + rng.randint(2, 9)
    printed = f"{t // 12:04d}-{t % 12 + 1:02d}-{rng.randint(2, 27):02d}"
    numeric = rng.random() < 0.5
    mstyle = rng.choice(("compact", "compact", "iso"))
    to = rng.choice(TO17)
    per_page = rng.randint(26, 30)
    pages = [listed[i:i + per_page] for i in range(0, len(listed), per_page)]
    if len(pages) > 3:
        per_page = -(-len(listed) // 3)
        pages = [listed[i:i + per_page] for i in range(0, len(listed), per_page)]
    paper = Paper(face, A4, pages=0)
    W, H = A4
    x0, x1 = 46.0, W - 46.0
    wd = [30, 56, 118, 178, 64]
    wd.append(x1 - x0 - sum(wd))
    head = ["序号", "缴费年月", "单位统一社会信用代码", "单位名称", "缴费工资", "缴费标志"]
    al = ["center", "center", "center", "left", "right", "center"]
    pid = f"{regions[0][:2]}{rng.randint(10 ** 11, 10 ** 12 - 1)}"
    k = 0
    for pn, chunk in enumerate(pages):
        s = paper.add_page()
        s.text(W / 2, 56, f"{prov}企业职工基本养老保险个人缴费明细", 15, align="center", track=1)
        s.text(W / 2, 74, "（养老保险关系转移接续专用）", 9.5, align="center")
        s.text(x0, 96, f"经办机构：{agency}", 9)
        s.text(x1, 96, f"打印日期：{fdate(printed, 'iso')[0]}", 9, align="right")
        s.text(x0, 112, f"姓名：{p['name']}", 9)
        s.text(x0 + 110, 112, f"公民身份号码：{p['id_number']}", 9)
        s.text(x1, 112, f"个人编号：{pid}", 9, align="right")
        s.text(x0, 128, f"转入地：{to}", 9)
        s.text(x1, 128, "参保状态：暂停缴费（转出）", 9, align="right")
        y = s.table(x0, 136, wd, [head], 8.8, min_h=20, pad=3, align=["center"] * 6)
        body = []
        for r in chunk:
            k += 1
            if numeric:
                flag = "1" if r["paid"] else "0"
            else:
                flag = "欠费" if not r["paid"] else ("补收" if r["status"] == "补缴" else "正常")
            body.append([str(k), fdate(r["month"], mstyle, month=True)[0], codes[r["unit"]], r["unit"],
                         _yuan(r["base"]), flag])
        y = s.table(x0, y, wd, body, 8.4, min_h=17.5, pad=2.5, align=al)
        sub = sum(r["base"] for r in chunk)
        y = s.table(x0, y, [sum(wd[:4]), wd[4], wd[5]], [["本页小计（{}条）".format(len(chunk)), _yuan(sub), ""]],
                    8.6, min_h=18, pad=3, align=["center", "right", "center"])
        if pn == len(pages) - 1:
            paid = sum(r["paid"] for r in listed)
            y = s.table(x0, y, [sum(wd[:4]), wd[4], wd[5]],
                        [[f"合计：实际缴费{paid}个月，欠费{len(listed) - paid}个月", _yuan(sum(r["base"] for r in listed)),
                          ""]], 8.6, min_h=18, pad=3, align=["center", "right", "center"])
            legend = ("注：缴费标志“1”为已缴费，“0”为未缴费（欠费）；" if numeric else
                      "注：缴费标志“正常”为按月足额缴费，“补收”为补缴到账，“欠费”为应缴未缴；")
            y = s.para(x0, y + 18, legend + "未列示月份无缴费记录。本明细供办理基本养老保险关系转移接续使用，"
                                            "转入地经办机构凭此核对参保缴费情况。", x1 - x0, 8.4, leading=1.7)
            s.text(x0, y + 22, f"经办人：{_clerk(rng, p['name'])}", 9.5)
            s.text(x1 - 10, y + 22, f"{agency}（业务专用章）", 9.5, align="right")
            s.seal(x1 - 10 - s.width(agency, 9.5) / 2, min(y + 14, H - 70), 40, agency + "业务专用章")
        s.text(W / 2, H - 36, f"第 {pn + 1} 页  共 {len(pages)} 页", 8, align="center", color=GREY)
    _desk_photos(paper, rng)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, dpi=rng.choice((150, 160)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# CNKI 知网节 article detail page printed from the browser (text)
# --------------------------------------------------------------------------

# monthly journals: CNKI DOI prefix and journal code (no ISSN inside the DOI)
CNKI17 = {"环境工程": ("10.13205", "j.hjgc", "HJGC"), "公路交通科技": ("10.19721", "j.cnki.1002-0268", "GLJK"),
          "工业建筑": ("10.13204", "j.gyjz", "GYJZ"), "化工进展": ("10.16085", "j.cnki.hgjz", "HGJZ"),
          "水利水电技术": ("10.13928", "j.cnki.wrahe", "SJWJ")}
SPECIAL17 = {"环境工程": ("工程科技Ⅰ辑", "环境科学与资源利用", "X703"), "公路交通科技": ("工程科技Ⅱ辑", "公路与水路运输", "U416.217"),
             "工业建筑": ("工程科技Ⅱ辑", "建筑科学与工程", "TU443"), "化工进展": ("工程科技Ⅰ辑", "化学", "TQ085"),
             "水利水电技术": ("工程科技Ⅱ辑", "水利水电工程", "TV523")}
INST17 = ("兰州交通大学土木工程学院", "兰州交通大学环境与市政工程学院", "兰州理工大学能源与动力工程学院",
          "兰州新区城市发展投资集团有限公司", "甘肃省交通规划勘察设计院股份有限公司", "西北民族大学土木工程学院")
FUND17 = ("国家自然科学基金项目", "甘肃省科技计划项目", "甘肃省自然科学基金", "兰州市人才创新创业项目",
          "甘肃省高等学校创新基金项目")
KEYW17 = ("湿陷性黄土", "冻融循环", "数值模拟", "现场监测", "变形规律", "寒旱区", "综合管廊", "再生水", "沥青路面",
          "管网漏损", "初期支护")


def _cnki_doi(j: str, y: int, n: int, k: int) -> str:
    pre, mid, _ = CNKI17[j]
    if mid.startswith("j.cnki."):
        return f"{pre}/{mid}.{y}.{n:02d}.{k:03d}"
    return f"{pre}/{mid}.{y}{n:02d}{k:03d}"


@family("pap_cnki_detail_print", "paper", "text",
        "CNKI 知网节 article DETAIL page printed from the browser (not the PDF): browser header (date/time, '题名 - 中国知网') "
        "and footer (long kns.cnki.net/kcms2 URL, '1/1'), site bar and search box, source line '环境工程 . 2021 , 39 (08)' "
        "with 北大核心/CSCD tags (or '《环境工程》 2021年08期'), title heading, authors as blue underlined links with "
        "superscript numbers, 机构, 摘要/关键词/基金资助/DOI (CNKI form with year and issue)/专辑/专题/分类号, 下载/页码/页数 "
        "bar and 在线公开时间 (distractor), 相关推荐 titles of other articles; no ISSN/CN printed")
def pap_cnki_detail_print(p: dict, rng: random.Random, face: str) -> Drawn:
    j = p["journal"] if p["journal"] in CNKI17 else rng.choice(sorted(CNKI17))
    y = p["pub_year"]
    n = rng.randint(1, 12)
    vol = y - {"环境工程": 1982, "公路交通科技": 1983, "工业建筑": 1970, "化工进展": 1981, "水利水电技术": 1958}[j]
    names = p["authors"]
    insts = rng.sample(INST17, min(len(names), rng.randint(1, 3)))
    marks = [",".join(sorted({str(rng.randint(1, len(insts))) for _ in range(rng.choice((1, 1, 2)))}))
             for _ in names]
    page1 = rng.randint(20, 180)
    page2 = page1 + rng.randint(5, 8)
    k = rng.randint(1, 40)
    doi = _cnki_doi(j, y, n, k)
    online = date(y, n, rng.randint(8, 28)) + timedelta(days=rng.randint(0, 40))
    printed = date(rng.randint(max(y + 1, 2022), 2025), rng.randint(1, 12), rng.randint(1, 28))
    hh, mi = rng.randint(8, 22), rng.randint(0, 59)
    special = SPECIAL17[j]
    code = CNKI17[j][2]
    fname = f"{code}{y}{n:02d}{k:03d}"
    url = ("https://kns.cnki.net/kcms2/article/abstract?v=" +
           "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(58)) +
           "&uniplatform=NZKPT&language=CHS")
    old = rng.random() < 0.3   # the older 知网节 (kcms/detail) of 2019-2021 prints
    if old:
        url = f"https://kns.cnki.net/kcms/detail/detail.aspx?dbcode=CJFD&dbname=CJFDLAST{y}&filename={fname}"
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 40.0, W - 40.0
    stamp = rng.choice((f"{printed.year}/{printed.month}/{printed.day} {hh:02d}:{mi:02d}",
                        f"{printed:%Y-%m-%d} {hh:02d}:{mi:02d}"))
    s.text(20, 16, stamp, 7)
    s.text(W / 2 + 40, 16, f"{p['paper_title']} - 中国知网", 7, align="center")
    s.text(20, H - 12, url if len(url) < 150 else url[:148] + "…", 6.5)
    s.text(W - 20, H - 12, rng.choice(("1/1", "第1页/共1页")), 7, align="right")
    # the site's bar: logo, search box, links (background graphics off: text and rules only)
    s.text(x0, 50, "CNKI", 15, color=(0.1, 0.3, 0.65))
    s.text(x0 + 42, 50, "中国知网", 11, color=(0.1, 0.3, 0.65))
    s.box(x0 + 112, 37, x0 + 352, 55, width=0.6, grey=0.5)
    s.text(x0 + 118, 50, "主题 ▾", 8, color=GREY)
    s.text(x0 + 150, 50, "中文文献、外文文献", 8, color=LIGHT)
    s.box(x0 + 352, 37, x0 + 388, 55, width=0.6, grey=0.5)
    s.text(x0 + 370, 50, "检索", 8.5, align="center")
    s.text(x0 + 396, 50, "高级检索", 7.5, color=LINK)
    s.text(x1, 32, "手机版  English  网站地图  帮助中心  |  登录  个人/机构", 7.5, align="right", color=GREY)
    s.line(x0, 64, x1, 64, width=0.5, grey=0.7)
    yy = 88.0
    if old:
        xe = s.text(x0 + 30, yy, f"《{j}》", 9.5, color=LINK)
        s.text(xe + 6, yy, f"{y}年{n:02d}期", 9.5)
        s.text(xe + 60, yy, "[期刊目录]", 8, color=LINK)
    else:
        xe = s.text(x0 + 30, yy, j, 9.5, color=LINK)
        xe = s.text(xe + 4, yy, f". {y} , {vol} ({n:02d})", 9.5)
        for tag in rng.sample(("北大核心", "CSCD", "EI", "CSTPCD"), rng.randint(1, 3)):
            tw = s.width(tag, 7)
            s.box(xe + 8, yy - 9, xe + 14 + tw, yy + 2, width=0.5, grey=0.5)
            s.text(xe + 11, yy - 1, tag, 7, color=GREY)
            xe += tw + 10
    yy += 34
    for line in s.wrap(p["paper_title"], x1 - x0 - 80, 16):
        s.text(W / 2, yy, line, 16, align="center")
        yy += 22
    # authors as links with superscripts; the superscripts are their own span
    sep = 14.0
    total = sum(s.width(nm, 10.5) + s.width(mk, 6) + 2 for nm, mk in zip(names, marks)) + sep * (len(names) - 1)
    x = W / 2 - total / 2
    yy += 6
    for nm, mk in zip(names, marks):
        xe = s.text(x, yy, nm, 10.5, color=LINK)
        s.page.draw_line((x, yy + 2), (xe, yy + 2), color=LINK, width=0.5)
        x = s.text(xe + 1, yy - 4, mk, 6, color=SUP) + 1 + sep
    yy += 18
    inst_line = "  ".join(f"{i + 1}. {t}" for i, t in enumerate(insts))
    for line in s.wrap(inst_line, x1 - x0 - 60, 8.8):
        s.text(W / 2, yy, line, 8.8, align="center", color=LINK)
        yy += 13
    yy += 14
    lx = x0 + 20
    lw = x1 - lx - 20

    def labelled(label: str, value: str, size: float = 9.0, color=(0.0, 0.0, 0.0)) -> float:
        nonlocal yy
        s.text(lx, yy, label, size)
        off = s.width(label, size) + 4
        lines = s.wrap(value, lw - off, size)
        for i, ln in enumerate(lines):
            s.text(lx + off, yy, ln, size, color=color)
            yy += size * 1.75
        return yy

    abstract = "".join(rng.sample(SENT7, 5))
    labelled("摘要：", abstract)
    yy += 3
    labelled("关键词：", "; ".join(rng.sample(KEYW17, 4)) + ";", color=LINK)
    yy += 3
    funds = rng.sample(FUND17, rng.randint(1, 2))
    labelled("基金资助：", "; ".join(f"{f}({rng.randint(y - 3, y) % 100}{rng.choice(('JR7RA', 'YF', ''))}"
                                     f"{rng.randint(100, 999)})" for f in funds) + ";", color=LINK)
    yy += 3
    labelled("DOI：", doi)
    yy += 3
    xs = s.text(lx, yy, "专辑：", 9)
    xs = s.text(xs + 4, yy, special[0], 9) + 28
    xs = s.text(xs, yy, "专题：", 9)
    xs = s.text(xs + 4, yy, special[1], 9) + 28
    xs = s.text(xs, yy, "分类号：", 9)
    s.text(xs + 4, yy, special[2], 9)
    yy += 22
    s.line(lx, yy - 10, x1 - 20, yy - 10, width=0.4, grey=0.8)
    bar = (f"下载：{rng.randint(40, 900)}    页码：{page1}-{page2}    页数：{page2 - page1 + 1}    "
           f"大小：{rng.randint(600, 4200)}K")
    s.text(lx, yy + 4, bar, 8.5, color=GREY)
    if not old:
        s.text(x1 - 20, yy + 4, f"在线公开时间：{online:%Y-%m-%d} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}", 8.5,
               align="right", color=GREY)
    yy += 24
    bx = lx
    for b in ("手机阅读", "HTML阅读", "PDF下载", "CAJ下载"):
        bw = s.width(b, 9) + 22
        s.box(bx, yy - 13, bx + bw, yy + 6, width=0.6, grey=0.45)
        s.text(bx + bw / 2, yy, b, 9, align="center")
        bx += bw + 10
    yy += 40
    s.text(x0, yy, "相关推荐", 11)
    s.line(x0, yy + 6, x1, yy + 6, width=0.6, grey=0.5)
    yy += 24
    others = [jj for jj in JOURNALS if jj[0] != j]
    titles = set()
    for i in range(rng.randint(4, 6)):
        t = rng.choice(TITLE_A) + rng.choice(TITLE_B) + rng.choice(TITLE_C)
        if t == p["paper_title"] or t in titles:
            continue
        titles.add(t)
        oj = rng.choice(others)[0]
        xe = s.text(x0 + 10, yy, f"[{len(titles)}] ", 8.8)
        xe = s.text(xe, yy, t, 8.8, color=LINK)
        s.text(x1 - 10, yy, f"{oj}  {rng.randint(2016, 2023)}", 8.8, align="right", color=GREY)
        yy += 17
    yy += 20
    s.line(x0, yy, x1, yy, width=0.4, grey=0.7)
    s.text(W / 2, yy + 16, "© 1998-2024 中国知网（CNKI）  《中国学术期刊（光盘版）》电子杂志社有限公司", 7.5, align="center",
           color=GREY)
    s.text(W / 2, yy + 28, "京ICP证040431号  互联网出版许可证 新出网证（京）字008号  京公网安备11010802020460号", 7,
           align="center", color=GREY)
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": j,
             "published": f"{y:04d}-{n:02d}"}
    return Drawn(paper, truth, printed.isoformat(), producer=rng.choice(("Skia/PDF m120", "Microsoft: Print To PDF")))


# --------------------------------------------------------------------------
# 事业单位公开招聘 拟聘用人员审批表 (scan)
# --------------------------------------------------------------------------

# 事业单位 → (its 主管部门, the 人社 office, posts with their 岗位类别及等级)
INSTS17 = (
    ("兰州新区第三人民医院", "兰州新区卫生健康委员会", "兰州新区人力资源和社会保障局",
     (("临床医师", "专业技术十二级"), ("护士", "专业技术十三级"), ("医学检验技师", "专业技术十二级"))),
    ("兰州新区西岔学校", "兰州新区教育局", "兰州新区人力资源和社会保障局",
     (("初中教师", "专业技术十二级"), ("小学教师", "专业技术十二级"), ("专职教师", "专业技术十二级"))),
    ("兰州新区秦川园区管理服务中心", "兰州新区秦川园区管理委员会", "兰州新区人力资源和社会保障局",
     (("规划建设技术员", "专业技术十二级"), ("综合管理", "管理九级"))),
    ("永登县住房和城乡建设服务中心", "永登县住房和城乡建设局", "永登县人力资源和社会保障局",
     (("工程技术员", "专业技术十二级"), ("质量安全监督员", "专业技术十二级"))),
    ("皋兰县水务服务中心", "皋兰县水务局", "皋兰县人力资源和社会保障局",
     (("水利工程技术员", "专业技术十二级"), ("给排水技术员", "专业技术十三级"))),
)
PARTY17 = ("中共党员", "共青团员", "群众", "中共预备党员")
EARLIER17 = ("甘肃中川环保工程技术有限公司", "兰州新区水投集团有限公司", "甘肃兰新民族团结实业有限公司",
             "中国铁建大桥工程局集团第五工程有限公司")


def _plus_months(d: date, k: int) -> date:
    t = d.year * 12 + d.month - 1 + k
    return date(t // 12, t % 12 + 1, min(d.day, 28))


def _cell(s: Sheet, x0: float, y0: float, x1: float, y1: float, text: str, size: float, align: str = "center",
          leading: float = 1.4) -> None:
    s.box(x0, y0, x1, y1, width=0.6)
    lines = s.wrap(text, x1 - x0 - 8, size) or [""]
    ty = (y0 + y1) / 2 - (len(lines) - 1) * size * leading / 2 + size * 0.36
    for ln in lines:
        if align == "center":
            s.text((x0 + x1) / 2, ty, ln, size, align="center")
        else:
            s.text(x0 + 5, ty, ln, size)
        ty += size * leading


@family("emp_recruitment_approval", "employment_proof", "scan",
        "事业单位公开招聘 '拟聘用人员审批表' (or '聘用人员登记表') filed with the 人社局, photographed: bordered grid 姓名|性别|出生年月|"
        "民族|政治面貌|photo, 身份证号, 学历学位, 毕业院校及专业 (distractor school) with 毕业时间, 拟聘单位 (the unit), 拟聘岗位 "
        "(the position) with 岗位类别及等级 and 岗位代码, 考试成绩, 聘用期限 '自2019年9月1日至2022年8月31日（含试用期…）' (start = "
        "start_date), 个人简历, then 拟聘单位意见 / 主管部门意见 / 人社部门意见 boxes each with seal and earlier date, 公示 dates")
def emp_recruitment_approval(p: dict, rng: random.Random, face: str) -> Drawn:
    if p["graduation_date"] < "2008":   # 公开招聘 is a 2006-on procedure: a younger holder of the same name
        p = redate(p, rng, rng.randint(2008, 2020))
    # the post fits the holder's major (a 临床医学 graduate to the hospital, a teacher from 文/理 …)
    fit = {"临床医学": (0,), "汉语言文学": (1,), "数学与应用数学": (1,), "民族学": (1, 2), "会计学": (2,), "会计": (2,)}
    pool = fit.get(p["major"], (2, 3, 4))
    unit, dept, hr, posts = next((i for k, i in enumerate(INSTS17) if i[0] == p["unit"] and k in pool), None) or \
        INSTS17[rng.choice(pool)]
    post, grade = rng.choice(posts)
    if unit == "兰州新区秦川园区管理服务中心" and p["major"] in ("会计学", "会计", "民族学"):
        post, grade = "综合管理", "管理九级"
    gd = date.fromisoformat(p["graduation_date"])
    ws = date.fromisoformat(p["work_start"])
    if not gd + timedelta(days=30) < ws < date(gd.year + 6, 1, 1):
        ws = date(gd.year + rng.choice((0, 1, 1, 2)), rng.choice((7, 8, 9, 10)), 1)
        if ws < gd + timedelta(days=30):
            ws = date(gd.year, 9, 1)
    start = date(ws.year, ws.month, rng.choice((1, 1, 1, 8, 15)))
    end = _plus_months(start, 36) - timedelta(days=1)
    trial_end = _plus_months(start, 3) - timedelta(days=1)
    style = rng.choice(("cn", "cn", "cn0"))
    st_s, st_t = fdate(start.isoformat(), style)
    d_unit = start - timedelta(days=rng.randint(40, 70))
    d_dept = d_unit + timedelta(days=rng.randint(2, 10))
    d_hr = d_dept + timedelta(days=rng.randint(5, 20))
    pub_a = d_unit - timedelta(days=rng.randint(10, 20))
    pub_b = pub_a + timedelta(days=6)
    year = start.year
    region = "兰州新区" if unit.startswith("兰州新区") else unit[:3]
    title = rng.choice((f"{region}{year}年事业单位公开招聘工作人员拟聘用人员审批表", f"{region}事业单位公开招聘聘用人员登记表"))
    birth = fdate(p["birth_date"], rng.choice(("dot", "cn")), month=True)[0]
    grad = fdate(p["graduation_date"], "dot", month=True)[0]
    degree = {"本科": "大学本科/学士", "硕士研究生": "研究生/硕士", "大专": "大专/无"}[p["level"]]
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 56.0, W - 56.0
    s.text(W / 2, 66, title, 14.5 if len(title) < 26 else 13, align="center")
    s.text(x0, 90, f"岗位代码：{year}{rng.choice(('XQ', 'YD', 'GL'))}{rng.randint(1, 60):03d}", 9.5)
    s.text(x1, 90, f"编号：{rng.randint(1, 120):03d}", 9.5, align="right")
    y = 98.0
    rh = 28.0
    c = [x0, x0 + 62, x0 + 136, x0 + 190, x0 + 262, x0 + 318, x1 - 86, x1]
    # rows 1-4 with the photo on the right
    grid = [["姓  名", p["name"], "性  别", p["gender"], "出生年月", birth],
            ["民  族", p["nation"], "政治面貌", rng.choice(PARTY17), "学历学位", degree]]
    for row in grid:
        for i, t in enumerate(row):
            _cell(s, c[i], y, c[i + 1], y + rh, t, 9.5 if i % 2 == 0 else 10)
        y += rh
    _cell(s, c[0], y, c[1], y + rh, "身份证号", 9.5)
    _cell(s, c[1], y, c[6], y + rh, p["id_number"], 10.5, align="left")
    y += rh
    _cell(s, c[0], y, c[1], y + rh * 1.2, "毕业院校及专业", 9)
    _cell(s, c[1], y, c[4], y + rh * 1.2, f"{p['school']}  {p['major']}", 9.5, align="left")
    _cell(s, c[4], y, c[5], y + rh * 1.2, "毕业时间", 9.5)
    _cell(s, c[5], y, c[6], y + rh * 1.2, grad, 10)
    y += rh * 1.2
    s.box(c[6], 98, c[7], y, width=0.6)
    s.photo(c[6] + 9, 104, c[7] - c[6] - 18, y - 104 - 8)
    rows = [
        (("拟聘单位", unit),),
        (("拟聘岗位", post), ("岗位类别及等级", grade)),
        (("考试成绩", f"笔试 {rng.uniform(60, 85):.1f}   面试 {rng.uniform(70, 90):.2f}   综合 {rng.uniform(68, 86):.2f}"),
         ("考察体检", "合格")),
    ]
    for row in rows:
        if len(row) == 1:
            (lab, val), = row
            _cell(s, c[0], y, c[1], y + rh, lab, 9.5)
            _cell(s, c[1], y, c[7], y + rh, val, 10.5, align="left")
        else:
            (la, va), (lb, vb) = row
            _cell(s, c[0], y, c[1], y + rh, la, 9.5)
            _cell(s, c[1], y, c[4], y + rh, va, 10 if la == "拟聘岗位" else 9, align="left")
            _cell(s, c[4], y, c[5] + 20, y + rh, lb, 8.6)
            _cell(s, c[5] + 20, y, c[7], y + rh, vb, 10)
        y += rh
    term = (f"自{st_s}至{fdate(end.isoformat(), style)[0]}（其中试用期自{st_s}至"
            f"{fdate(trial_end.isoformat(), style)[0]}）")
    _cell(s, c[0], y, c[1], y + rh * 1.3, "聘用期限", 9.5)
    _cell(s, c[1], y, c[7], y + rh * 1.3, term, 9.8, align="left")
    y += rh * 1.3
    gy = int(p["graduation_date"][:4])
    resume = [f"{int(p['start_date'][:4])}.09—{gy}.{p['graduation_date'][5:7]}  {p['school']}{p['major']}专业学习"]
    if start.year > gy:
        resume.append(f"{gy}.{int(p['graduation_date'][5:7]) + 1:02d}—{start.year}.{max(start.month - 1, 1):02d}  "
                      f"{rng.choice(EARLIER17)}  {rng.choice(('技术员', '施工员', '职员'))}")
    else:
        resume.append(f"{gy}.{p['graduation_date'][5:7]}—{start.year}.{max(start.month - 1, 1):02d}  待业")
    rh_res = 26.0 + 16.0 * len(resume)
    s.box(c[0], y, c[1], y + rh_res, width=0.6)
    s.vtext((c[0] + c[1]) / 2, y + rh_res / 2 - 22, "个人简历", 9.5, gap=1.5)
    s.box(c[1], y, c[7], y + rh_res, width=0.6)
    ty = y + 20
    for ln in resume:
        s.text(c[1] + 8, ty, ln, 9.3)
        ty += 16
    y += rh_res
    # three opinion boxes, each with a seal and its date
    hand = fonts.font("kai") if fonts.path_of("kai") else paper.font
    opinions = [("拟聘单位意见", f"经考试、考察和体检，同意聘用{p['name']}同志到{post}岗位工作。", unit, d_unit),
                ("主管部门意见", "同意聘用。", dept, d_dept),
                ("人社部门意见", "经审核，符合公开招聘有关规定，同意聘用，按规定办理聘用手续。", hr, d_hr)]
    oh = 86.0
    for lab, words, who, when in opinions:
        s.box(c[0], y, c[1], y + oh, width=0.6)
        _cell(s, c[0], y, c[1], y + oh, lab, 9.2)
        s.box(c[1], y, c[7], y + oh, width=0.6)
        keep = paper.font
        paper.font = hand
        s.text(c[1] + 12, y + 24, words if len(words) < 40 else words[:40], 11, color=INK)
        if len(words) >= 40:
            s.text(c[1] + 12, y + 40, words[40:], 11, color=INK)
        paper.font = keep
        s.text(c[7] - 150, y + oh - 30, "（盖章）", 9.5)
        s.text(c[7] - 12, y + oh - 12, fdate(when.isoformat(), "cn")[0], 9.5, align="right")
        s.seal(c[7] - 96 + rng.uniform(-10, 10), y + oh - 34, 32, who)
        y += oh
    note = f"公示时间：{fdate(pub_a.isoformat(), 'cn')[0]}至{fdate(pub_b.isoformat(), 'cn')[0]}，公示期满无异议。"
    _cell(s, c[0], y, c[1], y + rh, "备  注", 9.5)
    _cell(s, c[1], y, c[7], y + rh, note, 9.3, align="left")
    y += rh
    s.text(x0, y + 20, "注：本表一式三份，拟聘单位、主管部门、人社部门各存一份，并存入本人档案。", 8.6)
    _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.5, 2.4), rng.uniform(0.88, 0.93),
                rng.uniform(0.3, 0.5))
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post, "start_date": st_t}
    return Drawn(paper, truth, d_hr.isoformat(), dpi=rng.choice((150, 160)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# 2010s 学士学位证书 with its English text beside or under it (text)
# --------------------------------------------------------------------------

SCHOOL_EN17 = {"西北民族大学": "Northwest Minzu University", "兰州交通大学": "Lanzhou Jiaotong University",
               "西北大学": "Northwest University", "兰州理工大学": "Lanzhou University of Technology",
               "北方民族大学": "North Minzu University", "中南民族大学": "South-Central Minzu University",
               "西南民族大学": "Southwest Minzu University", "甘肃政法大学": "Gansu University of Political Science and Law",
               "兰州财经大学": "Lanzhou University of Finance and Economics",
               "甘肃中医药大学": "Gansu University of Chinese Medicine", "天水师范学院": "Tianshui Normal University",
               "河西学院": "Hexi University", "兰州城市学院": "Lanzhou City University",
               "甘肃民族师范学院": "Gansu Normal University for Nationalities", "陇东学院": "Longdong University"}
MAJOR_EN17 = {"土木工程": "Civil Engineering", "给排水科学与工程": "Water Supply and Sewerage Science and Engineering",
              "电气工程及其自动化": "Electrical Engineering and Automation",
              "计算机科学与技术": "Computer Science and Technology", "环境工程": "Environmental Engineering",
              "工程管理": "Construction Management", "汉语言文学": "Chinese Language and Literature", "会计学": "Accounting",
              "测绘工程": "Surveying and Mapping Engineering", "化学工程与工艺": "Chemical Engineering and Technology",
              "道路桥梁与渡河工程": "Road, Bridge and River-crossing Engineering", "临床医学": "Clinical Medicine",
              "民族学": "Ethnology", "数学与应用数学": "Mathematics and Applied Mathematics"}
DISC_EN17 = {"工学": "Engineering", "管理学": "Management", "文学": "Arts", "理学": "Science", "医学": "Medicine",
             "法学": "Law"}
PARTNER17 = (("英国诺森比亚大学", "Northumbria University, UK"), ("澳大利亚南澳大学", "University of South Australia"),
             ("美国北亚利桑那大学", "Northern Arizona University, USA"), ("英国赫瑞-瓦特大学", "Heriot-Watt University, UK"),
             ("新西兰林肯大学", "Lincoln University, New Zealand"))
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def _en_date(iso: str) -> str:
    y, m, d = (int(v) for v in iso.split("-"))
    return f"{MONTHS_EN[m - 1]} {d}, {y}"


@family("deg_bilingual_sino_foreign", "degree", "text",
        "2010s 学士学位证书 with its ENGLISH text beside it (landscape, Chinese left, English right) or under it (portrait), as "
        "中外合作办学 / 国际化 programmes issue them: '学士学位证书 / BACHELOR'S DEGREE CERTIFICATE', '…会计学专业（中外合作办学）"
        "完成了本科学习计划…授予管理学学士学位' and '…is hereby conferred the degree of Bachelor of Management', partner "
        "university (distractor), 校长 with his name in pinyin, 学位授予单位 / Degree-Awarding Institution, 证书编号 / "
        "Certificate No. and the date in both languages")
def deg_bilingual_sino_foreign(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(2012, 2021), level="本科")
    if rng.random() < 0.4 and q["major"] != "临床医学":
        q["major"] = rng.choice(("会计学", "工程管理"))
        q["discipline"] = DISCIPLINE[q["major"]]
    sino = rng.random() < 0.6
    partner, partner_en = rng.choice(PARTNER17)
    school, school_en = q["school"], SCHOOL_EN17[q["school"]]
    major_en, disc_en = MAJOR_EN17[q["major"]], DISC_EN17[q["discipline"]]
    he = q["gender"] == "男"
    name_en = _pinyin(q["name"], rng.choice(("family", "given")))
    pres_en = PINYIN.get(q["principal"], q["principal"])
    birth_cn = fdate(q["birth_date"], "cn")[0]
    award_cn, ta = fdate(q["award_date"], rng.choice(("cn", "hz")))
    no = q["degree_certificate_no"]
    years = "五" if q["major"] == "临床医学" else "四"
    cn_text = (f"{q['name']}，{q['gender']}，{birth_cn}生。在{school}{q['major']}专业"
               f"{'（中外合作办学）' if sino else ''}完成了{years}年制本科学习计划，业已毕业，经审核符合《中华人民共和国"
               f"学位条例》的规定，授予{q['discipline']}学士学位。")
    en_text = (f"This is to certify that {name_en}, {'male' if he else 'female'}, born on {_en_date(q['birth_date'])}, "
               f"has completed the {'five' if years == '五' else 'four'}-year undergraduate programme in {major_en}"
               f"{' (Sino-foreign Cooperative Programme)' if sino else ''} at {school_en} and has graduated. In "
               f"accordance with the Regulations on Academic Degrees of the People's Republic of China, "
               f"{'he' if he else 'she'} is hereby conferred the degree of Bachelor of {disc_en}.")
    side = rng.random() < 0.6
    paper = Paper(face, A4L if side else A4)
    s = paper[0]
    W, H = (A4L if side else A4)
    cjk = paper.font
    latin = _latin(cjk)
    _guilloche(s, rng, 34, 34, W - 34, H - 34)
    s.box(20, 20, W - 20, H - 20, width=2.6, grey=0.35)
    s.box(27, 27, W - 27, H - 27, width=0.6, grey=0.35)
    s.text(W / 2, 78, "学 士 学 位 证 书", 26, align="center", track=6)
    paper.font = latin
    s.text(W / 2, 102, "BACHELOR'S DEGREE CERTIFICATE", 13, align="center", track=2)
    paper.font = cjk

    def cn_block(x: float, y: float, w: float, size: float) -> float:
        lines = s.wrap(cn_text, w, size, first=2 * size)
        for i in range(len(lines) - 1):   # an opening bracket never ends a line
            if lines[i].endswith(("《", "（")):
                lines[i], lines[i + 1] = lines[i][:-1], lines[i][-1] + lines[i + 1]
        for i, ln in enumerate(lines):
            s.text(x + (2 * size if i == 0 else 0), y, ln, size)
            y += size * 1.95
        if sino:
            y = s.para(x, y + 2, f"合作院校：{partner}", w, size - 3, leading=1.6)
        return y

    def en_block(x: float, y: float, w: float, size: float) -> float:
        paper.font = latin
        words = en_text.split(" ")
        line = ""
        for wd_ in words:
            cand = (line + " " + wd_).strip()
            if s.width(cand, size) > w and line:
                s.text(x, y, line, size)
                y += size * 1.6
                line = wd_
            else:
                line = cand
        if line:
            s.text(x, y, line, size)
            y += size * 1.6
        if sino:
            s.text(x, y + 2, f"Partner Institution: {partner_en}", size - 1.5)
            y += size * 1.6
        paper.font = cjk
        return y

    pres_cn = f"校长（学位评定委员会主席）：{q['principal']}"
    pres_line = f"President (Chairman of the Academic Degrees Committee): {pres_en}"
    if side:
        mid = W / 2
        s.line(mid, 130, mid, H - 60, width=0.4, grey=0.6)
        px, py, pw, ph = 62.0, 130.0, 78.0, 104.0
        s.photo(px, py, pw, ph)
        s.seal(px + pw - 4, py + ph - 6, 24, school, color=STEEL)
        cn_block(158, 150, mid - 180, 12.5)
        y = 330.0
        s.text(62, y, f"学位授予单位：{school}", 11.5)
        s.text(62, y + 24, pres_cn, 11.5)
        s.text(62, y + 48, f"证书编号：{no}", 11.5)
        s.text(mid - 24, y + 96, award_cn, 12, align="right")
        s.seal(mid - 24 - s.width(award_cn, 12) / 2 + rng.uniform(-10, 10), y + 84, 46, school)
        ex = mid + 24
        en_block(ex, 150, W - 60 - ex, 10.2)
        paper.font = latin
        s.text(ex, y, f"Degree-Awarding Institution: {school_en}", 9.6)
        yy = y + 24
        for ln in ("President", "(Chairman of the Academic Degrees Committee): " + pres_en):
            s.text(ex, yy, ln, 9.6)
            yy += 14
        s.text(ex, y + 62, f"Certificate No.: {no}", 9.6)
        s.text(W - 60, y + 96, f"Date: {_en_date(q['award_date'])}", 10, align="right")
        paper.font = cjk
    else:
        px, py, pw, ph = 64.0, 150.0, 84.0, 112.0
        s.photo(px, py, pw, ph)
        s.seal(px + pw - 4, py + ph - 6, 24, school, color=STEEL)
        y = cn_block(170, 176, W - 234, 13.5)
        y = max(y + 16, 300.0)
        s.text(64, y, f"学位授予单位：{school}", 12.5)
        s.text(64, y + 28, pres_cn, 12.5)
        s.text(64, y + 56, f"证书编号：{no}", 12.5)
        s.text(W - 64, y + 92, award_cn, 12.5, align="right")
        s.seal(W - 64 - s.width(award_cn, 12.5) / 2 + rng.uniform(-10, 10), y + 80, 46, school)
        y += 124
        s.line(64, y, W - 64, y, width=0.4, grey=0.6)
        y = en_block(64, y + 32, W - 128, 11.5)
        paper.font = latin
        y += 12
        s.text(64, y, f"Degree-Awarding Institution: {school_en}", 10.5)
        y += 22
        if s.width(pres_line, 10.5) < W - 128:
            s.text(64, y, pres_line, 10.5)
        else:
            s.text(64, y, "President", 10.5)
            y += 16
            s.text(64, y, "(Chairman of the Academic Degrees Committee): " + pres_en, 10.5)
        y += 22
        s.text(64, y, f"Certificate No.: {no}", 10.5)
        s.text(W - 64, y + 34, f"Date: {_en_date(q['award_date'])}", 10.5, align="right")
        paper.font = cjk
    s.page.insert_image(pymupdf.Rect(W - 92, H - 96, W - 44, H - 48), stream=_qr(rng))
    s.text(W - 98, H - 54, "学位查询：www.chinadegrees.cn", 7, align="right", color=GREY)
    return Drawn(paper, _deg_truth(q, ta), q["award_date"],
                 producer=rng.choice(("Adobe PDF Library 15.0", "Acrobat Distiller 11.0 (Windows)")))
