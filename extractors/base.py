"""Protocols and registries of the reading side.

* ``OcrEngine`` — one class per OCR backend (PP-OCR via rapidocr-onnxruntime by
  default, paddleocr optional, a fake one for tests).
* ``DocTypeSpec`` — one per doc_type: the keywords that classify a document as
  that type and the parser that turns its pages into Fields. Each module in
  ``extractors/parsers/`` registers one spec with ``register_doc_type``; adding
  a document type is one new module plus its tests.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional, Protocol, Sequence

import numpy as np

from core.models import Document, Field
from core.registry import Registry


@dataclass
class OcrBox:
    text: str
    box: Sequence[Sequence[float]]  # 4 points (x, y), clockwise from top-left, in image pixels
    score: float

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.box]
        ys = [p[1] for p in self.box]
        return (min(xs), min(ys), max(xs), max(ys))


@dataclass
class OcrStats:
    """Model seconds (det/cls/rec) against wall seconds spent in ``ocr_image``."""
    calls: int = 0          # model invocations of any stage
    pages: int = 0          # ocr_image calls
    det_s: float = 0.0
    cls_s: float = 0.0
    rec_s: float = 0.0
    wall_s: float = 0.0     # total time inside ocr_image (model + geometry)
    second_reads: int = 0   # lines read again by the second recogniser (a glyph left out)

    @property
    def infer_s(self) -> float:
        return self.det_s + self.cls_s + self.rec_s

    def as_dict(self) -> dict:
        return {"calls": self.calls, "pages": self.pages, "det_s": round(self.det_s, 3),
                "cls_s": round(self.cls_s, 3), "rec_s": round(self.rec_s, 3), "second_reads": self.second_reads,
                "infer_s": round(self.infer_s, 3), "wall_s": round(self.wall_s, 3)}


class OcrEngine(Protocol):
    name: str

    def version(self) -> str: ...

    def recognize(self, image: np.ndarray) -> list[OcrBox]:
        """Text boxes of one upright BGR/RGB uint8 image."""
        ...


Parser = Callable[[Document], list[Field]]


@dataclass
class DocTypeSpec:
    doc_type: str
    parse: Parser
    # (keyword, weight): the classifier sums the weights of the keywords found
    keywords: list[tuple[str, float]] = field(default_factory=list)
    # keywords that must NOT be present (e.g. 学位 for a diploma)
    negative: list[tuple[str, float]] = field(default_factory=list)
    # title-like keywords that start a new document inside a bundled PDF
    title_keywords: list[str] = field(default_factory=list)
    min_score: float = 1.0


DOC_TYPES: Registry[DocTypeSpec] = Registry("doc_type")


def register_doc_type(spec: DocTypeSpec) -> DocTypeSpec:
    return DOC_TYPES.add(spec.doc_type, spec)


def parser_for(doc_type: str) -> Optional[Parser]:
    spec = DOC_TYPES.get(doc_type)
    return spec.parse if spec else None
