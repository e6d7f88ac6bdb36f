"""Papers: plagiarism reports, journal identifiers, publication date, authorship.

Rules (by policy and mode; the 认定 notice has neither a plagiarism rule nor an
achievement cut-off, so its pairs get neither): 2024 六(七) — papers indexed by 中国知网
(``indexed``) are checked by the 省职改办 itself and need no report; any other paper
needs a 知网 report carrying the unit's signature and seal (neither found → warn), and
its 去除引用文献复制比 must not exceed 15 % (core) / 25 % (provincial). 2024 六(二): the
achievement cut-off. The journal's level is its real level: the core catalogue passed
with ``--journals`` decides it, not the declaration.

Decisions a reviewer should know:

* No catalogue configured: no JOURNAL_LEVEL_MISMATCH; each declared paper gets one
  FIELD_UNCONFIRMED info "未配置核心期刊目录，期刊级别未核验", and a ratio between the two
  thresholds on a paper declared core is suspect (its real level is unknown).
* A ratio read only by OCR, or a report on an indexed paper (not the official check),
  never rejects: suspect.
* A paper is the declared entry joined to its uploaded document by title
  (rapidfuzz on normalised titles); a paper document that matches no declared
  entry is a paper of its own (it still needs a report and a valid ISSN).
* One wrong report is one finding. A report whose title matches none of the
  applicant's papers is first paired with a paper that has no report (best
  title score first): that gives one PLAGIARISM_REPORT_MISMATCH naming both
  titles and no PLAGIARISM_REPORT_MISSING for that paper. Only papers left
  without any report raise MISSING; only reports left without any paper
  raise MISMATCH alone. A paired wrong report is not judged for its ratio.
* Several reports for one paper (a re-check): the latest ``checked_at`` is
  the one judged against the threshold.
* A printed ISSN/CN (the paper's own header) that differs from the declared
  one raises JOURNAL_ISSN_INVALID / JOURNAL_CN_INVALID with "declared vs
  printed" evidence (suspect).
* Names: a different character is a different person (张伟 ≠ 张玮); spaces,
  punctuation, affiliation digits and asterisks are forgiven.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from core.dates import fmt, month_of, parse_month
from core.models import Document, Finding, Paper, Severity, Submission
from core.other_kinds import is_signed_or_sealed, marks
from core.normalize import name_key, nfkc

from .base import LOW_CONFIDENCE, CheckContext, app_of, check, needs_application
from .matching import OCR_SLIP_NOTE, one_glyph_apart
from .journals import (Catalogue, cached_catalogue, cn_problem, issn_check_digit, normalize_cn,
                       normalize_issn, normalize_title)

TITLE_CUTOFF = 85.0  # rapidfuzz ratio on normalised titles (OCR slips, full-width marks)

_NAME_SEP = re.compile(r"[;；,，、/]+")


# ---------------------------------------------------------------- helpers

def split_names(raw: Optional[str | list[str]]) -> list[str]:
    """Normalised author names from a list or a ';'-joined string. Names
    separated only by spaces are split when every piece is a name of its own
    (≥ 2 characters); '张 伟' stays one name."""
    parts = raw if isinstance(raw, list) else _NAME_SEP.split(nfkc(raw))
    names: list[str] = []
    for part in parts:
        tokens = [name_key(t) for t in str(part).split()]
        tokens = [t for t in tokens if t]
        if len(tokens) > 1 and all(len(t) >= 2 for t in tokens):
            names.extend(tokens)
        elif tokens:
            names.append("".join(tokens))
    return names


def name_among(name: str, names: list[str]) -> bool:
    """Exact (normalised) membership; two adjacent pieces also form a name
    (a compound surname split by a space: '欧阳 明辉')."""
    target = name_key(name)
    if not target:
        return False
    joined = set(names) | {a + b for a, b in zip(names, names[1:])}
    return target in joined


def title_score(a: Optional[str], b: Optional[str]) -> float:
    """Similarity of two titles (0–100). A title cut short (a report form
    field, a line lost to OCR) still matches when it keeps most of the title."""
    na, nb = normalize_title(a), normalize_title(b)
    if not (na and nb):
        return 0.0
    score = fuzz.ratio(na, nb)
    short, long_ = sorted((na, nb), key=len)
    if len(short) >= 12 and len(short) >= 0.7 * len(long_):
        score = max(score, fuzz.partial_ratio(short, long_))
    return float(score)


def parse_ratio(s: Optional[str]) -> Optional[float]:
    m = re.search(r"\d+(?:\.\d+)?", nfkc(s))
    return float(m.group()) if m else None


def catalogue_of(ctx: CheckContext) -> Optional[Catalogue]:
    """ctx.options['journals'] (a Catalogue or a path); None when none was configured:
    no sample catalogue stands in for a real one."""
    opt = ctx.options.get("journals")
    if isinstance(opt, Catalogue):
        return opt
    if isinstance(opt, (str, Path)):
        return cached_catalogue(opt)  # cached by path and mtime
    return None


@dataclass
class PaperRef:
    """One paper of the applicant: a declared entry, its document, or both."""
    declared: Optional[Paper] = None
    doc: Optional[Document] = None
    reports: list[Document] = field(default_factory=list)

    @property
    def title(self) -> str:
        if self.declared is not None:
            return self.declared.title
        return (self.doc.value("title") if self.doc else None) or (self.doc.filename if self.doc else "")

    @property
    def document(self) -> str:
        return self.doc.filename if self.doc else ""

    def score(self, title: Optional[str]) -> float:
        cands = [self.declared.title if self.declared else None, self.doc.value("title") if self.doc else None]
        return max((title_score(c, title) for c in cands if c), default=0.0)


def paper_refs(sub: Submission) -> list[PaperRef]:
    """Declared papers joined one-to-one to paper documents by title (best
    scores first); unmatched documents become papers of their own."""
    declared = list(app_of(sub).papers) if sub.application else []
    docs = sub.docs("paper")
    scored = sorted(((title_score(p.title, d.value("title")), i, j)
                     for i, p in enumerate(declared) for j, d in enumerate(docs)), reverse=True)
    refs = [PaperRef(declared=p) for p in declared]
    used: set[int] = set()
    for score, i, j in scored:
        if score < TITLE_CUTOFF or refs[i].doc is not None or j in used:
            continue
        refs[i].doc = docs[j]
        used.add(j)
    refs.extend(PaperRef(doc=d) for j, d in enumerate(docs) if j not in used)
    return refs


def real_level(ref: PaperRef, cat: Optional[Catalogue]) -> tuple[str, str]:
    """(level, how it was decided): the catalogue's verdict when one is configured,
    else the declared level ("provincial" for an undeclared paper)."""
    dec, d = ref.declared, ref.doc
    if cat is not None:
        ids = [(dec.issn, dec.cn, dec.journal)] if dec else []
        if d is not None:
            ids.append((d.value("issn"), d.value("cn"), d.value("journal")))
        return ("core" if any(cat.is_core(*i) for i in ids) else "provincial"), "catalogue"
    return (dec.journal_level if dec else "provincial"), "declared"


def _page(doc: Document, name: str) -> Optional[int]:
    f = doc.field(name)
    return f.page if f else None


def _named_on_page(doc: Optional[Document], name: str) -> bool:
    """The applicant's name printed in the first page's head (the byline read into the title, or
    names run together by OCR): the declared author is found on the paper, whatever the parse."""
    if doc is None or not doc.pages or not name_key(name):
        return False
    head = "".join(ln.text for ln in doc.pages[0].lines[:15])
    return name_key(name) in name_key(head)



def _ocr_slip(doc: Optional[Document], name: str) -> bool:
    """Was the field read by OCR (so a one-character difference may be the reader's)?"""
    f = doc.field(name) if doc is not None else None
    return f is not None and f.source == "ocr"


# ---------------------------------------------------------------- reports

@check("papers.reports")
@needs_application
def plagiarism_reports(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    """PLAGIARISM_REPORT_MISSING / _MISMATCH / PLAGIARISM_OVER_THRESHOLD (2024 六(七))."""
    app = app_of(sub)
    over_rule, report_rule = ctx.rule(sub, "plagiarism"), ctx.rule(sub, "plagiarism_report")
    if over_rule is None and report_rule is None:
        return []                   # the 认定 notice has no plagiarism rule
    refs = paper_refs(sub)
    out: list[Finding] = []
    stray: list[Document] = []
    for rep in sub.docs("plagiarism_report"):
        scores = [r.score(rep.value("title")) for r in refs]
        best = max(range(len(refs)), key=scores.__getitem__, default=None)
        if best is not None and scores[best] >= TITLE_CUTOFF:
            refs[best].reports.append(rep)
        else:
            stray.append(rep)

    # one wrong report ↔ one paper without a report: one finding, not two
    orphans = [i for i, r in enumerate(refs) if not r.reports and not indexed(r)]
    pairs = sorted(((refs[i].score(rep.value("title")), k, i) for k, rep in enumerate(stray) for i in orphans),
                   reverse=True)
    paired_rep: dict[int, int] = {}
    for _score, k, i in pairs:
        if k in paired_rep or i in paired_rep.values():
            continue
        paired_rep[k] = i
    for k, rep in enumerate(stray):
        rt = rep.value("title") or "（未读出题目）"
        if not rep.value("title"):
            # a report whose title went unread says nothing about which paper it checked
            out.append(ctx.finding(
                sub, "FIELD_UNCONFIRMED", f"查重报告（{rep.filename}）的题目未能读出，请人工核对其对应的论文。",
                clause_key="plagiarism_report_mismatch", severity=Severity.warn, document=rep.filename,
                field="plagiarism_report.title"))
            continue
        if k in paired_rep:
            ref = refs[paired_rep[k]]
            out.append(ctx.finding(
                sub, "PLAGIARISM_REPORT_MISMATCH",
                f"查重报告题目《{rt}》与论文《{ref.title}》不符，未见该论文本人的查重报告。",
                clause_key="plagiarism_report_mismatch", document=rep.filename, page=_page(rep, "title"),
                report_title=rt, paper_title=ref.title, paper_document=ref.document,
                title_score=round(ref.score(rt), 1)))
        else:
            out.append(ctx.finding(
                sub, "PLAGIARISM_REPORT_MISMATCH",
                f"查重报告题目《{rt}》与申报人的任何论文题目都不符。",
                clause_key="plagiarism_report_mismatch", document=rep.filename, page=_page(rep, "title"),
                report_title=rt, paper_titles=[r.title for r in refs]))
    for i in orphans:
        if i in paired_rep.values() or report_rule is None:
            continue
        ref = refs[i]
        out.append(ctx.finding(
            sub, "PLAGIARISM_REPORT_MISSING", f"论文《{ref.title}》未被知网收录（或未申报收录），没有对应的知网查重报告单。",
            rule=report_rule, document=ref.document, paper_title=ref.title, indexed=indexed(ref),
            journal=ref.declared.journal if ref.declared else (ref.doc.value("journal") if ref.doc else None)))

    cat = catalogue_of(ctx)
    for ref in refs:
        if not ref.reports:
            continue
        allowed = [name_key(app.name)] + split_names(ref.declared.authors if ref.declared else None) \
            + split_names(ref.doc.value("authors") if ref.doc else None)
        for rep in ref.reports:
            author = rep.value("author")
            if not author:
                continue
            strangers = [n for n in split_names(author) if not name_among(n, allowed)]
            if strangers:
                slip = _ocr_slip(rep, "author") and all(any(one_glyph_apart(n, a) for a in allowed) for n in strangers)
                msg = f"查重报告作者“{author}”既不是申报人 {app.name}，也不在论文《{ref.title}》的作者之列。"
                out.append(ctx.finding(
                    sub, "PLAGIARISM_REPORT_MISMATCH", msg + (OCR_SLIP_NOTE if slip else ""),
                    clause_key="plagiarism_report_mismatch", document=rep.filename, page=_page(rep, "author"),
                    severity=Severity.warn if slip else None, likely_ocr_error=slip,
                    report_author=author, applicant=app.name, paper_title=ref.title,
                    paper_authors=sorted(set(allowed))))
        latest = max(ref.reports, key=lambda r: r.value("checked_at") or "")
        if report_rule is not None and not indexed(ref) and not is_signed_or_sealed(latest):
            out.append(ctx.finding(
                sub, "PLAGIARISM_REPORT_MISSING",
                f"论文《{ref.title}》的查重报告单上未见单位签字或盖章，须上传有单位签字盖章的知网查重报告单。",
                rule=report_rule, document=latest.filename, paper_title=ref.title, marks=marks(latest)))
        if over_rule is not None:
            out += _over_threshold(sub, ctx, over_rule, ref, latest, cat)
    return out


def indexed(ref: PaperRef) -> bool:
    return bool(ref.declared is not None and ref.declared.indexed)


def _over_threshold(sub: Submission, ctx: CheckContext, rule, ref: PaperRef, rep: Document,
                    cat: Optional[Catalogue]) -> list[Finding]:
    """PLAGIARISM_OVER_THRESHOLD at the journal's real level (catalogue, else declared)."""
    field_ = rep.field("ratio_excl_refs")
    ratio = parse_ratio(field_.value if field_ else None)
    thresholds = {k: float(v) for k, v in rule.params.get("thresholds", {}).items()}
    if ratio is None or not thresholds:
        return []
    level, how = real_level(ref, cat)
    threshold = thresholds.get(level)
    if threshold is not None and ratio <= threshold:
        ctx.passed(sub, rule, "PLAGIARISM_OVER_THRESHOLD", f"《{ref.title}》去除引用文献复制比{ratio:g}% ≤ {threshold:g}%",
                   ratio=ratio, threshold=threshold, level=level)
    if threshold is None or ratio <= threshold:
        return []
    doubts = []
    if how == "declared" and ratio <= max(thresholds.values()):
        doubts.append("未配置核心期刊目录，期刊实际级别未核验")
    if field_ is not None and field_.source == "ocr":
        doubts.append("复制比由OCR读出")
    if indexed(ref):
        doubts.append("该论文已被知网收录，以省职改办查重为准")
    lv = "核心期刊" if level == "core" else "省级期刊"
    declared = ref.declared.journal_level if ref.declared else None
    basis = "（按核心期刊目录）" if how == "catalogue" else ""
    tail = f"；{'，'.join(doubts)}，需人工核实" if doubts else ""
    return [ctx.finding(
        sub, "PLAGIARISM_OVER_THRESHOLD",
        f"论文《{ref.title}》去除引用文献复制比 {ratio:g}% 超过{lv}{basis}上限 {threshold:g}%{tail}。",
        rule=rule, severity=Severity.suspect if doubts else None, document=rep.filename,
        page=_page(rep, "ratio_excl_refs"), ratio=ratio, threshold=threshold, level=level, level_basis=how,
        declared_level=declared, paper_title=ref.title, checked_at=rep.value("checked_at"),
        ratio_source=field_.source if field_ else None)]


# ---------------------------------------------------------------- journals

def _id_findings(sub: Submission, ctx: CheckContext, ref: PaperRef, *, code: str, label: str,
                 declared: Optional[str], printed: Optional[str]) -> list[Finding]:
    """ISSN or CN: the declared value, the printed value, and their agreement."""
    is_issn = code == "JOURNAL_ISSN_INVALID"
    norm = normalize_issn if is_issn else normalize_cn

    def problem(v: str) -> Optional[str]:
        if is_issn:
            n = normalize_issn(v)
            if n is None:
                return "格式不是 xxxx-xxxx"
            want = issn_check_digit(n.replace("-", "")[:7])
            return None if want == n[-1] else f"校验位应为 {want}"
        return cn_problem(v)

    out: list[Finding] = []
    doc = ref.document
    page = _page(ref.doc, "issn" if is_issn else "cn") if ref.doc else None
    bad_declared = bool(declared) and problem(declared) is not None
    # an OCR read one character off a valid declared value is the reader's slip until a person looks
    ocr = _ocr_slip(ref.doc, "issn" if is_issn else "cn")
    slip = bool(ocr and declared and printed and not bad_declared
                and Levenshtein.distance(re.sub(r"\W", "", declared.upper()), re.sub(r"\W", "", printed.upper())) == 1)
    for source, value in (("declared", declared), ("printed", printed)):
        why = problem(value) if value else None
        if why:
            where = "申报的" if source == "declared" else "论文版权页印的"
            soft = source == "printed" and slip
            out.append(ctx.finding(
                sub, code, f"论文《{ref.title}》{where}{label} {value} 无效：{why}。" + (OCR_SLIP_NOTE if soft else ""),
                clause_key="journal_ids", severity=Severity.warn if soft else None, likely_ocr_error=soft,
                document=doc if source == "printed" else "", page=page if source == "printed" else None,
                value=value, source=source, problem=why, paper_title=ref.title))
    if declared and printed and not bad_declared and problem(printed) is None and norm(declared) != norm(printed):
        out.append(ctx.finding(
            sub, code, f"论文《{ref.title}》申报的{label} {declared} 与论文上印的 {printed} 不一致。"
            + (OCR_SLIP_NOTE if slip else ""), clause_key="journal_ids",
            severity=Severity.warn if slip else None, likely_ocr_error=slip, document=doc, page=page,
            declared=declared, printed=printed, source="declared vs printed", paper_title=ref.title))
    return out


@check("papers.journals")
@needs_application
def journal_identifiers(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    """JOURNAL_ISSN_INVALID, JOURNAL_CN_INVALID, JOURNAL_LEVEL_MISMATCH (only with a catalogue)."""
    out: list[Finding] = []
    cat = catalogue_of(ctx)
    for i, ref in enumerate(paper_refs(sub)):
        dec, doc = ref.declared, ref.doc
        out += _id_findings(sub, ctx, ref, code="JOURNAL_ISSN_INVALID", label="ISSN",
                            declared=dec.issn if dec else None, printed=doc.value("issn") if doc else None)
        out += _id_findings(sub, ctx, ref, code="JOURNAL_CN_INVALID", label="CN 刊号",
                            declared=dec.cn if dec else None, printed=doc.value("cn") if doc else None)
        if dec is None:
            continue
        if cat is None:  # no catalogue on this installation: the level is not verified
            out.append(ctx.finding(
                sub, "FIELD_UNCONFIRMED", f"论文《{ref.title}》：未配置核心期刊目录，期刊级别未核验。",
                clause_key="journal_level", severity=Severity.info, field=f"papers[{i}].journal_level",
                declared=dec.journal_level, journal=dec.journal, issn=dec.issn, cn=dec.cn, catalogue=None))
            continue
        if dec.journal_level == "core" and not cat.is_core(dec.issn, dec.cn, dec.journal):
            out.append(ctx.finding(
                sub, "JOURNAL_LEVEL_MISMATCH",
                f"论文《{ref.title}》申报为核心期刊，但《{dec.journal}》（ISSN {dec.issn or '无'}，"
                f"CN {dec.cn or '无'}）不在核心期刊目录中。",
                clause_key="journal_level", document=ref.document, journal=dec.journal, issn=dec.issn,
                cn=dec.cn, declared_level="core", catalogue=cat.source, catalogue_size=len(cat)))
    return out


# ---------------------------------------------------------------- paper facts

@check("papers.facts")
@needs_application
def paper_facts(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    """PAPER_AFTER_CUTOFF (六(二)) and PAPER_AUTHOR_MISSING."""
    app = app_of(sub)
    out: list[Finding] = []
    cut_rule = ctx.rule(sub, "achievement_cutoff")
    cutoff = cut_rule.params.get("cutoff") if cut_rule else None   # the 认定 notice has none
    for ref in paper_refs(sub):
        dec, doc = ref.declared, ref.doc
        if cutoff is not None:
            declared_m = parse_month(dec.published) if dec else None
            printed_m = parse_month(doc.value("published")) if doc else None
            late = [m for m in (declared_m, printed_m) if m is not None and m > month_of(cutoff)]
            if late:
                out.append(ctx.finding(
                    sub, "PAPER_AFTER_CUTOFF",
                    f"论文《{ref.title}》发表于 {fmt(max(late))}，晚于业绩截止日期 {cutoff.isoformat()}。",
                    rule=cut_rule, document=ref.document,
                    page=_page(doc, "published") if doc and printed_m in late else None,
                    declared=fmt(declared_m) if declared_m else None,
                    printed=fmt(printed_m) if printed_m else None, cutoff=cutoff.isoformat(),
                    paper_title=ref.title))
        read = doc.field("authors") if doc else None
        # a low-confidence OCR read of the byline is not evidence: the declared authors stand
        printed = read.value if read and not (read.source == "ocr" and read.confidence < LOW_CONFIDENCE) else None
        if printed and re.search(r"[\u4e00-\u9fff]", app.name or "") and not re.search(r"[\u4e00-\u9fff]", printed):
            printed = None  # a byline in pinyin ("Xiaomei Tuo") cannot be searched for 妥晓梅: the declared authors stand
        if not printed and dec is None:
            continue  # neither a byline read nor a declared paper it answers to: nothing to compare
        authors, source = (split_names(printed), "printed") if printed else \
            (split_names(dec.authors if dec else None), "declared")
        if not name_among(app.name, authors) and not _named_on_page(doc, app.name):
            where = "论文上印的作者" if source == "printed" else "申报的作者"
            slip = source == "printed" and _ocr_slip(doc, "authors") and any(one_glyph_apart(app.name, a)
                                                                             for a in authors)
            out.append(ctx.finding(
                sub, "PAPER_AUTHOR_MISSING",
                f"申报人 {app.name} 不在论文《{ref.title}》{where}（{'、'.join(authors) or '无'}）之中。"
                + (OCR_SLIP_NOTE if slip else ""),
                clause_key="honesty", severity=Severity.warn if slip else None, likely_ocr_error=slip,
                document=ref.document if source == "printed" else "",
                page=_page(doc, "authors") if source == "printed" and doc else None,
                applicant=app.name, authors=authors, source=source, paper_title=ref.title))
    return out
