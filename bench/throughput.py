"""Throughput of a nightly run against the OCR floor and a naive baseline, in one run.

    python bench/throughput.py --n 60 [--seed 1] [--degrade 1] [--workers 2] [--work DIR]
                               [--inbox DIR] [--no-baseline]

zcaudit: the plain runner over a process pool (one OCR engine per worker, one
inference thread each).  Floor: bare PP-OCRv4 inference (``rapidocr_onnxruntime.RapidOCR``
with default settings, one process) of exactly the pages that need OCR (image
attachments and image-only PDF pages, found by zcaudit's own reader rules);
only the model calls are timed.  Baseline: one process, pdfplumber text for
every PDF page plus the same bare RapidOCR on every page (rendered at 200 dpi)
and every image, no cache.  Prints the page counts, zcaudit/floor (goal ≤ 0.6),
baseline/zcaudit, applicants/hour and the share of worker time in model
inference.  The floor runs once before and once after zcaudit and their mean
is used, so a load that drifts during the run does not favour either side.
Never asserts: times depend on the machine; the load average at each phase is
printed so a reader can judge a shared machine.
"""
from __future__ import annotations

import argparse
import os
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


def ocr_pages(inbox: Path):
    """(file, page number, RGB image) of every page zcaudit OCRs: image frames, image-only PDF pages."""
    from extractors.image import load_frames
    from extractors.pdf import read_pdf
    from extractors.reader import sniff
    for path in sorted(p for p in inbox.rglob("*") if p.is_file() and p.name != "application.json"):
        data = path.read_bytes()
        kind = sniff(data)
        try:
            if kind == "pdf":
                found = []
                read_pdf(data, 300, lambda img, n: found.append((n, img)))  # returns None: no OCR
                yield from ((path, n, img) for n, img in found)
            elif kind == "image":
                frames, _ = load_frames(data)
                yield from ((path, n, img) for n, img in enumerate(frames, 1))
        except Exception as exc:  # unreadable files are not OCR work
            print(f"  floor skipped {path.name}: {type(exc).__name__}", file=sys.stderr)


def run_floor(inbox: Path) -> dict:
    """Bare PP-OCRv4 (rapidocr-onnxruntime, default settings, one process) on the OCR pages."""
    from rapidocr_onnxruntime import RapidOCR
    ocr = RapidOCR()
    infer, pages = 0.0, 0
    for _path, _n, img in ocr_pages(inbox):
        t = time.perf_counter()
        ocr(img)  # the same array zcaudit's reader hands to its engine
        infer += time.perf_counter() - t
        pages += 1
    return {"wall": infer, "pages": pages}


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


def _load() -> str:
    return "load average %.1f" % os.getloadavg()[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--degrade", type=int, default=1)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--work", default=None, help="work folder (default: a temp dir)")
    ap.add_argument("--inbox", default=None, help="audit this inbox instead of generating one")
    ap.add_argument("--no-baseline", action="store_true")
    a = ap.parse_args(argv)

    work = Path(a.work or tempfile.mkdtemp(prefix="zcaudit-bench-"))
    if a.inbox:
        inbox = Path(a.inbox)
    else:
        from sample_docs.generator import generate
        t = time.perf_counter()
        generate(work / "samples", a.n, a.seed, degrade=a.degrade)
        inbox = work / "samples" / "inbox"
        print(f"generated {a.n} applicants in {time.perf_counter() - t:.1f} s → {inbox}")

    # the floor runs before and after zcaudit and the mean is used: on a shared machine the load
    # drifts, and a floor measured only at one end would favour whichever phase ran at the quieter time
    print(f"floor, first pass ({_load()}) ...", flush=True)
    fl1 = run_floor(inbox)
    print(f"zcaudit ({_load()}) ...", flush=True)
    z = run_zcaudit(inbox, work / "out", a.workers)
    st = z["stats"]
    infer = float(st.get("infer_s", 0.0))
    busy = z["wall"] * a.workers  # worker-seconds available
    print(f"zcaudit ({a.workers} workers, {_engine_name()}): {z['wall']:.1f} s, {z['applicants']} applicants, "
          f"{z['pages']} pages of which {int(st.get('pages', 0))} OCR'd")
    print(f"  applicants/hour: {3600 * z['applicants'] / z['wall']:.0f}")
    print(f"  pages/s:         {z['pages'] / z['wall']:.2f}")
    print(f"  OCR: model inference {infer:.1f} s "
          f"(det {st.get('det_s', 0):.1f} / cls {st.get('cls_s', 0):.1f} / rec {st.get('rec_s', 0):.1f}), "
          f"inside ocr_image {st.get('wall_s', 0):.1f} s")
    if infer > 0:
        print(f"  share of worker time in model inference: {100 * infer / busy:.0f} %")
    print(f"floor, second pass ({_load()}) ...", flush=True)
    fl2 = run_floor(inbox)
    fl = {"pages": fl1["pages"], "wall": (fl1["wall"] + fl2["wall"]) / 2}
    print(f"floor (bare PP-OCRv4, rapidocr-onnxruntime defaults, 1 process): {fl['pages']} OCR pages, "
          f"{fl1['wall']:.1f} s / {fl2['wall']:.1f} s of inference before / after zcaudit, mean "
          f"{fl['wall'] / max(fl['pages'], 1):.2f} s/page")
    if fl["wall"] > 0:
        print(f"zcaudit/floor (whole audit wall time / floor inference time, goal ≤ 0.6): "
              f"{z['wall'] / fl['wall']:.2f}   [{fl['pages']} floor pages, "
              f"{int(st.get('pages', 0))} zcaudit OCR pages]")
    if not a.no_baseline:  # baseline/zcaudit is the older, coarser ratio: one pass of each
        print(f"baseline ({_load()}) ...", flush=True)
        b = run_baseline(inbox)
        print(f"baseline (1 process, pdfplumber + bare RapidOCR on every page): {b['wall']:.1f} s, "
              f"{b['pages']} pages, {b['pages'] / b['wall']:.2f} pages/s")
        print(f"  baseline/zcaudit (target ≥ 2): {b['wall'] / z['wall']:.2f}")
    return 0


def _engine_name() -> str:
    from extractors.ocr_engine import choose
    if os.environ.get("ZCAUDIT_OCR_BACKEND", "").lower() == "paddle":
        return "OCR paddle"
    backend, device = choose(os.environ.get("ZCAUDIT_OCR_BACKEND", ""),
                             os.environ.get("ZCAUDIT_OCR_DEVICE", "auto"))
    return f"OCR {backend} on {device}"


if __name__ == "__main__":
    sys.exit(main())
