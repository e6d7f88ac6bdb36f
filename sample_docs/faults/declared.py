"""Planters that bend the declared data (application.json) or an attachment's readability."""
from __future__ import annotations

import json
import random
from datetime import date, timedelta

from core import idcard

from .. import people as P
from ..spec import Doc
from .forgeries import corrupt_pdf
from .registry import _docs, _replace_in_summary, fault


# --------------------------------------------------------------------------
# 1. declared data
# --------------------------------------------------------------------------

@fault("ID_NUMBER_INVALID")
def _id_invalid(spec, ctx):
    n = spec.app["id_number"]
    wrong = [c for c in "0123456789X" if c != n[17]]
    spec.app["id_number"] = n[:17] + ctx.rng.choice(wrong)
    ctx.rebuild()  # attachments print the same (invalid) number: no ID_NUMBER_MISMATCH


@fault("ID_BIRTH_MISMATCH")
def _id_birth(spec, ctx):
    born = date.fromisoformat(spec.app["birth_date"])
    other = born + timedelta(days=ctx.rng.choice((-1, 1)) * ctx.rng.randint(40, 700))
    n = spec.app["id_number"]
    spec.app["id_number"] = idcard.make(n[:6], other, int(n[14:17]))
    ctx.rebuild()


@fault("ID_GENDER_MISMATCH")
def _id_gender(spec, ctx):
    old = spec.app["gender"]
    spec.app["gender"] = "女" if old == "男" else "男"
    _replace_in_summary(spec, f"，{old}，", f"，{spec.app['gender']}，")
    ctx.rebuild()


@fault("INELIGIBLE_CIVIL_SERVANT", series="工程系列")
def _civil_servant(spec, ctx):
    spec.app["is_civil_servant"] = True
    spec.app["unit_type"] = "public_institution"


@fault("INELIGIBLE_DISCIPLINARY")
def _disciplinary(spec, ctx):
    sub = date.fromisoformat(spec.app["submitted_at"])
    spec.app["disciplinary_until"] = (sub + timedelta(days=ctx.rng.randint(20, 420))).isoformat()


@fault("INELIGIBLE_RETIREMENT_AGE", policy="2024")   # 2024 一: 含申报当年达到退休年龄人员
def _retirement(spec, ctx):
    """Statutory age reached in the application year (before the 2025 reform applies)."""
    year = spec.policy.application_year
    male = spec.app["gender"] == "男"
    born = date(year - (60 if male else 55), ctx.rng.randint(1, 8), ctx.rng.randint(1, 28))
    old = spec.app["birth_date"]
    _replace_in_summary(spec, f"{old[:4]}年{old[5:7]}月", f"{born.year}年{born.month:02d}月")
    spec.app["birth_date"] = born.isoformat()
    n = spec.app["id_number"]
    spec.app["id_number"] = idcard.make(n[:6], born, int(n[14:17]))
    edu = spec.app["education"][-1]  # a late adult-education diploma: 办学类型 5
    edu["certificate_no"] = edu["certificate_no"][:5] + "5" + edu["certificate_no"][6:]
    ctx.rebuild()


_EXAM_SERIES = [("会计系列", "会计师", "会计学"), ("经济系列", "经济师", "经济学"), ("统计系列", "统计师", "统计学")]


@fault("EXAM_ONLY_SERIES", grade="中级", series="工程系列")
def _exam_only(spec, ctx):
    series, level, major = ctx.rng.choice(_EXAM_SERIES)
    old = spec.app["education"][-1]["major"]
    spec.app.update(series=series, level=level, major_applied=major)
    spec.app["education"][-1]["major"] = major
    if spec.app["current_title"]:
        spec.app["current_title"]["name"] = "助理" + level
    _replace_in_summary(spec, old, major)
    ctx.rebuild()


@fault("INSUFFICIENT_YEARS", grade="中级", margin=(-20, -8))
def _insufficient(spec, ctx):
    """The CLEAN builder already placed the title / first job too late (negative margin)."""


@fault("MAJOR_MISMATCH", series="工程系列")
def _major(spec, ctx):
    edu = spec.app["education"][-1]
    new = P.UNRELATED_MAJOR[spec.facts["group"]]
    _replace_in_summary(spec, edu["major"], new)
    edu["major"] = new
    ctx.rebuild()


@fault("APPRAISAL_FAILED")
def _appraisal_failed(spec, ctx):
    spec.app["annual_appraisals"][-1]["result"] = ctx.rng.choice(("基本合格", "不合格"))
    ctx.rebuild()


@fault("APPRAISAL_MISSING")
def _appraisal_missing(spec, ctx):
    spec.app["annual_appraisals"] = []
    ctx.rebuild()


@fault("APPLICATION_INVALID")
def _app_invalid(spec, ctx):
    app, rng = dict(spec.app), ctx.rng
    kind = rng.randrange(4)
    if kind == 0:     # broken JSON: the form export was cut off
        text = json.dumps(app, ensure_ascii=False, indent=2)
        spec.raw_json = text[: int(len(text) * rng.uniform(0.3, 0.8))]
        return
    if kind == 1:
        del app[rng.choice(("gender", "submitted_at", "id_number", "education", "mode"))]
    elif kind == 2:
        key, val = rng.choice((("unit_type", "个体工商户"), ("grade", "高级"), ("mode", "考核认定"), ("gender", "M")))
        app[key] = val
    else:
        app[rng.choice(("submitted_at", "birth_date"))] = rng.choice(("2024年9月15日", "15/09/2024"))
    spec.raw_json = json.dumps(app, ensure_ascii=False, indent=2)


@fault("DOCUMENT_UNREADABLE")
def _unreadable(spec, ctx):
    """An extra attachment that cannot be opened; every required one stays intact."""
    src = _docs(spec, "employment_proof")[0]
    how = ctx.rng.choice(("truncated", "encrypted", "garbage"))
    extra = Doc("employment_proof", dict(src.fields), as_scan=False, truth_rows=False, name_hint="工作证明补充")
    extra.post.append(lambda d, s: corrupt_pdf(d, how, random.Random(d.key)))
    spec.docs.append(extra)
