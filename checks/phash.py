"""Perceptual hashing of scanned pages, for IMAGE_REUSED.

Why two levels: a whole-page pHash/dHash is robust to re-compression, rescaling
and a slight rotation, but two diplomas of the same school and year share the
template and differ only in a few fields — their page hashes are nearly equal.
So a page also keeps a compressed stroke map of the deskewed, cropped page: a
reused scan with the name painted over differs in one or two cells, another
person's diploma in the name, birth date, number and photo cells. The page hash
finds candidates (BK-tree), the stroke maps decide.

A third level (issue 12.5) compares what a forger leaves alone: the strokes outside
the text lines (photo, seal ring, border, ornaments). Text lines are found on the page
itself (character-sized connected components merged along the line), so the same
signature serves tonight's scans and earlier nights'. A copy whose name *and*
certificate number were repainted still has the original's photo and seal: few cells
change outside the text lines, while another person's certificate of the same template
differs in its photo.

Signature (a list of ints, as ``Store.save_signatures`` keeps them):
``[VERSION, phash, dhash, n_bytes, *7-byte chunks of the zlib'd stroke map,
n_bytes, *chunks of the zlib'd text-line mask]`` (version 1 has no mask).
Measured on the tests' diploma renderings (white paper filling the picture): same scan
re-JPEG'd/rescaled/rotated 1.5° or with the name replaced: 0–3 changed cells; other
persons, same template: 11–17. On the layout zoo's scans (photos of a page on a desk:
``python bench/reuse_templates.py --seed 1``, one copy of each of 91 scanned documents)
re-compression alone changes 0 cells (median), but a copy re-saved as the tests' ``degrade``
does (JPEG q55, 0.8×, turned 1°) changes 0–453, median 86 (quartiles 24–250): its white
corners move the crop to the ink and the deskew does not land on the same angle, so the
maps are off by up to 3 % in scale, a fraction of a degree and a few pixels; its texture agreement falls to 0.47–0.93
(median 0.74). Such a copy is found through a shared certificate number, rarely without.
An affine fit of the stored stroke maps (ECC) overlays it to a pixel (branch reuse2-affine,
2026-12) but then two holders' photos of one template with a printed background pattern
agree in texture as one scan does (0.92 fine, 0.96 coarse): at this resolution the texture
is mostly the print's; the residual misalignment is part of what keeps them apart today
(tests/test_image_reuse.py's desk-photo tests).
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Iterator, Optional

import cv2
import imagehash
import numpy as np
import pymupdf
from PIL import Image, ImageOps

from core import renders

VERSION = 2
VERSIONS = (1, 2)    # version 1 signatures (earlier nights) have no text mask
SIZE = 768            # normalised page side (pixels)
INK = 384             # side of the stroke map kept in the signature
BLOCKS = 24           # cells per side when counting changed areas
MIN_INK = 0.004       # share of dark pixels below which a page is blank (not hashed)
MIN_STROKES = 0.01    # share of stroke-map pixels a page needs to be compared at all
HASH_DPI = 90         # PDF pages are hashed from a gray render at this resolution (the measurements above)


def _bits_to_int(bits: np.ndarray) -> int:
    v = 0
    for b in bits.flatten():
        v = (v << 1) | int(bool(b))
    return v


def hamming(a: int, b: int) -> int:
    return int(a ^ b).bit_count()


def deskew_angle(gray: np.ndarray, limit: float = 3.0) -> float:
    """Skew in degrees by projection-profile sharpness (text lines and rulings);
    cheap on a ~400 px image and good to ±0.03°."""
    ink = (gray < 160).astype(np.float32)
    if ink.mean() < MIN_INK:
        return 0.0
    h, w = ink.shape
    centre = (w / 2, h / 2)

    def score(a: float) -> float:
        m = cv2.getRotationMatrix2D(centre, a, 1.0)
        rot = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST)
        prof = rot.sum(axis=1)
        return float(np.square(np.diff(prof)).sum())

    best = max(np.arange(-limit, limit + 0.01, 0.5), key=score)
    fine = max(np.arange(best - 0.5, best + 0.51, 0.125), key=score)
    finer = max(np.arange(fine - 0.125, fine + 0.126, 0.03125), key=score)
    return float(finer)


def normalise(img: Image.Image) -> Optional[np.ndarray]:
    """Grayscale, upright (EXIF), deskewed, cropped to the ink, SIZE×SIZE; None if blank."""
    img = ImageOps.exif_transpose(img).convert("L")
    scale = 480 / max(img.size)
    if scale < 1:
        img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))),
                         Image.BILINEAR)
    gray = np.asarray(img, dtype=np.uint8)
    # background level: a bright paper or a dim phone photo alike
    bg = float(np.percentile(gray, 90))
    dark = gray < bg * 0.75
    if dark.mean() < MIN_INK:
        return None
    angle = deskew_angle(gray)
    if abs(angle) >= 0.03:
        h, w = gray.shape
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        gray = cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_CONSTANT, borderValue=int(bg))
        dark = gray < bg * 0.75
    ys, xs = np.nonzero(dark)
    # robust extent of the ink (ignores a few specks at the edges)
    y0, y1 = np.percentile(ys, [0.2, 99.8]).astype(int)
    x0, x1 = np.percentile(xs, [0.2, 99.8]).astype(int)
    if y1 - y0 < 16 or x1 - x0 < 16:
        return None
    crop = gray[y0:y1 + 1, x0:x1 + 1]
    return cv2.resize(crop, (SIZE, SIZE), interpolation=cv2.INTER_AREA)


def _dhash(a: np.ndarray, n: int = 8) -> int:
    small = cv2.resize(a, (n + 1, n), interpolation=cv2.INTER_AREA).astype(np.int16)
    return _bits_to_int(small[:, 1:] > small[:, :-1])


def _phash(a: np.ndarray) -> int:
    return _bits_to_int(imagehash.phash(Image.fromarray(a)).hash)


def ink_map(a: np.ndarray) -> np.ndarray:
    """Binary map of strokes (adaptive threshold, so an uneven phone photo works),
    pooled to INK×INK: the text-level detail that page hashes average away."""
    ink = cv2.adaptiveThreshold(a, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 12)
    f = a.shape[0] // INK
    return ink.reshape(INK, f, INK, f).max(axis=(1, 3)).astype(bool)


def text_mask(a: np.ndarray) -> np.ndarray:
    """INK×INK map of the text lines: character-sized stroke components (not a photo,
    a seal ring, a border or a long rule) joined along their line, with a margin that
    also covers a repainted field's cover patch."""
    ink = cv2.adaptiveThreshold(a, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 12)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    char = (h >= 3) & (h <= CHAR_MAX) & (w <= CHAR_MAX) & (area >= 3)
    char[0] = False
    chars = char[labels].astype(np.uint8)
    lines = cv2.dilate(chars, np.ones((9, 25), np.uint8))      # join the characters of a line
    lines = cv2.morphologyEx(lines, cv2.MORPH_OPEN, np.ones((5, 9), np.uint8))  # drop stray specks
    lines = cv2.dilate(lines, np.ones((9, 13), np.uint8))       # the cover patch around a field
    f = a.shape[0] // INK
    return lines.reshape(INK, f, INK, f).max(axis=(1, 3)).astype(bool)


def _pack(bits: np.ndarray) -> list[int]:
    raw = zlib.compress(np.packbits(bits.flatten()).tobytes(), 9)
    raw += b"\0" * (-len(raw) % 7)
    return [len(raw)] + [int.from_bytes(raw[i:i + 7], "big") for i in range(0, len(raw), 7)]


def _unpack(vals: list[int], side: int = INK) -> Optional[np.ndarray]:
    try:
        n = vals[0]
        raw = b"".join(int(v).to_bytes(7, "big") for v in vals[1:])[:n]
        bits = np.unpackbits(np.frombuffer(zlib.decompress(raw), dtype=np.uint8))
        return bits[:side * side].reshape(side, side).astype(bool)
    except (ValueError, zlib.error, IndexError, OverflowError):
        return None


def signature(img: Image.Image) -> Optional[list[int]]:
    """Page signature (see module doc), or None for a blank page."""
    a = normalise(img)
    if a is None:
        return None
    ink = ink_map(a)
    if ink.mean() < MIN_STROKES:
        return None  # a nearly empty page (a back side, one line) matches every other one
    pos, neg = texture_bits(a)
    return [VERSION, _phash(a), _dhash(a), *_pack(ink), *_pack(text_mask(a)), *_pack_bytes(tone_map(a)),
            *_pack(pos), *_pack(neg)]


def texture_bits(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """TEX×TEX signs of the page's fine texture (scan noise, paper grain, JPEG residue):
    what one scan shares with its edited copies and never with another scan of the same
    template. (positive, negative) where the residual is clearly non-zero."""
    f = a.astype(np.float32)
    res = f - cv2.GaussianBlur(f, (0, 0), 2.0)
    c = a.shape[0] // TEX
    pooled = res.reshape(TEX, c, TEX, c).mean(axis=(1, 3))
    return pooled > TEX_EPS, pooled < -TEX_EPS


def tone_map(a: np.ndarray) -> np.ndarray:
    """BLOCKS×BLOCKS mean grey levels: a photo's shading that its outline alone misses."""
    c = a.shape[0] // BLOCKS
    soft = cv2.GaussianBlur(a, (0, 0), TONE_BLUR)  # a pixel or two of misalignment changes little
    return soft.reshape(BLOCKS, c, BLOCKS, c).mean(axis=(1, 3)).round().astype(np.uint8)


def _pack_bytes(a: np.ndarray) -> list[int]:
    raw = zlib.compress(a.tobytes(), 9)
    raw += b"\0" * (-len(raw) % 7)
    return [len(raw)] + [int.from_bytes(raw[i:i + 7], "big") for i in range(0, len(raw), 7)]


def _unpack_bytes(vals: list[int]) -> Optional[np.ndarray]:
    try:
        raw = b"".join(int(v).to_bytes(7, "big") for v in vals[1:])[:vals[0]]
        return np.frombuffer(zlib.decompress(raw), dtype=np.uint8).reshape(BLOCKS, BLOCKS)
    except (ValueError, zlib.error, IndexError, OverflowError):
        return None


def _parts(vals: list[int]) -> list[list[int]]:
    """Split the packed blocks of a signature body (each: byte length, then 7-byte chunks)."""
    out = []
    while vals:
        n = -(-int(vals[0]) // 7) + 1
        out.append(vals[:n])
        vals = vals[n:]
    return out


def _maps(sig: list[int]):
    """(stroke map, text-line mask or None, tone map or None) of a signature."""
    parts = _parts(sig[3:])
    if not parts:
        return None, None, None
    ink = _unpack(parts[0])
    mask = _unpack(parts[1]) if sig[0] >= 2 and len(parts) > 1 else None
    tone = _unpack_bytes(parts[2]) if sig[0] >= 2 and len(parts) > 2 else None
    tex = (_unpack(parts[3], TEX), _unpack(parts[4], TEX)) if sig[0] >= 2 and len(parts) > 4 else None
    return ink, mask, tone, tex


def _texture_agreement(ta, tb, keep: np.ndarray) -> Optional[float]:
    """Share of background cells whose texture sign agrees (0.5: two scans; near 1: one scan),
    or None when the pages have too little texture to tell (clean renders)."""
    (pa, na), (pb, nb) = ta, tb
    valid = (pa | na) & (pb | nb) & keep
    if int(valid.sum()) < TEX_MIN:
        return None
    agree = ((pa & pb) | (na & nb)) & valid
    return float(agree.sum()) / float(valid.sum())


def _tone_cells(ta: np.ndarray, tb: np.ndarray, text: np.ndarray) -> int:
    """Inner cells outside the text lines whose shade differs (each map on its own scale,
    so a darker scan of the same page is the same page)."""
    c = INK // BLOCKS
    share = text.reshape(BLOCKS, c, BLOCKS, c).mean(axis=(1, 3))
    out = []
    for t in (ta.astype(np.float32), tb.astype(np.float32)):
        lo, hi = np.percentile(t, 5), np.percentile(t, 95)
        out.append((t - np.median(t)) / max(hi - lo, 10.0))
    diff = np.abs(out[0] - out[1])
    return int(((diff > TONE_DIFF) & (share < 0.3))[1:-1, 1:-1].sum())


@dataclass
class Comparison:
    page_distance: int       # pHash + dHash bits that differ (of 128)
    blocks_changed: int      # BLOCKS×BLOCKS cells with strokes the other page lacks
    outside_changed: Optional[int] = None  # the same, outside both pages' text lines (None: no mask)
    texture: Optional[float] = None         # background texture agreement (None: too little texture)

    @property
    def same_scan(self) -> bool:
        return self.page_distance <= PAGE_MAX and self.blocks_changed <= BLOCKS_MAX

    @property
    def same_outside_text(self) -> bool:
        """Photo, seal, border and ornaments are the same: only text lines were changed."""
        return self.page_distance <= PAGE_MAX and self.outside_changed is not None \
            and self.outside_changed <= OUTSIDE_MAX

    @property
    def one_scan(self) -> bool:
        """The same scan, edited in its text lines: alike outside them down to the scan's own
        texture (two scans of one template, even with identical photos, share no texture)."""
        return self.same_outside_text and self.texture is not None and self.texture >= TEX_SAME


PAGE_MAX = 24         # of 128 bits: a candidate (same scan or same template)
BLOCKS_MAX = 6        # a painted-over name touches a few cells; another person's text and photo many more
BLOCK_INK = 6          # unexplained stroke pixels that make a cell "changed"
OUTSIDE_MAX = 2       # changed cells outside the text lines: repainted copies 0–2, another person's photo 3+
TONE_BLUR = 10        # px on the SIZE page
TONE_DIFF = 0.2       # shade difference (share of the page's tonal range) that changes a cell
TEX = 192             # side of the texture sign maps
TEX_EPS = 0.15        # grey levels: a residual below this is flat paper, not texture
TEX_MIN = 1500        # background cells with texture on both pages needed to compare it
TEX_SAME = 0.93       # sign agreement: one scan's copies 0.95–1.0; two scans of one template 0.48–0.91
CHAR_MAX = 40         # px on the SIZE page: larger components are photos, seals, rules, not characters


def _cells(changed: np.ndarray, inner: bool = False) -> int:
    c = INK // BLOCKS
    per = changed.reshape(BLOCKS, c, BLOCKS, c).sum(axis=(1, 3)) >= BLOCK_INK
    return int(per[1:-1, 1:-1].sum() if inner else per.sum())


def _shift(m: np.ndarray, dy: int, dx: int) -> np.ndarray:
    out = np.zeros_like(m)
    h, w = m.shape
    out[max(dy, 0):h + min(dy, 0), max(dx, 0):w + min(dx, 0)] = \
        m[max(-dy, 0):h + min(-dy, 0), max(-dx, 0):w + min(-dx, 0)]
    return out


def _best_shift(ia: np.ndarray, ib: np.ndarray, reach: int = 2) -> tuple[int, int]:
    """The small translation of ``ib`` that best overlays ``ia``."""
    k = np.ones((3, 3), np.uint8)
    da = cv2.dilate(ia.astype(np.uint8), k).astype(bool)
    db = cv2.dilate(ib.astype(np.uint8), k).astype(bool)
    best = None
    for dy in range(-reach, reach + 1):
        for dx in range(-reach, reach + 1):
            sb, sdb = _shift(ib, dy, dx), _shift(db, dy, dx)
            cost = int(((ia & ~sdb) | (sb & ~da)).sum())
            if best is None or cost < best[0]:
                best = (cost, dy, dx)
    return best[1], best[2]


def compare(a: list[int], b: list[int]) -> Optional[Comparison]:
    """Page-hash distance and, for close pages, the number of changed cells: strokes
    of one page with no stroke of the other within 1 pixel of the stroke map — over the
    whole page, and outside the text lines of either page."""
    if len(a) < 5 or len(b) < 5 or a[0] not in VERSIONS or b[0] not in VERSIONS:
        return None
    pd = hamming(a[1], b[1]) + hamming(a[2], b[2])
    if pd > PAGE_MAX:
        return Comparison(pd, BLOCKS * BLOCKS, BLOCKS * BLOCKS)
    (ia, ma, ta, xa), (ib, mb, tb, xb) = _maps(a), _maps(b)
    if ia is None or ib is None:
        return None
    dy, dx = _best_shift(ia, ib)  # the crop to the ink may differ by a pixel or two
    ib = _shift(ib, dy, dx)
    mb = _shift(mb, dy, dx) if mb is not None else None
    k = np.ones((3, 3), np.uint8)
    da = cv2.dilate(ia.astype(np.uint8), k).astype(bool)
    db = cv2.dilate(ib.astype(np.uint8), k).astype(bool)
    changed = (ia & ~db) | (ib & ~da)
    outside = texture = None
    if ma is not None and mb is not None:
        text = cv2.dilate((ma | mb).astype(np.uint8), k).astype(bool)
        outside = _cells(changed & ~text, inner=True)  # the page's edge cells move with the crop
        if ta is not None and tb is not None:
            outside += _tone_cells(ta, tb, text)
        if xa is not None and xb is not None and all(x is not None for x in (*xa, *xb)):
            f = INK // TEX
            busy = cv2.dilate((ia | ib | text).astype(np.uint8), np.ones((5, 5), np.uint8))
            keep = ~busy.reshape(TEX, f, TEX, f).max(axis=(1, 3)).astype(bool)
            sy, sx = round(dy / f), round(dx / f)
            texture = _texture_agreement(xa, tuple(_shift(x, sy, sx) for x in xb), keep)
    return Comparison(pd, _cells(changed), outside, texture)


class BKTree:
    """Metric tree on the 128-bit page hash: neighbours within a radius without all pairs."""

    def __init__(self) -> None:
        self.root: Optional[list] = None  # [key, payload, {distance: child}]

    @staticmethod
    def key(sig: list[int]) -> int:
        return (sig[1] << 64) | sig[2]

    def add(self, key: int, payload) -> None:
        if self.root is None:
            self.root = [key, payload, {}]
            return
        node = self.root
        while True:
            d = hamming(key, node[0])
            child = node[2].get(d)
            if child is None:
                node[2][d] = [key, payload, {}]
                return
            node = child

    def search(self, key: int, radius: int) -> Iterator[tuple[int, object]]:
        if self.root is None:
            return
        stack = [self.root]
        while stack:
            node = stack.pop()
            d = hamming(key, node[0])
            if d <= radius:
                yield d, node[1]
            for cd, child in node[2].items():
                if d - radius <= cd <= d + radius:
                    stack.append(child)


def scanned_pages(path: str, media: str, page_range=None, max_pages: int = 30,
                  key: str = "") -> Iterator[tuple[int, Image.Image]]:
    """(1-based page number in the file, image) of each scanned page of a file within
    ``page_range``: every frame of an image file (the frames the OCR read, shared through
    ``core.renders``' cache under ``key``); image-only pages of a PDF, rendered gray at
    ``HASH_DPI`` once per page (bundle parts and later calls share it)."""
    if media == "image":
        first, last = page_range or (1, max_pages)
        for pno in range(first, min(last, first + max_pages - 1) + 1):
            img = renders.page_image(path, "image", pno, key=key)
            if img is None:
                return
            yield pno, Image.fromarray(img)
        return
    with pymupdf.open(path) as doc:
        first, last = page_range or (1, doc.page_count)
        for pno in range(first, min(last, doc.page_count, first + max_pages - 1) + 1):
            if not _image_only(doc[pno - 1]):
                continue
            img = renders.page_image(path, "pdf", pno, key=key, dpi=HASH_DPI, gray=True)
            if img is not None:
                yield pno, Image.fromarray(img)


def _image_only(page) -> bool:
    """A scan: images cover most of the page and there is no visible text
    (an invisible OCR layer, render mode 3, does not count)."""
    parea = abs(page.rect)
    covered = sum(abs(page.rect & info["bbox"]) for info in page.get_image_info())
    if covered < 0.5 * parea:
        return False
    visible = sum(len(t["chars"]) for t in page.get_texttrace() if t.get("type") != 3)
    return visible < 20
