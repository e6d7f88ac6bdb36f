"""Byte-level forgeries: an incremental PDF edit, a white-box overlay, a repainted scan, a corrupt or encrypted PDF."""
from __future__ import annotations

import io
import os
import random
import tempfile
from datetime import date

import cv2
import numpy as np
import pymupdf
from PIL import Image


# --------------------------------------------------------------------------
# byte-level forgeries
# --------------------------------------------------------------------------


def _date_forms(iso: str) -> list[tuple[str, str]]:
    y, m, d = iso.split("-")
    return [(iso, "{y}-{m}-{d}"), (f"{y}年{m}月{d}日", "{y}年{m}月{d}日"),
            (f"{y}年{int(m)}月{int(d)}日", "{y}年{mi}月{di}日"), (f"{y}.{m}.{d}", "{y}.{m}.{d}"),
            (f"{y}/{m}/{d}", "{y}/{m}/{d}"), (f"{y}{m}{d}", "{y}{m}{d}")]


def edit_pdf_values(doc, new: dict, editor: str, when: date) -> None:
    """Replace printed values in place (redact + insert) and save as an incremental update."""
    with tempfile.TemporaryDirectory() as td:
        path = os.path.join(td, "record.pdf")
        with open(path, "wb") as fh:
            fh.write(doc.data)
        pdf = pymupdf.open(path)
        for key, value in new.items():
            old = doc.truth.get(key)
            if not old or len(old) != 10:
                continue
            y, m, d = value.split("-")
            for printed, form in _date_forms(old):
                hits = [(p, r) for p in pdf for r in p.search_for(printed)]
                if not hits:
                    continue
                for page, rect in hits:
                    page.add_redact_annot(rect, fill=(1, 1, 1))
                    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE)
                    text = form.format(y=y, m=m, d=d, mi=int(m), di=int(d))
                    page.insert_text((rect.x0, rect.y1 - rect.height * 0.22), text, fontname="china-s",
                                     fontsize=rect.height * 0.78)
                doc.truth[key] = value
                break
        stamp = f"D:{when:%Y%m%d}{10 + when.day % 8:02d}{when.day * 2 % 60:02d}11+08'00'"
        meta = dict(pdf.metadata or {})
        meta.update(producer=editor, modDate=stamp)
        pdf.set_metadata({k: v for k, v in meta.items() if k not in ("format", "encryption")})
        pdf.save(path, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP, no_new_id=True)
        pdf.close()
        with open(path, "rb") as fh:
            doc.data = fh.read()


def overlay_text(doc, candidates: list[str]) -> None:
    """White filled boxes over printed values, the same-looking text written on top."""
    pdf = pymupdf.open(stream=doc.data, filetype="pdf")
    for text in candidates:
        hits = [(p, r) for p in pdf for r in p.search_for(text)]
        if hits:
            for page, rect in hits[-3:]:
                page.draw_rect(rect + (-1, -1, 1, 1), color=None, fill=(1, 1, 1), overlay=True)
                page.insert_text((rect.x0, rect.y1 - rect.height * 0.2), text, fontname="china-s",
                                 fontsize=rect.height * 0.8, color=(0.05, 0.05, 0.05))
            break
    doc.data = pdf.tobytes(garbage=3, deflate=True, no_new_id=True)
    pdf.close()


def repaint_image(doc, source: bytes) -> None:
    """The source scan with the differing regions (name, birth date) painted over and rewritten."""
    a = np.asarray(Image.open(io.BytesIO(source)).convert("L")).astype(np.int16)
    b = np.asarray(Image.open(io.BytesIO(doc.data)).convert("L")).astype(np.int16)
    if a.shape != b.shape:
        return
    mask = (np.abs(a - b) > 60).astype(np.uint8)
    if not mask.any() or mask.mean() > 0.2:
        return
    mask = cv2.dilate(mask, np.ones((7, 7), np.uint8), iterations=2)
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask)
    out = a.copy()
    paper = int(np.median(a))
    for x, y, w, h, _area in stats[1:n]:
        box_b = b[y:y + h, x:x + w]
        patch = np.full_like(box_b, min(255, paper + 4))
        ink = box_b < paper - 50
        patch[ink] = box_b[ink]
        out[y:y + h, x:x + w] = patch
    buf = io.BytesIO()
    Image.fromarray(out.clip(0, 255).astype(np.uint8)).save(buf, "JPEG", quality=88)
    doc.data, doc.ext = buf.getvalue(), ".jpg"


def _encrypted_pdf(rng: random.Random) -> bytes:
    """A PDF with a Standard security handler whose user password is not empty (bytes are seeded)."""
    hexs = lambda k: "".join(f"{rng.randrange(256):02x}" for _ in range(k))  # noqa: E731
    content = bytes(rng.randrange(256) for _ in range(600))
    objs = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>",
            b"<</Length 600>>stream\n" + content + b"\nendstream",
            f"<</Filter/Standard/V 2/R 3/Length 128/P -3904/O <{hexs(32)}>/U <{hexs(32)}>>>".encode()]
    out, offsets = bytearray(b"%PDF-1.6\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<</Size {len(objs) + 1}/Root 1 0 R/Encrypt 5 0 R/ID[<{hexs(16)}><{hexs(16)}>]>>\n" \
           f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def corrupt_pdf(doc, how: str, rng: random.Random) -> None:
    """Truncated, encrypted or garbage bytes under a .pdf name."""
    if how == "encrypted":
        doc.data = _encrypted_pdf(rng)
    elif how == "garbage":
        doc.data = b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(4096))
    else:
        doc.data = doc.data[: max(200, len(doc.data) // 12)]
    doc.ext = ".pdf"
