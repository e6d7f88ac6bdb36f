"""OCR: line re-assembly from boxes (fake engine) and the real PP-OCR on turned/skewed scans."""
from __future__ import annotations

import math

import cv2
import numpy as np
import pymupdf
import pytest

from extractors.base import OcrBox
from extractors.layout import Seg, estimate_skew, group_rows
from extractors.ocr import FakeOcrEngine, _rotate_image, fold_ocr_text, ocr_image, ocr_image_ex
from extractors.seals import seal_boxes, without_seals
from core.renders import render

ID_NO = "62010219900307123X"


def _box(text, x0, y0, x1, y1, score=0.95):
    return OcrBox(text=text, box=[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], score=score)


def card_image(dpi: int = 200) -> np.ndarray:
    """An ID-card-like page: CJK labels, the number in a Latin font as on real cards."""
    doc = pymupdf.open()
    page = doc.new_page(width=520, height=300)
    page.insert_text((30, 50), "姓名 李四     性别 女", fontname="china-s", fontsize=15)
    page.insert_text((30, 95), "住址 甘肃省兰州新区黄河大道", fontname="china-s", fontsize=15)
    page.insert_text((30, 140), "签发机关 兰州市公安局", fontname="china-s", fontsize=15)
    page.insert_text((30, 200), "公民身份号码", fontname="china-s", fontsize=15)
    page.insert_text((140, 200), ID_NO, fontname="helv", fontsize=17)
    pix = page.get_pixmap(dpi=dpi)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w, pix.n).copy()


def _skewed(img: np.ndarray, deg: float) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    return cv2.warpAffine(img, m, (w, h), borderValue=(255, 255, 255))


def _id_line(lines) -> str:
    return next((ln.text for ln in lines if "身份号码" in ln.text), "")


# --- fake engine: reading order is rebuilt from geometry --------------------------------------

def test_lines_rebuilt_from_out_of_order_boxes():
    boxes = [
        _box("2020-02", 40, 142, 120, 160),       # row 3, given first
        _box("张三", 140, 20, 200, 40),            # row 1 value, adjacent to its label
        _box("兰州新区某公司", 300, 140, 440, 162),  # row 3, far right → a second cell
        _box("姓名：", 80, 22, 138, 40),            # row 1 label
        _box("已缴", 520, 141, 560, 159),
        _box("月份", 40, 100, 80, 118),
        _box("单位", 300, 101, 340, 119),
        _box("状态", 520, 100, 560, 118),
    ]
    lines, rot, skew, rows = ocr_image(np.full((200, 600, 3), 255, np.uint8), FakeOcrEngine([boxes]))
    assert [ln.text for ln in lines] == ["姓名：张三", "月份 单位 状态", "2020-02 兰州新区某公司 已缴"]
    assert (rot, skew) == (0, 0.0)
    assert rows == [["月份", "单位", "状态"], ["2020-02", "兰州新区某公司", "已缴"]]
    assert lines[0].bbox == (80.0, 20.0, 200.0, 40.0)
    assert all(ln.source == "ocr" for ln in lines)


def test_rows_survive_residual_skew_and_keep_stacked_boxes_apart():
    # a long row drifting 8 px over its length, and a second line right below it
    segs = [Seg("甲", 0, 100, 40, 120), Seg("乙", 300, 104, 340, 124), Seg("丙", 600, 108, 640, 128),
            Seg("下一行", 0, 126, 120, 146)]
    rows = group_rows(segs)
    assert [r.text for r in rows] == ["甲 乙 丙", "下一行"]


def test_fake_engine_function_and_fold_of_fullwidth_digits():
    eng = FakeOcrEngine(lambda img: [_box("号码６２０１０２１９９００３０７１２３×", 0, 0, 300, 20)])
    lines, *_ = ocr_image(np.zeros((50, 400, 3), np.uint8), eng)
    assert lines[0].text == "号码" + ID_NO
    assert fold_ocr_text("大道10〇号 二〇二〇年") == "大道100号 二〇二〇年"


def test_skew_and_vertical_share_from_box_angles():
    import math
    a = math.radians(3)
    quad = [[0, 0], [200 * math.cos(a), 200 * math.sin(a)],
            [200 * math.cos(a) - 20 * math.sin(a), 200 * math.sin(a) + 20 * math.cos(a)],
            [-20 * math.sin(a), 20 * math.cos(a)]]
    skew, vshare = estimate_skew([quad, quad])
    assert skew == pytest.approx(3, abs=0.05) and vshare == 0
    tall = [[0, 0], [20, 0], [20, 200], [0, 200]]
    assert estimate_skew([tall, tall, quad])[1] == pytest.approx(2 / 3)


# --- the real model -------------------------------------------------------------------------

@pytest.mark.ocr
@pytest.mark.parametrize("turn", [90, 180])
def test_turned_card_read_upright(ocr_engine, turn):
    img = _rotate_image(card_image(), turn)
    lines, rot, skew, _ = ocr_image(img, ocr_engine)
    assert (rot + turn) % 360 == 0
    assert ID_NO in _id_line(lines).replace(" ", "")
    assert lines[0].text.replace(" ", "").startswith("姓名李四")


@pytest.mark.ocr
def test_skewed_card_read_exactly(ocr_engine):
    before = ocr_engine.stats.calls
    lines, rot, skew, _ = ocr_image(_skewed(card_image(), 2.5), ocr_engine)
    assert rot == 0 and abs(abs(skew) - 2.5) < 0.6
    assert ID_NO in _id_line(lines).replace(" ", "")
    assert [ln.text.replace(" ", "")[:2] for ln in lines][:3] == ["姓名", "住址", "签发"]
    # det once, cls once, rec once: no second full inference on the page
    assert ocr_engine.stats.calls - before <= 4


def test_paddle_backend_optional(monkeypatch, tmp_path):
    from extractors import paddle_backend
    if not paddle_backend.is_available():
        with pytest.raises(RuntimeError):
            paddle_backend.PaddleOcrEngine(str(tmp_path), str(tmp_path))
    else:  # installed: missing model dirs are refused before any download attempt
        with pytest.raises(RuntimeError):
            paddle_backend.PaddleOcrEngine(str(tmp_path / "no"), str(tmp_path / "no"))


class _StagedFake:
    """A staged engine that finds one line box in the middle of whatever image it is given."""
    def __init__(self):
        self.seen = []

    def detect(self, img):
        self.seen.append(img.shape[:2])
        h, w = img.shape[:2]
        return [np.array([[w * .1, h * .4], [w * .9, h * .4], [w * .9, h * .6], [w * .1, h * .6]], np.float32)]

    def classify_crops(self, crops):
        return [("0", 0.99) for _ in crops]

    def recognize_crops(self, crops):
        return [("证书编号107301201705001234", 0.99) for _ in crops]


def test_a_small_image_is_read_enlarged_and_its_boxes_come_back_in_its_own_pixels():
    eng = _StagedFake()
    lines, *_, w, h = ocr_image_ex(
        np.full((287, 864, 3), 255, np.uint8), eng)
    assert min(eng.seen[0]) >= 736                     # the detector saw the enlarged image
    assert (w, h) == (864, 287)
    x0, y0, x1, y1 = lines[0].bbox
    assert abs(x0 - 86.4) < 1 and abs(y1 - 172.2) < 1  # the box in the original image's pixels
    big = _StagedFake()
    ocr_image_ex(np.full((1462, 1033, 3), 255, np.uint8), big)
    assert big.seen[0] == (1462, 1033)                 # a page-sized scan is read as it is


def test_a_scanned_pdf_page_keeps_its_columns_in_points():
    """An image-only PDF page is read in pixels and mapped to points: the segments (columns) of
    each line go with it, as on a photo, so two values on one baseline never merge."""
    from extractors.ocr import scale_line
    from core.models import Line, Segment
    ln = Line(text="姓名 张伟 性别 男", bbox=(100, 50, 700, 80), source="ocr",
              segments=[Segment(text="姓名 张伟", bbox=(100, 50, 300, 80)), Segment(text="性别 男", bbox=(500, 50, 700, 80))])
    got = scale_line(ln, 0.36)
    assert got.bbox == (36.0, 18.0, 252.0, 28.8)
    assert [s.bbox for s in got.segments] == [(36.0, 18.0, 108.0, 28.8), (180.0, 18.0, 252.0, 28.8)]


# --- a glyph the first recogniser left out is read by the second -----------------------------

def _name_image(text: str) -> np.ndarray:
    doc = pymupdf.open()
    page = doc.new_page(width=520, height=120)
    page.insert_text((30, 60), text, fontname="china-s", fontsize=15)
    pix = page.get_pixmap(dpi=200)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w, pix.n).copy()


@pytest.mark.ocr
@pytest.mark.parametrize("text, name", [("姓名 王垚     性别 男", "王垚"), ("姓名 陈燊", "陈燊")])
def test_a_rare_name_glyph_left_out_by_ppocr_v4_is_read(ocr_engine, text, name):
    # PP-OCRv4 reads these lines without the name's last glyph (王, 陈): a different person's name
    lines, *_ = ocr_image(_name_image(text), ocr_engine)
    assert name in "".join(ln.text for ln in lines).replace(" ", "")


def test_the_second_reading_only_adds_confident_chinese_glyphs():
    from extractors.ocr import _with_added_glyphs as added
    assert added("姓名：王", "姓名：王垚", [0.99] * 5) == "姓名：王垚"
    assert added("高 琰", "高霞琰", [0.99, 0.95, 0.99]) == "高霞 琰"   # the first reading's spacing kept
    assert added("黄玥", "黃玥", [0.99, 0.99]) == ""            # a character changed, not added
    assert added("王五", "王五印", [0.99, 0.99, 0.5]) == ""      # an unsure glyph is not added
    assert added("王", "王五六七", [0.99] * 4) == ""             # more than two: another reading
    assert added("缴费12", "缴费123", [0.99] * 6) == ""          # only Chinese glyphs are added
    assert added("姓名", "姓名", [0.99] * 2) == ""               # nothing added: the first reading stands


def test_unread_ink_is_where_the_recogniser_put_no_character():
    from extractors.ocr import _unread_ink
    crop = np.full((40, 200, 3), 255, np.uint8)
    for x0 in (5, 45, 85, 125):          # four glyphs of ink, 30 px wide, 40 px apart
        crop[8:32, x0:x0 + 30] = 0
    cols = [2, 6, 10]                    # CTC columns (20 over the width): the first three read
    assert _unread_ink(crop, "姓名王", cols, 20.0)             # the fourth glyph's ink stands unread
    assert not _unread_ink(crop, "姓名王垚", cols + [14], 20.0)  # all four read
    red = crop.copy()
    red[8:32, 125:155] = (0, 0, 255)     # BGR red: a seal's stroke, not text
    assert not _unread_ink(red, "姓名王", cols, 20.0)


def test_an_unsure_glyph_is_replaced_only_by_a_surer_second_reading_of_the_same_line():
    from extractors.ocr import _with_surer_glyphs as surer
    first = "兰州新区泰川园区"
    c1 = [0.99] * 4 + [0.62] + [0.99] * 3             # 泰 read unsurely on a fax
    assert surer(first, c1, "兰州新区秦川园区", [0.99] * 4 + [0.85] + [0.99] * 3) == "兰州新区秦川园区"
    assert surer(first, c1, "兰州新区秦川园区", [0.99] * 4 + [0.70] + [0.99] * 3) == ""   # second not sure
    assert surer(first, c1, "兰州新区秦川园", [0.99] * 7) == ""                            # readings differ
    sure = [0.99] * 8                                                                     # first was sure
    assert surer(first, sure, "兰州新区秦川园区", [0.99] * 8) == ""
    assert surer("缴费 4120.50", [0.6, 0.99] + [0.99] * 8, "缴費 4120.50", [0.99] * 10) == ""  # 费 was sure
    assert surer("a1", [0.5, 0.5], "b1", [0.99, 0.99]) == ""                             # only Chinese glyphs


def test_a_short_cell_that_says_no_known_word_takes_the_second_reading_only_when_that_is_one():
    """A faxed status cell: PP-OCRv4 reads 已缴 as 巴缴 at 0.97, or 缴 alone; the second reader reads
    已缴. A short crop (≤ 3 characters) that says no word of the documents' TOMLs is read again however
    sure the first reader was, and the second reading is taken only when it is a known word read surely
    (a name is no word: 王五 stays as read); a cell that says a known word is not read again."""
    from extractors.ocr import _recognize

    class Engine:
        def __init__(self):
            self.asked = []
            self.second = {"巴缴": ("已缴", [1.0, 0.98]), "缴": ("已缴", [0.93, 0.98]), "王五": ("王吾", [0.99, 0.99]),
                           "世缴": ("世做", [0.99, 0.99]), "二缴": ("已缴", [0.6, 0.99])}

        def recognize_crops_cols(self, crops):
            return [(t, 0.95, list(range(len(t))), 10.0, list(c)) for t, c in (self.first[k] for k in range(len(crops)))]

        def second_read(self, crops):
            self.asked += [self.first[int(c[0, 0, 0])][0] for c in crops]
            return [(self.second[self.first[int(c[0, 0, 0])][0]][0], 0.95, self.second[self.first[int(c[0, 0, 0])][0]][1])
                    for c in crops]

    e = Engine()
    e.first = [("巴缴", [0.97, 1.0]), ("缴", [1.0]), ("已缴", [0.99, 0.99]), ("王五", [0.99, 0.99]),
               ("世缴", [0.3, 1.0]), ("二缴", [0.27, 1.0])]
    crops = [np.full((20, 40, 3), k, np.uint8) for k in range(len(e.first))]   # blank: no unread ink
    got = [t for t, _ in _recognize(e, crops)]
    assert got == ["已缴", "已缴", "已缴", "王五", "世缴", "二缴"]
    assert "已缴" not in e.asked   # a known word is not read again


def _signed_letter(seal_at=None, red_title=False, dpi=200) -> np.ndarray:
    """A letter's foot: unit name and date, a round red seal (ring, ring text, star) stamped over them
    as a seal is — its ink does not hide the black print under it — and a red 红头 title on request."""
    doc = pymupdf.open()
    page = doc.new_page(width=420, height=300)
    if seal_at:
        red, (cx, cy), r = (0.86, 0.12, 0.12), seal_at, 44
        page.draw_circle((cx, cy), r, color=red, width=3)
        for k, ch in enumerate("兰州新区西岔学校"):
            a = math.radians(200 + k * 20)
            x, y = cx + (r - 14) * math.cos(a), cy + (r - 14) * math.sin(a)
            page.insert_text((x - 5, y + 5), ch, fontname="china-s", fontsize=11, color=red,
                             morph=(pymupdf.Point(x, y), pymupdf.Matrix(-(math.degrees(a) + 90))))
        star = [(cx + 13 * math.cos(math.radians(-90 + 144 * k)), cy + 13 * math.sin(math.radians(-90 + 144 * k)))
                for k in range(5)]
        page.draw_polyline(star + [star[0]], color=red, fill=red, closePath=True)
    if red_title:
        page.insert_text((60, 40), "兰州新区西岔学校文件", fontname="china-s", fontsize=22, color=(0.85, 0.1, 0.1))
    page.insert_text((40, 110), "兹证明阿依古丽同志于2001年8月入职我校，特此证明。", fontname="china-s", fontsize=12)
    page.insert_text((230, 190), "兰州新区西岔学校", fontname="china-s", fontsize=15)
    page.insert_text((245, 215), "2024年2月9日", fontname="china-s", fontsize=13)
    return render(page, dpi=dpi)


@pytest.mark.parametrize("seal_at", [(318, 190), (340, 200)])
def test_a_red_seal_over_the_signing_unit_and_date_is_faded_before_reading(ocr_engine, seal_at):
    """The seal's ring text and star read as glyphs of the line under them: the date lost its 日 at one
    place of the seal, the unit's name read 兰州新区西盆学校? at another. Faded out by colour inside the
    seal's box, the line under it reads whole."""
    lines, *_ = ocr_image_ex(_signed_letter(seal_at), ocr_engine)
    texts = [ln.text.replace(" ", "") for ln in lines]
    assert "兰州新区西岔学校" in texts and "2024年2月9日" in texts, texts


def test_only_a_round_seal_is_faded_never_red_print_such_as_a_letterhead(ocr_engine):
    """A 红头 letterhead is red print, not a seal: its glyphs (square, each of a seal's size on a small
    page) stay, and it is read; a grey page has no colour to go by and is left as it is."""
    img = _signed_letter((318, 190), red_title=True)
    boxes = seal_boxes(img)
    assert len(boxes) == 1 and boxes[0][1] > 300, boxes  # the seal at the foot, none in the title
    lines, *_ = ocr_image_ex(img, ocr_engine)
    assert lines[0].text.replace(" ", "") == "兰州新区西岔学校文件"
    grey = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    assert seal_boxes(grey) == [] and without_seals(grey) is grey
    assert without_seals(_signed_letter()) is not None and seal_boxes(_signed_letter()) == []
