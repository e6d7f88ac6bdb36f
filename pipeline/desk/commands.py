"""CLI entry points of the desk (``zcaudit desk``, ``zcaudit users``): small, so the CLI may move."""
from __future__ import annotations

import getpass
import ipaddress
import sys
from pathlib import Path
from typing import Optional, TextIO

from ..store import Store, default_url
from . import auth
from .app import create_app


def _store(out: str, db: Optional[str]) -> Store:
    Path(out).mkdir(parents=True, exist_ok=True)
    return Store(db or default_url(Path(out)))


def read_password(stdin: bool, stream: Optional[TextIO] = None) -> str:
    """From standard input (one line) or from a prompt asked twice."""
    if stdin:
        return (stream or sys.stdin).readline().rstrip("\r\n")
    first = getpass.getpass("密码：")
    if getpass.getpass("再次输入密码：") != first:
        raise ValueError("两次输入的密码不一致")
    return first


def users_add(out: str, db: Optional[str], name: str, role: str, password_stdin: bool) -> int:
    try:
        auth.add_user(_store(out, db), name, role, read_password(password_stdin))
    except ValueError as exc:
        print(f"zcaudit users: {exc}", file=sys.stderr)
        return 2
    print(f"account {name} ({role}) saved")
    return 0


def users_list(out: str, db: Optional[str]) -> int:
    for u in auth.list_users(_store(out, db)):
        print(f"{u['name']}\t{u['role']}\t{u['created_at']}")
    return 0


def serve_desk(out: str, db: Optional[str], host: str = "127.0.0.1", port: int = 8765) -> int:
    import uvicorn  # only `zcaudit desk` starts a server

    store = _store(out, db)
    if not auth.list_users(store):
        print("zcaudit desk: no accounts yet — add one with `zcaudit users add NAME --role 初审 --out OUT`",
              file=sys.stderr)
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        print(f"zcaudit desk: listening on {host}, reachable from other machines — put it behind HTTPS",
              file=sys.stderr)
    print(f"desk: http://{host}:{port}/")
    uvicorn.run(create_app(Path(out), store.url), host=host, port=port, log_level="warning")
    return 0
