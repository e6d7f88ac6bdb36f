"""The audit database (SQLAlchemy Core): SQLite by default, any URL by option.

Rows are keyed so that auditing the same inbox twice adds nothing twice: each
applicant's rows are replaced in one transaction (crash-safe: an interrupted
run leaves every applicant either fully old or fully new).

PostgreSQL (``postgresql+psycopg://…``) holds the same schema; three things
differ from SQLite and are handled here: text may not contain NUL characters
(stripped: PDF text layers carry them), lengths are enforced (free text is
``Text``), and string order follows the database collation (ordered with
``COLLATE "C"`` so both databases list rows — and the CSVs — identically).
Several worker processes write at once: SQLite waits for its lock (timeout),
PostgreSQL isolates the per-applicant transactions.
"""
from __future__ import annotations

import hashlib
import json
import os
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Optional

from sqlalchemy import (BigInteger, Column, Float, Integer, LargeBinary, MetaData, String, Table, Text,
                        create_engine, delete, func, insert, inspect, select, update)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from core.models import Claim, Finding, Submission, verdict_of
from .sanitize import clean_model, clean_row, clean_text, load_model_json, model_json
from .redact import snapshot_boxes

metadata = MetaData()

applicants_t = Table(
    "applicants", metadata,
    Column("applicant_id", Text, primary_key=True),
    Column("name", Text),
    Column("verdict", String(16)),
    Column("findings", Integer),
    Column("documents", Integer),
    Column("policy", String(16)),
    Column("content_hash", String(64)),
    Column("audited_at", String(32)),
    Column("run_id", Integer),
    Column("snapshot", Text),  # slim JSON of the Submission (no page lines) for sheets/exports
)
documents_t = Table(
    "documents", metadata,
    Column("applicant_id", Text, primary_key=True),
    Column("document", Text, primary_key=True),
    Column("part", Integer, primary_key=True),
    Column("doc_type", String(32)),
    Column("pages", Integer),
    Column("text_source", String(16)),
    Column("sha256", String(64)),
    Column("size", BigInteger),
    Column("page_range", Text),
    Column("classify_score", Float),
)
fields_t = Table(
    "fields", metadata,
    Column("applicant_id", Text, primary_key=True),
    Column("document", Text, primary_key=True),
    Column("part", Integer, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("doc_type", String(32)),
    Column("field", Text),
    Column("value", Text),
    Column("page", Integer),
    Column("source", String(16)),
    Column("confidence", Float),
    Column("bbox", Text),
)
findings_t = Table(
    "findings", metadata,
    Column("applicant_id", Text, primary_key=True),
    Column("fingerprint", String(32), primary_key=True),
    Column("code", String(64)),
    Column("severity", String(16)),
    Column("document", Text),
    Column("message", Text),
    Column("evidence", Text),
    Column("clause", Text),
    Column("page", Integer),
    Column("bbox", Text),
)
# One row per declared value checked against one document (checks/claims.py, ``Submission.claims``):
# confirmed / contradicted (``found`` is the other value) / unconfirmed (``reason`` says why).
claims_t = Table(
    "claims", metadata,
    Column("applicant_id", Text, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("field", Text),
    Column("declared", Text),
    Column("document", Text),
    Column("doc_type", String(32)),
    Column("status", String(16)),
    Column("found", Text),
    Column("page", Integer),
    Column("bbox", Text),
    Column("method", String(16)),
    Column("score", Float),
    Column("source", String(16)),
    Column("confidence", Float),
    Column("reason", String(32)),
)
signatures_t = Table(
    "signatures", metadata,
    Column("kind", String(32), primary_key=True),
    Column("applicant_id", Text, primary_key=True),
    Column("document", Text, primary_key=True),
    Column("hashvalues", Text),
    Column("digest", String(128)),
)
reviews_t = Table(
    "reviews", metadata,
    Column("applicant_id", Text, primary_key=True),
    Column("fingerprint", String(32), primary_key=True),
    Column("code", String(64)),
    Column("decision", String(16)),  # dismissed / confirmed
    Column("note", Text),
    Column("decided_at", String(32)),
)
# An applicant audited by a run that has not reached its batch stage yet: the whole
# Submission (zlib JSON, page lines included), so that a rerun after a kill resumes it
# instead of reading its files again.  Deleted when the applicant is saved final.
pending_t = Table(
    "pending", metadata,
    Column("applicant_id", Text, primary_key=True),
    Column("content_hash", String(64)),
    Column("data", LargeBinary),
)
runs_t = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32)),
    Column("finished_at", String(32)),
    Column("inbox", Text),
    Column("applicants", Integer),
    Column("audited", Integer),
    Column("skipped", Integer),
)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def fingerprint(f: Finding) -> str:
    """Stable identity of a finding: same code, document and evidence → same fingerprint."""
    ev = json.dumps(f.evidence_with_clause(), ensure_ascii=False, sort_keys=True, default=str)
    raw = f"{f.code}|{f.document}|{ev}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


def default_url(out: Path) -> str:
    return f"sqlite:///{Path(out).resolve() / 'zcaudit.sqlite'}"


def _bbox(b) -> str:
    return "" if b is None else ",".join(f"{v:.1f}" for v in b)


def _clean_rows(rows: list[dict]) -> list[dict]:
    """pipeline.sanitize, no length limit: PostgreSQL text cannot hold NUL, neither
    database takes a lone surrogate."""
    return [clean_row(r, None) for r in rows]


def claim_row(applicant_id: str, seq: int, c: Claim) -> dict:
    """One row of the claims table (the values as the Claim holds them: an ID number is
    already masked by checks.claims)."""
    return dict(applicant_id=applicant_id, seq=seq, field=c.field, declared=c.declared, document=c.document,
                doc_type=c.doc_type, status=c.status, found=c.found, page=c.page, bbox=_bbox(c.bbox),
                method=c.method, score=round(float(c.score), 2), source=c.source,
                confidence=round(float(c.confidence), 4), reason=c.reason)


SAVE_STAGES = ("final", "pending", "failed")


class Store:
    def __init__(self, url: str) -> None:
        self.url = url
        kw: dict[str, Any] = {}
        if url.startswith("sqlite"):
            # worker processes write concurrently: wait for the lock instead of failing
            kw["connect_args"] = {"timeout": 120}
        else:
            kw["pool_pre_ping"] = True
        if url.startswith("sqlite:///"):
            path = Path(url[len("sqlite:///"):])
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():  # personal data: owner-only file
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        self.engine: Engine = create_engine(url, future=True, **kw)
        self.dialect = self.engine.dialect.name
        had = set(inspect(self.engine).get_table_names())
        metadata.create_all(self.engine)
        if "applicants" in had and "claims" not in had:
            self._backfill_claims()

    def _backfill_claims(self) -> None:
        """A database written before the claims table: its rows from each applicant's
        stored snapshot (which holds ``Submission.claims``), so that an unchanged applicant
        that the next night skips still has its claims.  Another process opening the same
        database at the same moment may have done it first: then its rows stand."""
        with self.engine.connect() as c:
            ids = list(c.execute(select(applicants_t.c.applicant_id)).scalars())
        rows = []
        for aid in ids:  # one snapshot in memory at a time
            try:
                sub = self.load_snapshot(aid)
            except ValueError:  # an unreadable snapshot: that applicant's claims come with its next audit
                continue
            if sub is not None:
                rows += [claim_row(aid, i, cl) for i, cl in enumerate(sub.claims)]
        if not rows:
            return
        try:
            with self.engine.begin() as c:
                c.execute(insert(claims_t), _clean_rows(rows))
        except IntegrityError:  # the table was new, so another process filled it first
            pass

    def _order(self, col):
        """Byte order for strings on every database (PostgreSQL's default collation differs)."""
        if self.dialect == "postgresql" and isinstance(col.type, (String, Text)):
            return col.collate("C")
        return col

    # ------------------------------------------------------------ runs
    def start_run(self, inbox: str) -> int:
        with self.engine.begin() as c:
            res = c.execute(insert(runs_t).values(started_at=_now(), inbox=inbox))
            return int(res.inserted_primary_key[0])

    def finish_run(self, run_id: int, applicants: int, audited: int, skipped: int) -> None:
        with self.engine.begin() as c:
            c.execute(update(runs_t).where(runs_t.c.id == run_id).values(
                finished_at=_now(), applicants=applicants, audited=audited, skipped=skipped))

    # ------------------------------------------------------------ applicants
    def content_hash(self, applicant_id: str) -> Optional[str]:
        with self.engine.connect() as c:
            return c.execute(select(applicants_t.c.content_hash).where(
                applicants_t.c.applicant_id == clean_text(applicant_id, None))).scalar_one_or_none()

    def load_pending(self, applicant_id: str, content_hash: str) -> Optional[Submission]:
        """The Submission a killed run audited but did not finish, if its files are unchanged."""
        with self.engine.connect() as c:
            row = c.execute(select(pending_t.c.content_hash, pending_t.c.data).where(
                pending_t.c.applicant_id == clean_text(applicant_id, None))).first()
        if row is None or row.content_hash != content_hash or not row.data:
            return None
        try:
            return load_model_json(Submission, zlib.decompress(row.data))
        except (zlib.error, ValueError):
            return None

    def save_submission(self, sub: Submission, run_id: Optional[int] = None, stage: str = "final") -> None:
        """Replace every row of this applicant in one transaction.

        ``stage``: ``final`` (the batch stage has run: the content hash is stored, an
        unchanged applicant is skipped next time); ``pending`` (audited, batch stage not
        yet run: no hash, the whole Submission kept for a rerun to resume); ``failed``
        (no hash, nothing kept: the next run audits it again).
        """
        if stage not in SAVE_STAGES:
            raise ValueError(f"stage must be one of {SAVE_STAGES}")
        clean_model(sub)  # what the database holds, every output derived from it holds
        aid = sub.applicant_id
        doc_rows, field_rows = [], []
        for d in sub.documents:
            doc_rows.append(dict(
                applicant_id=aid, document=d.filename, part=d.part, doc_type=d.doc_type,
                pages=d.page_count or int(d.meta.get("page_count_total", 0) or 0),
                text_source=d.text_source, sha256=d.sha256, size=d.size,
                page_range="" if not d.page_range else f"{d.page_range[0]}-{d.page_range[1]}",
                classify_score=float(d.classify_score)))
            for i, f in enumerate(d.fields):
                field_rows.append(dict(
                    applicant_id=aid, document=d.filename, part=d.part, seq=i, doc_type=d.doc_type,
                    field=f.name, value=f.value, page=f.page, source=f.source,
                    confidence=round(float(f.confidence), 4), bbox=_bbox(f.bbox)))
        claim_rows = [claim_row(aid, i, c) for i, c in enumerate(sub.claims)]
        finding_rows = {}
        for f in sub.findings:
            fp = fingerprint(f)
            finding_rows[fp] = dict(
                applicant_id=aid, fingerprint=fp, code=f.code, severity=f.severity.value,
                document=f.document, message=f.message,
                evidence=json.dumps(f.evidence_with_clause(), ensure_ascii=False, sort_keys=True, default=str),
                clause=f.clause, page=f.page, bbox=_bbox(f.bbox))
        stored_hash = sub.content_hash if stage == "final" else ""
        snapshot = snapshot_json(sub, stored_hash)
        blob = zlib.compress(model_json(sub).encode("utf-8"), 3) if stage == "pending" else None
        with self.engine.begin() as c:
            dismissed = {r[0] for r in c.execute(select(reviews_t.c.fingerprint).where(
                (reviews_t.c.applicant_id == aid) & (reviews_t.c.decision == "dismissed")))}
            active = [f for fp, f in zip(finding_rows, sub.findings) if fp not in dismissed] \
                if len(finding_rows) == len(sub.findings) else \
                [f for f in sub.findings if fingerprint(f) not in dismissed]
            verdict = verdict_of(f.severity.value for f in active)
            for t in (documents_t, fields_t, findings_t, claims_t, applicants_t, pending_t):
                c.execute(delete(t).where(t.c.applicant_id == aid))
            if blob is not None:
                c.execute(insert(pending_t).values(applicant_id=aid, content_hash=sub.content_hash, data=blob))
            if doc_rows:
                c.execute(insert(documents_t), _clean_rows(doc_rows))
            if field_rows:
                c.execute(insert(fields_t), _clean_rows(field_rows))
            if finding_rows:
                c.execute(insert(findings_t), _clean_rows(list(finding_rows.values())))
            if claim_rows:
                c.execute(insert(claims_t), _clean_rows(claim_rows))
            c.execute(insert(applicants_t).values(**_clean_rows([dict(
                applicant_id=aid, name=sub.name, verdict=verdict, findings=len(active),
                documents=len({d.filename for d in sub.documents}),
                policy=(sub.application.policy if sub.application else str(sub.raw_application.get("policy", ""))),
                content_hash=stored_hash, audited_at=_now(), run_id=run_id, snapshot=snapshot)])[0]))

    def load_snapshot(self, applicant_id: str) -> Optional[Submission]:
        with self.engine.connect() as c:
            raw = c.execute(select(applicants_t.c.snapshot).where(
                applicants_t.c.applicant_id == applicant_id)).scalar_one_or_none()
        return load_model_json(Submission, raw) if raw else None

    def rows(self, table: str, applicant_ids: Optional[Iterable[str]] = None) -> list[dict[str, Any]]:
        t = metadata.tables[table]
        q = select(t)
        if applicant_ids is not None:
            ids = list(applicant_ids)
            q = q.where(t.c.applicant_id.in_(ids))
        order = [self._order(t.c[k]) for k in ("applicant_id", "document", "part", "seq") if k in t.c]
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(q.order_by(*order))]

    def count(self, table: str) -> int:
        t = metadata.tables[table]
        with self.engine.connect() as c:
            return int(c.execute(select(func.count()).select_from(t)).scalar_one())

    # ------------------------------------------------------------ signatures (dedup, image reuse)
    def load_signatures(self, kind: str) -> list[tuple[str, str, list[int], str]]:
        with self.engine.connect() as c:
            rows = c.execute(select(signatures_t).where(signatures_t.c.kind == kind)).all()
        return [(r.applicant_id, r.document, json.loads(r.hashvalues), r.digest or "") for r in rows]

    def save_signatures(self, kind: str, rows: Iterable[tuple[str, str, list[int], str]]) -> None:
        rows = list({(r[0], r[1]): r for r in rows}.values())  # last row per (applicant, document)
        if not rows:
            return
        with self.engine.begin() as c:
            for aid, doc, values, digest in rows:
                c.execute(delete(signatures_t).where(
                    (signatures_t.c.kind == kind) & (signatures_t.c.applicant_id == aid)
                    & (signatures_t.c.document == doc)))
            c.execute(insert(signatures_t), [dict(
                kind=kind, applicant_id=aid, document=doc,
                hashvalues=json.dumps([int(v) for v in values]), digest=digest)
                for aid, doc, values, digest in rows])

    # ------------------------------------------------------------ reviews
    def reviews(self, applicant_id: Optional[str] = None) -> list[dict[str, Any]]:
        q = select(reviews_t)
        if applicant_id:
            q = q.where(reviews_t.c.applicant_id == applicant_id)
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def record_review(self, applicant_id: str, code: str, decision: str, note: str,
                      fingerprint_: Optional[str] = None) -> int:
        """Record a decision on the current finding(s) of that code; returns how many."""
        with self.engine.begin() as c:
            q = select(findings_t.c.fingerprint).where(
                (findings_t.c.applicant_id == applicant_id) & (findings_t.c.code == code))
            if fingerprint_:
                q = q.where(findings_t.c.fingerprint == fingerprint_)
            fps = [r[0] for r in c.execute(q)]
            for fp in fps:
                c.execute(delete(reviews_t).where(
                    (reviews_t.c.applicant_id == applicant_id) & (reviews_t.c.fingerprint == fp)))
                c.execute(insert(reviews_t).values(
                    applicant_id=applicant_id, fingerprint=fp, code=code, decision=decision,
                    note=clean_text(note, None), decided_at=_now()))
        return len(fps)


def snapshot_json(sub: Submission, content_hash: Optional[str] = None) -> str:
    """The Submission without page lines/tables (kept small) as JSON."""
    slim = sub.model_copy(deep=True)
    if content_hash is not None:
        slim.content_hash = content_hash
    for d in slim.documents:
        snapshot_boxes(d)  # the pictures blur ID numbers from these once the lines are gone
        for p in d.pages:
            p.lines = []
            p.tables = []
        d.body = d.body[:2000]
        d.references = d.references[:2000]
    return model_json(slim)
