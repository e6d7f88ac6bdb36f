"""Statutory retirement dates (contract §6), including the 2025 reform boundaries."""
from __future__ import annotations

from datetime import date

import pytest

from core.retirement import retirement, retirement_date, retirement_month


@pytest.mark.parametrize("birth, gender, group, expected", [
    # the three examples of contract §6
    (date(1965, 1, 10), "男", "55", "2025-02"),
    (date(1965, 12, 10), "男", "55", "2026-03"),
    (date(1971, 4, 10), "女", "55", "2026-08"),
])
def test_contract_examples(birth, gender, group, expected):
    assert retirement_month(birth, gender, group) == expected


def test_last_cohort_before_reform_keeps_old_age():
    r = retirement(date(1964, 12, 20), "男")
    assert (r.month, r.delay_months, r.rule) == ("2024-12", 0, "old")
    r = retirement(date(1969, 12, 20), "女")
    assert (r.month, r.delay_months, r.rule) == ("2024-12", 0, "old")
    r = retirement(date(1974, 12, 20), "女", "50")
    assert (r.month, r.delay_months, r.rule) == ("2024-12", 0, "old")


def test_one_month_per_four_months_of_birth():
    # men: 1965-01..04 → +1, 1965-05 → +2
    assert retirement(date(1965, 4, 1), "男").delay_months == 1
    assert retirement(date(1965, 5, 1), "男").delay_months == 2
    assert retirement_month(date(1965, 5, 1), "男") == "2025-07"
    # women (55 group): first cohort 1970-01
    assert retirement_month(date(1970, 1, 1), "女") == "2025-02"


def test_women_50_group_one_month_per_two_months():
    assert retirement_month(date(1975, 1, 5), "女", "50") == "2025-02"
    assert retirement_month(date(1975, 3, 5), "女", "50") == "2025-05"  # +2


def test_caps():
    r = retirement(date(1990, 6, 1), "男")
    assert (r.delay_months, r.month) == (36, "2053-06")   # 63 years
    r = retirement(date(1990, 6, 1), "女")
    assert (r.delay_months, r.month) == (36, "2048-06")   # 58 years
    r = retirement(date(1990, 6, 1), "女", "50")
    assert (r.delay_months, r.month) == (60, "2045-06")   # 55 years
    # cap reached exactly: man born 1976-12 is 144 months after 1964-12 → 36
    assert retirement(date(1976, 12, 1), "男").delay_months == 36
    assert retirement(date(1976, 8, 1), "男").delay_months == 35


def test_day_is_kept_and_clamped():
    assert retirement_date(date(1960, 3, 15), "男") == date(2020, 3, 15)
    # 1965-01-31 + 60 years + 1 month → February has no 31st: clamped
    assert retirement_date(date(1964, 2, 29), "男") == date(2024, 2, 29)
    assert retirement_date(date(1965, 1, 31), "男") == date(2025, 2, 28)


def test_bad_gender_or_group_raises():
    with pytest.raises(ValueError):
        retirement_date(date(1970, 1, 1), "X")
    with pytest.raises(ValueError):
        retirement_date(date(1970, 1, 1), "女", "45")
