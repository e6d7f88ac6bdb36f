"""工作证明 from the employer: holder, ID number, unit, position, start date.

Usually a letter: "兹证明张伟（身份证号：…）自2019年7月起在我单位工作，担任技术员职务。
特此证明。 兰州新区XX有限公司（盖章）". Labelled forms are read first, then the prose
(兹证明张伟同志… / 张伟，性别男，公民身份号码…); the unit falls back to the
signature after 特此证明, then to the letterhead above the title (证明) — either
may be wrapped onto two lines, and a seal stamped over it may hide one character
of the legal form (…有公司 → …有限公司, see ``repair_org_name``).
"""
from __future__ import annotations

import re

from extractors.base import DocTypeSpec, register_doc_type
from extractors.labels import (CJK, DATE_VALUE, ORG_SUFFIX, FieldSet, Hit, doc_lines, find_date,
                               find_id_number, find_in_text, find_name, find_prose_name, find_text, find_value)
from core.normalize import clean_text, parse_date, repair_org_name
from core.models import Document, Field

STOPS = ["姓名", "性别", "身份证号", "身份证号码", "公民身份号码", "证件号码", "工作单位", "单位名称", "用人单位",
         "职务", "岗位", "职位", "职称", "入职时间", "入职日期", "参加工作时间", "工作时间", "联系电话", "联系人"]
ORG_NAME = rf"[{CJK}()A-Za-z0-9]{{3,40}}{ORG_SUFFIX}"
# "(盖章)" after a signature, also with OCR's bracket confusions ("[盖章)") or cut by a line break ("(盖")
SEAL_MARK = r"\s*(?:[(\[]\s*(?:盖\s*章|公\s*章|签\s*章|章)\s*[)\]]?|(?:盖\s*章|公\s*章)\s*[)\]]|[(\[]\s*盖?)\s*$"
# what the second line of a wrapped name can be when the first already ends like a name ("…集团" / "有限公司")
LEGAL_FORM = r"(?:股份)?有限(?:责任)?公司|有限公|司|分公司|公司"
TITLE = rf"(?!特此)[{CJK}]{{0,6}}证明"  # 证明 / 工作证明 / 在职证明 on a line of its own


def _org_of(text: str) -> str | None:
    """The organisation name a line (or two joined lines) consists of, seal mark removed."""
    t = re.sub(SEAL_MARK, "", text.strip())
    t = repair_org_name(re.sub(r"\s+", "", t))
    if re.fullmatch(ORG_NAME, t) and not re.search(r"证明$", t):
        return t
    return None


def _org_block(lines, indices) -> Hit | None:
    """The first of ``indices`` whose line is an organisation name, joined with its wrapped rest."""
    indices = list(indices)
    for k, i in enumerate(indices):
        one = lines[i].text.strip()
        if k + 1 < len(indices) and indices[k + 1] == i + 1 and lines[i + 1].page == lines[i].page:
            two = lines[i + 1].text.strip()
            first = _org_of(one)
            wrapped = first is None or re.search(SEAL_MARK, one) is None and re.fullmatch(
                rf"(?:{LEGAL_FORM})(?:{SEAL_MARK})?", re.sub(r"\s+", "", two))
            joined = _org_of(one + two) if wrapped and not re.search(r"[:\d]", two) else None
            if joined:
                return Hit(joined, lines[i], i)
        org = _org_of(one)
        if org:
            return Hit(org, lines[i], i)
    return None


def _unit(lines) -> Hit | None:
    """Labelled unit, else "在XX公司工作" in the text, else the signature, else the letterhead."""
    hit = find_text(lines, ["工作单位", "单位名称", "用人单位", "单位全称"], STOPS)
    if hit:
        return hit
    hit = find_in_text(lines, rf"(?:在|进入|调入|入职)\s*((?!我|本|贵)[{CJK}()A-Za-z0-9]{{3,40}}?{ORG_SUFFIX})\s*(?:工作|任职|从事|担任|,|，)",
                       group=1)
    if hit:
        return hit
    after = [i for i, tl in enumerate(lines) if "特此证明" in tl.text]
    start = after[0] + 1 if after else 0
    hit = _org_block(lines, range(start, len(lines)))
    if hit:
        return hit
    # letterhead: the lines above the title (证明 / 工作证明 / 在职证明) on its page
    title = next((i for i, tl in enumerate(lines) if re.fullmatch(TITLE, re.sub(r"\s+", "", tl.text))), None)
    if title is not None:
        return _org_block(lines, [i for i in range(title) if lines[i].page == lines[title].page])
    return None


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc)
    fs = FieldSet()
    hit = find_name(lines, STOPS) or find_prose_name(lines)
    fs.set("name", hit and hit.value, hit and hit.line)
    hit = find_id_number(lines, STOPS)
    fs.set("id_number", hit and hit.value, hit and hit.line)
    hit = _unit(lines)
    fs.set("unit", hit and repair_org_name(re.sub(SEAL_MARK, "", hit.value)), hit and hit.line)

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
