"""知网 文本复制检测报告单 (text-layer PDF).

Variants: 0 全文对照 with full-width colons, the four ratios in CNKI's order
(去除本人 / 去除引用 / 总 on one line, 单篇最大 below) and 检测时间 with a clock
time; 1 简洁 with ASCII colons and 总文字复制比 first; 2 the ratios as a ruled
table (names in the header row, values below) and 检测日期 2020年03月12日.
Every variant ends with CNKI's 说明, which repeats the ratio names without
values, so a parser must take the number next to its label.
"""
from __future__ import annotations

import random

from .common import A4, Built, Canvas, fmt_date, grid, new_doc, pct, pct_truth, require

VARIANTS = 3
PRODUCER = "iTextSharp 5.4.3 ©2000-2012 1T3XT BVBA (AGPL-version)"
RATIOS = ("ratio_excl_refs", "ratio_excl_self", "ratio_total", "ratio_max_single")
NOTES = ("说明：1.总文字复制比：被检测文献总重复字数在总字数中所占的比例",
         "2.去除引用文献复制比：去除系统识别为引用的文献后，计算出来的重合字数在总字数中所占的比例",
         "3.去除本人文献复制比：去除作者本人文献后，计算出来的重合字数在总字数中所占的比例",
         "4.单篇最大文字复制比：被检测文献与所有相似文献比对后，重合字数占总字数比例最大的那一篇文献的文字复制比",
         "5.红色文字表示文字复制部分；绿色文字表示引用部分；棕灰色文字表示作者本人已发表文献部分")


def build(f: dict, variant: int, rng: random.Random) -> Built:
    require(f, "plagiarism_report", "title", "author", "checked_at", *RATIOS)
    truth = {"title": str(f["title"]), "author": str(f["author"])}
    for k in RATIOS:
        truth[k] = pct_truth(f[k])
    p = {k: pct(f[k]) for k in RATIOS}
    y_, m_, d_ = (int(x) for x in str(f["checked_at"])[:10].split("-"))
    hh, mm, ss = 8 + rng.randrange(10), rng.randrange(60), rng.randrange(60)
    report_no = f.get("report_no") or f"ADBD{y_}R_{y_}{m_:02d}{d_:02d}{hh:02d}{mm:02d}{ss:02d}{rng.randrange(10**9):09d}"
    unit = f.get("unit") or "兰州新区职称评审办公室"
    doc, (page,) = new_doc(A4)
    cv = Canvas(page, latin="helv")
    w = cv.width
    x = 56
    c = ("：", ":", "：")[variant]
    title = ("文本复制检测报告单(全文对照)", "文本复制检测报告单(简洁)", "文本复制检测报告单(全文标明引文)")[variant]
    cv.text(w / 2, 62, title, 17, align="center")
    cv.line(x, 74, w - x, 74, width=1.0)
    if variant == 2:
        when, truth["checked_at"] = fmt_date(f["checked_at"][:10], "cn_pad")
        cv.text(x, 92, f"№{c}{report_no}", 9)
        cv.text(w - x, 92, f"检测日期{c}{when}", 9, align="right")
    else:
        when = f"{y_:04d}-{m_:02d}-{d_:02d} {hh:02d}:{mm:02d}:{ss:02d}"
        truth["checked_at"] = f"{y_:04d}-{m_:02d}-{d_:02d}"
        cv.text(x, 92, f"№{c}{report_no}", 9)
        cv.text(w - x, 92, f"检测时间{c}{when}", 9, align="right")
    y = 118
    for label, val in (("篇名", truth["title"]), ("作者", truth["author"]), ("检测机构", unit),
                       ("文件名", f"{truth['title']}.docx")):
        lines = cv.wrap(val, w - 2 * x - 70, 10.5)
        cv.text(x, y, f"{label}{c}", 10.5)
        for line in lines:
            cv.text(x + 66, y, line, 10.5)
            y += 17
    y += 8
    cv.text(x, y, "检测结果", 12)
    y += 22
    if variant == 0:
        cv.text(x, y, f"去除本人文献复制比{c}{p['ratio_excl_self']}", 10.5)
        cv.text(x + 165, y, f"去除引用文献复制比{c}{p['ratio_excl_refs']}", 10.5)
        cv.text(x + 330, y, f"总文字复制比{c}{p['ratio_total']}", 10.5)
        cv.text(x, y + 20, f"单篇最大文字复制比{c}{p['ratio_max_single']}（{f.get('max_source') or '相关研究综述'}）", 10.5)
        y += 44
    elif variant == 1:
        for label, k in (("总文字复制比", "ratio_total"), ("去除引用文献复制比", "ratio_excl_refs"),
                         ("去除本人文献复制比", "ratio_excl_self"), ("单篇最大文字复制比", "ratio_max_single")):
            cv.text(x, y, f"{label}{c} {p[k]}", 10.5)
            y += 19
        y += 6
    else:
        widths = [(w - 2 * x) / 4] * 4
        y = grid(cv, x, y - 12, widths, [["去除本人文献复制比", "去除引用文献复制比", "总文字复制比", "单篇最大文字复制比"],
                                         [p["ratio_excl_self"], p["ratio_excl_refs"], p["ratio_total"],
                                          p["ratio_max_single"]]], 10, min_h=24, align=["center"] * 4) + 22
    words = int(f.get("total_chars") or 8000 + rng.randrange(9000))
    dup = round(words * float(f["ratio_total"]) / 100)
    cv.text(x, y, f"重复字数{c}[{dup}]    总字数{c}[{words}]    总段落数{c}[{1 + rng.randrange(5)}]"
                  f"    疑似段落数{c}[{1 if dup else 0}]", 9.5)
    y += 30
    cv.text(x, y, f"1. {truth['title']}_第1部分", 10)
    cv.text(x, y + 18, f"相似文献列表    文字复制比{c}{p['ratio_max_single']}", 9.5)
    cv.line(x, y + 26, w - x, y + 26, width=0.5)
    # 2024 六(七): the unit signs and stamps the report it uploads
    cv.text(w - x - 230, 668, "单位签字盖章：", 10.5)
    cv.seal(w - x - 70, 660, 38, unit)
    y = 720
    for note in NOTES:
        y = cv.paragraph(x, y, note, w - 2 * x, 8, leading=1.5)
    cv.text(w / 2, 818, "http://check.cnki.net/", 8, align="center")
    return Built(doc, truth, "text", PRODUCER, truth["checked_at"])
