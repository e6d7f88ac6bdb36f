"""Every quoted sentence of the policy files is in its notice, verbatim (whitespace aside).

An invented clause, a paraphrase or a sentence cited from the wrong notice fails here.
A rule without a quote is a general rule: it must name its source and must never reject.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.codes import CODES
from core.models import Severity
from core.policy import NOTICE_DIR, POLICY_DIR, available, general_rules, load_policy, notice_text

ROOT = Path(__file__).resolve().parent.parent
NOTICES = {"新组通〔2024〕23号": "notice-2024-23.txt", "新组通〔2021〕17号": "notice-2021-17.txt"}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def missing_quotes(quotes: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """(where, quote) of every (where, notice, quote) whose sentence the notice does not hold."""
    texts = {n: squash(notice_text(f)) for n, f in NOTICES.items()}
    return [(where, q) for where, notice, q in quotes if notice not in texts or squash(q) not in texts[notice]]


def all_quotes() -> list[tuple[str, str, str]]:
    out = []
    for name in available():
        p = load_policy(name)
        for r in p.rules:
            if r.quote:
                out.append((f"{name}:{r.key}:{','.join(r.modes)}", r.notice, r.quote))
        for t in p.years_tables:
            if t.quote:
                out.append((f"{name}:years:{t.series}:{t.grade}", t.notice, t.quote))
            for line in t.rules:
                if line.quote:
                    out.append((f"{name}:years:{t.grade}:{line.education}", t.notice, line.quote))
    for r in general_rules():
        if r.quote:
            out.append((f"_general:{r.key}", r.notice, r.quote))
    return out


def test_every_quote_is_in_its_notice_verbatim():
    quotes = all_quotes()
    assert len(quotes) >= 50
    assert missing_quotes(quotes) == []


def test_an_invented_or_misattributed_clause_is_caught():
    invented = ("x", "新组通〔2021〕17号", "申报人员提供6个月及以上社保缴纳证明作为佐证")   # a 2024 sentence
    paraphrase = ("y", "新组通〔2024〕23号", "核心期刊论文复制比不超过15%")
    real = ("z", "新组通〔2024〕23号", "核心期刊论文不超过15%、省级期刊论文不超过25%")
    assert missing_quotes([invented, paraphrase, real]) == [("x", invented[2]), ("y", paraphrase[2])]


def test_rules_without_a_quote_name_their_source_and_never_reject():
    rules = [r for name in available() for r in load_policy(name).rules] + list(general_rules())
    for r in rules:
        assert r.quote or r.source, r.key
        assert set(r.codes) <= set(CODES), r.key
        if not r.quote:
            assert all(r.severity_of(c) != Severity.reject for c in r.codes), r.key


def test_2021_has_none_of_the_rules_it_used_to_borrow():
    p = load_policy("2021")
    for key in ("social_insurance", "plagiarism", "plagiarism_report", "achievement_cutoff", "continuing_education"):
        assert p.rule(key, "认定") is None, key
    # retirement and disciplinary fall back to the general rules: suspect, with their real source
    for key in ("retirement", "disciplinary"):
        r = p.rule(key, "认定")
        assert r is not None and not r.quote and r.severity == Severity.suspect and r.source
    assert "新组通〔2024〕23号" not in (POLICY_DIR / "2021.toml").read_text(encoding="utf-8")


def test_2024_recognition_follows_the_recognition_notice():
    p = load_policy("2024")
    assert p.rule("years", "认定").notice == "新组通〔2021〕17号"
    assert p.param("years", "cutoff", "认定") is None            # not the 评审 cut-off 2024-12-31
    assert p.param("years", "cutoff", "评审").isoformat() == "2024-12-31"
    assert p.rule("major_strict", "认定") is not None              # 2021 二(二)1 kept
    assert p.rule("social_insurance", "认定") is None


def test_keys_the_checks_use_are_defined():
    keys = {r.key for name in available() for r in load_policy(name).rules} | {r.key for r in general_rules()}
    used = set()
    for path in (ROOT / "checks").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'clause_key="([^"]+)"', text))
        used |= set(re.findall(r'ctx\.rule\(sub, "([^"]+)"', text))
    assert used and used <= keys, used - keys


def test_repository_notices_are_the_contract_notices():
    for shared in (ROOT.parent / "shared" / "contract", Path("/work/shared/contract")):
        if shared.is_dir():
            break
    else:
        pytest.skip("the shared contract folder is not on this machine")
    for f in NOTICES.values():
        assert (NOTICE_DIR / f).read_bytes() == (shared / f).read_bytes(), f
