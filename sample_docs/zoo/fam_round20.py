"""Twentieth round of held-out families (issue 12: a failed held-out family is fixed by method,
moved to "seen", and replaced by a new one), written from real documents' layouts and wording
without looking at the parsers. Three of them are about what the PDF's TEXT LAYER says against
what the page SHOWS; the truth is always what is printed.

Social insurance:
* si_searchable_scan_bad_layer — a 社保经办机构 counter print (参保人员缴费明细) scanned on the office
  MFP (Canon iR-ADV / KONICA MINOLTA bizhub / RICOH IM) with "扫描为可检索PDF" switched on (scan: an
  image PDF of 2-3 pages). Each page is the scanned IMAGE (scanner paper tone, a slight skew, noise,
  a lid shadow along one edge on some) with an INVISIBLE text layer (text render mode 3, a
  non-embedded CJK font) that the MFP's own OCR wrote word by word over the image: imperfect, as
  such layers are — look-alike characters substituted (缴→缘, 费→贵, 基→墓, 年→午, 单→早, 0→O, 1→l,
  5→S, 8→B), 月 dropped from "2023年05月", '：' read as ':', some words split in two, a word or
  two missing, the positions only roughly over the printed words (the layer is not skewed with
  the image, jittered by a point or two, stretched to the word's width). On the page: the
  agency's name, "参保人员缴费明细" (or 城镇企业职工基本养老保险…), "险种：企业职工基本养老保险 / 单位：元",
  a ruled holder grid (个人编号 | 姓名 | 性别 / 公民身份号码 | 参保日期 | 参保状态 / 现参保单位), a
  summary line (缴费起止年月, 实缴月数, 欠缴/中断月数), then the monthly table of 20-60 rows with
  columns 缴费年月 | 缴费基数 | 单位缴费 | 个人缴费 | 缴费状态 in one of several orders, with 序号
  on some and the 缴费单位 as a column (first or last) or as '缴费单位：…（单位编号…）' rows across the
  table where the unit changes (one or two units); the header row repeated on continuation
  pages on some prints, the holder repeated in a running line on some; 合计, 经办人, 打印日期 and the
  业务专用章 at the end, '第 1 页 共 3 页' at the foot. 欠缴 and 中断 months print 0.00 amounts.
  Truth (the printed page): name, ID, one row per month (unit, base; paid 0 for 欠缴 / 中断).
* si_rotated_landscape_pages — a window print 社会保险个人缴费明细 / 参保缴费证明（缴费明细）laid out
  LANDSCAPE and saved through a PostScript printer driver (Acrobat Distiller / Ghostscript,
  Creator PScript5.dll): every page is stored PORTRAIT (MediaBox 595 × 842) with the content
  drawn turned (a 'cm' rotation) and /Rotate 90 (or 270) on the page, so a viewer shows it
  upright and the text layer is upright only in the rotated page's frame (text). Title, a
  holder line (姓名, 公民身份号码, 个人编号, 参保险种) and a second line (现参保单位, 经办机构, 打印日期),
  then one wide ruled table across 2-3 pages: 序号 | 单位编号 | 单位名称 | 费款所属期 | 险种 |
  缴费基数 | 单位应缴 | 个人应缴 | 到账标志 | 到账日期 | 备注 (some columns left out, 单位名称 before or
  after the month), the header row repeated on every page on some seeds and on page 1 only on
  others; 备注 says 补缴 (paid, 到账 months later) or 中断 (0.00, 未到账: not paid) on some months,
  欠缴 on one; a 合计 row at the end (实缴月数 and the sums), 说明, 经办机构 and its seal.
  Truth: name, ID, one row per month.
* si_garbled_font_layer — an online-service 社会保险参保缴费证明（个人）PDF from the provincial
  网上经办 platform's report engine (text). The template's static text — the title, every label
  (姓名：, 公民身份号码：, …), the table's header row, section headings, the 说明 and the page
  footers — is set in an embedded 黑体 (or 宋体) subset WITHOUT a usable ToUnicode map: on some
  prints the font has no /ToUnicode at all (extractors fall back to the CID as a code point and
  get symbols and random rare hanzi, or "(cid:10382)"), on others a ToUnicode that maps every
  glyph into the Private Use Area (U+E000…). The page RENDERS correctly. The data filled in by
  the engine — the name, the ID number, the 证明编号, the months, units, amounts, status words,
  the 验证码 and the date — is in a second embedded face with a correct map and extracts
  normally. So the extractable text is the values without their labels (and garbage where the
  labels stand); what is printed is a normal certificate: title band with the platform's ring
  logo, 证明编号, an unruled holder block (姓名 / 性别 / 公民身份号码 // 个人编号 / 参保地 / 打印时间),
  一、参保情况 (险种 | 参保状态 | 参保起始年月 | 实际缴费月数), 二、缴费明细 as a zebra-shaded table
  without vertical rules (缴费年月, 缴费单位, 缴费基数, 个人缴费, 单位缴费 (some), 缴费状态, 序号
  (some), in one of several orders), flowing over pages with the header repeated, then 说明, the
  验证码 with a QR square, the agency and date under the red 电子签章. 欠缴 months print 0.00.
  Truth: name, ID, one row per month listed.
Degree:
* deg_2020s_qr_portrait — a 2020s 学士学位证书 (the school's own portrait design since the 2015
  reform), photographed on a desk with a phone (scan, colour): a cream sheet with a coloured
  double frame, the school's ring logo FAINT in the background centre, "学士学位证书" (with the
  school's name above it on some), the photo with the 钢印, the prose "X，女，2001年3月5日生。在
  兰州交通大学土木工程专业完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的
  规定，授予工学学士学位。", "学位评定委员会主席" with a pen signature (an image, no printed
  name), the school and its red seal, the date (二〇二三年六月三十日 or 2023年6月30日), and at the
  foot "证书编号：1073 2420 2300 1234" grouped by four on some years' prints and "证书编号：
  1073242023001234" on others (left, or under the photo), with a QR code bottom right
  (扫码验证). The photo: the sheet a little turned on a wooden desk with its shadow, the
  camera tilted (keystone perspective), uneven light (a warm lamp hotspot on one side, darker
  corners). Truth: name, degree, major, award_date, degree_certificate_no (without spaces).
"""
from __future__ import annotations

import io
import math
import random
import re
from datetime import date
from functools import lru_cache

import numpy as np
import pymupdf
from PIL import Image, ImageFilter

from sample_docs.render.common import finish_pdf
from sample_docs.render.degrade import _noise, _perspective_coeffs, _tone, rasterise, to_jpeg

from . import fonts
from .draw import A4, A4L, Paper, Sheet
from .facts import UNITS, months
from .fam_heldout2a import _qr
from .fam_round7 import _truth_rows, _yuan
from .fam_round13 import _clerk
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
FOOT = (0.25, 0.25, 0.25)


def _ym(t: int) -> str:
    return f"{t // 12:04d}-{t % 12 + 1:02d}"


def _month_after(m: str, k: int) -> tuple[int, int]:
    t = int(m[:4]) * 12 + int(m[5:7]) - 1 + k
    return t // 12, t % 12 + 1


def _history20(rng: random.Random, p: dict, n: int, *, units: int) -> list[dict]:
    """n consecutive months ending in 2023-2024, one or two units (the holder's unit last, a new
    base from the change), the base raised in January; a 中断 stretch of 1-3 months (paid 0) on
    some, one 欠缴 month (paid 0) on some, a 补缴 month (paid, 到账 later) on some."""
    end = rng.choice(((2023, 12), (2024, 2), (2024, 3), (2024, 4), (2024, 5), (2024, 6)))
    t0 = end[0] * 12 + end[1] - 1 - (n - 1)
    ms = months(rng, _ym(t0), n)
    prev = rng.choice([u for u in UNITS if u != p["unit"]])
    switch = rng.randint(4, n - 5) if units == 2 else 0
    free = [i for i in range(1, n - 1) if i not in (switch - 1, switch)]
    stop = set()
    if rng.random() < 0.6:
        k = rng.randint(1, 3)
        a = rng.choice(free[:-k] or free)
        stop = set(range(a, a + k))
    owed = rng.choice([i for i in free if i not in stop and i - 1 not in stop and i + 1 not in stop] or [-1]) \
        if rng.random() < 0.7 or not stop else -1
    late = rng.choice([i for i in range(n - 9) if i not in stop and i != owed]) if rng.random() < 0.6 else -1
    base = rng.choice((3877.0, 4120.5, 4500.0, 4800.0, 5231.0, 6000.0))
    rows = []
    for i, m in enumerate(ms):
        if units == 2 and i == switch:
            base = rng.choice((4350.0, 4688.0, 5100.0, 5600.0, 6217.5, 7000.0))
        elif i and m.endswith("-01"):
            base = round(base * rng.choice((1.03, 1.05, 1.07)), rng.choice((0, 0, 1)))
        status = "中断" if i in stop else "欠缴" if i == owed else "补缴" if i == late else "正常"
        rows.append({"month": m, "unit": prev if i < switch else p["unit"], "base": base,
                     "paid": 0 if status in ("中断", "欠缴") else 1, "status": status})
    return rows


def _printed(rows: list[dict], rng: random.Random) -> date:
    y, m = _month_after(rows[-1]["month"], rng.choice((1, 1, 2)))
    return date(y, m, rng.randint(2, 27))


_AGENCY20 = ("兰州新区社会保障局", "兰州新区社会保险服务中心", "甘肃省社会保险事业管理局", "兰州市社会保险事业管理局",
             "兰州新区人力资源和社会保障局")


def _unit_no(rng: random.Random) -> str:
    return f"6201{rng.randint(10 ** 5, 10 ** 6 - 1)}"


# --------------------------------------------------------------------------
# a counter print scanned by the MFP into a "searchable PDF" with a poor OCR layer (scan)
# --------------------------------------------------------------------------

# look-alikes an OCR engine confuses (the printed character → what the layer says)
_LOOKALIKE = {"缴": "缘徼", "费": "贵赞", "基": "墓", "数": "敷", "单": "早亊", "位": "住", "个": "介", "人": "入",
              "状": "伏", "态": "恣", "年": "午", "月": "日", "期": "朋", "险": "脸", "养": "荞", "老": "考",
              "保": "堡呆", "证": "正", "明": "朗", "号": "亏", "码": "妈", "姓": "娃", "名": "各", "司": "同",
              "公": "么", "限": "根", "区": "匹", "新": "亲", "州": "卅", "兰": "竺", "甘": "廿", "肃": "萧",
              "中": "申", "心": "必", "工": "士", "程": "稗", "建": "廷", "设": "没", "投": "技", "资": "姿",
              "集": "隼", "团": "园", "常": "當", "正": "止", "欠": "次", "补": "朴", "已": "己巳", "合": "台",
              "计": "讦", "元": "无", "日": "曰", "打": "扪", "印": "卬", "民": "氏", "身": "射", "份": "伤",
              "参": "叁", "局": "尻", "办": "力", "经": "泾", "务": "各", "责": "贵", "任": "仕", "有": "冇"}
_DIGIT_LIKE = {"0": "OoD", "1": "lI|", "5": "S", "8": "B", "6": "b", "2": "Z", "9": "g", "7": "?"}


def _misread(word: str, rng: random.Random, rate: float) -> str:
    """One printed word as the MFP's OCR writes it into the hidden layer."""
    if "年" in word and word.endswith("月") and rng.random() < 0.35:
        word = word[:-1]
    out = []
    for ch in word:
        r = rng.random()
        if ch in _LOOKALIKE and r < rate:
            out.append(rng.choice(_LOOKALIKE[ch]))
        elif ch in _DIGIT_LIKE and r < rate * 0.45:
            out.append(rng.choice(_DIGIT_LIKE[ch]))
        elif ch == "：" and r < 0.4:
            out.append(":")
        elif ch == "." and r < rate * 0.3:
            out.append(",")
        elif ch == "-" and r < rate * 0.3:
            out.append("")
        else:
            out.append(ch)
    return "".join(out)


def _scanner_image(img: Image.Image, rng: random.Random, angle: float) -> Image.Image:
    paper = rng.uniform(230, 246)
    img = _tone(img, paper, rng.uniform(18, 42))
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=int(paper))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
    arr = np.asarray(img, dtype=np.float32)
    h, w = arr.shape
    if rng.random() < 0.5:     # the lid's shadow along one edge
        band = rng.randint(8, 22)
        ramp = np.linspace(0.55, 1.0, band, dtype=np.float32)
        if rng.random() < 0.5:
            arr[:, :band] *= ramp[None, :]
        else:
            arr[:band, :] *= ramp[:, None]
    gen = np.random.default_rng(rng.getrandbits(32))
    specks = gen.random(arr.shape) < 0.00008     # toner specks
    arr[specks] = rng.uniform(40, 90)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    return _noise(img, rng.uniform(2.0, 3.5), rng.getrandbits(32))


def _ocr_words(page: pymupdf.Page) -> list[tuple[pymupdf.Rect, str]]:
    return [(pymupdf.Rect(w[:4]), w[4]) for w in page.get_text("words", sort=True)]


class _SearchablePaper(Paper):
    """Pages delivered as an MFP's 可检索PDF: the scanned image of each page with an invisible
    OCR text layer (render mode 3) written word by word, misread here and there."""

    def scan(self, rng: random.Random, *, dpi: int = 150, level=None, date: str = "2024-01-01"):
        self._flush()
        out = pymupdf.open()
        rate = rng.uniform(0.03, 0.08)
        quality = rng.randint(58, 72)
        for page in self.doc:
            W, H = page.rect.width, page.rect.height
            words = _ocr_words(page)
            angle = rng.choice((-1, 1)) * rng.uniform(0.25, 1.1)
            img = _scanner_image(rasterise(page, dpi), rng, angle)
            op = out.new_page(width=W, height=H)
            op.insert_image(op.rect, stream=to_jpeg(img, quality))
            rad = math.radians(angle)
            cx, cy = W / 2, H / 2
            for rect, word in words:
                if rng.random() < 0.02:          # a faint word the OCR did not see
                    continue
                text = _misread(word, rng, rate)
                if not text.strip():
                    continue
                # where the word lies on the skewed image, roughly
                mx, my = rect.x0 - cx, rect.y1 - cy
                x = cx + mx * math.cos(rad) + my * math.sin(rad) + rng.uniform(-1.5, 1.5)
                y = cy - mx * math.sin(rad) + my * math.cos(rad) + rng.uniform(-1.2, 1.2)
                size = max(rect.height * rng.uniform(0.74, 0.86), 4.0)
                parts = [text]
                if len(text) >= 4 and rng.random() < 0.12:      # one word read as two
                    k = rng.randint(1, len(text) - 1)
                    parts = [text[:k], text[k:]]
                total = rect.width * rng.uniform(0.94, 1.06)
                share = [len(t) / len(text) for t in parts]
                px = x
                for t, sh in zip(parts, share):
                    natural = pymupdf.get_text_length(t, fontname="china-s", fontsize=size) or 1.0
                    target = total * sh * (0.9 if len(parts) > 1 else 1.0)
                    op.insert_text(pymupdf.Point(px, y), t, fontname="china-s", fontsize=size, render_mode=3,
                                   morph=(pymupdf.Point(px, y), pymupdf.Matrix(target / natural, 0, 0, 1, 0, 0)))
                    px += total * sh
        producer = rng.choice(("Canon iR-ADV C5535 PDF", "KONICA MINOLTA bizhub C300i", "RICOH IM C3000",
                               "KYOCERA TASKalfa 3253ci", "SHARP MX-M3571"))
        return finish_pdf(out, producer, date), ".pdf"


def _table_row(s: Sheet, x: float, y: float, widths: list[float], cells: list[str], aligns: list[str], size: float,
               row_h: float, *, ruled: bool = True) -> float:
    """One table row; a cell too long for its column wraps and the row grows."""
    lines = [s.wrap(c, w - 6, size) or [""] for c, w in zip(cells, widths)]
    h = max(row_h, max(len(ln) for ln in lines) * size * 1.3 + 6)
    cx = x
    for ln, w, a in zip(lines, widths, aligns):
        ty = y + (h - len(ln) * size * 1.3) / 2 + size * 1.0
        for t in ln:
            tx = cx + 3 if a == "left" else (cx + w / 2 if a == "center" else cx + w - 3)
            s.text(tx, ty, t, size, align=a)
            ty += size * 1.3
        if ruled:
            s.box(cx, y, cx + w, y + h, width=0.5)
        cx += w
    return y + h


def _row_height(s: Sheet, widths: list[float], cells: list[str], size: float, row_h: float) -> float:
    return max(row_h, max(len(s.wrap(c, w - 6, size) or [""]) for c, w in zip(cells, widths)) * size * 1.3 + 6)


_ORDERS1 = (("缴费年月", "缴费基数", "单位缴费", "个人缴费", "缴费状态"),
            ("缴费年月", "缴费状态", "缴费基数", "个人缴费", "单位缴费"),
            ("缴费基数", "缴费年月", "个人缴费", "单位缴费", "缴费状态"),
            ("缴费年月", "缴费基数", "个人缴费", "单位缴费", "缴费状态"))
_W1 = {"序号": 30.0, "缴费年月": 64.0, "缴费基数": 66.0, "单位缴费": 62.0, "个人缴费": 62.0, "缴费状态": 52.0}
_A1 = {"序号": "center", "缴费年月": "center", "缴费基数": "right", "单位缴费": "right", "个人缴费": "right",
       "缴费状态": "center", "缴费单位": "left"}


@family("si_searchable_scan_bad_layer", "social_insurance", "scan",
        "社保 counter print 参保人员缴费明细 scanned by the office MFP into a SEARCHABLE PDF: each page a scanned image "
        "(paper tone, slight skew, noise, lid shadow) with an INVISIBLE OCR text layer (render mode 3, word by word) that "
        "misreads (缴→缘, 年→午, 0→O, 1→l, 月 dropped, words split or missing, positions only roughly over the print); "
        "holder grid, summary line, 20-60 monthly rows 缴费年月|缴费基数|单位缴费|个人缴费|缴费状态 in one of several "
        "orders, 序号 on some, 缴费单位 as a column or as '缴费单位：…' rows at a change (one or two units), header row "
        "repeated or not, 合计/经办人/打印日期 and seal; 欠缴/中断 months 0.00")
def si_searchable_scan_bad_layer(p: dict, rng: random.Random, face: str) -> Drawn:
    units = 2 if rng.random() < 0.5 else 1
    rows = _history20(rng, p, rng.randint(26, 60), units=units)   # two pages at least
    agency = rng.choice(_AGENCY20)
    title = rng.choice(("参保人员缴费明细", "参保人员缴费明细表", "城镇企业职工基本养老保险参保人员缴费明细"))
    printed = _printed(rows, rng)
    W, H = A4
    x0 = rng.choice((42.0, 48.0, 54.0))
    x1 = W - x0
    size = rng.choice((9.0, 9.5, 10.0))
    row_h = rng.choice((19.0, 20.0, 21.5, 23.0))
    mstyle = rng.choice(("compact", "iso", "cn0"))
    ok_word = rng.choice(("正常", "已缴", "已实缴"))
    grouped = rng.random() < 0.3
    cols = list(rng.choice(_ORDERS1))
    if not grouped:
        cols.insert(rng.choice((0, 1, len(cols))), "缴费单位")
    if rng.random() < 0.5:
        cols.insert(0, "序号")
    fixed = sum(_W1.get(c, 0.0) for c in cols)
    widths = [_W1.get(c, 0.0) or (x1 - x0 - fixed) for c in cols]
    if grouped:   # no unit column: the others share the width
        k = (x1 - x0) / fixed
        widths = [w * k for w in widths]
    aligns = [_A1[c] for c in cols]
    repeat_head = rng.random() < 0.6
    running = rng.random() < 0.5
    ruled = rng.random() < 0.75
    codes = {u: _unit_no(rng) for u in {r["unit"] for r in rows}}
    person_no = f"62{rng.randint(10 ** 9, 10 ** 10 - 1)}"

    def cells(r: dict, i: int) -> list[str]:
        b = r["base"]
        word = {"正常": ok_word, "补缴": "补缴", "欠缴": "欠缴", "中断": "中断"}[r["status"]]
        v = {"序号": str(i), "缴费年月": fdate(r["month"], mstyle, month=True)[0], "缴费基数": _yuan(b),
             "单位缴费": _yuan(b * 0.16 if r["paid"] else 0.0), "个人缴费": _yuan(b * 0.08 if r["paid"] else 0.0),
             "缴费状态": word, "缴费单位": r["unit"]}
        return [v[c] for c in cols]

    paper = _SearchablePaper(face, A4, pages=0)
    s = paper.add_page()
    s.text(W / 2, 58, agency, 12, align="center", track=1)
    s.text(W / 2, 86, title, 17 if len(title) < 10 else 15, align="center", track=3 if len(title) < 10 else 1)
    s.text(x0, 112, "险种：企业职工基本养老保险", 10)
    s.text(x1, 112, "单位：元", 10, align="right")
    g1 = [[["个人编号", person_no, "姓名", p["name"], "性别", p["gender"]]],
          [["公民身份号码", p["id_number"], "参保日期", fdate(rows[0]["month"], "cn0", month=True)[0],
            "参保状态", "正常参保"]]]
    gw = [70.0, 126.0, 56.0, 0.0, 48.0, 56.0]
    gw[3] = x1 - x0 - sum(gw)
    y = 122.0
    for g in g1:
        y = s.table(x0, y, gw, g, 9.5, min_h=22, pad=3, align=["center", "left"] * 3)
    y = s.table(x0, y, [70.0, x1 - x0 - 70.0], [["现参保单位", p["unit"]]], 9.5, min_h=22, pad=3,
                align=["center", "left"])
    paid = sum(r["paid"] for r in rows)
    y += 18
    s.text(x0, y, f"缴费起止年月：{fdate(rows[0]['month'], 'cn0', month=True)[0]}至"
                  f"{fdate(rows[-1]['month'], 'cn0', month=True)[0]}", 9.5)
    s.text(x1, y, f"实缴月数：{paid}    欠缴及中断月数：{len(rows) - paid}", 9.5, align="right")
    top_n, bottom = 66.0, H - 64.0
    head_aligns = ["center"] * len(cols)

    def header(sh: Sheet, yy: float) -> float:
        return _table_row(sh, x0, yy, widths, cols, head_aligns, size, row_h + 2, ruled=ruled) if ruled else \
            _plain_head(sh, yy)

    def _plain_head(sh: Sheet, yy: float) -> float:
        sh.line(x0, yy, x1, yy, width=0.9)
        yy = _table_row(sh, x0, yy, widths, cols, head_aligns, size, row_h + 2, ruled=False)
        sh.line(x0, yy, x1, yy, width=0.6)
        return yy

    y = header(s, y + 10)
    unit_seen = None
    for i, r in enumerate(rows):
        c = cells(r, i + 1)
        need = _row_height(s, widths, c, size, row_h) + (row_h if grouped and r["unit"] != unit_seen else 0)
        if y + need > bottom:
            s = paper.add_page()
            y = top_n
            if running:
                s.text(x0, y - 14, f"姓名：{p['name']}    公民身份号码：{p['id_number']}", 9, color=GREY)
            if repeat_head:
                y = header(s, y)
        if grouped and r["unit"] != unit_seen:
            label = f"缴费单位：{r['unit']}（单位编号：{codes[r['unit']]}）"
            if ruled:
                s.box(x0, y, x1, y + row_h, width=0.5)
            s.text(x0 + 4, y + row_h / 2 + size * 0.36, label, size)
            y += row_h
        unit_seen = r["unit"]
        y = _table_row(s, x0, y, widths, c, aligns, size, row_h, ruled=ruled)
    if not ruled:
        s.line(x0, y + 1, x1, y + 1, width=0.6)
    if y + 100 > bottom:
        s = paper.add_page()
        y = top_n
    paid_rows = [r for r in rows if r["paid"]]
    y += 22
    s.text(x0, y, f"合计：实缴{len(paid_rows)}个月，单位缴费{_yuan(sum(r['base'] * 0.16 for r in paid_rows))}元，"
                  f"个人缴费{_yuan(sum(r['base'] * 0.08 for r in paid_rows))}元。", 10)
    s.text(x0, y + 30, f"经办人：{_clerk(rng, p['name'])}", 10)
    s.text(x1, y + 30, f"打印日期：{fdate(printed.isoformat(), rng.choice(('iso', 'cn')))[0]}", 10, align="right")
    s.seal(x1 - 80 + rng.uniform(-12, 12), y + 20, 42, agency + "业务专用章")
    n = len(paper.sheets)
    for k, sh in enumerate(paper.sheets):
        sh.text(W / 2, H - 34, f"第 {k + 1} 页 共 {n} 页", 9, align="center", color=FOOT)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(rows)}
    return Drawn(paper, truth, printed.isoformat(), dpi=rng.choice((150, 150, 165)))


# --------------------------------------------------------------------------
# a landscape statement saved through a PostScript driver: portrait pages with /Rotate (text)
# --------------------------------------------------------------------------

class _RotatedPaper(Paper):
    """Landscape pages written as a PostScript driver and Distiller write them: each page stored
    portrait, its content drawn turned by a 'cm' matrix, and /Rotate on the page."""

    rotate = 90
    creator = ""

    def pdf(self, producer: str, date: str, creator: str = "") -> bytes:
        self._flush()
        for page in self.doc:
            page.clean_contents()
            w, h = page.rect.width, page.rect.height         # the landscape page as drawn
            cm = f"0 1 -1 0 {h:g} 0 cm" if self.rotate == 90 else f"0 -1 1 0 0 {w:g} cm"
            xref = page.get_contents()[0]
            self.doc.update_stream(xref, f"q {cm}\n".encode() + self.doc.xref_stream(xref) + b"\nQ\n")
            page.set_mediabox(pymupdf.Rect(0, 0, h, w))
            page.set_rotation(self.rotate)
        return super().pdf(producer, date, creator or self.creator)


_COLS2 = {"序号": (30.0, "center"), "单位编号": (66.0, "center"), "单位名称": (0.0, "left"),
          "费款所属期": (62.0, "center"), "险种": (108.0, "center"), "缴费基数": (64.0, "right"),
          "单位应缴": (60.0, "right"), "个人应缴": (58.0, "right"), "到账标志": (50.0, "center"),
          "到账日期": (66.0, "center"), "备注": (44.0, "center")}


@family("si_rotated_landscape_pages", "social_insurance", "text",
        "社会保险个人缴费明细 / 参保缴费证明（缴费明细）window print laid out LANDSCAPE and saved through a PostScript driver "
        "(Distiller / Ghostscript, PScript5.dll): pages stored PORTRAIT with the content turned by a cm matrix and /Rotate 90 "
        "or 270 on each page; holder lines, one wide ruled table over 2-3 pages 序号|单位编号|单位名称|费款所属期|险种|缴费基数|"
        "单位应缴|个人应缴|到账标志|到账日期|备注 (some columns left out), header repeated on every page or page 1 only, 备注 "
        "补缴 / 中断 (0.00, 未到账) / 欠缴 on some months, 合计 row, 说明, 经办机构 and seal")
def si_rotated_landscape_pages(p: dict, rng: random.Random, face: str) -> Drawn:
    W, H = A4L
    x0 = rng.choice((30.0, 36.0, 42.0))
    x1 = W - x0
    size = rng.choice((8.5, 9.0, 9.5))
    row_h = rng.choice((16.0, 17.0, 18.0))
    repeat_head = rng.random() < 0.5
    top1, topn, bottom = 138.0, 52.0, H - 46.0
    cols = ["费款所属期", "单位名称"] if rng.random() < 0.5 else ["单位名称", "费款所属期"]
    if rng.random() < 0.6:
        cols.insert(0, "单位编号")
    if rng.random() < 0.5:
        cols.append("险种")
    cols += ["缴费基数", "单位应缴", "个人应缴"] if rng.random() < 0.6 else ["缴费基数", "个人应缴", "单位应缴"]
    cols.append("到账标志")
    if rng.random() < 0.6:
        cols.append("到账日期")
    cols.append("备注")
    if rng.random() < 0.7:
        cols.insert(0, "序号")
    fixed = sum(_COLS2[c][0] for c in cols)
    widths = [_COLS2[c][0] or (x1 - x0 - fixed) for c in cols]
    aligns = [_COLS2[c][1] for c in cols]
    paper = _RotatedPaper(face, A4L, pages=0)
    s = paper.add_page()
    # rows per page with the longest unit name wrapped in its cell: 2-3 pages of rows, then 合计 and 说明
    w_unit = widths[cols.index("单位名称")]
    eff = max(row_h, max(len(s.wrap(u, w_unit - 6, size)) for u in UNITS) * size * 1.3 + 6)
    cap1 = int((bottom - top1 - row_h - 4) // eff)
    capn = int((bottom - topn - (row_h + 4 if repeat_head else 0)) // eff)
    n = rng.randint(max(cap1 + 4, 20), max(min(cap1 + 2 * capn - 8, 72), cap1 + 6, 22))
    rows = _history20(rng, p, n, units=rng.choice((1, 2, 2)))
    printed = _printed(rows, rng)
    agency = rng.choice(_AGENCY20)
    codes = {u: _unit_no(rng) for u in {r["unit"] for r in rows}}
    mstyle = rng.choice(("compact", "iso", "dot", "cn0"))
    sep = rng.random() < 0.4
    kind = rng.choice(("企业职工基本养老保险", "企业养老"))
    flags = rng.choice((("已到账", "未到账"), ("是", "否"), ("已实缴", "未实缴")))

    def arrival(r: dict) -> str:
        if not r["paid"]:
            return ""
        y, m = _month_after(r["month"], rng.randint(3, 8) if r["status"] == "补缴" else rng.choice((0, 1)))
        return fdate(date(y, m, rng.randint(5, 25)).isoformat(), "iso")[0]

    def cells(r: dict, i: int) -> list[str]:
        b = r["base"]
        v = {"序号": str(i), "单位编号": codes[r["unit"]], "单位名称": r["unit"],
             "费款所属期": fdate(r["month"], mstyle, month=True)[0], "险种": kind, "缴费基数": _yuan(b, sep),
             "单位应缴": _yuan(b * 0.16 if r["paid"] else 0.0, sep),
             "个人应缴": _yuan(b * 0.08 if r["paid"] else 0.0, sep),
             "到账标志": flags[0 if r["paid"] else 1], "到账日期": arrival(r),
             "备注": "" if r["status"] == "正常" else r["status"]}
        return [v[c] for c in cols]

    paper.rotate = rng.choice((90, 90, 270))
    producer, paper.creator = rng.choice((("Acrobat Distiller 11.0 (Windows)", "PScript5.dll Version 5.2.2"),
                                          ("Acrobat Distiller 10.1.16 (Windows)", "PScript5.dll Version 5.2.2"),
                                          ("GPL Ghostscript 9.27", "PScript5.dll Version 5.2.2")))
    title = rng.choice(("社会保险个人缴费明细", "参保缴费证明（缴费明细）", "社会保险个人缴费明细表"))
    s.text(W / 2, 56, title, 18, align="center", track=3)
    y = 84.0
    s.text(x0, y, f"姓名：{p['name']}", 10)
    s.text(x0 + 130, y, f"公民身份号码：{p['id_number']}", 10)
    s.text(x0 + 360, y, f"个人编号：62{rng.randint(10 ** 9, 10 ** 10 - 1)}", 10)
    s.text(x1, y, "参保险种：企业职工基本养老保险", 10, align="right")
    y += 20
    s.text(x0, y, f"现参保单位：{p['unit']}", 10)
    s.text(x0 + 360, y, f"经办机构：{agency}", 10)
    s.text(x1, y, f"打印日期：{fdate(printed.isoformat(), 'iso')[0]}", 10, align="right")
    s.text(x1, y + 22, "金额单位：元", 9, align="right")
    head_aligns = ["center"] * len(cols)
    y = _table_row(s, x0, top1, widths, cols, head_aligns, size, row_h + 4)
    for i, r in enumerate(rows):
        c = cells(r, i + 1)
        if y + _row_height(s, widths, c, size, row_h) > bottom:
            s = paper.add_page()
            y = topn
            if repeat_head:
                y = _table_row(s, x0, y, widths, cols, head_aligns, size, row_h + 4)
        y = _table_row(s, x0, y, widths, c, aligns, size, row_h)
    paid = [r for r in rows if r["paid"]]
    total = {c: "" for c in cols}
    total[cols[0]] = "合计"
    total["单位名称"] = f"实缴{len(paid)}个月，欠缴及中断{len(rows) - len(paid)}个月"
    total["单位应缴"] = _yuan(sum(r["base"] * 0.16 for r in paid), sep)
    total["个人应缴"] = _yuan(sum(r["base"] * 0.08 for r in paid), sep)
    if y + row_h + 90 > bottom:
        y = _table_row(s, x0, y, widths, [total[c] for c in cols], head_aligns, size, row_h)
        s = paper.add_page()
        y = topn - 10
    else:
        y = _table_row(s, x0, y, widths, [total[c] for c in cols], head_aligns, size, row_h)
    y += 20
    y = s.para(x0, y, "说明：1.本明细为参保人在本统筹区的缴费记录；2.“中断”为该月未参保缴费，“欠缴”为单位已申报未缴纳，"
                      "“补缴”为跨月补缴；3.本证明涂改无效。", x1 - x0 - 200, 9, leading=1.7)
    s.text(x1 - 40, y + 12, f"经办机构（盖章）：{agency}", 10.5, align="right")
    s.text(x1 - 40, y + 34, fdate(printed.isoformat(), "cn")[0], 10.5, align="right")
    s.seal(x1 - 100 + rng.uniform(-15, 15), y + 18, 44, agency + rng.choice(("", "业务专用章")))
    n_pages = len(paper.sheets)
    footer = rng.choice(("第{k}页/共{n}页", "第 {k} 页，共 {n} 页", "- {k} -"))
    for k, sh in enumerate(paper.sheets):
        sh.text(W / 2, H - 22, footer.format(k=k + 1, n=n_pages), 8.5, align="center", color=FOOT)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(rows)}
    return Drawn(paper, truth, printed.isoformat(), producer=producer)


# --------------------------------------------------------------------------
# a platform's 参保缴费证明 whose template font has no usable ToUnicode map (text)
# --------------------------------------------------------------------------

class _GarbledPaper(Paper):
    """The template's static text in its own embedded face (``label_font``) whose ToUnicode map is
    dropped (``broken = "none"``) or sends every glyph into the Private Use Area ("pua") when the
    PDF is written; the filled-in values keep the family's face with a correct map."""

    label_font: pymupdf.Font
    broken = "none"

    def pdf(self, producer: str, date: str, creator: str = "") -> bytes:
        data = super().pdf(producer, date, creator)
        doc = pymupdf.open(stream=data, filetype="pdf")
        want = self.label_font.name.replace(" ", "")
        for xref in range(1, doc.xref_length()):
            kind, base = doc.xref_get_key(xref, "BaseFont")
            if kind != "name" or doc.xref_get_key(xref, "Subtype")[1] != "/Type0":
                continue
            if base.replace("#20", "").replace(" ", "").lstrip("/").split("+", 1)[-1] != want:
                continue
            kind, ref = doc.xref_get_key(xref, "ToUnicode")
            if self.broken == "none" or kind != "xref":
                doc.xref_set_key(xref, "ToUnicode", "null")
                continue
            tu = int(ref.split()[0])
            cids = _cmap_codes(doc.xref_stream(tu).decode("latin-1"))
            pairs = "".join(f"<{c:04x}> <{0xE000 + k:04x}>\n" for k, c in enumerate(cids))
            cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    "/CIDSystemInfo <</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def\n"
                    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
                    f"endcodespacerange\n{len(cids)} beginbfchar\n{pairs}endbfchar\nendcmap\n"
                    "CMapName currentdict /CMap defineresource pop\nend\nend\n")
            doc.update_stream(tu, cmap.encode())
        out = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
        doc.close()
        return out


def _cmap_codes(cmap: str) -> list[int]:
    """The codes a ToUnicode CMap maps (its bfchar entries and bfrange spans)."""
    codes: set[int] = set()
    for body in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        codes.update(int(a, 16) for a in re.findall(r"<([0-9a-fA-F]+)>\s*<[0-9a-fA-F]+>", body))
    for body in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for a, b in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*[<\[]", body):
            codes.update(range(int(a, 16), int(b, 16) + 1))
    return sorted(codes)


def _label(s: Sheet, x: float, y: float, text: str, size: float, **kw) -> float:
    """Static template text, in the template's face (its text layer is garbled on delivery)."""
    paper = s.paper
    keep, paper.font = paper.font, paper.label_font
    try:
        return s.text(x, y, text, size, **kw)
    finally:
        paper.font = keep


_COLS3 = {"序号": (32.0, "center"), "缴费年月": (70.0, "center"), "缴费单位": (0.0, "left"),
          "缴费基数": (70.0, "right"), "个人缴费": (64.0, "right"), "单位缴费": (64.0, "right"),
          "缴费状态": (56.0, "center")}
_PLATFORM3 = (("甘肃省人社一体化公共服务平台", "https://ggfw.rst.gansu.gov.cn"),
              ("甘肃政务服务网（兰州新区）", "https://zwfw.gansu.gov.cn"),
              ("甘肃人社网上经办大厅", "https://rst.gansu.gov.cn"))
BAND = (0.12, 0.32, 0.56)


@family("si_garbled_font_layer", "social_insurance", "text",
        "网上经办 platform 社会保险参保缴费证明（个人）PDF whose TEMPLATE text (title, labels, table header, headings, 说明, "
        "footers) is in an embedded 黑体/宋体 subset WITHOUT a usable ToUnicode (none: CIDs read as code points; or all "
        "mapped into the Private Use Area) while the filled-in values (name, ID, months, units, amounts, status, 验证码, "
        "date) are in a second face with a correct map; renders normally: title band with ring logo, 证明编号, unruled "
        "holder block, 一、参保情况 table, 二、缴费明细 zebra table without vertical rules (缴费年月|缴费单位|缴费基数|"
        "个人缴费|单位缴费?|缴费状态, orders vary), 说明, 验证码 + QR, agency, date, 电子签章")
def si_garbled_font_layer(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _history20(rng, p, rng.randint(14, 44), units=rng.choice((1, 1, 2)))
    listed = [r for r in rows if r["status"] != "中断"]      # the platform lists what was 申报: 中断 months absent
    printed = _printed(rows, rng)
    hh, mm = rng.randint(8, 17), rng.randint(0, 59)
    platform, url = rng.choice(_PLATFORM3)
    agency = rng.choice(_AGENCY20)
    paper = _GarbledPaper(face, A4, pages=0)
    label_face = "hei" if face != "hei" else "song"
    paper.label_font = fonts.font(label_face)
    paper.broken = rng.choice(("none", "none", "pua"))
    W, H = A4
    x0, x1 = 48.0, W - 48.0
    size = rng.choice((9.0, 9.5))
    row_h = rng.choice((18.0, 19.5, 21.0))
    cols = [rng.choice((["缴费年月", "缴费单位"], ["缴费单位", "缴费年月"]))]
    cols = cols[0] + (["缴费基数", "个人缴费"] if rng.random() < 0.6 else ["缴费基数", "单位缴费", "个人缴费"])
    cols.append("缴费状态")
    if rng.random() < 0.4:
        cols.insert(0, "序号")
    fixed = sum(_COLS3[c][0] for c in cols)
    widths = [_COLS3[c][0] or (x1 - x0 - fixed) for c in cols]
    aligns = [_COLS3[c][1] for c in cols]
    mstyle = rng.choice(("iso", "compact", "cn0"))
    zebra = rng.uniform(0.93, 0.96)
    ok_word = rng.choice(("已缴费", "正常缴费", "已到账"))
    cert_no = f"{rng.choice(('GS', 'LZXQ', '62'))}{printed:%Y%m%d}{rng.randint(10 ** 7, 10 ** 8 - 1)}"
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice((12, 16))))

    def head_row(sh: Sheet, y: float) -> float:
        sh.box(x0, y, x1, y + row_h + 2, width=0, grey=0.82, fill=0.82)
        cx = x0
        for c, w in zip(cols, widths):
            _label(sh, cx + w / 2, y + (row_h + 2) / 2 + size * 0.36, c, size, align="center")
            cx += w
        return y + row_h + 2

    def data_row(sh: Sheet, y: float, r: dict, i: int) -> float:
        b = r["base"]
        v = {"序号": str(i), "缴费年月": fdate(r["month"], mstyle, month=True)[0], "缴费单位": r["unit"],
             "缴费基数": _yuan(b), "个人缴费": _yuan(b * 0.08 if r["paid"] else 0.0),
             "单位缴费": _yuan(b * 0.16 if r["paid"] else 0.0),
             "缴费状态": {"正常": ok_word, "补缴": "补缴", "欠缴": "欠缴"}[r["status"]]}
        cs = [v[c] for c in cols]
        h = _row_height(sh, widths, cs, size, row_h)
        if i % 2 == 0:
            sh.box(x0, y, x1, y + h, width=0, grey=zebra, fill=zebra)
        _table_row(sh, x0, y, widths, cs, aligns, size, row_h, ruled=False)
        sh.line(x0, y + h, x1, y + h, width=0.3, grey=0.7)
        return y + h

    s = paper.add_page()
    # title band: the platform's ring logo, the title, the certificate number
    s.box(0, 0, W, 8, width=0, grey=0, fill=None)
    s.page.draw_rect(pymupdf.Rect(0, 0, W, 10), color=None, fill=BAND)
    s.page.draw_circle((x0 + 20, 52), 17, color=BAND, width=2.2)
    s.page.draw_circle((x0 + 20, 52), 11, color=BAND, fill=BAND)
    _label(s, x0 + 20, 56, "人社", 8.5, align="center", color=(1, 1, 1))
    _label(s, W / 2, 56, "社会保险参保缴费证明", 19, align="center", track=2)
    _label(s, W / 2, 76, "（个人）", 11, align="center")
    e = _label(s, x1 - 4 - s.width(cert_no, 9) - paper.label_font.text_length("证明编号：", fontsize=9), 98,
               "证明编号：", 9, color=GREY)
    s.text(e, 98, cert_no, 9, color=GREY)
    s.line(x0, 106, x1, 106, width=1.2, grey=0.15)
    # the holder block: label:value pairs in three columns, no ruling
    grid = [[("姓名", p["name"]), ("性别", p["gender"]), ("公民身份号码", p["id_number"])],
            [("个人编号", f"62{rng.randint(10 ** 9, 10 ** 10 - 1)}"), ("参保地", rng.choice(("兰州新区", "甘肃省本级"))),
             ("打印时间", f"{printed:%Y-%m-%d} {hh:02d}:{mm:02d}")]]
    colx = [x0, x0 + 150, x0 + 268]
    y = 128.0
    for row in grid:
        for (lab, val), cx in zip(row, colx):
            e = _label(s, cx, y, f"{lab}：", 10)
            s.text(e, y, val, 10)
        y += 22
    # 一、参保情况
    y += 8
    _label(s, x0, y, "一、参保情况", 11.5)
    y += 10
    sw = [150.0, 90.0, 110.0, x1 - x0 - 350.0]
    s.box(x0, y, x1, y + 20, width=0, grey=0.82, fill=0.82)
    cx = x0
    for lab, w in zip(("险种", "参保状态", "参保起始年月", "实际缴费月数"), sw):
        _label(s, cx + w / 2, y + 14, lab, 9.5, align="center")
        cx += w
    y += 20
    vals = ("企业职工基本养老保险", "参保缴费", fdate(rows[0]["month"], "cn0", month=True)[0],
            str(sum(r["paid"] for r in rows)))
    cx = x0
    for val, w in zip(vals, sw):
        s.text(cx + w / 2, y + 14, val, 9.5, align="center")
        cx += w
    y += 20
    s.line(x0, y, x1, y, width=0.3, grey=0.7)
    # 二、缴费明细, flowing over the pages with the header row repeated
    y += 26
    _label(s, x0, y, "二、缴费明细", 11.5)
    _label(s, x1, y, "单位：元", 9, align="right", color=GREY)
    y = head_row(s, y + 10)
    bottom, topn = H - 60.0, 60.0
    for i, r in enumerate(listed, 1):
        if y + row_h * 1.6 > bottom:
            s = paper.add_page()
            s.page.draw_rect(pymupdf.Rect(0, 0, W, 10), color=None, fill=BAND)
            y = head_row(s, topn)
        y = data_row(s, y, r, i)
    tail = 190.0
    if y + tail > bottom:
        s = paper.add_page()
        s.page.draw_rect(pymupdf.Rect(0, 0, W, 10), color=None, fill=BAND)
        y = topn - 20
    y += 24
    notes = ("说明：1.本证明记录参保人在本参保地企业职工基本养老保险的缴费情况，“欠缴”为单位已申报未足额缴纳；"
             "2.本证明由系统自动生成，涂改无效；3.如需核验，请登录" + platform + "扫描二维码或输入验证码。")
    lines = s.wrap(notes, x1 - x0, 8.8)
    for ln in lines:
        _label(s, x0, y, ln, 8.8, color=(0.2, 0.2, 0.2))
        y += 15
    y += 10
    e = _label(s, x0, y + 10, "验证码：", 10.5)
    s.text(e, y + 10, code, 10.5)
    _label(s, x0, y + 30, f"核验网址：{url}", 9, color=GREY)
    s.page.insert_image(pymupdf.Rect(x0, y + 40, x0 + 66, y + 106), stream=_qr(rng, 25))
    _label(s, x1 - 30, y + 50, agency, 11.5, align="right")
    s.text(x1 - 30, y + 74, fdate(printed.isoformat(), rng.choice(("cn", "iso")))[0], 11, align="right")
    s.seal(x1 - 30 - s.width(agency, 11.5) / 2 + rng.uniform(-10, 10), y + 56, 46,
           agency + rng.choice(("", "电子印章", "业务专用章")))
    n_pages = len(paper.sheets)
    for k, sh in enumerate(paper.sheets):
        _label(sh, W / 2, H - 28, f"第 {k + 1} 页 / 共 {n_pages} 页", 8.5, align="center", color=FOOT)
        _label(sh, x1, H - 28, platform, 8, align="right", color=(0.5, 0.5, 0.5))
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    producer = rng.choice(("FineReport 10.0", "JasperReports Library version 6.20.0", "iText 2.1.7 by 1T3XT"))
    return Drawn(paper, truth, printed.isoformat(), producer=producer)


# --------------------------------------------------------------------------
# a 2020s 学士学位证书, portrait, photographed on a desk with a phone (scan, colour)
# --------------------------------------------------------------------------

SCHOOL_EN = {"西北民族大学": "Northwest Minzu University", "兰州交通大学": "Lanzhou Jiaotong University",
             "西北大学": "Northwest University", "兰州理工大学": "Lanzhou University of Technology",
             "北方民族大学": "North Minzu University", "中南民族大学": "South-Central Minzu University",
             "西南民族大学": "Southwest Minzu University", "甘肃政法大学": "Gansu University of Political Science and Law",
             "兰州财经大学": "Lanzhou University of Finance and Economics",
             "甘肃中医药大学": "Gansu University of Chinese Medicine", "天水师范学院": "Tianshui Normal University",
             "河西学院": "Hexi University", "兰州城市学院": "Lanzhou City University",
             "甘肃民族师范学院": "Gansu Normal University for Nationalities", "陇东学院": "Longdong University"}
FRAME = ((0.62, 0.12, 0.12), (0.72, 0.55, 0.22), (0.1, 0.3, 0.55), (0.2, 0.42, 0.3))
CREAM = (0.985, 0.97, 0.93)
CHAIRS = ("王立新", "李宏伟", "张建国", "陈志强", "刘振宇", "杨文斌", "马永祥", "赵国华")   # 学位评定委员会主席 (校长)


@lru_cache(maxsize=32)
def _logo_pixmap(school: str, r: float, tint: tuple) -> pymupdf.Pixmap:
    """The school's ring logo (name round the top, English name round the bottom, a book and a
    mountain in the middle) as a picture, in a pale tint: printed faint under the text."""
    tmp = pymupdf.open()
    pg = tmp.new_page(width=2 * r, height=2 * r)
    pg.draw_circle((r, r), r * 0.96, color=tint, width=r * 0.04)
    pg.draw_circle((r, r), r * 0.66, color=tint, width=r * 0.025)
    en = SCHOOL_EN.get(school, "University").upper()
    for label, span, base, size in ((school, min(150.0, 24.0 * len(school)), 90.0, r * 0.17),
                                    (en, min(190.0, 6.0 * len(en)), 270.0, r * 0.07)):
        n = max(len(label), 1)
        for i, ch in enumerate(label):
            if ch == " ":
                continue
            step = span / max(n - 1, 1) * i
            ang = base + span / 2 - step if base == 90.0 else base - span / 2 + step
            rad = math.radians(ang)
            px, py = r + r * 0.81 * math.cos(rad), r - r * 0.81 * math.sin(rad)
            turn = 90 - ang if base == 90.0 else 270 - ang
            pg.insert_text((px - size / 2, py + size / 2.6), ch, fontname="china-s" if ord(ch) > 127 else "helv",
                           fontsize=size, color=tint, morph=(pymupdf.Point(px, py), pymupdf.Matrix(turn)))
    # an open book under a mountain
    pg.draw_polyline([(r * 0.55, r * 1.2), (r, r * 1.32), (r * 1.45, r * 1.2), (r * 1.45, r * 1.02), (r, r * 1.14),
                      (r * 0.55, r * 1.02), (r * 0.55, r * 1.2)], color=tint, width=r * 0.02)
    pg.draw_line((r, r * 1.14), (r, r * 1.32), color=tint, width=r * 0.02)
    pg.draw_polyline([(r * 0.6, r * 0.98), (r * 0.85, r * 0.62), (r * 0.98, r * 0.8), (r * 1.12, r * 0.55),
                      (r * 1.4, r * 0.98)], color=None, fill=tint)
    pix = pg.get_pixmap(dpi=110, alpha=True)
    tmp.close()
    return pix


def _pen_signature(s: Sheet, x: float, y: float, name: str, rng: random.Random) -> None:
    """The 主席's signature as printed on the certificate: a scanned pen name (a picture, not text)."""
    face = "kai" if fonts.path_of("kai") else s.paper.face
    size = 22.0
    tmp = pymupdf.open()
    pg = tmp.new_page(width=size * (len(name) * 0.9 + 2), height=size * 1.8)
    tw = pymupdf.TextWriter(pg.rect, color=(0.08, 0.08, 0.12))
    cx = size * 0.4
    font = fonts.font(face)
    for ch in name:
        f = font if font.has_glyph(ord(ch)) else (fonts.fallback() or font)
        tw.append((cx, size * 1.25 + rng.uniform(-2, 2)), ch, font=f, fontsize=size * rng.uniform(0.9, 1.1))
        cx += size * rng.uniform(0.62, 0.78)
    tw.write_text(pg, morph=(pymupdf.Point(size * 0.4, size * 1.25), pymupdf.Matrix(1, 0, -0.3, 1, 0, 0)))
    pg.draw_bezier((size * 0.2, size * 1.45), (size, size * 1.7), (cx - size, size * 1.1),
                   (cx + size * 0.5, size * 0.5), color=(0.08, 0.08, 0.12), width=1.3)
    pix = pg.get_pixmap(dpi=160, alpha=True)
    tmp.close()
    w = pix.width / 160 * 72
    s.page.insert_image(pymupdf.Rect(x, y - size * 1.25, x + w, y + size * 0.55), pixmap=pix, overlay=True)


def _qr_ink(rng: random.Random) -> bytes:
    """The QR code printed on the tinted sheet: its modules only (no white square behind them)."""
    with Image.open(io.BytesIO(_qr(rng, 25))) as im:
        ink = im.convert("L").point(lambda v: 255 - v)
    out = Image.new("LA", ink.size, 20)
    out.putalpha(ink)
    buf = io.BytesIO()
    out.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


class _DeskPhoto(Paper):
    """The certificate photographed on a desk with a phone: the sheet a little turned on wood with
    its shadow, the camera tilted (keystone), a lamp's warm hotspot on one side, darker corners."""

    def scan(self, rng: random.Random, *, dpi: int = 150, level=None, date: str = "2024-01-01"):
        self._flush()
        page = self.doc[0]
        pix = page.get_pixmap(dpi=dpi, alpha=False)
        sheet = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
        sw, sh = sheet.size
        # the desk: wood grain as stretched noise bands, some larger than the sheet
        W, H = int(sw * 1.22), int(sh * 1.16)
        gen = np.random.default_rng(rng.getrandbits(32))
        grain = gen.normal(0, 1, (H, 24)).astype(np.float32)
        grain = np.asarray(Image.fromarray(((grain + 3) * 40).clip(0, 255).astype(np.uint8)).resize(
            (W, H), Image.Resampling.BICUBIC), dtype=np.float32) / 255.0
        wood = np.array(rng.choice(((0.55, 0.38, 0.24), (0.42, 0.3, 0.2), (0.68, 0.54, 0.38))), np.float32)
        desk = (wood[None, None, :] * (0.82 + 0.3 * grain[..., None]) * 255).clip(0, 255).astype(np.uint8)
        canvas = Image.fromarray(desk, "RGB")
        angle = rng.uniform(-3.0, 3.0)
        turned = sheet.convert("RGBA").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        ox = (W - turned.width) // 2 + rng.randint(-sw // 40, sw // 40)
        oy = (H - turned.height) // 2 + rng.randint(-sh // 50, sh // 50)
        shadow = Image.new("RGBA", turned.size, (0, 0, 0, 0))
        shadow.putalpha(turned.getchannel("A").point(lambda a: 110 if a else 0))
        shadow = shadow.filter(ImageFilter.GaussianBlur(sw / 90))
        canvas.paste(shadow, (ox + sw // 70, oy + sh // 60), shadow)
        canvas.paste(turned, (ox, oy), turned)
        # the camera tilted: the far edge narrower (keystone), a little sideways
        k, t = rng.uniform(0.04, 0.09), rng.uniform(-0.025, 0.025)
        src = [(0, 0), (W, 0), (W, H), (0, H)]
        dst = [(W * (k + t), H * rng.uniform(0.0, 0.02)), (W * (1 - k + t), H * rng.uniform(0.0, 0.02)),
               (W * (1 + rng.uniform(-0.01, 0.01)), H), (W * rng.uniform(-0.01, 0.01), H)]
        if rng.random() < 0.3:     # taken from the side instead: one side edge shorter
            dst = [(W * 0.01, H * k), (W, H * rng.uniform(0, 0.01)), (W, H), (W * 0.01, H * (1 - k))]
        canvas = canvas.transform((W, H), Image.Transform.PERSPECTIVE, _perspective_coeffs(src, dst),
                                  resample=Image.Resampling.BICUBIC, fillcolor=(40, 32, 26))
        # light: a warm lamp hotspot on one side, darker corners
        ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
        lx, ly = rng.choice((0.15, 0.85)) * W, rng.uniform(0.1, 0.5) * H
        dist = np.sqrt(((xs - lx) / W) ** 2 + ((ys - ly) / H) ** 2)
        light = 0.72 + 0.42 * np.exp(-(dist / rng.uniform(0.35, 0.55)) ** 2)
        vign = 1.0 - 0.28 * (((xs / W - 0.5) * 2) ** 2 + ((ys / H - 0.5) * 2) ** 2) / 2
        arr = np.asarray(canvas, dtype=np.float32) * (light * vign)[..., None]
        arr *= np.array((1.03, 1.0, 0.92), np.float32)[None, None, :]          # the lamp's warm cast
        arr += gen.normal(0, 3.0, arr.shape).astype(np.float32)
        img = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.7))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=rng.randint(72, 84), optimize=True)
        return buf.getvalue(), ".jpg"


@family("deg_2020s_qr_portrait", "degree", "scan",
        "2020s 学士学位证书 in the school's own PORTRAIT design, photographed on a wooden desk with a phone (colour; keystone "
        "perspective, warm lamp hotspot, darker corners, sheet turned with its shadow): coloured double frame, the school's "
        "ring logo FAINT in the background, '学士学位证书' (school name above on some), photo with 钢印, prose '…在X专业完成了"
        "本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予工学学士学位。', '学位评定委员会主席' with a "
        "pen signature picture, school and red seal, date (汉字 or Arabic), '证书编号：1073 2420 2300 1234' grouped by four "
        "on some and whole on others, QR code bottom right")
def deg_2020s_qr_portrait(p: dict, rng: random.Random, face: str) -> Drawn:
    from .facts import redate
    q = redate(p, rng, rng.randint(2020, 2024), level="本科")
    W, H = 560.0, 780.0
    paper = _DeskPhoto(face, (W, H))
    s = paper[0]
    frame = rng.choice(FRAME)
    s.page.draw_rect(s.page.rect, color=None, fill=CREAM)
    s.page.draw_rect(pymupdf.Rect(16, 16, W - 16, H - 16), color=frame, width=6)
    s.page.draw_rect(pymupdf.Rect(27, 27, W - 27, H - 27), color=frame, width=1.0)
    for cx, cy in ((27, 27), (W - 27, 27), (27, H - 27), (W - 27, H - 27)):
        s.page.draw_rect(pymupdf.Rect(cx - 6, cy - 6, cx + 6, cy + 6), color=frame, fill=CREAM, width=1.0)
    # the faint logo in the background centre
    r = rng.uniform(150, 185)
    tint = (0.9, 0.87, 0.82) if frame[0] > 0.5 else (0.86, 0.89, 0.92)
    s.page.insert_image(pymupdf.Rect(W / 2 - r, H * 0.5 - r, W / 2 + r, H * 0.5 + r),
                        pixmap=_logo_pixmap(q["school"], round(r, 0), tint), overlay=True)
    name_top = rng.random() < 0.5
    y = 92.0
    if name_top:
        s.text(W / 2, y, q["school"], 22, align="center", track=4, color=frame)
        y += 56
    else:
        y += 24
    s.text(W / 2, y, "学士学位证书", 32, align="center", track=10 if name_top else 12)
    photo_left = rng.random() < 0.5
    pw, ph = 90.0, 120.0
    px = 62.0 if photo_left else W / 2 - pw / 2
    py = y + 30
    s.photo(px, py, pw, ph)
    s.seal(px + pw - 6, py + ph - 10, 28, q["school"], color=(0.7, 0.68, 0.64))
    no = q["degree_certificate_no"]
    spaced = rng.random() < 0.5
    shown = " ".join(no[i:i + 4] for i in range(0, 16, 4)) if spaced else no
    no_under_photo = rng.random() < 0.35
    if no_under_photo:
        s.text(px + pw / 2 if not photo_left else px, py + ph + 20, f"证书编号：{shown}", 10.5,
               align="center" if not photo_left else "left")
    bstyle = rng.choice(("cn", "cn", "hz"))
    birth = fdate(q["birth_date"], bstyle)[0]
    text = (f"{q['name']}，{q['gender']}，{birth}生。在{q['school']}{q['major']}专业完成了本科学习计划，业已毕业，"
            f"经审核符合《中华人民共和国学位条例》的规定，授予{q['discipline']}学士学位。")
    size = rng.choice((14.5, 15.0, 15.5))
    tx = px + pw + 26 if photo_left else 66.0
    ty = py + 16 if photo_left else py + ph + (52 if no_under_photo else 40)
    if photo_left:   # the prose beside the photo first, then under it at full width
        lines = s.wrap(text, W - 66 - tx, size, first=2 * size)
        first, rest = lines[:5], "".join(lines[5:])
        for i, ln in enumerate(first):
            s.text(tx + (2 * size if i == 0 else 0), ty + i * size * 2.0, ln, size)
        ty = max(ty + len(first) * size * 2.0, py + ph + (52 if no_under_photo else 36))
        if rest:
            ty = s.para(66.0, ty, rest, W - 132, size, leading=2.0)
    else:
        ty = s.para(tx, ty, text, W - 132, size, leading=2.0, indent=2 * size)
    # signature block: 主席 with a pen signature, the school, its seal and the date
    yb = max(ty + 40, H - 230)
    s.text(W - 70, yb, f"{q['school']}", 14, align="right")
    s.text(W - 70 - 70, yb + 36, "学位评定委员会主席", 12.5, align="right")
    _pen_signature(s, W - 70 - 66, yb + 38, rng.choice([c for c in CHAIRS if c != q["name"]]), rng)
    award, ta = fdate(q["award_date"], rng.choice(("hz", "hz", "cn")))
    s.text(W - 70, yb + 74, award, 13, align="right")
    s.seal(W - 70 - s.width(q["school"], 14) / 2 + rng.uniform(-12, 12), yb + 10, 44, q["school"])
    # the foot: number (when not under the photo), QR with its caption
    qs = 70.0
    qx, qy = W - 48 - qs, H - 50 - qs
    s.page.insert_image(pymupdf.Rect(qx, qy, qx + qs, qy + qs), stream=_qr_ink(rng))
    s.text(qx + qs / 2, qy + qs + 12, rng.choice(("扫码验证", "学位证书查询", "扫一扫 验真伪")), 7.5, align="center",
           color=GREY)
    if not no_under_photo:
        s.text(56, H - 62, f"证书编号：{shown}", 11)
    truth = {"name": q["name"], "degree": q["degree"], "major": q["major"], "award_date": ta,
             "degree_certificate_no": no}
    return Drawn(paper, truth, q["award_date"], dpi=rng.choice((150, 160, 170)))
