"""ID numbers out of every picture: find their boxes on a page and blur them.

Why boxes are found three ways: a text-layer PDF is searched where the picture
is drawn (PyMuPDF gives the exact rectangle of the number); an OCR'd page has
its lines (text + box) while the night runs; the database snapshot keeps no
lines (too large), so ``snapshot_boxes`` stores just the ID boxes of every page
in ``Document.meta["id_boxes"]``, and the desk and ``zcaudit review`` blur from
those.  An OCR'd page for which no boxes are known at all is not shown: a
picture is a help, an ID number in it is a leak.

An ID number is an 18-character run with a valid GB 11643 check character, or
with a plausible birth date on a line labelled 身份 (an OCR slip in the check
character must not unmask it).  Certificate numbers are never blurred.  The
number a finding compares (ID_NUMBER_MISMATCH on that very box) stays visible.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from PIL import Image, ImageFilter

from core import idcard
from core.models import BBox, Document, Finding, Page
from .evidence import is_id_number

ID_META = "id_boxes"
_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9０-９]{17}[0-9Xx０-９ｘＸ](?![0-9A-Za-z])")
ID_CODES = {"ID_NUMBER_MISMATCH", "ID_NUMBER_INVALID", "ID_BIRTH_MISMATCH", "ID_GENDER_MISMATCH"}


def _looks_like_id(run: str, line: str) -> bool:
    n = idcard.normalize(run)
    if is_id_number(n):
        return True
    born = idcard.birth_date(n)
    return born is not None and 1900 <= born.year <= 2030 and ("身份" in line or "证号" in line)


def line_id_boxes(text: str, bbox: BBox) -> list[BBox]:
    """Boxes of the ID numbers inside one line (by character share of the line's width, widened)."""
    out = []
    n = max(len(text), 1)
    x0, y0, x1, y1 = bbox
    w = (x1 - x0) / n
    for m in _RUN.finditer(text):
        if not _looks_like_id(m.group(0), text):
            continue
        a = max(x0, x0 + w * (m.start() - 1.5))
        b = min(x1, x0 + w * (m.end() + 1.5))
        pad = (y1 - y0) * 0.15
        out.append((a, y0 - pad, b, y1 + pad))
    return out


def page_id_boxes(doc: Document, page: Optional[Page]) -> Optional[list[BBox]]:
    """ID boxes known for a page (lines, id_number fields, stored snapshot); None when unknown."""
    if page is None:
        return None
    boxes: list[BBox] = []
    known = False
    if page.lines:
        known = True
        for ln in page.lines:
            boxes.extend(line_id_boxes(ln.text, ln.bbox))
    stored = (doc.meta.get(ID_META) or {}) if isinstance(doc.meta.get(ID_META), dict) else None
    if stored is not None and str(page.number) in stored:
        known = True
        boxes.extend(tuple(b) for b in stored[str(page.number)])
    for f in doc.fields:
        if f.name == "id_number" and f.page == page.number and f.bbox:
            boxes.append(f.bbox)
    return boxes if known else None


def snapshot_boxes(doc: Document) -> None:
    """Keep the ID boxes of every page with lines in ``doc.meta`` before the lines are dropped."""
    stored = dict(doc.meta.get(ID_META) or {})
    for p in doc.pages:
        if p.lines:
            stored[str(p.number)] = [list(b) for ln in p.lines for b in line_id_boxes(ln.text, ln.bbox)]
    if stored:
        doc.meta[ID_META] = stored


def pdf_id_rects(pg) -> list[BBox]:
    """Rectangles of ID numbers on a PyMuPDF page's text layer (unrotated page space)."""
    out: list[BBox] = []
    text = pg.get_text()
    for line in text.splitlines():
        for m in _RUN.finditer(line):
            if _looks_like_id(m.group(0), line):
                out.extend(tuple(r) for r in pg.search_for(m.group(0)))
    return out


def keep_box(f: Optional[Finding]) -> Optional[BBox]:
    """The box a finding compares an ID number at: it stays readable in that finding's pictures."""
    if f is None or not f.bbox:
        return None
    if f.code in ID_CODES or f.evidence.get("field") == "id_number":
        return f.bbox
    return None


def _overlaps(a: BBox, b: BBox) -> bool:
    return not (a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1])


def drop_kept(boxes: Iterable[BBox], keep: Optional[BBox]) -> list[BBox]:
    return [b for b in boxes if keep is None or not _overlaps(b, keep)]


def blur(im, boxes: Iterable[tuple[float, float, float, float]]):
    """Pixelate then blur each box of a PIL image in place: digits cannot be read back."""
    for x0, y0, x1, y1 in boxes:
        box = (max(0, int(x0)), max(0, int(y0)), min(im.width, int(x1 + 1)), min(im.height, int(y1 + 1)))
        if box[2] <= box[0] or box[3] <= box[1]:
            continue
        region = im.crop(box)
        cell = max(4, (box[3] - box[1]) // 2)
        small = region.resize((max(1, region.width // cell), max(1, region.height // cell)), Image.BILINEAR)
        region = small.resize(region.size, Image.NEAREST).filter(ImageFilter.GaussianBlur(cell / 2))
        im.paste(region, box)
    return im
