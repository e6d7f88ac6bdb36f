"""工作证明 from the employer: holder, ID number, unit, position, start date.

Usually a letter: "兹证明张伟（身份证号：…）自2019年7月起在我单位工作，担任技术员职务。
特此证明。 兰州新区XX有限公司（盖章）". Labelled forms are read first, then the prose;
the unit falls back to the signature line after 特此证明.
"""
from __future__ import annotations

import re

from extractors.base import DocTypeSpec, register_doc_type
from extractors.labels import (CJK, DATE_VALUE, ORG_SUFFIX, FieldSet, Hit, doc_lines, find_date,
                               find_id_number, find_in_text, find_name, find_text, find_value)
from extractors.normalize import clean_text, normalize_name, parse_date
from pipeline.models import Document, Field

STOPS = ["姓名", "性别", "身份证号", "身份证号码", "公民身份号码", "证件号码", "工作单位", "单位名称", "用人单位",
         "职务", "岗位", "职位", "职称", "入职时间", "入职日期", "参加工作时间", "工作时间", "联系电话", "联系人"]
ORG_LINE = rf"^\s*([{CJK}()A-Za-z0-9]{{3,40}}{ORG_SUFFIX})\s*(?:\((?:盖章|公章|章)\))?\s*$"


def _unit(lines) -> Hit | None:
    hit = find_text(lines, ["工作单位", "单位名称", "用人单位", "单位全称"], STOPS)
    if hit:
        return hit
    hit = find_in_text(lines, rf"(?:在|进入|调入|入职)\s*((?!我|本|贵)[{CJK}()A-Za-z0-9]{{3,40}}?{ORG_SUFFIX})\s*(?:工作|任职|从事|担任|,|，)",
                       group=1)
    if hit:
        return hit
    after = [i for i, tl in enumerate(lines) if "特此证明" in tl.text]
    start = after[0] + 1 if after else 0
    for tl in lines[start:]:
        m = re.search(ORG_LINE, tl.text)
        if m and not re.search(r"证明$", m.group(1)):
            return Hit(m.group(1), tl, 0)
    return None


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc)
    fs = FieldSet()
    hit = find_name(lines, STOPS)
    if hit is None:
        hit = find_in_text(lines, rf"兹\s*证\s*明\s*[:]?\s*([{CJK}](?:\s?[{CJK}]){{1,3}}?)\s*(?:同志|先生|女士|\(|,|，|身份证|系|为|自|于|从|在|性别)",
                           group=1)
        if hit:
            hit.value = normalize_name(hit.value)
    fs.set("name", hit and hit.value, hit and hit.line)
    hit = find_id_number(lines, STOPS)
    fs.set("id_number", hit and hit.value, hit and hit.line)
    hit = _unit(lines)
    fs.set("unit", hit and clean_text(re.sub(r"\((?:盖章|公章|章)\)", "", hit.value)), hit and hit.line)

    hit = find_value(lines, ["职务", "岗位", "职位", "担任职务", "工作岗位"], rf"[{CJK}A-Za-z()][{CJK}A-Za-z()]{{1,20}}",
                     stops=STOPS)
    if hit is None:
        hit = find_in_text(lines, rf"(?:担任|任)\s*((?!职)[{CJK}A-Za-z()]{{2,20}}?)\s*(?:职务|岗位|一职|工作|,|，|。)",
                           group=1) \
            or find_in_text(lines, rf"从事\s*([{CJK}A-Za-z()]{{2,20}}?)\s*(?:工作|岗位)", group=1)
    fs.set("position", hit and clean_text(hit.value), hit and hit.line)

    hit = find_date(lines, ["入职时间", "入职日期", "参加工作时间", "工作时间", "入职", "聘用时间", "起始时间"], STOPS)
    if hit is None:
        hit = find_in_text(lines, rf"(?:自|于|从)\s*((?>{DATE_VALUE}))\s*(?:起|至今|入职|进入|到|开始|参加|在|调入|来|聘)",
                           group=1)
        if hit:
            hit.value = parse_date(hit.value)
    fs.set("start_date", hit and hit.value, hit and hit.line)
    return fs.fields


SPEC = register_doc_type(DocTypeSpec(
    doc_type="employment_proof", parse=parse,
    keywords=[("工作证明", 6), ("兹证明", 4), ("在我单位", 4), ("在我公司", 3), ("特此证明", 2), ("担任", 1),
              ("入职", 1.5), ("在职证明", 5)],
    negative=[("继续教育", 4), ("学时", 3), ("缴费基数", 5), ("参保", 3), ("参保证明", 5), ("社会保险", 3), ("年度考核", 4), ("复制比", 8)],
    title_keywords=["工作证明", "在职证明"],
    min_score=4.0,
))
