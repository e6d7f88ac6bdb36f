"""Nothing one applicant holds stops the night (issue 15): sanitised outputs,
CHECK_FAILED for an applicant whose outputs fail, truncated PDFs that say so,
progress lines without a terminal, owner-only outputs.

Every inbox here is text-layer PDFs only: no OCR model is loaded.
"""
from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import stat

import pytest
from openpyxl import load_workbook

import pipeline.outputs as outputs_mod
import pipeline.stages as stages
from core.models import Finding, Severity
from extractors.reader import read_document
from pipeline.runner import run_inbox
from pipeline.sanitize import CELL_MAX, clean_text
from tests.factories import build_inbox, make_pdf, read_csv, write_app

# what one hostile PDF put into a TEXT_OVERLAY message: control characters from its
# text layer, a lone surrogate from a name that is not UTF-8, and a whole page of hidden text
HIDDEN = "被遮盖文字：张\x0b伟\x00（身份证\x01号）\udcff 结束"
LONG = "隐" * 100_000


def _hostile_finding(sub) -> Finding:
    return Finding(applicant_id=sub.applicant_id, code="TEXT_OVERLAY", severity=Severity.warn,
                   document="毕业证书\udcff.pdf", page=1, message=f"附件中有被遮盖的文字：{HIDDEN}",
                   evidence={"hidden": HIDDEN + LONG, "visible": "李\x0c娜", "\x02key": ["\ud83d\ude00"]})


@pytest.fixture()
def hostile_night(tmp_path, monkeypatch):
    """A 3-applicant night in which A02's checks produce the hostile finding."""
    inbox = build_inbox(tmp_path / "inbox", 3)
    real = stages.check_submission

    def check(sub, *a, **k):
        sub = real(sub, *a, **k)
        if sub.applicant_id == "A02":
            sub.findings.append(_hostile_finding(sub))
        return sub

    monkeypatch.setattr(stages, "check_submission", check)
    out = tmp_path / "out"
    return out, run_inbox(inbox, out)


def test_control_characters_surrogates_and_long_texts_reach_every_output(hostile_night):
    out, result = hostile_night
    assert result.applicants == 3 and result.failed == []
    row = next(f for f in read_csv(out / "findings.csv") if f["code"] == "TEXT_OVERLAY")
    assert row["applicant_id"] == "A02"
    # vertical tab → space, NUL dropped, other controls and the lone surrogate → U+FFFD
    assert row["message"] == "附件中有被遮盖的文字：被遮盖文字：张 伟（身份证\ufffd号）\ufffd 结束"
    assert row["document"] == "毕业证书\ufffd.pdf"
    ev = json.loads(row["evidence"])  # still JSON although the hidden text was 100,000 characters
    assert len(row["evidence"]) <= CELL_MAX and ev["visible"] == "李 娜" and ev["\ufffdkey"] == ["😀"]
    assert ev["hidden"].startswith("被遮盖文字：张 伟") and "已截断" in ev["hidden"]
    # the sheet: xlsx opens and holds the cleaned message, HTML has no control character
    ws = load_workbook(out / "sheets" / "A02.xlsx")["审核表"]
    cells = [str(c.value) for r in ws.iter_rows() for c in r if c.value]
    assert any("张 伟（身份证\ufffd号）" in c for c in cells)
    assert all(len(c) <= 32_767 for c in cells)
    html = (out / "sheets" / "A02.html").read_text(encoding="utf-8")
    assert "张 伟" in html and not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]", html)
    assert "TEXT_OVERLAY" in (out / "index.html").read_text(encoding="utf-8")
    with sqlite3.connect(out / "zcaudit.sqlite") as c:  # the database holds the same cleaned text
        msg = c.execute("select message from findings where code = 'TEXT_OVERLAY'").fetchone()[0]
    assert msg == row["message"]
    # the other applicants are whole
    assert {r["applicant_id"] for r in read_csv(out / "applicants.csv")} == {"A01", "A02", "A03"}
    assert all((out / "sheets" / f"A0{i}.xlsx").exists() for i in (1, 2, 3))


def test_clean_text_rules():
    assert clean_text("a\x0bb\x0cc\x00d\x1fe\ufffef") == "a b cd\ufffde\ufffdf"
    assert clean_text("\ud83d\ude00 \udc80") == "😀 \ufffd"  # a split pair is joined, a lone one replaced
    long = clean_text("x" * 50_000, 1000)
    assert len(long) == 1000 and long.endswith("［已截断，原文共50000字］")
    assert clean_text("正常文字\n换行\t制表") == "正常文字\n换行\t制表"


def test_an_applicant_whose_sheet_fails_gets_check_failed_and_the_night_goes_on(tmp_path, monkeypatch):
    inbox = build_inbox(tmp_path / "inbox", 3)
    real = outputs_mod.write_sheets

    def failing(out, sub, reviews=None):
        if sub.applicant_id == "A03":
            raise RuntimeError("disk says no")
        return real(out, sub, reviews)

    monkeypatch.setattr(outputs_mod, "write_sheets", failing)
    out = tmp_path / "out"
    result = run_inbox(inbox, out)
    assert result.failed == ["A03"] and result.applicants == 3
    failed = [f for f in read_csv(out / "findings.csv") if f["code"] == "CHECK_FAILED"]
    assert [f["applicant_id"] for f in failed] == ["A03"]
    assert json.loads(failed[0]["evidence"])["stage"] == "outputs"
    assert "RuntimeError" in failed[0]["message"] and "disk says no" not in failed[0]["message"]
    apps = {r["applicant_id"]: r for r in read_csv(out / "applicants.csv")}
    assert set(apps) == {"A01", "A02", "A03"} and apps["A03"]["verdict"] != "pass"
    docs = read_csv(out / "documents.csv")
    for aid in ("A01", "A02", "A03"):  # every applicant's rows are complete
        assert len([d for d in docs if d["applicant_id"] == aid]) == 2
    for aid in ("A01", "A02"):
        assert load_workbook(out / "sheets" / f"{aid}.xlsx")["审核表"]["A1"].value == "职称申报材料审核表"
    assert not (out / "sheets" / "A03.xlsx").exists() and not (out / "sheets" / "A03.html").exists()
    # the next night audits A03 again (and only A03); with a working writer the finding goes
    monkeypatch.setattr(outputs_mod, "write_sheets", real)
    again = run_inbox(inbox, out)
    assert (again.audited, again.skipped, again.failed) == (1, 2, [])
    assert not [f for f in read_csv(out / "findings.csv") if f["code"] == "CHECK_FAILED"]
    assert (out / "sheets" / "A03.xlsx").exists()


def test_an_applicant_whose_audit_raises_gets_check_failed(tmp_path, monkeypatch):
    inbox = build_inbox(tmp_path / "inbox", 3)
    real = stages.read_documents

    def boom(sub, *a, **k):
        if sub.applicant_id == "A01":
            raise MemoryError()
        return real(sub, *a, **k)

    monkeypatch.setattr(stages, "read_documents", boom)
    result = run_inbox(inbox, tmp_path / "out")
    assert result.failed == ["A01"] and result.applicants == 3
    rows = read_csv(tmp_path / "out" / "findings.csv")
    assert {(f["applicant_id"], f["code"]) for f in rows if f["code"] == "CHECK_FAILED"} == {("A01", "CHECK_FAILED")}
    assert {r["applicant_id"]: r["name"] for r in read_csv(tmp_path / "out" / "applicants.csv")}["A01"] == "张伟"


def test_progress_lines_without_a_terminal(tmp_path, caplog):
    inbox = build_inbox(tmp_path / "inbox", 3)
    with caplog.at_level(logging.INFO, logger="zcaudit.progress"):
        run_inbox(inbox, tmp_path / "out")
        run_inbox(inbox, tmp_path / "out")  # second night: nothing changed
    lines = [r.getMessage() for r in caplog.records if r.name == "zcaudit.progress"]
    per = [ln for ln in lines if re.match(r"\d+/3 A0\d (pass|review|reject) \d+\.\ds ocr_pages=0 eta=\d+", ln)]
    assert [ln.split()[0] for ln in per] == ["1/3", "2/3", "3/3"], lines
    assert per[1].split()[1:3] == ["A02", "reject"]  # A02 declares a civil servant
    done = [ln for ln in lines if ln.startswith("done: ")]
    assert done[0].startswith("done: 3 applicants (3 audited, 0 resumed, 0 unchanged, 0 failed)")
    assert "reject 1" in done[0] and "ocr_pages=0" in done[0] and "applicants/hour" in done[0]
    assert done[1].startswith("done: 3 applicants (0 audited, 0 resumed, 3 unchanged, 0 failed)")


def test_outputs_are_owner_only(tmp_path):
    from pipeline.export import export_xlsx
    from pipeline.store import Store, default_url
    inbox = build_inbox(tmp_path / "inbox", 2)
    out = tmp_path / "audit" / "out"
    old = os.umask(0o022)  # a usual umask: the modes must not depend on it
    try:
        run_inbox(inbox, out)
        export = export_xlsx(tmp_path / "office" / "汇总.xlsx", Store(default_url(out)))
    finally:
        os.umask(old)
    mode = lambda p: stat.S_IMODE(p.stat().st_mode)  # noqa: E731
    assert mode(out) == 0o700 and mode(out / "sheets") == 0o700
    files = [p for p in out.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"fields.csv", "findings.csv", "applicants.csv", "documents.csv", "index.html",
            "zcaudit.sqlite", "A01.xlsx", "A01.html"} <= names
    assert {p.name: oct(mode(p)) for p in files} == {p.name: oct(0o600) for p in files}
    assert mode(export) == 0o600


def _marked_pdf(path, pages: int):
    """A multi-page text PDF; every page starts with its own marker and fills the page."""
    body = "本页为工作总结正文，记录申报人在兰州新区的专业技术工作情况。" * 40
    return make_pdf(path, [f"标记第{i}页\n{body}" for i in range(1, pages + 1)])


def test_a_pdf_cut_in_half_names_the_pages_read(tmp_path):
    full = _marked_pdf(tmp_path / "full.pdf", 4).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(full[: len(full) // 2])
    docs = read_document(cut, "X")
    errs = [e.message for d in docs for e in d.errors if e.stage == "read"]
    assert len(set(errs)) == 1, errs
    msg = errs[0]
    assert "文件不完整" in msg and "声明共4页" in msg
    pages = {p.number: p.text for d in docs for p in d.pages}
    assert sorted(pages) == [1, 2, 3, 4]
    m = re.search(r"第([\d–、]+)页缺失", msg)
    assert m, msg
    missing = {int(x) for part in m.group(1).split("、") for x in range(
        int(part.split("–")[0]), int(part.split("–")[-1]) + 1)}
    assert missing and missing < {1, 2, 3, 4}
    for n, text in pages.items():  # what the message says was read was read, and nothing else
        assert (f"标记第{n}页" in text) == (n not in missing), (n, msg)
    whole = read_document(tmp_path / "full.pdf", "X")  # the whole file: no such error
    assert not [e for d in whole for e in d.errors if e.stage == "read"]


def test_a_cut_pdf_in_a_night_is_document_unreadable(tmp_path):
    inbox = build_inbox(tmp_path / "inbox", 1)
    write_app(inbox / "T01")
    data = _marked_pdf(tmp_path / "src.pdf", 4).read_bytes()
    (inbox / "T01" / "工作总结.pdf").write_bytes(data[: len(data) // 2])
    run_inbox(inbox, tmp_path / "out")
    f = [r for r in read_csv(tmp_path / "out" / "findings.csv")
         if r["applicant_id"] == "T01" and r["code"] == "DOCUMENT_UNREADABLE"]
    assert len(f) == 1 and "声明共4页" in f[0]["message"] and f[0]["document"] == "工作总结.pdf"
    doc = next(d for d in read_csv(tmp_path / "out" / "documents.csv") if d["applicant_id"] == "T01")
    assert doc["pages"] == "4"


def crash_on_a02(fn, *args):
    """Runs in a pool worker: the applicant A02 kills its worker process (as a reader
    crashing in native code would); the others are audited as usual."""
    if os.path.basename(args[0]) == "A02":
        os._exit(1)
    return fn(*args)


def test_an_applicant_that_kills_its_worker_gets_check_failed(tmp_path):
    from pipeline.workers import PoolExecutor

    class Crashing(PoolExecutor):
        def submit(self, fn, /, *args):
            return super().submit(crash_on_a02, fn, *args)

    inbox = build_inbox(tmp_path / "inbox", 4)
    result = run_inbox(inbox, tmp_path / "out", executor=Crashing(2))
    assert result.failed == ["A02"] and result.applicants == 4 and result.audited == 4
    rows = read_csv(tmp_path / "out" / "findings.csv")
    assert {f["applicant_id"] for f in rows if f["code"] == "CHECK_FAILED"} == {"A02"}
    docs = read_csv(tmp_path / "out" / "documents.csv")
    for aid in ("A01", "A03", "A04"):
        assert len([d for d in docs if d["applicant_id"] == aid]) == 2, aid
