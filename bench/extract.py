"""Extraction accuracy and speed on generated applicants (issue 3).

    python bench/extract.py --n 40 --degrade 2 [--seed 3] [--bare-sample 40]

Generates N applicants with the sample generator (scans degraded to --degrade),
reads every attachment, and prints:
  * per doc_type and per field: exact-match accuracy against the generator's truth,
    split by text source (text layer vs OCR);
  * the target groups (ID numbers, certificate numbers, names, dates);
  * pages/s of the text-layer path and of the OCR path;
  * OCR overhead: time spent in our OCR path / bare model inference time of the same
    images (RapidOCR called directly once per image, as a user of the library would).
Never asserts times: it prints figures and ratios.
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GROUPS = {
    "ID numbers": {"id_number"},
    "certificate numbers": {"certificate_no", "degree_certificate_no"},
    "names": {"name", "author"},
    "dates": {"birth_date", "start_date", "graduation_date", "award_date", "updated_date", "valid_until",
              "checked_at", "published"},
}
TARGETS = {"ocr": 98.0, "text_layer": 99.5}


def load_truth(path: Path) -> dict[tuple[str, str], dict]:
    truth: dict[tuple[str, str], dict] = {}
    with path.open(encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            t = truth.setdefault((r["applicant_id"], r["document"]), {"doc_types": set(), "fields": defaultdict(list)})
            t["doc_types"].add(r["doc_type"])
            t["fields"][r["field"]].append(r["value"])
    return truth


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--degrade", type=int, default=2)
    ap.add_argument("--bare-sample", type=int, default=30, help="images timed with the bare model (0 = none)")
    ap.add_argument("--keep", default=None, help="generate into this folder instead of a temp dir")
    a = ap.parse_args()

    from extractors import read_document
    from extractors.ocr import get_engine
    from sample_docs.generator import generate

    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="zcaudit-bench-"))
    t = time.perf_counter()
    generate(work, n=a.n, seed=a.seed, degrade=a.degrade)
    print(f"generated {a.n} applicants (degrade {a.degrade}) in {time.perf_counter() - t:.1f}s → {work}")
    truth = load_truth(work / "fields_truth.csv")
    engine = get_engine()
    # warm up outside the timings: parser registry, regex caches, the model's first call
    first = sorted(p for p in (work / "inbox").rglob("*") if p.is_file() and p.name != "application.json")
    for p in first[:3]:
        read_document(p, "warmup", ocr=engine)

    stats = {"text_layer": [0, 0.0], "ocr": [0, 0.0]}  # pages, seconds
    ocr_wall = 0.0
    infer_before = engine.stats.infer_s
    correct: dict[tuple[str, str, str], Counter] = defaultdict(Counter)  # (source, doc_type, field) → ok/total
    type_ok = Counter()
    ocr_images: list[Path] = []
    for folder in sorted((work / "inbox").iterdir()):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "application.json"):
            key = (folder.name, str(path.relative_to(folder)))
            t0 = time.perf_counter()
            docs = read_document(path, folder.name, ocr=engine)
            dt = time.perf_counter() - t0
            pages = sum(d.page_count for d in docs)
            src = "ocr" if any(d.text_source in ("ocr", "mixed") for d in docs) else "text_layer"
            stats[src][0] += pages
            stats[src][1] += dt
            if src == "ocr":
                ocr_wall += dt
                if path.suffix.lower() in (".jpg", ".jpeg", ".png", ".tif", ".tiff"):
                    ocr_images.append(path)
            if key not in truth:
                continue
            tr = truth[key]
            got_types = {d.doc_type for d in docs}
            type_ok["ok" if tr["doc_types"] <= got_types else "bad"] += 1
            got: dict[str, list[str]] = defaultdict(list)
            for d in docs:
                for f in d.fields:
                    got[f.name].append(f.value)
            dtype = "+".join(sorted(tr["doc_types"]))
            for field, values in tr["fields"].items():
                pool = list(got.get(field, []))
                for v in values:
                    c = correct[(src, dtype, field)]
                    c["total"] += 1
                    if v in pool:
                        pool.remove(v)
                        c["ok"] += 1
    infer = engine.stats.infer_s - infer_before

    print(f"\nclassification: {type_ok['ok']}/{type_ok['ok'] + type_ok['bad']} attachments typed right")
    print(f"\n{'source':<11}{'doc_type':<22}{'field':<24}{'exact':>8}{'n':>7}")
    for (src, dtype, field), c in sorted(correct.items()):
        print(f"{src:<11}{dtype:<22}{field:<24}{100 * c['ok'] / c['total']:>7.1f}%{c['total']:>7}")
    print("\ntarget groups (exact match):")
    for src in ("text_layer", "ocr"):
        for g, names in GROUPS.items():
            ok = sum(c["ok"] for (s, _, f), c in correct.items() if s == src and f in names)
            tot = sum(c["total"] for (s, _, f), c in correct.items() if s == src and f in names)
            if tot:
                pct = 100 * ok / tot
                mark = "ok" if pct >= TARGETS[src] else "BELOW TARGET"
                print(f"  {src:<11}{g:<22}{pct:6.1f}%  ({ok}/{tot})  target ≥ {TARGETS[src]}%  {mark}")

    print("\nspeed:")
    for src, (pages, secs) in stats.items():
        if pages:
            print(f"  {src:<11}{pages:5d} pages in {secs:7.2f}s = {pages / secs:7.1f} pages/s")
    if infer > 0:
        print(f"  OCR path wall {ocr_wall:.2f}s vs model inference inside it {infer:.2f}s: ratio {ocr_wall / infer:.2f}")
    if a.bare_sample and ocr_images:
        from rapidocr_onnxruntime import RapidOCR
        import numpy as np
        from PIL import Image, ImageOps
        bare = RapidOCR()
        sample = ocr_images[: a.bare_sample]
        ours = 0.0
        base = 0.0
        for p in sample:
            img = np.asarray(ImageOps.exif_transpose(Image.open(p)).convert("RGB"))
            t0 = time.perf_counter()
            bare(img)
            base += time.perf_counter() - t0
            t0 = time.perf_counter()
            read_document(p, "bench", ocr=engine)
            ours += time.perf_counter() - t0
        print(f"  bare RapidOCR on {len(sample)} images: {base:.2f}s; zcaudit read of the same: {ours:.2f}s; "
              f"ratio {ours / base:.2f} (target ≤ 1.2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
