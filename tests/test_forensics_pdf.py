"""PDF_EDITED and TEXT_OVERLAY on forged documents and their honest twins."""
from __future__ import annotations

import shutil
from pathlib import Path

import pymupdf
import pytest

from checks.base import CheckContext
from checks.forensics_pdf import editor_of, file_forensics, parse_pdf_date, pdf_edited, text_overlay
from core.models import Page, Severity, Submission
from tests.factories import pdf_document

UNITS = ["兰州新区甲公司", "兰州新区甲公司", "兰州新区甲公司", "兰州新区丙公司"]


def payment_proof(path: Path, *, producer: str = "甘肃省社会保险信息系统",
                  created: str = "D:20240301100000+08'00'") -> Path:
    """A 参保缴费证明-like table: dark header with white text, shaded rows, ruling lines."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((200, 60), "参保缴费证明", fontname="china-s", fontsize=18)
    page.insert_text((60, 95), "姓名：张三丰    身份证号：620102199001011234", fontname="china-s", fontsize=10)
    xs = [60, 160, 360, 450, 530]
    y = 110
    page.draw_rect(pymupdf.Rect(60, y, 530, y + 22), color=None, fill=(0.15, 0.25, 0.5))
    for x, h in zip(xs, ["缴费年月", "单位名称", "缴费基数", "实缴"]):
        page.insert_text((x + 4, y + 15), h, fontname="china-s", fontsize=10, color=(1, 1, 1))
    for i, unit in enumerate(UNITS):
        y += 22
        if i % 2:
            page.draw_rect(pymupdf.Rect(60, y, 530, y + 22), color=None, fill=(0.92, 0.92, 0.92))
        for x, v in zip(xs, [f"2023-{i + 1:02d}", unit, "4500.00", "1"]):
            page.insert_text((x + 4, y + 15), v, fontname="china-s", fontsize=10)
        page.draw_line((60, y + 22), (530, y + 22), color=(0, 0, 0), width=0.5)
    for x in xs:
        page.draw_line((x, 110), (x, y + 22), color=(0, 0, 0), width=0.5)
    doc.set_metadata({"producer": producer, "creator": producer, "creationDate": created, "modDate": created})
    doc.save(path)
    return path


def forge_unit(src: Path, dst: Path, *, new_unit: str = "兰州新区乙公司", row: int = 2) -> Path:
    """Cover a unit name with a white box, write another name on top, save incrementally
    with an editor's Producer (what PDF-XChange does to a 缴费证明)."""
    shutil.copy(src, dst)
    doc = pymupdf.open(dst)
    page = doc[0]
    y = 110 + 22 * (row + 1)
    page.draw_rect(pymupdf.Rect(161, y + 2, 300, y + 20), color=None, fill=(1, 1, 1))
    page.insert_text((164, y + 15), new_unit, fontname="china-ss", fontsize=10)
    meta = doc.metadata
    meta.update(producer="PDF-XChange Editor 9.5", modDate="D:20240420093000+08'00'")
    doc.set_metadata(meta)
    doc.save(dst, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    return dst


def xuexin_record(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((150, 60), "教育部学历证书电子注册备案表", fontname="china-s", fontsize=16)
    rows = [("姓名", "张三丰"), ("性别", "男"), ("入学日期", "2016年09月01日"),
            ("毕（结）业日期", "2020年06月30日"), ("学历类别", "普通高等教育"), ("层次", "本科")]
    for i, (k, v) in enumerate(rows):
        page.insert_text((80, 110 + 26 * i), f"{k}：", fontname="china-s", fontsize=11)
        page.insert_text((200, 110 + 26 * i), v, fontname="china-s", fontsize=11)
    doc.set_metadata({"producer": "学信网", "creationDate": "D:20240305080000+08'00'",
                      "modDate": "D:20240305080000+08'00'"})
    doc.save(path)
    return path


def edit_record(src: Path, dst: Path) -> Path:
    """Change the graduation date (redact + retype) and save incrementally, weeks later."""
    shutil.copy(src, dst)
    doc = pymupdf.open(dst)
    page = doc[0]
    hit = page.search_for("2020年06月30日")[0]
    page.add_redact_annot(hit)
    page.apply_redactions()
    page.insert_text((200, 110 + 26 * 3), "2018年06月30日", fontname="china-s", fontsize=11)
    meta = doc.metadata
    meta.update(modDate="D:20240401120000+08'00'")
    doc.set_metadata(meta)
    doc.save(dst, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    return dst


def sub_with(path: Path, doc_type: str, **kw) -> Submission:
    return Submission(applicant_id="A1", documents=[pdf_document(path, doc_type, **kw)])


def forensics_of(path):
    return file_forensics(pdf_document(Path(path), "other"))


@pytest.fixture
def ctx(policy_2024):
    return CheckContext(policy=policy_2024)


def run(check, sub, ctx):
    return list(check(sub, ctx))


# ------------------------------------------------------------------ PDF_EDITED

def test_forged_payment_proof_is_suspect_with_each_signal(tmp_path, ctx):
    forged = forge_unit(payment_proof(tmp_path / "orig.pdf"), tmp_path / "forged.pdf")
    found = run(pdf_edited, sub_with(forged, "social_insurance"), ctx)
    assert len(found) == 1
    f = found[0]
    assert f.code == "PDF_EDITED" and f.severity == Severity.suspect
    sig = {s["signal"]: s for s in f.evidence["signals"]}
    assert sig["editor"]["program"] == "PDF-XChange"
    assert sig["incremental_update"]["changed_pages"] == [1]
    assert sig["modified_after_creation"]["days"] > 40
    assert "PDF-XChange" in f.message and "七(三)" in f.clause


def test_the_check_weighs_what_the_reader_recorded_without_reopening_the_file(tmp_path, ctx):
    forged = forge_unit(payment_proof(tmp_path / "orig.pdf"), tmp_path / "forged.pdf")
    sub = sub_with(forged, "social_insurance")
    forged.unlink()
    assert [f.code for f in run(pdf_edited, sub, ctx)] == ["PDF_EDITED"]
    assert [f.code for f in run(text_overlay, sub, ctx)] == ["TEXT_OVERLAY"]


def test_honest_payment_proof_twin_is_clean(tmp_path, ctx):
    honest = payment_proof(tmp_path / "orig.pdf")
    sub = sub_with(honest, "social_insurance")
    assert run(pdf_edited, sub, ctx) == []
    assert run(text_overlay, sub, ctx) == []


@pytest.mark.parametrize("producer", ["Microsoft: Print To PDF", "Quartz PDFContext", "CamScanner",
                                      "扫描全能王", "Adobe Acrobat Scan", "Microsoft® Word 2016"])
def test_scanner_apps_and_print_drivers_are_not_findings(tmp_path, ctx, producer):
    pdf = payment_proof(tmp_path / "scan.pdf", producer=producer)
    assert run(pdf_edited, sub_with(pdf, "social_insurance"), ctx) == []


def test_editor_on_an_employer_letter_alone_is_not_a_finding(tmp_path, ctx):
    # people merge and annotate their own letters; only issuing-system documents are strict
    pdf = payment_proof(tmp_path / "letter.pdf", producer="Foxit PhantomPDF 10")
    assert run(pdf_edited, sub_with(pdf, "employment_proof"), ctx) == []
    found = run(pdf_edited, sub_with(pdf, "social_insurance"), ctx)
    assert [f.severity for f in found] == [Severity.suspect]


def test_edited_xuexin_record_vs_original(tmp_path, ctx):
    orig = xuexin_record(tmp_path / "beian.pdf")
    edited = edit_record(orig, tmp_path / "beian_edited.pdf")
    assert run(pdf_edited, sub_with(orig, "xuexin_record"), ctx) == []
    found = run(pdf_edited, sub_with(edited, "xuexin_record"), ctx)
    assert len(found) == 1 and found[0].severity == Severity.suspect
    sig = {s["signal"]: s for s in found[0].evidence["signals"]}
    assert "editor" not in sig  # the Producer still says 学信网: the revision gives it away
    assert sig["incremental_update"]["revisions"] == 2
    assert sig["incremental_update"]["changed_pages"] == [1]


def test_signature_only_update_is_not_an_edit(tmp_path, ctx):
    pdf = xuexin_record(tmp_path / "signed.pdf")
    doc = pymupdf.open(pdf)
    xref = doc.get_new_xref()
    doc.update_object(xref, "<< /Type /Sig /Filter /Adobe.PPKLite /ByteRange [0 0 0 0] >>")
    doc.save(pdf, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    ff = forensics_of(str(pdf))
    assert ff.revisions == 2 and ff.signature_only
    assert run(pdf_edited, sub_with(pdf, "xuexin_record"), ctx) == []


def test_late_moddate_alone_is_a_warning(tmp_path, ctx):
    pdf = payment_proof(tmp_path / "late.pdf")
    doc = pymupdf.open(pdf)
    meta = doc.metadata
    meta["modDate"] = "D:20240310100000+08'00'"
    doc.set_metadata(meta)
    doc.save(tmp_path / "late2.pdf")  # full rewrite: no incremental revision
    found = run(pdf_edited, sub_with(tmp_path / "late2.pdf", "plagiarism_report"), ctx)
    assert [f.severity for f in found] == [Severity.warn]
    assert found[0].evidence["signals"][0]["signal"] == "modified_after_creation"


def test_odd_font_value_in_a_table_column(tmp_path, ctx):
    honest = payment_proof(tmp_path / "orig.pdf")
    assert forensics_of(str(honest)).font_odd == []
    forged = forge_unit(honest, tmp_path / "forged.pdf")
    odd = forensics_of(str(forged)).font_odd
    assert [o["text"] for o in odd] == ["兰州新区乙公司"]
    assert odd[0]["peer_font"] != odd[0]["font"].lower()


def test_file_signals_reported_once_for_a_bundle(tmp_path, ctx):
    forged = forge_unit(payment_proof(tmp_path / "orig.pdf"), tmp_path / "forged.pdf")
    docs = [pdf_document(forged, t, part=i + 1, page_range=(1, 1)).model_copy(update={"filename": "bundle.pdf"})
            for i, t in enumerate(["other", "social_insurance"])]
    found = run(pdf_edited, Submission(applicant_id="A1", documents=docs), ctx)
    editor_hits = [f for f in found if any(s["signal"] == "editor" for s in f.evidence["signals"])]
    assert len(editor_hits) == 1 and editor_hits[0].evidence["doc_type"] == "social_insurance"


# ------------------------------------------------------------------ TEXT_OVERLAY

def test_covered_unit_name_gives_hidden_and_visible_values(tmp_path, ctx):
    forged = forge_unit(payment_proof(tmp_path / "orig.pdf"), tmp_path / "forged.pdf")
    found = run(text_overlay, sub_with(forged, "social_insurance"), ctx)
    assert len(found) == 1
    ev = found[0].evidence
    assert ev["hidden"] == "兰州新区甲公司" and ev["visible"] == "兰州新区乙公司"
    assert ev["page"] == 1 and ev["kind"] == "covered" and found[0].severity == Severity.suspect
    assert "兰州新区甲公司" in found[0].message and "兰州新区乙公司" in found[0].message


def test_text_printed_over_other_text(tmp_path, ctx):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((60, 80), "去除引用文献复制比：", fontname="china-s", fontsize=11)
    page.insert_text((180, 80), "32.1%", fontname="helv", fontsize=11)
    page.insert_text((180, 80), "12.3%", fontname="helv", fontsize=11)
    doc.save(tmp_path / "report.pdf")
    found = run(text_overlay, sub_with(tmp_path / "report.pdf", "plagiarism_report"), ctx)
    assert [(f.evidence["kind"], f.evidence["hidden"], f.evidence["visible"]) for f in found] == \
        [("overprint", "32.1%", "12.3%")]


def test_white_text_on_white_paper_but_not_on_a_dark_header(tmp_path, ctx):
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(50, 50, 300, 75), color=None, fill=(0.1, 0.1, 0.4))
    page.insert_text((60, 68), "表头文字", fontname="china-s", fontsize=11, color=(1, 1, 1))
    page.insert_text((60, 120), "兰州新区甲公司", fontname="china-s", fontsize=11, color=(1, 1, 1))
    doc.save(tmp_path / "white.pdf")
    found = run(text_overlay, sub_with(tmp_path / "white.pdf", "employment_proof"), ctx)
    assert [(f.evidence["kind"], f.evidence["hidden"]) for f in found] == [("white_text", "兰州新区甲公司")]
    assert found[0].severity == Severity.warn  # hidden, but nothing visible was put over it


def test_transparent_seal_image_over_text_is_not_an_overlay(tmp_path, ctx):
    from PIL import Image, ImageDraw
    seal = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    ImageDraw.Draw(seal).ellipse((5, 5, 115, 115), outline=(220, 20, 20, 255), width=6)
    seal.save(tmp_path / "seal.png")
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((60, 100), "兰州新区甲公司（盖章）", fontname="china-s", fontsize=11)
    page.insert_image(pymupdf.Rect(50, 60, 170, 140), filename=str(tmp_path / "seal.png"))
    doc.save(tmp_path / "letter.pdf")
    assert run(text_overlay, sub_with(tmp_path / "letter.pdf", "employment_proof"), ctx) == []


def test_opaque_image_patch_over_a_value_is_an_overlay(tmp_path, ctx):
    from PIL import Image
    Image.new("RGB", (80, 20), (255, 255, 255)).save(tmp_path / "patch.png")
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((60, 100), "单位：兰州新区甲公司", fontname="china-s", fontsize=11)
    page.insert_image(pymupdf.Rect(93, 88, 180, 104), filename=str(tmp_path / "patch.png"),
                      keep_proportion=False)
    doc.save(tmp_path / "patched.pdf")
    found = run(text_overlay, sub_with(tmp_path / "patched.pdf", "employment_proof"), ctx)
    assert [(f.evidence["kind"], f.evidence["hidden"]) for f in found] == [("covered_by_image", "兰州新区甲公司")]


# ------------------------------------------------------------------ helpers

def test_pdf_dates_with_time_zones():
    a = parse_pdf_date("D:20240301100000+08'00'")
    b = parse_pdf_date("D:20240301020000Z")
    assert a == b
    assert parse_pdf_date("D:2024") is not None and parse_pdf_date("garbage") is None


def test_editor_names():
    assert editor_of("Foxit PhantomPDF Printer Version 10")[0] == "Foxit PDF Editor"
    assert editor_of("Adobe Photoshop 24.0")[1] == "image"
    assert editor_of("WPS PDF 编辑") is not None
    assert editor_of("Adobe Acrobat Scan") is None
    assert editor_of("Microsoft: Print To PDF") is None


def test_odd_font_alone_warns_on_issued_documents_only(tmp_path, ctx):
    """A 缴费证明 retyped with one unit name in another font (saved whole, no other trace)."""
    pdf = payment_proof(tmp_path / "orig.pdf")
    doc = pymupdf.open(pdf)
    page = doc[0]
    y = 110 + 22 * 4
    page.add_redact_annot(pymupdf.Rect(161, y + 2, 300, y + 20))
    page.apply_redactions()
    page.insert_text((164, y + 15), "兰州新区乙公司", fontname="china-ss", fontsize=10)
    doc.save(tmp_path / "retyped.pdf", garbage=3)
    found = run(pdf_edited, sub_with(tmp_path / "retyped.pdf", "social_insurance"), ctx)
    assert [f.severity for f in found] == [Severity.warn]
    assert found[0].evidence["signals"][0]["spans"][0]["text"] == "兰州新区乙公司"
    assert run(pdf_edited, sub_with(tmp_path / "retyped.pdf", "employment_proof"), ctx) == []


def test_value_retyped_on_a_white_box_is_a_warning(tmp_path, ctx):
    """A cover with the same value written on top hides nothing today, but the field was reworked."""
    forged = forge_unit(payment_proof(tmp_path / "orig.pdf"), tmp_path / "retyped.pdf", new_unit="兰州新区甲公司")
    found = run(text_overlay, sub_with(forged, "social_insurance"), ctx)
    assert [(f.evidence["kind"], f.severity) for f in found] == [("retyped", Severity.warn)]
    assert found[0].evidence["hidden"] == found[0].evidence["visible"] == "兰州新区甲公司"


def test_white_text_of_a_browser_print_on_its_dark_banner_and_button_is_no_overlay(tmp_path, ctx):
    """A web page printed to PDF writes all its white text as one span ("您好，孙**  退出" on the
    banner, "查询" on a button far below): the span's box spans both, mostly white paper, but every
    glyph stands on a dark fill. Next to it, white text on white paper is still found."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(40, 40, 560, 62), color=None, fill=(0.1, 0.3, 0.6))
    page.draw_rect(pymupdf.Rect(480, 140, 540, 158), color=None, fill=(0.1, 0.3, 0.6))
    tw = pymupdf.TextWriter(page.rect, color=(1, 1, 1))
    font = pymupdf.Font("china-s")
    tw.append((440, 55), "您好，孙**  退出", font=font, fontsize=8)
    tw.append((495, 153), "查询", font=font, fontsize=8)
    tw.write_text(page)
    page.insert_text((60, 300), "兰州新区甲公司", fontname="china-s", fontsize=11, color=(1, 1, 1))
    doc.save(tmp_path / "web.pdf")
    found = run(text_overlay, sub_with(tmp_path / "web.pdf", "social_insurance"), ctx)
    assert [(f.evidence["kind"], f.evidence["hidden"]) for f in found] == [("white_text", "兰州新区甲公司")]


def _pictures_pdf(path: Path, producer: str) -> Path:
    """Phone screenshots combined into an image-only PDF by a converter (no text layer at all)."""
    doc = pymupdf.open()
    for _ in range(2):
        page = doc.new_page(width=420, height=820)
        png = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 210, 410), False)
        png.set_rect(png.irect, (24, 24, 28))
        page.insert_image(page.rect, stream=png.tobytes("png"))
    doc.set_metadata({"producer": producer, "creationDate": "D:20240412093000+08'00'"})
    doc.save(path)
    return path


@pytest.mark.parametrize("producer", ["WPS 图片转PDF", "福昕PDF编辑器 12.1"])
def test_an_editor_that_only_wrapped_pictures_into_a_pdf_is_no_sign_of_editing(tmp_path, ctx, producer):
    """Dark-mode app screenshots combined by "WPS 图片转PDF" (or a PDF editor used to join photos): every page is
    a picture read by OCR, so the program made the container and changed no issued text — not PDF_EDITED at
    suspect (an image editor would still count, and a PDF editor on a text-layer statement stays suspect)."""
    pdf = _pictures_pdf(tmp_path / "screens.pdf", producer)
    pages = [Page(number=n, width=420, height=820, text_source="ocr") for n in (1, 2)]
    found = run(pdf_edited, Submission(applicant_id="A1", documents=[
        pdf_document(pdf, "social_insurance", pages=pages)]), ctx)
    assert [f.severity for f in found if f.code == "PDF_EDITED" and f.severity == Severity.suspect] == []
