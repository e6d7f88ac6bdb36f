"""Checks on the declared data: identity, eligibility, years, major, appraisal.

Applications are built in code from valid defaults (a 2024 评审 中级 engineer
whose every rule is met); each test changes one thing and looks at both sides
of its threshold.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

import checks.appraisal  # noqa: F401  (registers the checks)
import checks.eligibility  # noqa: F401
import checks.identity  # noqa: F401
import checks.major  # noqa: F401
import checks.years  # noqa: F401
from checks.base import CHECKS, CheckContext
from core import idcard
from core.models import Application, Document, Field, Severity, Submission
from core.policy import load_policy

P2024 = load_policy("2024")
P2021 = load_policy("2021")
MINE = ("id_number", "eligibility", "years", "major", "appraisal")


def make_app(**over: Any) -> Application:
    born = over.pop("birth_date", date(1990, 5, 17))
    gender = over.pop("gender", "男")
    data: dict[str, Any] = dict(
        applicant_id="A001", policy="2024", submitted_at=date(2024, 10, 8), name="张三",
        id_number=idcard.make("620102", born, 123 if gender == "男" else 124),
        gender=gender, birth_date=born, unit="兰州新区建设投资有限公司", unit_type="state_enterprise",
        is_civil_servant=False, disciplinary_until=None, series="工程系列", level="工程师", grade="中级",
        mode="评审", major_applied="建筑工程",
        education=[dict(school="兰州交通大学", level="本科", major="土木工程", start="2008-09",
                        graduation="2012-07", degree="学士")],
        work_history=[dict(unit="兰州新区建设投资有限公司", start="2012-07", end=None,
                           position="技术员", professional=True)],
        current_title=dict(name="助理工程师", grade="助理级", obtained="2016-12"),
        annual_appraisals=[dict(year=2023, result="合格")],
        continuing_education_hours=90, papers=[], work_summary="负责施工技术管理。",
    )
    data.update(over)
    return Application.model_validate(data)


def app_2021(**over: Any) -> Application:
    """A clean 2021 认定 助理级 applicant (本科 + 1 year), submitted 2021-06-20."""
    base: dict[str, Any] = dict(
        policy="2021", submitted_at=date(2021, 6, 20), mode="认定", grade="助理级", level="助理工程师",
        unit_type="private_enterprise", current_title=None,
        education=[dict(school="兰州理工大学", level="本科", major="土木工程", start="2016-09",
                        graduation="2020-07", degree="学士")],
        work_history=[dict(unit="甘肃某建筑公司", start="2020-07", end=None, position="技术员")],
        annual_appraisals=[dict(year=2020, result="合格")],
    )
    base.update(over)
    return make_app(**base)


def appraisal_doc(pairs: list[tuple[str, str]], page: int = 2, name: str = "考核表.pdf") -> Document:
    fields = []
    for y, r in pairs:
        fields += [Field(name="year", value=y, page=page), Field(name="result", value=r, page=page)]
    return Document(applicant_id="A001", filename=name, doc_type="annual_appraisal", fields=fields)


def run(app: Application, policy=P2024, names=MINE, docs=()) -> list:
    sub = Submission(applicant_id=app.applicant_id, application=app, documents=list(docs))
    ctx = CheckContext(policy=policy)
    out = []
    for n in names:
        out += list(CHECKS[n](sub, ctx))
    return out


def codes(findings) -> list[str]:
    return sorted(f.code for f in findings)


def only(findings, code):
    hits = [f for f in findings if f.code == code]
    assert len(hits) == 1, [f.message for f in findings]
    return hits[0]


# --------------------------------------------------------------------------- clean

def test_clean_applications_give_no_finding():
    assert run(make_app()) == []
    assert run(app_2021(), P2021) == []


def test_invalid_application_is_skipped():
    sub = Submission(applicant_id="A009", application=None)
    for n in MINE:
        assert list(CHECKS[n](sub, CheckContext(policy=P2024))) == []


# --------------------------------------------------------------------------- identity

def test_wrong_check_digit():
    good = idcard.make("620102", date(1990, 5, 17), 123)
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    f = only(run(make_app(id_number=bad)), "ID_NUMBER_INVALID")
    assert f.severity == Severity.suspect
    assert f"校验码应为{good[17]}" in f.message
    assert bad not in f.message and bad not in str(f.evidence)      # never the full number
    assert f.evidence["id_number"] == idcard.mask(bad)
    assert f.clause == "新组通〔2024〕23号 七(三)"


def test_malformed_id_number_only_invalid():
    fs = run(make_app(id_number="62010219900517123"))               # 17 characters
    assert codes(fs) == ["ID_NUMBER_INVALID"]
    assert "格式错误" in fs[0].message


def test_birth_date_mismatch_names_both_dates():
    app = make_app(id_number=idcard.make("620102", date(1990, 6, 17), 123))
    f = only(run(app), "ID_BIRTH_MISMATCH")
    assert f.message == "身份证号码中的出生日期1990-06-17与申报的出生日期1990-05-17不一致。"
    assert f.evidence["id_birth_date"] == "1990-06-17"
    assert f.evidence["declared_birth_date"] == "1990-05-17"
    assert "ID_NUMBER_INVALID" not in codes(run(app))


def test_gender_mismatch():
    app = make_app(id_number=idcard.make("620102", date(1990, 5, 17), 124))  # even → 女
    f = only(run(app), "ID_GENDER_MISMATCH")
    assert (f.evidence["id_gender"], f.evidence["declared_gender"]) == ("女", "男")
    assert "女" in f.message and "男" in f.message


# --------------------------------------------------------------------------- eligibility

def test_civil_servant_rejected_with_scope_clause():
    f = only(run(make_app(is_civil_servant=True)), "INELIGIBLE_CIVIL_SERVANT")
    assert f.severity == Severity.reject
    assert f.clause == "新组通〔2024〕23号 一"
    f = only(run(app_2021(is_civil_servant=True), P2021), "INELIGIBLE_CIVIL_SERVANT")
    assert f.severity == Severity.reject and f.clause == "新组通〔2021〕17号 四.1"


def test_government_unit_is_suspect_in_evaluation_only():
    f = only(run(make_app(unit_type="government")), "INELIGIBLE_CIVIL_SERVANT")
    assert f.severity == Severity.suspect
    assert run(app_2021(unit_type="government"), P2021, ("eligibility",)) == []


def test_disciplinary_period_boundary():
    sub_at = date(2024, 10, 8)
    f = only(run(make_app(disciplinary_until=sub_at)), "INELIGIBLE_DISCIPLINARY")
    assert "2024-10-08" in f.message and f.clause == "新组通〔2024〕23号 一"
    assert f.evidence["disciplinary_until"] == f.evidence["submitted_at"] == "2024-10-08"
    assert run(make_app(disciplinary_until=sub_at - timedelta(days=1))) == []


def test_retirement_in_application_year_vs_next():
    f = only(run(make_app(birth_date=date(1964, 12, 20))), "INELIGIBLE_RETIREMENT_AGE")
    assert f.evidence["retirement_month"] == "2024-12" and f.evidence["retirement_rule"] == "old"
    assert f.evidence["birth_date"] == "1964-12-20" and f.clause == "新组通〔2024〕23号 一"
    assert "2024-12" in f.message
    # born a month later: the reform moves retirement to 2025-02, after the application year
    assert run(make_app(birth_date=date(1965, 1, 5))) == []
    # women (55 group)
    assert codes(run(make_app(birth_date=date(1969, 12, 1), gender="女"))) == ["INELIGIBLE_RETIREMENT_AGE"]
    assert run(make_app(birth_date=date(1970, 1, 1), gender="女")) == []


def test_retirement_under_the_reform_in_a_later_year():
    p2025 = P2024.model_copy(update={"application_year": 2025})
    app = make_app(birth_date=date(1965, 1, 5))
    f = only(run(app, p2025, ("eligibility",)), "INELIGIBLE_RETIREMENT_AGE")
    assert (f.evidence["retirement_month"], f.evidence["retirement_rule"], f.evidence["delay_months"]) == ("2025-02", "reform2025", 1)
    assert run(make_app(birth_date=date(1965, 12, 5)), p2025, ("eligibility",)) == []  # retires 2026-03


@pytest.mark.parametrize("series", ["会计系列", "会计", " 会计 系列"])
def test_exam_only_grade_vs_higher_grade(series):
    app = make_app(series=series, level="会计师", grade="中级", major_applied="会计学",
                   education=[dict(school="兰州财经大学", level="本科", major="会计学", start="2008-09",
                                   graduation="2012-07", degree="学士")])
    f = only(run(app), "EXAM_ONLY_SERIES")
    assert f.clause == "新组通〔2021〕17号 四.2" and f.evidence["grade"] == "中级"
    higher = app.model_copy(update={"grade": "副高级", "level": "高级会计师",
                                    "current_title": app.current_title.model_copy(update={"grade": "中级"})})
    assert "EXAM_ONLY_SERIES" not in codes(run(higher))


# --------------------------------------------------------------------------- years

def junior(**over: Any) -> Application:
    """2024 评审 助理级, 本科 graduated 2023-07: needs 1 year (12 months) to 2024-12-31 (人社部发〔2019〕16号).
    助理工程师 is not among the levels the 新区 evaluates itself (2024 三(一)): 委托评审, info."""
    base: dict[str, Any] = dict(grade="助理级", level="助理工程师", current_title=None,
                                education=[dict(school="兰州交通大学", level="本科", major="土木工程",
                                                start="2019-09", graduation="2023-07", degree="学士")])
    base.update(over)
    return make_app(**base)


def work(*spans, professional=True):
    return [dict(unit="某公司", start=s, end=e, position="技术员", professional=professional) for s, e in spans]


def test_years_exactly_enough_vs_one_month_short():
    assert run(junior(work_history=work(("2024-01", None))), names=("years",)) == []
    f = only(run(junior(work_history=work(("2024-02", None))), names=("years",)), "INSUFFICIENT_YEARS")
    assert f.severity == Severity.info and f.clause == "新组通〔2024〕23号 三(二)"
    assert "委托评审" in f.message and f.evidence["table"]["source"].startswith("人社部发〔2019〕16号")
    assert f.evidence["cutoff_date"] == "2024-12-31"
    bachelor = next(r for r in f.evidence["rules"] if r["education"] == "本科")
    assert (bachelor["required_months"], bachelor["counted_months"]) == (12, 11)
    assert "11个月" in f.message and "2024-12-31" in f.message
    # months after the cut-off do not count, even when the job is declared to go on
    assert codes(run(junior(work_history=work(("2024-02", "2025-06"))), names=("years",))) == ["INSUFFICIENT_YEARS"]


def test_work_before_graduation_does_not_count():
    early = work(("2021-01", None))
    ok = junior(work_history=early, education=[dict(school="x", level="本科", major="土木工程",
                                                    start="2020-01", graduation="2024-01")])
    short = junior(work_history=early, education=[dict(school="x", level="本科", major="土木工程",
                                                       start="2020-02", graduation="2024-02")])
    assert run(ok, names=("years",)) == []
    assert codes(run(short, names=("years",))) == ["INSUFFICIENT_YEARS"]


def test_overlaps_count_once_and_non_professional_work_not_at_all():
    overlapping = work(("2024-02", "2024-08"), ("2024-05", "2024-12"))          # 11 distinct months
    assert codes(run(junior(work_history=overlapping), names=("years",))) == ["INSUFFICIENT_YEARS"]
    mixed = work(("2024-02", None)) + work(("2024-01", "2024-01"), professional=False)
    assert codes(run(junior(work_history=mixed), names=("years",))) == ["INSUFFICIENT_YEARS"]
    gapless = work(("2024-01", "2024-06"), ("2024-07", None))
    assert run(junior(work_history=gapless), names=("years",)) == []


def test_years_in_title_grade():
    # 中级 with 本科: the 大专 rule needs 4 years in 助理级, counted from the month obtained
    ok = make_app(current_title=dict(name="助理工程师", grade="助理级", obtained="2021-01"))
    short = make_app(current_title=dict(name="助理工程师", grade="助理级", obtained="2021-02"))
    assert run(ok, names=("years",)) == []
    f = only(run(short, names=("years",)), "INSUFFICIENT_YEARS")
    assert "47个月" in f.message
    lower = make_app(current_title=dict(name="技术员", grade="员级", obtained="2010-01"))
    assert codes(run(lower, names=("years",))) == ["INSUFFICIENT_YEARS"]


def test_education_below_every_rule():
    app = make_app(education=[dict(school="某中专", level="中专", major="建筑工程", start="2005-09",
                                   graduation="2008-07")])
    f = only(run(app, names=("years",)), "INSUFFICIENT_YEARS")
    assert "中专" in f.message and "学历要求" in f.message


def test_technical_school_class_counts_as_bachelor():
    app = junior(work_history=work(("2024-01", None)),
                 education=[dict(school="甘肃技师学院", level="技工院校预备技师班", major="建筑工程",
                                 start="2019-09", graduation="2023-07")])
    assert run(app, names=("years",)) == []


def test_degree_required_and_cutoff_is_submission_date_without_policy_cutoff():
    master = [dict(school="兰州大学", level="硕士研究生", major="土木工程", start="2015-09",
                   graduation="2018-06", degree="硕士")]
    base = dict(grade="中级", level="工程师", education=master, work_history=work(("2018-06", None)))
    assert run(app_2021(submitted_at=date(2021, 5, 20), **base), P2021, ("years",)) == []   # 36 months
    f = only(run(app_2021(submitted_at=date(2021, 4, 20), **base), P2021, ("years",)), "INSUFFICIENT_YEARS")
    assert f.evidence["cutoff_date"] == "2021-04-20" and f.clause == "新组通〔2021〕17号 二(一)3(2)"
    no_degree = [dict(master[0], degree=None)]
    f = only(run(app_2021(submitted_at=date(2021, 5, 20), **dict(base, education=no_degree)), P2021, ("years",)),
             "INSUFFICIENT_YEARS")
    assert "硕士学位" in f.message


def test_mismatched_major_needs_an_extra_year_outside_strict_units():
    # 本科 2020-07, work 2020-07 → submitted 2021-06-20: 12 months, enough when majors are close
    accounting = [dict(school="兰州财经大学", level="本科", major="会计学", start="2016-09", graduation="2020-07")]
    f = only(run(app_2021(education=accounting), P2021, ("years",)), "INSUFFICIENT_YEARS")
    assert f.evidence["extra_years"] == 1 and "延长1年" in f.message
    # strict unit types: no extra year here (MAJOR_MISMATCH rejects on its own)
    assert run(app_2021(education=accounting, unit_type="state_enterprise"), P2021, ("years",)) == []


def test_no_years_table_is_said_never_borrowed():
    app = make_app(grade="员级", level="技术员", work_history=[], current_title=None)
    f = only(run(app, names=("years",)), "INSUFFICIENT_YEARS")
    assert f.severity == Severity.info and f.evidence["checked"] is False and "未核验" in f.message


# --------------------------------------------------------------------------- major

ACCOUNTING = [dict(school="兰州财经大学", level="本科", major="会计学", start="2008-09", graduation="2012-07")]


def test_major_mismatch_strict_unit_rejects_in_2021():
    f = only(run(app_2021(education=ACCOUNTING, unit_type="state_enterprise"), P2021, ("major",)),
             "MAJOR_MISMATCH")
    assert f.severity == Severity.reject and f.clause == "新组通〔2021〕17号 二(二)1"
    assert (f.evidence["studied_major"], f.evidence["major_applied"]) == ("会计学", "建筑工程")
    assert "会计学" in f.message and "建筑工程" in f.message


def test_major_mismatch_other_units_is_a_warning():
    f = only(run(app_2021(education=ACCOUNTING), P2021, ("major",)), "MAJOR_MISMATCH")
    assert f.severity == Severity.warn and "延长1年" in f.message
    f = only(run(make_app(education=ACCOUNTING), names=("major",)), "MAJOR_MISMATCH")
    assert f.severity == Severity.warn and "quote" not in f.evidence and f.evidence["source"]  # no 2024 clause


def test_close_unknown_or_earlier_matching_major_gives_no_finding():
    assert run(make_app(major_applied="工业与民用建筑"), names=("major",)) == []
    assert run(make_app(education=[dict(ACCOUNTING[0], major="考古学")]), names=("major",)) == []
    both = [dict(school="兰州交通大学", level="本科", major="土木工程", start="2004-09", graduation="2008-07"),
            dict(ACCOUNTING[0], level="硕士研究生", major="工商管理", degree="硕士")]
    assert run(make_app(education=both), names=("major",)) == []


# --------------------------------------------------------------------------- appraisal

def test_pass_vs_basic_pass():
    assert run(make_app(annual_appraisals=[dict(year=2023, result="合格")]), names=("appraisal",)) == []
    f = only(run(make_app(annual_appraisals=[dict(year=2023, result="基本合格")]), names=("appraisal",)),
             "APPRAISAL_FAILED")
    assert f.severity == Severity.suspect and "quote" not in f.evidence   # no notice says 基本合格 rejects
    assert (f.evidence["year"], f.evidence["result"]) == (2023, "基本合格")
    assert "2023" in f.message and "基本合格" in f.message


def test_failed_result_from_document_names_document_and_page():
    doc = appraisal_doc([("2022年度", "合格"), ("2023年度", "不 合 格")], page=2)
    f = only(run(make_app(), names=("appraisal",), docs=[doc]), "APPRAISAL_FAILED")
    assert (f.document, f.page, f.evidence["year"], f.evidence["result"]) == ("考核表.pdf", 2, 2023, "不合格")
    assert f.evidence["declared_result"] == "合格"
    assert "考核表.pdf" in f.message and "第2页" in f.message


def test_old_failure_is_only_a_warning():
    app = make_app(annual_appraisals=[dict(year=2019, result="不合格"), dict(year=2023, result="优秀")])
    f = only(run(app, names=("appraisal",)), "APPRAISAL_FAILED")
    assert f.severity == Severity.warn and f.evidence["in_required_years"] is False


def test_appraisal_missing_and_its_severity_by_policy():
    f = only(run(app_2021(annual_appraisals=[]), P2021, ("appraisal",)), "APPRAISAL_MISSING")
    assert f.severity == Severity.reject and f.clause == "新组通〔2021〕17号 附件3"
    assert f.evidence["found_years"] == [] and "无任何年度考核结果" in f.message
    f = only(run(make_app(annual_appraisals=[dict(year=2022, result="合格")]), names=("appraisal",)),
             "APPRAISAL_MISSING")
    assert f.severity == Severity.warn and f.evidence["found_years"] == [2022]


def test_application_year_or_document_result_is_accepted():
    assert run(make_app(annual_appraisals=[dict(year=2024, result="称职")]), names=("appraisal",)) == []
    doc = appraisal_doc([("2023", "优秀")])
    assert run(make_app(annual_appraisals=[]), names=("appraisal",), docs=[doc]) == []


def test_unreadable_appraisal_document_softens_missing_and_odd_fields_do_not_raise():
    doc = Document(applicant_id="A001", filename="scan.jpg", doc_type="annual_appraisal",
                   fields=[Field(name="year", value="abc"), Field(name="result", value="")])
    f = only(run(app_2021(annual_appraisals=[]), P2021, ("appraisal",), docs=[doc]), "APPRAISAL_MISSING")
    assert f.severity == Severity.warn and f.evidence["unreadable_documents"] == 1
