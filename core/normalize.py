"""Value normalisation shared by every field parser (contract §2 value forms).

Parsers read text from two very different sources — a PDF text layer and
PP-OCR on phone photos — so every value goes through the same small set of
functions before it becomes a Field: full-width → half-width, Chinese-numeral
dates → ``YYYY-MM-DD`` / ``YYYY-MM``, OCR digit confusions repaired *only*
inside digit fields (and for ID numbers only when the GB 11643 check digit then
validates), names without inner spaces, numbers without thousands separators.

The checks compare a declared value with a read one through the *keys* below
(``nfkc``, ``name_key``, ``normalize_code``), so that "the same name" or "the same
certificate number" means one thing everywhere. This module is the only copy of
each rule: dates and months (``parse_date``/``parse_month``; ``core.dates`` builds
its month arithmetic on them), names, levels, results and certificate numbers.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from . import idcard

# ---------------------------------------------------------------- width / text

_EXTRA_HALF = {"\u3000": " ", "【": "[", "】": "]", "〔": "[", "〕": "]", "—": "-", "–": "-",
               "－": "-", "～": "~", "∶": ":", "︰": ":"}


_HALF_TABLE = {**{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}, **{ord(k): v for k, v in _EXTRA_HALF.items()}}


def to_halfwidth(s: str) -> str:
    """Full-width ASCII (digits, letters, ：（），％) → half-width; ideographic space → space."""
    return (s or "").translate(_HALF_TABLE)


def nfkc(s: Optional[str]) -> str:
    """Unicode compatibility fold for comparison keys: full-width forms and the Kangxi
    radicals some PDF text layers carry (⼯ → 工) become their plain characters."""
    return unicodedata.normalize("NFKC", s or "")


def keyword_text(s: Optional[str]) -> str:
    """Text as keywords are matched against: NFKC, no whitespace ("毕 业 证 书" → 毕业证书)."""
    return re.sub(r"\s+", "", nfkc(s))


# 〇 comes back from OCR as O, o or the digit 0 ("二0一五年"), or as another round letter, Q or D
# ("二Q一二年六月一日" under a 学位证书's number); the year must then read 19xx or 20xx
_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "O": 0, "o": 0, "Ｏ": 0, "0": 0, "Q": 0, "D": 0, "一": 1, "二": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR = "〇零○Oo0QD一二三四五六七八九"
_CN_SMALL = "一二三四五六七八九十"
_CN_DATE_RE = re.compile(
    rf"([{_CN_YEAR}]\s*[{_CN_YEAR}]\s*[{_CN_YEAR}]\s*[{_CN_YEAR}])\s*年\s*([{_CN_SMALL}]{{1,3}})\s*月"
    rf"(?:\s*([{_CN_SMALL}]{{1,3}})\s*日)?")


def cn_small_number(s: str) -> Optional[int]:
    """一..三十一 → 1..31 (month and day numerals)."""
    s = s.strip()
    if not s:
        return None
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_DIGIT.get(tens, None) if tens else 1
        o = _CN_DIGIT.get(ones, None) if ones else 0
        if t is None or o is None:
            return None
        return t * 10 + o
    if len(s) == 1 and s in _CN_DIGIT:
        return _CN_DIGIT[s]
    return None


def _cn_date_sub(m: re.Match) -> str:
    year = "".join(str(_CN_DIGIT[c]) for c in m.group(1) if not c.isspace())
    if not re.fullmatch(r"19\d\d|20\d\d", year):
        return m.group(0)
    month = cn_small_number(m.group(2))
    if month is None or not 1 <= month <= 12:
        return m.group(0)
    out = f"{year}年{month}月"
    if m.group(3):
        day = cn_small_number(m.group(3))
        if day is None or not 1 <= day <= 31:
            return out
        out += f"{day}日"
    return out


def canon(s: str) -> str:
    """The canonical text every parser searches: half-width, Chinese-numeral dates as digits."""
    return _CN_DATE_RE.sub(_cn_date_sub, to_halfwidth(s))


# ---------------------------------------------------------------- dates

# A date in canonical text. Groups y, m, d (d optional).
DATE_PATTERN = (r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月(?:\s*(?P<d1>\d{1,2})\s*日?)?"
                r"|[.\-/]\s*(?P<m2>\d{1,2})(?:\s*[.\-/]\s*(?P<d2>\d{1,2}))?(?!\d))")
DATE_RE = re.compile(DATE_PATTERN)
# the same without named groups, to embed in other patterns
DATE_ANY = (r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日?)?"
            r"|[.\-/]\s*\d{1,2}(?:\s*[.\-/]\s*\d{1,2})?(?!\d))")


def _date_from_match(m: re.Match) -> Optional[str]:
    y = int(m.group("y"))
    mo = m.group("m1") or m.group("m2")
    d = m.group("d1") or m.group("d2")
    mo_i = int(mo)
    if not 1 <= mo_i <= 12:
        return None
    if d:
        d_i = int(d)
        if 1 <= d_i <= 31:
            return f"{y:04d}-{mo_i:02d}-{d_i:02d}"
    return f"{y:04d}-{mo_i:02d}"


def find_dates(s: str) -> list[tuple[str, int, int]]:
    """Every date in ``canon(s)`` as (value, start, end) — spans refer to ``canon(s)``."""
    text = canon(s)
    out = []
    for m in DATE_RE.finditer(text):
        v = _date_from_match(m)
        if v:
            out.append((v, m.start(), m.end()))
    return out


def parse_date(s: str) -> Optional[str]:
    """First date in ``s`` → "YYYY-MM-DD", or "YYYY-MM" when only the month is printed."""
    found = find_dates(s)
    return found[0][0] if found else None


_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_DATE = re.compile(r"\s*(?:(\d{1,2})\s*[-\s]\s*)?([A-Za-z]{3})[a-z]*\.?\s*[-\s,]\s*((?:19|20)?\d{2})\s*")


def english_date(cell: str) -> str:
    """A spreadsheet's date cell in English form — Excel's "1-Aug-20", "Aug-20", "Aug 2020" — as "2020-08-01" /
    "2020-08"; any other cell unchanged. A month name is taken when it is the only one a letter apart (OCR reads
    Dec as "Dee"); "Jum" (Jun or Jul) stays unread. A two-digit year is 19yy from 50 on, else 20yy."""
    m = _EN_DATE.fullmatch(cell)
    if not m:
        return cell
    name = m.group(2).lower()
    near = [i for i, w in enumerate(_EN_MONTHS) if sum(a != b for a, b in zip(w, name)) <= (0 if w == name else 1)]
    exact = [i for i, w in enumerate(_EN_MONTHS) if w == name]
    pick = exact or near
    if len(pick) != 1:
        return cell
    y = int(m.group(3))
    y = y if y >= 100 else (1900 + y if y >= 50 else 2000 + y)
    day = int(m.group(1)) if m.group(1) else None
    if day is not None and not 1 <= day <= 31:
        return cell
    return f"{y:04d}-{pick[0] + 1:02d}" + (f"-{day:02d}" if day else "")


def parse_month(s: Optional[str]) -> Optional[str]:
    """A month in any printed form: 2019-07, 201907, 2019年7月, 2019.07, 2019-07-15 → "2019-07"."""
    if not isinstance(s, str) or not s:
        return None
    t = canon(s).strip()
    m = re.fullmatch(r"((?:19|20)\d{2})(0[1-9]|1[0-2])", t.replace(" ", ""))
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    d = parse_date(t)
    return d[:7] if d else None


# ---------------------------------------------------------------- digits / ids

_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1",
                             "i": "1", "Z": "2", "z": "2", "S": "5", "s": "5", "B": "8"})
OCR_DIGIT_CLASS = r"0-9OoDQlIi|ZzSsB"


def fix_digits(s: str) -> str:
    """OCR letter↔digit confusions (O→0, l/I/|→1, Z→2, S→5, B→8). Only for digit fields."""
    return to_halfwidth(s).translate(_OCR_DIGITS)


def _compact(s: str) -> str:
    return re.sub(r"\s+", "", to_halfwidth(s))


def normalize_id_number(raw: str) -> str:
    """ID number without spaces, upper-case X; OCR repairs kept only if the check digit then holds."""
    n = idcard.normalize(_compact(raw)).upper()
    if idcard.is_valid(n):
        return n
    if len(n) == 18:
        last = n[17] if n[17] == "X" else fix_digits(n[17])
        fixed = fix_digits(n[:17]) + last
        if idcard.is_valid(fixed):
            return fixed
    return n


def normalize_cert_no(raw: str) -> str:
    """Certificate numbers: no spaces, upper-case; digit repairs when the number is mostly digits."""
    n = _compact(raw).strip(":.,;")
    letters = sum(1 for c in n if not c.isdigit())
    if n and letters and letters * 4 <= len(n):
        fixed = fix_digits(n)
        if fixed.isdigit():
            return fixed
    return n.upper()


def normalize_code(raw: Optional[str]) -> str:
    """Codes and certificate numbers as stored and compared (学信网在线验证码, 证书编号,
    credit codes): letters and digits only, upper-case; no digit repair (letters are legal)."""
    return re.sub(r"[^0-9A-Za-z]", "", to_halfwidth(raw or "")).upper()


# ---------------------------------------------------------------- names / text

_CJK = r"\u4e00-\u9fff"


def normalize_name(raw: str) -> str:
    """Holder names: drop spaces between Chinese characters and stray punctuation ("张 伟:" → "张伟")."""
    s = to_halfwidth(raw).strip()
    s = re.sub(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])", "", s)
    s = re.sub(r"[\s:;,.。、，；!?\"'()\[\]<>*#_|/\\~`]+", "", s) if re.search(f"[{_CJK}]", s) else s
    s = re.sub(r"\d+", "", s) if re.search(f"[{_CJK}]", s) else s
    return s.strip(" ·•.-")


# what OCR and typing scatter into a person's name: spaces, punctuation, the middle dot of
# minority names (removed on both sides, so it compares equal either way), affiliation
# digits and marks after an author's name, and the words 通讯作者/通信作者
_NAME_KEY_NOISE = re.compile(r"[\d\s\u3000*＊†‡§·•・．.,，、:：;；'\"“”‘’`\-—_()（）\[\]【】<>《》]|通讯作者|通信作者")


def name_key(raw: Optional[str]) -> str:
    """A person's name as compared: NFKC, no spaces, punctuation, marks or digits, upper-case.

    Names are short, so a different character is a different person (张伟 ≠ 张玮);
    only these trivial differences are forgiven ("张 伟" = 张伟, "王强1*" = 王强).
    """
    return _NAME_KEY_NOISE.sub("", nfkc(raw)).upper()


def clean_text(raw: str) -> str:
    """Free-text values (school, unit, title): half-width, collapsed spaces, no edge punctuation."""
    s = to_halfwidth(raw)
    s = re.sub(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])", "", s)
    s = re.sub(r"\s+", " ", s)
    # a seal's star read into the value at an edge ("西北民族大学★")
    return s.strip(" :;,.。、，；|★☆✩✪✭※◆◇●▲△")


# A company's legal form is 有限公司 / 有限责任公司 / 股份有限公司; a seal stamped over
# the signature often hides one character of it. These endings exist in no real
# name, so the missing character is certain.
_ORG_FORM_REPAIRS = [
    (re.compile(r"(?<=[\u4e00-\u9fff])(?<!国)有公司$"), "有限公司"),   # 限 lost
    (re.compile(r"有限司$"), "有限公司"),                               # 公 lost
    (re.compile(r"有限公$"), "有限公司"),                               # 司 lost
    (re.compile(r"(?<=[\u4e00-\u9fff])(?<![有责])限公司$"), "有限公司"),  # 有 lost
    (re.compile(r"有限责任司$|有限任公司$|有责任公司$"), "有限责任公司"),
]


def repair_org_name(raw: str) -> str:
    """An organisation name with a company legal form whose one hidden character is restored.

    "兰州新区水务集团有公司" → "…有限公司"; any other name is returned unchanged.
    """
    s = clean_text(raw)
    for rx, repl in _ORG_FORM_REPAIRS:
        if rx.search(s):
            return rx.sub(repl, s)
    return s


# PP-OCR's usual misreads of an institution's last characters (大 → 木/太/犬/夭 in a large
# seal-like font; 院 → 阮/浣). No school name ends in 木学 or 学阮, so these are safe.
_SCHOOL_SUFFIX_REPAIRS = [
    (re.compile(r"[木太犬夭丈]学$"), "大学"),
    (re.compile(r"学[阮浣皖]$"), "学院"),
    (re.compile(r"[木太犬夭丈]学([\u4e00-\u9fff]{2,6}学院)$"), r"大学\1"),
    (re.compile(r"职业技术院$"), "职业技术学院"),   # 学 lost under the seal: no school is a 技术院
]


def repair_school_name(raw: str) -> str:
    """A school name whose OCR-misread suffix is restored ("重庆木学" → "重庆大学")."""
    s = clean_text(raw)
    for rx, repl in _SCHOOL_SUFFIX_REPAIRS:
        if rx.search(s):
            return rx.sub(repl, s)
    return s


def normalize_number(raw: str) -> Optional[str]:
    """Money and counts: "4,500.00" → "4500", "4523.50" → "4523.5"; None when no number."""
    s = to_halfwidth(raw).replace(",", "").replace(" ", "").replace("¥", "").replace("元", "")
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    if not m:
        return None
    v = m.group(0)
    if "." in v:
        v = v.rstrip("0").rstrip(".")
    return v.lstrip("0") or "0" if not v.startswith("0.") else v


def normalize_percent(raw: str) -> Optional[str]:
    """"12.3%" → "12.3", "0%" → "0", "12.30 %" → "12.3"."""
    return normalize_number(raw)


_LEVELS = [
    (r"博士", "博士研究生"), (r"硕士|研究生", "硕士研究生"),
    (r"专升本|专科起点本科|高起本|本科|第二学士", "本科"),
    (r"大专|专科|高职|高等职业", "大专"),
    (r"预备技师", "技工院校预备技师班"), (r"高级工", "技工院校高级工班"), (r"中级工", "技工院校中级工班"),
    (r"中专|中等专业|中等职业", "中专"),
]


def normalize_level(raw: Optional[str]) -> Optional[str]:
    """Education level as printed → contract EduLevel (专科/高职 → 大专, 研究生 → 硕士研究生);
    None when the text names no level."""
    s = re.sub(r"\s+", "", to_halfwidth(raw or ""))
    for pat, val in _LEVELS:
        if re.search(pat, s):
            return val
    return None


_RESULTS = [("基本称职", "基本合格"), ("不称职", "不合格"), ("基本合格", "基本合格"), ("不合格", "不合格"),
            ("优秀", "优秀"), ("称职", "称职"), ("合格", "合格")]
RESULT_PATTERN = r"基本称职|不称职|基本合格|不合格|优秀|称职|合格"


def normalize_result(raw: str) -> Optional[str]:
    """Appraisal results → 优秀/合格/称职/基本合格/不合格 (基本称职 → 基本合格, 不称职 → 不合格)."""
    s = re.sub(r"\s+", "", raw or "")  # "基本 合格" is 基本合格, not 合格
    for word, val in _RESULTS:
        if word in s:
            return val
    return None
