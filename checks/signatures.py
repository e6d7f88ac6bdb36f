"""Signatures kept from earlier nights: one way to load and save them.

Batch checks that compare tonight's documents with earlier nights' (dedup's MinHash,
image reuse's page hashes) keep a signature per document in the store. The store is
optional (tests, a one-off run) and may fail (a locked or broken database); neither
may stop the night's checks, so both calls return quietly and log a warning.
"""
from __future__ import annotations

import logging
from typing import Any, Iterable, Sequence

log = logging.getLogger(__name__)

Row = tuple[str, str, Any, str]  # (applicant_id, document key, signature values, digest)


def load(store: Any, kind: str) -> list[Sequence]:
    """Rows of ``kind`` saved on earlier nights; [] without a store or on failure."""
    fn = getattr(store, "load_signatures", None) if store is not None else None
    if fn is None:
        return []
    try:
        return list(fn(kind) or [])
    except Exception as exc:  # a broken store must not stop the night's checks
        log.warning("load_signatures(%s) failed: %s", kind, exc)
        return []


def save(store: Any, kind: str, rows: Iterable[Row]) -> None:
    """Keep tonight's rows of ``kind`` for later nights; nothing without a store, a warning on failure."""
    fn = getattr(store, "save_signatures", None) if store is not None else None
    rows = list(rows)
    if fn is None or not rows:
        return
    try:
        fn(kind, rows)
    except Exception as exc:
        log.warning("save_signatures(%s) failed: %s", kind, exc)
