"""Contribution tables of a 缴费明细, read by the meaning of their columns, across pages.

Why: statements come from many systems (counter print, 甘肃人社 app, the national
平台) and run over several pages. A column is found by the wording of its header
cell (``[header]`` kinds in the doc_type's TOML), in any order; the header of page 1
applies to continuation pages that print none; a page that repeats it, or prints
another one, starts afresh. A row is one month, or a range of months (起止年月
"2020.10-2020.12", or 起始/截止 columns) with a 月数 that must agree, giving one
contribution per month. Status words say paid (1) or not (0); 补缴 counts as paid
and is reported beside the month.

Every row that looks like a month row (a month and a number) is counted, so the
parser can say which pages held rows it could not read (``Document.coverage``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from rapidfuzz.distance import Levenshtein

from core.dates import fmt, month_range, parse_month as ym
from core.normalize import clean_text, normalize_number, parse_month
from extractors.labelset import LabelSet
from extractors.lines import TLine

CJK = r"\u4e00-\u9fff"
MONTH = r"(?:19|20)\d{2}\s*(?:[-/.年]\s*\d{1,2}\s*月?|(?:0[1-9]|1[0-2]))"
RANGE = re.compile(rf"({MONTH})\s*(?:-|—|–|~|至|到)\s*({MONTH})")


@dataclass
class Header:
    kinds: list[str]


@dataclass
class RowRead:
    """What one table row gave: contributions, the status words noted, or why it was not read."""
    values: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # "YYYY-MM|补缴"
    unread: str = ""                                # why a month row gave nothing


class Columns:
    """Header kinds, status words and row reading for one doc_type's LabelSet."""

    def __init__(self, labels: LabelSet) -> None:
        self.kinds = [(k, "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)))
                      for k, ws in labels.data.get("header", {}).items()]
        self.unpaid = self._exact_or_in(labels.word_list("unpaid"))
        self.paid = self._exact_or_in(labels.word_list("paid"))
        self.noted = labels.word_list("noted")

    @staticmethod
    def _exact_or_in(words: list[str]) -> re.Pattern:
        # one- and two-letter words (是/否/Y/N) only as the whole cell
        long = [re.escape(w) for w in sorted(words, key=len, reverse=True) if len(w) > 1 and w.isascii() is False]
        short = [re.escape(w) for w in words if len(w) == 1 or w.isascii()]
        parts = [f"(?:{'|'.join(long)})"] if long else []
        if short:
            parts.append(rf"^\s*(?:{'|'.join(short)})\s*$")
        return re.compile("|".join(parts))

    def kind(self, cell: str) -> str:
        c = re.sub(r"\s", "", cell)
        for kind, pat in self.kinds:
            if pat and re.search(pat, c):
                return kind
        return "text"

    def header(self, cells: list[str]) -> Optional[Header]:
        kinds = [self.kind(c) for c in cells]
        if not ({"month", "range"} & set(kinds)) or not ({"base", "status", "unit", "months"} & set(kinds)):
            return None
        if any(month_cell(c) for c in cells):
            return None
        return Header(kinds)

    def paid_of(self, cell: str) -> Optional[str]:
        c = cell.strip()
        if not c:
            return None
        if self.unpaid.search(c):
            return "0"
        if self.paid.search(c):
            return "1"
        return None

    def note_of(self, cell: str) -> Optional[str]:
        return next((w for w in sorted(self.noted, key=len, reverse=True) if w in cell), None)

    def row(self, cells: list[str], hdr: Optional[Header], unit_default: str) -> RowRead:
        """Contributions of one data row; an empty RowRead when it is no month row."""
        cells = [c.strip() for c in cells if c is not None and c.strip()]
        months, base, paid, unit, count, note = [], None, None, None, None, None
        kinds = hdr.kinds if hdr else []
        if hdr and len(cells) == len(kinds):
            for c, k in zip(cells, kinds):
                if k == "range" and RANGE.search(c):
                    months += _range_months(c)
                elif k == "month" and parse_month(c) and not months:
                    months.append(parse_month(c))  # a second month column (paid on) is no period
                elif k in ("month_end", "range") and parse_month(c):
                    months.append(parse_month(c))
                elif k == "base":
                    base = number(c)
                elif k == "status":
                    paid, note = self.paid_of(c), self.note_of(c)
                elif k == "months" and re.fullmatch(r"\d{1,3}", c):
                    count = int(c)
                elif k == "unit" and re.search(f"[{CJK}]", c):
                    unit = clean_text(c)
        else:  # cells merged or split otherwise: assign by what they look like
            rest = []
            for c in cells:
                if RANGE.search(c) and not months:
                    months += _range_months(c)
                elif month_cell(c) and (not months or not _is_number(c)):
                    months.append(parse_month(c))
                elif self.paid_of(c) is not None and not _is_number(c):
                    paid, note = self.paid_of(c), self.note_of(c)
                elif _is_number(c):
                    rest.append(c)
                elif re.search(f"[{CJK}]{{4,}}", c) and not re.search(r"保险|险$", c):
                    unit = clean_text(c)
            base, count = _numbers(rest, kinds)
        if not months:
            return RowRead()
        if len(months) == 2 and "range" not in kinds and (not kinds or "month_end" in kinds):
            months = _expand(months[0], months[1])
        if count is not None and count != len(months):
            return RowRead(unread=f"{months[0]}~{months[-1]}: 月数{count}≠{len(months)}")
        if paid is None and "status" not in kinds:
            paid = "1"  # no status column: a listed month is a paid month
        if paid is None:
            return RowRead(unread=f"{months[0]}: 缴费状态未识别")
        if base is None and "base" in kinds:
            return RowRead(unread=f"{months[0]}: 缴费基数未识别")
        unit = unit or unit_default
        out = RowRead(values=[f"{m}|{unit}|{base or ''}|{paid}" for m in months])
        if note:
            out.notes = [f"{m}|{note}" for m in months]
        return out


def month_cell(cell: str) -> bool:
    c = cell.strip()
    return bool(re.fullmatch(rf"{MONTH}", c)) and parse_month(c) is not None


def _is_number(cell: str) -> bool:
    return bool(re.fullmatch(r"-?[\d,]+(?:\.\d+)*", cell.strip()))


def number(cell: str) -> Optional[str]:
    """A money cell: "4,120.50" → "4120.5"; OCR's "4.120.50" (a comma read as a point) too.
    A base under 100 is no contribution base: an OCR loss ("4.12"), read as nothing."""
    c = cell.strip()
    if c.count(".") >= 2:
        head, _, tail = c.rpartition(".")
        c = head.replace(".", "") + "." + tail
    n = normalize_number(c)
    return n if n is not None and float(n) >= 100 else None


def _expand(a: str, b: str) -> list[str]:
    ma, mb = ym(a), ym(b)
    if not ma or not mb or mb < ma:
        return [a, b]
    return [fmt(m) for m in month_range(ma, mb)][:600]


def _range_months(cell: str) -> list[str]:
    m = RANGE.search(cell)
    a, b = parse_month(m.group(1)), parse_month(m.group(2))
    return _expand(a, b) if a and b else []


def _numbers(rest: list[str], kinds: list[str]) -> tuple[Optional[str], Optional[int]]:
    """(base, 月数) among a row's numbers when the cells do not line up with the header."""
    num_kinds = [k for k in kinds if k in ("base", "num", "months")]
    base = count = None
    if rest and len(rest) == len(num_kinds):
        for c, k in zip(rest, num_kinds):
            if k == "base":
                base = number(c)
            elif k == "months" and re.fullmatch(r"\d{1,3}", c):
                count = int(c)
        return base, count
    if "months" in kinds:
        small = [c for c in rest if re.fullmatch(r"\d{1,3}", c)]
        count = int(small[0]) if small else None
    if "base" in kinds or not kinds:
        big = [n for n in map(number, rest) if n is not None]
        base = big[0] if big else None
    return base, count


def split_cells(tl: TLine) -> list[str]:
    """A text row's cells: its columns when the layout found them, else its words; a
    range "2019.07-2020.06" stays one cell."""
    if tl.cells is not None:
        return tl.cells
    if tl.parts and len(tl.parts) >= 3:
        return [p.text for p in tl.parts]
    text = re.sub(rf"({MONTH})\s+(-|—|–|~|至|到)\s+({MONTH})", r"\1\2\3", tl.text)
    return [c for c in re.split(r"\s+", text.strip()) if c]


def looks_like_row(cells: list[str]) -> bool:
    """A month row as printed: a month (or range) and at least one other number."""
    has_month = any(month_cell(c) or RANGE.search(c) for c in cells)
    numbers = [c for c in cells if _is_number(c) and not month_cell(c)]
    return has_month and bool(numbers)


def settle_units(values: list[str], min_rows: int = 10) -> list[str]:
    """OCR misreads a character of the unit here and there ("秦川" → "泰川"): a unit name seen in
    at most a quarter of the rows, within two characters of a unit seen in at least three times
    as many rows, is that unit — unless its months hold a run of three consecutive months: a
    real change of employer (第一医院 → 第二医院) fills a run of months and keeps its own name."""
    units = Counter(v.split("|")[1] for v in values)
    total = sum(units.values())
    if total < min_rows or len(units) < 2:
        return values
    months: dict[str, list] = {}
    for v in values:
        m, u = v.split("|")[:2]
        months.setdefault(u, []).append(ym(m))
    fix = {}
    for u, n in units.items():
        if n > total // 4 or _has_run(months[u], 3):
            continue
        best = [m for m, k in units.items() if m != u and k >= 3 * n and len(u) == len(m)
                and Levenshtein.distance(u, m) <= 2]
        if len(best) == 1:
            fix[u] = best[0]
    if not fix:
        return values
    out = []
    for v in values:
        parts = v.split("|")
        parts[1] = fix.get(parts[1], parts[1])
        out.append("|".join(parts))
    return out


def _has_run(months: list, k: int) -> bool:
    idx = sorted({m[0] * 12 + m[1] for m in months if m})
    run = 1
    for a, b in zip(idx, idx[1:]):
        run = run + 1 if b == a + 1 else 1
        if run >= k:
            return True
    return k <= 1 and bool(idx)
