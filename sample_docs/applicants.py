"""CLEAN applicants for the sample sets: declared data and the documents that prove it.

Every declared fact obeys the policy's rules (years table, insurance, papers, the
学信网 record) and every document agrees with it, so a CLEAN applicant raises no
finding; the fault planters (:mod:`sample_docs.faults`) bend one of them.
"""
from __future__ import annotations

import copy
import random
from datetime import date, timedelta
from typing import Optional

from core import idcard
from core.dates import add_months, add_months_date, fmt, month_range, months_between, parse_month
from core.policy import Policy, load_policy

from . import people as P
from .spec import Doc, Spec

EDU_RANK = {"中专": 1, "大专": 2, "本科": 3, "硕士研究生": 4, "博士研究生": 5}
STUDY_YEARS = {"大专": 3, "本科": 4, "硕士研究生": 3}
GRAD_AGE = {"大专": (21, 22), "本科": (22, 23), "硕士研究生": (25, 27)}
DISCIPLINE = {"edu": "文学", "it": "工学"}
TITLE_NAMES = {("工程系列", "员级"): "技术员", ("中小学教师系列", "员级"): "三级教师", ("工程系列", "助理级"): "助理工程师", ("工程系列", "中级"): "工程师",
               ("工程系列", "副高级"): "高级工程师", ("中小学教师系列", "助理级"): "二级教师",
               ("中小学教师系列", "中级"): "一级教师"}
PRIOR_GRADE = {"中级": "助理级", "副高级": "中级", "正高级": "副高级"}

# (policy, series, grade, education level, weight)
PROFILES = {
    "2024": [("工程系列", "助理级", "本科", 3), ("工程系列", "助理级", "大专", 1), ("工程系列", "助理级", "硕士研究生", 1),
             ("工程系列", "中级", "本科", 4), ("工程系列", "中级", "硕士研究生", 2), ("工程系列", "副高级", "本科", 1),
             ("中小学教师系列", "中级", "本科", 2)],
    "2021": [("工程系列", "助理级", "本科", 3), ("工程系列", "助理级", "大专", 2), ("工程系列", "中级", "硕士研究生", 2)],
}


def _ym(m) -> str:
    return fmt(m)


def _month_date(m, rng: random.Random, lo: int = 1, hi: int = 28) -> str:
    return date(m[0], m[1], rng.randint(lo, hi)).isoformat()


def _pick_profile(rng: random.Random, policy_name: str, needs: dict):
    options = [p for p in PROFILES[policy_name]
               if (not needs.get("papers") or p[1] in ("中级", "副高级"))
               and (not needs.get("degree") or p[2] != "大专")
               and (not needs.get("series") or p[0] == needs["series"])
               and (not needs.get("grade") or p[1] == needs["grade"])]
    weights = [p[3] for p in options]
    return rng.choices(options, weights=weights)[0]


def _years_rule(policy: Policy, mode: str, series: str, grade: str, level: str, edu: str, degree):
    entry = policy.years_entry(mode, series, grade, level)
    for rule in entry.rules:
        if EDU_RANK.get(edu, 0) >= EDU_RANK[rule.education] and (not rule.degree or rule.degree == degree):
            return rule
    raise ValueError(f"no years rule for {mode}/{series}/{grade}/{edu}")


def build_applicant(aid: str, rng: random.Random, policy_name: str, needs: dict, taken: set[str]) -> Spec:
    """A CLEAN applicant: every declared fact consistent with the rules and the documents."""
    policy = load_policy(policy_name)
    like = needs.get("like")
    mode = policy.mode
    if like is not None:
        series, grade, edu_level = like.facts["series"], like.app["grade"], like.app["education"][-1]["level"]
    else:
        series, grade, edu_level, _ = _pick_profile(rng, policy_name, needs)
    level = TITLE_NAMES[(series, grade)]
    degree = P.DEGREE_OF[edu_level]
    gender = needs.get("gender") or rng.choice(("男", "女"))
    # submission date inside the window of the policy
    if policy_name == "2024":
        submitted = date(2024, 9, 10) + timedelta(days=rng.randint(0, 30))
    else:
        submitted = date(2021, rng.randint(3, 11), rng.randint(1, 25))
    sub_m = (submitted.year, submitted.month)
    rule = _years_rule(policy, mode, series, grade, level, edu_level, degree)
    margin = rng.randint(*needs.get("margin", (16, 40)))
    if like is not None:
        title, work_start, grad = copy.deepcopy(like.app["current_title"]), like.facts["work_start"], \
            parse_month(like.app["education"][-1]["graduation"])
    else:
        title = None
        if rule.in_title_grade:
            obtained = add_months(sub_m, -(int(rule.years * 12) + margin))
            title = {"name": TITLE_NAMES[(series, rule.in_title_grade)], "grade": rule.in_title_grade,
                     "obtained": _ym(obtained)}
            work_start = add_months(obtained, -rng.randint(24, 54) if grade == "副高级" else -rng.randint(14, 30))
        else:
            work_start = add_months(sub_m, -(int(rule.years * 12) + margin))
        grad = add_months(work_start, -rng.randint(1, 3))
        grad = (grad[0], rng.choice((6, 7))) if grad[1] > 7 else grad
        if months_between(grad, work_start) < 1:
            work_start = add_months(grad, 1)
    # person
    age = rng.randint(*GRAD_AGE[edu_level])
    born = date(grad[0] - age, rng.randint(1, 12), rng.randint(1, 28))
    name = P.make_name(rng, gender, taken)
    seq = rng.randrange(0, 500) * 2 + (1 if gender == "男" else 0)
    id_number = idcard.make(rng.choice(P.GANSU_REGIONS), born, seq)
    # education
    majors = P.TEACHER_MAJORS if series == "中小学教师系列" else P.ENGINEERING_MAJORS
    if like is not None:
        education = copy.deepcopy(like.app["education"])
        major = education[-1]["major"]
        group = like.facts["group"]
    else:
        major = needs.get("major") or rng.choice(sorted(majors))
        group = majors.get(major) or P.ENGINEERING_MAJORS.get(major, "civil")
        schools = sorted(s for s, (_, lv) in P.SCHOOLS.items() if edu_level in lv
                         and (series != "中小学教师系列" or s in ("西北师范大学", "天水师范学院", "兰州城市学院",
                                                          "陇东学院", "河西学院", "兰州大学")))
        school = rng.choice(schools)
        code = P.SCHOOLS[school][0]
        start = (grad[0] - STUDY_YEARS[edu_level], 9)
        cert = f"{code}1{grad[0]}{P.LEVEL_CODE[edu_level]}{rng.randint(1, 999999):06d}"
        deg_no = f"{code}{P.DEGREE_CODE[degree]}{grad[0]}{rng.randint(1, 999999):06d}" if degree else None
        education = [{"school": school, "level": edu_level, "major": major, "start": _ym(start),
                      "graduation": _ym(grad), "certificate_no": cert, "degree": degree,
                      "degree_certificate_no": deg_no, "xuexin_code": P.verification_code(rng)}]
    if like is not None:
        education[-1]["xuexin_code"] = P.verification_code(rng)
    major_applied = major if rng.random() < 0.75 else P.CLOSE_MAJOR.get(major, major)
    # work history: contiguous jobs from work_start to now, current job ≥ 12 months
    units = [u for u in P.UNITS if u[2] == series]
    unit, unit_type, _ = rng.choice(units)
    career = months_between(work_start, sub_m) + 1
    n_jobs = max(needs.get("jobs", 1), rng.choice((1, 1, 2, 2, 3)))
    n_jobs = min(n_jobs, max(1, career // 12))
    cuts = sorted(rng.sample(range(10, career - 12 + 1), n_jobs - 1)) if n_jobs > 1 else []
    starts = [work_start] + [add_months(work_start, c) for c in cuts]
    prev_units = rng.sample(P.PREVIOUS_UNITS[series], n_jobs - 1)
    jobs = []
    for i, st in enumerate(starts):
        last = i == len(starts) - 1
        jobs.append({"unit": unit if last else prev_units[i], "start": _ym(st),
                     "end": None if last else _ym(add_months(starts[i + 1], -1)),
                     "position": rng.choice(P.POSITIONS[series]), "professional": True})
    app_year = policy.application_year
    appraisals = [{"year": y, "result": rng.choice(("合格", "合格", "优秀"))}
                  for y in range(max(work_start[0], app_year - 3), app_year)]
    hours = rng.choice((90, 96, 102, 108, 120))
    app = {"applicant_id": aid, "policy": policy_name, "submitted_at": submitted.isoformat(), "name": name,
           "id_number": id_number, "gender": gender, "birth_date": born.isoformat(), "unit": unit,
           "unit_type": unit_type, "is_civil_servant": False, "disciplinary_until": None, "series": series,
           "level": level, "grade": grade, "mode": mode, "major_applied": major_applied,
           "education": education, "work_history": jobs, "current_title": title,
           "annual_appraisals": appraisals, "continuing_education_hours": hours, "papers": [],
           "work_summary": ""}
    facts = {"series": series, "group": group, "work_start": work_start, "sub_m": sub_m, "born": born,
             "paper_fields": [], "report_fields": [], "ce_year": app_year - 1 if rng.random() < 0.7 else app_year,
             "xuexin_updated": submitted - timedelta(days=rng.randint(10, 150)), "render_appraisals": rng.randint(1, 2),
             "si_base": float(rng.randint(30, 55) * 100), "other": rng.random() < 0.3,
             "bundle": degree is not None and rng.random() < 1 / 4, "seed_note": rng.random()}
    if mode == "评审" and grade in ("中级", "副高级") or needs.get("papers"):
        for _ in range(2 if grade == "副高级" else rng.randint(1, 2)):
            add_paper(app, facts, rng, policy)
    app["work_summary"] = P.compose_summary(rng, {
        "name": name, "gender": gender, "birth": app["birth_date"], "school": education[-1]["school"],
        "major": major, "level": edu_level, "graduation": education[-1]["graduation"],
        "jobs": [(j["unit"], j["start"], j["end"], j["position"]) for j in jobs],
        "title": title["name"] if title else None, "group": group, "target": level})
    spec = Spec(aid, policy, app, [], facts)
    build_docs(spec, rng)
    return spec


def add_paper(app: dict, facts: dict, rng: random.Random, policy: Policy, *, core: Optional[bool] = None) -> None:
    """Declare one paper (with its plagiarism report) published before the achievement cut-off."""
    core = rng.random() < 0.4 if core is None else core
    title, issn, cn = rng.choice(P.core_journals() if core else P.PROVINCIAL_JOURNALS)
    level = "core" if core else "provincial"
    sub_m = facts["sub_m"]
    cut = policy.achievement_cutoff
    last = min(add_months(sub_m, -1), add_months((cut.year, cut.month), -1))
    first = max(add_months(parse_month(app["education"][-1]["graduation"]), 3), add_months(last, -40))
    published = add_months(first, rng.randint(0, max(0, months_between(first, last))))
    body = P.compose_paper(rng, facts["group"], app["name"])
    co = [P.make_name(rng, rng.choice(("男", "女")), set()) for _ in range(rng.randint(0, 2))]
    authors = co[:]
    authors.insert(rng.randint(0, len(co)) if co else 0, app["name"])
    app["papers"].append({"title": body["title"], "journal": title, "issn": issn, "cn": cn,
                          "journal_level": level, "published": _ym(published), "authors": authors})
    facts["paper_fields"].append({**body, "authors": authors, "journal": title, "issn": issn, "cn": cn,
                                  "published": _ym(published), "affiliation": app["unit"]})
    thr = policy.plagiarism_threshold.get(level, 15.0)
    excl = round(rng.uniform(1.5, thr - 4), 1)
    total = round(excl + rng.uniform(0.3, 5), 1)
    checked = date.fromisoformat(app["submitted_at"]) - timedelta(days=rng.randint(3, 25))
    facts["report_fields"].append({
        "title": body["title"], "author": app["name"], "checked_at": checked.isoformat(),
        "ratio_excl_refs": excl, "ratio_excl_self": round(max(0.0, excl - rng.uniform(0, 1.2)), 1),
        "ratio_total": total, "ratio_max_single": round(rng.uniform(0.2, excl), 1), "unit": app["unit"]})


def si_rows(app: dict, facts: dict) -> list[dict]:
    """One paid row per declared work month at the declared unit, up to the submission month."""
    rows = []
    for job in app["work_history"]:
        end = parse_month(job["end"]) if job["end"] else facts["sub_m"]
        for m in month_range(parse_month(job["start"]), end):
            base = facts["si_base"] * (1.05 ** (m[0] - facts["work_start"][0]))
            rows.append({"month": _ym(m), "unit": job["unit"], "base": float(round(base)), "paid": True})
    rows.sort(key=lambda r: r["month"])
    return rows


def build_docs(spec: Spec, rng: random.Random) -> None:
    """(Re)build the attachment list from the declared data (planters call this after editing ``app``)."""
    app, facts = spec.app, spec.facts
    edu = app["education"][-1]
    who = {"name": app["name"], "id_number": app["id_number"]}
    person = {"name": app["name"], "gender": app["gender"], "birth_date": app["birth_date"]}
    sub = date.fromisoformat(app["submitted_at"])
    docs = [Doc("id_card", {**who, "gender": app["gender"], "birth_date": app["birth_date"]}, name_hint="身份证")]
    bundle = "学历学位" if facts["bundle"] and not spec.no_bundle else ""
    docs.append(Doc("diploma", {**person, "school": edu["school"], "major": edu["major"], "level": edu["level"],
                                "start_date": edu["start"], "graduation_date": edu["graduation"],
                                "certificate_no": edu["certificate_no"]}, bundle=bundle, name_hint="毕业证"))
    if edu.get("degree"):
        grad = parse_month(edu["graduation"])
        docs.append(Doc("degree", {**person, "degree": edu["degree"], "major": edu["major"],
                                   "award_date": date(grad[0], grad[1], 20 + int(facts["seed_note"] * 8)).isoformat(),
                                   "degree_certificate_no": edu["degree_certificate_no"], "school": edu["school"],
                                   "discipline": DISCIPLINE.get(facts["group"], "工学")},
                        bundle=bundle, name_hint="学位证"))
    upd = facts["xuexin_updated"]
    docs.append(Doc("xuexin_record", {**person, "id_number": app["id_number"], "school": edu["school"],
                                      "level": edu["level"], "major": edu["major"], "start_date": edu["start"],
                                      "graduation_date": edu["graduation"], "certificate_no": edu["certificate_no"],
                                      "verification_code": facts.get("record_code") or edu["xuexin_code"] or
                                      P.verification_code(rng),
                                      "updated_date": upd.isoformat(),
                                      "valid_until": add_months_date(upd, 6).isoformat()}, name_hint="学信网备案表"))
    docs.append(Doc("social_insurance", {**who, "rows": si_rows(app, facts),
                                         "issuer": P.SI_ISSUERS[int(facts["seed_note"] * 3)]}, name_hint="社保缴费证明"))
    cur = app["work_history"][-1]
    docs.append(Doc("employment_proof", {**who, "gender": app["gender"], "unit": cur["unit"],
                                         "position": cur["position"], "start_date": cur["start"],
                                         "issued": (sub - timedelta(days=3 + int(facts["seed_note"] * 20))).isoformat()},
                    name_hint="工作证明"))
    for ap in app["annual_appraisals"][-facts["render_appraisals"]:]:
        at = next((j["unit"] for j in app["work_history"] if int(j["start"][:4]) <= ap["year"] and
                   (j["end"] is None or int(j["end"][:4]) >= ap["year"])), cur["unit"])
        docs.append(Doc("annual_appraisal", {"name": app["name"], "year": str(ap["year"]), "result": ap["result"],
                                             "unit": at}, name_hint="年度考核"))
    if app.get("continuing_education_hours"):
        docs.append(Doc("continuing_education", {**who, "year": str(facts["ce_year"]),
                                                 "hours": str(app["continuing_education_hours"]),
                                                 "issuer": P.CE_ISSUERS[int(facts["seed_note"] * 2)]},
                        name_hint="继续教育证书"))
    for pf, rf in zip(facts["paper_fields"], facts["report_fields"]):
        docs.append(Doc("paper", dict(pf), name_hint="论文"))
        docs.append(Doc("plagiarism_report", dict(rf), name_hint="查重报告"))
    if facts["other"]:
        year = app["annual_appraisals"][-1]["year"] if app["annual_appraisals"] else sub.year - 1
        docs.append(Doc("other", {"name": app["name"], "unit": cur["unit"], "award": "先进工作者",
                                  "issued": f"{year + 1}-01-{10 + int(facts['seed_note'] * 15):02d}"},
                        name_hint="其他材料"))
    spec.docs = docs
