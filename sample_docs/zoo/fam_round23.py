"""Twenty-third round of held-out families, part a (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers. Three social-insurance families and one employer's
document, as applicants for a 职称 in 兰州新区 upload them; the truth is always what is printed
and legible (for a photograph, what is in the picture and not hidden).

* si_clipboard_pen_photo — a one-page counter print 参保人员缴费明细（养老保险）(序号 | 缴费年月 |
  缴费单位 | 缴费基数 | 个人缴费 | 单位缴费 | 缴费状态 in varying orders; 欠缴 months 0.00; 中断
  months absent) CLIPPED TO A CLIPBOARD (hardboard or plastic board round the sheet, the metal
  clip over the top edge of the sheet) and photographed with a phone held at a STRONG ANGLE
  (keystone 8-16 %, a turn of a few degrees, desk round the board, warm light falling off), with
  the applicant's BALLPOINT PEN LYING ACROSS THE TABLE at a slant (body, clip, cone and tip, its
  shadow on the paper) hiding part of three to six rows. Truth: name, ID, the rows whose month,
  unit, base and status are all in view (a row the pen covers any of them is not in it).
* si_word_screenshots_pdf — the 掌上12333 / 甘肃人社 / 国家社会保险公共服务平台 app's 养老保险
  「缴费明细」 list taken as SEVERAL SCROLLING SCREENSHOTS, pasted into a Word document two or
  three to a row with captions ('图1', '截图2（续）') under a typed heading ('附件：社会保险缴费
  记录截图', '姓名：X  身份证号：…') and saved as PDF from Word: the text layer holds ONLY what was
  typed in Word; every month row is inside the pictures (JPEG, about 150-190 dpi). The app list is
  newest first with a sticky year header, each item '2023年05月' big, the unit below in grey, '缴费
  基数 4800.00' and '个人缴纳 384.00' right, a status chip (已到账 / 未到账 / 补缴); consecutive
  screenshots OVERLAP by one or two items (scrolling), the top item of a later screenshot half
  under the title bar, the bottom item cut by the screen's edge; the ID masked in the app's
  参保人 card. Truth: name, ID when typed whole in Word, one row per month.
* si_pair_rows_gap_merged — a 社保经办机构 / 税务 合并 print '企业职工基本养老保险缴费明细（按缴费
  主体）' where EVERY MONTH TAKES TWO ROWS, 单位缴纳 and 个人缴纳 (缴费主体 | 费率 16%/8% | 应缴金额 |
  实缴金额 | 到账日期), with 费款所属期, 缴费单位 and 缴费基数 in cells MERGED DOWN both rows (their
  text centred on the rule between them); a full-width merged row per year ('2021年度') and a
  full-width merged row for each 中断 stretch ('2020年03月至2020年05月 中断缴费（暂停参保）'),
  欠缴 months 实缴 0.00 on both rows, pairs never split at a page break, header repeated, text
  PDF from the 经办 report server. Truth: name, ID, one row per paid or owed month (the 中断
  stretch none).
* emp_appointment_redhead_list — a unit's 红头文件 on 岗位聘任 ('X文件', 文号 'X人发〔2022〕15号',
  red rule with a star, '关于聘任张三等12名同志专业技术岗位的通知' / '…岗位聘用的决定', the
  岗位设置 prose with the 聘期, '附件：…聘任人员名单', issuer, date, red seal) and its 附件 — a ruled
  list of 8-16 persons (序号 | 部门 | 姓名 | 性别 | 出生年月 or 公民身份号码 | 参加工作时间 | 进入本单位
  时间 | 聘任岗位 | 岗位等级) on a second, landscape page, with the 版记 (抄送, 印发 line) below;
  the holder is one row among colleagues (the title names the FIRST person, another), scanned as
  a two-page image PDF. Truth: name, ID when the list prints it, unit (the issuer), position (the
  holder's 聘任岗位), start_date (the holder's 进入本单位时间; 参加工作时间, 聘期, 文号 year, 印发
  date and birth months are distractors).
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import cv2
import numpy as np
import pymupdf
from PIL import Image

from sample_docs.render.degrade import degrade, render_pages_to_pdf, to_jpeg

from . import fonts
from .draw import A4, A4L, RED, Paper, Sheet
from .facts import NAMES_F, NAMES_M, POSITIONS, REGIONS, id_check
from .fam_round7 import _truth_rows, _yuan
from .fam_round13 import _clerk
from .fam_round20 import _AGENCY20, _history20, _printed, _row_height, _table_row
from .fam_round20b import _jpeg, _rgb, _smooth
from .fam_round21b import _with_face
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
FOOT = (0.25, 0.25, 0.25)


def _person_no(rng: random.Random) -> str:
    return f"62{rng.randint(10 ** 9, 10 ** 10 - 1)}"


# --------------------------------------------------------------------------
# a counter print on a clipboard, photographed at an angle with a pen across rows (scan)
# --------------------------------------------------------------------------

def _angled_photo(src: np.ndarray, rng: random.Random) -> np.ndarray:
    """A phone photo of a board lying on a desk taken at a strong angle (RGB float array): a
    keystone (the far edge 8-16 % narrower on each side, or one side edge shorter), a turn, the
    desk round it, the board's shadow, warm light falling off, blur and sensor noise."""
    h, w = src.shape[:2]
    gen = np.random.default_rng(rng.getrandbits(32))
    mx, my = int(w * rng.uniform(0.06, 0.1)), int(h * rng.uniform(0.05, 0.08))
    W, H = w + 2 * mx, h + 2 * my
    desk = np.array(rng.choice(((96, 74, 56), (126, 100, 74), (72, 74, 80), (168, 160, 150), (60, 58, 56))),
                    np.float32)
    canvas = desk[None, None, :] * (0.9 + 0.1 * _smooth(gen, H, W, 24)[..., None])
    k = rng.uniform(0.08, 0.16)
    if rng.random() < 0.7:   # from the near edge: the top narrower
        quad = [(k * w, 0.04 * h), ((1 - k) * w, 0.04 * h), (w, h), (0, h)]
    else:                    # from one side: that side taller
        if rng.random() < 0.5:
            quad = [(0.03 * w, k * h), (w, 0), (w, h), (0.03 * w, (1 - k) * h)]
        else:
            quad = [(0, 0), (0.97 * w, k * h), (0.97 * w, (1 - k) * h), (0, h)]
    ang = math.radians(rng.uniform(-6.0, 6.0))
    pts = []
    for px, py in quad:
        dx, dy = px - w / 2, py - h / 2
        pts.append((W / 2 + dx * math.cos(ang) - dy * math.sin(ang) + rng.uniform(-0.01, 0.01) * w,
                    H / 2 + dx * math.sin(ang) + dy * math.cos(ang) + rng.uniform(-0.01, 0.01) * h))
    xs_, ys_ = [p[0] for p in pts], [p[1] for p in pts]
    sc = min(1.0, (W - 8) / (max(xs_) - min(xs_)), (H - 8) / (max(ys_) - min(ys_)))
    cx0, cy0 = (max(xs_) + min(xs_)) / 2, (max(ys_) + min(ys_)) / 2
    pts = [(W / 2 + (px - cx0) * sc, H / 2 + (py - cy0) * sc) for px, py in pts]
    M = cv2.getPerspectiveTransform(np.float32([(0, 0), (w, 0), (w, h), (0, h)]), np.float32(pts))
    board = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    cover = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(np.roll(np.roll(cover, 9, axis=0), 7, axis=1), (0, 0), 11)
    canvas = canvas * (1 - 0.5 * shadow[..., None])
    canvas = canvas * (1 - cover[..., None]) + board * cover[..., None]
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.1, 0.9) * W, rng.uniform(-0.2, 0.5) * H
    dist = np.hypot((xs - lx) / W, (ys - ly) / H)
    light = 1.07 - rng.uniform(0.2, 0.34) * dist + 0.03 * _smooth(gen, H, W, 6)
    tint = np.array(rng.choice(((1.03, 1.0, 0.9), (1.0, 1.0, 0.97), (1.02, 0.99, 0.93))), np.float32)
    canvas = canvas * light[..., None] * tint[None, None, :]
    canvas = cv2.GaussianBlur(canvas, (0, 0), rng.uniform(0.5, 0.85))
    canvas += gen.normal(0, 2.8, canvas.shape).astype(np.float32)
    return canvas


class _BoardPaper(Paper):
    """The board page (sheet, clip, pen drawn on it) photographed at an angle in colour."""

    def scan(self, rng: random.Random, *, dpi: int = 150, level=None, date: str = "2024-01-01"):
        self._flush()
        arr = _angled_photo(_rgb(self.doc[0], dpi), rng)
        return _jpeg(arr, rng.randint(78, 88)), ".jpg"


_COLSC = {"序号": (26.0, "center"), "缴费年月": (58.0, "center"), "缴费单位": (0.0, "left"),
          "缴费基数": (58.0, "right"), "个人缴费": (52.0, "right"), "单位缴费": (54.0, "right"),
          "缴费状态": (44.0, "center")}
_TITLESC = ("参保人员缴费明细（养老保险）", "企业职工基本养老保险缴费明细", "参保人员养老保险缴费记录")
BOARDS = ((0.58, 0.4, 0.22), (0.5, 0.34, 0.2), (0.18, 0.19, 0.21), (0.55, 0.7, 0.85), (0.62, 0.62, 0.6))
PENS = ((0.1, 0.25, 0.7), (0.08, 0.08, 0.1), (0.92, 0.92, 0.94), (0.75, 0.1, 0.12), (0.2, 0.5, 0.35))


def _cells_boxes(s: Sheet, x: float, y: float, widths: list[float], cells: list[str], aligns: list[str],
                 size: float, row_h: float) -> tuple[float, list[list[tuple[float, float, float, float]]]]:
    """Where _table_row puts each cell's text: (row bottom, per cell the boxes of its lines)."""
    lines = [s.wrap(c, w - 6, size) or [""] for c, w in zip(cells, widths)]
    h = max(row_h, max(len(ln) for ln in lines) * size * 1.3 + 6)
    out, cx = [], x
    for ln, w, a in zip(lines, widths, aligns):
        ty = y + (h - len(ln) * size * 1.3) / 2 + size * 1.0
        boxes = []
        for t in ln:
            tw = s.width(t, size)
            tx = cx + 3 if a == "left" else (cx + w / 2 - tw / 2 if a == "center" else cx + w - 3 - tw)
            boxes.append((tx, ty - size * 0.92, tx + tw, ty + size * 0.18))
            ty += size * 1.3
        out.append(boxes)
        cx += w
    return y + h, out


def _pen(s: Sheet, a: tuple[float, float], b: tuple[float, float], hw: float, body, rng: random.Random) -> None:
    """A ballpoint pen lying on the page from its cap end a to its tip b: shadow, body with a
    highlight, the clip near the cap, the grip and cone, the metal tip."""
    ux, uy = b[0] - a[0], b[1] - a[1]
    L = math.hypot(ux, uy)
    ux, uy = ux / L, uy / L
    nx, ny = -uy, ux

    def P(t: float, o: float) -> tuple[float, float]:
        return (a[0] + ux * t + nx * o, a[1] + uy * t + ny * o)

    pg = s.page
    cone = L - 26
    # the shadow (offset, soft: a few widening translucent layers)
    for k, op in ((1.0, 0.16), (1.5, 0.1), (2.1, 0.06)):
        poly = [P(0, -hw * k), P(cone, -hw * k), P(L, -1.2), P(L, 1.2), P(cone, hw * k), P(0, hw * k)]
        pg.draw_polyline([(x + 5, y + 6) for x, y in poly], color=None, fill=(0, 0, 0), fill_opacity=op,
                         closePath=True, overlay=True)
    dark = tuple(max(0.0, c * 0.62) for c in body)
    light = tuple(min(1.0, c * 0.6 + 0.45) for c in body)
    pg.draw_polyline([P(0, -hw), P(cone, -hw), P(cone, hw), P(0, hw)], color=dark, width=0.6, fill=body,
                     closePath=True, overlay=True)
    pg.draw_polyline([P(2, -hw * 0.55), P(cone - 2, -hw * 0.55), P(cone - 2, -hw * 0.15), P(2, -hw * 0.15)],
                     color=None, fill=light, fill_opacity=0.7, closePath=True, overlay=True)
    # rounded cap end
    pg.draw_circle(P(0, 0), hw * 0.98, color=None, fill=body, overlay=True)
    # the grip (rubber, darker) and the cone
    g0 = cone - rng.uniform(34, 48)
    pg.draw_polyline([P(g0, -hw * 1.02), P(cone, -hw * 1.02), P(cone, hw * 1.02), P(g0, hw * 1.02)], color=None,
                     fill=(0.12, 0.12, 0.13), closePath=True, overlay=True)
    for t in np.arange(g0 + 3, cone - 2, 3.2):
        pg.draw_line(P(float(t), -hw), P(float(t), hw), color=(0.25, 0.25, 0.27), width=0.5, overlay=True)
    pg.draw_polyline([P(cone, -hw * 0.9), P(L - 5, -1.6), P(L - 5, 1.6), P(cone, hw * 0.9)], color=None,
                     fill=(0.8, 0.8, 0.82) if body[0] < 0.8 else (0.55, 0.55, 0.58), closePath=True, overlay=True)
    pg.draw_polyline([P(L - 5, -1.4), P(L, -0.4), P(L, 0.4), P(L - 5, 1.4)], color=None, fill=(0.45, 0.45, 0.45),
                     closePath=True, overlay=True)
    # the clip along the body near the cap (metal)
    c0, c1 = 8.0, rng.uniform(46, 60)
    side = rng.choice((-1, 1))
    pg.draw_polyline([P(c0, side * hw * 0.2), P(c1, side * hw * 0.35), P(c1, side * hw * 0.85),
                      P(c0, side * hw * 0.9)], color=(0.4, 0.4, 0.42), width=0.5, fill=(0.78, 0.78, 0.8),
                     closePath=True, overlay=True)


def _covered(boxes, a, b, hw: float) -> bool:
    """Does the pen (axis a→b, half width hw, its cone included) touch any of these boxes?"""
    L = math.hypot(b[0] - a[0], b[1] - a[1])
    r = hw + 1.5
    for t in np.arange(-hw, L + 0.5, 1.0):
        px = a[0] + (b[0] - a[0]) * t / L
        py = a[1] + (b[1] - a[1]) * t / L
        for x0, y0, x1, y1 in boxes:
            dx = max(x0 - px, 0.0, px - x1)
            dy = max(y0 - py, 0.0, py - y1)
            if dx * dx + dy * dy < r * r:
                return True
    return False


@family("si_clipboard_pen_photo", "social_insurance", "scan",
        "one-page counter print 参保人员缴费明细（养老保险）(序号|缴费年月|缴费单位|缴费基数|个人缴费|单位缴费|缴费状态 in varying orders, "
        "欠缴 0.00, 中断 absent) CLIPPED TO A CLIPBOARD (board round the sheet, metal clip over its top edge) and photographed "
        "at a STRONG ANGLE (keystone 8-16 %, turn, desk, warm falling light) with a BALLPOINT PEN LYING ACROSS THE TABLE at a "
        "slant (body, clip, grip, cone, shadow) hiding parts of 3-6 rows; truth only the rows fully in view")
def si_clipboard_pen_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _history20(rng, p, rng.randint(20, 34), units=rng.choice((1, 2, 2)))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _printed(rows, rng)
    agency = rng.choice(_AGENCY20)
    SW, SH = A4
    bm, top = rng.uniform(18, 26), rng.uniform(58, 70)
    BW, BH = SW + 2 * bm, SH + top + bm
    paper = _BoardPaper(face, (BW, BH))
    s = paper[0]
    pg = s.page
    board = rng.choice(BOARDS)
    pg.draw_rect(pymupdf.Rect(0, 0, BW, BH), color=None, fill=board, radius=0.04)
    # the sheet (a little off square on the board), its faint shadow
    ox, oy = bm + rng.uniform(-4, 4), top
    pg.draw_rect(pymupdf.Rect(ox + 2, oy + 3, ox + SW + 2, oy + SH + 1), color=None, fill=(0, 0, 0), fill_opacity=0.18)
    pg.draw_rect(pymupdf.Rect(ox, oy, ox + SW, oy + SH), color=None, fill=(0.985, 0.985, 0.975))
    x0, x1 = ox + rng.choice((40.0, 46.0)), ox + SW - rng.choice((40.0, 46.0))
    size = 8.8
    cols = ["序号", "缴费年月", "缴费单位", "缴费基数", "个人缴费", "单位缴费", "缴费状态"]
    if rng.random() < 0.4:
        cols = ["序号", "缴费年月", "缴费基数", "个人缴费", "单位缴费", "缴费状态", "缴费单位"]
    if rng.random() < 0.3:
        cols.remove("单位缴费")
    fixed = sum(_COLSC[c][0] for c in cols)
    widths = [_COLSC[c][0] or (x1 - x0 - fixed) for c in cols]
    aligns = [_COLSC[c][1] for c in cols]
    mstyle = rng.choice(("compact", "iso", "cn0", "dot"))
    s.text(x0, oy + 30, agency, 9, color=GREY)
    s.text(x1, oy + 30, f"打印时间：{printed:%Y-%m-%d}", 9, align="right", color=GREY)
    s.text(ox + SW / 2, oy + 72, rng.choice(_TITLESC), 15, align="center", track=1.5)
    y = oy + 98
    s.text(x0, y, f"姓名：{p['name']}", 9.5)
    s.text(x0 + 118, y, f"公民身份号码：{p['id_number']}", 9.5)
    s.text(x1, y, f"个人编号：{_person_no(rng)}", 9.5, align="right")
    y += 16
    s.text(x0, y, f"参保单位：{p['unit']}", 9.5)
    s.text(x1, y, f"参保状态：{rng.choice(('正常参保', '参保缴费'))}", 9.5, align="right")
    y += 8
    row_h = 15.5 if len(listed) > 28 else 16.5
    y = _table_row(s, x0, y, widths, cols, ["center"] * len(cols), size, row_h + 2)

    def cells(i: int, r: dict) -> list[str]:
        b, ok = r["base"], r["paid"]
        v = {"序号": str(i), "缴费年月": fdate(r["month"], mstyle, month=True)[0], "缴费单位": r["unit"],
             "缴费基数": _yuan(b), "个人缴费": _yuan(b * 0.08 if ok else 0.0), "单位缴费": _yuan(b * 0.16 if ok else 0.0),
             "缴费状态": {"正常": "正常", "补缴": "补缴", "欠缴": "欠缴"}[r["status"]]}
        return [v[c] for c in cols]

    room = oy + SH - 150 - y
    while sum(_row_height(s, widths, cells(1, r), size, row_h) for r in listed) > room:
        listed.pop(0)
    key = [cols.index(c) for c in ("缴费年月", "缴费单位", "缴费基数", "缴费状态")]
    placed = []
    for i, r in enumerate(listed, 1):
        c = cells(i, r)
        y2, boxes = _cells_boxes(s, x0, y, widths, c, aligns, size, row_h)
        placed.append((r, y, y2, [bx for k in key for bx in boxes[k]]))
        y = _table_row(s, x0, y, widths, c, aligns, size, row_h)
    paid = [r for r in listed if r["paid"]]
    y += 16
    s.text(x0, y, f"合计：实缴 {len(paid)} 个月，个人缴费 {_yuan(sum(r['base'] * 0.08 for r in paid))} 元。", 9.5)
    y += 16
    s.para(x0, y, "说明：“欠缴”为应缴未缴月份；中断缴费期间不列示。本明细经社会保险经办机构打印盖章有效。", x1 - x0, 8.5,
           leading=1.6)
    y += 44
    s.text(x0, y, f"经办人：{_clerk(rng, p['name'])}", 9.5)
    s.text(x1 - 20, y, f"经办机构：{agency}", 9.5, align="right")
    s.seal(x1 - 80 + rng.uniform(-10, 10), y - 4, 38, agency + "业务专用章")
    s.flush()   # the print first: the clip and the pen lie over it
    # the clip over the sheet's top edge
    cw = rng.uniform(170, 220)
    cx = BW / 2 + rng.uniform(-12, 12)
    cy0, cy1 = oy - rng.uniform(30, 40), oy + rng.uniform(26, 34)
    pg.draw_rect(pymupdf.Rect(cx - cw / 2 + 3, cy0 + 4, cx + cw / 2 + 3, cy1 + 5), color=None, fill=(0, 0, 0),
                 fill_opacity=0.22, radius=0.12)
    pg.draw_rect(pymupdf.Rect(cx - cw / 2, cy0, cx + cw / 2, cy1), color=(0.45, 0.45, 0.47), width=0.8,
                 fill=(0.74, 0.75, 0.77), radius=0.12)
    for k in range(5):
        pg.draw_line((cx - cw / 2 + 6, cy0 + 6 + k * (cy1 - cy0 - 12) / 4), (cx + cw / 2 - 6, cy0 + 6 + k * (cy1 - cy0 - 12) / 4),
                     color=(0.85, 0.86, 0.88), width=0.6)
    pg.draw_rect(pymupdf.Rect(cx - cw * 0.3, cy0 - 10, cx + cw * 0.3, cy0 + 10), color=(0.3, 0.3, 0.32), width=1.0,
                 fill=(0.55, 0.56, 0.58), radius=0.5)
    # the pen across a few rows of the table
    hw = rng.uniform(4.8, 6.2)
    k_mid = rng.randint(3, max(3, len(placed) - 4))
    ym = (placed[k_mid][1] + placed[k_mid][2]) / 2
    ang = math.radians(rng.choice((-1, 1)) * rng.uniform(3.0, 11.0))
    L = rng.uniform(330, 400)
    xc = rng.uniform(x0 + 120, x1 - 120)
    f = rng.uniform(0.35, 0.65)
    ends = [(xc - math.cos(ang) * L * f, ym - math.sin(ang) * L * f),
            (xc + math.cos(ang) * L * (1 - f), ym + math.sin(ang) * L * (1 - f))]
    if rng.random() < 0.5:
        ends.reverse()
    _pen(s, ends[0], ends[1], hw, rng.choice(PENS), rng)
    visible = [r for r, _, _, boxes in placed if not _covered(boxes, ends[0], ends[1], hw)]
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(visible)}
    return Drawn(paper, truth, printed.isoformat(), dpi=rng.choice((165, 180, 190)))


# --------------------------------------------------------------------------
# app screenshots pasted into Word and saved as PDF: rows only in the pictures (text)
# --------------------------------------------------------------------------

PW, PH = 360.0, 780.0      # a phone screen in points (1080 × 2340 px at 216 dpi)
_APPS = (("甘肃人社", (0.09, 0.42, 0.86), True), ("掌上12333", (0.86, 0.16, 0.14), True),
         ("国家社会保险公共服务平台", (0.1, 0.36, 0.72), False), ("甘肃人社", (1.0, 1.0, 1.0), False))


class _WordPaper(Paper):
    """A Word document whose screenshots are pictures: drawn as phone pages (``self.phone``) whose
    text the test may read, pasted as JPEGs into the Word pages when the PDF is made."""

    def __init__(self, face: str, phone_face: str):
        super().__init__(face, A4, pages=0)
        self.phone = Paper(phone_face, (PW, PH), pages=0)
        self.shots: list[tuple[int, pymupdf.Rect, int]] = []   # (Word page, where, phone page)
        self.shot_dpi = 170
        self.quality = 85

    def text_layer(self) -> list[str]:
        return super().text_layer() + self.phone.text_layer()

    def pdf(self, producer: str, date: str, creator: str = "") -> bytes:
        self._flush()
        self.phone._flush()
        for page_no, rect, k in self.shots:
            pix = self.phone.doc[k].get_pixmap(dpi=self.shot_dpi, colorspace=pymupdf.csRGB, alpha=False)
            im = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
            self.doc[page_no].insert_image(rect, stream=to_jpeg(im, self.quality))
        self.shots = []
        return super().pdf(producer, date, creator or "Microsoft® Word 2016")

    def close(self) -> None:
        self.phone.close()
        super().close()


def _mask_id(idn: str) -> str:
    return idn[:4] + "*" * 10 + idn[-4:] if len(idn) == 18 else idn


@family("si_word_screenshots_pdf", "social_insurance", "text",
        "the 掌上12333 / 甘肃人社 / 国家社会保险公共服务平台 app's 养老保险「缴费明细」list taken as SEVERAL SCROLLING SCREENSHOTS pasted "
        "into a WORD document two or three to a row with captions ('图1', '截图2（续）') under a typed heading ('附件：社会保险缴费记录截图', "
        "'姓名：X 身份证号：…') and saved as PDF: the text layer holds only the typed Word text, every month row is in the JPEG "
        "pictures; app list newest first with sticky year headers, item '2023年05月' / unit in grey / '缴费基数 4800.00' '个人缴纳 "
        "384.00' / status chip (已到账, 未到账, 补缴); screenshots overlap by an item or two, the top item half under the title bar, "
        "the bottom one cut by the screen edge; ID masked in the app")
def si_word_screenshots_pdf(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _history20(rng, p, rng.randint(16, 40), units=rng.choice((1, 2, 2)))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _printed(rows, rng)
    app, col, solid, = rng.choice(_APPS)
    on_bar = (1.0, 1.0, 1.0) if solid else (0.1, 0.1, 0.1)
    accent = col if solid else (0.09, 0.42, 0.86)
    phone_face = "hei" if fonts.path_of("hei") is not None else face
    paper = _WordPaper(face, phone_face)
    paper.shot_dpi = rng.choice((150, 170, 190))
    paper.quality = rng.randint(78, 90)
    mstyle = rng.choice(("cn0", "iso", "compact"))
    ok_word, owe_word = rng.choice((("已到账", "未到账"), ("已实缴", "欠缴"), ("正常", "未足额到账")))
    # the list's content (content y from 0): card, tabs, then year headers and items, newest first
    blocks: list[tuple[str, float, object]] = [("card", 118.0, None), ("tabs", 42.0, None)]
    year = None
    item_h = rng.choice((64.0, 68.0, 72.0))
    for r in reversed(listed):
        if r["month"][:4] != year:
            year = r["month"][:4]
            blocks.append(("year", 30.0, year))
        blocks.append(("item", item_h, r))
    blocks.append(("end", 44.0, None))
    ys, yy = [], 0.0
    for kind, h, d in blocks:
        ys.append(yy)
        yy += h
    total = yy
    bar = 70.0                       # status bar + title bar
    view = PH - bar - 22.0           # the list's window (the home indicator strip below)
    hhmm = f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}"
    batt = rng.randint(18, 96)
    place = rng.choice(("兰州新区", "甘肃省省本级", "兰州市"))

    def draw_block(s: Sheet, kind: str, h: float, d, top: float) -> None:
        if kind == "card":
            s.page.draw_rect(pymupdf.Rect(12, top + 10, PW - 12, top + h - 8), color=None,
                             fill=(0.95, 0.97, 1.0) if solid else (0.97, 0.97, 0.97), radius=0.08)
            s.text(26, top + 38, f"参保人：{p['name']}", 13)
            s.text(26, top + 62, f"证件号码：{_mask_id(p['id_number'])}", 10.5, color=(0.4, 0.4, 0.4))
            s.text(26, top + 84, f"参保地：{place}", 10.5, color=(0.4, 0.4, 0.4))
            s.text(PW - 26, top + 38, "企业职工养老", 9.5, align="right", color=accent)
        elif kind == "tabs":
            x = 24.0
            for i, t in enumerate(("养老", "医疗", "失业", "工伤")):
                s.text(x, top + 26, t, 12, color=accent if i == 0 else (0.35, 0.35, 0.35))
                if i == 0:
                    s.page.draw_line((x, top + 34), (x + 24, top + 34), color=accent, width=2.2)
                x += 82
            s.line(0, top + h - 1, PW, top + h - 1, width=0.4, grey=0.85)
        elif kind == "year":
            s.page.draw_rect(pymupdf.Rect(0, top, PW, top + h), color=None, fill=(0.95, 0.95, 0.96))
            s.text(16, top + 20, f"{d}年", 11, color=(0.3, 0.3, 0.3))
        elif kind == "end":
            s.text(PW / 2, top + 26, "— 没有更多了 —", 9.5, align="center", color=(0.6, 0.6, 0.6))
        else:
            r = d
            ok = r["paid"]
            chip = "补缴" if r["status"] == "补缴" else (ok_word if ok else owe_word)
            s.text(16, top + 22, fdate(r["month"], mstyle, month=True)[0], 13.5)
            cw = s.width(chip, 9.5) + 12
            ccol = (0.2, 0.6, 0.3) if ok and chip != "补缴" else ((0.9, 0.55, 0.1) if ok else (0.85, 0.2, 0.2))
            s.page.draw_rect(pymupdf.Rect(PW - 16 - cw, top + 9, PW - 16, top + 26), color=ccol, width=0.7, radius=0.3)
            s.text(PW - 16 - cw / 2, top + 21.5, chip, 9.5, align="center", color=ccol)
            s.text(16, top + 40, r["unit"], 9.5, color=(0.45, 0.45, 0.45))
            s.text(16, top + h - 10, f"缴费基数 {_yuan(r['base'])}", 10.5, color=(0.2, 0.2, 0.2))
            s.text(PW - 16, top + h - 10, f"个人缴纳 {_yuan(r['base'] * 0.08)}", 10.5, align="right", color=(0.2, 0.2, 0.2))
            s.line(16, top + h - 0.5, PW - 16, top + h - 0.5, width=0.4, grey=0.88)

    # the screenshots: windows [Y, Y + view] overlapping by an item or two
    starts, Y = [], 0.0
    while True:
        starts.append(Y)
        if Y + view >= total - 0.5:
            break
        last_end = max(ys[i] + blocks[i][1] for i in range(len(blocks)) if ys[i] + blocks[i][1] <= Y + view + 0.01)
        nxt = last_end - rng.uniform(0.4, 1.7) * item_h
        nxt = max(nxt, Y + 120.0)
        if nxt + view > total:      # the list cannot scroll past its end
            nxt = max(total - view, Y + 1.0)
        Y = nxt
    for Y in starts:
        s = paper.phone.add_page()
        s.page.draw_rect(s.page.rect, color=None, fill=(1, 1, 1))
        for (kind, h, d), y0 in zip(blocks, ys):
            if y0 + h > Y and y0 < Y + view:
                draw_block(s, kind, h, d, bar + y0 - Y)
        s.flush()   # the bars lie over the list scrolled under them
        s.page.draw_rect(pymupdf.Rect(0, 0, PW, bar), color=None, fill=col)
        s.page.draw_rect(pymupdf.Rect(0, PH - 22, PW, PH), color=None, fill=(1, 1, 1))
        s.page.draw_rect(pymupdf.Rect(PW / 2 - 60, PH - 10, PW / 2 + 60, PH - 6), color=None, fill=(0.1, 0.1, 0.1),
                         radius=0.5)
        if not solid:
            s.line(0, bar - 0.5, PW, bar - 0.5, width=0.5, grey=0.85)
        s.text(22, 17, hhmm, 11, color=on_bar)
        s.text(PW - 64, 17, "5G", 9.5, color=on_bar)
        s.page.draw_rect(pymupdf.Rect(PW - 44, 8, PW - 20, 18), color=on_bar, width=0.8, radius=0.3)
        s.page.draw_rect(pymupdf.Rect(PW - 42.5, 9.5, PW - 42.5 + 21 * batt / 100, 16.5), color=None, fill=on_bar)
        s.text(16, 52, "‹", 20, color=on_bar)
        s.text(PW / 2, 52, rng.choice(("缴费明细", "个人缴费明细", "养老保险缴费信息")), 14, align="center", color=on_bar)
        s.text(PW - 18, 52, "···", 13, align="right", color=on_bar)
    # the Word pages
    W, H = A4
    x0, x1 = 90.0, W - 90.0
    per_row = rng.choice((2, 2, 3))
    gap = rng.choice((10.0, 14.0, 18.0))
    iw = (x1 - x0 - gap * (per_row - 1)) / per_row
    ih = iw * PH / PW
    s = paper.add_page()
    y = 84.0
    old = _with_face(s, "hei")
    s.text(x0, y, rng.choice(("附件：社会保险缴费记录截图", "附件3：养老保险缴费明细（手机截图）", "社保缴费证明（" + app + "APP截图）")),
           14 if rng.random() < 0.5 else 15)
    s.paper.font = old
    y += 26
    with_id = rng.random() < 0.65
    line = f"姓名：{p['name']}" + (f"    身份证号：{p['id_number']}" if with_id else "")
    s.text(x0, y, line, 12)
    y += 22
    shot_day = printed + timedelta(days=rng.randint(0, 20))
    s.text(x0, y, f"（以下截图来自“{app}”APP，截图时间：{fdate(shot_day.isoformat(), rng.choice(('cn', 'iso')))[0]}）",
           10.5, color=(0.2, 0.2, 0.2))
    y += 16
    cap_style = rng.choice(("图", "截图"))
    for k in range(len(starts)):
        col_i = k % per_row
        if col_i == 0 and k:
            y += ih + 30
        if col_i == 0 and y + ih + 24 > H - 72:
            s = paper.add_page()
            y = 72.0
        rx = x0 + col_i * (iw + gap)
        paper.shots.append((s.index, pymupdf.Rect(rx, y, rx + iw, y + ih), k))
        if rng.random() < 0.3:
            s.box(rx - 0.5, y - 0.5, rx + iw + 0.5, y + ih + 0.5, width=0.5, grey=0.6)
        cap = f"{cap_style}{k + 1}" + ("（续）" if k and rng.random() < 0.4 else "")
        s.text(rx + iw / 2, y + ih + 16, cap, 10.5, align="center")
    truth = {"name": p["name"], "contribution": _truth_rows(listed)}
    if with_id:
        truth["id_number"] = p["id_number"]
    return Drawn(paper, truth, shot_day.isoformat(),
                 producer=rng.choice(("Microsoft® Word 2016", "Microsoft® Word 适用于 Microsoft 365", "WPS 文字")))


# --------------------------------------------------------------------------
# every month two rows (单位缴纳 / 个人缴纳) under merged cells, 中断 stretches as merged rows (text)
# --------------------------------------------------------------------------

_TITLESP = ("企业职工基本养老保险缴费明细（按缴费主体）", "参保人员缴费明细（单位、个人分列）", "城镇企业职工基本养老保险个人缴费信息")
_GAPWHY = ("暂停参保", "个人原因", "单位减员", "停保")


def _arrive(month: str, rng: random.Random, late: bool, printed: date) -> str:
    y, m = int(month[:4]), int(month[5:7])
    t = y * 12 + m - 1 + (rng.randint(5, 12) if late else rng.choice((0, 0, 1)))
    d = min(date(t // 12, t % 12 + 1, rng.randint(8, 26)), printed - timedelta(days=2))
    return d.isoformat()


@family("si_pair_rows_gap_merged", "social_insurance", "text",
        "社保经办 / 税务 合并 print '企业职工基本养老保险缴费明细（按缴费主体）' where EVERY MONTH TAKES TWO ROWS, 单位缴纳 and 个人缴纳 "
        "(缴费主体|费率 16%/8%|应缴金额|实缴金额|到账日期), with 费款所属期, 缴费单位 and 缴费基数 in cells MERGED DOWN both rows (text centred "
        "on the rule between them); a full-width merged row per year ('2021年度') and one per 中断 stretch ('2020年03月至2020年05月 "
        "中断缴费（暂停参保）'), 欠缴 months 实缴 0.00 on both rows, pairs never split at a page break, header repeated, text PDF")
def si_pair_rows_gap_merged(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _history20(rng, p, rng.randint(18, 44), units=rng.choice((1, 2, 2)))
    if not any(r["status"] == "中断" for r in rows) and rng.random() < 0.7:
        k = rng.randint(2, 4)
        a = rng.randint(2, len(rows) - k - 2)
        for r in rows[a:a + k]:
            r.update(status="中断", paid=0)
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _printed(rows, rng)
    agency = rng.choice(_AGENCY20)
    W, H = A4
    x0, x1 = rng.choice((36.0, 40.0)), W - rng.choice((36.0, 40.0))
    size = rng.choice((8.0, 8.5))
    sh = rng.choice((14.0, 15.0, 16.0))
    with_date = rng.random() < 0.6
    heads = ["费款所属期", "缴费单位", "缴费基数", "缴费主体", "费率", "应缴金额", "实缴金额"] + (["到账日期"] if with_date else [])
    fw = {"费款所属期": 58.0, "缴费基数": 56.0, "缴费主体": 46.0, "费率": 32.0, "应缴金额": 52.0, "实缴金额": 52.0,
          "到账日期": 58.0}
    widths = [fw.get(h, 0.0) for h in heads]
    widths[1] = x1 - x0 - sum(widths)
    mstyle = rng.choice(("compact", "iso", "cn0", "dot"))
    gstyle = rng.choice(("cn0", "iso", "dot"))
    subj = rng.choice((("单位缴纳", "个人缴纳"), ("单位", "个人"), ("单位部分", "个人部分")))
    repeat = rng.random() < 0.75
    top, bottom = 60.0, H - 52.0
    paper = Paper(face, A4, pages=0)
    s = paper.add_page()
    s.text(x0, 34, agency, 8.5, color=GREY)
    s.text(x1, 34, f"打印日期：{printed:%Y-%m-%d}", 8.5, align="right", color=GREY)
    old = _with_face(s, rng.choice(("hei", "song")))
    s.text(W / 2, 70, rng.choice(_TITLESP), 15, align="center", track=1)
    s.paper.font = old
    y = 88.0
    gw = [60.0, 0.0, 36.0, 30.0, 70.0, 118.0]
    gw[1] = x1 - x0 - sum(gw)
    y = s.table(x0, y, gw, [["姓名", p["name"], "性别", p["gender"], "公民身份号码", p["id_number"]]], 9, min_h=18,
                pad=3, align=["center", "left"] * 3)
    gw2 = [60.0, 0.0, 70.0, 118.0]
    gw2[1] = x1 - x0 - sum(gw2)
    period = f"{fdate(rows[0]['month'], 'iso', month=True)[0]}至{fdate(rows[-1]['month'], 'iso', month=True)[0]}"
    y = s.table(x0, y, gw2, [["参保单位", p["unit"], "个人编号", _person_no(rng)],
                            ["险种", "企业职工基本养老保险", "查询期间", period]], 9, min_h=18, pad=3,
                align=["center", "left"] * 2)
    y += 10
    s.text(x1, y, "金额单位：元", 8, align="right", color=GREY)
    y += 4

    def header(sheet: Sheet, yy: float) -> float:
        return _table_row(sheet, x0, yy, widths, heads, ["center"] * len(heads), size, sh + 4)

    def band(sheet: Sheet, yy: float, text: str, shade: float) -> float:
        sheet.box(x0, yy, x1, yy + sh, width=0.5, fill=shade)
        sheet.text(x0 + 6, yy + sh / 2 + size * 0.38, text, size)
        return yy + sh

    y = header(s, y)
    year = None
    i = 0
    n = len(rows)
    while i < n:
        r = rows[i]
        if r["status"] == "中断":
            j = i
            while j + 1 < n and rows[j + 1]["status"] == "中断":
                j += 1
            if y + sh > bottom:
                s = paper.add_page()
                y = header(s, top) if repeat else top
            a, b = fdate(r["month"], gstyle, month=True)[0], fdate(rows[j]["month"], gstyle, month=True)[0]
            y = band(s, y, f"{a}至{b}    中断缴费（{rng.choice(_GAPWHY)}）    共{j - i + 1}个月", 0.93)
            i = j + 1
            continue
        need = 2 * sh + (sh if r["month"][:4] != year else 0)
        if y + need > bottom:
            s = paper.add_page()
            y = header(s, top) if repeat else top
        if r["month"][:4] != year:
            year = r["month"][:4]
            y = band(s, y, f"{year}年度", 0.97)
        base, ok = r["base"], r["paid"]
        late = r["status"] == "补缴"
        arr = _arrive(r["month"], rng, late, printed) if ok else ""
        # the merged cells (month, unit, base) down both rows
        cx = x0
        for k, txt, al in ((0, fdate(r["month"], mstyle, month=True)[0], "center"), (1, r["unit"], "left"),
                           (2, _yuan(base), "right")):
            wd = widths[k]
            lines = s.wrap(txt, wd - 6, size) or [""]
            ty = y + (2 * sh - len(lines) * size * 1.3) / 2 + size * 1.0
            for ln in lines:
                tx = cx + 3 if al == "left" else (cx + wd / 2 if al == "center" else cx + wd - 3)
                s.text(tx, ty, ln, size, align=al)
                ty += size * 1.3
            s.box(cx, y, cx + wd, y + 2 * sh, width=0.5)
            cx += wd
        for who, rate in ((subj[0], 0.16), (subj[1], 0.08)):
            due = base * rate
            cells = [who, f"{int(rate * 100)}%", _yuan(due), _yuan(due if ok else 0.0)]
            if with_date:
                cells.append(arr.replace("-", ".") if arr and mstyle == "dot" else (arr or "—"))
            _table_row(s, cx, y, widths[3:], cells, ["center", "center", "right", "right", "center"][:len(cells)],
                       size, sh)
            y += sh
        i += 1
    paid = [r for r in listed if r["paid"]]
    if y + 110 > bottom:
        s = paper.add_page()
        y = top
    y += 18
    s.text(x0, y, f"合计：应缴{len(listed)}个月，实缴{len(paid)}个月；单位实缴{_yuan(sum(r['base'] * 0.16 for r in paid))}元，"
                  f"个人实缴{_yuan(sum(r['base'] * 0.08 for r in paid))}元。", 9)
    y += 16
    y = s.para(x0, y, "说明：1.每个费款所属期分单位缴纳、个人缴纳两行列示；2.实缴金额为0.00的月份为欠缴月份；3.中断缴费期间"
                      "不计算缴费年限；4.本明细加盖经办机构业务专用章有效。", x1 - x0, 8.5, leading=1.6)
    y += 18
    s.text(x0, y, f"经办人：{_clerk(rng, p['name'])}", 9.5)
    s.text(x1 - 20, y, f"经办机构（章）：{agency}", 9.5, align="right")
    s.seal(x1 - 90 + rng.uniform(-10, 10), y + 4, 40, agency + "业务专用章")
    k_all = len(paper.sheets)
    for k, sheet in enumerate(paper.sheets):
        sheet.text(W / 2, H - 26, f"第 {k + 1} 页 共 {k_all} 页", 8.5, align="center", color=FOOT)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed.isoformat(), producer=rng.choice(("FineReport", "iText 2.1.7", "JasperReports Library")))


# --------------------------------------------------------------------------
# a 红头 appointment document with its list of appointed persons (scan)
# --------------------------------------------------------------------------

_ABBR = {"兰州新区城市发展投资集团有限公司": "新区城投", "甘肃省交通规划勘察设计院股份有限公司": "甘交设计",
         "兰州新区第三人民医院": "新区三院", "兰州新区秦川园区管理服务中心": "秦川服务", "甘肃中川环保工程技术有限公司": "中川环保",
         "兰州新区职业教育园区建设发展有限公司": "职教建发", "兰州新区西岔学校": "西岔校", "甘肃兰新民族团结实业有限公司": "兰新实业",
         "兰州新区综合保税区运营管理有限公司": "综保运营", "中国铁建大桥工程局集团第五工程有限公司": "铁建大桥五公司",
         "兰州新区水投集团有限公司": "新区水投"}
_DEPTS23 = ("综合办公室", "工程技术部", "项目管理部", "质量安全部", "财务部", "运营管理部", "技术研发中心", "设计一所", "第一项目部")
_DEPTS_HOSP = ("医务科", "护理部", "内科", "外科", "急诊科", "药剂科", "检验科", "办公室")
_DEPTS_SCHOOL = ("教务处", "德育处", "总务处", "办公室", "初中部", "小学部")
_DEPTS_CENTRE = ("办公室", "综合科", "业务科", "规划建设科", "财务科", "服务大厅")
_POSTS_HOSP = ("主管护师", "护师", "主治医师", "住院医师", "主管药师", "检验技师")
_POSTS_SCHOOL = ("专职教师", "一级教师", "二级教师", "教务员")
_POSTS_CO = tuple(x for x in POSITIONS if x not in ("主管护师", "专职教师"))
_GRADES_INST = ("专业技术十二级", "专业技术十一级", "专业技术十级", "专业技术九级", "专业技术八级", "管理九级")
_GRADES_CO = ("四级", "五级", "六级", "主管级", "助理级")


def _public_body(unit: str) -> bool:
    return not any(w in unit for w in ("公司", "集团"))


def _other_id(rng: random.Random, birth: date, male: bool) -> str:
    seq = rng.randrange(0, 100) * 10 + (rng.choice((1, 3, 5, 7, 9)) if male else rng.choice((0, 2, 4, 6, 8)))
    body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{seq:03d}"
    return body + id_check(body)


@family("emp_appointment_redhead_list", "employment_proof", "scan",
        "a unit's 红头文件 on 岗位聘任 ('X文件', 文号 'X人发〔2022〕15号', red rule with a star, '关于聘任张三等12名同志…岗位的通知/决定', "
        "岗位设置 prose with the 聘期, '附件：…聘任人员名单', issuer, date, seal) and its 附件: a ruled list of 8-16 persons on a landscape "
        "page (序号|部门|姓名|性别|出生年月 or 公民身份号码|参加工作时间|进入本单位时间|聘任岗位|岗位等级) with the 版记 (抄送, 印发) below; the "
        "holder one row among colleagues (the title names the FIRST, another person); two-page image PDF scan")
def emp_appointment_redhead_list(p: dict, rng: random.Random, face: str) -> Drawn:
    unit, post = p["unit"], p["position"]
    inst = _public_body(unit)
    if "医院" in unit:
        depts, pool = _DEPTS_HOSP, _POSTS_HOSP
    elif "学校" in unit:
        depts, pool = _DEPTS_SCHOOL, _POSTS_SCHOOL
    elif inst:
        depts, pool = _DEPTS_CENTRE, _POSTS_CO
    else:
        depts, pool = _DEPTS23, _POSTS_CO
    ws = date.fromisoformat(p["work_start"])
    y_iss = rng.randint(max(ws.year + 1, 2019), max(ws.year + 1, 2024))
    issued = date(y_iss, rng.choice((1, 1, 3, 6, 7, 9, 12)), rng.randint(2, 28))
    if issued <= ws:
        issued = ws + timedelta(days=rng.randint(180, 400))
    term0 = date(issued.year, issued.month, 1)
    term1 = date(term0.year + 3, term0.month, 1) - timedelta(days=1)
    n = rng.randint(8, 16)
    pos_h = rng.randint(1, n - 1)
    others = rng.sample([x for x in NAMES_M + NAMES_F if x != p["name"]], n - 1)
    with_id = rng.random() < 0.45
    dstyle = rng.choice(("dot", "cn", "iso"))
    people = []
    for i in range(n):
        if i == pos_h:
            grad_y = int(p["graduation_date"][:4])
            first_job = ws if rng.random() < 0.6 else date(max(grad_y, ws.year - rng.randint(1, 4)), rng.choice((7, 8)), 1)
            if first_job > ws:
                first_job = ws
            people.append({"name": p["name"], "male": p["gender"] == "男", "birth": date.fromisoformat(p["birth_date"]),
                           "id": p["id_number"], "work": first_job, "join": ws, "post": post})
            continue
        nm = others.pop()
        male = nm in NAMES_M
        birth = date(rng.randint(1972, 1997), rng.randint(1, 12), rng.randint(1, 28))
        work = date(min(birth.year + rng.randint(22, 26), issued.year - 1), rng.choice((7, 8, 9)), 1)
        join = work if rng.random() < 0.6 else date(min(work.year + rng.randint(1, 5), issued.year - 1), rng.randint(1, 12), 1)
        if join < work:
            join = work
        people.append({"name": nm, "male": male, "birth": birth, "id": _other_id(rng, birth, male), "work": work,
                       "join": join, "post": rng.choice([x for x in pool if x != post] if rng.random() < 0.6 else pool)})
    grades = _GRADES_INST if inst else _GRADES_CO
    first = people[0]["name"]
    abbr = _ABBR.get(unit, unit[:4])
    num = f"{abbr}{rng.choice(('人发', '发', '人字', '党发'))}〔{issued.year}〕{rng.randint(3, 86)}号"
    paper = Paper(face, A4, pages=0)
    s = paper.add_page()
    W, H = A4
    x0, x1 = 79.0, W - 74.0
    # the red head
    head = unit + "文件"
    hs = min(32.0, (x1 - x0 + 20) / len(head))
    old = _with_face(s, rng.choice(("song", "hei")))
    s.text(W / 2, 128, head, hs, align="center", color=RED, track=max(0.0, (x1 - x0 - hs * len(head)) / len(head) * 0.5))
    s.paper.font = old
    s.text(W / 2, 178, num, 14, align="center")
    ry = 192.0
    s.page.draw_line((x0 - 4, ry), (W / 2 - 12, ry), color=RED, width=1.8)
    s.page.draw_line((W / 2 + 12, ry), (x1 + 4, ry), color=RED, width=1.8)
    star = [(W / 2 + 9 * math.cos(math.radians(90 + 144 * i)), ry - 9 * math.sin(math.radians(90 + 144 * i)) + 1)
            for i in range(5)]
    s.page.draw_polyline(star + [star[0]], color=None, fill=RED)
    title = rng.choice((f"关于聘任{first}等{n}名同志相应岗位的通知", f"关于{first}等{n}名同志岗位聘用的决定",
                        f"关于聘任{first}等同志岗位的通知"))
    old = _with_face(s, rng.choice(("song", "hei")))
    y = 238.0
    for ln in s.wrap(title, x1 - x0 - 40, 18):
        s.text(W / 2, y, ln, 18, align="center")
        y += 30
    s.paper.font = old
    y += 14
    size = 14.5
    s.text(x0, y, "各科室（部门）：" if inst else rng.choice(("公司各部门、各项目部：", "各部门：")), size)
    y += size * 1.9
    t0 = fdate(term0.isoformat(), "cn")[0]
    t1 = fdate(term1.isoformat(), "cn")[0]
    if inst:
        body = (f"根据《事业单位岗位设置管理试行办法》和《甘肃省事业单位岗位设置管理实施意见》有关规定，经单位岗位聘用工作领导小组"
                f"研究，并报主管部门审核同意，决定聘任{first}等{n}名同志到相应岗位工作（名单见附件），聘期自{t0}起至{t1}止。")
    else:
        body = (f"根据公司《岗位管理办法》及{issued.year}年度岗位竞聘结果，经公司总经理办公会研究决定，聘任{first}等{n}名同志"
                f"到相应岗位工作（名单见附件），聘期三年，自{t0}起计算。")
    y = s.para(x0, y, body, x1 - x0, size, leading=1.85, indent=2 * size)
    y = s.para(x0, y, "受聘人员要严格履行岗位职责，认真完成岗位任务，在聘期内接受年度考核和聘期考核，考核结果作为续聘、"
                      "解聘和岗位调整的依据。", x1 - x0, size, leading=1.85, indent=2 * size)
    y += size
    att = f"{unit}{issued.year}年岗位聘任人员名单"
    s.text(x0 + 2 * size, y, "附件：", size)
    for k, ln in enumerate(s.wrap(att, x1 - x0 - 5 * size, size)):
        s.text(x0 + 5 * size, y + k * size * 1.85, ln, size)
    y += size * 1.85 * (1 + len(s.wrap(att, x1 - x0 - 5 * size, size))) + 20
    y = min(y, H - 150)
    uw = s.width(unit, size)
    s.text(x1 - 30, y, unit, size, align="right")
    d_s = fdate(issued.isoformat(), "cn")[0]
    s.text(x1 - 30 - uw / 2 + s.width(d_s, size) / 2, y + size * 1.9, d_s, size, align="right")
    s.seal(x1 - 30 - uw / 2 + rng.uniform(-8, 8), y - 2 + rng.uniform(-6, 6), 46, unit)
    # the list on a landscape page
    s2 = paper.add_page(A4L)
    LW, LH = A4L
    lx0, lx1 = 56.0, LW - 56.0
    old = _with_face(s2, "hei")
    s2.text(lx0, 62, "附件", 15)
    s2.paper.font = old
    s2.text(LW / 2, 96, att, 17, align="center")
    cols = ["序号", "部门", "姓名", "性别", "公民身份号码" if with_id else "出生年月", "参加工作时间", "进入本单位时间",
            "聘任岗位", "岗位等级" if inst else "职级"]
    cw = [32.0, 96.0, 62.0, 32.0, 122.0 if with_id else 66.0, 78.0, 86.0, 0.0, 92.0]
    cw[7] = lx1 - lx0 - sum(cw)
    ty = 116.0
    ty = _table_row(s2, lx0, ty, cw, cols, ["center"] * len(cols), 10, 24)
    fs = 10.0
    for i, q in enumerate(people, 1):
        c = [str(i), rng.choice(depts), q["name"], "男" if q["male"] else "女",
             q["id"] if with_id else fdate(q["birth"].isoformat(), dstyle, month=True)[0],
             fdate(q["work"].isoformat(), dstyle, month=True)[0], fdate(q["join"].isoformat(), dstyle, month=True)[0],
             q["post"], rng.choice(grades)]
        ty = _table_row(s2, lx0, ty, cw, c, ["center"] * len(c), fs, 21 if n > 12 else 23)
    # the 版记 at the end of the document
    by = max(ty + 30, LH - 92)
    if by + 60 > LH - 20:
        by = ty + 16
    s2.line(lx0, by, lx1, by, width=0.9)
    s2.text(lx0 + 14, by + 20, "抄送：" + ("兰州新区人力资源和社会保障局，" if inst else "集团公司人力资源部，") + "各受聘人员。", 12)
    s2.line(lx0, by + 30, lx1, by + 30, width=0.5)
    s2.text(lx0 + 14, by + 50, f"{unit}{rng.choice(('办公室', '综合办公室', '人力资源部'))}", 12)
    s2.text(lx1 - 14, by + 50, f"{fdate((issued + timedelta(days=rng.randint(0, 3))).isoformat(), 'cn')[0]}印发", 12,
            align="right")
    s2.line(lx0, by + 60, lx1, by + 60, width=0.9)
    truth = {"name": p["name"], "unit": unit, "position": post, "start_date": f"{ws.year:04d}-{ws.month:02d}"}
    if with_id:
        truth["id_number"] = p["id_number"]
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((150, 165)), level=rng.choice((1, 1, 2)))
