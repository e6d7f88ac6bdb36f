"""One field parser per doc_type. ``load_all()`` imports them, which registers their DocTypeSpecs.

Each module registers one ``DocTypeSpec`` (classifier keywords + ``parse``) and
exposes ``parse(doc) -> list[Field]``. Keyword weights assume the classifier
scores a document as the sum of the weights of the keywords found minus the sum
of the weights of the negative keywords found, and keeps the best type whose
score reaches ``min_score``.
"""
from __future__ import annotations

import importlib
import pkgutil

_loaded = False


def load_all() -> None:
    global _loaded
    if _loaded:
        return
    for mod in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if mod.name.startswith("_"):
            continue
        importlib.import_module(f"{__name__}.{mod.name}")
    _loaded = True
