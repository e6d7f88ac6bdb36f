"""Audit sheets and the dashboard as a reviewer reads them: values, clauses, crops, masking, xlsx."""
from __future__ import annotations

import base64
import io
import re
from html.parser import HTMLParser

import cv2
import numpy as np
import pymupdf
import pytest
from openpyxl import load_workbook
from PIL import Image

from tests.browser_util import CERT_NO, SCAN_LINES, turned_scan, upright_scan, write_batch
from pipeline import crops
from pipeline.dashboard import dashboard_model
from core.models import Document, Finding, Page, Severity, Submission
from pipeline.sheets import evidence_rows, format_value, mask_ids, view_model

ID_FULL = "620102199005171234"


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch")
    return write_batch(root, dismiss=("A002", "MAJOR_MISMATCH"))


def _finding(vm, code):
    return next(f for f in vm["findings"] if f["code"] == code)


def _gray(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("L"), dtype=np.float32)


def _ncc(a: np.ndarray, b: np.ndarray) -> float:
    b = cv2.resize(b, (a.shape[1], a.shape[0]), interpolation=cv2.INTER_AREA)
    a, b = a - a.mean(), b - b.mean()
    return float((a * b).sum() / (np.sqrt((a * a).sum() * (b * b).sum()) + 1e-9))


class _Text(HTMLParser):
    """Visible text of a page (scripts and styles left out)."""
    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    p = _Text()
    p.feed(html)
    return " ".join(p.parts)


# --------------------------------------------------------------------------- HTML sheet

def test_sheet_shows_each_finding_with_clause_values_and_masked_id(batch):
    out, _, subs = batch
    html = (out / "sheets" / "A001.html").read_text(encoding="utf-8")
    text = visible_text(html)
    assert "职称申报材料审核表" in text and "不予通过" in text
    for f in subs[0].findings:
        section = re.search(rf'<section[^>]*data-code="{f.code}".*?</section>', html, re.S).group(0)
        assert f.clause in section, f.code
        assert f.message in section
    mismatch = re.search(r'<section[^>]*data-code="EDUCATION_MISMATCH".*?</section>', html, re.S).group(0)
    # the compared values sit in a labelled table, the field name in Chinese
    assert re.search(r"<th>申报值</th><td>107301201705009999</td>", mismatch)
    assert re.search(rf"<th>材料值</th><td>{CERT_NO}</td>", mismatch)
    assert "<th>字段</th><td>证书编号</td>" in mismatch
    insurance = re.search(r'<section[^>]*data-code="SOCIAL_INSURANCE_SHORT".*?</section>', html, re.S).group(0)
    assert "<th>月数</th><td>20</td>" in insurance and "<th>要求月数</th><td>36</td>" in insurance
    assert "兰州新区第一中学、兰州某公司" in insurance and "2021-01至2022-08" in insurance
    # the ID number is masked in the header and nowhere in full
    assert ID_FULL not in html
    assert re.search(r'<td class="id">6201\*{12}34</td>', html)
    # self-contained: no network resources, pictures inline
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert html.count('src="data:image/png;base64,') >= 2


def test_verdict_and_counts_leave_dismissed_findings_out(batch):
    out, _, _ = batch
    html = (out / "sheets" / "A002.html").read_text(encoding="utf-8")
    assert 'data-verdict="review"' in html  # MATERIAL_MISSING (warn) still open
    sec = re.search(r'<section class="[^"]*dismissed[^"]*"[^>]*data-code="(\w+)"', html)
    assert sec and sec.group(1) == "MAJOR_MISMATCH" and "已排除 1 项" in html


def test_evidence_values_are_readable():
    rows = dict(evidence_rows({"declared": "2017-06", "threshold": 0.3, "ratio": 0.4213, "clause": "x",
                               "page": 2, "ranges": [["2019-01", "2019-12"], ["2020-03", "2021-01"]],
                               "signals": ["a", "b"], "doc_type": "diploma", "strict": True,
                               "other": {"unit": "甲公司", "months": 3}, "id_number": ID_FULL}))
    assert rows["申报值"] == "2017-06" and rows["限值"] == "0.3" and rows["比例"] == "0.4213"
    assert "依据" not in rows and "clause" not in rows and "页" not in rows  # shown elsewhere
    assert rows["期间"] == "2019-01至2019-12；2020-03至2021-01"
    assert rows["迹象"] == "a、b" and rows["材料类型"] == "毕业证书" and rows["strict"] == "是"
    assert rows["other"] == "单位：甲公司，月数：3"
    assert rows["身份证号"] == "6201************34"
    assert format_value(list(range(30))).endswith("…等30项")
    # an 18-digit certificate number is not an ID and stays readable
    assert mask_ids(f"编号{CERT_NO}，身份证{ID_FULL}") == f"编号{CERT_NO}，身份证6201************34"


# --------------------------------------------------------------------------- crops

def test_pdf_crop_is_the_region_of_the_value(batch):
    out, _, subs = batch
    vm = view_model(subs[0])
    f = _finding(vm, "EDUCATION_MISMATCH")
    assert f["crop_kind"] == "region"
    doc = subs[0].documents[0]
    bbox = subs[0].findings[1].bbox
    got = _gray(crops.region_png(doc, 1, bbox, mark=False))
    # independent: render the whole page and cut the same rectangle with numpy
    z = 2.0
    with pymupdf.open(doc.path) as pdf:
        pix = pdf[0].get_pixmap(matrix=pymupdf.Matrix(z, z), alpha=False)
    full = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w, 3).mean(axis=2).astype(np.float32)

    def cut(b):
        x0, y0, x1, y1 = b
        return full[int((y0 - crops.PAD_Y) * z):int((y1 + crops.PAD_Y) * z),
                    max(0, int((x0 - crops.PAD_X) * z)):int((x1 + crops.PAD_X) * z)]

    assert _ncc(got, cut(bbox)) > 0.9
    other = (bbox[0], bbox[1] + 40, bbox[2], bbox[3] + 40)  # the next line of the page
    assert _ncc(got, cut(other)) < 0.6


def test_crop_of_turned_and_skewed_photo_points_at_the_line(tmp_path):
    """The photo is turned 90° and tilted 3°: the crop must show the same line as the upright scan."""
    page, boxes = turned_scan(tmp_path / "photo.jpg", skew=3.0)
    doc = Document(applicant_id="A", filename="photo.jpg", path=str(tmp_path / "photo.jpg"), media="image",
                   pages=[page])
    up, up_boxes = upright_scan()
    gray = up.mean(axis=2).astype(np.float32)

    def cut(b):
        x0, y0, x1, y1 = (int(v) for v in b)
        return gray[max(0, y0 - int(crops.PAD_Y)):y1 + int(crops.PAD_Y), max(0, x0 - int(crops.PAD_X)):x1 + int(crops.PAD_X)]

    target = SCAN_LINES[3]
    got = _gray(crops.region_png(doc, 1, boxes[target], mark=False))
    assert _ncc(got, cut(up_boxes[target])) > 0.8
    assert max(_ncc(got, cut(up_boxes[t])) for t in SCAN_LINES if t != target) < 0.5
    # without the deskew (or the turn) the same box shows something else
    for wrong in (page.model_copy(update={"skew": 0.0}), page.model_copy(update={"rotation": 270})):
        d2 = doc.model_copy(update={"pages": [wrong]})
        png = crops.region_png(d2, 1, boxes[target], mark=False)
        assert png is None or _ncc(_gray(png), cut(up_boxes[target])) < 0.6


def test_finding_without_box_gets_page_thumbnail_and_without_document_nothing(batch):
    _, _, subs = batch
    vm = view_model(subs[0])
    assert _finding(vm, "PDF_EDITED")["crop_kind"] == "page"  # names page 1, no box
    thumb = _gray(base64.b64decode(_finding(vm, "PDF_EDITED")["crop"]))
    assert thumb.shape[1] > thumb.shape[0] and thumb.min() < 100  # top of the page, with text on it
    vm2 = view_model(subs[1])
    assert all(f["crop"] is None for f in vm2["findings"])


def test_missing_file_gives_no_crop_and_no_error(tmp_path):
    doc = Document(applicant_id="A", filename="gone.pdf", path=str(tmp_path / "gone.pdf"), media="pdf",
                   pages=[Page(number=1, width=595, height=842, text_source="text_layer")])
    sub = Submission(applicant_id="A", documents=[doc], findings=[Finding(
        applicant_id="A", code="PDF_EDITED", severity=Severity.warn, message="m", document="gone.pdf",
        page=1, bbox=(10, 10, 50, 20))])
    assert view_model(sub)["findings"][0]["crop"] is None


# --------------------------------------------------------------------------- xlsx and dashboard

def test_xlsx_has_the_findings_frozen_header_filters_and_crops(batch):
    out, _, _ = batch
    wb = load_workbook(out / "sheets" / "A001.xlsx")
    ws = wb["审核表"]
    header_row = next(r for r in range(1, 20) if ws.cell(r, 1).value == "序号")
    assert ws.freeze_panes == f"A{header_row + 1}"
    assert ws.auto_filter.ref.startswith(f"A{header_row}:") and ws.auto_filter.ref.endswith(str(ws.max_row))
    body = {ws.cell(r, 3).value: [c.value for c in ws[r]] for r in range(header_row + 1, ws.max_row + 1)}
    assert set(body) == {"SOCIAL_INSURANCE_SHORT", "EDUCATION_MISMATCH", "DIPLOMA_NUMBER_INCONSISTENT", "PDF_EDITED"}
    ev = body["EDUCATION_MISMATCH"][7]
    assert "申报值：107301201705009999" in ev and f"材料值：{CERT_NO}" in ev
    assert body["EDUCATION_MISMATCH"][8] == "新组通〔2024〕23号 一"
    assert ID_FULL not in str([[c.value for c in row] for row in ws.iter_rows()])
    assert len(ws._images) == 4  # two region crops, two page thumbnails
    assert ws.column_dimensions["E"].width >= 40
    docs = wb["上传材料"]
    assert docs.freeze_panes == "A2" and docs.auto_filter.ref


def test_dashboard_lists_every_active_code_and_counts_without_dismissed(batch):
    out, store, _ = batch
    html = (out / "index.html").read_text(encoding="utf-8")
    select = re.search(r'<select id="f-code">(.*?)</select>', html, re.S).group(1)
    options = set(re.findall(r'<option value="(\w+)"', select))
    active = {r["code"] for r in store.rows("findings")} - {"MAJOR_MISMATCH"}
    assert options == active
    bars = set(re.findall(r'class="bar" data-code="(\w+)"', html))
    assert bars == active
    model = dashboard_model(store)
    a2 = next(r for r in model["rows"] if r["applicant_id"] == "A002")
    assert a2["n"]["warn"] == 1 and a2["total"] == 1 and a2["dismissed"] == 1 and a2["codes"] == ["MATERIAL_MISSING"]
    assert [r["applicant_id"] for r in model["rows"]] == ["A001", "A002", "A003"]
    assert 'href="sheets/A001.html"' in html and not re.search(r'(src|href)="(https?:)?//', html)


def test_export_has_readable_values_and_active_counts(batch, tmp_path):
    from pipeline.export import export_xlsx
    _, store, _ = batch
    wb = load_workbook(export_xlsx(tmp_path / "batch.xlsx", store))
    summary = {r[0].value: [c.value for c in r] for r in wb["汇总"].iter_rows(min_row=2)}
    head = [c.value for c in wb["汇总"][1]]
    assert summary["A002"][head.index("问题数")] == 1
    issues = list(wb["问题清单"].iter_rows(values_only=True))
    cols = issues[0]
    row = next(r for r in issues[1:] if r[cols.index("代码")] == "EDUCATION_MISMATCH")
    assert f"材料值：{CERT_NO}" in row[cols.index("比对值")]
    assert wb["问题清单"].freeze_panes == "A2"


# --------------------------------------------------------------------------- real OCR

def _ocr_text(engine, png: bytes) -> str:
    from extractors.ocr import fold_ocr_text
    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    return re.sub(r"\s", "", fold_ocr_text("".join(b.text for b in engine.recognize(img))))


@pytest.mark.ocr
def test_crops_read_back_the_value(batch, ocr_engine):
    _, _, subs = batch
    vm = view_model(subs[0])
    for code in ("EDUCATION_MISMATCH", "DIPLOMA_NUMBER_INCONSISTENT"):
        assert CERT_NO in _ocr_text(ocr_engine, base64.b64decode(_finding(vm, code)["crop"])), code


@pytest.mark.ocr
def test_crop_follows_the_reader_on_a_turned_skewed_photo(tmp_path, ocr_engine):
    """Read the photo with the real reader, take the box it found for the number, crop, read again."""
    from extractors.reader import read_document
    turned_scan(tmp_path / "photo.jpg", skew=3.0)
    doc = read_document(tmp_path / "photo.jpg", "A", ocr=ocr_engine, specs=[])[0]
    page = doc.pages[0]
    assert page.rotation == 90 and abs(page.skew) > 1
    line = next(ln for ln in page.lines if "证书编号" in ln.text)
    assert CERT_NO in _ocr_text(ocr_engine, crops.region_png(doc, 1, line.bbox))
