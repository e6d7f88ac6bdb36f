"""Fifteenth round of held-out families (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents'
layouts and wording without looking at the parsers.

Social insurance:
* si_kiosk_yymm_account — the 社保卡 个人账户明细（养老） printed at a BANK's 社保卡自助服务终端
  (甘肃银行 / 兰州银行 lobby kiosk, text PDF on A4): bank logo and terminal line, holder with the
  社会保障号码 and a masked 社保卡号, then a table 结算年月 | 缴费工资 | 单位划入 | 个人划入 | 利息 |
  账户余额 whose months are printed with a TWO-DIGIT YEAR, "21/03", explained by a legend ("结算年月
  以“年/月”表示，如“21/03”为2021年3月"), "*" after an owed month (划入 0.00) and "#" after a
  补缴 month; NO unit column: the unit is only in a full-width header line "参保单位：X（单位编号
  62…）" that is printed at the top and again MID-PAGE when the unit changes (and at the top of
  each continuation page); the December row carries the year's 利息. 中断 months are absent.
* si_transfer_voucher_photo — the national 基本养老保险参保缴费凭证 (转移接续 样式, issued by the
  转出地 社保机构 when the holder's pension relation moves), photographed on a desk: a bordered
  form with 凭证编号, 姓名/性别/公民身份号码 grid, 转出地/转入地 机构, a summary line (实际缴费月数,
  个人账户储存额), then "二、参保缴费情况（按连续缴费时段）" as UNRULED lines "2021年03月—2021年08月
  兰州新区…  6个月  月缴费基数4120.00元  已缴" (a run breaks at a change of unit or base), and a
  separate "三、欠缴及中断情况" list at the bottom: owed runs with their 核定基数 (truth: paid 0)
  and 中断 runs with no base (no truth row). The 转出地 机构's seal over the date.
Paper:
* pap_vertical_margin_head — a monthly 专业期刊 first page whose running head is printed
  VERTICALLY in the left margin (rotated, reading bottom to top: journal, "2023年第3期（总第215期）",
  ISSN and CN), nothing across the top but a 栏目 tag, the page number in the outer foot; byline
  with superscript numbers, affiliations, 【摘要】/【关键词】, body in two columns and a 作者简介
  footnote naming EVERY author with birth year and title. published = YYYY-MM from 第N期 (monthly).
Employer:
* emp_hospital_hz_start — a hospital's 在职证明 on its letterhead (hospital name, English name,
  address/phone, double rule, 院字 document number): "兹证明X（…公民身份号码…），自二〇一五年七月起
  在我院心血管内科工作至今，现任岗位为…，专业技术职务为主治医师（中级）。" — the start written in
  CHINESE NUMERALS, the 科室 and the 职称 beside the 岗位, the graduation as a distractor, signed by
  the 医院人事科 with the hospital's seal; photographed (scan).
"""
from __future__ import annotations

import random
from datetime import date, timedelta

import pymupdf

from .draw import A4, RED, Paper, Sheet
from .facts import JOURNALS, UNITS, contribution_history, issn
from .fam_round7 import SENT7, _photograph, _print_date, _truth_rows, _yuan
from .fam_round13 import _clerk
from .fam_round14 import _cn_month, _next
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
SUP = (0.0, 0.0, 0.0001)   # superscripts: their own span in near-black (as in fam_round13/14)
RATE15 = {2017: 0.0712, 2018: 0.0829, 2019: 0.0761, 2020: 0.0604, 2021: 0.0669, 2022: 0.0612, 2023: 0.0397,
          2024: 0.0262}


def _yymm(m: str) -> str:
    return f"{m[2:4]}/{m[5:7]}"


# --------------------------------------------------------------------------
# bank kiosk 个人账户明细: "21/03" months, unit only in header lines (text)
# --------------------------------------------------------------------------

BANKS15 = (("甘肃银行", "GANSU BANK"), ("兰州银行", "BANK OF LANZHOU"), ("中国建设银行", "CHINA CONSTRUCTION BANK"))


@family("si_kiosk_yymm_account", "social_insurance", "text",
        "社保卡 个人账户明细（养老）printed at a BANK lobby 社保卡自助服务终端: 结算年月|缴费工资|单位划入|个人划入|利息|账户余额 "
        "with TWO-DIGIT-YEAR months '21/03' explained by a legend, '*' after owed months (划入 0.00), '#' after 补缴; no "
        "unit column: the unit only in full-width '参保单位：X（单位编号62…）' lines, printed again mid-page at a unit change "
        "and atop continuation pages; 利息 on December rows; 中断 months absent", ranges=True)
def si_kiosk_yymm_account(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(18, 60))
    if len({r["unit"] for r in rows}) == 1:   # the header line changes mid-page: a move between units
        other = rng.choice([u for u in UNITS if u != p["unit"]])
        for r in rows[:rng.randint(5, len(rows) // 2)]:
            r["unit"] = other
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    bank, bank_en = rng.choice(BANKS15)
    codes: dict[str, str] = {}
    for r in listed:
        codes.setdefault(r["unit"], f"62{rng.randint(10 ** 7, 10 ** 8 - 1)}")
    card = f"6228{rng.randint(10, 99)}******{rng.randint(1000, 9999)}"
    bal = round(rng.uniform(800, 9000), 2)
    start_bal = bal
    paper = Paper(face, A4, pages=0)
    W, H = A4
    x0, x1 = 50.0, W - 50.0
    wd = [72, 90, 80, 80, 70, 103]
    xs = [x0]
    for w_ in wd:
        xs.append(xs[-1] + w_)
    head = ["结算年月", "缴费工资", "单位划入", "个人划入", "利息", "账户余额"]
    size, rh = 9.0, 15.5
    bottom = H - 70
    pages: list[Sheet] = []

    def new_page() -> tuple[Sheet, float]:
        s = paper.add_page()
        pages.append(s)
        s.box(x0, 34, x0 + 22, 56, width=0, fill=0.25)
        s.text(x0 + 11, 50, bank[-2], 12, align="center", color=(1.0, 1.0, 1.0))
        s.text(x0 + 28, 45, bank, 11)
        s.text(x0 + 28, 55, bank_en, 6.5, color=GREY)
        s.text(x1, 45, "社保卡自助服务终端", 9, align="right", color=GREY)
        s.text(x1, 56, f"终端号：{tid}", 7.5, align="right", color=GREY)
        s.line(x0, 62, x1, 62, width=0.8)
        if len(pages) == 1:
            s.text(W / 2, 92, "社会保险个人账户明细（养老）", 15, align="center", track=1)
            s.text(x0, 116, f"姓    名：{p['name']}", 9.5)
            s.text(x0 + 170, 116, f"社会保障号码：{p['id_number']}", 9.5)
            s.text(x0, 132, f"社保卡号：{card}", 9.5)
            s.text(x0 + 170, 132, f"查询区间：{_yymm(listed[0]['month'])}—{_yymm(listed[-1]['month'])}", 9.5)
            s.text(x1, 132, "单位：元", 9.5, align="right")
            y = 142.0
        else:
            s.text(x0, 82, f"姓名：{p['name']}（续）", 9)
            y = 90.0
        return s, y

    tid = f"{rng.randint(100, 999)}{rng.randint(1000, 9999)}"

    def header(s: Sheet, y: float) -> float:
        s.box(xs[0], y, xs[-1], y + 17, width=0.5, fill=0.9)
        for i, t in enumerate(head):
            s.text((xs[i] + xs[i + 1]) / 2, y + 12, t, size, align="center")
        return y + 17

    def unit_line(s: Sheet, y: float, unit: str, cont: bool = False) -> float:
        s.line(xs[0], y + rh, xs[-1], y + rh, width=0.3, grey=0.6)
        s.text(x0 + 4, y + rh - 4.5, f"参保单位：{unit}（单位编号{codes[unit]}）" + ("（续）" if cont else ""), size)
        return y + rh

    s, y = new_page()
    y = header(s, y)
    unit = None
    for i, r in enumerate(listed):
        if y + rh * 2 > bottom:
            s, y = new_page()
            y = header(s, y)
            if r["unit"] == unit:
                y = unit_line(s, y, unit, cont=True)
        if r["unit"] != unit:
            unit = r["unit"]
            y = unit_line(s, y, unit)
        mark = "*" if not r["paid"] else ("#" if r["status"] == "补缴" else "")
        own = r["base"] * 0.08 if r["paid"] else 0.0
        bal += own
        interest = 0.0
        if r["month"].endswith("-12"):
            interest = round(bal * RATE15.get(int(r["month"][:4]), 0.05) * 0.5, 2)
            bal += interest
        cells = [_yymm(r["month"]) + mark, _yuan(r["base"]), "0.00", _yuan(own), _yuan(interest), _yuan(bal, sep=True)]
        for k, v in enumerate(cells):
            if k == 0:
                s.text(xs[0] + 14, y + rh - 4.5, v, size)
            else:
                s.text(xs[k + 1] - 6, y + rh - 4.5, v, size, align="right")
        s.line(xs[0], y + rh, xs[-1], y + rh, width=0.3, grey=0.6)
        y += rh
    s.line(xs[0], y, xs[-1], y, width=0.8)
    y += 16
    if y + 70 > bottom:
        s, y = new_page()
        y += 14
    paid = sum(r["paid"] for r in listed)
    s.text(x0, y, f"期初余额：{_yuan(start_bal, sep=True)}    本期实缴月数：{paid}    期末余额：{_yuan(bal, sep=True)}", 9)
    y += 18
    legend = ("注：1. 结算年月以“年/月”表示，如“21/03”为2021年3月；2. 结算年月后标“*”的为欠缴未到账月份，其单位划入、"
              "个人划入为0；标“#”的为补缴月份；3. 2006年1月起单位缴费不再划入个人账户；4. 本明细仅供参考，以社保经办机构"
              "记录为准。")
    y = s.para(x0, y, legend, x1 - x0, 8, leading=1.6)
    hh, mm = rng.randint(8, 17), rng.randint(0, 59)
    for k, sh in enumerate(pages):
        sh.line(x0, H - 52, x1, H - 52, width=0.4, grey=0.6)
        sh.text(x0, H - 40, f"打印时间：{printed} {hh:02d}:{mm:02d}    交易流水号：{rng.randint(10 ** 11, 10 ** 12 - 1)}",
                7.5, color=GREY)
        sh.text(x1, H - 40, f"{k + 1}/{len(pages)}", 7.5, align="right", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, producer=rng.choice(("Kiosk PrintService 2.3", "FastReport.NET 2019.4")))


# --------------------------------------------------------------------------
# 基本养老保险参保缴费凭证 (转移接续): unruled run lines + 欠缴/中断 list, photographed (scan)
# --------------------------------------------------------------------------

AGENCY15 = ("兰州新区社会保险事业服务中心", "兰州市社会保险事业管理局", "甘肃省社会保险事业服务中心")
TO15 = ("西安市社会保险经办中心", "银川市社会保险事业管理局", "西宁市社会保险服务中心", "乌鲁木齐市社会保险管理局",
        "成都市社会保险事业管理局")


def _runs_by(rows: list[dict], key) -> list[list[dict]]:
    out: list[list[dict]] = []
    for r in rows:
        if out and _next(out[-1][-1]["month"]) == r["month"] and key(out[-1][-1]) == key(r):
            out[-1].append(r)
        else:
            out.append([r])
    return out


@family("si_transfer_voucher_photo", "social_insurance", "scan",
        "national 基本养老保险参保缴费凭证 (转移接续 样式) issued by the 转出地 社保机构, photographed on a desk: bordered form "
        "with 凭证编号, 姓名/性别/公民身份号码 grid, 转出地/转入地, summary line, then UNRULED run lines '2021年03月—2021年08月  "
        "unit  6个月  月缴费基数4120.00元  已缴' (a run breaks at a unit or base change), and a separate '三、欠缴及中断情况' "
        "list: owed runs with 核定基数, 中断 runs with no base; seal over the date", ranges=True)
def si_transfer_voucher_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(20, 62))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    agency = rng.choice(AGENCY15)
    to = rng.choice(TO15)
    style = rng.choice(("cn0", "cn0", "cn"))
    paid_rows = [r for r in listed if r["paid"]]
    owed = [r for r in listed if not r["paid"]]
    gaps = [r for r in rows if r["status"] == "中断"]
    runs = _runs_by(paid_rows, key=lambda r: (r["unit"], r["base"], r["status"] == "补缴"))
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 52.0, W - 52.0
    s.text(W / 2, 70, "基本养老保险参保缴费凭证", 18, align="center", track=2)
    s.text(x0, 98, f"凭证编号：62{rng.randint(10 ** 13, 10 ** 14 - 1)}", 9.5)
    s.text(x1, 98, f"打印日期：{fdate(printed, 'cn0')[0]}", 9.5, align="right")
    top = 106.0
    # the holder grid
    grid = [("姓名", p["name"], "性别", p["gender"]), ("公民身份号码", p["id_number"], "个人编号",
                                                    f"62{rng.randint(10 ** 9, 10 ** 10 - 1)}"),
            ("转出地社保经办机构", agency, "转入地社保经办机构", to)]
    cw = [92, 160, 92, x1 - x0 - 344]
    y = top
    for row in grid:
        h = 24.0
        cx = x0
        for k, (c, wd) in enumerate(zip(row, cw)):
            s.box(cx, y, cx + wd, y + h, width=0.6, fill=0.93 if k % 2 == 0 else None)
            sz = 9.5 if s.width(c, 9.5) < wd - 6 else 8.0
            s.text(cx + wd / 2, y + 15.5, c, sz, align="center")
            cx += wd
        y += h
    y += 20
    s.text(x0, y, "一、基本情况", 11)
    y += 18
    total_bal = sum(r["base"] * 0.08 for r in paid_rows) * rng.uniform(1.05, 1.2)
    y = s.para(x0 + 14, y, f"首次参保时间：{_cn_month(rows[0]['month'], style)}；截至{_cn_month(listed[-1]['month'], style)}"
                           f"累计实际缴费{len(paid_rows)}个月；个人账户储存额{_yuan(total_bal)}元（其中个人缴费部分本息"
                           f"{_yuan(total_bal * 0.97)}元）。", x1 - x0 - 14, 9.5, leading=1.7)
    y += 6
    s.text(x0, y, "二、参保缴费情况（按连续缴费时段）", 11)
    y += 20
    cols = (x0 + 6, x0 + 150, x0 + 324, x0 + 362, x1 - 2)
    for run in runs:
        a, b = _cn_month(run[0]["month"], style), _cn_month(run[-1]["month"], style)
        unit = run[0]["unit"]
        s.text(cols[0], y, f"{a}—{b}", 8.8)
        usz = min(8.8, 8.8 * (cols[2] - cols[1] - 6) / s.width(unit, 8.8))
        s.text(cols[1], y, unit, usz)
        s.text(cols[2], y, f"{len(run)}个月", 8.8)
        s.text(cols[3], y, f"月缴费基数{_yuan(run[0]['base'])}元", 8.8)
        s.text(cols[4], y, "补缴" if run[0]["status"] == "补缴" else "已缴", 8.8, align="right")
        y += 17
    y += 10
    s.text(x0, y, "三、欠缴及中断情况", 11)
    y += 20
    if not owed and not gaps:
        s.text(x0 + 8, y, "无。", 9.2)
        y += 17
    items = [("欠", run) for run in _runs_by(owed, key=lambda r: (r["unit"], r["base"]))]
    items += [("断", run) for run in _runs_by(gaps, key=lambda r: 0)]
    items.sort(key=lambda it: it[1][0]["month"])
    for kind, run in items:
        a, b = _cn_month(run[0]["month"], style), _cn_month(run[-1]["month"], style)
        span = a if a == b else f"{a}—{b}"
        if kind == "欠":
            line = f"{span}  {run[0]['unit']}  {len(run)}个月  欠缴（核定缴费基数{_yuan(run[0]['base'])}元，未到账）"
        else:
            line = f"{span}  {len(run)}个月  中断（无缴费记录）"
        y = s.para(x0 + 8, y, line, x1 - x0 - 8, 9.2, leading=1.8)
    y += 10
    y = s.para(x0, y, "说明：欠缴月份不计入实际缴费年限；中断期间无缴费记录。本凭证是参保人员基本养老保险关系转移接续的"
                      "依据，请妥善保管，复印无效。", x1 - x0, 8.6, leading=1.7)
    s.box(x0 - 6, top - 4, x1 + 6, max(y + 110, 640), width=1.2)
    yy = max(y + 50, 580)
    s.text(x1 - 20, yy, f"转出地社保经办机构（章）：{agency}", 10.5, align="right")
    s.text(x1 - 40, yy + 26, fdate(printed, "cn")[0], 10.5, align="right")
    s.text(x0 + 6, yy + 26, f"经办人：{_clerk(rng, p['name'])}", 10.5)
    s.seal(x1 - 20 - s.width(agency, 10.5) / 2, yy + 8, 42, agency + "业务专用章")
    _photograph(paper, rng, rng.uniform(-3.0, 3.0), rng.uniform(0.86, 0.93), rng.uniform(0.3, 0.55))
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, dpi=rng.choice((150, 160)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# journal first page with the running head printed vertically in the left margin (text)
# --------------------------------------------------------------------------

MONTHLY15 = [j for j in JOURNALS if j[3] == 12]
AFF15 = ("兰州交通大学 土木工程学院，甘肃 兰州 730070", "兰州理工大学 能源与动力工程学院，甘肃 兰州 730050",
         "兰州新区城市发展投资集团有限公司，甘肃 兰州 730314", "甘肃省交通规划勘察设计院股份有限公司，甘肃 兰州 730030",
         "兰州新区水投集团有限公司，甘肃 兰州 730314")
COLUMN15 = ("研究与探讨", "工程实践", "试验研究", "设计与施工", "技术交流")


def _vertical(s: Sheet, x: float, y: float, text: str, size: float, paper: Paper) -> None:
    """One line turned 90° (reads bottom to top), its start at (x, y) — a margin running head."""
    s.flush()
    tw = pymupdf.TextWriter(s.page.rect)
    cx = x
    for ch in text:
        if ch == " ":
            cx += size * 0.5
            continue
        f = s._font_for(ch)
        tw.append((cx, y), ch, font=f, fontsize=size)
        cx += s._adv(ch, size)
    tw.write_text(s.page, morph=(pymupdf.Point(x, y), pymupdf.Matrix(90)))


@family("pap_vertical_margin_head", "paper", "text",
        "monthly 专业期刊 first page whose running head is printed VERTICALLY in the left margin (rotated, bottom to top: "
        "journal, 'YYYY年第N期（总第N期）', ISSN, CN), nothing across the top but a 栏目 tag, page number in the foot; byline "
        "with superscript numbers, affiliations, 【摘要】/【关键词】, two-column body, 作者简介 footnote naming every author")
def pap_vertical_margin_head(p: dict, rng: random.Random, face: str) -> Drawn:
    j = next((jj for jj in MONTHLY15 if jj[0] == p["journal"]), None) or rng.choice(MONTHLY15)
    jname, first7, cn, _ = j
    sn = issn(first7)
    y = p["pub_year"]
    n = rng.randint(1, 12)
    total = (y - rng.randint(1982, 1995)) * 12 + n
    names = p["authors"]
    affs = rng.sample(AFF15, min(len(names), rng.randint(1, 2)))
    marks = [str(min(i + 1, len(affs))) if len(affs) > 1 else "" for i in range(len(names))]
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 78.0, W - 52.0
    # the margin head: a thin rule and the line turned, reading upwards
    s.line(50, 90, 50, H - 90, width=0.5)
    head = f"{jname}    {y}年第{n}期（总第{total}期）    ISSN {sn}    CN {cn}"
    _vertical(s, 44, H - 110, head, 9, paper)
    tag = rng.choice(COLUMN15)
    s.box(x1 - 12 * len(tag) - 18, 40, x1, 58, width=0.6)
    s.text(x1 - 9, 53.5, tag, 10.5, align="right", track=1)
    yy = 100.0
    for line in s.wrap(p["paper_title"], x1 - x0 - 30, 18):
        s.text((x0 + x1) / 2, yy, line, 18, align="center")
        yy += 25
    sep = "  "
    tw = s.width(sep.join(names), 11.5) + sum(5 * len(mk) for mk in marks)
    x = (x0 + x1) / 2 - tw / 2
    for i, nm in enumerate(names):
        x = s.text(x, yy + 4, nm, 11.5)
        if marks[i]:
            x = s.text(x + 0.5, yy - 1, marks[i], 6.5, color=SUP) + 0.5
        if i < len(names) - 1:
            x += s.width(sep, 11.5)
    yy += 20
    aff = "（" + "；".join((f"{i + 1}. " if len(affs) > 1 else "") + a for i, a in enumerate(affs)) + "）"
    for line in s.wrap(aff, x1 - x0 - 40, 9):
        s.text((x0 + x1) / 2, yy, line, 9, align="center")
        yy += 13
    yy += 8
    yy = s.para(x0 + 10, yy, "【摘要】" + "".join(rng.sample(SENT7, 5)), x1 - x0 - 20, 9.2, leading=1.65)
    yy = s.para(x0 + 10, yy, "【关键词】" + "；".join(rng.sample(("湿陷性黄土", "冻融循环", "数值模拟", "现场监测", "变形规律",
                                                                "寒旱区", "综合管廊", "再生水"), 4)),
                x1 - x0 - 20, 9.2, leading=1.65)
    s.text(x0 + 10, yy, f"【中图分类号】{rng.choice(('TU443', 'X703', 'U416.1', 'TU991'))}    【文献标识码】A    "
                        f"【文章编号】{sn}({y}){n:02d}-{rng.randint(1, 200):04d}-{rng.randint(3, 6):02d}", 9.2)
    yy += 14
    s.line(x0, yy, x1, yy, width=0.5)
    col = (x1 - x0 - 16) / 2
    foot = 712.0
    body = s.wrap("".join(rng.choice(SENT7) for _ in range(60)), col, 9.5)
    k = 0
    for cx, lim in ((x0, foot - 8), (x0 + col + 16, H - 60)):
        ty = yy + 22
        if cx == x0:
            s.text(cx, ty, "0  引言", 11)
            ty += 19
        while ty < lim and k < len(body):
            s.text(cx, ty, body[k], 9.5)
            ty += 15
            k += 1
    s.line(x0, foot, x0 + col * 0.5, foot, width=0.4)
    recv = date(y, n, 1) - timedelta(days=rng.randint(60, 220))
    bios = []
    for nm in names:
        g = p["gender"] if nm == p["name"] else rng.choice("男女")
        bios.append(f"{nm}（{rng.randint(1972, 1996)}—），{g}，{rng.choice(('甘肃兰州', '甘肃天水', '甘肃武威', '陕西宝鸡'))}人，"
                    f"{rng.choice(('工程师', '高级工程师', '硕士研究生', '讲师'))}")
    fn = [f"收稿日期：{fdate(recv.isoformat(), rng.choice(('iso', 'cn')))[0]}",
          "作者简介：" + "；".join(bios) + "。"]
    fy = foot + 11
    for t in fn:
        for ln in s.wrap(t, col, 7.4):
            s.text(x0, fy, ln, 7.4)
            fy += 10.5
    page = rng.randint(10, 180)
    s.text(x1 if page % 2 else x0, H - 40, f"· {page} ·", 9, align="right" if page % 2 else "left")
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": jname, "issn": sn, "cn": cn,
             "published": f"{y:04d}-{n:02d}"}
    return Drawn(paper, truth, f"{y}-{n:02d}-20", producer=rng.choice(("Adobe InDesign CS6 (Windows)",
                                                                       "方正书版 10.0 (FounderPDF)")))


# --------------------------------------------------------------------------
# hospital 在职证明 on letterhead, start in Chinese numerals (scan)
# --------------------------------------------------------------------------

HOSP15 = (("兰州新区第三人民医院", "The Third People's Hospital of Lanzhou New Area"),
          ("兰州新区第一人民医院", "The First People's Hospital of Lanzhou New Area"),
          ("兰州新区妇幼保健院", "Maternal and Child Health Hospital of Lanzhou New Area"),
          ("兰州新区中医医院", "Lanzhou New Area Hospital of Traditional Chinese Medicine"))
# 科室, 岗位 (the post: the truth), 职称 (a distractor) with its grade
WARDS15 = (("心血管内科", "临床医师", ("主治医师", "中级")), ("普通外科", "临床医师", ("主治医师", "中级")),
           ("护理部", "护士长", ("主管护师", "中级")), ("急诊科", "责任护士", ("护师", "初级")),
           ("检验科", "检验技师", ("主管检验师", "中级")), ("医学影像科", "影像诊断医师", ("住院医师", "初级")),
           ("药剂科", "临床药师", ("主管药师", "中级")))


@family("emp_hospital_hz_start", "employment_proof", "scan",
        "hospital 在职证明 on its letterhead (name, English name, address/phone, double rule, 院字 number): '兹证明X（公民身份号码"
        "…），自二〇一五年七月起在我院心血管内科工作至今，现任岗位为…，专业技术职务为主治医师（中级）' — start in CHINESE "
        "NUMERALS, 科室 and 职称 beside the 岗位, graduation as a distractor, 人事科 and the hospital's seal; photographed")
def emp_hospital_hz_start(p: dict, rng: random.Random, face: str) -> Drawn:
    hosp, hosp_en = next((h for h in HOSP15 if h[0] == p["unit"]), None) or rng.choice(HOSP15)
    ward, post, (title, grade) = rng.choice(WARDS15)
    start = date.fromisoformat(p["work_start"])
    st_s, st_t = fdate(start.isoformat(), rng.choice(("hz", "hz", "hz_ling")), month=True)
    grad_s = fdate(p["graduation_date"], "hz", month=True)[0]
    issued = date(rng.randint(max(start.year + 3, 2022), 2025), rng.randint(1, 12), rng.randint(1, 28))
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 76.0, W - 76.0
    # letterhead: a cross emblem, the name, English name, contact line, double rule
    s.page.draw_circle((x0 + 18, 62), 18, color=RED, width=1.4)
    s.page.draw_rect(pymupdf.Rect(x0 + 14.5, 50, x0 + 21.5, 74), color=None, fill=RED)
    s.page.draw_rect(pymupdf.Rect(x0 + 6, 58.5, x0 + 30, 65.5), color=None, fill=RED)
    s.text(x0 + 46, 62, hosp, 20, track=2, color=RED)
    s.text(x0 + 46, 78, hosp_en, 8, color=RED)
    s.line(x0, 90, x1, 90, width=1.8, grey=0)
    s.line(x0, 93.5, x1, 93.5, width=0.5, grey=0)
    s.text(x1, 108, f"人事证字〔{issued.year}〕{rng.randint(3, 120)}号", 10,
           align="right")
    s.text(W / 2, 160, "在 职 证 明", 22, align="center", track=4)
    body = (f"兹证明{p['name']}，{p['gender']}，公民身份号码：{p['id_number']}，{grad_s}毕业于{p['school']}，"
            f"自{st_s}起在我院{ward}工作至今，现任岗位为{post}，专业技术职务为{title}（{grade}），系我院在职在岗职工。")
    y = s.para(x0, 214, body, x1 - x0, 13.5, leading=2.0, indent=27)
    y = s.para(x0, y + 6, "该同志在我院工作期间，遵守院规院纪，工作认真负责，无医疗事故及违纪行为。", x1 - x0, 13.5,
               leading=2.0, indent=27)
    y = s.para(x0, y + 6, "特此证明。", x1 - x0, 13.5, leading=2.0, indent=27)
    yy = max(y + 70, 520.0)
    s.text(x1 - 10, yy, f"{hosp}人事科", 13.5, align="right")
    s.text(x1 - 10, yy + 30, fdate(issued.isoformat(), "hz")[0], 13.5, align="right")
    s.seal(x1 - 10 - s.width(hosp + "人事科", 13.5) / 2, yy + 6, 46, hosp)
    s.text(x0, yy + 90, f"经办人：{_clerk(rng, p['name'])}    联系电话：0931-{rng.randint(8100000, 8399999)}", 11)
    s.line(x0, H - 64, x1, H - 64, width=0.6, grey=0)
    s.text(W / 2, H - 48, f"地址：甘肃省兰州新区{rng.choice(('黄河大道', '湘江街', '秦川大道', '中川大道'))}"
                          f"{rng.randint(1, 999)}号    电话：0931-{rng.randint(8100000, 8399999)}", 8.5, align="center")
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": hosp, "position": post, "start_date": st_t}
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((140, 150, 160)), level=rng.choice((1, 2, 2, 3)))
