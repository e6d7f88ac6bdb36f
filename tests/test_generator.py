"""The sample-set generator: determinism, truth files and CLEAN applicants that obey the rules.

Runs against the real renderers (``sample_docs.render``): a renderer that breaks
fails these tests. No OCR here.
"""
from __future__ import annotations

import csv
import hashlib
import json
import random
import re
from datetime import date
from pathlib import Path

import pytest

from core import idcard
from core.dates import add_months_date, month_range, months_between, parse_month
from core.models import Application
from core.policy import load_policy
from sample_docs.faults import FAULTS
from sample_docs.faults.papers import _lightly_edited
from sample_docs.generator import SUPPORTED_FAULTS, build_applicant, generate
from sample_docs.people import compose_paper, core_journals, issn_check



def _tree_hash(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    result = generate(out, 12, 7, degrade=0)
    return out, result


def test_same_seed_gives_identical_bytes(tmp_path):
    generate(tmp_path / "a", 6, 3, degrade=0)
    generate(tmp_path / "b", 6, 3, degrade=0)
    generate(tmp_path / "c", 6, 4, degrade=0)
    assert _tree_hash(tmp_path / "a") == _tree_hash(tmp_path / "b")
    assert _tree_hash(tmp_path / "a") != _tree_hash(tmp_path / "c")


def test_truth_has_one_row_per_applicant_with_pairs_marked(sample):
    out, result = sample
    rows = _read_csv(out / "truth.csv")
    assert list(rows[0]) == ["applicant_id", "code"]
    folders = sorted(p.name for p in (out / "inbox").iterdir())
    assert sorted(r["applicant_id"] for r in rows) == folders
    codes = [r["code"] for r in rows]
    assert 5 <= codes.count("CLEAN") <= 7
    for code in set(codes) - {"CLEAN"}:
        assert code in FAULTS
        if FAULTS[code].pair:
            assert codes.count(code) % 2 == 0, code
    assert [r["applicant_id"] for r in rows] == [r["applicant_id"] for r in result]


def test_fields_truth_and_blacklist_files(sample):
    out, result = sample
    rows = _read_csv(out / "fields_truth.csv")
    assert list(rows[0]) == ["applicant_id", "document", "doc_type", "field", "value"]
    for r in rows:
        assert (out / "inbox" / r["applicant_id"] / r["document"]).is_file()
    contributions = [r for r in rows if r["field"] == "contribution"]
    assert contributions and all(len(r["value"].split("|")) == 4 for r in contributions)
    black = _read_csv(out / "blacklist.csv")
    assert list(black[0]) == ["kind", "value", "name", "reason"]
    assert {r["kind"] for r in black} <= {"id_number", "unit", "credit_code"}
    truth = {r["applicant_id"]: r["code"] for r in _read_csv(out / "truth.csv")}
    apps = _apps(out)
    listed = {r["value"] for r in black}
    for aid, app in apps.items():
        if app is None:
            continue
        hit = app["id_number"] in listed or app["unit"] in listed
        assert hit == (truth[aid] == "BLACKLISTED"), aid


def _apps(out: Path) -> dict:
    apps = {}
    for folder in sorted((out / "inbox").iterdir()):
        try:
            apps[folder.name] = json.loads((folder / "application.json").read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            apps[folder.name] = None
    return apps


def test_applications_validate_and_ids_are_valid(sample):
    out, _ = sample
    truth = {r["applicant_id"]: r["code"] for r in _read_csv(out / "truth.csv")}
    for aid, raw in _apps(out).items():
        if truth[aid] == "APPLICATION_INVALID":
            continue
        app = Application.model_validate(raw)
        assert app.applicant_id == aid
        if truth[aid] not in ("ID_NUMBER_INVALID",):
            assert idcard.is_valid(app.id_number), aid
        if truth[aid] not in ("ID_BIRTH_MISMATCH",):
            assert idcard.birth_date(app.id_number) == app.birth_date, aid
        if truth[aid] not in ("ID_GENDER_MISMATCH",):
            assert idcard.gender(app.id_number) == app.gender, aid


def _clean_apps(out: Path):
    truth = {r["applicant_id"]: r["code"] for r in _read_csv(out / "truth.csv")}
    fields = _read_csv(out / "fields_truth.csv")
    for aid, raw in _apps(out).items():
        if truth[aid] == "CLEAN":
            yield Application.model_validate(raw), [r for r in fields if r["applicant_id"] == aid]


def test_clean_applicants_are_insured_for_every_declared_month(sample):
    out, _ = sample
    for app, fields in _clean_apps(out):
        paid = {}
        for r in fields:
            if r["field"] == "contribution":
                month, unit, _base, flag = r["value"].split("|")
                if flag == "1":
                    paid.setdefault(month, set()).add(unit)
        sub = (app.submitted_at.year, app.submitted_at.month)
        for job in app.work_history:
            end = parse_month(job.end) if job.end else sub
            for m in month_range(parse_month(job.start), end):
                key = f"{m[0]:04d}-{m[1]:02d}"
                assert paid.get(key) == {job.unit}, (app.applicant_id, key)
        current = app.work_history[-1]
        assert months_between(parse_month(current.start), sub) + 1 >= 6
        for a, b in zip(app.work_history, app.work_history[1:]):   # no gaps, no overlaps
            assert months_between(parse_month(a.end), parse_month(b.start)) == 1


def test_clean_applicants_meet_the_years_table(sample):
    out, _ = sample
    rank = {"中专": 1, "大专": 2, "本科": 3, "硕士研究生": 4, "博士研究生": 5}
    for app, _ in _clean_apps(out):
        policy = load_policy(app.policy)
        entry = policy.years_entry(app.mode, app.series, app.grade, app.level)
        assert entry is not None
        edu = app.highest_education
        cutoff = policy.years_cutoff or app.submitted_at
        worked = sum(months_between(parse_month(j.start), parse_month(j.end) if j.end else
                                    (app.submitted_at.year, app.submitted_at.month)) + 1
                     for j in app.work_history if j.professional) / 12
        ok = False
        for rule in entry.rules:
            if rank[edu.level] < rank[rule.education] or (rule.degree and rule.degree != edu.degree):
                continue
            if rule.in_title_grade:
                t = app.current_title
                ok = t is not None and t.grade == rule.in_title_grade and \
                    months_between(parse_month(t.obtained), (cutoff.year, cutoff.month)) / 12 >= rule.years + 1
            else:
                ok = worked >= rule.years + 1
            break
        assert ok, (app.applicant_id, app.grade, edu.level)
        assert app.series not in policy.exam_only or app.grade not in policy.exam_only[app.series]
        assert not app.is_civil_servant and app.disciplinary_until is None
        years = sorted(a.year for a in app.annual_appraisals)
        assert years and years[-1] == policy.application_year - 1
        assert all(a.result in ("合格", "优秀", "称职") for a in app.annual_appraisals)


def test_clean_xuexin_record_covers_submission(sample):
    out, _ = sample
    for app, fields in _clean_apps(out):
        rec = {r["field"]: r["value"] for r in fields if r["doc_type"] == "xuexin_record"}
        sub = app.submitted_at
        assert date.fromisoformat(rec["valid_until"]) > sub
        assert add_months_date(date.fromisoformat(rec["updated_date"]), 6) >= sub >= date.fromisoformat(rec["updated_date"])
        assert rec["verification_code"] == app.highest_education.xuexin_code
        assert len(app.highest_education.xuexin_code) == 12
        no = app.highest_education.certificate_no
        assert len(no) == 18 and no[6:10] == app.highest_education.graduation[:4]
        assert rec["certificate_no"] == no


def test_clean_papers_are_before_cutoff_and_have_matching_reports(sample):
    out, _ = sample
    for app, fields in _clean_apps(out):
        policy = load_policy(app.policy)
        reports = [r for r in fields if r["doc_type"] == "plagiarism_report"]
        by_doc: dict = {}
        for r in reports:
            by_doc.setdefault(r["document"], {})[r["field"]] = r["value"]
        ratio = {d["title"]: float(d["ratio_excl_refs"]) for d in by_doc.values()}
        assert len(ratio) == len(app.papers)
        for paper in app.papers:
            assert app.name in paper.authors
            assert paper.published <= f"{policy.achievement_cutoff:%Y-%m}"
            assert ratio[paper.title] < policy.plagiarism_threshold[paper.journal_level]
            if paper.journal_level == "core":
                assert (paper.journal, paper.issn, paper.cn) in core_journals()


def _shingles(text: str, k: int = 5) -> set[str]:
    body = "".join(line for line in text.splitlines() if not line[:2] in ("一、", "二、", "三、", "四、", "五、"))
    return {body[i:i + k] for i in range(len(body) - k + 1)}


def test_clean_summaries_share_only_set_phrases():
    """Summaries of CLEAN applicants must not look like near-duplicates of each other."""
    sums = [build_applicant(f"T{i}", random.Random(i), "2024", {}, set()).app["work_summary"] for i in range(25)]
    sh = [_shingles(s) for s in sums]
    worst = max(len(a & b) / len(a | b) for i, a in enumerate(sh) for b in sh[i + 1:])
    assert worst < 0.25


def test_every_fault_plants_without_error(tmp_path):
    """Each planter runs on its own (pairs produce two applicants), truth names it."""
    result = generate(tmp_path, 6, 11, degrade=0, faults=["APPLICATION_INVALID", "IMAGE_REUSED"])
    codes = sorted(r["code"] for r in result)
    assert codes.count("IMAGE_REUSED") == 2 and codes.count("APPLICATION_INVALID") == 1
    assert len(SUPPORTED_FAULTS) >= 40


def test_clean_paper_bodies_are_not_near_duplicates_but_planted_copies_are():
    papers = [compose_paper(random.Random(i), "civil", "张伟") for i in range(20)]
    sh = [_shingles("".join(p["body"])) for p in papers]
    worst = max(len(a & b) / len(a | b) for i, a in enumerate(sh) for b in sh[i + 1:])
    copy = _shingles("".join(_lightly_edited(x) for x in papers[0]["body"]))
    assert worst < 0.3
    assert len(copy & sh[0]) / len(copy | sh[0]) > 0.6


def test_core_catalogue_has_valid_issn_and_cn():
    rows = _read_csv(Path(__file__).resolve().parent.parent / "sample_docs" / "data" / "core_journals.csv")
    assert list(rows[0]) == ["title", "issn", "cn", "level"] and len(rows) >= 30
    regions = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
               50, 51, 52, 53, 54, 61, 62, 63, 64, 65}
    for r in rows:
        digits = r["issn"].replace("-", "")
        assert issn_check(digits[:7]) == digits[7], r
        m = re.fullmatch(r"(\d{2})-(\d{4})/[A-Z][A-Z0-9]?", r["cn"])
        assert m and int(m.group(1)) in regions and 1000 <= int(m.group(2)) <= 5999, r
        assert r["level"] == "core"
