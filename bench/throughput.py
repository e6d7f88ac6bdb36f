"""Throughput of a nightly run against a naive baseline, on the same generated batch.

    python bench/throughput.py --n 60 [--seed 1] [--workers 2] [--work DIR] [--no-baseline]

zcaudit: the plain runner over a process pool (one OCR engine per worker, one
inference thread each).  Baseline: one process, pdfplumber text for every PDF
page plus bare ``rapidocr_onnxruntime.RapidOCR`` on every page (rendered at
200 dpi) and every image, no cache.  Prints applicants/hour, pages/s, the share
of worker time spent in model inference, total/inference (target ≤ 1.3) and
baseline/zcaudit (target ≥ 2).  Never asserts: times depend on the machine.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def run_zcaudit(inbox: Path, out: Path, workers: int) -> dict:
    from pipeline.store import Store, default_url
    from pipeline.runner import run_inbox
    stats: dict = {}
    t = time.perf_counter()
    res = run_inbox(inbox, out, runner="process", workers=workers, full=True, stats=stats)
    wall = time.perf_counter() - t
    docs = Store(default_url(out)).rows("documents")
    pages = sum(int(d["pages"] or 0) for d in docs)  # parts of a split bundle partition its pages
    return {"wall": wall, "applicants": res.applicants, "pages": pages, "stats": stats}


def run_baseline(inbox: Path) -> dict:
    import numpy as np
    import pdfplumber
    import pymupdf
    from PIL import Image
    from rapidocr_onnxruntime import RapidOCR

    ocr = RapidOCR()
    pages = 0
    t = time.perf_counter()
    for path in sorted(p for p in inbox.rglob("*") if p.is_file() and p.name != "application.json"):
        head = path.read_bytes()[:8]
        try:
            if head.startswith(b"%PDF"):
                with pdfplumber.open(path) as pdf:
                    for page in pdf.pages:
                        page.extract_text()
                doc = pymupdf.open(path)
                for page in doc:
                    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csRGB, alpha=False)
                    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.w, 3)
                    ocr(img)
                    pages += 1
            else:
                img = np.asarray(Image.open(path).convert("RGB"))
                ocr(img)
                pages += 1
        except Exception as exc:  # the baseline has no error handling worth measuring
            print(f"  baseline skipped {path.name}: {type(exc).__name__}", file=sys.stderr)
    return {"wall": time.perf_counter() - t, "pages": pages}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--work", default=None, help="work folder (default: a temp dir)")
    ap.add_argument("--no-baseline", action="store_true")
    a = ap.parse_args(argv)

    from sample_docs.generator import generate
    work = Path(a.work or tempfile.mkdtemp(prefix="zcaudit-bench-"))
    t = time.perf_counter()
    generate(work / "samples", a.n, a.seed, degrade=1)
    inbox = work / "samples" / "inbox"
    print(f"generated {a.n} applicants in {time.perf_counter() - t:.1f} s → {inbox}")

    z = run_zcaudit(inbox, work / "out", a.workers)
    st = z["stats"]
    infer = float(st.get("infer_s", 0.0))
    busy = z["wall"] * a.workers  # worker-seconds available
    print(f"zcaudit ({a.workers} workers): {z['wall']:.1f} s, {z['applicants']} applicants, {z['pages']} pages")
    print(f"  applicants/hour: {3600 * z['applicants'] / z['wall']:.0f}")
    print(f"  pages/s:         {z['pages'] / z['wall']:.2f}")
    print(f"  OCR: {int(st.get('pages', 0))} images, model inference {infer:.1f} s "
          f"(det {st.get('det_s', 0):.1f} / cls {st.get('cls_s', 0):.1f} / rec {st.get('rec_s', 0):.1f}), "
          f"inside ocr_image {st.get('wall_s', 0):.1f} s")
    if infer > 0:
        print(f"  share of worker time in model inference: {100 * infer / busy:.0f} %")
        print(f"  total/inference (worker-seconds / inference seconds, target ≤ 1.3): {busy / infer:.2f}")
    if not a.no_baseline:
        b = run_baseline(inbox)
        print(f"baseline (1 process, pdfplumber + bare RapidOCR on every page): {b['wall']:.1f} s, "
              f"{b['pages']} pages, {b['pages'] / b['wall']:.2f} pages/s")
        print(f"  baseline/zcaudit (target ≥ 2): {b['wall'] / z['wall']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
