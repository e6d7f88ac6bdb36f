"""参保缴费证明 / 缴费明细: holder and one ``contribution`` Field per month row.

Value form (contract §2): ``YYYY-MM|unit|base|paid``. Rows come from
``Page.tables`` when the reader found a table, else from lines whose cells are
separated by spaces. Columns are found from the header row by their wording
(缴费年月/费款所属期, 单位名称/参保单位, 缴费基数, 缴费状态/是否到账), which may come
in any order; a unit printed once above the table ("参保单位：…") applies to the
rows below it. A row of a period (起始年月 … 截止年月) gives one contribution per
month. Statements list one row per insurance type: identical contributions are
kept once. Without a status column a listed row counts as paid.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from extractors.base import DocTypeSpec, register_doc_type
from extractors.labels import CJK, FieldSet, TLine, doc_lines, holder_identity, labels_re
from core.normalize import clean_text, normalize_number, parse_month
from core.dates import fmt, month_range, parse_month as ym
from core.models import Document, Field

STOPS = ["姓名", "性别", "身份证号", "公民身份号码", "证件号码", "社会保障号码", "参保单位", "单位名称",
         "缴费单位", "打印日期", "险种", "参保状态", "参保时间", "个人编号", "单位编号"]
UNIT_LABELS = ["参保单位名称", "参保单位", "单位名称", "缴费单位", "用人单位", "所在单位", "工作单位"]
PAID_NO = r"欠缴|未缴|未足额|未到账|未实缴|中断|暂停|停缴|停保|^否$|^N$"
PAID_YES = r"已缴|已实缴|正常|足额|已到账|到账|已缴费|已核定|^是$|^Y$|已征收|实缴"
HEADER_KINDS = [
    ("month_end", r"截止年月|终止年月|结束年月|止年月|截止时间|至"),
    ("month", r"缴费年月|费款所属期|所属期|所属年月|缴费月份|结算期|年月|缴费期间|起始年月|开始年月|起年月|月份|期号"),
    ("base", r"缴费基数|基数|缴费工资"),
    ("status", r"缴费状态|是否到账|到账状态|到账标志|缴费标志|是否足额|状态|是否缴费"),
    ("unit", r"单位名称|参保单位|缴费单位|用人单位|^单位$"),
    ("num", r"金额|缴纳|应缴|实缴|划入|合计|个人|单位|比例|元|序号|月数|费率"),
]


def _kind(cell: str) -> str:
    c = cell.strip()
    for kind, pat in HEADER_KINDS:
        if re.search(pat, c):
            return kind
    return "text"


@dataclass
class Header:
    kinds: list[str]
    units_col: Optional[int] = None
    extra: dict = field(default_factory=dict)


def _header(cells: list[str]) -> Optional[Header]:
    kinds = [_kind(c) for c in cells]
    if "month" not in kinds or not ({"base", "status", "unit"} & set(kinds)):
        return None
    if any(parse_month(c) for c in cells):
        return None
    return Header(kinds)


def _paid(cell: str) -> Optional[str]:
    c = cell.strip()
    if re.search(PAID_NO, c):
        return "0"
    if re.search(PAID_YES, c):
        return "1"
    return None


def _month_token(cell: str) -> bool:
    c = cell.strip()
    return bool(re.fullmatch(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*月?", c)) \
        and parse_month(c) is not None


def _is_number(cell: str) -> bool:
    return bool(re.fullmatch(r"-?[\d,]+(?:\.\d+)?", cell.strip()))


def _row(cells: list[str], hdr: Header, unit_default: str) -> list[str]:
    """Contribution values of one data row (empty when it is not a data row)."""
    cells = [c.strip() for c in cells if c is not None]
    months, base, paid, unit = [], None, None, None
    if len(cells) == len(hdr.kinds):
        for c, k in zip(cells, hdr.kinds):
            if k in ("month", "month_end") and parse_month(c):
                months.append(parse_month(c))
            elif k == "base":
                base = normalize_number(c)
            elif k == "status":
                paid = _paid(c)
            elif k == "unit" and c:
                unit = clean_text(c)
    else:  # cells merged or missing: assign by type
        rest = []
        for c in cells:
            if _month_token(c) and (not months or not _is_number(c)):
                months.append(parse_month(c))
            elif _paid(c) is not None and not _is_number(c):
                paid = _paid(c)
            elif _is_number(c):
                rest.append(c)
            elif re.search(f"[{CJK}]{{4,}}", c) and not re.search(r"保险|险$", c):
                unit = clean_text(c)
        num_kinds = [k for k in hdr.kinds if k in ("base", "num")]
        if "base" in num_kinds and len(rest) == len(num_kinds):
            base = normalize_number(rest[num_kinds.index("base")])
        elif rest and "base" in num_kinds:
            big = [r for r in rest if float(r.replace(",", "")) >= 100]
            base = normalize_number(big[0]) if big else None
    if not months:
        return []
    if len(months) == 2 and ym(months[0]) and ym(months[1]):
        months = [fmt(m) for m in month_range(ym(months[0]), ym(months[1]))][:600]
    unit = unit or unit_default
    if "status" not in hdr.kinds and paid is None:
        paid = "1"
    if base is None or paid is None:
        return []
    return [f"{m}|{unit}|{base}|{paid}" for m in months]


def _split_line(text: str) -> list[str]:
    # a period "2019.07-2020.06" stays one cell only if not split by spaces; split it into two
    text = re.sub(r"((?:19|20)\d{2}[.\-/年]\d{1,2}月?)\s*(?:-|至|~)\s*((?:19|20)\d{2}[.\-/年]\d{1,2}月?)",
                  r"\1 \2", text)
    return [c for c in re.split(r"\s+", text.strip()) if c]


_UNIT_LINE = re.compile(rf"(?:{labels_re(UNIT_LABELS)})\s*[:]?\s*([{CJK}()A-Za-z0-9]{{4,60}})")


def _unit_line(text: str) -> Optional[str]:
    """The unit of a "参保单位：…" line above the rows (not a column header)."""
    m = _UNIT_LINE.search(text)
    if not m or _month_token(text.split()[0]):
        return None
    value = clean_text(m.group(1))
    return value if _kind(value) == "text" else None


def contributions(doc: Document, lines: list[TLine]) -> list[tuple[str, TLine]]:
    out: list[tuple[str, TLine]] = []
    hdr: Optional[Header] = None
    unit = ""
    table_pages = {tl.page for tl in lines if tl.bbox is None}
    for tl in lines:
        use_tables = tl.page in table_pages
        if (tl.bbox is None) != use_tables:
            if tl.bbox is not None:  # still follow unit headers printed above a table
                unit = _unit_line(tl.text) or unit
            continue
        cells = tl.cells if tl.cells is not None else _split_line(tl.text)
        h = _header(cells)
        if h is not None:
            hdr = h
            continue
        u = _unit_line(tl.text)
        if u:
            unit = u
            continue
        if hdr is None:
            continue
        for value in _row(cells, hdr, unit):
            out.append((value, tl))
    return out


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc)
    fs = FieldSet()
    holder_identity(lines, fs, STOPS)
    seen = set()
    for value, tl in contributions(doc, lines):
        if value in seen:
            continue
        seen.add(value)
        fs.add("contribution", value, tl)
    return fs.fields


SPEC = register_doc_type(DocTypeSpec(
    doc_type="social_insurance", parse=parse,
    keywords=[("参保", 3), ("缴费", 2), ("社会保险", 3), ("缴费基数", 4), ("缴费年月", 4), ("费款所属期", 4),
              ("养老保险", 2), ("参保缴费证明", 6), ("缴费明细", 5), ("社保", 2), ("参保证明", 5)],
    negative=[("复制比", 8), ("参考文献", 4), ("年度考核", 4)],
    title_keywords=["参保缴费证明", "缴费明细", "参保证明", "社会保险个人权益记录"],
    min_score=5.0,
))
