"""Education and years of professional work against the series' years table.

Why: the grade applied for requires an education and years of professional work
after it (2021 二(一), for 认定 in every series) or years in the current title
grade (the series' standard, 2024 六(一): 工程 人社部发〔2019〕16号, 中小学教师
人社部发〔2015〕79号), counted to the pair's cut-off (2024 六(三): 2024-12-31) or,
without one, to the submission date (认定 runs every month). Tables are data
(``policy.years_tables``, by mode, series and grade, each with its source); the
applicant qualifies when ANY line holds.

Which rule judges a shortfall (its severity comes from the policy file):
* ``years``: the series has its own table and the 新区 evaluates the level itself;
* ``years_assumed``: no table for the series, the 工程 table was assumed (suspect);
* ``years_delegated``: a level the 新区 does not evaluate (2024 三(二), 委托评审: info);
* routes (``route``): exceptional (破格, info), grassroots / enterprise / unit_only
  (小范围: suspect, the notice gives no years of their own), skill (高技能人才贯通:
  info in the series 2024 一 opens, the normal table elsewhere);
* a pair without a years rule (2021 评审) gives one info finding saying so.

Counting, decided in the applicant's favour:
* months are whole calendar months, both ends inclusive;
* overlapping professional jobs count once; work before the graduation of the
  education that meets the line does not count (any declared education of at
  least the required rank may be the one);
* title years (``in_title_grade``) start with the month the title was obtained
  (2024 六(三) 从取得职称资格的当月起计算) and need a current title of that
  grade or higher (2021 二(一)1(3): 中专 → 员级 first, then 4 more years);
* 2021 二(二)2: a mismatched major outside the strict unit types adds the rule
  ``major``'s ``extra_years`` to every line, for 员级/助理级 only.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Optional

from core.dates import Month, fmt, month_of, month_range, months_between, parse_month
from core.models import Application, Education, Finding, Severity, Submission
from core.policy import Policy, Rule, YearsRule, YearsTable, normalize_series

from .base import CheckContext, app_of, check, needs_application
from .major import DIFFERENT, application_major_relation, extra_years

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
ASSUMED_SERIES = "工程系列"   # the table assumed for a series without its own (evidence says so)
SMALL_ROUTES = ("grassroots", "enterprise", "unit_only")
ROUTE_ZH = {"exceptional": "破格晋升", "grassroots": "基层有效", "enterprise": "企业有效",
            "unit_only": "本单位有效", "skill": "高技能人才贯通", "normal": "正常申报"}


def cutoff_of(policy: Policy, app: Application) -> date:
    """2024 六(三)'s date for 评审; the submission date where the pair sets none (认定)."""
    return policy.param("years", "cutoff", app.mode) or app.submitted_at


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


def evaluate(app: Application, policy: Policy, entry: YearsTable, extra_years: float = 0) -> dict:
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
            "note": r.note, "clause": f"{entry.notice} {r.clause}" if r.quote else "", "quote": r.quote,
        })
    return {"ok": any(r["ok"] for r in rules), "rules": rules, "cutoff": fmt(until)}


def _best_counted(rules: list[dict]) -> Optional[dict]:
    """The rule the applicant came closest to (education met, fewest months missing)."""
    met = [r for r in rules if r["counted_months"] is not None]
    if not met:
        return None
    return min(met, key=lambda r: r["required_months"] - r["counted_months"])


def judging_rule(ctx: CheckContext, sub: Submission, assumed: bool) -> tuple[Optional[Rule], str]:
    """The rule that judges a shortfall for this applicant, and why it was chosen."""
    app = app_of(sub)
    pol = ctx.policy.governing(app.mode)
    route = app.route
    if route == "exceptional" and (r := ctx.rule(sub, "years_route_exceptional")):
        return r, "route"
    if route == "skill" and (r := ctx.rule(sub, "years_route_skill")):
        opened = [normalize_series(s) for s in r.params.get("series", [])]
        if normalize_series(app.series) in opened:
            return r, "route"
    if route in SMALL_ROUTES and (r := ctx.rule(sub, "years_route_small")):
        return r, "route"
    if pol.self_evaluated and not pol.is_self_evaluated(app.series, app.grade):
        if r := ctx.rule(sub, "years_delegated"):
            return r, "delegated"
    if assumed:
        return ctx.rule(sub, "years_assumed") or ctx.rule(sub, "years"), "assumed"
    return ctx.rule(sub, "years"), "table"


@check("years")
@needs_application
def check_years(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    app = app_of(sub)
    pol = ctx.policy
    base = ctx.rule(sub, "years")
    table = pol.years_table(app.mode, app.series, app.grade, app.level)
    assumed = table is None
    if assumed:
        table = pol.years_table(app.mode, ASSUMED_SERIES, app.grade, app.level)
    if base is None or table is None or not table.rules:
        why = (f"{pol.notice}没有{app.mode}的学历年限规则" if base is None
               else f"{pol.notice}（{app.mode}）没有{app.series}{app.grade}的年限表")
        return [ctx.finding(
            sub, "INSUFFICIENT_YEARS", f"{why}，专业技术工作年限未核验。", severity=Severity.info,
            clause_key="years", grade=app.grade, mode=app.mode, series=app.series, checked=False, why=why)]
    extra = 0.0
    if application_major_relation(app)[0] == DIFFERENT:
        extra = extra_years(ctx, sub)
    result = evaluate(app, pol, table, extra)
    cutoff = cutoff_of(pol, app)
    if result["ok"]:
        met = next(r for r in result["rules"] if r["ok"])
        ctx.passed(sub, base, "INSUFFICIENT_YEARS",
                   f"{met['text']}：截至{cutoff.isoformat()}计{met['counted_months']}个月 ≥ {met['required_months']}",
                   table=table.source, cutoff=cutoff.isoformat(), required_years=met["required_years"],
                   counted_years=met["counted_years"], extra_years=extra)
        return []
    rule, why = judging_rule(ctx, sub, assumed)
    severity = None
    if extra and evaluate(app, pol, table, 0)["ok"]:
        severity = Severity.suspect     # only the extra year fails: 对口 is a judgment, a person decides
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
    table_zh = f"按{table.source}" + (f"（{app.series}无本系列年限表，套用{ASSUMED_SERIES}的表）" if assumed else "")
    tail = {"route": f"；申报路径为{ROUTE_ZH.get(app.route, app.route)}，年限不作为否决条件",
            "delegated": f"；{app.series}{app.grade}不在新区自主评审范围，委托评审，由受托评委会把握",
            "assumed": "；本系列年限表未配置，需人工核对"}.get(why, "")
    line = best or (result["rules"][0] if result["rules"] else {})
    clause = line.get("clause") or ""
    return [ctx.finding(
        sub, "INSUFFICIENT_YEARS", f"{table_zh}，申报{app.grade}{app.level}须{need}{extra_zh}，{have}{tail}。",
        rule=rule, clause=clause, severity=severity if rule and rule.severity_of("INSUFFICIENT_YEARS") == Severity.reject else None,
        **({"quote": line["quote"]} if line.get("quote") else {}),
        education=[{"level": e.level, "degree": e.degree, "graduation": e.graduation} for e in app.education],
        highest_education=edu, grade=app.grade, mode=app.mode, series=app.series, route=app.route,
        cutoff_date=cutoff.isoformat(), rules=result["rules"], extra_years=extra, judged_as=why,
        table={"series": table.series, "grade": table.grade, "source": table.source, "assumed": assumed,
               "clause": table.cite if table.quote else "", "quote": table.quote},
    )]
