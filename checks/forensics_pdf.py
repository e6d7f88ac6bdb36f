"""PDF tamper forensics: PDF_EDITED (editing traces) and TEXT_OVERLAY (covered text).

Falsified evidence ends an application (新组通〔2024〕23号 七(三)), so a reviewer
must see *why* a file looks edited — and must not be sent after every honest
upload. Hence the signals are weighed: a scan re-saved by a phone app, a PDF
printed to PDF, a linearised file or a Word export is not a finding; an editor
program on a document that only an issuing system (学信网, 社保, 知网) produces,
or an incremental revision that changed what a page shows, is.

The file is read once: the reader records its metadata (``Document.meta["pdf"]``)
and its traces — revisions, odd fonts, covered text (``meta["pdf_traces"]``,
``extractors.pdf_traces``); this module only weighs them. Bundle parts share one
file, so file-wide signals go to one part.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
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


def file_forensics(doc: Document) -> FileForensics:
    """What the reader recorded about the document's file (``meta["pdf"]`` and
    ``meta["pdf_traces"]``, collected by ``extractors.pdf_traces`` when the file was read)."""
    meta = doc.meta.get("pdf") or {}
    tr = doc.meta.get("pdf_traces")
    if tr is None:
        return FileForensics(producer=(meta.get("producer") or "").strip(),
                             creator=(meta.get("creator") or "").strip(), error="no traces recorded")
    return FileForensics(
        producer=(meta.get("producer") or "").strip(), creator=(meta.get("creator") or "").strip(),
        created=parse_pdf_date(meta.get("creationDate") or ""), modified=parse_pdf_date(meta.get("modDate") or ""),
        eof_count=int(tr.get("eof_count", 0)), linearized=bool(tr.get("linearized")),
        revisions=int(tr.get("revisions", 1)), signature_only=bool(tr.get("signature_only")),
        changed_pages=list(tr.get("changed_pages") or []), font_odd=list(tr.get("font_odd") or []),
        overlays=list(tr.get("overlays") or []), error=str(tr.get("error") or ""))


# ------------------------------------------------------------------ signals

def _in_range(doc: Document, page: int) -> bool:
    return doc.page_range is None or doc.page_range[0] <= page <= doc.page_range[1]


def _local(doc: Document, page: int) -> int:
    """Page number inside the document (parts of a bundle start at 1)."""
    return page - doc.page_range[0] + 1 if doc.page_range else page


def edit_signals(doc: Document, ff: FileForensics, *, file_level: bool) -> list[dict]:
    """The weighed signals of one document: weight 2 strong, 1 weak, 0 hint only."""
    issuing = doc.doc_type in ISSUING_TYPES
    # every page a picture read by OCR: a PDF program only made the container (photos or screenshots
    # joined into one file); no issued text was there for it to change — an image editor still counts
    pictures = bool(doc.pages) and all(p.text_source == "ocr" for p in doc.pages)
    sig: list[dict] = []
    if file_level:
        for role, val in (("producer", ff.producer), ("creator", ff.creator)):
            ed = editor_of(val)
            if not ed:
                continue
            label, kind = ed
            w = 2 if issuing and (kind == "image" or kind in ("pdf", "acrobat") and not pictures) \
                else (1 if kind == "image" else 0)
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
    """Readable PDF documents by file (the parts of a bundle share one)."""
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
    for docs in _groups(sub).values():
        ff = file_forensics(docs[0])
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
    for docs in _groups(sub).values():
        ff = file_forensics(docs[0])
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
