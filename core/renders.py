"""Page pictures: one decode or render of a page, shared by OCR, page hashes and crops.

Why in core: the reader (OCR), the checks (page hashes for IMAGE_REUSED) and the
sheets (crops) all need the picture of a page, and the checks may not import the
reader. So the one way to turn a file's page into pixels lives here — an image
file's frames decoded safely (EXIF orientation, multi-page TIFF, decompression
bombs), a PDF page rendered at ``OCR_DPI`` — together with a small cache keyed by
(file sha256 or path, page, dpi): the reader leaves each picture it OCR'd there,
and whoever asks for the same page next in this process gets it without a second
decode or render.
"""
from __future__ import annotations

import io
import threading
import warnings
from collections import OrderedDict
from pathlib import Path
from typing import Optional

import numpy as np
import pymupdf
from PIL import Image, ImageOps, ImageSequence

OCR_DPI = 200          # PDF pages without a text layer are rendered (and OCR'd, hashed, cropped) at this
CACHE_PAGES = 8        # pictures kept (an A4 page at 200 dpi is ~11 MB)
MAX_FRAMES = 300


class ImageUnreadable(Exception):
    """The image cannot be decoded; the message is for the reviewer."""


def load_frames(data: bytes, max_frames: int = MAX_FRAMES) -> tuple[list[np.ndarray], int]:
    """(RGB uint8 frames, total frame count); EXIF orientation applied.

    Raises ImageUnreadable for a bomb ("图像尺寸异常") or an undecodable file.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            total = getattr(img, "n_frames", 1) or 1
            frames = []
            for i, frame in enumerate(ImageSequence.Iterator(img)):
                if i >= max_frames:
                    break
                frames.append(_to_rgb(frame))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageUnreadable("图像尺寸异常（像素数超过上限）") from exc
    except ImageUnreadable:
        raise
    except Exception as exc:
        raise ImageUnreadable(f"图像文件损坏，无法解码（{type(exc).__name__}）") from exc
    if not frames:
        raise ImageUnreadable("图像文件没有可读取的内容")
    return frames, total


def _to_rgb(frame: Image.Image) -> np.ndarray:
    frame = ImageOps.exif_transpose(frame.copy())
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        bg = Image.new("RGB", frame.size, (255, 255, 255))
        rgba = frame.convert("RGBA")
        bg.paste(rgba, mask=rgba.getchannel("A"))
        frame = bg
    elif frame.mode == "I;16" or frame.mode == "I":
        arr = np.asarray(frame, dtype=np.float64)
        arr = (255 * (arr - arr.min()) / max(arr.max() - arr.min(), 1)).astype(np.uint8)
        frame = Image.fromarray(arr)
    return np.asarray(frame.convert("RGB"), dtype=np.uint8).copy()


# ---------------------------------------------------------------- PDF pages

def render(page: "pymupdf.Page", dpi: int = OCR_DPI, gray: bool = False) -> np.ndarray:
    """One PDF page as a uint8 array at ``dpi``: RGB (h, w, 3), or gray (h, w)."""
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY if gray else pymupdf.csRGB, alpha=False)
    shape = (pix.h, pix.w) if gray else (pix.h, pix.w, 3)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(shape).copy()


# ---------------------------------------------------------------- the shared cache

_CACHE: "OrderedDict[tuple[str, int, int, bool], np.ndarray]" = OrderedDict()
_LOCK = threading.Lock()


def remember(key: str, page_no: int, dpi: int, img: np.ndarray, gray: bool = False) -> None:
    """Keep a page picture someone already made (the reader's OCR render) for the others;
    ``dpi`` 0 is an image file's frame as decoded."""
    if not key:
        return
    k = (key, page_no, dpi, gray)
    with _LOCK:
        _CACHE[k] = img
        _CACHE.move_to_end(k)
        while len(_CACHE) > CACHE_PAGES:
            _CACHE.popitem(last=False)


def _cached(k: tuple[str, int, int, bool]) -> Optional[np.ndarray]:
    with _LOCK:
        img = _CACHE.get(k)
        if img is not None:
            _CACHE.move_to_end(k)
        return img


def page_image(path: str, media: str, page_no: int, *, key: str = "", dpi: int = OCR_DPI,
               gray: bool = False) -> Optional[np.ndarray]:
    """Page ``page_no`` (1-based) of a file: a PDF page rendered at ``dpi`` (RGB, or gray),
    an image file's frame as decoded (RGB; ``dpi`` and ``gray`` do not apply). ``key`` (the
    file's sha256) names the file in the cache; None when the file or the page cannot be
    read. The array is shared: callers copy it before changing it."""
    key = key or str(path)
    dpi, gray = (dpi, gray) if media == "pdf" else (0, False)
    img = _cached((key, page_no, dpi, gray))
    if img is not None:
        return img
    try:
        data = Path(path).read_bytes()
        if media == "pdf":
            with pymupdf.open(stream=data, filetype="pdf") as pdf:
                if pdf.needs_pass:
                    pdf.authenticate("")
                if not 1 <= page_no <= pdf.page_count:
                    return None
                img = render(pdf[page_no - 1], dpi, gray)
        else:
            frames, _ = load_frames(data, max_frames=page_no)
            if page_no > len(frames):
                return None
            for i, frame in enumerate(frames, start=1):
                remember(key, i, 0, frame)
            img = frames[page_no - 1]
    except (OSError, ImageUnreadable, RuntimeError, ValueError):
        return None
    remember(key, page_no, dpi, img, gray)
    return img
