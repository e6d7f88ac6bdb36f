"""Silence never accuses: insurance gaps only on months the statement was read to cover.

Statements are built as the reader leaves them: lines on pages (what is printed) and the
parser's contribution fields (what was read). The expected months come from the printed
statement and the declared work history.
"""
from __future__ import annotations

from checks.base import CheckContext
from checks.insurance import check_social_insurance_short, check_work_history_insurance
from core.dates import fmt, month_range, parse_month
from core.models import Coverage, Document, Field, Line, Page, Severity, Submission
from core.policy import load_policy
from tests.factories import UNIT, make_app

APP = make_app(submitted_at="2024-06-15", work_history=[dict(unit=UNIT, start="2019-07", end=None)])


def months(a: str, b: str) -> list[str]:
    return [fmt(m) for m in month_range(parse_month(a), parse_month(b))]


def statement(pages: list[list[str]], read: list[str], *, header: str = "", coverage=None) -> Document:
    """``pages``: the months printed as rows on each page; ``read``: the months the parser read."""
    out, page_of = [], {}
    for no, ms in enumerate(pages, 1):
        lines = [Line(text="参保缴费明细", bbox=(10, 10, 300, 30), source="text_layer")]
        if no == 1 and header:
            lines.append(Line(text=header, bbox=(10, 40, 500, 60), source="text_layer"))
        for i, m in enumerate(ms):
            y = 80 + 22 * i
            lines.append(Line(text=f"{m} {UNIT} 5000.00 800.00 已缴", bbox=(10, y, 560, y + 18),
                              source="text_layer"))
            page_of[m] = (no, (10, y, 560, y + 18))
        out.append(Page(number=no, width=595, height=842, text_source="text_layer", lines=lines))
    fields = [Field(name="name", value="张伟", page=1)]
    fields += [Field(name="contribution", value=f"{m}|{UNIT}|5000|1", page=page_of[m][0], bbox=page_of[m][1])
               for m in read]
    return Document(applicant_id="A001", filename="缴费明细.pdf", doc_type="social_insurance", pages=out,
                    fields=fields, coverage=coverage)


def run(*docs: Document) -> list:
    sub = Submission(applicant_id="A001", application=APP, documents=list(docs))
    ctx = CheckContext(policy=load_policy("2024"))
    return list(check_social_insurance_short(sub, ctx)) + list(check_work_history_insurance(sub, ctx))


def test_second_page_unread_gives_field_unconfirmed_not_short():
    p1, p2 = months("2019-07", "2023-12"), months("2024-01", "2024-05")
    got = run(statement([p1, p2], read=p1))
    assert not [f for f in got if f.code in ("SOCIAL_INSURANCE_SHORT", "WORK_HISTORY_UNINSURED")]
    unconfirmed = [f for f in got if f.code == "FIELD_UNCONFIRMED"]
    assert unconfirmed and all(f.severity == Severity.warn for f in unconfirmed)
    for f in unconfirmed:
        assert f.evidence["ranges"] == ["2024-01至2024-05"]
        assert f.document == "缴费明细.pdf" and f.page == 2 and f.bbox is not None


def test_parser_reported_unread_page_and_stated_period_give_field_unconfirmed():
    # page 2 could not be read at all; the parser says so and the header states the period
    p1 = months("2019-07", "2023-12")
    doc = statement([p1, []], read=p1, header="缴费期间：2019年07月至2024年05月",
                    coverage=Coverage(rows_read=len(p1), pages_with_rows=[1], pages_total=2,
                                      period=("2019-07", "2024-05"), unread=["p2"], complete=False))
    got = run(doc)
    assert [f.code for f in got] == ["FIELD_UNCONFIRMED"]
    assert got[0].evidence["months"] == months("2024-01", "2024-05")
    assert got[0].page == 2 and got[0].severity == Severity.warn  # the page the parser could not read


def test_statement_read_in_full_with_a_three_month_gap_is_uninsured_for_those_months():
    printed = [m for m in months("2019-07", "2024-05") if m not in ("2022-03", "2022-04", "2022-05")]
    half = len(printed) // 2
    doc = statement([printed[:half], printed[half:]], read=printed,
                    coverage=Coverage(rows_read=len(printed), pages_with_rows=[1, 2], pages_total=2,
                                      period=("2019-07", "2024-05"), complete=True))
    got = run(doc)
    (f,) = [f for f in got if f.code == "WORK_HISTORY_UNINSURED"]
    assert f.evidence["months"] == ["2022-03", "2022-04", "2022-05"]
    assert f.severity == Severity.suspect and f.document == "缴费明细.pdf"
    assert [f.code for f in got if f.code != "WORK_HISTORY_UNINSURED"] == []  # the last 6 months are paid


def test_gap_rows_printed_but_unread_are_not_a_gap():
    printed = months("2019-07", "2024-05")
    read = [m for m in printed if m not in ("2022-03", "2022-04", "2022-05")]
    got = run(statement([printed], read=read))
    assert [f.code for f in got] == ["FIELD_UNCONFIRMED"]
    assert got[0].evidence["months"] == ["2022-03", "2022-04", "2022-05"]


def test_complete_statement_whose_contributions_stopped_is_short():
    # read in full: the stated period runs to 2024-05 and the rows stop at 2024-02
    printed = months("2019-07", "2024-02")
    doc = statement([printed], read=printed, header="缴费期间：2019年07月至2024年05月",
                    coverage=Coverage(rows_read=len(printed), pages_with_rows=[1], pages_total=1,
                                      period=("2019-07", "2024-05"), complete=True))
    got = run(doc)
    short = [f for f in got if f.code == "SOCIAL_INSURANCE_SHORT"]
    assert len(short) == 1 and short[0].evidence["consecutive_months"] == 0
    (u,) = [f for f in got if f.code == "WORK_HISTORY_UNINSURED"]
    assert u.evidence["months"] == ["2024-03", "2024-04", "2024-05"]


def test_print_date_past_the_last_row_read_is_not_a_gap():
    # the hidden-set case: rows after 2023-12 were never read, the statement was printed 2024-06
    read = months("2019-07", "2023-12")
    doc = statement([read], read=read, header="打印日期：2024年06月10日")
    got = run(doc)
    assert "SOCIAL_INSURANCE_SHORT" not in {f.code for f in got}
    (f,) = [f for f in got if f.code == "FIELD_UNCONFIRMED"]
    assert f.evidence["months"] == months("2024-01", "2024-05")


def test_gaps_inside_a_statement_the_parser_could_not_read_in_full_do_not_accuse():
    """A photographed app print: 41 months stated, 14 read, scattered (a layout the reader mixed
    up). The months between those read are unknown, not gaps; nor is the run's start."""
    read = months("2022-06", "2022-08") + months("2023-06", "2023-08") + months("2024-01", "2024-05")
    cov = Coverage(rows_read=len(read), pages_with_rows=[1], pages_total=1, unread=["合计41个月，读出11个月"],
                   complete=False)
    got = run(statement([read], read=read, coverage=cov))
    assert not [f for f in got if f.code in ("SOCIAL_INSURANCE_SHORT", "WORK_HISTORY_UNINSURED")], \
        [(f.code, f.message) for f in got]
    assert {f.code for f in got} == {"FIELD_UNCONFIRMED"} and all(f.severity == Severity.warn for f in got)
    # the same months from a statement read in full (the parser says so) are gaps: both findings
    full = Coverage(rows_read=len(read), pages_with_rows=[1], pages_total=1, complete=True)
    got = run(statement([read], read=read, coverage=full))
    assert {"SOCIAL_INSURANCE_SHORT", "WORK_HISTORY_UNINSURED"} <= {f.code for f in got}


def test_a_statement_of_which_no_row_was_read_never_makes_a_short_run():
    """A layout the reader did not know (a year-by-month grid before it was read): no row read,
    the parser says so; SOCIAL_INSURANCE_SHORT must not count '0 months'."""
    cov = Coverage(rows_read=0, pages_with_rows=[], pages_total=1, printed_on="2024-04-26", complete=False)
    got = run(statement([[]], read=[], coverage=cov))
    assert not [f for f in got if f.code in ("SOCIAL_INSURANCE_SHORT", "WORK_HISTORY_UNINSURED")]
    assert [f.code for f in got] == ["FIELD_UNCONFIRMED"]


def test_another_payer_read_from_a_statement_not_read_in_full_is_a_warning():
    """Which month a payer stands beside is not unambiguous on a photo the reader mixed up: the
    other unit is shown at warn (likely_ocr_error), never suspect; the same read from a statement
    read in full stays an accusation."""
    other = "兰州新区秦川园区管理服务中心"
    read = months("2019-07", "2024-05")
    def doc(complete):
        d = statement([read], read=read, coverage=Coverage(rows_read=len(read), pages_with_rows=[1], pages_total=1,
                                                         unread=[] if complete else ["合计60个月，读出59个月"],
                                                         complete=complete))
        for pg in d.pages:
            pg.text_source = "ocr"
        for f in d.fields:
            f.source = "ocr"
            if f.value.startswith("2021-09"):
                f.value = f"2021-09|{other}|5000|1"
        return d
    (f,) = [f for f in run(doc(False)) if f.code == "INSURED_UNIT_MISMATCH"]
    assert f.severity == Severity.warn and f.evidence["likely_ocr_error"] is True
    (f,) = [f for f in run(doc(True)) if f.code == "INSURED_UNIT_MISMATCH"]
    assert f.severity != Severity.warn and f.evidence["likely_ocr_error"] is False


def test_a_declared_unit_whole_inside_an_ocr_read_is_that_unit():
    """"企业职工基本券老保险兰州新区…": the declared unit, with a misread 险种 glued before it — no other
    payer, so the run of paid months is not broken there."""
    from checks.timeline import Contribution, ocr_unit_slips
    rows = [Contribution((2023, 12), f"企业职工基本券老保险{UNIT}", "5878", True, source="ocr"),
            Contribution((2023, 11), f"企业职工基本券老保险{UNIT}", "5878", True, source="text_layer")]
    got = ocr_unit_slips(rows, [UNIT])
    assert got[0].unit == UNIT and got[0].read_unit.startswith("企业职工")
    assert got[1].unit != UNIT   # a text layer's read stays as printed


def test_another_payer_from_a_text_statement_not_read_in_full_is_a_warning_too():
    other = "兰州新区秦川园区管理服务中心"
    read = months("2019-07", "2024-05")
    d = statement([read], read=read, coverage=Coverage(rows_read=len(read), pages_with_rows=[1], pages_total=1,
                                                     unread=["p1: 2021-04: 缴费基数未识别"], complete=False))
    for f in d.fields:
        if f.value.startswith("2021-09"):
            f.value = f"2021-09|{other}|5000|1"
    (f,) = [f for f in run(d) if f.code == "INSURED_UNIT_MISMATCH"]
    assert f.severity == Severity.warn and "未能完整识别" in f.message
