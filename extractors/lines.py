"""The parsers' view of a Document: lines in canonical text, cut into columns, and labels as labels.

Why: a value must never run into the next column. A page line that holds two
columns on one baseline ("校名 兰州交通大学      校(院)长 王某", "证书编号 1073…
2017年6月30日") arrives with ``Line.segments`` (the layout's gaps); each segment
becomes a ``TLine`` of its own, with its own box, so a field's box is the box of
the value read and not of the whole line. Inside a segment a second *label*
("…大学校(院)长：王某", "…1234 发证日期 2017…") starts a new piece too.

A label is a label only where it stands as one: after a line/segment start,
a space or punctuation, or before a colon. "民族" inside "西北民族大学", "学校"
across "大学 校(院)长", "出生" in "1995年3月12日出生" are parts of values.

Letter-spaced text ("1 0 7 3 2 …", "姓　名", "毕 业 证 书") is joined before any
matching.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from core.models import BBox, Document
from core.normalize import canon
from extractors.labelset import LABEL_DIR

with (LABEL_DIR / "common.toml").open("rb") as _fh:
    # a label's character → the glyphs OCR reads for it (data: parsers/labels/common.toml [ocr])
    OCR_CONFUSIONS: dict[str, str] = dict(tomllib.load(_fh).get("ocr", {}).get("confusions", {}))

COLON = r"[:：]"
# what may stand before a label: nothing, a space, punctuation, a bracket, a tick box
_BEFORE_LABEL = re.compile(r"(?:^|[\s:;,.()\[\]|、。，；：□☐☑√■*#])$")


@dataclass
class TLine:
    """A line (or one column of it) in canonical text with where it came from.

    ``bbox`` is None for table rows; ``cells`` holds a table row's cells; ``row`` is the
    index of the page line it belongs to (segments of one line share it); ``parts`` holds
    the segment TLines of a whole-row TLine (``doc_lines(split=False)``).
    """
    page: int
    text: str
    bbox: Optional[BBox]
    source: str
    confidence: float
    order: int  # position in the document-wide reading order
    cells: Optional[list[str]] = None  # the cells, for a table row
    row: int = -1
    parts: Optional[list["TLine"]] = None


# ---------------------------------------------------------------- letter spacing

def join_spaced(text: str) -> str:
    """Join letter-spaced runs: "1 0 7 3 2 1" → "107321", "姓 名" → "姓名".

    A run is two or more single characters separated by single spaces; runs of
    digits/letters need four characters (so "1 2" in a table row stays apart).
    A double space is a separator and is kept.
    """
    if " " not in text:
        return text
    tokens = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j]) == 1:
            j += 1
        run = tokens[i:j]
        cjk = sum(1 for t in run if "\u4e00" <= t <= "\u9fff")
        if len(run) >= 4 or (len(run) >= 2 and cjk >= 2):
            out.append("".join(run))
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out)


# ---------------------------------------------------------------- labels

@lru_cache(maxsize=4096)
def label_re(label: str) -> str:
    """A label as a regex that tolerates spaces between its characters ("姓 名") and, in labels
    of three or more characters, the glyphs OCR reads for some of them ("人学年月")."""
    plain = [c for c in canon(label) if not c.isspace()]
    if len(plain) >= 3:
        chars = [f"[{re.escape(c)}{re.escape(OCR_CONFUSIONS[c])}]" if c in OCR_CONFUSIONS else re.escape(c)
                 for c in plain]
    else:
        chars = [re.escape(c) for c in plain]
    return r"\s*".join(chars)


def labels_re(labels: Iterable[str]) -> str:
    return _labels_re(tuple(labels))


@lru_cache(maxsize=2048)
def _labels_re(labels: tuple[str, ...]) -> str:
    # longest first so "毕(结)业日期" wins over "毕业"
    return "|".join(label_re(x) for x in sorted(set(labels), key=len, reverse=True))


@lru_cache(maxsize=2048)
def _compiled(labels: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?:{_labels_re(labels)})")


def stands_as_label(text: str, start: int, end: int) -> bool:
    """The label text[start:end] stands as a label: after a boundary, or before a colon."""
    if re.match(rf"\s*{COLON}", text[end:]):
        return True
    return bool(_BEFORE_LABEL.search(text[:start]))


def label_matches(text: str, labels: Sequence[str], anchored: bool = True) -> Iterable[re.Match]:
    """Occurrences of any of ``labels`` in ``text`` (every start position is tried, so a
    label inside a longer false match is still found); ``anchored`` keeps only those that
    stand as labels."""
    if not labels:
        return
    rx = _compiled(tuple(labels))
    pos = 0
    while pos < len(text):
        m = rx.search(text, pos)
        if m is None:
            return
        if m.end() > m.start() and (not anchored or stands_as_label(text, m.start(), m.end())):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


def first_label(text: str, labels: Sequence[str]) -> Optional[re.Match]:
    return next(iter(label_matches(text, labels)), None)


def cut_at(text: str, stops: Sequence[str]) -> str:
    """Text up to the first stop label that stands as a label (the next field on the line)."""
    if not stops:
        return text
    m = first_label(text, stops)
    return text[: m.start()] if m else text


def starts_with_label(text: str, labels: Sequence[str]) -> Optional[re.Match]:
    """A label at the very start of ``text`` (after spaces)."""
    lead = len(text) - len(text.lstrip())
    for m in label_matches(text, labels):
        return m if m.start() == lead else None
    return None


# ---------------------------------------------------------------- the lines

def _width(ch: str) -> float:
    return 1.0 if ord(ch) > 0x2E80 else 0.55


def _sub_box(bbox: Optional[BBox], text: str, start: int, end: int) -> Optional[BBox]:
    """Estimated box of text[start:end] inside a segment box (CJK one unit, others half)."""
    if bbox is None:
        return None
    total = sum(_width(c) for c in text) or 1.0
    x0, y0, x1, y1 = bbox
    a = sum(_width(c) for c in text[:start]) / total
    b = sum(_width(c) for c in text[:end]) / total
    w = x1 - x0
    return (round(x0 + a * w, 2), y0, round(x0 + b * w, 2), y1)


def split_at_labels(text: str, labels: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` cut before each label that is not at its start and clearly starts a
    new field: followed by a colon, or after a space and followed by a value ("72 学时" ends
    with a unit word, not a label)."""
    cuts = []
    for m in label_matches(text, labels):
        if m.start() == 0 or not text[: m.start()].strip():
            continue
        if re.match(rf"\s*{COLON}", text[m.end():]) or (text[m.start() - 1].isspace() and text[m.end():].strip()):
            cuts.append(m.start())
    spans, prev = [], 0
    for c in cuts:
        spans.append((prev, c))
        prev = c
    spans.append((prev, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def doc_lines(doc: Document, tables: bool = True, split: bool = True,
              labels: Sequence[str] = ()) -> list[TLine]:
    """All lines of all pages in reading order, then (optionally) table rows as lines.

    ``split``: one TLine per column segment, each further cut before a second label
    (``labels``); else one TLine per page line whose ``parts`` are its segments.
    """
    out: list[TLine] = []
    row = 0
    for page in doc.pages:
        for ln in page.lines:
            segs = [(s.text, s.bbox, s.confidence) for s in ln.segments] or [(ln.text, ln.bbox, ln.confidence)]
            texts = [join_spaced(canon(text)).strip() for text, _, _ in segs]
            pieces: list[TLine] = []
            for t, (_, bbox, conf) in zip(texts, segs):
                spans = split_at_labels(t, labels) if labels else [(0, len(t))]
                for a, b in spans:
                    a += len(t[a:b]) - len(t[a:b].lstrip())
                    b -= len(t[a:b]) - len(t[a:b].rstrip())
                    box = bbox if (a, b) == (0, len(t)) else _sub_box(bbox, t, a, b)
                    pieces.append(TLine(page.number, t[a:b].strip(), box, ln.source, conf, 0, row=row))
            pieces = [p for p in pieces if p.text]
            if split:
                for p in pieces:
                    p.order = len(out)
                    out.append(p)
            elif pieces:
                # columns joined by two spaces: a pattern that allows one space never crosses them
                out.append(TLine(page.number, "  ".join(t for t in texts if t), ln.bbox, ln.source,
                                 ln.confidence, len(out), row=row, parts=pieces if len(pieces) > 1 else None))
            row += 1
    if tables:
        out.extend(table_lines(doc, start=len(out)))
    return out


def table_lines(doc: Document, start: int = 0) -> list[TLine]:
    """Each table row as one line of cells joined by two spaces."""
    out: list[TLine] = []
    for page in doc.pages:
        src = page.text_source if page.text_source in ("text_layer", "ocr") else "text_layer"
        for table in page.tables:
            for row in table:
                cells = [join_spaced(canon(c or "").replace("\n", "").strip()) for c in row]
                text = "  ".join(cells).strip()
                if text:
                    out.append(TLine(page.number, text, None, src, 1.0, start + len(out), cells))
    return out


def narrow(tl: TLine, value: str) -> TLine:
    """The segment of a whole-row TLine that holds ``value`` (for a field's box), else the row."""
    if not tl.parts:
        return tl
    key = re.sub(r"\s", "", value)
    for p in tl.parts:
        if key and key in re.sub(r"\s", "", p.text):
            return p
    return tl


def row_cells(tl: TLine) -> list[str]:
    """A row's cells: a table row's own, else its words (columns are joined by two spaces)."""
    return [c for c in (tl.cells if tl.cells is not None else re.split(r"\s+", tl.text.strip())) if c]


def column_table(rows: Sequence[TLine], columns: dict[str, Sequence[str]], required: Sequence[str]
                 ) -> list[tuple[dict[str, str], TLine]]:
    """Rows under a header found by meaning: the first row whose cells name every ``required``
    column (a cell containing one of its labels), then each following row of the same number of
    cells, as {column: cell}. Stops at the first row of another shape after a data row."""
    for k, tl in enumerate(rows):
        head = row_cells(tl)
        where: dict[str, int] = {}
        for name, labels in columns.items():
            for j, cell in enumerate(head):
                if j not in where.values() and any(re.sub(r"\s", "", x) in cell for x in labels):
                    where[name] = j
                    break
        if not all(r in where for r in required):
            continue
        out = []
        for row in rows[k + 1:]:
            cells = row_cells(row)
            if len(cells) != len(head) or row.page != tl.page and not out:
                if out:
                    break
                continue
            out.append(({name: cells[j] for name, j in where.items()}, row))
        if out:
            return out
    return []
