"""How far apart reused scans and honest same-template pairs are, outside the text lines.

    python bench/image_reuse.py INBOX OUT [INBOX OUT …]

For every pair of scanned diplomas / degrees / ID cards of different applicants whose page
hashes are close (same template), prints the changed cells outside the text lines
(photo, seal, border, shading), overall, the page-hash distance and the agreement of the
background texture, closest first, with the truth.csv code of each applicant when the
inbox has one. A pair alike outside the text lines (``checks.phash.OUTSIDE_MAX``) and in its
texture (``TEX_SAME``) is one scan: IMAGE_REUSED even when the certificate numbers differ.
"""
from __future__ import annotations

import csv
import itertools
import sys
from pathlib import Path

from checks.phash import OUTSIDE_MAX, PAGE_MAX, compare, scanned_pages, signature

TYPES = ("diploma", "degree", "id_card")


def pages(inbox: Path, out: Path) -> list[tuple]:
    truth = {}
    if (inbox.parent / "truth.csv").exists():
        truth = {r["applicant_id"]: r["code"] for r in csv.DictReader(open(inbox.parent / "truth.csv"))}
    rows = []
    with open(out / "documents.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            if r["doc_type"] not in TYPES:
                continue
            p = inbox / r["applicant_id"] / r["document"]
            for _, img in scanned_pages(str(p), "pdf" if p.suffix.lower() == ".pdf" else "image"):
                sig = signature(img)
                if sig:
                    rows.append((f"{inbox.parent.name}/{r['applicant_id']}", r["doc_type"], sig,
                                 truth.get(r["applicant_id"], "")))
    return rows


def main(args: list[str]) -> int:
    rows = [r for inbox, out in zip(args[::2], args[1::2]) for r in pages(Path(inbox), Path(out))]
    pairs = []
    for a, b in itertools.combinations(rows, 2):
        if a[0] == b[0] or a[1] != b[1]:
            continue
        c = compare(a[2], b[2])
        if c is not None and c.page_distance <= PAGE_MAX:
            pairs.append((c.outside_changed, c.blocks_changed, c.page_distance, a[0], b[0], a[1], a[3], b[3],
                          None if c.texture is None else round(c.texture, 3), c.one_scan))
    pairs.sort()
    # the sample generator plants the reuse on the diploma of both applicants of the pair
    reused = [p for p in pairs if p[6] == p[7] == "IMAGE_REUSED" and p[5] == "diploma"]
    honest = [p for p in pairs if p not in reused]
    print(f"{len(rows)} scanned pages; {len(pairs)} same-template pairs; threshold outside ≤ {OUTSIDE_MAX}")
    print(f"planted reuse pairs: {len(reused)}, outside changed: {[p[0] for p in reused]}, "
          f"texture agreement: {[p[8] for p in reused]}")
    if honest:
        near = [p for p in honest if p[0] is not None and p[0] <= OUTSIDE_MAX]
        tex = sorted((p[8] for p in honest if p[8] is not None), reverse=True)
        print(f"honest pairs: {len(honest)}, closest outside changed: {[p[0] for p in honest[:10]]}; "
              f"{len(near)} alike outside the text lines; highest texture agreement: {tex[:5]}; "
              f"taken for one scan: {sum(1 for p in honest if p[9])}")
    for p in pairs[:10]:
        print(*p)
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3 or len(sys.argv) % 2 == 0:
        print(__doc__)
        raise SystemExit(2)
    raise SystemExit(main(sys.argv[1:]))
