"""Can a page signature tell a reused scan from another holder's document of one template?

    python bench/reuse_templates.py [--n-per-family 3] [--seed 1] [--faces song] [--split seen|heldout]
                                    [--scan-text] [--text] [--zoo DIR] [--keep DIR] [--copies 1] [--pairs N]

Measured on the layout zoo (``sample_docs/zoo``: documents nobody tuned IMAGE_REUSED on).
Documents of different holders drawn from one family are one template, set in one face
(``--faces song`` by default: one issuer, one font). For every doc_type it counts:

* clean pairs: page 1 of two holders' documents of one family, compared with
  ``checks.phash.compare`` and decided by ``checks.image_reuse.find_reuse`` (whatever the
  doc_type: the check itself compares only ``PHOTO_TYPES``);
* how many are page-hash candidates (``PAGE_MAX``), as close outside the text lines as a
  repainted copy (``same_outside_text``: ≤ ``OUTSIDE_MAX`` changed areas), one scan by their
  texture (``one_scan``), and taken for a reuse with no number read / with both holders'
  numbers read (the truth's ``id_number`` / ``certificate_no`` / ``degree_certificate_no``);
* true reuses of the first ``--copies`` documents of each family: the scan re-compressed
  (JPEG q55), re-saved (q55, scaled 0.8, turned 1°: ``degrade`` of tests/test_image_reuse.py),
  repainted (the holder's name and number covered with a white patch and rewritten, as
  ``repaint`` there does, saved as JPEG) and repainted then re-saved, each found or not by
  ``find_reuse`` against the original (a repainted copy carries its new number).

Scans (JPEG, image-only PDF) are signed the way the pipeline signs them
(``checks.phash.scanned_pages``, page 1). ``--scan-text`` adds the text-layer families
printed and photographed; ``--text`` also signs page 1 of their text-layer PDFs rendered as
a scanned page would be (the pipeline never hashes a text-layer page). The name and the
number are found on the family's own drawing (the zoo is deterministic: the document is
drawn again from its seed) and located on the scan by template matching.
"""
from __future__ import annotations

import argparse
import csv
import io
import itertools
import random
import re
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Optional

import cv2
import numpy as np
import pymupdf
from PIL import Image

from checks.image_reuse import ID_FIELDS, PHOTO_TYPES, find_reuse
from checks.phash import HASH_DPI, OUTSIDE_MAX, PAGE_MAX, compare, scanned_pages, signature
from core import renders
from sample_docs.zoo import FAMILIES
from sample_docs.zoo.__main__ import write_zoo
from sample_docs.zoo.facts import person
from tests.test_image_reuse import degrade  # the tests' re-saved copy: re-JPEG, rescale, turn

NAMES = ("李四海", "王建国", "赵雪梅", "欧阳明")


# --- true reuses ----------------------------------------------------------------



def _png(img: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "PNG", compress_level=1)
    return buf.getvalue()


def _jpeg(img: np.ndarray, quality: int = 85) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).convert("L").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def drawn_page(rel: str, family: str, seed: int, truth: dict) -> Optional[pymupdf.Page]:
    """Page 1 of the zoo document drawn again from its seed (as ``write_zoo`` draws it),
    or None when the drawing is not the document's (another seed)."""
    m = re.fullmatch(rf"{re.escape(family)}-(\d+)-([a-z]+)(?:-scan)?\.\w+", Path(rel).name)
    if not m:
        return None
    k, face = int(m.group(1)), m.group(2)
    p = person(random.Random(f"{seed}:{family}:{k}"))
    drawn = FAMILIES[family].build(dict(p), random.Random(f"{seed}:{family}:{k}:doc"), face)
    got = {f: (v if isinstance(v, list) else [v]) for f, v in drawn.truth.items()}
    if any(sorted(map(str, got.get(f, []))) != sorted(v) for f, v in truth.items()):
        drawn.paper.close()
        return None
    drawn.paper._flush()
    return drawn.paper.doc[0]


def _locate(img: np.ndarray, clean: np.ndarray, box: tuple[int, int, int, int]) -> Optional[tuple[int, int]]:
    """Offset (dx, dy) of a box of the clean raster on the scan (a turned, shifted or
    photographed page moves it by a few per cent), or None when it is not found."""
    x0, y0, x1, y1 = box
    pad = 4
    tpl = clean[max(y0 - pad, 0):y1 + pad, max(x0 - pad, 0):x1 + pad]
    if tpl.size == 0 or tpl.std() < 5:
        return None
    h, w = img.shape
    reach = int(0.08 * max(h, w))
    wx0, wy0 = max(x0 - pad - reach, 0), max(y0 - pad - reach, 0)
    win = img[wy0:min(y1 + pad + reach, h), wx0:min(x1 + pad + reach, w)]
    if win.shape[0] < tpl.shape[0] or win.shape[1] < tpl.shape[1]:
        return None
    res = cv2.matchTemplate(win, tpl, cv2.TM_CCOEFF_NORMED)
    _, best, _, (bx, by) = cv2.minMaxLoc(res)
    if best < 0.3:
        return None
    return wx0 + bx - max(x0 - pad, 0), wy0 + by - max(y0 - pad, 0)


def repaint(img: np.ndarray, page: pymupdf.Page, values: list[tuple[str, str]]) -> Optional[bytes]:
    """A forged copy of a scan (tests/test_image_reuse.py ``repaint``): each printed
    occurrence of a value covered with a white patch and another value written in it.
    None when no value was found on the page."""
    gray = img if img.ndim == 2 else cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    h, w = gray.shape
    s = w / page.rect.width
    if abs(h / s - page.rect.height) > 0.03 * page.rect.height:
        return None  # not this page's picture (a multi-up print, an odd aspect)
    pix = page.get_pixmap(matrix=pymupdf.Matrix(s, s), colorspace=pymupdf.csGRAY, alpha=False)
    clean = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width)[:h, :w]
    doc = pymupdf.open()
    out = doc.new_page(width=w, height=h)
    out.insert_image(out.rect, stream=_png(gray))
    done = 0
    for old, new in values:
        for r in page.search_for(old):
            box = tuple(int(round(v * s)) for v in (r.x0, r.y0, r.x1, r.y1))
            off = _locate(gray, clean, box)
            if off is None:
                continue
            x0, y0, x1, y1 = box[0] + off[0], box[1] + off[1], box[2] + off[0], box[3] + off[1]
            out.draw_rect(pymupdf.Rect(x0 - 2, y0 - 2, x1 + 2, y1 + 2), color=None, fill=(1, 1, 1))
            size = max(6.0, (y1 - y0) * 0.8)
            size = min(size, size * (x1 - x0) / max(pymupdf.get_text_length(new, "china-s", size), 1.0))
            out.insert_text((x0, y1 - (y1 - y0) * 0.15), new, fontname="china-s", fontsize=size)
            done += 1
    if not done:
        return None
    pm = out.get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)
    arr = np.frombuffer(pm.samples, np.uint8).reshape(pm.height, pm.width)
    return _jpeg(arr)  # the forger saves the edited scan again


def _other_number(v: str) -> str:
    digits = [c for c in v if c.isdigit()]
    if not digits:
        return v[::-1]
    tail = str((int("".join(digits[-3:])) + 517) % 1000).zfill(3)
    return v[:-3] + tail if v[-3:].isdigit() else v


# --- the bench --------------------------------------------------------------------

def page_one(path: Path, with_text: bool) -> Optional[np.ndarray]:
    """Page 1 as the pipeline signs it (a scan), or a text-layer PDF's page 1 rendered
    like a scanned page (``--text``)."""
    media = "pdf" if path.suffix.lower() == ".pdf" else "image"
    for _, img in scanned_pages(str(path), media, (1, 1), max_pages=1):
        return np.asarray(img)
    if with_text and media == "pdf":
        return renders.page_image(str(path), "pdf", 1, dpi=HASH_DPI, gray=True)
    return None


def docs_of(zoo: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    with (zoo / "zoo_truth.csv").open(encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            d = out.setdefault(r["document"], {"family": r["family"], "doc_type": r["doc_type"],
                                               "kind": r["kind"], "split": r["split"], "truth": defaultdict(list)})
            d["truth"][r["field"]].append(r["value"])
    return out


def row(aid: str, sig: list[int], ids: dict) -> dict:
    return {"applicant_id": aid, "sig": sig, "ids": dict(ids), "confident": set(ids)}


def run(zoo: Path, seed: int, with_text: bool, show: int, n_copies: int = 1) -> int:
    t0 = time.time()
    docs = docs_of(zoo)
    signed: dict[str, dict] = {}
    copies_made: dict[tuple, int] = defaultdict(int)
    # doc_type → kind of copy → [(found with no number read, found with both numbers read, outside)]
    copies: dict[str, dict] = defaultdict(lambda: defaultdict(list))
    for rel, d in sorted(docs.items()):
        img = page_one(zoo / rel, with_text)
        sig = signature(Image.fromarray(img)) if img is not None else None
        if sig is None:
            continue
        ids = {f: d["truth"][f][0] for f in ID_FIELDS if d["truth"].get(f)}
        d.update(sig=sig, ids=ids)
        signed[rel] = d
        orig = row(rel, sig, ids)
        made = copies_made[(d["family"], d["kind"])]
        if made >= n_copies:
            continue
        copies_made[(d["family"], d["kind"])] += 1
        # a re-saved copy, and a repainted one carrying another name and number
        tries = [("recompressed", signature(Image.open(io.BytesIO(degrade(_png(img), angle=0, scale=1))
                                                        )), ids),
                 ("resaved", signature(Image.open(io.BytesIO(degrade(_png(img))))), ids)]
        page = drawn_page(rel, d["family"], seed, d["truth"])
        if page is not None:
            name = (d["truth"].get("name") or [""])[0]
            values = [(name, next(n[:len(name)] for n in NAMES if n[0] != name[0]))] if name else []
            new_ids = {f: _other_number(v) for f, v in ids.items()}
            values += [(v, new_ids[f]) for f, v in ids.items()]
            data = repaint(img, page, values)
            if data is not None:
                tries.append(("repainted", signature(Image.open(io.BytesIO(data))), new_ids))
                tries.append(("repainted+resaved", signature(Image.open(io.BytesIO(degrade(data)))), new_ids))
            page.parent.close()
        if len(tries) == 2:
            copies[d["doc_type"]]["unlocated"].append((False, False, None))
        for kind, csig, cids in tries:
            if csig is None:
                copies[d["doc_type"]][kind].append((False, False, None))
                continue
            c = compare(sig, csig)
            bare = bool(find_reuse([row(rel, sig, {}), row(rel + "#copy", csig, {})], []))
            read = bool(find_reuse([orig, row(rel + "#copy", csig, cids)], []))
            copies[d["doc_type"]][kind].append((bare, read, None if c is None else c.outside_changed))

    fams: dict[str, list[str]] = defaultdict(list)
    for rel, d in signed.items():
        fams[(d["family"], d["kind"])].append(rel)
    stats: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    close: list[tuple] = []
    for (fam, kind), rels in sorted(fams.items()):
        dt = signed[rels[0]]["doc_type"]
        stats[dt]["families"] += 1
        stats[dt]["docs"] += len(rels)
        for a, b in itertools.combinations(rels, 2):
            da, db = signed[a], signed[b]
            c = compare(da["sig"], db["sig"])
            st = stats[dt]
            st["pairs"] += 1
            if c is None or c.page_distance > PAGE_MAX:
                continue
            st["candidates"] += 1
            st["alike"] += c.same_outside_text
            st["one_scan"] += c.one_scan
            bare = bool(find_reuse([row(a, da["sig"], {}), row(b, db["sig"], {})], []))
            read = bool(find_reuse([row(a, da["sig"], da["ids"]), row(b, db["sig"], db["ids"])], []))
            st["reuse_bare"] += bare
            st["reuse_read"] += read
            if c.same_outside_text or bare:
                close.append((dt, fam, Path(a).name, Path(b).name, c.page_distance, c.blocks_changed,
                              c.outside_changed, None if c.texture is None else round(c.texture, 3), bare, read))

    print(f"zoo {zoo}: {len(signed)} pages signed of {len(docs)} documents, {time.time() - t0:.0f} s; "
          f"PAGE_MAX {PAGE_MAX}, OUTSIDE_MAX {OUTSIDE_MAX}; compared by the check: {sorted(PHOTO_TYPES)}")
    print("clean pairs = two holders' documents of one family; candidates = page hashes within PAGE_MAX;"
          " alike = as close outside the text lines as a repainted copy (≤ OUTSIDE_MAX areas); one scan ="
          " alike and one scan's texture; reuse = find_reuse reports it (no number read / both numbers read)")
    head = ("doc_type", "families", "docs", "clean pairs", "candidates", "alike", "one scan",
            "reuse", "reuse (numbers read)")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    keys = ("families", "docs", "pairs", "candidates", "alike", "one_scan", "reuse_bare", "reuse_read")
    total = defaultdict(int)
    for dt in sorted(stats):
        mark = "*" if dt in PHOTO_TYPES else ""
        print(f"| {dt}{mark} | " + " | ".join(str(stats[dt][k]) for k in keys) + " |")
        for k in keys:
            total[k] += stats[dt][k]
    print("| all | " + " | ".join(str(total[k]) for k in keys) + " |")
    print("* compared by IMAGE_REUSED (PHOTO_TYPES)")

    kinds = ("recompressed", "resaved", "repainted", "repainted+resaved")
    print("\ntrue reuses of each document against its original: found with no number read / found with"
          " the numbers read (a repainted copy carries its new number) / made; outside-the-text areas")
    head = ("doc_type",) + kinds + ("repainted: outside",)
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for dt in sorted(copies):
        cp = copies[dt]

        def found(kind: str) -> str:
            got = cp.get(kind, [])
            return f"{sum(b for b, _, _ in got)} / {sum(r for _, r, _ in got)} / {len(got)}"
        outs = sorted(o for k in ("repainted",) for _, _, o in cp.get(k, []) if o is not None)
        spread = f"{outs[0]}–{outs[-1]} (median {outs[len(outs) // 2]})" if outs else "–"
        print(f"| {dt} | " + " | ".join(found(k) for k in kinds) + f" | {spread} |")
    unlocated = sum(len(c.get("unlocated", [])) for c in copies.values())
    if unlocated:
        print(f"({unlocated} documents had no name or number found to repaint: re-saved copies only)")
    close.sort(key=lambda t: (t[6] if t[6] is not None else 99, t[5]))
    if close:
        print(f"\nclean pairs as close as a copy (first {show}): doc_type family a b page_dist blocks outside"
              " texture reuse reuse#")
        for t in close[:show]:
            print(*t)
    return 0


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zoo", type=Path, help="a zoo written by `python -m sample_docs.zoo` (with --seed)")
    ap.add_argument("--n-per-family", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1, help="the zoo's seed (also when reading --zoo)")
    ap.add_argument("--faces", default="song", help="comma list; one face = one template's font")
    ap.add_argument("--families", default="")
    ap.add_argument("--split", choices=("seen", "heldout"), default=None)
    ap.add_argument("--scan-text", action="store_true", help="also the text-layer families photographed")
    ap.add_argument("--text", action="store_true", help="also page 1 of text-layer PDFs, rendered as a scan")
    ap.add_argument("--keep", type=Path, help="write the zoo here (kept)")
    ap.add_argument("--copies", type=int, default=1, help="documents per family copied as a reuse")
    ap.add_argument("--pairs", type=int, default=15, help="close clean pairs to list")
    a = ap.parse_args(argv)
    if a.zoo:
        return run(a.zoo, a.seed, a.text, a.pairs, a.copies)
    with tempfile.TemporaryDirectory() as tmp:
        out = a.keep or Path(tmp)
        fams = [f for f in a.families.split(",") if f] or None
        if fams is None and not (a.scan_text or a.text):
            fams = sorted(n for n, f in FAMILIES.items() if f.kind == "scan")  # scans only
        write_zoo(out, n_per_family=a.n_per_family, seed=a.seed, faces=a.faces.split(","),
                  families=fams, split=a.split, scan_text=a.scan_text)
        return run(out, a.seed, a.text, a.pairs, a.copies)


if __name__ == "__main__":
    raise SystemExit(main())
