"""Claim verification (issue 12.1): each declared value, looked for on each document
that must prove it.

The applicant declared almost every value a document shows (name, ID number, school,
major, level, dates, certificate numbers, unit). For each pair of declared value and
document (``core/data/claims.toml`` says which document proves which value):

1. a value read at its label (the parser's field) that equals the declared one → confirmed;
2. a well-formed different value at the label of a kind whose label decides (dates,
   levels) → contradicted;
3. the declared value found in the lines near a label, then anywhere on the page
   (normalised, spacing-insensitive, OCR confusions tolerated, a per-kind fuzzy cutoff)
   → confirmed, with the line's page and box;
4. else a well-formed different value at the label (a full ID with a valid check digit,
   a school ending in 大学/学院, a certificate number of valid structure) → contradicted,
   with both values, the page and both boxes;
5. else unconfirmed (not read, cut off, unknown glyph, low confidence) → FIELD_UNCONFIRMED.

Contradicted claims are the only source of NAME_MISMATCH / ID_NUMBER_MISMATCH
(``identity_docs``) and EDUCATION_MISMATCH (``education``): one cause, one finding.
Every Claim is kept on ``Submission.claims`` for the audit sheet; confirmed identity and
education claims also become CheckPass lines ("姓名在7份材料中一致") in those families.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from core import idcard
from core.models import Application, BBox, Claim, Document, Finding, Severity, Submission
from core.policy import Policy

from .base import LOW_CONFIDENCE, CheckContext, app_of, check, doc_label, needs_application
from .claim_match import (OVER_READ_KINDS, Kind, compact, cut_off, dropped_glyph, equal, over_read, search, slip,
                          table, well_formed)
from .matching import same_unit, unit_mentioned

EDU_DOCS = ("diploma", "degree", "xuexin_record")
PATH_LABELS = {
    "name": "姓名", "id_number": "身份证号码", "school": "毕业学校", "major": "专业", "level": "学历层次",
    "start": "入学时间", "graduation": "毕业时间", "certificate_no": "毕业证书编号", "degree": "学位",
    "degree_certificate_no": "学位证书编号", "xuexin_code": "学信网在线验证码", "unit": "工作单位",
}
REASONS = {"absent": "材料上未见该项", "unread": "材料未识别出文字", "at_label": "标签处未能识别出该值",
           "cut_off": "识别结果不完整（首尾缺字）", "unknown_glyph": "含无法识别的字符",
           "dropped_glyph": "识别结果缺字（图像局部模糊或反光）",
           "low_confidence": "识别置信度低", "malformed": "识别结果不完整或格式不符",
           "contradicted": "材料上的值与申报不一致"}


@dataclass
class Target:
    path: str          # "name", "education[0].school", "work_history[2].start"
    declared: str
    field: str
    kind: Kind


@dataclass
class TextLine:
    page: int
    text: str
    bbox: Optional[BBox]
    source: str
    confidence: float
    label: bool = False


# ---------------------------------------------------------------- pairing

def _edu_score(doc: Document, item) -> int:
    kinds, _ = table()
    score = 0
    for field, attr, kind, weight in (("certificate_no", "certificate_no", "certificate_no", 4),
                                      ("degree_certificate_no", "degree_certificate_no",
                                       "degree_certificate_no", 4),
                                      ("school", "school", "school", 2), ("graduation_date", "graduation", "month", 1),
                                      ("level", "level", "level", 1), ("degree", "degree", "degree", 1)):
        declared = getattr(item, attr)
        read = doc.value(field)
        if declared and read and equal(kinds[kind], declared, read):
            score += weight
    return score


def pair_documents(sub: Submission) -> list[tuple[Document, int]]:
    """(document, index of the education item) for every diploma, degree and 备案表;
    a document that matches no item goes to the highest one, which the rules are about."""
    app = app_of(sub)
    if not app.education:
        return []
    out = []
    for doc in sub.documents:
        if doc.doc_type not in EDU_DOCS:
            continue
        best, idx = max((_edu_score(doc, item), i) for i, item in enumerate(app.education))
        out.append((doc, idx if best > 0 else len(app.education) - 1))
    return out


def _job_for(app: Application, doc: Document) -> tuple[int, str]:
    """The declared job an employer letter is about: the unit it reads or names, else the
    applying unit; the index is that unit's earliest declared job (its start)."""
    units = [w.unit for w in app.work_history]
    chosen = app.unit
    reads = [f.value for f in doc.all("unit") if f.value.strip()]
    named = [u for u in units if any(same_unit(r, u) for r in reads)] or \
        [u for u in units if unit_mentioned(u, doc.text)]
    if named and not any(same_unit(u, app.unit) for u in named):
        chosen = named[0]
    same = [i for i, w in enumerate(app.work_history) if same_unit(w.unit, chosen)]
    idx = min(same, key=lambda i: app.work_history[i].start) if same else -1
    return idx, chosen


def targets(app: Application, doc: Document, edu_index: Optional[int]) -> list[Target]:
    _, proves = table()
    out = []
    for proof in proves.get(doc.doc_type, []):
        scope, _, attr = proof.declared.partition(".")
        if not attr:
            path, value = scope, getattr(app, scope)
        elif scope == "education":
            if edu_index is None:
                continue
            item = app.education[edu_index]
            path, value = f"education[{edu_index}].{attr}", getattr(item, attr)
        elif scope == "work":
            idx, unit = _job_for(app, doc)
            if attr == "unit":
                path = "unit" if unit == app.unit or idx < 0 else f"work_history[{idx}].unit"
                value = unit
            elif idx < 0:
                continue
            else:
                path, value = f"work_history[{idx}].start", app.work_history[idx].start
        else:
            continue
        if value in (None, ""):
            continue
        out.append(Target(path, str(value), proof.field, proof.kind))
    return out


# ---------------------------------------------------------------- one claim

def text_lines(doc: Document, labels: tuple[str, ...]) -> list[TextLine]:
    """The document's lines and table rows, each marked when it holds one of the labels."""
    words = [re.sub(r"\s+", "", w) for w in labels]
    out = []
    for page in doc.pages:
        rows = [(ln.text, ln.bbox, ln.source, ln.confidence) for ln in page.lines]
        src = "ocr" if page.text_source == "ocr" else "text_layer"
        rows += [(" ".join(c or "" for c in row), None, src, 1.0) for t in page.tables for row in t]
        for text, bbox, source, conf in rows:
            dense = re.sub(r"\s+", "", compact(text))
            out.append(TextLine(page.number, text, bbox, source, conf, any(w in dense for w in words)))
    return out


def _near_label(lines: list[TextLine]) -> list[TextLine]:
    """Label lines and the line right after each (a value in its own box or cell)."""
    out, seen = [], set()
    for i, ln in enumerate(lines):
        if not ln.label:
            continue
        for j in (i, i + 1):
            if j < len(lines) and lines[j].page == ln.page and j not in seen:
                seen.add(j)
                out.append(lines[j])
    return out


def _label_box(lines: list[TextLine], page: int, bbox: Optional[BBox]) -> Optional[BBox]:
    cands = [ln for ln in lines if ln.label and ln.page == page and ln.bbox]
    if not cands:
        return None
    if bbox is None:
        return cands[0].bbox
    cy = (bbox[1] + bbox[3]) / 2
    return min(cands, key=lambda ln: abs((ln.bbox[1] + ln.bbox[3]) / 2 - cy)).bbox


def _shown(kind: Kind, value: str) -> str:
    """Claims and findings never carry a full ID number."""
    return idcard.mask(value) if kind.name == "id_number" and value else value


def verify(doc: Document, t: Target, code_length: int = 12) -> Claim:
    kind, declared = t.kind, t.declared
    base = dict(field=t.path, declared=_shown(kind, declared), document=doc.filename, doc_type=doc.doc_type)
    lines = text_lines(doc, kind.labels)
    reads = [f for f in doc.all(t.field) if f.value.strip()]

    def claim(status, found="", page=None, bbox=None, method="", score=0.0, source="", conf=1.0,
              reason="", label_bbox=None) -> Claim:
        return Claim(**base, status=status, found=_shown(kind, found), page=page, bbox=bbox, method=method,
                     score=score, source=source, confidence=conf, reason=reason, label_bbox=label_bbox)

    for f in reads:
        if equal(kind, declared, f.value):
            return claim("confirmed", f.value, f.page, f.bbox, "label", 100.0, f.source, f.confidence)
    contra, partial = None, None
    for f in reads:
        why = cut_off(kind, declared, f.value)
        if not why and kind.name in OVER_READ_KINDS and over_read(kind, declared, f.value):
            why = "over_read"  # "建筑与土木工程领域完成了工程硕士": the parse ran past the declared value
        if not why and f.source == "ocr" and dropped_glyph(kind, declared, f.value):
            why = "dropped_glyph"  # 西南民大学: a glyph the glare over a laminated diploma faded
        if not why and not well_formed(kind, f.value, declared, code_length):
            why = "malformed"
        if not why and f.source == "ocr" and f.confidence < LOW_CONFIDENCE and slip(kind, declared, f.value) <= 1:
            why = "low_confidence"
        if why:
            partial = partial or (f, why)
        elif contra is None:
            contra = f

    def contradicted(f) -> Claim:
        return claim("contradicted", f.value, f.page, f.bbox, "label", 0.0, f.source, f.confidence,
                     label_bbox=_label_box(lines, f.page, f.bbox))

    if contra is not None and kind.label_wins:
        return contradicted(contra)
    near = _near_label(lines)
    for group, method in ((near, "label"), (lines if kind.anywhere else [], "anywhere")):
        for ln in group:
            hit = search(kind, declared, ln.text)
            if hit:
                return claim("confirmed", hit.text, ln.page, ln.bbox, method if hit.score >= 100 else "fuzzy",
                             hit.score, ln.source, ln.confidence)
    if contra is not None:
        return contradicted(contra)
    if partial:
        f, why = partial
        return claim("unconfirmed", f.value, f.page, f.bbox, "label", 0.0, f.source, f.confidence, why,
                     _label_box(lines, f.page, f.bbox))
    labelled = [ln for ln in lines if ln.label]
    if labelled:
        return claim("unconfirmed", page=labelled[0].page, bbox=labelled[0].bbox, reason="at_label",
                     label_bbox=labelled[0].bbox)
    read_any = any(p.lines or p.tables for p in doc.pages)
    return claim("unconfirmed", page=doc.pages[0].number if doc.pages else None,
                 reason="absent" if read_any or not doc.pages else "unread")


# ---------------------------------------------------------------- all claims

def claims_of(sub: Submission, policy: Optional[Policy] = None) -> list[Claim]:
    """Every claim of the submission, computed once and kept on ``sub.claims``."""
    if sub.claims or sub.application is None:
        return sub.claims
    app = app_of(sub)
    code_length = policy.xuexin_code_length if policy else 12
    paired = dict((id(d), i) for d, i in pair_documents(sub))
    out: list[Claim] = []
    for doc in sub.documents:
        if not doc.readable:
            continue
        for t in targets(app, doc, paired.get(id(doc))):
            out.append(verify(doc, t, code_length))
    sub.claims = out
    return out


def contradicted(sub: Submission, policy: Optional[Policy], doc: Document, prefix: str) -> list[Claim]:
    """Contradicted claims of one document whose declared path starts with ``prefix``."""
    return [c for c in claims_of(sub, policy) if c.status == "contradicted" and c.document == doc.filename
            and c.doc_type == doc.doc_type and c.field.startswith(prefix)]


def path_label(path: str) -> str:
    attr = path.rsplit(".", 1)[-1]
    if path.startswith("work_history") and attr == "start":
        return "入职时间"
    return PATH_LABELS.get(attr, attr)


# ---------------------------------------------------------------- FIELD_UNCONFIRMED, CheckPass

def _severity(c: Claim, kind: Kind) -> Severity:
    if c.status == "contradicted":
        return Severity.warn  # a kind without a mismatch code of its own
    if kind.key and c.reason != "absent":
        return Severity.warn
    return Severity.info


def _kind_of(c: Claim) -> Kind:
    kinds, proves = table()
    attr = c.field.rsplit(".", 1)[-1] if "." in c.field else c.field
    for proof in proves.get(c.doc_type, []):
        if proof.declared.rsplit(".", 1)[-1] == attr:
            return proof.kind
    return kinds["name"]


def unconfirmed_findings(sub: Submission, ctx: CheckContext) -> list[Finding]:
    by_doc: dict[tuple[str, str], list[Claim]] = {}
    for c in claims_of(sub, ctx.policy):
        kind = _kind_of(c)
        if c.status == "unconfirmed" or (c.status == "contradicted" and not kind.code):
            by_doc.setdefault((c.document, c.doc_type), []).append(c)
    docs = {(d.filename, d.doc_type): d for d in sub.documents}
    out = []
    for key, claims in by_doc.items():
        doc = docs[key]
        sev = max((_severity(c, _kind_of(c)) for c in claims), key=lambda s: ("info", "warn").index(s.value))
        parts = [f"{path_label(c.field)}“{c.declared}”（{REASONS.get(c.reason or c.status, c.reason)}）"
                 for c in claims]
        first = claims[0]
        msg = f"{doc_label(doc)}上未能核实申报的{'、'.join(parts)}，请人工比对原件。"
        out.append(ctx.finding(
            sub, "FIELD_UNCONFIRMED", msg, document=doc.filename,
            page=first.page, bbox=first.bbox, severity=sev, doc_type=doc.doc_type,
            claims=[c.model_dump(include={"field", "declared", "found", "status", "reason", "page", "bbox",
                                          "label_bbox", "source", "confidence"}) for c in claims]))
    return out


def confirmed_documents(claims: list[Claim], path: str) -> list[str]:
    """Documents on which the declared value at ``path`` was confirmed, when none contradicts it."""
    mine = [c for c in claims if c.field == path]
    if any(c.status == "contradicted" for c in mine):
        return []
    return sorted({c.document for c in mine if c.status == "confirmed"})


def education_confirmed(claims: list[Claim], index: int) -> tuple[list[str], list[str]]:
    """(field labels, documents) confirmed for education item ``index``; empty when any of
    its claims is contradicted."""
    mine = [c for c in claims if c.field.startswith(f"education[{index}].")]
    ok = [c for c in mine if c.status == "confirmed"]
    if not ok or any(c.status == "contradicted" for c in mine):
        return [], []
    return list(dict.fromkeys(path_label(c.field) for c in ok)), sorted({c.document for c in ok})


@check("claims")
@needs_application
def check_claims(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """FIELD_UNCONFIRMED for declared values no document confirmed (the pass lines of the
    confirmed ones are written by the families that own the mismatch codes)."""
    return unconfirmed_findings(sub, ctx)
