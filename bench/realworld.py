"""A night over real-world PDFs that nobody here wrote: does every output get written?

    make realworld                       # fetches the corpora once, then runs this
    python bench/realworld.py --corpora .cache/realworld/pdf [--work DIR] [--per-applicant 6]
                              [--max-pdfs N] [--samples DIR] [--seed 1] [-- extra `zcaudit run` options]

The corpora are the PDF test files shipped in the source distributions of pypdf, pikepdf
and pdfminer.six (``bench/realworld-corpora.txt``: encrypted files, fuzzing cases,
content-stream errors, cyclic outlines, CCITT/JBIG2/JPX scans, tax forms, a Japanese
gazette, a 137-page manual).  The inbox mixes the committed sample applicants
(``sample_docs/committed/inbox``) with the real PDFs spread over extra applicant
folders ``RW-…``: most with a valid application.json (a sample's, renamed), every fourth
with a broken one (bad JSON, a missing key, a wrong type, an unknown enum value) and one
with none.  A few hostile files are derived here from corpus files, as uploads go wrong:
a PDF cut short at 60 % and at 25 % of its bytes, an empty file, a PDF named .jpg, a file
name in GBK bytes (not UTF-8) and a PDF in a sub-folder.

The real CLI runs as a subprocess (``python -m flows.cli run``, offline), then this
prints: the exit status; whether every output of the contract (§3) exists and parses
(the four CSVs with their columns, a sheet .xlsx and .html per applicant, index.html, the
database); whether every applicant and every attachment of the inbox is accounted for
in applicants.csv / documents.csv; which files got DOCUMENT_UNREADABLE and which
applicants CHECK_FAILED; findings by code on the real-PDF applicants; pages and seconds.
It prints, and exits 1 when an output is missing or a file is lost; it never asserts a time.
OCR cost: the image-only pages of the corpora (about 50) and the samples' scans are
OCR'd; ``--max-pdfs`` takes a subset (the first N by a seeded shuffle) on a slow machine.
"""
from __future__ import annotations

import argparse
import collections
import csv
import html.parser
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.sanitize import clean_text  # noqa: E402  (the same name the outputs carry)

COMMITTED = ROOT / "sample_docs" / "committed"
COLUMNS = {  # contract §3, and claims.csv (README "Outputs")
    "findings.csv": ["applicant_id", "code", "severity", "document", "message", "evidence", "page", "bbox"],
    "applicants.csv": ["applicant_id", "name", "verdict", "findings", "documents"],
    "documents.csv": ["applicant_id", "document", "doc_type", "pages", "text_source", "sha256"],
    "fields.csv": ["applicant_id", "document", "doc_type", "field", "value", "page", "source", "confidence"],
    "claims.csv": ["applicant_id", "document", "doc_type", "field", "declared", "status", "found", "page"],
}
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
BROKEN = ("bad_json", "missing_key", "wrong_type", "bad_enum")


# ---------------------------------------------------------------- the inbox

def _application(base: dict, applicant_id: str, broken: str | None) -> bytes:
    app = dict(base, applicant_id=applicant_id, work_summary="")
    if broken == "bad_json":
        return json.dumps(app, ensure_ascii=False).encode()[:-40]
    if broken == "missing_key":
        app.pop("name")
    elif broken == "wrong_type":
        app["education"] = "本科"
    elif broken == "bad_enum":
        app["gender"] = "未知"
    return json.dumps(app, ensure_ascii=False, indent=1).encode()


def build_inbox(corpora: Path, samples: Path, work: Path, per: int, max_pdfs: int | None,
                seed: int) -> tuple[Path, dict]:
    """The mixed inbox; returns it and {rw applicant folder: [(file, origin), …]}."""
    inbox = work / "inbox"
    if inbox.exists():
        shutil.rmtree(inbox)
    inbox.mkdir(parents=True)
    for folder in sorted(p for p in samples.iterdir() if p.is_dir()):
        shutil.copytree(folder, inbox / folder.name)
    base = json.loads(next(samples.glob("*/application.json")).read_text("utf-8"))

    pdfs = sorted(p for p in corpora.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
    if not pdfs:
        sys.exit(f"no PDFs under {corpora}: run `make realworld-corpora` first")
    rng = random.Random(seed)
    rng.shuffle(pdfs)
    if max_pdfs:
        pdfs = pdfs[:max_pdfs]
    plan: dict[str, list[tuple[str, str]]] = {}
    groups = [pdfs[i:i + per] for i in range(0, len(pdfs), per)]
    for k, group in enumerate(groups, 1):
        aid = f"RW-{k:03d}"
        folder = inbox / aid
        folder.mkdir()
        broken = BROKEN[(k // 4 - 1) % len(BROKEN)] if k % 4 == 0 else None
        if k != len(groups):  # the last folder has no application.json at all
            (folder / "application.json").write_bytes(_application(base, aid, broken))
        plan[aid] = []
        for j, src in enumerate(group):
            # same file names in two corpora (form.pdf): prefix the position
            name = f"{j + 1:02d}_{src.name}"
            shutil.copyfile(src, folder / name)
            plan[aid].append((name, str(src.relative_to(corpora))))

    # hostile uploads derived from corpus files (the corpora hold no cut-short file)
    aid = f"RW-{len(groups) + 1:03d}"
    folder = inbox / aid
    (folder / "扫描件").mkdir(parents=True)
    (folder / "application.json").write_bytes(_application(base, aid, None))
    multi = sorted((p for p in pdfs if 20_000 < p.stat().st_size < 2_000_000), key=lambda p: p.stat().st_size)
    derived = []
    if multi:
        big, small = multi[-1], multi[len(multi) // 2]
        for src, frac, name in ((big, 0.6, "上传中断_60.pdf"), (small, 0.25, "上传中断_25.pdf")):
            data = src.read_bytes()
            (folder / name).write_bytes(data[: int(len(data) * frac)])
            derived.append((name, f"{src.relative_to(corpora)} cut at {int(frac * 100)} %"))
        shutil.copyfile(small, folder / "照片.jpg")
        derived.append(("照片.jpg", f"{small.relative_to(corpora)} named .jpg"))
        shutil.copyfile(big, folder / "扫描件" / "材料.pdf")
        derived.append(("扫描件/材料.pdf", f"{big.relative_to(corpora)} in a sub-folder"))
        gbk = os.fsdecode("材料2".encode("gbk") + b".pdf")  # a zip made on a GBK Windows desktop
        shutil.copyfile(small, folder / gbk)
        derived.append((gbk, f"{small.relative_to(corpora)} under a GBK file name"))
    (folder / "空文件.pdf").write_bytes(b"")
    derived.append(("空文件.pdf", "empty file"))
    plan[aid] = derived
    return inbox, plan


# ---------------------------------------------------------------- checking the outputs

def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        r = csv.DictReader(fh)
        return list(r.fieldnames or []), list(r)


def check_outputs(inbox: Path, out: Path) -> tuple[list[str], dict]:
    """(problems, tables) — a problem is an output missing or unparsable, or a file not accounted for."""
    problems: list[str] = []
    tables: dict[str, list[dict]] = {}
    for name, cols in COLUMNS.items():
        path = out / name
        if not path.is_file():
            problems.append(f"{name} missing")
            continue
        try:
            header, rows = read_csv(path)
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            problems.append(f"{name} unreadable ({type(exc).__name__}: {exc})")
            continue
        if header[: len(cols)] != cols:
            problems.append(f"{name} columns {header[:len(cols)]} ≠ {cols}")
        tables[name] = rows
    for name in COLUMNS:  # what openpyxl refused in the night of issue 15: no control character
        path = out / name
        if path.is_file() and ILLEGAL.search(path.read_text("utf-8-sig", errors="replace")):
            problems.append(f"{name} holds a control character")
    for row in tables.get("findings.csv", ()):
        try:
            json.loads(row["evidence"] or "{}")
        except ValueError:
            problems.append(f"findings.csv: evidence not JSON ({row['applicant_id']} {row['code']})")

    folders = sorted(p for p in inbox.iterdir() if p.is_dir())
    from openpyxl import load_workbook
    for f in folders:
        for ext in ("xlsx", "html"):
            p = out / "sheets" / f"{f.name}.{ext}"
            if not p.is_file() or p.stat().st_size == 0:
                problems.append(f"sheets/{f.name}.{ext} missing")
                continue
            try:
                if ext == "xlsx":
                    load_workbook(p, read_only=True).close()
                else:
                    html.parser.HTMLParser().feed(p.read_text("utf-8"))
            except Exception as exc:  # noqa: BLE001
                problems.append(f"sheets/{f.name}.{ext} unreadable ({type(exc).__name__})")
    index = out / "index.html"
    if not index.is_file():
        problems.append("index.html missing")
    else:
        text = index.read_text("utf-8")
        problems += [f"index.html lacks {f.name}" for f in folders if f.name not in text]

    db = out / "zcaudit.sqlite"
    if not db.is_file():
        problems.append("zcaudit.sqlite missing")
    else:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            for t in ("applicants", "documents", "findings", "fields", "claims"):
                n = con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                tables[f"db:{t}"] = n
        except sqlite3.Error as exc:
            problems.append(f"zcaudit.sqlite unreadable ({exc})")
        finally:
            con.close()

    listed = {r["applicant_id"] for r in tables.get("applicants.csv", ())}
    problems += [f"applicant {f.name} not in applicants.csv" for f in folders if f.name not in listed]
    docs = {(r["applicant_id"], r["document"]) for r in tables.get("documents.csv", ())}
    from pipeline.stages import attachments
    for f in folders:
        for p in attachments(f):
            rel = clean_text(str(p.relative_to(f)))
            if (f.name, rel) not in docs:
                problems.append(f"attachment {f.name}/{rel} not in documents.csv")
    return problems, tables


# ---------------------------------------------------------------- report

def report(plan: dict, tables: dict, problems: list[str], rc: int, wall: float, log: str) -> None:
    origin = {(aid, clean_text(name)): src for aid, files in plan.items() for name, src in files}
    docs = tables.get("documents.csv", [])
    findings = tables.get("findings.csv", [])
    rw = [r for r in docs if r["applicant_id"] in plan]
    pages = sum(int(r["pages"] or 0) for r in docs)
    rw_pages = sum(int(r["pages"] or 0) for r in rw)
    src = collections.Counter(r["text_source"] for r in rw)
    ocr_pages = sum(int(w.split("=", 1)[1]) for line in log.splitlines() if " eta=" in line
                    for w in line.split() if w.startswith("ocr_pages="))
    n_files = sum(len(v) for v in plan.values())
    print(f"\nexit status {rc}; {wall:.1f} s wall; {len(tables.get('applicants.csv', []))} applicants "
          f"({len(plan)} real-PDF folders, {n_files} real or derived files)")
    print(f"pages: {pages} in all, {rw_pages} in the real PDFs (text source {dict(src)}); "
          f"OCR'd pages (progress lines) {ocr_pages}; {pages / wall:.1f} pages/s overall")
    print("outputs: " + ", ".join(f"{k} {len(v) if isinstance(v, list) else v}" for k, v in tables.items()))
    slow = sorted(((float(m.group(2)), m.group(1)) for m in re.finditer(
        r" \d+/\d+ (\S+) \w+ ([\d.]+)s ocr_pages=", log)), reverse=True)[:3]
    print("slowest applicants: " + ", ".join(
        f"{aid} {sec:.0f} s ({', '.join(n for n, _ in plan.get(aid, [])) or 'sample'})" for sec, aid in slow))
    print(f"\n{'every output written and every file accounted for' if not problems else 'PROBLEMS:'}")
    for p in problems[:60]:
        print(f"  - {p}")

    def by_code(code: str) -> list[dict]:
        return [r for r in findings if r["code"] == code]

    print("\nDOCUMENT_UNREADABLE:")
    for r in by_code("DOCUMENT_UNREADABLE"):
        ev = json.loads(r["evidence"] or "{}")
        where = origin.get((r["applicant_id"], r["document"]), "sample")
        print(f"  {r['applicant_id']}/{r['document']} [{where}]: {'；'.join(ev.get('reasons', []))[:120]}")
    print("\nCHECK_FAILED:" + ("" if by_code("CHECK_FAILED") else " none"))
    for r in by_code("CHECK_FAILED"):
        print(f"  {r['applicant_id']}: {r['evidence'][:200]}")
    codes = collections.Counter(r["code"] for r in findings if r["applicant_id"] in plan)
    print("\nfindings by code on the real-PDF applicants: "
          + ", ".join(f"{c} {n}" for c, n in codes.most_common()))
    types = collections.Counter(r["doc_type"] for r in rw)
    print("doc_type of the real PDFs: " + ", ".join(f"{c} {n}" for c, n in types.most_common()))
    verdicts = collections.Counter((r["applicant_id"] in plan, r["verdict"]) for r in tables.get("applicants.csv", []))
    print("verdicts: samples " + str({v: n for (rwf, v), n in verdicts.items() if not rwf})
          + ", real-PDF folders " + str({v: n for (rwf, v), n in verdicts.items() if rwf}))
    truth = COMMITTED / "truth.csv"
    if truth.is_file():
        found = {(r["applicant_id"], r["code"]) for r in findings}
        present = {r["applicant_id"] for r in tables.get("applicants.csv", ())}
        planted = [(r["applicant_id"], r["code"]) for r in read_csv(truth)[1]
                   if r["code"] != "CLEAN" and r["applicant_id"] in present]
        hit = [p for p in planted if p in found]
        print(f"planted faults of the samples still found: {len(hit)}/{len(planted)}"
              + "".join(f"; missed {a} {c}" for a, c in planted if (a, c) not in found))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=ROOT / ".cache" / "realworld" / "pdf")
    ap.add_argument("--work", type=Path, default=ROOT / ".cache" / "realworld" / "run")
    ap.add_argument("--samples", type=Path, default=COMMITTED / "inbox")
    ap.add_argument("--per-applicant", type=int, default=6, help="real PDFs per extra applicant folder")
    ap.add_argument("--max-pdfs", type=int, default=None, help="a seeded subset of the corpora")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("cli_args", nargs="*", help="extra `zcaudit run` options (after --)")
    a = ap.parse_args(argv)

    inbox, plan = build_inbox(a.corpora, a.samples, a.work, a.per_applicant, a.max_pdfs, a.seed)
    out = a.work / "out"
    if out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "flows.cli", "run", str(inbox), "--out", str(out),
           "--blacklist", str(COMMITTED / "blacklist.csv"),
           "--journals", str(ROOT / "sample_docs" / "data" / "core_journals.csv"), *a.cli_args]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    print("running:", " ".join(cmd[1:]), flush=True)
    logfile = a.work / "run.log"  # written as the run goes: `tail -f` it
    t = time.perf_counter()
    with open(logfile, "wb") as fh:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
    wall = time.perf_counter() - t
    log = logfile.read_text("utf-8", errors="replace")
    if proc.returncode != 0:
        print(f"zcaudit run exited {proc.returncode}; last lines of {a.work / 'run.log'}:")
        print("\n".join(log.splitlines()[-25:]))
    problems, tables = check_outputs(inbox, out)
    report(plan, tables, problems, proc.returncode, wall, log)
    return 0 if proc.returncode == 0 and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
