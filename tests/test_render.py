"""Renderers of synthetic evidence: every type and variant renders, the output is
deterministic and small, the text layer carries every truth value, and the real
OCR reads the key numbers off a mildly degraded scan."""
from __future__ import annotations

import io
import random
import re

import numpy as np
import pymupdf
import pytest
from PIL import Image

from sample_docs.render import VARIANTS, render, render_pages_to_pdf
from sample_docs.render.common import date_forms, level_text

ID = "62010219950312001X"
ROWS = [{"month": f"2019-{m:02d}", "unit": "兰州新区城市发展投资集团有限公司", "base": 4500.0, "paid": True}
        for m in range(7, 13)]
ROWS += [{"month": f"2020-{m:02d}", "unit": "甘肃建投建设有限公司兰州新区分公司", "base": 4812.5, "paid": m != 3}
         for m in range(1, 13)]
PARA = ("高寒地区混凝土施工受低温影响显著，早期强度增长缓慢，易产生冻害。本文结合兰州新区某工程实例，"
        "分析了原材料选择、配合比设计、搅拌运输、浇筑养护等环节的质量控制要点，提出了综合蓄热法与外加剂"
        "相结合的施工措施，并通过现场同条件试块检验了措施的有效性。") * 2

FIELDS: dict[str, dict] = {
    "id_card": {"name": "欧阳晓明", "id_number": ID},
    "diploma": {"name": "张伟", "gender": "男", "birth_date": "1995-03-12", "school": "兰州理工大学技术工程学院",
                "major": "土木工程", "level": "本科", "start_date": "2013-09-01", "graduation_date": "2017-06-30",
                "certificate_no": "105301201705000123"},
    "degree": {"name": "张伟", "gender": "男", "birth_date": "1995-03-12", "degree": "学士", "major": "土木工程",
               "award_date": "2017-06-30", "degree_certificate_no": "1053042017001234"},
    "xuexin_record": {"name": "张伟", "gender": "男", "id_number": ID, "birth_date": "1995-03-12",
                      "school": "兰州理工大学", "level": "大专", "major": "建筑工程技术", "start_date": "2013-09-01",
                      "graduation_date": "2016-06-30", "certificate_no": "107311201606001234",
                      "verification_code": "A7K2M9Q4X8P3", "updated_date": "2023-03-01",
                      "valid_until": "2025-03-01"},
    "social_insurance": {"name": "张伟", "id_number": ID, "rows": ROWS, "printed": "2024-02-20"},
    "employment_proof": {"name": "张伟", "gender": "男", "id_number": ID,
                         "unit": "兰州新区城市发展投资集团有限公司第三工程项目管理分公司", "position": "技术员",
                         "start_date": "2019-07-01"},
    "annual_appraisal": {"name": "张伟", "year": 2022, "result": "基本合格"},
    "continuing_education": {"name": "张伟", "year": 2022, "hours": 90},
    "paper": {"title": "高寒地区混凝土冬期施工质量控制研究", "authors": ["张伟", "李娜", "王强"],
              "journal": "甘肃科技", "issn": "1000-0135", "cn": "62-1130/N", "published": "2021-03",
              "abstract": PARA[:150], "keywords": ["混凝土", "冬期施工", "质量控制"],
              "body": [PARA] * 8, "references": [f"王某某. 参考文献{i}[J]. 建筑技术, 2018(3): 1-5." for i in range(8)]},
    "plagiarism_report": {"title": "高寒地区混凝土冬期施工质量控制研究", "author": "张伟",
                          "checked_at": "2021-01-15", "ratio_excl_refs": 8.2, "ratio_excl_self": 9.0,
                          "ratio_total": 10.35, "ratio_max_single": 3.1},
    "other": {"name": "张伟"},
}
TEXT_TYPES = {"xuexin_record", "social_insurance", "paper", "plagiarism_report"}
CASES = [(t, v) for t in sorted(VARIANTS) for v in range(VARIANTS[t])]


def _render(doc_type: str, variant: int, seed: int = 7, **kw):
    return render(doc_type, FIELDS[doc_type], variant=variant, rng=random.Random(seed), **kw)


def _pdf_text(data: bytes) -> str:
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return re.sub(r"\s+", "", "".join(page.get_text() for page in doc))


def _forms(field: str, value: str) -> set[str]:
    """Printed forms a truth value may take (dates in any style, levels as printed)."""
    forms = {value, level_text(value)}
    if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value):
        forms |= date_forms(value)
    if re.fullmatch(r"\d+(\.\d+)?", value) and field != "year":
        forms |= {f"{float(value):,.2f}", f"{float(value):.1f}%"}
    return {re.sub(r"\s+", "", f) for f in forms}


def test_variants_cover_every_type():
    assert set(VARIANTS) == {"id_card", "diploma", "degree", "xuexin_record", "social_insurance",
                             "employment_proof", "annual_appraisal", "continuing_education", "paper",
                             "plagiarism_report", "other"}
    assert all(n >= 3 for n in VARIANTS.values())


@pytest.mark.parametrize("doc_type,variant", CASES)
def test_every_variant_renders_with_its_delivery(doc_type, variant):
    data, ext, truth = _render(doc_type, variant)
    if doc_type in TEXT_TYPES or (doc_type == "employment_proof" and variant == 2):
        assert ext == ".pdf" and data[:5] == b"%PDF-"
        text = _pdf_text(data)
        for field, value in truth.items():
            values = value if isinstance(value, list) else [value]
            for v in values:
                parts = v.split("|")[:3] if field == "contribution" else v.split(";")
                for part in parts:
                    assert any(f in text for f in _forms(field, part)), (doc_type, variant, field, part)
        with pymupdf.open(stream=data, filetype="pdf") as doc:
            meta = doc.metadata
            assert meta["producer"] and "MuPDF" not in meta["producer"]
            assert meta["creationDate"] == meta["modDate"]
    else:
        assert ext == ".jpg" and data[:3] == b"\xff\xd8\xff"
        with Image.open(io.BytesIO(data)) as im:
            assert im.mode == "L" and 1100 <= max(im.size) <= 1500, im.size
        assert len(data) <= 120 * 1024, len(data)
    if doc_type == "other":
        assert truth == {}
    else:
        assert truth["name" if "name" in truth else "author" if "author" in truth else "title"]


@pytest.mark.parametrize("doc_type,variant", [("diploma", 0), ("social_insurance", 1), ("paper", 2),
                                              ("id_card", 2), ("xuexin_record", 0)])
def test_same_inputs_give_identical_bytes(doc_type, variant):
    a = _render(doc_type, variant, seed=3, degrade=2)
    b = _render(doc_type, variant, seed=3, degrade=2)
    assert a == b
    c = _render(doc_type, variant, seed=4, degrade=2)
    assert a[2] == c[2]  # the truth does not depend on the noise


def test_pdf_has_no_random_id_and_fixed_dates():
    data, _, _ = _render("xuexin_record", 1)
    assert b"/ID" not in data
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        assert doc.metadata["creationDate"].startswith("D:20230301")


def test_truth_follows_what_is_printed():
    # the narrative diploma prints 至二〇一七年六月: a month, not the full date given
    _, _, narrative = _render("diploma", 0)
    assert narrative["graduation_date"] == "2017-06" and narrative["start_date"] == "2013-09"
    _, _, table = _render("diploma", 2)
    assert table["graduation_date"] == "2017-06-30"
    rows = [dict(r, paid="0" if r["paid"] is False else "1") for r in ROWS]
    _, _, as_strings = render("social_insurance", dict(FIELDS["social_insurance"], rows=rows), variant=0,
                              rng=random.Random(7))
    _, _, si = _render("social_insurance", 0)
    assert as_strings == si
    assert si["contribution"][0] == "2019-07|兰州新区城市发展投资集团有限公司|4500|1"
    assert "2020-03|甘肃建投建设有限公司兰州新区分公司|4812.5|0" in si["contribution"]
    assert len(si["contribution"]) == len(ROWS)
    _, _, paper = _render("paper", 0)
    assert paper["authors"] == "张伟;李娜;王强" and paper["cn"] == "62-1130/N"
    _, _, rep = _render("plagiarism_report", 0)
    assert rep["ratio_total"] == "10.3" or rep["ratio_total"] == "10.4"
    assert rep["ratio_excl_self"] == "9" and rep["checked_at"] == "2021-01-15"


def test_month_only_inputs_print_and_report_months():
    fields = dict(FIELDS["xuexin_record"], start_date="2013-09", graduation_date="2016-06")
    data, _, truth = render("xuexin_record", fields, variant=0, rng=random.Random(1))
    assert truth["start_date"] == "2013-09" and truth["graduation_date"] == "2016-06"
    text = _pdf_text(data)
    assert "入学日期2013年09月" in text and "2016年06月30日" not in text
    fields = dict(FIELDS["diploma"], graduation_date="2017-02")
    _, _, truth = render("diploma", fields, variant=2, rng=random.Random(1))
    assert truth["graduation_date"] == "2017-02"


def test_social_insurance_lists_every_month_row_in_the_text_layer():
    data, _, truth = _render("social_insurance", 2)
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        text = "".join(p.get_text() for p in doc)
        assert doc.page_count == 1
    assert text.count("2020年") == 12 and "4,812.50" in text and "欠缴" in text


def test_paper_spans_two_to_four_pages():
    for v in range(VARIANTS["paper"]):
        data, _, _ = _render("paper", v)
        with pymupdf.open(stream=data, filetype="pdf") as doc:
            assert 2 <= doc.page_count <= 4
            assert "参考文献" in doc[-1].get_text() or "参考文献" in doc[-2].get_text()


def test_as_scan_switches_delivery():
    data, ext, truth = _render("xuexin_record", 0, as_scan=True)
    assert ext == ".jpg" and len(data) <= 120 * 1024
    data, ext, _ = _render("paper", 0, as_scan=True)
    assert ext == ".pdf"
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        assert doc.page_count >= 2 and not doc[0].get_text().strip() and doc[0].get_images()
    data, ext, truth = _render("diploma", 1, as_scan=False)
    assert ext == ".pdf" and truth["certificate_no"] in _pdf_text(data)


def test_degrade_levels_change_the_image():
    sizes = {}
    for level in range(4):
        data, ext, _ = _render("degree", 0, degrade=level)
        assert ext == ".jpg"
        with Image.open(io.BytesIO(data)) as im:
            arr = np.asarray(im, dtype=np.float32)
        sizes[level] = arr
    assert sizes[0].shape == sizes[3].shape
    # a clean scan has a white page; a phone photo is darker and uneven
    assert sizes[0].mean() > sizes[3].mean() + 15
    assert np.abs(sizes[1] - sizes[0]).mean() > 1


def test_bundle_of_scans_is_one_image_only_pdf():
    pages = [_render("diploma", 0)[:2], _render("degree", 1)[:2], _render("annual_appraisal", 0)[:2]]
    data = render_pages_to_pdf(pages)
    assert data == render_pages_to_pdf(pages)
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        assert doc.page_count == 3
        assert all(not p.get_text().strip() and p.get_images() for p in doc)
    assert len(data) < sum(len(d) for d, _ in pages) + 10_000


def test_unknown_type_and_missing_field_are_refused():
    with pytest.raises(ValueError):
        render("passport", {}, variant=0, rng=random.Random(0))
    with pytest.raises(KeyError):
        render("diploma", {"name": "张伟"}, variant=0, rng=random.Random(0))


# --------------------------------------------------------------------------- real OCR


@pytest.fixture(scope="module")
def ocr_text(request):
    """Text read by the real PP-OCR engine: the project's engine when it exists,
    rapidocr directly otherwise."""
    try:
        engine = request.getfixturevalue("ocr_engine")
        return lambda arr: "".join(b.text for b in engine.recognize(arr))
    except (ImportError, AttributeError, pytest.FixtureLookupError):
        from rapidocr_onnxruntime import RapidOCR
        eng = RapidOCR()
        return lambda arr: "".join(r[1] for r in (eng(arr)[0] or []))


def _ocr(ocr_text, data: bytes) -> str:
    with Image.open(io.BytesIO(data)) as im:
        arr = np.asarray(im.convert("RGB"))
    return re.sub(r"\s+", "", ocr_text(arr))


@pytest.mark.ocr
@pytest.mark.parametrize("doc_type,variant,key", [("diploma", 3, "certificate_no"), ("id_card", 0, "id_number")])
def test_ocr_reads_the_number_off_a_mild_scan(ocr_text, doc_type, variant, key):
    data, ext, truth = _render(doc_type, variant, degrade=1)
    text = _ocr(ocr_text, data)
    assert truth[key] in text.upper(), (truth[key], text)
