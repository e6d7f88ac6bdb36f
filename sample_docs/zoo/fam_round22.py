"""Twenty-second round of held-out families, part a (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers. Three social-insurance families and one employer's proof,
as applicants for a 职称 in 兰州新区 upload them; the truth is always what is printed (and, for a
photograph, what is in the picture).

* si_per_insurance_sections — a 社保经办机构 counter print of ALL the holder's 险种 (职工社会保险
  个人缴费明细（分险种）/ 参保人员各险种缴费明细), text PDF: agency and print time in the head,
  title, holder block (姓名 / 性别 / 公民身份号码 / 个人编号 / 现参保单位 / 参保状态), '一、参保险种
  情况' (险种 | 参保状态 | 首次参保年月 | 累计缴费月数: distractor months and counts), then ONE
  MONTHLY TABLE PER 险种 in sections — 职工基本医疗保险, 失业保险, 企业职工基本养老保险, 工伤保险 —
  in an order where the 养老 section is often not the first; every section has the same columns
  (序号 | 费款所属期 | 缴费单位 | 缴费基数 | 单位缴费 | 个人缴费 | 缴费状态, 到账日期 on some), so only
  the section heading says whose rows they are. The 医疗 base is raised to the year's 医保 floor
  (it differs from the 养老 base in low-base years), 医疗 starts a month later on some, the months
  of a 养老 中断 stretch are NOT in the 养老 table but ARE in the 医疗 table (the holder kept up
  医保 as 灵活就业人员 between jobs: unit '灵活就业人员（个人缴费）'), 工伤 has no 个人 share; a
  section that runs over a page break goes on under '险种：…（续）' with the header row repeated
  (or not); 说明, agency, seal and '第 k 页 共 n 页'. Truth: name, ID, the 养老 section's rows
  only (欠缴 = paid 0).
* si_nup_print_scan — a 参保缴费明细 from the 甘肃人社 一体化平台 (barcode and 单据号 in the head,
  holder lines, table 序号 | 费款所属期 | 缴费类型 | 缴费基数 | 个人缴费 | 单位缴费 | 到账标志 | 单位名称,
  the unit last (wrapped in its cell when long), '未到账' months (paid 0), 中断 months absent,
  '第 k 页 共 n 页' on each page) PRINTED N-UP to save paper — '每张纸打印 2 页' (A4 landscape,
  two reduced portrait pages side by side) or '4 页' (A4 portrait, 2×2, order across then down
  or down then across) with the driver's thin page borders — and scanned in grey by the office
  MFP (one JPEG, or an image PDF of several sheets). The pages are small (text 4.5-6.5 pt) and
  two or four tables stand side by side in one image, their rows level with each other. Truth:
  name, ID, every row.
* si_highlighter_annotated_photo — one page of a counter print 职工养老保险缴费记录 (序号 | 结算期 |
  缴费单位 | 缴费工资 | 个人缴纳 | 单位缴纳 | 缴费方式 | 到账日期; 欠缴 months 0.00 and no 到账日期)
  that the applicant WORKED ON before photographing it with a phone (colour JPEG, desk around,
  slight perspective, warm light falling off): a yellow or green HIGHLIGHTER band over the rows
  of the last years (and over the unit-change rows on some), blue-ballpoint ticks beside rows, a
  bracket in the margin with a handwritten note ('近三年 36个月', '2021.06起 新区'), a circled
  total, and at the foot the handwritten '此件与原件一致' with the applicant's signature and date,
  partly over the agency's red seal on some. Truth: name, ID, every printed row (the marks cover
  nothing).
* emp_bank_income_certificate — a BANK'S 收入证明 template (中国建设银行 / 兰州银行 / 甘肃银行 /
  农业银行 个人贷款 '收入证明'), filled in by the employer's HR and used again as a proof of
  employment: bank mark and name in the head, '收入证明（个人贷款专用）', the template's prose
  with blanks '兹证明 ___ 先生/女士（身份证号码：___）系我单位正式员工，自 ______ 起在我单位工作，
  现任 ___ 部门 ___ 职务，技术职称 ___，近一年月平均收入（税前）人民币 ___ 元（大写：___），年收入
  ___ 元。' — the values TYPED over the underscores in another face (the blank's line longer or
  shorter than the value) or WRITTEN BY HAND in blue ballpoint, then the 单位性质 checkboxes
  (ticked), 单位地址 / 联系人 / 联系电话 grid, the unit's guarantee sentence, '单位（盖章）' with the
  seal and the date, and the bank's own '以下由银行填写' 核实 block (核实人, 核实时间 — a later date)
  and 注 lines; photographed on a desk (colour) or scanned in grey. Distractors: the income
  figures, the phone numbers, the bank's dates, the 职称 beside the 职务. Truth: name, ID, unit,
  position (the 职务), start_date (the 入职 month).
"""
from __future__ import annotations

import io
import math
import random
from datetime import date, timedelta

import cv2
import numpy as np
import pymupdf
from PIL import Image

from sample_docs.render.degrade import degrade, render_pages_to_pdf, to_jpeg

from .draw import A4, RED, Paper, Sheet
from .facts import NAMES_F, NAMES_M, UNITS
from .fam_round6 import _signature
from .fam_round7 import _truth_rows, _yuan
from .fam_round13 import INK, _clerk
from .fam_round20 import _AGENCY20, _history20, _printed, _row_height, _table_row, _unit_no
from .fam_round20b import _jpeg, _rgb, _smooth, _we
from .fam_round21b import _with_face
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
FOOT = (0.25, 0.25, 0.25)


def _person_no(rng: random.Random) -> str:
    return f"62{rng.randint(10 ** 9, 10 ** 10 - 1)}"


def _hand(s: Sheet, x: float, y: float, text: str, size: float, rng: random.Random, *,
          color=INK, slant: float = 0.0) -> float:
    """Handwriting: the text in 楷体, character by character, each a little off the line and its
    size; returns the x after it."""
    old = _with_face(s, "kai")
    cx = x
    for ch in text:
        sz = size * rng.uniform(0.9, 1.1)
        s.text(cx, y + rng.uniform(-1.2, 1.2) + slant * (cx - x), ch, sz, color=color)
        cx += s._adv(ch, sz) * rng.uniform(0.92, 1.05) + (0.6 if ch != " " else 0)
    s.paper.font = old
    return cx


def _desk_photo(src: np.ndarray, rng: random.Random, *, persp: float = 0.035, turn: float = 2.5) -> np.ndarray:
    """A phone photo of a sheet lying on a desk (RGB float array): the desk round the sheet, a
    slight perspective and turn, the sheet's shadow, warm light falling off to one side, a
    little blur and sensor noise."""
    h, w = src.shape[:2]
    gen = np.random.default_rng(rng.getrandbits(32))
    mx, my = int(w * rng.uniform(0.05, 0.1)), int(h * rng.uniform(0.04, 0.07))
    W, H = w + 2 * mx, h + 2 * my
    desk = np.array(rng.choice(((96, 74, 56), (126, 100, 74), (72, 74, 80), (156, 146, 132), (60, 58, 56))),
                    np.float32)
    grain = _smooth(gen, H, W, 24)
    canvas = desk[None, None, :] * (0.9 + 0.1 * grain[..., None])
    ang = math.radians(rng.uniform(-turn, turn))
    cx, cy = W / 2, H / 2
    pts = []
    for px, py in ((0, 0), (w, 0), (w, h), (0, h)):
        dx, dy = px - w / 2, py - h / 2
        rx = dx * math.cos(ang) - dy * math.sin(ang)
        ry = dx * math.sin(ang) + dy * math.cos(ang)
        pts.append((cx + rx + rng.uniform(-persp, persp) * w * 0.5, cy + ry + rng.uniform(-persp, persp) * h * 0.5))
    # the sheet must stay inside the picture
    xs_, ys_ = [p[0] for p in pts], [p[1] for p in pts]
    sx = min(1.0, (W - 8) / (max(xs_) - min(xs_)))
    sy = min(1.0, (H - 8) / (max(ys_) - min(ys_)))
    sc = min(sx, sy)
    pts = [(cx + (px - cx) * sc, cy + (py - cy) * sc) for px, py in pts]
    M = cv2.getPerspectiveTransform(np.float32([(0, 0), (w, 0), (w, h), (0, h)]), np.float32(pts))
    sheet = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    cover = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(np.roll(np.roll(cover, 6, axis=0), 5, axis=1), (0, 0), 9)
    canvas = canvas * (1 - 0.45 * shadow[..., None])
    canvas = canvas * (1 - cover[..., None]) + sheet * cover[..., None]
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.1, 0.9) * W, rng.uniform(-0.2, 0.4) * H
    dist = np.hypot((xs - lx) / W, (ys - ly) / H)
    light = 1.06 - rng.uniform(0.22, 0.34) * dist + 0.03 * _smooth(gen, H, W, 6)
    tint = np.array(rng.choice(((1.03, 1.0, 0.9), (1.0, 1.0, 0.97), (1.02, 0.99, 0.93))), np.float32)
    canvas = canvas * light[..., None] * tint[None, None, :]
    canvas = cv2.GaussianBlur(canvas, (0, 0), rng.uniform(0.5, 0.9))
    canvas += gen.normal(0, 2.8, canvas.shape).astype(np.float32)
    return canvas


# --------------------------------------------------------------------------
# all 险种 of the holder, one monthly table per 险种 (text)
# --------------------------------------------------------------------------

MED_FLOOR22 = {2019: 3871.0, 2020: 4154.0, 2021: 4398.0, 2022: 4626.0, 2023: 4860.0, 2024: 5108.0}
FLEX22 = "灵活就业人员（个人缴费）"
_SEC22 = {"养老": "企业职工基本养老保险", "医疗": "职工基本医疗保险", "失业": "失业保险", "工伤": "工伤保险"}
_COLS22 = {"序号": (26.0, "center"), "费款所属期": (60.0, "center"), "缴费单位": (0.0, "left"),
           "缴费基数": (60.0, "right"), "单位缴费": (56.0, "right"), "个人缴费": (56.0, "right"),
           "缴费状态": (46.0, "center"), "到账日期": (62.0, "center")}
_TITLES22 = ("职工社会保险个人缴费明细（分险种）", "参保人员各险种缴费明细", "社会保险个人缴费记录（全险种）")


def _arrived(month: str, rng: random.Random, late: bool, printed: date) -> str:
    """The day the month's money arrived (a 补缴 month's months later), never after the print."""
    y, m = int(month[:4]), int(month[5:7])
    k = rng.randint(5, 14) if late else 0
    t = y * 12 + m - 1 + k + (0 if rng.random() < 0.7 else 1)
    return min(date(t // 12, t % 12 + 1, rng.randint(10, 25)), printed - timedelta(days=rng.randint(1, 3))).isoformat()


@family("si_per_insurance_sections", "social_insurance", "text",
        "社保经办机构 counter print of ALL 险种 (职工社会保险个人缴费明细（分险种）): holder block, '一、参保险种情况' (险种|参保状态|首次"
        "参保年月|累计缴费月数), then ONE MONTHLY TABLE PER 险种 in sections (职工基本医疗保险, 失业保险, 企业职工基本养老保险, 工伤保险) "
        "with the SAME columns 序号|费款所属期|缴费单位|缴费基数|单位缴费|个人缴费|缴费状态 (到账日期 on some), 养老 often not first; "
        "医疗 base raised to the 医保 floor, 医疗 starting a month later on some, 养老 中断 months absent from 养老 but in 医疗 as "
        "灵活就业人员（个人缴费）, 工伤 no 个人 share; '险种：…（续）' over page breaks; 说明, agency, seal, '第 k 页 共 n 页'")
def si_per_insurance_sections(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _history20(rng, p, rng.randint(14, 30), units=rng.choice((1, 2)))
    if not any(r["status"] == "中断" for r in rows):
        # a gap between jobs (or in the middle of one) on most prints: 医保 kept up alone
        k = rng.randint(1, 3)
        a = rng.randint(2, len(rows) - k - 2)
        for r in rows[a:a + k]:
            r.update(status="中断", paid=0)
    pension = [r for r in rows if r["status"] != "中断"]
    printed = _printed(rows, rng)
    agency = rng.choice(_AGENCY20)
    med_late = rng.random() < 0.4
    injury_rate = rng.choice((0.002, 0.004, 0.006, 0.009))

    def items(kind: str) -> list[dict]:
        out = []
        for i, r in enumerate(rows):
            b = r["base"]
            if kind == "医疗":
                if i == 0 and med_late:
                    continue
                b = max(b, MED_FLOOR22.get(int(r["month"][:4]), 4000.0))
                if r["status"] == "中断":
                    fb = MED_FLOOR22.get(int(r["month"][:4]), 4000.0)
                    out.append({"month": r["month"], "unit": FLEX22, "base": fb, "u": 0.0, "i": fb * 0.08,
                                "st": "正常", "late": False})
                    continue
            elif r["status"] == "中断":
                continue
            ur, ir = {"养老": (0.16, 0.08), "医疗": (0.064, 0.02), "失业": (0.007, 0.003), "工伤": (injury_rate, 0.0)}[kind]
            ok = r["paid"]
            out.append({"month": r["month"], "unit": r["unit"], "base": b, "u": b * ur if ok else 0.0,
                        "i": b * ir if ok else 0.0, "st": r["status"], "late": r["status"] == "补缴"})
        return out

    order = ["医疗", "养老", "失业", "工伤"]
    rng.shuffle(order)
    if order[0] == "养老" and rng.random() < 0.6:
        order[0], order[1] = order[1], order[0]
    W, H = A4
    x0 = rng.choice((36.0, 42.0, 48.0))
    x1 = W - x0
    size = rng.choice((8.5, 9.0))
    row_h = rng.choice((15.5, 16.5, 17.5))
    cols = ["费款所属期", "缴费单位", "缴费基数", "单位缴费", "个人缴费", "缴费状态"]
    if rng.random() < 0.4:
        cols = ["费款所属期", "缴费基数", "单位缴费", "个人缴费", "缴费状态", "缴费单位"]
    if rng.random() < 0.5:
        cols.insert(0, "序号")
    with_date = rng.random() < 0.45
    if with_date:
        cols.append("到账日期")
    fixed = sum(_COLS22[c][0] for c in cols)
    widths = [_COLS22[c][0] or (x1 - x0 - fixed) for c in cols]
    aligns = [_COLS22[c][1] for c in cols]
    mstyle = rng.choice(("compact", "iso", "cn0", "dot"))
    ok_word = rng.choice(("正常", "已缴费", "已到账"))
    repeat_head = rng.random() < 0.7
    numbered = rng.random() < 0.5
    top, bottom = 62.0, H - 56.0

    paper = Paper(face, A4, pages=0)
    s = paper.add_page()
    s.text(x0, 36, agency, 8.5, color=GREY)
    s.text(x1, 36, f"打印时间：{printed:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", 8.5,
           align="right", color=GREY)
    title = rng.choice(_TITLES22)
    s.text(W / 2, 72, title, 15, align="center", track=1)
    y = 88.0
    pno = _person_no(rng)
    gw = [62.0, 0.0, 40.0, 30.0, 62.0, 120.0]
    gw[1] = x1 - x0 - sum(gw)
    y = s.table(x0, y, gw, [["姓名", p["name"], "性别", p["gender"], "公民身份号码", p["id_number"]]], 9, min_h=19,
                pad=3, align=["center", "left"] * 3)
    gw2 = [62.0, 0.0, 62.0, 120.0]
    gw2[1] = x1 - x0 - sum(gw2)
    y = s.table(x0, y, gw2, [["现参保单位", p["unit"], "个人编号", pno]], 9, min_h=19, pad=3,
                align=["center", "left"] * 2)
    y += 20
    s.text(x0, y, "一、参保险种情况", 10.5)
    y += 6
    iw = [0.0, 70.0, 90.0, 90.0, 90.0]
    iw[0] = x1 - x0 - sum(iw)
    head = ["险种", "参保状态", "首次参保年月", "本次参保年月", "累计缴费月数"]
    y = _table_row(s, x0, y, iw, head, ["center"] * 5, 8.5, 16)
    first_y = int(rows[0]["month"][:4]) - rng.randint(0, 5)
    first = f"{first_y}{rng.randint(1, 12):02d}" if first_y < int(rows[0]["month"][:4]) else rows[0]["month"].replace("-", "")
    for kind in ("养老", "医疗", "失业", "工伤"):
        n_months = len([r for r in items(kind) if r["u"] or r["i"]]) + rng.randint(0, 40)
        y = _table_row(s, x0, y, iw, [_SEC22[kind], "参保缴费", first, rows[0]["month"].replace("-", ""), str(n_months)],
                       ["left", "center", "center", "center", "center"], 8.5, 16)
    y += 8

    def header(sh: Sheet, yy: float) -> float:
        return _table_row(sh, x0, yy, widths, cols, ["center"] * len(cols), size, row_h + 2)

    hz = "二三四五六"
    for k, kind in enumerate(order):
        its = items(kind)
        if y + 80 > bottom:
            s = paper.add_page()
            y = top
        y += 18
        name = _SEC22[kind]
        s.text(x0, y, f"{hz[k]}、{name}缴费明细" if numbered else f"险种：{name}", 10.5)
        s.text(x1, y, "单位：元", 8.5, align="right", color=GREY)
        y = header(s, y + 6)
        for i, it in enumerate(its, 1):
            v = {"序号": str(i), "费款所属期": fdate(it["month"], mstyle, month=True)[0], "缴费单位": it["unit"],
                 "缴费基数": _yuan(it["base"]), "单位缴费": _yuan(it["u"]), "个人缴费": _yuan(it["i"]),
                 "缴费状态": {"正常": ok_word, "补缴": "补缴", "欠缴": "欠缴"}[it["st"]],
                 "到账日期": "" if it["st"] == "欠缴" else _arrived(it["month"], rng, it["late"], printed)}
            if kind == "工伤":
                v["个人缴费"] = "—"
            c = [v[x] for x in cols]
            if y + _row_height(s, widths, c, size, row_h) > bottom:
                s = paper.add_page()
                y = top
                s.text(x0, y, f"险种：{name}（续）", 9.5)
                y += 6
                if repeat_head:
                    y = header(s, y)
            y = _table_row(s, x0, y, widths, c, aligns, size, row_h)
        paid = [it for it in its if it["u"] or it["i"]]
        y += 14
        s.text(x0, y, f"小计：{len(its)}条，其中实缴{len(paid)}个月；单位缴费{_yuan(sum(it['u'] for it in paid))}元，"
                      f"个人缴费{_yuan(sum(it['i'] for it in paid))}元", 8.5)
    if y + 110 > bottom:
        s = paper.add_page()
        y = top
    y += 26
    y = s.para(x0, y, "说明：1.本明细按险种分别列示，“欠缴”月份未足额到账；2.灵活就业人员个人缴纳的职工基本医疗保险费"
                      "列入医疗保险明细；3.工伤保险费由用人单位缴纳，个人不缴费；4.本明细经社会保险经办机构打印盖章有效。",
               x1 - x0, 8.5, leading=1.6)
    y += 14
    s.text(x0, y, f"经办人：{_clerk(rng, p['name'])}", 9.5)
    s.text(x1 - 20, y, f"经办机构：{agency}", 9.5, align="right")
    s.text(x1 - 20, y + 20, f"打印日期：{fdate(printed.isoformat(), rng.choice(('cn', 'iso')))[0]}", 9.5,
           align="right")
    s.seal(x1 - 80 + rng.uniform(-12, 12), y + 6, 40, agency + "业务专用章")
    n = len(paper.sheets)
    for k, sh in enumerate(paper.sheets):
        sh.text(W / 2, H - 28, f"第 {k + 1} 页 共 {n} 页", 8.5, align="center", color=FOOT)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(pension)}
    return Drawn(paper, truth, printed.isoformat(), producer=rng.choice(("FineReport", "iText 5.5.13", "")))


# --------------------------------------------------------------------------
# a 缴费明细 printed two or four pages to a sheet and scanned (scan)
# --------------------------------------------------------------------------

class _NupPaper(Paper):
    """Logical pages drawn as A4 portrait; delivered printed ``n_up`` to a sheet and scanned."""

    n_up: int = 2
    down_first: bool = False
    borders: bool = True
    sheet_dpi: int = 200

    def scan(self, rng: random.Random, *, dpi: int = 200, level=None, date: str = "2024-01-01"):
        self._flush()
        pages = list(self.doc)
        k = self.sheet_dpi / 72.0
        if self.n_up == 2:
            SW, SH = 842.0, 595.0
            slots = [(14.0, 12.0), (SW / 2 + 4.0, 12.0)]
            scale = min((SW / 2 - 18) / 595.0, (SH - 24) / 842.0)
        else:
            SW, SH = 595.0, 842.0
            scale = min((SW / 2 - 16) / 595.0, (SH / 2 - 16) / 842.0)
            a, b = 12.0, SW / 2 + 4.0
            c, d = 12.0, SH / 2 + 4.0
            slots = [(a, c), (a, d), (b, c), (b, d)] if self.down_first else [(a, c), (b, c), (a, d), (b, d)]
        pw, ph = 595.0 * scale, 842.0 * scale
        images = []
        for g in range(0, len(pages), self.n_up):
            sheet = np.full((int(SH * k), int(SW * k)), 255.0, np.float32)
            for (sx, sy), page in zip(slots, pages[g:g + self.n_up]):
                pix = page.get_pixmap(dpi=int(round(72 * k * scale)), colorspace=pymupdf.csGRAY, alpha=False)
                im = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).astype(np.float32)
                X, Y = int(sx * k), int(sy * k)
                hh, ww = min(im.shape[0], sheet.shape[0] - Y), min(im.shape[1], sheet.shape[1] - X)
                sheet[Y:Y + hh, X:X + ww] = im[:hh, :ww]
                if self.borders:
                    x2, y2 = int((sx + pw) * k), int((sy + ph) * k)
                    cv2.rectangle(sheet, (X, Y), (min(x2, sheet.shape[1] - 1), min(y2, sheet.shape[0] - 1)), 60.0, 1)
            img = Image.fromarray(sheet.clip(0, 255).astype(np.uint8), "L")
            img, quality = degrade(img, level if level is not None else rng.choice((1, 1, 2)), rng)
            images.append(to_jpeg(img, max(quality, 62)))
        if len(images) == 1:
            return images[0], ".jpg"
        return render_pages_to_pdf([(im, ".jpg") for im in images], date=date,
                                   producer=rng.choice(("Microsoft: Print To PDF", "RICOH MP 2555", "Canon iR-ADV"))), ".pdf"


_COLSN = {"序号": (26.0, "center"), "费款所属期": (58.0, "center"), "缴费类型": (52.0, "center"),
          "缴费基数": (60.0, "right"), "个人缴费": (54.0, "right"), "单位缴费": (56.0, "right"),
          "到账标志": (48.0, "center"), "单位名称": (0.0, "left")}


def _barcode(s: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    cx = x
    while cx < x + w - 3:
        bw = rng.choice((0.8, 0.8, 1.6, 2.4))
        s.box(cx, y, cx + bw, y + h, width=0, grey=0.0, fill=0.0)
        cx += bw + rng.choice((0.8, 1.6, 2.4))


@family("si_nup_print_scan", "social_insurance", "scan",
        "甘肃人社 一体化平台 参保缴费明细 (barcode and 单据号, holder lines, 序号|费款所属期|缴费类型|缴费基数|个人缴费|单位缴费|到账标志|"
        "单位名称 with the unit last (wrapped when long), 未到账 months, 中断 absent, '第 k 页 共 n 页') PRINTED N-UP to save paper: 2 pages "
        "side by side on A4 landscape or 4 (2×2, across then down or down then across) on A4 portrait, with the driver's thin "
        "page borders, scanned in grey by the office MFP: small text (4.5-6.5 pt), two or four tables side by side, their rows "
        "level with each other")
def si_nup_print_scan(p: dict, rng: random.Random, face: str) -> Drawn:
    n_up = 2 if rng.random() < 0.55 else 4
    rows = _history20(rng, p, rng.randint(30, 62) if n_up == 2 else rng.randint(64, 120), units=rng.choice((1, 2, 2)))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _printed(rows, rng)
    agency = rng.choice(_AGENCY20)
    W, H = A4
    x0, x1 = 40.0, W - 40.0
    size = rng.choice((9.0, 9.5))
    row_h = rng.choice((17.0, 18.0))
    cols = list(_COLSN)
    if rng.random() < 0.4:
        cols.remove("缴费类型")
    if rng.random() < 0.3:
        cols.remove("序号")
    fixed = sum(_COLSN[c][0] for c in cols)
    widths = [_COLSN[c][0] or (x1 - x0 - fixed) for c in cols]
    aligns = [_COLSN[c][1] for c in cols]
    mstyle = rng.choice(("compact", "iso", "cn0"))
    ok_word, owe_word = rng.choice((("已到账", "未到账"), ("已实缴", "未实缴"), ("到账", "欠缴")))
    paper = _NupPaper(face, A4, pages=0)
    paper.n_up = n_up
    paper.down_first = rng.random() < 0.35
    paper.borders = rng.random() < 0.7
    paper.sheet_dpi = 200 if n_up == 2 else 300
    doc_no = f"{printed:%Y%m%d}{rng.randint(10 ** 7, 10 ** 8 - 1)}"
    repeat_head = rng.random() < 0.8

    def head(sh: Sheet, first: bool) -> float:
        sh.text(x0, 34, "甘肃省人力资源和社会保障厅", 8.5, color=GREY)
        sh.text(x1, 34, f"单据号：{doc_no}", 8.5, align="right", color=GREY)
        if not first:
            yy = 56.0
            sh.text(x0, yy, f"姓名：{p['name']}    公民身份号码：{p['id_number']}", 9)
            return yy + 10
        _barcode(sh, x1 - 150, 44, 150, 24, rng)
        sh.text(W / 2, 96, "社会保险参保缴费明细", 16, align="center", track=2)
        yy = 124.0
        sh.text(x0, yy, f"姓名：{p['name']}", 10)
        sh.text(x0 + 140, yy, f"公民身份号码：{p['id_number']}", 10)
        sh.text(x1, yy, f"个人编号：{_person_no(rng)}", 10, align="right")
        yy += 18
        sh.text(x0, yy, "险种类型：企业职工基本养老保险", 10)
        sh.text(x1, yy, f"查询期间：{fdate(rows[0]['month'], 'iso', month=True)[0]} 至 "
                        f"{fdate(rows[-1]['month'], 'iso', month=True)[0]}", 10, align="right")
        return yy + 10

    s = paper.add_page()
    y = head(s, True)
    y = _table_row(s, x0, y, widths, cols, ["center"] * len(cols), size, row_h + 2)
    bottom = H - 60
    for i, r in enumerate(listed, 1):
        b = r["base"]
        v = {"序号": str(i), "费款所属期": fdate(r["month"], mstyle, month=True)[0],
             "缴费类型": "补缴" if r["status"] == "补缴" else "正常应缴", "缴费基数": _yuan(b),
             "个人缴费": _yuan(b * 0.08), "单位缴费": _yuan(b * 0.16),
             "到账标志": ok_word if r["paid"] else owe_word, "单位名称": r["unit"]}
        c = [v[x] for x in cols]
        if y + _row_height(s, widths, c, size, row_h) > bottom:
            s = paper.add_page()
            y = head(s, False)
            if repeat_head:
                y = _table_row(s, x0, y, widths, cols, ["center"] * len(cols), size, row_h + 2)
        y = _table_row(s, x0, y, widths, c, aligns, size, row_h)
    if y + 90 > bottom:
        s = paper.add_page()
        y = head(s, False)
    y += 18
    paid = [r for r in listed if r["paid"]]
    s.text(x0, y, f"合计：已到账{len(paid)}个月，个人缴费{_yuan(sum(r['base'] * 0.08 for r in paid))}元。", 9.5)
    y += 16
    s.para(x0, y, f"说明：“{owe_word}”月份为单位应缴未足额到账月份；本明细可通过单据号在甘肃人社网上服务大厅核验。",
           x1 - x0, 8.5, leading=1.6)
    s.text(x1 - 30, y + 54, agency, 10, align="right")
    s.text(x1 - 30, y + 72, f"{printed:%Y年%m月%d日}", 10, align="right")
    s.seal(x1 - 30 - s.width(agency, 10) / 2, y + 56, 38, agency + "电子印章")
    n = len(paper.sheets)
    for k, sh in enumerate(paper.sheets):
        sh.text(W / 2, H - 30, f"第 {k + 1} 页 共 {n} 页", 9, align="center", color=FOOT)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed.isoformat())


# --------------------------------------------------------------------------
# a one-page 缴费记录 highlighted and annotated by hand, photographed (scan)
# --------------------------------------------------------------------------

class _PhotoPaper(Paper):
    """Page 1 photographed on a desk in colour (``_desk_photo``)."""

    def scan(self, rng: random.Random, *, dpi: int = 150, level=None, date: str = "2024-01-01"):
        self._flush()
        arr = _desk_photo(_rgb(self.doc[0], dpi), rng)
        return _jpeg(arr, rng.randint(76, 88)), ".jpg"


_COLSH = {"序号": (24.0, "center"), "结算期": (52.0, "center"), "缴费单位": (0.0, "left"), "缴费工资": (54.0, "right"),
          "个人缴纳": (50.0, "right"), "单位缴纳": (52.0, "right"), "缴费方式": (46.0, "center"),
          "到账日期": (56.0, "center")}
HILITE = ((1.0, 0.93, 0.2), (0.55, 0.95, 0.45), (1.0, 0.6, 0.75))


@family("si_highlighter_annotated_photo", "social_insurance", "scan",
        "one page of a counter print 职工养老保险缴费记录 (序号|结算期|缴费单位|缴费工资|个人缴纳|单位缴纳|缴费方式|到账日期; 欠缴 "
        "0.00 without 到账日期) that the applicant MARKED UP before photographing it (colour JPEG on a desk): a yellow/green "
        "HIGHLIGHTER band over the last years' rows (and unit-change rows), ballpoint ticks beside rows, a margin bracket with a "
        "handwritten note ('近三年 36个月'), a circled total, and at the foot the handwritten '此件与原件一致' with signature and "
        "date partly over the red seal; truth every printed row")
def si_highlighter_annotated_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _history20(rng, p, rng.randint(24, 36), units=rng.choice((1, 2, 2)))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _printed(rows, rng)
    agency = rng.choice(_AGENCY20)
    W, H = A4
    x0, x1 = rng.choice((40.0, 46.0)), W - rng.choice((40.0, 46.0))
    size = 8.8
    row_h = 15.0 if len(listed) > 30 else 16.0
    cols = list(_COLSH)
    if rng.random() < 0.4:
        cols.remove("单位缴纳")
    fixed = sum(_COLSH[c][0] for c in cols)
    widths = [_COLSH[c][0] or (x1 - x0 - fixed) for c in cols]
    aligns = [_COLSH[c][1] for c in cols]
    mstyle = rng.choice(("dot", "compact", "iso", "cn0"))
    ways = rng.choice((("银行代扣", "单位自缴"), ("托收", "转账"), ("单位缴费",)))
    paper = _PhotoPaper(face, A4)
    s = paper[0]
    s.text(W / 2, 44, agency, 10.5, align="center", track=1)
    s.text(W / 2, 70, rng.choice(("职工养老保险缴费记录", "企业职工基本养老保险缴费记录单", "养老保险个人缴费记录")), 15,
           align="center", track=2)
    y = 94.0
    s.text(x0, y, f"姓名：{p['name']}", 9.5)
    s.text(x0 + 120, y, f"身份证号：{p['id_number']}", 9.5)
    s.text(x1, y, f"个人编号：{_person_no(rng)}", 9.5, align="right")
    y += 16
    s.text(x0, y, f"当前参保单位：{p['unit']}", 9.5)
    s.text(x1, y, f"打印日期：{printed:%Y.%m.%d}", 9.5, align="right")
    y = _table_row(s, x0, y + 8, widths, cols, ["center"] * len(cols), size, row_h + 2)

    def cells(i: int, r: dict) -> list[str]:
        b = r["base"]
        ok = r["paid"]
        v = {"序号": str(i), "结算期": fdate(r["month"], mstyle, month=True)[0], "缴费单位": r["unit"],
             "缴费工资": _yuan(b), "个人缴纳": _yuan(b * 0.08 if ok else 0.0), "单位缴纳": _yuan(b * 0.16 if ok else 0.0),
             "缴费方式": ("补缴" if r["status"] == "补缴" else rng.choice(ways)) if ok else "欠缴",
             "到账日期": _arrived(r["month"], rng, r["status"] == "补缴", printed).replace("-", ".") if ok else ""}
        return [v[x] for x in cols]

    # one page: the query period starts late enough for the rows to leave room for the foot
    room = H - 175 - y
    while sum(_row_height(s, widths, cells(1, r), size, row_h) for r in listed) > room:
        listed.pop(0)
    bands = []
    for i, r in enumerate(listed, 1):
        c = cells(i, r)
        h = _row_height(s, widths, c, size, row_h)
        bands.append((y, y + h))
        y = _table_row(s, x0, y, widths, c, aligns, size, row_h)
    paid = [r for r in listed if r["paid"]]
    total = sum(r["base"] * 0.08 for r in paid)
    y += 16
    tx = s.text(x0, y, f"合计：实缴月数 {len(paid)} 个月，个人缴纳合计 ", 9.5)
    tot_s = _yuan(total)
    tx2 = s.text(tx, y, tot_s, 9.5)
    s.text(tx2, y, " 元", 9.5)
    y_tot = y
    y += 22
    s.text(x1 - 20, y + 14, f"经办机构（章）：{agency}", 9.5, align="right")
    seal_x, seal_y = x1 - 80 + rng.uniform(-10, 10), y + 8
    s.seal(seal_x, seal_y, 38, agency + "业务专用章")
    # ---- the applicant's marks (vector ink over the print) ----
    pen = rng.choice((INK, (0.08, 0.08, 0.12), (0.15, 0.25, 0.65)))
    hl = rng.choice(HILITE)
    k_last = rng.choice((12, 24, 36))
    start = max(0, len(listed) - k_last)
    a, b = bands[start][0] + 1.5, bands[-1][1] - 1.5
    for ya, yb in bands[start:]:
        s.page.draw_rect(pymupdf.Rect(x0 + 2 + rng.uniform(-2, 2), ya + 2.5, x1 - 2 + rng.uniform(-3, 3), yb - 2.5),
                         color=None, fill=hl, fill_opacity=0.38, overlay=True)
    if rng.random() < 0.5:
        # the unit-change row marked too (another colour), when there is one
        for i in range(1, len(listed)):
            if listed[i]["unit"] != listed[i - 1]["unit"] and i < start:
                ya, yb = bands[i]
                s.page.draw_rect(pymupdf.Rect(x0 + 2, ya + 2.5, x1 - 2, yb - 2.5), color=None,
                                 fill=HILITE[(HILITE.index(hl) + 1) % 3], fill_opacity=0.35, overlay=True)
    # ticks beside the rows (right margin)
    for ya, yb in bands[start::rng.choice((1, 1, 2, 3))]:
        tx_, ty_ = x1 + 4 + rng.uniform(-1, 1), (ya + yb) / 2 + 2
        s.page.draw_polyline([(tx_, ty_ - 2), (tx_ + 2.5, ty_ + 1.5), (tx_ + 8, ty_ - 6)], color=pen, width=0.9)
    # a bracket in the left margin with a note
    bx = x0 - 6
    s.page.draw_polyline([(bx, a), (bx - 5, a + 3), (bx - 5, b - 3), (bx, b)], color=pen, width=1.0)
    n_mark = len(bands) - start
    m_from = listed[start]["month"]
    note = rng.choice((f"近{n_mark // 12}年 {n_mark}个月" if n_mark % 12 == 0 else f"{n_mark}个月",
                       f"{m_from[:4]}.{int(m_from[5:7])}起", "连续缴费"))
    ny = (a + b) / 2
    old = _with_face(s, "kai")
    for j, ch in enumerate(note.replace(" ", "")):
        if (ord(ch) > 0x2e80) or ch.isdigit() or ch == ".":
            s.text(bx - 13 + rng.uniform(-1, 1), ny - 30 + j * 10.5, ch, 9.5, color=pen, align="center")
    s.paper.font = old
    # the total circled
    tw = s.width(tot_s, 9.5)
    s.page.draw_oval(pymupdf.Rect(tx - 5, y_tot - 12, tx + tw + 5, y_tot + 5), color=pen, width=0.9)
    # 此件与原件一致 + signature + date at the foot, over the seal on some
    hy = min(seal_y + rng.uniform(36, 70), H - 40)
    hx = rng.uniform(x0 + 10, x0 + 180) if rng.random() < 0.6 else seal_x - 170
    tail = _hand(s, hx, hy, rng.choice(("此件与原件一致", "此复印件与原件一致", "与原件核对一致")), 13, rng, color=pen)
    sig_y = hy + 22
    _hand(s, hx + 6, sig_y, p["name"], 15, rng, color=pen)
    d_hand = printed + timedelta(days=rng.randint(0, 12))
    _hand(s, max(tail - 60, hx + 70), sig_y + 2, f"{d_hand.year}.{d_hand.month}.{d_hand.day}", 11.5, rng, color=pen)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed.isoformat(), dpi=rng.choice((150, 165, 180)))


# --------------------------------------------------------------------------
# a bank's 收入证明 template filled in by the HR, used as proof of employment (scan)
# --------------------------------------------------------------------------

BANKS22 = (("中国建设银行", (0.0, 0.3, 0.62)), ("兰州银行", (0.75, 0.1, 0.12)), ("甘肃银行", (0.78, 0.12, 0.1)),
           ("中国农业银行", (0.0, 0.5, 0.42)), ("中国工商银行", (0.78, 0.08, 0.1)))
DEPTS22 = ("工程技术部", "综合办公室", "项目管理部", "质量安全部", "技术研发中心", "财务部", "设计一所", "运营管理部")
TITLES22 = ("助理工程师", "工程师", "技术员", "助理会计师", "初级", "中级", "无")
NATURE22 = ("机关事业单位", "国有企业", "民营企业", "外资企业", "其他")
_DIG = "零壹贰叁肆伍陆柒捌玖"


def _daxie(n: int) -> str:
    """An integer amount in 大写 (up to 99 999 999), as a bank form asks for it."""
    units = ["", "拾", "佰", "仟"]
    out, zero = "", False
    wan, rest = divmod(n, 10000)

    def four(v: int) -> str:
        s, z = "", False
        for i, d in enumerate(f"{v:04d}"):
            if d == "0":
                z = bool(s)
                continue
            if z:
                s += "零"
                z = False
            s += _DIG[int(d)] + units[3 - i]
        return s
    if wan:
        out = four(wan) + "万"
        zero = rest < 1000
    if rest:
        out += ("零" if zero and wan else "") + four(rest)
    return (out or "零") + "元整"


@family("emp_bank_income_certificate", "employment_proof", "scan",
        "a BANK'S 收入证明 template (建设银行/兰州银行/甘肃银行/农业银行 个人贷款专用) filled in by the employer's HR and reused as "
        "proof of employment: bank mark and name, '收入证明', prose with blanks '兹证明 ___ 先生/女士（身份证号码：___）系我单位正式员工，"
        "自 ______ 起在我单位工作，现任 ___ 部门 ___ 职务，技术职称 ___，月平均收入（税前）人民币 ___ 元（大写：___），年收入 ___ 元' "
        "with the values TYPED over the underscores in another face or WRITTEN BY HAND in ballpoint, 单位性质 checkboxes ticked, "
        "单位地址/联系人/联系电话 grid, guarantee sentence, 单位（盖章） with seal and date, the bank's '以下由银行填写' 核实 block "
        "(later date) and 注 lines; photographed on a desk (colour) or scanned grey")
def emp_bank_income_certificate(p: dict, rng: random.Random, face: str) -> Drawn:
    unit, post = p["unit"], p["position"]
    bank, bcol = rng.choice(BANKS22)
    hand = rng.random() < 0.4
    ws = date.fromisoformat(p["work_start"])
    y0 = max(ws.year + 2, 2021) if ws.year < 2023 else ws.year + 1  # (a recent start: issued the year after)
    issued = date(rng.randint(y0, max(y0, 2024)), rng.randint(1, 12), rng.randint(1, 28))
    monthly = rng.choice((4860, 5320, 5800, 6150, 6700, 7240, 8100, 9350))
    dept = rng.choice(DEPTS22)
    title = rng.choice([t for t in TITLES22 if t != post])
    nature = "国有企业" if ("集团" in unit or "投资" in unit or "运营" in unit) else \
        "机关事业单位" if any(w in unit for w in ("医院", "学校", "中心")) else rng.choice(("民营企业", "国有企业", "其他"))
    photo = rng.random() < 0.65
    paper = _PhotoPaper(face, A4) if photo else Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 62.0, W - 62.0
    # the bank's head: a mark (ring with a bar), its name, a coloured rule
    s.page.draw_circle((x0 + 12, 52), 11, color=bcol, width=2.4)
    s.page.draw_rect(pymupdf.Rect(x0 + 7, 48, x0 + 17, 56), color=None, fill=bcol)
    old = _with_face(s, rng.choice(("hei", "song")))
    s.text(x0 + 30, 58, bank, 15, track=1, color=bcol)
    s.paper.font = old
    s.text(x1, 58, rng.choice(("个人贷款业务专用", "个人消费贷款 / 住房贷款适用", "个人信贷业务用表")), 9, align="right",
           color=bcol)
    s.page.draw_line((x0, 70), (x1, 70), color=bcol, width=1.6)
    s.text(W / 2, 114, rng.choice(("收 入 证 明", "收入证明", "个人收入证明")), 20, align="center", track=2)
    s.text(x1, 136, f"编号：{bank[-4:-2] if len(bank) > 4 else bank[:2]}{issued:%Y}-{rng.randint(1000, 9999)}",
           8.5, align="right", color=GREY)
    s.text(x0, 162, f"{bank}{rng.choice(('兰州新区支行', '兰州分行', '兰州新区分理处'))}：", 12)
    size = 12.0
    lead = 30.0
    y = 196.0
    fill_face = rng.choice(("fang", "song", "hei"))

    def val(x: float, yy: float, text: str, minw: float) -> float:
        """A value on its blank: the template's underline, the value typed over it (another face) or
        written by hand; returns the x after the blank."""
        if hand:
            wv = sum(s._adv(ch, 13) for ch in text) * 1.02 + 8
        else:
            o = _with_face(s, fill_face)
            wv = s.width(text, size) + 8
            s.paper.font = o
        bw = max(minw, wv) if rng.random() < 0.7 else max(wv + rng.uniform(-10, 0), 20)
        s.line(x, yy + 3, x + max(minw, bw), yy + 3, width=0.6)
        if hand:
            _hand(s, x + 4, yy - 1, text, 13, rng)
        else:
            o = _with_face(s, fill_face)
            s.text(x + 4, yy, text, size)
            s.paper.font = o
        return x + max(minw, bw, wv) + 3

    def lab(x: float, yy: float, text: str) -> float:
        return s.text(x, yy, text, size)

    # prose line by line (the template's blanks)
    x = lab(x0 + 2 * size, y, "兹证明")
    x = val(x + 3, y, p["name"], 70)
    x = lab(x, y, "先生/女士（身份证号码：")
    x = val(x, y, p["id_number"], 150)
    lab(x, y, "）")
    y += lead
    x = lab(x0, y, "系我单位正式员工，自")
    x = val(x + 2, y, fdate(ws.isoformat(), rng.choice(("cn", "cn0")), month=True)[0], 86)
    x = lab(x, y, "起在我单位工作，现任")
    x = val(x, y, dept, 90)
    lab(x, y, "部门")
    y += lead
    x = val(x0, y, post, 110)
    x = lab(x, y, "职务，技术职称")
    x = val(x, y, title, 80)
    lab(x, y, "，近一年月平均收入（税前）")
    y += lead
    x = lab(x0, y, "人民币")
    x = val(x, y, f"{monthly:,}.00", 80)
    x = lab(x, y, "元（大写：")
    x = val(x, y, _daxie(monthly), 150)
    lab(x, y, "），")
    y += lead
    x = lab(x0, y, "年收入合计人民币")
    x = val(x, y, f"{monthly * 12 + rng.choice((0, 6000, 12000, 18000)):,}.00", 96)
    lab(x, y, "元。")
    y += lead
    y = s.para(x0, y, "本单位保证上述情况真实有效，并愿意承担因证明不实给贵行造成的一切损失。本证明仅用于该员工在贵行"
                      "办理个人贷款业务，不作为我单位对该员工提供任何形式担保的依据。", x1 - x0, 11, leading=1.9,
               indent=22)
    # 单位性质 checkboxes and the unit grid
    y += 8
    x = lab(x0, y, "单位性质：")
    for nat in NATURE22:
        s.box(x + 2, y - 10, x + 12, y, width=0.6)
        if nat == nature:
            s.page.draw_polyline([(x + 3, y - 5), (x + 6, y - 1), (x + 14, y - 14)], color=INK, width=1.3)
        x = s.text(x + 15, y, nat, 10.5) + 10
    y += 14
    lw = [80.0, 0.0]
    lw[1] = x1 - x0 - lw[0]
    addr = rng.choice(("甘肃省兰州新区纬一路与经十路交汇处", "甘肃省兰州新区黄河大道2166号", "甘肃省兰州新区秦川镇建设路88号",
                       "甘肃省兰州新区中川园区昆仑山大道168号"))
    contact = rng.choice([n for n in NAMES_F + NAMES_M if n != p["name"]])
    phone = f"0931-{rng.randint(6000000, 8999999)}"
    mobile = f"1{rng.choice((3, 5, 8, 9))}{rng.randint(10 ** 8, 10 ** 9 - 1)}"
    grid = [["单位名称", ""], ["单位地址", addr], ["人事联系人", f"{contact}    电话：{phone}    手机：{mobile}"]]
    y0g = y
    y = s.table(x0, y, lw, grid, 10, min_h=22, pad=4, align=["center", "left"])
    # the unit's name in the grid: typed or by hand
    if hand:
        _hand(s, x0 + lw[0] + 6, y0g + 16, unit, 12, rng)
    else:
        o = _with_face(s, fill_face)
        s.text(x0 + lw[0] + 6, y0g + 15, unit, 10.5)
        s.paper.font = o
    y += 40
    sx = x1 - 150
    s.text(sx, y, "单位（盖章）：", 11)
    s.text(sx, y + 26, "负责人（签字）：", 11)
    if rng.random() < 0.7:
        _signature(s, sx + 92, y + 28, rng, w=rng.uniform(40, 60))
    d_s = fdate(issued.isoformat(), rng.choice(("cn", "cn0")))[0]
    if hand:
        _hand(s, sx + 16, y + 54, f"{issued.year}年{issued.month}月{issued.day}日", 12, rng)
    else:
        s.text(sx + 16, y + 54, d_s, 11)
    s.seal(sx + 50 + rng.uniform(-10, 10), y + 20 + rng.uniform(-6, 6), 40, unit)
    # the bank's own block
    y += 82
    s.line(x0, y, x1, y, width=0.5, grey=0.3)
    s.text(x0, y + 16, "以下由银行填写", 9.5, color=bcol)
    check = issued + timedelta(days=rng.randint(1, 9))
    s.table(x0, y + 22, [80.0, 120.0, 80.0, x1 - x0 - 280.0],
            [["核实方式", "□电话  □实地  □其他", "核实人", ""], ["核实时间", "", "客户经理", ""]], 9.5, min_h=20, pad=3,
            align=["center", "left", "center", "left"])
    if rng.random() < 0.6:
        s.text(x0 + 86, y + 22 + 34, f"{check:%Y.%m.%d}", 9.5, color=(0.15, 0.15, 0.2))
    fy = H - 64
    s.text(x0, fy, "注：1.本证明须由单位人事或财务部门填写并加盖单位公章或人事专用章，涂改无效；", 8, color=GREY)
    s.text(x0, fy + 13, "2.收入指税前工资、奖金、津贴等全部收入；3.银行有权向单位核实上述信息。", 8, color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post,
             "start_date": f"{ws.year:04d}-{ws.month:02d}"}
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((150, 160)) if photo else 140,
                 level=None if photo else rng.choice((1, 2)))
