"""参保缴费证明 / 缴费明细 (text-layer PDF printed from the 社保 system).

One row per month. Variants: 0 a ruled table 缴费年月 | 单位名称 | 缴费基数 |
缴费状态 (2019-07, 4500.00, 已缴/欠缴); 1 no ruling lines, columns in another
order 费款所属期 | 缴费基数 | 是否缴费 | 缴费单位 (201907, 是/否); 2 a ruled table
with a 序号 column, 2019年07月 and thousands separators (4,500.00).
Pages hold 28 rows; the header row repeats on each page.

Truth: name, id_number and ``contribution`` = ["YYYY-MM|unit|base|paid", …] in
printed order, base in contract form without trailing zeros ("4500", "4512.5"),
paid "1"/"0".
"""
from __future__ import annotations

import random

from .common import A4, Built, Canvas, fmt_date, grid, new_doc, norm_number, require

VARIANTS = 3
PRODUCER = "FineReport 10.0"
ROWS_PER_PAGE = 28  # rows are up to 22 pt tall: 28 rows end above the page footer (y≈800)


def paid_flag(value) -> bool:
    """rows[i]["paid"] may come as bool, 1/0 or the printed word."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "是", "已缴", "已到账")
    return bool(value)


def _month(m: str, variant: int) -> str:
    return fmt_date(m[:7], ("iso", "compact", "cn_pad")[variant], month_only=True)[0]


def _base(x: float, variant: int) -> str:
    return f"{float(x):,.2f}" if variant == 2 else f"{float(x):.2f}"


def _status(paid: bool, variant: int) -> str:
    return ("已缴" if paid else "欠缴") if variant != 1 else ("是" if paid else "否")


def build(f: dict, variant: int, rng: random.Random) -> Built:
    require(f, "social_insurance", "name", "id_number")
    rows = list(f.get("rows") or [])
    number = str(f["id_number"]).replace(" ", "").upper()
    issuer = f.get("issuer") or "兰州新区社会保险事业服务中心"
    last = rows[-1]["month"] if rows else "2024-01"
    printed = f.get("printed") or f"{last[:7]}-28"
    truth = {"name": str(f["name"]), "id_number": number,
             "contribution": [f"{r['month'][:7]}|{r['unit']}|{norm_number(r['base'])}|"
                              f"{1 if paid_flag(r['paid']) else 0}" for r in rows]}
    title = ("参保缴费证明", "社会保险个人缴费明细", "城镇职工基本养老保险参保缴费证明")[variant]
    heads = (["缴费年月", "单位名称", "缴费基数", "缴费状态"],
             ["费款所属期", "缴费基数", "是否缴费", "缴费单位"],
             ["序号", "单位名称", "缴费年月", "缴费基数(元)", "缴费状态"])[variant]
    chunks = [rows[i:i + ROWS_PER_PAGE] for i in range(0, len(rows), ROWS_PER_PAGE)] or [[]]
    doc, pages = new_doc(A4, len(chunks))
    longest = max([len(r["unit"]) for r in rows] + [8])
    for pno, (page, chunk) in enumerate(zip(pages, chunks)):
        cv = Canvas(page, latin="helv")
        w = cv.width
        size = 9.5
        unit_w = min(max(longest * size + 12, 150), 300)
        if unit_w >= 300:
            size = max(7.5, (300 - 12) / longest)
        fixed = {0: [70, None, 80, 60], 1: [72, 80, 60, None], 2: [36, None, 80, 80, 60]}[variant]
        widths = [unit_w if x is None else x for x in fixed]
        x0 = (w - sum(widths)) / 2
        cv.text(w / 2, 60, title, 16, align="center")
        sep = ("：", "：", ": ")[variant]
        cv.text(x0, 92, f"姓名{sep}{truth['name']}", 10.5)
        cv.text(x0 + 150, 92, f"公民身份号码{sep}{number}", 10.5)
        cv.text(x0, 110, f"险种{sep}企业职工基本养老保险", 10.5)
        body = []
        for i, r in enumerate(chunk):
            cells = {"m": _month(r["month"], variant), "u": r["unit"], "b": _base(r["base"], variant),
                     "s": _status(paid_flag(r["paid"]), variant)}
            order = {0: "mubs", 1: "mbsu", 2: "#umbs"}[variant]
            body.append([str(pno * ROWS_PER_PAGE + i + 1) if c == "#" else cells[c] for c in order])
        ruled = variant != 1
        align = {0: ["left", "left", "right", "center"], 1: ["left", "right", "center", "left"],
                 2: ["center", "left", "left", "right", "center"]}[variant]
        y = grid(cv, x0, 124, widths, [heads], 10, ruled=ruled, min_h=22)
        if not ruled:
            cv.line(x0, y, x0 + sum(widths), y, width=0.6)
        y = grid(cv, x0, y, widths, body, size, ruled=ruled, min_h=19, align=align)
        cv.text(w / 2, 812, f"第{pno + 1}页 共{len(chunks)}页", 9, align="center")
        if pno == len(chunks) - 1:
            cv.text(x0, y + 26, "说明：本证明由社会保险信息系统生成，可通过经办机构官方渠道核验。", 9.5)
            cv.text(x0 + sum(widths), y + 56, f"经办机构：{issuer}", 10.5, align="right")
            cv.text(x0 + sum(widths), y + 76, f"打印日期：{fmt_date(printed, 'iso')[0]}", 10.5, align="right")
            cv.seal(x0 + sum(widths) - 270, y + 78, 38, issuer)  # clear of text: no overlay
    return Built(doc, truth, "text", PRODUCER, printed)
