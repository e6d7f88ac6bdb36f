"""Required attachments per notice and mode, continuing education, blacklist."""
from __future__ import annotations

from datetime import date

import pytest

from checks.base import CheckContext
from checks.blacklist import check_blacklist, load_blacklist
from checks.materials import check_continuing_education, check_required_materials
from core import idcard
from core.models import Application, Document, Field, Severity, Submission
from core.policy import load_policy
from tests.factories import make_app as _make_app

ID = idcard.make("620121", date(1990, 5, 1), 123)
UNIT = "兰州新区城投建设有限公司"


def make_app(**kw) -> Application:
    kw.setdefault("continuing_education_hours", 90)
    return _make_app(**kw)


def docs(*types: str, fields: dict | None = None) -> list[Document]:
    return [Document(applicant_id="A001", filename=f"{t}.pdf", doc_type=t,
                     fields=[Field(name=k, value=v) for k, v in (fields or {}).items()]) for t in types]


def run(check, app: Application, documents=(), **options):
    sub = Submission(applicant_id="A001", application=app, documents=list(documents))
    return list(check(sub, CheckContext(policy=load_policy(app.policy), options=options)))


ALL_2024 = ("social_insurance", "diploma", "xuexin_record", "annual_appraisal")


# ------------------------------------------------------------ MATERIAL_MISSING

def test_2024_evaluation_all_present():
    assert run(check_required_materials, make_app(), docs(*ALL_2024)) == []


def test_2024_evaluation_missing_statement_names_the_doc_type():
    (f,) = run(check_required_materials, make_app(), docs("diploma", "xuexin_record", "annual_appraisal"))
    assert f.code == "MATERIAL_MISSING" and f.evidence["doc_type"] == "social_insurance"
    assert f.severity == Severity.warn and f.evidence["clause"] == "新组通〔2024〕23号 六(九)"


def test_2021_recognition_needs_employment_proof():
    app = make_app(policy="2021", mode="认定", submitted_at="2021-08-20")
    (f,) = run(check_required_materials, app, docs(*ALL_2024))
    assert f.evidence["doc_type"] == "employment_proof"
    assert f.evidence["clause"] == "新组通〔2021〕17号 三.1"
    assert run(check_required_materials, app, docs(*ALL_2024, "employment_proof")) == []


def test_xuexin_record_is_left_to_the_education_checks():
    assert run(check_required_materials, make_app(), docs("social_insurance", "diploma", "annual_appraisal")) == []


def test_unreadable_document_does_not_count_as_present():
    found = run(check_required_materials, make_app(), docs("unknown", "diploma", "annual_appraisal"))
    assert [f.evidence["doc_type"] for f in found] == ["social_insurance"]


def test_missing_statement_of_a_shareholder_without_contract_and_salary_stays_a_warning():
    app = make_app(work_history=[dict(unit=UNIT, start="2012-08", end=None, position="股东")])
    (f,) = run(check_required_materials, app, docs("diploma", "annual_appraisal"))
    assert f.severity == Severity.warn and f.evidence["doc_type"] == "social_insurance"


# ------------------------------------------------------------ CONTINUING_EDUCATION_MISSING

@pytest.mark.parametrize("hours", [None, 0, 90])
def test_2024_evaluation_without_certificate(hours):
    (f,) = run(check_continuing_education, make_app(continuing_education_hours=hours))
    assert f.code == "CONTINUING_EDUCATION_MISSING" and f.evidence["declared_hours"] == hours
    assert f.evidence["clause"] == "新组通〔2024〕23号 六(六)"


def test_2024_evaluation_with_certificate():
    assert run(check_continuing_education, make_app(), docs("continuing_education")) == []


def test_2021_recognition_does_not_require_it():
    app = make_app(policy="2021", mode="认定", continuing_education_hours=None)
    assert run(check_continuing_education, app) == []


# ------------------------------------------------------------ BLACKLISTED

def test_load_blacklist_long_form_with_bom(tmp_path):
    p = tmp_path / "bl.csv"
    p.write_bytes("kind,value,name,reason\nid_number,{},张伟,论文造假\nunit,某公司,,\nbogus,1,,\n"
                  .format(ID).encode("utf-8-sig"))
    rows = load_blacklist(p)
    assert rows == [{"kind": "id_number", "value": ID, "name": "张伟", "reason": "论文造假"},
                    {"kind": "unit", "value": "某公司", "name": "", "reason": ""}]


def test_load_blacklist_wide_form(tmp_path):
    p = tmp_path / "bl.csv"
    p.write_text("id_number,unit\n{},\n,兰州新区城投建设有限责任公司\n".format(ID), encoding="utf-8")
    assert [(r["kind"], r["value"]) for r in load_blacklist(p)] == [
        ("id_number", ID), ("unit", "兰州新区城投建设有限责任公司")]


def test_blacklisted_by_id_number():
    rows = [{"kind": "id_number", "value": ID.lower(), "name": "张伟", "reason": "材料造假"}]
    (f,) = run(check_blacklist, make_app(), blacklist=rows)
    assert f.code == "BLACKLISTED" and f.severity == Severity.reject
    assert ID not in f.message and f.evidence["reason"] == "材料造假"
    assert f.evidence["clause"] == "新组通〔2024〕23号 七(三)"


def test_blacklisted_by_renamed_unit_and_not_by_another_unit():
    listed = [{"kind": "unit", "value": "城投建设有限责任公司", "name": "", "reason": ""}]
    (f,) = run(check_blacklist, make_app(), blacklist=listed)
    assert f.evidence["kind"] == "unit" and f.severity == Severity.suspect      # a name is not an identifier
    assert (f.evidence["listed_value"], f.evidence["declared_unit"]) == ("城投建设有限责任公司", UNIT)
    other = [{"kind": "unit", "value": "兰州新区华润燃气有限公司", "name": "", "reason": ""}]
    assert run(check_blacklist, make_app(), blacklist=other) == []
    assert run(check_blacklist, make_app()) == []


def test_blacklisted_by_credit_code_on_a_document():
    code = "91620100MA71XXXX0X"
    from checks.matching import uscc_valid
    # make a valid code by fixing its check character
    code = next(code[:17] + c for c in "0123456789ABCDEFGHJKLMNPQRTUWXY" if uscc_valid(code[:17] + c))
    rows = [{"kind": "credit_code", "value": code, "name": UNIT, "reason": "拖欠社保"}]
    proof = docs("employment_proof", fields={"unit": f"{UNIT}（统一社会信用代码：{code}）"})
    (f,) = run(check_blacklist, make_app(), proof, blacklist=rows)
    assert f.evidence["kind"] == "credit_code"
    assert run(check_blacklist, make_app(), blacklist=rows) == []
