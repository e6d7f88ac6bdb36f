"""Month-by-month timelines: declared work vs social-insurance contributions.

Plain functions (no findings here) so that the insurance rules in
``checks/insurance.py`` read as set operations on months, and so that the
month arithmetic is tested on its own. Months are ``(year, month)`` tuples
from ``core.dates``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field as dc_field, replace
from typing import Callable, Iterable, Optional, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from core.dates import Month, add_months, fmt, month_range, months_between, parse_month
from core.models import Document, WorkItem
from core.normalize import canon

from .claim_match import ORG_SUFFIX
from .matching import normalize_unit, same_unit


@dataclass(frozen=True)
class Contribution:
    """One month row of a 缴费明细: ``YYYY-MM|unit name|base|paid``."""
    month: Month
    unit: str
    base: str
    paid: bool
    document: str = ""
    page: int = 1
    bbox: Optional[tuple] = None
    source: str = "text_layer"
    read_unit: str = ""   # the unit as OCR read it, where ``unit`` was reconciled (ocr_unit_slips)


def parse_contribution(value: str) -> Optional[tuple[Month, str, str, bool]]:
    """Split a contract §2 contribution value; None when it is not one."""
    parts = (value or "").split("|")
    if len(parts) < 4:
        return None
    month = parse_month(parts[0].strip())
    if month is None:
        return None
    paid = parts[3].strip() in ("1", "是", "已缴", "true", "True")
    return month, parts[1].strip(), parts[2].strip(), paid


def contributions(docs: Iterable[Document]) -> list[Contribution]:
    """Every contribution row of the given social_insurance documents."""
    out: list[Contribution] = []
    for doc in docs:
        for f in doc.all("contribution"):
            parsed = parse_contribution(f.value)
            if parsed is None:
                continue
            month, unit, base, paid = parsed
            if unit and not ORG_SUFFIX.search(re.sub(r"\s|[(（][^)）]*[)）]", "", unit)):
                unit = ""  # "查询期间", "个人缴费": no organisation's name, so no payer the row can prove
            out.append(Contribution(month, unit, base, paid, doc.filename, f.page, f.bbox, f.source))
    return out


# an OCR'd unit name this alike (rapidfuzz ratio of the whole printed names) to exactly one declared
# unit is that unit: trading a missed INSURED_UNIT_MISMATCH on a photographed statement for no false
# accusation (bench/zoo_audit.py: 兰州新区泰川区管理限务中心 ↔ 兰州新区秦川园区管理服务中心 is 81.5)
OCR_UNIT_RATIO = 80.0


def ocr_unit_slips(rows: list[Contribution], declared: Iterable[str], max_edits: int = 2) -> list[Contribution]:
    """Rows read by OCR whose unit is a declared unit with a glyph or two misread ("运管" for 运营,
    "民旅" for 民族), with the unit's code glued in front ("62016772兰州新区…"), or whose whole name
    is at least ``OCR_UNIT_RATIO`` alike to one declared unit only, name that unit:
    such a read is no evidence of another payer. The read stays in ``read_unit``. Text-layer rows
    and units further off are left as they are."""
    names = [d for d in declared if d]
    out = []
    for r in rows:
        out.append(r)
        if r.source != "ocr" or not r.unit or any(re.sub(r"\s", "", r.unit) == re.sub(r"\s", "", d) for d in names):
            continue
        unit = re.sub(r"^\d{5,}", "", r.unit)
        nr = normalize_unit(unit)
        near = {d for d in names if len(normalize_unit(d)) >= 6 and abs(len(normalize_unit(d)) - len(nr)) <= 1
                and Levenshtein.distance(normalize_unit(d), nr) <= max_edits}
        if not near:
            # several glyphs misread or lost over a long name ("甘市兰新民团结…" for 甘肃兰新民族团结…,
            # "兰州新区泰川区管理限务中心"): the whole printed names alike, one declared unit only
            compact = re.sub(r"\s", "", unit)
            near = {d for d in names if len(d) >= 10 and fuzz.ratio(re.sub(r"\s", "", d), compact) >= OCR_UNIT_RATIO}
        # a declared unit whole inside the read, after what OCR glued before it (a 险种 misread:
        # "企业职工基本券老保险甘肃兰新…有限公司")
        same = next((d for d in names if same_unit(unit, d)
                     or (len(d) >= 6 and re.sub(r"\s", "", d) in re.sub(r"\s", "", unit))), None)
        if same is None and len(near) == 1:
            same = near.pop()
        if same is not None:
            out[-1] = replace(r, unit=same, read_unit=r.unit)
    return out


def covered_period(rows: Sequence[Contribution]) -> Optional[tuple[Month, Month]]:
    """First and last month that the statements list (paid or not)."""
    if not rows:
        return None
    months = sorted(r.month for r in rows)
    return months[0], months[-1]


def paid_units(rows: Iterable[Contribution]) -> dict[Month, list[str]]:
    """Month → the distinct units that paid that month (paid=1 rows only).
    Units that are the same employer (``same_unit``) are kept once."""
    out: dict[Month, list[str]] = {}
    for r in rows:
        if not r.paid:
            continue
        units = out.setdefault(r.month, [])
        if not any(normalize_unit(r.unit) == normalize_unit(u) or same_unit(r.unit, u) for u in units):
            units.append(r.unit)
    return out


@dataclass
class Job:
    """A declared work item as a span of months (end None → the end month)."""
    index: int
    item: WorkItem
    start: Month
    end: Month
    months: list[Month] = dc_field(default_factory=list)


def declared_jobs(work_history: Sequence[WorkItem], until: Month) -> list[Job]:
    """Declared jobs with their months; a current job (end null) runs up to
    ``until`` (the submission month). A job ending after ``until`` is cut."""
    jobs = []
    for i, w in enumerate(work_history):
        start = parse_month(w.start)
        end = parse_month(w.end) if w.end else until
        if start is None or end is None:
            continue
        if months_between(until, end) > 0:
            end = until
        if months_between(start, end) < 0:
            continue
        jobs.append(Job(i, w, start, end, list(month_range(start, end))))
    return jobs


def declared_units(jobs: Sequence[Job]) -> dict[Month, list[Job]]:
    """Month → the declared jobs covering it."""
    out: dict[Month, list[Job]] = {}
    for j in jobs:
        for m in j.months:
            out.setdefault(m, []).append(j)
    return out


def run_ending_at(end: Month, ok: Callable[[Month], bool]) -> list[Month]:
    """The consecutive months ending at ``end`` (inclusive) for which ``ok``
    holds, oldest first; empty when ``end`` itself fails."""
    run: list[Month] = []
    cur = end
    while ok(cur) and len(run) < 1200:
        run.append(cur)
        cur = add_months(cur, -1)
    return list(reversed(run))


def compress(months: Iterable[Month]) -> list[str]:
    """Months as ranges: [2021-03, 2021-04, 2021-05, 2021-09] →
    ["2021-03至2021-05", "2021-09"]."""
    ms = sorted(set(months))
    out: list[str] = []
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and months_between(ms[j], ms[j + 1]) == 1:
            j += 1
        out.append(fmt(ms[i]) if i == j else f"{fmt(ms[i])}至{fmt(ms[j])}")
        i = j + 1
    return out


def overlap(a: Job, b: Job) -> list[Month]:
    """Months shared by two declared jobs."""
    sb = set(b.months)
    return [m for m in a.months if m in sb]


# ---------------------------------------------------------------- what the statements were read to cover

# a row-like line: a month, then a money amount or a status word (not a print date or a period)
_MONTH_TOKEN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:[-./年]\s*(\d{1,2})\s*月?|(0[1-9]|1[0-2]))(?![\d])")
_AMOUNT = re.compile(r"(?<![\d.])\d{3,}(?:\.\d+)?(?![\d])")
_NOT_A_ROW = re.compile(r"打印|出具|开具|制表|查询|生成|期间|起止|截至|截止|出生|有效|日期")
_PERIOD_LINE = re.compile(r"期间|起止|所属期|时段|查询|截至|截止")
_PRINT_LINE = re.compile(r"打印|出具|开具|制表|生成|查询日期")


@dataclass
class Cover:
    """What the statements were read to cover (issue 12.2: silence never accuses).

    ``read``: months with a row read (paid or not); ``covered``: months for which a
    missing row is a real gap (between the first and last row read of a statement, and
    its whole stated period when the parser says it read the statement in full);
    ``unread``: months printed in rows that the parser did not read; ``beyond``: months
    a statement states (period, print date) after its last row read.
    """
    read: set = dc_field(default_factory=set)
    covered: set = dc_field(default_factory=set)
    unread: set = dc_field(default_factory=set)
    beyond: set = dc_field(default_factory=set)
    periods: list = dc_field(default_factory=list)
    # a statement the parser says it did not read in full (rows or pages unread, a stated total
    # above the months read): its first row read is no proof that nothing came before
    incomplete: set = dc_field(default_factory=set)   # their file names
    partial: bool = False

    def unknown(self, m: Month) -> bool:
        """Nothing read says whether ``m`` was paid."""
        return m in self.unread or m in self.beyond or m not in self.covered


def _ym(year: str, month: str) -> Optional[Month]:
    m = int(month)
    return (int(year), m) if 1 <= m <= 12 else None


def _tokens(text: str) -> list[Month]:
    out = []
    for y, m1, m2 in _MONTH_TOKEN.findall(canon(text)):
        ym = _ym(y, m1 or m2)
        if ym:
            out.append(ym)
    return out


def _texts(doc: Document) -> list[str]:
    out = []
    for p in doc.pages:
        out += [ln.text for ln in p.lines]
        out += [" ".join(c or "" for c in row) for t in p.tables for row in t]
    return out


def row_months(text: str) -> list[Month]:
    """Months of a row-like line (a month and an amount or a status word; not a print date,
    a period or a birth date); a range row (2019.07-2020.06 …) gives every month."""
    if _NOT_A_ROW.search(text):
        return []
    toks = _tokens(text)
    rest = _MONTH_TOKEN.sub(" ", canon(text))
    if not toks or not (_AMOUNT.search(rest) or re.search(r"已缴|欠费|中断|补缴|未缴|正常|到账", rest)):
        return []
    if len(toks) == 2 and 0 < months_between(toks[0], toks[1]) <= 600:
        return list(month_range(toks[0], toks[1]))
    return toks


def printed_months(doc: Document) -> set[Month]:
    """Months printed in row-like lines of the document."""
    return {m for text in _texts(doc) for m in row_months(text)}


def stated_period(doc: Document) -> tuple[Optional[tuple[Month, Month]], Optional[Month]]:
    """(period the statement states, print month), from the parser's Coverage or its text."""
    cov = doc.coverage
    period = printed = None
    if cov is not None and cov.period:
        a, b = parse_month(cov.period[0]), parse_month(cov.period[1])
        period = (a, b) if a and b else None
    if cov is not None and cov.printed_on:
        printed = parse_month(cov.printed_on)
    for text in _texts(doc):
        toks = _tokens(text)
        if period is None and _PERIOD_LINE.search(text) and len(toks) >= 2:
            period = (toks[0], toks[1]) if months_between(toks[0], toks[1]) >= 0 else None
        if printed is None and _PRINT_LINE.search(text) and toks:
            printed = toks[0]
    return period, printed


def statement_cover(docs: Iterable[Document]) -> Cover:
    """What every social_insurance document was read to cover."""
    cover = Cover()
    for doc in docs:
        rows = contributions([doc])
        read = {r.month for r in rows}
        unread = printed_months(doc) - read
        period, printed = stated_period(doc)
        complete = bool(doc.coverage and doc.coverage.complete and doc.coverage.rows_read)
        covered: set[Month] = set()
        if read:
            covered.update(month_range(min(read), max(read)))
        if doc.coverage is not None and not complete:
            # rows it did not read may be any of the months between those it read (a misread
            # layout, a stated total above the months read): a month missing there is unknown
            cover.partial = True
            cover.incomplete.add(doc.filename)
            if read:
                unread |= covered - read
                covered = set(read)
        if complete and period:
            covered.update(month_range(*period))
        else:
            # a statement that says it runs past its last row read covers nothing after it
            ends = [m for m in (period[1] if period else None,
                                add_months(printed, -1) if printed else None) if m]
            last = max(read) if read else (period[0] if period else None)
            if ends and last is not None and months_between(last, max(ends)) > 0:
                cover.beyond.update(month_range(add_months(last, 1 if read else 0), max(ends)))
        cover.read |= read
        cover.covered |= covered - unread
        cover.unread |= unread
        cover.periods.append({"document": doc.filename, "rows_from": fmt(min(read)) if read else None,
                              "rows_to": fmt(max(read)) if read else None,
                              "stated_period": [fmt(m) for m in period] if period else None,
                              "printed": fmt(printed) if printed else None,
                              "unread_months": compress(unread), "complete": complete})
    cover.unread -= cover.read
    cover.beyond -= cover.read
    cover.covered -= cover.unread | cover.beyond
    return cover


def month_line(docs: Iterable[Document], m: Month) -> Optional[tuple[str, int, Optional[tuple]]]:
    """(document, page, box) of the first line that prints month ``m``."""
    for doc in docs:
        for p in doc.pages:
            for ln in p.lines:
                if m in row_months(ln.text):
                    return doc.filename, p.number, ln.bbox
    return None
