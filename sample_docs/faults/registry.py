"""The fault registry: ``@fault(code)`` registers a planter and what CLEAN applicant it needs."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable, Optional


@dataclass
class FaultContext:
    rng: random.Random
    partner: object = None       # the source Spec of a pair fault (second member only)
    member: int = 0
    rebuild: Callable[[], None] = lambda: None


@dataclass
class FaultDef:
    code: str
    fn: Callable
    needs: dict = field(default_factory=dict)
    pair: bool = False
    prepare: Optional[Callable] = None


FAULTS: dict[str, FaultDef] = {}


def fault(code: str, *, pair: bool = False, prepare: Optional[Callable] = None, **needs):
    """Register a planter; ``needs`` constrain the CLEAN applicant it starts from."""
    def deco(fn):
        if code in FAULTS:
            raise ValueError(f"fault {code!r} is already registered")
        FAULTS[code] = FaultDef(code, fn, needs, pair, prepare)
        return fn
    return deco


def _docs(spec, *types):
    return [d for d in spec.docs if d.doc_type in types]


def _replace_in_summary(spec, old: str, new: str) -> None:
    spec.app["work_summary"] = spec.app["work_summary"].replace(old, new)
