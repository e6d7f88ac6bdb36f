"""Write a layout zoo: ``python -m sample_docs.zoo DIR --n-per-family K --seed S``.

DIR/<family>/<family>-<k>-<face>.pdf|.jpg and DIR/zoo_truth.csv with columns
family, split, document, doc_type, field, value, face, kind (document is the
path relative to DIR; repeated fields such as contribution give one row each);
DIR/zoo_persons.csv names the ID number of the person each document was drawn for.
The same seed gives the same bytes. Faces rotate over the families' documents
so that each family is drawn in every face once K ≥ 4.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

from . import FAMILIES, render, splits
from .facts import person
from .fonts import KINDS, missing, usable_faces


def write_zoo(out: Path, *, n_per_family: int = 2, seed: int = 1, faces: list[str] | None = None,
              families: list[str] | None = None, split: str | None = None,
              scan_text: bool = False) -> list[dict]:
    """Render the zoo into ``out``; returns the truth rows (also written to zoo_truth.csv).

    ``scan_text`` also writes each text-layer family's documents printed and
    photographed (``…-scan.jpg``), so that OCR is measured on every layout."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    faces = faces or [f for f in KINDS if f in usable_faces()]
    if not faces:
        raise RuntimeError("no CJK face installed: " + "; ".join(missing().values()))
    sp = splits()
    names = [n for n in sorted(FAMILIES) if (not families or n in families) and (not split or sp.get(n) == split)]
    rows: list[dict] = []
    persons: list[dict] = []
    for fi, name in enumerate(names):
        fam = FAMILIES[name]
        (out / name).mkdir(exist_ok=True)
        for k in range(n_per_family):
            rng = random.Random(f"{seed}:{name}:{k}")
            face = faces[(fi + k) % len(faces)]
            p = person(rng)
            variants = [(False, "")] + ([(True, "-scan")] if scan_text and fam.kind == "text" else [])
            for as_scan, tag in variants:
                vrng = random.Random(f"{seed}:{name}:{k}:doc")
                data, ext, truth = render(name, p, vrng, face, as_scan=as_scan)
                rel = f"{name}/{name}-{k:02d}-{face}{tag}{ext}"
                (out / rel).write_bytes(data)
                persons.append({"document": rel, "id_number": p["id_number"]})
                for field, value in truth.items():
                    for v in (value if isinstance(value, list) else [value]):
                        rows.append({"family": name, "split": sp.get(name, "unsplit"), "document": rel,
                                     "doc_type": fam.doc_type, "field": field, "value": v, "face": face,
                                     "kind": "scan" if as_scan else fam.kind})
    with (out / "zoo_truth.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, ["family", "split", "document", "doc_type", "field", "value", "face", "kind"])
        w.writeheader()
        w.writerows(rows)
    # the person each document was drawn for: an applicant declares their own ID number even where the
    # document's truth holds none (a diploma lying on its 备案表 prints it; bench/zoo_holders.py)
    with (out / "zoo_persons.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, ["document", "id_number"])
        w.writeheader()
        w.writerows(persons)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sample_docs.zoo", description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n-per-family", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--faces", default="", help="comma list of faces (default: song,hei,kai,fang)")
    ap.add_argument("--families", default="", help="comma list of family names (default: all)")
    ap.add_argument("--split", choices=("seen", "heldout"), default=None)
    ap.add_argument("--scan-text", action="store_true", help="also photograph the text-layer families")
    a = ap.parse_args(argv)
    rows = write_zoo(a.out, n_per_family=a.n_per_family, seed=a.seed,
                     faces=[f for f in a.faces.split(",") if f] or None,
                     families=[f for f in a.families.split(",") if f] or None, split=a.split,
                     scan_text=a.scan_text)
    docs = len({r["document"] for r in rows})
    print(f"wrote {docs} documents, {len(rows)} truth rows → {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
