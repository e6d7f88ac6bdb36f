"""The audit sheet as xlsx: the same view model as the HTML, for the office's files.

Why the finding columns live here: ``zcaudit export`` (问题清单) writes the same
columns from the same view model, so the office never reconciles two layouts.
Every worksheet gets print setup (A4 landscape, fit to width, repeated header).
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XlImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from PIL import Image as PilImage

from .files import atomic_path
from .sanitize import clean_text

# the columns of a finding, shared with ``zcaudit export`` (问题清单): (header, width)
FINDING_COLUMNS = (("程度", 8), ("代码", 24), ("问题", 22), ("说明", 48), ("材料", 22), ("页", 5),
                   ("比对", 44), ("依据条款", 24), ("复核", 8), ("复核意见", 24), ("复核人", 10),
                   ("复核时间", 18))
PICTURE_COLUMN = ("原件位置（截图）", 88)   # ≈ 620 px: the crop at its readable width
PICTURE_WIDTH = 600


def finding_cells(f: dict[str, Any]) -> list[Any]:
    """One finding of a view model as the cells of FINDING_COLUMNS."""
    compare = "\n".join(f"{k}：{v}" for k, v in f["compare"])
    values = compare + ("\n" if compare and f["evidence_text"] else "") + f["evidence_text"]
    return [f["severity_label"], f["code"], f["title"], f["message"], f["document"], f["page"] or "",
            values, f["clause"] + (f"：“{f['quote']}”" if f.get("quote") else ""), f["review_label"], f["review_note"], f["review_by"], f["review_at"]]


def rows_needed(values: list[tuple[Any, float]]) -> int:
    """Text lines a wrapped row needs (CJK characters are ~2 width units): Excel won't tell."""
    need = 1
    for text, width in values:
        lines = 0
        for line in str(text).split("\n"):
            units = sum(2 if ord(ch) > 0x2E80 else 1 for ch in line)
            lines += max(1, -(-units // max(int(width) - 1, 1)))
        need = max(need, lines)
    return need


def clean(v: Any) -> Any:
    return clean_text(v)


def print_setup(ws, header_row: int = 1, landscape: bool = True) -> None:
    """A4, fit to one page wide, the header row repeated on every printed page."""
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4


def table_sheet(wb, title: str, cols: list[tuple[str, float]], rows: list[list[Any]]):
    """A plain sheet: bold header, wrapped cells, frozen header, filter, print setup."""
    ws = wb.create_sheet(title)
    ws.append([c for c, _ in cols])
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDE3EA")
    for values in rows:
        ws.append([clean(v) for v in values])
        for c in ws[ws.max_row]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[ws.max_row].height = min(15 * rows_needed(
            [(v, w) for v, (_, w) in zip(values, cols)]), 400)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(ws.max_row, 1)}"
    for i, (_, width) in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    print_setup(ws)
    return ws


def write_xlsx(path: Path, vm: dict[str, Any]) -> None:

    fills = {"reject": "F4CCCC", "suspect": "FCE5CD", "warn": "FFF2CC", "info": "EEEEEE"}
    thin = Side(style="thin", color="BBBBBB")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    cols = [("序号", 6), *FINDING_COLUMNS, PICTURE_COLUMN]
    last_col = get_column_letter(len(cols))
    wb = Workbook()
    ws = wb.active
    ws.title = "审核表"
    h, s = vm["h"], vm["s"]
    ws.append(["职称申报材料审核表"])
    ws["A1"].font = Font(size=16, bold=True)
    ws.merge_cells(f"A1:{last_col}1")
    ws["A1"].alignment = Alignment(horizontal="center")
    # label/value pairs laid over the findings table's columns: A:B | C | D | E | F | G:H
    pairs = ((("申报人编号", s.applicant_id), ("姓名", h["name"]), ("身份证号", h["id_masked"])),
             (("工作单位", h["unit"]), ("单位性质", h["unit_type"]), ("适用文件", h["notice"])),
             (("申报系列", h["series"]), ("申报资格", f'{h["level"]}（{h["grade"]}）'), ("申报方式", h["mode"])),
             (("申报专业", h["major"]), ("提交日期", h["submitted_at"]), ("审核状态", vm["review_state"] or "—")),
             (("审核结论", vm["verdict_label"]), ("审核时间", vm["generated"]), ("", "")))
    for r, row in enumerate(pairs, start=2):
        for (label, value), (lc, vc) in zip(row, ((1, 3), (4, 5), (6, 7))):
            ws.cell(r, lc, label).font = Font(bold=True)
            ws.cell(r, vc, clean(value)).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
    verdict_row = 1 + len(pairs)
    ws.cell(verdict_row, 3).fill = PatternFill("solid", fgColor={"reject": "F4CCCC", "review": "FFF2CC"}.get(
        vm["verdict"], "D9F2E1"))
    ws.append([])
    ws.append([c for c, _ in cols])
    header_row = ws.max_row
    for c in ws[header_row]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDE3EA")
        c.border = border
    for i, f in enumerate(vm["findings"], 1):
        values = [i, *finding_cells(f), "" if f["crop_png"] else ("—" if not f["document"] else "（无法截取）")]
        ws.append([clean(v) for v in values])
        r = ws.max_row
        for c in ws[r]:
            c.fill = PatternFill("solid", fgColor="F3F3F3" if f["review"] == "dismissed" else fills[f["severity"]])
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        height = 15 * rows_needed([(v, w) for v, (_, w) in zip(values, cols)])
        if f["crop_png"]:
            pil = PilImage.open(io.BytesIO(f["crop_png"]))
            w, hh = PICTURE_WIDTH, max(1, round(pil.height * PICTURE_WIDTH / pil.width))
            img = XlImage(io.BytesIO(f["crop_png"]))
            img.width, img.height = w, hh
            ws.add_image(img, f"{last_col}{r}")
            height = max(height, hh * 0.75 + 6)
        ws.row_dimensions[r].height = min(height, 409)
    if not vm["findings"]:
        ws.append(["", "未发现问题"])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=len(cols))
    last = max(ws.max_row, header_row)
    ws.auto_filter.ref = f"A{header_row}:{last_col}{last}"
    ws.freeze_panes = f"A{header_row + 1}"
    for i, (_, width) in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    if vm["decisions"]:
        ws.append([])
        ws.append(["审核意见"])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for d in vm["decisions"]:
            ws.append([d["stage"], d["outcome"], d["reason"], d["note"], d["reviewer"], d["at"]])
    print_setup(ws, header_row)

    table_sheet(wb, "已核查", [("规则", 28), ("结果", 70), ("依据条款", 30)],
                [["✓ " + p["rule"], p["message"], p["clause"]] for p in vm["passes"]]
                or [["", "未记录已通过的规则", ""]])
    cross = vm["cross"]
    table_sheet(wb, "材料比对", [("项目", 14), ("申报值", 24)] + [(f'{c["label"]}（{c["file"]}）', 26)
                                                          for c in cross["columns"]],
                [[r["label"], r["declared"]] + [f'{c["mark"]} {c["value"]}'.strip() if c else "—"
                                               for c in r["cells"]] for r in cross["rows"]])
    table_sheet(wb, "上传材料", [("文件", 30), ("类型", 16), ("页数", 6), ("文本来源", 12), ("识别字段", 80),
                              ("问题", 30)],
                [[d["filename"] + (f' (第{d["page_range"]}页)' if d["part"] else ""), d["type_label"],
                  d["pages"], d["source_label"],
                  "\n".join(f"{k}：{v}" + ("（识别存疑）" if low else "") for k, v, low in d["key_fields"]),
                  d["errors"]] for d in vm["documents"]])
    with atomic_path(path) as tmp:
        wb.save(tmp)
