"""知网 文本复制检测报告单: title, author, checked_at and the four ratios (numbers without %).

The ratios appear either as "label：12.3%" or as a header row of labels with the
values on the next line in the same order; both are read.
"""
from __future__ import annotations

import re

from extractors.base import DocTypeSpec, register_doc_type
from extractors.labels import (CJK, FieldSet, Hit, TLine, doc_lines, extend_wrapped, find_date, find_value,
                               labels_re)
from core.normalize import clean_text, normalize_name, normalize_percent
from core.models import Document, Field

RATIOS = [
    ("ratio_excl_refs", ["去除引用文献复制比", "去除引用复制比"]),
    ("ratio_excl_self", ["去除本人已发表文献复制比", "去除本人文献复制比", "去除本人复制比"]),
    ("ratio_max_single", ["单篇最大文字复制比", "单篇最大复制比"]),
    ("ratio_total", ["总文字复制比"]),
]
ALL_RATIO_LABELS = [x for _, labels in RATIOS for x in labels]
STOPS = ["篇名", "题名", "标题", "论文题目", "作者", "检测时间", "检测日期", "报告时间", "检测类型", "比对截止日期",
         "时间范围", "检测范围", "单位", "文件名", "送检", "重复字数", "总字数", "总段落数", "疑似段落数",
         "单篇最大重复字数", "前部重合字数", "后部重合字数", "疑似段落最大重合字数", "疑似段落最小重合字数",
         "指标", "检测结果"] + ALL_RATIO_LABELS
PCT = r"\d{1,3}(?:\.\d+)?\s*%"


def _ratio_rows(lines: list[TLine]) -> dict[str, Hit]:
    """Header row of ratio labels followed by a row of percentages, matched by order."""
    out: dict[str, Hit] = {}
    rx = re.compile(labels_re(ALL_RATIO_LABELS))
    for i, tl in enumerate(lines[:-1]):
        found = [m.group(0) for m in rx.finditer(tl.text)]
        if len(found) < 2 or re.search(PCT, tl.text):
            continue
        nxt = lines[i + 1]
        values = re.findall(PCT, nxt.text)
        if len(values) != len(found):
            continue
        for label, value in zip(found, values):
            compact = re.sub(r"\s", "", label)
            for name, labels in RATIOS:
                if compact in labels and name not in out:
                    out[name] = Hit(normalize_percent(value), nxt, i + 1)
    return out


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc)
    fs = FieldSet()
    hit = find_value(lines, ["篇名", "题名", "论文题目", "论文名称", "标题", "文献名称"],
                     rf"[{CJK}A-Za-z0-9(\"“].{{1,120}}", stops=STOPS)
    if hit:
        hit = extend_wrapped(lines, Hit(clean_text(hit.value), hit.line, hit.index), r"[。.!?]|研究|分析|探讨|探究|应用|设计|实践|策略|对策",
                             STOPS, max_len=40)
    fs.set("title", hit and clean_text(hit.value), hit and hit.line)
    hit = find_value(lines, ["作者", "作 者"], rf"[{CJK}](?:\s?[{CJK}·]){{1,5}}", stops=STOPS)
    fs.set("author", hit and normalize_name(hit.value), hit and hit.line)
    hit = find_date(lines, ["检测时间", "检测日期", "报告时间", "检测完成时间"], STOPS)
    fs.set("checked_at", hit and hit.value, hit and hit.line)
    rows = _ratio_rows(lines)
    for name, labels in RATIOS:
        if name in rows:
            fs.set(name, rows[name].value, rows[name].line)
            continue
        others = [x for x in STOPS if x not in labels]
        hit = find_value(lines, labels, PCT, stops=others, next_lines=2)
        fs.set(name, hit and normalize_percent(hit.value), hit and hit.line)
    return fs.fields


SPEC = register_doc_type(DocTypeSpec(
    doc_type="plagiarism_report", parse=parse,
    keywords=[("文本复制检测报告单", 10), ("去除引用文献复制比", 8), ("总文字复制比", 6), ("去除本人文献复制比", 6),
              ("单篇最大文字复制比", 5), ("知网", 2), ("检测时间", 2), ("复制比", 2), ("学术不端", 3),
              ("相似文献", 1)],
    negative=[],
    title_keywords=["文本复制检测报告单"],
    min_score=6.0,
))
