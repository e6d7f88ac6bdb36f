"""The same audit on PostgreSQL and on SQLite gives the same rows.

PostgreSQL comes from ``make postgres`` (``.ci/postgres.sh``): the URL is taken
from ZCAUDIT_PG_URL or from ``.ci/pg.url``; the test is skipped, saying why,
when neither names a server that answers.  Each run gets its own database.

The small hand-made inbox (``build_inbox``) is shared with the other
scale/reliability tests: text-layer PDFs only, so no OCR model is needed.
"""
from __future__ import annotations

import csv
import json
import os
import uuid
from datetime import date
from pathlib import Path

import pymupdf
import pytest

from core import idcard
from tests.test_application import valid_app

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("applicants", "documents", "fields", "findings")
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


# ---------------------------------------------------------------- PostgreSQL

def _pg_url() -> tuple[str | None, str]:
    url = os.environ.get("ZCAUDIT_PG_URL", "").strip()
    src = "ZCAUDIT_PG_URL"
    if not url and (ROOT / ".ci" / "pg.url").exists():
        url, src = (ROOT / ".ci" / "pg.url").read_text().strip(), ".ci/pg.url"
    if not url:
        return None, "ZCAUDIT_PG_URL unset and no .ci/pg.url: run `make postgres` to start a throw-away server"
    try:
        import psycopg  # noqa: F401
        from sqlalchemy import create_engine, text
        eng = create_engine(url, connect_args={"connect_timeout": 3})
        with eng.connect() as c:
            c.execute(text("select 1"))
        eng.dispose()
    except ImportError:
        return None, "psycopg is not installed (pip install 'psycopg[binary]')"
    except Exception as exc:
        return None, f"PostgreSQL from {src} cannot be reached ({type(exc).__name__}): run `make postgres`"
    return url, ""


@pytest.fixture()
def pg_url():
    url, why = _pg_url()
    if url is None:
        pytest.skip(why)
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    name = f"zc_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'create database "{name}"'))
    yield make_url(url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as c:
        c.execute(text(f'drop database if exists "{name}" with (force)'))
    admin.dispose()


def test_postgres_and_sqlite_give_the_same_rows(tmp_path, pg_url):
    from pipeline.runner import audit_inbox_plain
    from pipeline.store import Store, default_url

    inbox = build_inbox(tmp_path / "inbox", 3)
    (inbox / "A03" / "bad.pdf").write_bytes(b"%PDF-1.4\n\x00broken")  # a NUL and an unreadable file
    out_lite, out_pg = tmp_path / "lite", tmp_path / "pg"
    r1 = audit_inbox_plain(inbox, out_lite)
    r2 = audit_inbox_plain(inbox, out_pg, db=pg_url)
    assert r1.applicants == r2.applicants == 3
    assert r2.verdicts == r1.verdicts and r2.codes == r1.codes

    lite, pg = Store(default_url(out_lite)), Store(pg_url)
    assert pg.dialect == "postgresql"
    for table in TABLES:
        a, b = stable_rows(lite, table), stable_rows(pg, table)
        assert a, f"{table}: no rows on SQLite"
        assert a == b, f"{table} differs between SQLite and PostgreSQL"
    for name in ("findings.csv", "applicants.csv", "documents.csv", "fields.csv"):
        # same order too: PostgreSQL orders strings with COLLATE "C" like SQLite
        ka = [(r["applicant_id"], r.get("document", "")) for r in read_csv(out_lite / name)]
        kb = [(r["applicant_id"], r.get("document", "")) for r in read_csv(out_pg / name)]
        assert ka == kb, name
        assert stable_csv(out_lite, name) == stable_csv(out_pg, name), name
    codes = {(r["applicant_id"], r["code"]) for r in read_csv(out_pg / "findings.csv")}
    assert ("A02", "INELIGIBLE_CIVIL_SERVANT") in codes
    assert ("A03", "DOCUMENT_UNREADABLE") in codes

    # a second night on PostgreSQL: nothing changed, nothing re-audited, nothing doubled
    again = audit_inbox_plain(inbox, out_pg, db=pg_url)
    assert again.skipped == 3 and again.audited == 0
    for table in TABLES:
        assert stable_rows(pg, table) == stable_rows(lite, table)
    pg.engine.dispose()
    lite.engine.dispose()


def test_postgres_save_is_one_transaction(tmp_path, pg_url):
    """A failing insert leaves the applicant's earlier rows whole (no half-replaced state)."""
    from pipeline.runner import audit_inbox_plain
    from pipeline.store import Store

    inbox = build_inbox(tmp_path / "inbox", 1)
    audit_inbox_plain(inbox, tmp_path / "out", db=pg_url)
    store = Store(pg_url)
    before = {t: stable_rows(store, t) for t in TABLES}
    sub = store.load_snapshot("A01")
    sub.documents[0].part = None  # NOT NULL primary-key column → the insert fails mid-transaction
    with pytest.raises(Exception):
        store.save_submission(sub, None)
    assert {t: stable_rows(store, t) for t in TABLES} == before
    store.engine.dispose()
