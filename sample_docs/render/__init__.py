"""Renderers of synthetic evidence documents, one module per doc_type.

Public interface::

    data, ext, truth = render(doc_type, fields, variant=v, rng=rng, degrade=1, as_scan=None)
    VARIANTS[doc_type]            # number of layout variants (variant % VARIANTS[...] is used)
    render_pages_to_pdf([(data, ext), ...])   # several scans → one image-only PDF

``fields`` use the contract §2 names with normalised values; ``truth`` is what a
perfect extractor must read from *this* rendering (contract names and forms):
all values are ``str`` (dates YYYY-MM-DD or YYYY-MM as printed, numbers without
trailing zeros: "4500", "12.3"), except ``contribution`` (social_insurance), a
list of ``"YYYY-MM|unit|base|paid"`` strings in printed row order, paid "1"/"0".

Each renderer lays out a PyMuPDF document (``Built``); this module decides the
delivery: a text-layer PDF for documents issued by a system (备案表, 缴费证明,
papers, 检测报告), a degraded grayscale JPEG for paper documents (scans), an
image-only PDF for multi-page scans. ``as_scan`` overrides that choice.
"""
from __future__ import annotations

import random
from types import ModuleType
from typing import Optional

from . import (annual_appraisal, continuing_education, degree, diploma, employment_proof, id_card,
               other, paper, plagiarism_report, social_insurance, xuexin_record)
from .common import Built, finish_pdf
from .degrade import SCAN_PRODUCERS, render_pages_to_pdf, scan_page

__all__ = ["render", "VARIANTS", "render_pages_to_pdf"]

_MODULES: dict[str, ModuleType] = {
    "id_card": id_card,
    "diploma": diploma,
    "degree": degree,
    "xuexin_record": xuexin_record,
    "social_insurance": social_insurance,
    "employment_proof": employment_proof,
    "annual_appraisal": annual_appraisal,
    "continuing_education": continuing_education,
    "paper": paper,
    "plagiarism_report": plagiarism_report,
    "other": other,
}

VARIANTS: dict[str, int] = {name: mod.VARIANTS for name, mod in _MODULES.items()}


def render(doc_type: str, fields: dict, *, variant: int, rng: random.Random, degrade: int = 1,
           as_scan: Optional[bool] = None) -> tuple[bytes, str, dict]:
    """Render one document; returns (file bytes, extension, truth)."""
    try:
        mod = _MODULES[doc_type]
    except KeyError:
        raise ValueError(f"unknown doc_type {doc_type!r}; known: {sorted(_MODULES)}") from None
    built: Built = mod.build(dict(fields), variant % mod.VARIANTS, rng)
    try:
        scan = built.kind == "scan" if as_scan is None else bool(as_scan)
        if not scan:
            return finish_pdf(built.doc, built.producer, built.date, built.creator), ".pdf", built.truth
        images = [scan_page(page, built.dpi, degrade, rng) for page in built.doc]
        if len(images) == 1:
            return images[0], ".jpg", built.truth
        producer = SCAN_PRODUCERS[rng.randrange(len(SCAN_PRODUCERS))]
        return render_pages_to_pdf([(im, ".jpg") for im in images], date=built.date,
                                   producer=producer), ".pdf", built.truth
    finally:
        built.doc.close()
