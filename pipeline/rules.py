"""The rule table a person can audit: ``zcaudit rules --policy 2024 --mode 评审``.

Rendered from the policy files only (core/policies/*.toml), so the table cannot drift
from what the checks do: every row gives the code, its condition, threshold and
severity, and the clause with the notice's sentence quoted (or, for a general rule,
its real source). ``docs/RULES-<policy>-<mode>.md`` are this module's output, and
``tests/test_rules_table.py`` fails when a committed file or the README's checks
table differs from it.
"""
from __future__ import annotations

from pathlib import Path

from core.codes import CODES, title
from core.policy import MODES, Policy, Rule, YearsTable, load_policy

SEVERITY_ZH = {"reject": "reject 否决", "suspect": "suspect 存疑", "warn": "warn 提示", "info": "info 信息"}
PAIRS = [(p, m) for p in ("2024", "2021") for m in MODES]
README_BEGIN, README_END = "<!-- rules-matrix:begin -->", "<!-- rules-matrix:end -->"


def _cell(text: str) -> str:
    return (text or "").replace("|", "｜").replace("\n", " ").strip()


def _basis(rule: Rule | YearsTable) -> str:
    if rule.quote:
        return f"“{_cell(rule.quote)}”"
    return f"依据：{_cell(getattr(rule, 'source', ''))}"


def rule_rows(policy: Policy, mode: str) -> list[tuple[str, Rule]]:
    """(code, rule) for every code each rule of the pair raises, in file order."""
    return [(code, r) for r in policy.rules_for(mode) for code in r.codes]


def _years_table_md(t: YearsTable) -> list[str]:
    series = "、".join(t.series) if t.series != ["*"] else "所有系列"
    head = f"### {series} · {t.grade}"
    lines = [head, "", f"来源：{t.source}" + (f"；{t.cite}：{_basis(t)}" if t.quote else ""), "",
             "| 学历（及以上） | 学位 | 年限 | 计算 | 备注 | 条款原文 |", "|---|---|---|---|---|---|"]
    for r in t.rules:
        how = f"取得{r.in_title_grade}职称后" if r.in_title_grade else "毕业后专业技术工作"
        quote = f"{t.notice} {r.clause}：“{_cell(r.quote)}”" if r.quote else ""
        lines.append(f"| {r.education} | {r.degree or ''} | {r.years:g} 年 | {how} | {_cell(r.note)} | {quote} |")
    return lines + [""]


def render(policy_name: str, mode: str) -> str:
    """The rule table of one (policy, mode) pair, as Markdown."""
    policy = load_policy(policy_name)
    gov = policy.governing(mode)
    lines = [f"# 规则表：{policy.notice}（{policy_name}）· {mode}", "",
             f"由 `zcaudit rules --policy {policy_name} --mode {mode}` 从 `core/policies/{gov.name}.toml` 和 "
             f"`core/policies/_general.toml` 生成，请勿手改。"]
    if gov is not policy:
        lines.append(f"{mode}由{gov.notice}规定：本组合使用 `{gov.name}.toml` 中{mode}的规则（{policy.name}.toml 的 [follow]）。")
    lines += ["", "带引文的规则引用通知原句（测试逐句在通知原文中核对）；只写“依据”的是通用规则，从不否决。", "",
              "| 代码 | 规则 | 条件 | 阈值 | 严重程度 | 条款 | 原文 / 依据 |", "|---|---|---|---|---|---|---|"]
    for code, r in rule_rows(policy, mode):
        sev = r.severity_of(code).value
        clause = r.cite if r.quote else "通用规则"
        lines.append(f"| {code} | {r.key} | {_cell(r.condition)} | {_cell(r.threshold)} | {SEVERITY_ZH[sev]} "
                     f"| {clause} | {_basis(r)} |")
    covered = {code for code, _ in rule_rows(policy, mode)}
    absent = [c for c in CODES if c not in covered]
    lines += ["", "## 本组合没有的规则", ""]
    if absent:
        lines += ["以下代码在本组合下没有规则：通知没有相应条款，也不借用其他组合的规则"
                  "（没有年限规则时，INSUFFICIENT_YEARS 只给出 info“年限未核验”）。", ""]
        lines += [f"- {c}（{title(c)}）" for c in absent]
    else:
        lines.append("无。")
    tables = policy.years_tables_for(mode)
    lines += ["", "## 学历年限表", ""]
    if not tables:
        lines += ["本组合没有学历年限表：INSUFFICIENT_YEARS 只给出 info“年限未核验”。", ""]
    if policy.governing(mode).self_evaluated:
        se = "；".join(f"{s}：{'、'.join(g)}" for s, g in gov.self_evaluated.items())
        lines += [f"新区自主评审（三(一)）：{se}。其余系列和层级为委托评审（三(二)），年限不足只作 info 提示。", ""]
    for t in tables:
        lines += _years_table_md(t)
    return "\n".join(lines).rstrip() + "\n"


def doc_path(root: Path, policy_name: str, mode: str) -> Path:
    return root / f"RULES-{policy_name}-{mode}.md"


def write_docs(root: Path) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for p, m in PAIRS:
        path = doc_path(root, p, m)
        path.write_text(render(p, m), encoding="utf-8")
        paths.append(path)
    return paths


def matrix() -> str:
    """The README's checks table: each code's severity and clause in each pair."""
    head = "| 代码 | " + " | ".join(f"[{p} {m}](docs/RULES-{p}-{m}.md)" for p, m in PAIRS) + " |"
    lines = [README_BEGIN, head, "|---" * (len(PAIRS) + 1) + "|"]
    by_pair = {pm: rule_rows(load_policy(pm[0]), pm[1]) for pm in PAIRS}
    for code in CODES:
        cells = []
        for pm in PAIRS:
            hits = [f"{r.severity_of(code).value} {r.cite if r.quote else '通用'}" for c, r in by_pair[pm] if c == code]
            cells.append("；".join(dict.fromkeys(hits)) or "—")
        lines.append(f"| {code} | " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines + [README_END]) + "\n"
