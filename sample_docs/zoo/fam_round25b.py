"""Twenty-fifth round of held-out families, part b (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers. Modelled on what applicants for a 职称 in 兰州新区 upload.

Papers:
* pap_wanfang_watermark_download — the article as a PDF DOWNLOADED from a full-text database
  (万方数据, 维普资讯 or 超星期刊) (text): the publisher's typeset first page — a journal header in
  one of three designs (two rows '第39卷 第6期 | 刊名 | Vol.39 No.6' over '2021年6月 | English name |
  Jun. 2021'; one line '刊名  2021年第6期' (or '2021年6月  第6期') with '· 45 ·'; or the name in a
  shaded box with '2021年第6期' / 'ISSN …' / 'CN …' at the right), the 栏目 on some, the title, the
  byline with superscript numbers (pictures), the affiliations '（1. 兰州交通大学 土木工程学院，甘肃 兰州
  730070；2. …）', 摘要, 关键词, '中图分类号：TU444  文献标志码：A  文章编号：1004-0366(2021)06-0045-06' on
  some, the English title and abstract on some, the body from '0 引言' in two columns, and the first
  column's footnote (收稿日期 / 修回日期, 基金项目, 作者简介 of the first author with birth year: dates
  that are distractors) — and over it what the DATABASE adds: a DIAGONAL TEXT WATERMARK repeated
  across the page in light grey, turned 30-45° ('万方数据' / 'WANFANG DATA', '维普资讯 www.cqvip.com',
  or the downloading institution's name with the download time '兰州交通大学图书馆 2023-05-12
  10:23:45'), drawn as REAL TEXT in the text layer (written after the page on most seeds, under
  it on some), and a small banner in the top or bottom margin ('万方数据  http://www.wanfangdata.com.cn
  下载时间：2023-05-12 10:23:45' / '维普资讯 http://www.cqvip.com'). Truth: the paper's fields as the
  JOURNAL prints them: title, authors, journal, published (the issue's month: '2021年6月', or
  '2021年第6期' for a monthly), ISSN / CN only where this page prints them (header, 文章编号 or the
  foot); never the database's download date or name.
* pap_ieee_conference_english — an ENGLISH conference paper by Chinese authors in the IEEE
  two-column format (IEEE Xplore download, text): US Letter, the title centred in large type, the
  byline either in IEEE author blocks side by side (name in pinyin, given name first;
  department, university, 'Lanzhou, China', e-mail; three at most) or as one centred line with
  superscript numbers (pictures) and numbered affiliations under it; then two columns: 'Abstract—…' in bold, 'Index Terms—…' (or 'Keywords—…'), 'I.
  INTRODUCTION' and the body; the first column's foot '978-1-6654-XXXX-X/22/$31.00 ©2022 IEEE';
  the Xplore stamp up the LEFT MARGIN (turned 90°) or across the foot: '2022 7th International
  Conference on … (ICITBS) | 978-1-6654-… | DOI: 10.1109/ICITBS55627.2022.00012', and on most
  'Authorized licensed use limited to: Lanzhou Jiaotong University. Downloaded on May 05,2023 at
  02:14:31 UTC from IEEE Xplore.  Restrictions apply.' (a distractor date) at the bottom; on some a
  running head over the title naming the conference with its dates ('ICITBS 2022, 18-20 March 2022,
  Lanzhou, China'). No Chinese, no ISSN, no CN. Truth, following pap_sci_elsevier_pinyin (round
  22b): title in English; authors in PINYIN exactly as printed (given name first, 'Jianjun Li'),
  joined by ';'; journal = the proceedings' name as the Xplore stamp prints it, with the
  acronym in brackets ('2022 7th International Conference on … (ICITBS)'); published = the
  conference's year-month, ONLY where the running head prints its dates (the '©2022' gives no
  month); no issn / cn.
Diploma:
* dip_steel_seal_over_text — a 2000s-2010s 普通高等学校毕业证书 inner page (landscape: '毕业证书',
  the photo, '学生 X ，性别 X ，一九八三年五月十二日生，于二〇〇一年九月至二〇〇五年七月在本校 X 专业四年制本科
  学习，修完教学计划规定的全部课程，成绩合格，准予毕业。', 校名 with the red ink seal over it, 校（院）长 with a
  signature, the date, 证书编号 of 18 digits, the 学信网 line after 2007) scanned in colour on a
  flatbed (scan): the EMBOSSED STEEL SEAL (钢印: a colourless raised ring with the school's name
  along the arc and a star, no ink) pressed over a corner of the photo AND over part of the text —
  the first prose lines (学生 X，性别 X，…生) beside the photo's top corner, or the 落款 lines (the
  date, the 证书编号) beside or under the photo's bottom corner — seen only as RELIEF: the scanner's
  lamp rakes across it, so each raised edge has a light side and a dark side, with a shallow dish
  round the ring. Truth: only fields a person can read. Decided by measuring, not by position: the
  relief's shading (the relative change of brightness it causes) is computed on the flat page at
  the drawing resolution, and a character is illegible where more than a quarter of its box is
  changed by more than 30 % (the seal's letters and ring then cross its strokes with light and
  dark edges as strong as the ink); a field with ANY illegible character is left out (a
  certificate number with one digit lost is no number). The seal is placed again (up to 40 tries)
  until the holder's name stays legible; the school stays in the truth when the 校名 line or the
  red seal's ring can be read.
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import cv2
import numpy as np
import pymupdf
from pathlib import Path

from sample_docs.render.degrade import render_pages_to_pdf

from . import fonts
from .draw import A4, Paper, Sheet, _seal_pixmap
from .facts import redate
from .fam_round7 import AFF7, KEYW7, PINYIN, _byline, _english_title, _sup_pic
from .fam_round8 import EN_NAME
from .fam_round12 import EN_SENT, _latin, _pinyin
from .fam_round13 import _guilloche
from .fam_round19b import _signature
from .fam_round20b import BIO20, FUND20, SENT20, _jpeg, _over, _rgb, _Shot, _smooth
from .fam_round24b import _char_boxes, _field_boxes
from .registry import Drawn, family, fdate, hz_num

GREY = (0.35, 0.35, 0.35)
LIGHT = (0.55, 0.55, 0.55)
BLUE = (0.0, 0.3, 0.6)
MON25 = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()
MONTHS25 = "January February March April May June July August September October November December".split()
CLC25 = ("TU444", "X703", "U416.217", "TU991.3", "TM615", "X705", "TV671", "TU317", "U455.4", "TU528")


def _with_face(s: Sheet, face: str):
    """Switch the sheet's face; returns the previous font to restore."""
    old = s.paper.font
    if fonts.path_of(face) is not None:
        s.paper.font = fonts.font(face)
    return old


def _month_of(per: int, n: int) -> int:
    return {12: n, 24: (n + 1) // 2, 6: 2 * n, 4: 3 * n}[per]


def _watermark(s: Sheet, text: str, size: float, grey: float, angle: float, dx: float, dy: float,
               rng: random.Random) -> None:
    """The database's diagonal watermark: the same words repeated on a staggered grid, each turned by
    ``angle`` degrees about its centre, drawn as text (it lands in the text layer)."""
    s.flush()
    W, H = s.w, s.h
    wd = s.width(text, size)
    ox, oy = rng.uniform(-40, 20), rng.uniform(30, 90)
    row = 0
    y = oy
    while y < H + 60:
        x = ox + (dx / 2 if row % 2 else 0.0)
        while x < W + 60:
            tw = pymupdf.TextWriter(s.page.rect, color=(grey, grey, grey))
            px = x - wd / 2
            for ch in text:
                if ch != " ":
                    tw.append((px, y + size * 0.35), ch, font=s._font_for(ch), fontsize=size)
                px += s._adv(ch, size)
            tw.write_text(s.page, morph=(pymupdf.Point(x, y), pymupdf.Matrix(-angle)))
            x += dx
        y += dy
        row += 1


# --------------------------------------------------------------------------
# a journal article downloaded from 万方 / 维普 / 超星 with the database's watermark (text)
# --------------------------------------------------------------------------

DB25 = (("万方数据", ("万方数据", "WANFANG DATA"), "http://www.wanfangdata.com.cn"),
        ("维普资讯", ("维普资讯 www.cqvip.com", "维普资讯"), "http://www.cqvip.com"),
        ("超星期刊", ("超星期刊", "CHAOXING"), "http://qikan.chaoxing.com"))
INST25 = ("兰州交通大学图书馆", "兰州理工大学", "甘肃省图书馆", "兰州大学图书馆", "兰州新区城市发展投资集团有限公司",
          "西北民族大学图书馆", "甘肃省交通规划勘察设计院股份有限公司")
PRODUCERS25 = ("iTextSharp 5.5.13 ©2000-2019 iText Group NV (AGPL-version)", "PDFlib+PDI 9.0.7p3 (Win32)",
               "Apache PDFBox", "iText 2.1.7 by 1T3XT")


@family("pap_wanfang_watermark_download", "paper", "text",
        "journal article first page as DOWNLOADED from 万方数据 / 维普资讯 / 超星期刊: the publisher's typeset page (header "
        "'第39卷 第6期 | 刊名 | Vol.39 No.6' over '2021年6月 | English | Jun. 2021', or '刊名 2021年第6期 · 45 ·', or the name in "
        "a shaded box with 年第N期 / ISSN / CN), title, byline with superscript numbers, affiliations, 摘要, 关键词, 中图分类号 / "
        "文献标志码 / 文章编号 on some, English abstract on some, two-column body, footnote 收稿日期 / 基金项目 / 作者简介; with "
        "the database's DIAGONAL repeated TEXT WATERMARK ('万方数据' / 'WANFANG DATA' or the institution and download time, "
        "light grey, 30-45°) in the text layer and its banner with the URL and 下载时间 in the margin")
def pap_wanfang_watermark_download(p: dict, rng: random.Random, face: str) -> Drawn:
    j, per, names = p["journal"], p["issues_per_year"], p["authors"]
    y = p["pub_year"]
    n = p["issue"]
    m = _month_of(per, n)
    vol = y - rng.choice((1975, 1980, 1985, 1990, 1995))
    page_no = rng.randint(12, 160)
    npages = rng.randint(4, 8)
    recv = date(y, m, 1) - timedelta(days=rng.randint(90, 300))
    dl = date(rng.randint(max(y + 1, 2021), 2024), rng.randint(1, 12), rng.randint(1, 28))
    dl_s = f"{dl.isoformat()} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    db, words, url = rng.choice(DB25)
    paper = Paper(face, A4)
    s = paper[0]
    cjk = paper.font
    latin = _latin(cjk)
    W, H = A4
    x0, x1 = rng.uniform(52, 62), W - rng.uniform(52, 62)
    under = rng.random() < 0.3      # the watermark written before the page's text (under it)
    wm_text = rng.choice(words) if rng.random() < 0.6 else f"{rng.choice(INST25)} {dl_s[:16]}"
    wm = dict(size=rng.uniform(26, 40), grey=rng.uniform(0.82, 0.9), angle=rng.uniform(30, 45),
              dx=rng.uniform(190, 260), dy=rng.uniform(150, 210))
    # a long institution-and-time line is set smaller and spaced wider, so that the copies do not touch
    unit_w = s.width(wm_text, 1.0)
    if unit_w * wm["size"] > 0.9 * wm["dx"]:
        wm["dx"] = min(max(wm["dx"], unit_w * 18 / 0.9), 420.0)
        wm["size"] = max(min(wm["size"], 0.9 * wm["dx"] / unit_w), 12.0)
        wm["dy"] = max(wm["dy"], 170.0)
    if under:
        _watermark(s, wm_text, rng=rng, **wm)
    printed: dict = {}
    issue_cn = f"{y}年第{n}期" if per == 12 else f"{y}年{m}月"
    head = rng.choice(("rows", "line", "box"))
    top = 48.0
    if head == "rows":
        s.text(x0, top, f"第{vol}卷 第{n}期", 9)
        s.text(W / 2, top, j, 10.5, align="center", track=1.5)
        paper.font = latin
        s.text(x1, top, f"Vol.{vol} No.{n}", 9, align="right")
        paper.font = cjk
        s.text(x0, top + 14, f"{y}年{m}月", 9)
        paper.font = latin
        s.text(W / 2, top + 14, EN_NAME.get(j, "Journal"), 8, align="center")
        s.text(x1, top + 14, f"{MON25[m - 1]} {y}", 9, align="right")
        paper.font = cjk
        s.line(x0, top + 20, x1, top + 20, width=1.2)
        s.line(x0, top + 22.5, x1, top + 22.5, width=0.4)
        yy = top + 42
    elif head == "line":
        s.text(x0, top, f"{j}  {issue_cn}" + (f"  第{n}期" if per != 12 else ""), 9)
        s.text(x1, top, f"· {page_no} ·", 9, align="right")
        s.line(x0, top + 5, x1, top + 5, width=0.6)
        yy = top + 30
    else:
        s.box(x0, top - 20, x0 + 220, top + 14, width=0, fill=rng.choice((0.82, 0.86, 0.9)))
        old = _with_face(s, "hei")
        s.text(x0 + 10, top + 3, j, 15 if len(j) < 9 else 12)
        s.paper.font = old
        s.text(x1, top - 10, issue_cn + (f" 第{n}期" if per != 12 else ""), 9, align="right")
        s.text(x1, top + 2, f"ISSN {p['issn']}", 8, align="right")
        s.text(x1, top + 13, f"CN {p['cn']}", 8, align="right")
        printed.update(issn=p["issn"], cn=p["cn"])
        s.line(x0, top + 19, x1, top + 19, width=0.8)
        yy = top + 42
    if rng.random() < 0.4:
        s.text(x0, yy - 6, f"【{rng.choice(('试验研究', '工程技术', '研究与探讨', '设计与施工'))}】", 9)
        yy += 10
    old = _with_face(s, rng.choice(("hei", "song")))
    for line in s.wrap(p["paper_title"], x1 - x0 - 40, 19):
        s.text(W / 2, yy, line, 19, align="center")
        yy += 27
    s.paper.font = old
    affs = rng.sample(AFF7, min(len(names), rng.randint(1, 2)))
    marks = [str(1 + (i % len(affs))) if len(affs) > 1 else "" for i in range(len(names))]
    if len(affs) > 1:
        marks[0] = "1"
    fs = rng.choice(("kai", "fang", "song"))
    old = _with_face(s, fs)
    _byline(s, W / 2, yy + 4, names, [mk + ("*" if i == 0 and rng.random() < 0.3 else "")
                                      for i, mk in enumerate(marks)], 12, rng.choice(("，", "  ")), 7)
    s.paper.font = old
    yy += 22
    aff = "；".join((f"{i + 1}. " if len(affs) > 1 else "") + a[0] for i, a in enumerate(affs))
    for line in s.wrap(f"（{aff}）", x1 - x0 - 40, 8.5):
        s.text(W / 2, yy, line, 8.5, align="center")
        yy += 13
    yy += 8
    ind = 20.0
    abstract = "".join(rng.sample(SENT20, 5))
    old = _with_face(s, "hei")
    s.text(x0 + ind, yy, "摘　要：", 9)
    s.paper.font = old
    yy = s.para(x0 + ind, yy, abstract, x1 - x0 - 2 * ind, 9, leading=1.6, indent=s.width("摘　要：", 9))
    old = _with_face(s, "hei")
    s.text(x0 + ind, yy, "关键词：", 9)
    s.paper.font = old
    s.text(x0 + ind + s.width("关键词：", 9), yy, "；".join(rng.sample(KEYW7, 4)), 9)
    yy += 15
    if rng.random() < 0.7:
        line = f"中图分类号：{rng.choice(CLC25)}    文献标志码：A"
        if rng.random() < 0.6:
            line += f"    文章编号：{p['issn']}({y}){n:02d}-{page_no:04d}-{npages:02d}"
            printed["issn"] = p["issn"]
        s.text(x0 + ind, yy, line, 8.5)
        yy += 16
    if rng.random() < 0.5:          # the English title and abstract
        paper.font = latin
        yy += 4
        for line in s.wrap(_english_title(p["paper_title"]), x1 - x0 - 60, 11):
            s.text(W / 2, yy, line, 11, align="center")
            yy += 14
        order = rng.choice(("given", "family"))
        s.text(W / 2, yy, ", ".join(_pinyin(nm, order) for nm in names), 9, align="center")
        yy += 12
        yy = s.para(x0 + ind, yy + 2, "Abstract: " + " ".join(rng.sample(EN_SENT, 4)), x1 - x0 - 2 * ind, 8.2,
                    leading=1.4)
        s.text(x0 + ind, yy, "Key words: " + "; ".join(rng.sample(("loess", "settlement", "field monitoring",
                                                                     "numerical simulation", "cold region",
                                                                     "freeze-thaw"), 4)), 8.2)
        yy += 12
        paper.font = cjk
    # the body in two columns, the first column's foot holding the 收稿日期 footnote
    yy += 10
    gap = 16.0
    col = (x1 - x0 - gap) / 2
    foot_lines = [f"收稿日期：{recv.isoformat()}" + (f"；修回日期：{(recv + timedelta(days=rng.randint(20, 80))).isoformat()}"
                                                if rng.random() < 0.6 else "")]
    if rng.random() < 0.7:
        foot_lines.append(f"基金项目：{rng.choice(FUND20)}（{rng.randint(18, 22)}JR{rng.randint(1, 9)}RA{rng.randint(100, 999)}）")
    by = date.fromisoformat(p["birth_date"]).year
    handle = PINYIN.get(names[0], "author").replace(" ", "").lower()
    foot_lines.append(f"作者简介：{names[0]}（{by}—），{p['gender']}，甘肃兰州人，{rng.choice(('工程师', '高级工程师', '讲师'))}，"
                      f"{rng.choice(('硕士', '学士', '博士'))}，主要从事{rng.choice(BIO20)}研究。E-mail：{handle}@163.com")
    fl = [ln for t in foot_lines for ln in s.wrap(t, col, 7.5)]
    foot_y = H - 64 - 11 * len(fl)
    foot_issn = "issn" not in printed and rng.random() < 0.4
    ty = yy
    for ci in range(2):
        cx = x0 + ci * (col + gap)
        ty = yy
        if ci == 0:
            old = _with_face(s, "hei")
            s.text(cx, ty, "0  引言", 10.5)
            s.paper.font = old
            ty += 18
        bottom = foot_y - 10 if ci == 0 else H - 70
        for line in s.wrap("".join(rng.choice(SENT20) for _ in range(40)), col, 9.2, first=18.4):
            if ty > bottom:
                break
            s.text(cx, ty, line, 9.2)
            ty += 15
    s.line(x0, foot_y, x0 + 80, foot_y, width=0.5)
    fy = foot_y + 11
    for ln in fl:
        s.text(x0, fy, ln, 7.5)
        fy += 11
    if foot_issn:
        s.text(W / 2, H - 44, f"ISSN {p['issn']}   CN {p['cn']}", 8, align="center")
        printed.update(issn=p["issn"], cn=p["cn"])
    # the database's banner, in the top or the bottom margin
    paper.font = cjk
    banner = f"{db}  {url}" + (f"  下载时间：{dl_s}" if db != "维普资讯" or rng.random() < 0.5 else "")
    if rng.random() < 0.5:
        s.text(x0, 20, banner, 7.5, color=LIGHT)
    else:
        s.text(x1, H - 18, banner, 7.5, align="right", color=LIGHT)
    if not under:
        _watermark(s, wm_text, rng=rng, **wm)
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": j,
             "published": f"{y}-{m:02d}", **printed}
    return Drawn(paper, truth, dl.isoformat(), producer=rng.choice(PRODUCERS25))


# --------------------------------------------------------------------------
# an English IEEE conference paper by Chinese authors, from IEEE Xplore (text)
# --------------------------------------------------------------------------

LETTER = (612.0, 792.0)
DEJAVU25 = "/usr/share/fonts/truetype/dejavu/"
# the conference's name (after '2022 7th'), its acronym, an IEEE prefix, where it met
CONF25 = (("International Conference on Intelligent Transportation, Big Data & Smart City", "ICITBS", False,
           "Hengyang, China"),
          ("International Conference on Power, Intelligent Computing and Systems", "ICPICS", True, "Shenyang, China"),
          ("International Conference on Smart Grid and Electrical Automation", "ICSGEA", False, "Kunming, China"),
          ("Asia Conference on Energy and Electrical Engineering", "ACEEE", False, "Chengdu, China"),
          ("International Conference on Civil Aviation Safety and Information Technology", "ICCASIT", True,
           "Kunming, China"),
          ("International Conference on Sensing, Measurement and Data Analytics in the era of Artificial Intelligence",
           "ICSMD", True, "Xi'an, China"),
          ("International Conference on Electrical Engineering and Control Technologies", "CEECT", False,
           "Lanzhou, China"),
          ("Information Technology and Mechatronics Engineering Conference", "ITOEC", True, "Chongqing, China"))
ORD25 = {1: "1st", 2: "2nd", 3: "3rd"}
# department, organisation, city, mail host
AFF25 = (("School of Civil Engineering", "Lanzhou Jiaotong University", "Lanzhou, China", "lzjtu.edu.cn"),
         ("School of Environmental and Municipal Engineering", "Lanzhou Jiaotong University", "Lanzhou, China",
          "mail.lzjtu.cn"),
         ("School of Automation and Electrical Engineering", "Lanzhou Jiaotong University", "Lanzhou, China",
          "lzjtu.edu.cn"),
         ("College of Energy and Power Engineering", "Lanzhou University of Technology", "Lanzhou, China", "lut.edu.cn"),
         ("Engineering Technology Department", "Lanzhou New Area Urban Development Investment Group Co., Ltd.",
          "Lanzhou, China", "163.com"),
         ("Bridge Design Institute", "Gansu Province Transportation Planning, Survey & Design Institute Co., Ltd.",
          "Lanzhou, China", "126.com"))
TERMS25 = ("loess foundation", "settlement prediction", "finite element method", "field monitoring", "cold region",
           "freeze-thaw cycles", "utility tunnel", "asphalt pavement", "reclaimed water", "power quality",
           "distributed photovoltaics", "deep learning")
BODY25 = EN_SENT + ("In recent years, large-scale infrastructure has been built in the arid regions of Northwest China.",
                    "However, few studies have considered the coupled effect of temperature and moisture.",
                    "The rest of this paper is organized as follows.",
                    "Section II describes the test site and the monitoring scheme.",
                    "Section III presents the numerical model and its parameters.",
                    "The relative error between the predicted and measured values is less than 8%.",
                    "Therefore, a simplified method is proposed for engineering practice.")


def _dv(name: str, default: pymupdf.Font) -> pymupdf.Font:
    f = Path(DEJAVU25 + name)
    return pymupdf.Font(fontfile=str(f)) if f.is_file() else default


def _isbn13(first12: str) -> str:
    c = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12)) % 10) % 10
    return f"{first12[:3]}-{first12[3]}-{first12[4:8]}-{first12[8:12]}-{c}"


def _given_first(name: str) -> str:
    py = PINYIN.get(name, name)
    if " " not in py:
        return py
    fam, given = py.split(" ", 1)
    return f"{given} {fam.capitalize()}"


def _turned_text(s: Sheet, x: float, y: float, text: str, size: float, color, angle: float) -> None:
    """One line turned by ``angle`` degrees about its start (90: reads bottom to top)."""
    s.flush()
    tw = pymupdf.TextWriter(s.page.rect, color=color)
    cx = x
    for ch in text:
        if ch != " ":
            tw.append((cx, y), ch, font=s._font_for(ch), fontsize=size)
        cx += s._adv(ch, size)
    tw.write_text(s.page, morph=(pymupdf.Point(x, y), pymupdf.Matrix(angle)))


@family("pap_ieee_conference_english", "paper", "text",
        "ENGLISH conference paper by Chinese authors in the IEEE two-column format, downloaded from IEEE Xplore: US Letter, "
        "title centred in large type, pinyin byline (given name first) in IEEE author blocks (department, university, "
        "'Lanzhou, China', e-mail) or one line with superscript numbers and numbered "
        "affiliations, 'Abstract—…' in bold, 'Index Terms—…', 'I. INTRODUCTION', '978-1-6654-XXXX-X/22/$31.00 ©2022 IEEE' "
        "in the first column's foot, the Xplore stamp '2022 7th International Conference on … (ICITBS) | ISBN | DOI: "
        "10.1109/…' up the left margin or across the foot, 'Authorized licensed use limited to: … Downloaded on …' "
        "at the bottom; a running head with the conference's dates on some (published only there)")
def pap_ieee_conference_english(p: dict, rng: random.Random, face: str) -> Drawn:
    names = p["authors"]
    y = min(max(p["pub_year"], 2019), 2023)
    cname, acr, ieee, city = rng.choice(CONF25)
    nth = rng.randint(2, 9)
    proceedings = f"{y} {'IEEE ' if ieee else ''}{ORD25.get(nth, f'{nth}th')} {cname} ({acr})"
    month = rng.randint(3, 12)
    d1 = rng.randint(1, 24)
    isbn = _isbn13(("97817281" if y <= 2020 else "97816654") + f"{rng.randint(1000, 9999)}")
    doi = (f"10.1109/{acr}{rng.randint(50000, 59999)}.{y}." +
           (f"{rng.randint(1, 400):05d}" if rng.random() < 0.5 else f"{rng.randint(9000000, 9999999)}"))
    dl = date(min(y + rng.randint(0, 2), 2024), rng.randint(1, 12), rng.randint(1, 28))
    bys = [_given_first(n) for n in names]
    title = _english_title(p["paper_title"])
    paper = Paper(face, LETTER)
    s = paper[0]
    cjk = paper.font
    roman = _latin(cjk)
    bold, italic, bital = (_dv("DejaVuSerifCondensed-Bold.ttf", roman), _dv("DejaVuSerifCondensed-Italic.ttf", roman),
                           _dv("DejaVuSerifCondensed-BoldItalic.ttf", roman))
    paper.font = roman
    W, H = LETTER
    x0, x1 = 45.0, W - 45.0
    gap = 18.0
    col = (x1 - x0 - gap) / 2
    dated = rng.random() < 0.65
    if dated:
        paper.font = italic
        when = f"{d1}-{d1 + rng.randint(1, 3)} {MONTHS25[month - 1]} {y}"
        head = rng.choice((f"{acr} {y}, {when}, {city}",
                           f"Proceedings of the {proceedings[5:]}, {city}, {when}"))
        if s.width(head, 8) > x1 - x0:
            head = f"{acr} {y}, {when}, {city}"
        s.text(W / 2, 40, head, 8, align="center")
        paper.font = roman
    yy = 84.0
    tsize = rng.choice((22.0, 23.0, 24.0))
    for ln in s.wrap(title, x1 - x0 - 30, tsize):
        s.text(W / 2, yy, ln, tsize, align="center")
        yy += tsize * 1.15
    yy += 14
    affs = rng.sample(AFF25, min(len(names), rng.randint(1, 3)))
    which = [affs[0]] + [rng.choice(affs) for _ in names[1:]]
    if len(affs) > 1 and affs[1] not in which:
        which[-1] = affs[1]
    mails = [f"{PINYIN.get(n, 'author').replace(' ', '').lower()}{rng.choice(('', str(rng.randint(1, 99))))}@{a[3]}"
             for n, a in zip(names, which)]
    blocks = len(names) <= 3 and rng.random() < 0.6
    if blocks:
        # IEEE author blocks side by side; written line by line across the page
        cw = (x1 - x0) / len(names)
        centres = [x0 + cw * (i + 0.5) for i in range(len(names))]
        for i, (cx, nm) in enumerate(zip(centres, bys)):
            s.text(cx, yy, nm, 11, align="center")
        yy += 13
        # each block's lines stacked on their own (a wrapped department pushes only its block down)
        stacks = []
        for a, mail in zip(which, mails):
            st = []
            for r, t in enumerate((a[0], a[1], a[2], mail)):
                paper.font = italic if r < 2 else roman
                st += [(ln, paper.font) for ln in s.wrap(t, cw - 8, 10)]
            stacks.append(st)
        for k in range(max(len(st) for st in stacks)):
            for cx, st in zip(centres, stacks):
                if k < len(st):
                    paper.font = st[k][1]
                    s.text(cx, yy, st[k][0], 10, align="center")
            yy += 11.5
        paper.font = roman
    else:
        marks = [str(affs.index(a) + 1) if len(affs) > 1 else "" for a in which]
        corr = rng.randrange(len(names))
        marks = [m + ("*" if i == corr else "") for i, m in enumerate(marks)]
        _byline(s, W / 2, yy, bys, marks, 11, ", ", 7)
        yy += 15
        paper.font = italic
        for i, a in enumerate(affs):
            lead = f"{i + 1} " if len(affs) > 1 else ""
            s.text(W / 2, yy, f"{lead}{a[0]}, {a[1]}, {a[2]}", 9.5, align="center")
            yy += 11.5
        paper.font = roman
        s.text(W / 2, yy, f"*Corresponding author: {mails[corr]}", 9.5, align="center")
        yy += 11.5
    yy += 18
    # two columns: Abstract, Index Terms, I. INTRODUCTION, body
    foot = H - 72
    k = 0
    body = s.wrap(" ".join(rng.choice(BODY25) for _ in range(70)), col, 10)
    ty = yy
    paper.font = bital
    lab = "Abstract—"
    abstract = " ".join(rng.sample(EN_SENT, len(EN_SENT)))
    paper.font = bital
    x = s.text(x0, ty, lab, 9)
    paper.font = bold
    rest = s.wrap(abstract, col - (x - x0), 9)
    s.text(x, ty, rest[0], 9)
    ty += 10.5
    for ln in s.wrap(abstract[len(rest[0]):].strip(), col, 9):
        s.text(x0, ty, ln, 9)
        ty += 10.5
    ty += 4
    paper.font = bital
    lab = rng.choice(("Index Terms—", "Keywords—"))
    x = s.text(x0, ty, lab, 9)
    paper.font = bold
    terms = ", ".join(rng.sample(TERMS25, rng.randint(4, 6)))
    tl = s.wrap(terms, col - (x - x0), 9)
    s.text(x, ty, tl[0], 9)
    ty += 10.5
    for ln in s.wrap(terms[len(tl[0]):].strip(), col, 9):
        s.text(x0, ty, ln, 9)
        ty += 10.5
    paper.font = roman
    ty += 10
    s.text(x0 + col / 2, ty, "I. INTRODUCTION", 10, align="center")
    ty += 15
    for cx, top in ((x0, ty), (x0 + col + gap, yy)):
        t = top
        bottom = foot - 22 if cx == x0 else H - 60
        while t < bottom and k < len(body):
            s.text(cx, t, body[k], 10)
            t += 11.8
            k += 1
    s.text(x0, foot, f"{isbn}/{y % 100:02d}/$31.00 ©{y} IEEE", 8)
    stamp = f"{proceedings} | {isbn} | DOI: {doi}"
    if rng.random() < 0.7:
        ssize = min(7.0, 7.0 * (H - 110) / s.width(stamp, 7))
        _turned_text(s, 24, H - 80, stamp, ssize, (0.2, 0.2, 0.2), 90)
    else:
        ssize = min(7.0, 7.0 * (x1 - x0 + 40) / s.width(stamp, 7))
        s.text(W / 2, H - 34, stamp, ssize, align="center", color=(0.2, 0.2, 0.2))
    if rng.random() < 0.75:
        inst = rng.choice(("Lanzhou Jiaotong University", "Lanzhou University of Technology", "Lanzhou University"))
        s.text(W / 2, H - 14, f"Authorized licensed use limited to: {inst}. Downloaded on {MONTHS25[dl.month - 1]} "
                               f"{dl.day:02d},{dl.year} at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
                               f"{rng.randint(0, 59):02d} UTC from IEEE Xplore.  Restrictions apply.", 6.5, align="center")
    paper.font = cjk
    truth = {"title": title, "authors": ";".join(bys), "journal": proceedings}
    if dated:
        truth["published"] = f"{y}-{month:02d}"
    return Drawn(paper, truth, dl.isoformat(),
                 producer=rng.choice(("Microsoft® Word 2016; modified using iText® 5.3.5 ©2000-2012 1T3XT BVBA (SPECIMEN "
                                      "VERSION)", "pdfTeX-1.40.21; modified using iText 4.2.0 by 1T3XT",
                                      "Acrobat Distiller 19.0 (Windows); modified using iText® 7.1.1 ©2000-2018 "
                                      "iText Group NV (AGPL-version)")))


# --------------------------------------------------------------------------
# a 毕业证书 with the embossed steel seal over the photo and the text, colour flatbed scan (scan)
# --------------------------------------------------------------------------

CHSI25 = ("中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn", "学历证书查询网址：www.chsi.com.cn")


def _relief(fx: dict, k: float, shape: tuple[int, int]) -> np.ndarray:
    """The steel seal's relief as the raking lamp shows it: the relative change of brightness on the
    page (pixels at ``k`` per point; + lighter, − darker)."""
    h, w = shape
    r = fx["r"]
    pix = _seal_pixmap(round(r, 1), fx["label"], (0.0, 0.0, 0.0))
    a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., -1].astype(np.float32)
    side = max(int(round(2 * r * k)), 8)
    a = cv2.resize(a / 255.0, (side, side), interpolation=cv2.INTER_AREA)
    height = np.zeros((h, w), np.float32)
    x0, y0 = int(round((fx["cx"] - r) * k)), int(round((fx["cy"] - r) * k))
    sx0, sy0 = max(0, -x0), max(0, -y0)
    dx0, dy0 = max(0, x0), max(0, y0)
    dx1, dy1 = min(w, x0 + side), min(h, y0 + side)
    if dx1 > dx0 and dy1 > dy0:
        height[dy0:dy1, dx0:dx1] = a[sy0:sy0 + dy1 - dy0, sx0:sx0 + dx1 - dx0]
    sig = fx["soft"] * k
    height = cv2.GaussianBlur(height, (0, 0), sig)
    # the die presses a shallow dish round the ring as well
    disc = np.zeros((h, w), np.float32)
    cv2.circle(disc, (int(fx["cx"] * k), int(fx["cy"] * k)), int(r * 1.02 * k), 1.0, -1)
    height = height - fx["dish"] * cv2.GaussianBlur(disc, (0, 0), 2.2 * k)
    gx = cv2.Sobel(height, cv2.CV_32F, 1, 0, ksize=3) / 8.0
    gy = cv2.Sobel(height, cv2.CV_32F, 0, 1, ksize=3) / 8.0
    lx, ly = math.cos(fx["light"]), math.sin(fx["light"])
    # a blurred unit step's steepest slope is 1/(σ√2π) per pixel: scaled so that it shades by ``strength``
    return fx["strength"] * (gx * lx + gy * ly) * sig * math.sqrt(2 * math.pi)


def _illegible(shade: np.ndarray, k: float, boxes: list, change: float = 0.30, part: float = 0.25) -> bool:
    """A field a person cannot read: in one of its characters' boxes more than ``part`` of the pixels are
    changed by more than ``change`` by the relief."""
    h, w = shade.shape
    for x0, y0, x1, y1 in boxes:
        a, b = max(0, int(x0 * k)), min(w, int(math.ceil(x1 * k)))
        c, d = max(0, int(y0 * k)), min(h, int(math.ceil(y1 * k)))
        if b <= a or d <= c:
            continue
        if float((np.abs(shade[c:d, a:b]) > change).mean()) > part:
            return True
    return False


def _steel_shoot(paper: "_SteelPaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    k = dpi / 72.0
    card = _rgb(paper.doc[0], dpi)
    ch, cw = card.shape[:2]
    gen = np.random.default_rng(rng.getrandbits(32))
    shade = _relief(fx, k, (ch, cw))
    # the lamp's relief: light sides brighten towards white, dark sides darken (ink and paper alike)
    up = np.clip(shade, 0, None)[..., None]
    card = card + (255 - card) * up * 0.9 - card * np.clip(-shade, 0, None)[..., None] * 0.75
    card = card * (1 + 0.012 * _smooth(gen, ch, cw, 6))[..., None]
    # the flatbed: the lid's white round the sheet, the sheet at an offset and a slight angle
    H, W = int(ch + fx["pad"][1] * k), int(cw + fx["pad"][0] * k)
    lid = np.full((H, W, 3), fx["lid"], dtype=np.float32)
    ox, oy = fx["at"][0] * (W - cw), fx["at"][1] * (H - ch)
    m = cv2.getRotationMatrix2D((cw / 2, ch / 2), fx["angle"], 1.0)
    m[0, 2] += ox
    m[1, 2] += oy
    alpha = cv2.warpAffine(np.ones((ch, cw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR, borderValue=0)
    top = cv2.warpAffine(card, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    sh = cv2.GaussianBlur(np.roll(alpha, int(1.5 * k), axis=0), (0, 0), 1.2 * k)
    img = lid * (1 - 0.4 * np.clip(sh - alpha, 0, 1))[..., None]
    img = _over(img, top, alpha)
    grey = img.mean(axis=2, keepdims=True)
    img = grey + fx["sat"] * (img - grey)
    img = (img - 128) * fx["contrast"] + 128 + fx["bright"]
    img = img * np.array(fx["cast"], np.float32)[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), fx["blur"])
    img = img + gen.normal(0, 2.0, img.shape[:2])[..., None] + gen.normal(0, 1.2, img.shape)
    data = _jpeg(img, rng.randint(78, 90))
    if fx["as_pdf"]:
        return render_pages_to_pdf([(data, ".jpg")], date=when, producer=fx["producer"]), ".pdf"
    return data, ".jpg"


class _SteelPaper(_Shot):
    shoot = _steel_shoot


def _colour_photo(s: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    bg = rng.choice(((0.36, 0.56, 0.86), (0.85, 0.2, 0.2), (0.93, 0.93, 0.93), (0.3, 0.5, 0.8)))
    s.page.draw_rect(pymupdf.Rect(x, y, x + w, y + h), color=None, fill=bg)
    s.page.draw_oval(pymupdf.Rect(x + w * .06, y + h * .6, x + w * .94, y + h), color=None,
                     fill=rng.choice(((0.12, 0.12, 0.16), (0.2, 0.22, 0.3), (0.9, 0.9, 0.9))))
    s.page.draw_rect(pymupdf.Rect(x + w * .06, y + h * .82, x + w * .94, y + h), color=None,
                     fill=rng.choice(((0.12, 0.12, 0.16), (0.2, 0.22, 0.3))))
    s.page.draw_oval(pymupdf.Rect(x + w * .3, y + h * .18, x + w * .7, y + h * .6), color=None,
                     fill=rng.choice(((0.93, 0.78, 0.66), (0.88, 0.72, 0.6), (0.95, 0.82, 0.72))))
    s.page.draw_oval(pymupdf.Rect(x + w * .28, y + h * .12, x + w * .72, y + h * .34), color=None,
                     fill=(0.1, 0.08, 0.08))


@family("dip_steel_seal_over_text", "diploma", "scan",
        "2000s-2010s 普通高等学校毕业证书 inner page (landscape: '毕业证书', photo, '学生 X ，性别 X ，一九八三年五月十二日生，于二〇〇一年"
        "九月至二〇〇五年七月在本校 X 专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。', 校名 with the red ink seal, "
        "校（院）长 signature, date, 18-digit 证书编号, 学信网 line after 2007) scanned in colour on a flatbed, the EMBOSSED STEEL "
        "SEAL (钢印: colourless raised ring, the school's name on the arc and a star) pressed over the photo's corner AND "
        "over the first prose lines or the 落款 / 证书编号 lines, visible only as relief (light and dark edges under the "
        "scanner's raking lamp); truth only the fields the relief leaves legible (measured per character)")
def dip_steel_seal_over_text(p: dict, rng: random.Random, face: str) -> Drawn:
    level = rng.choice(("本科", "本科", "本科", "大专"))
    gy = rng.randint(2003, 2018)
    q = redate(p, rng, gy, level=level)
    years = q["years"]
    start = date(gy - years, 9, 1)
    style = rng.choice(("hz", "hz", "hz_ling", "cn"))
    with_day = rng.random() < 0.8
    b_s, b_t = fdate(q["birth_date"], style, month=not with_day)
    st_s, st_t = fdate(start.isoformat(), style, month=True)
    gd_s, gd_t = fdate(q["graduation_date"], style, month=True)
    issued_s = fdate(q["graduation_date"], "hz" if style != "cn" else "cn")[0]
    lvl = "本科" if level == "本科" else "专科"
    target = rng.choice(("top", "top", "bottom"))
    W, H = rng.uniform(690, 740), rng.uniform(480, 515)
    dpi = rng.choice((150, 160, 180))
    k = dpi / 72.0
    paper = _SteelPaper(face, (W, H))
    s = paper[0]
    ink = rng.choice(((0.5, 0.12, 0.1), (0.1, 0.34, 0.26), (0.15, 0.22, 0.48), (0.45, 0.34, 0.12)))
    s.page.draw_rect(s.page.rect, color=None, fill=rng.choice(((0.98, 0.96, 0.9), (0.95, 0.97, 0.92), (0.97, 0.95, 0.93))))
    _guilloche(s, rng, 34, 34, W - 34, H - 34)
    s.page.draw_rect(pymupdf.Rect(16, 16, W - 16, H - 16), color=ink, width=rng.choice((2.5, 3.5)))
    s.page.draw_rect(pymupdf.Rect(23, 23, W - 23, H - 23), color=ink, width=0.7)
    pw_, ph_ = rng.choice(((88.0, 118.0), (84.0, 112.0), (92.0, 124.0)))
    title_y = rng.uniform(78, 92)
    old = _with_face(s, rng.choice(("song", "kai", "hei")))
    s.text(W / 2 + (30 if target == "top" else 0), title_y, "毕业证书", rng.choice((30.0, 32.0, 34.0)), align="center",
           track=rng.choice((8, 12, 16)), color=ink if rng.random() < 0.6 else (0, 0, 0))
    s.paper.font = old
    size = rng.choice((15.0, 15.5, 16.0))
    pad = rng.choice((" ", "  "))
    gap = rng.uniform(14, 26)
    px = rng.uniform(56, 66)
    prose = (f"学生{pad}{q['name']}{pad}，性别{pad}{q['gender']}{pad}，{b_s}生，于{st_s}至{gd_s}在本校{pad}{q['major']}{pad}"
             f"专业{hz_num(years)}年制{lvl}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    label = rng.choice(("证书编号：", "证书编号 "))
    if target == "top":
        py = title_y + 24
        tx0, tx1 = px + pw_ + gap, W - 62
        _colour_photo(s, px, py, pw_, ph_, rng)
        y = s.para(tx0, py + rng.uniform(12, 20), prose, tx1 - tx0, size, leading=2.1,
                   indent=2 * size if rng.random() < 0.7 else 0)
        y = max(y + 24, H - 140)
        lx = tx0
        s.text(lx, y, f"校名：{q['school']}", 14)
        seal_at = (lx + 44 + s.width(q["school"], 14) / 2 + rng.uniform(-14, 14), y - 8)
        s.text(lx, y + 32, "校（院）长：", 14)
        _signature(s, lx + 90, y + 34, q["principal"], rng)
        s.text(W - 64, y + 32, issued_s, 14, align="right")
        under_photo = rng.random() < 0.5
        if under_photo:
            s.text(px - 4, py + ph_ + 22, label, 10.5)
            s.text(px - 4, py + ph_ + 38, q["certificate_no"], 10.5)
        else:
            s.text(W - 64, y + 58, label + q["certificate_no"], 11.5, align="right")
    else:
        y = s.para(64, title_y + 44, prose, W - 128, size, leading=2.1, indent=2 * size)
        py = max(y + 6, H - 64 - ph_)
        _colour_photo(s, px, py, pw_, ph_, rng)
        lx = px + pw_ + gap
        ly = py + ph_ - 68
        s.text(lx, ly, f"校名：{q['school']}", 14)
        seal_at = (lx + 44 + s.width(q["school"], 14) / 2 + rng.uniform(-14, 14), ly - 8)
        s.text(lx, ly + 28, "校（院）长：", 14)
        _signature(s, lx + 90, ly + 30, q["principal"], rng)
        s.text(lx, ly + 56, issued_s, 14)
        if rng.random() < 0.5:
            s.text(W - 64, ly + 56, label + q["certificate_no"], 11.5, align="right")
        else:
            s.text(lx, ly + 78, label + q["certificate_no"], 11.5)
        under_photo = False
    if gy >= 2007:
        s.text(W / 2, H - 30, rng.choice(CHSI25), 8, align="center", color=GREY)
    s.seal(seal_at[0], seal_at[1], 44, q["school"])
    s.flush()
    text, boxes = _char_boxes(s.page)
    spots = {"name": ("学生", q["name"]), "gender": ("性别", q["gender"]), "birth_date": ("，", b_s),
             "start_date": ("于", st_s), "graduation_date": ("至", gd_s), "major": ("本校", q["major"]),
             "level": ("年制", lvl), "school": ("校名：", q["school"]),
             "certificate_no": (label.strip(), q["certificate_no"])}
    fboxes = {kk: _field_boxes(text, boxes, pre, val) for kk, (pre, val) in spots.items()}
    shape = (int(round(H * k)), int(round(W * k)))
    fx: dict = {}
    for _ in range(40):
        r = rng.uniform(50, 58)
        if target == "top":     # over the photo's top corner and the first prose lines beside it
            cx, cy = px + pw_ + rng.uniform(0.2, 0.75) * r, py + rng.uniform(20, 72)
        else:                   # over the photo's bottom corner and the 落款 lines beside it
            cx, cy = px + pw_ + rng.uniform(0.2, 0.75) * r, py + ph_ - rng.uniform(0, 40)
        fx = {"cx": cx, "cy": cy, "r": r, "label": q["school"], "soft": rng.uniform(0.45, 0.8),
              "dish": rng.uniform(0.15, 0.35), "strength": rng.uniform(0.5, 1.0),
              "light": math.radians(rng.choice((90, -90, 0, 180)) + rng.uniform(-30, 30))}
        shade = _relief(fx, k, shape)
        if not _illegible(shade, k, fboxes["name"]):
            break
    legible = {kk: not _illegible(shade, k, b) for kk, b in fboxes.items()}
    # the red ink seal's ring names the school too, and the steel seal never reaches it
    legible["school"] = True
    fx.update(pad=(rng.uniform(20, 60), rng.uniform(30, 90)), at=(rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9)),
              angle=rng.uniform(-1.2, 1.2), lid=rng.choice(((246, 246, 244), (250, 250, 250), (238, 240, 242))),
              sat=rng.uniform(1.0, 1.2), contrast=rng.uniform(1.0, 1.12), bright=rng.uniform(-6, 6),
              cast=rng.choice(((1.0, 0.98, 0.95), (0.97, 0.99, 1.03), (1.0, 1.0, 1.0))), blur=rng.uniform(0.4, 0.8),
              as_pdf=rng.random() < 0.3, producer=rng.choice(("EPSON Scan", "Canon MF Scan Utility", "HP Scan")))
    paper.fx = fx
    full = {"name": q["name"], "gender": q["gender"], "birth_date": b_t, "school": q["school"], "major": q["major"],
            "level": level, "start_date": st_t, "graduation_date": gd_t, "certificate_no": q["certificate_no"]}
    truth = {kk: v for kk, v in full.items() if legible.get(kk, True)}
    return Drawn(paper, truth, q["graduation_date"], dpi=dpi)
