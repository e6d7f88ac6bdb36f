"""Fault planters: each bends one CLEAN applicant so that exactly one code fires.

Why a registry of small functions: the benchmark needs to know, per applicant,
which code a perfect pipeline must raise. A planter edits the declared data
(``spec.app``, then ``ctx.rebuild()`` re-derives the documents from it) and/or
the documents (fields before rendering, ``post`` hooks on the bytes after),
taking care not to trip any other reject/suspect rule on the way. Pair faults
(DUPLICATE_PAPER, SUMMARY_DUPLICATE, IMAGE_REUSED) mark two applicants: the
first is the source, the second copies it; both carry the code in truth.csv.
The byte-level forgeries (incremental PDF edit, white-box overlay, repainted
scan, corrupt/encrypted PDF) are at the bottom.
"""
from __future__ import annotations

# each module registers its planters (in this order)
from . import declared  # noqa: F401
from . import documents  # noqa: F401
from . import papers  # noqa: F401
from . import forensics  # noqa: F401
from .documents import decoy_blacklist, other_id
from .registry import FAULTS, FaultContext, FaultDef, fault

SUPPORTED_FAULTS: list[str] = sorted(FAULTS)

__all__ = ["FAULTS", "SUPPORTED_FAULTS", "FaultContext", "FaultDef", "fault", "decoy_blacklist", "other_id"]
