"""Drawing and formatting helpers shared by the per-doc_type renderers.

Why a helper layer: every renderer must (a) draw mixed Chinese/Latin text so
that both the text layer (``page.get_text()``) and the rasterised scan read
naturally, (b) print dates and numbers in several real-world styles while
reporting the *normalised* value it printed as ground truth, and (c) produce
byte-identical PDFs for identical inputs. Doing that once here keeps the
renderers to layout only.

Fonts: CJK runs use PyMuPDF's built-in ``china-s`` (not embedded, so PDFs stay
tiny); Latin runs use the base-14 ``helv``/``tiro`` because ``china-s`` has no
proportional Latin widths (digits would be drawn one em apart).
"""
from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from typing import Optional

import pymupdf

A4 = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)
CJK_FONT = "china-s"
_RUN = re.compile(r"[\x20-\x7e]+|[^\x20-\x7e]+")
_HANZI = "〇一二三四五六七八九"
_NO_LINE_START = set("，。、；：？！）》」”,.;:)%")


# --------------------------------------------------------------------------
# the product of one renderer
# --------------------------------------------------------------------------

@dataclass
class Built:
    """A laid-out document before delivery (PDF bytes or a degraded scan).

    ``kind`` says how the real document usually arrives: ``"text"`` (a PDF
    from an issuing system) or ``"scan"`` (a paper document scanned/photographed).
    ``date`` (YYYY-MM-DD) is the document's own date, used for PDF metadata.
    """
    doc: pymupdf.Document
    truth: dict
    kind: str
    producer: str
    date: str
    dpi: int = 125
    creator: str = ""


# --------------------------------------------------------------------------
# text drawing
# --------------------------------------------------------------------------

class Canvas:
    """A page plus a font choice; all text goes through :meth:`text`."""

    def __init__(self, page: pymupdf.Page, latin: str = "helv", color: float = 0.0):
        self.page = page
        self.latin = latin
        self.color = (color, color, color)

    @property
    def width(self) -> float:
        return self.page.rect.width

    @property
    def height(self) -> float:
        return self.page.rect.height

    def length(self, text: str, size: float) -> float:
        total = 0.0
        for run in _RUN.findall(text):
            if run[0] <= "\x7e":
                total += pymupdf.get_text_length(run, fontname=self.latin, fontsize=size)
            else:
                total += size * len(run)
        return total

    def text(self, x: float, y: float, text: str, size: float, align: str = "left",
             spacing: float = 0.0) -> float:
        """Draw one line with its baseline at y; returns the x after it.

        ``spacing`` adds extra points between characters (as on 证书 with
        spread-out labels like "姓 名" drawn without a real space).
        """
        if spacing:
            w = self.length(text, size) + spacing * max(len(text) - 1, 0)
        else:
            w = self.length(text, size)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        for run in _RUN.findall(text):
            latin = run[0] <= "\x7e"
            font = self.latin if latin else CJK_FONT
            if spacing:
                for ch in run:
                    self.page.insert_text((x, y), ch, fontname=font, fontsize=size, color=self.color)
                    x += self.length(ch, size) + spacing
            else:
                self.page.insert_text((x, y), run, fontname=font, fontsize=size, color=self.color)
                x += self.length(run, size)
        return x

    def wrap(self, text: str, width: float, size: float, first_indent: float = 0.0,
             keep: tuple[str, ...] = ()) -> list[str]:
        """Split text into lines of at most ``width`` points, never inside a
        Latin/digit run (an ID or certificate number stays on one line), nor
        inside a ``keep`` string, nor before closing punctuation."""
        tokens: list[str] = []
        pattern = "|".join(re.escape(k) for k in sorted(keep, key=len, reverse=True) if k)
        pieces = re.split(f"({pattern})", text) if pattern else [text]
        for piece in pieces:
            if piece in keep:
                tokens.append(piece)
                continue
            for run in _RUN.findall(piece):
                if run[0] <= "\x7e":
                    tokens.extend(t for t in re.split(r"(\s+)", run) if t)
                else:
                    tokens.extend(run)
        lines, cur, avail = [], "", width - first_indent
        for tok in tokens:
            if cur and tok[0] in _NO_LINE_START:
                cur += tok
            elif cur and self.length(cur + tok, size) > avail:
                lines.append(cur.rstrip())
                cur, avail = tok.lstrip(), width
            else:
                cur += tok
        if cur.strip():
            lines.append(cur.rstrip())
        return lines

    def paragraph(self, x: float, y: float, text: str, width: float, size: float,
                  leading: float = 1.6, indent: float = 0.0, keep: tuple[str, ...] = ()) -> float:
        """Draw wrapped text; returns the baseline y after the last line."""
        for i, line in enumerate(self.wrap(text, width, size, indent, keep)):
            self.text(x + (indent if i == 0 else 0), y, line, size)
            y += size * leading
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.8, grey: float = 0.0):
        self.page.draw_line((x0, y0), (x1, y1), color=(grey, grey, grey), width=width)

    def rect(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.8,
             fill: Optional[float] = None, grey: float = 0.0):
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(grey, grey, grey), width=width,
                            fill=None if fill is None else (fill, fill, fill))

    def photo_box(self, x0: float, y0: float, w: float, h: float, seed: str = ""):
        """The holder's photo: a backdrop, shoulders, a face and hair whose shades and
        shapes depend on the person (``seed``), as two people's photos differ."""
        import random
        rnd = random.Random(f"photo:{seed}")
        g = lambda lo, hi: (lambda v: (v, v, v))(rnd.uniform(lo, hi))  # noqa: E731
        self.page.draw_rect(pymupdf.Rect(x0, y0, x0 + w, y0 + h), color=(0.5, 0.5, 0.5), width=0.6,
                            fill=g(0.55, 0.95))
        cx, fw, fh = x0 + w * rnd.uniform(.42, .58), w * rnd.uniform(.30, .44), h * rnd.uniform(.30, .40)
        top = y0 + h * rnd.uniform(.12, .24)
        sw = w * rnd.uniform(.70, .98)
        self.page.draw_oval(pymupdf.Rect(cx - sw / 2, top + fh * rnd.uniform(.85, 1.05), cx + sw / 2,
                                         y0 + h * 1.25), color=None, fill=g(0.1, 0.6))
        self.page.draw_oval(pymupdf.Rect(cx - fw / 2, top, cx + fw / 2, top + fh), color=None, fill=g(0.55, 0.85))
        hair = rnd.uniform(.25, .55)
        self.page.draw_oval(pymupdf.Rect(cx - fw * rnd.uniform(.5, .62), top - fh * .08,
                                         cx + fw * rnd.uniform(.5, .62), top + fh * hair),
                            color=None, fill=g(0.05, 0.35))
        self.rect(x0, y0, x0 + w, y0 + h, width=0.6, grey=0.5)

    def seal(self, cx: float, cy: float, r: float, label: str):
        """An official seal: a ring, a star and the unit's name (drawn light,
        as a red stamp looks in a grayscale scan)."""
        grey = (0.55, 0.55, 0.55)
        self.page.draw_circle((cx, cy), r, color=grey, width=max(r / 18, 1.2))
        star = [(cx + r * .28 * _cos(90 + 144 * i), cy - r * .28 * _sin(90 + 144 * i)) for i in range(5)]
        self.page.draw_polyline(star + [star[0]], color=None, fill=grey)
        size = min(r * 2 * 0.75 / max(len(label), 1), r / 3.2)
        old, self.color = self.color, grey
        self.text(cx, cy + r * .62, label, size, align="center")
        self.color = old


def photo_seed(f: dict) -> str:
    """Whose photo a certificate shows: the holder's (a forged copy may keep another's)."""
    return str(f.get("photo") or f"{f.get('name', '')}{f.get('birth_date', '')}")


def _cos(deg: float) -> float:
    return math.cos(math.radians(deg))


def _sin(deg: float) -> float:
    return math.sin(math.radians(deg))


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------

DATE_STYLES = ("cn", "cn_pad", "dot", "iso", "hanzi", "slash")


def split_date(value: str) -> tuple[int, int, Optional[int]]:
    parts = str(value).strip()[:10].split("-")
    y, m = int(parts[0]), int(parts[1])
    d = int(parts[2]) if len(parts) > 2 and parts[2] else None
    return y, m, d


def hanzi_number(n: int) -> str:
    """1..31 as on certificates: 十二, 二十, 三十一."""
    if n < 10:
        return _HANZI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _HANZI[tens]) + "十" + (_HANZI[ones] if ones else "")


def hanzi_year(y: int) -> str:
    return "".join(_HANZI[int(c)] for c in str(y))


def fmt_date(value: str, style: str, month_only: bool = False) -> tuple[str, str]:
    """Printed form and normalised truth of a date.

    A value given as YYYY-MM (or ``month_only``) prints without a day, and its
    truth is then YYYY-MM: the truth always says exactly what the page shows.
    """
    y, m, d = split_date(value)
    if month_only:
        d = None
    truth = f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")
    if style == "cn":
        s = f"{y}年{m}月" + (f"{d}日" if d else "")
    elif style == "cn_pad":
        s = f"{y}年{m:02d}月" + (f"{d:02d}日" if d else "")
    elif style == "dot":
        s = f"{y}.{m:02d}" + (f".{d:02d}" if d else "")
    elif style == "iso":
        s = truth
    elif style == "slash":
        s = f"{y}/{m:02d}" + (f"/{d:02d}" if d else "")
    elif style == "hanzi":
        s = f"{hanzi_year(y)}年{hanzi_number(m)}月" + (f"{hanzi_number(d)}日" if d else "")
    elif style == "compact":
        s = f"{y}{m:02d}" + (f"{d:02d}" if d else "")
    else:
        raise ValueError(f"unknown date style {style!r}")
    return s, truth


def date_forms(truth: str) -> set[str]:
    """Every printed form of a normalised date (used by tests and checks of truth)."""
    return {fmt_date(truth, st)[0] for st in DATE_STYLES + ("compact",)}


def pdf_date(value: str, hour: int = 9, minute: int = 30) -> str:
    y, m, d = split_date(value)
    return f"D:{y:04d}{m:02d}{(d or 1):02d}{hour:02d}{minute:02d}00+08'00'"


# --------------------------------------------------------------------------
# numbers and labels
# --------------------------------------------------------------------------

def norm_number(x) -> str:
    """Contract form of a number: no trailing zeros ("4500.00" → "4500", 12.30 → "12.3")."""
    s = f"{float(x):.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def pct(x) -> str:
    """Percent as CNKI prints it (one decimal, "12.3%")."""
    return f"{float(x):.1f}%"


def pct_truth(x) -> str:
    """Truth of a printed percent: exactly the printed digits (no rounding drift)."""
    return norm_number(pct(x)[:-1])


def colon(style: int) -> str:
    """0: full-width "：", 1: ASCII ":", 2: none (a space)."""
    return ("：", ":", " ")[style % 3]


def spread(label: str) -> str:
    """'姓名' → '姓 名' as printed on many forms."""
    return " ".join(label) if len(label) == 2 else label


def level_text(level: str) -> str:
    """The word certificates print for an education level (大专 is printed 专科)."""
    return {"大专": "专科", "硕士研究生": "硕士研究生", "博士研究生": "博士研究生"}.get(level, level)


def years_of_study(start: str, graduation: str) -> int:
    ys, ms, _ = split_date(start)
    yg, mg, _ = split_date(graduation)
    return max(1, round(((yg * 12 + mg) - (ys * 12 + ms)) / 12))


def pick(rng: random.Random, options):
    return options[rng.randrange(len(options))]


def require(fields: dict, doc_type: str, *keys: str) -> None:
    missing = [k for k in keys if fields.get(k) in (None, "")]
    if missing:
        raise KeyError(f"render({doc_type!r}) needs fields {missing}")


# --------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------

def new_doc(size: tuple[float, float] = A4, pages: int = 1) -> tuple[pymupdf.Document, list[pymupdf.Page]]:
    doc = pymupdf.open()
    for _ in range(pages):
        doc.new_page(width=size[0], height=size[1])
    # load the pages after all insertions: inserting a page orphans earlier Page objects
    return doc, [doc[i] for i in range(pages)]


def finish_pdf(doc: pymupdf.Document, producer: str, date: str, creator: str = "",
               title: str = "") -> bytes:
    """Deterministic PDF bytes: fixed metadata from the document's own date,
    the issuing system as Producer, and no random trailer /ID."""
    stamp = pdf_date(date)
    for page in doc:  # one content stream per page (each text insertion adds one): 5–10× smaller files
        page.clean_contents()
    doc.set_metadata({"producer": producer, "creator": creator, "title": title,
                      "creationDate": stamp, "modDate": stamp,
                      "author": "", "subject": "", "keywords": ""})
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def kv_lines(cv: Canvas, x: float, y: float, items: list[tuple[str, str]], size: float, *,
             colon_style: int = 0, label_width: Optional[float] = None, leading: float = 2.0,
             value_width: Optional[float] = None) -> float:
    """Label/value rows with aligned values; a value longer than ``value_width``
    wraps onto a second line under itself (the long-school-name case)."""
    sep = colon(colon_style)
    if label_width is None:
        label_width = max(cv.length(k + sep, size) for k, _ in items) + size * 0.6
    vw = value_width or (cv.width - x - label_width - 40)
    for label, value in items:
        cv.text(x, y, label + sep.strip(), size)
        for line in cv.wrap(str(value), vw, size) or [""]:
            cv.text(x + label_width, y, line, size)
            y += size * leading * 0.62
        y += size * leading * 0.38
    return y


def grid(cv: Canvas, x: float, y: float, widths: list[float], rows: list[list[str]], size: float, *,
         ruled: bool = True, pad: float = 4.0, leading: float = 1.45, min_h: float = 0.0,
         align: Optional[list[str]] = None) -> float:
    """A table: each cell's text wrapped inside its column; with ``ruled`` the
    cell borders are drawn, without it only the aligned text (a table without
    ruling lines). Returns the y of the table's bottom edge."""
    for row in rows:
        cells = [cv.wrap(str(c), wd - 2 * pad, size) or [""] for c, wd in zip(row, widths)]
        h = max(min_h, max(len(c) for c in cells) * size * leading + 2 * pad)
        cx = x
        for i, (lines, wd) in enumerate(zip(cells, widths)):
            ty = y + (h - len(lines) * size * leading) / 2 + size * 1.05
            for line in lines:
                a = align[i] if align else "left"
                tx = cx + pad if a == "left" else (cx + wd / 2 if a == "center" else cx + wd - pad)
                cv.text(tx, ty, line, size, align=a)
                ty += size * leading
            if ruled:
                cv.rect(cx, y, cx + wd, y + h, width=0.6)
            cx += wd
        y += h
    return y
