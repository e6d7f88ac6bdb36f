"""PDF tamper forensics: PDF_EDITED (editing traces) and TEXT_OVERLAY (covered text).

Falsified evidence ends an application (新组通〔2024〕23号 七(三)), so a reviewer
must see *why* a file looks edited — and must not be sent after every honest
upload. Hence the signals are weighed: a scan re-saved by a phone app, a PDF
printed to PDF, a linearised file or a Word export is not a finding; an editor
program on a document that only an issuing system (学信网, 社保, 知网) produces,
or an incremental revision that changed what a page shows, is.

Everything is recomputed from the file itself (PyMuPDF + raw bytes), once per
file per run (cache by sha256), because bundles share one file between parts.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, Optional

from checks.base import CheckContext, check
from core.models import Document, Finding, Severity, Submission

ISSUING_TYPES = {"xuexin_record", "social_insurance", "plagiarism_report"}

# (pattern, label, kind): kind "image" = an image editor (a weak signal on any
# document), "pdf" = a PDF editor (strong on an issuing-system document, a
# corroborating hint elsewhere — people legitimately merge or annotate PDFs).
EDITORS: list[tuple[str, str, str]] = [
    (r"photoshop", "Adobe Photoshop", "image"),
    (r"illustrator", "Adobe Illustrator", "image"),
    (r"\bgimp\b", "GIMP", "image"),
    (r"美图|meitu", "美图秀秀", "image"),
    (r"pdf-?xchange", "PDF-XChange", "pdf"),
    (r"phantompdf|foxit\s*pdf\s*editor|foxit\s*editor", "Foxit PDF Editor", "pdf"),
    (r"福昕", "福昕PDF编辑器", "pdf"),
    (r"wps.*(编辑|pdf)|金山pdf", "WPS PDF", "pdf"),
    (r"smallpdf", "Smallpdf", "pdf"),
    (r"ilovepdf", "iLovePDF", "pdf"),
    (r"sejda", "Sejda", "pdf"),
    (r"pdfelement|万兴", "PDFelement(万兴)", "pdf"),
    (r"迅捷|xunjie", "迅捷PDF", "pdf"),
    (r"nitro\s*pro", "Nitro Pro", "pdf"),
    (r"acrobat\s*(pro|standard|dc)|adobe\s*acrobat\s*\d", "Adobe Acrobat", "acrobat"),
]
# Scanner apps and print drivers: never a signal (listed so that 'Acrobat Scan' is not Acrobat).
BENIGN = re.compile(r"print\s*to\s*pdf|quartz\s*pdfcontext|camscanner|扫描全能王|acrobat\s*scan|"
                    r"\bios\b|scanner|office\s*lens|microsoft.*word|wps\s*(文字|writer|office)", re.I)

DATE_RE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*([Zz+\-])?(\d{2})?'?(\d{2})?")


def parse_pdf_date(s: str) -> Optional[datetime]:
    """``D:YYYYMMDDHHmmSS+08'00'`` → aware datetime (UTC when no zone is given)."""
    m = DATE_RE.match((s or "").strip())
    if not m:
        return None
    y, mo, d, h, mi, se, sign, tzh, tzm = m.groups()
    try:
        tz = timezone.utc
        if sign in ("+", "-"):
            off = timedelta(hours=int(tzh or 0), minutes=int(tzm or 0))
            tz = timezone(off if sign == "+" else -off)
        return datetime(int(y), int(mo or 1), int(d or 1), int(h or 0), int(mi or 0), int(se or 0), tzinfo=tz)
    except ValueError:
        return None


def editor_of(text: str) -> Optional[tuple[str, str]]:
    """(label, kind) of an editor program named in Producer/Creator, or None."""
    if not text or BENIGN.search(text):
        return None
    for pat, label, kind in EDITORS:
        if re.search(pat, text, re.I):
            return label, kind
    return None


@dataclass
class FileForensics:
    """What one PDF file shows, page numbers 1-based in the original file."""
    producer: str = ""
    creator: str = ""
    created: Optional[datetime] = None
    modified: Optional[datetime] = None
    eof_count: int = 0
    linearized: bool = False
    revisions: int = 1                       # 1 = never updated incrementally
    signature_only: bool = False             # updates only added a digital signature
    changed_pages: list[int] = field(default_factory=list)
    font_odd: list[dict] = field(default_factory=list)   # odd-font value spans
    overlays: list[dict] = field(default_factory=list)   # hidden/visible text pairs
    error: str = ""


_CACHE: dict[str, FileForensics] = {}


def _file_key(path: str, sha: str) -> str:
    if sha:
        return sha
    p = Path(path)
    st = p.stat()
    return f"{p}:{st.st_size}:{st.st_mtime_ns}"


def analyse_file(path: str, sha256: str = "") -> FileForensics:
    """Analyse a PDF once per run (several bundle parts share the file)."""
    try:
        key = _file_key(path, sha256)
    except OSError as exc:
        return FileForensics(error=str(exc))
    if key not in _CACHE:
        if len(_CACHE) > 2000:
            _CACHE.clear()
        _CACHE[key] = _analyse(Path(path))
    return _CACHE[key]


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


def _analyse(path: Path) -> FileForensics:
    import pymupdf

    ff = FileForensics()
    try:
        data = path.read_bytes()
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:
        ff.error = f"{type(exc).__name__}: {exc}"
        return ff
    if doc.needs_pass:
        ff.error = "encrypted"
        return ff
    meta = doc.metadata or {}
    ff.producer = (meta.get("producer") or "").strip()
    ff.creator = (meta.get("creator") or "").strip()
    ff.created = parse_pdf_date(meta.get("creationDate") or "")
    ff.modified = parse_pdf_date(meta.get("modDate") or "")
    ends = _eof_ends(data)
    ff.eof_count = len(ends)
    ff.linearized = b"/Linearized" in data[:4096]
    rev_ends = ends[1:] if ff.linearized and len(ends) > 1 else ends
    ff.revisions = max(1, len(rev_ends))
    if ff.revisions > 1:
        _compare_revisions(ff, data, rev_ends, doc)
    for page in doc:
        try:
            ff.font_odd.extend(odd_font_spans(page))
            ff.overlays.extend(overlays(page))
        except Exception as exc:  # one bad page must not hide the rest
            ff.error = f"page {page.number + 1}: {type(exc).__name__}"
    return ff


def _compare_revisions(ff: FileForensics, data: bytes, rev_ends: list[int], doc) -> None:
    """Open the first revision and compare each page's text, content and images."""
    import pymupdf

    try:
        first = pymupdf.open(stream=data[:rev_ends[0]], filetype="pdf")
        before = _page_fingerprints(first)
    except Exception:
        before = None
    after = _page_fingerprints(doc)
    appended = data[rev_ends[0]:]
    signed = bool(re.search(rb"/ByteRange|/Type\s*/Sig\b", appended))
    if before is None:
        ff.changed_pages = []
        return
    changed = [i + 1 for i in range(max(len(before), len(after)))
               if i >= len(before) or i >= len(after) or before[i] != after[i]]
    ff.changed_pages = changed
    ff.signature_only = signed and not changed


# ------------------------------------------------------------------ signals

def _in_range(doc: Document, page: int) -> bool:
    return doc.page_range is None or doc.page_range[0] <= page <= doc.page_range[1]


def _local(doc: Document, page: int) -> int:
    """Page number inside the document (parts of a bundle start at 1)."""
    return page - doc.page_range[0] + 1 if doc.page_range else page


def edit_signals(doc: Document, ff: FileForensics, *, file_level: bool) -> list[dict]:
    """The weighed signals of one document: weight 2 strong, 1 weak, 0 hint only."""
    issuing = doc.doc_type in ISSUING_TYPES
    sig: list[dict] = []
    if file_level:
        for role, val in (("producer", ff.producer), ("creator", ff.creator)):
            ed = editor_of(val)
            if not ed:
                continue
            label, kind = ed
            w = 2 if issuing and kind in ("pdf", "acrobat", "image") else (1 if kind == "image" else 0)
            sig.append({"signal": "editor", "weight": w, "field": role, "value": val, "program": label})
        if ff.revisions > 1 and not ff.signature_only:
            changed = [p for p in ff.changed_pages if _in_range(doc, p)]
            if changed:
                sig.append({"signal": "incremental_update", "weight": 2, "revisions": ff.revisions,
                            "changed_pages": [_local(doc, p) for p in changed]})
            else:
                sig.append({"signal": "incremental_update", "weight": 1 if issuing else 0,
                            "revisions": ff.revisions, "changed_pages": []})
        if ff.created and ff.modified and ff.modified - ff.created > timedelta(days=1):
            sig.append({"signal": "modified_after_creation", "weight": 1 if issuing else 0,
                        "created": ff.created.isoformat(), "modified": ff.modified.isoformat(),
                        "days": round((ff.modified - ff.created).total_seconds() / 86400, 1)})
    odd = [s for s in ff.font_odd if _in_range(doc, s["page"])]
    if odd:
        # letters typed in an office suite mix fonts freely: a hint there, a signal on issued documents
        sig.append({"signal": "odd_font", "weight": 1 if issuing else 0,
                    "spans": [{**s, "page": _local(doc, s["page"])} for s in odd[:5]]})
    # a hint (weight 0) counts only when something else is there too
    if any(s["weight"] for s in sig):
        for s in sig:
            if s["weight"] == 0:
                s["weight"] = 1
    return [s for s in sig if s["weight"] > 0]


def _describe(s: dict) -> str:
    kind = s["signal"]
    if kind == "editor":
        return f"{'生成软件' if s['field'] == 'producer' else '创建程序'}为编辑软件“{s['value']}”"
    if kind == "incremental_update":
        if s["changed_pages"]:
            return f"文件经过{s['revisions'] - 1}次增量修改且第{'、'.join(map(str, s['changed_pages']))}页内容被改动"
        return f"文件经过{s['revisions'] - 1}次增量修改"
    if kind == "modified_after_creation":
        return f"修改时间（{s['modified'][:10]}）晚于创建时间（{s['created'][:10]}）{s['days']}天"
    if kind == "odd_font":
        sp = s["spans"][0]
        return f"“{sp['text']}”所用字体（{sp['font']}）与同组其他内容（{sp['peer_font']}）不同"
    return kind


def _groups(sub: Submission) -> dict[str, list[Document]]:
    groups: dict[str, list[Document]] = {}
    for d in sub.documents:
        if d.media != "pdf" or not d.path or not d.readable:
            continue
        groups.setdefault(d.path, []).append(d)
    return groups


@check("pdf_edited")
def pdf_edited(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    """PDF_EDITED: editor software, incremental revisions, late ModDate, odd fonts."""
    out: list[Finding] = []
    for path, docs in _groups(sub).items():
        ff = analyse_file(path, docs[0].sha256)
        if ff.error and not ff.producer and ff.eof_count == 0:
            continue
        # file-wide signals go to one part only: the first issuing-system part, else the first
        owner = next((d for d in docs if d.doc_type in ISSUING_TYPES), docs[0])
        for d in docs:
            sig = edit_signals(d, ff, file_level=d is owner)
            d.meta.setdefault("forensics", {})["pdf_edited"] = sig
            if not sig:
                continue
            score = sum(s["weight"] for s in sig)
            sev = Severity.suspect if score >= 2 else Severity.warn
            reasons = "，".join(_describe(s) for s in sig)
            out.append(ctx.finding(
                sub, "PDF_EDITED",
                f"附件“{d.filename}”有编辑痕迹：{reasons}，请核对原件。",
                clause_key="honesty", document=d.filename, severity=sev,
                signals=sig, producer=ff.producer, creator=ff.creator, doc_type=d.doc_type))
    return out


@check("text_overlay")
def text_overlay(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    """TEXT_OVERLAY: text covered by a later fill/image, white-on-white, text over text."""
    out: list[Finding] = []
    for path, docs in _groups(sub).items():
        ff = analyse_file(path, docs[0].sha256)
        for d in docs:
            for ov in ff.overlays:
                if not _in_range(d, ov["page"]):
                    continue
                page = _local(d, ov["page"])
                vis = ov.get("visible") or "（无）"
                sev = Severity.warn if (ov["kind"] == "white_text" and not ov.get("visible")) \
                    or ov["kind"] == "retyped" else None
                how = {"covered": "被后绘制的色块遮盖", "covered_by_image": "被图片遮盖",
                       "white_text": "为白色隐藏文字", "overprint": "与另一文字重叠",
                       "retyped": "被白色色块遮盖后重新写入相同内容"}[ov["kind"]]
                out.append(ctx.finding(
                    sub, "TEXT_OVERLAY",
                    f"附件“{d.filename}”第{page}页文字“{ov['hidden']}”{how}，表面显示为“{vis}”。",
                    clause_key="honesty", document=d.filename, page=page,
                    bbox=tuple(ov["bbox"]), severity=sev,
                    hidden=ov["hidden"], visible=ov.get("visible", ""), kind=ov["kind"],
                    bbox_pt=ov["bbox"]))
    return out


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


def _covers(page) -> list[tuple[int, tuple, str]]:
    """Opaque light fills and opaque images that could hide text: (seqno, rect, kind)."""
    parea = _area(tuple(page.rect))
    out = []
    for d in page.get_drawings():
        if d.get("fill") is None or (d.get("fill_opacity") or 1) < 0.95 or not _light(d["fill"]):
            continue
        r = tuple(d["rect"])
        if _area(r) < 0.4 * parea:
            out.append((d.get("seqno", -1), r, "covered"))
    masked = [tuple(i["bbox"]) for i in page.get_image_info() if i.get("has-mask")]
    for seq, (kind, bbox) in enumerate(page.get_bboxlog()):
        if "image" in kind and _area(bbox) < 0.5 * parea:
            if any(_inter(bbox, m) > 0.9 * _area(bbox) for m in masked):
                continue  # a transparent seal/stamp image is not a cover
            out.append((seq, tuple(bbox), "covered_by_image"))
    return out


def _underlays(page) -> list[tuple[int, tuple]]:
    """Dark fills and images (any size) drawn under text: white text on them is visible."""
    out = [(d.get("seqno", -1), tuple(d["rect"])) for d in page.get_drawings()
           if d.get("fill") is not None and not _light(d["fill"])]
    out += [(seq, tuple(b)) for seq, (k, b) in enumerate(page.get_bboxlog()) if "image" in k]
    return out


def _text(chars) -> str:
    return "".join(chr(c[0]) for c in chars).strip()


def overlays(page) -> list[dict]:
    """Covered text, white-on-white text and text printed over other text on one page."""
    pno = page.number + 1
    spans = [t for t in page.get_texttrace() if t.get("type") != 3 and (t.get("opacity") or 1) > 0.05
             and _text(t["chars"])]
    out: list[dict] = []
    hidden_ids: set[int] = set()
    for seq, rect, kind in _covers(page):
        hidden = [c for t in spans if t["seqno"] < seq for c in t["chars"]
                  if _area(c[3]) > 0 and _inter(c[3], rect) >= 0.6 * _area(c[3])]
        if not _text(hidden):
            continue
        visible = [c for t in spans if t["seqno"] > seq for c in t["chars"]
                   if _area(c[3]) > 0 and _inter(c[3], rect) >= 0.5 * _area(c[3])]
        h, v = _text(hidden), _text(visible)
        kind_here = kind
        if h == v:
            # the same value retyped on an opaque box: nothing differs today, but an issuing
            # system never prints a value twice under a cover — the field was reworked
            kind_here = "retyped"
        hidden_ids.update(id(t) for t in spans if t["seqno"] < seq and _inter(t["bbox"], rect) > 0)
        out.append({"page": pno, "kind": kind_here, "hidden": h, "visible": v,
                    "bbox": [round(x, 1) for x in rect]})
    under = _underlays(page)
    for t in spans:
        col = t.get("color") or (0, 0, 0)
        if not _light(col) or min(col[:3]) < 0.97 or id(t) in hidden_ids:
            continue
        b = t["bbox"]
        if any(seq < t["seqno"] and _inter(b, r) >= 0.5 * max(_area(b), 1e-6) for seq, r in under):
            continue  # white text on a dark cell or a picture is visible
        vis = [c for o in spans if o is not t and not _light(o.get("color")) for c in o["chars"]
               if _inter(c[3], b) >= 0.5 * max(_area(c[3]), 1e-6)]
        out.append({"page": pno, "kind": "white_text", "hidden": _text(t["chars"]),
                    "visible": _text(vis), "bbox": [round(x, 1) for x in b]})
        hidden_ids.add(id(t))
    spans.sort(key=lambda t: t["bbox"][1])  # sweep down the page: only vertical neighbours
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if b["bbox"][1] >= a["bbox"][3]:
                break
            if id(a) in hidden_ids or id(b) in hidden_ids or _inter(a["bbox"], b["bbox"]) <= 0:
                continue
            lo, hi = (a, b) if a["seqno"] < b["seqno"] else (b, a)
            under_c, over_c = [], []
            for c in lo["chars"]:
                for d in hi["chars"]:
                    if _inter(c[3], d[3]) >= 0.5 * max(min(_area(c[3]), _area(d[3])), 1e-6):
                        under_c.append(c)
                        over_c.append(d)
                        break
            hu, ov = _text(under_c), _text(over_c)
            if len(hu) >= 2 and hu != ov:
                out.append({"page": pno, "kind": "overprint", "hidden": hu, "visible": ov,
                            "bbox": [round(x, 1) for x in lo["bbox"]]})
    return out
