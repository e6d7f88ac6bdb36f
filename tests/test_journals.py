"""Journal facts: ISSN check digit, CN grammar, the core catalogue."""
from __future__ import annotations

import pytest

from checks.journals import (Catalogue, cn_problem, cached_catalogue, issn_check_digit, is_valid_cn,
                             is_valid_issn, load_catalogue, normalize_cn, normalize_issn)


@pytest.mark.parametrize("issn", ["1000-9825", "0254-4164", "1001-506X"])  # 软件学报, 计算机学报, 系统工程与电子技术
def test_real_issns_are_valid(issn):
    assert is_valid_issn(issn)
    assert issn_check_digit(issn.replace("-", "")[:7]) == issn[-1]


def test_check_digit_rules_10_is_x_and_11_is_0():
    assert issn_check_digit("1001506") == "X"     # 11 - 45 % 11 = 10
    assert issn_check_digit("0000000") == "0"     # 11 - 0 = 11 → 0
    assert issn_check_digit("0254416") == "4"


@pytest.mark.parametrize("issn", ["1000-9826", "0254-4165", "1001-5060", "1001-506", "ABCD-1234", "", None])
def test_wrong_check_digit_or_malformed_is_invalid(issn):
    assert not is_valid_issn(issn)


def test_issn_spellings_normalise():
    assert normalize_issn("ISSN 1001-506x") == "1001-506X"
    assert normalize_issn("ISSN：1000－9825") == "1000-9825"  # full-width colon and hyphen
    assert normalize_issn("10009825") == "1000-9825"
    assert is_valid_issn(f"1234-567{issn_check_digit('1234567')}")


def test_cn_region_and_serial():
    assert is_valid_cn("CN 62-1055/TP")
    assert is_valid_cn("62-1055/G4")
    assert is_valid_cn("11-2127/R")
    assert "99" in cn_problem("99-1055/TP")          # no such province
    assert "9999" in cn_problem("62-9999/TP")        # not a printed-periodical serial
    assert not is_valid_cn("62-1055")               # class missing
    assert not is_valid_cn("62-1055/tp1x")
    assert normalize_cn("ＣＮ６２－１０５５／ＴＰ") == "62-1055/TP"


@pytest.mark.parametrize("region,ok", [("11", True), ("15", True), ("16", False), ("46", True), ("47", False),
                                        ("50", True), ("65", True), ("66", False), ("71", False)])
def test_cn_region_boundaries(region, ok):
    assert is_valid_cn(f"{region}-1055/TP") is ok


def _write(tmp_path, text):
    p = tmp_path / "core.csv"
    p.write_text(text, encoding="utf-8-sig")
    return p


def test_catalogue_lookups(tmp_path):
    cat = load_catalogue(_write(tmp_path, "title,issn,cn,level\n计算机学报,0254-4164,11-1826/TP,北大核心\n"
                                          "软件学报,ISSN 1000-9825,,core\n甘肃科技,1000-0952,62-1130/N,省级\n"))
    assert len(cat) == 3 and isinstance(cat, Catalogue)
    assert cat.find(issn="0254-4164")[1] == "issn"
    assert cat.find(cn="CN 11-1826/TP")[1] == "cn"
    assert cat.find(title="《 计算机学报 》")[1] == "title"
    assert cat.is_core(issn="1000-9825")
    assert not cat.is_core(issn="1000-0952")        # listed, but not as core
    assert not cat.is_core(issn="1001-506X", title="系统工程与电子技术")


def test_missing_catalogue(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_catalogue(tmp_path / "nope.csv")
    assert cached_catalogue(tmp_path / "nope.csv") is None
