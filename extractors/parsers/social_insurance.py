"""参保缴费证明 / 缴费明细 / 社会保险个人权益记录: holder, one ``contribution`` per month, coverage.

Value form (contract §2): ``YYYY-MM|unit|base|paid``. Rows come from
``Page.tables`` on a page where the reader found a table, else from the page's
lines (``extractors.statement`` reads the columns by their header's meaning, in
any order, across pages with or without a repeated header, with merged 起止年月
ranges and 月数). A unit printed once above the rows ("参保单位：…", or a section
heading) applies to the rows below it. Statements list one row per insurance
type: identical contributions are kept once. 补缴 counts as paid; the status word
of a month that was not plainly paid (补缴, 欠费, 中断 …) is kept on the Document,
``meta["contribution_status"] = {"YYYY-MM": word}``, since the contract's value has
no place for it (fields.csv keeps the contract's form).

``Document.coverage`` says what was read: rows, the pages that held them, the
period and print date the statement states, and ``unread`` — pages (``p3``) or
rows (``p2: 2021-05~2021-07: 月数2≠3``) that looked like month rows and gave no
contribution, or a stated total of paid months above those read (``合计44个月，读出40个月``). ``complete`` is False when anything is unread, when the page cap
cut the file or when no row was read at all: then no month may be taken as unpaid.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Optional

from extractors.base import register_doc_type
from extractors.labels import (CJK, DATE_VALUE, ID_LABELS, ID_PATTERN, FieldSet, TLine, _id_shaped, doc_lines, find_date,
                               find_id_number, Hit, find_name, find_prose_name, find_value, labels_re)
from extractors.lines import starts_with_label
from extractors.cards import card_rows, column_order, cut_at, looks_like_cards
from extractors.grid import Grid
from extractors.layout import Seg, in_region, panel_regions
from extractors.labelset import load_labels
from extractors.statement import (WITH_DAY, Columns, Header, RowRead, legend, looks_like_row, marked_month,
                                  month_cell, month_slips, number, settle_units, split_cells)
from core.models import Coverage, Document, Field
from core.dates import fmt, month_range, parse_month as ym
from core.normalize import clean_text, normalize_id_number, parse_month

L = load_labels("social_insurance")
# a header word of each kind, for the header row rebuilt from a sideways table's row labels
COLUMNS_WORD = {kind: words[0] for kind, words in L.data.get("header", {}).items()}
STOPS = list(L.stops)
COLUMNS = Columns(L)
GRID = Grid(L)
UNIT_LABELS = L.labels("unit")
_UNIT_LINE = re.compile(rf"(?:{labels_re(UNIT_LABELS)})\s*[:]?\s*([{CJK}()A-Za-z0-9]{{4,60}})")
# a summary line that starts with one of these ("首次参保时间:2022年02月;…储存额7401.07元") is no row
NOT_ROWS = STOPS + L.labels("period") + L.labels("printed_on") + L.labels("total_months") + \
    L.data.get("header", {}).get("since", [])
# the dash between the dates may come back from OCR as 一
PERIOD = rf"({DATE_VALUE})\s*(?:-|—|–|~|至|到|一(?=\s*(?:19|20)\d{{2}}))+\s*({DATE_VALUE}|至今|今)"


_AMOUNT = re.compile(r"(?<![\d.])\d{1,7}\.\d{2}(?![\d%])")
_NOT_MONTH = re.compile(r"(?<![\d.])(?:19|20)\d{2}\s*[-./年]\s*(?:0?[1-9]|1[0-2])(?![\d])")
_LABELLED_UNIT = re.compile(r"单\s*位\s*(?:名\s*称)?\s*[:：]\s*[\u4e00-\u9fff]{4}")
# prose: a clause break inside the line ("…为4800.00元、2023年1月…", "…参保缴费，月缴费基数…")
_PROSE = re.compile(r"^(?=(?:.*?[\u4e00-\u9fff]){6}).*[，。；、]")
_SUBTOTAL = re.compile(r"(?:合|小|总)\s*计")
_TOTAL = re.compile(r"累\s*计|结\s*转")  # running totals (合计/小计 lines never get that far)
SHORT_PERIOD = r"(?<!\d)(\d{2}\s*/\s*\d{2})\s*(?:-|—|–|~|至|到)+\s*(\d{2}\s*/\s*\d{2})(?!\d)"
_SELF_SECTION = re.compile(rf"(?:[一二三四五六七八九十]{{1,2}}[、.．]|[(（][一二三四五六七八九十]{{1,2}}[)）])?"
                           rf"(?:{'|'.join(map(re.escape, COLUMNS.payer_self))})(?:缴费)?(?:记录|明细|情况)")
PROSE_PERIOD = re.compile(rf"({DATE_VALUE})(?:至|到|-|—)({DATE_VALUE}|至今|今)期间")


def _unit_line(text: str) -> Optional[str]:
    """The unit of a "参保单位：…" line above the rows (not a column header)."""
    # the unit's code printed after its name: "…有限公司（单位编号6201737435）"
    text = re.sub(r"\s*[(（]\s*(?:单位)?(?:编号|代码)\s*[:：]?\s*[\dA-Za-z]+\s*[)）]", "", text)
    text = re.sub(r"\s*[(（]\s*\d{6,}\s*[)）]\s*$", "", text)  # … or the code alone: "…有限公司（6201540483）"
    # the heading again at the top of a continuation page: "参保单位：X（续）"
    text = re.sub(r"\s*[(（]\s*续\s*[)）]\s*$", "", text)
    y = re.match(rf"\s*(?:19|20)\d{{2}}\s*年度\s*(?:[(（]\s*续\s*[)）])?\s*单\s*位\s*[:：]\s*([{CJK}()（）]{{4,60}})\s*$",
                 text)
    if y:  # a year's heading of a 参保证明's 缴费明细: "2021年度  单位：兰州新区西岔学校"
        return clean_text(y.group(1))
    u = re.match(rf"\s*单\s*位\s*(?:名\s*称)?\s*[:：]\s*([{CJK}()（）]{{4,60}})\s*$", text)
    if u and COLUMNS.kind(u.group(1)) == "text":  # "单位：兰州新区第三人民医院" above its rows (a slip)
        return clean_text(u.group(1))
    # a change of unit: "单位变更：自2022年03月起转入兰州新区水投集团有限公司"
    t = re.search(rf"(?:转\s*入|调\s*入|变更为|变更至)\s*[:：]?\s*([{CJK}()（）]{{4,60}}?)\s*[，。,;；]?\s*$", text)
    if t and re.search(r"单\s*位|转\s*入|调\s*入", text[:t.start(1)]) and COLUMNS.kind(t.group(1)) == "text":
        return clean_text(t.group(1))
    # a section of the person's own payments: "二、个人缴费记录（灵活就业人员）  缴费周期：按季" heads rows
    # with no unit column; the payer is the person ("个人缴费", as a 税务 print's payer column says)
    if _SELF_SECTION.match(re.sub(r"\s", "", text)):
        return COLUMNS.payer_self[0]
    m = _UNIT_LINE.search(text)
    # a row starts with its month; a year's heading ("2021年度 单位：…", "2023年度（续）") or a period's
    # ("2019年7月—12月 缴费单位：…", the months of a block below) is no row
    period = m and re.fullmatch(r"[\s\d年月日度\-—–~一至.()（）续]*", text[:m.start()]) and \
        re.search(r"年", text[:m.start()])
    if not m or (re.match(r"\s*(?:19|20)\d{2}", text) and not period):
        return None
    value = clean_text(m.group(1))
    return value if COLUMNS.kind(value) == "text" else None


def _two_up(lines: list[TLine]) -> Optional[float]:
    """The x where a second block of the same table starts, when a page prints its rows in two
    blocks side by side under one header printed twice ("缴费年月 缴费基数 … 备注 缴费年月 缴费基数 …")."""
    for tl in lines:
        parts = tl.parts or []
        if len(parts) < 2 or any(p.bbox is None for p in parts):
            continue
        whole = [i for i, p in enumerate(parts) if COLUMNS.header(p.text.split()) is not None]
        if len(whole) == 2 and whole[0] == 0:
            return parts[whole[1]].bbox[0] - 2  # each block's header read as one piece
        kinds = [COLUMNS.kind(p.text) for p in parts]
        firsts = [i for i, k in enumerate(kinds) if k in ("month", "range")]
        if len(firsts) == 2 and firsts[1] > firsts[0] + 1 and kinds[firsts[1]:] [:firsts[1] - firsts[0]] == \
                kinds[firsts[0]:firsts[1]]:
            return parts[firsts[1]].bbox[0] - 2
    return None


def _rows(doc: Document, lines: Optional[list[TLine]] = None) -> list[TLine]:
    """Per page, the table rows where the reader found a table, else the page's lines. A table
    row that is also one of the page's lines (tables rebuilt from the lines) gets that line's box.
    A photographed page whose rows stand in two blocks side by side is read block by block from
    its lines (an OCR table would run across both)."""
    rows = lines if lines is not None else doc_lines(doc, split=False)
    twoup: dict[int, float] = {}
    for page in doc.pages:
        if page.text_source != "text_layer":
            x = _two_up([tl for tl in rows if tl.page == page.number and tl.bbox is not None])
            if x is not None:
                twoup[page.number] = x
    if twoup:
        rows = [tl for tl in rows if tl.page not in twoup] + \
            [r for page, x in sorted(twoup.items())
             for r in cut_at([tl for tl in rows if tl.page == page and tl.bbox is not None], x)]
        rows.sort(key=lambda tl: tl.page)  # stable: each page's own order kept
    table_pages = {tl.page for tl in rows if tl.bbox is None}
    boxes: dict[tuple, list[TLine]] = {}
    for tl in rows:
        if tl.bbox is not None:  # in reading order: two equal headers give their boxes in turn
            boxes.setdefault((tl.page, re.sub(r"\s", "", tl.text)), []).append(tl)
    in_tables = {(tl.page, re.sub(r"\s", "", tl.text)) for tl in rows if tl.bbox is None}
    out = []
    for tl in rows:
        if tl.bbox is None:
            queue = boxes.get((tl.page, re.sub(r"\s", "", tl.text)))
            same = queue.pop(0) if queue else None
            if same is not None:
                tl.bbox, tl.source, tl.confidence = same.bbox, same.source, same.confidence
            out.append(tl)
        elif tl.page not in table_pages or _unit_line(tl.text):
            out.append(tl)
        elif (tl.page, re.sub(r"\s", "", tl.text)) not in in_tables and looks_like_row(split_cells(tl)):
            # a month row the table left out (a photo cut it to two cells: "2023.06  ¥3,710.00"): read
            # as a line, so that it is read or counted unread — never a month that silently went missing
            out.append(tl)
        elif (tl.page, re.sub(r"\s", "", tl.text)) not in in_tables and COLUMNS.subheader(split_cells(tl)):
            out.append(tl)  # a second header row whose words sit too close for the table's cells
    # a "参保单位：…" heading belongs to the rows below it: where every item of a page has a box
    # (OCR tables are rebuilt from the lines), put the page back in reading order
    by_page: dict[int, list[TLine]] = {}
    for tl in out:
        by_page.setdefault(tl.page, []).append(tl)
    ordered = []
    for page, items in sorted(by_page.items()):  # pages in order: a header carries onto the next page
        if all(tl.bbox is not None for tl in items) and page not in twoup:  # two blocks: already in order
            items = _in_reading_order(items, [tl for tl in rows if tl.page == page and tl.bbox is not None])
        ordered += items
    return ordered


def _in_reading_order(items: list[TLine], whole: list[TLine]) -> list[TLine]:
    """A page's items top to bottom; on an n-up print (two or four statement pages on one sheet, each
    with its own "第k页共n页" among the page's lines ``whole``), page by page in footer order, each top to
    bottom (layout.panel_regions)."""
    regions = panel_regions([Seg(tl.text, *tl.bbox) for tl in whole])

    def key(tl: TLine):
        sg = Seg(tl.text, *tl.bbox)
        return next((k for k, r in enumerate(regions) if in_region(sg, r)), 0), sg.cy
    return sorted(items, key=key)


def _untranspose(rows: list[TLine], unread: list[str]) -> list[TLine]:
    """A table turned sideways (one column per month: a "缴费年月 | 201907 | 201908 …" row, then
    "缴费基数 | 6000.00 …", "缴费状态 | 已缴 …" rows), block by block: each block becomes a header
    row of its row labels and one row per month column, read like any other table."""
    out: list[TLine] = []
    i = 0
    while i < len(rows):
        cells = [c.strip() for c in split_cells(rows[i]) if c is not None]
        months = [c for c in cells[1:] if month_cell(c)]
        # a row label's kind ("缴费基数", or "激费状态" one OCR slip from one)
        if not (len(cells) >= 3 and COLUMNS.kind_near(cells[0]) in ("month", "range") and len(months) >= 2
                and all(month_cell(c) or not c for c in cells[1:])):
            out.append(rows[i])
            i += 1
            continue
        block = [cells]
        j = i + 1
        wider = False
        while j < len(rows) and rows[j].page == rows[i].page:
            nxt = [c.strip() for c in split_cells(rows[j]) if c is not None]
            if len(nxt) < 2 or COLUMNS.kind_near(nxt[0]) in ("text", "month", "range"):
                break
            wider = wider or len([c for c in nxt if c]) > len([c for c in cells if c])
            block.append(nxt)
            j += 1
        if len(block) >= 2 and wider:
            # more values than months (OCR put some months on the line above): which value is whose
            # month is not known — the block is unread, never read askew
            unread.append(f"p{rows[i].page}: {months[0]}起一块横排月份与数值未对齐")
            i = j
            continue
        if len(block) < 2:
            out.append(rows[i])
            i += 1
            continue
        kinds_cells = [b[0] for b in block]
        head = replace(rows[i], cells=[COLUMNS_WORD.get(COLUMNS.kind_near(c), c) for c in kinds_cells])
        head.text = " ".join(head.cells)
        out.append(head)
        for k in range(1, len(cells)):
            col = [b[k] if k < len(b) else "" for b in block]
            if not col[0]:
                continue  # a block's blank slot (中断 months get no column)
            out.append(replace(rows[i], cells=col, text=" ".join(c for c in col if c)))
        i = j
    return out


_RIGHT_KINDS = {"num", "status", "paid_amount", "paid_on", "owed", "remark"}


def _block_header(cells: list[str]) -> Optional[str]:
    """"left" for a header row with a month column; "right" for a header row of column titles only
    (two known), none of them a month, a year or a unit, and one an amount, a status or a date of
    payment — the columns that a sheet too wide for its paper printed on a page of their own."""
    if COLUMNS.header(cells) is not None:
        return "left"
    if any(re.search(r"[:：]\s*\S", c) for c in cells):
        return None  # labelled values ("个人编号：… 参保状态：参保缴费"), no column titles
    kinds = COLUMNS.subheader(cells)
    if kinds and not ({"month", "range", "month_end", "year", "unit", "base", "since"} & set(kinds)) \
            and set(kinds) <= _RIGHT_KINDS | {"text"} and {"status", "paid_amount", "paid_on", "owed"} & set(kinds):
        return "right"
    return None


def _block_rows(rows: list[TLine], side: str) -> list[int]:
    """Indices of a block's data rows, in order (合计 rows left out on both sides)."""
    out = []
    for i, tl in enumerate(rows):
        cells = [c for c in split_cells(tl) if c and c.strip()]
        if _SUBTOTAL.search(tl.text) or len(cells) < 2:
            continue
        if side == "left" and looks_like_row(cells):
            out.append(i)
        elif side == "right" and (_AMOUNT.search(tl.text) or any(COLUMNS.paid_of(c) for c in cells)):
            out.append(i)
    return out


def _column_blocks(rows: list[TLine], unread: list[str]) -> list[TLine]:
    """A sheet too wide for its paper is printed column block by column block (Excel without "fit to
    width"): a LEFT page holds 序号 | 所属期 | 单位 | 基数 for rows 1..k, a RIGHT page 单位缴纳 | 个人缴纳 |
    缴费状态 | 到账日期 for the same rows, under its own header and without a month. Each right page is
    joined row by row to the first left page not yet joined that holds as many rows (Excel's 先行后列
    and 先列后行 page orders alike; a 序号 repeated on both must agree): the left page's header and rows
    get the right page's columns. A right page that matches no left page is unread — its status (a
    欠缴 month) is never taken from a row with another month (到账日期 is no month paid for)."""
    pages: dict[int, list[int]] = {}
    for i, tl in enumerate(rows):
        pages.setdefault(tl.page, []).append(i)
    heads: dict[int, tuple[str, int]] = {}
    for page, idx in pages.items():
        for i in idx:
            side = _block_header(split_cells(rows[i]))
            if side:
                heads[page] = (side, i)
                break
    # a right-hand page prints no month paid for (its only dates are 到账日期, with their day)
    bare = {tl.page for tl in rows for c in split_cells(tl) if c and month_cell(c) and not WITH_DAY.search(c)}
    rights = [p for p, (side, _) in sorted(heads.items()) if side == "right" and p not in bare]
    if not rights:
        return rows
    lefts = [p for p, (side, _) in sorted(heads.items()) if side == "left"]
    body = {p: [i for i in pages[p] if i > heads[p][1]] for p in lefts + rights}
    data = {p: [body[p][k] for k in _block_rows([rows[i] for i in body[p]], heads[p][0])] for p in lefts + rights}
    joined: dict[int, list[str]] = {}
    drop: set[int] = set()
    used: set[int] = set()
    for r in rights:
        drop.update(pages[r])
        left = next((p for p in lefts if p not in used and len(data[p]) == len(data[r]) and data[r]), None)
        rh = split_cells(rows[heads[r][1]])
        seq = bool(rh) and COLUMNS.kind(rh[0]) == "num" and left is not None and \
            split_cells(rows[heads[left][1]])[0] == rh[0]
        pairs = list(zip(data[left], data[r])) if left is not None else []
        if left is None or (seq and any(split_cells(rows[a])[0] != split_cells(rows[b])[0] for a, b in pairs)):
            unread.append(f"p{r}: 续页{len(data[r])}行（无所属期）未能与前页逐行对应")
            continue
        used.add(left)
        joined[heads[left][1]] = split_cells(rows[heads[left][1]]) + rh[seq:]
        for a, b in pairs:
            joined[a] = split_cells(rows[a]) + split_cells(rows[b])[seq:]
    out = []
    for i, tl in enumerate(rows):
        if i in joined:
            out.append(replace(tl, cells=joined[i], text=" ".join(joined[i])))
        elif i not in drop:
            out.append(tl)
    return out


def _row(cells: list[str], hdr: Optional[Header], unit: str, year: str = "", prev_unit: str = "") -> RowRead:
    """One table row; where the header repeats one pattern ("年月 | 缴费基数 | 年月 | 缴费基数": two
    months to a row) each repetition is read as a row of its own."""
    if hdr is not None and not hdr.summary:
        k = hdr.kinds
        for n in range(1, len(k) // 2 + 1):
            if len(k) % n == 0 and len(k) // n >= 2 and k == k[:n] * (len(k) // n) \
                    and {"month", "range"} & set(k[:n]) and len(cells) == len(k):
                out = RowRead()
                for i in range(0, len(k), n):
                    part = [c for c in cells[i:i + n]]
                    if not any(c and c.strip() for c in part):
                        continue  # the last row's empty half
                    got = COLUMNS.row(part, Header(k[:n]), unit, year, prev_unit)
                    out.skip = out.skip or got.skip
                    out.values += got.values
                    out.notes += got.notes
                    out.unread = out.unread or got.unread
                return out
    return COLUMNS.row(cells, hdr, unit, year, prev_unit)


def _marked(cells: list[str], hdr: Optional[Header]) -> tuple[list[str], str]:
    """Under a header with a month column, a month printed with a two-digit year ("21/03") or with a
    mark after it ("23/02*") as the month, and the mark."""
    if hdr is None or not {"month", "month_end"} & set(hdr.kinds):
        return cells, ""
    out, mark = [], ""
    for c in cells:
        m = marked_month(c) if c else None
        out.append(m[0] if m else c)
        mark = mark or (m[1] if m else "")
    return out, mark


def _by_legend(got: RowRead, mark: str, marks: dict[str, str]) -> RowRead:
    """A marked month's status as the statement's note explains its mark ("标“*”的为欠缴月份"); a mark
    no note explains leaves the month unread (it may mean owed)."""
    word = marks.get(mark)
    paid = COLUMNS.paid_of(word) if word else None
    first = got.values[0].split("|")[0]
    if paid is None:
        return RowRead(unread=f"{first}: 标记“{mark}”未说明", year=got.year)
    note = COLUMNS.note_of(word)
    values = [v.rsplit("|", 1)[0] + "|" + paid for v in got.values]
    notes = [f"{v.split('|')[0]}|{note}" for v in values] if note else got.notes
    return replace(got, values=values, notes=notes)


def contributions(doc: Document) -> tuple[list[tuple[str, TLine]], list[tuple[str, TLine]], Coverage]:
    """(contributions, status notes, coverage) of a statement."""
    values: list[tuple[str, TLine]] = []
    notes: list[tuple[str, TLine]] = []
    hdr: Optional[Header] = None
    unit = ""
    candidates: dict[int, int] = {}
    read: dict[int, int] = {}
    explained: dict[int, int] = {}
    unread: list[str] = []
    after_header = False
    year = ""   # the last year a 年份 column printed (a merged cell leaves the rows below it blank)
    shape: dict[int, int] = {}  # per page, how many amounts the last row read printed
    prev_unit = ""  # the unit the last row printed (a "同上" below it)
    yearly: list[tuple[RowRead, TLine]] = []
    whole = doc_lines(doc, split=False)
    marks = legend(" ".join(tl.text for tl in whole))  # the print's own note on its marks, wherever it stands
    for tl in _untranspose(_column_blocks(_rows(doc, whole), unread), unread):
        cells = split_cells(tl)
        h = COLUMNS.header(cells)
        if h is not None:
            hdr, after_header, year, prev_unit = h, True, "", ""
            continue
        sub = COLUMNS.subheader(cells) if after_header and hdr is not None else None
        after_header = False
        if sub:
            hdr = COLUMNS.under(hdr, sub)  # a two-level header's second row
            continue
        # a labelled unit ("缴费单位：…") heads the rows below it: a data row prints its unit in a cell
        u = _unit_line(tl.text) if tl.cells is None or len([c for c in cells if c and c.strip()]) <= 2 \
            or _LABELLED_UNIT.search(tl.text) else None
        if u:
            unit, prev_unit = u, ""
            continue
        if hdr is not None and hdr.summary:
            continue  # the 参保险种 summary's rows ("企业职工基本养老保险 参保缴费 2021年05月 36")
        cells, mark = _marked(cells, hdr)
        month_row = looks_like_row(cells)
        if (hdr is None and not month_row) or starts_with_label(tl.text, NOT_ROWS):
            continue  # "缴费起止：2023年10月至2024年01月" is no row
        if _SUBTOTAL.search(tl.text):
            continue  # "2023年度小计 缴费12个月 … 利息2027.10 …": a total, no month (nor 2027-10)
        if hdr is None and _PROSE.search(tl.text):
            # a sentence naming months and amounts ("…月缴费基数2022年9月至2022年12月为4800.00元、…")
            # is no row: what it says is not read month by month, so the statement is not read in full
            unread.append(f"p{tl.page}: 文字叙述的缴费情况未逐月识别")
            continue
        got = _row(cells, hdr, unit, year, prev_unit)
        if mark and got.values:
            got = _by_legend(got, mark, marks)
        year = got.year or year
        prev_unit = got.unit or prev_unit
        # a row whose months the header's columns gave ("2022 | 3月" under 年份 | 月份) is a month row too
        month_row = month_row or bool(got.values or got.unread)
        amounts = len(_AMOUNT.findall(_NOT_MONTH.sub(" ", tl.text)))
        if not month_row and hdr is not None and amounts >= 2 and amounts == shape.get(tl.page) \
                and not _TOTAL.search(tl.text):
            # the amounts of the rows read, and no month: a row whose month OCR lost or merged into
            # another line (a wrapped cell) — counted unread, never a month the statement left out
            got, month_row = RowRead(unread="一行有金额而无所属期"), True
        if got.values:
            shape[tl.page] = amounts
        if month_row:
            candidates[tl.page] = candidates.get(tl.page, 0) + 1
        if got.yearly:
            # a row per year (an account's 记账情况, a 权益记录's 历年缴费情况): used only where the statement
            # prints no month rows (below) — its months repeat those rows'
            yearly.append((got, tl))
            explained[tl.page] = explained.get(tl.page, 0) + 1
        elif got.skip:  # a row of another 险种: read, and not a month this statement proves
            explained[tl.page] = explained.get(tl.page, 0) + 1
        elif got.values:
            read[tl.page] = read.get(tl.page, 0) + 1
            values += [(v, tl) for v in got.values]
            notes += [(n, tl) for n in got.notes]
        elif got.unread and month_row:
            unread.append(f"p{tl.page}: {got.unread}")
            explained[tl.page] = explained.get(tl.page, 0) + 1
    if not values:
        for got, tl in yearly:
            if got.values:
                read[tl.page] = read.get(tl.page, 0) + 1
                values += [(v, tl) for v in got.values]
            else:
                unread.append(f"p{tl.page}: {got.unread}")
    cov = Coverage(rows_read=sum(read.values()), pages_with_rows=sorted(read), pages_total=len(doc.pages))
    for page in doc.pages:
        n, k = candidates.get(page.number, 0), read.get(page.number, 0) + explained.get(page.number, 0)
        if not page.lines and not page.tables:
            unread.insert(0, f"p{page.number}")          # a page with no text may have held rows
        elif n and not read.get(page.number):
            unread.insert(0, f"p{page.number}")
        elif n > k:
            unread.append(f"p{page.number}: {n - k}/{n} rows")
    cov.unread = _page_losses(doc, unread)
    cov.complete = not cov.unread and cov.rows_read > 0
    return values, notes, cov


_YM = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
_SPAN = rf"({_YM})(?:\s*(?:至|到|—|-)\s*({_YM}))?"


def _prose(doc: Document):
    """(contributions, notes, coverage) of a 参保证明 that tells the history in sentences:
    "2022年9月至2023年7月在X参保缴费，月缴费基数2022年9月至2022年12月为4800.00元、…，其中2023年2月
    为补缴", "…其中2023年9月至2023年10月欠缴". Read in full only when the paid months agree with the
    total it states ("累计实际缴费16个月"); None when no such sentence stands on it."""
    values: list[tuple[str, TLine]] = []
    notes: list[tuple[str, TLine]] = []
    lines = doc_lines(doc, tables=False, split=False)
    for page in doc.pages:
        own = [tl for tl in lines if tl.page == page.number]
        text = "".join(re.sub(r"\s", "", tl.text) for tl in own)
        if not own:
            continue
        at = own[0]
        stretches = list(re.finditer(rf"{_SPAN}在([{CJK}()（）]{{4,40}}?)(?:参保缴费|参保|缴费)", text))
        for k, st in enumerate(stretches):
            a, b = parse_month(st.group(1)), parse_month(st.group(2) or st.group(1))
            months = [fmt(m) for m in month_range(ym(a), ym(b))] if a and b and ym(a) <= ym(b) else []
            unit = clean_text(st.group(3))
            # what this stretch's sentence says, up to the next stretch
            end = stretches[k + 1].start() if k + 1 < len(stretches) else len(text)
            said = text[st.end():end]
            base: dict[str, str] = {}
            for b_ in re.finditer(rf"{_SPAN}为\s*([\d,]+(?:\.\d+)?)\s*元", said):
                x, y = parse_month(b_.group(1)), parse_month(b_.group(2) or b_.group(1))
                for m in (month_range(ym(x), ym(y)) if x and y else []):
                    base[fmt(m)] = number(b_.group(3)) or ""
            status: dict[str, str] = {}
            for s_ in re.finditer(rf"{_SPAN}(?:为|系)?(补缴|欠缴|欠费|中断)", said):
                x, y = parse_month(s_.group(1)), parse_month(s_.group(2) or s_.group(1))
                for m in (month_range(ym(x), ym(y)) if x and y else []):
                    status[fmt(m)] = s_.group(3)
            for m in months:
                paid = "0" if status.get(m) in ("欠缴", "欠费", "中断") else "1"
                values.append((f"{m}|{unit}|{base.get(m, '')}|{paid}", at))
                if m in status:
                    notes.append((f"{m}|{status[m]}", at))
    if not values:
        return None
    cov = Coverage(rows_read=len(values), pages_with_rows=sorted({tl.page for _, tl in values}),
                   pages_total=len(doc.pages))
    whole = "".join(re.sub(r"\s", "", tl.text) for tl in lines)
    total = re.search(r"累计(?:实际)?缴费(\d{1,3})个月", whole)
    paid = {v.split("|")[0] for v, _ in values if v.endswith("|1")}
    if not total or int(total.group(1)) != len(paid):
        cov.unread = [f"叙述的缴费月份读出{len(paid)}个月" + (f"，证明写明{total.group(1)}个月" if total else "，证明未写合计")]
    cov.unread = _page_losses(doc, cov.unread)
    cov.complete = not cov.unread
    return values, notes, cov


def _cards(doc: Document):
    """(contributions, notes, coverage) of a statement printed as cards, page by page and column
    by column; None when it holds no cards."""
    values, notes, unread, read, pages = [], [], [], 0, []
    lines = doc_lines(doc, tables=False, split=False)
    ordered = {page.number: column_order([tl for tl in lines if tl.page == page.number]) for page in doc.pages}
    if not looks_like_cards([tl for page_lines in ordered.values() for tl in page_lines]):
        return None
    for page in doc.pages:
        pieces = ordered[page.number]
        v, n, u, r = card_rows(pieces, COLUMNS.paid_of, COLUMNS.note_of)
        values += v
        notes += n
        unread += u
        read += r
        if r:
            pages.append(page.number)
        elif not pieces:
            unread.append(f"p{page.number}")
    cov = Coverage(rows_read=read, pages_with_rows=pages, pages_total=len(doc.pages),
                   unread=_page_losses(doc, unread))
    cov.complete = not cov.unread and read > 0
    return values, notes, cov


def _page_losses(doc: Document, unread: list[str]) -> list[str]:
    """``unread`` and what the reader lost: pages after the cap, pages it could not read, pages a
    truncated file cuts."""
    unread = list(unread)
    if any(e.stage == "cap" for e in doc.errors):
        unread.append("pages after the page cap")
    for e in doc.errors:
        if e.stage in ("page", "ocr") and e.page:
            unread.append(f"p{e.page}")                  # the page could not be read at all
    own = {p.number for p in doc.pages}
    for n in (doc.meta.get("pdf") or {}).get("pages_partial") or []:
        if n in own:
            unread.append(f"p{n}: 文件截断")               # the file ends inside what the page draws
    return list(dict.fromkeys(unread))


def _fix_month_slips(values: list[tuple[str, TLine]]) -> list[tuple[str, TLine]]:
    """An OCR'd row whose one month is out of order, one glyph from the only month its
    neighbours leave out, gives that month (statement.month_slips)."""
    rows: list[tuple[TLine, list[int]]] = []
    for i, (v, tl) in enumerate(values):
        if rows and rows[-1][0] is tl:
            rows[-1][1].append(i)
        else:
            rows.append((tl, [i]))
    months = [sorted({values[i][0].split("|")[0] for i in idx}) for _, idx in rows]
    fixed = month_slips(months)
    out = list(values)
    for r, month in fixed.items():
        for i in rows[r][1]:
            v, tl = out[i]
            out[i] = (month + v[7:], tl)
    return out


def _stated(doc: Document, cov: Coverage) -> None:
    """The period the statement says it covers, and its print date ("…至今" ends at the print
    date's month, or is left open as "")."""
    lines = doc_lines(doc, labels=STOPS + L.labels("period") + L.labels("printed_on"))
    hit = find_date(lines, L.labels("printed_on"), STOPS)
    if hit:
        cov.printed_on = hit.value
    hit = find_value(lines, L.labels("period"), PERIOD, stops=[s for s in STOPS if s not in ("打印日期",)])
    m = re.search(PERIOD, hit.value) if hit else None
    if m is None:  # a kiosk's two-digit years: "查询区间：22/08—24/03"
        hit = find_value(lines, L.labels("period"), SHORT_PERIOD, stops=[s for s in STOPS if s not in ("打印日期",)])
        s = re.search(SHORT_PERIOD, hit.value) if hit else None
        ends = [marked_month(x) for x in s.groups()] if s else []
        if ends and all(ends):
            cov.period = (ends[0][0], ends[1][0])
            return
    if m is None:  # the prose of a 缴费证明: "兹证明…在2022年9月至2024年3月期间…缴纳"
        m = next((p for tl in lines for p in [PROSE_PERIOD.search(re.sub(r"\s", "", tl.text))] if p), None)
    if m:
        a = parse_month(m.group(1))
        b = parse_month(m.group(2)) if not re.search("今", m.group(2)) else (cov.printed_on or "")[:7]
        if a:
            cov.period = (a, b or "")


def _check_total(doc: Document, values: list[tuple[str, TLine]], cov: Coverage) -> None:
    """A stated number of paid months above the paid months read means rows went unread."""
    lines = doc_lines(doc, labels=STOPS + L.labels("total_months"))
    # "累计缴费月数 41个月", never the month of a date beside the label ("参保起始年月 2021年05月")
    # anywhere in a line: "首次参保时间…;截至2023年12月累计实际缴费46个月;…" (a higher total only makes rows unread)
    hit = find_value(lines, L.labels("total_months"), r"(?<![年\d.\-/])(\d{1,3})\s*个?\s*月(?!\d)", group=1,
                     anchored=False)
    if not hit:
        return
    paid = {v.split("|")[0] for v, _ in values if v.endswith("|1")}
    if int(hit.value) > len(paid) and not any(f"写明{hit.value}个月" in u for u in cov.unread):  # _prose said it
        cov.unread.append(f"合计{hit.value}个月，读出{len(paid)}个月")
        cov.complete = False


def _name_column(doc: Document) -> Optional[Hit]:
    """The holder's name from a 姓名 column that repeats it on every row (a data export prints
    证件号码 | 姓名 | 险种 … per row): one name in at least four of five of three or more rows."""
    rows = [tl for tl in doc_lines(doc, split=False) if tl.cells]
    for i, tl in enumerate(rows):
        cells = [re.sub(r"\s", "", c or "") for c in tl.cells]
        if "姓名" not in cells:
            continue
        j = cells.index("姓名")
        names = [(re.sub(r"\s", "", r.cells[j] or ""), r) for r in rows[i + 1:]
                 if len(r.cells) == len(tl.cells) and r.page == tl.page]
        names = [(v, r) for v, r in names if re.fullmatch(f"[{CJK}·]{{2,6}}", v)]
        if len(names) >= 3:
            value, n = Counter(v for v, _ in names).most_common(1)[0]
            if n >= 0.8 * len(names):
                return Hit(value, next(r for v, r in names if v == value), j)
    return None


_PERIOD_HEAD = re.compile(r"(?:费款所属期|所属期|缴费年月|结算期)\s*[:：]?\s*((?:19|20)\d{2}\s*[-./年]?\s*(?:0[1-9]|1[0-2]|[1-9])\s*月?)")


def roster(doc: Document) -> Optional[list[dict]]:
    """A unit's roster (缴费人员花名册 / 单位职工缴费明细表): one page per month — "费款所属期：202307" in the
    page's heading — listing many people (序号 | 姓名 | 公民身份号码 | 缴费基数 | … | 备注). The document
    names no holder: each row is read with its person, and the audit picks the applicant's rows by the
    declared ID number (``pipeline.stages.holder_rows``). None when the document is no roster."""
    lines = doc_lines(doc, split=False)
    out: list[dict] = []
    pages = 0
    unread: list[str] = []  # pages (or rows) of the roster that were not read: an absence there proves nothing
    for page in doc.pages:
        mine = [tl for tl in lines if tl.page == page.number]
        period = next((parse_month(m.group(1)) for tl in mine for m in [_PERIOD_HEAD.search(tl.text)] if m), None)
        unit = next((u for tl in mine for u in [_unit_line(tl.text.split("单位编号")[0])] if u), "")
        head = next((i for i, tl in enumerate(mine) if "姓名" in re.sub(r"\s", "", tl.text)
                     and re.search(r"身份号码|身份证号|证件号码", re.sub(r"\s", "", tl.text))), None)
        if head is None or period is None:
            if any(_id_shaped(m.group(0)) for tl in mine for m in re.finditer(ID_PATTERN, tl.text)):
                unread.append(f"p{page.number}")  # people listed, but no month or header read
            continue
        words = re.sub(r"\s", " ", mine[head].text).split()
        amounts = [w for w in words if COLUMNS.kind(w) in ("base", "num", "paid_amount") and w != "序号"]
        base_at = next((k for k, w in enumerate(amounts) if COLUMNS.kind(w) == "base"), None)
        rows, seen = [], set()
        for tl in mine[head + 1:]:
            ids = [m for m in re.finditer(ID_PATTERN, tl.text) if _id_shaped(m.group(0))]
            key = re.sub(r"\s", "", tl.text)
            if key in seen:
                continue  # (a table row and the page line it was rebuilt from are one row)
            if len(ids) != 1:
                if re.match(rf"\s*\d{{1,3}}\s+[{CJK}]{{2,}}", tl.text):  # "7  王喆  …": a person's row not read
                    unread.append(f"p{page.number}: {key[:12]}…")
                    seen.add(key)
                continue
            seen.add(key)
            name = re.findall(rf"[{CJK}·]{{2,6}}", tl.text[:ids[0].start()])
            after = tl.text[ids[0].end():]
            nums = [n for n in re.findall(r"[\d,]+\.\d{2}", after)]
            base = number(nums[base_at]) if base_at is not None and base_at < len(nums) else None
            rest = re.sub(r"[\d,.\s]+", "", after)
            paid = "0" if rest and COLUMNS.paid_of(rest) == "0" else "1"
            rows.append(dict(name=name[-1] if name else "", id_number=normalize_id_number(ids[0].group(0)),
                             month=period, unit=unit,
                             base=base or "", paid=paid, note=COLUMNS.note_of(rest) if rest else None,
                             page=page.number, source=tl.source))
        if len({r["id_number"] for r in rows}) >= 3:
            out += rows
            pages += 1
    if pages and unread:
        doc.meta["roster_unread"] = unread
    return out if pages else None


def _holder_blocks(doc: Document) -> list[tuple[tuple, str, str]]:
    """(where, ID number, name) of each holder block of a statement, in reading order: a line with an
    ID label and a well-formed ID number after it, the 姓名 on it or up to two lines above."""
    lines = doc_lines(doc, split=False)
    out: list[tuple[tuple, str, str]] = []
    for i, tl in enumerate(lines):
        m = re.search(rf"(?:{labels_re(ID_LABELS)})\s*[:：]?\s*({ID_PATTERN})", tl.text)
        if not m or not _id_shaped(m.group(1)):
            continue
        if tl.bbox is None:
            continue  # (a table's copy of a holder line)
        near = find_name(lines[max(0, i - 2):i + 1], STOPS)
        out.append((_where(tl), normalize_id_number(m.group(1)), near.value if near else ""))
    return out


def _where(tl: TLine) -> tuple:
    return (tl.page, (tl.bbox[1] + tl.bbox[3]) / 2 if tl.bbox is not None else -1.0)


def _households(doc: Document) -> Optional[list[dict]]:
    """A counter print that holds two or more persons' 缴费明细 one after the other (the applicant's and
    the spouse's, each under its own 姓名 / 公民身份号码 block): each month row belongs to the person whose
    block stands above it, and the audit takes the applicant's rows by the declared ID number, as from a
    roster (``pipeline.stages.holder_rows``). None when the statement names one person."""
    blocks: list[tuple[tuple, str, str]] = []
    for where, idn, name in _holder_blocks(doc):
        # the holder block repeated on each page, its number OCR'd a digit or two apart, is one person
        same = next((b for b in blocks if sum(x != y for x, y in zip(b[1], idn)) <= 2), None)
        blocks.append((where, same[1], same[2]) if same else (where, idn, name))
    if len({b[1] for b in blocks}) < 2:
        return None
    values, notes, _ = contributions(doc)
    said = {(n.split("|", 1)[0], id(tl)): n.split("|", 1)[1] for n, tl in notes}
    boxed = [tl for tl in doc_lines(doc, split=False) if tl.bbox is not None]
    out = []
    for value, tl in values:
        at = tl
        if tl.bbox is None:
            # a table row: placed by the page line that prints the same numbers and month (a unit cell
            # may wrap onto lines of its own)
            keys = [c.replace(" ", "") for c in split_cells(tl) if c and not re.search(f"[{CJK}]{{4}}", c)]
            at = next((ln for ln in boxed if ln.page == tl.page and keys
                       and all(k in re.sub(r"\s", "", ln.text) for k in keys)), None)
            if at is None:
                return None  # a row whose place is unknown cannot be given to a person
        owner = [b for b in blocks if b[0] <= _where(at)]
        if not owner:
            return None
        month, unit, base, paid = value.split("|")
        out.append(dict(name=owner[-1][2], id_number=owner[-1][1], month=month, unit=unit, base=base, paid=paid,
                        note=said.get((month, id(tl))), page=tl.page, source=tl.source))
    return out if len({r["id_number"] for r in out}) >= 2 else None


_LEDGER_HEAD = re.compile(r"(?:交易|记账|入账)\s*日\s*期.*摘\s*要.*余\s*额|摘\s*要.*(?:交易|记账)\s*日\s*期.*余\s*额")
_LEDGER_PAYS = re.compile(r"养\s*老[^\d]{0,14}?((?:19|20)\d{2})\s*(?:年|[-/.])?\s*(0?[1-9]|1[0-2])\s*月?(?!\d)")
_LEDGER_BASE = re.compile(r"基\s*数\s*[:：]?\s*([\d,]+\.\d{2})")
_LEDGER_FAILED = re.compile(r"失\s*败|余额不足|冲\s*正|退\s*回")
_LEDGER_PAYER = re.compile(rf"代扣单位\s*[:：]\s*([{CJK}()（）]{{4,40}}?)(?=\s|代扣项目|$)")


def _ledger(doc: Document):
    """A 社保卡 (金融账户) passbook or bank 交易明细: rows of 交易日期 | 摘要 | 支出 | 存入 | 余额, the 养老
    debits among salary, shopping and transfer rows. A transaction's date is no month paid for: the month
    is the one its 摘要 names ("社保扣款灵活就业养老202305基数3436.00", "代扣养老保险费2023年03月"); a debit that
    failed (扣款失败, 余额不足) pays nothing unless another debit names the month. The payer is the
    header's 代扣单位, else the holder (灵活就业, 个人缴费). Other rows are no contributions. A photographed
    ledger may have lost a row: months it does not show are not taken as unpaid (coverage incomplete)."""
    lines = doc_lines(doc, split=False)
    if not any(_LEDGER_HEAD.search(re.sub(r"\s", " ", tl.text)) for tl in lines):
        return None
    payer = next((clean_text(m.group(1)) for tl in lines for m in [_LEDGER_PAYER.search(tl.text)] if m), None) \
        or COLUMNS.payer_self[0]
    months: dict[str, tuple[str, str, TLine]] = {}
    for tl in lines:
        m = _LEDGER_PAYS.search(tl.text)
        if not m:
            continue  # (医疗/失业 debits, salary, shopping, transfers)
        month = f"{m.group(1)}-{int(m.group(2)):02d}"
        base = _LEDGER_BASE.search(tl.text)
        paid = "0" if _LEDGER_FAILED.search(tl.text) else "1"
        prev = months.get(month)
        if prev is None or (prev[1] == "0" and paid == "1"):
            months[month] = (number(base.group(1)) if base else (prev[0] if prev else ""), paid, tl)
    values = [(f"{mo}|{payer}|{b or ''}|{paid}", tl) for mo, (b, paid, tl) in sorted(months.items())]
    cov = Coverage(rows_read=len(values), pages_with_rows=sorted({tl.page for _, tl in values}),
                   pages_total=len(doc.pages))
    if doc.text_source != "text_layer":
        cov.unread = ["银行交易明细（照片）：未见扣款的月份不作欠缴依据"]
    cov.complete = not cov.unread and bool(values)
    return values, [], cov


def parse(doc: Document) -> list[Field]:
    people = roster(doc) or _households(doc)
    if people is not None:
        doc.meta["roster"] = people
        months = sorted({r["month"] for r in people})
        doc.coverage = Coverage(pages_total=len(doc.pages), period=(months[0], months[-1]),
                                unread=["名册：未选定申报人"], complete=False)
        return []
    lines = doc_lines(doc, labels=STOPS)
    fs = FieldSet()
    hit = _name_column(doc) or find_name(lines, STOPS) or find_prose_name(lines) or \
        find_name(lines, STOPS, labels=L.labels("account_holder"))  # a passbook's 户名
    if hit and any(hit.value in w for w in COLUMNS.vocabulary):
        hit = None  # a column title after 姓名 in a header row ("险种类型" read as "种类型"), no name
    fs.set("name", hit and hit.value, hit and hit.line)
    hit = find_id_number(lines, STOPS)
    fs.set("id_number", hit and hit.value, hit and hit.line)
    # an OCR'd table keeps no blank cells: its months are not where they stand, read it by its lines
    grid = GRID.read([(pg.number, t) for pg in doc.pages if pg.text_source == "text_layer" for t in pg.tables],
                     doc_lines(doc, split=False))
    if grid is not None:  # a year-by-month grid (extractors.grid)
        values, notes = grid.values, grid.notes
        cov = Coverage(rows_read=grid.rows, pages_with_rows=sorted(grid.pages), pages_total=len(doc.pages),
                       unread=_page_losses(doc, grid.unread))
        cov.complete = not cov.unread and cov.rows_read > 0
    elif (ledger := _ledger(doc)) is not None:
        values, notes, cov = ledger
    else:
        values, notes, cov = contributions(doc)
        cards = _cards(doc)
        if cards is not None and cards[2].rows_read and cards[2].rows_read >= cov.rows_read:
            # app screenshots: a card per month (extractors.cards) — its labelled lines (缴费基数 on the
            # line below, 缴费单位 above a year's cards) are read as the card's, not as rows of their own
            values, notes, cov = cards
        prose = _prose(doc) if not values else None
        if prose is not None:
            values, notes, cov = prose  # the history told in sentences
    if doc.text_source in ("ocr", "mixed"):
        values = _fix_month_slips(values)
        settled = settle_units([v for v, _ in values])
        values = [(v, tl) for v, (_, tl) in zip(settled, values)]
    _stated(doc, cov)
    _check_total(doc, values, cov)
    doc.coverage = cov
    seen = set()
    for value, tl in values:
        if value not in seen:
            seen.add(value)
            fs.add("contribution", value, tl)
    if notes:
        doc.meta["contribution_status"] = dict(n.split("|", 1) for n, _ in notes)
    return fs.fields


SPEC = register_doc_type(L.spec(parse))
