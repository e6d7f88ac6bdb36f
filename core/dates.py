"""Month arithmetic shared by the checks (timelines, years, retirement)."""
from __future__ import annotations

from datetime import date
from typing import Iterator, Optional

Month = tuple[int, int]  # (year, month)


def parse_month(s: str | None) -> Optional[Month]:
    if not s:
        return None
    try:
        y, m = s[:7].split("-")
        y_i, m_i = int(y), int(m)
    except (ValueError, AttributeError):
        return None
    if not 1 <= m_i <= 12:
        return None
    return (y_i, m_i)


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
