"""Perceptual hashing of scanned pages, for IMAGE_REUSED.

Why two levels: a whole-page pHash/dHash is robust to re-compression, rescaling
and a slight rotation, but two diplomas of the same school and year share the
template and differ only in a few fields — their page hashes are nearly equal.
So a page also keeps a compressed stroke map of the deskewed, cropped page: a
reused scan with the name painted over differs in one or two cells, another
person's diploma in the name, birth date, number and photo cells. The page hash
finds candidates (BK-tree), the stroke maps decide.

Signature (a list of ints, as ``Store.save_signatures`` keeps them):
``[VERSION, phash, dhash, n_bytes, *7-byte chunks of the zlib'd stroke map]``.
Measured on diploma renderings: same scan re-JPEG'd/rescaled/rotated 1.5° or
with the name replaced: 0–3 changed cells; other persons, same template: 11–17.
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

VERSION = 1
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
    cheap on a ~400 px image and good to ±0.25°."""
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
    return float(fine)


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
    if abs(angle) >= 0.125:
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


def _pack(bits: np.ndarray) -> list[int]:
    raw = zlib.compress(np.packbits(bits.flatten()).tobytes(), 9)
    raw += b"\0" * (-len(raw) % 7)
    return [len(raw)] + [int.from_bytes(raw[i:i + 7], "big") for i in range(0, len(raw), 7)]


def _unpack(vals: list[int]) -> Optional[np.ndarray]:
    try:
        n = vals[0]
        raw = b"".join(int(v).to_bytes(7, "big") for v in vals[1:])[:n]
        bits = np.unpackbits(np.frombuffer(zlib.decompress(raw), dtype=np.uint8))
        return bits[:INK * INK].reshape(INK, INK).astype(bool)
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
    return [VERSION, _phash(a), _dhash(a), *_pack(ink)]


@dataclass
class Comparison:
    page_distance: int       # pHash + dHash bits that differ (of 128)
    blocks_changed: int      # BLOCKS×BLOCKS cells with strokes the other page lacks

    @property
    def same_scan(self) -> bool:
        return self.page_distance <= PAGE_MAX and self.blocks_changed <= BLOCKS_MAX


PAGE_MAX = 24         # of 128 bits: a candidate (same scan or same template)
BLOCKS_MAX = 6        # a painted-over name touches a few cells; another person's text and photo many more
BLOCK_INK = 6          # unexplained stroke pixels that make a cell "changed"


def compare(a: list[int], b: list[int]) -> Optional[Comparison]:
    """Page-hash distance and, for close pages, the number of changed cells: strokes
    of one page with no stroke of the other within 1 pixel of the stroke map."""
    if len(a) < 5 or len(b) < 5 or a[0] != VERSION or b[0] != VERSION:
        return None
    pd = hamming(a[1], b[1]) + hamming(a[2], b[2])
    if pd > PAGE_MAX:
        return Comparison(pd, BLOCKS * BLOCKS)
    ia, ib = _unpack(a[3:]), _unpack(b[3:])
    if ia is None or ib is None:
        return None
    k = np.ones((3, 3), np.uint8)
    da = cv2.dilate(ia.astype(np.uint8), k).astype(bool)
    db = cv2.dilate(ib.astype(np.uint8), k).astype(bool)
    changed = (ia & ~db) | (ib & ~da)
    c = INK // BLOCKS
    per = changed.reshape(BLOCKS, c, BLOCKS, c).sum(axis=(1, 3))
    return Comparison(pd, int((per >= BLOCK_INK).sum()))


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
