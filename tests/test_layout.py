"""Line grouping: two columns on one baseline stay apart (OCR boxes and text layer), each with its box."""
from __future__ import annotations

import numpy as np
import pymupdf

from core.models import Document, Page
from extractors.base import OcrBox, parser_for
from extractors.classify import classify
from extractors.lines import doc_lines, join_spaced, label_matches
from extractors.ocr import FakeOcrEngine, ocr_image
from extractors.parsers import load_all
from extractors.pdf import text_layer_rows
from extractors import layout

load_all()


def _box(text, x0, y0, x1, y1, score=0.95):
    return OcrBox(text=text, box=[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], score=score)


def _ocr_doc(boxes, doc_type, size=(1200, 900)) -> Document:
    lines, *_ = ocr_image(np.full((size[1], size[0], 3), 255, np.uint8), FakeOcrEngine([boxes]))
    page = Page(number=1, width=size[0], height=size[1], text_source="ocr", lines=lines)
    return Document(applicant_id="T", filename="scan.jpg", doc_type=doc_type, pages=[page])


def _fields(doc):
    return {f.name: f for f in parser_for(doc.doc_type)(doc)}


def test_school_next_to_president_on_one_baseline():
    # 校名 and 校(院)长 printed side by side at the foot of a diploma, 7 characters apart
    doc = _ocr_doc([_box("毕业证书", 500, 40, 700, 90),
                    _box("学生张伟，性别男，于2013年9月至2017年6月在本校学习，准予毕业。", 60, 200, 1100, 230),
                    _box("校名：兰州交通大学", 60, 700, 300, 728),
                    _box("校(院)长：王某某", 500, 700, 700, 728)], "diploma")
    line = doc.pages[0].lines[-1]
    assert [s.text for s in line.segments] == ["校名：兰州交通大学", "校(院)长：王某某"]
    assert line.segments[0].bbox == (60.0, 700.0, 300.0, 728.0)
    school = _fields(doc)["school"]
    assert school.value == "兰州交通大学"
    assert school.bbox == (60.0, 700.0, 300.0, 728.0)  # the column's box, not the whole line


def test_certificate_number_with_its_date_on_the_same_line():
    doc = _ocr_doc([_box("毕业证书", 500, 40, 700, 90),
                    _box("证书编号：107321201705001234", 60, 700, 420, 728),
                    _box("2017年6月30日", 700, 700, 880, 728)], "diploma")
    f = _fields(doc)
    assert f["certificate_no"].value == "107321201705001234"
    assert f["certificate_no"].bbox[2] == 420.0


def test_a_gap_of_one_character_keeps_one_segment_and_letter_spacing_joins():
    segs = [layout.Seg("姓", 0, 0, 20, 20), layout.Seg("名", 70, 0, 90, 20),   # letter-spaced label
            layout.Seg("张伟", 115, 0, 155, 20),                                   # one character apart
            layout.Seg("性别", 300, 0, 340, 20), layout.Seg("男", 365, 0, 385, 20)]
    row = layout.group_rows(segs)[0]
    assert [t for t, _ in row.columns] == ["姓 名 张伟", "性别 男"]
    assert join_spaced("姓 名 张伟") == "姓名 张伟"
    assert join_spaced("1 0 7 3 2 1 2 0 1 7") == "1073212017"
    assert join_spaced("性别 男 民族 汉") == "性别 男 民族 汉"   # single values between labels stay apart


def test_text_layer_line_cut_at_a_wide_gap(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((60, 100), "西北大学", fontname="china-s", fontsize=14)
    page.insert_text((300, 100), "二O一四年六月三十日", fontname="china-s", fontsize=14)
    page.insert_text((60, 140), "姓名 李四     性别 女", fontname="china-s", fontsize=14)
    rows = text_layer_rows(page)
    lines = layout.rows_to_lines(rows, "text_layer")
    assert [s.text for s in lines[0].segments] == ["西北大学", "二O一四年六月三十日"]
    assert lines[0].segments[0].bbox[2] < 130 and lines[0].segments[1].bbox[0] >= 299
    assert [s.text for s in lines[1].segments] == ["姓名 李四", "性别 女"]


def test_labels_match_as_labels_not_inside_values():
    def found(text, labels):
        return [m.group(0) for m in label_matches(text, labels)]
    assert found("西北民族大学", ["民族"]) == []
    assert found("民族：汉", ["民族"]) == ["民族"]
    assert found("性别 男 民族 汉", ["民族"]) == ["民族"]
    assert found("兰州交通大学 校(院)长 王某", ["学校", "校(院)长"]) == ["校(院)长"]
    assert found("1995年3月12日出生", ["出生"]) == []


def test_second_label_in_one_box_starts_a_new_piece():
    doc = _ocr_doc([_box("毕业证书", 500, 40, 700, 90),
                    _box("学校名称：西北民族大学 证书编号：107301201605001234", 60, 300, 760, 330)], "diploma")
    pieces = [t.text for t in doc_lines(doc, labels=["学校名称", "证书编号", "民族"])]
    assert pieces[-2:] == ["学校名称:西北民族大学", "证书编号:107301201605001234"]
    f = _fields(doc)
    assert f["school"].value == "西北民族大学"
    assert f["certificate_no"].value == "107301201605001234"
    assert f["school"].bbox[2] < f["certificate_no"].bbox[0]


def test_a_vertical_title_is_a_line_of_its_own():
    # "毕业证书" printed top to bottom beside the first prose line (1990s booklet page)
    doc = _ocr_doc([_box("毕业证书", 820, 170, 885, 460),
                    _box("学生赵珺，性别女，一九七四年十月生。于一", 174, 205, 710, 236),
                    _box("九九三年九月至一九九七年六月在本校建筑工程系", 125, 256, 720, 288),
                    _box("道路桥梁与渡河工程专业学习，学制四年，修完本", 124, 307, 719, 336),
                    _box("科教学计划规定的全部课程，成绩合格，准予毕业。", 125, 356, 730, 387)], "diploma")
    assert [ln.text for ln in doc.pages[0].lines][:2] == ["毕业证书", "学生赵珺，性别女，一九七四年十月生。于一"]
    f = {k: v.value for k, v in _fields(doc).items()}
    assert (f["start_date"], f["graduation_date"], f["level"]) == ("1993-09", "1997-06", "本科")
    assert f["major"] == "道路桥梁与渡河工程"


def test_numbers_cut_by_structure_never_shorten_a_whole_number():
    from extractors.numbers import any_certificate_number, degree_number, diploma_number, verification_code
    assert any_certificate_number("128501200306881822") == "128501200306881822"   # an 18-digit of 2003
    assert diploma_number("107321201705001234 2017", "年6月30日") == "107321201705001234"
    assert diploma_number("1073212002050123420", "") == "107321200205012342"  # 18 valid first
    assert diploma_number("10732120020501234 二", "") == "10732120020501234"  # the 2002 17-digit form
    assert degree_number("1073142016002345 2016", "年6月") == "1073142016002345"
    assert degree_number("1073182016002345") == "1073182016002345"            # as read: no structure
    assert verification_code("T5MLCUNW10A4 2021", "年") == "T5MLCUNW10A4"
    assert verification_code("A1B2C3D4E5F6G7H8") == "A1B2C3D4E5F6G7H8"


def test_a_cell_wrapped_onto_lines_above_and_below_its_row_is_one_cell():
    """A long unit name in a narrow column: its first piece above the row, its last below, each
    inside the column; the pieces join that row's cell, in reading order."""
    segs = [layout.Seg(t, x, 60, x + 60, 72) for t, x in (("序号", 40), ("费款所属期", 90), ("单位编号/单位名称", 210),
                                                         ("缴费基数", 375), ("缴费性质", 465))]
    for k, (y, month) in enumerate(((100, "2022.03"), (160, "2022.04"))):
        segs += [layout.Seg("62012115671 兰州新区职", 200, y - 18, 330, y - 6)]
        segs += [layout.Seg(str(k + 1), 50, y, 60, y + 12), layout.Seg(month, 90, y, 150, y + 12),
                 layout.Seg("业教育园区建设发展有限公", 200, y, 340, y + 12),
                 layout.Seg("5231.00", 380, y, 430, y + 12), layout.Seg("正常缴费", 470, y, 520, y + 12)]
        segs += [layout.Seg("司", 262, y + 18, 274, y + 30)]
    rows = layout.group_rows(segs)
    assert layout.table_rows(rows, stitch=True)[1:] == [
        ["1", "2022.03", "62012115671 兰州新区职业教育园区建设发展有限公司", "5231.00", "正常缴费"],
        ["2", "2022.04", "62012115671 兰州新区职业教育园区建设发展有限公司", "5231.00", "正常缴费"]]


def test_a_wrapped_cell_centred_on_its_row_fills_the_cell_the_row_leaves_blank():
    """A browser print's 单位名称 cell centred on its row: the row's own line has no unit at all, the name's
    two halves stand above and below it (text layer: a cell of its own in that gap)."""
    head = [("序号", 40), ("缴费年月", 90), ("单位编号", 160), ("单位名称", 270), ("缴费基数", 370), ("实缴标志", 450)]
    segs = [layout.Seg(t, x, 60, x + 36, 72) for t, x in head]
    for k, y in enumerate((100, 140)):
        segs += [layout.Seg("中国铁建大桥工程局集团第", 233, y - 6, 336, y + 3),
                 layout.Seg(str(k + 1), 50, y, 56, y + 9), layout.Seg(f"20240{3 - k}", 90, y, 120, y + 9),
                 layout.Seg("62378592456", 160, y, 208, y + 9), layout.Seg("4617.00", 372, y, 400, y + 9),
                 layout.Seg("已实缴", 452, y, 480, y + 9),
                 layout.Seg("五工程有限公司", 233, y + 6, 293, y + 15)]
    rows = layout.group_rows(segs)
    assert layout.table_rows(rows, stitch=True)[1:] == [
        ["1", "202403", "62378592456", "中国铁建大桥工程局集团第五工程有限公司", "4617.00", "已实缴"],
        ["2", "202402", "62378592456", "中国铁建大桥工程局集团第五工程有限公司", "4617.00", "已实缴"]]


def test_ocr_joins_only_the_piece_that_completes_a_cut_name_below_its_row():
    """OCR rows (no stitching: a piece joined to a merged cell spoils both) take a Chinese piece below
    the row when it gives a cell cut short its organisation's ending — and nothing else."""
    from extractors.ocr import _completes
    head = [("序号", 40), ("缴费年月", 90), ("单位名称", 170), ("缴费基数", 370)]
    segs = [layout.Seg(t, x, 60, x + 36, 72) for t, x in head]
    for k, (y, cell, below) in enumerate(((100, "中国铁建大桥工程局集团第", "五工程有限公司"),
                                          (160, "兰州新区水投集团有限公司", "（盖章）"),
                                          (220, "兰州新区城市发展投资", "备注：补缴"))):
        segs += [layout.Seg(str(k + 1), 50, y, 56, y + 12), layout.Seg(f"2024-0{k + 1}", 90, y, 130, y + 12),
                 layout.Seg(cell, 170, y, 320, y + 12), layout.Seg("4617.00", 372, y, 400, y + 12),
                 layout.Seg(below, 170, y + 20, 260, y + 32)]
    rows = layout.group_rows(segs)
    got = layout.table_rows(rows, completes=_completes)[1:]
    assert [r[2] for r in got] == ["中国铁建大桥工程局集团第五工程有限公司", "兰州新区水投集团有限公司", "兰州新区城市发展投资"]
    assert [r[2] for r in layout.table_rows(rows)[1:]] == ["中国铁建大桥工程局集团第", "兰州新区水投集团有限公司",
                                                          "兰州新区城市发展投资"]


def test_a_page_banner_above_a_regular_table_does_not_make_it_irregular():
    from extractors.pdf import _regular
    table = [["甘肃政务服务网", "个人中心", "退出"], ["险种类型：…", "起止年月：2021-06", "至", "2024-03"]] + \
        [["序号", "缴费年月", "单位名称", "缴费基数", "实缴标志"]] + [[str(k), f"2024-0{k}", "兰州新区水投集团有限公司",
                                                                 "4617.00", "已实缴"] for k in range(1, 7)]
    assert _regular(table)
    assert not _regular(table[:2] + [["序号", "缴费年月", "单位名称", "缴费基数", "实缴标志", "备注"]] + table[3:])


def test_a_half_filled_last_row_is_a_row_not_a_wrapped_piece_and_sends_the_page_to_the_table_finder():
    """A two-months-a-row grid ends with a row whose second half is blank ("2023.12  5766.00(欠)"): that
    line is a row of its own (never glued into the row above as a wrapped cell), and the quick table, which
    keeps rows of three cells or more, is not used for the page."""
    from extractors.pdf import _short_rows
    head = [("缴费年月", 40), ("缴费基数", 140), ("缴费年月", 240), ("缴费基数", 340)]
    segs = [layout.Seg(t, x, 60, x + 48, 72) for t, x in head]
    segs += [layout.Seg(t, x, 90, x + 48, 102) for t, x in (("2023.10", 40), ("5766.00", 140), ("2023.11", 240),
                                                              ("5766.00", 340))]
    segs += [layout.Seg("2023.12", 40, 110, 88, 122), layout.Seg("5766.00(欠)", 140, 110, 200, 122)]
    rows = layout.group_rows(segs)
    assert layout.table_rows(rows, stitch=True)[1] == ["2023.10", "5766.00", "2023.11", "5766.00"]
    assert _short_rows(rows)
    assert not _short_rows(rows[:-1])


def test_a_continuation_page_without_a_header_joins_the_piece_above_its_first_row():
    segs = []
    for k, y in enumerate((100, 140)):
        segs += [layout.Seg("中国铁建大桥工程局集团第", 233, y - 6, 336, y + 3),
                 layout.Seg(str(k + 13), 50, y, 60, y + 9), layout.Seg(f"20230{3 - k}", 90, y, 120, y + 9),
                 layout.Seg("62378592456", 160, y, 208, y + 9), layout.Seg("4356.00", 372, y, 400, y + 9),
                 layout.Seg("已实缴", 452, y, 480, y + 9),
                 layout.Seg("五工程有限公司", 233, y + 6, 293, y + 15)]
    rows = layout.group_rows(segs)
    assert [r[3] for r in layout.table_rows(rows, stitch=True)] == ["中国铁建大桥工程局集团第五工程有限公司"] * 2


def test_a_signature_date_under_a_table_is_no_half_filled_row():
    from extractors.pdf import _short_rows
    head = [("缴费年月", 40), ("缴费基数", 140), ("缴费状态", 240)]
    segs = [layout.Seg(t, x, 60, x + 48, 72) for t, x in head]
    segs += [layout.Seg(t, x, 90, x + 48, 102) for t, x in (("2023.10", 40), ("5766.00", 140), ("已缴", 240))]
    segs += [layout.Seg("2024年1月19日", 300, 140, 380, 152)]
    assert not _short_rows(layout.group_rows(segs))


def _statement_page(x, y, first, rows, header=True, page=1, pages=2):
    """Boxes of one statement page printed at (x, y) on an n-up sheet: holder, header, month rows, footer."""
    out = []
    if header:
        out += [_box("姓名：把春生", x, y, x + 140, y + 14),
                _box("序号", x, y + 30, x + 30, y + 44), _box("费款所属期", x + 40, y + 30, x + 120, y + 44),
                _box("缴费基数", x + 130, y + 30, x + 190, y + 44), _box("个人缴费", x + 200, y + 30, x + 250, y + 44),
                _box("单位缴费", x + 260, y + 30, x + 310, y + 44), _box("到账标志", x + 320, y + 30, x + 370, y + 44),
                _box("单位名称", x + 380, y + 30, x + 500, y + 44)]
    for k, month in enumerate(rows):
        yy = y + 60 + 20 * k
        # (the recogniser reads the amount, the status and the unit as one box, as on the scans)
        out += [_box(str(first + k), x, yy, x + 20, yy + 14), _box(month, x + 40, yy, x + 110, yy + 14),
                _box("4500.00", x + 130, yy, x + 190, yy + 14), _box("360.00", x + 200, yy, x + 250, yy + 14),
                _box("720.00已到账兰州新区第三人民医院", x + 260, yy, x + 500, yy + 14)]
    out.append(_box(f"第{page}页共{pages}页", x + 150, y + 400, x + 250, y + 414))
    return out


def test_a_two_up_print_reads_each_page_s_rows_apart_and_in_page_order():
    """A 参保缴费明细 printed two pages on one landscape sheet and scanned: the rows of page 2 stand level with
    those of page 1. Each page, told by its footer, is read apart — no row joins a month of page 1 to one of
    page 2 — and every month is read with its unit."""
    left = _statement_page(60, 80, 1, ["2019-06", "2019-07", "2019-08"])
    # (page 2 prints no header: its first rows stand level with page 1's holder and header lines)
    right = _statement_page(640, 20, 4, ["2019-09", "2019-10", "2019-11", "2019-12"], header=False, page=2)
    lines, _, _, table = ocr_image(np.full((900, 1200, 3), 255, np.uint8), FakeOcrEngine([right + left]))
    doc = Document(applicant_id="T", filename="scan.jpg", doc_type="social_insurance",
                   pages=[Page(number=1, width=1200, height=900, text_source="ocr", lines=lines, tables=[table])])
    texts = [ln.text for ln in doc.pages[0].lines]
    assert not any("2019-06" in t and "2019-09" in t for t in texts), texts
    assert texts.index(next(t for t in texts if "2019-08" in t)) < texts.index(next(t for t in texts if "2019-09" in t))
    got = [f.value for f in parser_for("social_insurance")(doc) if f.name == "contribution"]
    assert sorted(c.split("|")[:2] for c in got) == [[f"2019-{m:02d}", "兰州新区第三人民医院"] for m in range(6, 13)], got


def test_a_four_up_sheet_is_read_in_the_order_its_footers_number_the_pages():
    """Four pages on one sheet, laid down the columns first (1 3 / 2 4): the pages come in footer order,
    and a page's footer, with rows below it, ends the upper page. A single page with one footer, or two
    boxes that name the same page, stay one page."""
    segs = lambda boxes: [layout.quad_to_seg(b.text, b.box, b.score, 0.0, (600, 450)) for b in boxes]  # noqa: E731
    pages = [(60, 20, 1), (60, 470, 2), (640, 20, 3), (640, 470, 4)]
    boxes = [b for x, y, k in pages for b in _statement_page(x, y, k, [f"2020-{k:02d}"], header=False, page=k,
                                                             pages=4)]
    parts = layout.panels(segs(boxes))
    assert [[s.text for s in p if s.text.startswith("2020")] for p in parts] == [["2020-01"], ["2020-02"],
                                                                                ["2020-03"], ["2020-04"]]
    one = _statement_page(60, 20, 1, ["2020-01"], header=False, page=1)
    assert len(layout.panels(segs(one))) == 1
    assert len(layout.panels(segs(one + [_box("第1页共2页", 700, 420, 800, 434)]))) == 1


def test_a_newspaper_theory_page_is_a_paper_named_by_its_masthead_with_the_left_headline():
    """A 甘肃日报 理论版 page photographed: no 摘要 or 关键词; its head "09 理论 2018年10月08日 星期一 甘肃日报"
    names the paper (理论 is the page's section) and the month; two headlines stand side by side, read as
    one line with a column gap — the title is the left one, and the right one's second line, under it, is
    no part of it."""
    # the two headlines read as two boxes a column apart, or as one box whose text keeps the gutter as spaces
    _newspaper([_box("地下综合管廊建设运营的实践与思考", 60, 100, 520, 140),
                _box("新时代绿色低碳交通基础设施", 640, 100, 1000, 140)])
    _newspaper([_box("地下综合管廊建设运营的实践与思考  新时代绿色低碳交通基础设施", 60, 100, 1000, 140)])


def _newspaper(headlines):
    doc = _ocr_doc([_box("09理论2018年10月08日星期一", 60, 20, 400, 44), _box("甘肃日报", 900, 20, 1100, 44),
                    _box("责任编辑:马兰美术编辑:葛艳娜校对:赵欣", 60, 50, 500, 66),
                    *headlines,
                    _box("建设的着力点", 700, 148, 870, 188),
                    _box("一基于甘肃省的实践", 60, 200, 300, 222), _box("瞿颖", 700, 200, 760, 222),
                    _box("高霞琰王喆", 60, 230, 200, 250),
                    _box("一、充分认识重要意义近年来，兰州新区坚持把高质量发展作为首要任务。", 60, 300, 500, 316),
                    _box("（作者单位：兰州新区水投集团有限公司）", 60, 700, 400, 716)], "paper")
    assert classify(doc)[0] == "paper"
    got = _fields(doc)
    assert (got["title"].value, got["journal"].value, got["published"].value) == (
        "地下综合管廊建设运营的实践与思考", "甘肃日报", "2018-10"), doc.pages[0].lines[2].text
