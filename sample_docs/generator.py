"""Sample submission sets with known truth (contract §5).

Why: the checks and extractors are measured against inboxes whose faults are
planted on purpose. Each applicant is first built CLEAN (declared data and
documents that raise no finding under the policy's rules), then at most one
fault planter from :mod:`sample_docs.faults` bends it so that exactly that code
is raised.

Everything is seeded (one ``random.Random`` per applicant and per document, no
wall-clock, insertion-ordered dicts), so the same seed gives byte-identical files.
"""
from __future__ import annotations

import csv
import io
import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from . import render as R
from .applicants import build_applicant, build_docs
from .faults import FAULTS, SUPPORTED_FAULTS, FaultContext, decoy_blacklist
from .spec import Doc, Spec

__all__ = ["generate", "SUPPORTED_FAULTS", "build_applicant", "Doc", "Spec"]

# --------------------------------------------------------------------------
# rendering and writing
# --------------------------------------------------------------------------

_NAME_FORMS = ("扫描件{k}", "IMG_{d}_{hm}", "附件{k}", "材料{k}", "微信图片_{d}{hm}{s}", "{hint}", "{hint}{k}",
               "scan{k:03d}", "新建文档{k}", "DOC{d}{k}")


def _file_name(rng: random.Random, doc: Doc, ext: str, used: set[str], sub: date) -> str:
    for _ in range(50):
        d = (sub - timedelta(days=rng.randint(0, 9))).strftime("%Y%m%d")
        stem = rng.choice(_NAME_FORMS).format(k=rng.randint(1, 30), d=d, hm=f"{rng.randint(7, 22):02d}{rng.randint(0, 59):02d}",
                                              s=f"{rng.randint(0, 59):02d}", hint=doc.name_hint or "材料")
        name = stem + ext
        if name.lower() not in used and name != "application.json":
            used.add(name.lower())
            return name
    raise RuntimeError("no free file name")


def render_spec(spec: Spec, seed: int, degrade: int, variant_cycle: dict) -> None:
    """Render every document that has no bytes yet, run post hooks, bundle scans."""
    for i, doc in enumerate(spec.docs):
        if not doc.key:
            doc.key = f"{seed}:{spec.applicant_id}:{i}:{doc.doc_type}"
        if doc.data:
            continue
        if doc.variant is None:
            n = int(R.VARIANTS.get(doc.doc_type, 1)) or 1
            order = variant_cycle.setdefault(doc.doc_type, [])
            if not order:
                order.extend(random.Random(f"{seed}:{doc.doc_type}:{len(variant_cycle)}").sample(range(n), n))
            doc.variant = order.pop(0)
        scan = True if doc.bundle else doc.as_scan
        doc.data, doc.ext, doc.truth = R.render(doc.doc_type, doc.fields, variant=doc.variant,
                                                rng=random.Random(doc.key), degrade=degrade, as_scan=scan)
        doc.ext = "." + doc.ext.lstrip(".").lower()
    for doc in spec.docs:
        for hook in doc.post:
            hook(doc, spec)


def _bundle(spec: Spec) -> list[tuple[str, list[Doc], bytes, str]]:
    """Group docs into files: (kind, docs, bytes, ext)."""
    files, groups = [], {}
    for doc in spec.docs:
        if doc.bundle:
            groups.setdefault(doc.bundle, []).append(doc)
            if len(groups[doc.bundle]) == 1:
                files.append(("bundle", groups[doc.bundle]))
        else:
            files.append(("single", [doc]))
    out = []
    for kind, docs in files:
        if kind == "bundle" and len(docs) > 1:
            out.append((kind, docs, R.render_pages_to_pdf([(d.data, d.ext) for d in docs]), ".pdf"))
        else:
            out.append((kind, docs, docs[0].data, docs[0].ext))
    return out


def write_spec(spec: Spec, inbox: Path, rng: random.Random, truth_rows: list) -> None:
    folder = inbox / spec.applicant_id
    folder.mkdir(parents=True, exist_ok=True)
    text = spec.raw_json if spec.raw_json is not None else json.dumps(spec.app, ensure_ascii=False, indent=2)
    (folder / "application.json").write_bytes(text.encode("utf-8"))
    used: set[str] = set()
    sub = date.fromisoformat(spec.app.get("submitted_at") or "2024-09-10")
    for kind, docs, data, ext in _bundle(spec):
        shown = docs[0].fake_ext or ext
        if kind == "bundle":
            docs[0].name_hint = "学历学位证书"
        name = _file_name(rng, docs[0], shown, used, sub)
        (folder / name).write_bytes(data)
        spec.filenames.append(name)
        for doc in docs:
            if not doc.truth_rows:
                continue
            for key in sorted(doc.truth):
                vals = doc.truth[key] if isinstance(doc.truth[key], list) else [doc.truth[key]]
                for v in vals:
                    truth_rows.append((spec.applicant_id, name, doc.doc_type, key, str(v)))


def _csv(path: Path, header: list[str], rows: list) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))


def _plan(rng: random.Random, n: int, faults: list[str]) -> list[tuple[str, int]]:
    """Roles in order: ("CLEAN", 0) or (code, 0|1); a pair fault takes two slots, its source first."""
    n_faulty = n - n // 2 if faults else 0
    order = sorted(faults)
    rng.shuffle(order)
    picked, slots, i, misses = [], 0, 0, 0
    while slots < n_faulty and order and misses < len(order):
        code = order[i % len(order)]
        i += 1
        size = 2 if FAULTS[code].pair else 1
        if slots + size > n_faulty:
            misses += 1
            continue
        picked.append(code)
        slots += size
    units: list[list[tuple[str, int]]] = [[(c, 0), (c, 1)] if FAULTS[c].pair else [(c, 0)] for c in picked]
    units += [[("CLEAN", 0)] for _ in range(n - slots)]
    rng.shuffle(units)
    return [role for unit in units for role in unit]


def generate(out_dir: Path, n: int, seed: int, *, degrade: int = 1, faults: Optional[list[str]] = None,
             policy_mix: Optional[dict] = None) -> list[dict]:
    """Write an inbox of ``n`` applicants plus truth.csv, fields_truth.csv and blacklist.csv.

    Returns one dict per applicant: applicant_id, code, policy, documents (file names).
    """
    out_dir = Path(out_dir)
    inbox = out_dir / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    selected = list(SUPPORTED_FAULTS if faults is None else faults)
    unknown = [c for c in selected if c not in FAULTS]
    if unknown:
        raise ValueError(f"unsupported faults: {unknown}")
    mix = policy_mix or {"2024": 0.7, "2021": 0.3}
    roles = _plan(rng, n, selected)
    taken: set[str] = set()
    specs: list[Spec] = []
    partners: dict[str, Spec] = {}
    variant_cycle: dict[str, list[int]] = {}
    truth_rows: list = []
    blacklist: list = []
    for idx, (code, member) in enumerate(roles):
        aid = f"LX2024-{idx + 1:04d}"
        arng = random.Random(f"{seed}:{aid}")
        fdef = FAULTS.get(code)
        needs = dict(fdef.needs) if fdef else {}
        partner = partners.get(code) if member == 1 else None
        like = needs.pop("like", False)
        if partner is not None and like:
            needs["like"] = partner
            needs["gender"] = partner.app["gender"]
        policy_name = needs.get("policy") or (partner.app["policy"] if partner else None) or \
            rng.choices(sorted(mix), weights=[mix[k] for k in sorted(mix)])[0]
        spec = build_applicant(aid, arng, policy_name, needs, taken)
        spec.code = code
        if fdef is not None:
            ctx = FaultContext(rng=arng, partner=partner, member=member, rebuild=lambda s=spec, r=arng: build_docs(s, r))
            if member == 0 and fdef.pair:
                if fdef.prepare:
                    fdef.prepare(spec, ctx)
            else:
                fdef.fn(spec, ctx)
        elif arng.random() < 0.12:
            _misleading_extension(spec, arng)
        render_spec(spec, seed, degrade, variant_cycle)
        if fdef is not None and fdef.pair and member == 0:
            partners[code] = spec
        write_spec(spec, inbox, arng, truth_rows)
        blacklist.extend(spec.blacklist)
        specs.append(spec)
    blacklist.extend(decoy_blacklist(random.Random(f"{seed}:blacklist"), {s.app.get("unit") for s in specs}))
    _csv(out_dir / "truth.csv", ["applicant_id", "code"], [(s.applicant_id, s.code) for s in specs])
    _csv(out_dir / "fields_truth.csv", ["applicant_id", "document", "doc_type", "field", "value"], truth_rows)
    _csv(out_dir / "blacklist.csv", ["kind", "value", "name", "reason"], blacklist)
    return [{"applicant_id": s.applicant_id, "code": s.code, "policy": s.app.get("policy"),
             "documents": list(s.filenames)} for s in specs]


def _misleading_extension(spec: Spec, rng: random.Random) -> None:
    """A JPEG saved as .pdf or a PDF saved as .jpg (file names are not trusted)."""
    doc = rng.choice([d for d in spec.docs if d.doc_type in ("id_card", "employment_proof", "continuing_education")])

    def hook(d: Doc, _spec: Spec) -> None:
        if not d.bundle:
            d.fake_ext = ".pdf" if d.ext in (".jpg", ".jpeg", ".png") else ".jpg"
    doc.post.append(hook)

