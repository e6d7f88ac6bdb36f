"""The test factories: Applications (model and application.json), inboxes of small PDFs,
a PDF Document as the reader records it, and Documents built from text for parser tests.

Every test module builds its inputs from here (or conftest fixtures); no test module
imports another. (tests/browser_util.py holds the Chromium plumbing of the browser tests.)
"""
from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

import pymupdf

from core import idcard
from core.models import Application, Document, Line, Page, Segment
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
    meta = read_pdf(Path(path).read_bytes(), 300, lambda img, n, **kw: None).meta
    return Document(applicant_id=applicant_id, filename=Path(path).name, path=str(path), media="pdf",
                    doc_type=doc_type, meta=meta, **kw)


# ---------------------------------------------------------------- application.json and inboxes

def valid_app(aid="A1") -> dict:
    """A complete, valid application.json as a dict (the form an inbox holds)."""
    return {
        "applicant_id": aid, "policy": "2024", "submitted_at": "2024-09-20", "name": "张伟",
        "id_number": idcard.make("620102", date(1990, 5, 17), 123), "gender": "男", "birth_date": "1990-05-17",
        "unit": "兰州新区城投建设有限公司", "unit_type": "state_enterprise", "is_civil_servant": False,
        "disciplinary_until": None, "series": "工程系列", "level": "工程师", "grade": "中级", "mode": "评审",
        "major_applied": "土木工程",
        "education": [{"school": "兰州交通大学", "level": "本科", "major": "土木工程", "start": "2008-09",
                       "graduation": "2012-06", "certificate_no": "107321201205001234", "degree": "学士",
                       "degree_certificate_no": "1073242012001234", "xuexin_code": "A1B2C3D4E5F6"}],
        "work_history": [{"unit": "兰州新区城投建设有限公司", "start": "2012-07", "end": None,
                          "position": "技术员", "professional": True}],
        "current_title": {"name": "助理工程师", "grade": "助理级", "obtained": "2015-09"},
        "annual_appraisals": [{"year": 2023, "result": "合格"}], "continuing_education_hours": 90,
        "papers": [], "work_summary": "一、基本情况",
    }


VOLATILE = {"audited_at", "run_id"}

DIPLOMA = ("普通高等学校毕业证书\n学生{name}，性别男，一九九〇年五月十七日生，于二〇〇八年九月至二〇一二年六月"
           "在本校土木工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。\n"
           "校名：兰州交通大学    校（院）长：李明\n证书编号：107321201205001234\n二〇一二年六月三十日")
APPRAISAL = ("年度考核登记表\n（2023年度）\n姓名：{name}  性别：男  出生年月：1990.05\n"
             "单位：兰州新区城投建设有限公司\n考核结果：合格\n单位盖章 2024年1月10日")


def make_pdf(path: Path, texts: list[str]) -> Path:
    """A small born-digital PDF, one page per text (CJK via the built-in china-s font)."""
    doc = pymupdf.open()
    for text in texts:
        page = doc.new_page(width=595, height=842)
        page.insert_textbox(pymupdf.Rect(50, 60, 545, 800), text, fontname="china-s", fontsize=12)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    doc.close()
    return path


def write_app(folder: Path, aid: str | None = None, **changes) -> dict:
    app = valid_app(aid or folder.name)
    app.update(changes)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "application.json").write_text(json.dumps(app, ensure_ascii=False), encoding="utf-8")
    return app


def build_inbox(inbox: Path, n: int = 3) -> Path:
    """n applicants A01… with distinct IDs; two PDFs each; A02 declares a civil servant."""
    for i in range(1, n + 1):
        aid = f"A{i:02d}"
        name = ["张伟", "李娜", "王强", "刘洋", "陈静", "杨帆", "赵磊", "黄敏"][(i - 1) % 8]
        write_app(inbox / aid, name=name, is_civil_servant=(i == 2),
                  id_number=idcard.make("620102", date(1990, 5, 17), 100 + 2 * i + 1))
        make_pdf(inbox / aid / "毕业证书.pdf", [DIPLOMA.format(name=name)])
        make_pdf(inbox / aid / "考核" / "2023年度考核表.pdf", [APPRAISAL.format(name=name)])
    return inbox


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def stable_rows(store, table: str) -> list[tuple]:
    """Rows without run-dependent columns, sorted (a set would hide doubled rows)."""
    rows = store.rows(table)
    return sorted(tuple(sorted((k, str(v)) for k, v in r.items() if k not in VOLATILE | {"snapshot"}))
                  for r in rows)


def stable_csv(out: Path, name: str) -> list[tuple]:
    return sorted(tuple(sorted((k, v) for k, v in r.items() if k not in VOLATILE))
                  for r in read_csv(out / name))


# ---------------------------------------------------------------- Documents from text (parser tests)
#
# Build Documents from plain text for parser tests (no PDF, no OCR).
#
# Text fixtures follow invoice2data: ``name.txt`` in, ``name.json`` expected fields
# out. A line ``=== page ===`` starts a new page; a line ``[[h=30]] text`` gives the
# line a box of that height (font size, for paper titles); lines starting with
# ``|`` are table rows (cells separated by ``|``) and go to ``Page.tables``.

PAGE_BREAK = "=== page ==="


def doc_from_text(text: str, doc_type: str, source: str = "text_layer",
                  filename: str = "test.pdf") -> Document:
    pages: list[Page] = []
    for number, chunk in enumerate(text.split(PAGE_BREAK), start=1):
        lines: list[Line] = []
        table: list[list[str]] = []
        y = 20.0
        for raw in chunk.strip("\n").splitlines():
            if raw.startswith("|"):
                table.append([c.strip() for c in raw.strip().strip("|").split("|")])
                continue
            if not raw.strip():
                continue
            h = 12.0
            m = re.match(r"\[\[h=(\d+(?:\.\d+)?)\]\]\s?(.*)$", raw)
            if m:
                h, raw = float(m.group(1)), m.group(2)
            # three or more spaces (or a tab) inside a line are a column gap, as a reader types two
            # columns that share a baseline: one Segment per column, with the box of its characters
            conf = 0.97 if source == "ocr" else 1.0
            segments = [Segment(text=m.group(0), bbox=(50.0 + 10 * m.start(), y, 50.0 + 10 * m.end(), y + h),
                                confidence=conf)
                        for m in re.finditer(r"\S+(?: {1,2}\S+)*", raw)] if re.search(r"\S(?:   |\t)\s*\S", raw) else []
            lines.append(Line(text=" ".join(sg.text for sg in segments) if segments else raw,
                              bbox=(50.0, y, 50.0 + 10 * len(raw), y + h),
                              source=source, confidence=conf, segments=segments))
            y += h + 8
        pages.append(Page(number=number, width=595, height=842, text_source=source,
                          lines=lines, tables=[table] if table else []))
    return Document(applicant_id="T", filename=filename, doc_type=doc_type, pages=pages)


def doc_from_tables(rows_by_page: list[list[list[str]]], doc_type: str,
                    header_lines: list[str] | None = None) -> Document:
    """A Document whose pages carry only table rows (plus optional header lines on page 1)."""
    doc = doc_from_text("\n".join(header_lines or ["x"]), doc_type)
    doc.pages[0].tables = [rows_by_page[0]] if rows_by_page else []
    for n, rows in enumerate(rows_by_page[1:], start=2):
        doc.pages.append(Page(number=n, width=595, height=842, text_source="text_layer", tables=[rows]))
    return doc


def field_map(fields) -> dict:
    """name → value, or name → list of values for repeated fields (contribution, year, result)."""
    out: dict = {"contribution": []} if any(f.name == "contribution" for f in fields) else {}
    for f in fields:
        if f.name == "contribution":
            out["contribution"].append(f.value)
        elif f.name in out:
            if not isinstance(out[f.name], list):
                out[f.name] = [out[f.name]]
            out[f.name].append(f.value)
        else:
            out[f.name] = f.value
    return out
