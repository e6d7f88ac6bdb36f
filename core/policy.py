"""A year's rules as data: ``core/policies/<year>.toml``.

Next year's notice is a new TOML file, not new code. Checks read thresholds,
dates, clause references and the years table from the Policy object.
"""
from __future__ import annotations

import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, Field

from .models import Severity

POLICY_DIR = Path(__file__).parent / "policies"


class YearsRule(BaseModel):
    """One way to qualify for a level: education at least ``education`` and
    ``years`` of professional work (or, when ``in_title_grade`` is set, years
    since obtaining a title of that grade)."""
    education: str                      # minimum education level (see EDU_RANK)
    years: float = 0
    in_title_grade: Optional[str] = None  # e.g. "助理级": years counted in that title
    degree: Optional[str] = None        # degree required ("博士" …)


class YearsEntry(BaseModel):
    mode: str                           # 认定 / 评审
    series: str = "*"                   # "*" = any series
    grade: str
    level: str = "*"
    rules: list[YearsRule]
    clause: str = ""


class Policy(BaseModel):
    year: int
    notice: str                         # 新组通〔2024〕23号
    mode: str                           # the mode the notice is about
    application_year: int
    years_cutoff: Optional[date] = None  # None: count to submitted_at
    achievement_cutoff: Optional[date] = None
    retirement_reform_from: date = date(2025, 1, 1)
    social_insurance_months: int = 6
    plagiarism_threshold: dict[str, float] = Field(default_factory=dict)  # core/provincial → %
    xuexin_valid_months: int = 6
    xuexin_required_from_year: int = 2002
    xuexin_code_length: int = 12          # 2021 附件4: 12位验证码
    continuing_education_required: dict[str, bool] = Field(default_factory=dict)  # mode → required (2024 六(六))
    appraisal_years: int = 1            # how many recent annual appraisals are required
    page_cap: int = 300
    major_mismatch_extra_years: float = 0  # 2021: non-public units get +1 year when majors differ
    major_strict_unit_types: list[str] = Field(default_factory=list)
    exam_only: dict[str, list[str]] = Field(default_factory=dict)  # series → grades
    required_materials: dict[str, list[str]] = Field(default_factory=dict)  # mode → doc_types
    clauses: dict[str, str] = Field(default_factory=dict)
    severity: dict[str, Severity] = Field(default_factory=dict)
    years_table: list[YearsEntry] = Field(default_factory=list)
    dedup: dict[str, float] = Field(default_factory=dict)

    def clause(self, key: str) -> str:
        """Full citation, e.g. ``新组通〔2024〕23号 六(九)``."""
        ref = self.clauses.get(key, "")
        if not ref:
            return self.notice
        if ref.startswith("新组通") or ref.startswith("人社部"):
            return ref
        return f"{self.notice} {ref}"

    def severity_of(self, code: str) -> Severity:
        from .codes import default_severity
        return self.severity.get(code, default_severity(code))

    def years_entry(self, mode: str, series: str, grade: str, level: str = "") -> Optional[YearsEntry]:
        best = None
        for e in self.years_table:
            if e.mode != mode or e.grade != grade:
                continue
            if e.series not in ("*", series):
                continue
            if e.level not in ("*", level):
                continue
            # prefer the most specific entry
            score = (e.series != "*") + (e.level != "*")
            if best is None or score > best[0]:
                best = (score, e)
        return best[1] if best else None


def available() -> list[str]:
    return sorted(p.stem for p in POLICY_DIR.glob("*.toml"))


@lru_cache(maxsize=None)
def load_policy(name: str | int) -> Policy:
    name = str(name)
    path = Path(name)
    if not path.suffix:
        path = POLICY_DIR / f"{name}.toml"
    if not path.exists():
        raise KeyError(f"no policy file for {name!r} (have: {', '.join(available())})")
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return Policy.model_validate(data)
