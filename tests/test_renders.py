"""One picture per page: what the reader OCR'd is what crops and page hashes get (core.renders)."""
from __future__ import annotations

import pymupdf
from PIL import Image

from checks.phash import scanned_pages
from core import renders
from core.renders import OCR_DPI
from extractors.base import OcrBox
from extractors.ocr import FakeOcrEngine
from extractors.reader import read_document
from pipeline.crops import upright_page

BOX = [[10, 10], [200, 10], [200, 30], [10, 30]]


def scanned_pdf(path) -> None:
    """An image-only PDF page (a scan): no text layer, one picture over the page."""
    img = Image.new("RGB", (600, 400), "white")
    for x in range(50, 550, 7):
        for y in range(60, 340, 40):
            img.putpixel((x, y), (0, 0, 0))
    src = path.with_suffix(".png")
    img.save(src)
    doc = pymupdf.open()
    page = doc.new_page(width=420, height=280)
    page.insert_image(page.rect, filename=str(src))
    doc.save(path)


def test_the_pdf_render_the_ocr_read_is_the_one_crops_get(tmp_path, monkeypatch):
    path = tmp_path / "scan.pdf"
    scanned_pdf(path)
    made = []
    real = renders.render
    monkeypatch.setattr(renders, "render", lambda page, dpi=OCR_DPI, gray=False: made.append(dpi) or real(page, dpi, gray))
    doc = read_document(path, "A1", ocr=FakeOcrEngine([[OcrBox("毕业证书", BOX, 0.9)]]))[0]
    assert doc.pages[0].text_source == "ocr" and made == [OCR_DPI]
    frame, scale = upright_page(doc, 1)
    assert frame is not None and scale == OCR_DPI / 72
    assert frame.shape[:2] == (round(280 * OCR_DPI / 72), round(420 * OCR_DPI / 72))
    assert made == [OCR_DPI]  # the crop came from the reader's render, not a second one


def test_an_image_file_is_decoded_once_for_ocr_hashes_and_crops(tmp_path):
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (300, 200), "white").save(path)
    doc = read_document(path, "A1", ocr=FakeOcrEngine([[]]))[0]
    first = renders.page_image(str(path), "image", 1, key=doc.sha256)
    path.write_bytes(b"not an image any more")
    assert renders.page_image(str(path), "image", 1, key=doc.sha256) is first
    assert [n for n, _ in scanned_pages(str(path), "image", key=doc.sha256)] == [1]
    frame, scale = upright_page(doc.model_copy(update={"path": str(path)}), 1)
    assert frame is not None and frame.shape[:2] == (200, 300) and scale == 1.0


def test_an_unreadable_page_is_none_not_an_exception(tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    assert renders.page_image(str(bad), "pdf", 1) is None
    assert renders.page_image(str(tmp_path / "missing.jpg"), "image", 1) is None
