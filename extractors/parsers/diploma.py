"""毕业证书: holder, school, major, level, study period and certificate number.

Printed diplomas put most values in running prose ("学生张伟，性别男，一九九五年三月
十二日生，于二〇一三年九月至二〇一七年六月在本校土木工程专业四年制本科学习…"),
newer ones in a labelled grid; both are read, labels first.
"""
from __future__ import annotations

import re

from extractors.base import DocTypeSpec, register_doc_type
from extractors.labels import (CJK, Hit, NAME_PROSE, DATE_VALUE, FieldSet, doc_lines,
                               find_date, find_in_text, find_name, find_pattern, find_text, find_value)
from core.normalize import (OCR_DIGIT_CLASS, clean_text, normalize_cert_no, normalize_level, repair_school_name,
                                  normalize_name, parse_date)
from core.models import Document, Field

PROSE_TAIL = re.compile(r"年制|学习|完成|修完|课程|学位|成绩")
STOPS = ["姓名", "性别", "出生日期", "出生年月", "出生", "学校名称", "学校", "院校", "校名", "专业",
         "层次", "学历层次", "培养层次", "学历", "学制", "入学日期", "入学时间", "入学年月",
         "毕业日期", "毕业时间", "毕(结)业日期", "毕结业日期", "结业日期", "毕业年月",
         "证书编号", "证书号", "编号", "校长", "院长", "身份证号", "民族"]
GRAD_LABELS = ["毕(结)业日期", "毕结业日期", "毕业日期", "毕业时间", "毕业年月", "结业日期", "结业时间",
               "发证日期"]
LEVEL_WORDS = r"高中起点本科|专科起点本科|专升本|本科|专科|高职|大专|硕士研究生|博士研究生|研究生|中专"
CERT_PATTERN = rf"[{OCR_DIGIT_CLASS}](?:\s?[{OCR_DIGIT_CLASS}A-Z]){{9,23}}"
SCHOOL_SUFFIX = r"大学|学院|学校|党校|分校|大学\([^)]*\)"
PERIOD = rf"(?:于|自|从)\s*({DATE_VALUE})\s*(?:至|到|-|~|—)\s*({DATE_VALUE})"


def holder_name(lines, fs_name: str, fs: FieldSet, stops) -> None:
    """Name by label, else "学生XX," prose, else "XX，男，" prose (diploma and degree)."""
    hit = find_name(lines, stops)
    if hit is None:
        hit = find_pattern(lines, rf"{NAME_PROSE}\s*[,，]?\s*(?:性别)?\s*[男女]\s*[,，]", group=1)
        if hit is not None:
            hit.value = normalize_name(hit.value)
    fs.set(fs_name, hit and hit.value, hit and hit.line)


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc, labels=STOPS)
    fs = FieldSet()
    holder_name(lines, "name", fs, STOPS)

    hit = find_value(lines, ["性别"], r"[男女]", stops=STOPS)
    if hit is None:
        hit = find_pattern(lines, r"[,，]\s*([男女])\s*[,，]", group=1)
    fs.set("gender", hit and hit.value, hit and hit.line)

    hit = find_date(lines, ["出生日期", "出生年月", "出生"], STOPS)
    if hit is None:
        hit = find_in_text(lines, rf"((?>{DATE_VALUE}))\s*出?生(?!产)", group=1)
        if hit:
            hit.value = parse_date(hit.value)
    fs.set("birth_date", hit and hit.value, hit and hit.line)

    hit = find_text(lines, ["学校名称", "毕业学校", "毕业院校", "院校名称", "校名", "学校"], STOPS,
                    complete=SCHOOL_SUFFIX)
    if hit is None:
        hit = find_pattern(lines, rf"^\s*([{CJK}()]{{2,30}}(?:{SCHOOL_SUFFIX}))\s*(?:\(盖章\)|校长.*)?$",
                           group=1, last=True)
    if hit is None:
        hit = find_in_text(lines, rf"在\s*((?!本校|我校)[{CJK}()]{{2,30}}?(?:{SCHOOL_SUFFIX}))", group=1)
    fs.set("school", hit and repair_school_name(hit.value), hit and hit.line)

    hit = find_value(lines, ["专业名称", "专业"], rf"[{CJK}A-Za-z()][{CJK}A-Za-z()\s]{{1,30}}", stops=STOPS)
    if hit is not None and PROSE_TAIL.search(hit.value):
        hit = None  # "…土木工程\n专业四年制本科学习": 专业 opening a wrapped prose line is no label
    if hit is None:
        hit = find_in_text(lines, rf"(?:本校|我校|{SCHOOL_SUFFIX}|在)\s*([{CJK}()A-Za-z]{{2,30}}?)\s*专业", group=1)
    fs.set("major", hit and clean_text(re.sub(r"^(?:在|本校|我校)+", "", hit.value)), hit and hit.line)

    hit = find_value(lines, ["层次", "学历层次", "培养层次", "学历"], LEVEL_WORDS, stops=STOPS)
    if hit is None:
        hit = find_in_text(lines, rf"(?:年制|学制\d年)\s*({LEVEL_WORDS})", group=1) \
            or find_in_text(lines, rf"({LEVEL_WORDS})\s*(?:学习|毕业|学生)", group=1)
    fs.set("level", hit and normalize_level(hit.value), hit and hit.line)

    start = find_date(lines, ["入学日期", "入学时间", "入学年月", "入学"], STOPS)
    grad = find_date(lines, GRAD_LABELS, STOPS)
    period = find_in_text(lines, PERIOD, group=0)
    if period is not None:
        m = re.search(PERIOD, period.value)
        if m:
            if start is None:
                start = Hit(parse_date(m.group(1)), period.line, period.index)
            if grad is None:
                grad = Hit(parse_date(m.group(2)), period.line, period.index)
    fs.set("start_date", start and start.value, start and start.line)
    fs.set("graduation_date", grad and grad.value, grad and grad.line)

    hit = find_value(lines, ["证书编号", "证书号", "证号", "编号", "No.", "NO."], CERT_PATTERN, stops=STOPS)
    fs.set("certificate_no", hit and normalize_cert_no(hit.value), hit and hit.line)
    return fs.fields


SPEC = register_doc_type(DocTypeSpec(
    doc_type="diploma", parse=parse,
    keywords=[("毕业证书", 4), ("准予毕业", 4), ("学制", 1.5), ("修完", 1.5), ("教学计划", 1.5),
              ("毕业", 1), ("校长", 1), ("证书编号", 0.5), ("结业", 1)],
    negative=[("学位证书", 4), ("授予", 3), ("学士学位", 3), ("硕士学位", 3), ("博士学位", 3),
              ("备案表", 8), ("在线验证码", 6), ("复制比", 8), ("参考文献", 4), ("缴费", 4)],
    title_keywords=["毕业证书"],
    min_score=4.0,
))
