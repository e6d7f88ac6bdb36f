"""Property tests (hypothesis) for the small exact pieces every check leans on."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from checks.education import degree_number_problems, diploma_number_problems
from checks.timeline import compress
from core.normalize import parse_date
from core import dates, idcard

settings.register_profile("zcaudit", max_examples=150, deadline=None)
settings.load_profile("zcaudit")

regions = st.from_regex(r"[1-9][0-9]{5}", fullmatch=True)
births = st.dates(min_value=date(1930, 1, 1), max_value=date(2020, 12, 31))
months = st.tuples(st.integers(1950, 2050), st.integers(1, 12))


# ---------------------------------------------------------------- idcard

@given(regions, births, st.integers(0, 999))
def test_made_id_is_valid_and_round_trips(region, born, seq):
    n = idcard.make(region, born, seq)
    assert len(n) == 18 and idcard.is_valid(n)
    assert idcard.birth_date(n) == born
    assert idcard.gender(n) == ("男" if seq % 2 else "女")
    assert idcard.mask(n) == n[:4] + "*" * 12 + n[-2:]


@given(regions, births, st.integers(0, 999), st.integers(0, 17), st.integers(1, 10))
def test_any_single_character_change_is_invalid(region, born, seq, pos, delta):
    n = idcard.make(region, born, seq)
    alphabet = "0123456789X" if pos == 17 else "0123456789"
    cur = alphabet.index(n[pos])
    changed = alphabet[(cur + delta) % len(alphabet)]
    if changed == n[pos]:
        return
    bad = n[:pos] + changed + n[pos + 1:]
    assert not idcard.is_valid(bad), (n, bad)


# ---------------------------------------------------------------- dates

@given(months, st.integers(-600, 600))
def test_add_months_and_months_between_are_inverse(m, k):
    assert dates.months_between(m, dates.add_months(m, k)) == k
    assert dates.add_months(dates.add_months(m, k), -k) == m
    y, mo = dates.add_months(m, k)
    assert 1 <= mo <= 12


@given(months, st.integers(0, 240))
def test_month_range_length(m, k):
    end = dates.add_months(m, k)
    got = list(dates.month_range(m, end))
    assert len(got) == k + 1 and got[0] == m and got[-1] == end
    assert all(dates.months_between(a, b) == 1 for a, b in zip(got, got[1:]))


# ---------------------------------------------------------------- Chinese date styles

_CN = "〇一二三四五六七八九"


def _cn_small(n: int) -> str:
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


STYLES = [
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
    lambda d: f"{d.year} 年 {d.month} 月 {d.day} 日",
    lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    lambda d: f"{d.year}-{d.month}-{d.day}",
    lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    lambda d: "".join(_CN[int(c)] for c in str(d.year)) + f"年{_cn_small(d.month)}月{_cn_small(d.day)}日",
    lambda d: _fullwidth(f"{d.year}年{d.month:02d}月{d.day:02d}日"),
]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)),
       st.integers(0, len(STYLES) - 1), st.sampled_from(["", "毕业时间：", "于", "日期: "]))
def test_chinese_date_styles_parse_back(d, style, prefix):
    text = prefix + STYLES[style](d) + " 盖章"
    assert parse_date(text) == d.isoformat(), text


# ---------------------------------------------------------------- diploma numbers

# Written from contract §6, not from the code's tables: digits 1–5 school, 6 办学类型
# (1 普通, 5 成人, 6 自考/学历文凭 — another layout, 7 网络教育), 7–10 graduation year,
# 11–12 层次 (01 博士, 02 硕士, 04 第二学士学位, 05 本科, 06 专科/高职), 13–18 serial.
LEVEL_CODES = [("01", "博士研究生"), ("02", "硕士研究生"), ("04", "本科"), ("05", "本科"), ("06", "大专")]
TYPES = ["1", "5", "7"]


def _says(problems: list[str], problem) -> None:
    """No problem when ``problem`` is None, else one naming ``problem`` (the digits at fault)."""
    if problem is None:
        assert problems == [], problems
    else:
        assert any(problem in p for p in problems), problems


@pytest.mark.parametrize("number,graduation,level,problem", [
    ("107321201205001234", "2012-06", "本科", None),            # 10732 · 1 普通 · 2012 · 05 本科 · 001234
    ("107325201206000077", "2012-07", "大专", None),            # 5 成人 · 06 专科
    ("104227201702000001", "2017-06", "硕士研究生", None),       # 7 网络教育 · 02 硕士
    ("100011201901000003", "2019-06", "博士研究生", None),       # 01 博士
    ("107321201204001234", "2012-06", "本科", None),            # 04 第二学士学位 is a 本科 level
    ("107321201205001234", "2013-06", "本科", "第7–10位"),       # the year is 2012
    ("107321201205001234", "2012-06", "大专", "第11–12位"),      # 05 is 本科, not 专科
    ("107321201203001234", "2012-06", "本科", "第11–12位"),      # 03 is no 层次
    ("107323201205001234", "2012-06", "本科", "第6位"),          # 3 is no 办学类型
    ("10732120120500123", "2012-06", "本科", "18位"),            # 17 digits only in 2002
    ("10732120020500123", "2002-06", "本科", None),             # some schools kept 17 digits that year
    ("107326201205001234", "2012-06", "本科", None),            # 6 自考: another layout, not judged
    ("0012345", "1998-07", "本科", None),                       # before 2002: no layout
])
def test_diploma_number_known_answers(number, graduation, level, problem):
    _says(diploma_number_problems(number, graduation, level), problem)


@pytest.mark.parametrize("number,award,degree,problem", [
    ("1073242012001234", "2012-06", "学士", None),     # 10732 · 4 学士 · 2012 · 001234
    ("1000132018000009", "2018-06", "硕士", None),     # 3 硕士
    ("1000122021000011", "2021-06", "博士", None),     # 2 博士
    ("1073242012001234", "2012-06", "硕士", "第6位"),   # 4 is 学士
    ("1073242012001234", "2016-06", "学士", "第7–10位"),  # the year is 2012
])
def test_degree_number_known_answers(number, award, degree, problem):
    _says(degree_number_problems(number, award, degree), problem)


@given(st.from_regex(r"1[0-9]{4}", fullmatch=True), st.sampled_from(TYPES), st.integers(2003, 2030),
       st.sampled_from(LEVEL_CODES), st.from_regex(r"[0-9]{6}", fullmatch=True))
def test_diploma_number_built_from_year_and_level_has_no_problem(school, kind, year, level, serial):
    code, lvl = level
    number = f"{school}{kind}{year}{code}{serial}"
    assert diploma_number_problems(number, f"{year}-06", lvl) == []


@given(st.from_regex(r"1[0-9]{4}", fullmatch=True), st.sampled_from(TYPES), st.integers(2003, 2030),
       st.integers(1, 15), st.sampled_from(LEVEL_CODES), st.from_regex(r"[0-9]{6}", fullmatch=True))
def test_diploma_number_with_a_wrong_year_is_a_problem(school, kind, year, off, level, serial):
    code, lvl = level
    number = f"{school}{kind}{year - off}{code}{serial}"
    problems = diploma_number_problems(number, f"{year}-07", lvl)
    assert problems and any(str(year) in p and str(year - off) in p for p in problems)


# ---------------------------------------------------------------- timeline.compress

def _expand(ranges: list[str]) -> set[tuple[int, int]]:
    out = set()
    for r in ranges:
        a, _, b = r.partition("至")
        out.update(dates.month_range(dates.parse_month(a), dates.parse_month(b or a)))
    return out


@given(st.sets(st.tuples(st.integers(2000, 2006), st.integers(1, 12)), max_size=60))
def test_compress_expands_back_to_the_month_set(ms):
    ranges = compress(ms)
    assert _expand(ranges) == ms
    # maximal runs: two consecutive ranges never touch
    ends = [dates.parse_month(r.partition("至")[2] or r) for r in ranges]
    starts = [dates.parse_month(r.partition("至")[0]) for r in ranges]
    assert all(dates.months_between(e, s) > 1 for e, s in zip(ends, starts[1:]))
