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
        kinds = sorted(labels.words.get("insurance_kinds", ()), key=len, reverse=True)
        self._kinds = re.compile("|".join(re.escape(k) for k in kinds)) if kinds else None
        self._words = [(w, "0") for w in labels.word_list("unpaid") if len(w) >= 2 and not w.isascii()] + \
                      [(w, "1") for w in labels.word_list("paid") if len(w) >= 2 and not w.isascii()]

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
        # OCR merges neighbouring header cells ("费款所属期 单位编号"): each header word is a column
        cells = [t for c in cells for t in (c.split() if len(c.split()) > 1
                                            and all(self.kind(w) != "text" for w in c.split()) else [c])]
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
        return self._near_word(c)

    def _near_word(self, cell: str) -> Optional[str]:
        """An OCR slip in a status word ("已嫩" for 已缴, "中新" for 中断, "已实" cut from 已实缴):
        the words one edit away, when every one of them says the same (paid or not); else None."""
        c = re.sub(r"\s", "", cell)
        if not 2 <= len(c) <= 4 or not re.fullmatch(f"[{CJK}]+", c):
            return None
        near = {v for w, v in self._words if Levenshtein.distance(w, c) == 1}
        return near.pop() if len(near) == 1 else None

    def note_of(self, cell: str) -> Optional[str]:
        return next((w for w in sorted(self.noted, key=len, reverse=True) if w in cell), None)

    def unit_in(self, cell: str) -> Optional[str]:
        """The unit in a text cell, once a 险种 merged into it at either end is cut off."""
        c = re.sub(r"\s", "", cell)
        if self._kinds is not None:
            c = re.sub(f"^(?:{self._kinds.pattern})|(?:{self._kinds.pattern})$", "", c)
        return clean_text(c) if len(re.findall(f"[{CJK}]", c)) >= 4 else None

    @staticmethod
    def _aligned(cells: list[str], kinds: list[str]) -> bool:
        """Do the cells sit under their header? As many cells as header words is not enough when
        OCR merged one pair and split another ("2022-06 兰州新区…" under 所属期, "4800.00" under
        单位名称): each month, unit and base cell must look like one."""
        for c, k in zip(cells, kinds):
            if k == "month" and not month_cell(c):
                return False
            if k == "unit" and (not re.search(f"[{CJK}]", c) or month_cell(c) or _is_number(c)):
                return False
            if k == "base" and not _is_number(c):
                return False
        return True

    def row(self, cells: list[str], hdr: Optional[Header], unit_default: str) -> RowRead:
        """Contributions of one data row; an empty RowRead when it is no month row."""
        cells = [c.strip() for c in cells if c is not None and c.strip()]
        months, base, paid, unit, count, note = [], None, None, None, None, None
        odd_word = False
        kinds = hdr.kinds if hdr else []
        if hdr and len(cells) == len(kinds) and self._aligned(cells, kinds):
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
            for c in tokens(cells):
                if RANGE.search(c) and not months:
                    months += _range_months(c)
                elif month_cell(c) and (not months or not _is_number(c)):
                    months.append(parse_month(c))
                elif self.paid_of(c) is not None and not _is_number(c):
                    paid, note = self.paid_of(c), self.note_of(c)
                elif _is_number(c):
                    rest.append(c)
                elif re.search(f"[{CJK}]{{4,}}", c) and self.unit_in(c):
                    unit = self.unit_in(c)
                elif re.fullmatch(f"[{CJK}]{{1,3}}", c):
                    odd_word = True  # a short word that is no known status: a status misread
            base, count = _numbers(rest, kinds)
        if not months:
            return RowRead()
        if len(months) == 2 and "range" not in kinds and (not kinds or "month_end" in kinds):
            months = _expand(months[0], months[1])
        if count is not None and count != len(months):
            return RowRead(unread=f"{months[0]}~{months[-1]}: 月数{count}≠{len(months)}")
        if paid is None and "status" not in kinds and not (not hdr and odd_word):
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
    """A money cell: "4,120.50" → "4120.5"; OCR's "4.120.50" (a comma read as a point) and
    "5231,00" (a point read as a comma) too.
    A base under 100 is no contribution base: an OCR loss ("4.12"), read as nothing."""
    c = cell.strip()
    if "." not in c and re.fullmatch(r"\d[\d,]*,\d{2}", c):
        c = c[:-3] + "." + c[-2:]  # "5231,00": a point read as a comma (thousands come in threes)
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


def tokens(cells: list[str]) -> list[str]:
    """A row's cells taken apart where OCR merged neighbours: on spaces ("1 2020-08", "418.48 已实缴",
    "养老保险 兰州新区…"; a month range or a month stays whole) and, without a space, a month, a unit
    code before the unit's name ("2023-03兰州新区…", "62016772兰州新区…") or an amount before a
    status word ("418.48正常应缴")."""
    parts = [w for c in cells for w in (c.split() if len(c.split()) > 1 and not RANGE.search(c)
                                         and not month_cell(c) else [c])]
    return [p for w in parts
            for p in re.split(rf"^((?:19|20)\d{{2}}[-./]\d{{1,2}}|\d{{5,}}|\d+\.\d{{2}})(?=[{CJK}])", w) if p]


def looks_like_row(cells: list[str]) -> bool:
    """A month row as printed: a month (or range) and at least one other number."""
    cells = tokens(cells)
    has_month = any(month_cell(c) or RANGE.search(c) for c in cells)
    numbers = [c for c in cells if _is_number(c) and not month_cell(c)]
    if has_month and numbers:
        return True
    # however OCR glued it, a month followed by an amount is a row: counted, so that a row that
    # gives nothing is unread (FIELD_UNCONFIRMED), never a month the statement did not print
    return bool(re.search(rf"(?<!\d){MONTH}(?!\d).*?\d+\.\d{{2}}(?!\d)", " ".join(cells)))


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
