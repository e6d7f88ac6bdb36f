"""Classifier and bundle splitting with throwaway DocTypeSpecs (independent of extractors/parsers)."""
from __future__ import annotations

from extractors.base import DocTypeSpec
from extractors.classify import classify, norm, split_pages
from core.models import Document, Field, Line, Page


def _spec(t, kws, title=(), neg=(), min_score=2.0):
    return DocTypeSpec(doc_type=t, parse=lambda d: [Field(name="t", value=t)],
                       keywords=list(kws), negative=list(neg), title_keywords=list(title),
                       min_score=min_score)


SPECS = [
    _spec("diploma", [("毕业证书", 3), ("毕业", 1), ("学制", 1)], ["毕业证书"], [("学位", 2)]),
    _spec("degree", [("学位证书", 3), ("授予", 1), ("学位", 1)], ["学位证书"]),
    _spec("annual_appraisal", [("年度考核", 3), ("考核结果", 1)], ["年度考核登记表"]),
    _spec("paper", [("摘要", 2), ("关键词", 1), ("参考文献", 2)], []),
]


def _page(n, *texts):
    return Page(number=n, width=595, height=842,
                lines=[Line(text=t, bbox=(50, 50 + 20 * i, 400, 64 + 20 * i), source="text_layer")
                       for i, t in enumerate(texts)])


def _doc(*pages):
    return Document(applicant_id="A", filename="f.pdf", pages=list(pages))


def test_fullwidth_and_spaces_normalised():
    assert norm("毕 业 证 书\u3000ＡＢ１") == "毕业证书AB1"
    doc = _doc(_page(1, "普 通 高 等 学 校", "毕 业 证 书", "学制四年"))
    assert classify(doc, SPECS)[0] == "diploma" and doc.doc_type == "diploma"


def test_negative_keyword_and_min_score():
    doc = _doc(_page(1, "学位证书", "授予工学学士学位", "毕业"))
    assert classify(doc, SPECS)[0] == "degree"
    assert classify(_doc(_page(1, "情况说明", "毕业")), SPECS) == ("other", 0.0)


def test_title_lines_outweigh_body_mentions():
    # an appraisal form whose body mentions the diploma once
    doc = _doc(_page(1, "2023年度考核登记表", "姓名 张三", "考核结果 优秀", "x", "y", "备注：毕业证书已核验"))
    t, score = classify(doc, SPECS)
    assert t == "annual_appraisal" and score > 4


def test_bundle_split_on_titles_and_sticky_paper():
    pages = [_page(1, "毕业证书", "学制四年"), _page(2, "继续"),          # weak page joins
             _page(3, "学位证书", "授予"), _page(4, "2022年度考核登记表"),
             _page(5, "摘要", "关键词"), _page(6, "正文", "年度考核"), _page(7, "参考文献")]
    parts = split_pages(pages, SPECS)
    assert [[p.number for p in part] for part in parts] == [[1, 2], [3], [4], [5, 6, 7]]


def test_single_type_stays_whole():
    pages = [_page(1, "年度考核登记表 2021"), _page(2, "年度考核登记表 2022")]
    assert len(split_pages(pages, SPECS)) == 1
