"""A journal paper: title, authors, journal, ISSN, CN, published; body and references on the Document.

Title: on page 1, the line(s) with the tallest boxes among the first lines that
are not the journal's running header (ISSN/CN/期/Vol./学报…); with equal heights
(OCR, plain text) the first such line, joined with a wrapped second line. Authors:
the first line after the title made only of 2–4-character Chinese names
(superscripts, *, digits removed), or an 作者 label.

The journal's header line, anywhere on the first page ("环境工程  2021年第8期  ISSN
1000-8942  CN 11-2097/X", "第41卷 第8期 … Vol.41 No.8 Aug. 2021", "2021, 41(8)"),
gives journal, ISSN, CN and the issue. Published, in this order:

* a labelled 出版/发表/刊出 date → YYYY-MM;
* an explicit month in the header ("2023年5月", "2023-05", "May 2023") → YYYY-MM;
* year and issue (年第N期, No.N, 41(8)): issue N ≤ 12 is read as month N — the
  convention applicants and 职称 forms follow ("2021年第8期" is declared 2021-08) —
  at full confidence when the journal prints itself 月刊, at 0.6 of the line's
  confidence when it prints no frequency. A journal that prints 半月刊/双月刊/旬刊/
  季刊, or an issue above 12, gives the year alone (``YYYY``, at 0.6): 第4期 of a
  bimonthly is July–August, and no month is invented for it.

收稿/修回/录用 dates are never used.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from rapidfuzz import fuzz

from extractors.base import register_doc_type
from extractors.labels import CJK, FieldSet, Hit, TLine, doc_lines, find_date, find_pattern
from extractors.cards import cut_at, gutter
from extractors.labelset import load_labels
from extractors.lines import label_re, labels_re
from extractors.names import segment_names
from core.normalize import clean_text, normalize_name
from core.models import Document, Field

L = load_labels("paper")
HEADER = (r"ISSN|CN\s*\d|第\s*\d+\s*期|Vol\.?|No\.|学\s*报|杂\s*志|期\s*刊|文章编号|中图分类号|文献标识码|DOI|doi"
          r"|收稿日期|基金项目|作者简介|《|http|www\.|\d{4}\s*年\s*\d{1,2}\s*月|^\s*\d+\s*$|^第\s*\d+\s*卷"
          r"|(?:19|20)\d{2}\s*[,，]\s*(?:Vol\.?\s*)?\d{1,3}\s*[(（]")
# what makes a line the journal's header (not the title, not a body sentence)
JOURNAL_LINE = (r"ISSN|CN\s*\d{2}\s*-|第\s*\d{1,3}\s*期|第\s*\d+\s*卷|Vol\.?\s*\d|No\.\s*\d"
                r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
                r"|[(（]\s*\d{1,3}\s*[)）]|《|学\s*报|杂\s*志"
                r"|^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*$"  # a stacked header's date line
                r"|(?:网络首发|优先出版|在线出版)\s*(?:日期|时间)\s*[:：]\s*(?:19|20)\d{2}")  # published ahead of the issue
# where the abstract starts: the word as a label ("摘要：", "【摘要】", "中文摘要:", "Abstract"), never a
# journal website's breadcrumb ending in it ("当前位置：首页>> 过刊浏览>> 2018年第7期>> 摘要")
ABSTRACT_START = r"摘\s*要\s*(?:[:：】\]]|(?=\s*[\u4e00-\u9fff]))|Abstract|关\s*键\s*词|A\s?R\s?T\s?I\s?C\s?L\s?E\s*I\s?N\s?F\s?O|ABSTRACT"
STATUS_MARKS = "|".join(r"\s*".join(re.escape(c) for c in w) for w in L.word_list("status_marks"))
NOT_DATE = "|".join(re.escape(w) for w in L.word_list("not_published"))
YEAR_ISSUE = [r"((?:19|20)\d{2})\s*年\s*第\s*(\d{1,3})\s*期",
              r"((?:19|20)\d{2})\s*[,，]\s*(?:Vol\.?\s*)?\d{1,3}\s*[(（]\s*(\d{1,3})\s*[)）]",
              r"((?:19|20)\d{2})\s*[(（]\s*(\d{1,3})\s*[)）]",
              r"No\.?\s*(\d{1,3})\b.*?\b((?:19|20)\d{2})\b",
              r"((?:19|20)\d{2})\b.*?\bNo\.?\s*(\d{1,3})\b"]
COVER_MARKS = "|".join(r"\s*".join(re.escape(c) for c in w) for w in L.word_list("cover_marks"))
MARGIN_NOTES = tuple(L.word_list("margin_notes"))
RECORD_MARKS = "|".join(r"\s*".join(re.escape(c) for c in w) for w in L.word_list("record_marks"))
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                      "nov", "dec"], start=1)}


def cited_names(lines: list[TLine]) -> tuple[str, ...]:
    """The authors the page's citation line lists ("引用格式：敬德明，赵子龙，周淼，李建军．题名[J]．…"),
    to take apart a byline whose spaces OCR lost when the surname table allows two readings."""
    for tl in lines:
        m = re.search(rf"(?:引\s*用|引\s*文)\s*格\s*式\s*[:：]\s*((?:[{CJK}·]{{2,4}}\s*[,，、]\s*)*[{CJK}·]{{2,4}})"
                      rf"\s*[.．。,，·・]", tl.text)
        if m:
            return tuple(normalize_name(n) for n in re.split(r"\s*[,，、]\s*", m.group(1)) if n)
    # the 作者简介 footnote names every author with a birth year: "作者简介：瞿颖（1978—），女，…；苟文斌（1991—），…"
    for k, tl in enumerate(lines):
        if re.match(r"\s*作\s*者\s*简\s*介", tl.text):
            text = "".join(x.text.strip() for x in lines[k:k + 6] if x.page == tl.page)
            names = re.findall(rf"[:：;；。]\s*([{CJK}·]{{2,4}})\s*[(（]\s*(?:19|20)\d{{2}}", text)
            if len(names) >= 2:
                return tuple(normalize_name(n) for n in names)
    return ()


def _cited_run(run: str, cited: tuple[str, ...]) -> Optional[list[str]]:
    """``cited`` names that, in their order, spell the run: exactly, or with at most one glyph of
    each name read otherwise in one of the two places (瞿颖 in the byline, 霍颖 in the footnote) —
    then the byline's own glyphs, cut where the cited names end."""
    for i in range(len(cited)):
        for j in range(i + 2, len(cited) + 1):
            names = cited[i:j]
            if "".join(names) == run:
                return list(names)
            if len("".join(names)) == len(run):
                out, at = [], 0
                for n in names:
                    out.append(run[at:at + len(n)])
                    at += len(n)
                if all(sum(a != b for a, b in zip(o, n)) <= 1 for o, n in zip(out, names)):
                    return out
    return None


def _author_names(text: str, cited: tuple[str, ...] = ()) -> list[str]:
    t = re.sub(r"^\s*作\s*者\s*[:]?", "", text)
    # superscript marks, and what OCR makes of them (”, ', ^)
    t = re.sub(r"[\d*†‡#¹²³⁴⁵⁶⁷⁸⁹⁰,\s、;，；“”\"'‘’^]+", " ", t)
    tokens = [normalize_name(x) for x in t.split()]
    # names whose spaces OCR lost ("欧阳振华赵子龙苟文斌"): by the surname table, when one reading
    # is best (extractors.names); else the run stays whole and is no byline
    return [n for x in tokens
            for n in ((len(x) > 4 and len(x) <= 16 and (segment_names(x) or _cited_run(x, cited))) or [x])]


def _byline_text(tl: TLine, title: Optional[Hit]) -> str:
    """A line's text without the pieces that stand wholly left of the title: on a photo of a bound volume the
    facing page's edge shows beside the byline ("地下空间  尕藏卓玛"); a byline starts under its title or right of
    its start, never left of it. A Word proof's revision balloon on the same baseline is no part of it either."""
    if not tl.parts or title is None or title.line.bbox is None or tl.page != title.line.page:
        return tl.text
    x0 = title.line.bbox[0]
    keep = [p.text for p in tl.parts if (p.bbox is None or p.bbox[2] > x0)
            and not any(p.text.lstrip().startswith(w) for w in MARGIN_NOTES)]
    return "  ".join(keep) if keep else tl.text


def _is_authors(text: str, cited: tuple[str, ...] = ()) -> bool:
    # an affiliation line, not names: words, not single characters (学 and 院 occur in names: 蔡学瑶)
    if re.search(r"[:()]|大学|学院|学校|公司|研究|中心|医院|集团|有限", re.sub(r"^\s*作\s*者\s*[:]", "", text)):
        return False
    names = _author_names(text, cited)
    return bool(names) and all(re.fullmatch(rf"[{CJK}·]{{2,4}}", n) for n in names) and len(names) <= 12


# a browser's print header names the page: "2024/11/27 15:17  西北干旱区…应用研究- 中国知网"
_TAB_TITLE = re.compile(r"^\s*(?:19|20)\d{2}[/\-.]\d{1,2}[/\-.]\d{1,2}\s*\d{1,2}:\d{2}\s+(.{4,80}?)\s*[-–—_|一·•・]\s*"
                        r"(?:中国知网|CNKI|万方数据|万方|维普网|维普|超星)")


_AFFILIATION = re.compile(r"\b(?:College|University|School|Institute|Department|Laboratory|Academy|Company|Co\.|Ltd|"
                          r"Group|Hospital|Center|Centre)\b")
_LATIN_NAME = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s+[A-Z][A-Za-z]+(?:-[A-Za-z]+)?"


def _latin_authors(lines: list[TLine], end: int) -> Optional[tuple[list[str], TLine]]:
    """An English-language paper's byline under its title, names as printed (given name first): "Zhe WANGa, Jingyu
    SUb, Cuo ZHUOMAc" (a superscript letter glued to a surname in capitals is dropped), or IEEE author blocks side
    by side — "Xiaomei Tuo    Zhuoma Gazang" above their affiliations ("College of …", "… University")."""
    for i in range(end + 1, min(len(lines), end + 3)):
        text = re.sub(r",\s*([*†]+)", r"\1", lines[i].text.strip())   # "ZHUOMAa,*": the corresponding author's mark
        if _latin_byline(text):
            names = []
            for part in (p.strip() for p in re.split(r",|\band\b", text) if p.strip()):
                part = re.sub(r"(?<=[A-Z]{2})[a-z*†\d,]{1,2}$|[*†\d]+$", "", part)
                names.append(re.sub(r"\s+", " ", part))
            return names, lines[i]
        parts = [p.strip() for p in re.split(r"\s{2,}", text) if p.strip()]
        below = lines[i + 1].text if i + 1 < len(lines) else ""
        if parts and len(parts) <= 4 and all(re.fullmatch(_LATIN_NAME, p) for p in parts) and _AFFILIATION.search(below):
            return parts, lines[i]
    return None


def _latin_byline(text: str) -> bool:
    """An English-language paper's byline: two or more names in Latin letters, comma-separated, each
    given name and surname capitalised, a superscript letter or mark glued on ("Zhe WANGa, Jingyu SUb")."""
    parts = [p.strip() for p in re.split(r",|\band\b", text) if p.strip()]
    name = r"[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){1,2}[a-z*†\d]{0,2}"
    return len(parts) >= 2 and all(re.fullmatch(name, p) for p in parts)


def _title(lines: list[TLine]) -> tuple[Optional[Hit], int]:
    """Title hit and the index of the last title line."""
    # an article's page printed from a database (知网节): the browser's header names it, and the
    # page prints it again as its heading — that line is the title, whatever the nav bar's size
    tab = next((m.group(1) for tl in lines[:3] for m in [_TAB_TITLE.match(tl.text)] if m), None)
    if tab:
        # (OCR reads the two a glyph or three apart: "西北干早区…研完" in the header)
        same = next((i for i, tl in enumerate(lines[1:40], start=1)
                     if fuzz.ratio(re.sub(r"\s", "", tl.text), re.sub(r"\s", "", tab)) >= 80), None)
        if same is not None:
            return Hit(clean_text(lines[same].text), lines[same], same), same
    # the title stands above the abstract: a line of the abstract (taller on a curved photo) is none
    # (and above the 关键词 / 中图分类号 lines when OCR lost the 摘要's label)
    stop = next((i for i, tl in enumerate(lines[:30]) if re.match(rf"\s*[\[【(（]?\s*(?:中文)?(?:{ABSTRACT_START})",
                                                               tl.text) or re.search(r"关\s*键\s*词\s*[:：]|中图分类号",
                                                                                     tl.text)), 30)
    # a sentence's full stop or semicolon never stands in a title, nor does one end at a comma (a body line
    # curved into a bound volume's gutter reads taller than the title)
    cand = [(i, tl) for i, tl in enumerate(lines[:stop]) if tl.page == lines[0].page and tl.bbox is not None
            and not re.search(HEADER, tl.text) and not re.search(r"摘\s*要|关键词|Abstract", tl.text)
            and not re.search(r"[。；;]|[，,、]\s*$", tl.text)
            and not re.search(STATUS_MARKS, tl.text)
            and len(tl.text.strip()) >= 4]
    if not cand:
        return None, -1
    heights = [tl.bbox[3] - tl.bbox[1] for _, tl in cand[:15]]
    top = max(heights)
    if top > min(heights) * 1.15:
        first = next(k for k, h in enumerate(heights) if h == top)
        # a title's lines read a pixel or two apart in height: the tallest may be its second line
        # (a citation line "引用格式：…[J/OL]．工业建筑，2019" above it, as tall, is none)
        while first > 0 and cand[first - 1][0] == cand[first][0] - 1 and abs(heights[first - 1] - top) <= top * 0.1 \
                and not _is_authors(cand[first - 1][1].text) and not _latin_byline(cand[first - 1][1].text) \
                and not re.search(r"引\s*[用文]|DOI|[\[【]\s*[JMD3]\s*[/\]】]", cand[first - 1][1].text, re.I):
            first -= 1
        picked = [cand[first]]
        # two headlines side by side on a newspaper page, read as one line with a column gap: the left one
        # ("地下综合管廊建设运营的实践与思考  新时代绿色低碳交通基础设施")
        i0, tl0 = cand[first]
        m = re.match(rf"(\s*[{CJK}《》“”、：:·\-—]{{4,}})\s{{2,}}[{CJK}]{{4,}}", tl0.text)
        head = tl0.bbox
        if m:
            x1 = head[0] + (head[2] - head[0]) * len(m.group(1)) / max(len(tl0.text), 1)
            head = (head[0], head[1], x1, head[3])
            picked = [(i0, dataclasses.replace(tl0, text=m.group(1), bbox=head))]
        for k in range(first + 1, len(cand)):
            i, tl = cand[k]
            # (a line below it, under it: a headline beside it on a newspaper page is another article's)
            prev = picked[-1][1].bbox
            if i == picked[-1][0] + 1 and abs((tl.bbox[3] - tl.bbox[1]) - top) <= top * 0.1 \
                    and not _latin_byline(tl.text) and tl.bbox[1] >= (prev[1] + prev[3]) / 2 \
                    and min(tl.bbox[2], head[2]) > max(tl.bbox[0], head[0]):
                picked.append(cand[k])
            else:
                break
    else:
        picked = [cand[0]]
        i0 = cand[0][0]
        if i0 + 2 < len(lines):
            nxt, after = lines[i0 + 1], lines[i0 + 2]
            if (not _is_authors(nxt.text) and _is_authors(after.text) and not re.search(HEADER, nxt.text)
                    and not nxt.text.strip().startswith("(")):
                picked.append((i0 + 1, nxt))
    text = "".join(tl.text.strip() if re.search(f"[{CJK}]", tl.text) else " " + tl.text.strip() for _, tl in picked)
    # a book of abstracts numbers each abstract by its session ("S1-04  湿陷性黄土…"): no word of the title
    text = re.sub(rf"^\s*[A-Z]{{1,3}}\d{{0,3}}[-‐–.]\d{{1,4}}\s+(?=[{CJK}])", "", text)
    # nor is the journal's column tag set before it on its line ("[工程技术] 分布式光伏…", "【研究与探讨】…")
    text = re.sub(rf"^\s*[\[【〔]\s*[{CJK}]{{2,8}}\s*[\]】〕]\s*(?=[{CJK}]{{4}})", "", text)
    return Hit(clean_text(text), picked[0][1], picked[0][0]), picked[-1][0]


def _article_start(lines: list[TLine]) -> int:
    """The index of the first line of the page that holds the article's head (摘要, 关键词, 中图分类号)
    when pages before it are an issue's cover or 目次 (applicants scan them with the article); else 0.
    A database's download cover prints the article's record (题名, 作者, 摘要, 关键词 …) with its own
    marks (年卷期, 下载时间): its 摘要 is not the article's head, the next page holding one is."""
    heads = sorted({tl.page for tl in lines if re.search(r"摘\s*要|关\s*键\s*词|中图分类号", tl.text)})
    if not heads:
        return 0
    head = heads[0]
    if head == lines[0].page:
        record = " ".join(tl.text for tl in lines if tl.page == head)
        if len(heads) < 2 or not re.search(RECORD_MARKS, record):
            return 0
        head = heads[1]
    before = " ".join(tl.text for tl in lines if tl.page < head)
    if not re.search(COVER_MARKS, before):
        return 0
    return next(i for i, tl in enumerate(lines) if tl.page == head)


def _after_references(lines: list[TLine]) -> Optional[tuple[Hit, int]]:
    """An article that starts half-way down a page, under the previous article's 参考文献: its
    title is the line above its byline, above its affiliation, above its 摘要 (title hit, index of
    the byline's line); None when the page does not print a 参考文献 heading above such a block."""
    page = lines[0].page
    first = [i for i, tl in enumerate(lines) if tl.page == page]
    refs = next((i for i in first if re.search(r"参\s*考\s*文\s*献", lines[i].text)), None)
    abstract = next((i for i in first if re.match(r"\s*[\[【(（]?\s*摘\s*要", lines[i].text)), None)
    if refs is None or abstract is None or refs > abstract:
        return None
    i = abstract - 1
    while i > refs and re.match(r"\s*[(（]", lines[i].text):   # the affiliation, maybe wrapped
        i -= 1
    if i <= refs + 1 or not _is_authors(lines[i].text, cited_names(lines)):
        return None
    title = lines[i - 1]
    if re.search(r"[。；;]|参\s*考\s*文\s*献|^\s*\[", title.text) or re.search(HEADER, title.text):
        return None
    return Hit(clean_text(title.text.strip()), title, i - 1), i


def _frequency(text: str) -> str:
    """"monthly" when the page prints 月刊, "other" for 半月刊/双月刊/旬刊/季刊…, else ""."""
    t = re.sub(r"\s", "", text)
    if any(w in t for w in L.word_list("not_monthly")):
        return "other"
    return "monthly" if any(w in t for w in L.word_list("monthly")) else ""


def _header_lines(lines: list[TLine]) -> list[tuple[int, TLine]]:
    """Lines of the first page that look like the journal's header: above the abstract (or
    among the first 15 lines) or in the page's last four lines (a footer), never a reference."""
    first = lines[0].page if lines else 1
    page = [(i, tl) for i, tl in enumerate(lines) if tl.page == first]
    head = next((k for k, (_, tl) in enumerate(page) if re.search(ABSTRACT_START, tl.text)), 15)
    zone = page[:min(head, 15)] + page[max(min(head, 15), len(page) - 4):]
    return [(i, tl) for i, tl in zone if re.search(JOURNAL_LINE, tl.text)
            and not re.search(NOT_DATE, tl.text, re.I) and not re.match(r"\s*[\[(（]?\d{1,3}[\])）.]", tl.text)]


def _year_issue(text: str) -> Optional[tuple[str, int, str]]:
    """(year, issue, matched text) of a header line."""
    for k, pat in enumerate(YEAR_ISSUE):
        m = re.search(pat, text)
        if m:
            year, issue = (m.group(2), m.group(1)) if k == 3 else (m.group(1), m.group(2))
            return year, int(issue), m.group(0)
    return None


def _published(lines: list[TLine], start: int = 0) -> Optional[tuple[Hit, float, str]]:
    """(hit, confidence scale, text as printed) of the publication date; ``start``: the index of the
    article's first line when pages before it are a cover (its running head is read first: a
    database's cover prints "2020年第9期" where the journal's own head prints "第9期 2020年5月")."""
    hit = find_date(lines, L.labels("published"))
    if hit:
        return Hit(hit.value[:7], hit.line, hit.index), 1.0, ""
    for part in ([lines[start:]] if start else []) + [lines]:
        text = " ".join(tl.text for tl in part if tl.page == part[0].page)
        got = _issue_date(part, text)
        if got:
            return Hit(got[0].value, got[0].line, got[0].index + (len(lines) - len(part))), got[1], got[2]
    return None


def _issue_date(lines: list[TLine], text: str) -> Optional[tuple[Hit, float, str]]:
    """The issue's date from the header of the first page of ``lines`` (``text``: that page's text)."""
    header = _header_lines(lines)
    for i, tl in header:
        # (a date with its day too: "网络首发时间：2019-09-14 18:25")
        m = re.search(r"((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月|[-.](\d{1,2})(?:[-.]\d{1,2}(?!\d))?(?![\d.\-]))", tl.text)
        if m and not re.search(r"\d{4}-\d{3}[\dX]", tl.text[m.start():m.end() + 2]):
            mo = int(m.group(2) or m.group(3))
            if 1 <= mo <= 12:
                return Hit(f"{m.group(1)}-{mo:02d}", tl, i), 1.0, m.group(0)
    for i, tl in enumerate(lines[:40]):
        if re.search(NOT_DATE, tl.text, re.I):
            continue
        m = re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*,?\s*((?:19|20)\d{2})", tl.text)
        if m:
            return Hit(f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}", tl, i), 1.0, m.group(0)
    for i, tl in header:
        found = _year_issue(tl.text)
        if found:
            year, issue, printed = found
            freq = _frequency(text)
            if freq != "other" and 1 <= issue <= 12:
                return Hit(f"{year}-{issue:02d}", tl, i), (1.0 if freq else 0.6), printed
            return Hit(year, tl, i), 0.6, printed
    return None


# the province codes a CN number starts with (GB/T 2260's first two digits)
CN_REGIONS = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
              54, 61, 62, 63, 64, 65}


def _bare_cn(lines: list[TLine]) -> Optional[Hit]:
    """A CN number whose "CN" OCR lost, by its shape alone, in the journal's header line only:
    "11-2097/X" (a province code, four digits, the classification)."""
    for i, tl in _header_lines(lines):
        if re.search(r"网络版|光盘版", tl.text):
            continue  # CNKI's cover: the numbers of 《中国学术期刊（网络版）》 itself
        for m in re.finditer(r"(?<![\w\-/])(\d{2})\s*-\s*(\d{4})\s*/\s*([A-Z]{1,2}\d{0,3}(?:\.\d+)?)(?![\w.])", tl.text):
            if int(m.group(1)) in CN_REGIONS:
                return Hit(f"{m.group(1)}-{m.group(2)}/{m.group(3)}", tl, i)
    return None


_PROCEEDINGS = re.compile(r"((?:19|20)\d{2}\s[^|]{0,40}?\b(?:Conference|Symposium|Congress|Workshop)\b[^|]{3,160}?"
                          r"\([A-Z][A-Za-z\-]{2,15}\s*(?:\d{2,4})?\))\s*(?:\||978[-‐]|$)")


def _journal(lines: list[TLine], title_at: int = -1) -> Optional[Hit]:
    """The journal's name; an edition printed on the line below it ("长安大学学报" over
    "(自然科学版)", a stacked name box) belongs to it."""
    # CNKI's 网络首发 cover: the journal's name stands right above "网络首发论文"
    for i, tl in enumerate(lines[1:40], start=1):
        if re.fullmatch(r"网络首发论文", re.sub(r"\s", "", tl.text)) and \
                re.fullmatch(rf"[{CJK}()（）]{{2,30}}", re.sub(r"\s", "", lines[i - 1].text)):
            return Hit(re.sub(r"\s", "", lines[i - 1].text), lines[i - 1], i - 1)
    # the page's own citation line ("引用本文：…题名[J]．建筑结构，2021，51(21)：52-58．") names it
    # as the journal wants to be cited: before any guess from the header's words
    for i, tl in enumerate(lines):
        if re.search(r"引\s*[用文]\s*(?:本\s*文|格\s*式)", tl.text):
            m = re.search(rf"[\[【]\s*[J3]\s*[\]】]\s*[.．。·・]\s*([{CJK}()（）]{{2,30}}?)\s*[,，.．·・]\s*(?:19|20)\d{{2}}", tl.text)
            if m:
                return Hit(clean_text(m.group(1)), tl, i)
    # an English-language journal's running head: "Construction and Building Materials 217 (2022) 111678",
    # "Journal of Arid Land, Vol. 9 (2017) 12–25"
    for i, tl in enumerate(lines[:6]):
        m = re.match(r"\s*([A-Z][A-Za-z&:\- ]{3,80}?)\s*,?\s*(?:Vol\.?\s*)?\d{1,4}\s*\(\s*(?:19|20)\d{2}\s*\)", tl.text)
        if m and len(m.group(1).split()) >= 2:
            return Hit(m.group(1).strip(), tl, i)
    # a conference paper's IEEE Xplore stamp (at the foot, or up the margin): "2019 2nd International Conference on
    # Intelligent Transportation, Big Data & Smart City (ICITBS) | 978-1-7281-2123-9 | DOI: 10.1109/…"
    for i, tl in enumerate(lines):
        if tl.page != lines[0].page:
            break
        m = _PROCEEDINGS.search(tl.text)
        if m:
            return Hit(re.sub(r"\s+", " ", m.group(1)).strip(), tl, i)
    hit = _journal_name(lines, title_at)
    if hit is not None and 0 <= hit.index + 1 < len(lines) and not re.search(r"[(（]", hit.value):
        below = re.sub(r"\s", "", lines[hit.index + 1].text)
        if re.fullmatch(rf"[(（][{CJK}]{{2,8}}版[)）]", below) and lines[hit.index + 1].page == hit.line.page:
            return Hit(hit.value + "(" + below[1:-1] + ")", hit.line, hit.index)
    return hit


def _journal_name(lines: list[TLine], title_at: int = -1) -> Optional[Hit]:
    # (《中国学术期刊（光盘版/网络版）》 is CNKI's own publication, named in its footers and covers)
    own = [tl for tl in lines[:60] if not re.search(r"《\s*中国学术期刊", tl.text)]
    hit = find_pattern(own, r"《([^》]{2,30})》", group=1)
    if hit:
        return Hit(hit.value, hit.line, lines.index(hit.line))
    # a database's source line: "环境工程. 2023 , 41 (09)" (知网节), "环境工程，2021，39(08)"
    for i, tl in enumerate(lines[:40]):
        m = re.match(rf"\s*([{CJK}()（）]{{2,30}})\s*[.．,，:：]\s*(?:19|20)\d{{2}}\s*[,，]\s*(?:Vol\.?\s*)?\d{{1,3}}\s*[(（]"
                     rf"\s*\d{{1,3}}\s*[)）]", tl.text)
        if m:
            return Hit(m.group(1), tl, i)
    for i, tl in enumerate(lines[:40]):
        m = re.search(rf"(?:{labels_re(L.labels('journal'))})\s*[:]\s*([^\s,]{{2,30}})", tl.text)
        if m:
            return Hit(m.group(1), tl, i)
    # a 会议论文集 names itself in its running head, above the title
    # (its last word read with an OCR glyph confusion, "论文居", is that word)
    # (a running head holds two columns, "专题一：冻土与寒区工程  第八届…论文摘要集": the name is one of
    # them; a society's year stands inside it, "甘肃省电机工程学会2017年学术年会论文集")
    for i, tl in enumerate(lines[:max(title_at, 0) + 3]):
        for word in sorted(L.word_list("proceedings"), key=len, reverse=True):
            for chunk in re.split(r"\s{2,}", tl.text.strip()):
                m = re.search(rf"([{CJK}()（）][{CJK}()（）\d]{{1,40}}?)(?:{label_re(word)})", re.sub(r"\s", "", chunk))
                if m and i != title_at:
                    return Hit(m.group(1) + word, tl, i)
    # a paper published ahead of its issue: the journal's name beside the mark ("建筑结构  录用定稿")
    for i, tl in enumerate(lines[:6]):
        m = re.search(STATUS_MARKS, tl.text)
        name = re.findall(rf"[{CJK}()（）]{{2,30}}", tl.text[:m.start()]) if m else []
        if name and i != title_at:
            return Hit(name[-1], tl, i)
    freq = "|".join(L.word_list("monthly") + L.word_list("not_monthly"))
    header = _header_lines(lines)
    # a newspaper's page head "10 理论 2018年5月4日 星期五 甘肃日报": the paper's name, not the page's section
    for i, tl in header:
        m = re.search(rf"星\s*期\s*[一二三四五六日天].*?([{CJK}]{{2,10}}(?:日报|晚报|报))", tl.text) \
            or re.search(rf"([{CJK}]{{2,10}}(?:日报|晚报))\s*$", tl.text)
        if m:
            return Hit(m.group(1), tl, i)
    for i, tl in header:
        text = re.sub(rf"[(（]\s*(?:{freq})\s*[)）]|(?:{freq})", " ", tl.text)
        text = re.sub(r"\s*([()])\s*", r"\1", text)  # "学报( 自然科学版)": spaces inside brackets
        # the date and issue words are no name: "2018年1月第33卷第1期" leaves nothing behind
        # nor is a supplement's mark ("第41卷增刊1", "专刊", "合刊")
        text = re.sub(rf"[{CJK}]{{2,8}}(?:日期|时间)\s*[:：]", " ", text)  # a dated label ("网络首发日期：") is no name
        text = re.sub(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月|第?\s*\d+\s*[卷期号辑册]|DOI\s*[:：]?\s*\S*"
                      r"|[增专特合]\s*刊\s*\d*", " ", text, flags=re.I)
        for m in re.finditer(rf"([{CJK}()]{{2,30}})", text):
            if not re.search(r"^(?:第|年|卷|期)|^[(（)）]", m.group(1)):
                return Hit(re.sub(r"(?:第|年)$", "", m.group(1)), tl, i)
    # a stacked header ("第45卷第2期 / 2023年4月 / 甘肃科学学报"): the name is a short line of
    # words right beside a header line, above the title
    near = {j for i, _ in header for j in (i - 1, i + 1)} - {i for i, _ in header}
    for j in sorted(near):
        if 0 <= j < len(lines) and j != title_at and (title_at < 0 or j < title_at) \
                and re.fullmatch(rf"[{CJK}()]{{2,20}}", re.sub(r"\s", "", lines[j].text)):
            return Hit(re.sub(r"\s", "", lines[j].text), lines[j], j)
    return None


def split_body(doc: Document) -> None:
    """doc.body: text before the last 参考文献 heading; doc.references: the section after it."""
    text_lines = [ln.text for p in doc.pages for ln in p.lines]
    idx = None
    for i, t in enumerate(text_lines):
        if re.match(r"^\s*(?:\[?参\s*考\s*文\s*献\]?|References|REFERENCES)\s*[:：]?\s*", t):
            idx = i
    if idx is None:
        doc.body, doc.references = "\n".join(text_lines), ""
        return
    head = re.sub(r"^\s*(?:\[?参\s*考\s*文\s*献\]?|References|REFERENCES)\s*[:：]?\s*", "", text_lines[idx])
    doc.body = "\n".join(text_lines[:idx])
    doc.references = "\n".join(([head] if head.strip() else []) + text_lines[idx + 1:])


def _spreads_apart(lines: list[TLine]) -> list[TLine]:
    """A bound issue laid open on a copier: one picture holds two pages side by side (the end of the
    previous article on the left, the article's first page on the right), and the reader's lines run
    across both. A photographed page that an empty strip down its middle splits in two, no line
    crossing it, is two pages: when one of them holds an article's head (摘要, 关键词, 中图分类号) and the
    other none, that one is the article's first page and the other is left out (the previous
    article's 参考文献 and 作者简介 name other papers, journals and people); else both are read, left first."""
    out: list[TLine] = []
    for page in dict.fromkeys(tl.page for tl in lines):
        mine = [tl for tl in lines if tl.page == page]
        x = gutter(mine) if all(tl.source == "ocr" for tl in mine) else None
        if x is None:
            out += mine
            continue
        halves = cut_at(mine, x)
        left = [tl for tl in halves if tl.bbox[2] <= x]
        right = [tl for tl in halves if tl.bbox[2] > x]
        heads = [any(re.search(ARTICLE_HEAD, tl.text) for tl in half) for half in (left, right)]
        out += right if heads == [False, True] else left if heads == [True, False] else left + right
    return out


ARTICLE_HEAD = r"摘\s*要|关\s*键\s*词|中图分类号"


def parse(doc: Document) -> list[Field]:
    lines = _spreads_apart(doc_lines(doc, tables=False, split=False))
    fs = FieldSet()
    if not lines:
        return []
    split_body(doc)
    k = _article_start(lines)
    title, end = _title(lines[k:])
    if title is not None and k:
        # an issue's cover and 目次 scanned before the article: its title is on the article's page
        title, end = Hit(title.value, title.line, title.index + k), end + k
    late = _after_references(lines)
    if late is not None:
        # the page begins with the end of another article: its references name other journals,
        # authors and years — what this article prints starts at its own title
        hit, byline = late
        lines = lines[hit.index:]
        title, end = Hit(hit.value, hit.line, 0), byline - 1 - hit.index
    if title is None or not re.search(f"[{CJK}]", title.value):
        # an English-language journal's 中文信息 box: "中文题名：…" is the title applicants declare
        cn = find_pattern(lines, rf"^\s*中\s*文\s*(?:题\s*名|标\s*题|篇\s*名)\s*[:](\s*[{CJK}].+)$", group=1)
        title = Hit(clean_text(cn.value), cn.line, cn.index) if cn else title
    fs.set("title", title and title.value, title and title.line)
    cited = cited_names(lines)
    authors = find_pattern(lines, r"^\s*作\s*者\s*[:](.+)$", group=1)
    if authors is None and end >= 0:
        for i in range(end + 1, min(len(lines), end + 4)):
            byline = _byline_text(lines[i], title)
            if _is_authors(byline, cited):
                text, j = byline, i + 1
                # a byline wrapped over lines: names continue until the affiliation
                while j < len(lines) and lines[j].page == lines[i].page and _is_authors(lines[j].text, cited) \
                        and len(_author_names(text + " " + lines[j].text, cited)) <= 12:
                    text, j = text + " " + lines[j].text, j + 1
                authors = Hit(text, lines[i], i)
                break
    latin = _latin_authors(lines, end) if authors is None and title and not re.search(f"[{CJK}]", title.value) else None
    if authors:
        fs.set("authors", ";".join(_author_names(authors.value, cited)), authors.line)
    elif latin:
        fs.set("authors", ";".join(latin[0]), latin[1])
    elif cited:
        # no byline read (a pinyin byline, a label OCR misread): the names the citation line lists
        line = next(tl for tl in lines if re.search(r"引\s*[用文]\s*格\s*式", tl.text))
        fs.set("authors", ";".join(cited), line)
    hit = _journal(lines, title.index if title else -1)
    fs.set("journal", hit and clean_text(hit.value), hit and hit.line)
    # CNKI's cover prints the ISSN/CN of 《中国学术期刊（网络版）》 itself: not this journal's
    own = [tl for tl in lines if not re.search(r"网络版|光盘版", tl.text)]
    hit = find_pattern(own, r"ISSN\s*[:]?\s*(\d{4}\s*-\s*\d{3}[\dXx])", group=1)
    if hit is None:
        # a 文章编号 is the ISSN, the year and the issue: "1002-848X(2019)17-0132-05"
        hit = find_pattern(lines, r"文\s*章\s*编\s*号\s*[:]?\s*(\d{4}\s*-\s*\d{3}[\dXx])\s*\(\s*(?:19|20)\d{2}\s*\)",
                           group=1) \
            or find_pattern(lines, r"(?<![\d-])(\d{4}\s*-\s*\d{3}[\dXx])\s*\(\s*(?:19|20)\d{2}\s*\)\s*\d{1,2}\s*-\s*\d{4}\s*-\s*\d{2}",
                            group=1) \
            or find_pattern(lines, r"(?<![\d-])(\d{4}-\d{3}[\dXx])\s*/\s*(?:\$|see front matter|(?:©|\(c\)|[oOcC])?\s*(?:19|20)\d{2}\s+[A-Z]|©)",
                            group=1)  # its shape alone when OCR garbled the label (文京编号); an English journal's
        # front-matter line "0950-0618/© 2022 Elsevier Ltd. All rights reserved." (OCR drops the © or reads it o)
    fs.set("issn", hit and re.sub(r"\s", "", hit.value).upper(), hit and hit.line)
    hit = find_pattern(own, r"CN\s*[:]?\s*(\d{2}\s*-\s*\d{4}\s*/\s*[A-Za-z]{1,2}\d{0,3}(?:\.\d+)?)", group=1) \
        or _bare_cn(lines)
    fs.set("cn", hit and re.sub(r"\s", "", hit.value).upper(), hit and hit.line)
    got = _published(lines, k if late is None else 0)
    if got:
        hit, scale, printed = got
        fs.set("published", hit.value, hit.line, scale=scale, near=printed or None)
    return fs.fields


SPEC = register_doc_type(L.spec(parse))
