"""``read_document``: one attachment file → Documents with pages, doc_type and fields.

Why it never raises: one bad upload must not stop the nightly batch.  Every
problem becomes a ``StageError`` on a Document of doc_type "unknown" (the
pipeline turns it into DOCUMENT_UNREADABLE and still lists the file), and each
file yields at least one Document.  The file's type comes from its magic
bytes: file names are not trusted (contract §1).
"""
from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

from core import renders
from core.models import Document, Page, StageError
from core.renders import OCR_DPI, ImageUnreadable, load_frames
from extractors import classify as clf
from extractors import parsers
from extractors.base import DocTypeSpec, OcrEngine, parser_for
from extractors.ocr import get_engine, ocr_image_ex, scale_line
from extractors.pdf import PdfUnreadable, read_pdf

log = logging.getLogger(__name__)

_PARSERS_LOADED = False


def sniff(data: bytes) -> Optional[str]:
    """'pdf' / 'image' from the first bytes, None for anything else."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:3] == b"\xff\xd8\xff" or data[:8] == b"\x89PNG\r\n\x1a\n" \
            or data[:4] in (b"II*\x00", b"MM\x00*") or data[:2] == b"BM":
        return "image"
    return None


def _load_parsers() -> None:
    """Register the parsers of ``extractors.parsers`` once (``load_all``)."""
    global _PARSERS_LOADED
    if _PARSERS_LOADED:
        return
    _PARSERS_LOADED = True
    try:
        parsers.load_all()
    except Exception:  # a broken parser module must not stop reading
        log.exception("extractors.parsers.load_all failed")


class _LazyOcr:
    """Resolves the OCR engine only when a page needs it; remembers a load failure."""

    def __init__(self, engine: Optional[OcrEngine]) -> None:
        self.engine = engine
        self.failed: Optional[str] = None

    def get(self) -> Optional[OcrEngine]:
        if self.engine is None and self.failed is None:
            try:
                self.engine = get_engine()
            except Exception as exc:
                self.failed = f"OCR引擎无法加载（{type(exc).__name__}）"
        return self.engine


def _ocr_page(img: np.ndarray, number: int, lazy: _LazyOcr, errors: list[StageError],
              scale: float = 1.0, key: str = "", dpi: int = 0, regions: Optional[list] = None) -> Optional[Page]:
    """OCR one page image; ``scale`` maps pixels to the page's unit (PDF points). The
    picture is left in ``core.renders``' cache under (key, number, dpi) for page hashes
    and crops."""
    renders.remember(key, number, dpi, img)
    engine = lazy.get()
    if engine is None:
        errors.append(StageError(stage="ocr", page=number, message=lazy.failed or "OCR引擎不可用"))
        return None
    try:
        lines, rot, skew, rows, w, h = ocr_image_ex(img, engine, regions)
    except Exception as exc:
        errors.append(StageError(stage="ocr", page=number,
                                 message=f"第{number}页文字识别失败（{type(exc).__name__}）"))
        return None
    if scale != 1.0:
        lines = [scale_line(ln, scale) for ln in lines]  # segments too: a scanned PDF keeps its columns
    return Page(number=number, width=round(w * scale, 2), height=round(h * scale, 2),
                text_source="ocr" if lines else "none", lines=lines,
                tables=[rows] if rows else [], rotation=rot, skew=round(skew, 2))


def _base_doc(path: Path, applicant_id: str, data: bytes) -> Document:
    return Document(applicant_id=applicant_id, filename=path.name, path=str(path.absolute()),
                    sha256=hashlib.sha256(data).hexdigest(), size=len(data))


def _unreadable(doc: Document, message: str) -> list[Document]:
    doc.doc_type = "unknown"
    doc.errors.append(StageError(stage="read", message=message))
    return [doc]


def read_document(path: Path, applicant_id: str, *, ocr: Optional[OcrEngine] = None,
                  page_cap: int = 300, specs: Optional[Iterable[DocTypeSpec]] = None
                  ) -> list[Document]:
    """Read, classify and parse one attachment; never raises for a bad file.

    ``specs`` replaces the registered DocTypeSpecs (tests); by default the
    parsers of ``extractors.parsers`` are loaded and used.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        doc = Document(applicant_id=applicant_id, filename=path.name, path=str(path))
        return _unreadable(doc, f"文件无法读取（{type(exc).__name__}）")
    doc = _base_doc(path, applicant_id, data)
    try:
        return _read(doc, data, ocr, page_cap, specs)
    except Exception as exc:  # last resort: a reader bug is still data, not a crash
        log.exception("read_document failed on %s", path.name)
        doc.pages, doc.fields = [], []
        return _unreadable(doc, f"文件读取出错（{type(exc).__name__}）")


def _read(doc: Document, data: bytes, ocr: Optional[OcrEngine], page_cap: int,
          specs: Optional[Iterable[DocTypeSpec]]) -> list[Document]:
    if not data:
        return _unreadable(doc, "空文件")
    kind = sniff(data)
    if kind is None:
        return _unreadable(doc, "不支持的文件类型")
    doc.media = kind
    lazy = _LazyOcr(ocr)
    if kind == "pdf":
        try:
            res = read_pdf(data, page_cap,
                           lambda img, n, regions=None: _ocr_page(img, n, lazy, doc.errors, 72.0 / OCR_DPI,
                                                                  key=doc.sha256, dpi=OCR_DPI, regions=regions))
        except PdfUnreadable as exc:
            return _unreadable(doc, str(exc))
        doc.pages = res.pages
        doc.meta.update(res.meta)
        doc.errors.extend(res.errors)
    else:
        try:
            frames, total = load_frames(data, max_frames=max(page_cap, 1))
        except ImageUnreadable as exc:
            return _unreadable(doc, str(exc))
        doc.meta["page_count_total"] = total
        if total > len(frames):
            doc.errors.append(StageError(stage="cap", message=f"图像共{total}帧，仅读取前{len(frames)}帧"))
        for i, frame in enumerate(frames):
            page = _ocr_page(frame, i + 1, lazy, doc.errors, key=doc.sha256)
            if page is None:
                h, w = frame.shape[:2]
                page = Page(number=i + 1, width=w, height=h, text_source="none")
            doc.pages.append(page)
        if not any(p.lines for p in doc.pages) and any(e.stage == "ocr" for e in doc.errors):
            doc.errors.append(StageError(stage="read", message="图像无法识别文字"))
    if specs is None:
        _load_parsers()
        spec_list = None
    else:
        spec_list = list(specs)
    docs = _split(doc, spec_list)
    for d in docs:
        clf.classify(d, spec_list)
        _parse(d, spec_list)
    return docs


def _split(doc: Document, specs: Optional[list[DocTypeSpec]]) -> list[Document]:
    if len(doc.pages) == 1:
        return _split_sheet(doc, specs)
    if len(doc.pages) < 2:
        return [doc]
    parts = clf.split_pages(doc.pages, specs)
    if len(parts) < 2:
        return [doc]
    out = []
    for k, pages in enumerate(parts, start=1):
        nums = {p.number for p in pages}
        d = doc.model_copy(deep=True)
        d.pages = [p.model_copy(deep=True) for p in pages]
        d.part = k
        d.page_range = (pages[0].number, pages[-1].number)
        d.errors = [e for e in doc.errors if e.page is None or e.page in nums]
        out.append(d)
    return out


def _split_sheet(doc: Document, specs: Optional[list[DocTypeSpec]]) -> list[Document]:
    """A one-page photocopy of two certificates (毕业证书 above 学位证书): one Document each, the
    page's lines cut at the second title; a table row goes with the part whose lines hold it."""
    groups = clf.split_sheet(doc.pages[0], specs)
    if len(groups) < 2:
        return [doc]
    out = []
    for k, lines in enumerate(groups, start=1):
        d = doc.model_copy(deep=True)
        page = d.pages[0]
        text = {re.sub(r"\s", "", ln.text) for ln in lines}
        page.lines = [ln.model_copy(deep=True) for ln in lines]
        page.tables = [rows for rows in ([r for r in t if any(re.sub(r"\s", "", "".join(r)) in x for x in text)]
                                         for t in page.tables) if rows]
        d.part = k
        out.append(d)
    return out


def _parse(doc: Document, specs: Optional[list[DocTypeSpec]]) -> None:
    if doc.doc_type in ("other", "unknown") or not doc.pages:
        return
    if specs is None:
        parser = parser_for(doc.doc_type)
    else:
        parser = next((s.parse for s in specs if s.doc_type == doc.doc_type), None)
    if parser is None:
        return
    try:
        doc.fields = list(parser(doc) or [])
    except Exception as exc:
        # never the exception text: it can quote personal data from the page
        log.warning("parser %s failed on an attachment: %s", doc.doc_type, type(exc).__name__)
        doc.errors.append(StageError(stage="parse", message=f"{doc.doc_type}字段解析失败（{type(exc).__name__}）"))
