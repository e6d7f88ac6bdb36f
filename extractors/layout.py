"""Re-assemble lines and table rows from text boxes (OCR boxes or text-layer segments).

Why: engines return boxes in their own order, which breaks on rotated or skewed
scans (table cells come out of sequence).  Reading order is rebuilt here from
geometry only: boxes whose vertical extents overlap form one row, each row is
sorted by x, and a large horizontal gap separates cells (a single space in the
line text, a new cell in the table row).

A gap of more than about two characters (``SEG_GAP`` line heights) also starts a
new *segment*: two columns that share a baseline ("校名 兰州交通大学      校(院)长
王某"; a certificate number and its date) stay apart, each with its own box, so
that a parser never reads one value into the next. Single characters set far
apart ("姓      名", letter-spaced to align a column) stay one segment.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from statistics import median
from typing import Callable, Iterable, Optional, Sequence

from core.models import Line, Segment

# a gap wider than this many line heights separates two cells
CELL_GAP = 1.0
# between ASCII words a smaller gap still deserves a space
WORD_GAP = 0.35
# between two separate boxes, a blank of more than half a character is a space ("学报 2019年")
SPACE_GAP = 0.6
# boxes of one row must overlap vertically by this share of the smaller height
ROW_OVERLAP = 0.45
# a gap wider than this many line heights (about two characters) starts a new segment (column)
SEG_GAP = 2.0
# two single characters closer than this are one letter-spaced word, not two columns
LETTER_GAP = 4.5


@dataclass
class Seg:
    """One box of text: an OCR box or a text-layer line segment."""
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    score: float = 1.0

    @property
    def h(self) -> float:
        return max(self.y1 - self.y0, 1e-6)

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class Row:
    segs: list[Seg] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    text: str = ""
    # columns of the row: (text, members); one entry when the row is one column
    columns: list[tuple[str, list[Seg]]] = field(default_factory=list)
    spans: list[tuple[float, float]] = field(default_factory=list)  # each cell's x0, x1

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (min(s.x0 for s in self.segs), min(s.y0 for s in self.segs),
                max(s.x1 for s in self.segs), max(s.y1 for s in self.segs))

    @property
    def confidence(self) -> float:
        total = sum(max(len(s.text), 1) for s in self.segs)
        return sum(s.score * max(len(s.text), 1) for s in self.segs) / total


def _v_overlap(a: Seg, b: Seg) -> float:
    inter = min(a.y1, b.y1) - max(a.y0, b.y0)
    return inter / min(a.h, b.h)


def _h_overlap(a: Seg, b: Seg) -> float:
    inter = min(a.x1, b.x1) - max(a.x0, b.x0)
    return inter / max(min(a.x1 - a.x0, b.x1 - b.x0), 1e-6)


def group_rows(segs: Iterable[Seg]) -> list[Row]:
    """Group segments into visual rows, top to bottom, each sorted left to right.

    A segment joins the row whose horizontally nearest member overlaps it most
    vertically; comparing with the nearest member (not the row's mean) keeps a
    long row together when a residual skew makes its two ends differ in height.
    """
    rows: list[list[Seg]] = []
    vertical: list[list[Seg]] = []
    for s in sorted(segs, key=lambda s: (s.cy, s.x0)):
        if not s.text.strip():
            continue
        if _vertical(s):
            vertical.append([s])  # a title set in a column ("毕\n业\n证\n书") is a line of its own
            continue
        best, best_ov = None, ROW_OVERLAP
        for members in rows[-6:]:  # only recent rows can still overlap vertically
            if any(_h_overlap(s, m) > 0.3 for m in members):
                continue  # stacked, not side by side
            near = min(members, key=lambda m: min(abs(s.x0 - m.x1), abs(m.x0 - s.x1)))
            ov = _v_overlap(s, near)
            if ov > best_ov:
                best, best_ov = members, ov
        if best is None:
            rows.append([s])
        else:
            best.append(s)
    out = []
    for members in rows:
        members.sort(key=lambda m: m.x0)
        out.append(_join(members))
    # a vertical line takes the place of its top; the others of their middle
    keyed = [(min(s.cy for s in r.segs), r) for r in out] + [(v[0].y0, _join(v)) for v in vertical]
    keyed.sort(key=lambda kr: kr[0])
    return [r for _, r in keyed]


# a page's outer margin: a line turned sideways there is a running head (journal, year and issue, ISSN)
MARGIN = 0.12
DIAGONAL = 0.1   # |cos| and |sin| of a line's direction both above this (6°–84°): text at a slant


# a page's own footer: "第 1 页 共 2 页", "第1页/共2页", "第 1 页，共 2 页"
PAGE_FOOTER = re.compile(r"第\s*(\d{1,3})\s*页\s*[,，/、]?\s*共\s*\d{1,3}\s*页")


def panels(segs: Sequence[Seg], regions: Optional[Sequence[tuple[float, float, float, float]]] = None
           ) -> list[list[Seg]]:
    """The pages of an n-up print (2 or 4 pages on one sheet, "第1页共2页" at the foot of each),
    each page's boxes apart, in the order their footers number them; the boxes as one page
    otherwise. Rows grouped across two pages printed side by side join a row of the left page to
    a row of the right one ("…兰州新区第三人民医院  41 2022-10 正常应缴…"). Given ``regions`` (the
    pictures of a page, say), the boxes of each region apart, then the rest."""
    if regions:
        parts = [[s for s in segs if in_region(s, r)] for r in regions]
        rest = [s for s in segs if not any(in_region(s, r) for r in regions)]
        return [p for p in parts + [rest] if p]
    regions = panel_regions(segs)
    if len(regions) < 2:
        return [list(segs)]
    return [[s for s in segs if in_region(s, r)] for r in regions]


def in_region(s: Seg, r: tuple[float, float, float, float]) -> bool:
    x, y = (s.x0 + s.x1) / 2, s.cy
    return r[0] < x <= r[2] and r[1] < y <= r[3]


def panel_regions(segs: Sequence[Seg]) -> list[tuple[float, float, float, float]]:
    """The regions (x0, y0, x1, y1, open-ended at the sheet's edges) of an n-up print's pages in the
    order their footers number them; [] when the boxes are one page. Each page is told by its footer:
    footers side by side are columns of pages, a footer with rows below it ends a row of pages. The
    cut between two columns must pass through no box."""
    feet = []
    for sg in segs:
        for m in PAGE_FOOTER.finditer(sg.text):
            # a box may hold two footers the recogniser read as one ("第1页共2页  第2页共2页")
            share = (sg.x1 - sg.x0) / max(len(sg.text), 1)
            x = sg.x0 + share * (m.start() + m.end()) / 2
            feet.append((x, sg.cy, int(m.group(1))))
    if len(feet) < 2 or len({k for *_, k in feet}) < len(feet):
        return []
    width = max(s.x1 for s in segs) - min(s.x0 for s in segs)
    xs = sorted(x for x, *_ in feet)
    cols = [[xs[0]]]
    for x in xs[1:]:
        if x - cols[-1][-1] > 0.25 * width:
            cols.append([x])
        else:
            cols[-1].append(x)
    # the cuts between columns of pages: the widest x band between two footer columns that no box crosses
    cuts = []
    for a, b in zip(cols, cols[1:]):
        lo, hi = max(a), min(b)
        edges = sorted({lo, hi} | {v for s in segs for v in (s.x0, s.x1) if lo < v < hi})
        free = [(r - l, (l + r) / 2) for l, r in zip(edges, edges[1:])
                if not any(s.x0 < r and s.x1 > l for s in segs)]
        if not free:
            return []
        cuts.append(max(free)[1])
    bounds = [-math.inf] + cuts + [math.inf]
    h = median(s.h for s in segs)
    out = []
    for c in range(len(cuts) + 1):
        ends = sorted((y, k) for x, y, k in feet if bounds[c] < x <= bounds[c + 1])
        if not ends:
            return []
        top = -math.inf
        for j, (y, k) in enumerate(ends):
            # within a column, a footer with boxes below it ends the upper page
            bottom = y + h if j < len(ends) - 1 else math.inf
            out.append((k, (bounds[c], top, bounds[c + 1], bottom)))
            top = bottom
    regions = [r for _, r in sorted(out)]
    if any(not any(in_region(s, r) for s in segs) for r in regions):
        return []
    return regions


def diagonal(direction) -> bool:
    """Text set at a slant (neither along nor across the page, e.g. 30°): a watermark printed over
    the page ("仅供职称申报使用 2024-06-26" repeated across a 参保证明), never a line of the document's
    own text; rows, table cells and the overprint test leave it out."""
    dx, dy = direction
    return abs(dx) >= DIAGONAL and abs(dy) >= DIAGONAL


def in_margin(s: Seg, width: float) -> bool:
    return s.x1 < MARGIN * width or s.x0 > (1 - MARGIN) * width


def margin_head(margin: list[tuple[float, Seg]]) -> Row:
    """The lines turned sideways in a page's margin, each with its direction (-1: read upwards, text
    turned anticlockwise; +1: downwards), as one line in their reading order, to be read first: a
    running head printed up the margin ("环境工程 | 2022年第4期 | ISSN … | CN …") stands where a
    paper's header line does."""
    order = [p for _, p in sorted(margin, key=lambda t: t[1].y0 if t[0] > 0 else -t[1].y1)]
    return Row(segs=order, cells=[p.text for p in order], text=" ".join(p.text for p in order),
               columns=[(p.text, [p]) for p in order], spans=[(p.x0, p.x1) for p in order])


def _vertical(s: Seg) -> bool:
    """Text set in a column: a box far taller than wide holding several characters."""
    return len(s.text.strip()) >= 2 and (s.y1 - s.y0) > 2.0 * (s.x1 - s.x0)


def _letterspaced(prev: Seg, cur: Seg, gap: float, h: float) -> bool:
    return len(prev.text.strip()) == 1 and len(cur.text.strip()) == 1 and gap <= LETTER_GAP * h


def _sep(text: str, t: str, gap: float, h: float) -> str:
    if gap > CELL_GAP * h or gap > SPACE_GAP * h:
        return " "
    if gap > WORD_GAP * h and text[-1:].isascii() and text[-1:].isalnum() \
            and t[:1].isascii() and t[:1].isalnum():
        return " "
    return ""


def _join(segs: list[Seg]) -> Row:
    h = median(s.h for s in segs)
    row = Row(segs=segs)
    cells: list[str] = [segs[0].text.strip()]
    spans = [(segs[0].x0, segs[0].x1)]
    columns: list[tuple[str, list[Seg]]] = [(segs[0].text.strip(), [segs[0]])]
    for prev, cur in zip(segs, segs[1:]):
        gap = cur.x0 - prev.x1
        t = cur.text.strip()
        if gap > SEG_GAP * h and not _letterspaced(prev, cur, gap, h):
            columns.append((t, [cur]))
        else:
            text, members = columns[-1]
            columns[-1] = (text + _sep(text, t, gap, h) + t, members + [cur])
        if gap > CELL_GAP * h:
            cells.append(t)
            spans.append((cur.x0, cur.x1))
        else:
            cells[-1] += _sep(cells[-1], t, gap, h)
            cells[-1] += t
            spans[-1] = (spans[-1][0], cur.x1)
    row.cells = cells
    row.spans = spans
    row.columns = columns
    row.text = " ".join(text for text, _ in columns)
    return row


def _bbox(segs: Sequence[Seg]) -> tuple[float, float, float, float]:
    return (round(min(s.x0 for s in segs), 2), round(min(s.y0 for s in segs), 2),
            round(max(s.x1 for s in segs), 2), round(max(s.y1 for s in segs), 2))


def _confidence(segs: Sequence[Seg]) -> float:
    total = sum(max(len(s.text), 1) for s in segs)
    return round(sum(s.score * max(len(s.text), 1) for s in segs) / total, 4)


def rows_to_lines(rows: Sequence[Row], source: str) -> list[Line]:
    out = []
    for r in rows:
        if not r.text:
            continue
        segments = [Segment(text=t, bbox=_bbox(m), confidence=_confidence(m))
                    for t, m in r.columns if t] if len(r.columns) > 1 else []
        out.append(Line(text=r.text, bbox=tuple(round(v, 2) for v in r.bbox), source=source,
                        confidence=round(r.confidence, 4), segments=segments))
    return out


_MONTH_CELL = re.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*月?(?:\s*[-./]\s*\d{1,2}\s*日?)?")


def month_cell(cell: str) -> bool:
    return bool(_MONTH_CELL.fullmatch(cell.strip()))


def table_rows(rows: Sequence[Row], min_cells: int = 3, stitch: bool = False,
               completes: Optional[Callable[[str, str], bool]] = None) -> list[list[str]]:
    """Rows with at least ``min_cells`` well-separated cells (OCR tables, quick text-layer tables).

    A cell whose text wraps (a long unit name in a narrow column, "62012115671 兰州新区职 /
    业教育园区建设发展有限公 / 司") leaves lines of one or two short pieces between the rows, each
    piece inside one column: a piece belongs to that column's cell of the nearer row, before its
    text when it stands above the row, after it when below (``stitch``: text-layer rows, whose cells
    are exact; OCR merges neighbouring cells, and a piece joined to a merged cell spoils both). For
    OCR rows, ``completes(cell, piece)`` names the one safe case: a piece below a row that completes
    a cell the wrap cut ("中国铁建大桥工程局集团第" + "五工程有限公司")."""
    idx = [i for i, r in enumerate(rows) if len(r.cells) >= min_cells]
    cells = {i: list(rows[i].cells) for i in idx}
    before: dict[tuple[int, int], list[str]] = {}
    after: dict[tuple[int, int], list[str]] = {}
    # the pieces between the rows, and those just below the last row (its cell wraps too)
    # (a text-layer page that continues a table without its header: the first row's cell wraps above it too)
    start = (max(idx[0] - 1, 0) if stitch else idx[0] + 1) if idx else 0
    # how far apart the table's rows stand: a piece above its first row or below its last one that
    # stands further off than most of that is the page's title or footer ("第3 页，共6 页" under the
    # last row, "缴费明细" over the header), no wrapped cell
    centres = [(rows[i].bbox[1] + rows[i].bbox[3]) / 2 for i in idx]
    pitch = median(b - a for a, b in zip(centres, centres[1:])) if len(idx) >= 3 else math.inf
    for i in range(start, min(idx[-1] + 3, len(rows))) if len(idx) >= 2 and (stitch or completes) else ():
        r = rows[i]
        if i in cells or len(r.cells) > 2 or len(r.cells) != len(r.spans):
            continue
        if any(month_cell(c) for c in r.cells):
            continue  # a month on a line of its own starts a (half-filled) row: "2023.12  5766.00(欠)"
        above = max((j for j in idx if j < i), default=None)
        below = min((j for j in idx if j > i), default=None)
        cy = (r.bbox[1] + r.bbox[3]) / 2
        da = cy - (rows[above].bbox[1] + rows[above].bbox[3]) / 2 if above is not None else math.inf
        db = (rows[below].bbox[1] + rows[below].bbox[3]) / 2 - cy if below is not None else math.inf
        owner = above if da < db else below
        h = median(s.h for s in rows[owner].segs)
        if min(da, db) > 2.5 * h:
            continue  # a line of its own (a heading inside the table's span), not a wrapped piece
        if (above is None or below is None) and min(da, db) > 0.75 * pitch:
            continue
        for text, (x0, x1) in zip(r.cells, r.spans):
            if re.search(r"[:：]", text):
                continue  # a labelled line ("单位：…" heading the rows below) is no wrapped piece
            mid = (x0 + x1) / 2
            spans = rows[owner].spans
            col = [k for k, (a, b) in enumerate(spans) if a - h <= mid <= b + h]
            if not stitch:
                if owner == above and len(col) == 1 and len(r.cells) == 1 and completes(cells[owner][col[0]], text):
                    after.setdefault((owner, col[0]), []).append(text)
                continue
            if not col and all(b < x0 or a > x1 for a, b in spans):
                # the row leaves this column blank on its own line: the cell's text stands wholly above
                # and below it (a wrapped cell centred on the row) — a cell of its own, in that gap
                (after if owner == above else before).setdefault((owner, -1 - sum(b < x0 for _, b in spans)),
                                                                 []).append(text)
                continue
            if len(col) != 1 or x1 - x0 > 1.5 * (spans[col[0]][1] - spans[col[0]][0]) + 2 * h:
                continue
            (after if owner == above else before).setdefault((owner, col[0]), []).append(text)
    for (i, k), texts in before.items():
        if k >= 0:
            cells[i][k] = _glue(texts + [cells[i][k]])
    for (i, k), texts in after.items():
        if k >= 0:
            cells[i][k] = _glue([cells[i][k]] + texts)
    # new cells right to left, so that each goes in at its own gap
    for i, k in sorted({key for key in list(before) + list(after) if key[1] < 0}, key=lambda t: (t[0], t[1])):
        cells[i].insert(-1 - k, _glue(before.get((i, k), []) + after.get((i, k), [])))
    return [cells[i] for i in idx]


def _glue(pieces: list[str]) -> str:
    """Pieces of one wrapped cell: no space between CJK characters."""
    out = pieces[0]
    for p in pieces[1:]:
        cjk = re.match(r"[\u4e00-\u9fff]", p) and re.search(r"[\u4e00-\u9fff]$", out)
        out += ("" if cjk else " ") + p
    return out


def quad_to_seg(text: str, quad: Sequence[Sequence[float]], score: float,
                angle_deg: float = 0.0, center: Optional[tuple[float, float]] = None) -> Seg:
    """Axis-aligned box of a quad, optionally after undoing a residual skew."""
    pts = [(float(p[0]), float(p[1])) for p in quad]
    if angle_deg and center:
        a = math.radians(-angle_deg)
        cx, cy = center
        ca, sa = math.cos(a), math.sin(a)
        pts = [(cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca)
               for x, y in pts]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return Seg(text, min(xs), min(ys), max(xs), max(ys), float(score))


def box_angle(quad: Sequence[Sequence[float]]) -> Optional[float]:
    """Angle in degrees of a box's long edge (image y down), None if not a text line."""
    p = [(float(a[0]), float(a[1])) for a in quad]
    e1 = (p[1][0] - p[0][0], p[1][1] - p[0][1])
    e2 = (p[2][0] - p[1][0], p[2][1] - p[1][1])
    l1, l2 = math.hypot(*e1), math.hypot(*e2)
    long_e, lo, sh = (e1, l1, l2) if l1 >= l2 else (e2, l2, l1)
    if sh <= 0 or lo / sh < 2.5:
        return None
    ang = math.degrees(math.atan2(long_e[1], long_e[0]))
    while ang > 90:
        ang -= 180
    while ang <= -90:
        ang += 180
    return ang


def estimate_skew(quads: Iterable[Sequence[Sequence[float]]]) -> tuple[float, float]:
    """(skew of near-horizontal lines in degrees, share of vertical text lines).

    The share of long boxes whose long edge is near vertical tells a page turned
    by 90/270 degrees; the median angle of the others is the residual skew.
    """
    horiz, vert = [], 0
    for q in quads:
        a = box_angle(q)
        if a is None:
            continue
        if abs(a) > 45:
            vert += 1
        else:
            horiz.append(a)
    n = len(horiz) + vert
    skew = median(horiz) if horiz else 0.0
    return skew, (vert / n if n else 0.0)
