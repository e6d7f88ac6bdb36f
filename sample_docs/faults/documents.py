"""Planters that make a document disagree with the declared data (names, IDs, education, insurance, blacklist)."""
from __future__ import annotations

import random
from datetime import date, timedelta

from core import idcard
from core.dates import add_months, fmt, months_between, parse_month

from .. import people as P
from .registry import _docs, _replace_in_summary, fault


# --------------------------------------------------------------------------
# 2. documents against declared data
# --------------------------------------------------------------------------

@fault("NAME_MISMATCH")
def _name(spec, ctx):
    doc = ctx.rng.choice(_docs(spec, "continuing_education", "annual_appraisal", "employment_proof"))
    doc.fields["name"] = P.lookalike_name(spec.app["name"])


def other_id(id_number: str) -> str:
    """A valid ID of someone else born the same day (sequence changed, same gender)."""
    seq = int(id_number[14:17])
    return idcard.make(id_number[:6], idcard.birth_date(id_number), (seq + 2 * (1 + seq % 7)) % 1000)


@fault("ID_NUMBER_MISMATCH")
def _id_mismatch(spec, ctx):
    # only documents that print the ID number (a 继续教育证书 does not)
    doc = ctx.rng.choice(_docs(spec, "employment_proof", "social_insurance", "id_card"))
    doc.fields["id_number"] = other_id(spec.app["id_number"])


@fault("EDUCATION_MISMATCH")
def _education(spec, ctx):
    doc = _docs(spec, "diploma")[0]
    edu = spec.app["education"][-1]
    if ctx.rng.random() < 0.6:
        others = sorted(s for s, (_, lv) in P.SCHOOLS.items() if edu["level"] in lv and s != edu["school"])
        doc.fields["school"] = ctx.rng.choice(others)
    else:
        doc.fields["major"] = P.SIBLING_MAJOR.get(edu["major"], "工程管理")


@fault("DIPLOMA_NUMBER_INCONSISTENT")
def _diploma_no(spec, ctx):
    edu = spec.app["education"][-1]
    no = edu["certificate_no"]
    if ctx.rng.random() < 0.6:
        year = int(no[6:10]) + ctx.rng.choice((-1, 1, -2))
        edu["certificate_no"] = f"{no[:6]}{year}{no[10:]}"
    else:
        level = {"05": "06", "06": "05", "02": "05", "01": "02"}[no[10:12]]
        edu["certificate_no"] = f"{no[:10]}{level}{no[12:]}"
    ctx.rebuild()  # diploma and 备案表 print the same number as declared


@fault("XUEXIN_RECORD_MISSING")
def _xuexin_missing(spec, ctx):
    spec.docs = [d for d in spec.docs if d.doc_type != "xuexin_record"]


@fault("XUEXIN_CODE_INVALID")
def _xuexin_code(spec, ctx):
    edu = spec.app["education"][-1]
    code = edu["xuexin_code"]
    edu["xuexin_code"] = ctx.rng.choice((code[:9], code + "7", None, code[:4].lower() + "-" + code[5:]))


@fault("XUEXIN_RECORD_EXPIRED")
def _xuexin_expired(spec, ctx):
    sub = date.fromisoformat(spec.app["submitted_at"])
    spec.facts["xuexin_updated"] = sub - timedelta(days=ctx.rng.randint(200, 330))
    ctx.rebuild()


def _restart_current_job(spec, start, gap: int) -> None:
    """Current job begins at ``start``; the previous one ends ``gap`` months before it."""
    jobs = spec.app["work_history"]
    current = dict(jobs[-1], start=fmt(start), end=None)
    prev_end = add_months(start, -1 - gap)
    kept = [dict(j) for j in jobs[:-1] if months_between(parse_month(j["start"]), prev_end) >= 5]
    if kept:
        kept[-1]["end"] = fmt(prev_end)
    else:
        first = spec.facts["work_start"]
        kept = [{"unit": P.PREVIOUS_UNITS[spec.facts["series"]][0], "start": fmt(first), "end": fmt(prev_end),
                 "position": current["position"], "professional": True}]
    spec.app["work_history"] = kept + [current]


@fault("SOCIAL_INSURANCE_SHORT", grade="中级", margin=(30, 44), policy="2024")   # 2021 认定 has no months rule
def _si_short(spec, ctx):
    """Joined the applying unit 4 months ago after a gap: only 4 consecutive months there."""
    _restart_current_job(spec, add_months(spec.facts["sub_m"], -3), ctx.rng.randint(2, 4))
    ctx.rebuild()


def _old_window(spec, rng, size: int):
    """``size`` consecutive months of declared work ending at least 9 months before submission."""
    last = add_months(spec.facts["sub_m"], -9 - size)
    first = spec.facts["work_start"]
    start = add_months(first, rng.randint(0, max(0, months_between(first, last))))
    return {fmt(add_months(start, i)) for i in range(size)}


@fault("WORK_HISTORY_UNINSURED", margin=(20, 40))
def _uninsured(spec, ctx):
    gap = _old_window(spec, ctx.rng, 3)
    doc = _docs(spec, "social_insurance")[0]
    doc.fields["rows"] = [r for r in doc.fields["rows"] if r["month"] not in gap]


@fault("INSURED_UNIT_MISMATCH", margin=(20, 40))
def _insured_unit(spec, ctx):
    months = _old_window(spec, ctx.rng, ctx.rng.randint(3, 6))
    other = ctx.rng.choice(P.FOREIGN_UNITS)
    doc = _docs(spec, "social_insurance")[0]
    doc.fields["rows"] = [dict(r, unit=other) if r["month"] in months else r for r in doc.fields["rows"]]


@fault("WORK_HISTORY_OVERLAP", grade="中级", margin=(24, 40))
def _overlap(spec, ctx):
    jobs = spec.app["work_history"]
    if len(jobs) < 2:
        _restart_current_job(spec, add_months(spec.facts["sub_m"], -ctx.rng.randint(14, 20)), 0)
        jobs = spec.app["work_history"]
    k = ctx.rng.randint(2, 4)
    jobs[-2]["end"] = fmt(add_months(parse_month(jobs[-1]["start"]), k - 1))
    ctx.rebuild()  # both units pay for the overlapping months


@fault("MATERIAL_MISSING")
def _material(spec, ctx):
    spec.no_bundle = True
    ctx.rebuild()
    gone = "employment_proof" if spec.app["mode"] == "认定" and ctx.rng.random() < 0.5 else "diploma"
    spec.docs = [d for d in spec.docs if d.doc_type != gone]


@fault("CONTINUING_EDUCATION_MISSING", policy="2024")
def _ce_missing(spec, ctx):
    if ctx.rng.random() < 0.5:
        spec.app["continuing_education_hours"] = None
    spec.docs = [d for d in spec.docs if d.doc_type != "continuing_education"]


_REASONS = ("提供虚假学历证明材料", "伪造社保缴费证明", "职称申报材料弄虚作假", "剽窃他人学术成果")


@fault("BLACKLISTED")
def _blacklisted(spec, ctx):
    rng, reason = ctx.rng, f"{ctx.rng.randint(2019, 2023)}年{ctx.rng.choice(_REASONS)}"
    if rng.random() < 0.7:
        spec.blacklist.append(("id_number", spec.app["id_number"], spec.app["name"], reason))
        return
    unit = f"兰州新区{rng.choice('宏晟鼎泰恒瑞金盛华')}{rng.choice('源通达远兴丰')}{rng.choice(('建设工程', '机电安装', '环保科技'))}有限公司"
    old = spec.app["work_history"][-1]["unit"]
    spec.app["work_history"][-1]["unit"] = unit
    spec.app.update(unit=unit, unit_type="private_enterprise")
    _replace_in_summary(spec, old, unit)
    ctx.rebuild()
    spec.blacklist.append(("unit", unit, P.make_name(rng, "男", set()), reason))


def decoy_blacklist(rng: random.Random, used_units: set) -> list[tuple]:
    """Unrelated rows, so that a blacklist hit has to be a real match."""
    rows = []
    for _ in range(3):
        born = date(rng.randint(1970, 1995), rng.randint(1, 12), rng.randint(1, 28))
        rows.append(("id_number", idcard.make(rng.choice(("610102", "640104", "630102")), born, rng.randrange(1000)),
                     P.make_name(rng, rng.choice(("男", "女")), set()), f"{rng.randint(2019, 2023)}年{rng.choice(_REASONS)}"))
    for unit in P.DECOY_BLACKLIST_UNITS[:2]:
        if unit not in used_units:
            rows.append(("unit", unit, P.make_name(rng, "男", set()), "出具虚假工作证明"))
    rows.append(("credit_code", P.credit_code(rng), P.DECOY_BLACKLIST_UNITS[-1], "出具虚假工作证明"))
    return rows
