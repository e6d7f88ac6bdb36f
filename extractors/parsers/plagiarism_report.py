"""知网 文本复制检测报告单: title, author, checked_at and the four ratios (numbers without %).

The ratios appear either as "label：12.3%" or as a header row of labels with the
values on the next line in the same order; both are read.
"""
from __future__ import annotations

import re

from extractors.base import register_doc_type
from extractors.labelset import load_labels
from extractors.labels import (CJK, FieldSet, Hit, TLine, doc_lines, extend_wrapped, find_date, find_value,
                               labels_re)
from core.normalize import clean_text, normalize_name, normalize_percent
from core.models import Document, Field

L = load_labels("plagiarism_report")
RATIOS = [(name, L.labels(name)) for name in ("ratio_excl_refs", "ratio_excl_self", "ratio_max_single", "ratio_total")]
ALL_RATIO_LABELS = [x for _, labels in RATIOS for x in labels]
STOPS = list(L.stops) + ALL_RATIO_LABELS
PCT = r"\d{1,3}(?:\.\d+)?\s*%"


def _ratio_rows(lines: list[TLine]) -> dict[str, Hit]:
    """Header row of ratio labels followed by a row of percentages, matched by order."""
    out: dict[str, Hit] = {}
    rx = re.compile(labels_re(ALL_RATIO_LABELS))
    for i, tl in enumerate(lines[:-1]):
        found = [m.group(0) for m in rx.finditer(tl.text)]
        if len(found) < 2 or re.search(PCT, tl.text):
            continue
        nxt = lines[i + 1]
        values = re.findall(PCT, nxt.text)
        if len(values) != len(found):
            continue
        for label, value in zip(found, values):
            compact = re.sub(r"\s", "", label)
            for name, labels in RATIOS:
                if compact in labels and name not in out:
                    out[name] = Hit(normalize_percent(value), nxt, i + 1)
    return out


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc)
    fs = FieldSet()
    hit = find_value(lines, L.labels("title"),
                     rf"[{CJK}A-Za-z0-9(\"“].{{1,120}}", stops=STOPS)
    if hit:
        hit = extend_wrapped(lines, Hit(clean_text(hit.value), hit.line, hit.index), L.word_re("title_end"),
                             STOPS, max_len=40)
    fs.set("title", hit and clean_text(hit.value), hit and hit.line)
    hit = find_value(lines, L.labels("author"), rf"[{CJK}](?:\s?[{CJK}·]){{1,5}}", stops=STOPS)
    fs.set("author", hit and normalize_name(hit.value), hit and hit.line)
    hit = find_date(lines, L.labels("checked_at"), STOPS)
    fs.set("checked_at", hit and hit.value, hit and hit.line)
    rows = _ratio_rows(doc_lines(doc, split=False))
    for name, labels in RATIOS:
        if name in rows:
            fs.set(name, rows[name].value, rows[name].line)
            continue
        others = [x for x in STOPS if x not in labels]
        hit = find_value(lines, labels, PCT, stops=others, next_lines=2)
        fs.set(name, hit and normalize_percent(hit.value), hit and hit.line)
    return fs.fields


SPEC = register_doc_type(L.spec(parse))
