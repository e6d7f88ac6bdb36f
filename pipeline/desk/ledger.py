"""Decisions as an append-only audit log, plus accounts, sessions and form locks.

Why append-only: a decision on an applicant's title is an administrative act;
who decided what, when and why must survive every later night and every later
change of mind.  Each confirm/dismiss and each 初审/复核 decision is one new row
of ``audit_log`` (SQLite refuses UPDATE and DELETE on it by trigger).  The
``reviews`` table keeps only the current decision per finding fingerprint, for
the verdict; it is written in the same transaction as the log row.

A dismissed finding stays dismissed while its fingerprint (code, document,
evidence) is unchanged; new evidence gives a new fingerprint and asks again.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import DDL, Column, Integer, String, Table, Text, delete, event, insert, select

from ..store import Store, findings_t, metadata, reviews_t

STAGES = ("初审", "复核")
ROLES = ("初审", "复核", "admin")
OUTCOMES = ("通过", "不予通过", "退回补正")
REASONS = ("材料齐全，符合申报条件", "材料与申报信息不一致", "不符合学历或资历条件",
           "社保缴纳不符合要求", "年度考核不符合要求", "论文或业绩不符合要求", "材料不全，需补正",
           "材料疑似伪造或变造", "其他（见说明）")
REVIEW_STATES = ("待初审", "待复核", "已决定")

users_t = Table(
    "desk_users", metadata,
    Column("name", Text, primary_key=True),
    Column("role", String(16)),
    Column("password_hash", Text),
    Column("created_at", String(32)),
    Column("active", Integer, default=1),
)
sessions_t = Table(
    "desk_sessions", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user", Text),
    Column("csrf", String(64)),
    Column("created_at", String(32)),
    Column("seen_at", String(32)),
)
audit_log_t = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32)),
    Column("reviewer", Text),
    Column("role", String(16)),
    Column("applicant_id", Text),
    Column("kind", String(16)),          # finding / applicant
    Column("fingerprint", String(32)),   # finding decisions
    Column("code", String(64)),
    Column("action", String(16)),        # confirmed / dismissed / 通过 / 不予通过 / 退回补正
    Column("stage", String(8)),          # 初审 / 复核 (applicant decisions)
    Column("reason", Text),
    Column("note", Text),
)
locks_t = Table(
    "desk_locks", metadata,
    Column("applicant_id", Text, primary_key=True),
    Column("user", Text),
    Column("since", String(32)),
    Column("seen_at", String(32)),
)
for _verb in ("UPDATE", "DELETE"):
    event.listen(audit_log_t, "after_create", DDL(
        f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{_verb.lower()} BEFORE {_verb} ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END").execute_if(dialect="sqlite"))


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def ensure_tables(store: Store) -> None:
    metadata.create_all(store.engine)


class NotAllowed(Exception):
    """A decision this account may not take (wrong role, same person twice); nothing is written."""


# ------------------------------------------------------------------ reading

def log_rows(store: Store, applicant_id: Optional[str] = None) -> list[dict[str, Any]]:
    ensure_tables(store)
    q = select(audit_log_t).order_by(audit_log_t.c.id)
    if applicant_id:
        q = q.where(audit_log_t.c.applicant_id == applicant_id)
    with store.engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(q)]


def applicant_decisions(rows: list[dict[str, Any]]) -> dict[str, dict[str, dict]]:
    """applicant → stage → the latest decision row of that stage."""
    out: dict[str, dict[str, dict]] = {}
    for r in rows:
        if r["kind"] == "applicant":
            out.setdefault(r["applicant_id"], {})[r["stage"]] = r
    return out


def review_state_of(stages: dict[str, dict]) -> str:
    """待初审 / 待复核 / 已决定 from the latest decision per stage."""
    if "复核" in stages:
        return "已决定"
    if "初审" in stages:
        return "待复核"
    return "待初审"


def finding_details(rows: list[dict[str, Any]]) -> dict[tuple[str, str], dict]:
    """(applicant, fingerprint) → the latest finding decision row (reviewer, time, note)."""
    return {(r["applicant_id"], r["fingerprint"]): r for r in rows if r["kind"] == "finding"}


class ReviewState(dict):
    """fingerprint → "dismissed"/"confirmed" (as callers wanting only that expect), plus
    ``detail`` (note, reviewer, time per fingerprint) and ``decisions`` (初审/复核 per applicant)."""

    def __init__(self, current: dict[str, str], detail: Optional[dict[str, dict]] = None,
                 decisions: Optional[dict[str, dict[str, dict]]] = None) -> None:
        super().__init__(current)
        self.detail = detail or {}
        self.decisions = decisions or {}

    def stages(self, applicant_id: str) -> dict[str, dict]:
        return self.decisions.get(applicant_id, {})

    def state(self, applicant_id: str) -> str:
        return review_state_of(self.stages(applicant_id))


def review_state(store: Store, applicant_id: Optional[str] = None) -> ReviewState:
    """What the sheets and the dashboard show of the reviewers' work, from the database."""
    rows = log_rows(store, applicant_id)
    logged = finding_details(rows)
    current, detail = {}, {}
    for r in store.reviews(applicant_id):
        fp = r["fingerprint"]
        current[fp] = r["decision"]
        row: dict[str, Any] = logged.get((r["applicant_id"], fp)) or {}
        detail[fp] = {"note": r.get("note") or "", "reviewer": row.get("reviewer", ""),
                      "at": r.get("decided_at") or row.get("at", ""), "applicant_id": r["applicant_id"]}
    return ReviewState(current, detail, applicant_decisions(rows))


# ------------------------------------------------------------------ writing

def decide_finding(store: Store, applicant_id: str, fingerprint: str, action: str, note: str,
                   reviewer: str, role: str) -> bool:
    """Confirm or dismiss one current finding: log row + current review, one transaction."""
    if action not in ("confirmed", "dismissed"):
        raise NotAllowed(f"未知的处理方式：{action}")
    if role not in ("初审", "复核", "admin"):
        raise NotAllowed("该账号无权处理问题")
    ensure_tables(store)
    at = now()
    with store.engine.begin() as c:
        code = c.execute(select(findings_t.c.code).where(
            (findings_t.c.applicant_id == applicant_id) & (findings_t.c.fingerprint == fingerprint))
        ).scalar_one_or_none()
        if code is None:
            return False
        c.execute(insert(audit_log_t).values(
            at=at, reviewer=reviewer, role=role, applicant_id=applicant_id, kind="finding",
            fingerprint=fingerprint, code=code, action=action, stage="", reason="", note=note))
        c.execute(delete(reviews_t).where(
            (reviews_t.c.applicant_id == applicant_id) & (reviews_t.c.fingerprint == fingerprint)))
        c.execute(insert(reviews_t).values(applicant_id=applicant_id, fingerprint=fingerprint, code=code,
                                           decision=action, note=note, decided_at=at))
    return True


def decide_applicant(store: Store, applicant_id: str, stage: str, outcome: str, reason: str, note: str,
                     reviewer: str, role: str) -> None:
    """Record a 初审 or 复核 decision; refuses what the account may not do."""
    if stage not in STAGES:
        raise NotAllowed(f"未知的审核环节：{stage}")
    if outcome not in OUTCOMES:
        raise NotAllowed(f"未知的结论：{outcome}")
    if reason not in REASONS:
        raise NotAllowed("请从列表中选择理由")
    if role != "admin" and role != stage:
        raise NotAllowed(f"{role}账号不能作{stage}决定")
    stages = applicant_decisions(log_rows(store, applicant_id)).get(applicant_id, {})
    if stage == "复核":
        first = stages.get("初审")
        if first is None:
            raise NotAllowed("尚无初审意见，不能复核")
        if first["reviewer"] == reviewer:
            raise NotAllowed("复核须由初审以外的另一账号进行")
    elif "复核" in stages:
        raise NotAllowed("该申报人已复核完毕，初审意见不能再改")
    with store.engine.begin() as c:
        c.execute(insert(audit_log_t).values(
            at=now(), reviewer=reviewer, role=role, applicant_id=applicant_id, kind="applicant",
            fingerprint="", code="", action=outcome, stage=stage, reason=reason, note=note))


def decide_code(store: Store, applicant_id: str, code: str, action: str, note: str, reviewer: str,
                fingerprint: Optional[str] = None) -> int:
    """``zcaudit review``: decide every current finding of a code (or the one fingerprint); how many."""
    ensure_tables(store)
    q = select(findings_t.c.fingerprint).where(
        (findings_t.c.applicant_id == applicant_id) & (findings_t.c.code == code))
    if fingerprint:
        q = q.where(findings_t.c.fingerprint == fingerprint)
    with store.engine.connect() as c:
        fps = [r[0] for r in c.execute(q)]
    return sum(decide_finding(store, applicant_id, fp, action, note, reviewer, "admin") for fp in fps)
