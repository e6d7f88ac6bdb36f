"""The per-applicant audit sheet (职称申报材料审核表) as self-contained HTML and xlsx.

Why one view model for both: the reviewer prints the HTML and the office files
the xlsx; they must say the same thing.  The sheet is read by people, not
parsers: evidence dicts become small tables with Chinese labels, ID numbers are
masked everywhere in text, and each finding shows the spot of the upload its
value was read from (``pipeline.crops``), so a reviewer can judge a finding
without opening the file.
"""
from __future__ import annotations

import base64
import io
import logging
import re
from datetime import datetime
from pathlib import Path
from typing import Any, Optional

from jinja2 import Environment, FileSystemLoader, select_autoescape

from . import crops as _crops
from .files import atomic_path, private_dir, write_text
from .sanitize import clean_text, clean_tree
from core import idcard
from core.codes import title as code_title
from core.labels import (DOC_TYPE_LABELS, FIELD_LABELS, MODE_LABELS, SEVERITY_LABELS, TEXT_SOURCE_LABELS,
                     UNIT_TYPE_LABELS, VERDICT_LABELS)
from core.models import SEVERITY_RANK, Document, Finding, Severity, Submission
from core.policy import load_policy

log = logging.getLogger("zcaudit")
_env = Environment(loader=FileSystemLoader(str(Path(__file__).parent / "templates")),
                   autoescape=select_autoescape(["html", "j2"]))

REVIEW_LABELS = {"dismissed": "已排除", "confirmed": "已确认"}
LOW_CONFIDENCE = 0.85          # OCR fields below this are marked for a second look
VALUE_MAX = 240                # characters of one evidence value on the sheet
LIST_MAX = 12                  # items of a list shown before "…等N项"
_SHOWN_ELSEWHERE = {"clause", "document", "page", "bbox", "bbox_pt"}

EVIDENCE_LABELS = {
    "declared": "申报值", "document_value": "材料值", "value": "识别值", "found": "材料所见",
    "expected": "应为", "printed": "证书所印", "months": "月数", "required_months": "要求月数",
    "threshold": "限值", "ratio": "比例", "required": "要求", "required_years": "要求年限",
    "found_years": "实有年限", "extra_years": "附加年限", "missing_years": "缺少年度", "paid": "已缴月数",
    "ranges": "期间", "paying_units": "缴费单位", "declared_unit": "申报单位", "unit": "单位",
    "unit_type": "单位性质", "field": "字段", "key": "项目", "kind": "类别", "doc_type": "材料类型",
    "level": "层级", "grade": "等级", "series": "系列", "mode": "申报方式", "school": "学校",
    "graduation": "毕业时间", "education": "学历", "highest_education": "最高学历",
    "education_item": "学历条目", "studied_major": "所学专业", "major": "专业", "issn": "ISSN", "cn": "CN",
    "journal": "期刊", "catalogue": "期刊目录", "catalogue_size": "目录收录数", "paper_title": "论文题名",
    "paper_titles": "论文题名", "paper_authors": "论文作者", "paper_document": "论文材料", "authors": "作者",
    "report_title": "报告题名", "report_author": "报告作者", "title_score": "题名相似度",
    "checked_at": "检测时间", "cutoff": "截止日期", "cutoff_date": "截止日期", "submitted_at": "提交日期",
    "birth_date": "出生日期", "declared_birth_date": "申报出生日期", "id_birth_date": "身份证出生日期",
    "gender": "性别", "declared_gender": "申报性别", "id_gender": "身份证性别", "id_number": "身份证号",
    "retirement_date": "退休日期", "retirement_month": "退休年月", "base_age": "法定退休年龄",
    "delay_months": "延迟月数", "disciplinary_until": "处分影响期至", "is_civil_servant": "公务员（参公）",
    "other_applicant": "相同材料申报人", "other_document": "对方材料", "other_page": "对方页码",
    "other_night": "对方批次", "other_records": "其他记录", "hash_distance": "图像差异度",
    "edit_distance": "编辑距离", "producer": "生成软件", "creator": "创建软件", "signals": "迹象",
    "blocks_changed": "改动块数", "hidden": "被遮盖文字", "visible": "可见文字", "problem": "问题",
    "problems": "问题", "reason": "原因", "reasons": "原因", "detail": "详情", "rule": "规则",
    "rules": "规则", "rule_set": "规则集", "basis": "依据", "exemption": "豁免情形",
    "likely_ocr_error": "疑似识别误差", "confidence": "识别置信度", "source": "来源", "number": "编号",
    "year": "年度", "result": "结果", "declared_result": "申报结果", "declared_hours": "申报学时",
    "declared_level": "申报层次", "valid_until": "有效期至", "listed_name": "名单姓名",
    "listed_value": "名单记录", "applicant": "申报人", "application_year": "申报年度", "jobs": "工作经历",
    "overlap": "重叠", "over": "超出", "size": "大小", "unreadable_documents": "无法读取的材料",
    "in_required_years": "在要求年限内", "differences": "差异", "exam_only_grades": "考试等级",
    "message": "说明", "code": "代码", "start": "起", "end": "止", "hours": "学时",
    "name": "姓名", "title": "题名", "similarity": "相似度", "score": "得分", "present": "已提交",
    "missing": "缺少", "pages": "页数", "documents": "材料", "count": "数量", "pos": "位置",
    "doc_types": "材料类型",
}
_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")


def _looks_like_id(n: str) -> bool:
    """18 characters with a plausible birth date: certificate numbers of 18 digits are not IDs."""
    born = idcard.birth_date(n)
    return born is not None and 1900 <= born.year <= 2030


def mask_ids(text: str) -> str:
    """Mask every resident ID number inside a text (sheets leave the office)."""
    return _ID_RE.sub(lambda m: idcard.mask(m.group(0)) if _looks_like_id(m.group(0)) else m.group(0), text)


def _scalar(v: Any) -> str:
    if v is None or v == "":
        return "—"
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float):
        return f"{v:.4g}"
    return str(v)


def format_value(v: Any, depth: int = 0) -> str:
    """One evidence value as a short readable string (lists compact, dicts as 键：值)."""
    if isinstance(v, dict):
        parts = [f"{EVIDENCE_LABELS.get(k, FIELD_LABELS.get(k, k))}：{format_value(x, depth + 1)}"
                 for k, x in v.items() if k not in _SHOWN_ELSEWHERE]
        out = "，".join(parts)
    elif isinstance(v, (list, tuple, set)):
        items = list(v)
        if items and all(not isinstance(x, (list, tuple, dict)) for x in items) and len(items) == 2 \
                and depth > 0:
            out = f"{_scalar(items[0])}至{_scalar(items[1])}"  # a (start, end) pair
        else:
            sep = "；" if any(isinstance(x, (list, tuple, dict)) for x in items) else "、"
            shown = [format_value(x, depth + 1) for x in items[:LIST_MAX]]
            out = sep.join(shown) or "—"
            if len(items) > LIST_MAX:
                out += f"…等{len(items)}项"
    else:
        out = _scalar(v)
    out = mask_ids(out)
    return out if len(out) <= VALUE_MAX else out[:VALUE_MAX] + "…"


def evidence_rows(ev: dict[str, Any]) -> list[tuple[str, str]]:
    """(Chinese label, value) for each evidence key not shown elsewhere on the sheet."""
    names = {"field": FIELD_LABELS, "source": TEXT_SOURCE_LABELS, "severity": SEVERITY_LABELS,
             **{k: DOC_TYPE_LABELS for k in ("doc_type", "doc_types", "required", "present", "missing", "kind")}}
    out = []
    for k, v in ev.items():
        if k in _SHOWN_ELSEWHERE:
            continue
        if k in names and isinstance(v, str):
            v = names[k].get(v, v)
        elif k in names and isinstance(v, list):
            v = [names[k].get(x, x) if isinstance(x, str) else x for x in v]
        out.append((EVIDENCE_LABELS.get(k, FIELD_LABELS.get(k, k)), format_value(v)))
    return out


def _b64(png: Optional[bytes]) -> Optional[str]:
    return base64.b64encode(png).decode() if png else None


def _doc_for(sub: Submission, f: Finding) -> Optional[Document]:
    if not f.document:
        return None
    cands = [d for d in sub.documents if d.filename == f.document]
    if f.page is not None:
        for d in cands:
            if any(p.number == f.page for p in d.pages):
                return d
    return cands[0] if cands else None


def _picture(sub: Submission, f: Finding) -> tuple[Optional[bytes], str]:
    """(PNG, kind): the region of the box, else the top of the page the finding names."""
    doc = _doc_for(sub, f)
    if doc is None:
        return None, ""
    page = f.page
    if page is None and len(doc.pages) == 1:
        page = doc.pages[0].number
    if f.bbox and page:
        png = _crops.region_png(doc, page, f.bbox)
        if png:
            return png, "region"
    png = _crops.thumbnail_png(doc, page)
    return (png, "page") if png else (None, "")


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


def _documents(sub: Submission) -> list[dict[str, Any]]:
    out = []
    for d in sub.documents:
        kf = []
        for fl in d.fields:
            if fl.name == "contribution":
                continue
            value = idcard.mask(fl.value) if fl.name == "id_number" else mask_ids(fl.value)
            low = fl.source == "ocr" and fl.confidence < LOW_CONFIDENCE
            kf.append((FIELD_LABELS.get(fl.name, fl.name), value, low))
        n_contrib = len(d.all("contribution"))
        if n_contrib:
            kf.append(("缴费记录", f"{n_contrib}个月", False))
        out.append({
            "filename": d.filename, "part": d.part,
            "page_range": "" if not d.page_range else f"{d.page_range[0]}-{d.page_range[1]}",
            "type_label": DOC_TYPE_LABELS.get(d.doc_type, d.doc_type), "doc_type": d.doc_type,
            "pages": d.page_count or int(d.meta.get("page_count_total", 0) or 0),
            "source_label": TEXT_SOURCE_LABELS.get(d.text_source, d.text_source),
            "key_fields": kf,
            "errors": "；".join(e.message for e in d.errors if e.stage in ("read", "cap", "parse", "ocr", "page")),
        })
    return out


def view_model(sub: Submission, reviews: Optional[dict[str, str]] = None, *, crops: bool = True) -> dict[str, Any]:
    """Everything the sheet shows; ``reviews`` maps a finding fingerprint to its decision."""
    from .store import fingerprint, verdict_of
    reviews = reviews or {}
    findings = []
    counts = {"reject": 0, "suspect": 0, "warn": 0, "info": 0, "dismissed": 0}
    for f in sub.findings:
        rv = reviews.get(fingerprint(f), "")
        counts["dismissed" if rv == "dismissed" else f.severity.value] += 1
        png, kind = _picture(sub, f) if crops else (None, "")
        rows = evidence_rows(f.evidence)
        findings.append({
            "code": f.code, "title": code_title(f.code), "severity": f.severity.value,
            "severity_label": SEVERITY_LABELS[f.severity.value], "message": mask_ids(f.message),
            "document": f.document, "page": f.page, "clause": f.clause or str(f.evidence.get("clause", "")),
            "evidence": rows, "evidence_text": "\n".join(f"{k}：{v}" for k, v in rows),
            "review": rv, "review_label": REVIEW_LABELS.get(rv, rv),
            "crop": _b64(png), "crop_png": png, "crop_kind": kind,
        })
    # the reviewer reads the worst first; dismissed ones go last
    findings.sort(key=lambda x: (x["review"] == "dismissed", -SEVERITY_RANK[Severity(x["severity"])]))
    verdict = verdict_of(x["severity"] for x in findings if x["review"] != "dismissed")
    return {"s": sub, "h": _header(sub), "findings": findings, "documents": _documents(sub),
            "counts": counts, "verdict": verdict, "verdict_label": VERDICT_LABELS[verdict],
            "generated": datetime.now().strftime("%Y-%m-%d %H:%M")}


def write_html(path: Path, vm: dict[str, Any]) -> None:
    write_text(path, clean_text(_env.get_template("sheet.html.j2").render(**vm), None))


def _rows_needed(values: list[tuple[Any, float]]) -> int:
    """Text lines a wrapped row needs (CJK characters are ~2 width units): Excel won't tell."""
    need = 1
    for text, width in values:
        lines = 0
        for line in str(text).split("\n"):
            units = sum(2 if ord(ch) > 0x2E80 else 1 for ch in line)
            lines += max(1, -(-units // max(int(width) - 1, 1)))
        need = max(need, lines)
    return need


def write_xlsx(path: Path, vm: dict[str, Any]) -> None:
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image as XlImage
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    fills = {"reject": "F4CCCC", "suspect": "FCE5CD", "warn": "FFF2CC", "info": "EEEEEE"}
    thin = Side(style="thin", color="BBBBBB")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    ws = wb.active
    ws.title = "审核表"
    h, s = vm["h"], vm["s"]
    ws.append(["职称申报材料审核表"])
    ws["A1"].font = Font(size=16, bold=True)
    ws.merge_cells("A1:K1")
    ws["A1"].alignment = Alignment(horizontal="center")
    # label/value pairs laid over the findings table's columns: A:B | C | D | E | F | G:H
    pairs = ((("申报人编号", s.applicant_id), ("姓名", h["name"]), ("身份证号", h["id_masked"])),
             (("工作单位", h["unit"]), ("单位性质", h["unit_type"]), ("适用文件", h["notice"])),
             (("申报系列", h["series"]), ("申报资格", f'{h["level"]}（{h["grade"]}）'), ("申报方式", h["mode"])),
             (("审核结论", vm["verdict_label"]), ("提交日期", h["submitted_at"]), ("审核时间", vm["generated"])))
    for r, row in enumerate(pairs, start=2):
        for (label, value), (lc, vc) in zip(row, ((1, 3), (4, 5), (6, 7))):
            ws.cell(r, lc, label).font = Font(bold=True)
            ws.cell(r, vc, value).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
    ws.cell(5, 3).fill = PatternFill("solid", fgColor={"reject": "F4CCCC", "review": "FFF2CC"}.get(
        vm["verdict"], "D9F2E1"))
    ws.append([])
    cols = [("序号", 6), ("程度", 8), ("代码", 24), ("问题", 22), ("说明", 48), ("材料", 22), ("页", 5),
            ("比对值", 44), ("依据条款", 24), ("复核", 8), ("原件位置", 44)]
    ws.append([c for c, _ in cols])
    header_row = ws.max_row
    for c in ws[header_row]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDE3EA")
        c.border = border
    for i, f in enumerate(vm["findings"], 1):
        values = [i, f["severity_label"], f["code"], f["title"], f["message"], f["document"], f["page"] or "",
                  f["evidence_text"], f["clause"], f["review_label"],
                  "" if f["crop_png"] else ("—" if not f["document"] else "（无法截取）")]
        ws.append(values)
        r = ws.max_row
        for c in ws[r]:
            c.fill = PatternFill("solid", fgColor="F3F3F3" if f["review"] == "dismissed" else fills[f["severity"]])
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        height = 15 * _rows_needed([(v, w) for v, (_, w) in zip(values, cols)])
        if f["crop_png"]:
            from PIL import Image as PilImage
            pil = PilImage.open(io.BytesIO(f["crop_png"]))
            pil.thumbnail((300, 110))
            buf = io.BytesIO()
            pil.save(buf, format="PNG")
            img = XlImage(buf)
            img.width, img.height = pil.size
            ws.add_image(img, f"K{r}")
            height = max(height, pil.size[1] * 0.75 + 6)
        ws.row_dimensions[r].height = min(height, 400)
    last = max(ws.max_row, header_row)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(cols))}{last}"
    ws.freeze_panes = f"A{header_row + 1}"
    for i, (_, width) in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    ws2 = wb.create_sheet("上传材料")
    cols2 = [("文件", 30), ("类型", 16), ("页数", 6), ("文本来源", 12), ("识别字段", 80), ("问题", 30)]
    ws2.append([c for c, _ in cols2])
    for c in ws2[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDE3EA")
    for d in vm["documents"]:
        values = [d["filename"] + (f' (第{d["page_range"]}页)' if d["part"] else ""), d["type_label"],
                  d["pages"], d["source_label"],
                  "\n".join(f"{k}：{v}" + ("（识别存疑）" if low else "") for k, v, low in d["key_fields"]),
                  d["errors"]]
        ws2.append(values)
        for c in ws2[ws2.max_row]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws2.row_dimensions[ws2.max_row].height = min(15 * _rows_needed(
            [(v, w) for v, (_, w) in zip(values, cols2)]), 400)
    ws2.freeze_panes = "A2"
    ws2.auto_filter.ref = f"A1:{get_column_letter(len(cols2))}{max(ws2.max_row, 1)}"
    for i, (_, width) in enumerate(cols2, 1):
        ws2.column_dimensions[get_column_letter(i)].width = width
    with atomic_path(path) as tmp:
        wb.save(tmp)


def write_sheets(out: Path, sub: Submission, reviews: Optional[dict[str, str]] = None) -> tuple[Path, Path]:
    """Write ``OUT/sheets/<id>.html`` and ``.xlsx``; returns both paths."""
    sheets = private_dir(out / "sheets")
    vm = clean_tree(view_model(sub, reviews))  # every cell and line safe for xlsx and HTML
    html = sheets / f"{sub.applicant_id}.html"
    xlsx = sheets / f"{sub.applicant_id}.xlsx"
    write_html(html, vm)
    write_xlsx(xlsx, vm)
    return html, xlsx
