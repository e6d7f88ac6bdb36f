"""Who may apply at all (scope rules), from the declared data.

Why these four together: each rules an application out on its own, before any
document is looked at — 公务员/参公人员, a 党纪政务处分 influence period, reaching
retirement age in the application year (2024 一), and series/grades filled by
national examination only (2021 四.2). Clauses come from the policy file, so
next year's notice changes data, not code.

Decisions:
* ``is_civil_servant`` → INELIGIBLE_CIVIL_SERVANT with the policy's severity
  (reject) in both modes: civil servants may sit national exams but neither
  评审 nor 认定 (2021 四.1; 2024 一).
* ``unit_type == "government"`` without that flag, in mode 评审 → the same code
  but ``suspect``: 2024 一 opens evaluation to 企事业单位 staff, so a 机关
  applicant is most likely a civil servant who did not tick the box, yet 机关
  also employ 聘用人员 — a person must look. In mode 认定 the 2021 notice (一)
  explicitly admits 各部门…聘用人员, so no finding.
* Retirement: women are taken as the 55 group (professional-technical posts,
  contract §6); "reaches it in the application year" = the retirement date's
  year ≤ ``policy.application_year`` (already retired included).
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from core.models import Finding, Severity, Submission
from core.policy import Policy
from core.retirement import retirement

from .base import CheckContext, app_of, check, needs_application


def normalize_series(name: str) -> str:
    """"会计系列" / "会计" / " 会计 系列 " → "会计"."""
    s = re.sub(r"\s+", "", name or "")
    s = s.replace("（", "(").replace("）", ")")
    s = re.sub(r"\(.*?\)", "", s)
    return s[:-2] if s.endswith("系列") and len(s) > 2 else s


def exam_only_grades(policy: Policy, series: str) -> Optional[list[str]]:
    """The grades of ``series`` filled by national examination, or None."""
    if series in policy.exam_only:
        return policy.exam_only[series]
    want = normalize_series(series)
    for key, grades in policy.exam_only.items():
        if normalize_series(key) == want:
            return grades
    return None


@check("eligibility")
@needs_application
def check_eligibility(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    app = app_of(sub)
    pol = ctx.policy
    out: list[Finding] = []

    # --- 公务员 / 参公人员 ---------------------------------------------------
    if app.is_civil_servant:
        out.append(ctx.finding(
            sub, "INELIGIBLE_CIVIL_SERVANT",
            f"申报人申报为公务员（参公管理人员），不得参加职称{app.mode}。",
            clause_key="civil_servant", is_civil_servant=True, unit=app.unit,
            unit_type=app.unit_type, mode=app.mode,
        ))
    elif app.unit_type == "government" and app.mode == "评审":
        out.append(ctx.finding(
            sub, "INELIGIBLE_CIVIL_SERVANT",
            f"申报单位{app.unit}为机关（单位类型government），但申报人未申报为公务员，需核实其是否为公务员或参公管理人员。",
            clause_key="civil_servant", severity=Severity.suspect, is_civil_servant=False,
            unit=app.unit, unit_type=app.unit_type, mode=app.mode,
        ))

    # --- 党纪政务处分影响期 ---------------------------------------------------
    until = app.disciplinary_until
    if until is not None and until >= app.submitted_at:
        out.append(ctx.finding(
            sub, "INELIGIBLE_DISCIPLINARY",
            f"处分影响期截止日期{until.isoformat()}不早于提交日期{app.submitted_at.isoformat()}，申报时仍在影响期内。",
            clause_key="disciplinary", disciplinary_until=until.isoformat(),
            submitted_at=app.submitted_at.isoformat(),
        ))

    # --- 申报当年达到退休年龄 ---------------------------------------------------
    ret = retirement(app.birth_date, app.gender, "55", pol.retirement_reform_from)
    if ret.date.year <= pol.application_year:
        out.append(ctx.finding(
            sub, "INELIGIBLE_RETIREMENT_AGE",
            f"按出生日期{app.birth_date.isoformat()}（{app.gender}）和{ret.rule_zh}，法定退休时间为{ret.month}，"
            f"不晚于申报年度{pol.application_year}年。",
            clause_key="retirement", birth_date=app.birth_date.isoformat(), gender=app.gender,
            retirement_month=ret.month, retirement_date=ret.date.isoformat(), base_age=ret.base_age,
            delay_months=ret.delay_months, rule=ret.rule, application_year=pol.application_year,
        ))

    # --- 全国统一考试的系列层级 -------------------------------------------------
    grades = exam_only_grades(pol, app.series)
    if grades is not None and app.grade in grades:
        out.append(ctx.finding(
            sub, "EXAM_ONLY_SERIES",
            f"{app.series}{app.grade}（{app.level}）已实行全国统一考试，不开展{app.mode}。",
            clause_key="exam_only", series=app.series, grade=app.grade, level=app.level,
            exam_only_grades=list(grades), mode=app.mode,
        ))
    return out
