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
from .draw import A4, BLACK, Paper, Sheet
from .fam_heldout2a import _qr
from .fam_round7 import _truth_rows, _yuan
from .fam_round13 import _clerk
from .fam_round20 import _AGENCY20, _history20, _printed, _table_row
from .fam_round20b import _jpeg, _rgb, _smooth
from .fam_round21b import _with_face
from .fam_round22 import _desk_photo
from .fam_round23 import _cells_boxes
from .registry import Drawn, family, fdate, hz_num

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


# --------------------------------------------------------------------------
# a stapled two- or three-page print, fanned about the staple and photographed (scan)
# --------------------------------------------------------------------------

def _rot(a: float, pt: tuple[float, float]) -> tuple[float, float]:
    c, s = math.cos(a), math.sin(a)
    return (pt[0] * c - pt[1] * s, pt[0] * s + pt[1] * c)


def _place(pt: tuple[float, float], pl: tuple) -> tuple[float, float]:
    """A page point → the desk picture's point (in points) for a placement (angle, staple, at)."""
    a, (sx, sy), (ax, ay) = pl
    rx, ry = _rot(a, (pt[0] - sx, pt[1] - sy))
    return (rx + ax, ry + ay)


def _overlap(pa: list[tuple[float, float]], pb: list[tuple[float, float]]) -> bool:
    """Do two convex polygons overlap (separating axis test)?"""
    for poly in (pa, pb):
        for i in range(len(poly)):
            x0, y0 = poly[i]
            x1, y1 = poly[(i + 1) % len(poly)]
            nx, ny = y1 - y0, x0 - x1
            a = [nx * x + ny * y for x, y in pa]
            b = [nx * x + ny * y for x, y in pb]
            if max(a) < min(b) or max(b) < min(a):
                return False
    return True


class _FanPaper(Paper):
    """The printed pages fanned about the staple on a desk, photographed in colour: the first page
    at the bottom, each later page over it (``placements`` bottom to top, in points)."""

    placements: list = []
    canvas: tuple = (0.0, 0.0)

    def scan(self, rng: random.Random, *, dpi: int = 150, level=None, date: str = "2024-01-01"):
        self._flush()
        k = dpi / 72.0
        Wc, Hc = int(self.canvas[0] * k), int(self.canvas[1] * k)
        gen = np.random.default_rng(rng.getrandbits(32))
        desk = np.array(rng.choice(((112, 86, 62), (150, 124, 94), (84, 86, 92), (176, 168, 156), (66, 62, 58))),
                        np.float32)
        canvas = desk[None, None, :] * (0.88 + 0.12 * _smooth(gen, Hc, Wc, 20)[..., None])
        for idx, pl in enumerate(self.placements):
            src = _rgb(self.doc[idx], dpi) * np.float32(rng.uniform(0.965, 0.99))
            h, w = src.shape[:2]
            a, (sx, sy), (ax, ay) = pl
            c, s = math.cos(a), math.sin(a)
            M = np.float32([[c, -s, ax * k - (c * sx - s * sy) * k], [s, c, ay * k - (s * sx + c * sy) * k]])
            page = cv2.warpAffine(src, M, (Wc, Hc), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
            cover = cv2.warpAffine(np.ones((h, w), np.float32), M, (Wc, Hc), flags=cv2.INTER_LINEAR)
            shadow = cv2.GaussianBlur(np.roll(np.roll(cover, int(4 * k), axis=0), int(3 * k), axis=1), (0, 0), 5 * k)
            canvas = canvas * (1 - 0.38 * shadow[..., None])
            canvas = canvas * (1 - cover[..., None]) + page * cover[..., None]
        # the staple through all the pages, at 45° in the corner
        a, (sx, sy), (ax, ay) = self.placements[-1]
        ang = a + math.radians(rng.uniform(-50, -40))
        L = 6.2 * 72 / 25.4 * k
        p0 = (int(ax * k - math.cos(ang) * L), int(ay * k - math.sin(ang) * L))
        p1 = (int(ax * k + math.cos(ang) * L), int(ay * k + math.sin(ang) * L))
        cv2.line(canvas, (p0[0] + 2, p0[1] + 3), (p1[0] + 2, p1[1] + 3), (40, 40, 40), max(2, int(1.6 * k)))
        cv2.line(canvas, p0, p1, (120, 122, 128), max(2, int(1.4 * k)))
        cv2.line(canvas, p0, p1, (205, 208, 214), max(1, int(0.5 * k)))
        # a hand-held phone: slight perspective, light falling off, blur and noise
        j = lambda: rng.uniform(0.0, 0.03)                                             # noqa: E731
        src_q = np.float32([(0, 0), (Wc, 0), (Wc, Hc), (0, Hc)])
        dst_q = np.float32([(Wc * j(), Hc * j()), (Wc * (1 - j()), Hc * j()), (Wc * (1 - j()), Hc * (1 - j())),
                            (Wc * j(), Hc * (1 - j()))])
        P = cv2.getPerspectiveTransform(dst_q, src_q)
        canvas = cv2.warpPerspective(canvas, P, (Wc, Hc), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
        lx, ly = rng.uniform(0.1, 0.9) * Wc, rng.uniform(-0.3, 0.4) * Hc
        light = 1.06 - rng.uniform(0.2, 0.32) * np.hypot((xx - lx) / Wc, (yy - ly) / Hc)
        tint = np.array(rng.choice(((1.03, 1.0, 0.9), (1.0, 1.0, 0.97), (1.02, 0.99, 0.94))), np.float32)
        canvas = canvas * light[..., None] * tint[None, None, :]
        canvas = cv2.GaussianBlur(canvas, (0, 0), rng.uniform(0.5, 0.8))
        canvas += gen.normal(0, 2.6, canvas.shape).astype(np.float32)
        return _jpeg(canvas, rng.randint(78, 88)), ".jpg"


_COLSF = {"序号": (26.0, "center"), "缴费年月": (58.0, "center"), "缴费单位": (0.0, "left"),
          "缴费基数": (60.0, "right"), "个人缴费": (54.0, "right"), "单位缴费": (56.0, "right"),
          "缴费状态": (46.0, "center")}
_TITLESF = ("参保人员缴费明细", "参保人员缴费明细（企业职工基本养老保险）", "个人缴费明细查询单")


@family("si_stapled_fanned_pages_photo", "social_insurance", "scan",
        "two- or three-page counter print 参保人员缴费明细 (holder line on every page; 序号|缴费年月|缴费单位|缴费基数|个人缴费|"
        "单位缴费|缴费状态; '第k页 共n页') from a face-up tray (last page on top), STAPLED AT THE TOP-LEFT and photographed on a "
        "desk with the pages FANNED about the staple (each earlier page under the later one, turned 6-12° further, a wedge of "
        "it showing); colour phone photo; truth: name, ID, rows whose month/unit/base/status are clear of the pages above")
def si_stapled_fanned_pages_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    n_pages = rng.choice((2, 2, 3))
    W, H = A4
    x0, x1 = rng.choice((40.0, 46.0)), W - rng.choice((40.0, 46.0))
    size = rng.choice((8.5, 9.0))
    row_h = rng.choice((17.0, 18.0, 19.0))
    top_rows = 132.0
    per_page = int((H - 60 - top_rows - row_h - 4) // row_h)
    n_listed = per_page * (n_pages - 1) + rng.randint(6, per_page - 8)
    rows = _history20(rng, p, n_listed + 3, units=rng.choice((1, 2, 2)))
    listed = [r for r in rows if r["status"] != "中断"][-n_listed:]
    printed = _printed(rows, rng)
    agency = rng.choice(_AGENCY20)
    cols = ["序号", "缴费年月", "缴费单位", "缴费基数", "个人缴费", "单位缴费", "缴费状态"]
    if rng.random() < 0.35:
        cols = ["序号", "缴费年月", "缴费基数", "个人缴费", "单位缴费", "缴费状态", "缴费单位"]
    if rng.random() < 0.3:
        cols.remove("单位缴费")
    fixed = sum(_COLSF[c][0] for c in cols)
    widths = [_COLSF[c][0] or (x1 - x0 - fixed) for c in cols]
    aligns = [_COLSF[c][1] for c in cols]
    mstyle = rng.choice(("compact", "iso", "cn0", "dot"))
    title = rng.choice(_TITLESF)
    pno = _person_no(rng)
    key = [cols.index(c) for c in ("缴费年月", "缴费单位", "缴费基数", "缴费状态")]
    paper = _FanPaper(face, A4, pages=0)
    boxes_of: list[list[tuple[dict, list]]] = []
    pages = [listed[i:i + per_page] for i in range(0, len(listed), per_page)]
    for k, chunk in enumerate(pages):
        s = paper.add_page()
        s.text(x0, 40, agency, 8.5, color=GREY)
        s.text(x1, 40, f"打印日期：{printed:%Y-%m-%d}", 8.5, align="right", color=GREY)
        s.text(W / 2, 72, title, 14.5, align="center", track=1.2)
        s.text(x0, 98, f"姓名：{p['name']}", 9.5)
        s.text(x0 + 112, 98, f"公民身份号码：{p['id_number']}", 9.5)
        s.text(x1, 98, f"个人编号：{pno}", 9.5, align="right")
        s.text(x0, 116, f"参保单位：{p['unit']}", 9.5)
        s.text(x1, 116, "单位：元", 8.5, align="right", color=GREY)
        y = _table_row(s, x0, top_rows - 8, widths, cols, ["center"] * len(cols), size, row_h + 2)
        placed = []
        for i, r in enumerate(chunk, k * per_page + 1):
            b, ok = r["base"], r["paid"]
            v = {"序号": str(i), "缴费年月": fdate(r["month"], mstyle, month=True)[0], "缴费单位": r["unit"],
                 "缴费基数": _yuan(b), "个人缴费": _yuan(b * 0.08 if ok else 0.0),
                 "单位缴费": _yuan(b * 0.16 if ok else 0.0), "缴费状态": r["status"]}
            c = [v[col] for col in cols]
            _, boxes = _cells_boxes(s, x0, y, widths, c, aligns, size, row_h)
            placed.append((r, [bx for kk in key for bx in boxes[kk]]))
            y = _table_row(s, x0, y, widths, c, aligns, size, row_h)
        if k == len(pages) - 1:
            paid = [r for r in listed if r["paid"]]
            y += 16
            s.text(x0, y, f"合计：缴费 {len(paid)} 个月，个人缴费 {_yuan(sum(r['base'] * 0.08 for r in paid))} 元。", 9)
            y += 26
            s.text(x0, y, f"经办人：{_clerk(rng, p['name'])}", 9.5)
            s.text(x1 - 20, y, f"经办机构（章）：{agency}", 9.5, align="right")
            s.seal(x1 - 80 + rng.uniform(-10, 10), y - 4, 38, agency + "业务专用章")
        s.text(W / 2, H - 30, f"第 {k + 1} 页 共 {len(pages)} 页", 8.5, align="center", color=FOOT)
        boxes_of.append(placed)
    # the fan: the last page on top, square to the picture; each earlier one turned further about the staple
    staple = (rng.uniform(16, 24), rng.uniform(16, 24))
    sign = rng.choice((-1, 1))
    angles, a = [], math.radians(rng.uniform(-2.5, 2.5))     # the bundle a little turned on the desk
    for _ in range(len(pages)):
        angles.append(a)
        a += sign * math.radians(rng.uniform(6.0, 12.0))
    angles = angles[::-1]            # bottom (page 1) to top (the last page)
    corners = [(0.0, 0.0), (W, 0.0), (W, H), (0.0, H)]
    tmp = [(ang, staple, (0.0, 0.0)) for ang in angles]
    pts = [_place(c, pl) for pl in tmp for c in corners]
    m = 34.0
    minx, miny = min(x for x, _ in pts), min(y for _, y in pts)
    at = (m - minx + rng.uniform(-6, 6), m - miny + rng.uniform(-6, 6))
    placements = [(ang, staple, (at[0] + rng.uniform(-2, 2), at[1] + rng.uniform(-2, 2))) for ang in angles]
    pts = [_place(c, pl) for pl in placements for c in corners]
    paper.placements = placements
    paper.canvas = (max(x for x, _ in pts) + m, max(y for _, y in pts) + m)
    # what is legible: a row of page k counts when its key cells are clear of every page above it
    covers = [[_place(c, pl) for c in corners] for pl in placements]
    visible = []
    for k, placed in enumerate(boxes_of):
        for r, boxes in placed:
            clear = True
            for bx0, by0, bx1, by1 in boxes:
                quad = [_place(c, placements[k]) for c in ((bx0 - 3, by0 - 3), (bx1 + 3, by0 - 3), (bx1 + 3, by1 + 3),
                                                            (bx0 - 3, by1 + 3))]
                if any(_overlap(quad, cov) for cov in covers[k + 1:]):
                    clear = False
                    break
            if clear:
                visible.append(r)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(visible)}
    return Drawn(paper, truth, printed.isoformat(), dpi=rng.choice((130, 140, 150)))


# --------------------------------------------------------------------------
# the red 聘任证书 booklet, open on its two inner pages, scanned or photographed (scan)
# --------------------------------------------------------------------------

INK = (0.1, 0.14, 0.42)           # blue-black ink
_CREAM = (0.985, 0.962, 0.915)
_FRAME = (0.74, 0.46, 0.36)
_COVER = (0.6, 0.07, 0.08)


class _BookletPaper(Paper):
    """The open booklet: scanned in grey on the flatbed (the lid white round it) or, when
    ``photo``, photographed in colour on a desk."""

    photo = False

    def scan(self, rng: random.Random, *, dpi: int = 150, level=None, date: str = "2024-01-01"):
        if not self.photo:
            return super().scan(rng, dpi=dpi, level=level, date=date)
        self._flush()
        arr = _desk_photo(_rgb(self.doc[0], dpi), rng, persp=0.05, turn=4.0)
        return _jpeg(arr, rng.randint(78, 88)), ".jpg"


def _page_ground(s: Sheet, x0: float, y0: float, x1: float, y1: float, rng: random.Random) -> None:
    """A booklet's inner page: cream, a faint guilloche, a printed double frame."""
    s.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=None, fill=_CREAM)
    amp, per = rng.uniform(5, 9), rng.uniform(40, 70)
    for k in range(14):
        yb = y0 + 40 + k * (y1 - y0 - 80) / 13
        pts = [(x, yb + amp * math.sin((x - x0) / per * 2 * math.pi + k * 0.7)) for x in np.arange(x0 + 24, x1 - 24, 3.0)]
        s.page.draw_polyline(pts, color=(0.93, 0.87, 0.8), width=0.5)
    s.page.draw_rect(pymupdf.Rect(x0 + 14, y0 + 14, x1 - 14, y1 - 14), color=_FRAME, width=1.4)
    s.page.draw_rect(pymupdf.Rect(x0 + 18.5, y0 + 18.5, x1 - 18.5, y1 - 18.5), color=_FRAME, width=0.5)


def _flow(s: Sheet, x0: float, x1: float, y: float, tokens: list[tuple[str, bool]], size: float, lead: float,
          hand: bool, rng: random.Random, face: str) -> float:
    """Pre-printed words and filled-in values (on underlines, typed or by hand), wrapped in the
    page's measure; returns the y of the last baseline."""
    x = x0
    for text, value in tokens:
        if text == "\n":
            x, y = x0, y + size * lead
            continue
        if value:
            need = s.width(text, size) + size * 0.6
            if x + need > x1 + 0.1 and need <= x1 - x0:    # a filled-in value is not broken if it fits a line
                x, y = x0, y + size * lead
            x += size * 0.3
        for ch in text:
            adv = s._adv(ch, size)
            if x + adv > x1 + 0.1 and ch not in "，。、；：）":
                x, y = x0, y + size * lead
            if value and hand:
                old = _with_face(s, "kai")
                sz = size * rng.uniform(1.0, 1.12)
                s.text(x + rng.uniform(-0.6, 0.6), y + rng.uniform(-1.3, 0.8), ch, sz, color=INK)
                s.paper.font = old
            else:
                s.text(x, y, ch, size)
            if value:
                s.line(x - size * 0.3, y + 4, x + adv + size * 0.3, y + 4, width=0.5, grey=0.25)
            x += adv
        if value:
            x += size * 0.3
    return y


_POSTS_BOOK = {"hosp": ("主管护师", "护师", "主治医师", "住院医师", "主管药师"),
               "school": ("一级教师", "二级教师", "高级教师"),
               "other": ("助理工程师", "工程师", "技术员", "助理工程师", "工程师")}
_DEPT_BOOK = {"hosp": ("护理部", "内科", "外科", "急诊科", "药剂科"), "school": ("初中部", "小学部", "教务处"),
              "other": ("工程技术部", "项目管理部", "质量安全部", "技术研发中心", "规划建设科")}


def _grade(post: str, rng: random.Random) -> str:
    if post in ("工程师", "主管护师", "主治医师", "一级教师", "主管药师"):
        return "专业技术" + rng.choice(("十级", "九级", "八级"))
    if post == "高级教师":
        return "专业技术" + rng.choice(("七级", "六级"))
    if post == "技术员":
        return "专业技术十三级"
    return "专业技术" + rng.choice(("十一级", "十二级"))


@family("emp_post_appointment_booklet", "employment_proof", "scan",
        "the red booklet 专业技术职务聘任证书 / 岗位聘用证书 OPEN on its two inner pages (cream pages, printed frame, guilloche, "
        "red cover round them, spine shadow), flatbed grey scan or colour desk photo: left page photo with steel seal, 姓名/"
        "性别/出生年月/工作单位/学历 or 专业/参加工作时间 or 来本单位时间/身份证号 on some/证书编号 (values typed or handwritten); right "
        "page the prose '经研究决定，聘任X同志为工程师专业技术职务。聘期自…至…' (or the 岗位聘用 form with 岗位等级), 聘任单位, seal, "
        "date; start_date only when 来本单位时间 is printed")
def emp_post_appointment_booklet(p: dict, rng: random.Random, face: str) -> Drawn:
    unit = p["unit"]
    kind = "hosp" if "医院" in unit else ("school" if "学校" in unit else "other")
    inst = not any(w in unit for w in ("公司", "集团"))
    pool = _POSTS_BOOK[kind]
    post = p["position"] if p["position"] in pool else rng.choice(pool)
    ws = date.fromisoformat(p["work_start"])
    iy = rng.randint(ws.year + 1, max(ws.year + 1, 2024))
    issued = date(iy, rng.choice((1, 3, 7, 9, 10, 12)), rng.randint(1, 28))
    if issued <= ws + timedelta(days=200):
        issued = ws + timedelta(days=rng.randint(220, 500))
    t0 = date(issued.year, issued.month, 1)
    years = rng.choice((3, 3, 5, 2))
    t1 = date(t0.year + years, t0.month, 1) - timedelta(days=1)
    grad_y = int(p["graduation_date"][:4])
    first_job = ws if rng.random() < 0.5 else min(ws, date(max(grad_y, ws.year - rng.randint(1, 4)), rng.choice((7, 8)), 1))
    photo = rng.random() < 0.5
    hand = rng.random() < 0.55
    pw, ph, m = 330.0, 464.0, 9.0
    SW, SH = 2 * pw + 2 * m, ph + 2 * m
    size_page = (SW, SH) if photo else (842.0, 595.0)
    paper = _BookletPaper(face, size_page, pages=1)
    paper.photo = photo
    s = paper[0]
    ox = (size_page[0] - SW) / 2
    oy = (size_page[1] - SH) / 2
    # the cover round the pages, the pages, the spine
    s.page.draw_rect(pymupdf.Rect(ox, oy, ox + SW, oy + SH), color=None, fill=_COVER, radius=0.025)
    L = (ox + m, oy + m, ox + m + pw, oy + m + ph)
    R = (ox + m + pw, oy + m, ox + m + 2 * pw, oy + m + ph)
    _page_ground(s, *L, rng)
    _page_ground(s, *R, rng)
    spine = ox + m + pw
    for i in range(14):
        op = 0.22 * (1 - i / 14) ** 1.6
        s.page.draw_rect(pymupdf.Rect(spine - (i + 1) * 1.4, L[1], spine + (i + 1) * 1.4, L[3]), color=None,
                         fill=(0.25, 0.2, 0.15), fill_opacity=op / 3)
    s.line(spine, L[1], spine, L[3], width=0.8, grey=0.45)
    vsize = 12.0
    # left page: the photo with the steel seal, then the holder's particulars
    px0, py0 = (L[0] + L[2]) / 2 - 40, L[1] + 48
    s.photo(px0, py0, 80, 108)
    s.page.draw_circle((px0 + 78, py0 + 96), 30, color=(0.62, 0.6, 0.56), width=1.3, stroke_opacity=0.55)
    s.page.draw_circle((px0 + 78, py0 + 96), 21, color=(0.62, 0.6, 0.56), width=0.6, stroke_opacity=0.45)
    style = rng.choice(("cn", "dot", "cn0"))
    level_word = {"本科": "大学本科", "大专": "大学专科", "硕士研究生": "硕士研究生"}[p["level"]]
    start_field = rng.choice(("来本单位时间", "进入本单位时间", "参加工作时间", "both"))
    fields = [("姓　　名", p["name"]), ("性　　别", p["gender"]),
              ("出生年月", fdate(p["birth_date"], style, month=True)[0]), ("工作单位", unit)]
    fields.append(rng.choice((("学　　历", level_word), ("所学专业", p["major"]))))
    if start_field in ("参加工作时间", "both"):
        fields.append(("参加工作时间", fdate(first_job.isoformat(), style, month=True)[0]))
    if start_field != "参加工作时间":
        fields.append(("来本单位时间" if start_field == "both" else start_field, fdate(ws.isoformat(), style, month=True)[0]))
    with_id = rng.random() < 0.35
    if with_id:
        fields.append(("身份证号", p["id_number"]))
    cert_no = rng.choice((f"{issued.year}{rng.randint(1, 999):04d}", f"聘字〔{issued.year}〕{rng.randint(1, 300)}号",
                          f"No.{rng.randint(10 ** 5, 10 ** 6 - 1)}"))
    fields.append(("证书编号", cert_no))
    fy = py0 + 108 + 42
    lx = L[0] + 40
    lab_w = 86.0
    step = min(30.0, (L[3] - 40 - fy) / len(fields))
    for lab, val in fields:
        s.text(lx, fy, lab, 11)
        vx0, vx1 = lx + lab_w, L[2] - 36
        lines = s.wrap(val, vx1 - vx0 - 6, vsize) if not hand else s.wrap(val, vx1 - vx0 - 14, vsize * 1.06)
        yv = fy
        for ln in lines:
            s.line(vx0, yv + 4, vx1, yv + 4, width=0.5, grey=0.25)
            _flow(s, vx0 + 2, vx1 + 60, yv, [(ln, True)], vsize, 1.6, hand, rng, face)
            yv += vsize * 1.55
        fy = max(fy + step, yv - vsize * 1.55 + step)
    # right page: the appointment
    rx0, rx1 = R[0] + 44, R[2] - 40
    y = R[1] + 74
    kind_doc = "post" if inst and rng.random() < 0.5 else rng.choice(("title", "title", "short"))
    if rng.random() < 0.6:
        old = _with_face(s, rng.choice(("song", "hei")))
        s.text((R[0] + R[2]) / 2, y, "岗 位 聘 用 书" if kind_doc == "post" else "聘　任　书", 17, align="center")
        s.paper.font = old
        y += 52
    else:
        y += 20
    pstyle = rng.choice(("cn", "cn_month"))

    def pd(d: date) -> str:
        return fdate(d.isoformat(), "cn", month=pstyle == "cn_month")[0]

    size = 13.0
    if kind_doc == "title":
        toks = [("　　经", False), ("单位专业技术职务聘任委员会评议，研究决定，聘任" if rng.random() < 0.5 else "研究决定，聘任", False),
                (p["name"], True), ("同志为", False), (post, True), ("专业技术职务。", False), ("\n", False),
                ("　　聘期自", False), (pd(t0), True), ("至", False), (pd(t1), True), ("。", False)]
    elif kind_doc == "short":
        toks = [("　　兹聘任", False), (p["name"], True), ("同志担任", False), (post, True), ("职务，聘期", False),
                (hz_num(years), True), ("年，自", False), (pd(t0), True), ("起计算。", False)]
    else:
        dept = rng.choice(_DEPT_BOOK[kind])
        toks = [(p["name"], True), ("同志：", False), ("\n", False),
                ("　　根据事业单位岗位设置管理有关规定，经单位岗位聘用工作领导小组研究，聘用你在", False), (dept, True),
                (post, True), ("岗位工作，岗位等级为", False), (_grade(post, rng), True), ("，聘期自", False), (pd(t0), True),
                ("起至", False), (pd(t1), True), ("止。", False)]
    y = _flow(s, rx0, rx1, y, toks, size, 2.15, hand, rng, face)
    y = max(y + 70, R[3] - 150)
    s.text(rx1 - 8, y, "聘任单位（盖章）" if kind_doc != "post" else "聘用单位（盖章）", 12, align="right")
    uy = y + 26
    ulines = s.wrap(unit, rx1 - rx0 - 30, 12)
    for ln in ulines:
        s.text(rx1 - 8, uy, ln, 12, align="right")
        uy += 19
    dstyle = rng.choice(("hz", "cn"))
    if hand and dstyle == "cn":
        _flow(s, rx1 - 8 - s.width(fdate(issued.isoformat(), "cn")[0], 12) - 8, rx1 + 20, uy + 6,
              [(fdate(issued.isoformat(), "cn")[0], True)], 12, 1.6, True, rng, face)
    else:
        s.text(rx1 - 8, uy + 6, fdate(issued.isoformat(), dstyle)[0], 12, align="right")
    s.seal(rx1 - 8 - min(s.width(unit, 12), rx1 - rx0 - 30) / 2 + rng.uniform(-10, 10), y + 26 + rng.uniform(-6, 8),
           44, unit)
    truth = {"name": p["name"], "unit": unit, "position": post}
    if start_field != "参加工作时间":
        truth["start_date"] = f"{ws.year:04d}-{ws.month:02d}"
    if with_id:
        truth["id_number"] = p["id_number"]
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((170, 190, 200)) if photo else rng.choice((150, 165)),
                 level=rng.choice((1, 1, 2)))
