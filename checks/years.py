"""Education and years of professional work against the policy's years table.

Why: the grade applied for requires an education and a number of years of
professional work after it (2021 二(一)) or years in the current title grade
(人社部发〔2019〕16号 for 评审), counted to ``policy.years_cutoff`` (2024
六(三): 2024-12-31) or, without one, to the submission date. The table is data
(``policy.years_table``); the applicant qualifies when ANY of its rules holds.

Counting, decided in the applicant's favour because the finding rejects:
* months are whole calendar months, both ends inclusive (the cut-off month
  and the graduation month count; a job "2024-01 → now" counted to 2024-12-31
  is 12 months = 1 year);
* overlapping professional jobs count once; work before the graduation of the
  education that meets the rule does not count (any declared education of at
  least the required rank may be the one — e.g. 大专 2010 + 本科 2020);
* title years (``in_title_grade``) start with the month the title was obtained
  (2024 六(三) 从取得职称资格的当月起计算) and need a current title of that
  grade or higher.
2021 二(二)2: when the majors are not 相近 and the unit type is not one of
``policy.major_strict_unit_types``, every rule needs
``policy.major_mismatch_extra_years`` more, for 员级/助理级 only (the notice
says 正常申报初级职务时). An entry-less mode/grade gives no finding.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Optional

from core.dates import Month, fmt, month_of, month_range, months_between, parse_month
from core.models import Application, Education, Finding, Submission
from core.policy import Policy, YearsEntry, YearsRule

from .base import CheckContext, app_of, check, needs_application
from .major import DIFFERENT, application_major_relation

# 2021 二(一)2: 技工院校 classes count as 中专 / 大专 / 本科
EDU_RANK: dict[str, int] = {
    "中专": 1, "技工院校中级工班": 1,
    "大专": 2, "技工院校高级工班": 2,
    "本科": 3, "技工院校预备技师班": 3,
    "硕士研究生": 4,
    "博士研究生": 5,
}
DEGREE_RANK = {"学士": 1, "硕士": 2, "博士": 3}
GRADE_RANK = {"员级": 1, "助理级": 2, "中级": 3, "副高级": 4, "正高级": 5}
EXTRA_YEARS_GRADES = ("员级", "助理级")


def cutoff_of(policy: Policy, app: Application) -> date:
    return policy.years_cutoff or app.submitted_at


def professional_months(app: Application, since: Optional[Month], until: Month) -> int:
    """Distinct months of professional work from ``since`` (inclusive) to ``until`` (inclusive)."""
    months: set[Month] = set()
    for w in app.work_history:
        if not w.professional:
            continue
        start = parse_month(w.start)
        end = parse_month(w.end) or until
        if start is None:
            continue
        if since is not None and months_between(start, since) > 0:
            start = since
        if months_between(end, until) < 0:
            end = until
        if months_between(start, end) < 0:
            continue
        months.update(month_range(start, end))
    return len(months)


def title_months(app: Application, min_grade: str, until: Month) -> int:
    """Months since the current title (of ``min_grade`` or higher) was obtained, inclusive."""
    t = app.current_title
    if t is None or GRADE_RANK.get(t.grade, 0) < GRADE_RANK.get(min_grade, 99):
        return 0
    got = parse_month(t.obtained)
    if got is None:
        return 0
    return max(0, months_between(got, until) + 1)


def _educations_for(app: Application, rule: YearsRule) -> list[Education]:
    need = EDU_RANK.get(rule.education, 99)
    need_deg = DEGREE_RANK.get(rule.degree, 99) if rule.degree else 0
    return [e for e in app.education
            if EDU_RANK.get(e.level, 0) >= need
            and (not rule.degree or DEGREE_RANK.get(e.degree or "", 0) >= need_deg)]


def rule_months(app: Application, rule: YearsRule, until: Month) -> Optional[int]:
    """Best month count the applicant has for this rule, or None when the
    education (or degree) required is missing."""
    edus = _educations_for(app, rule)
    if not edus:
        return None
    if rule.in_title_grade:
        return title_months(app, rule.in_title_grade, until)
    return max(professional_months(app, parse_month(e.graduation), until) for e in edus)


def _rule_zh(rule: YearsRule, years: float) -> str:
    what = rule.education + (f"（{rule.degree}学位）" if rule.degree else "")
    if years <= 0:
        return what
    if rule.in_title_grade:
        return f"{what}且取得{rule.in_title_grade}职称满{years:g}年"
    return f"{what}且专业技术工作满{years:g}年"


def evaluate(app: Application, policy: Policy, entry: YearsEntry, extra_years: float = 0) -> dict:
    """Each rule with required and counted months; ``ok`` when any rule holds."""
    until = month_of(cutoff_of(policy, app))
    rules = []
    for r in entry.rules:
        need_years = r.years + extra_years
        need = round(need_years * 12)
        have = rule_months(app, r, until)
        rules.append({
            "education": r.education, "degree": r.degree, "in_title_grade": r.in_title_grade,
            "required_years": need_years, "required_months": need,
            "counted_months": have, "counted_years": None if have is None else round(have / 12, 2),
            "ok": have is not None and have >= need, "text": _rule_zh(r, need_years),
        })
    return {"ok": any(r["ok"] for r in rules), "rules": rules, "cutoff": fmt(until)}


def _best_counted(rules: list[dict]) -> Optional[dict]:
    """The rule the applicant came closest to (education met, fewest months missing)."""
    met = [r for r in rules if r["counted_months"] is not None]
    if not met:
        return None
    return min(met, key=lambda r: r["required_months"] - r["counted_months"])


@check("years")
@needs_application
def check_years(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    app = app_of(sub)
    pol = ctx.policy
    entry = pol.years_entry(app.mode, app.series, app.grade, app.level)
    if entry is None or not entry.rules:
        return []
    extra = 0.0
    if (pol.major_mismatch_extra_years and app.grade in EXTRA_YEARS_GRADES
            and app.unit_type not in pol.major_strict_unit_types
            and application_major_relation(app)[0] == DIFFERENT):
        extra = pol.major_mismatch_extra_years
    result = evaluate(app, pol, entry, extra)
    if result["ok"]:
        return []
    cutoff = cutoff_of(pol, app)
    clause = entry.clause or pol.clause("years")
    highest = app.highest_education
    edu = f"{highest.level}（{highest.degree}）" if highest and highest.degree else (highest.level if highest else "无")
    need = "或".join(r["text"] for r in result["rules"])
    best = _best_counted(result["rules"])
    if best is None:
        have = f"申报人最高学历为{edu}，不满足学历要求"
    else:
        kind = f"取得{best['in_title_grade']}职称" if best["in_title_grade"] else f"{best['education']}及以上学历毕业后专业技术工作"
        have = f"截至{cutoff.isoformat()}申报人{kind}仅{best['counted_months']}个月（{best['counted_years']:g}年）"
    extra_zh = f"（所学专业不对口，年限延长{extra:g}年）" if extra else ""
    return [ctx.finding(
        sub, "INSUFFICIENT_YEARS",
        f"申报{app.grade}{app.level}须{need}{extra_zh}，{have}。",
        clause=clause,
        education=[{"level": e.level, "degree": e.degree, "graduation": e.graduation} for e in app.education],
        highest_education=edu, grade=app.grade, mode=app.mode, series=app.series,
        cutoff_date=cutoff.isoformat(), rules=result["rules"], extra_years=extra,
        rule_set={"mode": entry.mode, "series": entry.series, "grade": entry.grade, "level": entry.level},
    )]
