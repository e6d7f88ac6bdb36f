"""OCR: the engine choice (``get_engine``), a fake engine for tests, and ``ocr_image``.

Why staged: a scan may be turned by 90/180/270 degrees or skewed a little.
Running the full model, looking at the result and running it again would double
the cost of every page.  ``RapidOcrEngine`` therefore exposes its stages: text
detection runs once on the image as given, the orientation is decided from the
detected boxes' shape plus the small direction classifier on a few crops, the
boxes are mapped into the upright (and deskewed) frame by geometry, and
recognition runs once on crops of the upright image.  The cost stays ≈ one
bare model call; ``engine.stats`` lets the bench print the ratio.  The engine
itself (backend, device, models) lives in ``extractors.ocr_engine``.
"""
from __future__ import annotations

import os
import re
import threading
import time
from typing import Callable, Optional, Sequence, Union

import cv2
import numpy as np

from core.models import Line
from extractors import layout
from extractors.labels import ORG_SUFFIX
from extractors.labelset import short_words
from extractors.base import OcrBox, OcrEngine, OcrStats
from extractors.ocr_engine import RapidOcrEngine
from extractors.paddle_backend import PaddleOcrEngine
from extractors.seals import without_seals

__all__ = ["FakeOcrEngine", "OcrStats", "RapidOcrEngine", "get_engine", "ocr_image", "ocr_image_ex", "scale_line",
           "fold_ocr_text"]

SKEW_MIN_DEG = 0.5
TEXT_SCORE = 0.5
# a small image (a crop, a thumbnail-sized photo) is enlarged until its short side has this many
# pixels before it is read: the floor's own rule (rapidocr-onnxruntime: limit_type "min", 736).
# Below it the detector's boxes clip letter-spaced digits ("1 0 7 3 … 2 3 4" lost its 3 at 1.0×,
# read whole from 1.5×, tests/test_sheets.py); A4 scans at 110 dpi and more are never enlarged.
MIN_SIDE = 736
MAX_ENLARGE = 3.0


BoxSource = Union[Sequence[Sequence[OcrBox]], Callable[[np.ndarray], list[OcrBox]]]


class FakeOcrEngine:
    """Returns given boxes (a list per call, or a function of the image): no model."""
    name = "fake"

    def __init__(self, boxes: BoxSource) -> None:
        self._boxes = boxes
        self._i = 0
        self.stats = OcrStats()

    def version(self) -> str:
        return "fake 0"

    def recognize(self, image: np.ndarray) -> list[OcrBox]:
        self.stats.calls += 1
        if callable(self._boxes):
            return list(self._boxes(image))
        out = self._boxes[min(self._i, len(self._boxes) - 1)] if self._boxes else []
        self._i += 1
        return list(out)


_ENGINE: Optional[OcrEngine] = None
_LOCK = threading.Lock()


def get_engine() -> OcrEngine:
    """The process-wide OCR engine, loaded on first use (model load ≈ 3 s).

    ZCAUDIT_OCR_BACKEND: ``openvino`` (the CPU default when installed),
    ``onnxruntime``, or ``paddle`` (the optional paddleocr backend).
    ZCAUDIT_OCR_DEVICE: ``auto`` (default: CUDA when onnxruntime reports it,
    else CPU), ``cuda`` or ``cpu``.  ZCAUDIT_OCR_THREADS: inference threads.
    """
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            backend = os.environ.get("ZCAUDIT_OCR_BACKEND", "").lower()
            if backend == "paddle":
                _ENGINE = PaddleOcrEngine.from_env()
            else:
                threads = os.environ.get("ZCAUDIT_OCR_THREADS")
                _ENGINE = RapidOcrEngine(backend, os.environ.get("ZCAUDIT_OCR_DEVICE", "auto"),
                                         int(threads) if threads and threads.isdigit() else None)
        return _ENGINE


# ---------------------------------------------------------------------------
# geometry helpers
# ---------------------------------------------------------------------------

def _rotate_image(img: np.ndarray, rot: int) -> np.ndarray:
    """Rotate clockwise by 0/90/180/270 degrees."""
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return img if rot == 0 else cv2.rotate(img, codes[rot])


def _rotate_points(pts: np.ndarray, rot: int, w: int, h: int) -> np.ndarray:
    """Map points of a w×h image into the image turned clockwise by ``rot``."""
    x, y = pts[..., 0], pts[..., 1]
    if rot == 90:
        out = np.stack([h - y, x], axis=-1)
    elif rot == 180:
        out = np.stack([w - x, h - y], axis=-1)
    elif rot == 270:
        out = np.stack([y, w - x], axis=-1)
    else:
        out = pts.copy()
    return out.astype(np.float32)


def _order_quad(q: np.ndarray) -> np.ndarray:
    """Order 4 points top-left, top-right, bottom-right, bottom-left (reading frame)."""
    s = q.sum(axis=1)
    d = q[:, 1] - q[:, 0]
    return np.array([q[np.argmin(s)], q[np.argmin(d)], q[np.argmax(s)], q[np.argmax(d)]],
                    dtype=np.float32)


def _size(q: np.ndarray) -> tuple[int, int]:
    """(width, height) in pixels of an ordered quad, at least 2 each."""
    w = int(max(np.linalg.norm(q[0] - q[1]), np.linalg.norm(q[2] - q[3])))
    h = int(max(np.linalg.norm(q[0] - q[3]), np.linalg.norm(q[1] - q[2])))
    return max(w, 2), max(h, 2)


def _crop(img: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """Perspective crop of one text box (as PaddleOCR does), upright text assumed."""
    q = _order_quad(quad)
    w, h = _size(q)
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(q, dst)
    out = cv2.warpPerspective(img, m, (w, h), borderMode=cv2.BORDER_REPLICATE,
                              flags=cv2.INTER_CUBIC)
    if h / w >= 1.5:
        out = np.rot90(out)
    return out


def _deskew(img: np.ndarray, quads: list[np.ndarray], angle: float):
    """Rotate the image (canvas expanded, white border) and the quads by -angle."""
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    border = (255, 255, 255) if img.ndim == 3 else 255
    out = cv2.warpAffine(img, m, (nw, nh), flags=cv2.INTER_LINEAR,
                         borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    new_q = [cv2.transform(q.reshape(-1, 1, 2), m).reshape(-1, 2) for q in quads]
    return out, new_q


def _long_boxes(quads: list[np.ndarray], k: int) -> list[np.ndarray]:
    def length(q):
        return max(np.linalg.norm(q[0] - q[1]), np.linalg.norm(q[1] - q[2]))
    cand = [q for q in quads if layout.box_angle(q) is not None]
    return sorted(cand or quads, key=length, reverse=True)[:k]


# ---------------------------------------------------------------------------
# ocr_image
# ---------------------------------------------------------------------------

def _orientation_staged(engine, img: np.ndarray, quads: list[np.ndarray]) -> int:
    """0/90/180/270 from the boxes' shape, then the direction classifier on ≤ 8 crops."""
    _, vshare = layout.estimate_skew(quads)
    base = 90 if vshare > 0.5 else 0
    h, w = img.shape[:2]
    rimg = _rotate_image(img, base)
    sample = [_rotate_points(q, base, w, h) for q in _long_boxes(quads, 8)]
    crops = [_crop(rimg, q) for q in sample]
    votes = engine.classify_crops(crops)
    margin = sum(sc if lbl == "0" else -sc for lbl, sc in votes)
    if abs(margin) < 0.3 * max(len(votes), 1) and crops:
        # the classifier hesitates: compare recognition confidence on 3 crops both ways
        few = crops[:3]
        flipped = [np.ascontiguousarray(np.rot90(c, 2)) for c in few]
        res = engine.recognize_crops(few + flipped)
        up = sum(s for _, s in res[:len(few)])
        down = sum(s for _, s in res[len(few):])
        margin = up - down
    return base if margin >= 0 else (base + 180) % 360


def _ocr_staged(engine, img: np.ndarray):
    quads = engine.detect(img)
    if not quads:
        return [], 0, 0.0, img.shape[1], img.shape[0], []
    rot = _orientation_staged(engine, img, quads)
    h, w = img.shape[:2]
    up = _rotate_image(img, rot)
    quads = [_rotate_points(q, rot, w, h) for q in quads]
    skew, _ = layout.estimate_skew(quads)
    if abs(skew) > SKEW_MIN_DEG:
        up, quads = _deskew(up, quads, skew)
    else:
        skew = 0.0
    crops = [_crop(up, q) for q in quads]
    res = _recognize(engine, crops)
    # text on end in the margin that the detector cut into pieces (a glyph or a word each): the
    # column they stack into, read as one box when the recogniser is at least as sure of it
    drop: set[int] = set()
    ways: dict[int, int] = {}
    for group in _margin_columns(quads, up.shape[1]):
        xs = np.concatenate([quads[i][:, 0] for i in group])
        ys = np.concatenate([quads[i][:, 1] for i in group])
        col = np.array([[xs.min(), ys.min()], [xs.max(), ys.min()], [xs.max(), ys.max()], [xs.min(), ys.max()]],
                       dtype=np.float32)
        crop = _crop(up, col)
        both = engine.recognize_crops([crop, np.ascontiguousarray(np.rot90(crop, 2))])
        best = max(both, key=lambda r: r[1])
        # single glyphs on end read with a confidence of their own ("0", "8"): the column a little less
        if best[1] >= max(TEXT_SCORE, float(np.mean([res[i][1] for i in group])) - 0.1):
            drop.update(group)
            ways[len(quads)] = 1 if best is both[0] else -1
            quads.append(col)
            crops.append(crop)
            res.append(best)
    # a box standing on end (a running head up the margin) was turned to read downwards: read it
    # turned the other way too, and keep the reading the recogniser is surer of
    tall = [i for i, q in enumerate(quads) if _tall(q) and i not in drop and i not in ways]
    ways.update({i: 1 for i in tall})
    if tall:
        for i, (t, sc) in zip(tall, engine.recognize_crops([np.ascontiguousarray(np.rot90(crops[i], 2))
                                                            for i in tall])):
            if sc > res[i][1]:
                res[i], ways[i] = (t, sc), -1
    kept = [i for i, (t, s) in enumerate(res) if s >= TEXT_SCORE and t.strip() and i not in drop]
    for i in ways:  # glyphs set on end stand apart: the recogniser spaces digits out ("2 0 22年")
        res[i] = (re.sub(r"(?<=\d)\s+(?=\d)", "", res[i][0]), res[i][1])
    boxes = [OcrBox(text=fold_ocr_text(res[i][0]), box=quads[i].tolist(), score=res[i][1]) for i in kept]
    return boxes, rot, float(skew), up.shape[1], up.shape[0], [ways.get(i, 0) for i in kept]


def _recognize(engine, crops: list[np.ndarray]) -> list[tuple[str, float]]:
    """Read the crops with a second opinion where the first reading is in doubt, by PP-OCRv6 small:

    * a line whose ink goes on where the recogniser put no character (PP-OCRv4 leaves out glyphs it
      barely knows: 王垚 read 王, 陈燊 read 陈): the second reading is kept when it is the first one with
      one or two Chinese characters added;
    * a line with a Chinese character read unsurely (confidence < UNSURE: 秦 read 泰 on a fax): the
      second reading's character replaces it when the second reader is sure of it and surer by a
      margin, the rest of the line read alike (at most two characters replaced);
    * a short Chinese crop (≤ SHORT characters: a table's status cell) that says no word the
      documents' TOMLs know, however sure the first reader was (a faxed 已缴 read 巴缴 at 0.97, 缴
      alone): the second reading is taken when it is a known word, its new glyphs read surely."""
    if not hasattr(engine, "recognize_crops_cols"):
        return engine.recognize_crops(crops)
    read = engine.recognize_crops_cols(crops)
    res = [(r[0], r[1]) for r in read]
    gaps = {i for i, (t, s, cols, n, _) in enumerate(read)
            if s >= TEXT_SCORE and _unread_ink(crops[i], t, cols, n)}
    unsure = {i for i, (t, s, _, _, confs) in enumerate(read) if s >= TEXT_SCORE and _unsure(t, confs)}
    # a short Chinese crop that says no word the documents' labels and status words know (a faxed 已缴
    # read 巴缴 at 0.97, or 缴 alone) is read again whatever the first reader's confidence
    words = short_words(SHORT)
    short = {i for i, (t, s, _, _, _) in enumerate(read) if s >= TEXT_SCORE and _CJK_CHAR.search(t)
             and len(t.replace(" ", "")) <= SHORT and t.replace(" ", "") not in words} - gaps
    if not (gaps or unsure or short) or not hasattr(engine, "second_read"):
        return res
    # a line with a glyph left out is read whole; an unsure one only around its unsure characters
    # (the second reader is ~3× slower a crop: reading whole lines doubled the OCR time of photos)
    windows = {i: _unsure_window(crops[i], *read[i][:5]) for i in unsure - gaps - short}
    again = sorted(gaps | short) + sorted(windows)
    pieces = [crops[i] if i in gaps or i in short else crops[i][:, windows[i][0]:windows[i][1]] for i in again]
    for i, (text, score, confs) in zip(again, engine.second_read(pieces)):
        if score < TEXT_SCORE:
            continue
        if i in short:
            # … and its second reading is taken when that is a known word, each new glyph read surely
            joined = _with_added_glyphs(res[i][0], text, confs) or \
                _with_surer_glyphs(res[i][0], read[i][4], text, confs, margin=-1.0)
            if joined.replace(" ", "") not in words:
                joined = _with_surer_glyphs(res[i][0], read[i][4], text, confs) if i in unsure else ""
        elif i in gaps:
            joined = _with_added_glyphs(res[i][0], text, confs) or (
                _with_surer_glyphs(res[i][0], read[i][4], text, confs) if i in unsure else "")
        else:
            lo, hi, a, b = windows[i]
            part = _with_surer_glyphs(res[i][0][a:b], read[i][4][a:b], text, confs)
            joined = res[i][0][:a] + part + res[i][0][b:] if part else ""
        if joined:
            res[i] = (joined, min(res[i][1], score))
    return res


def _unsure_window(crop: np.ndarray, text: str, score: float, cols: list[int], n_cols: float,
                   confs: list[float]) -> tuple[int, int, int, int]:
    """The pixel columns (lo, hi) of a line crop around its unsure characters, two characters either
    side, and the slice (a, b) of the text they hold; the whole line when the columns are unknown."""
    whole = (0, crop.shape[1], 0, len(text))
    ink = [k for k, ch in enumerate(text) if not ch.isspace()]     # text index of each column's character
    if len(cols) != len(ink) or n_cols <= 0:
        return whole
    bad = [j for j, k in enumerate(ink) if _CJK_CHAR.match(text[k]) and confs[k] < UNSURE]
    j0, j1 = max(0, bad[0] - 2), min(len(ink) - 1, bad[-1] + 2)
    h, w = crop.shape[:2]
    x = [c * w / n_cols for c in cols]
    glyph = _glyph_width(x, [text[k] for k in ink], h)
    lo = 0 if j0 == 0 else int(max(0.0, (x[j0 - 1] + x[j0]) / 2 + 0.15 * glyph))
    hi = w if j1 == len(ink) - 1 else int(min(float(w), (x[j1] + x[j1 + 1]) / 2 + 0.15 * glyph))
    if hi - lo < 2 * glyph or hi - lo > 0.7 * w:
        return whole
    return lo, hi, ink[j0], ink[j1] + 1


UNSURE = 0.75   # a character read with less confidence than this is read again
SURE = 0.8      # the second reader's character is taken only at this confidence or more …
MARGIN = 0.15   # … and this much surer than the first reader was
SHORT = 3       # a crop of at most this many characters is a cell that should say a known word


def _unsure(text: str, confs: list[float]) -> bool:
    return len(confs) == len(text) and any(c < UNSURE and _CJK_CHAR.match(ch) for ch, c in zip(text, confs))


def _with_surer_glyphs(first: str, first_confs: list[float], second: str, confs: list[float],
                       margin: Optional[float] = None) -> str:
    """The first reading with its unsure Chinese characters replaced by the second reader's, where the
    two readings are alike elsewhere (same characters, spaces aside) and the second is sure of each
    replacement and surer by MARGIN; "" when nothing is replaced or the readings differ otherwise.
    ``margin`` given (a short cell's known word): any first glyph may be replaced, the second reader
    sure of it and surer by that margin (negative: no surer needed)."""
    if len(first_confs) != len(first) or len(confs) != len(second):
        return ""
    a = [(k, ch, c) for k, (ch, c) in enumerate(zip(first, first_confs)) if not ch.isspace()]
    b = [(ch, c) for ch, c in zip(second, confs) if not ch.isspace()]
    if len(a) != len(b):
        return ""
    out = list(first)
    changed = 0
    for (k, ch, c), (ch2, c2) in zip(a, b):
        if ch == ch2:
            continue
        m = MARGIN if margin is None else margin
        if not (_CJK_CHAR.match(ch) and _CJK_CHAR.match(ch2) and (c < UNSURE or margin is not None)
                and c2 >= SURE and c2 - c >= m):
            return ""
        out[k] = ch2
        changed += 1
    return "".join(out) if 1 <= changed <= 2 else ""


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _ink_columns(crop: np.ndarray) -> np.ndarray:
    """Per pixel column of a line crop: whether dark ink (not a red seal: its brightest channel is
    bright) stands in it."""
    px = crop.max(axis=2) if crop.ndim == 3 else crop
    px = px.astype(np.float32)
    bg, dark = float(np.percentile(px, 60)), float(np.percentile(px, 2))
    if bg - dark < 40:  # no contrast: nothing to tell ink from paper
        return np.zeros(px.shape[1], dtype=bool)
    return ((px < (bg + dark) / 2).sum(axis=0) >= 2)


def _unread_ink(crop: np.ndarray, text: str, cols: list[int], n_cols: float) -> bool:
    """A Chinese line with a glyph's width of ink before its first character, after its last, or
    between two characters, where the recogniser read nothing."""
    chars = [c for c in text if not c.isspace()]
    if not chars or len(cols) != len(chars) or n_cols <= 0 or not _CJK_CHAR.search(text):
        return False
    h, w = crop.shape[:2]
    x = [c * w / n_cols for c in cols]
    glyph = _glyph_width(x, chars, h)
    if glyph < 4:
        return False
    ink = _ink_columns(crop)
    spans = [(0.0, x[0] - 0.6 * glyph), (x[-1] + 0.6 * glyph, float(w))]
    spans += [(a + 0.6 * glyph, b - 0.6 * glyph) for a, b in zip(x, x[1:]) if b - a > 1.6 * glyph]
    return any(_longest_run(ink[max(0, int(a)):min(w, int(b))], int(0.25 * glyph)) >= 0.45 * glyph
               for a, b in spans if b - a >= 0.45 * glyph)


def _glyph_width(x: list[float], chars: list[str], h: int) -> float:
    """A Chinese glyph's width in a line crop: the closest two Chinese characters stand a glyph apart
    (letter spacing only widens the others), at most 0.9 of the crop's height."""
    steps = [b - a for a, b, c, d in zip(x, x[1:], chars, chars[1:]) if _CJK_CHAR.match(c) and _CJK_CHAR.match(d)]
    return min(min(steps, default=h), 0.9 * h)


def _longest_run(ink: np.ndarray, gap: int) -> int:
    """The widest stretch of ink columns, gaps of up to ``gap`` columns inside a glyph bridged."""
    best = run = blank = 0
    for on in ink:
        if on:
            run, blank = run + blank + 1, 0
            best = max(best, run)
        elif run:
            blank += 1
            if blank > gap:
                run = blank = 0
    return best


def _with_added_glyphs(first: str, second: str, confs: list[float]) -> str:
    """The first reading with the Chinese characters the second adds to it (one or two, each read
    with confidence), the first reading's spacing kept; "" when the second reading differs otherwise."""
    want = [c for c in first if not c.isspace()]
    if len(confs) != len(second):
        return ""
    added: dict[int, str] = {}   # after how many of the first reading's characters → the glyphs added there
    k = 0
    for ch, conf in zip(second, confs):
        if ch.isspace():
            continue
        if k < len(want) and ch == want[k]:
            k += 1
        elif _CJK_CHAR.match(ch) and conf >= SURE:
            added[k] = added.get(k, "") + ch
        else:
            return ""
    if k < len(want) or not 1 <= sum(map(len, added.values())) <= 2:
        return ""
    out, k = [added.get(0, "")], 0
    for ch in first:
        out.append(ch)
        if not ch.isspace():
            k += 1
            out.append(added.get(k, ""))
    return "".join(out)


def _margin_columns(quads: list[np.ndarray], width: int) -> list[list[int]]:
    """Boxes in the page's margin stacked end to end (each touching the next: glyphs of one line set on
    end, not the rows of a table's first column), that together stand at least three times as tall
    as wide."""
    boxes = sorted((float(q[:, 1].min()), i, float(q[:, 0].min()), float(q[:, 0].max()), float(q[:, 1].max()))
                   for i, q in enumerate(quads))
    groups: list[list[tuple]] = []
    for b in boxes:
        _, _, x0, x1, _ = b
        if not (x1 < layout.MARGIN * width or x0 > (1 - layout.MARGIN) * width):
            continue
        for g in groups:
            last = g[-1]
            narrow = min(x1 - x0, last[3] - last[2])
            if min(x1, last[3]) - max(x0, last[2]) >= 0.5 * narrow and b[0] - last[4] <= 0.6 * narrow:
                g.append(b)
                break
        else:
            groups.append([b])
    out = []
    for g in groups:
        x0, x1 = min(b[2] for b in g), max(b[3] for b in g)
        # pieces of a line on end stand tall or square, one of them at least half again as tall as wide;
        # a table's row numbers down the margin ("1", "10", "11") are each as wide as tall or wider
        if len(g) >= 2 and (max(b[4] for b in g) - g[0][0]) >= 3 * (x1 - x0) \
                and all(b[4] - b[0] >= 0.8 * (b[3] - b[2]) for b in g) \
                and any(b[4] - b[0] >= 1.5 * (b[3] - b[2]) for b in g):
            out.append([b[1] for b in g])
    return out


_ORG_END = re.compile(rf"{ORG_SUFFIX}$")


def _completes(cell: str, piece: str) -> bool:
    """A piece of a wrapped cell read as a line of its own below its row: the cell is a name cut short
    (Chinese, no organisation's ending) and the piece, Chinese with no digits, gives it one ("…有限公" + "司")."""
    cell, piece = cell.strip(), piece.strip()
    return bool(re.search(r"[\u4e00-\u9fff]{4}$", cell) and not _ORG_END.search(cell)
                and re.fullmatch(r"[\u4e00-\u9fff()（）]{1,20}", piece) and _ORG_END.search(cell + piece))


def _tall(quad: np.ndarray) -> bool:
    """A box _crop turns on its side: text set on end."""
    w, h = _size(_order_quad(quad))
    return h / w >= 1.5


_FULLWIDTH = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B))
              for c in range(*r)}  # digits and letters only: full-width colons stay


def fold_ocr_text(text: str) -> str:
    """Fold the recogniser's full-width digits/letters to ASCII and 〇 between digits to 0.

    Why: the PP-OCR dictionary holds both widths and picks either for the same
    glyph; ID and certificate numbers must come out as plain digits.
    """
    text = text.translate(_FULLWIDTH)
    for _ in range(2):  # runs like 1〇〇1
        text = re.sub(r"(?<=\d)〇|〇(?=\d)", "0", text)
    return re.sub(r"(?<=\d{17})[×x]", "X", text)


def _mean_score(boxes: list[OcrBox]) -> float:
    return sum(b.score for b in boxes) / len(boxes) if boxes else 0.0


def _ocr_generic(engine, img: np.ndarray):
    """Any engine with ``recognize`` only: re-run only when the page is not upright."""
    h, w = img.shape[:2]
    boxes = engine.recognize(img)
    skew, vshare = layout.estimate_skew([b.box for b in boxes])
    rot = 0
    if boxes and (vshare > 0.5 or _mean_score(boxes) < 0.75):
        tries = (90, 270) if vshare > 0.5 else (180,)
        for r in tries:
            cand = engine.recognize(_rotate_image(img, r))
            if _mean_score(cand) > _mean_score(boxes) + 0.05:
                boxes, rot = cand, r
        skew, _ = layout.estimate_skew([b.box for b in boxes])
    if rot in (90, 270):
        w, h = h, w
    boxes = [OcrBox(fold_ocr_text(b.text), b.box, b.score) for b in boxes]
    return boxes, rot, (float(skew) if abs(skew) > SKEW_MIN_DEG else 0.0), w, h


def ocr_image(img: np.ndarray, engine: OcrEngine) -> tuple[list[Line], int, float, list[list[str]]]:
    """OCR one page image: (lines in reading order, rotation applied, skew, table rows).

    Line boxes are in pixels of the upright page (after rotation and deskew).
    """
    lines, rot, skew, rows, _, _ = ocr_image_ex(img, engine)
    return lines, rot, skew, rows


def scale_line(line: Line, k: float) -> Line:
    """A line with its box and its segments' boxes multiplied by ``k`` (pixels of an enlarged
    image back to the image's own, or pixels to PDF points): the columns go with the line."""
    def box(b):
        return tuple(round(v * k, 2) for v in b)
    return line.model_copy(update={"bbox": box(line.bbox),
                                   "segments": [sg.model_copy(update={"bbox": box(sg.bbox)}) for sg in line.segments]})


def ocr_image_ex(img: np.ndarray, engine: OcrEngine, regions: Optional[list] = None):
    """``ocr_image`` plus the upright page size (width, height) in pixels. ``regions`` (x0, y0, x1, y1 in
    the image's pixels): parts of the page whose lines are grouped apart (the pictures pasted side by
    side on a document page); only for a page read upright."""
    if img.ndim == 2:
        img = cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)  # (no colour: no seal to fade, no colour search)
    else:
        if img.shape[2] == 4:
            img = cv2.cvtColor(img, cv2.COLOR_RGBA2BGR)
        img = without_seals(img)  # a red seal's ring and star read as glyphs of the line it is stamped on
    short = min(img.shape[:2])
    f = min(MAX_ENLARGE, MIN_SIDE / short) if 0 < short < MIN_SIDE else 1.0
    if f <= 1.05 or not hasattr(engine, "detect"):  # engines that detect on their own enlarge themselves
        return _ocr_image_ex(img, engine, regions)
    big = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)
    lines, rot, skew, table, w, h = _ocr_image_ex(big, engine, regions and [tuple(v * f for v in r) for r in regions])
    return [scale_line(ln, 1 / f) for ln in lines], rot, skew, table, round(w / f), round(h / f)


def _ocr_image_ex(img: np.ndarray, engine: OcrEngine, regions: Optional[list] = None):
    t = time.perf_counter()
    if hasattr(engine, "detect") and hasattr(engine, "recognize_crops"):
        boxes, rot, skew, w, h, ways = _ocr_staged(engine, img)
        resid = 0.0
    else:
        boxes, rot, skew, w, h = _ocr_generic(engine, img)
        resid, ways = skew, [0] * len(boxes)  # boxes still skewed: undo it for grouping only
    segs = [layout.quad_to_seg(b.text, b.box, b.score, resid, (w / 2, h / 2)) for b in boxes]
    # text on end in the page's margin: a running head, read first
    margin = [(way, sg) for way, sg in zip(ways, segs) if way and layout.in_margin(sg, w)]
    # an n-up print (two or four pages on one sheet): each page's rows apart, in page order
    rows, table = [], []
    for part in layout.panels([sg for way, sg in zip(ways, segs) if not (way and layout.in_margin(sg, w))],
                              regions if rot == 0 and not skew else None):
        part_rows = layout.group_rows(part)
        rows += part_rows
        table += layout.table_rows(part_rows, completes=_completes)
    if margin:
        rows.insert(0, layout.margin_head(margin))
    lines = layout.rows_to_lines(rows, "ocr")
    stats = getattr(engine, "stats", None)
    if stats is not None:
        stats.pages += 1
        stats.wall_s += time.perf_counter() - t
    return lines, rot, skew, table, w, h
