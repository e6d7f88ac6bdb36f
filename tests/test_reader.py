"""read_document: every kind of upload becomes Documents, bad ones as data (never an exception)."""
from __future__ import annotations

import io
import re

import pymupdf
import pytest
from PIL import Image

from extractors.base import DocTypeSpec, OcrBox
from extractors.ocr import FakeOcrEngine
from extractors.reader import read_document
from core.models import Field

CJK = "china-s"


def _spec(t, kw, title, parse=None):
    return DocTypeSpec(doc_type=t, parse=parse or (lambda d: [Field(name="title", value=d.pages[0].lines[0].text)]),
                       keywords=[(kw, 3)], title_keywords=[title], min_score=2)


SPECS = [_spec("diploma", "毕业证书", "毕业证书"), _spec("degree", "学位证书", "学位证书"),
         _spec("annual_appraisal", "年度考核", "年度考核登记表")]


def _text_pdf(path, pages=1, **save):
    doc = pymupdf.open()
    for i in range(pages):
        p = doc.new_page()
        p.insert_text((72, 80), f"毕业证书 第{i + 1}页", fontname=CJK, fontsize=20)
        p.insert_text((72, 130), "姓名", fontname=CJK, fontsize=11)
        p.insert_text((130, 130), "张三", fontname=CJK, fontsize=11)
    doc.save(path, **save)
    return path


def _render(lines, size=(420, 300), dpi=150) -> pymupdf.Pixmap:
    doc = pymupdf.open()
    p = doc.new_page(width=size[0], height=size[1])
    for i, t in enumerate(lines):
        p.insert_text((30, 60 + 40 * i), t, fontname=CJK, fontsize=20 if i == 0 else 14)
    return p.get_pixmap(dpi=dpi)


def _one(path, **kw):
    docs = read_document(path, "A001", specs=SPECS, **kw)
    assert len(docs) == 1
    return docs[0]


def _unreadable_reason(doc):
    assert doc.doc_type == "unknown" and not doc.readable
    return next(e.message for e in doc.errors if e.stage == "read")


def test_text_layer_lines_bbox_and_identity(tmp_path):
    import hashlib
    path = _text_pdf(tmp_path / "x.pdf")
    d = _one(path)
    assert (d.media, d.doc_type, d.filename, d.part) == ("pdf", "diploma", "x.pdf", 0)
    assert d.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() and d.size == path.stat().st_size
    page = d.pages[0]
    assert page.text_source == "text_layer" and (page.width, page.height) == (595, 842)
    assert [ln.text for ln in page.lines] == ["毕业证书 第1页", "姓名 张三"]
    x0, y0, x1, y1 = page.lines[1].bbox
    assert x0 == pytest.approx(72) and y1 == pytest.approx(130, abs=4) and x1 > 150
    assert page.lines[0].source == "text_layer" and page.lines[0].confidence == 1.0
    assert d.fields[0].value == "毕业证书 第1页"           # the registered parser ran
    assert d.meta["pdf"]["eof_markers"] == 1 and d.meta["pdf"]["page_count"] == 1


def test_table_without_ruling_lines_gives_rows(tmp_path):
    doc = pymupdf.open()
    p = doc.new_page()
    rows = [("月份", "缴费单位", "缴费基数", "状态")] + \
        [(f"2021-{m:02d}", "兰州新区建设公司", f"{4000 + m}.00", "已缴") for m in range(1, 9)]
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            p.insert_text((60 + 130 * j, 100 + 20 * i), cell, fontname=CJK, fontsize=10)
    doc.save(tmp_path / "t.pdf")
    d = _one(tmp_path / "t.pdf")
    table = d.pages[0].tables[0]
    assert table[0] == ["月份", "缴费单位", "缴费基数", "状态"]
    assert table[3] == ["2021-03", "兰州新区建设公司", "4003.00", "已缴"] and len(table) == 9


def test_encrypted_user_password_unreadable_owner_only_read(tmp_path):
    enc = dict(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner")
    user = _text_pdf(tmp_path / "user.pdf", user_pw="secret", **enc)
    owner = _text_pdf(tmp_path / "owner.pdf", **enc)
    assert _unreadable_reason(_one(user)) == "文件已加密，无法打开"
    d = _one(owner)
    assert d.readable and d.doc_type == "diploma" and d.meta["pdf"]["encrypted"] is True


def test_truncated_and_garbage_pdf(tmp_path):
    data = _text_pdf(tmp_path / "ok.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: data.rfind(b"xref")])           # xref table and trailer lost
    d = _one(cut)
    assert d.readable and d.pages[0].lines[0].text.startswith("毕业证书")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    assert "PDF" in _unreadable_reason(_one(junk))


def test_empty_html_and_zip_are_unreadable(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "page.jpg").write_bytes(b"<!DOCTYPE html><html><body>404</body></html>")
    (tmp_path / "a.png").write_bytes(b"PK\x03\x04" + b"\0" * 100)
    assert _unreadable_reason(_one(tmp_path / "empty.pdf")) == "空文件"
    for name in ("page.jpg", "a.png"):
        d = _one(tmp_path / name)
        assert _unreadable_reason(d) == "不支持的文件类型" and d.sha256 and d.filename == name


def test_pdf_named_jpg_read_normally(tmp_path):
    path = tmp_path / "scan.jpg"
    path.write_bytes(_text_pdf(tmp_path / "x.pdf").read_bytes())
    d = _one(path)
    assert d.media == "pdf" and d.doc_type == "diploma"


def test_page_cap(tmp_path):
    d = read_document(_text_pdf(tmp_path / "long.pdf", pages=12), "A001", specs=SPECS, page_cap=5)[0]
    assert d.page_count == 5 and d.meta["page_count_total"] == 12
    assert any(e.stage == "cap" for e in d.errors) and d.readable


def test_decompression_bomb_and_parse_error(tmp_path, monkeypatch):
    buf = io.BytesIO()
    Image.new("L", (12000, 9000)).save(buf, "PNG")        # 108 Mpx > Pillow's limit
    (tmp_path / "bomb.png").write_bytes(buf.getvalue())
    assert _unreadable_reason(_one(tmp_path / "bomb.png")) == "图像尺寸异常（像素数超过上限）"

    def boom(doc):
        raise ValueError("bad")
    docs = read_document(_text_pdf(tmp_path / "x.pdf"), "A", specs=[_spec("diploma", "毕业证书", "毕业证书", boom)])
    assert docs[0].readable and [e.stage for e in docs[0].errors] == ["parse"]


def test_multiframe_tiff_exif_and_fake_ocr(tmp_path):
    frames = [Image.new("RGB", (300, 200), "white"), Image.new("RGB", (300, 200), "white")]
    path = tmp_path / "two.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:])
    eng = FakeOcrEngine([[OcrBox("年度考核登记表", [[10, 10], [200, 10], [200, 30], [10, 30]], 0.9)]])
    d = read_document(path, "A", ocr=eng, specs=SPECS)[0]
    assert d.media == "image" and [p.number for p in d.pages] == [1, 2]
    assert d.pages[0].text_source == "ocr" and (d.pages[0].width, d.pages[0].height) == (300, 200)
    assert d.doc_type == "annual_appraisal" and d.part == 0
    # EXIF orientation 6 (rotate 90 CW on display): width and height swap
    img = Image.new("RGB", (300, 200), "white")
    exif = img.getexif()
    exif[0x0112] = 6
    img.save(tmp_path / "p.jpg", exif=exif)
    d = read_document(tmp_path / "p.jpg", "A", ocr=FakeOcrEngine([[]]), specs=SPECS)[0]
    assert (d.pages[0].width, d.pages[0].height) == (200, 300)


@pytest.mark.ocr
def test_jpeg_named_pdf_read_via_ocr(tmp_path, ocr_engine):
    pix = _render(["学位证书", "授予 王五 工学学士学位"])
    (tmp_path / "deg.pdf").write_bytes(pix.tobytes("jpeg"))
    d = read_document(tmp_path / "deg.pdf", "A", ocr=ocr_engine, specs=SPECS)[0]
    assert d.media == "image" and d.text_source == "ocr" and d.doc_type == "degree"
    assert d.pages[0].lines[0].text == "学位证书" and d.pages[0].lines[0].confidence > 0.8


@pytest.mark.ocr
def test_image_only_bundle_split_in_three(tmp_path, ocr_engine):
    out = pymupdf.open()
    for title in ("毕业证书", "学位证书", "年度考核登记表"):
        pix = _render([title, "姓名 赵六", "兰州新区"])
        page = out.new_page(width=420, height=300)
        page.insert_image(page.rect, pixmap=pix)
    out.save(tmp_path / "bundle.pdf")
    docs = read_document(tmp_path / "bundle.pdf", "A", ocr=ocr_engine, specs=SPECS)
    assert [d.doc_type for d in docs] == ["diploma", "degree", "annual_appraisal"]
    assert [(d.part, d.page_range) for d in docs] == [(1, (1, 1)), (2, (2, 2)), (3, (3, 3))]
    assert [d.pages[0].number for d in docs] == [1, 2, 3]
    assert all(d.filename == "bundle.pdf" and d.pages[0].text_source == "ocr" for d in docs)
    # OCR boxes are given in PDF points like the text layer
    assert docs[0].pages[0].width == pytest.approx(420, abs=1)


def test_a_photocopy_of_a_diploma_above_a_degree_certificate_is_two_documents(tmp_path):
    """One A4 sheet with the 毕业证书 in its upper half and the 学士学位证书 in its lower half: each is
    read as a document of its own type, the diploma's number never taken for the degree's."""
    import pymupdf
    from extractors import read_document
    pdf = pymupdf.open()
    page = pdf.new_page()
    lines = ["毕业证书", "学生苟文斌，性别男，一九八四年二月九日生，于二〇〇二年九月至",
             "二〇〇六年七月在本校环境工程专业四年制本科学习，修完教学计划规定", "的全部课程，成绩合格，准予毕业。",
             "校名：甘肃民族师范学院", "证书编号：107481200605803209", "二〇〇六年七月一日",
             "学士学位证书", "苟文斌，男，一九八四年二月九日生。在甘肃民族师范学院环境工程专业",
             "完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的", "规定，授予工学学士学位。",
             "证书编号：1074842006398662", "二〇〇六年七月一日"]
    for i, text in enumerate(lines):
        page.insert_text((60, 60 + 26 * i + (80 if i >= 7 else 0)), text, fontname="china-s", fontsize=12)
    path = tmp_path / "copy.pdf"
    pdf.save(path)
    docs = read_document(path, "A001")
    assert [d.doc_type for d in docs] == ["diploma", "degree"]
    dip, deg = ({f.name: f.value for f in d.fields} for d in docs)
    assert (dip["certificate_no"], dip["school"], dip["graduation_date"]) == \
        ("107481200605803209", "甘肃民族师范学院", "2006-07")
    assert (deg["degree_certificate_no"], deg["degree"]) == ("1074842006398662", "学士")


def _margin_head_pdf(path, rotate: int):
    """A paper's first page whose running head is printed up (rotate=90) or down (rotate=-90) the left margin."""
    doc = pymupdf.open()
    p = doc.new_page()
    head = ["环境工程", "2022年第4期（总第388期）", "ISSN 1000-8942", "CN 11-2097/X"]
    y = 760 if rotate == 90 else 120
    for part in head:
        w = pymupdf.get_text_length(part, fontname=CJK, fontsize=11)
        p.insert_text((45, y), part, fontname=CJK, fontsize=11, rotate=rotate)
        y += -(w + 25) if rotate == 90 else w + 25
    p.insert_text((120, 110), "黄土高填方地基沉降规律数值模拟研究", fontname=CJK, fontsize=18)
    p.insert_text((230, 145), "瞿颖  苟文斌", fontname=CJK, fontsize=11)
    p.insert_text((90, 185), "摘要：现场实测数据与数值计算结果吻合较好。", fontname=CJK, fontsize=10)
    p.insert_text((90, 205), "关键词：寒旱区；数值模拟；参考文献", fontname=CJK, fontsize=10)
    doc.save(path)
    return path


@pytest.mark.parametrize("rotate", [90, -90])
def test_a_running_head_up_or_down_the_margin_is_read_first_in_its_own_order(tmp_path, rotate):
    from extractors.pdf import text_layer_rows
    page = pymupdf.open(_margin_head_pdf(tmp_path / "p.pdf", rotate))[0]
    rows = text_layer_rows(page)
    assert rows[0].text == "环境工程 2022年第4期（总第388期） ISSN 1000-8942 CN 11-2097/X"
    assert rows[1].text == "黄土高填方地基沉降规律数值模拟研究"


def test_a_photographed_running_head_up_the_margin_is_read_turned_the_right_way(tmp_path, ocr_engine):
    """OCR turns a box standing on end to read downwards; a head printed upwards is read the other
    way round (the recogniser is surer of it) and put first, in its order."""
    page = pymupdf.open(_margin_head_pdf(tmp_path / "p.pdf", 90))[0]
    page.get_pixmap(dpi=150).save(tmp_path / "p.png")
    from extractors import read_document as read
    doc = read(tmp_path / "p.png", "A", ocr=ocr_engine)[0]
    first = re.sub(r"\s", "", doc.pages[0].lines[0].text)
    # (the detector cuts a clean render's sideways "ISSN 1000-8942" into glyphs read apart: not asserted)
    assert first.startswith("环境工程2022年第4期")
    assert doc.doc_type == "paper"
    got = {f.name: f.value for f in doc.fields}
    assert (got.get("journal"), got.get("published")) == ("环境工程", "2022-04")


def test_row_numbers_down_the_margin_are_no_line_on_end():
    """A photographed table's 序号 column touching the page's edge: "1" … "12" stacked close are each as
    wide as tall — never joined into one box read sideways ("123456789"); pieces of a head set on end
    (tall, or square beside a tall one) are."""
    import numpy as np
    from extractors.ocr import _margin_columns

    def quad(x0, y0, x1, y1):
        return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=np.float32)
    serials = [quad(20, 100 + 22 * k, 44, 120 + 22 * k) for k in range(10)]
    assert _margin_columns(serials, 1000) == []
    head = [quad(20, 300, 45, 330), quad(20, 331, 45, 420), quad(20, 421, 45, 446)]
    assert _margin_columns(head, 1000) == [[0, 1, 2]]
    assert _margin_columns([quad(500, 300, 525, 330), quad(500, 331, 525, 420)], 1000) == []  # mid-page


def _watermarked_statement(path, over: bool):
    """A ruled 缴费明细 with a watermark set at 30° repeated across it (text in the text layer, light
    grey), drawn under the table or over it half transparent, as online 参保证明 prints have."""
    doc = pymupdf.open()
    p = doc.new_page()
    rows = [("费款所属期", "缴费单位", "缴费基数", "个人缴纳")] + \
        [(f"2022-{m:02d}", "兰州新区水投集团有限公司", f"{4500 + m}.00", "360.00") for m in range(1, 9)]

    def watermark():
        for x, y in ((40, 200), (250, 200), (40, 330), (250, 330)):
            p.insert_text((x, y), "仅供职称申报使用2024-06-26", fontname=CJK, fontsize=22, color=(0.6, 0.6, 0.6),
                          fill_opacity=0.4 if over else 1, morph=(pymupdf.Point(x, y), pymupdf.Matrix(30)))

    if not over:
        watermark()
    xs = (50, 140, 330, 430, 530)
    for i in range(len(rows) + 1):
        p.draw_line((xs[0], 90 + 22 * i), (xs[-1], 90 + 22 * i))
    for x in xs:
        p.draw_line((x, 90), (x, 90 + 22 * len(rows)))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            p.insert_text((xs[j] + 4, 105 + 22 * i), cell, fontname=CJK, fontsize=10)
    if over:
        watermark()
    doc.save(path)
    return path


@pytest.mark.parametrize("over", [False, True])
def test_a_watermark_set_at_a_slant_is_no_text_of_the_page(tmp_path, over):
    from extractors import pdf, pdf_traces
    path = _watermarked_statement(tmp_path / "w.pdf", over)
    d = _one(path)
    text = " ".join(ln.text for ln in d.pages[0].lines)
    assert "仅供" not in text and "2022-03 兰州新区水投集团有限公司 4503.00 360.00" in text
    page = pymupdf.open(path)[0]
    cells = [r for t in pdf._find_tables(page) for r in t]   # the ruled table's cells, from its words
    assert ["2022-03", "兰州新区水投集团有限公司", "4503.00", "360.00"] in cells
    assert not any("仅供" in c or "使用" in c for r in cells for c in r)
    # the watermark lies over the table by design: no text printed over other text
    assert [o for o in pdf_traces.overlays(page) if o["kind"] == "overprint"] == []


@pytest.mark.parametrize("hidden", [True, False])
def test_a_scanners_invisible_ocr_layer_is_no_text_the_page_is_read_from_its_image(tmp_path, hidden):
    """A copier's "searchable PDF": the page is a scan with the copier's own OCR laid under it as
    invisible text (render mode 3), with that OCR's slips. The page is read from its image; the same
    text drawn visibly over nothing but white paper is the page's text layer as before."""
    doc = pymupdf.open()
    p = doc.new_page()
    buf = io.BytesIO()
    Image.new("RGB", (595, 842), "white").save(buf, "PNG")
    p.insert_image(p.rect, stream=buf.getvalue())
    for k in range(12):
        p.insert_text((60, 100 + 20 * k), f"2021-{k + 1:02d} 兰州新匹秦川园区管理服务中心 4120.50 已缘", fontname=CJK,
                      fontsize=10, render_mode=3 if hidden else 0)
    doc.save(tmp_path / "s.pdf")
    eng = FakeOcrEngine([[OcrBox("年度考核登记表", [[10, 10], [200, 10], [200, 30], [10, 30]], 0.9)]])
    d = read_document(tmp_path / "s.pdf", "A", ocr=eng, specs=SPECS)[0]
    text = " ".join(ln.text for ln in d.pages[0].lines)
    if hidden:
        assert d.pages[0].text_source == "ocr" and eng.stats.calls == 1
        assert "新匹" not in text and "年度考核登记表" in text
    else:
        assert d.pages[0].text_source == "text_layer" and eng.stats.calls == 0 and "新匹" in text


@pytest.mark.parametrize("junk", ["\ue03f\ue037\ue08e", "\ufffd\ufffd\ufffd", None])
def test_a_text_layer_whose_labels_extract_as_junk_is_read_from_the_picture(monkeypatch, tmp_path, junk):
    """An online 参保缴费证明 whose labels are set in a font without a usable ToUnicode map: they print
    姓名 / 缴费年月 but extract as private-use code points or U+FFFD while the values extract. Such a
    page is read by OCR from its rendering; a clean text layer stays the text layer."""
    from types import SimpleNamespace
    from extractors import pdf
    doc = pymupdf.open()
    p = doc.new_page()
    for k in range(12):
        p.insert_text((60, 100 + 20 * k), f"缴费年月 2021-{k + 1:02d} 兰州新区秦川园区管理服务中心 4120.50",
                      fontname=CJK, fontsize=10)
    doc.save(tmp_path / "g.pdf")
    real = pdf.text_layer_rows
    # (a built-in font cannot set such glyphs: the extracted labels are replaced as the broken font gives them)
    def broken(page):
        rows = real(page)
        for r in rows:
            r.text = r.text.replace("缴费年月", junk or "缴费年月")
        return rows
    monkeypatch.setattr(pdf, "text_layer_rows", broken)
    assert pdf._garbled(pdf.text_layer_rows(pymupdf.open(tmp_path / "g.pdf")[0])) is bool(junk)
    icons = [SimpleNamespace(text=f"\ue601 电话：0931-{k}  \ue62b 邮箱") for k in range(12)]
    assert not pdf._garbled(icons)   # a web page's icon font: lone glyphs, no words
    eng = FakeOcrEngine([[OcrBox("年度考核登记表", [[10, 10], [200, 10], [200, 30], [10, 30]], 0.9)]])
    d = read_document(tmp_path / "g.pdf", "A", ocr=eng, specs=SPECS)[0]
    assert d.pages[0].text_source == ("ocr" if junk else "text_layer")
    assert eng.stats.calls == (1 if junk else 0)


def _screenshot(rows: list[tuple[str, str]]) -> bytes:
    """A phone screenshot of an app's 缴费记录: month and status, the unit, base and amount per card."""
    doc = pymupdf.open()
    p = doc.new_page(width=200, height=300)
    p.insert_text((12, 24), "养老保险缴费信息", fontname=CJK, fontsize=11)
    y = 54
    for month, unit in rows:
        p.insert_text((12, y), month, fontname="helv", fontsize=11)
        p.insert_text((120, y), "已缴费", fontname=CJK, fontsize=9)
        p.insert_text((12, y + 15), unit, fontname=CJK, fontsize=8)
        p.insert_text((12, y + 29), "缴费基数6986.00  个人缴纳558.88", fontname=CJK, fontsize=8)
        y += 46
    return p.get_pixmap(dpi=220).tobytes("png")


def test_screenshots_pasted_into_a_word_document_are_read_each_on_its_own(tmp_path, ocr_engine):
    """An app's 缴费记录 screenshots pasted two to a row into Word and printed to PDF: the text layer holds
    only the typed caption, every month is inside the pictures. The pictures are read by OCR, each apart
    (two screenshots side by side are two columns, never one row), after the caption."""
    unit = "甘肃省交通规划勘察设计院股份有限公司"
    doc = pymupdf.open()
    p = doc.new_page()
    p.insert_text((72, 100), "附件：社会保险缴费记录截图  姓名：敬德明", fontname=CJK, fontsize=11)
    left = [(f"2024-{m:02d}", unit) for m in (6, 5, 4, 3, 2)]
    right = [(f"2024-{m:02d}", unit) for m in (1,)] + [(f"2023-{m:02d}", unit) for m in (12, 11, 10, 9)]
    p.insert_image(pymupdf.Rect(90, 148, 288, 445), stream=_screenshot(left))
    p.insert_image(pymupdf.Rect(307, 148, 505, 445), stream=_screenshot(right))
    doc.save(tmp_path / "w.pdf")
    d = read_document(tmp_path / "w.pdf", "A", ocr=ocr_engine)[0]
    texts = [ln.text for ln in d.pages[0].lines]
    assert texts[0].startswith("附件") and d.pages[0].text_source == "text_layer", texts
    month = r"20\d\d\s*[-－]\s*\d\d"  # (OCR reads some hyphens full width)
    months = [re.sub(r"[\s－]", lambda c: "-" if c.group() == "－" else "", m) for t in texts for m in re.findall(month, t)]
    assert sorted(months) == sorted(m for m, _ in left + right) and not any(len(re.findall(month, t)) > 1
                                                                            for t in texts), texts
    assert months.index("2024-02") < months.index("2024-01")  # the left picture read whole before the right


def test_a_byline_set_with_blanks_but_no_space_character_reads_its_names_apart(tmp_path):
    """A re-flowed 龙源 PDF sets "作者：周垚  蒲永刚  马木提江" with half an em between the names and no space
    character: a reader sees three names (one name "周垚蒲永刚马木提江" was read). Evenly letter-spaced words
    ("工 作 证 明") stay one word."""
    doc = pymupdf.open()
    p = doc.new_page()
    x = 72.0
    for k, ch in enumerate("作者：周垚蒲永刚马木提江"):
        p.insert_text((x, 100), ch, fontname=CJK, fontsize=10.5)
        x += 10.5 + (5.3 if k in (4, 7) else 0.0)   # after 垚 and 刚
    x = 72.0
    for ch in "工作证明":
        p.insert_text((x, 160), ch, fontname=CJK, fontsize=16)
        x += 16 + 12
    path = tmp_path / "byline.pdf"
    doc.save(path)
    texts = [ln.text for ln in _one(path).pages[0].lines]
    assert "作者：周垚 蒲永刚 马木提江" in texts, texts
    assert "工作证明" in texts, texts


@pytest.mark.ocr
def test_screenshots_placed_side_by_side_on_an_image_only_page_are_read_one_after_the_other(tmp_path, ocr_engine):
    """Phone screenshots combined two to a page (an image-only PDF): each picture's lines are read apart and in
    order — the left one's, then the right one's — not joined across the gap into rows of two months."""
    left = _render(["2024年02月 已到账", "缴费基数5290.00", "2024年01月 已到账"], size=(260, 200))
    right = _render(["2023年09月 已到账", "缴费基数5136.00", "2023年08月 已到账"], size=(260, 200))
    doc = pymupdf.open()
    page = doc.new_page(width=560, height=260)
    page.insert_image(pymupdf.Rect(10, 20, 270, 220), stream=left.tobytes("png"))
    page.insert_image(pymupdf.Rect(290, 20, 550, 220), stream=right.tobytes("png"))
    doc.save(tmp_path / "screens.pdf")
    d = read_document(tmp_path / "screens.pdf", "A", ocr=ocr_engine, specs=SPECS)[0]
    numbers = [re.sub(r"\D", "", ln.text) for ln in d.pages[0].lines]   # (OCR may read 账 as 贝, . as ．)
    assert numbers == ["202402", "529000", "202401", "202309", "513600", "202308"], numbers
