"""A check that raises gives CHECK_FAILED (never a silent pass); a reject rests only on
evidence the contract calls unambiguous (contract §3)."""
from __future__ import annotations

from datetime import date

import pytest

from checks.base import CHECKS, BATCH_CHECKS, settle_rejects
from core import idcard
from core.models import Document, Finding, Line, Page, Severity, Submission
from core.policy import load_policy
from pipeline.stages import AuditOptions, check_batch, check_submission
from tests.factories import make_app

ID = idcard.make("620121", date(1990, 5, 1), 123)


@pytest.fixture
def broken_check():
    import checks
    checks.load_all()

    def boom(sub, ctx):
        raise ValueError(f"bad value {sub.application.id_number}")  # a message with personal data

    CHECKS.add("zz_broken_for_test", boom)
    yield "zz_broken_for_test"
    CHECKS._items.pop("zz_broken_for_test")


def test_a_check_that_raises_gives_check_failed_and_the_applicant_cannot_pass(broken_check):
    sub = Submission(applicant_id="A001", application=make_app(id_number=ID))
    check_submission(sub, load_policy("2024"), AuditOptions())
    (f,) = [f for f in sub.findings if f.code == "CHECK_FAILED"]
    assert f.severity in (Severity.warn, Severity.suspect, Severity.reject)
    assert f.evidence == {"check": broken_check, "error": "ValueError"}
    assert ID not in f.message + str(f.evidence)
    assert sub.verdict != "pass"


def test_a_batch_check_that_raises_marks_every_applicant():
    import checks
    checks.load_all()

    def boom(subs, ctx):
        raise RuntimeError("x")

    BATCH_CHECKS.add("zz_batch_broken", boom)
    try:
        subs = [Submission(applicant_id=a, application=make_app(applicant_id=a)) for a in ("A1", "A2")]
        check_batch(subs, AuditOptions())
    finally:
        BATCH_CHECKS._items.pop("zz_batch_broken")
    for s in subs:
        assert [f.evidence for f in s.findings if f.code == "CHECK_FAILED"] == \
            [{"check": "zz_batch_broken", "error": "RuntimeError"}]
        assert s.verdict != "pass"


def _reject(document: str = "", page=None, **ev) -> Finding:
    return Finding(applicant_id="A001", code="SOCIAL_INSURANCE_SHORT", severity=Severity.reject,
                   message="…", document=document, page=page, evidence=ev)


def _doc(name: str, source: str) -> Document:
    pg = Page(number=1, width=100, height=100, text_source=source,
              lines=[Line(text="x", bbox=(0, 0, 1, 1), source=source)])
    return Document(applicant_id="A001", filename=name, doc_type="social_insurance", pages=[pg])


def test_reject_on_an_uncorroborated_ocr_read_becomes_suspect():
    sub = Submission(applicant_id="A001", documents=[_doc("scan.jpg", "ocr"), _doc("app.pdf", "text_layer")])
    sub.findings = [_reject("scan.jpg", 1),                                  # read by OCR only
                    _reject("scan.jpg", 1, corroborated_by="check_digit"),   # OCR agreeing with a check digit
                    _reject("app.pdf", 1),                                   # text layer
                    _reject("application.json"),                             # a declared fact
                    _reject("", source="ocr", confidence=0.99),              # evidence says OCR
                    _reject("app.pdf", 1, confidence=0.5)]                   # low confidence
    settle_rejects(sub)
    got = [f.severity for f in sub.findings]
    assert got == [Severity.suspect, Severity.reject, Severity.reject, Severity.reject,
                   Severity.suspect, Severity.suspect]
    assert "OCR" in sub.findings[0].evidence["severity_note"]
    assert sub.findings[0].evidence["policy_severity"] == "reject"
