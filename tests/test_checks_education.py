"""Declared education vs diploma, degree and 学信网 备案表."""
from __future__ import annotations

from datetime import date

import pytest

from checks.base import CheckContext
from checks.education import (check_education_documents, check_xuexin, degree_number_problems,
                              diploma_number_problems)
from core import idcard
from core.models import Application, Document, Field, Severity, Submission
from core.policy import load_policy

ID = idcard.make("620121", date(1990, 5, 1), 123)
CERT = "107321201205001234"   # 10732 兰州交通大学, 1 普通, 2012, 05 本科
DEGREE_NO = "1073242012001234"  # 4 学士, 2012
EDU = dict(school="兰州交通大学", level="本科", major="土木工程", start="2008-09", graduation="2012-07",
           certificate_no=CERT, degree="学士", degree_certificate_no=DEGREE_NO, xuexin_code="A1B2C3D4E5F6")


def make_app(edu: dict | None = None, **kw) -> Application:
    data = dict(
        applicant_id="A001", policy="2024", submitted_at="2024-06-15", name="张伟", id_number=ID,
        gender="男", birth_date="1990-05-01", unit="兰州新区城投建设有限公司", unit_type="state_enterprise",
        is_civil_servant=False, series="工程系列", level="工程师", grade="中级", mode="评审",
        major_applied="土木工程", education=[dict(EDU, **(edu or {}))],
        work_history=[dict(unit="兰州新区城投建设有限公司", start="2012-08", end=None)],
        annual_appraisals=[], papers=[], work_summary="")
    data.update(kw)
    return Application.model_validate(data)


def doc(doc_type: str, filename: str = "x.pdf", **fields) -> Document:
    return Document(applicant_id="A001", filename=filename, doc_type=doc_type,
                    fields=[Field(name=k, value=v, page=1) for k, v in fields.items()])


def diploma(**over) -> Document:
    f = dict(name="张伟", school="兰州交通大学", major="土木工程", level="本科",
             graduation_date="2012-07-01", certificate_no=CERT)
    f.update(over)
    return doc("diploma", "毕业证.jpg", **f)


def record(**over) -> Document:
    f = dict(name="张伟", school="兰州交通大学", level="本科", major="土木工程", graduation_date="2012-07-01",
             certificate_no=CERT, verification_code="A1B2C3D4E5F6", updated_date="2024-03-01",
             valid_until="2024-09-01")
    f.update(over)
    return doc("xuexin_record", "备案表.pdf", **f)


def run(check, *docs: Document, app: Application | None = None, policy: str = "2024"):
    app = app or make_app()
    sub = Submission(applicant_id="A001", application=app, documents=list(docs))
    return list(check(sub, CheckContext(policy=load_policy(policy))))


# ------------------------------------------------------------ EDUCATION_MISMATCH

def test_matching_documents_raise_nothing():
    degree = doc("degree", "学位.jpg", degree="工学学士学位", major="土木工程", award_date="2012-07-01",
                 degree_certificate_no=DEGREE_NO)
    assert run(check_education_documents, diploma(level="普通高等学校本科"), degree, record()) == []


def test_independent_college_is_another_school():
    (f,) = run(check_education_documents, diploma(school="兰州交通大学博文学院"))
    assert f.code == "EDUCATION_MISMATCH" and f.evidence["field"] == "school"
    assert f.evidence["declared"] == "兰州交通大学" and f.evidence["found"] == "兰州交通大学博文学院"
    assert f.document == "毕业证.jpg" and f.evidence["clause"] == "新组通〔2024〕23号 七(一)"


def test_level_mapping_and_graduation_month():
    app = make_app({"level": "大专", "certificate_no": None, "degree": None, "degree_certificate_no": None})
    assert run(check_education_documents, diploma(level="专科（高职）", certificate_no=""), app=app) == []
    found = run(check_education_documents, diploma(graduation_date="2013-07-01"))
    # one cause, one finding: the printed date differs from the declared one; the declared
    # number (year 2012) agrees with the declared graduation, so no number finding follows
    (f,) = found
    assert f.code == "EDUCATION_MISMATCH" and f.evidence["field"] == "graduation_date"
    assert f.evidence["declared"] == "2012-07" and f.evidence["found"] == "2013-07-01"


def test_certificate_number_differs():
    other = "107321201205009999"
    (f,) = run(check_education_documents, diploma(certificate_no=other))
    assert f.evidence["field"] == "certificate_no" and f.evidence["found"] == other


# ------------------------------------------------------------ DIPLOMA_NUMBER_INCONSISTENT

def test_certificate_number_year_digits():
    assert diploma_number_problems(CERT, "2012-07", "本科") == []
    assert diploma_number_problems("107321201305001234", "2012-07", "本科")  # year 2013
    assert diploma_number_problems("107321201206001234", "2012-07", "本科")  # 06 专科
    assert diploma_number_problems("10732120020500123", "2002-07", "本科") == []  # 17 digits in 2002
    assert diploma_number_problems("107326201205001234", "2013-07", "本科") == []  # 自考 layout skipped
    assert diploma_number_problems("1234", "1999-07", "本科") == []  # before 2002


def test_a_17_digit_number_of_a_self_study_diploma_is_not_judged_by_the_18_digit_layout():
    from core.models import Line, Page
    n17 = "65620103151733130"
    app = make_app({"certificate_no": n17, "graduation": "2015-06"})
    zk = diploma(certificate_no=n17, graduation_date="2015-06")
    zk.pages = [Page(number=1, width=595, height=842, text_source="ocr",
                     lines=[Line(text=t, bbox=(0, 0, 10, 10), source="ocr") for t in ("高等教育自学考试", "毕业证书")])]
    assert not [x for x in run(check_education_documents, zk, app=app)
                if x.code == "DIPLOMA_NUMBER_INCONSISTENT" and x.evidence["field"] == "certificate_no"]
    # the same number beside an ordinary diploma is judged (and found short)
    (f,) = [x for x in run(check_education_documents, diploma(certificate_no=n17, graduation_date="2015-06"), app=app)
            if x.code == "DIPLOMA_NUMBER_INCONSISTENT" and x.evidence["field"] == "certificate_no"]
    assert "18位" in f.message


def test_wrong_year_on_declared_and_document_number_is_reported_once():
    bad = "107321201305001234"
    app = make_app({"certificate_no": bad})
    found = run(check_education_documents, diploma(certificate_no=bad), app=app)
    (f,) = [x for x in found if x.code == "DIPLOMA_NUMBER_INCONSISTENT"]
    assert "2013" in f.message and f.document == "毕业证.jpg"


def test_degree_number_level_and_year():
    assert degree_number_problems(DEGREE_NO, "2012-07-01", "学士") == []
    assert degree_number_problems("1073232012001234", "2012-07-01", "学士")  # 3 = 硕士
    assert degree_number_problems("1073242016001234", "2012-07-01", "学士")  # 2016
    assert degree_number_problems("1073242013001234", "2012-07-01", "学士") == []  # ±1 year


# ------------------------------------------------------------ 学信网

def test_record_missing_for_a_2002_or_later_graduate():
    (f,) = run(check_xuexin)
    assert f.code == "XUEXIN_RECORD_MISSING" and f.evidence["required"] == "备案表"
    assert "备案表" in f.message


def test_before_2002_asks_for_the_certification_report_and_record_satisfies_it():
    app = make_app({"graduation": "2000-07", "start": "1996-09", "certificate_no": None,
                    "degree_certificate_no": None, "xuexin_code": None})
    (f,) = run(check_xuexin, app=app)
    assert f.evidence["required"] == "认证报告" and "认证报告" in f.message
    assert run(check_xuexin, record(graduation_date="2000-07-01", certificate_no="",
                                    verification_code=""), app=app) == []


def test_record_present_valid_on_submission_day():
    assert run(check_xuexin, record(valid_until="2024-06-15")) == []


def test_record_expired_by_one_day():
    (f,) = run(check_xuexin, record(valid_until="2024-06-14"))
    assert f.code == "XUEXIN_RECORD_EXPIRED" and f.evidence["valid_until"] == "2024-06-14"


def test_expiry_from_updated_date_when_valid_until_absent():
    assert run(check_xuexin, record(valid_until="", updated_date="2023-12-15")) == []
    (f,) = run(check_xuexin, record(valid_until="", updated_date="2023-12-14"))
    assert f.code == "XUEXIN_RECORD_EXPIRED" and f.evidence["valid_until"] == "2024-06-14"


@pytest.mark.parametrize("code", [None, "", "A1B2C3", "A1B2C3D4E5F6G7", "A1B2-C3D4-E5F"])
def test_declared_code_absent_or_malformed(code):
    found = run(check_xuexin, record(), app=make_app({"xuexin_code": code}))
    assert [f.code for f in found] == ["XUEXIN_CODE_INVALID"]
    assert found[0].severity == Severity.warn


def test_declared_code_differs_from_record():
    (f,) = run(check_xuexin, record(verification_code="ZZZZ99998888"))
    assert f.code == "XUEXIN_CODE_INVALID" and f.evidence["found"] == "ZZZZ99998888"


def test_spaced_lower_case_code_is_fine():
    assert run(check_xuexin, record(), app=make_app({"xuexin_code": "a1b2 c3d4 e5f6"})) == []


def test_major_with_bracketed_direction_is_the_same_major():
    assert run(check_education_documents, diploma(major="土木工程（建筑工程方向）")) == []
    (f,) = run(check_education_documents, diploma(major="工程管理"))
    assert f.evidence["field"] == "major"


def test_lower_item_document_is_compared_with_its_own_item():
    app = make_app(education=[
        dict(school="甘肃建筑职业技术学院", level="大专", major="建筑工程技术", start="2005-09",
             graduation="2008-07", certificate_no="139851200806000123"),
        dict(EDU)])
    lower = diploma(school="甘肃建筑职业技术学院", major="建筑工程技术", level="专科",
                    graduation_date="2008-07-01", certificate_no="139851200806000123")
    assert run(check_education_documents, lower, diploma(), app=app) == []


def test_an_ocr_school_one_glyph_off_is_a_warning_and_a_text_layer_one_stays_suspect():
    """兰州财绎大学 for 兰州财经大学 on a photographed diploma: the recogniser's slip, shown at warn;
    the same on a text layer (or a school two glyphs off) stays an accusation."""
    app = make_app(edu=dict(school="兰州财经大学"))
    d = diploma(school="兰州财绎大学")
    for f in d.fields:
        f.source, f.confidence = "ocr", 0.97
    (f,) = run(check_education_documents, d, app=app)
    assert f.code == "EDUCATION_MISMATCH" and f.severity == Severity.warn and f.evidence["likely_ocr_error"] is True
    (g,) = run(check_education_documents, diploma(school="兰州财绎大学"), app=app)
    assert g.severity != Severity.warn and g.evidence["likely_ocr_error"] is False
