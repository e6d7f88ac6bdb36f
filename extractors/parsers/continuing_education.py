"""继续教育证书 / 学时证明: holder, year and hours (integer string).

Hours are taken from a total label (总学时/合计/共计/累计) first, then from a 学时
label, then from "…90学时" in prose. A certificate listing one total per year
("2021年度 72学时 / 2022年度 90学时") gives one (year, hours) pair per year.
"""
from __future__ import annotations

import re

from extractors.base import register_doc_type
from extractors.labels import FieldSet, doc_lines, find_in_text, find_name, find_prose_name, find_value
from extractors.labelset import load_labels
from extractors.lines import column_table
from core.normalize import normalize_number
from core.models import Document, Field

L = load_labels("continuing_education")
STOPS = list(L.stops)
HOURS_NUM = r"\d{1,4}(?:\.\d+)?"
YEAR_RE = r"((?:19|20)\d{2})\s*(?:年度|年(?!\s*\d{1,2}\s*月)|(?=\s|$))"


def _hours(v: str) -> str | None:
    n = normalize_number(v)
    return str(int(round(float(n)))) if n else None


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc, labels=STOPS)
    fs = FieldSet()
    hit = find_name(lines, STOPS) or find_prose_name(lines)
    fs.set("name", hit and hit.value, hit and hit.line)

    rows = doc_lines(doc, split=False)
    # a table of years (年度 | 公需 | 专业 | 合计): one pair per row, the total column first
    table = column_table(rows, {"year": L.labels("year"), "total": L.labels("total_hours"),
                                "hours": L.labels("hours")}, ["year"])
    pairs = [(m.group(1), c.get("total") or c.get("hours"), tl) for c, tl in table
             if (m := re.fullmatch(r"((?:19|20)\d{2})(?:年度?)?", c["year"])) and (c.get("total") or c.get("hours"))]
    if pairs and all(re.fullmatch(HOURS_NUM, h) for _, h, _ in pairs):
        for y, h, tl in pairs:
            if not fs.has("year") or y not in {f.value for f in fs.fields if f.name == "year"}:
                fs.add("year", y, tl)
                fs.add("hours", _hours(h), tl, near=h)
        return fs.fields

    # one total per year on its own line: several pairs
    per_year = []
    for tl in rows:
        m = re.search(rf"^\s*{YEAR_RE}\D{{0,20}}?({HOURS_NUM})\s*(?:学时|课时|小时)", tl.text)
        if m and not re.search(r"科目|课程", tl.text):
            per_year.append((m.group(1), m.group(2), tl))
    if len({y for y, _, _ in per_year}) > 1:
        seen = set()
        for y, h, tl in per_year:
            if y not in seen:
                seen.add(y)
                fs.add("year", y, tl)
                fs.add("hours", _hours(h), tl)
        return fs.fields

    hit = find_value(lines, L.labels("year"), r"(?:19|20)\d{2}", stops=STOPS)
    if hit is None:
        hit = find_in_text(lines, r"((?:19|20)\d{2})\s*年度", group=1)
    fs.set("year", hit and hit.value, hit and hit.line)

    num = rf"({HOURS_NUM})\s*(?:学时|课时|小时)?"
    hit = find_value(lines, L.labels("total_hours"), num,
                     stops=STOPS, group=1)
    if hit is None:
        hit = find_in_text(lines, rf"(?:共计|合计|累计|总计|共|完成|获得)\s*(?:学时)?\s*[:]?\s*({HOURS_NUM})\s*(?:学时|课时|小时)",
                           group=1)
    if hit is None:
        hit = find_value(lines, L.labels("hours"), num, stops=STOPS, group=1)
    if hit is None:
        hit = find_in_text(lines, rf"({HOURS_NUM})\s*(?:学时|课时)", group=1)
    fs.set("hours", hit and _hours(hit.value), hit and hit.line)
    return fs.fields


SPEC = register_doc_type(L.spec(parse))
