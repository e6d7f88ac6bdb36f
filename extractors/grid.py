"""Contribution statements printed as a year-by-month grid (甘肃省 网上经办 "个人缴费信息"):

    年度 | 单位名称 | 缴费基数 | 1月 | 2月 | … | 12月 | 缴费月数
    2019 | 兰州新区西岔学校 | 4800 |    |    | … | √ | 3

A cell is a paid mark (√), 补 (paid late: paid, noted), 欠 (owed: unpaid), an amount (paid; the
amount is the base when no base column is printed) or blank: no record, no month. Where the
cells keep their columns (a text layer's table) each month is read; the row's 缴费月数 must
equal the months read as paid, else the row is unread. Where they do not (a photo: OCR
finds no blank cells and rarely the marks), only a row whose 缴费月数 is 12 says which months
it holds — all of them; any other row is unread, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from core.normalize import clean_text
from extractors.labelset import LabelSet
from extractors.lines import TLine
from extractors.statement import number

CJK = r"\u4e00-\u9fff"
MONTH_HEAD = re.compile(r"^\s*(\d{1,2})\s*月\s*$")


@dataclass
class GridRead:
    values: list[tuple[str, TLine]] = field(default_factory=list)
    notes: list[tuple[str, TLine]] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    rows: int = 0
    pages: set = field(default_factory=set)


def _has(cell: str, words: list[str]) -> bool:
    c = re.sub(r"\s", "", cell or "")
    return any(w in c for w in words)


class Grid:
    def __init__(self, labels: LabelSet) -> None:
        g = labels.data.get("grid", {})
        self.year, self.unit, self.base, self.count = g["year"], g["unit"], g["base"], g["count"]
        self.paid, self.late, self.owed = g["paid"], g["late"], g["owed"]

    def _columns(self, head: list[str]) -> Optional[dict]:
        months = {i: int(m.group(1)) for i, c in enumerate(head) for m in [MONTH_HEAD.match(c or "")]
                  if m and 1 <= int(m.group(1)) <= 12}
        if len(set(months.values())) < 10:
            return None
        col = {"months": months}
        for kind in ("year", "unit", "base", "count"):
            col[kind] = next((i for i, c in enumerate(head) if i not in months and _has(c, getattr(self, kind))),
                             None)
        return col if col["year"] is not None else None

    def _cell(self, c: str) -> Optional[tuple[str, Optional[str], Optional[str]]]:
        """(paid, note, amount) of a month cell; None for a blank one."""
        c = re.sub(r"\s", "", c or "")
        if not c:
            return None
        if _has(c, self.owed):
            return "0", "欠缴", None
        if _has(c, self.late):
            return "1", "补缴", None
        if _has(c, self.paid):
            return "1", None, None
        amount = number(c)
        if amount is not None:
            return "1", None, amount
        return "?", None, None

    def read(self, tables: list[tuple[int, list[list[str]]]], lines: list[TLine],
             unit_default: str = "") -> Optional[GridRead]:
        """The grid's contributions, or None when no grid header is printed."""
        out, found = GridRead(), False
        for page, table in tables:
            col = None
            for row in table:
                c = self._columns(row)
                if c:
                    col, found = c, True
                    continue
                if col is None or len(row) <= max(col["months"]):
                    continue
                m = re.fullmatch(r"\s*((?:19|20)\d{2})\s*年?\s*", row[col["year"]] or "")
                if not m:
                    continue
                tl = next((t for t in lines if t.page == page and t.text.strip().startswith(m.group(1))),
                          None) or TLine(page, " ".join(c or "" for c in row), None, "text_layer", 1.0, 0)
                self._table_row(out, page, m.group(1), row, col, tl, unit_default)
        if not found:
            for tl in lines:
                if self._columns(re.findall(r"\d{1,2}\s*月|\S+", tl.text)) is not None:
                    found = True
                    head = tl
                    break
            if not found:
                return None
            for tl in lines:
                if tl.order > head.order:  # continuation pages too: a row never goes uncounted
                    self._ocr_row(out, tl, unit_default)
        return out

    def _table_row(self, out: GridRead, page: int, year: str, row: list[str], col: dict, tl: TLine,
                   unit_default: str) -> None:
        unit = clean_text(row[col["unit"]]) if col["unit"] is not None and row[col["unit"]] else unit_default
        base = number(row[col["base"]] or "") if col["base"] is not None else None
        got = []
        for i, mon in sorted(col["months"].items(), key=lambda x: x[1]):
            cell = self._cell(row[i])
            if cell is not None:
                got.append((f"{year}-{mon:02d}", *cell))
        if any(p == "?" for _, p, _, _ in got):
            out.unread.append(f"p{page}: {year}: 月份格未识别")
            return
        stated = row[col["count"]] if col["count"] is not None else None
        paid = sum(p == "1" for _, p, _, _ in got)
        if stated and re.fullmatch(r"\s*\d{1,2}\s*", stated) and int(stated) != paid:
            out.unread.append(f"p{page}: {year}: 缴费月数{stated.strip()}≠{paid}")
            return
        out.rows += 1
        out.pages.add(page)
        for month, p, note, amount in got:
            out.values.append((f"{month}|{unit}|{base or amount or ''}|{p}", tl))
            if note:
                out.notes.append((f"{month}|{note}", tl))

    def _ocr_row(self, out: GridRead, tl: TLine, unit_default: str) -> None:
        """A photographed row: year, unit, base, then marks OCR may not see, then 缴费月数."""
        t = tl.text.strip()
        m = re.match(rf"((?:19|20)\d{{2}})\s*年?\s*([{CJK}()（）]*)\s+(.*?)\s*(\d{{1,2}})$", t)
        if not m:
            if re.match(r"(?:19|20)\d{2}(?!\d)", t):
                out.unread.append(f"p{tl.page}: {t[:4]}: 行未识别")
            return
        year, unit, middle, count = m.groups()
        nums = [n for n in map(number, middle.split()) if n is not None]
        if int(count) != 12:
            out.unread.append(f"p{tl.page}: {year}: 缴费月数{count}，逐月未识别")
            return
        out.rows += 1
        out.pages.add(tl.page)
        unit = clean_text(unit) if len(unit) >= 4 else unit_default
        base = nums[0] if nums else ""
        for mon in range(1, 13):
            out.values.append((f"{year}-{mon:02d}|{unit}|{base}|1", tl))
