"""Read and validate ``application.json`` (contract §1).

A malformed file is not a crash: the caller gets ``(None, [finding])`` with one
APPLICATION_INVALID finding naming the key and the problem.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError

from .models import Application, Finding, Severity


def decode_bytes(raw: bytes, *, lenient: bool = False) -> str:
    """UTF-8 (with or without BOM) as the contract says; GBK as a tolerated fallback.
    ``lenient``: undecodable bytes become U+FFFD instead of raising."""
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    if lenient:
        return raw.decode("utf-8", errors="replace")
    raise UnicodeDecodeError("utf-8", raw, 0, 1, "neither UTF-8 nor GBK")


def _invalid(applicant_id: str, key: str, problem: str, detail: str = "") -> Finding:
    msg = f"申报信息 application.json 无法使用：{key or '文件'} {problem}。"
    return Finding(
        applicant_id=applicant_id, code="APPLICATION_INVALID", severity=Severity.suspect,
        document="application.json", message=msg,
        evidence={"key": key, "problem": problem, "detail": detail[:300]},
    )


def _loc(err: dict) -> str:
    return ".".join(str(p) for p in err.get("loc", ()))


def parse_application(data: Any, applicant_id: str) -> tuple[Optional[Application], list[Finding]]:
    if not isinstance(data, dict):
        return None, [_invalid(applicant_id, "", "不是 JSON 对象", type(data).__name__)]
    try:
        app = Application.model_validate(data)
    except ValidationError as exc:
        errs = exc.errors()
        first = errs[0]
        key = _loc(first)
        kind = first.get("type", "")
        if kind == "missing":
            problem = "缺失"
        elif kind in ("literal_error", "enum"):
            problem = f"取值不在允许范围内（{first.get('input')!r}）"
        elif "pattern" in kind or "date" in kind:
            problem = f"日期格式错误（{first.get('input')!r}）"
        else:
            problem = f"类型或取值错误（{first.get('msg')}）"
        f = _invalid(applicant_id, key, problem, "; ".join(f"{_loc(e)}: {e.get('msg')}" for e in errs[:5]))
        f.evidence["errors"] = [{"key": _loc(e), "problem": e.get("msg")} for e in errs[:10]]
        return None, [f]
    findings: list[Finding] = []
    if app.applicant_id != applicant_id:
        findings.append(_invalid(applicant_id, "applicant_id", f"与文件夹名不一致（{app.applicant_id}）"))
    return app, findings


def load_application(folder: Path) -> tuple[Optional[Application], dict, list[Finding]]:
    """Return (application or None, raw dict, findings)."""
    applicant_id = folder.name
    path = folder / "application.json"
    if not path.exists():
        return None, {}, [_invalid(applicant_id, "application.json", "文件缺失")]
    try:
        text = decode_bytes(path.read_bytes())
        data = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, {}, [_invalid(applicant_id, "", "不是有效的 JSON", str(exc))]
    app, findings = parse_application(data, applicant_id)
    return app, data if isinstance(data, dict) else {}, findings
