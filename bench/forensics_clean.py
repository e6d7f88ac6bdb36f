"""False-alarm bench of the tamper checks: PDF_EDITED, TEXT_OVERLAY, IMAGE_REUSED.

Why: falsification findings weigh heavily on an applicant (新组通〔2024〕23号
七(三)), so on honest uploads they must stay silent. This generates N sample
applicants (``sample_docs.generator.generate``), reads them, runs only the
forensics checks and prints how many findings land on CLEAN applicants
(target: 0 for 200) and, as a sanity check, how many planted forensic faults
were caught.

    .venv/bin/python bench/forensics_clean.py --n 200 --seed 1 [--ocr] [--keep DIR]

Without ``--ocr`` a null OCR engine is used (image attachments keep doc_type
"unknown"; the checks only need the files, so the count is the same and the run
takes minutes, not hours).
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CODES = ("PDF_EDITED", "TEXT_OVERLAY", "IMAGE_REUSED")


class NullOcr:
    """An OCR engine that reads nothing: keeps the bench fast."""
    name = "null"

    def version(self) -> str:
        return "0"

    def recognize(self, image):
        return []


def read_inbox(inbox: Path, ocr) -> list:
    from pipeline.stages import AuditOptions, discover, load_submission, policy_for, read_documents

    opts = AuditOptions()
    subs = []
    for folder in discover(inbox):
        sub = load_submission(folder)
        read_documents(sub, policy_for(sub, opts), opts, ocr=ocr)
        subs.append(sub)
    return subs


def run_checks(subs: list) -> list:
    from checks.base import BatchContext, CheckContext
    from checks.forensics_pdf import pdf_edited, text_overlay
    from checks.image_reuse import image_reused
    from pipeline.stages import AuditOptions, policy_for

    opts = AuditOptions()
    policies = {s.applicant_id: policy_for(s, opts) for s in subs}
    found = []
    for s in subs:
        ctx = CheckContext(policy=policies[s.applicant_id])
        found += list(pdf_edited(s, ctx)) + list(text_overlay(s, ctx))
    found += list(image_reused(subs, BatchContext(policies=policies)))
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ocr", action="store_true", help="use the real OCR engine (slow)")
    ap.add_argument("--keep", type=Path, help="write the samples here instead of a temp folder")
    args = ap.parse_args(argv)

    from sample_docs.generator import generate

    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        t0 = time.time()
        generate(out, args.n, args.seed)
        t1 = time.time()
        with (out / "truth.csv").open(encoding="utf-8-sig") as fh:
            truth = {r["applicant_id"]: r["code"] for r in csv.DictReader(fh)}
        subs = read_inbox(out / "inbox", None if args.ocr else NullOcr())
        t2 = time.time()
        found = run_checks(subs)
        t3 = time.time()

    clean = {a for a, c in truth.items() if c == "CLEAN"}
    false_alarms = [f for f in found if f.applicant_id in clean and f.severity.value in ("suspect", "warn")]
    print(f"applicants {len(truth)} (clean {len(clean)}); generate {t1 - t0:.0f}s, read {t2 - t1:.0f}s, "
          f"checks {t3 - t2:.0f}s")
    print(f"suspect/warn findings on clean applicants: {len(false_alarms)}")
    for f in false_alarms[:20]:
        print(f"  {f.applicant_id} {f.code} {f.severity.value} {f.document}: {f.message}")
    by_code = Counter((truth.get(f.applicant_id), f.code) for f in found)
    for code in CODES:
        planted = [a for a, c in truth.items() if c == code]
        hit = [a for a in planted if any(f.applicant_id == a and f.code == code for f in found)]
        print(f"{code}: planted {len(planted)}, caught {len(hit)}")
    others = {k: v for k, v in by_code.items() if k[0] not in ("CLEAN", k[1])}
    if others:
        print("findings on applicants planted with another fault:", dict(others))
    return 0 if not false_alarms else 1


if __name__ == "__main__":
    sys.exit(main())
