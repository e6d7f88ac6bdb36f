"""Held-out families of the second draw (issue 12, item 4), plagiarism report part:

* cnki_full_compare — the 2021-on CNKI template of 文本复制检测报告单(全文对照),
  as a journal's editorial office runs it on a submitted paper (AMLC): the
  header block (篇名, 作者, 检测机构, 文件名, 检测系统, 检测类型, 检测范围, 时间范围),
  a "检测结果" block in which 单篇最大文字复制比 is followed by the source's title
  and the counts are bracketed with thousands separators ([12,345]), the
  指标 line, one line per part of the paper (two ratios with their counts), then
  on the next page each part's 相似文献列表 with authors, journals and dates of the
  sources, the 原文内容 and the 说明 notes. Counts and ratios agree with each other
  (ratio = repeated / total characters), as on a real report.
"""
from __future__ import annotations

import random

from .draw import A4, RED, Paper
from .facts import JOURNALS, NAMES_F, NAMES_M, TITLE_A, TITLE_B, TITLE_C, num
from .registry import Drawn, family

GREY = (0.4, 0.4, 0.4)
SCOPE = ("中国学术期刊网络出版总库", "中国博士学位论文全文数据库/中国优秀硕士学位论文全文数据库",
         "中国重要会议论文全文数据库", "中国重要报纸全文数据库", "中国专利全文数据库", "图书资源",
         "优先出版文献库", "互联网资源(包含贴吧等论坛资源)", "英文数据库(涵盖期刊、博硕、会议的英文数据以及德国"
         "Springer、英国Taylor&Francis 期刊数据库等)", "港澳台学术文献库", "互联网文档资源", "个人比对库")
SENT = ("本文以西北寒旱地区某工程为依托，开展了现场监测与室内试验。", "研究表明，温度与含水率是影响变形的主要因素。",
        "采用有限元方法建立了三维计算模型，并与实测结果进行了对比。", "针对存在的问题提出了相应的改进措施和建议。",
        "该方法在工程实践中取得了良好的效果，具有一定的推广价值。", "在此基础上分析了不同工况下结构的受力特征。")
NOTES = ("1.总文字复制比：被检测文献总重复字数在总字数中所占的比例",
         "2.去除引用文献复制比：去除系统识别为引用的文献后，计算出来的重合字数在总字数中所占的比例",
         "3.去除本人文献复制比：去除作者本人文献后，计算出来的重合字数在总字数中所占的比例",
         "4.单篇最大文字复制比：被检测文献与所有相似文献比对后，重合字数占总字数的比例最大的那一篇文献的文字复制比",
         "5.指标是由系统根据《学术论文不端行为的界定标准》自动生成的",
         "6.红色文字表示文字复制部分；绿色文字表示引用部分；棕灰色文字表示作者本人已发表文献部分",
         "7.本报告单仅对您所选择比对资源范围内检验结果负责")


def _pct(part: int, whole: int) -> float:
    return round(100 * part / whole, 1)


def _n(x: int) -> str:
    return f"{x:,}"


def _counts(rng: random.Random) -> dict:
    """Characters per part of the paper and repeated characters per part (each part's
    rate scattered around the paper's), and the report's other counts from them."""
    words = rng.randint(5200, 16000)
    n = rng.randint(2, 4)
    cuts = sorted(rng.sample(range(800, words - 800), n - 1))
    pw = [b - a for a, b in zip([0] + cuts, cuts + [words])]
    rate = rng.uniform(0.02, 0.3)
    pd = [int(w * min(0.8, rate * rng.uniform(0.1, 1.9))) for w in pw]
    dup = sum(pd)
    return {"words": words, "dup": dup, "refs": int(dup * rng.uniform(0.6, 1.0)),
            "self": int(dup * rng.uniform(0.8, 1.0)), "single": min(dup, int(words * rng.uniform(0.006, 0.09))),
            "parts": list(zip(pw, pd))}


def _source(rng: random.Random, exclude: str, holder: str) -> tuple[str, str, str, str]:
    title = rng.choice(TITLE_A) + rng.choice(TITLE_B) + rng.choice(TITLE_C)
    while title == exclude:
        title = rng.choice(TITLE_A) + rng.choice(TITLE_B) + rng.choice(TITLE_C)
    who = "；".join(rng.sample([n for n in NAMES_M + NAMES_F if n != holder], rng.randint(1, 3)))
    day = f"{rng.randint(2008, 2022)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return title, who, rng.choice(JOURNALS)[0], day


@family("cnki_full_compare", "plagiarism_report", "text",
        "CNKI 2021-on 文本复制检测报告单(全文对照) run by a journal (AMLC): 检测结果 block with [counts], "
        "per-part lines, 相似文献列表 on page 2")
def cnki_full_compare(p: dict, rng: random.Random, face: str) -> Drawn:
    c = _counts(rng)
    title = p["paper_title"]
    day = f"{p['pub_year'] - rng.choice((0, 1))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    clock = f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    ratios = {"ratio_excl_self": _pct(c["self"], c["words"]), "ratio_excl_refs": _pct(c["refs"], c["words"]),
              "ratio_total": _pct(c["dup"], c["words"]), "ratio_max_single": _pct(c["single"], c["words"])}
    self_label = rng.choice(("去除本人文献复制比", "去除本人已发表文献复制比"))
    top = _source(rng, title, p["name"])
    paper = Paper(face, A4, pages=2)
    s = paper[0]
    x, size = 56, 9.5
    s.text(x, 40, "中国知网", 12, color=GREY)
    s.text(s.w - x, 40, "www.cnki.net", 9, align="right", color=GREY)
    s.line(x, 46, s.w - x, 46, width=0.4, grey=0.5)
    s.text(s.w / 2, 74, "文本复制检测报告单(全文对照)", 16, align="center")
    s.text(x, 98, f"№：ADBD{day[:4]}R_{day.replace('-', '')}{clock.replace(':', '')}"
                  f"{rng.randrange(10**10):010d}", 8.5)
    s.text(s.w - x, 98, f"检测时间：{day} {clock}", 8.5, align="right")
    y = 122
    fname = title + rng.choice((".docx", ".doc", ".pdf"))
    for k, v in (("篇名", title), ("作者", p["name"]), ("检测机构", f"《{p['journal']}》编辑部"), ("文件名", fname),
                 ("检测系统", "科技期刊学术不端文献检测系统（AMLC）"), ("检测类型", "科技期刊论文"),
                 ("检测范围", "；".join(SCOPE)), ("时间范围", f"1900-01-01至{day}")):
        y = s.para(x, y, f"{k}：{v}", s.w - 2 * x, size, leading=1.6)
    y += 6
    s.text(x, y + 4, "检测结果", 12)
    s.line(x, y + 10, s.w - x, y + 10, width=0.6)
    y += 30
    for label, key, tail in ((self_label, "ratio_excl_self", ""), ("去除引用文献复制比", "ratio_excl_refs", ""),
                             ("总文字复制比", "ratio_total", ""), ("单篇最大文字复制比", "ratio_max_single", f"（{top[0]}）")):
        xe = s.text(x + 12, y, f"{label}：", 10.5)
        xe = s.text(xe, y, f"{ratios[key]:.1f}%", 10.5, color=RED)
        if tail:
            s.text(xe + 2, y, tail, 9.5)
        if key == "ratio_excl_self":
            s.box(xe + 16, y - 8, xe + 16 + 160, y, width=0.3, grey=0.6)
            s.box(xe + 16, y - 8, xe + 16 + 160 * ratios[key] / 100, y, width=0, grey=0.8, fill=0.8)
        y += 19
    y += 4
    left = (("重复字数", c["dup"]), ("总字数", c["words"]), ("单篇最大重复字数", c["single"]),
            ("疑似段落最大重合字数", max(d for _, d in c["parts"])), ("疑似段落最小重合字数", min(d for _, d in c["parts"])))
    right = (("总段落数", len(c["parts"])), ("疑似段落数", sum(1 for _, d in c["parts"] if d)),
             ("前部重合字数", c["dup"] // 3), ("后部重合字数", c["dup"] - c["dup"] // 3))
    for i, (k, v) in enumerate(left):
        s.text(x + 12, y, f"{k}：[{_n(v)}]", 9.5)
        if i < len(right):
            s.text(x + 250, y, f"{right[i][0]}：[{_n(right[i][1])}]", 9.5)
        y += 17
    s.text(x + 12, y + 6, "指标：疑似剽窃观点  疑似剽窃文字表述  疑似整体剽窃  过度引用", 9.5)
    s.text(x + 12, y + 24, "表格：0    公式：0    疑似文字的图片：0    脚注与尾注：0", 9.5)
    y += 52
    for i, (w, d) in enumerate(c["parts"], 1):
        r = f"{_pct(d, w):.1f}%（{_n(d)}）"
        s.text(x + 12, y, "——", 9)
        s.text(x + 40, y, r, 9, color=RED)
        s.text(x + 120, y, r, 9, color=RED)
        s.text(x + 200, y, f"{title}_第{i}部分（总{_n(w)}字）", 9)
        y += 17
    s.text(x + 12, y + 8, "（注释：■ 无问题部分   ■ 文字复制部分   ■ 引用部分）", 8.5, color=GREY)
    s.text(s.w / 2, s.h - 30, "- 1 -", 9, align="center")
    s = paper[1]
    y = 60
    w, d = c["parts"][0]
    s.text(x, y, f"1. {title}_第1部分", 10.5)
    s.text(s.w - x, y, f"总字数：{_n(w)}", 9.5, align="right")
    s.text(x, y + 22, "相似文献列表", 10.5)
    s.text(x, y + 42, f"{self_label}：{_pct(d, w):.1f}%（{_n(d)}）   文字复制比：{_pct(d, w):.1f}%（{_n(d)}）"
                      f"   疑似剽窃观点：（0）", 9)
    y += 64
    for j in range(rng.randint(2, 4)):
        src = top if j == 0 else _source(rng, title, p["name"])
        share = c["single"] if j == 0 else rng.randint(30, max(31, c["single"] // 2))
        s.text(x, y, f"{j + 1}  {src[0]}", 9.5)
        s.text(s.w - x, y, f"{_pct(share, c['words']):.1f}%（{_n(share)}）", 9, align="right", color=RED)
        s.text(x + 14, y + 15, f"{src[1]} - 《{src[2]}》- {src[3]}", 8.5, color=GREY)
        s.text(s.w - x, y + 15, "是否引证：否", 8.5, align="right", color=GREY)
        y += 36
    s.text(x, y + 4, "原文内容", 10.5)
    y = s.para(x, y + 24, "".join(rng.sample(SENT, 4)) + "".join(rng.sample(SENT, 3)), s.w - 2 * x, 9.5, leading=1.7)
    s.line(x, y + 10, s.w - x, y + 10, width=0.4)
    y += 28
    s.text(x, y, "说明：", 8.5)
    for note in NOTES:
        y = s.para(x, y + 14, note, s.w - 2 * x, 8.5, leading=1.5) - 14
    s.text(x, y + 34, "amlc@cnki.net", 8.5, color=GREY)
    s.text(s.w / 2, y + 34, "http://check.cnki.net/", 8.5, align="center", color=GREY)
    s.text(s.w / 2, s.h - 30, "- 2 -", 9, align="center")
    truth = {"title": title, "author": p["name"], "checked_at": day, **{k: num(f"{v:.1f}") for k, v in ratios.items()}}
    return Drawn(paper, truth, day, producer="CNKI AMLC")
