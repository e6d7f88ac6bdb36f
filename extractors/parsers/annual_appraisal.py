"""年度考核登记表 / 考核结果: holder and one (year, result) pair per year found.

A form may hold one year ("2022年度考核登记表 … 考核结果：合格"), a table of years
("年度 考核结果 / 2021 合格 / 2022 优秀"), a row of years over a row of results,
or prose ("2021年度考核结果为合格"). A result word counts only where a result
label is on the line or just above it, or on a year row — "成绩合格" in a summary
is not a result. Option lists (□优秀 ☑合格 □基本合格) take the ticked word. The
same field names repeat, year before result, one pair per year (first wins).
"""
from __future__ import annotations

import re

from extractors.base import register_doc_type
from extractors.labelset import load_labels
from extractors.lines import column_table
from extractors.labels import FieldSet, NAME_PROSE, TLine, doc_lines, find_in_text, find_name
from core.normalize import RESULT_PATTERN, normalize_name, normalize_result
from core.models import Document, Field

L = load_labels("annual_appraisal")
STOPS = list(L.stops)
RESULT_LABEL = "|".join(L.labels("result"))
YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年度|年(?!\s*\d{1,2}\s*月)|(?=\s|$|[^\d.\-/年]))")
TICK = r"[☑√✓✔■●☒]|\[√\]|\(√\)"


def _results(text: str) -> list[str]:
    words = [(m.start(), m.group(0)) for m in re.finditer(RESULT_PATTERN, text)]
    if len(words) >= 2 and re.search(rf"□|☐|{TICK}", text):  # an option list
        ticked = [w for pos, w in words if re.search(rf"(?:{TICK})\s*$", text[:pos])]
        return ticked[:1]
    return [w for _, w in words]


def _years(text: str) -> list[str]:
    t = re.sub(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?", " ", text)  # full dates are not years
    t = re.sub(r"(?:19|20)\d{2}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?", " ", t)
    return [m.group(1) for m in YEAR_RE.finditer(t)]


def _pairs(lines: list[TLine]) -> list[tuple[str, str, TLine]]:
    out: list[tuple[str, str, TLine]] = []
    current_year, prev_years, prev_label = None, [], False
    for tl in lines:
        text = tl.text
        years, results = _years(text), _results(text)
        labelled = bool(re.search(RESULT_LABEL, text))
        if not ("年度" in text or results or re.fullmatch(r"[\s\d年度|]+", text)):
            years = []  # a year beside another label (参加工作时间 2015) is not an appraisal year
        if re.search(r"考核年度|年度考核", text) and years:
            current_year = years[0]
        elif years:
            current_year = years[-1]
        if results and (labelled or prev_label or years or re.fullmatch(rf"\s*(?:{TICK})?\s*(?:{RESULT_PATTERN})\s*", text)):
            if years and len(years) == len(results):
                out += [(y, r, tl) for y, r in zip(years, results)]
            elif not years and len(results) > 1 and len(prev_years) == len(results):
                out += [(y, r, tl) for y, r in zip(prev_years, results)]
            elif current_year:
                out.append((current_year, results[0], tl))
        if years:
            prev_years = years
        prev_label = labelled and not results
    return out


def _people_list(doc: Document, lines: list[TLine]) -> bool:
    """A list of several people's results (a 公示 list): whose row is the holder's cannot be
    told from the document, so no name or result is read from it. The rows are kept on the
    Document (``meta["appraisal_rows"]``) for the claim check, which knows the declared name."""
    table = column_table(lines, {"name": ["姓名"], "result": L.labels("result")}, ["name", "result"])
    people = [(c["name"], c["result"], tl) for c, tl in table if re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", c["name"])]
    if len({n for n, _, _ in people}) < 2:
        return False
    years = _years(" ".join(tl.text for tl in lines[:5]))
    doc.meta["appraisal_rows"] = [{"name": n, "year": years[0] if years else "", "result": normalize_result(r) or r,
                                   "page": tl.page, "bbox": list(tl.bbox) if tl.bbox else None}
                                  for n, r, tl in people]
    return True


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc, tables=not any(ln for p in doc.pages for ln in p.lines), split=False)
    if _people_list(doc, lines):
        return []
    fs = FieldSet()
    hit = find_name(lines, STOPS)
    if hit is None:
        hit = find_in_text(lines, rf"{NAME_PROSE}\s*同志", group=1)
        if hit:
            hit.value = normalize_name(hit.value)
    fs.set("name", hit and hit.value, hit and hit.line)
    seen = set()
    for year, result, tl in _pairs(lines):
        value = normalize_result(result)
        if year in seen or value is None:
            continue
        seen.add(year)
        fs.add("year", year, tl)
        fs.add("result", value, tl)
    return fs.fields


SPEC = register_doc_type(L.spec(parse))
