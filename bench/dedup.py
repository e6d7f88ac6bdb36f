"""Benchmark of the near-duplicate path (checks/dedup.py) on synthetic summaries.

    python bench/dedup.py --n 1000 --n 10000

Builds N work summaries (600–1200 characters, the prescribed outline and the
genre's stock sentences included, words drawn Zipf-like from a large random
vocabulary), plants near-copies of 2 % of them (sentences reordered within a
section, 5–10 % of the characters changed), runs the LSH path and prints the
recall of the planted pairs, the false pairs and the seconds. For the first N
it also times an all-pairs rapidfuzz comparison of the same texts, the cost
the LSH path avoids.
"""
from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checks.dedup import find_pairs, make_items  # noqa: E402
from checks.shingles import normalize_summary  # noqa: E402

HEADINGS = ["一、基本情况", "二、开展工作情况", "三、取得业绩", "四、专业特长（经验）", "五、今后努力方向"]
STOCK = [
    "本人始终坚持以习近平新时代中国特色社会主义思想为指导，认真学习党的路线方针政策。",
    "在今后的工作中，我将继续加强专业理论学习，不断提高业务水平。",
    "严格遵守单位各项规章制度，爱岗敬业，团结同事。",
    "积极参加继续教育，按时完成规定学时。",
    "虚心向老同志请教，认真总结工作经验，努力提升解决实际问题的能力。",
    "以上是本人任现职以来的工作总结，不足之处敬请各位领导和专家批评指正。",
    "工作中注重安全生产和质量管理，未发生任何责任事故。",
    "积极参加单位组织的技术交流和业务培训活动。",
    "坚持理论联系实际，把所学知识运用到具体工作中。",
    "今后将进一步加强学习，努力成为一名合格的专业技术人员。",
]


class Corpus:
    """A random vocabulary with Zipf-like word frequencies (fixed seed)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.chars = [chr(c) for c in self.rng.sample(range(0x4E00, 0x9FA6), 3000)]
        self.words = ["".join(self.rng.choices(self.chars, k=self.rng.choice((2, 2, 2, 3, 4))))
                      for _ in range(6000)]
        self.cum = list(itertools.accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(len(self.words))))

    def sentence(self) -> str:
        return "".join(self.rng.choices(self.words, cum_weights=self.cum, k=self.rng.randint(6, 14))) + "。"

    def summary(self) -> list[list[str]]:
        """Sections (lists of sentences) of one summary, 600–1200 characters."""
        target = self.rng.randint(600, 1200)
        sections: list[list[str]] = [[] for _ in HEADINGS]
        for s in self.rng.sample(STOCK, self.rng.randint(3, 5)):
            sections[self.rng.randrange(len(HEADINGS))].append(s)
        while sum(len(h) + 1 for h in HEADINGS) + sum(len(x) for sec in sections for x in sec) < target:
            sections[self.rng.randrange(len(HEADINGS))].append(self.sentence())
        for sec in sections:
            self.rng.shuffle(sec)
        return sections

    def near_copy(self, sections: list[list[str]]) -> list[list[str]]:
        """Reorder the sentences of two sections, change 5–10 % of the characters."""
        out = [list(sec) for sec in sections]
        for k in self.rng.sample(range(len(out)), 2):
            self.rng.shuffle(out[k])
        rate = self.rng.uniform(0.05, 0.10)
        return [["".join(self.rng.choice(self.chars) if self.rng.random() < rate and c != "。" else c
                         for c in s) for s in sec] for sec in out]


def render(sections: list[list[str]]) -> str:
    return "\n".join(h + "\n" + "".join(sec) for h, sec in zip(HEADINGS, sections))


def build(n: int, seed: int, share: float = 0.02) -> tuple[list[tuple[str, str]], set[frozenset[str]]]:
    """N (applicant_id, summary) of which ``share``·N are planted copies."""
    corpus = Corpus(seed)
    n_copies = max(1, round(n * share))
    originals = [corpus.summary() for _ in range(n - n_copies)]
    texts = [(f"A{i:06d}", render(s)) for i, s in enumerate(originals)]
    planted: set[frozenset[str]] = set()
    for k, src in enumerate(corpus.rng.sample(range(len(originals)), n_copies)):
        aid = f"C{k:06d}"
        texts.append((aid, render(corpus.near_copy(originals[src]))))
        planted.add(frozenset((f"A{src:06d}", aid)))
    corpus.rng.shuffle(texts)
    return texts, planted


def run_lsh(texts: list[tuple[str, str]], threshold: float) -> tuple[set[frozenset[str]], float, float]:
    """Found pairs, wall seconds, CPU seconds (the machine may be shared)."""
    t0, c0 = time.perf_counter(), time.process_time()
    items = make_items([(aid, "", "work_summary", t) for aid, t in texts], normalize_summary)
    pairs = find_pairs(items, threshold)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {frozenset((items[p.i].applicant_id, items[p.j].applicant_id)) for p in pairs}, secs, cpu


def run_allpairs(texts: list[tuple[str, str]]) -> tuple[float, float]:
    """All n² rapidfuzz ratios (the full matrix, as a naive audit would)."""
    from rapidfuzz import fuzz, process
    t0, c0 = time.perf_counter(), time.process_time()
    process.cdist([t for _, t in texts], [t for _, t in texts], scorer=fuzz.ratio, workers=1)
    return time.perf_counter() - t0, time.process_time() - c0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, action="append", help="batch size (repeatable)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--threshold", type=float, default=0.5, help="containment threshold (policy.dedup)")
    ap.add_argument("--no-allpairs", action="store_true")
    args = ap.parse_args(argv)
    sizes = args.n or [1000, 10000]
    lsh_first = None
    for idx, n in enumerate(sizes):
        texts, planted = build(n, args.seed)
        mean_len = sum(len(t) for _, t in texts) / len(texts)
        found, secs, cpu = run_lsh(texts, args.threshold)
        hit = len(found & planted)
        print(f"N={n:>6}  mean {mean_len:.0f} chars  planted {len(planted)}  found {hit} "
              f"(recall {hit / len(planted):.3f})  false pairs {len(found - planted)}  "
              f"LSH {secs:.2f} s wall, {cpu:.2f} s CPU")
        if idx == 0:
            lsh_first = (n, cpu, texts)
    if lsh_first and not args.no_allpairs:
        n, cpu, texts = lsh_first
        ap_secs, ap_cpu = run_allpairs(texts)
        print(f"N={n:>6}  all-pairs rapidfuzz.ratio (cdist, 1 worker) {ap_secs:.2f} s wall, {ap_cpu:.2f} s CPU"
              f"  vs LSH {cpu:.2f} s CPU  ratio {ap_cpu / cpu:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
