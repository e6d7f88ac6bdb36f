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

import numpy as np

from core.models import BBox, Document, Page

log = logging.getLogger("zcaudit")

PAD_X, PAD_Y = 40.0, 14.0      # context around the box, in page points / OCR pixels × scale
CROP_DPI = 144                 # text-layer clips: sharp on screen and on paper
CROP_MAX = (900, 260)          # the largest crop embedded (pixels)
THUMB_MAX = (420, 300)
THUMB_TOP_SHARE = 0.45         # a thumbnail shows the top of the page: title, name, numbers


def _page(doc: Document, page_no: int) -> Optional[Page]:
    return next((p for p in doc.pages if p.number == page_no), None)


def _ocr_frame(doc: Document, page_no: int) -> tuple[Optional[np.ndarray], float]:
    """The raw frame the OCR was given, and pixels per bbox unit."""
    data = Path(doc.path).read_bytes()
    if doc.media == "pdf":
        import pymupdf

        from extractors.pdf import OCR_DPI, render_page
        with pymupdf.open(stream=data, filetype="pdf") as pdf:
            if pdf.needs_pass:
                pdf.authenticate("")
            if not 1 <= page_no <= pdf.page_count:
                return None, 1.0
            return render_page(pdf[page_no - 1], OCR_DPI), OCR_DPI / 72.0
    from extractors.image import load_frames
    frames, _ = load_frames(data, max_frames=page_no)
    if page_no > len(frames):
        return None, 1.0
    return frames[page_no - 1], 1.0


def to_upright(frame: np.ndarray, rotation: int, skew: float,
               size: Optional[tuple[int, int]] = None) -> np.ndarray:
    """Turn clockwise by ``rotation`` then rotate by ``skew`` onto a ``size`` canvas (w, h).

    Mirrors ``extractors.ocr``: ``_rotate_image`` then ``_deskew`` (white border).
    ``size`` None means the widened canvas of the staged engine.
    """
    import cv2
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
    img, scale = _upright_cached(doc.path, mtime, doc.media, page_no, geometry)
    return (None if img is None else img.copy()), scale


@lru_cache(maxsize=2)  # several findings on one page: decode and deskew it once
def _upright_cached(path: str, mtime: int, media: str, page_no: int,
                    geometry: Optional[tuple[int, float, float, float]]) -> tuple[Optional[np.ndarray], float]:
    doc = Document(applicant_id="", filename="", path=path, media=media)
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


def _png(img, limit: tuple[int, int], mark: Optional[tuple[float, float, float, float]] = None) -> bytes:
    """PNG of an RGB array or PIL image, shrunk into ``limit``; ``mark`` outlines the read box."""
    from PIL import Image, ImageDraw
    im = img if isinstance(img, Image.Image) else Image.fromarray(img)
    im = im.convert("RGB")
    if mark is not None:
        x0, y0, x1, y1 = mark
        lw = max(2, round(im.width / 300))
        ImageDraw.Draw(im).rectangle((x0 - 3 - lw, y0 - 3 - lw, x1 + 3 + lw, y1 + 3 + lw),
                                     outline=(220, 30, 30), width=lw)
    im.thumbnail(limit)
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def _pdf_clip(doc: Document, page_no: int, rect: BBox, limit: tuple[int, int], dpi: int,
              unrotated: bool = True, mark: Optional[BBox] = None) -> Optional[bytes]:
    """Render a clip; text-layer boxes are in unrotated page space (PyMuPDF), the clip is not."""
    import pymupdf
    from PIL import Image
    with pymupdf.open(doc.path) as pdf:
        if pdf.needs_pass:
            pdf.authenticate("")
        if not 1 <= page_no <= pdf.page_count:
            return None
        pg = pdf[page_no - 1]
        clip = pymupdf.Rect(*rect)
        box = pymupdf.Rect(*mark) if mark else None
        if unrotated and pg.rotation:
            clip = clip * pg.rotation_matrix
            box = box * pg.rotation_matrix if box else None
        clip &= pg.rect
        if clip.is_empty:
            return None
        zoom = min(dpi / 72.0, limit[0] / max(clip.width, 1), limit[1] / max(clip.height, 1))
        pix = pg.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=clip, alpha=False)
        im = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    if box is not None:
        box = ((box.x0 - clip.x0) * zoom, (box.y0 - clip.y0) * zoom,
               (box.x1 - clip.x0) * zoom, (box.y1 - clip.y0) * zoom)
    return _png(im, limit, box)


def region_png(doc: Optional[Document], page_no: Optional[int], bbox: Optional[BBox],
               limit: tuple[int, int] = CROP_MAX, mark: bool = True) -> Optional[bytes]:
    """PNG of the page region around ``bbox`` (with some context, box outlined), or None."""
    if doc is None or not page_no or not bbox or not doc.path:
        return None
    try:
        x0, y0, x1, y1 = (float(v) for v in bbox)
        if x1 <= x0 or y1 <= y0:
            return None
        page = _page(doc, page_no)
        if _is_text_layer(doc, page):
            return _pdf_clip(doc, page_no, (x0 - PAD_X, y0 - PAD_Y, x1 + PAD_X, y1 + PAD_Y), limit, CROP_DPI,
                             mark=(x0, y0, x1, y1) if mark else None)
        img, s = upright_page(doc, page_no)
        if img is None:
            return None
        h, w = img.shape[:2]
        box = (max(0, int((x0 - PAD_X) * s)), max(0, int((y0 - PAD_Y) * s)),
               min(w, int((x1 + PAD_X) * s) + 1), min(h, int((y1 + PAD_Y) * s) + 1))
        if box[2] <= box[0] or box[3] <= box[1]:
            return None
        crop = np.ascontiguousarray(img[box[1]:box[3], box[0]:box[2]])
        m = (x0 * s - box[0], y0 * s - box[1], x1 * s - box[0], y1 * s - box[1]) if mark else None
        return _png(crop, limit, m)
    except Exception as exc:  # a crop is a help, never a failure
        log.debug("no crop for %s p%s: %s", doc.filename, page_no, exc)
        return None


def thumbnail_png(doc: Optional[Document], page_no: Optional[int],
                  limit: tuple[int, int] = THUMB_MAX, top_share: float = THUMB_TOP_SHARE) -> Optional[bytes]:
    """PNG of the top of a page (upright), for findings that name a page but no box."""
    if doc is None or not page_no or not doc.path:
        return None
    try:
        page = _page(doc, page_no)
        if _is_text_layer(doc, page):
            import pymupdf
            with pymupdf.open(doc.path) as pdf:
                if not 1 <= page_no <= pdf.page_count:
                    return None
                r = pdf[page_no - 1].rect
            return _pdf_clip(doc, page_no, (r.x0, r.y0, r.x1, r.y0 + r.height * top_share), limit, 72, unrotated=False)
        img, _ = upright_page(doc, page_no)
        if img is None:
            return None
        top = img[: max(1, int(img.shape[0] * top_share))]
        return _png(np.ascontiguousarray(top), limit)
    except Exception as exc:
        log.debug("no thumbnail for %s p%s: %s", doc.filename, page_no, exc)
        return None
