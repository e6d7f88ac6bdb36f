"""Month-by-month timelines: declared work vs social-insurance contributions.

Plain functions (no findings here) so that the insurance rules in
``checks/insurance.py`` read as set operations on months, and so that the
month arithmetic is tested on its own. Months are ``(year, month)`` tuples
from ``core.dates``.
"""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from typing import Callable, Iterable, Optional, Sequence

from core.dates import Month, add_months, fmt, month_range, months_between, parse_month
from core.models import Document, WorkItem

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
            out.append(Contribution(month, unit, base, paid, doc.filename, f.page, f.bbox))
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
