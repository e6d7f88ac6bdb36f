"""The holder of every attachment is the applicant: NAME_MISMATCH, ID_NUMBER_MISMATCH.

Names are compared strictly (``checks.matching.same_person_name``): OCR
spacing and punctuation are forgiven, a different character is a different
person. Papers and plagiarism reports name authors, not the holder, and are
left to the paper checks; "other" and unreadable documents carry no holder.

Severity decision: a read that differs by exactly one character *and* comes
from OCR with confidence below ``LOW_CONFIDENCE`` is most likely an OCR slip,
so it is raised as ``warn`` (a person still looks) instead of the policy's
``suspect``. A text-layer value or a confident read keeps ``suspect``.
"""
from __future__ import annotations

from typing import Optional

from core import idcard
from core.models import Document, Field, Finding, Severity, Submission
from core.normalize import name_key

from .base import CheckContext, app_of, check, needs_application
from .matching import char_diff, name_distance, same_person_name

LOW_CONFIDENCE = 0.8
SKIP_TYPES = {"unknown", "other", "paper", "plagiarism_report"}
DOC_LABELS = {
    "id_card": "身份证", "diploma": "毕业证书", "degree": "学位证书",
    "xuexin_record": "学历电子注册备案表", "social_insurance": "社保缴费证明",
    "employment_proof": "工作证明", "annual_appraisal": "年度考核表",
    "continuing_education": "继续教育证明",
}


def doc_label(doc: Document) -> str:
    """How a reviewer recognises the attachment: 身份证（id.jpg）."""
    return f"{DOC_LABELS.get(doc.doc_type, doc.doc_type)}（{doc.filename}）"


def _ocr_slip(f: Field, distance: int) -> bool:
    return f.source == "ocr" and f.confidence < LOW_CONFIDENCE and distance == 1


def _severity(f: Field, distance: int) -> Optional[Severity]:
    return Severity.warn if _ocr_slip(f, distance) else None


def name_findings(sub: Submission, ctx: CheckContext, doc: Document) -> list[Finding]:
    declared = app_of(sub).name
    out = []
    for f in doc.all("name"):
        if not name_key(f.value) or same_person_name(declared, f.value):
            continue
        dist = name_distance(declared, f.value)
        msg = f"{doc_label(doc)}上的姓名“{f.value}”与申报人姓名“{declared}”不一致。"
        out.append(ctx.finding(
            sub, "NAME_MISMATCH", msg, clause_key="honesty", document=doc.filename,
            page=f.page, bbox=f.bbox, severity=_severity(f, dist),
            field="name", declared=declared, found=f.value, doc_type=doc.doc_type,
            source=f.source, confidence=f.confidence, edit_distance=dist,
            likely_ocr_error=_ocr_slip(f, dist)))
    return out


def id_findings(sub: Submission, ctx: CheckContext, doc: Document) -> list[Finding]:
    declared = idcard.normalize(app_of(sub).id_number)
    out = []
    for f in doc.all("id_number"):
        found = idcard.normalize(f.value)
        if not found or found == declared:
            continue
        diff = char_diff(declared, found)
        dist = len(diff) if len(declared) == len(found) else max(len(declared), len(found))
        msg = (f"{doc_label(doc)}上的身份证号码（{idcard.mask(found)}）与申报的号码"
               f"（{idcard.mask(declared)}）不一致。")
        # full numbers are not written into findings: masked values + differing positions
        out.append(ctx.finding(
            sub, "ID_NUMBER_MISMATCH", msg, clause_key="honesty", document=doc.filename,
            page=f.page, bbox=f.bbox, severity=_severity(f, dist),
            field="id_number", declared=idcard.mask(declared), found=idcard.mask(found),
            differences=diff, doc_type=doc.doc_type, source=f.source,
            confidence=f.confidence, likely_ocr_error=_ocr_slip(f, dist)))
    return out


@check("identity_documents")
@needs_application
def check_identity_documents(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """NAME_MISMATCH / ID_NUMBER_MISMATCH for every holder document."""
    out: list[Finding] = []
    named = 0
    for doc in sub.documents:
        if doc.doc_type in SKIP_TYPES:
            continue
        out.extend(name_findings(sub, ctx, doc))
        out.extend(id_findings(sub, ctx, doc))
        named += any(name_key(f.value) for f in doc.all("name"))
    if named and not any(f.code == "NAME_MISMATCH" for f in out):
        ctx.passed(sub, ctx.rule(sub, "honesty", "NAME_MISMATCH"), "NAME_MISMATCH", f"姓名在{named}份材料中一致",
                   documents=named, name=app_of(sub).name)
    return out
