"""Eleventh round of held-out families (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents'
layouts and wording without looking at the parsers.

Social insurance:
* si_excel_sheet_dump — a 缴费明细 exported from the 社保/税务 system to Excel and printed to
  PDF from Excel (text PDF, A4 landscape, "fit all columns on one page": tiny 6.5 pt type, grey
  gridlines, Excel's default page header "Sheet1" and footer "第 1 页"). One merged title row,
  one header row (not repeated on later pages), then a DATA DUMP: the holder's 证件号码 and 姓名
  on every row, 险种类型 (企业职工基本养老保险 and 职工基本医疗保险 rows for each month: the medical
  row has its own base, raised to the 医保 floor), 费款所属期 as a compact "202103" and
  对应费款所属期 "2021-03至2021-03", 缴费基数 / 应缴费额 / 实缴费额 in Excel's General format
  ("4800", "4120.5", "384"), 缴费类型 (正常应缴 / 补缴), 单位名称, 到账日期 "2021/4/15". A 补缴
  record is filed under the month it was collected: its 费款所属期 is that later month (so the
  compact column repeats a month and the row sits out of order) while 对应费款所属期 names the
  month it pays for. An owed month has 实缴费额 0 and no 到账日期 (paid 0); 中断 months are not
  in the dump. Truth: the pension rows, month = 对应费款所属期, base = the pension row's base.
* si_desc_status_pages — a 社保经办机构 counter print "参保人员缴费明细查询单" copier-scanned as
  a multi-page image PDF (3–4 pages): NEWEST MONTH FIRST, the column header only on page 1
  (continuation pages begin straight with rows), "第 2 页 共 3 页" footers. Columns 缴费年月 |
  缴费单位 | 缴费基数 | 单位缴费 | 个人缴费 | 缴费状态 | 到账日期 with 缴费状态 已到账 (paid; a 补缴
  month has a 到账日期 months later), 未到账 (owed, paid 0, 到账日期 "—") and, on some prints, a
  duplicate payment refunded: a second row for a paid month with 已退费 (the month stays paid
  by its 已到账 row). 中断 months absent. 合计 and the 业务专用章 on the last page.
* si_rights_wrapped_unit — a 社会保险个人权益记录（缴费明细）as printed from a provincial system
  (text PDF): the column "单位编号/单位名称" is narrow, so each row's unit cell holds the 11-digit
  单位编号 and the name wrapped onto two (or three) lines while the other cells of the row sit
  vertically centred between those lines; 缴费性质 正常缴费 / 补缴 / 欠缴 and 记账标志 已记账 /
  未记账 (欠缴 → paid 0). Header repeated on each page; 中断 months absent. Truth: the name
  without its number.
Employer:
* emp_talent_archive — a 人才服务中心 (人事代理) "存档人员工作情况证明" downloaded from the
  政务服务网 (text PDF with an electronic seal and a QR code): the ISSUER is the 人才服务中心
  (letter head, seal, 证明编号), not the employer. A ruled 档案信息 box (姓名 / 性别 / 公民身份号码 /
  档案编号 / 存档方式 人事代理 / 档案接收时间 / 参加工作时间), then prose: "经查阅档案及用人单位提供的
  劳动合同，该同志于2015年7月参加工作，2018年3月起在 X 公司工作至今，现从事 Y 工作（岗位：Y）。"
  and "委托存档单位：X". The 档案接收时间 and 参加工作时间 are distractor dates. Truth: the
  employer, the post, start_date = the month work at that employer began.
Diploma:
* dip_copy_verified — the A4 photocopy applicants hand in: the 毕业证书 (landscape, reduced)
  in the upper half and the 学位证书 (or, for a 大专 graduate, the 身份证 front and back) in the
  lower half of ONE sheet, with the 单位人事部门's red rectangular stamp "复印件与原件核对一致"
  plus a handwritten 审核人 and date across the diploma's corner; toner grey, lid shadow at the
  edges. Distractors: the 学位证书编号, the degree's award date, the ID card's dates. Truth:
  the 毕业证书's fields only.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

import pymupdf

from . import fonts
from .draw import A4, A4L, RED, Paper
from .facts import contribution_history, num, redate
from .fam_certs import CARD, _back, _front
from .fam_heldout2a import _qr
from .fam_round7 import _print_date, _truth_rows, _yuan
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
INK = (0.1, 0.14, 0.5)    # a blue-black ballpoint
MED_FLOOR = {2017: 3700, 2018: 3900, 2019: 4100, 2020: 4300, 2021: 4500, 2022: 4700, 2023: 4900, 2024: 5100}
_YEARS_HZ = {2: "二", 3: "三", 4: "四", 5: "五"}


def _clerk(rng: random.Random, *avoid: str) -> str:
    return rng.choice([c for c in ("马海燕", "周淼", "李建军", "冯雪", "何培元", "闫雯雯", "苏璟瑜", "魏晓兰")
                       if c not in avoid])


def _add(m: str, k: int) -> str:
    t = int(m[:4]) * 12 + int(m[5:7]) - 1 + k
    return f"{t // 12:04d}-{t % 12 + 1:02d}"


def _arrival(m: str, rng: random.Random, later: int = 0) -> date:
    """The day the month's money reached the fund: in the next month (or ``later`` months on)."""
    y, mo = int(_add(m, 1 + later)[:4]), int(_add(m, 1 + later)[5:7])
    return date(y, mo, rng.randint(5, 25))


def _unit_code(unit: str) -> str:
    return "620121" + f"{sum(ord(c) for c in unit) * 37 % 100000:05d}"


# --------------------------------------------------------------------------
# Excel data dump printed to PDF: holder on every row, 补缴 under its collection month (text)
# --------------------------------------------------------------------------

@family("si_excel_sheet_dump", "social_insurance", "text",
        "缴费明细 exported to Excel and printed to PDF (landscape, fit to width: 6.5 pt, grey gridlines, page header "
        "'Sheet1', footer '第 1 页', header row on page 1 only): 证件号码 and 姓名 on every row, 养老 and 医疗 rows per "
        "month (医疗 base raised to its floor), 费款所属期 '202103' and 对应费款所属期 '2021-03至2021-03', General-format "
        "numbers, a 补缴 record filed under its later collection month, owed months with 实缴费额 0 and no 到账日期")
def si_excel_sheet_dump(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    last = listed[-1]["month"]
    with_med = rng.random() < 0.75
    recs = []   # (collection month, row, 险种 order, cells)
    for idx, r in enumerate(listed):
        coll = r["month"]
        late = 0
        if r["status"] == "补缴":
            late = rng.randint(2, 9)
            coll = min(_add(r["month"], late), last)
            late = max((int(coll[:4]) * 12 + int(coll[5:7])) - (int(r["month"][:4]) * 12 + int(r["month"][5:7])), 0)
        kinds = [("企业职工基本养老保险", r["base"], 0.08)]
        if with_med:
            kinds.append(("职工基本医疗保险", max(r["base"], MED_FLOOR.get(int(r["month"][:4]), 4500)), 0.02))
        arr = _arrival(r["month"], rng, late)
        for k, (kind, base, rate) in enumerate(kinds):
            due = round(base * rate, 2)
            recs.append((coll, idx, k, [p["id_number"], p["name"], kind, coll.replace("-", ""),
                                   f"{r['month']}至{r['month']}", num(base), num(due),
                                   num(due) if r["paid"] else "0", "补缴" if r["status"] == "补缴" else "正常应缴",
                                   r["unit"], f"{arr.year}/{arr.month}/{arr.day}" if r["paid"] else ""]))
    recs.sort(key=lambda t: t[:3])
    W, H = A4L
    paper = Paper(face, (W, H), pages=0)
    x0 = 28.0
    wd = [24, 92, 40, 88, 46, 88, 50, 46, 46, 40, 170, 56]
    head = ["序号", "证件号码", "姓名", "险种类型", "费款所属期", "对应费款所属期", "缴费基数", "应缴费额", "实缴费额",
            "缴费类型", "单位名称", "到账日期"]
    numeric = {0, 6, 7, 8}
    size, rh = 6.5, 11.0
    xs = [x0]
    for w_ in wd:
        xs.append(xs[-1] + w_)
    grid = 0.72

    def cells(s, y: float, vals: list[str], sz: float, h: float, center: bool = False) -> None:
        for i, v in enumerate(vals):
            if center:
                s.text((xs[i] + xs[i + 1]) / 2, y + h - 3.2, v, sz, align="center")
            elif i in numeric:
                s.text(xs[i + 1] - 2, y + h - 3.2, v, sz, align="right")
            else:
                s.text(xs[i] + 2, y + h - 3.2, v, sz)
        s.line(xs[0], y + h, xs[-1], y + h, width=0.3, grey=grid)
        for xx in xs:
            s.line(xx, y, xx, y + h, width=0.3, grey=grid)

    s = paper.add_page()
    y = 40.0
    s.line(xs[0], y, xs[-1], y, width=0.3, grey=grid)
    title = rng.choice((f"{p['name']}个人社会保险费缴费明细", "社会保险费缴费明细查询结果", "个人缴费信息"))
    s.text((xs[0] + xs[-1]) / 2, y + 13, title, 10, align="center")
    s.line(xs[0], y + 18, xs[-1], y + 18, width=0.3, grey=grid)
    s.line(xs[0], y, xs[0], y + 18, width=0.3, grey=grid)
    s.line(xs[-1], y, xs[-1], y + 18, width=0.3, grey=grid)
    y += 18
    cells(s, y, head, size, 14, center=True)
    y += 14
    bottom = H - 40
    for i, (_, _, _, vals) in enumerate(recs):
        if y + rh > bottom:
            s = paper.add_page()
            y = 40.0
            s.line(xs[0], y, xs[-1], y, width=0.3, grey=grid)
        cells(s, y, [str(i + 1)] + vals, size, rh)
        y += rh
    for k, sh in enumerate(paper.sheets):
        sh.text(W / 2, 24, "Sheet1", 8, align="center")
        sh.text(W / 2, H - 20, f"第 {k + 1} 页", 8, align="center")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, producer=rng.choice(("Microsoft® Excel® 2016", "Microsoft® Excel® 2010",
                                                             "WPS 表格")))


# --------------------------------------------------------------------------
# newest-first counter print over 3-4 pages, header on page 1 only, 到账 words (scan)
# --------------------------------------------------------------------------

AGENCIES11 = ("兰州新区社会保险事业服务中心", "兰州市社会保险事业管理局", "永登县社会保险事业服务中心",
              "皋兰县社会保险事业服务中心")


@family("si_desc_status_pages", "social_insurance", "scan",
        "社保经办机构 counter print 参保人员缴费明细查询单, copier-scanned image PDF of 3-4 pages: newest month first, the "
        "column header on page 1 only, footers '第 2 页 共 3 页'; 缴费年月|缴费单位|缴费基数|单位缴费|个人缴费|缴费状态|到账日期 "
        "with 已到账 / 未到账 (owed) / 已退费 (a refunded duplicate of a paid month); 中断 months absent")
def si_desc_status_pages(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(70, 96))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    agency = rng.choice(AGENCIES11)
    mstyle = rng.choice(("cn0", "iso", "compact", "slash"))
    lines = []   # (month, unit, base, status, arrival)
    dup = rng.choice([i for i, r in enumerate(listed) if r["paid"] and r["status"] == "正常"] or [-1]) \
        if rng.random() < 0.6 else -1
    for i, r in enumerate(listed):
        if r["paid"]:
            late = rng.randint(3, 14) if r["status"] == "补缴" else 0
            a = _arrival(r["month"], rng, late)
            if a.isoformat() > printed:
                a = date.fromisoformat(printed) - timedelta(days=1)
            lines.append((r["month"], r["unit"], r["base"], "已到账", a.isoformat()))
            if i == dup:
                back = a + timedelta(days=rng.randint(20, 60))
                if back.isoformat() > printed:
                    back = date.fromisoformat(printed) - timedelta(days=1)
                lines.append((r["month"], r["unit"], r["base"], "已退费", back.isoformat()))
        else:
            lines.append((r["month"], r["unit"], r["base"], "未到账", "—"))
    lines.reverse()   # newest first (a refund row then comes above its 已到账 row)
    first_cap, cap = 29, 37
    chunks = [lines[:first_cap]] + [lines[k:k + cap] for k in range(first_cap, len(lines), cap)]
    if len(chunks[-1]) > cap - 9:    # no room under the last rows for 合计 and the seal: they go on a page of their own
        chunks[-1:] = [chunks[-1][:-4], chunks[-1][-4:]]
    paper = Paper(face, A4, pages=0)
    x0 = 42.0
    wd = [62, 168, 58, 56, 52, 50, 65]
    xs = [x0]
    for w_ in wd:
        xs.append(xs[-1] + w_)
    size, rh = 8.8, 19.0
    for k, chunk in enumerate(chunks):
        s = paper.add_page()
        if k == 0:
            s.text(s.w / 2, 62, "参保人员缴费明细查询单", 16, align="center", track=2)
            s.text(x0, 88, f"经办机构：{agency}", 9.5)
            s.text(s.w - x0, 88, f"打印日期：{fdate(printed, rng.choice(('cn', 'iso')))[0]}", 9.5, align="right")
            s.text(x0, 106, f"姓名：{p['name']}", 9.5)
            s.text(x0 + 120, 106, f"公民身份号码：{p['id_number']}", 9.5)
            s.text(s.w - x0, 106, f"个人编号：{rng.randrange(10**9, 10**10)}", 9.5, align="right")
            a = fdate(listed[0]["month"], "cn0", month=True)[0]
            b = fdate(listed[-1]["month"], "cn0", month=True)[0]
            s.text(x0, 124, f"险种：企业职工基本养老保险    查询期间：{a}至{b}    排序：按缴费年月倒序", 9.5)
            y = s.table(x0, 134, wd, [["缴费年月", "缴费单位", "缴费基数", "单位缴费", "个人缴费", "缴费状态", "到账日期"]],
                        9, min_h=22, pad=2, align=["center"] * 7)
        else:
            y = 56.0
            s.line(xs[0], y, xs[-1], y, width=0.6)
        for m, unit, base, st, arr in chunk:
            yb = y + rh / 2 + size * 0.36
            s.text((xs[0] + xs[1]) / 2, yb, fdate(m, mstyle, month=True)[0], size, align="center")
            s.text(xs[1] + 3, yb, unit, size if len(unit) <= 17 else 8)
            s.text(xs[3] - 3, yb, _yuan(base), size, align="right")
            s.text(xs[4] - 3, yb, _yuan(base * 0.16), size, align="right")
            s.text(xs[5] - 3, yb, _yuan(base * 0.08), size, align="right")
            s.text((xs[5] + xs[6]) / 2, yb, st, size, align="center")
            s.text((xs[6] + xs[7]) / 2, yb, arr, size - 0.6, align="center")
            for xx in xs:
                s.line(xx, y, xx, y + rh, width=0.6)
            s.line(xs[0], y + rh, xs[-1], y + rh, width=0.6)
            y += rh
        if k == len(chunks) - 1:
            paid = [r for r in listed if r["paid"]]
            y = s.para(x0, y + 22, f"合计：记录{len(lines)}条，已到账{len(paid)}个月，未到账{len(listed) - len(paid)}个月，"
                                   f"个人缴费合计{_yuan(sum(r['base'] * 0.08 for r in paid))}元。", s.w - 2 * x0, 9.5)
            y = s.para(x0, y, "说明：“未到账”为已核定未缴纳（欠缴）月份，不计入缴费年限；“已退费”为重复缴纳后退回的记录；"
                              "中断期间无缴费记录，不予列示。", s.w - 2 * x0, 8.5, leading=1.7)
            s.text(x0, y + 16, f"经办人：{_clerk(rng, p['name'])}", 9.5)
            s.text(s.w - x0 - 10, y + 16, f"{agency}（业务专用章）", 9.5, align="right")
            s.seal(s.w - x0 - 100, min(y + 8, s.h - 70), 40, agency)
    n = len(paper.sheets)
    for k, sh in enumerate(paper.sheets):
        sh.text(sh.w / 2, sh.h - 28, f"第 {k + 1} 页 共 {n} 页", 9, align="center")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, dpi=rng.choice((140, 150, 160)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# 个人权益记录 with a narrow 单位编号/单位名称 column wrapping onto two lines (text)
# --------------------------------------------------------------------------

@family("si_rights_wrapped_unit", "social_insurance", "text",
        "社会保险个人权益记录（缴费明细）from a provincial system: narrow '单位编号/单位名称' column, the 11-digit number and "
        "the name wrapped onto two or three lines, the row's other cells centred between them; 缴费性质 正常缴费/补缴/欠缴, "
        "记账标志 已记账/未记账; header on every page; 中断 months absent")
def si_rights_wrapped_unit(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    agency = rng.choice(("甘肃省社会保险事业服务中心", "兰州新区社会保险事业服务中心", "兰州市社会保险事业管理局"))
    mstyle = rng.choice(("cn0", "iso", "dot"))
    x0 = 46.0
    wd = [26, 60, 112, 62, 54, 54, 52, 46]
    width = sum(wd)
    head = ["序号", "费款所属期", "单位编号/单位名称", "缴费基数", "个人缴费", "单位缴费", "缴费性质", "记账标志"]
    nature = {"正常": "正常缴费", "补缴": "补缴", "欠费": "欠缴"}
    body = []
    for i, r in enumerate(listed):
        body.append([str(i + 1), fdate(r["month"], mstyle, month=True)[0], f"{_unit_code(r['unit'])} {r['unit']}",
                     _yuan(r["base"]), _yuan(r["base"] * 0.08), _yuan(r["base"] * 0.16),
                     nature[r["status"]], "已记账" if r["paid"] else "未记账"])
    al = ["center", "center", "left", "right", "right", "right", "center", "center"]
    paper = Paper(face, A4, pages=0)
    s = paper.add_page()
    s.text(s.w / 2, 64, "社会保险个人权益记录", 17, align="center", track=2)
    s.text(s.w / 2, 84, "（企业职工基本养老保险缴费明细）", 10, align="center")
    s.text(x0, 106, f"记录单编号：{printed[:4]}{rng.randrange(10**8, 10**9)}", 8.5, color=GREY)
    s.text(x0 + width, 106, f"打印日期：{fdate(printed, 'cn')[0]}", 8.5, align="right", color=GREY)
    y = s.table(x0, 112, [70, 96, 80, width - 246],
                [["姓    名", p["name"], "社会保障号码", p["id_number"]],
                 ["性    别", p["gender"], "首次参保时间", fdate(listed[0]["month"], "cn0", month=True)[0]]],
                9, min_h=20, align=["center", "left"] * 2)
    y += 14
    size = 8.3
    bottom = A4[1] - 70
    y = s.table(x0, y, wd, [head], 8.5, min_h=20, pad=2, align=["center"] * 8)
    for row in body:
        need = len(s.wrap(row[2], wd[2] - 6, size)) * size * 1.35 + 6
        if y + need > bottom:
            s = paper.add_page()
            s.text(x0, 50, f"姓名：{p['name']}    社会保障号码：{p['id_number']}", 8.5, color=GREY)
            y = s.table(x0, 58, wd, [head], 8.5, min_h=20, pad=2, align=["center"] * 8)
        y = s.table(x0, y, wd, [row], size, pad=3, leading=1.35, align=al)
    y = s.para(x0, y + 18, "说明：1. 本记录依据社会保险信息系统数据打印，缴费性质为“欠缴”、记账标志为“未记账”的月份未实际缴费，"
                           "不计入缴费年限。2. 中断期间无缴费记录。3. 单位编号为参保单位在社会保险经办机构的登记编号。",
               width, 8.5, leading=1.7)
    s.text(x0 + width - 10, y + 22, agency, 10, align="right")
    s.seal(x0 + width - 80, min(y + 14, s.h - 50), 40, agency)
    for k, sh in enumerate(paper.sheets):
        sh.text(sh.w / 2, sh.h - 30, f"- {k + 1} -", 8.5, align="center", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, producer=rng.choice(("iText 5.5.13", "FineReport 10.0", "Crystal Reports")))


# --------------------------------------------------------------------------
# 人才服务中心 存档人员工作情况证明: the issuer is not the employer (text)
# --------------------------------------------------------------------------

TALENT = (("兰州新区人才服务中心", "兰州新区秦川镇中川大道人力资源服务产业园"),
          ("兰州市人才服务中心", "兰州市城关区张掖路87号"),
          ("甘肃省人才交流开发中心", "兰州市城关区南昌路1668号"))
WORK11 = ("工程技术", "施工技术管理", "设计", "质量检测", "项目技术", "安全管理")


@family("emp_talent_archive", "employment_proof", "text",
        "人才服务中心 (人事代理) 存档人员工作情况证明 from the 政务服务网 with an electronic seal and QR: the issuer is the "
        "人才服务中心, a ruled 档案信息 box (档案编号/存档方式/档案接收时间/参加工作时间), prose '…参加工作，…起在 X 工作至今，"
        "现从事…工作（岗位：Y）' and '委托存档单位：X'")
def emp_talent_archive(p: dict, rng: random.Random, face: str) -> Drawn:
    issuer, addr = rng.choice(TALENT)
    unit, post = p["unit"], p["position"]
    ws = date.fromisoformat(p["work_start"])
    gy = int(p["graduation_date"][:4])
    early = date(gy, rng.choice((7, 8)), 1)     # a first job in the graduation summer, before this unit
    first = early if early < ws and rng.random() < 0.6 else ws
    received = first + timedelta(days=rng.randint(20, 150))
    issued = date(rng.randint(max(2023, ws.year + 1), 2024), rng.randint(1, 12), rng.randint(1, 28))
    dstyle = rng.choice(("cn", "cn0"))
    start_s, ts = fdate(p["work_start"], dstyle, month=True)
    paper = Paper(face, A4)
    s = paper[0]
    x0, x1 = 62, A4[0] - 62
    s.text(s.w / 2, 72, issuer, 15, align="center", track=3)
    s.line(x0, 84, x1, 84, width=1.6, grey=0.0)
    s.line(x0, 87, x1, 87, width=0.5, grey=0.0)
    s.text(s.w / 2, 128, "存档人员工作情况证明", 19, align="center", track=2)
    s.text(x1, 152, f"证明编号：RC{issued.year}{rng.randrange(10**6, 10**7)}", 9, align="right")
    arch = f"{rng.choice(('XQ', 'LZ', 'GS'))}{received.year}{rng.randrange(10**5, 10**6)}"
    y = s.table(x0, 160, [74, 126, 80, x1 - x0 - 280],
                [["姓    名", p["name"], "性    别", p["gender"]],
                 ["公民身份号码", p["id_number"], "档案编号", arch],
                 ["存档方式", "人事代理", "档案接收时间", fdate(received.isoformat(), "cn0")[0]],
                 ["参加工作时间", fdate(first.isoformat(), dstyle, month=True)[0], "学    历",
                  {"大专": "大学专科", "本科": "大学本科", "硕士研究生": "硕士研究生"}[p["level"]]]],
                9.5, min_h=24, align=["center", "left"] * 2)
    kind = {"专职教师": "教学", "主管护师": "护理", "设计员": "设计", "质量检测员": "质量检测",
            "安全员": "安全管理"}.get(post) or rng.choice(WORK11)
    if first < ws:
        hist = (f"该同志于{fdate(first.isoformat(), dstyle, month=True)[0]}参加工作，{start_s}起在{unit}工作至今，"
                f"现从事{kind}工作（岗位：{post}）。")
    else:
        hist = f"该同志自{start_s}起在{unit}工作至今，现从事{kind}工作（岗位：{post}）。"
    text = (f"兹证明{p['name']}同志（公民身份号码：{p['id_number']}）的人事档案由我中心以人事代理方式保管。"
            f"经查阅其人事档案材料及用人单位提供的劳动合同，{hist}")
    y = s.para(x0, y + 36, text, x1 - x0, 12, leading=2.0, indent=24)
    y = s.para(x0, y + 4, f"委托存档单位：{unit}", x1 - x0, 12, leading=2.0, indent=24)
    y = s.para(x0, y + 4, "本证明仅证明其人事档案存放及档案所载工作情况，用于专业技术职务任职资格评审。有效期三个月。",
               x1 - x0, 12, leading=2.0, indent=24)
    s.text(x0 + 24, y + 6, "特此证明。", 12)
    s.text(x1 - 20, y + 76, issuer, 12, align="right")
    s.text(x1 - 20, y + 100, fdate(issued.isoformat(), rng.choice(("cn", "hz")))[0], 12, align="right")
    s.seal(x1 - 80, y + 82, 46, issuer)
    png = _qr(rng)
    s.page.insert_image(pymupdf.Rect(x0, y + 50, x0 + 64, y + 114), stream=png)
    s.text(x0, y + 126, f"验证码：{rng.randrange(10**9, 10**10)}", 8.5)
    s.text(x0, y + 140, "扫码或登录甘肃政务服务网核验", 8.5, color=GREY)
    s.line(x0, A4[1] - 64, x1, A4[1] - 64, width=0.4)
    s.text(s.w / 2, A4[1] - 50, f"地址：{addr}    本证明由{issuer}电子印章签发，与纸质证明具有同等效力", 7.5,
           align="center", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post, "start_date": ts}
    return Drawn(paper, truth, issued.isoformat(), producer=rng.choice(("iText® 7.1.16", "Foxit PDF SDK")))


# --------------------------------------------------------------------------
# 毕业证书 and 学位证书 copied onto one A4 sheet, 与原件一致 stamp (scan)
# --------------------------------------------------------------------------

def _diploma(s, x: float, y: float, w: float, q: dict, track: float) -> float:
    """A 2000s/2010s landscape 毕业证书 reduced into a box w wide; returns its bottom."""
    h = w * 0.70
    k = w / 842.0
    s.box(x, y, x + w, y + h, width=1.6 * k * 2, grey=0.3)
    s.box(x + 7, y + 7, x + w - 7, y + h - 7, width=0.5, grey=0.3)
    s.text(x + w / 2, y + 78 * k, "毕业证书", 34 * k, align="center", track=12 * k)
    s.photo(x + 62 * k, y + 120 * k, 100 * k, 134 * k)
    birth = fdate(q["birth_date"], "hz")[0]
    start = fdate(q["start_date"], "hz", month=True)[0]
    grad = fdate(q["graduation_date"], "hz", month=True)[0]
    lvl = "专科" if q["level"] == "大专" else "本科"
    text = (f"学生 {q['name']}，性别{q['gender']}，{birth}生，于{start}至{grad}在本校{q['major']}专业"
            f"{_YEARS_HZ[q['years']]}年制{lvl}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    s.para(x + 200 * k, y + 146 * k, text, w - 250 * k, 18 * k, leading=2.1, indent=36 * k, track=track * k)
    yb = y + h - 100 * k
    s.text(x + 420 * k, yb, f"校    名：{q['school']}", 14 * k)
    s.text(x + 420 * k, yb + 28 * k, f"校（院）长：{q['principal']}", 14 * k)
    s.text(x + 62 * k, yb + 28 * k, f"证书编号：{q['certificate_no']}", 13 * k)
    s.text(x + 420 * k, yb + 56 * k, fdate(q["graduation_date"], "hz")[0], 13 * k)
    s.seal(x + 720 * k, yb + 14 * k, 62 * k, q["school"])
    return y + h


def _degree(s, x: float, y: float, w: float, q: dict) -> float:
    h = w * 0.66
    k = w / 842.0
    s.box(x, y, x + w, y + h, width=1.2, grey=0.3)
    s.text(x + w / 2, y + 82 * k, "学士学位证书", 32 * k, align="center", track=8 * k)
    s.photo(x + 62 * k, y + 120 * k, 100 * k, 134 * k)
    birth = fdate(q["birth_date"], "hz")[0]
    text = (f"{q['name']}，{q['gender']}，{birth}生。在{q['school']}{q['major']}专业完成了本科学习计划，业已毕业，"
            f"经审核符合《中华人民共和国学位条例》的规定，授予{q['discipline']}学士学位。")
    s.para(x + 200 * k, y + 146 * k, text, w - 250 * k, 17 * k, leading=2.1, indent=34 * k)
    yb = y + h - 96 * k
    s.text(x + 440 * k, yb, q["school"], 14 * k)
    s.text(x + 440 * k, yb + 26 * k, f"校    长：{q['principal']}", 13 * k)
    s.text(x + 440 * k, yb + 50 * k, "学位评定委员会主席", 11 * k)
    s.text(x + 62 * k, yb + 26 * k, f"证书编号：{q['degree_certificate_no']}", 13 * k)
    s.text(x + 62 * k, yb + 50 * k, fdate(q["award_date"], "hz")[0], 13 * k)
    s.seal(x + 730 * k, yb + 14 * k, 60 * k, q["school"])
    return y + h


@family("dip_copy_verified", "diploma", "scan",
        "A4 photocopy handed in with the application: the 毕业证书 (reduced, landscape) in the upper half and the 学位证书 "
        "(or for a 大专 graduate the 身份证 front and back) in the lower half of one sheet, the 人事部门's red rectangular "
        "'复印件与原件核对一致' stamp with a handwritten 审核人 and date over the diploma's corner; toner grey, lid shadow")
def dip_copy_verified(p: dict, rng: random.Random, face: str) -> Drawn:
    level = "大专" if rng.random() < 0.3 else "本科"
    q = redate(p, rng, rng.randint(2004, 2020), level=level)
    paper = Paper(face, A4)
    s = paper[0]
    # the copier's lid shadow at the edges
    for i in range(6):
        g = 0.45 + i * 0.09
        s.box(i * 2.0, i * 2.0, s.w - i * 2.0, s.h - i * 2.0, width=2.2, grey=g)
    w = s.w - 2 * rng.uniform(46, 60)
    x = (s.w - w) / 2 + rng.uniform(-6, 6)
    top = rng.uniform(44, 64)
    bot = _diploma(s, x, top, w, q, rng.choice((0.0, 1.0, 2.0)))
    y2 = bot + rng.uniform(26, 40)
    if q["degree"]:
        _degree(s, x + rng.uniform(-4, 4), y2, w, q)
    else:
        k = min(1.05, (s.h - y2 - 50) / CARD[1], (s.w - 60) / 2 / CARD[0])
        _front(s, s.w / 2 - CARD[0] * k - 10, y2 + 10, q, k)
        _back(s, s.w / 2 + 10, y2 + 10, q, rng, k)
    # the 人事部门's stamp in the diploma's blank middle, a pen signature and date in it
    sx, sy = x + w * rng.uniform(0.42, 0.6), top + (bot - top) * rng.uniform(0.5, 0.56)
    s.box(sx, sy, sx + 168, sy + 66, width=1.6, grey=0.0)
    s.page.draw_rect((sx, sy, sx + 168, sy + 66), color=RED, width=1.8)
    s.text(sx + 84, sy + 20, "复印件与原件核对一致", 12, align="center", color=RED)
    s.text(sx + 10, sy + 40, "审核人：", 9.5, color=RED)
    s.text(sx + 10, sy + 58, "日  期：", 9.5, color=RED)
    keep = paper.font
    if fonts.path_of("kai") is not None:
        paper.font = fonts.font("kai")
    checked = date(rng.randint(2023, 2024), rng.randint(1, 12), rng.randint(1, 28))
    s.text(sx + 52, sy + 41, _clerk(rng, q["name"]), 12, color=INK)
    s.text(sx + 52, sy + 59, f"{checked.year}.{checked.month}.{checked.day}", 11, color=INK)
    paper.font = keep
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": q["birth_date"], "school": q["school"],
             "major": q["major"], "level": q["level"], "start_date": q["start_date"][:7],
             "graduation_date": q["graduation_date"][:7], "certificate_no": q["certificate_no"]}
    return Drawn(paper, truth, checked.isoformat(), dpi=rng.choice((150, 160)), level=rng.choice((1, 2, 2)))
