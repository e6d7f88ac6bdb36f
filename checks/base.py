"""The check protocol and its registries.

A check is a plain function of one Submission (plus the context) that yields
Findings; a batch check sees every Submission of the night (near-duplicates,
reused scans). Each module in ``checks/`` registers its functions with
``@check("name")`` / ``@batch_check("name")``; ``checks.load_all()`` imports
the modules so that the registries are filled.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Optional, Protocol

from core.models import Application, BBox, Finding, Submission
from core.policy import Policy
from core.registry import Registry


@dataclass
class CheckContext:
    """What a check may consult besides the submission itself."""
    policy: Policy
    options: dict[str, Any] = field(default_factory=dict)  # blacklist rows, journal catalogue …
    store: Any = None  # pipeline.store.Store for cross-night comparisons (may be None)

    def finding(
        self,
        sub: Submission,
        code: str,
        message: str,
        *,
        clause_key: str = "",
        clause: str = "",
        document: str = "",
        page: Optional[int] = None,
        bbox: Optional[BBox] = None,
        severity=None,
        **evidence: Any,
    ) -> Finding:
        """Build a Finding with the policy's severity and the clause cited."""
        cite = clause or (self.policy.clause(clause_key) if clause_key else "")
        ev = dict(evidence)
        if document:
            ev.setdefault("document", document)
        if page is not None:
            ev.setdefault("page", page)
        if cite:
            ev.setdefault("clause", cite)
        return Finding(
            applicant_id=sub.applicant_id,
            code=code,
            severity=severity or self.policy.severity_of(code),
            message=message,
            document=document,
            page=page,
            bbox=bbox,
            clause=cite,
            evidence=ev,
        )


class Check(Protocol):
    def __call__(self, sub: Submission, ctx: CheckContext) -> Iterable[Finding]: ...


class BatchCheck(Protocol):
    def __call__(self, subs: list[Submission], ctx: "BatchContext") -> Iterable[Finding]: ...


@dataclass
class BatchContext:
    """Context of a batch check: one policy per submission, plus the store."""
    policies: dict[str, Policy]  # applicant_id → policy
    options: dict[str, Any] = field(default_factory=dict)
    store: Any = None

    def ctx_for(self, sub: Submission) -> CheckContext:
        return CheckContext(policy=self.policies[sub.applicant_id], options=self.options, store=self.store)


CHECKS: Registry[Check] = Registry("check")
BATCH_CHECKS: Registry[BatchCheck] = Registry("batch check")


def check(name: str) -> Callable[[Check], Check]:
    return CHECKS.register(name)


def batch_check(name: str) -> Callable[[BatchCheck], BatchCheck]:
    return BATCH_CHECKS.register(name)


def needs_application(fn: Check) -> Check:
    """Decorator: skip the check when application.json was invalid."""
    def wrapper(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
        if sub.application is None:
            return []
        return fn(sub, ctx)
    wrapper.__name__ = getattr(fn, "__name__", "check")
    wrapper.__doc__ = fn.__doc__
    return wrapper


def app_of(sub: Submission) -> Application:
    assert sub.application is not None
    return sub.application
