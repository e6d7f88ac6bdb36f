"""The per-applicant audit sheet (职称申报材料审核表) as self-contained HTML and xlsx.

Why one view model for both: the reviewer prints the HTML and the office files
the xlsx; they must say the same thing, and the desk (``zcaudit desk``) renders
the same template with its forms.  The sheet is read by people, not parsers:
each finding leads with its deciding comparison (申报 against 材料, where, and
whether a derived rule is met), evidence has Chinese labels, ID numbers are
masked in text and blurred in pictures, and each finding shows the spot of the
upload its value was read from (``pipeline.crops``) with a click-through to
the whole page.  Below the findings: what was checked and passed, and the
cross-document table, so that a clean sheet is not taken on trust.
"""
from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from jinja2 import Environment, FileSystemLoader, select_autoescape

from . import crops as _crops
from .crossdoc import cross_table
from .evidence import (comparison, evidence_rows, format_value, mask_ids, rule_line,  # noqa: F401 (re-exported)
                       spaced_ranges)
from .files import atomic_path, private_dir, write_text
from .redact import keep_box
from .sanitize import clean_text, clean_tree
from .sheet_xlsx import write_xlsx
from .store import fingerprint
from core import idcard
from core.codes import title as code_title
from core.labels import (DOC_TYPE_LABELS, FIELD_LABELS, MODE_LABELS, REVIEW_LABELS, SEVERITY_LABELS,
                         TEXT_SOURCE_LABELS, UNIT_TYPE_LABELS, VERDICT_LABELS, local_time)
from core.models import Document, Finding, Submission, severity_order, verdict_of
from core.policy import load_policy

log = logging.getLogger("zcaudit")
_env = Environment(loader=FileSystemLoader(str(Path(__file__).parent / "templates")),
                   autoescape=select_autoescape(["html", "j2"]))
_env.filters["localtime"] = local_time

LOW_CONFIDENCE = 0.85          # OCR fields below this are marked for a second look
PAGE_DIR = "pages"             # OUT/sheets/pages/<applicant>/<fingerprint>.jpg: whole-page views


@dataclass
class Links:
    """Where a sheet's links point: files next to it (static) or the desk's routes."""
    back: str = "../index.html"
    page: Callable[[str, str], str] = lambda aid, fp: f"{PAGE_DIR}/{aid}/{fp}.jpg"
    original: Callable[[Submission, int], str] = lambda sub, i: (
        Path(sub.documents[i].path).resolve().as_uri() if sub.documents[i].path else "")


def _b64(png: Optional[bytes]) -> Optional[str]:
    return base64.b64encode(png).decode() if png else None


def doc_for(sub: Submission, f: Finding) -> tuple[int, Optional[Document]]:
    """(index, document) a finding rests on, the part holding its page when a file was split."""
    if not f.document:
        return -1, None
    cands = [(i, d) for i, d in enumerate(sub.documents) if d.filename == f.document]
    if f.page is not None:
        for i, d in cands:
            if any(p.number == f.page for p in d.pages):
                return i, d
    return cands[0] if cands else (-1, None)


def _page_of(doc: Document, f: Finding) -> Optional[int]:
    if f.page is not None:
        return f.page
    return doc.pages[0].number if len(doc.pages) == 1 else None


def _picture(sub: Submission, f: Finding) -> tuple[Optional[bytes], str]:
    """(PNG, kind): the region of the box, else the top of the page the finding names."""
    _, doc = doc_for(sub, f)
    if doc is None:
        return None, ""
    page = _page_of(doc, f)
    if f.bbox and page:
        png = _crops.region_png(doc, page, f.bbox, keep=keep_box(f))
        if png:
            return png, "region"
    png = _crops.thumbnail_png(doc, page)
    return (png, "page") if png else (None, "")


def page_view(sub: Submission, fp: str) -> Optional[bytes]:
    """JPEG of the whole page a finding rests on, its box framed, ID numbers blurred."""
    f = next((x for x in sub.findings if fingerprint(x) == fp), None)
    if f is None:
        return None
    _, doc = doc_for(sub, f)
    page = _page_of(doc, f) if doc else None
    return _crops.page_png(doc, page, f.bbox, keep=keep_box(f), fmt="JPEG") if page else None


def crop_png(doc: Optional[Document], page_no: Optional[int], bbox) -> Optional[str]:
    """Base64 PNG of the page region where a value was read (kept for callers of v1)."""
    return _b64(_crops.region_png(doc, page_no, bbox))


def _header(sub: Submission) -> dict[str, Any]:
    app, raw = sub.application, sub.raw_application
    pol_name = (app.policy if app else str(raw.get("policy") or "")) or "2024"
    try:
        notice = load_policy(pol_name).notice
    except KeyError:
        notice = pol_name

    def pick(attr: str, labels: Optional[dict] = None) -> str:
        v = getattr(app, attr) if app else raw.get(attr)
        v = "—" if v in (None, "") else str(v)
        return labels.get(v, v) if labels else v

    return {"name": sub.name or "—",
            "id_masked": idcard.mask(app.id_number if app else str(raw.get("id_number", "") or "")) or "—",
            "unit": pick("unit"), "unit_type": pick("unit_type", UNIT_TYPE_LABELS), "series": pick("series"),
            "level": pick("level"), "grade": pick("grade"), "mode": pick("mode", MODE_LABELS),
            "major": pick("major_applied"), "notice": notice, "submitted_at": pick("submitted_at")}


def _documents(sub: Submission, links: Links) -> list[dict[str, Any]]:
    out = []
    for i, d in enumerate(sub.documents):
        kf = []
        for fl in d.fields:
            if fl.name == "contribution":
                continue
            value = format_value(fl.value, key=fl.name)
            low = fl.source == "ocr" and fl.confidence < LOW_CONFIDENCE
            kf.append((FIELD_LABELS.get(fl.name, fl.name), value, low))
        n_contrib = len(d.all("contribution"))
        if n_contrib:
            kf.append(("缴费记录", f"{n_contrib}个月", False))
        out.append({
            "filename": d.filename, "part": d.part, "original": links.original(sub, i),
            "page_range": "" if not d.page_range else f"{d.page_range[0]}-{d.page_range[1]}",
            "type_label": DOC_TYPE_LABELS.get(d.doc_type, d.doc_type), "doc_type": d.doc_type,
            "pages": d.page_count or int(d.meta.get("page_count_total", 0) or 0),
            "source_label": TEXT_SOURCE_LABELS.get(d.text_source, d.text_source),
            "key_fields": kf,
            "errors": "；".join(e.message for e in d.errors if e.stage in ("read", "cap", "parse", "ocr", "page")),
        })
    return out


def _years_line(sub: Submission) -> Optional[str]:
    """MAJOR_MISMATCH's derived rule: the lengthened years requirement, and whether it is met."""
    for p in sub.passed:
        if p.rule == "INSUFFICIENT_YEARS":
            return rule_line({"threshold_years": p.values.get("required_years"),
                              "actual_years": p.values.get("counted_years")})
    for f in sub.findings:
        if f.code == "INSUFFICIENT_YEARS":
            rules = [r for r in f.evidence.get("rules", []) if r.get("counted_years") is not None]
            if rules:
                best = min(rules, key=lambda r: r["required_months"] - r["counted_months"])
                return rule_line({"threshold_years": best["required_years"], "actual_years": best["counted_years"]})
    return None


def _compare(sub: Submission, f: Finding) -> list[tuple[str, str]]:
    rows = comparison(f.evidence, f.document, f.page)
    if f.code == "MAJOR_MISMATCH" and f.evidence.get("extra_years"):
        line = _years_line(sub)
        rows.append(("规则", line or "专业工作年限须延长，本次未能计算实有年限"))
    return rows


def _decisions(reviews, aid: str) -> list[dict[str, Any]]:
    stages = reviews.stages(aid) if hasattr(reviews, "stages") else {}
    return [{"stage": s, "outcome": r["action"], "reason": r["reason"], "note": r["note"] or "",
             "reviewer": r["reviewer"], "at": local_time(r["at"])} for s, r in stages.items()]


def view_model(sub: Submission, reviews: Optional[dict[str, str]] = None, *, crops: bool = True,
               links: Optional[Links] = None) -> dict[str, Any]:
    """Everything the sheet shows; ``reviews`` maps a finding fingerprint to its decision
    (a ``pipeline.review.ReviewState`` adds notes, reviewers and the 初审/复核 decisions)."""
    reviews = reviews if reviews is not None else {}
    links = links or Links()
    detail = getattr(reviews, "detail", {})
    findings = []
    counts = {"reject": 0, "suspect": 0, "warn": 0, "info": 0, "dismissed": 0}
    for f in sub.findings:
        fp = fingerprint(f)
        rv = reviews.get(fp, "")
        counts["dismissed" if rv == "dismissed" else f.severity.value] += 1
        png, kind = _picture(sub, f) if crops else (None, "")
        rows = evidence_rows(f.evidence)
        idx, doc = doc_for(sub, f)
        d = detail.get(fp, {})
        findings.append({
            "fp": fp, "code": f.code, "title": code_title(f.code), "severity": f.severity.value,
            "severity_label": SEVERITY_LABELS[f.severity.value], "message": spaced_ranges(mask_ids(f.message)),
            "document": f.document, "page": f.page, "clause": f.clause or str(f.evidence.get("clause", "")),
            "quote": str(f.evidence.get("quote") or ""), "compare": _compare(sub, f), "evidence": rows,
            "evidence_text": "\n".join(f"{k}：{v}" for k, v in rows),
            "review": rv, "review_label": REVIEW_LABELS.get(rv, rv), "review_note": d.get("note", ""),
            "review_by": d.get("reviewer", ""), "review_at": local_time(d["at"]) if d.get("at") else "",
            "crop": _b64(png), "crop_png": png, "crop_kind": kind,
            "page_href": links.page(sub.applicant_id, fp) if doc is not None and png else "",
            "original": links.original(sub, idx) if doc is not None else "",
        })
    # the reviewer reads the worst first; dismissed ones go last
    findings.sort(key=lambda x: (x["review"] == "dismissed", severity_order(x["severity"])))
    verdict = verdict_of(x["severity"] for x in findings if x["review"] != "dismissed")
    passes = [{"message": spaced_ranges(mask_ids(p.message)), "clause": p.clause, "rule": p.rule}
              for p in sub.passed]
    return {"s": sub, "h": _header(sub), "findings": findings, "documents": _documents(sub, links),
            "counts": counts, "verdict": verdict, "verdict_label": VERDICT_LABELS[verdict],
            "passes": passes, "cross": cross_table(sub), "decisions": _decisions(reviews, sub.applicant_id),
            "review_state": reviews.state(sub.applicant_id) if hasattr(reviews, "state") else "",
            "back": links.back, "generated": local_time()}


def render_html(vm: dict[str, Any], desk: Optional[dict[str, Any]] = None) -> str:
    return _env.get_template("sheet.html.j2").render(desk=desk, **vm)


def write_html(path: Path, vm: dict[str, Any]) -> None:
    write_text(path, clean_text(render_html(vm), None))


def write_page_views(sheets: Path, sub: Submission, vm: dict[str, Any]) -> None:
    """The click-through pages of the static sheet (one JPEG per finding with a picture)."""
    folder = sheets / PAGE_DIR / sub.applicant_id
    wanted = {f["fp"] for f in vm["findings"] if f["page_href"]}
    if folder.is_dir():
        for old in folder.glob("*.jpg"):
            if old.stem not in wanted:
                old.unlink()
    for fp in sorted(wanted):
        jpg = page_view(sub, fp)
        if jpg:
            private_dir(folder)
            with atomic_path(folder / f"{fp}.jpg") as tmp:
                tmp.write_bytes(jpg)


def write_sheets(out: Path, sub: Submission, reviews: Optional[dict[str, str]] = None) -> tuple[Path, Path]:
    """Write ``OUT/sheets/<id>.html`` and ``.xlsx`` (and the page views); returns both paths."""
    sheets = private_dir(out / "sheets")
    raw = view_model(sub, reviews)
    vm = clean_tree(raw)  # every cell and line safe for xlsx and HTML
    for f, r in zip(vm["findings"], raw["findings"]):  # pictures are not text: kept whole
        f["crop"], f["crop_png"] = r["crop"], r["crop_png"]
    html = sheets / f"{sub.applicant_id}.html"
    xlsx = sheets / f"{sub.applicant_id}.xlsx"
    write_page_views(sheets, sub, vm)
    write_html(html, vm)
    write_xlsx(xlsx, vm)
    return html, xlsx
