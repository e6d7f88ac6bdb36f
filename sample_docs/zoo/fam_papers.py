"""Journal first pages and CNKI 文本复制检测报告单 families.

Papers (text layer unless said): the journal's header line is what proves
journal, ISSN, CN and the issue —
* pap_header_issue — "环境工程  2021年第8期  ISSN 1000-8942  CN 11-2097/X" on
  one line (monthly journals only, so 第8期 is August);
* pap_volume_month — "第40卷 第8期 … 2021年8月" left, the journal right, ISSN/CN
  in the first-page footer next to 收稿日期 (a distracting date);
* pap_english_header — "Vol.40 No.8 Aug. 2021" with the Chinese title line,
  文章编号 "1000-8942(2021)08-0045-05";
* pap_scan — a printed first page photographed (scan).
Reports:
* cnki_amlc — AMLC (科技期刊) 全文标明引文: 篇名/作者, four ratios in a box;
* cnki_tmlc — TMLC 简洁: ratios as a two-row table (labels above values);
* cnki_pmlc — PMLC 大学生论文: 题名/作者/提交日期, ratios listed before the title;
* cnki_amlc_scan — an AMLC report printed and photographed.
"""
from __future__ import annotations

import random

from .draw import A4, Paper
from .facts import num
from .registry import Drawn, family, fdate

_MON = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()
AFFIL = ("兰州交通大学 土木工程学院，甘肃 兰州 730070", "西北民族大学 化工学院，甘肃 兰州 730030",
         "兰州新区城市发展投资集团有限公司，甘肃 兰州 730314", "甘肃省交通规划勘察设计院股份有限公司，甘肃 兰州 730030")
SENT = ("针对西北寒旱地区的工程特点，结合现场实测资料开展分析。", "结果表明，所提方法在控制变形方面效果显著。",
        "通过数值模拟与现场监测对比，验证了计算模型的可靠性。", "研究成果可为同类工程的设计与施工提供参考。",
        "试验共设置了六组工况，分别考察温度、含水率和荷载的影响。", "在此基础上提出了分阶段控制的技术措施。")


def _issue(p: dict, rng: random.Random) -> tuple[int, int, int]:
    """(year, issue, month) of the paper; the month follows from the periodicity."""
    per, y = p["issues_per_year"], p["pub_year"]
    n = rng.randint(1, per)
    month = {12: n, 24: (n + 1) // 2, 6: 2 * n, 4: 3 * n}[per]
    return y, n, month


def _truth(p: dict, y: int, m: int) -> dict:
    return {"title": p["paper_title"], "authors": ";".join(p["authors"]), "journal": p["journal"],
            "issn": p["issn"], "cn": p["cn"], "published": f"{y:04d}-{m:02d}"}


def _front(s, p: dict, rng: random.Random, y: float) -> float:
    """Title, authors, affiliation, abstract, keywords; returns y after."""
    s.para(60, y, p["paper_title"], s.w - 120, 18, leading=1.4)
    y += 18 * 1.4 * len(s.wrap(p["paper_title"], s.w - 120, 18)) + 8
    s.text(s.w / 2, y, "，".join(p["authors"]) if rng.random() < 0.5 else "  ".join(p["authors"]), 12,
           align="center")
    s.text(s.w / 2, y + 20, f"（{rng.choice(AFFIL)}）", 9, align="center")
    y = s.para(60, y + 48, "摘  要：" + "".join(rng.sample(SENT, 4)), s.w - 120, 9.5, leading=1.6)
    y = s.para(60, y + 2, "关键词：湿陷性黄土；沉降监测；数值模拟；寒旱地区", s.w - 120, 9.5)
    s.text(60, y + 2, f"中图分类号：TU{rng.randint(100, 999)}    文献标志码：A", 9.5)
    return y + 30


def _body(s, rng: random.Random, y: float) -> None:
    col = (s.w - 120 - 20) / 2
    for i, x in enumerate((60, 60 + col + 20)):
        yy = y
        text = ("0 引言" if i == 0 else "") + "".join(rng.choice(SENT) for _ in range(10))
        s.para(x, yy, text, col, 9.5, leading=1.6, indent=19)


@family("pap_header_issue", "paper", "text", "journal first page, header 'title  2021年第8期  ISSN …  CN …'")
def pap_header_issue(p: dict, rng: random.Random, face: str) -> Drawn:
    p = dict(p, issues_per_year=12)
    y, n, m = _issue(p, rng)
    paper = Paper(face, A4)
    s = paper[0]
    gap = "  " if rng.random() < 0.5 else "    "
    s.text(60, 44, f"{p['journal']}{gap}{y}年第{n}期{gap}ISSN {p['issn']}{gap}CN {p['cn']}", 9)
    s.line(60, 50, s.w - 60, 50, width=0.6)
    yy = _front(s, p, rng, 100)
    _body(s, rng, yy + 10)
    return Drawn(paper, _truth(p, y, m), f"{y}-{m:02d}-15", producer="Adobe PDF Library 15.0")


@family("pap_volume_month", "paper", "text", "first page with 第N卷 第N期 年月 header and ISSN/CN footer")
def pap_volume_month(p: dict, rng: random.Random, face: str) -> Drawn:
    y, n, m = _issue(p, rng)
    vol = y - 1978
    paper = Paper(face, A4)
    s = paper[0]
    s.text(60, 40, f"第{vol}卷 第{n}期", 9)
    s.text(60, 53, f"{y}年{m}月", 9)
    s.text(s.w - 60, 46, p["journal"], 11, align="right")
    s.line(60, 60, s.w - 60, 60, width=1.0)
    yy = _front(s, p, rng, 105)
    _body(s, rng, yy + 10)
    s.line(60, 770, 200, 770, width=0.4)
    recv = f"{y - (1 if m < 4 else 0)}-{(m - 3) % 12 + 1:02d}-{rng.randint(1, 28):02d}"
    s.text(60, 784, f"收稿日期：{recv}", 8)
    s.text(60, 797, f"作者简介：{p['authors'][0]}，工程师，主要从事工程技术研究。", 8)
    s.text(s.w - 60, 812, f"ISSN {p['issn']}  CN {p['cn']}", 8, align="right")
    return Drawn(paper, _truth(p, y, m), f"{y}-{m:02d}-20", producer="Founder PDF Library")


@family("pap_english_header", "paper", "text", "first page with 'Vol.40 No.8 Aug. 2021' and 文章编号")
def pap_english_header(p: dict, rng: random.Random, face: str) -> Drawn:
    y, n, m = _issue(p, rng)
    vol = y - 1980
    paper = Paper(face, A4)
    s = paper[0]
    s.text(60, 40, f"第{vol}卷第{n}期", 9)
    s.text(s.w / 2, 40, p["journal"], 9, align="center")
    s.text(s.w - 60, 40, f"Vol.{vol} No.{n}", 9, align="right")
    s.text(60, 53, f"{y}年{m}月", 9)
    s.text(s.w - 60, 53, f"{_MON[m - 1]} {y}", 9, align="right")
    s.line(60, 58, s.w - 60, 58, width=0.6)
    s.text(60, 78, f"文章编号：{p['issn']}({y}){n:02d}-{rng.randint(10, 120):04d}-{rng.randint(4, 8):02d}", 8.5)
    s.text(s.w - 60, 78, f"ISSN {p['issn']} / CN {p['cn']}", 8.5, align="right")
    yy = _front(s, p, rng, 115)
    _body(s, rng, yy + 10)
    return Drawn(paper, _truth(p, y, m), f"{y}-{m:02d}-10", producer="Acrobat Distiller 10.0")


@family("pap_scan", "paper", "scan", "a printed journal first page photographed")
def pap_scan(p: dict, rng: random.Random, face: str) -> Drawn:
    y, n, m = _issue(p, rng)
    paper = Paper(face, A4)
    s = paper[0]
    s.text(60, 46, f"{p['journal']}", 10.5)
    s.text(s.w - 60, 46, f"{y}年{m}月 第{n}期", 10.5, align="right")
    s.line(60, 54, s.w - 60, 54, width=0.8)
    yy = _front(s, p, rng, 105)
    _body(s, rng, yy + 10)
    s.text(s.w / 2, 812, f"ISSN {p['issn']}    CN {p['cn']}", 9, align="center")
    return Drawn(paper, _truth(p, y, m), f"{y}-{m:02d}-10", dpi=130)


# --------------------------------------------------------------------------
# CNKI reports
# --------------------------------------------------------------------------

def _ratios(rng: random.Random) -> dict:
    total = round(rng.uniform(2, 38), 1)
    refs = round(total * rng.uniform(0.55, 1.0), 1)
    self_ = round(total * rng.uniform(0.8, 1.0), 1)
    single = round(min(total, rng.uniform(0.8, 9.5)), 1)
    return {"ratio_total": total, "ratio_excl_refs": refs, "ratio_excl_self": self_, "ratio_max_single": single}


def _ratio_truth(r: dict) -> dict:
    return {k: num(f"{v:.1f}") for k, v in r.items()}


def _when(p: dict, rng: random.Random) -> tuple[str, str]:
    y = p["pub_year"] - rng.choice((0, 1))
    d = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return d, f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _report_no(kind: str, day: str, rng: random.Random) -> str:
    return f"{kind}{day[:4]}R_{day.replace('-', '')}{rng.randrange(10**9):09d}"


def _cnki(p: dict, rng: random.Random, face: str, kind: str) -> Drawn:
    r = _ratios(rng)
    day, clock = _when(p, rng)
    paper = Paper(face, A4)
    s = paper[0]
    title = {"ADBD": "文本复制检测报告单(全文标明引文)", "TMLC": "文本复制检测报告单(简洁)",
             "PMLC": "文本复制检测报告单(全文对照)"}[kind]
    s.text(s.w / 2, 60, title, 16, align="center")
    s.text(60, 88, f"№:{_report_no(kind, day, rng)}", 9)
    s.text(s.w - 60, 88, f"检测时间:{day} {clock}", 9, align="right")
    truth = {"title": p["paper_title"], "author": p["name"], "checked_at": day, **_ratio_truth(r)}
    lab = {"ratio_total": "总文字复制比", "ratio_excl_refs": "去除引用文献复制比",
           "ratio_excl_self": "去除本人文献复制比", "ratio_max_single": "单篇最大文字复制比"}
    if kind == "ADBD":
        y = 120
        for k, v in (("篇名", p["paper_title"]), ("作者", p["name"]), ("检测机构", "兰州新区人力资源和社会保障局"),
                     ("检测范围", "中国学术期刊网络出版总库 等")):
            s.text(60, y, f"{k}：{v}", 10.5)
            y += 20
        s.box(60, y, s.w - 60, y + 72, width=0.8)
        s.text(72, y + 22, f"{lab['ratio_excl_refs']}：{r['ratio_excl_refs']:.1f}%", 10.5)
        s.text(300, y + 22, f"{lab['ratio_excl_self']}：{r['ratio_excl_self']:.1f}%", 10.5)
        s.text(72, y + 44, f"{lab['ratio_max_single']}：{r['ratio_max_single']:.1f}%", 10.5)
        s.text(300, y + 44, f"重复字数：[{rng.randint(100, 3000)}]", 10.5)
        s.text(72, y + 64, f"{lab['ratio_total']}：{r['ratio_total']:.1f}%", 10.5)
        s.text(300, y + 64, f"总字数：[{rng.randint(4000, 12000)}]", 10.5)
        y += 100
    elif kind == "TMLC":
        y = 120
        s.text(60, y, f"检测文献：{p['paper_title']}", 10.5)
        s.text(60, y + 20, f"作者：{p['name']}", 10.5)
        keys = ("ratio_total", "ratio_excl_refs", "ratio_excl_self", "ratio_max_single")
        wd = [(s.w - 120) / 4] * 4
        y = s.table(60, y + 36, wd, [[lab[k] for k in keys], [f"{r[k]:.1f}%" for k in keys]], 9.5, min_h=26,
                    align=["center"] * 4)
        y += 20
    else:
        y = 120
        for k in ("ratio_excl_refs", "ratio_excl_self", "ratio_max_single", "ratio_total"):
            s.text(60, y, f"{lab[k]}：{r[k]:.1f}%", 10.5)
            y += 18
        s.text(60, y + 10, f"题名：{p['paper_title']}", 10.5)
        s.text(60, y + 30, f"作者：{p['name']}          指导教师：{p['principal']}", 10.5)
        s.text(60, y + 50, f"提交日期：{fdate(day, 'cn0')[0]}", 10.5)
        y += 80
    s.line(60, y, s.w - 60, y, width=0.5)
    s.para(60, y + 20, "指标是由系统根据《学术论文不端行为的界定标准》自动生成的。红色文字表示文字复制部分；"
                       "绿色文字表示引用部分。", s.w - 120, 9)
    for i in range(5):
        s.para(60, y + 70 + i * 48, "".join(rng.sample(SENT, 3)), s.w - 120, 9.5)
    return Drawn(paper, truth, day, producer="CNKI AMLC")


@family("cnki_amlc", "plagiarism_report", "text", "CNKI AMLC 文本复制检测报告单(全文标明引文)")
def cnki_amlc(p: dict, rng: random.Random, face: str) -> Drawn:
    return _cnki(p, rng, face, "ADBD")


@family("cnki_tmlc", "plagiarism_report", "text", "CNKI TMLC 文本复制检测报告单(简洁), ratios as a table")
def cnki_tmlc(p: dict, rng: random.Random, face: str) -> Drawn:
    return _cnki(p, rng, face, "TMLC")


@family("cnki_pmlc", "plagiarism_report", "text", "CNKI PMLC 大学生论文 报告单, ratios before the title")
def cnki_pmlc(p: dict, rng: random.Random, face: str) -> Drawn:
    return _cnki(p, rng, face, "PMLC")


@family("cnki_amlc_scan", "plagiarism_report", "scan", "an AMLC report printed and photographed")
def cnki_amlc_scan(p: dict, rng: random.Random, face: str) -> Drawn:
    d = _cnki(p, rng, face, "ADBD")
    d.dpi = 135
    return d


@family("pap_info_box", "paper", "text", "first page with the journal's ruled info box (刊名/卷期/年月/ISSN/CN)")
def pap_info_box(p: dict, rng: random.Random, face: str) -> Drawn:
    y, n, m = _issue(p, rng)
    paper = Paper(face, A4)
    s = paper[0]
    s.box(60, 30, 250, 96, width=0.6)
    s.text(70, 48, p["journal"], 10.5)
    s.text(70, 64, f"{y}年{m}月 第{y - 1985}卷 第{n}期", 9)
    s.text(70, 78, f"ISSN：{p['issn']}", 9)
    s.text(70, 91, f"CN：{p['cn']}", 9)
    s.text(s.w - 60, 60, f"DOI:10.{rng.randint(13000, 19999)}/j.cnki.{rng.randint(1000, 9999)}", 8, align="right")
    yy = _front(s, p, rng, 130)
    _body(s, rng, yy + 10)
    return Drawn(paper, _truth(p, y, m), f"{y}-{m:02d}-05", producer="PDFlib+PDI 9.0.7")


@family("cnki_amlc_oneline", "plagiarism_report", "text", "AMLC report with 篇名/作者 on one line and 检测日期 in 年月日")
def cnki_amlc_oneline(p: dict, rng: random.Random, face: str) -> Drawn:
    r = _ratios(rng)
    day, clock = _when(p, rng)
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 56, "中国知网 科技期刊学术不端文献检测系统", 11, align="center")
    s.text(s.w / 2, 82, "文本复制检测报告单", 17, align="center")
    s.text(60, 116, f"篇名：{p['paper_title']}", 10.5)
    s.text(60, 136, f"作者：{p['name']}", 10.5)
    s.text(300, 136, f"检测日期：{fdate(day, 'cn0')[0]}", 10.5)
    rows = [["去除引用文献复制比", f"{r['ratio_excl_refs']:.1f}%", "去除本人文献复制比", f"{r['ratio_excl_self']:.1f}%"],
            ["总文字复制比", f"{r['ratio_total']:.1f}%", "单篇最大文字复制比", f"{r['ratio_max_single']:.1f}%"]]
    y = s.table(60, 150, [120, 80, 120, s.w - 120 - 320], rows, 10, min_h=26)
    for i in range(6):
        s.para(60, y + 40 + i * 46, "".join(rng.sample(SENT, 3)), s.w - 120, 9.5)
    truth = {"title": p["paper_title"], "author": p["name"], "checked_at": day, **_ratio_truth(r)}
    return Drawn(paper, truth, day, producer="CNKI AMLC")
