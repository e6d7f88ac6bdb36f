"""Who may apply at all (scope rules), from the declared data.

Why these together: each rules an application out on its own, before any
document is looked at. Every severity, clause and threshold is the rule's, looked
up by (policy, mode) in the policy file; a pair whose notice has no such clause
falls back to the general rule (``_general.toml``), which names its real source
and never rejects.

Decisions:
* ``is_civil_servant`` → INELIGIBLE_CIVIL_SERVANT (2024 一; 2021 四.1).
* ``unit_type == "government"`` without that flag → rule ``civil_servant_unit``
  (2024 评审 only, suspect): 机关 also employ 聘用人员, a person must look; the
  2021 notice (一) admits 各部门…聘用人员 explicitly.
* Retirement: the group follows ``post`` (women in 工人岗位 50, otherwise 55;
  men 60, core/retirement.py). Rule ``retirement`` says when: 2024 一 counts
  anyone who reaches the age in the application year (retirement year ≤
  application year); the general rule only an applicant already retired when
  submitting.
"""
from __future__ import annotations

from typing import Iterable, Optional

from core.models import Finding, Submission
from core.policy import normalize_series
from core.retirement import group_for, retirement

from .base import CheckContext, app_of, check, needs_application


def exam_only_grades(table: dict[str, list[str]], series: str) -> Optional[list[str]]:
    """The grades of ``series`` filled by national examination, or None."""
    if series in table:
        return table[series]
    want = normalize_series(series)
    for key, grades in table.items():
        if normalize_series(key) == want:
            return grades
    return None


@check("eligibility")
@needs_application
def check_eligibility(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    app = app_of(sub)
    out: list[Finding] = []

    # --- 公务员 / 参公人员 ---------------------------------------------------
    if app.is_civil_servant and (r := ctx.rule(sub, "civil_servant")):
        out.append(ctx.finding(
            sub, "INELIGIBLE_CIVIL_SERVANT",
            f"申报人申报为公务员（参公管理人员），不得参加职称{app.mode}。",
            rule=r, is_civil_servant=True, unit=app.unit, unit_type=app.unit_type, mode=app.mode,
        ))
    elif app.unit_type == "government" and (r := ctx.rule(sub, "civil_servant_unit")):
        out.append(ctx.finding(
            sub, "INELIGIBLE_CIVIL_SERVANT",
            f"申报单位{app.unit}为机关（单位类型government），但申报人未申报为公务员，需核实其是否为公务员或参公管理人员。",
            rule=r, is_civil_servant=False, unit=app.unit, unit_type=app.unit_type, mode=app.mode,
        ))

    # --- 党纪政务处分影响期 ---------------------------------------------------
    until = app.disciplinary_until
    if until is not None and until >= app.submitted_at and (r := ctx.rule(sub, "disciplinary")):
        out.append(ctx.finding(
            sub, "INELIGIBLE_DISCIPLINARY",
            f"处分影响期截止日期{until.isoformat()}不早于提交日期{app.submitted_at.isoformat()}，申报时仍在影响期内。",
            rule=r, disciplinary_until=until.isoformat(), submitted_at=app.submitted_at.isoformat(),
        ))

    # --- 退休年龄 -------------------------------------------------------------
    out += _retirement(sub, ctx)

    # --- 全国统一考试的系列层级 -------------------------------------------------
    r = ctx.rule(sub, "exam_only")
    grades = exam_only_grades(r.params.get("series", {}), app.series) if r else None
    if r is not None and grades is not None and app.grade in grades:
        out.append(ctx.finding(
            sub, "EXAM_ONLY_SERIES",
            f"{app.series}{app.grade}（{app.level}）已实行全国统一考试，不开展{app.mode}。",
            rule=r, series=app.series, grade=app.grade, level=app.level,
            exam_only_grades=list(grades), mode=app.mode,
        ))
    return out


def _retirement(sub: Submission, ctx: CheckContext) -> list[Finding]:
    app = app_of(sub)
    pol = ctx.policy
    r = ctx.rule(sub, "retirement")
    if r is None:
        return []
    group = group_for(app.gender, app.post)
    ret = retirement(app.birth_date, app.gender, group, pol.retirement_reform_from)
    when = r.params.get("when", "submission")
    if when == "application_year":
        hit, bound = ret.date.year <= pol.application_year, f"申报年度{pol.application_year}年"
    else:
        hit, bound = ret.date <= app.submitted_at, f"提交日期{app.submitted_at.isoformat()}"
    post_zh = "工人岗位" if app.post == "worker" else "专业技术岗位"
    values = dict(birth_date=app.birth_date.isoformat(), gender=app.gender, post=app.post, group=group,
                  retirement_month=ret.month, retirement_date=ret.date.isoformat(), base_age=ret.base_age,
                  delay_months=ret.delay_months, retirement_rule=ret.rule, application_year=pol.application_year, when=when)
    if not hit:
        ctx.passed(sub, r, "INELIGIBLE_RETIREMENT_AGE", f"法定退休时间{ret.month}晚于{bound}", **values)
        return []
    who = f"{app.gender}，{post_zh}" if app.gender == "女" else app.gender
    return [ctx.finding(
        sub, "INELIGIBLE_RETIREMENT_AGE",
        f"按出生日期{app.birth_date.isoformat()}（{who}）和{ret.rule_zh}，法定退休时间为{ret.month}，不晚于{bound}。",
        rule=r, **values,
    )]
