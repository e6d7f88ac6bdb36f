"""Certificate numbers and codes cut by their known structure (contract §6), before what follows.

Why: on a scan the number and the date printed after it often share one line, and
a reader that takes "digits while digits follow" reads "107321201705001234 2017"
as 22 digits. The structure says where the number ends:

* 毕业证书编号 (since 2002): 18 digits — school (5), 办学类型 (1), year (4),
  层次 (2: 01 博士 … 06 专科), serial (6); some schools kept 17 digits in 2002.
* 学位证书编号: 16 digits — unit (5), level (1: 2 博士, 3 硕士, 4 学士), year (4), serial (6).
* 学信网 在线验证码: 16 characters (12 on older tables).

A run longer than the structure is cut only when its first part *is* such a
number (a plausible year and code in the right places); anything else is kept as
read, so an old free-format number is never truncated. A trailing group that opens
a date ("… 2017年", "… 2017.06") is dropped first.
"""
from __future__ import annotations

import re
from typing import Optional

from core.normalize import OCR_DIGIT_CLASS, normalize_cert_no, normalize_code

DIGITISH = rf"[{OCR_DIGIT_CLASS}]"
# a number as printed: digits (or OCR look-alikes), single spaces allowed between groups
CERT_RUN = rf"{DIGITISH}(?:\s?[{OCR_DIGIT_CLASS}A-Z]){{9,27}}"
DEGREE_RUN = rf"{DIGITISH}(?:\s?{DIGITISH}){{9,25}}"
CODE_RUN = r"[0-9A-Za-z](?:\s?[0-9A-Za-z]){11,23}"
_DATE_AHEAD = re.compile(r"\s*[年.\-/]\s*\d|\s*年")
DIPLOMA_LEVELS = {"01", "02", "03", "04", "05", "06", "07", "08"}


def drop_date_tail(run: str, after: str) -> str:
    """``run`` without a last space-separated group that is the year of a date in ``after``."""
    m = re.search(r"\s((?:19|20)\d{2})$", run)
    if m and _DATE_AHEAD.match(after):
        return run[: m.start()].rstrip()
    return run


def _year_ok(y: str, lo: int = 1950, hi: int = 2040) -> bool:
    return y.isdigit() and lo <= int(y) <= hi


def is_diploma_number(n: str) -> bool:
    """18 digits with a year at 7–10 and a 层次 code at 11–12 (or the 17-digit 2002 form)."""
    if not n.isdigit():
        return False
    if len(n) == 18:
        return _year_ok(n[6:10], 1990) and n[10:12] in DIPLOMA_LEVELS
    if len(n) == 17:
        return n[6:10] == "2002" and n[10:12] in DIPLOMA_LEVELS
    return False


def is_degree_number(n: str) -> bool:
    return len(n) == 16 and n.isdigit() and n[5] in "234" and _year_ok(n[6:10], 1981)


def diploma_number(raw: str, after: str = "") -> str:
    """A 毕业证书编号 as printed → digits, cut to its structure when more was read."""
    n = normalize_cert_no(drop_date_tail(raw, after))
    if is_diploma_number(n):
        return n
    if len(n) > 18 and is_diploma_number(n[:18]):
        return n[:18]
    if len(n) > 17 and is_diploma_number(n[:17]) and not n[17:].isdigit():
        return n[:17]
    return n


_SERIAL_CLOSED = re.compile(r"\s*号")


def is_document_reference(after: str) -> bool:
    """A run closed by 号 is the serial of a 文号 ("教留服认港[2002]18111号", "兰交大学证字第0123号"): it
    numbers the paper it is printed on (an 认证书, a 证明书), never a 学位证书编号, which is digits alone."""
    return bool(_SERIAL_CLOSED.match(after))


def degree_number(raw: str, after: str = "") -> str:
    """A 学位证书编号 as printed → 16 digits when the run is longer and starts with one."""
    n = normalize_cert_no(drop_date_tail(raw, after))
    if len(n) > 16 and is_degree_number(n[:16]):
        return n[:16]
    return n


def any_certificate_number(raw: str, after: str = "") -> str:
    """A certificate number of unknown kind (备案表 lists the 毕业证书编号; a grid may hold either)."""
    n = normalize_cert_no(drop_date_tail(raw, after))
    if is_diploma_number(n) or is_degree_number(n):
        return n
    for size, ok in ((18, is_diploma_number), (16, is_degree_number)):
        if len(n) > size and ok(n[:size]):
            return n[:size]
    if len(n) > 17 and is_diploma_number(n[:17]) and not n[17:].isdigit():
        return n[:17]
    return n


def verification_code(raw: str, after: str = "") -> Optional[str]:
    """学信网 在线验证码: 16 characters, or 12 on older tables; a longer run is cut."""
    run = drop_date_tail(raw, after)
    n = normalize_code(run)
    if len(n) > 16:
        return n[:16]
    if 12 < len(n) < 16:
        groups = run.split()
        if groups and len(normalize_code(groups[0])) == 12:
            return normalize_code(groups[0])
    return n if len(n) >= 12 else None
