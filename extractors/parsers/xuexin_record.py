"""教育部学历证书电子注册备案表 (学信网 PDF): the 13 contract fields.

One issuing system, one stable labelled layout (an invoice2data-style template):
every value follows its label, on the same line or in the next cell.
"""
from __future__ import annotations

from extractors.base import register_doc_type
from extractors.labels import (CJK, DATE_VALUE, FieldSet, doc_lines, find_date, find_id_number, find_in_text,
                               find_name, find_text, find_value)
from extractors.labelset import load_labels
from extractors.numbers import CERT_RUN, CODE_RUN, any_certificate_number, verification_code
from core.normalize import clean_text, normalize_level, parse_date
from core.models import Document, Field

L = load_labels("xuexin_record")
STOPS = list(L.stops)
VALIDITY = rf"(?:{L.word_re('validity')})\s*[:]?\s*((?>{DATE_VALUE})\s*日?)"


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc, labels=STOPS)
    fs = FieldSet()
    hit = find_name(lines, STOPS, labels=L.labels("name"))
    fs.set("name", hit and hit.value, hit and hit.line)
    hit = find_value(lines, L.labels("gender"), r"[男女]", stops=STOPS)
    fs.set("gender", hit and hit.value, hit and hit.line)
    hit = find_id_number(lines, STOPS, labels=L.labels("id_number"))
    fs.set("id_number", hit and hit.value, hit and hit.line)
    hit = find_date(lines, L.labels("birth_date"), STOPS)
    fs.set("birth_date", hit and hit.value, hit and hit.line)
    hit = find_text(lines, L.labels("school"), STOPS, complete=L.word_re("school_suffix") + r"|大学\([^)]*\)")
    fs.set("school", hit and hit.value, hit and hit.line)
    hit = find_value(lines, L.labels("level"), rf"[{CJK}]{{2,10}}", stops=STOPS)
    fs.set("level", hit and normalize_level(hit.value), hit and hit.line)
    hit = find_value(lines, L.labels("major"), rf"[{CJK}A-Za-z()][{CJK}A-Za-z()]{{1,30}}", stops=STOPS)
    fs.set("major", hit and clean_text(hit.value), hit and hit.line)
    hit = find_date(lines, L.labels("start_date"), STOPS)
    fs.set("start_date", hit and hit.value, hit and hit.line)
    hit = find_date(lines, L.labels("graduation_date"), STOPS)
    fs.set("graduation_date", hit and hit.value, hit and hit.line)
    hit = find_value(lines, L.labels("certificate_no"), CERT_RUN, stops=STOPS)
    fs.set("certificate_no", hit and any_certificate_number(hit.value, hit.after), hit and hit.line)
    hit = find_value(lines, L.labels("verification_code"), CODE_RUN, stops=STOPS)
    fs.set("verification_code", hit and verification_code(hit.value, hit.after), hit and hit.line)
    hit = find_date(lines, L.labels("updated_date"), STOPS)
    fs.set("updated_date", hit and hit.value, hit and hit.line)
    hit = find_date(lines, L.labels("valid_until"), STOPS)
    if hit is None:
        # the validity sentence: "本表在线验证有效期至2025年01月15日，…" — the label inside prose
        hit = find_in_text(lines, VALIDITY, group=1)
        if hit:
            hit.value = parse_date(hit.value)
    fs.set("valid_until", hit and hit.value, hit and hit.line)
    return fs.fields


SPEC = register_doc_type(L.spec(parse))
