"""Nineteenth round of held-out families, social insurance part (issue 12: a failed held-out
family is fixed by method, moved to "seen", and replaced by a new one), written from real
documents' layouts and wording without looking at the parsers.

Social insurance:
* si_wide_sheet_split_pages — a unit HR's Excel sheet of ONE employee's 缴费明细 printed to PDF
  (text) without "fit to page width": the sheet is too wide for the paper, so Excel prints it
  column block by column block. The title (in B1: "X社会保险缴费明细") and the holder line
  ("姓名：X  身份证号：…  险种：…", the ID left out on some sheets) head the first page; the
  header row is a 打印标题行 and repeats on every page (on some sheets the title rows repeat too).
  A LEFT page holds 序号 | 费款所属期 | 缴费单位 | 缴费基数 for data rows 1..k, its RIGHT page
  单位缴纳 | 个人缴纳 | 缴费状态 | 到账日期 for the SAME rows 1..k (under blank space where the title
  rows sit on the left; 序号 repeated there as 打印标题列 on some sheets, absent on others, so the
  right page's rows are matched by their order only). Pages follow Excel's 页面顺序: mostly 先行后列
  (left 1..k, right 1..k, left k+1..2k, …), on some sheets Excel's default 先列后行 (all left
  pages, then all right pages). Footer "第 1 页，共 4 页", a header with the sheet or file name on
  some; all borders or thin grid, header row filled grey or not; 费款所属期 "202301", "2023-01" or
  "2023年01月", amounts with or without 千位分隔. One month 欠缴 (both amounts 0.00, no 到账日期:
  paid 0), a 补缴 month on some (到账 months later), one change of unit (and of base) mid-sheet.
  Truth: name, the ID where the holder line prints it, one row per month (unit and base from
  the left page; paid 0 for the 欠缴 month, which only the right page says).
* si_watermark_verify_cert — a 社会保险个人参保证明 from the 国家社会保险公共服务平台 or a 社会保险参保
  缴费凭证 from the 甘肃人社 公共服务平台 (网上办事大厅), printed by the holder (text PDF): title, a
  ruled holder grid (姓名 | 性别 | 公民身份号码 — masked on some prints — | 参保地 | 参保状态 |
  打印日期), "养老保险缴费明细" table (费款所属期 | 缴费单位 | 缴费基数 | 个人缴费, with or without 序号,
  单位缴费 and 缴费状态 columns, month-first or unit-first; without a status column only the paid
  months are listed; with one a 欠缴 month prints 个人缴费 0.00: paid 0; a long unit name wraps in
  its cell), flowing over the pages with the header row repeated; then (on a page of its own when
  the table leaves no room) a 说明, a "验证码：" line with a 16-character code and a QR square,
  "可登录…扫码或输入验证码验真", the issuing agency and date with the red 电子签章 over them.
  Across every page a big DIAGONAL WATERMARK, repeated 3 × 4 or so, rotated ~30°, light grey,
  that is REAL TEXT in the text layer ("仅供职称申报使用 2024-05-20", or the holder's name with
  the 打印日期, or the platform's name), drawn under or over the table (semi-transparent).
  Truth: name, the ID only when printed whole, the months listed.
* si_fax_copy — a 社保经办机构 counter print (参保人员缴费明细) SENT BY FAX and the received sheets
  scanned in black-and-white (scan: an image PDF of 1-bit pages): the sending machine's header
  line across the top of every page ("2024-05-20 10:32  FROM:兰州新区社保局  TO:0931xxxxxxx
  P.001/003" or "MAY-20-2024 10:32 … P.1/3"), the page taken at standard fax resolution (about
  200 × 100 dpi: squashed vertically, thresholded, stretched back: jagged strokes, no grey), a
  slight feed skew, a few horizontal streaks (a smeared scan line, a dropped one, a dotted
  line), 2-3 pages. On the statement: agency title, the holder lines (姓名, 公民身份号码, 个人编号,
  单位), table 序号? | 费款所属期 | 单位名称 | 缴费基数 | 个人缴费 | 单位缴费 | 缴费标志 (已缴 / 欠缴 =
  paid 0) that runs on across the pages WITHOUT the header row on the continuation pages, then
  合计 and 经办人 / 打印日期. One unit change, one 欠缴 month.
  Truth: name, ID (printed large on page 1), one row per month.
"""
from __future__ import annotations

import io
import random
from datetime import date, timedelta

import numpy as np
import pymupdf
from PIL import Image

from sample_docs.render.degrade import rasterise, render_pages_to_pdf

from .draw import A4, Paper, Sheet
from .facts import UNITS, months
from .fam_heldout2a import _qr
from .fam_round7 import _truth_rows, _yuan
from .fam_round13 import _clerk
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
FOOT = (0.25, 0.25, 0.25)


def _ym(t: int) -> str:
    return f"{t // 12:04d}-{t % 12 + 1:02d}"


def _history19(rng: random.Random, p: dict, n: int, *, back: bool = True) -> list[dict]:
    """n consecutive months ending in 2023-2024: one change of unit (the holder's unit last,
    a new base from it), the base raised each January, one 欠缴 month (paid 0), a 补缴 month
    on some (paid, 到账 later)."""
    end = rng.choice(((2023, 12), (2024, 3), (2024, 4), (2024, 5)))
    t0 = end[0] * 12 + end[1] - 1 - (n - 1)
    ms = months(rng, _ym(t0), n)
    prev = rng.choice([u for u in UNITS if u != p["unit"]])
    switch = rng.randint(3, n - 4)
    owed = rng.choice([i for i in range(1, n - 1) if i not in (switch - 1, switch)])
    late = rng.choice([i for i in range(n - 2) if i not in (owed,)]) if back and rng.random() < 0.5 else -1
    base = rng.choice((3877.0, 4120.5, 4500.0, 4800.0, 5231.0, 6000.0))
    rows = []
    for i, m in enumerate(ms):
        if i == switch:
            base = rng.choice((4350.0, 4688.0, 5100.0, 5600.0, 6217.5, 7000.0))
        elif i and m.endswith("-01"):
            base = round(base * rng.choice((1.03, 1.05, 1.07)), rng.choice((0, 0, 1)))
        status = "欠缴" if i == owed else ("补缴" if i == late else "正常")
        rows.append({"month": m, "unit": prev if i < switch else p["unit"], "base": base,
                     "paid": 0 if i == owed else 1, "status": status})
    return rows


def _arrival(r: dict, rng: random.Random) -> date:
    y, m = int(r["month"][:4]), int(r["month"][5:7])
    t = y * 12 + m - 1 + (rng.randint(3, 9) if r["status"] == "补缴" else 1)
    return date(t // 12, t % 12 + 1, rng.randint(8, 26))


# --------------------------------------------------------------------------
# an Excel sheet too wide for the page, printed column block by column block (text)
# --------------------------------------------------------------------------

def _cells(s: Sheet, x: float, y: float, widths: list[float], texts: list[str], aligns: list[str], size: float,
           h: float, *, border: str, fill: float | None = None) -> None:
    cx = x
    for wd, t, a in zip(widths, texts, aligns):
        if fill is not None:
            s.box(cx, y, cx + wd, y + h, width=0, fill=fill, grey=fill)
        if border == "all":
            s.box(cx, y, cx + wd, y + h, width=0.5)
        elif border == "grid":
            s.box(cx, y, cx + wd, y + h, width=0.3, grey=0.55)
        if t:
            base = y + h / 2 + size * 0.36
            tx = cx + 2.5 if a == "left" else (cx + wd / 2 if a == "center" else cx + wd - 2.5)
            s.text(tx, base, t, size, align=a)
        cx += wd


@family("si_wide_sheet_split_pages", "social_insurance", "text",
        "unit HR's Excel sheet of one employee's 缴费明细 printed to PDF TOO WIDE for the page: left pages 序号|费款所属期|"
        "缴费单位|缴费基数 for rows 1..k, right pages (序号 repeated or not)|单位缴纳|个人缴纳|缴费状态|到账日期 for the SAME "
        "rows, page order 先行后列 (or Excel's default 先列后行); title and holder line (ID or not) on page 1, header row "
        "repeated (打印标题行), footer '第 1 页，共 4 页'; one 欠缴 month (amounts 0.00, no 到账日期), one unit change")
def si_wide_sheet_split_pages(p: dict, rng: random.Random, face: str) -> Drawn:
    paper = Paper(face, A4, pages=0)
    W, H = A4
    ml = rng.choice((50.4, 50.4, 36.0, 18.0))     # Excel 常规 / 自定义 / 窄 margins
    mt, mb = rng.choice(((54.0, 54.0), (54.0, 54.0), (36.0, 36.0)))
    avail = W - 2 * ml
    size = rng.choice((9.5, 10.0, 10.5))
    row_h = rng.choice((15.0, 16.5, 18.0, 20.0))
    head_h = row_h + rng.choice((2.0, 6.0))
    w_seq = rng.choice((30.0, 34.0, 40.0))
    w_month = rng.choice((62.0, 70.0, 80.0))
    w_base = rng.choice((70.0, 78.0, 86.0))
    w_uamt, w_pamt = rng.choice((72.0, 80.0, 88.0)), rng.choice((72.0, 80.0, 88.0))
    w_stat, w_date = rng.choice((56.0, 64.0, 72.0)), rng.choice((76.0, 86.0, 96.0))
    # the 缴费单位 column as the HR clerk dragged it: the left block fits, one more column would not
    w_unit = avail - w_seq - w_month - w_base - rng.uniform(6.0, w_uamt - 8.0)
    w_unit = max(w_unit, max(paper.font.text_length(u, fontsize=size) for u in UNITS) + 12)
    left_w = [w_seq, w_month, w_unit, w_base]
    seq_right = rng.random() < 0.5              # 打印标题列 $A:$A
    right_w = ([w_seq] if seq_right else []) + [w_uamt, w_pamt, w_stat, w_date]
    left_head = ["序号", "费款所属期", "缴费单位", "缴费基数"]
    right_head = (["序号"] if seq_right else []) + ["单位缴纳", "个人缴纳", "缴费状态", "到账日期"]
    mstyle = rng.choice(("compact", "iso", "cn0"))
    sep = rng.random() < 0.4
    dstyle = rng.choice(("iso", "slash"))
    paid_word = rng.choice(("已到账", "正常", "已缴费"))
    border = rng.choice(("all", "all", "grid"))
    head_fill = rng.choice((None, 0.85, 0.9))
    month_align = rng.choice(("center", "left"))
    with_id = rng.random() < 0.75
    repeat_title = rng.random() < 0.4           # 打印标题行 $1:$3 rather than $3:$3
    title = rng.choice((f"{p['name']}社会保险缴费明细", f"{p['name']}同志社会保险缴费明细表", "职工社会保险个人缴费明细"))
    kind = rng.choice(("企业职工基本养老保险", "养老保险", "五险"))
    # page breaks: the same rows on a left page and its right page; two to four row blocks
    usable = H - mt - mb
    title_h = 26.0 + 20.0
    cap1 = int((usable - title_h - head_h) // row_h)
    capn = int((usable - (title_h if repeat_title else 0.0) - head_h) // row_h)
    rows = _history19(rng, p, rng.randint(cap1 + 3, min(cap1 + 2 * capn, 110)))
    info = f"姓名：{p['name']}" + (f"    身份证号：{p['id_number']}" if with_id else "")
    if paper.font.text_length(info + f"    险种：{kind}", fontsize=size) + 20 < sum(left_w) - w_seq:
        info += f"    险种：{kind}"
    # cells as the sheet holds them
    left_cells, right_cells = [], []
    for i, r in enumerate(rows, 1):
        b = r["base"]
        left_cells.append([str(i), fdate(r["month"], mstyle, month=True)[0], r["unit"], _yuan(b, sep)])
        if r["paid"]:
            amts = [_yuan(b * 0.16, sep), _yuan(b * 0.08, sep), "补缴" if r["status"] == "补缴" else paid_word]
            d = _arrival(r, rng)
            dd = f"{d:%Y-%m-%d}" if dstyle == "iso" else f"{d.year}/{d.month}/{d.day}"
        else:
            amts, dd = ["0.00", "0.00", "欠缴"], ""
        right_cells.append(([str(i)] if seq_right else []) + amts + [dd])
    blocks, i = [], 0
    while i < len(rows):
        cap = cap1 if not blocks else capn
        blocks.append(list(range(i, min(i + cap, len(rows)))))
        i += cap
    across_first = rng.random() < 0.75          # 先行后列 (else Excel's default 先列后行)
    order = ([(b, side) for b in range(len(blocks)) for side in ("L", "R")] if across_first
             else [(b, side) for side in ("L", "R") for b in range(len(blocks))])
    n_pages = len(order)
    header = rng.choice(("", "", "Sheet1", "缴费明细", f"{p['name']}社保缴费明细.xlsx"))
    printed = _ym(int(rows[-1]["month"][:4]) * 12 + int(rows[-1]["month"][5:7])) + f"-{rng.randint(3, 26):02d}"
    for pn, (b, side) in enumerate(order, 1):
        s = paper.add_page()
        y = mt
        widths = left_w if side == "L" else right_w
        if b == 0 or repeat_title:
            if side == "L":
                s.text(ml + w_seq + 2.5, y + 20, title, size + 5)
                s.text(ml + w_seq + 2.5, y + 26 + 14, info, size)
            y += title_h
        if side == "L":
            _cells(s, ml, y, widths, left_head, ["center"] * 4, size, head_h, border=border, fill=head_fill)
        else:
            _cells(s, ml, y, widths, right_head, ["center"] * len(right_head), size, head_h, border=border,
                   fill=head_fill)
        y += head_h
        for j in blocks[b]:
            if side == "L":
                _cells(s, ml, y, widths, left_cells[j], ["center", month_align, "left", "right"], size, row_h,
                       border=border)
            else:
                al = (["center"] if seq_right else []) + ["right", "right", "center", "right" if dstyle == "slash"
                                                          else "center"]
                _cells(s, ml, y, widths, right_cells[j], al, size, row_h, border=border)
            y += row_h
        if header:
            s.text(W / 2, 30, header, 9, align="center")
        s.text(W / 2, H - 24, f"第 {pn} 页，共 {n_pages} 页", 9, align="center")
    truth = {"name": p["name"], "contribution": _truth_rows(rows)}
    if with_id:
        truth["id_number"] = p["id_number"]
    producer = rng.choice(("Microsoft® Excel® 2016", "Microsoft® Excel® for Microsoft 365", "WPS 表格"))
    return Drawn(paper, truth, printed, producer=producer)


# --------------------------------------------------------------------------
# 个人参保证明 / 参保缴费凭证 with a diagonal text watermark and a 验证码 (text)
# --------------------------------------------------------------------------

_ISSUE19 = (
    ("national", "社会保险个人参保证明", "国家社会保险公共服务平台",
     "可登录国家社会保险公共服务平台（https://si.12333.gov.cn）扫码或输入验证码验真。"),
    ("national", "个人参保缴费凭证", "国家社会保险公共服务平台",
     "可登录国家社会保险公共服务平台或“掌上12333”APP扫描二维码验真。"),
    ("gansu", "社会保险参保缴费凭证", "甘肃人社公共服务平台",
     "可登录甘肃人社公共服务平台（https://rst.gansu.gov.cn）“证明验真”栏目扫码或输入验证码验真。"),
    ("gansu", "社会保险个人参保证明", "甘肃省人社一体化公共服务平台",
     "可登录甘肃人社网上办事大厅或“甘肃人社”APP扫码验真。"),
)
_AGENCY19 = ("兰州新区社会保障局", "甘肃省社会保险事业管理局", "兰州市社会保险事业管理局", "兰州新区社会保险服务中心")


def _watermark(s: Sheet, text: str, size: float, angle: float, grey: float, opacity: float,
               rng: random.Random) -> None:
    """The watermark as text: a grid of rotated copies over the page (in the text layer)."""
    W, H = s.w, s.h
    dx, dy = rng.choice((200.0, 220.0, 250.0)), rng.choice((160.0, 180.0, 210.0))
    ox, oy = rng.uniform(-30, 40), rng.uniform(40, 110)
    wd = s.width(text, size)
    row = 0
    y = oy
    while y < H + 40:
        x = ox + (dx / 2 if row % 2 else 0.0)
        while x < W + 40:
            tw = pymupdf.TextWriter(s.page.rect, color=(grey, grey, grey))
            px, run, run_font, run_x = x - wd / 2, "", None, x - wd / 2
            for ch in text:
                f = None if ch == " " else s._font_for(ch)
                if ch == " " or f is not run_font:
                    if run:
                        tw.append((run_x, y + size * 0.35), run, font=run_font, fontsize=size)
                    run, run_font, run_x = "", f, px
                if ch != " ":
                    run += ch
                px += s._adv(ch, size)
            if run:
                tw.append((run_x, y + size * 0.35), run, font=run_font, fontsize=size)
            tw.write_text(s.page, morph=(pymupdf.Point(x, y), pymupdf.Matrix(angle)), opacity=opacity)
            x += dx
        y += dy
        row += 1


@family("si_watermark_verify_cert", "social_insurance", "text",
        "社会保险个人参保证明 (国家社会保险公共服务平台) / 社会保险参保缴费凭证 (甘肃人社 公共服务平台) printed by the holder: "
        "holder grid (ID masked on some), 缴费明细 table 费款所属期|缴费单位|缴费基数|个人缴费 (序号, 单位缴费, 缴费状态 "
        "optional; 欠缴 = 个人缴费 0.00), a big diagonal repeated WATERMARK that is real text ('仅供职称申报使用 2024-05-20' or "
        "name + 打印日期) rotated ~30° light grey across the table, '验证码：' 16-character code with a QR square, "
        "'可登录…扫码验真', agency and date under the red 电子签章")
def si_watermark_verify_cert(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _history19(rng, p, rng.randint(12, 40), back=False)
    src, title, platform, verify = rng.choice(_ISSUE19)
    agency = rng.choice(_AGENCY19)
    last = rows[-1]["month"]
    t = int(last[:4]) * 12 + int(last[5:7]) + rng.randint(0, 1)
    printed = f"{_ym(t)}-{rng.randint(2, 27):02d}"
    whole = rng.random() < 0.7
    idn = p["id_number"] if whole else p["id_number"][:6] + "*" * 8 + p["id_number"][14:]
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))
    with_status = rng.random() < 0.55
    with_seq = rng.random() < 0.5
    with_unit_amt = rng.random() < 0.5
    unit_first = rng.random() < 0.3
    listed = rows if with_status else [r for r in rows if r["paid"]]
    mstyle = rng.choice(("compact", "iso", "cn0"))
    wm_text = rng.choice((f"仅供职称申报使用 {printed}", f"{p['name']} {printed}", f"{platform} {printed}",
                          f"仅供{p['name']}职称申报使用"))
    paper = Paper(face, A4, pages=0)
    W, H = A4
    x0, x1 = 50.0, W - 50.0
    size = rng.choice((9.0, 9.5))
    row_h = rng.choice((17.0, 18.5, 20.0))
    # columns
    cols = [("费款所属期", 78.0, "center"), ("缴费单位", 0.0, "left"), ("缴费基数", 72.0, "right"),
            ("个人缴费", 66.0, "right")]
    if unit_first:
        cols[0], cols[1] = cols[1], cols[0]
    if with_unit_amt:
        cols.insert(3, ("单位缴费", 66.0, "right"))
    if with_status:
        cols.append(("缴费状态", 56.0, "center"))
    if with_seq:
        cols.insert(0, ("序号", 32.0, "center"))
    fixed = sum(w for _, w, _ in cols)
    widths = [w or (x1 - x0 - fixed) for _, w, _ in cols]
    aligns = [a for *_, a in cols]

    def cells(r: dict, i: int) -> list[str]:
        b = r["base"]
        v = {"序号": str(i), "费款所属期": fdate(r["month"], mstyle, month=True)[0], "缴费单位": r["unit"],
             "缴费基数": _yuan(b), "单位缴费": _yuan(b * 0.16 if r["paid"] else 0.0),
             "个人缴费": _yuan(b * 0.08 if r["paid"] else 0.0), "缴费状态": "已缴费" if r["paid"] else "欠缴"}
        return [v[c] for c, _, _ in cols]

    tail_h = 214.0
    top1, topn, bottom = 262.0, 70.0, H - 56.0
    wm_size = rng.choice((20.0, 24.0, 28.0))
    wm_angle = rng.uniform(25.0, 35.0)
    wm_over = rng.random() < 0.5
    wm_grey = rng.uniform(0.55, 0.7) if wm_over else rng.uniform(0.78, 0.86)
    wm_op = rng.uniform(0.3, 0.45) if wm_over else 1.0
    qr_top = rng.random() < 0.4

    def new_page() -> Sheet:
        sh = paper.add_page()
        if not wm_over:   # under the page's content
            _watermark(sh, wm_text, wm_size, wm_angle, wm_grey, wm_op, random.Random(rng.random()))
        return sh

    s = new_page()
    s.text(W / 2, 66, title, 18, align="center", track=3)
    s.text(W / 2, 88, "（企业职工基本养老保险）" if rng.random() < 0.5 else f"打印渠道：{platform}",
           9.5, align="center", color=GREY)
    if qr_top:
        s.page.insert_image(pymupdf.Rect(x1 - 58, 40, x1, 98), stream=_qr(rng, 23))
    grid = [["姓名", p["name"], "性别", p["gender"], "公民身份号码", idn],
            ["参保地", rng.choice(("兰州新区", "甘肃省本级", "兰州市")), "参保状态", "参保缴费",
             "打印日期", fdate(printed, "iso")[0]]]
    gw = [54.0, 84.0, 56.0, 56.0, 76.0]
    gw.append(x1 - x0 - sum(gw))
    y = s.table(x0, 108, gw, grid, 9.5, min_h=24, pad=3, align=["center", "left", "center", "center", "center", "left"])
    s.text(x0, y + 24, "一、参保险种情况", 10.5)
    s.table(x0, y + 32, [150.0, 90.0, 120.0, x1 - x0 - 360.0],
            [["险种", "参保状态", "参保起始年月", "累计缴费月数"],
             ["企业职工基本养老保险", "参保缴费", fdate(rows[0]["month"], "cn0", month=True)[0],
              str(sum(r["paid"] for r in rows))]], 9, min_h=20, pad=3, align=["center"] * 4)
    s.text(x0, top1 - 9, "二、缴费明细", 10.5)
    head = [c for c, _, _ in cols]
    y = s.table(x0, top1, widths, [head], size, min_h=row_h, pad=3, align=["center"] * len(cols))
    ui = head.index("缴费单位")
    # the table flows over the pages, its header row repeated on each
    for j, r in enumerate(listed):
        c = cells(r, j + 1)
        h = max(row_h, len(s.wrap(c[ui], widths[ui] - 6, size)) * size * 1.4 + 6)
        if y + h > bottom:
            s = new_page()
            y = s.table(x0, topn, widths, [head], size, min_h=row_h, pad=3, align=["center"] * len(cols))
        y = s.table(x0, y, widths, [c], size, min_h=row_h, pad=3, align=aligns)
    # the tail (说明, 验证码, agency under its seal) flows onto a page of its own when the table leaves no room
    if y + tail_h > bottom:
        s = new_page()
        y = topn - 18
    y += 18
    y = s.para(x0, y, "说明：1.本证明（凭证）所列为参保人本人在本参保地的缴费记录，个人缴费为个人账户记账金额；"
                      "2.“欠缴”为单位应缴未缴；3.本证明涂改无效，自打印之日起三个月内可验真。", x1 - x0, 8.6, leading=1.7)
    y += 8
    s.text(x0, y, f"验证码：{code}", 10)
    s.para(x0, y + 18, verify, x1 - x0 - (0 if qr_top else 90), 8.8, leading=1.6)
    if not qr_top:
        s.page.insert_image(pymupdf.Rect(x1 - 72, y - 12, x1, y + 60), stream=_qr(rng, 23))
    ay = y + 86
    s.text(x1 - 20, ay, agency, 11, align="right")
    s.text(x1 - 20, ay + 20, fdate(printed, rng.choice(("cn", "iso")))[0], 11, align="right")
    s.text(x1 - 20 - s.width(agency, 11) / 2, ay + 38, "（电子签章）", 8, align="center", color=GREY)
    s.seal(x1 - 20 - s.width(agency, 11) / 2 + rng.uniform(-10, 10), ay + 4, 46, agency + rng.choice(("", "业务专用章")))
    n_pages = len(paper.sheets)
    for pn, s in enumerate(paper.sheets):
        s.text(W / 2, H - 30, f"第 {pn + 1} 页 共 {n_pages} 页", 8.5, align="center", color=FOOT)
        if wm_over:   # over the page's content, semi-transparent
            s.flush()
            _watermark(s, wm_text, wm_size, wm_angle, wm_grey, wm_op, random.Random(rng.random()))
    truth = {"name": p["name"], "contribution": _truth_rows(listed)}
    if whole:
        truth["id_number"] = p["id_number"]
    producer = rng.choice(("iText® 7.1.16 ©2000-2021 iText Group NV", "Qt 5.12.8", "OpenPDF 1.3.30"))
    return Drawn(paper, truth, printed, producer=producer)


# --------------------------------------------------------------------------
# a counter print sent by fax and scanned in black and white (scan)
# --------------------------------------------------------------------------

class _FaxPaper(Paper):
    """Pages delivered as a received fax: standard fax resolution (about 200 × 100 dpi),
    1-bit, a feed skew, streaks; scanned on the copier in 黑白 mode into one image PDF."""

    def scan(self, rng: random.Random, *, dpi: int = 200, level=None, date: str = "2024-01-01"):
        self._flush()
        images = []
        for page in self.doc:
            images.append((_fax_image(rasterise(page, 200), rng), ".png"))
        return render_pages_to_pdf(images, date=date, producer=rng.choice(
            ("Canon iR-ADV 4525 PDF", "KONICA MINOLTA bizhub 367", "RICOH IM 3000", "Brother MFC-7480D"))), ".pdf"


def _fax_image(img: Image.Image, rng: random.Random) -> bytes:
    w, h = img.size
    # the sheet fed a little askew through the sending machine
    img = img.rotate(rng.uniform(-0.7, 0.7), resample=Image.Resampling.BILINEAR, fillcolor=255)
    # standard resolution: every other scan line, each the average of the two it stands for
    half = img.resize((w, h // 2), Image.Resampling.BOX)
    arr = np.asarray(half, dtype=np.float32)
    gen = np.random.default_rng(rng.getrandbits(32))
    arr = arr + gen.normal(0.0, 14.0, arr.shape).astype(np.float32)
    bw = arr > rng.uniform(165, 190)              # True: white
    hh = bw.shape[0]
    # streaks: a smeared scan line repeated, a dropped (white) line, a dotted line across part of the page
    for _ in range(rng.randint(2, 5)):
        r0 = rng.randrange(20, hh - 20)
        kind = rng.random()
        a, b = sorted((rng.randrange(0, w), rng.randrange(0, w)))
        if b - a < w // 4:
            a, b = 0, w
        if kind < 0.4:
            for k in range(1, rng.randint(2, 4)):
                bw[r0 + k, a:b] = bw[r0, a:b]
        elif kind < 0.7:
            bw[r0, a:b] = True
        else:
            dots = gen.random(b - a) < 0.35
            bw[r0, a:b] &= ~dots
    # a few specks
    sp = gen.random(bw.shape) < 0.00012
    bw &= ~sp
    # the receiving side prints each line twice: stretched back to the page, jagged
    out = Image.fromarray((bw * 255).astype(np.uint8), "L").resize((w, hh * 2), Image.Resampling.NEAREST)
    out = out.point(lambda v: 255 if v > 127 else 0).convert("1")
    buf = io.BytesIO()
    out.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


_FAX_FROM = (("兰州新区社会保障局", "兰州新区社保局"), ("兰州新区社会保险服务中心", "XQ SHEBAO"),
             ("兰州市社会保险事业管理局", "0931-8826115"), ("永登县社会保险事业管理局", "YDX SBJ"))
_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


@family("si_fax_copy", "social_insurance", "scan",
        "社保经办机构 counter print 参保人员缴费明细 sent BY FAX and scanned in black and white: 1-bit pages at standard fax "
        "resolution (~200×100 dpi, squashed, thresholded, stretched back: jagged), the sender's header line on every page "
        "('2024-05-20 10:32  FROM:兰州新区社保局  TO:0931xxxxxxx  P.001/003'), feed skew, horizontal streaks, 2-3 pages; "
        "holder lines, table 费款所属期|单位名称|缴费基数|个人缴费|单位缴费|缴费标志 (已缴/欠缴) running on WITHOUT the header "
        "row on the continuation pages, 合计, 经办人/打印日期; one unit change, one 欠缴 month")
def si_fax_copy(p: dict, rng: random.Random, face: str) -> Drawn:
    agency, station = rng.choice(_FAX_FROM)
    W, H = A4
    x0, x1 = rng.choice((46.0, 54.0)), W - rng.choice((46.0, 54.0))
    size = rng.choice((9.5, 10.0))
    row_h = rng.choice((19.0, 20.5, 22.0))
    top1, topn, bottom = 214.0, 62.0, H - 56.0
    n = rng.randint(40, 80)
    rows = _history19(rng, p, n)
    last = rows[-1]["month"]
    t = int(last[:4]) * 12 + int(last[5:7]) + rng.randint(0, 1)
    printed = date(t // 12, t % 12 + 1, rng.randint(2, 26))
    fax_at = printed + timedelta(days=rng.choice((0, 0, 1)))
    hh, mm = rng.randint(8, 16), rng.randint(0, 57)
    to = f"0931{rng.randint(5100000, 8999999)}"
    machine = rng.choice(("iso", "iso", "mon"))
    with_seq = rng.random() < 0.5
    mstyle = rng.choice(("compact", "iso", "cn0"))
    unit_amt_first = rng.random() < 0.4
    flag_words = rng.choice((("已缴", "欠缴"), ("已实缴", "欠费"), ("正常", "欠缴")))
    cols = [("费款所属期", 66.0, "center"), ("单位名称", 0.0, "left"), ("缴费基数", 62.0, "right")]
    amts = [("个人缴费", 56.0, "right"), ("单位缴费", 56.0, "right")]
    cols += amts[::-1] if unit_amt_first else amts
    cols.append(("缴费标志", 46.0, "center"))
    if with_seq:
        cols.insert(0, ("序号", 28.0, "center"))
    widths = [w or (x1 - x0 - sum(c[1] for c in cols)) for _, w, _ in cols]
    aligns = [a for *_, a in cols]
    ruled = rng.random() < 0.6
    person_no = f"62{rng.randint(10 ** 9, 10 ** 10 - 1)}"
    paper = _FaxPaper(face, A4, pages=0)

    def cells(r: dict, i: int) -> list[str]:
        b = r["base"]
        v = {"序号": str(i), "费款所属期": fdate(r["month"], mstyle, month=True)[0], "单位名称": r["unit"],
             "缴费基数": _yuan(b), "个人缴费": _yuan(b * 0.08 if r["paid"] else 0.0),
             "单位缴费": _yuan(b * 0.16 if r["paid"] else 0.0),
             "缴费标志": "补缴" if r["status"] == "补缴" else flag_words[0 if r["paid"] else 1]}
        return [v[c] for c, _, _ in cols]

    ui = [c for c, _, _ in cols].index("单位名称")
    s = paper.add_page()
    s.text(W / 2, 60, agency, 13, align="center", track=1)
    s.text(W / 2, 86, "参保人员缴费明细", 17, align="center", track=4)
    s.text(x0, 118, f"姓名：{p['name']}", 11)
    s.text(x0 + 150, 118, f"公民身份号码：{p['id_number']}", 11)
    s.text(x0, 140, f"个人编号：{person_no}", 11)
    s.text(x0 + 220, 140, "险种：企业职工基本养老保险", 11)
    s.text(x0, 162, f"现参保单位：{p['unit']}", 11)
    first, lastm = rows[0]["month"], rows[-1]["month"]
    s.text(x0, 184, f"查询期间：{fdate(first, 'cn0', month=True)[0]}至{fdate(lastm, 'cn0', month=True)[0]}", 10)
    s.text(x1, 184, "单位：元", 10, align="right")
    y = s.table(x0, top1, widths, [[c for c, _, _ in cols]], size, min_h=row_h, pad=3,
                align=["center"] * len(cols), ruled=ruled)
    if not ruled:   # the counter printer's plain form: rules above and below the header only
        s.line(x0, top1, x1, top1, width=0.9)
        s.line(x0, y, x1, y, width=0.6)
    # the rows run on over the pages as the printer fed them: no header row after page 1
    for j, r in enumerate(rows):
        c = cells(r, j + 1)
        h = max(row_h, len(s.wrap(c[ui], widths[ui] - 6, size)) * size * 1.4 + 6)
        if y + h > bottom:
            s = paper.add_page()
            y = topn
        y = s.table(x0, y, widths, [c], size, min_h=row_h, pad=3, align=aligns, ruled=ruled)
    if not ruled:
        s.line(x0, y + 2, x1, y + 2, width=0.6)
    if y + 96 > bottom:
        s = paper.add_page()
        y = topn
    paid = [r for r in rows if r["paid"]]
    y += 22
    s.text(x0, y, f"合计：实缴{len(paid)}个月，欠缴{n - len(paid)}个月；个人缴费合计"
                  f"{_yuan(sum(r['base'] * 0.08 for r in paid))}元。", 10.5)
    s.text(x0, y + 30, f"经办人：{_clerk(rng, p['name'])}", 10.5)
    s.text(x1, y + 30, f"打印日期：{printed:%Y-%m-%d}", 10.5, align="right")
    s.seal(x1 - 70, y + 18, 40, agency + "业务专用章", color=(0.0, 0.0, 0.0))
    # the sending machine's header line on every page, the statement's page numbers
    n_pages = len(paper.sheets)
    for pn, s in enumerate(paper.sheets):
        m_ = mm + pn // 2
        pg = f"P.{pn + 1:03d}/{n_pages:03d}" if machine == "iso" else f"P.{pn + 1}/{n_pages}"
        stamp = (f"{fax_at:%Y-%m-%d} {hh:02d}:{m_:02d}" if machine == "iso"
                 else f"{_MON[fax_at.month - 1]}-{fax_at.day:02d}-{fax_at.year} {hh:02d}:{m_:02d}")
        s.text(22, 16, stamp, 8.5)
        s.text(150, 16, f"FROM:{station}", 8.5)
        s.text(330, 16, f"TO:{to}", 8.5)
        s.text(W - 22, 16, pg, 8.5, align="right")
        s.text(W / 2, H - 30, f"第{pn + 1}页 共{n_pages}页", 9, align="center")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(rows)}
    return Drawn(paper, truth, fax_at.isoformat(), dpi=200, level=0)
