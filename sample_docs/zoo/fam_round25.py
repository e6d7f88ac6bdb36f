"""Twenty-fifth round of held-out families, part a (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers. Two social-insurance families and one employer's document,
as applicants for a 职称 in 兰州新区 upload them; the truth is always what is printed and legible.

* si_excel_export_full_dates — a unit's HR / 社保经办 system export (the 查询结果 saved as .xlsx),
  opened in Excel or WPS 表格 and printed to PDF (text) with Excel's print look: thin gridlines
  round every used cell, no column letters or row numbers, a page header with the sheet name
  (Sheet1, 缴费明细, 查询结果 …) or none, a footer "第 1 页，共 3 页" (or "第 1 页" with the sheet
  name, or "1 / 3"), Excel's or WPS's default margins, fit-to-width scaling on some, the header row
  repeated as 打印标题行 on some sheets and only on page 1 on others. THE QUIRK: the month column
  is a DATE cell that the export filled with the first of the month, so every month shows in one
  Excel date format chosen for the sheet — "2023/1/1" (the zh-CN short date), "2023-01-01",
  "2023年1月1日" or "1-Jan-23" (d-mmm-yy) — right-aligned as numbers are. The other cells as the
  export wrote them: 缴费基数 / 个人缴费 / 单位缴费 with thousand separators ("5,136.00"), a 险种
  column (one 险种 throughout), a status column 正常 / 补缴 / 欠费 (欠费 months with 0.00 paid),
  a unit column (one change of unit on some sheets, long names wrapped in their cell on some).
  The holder either on every row (姓名 and 身份证号码 columns, the raw export) or once in a merged
  line under a merged title row; an 导出时间 line and a 合计 row on some. Rows ascending or newest
  first, 2-4 pages, A4 portrait or landscape. Truth: name, ID, one row per month (the month is
  the year-month of the printed date; the day "1" is the export's filler, not a payment date).
* si_sideways_phone_photo — a one- or two-page counter print 参保缴费明细 (agency and print date,
  a ruled holder grid 姓名 / 社会保障号码 / 参保险种 / 个人编号, a month table 序号 | 缴费年月 |
  单位名称 | 缴费基数 | 个人缴费 | 缴费类型 | 到账标志 in one of a few orders, 合计, 经办人 and the
  agency's seal, "第 k 页 共 n 页") PHOTOGRAPHED WITH A PHONE HELD IN LANDSCAPE over a desk and
  saved as JPEG WITHOUT an EXIF orientation tag (the phone lay flat, its orientation sensor said
  nothing), so the stored picture is landscape and shows the page TURNED 90° — clockwise or
  counter-clockwise, the same way for every page of a document. Colour, desk round the sheet, the
  sheet's shadow, mild perspective, light falling off to one side, JPEG quality 75-90. One page:
  one JPEG; two pages: one JPEG per page joined into an image-only PDF (each PDF page landscape,
  as the joining app sizes it to the picture). Truth: name, ID, every month row (all are in the
  picture and legible once turned upright).

Employer:
* emp_resignation_certificate — the paper a PREVIOUS employer gives on leaving, as applicants
  upload it to prove earlier work years: (a) the company's 离职证明 letter ("兹证明X（身份证号：…）
  自2015年3月1日至2019年6月30日在我公司工程部担任施工员职务，因个人原因于2019年6月30日离职，已办理
  完离职手续…特此证明。" and its variants: "于…入职我公司…", "进入我公司工作，任…", with or without
  the ID, on a letterhead or plain, a tear-off 存根 above a dashed cut on some), signed with the
  company name, its red seal and the issue date; or (b) the 人社-style 解除（终止）劳动合同证明书,
  as a ruled form (劳动者姓名 / 性别 / 公民身份号码 / 工作岗位 / 入职时间 / 劳动合同期限 / 在本单位
  工作年限 / 解除（终止）日期 / 原因, the values typed or written by hand) or as prose ("你与本单位于…
  建立劳动关系…工作岗位为…根据《中华人民共和国劳动合同法》第…条…于…解除劳动合同"), 用人单位（盖章）,
  the date and a 劳动者签收 line. Scanned in grey or photographed on a desk in colour.
  Decisions (contract §2, the emp_* convention that start_date is when the holder began at THE
  ISSUING unit): unit = the issuing (former) employer, position = the post held as printed (the
  department is not part of it), start_date = the start at that employer as printed (with the day
  when a day is printed, the month otherwise), id_number only where printed; the 离职 / 解除 date,
  the 劳动合同期限 of a renewed contract (its start is the renewal, a distractor), the 工作年限 and
  the issue date are distractors. The holder's 毕业 date is moved to 2008-2018 when it is later, so
  that a former job fits before the present one.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

import numpy as np
import pymupdf

from sample_docs.render.degrade import render_pages_to_pdf

from .draw import A4, A4L, Paper, Sheet
from .facts import UNITS, redate
from .fam_round7 import _truth_rows, _yuan
from .fam_round13 import _clerk
from .fam_round20 import _AGENCY20, _history20, _printed
from .fam_round20b import _jpeg, _rgb
from .fam_round21b import _with_face
from .fam_round22 import _desk_photo
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
INK = (0.1, 0.14, 0.42)           # blue-black ink
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# --------------------------------------------------------------------------
# an HR / 社保 system export printed from Excel: the month a date cell (text)
# --------------------------------------------------------------------------

def _xl_date(month: str, fmt: str) -> str:
    """The first of the month as Excel shows a date cell in the sheet's number format."""
    y, m = int(month[:4]), int(month[5:7])
    if fmt == "slash":
        return f"{y}/{m}/1"
    if fmt == "iso":
        return f"{y}-{m:02d}-01"
    if fmt == "cn":
        return f"{y}年{m}月1日"
    return f"1-{_MON[m - 1]}-{y % 100:02d}"


class _XlPaper(Paper):
    creator = ""

    def pdf(self, producer: str, date: str, creator: str = "") -> bytes:
        return super().pdf(producer, date, creator or self.creator)


_XL_HEAD = {"seq": ("序号",), "name": ("姓名",), "id": ("身份证号码", "公民身份号码", "证件号码"),
            "unit": ("单位名称", "参保单位", "缴费单位"), "kind": ("险种", "险种类型", "险种名称"),
            "month": ("费款所属期", "缴费年月", "所属期", "缴费月份", "结算期"),
            "base": ("缴费基数", "缴费工资", "申报工资基数"), "own": ("个人缴费", "个人应缴", "个人缴纳金额"),
            "firm": ("单位缴费", "单位应缴", "单位缴纳金额"), "state": ("缴费状态", "状态", "到账状态")}
_XL_ORDERS = (("seq", "month", "unit", "kind", "base", "own", "firm", "state"),
              ("seq", "unit", "kind", "month", "base", "firm", "own", "state"),
              ("month", "kind", "base", "own", "firm", "state", "unit"),
              ("seq", "kind", "month", "base", "own", "state", "unit"))
_XL_SHEETS = ("Sheet1", "Sheet1", "缴费明细", "查询结果", "养老保险", "个人缴费信息")


@family("si_excel_export_full_dates", "social_insurance", "text",
        "unit HR / 社保经办 system export opened in Excel or WPS 表格 and printed to PDF: gridlines, no column letters, "
        "header with the sheet name, footer '第 1 页，共 3 页'; the month column a DATE cell holding the first of the "
        "month in one Excel format per sheet ('2023/1/1', '2023-01-01', '2023年1月1日' or '1-Jan-23'); 缴费基数 with "
        "thousand separators, a 险种 column, status 正常/补缴/欠费 (欠费 paid 0), a unit column; holder on every row or "
        "once under a merged title; several pages, ascending or newest first")
def si_excel_export_full_dates(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _history20(rng, p, rng.randint(40, 78), units=rng.choice((1, 2, 2)))
    listed = [r for r in rows if r["status"] != "中断"]      # no contribution record, no row
    printed = _printed(rows, rng)
    fmt = rng.choice(("slash", "iso", "cn", "en"))
    per_row = rng.random() < 0.5                       # the raw export: holder on every row
    order = list(rng.choice(_XL_ORDERS))
    if per_row:
        at = 1 if order[0] == "seq" else 0
        order[at:at] = ["name", "id"]
    heads = {k: rng.choice(v) for k, v in _XL_HEAD.items()}
    kind = rng.choice(("企业职工基本养老保险", "基本养老保险", "职工基本养老保险"))
    words = {"正常": "正常", "补缴": "补缴", "欠缴": "欠费"}
    desc = rng.random() < 0.4
    if desc:
        listed = listed[::-1]
    sum_row = rng.random() < 0.35
    wrap_unit = rng.random() < 0.35
    landscape = per_row or rng.random() < 0.3
    W, H = A4L if landscape else A4
    wps = rng.random() < 0.35
    if wps:     # WPS 表格 defaults: 2.54 / 1.91 cm, header 1.27 cm
        mt = mb = 72.0
        ml = 54.0
        hm = 36.0
    else:       # Excel 常规 (or 窄) margins
        mt = mb = 54.0
        ml = rng.choice((50.4, 50.4, 18.0))
        hm = 21.6
    fs0 = rng.choice((10.0, 10.5, 11.0))
    paper = _XlPaper(face, (W, H), pages=0)
    probe = paper.add_page()
    pad = 3.0

    def cell_text(r: dict, i: int) -> dict:
        b, ok = r["base"], r["paid"]
        return {"seq": str(i), "name": p["name"], "id": p["id_number"], "unit": r["unit"], "kind": kind,
                "month": _xl_date(r["month"], fmt), "base": _yuan(b, True),
                "own": _yuan(b * 0.08 if ok else 0.0, True), "firm": _yuan(b * 0.16 if ok else 0.0, True),
                "state": words[r["status"]]}

    cells = [cell_text(r, i) for i, r in enumerate(listed, 1)]
    # auto-fit column widths at the sheet's natural size
    nat = {}
    for k in order:
        wd = max([probe.width(heads[k], fs0)] + [probe.width(c[k], fs0) for c in cells]) + 2 * pad + fs0 * 0.6
        nat[k] = wd
    if wrap_unit:
        nat["unit"] = min(nat["unit"], fs0 * rng.choice((9, 10, 11)) + 2 * pad)
    total = sum(nat.values())
    avail = W - 2 * ml
    scale = min(1.0, avail / total) * rng.choice((1.0, 1.0, 0.95, 0.9))
    fs = fs0 * scale
    widths = {k: nat[k] * scale for k in order}
    tw = sum(widths.values())
    x0 = (W - tw) / 2 if rng.random() < 0.4 else ml           # 页面居中方式：水平
    rh = round(fs0 * rng.uniform(1.3, 1.5), 1) * scale
    aligns = {"seq": "right", "name": "left", "id": "left", "unit": "left", "kind": "left",
              "month": rng.choice(("right", "right", "center")), "base": "right", "own": "right", "firm": "right",
              "state": rng.choice(("left", "center"))}
    head_fill = rng.choice((None, None, 0.86, 0.93))
    grid = rng.uniform(0.0, 0.45)
    gw = rng.choice((0.35, 0.5, 0.6))
    repeat_head = rng.random() < 0.6
    sheet_name = rng.choice(_XL_SHEETS)
    header_mode = rng.choice(("sheet", "sheet", "none", "file"))
    footer_mode = rng.choice(("of", "of", "of", "page_sheet", "slash"))
    title = rng.choice((f"{p['unit']}职工社会保险缴费明细", "个人社会保险缴费明细", "参保人员缴费明细查询结果",
                        f"{kind}个人缴费明细"))
    with_title = not per_row or rng.random() < 0.5
    stamp = f"{printed:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    pre_rows: list[tuple[str, str, float]] = []         # (text, align, size) merged across the table
    if with_title:
        pre_rows.append((title, "center", fs * 1.45))
    if not per_row:
        info = f"姓名：{p['name']}      身份证号码：{p['id_number']}"
        if rng.random() < 0.5:
            info += f"      个人编号：62{rng.randint(10 ** 9, 10 ** 10 - 1)}"
        pre_rows.append((info, "left", fs))
    if rng.random() < 0.4:
        pre_rows.append((f"导出时间：{stamp}" + ("      单位：元" if rng.random() < 0.5 else ""), "left", fs))

    def hline(s: Sheet, y: float) -> None:
        s.line(x0, y, x0 + tw, y, width=gw, grey=grid)

    def row_cells(s: Sheet, y: float, vals: dict, head: bool = False) -> float:
        lines = {}
        for k in order:
            if k == "unit" and wrap_unit and not head:
                lines[k] = s.wrap(vals[k], widths[k] - 2 * pad, fs) or [""]
            else:
                lines[k] = [vals[k]]
        h = max(rh, max(len(v) for v in lines.values()) * fs * 1.25 + fs * 0.5)
        if head and head_fill is not None:
            s.page.draw_rect(pymupdf.Rect(x0, y, x0 + tw, y + h), color=None,
                             fill=(head_fill, head_fill, head_fill + 0.04 if head_fill < 0.9 else head_fill))
        cx = x0
        for k in order:
            wd = widths[k]
            a = "center" if head else aligns[k]
            ln = lines[k]
            ty = y + (h - len(ln) * fs * 1.25) / 2 + fs * 1.0
            for t in ln:
                tx = cx + pad if a == "left" else (cx + wd / 2 if a == "center" else cx + wd - pad)
                s.text(tx, ty, t, fs, align=a)
                ty += fs * 1.25
            s.line(cx, y, cx, y + h, width=gw, grey=grid)
            cx += wd
        s.line(cx, y, cx, y + h, width=gw, grey=grid)
        hline(s, y + h)
        return y + h

    def merged(s: Sheet, y: float, text: str, align: str, size: float) -> float:
        h = max(rh, size * 1.6)
        s.line(x0, y, x0, y + h, width=gw, grey=grid)
        s.line(x0 + tw, y, x0 + tw, y + h, width=gw, grey=grid)
        tx = x0 + pad if align == "left" else x0 + tw / 2
        s.text(tx, y + h / 2 + size * 0.36, text, size, align=align)
        hline(s, y + h)
        return y + h

    # lay out: pages of rows
    pages: list[Sheet] = []
    s = probe
    pages.append(s)
    y = mt
    hline(s, y)
    for t, a, sz in pre_rows:
        y = merged(s, y, t, a, sz)
    y = row_cells(s, y, heads, head=True)
    bottom = H - mb
    for c in cells:
        need = rh if not wrap_unit else max(rh, len(s.wrap(c["unit"], widths["unit"] - 2 * pad, fs)) * fs * 1.25
                                            + fs * 0.5)
        if y + need > bottom:
            s = paper.add_page()
            pages.append(s)
            y = mt
            hline(s, y)
            if repeat_head:
                y = row_cells(s, y, heads, head=True)
        y = row_cells(s, y, c)
    if sum_row:
        paid = [r for r in listed if r["paid"]]
        tot = {k: "" for k in order}
        first = order[0] if order[0] in ("seq", "month", "name") else order[0]
        tot[first] = "合计"
        tot["own"] = _yuan(sum(r["base"] * 0.08 for r in paid), True)
        tot["firm"] = _yuan(sum(r["base"] * 0.16 for r in paid), True)
        if y + rh > bottom:
            s = paper.add_page()
            pages.append(s)
            y = mt
            hline(s, y)
        row_cells(s, y, tot)
    n = len(pages)
    hfs = 9.0 if not wps else 9.0
    for k, sh in enumerate(pages, 1):
        if header_mode == "sheet":
            sh.text(W / 2, hm + hfs, sheet_name, hfs, align="center")
        elif header_mode == "file":
            sh.text(W / 2, hm + hfs, f"{p['name']}缴费明细.xlsx", hfs, align="center")
        if footer_mode == "of":
            sh.text(W / 2, H - hm, f"第 {k} 页，共 {n} 页", hfs, align="center")
        elif footer_mode == "page_sheet":
            sh.text(ml, H - hm, sheet_name, hfs)
            sh.text(W / 2, H - hm, f"第 {k} 页", hfs, align="center")
        else:
            sh.text(W / 2, H - hm, f"{k} / {n}", hfs, align="center")
    if wps:
        producer = creator = "WPS 表格"
    else:
        producer = rng.choice(("Microsoft® Excel® 2016", "Microsoft® Excel® for Microsoft 365", "Microsoft® Excel® 2019"))
        creator = producer
    paper.creator = creator
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed.isoformat(), producer=producer)


# --------------------------------------------------------------------------
# a counter print photographed with the phone in landscape, no EXIF orientation: page turned 90° (scan)
# --------------------------------------------------------------------------

class _SidewaysPhoto(Paper):
    """Each page photographed on a desk in colour and stored as the sensor saw it: turned 90°
    (``turn`` = 1 counter-clockwise, 3 clockwise in numpy's rot90), no EXIF tag to undo it."""

    turn = 1
    quality = 85
    producer = "WPS 图片转PDF"

    def scan(self, rng: random.Random, *, dpi: int = 150, level=None, date: str = "2024-01-01"):
        self._flush()
        shots = []
        for page in self.doc:
            arr = _desk_photo(_rgb(page, dpi), rng, persp=rng.uniform(0.025, 0.045), turn=2.0)
            arr = np.ascontiguousarray(np.rot90(arr, self.turn))
            shots.append(_jpeg(arr, self.quality))      # Pillow writes no EXIF unless asked
        if len(shots) == 1:
            return shots[0], ".jpg"
        return render_pages_to_pdf([(b, ".jpg") for b in shots], date=date, producer=self.producer), ".pdf"


_SW_COLS = {"序号": (26.0, "center"), "缴费年月": (58.0, "center"), "单位名称": (0.0, "left"),
            "缴费基数": (62.0, "right"), "个人缴费": (54.0, "right"), "缴费类型": (50.0, "center"),
            "到账标志": (46.0, "center")}
_SW_ORDERS = (("序号", "缴费年月", "单位名称", "缴费基数", "个人缴费", "缴费类型", "到账标志"),
              ("序号", "缴费年月", "缴费基数", "个人缴费", "缴费类型", "到账标志", "单位名称"),
              ("缴费年月", "单位名称", "缴费基数", "个人缴费", "到账标志"))
_SW_TITLES = ("参保缴费明细", "社会保险参保缴费明细", "参保人员缴费明细单", "个人参保缴费明细表")


@family("si_sideways_phone_photo", "social_insurance", "scan",
        "one- or two-page counter print 参保缴费明细 (agency/print date, ruled holder grid 姓名/社会保障号码/参保险种/个人编号, "
        "序号|缴费年月|单位名称|缴费基数|个人缴费|缴费类型|到账标志, 合计, 经办人, seal, '第k页 共n页') photographed with the "
        "phone in LANDSCAPE and saved as JPEG with NO EXIF orientation tag: the stored picture shows the page turned 90° "
        "(either way, the same for both pages); colour desk photo, mild perspective, light falloff, q75-90; two pages as "
        "an image-only PDF of landscape pages")
def si_sideways_phone_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    n_pages = rng.choice((1, 2, 2))
    W, H = A4
    x0 = rng.choice((44.0, 50.0, 56.0))
    x1 = W - x0
    size = rng.choice((9.0, 9.5, 10.0))
    row_h = rng.choice((18.0, 19.0, 20.0))
    top = 156.0
    per_page = int((H - 70 - top - row_h) // row_h)
    last_rows = rng.randint(6, per_page - 9) if n_pages == 2 else rng.randint(12, per_page - 3)
    n_listed = per_page * (n_pages - 1) + last_rows
    rows = _history20(rng, p, n_listed + 3, units=rng.choice((1, 2, 2)))
    listed = [r for r in rows if r["status"] != "中断"][-n_listed:]
    printed = _printed(rows, rng)
    agency = rng.choice(_AGENCY20)
    cols = list(rng.choice(_SW_ORDERS))
    fixed = sum(_SW_COLS[c][0] for c in cols)
    widths = [_SW_COLS[c][0] or (x1 - x0 - fixed) for c in cols]
    aligns = [_SW_COLS[c][1] for c in cols]
    mstyle = rng.choice(("compact", "iso", "cn0"))
    title = rng.choice(_SW_TITLES)
    pno = f"62{rng.randint(10 ** 9, 10 ** 10 - 1)}"
    kind = rng.choice(("企业职工基本养老保险", "城镇企业职工基本养老保险"))
    types = {"正常": "正常应缴", "补缴": "补缴", "欠缴": "正常应缴"}
    arrive = rng.choice((("已到账", "未到账"), ("是", "否"), ("已实缴", "欠缴")))
    paper = _SidewaysPhoto(face, A4, pages=0)
    paper.turn = rng.choice((1, 3))
    paper.quality = rng.randint(75, 90)
    paper.producer = rng.choice(("WPS 图片转PDF", "HUAWEI 图片转PDF", "Microsoft: Print To PDF", "扫描全能王"))
    chunks = [listed[i:i + per_page] for i in range(0, len(listed), per_page)]
    for k, chunk in enumerate(chunks):
        s = paper.add_page()
        s.text(x0, 40, f"打印机构：{agency}", 8.5, color=GREY)
        s.text(x1, 40, f"打印日期：{fdate(printed.isoformat(), 'cn')[0]}", 8.5, align="right", color=GREY)
        old = _with_face(s, rng.choice(("hei", "song")))
        s.text(W / 2, 74, title, 15, align="center", track=1.5)
        s.paper.font = old
        # the ruled holder grid
        y = 90.0
        lw = 64.0
        vw = (x1 - x0) / 2 - lw
        for a, av, b, bv in (("姓名", p["name"], "社会保障号码", p["id_number"]), ("参保险种", kind, "个人编号", pno)):
            xs = (x0, x0 + lw, x0 + lw + vw, x0 + 2 * lw + vw, x1)
            for xx in xs:
                s.line(xx, y, xx, y + 20, width=0.6)
            s.line(x0, y, x1, y, width=0.6)
            s.text(x0 + lw / 2, y + 14, a, 9.5, align="center")
            s.text(x0 + lw + 5, y + 14, av, 9.5)
            s.text(x0 + lw + vw + lw / 2, y + 14, b, 9 if len(b) > 4 else 9.5, align="center")
            s.text(x0 + 2 * lw + vw + 5, y + 14, bv, 9.5)
            y += 20
        s.line(x0, y, x1, y, width=0.6)
        s.text(x1, y + 16, "金额单位：元", 8.5, align="right", color=GREY)
        y = top - 6
        cx = x0
        for c, wd in zip(cols, widths):
            s.box(cx, y, cx + wd, y + row_h + 2, width=0.6)
            s.text(cx + wd / 2, y + (row_h + 2) / 2 + size * 0.36, c, size, align="center")
            cx += wd
        y += row_h + 2
        for i, r in enumerate(chunk, k * per_page + 1):
            b, ok = r["base"], r["paid"]
            v = {"序号": str(i), "缴费年月": fdate(r["month"], mstyle, month=True)[0], "单位名称": r["unit"],
                 "缴费基数": _yuan(b), "个人缴费": _yuan(b * 0.08), "缴费类型": types[r["status"]],
                 "到账标志": arrive[0] if ok else arrive[1]}
            cx = x0
            for c, wd, a in zip(cols, widths, aligns):
                s.box(cx, y, cx + wd, y + row_h, width=0.5)
                t = v[c]
                sz = size if s.width(t, size) <= wd - 6 else size * (wd - 6) / s.width(t, size)
                tx = cx + 3 if a == "left" else (cx + wd / 2 if a == "center" else cx + wd - 3)
                s.text(tx, y + row_h / 2 + sz * 0.36, t, sz, align=a)
                cx += wd
            y += row_h
        if k == len(chunks) - 1:
            paid = [r for r in listed if r["paid"]]
            y += 18
            s.text(x0, y, f"合计：列示 {len(listed)} 个月，其中到账 {len(paid)} 个月，个人缴费到账合计 "
                          f"{_yuan(sum(r['base'] * 0.08 for r in paid))} 元。", 9)
            y += 30
            s.text(x0, y, f"经办人：{_clerk(rng, p['name'])}", 9.5)
            s.text(x1 - 10, y, f"经办机构（章）：{agency}", 9.5, align="right")
            s.seal(x1 - 70 + rng.uniform(-10, 10), y - 6 + rng.uniform(-4, 6), 38, agency + "业务专用章")
        s.text(W / 2, H - 32, f"第 {k + 1} 页 共 {len(chunks)} 页", 8.5, align="center", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, (printed + timedelta(days=rng.randint(0, 20))).isoformat(),
                 dpi=rng.choice((150, 160, 170)))


# --------------------------------------------------------------------------
# a former employer's 离职证明 / 解除（终止）劳动合同证明书, scanned or photographed (scan)
# --------------------------------------------------------------------------

_FORMER_EXTRA = ("兰州正阳建筑工程有限公司", "甘肃恒信工程造价咨询有限公司", "兰州新区鑫源物流有限公司",
                 "甘肃陇原路桥工程有限公司", "兰州天诚电力安装有限公司", "甘肃博远测绘科技有限公司")
_POSTS_CO = ("技术员", "施工员", "设计员", "造价员", "质检员", "安全员", "资料员", "助理工程师", "测量员",
             "项目技术负责人", "研发工程师", "工程师")
_DEPTS_CO = ("工程部", "技术部", "项目管理部", "质量安全部", "设计部", "造价合约部", "工程技术中心", "第三项目部")
_REASONS = ("个人原因", "个人原因", "家庭原因", "个人发展原因")


class _LeaveLetter(Paper):
    """Scanned in grey on the office MFP (the default delivery) or, when ``photo``, photographed
    in colour on a desk."""

    photo = False

    def scan(self, rng: random.Random, *, dpi: int = 150, level=None, date: str = "2024-01-01"):
        if not self.photo:
            return super().scan(rng, dpi=dpi, level=level, date=date)
        self._flush()
        arr = _desk_photo(_rgb(self.doc[0], dpi), rng, persp=0.04, turn=3.0)
        return _jpeg(arr, rng.randint(78, 90)), ".jpg"


def _years_on(d: date, n: int) -> date:
    """The last day of an n-year contract starting on d."""
    return date(d.year + n, d.month, min(d.day, 28)) - timedelta(days=1)


def _span(d0: date, d1: date) -> str:
    months = (d1.year - d0.year) * 12 + d1.month - d0.month + (1 if d1.day >= d0.day - 1 else 0)
    y, m = divmod(months, 12)
    return f"{y}年" + (f"{m}个月" if m else "")


@family("emp_resignation_certificate", "employment_proof", "scan",
        "a PREVIOUS employer's 离职证明 letter ('兹证明X（身份证号：…）自2015年3月1日至2019年6月30日在我公司工程部担任施工员"
        "职务，因个人原因于…离职，已办理完离职手续…特此证明。' and variants, letterhead or plain, a 存根 above a cut on some) "
        "or the 人社-style 解除（终止）劳动合同证明书 (ruled form 劳动者姓名/公民身份号码/工作岗位/入职时间/劳动合同期限/工作年限/"
        "解除日期/原因, typed or handwritten, or prose citing 劳动合同法), company, red seal, date; grey scan or desk photo; "
        "unit = the former employer, position = the post, start_date = the start there (离职 and issue dates distractors)")
def emp_resignation_certificate(p: dict, rng: random.Random, face: str) -> Drawn:
    q = dict(p)
    if int(q["graduation_date"][:4]) > 2018:
        q = redate(q, rng, rng.randint(2008, 2018))
    grad = date.fromisoformat(q["graduation_date"])
    former = rng.choice([u for u in UNITS if "公司" in u and u != p["unit"]] + list(_FORMER_EXTRA))
    post = q["position"] if q["position"] in _POSTS_CO else rng.choice(_POSTS_CO)
    dept = rng.choice(_DEPTS_CO)
    d0 = date(rng.randint(grad.year, max(grad.year, min(2017, grad.year + 12))), rng.choice((7, 7, 8, 9, 3)),
              rng.choice((1, 1, 1, 10, 15, 20)))
    if d0 <= grad:
        d0 = date(grad.year, grad.month, 1) + timedelta(days=rng.randint(20, 75))
    n_months = rng.randint(18, 84)
    ey, em = divmod(d0.year * 12 + d0.month - 1 + n_months, 12)
    end = date(ey, em + 1, 1) - timedelta(days=1) if rng.random() < 0.6 else date(ey, em + 1, rng.randint(5, 25))
    end = min(end, date(2023, 12, 31))
    issue = end if rng.random() < 0.35 else (end + timedelta(days=rng.randint(1, 20)) if rng.random() < 0.6
                                              else date(rng.randint(max(end.year, 2022), 2024), rng.randint(1, 6),
                                                        rng.randint(1, 28)))
    if issue < end:
        issue = end + timedelta(days=3)
    form = rng.choice(("letter", "letter", "letter", "rs_table", "rs_prose"))
    with_id = form != "letter" or rng.random() < 0.75
    if form == "rs_table":
        with_id = True
    month_only = form == "letter" and rng.random() < 0.3
    style = rng.choice(("cn", "cn", "cn0", "dot")) if form != "rs_prose" else "cn"
    s0, t0 = fdate(d0.isoformat(), style, month=month_only)
    s1, _ = fdate(end.isoformat(), style, month=month_only)
    photo = rng.random() < 0.45
    paper = _LeaveLetter(face, A4, pages=1)
    paper.photo = photo
    s = paper[0]
    W, H = A4
    ml = rng.choice((72.0, 80.0, 90.0))
    mr = W - ml
    size = rng.choice((13.0, 14.0, 15.0))
    lead = rng.choice((1.9, 2.1, 2.3))
    name, idn = q["name"], q["id_number"]
    reason = rng.choice(_REASONS)
    y = 92.0
    stub = form == "letter" and rng.random() < 0.3
    if form == "letter" and not stub and rng.random() < 0.6:        # the company's letterhead
        old = _with_face(s, rng.choice(("song", "hei", "kai")))
        s.text(W / 2, 62, former, 17, align="center", track=1.0, color=(0.75, 0.08, 0.08))
        s.paper.font = old
        s.page.draw_line((ml - 20, 74), (mr + 20, 74), color=(0.75, 0.08, 0.08), width=1.6)
        s.page.draw_line((ml - 20, 77.5), (mr + 20, 77.5), color=(0.75, 0.08, 0.08), width=0.5)
        y = 130.0
    if stub:        # the tear-off 存根 the company keeps, then the dashed cut
        s.text(W / 2, y - 20, "离职证明（存根）", 14, align="center")
        sy = y + 6
        for ln in (f"员工姓名：{name}      所在部门：{dept}      岗位：{post}",
                   f"入职时间：{s0}      离职时间：{s1}",
                   f"离职原因：{reason}      经办人：{_clerk(rng, name)}      员工签收：________"):
            s.text(ml - 10, sy, ln, 10.5)
            sy += 22
        cut = sy + 4
        x = ml - 40
        while x < mr + 40:
            s.line(x, cut, min(x + 6, mr + 40), cut, width=0.6, grey=0.3)
            x += 10
        s.text(W / 2, cut - 3, "（ 沿 此 线 剪 开 ）", 8, align="center", color=GREY)
        y = cut + 40
    if form == "letter":
        old = _with_face(s, rng.choice(("song", "hei")))
        s.text(W / 2, y, rng.choice(("离 职 证 明", "离职证明", "员工离职证明")), 20, align="center", track=2.0)
        s.paper.font = old
        y += 48
        who = f"{name}（身份证号：{idn}）" if with_id else f"{name}同志"
        gender = q["gender"]
        variant = rng.randrange(3)
        if month_only or variant == 0:
            body = (f"兹证明{who}自{s0}至{s1}在我公司{dept}担任{post}职务，因{reason}于{s1}离职，已办理完离职手续，"
                    f"与我公司解除劳动关系。" + ("在职期间无不良记录。" if rng.random() < 0.5 else ""))
        elif variant == 1:
            idp = f"，身份证号码：{idn}" if with_id else ""
            body = (f"{name}，{gender}{idp}，于{s0}入职我公司，在{dept}从事{post}工作，于{s1}因{reason}与公司解除劳动"
                    f"合同，离职手续已办理完毕。在职期间，该员工工作认真负责，无不良记录。")
        else:
            idp = f"（身份证号码：{idn}）" if with_id else ""
            body = (f"兹有{name}{idp}，{s0}进入我公司工作，任{dept}{post}，现因{reason}，于{s1}正式离职。其离职手续已"
                    f"全部办妥，自离职之日起与本公司不再存在劳动关系，本公司与其无任何劳动纠纷。")
        y = s.para(ml, y, body, mr - ml, size, leading=lead, indent=2 * size)
        s.text(ml + 2 * size, y, rng.choice(("特此证明。", "特此证明！")), size)
        y += size * lead * 2.6
        closing = [former] if rng.random() < 0.7 else [former, "人力资源部"]
        ds = fdate(issue.isoformat(), rng.choice(("cn", "cn", "hz")))[0]
        xr = mr - 6
        for ln in closing + [ds]:
            s.text(xr, y, ln, size, align="right")
            y += size * 1.9
        cw = min(s.width(former, size), mr - ml)
        s.seal(xr - cw / 2 + rng.uniform(-14, 14), y - size * 1.9 * (len(closing) + 0.6) + rng.uniform(-6, 8), 46,
               former)
        if rng.random() < 0.4:
            s.text(ml, H - 90, f"联系人：{_clerk(rng, name)}      联系电话：0931-{rng.randint(4000000, 8999999)}", 10.5)
    elif form == "rs_table":
        old = _with_face(s, rng.choice(("song", "hei")))
        s.text(W / 2, y, rng.choice(("解除（终止）劳动合同证明书", "解除劳动合同证明书", "解除或终止劳动合同证明书")), 18,
               align="center", track=1.0)
        s.paper.font = old
        y += 20
        s.text(mr, y, f"编号：{issue.year}-{rng.randint(1, 150):03d}", 9.5, align="right", color=GREY)
        y += 10
        hand = rng.random() < 0.5
        renewed = rng.random() < 0.45
        if renewed:
            c0 = date(d0.year + rng.choice((2, 3)), d0.month, d0.day)
            term = fdate(c0.isoformat(), style)[0] + "至" + (fdate(_years_on(c0, 3).isoformat(), style)[0]
                                                           if rng.random() < 0.5 else "无固定期限")
            if c0 >= end:
                c0 = d0
                term = fdate(d0.isoformat(), style)[0] + "至" + fdate(end.isoformat(), style)[0]
        else:
            term = fdate(d0.isoformat(), style)[0] + "至" + fdate(_years_on(d0, 3).isoformat(), style)[0]
        why = rng.choice(("劳动者本人提出解除", "双方协商一致解除", "劳动合同期满终止"))
        lw = 112.0
        grid = [[("劳动者姓名", name), ("性别", q["gender"])], [("公民身份号码", idn)],
                [("工作岗位", post), ("入职时间", s0)], [("劳动合同期限", term)],
                [("在本单位工作年限", _span(d0, end))], [("解除（终止）劳动合同日期", s1)],
                [("解除（终止）劳动合同原因", why)], [("用人单位名称", former)]]
        x0, x1 = ml - 24, mr + 24
        rh = rng.choice((34.0, 38.0))
        for row in grid:
            if len(row) == 2:
                cells = [(row[0][0], lw), (row[0][1], (x1 - x0) / 2 - lw), (row[1][0], lw * 0.8),
                         (row[1][1], (x1 - x0) / 2 - lw * 0.8)]
            else:
                cells = [(row[0][0], lw), (row[0][1], x1 - x0 - lw)]
            cx = x0
            for j, (t, wd) in enumerate(cells):
                s.box(cx, y, cx + wd, y + rh, width=0.7)
                val = j % 2 == 1
                tsz = 11.0 if not val else 12.0
                if not val and s.width(t, tsz) > wd - 8:       # a long label in two lines
                    lab = s.wrap(t, wd - 10, tsz)
                    for j2, ln in enumerate(lab):
                        s.text(cx + wd / 2, y + rh / 2 + tsz * 0.36 + (j2 - (len(lab) - 1) / 2) * tsz * 1.3, ln, tsz,
                               align="center")
                elif val and hand and t != former:
                    old = _with_face(s, "kai")
                    hs = tsz * rng.uniform(1.05, 1.15)
                    s.text(cx + 8 + rng.uniform(-1, 2), y + rh / 2 + hs * 0.36 + rng.uniform(-1.5, 1.0), t, hs, color=INK)
                    s.paper.font = old
                elif val:
                    s.text(cx + 8, y + rh / 2 + tsz * 0.36, t, tsz)
                else:
                    s.text(cx + wd / 2, y + rh / 2 + tsz * 0.36, t, tsz, align="center")
                cx += wd
            y += rh
        note = ("说明：根据《中华人民共和国劳动合同法》第五十条规定，用人单位应当在解除或者终止劳动合同时出具解除或者终止劳动"
                "合同的证明，并在十五日内为劳动者办理档案和社会保险关系转移手续。本证明书一式两份，单位和劳动者各执一份。")
        y = s.para(x0, y + 20, note, x1 - x0, 9.5, leading=1.6)
        y += 40
        s.text(mr - 150, y, "用人单位（盖章）", 12)
        ds = fdate(issue.isoformat(), rng.choice(("cn", "cn", "hz")))[0]
        s.text(mr, y + 34, ds, 12, align="right")
        s.seal(mr - 90 + rng.uniform(-12, 12), y + 8 + rng.uniform(-6, 6), 46, former)
        s.text(x0, y + 80, "劳动者签收：__________        签收日期：______年____月____日", 11)
    else:       # rs_prose
        old = _with_face(s, rng.choice(("song", "hei")))
        s.text(W / 2, y, rng.choice(("解除劳动合同证明书", "解除（终止）劳动合同证明书")), 19, align="center", track=1.5)
        s.paper.font = old
        y += 46
        art = {"个人原因": "第三十七条", "家庭原因": "第三十七条", "个人发展原因": "第三十六条"}[reason]
        s.text(ml, y, f"{name}同志（公民身份号码：{idn}）：", size)
        y += size * lead
        body = (f"你与本单位于{s0}建立劳动关系，工作岗位为{post}，在本单位工作年限为{_span(d0, end)}。现因你本人提出"
                f"解除劳动合同（{reason}），根据《中华人民共和国劳动合同法》{art}的规定，本单位与你于{s1}解除劳动合同，"
                f"双方劳动关系自该日终止。本单位将于十五日内为你办理档案和社会保险关系转移手续。")
        y = s.para(ml, y, body, mr - ml, size, leading=lead, indent=2 * size)
        s.text(ml + 2 * size, y, "特此证明。", size)
        y += size * lead * 2.4
        s.text(mr - 6, y, "用人单位（盖章）：", size, align="right")
        y += size * 1.9
        s.text(mr - 6, y, former, size, align="right")
        y += size * 1.9
        s.text(mr - 6, y, fdate(issue.isoformat(), rng.choice(("cn", "hz")))[0], size, align="right")
        s.seal(mr - 6 - min(s.width(former, size), mr - ml) / 2 + rng.uniform(-10, 10), y - size * 2.2, 46, former)
        s.text(ml, y + 70, "本证明书一式两份，用人单位、劳动者各执一份。", 10.5)
        s.text(ml, y + 100, "劳动者签收：", 11)
        old = _with_face(s, "kai")
        s.text(ml + 70, y + 102, name, 14, color=INK)
        s.paper.font = old
    truth = {"name": name, "unit": former, "position": post, "start_date": t0}
    if with_id:
        truth["id_number"] = idn
    return Drawn(paper, truth, issue.isoformat(), dpi=rng.choice((170, 190)) if photo else rng.choice((150, 160)),
                 level=rng.choice((1, 1, 2)))
