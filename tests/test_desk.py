"""The review desk over HTTP (Starlette's TestClient): who may enter, what is refused, what is written.

Each refusal is checked twice: the page says why, and the audit log and the
reviews table are unchanged.
"""
from __future__ import annotations

import io
import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text, update
from starlette.testclient import TestClient

from pipeline.desk import auth, ledger
from pipeline.desk.app import COOKIE, create_app
from pipeline.store import fingerprint
from tests.browser_util import write_batch

PASSWORD = "correct horse 1"


@pytest.fixture
def desk(tmp_path):
    out, store, subs = write_batch(tmp_path / "batch")
    for name, role in (("chu", "初审"), ("chu2", "初审"), ("fu", "复核")):
        auth.add_user(store, name, role, PASSWORD)
    app = create_app(out, store.url)
    return out, store, subs, app


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def login(client: TestClient, name: str, password: str = PASSWORD):
    page = client.get("/login")
    return client.post("/login", data={"name": name, "password": password, "csrf": _csrf(page.text), "next": "/"},
                       follow_redirects=False)


def written(store) -> tuple[int, list]:
    return len(ledger.log_rows(store)), sorted((r["fingerprint"], r["decision"]) for r in store.reviews())


def fp_of(subs, code: str) -> str:
    return fingerprint(next(f for f in subs[0].findings if f.code == code))


def test_login_sets_a_strict_httponly_cookie_and_a_wrong_password_is_refused(desk):
    _, store, _, app = desk
    with TestClient(app) as c:
        bad = login(c, "chu", "wrong password")
        assert bad.status_code == 401 and "用户名或密码错误" in bad.text and COOKIE not in bad.cookies
        assert c.get("/", follow_redirects=False).status_code == 303  # still not in
        ok = login(c, "chu")
        assert ok.status_code == 303
        cookie = next(v for k, v in ok.headers.multi_items() if k == "set-cookie" and v.startswith(COOKIE))
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
        assert c.get("/").status_code == 200
    with store.engine.connect() as conn:
        stored = conn.execute(select(ledger.users_t.c.password_hash)).scalars().all()
    assert all(h.startswith("$argon2id$") for h in stored)


def test_login_without_its_csrf_token_is_refused(desk):
    *_, app = desk
    with TestClient(app) as c:
        c.get("/login")
        r = c.post("/login", data={"name": "chu", "password": PASSWORD}, follow_redirects=False)
        assert r.status_code == 403 and "CSRF" in r.text and COOKIE not in r.cookies


def test_a_post_without_csrf_token_is_refused_and_writes_nothing(desk):
    _, store, subs, app = desk
    before = written(store)
    with TestClient(app) as c:
        login(c, "chu")
        r = c.post("/act/finding", data={"applicant_id": "A001", "fingerprint": fp_of(subs, "PDF_EDITED"),
                                         "action": "dismissed", "note": "x"})
        assert r.status_code == 403 and "CSRF" in r.text and "未作任何修改" in r.text
        r = c.post("/act/finding", data={"applicant_id": "A001", "fingerprint": fp_of(subs, "PDF_EDITED"),
                                         "action": "dismissed", "csrf": "forged"})
        assert r.status_code == 403
    assert written(store) == before


def test_a_first_reviewer_cannot_take_the_second_step(desk):
    _, store, _, app = desk
    with TestClient(app) as c:
        login(c, "chu")
        sheet = c.get("/sheets/A001.html").text
        assert 'name="stage" value="初审"' in sheet
        before = written(store)
        r = c.post("/act/decide", data={"csrf": _csrf(sheet), "applicant_id": "A001", "stage": "复核",
                                        "outcome": "通过", "reason": ledger.REASONS[0]})
        assert r.status_code == 403 and "初审账号不能作复核决定" in r.text
        assert written(store) == before


def test_an_expired_session_is_refused_and_writes_nothing(desk):
    _, store, subs, app = desk
    with TestClient(app) as c:
        login(c, "chu")
        csrf = _csrf(c.get("/sheets/A001.html").text)
        old = (datetime.now(timezone.utc) - auth.SESSION_IDLE - timedelta(minutes=1)).isoformat()
        with store.engine.begin() as conn:
            conn.execute(update(ledger.sessions_t).values(seen_at=old))
        before = written(store)
        r = c.post("/act/finding", data={"csrf": csrf, "applicant_id": "A001",
                                         "fingerprint": fp_of(subs, "PDF_EDITED"), "action": "dismissed"})
        assert r.status_code == 401 and "会话已过期" in r.text
        assert written(store) == before
        assert c.get("/", follow_redirects=False).status_code in (303, 401)


def test_two_steps_by_two_accounts_each_logged_and_shown_in_the_static_sheet(desk):
    out, store, subs, app = desk
    with TestClient(app) as c:
        login(c, "chu")
        sheet = c.get("/sheets/A001.html").text
        csrf = _csrf(sheet)
        for code, action, note in (("EDUCATION_MISMATCH", "confirmed", "与学信网核对，编号确有不同"),
                                   ("PDF_EDITED", "dismissed", "原件为扫描件另存，内容无改动")):
            r = c.post("/act/finding", data={"csrf": csrf, "applicant_id": "A001", "fingerprint": fp_of(subs, code),
                                             "action": action, "note": note, "back": "/#v=reject"},
                       follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"] == "/sheets/A001.html#back=v%3Dreject"
        r = c.post("/act/decide", data={"csrf": csrf, "applicant_id": "A001", "stage": "初审", "outcome": "不予通过",
                                        "reason": ledger.REASONS[1], "note": "证书编号不符"})
        assert r.status_code == 200 and "不予通过" in r.text  # redirected back to the sheet
        # the same account cannot review its own decision
        c.post("/logout", data={"csrf": csrf})
        login(c, "fu")
        sheet = c.get("/sheets/A001.html").text
        assert 'name="stage" value="复核"' in sheet and 'value="不予通过" checked' in sheet
        r = c.post("/act/decide", data={"csrf": _csrf(sheet), "applicant_id": "A001", "stage": "复核",
                                        "outcome": "不予通过", "reason": ledger.REASONS[1], "note": "同意初审意见"})
        assert r.status_code == 200 and "该申报人已复核完毕" in r.text
    rows = ledger.log_rows(store, "A001")
    assert [(r["reviewer"], r["kind"], r["action"], r["stage"]) for r in rows] == [
        ("chu", "finding", "confirmed", ""), ("chu", "finding", "dismissed", ""),
        ("chu", "applicant", "不予通过", "初审"), ("fu", "applicant", "不予通过", "复核")]
    assert all(r["at"] for r in rows)
    # append-only: the database refuses to change or remove a log row
    with pytest.raises(Exception):
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE audit_log SET action = '通过'"))
    with pytest.raises(Exception):
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_log"))
    # the next run writes the static outputs with the decisions
    from pipeline.review import refresh_outputs
    refresh_outputs(out, store)
    html = (out / "sheets" / "A001.html").read_text(encoding="utf-8")
    decisions = re.search(r'<table class="decisions".*?</table>', html, re.S).group(0)
    assert "初审" in decisions and "复核" in decisions and "chu" in decisions and "fu" in decisions
    assert "(UTC+08:00)" in decisions
    edited = re.search(r'<section class="[^"]*dismissed[^"]*"[^>]*data-code="(\w+)".*?</section>', html, re.S)
    assert edited.group(1) == "PDF_EDITED" and "原件为扫描件另存" in edited.group(0)
    assert 'id="review-state">已决定<' in html
    index = (out / "index.html").read_text(encoding="utf-8")
    assert re.search(r'data-id="A001"[^>]*data-state="已决定"', index)


def test_a_second_reviewer_is_warned_and_must_confirm(desk):
    _, store, subs, app = desk
    with TestClient(app) as a, TestClient(app) as b:
        login(a, "chu")
        a.get("/sheets/A001.html")
        login(b, "chu2")
        sheet = b.get("/sheets/A001.html").text
        assert 'id="lock-warning"' in sheet and "chu" in sheet
        before = written(store)
        data = {"csrf": _csrf(sheet), "applicant_id": "A001", "fingerprint": fp_of(subs, "PDF_EDITED"),
                "action": "dismissed", "note": "n"}
        r = b.post("/act/finding", data=data)
        assert r.status_code == 409 and "正在审核" in r.text and 'id="force-submit"' in r.text
        assert written(store) == before
        r = b.post("/act/finding", data={**data, "force": "1"})
        assert r.status_code == 200
        assert written(store)[0] == before[0] + 1


def test_export_and_pages_need_a_session_and_page_views_are_served(desk):
    _, _, subs, app = desk
    with TestClient(app) as c:
        assert c.get("/export.xlsx", follow_redirects=False).status_code == 303
        assert c.get(f"/sheets/pages/A001/{fp_of(subs, 'EDUCATION_MISMATCH')}.jpg",
                     follow_redirects=False).status_code == 303
        login(c, "chu")
        r = c.get(f"/sheets/pages/A001/{fp_of(subs, 'EDUCATION_MISMATCH')}.jpg")
        assert r.status_code == 200 and r.content[:3] == b"\xff\xd8\xff"
        r = c.get("/export.xlsx?ids=A002")
        from openpyxl import load_workbook
        wb = load_workbook(io.BytesIO(r.content))
        assert [row[0] for row in wb["汇总"].iter_rows(min_row=2, values_only=True)] == ["A002"]
        assert c.get("/files/A001/0").status_code == 200  # the original attachment


def test_users_add_from_stdin_and_the_desk_binds_this_machine_by_default(tmp_path, monkeypatch):
    from flows.cli import build_parser, main
    out = tmp_path / "out"
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert main(["users", "add", "wang", "--role", "复核", "--password-stdin", "--out", str(out)]) == 0
    from pipeline.store import Store, default_url
    assert auth.authenticate(Store(default_url(out)), "wang", "a long password") == {"name": "wang", "role": "复核"}
    assert build_parser().parse_args(["desk", "--out", str(out)]).host == "127.0.0.1"


def test_decisions_show_in_the_static_sheet_after_the_next_night_even_when_unchanged(tmp_path):
    """A real run, decisions at the desk, a second run that skips the unchanged applicant."""
    import shutil
    from pathlib import Path

    from pipeline.runner import audit_inbox_plain
    from pipeline.store import Store, default_url
    samples = Path(__file__).resolve().parent.parent / "sample_docs" / "committed" / "inbox"
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    (inbox / "LX2024-0001").mkdir(parents=True)
    shutil.copy(samples / "LX2024-0001" / "application.json", inbox / "LX2024-0001")  # no attachments: fast
    audit_inbox_plain(inbox, out)
    store = Store(default_url(out))
    first = (out / "sheets" / "LX2024-0001.html").read_text(encoding="utf-8")
    assert "尚无初审、复核意见" not in first and 'id="decisions"' not in first
    fp = store.rows("findings", ["LX2024-0001"])[0]["fingerprint"]
    ledger.decide_finding(store, "LX2024-0001", fp, "dismissed", "已补交纸质材料", "chu", "初审")
    ledger.decide_applicant(store, "LX2024-0001", "初审", "退回补正", "材料不全，需补正", "", "chu", "初审")
    ledger.decide_applicant(store, "LX2024-0001", "复核", "退回补正", "材料不全，需补正", "", "fu", "复核")
    res = audit_inbox_plain(inbox, out)
    assert res.skipped == 1 and res.audited == 0
    html = (out / "sheets" / "LX2024-0001.html").read_text(encoding="utf-8")
    decisions = re.search(r'<table class="decisions".*?</table>', html, re.S).group(0)
    assert decisions.count("退回补正") == 2 and "chu" in decisions and "fu" in decisions
    assert "已补交纸质材料" in html
    assert (out / "fields.csv").stat().st_mode & 0o777 == 0o600  # ID numbers as read: owner only
