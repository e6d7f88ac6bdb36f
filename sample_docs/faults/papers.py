"""Planters for papers, plagiarism reports and duplicated texts (the CLEAN builder gives 评审 中级+ applicants 1–2 papers)."""
from __future__ import annotations


from core.dates import add_months, fmt

from .. import people as P
from .registry import _docs, fault


# --------------------------------------------------------------------------
# 3. papers (the CLEAN builder gives 评审 中级+ applicants 1–2 papers)
# --------------------------------------------------------------------------

def _paper(spec, i: int = 0):
    return _docs(spec, "paper")[i], _docs(spec, "plagiarism_report")[i], spec.app["papers"][i]


def _set_journal(spec, i: int, title: str, issn: str, cn: str, level: str) -> None:
    doc, _, decl = _paper(spec, i)
    decl.update(journal=title, issn=issn, cn=cn, journal_level=level)
    doc.fields.update(journal=title, issn=issn, cn=cn)


@fault("PLAGIARISM_REPORT_MISSING", papers=True, policy="2024")
def _report_missing(spec, ctx):
    rep = _docs(spec, "plagiarism_report")[-1]
    spec.docs.remove(rep)


@fault("PLAGIARISM_OVER_THRESHOLD", papers=True, policy="2024")
def _over(spec, ctx):
    _, rep, decl = _paper(spec)
    thr = spec.policy.plagiarism_threshold[decl["journal_level"]]
    excl = round(thr + ctx.rng.uniform(1.5, 9), 1)
    rep.fields.update(ratio_excl_refs=excl, ratio_excl_self=round(excl - ctx.rng.uniform(0.2, 1.0), 1),
                      ratio_total=round(excl + ctx.rng.uniform(0.5, 4), 1),
                      ratio_max_single=round(ctx.rng.uniform(3, excl - 1), 1))


@fault("PLAGIARISM_REPORT_MISMATCH", papers=True, policy="2024")
def _report_mismatch(spec, ctx):
    _, rep, _ = _paper(spec)
    rep.fields["title"] = P.compose_paper(ctx.rng, spec.facts["group"], spec.app["name"])["title"]


@fault("JOURNAL_ISSN_INVALID", papers=True, policy="2024")
def _issn(spec, ctx):
    title, issn, cn = ctx.rng.choice(P.PROVINCIAL_JOURNALS)
    bad = issn[:-1] + ctx.rng.choice([c for c in "0123456789X" if c != issn[-1]])
    _set_journal(spec, 0, title, bad, cn, "provincial")


@fault("JOURNAL_CN_INVALID", papers=True, policy="2024")
def _cn(spec, ctx):
    title, issn, cn = ctx.rng.choice(P.PROVINCIAL_JOURNALS)
    _set_journal(spec, 0, title, issn, "99" + cn[2:], "provincial")


@fault("JOURNAL_LEVEL_MISMATCH", papers=True, policy="2024")
def _level(spec, ctx):
    title, issn, cn = ctx.rng.choice(P.PROVINCIAL_JOURNALS)
    _set_journal(spec, 0, title, issn, cn, "core")
    _, rep, _ = _paper(spec)
    excl = round(ctx.rng.uniform(2, 10), 1)
    rep.fields.update(ratio_excl_refs=excl, ratio_excl_self=round(excl * 0.9, 1), ratio_total=round(excl + 2.1, 1),
                      ratio_max_single=round(excl * 0.5, 1))


@fault("PAPER_AFTER_CUTOFF", papers=True, policy="2024")
def _after_cutoff(spec, ctx):
    cut = spec.policy.achievement_cutoff
    month = fmt(add_months((cut.year, cut.month), ctx.rng.randint(1, 3)))
    doc, _, decl = _paper(spec)
    decl["published"] = doc.fields["published"] = month


@fault("PAPER_AUTHOR_MISSING", papers=True, policy="2024")
def _author(spec, ctx):
    doc, rep, decl = _paper(spec)
    others = [a for a in decl["authors"] if a != spec.app["name"]]
    authors = others or [P.make_name(ctx.rng, ctx.rng.choice(("男", "女")), set())]
    if len(authors) < 2:
        authors.append(P.make_name(ctx.rng, ctx.rng.choice(("男", "女")), set()))
    decl["authors"] = doc.fields["authors"] = authors
    rep.fields["author"] = authors[0]  # the report matches the paper; only the applicant is absent


_LIGHT_EDITS = (("本文", "本研究"), ("结果表明", "研究表明"), ("明显", "显著"), ("建议", "宜"), ("主要", "重要"),
                ("进一步", "更进一步"), ("约", "大约"))


def _lightly_edited(text: str) -> str:
    for old, new in _LIGHT_EDITS:
        text = text.replace(old, new)
    return text


@fault("DUPLICATE_PAPER", pair=True, papers=True, policy="2024")
def _dup_paper(spec, ctx):
    src = _docs(ctx.partner, "paper")[0].fields
    doc, rep, decl = _paper(spec)
    title = _lightly_edited(src["title"])
    if title == src["title"]:
        title = src["title"].replace("研究", "探究", 1) if "研究" in src["title"] else "浅析" + src["title"]
    doc.fields.update(title=title, abstract=_lightly_edited(src["abstract"]), keywords=list(src["keywords"]),
                      body=[_lightly_edited(p) for p in src["body"]])
    decl["title"] = rep.fields["title"] = title


@fault("SUMMARY_DUPLICATE", pair=True)
def _dup_summary(spec, ctx):
    text = ctx.partner.app["work_summary"].replace(ctx.partner.app["name"], spec.app["name"])
    spec.app["work_summary"] = _lightly_edited(text).replace("本人", "我").replace("负责", "承担")
