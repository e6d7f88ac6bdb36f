"""The holder of every attachment is the applicant."""
from __future__ import annotations

from datetime import date

from checks.base import CheckContext
from checks.claims import check_claims
from checks.identity_docs import check_identity_documents
from checks.matching import same_person_name
from core import idcard
from core.models import Application, Document, Field, Severity, Submission
from core.policy import load_policy

ID = idcard.make("620121", date(1990, 5, 1), 123)
OTHER_ID = idcard.make("620121", date(1990, 5, 1), 125)


def make_app(**kw) -> Application:
    data = dict(
        applicant_id="A001", policy="2024", submitted_at="2024-06-15", name="张伟", id_number=ID,
        gender="男", birth_date="1990-05-01", unit="兰州新区城投建设有限公司", unit_type="state_enterprise",
        is_civil_servant=False, series="工程系列", level="工程师", grade="中级", mode="评审",
        major_applied="土木工程",
        education=[dict(school="兰州交通大学", level="本科", major="土木工程", start="2008-09",
                        graduation="2012-07")],
        work_history=[dict(unit="兰州新区城投建设有限公司", start="2012-08", end=None)],
        annual_appraisals=[], papers=[], work_summary="")
    data.update(kw)
    return Application.model_validate(data)


def doc(doc_type: str, filename: str = "x.pdf", **fields) -> Document:
    fs = []
    for name, v in fields.items():
        value, source, conf = v if isinstance(v, tuple) else (v, "text_layer", 1.0)
        fs.append(Field(name=name, value=value, page=2, bbox=(1, 2, 3, 4), source=source, confidence=conf))
    return Document(applicant_id="A001", filename=filename, doc_type=doc_type, fields=fs)


def run(*docs: Document, app: Application | None = None):
    app = app or make_app()
    sub = Submission(applicant_id="A001", application=app, documents=list(docs))
    return list(check_identity_documents(sub, CheckContext(policy=load_policy("2024"))))


def test_spacing_and_full_width_are_the_same_person():
    assert same_person_name("张伟", "张 伟") and same_person_name("张伟", "张\u3000伟")
    assert same_person_name("买买提·艾力", "买买提艾力")
    assert run(doc("id_card", name="张 伟", id_number=ID.lower()[:-1] + ID[-1].lower())) == []


def test_one_different_character_is_another_person():
    (f,) = run(doc("diploma", "毕业证.jpg", name="张玮"))
    assert f.code == "NAME_MISMATCH" and f.severity == Severity.suspect
    assert f.document == "毕业证.jpg" and f.page == 2 and f.bbox == (1, 2, 3, 4)
    assert f.evidence["declared"] == "张伟" and f.evidence["found"] == "张玮"
    assert "张玮" in f.message and "张伟" in f.message


def test_low_confidence_ocr_slip_is_unconfirmed_not_a_mismatch():
    # contract §3: a low-confidence read is not evidence; the reviewer compares by eye
    d = doc("id_card", name=("张玮", "ocr", 0.6))
    assert run(d) == []
    sub = Submission(applicant_id="A001", application=make_app(), documents=[d])
    (u,) = check_claims(sub, CheckContext(policy=load_policy("2024")))
    assert u.code == "FIELD_UNCONFIRMED" and u.severity == Severity.warn and u.page == 2
    assert u.evidence["claims"][0]["reason"] == "low_confidence"
    (g,) = run(doc("id_card", name=("李娜", "ocr", 0.6)))
    assert g.code == "NAME_MISMATCH" and g.severity == Severity.suspect  # two characters differ: not a slip


def test_a_confident_ocr_read_one_character_off_is_a_mismatch_to_look_at_not_a_suspect():
    # 刘彧 read 刘或 at 0.99 on a 110-dpi photo: a lookalike name and a misread one look the same
    (f,) = run(doc("diploma", "毕业证.jpg", name=("张玮", "ocr", 0.99)))
    assert f.code == "NAME_MISMATCH" and f.severity == Severity.warn
    assert f.evidence["likely_ocr_error"] is True and f.evidence["found"] == "张玮"
    assert "目测核对" in f.message
    # the same difference on a text layer, or two characters off on a scan, stays suspect
    (g,) = run(doc("diploma", "毕业证.pdf", name="张玮"))
    (h,) = run(doc("diploma", "毕业证.jpg", name=("李娜", "ocr", 0.99)))
    assert g.severity == h.severity == Severity.suspect


def test_id_number_mismatch_masks_numbers():
    (f,) = run(doc("social_insurance", "社保.pdf", name="张伟", id_number=OTHER_ID))
    assert f.code == "ID_NUMBER_MISMATCH" and f.severity == Severity.suspect
    assert OTHER_ID not in f.message and ID not in str(f.evidence)
    assert f.evidence["differences"][0]["pos"] == 17


def test_papers_other_and_unknown_documents_are_skipped():
    assert run(doc("paper", authors="李四"), doc("plagiarism_report", author="李四"),
               doc("other", name="王五"), doc("unknown", name="王五")) == []


def test_an_ocr_name_two_glyphs_off_beside_the_declared_id_number_is_a_warning():
    """何珊姆 for 何姗姗 on a photographed statement whose ID number reads as the declared one: the
    same person with the name's glyphs misread, shown at warn; with another ID beside it, or on a
    text layer, it stays suspect."""
    app = make_app(name="何姗姗")
    (f,) = run(doc("social_insurance", "缴费.jpg", name=("何珊姆", "ocr", 0.95), id_number=(ID, "ocr", 0.99)), app=app)
    assert f.code == "NAME_MISMATCH" and f.severity == Severity.warn and f.evidence["likely_ocr_error"] is True
    got = run(doc("social_insurance", "缴费.jpg", name=("何珊姆", "ocr", 0.95), id_number=(OTHER_ID, "ocr", 0.99)),
              app=app)
    assert any(g.code == "NAME_MISMATCH" and g.severity == Severity.suspect for g in got)
    (h,) = run(doc("social_insurance", "缴费.pdf", name="何珊姆", id_number=ID), app=app)
    assert h.severity == Severity.suspect
