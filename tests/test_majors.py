"""The major catalogue (core/data/majors.toml) and the 相近 relation."""
from __future__ import annotations

import tomllib

import pytest

from checks.major import (CLOSE, DIFFERENT, MAJORS_FILE, RELATED, SAME, UNKNOWN, clean, core,
                          load_catalogue, majors_close, relation)


def test_catalogue_members_belong_to_one_group_only():
    data = tomllib.loads(MAJORS_FILE.read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for group, members in data["groups"].items():
        assert 5 <= len(members) <= 20, group
        for m in members:
            key = clean(m)
            assert seen.setdefault(key, group) == group, f"{m} in {seen[key]} and {group}"
    groups = set(data["groups"])
    for s in data["related"]["sets"]:
        assert set(s) <= groups, s
    assert {"土木类", "建筑类", "水利类", "计算机类", "电子信息类", "会计类", "中国语言文学类"} <= groups


def test_normalisation():
    assert clean(" 土木 工程 专业 ") == "土木工程"
    assert clean("土木工程（建筑工程方向）") == "土木工程"
    assert clean("小学语文") == "语文"
    assert core("土木工程") == "土木"
    assert core("安全工程") == "安全"


@pytest.mark.parametrize("studied, applied, expected", [
    ("土木工程", "土木工程专业", SAME),
    ("土木工程", "土木", SAME),
    ("土木工程", "建筑工程", CLOSE),
    ("工业与民用建筑", "道路与桥梁工程", CLOSE),
    ("汉语言文学", "小学语文", CLOSE),
    ("会计学", "财务管理", CLOSE),
    ("土木工程", "水利水电工程", RELATED),
    ("电子信息工程", "计算机应用技术", RELATED),
    ("会计学", "工商管理", RELATED),
    ("会计学", "计算机科学与技术", DIFFERENT),
    ("机械设计制造及其自动化", "土木工程", DIFFERENT),
    ("汉语言文学", "土木工程", DIFFERENT),
    ("考古学", "土木工程", UNKNOWN),
])
def test_relation(studied, applied, expected):
    assert relation(studied, applied) == expected


def test_fuzzy_and_contained_names_find_their_group():
    cat = load_catalogue()
    assert cat.group_of("计算机科学与技朮") == "计算机类"     # one character mistyped
    assert cat.group_of("建筑工程技术与管理") == "土木类"      # contains a known name
    assert cat.group_of("量子力学史") is None                  # nothing close: not guessed


def test_majors_close_is_none_when_unknown():
    assert majors_close("考古学", "土木工程") is None
    assert majors_close("土木工程", "建筑工程") is True
    assert majors_close("会计学", "土木工程") is False


def test_law_and_finance_are_judged_not_skipped():
    from checks.major import relation
    assert relation("法学", "化学工程与工艺") == "different"
    assert relation("金融学", "土木工程") == "different"
    assert relation("法学", "法律") in ("same", "close")
