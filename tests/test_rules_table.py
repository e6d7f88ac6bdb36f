"""The rule tables a person audits are the policy files' own output.

docs/RULES-<policy>-<mode>.md and the README's checks table must equal what
``zcaudit rules`` prints now: edit a policy file and forget to regenerate
(`zcaudit rules --docs docs`, `zcaudit rules --matrix`), and this fails.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from flows.cli import main
from pipeline.rules import PAIRS, doc_path, matrix, render

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("policy,mode", PAIRS)
def test_committed_rule_tables_equal_the_command(policy, mode, capsys):
    assert main(["rules", "--policy", policy, "--mode", mode]) == 0
    printed = capsys.readouterr().out
    assert printed == render(policy, mode)
    assert doc_path(ROOT / "docs", policy, mode).read_text(encoding="utf-8") == printed


def test_readme_checks_table_is_the_matrix():
    assert matrix() in (ROOT / "README.md").read_text(encoding="utf-8")


def test_a_row_shows_code_condition_threshold_severity_and_the_quoted_sentence():
    table = render("2024", "评审")
    row = next(line for line in table.splitlines() if line.startswith("| SOCIAL_INSURANCE_SHORT | social_insurance |"))
    assert "6个月" in row and "reject" in row and "新组通〔2024〕23号 一" in row
    assert "“事业单位编外聘用人员、企业人员在新区申报职称评审的，需在申报职称所在单位（或人事代理机构）缴纳社保半年以上" in row
    assert "SOCIAL_INSURANCE_SHORT（" in render("2021", "认定")          # listed among the rules 2021 does not have
