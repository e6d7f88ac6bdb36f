"""Accounts, sessions, CSRF tokens and form locks of the desk.

Why server-side sessions: the cookie carries only a random token (its SHA-256
is stored), so logging out or expiring a session really ends it; each session
has its own CSRF token, checked on every POST.  Passwords are argon2id hashes
(argon2-cffi).  A lock says who has a sheet open for editing; a second
reviewer is warned and must confirm before anything is written.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, insert, select, update

from ..store import Store
from .ledger import ROLES, ensure_tables, locks_t, now, sessions_t, users_t

SESSION_IDLE = timedelta(hours=2)      # no request for this long: log in again
SESSION_MAX = timedelta(hours=12)      # a working day at most
LOCK_IDLE = timedelta(minutes=20)      # a sheet left open this long is free again
_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not a password")


def _sha(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _age(iso: str) -> timedelta:
    return datetime.now(timezone.utc) - datetime.fromisoformat(iso)


# ------------------------------------------------------------------ accounts

def add_user(store: Store, name: str, role: str, password: str) -> None:
    """Create or replace an account (a new password or role for an existing name)."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if not name.strip() or len(password) < 8:
        raise ValueError("a name and a password of at least 8 characters are needed")
    ensure_tables(store)
    with store.engine.begin() as c:
        c.execute(delete(users_t).where(users_t.c.name == name))
        c.execute(insert(users_t).values(name=name, role=role, password_hash=_hasher.hash(password),
                                         created_at=now(), active=1))


def list_users(store: Store) -> list[dict]:
    ensure_tables(store)
    with store.engine.connect() as c:
        return [{"name": r.name, "role": r.role, "created_at": r.created_at}
                for r in c.execute(select(users_t).order_by(users_t.c.name))]


def authenticate(store: Store, name: str, password: str) -> Optional[dict]:
    """The account when the password is right (same work done for an unknown name)."""
    ensure_tables(store)
    with store.engine.connect() as c:
        row = c.execute(select(users_t).where((users_t.c.name == name) & (users_t.c.active == 1))).first()
    try:
        _hasher.verify(row.password_hash if row else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    return {"name": row.name, "role": row.role} if row else None


# ------------------------------------------------------------------ sessions

def start_session(store: Store, user: str) -> str:
    """A new session for ``user``; returns the cookie token."""
    token = secrets.token_urlsafe(32)
    at = now()
    with store.engine.begin() as c:
        c.execute(insert(sessions_t).values(token_hash=_sha(token), user=user, csrf=secrets.token_urlsafe(32),
                                            created_at=at, seen_at=at))
    return token


def session_of(store: Store, token: Optional[str], idle: timedelta = SESSION_IDLE,
               max_age: timedelta = SESSION_MAX) -> tuple[Optional[dict], str]:
    """(session {user, role, csrf}, "") or (None, why: "none" / "expired")."""
    if not token:
        return None, "none"
    ensure_tables(store)
    with store.engine.begin() as c:
        row = c.execute(select(sessions_t).where(sessions_t.c.token_hash == _sha(token))).first()
        if row is None:
            return None, "none"
        if _age(row.seen_at) > idle or _age(row.created_at) > max_age:
            c.execute(delete(sessions_t).where(sessions_t.c.token_hash == row.token_hash))
            return None, "expired"
        user = c.execute(select(users_t).where((users_t.c.name == row.user) & (users_t.c.active == 1))).first()
        if user is None:
            return None, "none"
        c.execute(update(sessions_t).where(sessions_t.c.token_hash == row.token_hash).values(seen_at=now()))
    return {"user": user.name, "role": user.role, "csrf": row.csrf}, ""


def end_session(store: Store, token: Optional[str]) -> None:
    if token:
        with store.engine.begin() as c:
            c.execute(delete(sessions_t).where(sessions_t.c.token_hash == _sha(token)))


def csrf_ok(expected: Optional[str], given: Optional[str]) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


# ------------------------------------------------------------------ locks

def lock(store: Store, applicant_id: str, user: str, take: bool = True) -> Optional[dict]:
    """Who else holds this sheet ({user, since}), or None; takes or refreshes the lock when free."""
    ensure_tables(store)
    with store.engine.begin() as c:
        row = c.execute(select(locks_t).where(locks_t.c.applicant_id == applicant_id)).first()
        if row is not None and row.user != user and _age(row.seen_at) <= LOCK_IDLE:
            return {"user": row.user, "since": row.since}
        if not take:
            return None
        at = now()
        if row is None or row.user != user:
            c.execute(delete(locks_t).where(locks_t.c.applicant_id == applicant_id))
            c.execute(insert(locks_t).values(applicant_id=applicant_id, user=user, since=at, seen_at=at))
        else:
            c.execute(update(locks_t).where(locks_t.c.applicant_id == applicant_id).values(seen_at=at))
    return None


def unlock(store: Store, user: str, applicant_id: Optional[str] = None) -> None:
    """Free the sheets this user holds (logout), or one sheet (its decision is taken)."""
    ensure_tables(store)
    cond = locks_t.c.user == user
    if applicant_id is not None:
        cond = cond & (locks_t.c.applicant_id == applicant_id)
    with store.engine.begin() as c:
        c.execute(delete(locks_t).where(cond))
