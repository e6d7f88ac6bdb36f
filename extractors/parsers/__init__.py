"""One field parser per doc_type. ``load_all()`` imports them, which registers their DocTypeSpecs.

Each module registers one ``DocTypeSpec`` (classifier keywords + ``parse``) and
exposes ``parse(doc) -> list[Field]``. Keyword weights assume the classifier
scores a document as the sum of the weights of the keywords found minus the sum
of the weights of the negative keywords found, and keeps the best type whose
score reaches ``min_score``.
"""
from __future__ import annotations

from core.registry import import_submodules

_loaded = False


def load_all() -> None:
    global _loaded
    if _loaded:
        return
    import_submodules(__name__, __path__)
    _loaded = True
