"""The test factories: a valid Application, a PDF document as the reader records it, …

Every test module builds its inputs from here (or conftest fixtures); no test module
imports another.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from core import idcard
from core.models import Application, Document
from extractors.pdf import read_pdf

ID = idcard.make("620121", date(1990, 5, 1), 123)
UNIT = "兰州新区城投建设有限公司"


def make_app(**kw) -> Application:
    data = dict(
        applicant_id="A001", policy="2024", submitted_at="2024-06-15", name="张伟", id_number=ID,
        gender="男", birth_date="1990-05-01", unit=UNIT, unit_type="state_enterprise",
        is_civil_servant=False, series="工程系列", level="工程师", grade="中级", mode="评审",
        major_applied="土木工程",
        education=[dict(school="兰州交通大学", level="本科", major="土木工程", start="2008-09",
                        graduation="2012-07")],
        work_history=[dict(unit=UNIT, start="2012-08", end=None, position="技术员")],
        annual_appraisals=[], papers=[], work_summary="")
    data.update(kw)
    return Application.model_validate(data)


def pdf_document(path: Path, doc_type: str, applicant_id: str = "A1", **kw) -> Document:
    """A Document of a PDF file with the metadata and traces the reader collects
    (``meta["pdf"]``, ``meta["pdf_traces"]``), classified as ``doc_type`` by the test."""
    meta = read_pdf(Path(path).read_bytes(), 300, lambda img, n: None).meta
    return Document(applicant_id=applicant_id, filename=Path(path).name, path=str(path), media="pdf",
                    doc_type=doc_type, meta=meta, **kw)
