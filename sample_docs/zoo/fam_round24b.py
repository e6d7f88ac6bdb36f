"""Twenty-fourth round of held-out families, part b (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers. Modelled on what applicants for a 职称 in 兰州新区 upload.

Papers:
* pap_bound_volume_gutter_photo — the article's first page photographed with a phone in the
  library's BOUND VOLUME (合订本: a year of issues bound in buckram; the applicant no longer has
  the issue and photographs the library's copy) (scan, colour JPEG): the volume lies open, the
  page curves down into the GUTTER, so the text lines bend and crowd towards the spine; the
  gutter is a dark shadow, a strip of the FACING page (the end of the previous article: body lines
  or references) shows on the spine side with its own curve; the outer edge shows the stacked
  page edges and the table; a thumb (nail up) or a 镇纸-like weight holds the page at a BOTTOM
  corner (never over the header or the title block); warm reading-room light with a fall-off.
  The page is a real Chinese journal's first page: its header in one of three designs (a shaded
  band with the journal's name and '2021年第6期' / '2021年6月 第11期' with 'ISSN … CN …' under
  it; the 学报 two-row head '第39卷 第6期 | 刊名 | Vol.39 No.6' over '2021年6月 | English |
  Jun. 2021'; or one line 'journal  2021年6月  第39卷第6期' with '· 45 ·'), 栏目 on some, title,
  byline with superscript numbers (pixels), affiliations, 摘要/关键词, 中图分类号/文献标志码 and
  the 文章编号 (ISSN inside) on some, the two-column body from '0 引言', the first column's
  footnote (收稿日期/基金项目/作者简介 of the first author: a distractor date) and 'ISSN … CN …'
  in the foot on some. Truth: title, authors, journal, published (the issue's month), ISSN / CN
  only where this page prints them.
* pap_scanner_searchable_layer — a first page scanned on the library's / office's scanner with
  'searchable PDF' on (ABBYY FineReader / the MFP's own OCR) (text): each page is the scanned
  IMAGE (grey, paper tone, a slight skew, noise) and over it an INVISIBLE text layer (render mode
  3) that the scanner's OCR wrote LINE by line in a generic CJK font, its lines only roughly over
  the printed ones (not skewed with the image, shifted a point or two, stretched to the line's
  width) and with the slips such layers make: look-alike characters (程→稗, 建→廷, 年→午), '日' read
  as '曰', '〇' and '0' (and O) confused in numbers, ':' for '：', the byline's superscript numbers
  dropped or glued to the names as digits, and a RARE name character read as a common one (王喆→
  王哲, 邓堃→邓坤, 刘彧→刘或). The truth is what the page image PRINTS, never what the layer says.
  Layouts vary: a header line 'journal 2021年第6期' over a rule with the page number; the
  学报 two-row head; or the journal's name big at the top left with ISSN / CN at the right; 收稿
  日期/基金项目/作者简介 as a footnote under a short rule or in a framed info box under the
  keywords; single- or two-column body. Truth: title, authors, journal, published, ISSN / CN
  where printed.
Diploma:
* dip_plastic_sleeve_reflection — a 2000s-2010s 普通高等学校毕业证书 inner page (landscape: '毕业证书',
  photo with the 钢印, '学生 X ，性别 X ，一九八三年五月十二日生，于二〇〇一年九月至二〇〇五年七月在本校
  X 专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。', 校名 with the red seal, 校（院）长
  with a signature, the date, 证书编号 (18 digits), the 学信网 line after 2007) kept in a clear
  PLASTIC SLEEVE (证书保护袋) and photographed on a desk (scan, colour JPEG): the sleeve larger than
  the sheet, its welded edge a bright line with the desk seen hazier through the plastic, a
  WRINKLE across it (a bright crease with a dark side, the print under it shifted a little), long
  SPECULAR STREAKS of the ceiling's tube lights across the sheet (some strong enough to wash the
  print out completely; on most seeds the first one crosses a field), a window's soft reflection,
  slight perspective and blur. Truth: only the fields a person can still read — a field with a
  character washed out at its centre or over most of it is left out; the school stays readable
  through the red seal's ring unless the streak washes that too; the name, the level and the
  graduation month (which the 证书编号 encodes) are never under a strong streak.
Degree:
* deg_second_bachelor — a 学士学位证书 for a 第二学士学位 (a second bachelor's programme after a
  first degree, 2000s-2010s) or a 辅修学士学位 (a minor degree, 2010s-2020s), scanned in colour
  on a flatbed (scan): portrait sheet on a cream guilloche ground with a coloured double frame,
  '学士学位证书' (with '（第二学士学位）' or '辅修学士学位证书' on some), the photo with the 钢印, the prose
  'X，男，1982年5月生。在兰州交通大学会计学专业（第二学士学位）完成了第二学士学位教育，成绩合格，经审核
  符合《中华人民共和国学位条例》的规定，授予管理学学士学位。' (or naming the FIRST degree: '2004年毕业于
  西北大学土木工程专业并获工学学士学位，2004年9月至2006年7月在我校会计学专业修读第二学士学位…'; or the
  辅修 form: '在我校土木工程专业（主修）学习期间辅修会计学专业，完成了辅修学士学位的学习计划…授予管理学学士
  学位（辅修）。'), 学位评定委员会主席 with a signature, the committee's red seal, the date and the
  16-digit 证书编号; the scanner's lid white round the sheet, a slight skew. DISTRACTORS: the FIRST
  degree's major (主修专业 / 毕业于…专业), its school, its 学科门类 and year, and the study period.
  Truth: name, degree 学士, major = the SECOND-degree (or 辅修) major, award_date (the printed
  date), degree_certificate_no.
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageFilter

from sample_docs.render.common import finish_pdf
from sample_docs.render.degrade import _noise, _tone, rasterise, render_pages_to_pdf, to_jpeg

from . import fonts
from .draw import Paper, Sheet
from .facts import MAJORS, NAMES_F, NAMES_M, SCHOOLS, redate
from .fam_round7 import AFF7, KEYW7, _byline, _english_title
from .fam_round8 import EN_NAME
from .fam_round12 import _latin, _pinyin
from .fam_round13 import _guilloche
from .fam_round19b import VOL1, _signature
from .fam_round20 import _LOOKALIKE
from .fam_round20b import (BIO20, COLUMN20, DESKS20, FUND20, SENT20, _invert, _jpeg, _over, _projector, _rgb,
                           _Shot, _smooth, _thumb, _warp)
from .registry import Drawn, family, fdate, hz_num

GREY = (0.35, 0.35, 0.35)
LIGHT = (0.55, 0.55, 0.55)
STEEL = (0.55, 0.55, 0.55)
WHITE = (1.0, 1.0, 1.0)
MON24 = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()
CLC24 = ("TU444", "X703", "U416.217", "TP391", "TU991.3", "TM615", "X705", "TV671", "TU317", "TU528")
PREV24 = ("受地形及施工条件限制，现场测点布置需综合考虑监测精度与施工干扰。", "监测结果表明，各测点变形均在允许范围之内。",
          "计算结果与实测值的相对误差在10%以内，满足工程精度要求。", "该方法对同类工程具有一定的参考价值。",
          "后续将结合长期观测数据进一步完善模型参数。", "研究区地层以第四系上更新统马兰黄土为主。")
REFS24 = ("[5] 王立新，陈永刚. 黄土地区路基沉降预测方法综述[J]. 岩土力学，2015，36(4)：1021-1028.",
          "[6] 刘海涛. 寒区污水处理低温运行策略研究[D]. 兰州：兰州交通大学，2018.",
          "[7] 中华人民共和国住房和城乡建设部. 湿陷性黄土地区建筑标准：GB 50025—2018[S]. 北京：中国建筑工业出版社，2019.",
          "[8] 赵明，孙国庆. 综合管廊结构设计若干问题探讨[J]. 地下空间与工程学报，2019，15(12)：12-17.",
          "[9] 韩晓军，王磊. 湿陷性黄土隧道初期支护受力特征[J]. 隧道建设，2017，37(5)：33-38.",
          "[10] 钱鸿缙. 湿陷性黄土地基[M]. 北京：中国建筑工业出版社，1985.")


def _with_face(s: Sheet, face: str):
    """Switch the sheet's face; returns the previous font to restore."""
    old = s.paper.font
    if fonts.path_of(face) is not None:
        s.paper.font = fonts.font(face)
    return old


def _month_of(per: int, n: int) -> int:
    return {12: n, 24: (n + 1) // 2, 6: 2 * n, 4: 3 * n}[per]


def _spaced(j: str) -> str:
    return " ".join(j) if len(j) <= 6 else j


def _first_page(s: Sheet, x0: float, x1: float, ph: float, p: dict, rng: random.Random, *, y: int, n: int, m: int,
                vol: int, page: int, latin: pymupdf.Font, cjk: pymupdf.Font, head: str, foot_issn: bool,
                box: bool = False, ncol: int = 2) -> tuple[dict, float]:
    """A Chinese journal's first page between x0 and x1; returns (ISSN / CN it prints, the y where the body
    starts). ``head``: band | rows | line | big; ``box``: 收稿日期 … in a framed box under the keywords."""
    j = p["journal"]
    per = p["issues_per_year"]
    names = p["authors"]
    W = x1 - x0
    en = EN_NAME.get(j, "Journal")
    printed: dict = {}
    issue_cn = f"{y}年第{n}期" if per == 12 else f"{y}年{m}月  第{n}期"
    if head == "band":
        band = rng.choice((0.82, 0.86, 0.9))
        s.box(x0, 26, x1, 54, width=0, fill=band)
        old = _with_face(s, "hei")
        s.text(x0 + 8, 46, j, 15 if len(j) <= 8 else 12, track=1.5)
        s.paper.font = old
        s.text(x1 - 8, 45, issue_cn, 9, align="right")
        s.paper.font = latin
        s.text(x1, 66, f"ISSN {p['issn']}    CN {p['cn']}", 7.6, align="right")
        s.paper.font = cjk
        printed.update(issn=p["issn"], cn=p["cn"])
        yy = 92.0
    elif head == "rows":
        s.text(x0, 34, f"第{vol}卷 第{n}期", 8)
        s.text((x0 + x1) / 2, 34, _spaced(j), 9, align="center")
        s.paper.font = latin
        s.text(x1, 34, f"Vol.{vol} No.{n}", 8, align="right")
        s.paper.font = cjk
        s.text(x0, 46, f"{y}年{m}月", 8)
        s.paper.font = latin
        s.text((x0 + x1) / 2, 46, en, 7.4, align="center")
        s.text(x1, 46, f"{MON24[m - 1]} {y}", 8, align="right")
        s.paper.font = cjk
        s.line(x0, 51, x1, 51, width=1.0)
        s.line(x0, 53.2, x1, 53.2, width=0.35)
        yy = 80.0
    elif head == "line":
        s.text(x0, 40, f"{j}    {y}年{m}月    第{vol}卷第{n}期", 8.5)
        s.text(x1, 40, f"· {page} ·", 8.5, align="right")
        s.line(x0, 45, x1, 45, width=0.6)
        yy = 74.0
    else:  # big: the journal's name large at the left, the issue, ISSN and CN stacked at the right
        old = _with_face(s, rng.choice(("hei", "song")))
        s.text(x0, 52, j, 20 if len(j) <= 6 else 14, track=2)
        s.paper.font = old
        s.text(x1, 30, issue_cn, 8.5, align="right")
        s.paper.font = latin
        s.text(x1, 41, f"ISSN {p['issn']}", 7.5, align="right")
        s.text(x1, 52, f"CN {p['cn']}", 7.5, align="right")
        s.paper.font = cjk
        printed.update(issn=p["issn"], cn=p["cn"])
        s.line(x0, 58, x1, 58, width=1.4)
        s.line(x0, 60.5, x1, 60.5, width=0.4)
        yy = 86.0
    if rng.random() < 0.5:
        col = rng.choice(COLUMN20)
        if rng.random() < 0.5:
            s.text(x0, yy - 4, f"【{col}】", 8.5)
        else:
            s.box(x0, yy - 14, x0 + s.width(col, 8.5) + 10, yy - 1, width=0.5)
            s.text(x0 + 5, yy - 4.5, col, 8.5)
        yy += 10
    old = _with_face(s, rng.choice(("hei", "hei", "song")))
    tsize = rng.choice((16.0, 17.0, 18.0))
    for line in s.wrap(p["paper_title"], W - 50, tsize):
        s.text((x0 + x1) / 2, yy + 10, line, tsize, align="center")
        yy += tsize * 1.45
    s.paper.font = old
    yy += 14
    insts = [a[0] for a in rng.sample(AFF7, min(len(names), rng.randint(1, 2)))]
    marks = [str(rng.randint(1, len(insts))) if len(insts) > 1 else "" for _ in names]
    if len(insts) > 1:
        marks[0] = "1"
        if "2" not in marks:
            marks[-1] = "2" if len(names) > 1 else "1,2"
    s.paper.marks = dict(zip(names, marks))
    old = _with_face(s, rng.choice(("kai", "fang", "song")))
    _byline(s, (x0 + x1) / 2, yy, names, marks, 11.5, rng.choice(("，", "  ", "  ")), 6.5)
    s.paper.font = old
    yy += 17
    aff = "；".join(f"{i + 1}. {a}" if len(insts) > 1 else a for i, a in enumerate(insts))
    for line in s.wrap(f"（{aff}）", W - 60, 8):
        s.text((x0 + x1) / 2, yy, line, 8, align="center")
        yy += 12
    yy += 8
    ind = rng.choice((0.0, 14.0, 22.0))
    yy = s.para(x0 + ind, yy, "摘  要：" + "".join(rng.sample(SENT20, 4)), W - 2 * ind, 8.8, leading=1.55)
    yy = s.para(x0 + ind, yy, "关键词：" + "；".join(rng.sample(KEYW7, 4)), W - 2 * ind, 8.8, leading=1.55)
    last = page + rng.randint(4, 7)
    code = f"中图分类号：{rng.choice(CLC24)}    文献标志码：A"
    if rng.random() < 0.55:
        code += f"    文章编号：{p['issn']}({y}){n:02d}-{page:04d}-{last - page + 1:02d}"
        printed["issn"] = p["issn"]
    for line in s.wrap(code, W - 2 * ind, 8):
        s.text(x0 + ind, yy, line, 8)
        yy += 13
    recv = date(y, m, 1) - timedelta(days=rng.randint(80, 300))
    notes = [f"收稿日期：{recv:%Y-%m-%d}" + (f"；修回日期：{recv + timedelta(days=rng.randint(30, 70)):%Y-%m-%d}"
                                       if rng.random() < 0.6 else "")]
    if rng.random() < 0.7:
        notes.append(f"基金项目：{rng.choice(FUND20)}（{rng.randint(y - 4, y - 1) % 100}JR{rng.randint(1, 9)}RA"
                     f"{rng.randint(100, 999)}）")
    first = names[0]
    notes.append(f"作者简介：{first}（{rng.randint(1975, 1996)}—），{'男' if first in NAMES_M else '女'}，"
                 f"{rng.choice(('甘肃兰州人', '甘肃天水人', '甘肃武威人', '青海西宁人'))}，"
                 f"{rng.choice(('硕士', '学士', '博士研究生'))}，{rng.choice(('工程师', '高级工程师', '助理工程师'))}，"
                 f"主要从事{rng.choice(BIO20)}研究。")
    if box:
        yy += 4
        bl = [ln for t in notes for ln in s.wrap(t, W - 2 * ind - 16, 7.8)]
        bh = len(bl) * 7.8 * 1.5 + 10
        s.box(x0 + ind, yy, x1 - ind, yy + bh, width=0.6)
        by = yy + 6 + 7.8
        for ln in bl:
            s.text(x0 + ind + 8, by, ln, 7.8)
            by += 7.8 * 1.5
        yy += bh + 6
        notes = []
    s.line(x0, yy, x1, yy, width=0.4)
    yy += 16
    gap = 14.0
    cw = (W - gap) / 2 if ncol == 2 else W
    fsize = 7.2
    wrapped = [ln for t in notes for ln in s.wrap(t, cw, fsize)]
    foot_bottom = ph - (56 if foot_issn else 40)
    foot_top = foot_bottom - len(wrapped) * fsize * 1.5 - 6 if wrapped else ph - 44
    if wrapped:
        s.line(x0, foot_top - 4, x0 + 80, foot_top - 4, width=0.5)
        fy = foot_top + fsize
        for ln in wrapped:
            s.text(x0, fy, ln, fsize)
            fy += fsize * 1.5
    s.text(x0, yy, "0 引言", 10)
    yy += 17
    lines = s.wrap("".join(rng.choice(SENT20) for _ in range(60)), cw, 9, first=18)
    cols = ((x0, yy, foot_top - 14), (x0 + cw + gap, yy - 17, ph - 50)) if ncol == 2 else ((x0, yy, foot_top - 14),)
    ci, ly = 0, yy
    for i, ln in enumerate(lines):
        if ly > cols[ci][2]:
            ci += 1
            if ci == len(cols):
                break
            ly = cols[ci][1]
        s.text(cols[ci][0] + (18 if i == 0 else 0), ly, ln, 9)
        ly += 9 * 1.62
    if foot_issn:
        s.paper.font = latin
        s.text((x0 + x1) / 2, ph - 28, f"ISSN {p['issn']}    CN {p['cn']}", 7.5, align="center")
        s.paper.font = cjk
        printed.update(issn=p["issn"], cn=p["cn"])
    return printed, yy


# --------------------------------------------------------------------------
# the first page in the library's bound volume, photographed with a phone (scan)
# --------------------------------------------------------------------------

SKIN24 = ((224, 172, 140), (214, 160, 126), (232, 186, 156), (200, 146, 112))
TABLES24 = ((150, 112, 78), (118, 96, 74), (176, 150, 118), (96, 88, 80), (200, 196, 186))


def _facing(s: Sheet, fx0: float, fx1: float, ph: float, rng: random.Random, p: dict, y: int, m: int,
            page: int, verso: bool) -> None:
    """The facing page: the end of the previous article (its two columns, references), drawn whole; only
    the strip inside the sheet shows."""
    gap = 14.0
    cw = (fx1 - fx0 - gap) / 2
    if verso:
        s.text(fx0, 40, f"· {page} ·", 8.5)
        s.text(fx1, 40, f"{p['journal']}    {y}年{m}月", 8.5, align="right")
    else:
        s.text(fx0, 40, f"{y}年{m}月    {p['journal']}", 8.5)
        s.text(fx1, 40, f"· {page} ·", 8.5, align="right")
    s.line(fx0, 45, fx1, 45, width=0.6)
    yy = 72.0
    items = [("".join(rng.choice(PREV24 + tuple(SENT20)) for _ in range(rng.randint(34, 48))), 9.0)]
    items.append((f"{rng.randint(3, 5)} 结论", 10.0))
    items.append(("".join(rng.sample(PREV24, 3)), 9.0))
    items.append(("参考文献：", 8.5))
    items += [(r, 7.6) for r in rng.sample(REFS24, 5)]
    ci, ly = 0, yy
    for text, size in items:
        for ln in s.wrap(text, cw, size):
            if ly > ph - 50:
                ci += 1
                ly = yy
                if ci > 1:
                    return
            s.text(fx0 + ci * (cw + gap), ly, ln, size)
            ly += size * 1.6


def _bound_shoot(paper: "_BoundPaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    k = dpi / 72.0
    src = _rgb(paper.doc[0], dpi)
    h, w = src.shape[:2]
    gen = np.random.default_rng(rng.getrandbits(32))
    spine = fx["spine"] * k
    xs = np.arange(w, dtype=np.float32)
    d = np.abs(xs - spine)
    # old paper, the gutter's shadow, the stacked page edges at the fore-edge
    src = src * np.array(fx["paper"], np.float32)[None, None, :]
    shade = 1 - fx["shadow"] * np.exp(-d / (fx["ls"] * k)) - 0.45 * np.exp(-d / (2.0 * k))
    src = src * np.clip(shade, 0.05, 1.0)[None, :, None]
    fore = fx["fore"] * k
    edge_band = np.clip((d - (d.max() - fore)) / max(fore, 1), 0, 1) if fx["fore"] > 0 else np.zeros_like(d)
    stripes = 0.85 + 0.1 * np.sin(xs * fx["stripe"])
    src = src * (1 - edge_band * (1 - stripes))[None, :, None]
    A, L, Zg, Lz = fx["hide"] * k, fx["hide_l"] * k, fx["depth"] * k, fx["depth_l"] * k
    ca, sa, cb, sb = math.cos(fx["ax"]), math.sin(fx["ax"]), math.cos(fx["ay"]), math.sin(fx["ay"])
    cc, sc = math.cos(fx["az"]), math.sin(fx["az"])
    out_w = int(w * fx["frame"])
    out_h = int(out_w * fx["aspect"])
    cu, cv_ = out_w / 2 + fx["shift"][0] * out_w, out_h / 2 + fx["shift"][1] * out_h
    D = fx["dist"] * max(w, h) * fx["k"]
    kk = fx["k"]
    bow = fx["bow"] * w

    def fwd(x, y):
        dx = x - spine
        ad = np.abs(dx)
        X = (spine + np.sign(dx) * (ad - A * (1 - np.exp(-ad / L))) - w / 2) * kk
        Y = (y - h / 2) * kk
        t = y / h - 0.5
        Z = (Zg * np.exp(-ad / Lz) + bow * (t * t - 1 / 12)) * kk
        Y, Z = Y * ca - Z * sa, Y * sa + Z * ca
        X, Z = X * cb + Z * sb, -X * sb + Z * cb
        X, Y = X * cc - Y * sc, X * sc + Y * cc
        depth = D + Z
        return cu + D * X / depth, cv_ + D * Y / depth
    mx, my = _invert(fwd, out_w, out_h, w, h)
    sheet, cover = _warp(src, mx, my)
    table = np.array(fx["table"], np.float32)
    bg = table[None, None, :] * (1 + 0.1 * _smooth(gen, out_h, out_w, 6))[..., None]
    # the volume's other pages and the cover board under the sheet: a dark rim round it
    rim = cv2.dilate(cover, np.ones((int(0.02 * out_w) | 1, int(0.02 * out_w) | 1), np.uint8))
    bg = _over(bg, np.full_like(bg, 1.0) * np.array(fx["board"], np.float32), np.clip(rim - cover, 0, 1))
    img = _over(bg, sheet, cover)
    if fx["hold"] == "thumb":
        tip = fwd(np.array([fx["tip"][0] * k]), np.array([fx["tip"][1] * k]))
        root = fwd(np.array([fx["root"][0] * k]), np.array([fx["root"][1] * k]))
        img = _thumb(img, cover, (float(tip[0][0]), float(tip[1][0])), (float(root[0][0]), float(root[1][0])),
                     fx["thumb"] * w * kk, fx["skin"])
    elif fx["hold"] == "weight":
        cx, cy = fwd(np.array([fx["tip"][0] * k]), np.array([fx["tip"][1] * k]))
        cx, cy = float(cx[0]), float(cy[0])
        gy, gx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
        ang = fx["w_angle"]
        u = (gx - cx) * math.cos(ang) + (gy - cy) * math.sin(ang)
        v = -(gx - cx) * math.sin(ang) + (gy - cy) * math.cos(ang)
        a_, b_ = fx["w_len"] * out_w, fx["w_wid"] * out_w
        body = np.clip((1 - np.maximum(np.abs(u) / a_, np.abs(v) / b_)) * 40, 0, 1)
        sh = cv2.GaussianBlur(np.roll(np.roll(body, int(0.012 * out_w), axis=1), int(0.018 * out_h), axis=0),
                              (0, 0), 0.012 * out_w)
        img = img * (1 - 0.5 * sh)[..., None]
        col = np.array(fx["w_col"], np.float32)[None, None, :] * (0.8 + 0.35 * np.clip(1 - np.abs(v) / b_, 0, 1))[..., None]
        img = _over(img, col, body)
    # the frame cuts the facing page: its outer edge is never in the picture
    ys_edge = np.linspace(0, h, 24)
    cut_x = fx["cut"] * k if fx["recto"] else w - fx["cut"] * k
    ex, _ey = fwd(np.full_like(ys_edge, cut_x), ys_edge)
    if fx["recto"]:
        c0 = int(np.clip(ex.max(), 0, out_w * 0.3))
        img = img[:, c0:]
    else:
        c1 = int(np.clip(ex.min(), out_w * 0.7, out_w))
        img = img[:, :c1]
    out_w = img.shape[1]
    gy, gx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ramp = (gx / out_w - 0.5) * fx["light"][0] + (gy / out_h - 0.5) * fx["light"][1]
    r2 = (gx / out_w - fx["lamp"][0]) ** 2 + (gy / out_h - fx["lamp"][1]) ** 2
    light = (1 + ramp + 0.05 * _smooth(gen, out_h, out_w, 3)) * (1 - fx["fall"] * r2)
    img = img * light[..., None] * np.array(fx["cast"], np.float32)[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), fx["blur"])
    img = img + gen.normal(0, 3.0, img.shape[:2])[..., None] + gen.normal(0, 1.4, img.shape)
    return _jpeg(img, rng.randint(72, 88)), ".jpg"


class _BoundPaper(_Shot):
    shoot = _bound_shoot


@family("pap_bound_volume_gutter_photo", "paper", "scan",
        "article's first page in the library's BOUND VOLUME (合订本) photographed with a phone: the page curves into the "
        "GUTTER (lines bend and crowd towards the spine), dark gutter shadow, a strip of the FACING page (the previous "
        "article's end, references) on the spine side, stacked page edges at the fore-edge, a thumb or a weight at a BOTTOM "
        "corner, warm light with fall-off; the page: header (shaded band with journal and '2021年第6期' and ISSN/CN; 学报 "
        "two-row 卷期|刊名|Vol.No. over 年月|English|Mon. year; one line 'journal 2021年6月 第39卷第6期 · 45 ·'), 栏目, "
        "title, superscripted byline, affiliations, 摘要/关键词, 中图分类号 and 文章编号 (ISSN) on some, two-column body, "
        "footnote 收稿日期/基金项目/作者简介, 'ISSN … CN …' in the foot on some")
def pap_bound_volume_gutter_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    per = p["issues_per_year"]
    y = p["pub_year"]
    n = rng.randint(1, per)
    m = _month_of(per, n)
    vol = y - VOL1.get(p["journal"], (1980, ""))[0] + 1
    pw, ph = rng.uniform(505, 540), rng.uniform(730, 770)
    fw = pw * rng.uniform(0.18, 0.32)            # the facing page's strip that shows
    recto = rng.random() < 0.6                    # the first page on the right: the gutter at its left
    W = pw + fw
    paper = _BoundPaper(face, (W, ph))
    s = paper[0]
    cjk = paper.font
    latin = _latin(cjk)
    page = 2 * rng.randint(6, 90) + (1 if recto else 0)
    inner, outer = rng.uniform(48, 58), rng.uniform(40, 50)
    if recto:
        spine = fw
        ax0, ax1 = fw + inner, W - outer
        _facing(s, fw - pw + outer, fw - inner, ph, rng, p, y, m, page - 1, True)
    else:
        spine = pw
        ax0, ax1 = outer, pw - inner
        _facing(s, pw + inner, pw + pw - outer, ph, rng, p, y, m, page + 1, False)
    s.line(spine, 0, spine, ph, width=0.8, grey=0.3)
    head = rng.choice(("band", "rows", "line", "big"))
    foot_issn = head in ("rows", "line") and rng.random() < 0.55
    printed, _ = _first_page(s, ax0, ax1, ph, p, rng, y=y, n=n, m=m, vol=vol, page=page, latin=latin, cjk=cjk,
                             head=head, foot_issn=foot_issn)
    # the hand or weight at a bottom corner, on the fore-edge side, clear of the foot's ISSN line
    fore_x = W if recto else 0.0
    sgn = -1 if recto else 1
    hold = rng.choice(("thumb", "thumb", "weight", "none"))
    tip = (fore_x + sgn * rng.uniform(26, 60), ph - rng.uniform(30, 80))
    root = (fore_x - sgn * rng.uniform(20, 40), ph + rng.uniform(10, 40))
    paper.fx = {"spine": spine, "paper": rng.choice(((1.0, 0.97, 0.9), (0.98, 0.95, 0.86), (1.0, 0.98, 0.94))),
                "recto": recto, "cut": fw * rng.uniform(0.25, 0.5),
                "shadow": rng.uniform(0.55, 0.8), "ls": rng.uniform(28, 50), "fore": rng.uniform(0, 6),
                "stripe": rng.uniform(1.5, 2.6), "hide_l": (hl := rng.uniform(28, 45)), "hide": hl * rng.uniform(0.55, 0.8),
                "depth": rng.uniform(140, 240), "depth_l": rng.uniform(45, 90), "bow": rng.uniform(-0.02, 0.03),
                "ax": math.radians(rng.uniform(-8, 8)), "ay": math.radians(rng.uniform(-8, 8)),
                "az": math.radians(rng.uniform(-4, 4)), "dist": rng.uniform(1.6, 2.4), "k": rng.uniform(0.82, 0.9),
                "frame": rng.uniform(1.08, 1.16), "aspect": rng.uniform(1.22, 1.36),
                "shift": (rng.uniform(-0.02, 0.02), rng.uniform(-0.02, 0.02)), "table": rng.choice(TABLES24),
                "board": rng.choice(((40, 46, 70), (90, 30, 32), (36, 60, 44), (60, 52, 46))),
                "hold": hold, "tip": tip, "root": root, "thumb": rng.uniform(0.04, 0.055), "skin": rng.choice(SKIN24),
                "w_angle": rng.uniform(-0.6, 0.6), "w_len": rng.uniform(0.1, 0.16), "w_wid": rng.uniform(0.025, 0.04),
                "w_col": rng.choice(((52, 40, 32), (30, 30, 34), (120, 110, 96))),
                "light": (rng.uniform(-0.2, 0.2), rng.uniform(-0.2, 0.2)), "lamp": (rng.uniform(0.3, 0.7), rng.uniform(0.2, 0.6)),
                "fall": rng.uniform(0.2, 0.5), "cast": rng.choice(((1.0, 0.92, 0.76), (1.0, 0.9, 0.72), (1.0, 0.95, 0.84))),
                "blur": rng.uniform(0.55, 0.9)}
    truth = {"title": p["paper_title"], "authors": ";".join(p["authors"]), "journal": p["journal"],
             "published": f"{y:04d}-{m:02d}"}
    truth.update(printed)
    return Drawn(paper, truth, f"{rng.randint(max(y + 1, 2021), 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                 dpi=rng.choice((150, 160, 170)))


# --------------------------------------------------------------------------
# a first page scanned into a "searchable PDF": the image and the scanner's own OCR layer (text)
# --------------------------------------------------------------------------

# a rare name character → what a scanner's OCR writes for it
RARE24 = {"喆": "哲", "堃": "坤", "彧": "或", "昇": "升", "垚": "尧", "犇": "奔", "玥": "明", "珺": "君", "淼": "森",
          "璟": "景", "芃": "凡", "琰": "炎", "娅": "亚", "昕": "听", "婧": "靖", "瞿": "翟", "闫": "闰", "尕": "尔",
          "妥": "安", "苟": "荀", "蒲": "浦", "敬": "故", "把": "耙", "钟": "种", "姗": "删", "雯": "要", "诸": "渚"}
SCANNERS24 = (("ABBYY FineReader 15", "ABBYY FineReader 15"), ("Adobe Acrobat Pro DC (Paper Capture)", "Adobe Acrobat"),
              ("Canon iR-ADV C5535 PDF", ""), ("KONICA MINOLTA bizhub C368", ""), ("ScanSnap Manager #iX1500", "ScanSnap"),
              ("RICOH IM C3000", ""), ("FUJIFILM Apeos C3060 (OCR)", ""))


def _ocr_slip(text: str, rng: random.Random, rate: float) -> str:
    """One printed line as the scanner's OCR writes it into the hidden layer."""
    out = []
    for ch in text:
        r = rng.random()
        if ch in RARE24 and r < 0.7:
            out.append(RARE24[ch])
        elif ch == "日" and r < 0.45:
            out.append("曰")
        elif ch == "0" and r < rate * 2.5:
            out.append(rng.choice("O〇o"))
        elif ch == "〇" and r < 0.5:
            out.append("0")
        elif ch in "15" and r < rate * 0.8:
            out.append({"1": "l", "5": "S"}[ch])
        elif ch in _LOOKALIKE and r < rate:
            out.append(rng.choice(_LOOKALIKE[ch]))
        elif ch == "：" and r < 0.4:
            out.append(":")
        elif ch in "（）" and r < 0.3:
            out.append("()"["（）".index(ch)])
        else:
            out.append(ch)
    return "".join(out)


class _LayerPaper(Paper):
    """Delivered as a scanner's searchable PDF: each page the scanned image, over it the OCR's invisible
    text, line by line (render mode 3, a generic CJK font, a little off), with the OCR's slips."""
    fx: dict = {}

    def pdf(self, producer: str, date: str, creator: str = "") -> bytes:
        self._flush()
        fx = self.fx
        rng = random.Random(fx["seed"])
        out = pymupdf.open()
        for page in self.doc:
            W, H = page.rect.width, page.rect.height
            img = rasterise(page, fx["dpi"])
            paper = rng.uniform(228, 244)
            img = _tone(img, paper, rng.uniform(16, 40))
            img = img.rotate(fx["angle"], resample=Image.Resampling.BICUBIC, fillcolor=int(paper))
            img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.6)))
            img = _noise(img, rng.uniform(1.8, 3.2), rng.getrandbits(32))
            op = out.new_page(width=W, height=H)
            op.insert_image(op.rect, stream=to_jpeg(img, fx["quality"]))
            dx, dy = fx["shift"]
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", ()):
                    spans = [sp for sp in line["spans"] if sp["text"].strip()]
                    if not spans:
                        continue
                    text = "".join(sp["text"] for sp in spans).replace("\xa0", " ")
                    x0, y0, x1, y1 = line["bbox"]
                    base = spans[0]["origin"][1]
                    size = max(spans[0]["size"], 4.0)
                    if fx["glue"]:      # the byline's superscripts read as digits glued to the names
                        for nm, mk in fx["marks"].items():
                            if mk and all(a in text for a in fx["marks"]):
                                text = text.replace(nm, nm + mk, 1)
                    if size < 10.5 and rng.random() < 0.01:       # a faint small line the OCR did not see
                        continue
                    text = _ocr_slip(text, rng, fx["rate"])
                    x = x0 + dx + rng.uniform(-1.5, 1.5)
                    yb = base + dy + rng.uniform(-1.2, 1.2)
                    fs = size * rng.uniform(0.86, 1.0)
                    natural = pymupdf.get_text_length(text, fontname="china-s", fontsize=fs) or 1.0
                    target = (x1 - x0) * rng.uniform(0.95, 1.05)
                    op.insert_text(pymupdf.Point(x, yb), text, fontname="china-s", fontsize=fs, render_mode=3,
                                   morph=(pymupdf.Point(x, yb), pymupdf.Matrix(target / natural, 0, 0, 1, 0, 0)))
        return finish_pdf(out, producer, date, creator=fx["creator"])


@family("pap_scanner_searchable_layer", "paper", "text",
        "an article's first page scanned into a SEARCHABLE PDF (ABBYY FineReader / Acrobat Paper Capture / the MFP's OCR): "
        "the scanned grey IMAGE (paper tone, slight skew, noise) with an INVISIBLE OCR text layer (render mode 3) written "
        "LINE by line in a generic CJK font, a little off the print (not skewed with the image, shifted, stretched) and with "
        "OCR slips (look-alikes 程→稗, 日→曰, 0→O/〇, '：'→':', the byline's superscripts dropped or glued to the names as "
        "digits, a RARE name character read as a common one: 王喆→王哲, 邓堃→邓坤); header line 'journal 2021年第6期', the 学报 "
        "two-row head or the journal's name big with ISSN/CN; 收稿日期/基金项目/作者简介 as a footnote or in a framed info box; "
        "one or two columns; truth = what the image prints")
def pap_scanner_searchable_layer(p: dict, rng: random.Random, face: str) -> Drawn:
    per = p["issues_per_year"]
    y = p["pub_year"]
    n = p["issue"]
    m = _month_of(per, n)
    vol = y - VOL1.get(p["journal"], (1980, ""))[0] + 1
    pw, ph = rng.choice(((595.0, 842.0), (595.0, 842.0), (567.0, 807.0)))
    paper = _LayerPaper(face, (pw, ph))
    s = paper[0]
    cjk = paper.font
    latin = _latin(cjk)
    page = rng.randint(8, 180)
    mg = rng.uniform(48, 64)
    head = rng.choice(("band", "rows", "line", "big"))
    foot_issn = head in ("rows", "line") and rng.random() < 0.5
    printed, _ = _first_page(s, mg, pw - mg, ph, p, rng, y=y, n=n, m=m, vol=vol, page=page, latin=latin, cjk=cjk,
                             head=head, foot_issn=foot_issn, box=rng.random() < 0.4, ncol=rng.choice((1, 2, 2)))
    marks = paper.marks        # the byline's superscripts as drawn (the OCR may glue them to the names)
    producer, creator = rng.choice(SCANNERS24)
    paper.fx = {"seed": rng.getrandbits(32), "dpi": rng.choice((170, 180, 200)), "angle": rng.choice((-1, 1)) * rng.uniform(0.2, 0.9),
                "quality": rng.randint(58, 74), "shift": (rng.uniform(-2.5, 2.5), rng.uniform(-2.5, 2.5)),
                "rate": rng.uniform(0.03, 0.07), "glue": rng.random() < 0.5, "marks": marks, "creator": creator}
    truth = {"title": p["paper_title"], "authors": ";".join(p["authors"]), "journal": p["journal"],
             "published": f"{y:04d}-{m:02d}"}
    truth.update(printed)
    scanned = date(min(y + rng.randint(1, 4), 2024), rng.randint(1, 12), rng.randint(1, 28))
    return Drawn(paper, truth, scanned.isoformat(), producer=producer)



# --------------------------------------------------------------------------
# a 毕业证书 in a clear plastic sleeve, photographed under tube lights (scan)
# --------------------------------------------------------------------------

CHSI24 = ("中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn", "学历证书查询网址：www.chsi.com.cn")


def _streaks(px: np.ndarray, py: np.ndarray, fx: dict) -> np.ndarray:
    """The reflections on the sleeve in the sheet's points (0…1): the tube lights' long streaks and a
    window's soft patch."""
    g = np.zeros(np.broadcast(px, py).shape, dtype=np.float32)
    for st in fx["streaks"]:
        c, sn = math.cos(st["angle"]), math.sin(st["angle"])
        u = (px - st["x"]) * c + (py - st["y"]) * sn
        v = -(px - st["x"]) * sn + (py - st["y"]) * c
        along = np.exp(-np.power(np.abs(u) / st["len"], 6))
        across = np.exp(-np.power(np.abs(v) / st["wid"], 3)) + 0.25 * np.exp(-(v / (3 * st["wid"])) ** 2)
        g = np.maximum(g, np.clip(st["peak"] * along * across, 0, 1))
    wx0, wy0, wx1, wy1 = fx["window"]
    soft = 20.0
    win = (np.clip((px - wx0) / soft, 0, 1) * np.clip((wx1 - px) / soft, 0, 1) *
           np.clip((py - wy0) / soft, 0, 1) * np.clip((wy1 - py) / soft, 0, 1))
    return np.clip(g + fx["win_a"] * win, 0, 1)


def _wrinkle(px: np.ndarray, py: np.ndarray, wr: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A crease in the plastic: signed distance to a bent line (points), its fade along, and the shading."""
    c, sn = math.cos(wr["angle"]), math.sin(wr["angle"])
    u = (px - wr["x"]) * c + (py - wr["y"]) * sn
    v = -(px - wr["x"]) * sn + (py - wr["y"]) * c - wr["bend"] * (u / wr["len"]) ** 2 * wr["len"]
    fade = np.exp(-np.power(np.abs(u) / wr["len"], 4))
    light = fade * (0.55 * np.exp(-(v / 1.3) ** 2) - 0.16 * np.exp(-((v + 3.0) / 1.8) ** 2))
    return v, fade, light


def _sleeve_shoot(paper: "_SleevePaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    k = dpi / 72.0
    card = _rgb(paper.doc[0], dpi)
    ch, cw = card.shape[:2]
    gen = np.random.default_rng(rng.getrandbits(32))
    ml, mt, mr, mb = (int(v * k) for v in fx["margins"])      # the sleeve round the sheet
    h, w = ch + mt + mb, cw + ml + mr
    src = np.zeros((h, w, 3), dtype=np.float32)
    src[mt:mt + ch, ml:ml + cw] = card
    sheet_a = np.zeros((h, w), dtype=np.float32)
    sheet_a[mt:mt + ch, ml:ml + cw] = 1.0
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    px, py = (xs - ml) / k, (ys - mt) / k
    # the crease: the print under it shifted a little across the fold, and its light and dark sides
    v, fade, wlight = _wrinkle(px, py, fx["wrinkle"])
    shift = fx["wrinkle"]["shift"] * k * fade * np.exp(-(v / 5.0) ** 2)
    wa = fx["wrinkle"]["angle"]
    mx = (xs + shift * -math.sin(wa)).astype(np.float32)
    my = (ys + shift * math.cos(wa)).astype(np.float32)
    src = cv2.remap(src, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    sheet_a = cv2.remap(sheet_a, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    g = _streaks(px, py, fx) * (1 + 0.12 * _smooth(gen, h, w, 9))
    sleeve_a = np.ones((h, w), dtype=np.float32)
    out_w = int(w * fx["frame"])
    out_h = int(out_w * fx["aspect"])
    fwd = _projector(w, h, fx["k"], out_w / 2 + fx["shift"][0] * out_w, out_h / 2 + fx["shift"][1] * out_h,
                     fx["ax"], fx["ay"], fx["az"], fx["dist"], lambda s_, t_: w * fx["bow"] * (s_ * s_ - 1 / 12))
    imx, imy = _invert(fwd, out_w, out_h, w, h)
    stack = np.dstack([src, sheet_a, sleeve_a, g, wlight])
    warped = cv2.remap(stack, imx, imy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    wsrc, ws_a, wp_a, wg, wl = (warped[..., :3], warped[..., 3], warped[..., 4], warped[..., 5], warped[..., 6])
    desk = np.array(fx["desk"], dtype=np.float32)
    gy, gx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    grain = 0.05 * np.sin(gy / out_h * fx["grain"] + 3 * _smooth(gen, out_h, out_w, 6)) + 0.07 * _smooth(gen, out_h, out_w, 4)
    img = desk[None, None, :] * (1 + grain)[..., None]
    shadow = cv2.GaussianBlur(np.roll(np.roll(ws_a, int(0.01 * out_w), axis=1), int(0.014 * out_h), axis=0),
                              (0, 0), 0.008 * out_w)
    img = img * (1 - 0.35 * shadow)[..., None]
    # the plastic beyond the sheet: the desk a little hazier; the welded edges bright, the open edge a thin line
    img = _over(img, img * 0.9 + 26, wp_a * 0.8)
    edge = np.clip(wp_a - cv2.erode(wp_a, np.ones((5, 5), np.uint8)), 0, 1)
    weld = cv2.GaussianBlur(edge, (0, 0), 1.6)
    img = img + fx["weld"] * weld[..., None]
    img = _over(img, wsrc, ws_a)
    # the plastic over everything: a faint haze, the streaks washing the print out, the crease
    img = img * (1 - fx["haze"]) + 255 * fx["haze"] * wp_a[..., None]
    wash = np.clip(wg, 0, 1) * wp_a
    img = img + (255 - img) * wash[..., None]
    img = img + 255 * np.clip(wl, -1, 1)[..., None] * wp_a[..., None] * 0.8
    ramp = (gx / out_w - 0.5) * fx["light"][0] + (gy / out_h - 0.5) * fx["light"][1]
    img = img * (1 + ramp)[..., None] * np.array(fx["cast"], dtype=np.float32)[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), fx["blur"])
    img = img + gen.normal(0, 3.0, img.shape[:2])[..., None] + gen.normal(0, 1.5, img.shape)
    return _jpeg(img, rng.randint(72, 88)), ".jpg"


class _SleevePaper(_Shot):
    shoot = _sleeve_shoot


def _char_boxes(page: pymupdf.Page) -> tuple[str, list[tuple[float, float, float, float]]]:
    """The page's characters in drawing order (spaces left out) and their boxes."""
    chars, boxes = [], []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                for c in span["chars"]:
                    if c["c"].strip():
                        chars.append(c["c"])
                        boxes.append(tuple(c["bbox"]))
    return "".join(chars), boxes


def _field_boxes(text: str, boxes: list, prefix: str, value: str) -> list:
    i = text.find(prefix + value)
    if i < 0:
        i = text.find(value)
        if i < 0:
            return []
    else:
        i += len(prefix)
    return boxes[i:i + len(value)]


def _covered(boxes: list, fx: dict) -> float:
    """The strongest reflection over any character of a field (sampled at five points of each)."""
    if not boxes:
        return 0.0
    pts_x, pts_y = [], []
    for x0, y0, x1, y1 in boxes:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        pts_x += [cx, x0 + 1, x1 - 1, cx, cx]
        pts_y += [cy, cy, cy, y0 + 1, y1 - 1]
    return float(_streaks(np.array(pts_x, np.float32), np.array(pts_y, np.float32), fx).max())


def _unreadable(boxes: list, fx: dict, wash: float = 0.85) -> bool:
    """A field a person cannot read: one of its characters washed out at its centre or over most of it."""
    for x0, y0, x1, y1 in boxes:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        g = _streaks(np.array([cx, x0 + 1, x1 - 1, cx, cx], np.float32),
                     np.array([cy, cy, cy, y0 + 1, y1 - 1], np.float32), fx)
        if g[0] >= wash or int((g >= wash).sum()) >= 3:
            return True
    return False


@family("dip_plastic_sleeve_reflection", "diploma", "scan",
        "2000s-2010s 普通高等学校毕业证书 inner page (landscape: '毕业证书', photo with 钢印, '学生 X ，性别 X ，一九八三年五月十二日生，"
        "于二〇〇一年九月至二〇〇五年七月在本校 X 专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。', 校名 with the red "
        "seal, 校（院）长 signature, date, 18-digit 证书编号, 学信网 line after 2007) kept in a clear PLASTIC SLEEVE and photographed on "
        "a desk: the sleeve larger than the sheet with bright welded edges, a WRINKLE (bright crease, dark side, the print "
        "shifted under it), long SPECULAR STREAKS of tube lights across the sheet (some washing the print out), a window's "
        "soft reflection, slight perspective and blur; truth only what a person can still read (the name never covered)")
def dip_plastic_sleeve_reflection(p: dict, rng: random.Random, face: str) -> Drawn:
    level = rng.choice(("本科", "本科", "本科", "大专"))
    gy = rng.randint(2003, 2017)
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
    W, H = rng.uniform(690, 740), rng.uniform(480, 515)
    paper = _SleevePaper(face, (W, H))
    s = paper[0]
    ink = rng.choice(((0.5, 0.12, 0.1), (0.1, 0.34, 0.26), (0.15, 0.22, 0.48), (0.45, 0.34, 0.12)))
    s.page.draw_rect(s.page.rect, color=None, fill=rng.choice(((0.98, 0.96, 0.9), (0.95, 0.97, 0.92), (0.97, 0.95, 0.95))))
    _guilloche(s, rng, 34, 34, W - 34, H - 34)
    frame = rng.choice(("double", "band"))
    if frame == "double":
        s.page.draw_rect(pymupdf.Rect(16, 16, W - 16, H - 16), color=ink, width=3)
        s.page.draw_rect(pymupdf.Rect(23, 23, W - 23, H - 23), color=ink, width=0.7)
    else:
        s.page.draw_rect(pymupdf.Rect(14, 14, W - 14, H - 14), color=ink, width=9, stroke_opacity=0.55)
        s.page.draw_rect(pymupdf.Rect(25, 25, W - 25, H - 25), color=ink, width=0.6)
    photo_left = rng.random() < 0.7
    pw_, ph_ = 88.0, 118.0
    title_y = rng.uniform(80, 92)
    old = _with_face(s, rng.choice(("song", "kai", "hei")))
    s.text(W / 2 + (30 if photo_left else -30), title_y, "毕业证书", rng.choice((30.0, 32.0, 34.0)), align="center",
           track=rng.choice((8, 12, 16)), color=ink if rng.random() < 0.6 else (0, 0, 0))
    s.paper.font = old
    if photo_left:
        px, tx0, tx1 = 60.0, 60 + pw_ + 30, W - 62
    else:
        px, tx0, tx1 = W - 60 - pw_, 64.0, W - 60 - pw_ - 30
    py = title_y + 24
    s.photo(px, py, pw_, ph_)
    s.seal(px + pw_ - 4, py + ph_ - 4, 28, q["school"], color=STEEL)
    size = rng.choice((15.0, 15.5, 16.0))
    pad = rng.choice((" ", "  "))
    prose = (f"学生{pad}{q['name']}{pad}，性别{pad}{q['gender']}{pad}，{b_s}生，于{st_s}至{gd_s}在本校{pad}{q['major']}{pad}"
             f"专业{hz_num(years)}年制{lvl}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = s.para(tx0, py + 26, prose, tx1 - tx0, size, leading=2.2, indent=2 * size)
    y = max(y + 26, H - 140)
    sx = 64.0 if photo_left else 64.0
    s.text(sx, y, f"校名：{q['school']}", 14)
    seal_at = (sx + 44 + s.width(q["school"], 14) / 2 + rng.uniform(-14, 14), y - 8)
    s.seal(seal_at[0], seal_at[1], 44, q["school"])
    s.text(sx, y + 34, "校（院）长：", 14)
    _signature(s, sx + 90, y + 36, q["principal"], rng)
    s.text(W - 64, y + 34, issued_s, 14, align="right")
    label = rng.choice(("证书编号：", "证书编号 "))
    under_photo = photo_left and rng.random() < 0.45
    if under_photo:
        s.text(px - 6, py + ph_ + 22, label, 10.5)
        s.text(px - 6, py + ph_ + 38, q["certificate_no"], 10.5)
    else:
        s.text(W - 64, y + 62, label + q["certificate_no"], 11.5, align="right")
    if gy >= 2007:
        s.text(W / 2, H - 32, rng.choice(CHSI24), 8, align="center", color=GREY)
    s.flush()
    text, boxes = _char_boxes(s.page)
    spots = {"name": ("学生", q["name"]), "gender": ("性别", q["gender"]), "birth_date": ("，", b_s),
             "start_date": ("于", st_s), "graduation_date": ("至", gd_s), "major": ("本校", q["major"]),
             "level": ("年制", lvl), "school": ("校名：", q["school"]),
             "certificate_no": (label.strip() if not under_photo else label.strip(), q["certificate_no"])}
    fboxes = {k: _field_boxes(text, boxes, pre, val) for k, (pre, val) in spots.items()}
    # the reflections: one to three tube-light streaks (roughly parallel), the name never under a strong one
    base_angle = rng.uniform(-0.5, 0.5) + (math.pi / 2 if rng.random() < 0.3 else 0)
    fx = {"window": (0, 0, 0, 0), "win_a": 0.0, "streaks": []}
    for i in range(rng.randint(1, 3)):
        strong = i == 0 or rng.random() < 0.4
        aim = i == 0 and rng.random() < 0.6    # on most seeds the first streak crosses a field
        for _ in range(60):
            if aim:
                tgt = [b for f in ("gender", "birth_date", "start_date", "major", "school", "certificate_no")
                       for b in fboxes[f]]
                bx0, by0, bx1, by1 = rng.choice(tgt)
                cx, cy = (bx0 + bx1) / 2, (by0 + by1) / 2
            else:
                cx, cy = rng.uniform(0.05, 0.95) * W, rng.uniform(0.1, 0.9) * H
            st = {"x": cx, "y": cy, "angle": base_angle + rng.uniform(-0.08, 0.08),
                  "len": rng.uniform(120, 320), "wid": rng.uniform(5, 14) if strong else rng.uniform(8, 22),
                  "peak": rng.uniform(0.97, 1.08) if strong else rng.uniform(0.22, 0.4)}
            trial = dict(fx, streaks=fx["streaks"] + [st])
            # the name, and what the certificate number encodes (level, graduation year), stay readable
            if max(_covered(fboxes[f], trial) for f in ("name", "level", "graduation_date")) < 0.25:
                fx = trial
                break
    wx, wy = rng.uniform(0.05, 0.7) * W, rng.uniform(0.05, 0.6) * H
    fx.update(window=(wx, wy, wx + rng.uniform(0.15, 0.3) * W, wy + rng.uniform(0.15, 0.35) * H),
              win_a=rng.uniform(0.08, 0.2))
    legible = {k: not _unreadable(b, fx) for k, b in fboxes.items()}
    # the red seal's ring names the school too: readable there unless the streak washes its upper arc
    arc = np.radians(np.linspace(20, 160, 15))
    ax_, ay_ = seal_at[0] + 0.68 * 44 * np.cos(arc), seal_at[1] - 0.68 * 44 * np.sin(arc)
    washed = _streaks(ax_.astype(np.float32), ay_.astype(np.float32), fx) >= 0.85
    legible["school"] = legible["school"] or float(washed.mean()) < 0.3
    open_side = rng.choice(("top", "right"))
    mg = [rng.uniform(8, 22) for _ in range(4)]
    if open_side == "top":
        mg[1] = rng.uniform(2, 6)
    else:
        mg[2] = rng.uniform(2, 6)
    fx.update(margins=tuple(mg),
              wrinkle={"x": rng.uniform(0.2, 0.8) * W, "y": rng.uniform(0.2, 0.8) * H, "angle": rng.uniform(-1.2, 1.2),
                       "len": rng.uniform(60, 180), "bend": rng.uniform(-0.15, 0.15), "shift": rng.uniform(0.8, 2.0)},
              frame=rng.uniform(1.1, 1.2), aspect=0.75, k=rng.uniform(0.82, 0.88), bow=rng.uniform(-0.015, 0.015),
              shift=(rng.uniform(-0.02, 0.02), rng.uniform(-0.02, 0.02)),
              ax=math.radians(rng.uniform(-8, 8)), ay=math.radians(rng.uniform(-8, 8)), az=math.radians(rng.uniform(-4, 4)),
              dist=rng.uniform(1.8, 2.8), desk=rng.choice(DESKS20), grain=rng.uniform(30, 90), weld=rng.uniform(40, 80),
              haze=rng.uniform(0.03, 0.08), light=(rng.uniform(-0.2, 0.2), rng.uniform(-0.2, 0.2)),
              cast=rng.choice(((1.0, 0.97, 0.92), (0.95, 0.99, 1.04), (1.0, 1.0, 0.98))), blur=rng.uniform(0.6, 1.0))
    paper.fx = fx
    full = {"name": q["name"], "gender": q["gender"], "birth_date": b_t, "school": q["school"], "major": q["major"],
            "level": level, "start_date": st_t, "graduation_date": gd_t, "certificate_no": q["certificate_no"]}
    truth = {k: v for k, v in full.items() if legible.get(k, True)}
    return Drawn(paper, truth, q["graduation_date"], dpi=rng.choice((160, 170, 180)))


# --------------------------------------------------------------------------
# a 第二学士学位 / 辅修学士学位 certificate scanned in colour on a flatbed (scan)
# --------------------------------------------------------------------------

# the second (or minor) major → its 学科门类
SECOND24 = (("法学", "法学"), ("会计学", "管理学"), ("工商管理", "管理学"), ("计算机科学与技术", "工学"), ("英语", "文学"),
            ("汉语言文学", "文学"), ("工程管理", "管理学"), ("行政管理", "管理学"), ("金融学", "经济学"),
            ("国际经济与贸易", "经济学"), ("新闻学", "文学"), ("环境工程", "工学"))
FIRST_CAT24 = {"土木工程": "工学", "给排水科学与工程": "工学", "电气工程及其自动化": "工学", "计算机科学与技术": "工学",
               "环境工程": "工学", "工程管理": "管理学", "汉语言文学": "文学", "会计学": "管理学", "测绘工程": "工学",
               "化学工程与工艺": "工学", "道路桥梁与渡河工程": "工学", "临床医学": "医学", "民族学": "法学",
               "数学与应用数学": "理学"}
CHAIRS24 = ("王立新", "李宏伟", "张建国", "陈志强", "刘振宇", "杨文斌", "马永祥", "赵国华", "孙志军")


def _flatbed_shoot(paper: "_FlatbedPaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    k = dpi / 72.0
    card = _rgb(paper.doc[0], dpi)
    ch, cw = card.shape[:2]
    gen = np.random.default_rng(rng.getrandbits(32))
    # the A4 scan area: the lid's white round the sheet, the sheet laid at an offset and a slight angle
    H, W = int(842 * k), int(595 * k)
    if cw > W - 20 or ch > H - 20:
        H, W = int(ch + 60 * k), int(cw + 40 * k)
    lid = np.full((H, W, 3), fx["lid"], dtype=np.float32) * (1 + 0.01 * _smooth(gen, H, W, 5))[..., None]
    ox, oy = fx["at"][0] * (W - cw), fx["at"][1] * (H - ch)
    m = cv2.getRotationMatrix2D((cw / 2, ch / 2), fx["angle"], 1.0)
    m[0, 2] += ox
    m[1, 2] += oy
    alpha = cv2.warpAffine(np.ones((ch, cw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR, borderValue=0)
    top = cv2.warpAffine(card, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # the scanner's lamp throws a thin shadow along the sheet's edges on one side (the card is thick)
    sh = cv2.GaussianBlur(np.roll(alpha, int(fx["edge"] * k), axis=fx["edge_axis"]), (0, 0), 1.2 * k)
    img = lid * (1 - 0.45 * np.clip(sh - alpha, 0, 1))[..., None]
    img = _over(img, top, alpha)
    # the scanner's colour: a little contrast and saturation pushed, a slight cast, lamp fall-off at one end
    grey = img.mean(axis=2, keepdims=True)
    img = grey + fx["sat"] * (img - grey)
    img = (img - 128) * fx["contrast"] + 128 + fx["bright"]
    ys = np.linspace(0, 1, H, dtype=np.float32)
    img = img * (1 - fx["fall"] * (ys if fx["fall_down"] else 1 - ys) ** 3)[:, None, None]
    img = img * np.array(fx["cast"], np.float32)[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), fx["blur"])
    img = img + gen.normal(0, 2.2, img.shape[:2])[..., None] + gen.normal(0, 1.2, img.shape)
    data = _jpeg(img, rng.randint(76, 90))
    if fx["as_pdf"]:
        return render_pages_to_pdf([(data, ".jpg")], date=when, producer=fx["producer"]), ".pdf"
    return data, ".jpg"


class _FlatbedPaper(_Shot):
    shoot = _flatbed_shoot


@family("deg_second_bachelor", "degree", "scan",
        "学士学位证书 for a 第二学士学位 ('X，男，1982年5月生。在兰州交通大学会计学专业（第二学士学位）完成了第二学士学位教育，成绩合格，"
        "经审核符合《中华人民共和国学位条例》的规定，授予管理学学士学位。', or naming the FIRST degree '2004年毕业于西北大学土木工程专业并"
        "获工学学士学位，2004年9月至2006年7月在我校会计学专业修读第二学士学位…') or a 辅修学士学位 ('在我校土木工程专业（主修）学习期间辅修"
        "会计学专业…授予管理学学士学位（辅修）'), scanned in colour on a flatbed: portrait cream guilloche sheet, coloured frame, "
        "'学士学位证书' (with '（第二学士学位）' or '辅修学士学位证书'), photo with 钢印, 学位评定委员会主席 signature, red seal, date, "
        "16-digit 证书编号, the lid's white round it; major = the SECOND (辅修) major, the first major/school/门类 distractors")
def deg_second_bachelor(p: dict, rng: random.Random, face: str) -> Drawn:
    form = rng.choice(("second", "second_first", "minor"))
    school = p["school"] if SCHOOLS[p["school"]][1] != "v" else \
        rng.choice(sorted(s for s, (_, k) in SCHOOLS.items() if k == "u"))
    code = SCHOOLS[school][0]
    first = p["major"] if p["major"] in FIRST_CAT24 else rng.choice(sorted(MAJORS))
    major, cat = rng.choice([x for x in SECOND24 if x[0] != first])
    if form == "minor":
        ay = rng.randint(2012, 2023)
        age = rng.randint(21, 23)
    else:
        ay = rng.randint(2003, 2018)
        age = rng.randint(23, 27)
    birth = date(ay - age, rng.randint(1, 12), rng.randint(1, 28))
    award = date(ay, rng.choice((6, 6, 7, 7, 12)), rng.choice((1, 20, 25, 28, 30)))
    deg_no = f"{code}4{ay}{rng.randrange(1, 999999):06d}"
    style = rng.choice(("cn", "hz", "hz"))
    b_s = fdate(birth.isoformat(), style, month=rng.random() < 0.6)[0]
    aw_s, aw_t = fdate(award.isoformat(), style)
    name, gender = p["name"], p["gender"]
    we = rng.choice(("我校", "本校"))
    tail = "成绩合格，经审核符合《中华人民共和国学位条例》的规定，"
    if form == "second":
        prose = (f"{name}，{gender}，{b_s}生。在{school}{major}专业（第二学士学位）完成了第二学士学位教育，{tail}"
                 f"授予{cat}学士学位。")
        title, sub = "学士学位证书", rng.choice(("（第二学士学位）", ""))
    elif form == "second_first":
        f_school = rng.choice(sorted(s for s in SCHOOLS if s != school))
        f_year = ay - 2
        st_s = fdate(f"{f_year}-09-01", style, month=True)[0]
        en_s = fdate(f"{ay}-{min(award.month, 7):02d}-01", style, month=True)[0]
        f_s = fdate(f"{f_year}-07-01", style, month=True)[0] if rng.random() < 0.5 else f"{f_year}年"
        prose = (f"{name}，{gender}，{b_s}生。{f_s}毕业于{f_school}{first}专业并获{FIRST_CAT24[first]}学士学位，"
                 f"{st_s}至{en_s}在{we}{major}专业修读第二学士学位，完成了第二学士学位教育，{tail}授予{cat}学士学位。")
        title, sub = "学士学位证书", "（第二学士学位）"
    else:
        prose = (f"{name}，{gender}，{b_s}生。在{we}{first}专业（主修）学习期间辅修{major}专业，完成了辅修学士学位的学习计划，"
                 f"{tail}授予{cat}学士学位（辅修）。")
        title, sub = rng.choice((("辅修学士学位证书", ""), ("学士学位证书", "（辅修）")))
    W, H = rng.uniform(420, 450), rng.uniform(590, 625)
    paper = _FlatbedPaper(face, (W, H))
    s = paper[0]
    s.page.draw_rect(s.page.rect, color=None, fill=rng.choice(((0.98, 0.96, 0.9), (0.97, 0.97, 0.95), (0.96, 0.97, 0.93))))
    _guilloche(s, rng, 28, 28, W - 28, H - 28)
    ink = rng.choice(((0.6, 0.12, 0.1), (0.55, 0.42, 0.15), (0.12, 0.3, 0.5), (0.12, 0.38, 0.26)))
    s.page.draw_rect(pymupdf.Rect(14, 14, W - 14, H - 14), color=ink, width=rng.choice((2.0, 3.0)))
    s.page.draw_rect(pymupdf.Rect(20, 20, W - 20, H - 20), color=ink, width=0.6)
    top = rng.uniform(70, 84)
    if rng.random() < 0.4:
        old = _with_face(s, rng.choice(("kai", "song")))
        s.text(W / 2, top - 22, school, 15, align="center", track=3)
        s.paper.font = old
        top += 10
    old = _with_face(s, rng.choice(("song", "kai", "hei")))
    tsize = 24.0 if len(title) <= 6 else 21.0
    s.text(W / 2, top, title, tsize, align="center", track=5, color=ink if rng.random() < 0.6 else (0, 0, 0))
    s.paper.font = old
    y0 = top + 10
    if sub:
        s.text(W / 2, top + 24, sub, 13, align="center")
        y0 += 18
    px, py = (44.0 if rng.random() < 0.7 else W - 44 - 80), y0 + 18
    s.photo(px, py, 80, 106)
    s.seal(px + 76, py + 100, 25, school, color=STEEL)
    no_top = rng.random() < 0.35
    label = rng.choice(("证书编号：", "证书编号 ", "编号："))
    if no_top:
        s.text(W - 40 if px < W / 2 else 40, py + 30, label, 10, align="right" if px < W / 2 else "left")
        s.text(W - 40 if px < W / 2 else 40, py + 46, deg_no, 10.5, align="right" if px < W / 2 else "left")
    size = rng.choice((12.0, 12.5, 13.0))
    y = s.para(44, py + 106 + 40, prose, W - 88, size, leading=2.1, indent=2 * size)
    y = max(y + 36, H - 175)
    comm = f"{school}学位评定委员会"
    s.text(W - 44, y, comm, 12, align="right")
    s.text(W - 150, y + 32, "主席", 12, align="right")
    _signature(s, W - 140, y + 34, rng.choice([c for c in CHAIRS24 if c != name]), rng)
    s.seal(W - 44 - s.width(comm, 12) / 2 + rng.uniform(-10, 10), y - 2, 36, comm)
    s.text(W - 44, y + 66, aw_s, 12, align="right")
    if not no_top:
        s.text(44, H - 36, label + deg_no, 10.5)
    paper.fx = {"lid": rng.uniform(236, 250), "at": (rng.uniform(0.1, 0.9), rng.uniform(0.05, 0.6)),
                "angle": rng.uniform(-1.6, 1.6), "edge": rng.uniform(1.0, 2.5), "edge_axis": rng.choice((0, 1)),
                "sat": rng.uniform(1.05, 1.3), "contrast": rng.uniform(1.0, 1.15), "bright": rng.uniform(-6, 8),
                "fall": rng.uniform(0.0, 0.12), "fall_down": rng.random() < 0.5,
                "cast": rng.choice(((1.0, 0.99, 0.96), (0.98, 1.0, 1.02), (1.02, 1.0, 0.97))),
                "blur": rng.uniform(0.4, 0.75), "as_pdf": rng.random() < 0.35,
                "producer": rng.choice(("Canon iR-ADV C5535 PDF", "EPSON Scan", "HP Scan", "KONICA MINOLTA bizhub C368"))}
    truth = {"name": name, "degree": "学士", "major": major, "award_date": aw_t, "degree_certificate_no": deg_no}
    return Drawn(paper, truth, award.isoformat(), dpi=rng.choice((150, 160, 170)))
