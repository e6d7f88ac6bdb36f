"""Month timelines built from statement rows and declared work history."""
from __future__ import annotations

from checks.timeline import (compress, contributions, covered_period, declared_jobs,
                             declared_units, overlap, paid_units, parse_contribution,
                             run_ending_at)
from core.models import Document, Field, WorkItem


def _doc(*values: str) -> Document:
    return Document(applicant_id="A", filename="si.pdf", doc_type="social_insurance",
                    fields=[Field(name="contribution", value=v, page=2) for v in values])


def test_parse_contribution_reads_the_contract_value():
    assert parse_contribution("2024-03|兰州新区某公司|5000|1") == ((2024, 3), "兰州新区某公司", "5000", True)
    assert parse_contribution("2024-03|兰州新区某公司|5000|0")[3] is False
    assert parse_contribution("2024-13|x|1|1") is None
    assert parse_contribution("garbage") is None


def test_contributions_keep_document_and_page():
    rows = contributions([_doc("2024-01|甲公司|1|1", "bad", "2024-02|甲公司|1|0")])
    assert [(r.month, r.paid) for r in rows] == [((2024, 1), True), ((2024, 2), False)]
    assert rows[0].document == "si.pdf" and rows[0].page == 2
    assert covered_period(rows) == ((2024, 1), (2024, 2))


def test_paid_units_only_paid_rows_and_renamed_unit_once():
    rows = contributions([_doc("2024-01|兰州新区城投建设有限公司|1|1",
                               "2024-01|城投建设有限责任公司|1|1",
                               "2024-02|甲乙丙丁建设有限公司|1|0")])
    paid = paid_units(rows)
    assert paid == {(2024, 1): ["兰州新区城投建设有限公司"]}


def test_declared_jobs_current_job_runs_to_submission_month():
    items = [WorkItem(unit="甲", start="2023-11", end="2024-01"), WorkItem(unit="乙", start="2024-01", end=None)]
    jobs = declared_jobs(items, (2024, 3))
    assert jobs[0].months == [(2023, 11), (2023, 12), (2024, 1)]
    assert jobs[1].months == [(2024, 1), (2024, 2), (2024, 3)]
    assert overlap(jobs[0], jobs[1]) == [(2024, 1)]
    assert [j.item.unit for j in declared_units(jobs)[(2024, 1)]] == ["甲", "乙"]


def test_declared_job_ending_after_submission_is_cut():
    jobs = declared_jobs([WorkItem(unit="甲", start="2024-02", end="2025-01")], (2024, 3))
    assert jobs[0].months == [(2024, 2), (2024, 3)]


def test_run_ending_at_stops_at_first_gap():
    ok = {(2024, 1), (2024, 3), (2024, 4)}.__contains__
    assert run_ending_at((2024, 4), ok) == [(2024, 3), (2024, 4)]
    assert run_ending_at((2024, 2), ok) == []


def test_compress_into_ranges_across_year_end():
    months = [(2021, 3), (2021, 4), (2021, 5), (2021, 9), (2021, 12), (2022, 1)]
    assert compress(months) == ["2021-03至2021-05", "2021-09", "2021-12至2022-01"]
    assert compress([]) == []
