"""Studied major against the applied major (专业对口或相近).

Why: 新组通〔2021〕17号 二(二) requires the studied major to be 对口或相近 for
staff of public institutions, state enterprises and government bodies (rule
``major_strict`` of the 认定 pairs: reject), while private-enterprise and
flexible applicants may still apply with one more year of work (rule ``major``:
a warn here, the extra year is enforced by checks/years.py). Under the 2024
评审 notice no clause holds a major rule: the general rule only warns.

"相近" is data: ``core/data/majors.toml`` maps 专业类 to member majors and
lists related groups. An unseen name is mapped to a known one with rapidfuzz
at a high cutoff (or by containing a known name of ≥4 characters). A major
found in no group cannot be judged: no finding rather than a false mismatch.

Decision: the highest education is compared first; when another declared
education's major is the applied one or close to it, the applicant is taken
as 对口 (a matching 本科 is not undone by a later 硕士 in management).
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from rapidfuzz import fuzz, process

from core.models import Application, Finding, Submission
from core.normalize import nfkc

from .base import CheckContext, app_of, check, needs_application

MAJORS_FILE = Path(__file__).resolve().parent.parent / "core" / "data" / "majors.toml"
FUZZY_CUTOFF = 85
MIN_CONTAINED = 4

_BRACKETS = re.compile(r"[（(\[【].*?[）)\]】]")
_STAGE_PREFIX = re.compile(r"^(小学|初中|高中|中学|初级中学|高级中学)")

SAME, CLOSE, RELATED, DIFFERENT, UNKNOWN = "same", "close", "related", "different", "unknown"


def clean(name: str) -> str:
    """Spaces, brackets, trailing 专业/方向 and a teacher's school stage removed."""
    s = nfkc(name)
    s = re.sub(r"\s+", "", s)
    s = _BRACKETS.sub("", s)
    for suffix in ("专业方向", "方向", "专业"):
        if s.endswith(suffix) and len(s) > len(suffix):
            s = s[: -len(suffix)]
    stripped = _STAGE_PREFIX.sub("", s)
    return stripped or s


def core(name: str) -> str:
    """``clean`` plus a final 工程 dropped: 土木工程 ≈ 土木, 环境工程 ≈ 环境."""
    s = clean(name)
    if s.endswith("工程") and len(s) > 3:
        s = s[:-2]
    return s


class MajorCatalogue:
    """The groups of majors.toml with lookup and relation."""

    def __init__(self, groups: dict[str, list[str]], related: list[list[str]]) -> None:
        self.groups = groups
        self.related = [set(s) for s in related]
        self.index: dict[str, str] = {}
        for group, members in groups.items():
            for m in members:
                self.index.setdefault(clean(m), group)
        for group, members in groups.items():
            for m in members:
                self.index.setdefault(core(m), group)
        self._keys = list(self.index)

    def group_of(self, name: str) -> Optional[str]:
        """The 专业类 of a major name, or None when it cannot be placed."""
        c = clean(name)
        if not c:
            return None
        for key in (c, core(name)):
            if key in self.index:
                return self.index[key]
        hit = process.extractOne(c, self._keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if hit is not None:
            return self.index[hit[0]]
        contained = [k for k in self._keys if len(k) >= MIN_CONTAINED and k in c]
        if contained:
            return self.index[max(contained, key=len)]
        return None

    def groups_related(self, a: str, b: str) -> bool:
        return any(a in s and b in s for s in self.related)

    def relation(self, studied: str, applied: str) -> str:
        """same / close (same 专业类) / related (related groups) / different / unknown."""
        if clean(studied) == clean(applied) or core(studied) == core(applied):
            return SAME
        ga, gb = self.group_of(studied), self.group_of(applied)
        if ga is None or gb is None:
            return UNKNOWN
        if ga == gb:
            return CLOSE
        if self.groups_related(ga, gb):
            return RELATED
        return DIFFERENT


@lru_cache(maxsize=None)
def load_catalogue(path: str = str(MAJORS_FILE)) -> MajorCatalogue:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return MajorCatalogue(data.get("groups", {}), data.get("related", {}).get("sets", []))


def relation(studied: str, applied: str) -> str:
    return load_catalogue().relation(studied, applied)


def majors_close(studied: str, applied: str) -> Optional[bool]:
    """True when 对口或相近, False when clearly not, None when it cannot be judged."""
    rel = relation(studied, applied)
    if rel == UNKNOWN:
        return None
    return rel != DIFFERENT


def application_major_relation(app: Application) -> tuple[str, str]:
    """(relation, studied major) for the applicant: the highest education first,
    then any other declared education that is the applied major or close to it."""
    edus = list(reversed(app.education))
    if not edus:
        return UNKNOWN, ""
    highest = edus[0]
    rel = relation(highest.major, app.major_applied)
    if rel in (SAME, CLOSE, RELATED):
        return rel, highest.major
    for e in edus[1:]:
        r = relation(e.major, app.major_applied)
        if r in (SAME, CLOSE, RELATED):
            return r, e.major
    return rel, highest.major


def strict_rule(ctx: CheckContext, sub: Submission):
    """2021 二(二)1: the rule that makes a mismatch a reject for this unit type, or None."""
    r = ctx.rule(sub, "major_strict")
    if r is not None and app_of(sub).unit_type in r.params.get("unit_types", []):
        return r
    return None


def extra_years(ctx: CheckContext, sub: Submission) -> float:
    """2021 二(二)2: the years a mismatched major adds to the table (0 where no rule says so)."""
    app = app_of(sub)
    r = ctx.rule(sub, "major")
    if r is None or strict_rule(ctx, sub) is not None or app.grade not in r.params.get("grades", []):
        return 0.0
    return float(r.params.get("extra_years", 0) or 0)


@check("major")
@needs_application
def check_major(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    app = app_of(sub)
    rel, studied = application_major_relation(app)
    if rel != DIFFERENT:
        return []
    cat = load_catalogue()
    evidence = dict(
        studied_major=studied, major_applied=app.major_applied,
        studied_group=cat.group_of(studied), applied_group=cat.group_of(app.major_applied),
        unit_type=app.unit_type,
    )
    base = f"所学专业{studied}与申报专业{app.major_applied}既不相同也不相近"
    strict = strict_rule(ctx, sub)
    if strict is not None:
        return [ctx.finding(
            sub, "MAJOR_MISMATCH", base + "，而该类单位人员考核认定须专业对口或相近。",
            rule=strict, strict=True, **evidence,
        )]
    extra = extra_years(ctx, sub)
    tail = f"，按规定专业工作年限须延长{extra:g}年。" if extra else "，请核实其从事专业。"
    return [ctx.finding(
        sub, "MAJOR_MISMATCH", base + tail, clause_key="major",
        strict=False, extra_years=extra, **evidence,
    )]
