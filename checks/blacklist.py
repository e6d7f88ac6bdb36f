"""The dishonesty blacklist: BLACKLISTED (2021 五; 2024 七(三)).

The nightly job loads the list once (``load_blacklist``) and passes the rows
as ``ctx.options["blacklist"]``. Rows are ``{"kind", "value", "name",
"reason"}`` with kind ``id_number`` | ``unit`` | ``credit_code``.

Decisions (a wrong reject ends an application for a year):
* rule ``blacklist`` (reject) only on an identifier: the applicant's ID number,
  or a 统一社会信用代码 carried by the unit string or by a document;
* rule ``blacklist_unit`` (suspect) on a unit name, with both names in the
  evidence. Names are compared after normalisation (有限公司/有限责任公司, place
  prefixes) and must then be equal: no fuzzy ratio, one character is another
  company (华信 ≠ 华鑫).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Iterable

from core import idcard
from core.application import decode_bytes
from core.models import Finding, Submission
from core.normalize import normalize_code

from .base import CheckContext, app_of, check, needs_application
from .matching import credit_codes_in, normalize_unit

KINDS = ("id_number", "unit", "credit_code")
HEADER_ALIASES = {
    "kind": "kind", "类型": "kind", "value": "value", "值": "value",
    "name": "name", "姓名": "name", "名称": "name", "reason": "reason", "原因": "reason",
    "失信原因": "reason", "id_number": "id_number", "身份证号": "id_number",
    "身份证号码": "id_number", "unit": "unit", "单位": "unit", "单位名称": "unit",
    "工作单位": "unit", "credit_code": "credit_code", "统一社会信用代码": "credit_code",
}


def _decode(raw: bytes) -> str:
    return decode_bytes(raw, lenient=True)


def load_blacklist(path: str | Path) -> list[dict]:
    """Rows of a blacklist CSV as ``{"kind", "value", "name", "reason"}``.

    Accepts the long form (``kind,value,name,reason``) and a wide form with
    ``id_number`` / ``unit`` / ``credit_code`` columns (Chinese headers too),
    UTF-8 with or without BOM (GBK tolerated). Blank values are dropped.
    """
    text = _decode(Path(path).read_bytes())
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        return []
    header = {h: HEADER_ALIASES.get((h or "").strip().lower(), (h or "").strip().lower())
              for h in reader.fieldnames}
    rows: list[dict] = []
    for raw in reader:
        row = {header[k]: (v or "").strip() for k, v in raw.items() if k in header}
        name, reason = row.get("name", ""), row.get("reason", "")
        if row.get("kind") and row.get("value"):
            kind = row["kind"].strip().lower()
            if kind in KINDS:
                rows.append({"kind": kind, "value": row["value"], "name": name, "reason": reason})
            continue
        for kind in KINDS:
            if row.get(kind):
                rows.append({"kind": kind, "value": row[kind], "name": name, "reason": reason})
    return rows


def _rows(ctx: CheckContext) -> list[dict]:
    rows: Any = ctx.options.get("blacklist") or []
    if isinstance(rows, (str, Path)):
        rows = load_blacklist(rows)
    return list(rows)


def applicant_credit_codes(sub: Submission) -> set[str]:
    """Credit codes carried by the unit string or by any document field."""
    codes = set(credit_codes_in(app_of(sub).unit))
    for doc in sub.documents:
        for f in doc.fields:
            codes.update(credit_codes_in(f.value))
    return codes


def applicant_units(sub: Submission) -> list[str]:
    """The applying unit, plus the unit named on a 工作证明."""
    units = [app_of(sub).unit]
    for doc in sub.docs("employment_proof"):
        v = doc.value("unit")
        if v and v not in units:
            units.append(v)
    return units


def same_listed_unit(a: str, b: str) -> bool:
    """Equal after normalisation; never a fuzzy match (华信 ≠ 华鑫)."""
    na, nb = normalize_unit(a), normalize_unit(b)
    return bool(na) and na == nb


def _matches(row: dict, id_number: str, units: Iterable[str], codes: set[str]) -> tuple[str, str]:
    """(what matched, the applicant's value that matched) or ("", "")."""
    kind, value = row.get("kind"), row.get("value", "")
    if kind == "id_number" and value and idcard.normalize(value) == id_number:
        return "身份证号码", id_number
    if kind == "unit":
        hit = next((u for u in units if same_listed_unit(u, value)), None)
        if hit:
            return "单位名称", hit
    if kind == "credit_code" and normalize_code(value) in codes:
        return "统一社会信用代码", normalize_code(value)
    return "", ""


@check("blacklist")
@needs_application
def check_blacklist(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """BLACKLISTED: the applicant's ID, unit or the unit's credit code is listed."""
    rows = _rows(ctx)
    if not rows:
        return []
    app = app_of(sub)
    id_number = idcard.normalize(app.id_number)
    units = applicant_units(sub)
    codes = applicant_credit_codes(sub)
    out = []
    for row in rows:
        what, mine = _matches(row, id_number, units, codes)
        if not what:
            continue
        kind = row.get("kind")
        shown = idcard.mask(row["value"]) if kind == "id_number" else row["value"]
        reason = f"（{row['reason']}）" if row.get("reason") else ""
        if kind == "unit":
            msg = (f"申报单位名称“{mine}”与失信黑名单中的单位“{row['value']}”一致{reason}，"
                   f"名称相同不等于同一单位，请以统一社会信用代码核实。")
            out.append(ctx.finding(sub, "BLACKLISTED", msg, clause_key="blacklist_unit",
                                   document="application.json", kind=kind, listed_value=row["value"],
                                   listed_name=row.get("name", ""), reason=row.get("reason", ""),
                                   declared_unit=mine, applicant_unit=app.unit))
            continue
        subject = "申报人" if kind == "id_number" else f"申报单位（{app.unit}）"
        msg = f"{subject}的{what}{shown}列入失信黑名单{reason}。"
        out.append(ctx.finding(sub, "BLACKLISTED", msg, clause_key="blacklist",
                               document="application.json", kind=kind, listed_value=shown,
                               listed_name=row.get("name", ""), reason=row.get("reason", ""),
                               declared_unit=app.unit if kind != "id_number" else None))
    return out
