"""The per-applicant audit sheet (职称申报材料审核表) as self-contained HTML and xlsx."""
from __future__ import annotations

import base64
import io
import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Any, Optional

from jinja2 import Environment, FileSystemLoader, select_autoescape

from . import idcard
from .codes import title as code_title
from .labels import (DOC_TYPE_LABELS, FIELD_LABELS, MODE_LABELS, SEVERITY_LABELS, TEXT_SOURCE_LABELS,
                     UNIT_TYPE_LABELS, VERDICT_LABELS)
from .models import Document, Finding, Submission
from .policy import load_policy

log = logging.getLogger("zcaudit")
_env = Environment(loader=FileSystemLoader(str(Path(__file__).parent / "templates")),
                   autoescape=select_autoescape(["html", "j2"]))

KEY_FIELDS_MAX = 8
REVIEW_LABELS = {"dismissed": "已排除", "confirmed": "已确认"}


def _evidence_text(ev: dict[str, Any]) -> str:
    lines = []
    for k, v in ev.items():
        if k in ("clause",):
            continue
        if isinstance(v, (list, dict)):
            v = json.dumps(v, ensure_ascii=False)
        s = str(v)
        if len(s) > 300:
            s = s[:300] + "…"
        lines.append(f"{k}: {s}")
    return "\n".join(lines)


def crop_png(doc: Optional[Document], page_no: Optional[int], bbox) -> Optional[str]:
    """PNG (base64) of the page region where a value was read, for the sheet."""
    if doc is None or not page_no or not bbox or not doc.path:
        return None
    try:
        page = next((p for p in doc.pages if p.number == page_no), None)
        x0, y0, x1, y1 = bbox
        if doc.media == "pdf" and (page is None or page.text_source != "ocr"):
            import pymupdf
            with pymupdf.open(doc.path) as pdf:
                pg = pdf[page_no - 1]
                clip = pymupdf.Rect(x0 - 30, y0 - 12, x1 + 30, y1 + 12) & pg.rect
                pix = pg.get_pixmap(dpi=110, clip=clip)
                return base64.b64encode(pix.tobytes("png")).decode()
        from extractors.image import page_image  # upright image as OCR saw it
        img = page_image(doc, page_no)
        if img is None:
            return None
        from PIL import Image
        im = Image.fromarray(img)
        box = (max(0, int(x0) - 30), max(0, int(y0) - 12), min(im.width, int(x1) + 30), min(im.height, int(y1) + 12))
        crop = im.crop(box)
        crop.thumbnail((480, 200))
        buf = io.BytesIO()
        crop.save(buf, format="PNG")
        return base64.b64encode(buf.getvalue()).decode()
    except Exception as exc:  # a crop is a nicety: never fail a sheet for it
        log.debug("no crop for %s p%s: %s", doc.filename if doc else "-", page_no, exc)
        return None


def view_model(sub: Submission, reviews: Optional[dict[str, str]] = None, *, crops: bool = True) -> dict[str, Any]:
    from .store import fingerprint
    reviews = reviews or {}
    app = sub.application
    raw = sub.raw_application
    pol_name = (app.policy if app else str(raw.get("policy") or "")) or "2024"
    try:
        notice = load_policy(pol_name).notice
    except KeyError:
        notice = pol_name
    h = {
        "name": sub.name or "—",
        "id_masked": idcard.mask(app.id_number if app else str(raw.get("id_number", ""))) or "—",
        "unit": app.unit if app else raw.get("unit", "—"),
        "unit_type": UNIT_TYPE_LABELS.get(app.unit_type, app.unit_type) if app else "—",
        "series": app.series if app else raw.get("series", "—"),
        "level": app.level if app else raw.get("level", "—"),
        "grade": app.grade if app else raw.get("grade", "—"),
        "mode": MODE_LABELS.get(app.mode, app.mode) if app else raw.get("mode", "—"),
        "notice": notice,
        "submitted_at": str(app.submitted_at) if app else raw.get("submitted_at", "—"),
    }
    docs_by_name: dict[str, Document] = {}
    for d in sub.documents:
        docs_by_name.setdefault(d.filename, d)
    findings = []
    counts = {"reject": 0, "suspect": 0, "warn": 0, "info": 0}
    for f in sub.findings:
        counts[f.severity.value] += 1
        rv = reviews.get(fingerprint(f), "")
        doc = _doc_for(sub, f)
        findings.append({
            "code": f.code, "title": code_title(f.code), "severity": f.severity.value,
            "severity_label": SEVERITY_LABELS[f.severity.value], "message": f.message,
            "document": f.document, "page": f.page, "clause": f.clause or f.evidence.get("clause", ""),
            "evidence_text": _evidence_text(f.evidence), "review": rv,
            "review_label": REVIEW_LABELS.get(rv, rv),
            "crop": crop_png(doc, f.page, f.bbox) if crops else None,
        })
    documents = []
    for d in sub.documents:
        kf = []
        for fl in d.fields:
            if fl.name == "contribution":
                continue
            kf.append((FIELD_LABELS.get(fl.name, fl.name), fl.value))
        n_contrib = len(d.all("contribution"))
        if n_contrib:
            kf.append(("缴费记录", f"{n_contrib}个月"))
        documents.append({
            "filename": d.filename, "part": d.part,
            "page_range": "" if not d.page_range else f"{d.page_range[0]}-{d.page_range[1]}",
            "type_label": DOC_TYPE_LABELS.get(d.doc_type, d.doc_type), "doc_type": d.doc_type,
            "pages": d.page_count, "source_label": TEXT_SOURCE_LABELS.get(d.text_source, d.text_source),
            "key_fields": kf[:KEY_FIELDS_MAX],
            "errors": "；".join(e.message for e in d.errors if e.stage in ("read", "cap", "parse")),
        })
    return {"s": sub, "h": h, "findings": findings, "documents": documents, "counts": counts,
            "verdict_label": VERDICT_LABELS[sub.verdict],
            "generated": datetime.now().strftime("%Y-%m-%d %H:%M")}


def _doc_for(sub: Submission, f: Finding) -> Optional[Document]:
    if not f.document:
        return None
    cands = [d for d in sub.documents if d.filename == f.document]
    if f.page is not None:
        for d in cands:
            if any(p.number == f.page for p in d.pages):
                return d
    return cands[0] if cands else None


def write_html(path: Path, vm: dict[str, Any]) -> None:
    path.write_text(_env.get_template("sheet.html.j2").render(**vm), encoding="utf-8")


def write_xlsx(path: Path, vm: dict[str, Any]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    fills = {"reject": "F4CCCC", "suspect": "FCE5CD", "warn": "FFF2CC", "info": "EEEEEE"}
    wb = Workbook()
    ws = wb.active
    ws.title = "审核表"
    h, s = vm["h"], vm["s"]
    ws.append(["职称申报材料审核表"])
    ws["A1"].font = Font(size=16, bold=True)
    ws.append(["申报人编号", s.applicant_id, "姓名", h["name"], "身份证号", h["id_masked"]])
    ws.append(["工作单位", h["unit"], "单位性质", h["unit_type"], "适用文件", h["notice"]])
    ws.append(["申报系列", h["series"], "申报资格", f'{h["level"]}（{h["grade"]}）', "申报方式", h["mode"]])
    ws.append(["审核结论", vm["verdict_label"], "提交日期", h["submitted_at"], "审核时间", vm["generated"]])
    ws.append([])
    header_row = ws.max_row + 1
    ws.append(["序号", "程度", "代码", "问题说明", "材料", "页", "比对值", "依据条款", "复核"])
    for c in ws[header_row]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDE3EA")
    for i, f in enumerate(vm["findings"], 1):
        ws.append([i, f["severity_label"], f["code"], f["message"], f["document"], f["page"] or "",
                   f["evidence_text"], f["clause"], f["review_label"]])
        for c in ws[ws.max_row]:
            c.fill = PatternFill("solid", fgColor=fills[f["severity"]])
            c.alignment = Alignment(wrap_text=True, vertical="top")
    last = ws.max_row
    ws.auto_filter.ref = f"A{header_row}:I{max(last, header_row)}"
    ws.freeze_panes = f"A{header_row + 1}"
    for col, width in zip("ABCDEFGHI", (6, 8, 26, 60, 24, 5, 50, 26, 10)):
        ws.column_dimensions[col].width = width

    ws2 = wb.create_sheet("上传材料")
    ws2.append(["文件", "类型", "页数", "文本来源", "识别字段", "问题"])
    for c in ws2[1]:
        c.font = Font(bold=True)
    for d in vm["documents"]:
        ws2.append([d["filename"] + (f' (第{d["page_range"]}页)' if d["part"] else ""), d["type_label"],
                    d["pages"], d["source_label"], "；".join(f"{k}：{v}" for k, v in d["key_fields"]), d["errors"]])
    ws2.freeze_panes = "A2"
    ws2.auto_filter.ref = f"A1:F{max(ws2.max_row, 1)}"
    for i, width in enumerate((30, 16, 6, 12, 80, 30), 1):
        ws2.column_dimensions[get_column_letter(i)].width = width
    wb.save(path)


def write_sheets(out: Path, sub: Submission, reviews: Optional[dict[str, str]] = None) -> tuple[Path, Path]:
    sheets = out / "sheets"
    sheets.mkdir(parents=True, exist_ok=True)
    vm = view_model(sub, reviews)
    html = sheets / f"{sub.applicant_id}.html"
    xlsx = sheets / f"{sub.applicant_id}.xlsx"
    write_html(html, vm)
    write_xlsx(xlsx, vm)
    return html, xlsx
