"""Small hand-made uploads and a headless Chromium for the sheet and dashboard tests.

Why hand-made: the tests check what a reviewer sees (the crop of the right
spot, the filters), so they build a tiny batch directly from pipeline objects
— a born-digital PDF, a phone photo turned by 90° and skewed — instead of
running the whole pipeline and the OCR model.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import cv2
import numpy as np
import pymupdf

from core.models import Document, Field, Finding, Line, Page, Severity, Submission

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000")

CERT_NO = "107301201705001234"
SCAN_LINES = ("普通高等学校毕业证书", "学生 张伟 性别 男", "专业 土木工程", "证书编号 107301201705001234",
              "校长 李明")


# --------------------------------------------------------------------------- uploads

def text_pdf(path: Path, lines: tuple[str, ...] = ("学历电子注册备案表", "姓名：张伟", f"证书编号：{CERT_NO}",
                                                   "毕业日期：2017-06")) -> dict[str, tuple]:
    """A one-page born-digital PDF; returns each line's box in PDF points."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i, text in enumerate(lines):
        page.insert_text((72, 110 + 40 * i), text, fontname="china-s", fontsize=15)
    boxes = {t: tuple(page.search_for(t)[0]) for t in lines}
    doc.save(path)
    return boxes


def upright_scan(lines: tuple[str, ...] = SCAN_LINES, dpi: int = 150) -> tuple[np.ndarray, dict[str, tuple]]:
    """An upright RGB "scan" of a certificate page and each line's box in its pixels."""
    doc = pymupdf.open()
    page = doc.new_page(width=560, height=300)
    page.draw_rect(page.rect + (12, 12, -12, -12), color=(0.6, 0.1, 0.1), width=2)
    for i, text in enumerate(lines):
        page.insert_text((50, 60 + 48 * i), text, fontname="china-s", fontsize=16)
    zoom = dpi / 72
    boxes = {t: tuple(v * zoom for v in page.search_for(t)[0]) for t in lines}
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.w, 3).copy()
    return img, boxes


def _rotate_canvas(img: np.ndarray, angle: float) -> np.ndarray:
    """cv2 rotation by ``angle`` (counter-clockwise) onto a widened white canvas."""
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    return cv2.warpAffine(img, m, (nw, nh), borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255))


def turned_scan(path: Path, skew: float = 3.0) -> tuple[Page, dict[str, tuple]]:
    """A phone photo: the upright scan tilted by ``skew``° and turned 90° counter-clockwise.

    Returns the Page the staged OCR makes of it (turned back by 90°, deskewed by
    ``skew`` onto a widened canvas) and each line's box in that page's pixels.
    """
    up, boxes = upright_scan()
    h, w = up.shape[:2]
    photo = np.ascontiguousarray(np.rot90(_rotate_canvas(up, -skew)))  # rot90 = counter-clockwise
    cv2.imwrite(str(path), cv2.cvtColor(photo, cv2.COLOR_RGB2BGR))
    # the OCR frame: the tilted canvas turned back, rotated by +skew onto a widened canvas
    th, tw = photo.shape[1], photo.shape[0]
    rad = np.radians(skew)
    nw = int(th * abs(np.sin(rad)) + tw * abs(np.cos(rad)))
    nh = int(th * abs(np.cos(rad)) + tw * abs(np.sin(rad)))
    dx, dy = nw / 2 - w / 2, nh / 2 - h / 2
    moved = {t: (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy) for t, b in boxes.items()}
    lines = [Line(text=t, bbox=b, source="ocr", confidence=0.98) for t, b in moved.items()]
    page = Page(number=1, width=nw, height=nh, text_source="ocr", lines=lines, rotation=90, skew=skew)
    return page, moved


# --------------------------------------------------------------------------- a small batch

def _finding(aid: str, code: str, sev: Severity, msg: str, **kw) -> Finding:
    return Finding(applicant_id=aid, code=code, severity=sev, message=msg, **kw)


def sample_batch(root: Path) -> tuple[Path, list[Submission]]:
    """Three applicants (reject / review / pass) with real files; returns (out dir, submissions)."""
    inbox = root / "inbox"
    out = root / "out"
    for aid in ("A001", "A002", "A003"):
        (inbox / aid).mkdir(parents=True, exist_ok=True)
    pdf_boxes = text_pdf(inbox / "A001" / "学历备案表.pdf")
    scan_page, scan_boxes = turned_scan(inbox / "A001" / "毕业证书.jpg")
    pdf_doc = Document(applicant_id="A001", filename="学历备案表.pdf", path=str(inbox / "A001" / "学历备案表.pdf"),
                       media="pdf", doc_type="xuexin_record",
                       pages=[Page(number=1, width=595, height=842, text_source="text_layer")],
                       fields=[Field(name="name", value="张伟"), Field(name="id_number", value="620102199005171234"),
                               Field(name="certificate_no", value=CERT_NO), Field(name="graduation_date", value="2017-06")])
    scan_doc = Document(applicant_id="A001", filename="毕业证书.jpg", path=str(inbox / "A001" / "毕业证书.jpg"),
                        media="image", doc_type="diploma", pages=[scan_page],
                        fields=[Field(name="name", value="张伟", source="ocr", confidence=0.99),
                                Field(name="certificate_no", value=CERT_NO, source="ocr", confidence=0.7)])
    cert_line = f"证书编号：{CERT_NO}"
    a1 = Submission(applicant_id="A001", folder=str(inbox / "A001"), raw_application={
        "name": "张伟", "id_number": "620102199005171234", "unit": "兰州新区第一中学", "series": "中小学教师",
        "level": "一级教师", "grade": "中级", "mode": "评审", "policy": "2024"},
        documents=[pdf_doc, scan_doc])
    a1.findings = [
        _finding("A001", "SOCIAL_INSURANCE_SHORT", Severity.reject,
                 "社保缴费证明显示在申报单位连续缴费20个月，少于要求的36个月。",
                 clause="新组通〔2024〕23号 二（三）", document="学历备案表.pdf",
                 evidence={"months": 20, "required_months": 36, "paying_units": ["兰州新区第一中学", "兰州某公司"],
                           "ranges": [["2021-01", "2022-08"]]}),
        _finding("A001", "EDUCATION_MISMATCH", Severity.suspect,
                 f"备案表证书编号{CERT_NO}与申报的107301201705009999不一致。",
                 clause="新组通〔2024〕23号 一", document="学历备案表.pdf", page=1, bbox=pdf_boxes[cert_line],
                 evidence={"declared": "107301201705009999", "document_value": CERT_NO, "field": "certificate_no"}),
        _finding("A001", "DIPLOMA_NUMBER_INCONSISTENT", Severity.suspect,
                 "毕业证书编号与证书所载学校、年份不一致。", clause="新组通〔2024〕23号 一",
                 document="毕业证书.jpg", page=1, bbox=scan_boxes[SCAN_LINES[3]],
                 evidence={"number": CERT_NO, "school": "兰州大学", "year": 2017, "likely_ocr_error": False}),
        _finding("A001", "PDF_EDITED", Severity.warn, "备案表PDF由编辑软件另存。",
                 clause="新组通〔2024〕23号 五", document="学历备案表.pdf", page=1,
                 evidence={"producer": "PDF Editor 9", "signals": ["incremental_update", "producer"]}),
    ]
    a2 = Submission(applicant_id="A002", raw_application={
        "name": "李娜", "id_number": "620102198803120027", "unit": "兰州新区人民医院", "series": "卫生",
        "level": "主治医师", "grade": "中级", "mode": "认定", "policy": "2024"})
    a2.findings = [_finding("A002", "MATERIAL_MISSING", Severity.warn, "缺少年度考核材料。",
                            clause="新组通〔2024〕23号 三", evidence={"doc_type": "annual_appraisal"}),
                   _finding("A002", "MAJOR_MISMATCH", Severity.warn, "所学专业护理学与申报专业临床医学不对口。",
                            clause="新组通〔2024〕23号 一", evidence={"studied_major": "护理学", "major": "临床医学"})]
    a3 = Submission(applicant_id="A003", raw_application={
        "name": "王强", "id_number": "62010219850101003X", "unit": "兰州新区建设集团", "series": "工程",
        "level": "工程师", "grade": "中级", "mode": "评审", "policy": "2024"})
    return out, [a1, a2, a3]


def write_batch(root: Path, dismiss: Optional[tuple[str, str]] = None):
    """Store the sample batch, optionally dismiss one finding (applicant, code), write sheets + index."""
    from pipeline.dashboard import write_dashboard
    from pipeline.sheets import write_sheets
    from pipeline.store import Store, default_url

    out, subs = sample_batch(root)
    out.mkdir(parents=True, exist_ok=True)
    store = Store(default_url(out))
    for s in subs:
        store.save_submission(s)
    if dismiss:
        store.record_review(dismiss[0], dismiss[1], "dismissed", "已核对原件")
        for s in subs:
            store.save_submission(s)
    reviews = {r["fingerprint"]: r["decision"] for r in store.reviews()}
    for s in subs:
        write_sheets(out, s, reviews)
    write_dashboard(out, store, [s.applicant_id for s in subs])
    return out, store, subs


# --------------------------------------------------------------------------- browser

def chromium_missing() -> Optional[str]:
    """Why the browser test cannot run here, or None."""
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        return (f"Chromium not installed ({CHROMIUM} / {CHROMEDRIVER} missing): "
                "run `make browser` (apt-get install chromium chromium-driver)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "the selenium package is not installed (pip install selenium)"
    return None


def make_driver(profile: Path):
    """Headless Chromium via chromedriver with a fresh profile; browser log kept for asserts."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for flag in CHROME_FLAGS:
        opts.add_argument(flag)
    profile.mkdir(parents=True, exist_ok=True)
    opts.add_argument(f"--user-data-dir={profile}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=opts)
