"""How one declared value is looked for in a document's text, per kind of value.

The kinds and their tolerances are data (``core/data/claims.toml``); this module
holds the few operations each kind needs:

* ``equal``: a value read at the label is the declared one (after normalisation,
  OCR letter/digit repairs in number fields, school-suffix repairs, date forms);
* ``search``: the declared value occurs in a line of text (spacing-insensitive,
  letter-spaced CJK joined, bounded so that 高霞 is not found inside 高霞琰);
* ``well_formed``: a read is a complete value of its kind (a full 18-character ID
  with a valid check digit, a school name ending in 大学/学院, a 16/18-digit
  certificate number of valid structure …) — only such a read can contradict;
* ``cut_off``: a read is the declared value with one or two characters missing
  at an end, or with an unknown glyph in it — an incomplete read, never another
  person.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from core import idcard
from core.dates import months_between, parse_month
from core.normalize import (canon, find_dates, fix_digits, name_key, normalize_cert_no, normalize_code,
                            normalize_id_number, normalize_level, repair_school_name, to_halfwidth)

from .major import load_catalogue
from .matching import normalize_school, normalize_unit, same_major, same_school, same_unit, unit_mentioned

DATA = Path(__file__).resolve().parent.parent / "core" / "data" / "claims.toml"
CJK = "\u4e00-\u9fff"
UNKNOWN_GLYPHS = "□■�?？◻▯"
_CJK_RE = re.compile(f"[{CJK}]")
SCHOOL_SUFFIX = re.compile(r"(大学|学院|学校|党校|分校|研究院|研究所|科学院)$")
ORG_SUFFIX = re.compile(r"(公司|集团|局|院|中心|医院|厂|所|站|委员会|委|办公室|办|政府|管委会|银行|事务所"
                        r"|合作社|协会|学会|队|部|处|馆|社|场|学校|大学|学院)$")
_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
LEVEL_DIGITS = {"01", "02", "04", "05", "06"}
SCHOOL_TYPES = "1567"
DATE_KINDS = ("month", "work_start", "level", "degree")
DIGIT_KINDS = ("id_number", "certificate_no", "degree_certificate_no", "xuexin_code")
DEGREE_DIGITS = "234"


@dataclass(frozen=True)
class Kind:
    name: str
    code: str = ""
    key: bool = False
    labels: tuple[str, ...] = ()
    anywhere: bool = True
    label_wins: bool = False
    fuzzy: float = 100.0
    fuzzy_min_len: int = 0
    leaders: tuple[str, ...] = ()
    followers: tuple[str, ...] = ()
    not_followed_by: str = ""
    tolerance_months: int = 0


@dataclass(frozen=True)
class Proof:
    declared: str      # "name", "id_number", "education.school", "work.unit" …
    field: str         # the document field read at its label
    kind: Kind


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, Kind], dict[str, list[Proof]]]:
    with DATA.open("rb") as fh:
        data = tomllib.load(fh)
    kinds = {}
    for name, spec in data["kinds"].items():
        spec = {k: tuple(v) if isinstance(v, list) else v for k, v in spec.items()}
        kinds[name] = Kind(name=name, **spec)
    proves = {dt: [Proof(decl, p["field"], kinds[p["kind"]]) for decl, p in spec.items()]
              for dt, spec in data["proves"].items()}
    return kinds, proves


# ---------------------------------------------------------------- normalisation

def compact(s: str) -> str:
    """Half-width, Chinese-numeral dates as digits, spaces between CJK characters (and
    between digits: letter-spaced numbers) removed; other spaces kept as one."""
    t = canon(s or "")
    t = re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", t)
    t = re.sub(r"(?<=[0-9A-Za-z])\s+(?=[0-9A-Za-z])", "", t)
    return re.sub(r"\s+", " ", t).strip()


def _dense(s: str) -> str:
    return re.sub(r"\s+", "", to_halfwidth(s or "")).upper()


def norm(kind: str, value: str) -> str:
    """The comparable form of a value of this kind."""
    v = value or ""
    if kind == "name":
        return name_key(v)
    if kind == "id_number":
        return normalize_id_number(v)
    if kind in ("certificate_no", "degree_certificate_no"):
        return normalize_cert_no(v)
    if kind == "xuexin_code":
        return normalize_code(v)
    if kind == "school":
        return normalize_school(repair_school_name(v))
    if kind in ("major", "unit"):
        return normalize_school(v)
    if kind == "level":
        return normalize_level(v) or ""
    if kind == "degree":
        m = re.search("博士|硕士|学士", v)
        return m.group(0) if m else ""
    if kind in ("month", "work_start"):
        d = find_dates(v)
        return d[0][0][:7] if d else ""
    return _dense(v)


def _months_apart(a: str, b: str) -> Optional[int]:
    ma, mb = parse_month(a), parse_month(b)
    if ma is None or mb is None:
        return None
    return abs(months_between(ma, mb))


def equal(kind: Kind, declared: str, read: str) -> bool:
    k = kind.name
    if k == "school":
        return same_school(repair_school_name(read), declared)
    if k == "major":
        return same_major(read, declared)
    if k == "unit":
        return same_unit(read, declared)
    if k in ("month", "work_start"):
        apart = _months_apart(norm(k, read), declared)
        return apart is not None and apart <= kind.tolerance_months
    if k == "level":
        return norm(k, read) == declared
    if k == "degree":
        return norm(k, read) == norm(k, declared)
    a, b = norm(k, declared), norm(k, read)
    return bool(a) and a == b


# ---------------------------------------------------------------- search in a line

@dataclass
class Hit:
    score: float
    text: str          # what matched


def _bounded(kind: Kind, text: str, i: int, j: int) -> bool:
    before, after = text[:i], text[j:]
    if kind.not_followed_by and re.search(kind.not_followed_by, after):
        return False
    if not kind.leaders and not kind.followers:
        return True
    ok_before = not before or not _CJK_RE.match(before[-1]) or any(before.endswith(w) for w in kind.leaders)
    ok_after = not after or not _CJK_RE.match(after[0]) or any(after.startswith(w) for w in kind.followers)
    return ok_before and ok_after


def _find_bounded(kind: Kind, needle: str, text: str) -> bool:
    start = 0
    while needle:
        i = text.find(needle, start)
        if i < 0:
            return False
        if _bounded(kind, text, i, i + len(needle)):
            return True
        start = i + 1
    return False


def _id_near(declared: str, text: str) -> Optional[str]:
    """An 18-character window one substitution from the declared ID that fails its own
    check digit: a misread digit, not another person's number."""
    for i in range(0, max(0, len(text) - 17)):
        w = text[i:i + 18]
        if sum(a != b for a, b in zip(w, declared)) == 1 and not idcard.is_valid(w):
            return w
    return None


def search(kind: Kind, declared: str, line: str) -> Optional[Hit]:
    """Does ``line`` contain the declared value (as this kind tolerates)?"""
    k = kind.name
    if k in DIGIT_KINDS:
        want = norm(k, declared)
        dense = _dense(line)
        for t in (dense, fix_digits(dense).upper()):
            if not want:
                break
            if k == "xuexin_code":  # letters are legal: a shorter code inside a longer one is not it
                if re.search(rf"(?<![A-Z0-9]){re.escape(want)}(?![A-Z0-9])", t):
                    return Hit(100.0, want)
            elif want in t:  # numbers: a date merged after the number does not hide it
                return Hit(100.0, want)
        if k == "id_number" and len(want) == 18:
            near = _id_near(want, fix_digits(dense).upper())
            if near:
                return Hit(94.0, near)
        return None
    text = compact(line)
    if k in ("month", "work_start"):
        for value, _, _ in find_dates(text):
            apart = _months_apart(value[:7], declared)
            if apart is not None and apart <= kind.tolerance_months:
                return Hit(100.0 if apart == 0 else 90.0, value)
        return None
    if k == "level":
        return Hit(100.0, declared) if normalize_level(text) == declared else None
    if k == "degree":
        d = norm(k, declared)
        return Hit(100.0, d) if d and f"{d}学位" in text else None
    if k == "unit":
        if unit_mentioned(declared, text):
            return Hit(100.0, declared)
        want, dense = normalize_unit(declared), normalize_unit(text)
    elif k == "name":
        want, dense = name_key(declared), re.sub(r"\s+", " ", to_halfwidth(text))
        dense = re.sub(rf"(?<=[{CJK}])[\s·•・.]+(?=[{CJK}])", "", dense)
        want = want.replace("·", "")
    else:
        want = norm(k, declared)
        dense = normalize_school(text) if k != "school" else normalize_school(_repair_in_line(text))
    if k == "major":  # 土木工程（建筑工程方向） is printed as 土木工程 too
        bare = normalize_school(_BRACKETED.sub("", to_halfwidth(declared)))
        if bare and bare != want and _find_bounded(kind, bare, dense):
            return Hit(100.0, bare)
    if want and _find_bounded(kind, want, dense):
        return Hit(100.0, want)
    if kind.fuzzy < 100 and len(want) >= kind.fuzzy_min_len and want:
        al = fuzz.partial_ratio_alignment(want, dense, score_cutoff=kind.fuzzy)
        if al is not None:
            found = dense[al.dest_start:al.dest_end]
            if _bounded(kind, dense, al.dest_start, al.dest_end) and \
                    Levenshtein.distance(found, want) <= max(1, len(want) // 8):
                return Hit(float(al.score), found)
    return None


def _repair_in_line(text: str) -> str:
    """School-suffix OCR repairs inside running text (重庆木学 → 重庆大学)."""
    return re.sub(r"[木太犬夭丈]学(?![\u4e00-\u9fff]{0,1}院)", "大学", text)


# ---------------------------------------------------------------- complete reads

def _cert_structure(n: str, length: int) -> bool:
    if not n.isdigit() or len(n) != length:
        return False
    year = int(n[6:10])
    if not 1950 <= year <= 2035:
        return False
    if length == 18:
        return n[5] in SCHOOL_TYPES and (n[5] == "6" or n[10:12] in LEVEL_DIGITS)
    return n[5] in DEGREE_DIGITS


# characters that stand in sentences, almost never in a person's name (pronouns, particles): a read
# holding one is words taken for a name. A surname table would also reject 扎西多吉 (no surname).
NOT_IN_NAMES = re.compile(r"[该此我他她它的您们者是被]")


def well_formed(kind: Kind, read: str, declared: str = "", code_length: int = 12) -> bool:
    """A complete value of its kind: only such a read may contradict the declaration."""
    if any(g in (read or "") for g in UNKNOWN_GLYPHS):
        return False
    k = kind.name
    v = norm(k, read)
    if not v:
        return False
    if k == "name":
        core = v.replace("·", "")
        if NOT_IN_NAMES.search(core):
            return False  # "其他该" (a heading and a pronoun read as the name): no person's name
        return bool(re.fullmatch(f"[{CJK}]{{2,4}}", core)) or ("·" in v and len(core) <= 12
                                                               and bool(re.fullmatch(f"[{CJK}]+", core)))
    if k == "id_number":
        return idcard.is_valid(v)
    if k == "certificate_no":
        d = norm(k, declared)
        if d and not _cert_structure(d, 18) and not (len(d) == 17 and d.isdigit()):
            return len(v) == len(d) and v.isalnum()  # declared in another layout: same length
        return _cert_structure(v, 18) or (len(v) == 17 and v.isdigit() and v[6:10] == "2002")
    if k == "degree_certificate_no":
        d = norm(k, declared)
        if d and not _cert_structure(d, 16):
            return len(v) == len(d) and v.isalnum()
        return _cert_structure(v, 16)
    if k == "xuexin_code":
        return bool(re.fullmatch(rf"[A-Z0-9]{{{code_length}}}", v))
    if k == "school":
        return len(v) >= 4 and bool(re.fullmatch(f"[{CJK}()]+", v)) and bool(SCHOOL_SUFFIX.search(v))
    if k == "unit":
        t = normalize_school(read)
        return len(t) >= 4 and bool(ORG_SUFFIX.search(t))
    if k == "major":
        return 2 <= len(v) <= 20 and bool(re.fullmatch(f"[{CJK}()A-Z]+", v)) \
            and not any(lbl in v for lbl in ("专业", "层次", "学历", "毕业"))
    return True  # month, level, degree: norm() is non-empty only for a recognised value


_GLYPHS = str.maketrans({g: "□" for g in UNKNOWN_GLYPHS})


def cut_off(kind: Kind, declared: str, read: str) -> str:
    """"cut_off" when the read is the declared value with one or two characters missing
    at an end, "unknown_glyph" when it is the declared value with unknown glyphs in it
    (高霞□ for 高霞琰), else ""."""
    if kind.name in DATE_KINDS:
        return ""
    d = norm(kind.name, declared)
    raw = (read or "").translate(_GLYPHS)
    if "□" in raw:
        r = _dense(raw) if kind.name in DIGIT_KINDS else normalize_school(raw)
        pattern = "".join("." if c == "□" else re.escape(c) for c in r)
        return "unknown_glyph" if d and re.fullmatch(f".{{0,2}}{pattern}.{{0,2}}", d) else ""
    r = norm(kind.name, read)
    if not d or not r or r == d:
        return ""
    missing = len(d) - len(r)
    if 1 <= missing <= 2 and (d.startswith(r) or d.endswith(r)):
        return "cut_off"
    return ""


# free-text kinds whose parse may run on into the sentence after the value
OVER_READ_KINDS = ("school", "major", "unit", "position")


def dropped_glyph(kind: Kind, declared: str, read: str) -> bool:
    """An OCR read of a name of a school, major, unit or post that is the declared value with glyphs
    the picture lost (glare over a laminated diploma, a fold): one glyph missing inside a value of four
    or more (西南民大学 for 西南民族大学 — no school is named so), or, for a major, the read stopping inside
    the declared value on no major the catalogue knows (给排水科 for 给排水科学与工程; 化学 for 化学工程与
    工艺 is a major of its own and stays a contradiction). Not a person's name: 张东 for 张晓东 is a name."""
    if kind.name not in OVER_READ_KINDS:
        return False
    d, r = norm(kind.name, declared), norm(kind.name, read)
    if not d or not r or len(r) >= len(d):
        return False
    if len(d) - len(r) == 1 and len(d) >= 4 and Levenshtein.distance(d, r) == 1:
        return True
    if kind.name == "major" and len(r) >= 2 and d.startswith(r):
        return load_catalogue().group_of(r) is None
    return False


def over_read(kind: Kind, declared: str, read: str) -> bool:
    """The read starts with the declared value and goes on with a word that may follow it
    (the kind's ``followers``; never what ``not_followed_by`` names, 兰州交通大学博文学院 stays
    another school, 土木工程管理 another major): a parse that ran on into the sentence, so the
    document shows the declared value and is no contradiction."""
    d, r = norm(kind.name, declared), norm(kind.name, read)
    return bool(d) and len(r) > len(d) and r.startswith(d) and bool(kind.followers) and _bounded(kind, r, 0, len(d))


def slip(kind: Kind, declared: str, read: str) -> int:
    """Edit distance between the normalised declared and read values."""
    return Levenshtein.distance(norm(kind.name, declared), norm(kind.name, read))
