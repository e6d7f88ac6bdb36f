"""The clean holder of a zoo document: the application.json that declares what it proves.

Used by ``bench/zoo_audit.py`` (see its docstring for the method). ``application_for``
builds the application from the document's truth rows (``zoo_truth.csv``); ``justified``
says when the truth itself proves a finding right (a statement's last run of paid months
under six, a printed result below 合格, a printed 复制比 over 25 %).
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from sample_docs.zoo import splits
from sample_docs.zoo.facts import SCHOOLS, id_check

DEFAULT_SUBMITTED = date(2024, 9, 20)
DEFAULT_BIRTH = date(1988, 3, 15)
DEFAULT_UNIT = "兰州新区综合服务中心"
PAPER_MONTH = "2021-06"
DEFAULT_JOURNAL = {"journal": "甘肃科学学报", "issn": "1004-0366", "cn": "62-1053/N"}
STUDY_YEARS = {"大专": 3, "本科": 4, "硕士研究生": 3, "博士研究生": 3}
DATE_FIELDS = ("start_date", "graduation_date", "award_date", "updated_date", "checked_at", "published")


@dataclass
class ZooDoc:
    rel: str
    family: str
    split: str
    doc_type: str
    kind: str
    fields: dict[str, list[str]]
    person_id: Optional[str] = None  # the ID of the person it was drawn for (zoo_persons.csv)

    def one(self, name: str) -> Optional[str]:
        v = self.fields.get(name)
        return v[0] if v else None

    @property
    def twin(self) -> bool:
        return Path(self.rel).stem.endswith("-scan")



def load_truth(zoo: Path) -> dict[str, ZooDoc]:
    """The zoo's documents and truth; the split is today's (families.toml), not the one
    written when the zoo was drawn (a family that failed held out has moved to seen since)."""
    sp = splits()
    docs: dict[str, ZooDoc] = {}
    with (Path(zoo) / "zoo_truth.csv").open(encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            d = docs.setdefault(r["document"], ZooDoc(r["document"], r["family"], sp.get(r["family"], r["split"]),
                                                      r["doc_type"], r["kind"], defaultdict(list)))
            d.fields[r["field"]].append(r["value"])
    persons = Path(zoo) / "zoo_persons.csv"  # (zoos written before it existed have none)
    if persons.exists():
        with persons.open(encoding="utf-8-sig") as fh:
            for r in csv.DictReader(fh):
                if r["document"] in docs:
                    docs[r["document"]].person_id = r["id_number"]
    return docs


def _d(s: str) -> date:
    return date(int(s[:4]), int(s[5:7]), int(s[8:10]) if len(s) >= 10 else 1)


def _ym(s: Optional[str]) -> Optional[str]:
    return s[:7] if s else None


def _add_months(ym: str, n: int) -> str:
    t = int(ym[:4]) * 12 + int(ym[5:7]) - 1 + n
    return f"{t // 12:04d}-{t % 12 + 1:02d}"


def make_id(birth: date, gender: str, region: str = "620102") -> str:
    body = f"{region}{birth:%Y%m%d}" + ("015" if gender == "男" else "024")
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def _school_of(number: Optional[str]) -> str:
    by_code = {code: s for s, (code, _) in SCHOOLS.items()}
    return by_code.get((number or "")[:5], "兰州交通大学")


def _unit_type(unit: str) -> str:
    return "state_enterprise" if "公司" in unit else "public_institution"


def contributions(doc: ZooDoc) -> list[tuple[str, str, bool]]:
    out = []
    for c in doc.fields.get("contribution", []):
        month, unit, _base, paid = c.split("|")
        out.append((month, unit, paid == "1"))
    return sorted(out)


def jobs_from_statement(rows: list[tuple[str, str, bool]]) -> list[dict]:
    """One job per run of consecutive paid months at one unit; the last run (if it reaches
    the statement's last row) is the current job."""
    jobs: list[dict] = []
    prev = None
    for month, unit, paid in rows:
        if not paid:
            prev = None
            continue
        if prev and prev["unit"] == unit and _add_months(prev["end"], 1) == month:
            prev["end"] = month
        else:
            prev = {"unit": unit, "start": month, "end": month, "position": "技术员", "professional": True}
            jobs.append(prev)
    if jobs and rows and jobs[-1]["end"] == rows[-1][0]:
        jobs[-1]["end"] = None
    return jobs


def _submitted(doc: ZooDoc) -> date:
    rows = contributions(doc)
    if rows:
        return _d(_add_months(rows[-1][0], 1) + "-15")
    dates = [_d(v) for f in DATE_FIELDS for v in doc.fields.get(f, [])]
    dates += [date(int(y) + 1, 1, 31) for y in doc.fields.get("year", [])]
    if doc.doc_type == "xuexin_record":
        s = max(dates) + timedelta(days=1)
        return min(s, _d(doc.one("valid_until"))) if doc.one("valid_until") else s
    return max([DEFAULT_SUBMITTED] + [d + timedelta(days=31) for d in dates])


def _own_id(doc: ZooDoc) -> Optional[str]:
    """The ID number of the person the document was drawn for, which the applicant declares, when the
    document's truth holds none and it agrees with the birth date and gender the truth holds."""
    idn = doc.person_id
    if not idn or len(idn) != 18:
        return None
    birth, gender = doc.one("birth_date"), doc.one("gender")
    if birth and birth.replace("-", "") != idn[6:14]:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", birth):
            return None  # a birth month only: the day the ID holds is not known
        # a family that moved its holder to another era (facts.redate) keeps the ID's region and
        # sequence and prints the new birth date in it
        body = idn[:6] + birth.replace("-", "") + idn[14:17]
        idn = body + id_check(body)
    if gender and gender != ("男" if int(idn[16]) % 2 else "女"):
        return None
    return idn


def application_for(doc: ZooDoc, applicant_id: str) -> dict:
    """A clean applicant holding ``doc``: declares what it proves, the rest minimal and consistent."""
    t = doc.one
    name = t("name") or t("author") or (t("authors") or "").split(";")[0]
    idn = t("id_number") or _own_id(doc)
    gender = t("gender") or ("男" if not idn or int(idn[16]) % 2 else "女")
    if t("birth_date"):
        birth = _d(t("birth_date"))
    elif idn:
        birth = _d(f"{idn[6:10]}-{idn[10:12]}-{idn[12:14]}")
    elif t("award_date"):
        birth = DEFAULT_BIRTH.replace(year=int(t("award_date")[:4]) - (25 if t("degree") == "硕士" else 22))
    else:
        birth = DEFAULT_BIRTH
    idn = idn or make_id(birth, gender)
    education, work, papers, appraisals, hours = [], [], [], [], None
    if doc.doc_type in ("diploma", "xuexin_record"):
        grad = _ym(t("graduation_date"))  # a 自考 diploma prints no start: the form still asks one
        start = _ym(t("start_date")) or f"{int(grad[:4]) - STUDY_YEARS.get(t('level'), 4)}-09"
        education.append({"school": t("school"), "level": t("level"), "major": t("major"),
                          "start": start, "graduation": grad,
                          "certificate_no": t("certificate_no"), "degree": None, "degree_certificate_no": None,
                          "xuexin_code": t("verification_code")})
    elif doc.doc_type == "degree":
        level = {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[t("degree")]
        grad = _ym(t("award_date"))
        education.append({"school": _school_of(t("degree_certificate_no")), "level": level, "major": t("major"),
                          "start": f"{int(grad[:4]) - STUDY_YEARS.get(level, 4)}-09", "graduation": grad,
                          "certificate_no": None, "degree": t("degree"),
                          "degree_certificate_no": t("degree_certificate_no"), "xuexin_code": None})
    unit = DEFAULT_UNIT
    if doc.doc_type == "employment_proof":
        unit = t("unit")
        work.append({"unit": unit, "start": _ym(t("start_date")), "end": None, "position": t("position") or "",
                     "professional": True})
    elif doc.doc_type == "social_insurance":
        work = jobs_from_statement(contributions(doc))
        unit = work[-1]["unit"] if work else DEFAULT_UNIT
    if doc.doc_type == "paper":
        papers.append({"title": t("title"), "journal": t("journal"), "issn": t("issn"), "cn": t("cn"),
                       # a page that prints no month (a proceedings, a manuscript online before its issue):
                       # the applicant still declares one; the document leaves it unconfirmed
                       "journal_level": "provincial", "published": _ym(t("published")) or PAPER_MONTH,
                       "authors": [a for a in (t("authors") or "").split(";") if a]})
    elif doc.doc_type == "plagiarism_report":
        papers.append({"title": t("title"), **DEFAULT_JOURNAL, "journal_level": "provincial",
                       "published": _ym(t("checked_at")), "authors": [name]})
    if doc.doc_type == "annual_appraisal":
        appraisals = [{"year": int(y), "result": r}
                      for y, r in zip(doc.fields.get("year", []), doc.fields.get("result", []))]
    if doc.doc_type == "continuing_education":
        hours = int(sum(float(h) for h in doc.fields.get("hours", []))) or None
    major = education[-1]["major"] if education else "土木工程"
    return {
        "applicant_id": applicant_id, "policy": "2024", "submitted_at": _submitted(doc).isoformat(),
        "name": name, "id_number": idn, "gender": gender, "birth_date": birth.isoformat(),
        "unit": unit, "unit_type": _unit_type(unit), "is_civil_servant": False, "disciplinary_until": None,
        "series": "工程系列", "level": "工程师", "grade": "中级", "mode": "评审", "major_applied": major,
        "education": education, "work_history": work, "current_title": None, "annual_appraisals": appraisals,
        "continuing_education_hours": hours, "papers": papers, "work_summary": f"{name}的工作小结。",
    }


def applicant_id(rel: str) -> str:
    return "Z-" + re.sub(r"[^A-Za-z0-9_-]", "_", Path(rel).stem)



def _next(a: str, b: str) -> bool:
    """Is month ``b`` ("YYYY-MM") the month after ``a``?"""
    ya, ma, yb, mb = int(a[:4]), int(a[5:7]), int(b[:4]), int(b[5:7])
    return yb * 12 + mb == ya * 12 + ma + 1


def justified(doc: ZooDoc, code: str) -> bool:
    """The truth itself proves the finding right (see the module docstring)."""
    if code == "SOCIAL_INSURANCE_SHORT":
        rows = contributions(doc)
        run, after = 0, None
        for month, unit, paid in reversed(rows):
            # a month the statement does not list (a 税务 print lists only money that arrived) ends
            # the run as an unpaid one does
            if not paid or unit != rows[-1][1] or (after is not None and not _next(month, after)):
                break
            run, after = run + 1, month
        return run < 6
    if code == "APPRAISAL_FAILED":
        return any(r in ("基本合格", "不合格") for r in doc.fields.get("result", []))
    if code == "PLAGIARISM_OVER_THRESHOLD":
        return any(float(v) > 25 for v in doc.fields.get("ratio_excl_refs", []))
    return False


