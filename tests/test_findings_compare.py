"""Each finding carries its deciding comparison; one cause gives one finding; rules that pass are listed;
every evidence key and enum value the checks write has a Chinese label.
"""
from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

from checks.base import CheckContext
from checks.education import check_xuexin
from checks.identity import check_id_number
from checks.identity_docs import check_identity_documents
from core import idcard
from core.labels import EVIDENCE_LABELS, FIELD_LABELS, VALUE_LABELS, local_time
from core.models import Document, Field, Finding, Severity, Submission
from core.policy import load_policy
from pipeline.evidence import comparison, format_value, mask_ids, rule_line
from pipeline.sheets import view_model
from pipeline.stages import dedupe_findings
from tests.factories import make_app

CHECKS = Path(__file__).resolve().parent.parent / "checks"
ID = idcard.make("620121", date(1990, 5, 1), 123)   # 男
CERT18 = "107301201705001234"


def _ctx():
    return CheckContext(policy=load_policy("2024"))


CERT = "107321201205001234"   # 10732 兰州交通大学, 1 普通, 2012, 05 本科 (contract §6)


def edu_app(edu: dict):
    base = dict(school="兰州交通大学", level="本科", major="土木工程", start="2008-09", graduation="2012-07",
                certificate_no=CERT, degree="学士", degree_certificate_no="1073242012001234",
                xuexin_code="A1B2C3D4E5F6")
    return make_app(education=[dict(base, **edu)])


def record(**over) -> Document:
    f = dict(name="张伟", school="兰州交通大学", level="本科", major="土木工程", graduation_date="2012-07-01",
             certificate_no=CERT, verification_code="A1B2C3D4E5F6", updated_date="2024-03-01",
             valid_until="2024-09-01")
    f.update(over)
    return Document(applicant_id="A001", filename="备案表.pdf", doc_type="xuexin_record",
                    fields=[Field(name=k, value=v, page=1) for k, v in f.items()])


def test_xuexin_code_finding_shows_the_code_read_on_the_record():
    app = edu_app({"xuexin_code": "BF7Q5UL5N"})
    sub = Submission(applicant_id="A001", application=app,
                     documents=[record(verification_code="BF7Q5UL5NM71")])
    (f,) = list(check_xuexin(sub, _ctx()))
    assert f.code == "XUEXIN_CODE_INVALID"
    assert f.evidence["declared"] == "BF7Q5UL5N" and f.evidence["found"] == "BF7Q5UL5NM71"
    assert f.document == "备案表.pdf" and "BF7Q5UL5NM71" in f.message
    rows = dict(comparison(f.evidence, f.document, f.page))
    assert rows["申报"] == "BF7Q5UL5N" and rows["材料（备案表.pdf 第1页）"] == "BF7Q5UL5NM71"


def test_id_gender_mismatch_names_the_id_card():
    card = Document(applicant_id="A001", filename="身份证.jpg", doc_type="id_card",
                    fields=[Field(name="id_number", value=ID, page=1, bbox=(10, 200, 300, 230)),
                            Field(name="gender", value="男", page=1)])
    sub = Submission(applicant_id="A001", application=make_app(id_number=ID, gender="女"), documents=[card])
    (f,) = [x for x in check_id_number(sub, _ctx()) if x.code == "ID_GENDER_MISMATCH"]
    assert f.document == "身份证.jpg" and f.page == 1 and f.bbox == (10, 200, 300, 230)
    assert "身份证.jpg" in f.message and ID not in f.message
    rows = dict(comparison(f.evidence, f.document, f.page))
    assert rows["申报"] == "女" and rows["材料（身份证.jpg 第1页）"] == "男"


def test_one_missing_form_gives_one_finding():
    def fnd(code, **ev):
        return Finding(applicant_id="A", code=code, severity=Severity.warn, message=code, evidence=ev)
    kept = dedupe_findings([fnd("MATERIAL_MISSING", doc_type="annual_appraisal"),
                            fnd("APPRAISAL_MISSING", missing_years=[2021, 2022]),
                            fnd("MATERIAL_MISSING", doc_type="employment_proof")])
    assert sorted((f.code, f.evidence.get("doc_type")) for f in kept) == [
        ("APPRAISAL_MISSING", None), ("MATERIAL_MISSING", "employment_proof")]


def test_major_mismatch_says_whether_the_longer_requirement_is_met():
    sub = Submission(applicant_id="A", application=make_app())
    sub.findings = [Finding(applicant_id="A", code="MAJOR_MISMATCH", severity=Severity.warn, message="m",
                            evidence={"studied_major": "护理学", "major_applied": "土木工程", "extra_years": 1})]
    CheckContext(policy=load_policy("2024")).passed(
        sub, None, "INSUFFICIENT_YEARS", "本科且专业技术工作满6年：实有8年 ≥ 6年", required_years=6, counted_years=8)
    f = view_model(sub, crops=False)["findings"][0]
    assert ("规则", "须6年，实有8年，满足") in f["compare"]
    assert rule_line({"required_months": 36, "consecutive_months": 20}) == "须36个月，实有20个月，不满足"
    assert rule_line({"threshold": 25, "ratio": 30.5}) == "限值25%，实为30.5%，超出"


def test_names_consistent_across_documents_are_listed_as_checked():
    docs = [Document(applicant_id="A001", filename=f"{t}.pdf", doc_type=t, fields=[Field(name="name", value="张伟")])
            for t in ("id_card", "diploma", "social_insurance")]
    sub = Submission(applicant_id="A001", application=make_app(), documents=docs)
    assert list(check_identity_documents(sub, _ctx())) == []
    assert [p.message for p in sub.passed] == ["姓名在3份材料中一致"]
    assert sub.passed[0].clause  # the clause is cited


def test_certificate_numbers_are_never_masked_and_id_numbers_always():
    assert mask_ids(f"证书编号{ID}") == f"证书编号{ID}"  # a labelled certificate number
    assert mask_ids(f"号码为{ID}。") == f"号码为{idcard.mask(ID)}。"
    assert mask_ids(CERT18) == CERT18  # no valid check character: not an ID number
    assert format_value(ID, key="certificate_no") == ID
    assert format_value("62012119900501123", key="id_number") == idcard.mask("62012119900501123")
    assert format_value(["2016-08", "2024-09"], key="statement_period") == "2016-08 至 2024-09"
    assert format_value(["2021-03至2021-05", "2021-09"]) == "2021-03 至 2021-05；2021-09"


def test_times_are_local_with_their_zone():
    assert local_time("2026-12-02T12:19:25+00:00") == "2026-12-02 20:19 (UTC+08:00)"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d \(UTC[+-]\d\d:\d\d\)", local_time())


def _written_keys_and_values() -> tuple[set[str], set[str]]:
    """Evidence keys (keyword arguments of finding()/Finding()/dict() in functions that emit findings)
    and identifier-like string values passed under them, read from the checks' source."""
    skip = {"clause_key", "clause", "document", "page", "bbox", "severity", "applicant_id", "code", "message",
            "evidence"}
    ident = re.compile(r"^[a-z][a-z0-9_]*$")
    keys, values = set(), set()
    for path in CHECKS.glob("*.py"):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef):
                continue
            calls = [n for n in ast.walk(fn) if isinstance(n, ast.Call)]
            names = [c.func.attr if isinstance(c.func, ast.Attribute) else getattr(c.func, "id", "") for c in calls]
            if not {"finding", "Finding", "emit", "passed"} & set(names):
                continue
            for c, name in zip(calls, names):
                if name not in ("finding", "Finding", "dict", "emit", "passed"):
                    continue
                for kw in c.keywords:
                    if kw.arg and kw.arg not in skip:
                        keys.add(kw.arg)
                        v = kw.value
                        if isinstance(v, ast.Constant) and isinstance(v.value, str) and ident.match(v.value):
                            values.add(v.value)
    return keys, values


def test_every_evidence_key_and_value_of_the_checks_has_a_chinese_label():
    keys, values = _written_keys_and_values()
    assert len(keys) > 60  # the scan sees the checks
    assert sorted(k for k in keys if k not in EVIDENCE_LABELS and k not in FIELD_LABELS) == []
    assert sorted(v for v in values if v not in VALUE_LABELS) == []


def test_cross_document_table_sets_each_document_against_the_declaration():
    from core.models import Claim
    from pipeline.crossdoc import cross_table
    app = make_app(id_number=ID, education=[dict(school="兰州交通大学", level="本科", major="土木工程",
                                                 start="2008-09", graduation="2012-07", certificate_no=CERT18)])
    docs = [Document(applicant_id="A", filename="id.jpg", doc_type="id_card",
                     fields=[Field(name="name", value="张伟"), Field(name="id_number", value=ID)]),
            Document(applicant_id="A", filename="dip.jpg", doc_type="diploma",
                     fields=[Field(name="name", value="张 伟"), Field(name="school", value="兰州大学"),
                             Field(name="graduation_date", value="2012年7月1日"),
                             Field(name="certificate_no", value=CERT18)]),
            Document(applicant_id="A", filename="paper.pdf", doc_type="paper",
                     fields=[Field(name="name", value="李四")])]
    sub = Submission(applicant_id="A", application=app, documents=docs, claims=[
        Claim(field="education[0].major", declared="土木工程", document="dip.jpg", status="unconfirmed")])
    t = cross_table(sub)
    assert [c["file"] for c in t["columns"]] == ["id.jpg", "dip.jpg"]  # papers name authors, not the holder
    rows = {r["key"]: r for r in t["rows"]}
    assert [c["mark"] for c in rows["name"]["cells"]] == ["✓", "✓"]
    assert rows["id_number"]["declared"] == idcard.mask(ID) and rows["id_number"]["cells"][0]["value"] == idcard.mask(ID)
    assert rows["school"]["cells"][1]["status"] == "contradicted"
    assert rows["graduation"]["cells"][1]["status"] == "confirmed"  # 2012年7月1日 is 2012-07
    assert rows["certificate_no"]["cells"][1]["value"] == CERT18  # certificate numbers shown whole
    assert rows["major"]["cells"][1]["mark"] == "？"  # the verification stage's claim decides
