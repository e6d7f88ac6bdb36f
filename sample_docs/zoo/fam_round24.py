"""Twenty-fourth round of held-out families, part a (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers. Three social-insurance families and one employer's
document, as applicants for a 职称 in 兰州新区 upload them; the truth is always what is printed
and legible (for a photograph, what is in the picture and not hidden).

* si_ofd_converted_glyph_order — a 参保缴费证明（缴费明细）issued by the 人社 一体化 system as an
  OFD e-document (版式文件) and CONVERTED TO PDF by an OFD→PDF converter (数科 / 福昕 OFD / ofdrw),
  as such converters write it: every character is its own positioned text object (an OFD
  TextObject with its DeltaX list becomes one Tm per glyph), in the OFD LAYER'S ORDER, which is
  not the reading order — the template's fixed words first and then the bound data field by
  field, each column top to bottom (数据绑定的模板); or the objects cell by cell in the hash order
  the converter walks them; or every glyph swept left to right across the page in vertical
  strips. The ruling is separate line paths (one per cell edge), the fonts are embedded as
  subsets, long units are set smaller to fit their cell (the template's 自动缩放), the QR code
  and the 电子印章 are pictures. The page looks perfectly normal. Title, 验证码, holder grid
  (姓名 / 社会保障号码 / 参保险种 / 现参保单位), a month table in one of several column orders and
  labels (缴费年月 or 费款所属期 | 单位名称 or 缴费单位 | 缴费基数 | 个人缴费 | 单位缴费 on some |
  缴费状态 or 到账状态), the table head repeated on every page, the holder block repeated on some,
  '第 k 页 / 共 n 页', and on the last page the 说明, 出具机构, date, QR and seal. Truth: name, ID,
  one row per printed month (欠费 months paid 0; 中断 months are not printed). The test's text
  layer is the page's glyphs put back into reading order (baseline, then x), because the
  content stream's own order is deliberately not it.
* si_dark_mode_app_screens — the 甘肃人社 / 掌上12333 app's 养老保险「缴费明细」 page in the phone's
  DARK MODE (light text on near-black, grey secondary text, cards in dark grey, coloured status
  chips 已到账 / 未到账 / 补缴), 2-4 scrolling screenshots (status bar with time, signal and
  battery; title bar; a sticky year header once the list scrolls; the first screenshot with the
  参保人 card, ID masked unless the applicant tapped the eye icon; consecutive screenshots
  overlap by an item or two; the top and bottom items cut by the bars) delivered as an image-only
  PDF, one screenshot per A4 page or two side by side per page. The app is drawn in 黑体 or in
  the family's face (a phone theme font). Truth: name, ID only when shown whole, one row per
  month wholly visible in at least one screenshot (month, unit, base and chip all in view).
* si_stapled_fanned_pages_photo — a two- or three-page counter print 参保人员缴费明细 (agency and
  print date in the head, holder line repeated on each page, 序号 | 缴费年月 | 缴费单位 | 缴费基数 |
  个人缴费 | 单位缴费 | 缴费状态, '第 k 页 共 n 页') taken from a FACE-UP output tray (the last page
  on top) and STAPLED AT THE TOP-LEFT CORNER as it lay, then photographed on a desk with the
  pages FANNED about the staple: each earlier page lies under the later one turned 6-12° further
  round the staple, so only a wedge of it shows beside or below the page above. Colour phone
  photo (desk, page shadows, the staple, slight perspective, warm light). Truth: name and ID
  (on the top page's holder line), and the rows whose month, unit, base and status cells are all
  clear of the pages above them — the top page's rows, and from earlier pages only rows that
  the fan leaves wholly uncovered (in practice almost none).
* emp_post_appointment_booklet — the red booklet 专业技术职务聘任证书 / 岗位聘用证书 that units issue,
  OPEN on its two inner pages (cream pages with a printed border and guilloche, the red cover
  round them, the spine's shadow between), scanned in grey on a flatbed or photographed on a
  desk. Left page: the photo with the steel seal over its corner, then 姓名 / 性别 / 出生年月 /
  工作单位 / 学历 or 专业 / 参加工作时间 or 来本单位时间 / 身份证号 on some / 证书编号, the values typed
  or written by hand in blue-black ink. Right page: the appointment prose ('经研究决定，聘任 X 同志
  为 工程师 专业技术职务。聘期自2019年7月至2022年6月。', or the 岗位聘用 form 'X同志：…聘用你在…
  工程师岗位工作，岗位等级为专业技术十级，聘期…'), the 聘任单位 with its red seal and the date.
  Truth (contract §2 and the emp_* families' convention that start_date is when the holder
  began at THIS unit): name, unit (the issuing unit), position (the post appointed to as
  printed: 工程师, 主管护师, 一级教师 …; the 岗位等级 is not it), id_number only where printed,
  start_date ONLY when the booklet prints 来本单位时间 / 进入本单位时间 (that month). The 聘期 (its
  start is the appointment, not the employment), 参加工作时间 (the first job anywhere), the birth
  month, the issue date and the 证书编号 are distractors.
"""
from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from datetime import date, timedelta

import cv2
import numpy as np
import pymupdf
from PIL import Image

from sample_docs.render.degrade import render_pages_to_pdf, to_jpeg

from . import fonts
from .draw import A4, BLACK, RED, Paper, Sheet
from .facts import POSITIONS
from .fam_heldout2a import _qr
from .fam_round7 import _truth_rows, _yuan
from .fam_round13 import _clerk
from .fam_round20 import _AGENCY20, _history20, _printed, _table_row
from .fam_round20b import _jpeg, _rgb, _smooth
from .fam_round21b import _with_face
from .fam_round22 import _desk_photo
from .fam_round23 import _cells_boxes
from .registry import Drawn, family, fdate, hz_num, hz_year

GREY = (0.35, 0.35, 0.35)
FOOT = (0.3, 0.3, 0.3)


def _person_no(rng: random.Random) -> str:
    return f"62{rng.randint(10 ** 9, 10 ** 10 - 1)}"


# --------------------------------------------------------------------------
# an OFD e-document converted to PDF: glyph objects in the OFD layer's order (text)
# --------------------------------------------------------------------------

@dataclass
class _Glyph:
    group: str          # "static" (the template's words) or the data column it belongs to
    cell: tuple         # (row, column) for data, ("s", run) for template words
    x: float
    y: float
    ch: str
    size: float
    font: pymupdf.Font
    color: tuple


def _reading_text(page: pymupdf.Page) -> str:
    """The page's glyphs put back in reading order: baselines top to bottom, each left to right."""
    chars = []
    for b in page.get_text("rawdict")["blocks"]:
        for ln in b.get("lines", []):
            for sp in ln["spans"]:
                for c in sp["chars"]:
                    chars.append((c["origin"][1], c["origin"][0], c["c"], sp["size"], c["bbox"][2]))
    chars.sort()
    lines: list[list] = []
    for ch in chars:
        if lines and abs(lines[-1][0][0] - ch[0]) < 1.2:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    out = []
    for ln in lines:
        ln.sort(key=lambda c: c[1])
        s, right = "", None
        for y, x, c, size, x1 in ln:
            if right is not None and x - right > size * 0.6:
                s += " "
            s += c
            right = x1
        out.append(s)
    return "\n".join(out)


class _OfdPaper(Paper):
    """Pages whose words are recorded glyph by glyph (``put``) and written, on delivery, one
    positioned glyph at a time in the order an OFD→PDF converter walks the OFD layer."""

    def __init__(self, face: str, mode: str, seed: int):
        super().__init__(face, A4, pages=0)
        self.mode = mode
        self.order_rng = random.Random(seed)
        self.glyphs: dict[int, list[_Glyph]] = {}
        self._run = 0

    def put(self, s: Sheet, x: float, y: float, text: str, size: float, *, align: str = "left",
            color=BLACK, group: str = "static", cell: tuple | None = None, fit: float = 0.0,
            track: float = 0.0) -> float:
        text = str(text)
        wd = s.width(text, size, track)
        if fit and wd > fit:          # the template shrinks a long value to its cell
            size *= fit / wd
            wd = s.width(text, size, track)
        if align == "center":
            x -= wd / 2
        elif align == "right":
            x -= wd
        self._run += 1
        key = cell if cell is not None else ("s", self._run)
        recs = self.glyphs.setdefault(s.index, [])
        for ch in text:
            if ch != " ":
                recs.append(_Glyph(group, key, x, y, ch, size, s._font_for(ch), color))
            x += s._adv(ch, size) + track
        return x - track

    def _ordered(self, recs: list[_Glyph]) -> list[_Glyph]:
        rng = self.order_rng
        if self.mode == "columns":      # template first, then the bound data column by column
            static = [g for g in recs if g.group == "static"]
            groups = list(dict.fromkeys(g.group for g in recs if g.group != "static"))
            if rng.random() < 0.5:
                rng.shuffle(groups)
            out = static[:]
            for gname in groups:
                out += sorted((g for g in recs if g.group == gname), key=lambda g: (g.y, g.x))
            return out
        if self.mode == "cells":        # object by object in the converter's hash order
            cells: dict[tuple, list[_Glyph]] = {}
            for g in recs:
                cells.setdefault(g.cell, []).append(g)
            keys = list(cells)
            rng.shuffle(keys)
            return [g for k in keys for g in cells[k]]
        # "sweep": every glyph on its own, left to right across the page in vertical strips
        strip = rng.choice((6.0, 9.0, 12.0))
        return sorted(recs, key=lambda g: (int(g.x // strip), g.y, g.x))

    def _flush(self) -> None:
        for idx, recs in self.glyphs.items():
            if not recs:
                continue
            page = self.doc[idx]
            writers: dict[tuple, pymupdf.TextWriter] = {}
            for g in self._ordered(recs):
                tw = writers.setdefault(g.color, pymupdf.TextWriter(page.rect, color=g.color))
                tw.append((g.x, g.y), g.ch, font=g.font, fontsize=g.size)
            for tw in writers.values():
                tw.write_text(page)
        self.glyphs = {}
        super()._flush()

    def text_layer(self) -> list[str]:
        self._flush()
        return [_reading_text(p) for p in self.doc]


_OFD_COLS = {"no": (("序号",), 28.0, "center"),
             "month": (("缴费年月", "费款所属期", "所属期"), 62.0, "center"),
             "unit": (("单位名称", "缴费单位", "参保单位名称"), 0.0, "left"),
             "base": (("缴费基数", "缴费工资基数", "缴费基数(元)"), 66.0, "right"),
             "own": (("个人缴费", "个人缴纳金额", "个人缴费(元)"), 58.0, "right"),
             "firm": (("单位缴费", "单位缴纳金额", "单位缴费(元)"), 58.0, "right"),
             "state": (("缴费状态", "到账状态", "缴费标志"), 50.0, "center")}
_OFD_ORDERS = (("month", "unit", "base", "own", "state"), ("no", "month", "unit", "base", "own", "firm", "state"),
               ("month", "base", "own", "firm", "state", "unit"), ("no", "month", "base", "own", "state", "unit"),
               ("unit", "month", "base", "own", "state"))
_OFD_TITLES = ("参保缴费证明（个人缴费明细）", "社会保险个人参保缴费明细", "企业职工基本养老保险个人缴费明细",
               "个人参保缴费证明")
_OFD_PRODUCERS = ("Suwell OFD Converter 3.0", "Foxit OFD to PDF Converter", "ofdrw-converter 2.2",
                  "数科OFD版式文件转换服务")


@family("si_ofd_converted_glyph_order", "social_insurance", "text",
        "参保缴费证明（缴费明细）issued as an OFD e-document by the 人社 一体化 system and CONVERTED TO PDF by an OFD→PDF "
        "converter: every character its own positioned text object in the OFD layer's order, NOT the reading order "
        "(template words then the data column by column, or cell by cell in hash order, or glyphs swept in vertical "
        "strips); rules as separate line paths, subset fonts, long units shrunk to fit, QR and 电子印章 pictures; "
        "holder grid, month table (column order and labels vary), head repeated per page, '第k页/共n页'; looks normal")
def si_ofd_converted_glyph_order(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _history20(rng, p, rng.randint(22, 52), units=rng.choice((1, 2, 2)))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _printed(rows, rng)
    agency = rng.choice(_AGENCY20)
    mode = rng.choice(("columns", "columns", "cells", "sweep"))
    paper = _OfdPaper(face, mode, rng.getrandbits(32))
    W, H = A4
    x0 = rng.choice((42.0, 46.0, 50.0))
    x1 = W - x0
    cols = list(rng.choice(_OFD_ORDERS))
    heads = [rng.choice(_OFD_COLS[c][0]) for c in cols]
    fixed = sum(_OFD_COLS[c][1] for c in cols)
    widths = [_OFD_COLS[c][1] or (x1 - x0 - fixed) for c in cols]
    aligns = [_OFD_COLS[c][2] for c in cols]
    size = rng.choice((8.5, 9.0, 9.5))
    rh = rng.choice((17.0, 18.0, 19.5))
    mstyle = rng.choice(("compact", "iso", "cn0"))
    words = rng.choice(({"正常": "已到账", "补缴": "补缴到账", "欠缴": "未到账"},
                        {"正常": "正常", "补缴": "补缴", "欠缴": "欠费"},
                        {"正常": "已实缴", "补缴": "已补缴", "欠缴": "欠缴"}))
    code = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(4)) for _ in range(4))
    title = rng.choice(_OFD_TITLES)
    repeat_holder = rng.random() < 0.5
    insurance = rng.choice(("企业职工基本养老保险", "城镇企业职工基本养老保险"))
    source = rng.choice(("甘肃省人力资源和社会保障厅", "甘肃省社会保险事业管理局", agency))

    def head(s: Sheet, first: bool) -> float:
        paper.put(s, x0, 36, source, 8.5, color=GREY)
        paper.put(s, x1, 36, f"验证码：{code}", 8.5, align="right", color=GREY)
        old = _with_face(s, rng.choice(("hei", "song")))
        paper.put(s, W / 2, 70, title, 16, align="center", track=1.0)
        s.paper.font = old
        y = 84.0
        if not (first or repeat_holder):
            return y + 8
        lw, vw = 62.0, (x1 - x0) / 2 - 62.0
        grid = [("姓名", p["name"], "社会保障号码", p["id_number"]), ("参保险种", insurance, "个人编号", pno),
                ("现参保单位", p["unit"], None, None)]
        for a, av, b, bv in grid:
            for xx in (x0, x0 + lw, x0 + lw + vw, x0 + 2 * lw + vw, x1):
                if b is None and xx in (x0 + lw + vw, x0 + 2 * lw + vw):
                    continue
                s.line(xx, y, xx, y + 18, width=0.5)
            s.line(x0, y, x1, y, width=0.5)
            paper.put(s, x0 + lw / 2, y + 12.5, a, 9, align="center")
            paper.put(s, x0 + lw + 4, y + 12.5, av, 9, fit=(vw if b else x1 - x0 - lw) - 8)
            if b:
                paper.put(s, x0 + lw + vw + lw / 2, y + 12.5, b, 9, align="center")
                paper.put(s, x0 + 2 * lw + vw + 4, y + 12.5, bv, 9)
            y += 18
        s.line(x0, y, x1, y, width=0.5)
        return y + 10

    pno = _person_no(rng)

    def table_head(s: Sheet, y: float) -> float:
        cx = x0
        s.line(x0, y, x1, y, width=0.6)
        for hd, wd in zip(heads, widths):
            s.line(cx, y, cx, y + rh + 2, width=0.5)
            paper.put(s, cx + wd / 2, y + (rh + 2) / 2 + size * 0.36, hd, size, align="center", fit=wd - 4)
            cx += wd
        s.line(x1, y, x1, y + rh + 2, width=0.5)
        s.line(x0, y + rh + 2, x1, y + rh + 2, width=0.6)
        return y + rh + 2

    bottom = H - 56
    s = paper.add_page()
    y = table_head(s, head(s, True))
    for i, r in enumerate(listed):
        if y + rh > bottom:
            s = paper.add_page()
            y = table_head(s, head(s, False))
        b, ok = r["base"], r["paid"]
        val = {"no": str(i + 1), "month": fdate(r["month"], mstyle, month=True)[0], "unit": r["unit"],
               "base": _yuan(b), "own": _yuan(b * 0.08 if ok else 0.0), "firm": _yuan(b * 0.16 if ok else 0.0),
               "state": words[r["status"]]}
        cx = x0
        for c, wd, al in zip(cols, widths, aligns):
            s.line(cx, y, cx, y + rh, width=0.5)     # each cell edge its own path, as the converter writes it
            tx = cx + 3 if al == "left" else (cx + wd / 2 if al == "center" else cx + wd - 3)
            paper.put(s, tx, y + rh / 2 + size * 0.36, val[c], size, align=al, group=c, cell=(i, c), fit=wd - 6)
            cx += wd
        s.line(x1, y, x1, y + rh, width=0.5)
        s.line(x0, y + rh, x1, y + rh, width=0.5)
        y += rh
    if y + 190 > bottom:
        s = paper.add_page()
        y = head(s, False)
    y += 18
    paid = [r for r in listed if r["paid"]]
    paper.put(s, x0, y, f"合计：共{len(listed)}个月，实缴{len(paid)}个月，个人缴费合计"
                        f"{_yuan(sum(r['base'] * 0.08 for r in paid))}元。", 9)
    y += 18
    notes = ("说明：1.本证明为电子证明，与纸质证明具有同等效力；2.可通过扫描本页二维码或登录甘肃省人力资源和社会保障厅"
             "网上服务大厅，输入验证码核验真伪；3.“" + words["欠缴"] + "”为应缴未缴月份，中断缴费期间不列示。")
    for ln in s.wrap(notes, x1 - x0 - 110, 8.5):
        paper.put(s, x0, y, ln, 8.5)
        y += 14
    y += 22
    paper.put(s, x1 - 150, y, f"出具机构：{agency}", 9.5, fit=150)
    y += 18
    paper.put(s, x1 - 150, y, f"出具日期：{fdate(printed.isoformat(), rng.choice(('cn', 'iso')))[0]}", 9.5)
    s.seal(x1 - 70 + rng.uniform(-12, 12), y - 12 + rng.uniform(-6, 6), 42, agency + "电子印章")
    qy = y - 40
    s.page.insert_image(pymupdf.Rect(x0, qy, x0 + 70, qy + 70), stream=_qr(rng, 25))
    paper.put(s, x0 + 35, qy + 82, "扫码验真", 8, align="center", color=GREY)
    n_pages = len(paper.sheets)
    for k, sh in enumerate(paper.sheets):
        paper.put(sh, W / 2, H - 28, f"第 {k + 1} 页 / 共 {n_pages} 页", 8.5, align="center", color=FOOT)
        paper.put(sh, x1, H - 28, f"打印时间：{printed:%Y-%m-%d}", 8, align="right", color=FOOT)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed.isoformat(), producer=rng.choice(_OFD_PRODUCERS))


# --------------------------------------------------------------------------
# the app's 缴费明细 in dark mode: 2-4 scrolling screenshots in an image PDF (scan)
# --------------------------------------------------------------------------

DW, DH = 360.0, 780.0          # the phone screen in points (1080 × 2340 px at 216 dpi)
_BG = (0.06, 0.06, 0.07)
_CARD = (0.13, 0.13, 0.145)
_TXT = (0.93, 0.93, 0.94)
_SUB = (0.58, 0.58, 0.61)
_LINE = 0.22
_CHIPS = {"ok": ((0.11, 0.27, 0.16), (0.45, 0.86, 0.55)), "owe": ((0.33, 0.11, 0.11), (1.0, 0.52, 0.5)),
          "late": ((0.34, 0.23, 0.07), (1.0, 0.72, 0.3))}
_DARK_APPS = (("甘肃人社", (0.35, 0.62, 1.0)), ("掌上12333", (1.0, 0.42, 0.38)), ("甘肃人社", (0.3, 0.78, 0.7)))


class _DarkShots(Paper):
    """Phone pages (one per screenshot) delivered as an image-only PDF: each screenshot on its own
    A4 page, or two side by side on each page (the phone's 打印 / 图片转PDF)."""

    layout = "one"
    shot_dpi = 216
    quality = 85
    producer = "Microsoft: Print To PDF"

    def scan(self, rng: random.Random, *, dpi: int = 150, level=None, date: str = "2024-01-01"):
        self._flush()
        shots = []
        for page in self.doc:
            pix = page.get_pixmap(dpi=self.shot_dpi, colorspace=pymupdf.csRGB, alpha=False)
            shots.append(Image.frombytes("RGB", (pix.width, pix.height), pix.samples))
        pages = []
        if self.layout == "one":
            pages = [(to_jpeg(im, self.quality), ".jpg") for im in shots]
        else:
            A4W, A4H = 1240, 1754          # an A4 page at 150 dpi
            m, gap = 70, 36
            tw = (A4W - 2 * m - gap) // 2
            th = int(tw * shots[0].height / shots[0].width)
            for k in range(0, len(shots), 2):
                sheet = Image.new("RGB", (A4W, A4H), (255, 255, 255))
                for j, im in enumerate(shots[k:k + 2]):
                    sheet.paste(im.resize((tw, th), Image.Resampling.LANCZOS), (m + j * (tw + gap), 110))
                pages.append((to_jpeg(sheet, self.quality), ".jpg"))
        return render_pages_to_pdf(pages, date=date, producer=self.producer), ".pdf"


def _chip(s: Sheet, xr: float, top: float, word: str, kind: str, size: float = 9.0) -> None:
    fill, ink = _CHIPS[kind]
    cw = s.width(word, size) + 14
    s.page.draw_rect(pymupdf.Rect(xr - cw, top, xr, top + size + 8), color=None, fill=fill, radius=0.45)
    s.text(xr - cw / 2, top + size + 2.6, word, size, align="center", color=ink)


@family("si_dark_mode_app_screens", "social_insurance", "scan",
        "甘肃人社 / 掌上12333 app 养老保险「缴费明细」in the phone's DARK MODE (light text on near-black, grey secondary text, "
        "dark-grey cards, coloured chips 已到账/未到账/补缴): 2-4 scrolling screenshots (status bar, title bar, sticky year "
        "header, the 参保人 card with the ID masked unless revealed, items overlapping between screenshots, top and bottom "
        "items cut) as an image-only PDF, one per A4 page or two side by side; truth rows wholly visible")
def si_dark_mode_app_screens(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _history20(rng, p, rng.randint(18, 40), units=rng.choice((1, 2, 2)))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _printed(rows, rng)
    app, accent = rng.choice(_DARK_APPS)
    ui = face if (rng.random() < 0.5 or fonts.path_of("hei") is None) else "hei"
    paper = _DarkShots(ui, (DW, DH), pages=0)
    paper.layout = rng.choice(("one", "two"))
    paper.shot_dpi = rng.choice((180, 200, 216))
    paper.quality = rng.randint(80, 90)
    paper.producer = rng.choice(("Microsoft: Print To PDF", "iOS Version 17.4.1 (Build 21E236) Quartz PDFContext",
                                 "HUAWEI 图片转PDF", "WPS 图片转PDF"))
    whole_id = rng.random() < 0.3
    mstyle = rng.choice(("cn0", "cn0", "iso", "dot"))
    words = rng.choice((("已到账", "未到账", "补缴"), ("已实缴", "未缴费", "补缴"), ("正常", "欠缴", "补缴到账")))
    item_h = rng.choice((78.0, 84.0, 90.0))
    gap = 8.0
    # the list's blocks (content y from 0), newest first
    blocks: list[tuple[str, float, object]] = [("card", 132.0, None), ("tabs", 44.0, None)]
    year = None
    for r in reversed(listed):
        if r["month"][:4] != year:
            year = r["month"][:4]
            blocks.append(("year", 32.0, year))
        blocks.append(("item", item_h + gap, r))
    blocks.append(("end", 48.0, None))
    ys, yy = [], 0.0
    for _, h, _ in blocks:
        ys.append(yy)
        yy += h
    total = yy
    bar = 88.0                      # status bar 32 + title bar 56
    foot = 26.0                     # the gesture strip
    view = DH - bar - foot
    sticky = 30.0
    hhmm = f"{rng.randint(8, 23)}:{rng.randint(0, 59):02d}"
    batt = rng.randint(12, 98)
    months_total = sum(1 for r in rows if r["paid"])
    net = rng.choice(("5G", "4G", ""))
    title = rng.choice(("缴费明细", "个人缴费明细", "养老保险缴费明细"))

    def draw_block(s: Sheet, kind: str, h: float, d, top: float) -> None:
        if kind == "card":
            s.page.draw_rect(pymupdf.Rect(12, top + 12, DW - 12, top + h - 6), color=None, fill=_CARD, radius=0.07)
            s.text(28, top + 42, p["name"], 16, color=_TXT)
            idn = p["id_number"] if whole_id else p["id_number"][:3] + "*" * 11 + p["id_number"][-4:]
            s.text(28, top + 66, f"社会保障号码  {idn}", 10, color=_SUB)
            s.text(DW - 28, top + 42, "参保缴费", 10, align="right", color=accent)
            s.line(28, top + 80, DW - 28, top + 80, width=0.4, grey=_LINE)
            s.text(28, top + 104, "累计缴费月数", 10, color=_SUB)
            s.text(DW - 28, top + 104, f"{months_total}个月", 12, align="right", color=_TXT)
        elif kind == "tabs":
            x = 26.0
            for i, t in enumerate(("养老保险", "医疗保险", "失业保险", "工伤")):
                s.text(x, top + 26, t, 11.5, color=_TXT if i == 0 else _SUB)
                if i == 0:
                    s.page.draw_rect(pymupdf.Rect(x + 12, top + 33, x + 34, top + 35.5), color=None, fill=accent,
                                     radius=0.5)
                x += 84
        elif kind == "year":
            s.text(20, top + 22, f"{d}年", 12, color=_SUB)
            n_y = sum(1 for r in listed if r["month"][:4] == d)
            s.text(DW - 20, top + 22, f"共{n_y}条", 10, align="right", color=_SUB)
        elif kind == "end":
            s.text(DW / 2, top + 28, "没有更多数据了", 9.5, align="center", color=(0.42, 0.42, 0.45))
        else:
            r = d
            t0 = top + gap / 2
            s.page.draw_rect(pymupdf.Rect(12, t0, DW - 12, t0 + item_h), color=None, fill=_CARD, radius=0.09)
            s.text(26, t0 + 26, fdate(r["month"], mstyle, month=True)[0], 15, color=_TXT)
            kind_c = "late" if r["status"] == "补缴" else ("ok" if r["paid"] else "owe")
            _chip(s, DW - 26, t0 + 11, {"ok": words[0], "owe": words[1], "late": words[2]}[kind_c], kind_c)
            s.text(26, t0 + 46, r["unit"], 9.5, color=_SUB)
            s.text(26, t0 + item_h - 13, "缴费基数", 9.5, color=_SUB)
            s.text(26 + s.width("缴费基数", 9.5) + 6, t0 + item_h - 13, _yuan(r["base"]), 11, color=_TXT)
            own = _yuan(r["base"] * 0.08 if r["paid"] else 0.0)
            s.text(DW - 26, t0 + item_h - 13, own, 11, align="right", color=_TXT)
            s.text(DW - 26 - s.width(own, 11) - 6, t0 + item_h - 13, "个人缴纳", 9.5, align="right", color=_SUB)

    # the screenshots: windows [Y, Y + view] overlapping by an item or two
    n_shots = rng.randint(2, 4)
    starts, Y = [], 0.0
    while len(starts) < n_shots:
        starts.append(Y)
        if Y + view >= total - 0.5:
            break
        last_end = max(ys[i] + blocks[i][1] for i in range(len(blocks)) if ys[i] + blocks[i][1] <= Y + view + 0.01)
        nxt = max(last_end - rng.uniform(0.5, 1.6) * (item_h + gap) - sticky, Y + 150.0)
        Y = min(nxt, max(total - view, Y + 1.0))
    seen: dict[str, dict] = {}
    for Y in starts:
        s = paper.add_page()
        s.page.draw_rect(s.page.rect, color=None, fill=_BG)
        for (kind, h, d), y0 in zip(blocks, ys):
            if y0 + h > Y and y0 < Y + view:
                draw_block(s, kind, h, d, bar + y0 - Y)
        top_clear = Y + (sticky if Y > 0 else 0.0)
        for (kind, h, d), y0 in zip(blocks, ys):
            if kind == "item" and y0 + gap / 2 >= top_clear - 0.01 and y0 + h - gap / 2 <= Y + view + 0.01:
                seen[d["month"]] = d
        s.flush()      # the bars and the sticky year lie over the list scrolled under them
        if Y > 0:
            first = next(d for (kind, h, d), y0 in zip(blocks, ys) if kind == "item" and y0 + h > Y + sticky)
            s.page.draw_rect(pymupdf.Rect(0, bar, DW, bar + sticky), color=None, fill=_BG)
            s.text(20, bar + 20, f"{first['month'][:4]}年", 12, color=_SUB)
        s.page.draw_rect(pymupdf.Rect(0, 0, DW, bar), color=None, fill=_BG)
        s.page.draw_rect(pymupdf.Rect(0, DH - foot, DW, DH), color=None, fill=_BG)
        s.page.draw_rect(pymupdf.Rect(DW / 2 - 62, DH - 12, DW / 2 + 62, DH - 7.5), color=None, fill=(0.85, 0.85, 0.86),
                         radius=0.5)
        s.text(24, 21, hhmm, 12, color=_TXT)
        s.text(DW - 78, 21, net, 9.5, color=_TXT)
        s.page.draw_rect(pymupdf.Rect(DW - 48, 11, DW - 22, 22), color=(0.8, 0.8, 0.8), width=0.8, radius=0.3)
        s.page.draw_rect(pymupdf.Rect(DW - 46.5, 12.5, DW - 46.5 + 23 * batt / 100, 20.5), color=None,
                         fill=(0.9, 0.9, 0.9) if batt > 20 else (0.95, 0.3, 0.3), radius=0.2)
        s.text(DW - 52, 21, f"{batt}", 9, align="right", color=_TXT)
        s.text(16, 66, "‹", 22, color=_TXT)
        s.text(DW / 2, 66, title, 15, align="center", color=_TXT)
        s.text(DW - 18, 64, "···", 14, align="right", color=_TXT)
        s.line(0, bar - 0.5, DW, bar - 0.5, width=0.4, grey=_LINE)
    visible = [seen[m] for m in sorted(seen)]
    truth = {"name": p["name"], "contribution": _truth_rows(visible)}
    if whole_id:
        truth["id_number"] = p["id_number"]
    return Drawn(paper, truth, (printed + timedelta(days=rng.randint(0, 12))).isoformat())
