"""Social insurance vs declared work history (2024 六(九); 2021 附件5).

The rule of the notice: an applicant proves six months or more of social
insurance at the applying unit, a change of unit inside those months needs
continuous contributions, and "工作经历与社会保险缴费记录不符" cancels the
application. The checks compare two month timelines (``checks/timeline.py``):
what the applicant declared and what the 缴费明细 rows prove.

Decisions (documented here because the notice leaves them open):

* SOCIAL_INSURANCE_SHORT counts the consecutive paid months ending at the
  submission month, or at the month before (statements are printed before
  the current month is booked). The run's last month must be paid by the
  applying unit; each earlier month may be paid by the applying unit or by
  the unit declared for that month.
* WORK_HISTORY_UNINSURED and INSURED_UNIT_MISMATCH look only at declared
  months inside the period the statements list (first to last row): the
  notice asks for a six-month statement, so a month the statement does not
  cover is unknown, not uninsured. The submission month itself is never
  counted as uninsured (it cannot be booked yet). A paid row without a unit
  name proves the month but not the payer and is never held against the
  applicant.
* Two declared jobs at the same unit that overlap (a change of post) are not
  an overlap; two different units are, even for one month.
* Exemptions of 六(九) (法人, 董事, 监事, 股东, 自主择业军队人员, 失地农民养老保险)
  and a uploaded labour contract / bank salary statement turn SHORT and
  UNINSURED for that unit into an ``info`` finding carrying ``exemption``.
* Without any social_insurance document these checks say nothing:
  MATERIAL_MISSING reports the absent statement.
"""
from __future__ import annotations

from typing import Iterable, Optional

from core.dates import Month, add_months, fmt, month_of
from core.models import Finding, Severity, Submission

from .base import CheckContext, app_of, check, needs_application
from .matching import same_unit, unit_mentioned
from .timeline import (Contribution, Job, compress, contributions, covered_period,
                       declared_jobs, declared_units, overlap, paid_units, run_ending_at)

CLAUSE = "social_insurance"

# words in a declared position (or unit) that make an exemption of 六(九)
EXEMPT_WORDS = (
    ("法定代表人", "法人"), ("法人", "法人"), ("董事", "董事"), ("监事", "监事"),
    ("股东", "股东"), ("自主择业", "自主择业军队人员"), ("军转", "自主择业军队人员"),
    ("失地农民", "失地农民养老保险"),
)
# text of an "other" document that proves the labour relation instead
LABOUR_PROOF_WORDS = ("劳动合同", "工资流水", "银行流水", "工资发放")


def exemption(sub: Submission, unit: str) -> Optional[dict]:
    """Why the unit's contributions need not be proven, or None.

    Declared positions at that unit are searched for the exempt roles;
    then "other" documents mentioning a labour contract or salary statement:
    such a document counts for the unit it names, or for the applying unit
    when it names no declared unit.
    """
    app = app_of(sub)
    for w in app.work_history:
        if not same_unit(w.unit, unit):
            continue
        for word, kind in EXEMPT_WORDS:
            if word in (w.position or ""):
                return {"kind": kind, "basis": "declared_position", "position": w.position}
    declared = [w.unit for w in app.work_history] + [app.unit]
    for doc in sub.docs("other"):
        text = doc.text + "\n" + "\n".join(f.value for f in doc.fields)
        if not any(w in text for w in LABOUR_PROOF_WORDS):
            continue
        names_unit = unit_mentioned(unit, text)
        names_none = not any(unit_mentioned(u, text) for u in declared)
        if names_unit or (names_none and same_unit(unit, app.unit)):
            kind = "劳动合同" if "劳动合同" in text else "工资流水"
            return {"kind": kind, "basis": "document", "document": doc.filename}
    return None


def pays_for(paid_by: str, declared: str) -> bool:
    """Does a statement row paid by ``paid_by`` count for ``declared``? A row
    without a unit (the statement names the unit only in a header the parser
    did not read) proves the month, not the payer, so it is not held against
    the applicant."""
    return not paid_by.strip() or same_unit(paid_by, declared)


def _ranges_text(months: Iterable[Month]) -> str:
    return "、".join(compress(months))


def _first_row(rows: list[Contribution], months: Iterable[Month]) -> Optional[Contribution]:
    wanted = set(months)
    for r in rows:
        if r.month in wanted:
            return r
    return rows[0] if rows else None


def _setup(sub: Submission):
    app = app_of(sub)
    rows = contributions(sub.docs("social_insurance"))
    sub_month = month_of(app.submitted_at)
    jobs = declared_jobs(app.work_history, sub_month)
    return app, rows, sub_month, jobs


@check("social_insurance_short")
@needs_application
def check_social_insurance_short(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """SOCIAL_INSURANCE_SHORT: fewer than policy.social_insurance_months
    consecutive paid months at the applying unit up to the submission."""
    if not sub.docs("social_insurance"):
        return []
    app, rows, sub_month, jobs = _setup(sub)
    need = ctx.policy.social_insurance_months
    paid = paid_units(rows)
    by_month = declared_units(jobs)

    def ok(m: Month) -> bool:
        declared = [app.unit] + [j.item.unit for j in by_month.get(m, [])]
        return any(pays_for(u, d) for u in paid.get(m, []) for d in declared)

    best: list[Month] = []
    for end in (sub_month, add_months(sub_month, -1)):
        if not any(pays_for(u, app.unit) for u in paid.get(end, [])):
            continue
        run = run_ending_at(end, ok)
        if len(run) > len(best):
            best = run
    if len(best) >= need:
        return []
    period = covered_period(rows)
    row = _first_row(rows, best[-1:] if best else [])
    evidence = dict(
        unit=app.unit, required_months=need, consecutive_months=len(best),
        consecutive_range=compress(best), submission_month=fmt(sub_month),
        statement_period=[fmt(p) for p in period] if period else [],
        last_paid_month=fmt(max(paid)) if paid else None,
        units_paid_recently={fmt(m): paid.get(m, []) for m in (add_months(sub_month, -1), sub_month)},
    )
    doc = dict(document=row.document if row else sub.docs("social_insurance")[0].filename,
               page=row.page if row else None, bbox=row.bbox if row else None)
    ex = exemption(sub, app.unit)
    if ex:
        msg = (f"申报单位（{app.unit}）截至{fmt(sub_month)}连续缴纳社保{len(best)}个月，少于{need}个月，"
               f"但申报人属{ex['kind']}情形，可凭劳动合同和工资流水确认劳动关系。")
        return [ctx.finding(sub, "SOCIAL_INSURANCE_SHORT", msg, clause_key=CLAUSE,
                            severity=Severity.info, exemption=ex, **doc, **evidence)]
    msg = (f"申报单位（{app.unit}）截至{fmt(sub_month)}连续缴纳社保仅{len(best)}个月，"
           f"少于规定的{need}个月。")
    return [ctx.finding(sub, "SOCIAL_INSURANCE_SHORT", msg, clause_key=CLAUSE, **doc, **evidence)]


@check("work_history_insurance")
@needs_application
def check_work_history_insurance(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """WORK_HISTORY_UNINSURED and INSURED_UNIT_MISMATCH, one finding per job."""
    if not sub.docs("social_insurance"):
        return []
    app, rows, sub_month, jobs = _setup(sub)
    period = covered_period(rows)
    if period is None:
        return []
    first, last = period
    paid = paid_units(rows)
    by_month = declared_units(jobs)
    out: list[Finding] = []
    for job in jobs:
        unit = job.item.unit
        inside = [m for m in job.months if first <= m <= last]
        uninsured = [m for m in inside if not paid.get(m) and m != sub_month]
        foreign = [m for m in inside if paid.get(m) and not any(
            pays_for(u, j.item.unit) for u in paid[m] for j in by_month.get(m, [job]))]
        common = dict(declared_unit=unit, job_start=job.item.start, job_end=job.item.end,
                      statement_period=[fmt(first), fmt(last)])
        if uninsured:
            row = _first_row(rows, uninsured)
            doc = dict(document=row.document if row else "", page=row.page if row else None)
            ranges = _ranges_text(uninsured)
            ev = dict(months=[fmt(m) for m in uninsured], ranges=compress(uninsured), **common)
            ex = exemption(sub, unit)
            if ex:
                msg = (f"{ranges}共{len(uninsured)}个月的工作经历（{unit}）没有社保缴费记录，"
                       f"但申报人属{ex['kind']}情形，需核对劳动合同和工资流水。")
                out.append(ctx.finding(sub, "WORK_HISTORY_UNINSURED", msg, clause_key=CLAUSE,
                                       severity=Severity.info, exemption=ex, **doc, **ev))
            else:
                msg = f"{ranges}共{len(uninsured)}个月的工作经历（{unit}）没有社保缴费记录。"
                out.append(ctx.finding(sub, "WORK_HISTORY_UNINSURED", msg, clause_key=CLAUSE,
                                       **doc, **ev))
        if foreign:
            payers = sorted({u for m in foreign for u in paid[m]})
            row = _first_row(rows, foreign)
            msg = (f"{_ranges_text(foreign)}共{len(foreign)}个月的工作经历（{unit}）"
                   f"社保由其他单位（{'、'.join(payers)}）缴纳。")
            out.append(ctx.finding(
                sub, "INSURED_UNIT_MISMATCH", msg, clause_key=CLAUSE,
                document=row.document if row else "", page=row.page if row else None,
                bbox=row.bbox if row else None, paying_units=payers,
                months={fmt(m): paid[m] for m in foreign}, ranges=compress(foreign), **common))
    return out


def _job_label(job: Job) -> str:
    return f"{job.item.unit}（{job.item.start}至{job.item.end or '今'}）"


@check("work_history_overlap")
@needs_application
def check_work_history_overlap(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """WORK_HISTORY_OVERLAP: declared jobs at different units sharing a
    month, and months paid by two different units."""
    app = app_of(sub)
    jobs = declared_jobs(app.work_history, month_of(app.submitted_at))
    out: list[Finding] = []
    for i, a in enumerate(jobs):
        for b in jobs[i + 1:]:
            if same_unit(a.item.unit, b.item.unit):
                continue
            shared = overlap(a, b)
            if not shared:
                continue
            msg = (f"工作经历“{_job_label(a)}”与“{_job_label(b)}”在{_ranges_text(shared)}"
                   f"重叠{len(shared)}个月。")
            out.append(ctx.finding(
                sub, "WORK_HISTORY_OVERLAP", msg, clause_key=CLAUSE, document="application.json",
                kind="declared_jobs", jobs=[a.item.model_dump(), b.item.model_dump()],
                months=[fmt(m) for m in shared], ranges=compress(shared)))
    rows = contributions(sub.docs("social_insurance"))
    groups: dict[tuple[str, ...], list[Month]] = {}
    for m, units in paid_units(rows).items():
        units = [u for u in units if u.strip()]
        if len(units) >= 2:
            groups.setdefault(tuple(sorted(units)), []).append(m)
    for units, months in sorted(groups.items()):
        row = _first_row(rows, months)
        msg = (f"{_ranges_text(months)}共{len(months)}个月同时由{'、'.join(units)}"
               f"{len(units)}个单位缴纳社保。")
        out.append(ctx.finding(
            sub, "WORK_HISTORY_OVERLAP", msg, clause_key=CLAUSE,
            document=row.document if row else "", page=row.page if row else None,
            kind="double_contribution", paying_units=list(units),
            months=[fmt(m) for m in sorted(months)], ranges=compress(months)))
    return out
