"""Rules, one module per family. Importing ``load_all`` fills the registries."""
from __future__ import annotations

from core.registry import import_submodules

_loaded = False


def load_all() -> None:
    global _loaded
    if _loaded:
        return
    import_submodules(__name__, __path__, skip=("base",))
    _loaded = True
