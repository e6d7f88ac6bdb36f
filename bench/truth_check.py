"""Compare an audit's findings with a sample set's planted faults.

    python bench/truth_check.py SAMPLES_DIR OUT_DIR

Prints, per planted code, how many applicants carry it and how many of them got
that finding; lists misses with what was found instead; and lists every
reject/suspect/warn finding on CLEAN applicants (false alarms). Exit status 1
when a planted code is missed or a clean applicant has a reject/suspect finding.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def main(samples: str, out: str) -> int:
    truth = read(Path(samples) / "truth.csv")
    found: dict[str, list[dict]] = defaultdict(list)
    for f in read(Path(out) / "findings.csv"):
        found[f["applicant_id"]].append(f)
    planted, hit = Counter(), Counter()
    misses, alarms, extras = [], [], Counter()
    for t in truth:
        aid, code = t["applicant_id"], t["code"]
        got = found.get(aid, [])
        if code == "CLEAN":
            for f in got:
                if f["severity"] in ("reject", "suspect", "warn"):
                    alarms.append((aid, f["severity"], f["code"], f["message"][:90]))
            continue
        planted[code] += 1
        if code in {f["code"] for f in got}:
            hit[code] += 1
        else:
            misses.append((aid, code, sorted({f["code"] for f in got})))
        for f in got:
            if f["code"] != code and f["severity"] in ("reject", "suspect"):
                extras[f["code"]] += 1
    print(f"{'planted code':<30}{'found':>7}{'of':>5}")
    for code in sorted(planted):
        print(f"{code:<30}{hit[code]:>7}{planted[code]:>5}")
    n_clean = sum(1 for t in truth if t["code"] == "CLEAN")
    print(f"\nfound {sum(hit.values())} of {sum(planted.values())} planted faults; "
          f"{n_clean} clean applicants, {len(alarms)} findings (warn or worse) on them")
    for m in misses:
        print("MISSED", *m)
    for a in alarms:
        print("CLEAN ", *a)
    if extras:
        print("\nother reject/suspect codes on faulty applicants:", dict(extras))
    bad = misses or any(a[1] in ("reject", "suspect") for a in alarms)
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        raise SystemExit(2)
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
