"""毕业证书: holder, school, major, level, study period and certificate number.

Printed diplomas put most values in running prose ("学生张伟，性别男，一九九五年三月
十二日生，于二〇一三年九月至二〇一七年六月在本校土木工程专业四年制本科学习…"),
newer ones in a labelled grid; both are read, labels first.
"""
from __future__ import annotations

import re

from extractors.base import register_doc_type
from extractors.labels import (CJK, Hit, NAME_PROSE, DATE_VALUE, FieldSet, doc_lines,
                               find_date, find_in_text, find_name, find_pattern, find_text, find_value)
from extractors.labelset import load_labels
from extractors.numbers import CERT_RUN, diploma_number
from core.normalize import clean_text, normalize_level, repair_school_name, normalize_name, parse_date
from core.models import Document, Field

L = load_labels("diploma")
STOPS = list(L.stops)
PROSE_TAIL = re.compile(L.word_re("prose_tail"))
LEVEL_WORDS = L.word_re("level")
SCHOOL_SUFFIX = L.word_re("school_suffix") + r"|大学\([^)]*\)"
PERIOD = rf"(?:于|自|从)?\s*({DATE_VALUE})\s*(?:至|到|-|~|—)\s*({DATE_VALUE})"
NAME_PROSE_BARE = rf"[{CJK}](?:\s?[{CJK}]){{1,3}}?"
# "于1989年9月入本校…", "于1993年6月修业期满" / "…毕业": the two ends said apart
ENTERED = rf"(?:于|自|从)\s*({DATE_VALUE})\s*(?:考入|进入|入)\s*(?:本校|我校|本院|我院|该校)"
FINISHED = rf"(?:于|在)\s*({DATE_VALUE})\s*(?:修业期满|学习期满|毕业|结业)"
# an old 编号 of 6–9 digits, printed alone at its label (1990s diplomas): never a date
OLD_NUMBER = r"(?<!\d)\d{6,9}(?!\d)"


def _date_like(digits: str) -> bool:
    """"19930630" is a date printed without separators, not an old certificate number."""
    m = re.fullmatch(r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])?", digits)
    return m is not None


def holder_name(lines, fs_name: str, fs: FieldSet, stops) -> None:
    """Name by label, else "学生XX," prose, else "XX，男，" prose (diploma and degree)."""
    hit = find_name(lines, stops)
    if hit is None:
        # ("兹证明苟文斌（男，1982年7月生）": the gender in brackets after the name)
        hit = find_pattern(lines, rf"{NAME_PROSE}\s*[,，(（]?\s*(?:性别)?\s*[男女]\s*[,，]", group=1)
        if hit is not None:
            hit.value = normalize_name(hit.value)
    if hit is None:
        # "学生张伟系甘肃省永登县人，男，…" (diplomas of the 1980s–1990s)
        # (a form filled in by hand leaves blanks around what was written: "学生 苏璟瑜 系甘肃省 榆中县人")
        hit = find_in_text(lines, rf"(?:学生|学员)\s*({NAME_PROSE_BARE})\s*系\s*[{CJK}\s]{{2,20}}?人\s*[,，]", group=1)
        if hit is not None:
            hit.value = normalize_name(hit.value)
    fs.set(fs_name, hit and hit.value, hit and hit.line)


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc, labels=STOPS)
    fs = FieldSet()
    holder_name(lines, "name", fs, STOPS)

    hit = find_value(lines, L.labels("gender"), r"[男女]", stops=STOPS)
    if hit is None:
        hit = find_pattern(lines, r"[,，]\s*([男女])\s*[,，]", group=1)
    fs.set("gender", hit and hit.value, hit and hit.line)

    hit = find_date(lines, L.labels("birth_date"), STOPS)
    if hit is None:
        hit = find_in_text(lines, rf"((?>{DATE_VALUE}))\s*出?生(?!产)", group=1)
        if hit:
            hit.value = parse_date(hit.value)
    fs.set("birth_date", hit and hit.value, hit and hit.line)

    hit = find_text(lines, L.labels("school"), STOPS, complete=SCHOOL_SUFFIX)
    if hit is None:
        # the school's name at the foot, alone or beside the seal, the president or the date
        hit = find_pattern(lines, rf"^\s*([{CJK}()]{{2,30}}?(?:{SCHOOL_SUFFIX}))\s*(?:\(盖章\)|校\s*(?:\(院\))?\s*长.*"
                           rf"|{DATE_VALUE}\s*日?)?\s*$", group=1, last=True)
    if hit is None:
        hit = find_in_text(lines, rf"在\s*((?!本校|我校)[{CJK}()]{{2,30}}?(?:{SCHOOL_SUFFIX}))", group=1)
    fs.set("school", hit and repair_school_name(hit.value), hit and hit.line)

    hit = find_value(lines, L.labels("major"), rf"[{CJK}A-Za-z()][{CJK}A-Za-z()\s]{{1,30}}", stops=STOPS)
    if hit is not None and PROSE_TAIL.search(hit.value):
        hit = None  # "…土木工程\n专业四年制本科学习": 专业 opening a wrapped prose line is no label
    if hit is None:
        hit = find_in_text(lines, rf"(?:本校|我校|{SCHOOL_SUFFIX}|在|自学考试)\s*([{CJK}()A-Za-z]{{2,30}}?)\s*专业", group=1)
    fs.set("major", hit and clean_text(re.sub(r"^(?:在|本校|我校|本院|我院|[{CJK}]{{2,8}}系(?=[{CJK}]{{2}}))+".format(CJK=CJK), "", hit.value)),
           hit and hit.line)

    hit = find_value(lines, L.labels("level"), LEVEL_WORDS, stops=STOPS)
    if hit is None:
        hit = find_in_text(lines, rf"(?:年制|学制\d年)\s*({LEVEL_WORDS})", group=1) \
            or find_in_text(lines, rf"({LEVEL_WORDS})\s*(?:学习|毕业|学生)", group=1) \
            or find_in_text(lines, r"(?:攻读|完成)\s*(硕士|博士)\s*(?:学位)?\s*研究生", group=1) \
            or find_in_text(lines, r"修\s*完\s*(硕士|博士)\s*研究生\s*培养计划", group=1) \
            or find_in_text(lines, r"(本科|专科)\s*(?:教学计划|课程)", group=1) \
            or find_in_text(lines, rf"专业\s*[(]\s*([{CJK}]{{0,6}}?(?:{LEVEL_WORDS}))\s*[)]", group=1)
    fs.set("level", hit and normalize_level(hit.value), hit and hit.line)

    start = find_date(lines, L.labels("start_date"), STOPS)
    # a 发证日期 is the graduation only where nothing else says when the studies ended
    issued = [w for w in L.labels("graduation_date") if "发证" in w]
    grad = find_date(lines, [w for w in L.labels("graduation_date") if w not in issued], STOPS)
    period = find_in_text(lines, PERIOD, group=0)
    if period is not None:
        m = re.search(PERIOD, period.value)
        if m:
            if start is None:
                start = Hit(parse_date(m.group(1)), period.line, period.index)
            if grad is None:
                grad = Hit(parse_date(m.group(2)), period.line, period.index)
    if start is None:
        hit = find_in_text(lines, ENTERED, group=1)
        start = hit and Hit(parse_date(hit.value), hit.line, hit.index)
    if grad is None:
        hit = find_in_text(lines, FINISHED, group=1)
        grad = hit and Hit(parse_date(hit.value), hit.line, hit.index)
    if start is None:
        # "于2010年9月至二一四年七月": the end did not survive the scan, the start did
        hit = find_in_text(lines, rf"(?:于|自|从)\s*({DATE_VALUE})\s*(?:至|到|起)", group=1)
        start = hit and Hit(parse_date(hit.value), hit.line, hit.index)
    fs.set("start_date", start and start.value, start and start.line)
    if grad is None:
        # "…至2012年7月在本校…": the end survived the scan, the start did not
        hit = find_in_text(lines, rf"(?:至|到)\s*({DATE_VALUE})\s*(?:在|于)\s*(?:本校|我校|本院|我院)", group=1)
        grad = hit and Hit(parse_date(hit.value), hit.line, hit.index)
    grad = grad or find_date(lines, issued, STOPS)
    fs.set("graduation_date", grad and grad.value, grad and grad.line)

    hit = find_value(lines, L.labels("certificate_no"), CERT_RUN, stops=STOPS)
    value = hit and diploma_number(hit.value, hit.after)
    if hit is None:
        hit = find_value(lines, L.labels("certificate_no"), OLD_NUMBER, stops=STOPS)
        value = hit and hit.value if hit is None or not _date_like(hit.value) else None
    fs.set("certificate_no", value, hit and hit.line)
    return fs.fields


SPEC = register_doc_type(L.spec(parse))
