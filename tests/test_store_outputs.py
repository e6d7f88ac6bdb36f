"""Database, CSV outputs, sheets and reviews, on hand-made submissions (no reading)."""
from __future__ import annotations

import csv
import os
import stat

from openpyxl import load_workbook

from core.models import Document, Field, Finding, Page, Severity, Submission
from pipeline.outputs import write_csvs
from pipeline.review import refresh_outputs
from pipeline.sheets import write_sheets
from pipeline.store import Store, default_url


def make_sub(aid="A1", findings=(("MATERIAL_MISSING", Severity.warn),)) -> Submission:
    doc = Document(applicant_id=aid, filename="扫描件1.jpg", doc_type="diploma", media="image", sha256="ab" * 32,
                   pages=[Page(number=1, width=100, height=100, text_source="ocr")],
                   fields=[Field(name="name", value="张伟", page=1, bbox=(1, 2, 3, 4), source="ocr", confidence=0.97),
                           Field(name="certificate_no", value="107301201705001234", page=1, source="ocr")])
    sub = Submission(applicant_id=aid, raw_application={"name": "张伟", "id_number": "620102199005171234"},
                     documents=[doc], content_hash="h1")
    for code, sev in findings:
        sub.findings.append(Finding(applicant_id=aid, code=code, severity=sev, message=f"{code} 说明。",
                                    document="扫描件1.jpg", page=1, clause="新组通〔2024〕23号 一",
                                    evidence={"declared": "a", "document_value": "b"}))
    return sub


def rows(path):
    with path.open(encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def test_save_twice_keeps_one_copy_and_sqlite_is_private(tmp_path):
    store = Store(default_url(tmp_path))
    sub = make_sub()
    store.save_submission(sub)
    store.save_submission(sub)
    assert store.count("findings") == 1 and store.count("documents") == 1 and store.count("fields") == 2
    mode = stat.S_IMODE(os.stat(tmp_path / "zcaudit.sqlite").st_mode)
    assert mode == 0o600
    write_csvs(tmp_path, store, ["A1"])
    f = rows(tmp_path / "findings.csv")
    assert len(f) == 1 and f[0]["code"] == "MATERIAL_MISSING" and '"clause"' in f[0]["evidence"]
    a = rows(tmp_path / "applicants.csv")
    assert a == [{**a[0], "applicant_id": "A1", "name": "张伟", "verdict": "review", "findings": "1", "documents": "1"}]
    fl = rows(tmp_path / "fields.csv")
    assert [(r["field"], r["value"], r["source"]) for r in fl] == [
        ("name", "张伟", "ocr"), ("certificate_no", "107301201705001234", "ocr")]


def test_verdicts(tmp_path):
    store = Store(default_url(tmp_path))
    store.save_submission(make_sub("R", (("INELIGIBLE_CIVIL_SERVANT", Severity.reject), ("MATERIAL_MISSING", Severity.warn))))
    store.save_submission(make_sub("P", ()))
    store.save_submission(make_sub("I", (("MATERIAL_MISSING", Severity.info),)))
    got = {r["applicant_id"]: r["verdict"] for r in store.rows("applicants")}
    assert got == {"R": "reject", "P": "pass", "I": "pass"}


def test_dismissed_finding_stops_counting_and_sheet_shows_it(tmp_path):
    store = Store(default_url(tmp_path))
    store.save_submission(make_sub("A1", (("NAME_MISMATCH", Severity.suspect),)))
    assert store.rows("applicants")[0]["verdict"] == "review"
    assert store.record_review("A1", "NAME_MISMATCH", "dismissed", "OCR 误读，已核对原件") == 1
    refresh_outputs(tmp_path, store)
    assert store.rows("applicants")[0]["verdict"] == "pass"
    f = rows(tmp_path / "findings.csv")
    assert f[0]["review"] == "dismissed"
    html = (tmp_path / "sheets" / "A1.html").read_text(encoding="utf-8")
    assert "已排除" in html and "dismissed" in html
    # the same finding next night stays dismissed; changed evidence brings it back
    sub = make_sub("A1", (("NAME_MISMATCH", Severity.suspect),))
    store.save_submission(sub)
    assert store.rows("applicants")[0]["verdict"] == "pass"
    sub.findings[0].evidence["document_value"] = "c"
    store.save_submission(sub)
    assert store.rows("applicants")[0]["verdict"] == "review"


def test_sheet_html_and_xlsx_content(tmp_path):
    sub = make_sub("A1", (("INELIGIBLE_CIVIL_SERVANT", Severity.reject),))
    html, xlsx = write_sheets(tmp_path, sub)
    text = html.read_text(encoding="utf-8")
    assert "职称申报材料审核表" in text and "不予通过" in text and "新组通〔2024〕23号 一" in text
    assert "620102199005171234" not in text and "6201" in text  # masked ID in the header
    assert "http://" not in text and "https://" not in text  # self-contained
    wb = load_workbook(xlsx)
    ws = wb["审核表"]
    values = [c.value for row in ws.iter_rows() for c in row if c.value]
    assert "INELIGIBLE_CIVIL_SERVANT" in values and ws.freeze_panes and ws.auto_filter.ref
    assert "上传材料" in wb.sheetnames


def test_signatures_round_trip(tmp_path):
    store = Store(default_url(tmp_path))
    store.save_signatures("summary", [("A1", "", [1, 2, 3], "d1"), ("A2", "", [4, 5], "d2")])
    store.save_signatures("summary", [("A1", "", [9], "d9")])
    got = sorted(store.load_signatures("summary"))
    assert got == [("A1", "", [9], "d9"), ("A2", "", [4, 5], "d2")]
    assert store.load_signatures("phash") == []
