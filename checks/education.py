"""Declared education vs 毕业证书 / 学位证书 / 学历电子注册备案表.

Codes: EDUCATION_MISMATCH, DIPLOMA_NUMBER_INCONSISTENT, XUEXIN_RECORD_MISSING,
XUEXIN_CODE_INVALID, XUEXIN_RECORD_EXPIRED (2021 附件4; 2024 七(一)).

Each diploma / degree / 备案表 is paired with the declared education item it
belongs to (certificate number, then school, graduation month, level); a
document that matches no item is compared with the highest one, which is the
item the rules are about. Number layouts follow contract §6.
"""
from __future__ import annotations

import re
from typing import Optional

from core.dates import add_months_date, parse_day, parse_month
from core.models import Claim, Document, Education, Field, Finding, Severity, Submission
from core.normalize import normalize_code, normalize_level

from .base import LOW_CONFIDENCE, CheckContext, app_of, check, doc_label, needs_application
from .claims import claims_of, contradicted, education_confirmed, pair_documents, path_label
from .matching import OCR_SLIP_NOTE, one_glyph_apart

CLAUSE = "education"
XUEXIN_CLAUSE = "xuexin"
def _code_re(n: int) -> "re.Pattern[str]":
    """2021 附件4: the 学信网 verification code is n (12) letters or digits."""
    return re.compile(rf"^[A-Z0-9]{{{n}}}$")
HIGHER_LEVELS = ("大专", "本科", "硕士研究生", "博士研究生")
DIPLOMA_TYPES = ("diploma", "xuexin_record")
LEVEL_DIGITS = {"01": "博士研究生", "02": "硕士研究生", "04": "本科", "05": "本科", "06": "大专"}
DEGREE_DIGITS = {"2": "博士", "3": "硕士", "4": "学士"}
SCHOOL_TYPES = {"1", "5", "6", "7"}


def normalize_degree(s: Optional[str]) -> str:
    t = s or ""
    for d in ("博士", "硕士", "学士"):
        if d in t:
            return d
    return t.strip()


def _year(s: Optional[str]) -> Optional[int]:
    m = parse_month(s)
    if m:
        return m[0]
    found = re.match(r"\s*(\d{4})", s or "")
    return int(found.group(1)) if found else None


# ---------------------------------------------------------------- EDUCATION_MISMATCH

FIELD_LABELS = {"school": "毕业学校", "major": "专业", "level": "学历层次", "graduation_date": "毕业时间",
                "certificate_no": "证书编号", "degree": "学位", "degree_certificate_no": "学位证书编号"}


def mismatch_findings(sub: Submission, ctx: CheckContext, doc: Document, item: Education) -> list[Finding]:
    """EDUCATION_MISMATCH from the document's contradicted education claims (one cause,
    one finding): a well-formed different value at the label, the declared one nowhere."""
    out = []
    for c in contradicted(sub, ctx.policy, doc, "education["):
        attr = c.field.rsplit(".", 1)[-1]
        if attr == "xuexin_code":
            continue  # XUEXIN_CODE_INVALID (code_findings)
        msg = f"{doc_label(doc)}上的{path_label(c.field)}“{c.found}”与申报的“{c.declared}”不一致。"
        # an OCR read one glyph off a declared name (兰州财绎大学 for 兰州财经大学) is no evidence of
        # another school or major: shown at warn for a person to compare by eye
        slip = attr in ("school", "major", "level", "degree") and c.source == "ocr" \
            and one_glyph_apart(str(c.declared), str(c.found))
        if slip:
            msg += OCR_SLIP_NOTE
        out.append(ctx.finding(
            sub, "EDUCATION_MISMATCH", msg, clause_key=CLAUSE, document=doc.filename,
            severity=Severity.warn if slip else None, likely_ocr_error=slip,
            page=c.page, bbox=c.bbox, field=DOC_FIELDS.get(attr, attr), declared=c.declared, found=c.found,
            claim=c.field, label_bbox=c.label_bbox,
            education_item=item.model_dump(include={"school", "level", "graduation"}),
            source=c.source, confidence=c.confidence))
    return out


# the document field each declared education attribute is read from
DOC_FIELDS = {"graduation": "graduation_date", "start": "start_date"}


# ---------------------------------------------------------------- certificate numbers

def diploma_number_problems(number: str, graduation: Optional[str], level: Optional[str],
                            self_study: bool = False) -> list[str]:
    """Why an 毕业证书编号 disagrees with the diploma (contract §6); [] when it
    agrees or when the layout does not apply (before 2002, 自考, 中专/技工). ``self_study``:
    the applicant's diploma says 自学考试 — "自考 certificates follow another layout", so a
    number of another length is not judged by the 18-digit one."""
    n = normalize_code(number)
    year = _year(graduation)
    lvl = normalize_level(level)
    if not n or year is None or year < 2002 or lvl not in HIGHER_LEVELS:
        return []
    if self_study and len(n) != 18:
        return []
    if len(n) == 17 and n.isdigit() and year == 2002:
        return []
    if len(n) != 18 or not n.isdigit():
        return [f"编号应为18位数字（实为{len(n)}位）"]
    if n[5] == "6":
        return []  # 自考/学历文凭: another layout
    problems = []
    if n[5] not in SCHOOL_TYPES:
        problems.append(f"第6位办学类型“{n[5]}”无效")
    if int(n[6:10]) != year:
        problems.append(f"第7–10位年份{n[6:10]}与毕业年份{year}不符")
    coded = LEVEL_DIGITS.get(n[10:12])
    if coded != lvl:
        problems.append(f"第11–12位层次代码{n[10:12]}（{coded or '无效'}）与学历层次{lvl}不符")
    return problems


def degree_number_problems(number: str, award: Optional[str], degree: Optional[str]) -> list[str]:
    """Why a 16-digit 学位证书编号 disagrees with the degree; other lengths
    (older certificates) are not judged."""
    n = normalize_code(number)
    if len(n) != 16 or not n.isdigit():
        return []
    problems = []
    deg = normalize_degree(degree)
    coded = DEGREE_DIGITS.get(n[5])
    if deg and coded != deg:
        problems.append(f"第6位层次代码{n[5]}（{coded or '无效'}）与学位{deg}不符")
    year = _year(award)
    if year is not None and abs(int(n[6:10]) - year) > 1:
        problems.append(f"第7–10位年份{n[6:10]}与授予年份{year}不符")
    return problems


def _confident(f: Field) -> bool:
    return f.source == "text_layer" or f.confidence >= LOW_CONFIDENCE


def number_findings(sub: Submission, ctx: CheckContext, pairs) -> list[Finding]:
    """DIPLOMA_NUMBER_INCONSISTENT on the declared numbers (a declared fact, shown where a
    document confirms it); a number read on a document is judged only when nothing was
    declared and the read is complete and confident — a cut-off or merged read is not
    evidence, and a read that contradicts the declared number is EDUCATION_MISMATCH."""
    app = app_of(sub)
    claims = claims_of(sub, ctx.policy)
    out = []
    self_study = any(d.doc_type in DIPLOMA_TYPES and re.search(r"自学考试|自考|学历文凭", re.sub(r"\s", "", d.text))
                     for d in sub.documents)

    def emit(number, problems, where: Optional[Claim | Field], doc_name: str, kind, **ev):
        if not problems:
            return
        label = next((doc_label(d) for d in sub.documents if d.filename == doc_name), "申报的")
        msg = f"{label}{FIELD_LABELS[kind]}{number}{'；'.join(problems)}。"
        out.append(ctx.finding(
            sub, "DIPLOMA_NUMBER_INCONSISTENT", msg, clause_key=CLAUSE, document=doc_name,
            page=where.page if where else None, bbox=where.bbox if where else None,
            field=kind, number=number, problems=problems, **ev))

    def confirmed_at(path: str) -> Optional[Claim]:
        return next((c for c in claims if c.field == path and c.status == "confirmed"), None)

    for i, item in enumerate(app.education):
        if item.certificate_no:
            c = confirmed_at(f"education[{i}].certificate_no")
            emit(item.certificate_no, diploma_number_problems(item.certificate_no, item.graduation, item.level,
                                                              self_study),
                 c, c.document if c else "application.json", "certificate_no",
                 graduation=item.graduation, level=item.level, read_basis="declared")
        if item.degree_certificate_no:
            c = confirmed_at(f"education[{i}].degree_certificate_no")
            emit(item.degree_certificate_no,
                 degree_number_problems(item.degree_certificate_no, item.graduation, item.degree),
                 c, c.document if c else "application.json", "degree_certificate_no",
                 award=item.graduation, degree=item.degree, read_basis="declared")
    for doc, idx in pairs:
        item = app.education[idx]
        if doc.doc_type in DIPLOMA_TYPES and not item.certificate_no:
            for f in doc.all("certificate_no"):
                n = normalize_code(f.value)
                if _confident(f) and n.isdigit() and len(n) == 18:
                    grad = doc.value("graduation_date") or item.graduation
                    level = doc.value("level") or item.level
                    emit(f.value, diploma_number_problems(f.value, grad, level, self_study), f, doc.filename,
                         "certificate_no", graduation=grad, level=level, source=f.source,
                         confidence=f.confidence)
        if doc.doc_type == "degree" and not item.degree_certificate_no:
            for f in doc.all("degree_certificate_no"):
                n = normalize_code(f.value)
                if _confident(f) and n.isdigit() and len(n) == 16:
                    award = doc.value("award_date") or item.graduation
                    degree = doc.value("degree") or item.degree
                    emit(f.value, degree_number_problems(f.value, award, degree), f, doc.filename,
                         "degree_certificate_no", award=award, degree=degree, source=f.source,
                         confidence=f.confidence)
    return out


@check("education_documents")
@needs_application
def check_education_documents(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """EDUCATION_MISMATCH and DIPLOMA_NUMBER_INCONSISTENT."""
    app = app_of(sub)
    pairs = pair_documents(sub)
    out: list[Finding] = []
    for doc, idx in pairs:
        out.extend(mismatch_findings(sub, ctx, doc, app.education[idx]))
    claims = claims_of(sub, ctx.policy)
    for i, item in enumerate(app.education):
        fields, docs = education_confirmed(claims, i)
        if fields:
            ctx.passed(sub, ctx.rule(sub, CLAUSE, "EDUCATION_MISMATCH"), "EDUCATION_MISMATCH",
                       f"学历（{item.school}{item.level}）的{'、'.join(fields)}在{len(docs)}份材料中一致",
                       education_item=i, fields=fields, documents=docs)
    out.extend(number_findings(sub, ctx, pairs))
    return out


# ---------------------------------------------------------------- 学信网

def xuexin_due(sub: Submission) -> Optional[str]:
    """Which 学信网 document the highest education needs: "备案表" (2002 or
    later), "认证报告" (2001 and earlier), or None (中专/技工, no education)."""
    item = app_of(sub).highest_education
    if item is None or item.level not in HIGHER_LEVELS:
        return None
    year = _year(item.graduation)
    if year is None:
        return None
    return "认证报告" if year < 2002 else "备案表"


def _record_for_highest(sub: Submission) -> Optional[Document]:
    app = app_of(sub)
    last = len(app.education) - 1
    for doc, idx in pair_documents(sub):
        if doc.doc_type == "xuexin_record" and idx == last:
            return doc
    return None


def code_findings(sub: Submission, ctx: CheckContext, record: Optional[Document]) -> list[Finding]:
    item = app_of(sub).highest_education
    declared_raw = item.xuexin_code if item else None
    declared = normalize_code(declared_raw)
    n = ctx.policy.xuexin_code_length
    XUEXIN_CODE_RE = _code_re(n)
    want = f"{n}位字母或数字"
    out = []

    def emit(msg, **ev):
        out.append(ctx.finding(sub, "XUEXIN_CODE_INVALID", msg, clause_key=XUEXIN_CLAUSE, **ev))

    f = record.field("verification_code") if record else None
    # the code read on the 备案表 is shown with a malformed declared one (not judged: it may be cut off)
    read = dict(document=record.filename, page=f.page, bbox=f.bbox, found=f.value) \
        if f is not None and f.value.strip() else dict(document="application.json")
    on_record = f"，{doc_label(record)}上印的是“{f.value}”" if "found" in read else ""
    if not declared:
        emit(f"申报信息未填写学信网在线验证码（最高学历应填写{n}位验证码）{on_record}。",
             declared=declared_raw, expected=want, **read)
    elif not XUEXIN_CODE_RE.match(declared):
        emit(f"申报的学信网验证码“{declared_raw}”不是{want}{on_record}。",
             declared=declared_raw, expected=want, **read)
    # the record's code is compared through its claim: a cut-off or unread code is
    # FIELD_UNCONFIRMED, only a complete different code at the label is a mismatch
    if record is not None and declared and XUEXIN_CODE_RE.match(declared):
        for c in contradicted(sub, ctx.policy, record, "education["):
            if c.field.endswith(".xuexin_code"):
                emit(f"申报的学信网验证码“{declared_raw}”与{doc_label(record)}上的“{c.found}”不一致。",
                     document=record.filename, page=c.page, bbox=c.bbox, declared=declared_raw,
                     found=c.found, label_bbox=c.label_bbox, source=c.source, confidence=c.confidence)
    return out


def expiry_findings(sub: Submission, ctx: CheckContext, doc: Document) -> list[Finding]:
    submitted = app_of(sub).submitted_at
    f = doc.field("valid_until")
    until = parse_day(f.value) if f else None
    basis = "valid_until"
    if until is None:
        f = doc.field("updated_date")
        updated = parse_day(f.value) if f else None
        if updated is None:
            return []
        until = add_months_date(updated, ctx.policy.xuexin_valid_months)
        basis = f"updated_date+{ctx.policy.xuexin_valid_months}个月"
    if submitted <= until:
        return []
    msg = f"{doc_label(doc)}有效期至{until.isoformat()}，提交日期{submitted.isoformat()}时已过期。"
    return [ctx.finding(sub, "XUEXIN_RECORD_EXPIRED", msg, clause_key=XUEXIN_CLAUSE,
                        document=doc.filename, page=f.page if f else None, bbox=f.bbox if f else None,
                        valid_until=until.isoformat(), submitted_at=submitted.isoformat(), basis=basis)]


@check("xuexin_record")
@needs_application
def check_xuexin(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """XUEXIN_RECORD_MISSING / XUEXIN_CODE_INVALID / XUEXIN_RECORD_EXPIRED."""
    out: list[Finding] = []
    for doc in sub.docs("xuexin_record"):
        out.extend(expiry_findings(sub, ctx, doc))
    due = xuexin_due(sub)
    if due is None:
        return out
    item = app_of(sub).highest_education
    record = _record_for_highest(sub)
    if record is None:
        other = [d.filename for d in sub.docs("xuexin_record")]
        name = "《教育部学历证书电子注册备案表》" if due == "备案表" else "《中国高等教育学历认证报告》"
        msg = (f"最高学历（{item.school}{item.level}，{item.graduation}毕业）未提供{name}"
               + ("，已上传的备案表不是该学历的。" if other else "。"))
        out.append(ctx.finding(sub, "XUEXIN_RECORD_MISSING", msg, clause_key=XUEXIN_CLAUSE,
                               required=due, doc_type="xuexin_record", graduation=item.graduation,
                               school=item.school, level=item.level, other_records=other))
    if due == "备案表":
        out.extend(code_findings(sub, ctx, record))
    return out
