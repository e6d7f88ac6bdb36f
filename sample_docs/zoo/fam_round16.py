"""Sixteenth round of held-out families (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents'
layouts and wording without looking at the parsers.

Social insurance:
* si_web_query_pagebreak — the 甘肃政务服务网 / 甘肃人社 page "个人参保缴费信息查询" printed from the
  browser in LANDSCAPE (text PDF): the browser's header (date and time left, the page's <title>
  centred) and footer (URL left, "第 1 页/共 3 页" right) in the margins; the page once, at the top:
  the site's name (background graphics off, so no banner colour), menu, breadcrumb, the holder line
  and a filter bar "险种类型：企业职工基本养老保险  起止年月：2019-03 至 2024-03"; then the result grid
  序号 | 缴费年月 | 单位编号 | 单位名称 | 缴费基数 | 单位应缴 | 个人应缴 | 实缴标志 | 到账日期 with the
  rows NEWEST FIRST. The 单位名称 column is narrow: a long unit name wraps to two lines inside its
  cell (the row grows, its other cells sit centred), a short one does not. The browser's page
  breaks fall between rows wherever the sheet is full: the grid's header row is NOT repeated on
  the continuation sheets. 实缴标志 已实缴 / 未实缴 (owed: paid 0, 到账日期 blank); a 补缴 month is
  已实缴 with a 到账日期 months later; 中断 months are absent. Two or three units over the years.
* si_flexible_quarterly_photo — a 社保经办大厅 window print "灵活就业人员基本养老保险缴费记录" of a
  person who left employment and pays as 灵活就业人员 (个体), stamped with the 业务专用章 and
  photographed at a slant on a desk with a shadow across it (scan): a holder box (参保身份 灵活就业
  人员), "一、在职期间单位缴费记录" with one row per stretch (缴费起止年月 | 月数 | 缴费单位 | 月缴费
  基数 | 缴费状态, a stretch breaks at a unit, base or status change), then "二、个人缴费记录（灵活
  就业人员）" paid QUARTERLY or HALF-YEARLY: each row a period "2022.01-2022.03" | 月数 3 | 缴费档次
  60% / 100% | 月缴费基数 (the 档次 of the 全口径 average wage) | 缴费金额 (20 % × months) | 缴费方式
  银行代扣 / 柜面 | 缴费日期, with NO unit column; a first period may be a part quarter, a skipped
  period has no row. Truth (the convention of fam_round5's si_tax_flexible): one row per month a
  period covers, unit "个人缴费" (the payer the print names, in the section heading) for the
  灵活就业 months and the employer for the employed ones; 欠缴 stretches paid 0.
Degree:
* deg_1990s_kai_fillin — a 1990s 学士学位证书 inside page (国务院学位委员会 booklet style),
  yellowed, photographed: the form printed with blanks and the holder's values FILLED IN in
  楷体 over the underlines: "学生 X 系 甘肃 省 永登 县人，一九 七三 年 十 月生。在 兰州交通 大学
  土木工程 专业完成了 四 年制本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，
  授予 工学 学士学位。", "X 大学 校长（学位评定委员会主席）", the date "一九九 六 年 七 月 一 日"
  with the decade printed and the rest filled, the photo with its 钢印 and the 证书编号 printed
  in RED at the bottom right with a space inside it ("107324 1996000123").
Diploma:
* dip_selfstudy_dual_issuer — the 2010s–2020s LANDSCAPE 高等教育自学考试毕业证书 issued by the
  甘肃省高等教育自学考试委员会 with the 主考学校 (a university) named beside it, as the 电子版 PDF
  (text): title, photo box with the 准考证号 (a 12-digit distractor, its last five digits the
  证书编号's serial) and the 17-digit 证书编号 under it, prose "考生 X，性别 男，1990年3月5日出生，
  参加高等教育自学考试，所考课程成绩合格，经审定，准予毕业。", a label block 专业 / 层次（本科 /
  专科）/ 毕业时间 in Chinese numerals, the two issuers SIDE BY SIDE at the foot each over its
  seal ("主考学校：…" left, the 自考委 right), a QR code with the 学信网 查询 line bottom right.
  Truth as dip_selfstudy_exam's: school = the 主考学校, no start_date.
Employer:
* emp_contract_renewal_table — a 劳动合同续订书 (one page, bordered form, text PDF): 甲方 unit name
  and 统一社会信用代码 and 法定代表人, 乙方 name, 性别 and 身份证号码, rows 原劳动合同期限 (the FIRST
  contract: its start is the truth's start_date, day included), for a long-serving holder a row
  历次续订情况 listing the earlier fixed-term renewals, 本次续订（第N次） (fixed term, or 无固定期限
  after earlier renewals), 工作岗位 / 工作地点, the 续订 clause, and the signature cells of both
  parties with the signing date; the 甲方's seal. The renewal dates and the signing date (all later
  than the start) are distractors; the form is 2015 or later.
"""
from __future__ import annotations

import io
import random
from datetime import date, timedelta

import pymupdf
from PIL import Image, ImageDraw, ImageFilter

from . import fonts
from .draw import A4, A4L, RED, Paper, Sheet
from .facts import SCHOOLS, UNITS, contribution_history, redate
from .fam_certs import _deg_truth
from .fam_heldout2a import _qr
from .fam_redraw import _SELF_STUDY_SCHOOLS, _born, _self_study_no
from .fam_round5 import AVG_WAGE
from .fam_round7 import _photograph, _print_date, _truth_rows, _yuan
from .fam_round13 import _clerk, _guilloche
from .fam_round14 import _next
from .fam_round15 import _runs_by
from .registry import Drawn, family, fdate, hz_num, hz_year

GREY = (0.35, 0.35, 0.35)
STEEL = (0.55, 0.55, 0.55)   # a 钢印 photographs as a grey ring
NAVY = (0.1, 0.2, 0.45)


def _add_months(m: str, k: int) -> str:
    t = int(m[:4]) * 12 + int(m[5:7]) - 1 + k
    return f"{t // 12:04d}-{t % 12 + 1:02d}"


def _unit_code(rng: random.Random) -> str:
    return f"62{rng.randint(10 ** 8, 10 ** 9 - 1)}"


# --------------------------------------------------------------------------
# 甘肃政务服务网 个人参保缴费信息查询, printed from the browser in landscape (text)
# --------------------------------------------------------------------------

URLS16 = ("https://zwfw.gansu.gov.cn/rsfw/grfw/cbjfxxcx.do", "https://rst.gansu.gov.cn/ggfw/sbcx/grjfxx",
          "https://zwfw.gansu.gov.cn/gsrs/personal/payQuery?aae140=110")
_SHORT = [u for u in UNITS if len(u) <= 12]
_LONG = [u for u in UNITS if len(u) >= 15]


@family("si_web_query_pagebreak", "social_insurance", "text",
        "甘肃政务服务网 / 甘肃人社 '个人参保缴费信息查询' printed from the browser in LANDSCAPE: browser header (date/time, "
        "title) and footer (URL, '第 n 页/共 m 页'), the web page once (site name, menu, breadcrumb, holder line, filter "
        "bar '险种类型：企业职工基本养老保险  起止年月：…'), grid 序号|缴费年月|单位编号|单位名称|缴费基数|单位应缴|个人应缴|"
        "实缴标志|到账日期 NEWEST FIRST, long unit names wrapped to two lines in a narrow cell, page breaks mid-table "
        "with the header row NOT repeated; 已实缴 / 未实缴 (owed, 到账日期 blank); 中断 months absent; 2-3 units")
def si_web_query_pagebreak(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(34, 72))
    # the units over the years: one of them long enough to wrap in the narrow cell, one short
    last = p["unit"]
    pool = _SHORT if len(last) >= 15 else _LONG
    older = [rng.choice([u for u in pool if u != last])]
    if rng.random() < 0.5:
        older.insert(0, rng.choice([u for u in UNITS if u not in older and u != last]))
    cuts = sorted(rng.sample(range(6, len(rows) - 8), len(older)))
    for i, r in enumerate(rows):
        for k, c in enumerate(cuts):
            if i < c:
                r["unit"] = older[k]
                break
        else:
            r["unit"] = last
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    codes = {u: _unit_code(rng) for u in {r["unit"] for r in listed}}
    mstyle = rng.choice(("compact", "iso"))
    url = rng.choice(URLS16)
    title = rng.choice(("个人参保缴费信息查询-甘肃政务服务网", "甘肃政务服务网 - 个人参保缴费信息查询"))
    paper = Paper(face, A4L, pages=0)
    W, H = A4L
    x0, x1 = 36.0, W - 36.0
    wd = [38, 64, 92, 116, 80, 80, 80, 68]
    wd.append(x1 - x0 - sum(wd))
    head = ["序号", "缴费年月", "单位编号", "单位名称", "缴费基数", "单位应缴", "个人应缴", "实缴标志", "到账日期"]
    align = ["center", "center", "center", "left", "right", "right", "right", "center", "center"]
    size = 8.6
    sheets: list[Sheet] = []

    def new_sheet() -> Sheet:
        sh = paper.add_page()
        sheets.append(sh)
        return sh

    s = new_sheet()
    # the web page's top: background graphics are off in the print, so the banner is text on white
    s.text(x0, 58, "甘肃政务服务网", 20, color=NAVY, track=1)
    s.text(x0 + 152, 58, "甘肃省人力资源和社会保障厅", 11, color=NAVY)
    s.text(x1, 56, f"您好，{p['name']}    个人中心    退出", 8.5, align="right", color=GREY)
    s.line(x0, 68, x1, 68, width=0.6, grey=0.7)
    x = x0 + 4
    for it in ("首页", "个人办事", "法人办事", "部门服务", "主题集成服务", "好差评", "政务公开"):
        x = s.text(x, 84, it, 9) + 26
    s.line(x0, 92, x1, 92, width=0.4, grey=0.8)
    s.text(x0, 108, "当前位置：首页 > 个人办事 > 社会保障 > 个人参保缴费信息查询", 8, color=GREY)
    s.text(x0, 132, "个人参保缴费信息查询", 13)
    s.line(x0, 139, x1, 139, width=0.8, grey=0.3)
    s.text(x0, 158, f"姓名：{p['name']}", 9)
    s.text(x0 + 120, 158, f"证件号码：{p['id_number']}", 9)
    s.text(x0 + 320, 158, "参保地：甘肃省本级" if rng.random() < 0.3 else "参保地：兰州新区", 9)
    s.text(x0 + 460, 158, "参保状态：正常参保", 9)
    a = fdate(listed[0]["month"], "iso", month=True)[0]
    b = fdate(listed[-1]["month"], "iso", month=True)[0]
    fy = 180.0
    xe = s.text(x0, fy, "险种类型：", 9)
    s.box(xe + 2, fy - 11, xe + 150, fy + 4, width=0.5, grey=0.6)
    s.text(xe + 6, fy, "企业职工基本养老保险", 9)
    s.text(xe + 141, fy - 1, "▾", 7, align="right", color=GREY)
    xe = s.text(xe + 172, fy, "起止年月：", 9)
    s.box(xe + 2, fy - 11, xe + 62, fy + 4, width=0.5, grey=0.6)
    s.text(xe + 7, fy, a, 9)
    xe = s.text(xe + 70, fy, "至", 9)
    s.box(xe + 6, fy - 11, xe + 66, fy + 4, width=0.5, grey=0.6)
    s.text(xe + 11, fy, b, 9)
    s.box(xe + 84, fy - 12, xe + 124, fy + 5, width=0.6, grey=0.3)
    s.text(xe + 104, fy - 0.5, "查询", 9, align="center")
    s.box(xe + 132, fy - 12, xe + 172, fy + 5, width=0.5, grey=0.6)
    s.text(xe + 152, fy - 0.5, "重置", 9, align="center")
    y = s.table(x0, 194, wd, [head], size + 0.4, min_h=20, pad=3, align=["center"] * 9)
    bottom = H - 34
    n = len(listed)
    for i, r in enumerate(reversed(listed)):
        owed = not r["paid"]
        if owed:
            flag, arrived = "未实缴", ""
        else:
            flag = "已实缴"
            later = rng.randint(3, 9) if r["status"] == "补缴" else 1
            am = _add_months(r["month"], later)
            arrived = f"{am}-{rng.randint(5, 26):02d}"
        cells = [str(i + 1), fdate(r["month"], mstyle, month=True)[0], codes[r["unit"]], r["unit"], _yuan(r["base"]),
                 _yuan(r["base"] * 0.16), _yuan(r["base"] * 0.08), flag, arrived]
        lines = len(s.wrap(r["unit"], wd[3] - 6, size))
        hgt = max(17.0, lines * size * 1.3 + 6)
        if y + hgt > bottom:   # the browser's page break: the next sheet starts with the next row
            s = new_sheet()
            y = 30.0
        y = s.table(x0, y, wd, [cells], size, min_h=17, pad=3, leading=1.3, align=align)
    y += 16
    if y + 50 > bottom:
        s = new_sheet()
        y = 44.0
    s.text(x0, y, f"共 {n} 条记录", 8.5)
    s.text(x1, y, "注：实缴标志为“未实缴”的月份为欠缴月份，不计入实际缴费年限。", 8, align="right", color=GREY)
    s.line(x0, y + 16, x1, y + 16, width=0.4, grey=0.75)
    s.text(W / 2, y + 30, "主办：甘肃省人民政府办公厅    承办：甘肃省大数据中心    技术支持：甘肃省人力资源和社会保障厅信息中心",
           7.5, align="center", color=GREY)
    s.text(W / 2, y + 42, "陇ICP备05000376号    甘公网安备62010202000123号", 7.5, align="center", color=GREY)
    hh, mm = rng.randint(8, 17), rng.randint(0, 59)
    yy, mo, dd = (int(v) for v in printed.split("-"))
    stamp = rng.choice((f"{yy}/{mo}/{dd} {hh:02d}:{mm:02d}", f"{yy}-{mo:02d}-{dd:02d} {hh:02d}:{mm:02d}"))
    for k, sh in enumerate(sheets):
        sh.text(20, 16, stamp, 7)
        sh.text(W / 2, 16, title, 7, align="center")
        sh.text(20, H - 12, url, 7)
        sh.text(W - 20, H - 12, f"第 {k + 1} 页/共 {len(sheets)} 页", 7, align="right")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, producer=rng.choice(("Skia/PDF m109", "Microsoft: Print To PDF")))


# --------------------------------------------------------------------------
# 灵活就业人员 养老保险 缴费记录: quarterly / half-yearly periods, photographed with a shadow (scan)
# --------------------------------------------------------------------------

AGENCY16 = ("兰州新区社会保险事业服务中心", "兰州市社会保险事业管理局", "永登县社会保险事业服务中心",
            "皋兰县社会保险事业服务中心")


def _flex_history(p: dict, rng: random.Random) -> tuple[list[dict], list[dict], int]:
    """Employed months (unit, base, paid) then 灵活就业 periods (a list of months each, one 档次)."""
    end = rng.choice(("2023-12", "2024-03", "2024-06", "2024-09"))
    n_flex = rng.randint(14, 40)
    gap = rng.choice((0, 0, 1, 2, 3, 5))
    n_emp = rng.randint(20, 60)
    flex_start = _add_months(end, -(n_flex - 1))
    emp_end = _add_months(flex_start, -(gap + 1))
    emp_start = _add_months(emp_end, -(n_emp - 1))
    units = [rng.choice([u for u in UNITS if u != p["unit"]])]
    if rng.random() < 0.5:
        units.insert(0, rng.choice([u for u in UNITS if u not in units]))
    switch = rng.randint(8, n_emp - 8) if len(units) == 2 else n_emp
    base = rng.choice((3200, 3500, 3877, 4120.5, 4800))
    owe_at = rng.randrange(n_emp) if rng.random() < 0.5 else -1
    owe_len = rng.randint(1, 3)
    emp = []
    m = emp_start
    for i in range(n_emp):
        if m.endswith("-01") and i:
            base = round(base * rng.choice((1.0, 1.05, 1.07)), rng.choice((0, 0, 1)))
        paid = 0 if owe_at <= i < owe_at + owe_len else 1
        emp.append({"month": m, "unit": units[0] if i < switch else units[-1], "base": base, "paid": paid,
                    "status": "欠缴" if not paid else "已缴"})
        m = _next(m)
    # 灵活就业: quarterly or half-yearly periods on the calendar, the first one from the start month
    step = rng.choice((3, 3, 6))
    grade = rng.choice((0.6, 0.6, 1.0))
    periods = []
    m = flex_start
    while m <= end:
        months = [m]
        while True:
            nx = _next(months[-1])
            if nx > end or (int(nx[5:7]) - 1) % step == 0:
                break
            months.append(nx)
        periods.append(months)
        m = _next(months[-1])
    skip = rng.randrange(1, len(periods) - 1) if len(periods) > 3 and rng.random() < 0.4 else -1
    flex = []
    for k, ms in enumerate(periods):
        if k == skip:
            continue
        y = int(ms[0][:4])
        if ms[0].endswith("-01") and rng.random() < 0.25:
            grade = 1.0 if grade == 0.6 else 0.6
        # the 档次 is a share of the PREVIOUS year's 全口径 average wage
        flex.append({"months": ms, "grade": grade, "base": round(AVG_WAGE.get(y - 1, 7000) * grade, 2)})
    return emp, flex, step


def _soft_shadow(pts: list[tuple[float, float]], w: float, h: float, depth: float) -> bytes:
    """A shadow falling over part of the photo: the polygon, blurred, as a translucent PNG."""
    k = 0.5   # pixels per point: the blur hides the coarse raster
    mask = Image.new("L", (int(w * k), int(h * k)), 0)
    ImageDraw.Draw(mask).polygon([(x * k, y * k) for x, y in pts], fill=int(255 * depth))
    mask = mask.filter(ImageFilter.GaussianBlur(12))
    img = Image.new("RGBA", mask.size, (0, 0, 0, 0))
    img.putalpha(mask)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


@family("si_flexible_quarterly_photo", "social_insurance", "scan",
        "社保经办大厅 print '灵活就业人员基本养老保险缴费记录', stamped and photographed at a slant with a shadow: holder box "
        "(参保身份 灵活就业人员), '一、在职期间单位缴费记录' stretches (缴费起止年月|月数|缴费单位|月缴费基数|缴费状态), then "
        "'二、个人缴费记录（灵活就业人员）' paid QUARTERLY or HALF-YEARLY: '2022.01-2022.03' | 月数 3 | 缴费档次 60%/100% | "
        "月缴费基数 | 缴费金额 | 缴费方式 银行代扣/柜面 | 缴费日期, no unit column; a skipped period has no row", ranges=True)
def si_flexible_quarterly_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    emp, flex, step = _flex_history(p, rng)
    last = flex[-1]["months"][-1]
    printed = f"{_next(last)}-{rng.randint(3, 26):02d}"
    agency = rng.choice(AGENCY16)
    pstyle = rng.choice(("dot", "dot", "compact"))

    def ym(m: str) -> str:
        return fdate(m, pstyle, month=True)[0]

    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 46.0, W - 46.0
    s.text(W / 2, 64, "灵活就业人员基本养老保险缴费记录", 17, align="center", track=1)
    s.text(x0, 88, f"经办机构：{agency}", 9)
    s.text(x1, 88, f"打印日期：{fdate(printed, 'cn0')[0]}", 9, align="right")
    total_months = sum(r["paid"] for r in emp) + sum(len(f["months"]) for f in flex)
    grid = [["姓名", p["name"], "性别", p["gender"], "参保身份", "灵活就业人员"],
            ["公民身份号码", p["id_number"], "个人编号", f"62{rng.randint(10 ** 9, 10 ** 10 - 1)}",
             "首次参保年月", ym(emp[0]["month"])],
            ["参保险种", "企业职工基本养老保险", "参保状态", "正常参保", "累计缴费月数", str(total_months)]]
    cw = [70, 112, 56, 86, 72]
    cw.append(x1 - x0 - sum(cw))
    y = s.table(x0, 96, cw, grid, 8.6, min_h=20, pad=3, align=["center"] * 6)
    y += 22
    s.text(x0, y, "一、在职期间单位缴费记录", 10.5)
    y += 8
    wd = [30, 116, 36, 170, 82]
    wd.append(x1 - x0 - sum(wd))
    y = s.table(x0, y, wd, [["序号", "缴费起止年月", "月数", "缴费单位", "月缴费基数", "缴费状态"]], 8.6, min_h=19, pad=3,
                align=["center"] * 6)
    runs = _runs_by(emp, key=lambda r: (r["unit"], r["base"], r["paid"]))
    for k, run in enumerate(runs):
        span = ym(run[0]["month"]) + "-" + ym(run[-1]["month"])
        y = s.table(x0, y, wd, [[str(k + 1), span, str(len(run)), run[0]["unit"], _yuan(run[0]["base"]),
                                 run[0]["status"]]], 8.4, min_h=17, pad=3, leading=1.25,
                    align=["center", "center", "center", "left", "right", "center"])
    y += 22
    way = rng.choice(("银行代扣", "银行代扣", "柜面"))
    heading = "二、个人缴费记录（灵活就业人员）"
    s.text(x0, y, heading, 10.5)
    s.text(x1, y, f"缴费周期：{'按季' if step == 3 else '按半年'}", 8.5, align="right", color=GREY)
    y += 8
    wf = [30, 104, 32, 52, 74, 74, 62]
    wf.append(x1 - x0 - sum(wf))
    y = s.table(x0, y, wf, [["序号", "缴费期间", "月数", "缴费档次", "月缴费基数", "缴费金额", "缴费方式", "缴费日期"]], 8.6,
                min_h=19, pad=3, align=["center"] * 8)
    total = 0.0
    for k, f in enumerate(flex):
        ms = f["months"]
        amount = f["base"] * 0.20 * len(ms)
        total += amount
        if rng.random() < 0.15:
            way = "柜面" if way == "银行代扣" else "银行代扣"
        paid_on = date(int(ms[0][:4]), int(ms[0][5:7]), 1) + timedelta(days=rng.randint(5, 28 * len(ms) - 3))
        y = s.table(x0, y, wf, [[str(k + 1), ym(ms[0]) + "-" + ym(ms[-1]), str(len(ms)), f"{int(f['grade'] * 100)}%",
                                 _yuan(f["base"]), _yuan(amount), way, paid_on.isoformat()]], 8.4, min_h=17, pad=3,
                    leading=1.25, align=["center", "center", "center", "center", "right", "right", "center", "center"])
    y += 16
    s.text(x0, y, f"个人缴费合计：{_yuan(total, sep=True)}元", 9)
    y += 16
    y = s.para(x0, y, "说明：1. 灵活就业人员缴费基数按上年度全省全口径城镇单位就业人员月平均工资的60%至300%之间选择"
                      "（缴费档次），缴费比例为20%；2. 可按月、按季或按半年缴纳，所缴月份计入缴费年限；3. 未缴费期间"
                      "不在本记录中列示；4. 本记录经经办机构盖章有效。", x1 - x0, 8.2, leading=1.6)
    yy = min(y + 64, H - 110)
    s.text(x1 - 20, yy, f"{agency}（业务专用章）", 10, align="right")
    s.text(x1 - 30, yy + 22, fdate(printed, "cn")[0], 10, align="right")
    s.text(x0, yy + 22, f"经办人：{_clerk(rng, p['name'])}", 10)
    s.seal(x1 - 20 - s.width(agency, 10) / 2 - 20, yy - 4, 40, agency + "业务专用章")
    _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(2.0, 4.5), rng.uniform(0.84, 0.9), rng.uniform(0.3, 0.5))
    # the phone's (or the photographer's) shadow over one side of the sheet
    page = paper.doc[0]
    side = rng.choice(("left", "bottom", "corner"))
    if side == "left":
        pts = [(0, 0), (W * rng.uniform(0.25, 0.4), 0), (W * rng.uniform(0.15, 0.3), H), (0, H)]
    elif side == "bottom":
        pts = [(0, H * rng.uniform(0.62, 0.75)), (W, H * rng.uniform(0.7, 0.85)), (W, H), (0, H)]
    else:
        pts = [(W * rng.uniform(0.45, 0.6), H), (W, H * rng.uniform(0.45, 0.6)), (W, H)]
    page.insert_image(page.rect, stream=_soft_shadow(pts, W, H, rng.uniform(0.22, 0.34)), overlay=True)
    contrib = [dict(r) for r in emp]
    for f in flex:
        contrib += [{"month": m, "unit": "个人缴费", "base": f["base"], "paid": 1} for m in f["months"]]
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(contrib)}
    return Drawn(paper, truth, printed, dpi=rng.choice((150, 160)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# 1990s 学士学位证书 inside page, form filled in 楷体 over the blanks, red number (scan)
# --------------------------------------------------------------------------

PLACES16 = {"620121": ("甘肃", "永登", "县"), "620122": ("甘肃", "皋兰", "县"), "620123": ("甘肃", "榆中", "县"),
            "620502": ("甘肃", "天水", "市"), "620602": ("甘肃", "武威", "市"), "620702": ("甘肃", "张掖", "市"),
            "621102": ("甘肃", "定西", "市"), "622901": ("甘肃", "临夏", "市"), "622921": ("甘肃", "临夏", "县"),
            "623001": ("甘肃", "合作", "市"), "623021": ("甘肃", "临潭", "县"), "630102": ("青海", "西宁", "市"),
            "640104": ("宁夏", "银川", "市"), "650102": ("新疆", "乌鲁木齐", "市")}


def _fill_flow(s: Sheet, x0: float, y: float, width: float, parts: list, size: float, hand, leading: float,
               indent: float = 0.0) -> float:
    """A printed form line with blanks: ``parts`` alternate printed text (str) and filled values
    (tuple: value, blank width); a value sits centred in 楷体 over its underline. Printed text wraps
    by the character, a blank never breaks. Returns the baseline after the last line."""
    paper = s.paper
    keep = paper.font
    x = x0 + indent
    right = x0 + width
    for part in parts:
        if isinstance(part, tuple):
            value, w = part
            paper.font = hand
            w = max(w, s.width(value, size + 1) + 10)
            if x + w > right:
                x, y = x0, y + size * leading
            s.line(x, y + 3, x + w, y + 3, width=0.5, grey=0.15)
            s.text(x + (w - s.width(value, size + 1)) / 2, y - 0.6, value, size + 1)
            paper.font = keep
            x += w
            continue
        for ch in part:
            adv = s.width(ch, size)
            need = adv * 2 if ch in "《（“" else adv   # an opening bracket never ends a line
            if x + need > right and ch not in "，。、；：）》":
                x, y = x0, y + size * leading
            s.text(x, y, ch, size)
            x += adv
    paper.font = keep
    return y + size * leading


@family("deg_1990s_kai_fillin", "degree", "scan",
        "1990s 学士学位证书 inside page (国务院学位委员会 booklet style), yellowed and photographed: the printed form with "
        "the holder's values FILLED IN in 楷体 over underlines ('学生 X 系 甘肃 省 永登 县人，一九 七三 年 十 月生。在 兰州交通 "
        "大学 土木工程 专业完成了 四 年制本科学习计划…授予 工学 学士学位。'), '… 大学 校长（学位评定委员会主席）', the date "
        "'一九九 六 年 七 月 一 日' partly printed, photo with 钢印, the 证书编号 printed in RED bottom right with a space inside")
def deg_1990s_kai_fillin(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(1990, 1999), level="本科")
    if not q["school"].endswith("大学"):
        q["school"] = rng.choice([n for n, (_, k) in SCHOOLS.items() if k == "u"])
        code = SCHOOLS[q["school"]][0]
        q["degree_certificate_no"] = code + q["degree_certificate_no"][5:]
    prov, county, kind = PLACES16.get(q["id_number"][:6], ("甘肃", "榆中", "县"))
    W, H = 470.0, 620.0
    paper = Paper(face, (W, H))
    s = paper[0]
    hand = fonts.font("kai") if fonts.path_of("kai") else paper.font
    s.page.draw_rect(s.page.rect, color=None, fill=(0.95, 0.91, 0.79))   # the yellowed paper
    s.page.draw_rect(pymupdf.Rect(20, 20, W - 20, H - 20), color=(0.55, 0.3, 0.2), width=2.0)
    s.page.draw_rect(pymupdf.Rect(26, 26, W - 26, H - 26), color=(0.55, 0.3, 0.2), width=0.6)
    s.text(W / 2, 92, "学 士 学 位 证 书", 23, align="center", track=3)
    px, py, pw, ph = 62.0, 116.0, 80.0, 106.0
    s.photo(px, py, pw, ph)
    s.seal(px + pw - 4, py + ph - 6, 26, q["school"], color=STEEL)
    birth = date.fromisoformat(q["birth_date"])
    years = "五" if q["major"] == "临床医学" else "四"
    size = 13.5
    parts = ["学生", (q["name"], 62), "系", (prov, 40), "省", (county, 54), f"{kind}人，一九",
             (hz_year(birth.year)[2:], 30), "年", (hz_num(birth.month), 24), "月生。在", (q["school"][:-2], 80), "大学",
             (q["major"], 96), "专业完成了", (years, 20), "年制本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》"
             "的规定，授予", (q["discipline"], 44), "学士学位。"]
    y = _fill_flow(s, 58, 268, W - 116, parts, size, hand, leading=2.5, indent=2 * size)
    y = max(y + 30, 430)
    _fill_flow(s, 150, y, W - 180, [(q["school"][:-2], 76), "大学"], size, hand, leading=2.0)
    s.text(150, y + 28, "校长", size)
    s.text(150, y + 46, "（学位评定委员会主席）", 9.5)
    keep = paper.font
    paper.font = hand
    s.text(196, y + 28, q["principal"], size + 1)
    paper.font = keep
    ay, am, ad = (int(v) for v in q["award_date"].split("-"))
    dparts = ["一九九", (hz_year(ay)[3], 20), "年", (hz_num(am), 24), "月", (hz_num(ad), 30), "日"]
    _fill_flow(s, 170, y + 80, W - 200, dparts, size, hand, leading=2.0)
    s.seal(250, y + 30, 40, q["school"])
    _, ta = fdate(q["award_date"], "hz")
    no = q["degree_certificate_no"]
    cut = rng.choice((5, 6, 10))
    label = rng.choice(("证书编号：", "编号：", "No. "))
    s.text(W - 46, H - 44, f"{label}{no[:cut]} {no[cut:]}", 10.5, align="right", color=RED)
    _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.8, 3.2), rng.uniform(0.84, 0.92),
                rng.uniform(0.25, 0.45))
    return Drawn(paper, _deg_truth(q, ta), q["award_date"], dpi=rng.choice((170, 180)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# 2010s-2020s landscape 自学考试 毕业证书, 主考学校 and 自考委 side by side, QR (text)
# --------------------------------------------------------------------------

@family("dip_selfstudy_dual_issuer", "diploma", "text",
        "2010s-2020s LANDSCAPE 高等教育自学考试毕业证书 (电子版 PDF) of the 甘肃省高等教育自学考试委员会 with the 主考学校 named: "
        "photo box with the 12-digit 准考证号 (distractor) and the 17-digit 证书编号 under it, prose '考生X，性别男，"
        "1990年3月5日出生，参加高等教育自学考试，所考课程成绩合格，经审定，准予毕业', label block 专业/层次/毕业时间 (Chinese "
        "numerals), the two issuers SIDE BY SIDE at the foot each over its seal, QR and 学信网 line bottom right")
def dip_selfstudy_dual_issuer(p: dict, rng: random.Random, face: str) -> Drawn:
    level = rng.choice(("本科", "本科", "大专"))
    grad_y = rng.randint(2012, 2023)
    q = redate(p, rng, grad_y, level=level)
    school = rng.choice(_SELF_STUDY_SCHOOLS)
    grad = date(grad_y, rng.choice((6, 12)), 30)
    q = _born(q, date(grad_y - rng.randint(22, 36), rng.randint(1, 12), rng.randint(1, 28)))
    cert = _self_study_no(level, grad, rng)
    enrol_y = grad_y - rng.randint(2, 5)
    ticket = f"{cert[4:8]}{enrol_y % 100:02d}{rng.randint(1, 4)}{cert[11:16]}"   # 12 digits, the serial shared
    lvl = "本科" if level == "本科" else "专科"
    paper = Paper(face, A4L)
    s = paper[0]
    W, H = A4L
    _guilloche(s, rng, 40, 40, W - 40, H - 40)
    s.box(24, 24, W - 24, H - 24, width=3.0, grey=0.45)
    s.box(32, 32, W - 32, H - 32, width=0.6, grey=0.45)
    s.text(W / 2, 96, "高等教育自学考试", 20, align="center", track=6)
    s.text(W / 2, 146, "毕 业 证 书", 36, align="center", track=8)
    px, py, pw, ph = 92.0, 184.0, 96.0, 128.0
    s.photo(px, py, pw, ph)
    s.seal(px + pw - 6, py + ph - 8, 28, "甘肃省高等教育自学考试委员会", color=STEEL)
    s.text(px - 10, py + ph + 34, f"准考证号：{ticket}", 10.5)
    s.text(px - 10, py + ph + 56, f"证书编号：{cert}", 10.5)
    birth, tb = fdate(q["birth_date"], rng.choice(("cn", "cn", "cn0")))
    tx = 262.0
    text = (f"考生{q['name']}，性别{q['gender']}，{birth}出生，参加高等教育自学考试，"
            f"完成规定的全部课程考试，成绩合格，经审定，准予毕业。")
    size = 15.0
    y = s.para(tx, 214, text, W - tx - 90, size, leading=2.0, indent=2 * size)
    gd, tg = fdate(grad.isoformat(), rng.choice(("hz", "hz_ling")), month=True)
    y += 10
    for k, v in (("专    业", q["major"]), ("层    次", lvl), ("毕业时间", gd)):
        s.text(tx + 2 * size, y, f"{k}：{v}", 14)
        y += 28
    # the two issuers side by side, each over its seal
    by = H - 104
    s.text(250, by, f"主考学校：{school}", 15, align="center", track=1)
    s.seal(250 + s.width("主考学校：", 15) / 2 + rng.uniform(-8, 8), by - 12, 44, school)
    s.text(560, by, "甘肃省高等教育自学考试委员会", 15, align="center", track=1)
    s.seal(560 + rng.uniform(-10, 10), by - 12, 46, "甘肃省高等教育自学考试委员会")
    s.page.insert_image(pymupdf.Rect(W - 134, H - 170, W - 68, H - 104), stream=_qr(rng))
    s.text(W - 101, H - 92, "扫码验证", 8, align="center", color=GREY)
    s.text(W - 48, H - 44, "学信网查询：https://www.chsi.com.cn", 8, align="right", color=GREY)
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": school, "major": q["major"],
             "level": level, "graduation_date": tg, "certificate_no": cert}
    issued = date(grad_y, grad.month, 30) + timedelta(days=rng.randint(20, 60))
    return Drawn(paper, truth, issued.isoformat(), producer=rng.choice(("iText 7.1.16", "Aspose.PDF for .NET 21.5")))


# --------------------------------------------------------------------------
# 劳动合同续订书: a one-page bordered form (text)
# --------------------------------------------------------------------------

PLACES_WORK16 = ("甘肃省兰州新区", "兰州新区秦川园区", "兰州新区中川园区", "甘肃省兰州市及项目所在地")


def _years_on(d: date, years: int) -> date:
    """The last day of a term of ``years`` from ``d``."""
    return date(d.year + years, d.month, min(d.day, 28)) - timedelta(days=1)


def _credit_code(unit: str, rng: random.Random) -> str:
    head = "91" if unit.endswith("公司") else "12"
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return head + rng.choice(("620100", "620121", "620102")) + "".join(rng.choice(chars) for _ in range(10))


@family("emp_contract_renewal_table", "employment_proof", "text",
        "劳动合同续订书, one bordered page: 甲方 unit, 统一社会信用代码, 法定代表人; 乙方 name, 性别, 身份证号码; rows 原劳动"
        "合同期限 (the FIRST contract: its start is the start_date), 历次续订情况 (earlier renewals, long-serving holders), "
        "本次续订（第N次） (fixed or 无固定期限), 工作岗位/工作地点, the 续订 clause, signature/date cells of both parties with "
        "the 甲方's seal; renewal and signing dates as distractors")
def emp_contract_renewal_table(p: dict, rng: random.Random, face: str) -> Drawn:
    unit, post = p["unit"], p["position"]
    start = date.fromisoformat(p["work_start"])
    if rng.random() < 0.3:
        start = start.replace(day=rng.choice((1, 10, 15)))
    terms = [k for k in (1, 2, 3, 3, 5) if start.year + k <= 2025] or [1]
    first_end = _years_on(start, rng.choice(terms))
    # earlier fixed-term renewals, listed, until the one this form records (2015 or later)
    prior: list[tuple[date, date]] = []
    renew_from = first_end + timedelta(days=1)
    upto = rng.randint(2015, 2019)
    while renew_from.year < upto and _years_on(renew_from, 5).year <= 2025:
        end = _years_on(renew_from, rng.choice((3, 5) if upto - renew_from.year <= 6 else (5, 8, 10)))
        prior.append((renew_from, end))
        renew_from = end + timedelta(days=1)
    signed = renew_from - timedelta(days=rng.randint(6, 40))
    style = rng.choice(("cn", "cn0"))
    st_s, st_t = fdate(start.isoformat(), style)
    # after two consecutive fixed terms the law asks for an open-ended one
    open_ended = bool(prior) or rng.random() < 0.3
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 60.0, W - 60.0
    s.text(W / 2, 78, "劳动合同续订书", 20, align="center", track=3)
    s.text(x1, 104, f"编号：XD{signed.year}-{rng.randint(1, 400):04d}", 9.5, align="right")
    lab = 112.0
    pair = [lab, 176.0, 84.0, x1 - x0 - lab - 260.0]
    legal = rng.choice(("王建国", "张志宏", "刘文斌", "陈永胜", "杨立新"))
    if open_ended:
        renew = f"无固定期限：自{fdate(renew_from.isoformat(), style)[0]}起至法定解除或终止条件出现时止"
    else:
        renew_end = _years_on(renew_from, rng.choice((3, 5)))
        renew = (f"固定期限：自{fdate(renew_from.isoformat(), style)[0]}起至"
                 f"{fdate(renew_end.isoformat(), style)[0]}止")
    rows = [
        ([lab, x1 - x0 - lab], ["甲方（用人单位）", unit]),
        (pair, ["统一社会信用代码", _credit_code(unit, rng), "法定代表人", legal]),
        (pair, ["乙方（劳动者）", p["name"], "性    别", p["gender"]]),
        ([lab, x1 - x0 - lab], ["身份证号码", p["id_number"]]),
        ([lab, x1 - x0 - lab], ["原劳动合同期限（首次订立）" if prior else "原劳动合同期限",
                                f"自{st_s}起至{fdate(first_end.isoformat(), style)[0]}止"]),
    ]
    if prior:
        rows.append(([lab, x1 - x0 - lab], ["历次续订情况", "；".join(
            f"第{hz_num(k + 1)}次续订：自{fdate(a.isoformat(), style)[0]}起至{fdate(e.isoformat(), style)[0]}止"
            for k, (a, e) in enumerate(prior))]))
    rows += [
        ([lab, x1 - x0 - lab], [f"本次续订（第{hz_num(len(prior) + 1)}次）", renew]),
        (pair, ["工作岗位", post, "工作地点", rng.choice(PLACES_WORK16)]),
    ]
    y = 116.0
    for widths, cells in rows:
        y = s.table(x0, y, widths, [cells], 10 if cells[0] == "历次续订情况" else 11, min_h=32, pad=6,
                    align=["center", "left", "center", "left"][:len(cells)])
    clause = ("甲乙双方经协商一致，同意续订劳动合同。续订期间，乙方的工作岗位、工作时间、劳动报酬及其他权利义务"
              "按原劳动合同的约定执行；原劳动合同与本续订书不一致的，以本续订书为准。本续订书一式两份，甲乙双方"
              "各执一份，自双方签字（盖章）之日起生效。")
    cell_h = 118.0
    s.box(x0, y, x0 + lab, y + cell_h, width=0.5)
    s.text(x0 + lab / 2, y + cell_h / 2 + 4, "续订说明", 11, align="center")
    s.box(x0 + lab, y, x1, y + cell_h, width=0.5)
    s.para(x0 + lab + 8, y + 24, clause, x1 - x0 - lab - 26, 10.5, leading=1.8, indent=21)
    y += cell_h
    sign_h = 150.0
    mid = (x0 + x1) / 2
    s.box(x0, y, mid, y + sign_h, width=0.5)
    s.box(mid, y, x1, y + sign_h, width=0.5)
    s.text(x0 + 10, y + 26, "甲方（盖章）：", 11)
    s.text(x0 + 10, y + 70, "法定代表人或委托代理人", 10.5)
    s.text(x0 + 10, y + 88, "（签字）：", 10.5)
    keep = paper.font
    hand = fonts.font("kai") if fonts.path_of("kai") else keep
    paper.font = hand
    s.text(x0 + 66, y + 90, legal, 14, color=(0.1, 0.14, 0.5))
    s.text(mid + 90, y + 58, p["name"], 15, color=(0.1, 0.14, 0.5))
    paper.font = keep
    sd = fdate(signed.isoformat(), style)[0]
    s.text(x0 + 10, y + 128, f"签订日期：{sd}", 10.5)
    s.text(mid + 10, y + 26, "乙方（签字）：", 11)
    s.text(mid + 10, y + 128, f"签订日期：{sd}", 10.5)
    s.seal(x0 + 150, y + 50, 42, unit)
    y += sign_h
    s.para(x0, y + 22, "注：1. 本续订书须在原劳动合同期满前由双方签订；2. 乙方在同一用人单位连续工作满十年或连续订立二次"
                       "固定期限劳动合同后续订的，除乙方提出订立固定期限劳动合同外，应当订立无固定期限劳动合同。",
           x1 - x0, 8.6, leading=1.6)
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post, "start_date": st_t}
    return Drawn(paper, truth, signed.isoformat(), producer=rng.choice(("Microsoft® Word 2016", "WPS Office")))
