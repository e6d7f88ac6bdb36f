"""Annual appraisals (年度考核): results below 合格, and missing results.

Rules (looked up by policy and mode):
* ``appraisal_missing`` — 2021 附件3 "无考核结果申请职称认定的不予通过": a 认定
  applicant with no appraisal result at all, declared or on a document, is rejected.
  A result missing for one year while others are present is not "无考核结果": warn.
* ``appraisal_missing_year`` (general, warn) — no result for the year(s) before the
  application year; the only missing-result rule of the 2024 评审 notice's pair.
* ``appraisal_basic`` / ``appraisal_failed`` (general, suspect) — 基本合格 (基本称职) and
  不合格 (不称职). Neither notice says that such a result rules an application out, so
  neither rejects: the series' standard asks for 合格 and a person must weigh it.

Results come from the declared ``annual_appraisals`` and from parsed
``annual_appraisal`` documents (fields ``year``/``result``; several pairs in one
document are paired in order). A result for the application year itself is accepted
in place of the required one; a failure in an older year is only a warn. One finding
per (year, result), the document's preferred (it names the file and the page). An
appraisal document whose result could not be read softens a missing result to warn
(a reading failure is no proof of absence).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from core.models import Finding, Severity, Submission
from core.normalize import normalize_result

from .base import CheckContext, app_of, check, needs_application

PASSING = ("优秀", "合格", "称职")
FAILING = ("不合格", "不称职", "基本合格", "基本称职")
_YEAR = re.compile(r"(19|20)\d{2}")


@dataclass
class Result:
    year: Optional[int]
    result: str
    source: str          # "declared" or the document file name
    page: Optional[int] = None


def _year(raw: str) -> Optional[int]:
    m = _YEAR.search(raw or "")
    return int(m.group(0)) if m else None


def collect(sub: Submission) -> tuple[list[Result], int]:
    """All appraisal results, and the number of appraisal documents with none readable."""
    app = app_of(sub)
    out = [Result(a.year, a.result, "declared") for a in app.annual_appraisals]
    unreadable = 0
    for doc in sub.docs("annual_appraisal"):
        years = doc.all("year")
        results = [(f, normalize_result(f.value)) for f in doc.all("result")]
        results = [(f, r) for f, r in results if r]
        if not results:
            unreadable += 1
        for i, (f, r) in enumerate(results):
            y = _year(years[i].value) if i < len(years) else None
            out.append(Result(y, r, doc.filename, f.page))
    return out, unreadable


def window(application_year: int, n: int) -> list[int]:
    return [application_year - k for k in range(n, 0, -1)]


@check("appraisal")
@needs_application
def check_appraisal(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    pol = ctx.policy
    results, unreadable = collect(sub)
    year_rule = ctx.rule(sub, "appraisal_missing_year")
    n_years = int(year_rule.params.get("years", 1)) if year_rule else 1
    required = window(pol.application_year, max(0, n_years))
    accepted = set(required) | {pol.application_year}
    declared = {r.year: r.result for r in results if r.source == "declared"}
    out: list[Finding] = []

    failed: dict[tuple, Result] = {}
    for r in results:
        if r.result in FAILING:
            key = (r.year, r.result)
            if key not in failed or failed[key].source == "declared":
                failed[key] = r
    for (year, result), r in failed.items():
        rule = ctx.rule(sub, "appraisal_basic" if result.startswith("基本") else "appraisal_failed")
        if rule is None:
            continue
        in_window = year is None or year in accepted
        year_zh = f"{year}年度" if year else "年度（年份未能读出）"
        where = "申报信息中" if r.source == "declared" else f"附件{r.source}第{r.page}页所载"
        tail = "" if in_window else f"（不在要求的近{n_years}年内）"
        out.append(ctx.finding(
            sub, "APPRAISAL_FAILED",
            f"{where}{year_zh}考核结果为{result}，低于合格{tail}。",
            rule=rule, document="" if r.source == "declared" else r.source,
            page=r.page, severity=None if in_window else Severity.warn,
            year=year, result=result, source=r.source, declared_result=declared.get(year),
            required_years=required, in_required_years=in_window,
        ))

    found = sorted({r.year for r in results if r.year is not None})
    undated = sum(1 for r in results if r.year is None)
    missing_rule = ctx.rule(sub, "appraisal_missing")
    if not results and missing_rule is not None:
        severity = Severity.warn if unreadable else None
        note = "（附件中有年度考核材料但未能读出结果）" if unreadable else ""
        out.append(ctx.finding(
            sub, "APPRAISAL_MISSING",
            f"申报信息和附件中均无任何年度考核结果{note}，无考核结果申请职称认定的不予通过。",
            rule=missing_rule, severity=severity, required_years=required, missing_years=required,
            found_years=[], unreadable_documents=unreadable,
        ))
        return out
    if not required or year_rule is None:
        return out
    present = {r.year for r in results if r.year in accepted}
    if len(present) + min(undated, 1) >= len(required):
        return out
    missing = [y for y in required if y not in present]
    note = "（附件中有年度考核材料但未能读出结果）" if unreadable else ""
    out.append(ctx.finding(
        sub, "APPRAISAL_MISSING",
        f"申报信息和附件中均无{'、'.join(str(y) for y in missing)}年度考核结果，"
        f"而申报须提供近{n_years}年的年度考核结果{note}。",
        rule=year_rule, severity=Severity.warn,
        required_years=required, missing_years=missing, found_years=found,
        unreadable_documents=unreadable,
    ))
    return out
