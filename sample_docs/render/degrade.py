"""Turn a laid-out page into what an applicant actually uploads.

Levels (the only knob the generator and the benchmark turn):

* 0 — clean: a perfect grayscale raster, JPEG q85;
* 1 — mild scan: ≤1° skew, light sensor noise, JPEG q≈70;
* 2 — poor scan: up to 3° skew, blur, more noise, JPEG q50–60;
* 3 — phone photo: slight perspective, uneven lighting, desk border, JPEG q50.

Everything random is drawn from the caller's ``random.Random`` so the same
inputs give byte-identical files (Pillow's JPEG encoder is deterministic).
Scans are grayscale JPEG around 1100–1500 px on the long side: large enough
for PP-OCR (glyphs ≥ ~14 px), small enough for a committed sample set.
"""
from __future__ import annotations

import io
import random
from typing import Iterable, Optional

import numpy as np
import pymupdf
from PIL import Image, ImageFilter

from .common import finish_pdf

SCAN_PRODUCERS = ("KONICA MINOLTA bizhub C368", "Canon iR-ADV C5535 PDF", "HP Scan", "RICOH MP C3004")


def rasterise(page: pymupdf.Page, dpi: int) -> Image.Image:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples)


def _noise(img: Image.Image, sigma: float, seed: int) -> Image.Image:
    if sigma <= 0:
        return img
    arr = np.asarray(img, dtype=np.float32)
    gen = np.random.default_rng(seed)
    arr = arr + gen.normal(0.0, sigma, arr.shape).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def _tone(img: Image.Image, paper: float, ink: float) -> Image.Image:
    """Map white→paper and black→ink (scanned paper is never pure white)."""
    lut = [round(ink + (paper - ink) * v / 255) for v in range(256)]
    return img.point(lut)


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Coefficients for PIL's PERSPECTIVE transform mapping output dst → input src."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    return list(np.linalg.solve(np.array(rows, float), np.array(rhs, float)))


def _phone_photo(img: Image.Image, rng: random.Random) -> Image.Image:
    w, h = img.size
    m = 0.035
    def j() -> float:
        return rng.uniform(0.005, m)
    dst = [(w * j(), h * j()), (w * (1 - j()), h * j()), (w * (1 - j()), h * (1 - j())), (w * j(), h * (1 - j()))]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    out = img.transform((w, h), Image.Transform.PERSPECTIVE, _perspective_coeffs(src, dst),
                        resample=Image.Resampling.BICUBIC, fillcolor=70)
    # uneven lighting: a linear gradient from a random corner, 0.62 … 1.0
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    ramp = (xs / w - 0.5) * gx + (ys / h - 0.5) * gy
    ramp = (ramp - ramp.min()) / max(float(ramp.max() - ramp.min()), 1e-6)
    light = 1.0 - 0.38 * ramp
    arr = np.asarray(out, dtype=np.float32) * light
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def degrade(img: Image.Image, level: int, rng: random.Random) -> tuple[Image.Image, int]:
    """The degraded image and the JPEG quality to save it with."""
    seed = rng.getrandbits(32)
    if level <= 0:
        return img, 85
    if level == 1:
        img = _tone(img, rng.uniform(238, 248), rng.uniform(10, 30))
        img = img.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.BICUBIC, fillcolor=244)
        return _noise(img, 2.0, seed), 70
    if level == 2:
        img = _tone(img, rng.uniform(220, 240), rng.uniform(25, 50))
        img = img.rotate(rng.choice((-1, 1)) * rng.uniform(1.2, 3.0), resample=Image.Resampling.BICUBIC,
                         fillcolor=230)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.8)))
        return _noise(img, 4.0, seed), rng.randint(50, 60)
    img = _tone(img, rng.uniform(215, 235), rng.uniform(30, 55))
    img = img.rotate(rng.uniform(-2.0, 2.0), resample=Image.Resampling.BICUBIC, fillcolor=225)
    img = _phone_photo(img, rng)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return _noise(img, 3.5, seed), 50


def to_jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def scan_page(page: pymupdf.Page, dpi: int, level: int, rng: random.Random) -> bytes:
    """One page → grayscale JPEG bytes at the given degradation level."""
    img, quality = degrade(rasterise(page, dpi), level, rng)
    return to_jpeg(img, quality)


def _as_images(pages: Iterable[tuple[bytes, str]]) -> list[bytes]:
    out: list[bytes] = []
    for data, ext in pages:
        if ext.lower() == ".pdf":
            with pymupdf.open(stream=data, filetype="pdf") as doc:
                for page in doc:
                    out.append(to_jpeg(rasterise(page, 125), 75))
        else:
            out.append(data)
    return out


def render_pages_to_pdf(pages: Iterable[tuple[bytes, str]], *, date: str = "2024-03-01",
                        producer: Optional[str] = None) -> bytes:
    """Bundle scans (and PDFs, rasterised) into one image-only PDF, one image per A4
    page as a document scanner writes it. Deterministic for the same inputs."""
    doc = pymupdf.open()
    for data in _as_images(pages):
        with Image.open(io.BytesIO(data)) as im:
            w, h = im.size
        pw, ph = (842.0, 595.0) if w > h else (595.0, 842.0)
        page = doc.new_page(width=pw, height=ph)
        page.insert_image(page.rect, stream=data, keep_proportion=True)
    if doc.page_count == 0:
        raise ValueError("render_pages_to_pdf needs at least one page")
    return finish_pdf(doc, producer or SCAN_PRODUCERS[0], date)
