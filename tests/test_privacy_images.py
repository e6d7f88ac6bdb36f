"""ID numbers are blurred in every picture (crops, page views, thumbnails, xlsx) unless compared.

Without OCR: the region of the number loses its strokes (edge energy) against an
independent render.  With the real OCR engine (marker ``ocr``): every picture of a
small audited demo is read back and no valid ID number is found in it.
"""
from __future__ import annotations

import io
import re
from datetime import date

import cv2
import numpy as np
import pymupdf
import pytest
from PIL import Image

from core import idcard
from core.models import Document, Field, Finding, Line, Page, Severity, Submission
from pipeline import crops, redact
from pipeline.sheets import view_model
from pipeline.store import snapshot_json

ID = idcard.make("620102", date(1990, 5, 17), 123)
CERT = "107301201705001234"
LINES = ("社会保险个人缴费证明", "姓名：张伟", f"公民身份号码：{ID}", f"证书编号：{CERT}", "缴费单位：兰州新区第一中学",
         "缴费月数：20")


def _pdf(path):
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i, t in enumerate(LINES):
        page.insert_text((72, 110 + 30 * i), t, fontname="china-s", fontsize=14)
    boxes = {t: tuple(page.search_for(t)[0]) for t in LINES}
    doc.save(path)
    return boxes


def _scan(path):
    """The same page as an OCR'd photo: pixels, and lines with boxes as the OCR gives them."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i, t in enumerate(LINES):
        page.insert_text((72, 110 + 30 * i), t, fontname="china-s", fontsize=14)
    z = 2.0
    boxes = {t: tuple(v * z for v in page.search_for(t)[0]) for t in LINES}
    page.get_pixmap(matrix=pymupdf.Matrix(z, z), alpha=False).save(str(path))
    lines = [Line(text=t, bbox=b, source="ocr", confidence=0.99) for t, b in boxes.items()]
    return Page(number=1, width=595 * z, height=842 * z, text_source="ocr", lines=lines), boxes


def _edges(png: bytes) -> np.ndarray:
    g = np.asarray(Image.open(io.BytesIO(png)).convert("L"), dtype=np.float32)
    return np.abs(cv2.Laplacian(g, cv2.CV_32F))




def _located(png: bytes, page_png: np.ndarray) -> tuple[int, int]:
    g = np.asarray(Image.open(io.BytesIO(png)).convert("L"), dtype=np.float32)
    res = cv2.matchTemplate(page_png, g, cv2.TM_CCOEFF_NORMED)
    return cv2.minMaxLoc(res)[3]


def _region_energy(png: bytes, box, origin, scale) -> float:
    e = _edges(png)
    x0, y0, x1, y1 = (int(v * scale) for v in box)
    return float(e[y0 - origin[1]:y1 - origin[1], x0 - origin[0]:x1 - origin[0]].mean())


def test_id_number_is_blurred_in_a_crop_of_a_text_layer_page_and_the_certificate_number_is_not(tmp_path):
    boxes = _pdf(tmp_path / "si.pdf")
    doc = Document(applicant_id="A", filename="si.pdf", path=str(tmp_path / "si.pdf"), media="pdf",
                   pages=[Page(number=1, width=595, height=842, text_source="text_layer")])
    target = boxes[f"证书编号：{CERT}"]  # the ID line is within the three lines of context
    png = crops.region_png(doc, 1, target, mark=False)
    z = crops.CROP_DPI / 72
    with pymupdf.open(doc.path) as pdf:
        pix = pdf[0].get_pixmap(matrix=pymupdf.Matrix(z, z), alpha=False)
    full = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w, 3).mean(axis=2).astype(np.float32)
    full_png = io.BytesIO()
    Image.fromarray(full.astype(np.uint8)).save(full_png, format="PNG")
    origin = _located(png, full)
    id_digits = (boxes[f"公民身份号码：{ID}"][0] + 100, boxes[f"公民身份号码：{ID}"][1],
                 boxes[f"公民身份号码：{ID}"][2], boxes[f"公民身份号码：{ID}"][3])
    cert_digits = (target[0] + 80, target[1], target[2], target[3])
    blurred = _region_energy(png, id_digits, origin, z)
    sharp = _region_energy(full_png.getvalue(), id_digits, (0, 0), z)
    assert blurred < 0.35 * sharp
    assert _region_energy(png, cert_digits, origin, z) > 0.7 * _region_energy(full_png.getvalue(), cert_digits, (0, 0), z)


def test_ocr_page_is_blurred_from_its_lines_and_from_the_stored_snapshot(tmp_path):
    page, boxes = _scan(tmp_path / "si.png")
    doc = Document(applicant_id="A", filename="si.png", path=str(tmp_path / "si.png"), media="image", pages=[page])
    id_box = boxes[f"公民身份号码：{ID}"]
    assert redact.page_id_boxes(doc, page)  # found on the lines
    sub = Submission(applicant_id="A", documents=[doc])
    slim = Submission.model_validate_json(snapshot_json(sub))
    assert slim.documents[0].pages[0].lines == []
    for d in (doc, slim.documents[0]):
        png = crops.page_png(d, 1)
        full = np.asarray(Image.open(tmp_path / "si.png").convert("L"), dtype=np.float32)
        scale = Image.open(io.BytesIO(png)).width / full.shape[1]
        digits = (id_box[0] + 200, id_box[1], id_box[2], id_box[3])
        sharp_png = io.BytesIO()
        Image.fromarray(full.astype(np.uint8)).resize(Image.open(io.BytesIO(png)).size).save(sharp_png, "PNG")
        assert _region_energy(png, digits, (0, 0), scale) < 0.35 * _region_energy(sharp_png.getvalue(), digits,
                                                                                   (0, 0), scale)
    # an OCR'd page whose ID numbers cannot be located is not shown at all
    blind = doc.model_copy(update={"pages": [page.model_copy(update={"lines": []})], "meta": {}})
    assert crops.page_png(blind, 1) is None and crops.region_png(blind, 1, id_box) is None


def test_the_compared_id_number_stays_readable_in_its_own_finding(tmp_path):
    page, boxes = _scan(tmp_path / "card.png")
    id_line = boxes[f"公民身份号码：{ID}"]
    doc = Document(applicant_id="A", filename="card.png", path=str(tmp_path / "card.png"), media="image",
                   doc_type="id_card", pages=[page], fields=[Field(name="id_number", value=ID, bbox=id_line)])
    f = Finding(applicant_id="A", code="ID_NUMBER_MISMATCH", severity=Severity.suspect, message="m",
                document="card.png", page=1, bbox=id_line, evidence={"field": "id_number"})
    other = f.model_copy(update={"code": "NAME_MISMATCH", "bbox": boxes["姓名：张伟"], "evidence": {"field": "name"}})
    assert redact.keep_box(f) == id_line and redact.keep_box(other) is None
    vm = view_model(Submission(applicant_id="A", documents=[doc], findings=[f, other]))
    kept = next(x for x in vm["findings"] if x["code"] == "ID_NUMBER_MISMATCH")["crop_png"]
    hidden = next(x for x in vm["findings"] if x["code"] == "NAME_MISMATCH")["crop_png"]
    assert kept and hidden and kept != hidden


# --------------------------------------------------------------------------- real OCR over a small demo

_ID_RUN = re.compile(r"\d{17}[\dX]")


def valid_ids(text: str) -> list[str]:
    return [m for m in _ID_RUN.findall(text) if idcard.is_valid(m)]


@pytest.mark.ocr
def test_no_picture_of_a_small_demo_shows_a_valid_id_number(tmp_path, ocr_engine):
    """Audit two committed applicants, then OCR every crop, thumbnail and page view the sheets show."""
    import base64
    import shutil
    from pathlib import Path

    from extractors.ocr import fold_ocr_text
    from pipeline.runner import audit_inbox_plain
    from pipeline.store import Store, default_url

    samples = Path(__file__).resolve().parent.parent / "sample_docs" / "committed" / "inbox"
    inbox = tmp_path / "inbox"
    for aid in ("LX2024-0001", "LX2024-0004"):
        shutil.copytree(samples / aid, inbox / aid)
    out = tmp_path / "out"
    audit_inbox_plain(inbox, out)
    store = Store(default_url(out))
    pictures, located = [], 0
    for aid in ("LX2024-0001", "LX2024-0004"):
        sub = store.load_snapshot(aid)  # what the desk and later nights draw from
        vm = view_model(sub)
        pictures += [base64.b64decode(f["crop"]) for f in vm["findings"] if f["crop"]]
        pictures += [p.read_bytes() for p in (out / "sheets" / "pages" / aid).glob("*.jpg")]
        for d in sub.documents:
            for p in d.pages:
                located += len(redact.page_id_boxes(d, p) or [])
    assert pictures and located, "the demo must show pages that carry ID numbers"
    for pic in pictures:
        img = np.asarray(Image.open(io.BytesIO(pic)).convert("RGB"))
        text = re.sub(r"\s", "", fold_ocr_text("".join(b.text for b in ocr_engine.recognize(img))))
        assert valid_ids(text) == [], "an ID number is readable in a picture"
