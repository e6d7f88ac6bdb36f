"""The two records the sample generator works on: an applicant (Spec) and its documents (Doc).

A module of their own so that the generator, the applicant builder and the fault
planters can all use them without importing each other.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from core.policy import Policy


@dataclass
class Doc:
    """One attachment to render (or already rendered when ``data`` is set)."""
    doc_type: str
    fields: dict
    variant: Optional[int] = None
    as_scan: Optional[bool] = None
    key: str = ""                 # seed suffix: re-rendering with the same key reproduces the file
    data: bytes = b""
    ext: str = ""
    truth: dict = field(default_factory=dict)
    truth_rows: bool = True       # False for a deliberately unreadable file
    bundle: str = ""              # docs with the same bundle name become one image-only PDF
    post: list = field(default_factory=list)   # callables (doc, spec) run after rendering
    name_hint: str = ""
    fake_ext: str = ""            # file saved under a misleading extension


@dataclass
class Spec:
    """One applicant: the declared application plus the documents to deliver."""
    applicant_id: str
    policy: Policy
    app: dict
    docs: list[Doc]
    facts: dict
    code: str = "CLEAN"
    raw_json: Optional[str] = None
    blacklist: list = field(default_factory=list)
    no_bundle: bool = False
    filenames: list = field(default_factory=list)

    def doc(self, doc_type: str) -> Optional[Doc]:
        return next((d for d in self.docs if d.doc_type == doc_type), None)
