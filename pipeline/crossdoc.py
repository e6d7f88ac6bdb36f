"""The cross-document table of a sheet: each declared value against each document's value.

Why a table: a reviewer judges consistency at a glance (姓名 on seven documents,
the 毕业证书编号 on the diploma and the 备案表) instead of trusting "no finding".
Claims from the verification stage (``Submission.claims``) decide a cell when
present; otherwise the document's parsed field is compared here (spaces and
full-width forms folded, dates by month).  ID numbers are masked; certificate
numbers are shown whole.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from core import idcard
from core.labels import DOC_TYPE_LABELS
from core.models import Submission

# (row key, label, declared attribute: "app.X" or "edu.X", document field names, doc types compared)
ROWS = (
    ("name", "姓名", "app.name", ("name",), None),
    ("id_number", "身份证号", "app.id_number", ("id_number",), None),
    ("school", "学校", "edu.school", ("school",), ("diploma", "degree", "xuexin_record")),
    ("major", "专业", "edu.major", ("major",), ("diploma", "degree", "xuexin_record")),
    ("level", "层次", "edu.level", ("level",), ("diploma", "xuexin_record")),
    ("start", "入学时间", "edu.start", ("start_date",), ("diploma", "xuexin_record")),
    ("graduation", "毕业时间", "edu.graduation", ("graduation_date",), ("diploma", "xuexin_record")),
    ("certificate_no", "毕业证书编号", "edu.certificate_no", ("certificate_no",), ("diploma", "xuexin_record")),
    ("degree_certificate_no", "学位证书编号", "edu.degree_certificate_no", ("degree_certificate_no",),
     ("degree",)),
    ("xuexin_code", "学信网验证码", "edu.xuexin_code", ("verification_code",), ("xuexin_record",)),
)
MARKS = {"confirmed": "✓", "contradicted": "✗", "unconfirmed": "？"}
_DATE = re.compile(r"^(\d{4})\D{0,2}(\d{1,2})")


def _norm(key: str, v: str) -> str:
    v = idcard.normalize(str(v or "")).upper()
    v = re.sub(r"[\s·•．.]", "", v)
    if key in ("start", "graduation"):
        m = _DATE.match(v)
        if m:
            return f"{m.group(1)}-{int(m.group(2)):02d}"
    return v


def _declared(sub: Submission, attr: str) -> str:
    app = sub.application
    if app is None:
        raw = sub.raw_application
        return str(raw.get(attr.split(".", 1)[1], "") or "") if attr.startswith("app.") else ""
    owner, name = attr.split(".", 1)
    obj: Any = app if owner == "app" else app.highest_education
    return "" if obj is None else str(getattr(obj, name, "") or "")


def _show(key: str, v: str) -> str:
    return idcard.mask(v) if key == "id_number" and v else v


def _claim_key(field: str) -> str:
    return field.rsplit(".", 1)[-1].split("[", 1)[0]


def cross_table(sub: Submission) -> dict[str, Any]:
    """{"columns": [document labels], "rows": [{label, declared, cells: [{value, mark, status}]}]}."""
    claims: dict[tuple[str, str], Any] = {}
    for c in sub.claims:
        claims.setdefault((_claim_key(c.field), c.document), c)
    docs = [d for d in sub.documents if d.doc_type not in ("unknown", "other", "paper", "plagiarism_report")]
    rows, used = [], set()
    for key, label, attr, names, types in ROWS:
        declared = _declared(sub, attr)
        cells = []
        for i, d in enumerate(docs):
            claim = claims.get((key, d.filename))
            if types is not None and d.doc_type not in types and claim is None:
                cells.append(None)
                continue
            value = next((f.value for f in d.fields if f.name in names and f.value), "")
            if claim is not None:
                status = claim.status
                value = claim.found or value
            elif not value:
                cells.append(None)
                continue
            elif not declared:
                status = ""
            else:
                status = "confirmed" if _norm(key, value) == _norm(key, declared) else "contradicted"
            used.add(i)
            cells.append({"value": _show(key, value), "status": status, "mark": MARKS.get(status, "")})
        if declared or any(cells):
            rows.append({"key": key, "label": label, "declared": _show(key, declared) or "—", "cells": cells})
    keep = sorted(used)
    columns = [{"label": DOC_TYPE_LABELS.get(docs[i].doc_type, docs[i].doc_type), "file": docs[i].filename}
               for i in keep]
    for r in rows:
        r["cells"] = [r["cells"][i] for i in keep]
    rows = [r for r in rows if any(r["cells"])]
    return {"columns": columns, "rows": rows}


def consistent_names(sub: Submission) -> Optional[int]:
    """How many documents carry the declared name, when none contradicts it (for "what was checked")."""
    table = cross_table(sub)
    row = next((r for r in table["rows"] if r["key"] == "name"), None)
    if row is None:
        return None
    cells = [c for c in row["cells"] if c]
    if any(c["status"] != "confirmed" for c in cells):
        return None
    return len(cells)
