"""GB 11643 resident ID numbers: check digit, birth date, gender, masking."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
ID_RE = re.compile(r"^[0-9]{17}[0-9X]$")


def normalize(raw: str) -> str:
    """Strip spaces, full-width digits → ASCII, lower-case x → X."""
    out = []
    for ch in raw or "":
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19:
            ch = chr(code - 0xFF10 + ord("0"))
        elif ch in ("ｘ", "Ｘ", "x"):
            ch = "X"
        if ch.isspace():
            continue
        out.append(ch)
    return "".join(out)


def check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS))
    return CHECK_CHARS[total % 11]


def birth_date(id_number: str) -> Optional[date]:
    n = normalize(id_number)
    if len(n) != 18 or not n[6:14].isascii() or not n[6:14].isdigit():
        return None
    try:
        return date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return None


def gender(id_number: str) -> Optional[str]:
    n = normalize(id_number)
    if len(n) < 17 or n[16] not in "0123456789":
        return None
    return "男" if int(n[16]) % 2 == 1 else "女"


def problems(id_number: str) -> list[str]:
    """Why an ID number is invalid (empty list when valid)."""
    n = normalize(id_number)
    if not ID_RE.match(n):
        return ["格式错误（应为17位数字加1位校验码）"]
    out = []
    if birth_date(n) is None:
        out.append("出生日期段无效")
    if check_digit(n[:17]) != n[17]:
        out.append(f"校验码应为{check_digit(n[:17])}")
    return out


def is_valid(id_number: str) -> bool:
    return not problems(id_number)


def make(region: str, born: date, seq: int) -> str:
    """Build a valid ID (for samples and tests): seq odd → 男."""
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


def mask(id_number: str) -> str:
    """For logs and sheets: keep region prefix and last 2 chars only."""
    n = normalize(id_number)
    if len(n) < 8:
        return "*" * len(n)
    return n[:4] + "*" * (len(n) - 6) + n[-2:]
