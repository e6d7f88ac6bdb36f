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
from core.models import Document, Education, Field, Finding, Submission
from core.normalize import normalize_code, normalize_level

from .base import CheckContext, app_of, check, needs_application
from .identity_docs import doc_label
from .matching import same_major, same_school

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


# ---------------------------------------------------------------- pairing

def _score(doc: Document, item: Education) -> int:
    score = 0
    cert = normalize_code(doc.value("certificate_no"))
    if cert and cert == normalize_code(item.certificate_no):
        score += 4
    dcert = normalize_code(doc.value("degree_certificate_no"))
    if dcert and dcert == normalize_code(item.degree_certificate_no):
        score += 4
    if same_school(doc.value("school"), item.school):
        score += 2
    grad = parse_month(doc.value("graduation_date"))
    if grad and grad == parse_month(item.graduation):
        score += 1
    if doc.value("level") and normalize_level(doc.value("level")) == item.level:
        score += 1
    if doc.value("degree") and normalize_degree(doc.value("degree")) == item.degree:
        score += 1
    return score


def pair_documents(sub: Submission) -> list[tuple[Document, int]]:
    """(document, index of the education item) for every diploma, degree
    and 备案表; unmatched documents go to the highest item."""
    app = app_of(sub)
    if not app.education:
        return []
    out = []
    for doc in sub.documents:
        if doc.doc_type not in ("diploma", "degree", "xuexin_record"):
            continue
        scores = [(_score(doc, item), i) for i, item in enumerate(app.education)]
        best, idx = max(scores)
        out.append((doc, idx if best > 0 else len(app.education) - 1))
    return out


# ---------------------------------------------------------------- EDUCATION_MISMATCH

def _comparisons(doc: Document, item: Education):
    """(field name, declared value, equal?) for the fields this doc type has."""
    if doc.doc_type == "degree":
        yield "degree", item.degree, lambda v: normalize_degree(v) == (item.degree or "")
        yield "major", item.major, lambda v: same_major(v, item.major)
        yield "degree_certificate_no", item.degree_certificate_no, \
            lambda v: normalize_code(v) == normalize_code(item.degree_certificate_no)
        return
    yield "school", item.school, lambda v: same_school(v, item.school)
    yield "major", item.major, lambda v: same_major(v, item.major)
    yield "level", item.level, lambda v: normalize_level(v) == item.level
    yield "graduation_date", item.graduation, lambda v: parse_month(v) == parse_month(item.graduation)
    yield "certificate_no", item.certificate_no, \
        lambda v: normalize_code(v) == normalize_code(item.certificate_no)


FIELD_LABELS = {"school": "毕业学校", "major": "专业", "level": "学历层次", "graduation_date": "毕业时间",
                "certificate_no": "证书编号", "degree": "学位", "degree_certificate_no": "学位证书编号"}


def mismatch_findings(sub: Submission, ctx: CheckContext, doc: Document, item: Education) -> list[Finding]:
    out = []
    for name, declared, equal in _comparisons(doc, item):
        f = doc.field(name)
        if f is None or not f.value.strip():
            continue
        if not declared and name in ("degree_certificate_no", "certificate_no"):
            continue  # nothing declared to compare with (the number layout is still checked)
        if equal(f.value):
            continue
        msg = (f"{doc_label(doc)}上的{FIELD_LABELS[name]}“{f.value}”与申报的"
               f"“{declared or '未填写'}”不一致。")
        out.append(ctx.finding(
            sub, "EDUCATION_MISMATCH", msg, clause_key=CLAUSE, document=doc.filename,
            page=f.page, bbox=f.bbox, field=name, declared=declared, found=f.value,
            education_item=item.model_dump(include={"school", "level", "graduation"}),
            source=f.source, confidence=f.confidence))
    return out


# ---------------------------------------------------------------- certificate numbers

def diploma_number_problems(number: str, graduation: Optional[str], level: Optional[str]) -> list[str]:
    """Why an 毕业证书编号 disagrees with the diploma (contract §6); [] when it
    agrees or when the layout does not apply (before 2002, 自考, 中专/技工)."""
    n = normalize_code(number)
    year = _year(graduation)
    lvl = normalize_level(level)
    if not n or year is None or year < 2002 or lvl not in HIGHER_LEVELS:
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


def number_findings(sub: Submission, ctx: CheckContext, pairs) -> list[Finding]:
    app = app_of(sub)
    out, seen = [], set()

    def emit(number, problems, doc: Optional[Document], f: Optional[Field], kind, **ev):
        seen.add((kind, normalize_code(number)))
        if not problems:
            return
        where = doc_label(doc) if doc else "申报的"
        msg = f"{where}{FIELD_LABELS[kind]}{number}{'；'.join(problems)}。"
        out.append(ctx.finding(
            sub, "DIPLOMA_NUMBER_INCONSISTENT", msg, clause_key=CLAUSE,
            document=doc.filename if doc else "application.json",
            page=f.page if f else None, bbox=f.bbox if f else None,
            field=kind, number=number, problems=problems, **ev))

    for doc, idx in pairs:
        item = app.education[idx]
        if doc.doc_type in DIPLOMA_TYPES and doc.field("certificate_no"):
            f = doc.field("certificate_no")
            grad = doc.value("graduation_date") or item.graduation
            level = doc.value("level") or item.level
            emit(f.value, diploma_number_problems(f.value, grad, level), doc, f,
                 "certificate_no", graduation=grad, level=level)
        if doc.doc_type == "degree" and doc.field("degree_certificate_no"):
            f = doc.field("degree_certificate_no")
            award = doc.value("award_date") or item.graduation
            degree = doc.value("degree") or item.degree
            emit(f.value, degree_number_problems(f.value, award, degree), doc, f,
                 "degree_certificate_no", award=award, degree=degree)
    for item in app.education:
        if item.certificate_no and ("certificate_no", normalize_code(item.certificate_no)) not in seen:
            emit(item.certificate_no, diploma_number_problems(item.certificate_no, item.graduation, item.level),
                 None, None, "certificate_no", graduation=item.graduation, level=item.level)
        if item.degree_certificate_no and \
                ("degree_certificate_no", normalize_code(item.degree_certificate_no)) not in seen:
            emit(item.degree_certificate_no,
                 degree_number_problems(item.degree_certificate_no, item.graduation, item.degree),
                 None, None, "degree_certificate_no", award=item.graduation, degree=item.degree)
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
    # the code read on the 备案表 is the deciding comparison, also when the declared one is malformed
    read = dict(document=record.filename, page=f.page, bbox=f.bbox, found=f.value) \
        if f is not None and f.value.strip() else dict(document="application.json")
    on_record = f"，{doc_label(record)}上印的是“{f.value}”" if "found" in read else ""
    if not declared:
        emit(f"申报信息未填写学信网在线验证码（最高学历应填写{n}位验证码）{on_record}。",
             declared=declared_raw, expected=want, **read)
    elif not XUEXIN_CODE_RE.match(declared):
        emit(f"申报的学信网验证码“{declared_raw}”不是{want}{on_record}。",
             declared=declared_raw, expected=want, **read)
    if f is not None and f.value.strip():
        found = normalize_code(f.value)
        common = dict(document=record.filename, page=f.page, bbox=f.bbox,
                      declared=declared_raw, found=f.value)
        if not XUEXIN_CODE_RE.match(found):
            emit(f"{doc_label(record)}上的在线验证码“{f.value}”不是{want}。", **common)
        elif declared and XUEXIN_CODE_RE.match(declared) and found != declared:
            emit(f"申报的学信网验证码“{declared_raw}”与{doc_label(record)}上的“{f.value}”不一致。",
                 **common)
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
