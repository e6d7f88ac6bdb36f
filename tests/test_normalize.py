"""Normalisation tables: dates, digits, IDs, names, numbers, levels, results."""
from __future__ import annotations

from datetime import date

import pytest

from core import dates
from core import normalize as n


@pytest.mark.parametrize("raw,want", [
    ("2012年6月30日", "2012-06-30"), ("2012年06月", "2012-06"), ("2012.06", "2012-06"),
    ("2012.6.30", "2012-06-30"), ("2012/06/30", "2012-06-30"), ("2012-06", "2012-06"),
    ("二〇一二年六月三十日", "2012-06-30"), ("二零一二年六月", "2012-06"), ("二〇一二年十二月", "2012-12"),
    ("二○一七年十一月二十一日", "2017-11-21"), ("２０１２年０６月３０日", "2012-06-30"),
    ("于 2013 年 9 月入学", "2013-09"), ("2023-05-10 10:20:30", "2023-05-10"),
    ("无日期", None), ("2012年13月", None), ("62-1055/TP", None),
    # 〇 read by OCR as another round letter (a 学位证书's date "二Q一二年六月一日"); no year outside 19xx/20xx
    ("二Q一二年六月一日", "2012-06-01"), ("二D一O年九月", "2010-09"), ("QQ一二年六月", None),
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
    ("研究生", "硕士研究生"), ("第二学士", "本科"), ("本 科", "本科"), ("技工院校中级工", "技工院校中级工班"),
])
def test_normalize_level(raw, want):
    assert n.normalize_level(raw) == want


@pytest.mark.parametrize("raw,want", [
    ("优秀", "优秀"), ("基本称职", "基本合格"), ("不称职", "不合格"), ("基本合格", "基本合格"), ("合格", "合格"),
    ("称职", "称职"), ("良好", None), ("基本 合格", "基本合格"),
])
def test_normalize_result(raw, want):
    assert n.normalize_result(raw) == want


@pytest.mark.parametrize("a,b,same", [
    ("张伟", "张 伟", True), ("张伟", "张玮", False), ("阿依古丽·买买提", "阿依古丽买买提", True),
    ("王强1*", "王强", True), ("ＬＩ Ｎａ", "li na", True), ("李娜（通讯作者）", "李娜", True),
])
def test_name_key_forgives_only_trivial_differences(a, b, same):
    assert (n.name_key(a) == n.name_key(b)) is same


def test_codes_compare_on_letters_and_digits():
    assert n.normalize_code("1073 2120-1705 0012 34") == "107321201705001234"
    assert n.normalize_code("ａｂ１２") == "AB12"
    assert n.normalize_code(None) == ""


def test_months_and_days_share_the_normalise_rules():
    assert dates.parse_month("2019-07") == dates.parse_month("2019年7月") == dates.parse_month("201907") == (2019, 7)
    assert dates.parse_month("二〇一九年七月") == (2019, 7)
    assert dates.parse_month("2019-13") is None and dates.parse_month("") is None and dates.parse_month(None) is None
    assert dates.parse_day("有效期至2024年5月6日") == date(2024, 5, 6)
    assert dates.parse_day("2024-05") is None and dates.parse_day("2023-02-30") is None


def test_halfwidth_and_canon():
    assert n.to_halfwidth("ＡＢ１２：（）") == "AB12:()"
    assert n.canon("于二〇一三年九月入学") == "于2013年9月入学"


def test_repair_org_name_restores_a_legal_form_hidden_by_a_seal():
    assert n.repair_org_name("兰州新区城投建设有公司") == "兰州新区城投建设有限公司"
    assert n.repair_org_name("兰州新区城投建设有限司") == "兰州新区城投建设有限公司"
    assert n.repair_org_name("甘肃众诚人力资源管理有限责任司") == "甘肃众诚人力资源管理有限责任公司"
    assert n.repair_org_name("兰州交通大学") == "兰州交通大学"
    assert n.repair_org_name("兰州新区城投建设有限公司") == "兰州新区城投建设有限公司"


def test_repair_school_name_restores_misread_suffixes_only():
    assert n.repair_school_name("重庆木学") == "重庆大学"
    assert n.repair_school_name("长安太学") == "长安大学"
    assert n.repair_school_name("兰州理工学阮") == "兰州理工学院"
    assert n.repair_school_name("兰州交通木学博文学院") == "兰州交通大学博文学院"
    assert n.repair_school_name("兰州交通大学") == "兰州交通大学"
    assert n.repair_school_name("甘肃林业职业技术学院") == "甘肃林业职业技术学院"


def test_a_chinese_numeral_year_whose_zero_ocr_read_as_a_digit():
    from core.normalize import parse_date
    assert parse_date("二0一五年六月一日") == "2015-06-01"
    assert parse_date("二O一二年六月三十日") == "2012-06-30"
    assert parse_date("2015年6月1日") == "2015-06-01"
