"""The stages of an audit, as plain functions of the data model.

    discover → load_submission → read_documents → check_submission → (batch) check_batch

The run loop (``pipeline.runner.run_inbox``) drives them; tests call them directly. No stage raises
for a bad input: problems become StageErrors and Findings.
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

import checks
from checks.base import BATCH_CHECKS, CHECKS, BatchContext, CheckContext, check_failed, settle_rejects
from core.application import load_application
from core.codes import COVERS
from core.models import Coverage, Document, Field, Finding, StageError, Submission, severity_order
from core.policy import Policy, load_policy
from extractors import read_document

log = logging.getLogger("zcaudit")

DEFAULT_POLICY = "2024"
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass
class AuditOptions:
    """Run-wide options shared by every applicant of a batch."""
    policy: Optional[str] = None          # force a policy; else application.policy
    page_cap: Optional[int] = None        # override the policy's page cap
    max_file_bytes: int = MAX_FILE_BYTES
    check_options: dict[str, Any] = field(default_factory=dict)  # blacklist, journals …


# ---------------------------------------------------------------- discovery

def discover(inbox: Path) -> list[Path]:
    """Applicant folders of an inbox, sorted; symlinked folders are not followed."""
    inbox = Path(inbox)
    if not inbox.is_dir():
        raise FileNotFoundError(f"inbox {inbox} is not a folder")
    out = []
    for p in sorted(inbox.iterdir()):
        if p.name.startswith("."):
            continue
        if p.is_symlink():
            log.warning("skipping symlinked applicant folder %s", p.name)
            continue
        if p.is_dir():
            out.append(p)
    return out


JUNK_FILES = {".DS_Store", "Thumbs.db", "desktop.ini"}


def attachments(folder: Path) -> list[Path]:
    """Every file of an applicant folder except application.json (sorted, recursive)."""
    files = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        # a symlinked sub-folder is listed as one entry (refused when read), never walked
        linked = [d for d in dirs if os.path.islink(os.path.join(root, d))]
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in linked)
        names = list(names) + linked
        for n in sorted(names):
            if n in JUNK_FILES or n.startswith("._"):  # OS metadata, not uploads
                continue
            p = Path(root) / n
            if p.parent == folder and n == "application.json":
                continue
            files.append(p)
    return files


def content_hash(folder: Path) -> str:
    """Hash of application.json and every attachment (name + bytes): unchanged → same hash."""
    h = hashlib.sha256()
    for p in [folder / "application.json", *attachments(folder)]:
        h.update(str(p.relative_to(folder)).encode("utf-8", "surrogateescape"))
        if p.is_symlink() or not p.is_file():
            h.update(b"<not a file>")
            continue
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:  # refused when read: do not read 300 MB to hash it
            st = p.stat()
            h.update(f"<too large {size} {st.st_mtime_ns}>".encode())
            continue
        with p.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def policy_for(sub: Submission, opts: AuditOptions) -> Policy:
    name = opts.policy or (sub.application.policy if sub.application else None) \
        or str(sub.raw_application.get("policy") or "") or DEFAULT_POLICY
    try:
        return load_policy(name)
    except KeyError:
        log.warning("%s: unknown policy %r, using %s", sub.applicant_id, name, DEFAULT_POLICY)
        return load_policy(DEFAULT_POLICY)


def load_submission(folder: Path) -> Submission:
    folder = Path(folder)
    app, raw, findings = load_application(folder)
    sub = Submission(applicant_id=folder.name, folder=str(folder), application=app,
                     raw_application=raw, findings=list(findings))
    sub.content_hash = content_hash(folder)
    return sub


# ---------------------------------------------------------------- reading

def _unreadable(sub: Submission, path: Path, reason: str, *, size: int = 0, sha: str = "") -> Document:
    return Document(applicant_id=sub.applicant_id, filename=str(path.relative_to(sub.folder)),
                    path=str(path), size=size, sha256=sha, doc_type="unknown",
                    errors=[StageError(stage="read", message=reason)])


def read_documents(sub: Submission, policy: Policy, opts: AuditOptions, ocr=None) -> Submission:
    """Read, classify and parse every attachment (bundles split into parts)."""
    folder = Path(sub.folder)
    page_cap = opts.page_cap or policy.page_cap
    for path in attachments(folder):
        rel = str(path.relative_to(folder))
        if path.is_symlink():
            sub.documents.append(_unreadable(sub, path, "符号链接，未跟随读取"))
            continue
        try:
            size = path.stat().st_size
        except OSError as exc:
            sub.documents.append(_unreadable(sub, path, f"无法访问文件（{exc.strerror}）"))
            continue
        if size > opts.max_file_bytes:
            sub.documents.append(_unreadable(
                sub, path, f"文件过大（{size / 1048576:.0f} MB，上限 {opts.max_file_bytes / 1048576:.0f} MB）",
                size=size))
            continue
        try:
            docs = read_document(path, sub.applicant_id, ocr=ocr, page_cap=page_cap)
        except Exception as exc:  # the reader must not raise; never lose a file if it does
            log.exception("%s: reader failed on an attachment", sub.applicant_id)
            docs = [_unreadable(sub, path, f"读取失败（{type(exc).__name__}）", size=size)]
        for d in docs:
            d.filename = rel
        sub.documents.extend(docs)
    return sub


# ---------------------------------------------------------------- checks

def document_findings(sub: Submission, policy: Policy) -> list[Finding]:
    """DOCUMENT_UNREADABLE for files the reader could not use, or could not read whole."""
    out = []
    for d in sub.documents:
        errs = [e for e in d.errors if e.stage in ("read", "cap")]
        if not errs:
            continue
        reason = "；".join(e.message for e in errs)
        out.append(Finding(
            applicant_id=sub.applicant_id, code="DOCUMENT_UNREADABLE",
            severity=policy.severity_of("DOCUMENT_UNREADABLE"), document=d.filename,
            message=f"附件“{d.filename}”无法完整读取：{reason}，请申报人重新上传清晰、未加密的文件。",
            clause=policy.clause("materials"),
            evidence={"document": d.filename, "reasons": [e.message for e in errs],
                      "size": d.size, "clause": policy.clause("materials")},
        ))
    return out


def holder_rows(sub: Submission) -> Submission:
    """A unit's roster names no holder (``extractors.parsers.social_insurance.roster``): each roster is
    read for the applicant (``pick_holder``) before the checks."""
    app = sub.application
    for d in sub.docs("social_insurance"):
        if d.meta.get("roster") and app is not None and not d.fields:
            pick_holder(d, app.name or "", app.id_number or "")
    for d in sub.docs("employment_proof"):
        if d.meta.get("people") and app is not None and not any(f.name == "name" for f in d.fields):
            pick_person(d, app.name or "", app.id_number or "")
    return sub


def pick_person(d: Document, name: str, id_number: str) -> None:
    """A list of several staff (``extractors.parsers.employment_proof._people``, a notice of appointment's
    附件): the row with the declared ID number — else, the declared name on a row whose printed number is
    missing or a digit or two from the declared one (an OCR slip; that number is then not read) — gives the
    document's name, ID number, position and start date. No such row: nothing is read for the holder (the
    claims stay unconfirmed; another person's row is never taken)."""
    declared = id_number.upper()
    rows = d.meta["people"]
    mine = next((r for r in rows if declared and r["id_number"] == declared), None)
    if mine is None:
        mine = next((dict(r, id_number="") for r in rows if name and r["name"] == name and (
            not r["id_number"] or len(r["id_number"]) == len(declared)
            and sum(a != b for a, b in zip(r["id_number"], declared)) <= 2)), None)
    if mine is None:
        return
    box = tuple(mine["bbox"]) if mine.get("bbox") else None
    for key in ("name", "id_number", "position", "start_date"):
        if mine.get(key):
            d.fields.append(Field(name=key, value=mine[key], page=mine["page"], bbox=box, source=mine["source"]))


def pick_holder(d: Document, name: str, id_number: str) -> None:
    """The roster rows with the declared ID number (else, where no row prints one, the declared name)
    become the document's name, ID number and contributions. A page the roster prints for a month
    without the applicant says the unit did not insure them that month (text layer, every row of the roster
    read); on a photo, or where a page or row went unread, a row may have been lost, so the roster is not
    read in full. Not on the roster at all: nothing proved, unread."""
    people = d.meta["roster"]
    declared = id_number.upper()
    mine = [r for r in people if declared and r["id_number"] == declared] or \
        [r for r in people if not r["id_number"] and name and r["name"] == name]
    cov = d.coverage or Coverage(pages_total=len(d.pages))
    cov.unread = [u for u in cov.unread if not u.startswith("名册")] + \
        [f"名册{u}：未读出" for u in d.meta.get("roster_unread", [])]
    d.coverage = cov
    if not mine:
        cov.unread.append("名册：未见申报人（按身份号码）")
        cov.complete = False
        return
    first = mine[0]
    d.fields += [Field(name="name", value=first["name"], page=first["page"], source=first["source"]),
                 Field(name="id_number", value=first["id_number"], page=first["page"], source=first["source"])]
    seen = set()
    for r in mine:
        value = f"{r['month']}|{r['unit']}|{r['base']}|{r['paid']}"
        if value not in seen:
            seen.add(value)
            d.fields.append(Field(name="contribution", value=value, page=r["page"], source=r["source"]))
    notes = {r["month"]: r["note"] for r in mine if r.get("note")}
    if notes:
        d.meta["contribution_status"] = notes
    missing = sorted({r["month"] for r in people} - {r["month"] for r in mine})
    if missing and any(r["source"] != "text_layer" for r in people):
        cov.unread += [f"名册{m}：未见申报人" for m in missing]
    cov.rows_read = len(seen)
    cov.pages_with_rows = sorted({r["page"] for r in mine})
    cov.complete = not cov.unread


def check_submission(sub: Submission, policy: Policy, opts: AuditOptions, store=None) -> Submission:
    """Run every registered per-applicant check. A check that raises gives CHECK_FAILED
    (the applicant cannot pass); rejects resting on uncorroborated reads become suspect."""

    checks.load_all()
    holder_rows(sub)
    sub.findings.extend(document_findings(sub, policy))
    ctx = CheckContext(policy=policy, options=opts.check_options, store=store)
    for name, fn in CHECKS.items():
        try:
            found = list(fn(sub, ctx) or [])
        except Exception as exc:
            log.error("%s: check %s failed (%s)", sub.applicant_id, name, type(exc).__name__)
            sub.findings.append(check_failed(sub, policy, name, exc))
            continue
        sub.findings.extend(found)
    settle_rejects(sub)
    return sub


def check_batch(subs: list[Submission], opts: AuditOptions, store=None) -> list[Submission]:
    """Checks that compare applicants with each other (and with earlier nights)."""

    checks.load_all()
    policies = {s.applicant_id: policy_for(s, opts) for s in subs}
    bctx = BatchContext(policies=policies, options=opts.check_options, store=store)
    by_id = {s.applicant_id: s for s in subs}
    for name, fn in BATCH_CHECKS.items():
        try:
            found = list(fn(subs, bctx) or [])
        except Exception as exc:  # every applicant of the batch went unchecked by it
            log.error("batch check %s failed (%s)", name, type(exc).__name__)
            for s in subs:
                s.findings.append(check_failed(s, policies[s.applicant_id], name, exc))
            continue
        for f in found:
            if f.applicant_id in by_id:
                by_id[f.applicant_id].findings.append(f)
    for s in subs:
        settle_rejects(s)
        s.findings = dedupe_findings(s.findings)
    return subs


def dedupe_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Identical findings once; a finding covered by a more precise one of the same cause dropped."""
    findings = list(findings)
    covered = {COVERS[f.code] for f in findings if f.code in COVERS}
    seen = set()
    out = []
    for f in findings:
        if (f.code, f.evidence.get("doc_type")) in covered:
            continue
        key = (f.code, f.document, f.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return sorted(out, key=lambda f: (severity_order(f.severity), f.code, f.document))


def audit_submission(folder: Path, opts: AuditOptions, ocr=None, store=None) -> Submission:
    """One applicant end to end (everything but the batch checks)."""
    sub = load_submission(folder)
    policy = policy_for(sub, opts)
    read_documents(sub, policy, opts, ocr=ocr)
    check_submission(sub, policy, opts, store=store)
    return sub
