"""Build Documents from plain text for parser tests (no PDF, no OCR).

Text fixtures follow invoice2data: ``name.txt`` in, ``name.json`` expected fields
out. A line ``=== page ===`` starts a new page; a line ``[[h=30]] text`` gives the
line a box of that height (font size, for paper titles); lines starting with
``|`` are table rows (cells separated by ``|``) and go to ``Page.tables``.
Three or more spaces (or a tab) inside a line are a column gap, as a reader types two
columns that share a baseline: the line gets one ``Segment`` per column, each with
the box of its characters (10 units a character, as the line's box).
"""
from __future__ import annotations

import re

from core.models import Document, Line, Page, Segment

PAGE_BREAK = "=== page ==="


def doc_from_text(text: str, doc_type: str, source: str = "text_layer",
                  filename: str = "test.pdf") -> Document:
    pages: list[Page] = []
    for number, chunk in enumerate(text.split(PAGE_BREAK), start=1):
        lines: list[Line] = []
        table: list[list[str]] = []
        y = 20.0
        for raw in chunk.strip("\n").splitlines():
            if raw.startswith("|"):
                table.append([c.strip() for c in raw.strip().strip("|").split("|")])
                continue
            if not raw.strip():
                continue
            h = 12.0
            m = re.match(r"\[\[h=(\d+(?:\.\d+)?)\]\]\s?(.*)$", raw)
            if m:
                h, raw = float(m.group(1)), m.group(2)
            conf = 0.97 if source == "ocr" else 1.0
            segments = [Segment(text=m.group(0), bbox=(50.0 + 10 * m.start(), y, 50.0 + 10 * m.end(), y + h),
                                confidence=conf)
                        for m in re.finditer(r"\S+(?: {1,2}\S+)*", raw)] if re.search(r"\S(?:   |\t)\s*\S", raw) else []
            lines.append(Line(text=" ".join(sg.text for sg in segments) if segments else raw,
                              bbox=(50.0, y, 50.0 + 10 * len(raw), y + h),
                              source=source, confidence=conf, segments=segments))
            y += h + 8
        pages.append(Page(number=number, width=595, height=842, text_source=source,
                          lines=lines, tables=[table] if table else []))
    return Document(applicant_id="T", filename=filename, doc_type=doc_type, pages=pages)


def doc_from_tables(rows_by_page: list[list[list[str]]], doc_type: str,
                    header_lines: list[str] | None = None) -> Document:
    """A Document whose pages carry only table rows (plus optional header lines on page 1)."""
    doc = doc_from_text("\n".join(header_lines or ["x"]), doc_type)
    doc.pages[0].tables = [rows_by_page[0]] if rows_by_page else []
    for n, rows in enumerate(rows_by_page[1:], start=2):
        doc.pages.append(Page(number=n, width=595, height=842, text_source="text_layer", tables=[rows]))
    return doc


def field_map(fields) -> dict:
    """name → value, or name → list of values for repeated fields (contribution, year, result)."""
    out: dict = {"contribution": []} if any(f.name == "contribution" for f in fields) else {}
    for f in fields:
        if f.name == "contribution":
            out["contribution"].append(f.value)
        elif f.name in out:
            if not isinstance(out[f.name], list):
                out[f.name] = [out[f.name]]
            out[f.name].append(f.value)
        else:
            out[f.name] = f.value
    return out
