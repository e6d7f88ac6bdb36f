"""Drawing with embedded CJK faces: text with letter spacing, rules, tables, seals.

Independent of ``sample_docs.render.common`` on purpose: the zoo must not share
the generator's layout habits. Text goes through one ``pymupdf.TextWriter`` per
colour and page, in the family's face, with a fallback face for glyphs it
lacks; :meth:`Paper.pdf` subsets the faces so that each PDF carries its own
fonts (self-contained, a few tens of kB). Spaces are never drawn as glyphs: a
space advances the pen, as typesetting systems do, so the text layer holds the
gap and no stray no-break spaces.
"""
from __future__ import annotations

import hashlib
import math
import re
import random
from functools import lru_cache
from typing import Optional, Sequence

import pymupdf
from PIL import Image

from sample_docs.render.degrade import degrade, rasterise, render_pages_to_pdf, to_jpeg

from . import fonts

A4 = (595.0, 842.0)
A4L = (842.0, 595.0)
BLACK = (0.0, 0.0, 0.0)
RED = (0.82, 0.1, 0.1)
_NO_LINE_START = set("，。、；：？！）》」”,.;:)%")


class Paper:
    """A document being drawn: pages, one face, metadata on delivery."""

    def __init__(self, face: str, size: tuple[float, float] = A4, pages: int = 1):
        self.face = face
        self.font = fonts.font(face)
        self.fallback = fonts.fallback()
        self.size = size
        self.doc = pymupdf.open()
        self.sheets: list[Sheet] = []
        for _ in range(pages):
            self.add_page()

    def add_page(self, size: Optional[tuple[float, float]] = None) -> "Sheet":
        w, h = size or self.size
        self.doc.new_page(width=w, height=h)
        sheet = Sheet(self, self.doc.page_count - 1)
        self.sheets.append(sheet)
        return sheet

    def __getitem__(self, i: int) -> "Sheet":
        return self.sheets[i]

    def _flush(self) -> None:
        for s in self.sheets:
            s.flush()

    def pdf(self, producer: str, date: str, creator: str = "") -> bytes:
        """Self-contained, deterministic PDF bytes (fonts subset and embedded)."""
        self._flush()
        try:
            self.doc.subset_fonts(fallback=True)
        except Exception:  # pragma: no cover - fontTools missing: fonts stay whole
            self.doc.subset_fonts()
        _fixed_subset_tags(self.doc)
        y, m, d = (date.split("-") + ["01", "01"])[:3]
        stamp = f"D:{y}{m}{d}100000+08'00'"
        self.doc.set_metadata({"producer": producer, "creator": creator, "creationDate": stamp,
                               "modDate": stamp, "title": "", "author": "", "subject": "", "keywords": ""})
        for page in self.doc:
            page.clean_contents()
        return self.doc.tobytes(garbage=3, deflate=True, no_new_id=True)

    def text_layer(self) -> list[str]:
        """The page texts as PyMuPDF reads them (before rasterising a scan)."""
        self._flush()
        return [p.get_text() for p in self.doc]

    def scan(self, rng: random.Random, *, dpi: int = 125, level: Optional[int] = None,
             date: str = "2024-01-01") -> tuple[bytes, str]:
        """A phone photo or scan of the pages: one JPEG, or an image-only PDF for several."""
        self._flush()
        images = []
        for page in self.doc:
            lvl = level if level is not None else rng.choice((1, 2, 2, 3, 3))
            img, quality = degrade(rasterise(page, dpi), lvl, rng)
            if lvl >= 2 and rng.random() < 0.5:  # a little more skew, up to ~3°
                img = img.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.BICUBIC, fillcolor=220)
            images.append(to_jpeg(img, quality))
        if len(images) == 1:
            return images[0], ".jpg"
        return render_pages_to_pdf([(im, ".jpg") for im in images], date=date,
                                   producer="Microsoft: Print To PDF"), ".pdf"

    def close(self) -> None:
        self.doc.close()


class Sheet:
    """One page of a Paper; every drawing call of the families goes through it."""

    def __init__(self, paper: Paper, index: int):
        self.paper = paper
        self.index = index
        self.writers: dict[tuple[float, float, float], pymupdf.TextWriter] = {}

    @property
    def page(self) -> pymupdf.Page:
        return self.paper.doc[self.index]

    @property
    def w(self) -> float:
        return self.paper.doc[self.index].rect.width

    @property
    def h(self) -> float:
        return self.paper.doc[self.index].rect.height

    # -- text ----------------------------------------------------------------
    def _font_for(self, ch: str) -> pymupdf.Font:
        f = self.paper.font
        if f.has_glyph(ord(ch)) or self.paper.fallback is None:
            return f
        return self.paper.fallback

    def _adv(self, ch: str, size: float) -> float:
        if ch == " ":
            return size * 0.5
        if ord(ch) > 0x2e80:
            return size
        return self._font_for(ch).text_length(ch, fontsize=size)

    def width(self, s: str, size: float, track: float = 0.0) -> float:
        return sum(self._adv(c, size) for c in s) + track * max(len(s) - 1, 0)

    def text(self, x: float, y: float, s: str, size: float, *, align: str = "left", track: float = 0.0,
             color: tuple[float, float, float] = BLACK) -> float:
        """Draw one line with its baseline at y; returns the x after it."""
        s = str(s)
        wd = self.width(s, size, track)
        if align == "center":
            x -= wd / 2
        elif align == "right":
            x -= wd
        tw = self.writers.setdefault(color, pymupdf.TextWriter(self.page.rect, color=color))
        run, run_font, run_x = "", None, x
        for ch in s:
            font = None if ch == " " else self._font_for(ch)
            if track or ch == " " or font is not run_font:
                if run:
                    tw.append((run_x, y), run, font=run_font, fontsize=size)
                run, run_font, run_x = "", font, x
            if ch != " ":
                run += ch
            x += self._adv(ch, size) + track
        if run:
            tw.append((run_x, y), run, font=run_font, fontsize=size)
        return x - track

    def vtext(self, x: float, y: float, s: str, size: float, gap: float = 0.0) -> float:
        """Characters stacked top to bottom (a vertical title); returns the y after."""
        for ch in s:
            self.text(x, y + size, ch, size, align="center")
            y += size + gap
        return y

    def wrap(self, s: str, width: float, size: float, track: float = 0.0, first: float = 0.0) -> list[str]:
        """Split into lines of ≤ width, never inside an ASCII run (numbers stay whole)."""
        tokens: list[str] = []
        buf = ""
        for ch in s:
            if ch.isascii() and ch != " ":
                buf += ch
                continue
            if buf:
                tokens.append(buf)
                buf = ""
            tokens.append(ch)
        if buf:
            tokens.append(buf)
        lines, cur, avail = [], "", width - first
        for tok in tokens:
            if cur and tok[0] in _NO_LINE_START:
                cur += tok
            elif cur and self.width(cur + tok, size, track) > avail:
                lines.append(cur.rstrip())
                cur, avail = tok.lstrip(), width
            else:
                cur += tok
        if cur.strip():
            lines.append(cur.rstrip())
        return lines

    def para(self, x: float, y: float, s: str, width: float, size: float, *, leading: float = 1.75,
             indent: float = 0.0, track: float = 0.0) -> float:
        for i, line in enumerate(self.wrap(s, width, size, track, indent)):
            self.text(x + (indent if i == 0 else 0), y, line, size, track=track)
            y += size * leading
        return y

    # -- graphics ------------------------------------------------------------
    def line(self, x0, y0, x1, y1, width: float = 0.7, grey: float = 0.0) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=(grey, grey, grey), width=width)

    def box(self, x0, y0, x1, y1, width: float = 0.7, grey: float = 0.0, fill: Optional[float] = None) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(grey, grey, grey), width=width,
                            fill=None if fill is None else (fill, fill, fill))

    def photo(self, x0: float, y0: float, w: float, h: float) -> None:
        self.box(x0, y0, x0 + w, y0 + h, width=0.5, grey=0.5, fill=0.85)
        self.page.draw_oval(pymupdf.Rect(x0 + w * .3, y0 + h * .16, x0 + w * .7, y0 + h * .55),
                            color=None, fill=(0.6, 0.6, 0.6))
        self.page.draw_oval(pymupdf.Rect(x0 + w * .1, y0 + h * .6, x0 + w * .9, y0 + h * 1.1),
                            color=None, fill=(0.6, 0.6, 0.6))

    def seal(self, cx: float, cy: float, r: float, label: str, color=RED) -> None:
        """A round seal as an image (as in issued PDFs: the stamp is a picture, its
        words are not in the text layer): ring, star, the name along the arc."""
        pix = _seal_pixmap(round(r, 1), label, color)
        self.page.insert_image(pymupdf.Rect(cx - r, cy - r, cx + r, cy + r), pixmap=pix, overlay=True)

    def table(self, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], size: float, *,
              ruled: bool = True, pad: float = 4.0, min_h: float = 0.0, leading: float = 1.4,
              align: Optional[Sequence[str]] = None, track: float = 0.0) -> float:
        """Cells wrapped inside their columns; returns the bottom y."""
        for row in rows:
            cells = [self.wrap(str(c), wd - 2 * pad, size, track) or [""] for c, wd in zip(row, widths)]
            hgt = max(min_h, max(len(c) for c in cells) * size * leading + 2 * pad)
            cx = x
            for i, (lines, wd) in enumerate(zip(cells, widths)):
                ty = y + (hgt - len(lines) * size * leading) / 2 + size * 1.02
                a = align[i] if align else "left"
                for ln in lines:
                    tx = cx + pad if a == "left" else (cx + wd / 2 if a == "center" else cx + wd - pad)
                    self.text(tx, ty, ln, size, align=a, track=track)
                    ty += size * leading
                if ruled:
                    self.box(cx, y, cx + wd, y + hgt, width=0.5)
                cx += wd
            y += hgt
        return y

    def flush(self) -> None:
        for tw in self.writers.values():
            tw.write_text(self.page)
        self.writers.clear()


@lru_cache(maxsize=256)
def _seal_pixmap(r: float, label: str, color: tuple) -> pymupdf.Pixmap:
    tmp = pymupdf.open()
    pg = tmp.new_page(width=2 * r, height=2 * r)
    pg.draw_circle((r, r), r * 0.94, color=color, width=max(r / 16, 1.2))
    star = [(r + r * .3 * math.cos(math.radians(90 + 144 * i)),
             r - r * .3 * math.sin(math.radians(90 + 144 * i))) for i in range(5)]
    pg.draw_polyline(star + [star[0]], color=None, fill=color)
    n = max(len(label), 1)
    span = min(250.0, 22.0 * n)
    size = min(r * 0.32, 2 * math.pi * r * 0.7 * span / 360 / n * 1.1)
    for i, ch in enumerate(label):
        ang = 90 + span / 2 - (span / max(n - 1, 1)) * i if n > 1 else 90
        rad = math.radians(ang)
        px, py = r + r * 0.68 * math.cos(rad), r - r * 0.68 * math.sin(rad)
        pg.insert_text((px - size / 2, py + size / 2), ch, fontname="china-s", fontsize=size, color=color,
                       morph=(pymupdf.Point(px, py), pymupdf.Matrix(90 - ang)))
    pix = pg.get_pixmap(dpi=150, alpha=True)
    tmp.close()
    return pix


def _fixed_subset_tags(doc: pymupdf.Document) -> None:
    """Subsetting names each font ``XXXXXX+Name`` with a random tag; a tag derived
    from the name keeps the bytes the same for the same seed."""
    for xref in range(1, doc.xref_length()):
        for key in ("BaseFont", "FontName"):
            kind, value = doc.xref_get_key(xref, key)
            if kind == "name" and re.match(r"/[A-Z]{6}\+", value):
                base = value[8:]
                tag = "".join(chr(65 + b % 26) for b in hashlib.sha1(base.encode()).digest()[:6])
                doc.xref_set_key(xref, key, f"/{tag}+{base}".replace(" ", "#20"))
