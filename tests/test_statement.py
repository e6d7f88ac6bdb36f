"""Contribution statements: pages without a repeated header, other column orders, merged ranges,
status words, and the coverage that says what was (not) read."""
from __future__ import annotations

import pytest

from core.models import Page
from extractors.base import parser_for
from extractors.parsers import load_all
from tests.factories import doc_from_tables, doc_from_text, field_map

load_all()
U = "兰州新区建设有限公司"


def _parse(text: str):
    doc = doc_from_text(text, "social_insurance")
    return doc, field_map(parser_for("social_insurance")(doc))


def test_rows_after_a_page_break_without_a_repeated_header_are_read():
    page1 = ("参保缴费明细\n姓名：张伟 公民身份号码：620102199005171234\n查询期间：2023年11月至2024年03月\n"
             f"| 费款所属期 | 缴费单位 | 缴费基数 | 缴费状态 |\n| 2023-11 | {U} | 5000 | 正常 |\n"
             f"| 2023-12 | {U} | 5000 | 正常 |\n")
    page2 = f"| 2024-01 | {U} | 5200 | 正常 |\n| 2024-02 | {U} | 5200 | 欠费 |\n"
    # page 3 repeats a header in another column order and wording
    page3 = (f"| 缴费标志 | 缴费工资 | 单位名称 | 年月 |\n| 正常 | 5200 | {U} | 202403 |\n"
             "打印日期：2024年04月02日\n")
    doc, got = _parse(page1 + "=== page ===\n" + page2 + "=== page ===\n" + page3)
    assert got["contribution"] == [f"2023-11|{U}|5000|1", f"2023-12|{U}|5000|1", f"2024-01|{U}|5200|1",
                                   f"2024-02|{U}|5200|0", f"2024-03|{U}|5200|1"]
    cov = doc.coverage
    assert (cov.rows_read, cov.pages_with_rows, cov.pages_total) == (5, [1, 2, 3], 3)
    assert cov.period == ("2023-11", "2024-03") and cov.printed_on == "2024-04-02"
    assert cov.unread == [] and cov.complete


def test_merged_ranges_with_month_counts_and_status_words():
    text = ("参保缴费证明\n兹证明张伟（公民身份号码：620102199005171234）参加基本养老保险，缴费情况如下：\n"
            "| 起止年月 | 月数 | 缴费单位 | 缴费基数 | 缴费状态 |\n"
            f"| 2020.09-2020.09 | 1 | {U} | 4120.5 | 补缴 |\n"
            f"| 2020.10-2020.12 | 3 | {U} | 4120.5 | 正常 |\n"
            f"| 2021.01-2021.01 | 1 | {U} | 4285 | 中断 |\n"
            f"| 2021.02-2021.03 | 2 | {U} | 4285 | 欠费 |\n"
            "合计缴费月数：4个月\n")
    doc, got = _parse(text)
    assert got["name"] == "张伟"
    assert got["contribution"] == [
        f"2020-09|{U}|4120.5|1", f"2020-10|{U}|4120.5|1", f"2020-11|{U}|4120.5|1", f"2020-12|{U}|4120.5|1",
        f"2021-01|{U}|4285|0", f"2021-02|{U}|4285|0", f"2021-03|{U}|4285|0"]
    assert doc.meta["contribution_status"] == {"2020-09": "补缴", "2021-01": "中断", "2021-02": "欠费",
                                                "2021-03": "欠费"}
    assert doc.coverage.complete and doc.coverage.rows_read == 4


def test_a_range_whose_month_count_disagrees_is_unread_not_guessed():
    text = ("参保缴费证明\n姓名：张伟\n| 起止年月 | 月数 | 缴费单位 | 缴费基数 | 缴费状态 |\n"
            f"| 2020.10-2020.12 | 2 | {U} | 4120.5 | 正常 |\n| 2021.01-2021.02 | 2 | {U} | 4285 | 正常 |\n")
    doc, got = _parse(text)
    assert got["contribution"] == [f"2021-01|{U}|4285|1", f"2021-02|{U}|4285|1"]
    assert doc.coverage.unread == ["p1: 2020-10~2020-12: 月数2≠3"] and not doc.coverage.complete


def test_a_page_of_rows_that_could_not_be_read_is_reported():
    page1 = (f"缴费明细\n姓名：张伟\n缴费年月 单位名称 缴费基数 缴费状态\n2023-01 {U} 5000 正常\n"
             f"2023-02 {U} 5000 正常\n")
    page2 = f"2023-03 {U} 5000 ???\n2023-04 {U} 5000 ???\n"   # status words the parser does not know
    doc, got = _parse(page1 + "=== page ===\n" + page2)
    assert len(got["contribution"]) == 2
    assert doc.coverage.pages_with_rows == [1]
    assert doc.coverage.unread[0] == "p2" and not doc.coverage.complete


def test_a_page_without_text_and_a_short_total_make_coverage_incomplete():
    doc = doc_from_text(f"缴费明细\n姓名：张伟\n缴费年月 单位名称 缴费基数\n2023-01 {U} 5000\n累计缴费月数：3个月",
                        "social_insurance")
    doc.pages.append(Page(number=2, width=595, height=842, text_source="none"))  # OCR failed on it
    parser_for("social_insurance")(doc)
    assert doc.coverage.unread == ["p2", "合计3个月，读出1个月"]
    assert not doc.coverage.complete


def test_no_rows_at_all_is_not_complete():
    doc, got = _parse("参保证明\n姓名：张伟\n该同志自2019年7月起参加基本养老保险。")
    assert "contribution" not in got
    assert doc.coverage.rows_read == 0 and not doc.coverage.complete


def test_two_page_pdf_statement_read_through_the_reader(tmp_path):
    """A real text-layer PDF: page 2 continues the table without a header; each row keeps its box."""
    import pymupdf
    from extractors.reader import read_document
    doc = pymupdf.open()
    months = [f"2023-{m:02d}" for m in range(1, 13)] + [f"2024-{m:02d}" for m in range(1, 7)]
    rows = [(m, U, "5000.00", "正常") for m in months]
    pages = [[("费款所属期", "缴费单位", "缴费基数", "缴费状态")] + rows[:10], rows[10:]]
    for k, chunk in enumerate(pages):
        page = doc.new_page()
        y = 80
        if k == 0:
            page.insert_text((60, 50), "参保缴费明细", fontname="china-s", fontsize=16)
            page.insert_text((60, 70), "姓名：张伟", fontname="china-s", fontsize=10)
        for row in chunk:
            for j, cell in enumerate(row):
                page.insert_text((60 + 120 * j, y), cell, fontname="china-s", fontsize=10)
            y += 18
    doc.save(tmp_path / "s.pdf")
    (d,) = read_document(tmp_path / "s.pdf", "T")
    assert d.doc_type == "social_insurance"
    got = [f for f in d.fields if f.name == "contribution"]
    assert [f.value.split("|")[0] for f in got] == months
    assert [f.page for f in got].count(2) == 8 and all(f.bbox is not None for f in got)
    assert d.coverage.pages_with_rows == [1, 2] and d.coverage.complete


def test_a_period_up_to_now_ends_at_the_print_date():
    doc, _ = _parse(f"参保缴费证明\n姓名：张伟\n缴费起止：2023年01月至今\n缴费年月 单位名称 缴费基数\n2023-01 {U} 5000\n"
                    "打印日期：2023年03月02日")
    assert doc.coverage.period == ("2023-01", "2023-03") and doc.coverage.printed_on == "2023-03-02"


def test_pages_the_reader_could_not_read_are_unread():
    from core.models import StageError
    doc = doc_from_text(f"缴费明细\n姓名：张伟\n缴费年月 单位名称 缴费基数\n2023-01 {U} 5000", "social_insurance")
    doc.errors.append(StageError(stage="page", page=2, message="第2页无法读取"))
    doc.meta["pdf"] = {"cut_short": True, "pages_missing": [], "pages_partial": [1]}
    parser_for("social_insurance")(doc)
    assert doc.coverage.unread == ["p2", "p1: 文件截断"] and not doc.coverage.complete


def test_an_ocr_slip_in_one_rows_unit_is_settled_but_a_real_change_is_kept():
    from extractors.statement import settle_units
    a, slip, b = "兰州新区秦川园区管理服务中心", "兰州新区泰川园区管理服务中心", "兰州新区秦川园区管理服务所"
    months = [f"2022-{m:02d}" for m in range(1, 13)] + [f"2023-{m:02d}" for m in range(1, 13)]
    noisy = [f"{m}|{slip if k in (3, 9) else a}|5000|1" for k, m in enumerate(months)]
    assert {v.split("|")[1] for v in settle_units(noisy)} == {a}
    # a row whose long name OCR read with three slips, one glyph lost (秦州区…辰务): the same unit, not a one-month
    # stint elsewhere that breaks the run (SOCIAL_INSURANCE_SHORT suspect on a clean holder)
    worse = [f"{m}|{'兰州新区秦州区管理辰务中心' if k == 22 else a}|5000|1" for k, m in enumerate(months)]
    assert {v.split("|")[1] for v in settle_units(worse)} == {a}
    # the last four months at a unit one character apart: a change of employer, not a slip
    moved = [f"{m}|{b if k >= 20 else a}|5000|1" for k, m in enumerate(months)]
    assert settle_units(moved) == moved


def test_a_base_with_a_comma_read_as_a_point_and_a_lost_base():
    from extractors.statement import number
    assert number("4.120.50") == "4120.5" and number("4,120.50") == "4120.5"
    assert number("4.12") is None   # no contribution base is that small: an OCR loss


def test_ocr_unit_headings_govern_the_rows_below_them_even_with_repeated_headers():
    """Units as section headings on an OCR'd page whose table was rebuilt from its lines: each
    heading names the rows under it (the two equal headers must not swap places)."""
    a, b = "兰州新区职业教育园区建设发展有限公司", "兰州新区秦川园区管理服务中心"
    rows1 = [["5231.00", "2021/10", "已缴"], ["5231,00", "2021/11", "中新"]]
    rows2 = [["5440.00", "2021/12", "已嫩"], ["5440.00", "2022/01", "巴"]]
    head = ["缴费基数（元）", "缴费年月", "缴费标志"]
    lines = ["个人缴费明细", "姓名：高霞琰   身份证号：620102199005171234", f"参保单位：{a}",
             "   ".join(head), *("   ".join(r) for r in rows1), f"参保单位：{b}", "   ".join(head),
             *("   ".join(r) for r in rows2), "打印日期：2022-02-10"]
    table = [head, *rows1, head, *rows2]
    text = "\n".join(lines) + "\n" + "\n".join("| " + " | ".join(r) + " |" for r in table)
    doc = doc_from_text(text, "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    # "5231,00" is 5231.00 with its point read as a comma; "中新" can only be 中断 (unpaid), "已嫩"
    # only 已缴; "巴" is no status at all: that month is unread, never guessed
    assert got["contribution"] == [f"2021-10|{a}|5231|1", f"2021-11|{a}|5231|0", f"2021-12|{b}|5440|1"]
    assert doc.coverage.unread == ["p1: 2022-01: 缴费状态未识别"] and not doc.coverage.complete


def test_ocr_cells_merged_across_columns_are_taken_apart():
    """甘肃人社 app layout read by OCR: 险种 and 单位名称 in one cell, 个人缴费 and 缴费状态 in another."""
    u = "兰州新区综合保税区运营管理有限公司"
    table = [["缴费年月", "险种", "单位名称", "缴费基数", "个人缴费 缴费状态"],
             ["202211", f"企业职工基本养老保险 {u}", "3500.00", "280.00 已实巢"],
             ["202212", f"企业职工基本养老保险{u}", "3500.00", "280.00 已实"],
             ["202301", f"企业职工基本养老保险 {u}", "3500.00", "280.00 乞缴"]]
    text = "甘肃省社会保险个人参保缴费证明\n姓名：王喆\n" + "\n".join("| " + " | ".join(r) + " |" for r in table)
    doc, got = _parse(text)
    assert got["contribution"] == [f"2022-11|{u}|3500|1", f"2022-12|{u}|3500|1"]
    # 乞缴 is one stroke from both 欠缴 (unpaid) and 已缴 (paid): unread
    assert doc.coverage.unread == ["p1: 2023-01: 缴费状态未识别"]


def test_a_short_unknown_word_in_a_headerless_row_is_an_unread_status_not_a_paid_month():
    text = f"参保缴费明细\n姓名：张伟\n| 2023-11 | {U} | 5000 | 正常 |\n| 2023-12 | {U} | 5000 | 巴 |\n"
    doc, got = _parse(text)
    assert got["contribution"] == [f"2023-11|{U}|5000|1"]
    assert doc.coverage.unread == ["p1: 2023-12: 缴费状态未识别"]


def test_ocr_merged_header_cells_and_a_unit_code_glued_to_the_unit_name():
    """A counter print photographed: header words merged two to a cell, a 单位编号 glued to the
    unit's name, an amount glued to its status word, and the 到账标志 deciding paid."""
    table = [["费款所属期 单位编号", "单位名称", "缴费工资", "单位缴纳 个人缴纳 缴费类型到账标志"],
             [f"2021.07 62016772{U}", "5231", "836.96", "418.48正常应缴 已到账"],
             [f"2021.08 62016772{U}", "5231", "836.96", "418.48 正常应缴", "未到账"],
             ["2021年小计 实缴1个月", "36617.00", "5858.72", "2929.36"]]
    text = "企业职工基本养老保险个人缴费明细\n" + "\n".join("| " + " | ".join(r) + " |" for r in table)
    doc, got = _parse(text)
    assert got["contribution"] == [f"2021-07|{U}|5231|1", f"2021-08|{U}|5231|0"]


def test_a_sequence_number_merged_into_the_month_cell_still_gives_the_row():
    """OCR merged 序号 into the month cell under a merged 序号/费款所属期 header: the row is read,
    never silently dropped (which would leave the page looking empty rather than unread)."""
    table = [["序号 费款所属期", "缴费单位", "缴费工资", "缴费标志"],
             ["1 2020-08", U, "4800", "正常"], ["2 2020-09", U, "4800", "欠费"]]
    doc, got = _parse("参保缴费证明\n" + "\n".join("| " + " | ".join(r) + " |" for r in table))
    assert got["contribution"] == [f"2020-08|{U}|4800|1", f"2020-09|{U}|4800|0"]
    assert doc.coverage.complete


def test_misaligned_ocr_cells_and_a_month_glued_to_the_unit():
    """A two-level header (基本养老保险 / 职业年金 over 单位 / 个人) read by OCR: cells as many as the
    header's words but shifted, and a month glued to the unit's name. The base is the 缴费基数,
    never the pension amount beside it."""
    table = [["序号 所属期", "单位名称", "缴费基数", "基本养老保险", "职业年金", "缴费标志"],
             ["2", f"2022-06 {U}", "4800.00", "768.00", "384.00", "384.00", "192.00正常缴费"],
             ["11", f"2023-03{U}", "4992.00", "798.72", "399.36", "399.36 199.68正常缴费"]]
    doc, got = _parse("参保证明\n" + "\n".join("| " + " | ".join(r) + " |" for r in table))
    assert got["contribution"] == [f"2022-06|{U}|4800|1", f"2023-03|{U}|4992|1"]


def test_a_glued_row_that_gives_nothing_is_counted_unread():
    table = [["缴费年月", "单位名称", "缴费基数", "缴费状态"], ["2023-03", U, "4992.00", "正常"],
             [f"2023-04{U}4992.00巴"]]
    doc, got = _parse("参保证明\n" + "\n".join("| " + " | ".join(r) + " |" for r in table))
    assert got["contribution"] == [f"2023-03|{U}|4992|1"]
    assert not doc.coverage.complete and doc.coverage.unread


def test_a_tax_bureau_print_with_dated_periods_a_treasury_date_and_a_self_paying_holder():
    """税务局 社会保险费缴费证明: 费款所属期起/止 as full dates, an 入库日期 that is never the month,
    one row per 征收品目 (单位/个人缴纳 of one month → one contribution), 个人缴费 as the payer of a
    灵活就业 month; the period stated in the prose."""
    a = "甘肃兰新民族团结实业有限公司"
    table = [["序号", "征收品目", "缴费单位（缴费人）", "费款所属期起", "费款所属期止", "缴费基数", "缴费档 次",
              "实缴金额", "入库日期"],
             ["1", "灵活就业人员基本养老保 险（个人缴纳）", "个人缴费", "2022-09-01", "2022-09-30", "5271.20", "80%",
              "1054.24", "2022-10-26"],
             ["2", "企业职工基本养老保险（ 单位缴纳）", a, "2023-02-01", "2023-02-28", "4368.00", "—", "698.88",
              "2023-04-16"],
             ["3", "企业职工基本养老保险（ 个人缴纳）", a, "2023-02-01", "2023-02-28", "4368.00", "—", "349.44",
              "2023-04-16"]]
    text = ("社会保险费缴费证明（个人）\n缴费人名称 马木提江 证件类型 居民身份证\n"
            "兹证明马木提江在2022年9月至2023年2月期间通过税务机关缴纳社会保险费情况如下：\n"
            + "\n".join("| " + " | ".join(r) + " |" for r in table))
    doc, got = _parse(text)
    assert got["contribution"] == ["2022-09|个人缴费|5271.2|1", f"2023-02|{a}|4368|1"]
    assert doc.coverage.period == ("2022-09", "2023-02") and doc.coverage.complete


def test_the_same_print_photographed_with_glued_header_words_and_cells():
    """OCR of that print: "费款所属期起费款所期止" is two columns (a glyph lost from the second), a cut
    品目 glued to the payer ("…养老保个人微费": 个人缴费 one slip away), an amount glued to its 档次
    ("9883.50150%") and to the 入库日期 ("1976.702022-09-15"), a date whose dash was lost."""
    table = [["序号", "征收品目", "缴费单位(缘费人) 费款所属期起费款所期止 缴费基数 缴费档实缴金额 入库日期"],
             ["灵活就业人员基本养老保个人缴费", "2022-09-01 2022-09-30", "9883.50 150%", "1976.702022-09-15"],
             ["2 灵活就业人员基本养老保个人微费", "2022-10-01 2022-10-31", "9883.50150%", "1976.702022-11-27"],
             [f"10企业职工基本养老保险({U} 2023-0401 2023-0430", "4368.00", "349.442023-04-10"]]
    doc = doc_from_text("社会保险费缴费证明（个人）\n" + "\n".join("| " + " | ".join(r) + " |" for r in table),
                        "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == ["2022-09|个人缴费|9883.5|1", "2022-10|个人缴费|9883.5|1", f"2023-04|{U}|4368|1"]


def test_a_two_level_header_whose_second_row_names_the_columns():
    """养老保险 and 医疗保险 over 缴费基数 | 单位缴纳 | 个人缴纳 (the second row's words too close for
    the table's cells, read as a line): the base is the first 缴费基数 (养老), not the 医疗 one."""
    head = "序号 缴费年月   缴费单位   养老保险   医疗保险   到账标志"
    sub = "缴费基数 单位缴纳 个人缴纳 缴费基数 单位缴纳个人缴纳 大病"
    rows = [["1", "2021-05", U, "5231.00", "0.00", "0.00", "4500.00", "0.00", "0.00", "0.00 中断"],
            ["2", "2021-06", U, "5231.00", "836.96", "418.48", "4500.00", "340.01", "104.62", "5.00 已到账"]]
    lines = ["兰州市社会保险参保缴费凭证（养老、医疗）", head, sub, *("   ".join(r) for r in rows)]
    table = [["序号 缴费年月", "缴费单位", "养老保险", "医疗保险", "到账标志"], *rows]
    text = "\n".join(lines) + "\n" + "\n".join("| " + " | ".join(r) + " |" for r in table)
    doc = doc_from_text(text, "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2021-05|{U}|5231|0", f"2021-06|{U}|5231|1"]


def test_an_ocr_month_slip_between_rows_that_leave_one_month_out():
    from extractors.statement import month_slips
    # 2024-04 read as 2024-01 between 2024-03 and 2024-05: one glyph from the only month that fits
    assert month_slips([["2024-02"], ["2024-03"], ["2024-01"], ["2024-05"]]) == {2: "2024-04"}
    # a 补缴 row out of order (not one glyph from the gap, or no single gap) stays as read
    assert month_slips([["2024-02"], ["2023-07"], ["2024-04"]]) == {}
    assert month_slips([["2024-02"], ["2024-01"], ["2024-05"]]) == {}
    assert month_slips([["2024-03"], ["2024-03"], ["2024-04"]]) == {}


def test_a_statement_title_page_naming_the_id_card_as_a_value_stays_one_document():
    """"证件类型 居民身份证" in a statement's head is a value, not an ID card's title: the second page
    of rows must not be cut off into another document."""
    from extractors.classify import split_pages
    from core.models import Line
    def page(n, texts):
        return Page(number=n, width=595, height=842, text_source="text_layer",
                    lines=[Line(text=t, bbox=(50, 20 + 20 * i, 500, 32 + 20 * i), source="text_layer",
                                confidence=1.0) for i, t in enumerate(texts)])
    p1 = page(1, ["社会保险费缴费证明（个人）", "缴费人名称 马木提江 证件类型 居民身份证 证件号码 62011119951114071X",
                  "序号 征收品目 缴费单位 费款所属期起 费款所属期止 缴费基数", f"1 基本养老保险 {U} 2023-02-01 2023-02-28 4368.00"])
    p2 = page(2, ["序号 征收品目 缴费单位 费款所属期起 费款所属期止 缴费基数", f"27 基本养老保险 {U} 2024-01-01 2024-01-31 4542.70"])
    assert len(split_pages([p1, p2])) == 1


def test_a_year_by_month_grid_reads_each_month_and_its_marks():
    """甘肃省 个人缴费信息: a row per 年度, months 1月…12月 as columns; √ paid, 补 paid late, 欠 owed,
    blank no record; the row's 缴费月数 must agree with the months read."""
    head = ["年度", "单位名称", "缴费基数"] + [f"{m}月" for m in range(1, 13)] + ["缴费月数"]
    rows = [["2019", U, "4800"] + [""] * 9 + ["√", "欠", "√", "2"],
            ["2020", U, "4992"] + ["√"] * 5 + ["补"] + ["√"] * 6 + ["12"],
            ["2021", U, "5291.5"] + ["√"] * 3 + [""] * 9 + ["5"]]   # 缴费月数 5 ≠ 3 read: unread
    doc, got = _parse("企业职工基本养老保险个人缴费信息\n" + "\n".join("| " + " | ".join(r) + " |" for r in [head, *rows]))
    c = got["contribution"]
    assert c[:3] == [f"2019-10|{U}|4800|1", f"2019-11|{U}|4800|0", f"2019-12|{U}|4800|1"]
    assert len(c) == 15 and c[3] == f"2020-01|{U}|4992|1" and c[-1] == f"2020-12|{U}|4992|1"
    assert doc.meta["contribution_status"] == {"2019-11": "欠缴", "2020-06": "补缴"}
    assert doc.coverage.unread == ["p1: 2021: 缴费月数5≠3"] and not doc.coverage.complete


def test_a_photographed_grid_proves_only_the_full_years():
    """OCR keeps no blank cells and misses most marks: a year whose 缴费月数 is 12 holds every month,
    any other year is unread, never guessed."""
    lines = ["企业职工基本养老保险个人缴费信息", "年度   单位名称   缴费基数 1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月 缴费月数",
             f"2019{U}   4800   3", f"2020{U}   4992 厂   12", f"2021{U}   5291.5   √   √   12"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert len(got["contribution"]) == 24
    assert got["contribution"][0] == f"2020-01|{U}|4992|1" and got["contribution"][-1] == f"2021-12|{U}|5291.5|1"
    assert doc.coverage.unread == ["p1: 2019: 缴费月数3，逐月未识别"] and not doc.coverage.complete


def test_app_screenshots_side_by_side_are_read_card_by_card_column_by_column():
    """Two 掌上12333 screenshots pasted on one sheet: the lines run across both, each card is a
    month and its status, then 缴费基数 … 缴费单位 (the payer's label read with a glyph lost, a
    status on the line above its month as a photo's skew leaves it)."""
    a = "兰州新区秦川园区管理服务中心"
    def card(month, status, base, payer_label="缴费单位"):
        return [f"{month} {status}".strip(), f"缴费基数 {base}", "单位缴纳 887.20", "个人缴纳 443.60", f"{payer_label} {a}"]
    left = ["养老保险缴费明细", "参保人 何培元"] + card("2024-03", "已实缴", "5766.80") \
        + card("2024-02", "已实缴", "5766.80", "费单位") + card("2024-01", "补缴", "5766.80") + card("2023-12", "已实缴", "5545.00")
    right = ["养老保险缴费明细", "已实缴"] + card("2023-11", "", "5545.00") + card("2023-10", "已实缴", "5545.00", "缘费单位") \
        + card("2023-09", "已实缴", "5545.00") + card("2023-08", "欠缴", "5545.00")
    lines = [x + " " * (40 - len(x)) + "   " + y for x, y in zip(left, right)]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [
        f"2024-03|{a}|5766.8|1", f"2024-02|{a}|5766.8|1", f"2024-01|{a}|5766.8|1", f"2023-12|{a}|5545|1",
        f"2023-11|{a}|5545|1", f"2023-10|{a}|5545|1", f"2023-09|{a}|5545|1", f"2023-08|{a}|5545|0"]
    assert doc.meta["contribution_status"] == {"2024-01": "补缴", "2023-08": "欠缴"}
    assert doc.coverage.complete and doc.coverage.rows_read == 8


def test_a_national_certificate_with_a_summary_year_headings_and_a_remark_column():
    """国家平台 社会保险个人参保证明: a 参保险种 summary (参保起始年月, 累计缴费月数) whose rows are no
    months; "2021年度 单位：…" headings name the unit of the rows below; a 备注 column is blank for an
    ordinary month and says 欠费 / 补缴 where it must."""
    a = "兰州新区西岔学校"
    table = [["险种类型", "参保状态", "参保起始年月", "累计缴费月数"],
             ["企业职工基本养老保险", "参保缴费", "2021年05月", "36"],
             ["缴费年月", "缴费基数", "个人缴费", "单位缴费", "备注"],
             [f"2021年度 单位：{a}", "", "", "", ""],
             ["2021-11", "5231.00", "418.48", "836.96", ""], ["2021-12", "5231.00", "418.48", "836.96", "欠费"],
             [f"2022年度（续） 单位：{a}", "", "", "", ""], ["2022-01", "5231.00", "418.48", "836.96", "补缴"]]
    doc, got = _parse("社会保险个人参保证明\n" + "\n".join("| " + " | ".join(r) + " |" for r in table))
    assert got["contribution"] == [f"2021-11|{a}|5231|1", f"2021-12|{a}|5231|0", f"2022-01|{a}|5231|1"]
    assert doc.coverage.complete and doc.coverage.rows_read == 3


def test_a_photographed_page_of_two_blocks_side_by_side_is_read_block_by_block():
    a = "兰州新区西岔学校"
    head = "缴费年月 缴费基数 个人缴费 单位缴费 备注"
    lines = ["社会保险个人参保证明", f"{head}   {head}", f"2021年度 单位：{a}   2022年度（续） 单位：{a}",
             "2021-11   5231.00 418.48 836.96   2022-02   5440.00 435.20 870.40",
             "2021-12   5231.00 418.48 836.96   2022-03   5440.00 435.20 870.40",
             f"2022年度 单位：{a}", "2022-01   5440.00 435.20 870.40"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2021-11|{a}|5231|1", f"2021-12|{a}|5231|1", f"2022-01|{a}|5440|1",
                                   f"2022-02|{a}|5440|1", f"2022-03|{a}|5440|1"]


def test_a_counter_print_with_base_before_month_and_a_treasury_date_glued_to_the_unit():
    """序号 | 缴费基数 | 缴费年月 | 单位缴费 | 个人缴费 | 缴费类型 | 到账日期 | 缴费单位, photographed: the
    到账日期 glued to the unit's name, "未到账" where an owed month has no date."""
    u = "中国铁建大桥工程局集团第五工程有限公司"
    table = [["序号 缴费基数 缴费年月", "单位缴费 个人缴费 缴费类型", "到账日期", "缴费单位"],
             ["1", "3500.00 202008", "560.00", f"280.00正常缴费 2020-09-18{u}"],
             ["6", "3640.00 202101", "582.40", "291.20 欠缴", "未到账", u]]
    doc = doc_from_text("参保人员缴费证明\n" + "\n".join("| " + " | ".join(r) + " |" for r in table),
                        "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2020-08|{u}|3500|1", f"2021-01|{u}|3640|0"]


def test_unit_headings_with_a_code_a_change_of_unit_and_a_slips_unit_line():
    """个人账户 明细: "缴费单位：…（单位编号…）" and "单位变更：自…起转入…" name the unit of the rows
    below (no unit column); a 自助终端 slip prints "单位：…" above its rows."""
    a, b = "兰州新区综合保税区运营管理有限公司", "兰州新区水投集团有限公司"
    table = [["缴费年月", "缴费工资", "个人缴费", "单位划入", "本年累计", "账户累计", "备注"],
             [f"缴费单位：{a}（单位编号6201737435）", "", "", "", "", "", ""],
             ["2020.09", "5231.00", "418.48", "0.00", "418.48", "39231.45", ""],
             ["2020年度小计", "缴费1个月", "418.48", "0.00", "利息2344.30", "42831.19", ""],
             [f"单位变更：自2021年01月起转入{b}（单位编号6201472665）", "", "", "", "", "", ""],
             ["2021.01", "5544.90", "443.59", "0.00", "443.59", "43274.78", ""]]
    doc, got = _parse("参保人员缴费明细（个人账户）\n" + "\n".join("| " + " | ".join(r) + " |" for r in table))
    assert got["contribution"] == [f"2020-09|{a}|5231|1", f"2021-01|{b}|5544.9|1"]
    lines = ["个人参保缴费明细查询凭条", "年月 险种状态 缴费基数 个人缴费", f"单位：{a}", "202002养老已缴 3877.00 310.16",
             f"单位：{b}", "202003养老已缴 3877.00 310.16"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2020-02|{a}|3877|1", f"2020-03|{b}|3877|1"]


def test_a_misread_insurance_kind_glued_before_the_unit_is_cut_off():
    u = "甘肃兰新民族团结实业有限公司"
    table = [["缴费年月", "险种", "单位名称", "缴费基数", "缴费状态"],
             ["2023-12", f"企业职工基本券老保险{u}", "5878.00", "已实缴"]]
    doc = doc_from_text("参保缴费证明\n" + "\n".join("| " + " | ".join(r) + " |" for r in table), "social_insurance",
                        source="ocr")
    assert field_map(parser_for("social_insurance")(doc))["contribution"] == [f"2023-12|{u}|5878|1"]


def test_a_grid_of_two_months_per_row_under_a_labelled_unit_heading_with_marks():
    """A combined 参保证明's 养老 part: "缴费单位：X 缴费起止：…" (a labelled value, no column title)
    names the unit; "年 月 | 缴费基数 | 年 月 | 缴费基数" holds two months a row; "3877.00（欠）" is owed,
    "（补）" paid late; a 实缴标志 Y/N column elsewhere is the status."""
    a = "甘肃中川环保工程技术有限公司"
    table = [["现参保单位", "兰州新区秦川园区管理服务中心", "", ""],
             [f"缴费单位：{a} 缴费起止：2021.04—2021.08", "", "", ""],
             ["年 月", "缴费基数", "年 月", "缴费基数"],
             ["2021-04", "3877.00（欠）", "2021-05", "3877.00（补）"],
             ["2021-06", "3877.00", "2021-07", "3877.00"], ["2021-08", "3877.00", "", ""]]
    doc, got = _parse("社会保险参保证明（医疗、养老）\n" + "\n".join("| " + " | ".join(r) + " |" for r in table))
    assert got["contribution"] == [f"2021-04|{a}|3877|0", f"2021-05|{a}|3877|1", f"2021-06|{a}|3877|1",
                                   f"2021-07|{a}|3877|1", f"2021-08|{a}|3877|1"]
    assert doc.meta["contribution_status"] == {"2021-04": "欠缴", "2021-05": "补缴"}
    table = [["费款所属期", "缴费工资", "单位应缴", "个人应缴", "实缴标志", "单位名称"],
             ["202111", "3877.00", "620.32", "310.16", "N", U], ["202112", "3877.00", "620.32", "310.16", "Y", U]]
    doc, got = _parse("社会保险个人缴费历史明细\n" + "\n".join("| " + " | ".join(r) + " |" for r in table))
    assert got["contribution"] == [f"2021-11|{U}|3877|0", f"2021-12|{U}|3877|1"]


def test_a_photographed_grid_continued_on_a_second_page_counts_its_rows():
    head = "年度   单位名称   缴费基数 1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月 缴费月数"
    text = ("企业职工基本养老保险个人缴费信息\n" + head + f"\n2020{U}   4992   12\n=== page ===\n"
            f"2021{U}   5291.5   12\n2022{U}   5400   7\n")
    doc = doc_from_text(text, "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert len(got["contribution"]) == 24 and got["contribution"][-1] == f"2021-12|{U}|5291.5|1"
    assert doc.coverage.unread == ["p2: 2022: 缴费月数7，逐月未识别"] and not doc.coverage.complete


def test_stretches_with_start_and_end_months_blank_remarks_and_a_separate_table_of_owed_months():
    """A 缴费情况表 printing one row per year and unit stretch (缴费年度 | 起始年月 | 终止年月 | 月数, a
    blank 备注), then a table of 欠缴 months whose only status is the amount owed: each month of a
    stretch is paid, each owed month is not."""
    a, b = "甘肃中川环保工程技术有限公司", "兰州新区秦川园区管理服务中心"
    table = [["序号", "缴费年度", "缴费单位", "起始年月", "终止年月", "月数", "月均缴费基数", "个人缴费合计", "备 注"],
             ["1", "2020", a, "202011", "202012", "2", "3500.00", "560.00", ""],
             ["2", "2021", b, "202101", "202103", "3", "3640.00", "873.60", ""],
             ["合计", "", "", "", "", "5", "", "1433.60", ""],
             ["序号", "所属年月", "缴费单位", "核定缴费基数", "欠缴金额（个人）"],
             ["1", "202009", a, "3500.00", "280.00"]]
    doc, got = _parse("企业职工基本养老保险个人缴费情况表\n" + "\n".join("| " + " | ".join(r) + " |" for r in table))
    assert got["contribution"] == [f"2020-11|{a}|3500|1", f"2020-12|{a}|3500|1", f"2021-01|{b}|3640|1",
                                   f"2021-02|{b}|3640|1", f"2021-03|{b}|3640|1", f"2020-09|{a}|3500|0"]
    assert doc.meta["contribution_status"] == {"2020-09": "欠缴"}
    assert doc.coverage.complete and doc.coverage.rows_read == 3


def test_year_and_month_in_separate_columns_the_year_printed_once_per_year():
    """A counter print with 年份 | 月份 apart ("3月", "03" or "3"), the year in a merged cell that leaves
    the rows below it blank; OCR glues a month to the unit ("10月兰州…"). A row with a word beyond the
    columns (a hand correction "更正何") is unread, never guessed."""
    u = "兰州新区第三人民医院"
    lines = ["参保人员养老保险缴费记录单", "序号 年份 月份 缴费单位 缴费基数 个人应缴 是否足额",
             f"1 2022 11月 {u} 4120.50 329.64 是", f"2 12 {u} 4120.50 329.64 否",
             f"3 2023 01 {u} 4285.30 342.82 是", f"4 2月 {u} 4285.30 342.82 是",
             f"5 10月{u} 4285.30 342.82 是", f"6 11月 {u} 4285.30 342.82 是 更正何"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2022-11|{u}|4120.5|1", f"2022-12|{u}|4120.5|0", f"2023-01|{u}|4285.3|1",
                                   f"2023-02|{u}|4285.3|1", f"2023-10|{u}|4285.3|1"]
    assert doc.coverage.unread == ["p1: 2023年11月: 未能对齐表头"] and not doc.coverage.complete


def test_a_data_export_with_a_period_column_paid_amounts_and_medical_rows():
    """An Excel 缴费明细 printed to PDF: 证件号码 | 姓名 on every row (the name column names the holder),
    a 养老 and a 医疗 row per month (the 养老 rows prove the months), 费款所属期 the month a 补缴 was
    collected and 对应费款所属期 the month it pays for, 实缴费额 0 an owed month whatever 正常应缴 says;
    a continuation page whose cells ran together is read by the shape of its rows."""
    u, i = "甘肃中川环保工程技术有限公司", "620122197602146762"
    head = ["序号", "证件号码", "姓名", "险种类型", "费款所属期", "对应费款所属期", "缴费基数", "应缴费额", "实缴费额",
            "缴费类型", "单位名称", "到账日期"]
    rows = [["1", i, "钟芃", "企业职工基本养老保险", "201901", "2019-01至2019-01", "5231", "418.48", "0", "正常应缴", u, ""],
            ["2", i, "钟芃", "职工基本医疗保险", "201901", "2019-01至2019-01", "5231", "104.62", "0", "正常应缴", u, ""],
            ["3", i, "钟芃", "企业职工基本养老保险", "201902", "2019-02至2019-02", "5231", "418.48", "418.48", "正常应缴", u,
             "2019/3/20"],
            ["4", i, "钟芃", "企业职工基本养老保险", "201905", "2019-01至2019-01", "5231", "418.48", "418.48", "补缴", u,
             "2019/5/20"]]
    page2 = [[f"5 {i}", "钟芃", "企业职工基本养老保险", "201903", "2019-03至2019-03", "5440", "435.2", "435.2 正常应缴", u,
              "2019/4/7"]]
    text = ("Sheet1\n钟芃个人社会保险费缴费明细\n" + "\n".join("| " + " | ".join(r) + " |" for r in [head] + rows)
            + "\n=== page ===\n" + "\n".join("| " + " | ".join(r) + " |" for r in page2))
    doc, got = _parse(text)
    assert got["name"] == "钟芃"
    assert got["contribution"] == [f"2019-01|{u}|5231|0", f"2019-02|{u}|5231|1", f"2019-01|{u}|5231|1",
                                   f"2019-03|{u}|5440|1"]
    assert doc.coverage.complete and doc.coverage.rows_read == 4


def test_unit_codes_before_the_name_two_status_columns_and_rows_that_lost_their_month():
    """个人权益记录 photographed: the unit's code glued to the month and the name, or standing apart, is
    no base; 缴费性质 欠缴 beside 记账标志 未记账 is owed; a line with the rows' amounts and no month (OCR
    put the row's left half on another line) is counted unread, never a month not paid."""
    u = "兰州新区第三人民医院"
    lines = ["社会保险个人权益记录", "序号 费款所属期 单位编号/单位名称 缴费基数 个人缴费 单位缴费 缴费性质 记账标志",
             f"1 2022年05月62012199913{u} 3877.00 310.16 620.32 欠缴 未记账",
             f"2 2022年06月 62012199913 {u} 3877.00 310.16 620.32 正常缴费 已记账",
             "62012199913兰州新区第三 3877.00 310.16 620.32 正常缴费 已记账",
             f"4 2022年08月 62012199913 {u} 3877.00 310.16 620.32 正常缴费 已记账",
             "合计 15508.00 1240.64 2481.28"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2022-05|{u}|3877|0", f"2022-06|{u}|3877|1", f"2022-08|{u}|3877|1"]
    assert doc.coverage.unread == ["p1: 一行有金额而无所属期"] and not doc.coverage.complete


def test_a_misread_range_that_disagrees_with_the_rows_month_is_unread():
    u = "甘肃中川环保工程技术有限公司"
    lines = ["缴费明细", "序号 费款所属期 对应费款所属期 缴费基数 单位名称",
             f"1 201903 2019-03至2019-03 5231 {u}", f"2 201904 2015-01至2019-01 5231 {u}"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2019-03|{u}|5231|1"]
    assert doc.coverage.unread == ["p1: 201904: 所属期与对应所属期不一致"] or \
        doc.coverage.unread == ["p1: 2019-04: 所属期与对应所属期不一致"]


def test_a_statement_turned_sideways_reads_each_month_column():
    """One column per month in half-year blocks, each under "2019年7月—12月 缴费单位：…"; a 中断 month
    leaves a blank slot; 缴费状态 says paid, 补缴 or 欠缴; an OCR slip in a row label (激费状态)."""
    a, b = "兰州新区秦川园区管理服务中心", "兰州新区水投集团有限公司"
    table = [["缴费年月", "201911", "201912", "202001"], ["缴费基数", "6000.00", "6000.00", "6000.00"],
             ["个人缴费", "480.00", "480.00", "480.00"], ["缴费状态", "已缴", "补缴", "已缴"]]
    table2 = [["缴费年月", "202002", "202004", ""], ["缴费基数", "6360.00", "6360.00", ""],
              ["个人缴费", "508.80", "0.00", ""], ["激费状态", "已缴", "欠缴", ""]]
    lines = (["参保人员养老保险缴费明细", f"2019年11月—2020年1月 缴费单位：{a}"]
             + ["   ".join(r) for r in table] + [f"2020年2月—4月 缴费单位：{b}"] + ["   ".join(c for c in r if c) for r in table2])
    doc = doc_from_text("\n".join(lines), "social_insurance")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2019-11|{a}|6000|1", f"2019-12|{a}|6000|1", f"2020-01|{a}|6000|1",
                                   f"2020-02|{b}|6360|1", f"2020-04|{b}|6360|0"]
    assert doc.meta["contribution_status"] == {"2019-12": "补缴", "2020-04": "欠缴"}
    assert doc.coverage.complete


def test_a_sideways_block_with_more_values_than_months_is_unread():
    lines = ["缴费明细", "2019年7月—12月 缴费单位：兰州新区秦川园区管理服务中心 201911 201912",
             "缴费年月   201907   201908   201909   201910",
             "缴费基数   6000.00   6000.00   6000.00   6000.00   6000.00   6000.00",
             "缴费状态   已缴   已缴   已缴   已缴   已缴   欠缴"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert "contribution" not in got
    assert doc.coverage.unread == ["p1: 201907起一块横排月份与数值未对齐"] and not doc.coverage.complete


def test_a_yearly_print_lists_the_months_paid_and_owed_with_ditto_units():
    """历年缴费凭证: a row per 年度 and unit, 缴费月份 "1-7,9-12" with 月数 11, 欠缴月份 apart, "同上" for the
    unit of the row above (a blank unit cell names no payer: guessing one could accuse), a 备注
    "7月为补缴" for that month alone."""
    a, b = "兰州新区秦川园区管理服务中心", "兰州新区水投集团有限公司"
    table = [["年度", "缴费单位", "缴费月份", "月数", "缴费基数", "个人缴费", "欠缴月份", "备注"],
             ["2019", a, "11-12", "2", "3640.00", "582.40", "", ""],
             ["2020", "同上", "1-3,5", "4", "3640.00", "1164.80", "4", "2月为补缴"],
             ["2020", b, "6-7", "2", "3786.00", "605.76", "", ""],
             ["2021", "", "1", "1", "3937.00", "314.96", "", ""]]
    doc, got = _parse("企业职工基本养老保险历年缴费凭证\n" + "\n".join("| " + " | ".join(r) + " |" for r in table))
    assert got["contribution"] == [f"2019-11|{a}|3640|1", f"2019-12|{a}|3640|1", f"2020-01|{a}|3640|1",
                                   f"2020-02|{a}|3640|1", f"2020-03|{a}|3640|1", f"2020-05|{a}|3640|1",
                                   f"2020-04|{a}|3640|0", f"2020-06|{b}|3786|1", f"2020-07|{b}|3786|1",
                                   "2021-01||3937|1"]
    assert doc.meta["contribution_status"] == {"2020-04": "欠缴", "2020-02": "补缴"}
    assert doc.coverage.complete


def test_a_browser_print_with_interleaved_insurances_a_place_column_and_glued_status_words():
    """国家平台 query page printed and photographed: 养老/失业/工伤 rows per month (养老 proves the
    month), a 参保地 column that is no unit, a status word glued to the unit ("已缴费兰州…", "已级费…")."""
    u = "兰州新区水投集团有限公司"
    lines = ["个人缴费信息查询", "缴费年月 险种类型 缴费基数 单位缴纳 个人缴纳 缴费标志 单位名称 参保地",
             f"202002 企业职工基本养老保险 4800.00 768.00 384.00已缴费{u} 兰州新区",
             f"202002 失业保险 4800.00 24.00 24.00已缴费{u} 兰州新区",
             f"202003 企业职工基本养老保险 4800.00 768.00 384.00已级费{u} 兰州新区",
             f"202004 企业职工基本养老保险 4800.00 0.00 0.00 欠费 {u} 兰州新区"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2020-02|{u}|4800|1", f"2020-03|{u}|4800|1", f"2020-04|{u}|4800|0"]
    assert doc.coverage.complete


def test_a_certificate_that_tells_the_history_in_sentences_is_read_when_its_total_agrees():
    """自助打印 参保证明: stretches "A至B在X参保缴费", bases "A至B为4800.00元", "其中A为补缴 / A至B欠缴";
    read in full only when the paid months agree with the stated total; a sentence is never a row."""
    u = "兰州新区水投集团有限公司"
    text = ("参保证明（个人）\n兹证明张玥（公民身份号码：622921199602152888）自2022年9月起参加企业\n"
            "职工基本养老保险，截至2023年4月累计实际缴费{n}个月（不含欠缴1个月）。其缴\n"
            f"费情况为：2022年11月至2023年4月在{u}参保缴费，月缴费\n"
            "基数2022年11月至2022年12月为4800.00元、2023年1月至2023年4月为4992.00元，其\n"
            "中2023年2月为补缴，2023年3月欠缴。\n特此证明。")
    doc, got = _parse(text.format(n=5))
    assert got["contribution"] == [f"2022-11|{u}|4800|1", f"2022-12|{u}|4800|1", f"2023-01|{u}|4992|1",
                                   f"2023-02|{u}|4992|1", f"2023-03|{u}|4992|0", f"2023-04|{u}|4992|1"]
    assert doc.meta["contribution_status"] == {"2023-02": "补缴", "2023-03": "欠缴"}
    assert doc.coverage.complete
    doc, got = _parse(text.format(n=7))
    assert not doc.coverage.complete and doc.coverage.unread == ["叙述的缴费月份读出5个月，证明写明7个月"]


def test_amounts_with_a_currency_sign_and_a_paid_amount_with_one():
    """机关事业单位 明细: "￥4,800.00" bases; a 实缴金额 "¥418.48" is paid, "¥0.00" owed."""
    u = "兰州新区秦川园区管理服务中心"
    lines = [f"单位名称：{u} 单位编号：62684891776", "缴费年月 缴费基数 实缴金额 缴费状态",
             "2021.01 ￥4,800.00 ¥418.48 已缴", "2021.02 ￥4,800.00 ¥0.00 已缴", "小计（2个月） ￥9,600.00 ¥418.48"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2021-01|{u}|4800|1", f"2021-02|{u}|4800|0"]
    assert doc.coverage.complete


def test_a_second_status_column_misread_leaves_what_the_first_said():
    u = "兰州新区第三人民医院"
    table = [["序号", "费款所属期", "单位名称", "缴费基数", "缴费性质", "记账标志"],
             ["1", "2022年05月", u, "3877.00", "正常缴费", "巳记帐"], ["2", "2022年06月", u, "3877.00", "欠缴", "未记账"]]
    doc, got = _parse("社会保险个人权益记录\n" + "\n".join("| " + " | ".join(r) + " |" for r in table))
    assert got["contribution"] == [f"2022-05|{u}|3877|1", f"2022-06|{u}|3877|0"]


def test_a_bank_kiosk_account_print_with_two_digit_years_marks_its_note_explains_and_unit_headings():
    """社保卡 个人账户明细 from a bank's kiosk: 结算年月 "22/12" (two-digit years under a month column),
    "23/02*" and "23/07#" explained by the print's own note (* 欠缴, # 补缴), the unit only in headings
    that change mid-table, 个人划入 0.00 for a month nothing was paid for, 查询区间 in the same form."""
    a, b = "甘肃省交通规划勘察设计院股份有限公司", "兰州新区秦川园区管理服务中心"
    lines = ["社会保险个人账户明细（养老）", "姓名：牛犇 社会保障号码：620105198210013555",
             "查询区间：22/12—23/08 单位：元", "结算年月 缴费工资 单位划入 个人划入 利息 账户余额",
             f"参保单位：{a}（单位编号6292942712）",
             "22/12 4800.00 0.00 384.00 104.75 3,527.89", "23/02* 4992.00 0.00 0.00 0.00 3,527.89",
             f"参保单位：{b}（单位编号6257755888）",
             "23/07# 4992.00 0.00 399.36 0.00 3,927.25", "23/08 4992.00 0.00 399.36 0.00 4,326.61",
             "注：1. 结算年月以“年/月”表示，如“21/03”为2021年3月；2. 结算年月后标“*”的为欠缴未到账月份，其单位划入、"
             "个人划入为0；标", "“#”的为补缴月份。"]
    doc, got = _parse("\n".join(lines))
    assert got["contribution"] == [f"2022-12|{a}|4800|1", f"2023-02|{a}|4992|0", f"2023-07|{b}|4992|1",
                                   f"2023-08|{b}|4992|1"]
    assert doc.meta["contribution_status"]["2023-07"] == "补缴"
    assert doc.meta["contribution_status"]["2023-02"] in ("欠缴", "未到账")
    assert doc.coverage.period == ("2022-12", "2023-08") and doc.coverage.complete
    # without the note a marked month is unread (the mark may mean owed), never taken as paid
    doc, got = _parse("\n".join(lines[:-2]))
    assert f"2023-07|{b}|4992|1" not in got["contribution"]
    assert "p1: 2023-07: 标记“#”未说明" in doc.coverage.unread and not doc.coverage.complete
    # OCR lost the mark of an owed month: its 个人划入 of 0.00 still says nothing was paid
    doc, got = _parse("\n".join(lines).replace("23/02*", "23/02"))
    assert f"2023-02|{a}|4992|0" in got["contribution"]


def test_a_transfer_voucher_reads_its_run_lines_with_labelled_month_counts_and_bases():
    """基本养老保险参保缴费凭证 (转移接续), photographed: unruled run lines "A-B unit 10个月 月缴费基数4120.50元
    已缴", an owed run in the 欠缴及中断 list with its 核定缴费基数, a 中断 run with no base (no month
    proved), and the stated 累计实际缴费 that the paid months read must reach."""
    a = "兰州新区西岔学校"
    lines = ["基本养老保险参保缴费凭证", "姓名 何培元 性别 男",
             "首次参保时间:2022年02月;截至2023年06月累计实际缴费{n}个月;个人账户储存额7401.07元",
             "二、参保缴费情况(按连续缴费时段)",
             f"2022年02月-2022年12月  {a}  11个月月缴费基数3500.00元  已缴",
             f"2023年01月-2023年03月  {a}  3个月 月缴费基数3640.00元  补缴",
             "三、欠缴及中断情况",
             f"2023年04月-2023年05月  {a}  2个月  欠缴（核定缴费基数3640.00元，未到账）",
             "2023年06月1个月中断(无缴费记录)"]
    doc = doc_from_text("\n".join(lines).format(n=14), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2022-{m:02d}|{a}|3500|1" for m in range(2, 13)] + \
        [f"2023-{m:02d}|{a}|3640|1" for m in (1, 2, 3)] + [f"2023-04|{a}|3640|0", f"2023-05|{a}|3640|0"]
    assert doc.meta["contribution_status"]["2023-01"] == "补缴" and doc.meta["contribution_status"]["2023-04"] == "欠缴"
    assert doc.coverage.complete
    # a run line whose month count disagrees with its range is unread, and a stated total above the
    # paid months read says rows went unread
    doc = doc_from_text("\n".join(lines).format(n=20).replace("3个月 月缴费", "4个月 月缴费"), "social_insurance",
                        source="ocr")
    field_map(parser_for("social_insurance")(doc))
    assert "p1: 2023-01~2023-03: 月数4≠3" in doc.coverage.unread and "合计20个月，读出11个月" in doc.coverage.unread


def test_a_flexible_workers_record_reads_its_periods_under_a_section_that_names_the_payer():
    """灵活就业人员 缴费记录, photographed: employed stretches with their unit, then "个人缴费记录（灵活就业人员）"
    (its ordinal lost by OCR) heading quarterly periods with no unit column — the payer is the person;
    the 缴费档次 header glued to 月数, a 缴费方式 of 银行代扣/柜面 (how, not whether), the 缴费日期 after the
    period (the date paid, never a month paid for), a base whose point OCR lost ("395340")."""
    a = "兰州新区西岔学校"
    lines = ["灵活就业人员基本养老保险缴费记录", "姓名 钟芃 性别 女 参保身份 灵活就业人员", "一、在职期间单位缴费记录",
             "序号 缴费起止年月 月数 缴费单位 月缴费基数 缴费状态",
             f"1 2020.08-2020.09 2 {a} 3932.00 已缴",
             "个人缴费记录(灵活就业人员)  缴费周期:按季",
             "序号 缴费期间  月数缴费档次 月缴费基数 缴费金额 缴费方式 缴费日期",
             "1 2021.03-2021.03 1 60%  3531.60  706.32 银行代扣 2021-03-23",
             "2 2021.04-2021.06 3 60%  395340  2118.96银行代扣 2021-05-29"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2020-08|{a}|3932|1", f"2020-09|{a}|3932|1", "2021-03|个人缴费|3531.6|1",
                                   "2021-04|个人缴费|3953.4|1", "2021-05|个人缴费|3953.4|1", "2021-06|个人缴费|3953.4|1"]
    assert doc.coverage.complete


def test_a_record_with_one_row_per_year_proves_the_months_it_names_and_leaves_the_rest_unread():
    """社会保险个人权益记录 历年缴费情况: 年度 | 缴费单位 | 缴费月数 | … | 备注. Twelve months are the whole
    year; fewer are the months the 备注 names ("8月-12月", "9-12月"), checked against the count; a part
    year that names no months is unread (which months is not known), never taken as paid or unpaid.
    Photographed: the year glued to the unit, the last amount to the 备注, the header words run together."""
    a, b = "兰州新区城市发展投资集团有限公司", "兰州新区第三人民医院"
    lines = ["社会保险个人权益记录", "二、历年缴费情况  单位:月、元",
             "年度  缴费单位  缴费月数缴费基数个人缴费合计单位缴费合计  备注",
             f"2018{a}  5  2800.00  1120.00  2240.008月-12月",
             f"2019{a}  10  2912.00  2329.60  4659.20",
             f"2020 {b}  12  3087.00  2963.52  5927.04 含补缴1个月(5月)",
             f"2021{b}  4  3334.00  1600.32  3200.641-2月、5-6月",
             "合计  31  15070.13  30140.26"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2018-{m:02d}|{a}|2800|1" for m in range(8, 13)] + \
        [f"2020-{m:02d}|{b}|3087|1" for m in range(1, 13)] + [f"2021-{m:02d}|{b}|3334|1" for m in (1, 2, 5, 6)]
    assert doc.coverage.unread == ["p1: 2019年: 缴费10个月，未列明月份"] and not doc.coverage.complete


def test_a_month_row_the_ocr_table_left_out_is_read_from_its_line_or_counted_unread():
    """A photo's OCR table keeps rows of three cells or more; a row cut to two ("2023.06  ¥3,710.00") is
    still a line of the page: it is read (here its base, no status column) or counted unread — never a
    month that silently went missing (it gave WORK_HISTORY_UNINSURED at suspect on a clean holder)."""
    u = "兰州新区第一中学"
    text = ("机关事业单位基本养老保险缴费明细\n单位名称：兰州新区第一中学\n缴费年月   缴费基数   单位缴纳   个人缴纳\n"
            "2023.05   ¥3,710.00   ¥593.60   ¥296.80\n2023.06   ¥3,710.00\n2023.07   ¥3,710.00   ¥593.60   ¥296.80\n"
            "| 缴费年月 | 缴费基数 | 单位缴纳 | 个人缴纳 |\n| 2023.05 | ¥3,710.00 | ¥593.60 | ¥296.80 |\n"
            "| 2023.07 | ¥3,710.00 | ¥593.60 | ¥296.80 |")
    doc = doc_from_text(text, "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert sorted(got["contribution"]) == [f"2023-05|{u}|3710|1", f"2023-06|{u}|3710|1", f"2023-07|{u}|3710|1"]
    assert doc.coverage.complete


def test_a_long_app_screenshot_groups_cards_by_year_under_a_unit_heading():
    """One tall 12333 screenshot: "2024年 共5条", then "缴费单位：X" for the year's cards below it (again where
    the unit changes within the year), each card "2024年05月  个人缴纳 423.32  已到账" over "缴费基数 5291.50" —
    the unit above a card is never the card before it, and 个人缴纳 is neither payer nor base."""
    a, b = "兰州新区西岔学校", "兰州新区城市发展投资集团有限公司"
    lines = ["13:42  5G", "个人缴费明细", "牛犇", "参保险种:企业职工基本养老保险", "缴费年度  全部(2022-2024)",
             "2024年  共2条", f"缴费单位:{a}",
             "2024年02月  个人缴纳 423.32 未到账", "缴费基数 5291.50", "2024年01月  个人缴纳 423.32 已到账", "缴费基数 5291.50",
             "2022年  共3条", f"缴费单位:{a}", "2022年12月  个人缴纳 384.00 已到账", "缴费基数 4800.00",
             f"缴费单位:{b}", "2022年11月  个人缴纳 384.00 已到账", "缴费基数 4800.00",
             "2022年10月  个人缴纳384.00 已到账", "缴费基数 4800.0", "没有更多了"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2024-02|{a}|5291.5|0", f"2024-01|{a}|5291.5|1", f"2022-12|{a}|4800|1",
                                   f"2022-11|{b}|4800|1", f"2022-10|{b}|4800|1"]
    assert doc.coverage.complete


def test_a_unit_roster_names_no_holder_and_the_audit_takes_the_applicants_rows_by_id():
    """缴费人员花名册, one page per month: the parser reads every person's row with its month (the page's
    费款所属期) and unit (its heading); the applicant's rows, picked by the declared ID number, become the
    document's contributions — 欠缴 in the 备注 is owed, a month page without the applicant is no month of
    theirs (text layer), and someone not on the roster is unread, never 'not insured'."""
    from pipeline.stages import holder_rows
    from core.models import Submission
    from tests.factories import make_app
    u = "兰州新区综合保税区运营管理有限公司"
    me, other = "620123199402235774", "620502197403262759"
    def page(month, rows):
        return (f"单位职工社会保险缴费明细表\n单位名称:{u}  单位编号:62526560440\n费款所属期:{month}  险种:企业职工基本养老保险\n"
                "序号  姓名  公民身份号码  缴费基数  单位缴纳  个人缴纳  备注\n" + "\n".join(rows))
    crew = [f"{k}  周垚{k}  62050219740326{k:03d}X  8200.00  1312.00  656.00" for k in range(1, 4)]
    pages = [page("202307", crew + [f"4  周垚  {other}  8200.00  1312.00  656.00"]),
             page("202308", crew + [f"4  张晓东  {me}  5231.00  836.96  418.48"]),
             page("202309", crew + [f"4  张晓东  {me}  5231.00  836.96  418.48  欠缴"])]
    doc = doc_from_text("\n=== page ===\n".join(pages), "social_insurance")
    assert parser_for("social_insurance")(doc) == [] and len(doc.meta["roster"]) == 12
    app = make_app(name="张晓东", id_number=me)
    sub = holder_rows(Submission(applicant_id="A001", application=app, documents=[doc]))
    got = field_map(sub.documents[0].fields)
    assert (got["name"], got["id_number"]) == ("张晓东", me)
    assert got["contribution"] == [f"2023-08|{u}|5231|1", f"2023-09|{u}|5231|0"]
    assert doc.coverage.complete and doc.coverage.period == ("2023-07", "2023-09")
    stranger = doc_from_text("\n=== page ===\n".join(pages), "social_insurance")
    parser_for("social_insurance")(stranger)
    holder_rows(Submission(applicant_id="A002", application=make_app(id_number="620102199005171234"),
                           documents=[stranger]))
    assert not stranger.fields and not stranger.coverage.complete


def test_an_accounts_yearly_summary_repeats_its_month_rows_and_names_no_payer():
    """个人账户对账单: a 记账情况 table per year (年度 | 缴费月数 | 月平均缴费基数 …) above the 缴费明细 month rows.
    The year rows repeat the month rows and are not read beside them; the holder box's 当前参保单位 is no
    payer of past years (it gave a double contribution at suspect on a clean holder)."""
    a, b = "兰州新区综合保税区运营管理有限公司", "兰州新区水投集团有限公司"
    lines = ["甘肃省城镇企业职工基本养老保险个人账户对账单", f"首次参保日期 2018年6月  当前参保单位 {b}",
             "年度 缴费月数 月平均缴费基数 个人缴费划入 记账利率 当年记账利息  年末累计储存额",
             "2022  12  5,658.00  5,431.68 6.12%  1,719.60  32.533.43",
             "缴费明细", "缴费年月  缴费单位  缴费基数 个人缴费 缴费类型 到账情况",
             f"2022-01 {a}  5,658.00  452.64 正常应缴 已到账", f"2022-02 {a}  5,658.00  452.64 正常应缴 已到账"]
    doc = doc_from_text("\n".join(lines), "social_insurance")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2022-01|{a}|5658|1", f"2022-02|{a}|5658|1"]
    # without month rows the year rows are what the statement proves — with no payer
    doc = doc_from_text("\n".join(lines[:4]), "social_insurance")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2022-{m:02d}||5658|1" for m in range(1, 13)]


def test_cards_without_year_headings_keep_their_own_payer_lines():
    """Screens whose cards each print their payer, under a holder box naming the current unit: each card's
    payer is its own (the year-block reading applies only to lists grouped under year headings)."""
    a, b = "兰州新区西岔学校", "兰州新区城市发展投资集团有限公司"
    lines = ["缴费明细", f"参保单位：{a}", "2022-12 已到账", "缴费基数 4800.00", f"缴费单位 {b}",
             "2022-11 已到账", "缴费基数 4800.00", f"缴费单位 {b}", "2022-10 已到账", "缴费基数 4800.00", f"缴费单位 {b}"]
    doc = doc_from_text("\n".join(lines), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == [f"2022-{m}|{b}|4800|1" for m in (12, 11, 10)]


def test_a_roster_row_or_page_not_read_leaves_the_roster_not_read_in_full():
    """A person's row whose ID did not read, or a month page whose heading did not: an absence of the
    applicant there is no evidence — the roster is not read in full (FIELD_UNCONFIRMED), never a gap."""
    from pipeline.stages import holder_rows
    from core.models import Submission
    from tests.factories import make_app
    u = "兰州新区综合保税区运营管理有限公司"
    me = "620123199402235774"
    head = "序号  姓名  公民身份号码  缴费基数  单位缴纳  个人缴纳  备注"
    crew = [f"{k}  周垚{k}  62050219740326{k:03d}X  8200.00  1312.00  656.00" for k in range(1, 4)]
    pages = [f"单位名称:{u}\n费款所属期:202307\n{head}\n" + "\n".join(crew + [f"4  张晓东  {me}  5231.00  836.96  418.48"]),
             f"单位名称:{u}\n费款所属期:202308\n{head}\n" + "\n".join(crew + ["4  张晓东  6201231994O22  5231.00  836.96"]),
             f"单位名称:{u}\n费款所属期:202309\n{head}\n" + "\n".join(crew + [f"4  张晓东  {me}  5231.00  836.96  418.48"])]
    doc = doc_from_text("\n=== page ===\n".join(pages), "social_insurance")
    parser_for("social_insurance")(doc)
    holder_rows(Submission(applicant_id="A001", application=make_app(name="张晓东", id_number=me), documents=[doc]))
    assert field_map(doc.fields)["contribution"] == [f"2023-07|{u}|5231|1", f"2023-09|{u}|5231|1"]
    assert not doc.coverage.complete and any(x.startswith("名册p2") for x in doc.coverage.unread)


def _wide_sheet(path, order: str, right_rows_cut: int = 0):
    """A unit HR's Excel sheet too wide for its paper, printed column block by column block: LEFT pages
    序号 | 费款所属期 | 缴费单位 | 缴费基数, RIGHT pages 单位缴纳 | 个人缴纳 | 缴费状态 | 到账日期 for the same rows,
    each page under the title "缴费明细" and over its footer "第k页，共4页"; 2021-10 is 欠缴 (0.00, no
    到账日期), which only its right page says. ``order``: Excel's 先行后列 (L1 R1 L2 R2) or 先列后行."""
    import pymupdf
    months = [f"2021-{m:02d}" for m in range(1, 13)]
    left = [(str(k + 1), m.replace("-", ""), "兰州新区水投集团有限公司", "5,200.00") for k, m in enumerate(months)]
    right = [("0.00", "0.00", "欠缴", "") if m == "2021-10" else ("1,040.00", "416.00", "正常", f"{m}-2{k % 9}")
             for k, m in enumerate(months)]
    blocks = {"L1": [("序号", "费款所属期", "缴费单位", "缴费基数")] + left[:6],
              "R1": [("单位缴纳", "个人缴纳", "缴费状态", "到账日期")] + right[:6],
              "L2": [("序号", "费款所属期", "缴费单位", "缴费基数")] + left[6:],
              "R2": [("单位缴纳", "个人缴纳", "缴费状态", "到账日期")] + right[6:len(right) - right_rows_cut]}
    pages = ["L1", "R1", "L2", "R2"] if order == "先行后列" else ["L1", "L2", "R1", "R2"]
    doc = pymupdf.open()
    for n, name in enumerate(pages, 1):
        page = doc.new_page()
        page.insert_text((260, 40), "缴费明细", fontname="china-s", fontsize=10)
        xs = (60, 110, 190, 420) if name.startswith("L") else (60, 140, 220, 300)
        y = 60
        for row in blocks[name]:
            for x, cell in zip(xs, row):
                if cell:
                    page.insert_text((x, y), cell, fontname="china-s", fontsize=10)
            y += 20
        page.insert_text((260, y + 8), f"第{n}页，共4页", fontname="china-s", fontsize=9)
    doc.save(path)
    return months


@pytest.mark.parametrize("order", ["先行后列", "先列后行"])
def test_a_sheet_printed_column_block_by_column_block_joins_its_pages_row_by_row(tmp_path, order):
    """The right-hand pages' rows belong to the left-hand pages' months, by their order: the 欠缴 month
    is read unpaid from its right page, no 到账日期 is read as a month, and the title and footer of a
    page are no part of its cells."""
    from extractors.reader import read_document
    months = _wide_sheet(tmp_path / "w.pdf", order)
    (d,) = read_document(tmp_path / "w.pdf", "T")
    got = [f.value for f in d.fields if f.name == "contribution"]
    assert got == [f"{m}|兰州新区水投集团有限公司|5200|{0 if m == '2021-10' else 1}" for m in months]
    assert d.coverage.complete and d.coverage.unread == []


def test_a_right_hand_page_that_matches_no_left_hand_page_is_unread_not_read_by_its_dates(tmp_path):
    from extractors.reader import read_document
    months = _wide_sheet(tmp_path / "w.pdf", "先行后列", right_rows_cut=1)
    (d,) = read_document(tmp_path / "w.pdf", "T")
    got = [f.value.split("|")[0] for f in d.fields if f.name == "contribution"]
    assert got == months   # the left pages' months, none from a 到账日期
    assert not d.coverage.complete and any("未能与前页逐行对应" in u for u in d.coverage.unread)


@pytest.mark.parametrize("turn", [90, 270])
def test_a_landscape_statement_stored_portrait_with_rotate_is_read_as_shown(tmp_path, turn):
    """A PostScript driver stores a landscape page portrait, its content turned, with /Rotate 90 (or
    270) to show it upright: the text layer comes in stored coordinates, every line running up the
    page. Read as stored, the rows stood as columns and amounts were taken for months."""
    import pymupdf
    from extractors.reader import read_document
    months = [f"2022-{m:02d}" for m in range(1, 13)]
    src = pymupdf.open()
    land = src.new_page(width=842, height=595)
    land.insert_text((60, 50), "社会保险个人缴费明细", fontname="china-s", fontsize=14)
    land.insert_text((60, 75), "姓名：李婧", fontname="china-s", fontsize=10)
    rows = [("序号", "单位名称", "费款所属期", "缴费基数", "单位应缴", "个人应缴", "到账标志")] + \
        [(str(k + 1), "兰州新区西岔学校", m, "5393.00", "862.88", "431.44", "已到账") for k, m in enumerate(months)]
    for i, row in enumerate(rows):
        for x, cell in zip((60, 100, 300, 400, 500, 600, 700), row):
            land.insert_text((x, 110 + 20 * i), cell, fontname="china-s", fontsize=10)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.show_pdf_page(page.rect, src, 0, rotate=turn)
    page.set_rotation(turn)
    doc.save(tmp_path / "r.pdf")
    assert pymupdf.open(tmp_path / "r.pdf")[0].rect.width == 842   # shown landscape
    (d,) = read_document(tmp_path / "r.pdf", "T")
    got = [f.value for f in d.fields if f.name == "contribution"]
    assert got == [f"{m}|兰州新区西岔学校|5393|1" for m in months]
    assert d.coverage.complete


def test_a_date_with_its_day_after_a_month_is_the_day_paid_never_the_end_of_a_period():
    """A photographed row under a header OCR garbled (费款所具期, 费茶数: no header known): "202202 …
    已实 2022-03-19" — the month, then the date the money came. Read as a period it gave 2022-02 and
    2022-03, a month paid twice by two units beside the next row's new unit (WORK_HISTORY_OVERLAP)."""
    a = "兰州新区西岔学校"
    text = "\n".join(["序号  单位编号  费款所具期  单位名称  费茶数  单位应缴  个人应级  到账标志  到账日期",
                      f"44  6201372929  202201  {a}  6,060.00  969.60  484.80 已实缴  2022-01-22",
                      f"45  6201372929  202202  {a}  6,060.00  969.60  484.80 已实  2022-03-19"])
    got = field_map(parser_for("social_insurance")(doc_from_text(text, "social_insurance", source="ocr")))
    assert [v.split("|")[0] for v in got["contribution"]] == ["2022-01", "2022-02"]


def test_a_counter_print_of_two_persons_gives_each_row_to_the_person_whose_block_heads_it():
    """The applicant's and the spouse's 缴费明细 printed together, each under its own 姓名 / 公民身份号码
    block: read as one statement, the spouse's unit became a second payer of the applicant's months
    (INSURED_UNIT_MISMATCH, WORK_HISTORY_OVERLAP). Each row belongs to the block above it; the audit takes
    the applicant's rows by the declared ID number."""
    from core import idcard
    from datetime import date
    from pipeline.stages import pick_holder
    me, spouse = idcard.make("620121", date(1991, 9, 21), 924), idcard.make("620104", date(1991, 8, 25), 717)
    a, b = "甘肃中川环保工程技术有限公司", "中国铁建大桥工程局集团第五工程有限公司"
    head = "序号  缴费单位  缴费年月  缴费基数  个人缴费  缴费状态"
    lines = ["个人参保缴费明细", f"姓名：赵珺  性别：女  公民身份号码：{me}", "个人编号：626568361777  参保状态：参保缴费",
             head] + \
        [f"{k}  {a}  2023年{k:02d}月  4500.00  360.00  已到账" for k in range(1, 7)] + \
        ["小计：实缴6个月", "个人参保缴费明细", f"姓名：何培元  性别：男  公民身份号码：{spouse}", head] + \
        [f"{k}  {b}  2023年{k:02d}月  5231.00  418.48  已到账" for k in range(3, 10)]
    doc = doc_from_text("\n".join(lines), "social_insurance")
    assert parser_for("social_insurance")(doc) == [] and doc.meta["roster"]
    pick_holder(doc, "赵珺", me)
    got = field_map(doc.fields)
    assert got["contribution"] == [f"2023-{k:02d}|{a}|4500|1" for k in range(1, 7)] and got["id_number"] == me
    doc = doc_from_text("\n".join(lines), "social_insurance")
    parser_for("social_insurance")(doc)
    pick_holder(doc, "何培元", spouse)
    assert field_map(doc.fields)["contribution"] == [f"2023-{k:02d}|{b}|5231|1" for k in range(3, 10)]
    # one person's block repeated on a second page, its number OCR'd a digit apart, is one person
    slip = me[:14] + ("1" if me[14] != "1" else "2") + me[15:]
    one = lines[:10] + ["个人参保缴费明细", f"姓名：赵珺  性别：女  公民身份号码：{slip}", head] + \
        [f"{k}  {a}  2023年{k:02d}月  4500.00  360.00  已到账" for k in range(7, 10)]
    got = field_map(parser_for("social_insurance")(doc_from_text("\n".join(one), "social_insurance", source="ocr")))
    assert got["contribution"] == [f"2023-{k:02d}|{a}|4500|1" for k in range(1, 10)]


def test_a_unit_heading_with_its_bare_code_in_brackets_governs_the_months_below_it():
    """A yearly 个人账户对账单: the page's 单位名称 is the unit at the year's end; the 缴费明细 lists the
    months under "单位：X（6201540483）" headings, the code alone in brackets. The heading was not read as
    a unit (a bare code), and the year's months went to the page's unit (INSURED_UNIT_MISMATCH suspect)."""
    a, b = "兰州新区城市发展投资集团有限公司", "兰州新区秦川园区管理服务中心"
    text = "\n".join(["甘肃省城镇企业职工基本养老保险个人账户对账单", "（2022年度）", f"单位名称：{b}  单位：元",
                      "| 缴费单位 | 缴费基数 | 缴费月数 | 个人缴费 |", f"| {a} | 5662.00 | 2 | 905.92 |",
                      f"| {b} | 5100.00 | 0 | 0.00 |",
                      "二、缴费明细", "缴费月份  缴费基数  个人缴费  缴费标志", f"单位：{a}（6201540483）",
                      "2022-01  5662.00  452.96  已缴", "2022-02  5662.00  452.96  已缴",
                      f"单位：{b}（6201289572）", "2022-03  5100.00  0.00  中断"])
    got = field_map(parser_for("social_insurance")(doc_from_text(text, "social_insurance")))
    assert got["contribution"] == [f"2022-01|{a}|5662|1", f"2022-02|{a}|5662|1", f"2022-03|{b}|5100|0"]


def test_a_social_security_card_passbook_gives_the_months_its_pension_debits_name():
    """A 社保卡 (金融账户) 交易明细: salary, shopping and 医疗 rows among the 养老 debits, each row dated by its
    transaction. The month paid for is the one the 摘要 names; a failed debit pays nothing unless a later
    one names the month; the payer is the 代扣单位 (or the holder: 个人缴费). Read as a statement, every
    transaction's date had been a month and its 摘要 a unit ("2023-06|网联美团支付|259.47")."""
    a = "兰州新区城市发展投资集团有限公司"
    rows = ["甘肃银行社会保障卡（金融账户）交易明细  第1页", "户名：马海燕  卡号：670147*******3011",
            f"代扣单位：{a} 代扣项目：基本养老保险（个人部分）", "序号 交易日期  摘要  支出  存入  余额  网点/柜员",
            "1 2023-08-08代发工资  4500.00  7407.35 批量",
            "2 2023-08-14批量代扣企业职工养老保险2023年08月基数5231.00  418.48  6988.87 批量",
            "3 2023-08-20快捷支付财付通  356.34  6632.53  POS", "4 2023-09-14代扣医疗保险费2023年09月  104.62  6527.91 批量",
            "5 2023-09-14批量代扣企业职工养老保险2023年09月基数5231.00  扣款失败 余额不足  6527.91 批量",
            "6 2023-09-20社保扣款 养老保险202309 基数5231.00  418.48  6109.43 批量",
            "7 2023-10-14代扣养老保险费2023年10月基数5231.00  扣款失败  6109.43 批量"]
    from extractors.base import DOC_TYPES
    from extractors.classify import classify
    assert classify(doc_from_text("\n".join(rows), "unknown"), list(DOC_TYPES.values()))[0] == "social_insurance"
    doc = doc_from_text("\n".join(rows), "social_insurance")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["name"] == "马海燕"
    assert got["contribution"] == [f"2023-08|{a}|5231|1", f"2023-09|{a}|5231|1", f"2023-10|{a}|5231|0"]
    assert doc.coverage.complete
    selfpaid = [r.replace(f"代扣单位：{a} ", "参保身份：灵活就业人员（个人缴费） ") for r in rows]
    doc = doc_from_text("\n".join(selfpaid), "social_insurance", source="ocr")
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"][0] == "2023-08|个人缴费|5231|1"
    assert not doc.coverage.complete   # a photographed ledger: a month it does not show is no unpaid month


def test_an_excel_export_s_month_printed_as_an_english_date_cell_is_its_month():
    """An HR system's export printed from Excel: the 所属期 column is a date cell Excel shows as "1-Aug-20" (the first
    of each month); OCR may read Dec as "Dee". Each row is its month; "1-Jum-21" (Jun or Jul) is not guessed."""
    rows = [["序号", "姓名", "身份证号码", "险种名称", "所属期", "申报工资基数", "个人应缴", "状态", "单位名称"],
            ["1", "蒲永刚", "620104197912221075", "职工基本养老保险", "1-Aug-20", "4,800.00", "384.00", "正常", "兰州新区西岔学校"],
            ["2", "蒲永刚", "620104197912221075", "职工基本养老保险", "1-Nov-20", "4,800.00", "0.00", "欠费", "兰州新区西岔学校"],
            ["3", "蒲永刚", "620104197912221075", "职工基本养老保险", "1-Dee-20", "4,800.00", "384.00", "正常", "兰州新区西岔学校"],
            ["4", "蒲永刚", "620104197912221075", "职工基本养老保险", "1-Jum-21", "5,136.00", "410.88", "正常", "兰州新区西岔学校"]]
    doc = doc_from_tables([rows], "social_insurance", header_lines=["参保人员缴费明细查询结果"])
    got = field_map(parser_for("social_insurance")(doc))
    assert got["contribution"] == ["2020-08|兰州新区西岔学校|4800|1", "2020-11|兰州新区西岔学校|4800|0",
                                   "2020-12|兰州新区西岔学校|4800|1"], got
    assert not doc.coverage.complete   # the row whose month was not read is counted unread



def test_a_slip_two_glyphs_from_one_frequent_name_settles_there_though_another_is_three_away():
    """Many OCR variants of one unit on a photographed sheet: a variant two slips from one frequent reading settles
    there even when a second frequent reading is three slips away (the looser rule serves only where no name is two
    slips away; read both ways, the variant stayed a unit of its own and could break the run)."""
    from extractors.statement import settle_units
    a, b, u = "甘肃中川环保工程技术有限公司", "甘省中川环保工程技术有限公司", "甘肃中网环作工程技术有限公司"
    months = [f"20{y}-{m:02d}" for y in (21, 22, 23) for m in range(1, 13)]
    rows = [f"{mo}|{a if k % 3 else b}|5658|1" for k, mo in enumerate(months)]
    rows[20] = f"{months[20]}|{u}|5658|1"
    assert settle_units(rows)[20] == f"{months[20]}|{a}|5658|1"
