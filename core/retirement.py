"""Statutory retirement dates, including the 2025 gradual reform.

Why a module of its own: the 2024 notice (一) closes evaluation to anyone who
reaches retirement age in the application year, and from 2025-01-01 that age
depends on the month of birth (NPC Standing Committee decision of
2024-09-13, 《关于实施渐进式延迟法定退休年龄的决定》):

* men (base age 60) born after 1964-12 and women of the 55 group born after
  1969-12 retire one month later per 4 months of birth after that month, up to
  36 months (men → 63, women → 58);
* women of the 50 group (工人岗位, ``post = "worker"``) born after 1974-12: one
  month per 2 months, up to 60 months (→ 55).

The cohorts are derived from ``reform_from``: the first cohort is the one whose
old retirement month is the reform's first month (2025-01 − 60 years = 1965-01
for men). The decision's own table fixes months, so the month is what counts;
the day of the returned date is the birth day (clamped to the month's length).

Contract §6 examples: a man born 1965-01 retires 2025-02, born 1965-12 retires
2026-03; a woman (55) born 1971-04 retires 2026-08.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dates import Month, add_months, add_months_date, fmt, months_between

REFORM_FROM = date(2025, 1, 1)

# group → (base age in years, months of birth per month of delay, cap in months)
_GROUPS: dict[str, tuple[int, int, int]] = {
    "60": (60, 4, 36),   # men
    "55": (55, 4, 36),   # women, professional-technical / cadre posts
    "50": (50, 2, 60),   # women, worker posts
}


@dataclass(frozen=True)
class Retirement:
    """The computed retirement, with what a reviewer needs to follow it."""
    date: date
    base_age: int
    delay_months: int
    rule: str  # "old" (before the reform) or "reform2025"

    @property
    def month(self) -> str:
        return f"{self.date:%Y-%m}"

    @property
    def rule_zh(self) -> str:
        if self.rule == "old":
            return f"原法定退休年龄{self.base_age}周岁"
        return f"2025年渐进式延迟退休规定（{self.base_age}周岁延迟{self.delay_months}个月）"


def group_of(gender: str, group: str = "55") -> str:
    """Men are always the 60 group; women are "55" (default: professional posts) or "50"."""
    if gender in ("男", "M", "male"):
        return "60"
    if gender in ("女", "F", "female"):
        if group not in ("55", "50"):
            raise ValueError(f"unknown women's retirement group {group!r} (use '55' or '50')")
        return group
    raise ValueError(f"unknown gender {gender!r}")


def group_for(gender: str, post: str = "professional") -> str:
    """The retirement group of an applicant (contract §1 ``post``, §6): men "60"; women in
    专业技术/管理 posts "55", women in 工人 posts "50"."""
    if gender in ("男", "M", "male"):
        return "60"
    return "50" if post == "worker" else "55"


def retirement(birth: date, gender: str, group: str = "55", reform_from: date = REFORM_FROM) -> Retirement:
    """Retirement date and the rule that produced it."""
    g = group_of(gender, group)
    base_age, per, cap = _GROUPS[g]
    reform_month: Month = (reform_from.year, reform_from.month)
    # last birth month still under the old rule: its base retirement month is just before the reform
    last_old_cohort = add_months(reform_month, -12 * base_age - 1)
    k = months_between(last_old_cohort, (birth.year, birth.month))
    if k <= 0:
        delay, rule = 0, "old"
    else:
        delay, rule = min(cap, -(-k // per)), "reform2025"  # ceil(k / per)
    return Retirement(add_months_date(birth, 12 * base_age + delay), base_age, delay, rule)


def retirement_date(birth: date, gender: str, group: str = "55", reform_from: date = REFORM_FROM) -> date:
    """Statutory retirement date (see the module docstring for the rules)."""
    return retirement(birth, gender, group, reform_from).date


def retirement_month(birth: date, gender: str, group: str = "55", reform_from: date = REFORM_FROM) -> str:
    """The retirement month as ``YYYY-MM``."""
    r = retirement(birth, gender, group, reform_from)
    return fmt((r.date.year, r.date.month))
