"""OCR pages per second of zcaudit's OCR path, on CUDA when there is a GPU, on CPU otherwise.

    python bench/gpu.py [--inbox DIR | --images DIR] [--n 8] [--seed 1] [--degrade 2]
                        [--device auto|cuda|cpu] [--workers 1] [--max-pages 200]

Pages: the scanned pages of --inbox (image attachments and image-only PDF pages,
as zcaudit finds them), the image files of --images, or those of N generated
applicants.  Each worker process loads one engine (``extractors.ocr_engine``) and
runs the full ``ocr_image`` path (detection, orientation, deskew, recognition,
line assembly); two warm-up pages per worker are not timed.  Prints the device,
the execution provider really used, pages, seconds and pages/s.  With the
``gpu`` extra installed (``pip install '.[gpu]'``) and a CUDA card the provider
is CUDAExecutionProvider; without a GPU it says so and measures the CPU.
Never asserts.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

IMAGE_EXT = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"}


def gpu_name() -> str:
    """The card's name from nvidia-smi, or '' when there is none."""
    try:
        out = subprocess.run(["nvidia-smi", "--query-gpu=name,memory.total", "--format=csv,noheader"],
                             capture_output=True, text=True, timeout=20)
        return out.stdout.strip().splitlines()[0] if out.returncode == 0 and out.stdout.strip() else ""
    except (OSError, subprocess.SubprocessError, IndexError):
        return ""


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return f"{line.split(':', 1)[1].strip()} ({os.cpu_count()} cores)"
    except OSError:
        pass
    return f"CPU ({os.cpu_count()} cores)"


def load_pages(a) -> list:
    from extractors.image import load_frames
    if a.images:
        files = sorted(p for p in Path(a.images).rglob("*") if p.suffix.lower() in IMAGE_EXT)
        pages = [f for p in files for f in load_frames(p.read_bytes())[0]]
    else:
        from throughput import ocr_pages
        inbox = Path(a.inbox) if a.inbox else _generate(a)
        pages = [img for _path, _n, img in ocr_pages(inbox)]
    return pages[: a.max_pages]


def _generate(a) -> Path:
    from sample_docs.generator import generate
    work = Path(tempfile.mkdtemp(prefix="zcaudit-gpu-"))
    generate(work / "samples", a.n, a.seed, degrade=a.degrade)
    return work / "samples" / "inbox"


_ENG = None


def _init(device: str, threads: int) -> None:
    global _ENG
    from extractors.ocr_engine import RapidOcrEngine
    _ENG = RapidOcrEngine("", device, threads or None)


def _warm(pages) -> tuple[str, str]:
    from extractors.ocr import ocr_image_ex
    for img in pages:
        ocr_image_ex(img, _ENG)
    return _ENG.backend, _ENG.provider


def _run(pages) -> dict:
    from extractors.ocr import ocr_image_ex
    _ENG.stats.__init__()
    lines = 0
    for img in pages:
        lines += len(ocr_image_ex(img, _ENG)[0])
    st = _ENG.stats.as_dict()
    st["lines"] = lines
    return st


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--inbox", help="an inbox of applicant folders")
    src.add_argument("--images", help="a folder of page images")
    ap.add_argument("--n", type=int, default=8, help="applicants to generate (no --inbox/--images)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--degrade", type=int, default=2)
    ap.add_argument("--device", default=os.environ.get("ZCAUDIT_OCR_DEVICE", "auto"),
                    choices=("auto", "cuda", "cpu"))
    ap.add_argument("--workers", type=int, default=1, help="processes, one engine each")
    ap.add_argument("--threads", type=int, default=0, help="inference threads per engine (0: library default)")
    ap.add_argument("--max-pages", type=int, default=200)
    a = ap.parse_args(argv)

    from extractors.ocr_engine import cuda_available
    import onnxruntime as ort
    card = gpu_name()
    if a.device != "cpu" and not cuda_available():
        print(f"no GPU found: onnxruntime {ort.__version__} offers {ort.get_available_providers()}"
              f"{'' if not card else f' (nvidia-smi sees {card})'}; measuring the CPU")
    pages = load_pages(a)
    if not pages:
        print("no scanned pages found")
        return 1
    n = max(1, a.workers)
    shards = [pages[i::n] for i in range(n)]
    with ProcessPoolExecutor(n, mp_context=get_context("spawn"), initializer=_init,
                             initargs=(a.device, a.threads)) as pool:
        info = [f.result() for f in [pool.submit(_warm, s[:2]) for s in shards]]
        t = time.perf_counter()
        stats = [f.result() for f in [pool.submit(_run, s) for s in shards]]
        wall = time.perf_counter() - t
    backend, provider = info[0]
    device = card if provider == "CUDAExecutionProvider" and card else cpu_name()
    tot = {k: sum(s[k] for s in stats) for k in ("det_s", "cls_s", "rec_s", "wall_s", "lines")}
    print(f"device:   {device}")
    print(f"provider: {provider} (backend {backend}, {n} worker(s))")
    print(f"pages:    {len(pages)} ({tot['lines']} text lines read)")
    print(f"seconds:  {wall:.2f} (model det {tot['det_s']:.1f} / cls {tot['cls_s']:.1f} / rec {tot['rec_s']:.1f}, "
          f"inside ocr_image {tot['wall_s']:.1f}, summed over workers)")
    print(f"OCR pages/s: {len(pages) / wall:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
