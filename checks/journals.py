"""Journal identifiers and the core-journal catalogue.

Why a module of its own: the ISSN check digit, the CN 国内统一刊号 grammar and
the catalogue look-up are pure facts about journals, used by the paper checks
(checks/papers.py), by the CLI (``--journals FILE``) and by the sample
generator. Nothing here knows about applicants or findings.

* ISSN (ISO 3297): weights 8..2 on the first seven digits, check =
  11 − (sum mod 11), 10 → X, 11 → 0.
* CN: ``CN xx-xxxx/yy`` — xx a province-level code of GB/T 2260, xxxx
  1000–5999 for printed periodicals, yy a 中图分类 class (one or two capital
  letters, optionally one digit: TP, TU, R, G4).
* Catalogue: a CSV ``title,issn,cn,level``; every row is a core journal unless
  its level says otherwise (省级/普通/provincial). There is no default: a catalogue is
  only what ``--journals`` names (a sample catalogue for the generator lives in
  ``sample_docs/data/``), and without one the level is not verified.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from core.normalize import nfkc

# GB/T 2260 province-level codes (first two digits)
REGION_CODES: frozenset[str] = frozenset(
    [str(n) for n in range(11, 16)] + [str(n) for n in range(21, 24)]
    + [str(n) for n in range(31, 38)] + [str(n) for n in range(41, 47)]
    + [str(n) for n in range(50, 55)] + [str(n) for n in range(61, 66)]
)

_ISSN_RE = re.compile(r"^(?:ISSN)?(\d{4})-?(\d{3}[\dX])$")
_CN_RE = re.compile(r"^(?:CN)?(\d{2})-(\d{4})/([A-Z]{1,2}\d?)$")
_NON_CATALOGUE_LEVELS = {"provincial", "省级", "普通", "一般", "非核心"}
_TITLE_NOISE = re.compile(r"[\W_]+", re.UNICODE)


def _clean(s: Optional[str]) -> str:
    """NFKC, upper case, no spaces: ' issn 1000－9825 ' → 'ISSN1000-9825'."""
    s = nfkc(s).upper()
    s = re.sub(r"[\s\u3000]+", "", s)
    return s.replace("—", "-").replace("–", "-").replace("－", "-").replace("：", ":").lstrip(":")


# ---------------------------------------------------------------- ISSN

def issn_check_digit(first7: str) -> str:
    """Check character of an ISSN from its first seven digits."""
    if len(first7) != 7 or not first7.isdigit():
        raise ValueError(f"need 7 digits, got {first7!r}")
    total = sum(int(d) * w for d, w in zip(first7, range(8, 1, -1)))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def normalize_issn(s: Optional[str]) -> Optional[str]:
    """'ISSN 1001-506x' → '1001-506X'; None when not of the ISSN shape."""
    m = _ISSN_RE.match(_clean(s).replace("ISSN:", "ISSN"))
    return f"{m.group(1)}-{m.group(2)}" if m else None


def is_valid_issn(s: Optional[str]) -> bool:
    """Well-formed and its check character right."""
    norm = normalize_issn(s)
    if not norm:
        return False
    digits = norm.replace("-", "")
    return issn_check_digit(digits[:7]) == digits[7]


# ---------------------------------------------------------------- CN

@dataclass(frozen=True)
class CnNumber:
    region: str
    serial: str
    klass: str

    def __str__(self) -> str:
        return f"{self.region}-{self.serial}/{self.klass}"


def parse_cn(s: Optional[str]) -> Optional[CnNumber]:
    """The three parts of a 国内统一刊号, or None when it is not of the shape."""
    m = _CN_RE.match(_clean(s).replace("CN:", "CN"))
    return CnNumber(*m.groups()) if m else None


def normalize_cn(s: Optional[str]) -> Optional[str]:
    cn = parse_cn(s)
    return str(cn) if cn else None


def cn_problem(s: Optional[str]) -> Optional[str]:
    """Why a CN is invalid (Chinese, for the reviewer), or None when it is valid."""
    cn = parse_cn(s)
    if cn is None:
        return "不符合 CN xx-xxxx/yy 格式"
    if cn.region not in REGION_CODES:
        return f"地区代码 {cn.region} 不是省级行政区划代码"
    if not 1000 <= int(cn.serial) <= 5999:
        return f"序号 {cn.serial} 不在 1000–5999 之间"
    return None


def is_valid_cn(s: Optional[str]) -> bool:
    return cn_problem(s) is None


# ---------------------------------------------------------------- catalogue

def normalize_title(s: Optional[str]) -> str:
    """Journal or paper title reduced for comparison: NFKC, lower case,
    punctuation, spaces and brackets removed ('《计算机学报》' → '计算机学报')."""
    return _TITLE_NOISE.sub("", nfkc(s)).lower()


@dataclass(frozen=True)
class JournalEntry:
    title: str
    issn: Optional[str]
    cn: Optional[str]
    level: str = "core"


@dataclass
class Catalogue:
    """Core journals with look-ups by ISSN, CN and normalised title."""
    entries: list[JournalEntry] = field(default_factory=list)
    source: str = ""

    def __post_init__(self) -> None:
        self.by_issn: dict[str, JournalEntry] = {}
        self.by_cn: dict[str, JournalEntry] = {}
        self.by_title: dict[str, JournalEntry] = {}
        for e in self.entries:
            self._index(e)

    def _index(self, e: JournalEntry) -> None:
        if e.issn:
            self.by_issn.setdefault(e.issn, e)
        if e.cn:
            self.by_cn.setdefault(e.cn, e)
        if normalize_title(e.title):
            self.by_title.setdefault(normalize_title(e.title), e)

    def add(self, entry: JournalEntry) -> None:
        self.entries.append(entry)
        self._index(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, issn: Optional[str] = None, cn: Optional[str] = None,
             title: Optional[str] = None) -> Optional[tuple[JournalEntry, str]]:
        """The entry and the key that found it ('issn'/'cn'/'title'), or None."""
        n_issn, n_cn, n_title = normalize_issn(issn), normalize_cn(cn), normalize_title(title)
        if n_issn and n_issn in self.by_issn:
            return self.by_issn[n_issn], "issn"
        if n_cn and n_cn in self.by_cn:
            return self.by_cn[n_cn], "cn"
        if n_title and n_title in self.by_title:
            return self.by_title[n_title], "title"
        return None

    def is_core(self, issn: Optional[str] = None, cn: Optional[str] = None,
                title: Optional[str] = None) -> bool:
        hit = self.find(issn, cn, title)
        return hit is not None and hit[0].level.strip().lower() not in _NON_CATALOGUE_LEVELS


def load_catalogue(path: str | Path) -> Catalogue:
    """Read ``title,issn,cn,level`` (UTF-8, BOM tolerated). Raises
    FileNotFoundError for a missing file: the CLI must say so, not guess."""
    path = Path(path)
    entries: list[JournalEntry] = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            title = row.get("title", "")
            issn = normalize_issn(row.get("issn"))
            cn = normalize_cn(row.get("cn"))
            if not (title or issn or cn):
                continue
            entries.append(JournalEntry(title=title, issn=issn, cn=cn, level=row.get("level") or "core"))
    return Catalogue(entries=entries, source=str(path))


_cache: dict[tuple[str, float], Catalogue] = {}


def cached_catalogue(path: str | Path) -> Optional[Catalogue]:
    """The catalogue at ``path``, read once per modification time; None when the file
    is absent (the level is then not verified rather than failing every core paper)."""
    path = Path(path)
    try:
        key = (str(path), path.stat().st_mtime)
    except OSError:
        return None
    if key not in _cache:
        _cache.clear()
        _cache[key] = load_catalogue(path)
    return _cache[key]
