"""PDF backend (PyMuPDF): text layer first, OCR only for pages that are images.

Why this shape: most uploads are born-digital PDFs (学信网 备案表, 缴费证明, CNKI
reports, papers) whose text layer is exact and costs ~1 ms a page; scans are
PDFs of images.  Table finding (~0.2 s a page) runs only on pages whose lines
look like a table, so a 300-page paper never pays for it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np
import pymupdf

from core.models import Page, StageError
from core import renders
from core.renders import OCR_DPI
from extractors import layout, pdf_traces

MIN_TEXT_CHARS = 8          # fewer text-layer characters than this on an image page → OCR
# a page with a text layer and pictures that hold none of its text (screenshots pasted into a Word document):
# each picture at least this share of the page, together at least MIXED_MIN_SHARE, and the layer's own text
# short (captions: a paper's page with a figure has far more)
MIXED_MIN_PICTURE = 0.04
MIXED_MIN_SHARE = 0.2
MIXED_MAX_CHARS = 400
TABLE_MIN_ROWS = 3          # rows of ≥ 3 separated cells that make find_tables worth its cost

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


class PdfUnreadable(Exception):
    """The file cannot be opened as a PDF; the message is for the reviewer."""


@dataclass
class PdfResult:
    pages: list[Page] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    errors: list[StageError] = field(default_factory=list)


def pdf_meta(doc: "pymupdf.Document", data: bytes, encrypted: bool) -> dict:
    """Producer/creator/dates, %%EOF markers, incremental versions (``pdf_traces`` has the rest)."""
    md = doc.metadata or {}
    meta = {k: md.get(k) or "" for k in ("producer", "creator", "creationDate", "modDate",
                                        "title", "author", "format", "encryption")}
    meta.update(page_count=doc.page_count, encrypted=bool(encrypted),
                eof_markers=data.count(b"%%EOF"), startxref_markers=data.count(b"startxref"))
    for attr, key in (("version_count", "versions"), ("is_repaired", "repaired")):
        try:
            meta[key] = getattr(doc, attr)
        except Exception:  # pragma: no cover - depends on the pymupdf build
            pass
    try:
        meta["xref_length"] = doc.xref_length()
    except Exception:  # pragma: no cover
        pass
    return meta


def open_pdf(data: bytes) -> tuple["pymupdf.Document", bool]:
    """Open (repairing if need be) and unlock with the empty user password."""
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:
        raise PdfUnreadable(f"PDF文件损坏，无法打开（{type(exc).__name__}）") from exc
    encrypted = bool(doc.is_encrypted or doc.needs_pass or (doc.metadata or {}).get("encryption"))
    if doc.needs_pass and not doc.authenticate(""):
        raise PdfUnreadable("文件已加密，无法打开")
    if doc.page_count == 0:
        if b"%%EOF" not in data[-1024:]:  # cut before its page tree (written last by many producers)
            raise PdfUnreadable("文件不完整（末尾缺失，疑似上传中断），页面目录已丢失，没有可读取的页面")
        raise PdfUnreadable("PDF文件没有可读取的页面")
    return doc, encrypted


def text_layer_rows(page: "pymupdf.Page") -> list[layout.Row]:
    """Visual rows of a page's text layer, columns read one after the other (a watermark set at a
    slant left out)."""
    d = page.get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP)
    if page.rotation % 360:
        _upright(d, page.rotation_matrix)
    segs: list[layout.Seg] = []
    margin: list[tuple[float, layout.Seg]] = []
    width = page.rect.width
    for block in d.get("blocks", ()):
        for ln in block.get("lines", ()):
            if layout.diagonal(ln.get("dir", (1, 0))):
                continue
            pieces = _line_pieces(ln)
            dx, dy = ln.get("dir", (1, 0))
            if abs(dx) < 0.05 and pieces and all(layout.in_margin(p, width) for p in pieces):
                margin += [(dy, p) for p in pieces]
            else:
                segs.extend(pieces)
    rows = _column_order(segs, width) if segs else []
    if margin:
        rows.insert(0, layout.margin_head(margin))
    return rows


def _upright(d: dict, m: "pymupdf.Matrix") -> None:
    """A page stored with /Rotate (a landscape statement saved portrait and turned 90° for display):
    the text layer's boxes, origins and writing directions as the page is shown, not as it is stored
    (stored, every line runs up the page and the rows stand as columns)."""
    def walk(node: dict) -> None:
        if "bbox" in node:
            node["bbox"] = tuple(pymupdf.Rect(node["bbox"]) * m)
        if "origin" in node:
            node["origin"] = tuple(pymupdf.Point(node["origin"]) * m)
        if "dir" in node:
            dx, dy = node["dir"]
            node["dir"] = (round(dx * m.a + dy * m.c, 6), round(dx * m.b + dy * m.d, 6))
        for key in ("blocks", "lines", "spans", "chars"):
            for child in node.get(key, ()):
                walk(child)
    walk(d)


def _line_pieces(ln: dict) -> list[layout.Seg]:
    """One text-layer line cut where the blank between two characters is wider than
    ``layout.SEG_GAP`` character heights (two columns on one baseline, or a value and
    the date printed after it); runs of spaces inside a piece become one space."""
    chars = [c for s in ln.get("spans", ()) for c in s.get("chars", ())]
    horizontal = abs(ln.get("dir", (1, 0))[1]) < 0.05
    pieces: list[list[dict]] = [[]]
    last = None
    for c in chars:
        if c["c"].isspace():
            if pieces[-1]:
                pieces[-1].append(c)
            continue
        if last is not None and horizontal:
            h = max(last["bbox"][3] - last["bbox"][1], c["bbox"][3] - c["bbox"][1], 1e-6)
            if c["bbox"][0] - last["bbox"][2] > layout.SEG_GAP * h:
                pieces.append([])
        pieces[-1].append(c)
        last = c
    out = []
    for piece in pieces:
        ink = [c for c in piece if not c["c"].isspace()]
        if not ink:
            continue
        text = " ".join(_spaced(piece, horizontal).split())
        out.append(layout.Seg(text, min(c["bbox"][0] for c in ink), min(c["bbox"][1] for c in ink),
                              max(c["bbox"][2] for c in ink), max(c["bbox"][3] for c in ink)))
    return out


def _spaced(piece: list[dict], horizontal: bool) -> str:
    """A piece's characters; a blank between two CJK glyphs clearly wider than the piece's usual one
    (a quarter of the glyph height beyond it) becomes a space, as a reader sees one: a byline set
    "周垚  蒲永刚  马木提江" with the names apart but no space character between them. Evenly spread
    (letter-spaced, justified) text keeps its glyphs together."""
    if not horizontal:
        return "".join(c["c"] for c in piece)
    gaps = [b["bbox"][0] - a["bbox"][2] for a, b in zip(piece, piece[1:])
            if not a["c"].isspace() and not b["c"].isspace()]
    usual = float(np.median(gaps)) if gaps else 0.0
    out = [piece[0]["c"]] if piece else []
    for a, b in zip(piece, piece[1:]):
        h = max(a["bbox"][3] - a["bbox"][1], b["bbox"][3] - b["bbox"][1], 1e-6)
        if CJK_GLYPH.fullmatch(a["c"]) and CJK_GLYPH.fullmatch(b["c"]) \
                and b["bbox"][0] - a["bbox"][2] > max(usual, 0.0) + 0.25 * h:
            out.append(" ")
        out.append(b["c"])
    return "".join(out)


CJK_GLYPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _column_order(segs: list[layout.Seg], width: float) -> list[layout.Row]:
    """Read a two-column page (papers) column by column, not across the gutter.

    A page is two-column when many long segments sit wholly in one half and few
    cross the middle; full-width segments (title, abstract) split it into bands.
    """
    mid = width / 2
    left = [s for s in segs if s.x1 <= mid + 2]
    right = [s for s in segs if s.x0 >= mid - 2]
    long_l = sum(1 for s in left if s.x1 - s.x0 > 0.3 * width)
    long_r = sum(1 for s in right if s.x1 - s.x0 > 0.3 * width)
    if long_l < 5 or long_r < 5:
        return layout.group_rows(segs)
    rows: list[layout.Row] = []
    band: list[layout.Seg] = []

    def flush():
        rows.extend(layout.group_rows([s for s in band if s.x1 <= mid + 2]))
        rows.extend(layout.group_rows([s for s in band if not s.x1 <= mid + 2]))
        band.clear()

    ordered = sorted(segs, key=lambda s: (s.y0, s.x0))
    taken: set[int] = set()
    for k, s in enumerate(ordered):
        if k in taken:
            continue
        if s.x0 < mid - 2 and s.x1 > mid + 2:   # crosses the gutter: a full-width line
            # what shares its baseline ("摘  要：…", a header's pieces) belongs to its row
            same = [j for j, o in enumerate(ordered) if j not in taken and j != k
                    and min(o.y1, s.y1) - max(o.y0, s.y0) > 0.5 * min(o.h, s.h)]
            band[:] = [b for b in band if not any(b is ordered[j] for j in same)]
            flush()
            taken.update(same)
            rows.extend(layout.group_rows([s] + [ordered[j] for j in same]))
        else:
            band.append(s)
    flush()
    return rows


def _find_tables(page: "pymupdf.Page") -> list[list[list[str]]]:
    """Table rows with each cell's text rebuilt from the words inside the cell.

    ``Table.extract()`` orders characters by font run, so a cell drawn as
    "2015" (Latin font) + "年" (CJK font) … comes out as "年 月 2015 02"; the
    words' own boxes give the reading order back.
    """
    out = []
    if page.rotation % 360:
        return out  # its cells would come in stored coordinates: the rows rebuilt from the upright lines stand
    try:
        found = page.find_tables(use_layout=False)  # the layout model costs ~0.5 s a page
    except Exception:
        return out
    # words from one text page, so that each word's line can be looked up: a watermark's are left out
    tp = page.get_textpage()
    slanted = {(b, k) for b, block in enumerate(tp.extractRAWDICT().get("blocks", ()))
               for k, ln in enumerate(block.get("lines", ())) if layout.diagonal(ln.get("dir", (1, 0)))}
    words = [w for w in tp.extractWORDS() if (w[5], w[6]) not in slanted]
    for tab in found.tables:
        rows = []
        for row in tab.rows:
            cells = [_cell_text(words, c) for c in row.cells]
            if any(cells):
                rows.append(cells)
        if rows:
            out.append(rows)
    return out


def _cell_text(words: list, cell) -> str:
    if cell is None:
        return ""
    x0, y0, x1, y1 = cell
    inside = [w for w in words
              if x0 - 1 <= (w[0] + w[2]) / 2 <= x1 + 1 and y0 - 1 <= (w[1] + w[3]) / 2 <= y1 + 1]
    if not inside:
        return ""
    inside.sort(key=lambda w: (round((w[1] + w[3]) / 2 / 3), w[0]))
    parts, prev = [], None
    for w in inside:
        if prev is not None:
            same_line = abs((w[1] + w[3]) / 2 - (prev[1] + prev[3]) / 2) < 0.5 * (prev[3] - prev[1])
            gap = w[0] - prev[2]
            if not same_line or gap > 0.35 * (w[3] - w[1]):
                parts.append(" ")
        parts.append(w[4])
        prev = w
    return "".join(parts).strip()


# ocr_page(rgb, number, regions=None): regions in the rendering's pixels, read apart (layout.panels)
OcrPage = Callable[..., Optional[Page]]


def read_pdf(data: bytes, page_cap: int, ocr_page: OcrPage) -> PdfResult:
    """Pages of a PDF; ``ocr_page(rgb, number)`` is called only for image-only pages.

    Raises PdfUnreadable when the file cannot be opened at all.
    """
    doc, encrypted = open_pdf(data)
    total = doc.page_count
    n = min(total, max(page_cap, 1))
    res = PdfResult(meta={"pdf": pdf_meta(doc, data, encrypted),
                          "pdf_traces": pdf_traces.collect(doc, data, max_pages=n)})
    res.meta["page_count_total"] = total
    if total > n:
        res.errors.append(StageError(stage="cap", message=f"文件共{total}页，超过上限{n}页，仅读取前{n}页"))
    cut = is_cut_short(doc, data)
    broken = cut_object(data) if cut else None
    missing: list[int] = []
    partial: list[int] = []
    for i in range(n):
        try:
            page = doc[i]
            if cut and not page_intact(doc, page):  # its objects lie past the end of the file
                missing.append(i + 1)
                res.pages.append(Page(number=i + 1, width=page.rect.width, height=page.rect.height))
                continue
            if broken is not None and broken in _drawn(page):
                partial.append(i + 1)
            res.pages.append(_read_page(page, i + 1, ocr_page))
        except Exception as exc:  # one broken page must not lose the others
            res.errors.append(StageError(stage="page", page=i + 1,
                                         message=f"第{i + 1}页无法读取（{type(exc).__name__}）"))
    if not res.pages:
        raise PdfUnreadable("PDF文件损坏，没有可读取的页面")
    if cut:
        res.meta["pdf"].update(cut_short=True, pages_missing=missing, pages_partial=partial)
    if missing or partial:  # a cut between objects (xref, trailer) loses nothing a page shows
        res.errors.append(StageError(stage="read", message=cut_message(total, n, missing, partial)))
    doc.close()
    return res


def is_cut_short(doc: "pymupdf.Document", data: bytes) -> bool:
    """The file ends before its end: no %%EOF in its last 1,024 bytes and MuPDF had to
    rebuild its cross-reference table (an upload interrupted, a file cut in a copy)."""
    return b"%%EOF" not in data[-1024:] and bool(getattr(doc, "is_repaired", True))


_OBJ_RE = re.compile(rb"(?<![0-9])(\d+)\s+\d+\s+obj\b")


def cut_object(data: bytes) -> Optional[int]:
    """The object the file ends inside of (no ``endobj`` after its header), if any."""
    last = None
    for last in _OBJ_RE.finditer(data):
        pass
    if last is None or b"endobj" in data[last.end():]:
        return None
    return int(last.group(1))


def _drawn(page: "pymupdf.Page") -> set[int]:
    try:
        return set(page.get_contents()) | {im[0] for im in page.get_images(full=True)}
    except Exception:
        return set()


def page_intact(doc: "pymupdf.Document", page: "pymupdf.Page") -> bool:
    """False when the page object, a content stream or an image it draws is missing from the file."""
    try:
        if doc.xref_object(page.xref) in ("", "null"):
            return False
        xrefs = list(page.get_contents()) + [im[0] for im in page.get_images(full=True)]
        for x in xrefs:
            doc.xref_stream_raw(x)
    except Exception:
        return False
    return True


def _ranges(nums: list[int]) -> str:
    out, start = [], None
    for i, k in enumerate(nums):
        if start is None:
            start = k
        if i + 1 == len(nums) or nums[i + 1] != k + 1:
            out.append(str(start) if start == k else f"{start}–{k}")
            start = None
    return "、".join(out)


def cut_message(total: int, read: int, missing: list[int], partial: list[int]) -> str:
    """Which pages were read out of the pages the file declares, for the reviewer."""
    got = [k for k in range(1, read + 1) if k not in missing]
    parts = [f"第{_ranges(got)}页可读取" if got else "没有一页可读取"]
    if partial:
        parts.append(f"其中第{_ranges(partial)}页内容不全")
    if missing:
        parts.append(f"第{_ranges(missing)}页缺失")
    return f"文件不完整（末尾缺失，疑似上传中断）：声明共{total}页，" + "，".join(parts)


def _read_page(page: "pymupdf.Page", number: int, ocr_page: OcrPage) -> Page:
    rect = page.rect
    rows = text_layer_rows(page)
    chars = sum(len(r.text.replace(" ", "")) for r in rows)
    # (the text trace is walked only on a page that holds an image: a born-digital page costs nothing more)
    if (page.get_images(full=False) and (chars < MIN_TEXT_CHARS or _hidden_layer(page))) or _garbled(rows):
        pictures = _side_by_side(page) if chars < MIN_TEXT_CHARS else []
        if pictures:
            # screenshots placed side by side on an image-only page: each picture's lines apart, in reading order
            k = OCR_DPI / 72.0
            got = ocr_page(renders.render(page, OCR_DPI), number, regions=[tuple(v * k for v in b) for b in pictures])
            if got is not None:
                got.lines = [ln for _, ln, _ in sorted(_keyed_by_picture(got.lines, pictures), key=lambda t: t[0])]
        else:
            got = ocr_page(renders.render(page, OCR_DPI), number)
        if got is not None:
            return got
    pictures = _text_free_pictures(page, rows) if chars < MIXED_MAX_CHARS else []
    if pictures:
        mixed = _with_pictures_read(page, number, rows, pictures, ocr_page)
        if mixed is not None:
            return mixed
    out = Page(number=number, width=rect.width, height=rect.height,
               text_source="text_layer" if rows else "none",
               lines=layout.rows_to_lines(rows, "text_layer"))
    if sum(1 for r in rows if len(r.cells) >= 3) >= TABLE_MIN_ROWS:
        # Rows rebuilt from the text lines are exact when every row has the same
        # cells (the usual printed statement) and cost nothing; find_tables
        # (~0.1 s a page) is kept for irregular tables: wrapped or merged cells.
        quick = layout.table_rows(rows, stitch=True)
        out.tables = [quick] if _regular(quick) and not _short_rows(rows) else (_find_tables(page) or [quick])
    return out


def _text_free_pictures(page: "pymupdf.Page", rows: list[layout.Row]) -> list[tuple[float, float, float, float]]:
    """Pictures on a page with a text layer that hold none of its text and are large enough to carry
    text of their own: screenshots of an app's 缴费记录 pasted into a Word document and printed to PDF
    (the layer holds only the typed captions; every month row is inside the pictures)."""
    area = page.rect.width * page.rect.height
    if page.rotation:
        return []  # (picture boxes are given in the page's unrotated frame; its rows were turned upright)
    try:
        infos = page.get_image_info()
    except Exception:
        return []  # a damaged image object: the text layer is read as it is
    out = []
    for info in infos:
        x0, y0, x1, y1 = info["bbox"]
        if (x1 - x0) * (y1 - y0) < MIXED_MIN_PICTURE * area:
            continue
        if any(x0 <= (sg.x0 + sg.x1) / 2 <= x1 and y0 <= sg.cy <= y1 for r in rows for sg in r.segs):
            continue  # text laid over the picture (a background, a scanned form filled in by software)
        out.append((x0, y0, x1, y1))
    return out if sum((b[2] - b[0]) * (b[3] - b[1]) for b in out) >= MIXED_MIN_SHARE * area else []


def _with_pictures_read(page: "pymupdf.Page", number: int, rows: list[layout.Row],
                        pictures: list[tuple[float, float, float, float]], ocr_page: OcrPage) -> Optional[Page]:
    """The page's text layer with the text of its pictures read by OCR, each picture's lines apart (two
    screenshots side by side are two columns, not one row), the pictures and the typed lines in
    reading order: top to bottom, pictures beside each other left to right."""
    k = OCR_DPI / 72.0
    got = ocr_page(renders.render(page, OCR_DPI), number, regions=[tuple(v * k for v in b) for b in pictures])
    if got is None:
        return None

    keyed = [((ln.bbox[1], ln.bbox[0], 0.0), ln) for ln in layout.rows_to_lines(rows, "text_layer")]
    keyed += [(key, ln) for key, ln, inside in _keyed_by_picture(got.lines, pictures) if inside]
    rect = page.rect
    return Page(number=number, width=rect.width, height=rect.height, text_source="text_layer",
                lines=[ln for _, ln in sorted(keyed, key=lambda t: t[0])])


def _keyed_by_picture(lines, pictures: list[tuple[float, float, float, float]]) -> list[tuple[tuple, object, bool]]:
    """OCR lines keyed for reading order by the picture they stand in (its top, its left, then the line's
    top), and whether they stand in one; a line in no picture is keyed by its own place."""
    out = []
    for ln in lines:
        cx, cy = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
        i = next((i for i, (x0, y0, x1, y1) in enumerate(pictures) if x0 <= cx <= x1 and y0 <= cy <= y1), None)
        key = (pictures[i][1], pictures[i][0], ln.bbox[1]) if i is not None else (ln.bbox[1], ln.bbox[0], ln.bbox[1])
        out.append((key, ln, i is not None))
    return out


def _side_by_side(page: "pymupdf.Page") -> list[tuple[float, float, float, float]]:
    """The pictures of an image-only page when two or more large ones stand side by side (phone screenshots
    combined two to a page): read apart, the rows of one are not joined with the other's. [] otherwise."""
    if page.rotation:
        return []
    try:
        infos = page.get_image_info()
    except Exception:
        return []
    area = page.rect.width * page.rect.height
    boxes = [tuple(i["bbox"]) for i in infos
             if (i["bbox"][2] - i["bbox"][0]) * (i["bbox"][3] - i["bbox"][1]) >= MIXED_MIN_PICTURE * area]
    beside = any(a[2] <= b[0] + 1 and min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * min(a[3] - a[1], b[3] - b[1])
                 for a in boxes for b in boxes if a is not b)
    return boxes if beside else []


def _garbled(rows: list[layout.Row]) -> bool:
    """Whether the text layer cannot be trusted to say what the page shows: an embedded font without a
    usable ToUnicode map extracts as private-use code points or U+FFFD while it prints 姓名, 缴费年月 …
    (ten such characters or more in runs: words, not the lone icon glyph of a web page's icon font).
    The page is read from its picture instead."""
    runs = re.findall(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0e-\x1f]{2,}", "".join(r.text for r in rows))
    return sum(map(len, runs)) >= 10


def _hidden_layer(page: "pymupdf.Page") -> bool:
    """Whether the page's text is (nearly) all invisible: a scanner's or copier's "searchable PDF" lays
    its own OCR of the page image under it (render mode 3), with that OCR's slips (缴→缘, 0→O, 新区→新匹).
    The page is read from its image like any scan; another program's reading is no evidence."""
    try:
        traces = page.get_texttrace()
    except Exception:
        return False
    total = hidden = 0
    for t in traces:
        n = sum(1 for c in t.get("chars", ()) if chr(c[0]).strip())
        total += n
        if t.get("type") == 3 or (t.get("opacity") if t.get("opacity") is not None else 1) <= 0.05:
            hidden += n
    return total > 0 and hidden >= 0.9 * total


def _short_rows(rows: list[layout.Row]) -> bool:
    """A line of one or two cells that starts with a month, below the table's first row: a row left
    half blank ("2023.12  5766.00(欠)" ending a two-months-a-row grid), which the quick table (rows of
    three cells or more) would drop."""
    first = next((i for i, r in enumerate(rows) if len(r.cells) >= 3), None)
    # (a month and an amount: a date line alone under the table — the signature's date — is no row)
    return first is not None and any(len(r.cells) == 2 and layout.month_cell(r.cells[0])
                                     and re.search(r"\d\.\d{2}", r.cells[1]) for r in rows[first + 1:])


def _regular(table: list[list[str]]) -> bool:
    """Header and most rows with 3+ cells share one cell count (no wrapped or merged cells)."""
    counts = [len(r) for r in table if len(r) >= 3]
    if len(counts) < TABLE_MIN_ROWS:
        return False
    modal = max(set(counts), key=counts.count)
    # lines above the table with fewer cells (a page's banner, a filter bar) are not its header
    while counts and counts[0] < modal:
        counts.pop(0)
    # the header row must agree too: a body row with fewer cells than the header
    # means two cells ran together (a unit name filling its column)
    return counts[0] == modal and counts.count(modal) >= 0.9 * len(counts)
