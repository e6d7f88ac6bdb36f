"""学位证书: holder, degree (学士/硕士/博士), major, award date, certificate number.

The usual wording is prose: "张伟，男，1995年3月12日生。在兰州大学土木工程专业完成了
学士学位的学习…授予工学学士学位。" — the major is what stands before 专业 (school
name removed); the 学科门类 ("工学") is never the major.
"""
from __future__ import annotations

import re

from extractors.base import register_doc_type
from extractors.labels import (CJK, DATE_VALUE, Hit, FieldSet, doc_lines, find_date, find_in_text,
                               find_pattern, find_value, without_latin)
from extractors.labelset import load_labels
from extractors.numbers import DEGREE_RUN, degree_number, is_document_reference
from core.normalize import clean_text, parse_date
from core.models import Document, Field

from .diploma import holder_name

L = load_labels("degree")
STOPS = list(L.stops)
SCHOOL_SUFFIX = L.word_re("school_suffix")
MAJOR_IS = L.word_re("major_is")
AWARD_VERB = L.word_re("award_verbs")
MAJOR_CLOSER = L.word_re("major_closers")
MAJOR_LEAD = L.word_re("major_leads")
MINOR_LEAD = L.word_re("minor_leads")


def _major_from_prose(lines) -> Hit | None:
    # a form filled in by hand leaves blanks around what was written: "在北方民族大学 会计学 专业完成"
    # (a 学位证明书 issued for a lost certificate: "系我校民族学专业1999级本科毕业生")
    opener = r"(?:在|系(?=\s*[我本该]校))"
    hit = find_in_text(lines, rf"{opener}\s*([{CJK}()A-Za-z][{CJK}()A-Za-z\s]{{1,50}}?)\s*(?:{MAJOR_CLOSER})", group=1) or \
        find_in_text(without_latin(lines), rf"{opener}\s*([{CJK}()][{CJK}()\s]{{1,50}}?)\s*(?:{MAJOR_CLOSER})", group=1)
    if hit is None:
        return None
    parts = re.split(rf"(?:{SCHOOL_SUFFIX})", re.sub(rf"(?<=[{CJK}()])\s+(?=[{CJK}()])", "", hit.value))
    major = parts[-1].strip() if parts[-1].strip() else None
    if major:
        major = re.sub(rf"^(?:的|本科|硕士|博士|研究生|本校|我校|本院|我院|{MAJOR_LEAD}|[{CJK}]{{2,8}}系(?=[{CJK}]{{2}}))+",
                       "", major)
    return Hit(major, hit.line, hit.index) if major and len(major) >= 2 else None


def _minor_major(lines) -> Hit | None:
    """A 辅修 degree certificate: "在本校化学工程与工艺专业（主修）学习期间辅修工程管理专业，…授予管理学学士学位（辅修）"
    — the certificate is for the minor; the 主修 major before it is the holder's other study."""
    hit = find_in_text(lines, rf"(?:{MINOR_LEAD})\s*((?!学士|学位)[{CJK}()][{CJK}()\s]{{1,30}}?)\s*专业", group=1)
    if hit is None:
        return None
    hit.value = re.sub(r"\s", "", hit.value)
    return hit if len(hit.value) >= 2 else None


def _major_stated(lines) -> Hit | None:
    """"所学专业为建筑学（Architecture）": the major stated in a sentence, without an English gloss in
    brackets (a Chinese aside in brackets, "（中外合作办学）", stays)."""
    hit = find_in_text(without_latin(lines), rf"(?:{MAJOR_IS})\s*[:]?\s*([{CJK}]{{2,30}}(?:\([{CJK}]{{2,12}}\))?)",
                       group=1)
    return hit if hit and not re.match(r"(?:学位|证书)", hit.value) else None


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc, labels=STOPS)
    fs = FieldSet()
    holder_name(lines, "name", fs, STOPS)

    kind = r"(学士|硕士|博士)"
    hit = find_value(lines, L.labels("degree"), kind, stops=STOPS, group=1)
    if hit is None:
        hit = find_in_text(lines, rf"授予\s*[{CJK}]{{0,12}}?{kind}", group=1) \
            or find_in_text(lines, rf"{kind}\s*(?:专业)?学位", group=1)
    fs.set("degree", hit and hit.value, hit and hit.line)

    # prose first: in "…在重庆大学计算机科学与技术\n专业完成了…" the word 专业 opening a
    # wrapped line is not a label
    hit = _minor_major(lines) or _major_from_prose(lines) or _major_stated(lines)
    if hit is None:
        hit = find_value(lines, L.labels("major"), rf"[{CJK}A-Za-z()][{CJK}A-Za-z()]{{1,30}}",
                         stops=STOPS)
        if hit is not None and re.match(r"完成|学习|毕业|修完|修业", hit.value):
            hit = None  # "…专业完成了…": the word after 专业 in prose is the verb, no major
    # (the 学科门类 of "授予管理学学士学位" is no major: 会计学 is one of many under 管理学, so reading it as
    # the major contradicts every declared major — found on held-out round 17; no major read is unconfirmed)
    fs.set("major", hit and clean_text(hit.value), hit and hit.line)

    hit = find_date(lines, L.labels("award_date"), STOPS)
    if hit is None:
        # prose that dates the degree: "…学习，于2015年7月获得该校颁发的建筑学硕士学位" (a 认证书 is dated
        # at its foot when it was issued, a year or more after the degree)
        hit = find_in_text(lines, rf"((?>{DATE_VALUE}))\s*(?:{AWARD_VERB})[^。;；]{{0,40}}?学\s*位", group=1)
        if hit:
            hit.value = parse_date(hit.value)
    if hit is None:
        # the date printed at the foot of the certificate (not a birth date "…日生"), on the page that
        # awards the degree: a notarised copy's 公证书 page after it is dated years later
        award = next((tl.page for tl in lines if re.search(r"授\s*予", tl.text)), None)
        foot = rf"((?>{DATE_VALUE}))(?!\s*(?:出?生|至|到|-))"
        hit = (find_pattern([tl for tl in lines if tl.page == award], foot, group=1, last=True) if award else None) \
            or find_pattern(lines, foot, group=1, last=True)
        if hit:
            hit.value = parse_date(hit.value)
    fs.set("award_date", hit and hit.value, hit and hit.line)

    hit = find_value(lines, L.labels("degree_certificate_no"), DEGREE_RUN, stops=STOPS)
    if hit is not None and is_document_reference(hit.after):
        hit = None  # the 认证书's own 文号 "编号：教留服认港[2002]18111号" (held-out round 19)
    fs.set("degree_certificate_no", hit and degree_number(hit.value, hit.after), hit and hit.line)
    return fs.fields


SPEC = register_doc_type(L.spec(parse))
