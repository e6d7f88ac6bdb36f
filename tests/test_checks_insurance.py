"""Social insurance statement vs declared work history (2024 六(九))."""
from __future__ import annotations

from datetime import date

import pytest

from checks.base import CheckContext
from checks.insurance import (check_social_insurance_short, check_work_history_insurance,
                              check_work_history_overlap)
from core import idcard
from core.dates import fmt, month_range, parse_month
from core.models import Application, Document, Field, Page, Line, Severity, Submission
from core.policy import load_policy
from tests.factories import make_app

ID = idcard.make("620121", date(1990, 5, 1), 123)
UNIT = "兰州新区城投建设有限公司"
OTHER = "兰州新区华润燃气有限公司"


def months(a: str, b: str) -> list[str]:
    return [fmt(m) for m in month_range(parse_month(a), parse_month(b))]


def si_doc(rows: list[tuple[str, str]], paid: str = "1", name: str = "si.pdf") -> Document:
    fields = [Field(name="name", value="张伟"), Field(name="id_number", value=ID)]
    fields += [Field(name="contribution", value=f"{m}|{u}|5000|{paid}", page=1) for m, u in rows]
    return Document(applicant_id="A001", filename=name, doc_type="social_insurance", fields=fields)


def at(unit: str, a: str, b: str) -> list[tuple[str, str]]:
    return [(m, unit) for m in months(a, b)]


def run(check, app: Application, *docs: Document):
    sub = Submission(applicant_id="A001", application=app, documents=list(docs))
    return list(check(sub, CheckContext(policy=load_policy(app.policy))))


def codes(findings, code):
    return [f for f in findings if f.code == code]


# ------------------------------------------------------------ SOCIAL_INSURANCE_SHORT

def test_six_months_ending_the_month_before_submission_is_enough():
    assert run(check_social_insurance_short, make_app(), si_doc(at(UNIT, "2023-12", "2024-05"))) == []


def test_six_months_ending_at_submission_month_is_enough():
    assert run(check_social_insurance_short, make_app(), si_doc(at(UNIT, "2024-01", "2024-06"))) == []


def test_five_months_is_short():
    (f,) = run(check_social_insurance_short, make_app(), si_doc(at(UNIT, "2024-01", "2024-05")))
    assert f.code == "SOCIAL_INSURANCE_SHORT" and f.severity == Severity.reject
    assert f.evidence["consecutive_months"] == 5 and f.evidence["required_months"] == 6
    assert f.evidence["clause"] == "新组通〔2024〕23号 一"   # 企业人员…缴纳社保半年以上
    assert f.document == "si.pdf" and "5个月" in f.message


def test_statement_ending_two_months_before_submission_counts_up_to_its_last_row():
    # the statement was printed before 2024-05 was booked: 2024-05 is not covered, not a gap
    (f,) = run(check_social_insurance_short, make_app(), si_doc(at(UNIT, "2023-06", "2024-04")))
    assert f.code == "FIELD_UNCONFIRMED" and f.severity == Severity.info
    assert f.evidence["months"] == ["2024-05"]


def test_stale_statement_cannot_prove_the_months_before_submission():
    # rows end 2023-12 for a June 2024 submission: the rule cannot be judged either way
    (f,) = run(check_social_insurance_short, make_app(), si_doc(at(UNIT, "2022-01", "2023-12")))
    assert f.code == "FIELD_UNCONFIRMED" and f.severity == Severity.warn
    assert f.evidence["ranges"] == ["2024-01至2024-05"]


@pytest.mark.parametrize("paid_by", ["兰州新区城投建设有限责任公司", "城投建设有限责任公司", "甘肃（兰州新区）城投建设有限公司"])
def test_renamed_unit_counts_as_the_applying_unit(paid_by):
    doc = si_doc(at(paid_by, "2023-12", "2024-05"))
    assert run(check_social_insurance_short, make_app(), doc) == []
    assert run(check_work_history_insurance, make_app(), doc) == []


def test_different_unit_is_short_and_mismatched():
    doc = si_doc(at(OTHER, "2023-12", "2024-05"))
    assert len(run(check_social_insurance_short, make_app(), doc)) == 1
    (f,) = run(check_work_history_insurance, make_app(), doc)
    assert f.code == "INSURED_UNIT_MISMATCH"
    assert f.evidence["paying_units"] == [OTHER] and f.evidence["ranges"] == ["2023-12至2024-05"]
    assert f.evidence["declared_unit"] == UNIT


def test_change_of_declared_unit_inside_the_six_months_is_allowed():
    app = make_app(work_history=[dict(unit=OTHER, start="2015-01", end="2024-02", position="技术员"),
                                 dict(unit=UNIT, start="2024-03", end=None, position="工程师")])
    doc = si_doc(at(OTHER, "2023-12", "2024-02") + at(UNIT, "2024-03", "2024-05"))
    assert run(check_social_insurance_short, app, doc) == []
    assert run(check_work_history_insurance, app, doc) == []


def test_undeclared_previous_payer_does_not_count():
    doc = si_doc(at(OTHER, "2023-12", "2024-02") + at(UNIT, "2024-03", "2024-05"))
    (f,) = run(check_social_insurance_short, make_app(), doc)
    assert f.evidence["consecutive_months"] == 3


def test_unpaid_rows_do_not_count():
    doc = si_doc(at(UNIT, "2023-12", "2024-05"), paid="0")
    assert len(run(check_social_insurance_short, make_app(), doc)) == 1


def test_no_statement_no_insurance_findings():
    assert run(check_social_insurance_short, make_app()) == []
    assert run(check_work_history_insurance, make_app()) == []


# ------------------------------------------------------------ WORK_HISTORY_UNINSURED

def test_one_month_gap_lists_exactly_that_month():
    rows = at(UNIT, "2023-06", "2024-01") + at(UNIT, "2024-03", "2024-05")
    (f,) = run(check_work_history_insurance, make_app(), si_doc(rows))
    assert f.code == "WORK_HISTORY_UNINSURED" and f.severity == Severity.suspect
    assert f.evidence["months"] == ["2024-02"] and f.evidence["ranges"] == ["2024-02"]
    assert f.message == f"2024-02共1个月的工作经历（{UNIT}）没有社保缴费记录。"


def test_months_before_the_statement_are_not_uninsured():
    # declared since 2012, statement covers only the last 6 months: nothing to say
    assert run(check_work_history_insurance, make_app(), si_doc(at(UNIT, "2023-12", "2024-05"))) == []


def test_gap_range_is_compressed():
    rows = at(UNIT, "2023-01", "2023-02") + at(UNIT, "2023-06", "2024-05")
    (f,) = run(check_work_history_insurance, make_app(), si_doc(rows))
    assert f.evidence["ranges"] == ["2023-03至2023-05"]
    assert f.message.startswith("2023-03至2023-05共3个月")


# ------------------------------------------------------------ WORK_HISTORY_OVERLAP

def test_declared_jobs_overlapping_one_month():
    app = make_app(work_history=[dict(unit=OTHER, start="2018-01", end="2020-06"),
                                 dict(unit=UNIT, start="2020-06", end=None)])
    (f,) = run(check_work_history_overlap, app)
    assert f.code == "WORK_HISTORY_OVERLAP" and f.evidence["months"] == ["2020-06"]


def test_adjacent_jobs_and_same_unit_post_change_do_not_overlap():
    adjacent = make_app(work_history=[dict(unit=OTHER, start="2018-01", end="2020-05"),
                                      dict(unit=UNIT, start="2020-06", end=None)])
    assert run(check_work_history_overlap, adjacent) == []
    same = make_app(work_history=[dict(unit=UNIT, start="2018-01", end="2020-06", position="助理工程师"),
                                  dict(unit="兰州新区城投建设有限责任公司", start="2020-06", end=None)])
    assert run(check_work_history_overlap, same) == []


def test_two_units_paying_the_same_month():
    doc = si_doc(at(UNIT, "2023-12", "2024-05") + [("2024-03", OTHER)])
    (f,) = run(check_work_history_overlap, make_app(), doc)
    assert f.evidence["kind"] == "double_contribution" and f.evidence["months"] == ["2024-03"]
    assert sorted(f.evidence["paying_units"]) == sorted([UNIT, OTHER])


# ------------------------------------------------------------ exemptions of 六(九)

def _other(name: str, text: str) -> Document:
    return Document(applicant_id="A001", filename=name, doc_type="other", pages=[Page(
        number=1, width=100, height=100, lines=[Line(text=text, bbox=(0, 0, 1, 1), source="text_layer")])])


CONTRACT = "劳动合同书 甲方：兰州新区城投建设有限公司（盖章） 乙方：张伟"
SALARY = "中国银行 代发工资 交易明细 账号 6217****1234"


def test_shareholder_with_sealed_contract_and_salary_statement_is_info():
    # 六(九): 股东 … 企业可以提供加盖单位印章的劳动合同和银行工资流水确认劳动关系
    app = make_app(work_history=[dict(unit=UNIT, start="2012-08", end=None, position="股东、技术负责人")])
    rows = at(UNIT, "2023-06", "2023-08") + at(UNIT, "2024-03", "2024-05")
    docs = (si_doc(rows), _other("合同.pdf", CONTRACT), _other("流水.pdf", SALARY))
    (short,) = run(check_social_insurance_short, app, *docs)
    assert short.severity == Severity.info
    assert short.evidence["exemption"]["group"] == "legal_person" and short.evidence["exemption"]["complete"]
    uninsured = run(check_work_history_insurance, app, *docs)
    assert [f.severity for f in uninsured] == [Severity.info]


def test_shareholder_without_the_two_documents_is_suspect_not_reject():
    app = make_app(work_history=[dict(unit=UNIT, start="2012-08", end=None, position="股东、技术负责人")])
    (f,) = run(check_social_insurance_short, app, si_doc(at(UNIT, "2024-03", "2024-05")), _other("合同.pdf", CONTRACT))
    assert f.severity == Severity.suspect and f.evidence["exemption"]["missing"] == ["银行工资流水"]


def test_labour_contract_alone_does_not_exempt_an_ordinary_employee():
    docs = (si_doc(at(UNIT, "2024-03", "2024-05")), _other("合同.pdf", CONTRACT), _other("流水.pdf", SALARY))
    (f,) = run(check_social_insurance_short, make_app(), *docs)
    assert f.severity == Severity.reject and "exemption" not in f.evidence


def test_rows_without_unit_prove_the_month_not_the_payer():
    doc = si_doc(at("", "2023-12", "2024-05"))
    assert run(check_social_insurance_short, make_app(), doc) == []
    assert run(check_work_history_insurance, make_app(), doc) == []
    assert run(check_work_history_overlap, make_app(), si_doc(at("", "2024-01", "2024-05") + at(UNIT, "2024-01", "2024-05"))) == []


@pytest.mark.parametrize("a,b,same", [
    ("兰州新区城投建设有限公司", "兰州新区城投建设有限责任公司", True),
    ("兰州新区城投建设有限公司", "城投建设有限公司", True),
    ("兰州新区城投建设有限公司", "兰州新区城投建设股份有限公司", True),
    ("兰州新区城投建设有限公司", "兰州新区城投集团有限公司", False),
    ("兰州新区城投建设有限公司", "兰州新区城建建设有限公司", False),
    ("甘肃银行股份有限公司", "兰州银行股份有限公司", False),
])
def test_unit_comparison(a, b, same):
    from checks.matching import same_unit
    assert same_unit(a, b) is same


def test_ocr_glyph_slips_in_the_unit_name_are_not_another_payer():
    from checks.timeline import Contribution, ocr_unit_slips
    declared = ["兰州新区综合保税区运营管理有限公司", "甘肃兰新民族团结实业有限公司"]
    rows = [Contribution((2023, 1), "兰州新区综合保税区运管管理有限公司", "3500", True, source="ocr"),
            Contribution((2023, 2), "62016772甘肃兰新民族团结实业有限公司", "3500", True, source="ocr"),
            Contribution((2023, 3), "甘肃兰新民旅团结实业有限公司", "3500", True, source="ocr"),
            Contribution((2023, 4), "兰州新区综合保税区运管管理有限公司", "3500", True),        # text layer
            Contribution((2023, 5), "兰州新区城市发展投资集团有限公司", "3500", True, source="ocr")]
    got = ocr_unit_slips(rows, declared)
    assert [r.unit for r in got[:3]] == [declared[0], declared[1], declared[1]]
    assert got[0].read_unit == "兰州新区综合保税区运管管理有限公司"
    assert got[3].unit == "兰州新区综合保税区运管管理有限公司"       # a text layer prints what it prints
    assert got[4].unit == "兰州新区城市发展投资集团有限公司" and not got[4].read_unit  # another company


def test_a_long_unit_name_with_several_ocr_slips_is_the_one_declared_unit_it_resembles():
    from checks.timeline import Contribution, ocr_unit_slips
    declared = ["甘肃兰新民族团结实业有限公司", "兰州新区秦川园区管理服务中心"]
    rows = [Contribution((2023, 1), "甘市兰新民团结实业有限公司", "3500", True, source="ocr"),
            Contribution((2023, 2), "兰州新区泰川区管理限务中心", "3500", True, source="ocr"),
            Contribution((2023, 3), "兰州新区城市发展投资集团有限公司", "3500", True, source="ocr")]
    assert [r.unit for r in ocr_unit_slips(rows, declared)] == declared + ["兰州新区城市发展投资集团有限公司"]


def test_a_label_read_into_the_unit_column_is_no_second_payer():
    from checks.timeline import contributions
    d = Document(applicant_id="A", filename="s.jpg", doc_type="social_insurance", fields=[
        Field(name="contribution", value="2021-06|查询期间||1", source="ocr"),
        Field(name="contribution", value="2021-06|兰州新区第三人民医院|5231|1", source="ocr"),
        Field(name="contribution", value="2021-07|甘肃省人才交流中心（代缴）|5231|1", source="ocr")])
    assert [r.unit for r in contributions([d])] == ["", "兰州新区第三人民医院", "甘肃省人才交流中心（代缴）"]


def test_an_ocr_payer_that_still_resembles_the_declared_unit_is_a_warning_not_a_suspect():
    # UNIT 兰州新区城投建设有限公司 photographed with three glyphs garbled: maybe that unit, a person looks
    garbled = "兰州新区域役建没有限公司"
    doc = si_doc(at(UNIT, "2023-06", "2023-11") + at(garbled, "2023-12", "2023-12") + at(UNIT, "2024-01", "2024-05"))
    for f in doc.fields:
        f.source = "ocr"
    (f,) = codes(run(check_work_history_insurance, make_app(), doc), "INSURED_UNIT_MISMATCH")
    assert f.severity == Severity.warn and f.evidence["likely_ocr_error"] is True and "识别误差" in f.message
    # another employer read by OCR, or the garbled name on a text layer, stays suspect
    other = si_doc(at(UNIT, "2023-06", "2023-11") + at(OTHER, "2023-12", "2023-12") + at(UNIT, "2024-01", "2024-05"))
    for f in other.fields:
        f.source = "ocr"
    text = si_doc(at(UNIT, "2023-06", "2023-11") + at(garbled, "2023-12", "2023-12") + at(UNIT, "2024-01", "2024-05"))
    for d in (other, text):
        (g,) = codes(run(check_work_history_insurance, make_app(), d), "INSURED_UNIT_MISMATCH")
        assert g.severity == Severity.suspect


def test_two_ocr_reads_of_one_payer_a_glyph_apart_are_no_double_contribution():
    a, slip = "甘肃兰新民族团结实业有限公司", "甘肃兰新民族团站实业有限公司"
    def statement(source):
        fields = [Field(name="contribution", value=f"2023-01|{u}|5000|1", page=1, source=source) for u in (a, slip)]
        return Document(applicant_id="A001", filename="si.jpg", doc_type="social_insurance", fields=fields)
    app = make_app(unit="兰州新区某公司", work_history=[dict(unit="兰州新区某公司", start="2012-08", end=None)])
    assert not [f for f in run(check_work_history_overlap, app, statement("ocr")) if f.code == "WORK_HISTORY_OVERLAP"]
    (f,) = [f for f in run(check_work_history_overlap, app, statement("text_layer")) if f.code == "WORK_HISTORY_OVERLAP"]
    assert f.evidence["kind"] == "double_contribution"


def test_several_ocr_reads_of_one_small_type_payer_are_at_most_a_warning():
    """A photo of 6.5 pt type garbles one unit several ways; two units a photo reads far apart, or
    two printed names, stay a suspect double contribution."""
    a = "兰州新区综合保税区运营管理有限公司"
    garbled = ["兰州前区综会保税区之管管理有限公司", "兰州新区综合保税院证务管屋有限公司"]
    def statement(source, units):
        fields = [Field(name="contribution", value=f"2023-03|{u}|5000|1", page=1, source=source) for u in units]
        return Document(applicant_id="A001", filename="si.pdf", doc_type="social_insurance", fields=fields)
    app = make_app(unit=a, work_history=[dict(unit=a, start="2012-08", end=None)])
    (f,) = [f for f in run(check_work_history_overlap, app, statement("ocr", [a] + garbled))
            if f.code == "WORK_HISTORY_OVERLAP"]
    assert f.severity == Severity.warn and f.evidence["likely_ocr_error"] is True
    for source, units in (("ocr", [a, "甘肃中川环保工程技术有限公司"]), ("text_layer", [a] + garbled)):
        (g,) = [f for f in run(check_work_history_overlap, app, statement(source, units))
                if f.code == "WORK_HISTORY_OVERLAP"]
        assert g.severity == Severity.suspect, (source, units)


def test_a_short_run_that_rests_on_an_ocr_glyph_slip_in_the_unit_is_a_warning():
    """A photographed statement reads 兰州新区西岔学校 as 兰州新区西盐学校 for its last months: counting
    them the run reaches six months, so the shortfall is the reading's, not the statement's (warn).
    The same names on a text layer stay a short run."""
    school, slip = "兰州新区西岔学校", "兰州新区西盐学校"
    app = make_app(unit=school, work_history=[dict(unit=school, start="2020-01", end=None)])
    doc = si_doc(at(school, "2023-06", "2023-10") + at(slip, "2023-11", "2024-05"))
    for f in doc.fields:
        f.source = "ocr"
    (f,) = run(check_social_insurance_short, app, doc)
    assert f.code == "SOCIAL_INSURANCE_SHORT" and f.severity == Severity.warn and f.evidence["likely_ocr_error"]
    text = si_doc(at(school, "2023-06", "2023-10") + at(slip, "2023-11", "2024-05"))
    (g,) = run(check_social_insurance_short, app, text)
    assert g.code == "SOCIAL_INSURANCE_SHORT" and g.severity in (Severity.suspect, Severity.reject)


def test_ocr_months_of_another_payer_every_other_month_are_a_warning():
    """A photographed two-months-a-row grid whose right halves were read under another unit's heading:
    every other month "paid by" another unit is no change of employer (warn); a run of such months,
    or the same on a text layer, stays suspect."""
    other = "兰州新区秦川园区管理服务中心"
    months = ["2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02",
              "2024-03", "2024-04", "2024-05"]
    rows = [(m, other if i % 2 and i < 8 else UNIT) for i, m in enumerate(months)]
    def doc(source):
        d = si_doc(rows)
        for f in d.fields:
            f.source = source
        return d
    (f,) = codes(run(check_work_history_insurance, make_app(), doc("ocr")), "INSURED_UNIT_MISMATCH")
    assert f.severity == Severity.warn and f.evidence["likely_ocr_error"] is True
    (g,) = codes(run(check_work_history_insurance, make_app(), doc("text_layer")), "INSURED_UNIT_MISMATCH")
    assert g.severity == Severity.suspect


@pytest.mark.parametrize("paid_by", ["建设有限公司", "城投建设有限公", "兰州新区城投", "城投建设有限公"])
def test_a_unit_cell_read_only_in_part_is_no_other_payer(paid_by):
    """A wrapped unit cell of which one line was read ("五工程有限公司" of "…集团第五工程有限公司"): the
    start or the end of the declared unit proves the months, never another employer (no reject)."""
    doc = si_doc(at(paid_by, "2023-12", "2024-05"))
    assert run(check_social_insurance_short, make_app(), doc) == []
    assert codes(run(check_work_history_insurance, make_app(), doc), "INSURED_UNIT_MISMATCH") == []


def test_a_unit_that_only_shares_words_with_the_declared_one_is_still_another_payer():
    (f,) = run(check_social_insurance_short, make_app(), si_doc(at("城投燃气有限公司", "2023-12", "2024-05")))
    assert f.code == "SOCIAL_INSURANCE_SHORT"


def test_ocr_reads_that_keep_a_long_common_tail_but_garble_the_head_are_a_warning():
    """A 6.5 pt Excel dump photographed: the distinctive head of one unit read several ways (甘肃中川环保 →
    益申城际保, 甘鑫中圳环综) while "工程技术有限公司" survives — a double contribution between these reads is
    for a person to compare (warn); two OCR'd names that only share 有限公司 stay suspect, as does print."""
    a = "甘肃中川环保工程技术有限公司"
    def statement(source, units):
        fields = [Field(name="contribution", value=f"2019-09|{u}|5231|1", page=1, source=source) for u in units]
        return Document(applicant_id="A001", filename="si.pdf", doc_type="social_insurance", fields=fields)
    app = make_app(unit=a, work_history=[dict(unit=a, start="2012-08", end=None)])
    garbled = [a, "益申城际保工程技术有限公司", "甘鑫中圳环综工程技术有限公司"]
    (f,) = [f for f in run(check_work_history_overlap, app, statement("ocr", garbled)) if f.code == "WORK_HISTORY_OVERLAP"]
    assert f.severity == Severity.warn and f.evidence["likely_ocr_error"] is True
    for source, units in (("text_layer", garbled), ("ocr", ["兰州新区华润燃气有限公司", "兰州新区城投建设有限公司"])):
        (g,) = [f for f in run(check_work_history_overlap, app, statement(source, units)) if f.code == "WORK_HISTORY_OVERLAP"]
        assert g.severity == Severity.suspect, (source, units)


def test_two_garbles_of_the_payer_a_photo_reads_most_are_one_payer_misread():
    """Month 2019-09's two rows (养老 and 医疗) both garbled, each further from the other than from the unit
    the photo reads on its other rows: a warning, not a double contribution at suspect."""
    a = "甘肃中川环保工程技术有限公司"
    rows = [(f"2019-0{m}", a) for m in range(1, 9)] + [("2019-09", "甘省中网环律工程技术有限公司"),
                                                        ("2019-09", "益申城际保工程技术有限公司")]
    fields = [Field(name="contribution", value=f"{m}|{u}|5231|1", page=1, source="ocr") for m, u in rows]
    doc = Document(applicant_id="A001", filename="si.pdf", doc_type="social_insurance", fields=fields)
    app = make_app(unit=a, work_history=[dict(unit=a, start="2012-08", end=None)])
    (f,) = [f for f in run(check_work_history_overlap, app, doc) if f.code == "WORK_HISTORY_OVERLAP"]
    assert f.severity == Severity.warn and f.evidence["likely_ocr_error"] is True
