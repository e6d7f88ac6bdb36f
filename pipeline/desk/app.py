"""The desk: a local Starlette app serving the dashboard and the sheets from the database.

Why from the database and the stored snapshots: the desk shows what the last
night found plus every decision taken since, without re-auditing.  Every POST
needs a live session and its CSRF token; a refusal (no session, expired
session, missing token, a 初审 account trying 复核, the same person twice)
answers with a page saying why, and writes nothing.  Decisions go to the
append-only audit log (``ledger``); the static outputs show them after the
next night (or ``zcaudit review``).
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Optional
from urllib.parse import quote, unquote, urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from core.labels import local_time
from ..dashboard import render_dashboard
from ..export import export_xlsx
from .ledger import review_state
from ..sheets import _env, Links, page_view, render_html, view_model
from ..sheet_xlsx import write_xlsx
from ..store import Store
from . import auth, ledger

COOKIE = "zc_session"
LOGIN_COOKIE = "zc_login"
HEADERS = {"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin",
           "Cache-Control": "no-store",
           "Content-Security-Policy": "default-src 'self'; img-src 'self' data: blob:; "
                                      "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                                      "frame-ancestors 'none'; form-action 'self'"}


def _page(title: str, message: str = "", status: int = 200, kind: str = "", **ctx: Any) -> HTMLResponse:
    html = _env.get_template("desk.html.j2").render(title=title, message=message, kind=kind, **ctx)
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def refused(message: str, status: int = 403, login: bool = False) -> HTMLResponse:
    links = [("/login", "重新登录")] if login else [("/", "返回批次总览")]
    return _page("操作被拒绝", message + "本次未作任何修改。", status, "refused", links=links)


def _back_hash(back: str) -> str:
    """Only the filter part of a back link travels on (never a redirect elsewhere)."""
    frag = urlsplit(back or "").fragment
    return "#back=" + quote(unquote(frag), safe="") if frag else ""


class Desk:
    def __init__(self, out: Path, db: str, *, idle=auth.SESSION_IDLE, max_age=auth.SESSION_MAX) -> None:
        self.out, self.store = Path(out), Store(db)
        ledger.ensure_tables(self.store)
        self.idle, self.max_age = idle, max_age
        self.links = Links(back="/", page=lambda aid, fp: f"/sheets/pages/{quote(aid)}/{fp}.jpg",
                           original=lambda sub, i: f"/files/{quote(sub.applicant_id)}/{i}")

    # -------------------------------------------------------------- sessions
    def session(self, request: Request) -> tuple[Optional[dict], Optional[Response]]:
        sess, why = auth.session_of(self.store, request.cookies.get(COOKIE), self.idle, self.max_age)
        if sess is not None:
            return sess, None
        if why == "expired":
            return None, refused("会话已过期（长时间未操作），请重新登录。", 401, login=True)
        if request.method == "GET":
            return None, RedirectResponse(f"/login?next={quote(request.url.path)}", 303)
        return None, refused("尚未登录或会话无效，请先登录。", 401, login=True)

    async def posted(self, request: Request) -> tuple[Optional[dict], dict, Optional[Response]]:
        """(session, form, refusal) of a POST: live session and its CSRF token required."""
        sess, resp = self.session(request)
        if resp is not None:
            return None, {}, resp
        form = dict(await request.form())
        if not auth.csrf_ok(sess["csrf"], form.get("csrf")):
            return None, {}, refused("请求缺少有效的安全令牌（CSRF），可能来自其他网页。")
        return sess, form, None

    def desk_ctx(self, sess: dict, aid: Optional[str] = None) -> dict[str, Any]:
        ctx = {"user": sess["user"], "role": sess["role"], "csrf": sess["csrf"]}
        if aid is None:
            return ctx
        holder = auth.lock(self.store, aid, sess["user"])
        ctx["lock"] = {"user": holder["user"], "since": local_time(holder["since"])} if holder else None
        stages = review_state(self.store, aid).stages(aid)
        stage, note = self.stage_for(sess, stages)
        first = stages.get("初审")
        ctx.update(stage=stage, stage_note=note, outcomes=ledger.OUTCOMES, reasons=ledger.REASONS,
                   default_outcome=first["action"] if stage == "复核" and first else "",
                   default_reason=first["reason"] if stage == "复核" and first else "")
        return ctx

    @staticmethod
    def stage_for(sess: dict, stages: dict[str, dict]) -> tuple[str, str]:
        """The decision this account may take now on this applicant, or why none."""
        role, first = sess["role"], stages.get("初审")
        if "复核" in stages:
            return "", "该申报人已复核完毕。"
        if role in ("初审", "admin") and (role == "初审" or first is None):
            return "初审", ""
        if first is None:
            return "", "尚无初审意见，待初审后复核。"
        if first["reviewer"] == sess["user"]:
            return "", "初审由本账号作出，复核须由另一账号进行。"
        return "复核", ""

    # -------------------------------------------------------------- pages
    async def login_form(self, request: Request) -> Response:
        token = auth.secrets.token_urlsafe(24)
        nxt = request.query_params.get("next", "/")
        resp = _page("登录", "请使用审核账号登录。", login={"csrf": token, "next": nxt if nxt.startswith("/") else "/"})
        resp.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", path="/login",
                        secure=request.url.scheme == "https")
        return resp

    async def login(self, request: Request) -> Response:
        form = dict(await request.form())
        if not auth.csrf_ok(request.cookies.get(LOGIN_COOKIE), form.get("csrf")):
            return refused("登录请求缺少有效的安全令牌（CSRF），请重新打开登录页。", login=True)
        user = auth.authenticate(self.store, str(form.get("name", "")), str(form.get("password", "")))
        if user is None:
            return refused("用户名或密码错误。", 401, login=True)
        token = auth.start_session(self.store, user["name"])
        nxt = str(form.get("next") or "/")
        resp = RedirectResponse(nxt if nxt.startswith("/") and not nxt.startswith("//") else "/", 303)
        resp.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")
        resp.delete_cookie(LOGIN_COOKIE, path="/login")
        return resp

    async def logout(self, request: Request) -> Response:
        sess, _, resp = await self.posted(request)
        if resp is not None:
            return resp
        auth.end_session(self.store, request.cookies.get(COOKIE))
        auth.unlock(self.store, sess["user"])
        out = RedirectResponse("/login", 303)
        out.delete_cookie(COOKIE, path="/")
        return out

    async def dashboard(self, request: Request) -> Response:
        sess, resp = self.session(request)
        if resp is not None:
            return resp
        return HTMLResponse(render_dashboard(self.store, desk=self.desk_ctx(sess)), headers=HEADERS)

    def _snapshot(self, aid: str):
        return self.store.load_snapshot(aid)

    async def sheet(self, request: Request) -> Response:
        sess, resp = self.session(request)
        if resp is not None:
            return resp
        aid = request.path_params["aid"]
        sub = self._snapshot(aid)
        if sub is None:
            return _page("未找到", f"没有申报人 {aid}。", 404, "refused", links=[("/", "返回批次总览")])
        vm = view_model(sub, review_state(self.store, aid), links=self.links)
        return HTMLResponse(render_html(vm, desk=self.desk_ctx(sess, aid)), headers=HEADERS)

    async def sheet_xlsx(self, request: Request) -> Response:
        sess, resp = self.session(request)
        if resp is not None:
            return resp
        aid = request.path_params["aid"]
        sub = self._snapshot(aid)
        if sub is None:
            return Response(status_code=404)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "sheet.xlsx"
            write_xlsx(path, view_model(sub, review_state(self.store, aid), links=self.links))
            data = path.read_bytes()
        return Response(data, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={**HEADERS, "Content-Disposition": f"attachment; filename*=UTF-8''{quote(aid)}.xlsx"})

    async def page_image(self, request: Request) -> Response:
        sess, resp = self.session(request)
        if resp is not None:
            return resp
        sub = self._snapshot(request.path_params["aid"])
        jpg = page_view(sub, request.path_params["fp"]) if sub else None
        if not jpg:
            return Response("无法显示该页", status_code=404, headers=HEADERS)
        return Response(jpg, media_type="image/jpeg", headers=HEADERS)

    async def original(self, request: Request) -> Response:
        sess, resp = self.session(request)
        if resp is not None:
            return resp
        sub = self._snapshot(request.path_params["aid"])
        i = request.path_params["idx"]
        if sub is None or not 0 <= i < len(sub.documents) or not sub.folder:
            return Response(status_code=404)
        path = Path(sub.documents[i].path).resolve()
        if not path.is_file() or Path(sub.folder).resolve() not in path.parents:
            return Response("原件不在申报人目录中", status_code=404)
        return FileResponse(path, headers={**HEADERS, "Content-Disposition":
                                           f"inline; filename*=UTF-8''{quote(path.name)}"})

    async def export(self, request: Request) -> Response:
        sess, resp = self.session(request)
        if resp is not None:
            return resp
        ids = [x for x in request.query_params.get("ids", "").split(",") if x] or None
        with tempfile.TemporaryDirectory() as tmp:
            data = export_xlsx(Path(tmp) / "export.xlsx", self.store, ids).read_bytes()
        return Response(data, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={**HEADERS, "Content-Disposition": "attachment; filename*=UTF-8''"
                                                                  + quote("职称审核问题清单.xlsx")})

    # -------------------------------------------------------------- decisions
    def _locked(self, sess: dict, form: dict, action: str) -> Optional[Response]:
        aid = str(form.get("applicant_id", ""))
        holder = auth.lock(self.store, aid, sess["user"], take=False)
        if holder is None or form.get("force") == "1":
            return None
        fields = [(k, v) for k, v in form.items() if k != "force"]
        return _page("该表正由他人审核",
                     f"{holder['user']} 自 {local_time(holder['since'])} 起正在审核 {aid}，同时修改可能互相覆盖。"
                     "确认仍要提交吗？", 409, "warn",
                     resubmit={"action": action, "fields": fields, "back": f"/sheets/{quote(aid)}.html"})

    def _done(self, aid: str, form: dict) -> Response:
        sub = self._snapshot(aid)
        if sub is not None:
            self.store.save_submission(sub)  # the verdict without dismissed findings, at once
        return RedirectResponse(f"/sheets/{quote(aid)}.html{_back_hash(str(form.get('back', '')))}", 303)

    async def act_finding(self, request: Request) -> Response:
        sess, form, resp = await self.posted(request)
        if resp is not None:
            return resp
        resp = self._locked(sess, form, "/act/finding")
        if resp is not None:
            return resp
        aid, fp = str(form.get("applicant_id", "")), str(form.get("fingerprint", ""))
        try:
            ok = ledger.decide_finding(self.store, aid, fp, str(form.get("action", "")),
                                       str(form.get("note", "")).strip(), sess["user"], sess["role"])
        except ledger.NotAllowed as exc:
            return refused(f"{exc}。")
        if not ok:
            return refused("该问题已不存在（证据已变化，请刷新审核表）。", 409)
        auth.lock(self.store, aid, sess["user"], take=True)
        return self._done(aid, form)

    async def act_decide(self, request: Request) -> Response:
        sess, form, resp = await self.posted(request)
        if resp is not None:
            return resp
        aid = str(form.get("applicant_id", ""))
        if self._snapshot(aid) is None:
            return refused(f"没有申报人 {aid}。", 404)
        stage = str(form.get("stage", ""))
        if sess["role"] != "admin" and stage != sess["role"]:
            return refused(f"{sess['role']}账号不能作{stage}决定。")
        resp = self._locked(sess, form, "/act/decide")
        if resp is not None:
            return resp
        try:
            ledger.decide_applicant(self.store, aid, stage, str(form.get("outcome", "")),
                                    str(form.get("reason", "")), str(form.get("note", "")).strip(),
                                    sess["user"], sess["role"])
        except ledger.NotAllowed as exc:
            return refused(f"{exc}。")
        auth.unlock(self.store, sess["user"], aid)  # the form is done: free for the next step
        return self._done(aid, form)


def create_app(out: Path, db: str, **kw: Any) -> Starlette:
    d = Desk(out, db, **kw)
    app = Starlette(routes=[
        Route("/login", d.login_form, methods=["GET"]),
        Route("/login", d.login, methods=["POST"]),
        Route("/logout", d.logout, methods=["POST"]),
        Route("/", d.dashboard, methods=["GET"]),
        Route("/index.html", d.dashboard, methods=["GET"]),
        Route("/sheets/{aid}.html", d.sheet, methods=["GET"]),
        Route("/sheets/{aid}.xlsx", d.sheet_xlsx, methods=["GET"]),
        Route("/sheets/pages/{aid}/{fp}.jpg", d.page_image, methods=["GET"]),
        Route("/files/{aid}/{idx:int}", d.original, methods=["GET"]),
        Route("/export.xlsx", d.export, methods=["GET"]),
        Route("/act/finding", d.act_finding, methods=["POST"]),
        Route("/act/decide", d.act_decide, methods=["POST"]),
    ])
    app.state.desk = d
    return app
