"""Annual appraisals (年度考核): results below 合格, and missing results.

Why: 2021 附件3 — 职称认定必须提供年度考核结果，无考核结果申请职称认定的不予通过;
a result below 合格 (基本合格/基本称职/不合格/不称职) is not a sound basis for a
higher title. Results come from the declared ``annual_appraisals`` and from
parsed ``annual_appraisal`` documents (fields ``year``/``result``; several
pairs in one document are paired in order).

Decisions:
* The required window is the last ``policy.appraisal_years`` years before the
  application year; a result for the application year itself is accepted in
  place of one of them.
* APPRAISAL_FAILED inside the window (or a document result without a readable
  year) takes the policy's severity; a failure in an older year is reported
  as ``warn`` only — the reviewer sees it, it does not reject by itself.
* One finding per (year, result); the document's one is preferred, since it
  names the file and the page.
* APPRAISAL_MISSING is softened to ``warn`` when an annual_appraisal document
  is present but no result could be read from it (a reading failure is no
  proof of absence). A document result without a year counts as one year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from core.models import Finding, Severity, Submission

from .base import CheckContext, app_of, check, needs_application

PASSING = ("优秀", "合格", "称职")
# order matters: 不合格 and 基本合格 both contain 合格
_RESULTS = ("不合格", "不称职", "基本合格", "基本称职", "优秀", "合格", "称职")
FAILING = ("不合格", "不称职", "基本合格", "基本称职")
_YEAR = re.compile(r"(19|20)\d{2}")


@dataclass
class Result:
    year: Optional[int]
    result: str
    source: str          # "declared" or the document file name
    page: Optional[int] = None


def normalize_result(raw: str) -> Optional[str]:
    s = re.sub(r"\s+", "", raw or "")
    for r in _RESULTS:
        if r in s:
            return r
    return None


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
    required = window(pol.application_year, max(0, pol.appraisal_years))
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
        in_window = year is None or year in accepted
        year_zh = f"{year}年度" if year else "年度（年份未能读出）"
        where = "申报信息中" if r.source == "declared" else f"附件{r.source}第{r.page}页所载"
        tail = "" if in_window else f"（不在要求的近{pol.appraisal_years}年内）"
        out.append(ctx.finding(
            sub, "APPRAISAL_FAILED",
            f"{where}{year_zh}考核结果为{result}，低于合格{tail}。",
            clause_key="appraisal",
            document="" if r.source == "declared" else r.source,
            page=r.page, severity=None if in_window else Severity.warn,
            year=year, result=result, source=r.source, declared_result=declared.get(year),
            required_years=required, in_required_years=in_window,
        ))

    if not required:
        return out
    present = {r.year for r in results if r.year in accepted}
    undated = sum(1 for r in results if r.year is None)
    if len(present) + min(undated, 1) >= len(required):
        return out
    missing = [y for y in required if y not in present]
    found = sorted({r.year for r in results if r.year is not None})
    severity = Severity.warn if unreadable else None
    note = "（附件中有年度考核材料但未能读出结果）" if unreadable else ""
    out.append(ctx.finding(
        sub, "APPRAISAL_MISSING",
        f"申报信息和附件中均无{'、'.join(str(y) for y in missing)}年度考核结果，"
        f"而申报须提供近{pol.appraisal_years}年的年度考核结果{note}。",
        clause_key="appraisal", severity=severity,
        required_years=required, missing_years=missing, found_years=found,
        unreadable_documents=unreadable,
    ))
    return out
