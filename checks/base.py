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

from core.models import Application, BBox, CheckPass, Finding, Submission
from core.policy import Policy, Rule
from core.registry import Registry


@dataclass
class CheckContext:
    """What a check may consult besides the submission itself."""
    policy: Policy
    options: dict[str, Any] = field(default_factory=dict)  # blacklist rows, journal catalogue …
    store: Any = None  # pipeline.store.Store for cross-night comparisons (may be None)

    def mode(self, sub: Submission) -> str:
        """The applicant's mode (评审 / 认定); the policy's own mode without an application."""
        return sub.application.mode if sub.application is not None else self.policy.mode

    def rule(self, sub: Submission, key: str, code: Optional[str] = None) -> Optional[Rule]:
        """Rule ``key`` of (this policy, the applicant's mode), or None when the pair has none."""
        return self.policy.rule(key, self.mode(sub), code)

    def finding(
        self,
        sub: Submission,
        code: str,
        message: str,
        *,
        clause_key: str = "",
        clause: str = "",
        rule: Optional[Rule] = None,
        document: str = "",
        page: Optional[int] = None,
        bbox: Optional[BBox] = None,
        severity=None,
        **evidence: Any,
    ) -> Finding:
        """Build a Finding under its rule: the rule's severity (unless one is given), its clause
        and quoted sentence (or its general source) in the evidence. ``clause_key`` looks the
        rule up by (policy, mode); a pair without that rule says so in the evidence."""
        r = rule or (self.rule(sub, clause_key, code) if clause_key else None)
        ev: dict[str, Any] = {}
        if r is not None:
            ev.update(r.evidence())
            cite = clause or r.cite
            default = r.severity if (r.severity and code in r.codes) else self.policy.severity_of(code)
        else:
            cite = clause
            default = self.policy.severity_of(code)
            if clause_key:
                ev["rule"] = None
                ev["no_rule"] = f"{self.policy.notice}（{self.mode(sub)}）没有“{clause_key}”规则"
        ev.update(evidence)
        if document:
            ev.setdefault("document", document)
        if page is not None:
            ev.setdefault("page", page)
        if cite:
            ev["clause"] = cite
        return Finding(
            applicant_id=sub.applicant_id,
            code=code,
            severity=severity or default,
            message=message,
            document=document,
            page=page,
            bbox=bbox,
            clause=cite,
            evidence=ev,
        )

    def passed(self, sub: Submission, by: Optional[Rule], code: str, message: str, **values: Any) -> None:
        """Record that rule ``by`` ran and was met (the sheet's "what was checked")."""
        sub.passed.append(CheckPass(rule=code, message=message, values=values,
                                    clause=by.cite if by is not None else ""))


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
