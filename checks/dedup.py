"""Near-duplicate papers and work summaries across applicants (batch checks).

Notice 2021 附件7 rejects a work summary that was downloaded or repeats
another's; a paper body that reappears under another applicant's name is the
same fraud for achievements. Both are found the same way:

1. normalise (set phrases and outline removed), character 5-gram shingles,
   MinHash (checks/shingles.py);
2. MinHashLSH proposes candidate pairs, so the cost grows with the batch, not
   with its square. Its bands are chosen so that a pair right at the
   threshold is proposed with probability 0.995 (two rows per band at 0.5),
   and it runs twice with independent permutations so that pairs somewhat
   below the shingle line (see 3.) are proposed too;
3. each candidate is confirmed on the texts themselves. The share of text
   two texts have in common is the larger of (a) the share of the smaller
   text's 5-gram shingles found in the other (robust to reordered sentences)
   and (b) rapidfuzz's ratio of the normalised texts, 2·LCS/(|a|+|b|) (robust
   to characters changed here and there). It must reach
   ``policy.dedup.summary_threshold`` / ``paper_threshold``.

Stock phrasing of the genre that the set-phrase list misses would make every
pair a weak candidate and the cost quadratic. So in a large batch a shingle
found in at least 5 % of the texts (and at least 50 of them) is left out of
the LSH signatures. A downloaded template that many applicants share is then
not lost: texts made largely of such common shingles are compared with each
other directly (exactly, on all their shingles).

Earlier nights: when the store offers ``load_signatures``/``save_signatures``
the texts of tonight are also compared with the MinHash signatures kept from
earlier nights (only the MinHash of all shingles survives, so that comparison
uses the MinHash Jaccard estimate against the Jaccard equivalent of the
threshold, or the digest for an exact copy). Signatures of applicants who are
in tonight's batch are skipped — their current text is compared instead, and
an applicant is never a duplicate of himself.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

import numpy as np
from datasketch import MinHashLSH
from rapidfuzz import fuzz

from core.models import Finding, Submission

from . import signatures
from .base import BatchContext, batch_check
from .shingles import (NUM_PERM, SEED, Fingerprint, fingerprint, minhash_from_values, minhash_of, normalize_paper,
                       normalize_summary, overlap, strip_references)


RECALL = 0.995             # chance that one LSH probe proposes a pair lying right at the threshold
PROBES = 2                 # independent LSH probes (permutation seeds 1, 2): a pair whose share passes
                           # only through the edit ratio (Jaccard ≈ 0.2) is still proposed (miss ≈ 0.5 %)
PREFILTER = 0.5            # texts are compared only when the MinHash estimate reaches this share of the line
MIN_SHINGLES = 30          # shorter texts (after set phrases are removed) are not compared
COMMON_SHARE = 0.05        # a shingle in this share of the batch's texts …
COMMON_MIN_TEXTS = 50      # … and in at least this many is stock phrasing
TEMPLATE_SHARE = 0.25      # texts with this share of common shingles are compared with each other directly
DEFAULT_THRESHOLD = 0.5
SUMMARY_DOC = "work_summary"  # store key of the summary (it lives in application.json)


@dataclass
class Item:
    """One text of tonight's batch."""
    applicant_id: str
    document: str          # attachment file name ("" for the work summary)
    key: str               # document key in the signature store
    text: str              # normalised text
    fp: Fingerprint


@dataclass
class Previous:
    """One signature kept from an earlier night."""
    applicant_id: str
    document: str
    values: list[int]
    digest: str


@dataclass
class Pair:
    i: int                 # index into tonight's items
    j: int                 # index into tonight's items, or into the previous rows when earlier
    share: float           # the share of common text that is compared with the threshold
    containment: float
    jaccard: float
    text_ratio: float
    earlier: bool = False  # j is an earlier night's signature (estimated from MinHash)


def jaccard_equivalent(threshold: float) -> float:
    """Two texts of equal size whose containment is t have Jaccard t/(2−t)."""
    return threshold / (2.0 - threshold)


def lsh_params(threshold: float, num_perm: int = NUM_PERM, recall: float = RECALL) -> tuple[int, int]:
    """(bands, rows) of the LSH index: the most rows per band (fewest chance
    candidates) for which a pair right at the threshold is still proposed with
    probability ``recall``. datasketch's own choice balances false positives
    and negatives equally and would lose ~20 % of pairs at the border."""
    j = jaccard_equivalent(threshold)
    best = (num_perm, 1)
    for r in range(1, num_perm + 1):
        b = num_perm // r
        if 1.0 - (1.0 - j ** r) ** b >= recall:
            best = (b, r)
    return best


def make_items(rows: Iterable[tuple[str, str, str, str]], normalizer: Callable[[str], str]) -> list[Item]:
    """(applicant_id, document, store key, raw text) → fingerprinted items;
    texts too short to judge are dropped."""
    items = []
    for aid, doc, key, text in rows:
        norm = normalizer(text)
        fp = fingerprint(norm)
        if len(fp.hashes) >= MIN_SHINGLES:
            items.append(Item(aid, doc, key, norm, fp))
    return items


def common_shingles(items: Sequence[Item]) -> np.ndarray:
    """Shingle hashes present in ≥ 5 % (and ≥ 50) of the texts; empty for small batches."""
    need = max(COMMON_MIN_TEXTS, int(np.ceil(COMMON_SHARE * len(items))))
    if len(items) < need:
        return np.empty(0, dtype=np.uint32)
    values, counts = np.unique(np.concatenate([it.fp.hashes for it in items]), return_counts=True)
    return values[counts >= need]


def compare(a: Item, b: Item, threshold: float) -> Pair | None:
    """Confirm a candidate on the texts; None below the threshold."""
    cont, jac = overlap(a.fp.hashes, b.fp.hashes)
    ratio = fuzz.ratio(a.text, b.text) / 100.0
    share = max(cont, ratio)
    return Pair(-1, -1, share, cont, jac, ratio) if share >= threshold else None


def _candidates(items: Sequence[Item], kept: list[np.ndarray], threshold: float, seed: int) -> set[tuple[int, int]]:
    """Candidate pairs (i < j) from one LSH probe with the permutations of ``seed``."""
    mhs = [it.fp.minhash if seed == SEED and len(k) == len(it.fp.hashes) else minhash_of(k, seed)
           for it, k in zip(items, kept)]
    lsh = MinHashLSH(num_perm=NUM_PERM, params=lsh_params(threshold))
    with lsh.insertion_session() as session:
        for idx, mh in enumerate(mhs):
            if not mh.is_empty():
                session.insert(idx, mh)
    sig = np.array([mh.hashvalues for mh in mhs]).reshape(len(items), NUM_PERM)
    floor = PREFILTER * jaccard_equivalent(threshold)
    cand: set[tuple[int, int]] = set()
    for i, mh in enumerate(mhs):
        if mh.is_empty():
            continue
        near = np.array(sorted(j for j in lsh.query(mh) if j > i), dtype=np.int64)
        if len(near):
            est = (sig[near] == sig[i]).mean(axis=1)
            cand.update((i, int(j)) for j in near[est >= floor])
    return cand


def find_pairs(items: Sequence[Item], threshold: float,
               previous: Sequence[Previous] = ()) -> list[Pair]:
    """Pairs of different applicants whose share of common text reaches ``threshold``."""
    common = common_shingles(items)
    kept: list[np.ndarray] = []
    template: list[int] = []
    for idx, it in enumerate(items):
        if len(common):
            keep = ~np.isin(it.fp.hashes, common, assume_unique=True)
            if 1.0 - keep.mean() >= TEMPLATE_SHARE:
                template.append(idx)
            kept.append(it.fp.hashes[keep])
        else:
            kept.append(it.fp.hashes)
    cand: set[tuple[int, int]] = set()
    for probe in range(PROBES):
        cand |= _candidates(items, kept, threshold, SEED + probe)
    cand.update((i, j) for k, i in enumerate(template) for j in template[k + 1:])
    pairs: list[Pair] = []
    for i, j in sorted(cand):
        if items[i].applicant_id == items[j].applicant_id:
            continue
        p = compare(items[i], items[j], threshold)
        if p is not None:
            p.i, p.j = i, j
            pairs.append(p)
    pairs.extend(_earlier_pairs(items, threshold, previous))
    return pairs


def _earlier_pairs(items: Sequence[Item], threshold: float, previous: Sequence[Previous]) -> list[Pair]:
    """Tonight's texts against earlier nights' MinHash signatures."""
    if not previous:
        return []
    lsh = MinHashLSH(num_perm=NUM_PERM, params=lsh_params(threshold))
    prev_mh = [minhash_from_values(row.values) for row in previous]
    with lsh.insertion_session() as session:
        for idx, mh in enumerate(prev_mh):
            session.insert(idx, mh)
    out = []
    for i, it in enumerate(items):
        for j in sorted(lsh.query(it.fp.minhash)):
            row = previous[j]
            if row.applicant_id == it.applicant_id:
                continue
            est = 1.0 if row.digest == it.fp.digest else float(it.fp.minhash.jaccard(prev_mh[j]))
            share = 2.0 * est / (1.0 + est)  # the containment of two equal-sized sets with this Jaccard
            if share >= threshold:
                out.append(Pair(i, j, share, share, est, 0.0, earlier=True))
    return out


# ---------------------------------------------------------------- store

def _load_previous(store: Any, kind: str, tonight: set[str]) -> list[Previous]:
    out = []
    for row in signatures.load(store, kind):
        aid, doc, values, dig = (list(row) + ["", "", [], ""])[:4]
        if aid in tonight or not values or len(values) != NUM_PERM:
            continue
        out.append(Previous(str(aid), str(doc or ""), [int(v) for v in values], str(dig or "")))
    return out


def _save(store: Any, kind: str, items: Sequence[Item]) -> None:
    signatures.save(store, kind, [(it.applicant_id, it.key, it.fp.hashvalues, it.fp.digest) for it in items])


# ---------------------------------------------------------------- findings

def _run(subs: list[Submission], bctx: BatchContext, *, kind: str, code: str, threshold_key: str,
         clause_key: str, rows: list[tuple[str, str, str, str]], normalizer: Callable[[str], str],
         message: Callable[[str, float, float, bool], str]) -> list[Finding]:
    by_id = {s.applicant_id: s for s in subs}
    ctxs = {aid: bctx.ctx_for(s) for aid, s in by_id.items() if aid in bctx.policies}
    thr = {aid: float(c.policy.dedup.get(threshold_key, DEFAULT_THRESHOLD)) for aid, c in ctxs.items()}
    items = [it for it in make_items(rows, normalizer) if it.applicant_id in ctxs]
    if not items:
        return []
    previous = _load_previous(bctx.store, kind, set(by_id))
    pairs = find_pairs(items, min(thr[it.applicant_id] for it in items), previous)
    findings: list[Finding] = []

    def emit(me: Item, other_aid: str, other_doc: str, p: Pair) -> None:
        t = thr[me.applicant_id]
        if p.share < t:
            return
        ctx = ctxs[me.applicant_id]
        ev = dict(other_applicant=other_aid, other_document=other_doc, overlap=round(p.share, 3),
                  threshold=t)
        if p.earlier:
            ev.update(earlier_night=True, estimated_from="minhash", jaccard_estimate=round(p.jaccard, 3))
        else:
            ev.update(shingle_overlap=round(p.containment, 3), jaccard=round(p.jaccard, 3),
                      text_ratio=round(p.text_ratio, 3), shingle=5)
        findings.append(ctx.finding(by_id[me.applicant_id], code,
                                    message(other_aid, p.share, t, p.earlier),
                                    clause_key=clause_key, document=me.document, **ev))

    for p in pairs:
        a = items[p.i]
        if p.earlier:
            row = previous[p.j]
            emit(a, row.applicant_id, "" if row.document == SUMMARY_DOC else row.document, p)
        else:
            b = items[p.j]
            emit(a, b.applicant_id, b.document, p)
            emit(b, a.applicant_id, a.document, p)
    _save(bctx.store, kind, items)
    return findings


def paper_text(doc) -> str:
    """A paper's body without its references: Document.body when the parser
    split it, else the page text cut at the last 参考文献 heading."""
    return doc.body or strip_references(doc.text)


def _doc_key(doc) -> str:
    return f"{doc.filename}#{doc.part}" if doc.part else doc.filename


@batch_check("dedup.summaries")
def summary_duplicates(subs: list[Submission], bctx: BatchContext) -> Iterable[Finding]:
    """SUMMARY_DUPLICATE: work summaries that repeat another applicant's (附件7)."""
    rows = [(s.applicant_id, "", SUMMARY_DOC, s.application.work_summary)
            for s in subs if s.application is not None and s.application.work_summary]

    def msg(other: str, share: float, t: float, earlier: bool) -> str:
        when = "往期申报人" if earlier else "申报人"
        return f"工作小结与{when} {other} 的工作小结重合 {share:.0%}（阈值 {t:.0%}），疑似网络下载或内容重复。"

    return _run(subs, bctx, kind="summary", code="SUMMARY_DUPLICATE", threshold_key="summary_threshold",
                clause_key="summary", rows=rows, normalizer=normalize_summary, message=msg)


@batch_check("dedup.papers")
def paper_duplicates(subs: list[Submission], bctx: BatchContext) -> Iterable[Finding]:
    """DUPLICATE_PAPER: a paper body (references excluded) in another applicant's submission."""
    rows = [(s.applicant_id, d.filename, _doc_key(d), paper_text(d))
            for s in subs for d in s.docs("paper")]

    def msg(other: str, share: float, t: float, earlier: bool) -> str:
        when = "往期申报人" if earlier else "申报人"
        return f"论文正文（不含参考文献）与{when} {other} 提交的论文重合 {share:.0%}（阈值 {t:.0%}）。"

    return _run(subs, bctx, kind="paper", code="DUPLICATE_PAPER", threshold_key="paper_threshold",
                clause_key="honesty", rows=rows, normalizer=normalize_paper, message=msg)
