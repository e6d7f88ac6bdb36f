"""What a PDF file shows about its own history, collected once when the reader opens it.

Why in the reader: the forensics checks (``checks.forensics_pdf``) weigh these traces,
and a night reads every file once. So the reader, holding the open PyMuPDF document
and the raw bytes, records here what those checks need — revisions (%%EOF markers,
linearisation, the pages an incremental update changed, a signature-only update),
value spans set in an odd font, and text hidden under a cover, in white or printed
over other text — into ``Document.meta["pdf_traces"]`` as plain data (page numbers
of the file, 1-based). Producer, creator and dates are in ``meta["pdf"]`` already.
"""
from __future__ import annotations

import hashlib
import math
import re
from typing import Any

import pymupdf

from extractors import layout


def collect(doc: "pymupdf.Document", data: bytes, max_pages: int | None = None) -> dict[str, Any]:
    """The traces of one open PDF (page traces of the first ``max_pages``: the pages the
    reader reads). Never raises (reading the file must go on): a failure is noted in
    ``error`` and what was collected until then is kept."""
    out: dict[str, Any] = {"eof_count": 0, "linearized": False, "revisions": 1, "signature_only": False,
                           "changed_pages": [], "font_odd": [], "overlays": [], "error": ""}
    ends = _eof_ends(data)
    out["eof_count"] = len(ends)
    out["linearized"] = b"/Linearized" in data[:4096]
    rev_ends = ends[1:] if out["linearized"] and len(ends) > 1 else ends
    out["revisions"] = max(1, len(rev_ends))
    if out["revisions"] > 1:
        try:
            out["changed_pages"], out["signature_only"] = _compare_revisions(data, rev_ends, doc)
        except Exception as exc:
            out["error"] = f"revisions: {type(exc).__name__}"
    last = doc.page_count if max_pages is None else min(doc.page_count, max_pages)
    for i in range(last):
        try:
            page = doc[i]
            out["font_odd"].extend(odd_font_spans(page))
            out["overlays"].extend(overlays(page))
        except Exception as exc:  # one bad page must not hide the rest
            out["error"] = f"page {i + 1}: {type(exc).__name__}"
    return out


def _eof_ends(data: bytes) -> list[int]:
    """Byte offsets just past each ``%%EOF`` marker (end of each revision)."""
    ends = []
    for m in re.finditer(rb"%%EOF[ \t]*(\r\n|\r|\n)?", data):
        ends.append(m.end())
    return ends


def _page_fingerprints(doc) -> list[str]:
    out = []
    for page in doc:
        h = hashlib.sha256()
        h.update(page.get_text("text").encode("utf-8", "replace"))
        try:
            h.update(page.read_contents())
        except Exception:  # a broken content stream still has text
            pass
        h.update(str(len(page.get_images())).encode())
        out.append(h.hexdigest())
    return out


def _compare_revisions(data: bytes, rev_ends: list[int], doc) -> tuple[list[int], bool]:
    """(pages whose text, content or images differ from the first revision, whether the
    updates only added a digital signature)."""
    try:
        first = pymupdf.open(stream=data[:rev_ends[0]], filetype="pdf")
        before = _page_fingerprints(first)
    except Exception:
        before = None
    after = _page_fingerprints(doc)
    appended = data[rev_ends[0]:]
    signed = bool(re.search(rb"/ByteRange|/Type\s*/Sig\b", appended))
    if before is None:
        return [], False
    changed = [i + 1 for i in range(max(len(before), len(after)))
               if i >= len(before) or i >= len(after) or before[i] != after[i]]
    return changed, signed and not changed


# ------------------------------------------------------------------ page analysis

_CJK = re.compile(r"[\u3400-\u9fff]")
_STYLE = re.compile(r"([,\-]?(bold|italic|oblique|regular|light|medium|semibold|black|heavy|mt|ps|psmt)\b)+$", re.I)


def _family(font: str) -> str:
    """Font family without subset prefix and style suffix (bold is styling, not a forgery)."""
    f = re.sub(r"^[A-Z]{6}\+", "", font or "")
    f = _STYLE.sub("", f.replace(" ", "")).lower()
    return f or (font or "").lower()


def _value_like(text: str) -> bool:
    t = text.strip()
    return 0 < len(t) <= 30 and not t.endswith((":", "：")) and (
        bool(re.search(r"\d", t)) or bool(_CJK.search(t)))


def odd_font_spans(page) -> list[dict]:
    """Value spans set in a font family no other span of the page uses, while the
    same-script spans of their row or column (similar size) share one other font."""
    spans = []
    for b in page.get_text("dict").get("blocks", []):
        for ln in b.get("lines", []):
            for s in ln.get("spans", []):
                if s.get("text", "").strip():
                    spans.append(s)
    if len(spans) < 4:
        return []
    fam_count: dict[str, int] = {}
    for s in spans:
        fam_count[_family(s["font"])] = fam_count.get(_family(s["font"]), 0) + 1
    out = []
    for s in spans:
        fam = _family(s["font"])
        if fam_count[fam] > 1 or not _value_like(s["text"]):
            continue
        script = bool(_CJK.search(s["text"]))
        x0, y0, x1, y1 = s["bbox"]
        cy, h = (y0 + y1) / 2, max(1.0, y1 - y0)
        peers = []
        for o in spans:
            if o is s or bool(_CJK.search(o["text"])) != script:
                continue
            if abs(o["size"] - s["size"]) > 0.2 * s["size"]:
                continue
            ox0, oy0, ox1, oy1 = o["bbox"]
            same_row = abs((oy0 + oy1) / 2 - cy) < 0.5 * h
            same_col = abs(ox0 - x0) < 3 or abs(ox1 - x1) < 3
            if same_row or same_col:
                peers.append(_family(o["font"]))
        if len(peers) < 2:
            continue
        top = max(set(peers), key=peers.count)
        if peers.count(top) >= max(2, 0.6 * len(peers)):
            out.append({"page": page.number + 1, "text": s["text"].strip(), "font": s["font"],
                        "peer_font": top, "bbox": [round(v, 1) for v in s["bbox"]]})
    return out


def _area(r) -> float:
    return max(0.0, r[2] - r[0]) * max(0.0, r[3] - r[1])


def _inter(a, b) -> float:
    return _area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def _light(color) -> bool:
    return color is not None and len(color) >= 3 and min(color[:3]) > 0.85


def _covers(page, drawings: list, bboxlog: list) -> list[tuple[int, tuple, str]]:
    """Opaque light fills and opaque images that could hide text: (seqno, rect, kind)."""
    parea = _area(tuple(page.rect))
    out = []
    for d in drawings:
        if d.get("fill") is None or (d.get("fill_opacity") or 1) < 0.95 or not _light(d["fill"]):
            continue
        r = tuple(d["rect"])
        if _area(r) < 0.4 * parea:
            out.append((d.get("seqno", -1), r, "covered"))
    masked = [tuple(i["bbox"]) for i in page.get_image_info() if i.get("has-mask")]
    for seq, (kind, bbox) in enumerate(bboxlog):
        if "image" in kind and _area(bbox) < 0.5 * parea:
            if any(_inter(bbox, m) > 0.9 * _area(bbox) for m in masked):
                continue  # a transparent seal/stamp image is not a cover
            out.append((seq, tuple(bbox), "covered_by_image"))
    return out


def _underlays(drawings: list, bboxlog: list) -> list[tuple[int, tuple]]:
    """Dark fills and images (any size) drawn under text: white text on them is visible."""
    out = [(d.get("seqno", -1), tuple(d["rect"])) for d in drawings
           if d.get("fill") is not None and not _light(d["fill"])]
    out += [(seq, tuple(b)) for seq, (k, b) in enumerate(bboxlog) if "image" in k]
    return out


def _text(chars) -> str:
    return "".join(chr(c[0]) for c in chars).strip()


def _finite(b) -> bool:
    return math.isfinite(b[0] + b[1] + b[2] + b[3])  # NaN and ±inf propagate (huge values too: no harm)


def _union(chars) -> tuple:
    """The box around a span's characters (every character lies inside it)."""
    if not chars:
        return (0.0, 0.0, 0.0, 0.0)
    cols = list(zip(*(c[3][:4] for c in chars)))
    if not math.isfinite(sum(map(sum, cols))):  # a hostile coordinate: no shortcut for this span
        return (-math.inf, -math.inf, math.inf, math.inf)
    return (min(cols[0]), min(cols[1]), max(cols[2]), max(cols[3]))


class _Grid:
    """Character boxes bucketed by position: the characters a box can touch, in their
    original order, without comparing it with every character of the page (a 137-page
    manual took minutes when each cover and each pair of spans compared all characters)."""
    CELL = 24.0
    SPAN = 16  # a box over more cells than this (or with a hostile coordinate) is always a candidate

    def __init__(self, boxes: list) -> None:
        self.n = len(boxes)
        self.cells: dict[tuple[int, int], list[int]] = {}
        self.big: list[int] = []
        for i, b in enumerate(boxes):
            keys = self._keys(b)
            if keys is None:
                self.big.append(i)
            for key in keys or ():
                self.cells.setdefault(key, []).append(i)

    def _keys(self, b) -> list | None:
        if not _finite(b):
            return None
        c = self.CELL
        xs = range(int(b[0] // c), int(b[2] // c) + 1)
        ys = range(int(b[1] // c), int(b[3] // c) + 1)
        if len(xs) > self.SPAN or len(ys) > self.SPAN:
            return None
        return [(x, y) for x in xs for y in ys]

    def near(self, b) -> list[int]:
        keys = self._keys(b)
        if keys is None:
            return list(range(self.n))
        found: set[int] = set(self.big)
        for key in keys:
            found.update(self.cells.get(key, ()))
        return sorted(found)


def overlays(page) -> list[dict]:
    """Covered text, white-on-white text and text printed over other text on one page."""
    pno = page.number + 1
    spans = [t for t in page.get_texttrace() if t.get("type") != 3 and (t.get("opacity") or 1) > 0.05
             and _text(t["chars"])]
    if not spans:
        return []  # nothing to hide, cover or print over
    box = {id(t): _union(t["chars"]) for t in spans}
    drawings, bboxlog = page.get_drawings(), page.get_bboxlog()  # once: each walks the whole page
    out: list[dict] = []
    hidden_ids: set[int] = set()

    def chars_in(rect, keep, share: float) -> list:
        # only spans whose characters can reach the rect are looked at (same order, same result)
        return [c for t in spans if keep(t) and _inter(box[id(t)], rect) > 0 for c in t["chars"]
                if _area(c[3]) > 0 and _inter(c[3], rect) >= share * _area(c[3])]

    for seq, rect, kind in _covers(page, drawings, bboxlog):
        hidden = chars_in(rect, lambda t: t["seqno"] < seq, 0.6)
        if not _text(hidden):
            continue
        visible = chars_in(rect, lambda t: t["seqno"] > seq, 0.5)
        h, v = _text(hidden), _text(visible)
        kind_here = kind
        if h == v:
            # the same value retyped on an opaque box: nothing differs today, but an issuing
            # system never prints a value twice under a cover — the field was reworked
            kind_here = "retyped"
        hidden_ids.update(id(t) for t in spans if t["seqno"] < seq and _inter(t["bbox"], rect) > 0)
        out.append({"page": pno, "kind": kind_here, "hidden": h, "visible": v,
                    "bbox": [round(x, 1) for x in rect]})
    under = _underlays(drawings, bboxlog)
    for t in spans:
        col = t.get("color") or (0, 0, 0)
        if not _light(col) or min(col[:3]) < 0.97 or id(t) in hidden_ids:
            continue
        b = t["bbox"]
        if any(seq < t["seqno"] and _inter(b, r) >= 0.5 * max(_area(b), 1e-6) for seq, r in under):
            continue  # white text on a dark cell or a picture is visible
        # a span's box can be far taller than its glyphs (a web page's font metrics): the glyphs
        # themselves standing on a dark fill are visible too (a browser print's banner)
        mids = [((c[3][0] + c[3][2]) / 2, (c[3][1] + c[3][3]) / 2) for c in t["chars"] if _area(c[3]) > 0]
        on_dark = [m for m in mids if any(seq < t["seqno"] and r[0] <= m[0] <= r[2] and r[1] <= m[1] <= r[3]
                                          for seq, r in under)]
        if mids and 2 * len(on_dark) >= len(mids):
            continue
        vis = [c for o in spans if o is not t and not _light(o.get("color")) and _inter(box[id(o)], b) > 0
               for c in o["chars"] if _inter(c[3], b) >= 0.5 * max(_area(c[3]), 1e-6)]
        out.append({"page": pno, "kind": "white_text", "hidden": _text(t["chars"]),
                    "visible": _text(vis), "bbox": [round(x, 1) for x in b]})
        hidden_ids.add(id(t))
    # a watermark set at a slant lies over the page's text by design: no text printed over text
    out += _overprints([t for t in spans if not layout.diagonal(t.get("dir", (1, 0)))], box, hidden_ids, pno)
    return out


def _touching(chars: list, b: tuple) -> list:
    """The characters (in order) whose box shares an area with box ``b``."""
    b0, b1, b2, b3 = b
    return [c for c in chars if c[3][0] < b2 and b0 < c[3][2] and c[3][1] < b3 and b1 < c[3][3]]


def _overprints(spans: list, box: dict, hidden_ids: set, pno: int) -> list[dict]:
    """Text printed over other text: characters of a later span on those of an earlier one.

    Each character of the earlier span is matched with the first character of the later one
    it lies under. Only the characters inside the other span's box are compared, through a
    grid when there are many of them."""
    out = []
    spans = sorted(spans, key=lambda t: t["bbox"][1])  # sweep down the page: only vertical neighbours
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if b["bbox"][1] >= a["bbox"][3]:
                break
            if id(a) in hidden_ids or id(b) in hidden_ids or _inter(a["bbox"], b["bbox"]) <= 0:
                continue
            lo, hi = (a, b) if a["seqno"] < b["seqno"] else (b, a)
            los = _touching(lo["chars"], box[id(hi)])
            his = _touching(hi["chars"], box[id(lo)]) if los else []
            if not his:
                continue  # no character of one can touch a character of the other
            grid = _Grid([d[3] for d in his]) if len(los) * len(his) > 256 else None
            under_c, over_c = [], []
            for c in los:
                for d in (his if grid is None else (his[k] for k in grid.near(c[3]))):
                    if _inter(c[3], d[3]) >= 0.5 * max(min(_area(c[3]), _area(d[3])), 1e-6):
                        under_c.append(c)
                        over_c.append(d)
                        break
            hu, ov = _text(under_c), _text(over_c)
            if len(hu) >= 2 and hu != ov:
                out.append({"page": pno, "kind": "overprint", "hidden": hu, "visible": ov,
                            "bbox": [round(x, 1) for x in lo["bbox"]]})
    return out
