"""The holder of every attachment is the applicant: NAME_MISMATCH, ID_NUMBER_MISMATCH.

Raised only from a contradicted claim (``checks.claims``): the declared name or ID
number was looked for on the document and not found, and a well-formed different
value sits at the label. A value that was not read, was cut off, holds an unknown
glyph or is a low-confidence OCR read one character off is not a contradiction: the
claims check reports it as FIELD_UNCONFIRMED and a person compares by eye.

Names are strict (``checks.matching.same_person_name``): spacing and punctuation are
forgiven, a different character is a different person (张伟 ≠ 张玮) — except that an OCR
read one character off cannot tell a lookalike name from a misread one: that
NAME_MISMATCH is raised at warn with the reason, for a person to compare. Papers and
plagiarism reports name authors, not the holder, and are left to the paper checks.
"""
from __future__ import annotations

from core import idcard
from core.models import Claim, Document, Finding, Severity, Submission

from .base import CheckContext, app_of, check, doc_label, needs_application
from .claims import claims_of, confirmed_documents, contradicted
from .matching import OCR_SLIP_NOTE, char_diff, name_distance, one_glyph_apart

SKIP_TYPES = {"unknown", "other", "paper", "plagiarism_report"}


def _common(c: Claim) -> dict:
    return dict(document=c.document, page=c.page, bbox=c.bbox, doc_type=c.doc_type, source=c.source,
                confidence=c.confidence, label_bbox=c.label_bbox, method=c.method)


def ocr_one_glyph(declared: str, c: Claim) -> bool:
    """An OCR read of the same length that differs from the declared name in one character
    (刘彧 read 刘或, 徐璐 read 徐路): the recogniser's commonest slip on low-resolution photos.
    Such a read cannot tell a lookalike name from a misread one, so it is no evidence that
    the holder is someone else: the finding stays, for a person to compare by eye, at warn."""
    return c.source == "ocr" and one_glyph_apart(declared, c.found)


def same_id_ocr(sub: Submission, doc: Document, c: Claim) -> bool:
    """An OCR'd name on a document whose ID number reads as the declared one (check digit valid):
    the same person, the name's glyphs misread (何珊姆 for 何姗姗): no evidence of someone else."""
    declared = idcard.normalize(app_of(sub).id_number or "")
    return c.source == "ocr" and idcard.is_valid(declared) and any(
        idcard.normalize(f.value) == declared for f in doc.all("id_number"))


def name_finding(sub: Submission, ctx: CheckContext, doc: Document, c: Claim) -> Finding:
    declared = app_of(sub).name
    msg = f"{doc_label(doc)}上的姓名“{c.found}”与申报人姓名“{declared}”不一致。"
    if not ocr_one_glyph(declared, c) and same_id_ocr(sub, doc, c):
        msg += "该姓名为扫描件识别所得，同页身份证号码与申报一致，可能是识别误差，请对照原件目测核对。"
        return ctx.finding(sub, "NAME_MISMATCH", msg, clause_key="honesty", field="name", declared=declared,
                           found=c.found, edit_distance=name_distance(declared, c.found), likely_ocr_error=True,
                           severity_note="扫描件识别值，身份证号码一致，不足以认定为他人材料", severity=Severity.warn,
                           **_common(c))
    if ocr_one_glyph(declared, c):
        msg += OCR_SLIP_NOTE
        return ctx.finding(sub, "NAME_MISMATCH", msg, clause_key="honesty", field="name", declared=declared,
                           found=c.found, edit_distance=1, likely_ocr_error=True,
                           severity_note="扫描件识别值仅差一字，不足以认定为他人材料", severity=Severity.warn,
                           **_common(c))
    return ctx.finding(sub, "NAME_MISMATCH", msg, clause_key="honesty", field="name", declared=declared,
                       found=c.found, edit_distance=name_distance(declared, c.found),
                       likely_ocr_error=False, **_common(c))


def id_finding(sub: Submission, ctx: CheckContext, doc: Document, c: Claim) -> Finding:
    declared = idcard.normalize(app_of(sub).id_number)
    found = next((idcard.normalize(f.value) for f in doc.all("id_number")
                  if idcard.mask(idcard.normalize(f.value)) == c.found), "")
    msg = (f"{doc_label(doc)}上的身份证号码（{c.found}）与申报的号码"
           f"（{idcard.mask(declared)}）不一致。")
    # full numbers are not written into findings: masked values + differing positions
    return ctx.finding(sub, "ID_NUMBER_MISMATCH", msg, clause_key="honesty", field="id_number",
                       declared=idcard.mask(declared), found=c.found,
                       differences=char_diff(declared, found) if found else [],
                       read_basis="check_digit", likely_ocr_error=False, **_common(c))


@check("identity_documents")
@needs_application
def check_identity_documents(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """NAME_MISMATCH / ID_NUMBER_MISMATCH from contradicted claims of holder documents."""
    out: list[Finding] = []
    for doc in sub.documents:
        if doc.doc_type in SKIP_TYPES:
            continue
        for c in contradicted(sub, ctx.policy, doc, "name"):
            out.append(name_finding(sub, ctx, doc, c))
        for c in contradicted(sub, ctx.policy, doc, "id_number"):
            out.append(id_finding(sub, ctx, doc, c))
    claims = claims_of(sub, ctx.policy)
    for path, code, label in (("name", "NAME_MISMATCH", "姓名"), ("id_number", "ID_NUMBER_MISMATCH", "身份证号码")):
        docs = confirmed_documents(claims, path)
        if docs:
            ctx.passed(sub, ctx.rule(sub, "honesty", code), code, f"{label}在{len(docs)}份材料中一致",
                       documents=docs, declared=app_of(sub).name if path == "name" else
                       idcard.mask(app_of(sub).id_number))
    return out
