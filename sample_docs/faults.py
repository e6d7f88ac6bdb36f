"""Fault planters: each bends one CLEAN applicant so that exactly one code fires.

Why a registry of small functions: the benchmark needs to know, per applicant,
which code a perfect pipeline must raise. A planter edits the declared data
(``spec.app``, then ``ctx.rebuild()`` re-derives the documents from it) and/or
the documents (fields before rendering, ``post`` hooks on the bytes after),
taking care not to trip any other reject/suspect rule on the way. Pair faults
(DUPLICATE_PAPER, SUMMARY_DUPLICATE, IMAGE_REUSED) mark two applicants: the
first is the source, the second copies it; both carry the code in truth.csv.
The byte-level forgeries (incremental PDF edit, white-box overlay, repainted
scan, corrupt/encrypted PDF) are at the bottom.
"""
from __future__ import annotations

import io
import json
import os
import random
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Optional

from core import idcard
from core.dates import add_months, fmt, months_between, parse_month

from . import people as P
from .render.common import photo_seed


@dataclass
class FaultContext:
    rng: random.Random
    partner: object = None       # the source Spec of a pair fault (second member only)
    member: int = 0
    rebuild: Callable[[], None] = lambda: None


@dataclass
class FaultDef:
    code: str
    fn: Callable
    needs: dict = field(default_factory=dict)
    pair: bool = False
    prepare: Optional[Callable] = None


FAULTS: dict[str, FaultDef] = {}


def fault(code: str, *, pair: bool = False, prepare: Optional[Callable] = None, **needs):
    """Register a planter; ``needs`` constrain the CLEAN applicant it starts from."""
    def deco(fn):
        if code in FAULTS:
            raise ValueError(f"fault {code!r} is already registered")
        FAULTS[code] = FaultDef(code, fn, needs, pair, prepare)
        return fn
    return deco


def _docs(spec, *types):
    return [d for d in spec.docs if d.doc_type in types]


def _replace_in_summary(spec, old: str, new: str) -> None:
    spec.app["work_summary"] = spec.app["work_summary"].replace(old, new)


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
    from .generator import Doc
    src = _docs(spec, "employment_proof")[0]
    how = ctx.rng.choice(("truncated", "encrypted", "garbage"))
    extra = Doc("employment_proof", dict(src.fields), as_scan=False, truth_rows=False, name_hint="工作证明补充")
    extra.post.append(lambda d, s: corrupt_pdf(d, how, random.Random(d.key)))
    spec.docs.append(extra)


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


# --------------------------------------------------------------------------
# 3. papers (the CLEAN builder gives 评审 中级+ applicants 1–2 papers)
# --------------------------------------------------------------------------

def _paper(spec, i: int = 0):
    return _docs(spec, "paper")[i], _docs(spec, "plagiarism_report")[i], spec.app["papers"][i]


def _set_journal(spec, i: int, title: str, issn: str, cn: str, level: str) -> None:
    doc, _, decl = _paper(spec, i)
    decl.update(journal=title, issn=issn, cn=cn, journal_level=level)
    doc.fields.update(journal=title, issn=issn, cn=cn)


@fault("PLAGIARISM_REPORT_MISSING", papers=True, policy="2024")
def _report_missing(spec, ctx):
    rep = _docs(spec, "plagiarism_report")[-1]
    spec.docs.remove(rep)


@fault("PLAGIARISM_OVER_THRESHOLD", papers=True, policy="2024")
def _over(spec, ctx):
    _, rep, decl = _paper(spec)
    thr = spec.policy.plagiarism_threshold[decl["journal_level"]]
    excl = round(thr + ctx.rng.uniform(1.5, 9), 1)
    rep.fields.update(ratio_excl_refs=excl, ratio_excl_self=round(excl - ctx.rng.uniform(0.2, 1.0), 1),
                      ratio_total=round(excl + ctx.rng.uniform(0.5, 4), 1),
                      ratio_max_single=round(ctx.rng.uniform(3, excl - 1), 1))


@fault("PLAGIARISM_REPORT_MISMATCH", papers=True, policy="2024")
def _report_mismatch(spec, ctx):
    _, rep, _ = _paper(spec)
    rep.fields["title"] = P.compose_paper(ctx.rng, spec.facts["group"], spec.app["name"])["title"]


@fault("JOURNAL_ISSN_INVALID", papers=True, policy="2024")
def _issn(spec, ctx):
    title, issn, cn = ctx.rng.choice(P.PROVINCIAL_JOURNALS)
    bad = issn[:-1] + ctx.rng.choice([c for c in "0123456789X" if c != issn[-1]])
    _set_journal(spec, 0, title, bad, cn, "provincial")


@fault("JOURNAL_CN_INVALID", papers=True, policy="2024")
def _cn(spec, ctx):
    title, issn, cn = ctx.rng.choice(P.PROVINCIAL_JOURNALS)
    _set_journal(spec, 0, title, issn, "99" + cn[2:], "provincial")


@fault("JOURNAL_LEVEL_MISMATCH", papers=True, policy="2024")
def _level(spec, ctx):
    title, issn, cn = ctx.rng.choice(P.PROVINCIAL_JOURNALS)
    _set_journal(spec, 0, title, issn, cn, "core")
    _, rep, _ = _paper(spec)
    excl = round(ctx.rng.uniform(2, 10), 1)
    rep.fields.update(ratio_excl_refs=excl, ratio_excl_self=round(excl * 0.9, 1), ratio_total=round(excl + 2.1, 1),
                      ratio_max_single=round(excl * 0.5, 1))


@fault("PAPER_AFTER_CUTOFF", papers=True, policy="2024")
def _after_cutoff(spec, ctx):
    cut = spec.policy.achievement_cutoff
    month = fmt(add_months((cut.year, cut.month), ctx.rng.randint(1, 3)))
    doc, _, decl = _paper(spec)
    decl["published"] = doc.fields["published"] = month


@fault("PAPER_AUTHOR_MISSING", papers=True, policy="2024")
def _author(spec, ctx):
    doc, rep, decl = _paper(spec)
    others = [a for a in decl["authors"] if a != spec.app["name"]]
    authors = others or [P.make_name(ctx.rng, ctx.rng.choice(("男", "女")), set())]
    if len(authors) < 2:
        authors.append(P.make_name(ctx.rng, ctx.rng.choice(("男", "女")), set()))
    decl["authors"] = doc.fields["authors"] = authors
    rep.fields["author"] = authors[0]  # the report matches the paper; only the applicant is absent


_LIGHT_EDITS = (("本文", "本研究"), ("结果表明", "研究表明"), ("明显", "显著"), ("建议", "宜"), ("主要", "重要"),
                ("进一步", "更进一步"), ("约", "大约"))


def _lightly_edited(text: str) -> str:
    for old, new in _LIGHT_EDITS:
        text = text.replace(old, new)
    return text


@fault("DUPLICATE_PAPER", pair=True, papers=True, policy="2024")
def _dup_paper(spec, ctx):
    src = _docs(ctx.partner, "paper")[0].fields
    doc, rep, decl = _paper(spec)
    title = _lightly_edited(src["title"])
    if title == src["title"]:
        title = src["title"].replace("研究", "探究", 1) if "研究" in src["title"] else "浅析" + src["title"]
    doc.fields.update(title=title, abstract=_lightly_edited(src["abstract"]), keywords=list(src["keywords"]),
                      body=[_lightly_edited(p) for p in src["body"]])
    decl["title"] = rep.fields["title"] = title


@fault("SUMMARY_DUPLICATE", pair=True)
def _dup_summary(spec, ctx):
    text = ctx.partner.app["work_summary"].replace(ctx.partner.app["name"], spec.app["name"])
    spec.app["work_summary"] = _lightly_edited(text).replace("本人", "我").replace("负责", "承担")


# --------------------------------------------------------------------------
# 4. forensics
# --------------------------------------------------------------------------

_EDITORS = ("Adobe Photoshop 23.4 (Windows)", "PDF-XChange Editor 9.5.366.0", "Foxit PhantomPDF 10.1")


@fault("PDF_EDITED")
def _pdf_edited(spec, ctx):
    """The 备案表 had expired; its dates were edited in a PDF editor and saved incrementally."""
    sub = date.fromisoformat(spec.app["submitted_at"])
    good = spec.facts["xuexin_updated"]
    spec.facts["xuexin_updated"] = sub - timedelta(days=ctx.rng.randint(200, 300))
    ctx.rebuild()
    rec = _docs(spec, "xuexin_record")[0]
    rec.as_scan = False
    from core.dates import add_months_date
    new = {"updated_date": good.isoformat(), "valid_until": add_months_date(good, 6).isoformat()}
    editor, when = ctx.rng.choice(_EDITORS), sub - timedelta(days=ctx.rng.randint(1, 6))
    rec.post.append(lambda d, s: edit_pdf_values(d, new, editor, when))


@fault("TEXT_OVERLAY")
def _text_overlay(spec, ctx):
    si = _docs(spec, "social_insurance")[0]
    si.as_scan = False
    si.post.append(lambda d, s: overlay_text(d, [s.app["unit"], s.app["name"], s.app["id_number"]]))


def _scan_diploma(spec, ctx):
    spec.no_bundle = True
    ctx.rebuild()
    _docs(spec, "diploma")[0].as_scan = True


@fault("IMAGE_REUSED", pair=True, prepare=_scan_diploma, like=True)
def _image_reused(spec, ctx):
    _scan_diploma(spec, ctx)
    src = _docs(ctx.partner, "diploma")[0]
    mine = _docs(spec, "diploma")[0]
    mine.variant, mine.key = src.variant, src.key   # same layout and noise, other name and birth date
    mine.fields["photo"] = photo_seed(src.fields)   # the forger keeps the photo, seal and frame
    mine.post.append(lambda d, s: repaint_image(d, src.data))


SUPPORTED_FAULTS: list[str] = sorted(FAULTS)

# --------------------------------------------------------------------------
# byte-level forgeries
# --------------------------------------------------------------------------


def _date_forms(iso: str) -> list[tuple[str, str]]:
    y, m, d = iso.split("-")
    return [(iso, "{y}-{m}-{d}"), (f"{y}年{m}月{d}日", "{y}年{m}月{d}日"),
            (f"{y}年{int(m)}月{int(d)}日", "{y}年{mi}月{di}日"), (f"{y}.{m}.{d}", "{y}.{m}.{d}"),
            (f"{y}/{m}/{d}", "{y}/{m}/{d}"), (f"{y}{m}{d}", "{y}{m}{d}")]


def edit_pdf_values(doc, new: dict, editor: str, when: date) -> None:
    """Replace printed values in place (redact + insert) and save as an incremental update."""
    import pymupdf
    with tempfile.TemporaryDirectory() as td:
        path = os.path.join(td, "record.pdf")
        with open(path, "wb") as fh:
            fh.write(doc.data)
        pdf = pymupdf.open(path)
        for key, value in new.items():
            old = doc.truth.get(key)
            if not old or len(old) != 10:
                continue
            y, m, d = value.split("-")
            for printed, form in _date_forms(old):
                hits = [(p, r) for p in pdf for r in p.search_for(printed)]
                if not hits:
                    continue
                for page, rect in hits:
                    page.add_redact_annot(rect, fill=(1, 1, 1))
                    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE)
                    text = form.format(y=y, m=m, d=d, mi=int(m), di=int(d))
                    page.insert_text((rect.x0, rect.y1 - rect.height * 0.22), text, fontname="china-s",
                                     fontsize=rect.height * 0.78)
                doc.truth[key] = value
                break
        stamp = f"D:{when:%Y%m%d}{10 + when.day % 8:02d}{when.day * 2 % 60:02d}11+08'00'"
        meta = dict(pdf.metadata or {})
        meta.update(producer=editor, modDate=stamp)
        pdf.set_metadata({k: v for k, v in meta.items() if k not in ("format", "encryption")})
        pdf.save(path, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP, no_new_id=True)
        pdf.close()
        with open(path, "rb") as fh:
            doc.data = fh.read()


def overlay_text(doc, candidates: list[str]) -> None:
    """White filled boxes over printed values, the same-looking text written on top."""
    import pymupdf
    pdf = pymupdf.open(stream=doc.data, filetype="pdf")
    for text in candidates:
        hits = [(p, r) for p in pdf for r in p.search_for(text)]
        if hits:
            for page, rect in hits[-3:]:
                page.draw_rect(rect + (-1, -1, 1, 1), color=None, fill=(1, 1, 1), overlay=True)
                page.insert_text((rect.x0, rect.y1 - rect.height * 0.2), text, fontname="china-s",
                                 fontsize=rect.height * 0.8, color=(0.05, 0.05, 0.05))
            break
    doc.data = pdf.tobytes(garbage=3, deflate=True, no_new_id=True)
    pdf.close()


def repaint_image(doc, source: bytes) -> None:
    """The source scan with the differing regions (name, birth date) painted over and rewritten."""
    import cv2
    import numpy as np
    from PIL import Image
    a = np.asarray(Image.open(io.BytesIO(source)).convert("L")).astype(np.int16)
    b = np.asarray(Image.open(io.BytesIO(doc.data)).convert("L")).astype(np.int16)
    if a.shape != b.shape:
        return
    mask = (np.abs(a - b) > 60).astype(np.uint8)
    if not mask.any() or mask.mean() > 0.2:
        return
    mask = cv2.dilate(mask, np.ones((7, 7), np.uint8), iterations=2)
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask)
    out = a.copy()
    paper = int(np.median(a))
    for x, y, w, h, _area in stats[1:n]:
        box_b = b[y:y + h, x:x + w]
        patch = np.full_like(box_b, min(255, paper + 4))
        ink = box_b < paper - 50
        patch[ink] = box_b[ink]
        out[y:y + h, x:x + w] = patch
    buf = io.BytesIO()
    Image.fromarray(out.clip(0, 255).astype(np.uint8)).save(buf, "JPEG", quality=88)
    doc.data, doc.ext = buf.getvalue(), ".jpg"


def _encrypted_pdf(rng: random.Random) -> bytes:
    """A PDF with a Standard security handler whose user password is not empty (bytes are seeded)."""
    hexs = lambda k: "".join(f"{rng.randrange(256):02x}" for _ in range(k))  # noqa: E731
    content = bytes(rng.randrange(256) for _ in range(600))
    objs = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>",
            b"<</Length 600>>stream\n" + content + b"\nendstream",
            f"<</Filter/Standard/V 2/R 3/Length 128/P -3904/O <{hexs(32)}>/U <{hexs(32)}>>>".encode()]
    out, offsets = bytearray(b"%PDF-1.6\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<</Size {len(objs) + 1}/Root 1 0 R/Encrypt 5 0 R/ID[<{hexs(16)}><{hexs(16)}>]>>\n" \
           f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def corrupt_pdf(doc, how: str, rng: random.Random) -> None:
    """Truncated, encrypted or garbage bytes under a .pdf name."""
    if how == "encrypted":
        doc.data = _encrypted_pdf(rng)
    elif how == "garbage":
        doc.data = b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(4096))
    else:
        doc.data = doc.data[: max(200, len(doc.data) // 12)]
    doc.ext = ".pdf"
