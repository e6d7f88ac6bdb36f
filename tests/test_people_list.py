"""A unit's notice of appointment (红头 "关于聘任张三等N名同志相应岗位的通知") with its 附件, a list of the
appointees: the employer's document for every person on it. It names no holder; the audit takes the
applicant's row by the declared ID number (issue 12: verify the claim against the document that must prove it)."""
from __future__ import annotations

from extractors.classify import classify, split_pages
from extractors.base import parser_for
from extractors.parsers import load_all
from pipeline.stages import pick_person
from tests.factories import PAGE_BREAK, doc_from_text, field_map

load_all()

UNIT = "中国铁建大桥工程局集团第五工程有限公司"
ME = "620104197602240318"
NOTICE = "\n".join([
    f"{UNIT}文件", "铁建大桥五公司发[2021]25号", "关于聘任苟文斌等3名同志相应岗位的通知", "各部门:",
    "根据公司《岗位管理办法》及2021年度岗位竞聘结果,经公司总经理办公会研究决定,聘任苟文斌等3名同志到",
    "相应岗位工作(名单见附件),聘期三年,自2021年7月1日起计算。",
    "受聘人员要严格履行岗位职责,在聘期内接受年度考核和聘期考核,考核结果作为续聘、解聘和岗位调整的依据。",
    f"附件:{UNIT}2021年岗位聘", "任人员名单",
    # the signature under the red seal, one character lost
    "中国铁建大桥工程局集团第五工程有公司", "2021年7月27日",
    PAGE_BREAK,
    "附件", f"{UNIT}2021年岗位聘任人员名单",
    "序号   部门   姓名   性别   公民身份号码   参加工作时间   进入本单位时间   聘任岗位   职级",
    "1   技术研发中心   苟文斌   男   65010219851018351X   2010年8月   2010年8月   技术员   主管级",
    "2   财务部   邓堃   男   630102197506059139   1999年9月   2000年4月   工程师   四级",
    f"3   项目管理部   蒲永刚   男   {ME}   1998年7月   1998年8月   工程师   六级",
    "抄送:集团公司人力资源部,各受聘人员。", f"{UNIT}综合办公室   2021年7月27日印发"])


def _doc():
    return doc_from_text(NOTICE, "other", source="ocr")


def test_a_notice_of_appointment_and_its_list_of_appointees_is_one_employment_proof():
    """The notice speaks of the 年度考核 its appointees will sit and the list prints 公民身份号码: neither makes it
    an appraisal or an ID card (it was read as annual_appraisal + id_card, and nothing of it was checked)."""
    doc = _doc()
    assert len(split_pages(doc.pages)) == 1
    assert classify(doc)[0] == "employment_proof"


def test_the_list_names_no_holder_and_its_unit_is_the_issuer_in_the_red_head():
    """Neither the first appointee the title names nor any row is taken as the holder; the unit is the issuer of
    the 红头 (the signature under the seal lost a character; the caption "…岗位聘 / 任人员名单" wrapped above it is
    no part of a unit's name)."""
    doc = _doc()
    got = field_map(parser_for("employment_proof")(doc))
    assert got == {"unit": UNIT}
    assert [p["name"] for p in doc.meta["people"]] == ["苟文斌", "邓堃", "蒲永刚"]


def test_the_applicant_s_row_is_taken_by_the_declared_id_number():
    doc = _doc()
    doc.fields = parser_for("employment_proof")(doc)
    pick_person(doc, "蒲永刚", ME)
    got = field_map(doc.fields)
    # 进入本单位时间 is the start at this unit (参加工作时间 1998-07 is the start of working life)
    assert (got["name"], got["id_number"], got["position"], got["start_date"]) == ("蒲永刚", ME, "工程师", "1998-08")


def test_a_row_of_the_declared_name_with_another_person_s_number_is_never_taken():
    doc = _doc()
    doc.fields = parser_for("employment_proof")(doc)
    pick_person(doc, "蒲永刚", "620102198608285412")   # same name, a different person
    assert field_map(doc.fields) == {"unit": UNIT}


def test_a_number_a_digit_off_is_an_ocr_slip_the_row_is_taken_but_its_number_is_not_read():
    doc = _doc()
    doc.fields = parser_for("employment_proof")(doc)
    pick_person(doc, "蒲永刚", ME[:-2] + "9" + ME[-1])
    got = field_map(doc.fields)
    assert "id_number" not in got and (got["name"], got["position"], got["start_date"]) == ("蒲永刚", "工程师", "1998-08")
