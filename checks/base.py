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

from core.models import Application, BBox, CheckPass, Document, Finding, Severity, Submission
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


DOC_LABELS = {
    "id_card": "身份证", "diploma": "毕业证书", "degree": "学位证书",
    "xuexin_record": "学历电子注册备案表", "social_insurance": "社保缴费证明",
    "employment_proof": "工作证明", "annual_appraisal": "年度考核表",
    "continuing_education": "继续教育证明",
}


def doc_label(doc: Document) -> str:
    """How a reviewer recognises the attachment: 身份证（id.jpg）."""
    return f"{DOC_LABELS.get(doc.doc_type, doc.doc_type)}（{doc.filename}）"


# ---------------------------------------------------------------- errors and reject basis

SEVERITY_ORDER = {Severity.reject: 0, Severity.suspect: 1, Severity.warn: 2, Severity.info: 3}
LOW_CONFIDENCE = 0.8  # an OCR read below this is a guess, not evidence


def check_failed(sub: Submission, policy: Policy, name: str, exc: BaseException) -> Finding:
    """CHECK_FAILED for a check that raised (contract §3): the applicant cannot pass.

    The evidence names the check and the error type only: an exception's text may
    carry an ID number or other personal data.
    """
    sev = policy.severity_of("CHECK_FAILED")
    if SEVERITY_ORDER[sev] > SEVERITY_ORDER[Severity.warn]:
        sev = Severity.warn  # at least warn, whatever a policy file says
    return Finding(
        applicant_id=sub.applicant_id, code="CHECK_FAILED", severity=sev,
        message=f"审核规则“{name}”运行出错（{type(exc).__name__}），该项未能自动核查，请人工审核。",
        evidence={"check": name, "error": type(exc).__name__})


# how a reject finding says what it rests on (evidence["read_basis"]); any of these is
# unambiguous in the sense of contract §3
CONFIDENT_BASES = ("declared", "text_layer", "check_digit", "second_document", "declaration")


def _read_by_ocr(sub: Submission, f: Finding) -> bool:
    """Does the finding rest on a value read by OCR (its own evidence, else its page)?"""
    ev = f.evidence
    if ev.get("source") is not None:
        return ev.get("source") == "ocr"
    if not f.document or f.document == "application.json":
        return False
    for d in sub.documents:
        if d.filename != f.document:
            continue
        pages = [p for p in d.pages if f.page is None or p.number == f.page] or d.pages
        if any(p.text_source in ("ocr", "mixed") for p in pages):
            return True
    return False


def ambiguous_basis(sub: Submission, f: Finding) -> str:
    """Why a reject finding's evidence is not unambiguous (contract §3), or ""."""
    ev = f.evidence
    if ev.get("read_basis") in CONFIDENT_BASES or ev.get("corroborated_by"):
        return ""
    if _read_by_ocr(sub, f):
        return "依据为OCR识别值，未经校验位、其他材料或申报信息印证"
    conf = ev.get("confidence")
    if isinstance(conf, (int, float)) and conf < LOW_CONFIDENCE:
        return f"依据的识别置信度仅{conf:.2f}"
    return ""


def settle_rejects(sub: Submission) -> None:
    """The one place that enforces "reject only on unambiguous evidence": a reject
    resting on an uncorroborated OCR read (or a low-confidence one) becomes suspect,
    with the reason in the evidence, so that a person looks before anyone is ruled out."""
    for i, f in enumerate(sub.findings):
        if f.severity != Severity.reject:
            continue
        why = ambiguous_basis(sub, f)
        if why:
            ev = dict(f.evidence, severity_note=f"否决降为存疑：{why}", policy_severity="reject")
            sub.findings[i] = f.model_copy(update={"severity": Severity.suspect, "evidence": ev})
