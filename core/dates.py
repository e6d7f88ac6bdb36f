"""Month arithmetic shared by the checks (timelines, years, retirement).

Text becomes a month or a day only through ``core.normalize`` (one rule for every
printed form); this module turns those values into numbers and counts with them.
"""
from __future__ import annotations

from datetime import date
from typing import Iterator, Optional

from . import normalize

Month = tuple[int, int]  # (year, month)


def parse_month(s: Optional[str]) -> Optional[Month]:
    """(year, month) of any month or date ``normalize.parse_month`` reads; None otherwise."""
    ym = normalize.parse_month(s)
    return (int(ym[:4]), int(ym[5:7])) if ym else None


def parse_day(s: Optional[str]) -> Optional[date]:
    """The first full date (year, month and day) in ``s``; None when only a month is printed."""
    d = normalize.parse_date(s) if isinstance(s, str) else None
    if not d or len(d) != 10:
        return None
    try:
        return date.fromisoformat(d)
    except ValueError:  # 2023-02-30
        return None


def month_of(d: date) -> Month:
    return (d.year, d.month)


def fmt(m: Month) -> str:
    return f"{m[0]:04d}-{m[1]:02d}"


def add_months(m: Month, n: int) -> Month:
    idx = m[0] * 12 + (m[1] - 1) + n
    return (idx // 12, idx % 12 + 1)


def months_between(a: Month, b: Month) -> int:
    """Number of months from a to b (b - a); inclusive count is this + 1."""
    return (b[0] * 12 + b[1]) - (a[0] * 12 + a[1])


def month_range(a: Month, b: Month) -> Iterator[Month]:
    """Every month from a to b inclusive."""
    cur = a
    while months_between(cur, b) >= 0:
        yield cur
        cur = add_months(cur, 1)


def add_months_date(d: date, n: int) -> date:
    y, m = add_months((d.year, d.month), n)
    # clamp the day to the month's length
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    raise ValueError(d)


def years_between(start: date, end: date) -> float:
    """Whole months between two dates, in years (for the years table)."""
    months = months_between((start.year, start.month), (end.year, end.month))
    if end.day < start.day:
        months -= 1
    return months / 12.0
