"""Classify a document (or one page) by the weighted keywords of the registered DocTypeSpecs.

Why keywords: each attachment type has a few words that its issuer always
prints (毕业证书, 学位证书, 文本复制检测报告单, 参保缴费); a weighted sum with a
bonus for the title lines is robust to layout changes and OCR noise, and the
keywords live with each parser (invoice2data's templates), not here.
Bundled PDFs are split where a page's title names another type.
"""
from __future__ import annotations

import re

from statistics import median
from typing import Iterable, Optional, Sequence

from core.models import Document, Line, Page
from core.normalize import keyword_text as norm  # what keywords are matched against
from core.other_kinds import detect_kind
from extractors.base import DOC_TYPES, DocTypeSpec
from extractors.lines import OCR_CONFUSIONS, label_re

TITLE_LINES = 5
TITLE_BONUS = 0.5        # extra share of a keyword's weight when it is in a title line
TITLE_KEYWORD = 1.0      # weight of a spec's title keyword found in a title line
STICKY = ("paper", "social_insurance")   # multi-page documents that never split on weak pages

def _specs(specs: Optional[Iterable[DocTypeSpec]]) -> list[DocTypeSpec]:
    if specs is not None:
        return list(specs)
    return list(DOC_TYPES.values())


def title_lines(lines: Sequence[Line], n: int = TITLE_LINES) -> list[Line]:
    """The first ``n`` lines plus any line set in a clearly larger font (taller box)."""
    if not lines:
        return []
    heights = [max(ln.bbox[3] - ln.bbox[1], 0.0) for ln in lines]
    med = median(heights) or 1.0
    big = [ln for ln, h in zip(lines, heights) if h >= 1.6 * med]
    head = list(lines[:n])
    return head + [ln for ln in big if ln not in head]


def _ocr_variant(keyword: str, text: str) -> bool:
    """A keyword of three or more characters read with an OCR glyph confusion ("关健词" for 关键词;
    the confusions are data: parsers/labels/common.toml [ocr])."""
    if len(keyword) < 3 or not any(c in OCR_CONFUSIONS for c in keyword):
        return False
    return re.search(label_re(keyword), text) is not None


def score_spec(spec: DocTypeSpec, text: str, title: str) -> float:
    """Σ keyword weights (+ title bonus) − Σ negative weights; inputs already normalised."""
    s = 0.0
    for kw, w in spec.keywords:
        k = norm(kw)
        if k and (k in text or _ocr_variant(k, text)):
            s += w
            if k in title:
                s += TITLE_BONUS * w
    for kw in spec.title_keywords:
        k = norm(kw)
        if k and k in title:
            s += TITLE_KEYWORD
    for kw, w in spec.negative:
        k = norm(kw)
        if k and k in text:
            s -= w
    return s


def best_type(lines: Sequence[Line], head: Sequence[Line], specs: Optional[Iterable[DocTypeSpec]] = None
              ) -> tuple[str, float]:
    """The highest-scoring doc_type over ``lines`` whose title lines are taken from ``head``;
    ("other", 0.0) when no spec reaches its ``min_score``."""
    text = norm("\n".join(ln.text for ln in lines))
    title = norm("\n".join(ln.text for ln in title_lines(head)))
    best, best_score = "other", 0.0
    for spec in _specs(specs):
        sc = score_spec(spec, text, title)
        if sc >= spec.min_score and sc > best_score:
            best, best_score = spec.doc_type, sc
    return best, round(best_score, 3)


def classify_lines(lines: Sequence[Line], specs: Optional[Iterable[DocTypeSpec]] = None
                   ) -> tuple[str, float]:
    return best_type(lines, lines, specs)


def classify(doc: Document, specs: Optional[Iterable[DocTypeSpec]] = None) -> tuple[str, float]:
    """Best doc_type of a document (its first page's head gives the title); sets it on doc."""
    lines = [ln for p in doc.pages for ln in p.lines]
    head = doc.pages[0].lines if doc.pages else []
    doc.doc_type, doc.classify_score = best_type(lines, head, specs)
    if doc.doc_type == "other":  # 劳动合同 / 银行工资流水 for 2024 六(九) (core/other_kinds.py)
        doc.meta["other_kind"] = detect_kind(doc)
    return doc.doc_type, doc.classify_score


_VALUE_OF_LABEL = re.compile(r"(?:证件|证书|材料|文件)(?:类型|种类|名称)\s*[:：]?\s*\S+")


def title_type(page: Page, specs: Sequence[DocTypeSpec]) -> Optional[str]:
    """The spec whose title keyword stands in the page's first lines (first match wins)."""
    # a type's name printed as a value ("证件类型 居民身份证", "证件名称：学位证书") is no title
    title = norm("\n".join(_VALUE_OF_LABEL.sub("", ln.text) for ln in title_lines(page.lines)))
    if not title:
        return None
    hits = [(max(len(norm(k)) for k in s.title_keywords if norm(k) in title), s.doc_type)
            for s in specs if any(norm(k) and norm(k) in title for k in s.title_keywords)]
    return max(hits)[1] if hits else None


# one-sheet certificates that a photocopy puts side by side or one above the other
SHEET_TYPES = ("diploma", "degree")


def split_sheet(page: Page, specs: Optional[Iterable[DocTypeSpec]] = None) -> list[list[Line]]:
    """The lines of each certificate on one photocopied sheet (毕业证书 above 学士学位证书): each
    stands under a title line of its own type, a line that is that title and little more. One
    group when the sheet holds one certificate."""
    specs = [s for s in _specs(specs) if s.doc_type in SHEET_TYPES]
    starts: list[tuple[int, str]] = []
    for i, ln in enumerate(page.lines):
        t = norm(ln.text)
        hits = [(len(norm(k)), s.doc_type) for s in specs for k in s.title_keywords
                if norm(k) and norm(k) in t and len(t) <= len(norm(k)) + 4]
        if hits:
            kind = max(hits)[1]
            if not starts or starts[-1][1] != kind:
                starts.append((i, kind))
    if len(starts) < 2 or len({k for _, k in starts}) < 2:
        return [list(page.lines)]
    cuts = [0] + [i for i, _ in starts[1:]] + [len(page.lines)]
    groups = [list(page.lines[a:b]) for a, b in zip(cuts, cuts[1:])]
    return groups if all(len(g) >= 3 for g in groups) else [list(page.lines)]


def split_pages(pages: Sequence[Page], specs: Optional[Iterable[DocTypeSpec]] = None
                ) -> list[list[Page]]:
    """Cut a bundled multi-page file into parts of one document each.

    A page starts a new part when its title names another type, or when it is
    strongly of another type; a page with no strong signal joins the previous
    part, and a paper or a contribution statement only ends at another title.
    """
    specs = _specs(specs)
    parts: list[list[Page]] = []
    cur_type: Optional[str] = None
    for page in pages:
        ttype = title_type(page, specs)
        ptype, _ = classify_lines(page.lines, specs)
        if not parts:
            parts.append([page])
            cur_type = ttype or ptype
            continue
        new_type = None
        if ttype and ttype != cur_type:
            new_type = ttype
        elif cur_type not in STICKY and ptype not in ("other", cur_type) and cur_type != "other":
            new_type = ptype
        elif cur_type == "other" and ttype:
            new_type = ttype
        if new_type:
            parts.append([page])
            cur_type = new_type
        else:
            parts[-1].append(page)
    return parts
