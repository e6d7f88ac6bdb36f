"""Reading side: attachment file → Documents (pages of lines, doc_type, fields).

Public entry point: ``read_document``; OCR engines in ``extractors.ocr``; the
classifier in ``extractors.classify``; DocTypeSpecs in ``extractors.base``.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # pragma: no cover
    from extractors.base import OcrEngine
    from core.models import Document

__all__ = ["read_document"]


def read_document(path: Path, applicant_id: str, *, ocr: "Optional[OcrEngine]" = None,
                  page_cap: int = 300, **kw) -> "list[Document]":
    """See ``extractors.reader.read_document`` (imported lazily: parsers import this package)."""
    from extractors.reader import read_document as _read
    return _read(path, applicant_id, ocr=ocr, page_cap=page_cap, **kw)
