"""A year's rules as data: ``core/policies/<year>.toml``, keyed by (policy, mode).

Why rules are rows: a reviewer must be able to audit every rule against the notice
it comes from. Each ``[[rules]]`` row names the finding codes it raises, the modes
(评审 / 认定) it governs, its severity, threshold and parameters, and either the
notice's clause with its sentence quoted verbatim (``quote``) or, for a general rule
that no notice holds (statutory retirement, GB 11643), its real ``source``; a
general rule never rejects. ``tests/test_policy_quotes.py`` finds every quote in
``core/policies/notices/`` so that an invented clause fails the suite, and
``zcaudit rules`` prints the table.

Lookup is by (key, mode): ``policy.rule("social_insurance", "评审")``. A mode that
another notice governs is delegated explicitly (``[follow]``: the 2024 file sends
认定 to the 2021 notice, the 认定 notice); ``_general.toml`` holds the general
rules every pair shares. A pair with no rule gets ``None``: the check then says so
in its evidence and never borrows another pair's rule.
"""
from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from pydantic import BaseModel, Field

from .codes import default_severity
from .models import Severity

POLICY_DIR = Path(__file__).parent / "policies"
NOTICE_DIR = POLICY_DIR / "notices"
GENERAL = "_general"
MODES = ("评审", "认定")


class Rule(BaseModel):
    """One rule of one notice (or a general rule), for the modes it governs."""
    key: str                               # what checks look up, e.g. "social_insurance"
    codes: list[str]                       # finding codes it raises
    modes: list[str] = Field(default_factory=lambda: list(MODES))
    severity: Optional[Severity] = None    # None: each code's default (core/codes.py)
    condition: str                         # when it is raised (Chinese, for the table)
    threshold: str = ""                    # the number or date, as the table shows it
    params: dict[str, Any] = Field(default_factory=dict)
    notice: str = ""                       # the notice quoted ("" = the file's own notice)
    clause: str = ""                       # e.g. "六(九)"
    quote: str = ""                        # the notice's sentence, verbatim
    source: str = ""                       # a general rule's real source (law, standard)

    @property
    def cite(self) -> str:
        """``新组通〔2024〕23号 六(九)``, or the general source."""
        if self.quote:
            return f"{self.notice} {self.clause}".strip()
        return self.source or self.notice

    def severity_of(self, code: str) -> Severity:
        return self.severity or default_severity(code)

    def evidence(self) -> dict[str, Any]:
        """What a finding carries about its rule: clause and quoted sentence, or the source."""
        ev: dict[str, Any] = {"rule": self.key}
        if self.quote:
            ev["clause"] = self.cite
            ev["quote"] = self.quote
        else:
            ev["source"] = self.source
        return ev


class YearsRule(BaseModel):
    """One way to qualify: education at least ``education`` (and ``degree``) and ``years``
    of professional work after graduation, or, with ``in_title_grade``, years since a
    title of that grade was obtained."""
    education: str
    years: float = 0
    in_title_grade: Optional[str] = None
    degree: Optional[str] = None
    note: str = ""                         # e.g. "仅小学、初中" — a condition the data cannot check
    clause: str = ""                       # the notice's clause, when a notice holds this line
    quote: str = ""                        # … and its sentence, verbatim


class YearsTable(BaseModel):
    """The education/years table of one series and grade, with where it comes from."""
    series: list[str] = Field(default_factory=lambda: ["*"])   # "*": every series
    grade: str
    level: str = "*"
    modes: list[str] = Field(default_factory=lambda: list(MODES))
    rules: list[YearsRule]
    source: str                            # the standard the table is copied from
    notice: str = ""
    clause: str = ""
    quote: str = ""                        # the notice's sentence, when a notice holds the table

    @property
    def cite(self) -> str:
        if self.quote:
            return f"{self.notice} {self.clause}".strip()
        return self.source

    # the generator and older callers read ``entry.clause`` / ``entry.mode``
    @property
    def mode(self) -> str:
        return self.modes[0]


class Policy(BaseModel):
    name: str = ""                         # the file's stem ("2024")
    year: int
    notice: str                            # 新组通〔2024〕23号
    notice_file: str = ""                  # under core/policies/notices/
    mode: str                              # the mode the notice is about
    application_year: int
    follow: dict[str, str] = Field(default_factory=dict)   # mode → policy that governs it
    retirement_reform_from: date = date(2025, 1, 1)
    xuexin_valid_months: int = 6
    xuexin_required_from_year: int = 2002
    xuexin_code_length: int = 12
    page_cap: int = 300
    self_evaluated: dict[str, list[str]] = Field(default_factory=dict)  # series → grades (2024 三(一))
    rules: list[Rule] = Field(default_factory=list)
    years_tables: list[YearsTable] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)   # code → severity (legacy override)
    dedup: dict[str, float] = Field(default_factory=dict)

    # ------------------------------------------------------------ lookup by (key, mode)

    def governing(self, mode: str) -> "Policy":
        """The policy whose notice governs ``mode`` (itself unless [follow] says otherwise)."""
        other = self.follow.get(mode)
        return load_policy(other) if other and other != self.name else self

    def rules_for(self, mode: str) -> list[Rule]:
        """Every rule of the pair (notice rules first, then the general rules they leave)."""
        gov = self.governing(mode)
        own = [r for r in gov.rules if mode in r.modes]
        keys = {r.key for r in own}
        general = [r for r in general_rules() if mode in r.modes and r.key not in keys]
        return own + general

    def rule(self, key: str, mode: Optional[str] = None, code: Optional[str] = None) -> Optional[Rule]:
        """The rule ``key`` of (this policy, ``mode``); with ``code``, one that raises it."""
        mode = mode or self.mode
        hits = [r for r in self.rules_for(mode) if r.key == key]
        if code:
            hits = [r for r in hits if code in r.codes] or hits
        return hits[0] if hits else None

    def param(self, key: str, name: str, mode: Optional[str] = None, default: Any = None) -> Any:
        r = self.rule(key, mode)
        return r.params.get(name, default) if r else default

    def years_tables_for(self, mode: str) -> list[YearsTable]:
        return [t for t in self.governing(mode).years_tables if mode in t.modes]

    def years_table(self, mode: str, series: str, grade: str, level: str = "") -> Optional[YearsTable]:
        """The table of exactly this series (or a table for every series), most specific first."""
        want = normalize_series(series)
        best: Optional[tuple[int, YearsTable]] = None
        for t in self.years_tables_for(mode):
            if t.grade != grade:
                continue
            named = [normalize_series(s) for s in t.series if s != "*"]
            if named and want not in named:
                continue
            if t.level not in ("*", level):
                continue
            score = bool(named) + (t.level != "*")
            if best is None or score > best[0]:
                best = (score, t)
        return best[1] if best else None

    def is_self_evaluated(self, series: str, grade: str) -> bool:
        want = normalize_series(series)
        return any(normalize_series(s) == want and grade in grades for s, grades in self.self_evaluated.items())

    # ------------------------------------------------------------ citations

    def clause(self, key: str, mode: Optional[str] = None) -> str:
        """Full citation of rule ``key`` for ``mode`` (default: the notice's own mode)."""
        r = self.rule(key, mode)
        return r.cite if r else self.notice

    def severity_of(self, code: str) -> Severity:
        return self.severity.get(code, default_severity(code))

    # ------------------------------------------------------------ the notice's own mode, by name
    # (the sample generator and older callers read these; each is one rule's parameter)

    @property
    def years_cutoff(self) -> Optional[date]:
        return self.param("years", "cutoff")

    @property
    def achievement_cutoff(self) -> Optional[date]:
        return self.param("achievement_cutoff", "cutoff")

    @property
    def plagiarism_threshold(self) -> dict[str, float]:
        return dict(self.param("plagiarism", "thresholds", default={}) or {})

    @property
    def social_insurance_months(self) -> Optional[int]:
        return self.param("social_insurance", "months")

    @property
    def exam_only(self) -> dict[str, list[str]]:
        return dict(self.param("exam_only", "series", default={}) or {})

    def years_entry(self, mode: str, series: str, grade: str, level: str = "") -> Optional[YearsTable]:
        return self.years_table(mode, series, grade, level)


def normalize_series(name: str) -> str:
    """"会计系列" / "会计" / " 会计 系列 " → "会计"."""
    s = re.sub(r"\s+", "", name or "")
    s = s.replace("（", "(").replace("）", ")")
    s = re.sub(r"\(.*?\)", "", s)
    return s[:-2] if s.endswith("系列") and len(s) > 2 else s


def available() -> list[str]:
    return sorted(p.stem for p in POLICY_DIR.glob("*.toml") if not p.stem.startswith("_"))


def _read(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=None)
def general_rules() -> tuple[Rule, ...]:
    """The general rules every (policy, mode) shares (``_general.toml``); never reject."""
    data = _read(POLICY_DIR / f"{GENERAL}.toml")
    return tuple(Rule.model_validate(r) for r in data.get("rules", []))


def notice_text(notice_file: str) -> str:
    return (NOTICE_DIR / notice_file).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def unit_prefixes() -> tuple[str, ...]:
    """The region's place-name prefixes of unit names (``unit_prefixes`` in ``_general.toml``,
    shared by every notice; a longer prefix such as 甘肃省 before its stem 甘肃)."""
    return tuple(_read(POLICY_DIR / f"{GENERAL}.toml").get("unit_prefixes", ()))


@lru_cache(maxsize=None)
def load_policy(name: str | int) -> Policy:
    name = str(name)
    path = Path(name)
    if not path.suffix:
        path = POLICY_DIR / f"{name}.toml"
    if not path.exists() or path.stem.startswith("_"):
        raise KeyError(f"no policy file for {name!r} (have: {', '.join(available())})")
    data = _read(path)
    data.setdefault("name", path.stem)
    policy = Policy.model_validate(data)
    for r in policy.rules:
        r.notice = r.notice or policy.notice
    for t in policy.years_tables:
        t.notice = t.notice or policy.notice
    return policy
