"""Who the 2024 notice admits, beyond eligibility: 户籍 of 灵活就业 (一) and 转系列 (六(十一)).

INELIGIBLE_HOUSEHOLD (rule ``household``): 2024 一 admits 灵活就业人员 only "具有我省户籍".
* a declared ``household_registration`` that names another province and no place of
  甘肃 → the rule's severity (a declared fact);
* one that names neither (a street, a county unknown here) → warn: unreadable, not wrong;
* none declared: only the ID number's region code is left. 户籍 can move after the ID
  was issued, so a region outside 62 gives a warn, never more.

SERIES_CHANGE_INVALID (rules ``series_change`` / ``series_change_undeclared``):
"转系列人员当年度不得申报高一级职称，须在新系列（专业）聘任（用）满1年以上。未转系列人员，
不得跨系列申报高一级职称。" It applies when the applied grade is higher than the current
title's and the series differ: the current title's series is read from its name
(工程师 → 工程系列 …; an unknown name gives no finding) or from ``series_change.from_series``.
* no ``series_change`` declared → rule ``series_change_undeclared`` (suspect: the series
  was inferred from a name, and old inboxes lack the key);
* approved in the application year, or less than 12 months before the years cut-off
  (2024 六(三)) → rule ``series_change``; 12 months by the cut-off but not yet by the
  submission date → suspect (满1年 counted either way; a person decides).
"""
from __future__ import annotations

from typing import Iterable, Optional

from core.dates import month_of, months_between, parse_month
from core.models import Finding, Severity, Submission
from core.policy import normalize_series

from .base import CheckContext, app_of, check, needs_application

PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
             "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川",
             "贵州", "云南", "西藏", "陕西", "青海", "宁夏", "新疆", "台湾", "香港", "澳门")
GANSU_PLACES = ("甘肃", "兰州", "嘉峪关", "金昌", "白银", "天水", "武威", "张掖", "平凉", "酒泉", "庆阳",
                "定西", "陇南", "临夏", "甘南")

GRADE_RANK = {"员级": 1, "助理级": 2, "中级": 3, "副高级": 4, "正高级": 5}
# title name endings → series; only unambiguous endings (技术员, 讲师 … name several series)
TITLE_SERIES = (
    ("实习指导教师", "技工院校教师系列"), ("工程师", "工程系列"), ("教师", "中小学教师系列"),
    ("会计师", "会计系列"), ("会计员", "会计系列"), ("经济师", "经济系列"), ("经济员", "经济系列"),
    ("统计师", "统计系列"), ("统计员", "统计系列"), ("审计师", "审计系列"), ("审计员", "审计系列"),
    ("农艺师", "农业系列"), ("畜牧师", "农业系列"), ("兽医师", "农业系列"), ("实验师", "实验技术系列"),
    ("实验员", "实验技术系列"), ("医师", "卫生系列"), ("护师", "卫生系列"), ("药师", "卫生系列"),
)


def series_of_title(name: str) -> Optional[str]:
    n = (name or "").replace(" ", "")
    for ending, series in TITLE_SERIES:
        if n.endswith(ending):
            return series
    return None


@check("household")
@needs_application
def check_household(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    app = app_of(sub)
    r = ctx.rule(sub, "household")
    if r is None or app.unit_type != "flexible":
        return []
    declared = (app.household_registration or "").strip()
    region = app.id_number[:2]
    ev = dict(unit_type=app.unit_type, household_registration=declared or None,
              required=r.params.get("province", "甘肃"))
    if declared:
        gansu = any(p in declared for p in GANSU_PLACES)
        other = [p for p in PROVINCES if p in declared]
        if gansu:
            ctx.passed(sub, r, "INELIGIBLE_HOUSEHOLD", f"户籍所在地{declared}在本省", **ev)
            return []
        if other:
            return [ctx.finding(
                sub, "INELIGIBLE_HOUSEHOLD",
                f"灵活就业人员申报的户籍所在地为{declared}（{other[0]}），不是我省户籍。",
                rule=r, document="application.json", province=other[0], **ev)]
        return [ctx.finding(
            sub, "INELIGIBLE_HOUSEHOLD",
            f"灵活就业人员申报的户籍所在地“{declared}”无法判断是否为我省户籍，请核对户口簿。",
            rule=r, severity=Severity.warn, document="application.json", **ev)]
    if region == r.params.get("id_region", "62"):
        ctx.passed(sub, r, "INELIGIBLE_HOUSEHOLD", "未申报户籍；身份证地区码为本省", **ev)
        return []
    return [ctx.finding(
        sub, "INELIGIBLE_HOUSEHOLD",
        f"灵活就业人员未申报户籍所在地，身份证号码地区码（{region}）不是本省；户籍可能已迁入，请核对户口簿。",
        rule=r, severity=Severity.warn, document="application.json", id_region=region, **ev)]


@check("series_change")
@needs_application
def check_series_change(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    app = app_of(sub)
    title, change = app.current_title, app.series_change
    if title is None or GRADE_RANK.get(app.grade, 0) <= GRADE_RANK.get(title.grade, 0):
        return []
    inferred = series_of_title(title.name)
    previous = inferred or (change.from_series if change else None)
    if previous is None or normalize_series(previous) == normalize_series(app.series):
        return []
    ev = dict(current_title=title.name, current_grade=title.grade, current_series=previous,
              series_inferred_from_title=inferred is not None, applied_series=app.series, applied_grade=app.grade)
    if change is None:
        r = ctx.rule(sub, "series_change_undeclared")
        if r is None:
            return []
        return [ctx.finding(
            sub, "SERIES_CHANGE_INVALID",
            f"现职称{title.name}属{previous}，申报{app.series}{app.level}为跨系列晋升高一级职称，但未申报转系列。",
            rule=r, document="application.json", **ev)]
    r = ctx.rule(sub, "series_change")
    approved = parse_month(change.approved)
    if r is None or approved is None:
        return []
    year = ctx.policy.application_year
    until = month_of(ctx.policy.param("years", "cutoff", app.mode) or app.submitted_at)
    served = months_between(approved, until)
    need = int(r.params.get("months", 12))
    ev.update(series_change_approved=change.approved, from_series=change.from_series,
              months_in_new_series=served, required_months=need, application_year=year)
    if approved[0] >= year:
        return [ctx.finding(
            sub, "SERIES_CHANGE_INVALID",
            f"转系列于{change.approved}批准，转系列当年度（{year}年）不得申报高一级职称。",
            rule=r, document="application.json", **ev)]
    if served < need:
        return [ctx.finding(
            sub, "SERIES_CHANGE_INVALID",
            f"转系列于{change.approved}批准，至{until[0]}-{until[1]:02d}在新系列仅{served}个月，不满1年。",
            rule=r, document="application.json", **ev)]
    at_submission = months_between(approved, month_of(app.submitted_at))
    if at_submission < need:
        return [ctx.finding(
            sub, "SERIES_CHANGE_INVALID",
            f"转系列于{change.approved}批准，至提交时在新系列{at_submission}个月，不满1年"
            f"（算至{until[0]}-{until[1]:02d}为{served}个月），需核实聘任时间。",
            rule=r, severity=Severity.suspect, document="application.json", months_at_submission=at_submission, **ev)]
    ctx.passed(sub, r, "SERIES_CHANGE_INVALID", f"转系列{change.approved}批准，至今{served}个月 ≥ {need}", **ev)
    return []
