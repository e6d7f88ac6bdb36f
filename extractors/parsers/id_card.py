"""居民身份证 (front and/or back scan): name and ID number."""
from __future__ import annotations

from extractors.base import DocTypeSpec, register_doc_type
from extractors.labels import FieldSet, doc_lines, holder_identity
from core.models import Document, Field

STOPS = ["姓名", "性别", "民族", "出生", "住址", "公民身份号码", "签发机关", "有效期限"]


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc)
    fs = FieldSet()
    holder_identity(lines, fs, STOPS)
    return fs.fields


SPEC = register_doc_type(DocTypeSpec(
    doc_type="id_card", parse=parse,
    keywords=[("公民身份号码", 6), ("居民身份证", 5), ("签发机关", 4), ("有效期限", 2),
              ("民族", 1), ("住址", 1.5), ("出生", 0.5)],
    negative=[("备案表", 8), ("缴费", 4), ("参保", 4), ("工作证明", 5), ("兹证明", 4), ("考核", 3),
              ("毕业证书", 4), ("学位", 3), ("学时", 3), ("摘要", 3), ("复制比", 6)],
    title_keywords=["居民身份证"],
    min_score=4.0,
))
