"""What a night over real-world PDFs revealed (bench/realworld.py, issue 15), each
reproduced with a small file made here: the downloaded corpora are never committed.

Every inbox here is text-layer PDFs only: no OCR model is loaded.
"""
from __future__ import annotations

import os
import shutil

from pipeline.runner import audit_one, open_store, run_inbox
from pipeline.stages import AuditOptions
from tests.factories import build_inbox, read_csv

GBK_NAME = os.fsdecode("材料".encode("gbk") + b".pdf")  # a zip unpacked from a GBK desktop


def test_an_upload_whose_name_is_not_utf8_is_read_and_listed(tmp_path):
    # before: the snapshot's JSON refused the lone surrogates of the kept file path, the
    # applicant's whole audit failed (CHECK_FAILED) and none of its files reached documents.csv
    inbox = build_inbox(tmp_path / "inbox", 2)
    shutil.copyfile(inbox / "A01" / "毕业证书.pdf", inbox / "A01" / GBK_NAME)
    out = tmp_path / "out"
    result = run_inbox(inbox, out)
    assert result.failed == []
    docs = {(d["applicant_id"], d["document"]): d for d in read_csv(out / "documents.csv")}
    shown = "\ufffd" * 4 + ".pdf"  # the name as every output carries it
    assert docs[("A01", shown)]["doc_type"] == "diploma"
    assert docs[("A01", "毕业证书.pdf")]["doc_type"] == "diploma"
    assert not [f for f in read_csv(out / "findings.csv") if f["code"] == "CHECK_FAILED"]
    assert (out / "sheets" / "A01.xlsx").is_file() and (out / "sheets" / "A01.html").is_file()


def test_a_pending_applicant_with_such_a_name_resumes_with_its_file_path(tmp_path):
    # a killed run resumes from the pending copy: the path must come back byte for byte
    inbox = build_inbox(tmp_path / "inbox", 1)
    shutil.copyfile(inbox / "A01" / "毕业证书.pdf", inbox / "A01" / GBK_NAME)
    store = open_store(tmp_path / "out")
    sub = audit_one(inbox / "A01", AuditOptions(), store, store.start_run(str(inbox)))
    back = store.load_pending("A01", sub.content_hash)
    assert back is not None
    paths = sorted(d.path for d in back.documents)
    assert paths == sorted(d.path for d in sub.documents)
    assert str(inbox / "A01" / GBK_NAME) in paths and all(os.path.exists(p) for p in paths)
    assert store.load_snapshot("A01").applicant_id == "A01"


def _tree_last_pdf() -> bytes:
    """One page whose page tree and catalog come last, as Quartz and many other producers
    write them (nlp2004slides.pdf of pdfminer's samples): a cut anywhere before loses them."""
    body = b"BT /F1 24 Tf 72 720 Td (Hello) Tj ET"
    objs = [
        (3, b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"),
        (5, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        (4, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>"),
        (2, b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>"),
        (1, b"<< /Type /Catalog /Pages 2 0 R >>"),
    ]
    out, offsets = b"%PDF-1.4\n", {}
    for num, obj in objs:
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % offsets[k] for k in range(1, 6))
    return out + b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref


def test_a_pdf_cut_before_its_page_tree_says_it_was_cut(tmp_path):
    # before: "PDF文件没有可读取的页面", which does not tell the reviewer the upload was cut
    from extractors.reader import read_document
    data = _tree_last_pdf()
    whole = tmp_path / "whole.pdf"
    whole.write_bytes(data)
    (doc,) = read_document(whole, "X")
    assert not doc.errors and "Hello" in doc.pages[0].text
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: data.index(b"2 0 obj")])
    (doc,) = read_document(cut, "X")
    msgs = [e.message for e in doc.errors if e.stage == "read"]
    assert len(msgs) == 1 and "疑似上传中断" in msgs[0] and "没有可读取的页面" in msgs[0]


def _tight_lines_pdf(path, lines: int = 60, width: int = 90):
    """Lines set closer than their font's height: each line's box overlaps its neighbours',
    as in the 137-page manual (pypdf's issue-604.pdf) that took minutes to read."""
    import pymupdf
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i in range(lines):
        page.insert_text((20, 40 + 9 * i), ("abcdefghij" * 10)[:width], fontsize=10)
    doc.save(path)
    doc.close()
    return path


def test_the_overlay_search_grows_with_the_characters_not_their_pairs(tmp_path, monkeypatch):
    # before: every pair of overlapping spans compared every character of one with every
    # character of the other (60 × 90 × 90 box intersections here, millions on real pages)
    import pymupdf
    from extractors import pdf_traces
    path = _tight_lines_pdf(tmp_path / "tight.pdf")
    calls = {"n": 0}
    real = pdf_traces._inter

    def counting(a, b):
        calls["n"] += 1
        return real(a, b)

    monkeypatch.setattr(pdf_traces, "_inter", counting)
    with pymupdf.open(path) as doc:
        found = pdf_traces.overlays(doc[0])
    assert found == []  # close lines are not text printed over text
    chars = 60 * 90
    assert calls["n"] < 10 * chars, calls["n"]


def test_the_overlay_search_still_finds_text_printed_over_text(tmp_path):
    import pymupdf
    from extractors import pdf_traces
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i in range(30):  # a busy page around it
        page.insert_text((20, 40 + 9 * i), "abcdefghij" * 8, fontsize=10)
    page.insert_text((100, 500), "2019-07-01", fontsize=12)
    page.insert_text((100, 500), "2017-07-01", fontsize=12)  # a second date set on the first
    path = tmp_path / "over.pdf"
    doc.save(path)
    with pymupdf.open(path) as d:
        found = pdf_traces.overlays(d[0])
    assert [(f["kind"], f["hidden"], f["visible"]) for f in found] == [("overprint", "2019-07-01", "2017-07-01")]


def test_an_applicant_whose_audit_raises_still_lists_every_file(tmp_path, monkeypatch):
    # before: a failed applicant was saved without documents, so its uploads vanished
    # from documents.csv (the first real-world night lost the 7 files of one applicant so)
    import pipeline.stages as stages
    inbox = build_inbox(tmp_path / "inbox", 2)
    real = stages.read_documents

    def boom(sub, *a, **k):
        if sub.applicant_id == "A01":
            raise RecursionError()
        return real(sub, *a, **k)

    monkeypatch.setattr(stages, "read_documents", boom)
    out = tmp_path / "out"
    result = run_inbox(inbox, out)
    assert result.failed == ["A01"]
    docs = read_csv(out / "documents.csv")
    listed = sorted((d["document"], d["doc_type"], d["pages"]) for d in docs if d["applicant_id"] == "A01")
    assert listed == [("毕业证书.pdf", "unknown", "0"), (os.path.join("考核", "2023年度考核表.pdf"), "unknown", "0")]
    assert {d["applicant_id"] for d in docs} == {"A01", "A02"}
    assert (out / "sheets" / "A01.html").is_file() and (out / "sheets" / "A01.xlsx").is_file()
