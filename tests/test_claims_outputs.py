"""The claim verification results as data: the ``claims`` table of the run's database and
``OUT/claims.csv`` (one row per declared value checked against one document).

The inbox is tests.factories.build_inbox (text-layer PDFs, no OCR): each applicant's
毕业证书.pdf prints the DIPLOMA text, its 考核/2023年度考核表.pdf the APPRAISAL text.
Expected values are read off those inputs, never off the code under test."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from core.models import Claim, Document, Page, Submission
from pipeline.outputs import CLAIMS_COLS, write_csvs
from pipeline.runner import run_inbox
from pipeline.store import Store, default_url
from tests.factories import build_inbox, read_csv

DIPLOMA = "毕业证书.pdf"
APPRAISAL = "考核/2023年度考核表.pdf"
# what the factory's DIPLOMA text prints: "…至二〇一二年六月…", 证书编号：107321201205001234
PRINTED_GRADUATION = "2012-06"
PRINTED_CERTIFICATE = "107321201205001234"
DECLARED_GRADUATION = "2013-07"  # what A01 declares instead, below


def _declare(inbox: Path, aid: str, graduation: str) -> None:
    path = inbox / aid / "application.json"
    app = json.loads(path.read_text(encoding="utf-8"))
    app["education"][0]["graduation"] = graduation
    path.write_text(json.dumps(app, ensure_ascii=False), encoding="utf-8")


def _by_key(rows: list[dict]) -> dict[tuple[str, str, str], dict]:
    keys = [(r["applicant_id"], r["document"], r["field"]) for r in rows]
    assert len(keys) == len(set(keys)), "a claim listed twice"
    return dict(zip(keys, rows))


def _night(tmp_path: Path, n: int = 2) -> tuple[Path, Path]:
    inbox = build_inbox(tmp_path / "inbox", n)
    _declare(inbox, "A01", DECLARED_GRADUATION)
    out = tmp_path / "out"
    run_inbox(inbox, out)
    return inbox, out


def test_claims_csv_says_what_was_confirmed_where_and_what_was_contradicted(tmp_path):
    inbox, out = _night(tmp_path)
    with (out / "claims.csv").open(encoding="utf-8-sig") as fh:
        assert fh.readline().rstrip("\r\n").split(",") == CLAIMS_COLS
    rows = read_csv(out / "claims.csv")
    claims = _by_key(rows)
    names = {aid: json.loads((inbox / aid / "application.json").read_text("utf-8"))["name"]
             for aid in ("A01", "A02")}

    # the declared name, confirmed on both documents of each applicant, page 1
    for aid in ("A01", "A02"):
        for doc, doc_type in ((DIPLOMA, "diploma"), (APPRAISAL, "annual_appraisal")):
            c = claims[(aid, doc, "name")]
            assert (c["declared"], c["status"], c["found"], c["page"], c["doc_type"]) == \
                (names[aid], "confirmed", names[aid], "1", doc_type)
            assert c["source"] == "text_layer" and c["reason"] == ""
            x0, y0, x1, y1 = map(float, c["bbox"].split(","))
            assert 0 <= x0 < x1 <= 595 and 0 <= y0 < y1 <= 842  # on the A4 page the factory drew

    # the declared certificate number, confirmed on the diploma
    c = claims[("A01", DIPLOMA, "education[0].certificate_no")]
    assert (c["declared"], c["status"], c["found"], c["page"]) == \
        (PRINTED_CERTIFICATE, "confirmed", PRINTED_CERTIFICATE, "1")

    # A01 declared another graduation than its diploma prints: contradicted, both values
    c = claims[("A01", DIPLOMA, "education[0].graduation")]
    assert (c["declared"], c["status"], c["found"], c["page"]) == \
        (DECLARED_GRADUATION, "contradicted", PRINTED_GRADUATION, "1")
    assert c["bbox"] and c["reason"] == ""
    # A02 declared what it prints
    c = claims[("A02", DIPLOMA, "education[0].graduation")]
    assert (c["declared"], c["status"], c["found"]) == (PRINTED_GRADUATION, "confirmed", PRINTED_GRADUATION)
    assert not [r for r in rows if r["status"] == "contradicted" and r["applicant_id"] != "A01"]

    # sorted by applicant, document, field; the database holds the same rows
    assert [(r["applicant_id"], r["document"], r["field"]) for r in rows] == sorted(claims)
    db = Store(default_url(out)).rows("claims")
    assert sorted((r["applicant_id"], r["document"], r["field"], r["status"], r["found"]) for r in db) == \
        sorted((r["applicant_id"], r["document"], r["field"], r["status"], r["found"]) for r in rows)


def test_rerun_replaces_claims_and_an_unchanged_applicant_keeps_them(tmp_path):
    inbox, out = _night(tmp_path)
    first = read_csv(out / "claims.csv")
    assert first

    run_inbox(inbox, out)  # nothing changed: both applicants skipped, their claims stay
    assert read_csv(out / "claims.csv") == first
    run_inbox(inbox, out, full=True)  # both audited again: replaced, not added
    assert read_csv(out / "claims.csv") == first
    assert Store(default_url(out)).count("claims") == len(first)

    # A01 corrects its declaration: its contradicted row goes, A02 (skipped) keeps its rows
    _declare(inbox, "A01", PRINTED_GRADUATION)
    run_inbox(inbox, out)
    again = _by_key(read_csv(out / "claims.csv"))
    assert set(again) == {(r["applicant_id"], r["document"], r["field"]) for r in first}
    c = again[("A01", DIPLOMA, "education[0].graduation")]
    assert (c["declared"], c["status"], c["found"]) == (PRINTED_GRADUATION, "confirmed", PRINTED_GRADUATION)
    assert [r for r in first if r["applicant_id"] == "A02"] == \
        [r for r in again.values() if r["applicant_id"] == "A02"]


def test_a_database_without_the_claims_table_opens_and_gets_it(tmp_path):
    inbox, out = _night(tmp_path)
    before = read_csv(out / "claims.csv")
    db = out / "zcaudit.sqlite"
    with sqlite3.connect(db) as con:  # the database as an earlier version left it
        con.execute("DROP TABLE claims")
    with sqlite3.connect(db) as con:
        assert "claims" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}

    store = Store(default_url(out))
    with sqlite3.connect(db) as con:
        assert "claims" in {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    # the rows come back from the stored applicants, so the next night, which skips both
    # unchanged applicants, still lists their claims
    assert store.count("claims") == len(before)
    run_inbox(inbox, out)
    assert read_csv(out / "claims.csv") == before
    Store(default_url(out))  # opening it again adds nothing
    assert Store(default_url(out)).count("claims") == len(before)


def test_an_old_database_with_no_applicants_gets_an_empty_table(tmp_path):
    db = tmp_path / "zcaudit.sqlite"
    with sqlite3.connect(db) as con:  # tables of an earlier version, nothing audited yet
        con.execute("CREATE TABLE applicants (applicant_id TEXT PRIMARY KEY, name TEXT, snapshot TEXT)")
    store = Store(default_url(tmp_path))
    assert store.count("claims") == 0 and store.rows("claims") == []


def test_claim_cells_pass_the_sanitiser_and_a_resave_replaces(tmp_path):
    doc = Document(applicant_id="S1", filename="扫描件\udcff.jpg", doc_type="diploma", media="image",
                   pages=[Page(number=2, width=100, height=100, text_source="ocr")])
    claims = [
        Claim(field="education[0].school", declared="兰州交通大学", document=doc.filename, doc_type="diploma",
              status="contradicted", found="兰州\x0b理工\x00大学", page=2, bbox=(1, 2, 30, 4), method="label",
              source="ocr", confidence=0.93),
        Claim(field="name", declared="张伟", document=doc.filename, doc_type="diploma", status="unconfirmed",
              page=2, method="label", source="ocr", confidence=0.41, reason="low_confidence"),
    ]
    sub = Submission(applicant_id="S1", raw_application={"name": "张伟"}, documents=[doc], claims=claims,
                     content_hash="h")
    store = Store(default_url(tmp_path))
    store.save_submission(sub)
    store.save_submission(sub)
    write_csvs(tmp_path, store, ["S1"])
    rows = read_csv(tmp_path / "claims.csv")
    assert [(r["field"], r["status"]) for r in rows] == [("education[0].school", "contradicted"),
                                                         ("name", "unconfirmed")]
    school, name = rows
    # vertical tab → space, NUL dropped, the lone surrogate of the file name → U+FFFD
    assert (school["declared"], school["found"], school["document"]) == \
        ("兰州交通大学", "兰州 理工大学", "扫描件\ufffd.jpg")
    assert (school["page"], school["bbox"], school["source"], school["confidence"]) == \
        ("2", "1.0,2.0,30.0,4.0", "ocr", "0.93")
    assert (name["found"], name["reason"], name["confidence"]) == ("", "low_confidence", "0.41")

    sub.claims = claims[1:]  # the next audit confirmed less: the applicant's rows are replaced
    store.save_submission(sub)
    assert [(r["field"], r["status"]) for r in store.rows("claims")] == [("name", "unconfirmed")]
