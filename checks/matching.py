"""Comparison helpers for names, units, schools and codes.

Why a module of its own: every cross-check compares what the applicant typed
with what OCR or a text layer read, so the tolerance has to be the same
everywhere. The policy is deliberately asymmetric:

* person names are short (2–3 characters), so one different character is a
  different person. Only trivial differences are forgiven: spaces,
  punctuation, full-width forms. No fuzzy ratio on names.
* unit and school names are long and get renamed (有限公司 → 有限责任公司) or
  prefixed (兰州新区…), so they are normalised and then compared with a high
  rapidfuzz cutoff, and only when the normalised names are long enough for
  one OCR slip not to turn one company into another.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from core.normalize import name_key, nfkc, normalize_code
from core.policy import unit_prefixes

_UNIT_NOISE = re.compile(r"[\s\u3000·•・．.,，、:：;；'\"“”‘’`\-—_()（）\[\]【】<>《》]")

# legal-form words that a renamed or differently written unit may carry
_UNIT_FORMS = ("有限责任公司", "股份有限公司", "有限公司", "股份", "集团", "有限责任")
_MIN_UNIT_CORE = 4  # never strip a prefix down to fewer characters (甘肃银行 stays whole)

UNIT_CUTOFF = 90.0     # rapidfuzz ratio on normalised unit names
UNIT_MIN_FUZZY_LEN = 8  # shorter normalised names must be equal
SCHOOL_CUTOFF = 92.0    # 兰州交通大学 vs 兰州交通大学博文学院 scores 75
MAJOR_CUTOFF = 90.0


# ---------------------------------------------------------------- names

def same_person_name(declared: Optional[str], found: Optional[str]) -> bool:
    """True when the two names are the same person: equal after removing
    spaces/punctuation and NFKC. 张伟 vs "张 伟" → True; 张伟 vs 张玮 → False."""
    a, b = name_key(declared), name_key(found)
    return bool(a) and a == b


def name_distance(a: Optional[str], b: Optional[str]) -> int:
    """Edit distance between normalised names (used to grade OCR slips)."""
    return Levenshtein.distance(name_key(a), name_key(b))


# said of a finding that rests on an OCR read one character off the declared value
OCR_SLIP_NOTE = "该值为扫描件识别所得，与申报值仅差一字，可能是识别误差，请对照原件目测核对。"


def one_glyph_apart(a: Optional[str], b: Optional[str]) -> bool:
    """Two names of equal length that differ in exactly one character: on an OCR read, the
    recogniser's commonest slip (刘彧 → 刘或, 周淼 → 周森), which a lookalike name also is."""
    ka, kb = name_key(a), name_key(b)
    return bool(ka) and len(ka) == len(kb) and Levenshtein.distance(ka, kb) == 1


def char_diff(a: str, b: str) -> list[dict]:
    """Positions (1-based) where two equal-length strings differ; for strings
    of different lengths, one entry with both lengths. Lets a reviewer see
    what differs without printing a whole ID number."""
    if len(a) != len(b):
        return [{"length_declared": len(a), "length_document": len(b)}]
    return [{"pos": i + 1, "declared": x, "document": y}
            for i, (x, y) in enumerate(zip(a, b)) if x != y]


# ---------------------------------------------------------------- units

def normalize_unit(s: Optional[str]) -> str:
    """Unit name reduced to what identifies the employer.

    Drops a code printed before or after the name, brackets (full/half width), spaces, punctuation, the legal-form
    words (有限公司/有限责任公司/股份/集团) and the region's place prefixes
    (``unit_prefixes`` in core/policies/_general.toml: 兰州新区, 甘肃省, 甘肃 …) so that a
    renamed or re-prefixed unit compares equal.
    """
    t = _UNIT_NOISE.sub("", nfkc(s)).upper()
    # a unit's code printed with its name ("62012199913 兰州新区第三人民医院", a credit code after it)
    t = re.sub(r"^[0-9A-Z]{5,}(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[0-9A-Z]{5,}$", "", t)
    for form in _UNIT_FORMS:
        t = t.replace(form, "")
    changed = True
    while changed:
        changed = False
        for p in unit_prefixes():
            if t.startswith(p) and len(t) - len(p) >= _MIN_UNIT_CORE:
                t = t[len(p):]
                changed = True
    if t.endswith("公司") and len(t) > 4:
        t = t[:-2]
    return t


def unit_similarity(a: Optional[str], b: Optional[str]) -> float:
    na, nb = normalize_unit(a), normalize_unit(b)
    if not na or not nb:
        return 0.0
    return float(fuzz.ratio(na, nb))


def same_unit(a: Optional[str], b: Optional[str], cutoff: float = UNIT_CUTOFF) -> bool:
    """Same employer? Equal after normalisation, or a rapidfuzz ratio at or
    over ``cutoff`` when both normalised names are long enough (≥ 8 chars)
    for a single OCR slip not to make a different company look alike."""
    na, nb = normalize_unit(a), normalize_unit(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    if min(len(na), len(nb)) < UNIT_MIN_FUZZY_LEN:
        return False
    return fuzz.ratio(na, nb) >= cutoff


def unit_fragment(read: Optional[str], declared: Optional[str]) -> bool:
    """Is ``read`` only the start or the end of ``declared`` ("五工程有限公司" of "中国铁建大桥工程局集团第五
    工程有限公司": a unit cell that wrapped onto two lines, one of them read)? Then the row names no other
    employer — what was not read is no evidence. One OCR slip in a piece of five or more is allowed."""
    a, d = _UNIT_NOISE.sub("", nfkc(read)).upper(), _UNIT_NOISE.sub("", nfkc(declared)).upper()
    if not a or not d or len(a) >= len(d) or len(a) < 2:
        return False
    if d.startswith(a) or d.endswith(a):
        return True
    return len(a) >= 5 and min(Levenshtein.distance(a, d[:len(a)]), Levenshtein.distance(a, d[-len(a):])) <= 1


def find_unit(name: str, candidates: Iterable[str]) -> Optional[str]:
    """The first candidate that is the same unit as ``name``."""
    for c in candidates:
        if same_unit(name, c):
            return c
    return None


def unit_mentioned(unit: str, text: str) -> bool:
    """Does ``text`` name ``unit`` (normalised substring)?"""
    nu = normalize_unit(unit)
    return bool(nu) and nu in _UNIT_NOISE.sub("", nfkc(text)).upper()


# ---------------------------------------------------------------- schools, majors

def normalize_school(s: Optional[str]) -> str:
    return _UNIT_NOISE.sub("", nfkc(s)).upper()


def same_school(a: Optional[str], b: Optional[str]) -> bool:
    """High cutoff: an independent college (…博文学院) is another school."""
    na, nb = normalize_school(a), normalize_school(b)
    if not na or not nb:
        return False
    return na == nb or fuzz.ratio(na, nb) >= SCHOOL_CUTOFF


_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")


def same_major(a: Optional[str], b: Optional[str]) -> bool:
    """Majors compare with and without a bracketed 方向 (土木工程（建筑工程方向）
    is 土木工程), never by containment (工程管理 is not 土木工程管理)."""
    for fa, fb in ((a, b), (_BRACKETED.sub("", nfkc(a)), _BRACKETED.sub("", nfkc(b)))):
        na, nb = normalize_school(fa), normalize_school(fb)
        if na and nb and (na == nb or fuzz.ratio(na, nb) >= MAJOR_CUTOFF):
            return True
    return False


# ---------------------------------------------------------------- credit codes

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")


def uscc_valid(code: str) -> bool:
    """GB 32100 unified social credit code check character."""
    code = normalize_code(code)
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        return False
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(code[:17], _USCC_WEIGHTS))
    return _USCC_CHARS[(31 - total % 31) % 31] == code[17]


def credit_codes_in(text: Optional[str]) -> list[str]:
    """Valid 18-character unified social credit codes found in ``text``."""
    t = nfkc(text).upper()
    return [m for m in _USCC_RE.findall(t) if uscc_valid(m)]
