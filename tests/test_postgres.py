"""The same audit on PostgreSQL and on SQLite gives the same rows.

PostgreSQL comes from ``make postgres`` (``.ci/postgres.sh``): the URL is taken
from ZCAUDIT_PG_URL or from ``.ci/pg.url``; the test is skipped, saying why,
when neither names a server that answers.  Each run gets its own database.

The small hand-made inbox (``build_inbox``) is shared with the other
scale/reliability tests: text-layer PDFs only, so no OCR model is needed.
"""
from __future__ import annotations

import csv
import os
import uuid
from pathlib import Path

import pytest

from tests.factories import build_inbox, read_csv, stable_csv, stable_rows

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("applicants", "documents", "fields", "findings", "claims")
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
    for name in ("findings.csv", "applicants.csv", "documents.csv", "fields.csv", "claims.csv"):
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
