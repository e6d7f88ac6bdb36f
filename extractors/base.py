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
