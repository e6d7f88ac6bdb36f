"""Social insurance vs declared work history (2024 一, 六(九); 2021 附件5).

The rules (policy file, by mode):
* 2024 评审 一: 企业人员 and 编外聘用人员 pay 社保半年以上 "在申报职称所在单位（或人事代理
  机构）" (rule ``social_insurance``, reject for enterprise staff; ``social_insurance_other``,
  suspect, where 编外 cannot be told from the data: public institutions, 机关, 灵活就业).
  Which payer counts follows ``insurance_via``: the applying unit (and, for earlier
  months, the unit declared for that month); ``agency``: also a 人事代理机构 (人才交流/服务
  中心 …); ``head_office`` (六(九)): any payer on the head office's statement, under rule
  ``social_insurance_head_office``; ``self`` (灵活就业): the person's own contributions.
  Without the key, a run that reaches six months only through an agency-looking payer
  is suspect (rule ``social_insurance_agency``), never a reject.
* 六(九) exemption (rule ``social_insurance_exemption``): only the groups of ``exemption``
  (or a 法人/董事/监事/股东 position at the applying unit in an older inbox), and only
  with BOTH a sealed 劳动合同 and a 银行工资流水 (core/other_kinds.py) → info; a group
  member missing one of them → suspect. An ordinary employee with a contract stays short.
* 2021 认定 asks only that the statement be uploaded (附件5): no months rule, and the
  comparisons with the work history are general rules that only inform.

Silence never accuses (contract §3): ``timeline.statement_cover`` says which months the
statements were read to cover — from the first to the last row read of each statement
(its whole stated period when the parser reports a complete read), minus months printed
in rows that were not read; months a statement states (its period, its print date) after
its last row read are not covered. Gaps, foreign payers and short runs are judged only on
covered months; declared months printed but unread, or not covered, give FIELD_UNCONFIRMED.

Counting: the consecutive paid months ending at the submission month or the month
before (statements are printed before the current month is booked); months after the
last row read that nothing covers are skipped (one month is the usual lag: info; more:
warn, and the rule is not judged), and a run that stops at an unread month is not judged.
WORK_HISTORY_UNINSURED and INSURED_UNIT_MISMATCH look only at declared months the
statements cover; the submission month is never uninsured; a paid row
without a unit name proves the month, not the payer. Two declared jobs at the same
unit that overlap are a change of post, not an overlap. Without any statement these
checks say nothing: MATERIAL_MISSING reports it.
"""
from __future__ import annotations

import os
from collections import Counter
from typing import Iterable, Optional

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from core.dates import Month, add_months, fmt, month_of
from core.models import Finding, Severity, Submission
from core.other_kinds import LABOUR_CONTRACT, SALARY_STATEMENT, is_sealed, other_kind

from .base import CheckContext, app_of, check, needs_application
from .matching import normalize_unit, same_unit, unit_fragment
from .timeline import (Contribution, Cover, Job, compress, contributions, covered_period, ocr_unit_slips,
                       declared_jobs, declared_units, month_line, overlap, paid_units, run_ending_at,
                       statement_cover)

# a declared position that places the applicant in a 六(九) group (inboxes without ``exemption``)
POSITION_GROUPS = (("法定代表人", "legal_person"), ("法人", "legal_person"), ("董事", "legal_person"),
                   ("监事", "legal_person"), ("股东", "legal_person"))
GROUPS_ZH = {"legal_person": "公司法人、董事、监事、股东", "self_employed_veteran": "自主择业到地方企业的军队人员",
             "landless_farmer_pension": "已参加失地农民养老保险的人员"}
DEFAULT_AGENCY_WORDS = ("人才交流", "人才服务", "人事代理", "人力资源服务", "人才市场", "人才中心")


def exemption(sub: Submission) -> Optional[dict]:
    """The 六(九) exemption of this applicant: its group and the two documents it needs,
    or None when the applicant is in none of the groups. ``complete`` only with BOTH a
    sealed 劳动合同 and a 银行工资流水."""
    app = app_of(sub)
    group, basis = app.exemption, "declared"
    if group is None:
        for w in app.work_history:
            if not same_unit(w.unit, app.unit):
                continue
            hit = next((g for word, g in POSITION_GROUPS if word in (w.position or "")), None)
            if hit:
                group, basis = hit, f"position:{w.position}"
                break
    if group is None:
        return None
    contracts = [d for d in sub.documents if other_kind(d) == LABOUR_CONTRACT]
    sealed = [d for d in contracts if is_sealed(d)]
    salary = [d for d in sub.documents if other_kind(d) == SALARY_STATEMENT]
    missing = ([] if sealed else ["加盖单位印章的劳动合同" if contracts else "劳动合同"]) + \
        ([] if salary else ["银行工资流水"])
    return {"group": group, "group_zh": GROUPS_ZH.get(group, group), "basis": basis,
            "labour_contract": (sealed or contracts)[0].filename if contracts else None,
            "contract_sealed": bool(sealed), "salary_statement": salary[0].filename if salary else None,
            "missing": missing, "complete": not missing}


def pays_for(paid_by: str, declared: str) -> bool:
    """Does a statement row paid by ``paid_by`` count for ``declared``? A row
    without a unit (the statement names the unit only in a header the parser
    did not read) proves the month, not the payer, so it is not held against
    the applicant; nor does a row whose unit cell was read only in part (the start or the end of the
    declared unit's name: a wrapped cell, ``unit_fragment``)."""
    return not paid_by.strip() or same_unit(paid_by, declared) or unit_fragment(paid_by, declared)


def is_agency(paid_by: str, words: Iterable[str] = DEFAULT_AGENCY_WORDS) -> bool:
    return any(w in (paid_by or "") for w in words)


def pays_for_applicant(paid_by: str, app, agency_words: Iterable[str], agency: bool) -> bool:
    """Does a row count as the applying unit's under ``insurance_via``?"""
    if app.insurance_via in ("head_office", "self"):
        return True
    if pays_for(paid_by, app.unit):
        return True
    return (agency or app.insurance_via == "agency") and is_agency(paid_by, agency_words)


def _ranges_text(months: Iterable[Month]) -> str:
    return "、".join(compress(months))


def _first_row(rows: list[Contribution], months: Iterable[Month]) -> Optional[Contribution]:
    wanted = set(months)
    for r in rows:
        if r.month in wanted:
            return r
    return rows[0] if rows else None


def _statement_rows(sub: Submission) -> list[Contribution]:
    """The statements' rows, an OCR'd unit that is a declared unit with slips named as that unit."""
    app = app_of(sub)
    return ocr_unit_slips(contributions(sub.docs("social_insurance")),
                          [app.unit] + [w.unit for w in app.work_history])


def _setup(sub: Submission):
    app = app_of(sub)
    docs = sub.docs("social_insurance")
    rows = _statement_rows(sub)
    sub_month = month_of(app.submitted_at)
    jobs = declared_jobs(app.work_history, sub_month)
    return app, rows, sub_month, jobs, statement_cover(docs)


def _where(sub: Submission, months: list[Month], rows: list[Contribution]) -> dict:
    """Document, page and box of the first of ``months`` printed on a statement; else the
    page the parser could not read; else the last row read (where the reading stopped)."""
    docs = sub.docs("social_insurance")
    for m in sorted(months):
        hit = month_line(docs, m)
        if hit:
            return dict(zip(("document", "page", "bbox"), hit))
    for d in docs:
        for u in (d.coverage.unread if d.coverage else []):
            if str(u).lstrip("p").isdigit():
                return dict(document=d.filename, page=int(str(u).lstrip("p")), bbox=None)
    if rows:
        last = max(rows, key=lambda r: r.month)
        return dict(document=last.document, page=last.page, bbox=last.bbox)
    return dict(document=docs[0].filename)


def unconfirmed_months(sub: Submission, ctx: CheckContext, months: list[Month], rows, cover: Cover,
                       severity: Severity, **ev) -> Finding:
    """FIELD_UNCONFIRMED for months that nothing read proves either way (contract §3)."""
    if all(m in cover.unread for m in months):
        why = "的缴费记录打印在证明上但未能读取"
    else:
        why = "不在已读取的缴费记录范围内（证明所列期间或打印日期晚于读取到的最后一行）"
    msg = f"社保缴费证明{_ranges_text(months)}共{len(months)}个月{why}，无法核实，请人工核对原件。"
    return ctx.finding(sub, "FIELD_UNCONFIRMED", msg, severity=severity,
                       months=[fmt(m) for m in sorted(months)], ranges=compress(months),
                       statements=cover.periods, **_where(sub, months, rows), **ev)


def _short_rule(sub: Submission, ctx: CheckContext):
    app = app_of(sub)
    if app.insurance_via == "head_office" and (r := ctx.rule(sub, "social_insurance_head_office")):
        return r
    r = ctx.rule(sub, "social_insurance")
    if r is None:
        return None
    if app.insurance_via == "self" or app.unit_type not in r.params.get("unit_types", [app.unit_type]):
        return ctx.rule(sub, "social_insurance_other") or r
    return r


def _run(app, paid, by_month, sub_month, agency_words, agency: bool,
         cover: Cover) -> tuple[list[Month], list[Month], Month]:
    """(the longest consecutive run, the trailing months after the last row read that no
    statement covers, the month the run stopped at)."""
    def ok(m: Month) -> bool:
        if any(pays_for_applicant(u, app, agency_words, agency) for u in paid.get(m, [])):
            return True
        return any(pays_for(u, j.item.unit) for u in paid.get(m, []) for j in by_month.get(m, []))

    best: Optional[tuple[list[Month], list[Month], Month]] = None
    for end in (sub_month, add_months(sub_month, -1)):
        trailing: list[Month] = []
        if end != sub_month:
            while cover.unknown(end) and not ok(end) and cover.read and end > max(cover.read):
                trailing.append(end)
                end = add_months(end, -1)
        # the run's last month must be paid by the applying unit (or its payer under insurance_via)
        if any(pays_for_applicant(u, app, agency_words, agency) for u in paid.get(end, [])):
            run = run_ending_at(end, ok)
        elif end == sub_month:
            continue
        else:
            run = []
        stop = add_months(run[0], -1) if run else end
        if best is None or len(run) > len(best[0]):
            best = (run, trailing, stop)
    return best or ([], [], sub_month)


def _stop_kind(m: Month, cover: Cover) -> str:
    if m in cover.unread or m in cover.beyond:
        return "unread"
    if m in cover.covered:
        return "gap"
    # before the first row read: the statement's start only when every statement was read in full
    return "unread" if cover.partial or not cover.read else "statement_start"


@check("social_insurance_short")
@needs_application
def check_social_insurance_short(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """SOCIAL_INSURANCE_SHORT: fewer consecutive paid months than the pair's rule asks."""
    if not sub.docs("social_insurance"):
        return []
    rule = _short_rule(sub, ctx)
    if rule is None:            # 认定 (2021 附件5): the statement must be there, no months rule
        return []
    app, rows, sub_month, jobs, cover = _setup(sub)
    need = int(rule.params.get("months") or ctx.policy.param("social_insurance", "months", app.mode) or 6)
    words = ctx.policy.param("social_insurance", "agency_words", app.mode) or DEFAULT_AGENCY_WORDS
    paid = paid_units(rows)
    by_month = declared_units(jobs)
    best, trailing, stop = _run(app, paid, by_month, sub_month, words, False, cover)
    via_agency = _run(app, paid, by_month, sub_month, words, True, cover)[0] \
        if app.insurance_via == "unit" else best
    kind = _stop_kind(stop, cover)
    if len(best) >= need and len(trailing) <= 1:  # one month not yet booked is the usual lag
        ctx.passed(sub, rule, "SOCIAL_INSURANCE_SHORT", f"申报单位连续缴纳{len(best)}个月 ≥ {need}",
                   consecutive_months=len(best), required_months=need, insurance_via=app.insurance_via,
                   consecutive_range=compress(best))
        return [unconfirmed_months(sub, ctx, trailing, rows, cover, Severity.info, rule_key=rule.key,
                                   consecutive_months=len(best))] if trailing else []
    if len(best) >= need or kind == "unread" or len(best) + len(trailing) >= need:
        blocking, m = list(trailing), stop
        while kind == "unread" and (m in cover.unread or m in cover.beyond):
            blocking.append(m)
            m = add_months(m, -1)
        if kind == "unread" and stop not in blocking and len(best) + len(trailing) < need:
            blocking.append(stop)  # a statement not read in full: the month before its first row read
        return [unconfirmed_months(sub, ctx, sorted(blocking), rows, cover, Severity.warn, rule_key=rule.key,
                                   consecutive_months=len(best), required_months=need)]
    # months paid by a unit that an OCR read puts a glyph or two from the declared one (西岔 read 西盐):
    # if counting them reaches the rule, the shortfall rests on a reading, not on the statement
    ocr_read = {r.unit for r in rows if r.source == "ocr"}
    near = {u for us in paid.values() for u in us if u in ocr_read and app.unit
            and fuzz.ratio(normalize_unit(u), normalize_unit(app.unit)) >= OCR_NEAR_UNIT}
    if near:
        lenient = {m: [app.unit if u in near else u for u in us] for m, us in paid.items()}
        run2 = _run(app, lenient, by_month, sub_month, words, False, cover)[0]
        if len(run2) >= need:
            row = _first_row(rows, run2[-1:])
            msg = (f"申报单位（{app.unit}）截至{fmt(sub_month)}按识别的单位名称连续缴纳社保{len(best)}个月；"
                   f"{'、'.join(sorted(near))}为扫描件识别所得且与申报单位相近，计入后连续{len(run2)}个月，"
                   f"可能是识别误差，请对照原件核对。")
            return [ctx.finding(sub, "SOCIAL_INSURANCE_SHORT", msg, rule=rule, severity=Severity.warn,
                                likely_ocr_error=True, read_units=sorted(near), consecutive_months=len(best),
                                consecutive_with_near_units=len(run2), required_months=need,
                                document=row.document if row else "", page=row.page if row else None,
                                bbox=row.bbox if row else None)]
    period = covered_period(rows)
    row = _first_row(rows, best[-1:] if best else [])
    agency_payers = sorted({u for m in via_agency for u in paid.get(m, []) if is_agency(u, words)})
    evidence = dict(
        unit=app.unit, unit_type=app.unit_type, insurance_via=app.insurance_via, required_months=need,
        consecutive_months=len(best), consecutive_range=compress(best), submission_month=fmt(sub_month),
        statement_period=[fmt(p) for p in period] if period else [],
        last_paid_month=fmt(max(paid)) if paid else None, run_stopped=kind,
        months_not_covered=[fmt(m) for m in sorted(trailing)], statements=cover.periods,
        units_paid_recently={fmt(m): paid.get(m, []) for m in (add_months(sub_month, -1), sub_month)},
    )
    doc = dict(document=row.document if row else sub.docs("social_insurance")[0].filename,
               page=row.page if row else None, bbox=row.bbox if row else None)
    ex = exemption(sub)
    ex_rule = ctx.rule(sub, "social_insurance_exemption")
    if ex and ex_rule is not None:
        if ex["complete"]:
            msg = (f"申报单位（{app.unit}）截至{fmt(sub_month)}连续缴纳社保{len(best)}个月，少于{need}个月，"
                   f"申报人属{ex['group_zh']}，已上传加盖单位印章的劳动合同和银行工资流水确认劳动关系。")
            return [ctx.finding(sub, "SOCIAL_INSURANCE_SHORT", msg, rule=ex_rule, exemption=ex, **doc, **evidence)]
        msg = (f"申报单位（{app.unit}）截至{fmt(sub_month)}连续缴纳社保仅{len(best)}个月，少于{need}个月；"
               f"申报人属{ex['group_zh']}，可凭加盖单位印章的劳动合同和银行工资流水确认劳动关系，"
               f"但未见{'、'.join(ex['missing'])}。")
        return [ctx.finding(sub, "SOCIAL_INSURANCE_SHORT", msg, rule=ex_rule, severity=Severity.suspect,
                            exemption=ex, **doc, **evidence)]
    if len(via_agency) >= need or (agency_payers and app.insurance_via == "unit"):
        r = ctx.rule(sub, "social_insurance_agency") or rule
        msg = (f"申报单位（{app.unit}）截至{fmt(sub_month)}连续缴纳社保{len(best)}个月，"
               f"另有{'、'.join(agency_payers)}缴纳的月份（计入后连续{len(via_agency)}个月），"
               f"未申报由人事代理机构缴纳（insurance_via），需核实。")
        return [ctx.finding(sub, "SOCIAL_INSURANCE_SHORT", msg, rule=r, severity=Severity.suspect,
                            agency_payers=agency_payers, consecutive_with_agency=len(via_agency),
                            **doc, **evidence)]
    payer = {"agency": "申报单位或其人事代理机构", "head_office": "企业总部", "self": "本人（灵活就业）"}.get(
        app.insurance_via, "申报单位")
    msg = f"{payer}（{app.unit}）截至{fmt(sub_month)}连续缴纳社保仅{len(best)}个月，少于规定的{need}个月。"
    return [ctx.finding(sub, "SOCIAL_INSURANCE_SHORT", msg, rule=rule, **doc, **evidence)]


# an OCR'd payer this alike to the declared unit (rapidfuzz ratio of the printed names) may be that
# unit misread: INSURED_UNIT_MISMATCH at warn (reconciled outright from OCR_UNIT_RATIO, timeline.py)
OCR_NEAR_UNIT = 70.0
OCR_NEAR_UNIT_TAIL = 60.0


@check("work_history_insurance")
@needs_application
def check_work_history_insurance(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """WORK_HISTORY_UNINSURED and INSURED_UNIT_MISMATCH, one finding per job, on months the
    statements were read to cover; declared months printed on a statement but not read give
    one FIELD_UNCONFIRMED."""
    if not sub.docs("social_insurance"):
        return []
    app, rows, sub_month, jobs, cover = _setup(sub)
    period = covered_period(rows)
    if period is None:
        return []
    first, last = period
    paid = paid_units(rows)
    ocr_units = {r.unit for r in rows if r.source == "ocr"}
    by_month = declared_units(jobs)
    words = ctx.policy.param("social_insurance", "agency_words", app.mode) or DEFAULT_AGENCY_WORDS
    out: list[Finding] = []
    unread: set[Month] = set()
    for job in jobs:
        unit = job.item.unit
        uninsured = [m for m in job.months if m in cover.covered and not paid.get(m) and m != sub_month]
        unread |= {m for m in job.months if m in cover.unread and not paid.get(m) and m != sub_month}
        mine = same_unit(unit, app.unit)
        foreign = [m for m in job.months if paid.get(m) and not any(
            pays_for(u, j.item.unit) or (mine and pays_for_applicant(u, app, words, True))
            for u in paid[m] for j in by_month.get(m, [job]))]
        common = dict(declared_unit=unit, job_start=job.item.start, job_end=job.item.end,
                      statement_period=[fmt(first), fmt(last)])
        if uninsured:
            row = _first_row(rows, uninsured)
            doc = dict(document=row.document if row else "", page=row.page if row else None)
            ranges = _ranges_text(uninsured)
            ev = dict(months=[fmt(m) for m in uninsured], ranges=compress(uninsured), **common)
            ex = exemption(sub) if same_unit(unit, app.unit) else None
            ex_rule = ctx.rule(sub, "social_insurance_exemption")
            if ex and ex["complete"] and ex_rule is not None:
                msg = (f"{ranges}共{len(uninsured)}个月的工作经历（{unit}）没有社保缴费记录，"
                       f"申报人属{ex['group_zh']}，已上传劳动合同和银行工资流水，需核对。")
                out.append(ctx.finding(sub, "WORK_HISTORY_UNINSURED", msg, rule=ex_rule,
                                       exemption=ex, **doc, **ev))
            else:
                msg = f"{ranges}共{len(uninsured)}个月的工作经历（{unit}）没有社保缴费记录。"
                out.append(ctx.finding(sub, "WORK_HISTORY_UNINSURED", msg,
                                       clause_key="work_history_uninsured", **doc, **ev))
        if foreign:
            payers = sorted({u for m in foreign for u in paid[m]})
            row = _first_row(rows, foreign)
            msg = (f"{_ranges_text(foreign)}共{len(foreign)}个月的工作经历（{unit}）"
                   f"社保由其他单位（{'、'.join(payers)}）缴纳。")
            # every "other" payer an OCR read that still resembles the declared unit: the photo may
            # have garbled one name (泰川四区营理 for 秦川园区管理), a person compares at warn
            slip = all(p in ocr_units and fuzz.ratio(p, unit) >= OCR_NEAR_UNIT for p in payers)
            if slip:
                msg += "其他单位名称为扫描件识别所得且与申报单位相近，可能是识别误差，请对照原件核对。"
            elif all(r.source == "ocr" for r in rows if r.month in foreign) and len(foreign) >= 2 and not any(
                    add_months(m, 1) in foreign for m in foreign):
                # OCR'd months of another payer, none next to another, between months of the declared
                # unit (a photo of a two-months-a-row grid read with its halves under other headings):
                # an employer changes for a run of months, not every other one — a person compares
                slip = True
                msg += "其他单位的月份为扫描件识别所得且与申报单位的月份相间，月份与单位的对应可能有误，请对照原件核对。"
            elif {r.document for r in rows if r.month in foreign} <= cover.incomplete:
                # read from a statement the parser could not read in full (a layout it misread): which
                # month a payer stands beside is not unambiguous there
                slip = True
                msg += "该缴费明细未能完整识别，月份与缴费单位的对应可能有误，请对照原件核对。"
            out.append(ctx.finding(
                sub, "INSURED_UNIT_MISMATCH", msg, clause_key="insured_unit_mismatch",
                severity=Severity.warn if slip else None, likely_ocr_error=slip,
                document=row.document if row else "", page=row.page if row else None,
                bbox=row.bbox if row else None, paying_units=payers,
                months={fmt(m): paid[m] for m in foreign}, ranges=compress(foreign), **common))
    if unread:
        out.append(unconfirmed_months(sub, ctx, sorted(unread), rows, cover, Severity.warn,
                                      rule_key="work_history_uninsured"))
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
                sub, "WORK_HISTORY_OVERLAP", msg, clause_key="work_history_overlap", document="application.json",
                kind="declared_jobs", jobs=[a.item.model_dump(), b.item.model_dump()],
                months=[fmt(m) for m in shared], ranges=compress(shared)))
    rows = _statement_rows(sub)
    ocr_read = {r.unit for r in rows if r.source == "ocr"}
    counts = Counter(r.unit for r in rows if r.source == "ocr" and r.unit.strip())
    main_ocr = counts.most_common(1)[0][0] if counts else ""
    groups: dict[tuple[str, ...], list[Month]] = {}
    for m, units in paid_units(rows).items():
        units = [u for u in units if u.strip()]
        # two OCR reads of one name a glyph or two apart ("…民族团站…" and "…民族团结…") are one payer
        if len(units) == 2 and set(units) <= ocr_read and Levenshtein.distance(*units) <= 2:
            continue
        if len(units) >= 2:
            groups.setdefault(tuple(sorted(units)), []).append(m)
    for units, months in sorted(groups.items()):
        row = _first_row(rows, months)
        msg = (f"{_ranges_text(months)}共{len(months)}个月同时由{'、'.join(units)}"
               f"{len(units)}个单位缴纳社保。")
        # every payer an OCR read resembling another one (a photo of small type garbles one name
        # several ways: 兰州前区综会保税区… and 兰州新区综合保税院…): not unambiguous, a person compares
        # (with the payer the photo reads most often: two garbles of it may be further from each other
        # than from it — 甘省中网环律… and 益申城际保… of 甘肃中川环保工程技术有限公司)
        slip = set(units) <= ocr_read and (_one_cluster(list(units)) or
                                           bool(main_ocr) and _one_cluster(list(dict.fromkeys([*units, main_ocr]))))
        if slip:
            msg += "各单位名称均为扫描件识别所得且彼此相近，可能是同一单位的识别误差，请对照原件核对。"
        out.append(ctx.finding(
            sub, "WORK_HISTORY_OVERLAP", msg, clause_key="work_history_overlap",
            severity=Severity.warn if slip else None, likely_ocr_error=slip,
            document=row.document if row else "", page=row.page if row else None,
            kind="double_contribution", paying_units=list(units),
            months=[fmt(m) for m in sorted(months)], ranges=compress(months)))
    return out


def _one_cluster(names: list[str]) -> bool:
    """Are the names one group when each joins those it resembles (fuzz.ratio ≥ OCR_NEAR_UNIT)? Names
    that end alike for six characters or more ("…工程技术有限公司": a photo of small type garbles the
    distinctive head — 甘肃中川环保 read 益申城际保 — and keeps the tail) join at OCR_NEAR_UNIT_TAIL."""
    tail = len(os.path.commonprefix([n[::-1] for n in names]))
    cutoff = OCR_NEAR_UNIT_TAIL if tail >= 6 else OCR_NEAR_UNIT
    group, rest = [names[0]], names[1:]
    while rest:
        near = [n for n in rest if any(fuzz.ratio(n, g) >= cutoff for g in group)]
        if not near:
            return False
        group += near
        rest = [n for n in rest if n not in near]
    return True
