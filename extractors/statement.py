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
from core.normalize import clean_text, english_date, normalize_number, parse_month
from extractors.labels import ORG_SUFFIX
from extractors.labelset import LabelSet
from extractors.lines import TLine

CJK = r"\u4e00-\u9fff"
MONTH = r"(?:19|20)\d{2}\s*(?:[-/.年]\s*\d{1,2}\s*月?|(?:0[1-9]|1[0-2]))"
RANGE = re.compile(rf"({MONTH})\s*(?:-|—|–|~|至|到)\s*({MONTH})")
# a date with its day where a month stands (税务 prints 费款所属期起 "2022-09-01"): its month
DAY = r"(?:\s*[-/.]\s*\d{1,2}(?!\d)|\s*\d{1,2}\s*日)"


@dataclass
class Header:
    kinds: list[str]
    summary: bool = False   # a 参保险种 summary (参保起始年月, 累计缴费月数): its rows are no months


@dataclass
class RowRead:
    """What one table row gave: contributions, the status words noted, or why it was not read."""
    values: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # "YYYY-MM|补缴"
    unread: str = ""                                # why a month row gave nothing
    year: str = ""                                  # the year its 年份 cell printed (carried to rows below)
    skip: bool = False                              # a row of another 险种 (医疗 beside 养老): read, not used
    unit: str = ""                                  # the unit the row gave (carried to a "同上" below)
    yearly: bool = False                            # a row per year (年度 | 缴费月数 …), not per month


class Columns:
    """Header kinds, status words and row reading for one doc_type's LabelSet."""

    def __init__(self, labels: LabelSet) -> None:
        self.kinds = [(k, "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)))
                      for k, ws in labels.data.get("header", {}).items()]
        self.vocabulary = sorted({w for ws in labels.data.get("header", {}).values() for w in ws}, key=len,
                                 reverse=True)
        self.payer_self = labels.word_list("payer_self")
        self.unit_share = labels.word_list("unit_share")
        self.unpaid = self._exact_or_in(labels.word_list("unpaid"))
        self.paid = self._exact_or_in(labels.word_list("paid"))
        self.noted = labels.word_list("noted")
        kinds = sorted(labels.words.get("insurance_kinds", ()), key=len, reverse=True)
        self._kinds = re.compile("|".join(re.escape(k) for k in kinds)) if kinds else None
        self._kind_words = kinds
        base_words = sorted(labels.data.get("header", {}).get("base", []), key=len, reverse=True)
        self._base_said = re.compile(rf"(?:{'|'.join(map(re.escape, base_words)) or '(?!)'})\s*[:：为]?\s*"
                                     r"([¥￥]?\s*[\d,]+\.\d{2})\s*元?")
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

    def kind_of_header_cell(self, cell: str) -> str:
        """A column title's kind; a labelled value ("缴费单位：甘肃…", "缴费起止：2021.04—2022.05")
        is no column title."""
        if re.search(r"[:：]\s*\S{2,}", cell):
            return "text"
        return self.kind(cell)

    def _header_words(self, cell: str) -> list[str]:
        """OCR merges neighbouring header cells: "费款所属期 单位编号" (each word a header word),
        "…缴费基数 缴费档 实缴金额" (most words header words: an unknown one is a column too),
        "费款所属期起费款所属期止" (one header word twice, glued: two columns)."""
        words = cell.split()
        if len(words) > 1:
            known = sum(self.kind(w) != "text" for w in words)
            if known == len(words) or (known >= 2 and 2 * known > len(words)):
                return [t for w in words for t in self._header_words(w)]
            return [cell]
        if cell in self.vocabulary:
            return [cell]  # one header word ("实缴金额"), never two shorter ones ("实缴" + "金额")
        for w in self.vocabulary:
            if len(w) < 2 or not cell.startswith(w):
                continue
            # the word again after it, whole or with a glyph lost ("费款所属期起费款所期止"): two columns
            i = cell.find(w[:2], len(w))
            if len(w) >= 3 and 0 < i <= len(w) + 1 and self.kind(cell[i:]) != "text":
                return [cell[:i]] + self._header_words(cell[i:])
            # another header word right after it ("单位缴纳个人缴纳", "起始年月截止年月", "序号缴费年度",
            # "险种状态")
            rest = cell[len(w):]
            if any(len(v) >= 3 and rest.startswith(v) for v in self.vocabulary) or rest in self.vocabulary:
                return [w] + self._header_words(rest)
        return [cell]

    def subheader(self, cells: list[str]) -> Optional[list[str]]:
        """The kinds of a second header row (a two-level header: "养老保险 | 医疗保险" above
        "缴费基数 单位缴纳 个人缴纳 | 缴费基数 …"): header words only, two of them known."""
        words = [t for c in cells for t in self._header_words(c)]
        if any(month_cell(w) or _is_number(w) or RANGE.search(w) or re.match(r"(?:19|20)\d{2}", w) for w in words):
            return None  # a year's heading ("2021年度 单位：…") is no header row
        kinds = [self.kind(w) for w in words]
        return kinds if sum(k != "text" for k in kinds) >= 2 else None

    @staticmethod
    def under(hdr: Header, sub: list[str]) -> Header:
        """The first header with its group cells (one run of unknown words: 养老保险 医疗保险)
        replaced by the second row's columns; unchanged when the groups are not one run."""
        idx = [i for i, k in enumerate(hdr.kinds) if k == "text"]
        if not idx or idx[-1] - idx[0] + 1 != len(idx):
            return hdr
        return Header(hdr.kinds[:idx[0]] + sub + hdr.kinds[idx[-1] + 1:])

    def header(self, cells: list[str]) -> Optional[Header]:
        cells = [t for c in cells for t in self._header_words(c)]
        kinds = [self.kind_of_header_cell(c) for c in cells]
        if "since" in kinds and not ({"month", "range"} & set(kinds)) and ({"status", "months"} & set(kinds)):
            return Header(kinds, summary=True)
        yearly = not ({"month", "range"} & set(kinds)) and {"year", "months"} <= set(kinds)
        if not (({"month", "range"} & set(kinds)) or yearly) or \
                not ({"base", "status", "unit", "months", "remark"} & set(kinds)):
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

    def kind_near(self, cell: str) -> str:
        """A column title's kind, or the one kind of the header words one OCR slip from it
        ("激费状态" for 缴费状态), as ``_near_word`` reads a status word."""
        c = re.sub(r"\s", "", cell)
        kind = self.kind(c)
        if kind == "text" and len(c) >= 3:
            near = {self.kind(w) for w in self.vocabulary if len(w) == len(c) and Levenshtein.distance(w, c) == 1}
            kind = near.pop() if len(near) == 1 else kind
        return kind

    def _near_word(self, cell: str) -> Optional[str]:
        """An OCR slip in a status word ("已嫩" for 已缴, "中新" for 中断, "已实" cut from 已实缴):
        the words one edit away, when every one of them says the same (paid or not); else None."""
        c = re.sub(r"\s", "", cell)
        if not 2 <= len(c) <= 4 or not re.fullmatch(f"[{CJK}]+", c):
            return None
        near = {v for w, v in self._words if Levenshtein.distance(w, c) == 1}
        return near.pop() if len(near) == 1 else None

    def note_of(self, cell: str) -> Optional[str]:
        # the word printed first, the longest where two start together ("欠缴（…未到账）" → 欠缴, "已补缴" → 已补缴)
        found = [(cell.find(w), -len(w), w) for w in self.noted if w in cell]
        return min(found)[2] if found else None

    def unit_in(self, cell: str) -> Optional[str]:
        """The unit in a text cell, once what OCR merged into it is cut off: a row's serial number
        before it ("14企业职工…"), a 险种 at either end, whole or cut at the cell's edge
        ("灵活就业人员基本养老保", a wrapped "（单位缴纳）" of which only "(" was read)."""
        c = re.sub(r"\s", "", cell)
        c = re.sub(f"^\\d{{1,4}}(?=[{CJK}])", "", c)
        if self._kinds is not None:
            cut = self._cut_kind(c)
            if cut != c and self.payer_of(cut):
                return self.payer_of(cut)  # "灵活就业人员基本养老保个人缴费": the 品目, then the payer
            c = re.sub(f"^(?:{self._kinds.pattern})|(?:{self._kinds.pattern})$", "", cut)
            c = re.sub(r"^[(（]?(?:单位|个人)?(?:缴纳|缴费)?[)）]?", "", c) if c != cell else c
            if self._is_cut_kind(c):
                return None
        c = c.strip("()（）")
        if self.is_share(c):
            return None   # "单位缴纳" (or 单位装纳): the employer's share of the month, no unit
        return clean_text(c) if len(re.findall(f"[{CJK}]", c)) >= 4 else None

    def is_share(self, cell: str) -> bool:
        """"单位缴纳" (or one OCR slip from it: 单位装纳): the employer's share of a month, never a unit."""
        c = re.sub(r"\s", "", cell)
        return any(w == c or (len(w) >= 4 and c[:2] == w[:2] and Levenshtein.distance(w, c) == 1)
                   for w in self.unit_share)

    def payer_of(self, cell: str) -> Optional[str]:
        """"个人缴费" (or one OCR slip from it: 个人微费) as the payer, after a 险种 merged before it
        ("灵活就业人员基本养老保个人缴费")."""
        c = self._cut_kind(re.sub(r"\s", "", cell))
        if not re.fullmatch(f"[{CJK}]{{4,6}}", c):
            return None
        near = [w for w in self.payer_self if w == c or (len(w) >= 4 and Levenshtein.distance(w, c) == 1)]
        return near[0] if near else None

    def _labelled(self, toks: list[str]) -> tuple[list[str], Optional[str], Optional[int]]:
        """A row printed as a line of words rather than cells says some values with their label
        ("10个月", "月缴费基数4120.50元", "欠缴（核定缴费基数4724.00元，未到账）", "个人缴纳 423.32"): (the tokens
        with those taken out, the base, the number of months)."""
        base, count, out = None, None, []
        skip = False
        for k, t in enumerate(toks):
            if skip:
                skip = False
                continue
            if t in self.vocabulary and k + 1 < len(toks) and _is_number(toks[k + 1]):
                # a label and its amount ("个人缴纳 423.32"): the base when the label says so, else no
                # base and no unit
                if self.kind(t) == "base" and base is None:
                    base = number(toks[k + 1])
                skip = True
                continue
            m = self._base_said.search(t)
            if m and base is None and number(m.group(1)) is not None:
                base, t = number(m.group(1)), (t[:m.start()] + t[m.end():]).strip()
            n = re.fullmatch(r"(\d{1,3})\s*个\s*月", t)
            if n and count is None:
                count, t = int(n.group(1)), ""
            if t:
                out.append(t)
        return out, base, count

    def _cut_kind(self, c: str) -> str:
        """The cell without a 险种 that starts it, whole or cut short by at most two glyphs."""
        best = 0
        for k in self._kind_words:
            n = 0
            while n < min(len(k), len(c)) and k[n] == c[n]:
                n += 1
            if n == len(k) or (n >= 6 and n >= len(k) - 2):
                best = max(best, n)
            elif len(k) >= 6 and len(c) > len(k) and Levenshtein.distance(c[:len(k)], k) == 1:
                best = max(best, len(k))  # the whole 险种 with one glyph misread ("…基本券老保险")
        return c[best:] if best else c

    def _is_cut_kind(self, c: str) -> bool:
        """A 险种 cut at the cell's edge ("灵活就业人员基本养老保"): no unit."""
        return len(c) >= 6 and any(k.startswith(c) for k in self._kind_words)

    @staticmethod
    def _aligned(cells: list[str], kinds: list[str], blanks: bool = False) -> bool:
        """Do the cells sit under their header? As many cells as header words is not enough when
        OCR merged one pair and split another ("2022-06 兰州新区…" under 所属期, "4800.00" under
        单位名称): each month, unit and base cell must look like one. With ``blanks`` a cell may be
        empty where a table leaves it blank (备注, a unit or year printed once for the rows below)."""
        for c, k in zip(cells, kinds):
            if blanks and not c and k not in ("month", "range", "base"):
                continue
            if k == "month" and not (month_cell(c) or RANGE.search(c) or ("year" in kinds and month_list(c))):
                return False
            if k == "unit" and (not re.search(f"[{CJK}]", c) or month_cell(c) or _is_number(c)):
                return False
            if k == "base" and not _is_number(_unmarked(c)):
                return False  # a mark beside the base ("3877.00（欠）") is the month's status
        return True

    def unglue(self, toks: list[str]) -> list[str]:
        """A status word OCR glued before the unit ("已缴费兰州新区水投集团有限公司", "已级费…" one slip
        away): two cells, when what follows is an organisation's name."""
        words = {w for w, _ in self._words}
        out = []
        for t in toks:
            org = [k for k in (4, 3, 2) if re.fullmatch(f"[{CJK}]{{{k}}}", t[:k])
                   and re.fullmatch(f"[{CJK}()（）]{{4,40}}{ORG_SUFFIX}", t[k:])]
            # a whole status word (the longest), else one OCR slip from a three-letter one
            k = next((k for k in org if t[:k] in words), None) or \
                next((k for k in org if k == 3 and self._near_word(t[:k]) is not None), None)
            out += [t[:k], t[k:]] if k else [t]
        return out

    def _fits(self, c: str, k: str, kinds: list[str]) -> Optional[float]:
        """The cost of reading cell ``c`` in a column of kind ``k``; None when it cannot stand there."""
        typed = month_cell(c) or bool(RANGE.search(c)) or _is_number(c)
        if k in ("month", "month_end", "paid_on"):
            return 0 if month_cell(c) or (k == "month" and ("year" in kinds and month_list(c) or RANGE.search(c))) \
                else None
        if k == "range":
            return 0 if RANGE.search(c) else None
        if k == "year":
            return 0 if YEAR.fullmatch(c) else None
        if k == "months":
            return 0 if re.fullmatch(r"\d{1,3}", c) else None
        if k == "owed_months":
            return 0 if month_list(c) else None
        if k == "base":
            return 0 if number(_unmarked(c)) is not None else None
        if k in ("num", "owed", "paid_amount"):
            # a rate (费率 "16%") stands among the amounts, never in an amount paid or owed
            return 0 if _is_number(c) or (k == "num" and PERCENT.fullmatch(c)) else None
        if k == "insurance":
            return 0 if re.search(f"[{CJK}]{{2,}}", c) and not typed else None
        if k == "place":
            return 0 if re.fullmatch(f"[{CJK}]{{2,8}}", c) else None
        if k == "status":
            return 0 if self.paid_of(c) is not None else None
        if k == "unit":
            if not re.search(f"[{CJK}]{{2,}}", c) or typed:
                return None
            return 0.5 if self.paid_of(c) is not None else 0  # a status word is no unit
        return 1.0 if typed else 0.2   # text, remark, since: anything, a number or month at a cost

    # the cost of leaving a column blank: a month or base is seldom blank, a remark often
    _SKIP = {"month": 3.0, "range": 3.0, "base": 2.0, "month_end": 2.0, "unit": 1.0, "status": 1.0, "months": 1.0,
             "remark": 0.0}

    def align(self, cells: list[str], kinds: list[str]) -> Optional[list[tuple[str, str]]]:
        """The row's cells laid under the header's columns in order, some columns left blank: the
        cheapest assignment where every cell stands in a column it can stand in (a month under a
        month, an amount under an amount …). This reads a row by its shape when a table leaves
        cells blank or OCR merged or lost a cell boundary. None when no assignment fits."""
        n, m = len(cells), len(kinds)
        if not n or n > m:
            return None
        inf = float("inf")
        best = [[inf] * (m + 1) for _ in range(n + 1)]
        back: dict[tuple[int, int], tuple[int, int]] = {}
        best[0][0] = 0.0
        for i in range(n + 1):
            for j in range(m):
                if best[i][j] == inf:
                    continue
                skip = best[i][j] + self._SKIP.get(kinds[j], 0.5)
                if skip < best[i][j + 1]:
                    best[i][j + 1], back[(i, j + 1)] = skip, (i, j)
                if i < n:
                    cost = self._fits(cells[i], kinds[j], kinds)
                    if cost is not None and best[i][j] + cost < best[i + 1][j + 1]:
                        best[i + 1][j + 1], back[(i + 1, j + 1)] = best[i][j] + cost, (i, j)
        if best[n][m] == inf:
            return None
        pairs, at = [], (n, m)
        while at != (0, 0):
            prev = back[at]
            if prev[0] < at[0]:
                pairs.append((cells[prev[0]], kinds[prev[1]]))
            at = prev
        return pairs[::-1]

    def _assign(self, pairs: list[tuple[str, str]], year: str, loose: bool = False, prev_unit: str = "") -> dict:
        """What the cells of a row, each under its column, say. ``loose``: the cells were laid under
        the columns by their shape (``align``), so a unit cell may hold what OCR merged into it."""
        got: dict = {"months": [], "base": None, "paid": None, "unit": None, "count": None, "note": None,
                     "year": "", "other_kind": False}
        bare, ranged, unpaid, owed = None, None, False, []
        for c, k in pairs:
            if not c:
                continue
            if k in ("range", "month") and RANGE.search(c) and ranged is None:
                ranged = _range_months(c)   # a range beside a month column is the period paid for
            elif k == "month" and month_cell(c) and not got["months"]:
                got["months"].append(parse_month(c))  # a second month column (paid on) is no period
            elif k == "month" and month_list(c) and not got["months"]:
                bare = month_list(c)   # "3", "3月", or the months of a year "1-7,9-12"
            elif k == "owed_months" and month_list(c):
                owed = month_list(c)   # 欠缴月份 of the row's year: owed, not paid
            elif k in ("month_end", "range") and month_cell(c):
                got["months"].append(parse_month(c))
            elif k == "year" and YEAR.fullmatch(c):
                got["year"] = c[:4]
            elif k == "base" and got["base"] is None:
                # the first 基数 (养老 before 医疗 in a two-level header); a mark beside it
                # ("3877.00（欠）", "（补）") is the month's status
                mark = re.search(r"[(（]\s*([\u4e00-\u9fff]{1,3})\s*[)）]\s*$", c)
                got["base"] = number(c[:mark.start()] if mark else c)
                if mark and self.paid_of(mark.group(1)) is not None:
                    got["paid"], got["note"] = self.paid_of(mark.group(1)), self.note_of(mark.group(1))
                elif mark and mark.group(1) in ("欠", "补"):
                    got["paid"], got["note"] = ("0", "欠缴") if mark.group(1) == "欠" else ("1", "补缴")
            elif k == "status":
                # two status columns (缴费性质 正常缴费/欠缴 and 记账标志 已记账/未记账): not paid wins
                # (an unrecognised word in one of them leaves what the other said)
                paid, note = self.paid_of(c), self.note_of(c)
                if (paid is not None or got["paid"] is None) and (not unpaid or paid == "0"):
                    got["paid"], got["note"] = paid, note or got["note"]
                unpaid = unpaid or paid == "0"
            elif k == "paid_amount" and _is_number(c) and float(normalize_number(_bare(c)) or 0) == 0:
                unpaid, got["paid"] = True, "0"   # nothing paid for the month: owed (正常应缴 says the levy)
                got["note"] = got["note"] or "欠缴"
            elif k == "insurance":
                if re.search("医疗|失业|工伤|生育|大病", c) and "养老" not in c:
                    got["other_kind"] = True
                if got["paid"] is None and (self.unpaid.search(c) or self.paid.search(c)):
                    got["paid"], got["note"] = self.paid_of(c), self.note_of(c)  # "养老欠缴": a status merged in
            elif k == "remark" and re.search(r"\d{1,2}\s*月", c) and self.note_of(c):
                # "7月为补缴": the word for the months it names, not for the row
                got["month_notes"] = ([int(x) for x in re.findall(r"(\d{1,2})\s*月", c)], self.note_of(c))
            elif k == "remark" and self.paid_of(c) is not None and not unpaid:
                got["paid"], got["note"] = self.paid_of(c), self.note_of(c)
            elif k == "owed" and got["paid"] is None and _is_number(c):
                # an amount owed (欠缴金额) beside a month with no status column: owed or not
                owed = float(normalize_number(_bare(c)) or 0) > 0
                got["paid"], got["note"] = ("0", "欠缴") if owed else ("1", None)
            elif k == "months" and re.fullmatch(r"\d{1,3}", c):
                got["count"] = int(c)
            elif k == "unit" and DITTO.fullmatch(c):
                got["unit"] = prev_unit or None   # "同上" / 〃: the unit of the row above
            elif k == "unit" and re.search(f"[{CJK}]", c):
                # a unit's code printed before its name ("62012199913 兰州新区第三 人民医院") is cut off
                c = re.sub(f"^[0-9A-Z]{{5,}}\\s*(?=[{CJK}])", "", c)
                got["unit"] = self.payer_of(c) or (self.unit_in(c) if loose else clean_text(c))
        total = any(re.fullmatch(r"(?:本页|年度|本年)?(?:合计|小计|总计|累计)", c) for c, _ in pairs)
        if ranged is not None:
            # a range beside the row's month that neither holds it nor is one month (a 补缴 filed under
            # its collection month names one earlier month): a misread range, "2015-01至201901"
            if got["months"] and len(ranged) > 1 and got["months"][0] not in ranged:
                got["conflict"] = f"{got['months'][0]}: 所属期与对应所属期不一致"
            got["months"] = ranged
        y = got["year"] or (year if not total else "")
        if bare is not None and y:
            got["months"] += [f"{y}-{m:02d}" for m in bare]  # 年份 | 月份 in two columns
        kinds = {k for _, k in pairs}
        if y and not total and {"year", "months"} <= kinds and not kinds & {"month", "range", "month_end"}:
            got["yearly"] = True
            # a row per year (年度 | 缴费单位 | 缴费月数 | … | 备注): a full year is its twelve months; fewer
            # are the months the 备注 names ("8月-12月", "1-4月、8-12月"), else which months is not known
            named = next((month_list(re.sub(r"月(?=\s*[-~—–至,，、])", "", c)) for c, k in pairs
                          if k == "remark" and c), [])
            if got["count"] == 12:
                got["months"] = [f"{y}-{m:02d}" for m in range(1, 13)]
            elif got["count"] and len(named) == got["count"]:
                got["months"] = [f"{y}-{m:02d}" for m in named]
            elif got["count"]:
                got["conflict"] = f"{y}年: 缴费{got['count']}个月，未列明月份"
        got["owed"] = [f"{y}-{m:02d}" for m in owed] if y else []
        if "month_notes" in got and y:
            got["month_notes"] = ([f"{y}-{m:02d}" for m in got["month_notes"][0]], got["month_notes"][1])
        return got

    def row(self, cells: list[str], hdr: Optional[Header], unit_default: str, year: str = "",
            prev_unit: str = "") -> RowRead:
        """Contributions of one data row; an empty RowRead when it is no month row. ``year`` is the
        year a row above printed in a 年份 column that this row leaves blank (a merged cell);
        ``prev_unit`` the unit the row above printed (for "同上")."""
        raw = [c.strip() if c is not None else "" for c in cells]
        cells = [c for c in raw if c]
        months, base, paid, unit, count, note = [], None, None, None, None, None
        odd_word = False
        kinds = hdr.kinds if hdr else []
        pairs, loose = None, False
        if hdr and len(cells) == len(kinds) and self._aligned(cells, kinds):
            pairs = list(zip(cells, kinds))
        elif hdr and len(raw) == len(kinds) and self._aligned(raw, kinds, blanks=True):
            pairs = list(zip(raw, kinds))   # a blank cell where the table leaves one
        elif hdr:
            pairs, loose = self.align(self.unglue(tokens(cells)), kinds), True
        got_year = ""
        if pairs is not None:
            got = self._assign(pairs, year, loose, prev_unit)
            months, base, paid, unit, count, note, got_year = (got[k] for k in ("months", "base", "paid", "unit",
                                                                               "count", "note", "year"))
            if got["other_kind"] and months:
                return RowRead(skip=True, year=got_year)
            if got.get("conflict"):
                return RowRead(unread=got["conflict"], year=got_year, yearly=bool(got.get("yearly")))
        else:  # cells merged or split otherwise: assign by what they look like
            rest, payer, ranged, dayed, share = [], None, False, [], False
            toks, said_base, said_count = self._labelled(tokens(cells))
            for c in toks:
                share = share or self.is_share(c)
                if "unit" in kinds and self.payer_of(c):
                    payer = self.payer_of(c)  # "个人缴费" in the payer column: no employer
                elif RANGE.search(c) and not months:
                    months += _range_months(c)
                    ranged = True
                elif month_cell(c) and ranged and "paid_on" in kinds:
                    continue  # the date paid (缴费日期) after the period paid for
                elif month_cell(c) and (not months or not _is_number(c) or ("month_end" in kinds and len(months) == 1)):
                    months.append(parse_month(c))
                    dayed.append(bool(WITH_DAY.search(c)))
                elif self.paid_of(c) is not None and not _is_number(c):
                    paid, note = self.paid_of(c), self.note_of(c)
                elif _is_number(c):
                    rest.append(c)
                elif re.search(f"[{CJK}]{{4,}}", c) and self.unit_in(c):
                    unit = self.unit_in(c)
                elif re.fullmatch(f"[{CJK}]{{1,3}}", c):
                    odd_word = True  # a short word that is no known status: a status misread
            base, count = _numbers(rest, kinds)
            base, count = said_base or base, said_count if said_count is not None else count
            if share and not unit and not payer and len(months) == 1 and dayed == [True]:
                # "单位缴纳 16% 620.32 620.32 2020-11-08": the employer's share of a month printed on two rows,
                # its date the day the money came — the month, unit and base stand on the row it belongs to
                return RowRead(year=got_year)
            unit = unit or payer
            if not months and "year" in kinds and base is not None:
                toks = [c for c in tokens(cells) if bare_month(c)]
                if toks:  # a 月份 and an amount that would not sit under the columns
                    named = [c for c in toks if c.endswith("月")]  # "6" may be the row's 序号
                    return RowRead(unread=f"{year or '?'}年{named[0] if named else '某月'}: 未能对齐表头")
            if len(months) == 2 and len(dayed) == 2 and dayed == [False, True] \
                    and not {"range", "month_end", "paid_on"} & set(kinds):
                # "202202 … 已实 2022-03-19": a month, then a date with its day — the day the money came
                # (到账日期), never the end of a period (a period prints both ends alike); under a header with a
                # 到账日期 column the dates are mapped onto the date columns below
                months = months[:1]
            if "paid_on" in kinds and months and not ranged:
                # a date column besides the period (入库日期): the dates map onto the date columns
                # in order, else the period is not known
                dated = [k for k in kinds if k in ("month", "month_end", "paid_on")]
                if len(months) == len(dated):
                    months = [m for m, k in zip(months, dated) if k != "paid_on"]
                elif dayed == [True] and "month_end" not in dated:
                    # a lone date with its day under a 所属期 (a month) and a 到账日期: the day the money
                    # came, on a row that prints no period (a month's second row, 个人缴纳 under 单位缴纳)
                    return RowRead(year=got_year)
                elif len(months) != len(dated) - dated.count("paid_on"):  # a blank/"未到账" 到账日期 is fine
                    return RowRead(unread=f"{months[0]}: 所属期未识别")
        if not months:
            return RowRead(year=got_year)
        if len(months) == 2 and "range" not in kinds and (not kinds or "month_end" in kinds):
            months = _expand(months[0], months[1])
        if count is not None and count != len(months):
            return RowRead(unread=f"{months[0]}~{months[-1]}: 月数{count}≠{len(months)}", year=got_year)
        if paid is None and "status" not in kinds and not (not hdr and odd_word):
            paid = "1"  # no status column: a listed month is a paid month
        if paid is None:
            return RowRead(unread=f"{months[0]}: 缴费状态未识别", year=got_year)
        if base is None and "base" in kinds:
            return RowRead(unread=f"{months[0]}: 缴费基数未识别", year=got_year)
        # a blank unit cell stays blank (no payer, held against nobody): it may be the merged cell of the
        # rows above, but a unit guessed from them could accuse; a printed "同上"/〃 is read as that unit
        # (a year row without a unit cell: a heading's unit — "当前参保单位" — says nothing of past years)
        yearly = pairs is not None and bool(got.get("yearly"))
        unit = unit or ("" if yearly else unit_default)
        out = RowRead(values=[f"{m}|{unit}|{base or ''}|{paid}" for m in months], year=got_year, unit=unit,
                      yearly=yearly)
        if note:
            out.notes = [f"{m}|{note}" for m in months]
        if pairs is not None:
            out.values += [f"{m}|{unit}|{base or ''}|0" for m in got["owed"] if m not in months]
            out.notes += [f"{m}|欠缴" for m in got["owed"] if m not in months]
            if "month_notes" in got and isinstance(got["month_notes"][0], list):
                out.notes += [f"{m}|{got['month_notes'][1]}" for m in got["month_notes"][0] if m in months]
        return out


YEAR = re.compile(r"(?:19|20)\d{2}\s*(?:年度?)?")


_M = r"(?:0?[1-9]|1[0-2])"


WITH_DAY = re.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*$")


def bare_month(cell: str) -> bool:
    """A month without its year ("3", "03", "3月"), printed beside a 年份 column."""
    return bool(re.fullmatch(rf"{_M}\s*月?", cell.strip()))


_MONTH_LIST = re.compile(rf"{_M}(?:\s*[-~—–至]\s*{_M})?(?:\s*[,，、]\s*{_M}(?:\s*[-~—–至]\s*{_M})?)*\s*月?")
DITTO = re.compile(r"同上|〃|々|\"|”|''|同前")


def month_list(cell: str) -> list[int]:
    """The months of a year a cell lists ("3", "3月", "4-12", "1-7,9-12"), in order; [] when it
    is no such list or a range runs backwards."""
    c = cell.strip()
    if not _MONTH_LIST.fullmatch(c):
        return []
    out: list[int] = []
    for part in re.split(r"\s*[,，、]\s*", c.rstrip("月").strip()):
        ends = [int(x) for x in re.split(r"\s*[-~—–至]\s*", part)]
        if ends[-1] < ends[0]:
            return []
        out += [m for m in range(ends[0], ends[-1] + 1) if m not in out]
    return out


# marks a statement prints after a month and explains in a note ("标“*”的为欠缴月份")
MARKS = "*＊#＃※△▲☆★"
_FOLD = str.maketrans("＊＃", "*#")
_LEGEND = re.compile(rf"[“\"「『]?\s*([{re.escape(MARKS)}])\s*[”\"」』]?\s*号?\s*(?:的|者)?\s*(?:为|表示|系|代表)"
                     rf"\s*([{CJK}]{{2,12}})")
_SHORT_MONTH = re.compile(r"(\d{2})\s*/\s*(0[1-9]|1[0-2])")


def legend(text: str) -> dict[str, str]:
    """What each mark means by the statement's own note: {"*": "欠缴未到账月份", "#": "补缴月份"}."""
    out: dict[str, str] = {}
    for m in _LEGEND.finditer(re.sub(r"\s", "", text)):
        out.setdefault(m.group(1).translate(_FOLD), m.group(2))
    return out


def marked_month(cell: str) -> Optional[tuple[str, str]]:
    """(YYYY-MM, mark) of a month cell with a mark after it ("2023-02*" → ("2023-02", "*")) or with
    a two-digit year ("21/03" as a bank kiosk prints 结算年月: 2021-03; 98/07 is 1998-07). Only for a
    cell under a month column: elsewhere "21/03" is no month."""
    c = cell.strip()
    mark = ""
    if c and c[-1] in MARKS:
        c, mark = c[:-1].rstrip(), c[-1].translate(_FOLD)
    s = _SHORT_MONTH.fullmatch(c)
    if s:
        yy = int(s.group(1))
        return f"{1900 + yy if yy > 50 else 2000 + yy}-{s.group(2)}", mark
    if mark and month_cell(c):
        return parse_month(c), mark
    return None


def _unmarked(cell: str) -> str:
    return re.sub(r"\s*[(（]\s*[\u4e00-\u9fff]{1,3}\s*[)）]\s*$", "", cell)


def month_cell(cell: str) -> bool:
    """A month, or a date with its day (the month it falls in)."""
    c = cell.strip()
    return bool(re.fullmatch(rf"{MONTH}(?:{DAY})?", c)) and parse_month(c) is not None


def _bare(cell: str) -> str:
    """A money cell without its currency sign or unit ("￥4,800.00", "4800.00元")."""
    return re.sub(r"^[¥￥]\s*|\s*元$", "", cell.strip())


PERCENT = re.compile(r"\d{1,3}(?:\.\d+)?\s*[%％]")


def _is_number(cell: str) -> bool:
    return bool(re.fullmatch(r"-?[\d,]+(?:\.\d+)*", _bare(cell)))


def number(cell: str) -> Optional[str]:
    """A money cell: "4,120.50" → "4120.5"; OCR's "4.120.50" (a comma read as a point) and
    "5231,00" (a point read as a comma) too.
    A base under 100 is no contribution base: an OCR loss ("4.12"), read as nothing; nor is a number
    of eight or more digits (an ID number or unit code that lost its column)."""
    c = _bare(cell)
    if re.fullmatch(r"\d{6,7}", c):
        c = c[:-2] + "." + c[-2:]  # "395340": OCR lost the point (a month's base of 100,000 or more is none)
    if "." not in c and re.fullmatch(r"\d[\d,]*,\d{2}", c):
        c = c[:-3] + "." + c[-2:]  # "5231,00": a point read as a comma (thousands come in threes)
    if c.count(".") >= 2:
        head, _, tail = c.rpartition(".")
        c = head.replace(".", "") + "." + tail
    n = normalize_number(c)
    # under 100 is an OCR loss; eight or more integer digits is an identifier (an ID or unit code)
    return n if n is not None and 100 <= float(n) < 10_000_000 else None


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
    num_kinds = [k for k in kinds if k in ("base", "num", "months", "paid_amount", "owed")]
    base = count = None
    if rest and len(rest) == len(num_kinds):
        for c, k in zip(rest, num_kinds):
            if k == "base" and base is None:
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
    # (a spreadsheet's English date cell, Excel's "1-Aug-20", is read as the date it shows: 2020-08-01)
    if tl.cells is not None:
        return [english_date(c) if c else c for c in tl.cells]
    if tl.parts and len(tl.parts) >= 3:
        return [english_date(p.text) for p in tl.parts]
    text = re.sub(rf"({MONTH})\s+(-|—|–|~|至|到)\s+({MONTH})", r"\1\2\3", tl.text)
    return [english_date(c) for c in re.split(r"\s+", text.strip()) if c]


def tokens(cells: list[str]) -> list[str]:
    """A row's cells taken apart where OCR merged neighbours: on spaces ("1 2020-08", "418.48 已实缴",
    "养老保险 兰州新区…"; a month range or a month stays whole) and, without a space, a month, a unit
    code before the unit's name ("2023-03兰州新区…", "62016772兰州新区…") or an amount before a
    status word ("418.48正常应缴")."""
    parts = [w for c in cells for w in (c.split() if len(c.split()) > 1 and not RANGE.search(c)
                                         and not month_cell(c) else [c])]
    # "2023-0401": a date whose second dash OCR lost
    parts = [re.sub(r"^((?:19|20)\d{2}[-./](?:0[1-9]|1[0-2]))(0[1-9]|[12]\d|3[01])$", r"\1-\2", w) for w in parts]
    # an amount glued to what follows: a 档次 "150%" or a date ("1976.702022-09-15")
    glued = rf"(?=[{CJK}]|\d{{1,3}}%|(?:19|20)\d{{2}}[-./]\d|\d{{1,2}}\s*(?:[-~—–至]\s*\d{{1,2}}\s*)?月)"
    cut = re.compile(rf"(?:19|20)\d{{2}}[-./]\d{{1,2}}(?:[-./]\d{{1,2}})?(?=[{CJK}])|\d{{5,}}(?=[{CJK}])"
                     rf"|(?:19|20)\d{{2}}(?=[{CJK}]{{4}})(?!年)"  # a 年度 cell glued to the unit: "2018兰州新区…"
                     rf"|(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月(?=\S)"
                     rf"|(?:0?[1-9]|1[0-2])月(?=[{CJK}]{{4}})"
                     rf"|[{CJK}]{{2,6}}(?=(?:19|20)\d{{2}}[-./]\d)"
                     rf"|\d+\.\d{{2}}{glued}")
    out = []
    for w in parts:
        # a range ("2020-10至2020-10") stays whole; else each glued piece at the start is cut off in
        # turn ("2022年05月62012199913兰州新区…": the month, the unit's code, the unit)
        while not RANGE.fullmatch(w):
            m = cut.match(w)
            if not m or m.end() >= len(w):
                break
            piece = m.group(0)
            # a unit's code glued before its name ("62012199913兰州新区…") is no amount: dropped
            if not re.fullmatch(r"\d{7,}", piece) or re.fullmatch(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:\d{2})?", piece):
                out.append(piece)
            w = w[m.end():].lstrip()
        if w:
            out.append(w)
    # a unit's code standing apart before its name ("62012199913 兰州新区…") is no amount either
    return [w for i, w in enumerate(out)
            if not (re.fullmatch(r"\d{7,}", w) and i + 1 < len(out) and re.match(f"[{CJK}]{{2}}", out[i + 1])
                    and not re.fullmatch(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:\d{2})?", w))]


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
    as many rows (three, one of them lost, in a name of ten or more), is that unit — unless its
    months hold a run of three consecutive months: a real change of employer (第一医院 → 第二医院)
    fills a run of months and keeps its own name."""
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
        big = [m for m, k in units.items() if m != u and k >= 3 * n]
        best = [m for m in big if len(u) == len(m) and Levenshtein.distance(u, m) <= 2]
        if not best:
            # (only where no name two slips away is: a long name may also lose a glyph — "兰州新区泰州区管理辰务中心"
            # for 兰州新区泰川园区管理服务中心)
            best = [m for m in big if min(len(u), len(m)) >= 10 and abs(len(u) - len(m)) <= 1
                    and Levenshtein.distance(u, m) <= 3]
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


def month_slips(rows: list[list[str]]) -> dict[int, str]:
    """OCR month slips in a run of monthly rows: row ``i`` reads one month (2024-01) out of order
    between rows that leave exactly one month out (2024-03 … 2024-05), one glyph from it: that
    month (2024-04) is what the row prints. ``rows`` holds each row's months in reading order;
    the answer maps row index → the month. Anything else out of order (a 补缴 row) stays."""
    out: dict[int, str] = {}
    for i in range(1, len(rows) - 1):
        if len(rows[i]) != 1 or not rows[i - 1] or not rows[i + 1]:
            continue
        a, m, b = ym(rows[i - 1][-1]), ym(rows[i][0]), ym(rows[i + 1][0])
        if not (a and m and b) or a < m < b:
            continue
        gap = [fmt(x) for x in month_range(a, b)][1:-1]
        if len(gap) == 1 and Levenshtein.distance(gap[0], rows[i][0]) == 1:
            out[i] = gap[0]
    return out
