"""教育部学历证书电子注册备案表 (学信网 PDF): the 13 contract fields.

One issuing system, one stable labelled layout (an invoice2data-style template):
every value follows its label, on the same line or in the next cell.
"""
from __future__ import annotations

from extractors.base import DocTypeSpec, register_doc_type
from extractors.labels import (CJK, FieldSet, doc_lines, find_date, find_id_number, find_name,
                               find_text, find_value)
from core.normalize import OCR_DIGIT_CLASS, clean_text, normalize_cert_no, normalize_code, normalize_level
from core.models import Document, Field

STOPS = ["姓名", "性别", "证件号码", "身份证号", "民族", "出生日期", "学校名称", "院校", "层次", "专业",
         "毕业院校", "毕业学校", "就读院校", "学制", "学历类别", "学习形式", "分院", "系所", "函授站", "入学日期",
         "毕(结)业日期", "毕结业日期",
         "毕业日期", "毕(结)业", "校(院)长姓名", "证书编号", "在线验证码", "更新日期", "在线验证有效期至",
         "有效期至", "照片", "录取照片", "学历照片", "初始注册日期"]
# 学信网 prints 学校名称 today; older and re-typeset tables say 毕业院校 / 院校名称 / 毕业学校
SCHOOL_LABELS = ["学校名称", "院校名称", "毕业院校", "毕业学校", "就读院校", "院校", "学校"]
CODE_PATTERN = r"[0-9A-Za-z](?:\s?[0-9A-Za-z]){11,23}"


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc)
    fs = FieldSet()
    hit = find_name(lines, STOPS, labels=["姓名"])
    fs.set("name", hit and hit.value, hit and hit.line)
    hit = find_value(lines, ["性别"], r"[男女]", stops=STOPS)
    fs.set("gender", hit and hit.value, hit and hit.line)
    hit = find_id_number(lines, STOPS, labels=["证件号码", "身份证号", "身份证号码"])
    fs.set("id_number", hit and hit.value, hit and hit.line)
    hit = find_date(lines, ["出生日期"], STOPS)
    fs.set("birth_date", hit and hit.value, hit and hit.line)
    hit = find_text(lines, SCHOOL_LABELS, STOPS, complete=r"大学|学院|学校|大学\([^)]*\)")
    fs.set("school", hit and hit.value, hit and hit.line)
    hit = find_value(lines, ["层次", "学历层次"], rf"[{CJK}]{{2,10}}", stops=STOPS)
    fs.set("level", hit and normalize_level(hit.value), hit and hit.line)
    hit = find_value(lines, ["专业"], rf"[{CJK}A-Za-z()][{CJK}A-Za-z()]{{1,30}}", stops=STOPS)
    fs.set("major", hit and clean_text(hit.value), hit and hit.line)
    hit = find_date(lines, ["入学日期", "入学时间"], STOPS)
    fs.set("start_date", hit and hit.value, hit and hit.line)
    hit = find_date(lines, ["毕(结)业日期", "毕结业日期", "毕业日期", "结业日期"], STOPS)
    fs.set("graduation_date", hit and hit.value, hit and hit.line)
    hit = find_value(lines, ["证书编号"], rf"[{OCR_DIGIT_CLASS}](?:\s?[{OCR_DIGIT_CLASS}]){{9,23}}", stops=STOPS)
    fs.set("certificate_no", hit and normalize_cert_no(hit.value), hit and hit.line)
    hit = find_value(lines, ["在线验证码", "验证码"], CODE_PATTERN, stops=STOPS)
    fs.set("verification_code", hit and normalize_code(hit.value), hit and hit.line)
    hit = find_date(lines, ["更新日期"], STOPS)
    fs.set("updated_date", hit and hit.value, hit and hit.line)
    hit = find_date(lines, ["在线验证有效期至", "验证有效期至", "有效期至"], STOPS)
    fs.set("valid_until", hit and hit.value, hit and hit.line)
    return fs.fields


SPEC = register_doc_type(DocTypeSpec(
    doc_type="xuexin_record", parse=parse,
    keywords=[("教育部学历证书电子注册备案表", 10), ("电子注册备案表", 6), ("备案表", 2), ("在线验证码", 4),
              ("学信网", 2), ("在线验证有效期", 3), ("学历类别", 1), ("学习形式", 1)],
    negative=[("复制比", 8)],
    title_keywords=["教育部学历证书电子注册备案表"],
    min_score=5.0,
))
