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
    assert "兰州新区第一中学、兰州某公司" in insurance and "2021-01 至 2022-08" in insurance
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
    assert rows["期间"] == "2019-01 至 2019-12；2020-03 至 2021-01"
    assert rows["迹象"] == "a、b" and rows["材料类型"] == "毕业证书" and rows["须专业对口"] == "是"
    assert rows["other"] == "单位：甲公司，月数：3"
    assert rows["身份证号"] == "6201************34"
    assert format_value(list(range(30))).endswith("…等30项")
    # an 18-digit certificate number is not an ID and stays readable
    assert mask_ids(f"编号{CERT_NO}，身份证{ID_FULL}") == f"编号{CERT_NO}，身份证6201************34"


# --------------------------------------------------------------------------- crops

def _locate(crop: np.ndarray, page: np.ndarray) -> tuple[float, tuple[int, int]]:
    """Where a crop sits on an independently drawn page: (match score, top-left pixel)."""
    res = cv2.matchTemplate(page, crop, cv2.TM_CCOEFF_NORMED)
    _, score, _, loc = cv2.minMaxLoc(res)
    return float(score), loc


def _inside(box, origin, size, scale) -> bool:
    """Is ``box`` (page units) inside the crop at ``origin`` (pixels) of ``size`` (w, h) pixels?"""
    x0, y0, x1, y1 = (v * scale for v in box)
    return origin[0] <= x0 and origin[1] <= y0 and x1 <= origin[0] + size[0] and y1 <= origin[1] + size[1]


def test_pdf_crop_shows_the_value_with_lines_around_it_framed_and_readable(batch):
    out, _, subs = batch
    vm = view_model(subs[0])
    f = _finding(vm, "EDUCATION_MISMATCH")
    assert f["crop_kind"] == "region"
    doc = subs[0].documents[0]
    bbox = subs[0].findings[1].bbox
    got = _gray(crops.region_png(doc, 1, bbox, mark=False))
    assert got.shape[1] >= 600  # readable width
    # independent: render the whole page at the crop's scale and find the crop on it
    z = crops.CROP_DPI / 72
    with pymupdf.open(doc.path) as pdf:
        pix = pdf[0].get_pixmap(matrix=pymupdf.Matrix(z, z), alpha=False)
        boxes = {t: tuple(pdf[0].search_for(t)[0]) for t in ("姓名：张伟", "毕业日期：2017-06")}
    full = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w, 3).mean(axis=2).astype(np.float32)
    score, origin = _locate(got, full)
    size = (got.shape[1], got.shape[0])
    assert score > 0.95
    assert _inside(bbox, origin, size, z)  # the value itself
    assert _inside(boxes["姓名：张伟"], origin, size, z) and _inside(boxes["毕业日期：2017-06"], origin, size, z)
    # the marked crop frames the value in red, and only there
    marked = np.asarray(Image.open(io.BytesIO(crops.region_png(doc, 1, bbox))).convert("RGB")).astype(int)
    red = (marked[..., 0] > 180) & (marked[..., 1] < 90) & (marked[..., 2] < 90)
    ys, xs = np.nonzero(red)
    x0, y0, x1, y1 = (v * z for v in bbox)
    assert red.sum() > 100
    assert xs.min() >= x0 - origin[0] - 20 and xs.max() <= x1 - origin[0] + 20
    assert ys.min() >= y0 - origin[1] - 20 and ys.max() <= y1 - origin[1] + 20


def test_crop_of_turned_and_skewed_photo_points_at_the_line(tmp_path):
    """The photo is turned 90° and tilted 3°: the crop must show the same lines as the upright scan."""
    page, boxes = turned_scan(tmp_path / "photo.jpg", skew=3.0)
    doc = Document(applicant_id="A", filename="photo.jpg", path=str(tmp_path / "photo.jpg"), media="image",
                   pages=[page])
    up, up_boxes = upright_scan()
    # the upright scan on the OCR's widened canvas, where the page's boxes live
    dx = boxes[SCAN_LINES[0]][0] - up_boxes[SCAN_LINES[0]][0]
    dy = boxes[SCAN_LINES[0]][1] - up_boxes[SCAN_LINES[0]][1]
    canvas = np.full((int(page.height), int(page.width)), 255, np.float32)
    canvas[int(round(dy)):int(round(dy)) + up.shape[0], int(round(dx)):int(round(dx)) + up.shape[1]] = \
        up.mean(axis=2)

    target = SCAN_LINES[3]
    got = _gray(crops.region_png(doc, 1, boxes[target], mark=False))
    assert got.shape[1] >= 600
    score, origin = _locate(got, canvas)
    size = (got.shape[1], got.shape[0])
    assert score > 0.8
    assert _inside(boxes[target], origin, size, 1.0)
    assert _inside(boxes[SCAN_LINES[2]], origin, size, 1.0) and _inside(boxes[SCAN_LINES[4]], origin, size, 1.0)
    # without the deskew (or the turn) the same box shows something else
    for wrong in (page.model_copy(update={"skew": 0.0}), page.model_copy(update={"rotation": 270})):
        d2 = doc.model_copy(update={"pages": [wrong]})
        png = crops.region_png(d2, 1, boxes[target], mark=False)
        if png is not None:
            g = _gray(png)
            if g.shape[0] < canvas.shape[0] and g.shape[1] < canvas.shape[1]:
                s2, o2 = _locate(g, canvas)
                assert s2 < 0.6 or not _inside(boxes[target], o2, (g.shape[1], g.shape[0]), 1.0)


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
    out, store, _ = batch
    wb = load_workbook(export_xlsx(tmp_path / "batch.xlsx", store))
    summary = {r[0].value: [c.value for c in r] for r in wb["汇总"].iter_rows(min_row=2)}
    head = [c.value for c in wb["汇总"][1]]
    assert summary["A002"][head.index("问题数")] == 1
    issues = list(wb["问题清单"].iter_rows(values_only=True))
    cols = issues[0]
    row = next(r for r in issues[1:] if r[cols.index("代码")] == "EDUCATION_MISMATCH")
    assert f"材料值：{CERT_NO}" in row[cols.index("比对")]
    # the same finding columns as the audit sheet
    sheet = load_workbook(out / "sheets" / "A001.xlsx")["审核表"]
    head_row = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "序号")
    sheet_cols = [c.value for c in sheet[head_row]][1:-1]
    assert list(cols[2:]) == sheet_cols
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


def test_xlsx_header_names_the_major_a_clean_sheet_says_so_and_every_sheet_prints(batch, tmp_path):
    from pipeline.export import export_xlsx
    out, store, _ = batch
    wb = load_workbook(out / "sheets" / "A001.xlsx")
    header = [c.value for row in wb["审核表"].iter_rows(min_row=2, max_row=6) for c in row]
    assert "申报专业" in header
    clean = load_workbook(out / "sheets" / "A003.xlsx")["审核表"]
    assert "未发现问题" in [c.value for row in clean.iter_rows() for c in row]
    books = [wb, load_workbook(export_xlsx(tmp_path / "office.xlsx", store))]
    for book in books:
        for ws in book.worksheets:
            assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9, ws.title
            assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
            assert ws.print_title_rows, ws.title
    # the crop in the workbook is shown at a readable width
    assert all(img.width >= 600 for img in wb["审核表"]._images)


def test_dismissed_findings_count_the_same_in_sheet_dashboard_csv_and_export(batch, tmp_path):
    import csv
    from pipeline.export import export_xlsx
    from pipeline.outputs import write_csvs
    out, store, subs = batch
    model = {r["applicant_id"]: r for r in dashboard_model(store)["rows"]}
    write_csvs(out, store, [s.applicant_id for s in subs])
    with (out / "applicants.csv").open(encoding="utf-8-sig") as fh:
        csv_counts = {r["applicant_id"]: int(r["findings"]) for r in csv.DictReader(fh)}
    summary = load_workbook(export_xlsx(tmp_path / "office.xlsx", store))["汇总"]
    head = [c.value for c in summary[1]]
    for row in summary.iter_rows(min_row=2, values_only=True):
        aid = row[0]
        html = (out / "sheets" / f"{aid}.html").read_text(encoding="utf-8")
        shown = sum(int(n) for n in re.findall(r"<span>(?:否决|存疑|提示|信息) (\d+) 项</span>", html))
        assert row[head.index("问题数")] == model[aid]["total"] == csv_counts[aid] == shown, aid
        assert row[head.index("已排除")] == model[aid]["dismissed"], aid
    assert model["A002"]["dismissed"] == 1 and model["A002"]["total"] == 1
