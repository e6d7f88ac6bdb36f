"""Tenth round of held-out families (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents'
layouts and wording without looking at the parsers.

Social insurance:
* si_xinqu_period_table — the 兰州新区 政务服务中心 社保窗口 print "企业职工基本养老保险个人
  缴费情况表" (text PDF, A4 landscape): a ruled holder box (姓名 / 性别 / 公民身份号码 /
  个人编号 / 参保状态 / 首次参保年月), then "一、实缴情况" with one row per 缴费年度 and
  缴费单位 stretch: 序号 | 缴费年度 | 缴费单位 | 起始年月 | 终止年月 | 月数 | 月均缴费基数 |
  个人缴费合计 | 备注 (a row is split where the months stop being continuous, and a 备注
  "含补缴1个月（2022年05月）" names 补缴 months), a 合计 row; then "二、欠缴月份明细", a
  separate small table with one row per owed month: 序号 | 所属年月 | 缴费单位 | 核定缴费基数 |
  欠缴金额（个人） ("无欠缴记录。" when there is none). 中断 months are in neither table.
  Truth: each month of each 实缴 row with the row's 月均缴费基数 and unit (paid 1), each
  欠缴 month with its 核定缴费基数 (paid 0); months in neither are absent.
* si_counter_handfix — a 社保窗口 counter print "参保人员养老保险缴费记录单" (scan: copier
  / phone photo of a paper the clerk corrected by hand): holder lines, then a ruled table
  序号 | 年份 | 月份 | 缴费单位 | 缴费基数 | 个人应缴 | 是否足额 with the year and the month
  in SEPARATE columns (the year either on every row or once per year in a vertically
  merged cell; the month as "3", "03" or "3月"); "是" = paid, "否" = not paid in full (欠缴,
  paid 0). On one row the clerk struck out a printed value with two pen lines and wrote
  the correct one beside it in blue-black ink, initialled "更正 <姓>" with a small red
  校对 stamp: either the 缴费基数 (a mistyped base; truth = the handwritten base) or the
  是否足额 flag ("否" struck, "是" written; truth paid 1). Red 业务专用章 at the bottom.
  中断 months are not printed. Truth: one contribution per printed row, base and flag
  after the correction.
"""
from __future__ import annotations

import random

from . import fonts
from .draw import A4, RED, Paper
from .facts import contribution_history
from .fam_round7 import _photograph, _print_date, _truth_rows, _yuan
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
INK = (0.1, 0.14, 0.5)    # a blue-black ballpoint


def _clerk(rng: random.Random, *avoid: str) -> str:
    return rng.choice([c for c in ("马海燕", "周淼", "李建军", "冯雪", "何培元", "闫雯雯", "苏璟瑜", "魏晓兰")
                       if c not in avoid])


def _next(m: str) -> str:
    y, mo = int(m[:4]), int(m[5:7])
    y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return f"{y:04d}-{mo:02d}"


# --------------------------------------------------------------------------
# 兰州新区 缴费情况表: 实缴 stretches as ranges, 欠缴 months listed apart (text)
# --------------------------------------------------------------------------

@family("si_xinqu_period_table", "social_insurance", "text",
        "兰州新区 政务服务中心 社保窗口 企业职工基本养老保险个人缴费情况表 (landscape): one row per 缴费年度 and 单位 "
        "stretch '缴费年度|缴费单位|起始年月|终止年月|月数|月均缴费基数|个人缴费合计|备注', 合计 row, then a separate "
        "'二、欠缴月份明细' table (所属年月|缴费单位|核定缴费基数|欠缴金额); 中断 months in neither", ranges=True)
def si_xinqu_period_table(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    paid = [r for r in listed if r["paid"]]
    owed = [r for r in listed if not r["paid"]]
    # stretches: continuous paid months of one year, one unit and one base
    runs: list[list[dict]] = []
    for r in paid:
        last = runs[-1][-1] if runs else None
        if (last and _next(last["month"]) == r["month"] and last["month"][:4] == r["month"][:4]
                and last["unit"] == r["unit"] and last["base"] == r["base"]):
            runs[-1].append(r)
        else:
            runs.append([r])
    mstyle = rng.choice(("cn0", "compact", "dot", "iso"))
    rate = 0.08
    W, H = A4[1], A4[0]
    paper = Paper(face, (W, H), pages=0)
    s = paper.add_page()
    x0 = 40
    width = W - 2 * x0
    s.text(W / 2, 52, "兰州新区企业职工基本养老保险个人缴费情况表", 16, align="center", track=1)
    s.text(W / 2, 70, "（按缴费年度、缴费单位分段统计）", 9, align="center", color=GREY)
    s.text(x0, 90, "经办机构：兰州新区社会保险事业服务中心", 9)
    s.text(W - x0, 90, f"打印日期：{fdate(printed, rng.choice(('cn', 'iso')))[0]}", 9, align="right")
    first = fdate(listed[0]["month"], "cn0", month=True)[0]
    y = s.table(x0, 96, [62, 90, 80, 110, 70, width - 412],
                [["姓    名", p["name"], "公民身份号码", p["id_number"], "个人编号", str(rng.randrange(10**9, 10**10))],
                 ["性    别", p["gender"], "参保状态", "参保缴费", "首次参保年月", first]],
                9, min_h=20, align=["center", "left"] * 3)
    s.text(x0, y + 22, "一、实缴情况", 10.5)
    s.text(W - x0, y + 22, "金额单位：元", 8.5, align="right")
    wd = [30, 52, 210, 72, 72, 40, 80, 80]
    wd.append(width - sum(wd))
    head = ["序号", "缴费年度", "缴费单位", "起始年月", "终止年月", "月数", "月均缴费基数", "个人缴费合计", "备  注"]
    body = []
    for i, run in enumerate(runs):
        back = [r for r in run if r["status"] == "补缴"]
        note = "" if not back else f"含补缴{len(back)}个月（{'、'.join(fdate(r['month'], 'cn0', month=True)[0] for r in back)}）"
        body.append([str(i + 1), run[0]["month"][:4], run[0]["unit"],
                     fdate(run[0]["month"], mstyle, month=True)[0], fdate(run[-1]["month"], mstyle, month=True)[0],
                     str(len(run)), _yuan(run[0]["base"]), _yuan(run[0]["base"] * rate * len(run)), note])
    total = sum(r["base"] * rate for r in paid)
    body.append(["合计", "", "", "", "", str(len(paid)), "", _yuan(total), ""])
    al = ["center", "center", "left", "center", "center", "center", "right", "right", "left"]
    y = s.table(x0, y + 28, wd, [head], 9, min_h=20, pad=3, align=["center"] * 9)
    y = s.table(x0, y, wd, body, 8.8, min_h=19, pad=3, align=al)
    s.text(x0, y + 24, "二、欠缴月份明细", 10.5)
    y += 30
    if owed:
        ow = [30, 90, 210, 100, 100]
        oh = ["序号", "所属年月", "缴费单位", "核定缴费基数", "欠缴金额（个人）"]
        ob = [[str(i + 1), fdate(r["month"], mstyle, month=True)[0], r["unit"], _yuan(r["base"]),
               _yuan(r["base"] * rate)] for i, r in enumerate(owed)]
        y = s.table(x0, y, ow, [oh], 9, min_h=19, pad=3, align=["center"] * 5)
        y = s.table(x0, y, ow, ob, 8.8, min_h=18, pad=3, align=["center", "center", "left", "right", "right"])
        y += 4
    else:
        y = s.para(x0 + 12, y + 12, "无欠缴记录。", 400, 9) - 6
    y = s.para(x0, y + 18, "说明：1. 本表依据社会保险信息系统缴费记录生成，同一年度内缴费中断、欠缴或缴费单位、缴费基数"
                           "变化的，分段列示；中断期间无缴费记录，不予列示。2. 欠缴月份未计入实际缴费年限，补缴到账后"
                           "计入。3. 本表仅用于证明参保人缴费情况，涂改无效。", width - 200, 8.5, leading=1.7)
    clerk = _clerk(rng, p["name"])
    s.text(x0, y + 14, f"经办人：{clerk}        复核人：{_clerk(rng, p['name'], clerk)}", 9)
    agency = "兰州新区社会保险事业服务中心"
    s.text(W - x0 - 20, y + 14, f"{agency}（业务专用章）", 9.5, align="right")
    s.seal(W - x0 - 110, min(y + 4, H - 50), 40, agency)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, producer=rng.choice(("FineReport 11.0", "iText 2.1.7 by 1T3XT")))


# --------------------------------------------------------------------------
# counter print with separate 年份/月份 columns, corrected by hand (scan)
# --------------------------------------------------------------------------

AGENCIES10 = ("兰州新区社会保险事业服务中心", "永登县社会保险事业服务中心", "皋兰县社会保险事业服务中心")


def _wrong_base(r: dict, prev: dict | None, rng: random.Random) -> float:
    if prev and prev["base"] != r["base"] and rng.random() < 0.5:
        return prev["base"]           # last year's base left in by mistake
    digits = f"{r['base']:.2f}"
    for _ in range(10):               # a slip of the finger: two neighbouring digits swapped
        k = rng.randrange(0, len(digits.split(".")[0]) - 1)
        d = digits[:k] + digits[k + 1] + digits[k] + digits[k + 2:]
        if d != digits and not d.startswith("0"):
            return float(d)
    return r["base"] + 100


@family("si_counter_handfix", "social_insurance", "scan",
        "社保窗口 counter print 参保人员养老保险缴费记录单, copier/phone scan: 序号|年份|月份|缴费单位|缴费基数|个人应缴|"
        "是否足额(是/否), year and month in separate columns (year merged per year on some prints), one row's 缴费基数 "
        "or 是否足额 struck out and corrected by hand in ink with initials and a small 校对 stamp; 中断 months absent",
        ranges=True)
def si_counter_handfix(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(14, 40))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    agency = rng.choice(AGENCIES10)
    merged = rng.random() < 0.5
    mform = rng.choice(("n", "02", "n月"))
    paid_rows = [i for i, r in enumerate(listed) if r["paid"] and i > 0]
    fix_at = rng.choice(paid_rows or [0])
    fix_kind = "flag" if (rng.random() < 0.3 and listed[fix_at]["paid"]) else "base"
    wrong = _wrong_base(listed[fix_at], listed[fix_at - 1] if fix_at else None, rng)
    paper = Paper(face, A4)
    s = paper[0]
    x0 = 40
    s.text(s.w / 2, 58, "参保人员养老保险缴费记录单", 15, align="center", track=2)
    s.text(x0, 86, f"姓名：{p['name']}", 9.5)
    s.text(x0 + 120, 86, f"身份证号：{p['id_number']}", 9.5)
    s.text(s.w - x0, 86, "险种：企业职工基本养老保险", 9.5, align="right")
    a = fdate(listed[0]["month"], "cn0", month=True)[0]
    b = fdate(listed[-1]["month"], "cn0", month=True)[0]
    s.text(x0, 102, f"查询时段：{a}至{b}", 9.5)
    s.text(s.w - x0, 102, f"打印时间：{printed}", 9.5, align="right")
    wd = [28, 40, 34, 190, 70, 60, 50]     # the table stops short of the right edge: room for the pen
    head = ["序号", "年份", "月份", "缴费单位", "缴费基数", "个人应缴", "是否足额"]
    xs = [x0]
    for w_ in wd:
        xs.append(xs[-1] + w_)
    size = 8.5
    y = s.table(x0, 112, wd, [head], size + 0.5, min_h=20, pad=2, align=["center"] * 7)
    rh = min(15.5, (s.h - 150 - y) / len(listed))
    top = y
    hand_at: tuple[float, float] | None = None
    for i, r in enumerate(listed):
        yb = y + rh * 0.7
        year, mo = r["month"][:4], int(r["month"][5:7])
        mtxt = {"n": str(mo), "02": f"{mo:02d}", "n月": f"{mo}月"}[mform]
        base = wrong if (i == fix_at and fix_kind == "base") else r["base"]
        flag = "是" if r["paid"] else "否"
        if i == fix_at and fix_kind == "flag":
            flag = "否"
        s.text((xs[0] + xs[1]) / 2, yb, str(i + 1), size, align="center")
        if not merged:
            s.text((xs[1] + xs[2]) / 2, yb, year, size, align="center")
        s.text((xs[2] + xs[3]) / 2, yb, mtxt, size, align="center")
        s.text(xs[3] + 3, yb, r["unit"], size)
        s.text(xs[5] - 4, yb, _yuan(base), size, align="right")
        s.text(xs[6] - 4, yb, _yuan(r["base"] * 0.08), size, align="right")
        s.text((xs[6] + xs[7]) / 2, yb, flag, size, align="center")
        if i == fix_at:
            col = (xs[4], xs[5]) if fix_kind == "base" else (xs[6], xs[7])
            hand_at = (col, yb)
        for k, xx in enumerate(xs):
            if not (merged and k == 2):
                s.line(xx, y, xx, y + rh, width=0.5)
        s.line(xs[0] if not merged else xs[2], y + rh, xs[-1], y + rh, width=0.5)
        if merged:
            s.line(xs[0], y + rh, xs[1], y + rh, width=0.5)
        y += rh
    if merged:   # one merged 年份 cell per year
        ys = top
        years: dict[str, int] = {}
        for r in listed:
            years[r["month"][:4]] = years.get(r["month"][:4], 0) + 1
        for yr, k in years.items():
            s.text((xs[1] + xs[2]) / 2, ys + k * rh / 2 + size * 0.35, yr, size, align="center")
            s.line(xs[1], ys + k * rh, xs[2], ys + k * rh, width=0.5)
            s.line(xs[2], ys, xs[2], ys + k * rh, width=0.5)
            ys += k * rh
    # the clerk's correction: two strokes through the printed value, the right one beside it
    (cx0, cx1), yb = hand_at
    r = listed[fix_at]
    s.line(cx0 + 4, yb - 4.0, cx1 - 2, yb - 3.2, width=0.8, grey=0.1)
    s.line(cx0 + 4, yb - 2.2, cx1 - 2, yb - 1.4, width=0.8, grey=0.1)
    keep = paper.font
    if fonts.path_of("kai") is not None:
        paper.font = fonts.font("kai")
    hx = xs[-1] + 5
    fixed = _yuan(r["base"]) if fix_kind == "base" else "是"
    end = s.text(hx, yb + 1, fixed, 11, color=INK)
    s.text(hx + 4, yb + 13, f"更正 {_clerk(rng, p['name'])[0]}", 7.5, color=INK)
    paper.font = keep
    s.seal(min(end + 18, s.w - 18), yb + 2, 13, "校对")
    y += 20
    paid_n = sum(1 for x in listed if x["paid"])
    y = s.para(x0, y, f"本记录单共{len(listed)}条缴费记录，其中足额缴费{paid_n}个月。“是否足额”为“否”的月份系未足额缴纳"
                      "（欠缴），不计入实际缴费年限；中断期间无记录。", s.w - 2 * x0 - 20, 8.5, leading=1.7)
    clerk = _clerk(rng, p["name"])
    s.text(x0, y + 16, f"经办人（签字）：{clerk}", 9.5)
    s.text(s.w - x0 - 10, y + 16, agency, 9.5, align="right")
    s.seal(s.w - x0 - 90, y + 6, 40, agency)
    s.text(s.w - x0 - 90, y + 32, "业务专用章", 7.5, align="center", color=RED)
    if rng.random() < 0.5:
        _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.5, 2.0), rng.uniform(0.9, 0.95),
                    rng.uniform(0.3, 0.55))
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, dpi=rng.choice((150, 160, 170)), level=rng.choice((1, 2, 2, 3)))
