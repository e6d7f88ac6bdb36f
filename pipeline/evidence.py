"""Evidence as a reviewer reads it: Chinese labels, readable values, ID numbers masked.

Why masking decides by check digit and field name: an 18-digit 毕业证书编号 is
the number a reviewer types into 学信网 and must stay readable, while a
resident ID number (GB 11643, valid check character and birth date) leaves the
office only masked.  A value under an ID key is masked whatever it looks like;
a value under a certificate key never is; free text is masked where a valid ID
number stands, unless a certificate label precedes it.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from core import idcard
from core.labels import (DOC_TYPE_LABELS, FIELD_LABELS, SEVERITY_LABELS, TEXT_SOURCE_LABELS, key_label,
                         value_label)

VALUE_MAX = 240                # characters of one evidence value on the sheet
LIST_MAX = 12                  # items of a list shown before "…等N项"
SHOWN_ELSEWHERE = {"clause", "document", "page", "bbox", "bbox_pt", "rule", "quote"}  # quote: with the clause
ID_KEYS = {"id_number", "listed_id"}
CERT_KEYS = {"certificate_no", "degree_certificate_no", "number", "same_numbers"}
RANGE_KEYS = {"statement_period", "consecutive_range", "period", "window", "job_period"}
_CERT_LABEL = re.compile(r"(证书编号|证书号|编号|证号|No\.?)[：:\s]*$", re.I)
_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_RANGE_RE = re.compile(r"(\d{4}-\d{2}(?:-\d{2})?)\s*至\s*(\d{4}-\d{2}(?:-\d{2})?|今)")


def is_id_number(n: str) -> bool:
    """A resident ID number: valid GB 11643 check character and a plausible birth date."""
    born = idcard.birth_date(n)
    return born is not None and 1900 <= born.year <= 2030 and idcard.is_valid(n)


def mask_ids(text: str) -> str:
    """Mask every resident ID number inside a text; certificate numbers stay readable."""
    def sub(m: re.Match) -> str:
        n = m.group(0)
        if not is_id_number(n.upper()) or _CERT_LABEL.search(text[max(0, m.start() - 8):m.start()]):
            return n
        return idcard.mask(n)
    return _ID_RE.sub(sub, text) if text else text


def spaced_ranges(text: str) -> str:
    """'2016-08至2024-09' → '2016-08 至 2024-09' (a range, not two months)."""
    return _RANGE_RE.sub(r"\1 至 \2", text)


def _scalar(v: Any) -> str:
    if v is None or v == "":
        return "—"
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float):
        return f"{v:.4g}"
    return str(value_label(v))


def format_value(v: Any, depth: int = 0, key: str = "") -> str:
    """One evidence value as a short readable string (lists compact, dicts as 键：值)."""
    if isinstance(v, dict):
        parts = [f"{key_label(k)}：{format_value(x, depth + 1, k)}" for k, x in v.items()
                 if k not in SHOWN_ELSEWHERE]
        out = "，".join(parts)
    elif isinstance(v, (list, tuple, set)):
        items = list(v)
        flat = all(not isinstance(x, (list, tuple, dict)) for x in items)
        if items and flat and len(items) == 2 and (depth > 0 or key in RANGE_KEYS):
            out = f"{_scalar(items[0])} 至 {_scalar(items[1])}"  # a (start, end) pair
        else:
            sep = "；" if not flat or any("至" in str(x) for x in items) else "、"
            shown = [format_value(x, depth + 1) for x in items[:LIST_MAX]]
            out = sep.join(shown) or "—"
            if len(items) > LIST_MAX:
                out += f"…等{len(items)}项"
    else:
        out = _scalar(v)
    if key in ID_KEYS and len(idcard.normalize(out)) >= 15:
        out = idcard.mask(out)
    elif key not in CERT_KEYS:
        out = mask_ids(out)
    out = spaced_ranges(out)
    return out if len(out) <= VALUE_MAX else out[:VALUE_MAX] + "…"


_VALUE_TABLES = {"field": FIELD_LABELS, "source": TEXT_SOURCE_LABELS, "severity": SEVERITY_LABELS,
                 **{k: DOC_TYPE_LABELS for k in ("doc_type", "doc_types", "required", "present", "missing")}}


def evidence_rows(ev: dict[str, Any]) -> list[tuple[str, str]]:
    """(Chinese label, value) for each evidence key not shown elsewhere on the sheet."""
    out = []
    for k, v in ev.items():
        if k in SHOWN_ELSEWHERE:
            continue
        table = _VALUE_TABLES.get(k)
        if table and isinstance(v, str):
            v = table.get(v, v)
        elif table and isinstance(v, list):
            v = [table.get(x, x) if isinstance(x, str) else x for x in v]
        out.append((key_label(k), format_value(v, key=k)))
    return out


# ------------------------------------------------------------------ the deciding comparison

# (required key, actual key, unit, the actual must be ≥ (True) or ≤ (False) the required)
RULE_PAIRS = (
    ("required_months", "consecutive_months", "个月", True),
    ("threshold_years", "actual_years", "年", True),
    ("required_years", "found_years", "年", True),
    ("required_hours", "hours", "学时", True),
    ("threshold", "ratio", "%", False),  # plagiarism ratios are percentages
)
DECLARED_KEYS = ("declared", "declared_gender", "declared_birth_date", "declared_result", "declared_unit",
                 "declared_level", "declared_hours")
FOUND_KEYS = ("found", "document_value", "printed", "id_gender", "id_birth_date", "value", "listed_value")


def _num(v: Any) -> Optional[float]:
    try:
        return float(str(v).rstrip("%"))
    except (TypeError, ValueError):
        return None


def _show_num(v: float, unit: str) -> str:
    return f"{v:g}{unit}"


def rule_line(ev: dict[str, Any]) -> Optional[str]:
    """'须6年，实有8年，满足' for a derived rule whose values the evidence carries."""
    for req_k, act_k, unit, at_least in RULE_PAIRS:
        req, act = _num(ev.get(req_k)), _num(ev.get(act_k))
        if req is None or act is None:
            continue
        met = act >= req if at_least else act <= req
        if at_least:
            return f"须{_show_num(req, unit)}，实有{_show_num(act, unit)}，{'满足' if met else '不满足'}"
        return f"限值{_show_num(req, unit)}，实为{_show_num(act, unit)}，{'未超出' if met else '超出'}"
    return None


def comparison(ev: dict[str, Any], document: str = "", page: Optional[int] = None) -> list[tuple[str, str]]:
    """The deciding comparison: declared against found (where), and whether a derived rule is met."""
    out = []
    dk = next((k for k in DECLARED_KEYS if ev.get(k) not in (None, "")), None)
    fk = next((k for k in FOUND_KEYS if ev.get(k) not in (None, "")), None)
    where = (document or str(ev.get("document") or "")) + (f" 第{page}页" if page else "")
    if dk:
        out.append(("申报", format_value(ev[dk], key=str(ev.get("field") or dk))))
    if fk:
        out.append((f"材料（{where}）" if where else "材料", format_value(ev[fk], key=str(ev.get("field") or fk))))
    elif dk and where:
        out.append(("材料", f"{where}：未读到该值"))
    line = rule_line(ev)
    if line:
        out.append(("规则", line))
    return out
