"""居民身份证 (front and/or back scan): name and ID number."""
from __future__ import annotations

from extractors.base import register_doc_type
from extractors.labels import FieldSet, doc_lines, holder_identity
from extractors.labelset import load_labels
from core.models import Document, Field

L = load_labels("id_card")
STOPS = list(L.stops)


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc, labels=STOPS)
    fs = FieldSet()
    holder_identity(lines, fs, STOPS)
    return fs.fields


SPEC = register_doc_type(L.spec(parse))
