"""Normalisation tables: dates, digits, IDs, names, numbers, levels, results."""
from __future__ import annotations

import pytest

from core import normalize as n


@pytest.mark.parametrize("raw,want", [
    ("2012年6月30日", "2012-06-30"), ("2012年06月", "2012-06"), ("2012.06", "2012-06"),
    ("2012.6.30", "2012-06-30"), ("2012/06/30", "2012-06-30"), ("2012-06", "2012-06"),
    ("二〇一二年六月三十日", "2012-06-30"), ("二零一二年六月", "2012-06"), ("二〇一二年十二月", "2012-12"),
    ("二○一七年十一月二十一日", "2017-11-21"), ("２０１２年０６月３０日", "2012-06-30"),
    ("于 2013 年 9 月入学", "2013-09"), ("2023-05-10 10:20:30", "2023-05-10"),
    ("无日期", None), ("2012年13月", None), ("62-1055/TP", None),
])
def test_parse_date(raw, want):
    assert n.parse_date(raw) == want


@pytest.mark.parametrize("raw,want", [
    ("201907", "2019-07"), ("2019-07", "2019-07"), ("2019年7月", "2019-07"), ("2019.07", "2019-07"),
    ("201913", None), ("4500", None),
])
def test_parse_month(raw, want):
    assert n.parse_month(raw) == want


@pytest.mark.parametrize("raw,want", [
    ("620102199005171234", "620102199005171234"),
    ("62O1O2199OO5171234", "620102199005171234"),      # repaired: check digit then holds
    ("6201 0219 9005 1712 34", "620102199005171234"),
    ("６２０１００１９９０１００５１７１ｘ", "62010019901005171X"),
    ("62O1O2199OO5171235", "62O1O2199OO5171235"),      # repair would not validate: left as read
    ("620102199005171235", "620102199005171235"),      # a real bad check digit is not "fixed"
])
def test_normalize_id_number(raw, want):
    assert n.normalize_id_number(raw) == want


@pytest.mark.parametrize("raw,want", [
    ("1O5O5120130600ll23", "105051201306001123"), ("1073 2120 1705 0012 34", "107321201705001234"),
    ("ab12", "AB12"),
])
def test_normalize_cert_no(raw, want):
    assert n.normalize_cert_no(raw) == want


def test_fix_digits_only_maps_confusions():
    assert n.fix_digits("O o l I | Z S B") == "0 0 1 1 1 2 5 8"


@pytest.mark.parametrize("raw,want", [
    ("张 伟", "张伟"), (" 李　娜：", "李娜"), ("王强1*", "王强"), ("买买提·艾力", "买买提·艾力"), ("张伟,", "张伟"),
])
def test_normalize_name(raw, want):
    assert n.normalize_name(raw) == want


@pytest.mark.parametrize("raw,want", [
    ("12.3%", "12.3"), ("12.30 %", "12.3"), ("0%", "0"), ("１５％", "15"), ("0.5%", "0.5"),
])
def test_normalize_percent(raw, want):
    assert n.normalize_percent(raw) == want


@pytest.mark.parametrize("raw,want", [
    ("4,500.00", "4500"), ("4523.50", "4523.5"), ("4523.5", "4523.5"), ("¥3,800", "3800"), ("无", None),
])
def test_normalize_number(raw, want):
    assert n.normalize_number(raw) == want


@pytest.mark.parametrize("raw,want", [
    ("本科", "本科"), ("专科", "大专"), ("高职", "大专"), ("专科起点本科", "本科"), ("硕士研究生", "硕士研究生"),
    ("博士", "博士研究生"), ("中专", "中专"), ("小学", None),
])
def test_normalize_level(raw, want):
    assert n.normalize_level(raw) == want


@pytest.mark.parametrize("raw,want", [
    ("优秀", "优秀"), ("基本称职", "基本合格"), ("不称职", "不合格"), ("基本合格", "基本合格"), ("合格", "合格"),
    ("称职", "称职"), ("良好", None),
])
def test_normalize_result(raw, want):
    assert n.normalize_result(raw) == want


def test_halfwidth_and_canon():
    assert n.to_halfwidth("ＡＢ１２：（）") == "AB12:()"
    assert n.canon("于二〇一三年九月入学") == "于2013年9月入学"


def test_repair_org_name_restores_a_legal_form_hidden_by_a_seal():
    from core.normalize import repair_org_name
    assert repair_org_name("兰州新区城投建设有公司") == "兰州新区城投建设有限公司"
    assert repair_org_name("兰州新区城投建设有限司") == "兰州新区城投建设有限公司"
    assert repair_org_name("甘肃众诚人力资源管理有限责任司") == "甘肃众诚人力资源管理有限责任公司"
    assert repair_org_name("兰州交通大学") == "兰州交通大学"
    assert repair_org_name("兰州新区城投建设有限公司") == "兰州新区城投建设有限公司"


def test_repair_school_name_restores_misread_suffixes_only():
    from core.normalize import repair_school_name
    assert repair_school_name("重庆木学") == "重庆大学"
    assert repair_school_name("长安太学") == "长安大学"
    assert repair_school_name("兰州理工学阮") == "兰州理工学院"
    assert repair_school_name("兰州交通木学博文学院") == "兰州交通大学博文学院"
    assert repair_school_name("兰州交通大学") == "兰州交通大学"
    assert repair_school_name("甘肃林业职业技术学院") == "甘肃林业职业技术学院"
