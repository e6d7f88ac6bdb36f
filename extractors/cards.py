"""Contribution statements printed as cards (掌上12333 / 支付宝 市民中心 / 甘肃人社 app screenshots),
and pages that hold two screenshots side by side.

A card is one month: a line "2023-11 已实缴" (the month and its status), then labelled lines
("缴费基数 5545.00", "单位缴纳 887.20", "个人缴纳 443.60", "缴费单位 兰州新区…"). A long list groups the
cards by year ("2023年  共12条"), the year's "缴费单位：…" printed once above its cards. The label of the
payer line may come back from OCR with a glyph lost ("费单位", "缘费单位"): a line that ends its
label with 单位 and then names an organisation is the payer. A card whose status word is not
known is unread.

Screenshots pasted side by side share baselines, so the page's lines run across both; the pieces
are taken apart at the gutter no piece crosses, and each column is read top to bottom.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from core.normalize import clean_text
from extractors.lines import TLine
from extractors.statement import number

CJK = r"\u4e00-\u9fff"
# the month, labelled amounts the card prints beside it ("个人缴纳 423.32"), the status word
CARD_HEAD = re.compile(rf"^\s*((?:19|20)\d{{2}})\s*[-./年]\s*(\d{{1,2}})\s*月?"
                       rf"(?:\s*[{CJK}]{{2,6}}\s*[:：]?\s*[¥￥]?\s*[\d,]+\.\d{{1,2}})*\s*([{CJK}]{{1,4}})?\s*$")
BASE_LINE = re.compile(r"基\s*数\s*[:：]?\s*([\d,]+(?:\.\d+)?)(?![\d.,])")  # "缴费基数 4542.00  个人缴纳 363.36"
# a year's block in a long list ("2023年  共12条"): its "缴费单位：…" line heads the cards below it
YEAR_HEAD = re.compile(rf"^\s*(?:19|20)\d{{2}}\s*年(?:度)?\s*(?:[(（]?\s*共\s*\d+\s*[条项笔个]\s*[)）]?)?\s*$")
ORG_IN_CARD = re.compile(rf"(?:^|\s)([{CJK}()（）]{{4,38}}(?:公司|中心|学校|医院|集团|委员会|研究院|研究所|局|厂))\s*$")
PAYER_LINE = re.compile(rf"^\s*[{CJK}]{{0,3}}单\s*位\s*(?:名\s*称)?\s*[:：]?\s*([{CJK}()（）]{{4,40}})\s*$")


def gutter(lines: list[TLine]) -> Optional[float]:
    """The x of an empty vertical strip that no piece of the page crosses and that splits its pieces
    into two columns of at least 30 % each (two screenshots side by side); None when there is none."""
    pieces = [p for tl in lines for p in (tl.parts or [tl]) if p.bbox is not None]
    if len(pieces) < 20:
        return None
    x0 = min(p.bbox[0] for p in pieces)
    x1 = max(p.bbox[2] for p in pieces)
    for p in sorted(pieces, key=lambda q: q.bbox[2]):
        x = p.bbox[2] + 1
        if not x0 + 0.3 * (x1 - x0) <= x <= x0 + 0.7 * (x1 - x0):
            continue
        if any(q.bbox[0] < x < q.bbox[2] for q in pieces):
            continue
        left = sum(q.bbox[2] <= x for q in pieces)
        if min(left, len(pieces) - left) >= 0.3 * len(pieces):
            return x
    return None


def cut_at(lines: list[TLine], x: float) -> list[TLine]:
    """The page's lines (``doc_lines(split=False)``: column segments as ``parts``) cut at ``x``: the
    left block top to bottom, then the right one. The reader's own line grouping is kept (it
    follows a photo's skew)."""
    left, right = [], []
    for tl in lines:
        parts = [p for p in (tl.parts or [tl]) if p.bbox is not None]
        for side, mine in ((left, [p for p in parts if (p.bbox[0] + p.bbox[2]) / 2 < x]),
                           (right, [p for p in parts if (p.bbox[0] + p.bbox[2]) / 2 >= x])):
            if mine:
                box = (min(p.bbox[0] for p in mine), min(p.bbox[1] for p in mine),
                       max(p.bbox[2] for p in mine), max(p.bbox[3] for p in mine))
                side.append(TLine(tl.page, "  ".join(p.text for p in mine), box, tl.source,
                                  min(p.confidence for p in mine), tl.order, row=tl.row,
                                  parts=mine if len(mine) > 1 else None))
    return left + right


def column_order(lines: list[TLine]) -> list[TLine]:
    """A page's lines column by column when a gutter splits it in two, else as they are."""
    x = gutter(lines)
    return lines if x is None else cut_at(lines, x)


def _payer(text: str) -> Optional[str]:
    """The unit of a payer line ("缴费单位：兰州新区…", its label a glyph short), never an amount's label
    ("单位缴纳", "单位缴费")."""
    p = PAYER_LINE.match(text)
    return clean_text(p.group(1)) if p and not re.search(r"缴\s*纳|缴\s*费\s*$", p.group(1)) else None


def card_rows(pieces: list[TLine], paid_of: Callable[[str], Optional[str]], note_of: Callable[[str], Optional[str]]
              ) -> tuple[list[tuple[str, TLine]], list[tuple[str, TLine]], list[str], int]:
    """(contributions, status notes, unread, cards read) of a run of card lines."""
    values, notes, unread = [], [], []
    card: Optional[dict] = None
    read = 0

    def close() -> None:
        nonlocal read
        if card is None:
            return
        if card["paid"] is None:
            unread.append(f"p{card['line'].page}: {card['month']}: 缴费状态未识别")
            return
        read += 1
        values.append((f"{card['month']}|{card['unit']}|{card['base'] or ''}|{card['paid']}", card["line"]))
        if card["note"]:
            notes.append((f"{card['month']}|{card['note']}", card["line"]))

    def alone(i: int) -> str:
        """A status word standing alone on line ``i`` (a photo's skew puts it a line off its month)."""
        if 0 <= i < len(pieces):
            t = re.sub(r"\s", "", pieces[i].text)
            if re.fullmatch(f"[{CJK}]{{2,4}}", t) and paid_of(t) is not None:
                return t
        return ""

    block_unit, blocks = "", False  # blocks: the list groups its cards under year headings
    for i, tl in enumerate(pieces):
        t = tl.text.strip()
        m = CARD_HEAD.match(t)
        if m and 1 <= int(m.group(2)) <= 12:
            close()
            word = m.group(3) or alone(i - 1) or alone(i + 1)
            b = BASE_LINE.search(t)
            card = dict(month=f"{m.group(1)}-{int(m.group(2)):02d}", line=tl, unit=block_unit,
                        base=number(b.group(1)) if b else None,
                        paid=paid_of(word) if word else None, note=note_of(word) if word else None)
            continue
        if YEAR_HEAD.match(t):
            close()  # a new year's block: what follows until its first card is the block's, not the card's above
            card, block_unit, blocks = None, "", True
            continue
        payer = _payer(t)
        if card is None:
            if payer and blocks:
                block_unit = payer
            continue
        b = BASE_LINE.search(t)
        if b and card["base"] is None:
            card["base"] = number(b.group(1))
            continue
        if payer and blocks and block_unit:
            # a list whose years head their cards with the unit: a unit line among the cards is a change of
            # unit for the cards below it ("缴费单位：兰州新区城市发展投资集团有限公司" after 2022年10月)
            close()
            card, block_unit = None, payer
            continue
        if payer and card["unit"] == block_unit:
            card["unit"] = payer
            continue
        # the payer's name a line off its label (skew): an organisation's name in the card
        o = ORG_IN_CARD.search(t)
        if o and card["unit"] == block_unit:
            card["unit"] = clean_text(o.group(1))
    close()
    return values, notes, unread, read


def looks_like_cards(lines: list[TLine]) -> bool:
    """Three or more lines (in column order) that are a month and a word alone."""
    heads = [CARD_HEAD.match(tl.text.strip()) for tl in lines]
    return sum(1 for m in heads if m and m.group(3)) >= 3
