"""Page pictures for the audit sheet: the region a value was read from, or a page thumbnail.

Why here and not in the reader: the reader keeps no pixels (a night's batch
would not fit in memory), so the sheet goes back to the uploaded file and
rebuilds the picture in the frame the bbox lives in:

* PDF text layer — bbox in PDF points of the page as displayed: PyMuPDF
  renders the clip directly, sharp at any zoom.
* OCR'd page (image file, or a scanned PDF page rendered at ``OCR_DPI``) —
  bbox in pixels (PDF: points) of the UPRIGHT, DESKEWED image the OCR saw.
  ``extractors.ocr`` turns the frame clockwise by ``Page.rotation`` and then,
  when ``Page.skew`` is set, rotates it about its centre by the skew onto a
  canvas of the page's size (the staged engine widens the canvas, the generic
  path keeps it; ``Page.width/height`` tell which), so ``upright_page`` repeats
  exactly those two steps.

Every function returns None rather than raising: a picture is a help for
the reviewer, never a reason to lose a sheet.
"""
from __future__ import annotations

import io
import logging
from functools import lru_cache
from pathlib import Path
from typing import Optional

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw

from core import renders
from core.models import BBox, Document, Page
from core.renders import OCR_DPI

from . import redact

log = logging.getLogger("zcaudit")

PAD_X, PAD_Y = 40.0, 14.0      # least context around the box, in page points / OCR pixels × scale
CONTEXT_LINES = 2.6            # context above and below, in heights of the box: about three lines in view
CONTEXT_WIDTH = 0.7            # a crop spans at least this share of the page's width
CROP_DPI = 144                 # text-layer clips: sharp on screen and on paper
CROP_MAX = (1400, 600)         # the largest crop embedded (pixels)
CROP_MIN_WIDTH = 600           # readable: never narrower (HTML and xlsx show it at this width or more)
PAGE_MAX = (1400, 1980)        # the whole-page view
THUMB_MAX = (900, 500)
THUMB_TOP_SHARE = 0.45         # a thumbnail shows the top of the page: title, name, numbers


def _page(doc: Document, page_no: int) -> Optional[Page]:
    return next((p for p in doc.pages if p.number == page_no), None)


def _ocr_frame(doc: Document, page_no: int) -> tuple[Optional[np.ndarray], float]:
    """The raw frame the OCR was given (the shared render when the reader left it in
    ``core.renders``' cache), and pixels per bbox unit."""
    img = renders.page_image(doc.path, doc.media, page_no, key=doc.sha256, dpi=OCR_DPI)
    if img is None:
        return None, 1.0
    return img, (OCR_DPI / 72.0 if doc.media == "pdf" else 1.0)


def to_upright(frame: np.ndarray, rotation: int, skew: float,
               size: Optional[tuple[int, int]] = None) -> np.ndarray:
    """Turn clockwise by ``rotation`` then rotate by ``skew`` onto a ``size`` canvas (w, h).

    Mirrors ``extractors.ocr``: ``_rotate_image`` then ``_deskew`` (white border).
    ``size`` None means the widened canvas of the staged engine.
    """
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    img = cv2.rotate(frame, codes[rotation]) if rotation in codes else frame
    if not skew:
        return img
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    if size is None:
        cos, sin = abs(m[0, 0]), abs(m[0, 1])
        size = (int(h * sin + w * cos), int(h * cos + w * sin))
    nw, nh = size
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    border = (255, 255, 255) if img.ndim == 3 else 255
    return cv2.warpAffine(img, m, (nw, nh), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=border)


def upright_page(doc: Document, page_no: int) -> tuple[Optional[np.ndarray], float]:
    """(RGB image of an OCR'd page as the OCR saw it, pixels per bbox unit)."""
    page = _page(doc, page_no)
    geometry = (int(page.rotation or 0) % 360, float(page.skew or 0.0), page.width, page.height) if page else None
    try:
        mtime = Path(doc.path).stat().st_mtime_ns
    except OSError:
        return None, 1.0
    img, scale = _upright_cached(doc.path, mtime, doc.media, page_no, geometry, doc.sha256)
    return (None if img is None else img.copy()), scale


@lru_cache(maxsize=2)  # several findings on one page: decode and deskew it once
def _upright_cached(path: str, mtime: int, media: str, page_no: int,
                    geometry: Optional[tuple[int, float, float, float]], sha256: str = ""
                    ) -> tuple[Optional[np.ndarray], float]:
    doc = Document(applicant_id="", filename="", path=path, media=media, sha256=sha256)
    frame, scale = _ocr_frame(doc, page_no)
    if frame is None or geometry is None:
        return frame, scale
    rotation, skew, width, height = geometry
    size = (int(round(width * scale)), int(round(height * scale)))
    if size[0] <= 0 or size[1] <= 0:
        size = None
    return to_upright(frame, rotation, skew, size), scale


def _is_text_layer(doc: Document, page: Optional[Page]) -> bool:
    return doc.media == "pdf" and (page is None or page.text_source != "ocr")


def context_rect(bbox: BBox, page: Optional[Page]) -> BBox:
    """The clip around a box: about three lines of context, at least 70 % of the page wide."""
    x0, y0, x1, y1 = bbox
    h = max(y1 - y0, 1.0)
    pad_y = max(PAD_Y, CONTEXT_LINES * h)
    width = page.width if page and page.width else 595.0
    half = max((x1 - x0) / 2 + PAD_X, CONTEXT_WIDTH * width / 2)
    cx = (x0 + x1) / 2
    left = min(max(0.0, cx - half), max(0.0, width - 2 * half))
    return (left, y0 - pad_y, max(left + 2 * half, x1 + PAD_X), y1 + pad_y)


def _encode(im, limit: tuple[int, int], mark: Optional[BBox], min_width: int = 0, fmt: str = "PNG") -> bytes:
    """PNG/JPEG of a PIL image shrunk into ``limit`` (grown to ``min_width``); ``mark`` framed in red."""
    im = im.convert("RGB")
    if mark is not None:
        x0, y0, x1, y1 = mark
        lw = max(2, round(im.width / 300))
        ImageDraw.Draw(im).rectangle((x0 - 3 - lw, y0 - 3 - lw, x1 + 3 + lw, y1 + 3 + lw),
                                     outline=(220, 30, 30), width=lw)
    im.thumbnail(limit)
    if min_width and im.width < min_width:
        im = im.resize((min_width, max(1, round(im.height * min_width / im.width))), Image.LANCZOS)
    buf = io.BytesIO()
    if fmt == "JPEG":
        im.save(buf, format="JPEG", quality=82, optimize=True)
    else:
        im.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def _png(img, limit: tuple[int, int], mark: Optional[tuple[float, float, float, float]] = None) -> bytes:
    return _encode(img if isinstance(img, Image.Image) else Image.fromarray(img), limit, mark)


def _render(doc: Document, page_no: int, rect: Optional[BBox], zoom_for, mark: Optional[BBox],
            keep: Optional[BBox]):
    """(PIL image of ``rect`` of the page — None: the whole page —, the mark in its pixels), IDs blurred.

    ``zoom_for(w, h)`` gives pixels per bbox unit for a clip of that size (text layer).
    None when the page cannot be drawn or its ID numbers cannot be located (OCR page, no boxes known).
    """
    page = _page(doc, page_no)
    if _is_text_layer(doc, page):
        with pymupdf.open(doc.path) as pdf:
            if pdf.needs_pass:
                pdf.authenticate("")
            if not 1 <= page_no <= pdf.page_count:
                return None
            pg = pdf[page_no - 1]
            ids = redact.pdf_id_rects(pg) + (redact.page_id_boxes(doc, page) or [])
            ids = redact.drop_kept(ids, keep)
            rot = pg.rotation_matrix if pg.rotation else None
            clip = pg.rect if rect is None else pymupdf.Rect(*rect) * (rot or pymupdf.Identity)
            clip &= pg.rect
            if clip.is_empty:
                return None
            zoom = zoom_for(clip.width, clip.height)
            pix = pg.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=clip, alpha=False)
            im = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)

            def to_px(b):
                r = pymupdf.Rect(*b) * (rot or pymupdf.Identity)
                return ((r.x0 - clip.x0) * zoom, (r.y0 - clip.y0) * zoom, (r.x1 - clip.x0) * zoom,
                        (r.y1 - clip.y0) * zoom)
            redact.blur(im, [to_px(b) for b in ids])
            return im, (to_px(mark) if mark else None)
    ids = redact.page_id_boxes(doc, page)
    if ids is None:
        log.info("%s p%s: no picture, its ID numbers cannot be located", doc.filename, page_no)
        return None
    img, s = upright_page(doc, page_no)
    if img is None:
        return None
    h, w = img.shape[:2]
    if rect is None:
        box = (0, 0, w, h)
    else:
        box = (max(0, int(rect[0] * s)), max(0, int(rect[1] * s)), min(w, int(rect[2] * s) + 1),
               min(h, int(rect[3] * s) + 1))
    if box[2] <= box[0] or box[3] <= box[1]:
        return None
    im = Image.fromarray(np.ascontiguousarray(img[box[1]:box[3], box[0]:box[2]]))

    def to_px(b):
        return (b[0] * s - box[0], b[1] * s - box[1], b[2] * s - box[0], b[3] * s - box[1])
    redact.blur(im, [to_px(b) for b in redact.drop_kept(ids, keep)])
    return im, (to_px(mark) if mark else None)


def _valid_box(bbox) -> Optional[BBox]:
    try:
        x0, y0, x1, y1 = (float(v) for v in bbox)
    except (TypeError, ValueError):
        return None
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def region_png(doc: Optional[Document], page_no: Optional[int], bbox: Optional[BBox],
               limit: tuple[int, int] = CROP_MAX, mark: bool = True, keep: Optional[BBox] = None,
               min_width: int = CROP_MIN_WIDTH) -> Optional[bytes]:
    """PNG of the page region around ``bbox``: about three lines of context, the box framed in red,
    at least ``min_width`` pixels wide, every ID number but ``keep`` blurred; or None."""
    if doc is None or not page_no or not bbox or not doc.path:
        return None
    try:
        box = _valid_box(bbox)
        if box is None:
            return None
        rect = context_rect(box, _page(doc, page_no))
        got = _render(doc, page_no, rect,
                      lambda w, h: min(CROP_DPI / 72.0, limit[0] / max(w, 1), limit[1] / max(h, 1)),
                      box if mark else None, keep)
        if got is None:
            return None
        return _encode(got[0], limit, got[1], min_width)
    except Exception as exc:  # a crop is a help, never a failure
        log.debug("no crop for %s p%s: %s", doc.filename, page_no, exc)
        return None


def page_png(doc: Optional[Document], page_no: Optional[int], bbox: Optional[BBox] = None,
             keep: Optional[BBox] = None, limit: tuple[int, int] = PAGE_MAX, fmt: str = "PNG") -> Optional[bytes]:
    """The whole upright page with the box framed (for the click-through view), IDs blurred."""
    if doc is None or not page_no or not doc.path:
        return None
    try:
        got = _render(doc, page_no, None, lambda w, h: min(limit[0] / max(w, 1), limit[1] / max(h, 1), 3.0),
                      _valid_box(bbox) if bbox else None, keep)
        return None if got is None else _encode(got[0], limit, got[1], fmt=fmt)
    except Exception as exc:
        log.debug("no page view for %s p%s: %s", doc.filename, page_no, exc)
        return None


def thumbnail_png(doc: Optional[Document], page_no: Optional[int],
                  limit: tuple[int, int] = THUMB_MAX, top_share: float = THUMB_TOP_SHARE) -> Optional[bytes]:
    """PNG of the top of a page (upright), for findings that name a page but no box; IDs blurred."""
    if doc is None or not page_no or not doc.path:
        return None
    try:
        got = _render(doc, page_no, None, lambda w, h: min(2.0, limit[0] / max(w, 1)), None, None)
        if got is None:
            return None
        im = got[0]
        return _encode(im.crop((0, 0, im.width, max(1, int(im.height * top_share)))), limit, None,
                       CROP_MIN_WIDTH)
    except Exception as exc:
        log.debug("no thumbnail for %s p%s: %s", doc.filename, page_no, exc)
        return None
