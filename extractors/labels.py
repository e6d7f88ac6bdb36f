"""Label-and-pattern search over a Document's lines, shared by the field parsers.

Acceptance runs on layouts nobody has seen, so a value is never taken from a
fixed position: it is the text that follows one of several label wordings
(``姓名`` / ``姓 名``, full-width or ASCII colon or none), cut at the next known
label, that matches the field's pattern — on the same line, or on one of the next
lines when the value sits in its own OCR box or table cell. Table rows
(``Page.tables``) are searched too, as lines of cells joined by spaces.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Optional, Sequence

from core.models import Field, Line

from core.normalize import canon, clean_text, fix_digits, normalize_id_number, normalize_name, parse_date
from extractors.labelset import load_labels
from extractors.lines import (COLON as _COLON, TLine, cut_at, doc_lines, label_matches, label_re,  # noqa: F401
                              labels_re, narrow, table_lines)

CJK = r"\u4e00-\u9fff"
NAME_PATTERN = rf"[{CJK}](?:\s?[{CJK}·]){{1,5}}"
# a name inside prose: 2-4 characters, after a separator or a lead word ("兹证明", "学生")
NAME_PROSE = (rf"(?:^|(?<=[\s,.;:、。()])|(?<=证明)|(?<=学生)|(?<=学员)|(?<=研究生)|(?<=考生))"
              rf"(?!学生|学员|研究生|考生|兹|证明|性别|民族|出生)([{CJK}](?:\s?[{CJK}]){{1,3}}?)")
COMMON = load_labels("common")
ORG_SUFFIX = rf"(?:{COMMON.word_re('org_suffix')})"


def strip_lead(text: str) -> str:
    """A value without the colon, spaces and a seal note ("（盖章）：") between it and its label."""
    text = re.sub(r"^[\s:：.．,;|]+", "", text)
    text = re.sub(r"^[(（\[]\s*(?:盖\s*章|公\s*章|签\s*章|签\s*字|签字盖章|章)\s*[)）\]]", "", text)
    return re.sub(r"^[\s:：.．,;|]+", "", text)


@dataclass
class Hit:
    value: str
    line: TLine
    index: int  # index of the line in the list searched
    after: str = ""  # the text that followed the value on its line (a date after a number)


# the rest of a longer label after a shorter one ("岗位" + "名称：", "聘用单位" + "（甲方）：")
_LONGER_LABEL = re.compile(rf"(?:[{CJK}]{{1,4}}|\(\s*[{CJK}]{{1,6}}\s*\))\s*{_COLON}\s*")  # 名称： / （甲方）：


def find_value(lines: Sequence[TLine], labels: Sequence[str], pattern: str, *,
               stops: Sequence[str] = (), next_lines: int = 2, anchored: bool = True,
               group: int | str = 0) -> Optional[Hit]:
    """The first value matching ``pattern`` after one of ``labels`` (labels tried in order).

    The value is looked for in the rest of the label's line (cut at the next stop
    label); when that rest is empty or does not match, on the next ``next_lines``
    lines (a separate OCR box or table cell), unless such a line starts with a label.
    """
    prx = re.compile(pattern)
    stop_rx = re.compile(rf"^\s*(?:{labels_re(stops)})") if stops else None
    for label in labels:
        for i, tl in enumerate(lines):
            for m in label_matches(tl.text, [label], anchored):
                after = tl.text[m.end():]
                longer = _LONGER_LABEL.match(after)
                if longer:  # "岗位名称：工程师" found by 岗位: the printed label is longer, the value after its colon
                    after = after[longer.end():]
                rest = strip_lead(cut_at(after, [s for s in stops if s != label]))
                pm = prx.search(rest) if rest.strip() else None
                if pm:
                    return Hit(pm.group(group).strip(), tl, i, rest[pm.end(group):])
                if rest.strip():
                    continue  # something else follows the label: not this one
                for j in range(i + 1, min(len(lines), i + 1 + next_lines)):
                    nxt = lines[j]
                    if nxt.page != tl.page:
                        break
                    if stop_rx and stop_rx.match(nxt.text):
                        # the next cell is another label: a header row, value further down
                        continue
                    cand = strip_lead(cut_at(nxt.text, stops))
                    pm = prx.search(cand)
                    if pm:
                        return Hit(pm.group(group).strip(), nxt, j, cand[pm.end(group):])
                    break
                hit = _from_label_run(lines, i, prx, stop_rx, group) if stop_rx else None
                if hit:
                    return hit
    return None


def _from_label_run(lines: Sequence[TLine], i: int, prx: re.Pattern, stop_rx: re.Pattern,
                    group: int | str) -> Optional[Hit]:
    """Labels in a column, values in the next column: "姓名/性别/张伟/男" read in that order."""
    def label_only(k: int) -> bool:
        t = lines[k].text
        m = stop_rx.match(t)
        return bool(m) and not strip_lead(t[m.end():]).strip() and lines[k].page == lines[i].page
    start = i
    while start > 0 and label_only(start - 1):
        start -= 1
    end = i
    while end + 1 < len(lines) and label_only(end + 1):
        end += 1
    if end == start:
        return None
    j = end + 1 + (i - start)
    if j < len(lines) and lines[j].page == lines[i].page:
        pm = prx.search(lines[j].text)
        if pm:
            return Hit(pm.group(group).strip(), lines[j], j, lines[j].text[pm.end(group):])
    return None


def find_pattern(lines: Sequence[TLine], pattern: str, group: int | str = 0,
                 where: Optional[Callable[[TLine], bool]] = None, last: bool = False) -> Optional[Hit]:
    """First (or last) line where ``pattern`` occurs, for values inside running prose."""
    rx = re.compile(pattern)
    hits = []
    for i, tl in enumerate(lines):
        if where and not where(tl):
            continue
        m = rx.search(tl.text)
        if m and m.group(group):
            hits.append(Hit(m.group(group).strip(), tl, i))
            if not last:
                break
    return hits[-1] if hits else None


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'’,.:;()/&\- ]*[A-Za-z0-9.)]|[A-Za-z]")


def without_latin(lines: Sequence[TLine]) -> list[TLine]:
    """The lines with their Latin-script runs taken out: a bilingual certificate prints its English text
    beside the Chinese on the same lines ("…生。在  This is to certify that …"), which would break a
    Chinese sentence read across lines ("在" … "甘肃政法大学会计学专业")."""
    out = [replace(tl, text=re.sub(r"\s{2,}", " ", _LATIN_RUN.sub("", tl.text)).strip()) for tl in lines]
    return [tl for tl in out if re.search(r"[\u4e00-\u9fff]", tl.text)]  # an English segment leaves nothing


def find_in_text(lines: Sequence[TLine], pattern: str, group: int | str = 0, sep: str = "") -> Optional[Hit]:
    """A pattern over the text of one page joined without line breaks (prose wrapped over lines).

    ``sep="\n"`` keeps the line breaks, so a pattern can use ``^`` (with ``(?m)``) for
    "at the start of a line" — an OCR box or a paragraph start is a word boundary
    even where no punctuation precedes it. The hit is attributed to the line where
    the match starts.
    """
    rx = re.compile(pattern)
    by_page: dict[int, list[tuple[int, TLine]]] = {}
    for i, tl in enumerate(lines):
        by_page.setdefault(tl.page, []).append((i, tl))
    for page in by_page:
        real = [(i, tl) for i, tl in by_page[page] if tl.bbox is not None]
        if real:
            by_page[page] = real
    for page, items in by_page.items():
        text, starts = "", []
        for i, tl in items:
            if text:
                text += sep
            starts.append((len(text), i, tl))
            text += tl.text
        text, starts = _join_wrapped_dates(text, starts)
        m = rx.search(text)
        if m and m.group(group):
            pos = m.start(group)
            owner = starts[0]
            for st in starts:
                if st[0] <= pos:
                    owner = st
            return Hit(m.group(group).strip(), owner[2], owner[1])
    return None


def _join_wrapped_dates(text: str, starts: list) -> tuple[str, list]:
    """Convert Chinese-numeral dates cut by a line break ("于二O一" + "二年七月"), which each
    line's canonical text left as numerals; each line start is found again in the new text."""
    new_text = canon(text)
    if new_text == text:
        return text, starts
    placed: list = []
    for _, i, tl in starts:
        head = tl.text[:6]
        at = placed[-1][0] if placed else 0
        k = new_text.find(head, at) if head else -1
        placed.append((k if k >= 0 else at, i, tl))
    return new_text, placed


def extend_wrapped(lines: Sequence[TLine], hit: Hit, complete: str, stops: Sequence[str],
                   max_len: int = 24) -> Hit:
    """Join a continuation line to a value cut by a line break (long school/unit names).

    Joined only when the value does not already end like a complete value
    (``complete`` regex, e.g. an organisation suffix) and the next line holds no
    label, no colon and is short.
    """
    if re.search(rf"(?:{complete})$", hit.value):
        return hit
    j = hit.index + 1
    if j >= len(lines) or lines[j].page != hit.line.page:
        return hit
    nxt = lines[j].text.strip()
    if (not nxt or len(nxt) > max_len or re.search(_COLON, nxt)
            or (stops and re.search(labels_re(stops), nxt)) or not re.match(rf"[{CJK}(A-Za-z]", nxt)):
        return hit
    if " " in nxt.strip():
        nxt = nxt.split()[0]
    return Hit(hit.value + nxt, hit.line, hit.index)


def make_field(name: str, value: str, tl: TLine, scale: float = 1.0, near: Optional[str] = None) -> Field:
    """A Field read on ``tl``: its box is the column that holds the value (or the text ``near``,
    the value as printed when it was normalised); ``scale`` lowers the confidence of a partial read."""
    tl = narrow(tl, near or value)
    src = tl.source if tl.source in ("text_layer", "ocr") else "text_layer"
    return Field(name=name, value=value, page=tl.page, bbox=tl.bbox, source=src,
                 confidence=round(tl.confidence * scale, 4))


class FieldSet:
    """Collects Fields in order; ``set`` keeps the first value of a single-valued field."""

    def __init__(self) -> None:
        self.fields: list[Field] = []

    def has(self, name: str) -> bool:
        return any(f.name == name for f in self.fields)

    def set(self, name: str, value: Optional[str], tl: Optional[TLine], **kw) -> None:
        if value is None or tl is None or not str(value).strip() or self.has(name):
            return
        self.fields.append(make_field(name, str(value).strip(), tl, **kw))

    def add(self, name: str, value: Optional[str], tl: Optional[TLine], **kw) -> None:
        if value is None or tl is None or not str(value).strip():
            return
        self.fields.append(make_field(name, str(value).strip(), tl, **kw))


def line_from(line: Line, page: int) -> TLine:
    return TLine(page, canon(line.text), line.bbox, line.source, line.confidence, 0)


# ---------------------------------------------------------------- common fields

ID_PATTERN = (r"(?<![0-9A-Za-z])[0-9OoDQlI|ZSB](?:\s?[0-9OoDQlI|ZSB]){16}\s?[0-9OoDQlI|ZSBXx](?![0-9A-Za-z])")
ID_LABELS = COMMON.labels("id_number")
NAME_LABELS = COMMON.labels("name")
DATE_VALUE = r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日?)?|[.\-/]\s*\d{1,2}(?:\s*[.\-/]\s*\d{1,2})?)"


def _id_ok(candidate: str) -> bool:
    compact = re.sub(r"\s", "", candidate)
    return len(compact) == 18 and sum(c.isdigit() for c in compact) >= 14


def _id_shaped(candidate: str) -> bool:
    """An unlabelled 18-character token is an ID number only with a birth date at 7–14
    (a 毕业证书编号 is 18 digits too: its 7–10 are a year, 11–14 no month and day)."""
    d = fix_digits(re.sub(r"\s", "", candidate))
    if not _id_ok(candidate) or not d[:17].isdigit():
        return False
    y, m, day = int(d[6:10]), int(d[10:12]), int(d[12:14])
    return 1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= day <= 31


def find_id_number(lines: Sequence[TLine], stops: Sequence[str] = (),
                   labels: Sequence[str] = ID_LABELS) -> Optional[Hit]:
    """The holder's ID number: after an ID label, else the first ID-shaped token anywhere."""
    hit = find_value(lines, labels, ID_PATTERN, stops=stops)
    if hit is None or not _id_ok(hit.value):
        hit = None
        for i, tl in enumerate(lines):
            for m in re.finditer(ID_PATTERN, tl.text):
                if _id_shaped(m.group(0)):
                    hit = Hit(m.group(0), tl, i)
                    break
            if hit:
                break
    if hit is None:
        return None
    return Hit(normalize_id_number(hit.value), hit.line, hit.index)


def find_name(lines: Sequence[TLine], stops: Sequence[str] = (),
              labels: Sequence[str] = NAME_LABELS) -> Optional[Hit]:
    hit = find_value(lines, labels, NAME_PATTERN, stops=stops)
    if hit is None:
        return None
    name = normalize_name(hit.value)
    return Hit(name, hit.line, hit.index) if 2 <= len(name) <= 6 else None


# words that open a clause but are never the holder's name ("该同志", "我单位职工…")
_NOT_NAME = r"(?!该|此|本|我|其|经|兹|特此|证明|同志|学员|学生|职工|员工|聘任|聘用|任命)"
# after 兹证明 a name may wrap onto the next line; elsewhere it stays on one line
_NAME_WRAP = rf"[{CJK}](?:\s?[{CJK}·]){{1,3}}?"
_NAME_LINE = rf"[{CJK}](?:[ \t]?[{CJK}·]){{1,3}}?"
# (a verb that takes the holder as its object, "研究决定，聘任钟芃同志为工程师", starts the name after it)
_CLAUSE_START = r"(?:^|(?<=[\s,.;:、。()])|(?<=证明)|(?<=职工)|(?<=员工)|(?<=学员)|(?<=学生)|(?<=聘任)|(?<=聘用)|(?<=任命))"
_ID_CLAUSE = r"(?:性别|身份证|公民身份|证件号|[男女]\s*[,)])"
PROSE_NAME_PATTERNS = (
    # 兹证明张伟同志 / 兹证明张伟(身份证号… / 兹证明张伟自2019年…
    rf"兹\s*(?:证\s*明|有)\s*[:]?\s*{_NOT_NAME}({_NAME_WRAP})\s*"
    rf"(?:同志|先生|女士|[(,]|{_ID_CLAUSE}|系|为|自|于|从|在)",
    # 张伟同志于…, at a line start or after a separator / a lead word (学员张伟同志)
    rf"(?m){_CLAUSE_START}\s*{_NOT_NAME}({_NAME_LINE})\s*(?:同志|先生|女士)",
    # 张伟，性别男，公民身份号码… — the name opens the identity clause of the letter
    rf"(?m){_CLAUSE_START}{_NOT_NAME}({_NAME_LINE})\s*[,(]\s*{_ID_CLAUSE}",
)


def find_prose_name(lines: Sequence[TLine]) -> Optional[Hit]:
    """The holder's name inside a letter or certificate text, without a 姓名 label.

    A name is 2–4 characters in front of 同志/先生/女士, after 兹证明, or opening
    an identity clause (", 性别…", "(身份证号…"); its left edge is a line start,
    punctuation or 兹证明 — never "whatever precedes", so a title such as
    继续教育证书 run into the name by OCR does not become part of it.
    """
    for pattern in PROSE_NAME_PATTERNS:
        hit = find_in_text(lines, pattern, group=1, sep="\n")
        if hit:
            name = normalize_name(hit.value)
            if 2 <= len(name) <= 4:
                return Hit(name, hit.line, hit.index)
    return None


def find_date(lines: Sequence[TLine], labels: Sequence[str], stops: Sequence[str] = ()) -> Optional[Hit]:
    hit = find_value(lines, labels, DATE_VALUE, stops=stops)
    d = parse_date(hit.value) if hit is not None else None
    if d:
        return Hit(d, hit.line, hit.index)
    return stacked_date(lines, labels, stops)


def stacked_date(lines: Sequence[TLine], labels: Sequence[str], stops: Sequence[str] = ()) -> Optional[Hit]:
    """A date wrapped inside a narrow grid cell: "2005" / "年07" / "月" stacked in one column,
    read as three boxes. Taken only when the label's own line holds a piece of a date and the
    short pieces directly above and below, inside the label line's right part, complete it."""
    for i, tl in enumerate(lines):
        if tl.bbox is None or not tl.text:
            continue
        for m in label_matches(tl.text, labels, True):
            rest = strip_lead(cut_at(tl.text[m.end():], [s for s in stops if s not in labels]))
            if not re.search(r"\d|年|月", rest) or len(rest) > 8:
                continue
            x0, y0, x1, y1 = tl.bbox
            h = y1 - y0
            start = x0 + (x1 - x0) * m.end() / len(tl.text)  # where the value starts on the line

            def near(gap) -> list[TLine]:
                return [o for o in lines if o is not tl and o.page == tl.page and o.bbox is not None
                        and len(o.text) <= 6 and o.bbox[0] >= start - h and o.bbox[2] <= x1 + h
                        and 0 <= gap(o.bbox) <= 0.8 * h]
            above = near(lambda b: y0 - b[3]) or [None]
            below = near(lambda b: b[1] - y1) or [None]
            for a in above:
                for b in below:
                    text = (a.text if a else "") + rest + (b.text if b else "")
                    d = parse_date(text) if re.fullmatch(DATE_VALUE, text) else None
                    if d:
                        return Hit(d, tl, i)
    return None


def find_text(lines: Sequence[TLine], labels: Sequence[str], stops: Sequence[str],
              complete: str = ORG_SUFFIX, min_len: int = 2) -> Optional[Hit]:
    """A free-text value (school, unit, major) after a label, joined over a wrapped line."""
    hit = find_value(lines, labels, rf"[{CJK}A-Za-z(][^:]{{{min_len - 1},60}}", stops=stops)
    if hit is None:
        return None
    # a wide gap after a complete name starts another field ("主考学校：甘肃政法大学  甘肃省…自学考试委员会")
    head = re.split(r"\s{2,}", hit.value.strip())[0]
    if head != hit.value.strip() and re.search(rf"(?:{complete})$", head):
        hit = Hit(head, hit.line, hit.index)
    hit = Hit(clean_text(hit.value), hit.line, hit.index)
    hit = extend_wrapped(lines, hit, complete, stops)
    return Hit(clean_text(hit.value), hit.line, hit.index)


def holder_identity(lines, fs: "FieldSet", stops: Sequence[str]) -> None:
    """The holder's ``name`` and ``id_number`` (by label and pattern) into ``fs``."""
    hit = find_name(lines, stops)
    fs.set("name", hit and hit.value, hit and hit.line)
    hit = find_id_number(lines, stops)
    fs.set("id_number", hit and hit.value, hit and hit.line)
