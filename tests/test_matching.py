"""Unit comparison: the region's place prefixes are policy data, not code."""
from __future__ import annotations

from checks.matching import normalize_unit, same_unit
import tomllib

from core.policy import POLICY_DIR, unit_prefixes


def test_the_region_prefixes_come_from_the_general_policy_file():
    with (POLICY_DIR / "_general.toml").open("rb") as fh:
        assert tuple(tomllib.load(fh)["unit_prefixes"]) == unit_prefixes()
    assert unit_prefixes()[:3] == ("兰州新区", "甘肃省", "甘肃")


def test_a_re_prefixed_unit_is_the_same_unit_but_a_short_name_keeps_its_place():
    assert same_unit("兰州新区自来水供水有限公司", "自来水供水有限公司")
    assert same_unit("甘肃省建设工程检测中心", "建设工程检测中心")
    assert normalize_unit("甘肃银行") == "甘肃银行"   # stripping would leave fewer than 4 characters
    assert not same_unit("兰州新区水务集团有限公司", "兰州新区城投集团有限公司")


def test_a_unit_code_printed_with_the_name_is_the_same_unit_but_another_name_is_not():
    assert same_unit("兰州新区第三人民医院", "62012199913 兰州新区第三人民医院")
    assert same_unit("兰州新区第三人民医院", "兰州新区第三人民医院91620100MA71234X5K")
    assert not same_unit("兰州新区第三人民医院", "62012199913 兰州新区第一人民医院")
