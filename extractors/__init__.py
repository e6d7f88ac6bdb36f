"""Reading side: attachment file → Documents (pages of lines, doc_type, fields).

Public entry point: ``read_document``; OCR engines in ``extractors.ocr``; the
classifier in ``extractors.classify``; DocTypeSpecs in ``extractors.base``.
"""
from __future__ import annotations

from extractors.reader import read_document

__all__ = ["read_document"]
