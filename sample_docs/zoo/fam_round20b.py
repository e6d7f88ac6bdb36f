"""Twentieth round of held-out families, part b (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers.

Papers:
* pap_open_spread_scan — a bound issue laid OPEN on an office copier's A3 glass and scanned (scan:
  one grey image, JPEG or an image-only PDF): ONE image holds TWO pages side by side. The LEFT
  (even) page is the end of the PREVIOUS article: its even-page running head ("· 44 ·  环 境 工 程
  2021年第39卷" or "44  journal  2021年6月"), the last lines of its two-column body and its
  "结论", its 参考文献 in GB/T 7714 form ("[3] 王立新, 陈永刚. 黄土地区…[J]. 岩土力学, 2015, 36(4):
  1021-1028.", [M], [S] standards, [D] theses) and ANOTHER author's 作者简介 block at the end
  (as 电力系统保护与控制 and 电网技术 print it: "作者简介：王立新（1979—），男，博士，副教授，研究方向
  为…；E-mail：…", some with the (编辑 …) line). The RIGHT (odd) page is the holder's article's
  first page: its running head (two rows "第39卷 第6期 | 环 境 工 程 | Vol.39 No.6" over "2021年6月
  | English name | Jun. 2021"; one line "journal  2021年6月  第39卷第6期 · 45 ·"; or the journal's
  name big on the left with "2021年第6期" (monthlies) / "2021年6月 第11期", ISSN and CN stacked on
  the right), 栏目 on some, title, byline with superscript numbers (printed, pixels), "（1. 兰州
  交通大学 …，甘肃 兰州 730070；2. …）", 摘要 / 关键词, 中图分类号 / 文献标志码 / 文章编号 (ISSN in it on
  some), DOI on some, the English block on some, two-column body from "0 引言" and the first
  column's footnote (收稿日期 / 基金项目 / 作者简介 of the first author); "ISSN … CN …" in the foot on
  some. The book's gutter is a dark shadow, the lines near the spine bend and crowd (the pages
  lift off the glass), the lid could not close: dark glass round the book, the stacked page
  edges along the fore-edges. Truth: title, authors, journal, published (the issue's month),
  ISSN / CN only where the RIGHT page prints them.
* pap_journal_site_html_print — the article's abstract page on the JOURNAL'S OWN WEBSITE (the
  玛格泰克 / 勤云 期刊采编系统 templates most Chinese journals run), printed from the browser to PDF
  (text): the browser's header (date and time, the page's title) and footer (the URL, "1/2"),
  the site banner (a picture on some sites: the journal's name then only in the text below) with
  "ISSN … CN …" as text on some, the menu 首页 | 期刊介绍/期刊简介 | 编委会 | 投稿指南 | 期刊订阅 | …
  | English, a breadcrumb ("环境工程 ›› 2021, Vol. 39 ›› Issue (6): 45-49." on 玛格泰克; "当前位置：
  首页 >> 过刊浏览 >> 2021年第6期" on 勤云), 中文 / English tabs, title, authors, 作者单位 (numbered
  lines, or the 勤云 作者 | 单位 | E-mail table), "收稿日期 / 修回日期 / 出版日期 / 发布日期" (the
  online 发布日期 in a later month on some) or "投稿时间：… 修订日期：…", 通讯作者, 基金项目, DOI, 摘要,
  关键词, the English abstract, 中图分类号, the "引用本文" lines in Chinese AND English ("李建军, 王喆.
  …[J]. 环境工程, 2021, 39(6): 45-49." / "LI Jianjun, WANG Zhe. …[J]. Environmental Engineering,
  2021, 39(6): 45-49."), 链接本文 URLs, then 相似文献 and 引证文献 lists naming OTHER papers (other
  authors, journals, years, issues: distractors) and the site's footer (编辑部 address, ICP
  number, "本系统由北京玛格泰克科技发展有限公司设计开发" / "技术支持：北京勤云科技发展有限公司"). Monthly
  journals only, so that 年,卷(期) gives the month. Truth: title, authors, journal, published,
  ISSN / CN only where printed as text.
Employer:
* emp_letter_curled_phone_photo — a one-page 工作证明 / 在职证明 on the unit's letterhead HELD IN A
  HAND and photographed with a phone (scan, colour JPEG): the page curls (a curved warp: a bow
  across the sheet and one edge or corner lifting towards the lens, then the phone's tilt and
  perspective), the holder's thumb (nail up) over the margin at one edge with the hand beyond
  the sheet, uneven light (a gradient, the hand's shadow, shading along the curl) and a slight
  blur, on a room background. Letter: letterhead (unit name, rule), title, an addressee on
  some, "兹证明X同志，性别…，身份证号码：…，自2016年7月至今在我单位…部工作，现任…（岗位/职务）…",
  特此证明, the unit and the date with the red seal over the date. Truth: name, ID, unit,
  position, start_date (the month).
* emp_two_page_letter_seal_page2 — a 工作年限及任职情况证明 typed in Word in 公文 style (仿宋 三号 on
  a 28-pt line) and saved as a TWO-page PDF (text): page 1 the letter (addressee on some; holder
  with ID, birth, education; "自2016年7月起在我单位（or the unit's name）工作至今"; the history as
  numbered lines or a ruled table 起止时间 | 工作单位 | 部门 | 岗位（职务）, with an EARLIER job at
  another unit on some: a distractor unit and date; years of work; conduct and appraisal
  sentences filling the page), page 2 ONLY the last sentence ("以上情况属实，特此证明。"), the unit's
  name, the seal and the date, and a 联系人 / 联系电话 line; page footers "第1页 共2页" or "- 1 -" on
  some. Truth: name, ID, unit (the signing unit), position (the post held 至今), start_date
  (joining this unit).
Diploma:
* dip_laminated_glare — a 2000s-2010s 普通高等学校毕业证书 (single landscape sheet: photo with the
  钢印, "毕业证书", "学生X，性别男，一九八三年五月十二日生，于二〇〇一年九月至二〇〇五年七月在本校…专业
  四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 校名 with the red seal, 校（院）长,
  the date, 证书编号, the 学信网 line after 2007) that the holder had LAMINATED (过塑) and then
  photographed on a desk (scan, colour JPEG): the laminate's clear rim with rounded corners
  round the sheet, a specular GLARE patch washing out part of the sheet (crossing a prose line on
  some seeds, never over the whole name or number), a window's reflection band, a rainbow
  (thin-film) sheen round the glare, the card's shadow, slight perspective. Truth: name,
  gender, birth_date, school, major, level, start/graduation months, certificate_no.
"""
from __future__ import annotations

import io
import math
import random
from datetime import date, timedelta

import cv2
import numpy as np
import pymupdf
from PIL import Image

from sample_docs.render.degrade import render_pages_to_pdf

from .draw import A4, RED, Paper, Sheet
from .facts import JOURNALS, NAMES_F, NAMES_M, TITLE_A, TITLE_B, TITLE_C, UNITS, issn, redate
from .fam_round7 import AFF7, KEYW7, SENT7, _byline, _english_title
from .fam_round8 import EN_NAME
from .fam_round12 import _latin, _pinyin
from .fam_round13 import _guilloche
from .fam_round19b import VOL1, _signature
from .registry import Drawn, family, fdate, hz_num

GREY = (0.35, 0.35, 0.35)
LIGHT = (0.55, 0.55, 0.55)
STEEL = (0.55, 0.55, 0.55)   # a 钢印 photographs as a grey ring
LINK = (0.0, 0.2, 0.6)
MON_ABBR = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()


# --------------------------------------------------------------------------
# photographs and scans made from the drawn page (numpy / OpenCV)
# --------------------------------------------------------------------------

def _rgb(page: pymupdf.Page, dpi: float) -> np.ndarray:
    pix = page.get_pixmap(dpi=int(dpi), colorspace=pymupdf.csRGB, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).astype(np.float32)


def _jpeg(arr: np.ndarray, quality: int) -> bytes:
    img = np.clip(arr, 0, 255).astype(np.uint8)
    im = Image.fromarray(img, "L" if img.ndim == 2 else "RGB")
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def _smooth(gen: np.random.Generator, h: int, w: int, cells: int) -> np.ndarray:
    """Low-frequency noise in [-1, 1] (a coarse random grid, upsampled)."""
    small = gen.uniform(-1, 1, (cells, max(2, int(cells * w / max(h, 1))))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _invert(fwd, out_w: int, out_h: int, src_w: float, src_h: float, step: int = 4,
            iters: int = 9) -> tuple[np.ndarray, np.ndarray]:
    """Maps (output pixel → source pixel) for a smooth forward map ``fwd(x, y) → (u, v)``:
    Newton's method on a coarse grid from the corners' homography, then interpolated."""
    gu, gv = np.meshgrid(np.arange(0, out_w + step, step, dtype=np.float64),
                         np.arange(0, out_h + step, step, dtype=np.float64))
    cx = np.array([0, src_w, src_w, 0], dtype=np.float64)
    cy = np.array([0, 0, src_h, src_h], dtype=np.float64)
    cu, cv_ = fwd(cx, cy)
    hinv = cv2.getPerspectiveTransform(np.float32(np.c_[cu, cv_]), np.float32(np.c_[cx, cy]))
    den = hinv[2, 0] * gu + hinv[2, 1] * gv + hinv[2, 2]
    x = (hinv[0, 0] * gu + hinv[0, 1] * gv + hinv[0, 2]) / den
    y = (hinv[1, 0] * gu + hinv[1, 1] * gv + hinv[1, 2]) / den
    e = 0.5
    for _ in range(iters):
        u, v = fwd(x, y)
        ux, vx = fwd(x + e, y)
        uy, vy = fwd(x, y + e)
        a, b, c, d = (ux - u) / e, (uy - u) / e, (vx - v) / e, (vy - v) / e
        det = a * d - b * c
        det = np.where(np.abs(det) < 1e-6, 1e-6, det)
        ru, rv = gu - u, gv - v
        x = np.clip(x + (d * ru - b * rv) / det, -5 * src_w, 6 * src_w)
        y = np.clip(y + (-c * ru + a * rv) / det, -5 * src_h, 6 * src_h)
    fu, fv = np.meshgrid(np.arange(out_w, dtype=np.float32) / step, np.arange(out_h, dtype=np.float32) / step)
    mx = cv2.remap(x.astype(np.float32), fu, fv, cv2.INTER_LINEAR)
    my = cv2.remap(y.astype(np.float32), fu, fv, cv2.INTER_LINEAR)
    return mx, my


def _warp(img: np.ndarray, mx: np.ndarray, my: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The warped image and its coverage (0..1, anti-aliased at the sheet's edge)."""
    out = cv2.remap(img, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    ones = np.ones(img.shape[:2], dtype=np.float32)
    cover = cv2.remap(ones, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    return out, cover


def _over(base: np.ndarray, top: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    a = alpha[..., None] if base.ndim == 3 else alpha
    return base * (1 - a) + top * a


def _projector(w: float, h: float, k: float, cu: float, cv_: float, ax: float, ay: float, az: float,
               dist: float, shape):
    """A forward map: page (x, y) in source pixels → photo (u, v), for a sheet whose depth is
    ``shape(s, t)`` (s, t in −0.5…0.5, depth in source pixels, negative towards the lens),
    turned by ax, ay, az (radians) and seen in perspective from ``dist`` sheet-heights."""
    ca, sa, cb, sb, cc, sc = math.cos(ax), math.sin(ax), math.cos(ay), math.sin(ay), math.cos(az), math.sin(az)
    D = dist * max(w, h) * k

    def fwd(x, y):
        s, t = x / w - 0.5, y / h - 0.5
        X, Y, Z = s * w * k, t * h * k, shape(s, t) * k
        Y, Z = Y * ca - Z * sa, Y * sa + Z * ca
        X, Z = X * cb + Z * sb, -X * sb + Z * cb
        X, Y = X * cc - Y * sc, X * sc + Y * cc
        depth = D + Z
        return cu + D * X / depth, cv_ + D * Y / depth
    return fwd


class _Shot(Paper):
    """A paper delivered as a photograph or scan that ``self.shoot(paper, rng, dpi)`` makes from
    the drawn first page (bytes, ext)."""
    shoot = None

    def scan(self, rng: random.Random, *, dpi: int = 160, level=None, date: str = "2024-01-01"):
        self._flush()
        return type(self).shoot(self, rng, dpi, date)


# --------------------------------------------------------------------------
# an issue laid open on the copier: two pages in one image (scan)
# --------------------------------------------------------------------------

SENT20 = SENT7 + ("受地形及施工条件限制，现场测点布置需综合考虑监测精度与施工干扰。",
                  "试验共设置4组对比工况，每组工况重复3次，取其平均值作为试验结果。",
                  "由图3可知，随着荷载的增大，各测点的变形均呈非线性增长趋势。",
                  "当温度低于5 ℃时，系统的处理效率明显下降，需采取相应的保温措施。",
                  "计算时材料参数依据室内试验结果取值，边界条件按实际工程确定。",
                  "与传统方法相比，该方法的计算效率提高了约30%。",
                  "表2给出了不同工况下的计算结果及其与实测值的对比。",
                  "目前，国内外学者针对该问题已开展了大量研究，并取得了一定成果。")
CONCL20 = ("所提出的计算方法能较好地反映实际工程的受力特征，计算结果与实测值的相对误差在10%以内。",
           "冻融循环次数对试样强度的影响显著，前5次循环后强度衰减最为明显。",
           "现场监测结果表明，施工期沉降约占总沉降量的70%，工后沉降在运营2年后基本趋于稳定。",
           "优化后的运行参数使出水水质稳定达到一级A标准，运行费用降低约15%。",
           "建议在类似工程中加强施工期监测，并根据监测结果及时调整施工参数。")
REF20 = (("王立新, 陈永刚", "黄土地区路基沉降预测方法综述", "J", "岩土力学"),
         ("刘海涛", "寒区污水处理低温运行策略研究", "J", "给水排水"),
         ("赵明, 孙国庆, 李芳", "综合管廊结构设计若干问题探讨", "J", "地下空间与工程学报"),
         ("郭建平", "西北干旱区再生水回用现状与展望", "J", "干旱区资源与环境"),
         ("陈思远, 周立", "沥青路面车辙形成机理分析", "J", "中国公路学报"),
         ("韩晓军, 王磊", "湿陷性黄土隧道初期支护受力特征", "J", "隧道建设"),
         ("何建国, 刘岩", "城市供水管网分区计量管理实践", "J", "中国给水排水"),
         ("吴涛", "装配式混凝土结构节点研究进展", "J", "建筑结构学报"),
         ("谢定义", "黄土力学", "M", "北京: 高等教育出版社"),
         ("钱鸿缙", "湿陷性黄土地基", "M", "北京: 中国建筑工业出版社"),
         ("中华人民共和国住房和城乡建设部", "GB 50025—2018 湿陷性黄土地区建筑标准", "S", "北京: 中国建筑工业出版社"),
         ("中华人民共和国住房和城乡建设部", "GB 50007—2011 建筑地基基础设计规范", "S", "北京: 中国建筑工业出版社"),
         ("马晓东", "寒旱区城镇污水处理厂提标改造研究", "D", "兰州: 兰州交通大学"),
         ("杨柳", "石化园区危险废物全过程管理研究", "D", "西安: 长安大学"))
BIO20 = ("黄土力学与地基处理", "寒区道路工程", "水污染控制", "结构健康监测", "城市给排水管网", "隧道与地下工程",
         "电力系统稳定分析", "固体废物处理与资源化")
EDITORS20 = ("葛艳娜", "刘丹", "王晓燕", "张颖", "李娜", "陈静")
FUND20 = ("国家自然科学基金项目", "甘肃省科技计划项目", "甘肃省自然科学基金", "兰州市人才创新创业项目",
          "甘肃省高等学校创新基金项目", "中国铁建股份有限公司科技研发计划项目")
COLUMN20 = ("试验研究", "工程技术", "研究与探讨", "设计与施工", "环境与资源", "应用技术")
# a CNKI-style DOI stem per journal
DOI20 = {"环境工程": "10.13205/j.hjgc", "公路交通科技": "10.3969/j.issn.1002-0268", "甘肃科学学报": "10.16468/j.cnki.issn1004-0366",
         "建筑结构": "10.19701/j.jzjg", "中国给水排水": "10.19853/j.zgjsps.1000-4602", "工业建筑": "10.13204/j.gyjz",
         "西北民族大学学报(自然科学版)": "10.14084/j.cnki.cn62-1188/n", "兰州交通大学学报": "10.3969/j.issn.1001-4373",
         "电力系统保护与控制": "10.19783/j.cnki.pspc", "化工进展": "10.16085/j.issn.1000-6613",
         "水利水电技术": "10.13928/j.cnki.wrahe", "计算机工程与应用": "10.3778/j.issn.1002-8331"}


def _month_of(per: int, n: int) -> int:
    return {12: n, 24: (n + 1) // 2, 6: 2 * n, 4: 3 * n}[per]


def _others(names: list[str], k: int, rng: random.Random) -> list[str]:
    pool = [x for x in NAMES_M + NAMES_F if x not in names]
    return rng.sample(pool, k)


def _ref_line(i: int, rng: random.Random, year_max: int) -> str:
    au, ti, kind, src = rng.choice(REF20)
    yr = rng.randint(2003, year_max)
    if kind == "J":
        return f"[{i}] {au}. {ti}[J]. {src}, {yr}, {rng.randint(20, 45)}({rng.randint(1, 12)}): " \
               f"{(a := rng.randint(10, 900))}-{a + rng.randint(3, 9)}."
    if kind == "D":
        return f"[{i}] {au}. {ti}[D]. {src}, {yr}."
    return f"[{i}] {au}. {ti}[{kind}]. {src}, {yr}."


def _flow(s: Sheet, cols: list[tuple[float, float]], top: float, bottom: float, items: list[tuple[str, float, float]],
          leading: float = 1.62, start: tuple[int, float] | None = None) -> tuple[int, float]:
    """Lay paragraphs (text, size, first-line indent) down the columns in order; returns where it ended."""
    ci, y = start if start else (0, top)
    for text, size, indent in items:
        x, w = cols[ci]
        lines = s.wrap(text, w, size, first=indent)
        for j, ln in enumerate(lines):
            if y > bottom:
                ci += 1
                if ci >= len(cols):
                    return ci, y
                y = top
                x, w = cols[ci]
            s.text(x + (indent if j == 0 else 0), y, ln, size)
            y += size * leading
    return ci, y


def _spread_left(s: Sheet, ox: float, pw: float, ph: float, p: dict, rng: random.Random, *, y: int, vol: int,
                 n: int, m: int, page: int) -> None:
    """The even page: the end of the previous article, its references and its authors' 简介."""
    j = p["journal"]
    xo, xi = ox + rng.uniform(46, 54), ox + pw - rng.uniform(40, 48)     # outer and inner margins
    head = rng.choice(("dots", "plain"))
    if head == "dots":
        s.text(xo, 38, f"· {page} ·", 8)
        s.text((xo + xi) / 2, 38, " ".join(j) if len(j) <= 6 else j, 8.5, align="center")
        s.text(xi, 38, f"{y}年第{vol}卷", 8, align="right")
    else:
        s.text(xo, 38, str(page), 8.5)
        s.text(xi, 38, f"{j}    {y}年{m}月", 8, align="right")
    s.line(xo, 43, xi, 43, width=0.6)
    if rng.random() < 0.5:
        s.line(xo, 45, xi, 45, width=0.3)
    gap = 14.0
    cw = (xi - xo - gap) / 2
    cols = [(xo, cw), (xo + cw + gap, cw)]
    top, bottom = 64.0, ph - 46
    prev_authors = _others(p["authors"], rng.randint(1, 3), rng)
    body = [("".join(rng.choice(SENT20) for _ in range(rng.randint(9, 20))), 9.0, 0.0)]
    k = rng.randint(3, 4)
    body.append((f"{k} 结论", 10.0, 0.0))
    body.append(("通过以上分析，得到以下主要结论：", 9.0, 18.0))
    for i, c in enumerate(rng.sample(CONCL20, rng.randint(2, 4)), 1):
        body.append((f"（{i}）{c}", 9.0, 18.0))
    ci, yy = _flow(s, cols, top, bottom, body)
    yy += 8
    s.text(cols[min(ci, 1)][0], yy, "参考文献：", 8.5)
    yy += 14
    refs = [(_ref_line(i, rng, y - 1), 7.6, 0.0) for i in range(1, rng.randint(8, 14))]
    ci, yy = _flow(s, cols, top, bottom, refs, leading=1.5, start=(min(ci, 1), yy))
    if ci >= len(cols):
        return
    yy += 10
    bios = []
    for i, nm in enumerate(prev_authors):
        born = rng.randint(1968, 1992)
        sex = "男" if nm in NAMES_M else "女"
        deg = rng.choice(("博士，教授", "博士，副教授", "硕士，高级工程师", "硕士研究生", "硕士，工程师"))
        mail = f"{rng.choice(('wang', 'chen', 'liu', 'zhao', 'ma', 'li'))}{rng.randint(10, 999)}@" \
               f"{rng.choice(('163.com', 'lzjtu.edu.cn', 'lut.edu.cn', '126.com'))}"
        lead = "作者简介：" if i == 0 else ""
        tail = "，通信作者" if i == len(prev_authors) - 1 and len(prev_authors) > 1 else ""
        bios.append((f"{lead}{nm}（{born}—），{sex}{tail}，{deg}，研究方向为{rng.choice(BIO20)}；E-mail：{mail}", 7.8,
                     0.0 if i == 0 else 24.0))
    ci, yy = _flow(s, cols, top, bottom, bios, leading=1.55, start=(ci, yy))
    if ci < len(cols) and rng.random() < 0.6:
        x, w = cols[ci]
        s.text(x + w, yy + 6, f"（编辑  {rng.choice(EDITORS20)}）", 8, align="right")


def _spread_right(s: Sheet, ox: float, pw: float, ph: float, p: dict, rng: random.Random, *, y: int, vol: int,
                  n: int, m: int, page: int, latin: pymupdf.Font, cjk: pymupdf.Font) -> dict:
    """The odd page: the article's first page. Returns what it prints of ISSN / CN."""
    j = p["journal"]
    per = p["issues_per_year"]
    names = p["authors"]
    xi, xo = ox + rng.uniform(40, 48), ox + pw - rng.uniform(46, 54)
    W = xo - xi
    en = EN_NAME.get(j, "Journal")
    printed: dict = {}
    head = rng.choice(("rows", "line", "stack"))
    if head == "rows":
        s.text(xi, 34, f"第{vol}卷 第{n}期", 8)
        s.text((xi + xo) / 2, 34, " ".join(j) if len(j) <= 6 else j, 9, align="center")
        s.paper.font = latin
        s.text(xo, 34, f"Vol.{vol} No.{n}", 8, align="right")
        s.paper.font = cjk
        s.text(xi, 46, f"{y}年{m}月", 8)
        s.paper.font = latin
        s.text((xi + xo) / 2, 46, en, 7.5, align="center")
        s.text(xo, 46, f"{MON_ABBR[m - 1]} {y}", 8, align="right")
        s.paper.font = cjk
        s.line(xi, 51, xo, 51, width=0.8)
        yy = 76.0
    elif head == "line":
        s.text(xi, 40, f"{j}    {y}年{m}月    第{vol}卷第{n}期", 8.5)
        s.text(xo, 40, f"· {page} ·", 8.5, align="right")
        s.line(xi, 45, xo, 45, width=0.6)
        yy = 72.0
    else:
        s.text(xi, 50, j, 19 if len(j) <= 6 else 14, track=2)
        issue = f"{y}年第{n}期" if per == 12 else f"{y}年{m}月  第{n}期"
        s.text(xo, 30, issue, 8, align="right")
        s.paper.font = latin
        s.text(xo, 41, f"ISSN {p['issn']}", 7.5, align="right")
        s.text(xo, 52, f"CN {p['cn']}", 7.5, align="right")
        s.paper.font = cjk
        printed.update(issn=p["issn"], cn=p["cn"])
        s.line(xi, 58, xo, 58, width=1.4)
        s.line(xi, 60.5, xo, 60.5, width=0.4)
        yy = 84.0
    if rng.random() < 0.5:
        col = rng.choice(COLUMN20)
        if rng.random() < 0.5:
            s.text(xi, yy - 6, f"【{col}】", 8.5)
        else:
            s.box(xi, yy - 16, xi + s.width(col, 8.5) + 10, yy - 3, width=0.5)
            s.text(xi + 5, yy - 6.5, col, 8.5)
        yy += 8
    for line in s.wrap(p["paper_title"], W - 40, 17):
        s.text((xi + xo) / 2, yy + 10, line, 17, align="center")
        yy += 24
    yy += 14
    insts = [a[0] for a in rng.sample(AFF7, min(len(names), rng.randint(1, 2)))]
    marks = [str(rng.randint(1, len(insts))) if len(insts) > 1 else "" for _ in names]
    if len(insts) > 1:
        marks[0] = "1"
    _byline(s, (xi + xo) / 2, yy, names, marks, 11.5, rng.choice(("，", "  ")), 6.5)
    yy += 17
    aff = "；".join(f"{i + 1}. {a}" if len(insts) > 1 else a for i, a in enumerate(insts))
    for line in s.wrap(f"（{aff}）", W - 60, 8):
        s.text((xi + xo) / 2, yy, line, 8, align="center")
        yy += 12
    yy += 8
    ind = 14.0
    yy = s.para(xi + ind, yy, "摘  要：" + "".join(rng.sample(SENT20, 4)), W - 2 * ind, 8.6, leading=1.55)
    yy = s.para(xi + ind, yy, "关键词：" + "；".join(rng.sample(KEYW7, 4)), W - 2 * ind, 8.6, leading=1.55)
    page1 = page
    last = page1 + rng.randint(4, 7)
    code = f"中图分类号：{rng.choice(('X703', 'TU443', 'U416.2', 'TV523', 'TU992'))}    文献标志码：A"
    if rng.random() < 0.6:
        code += f"    文章编号：{p['issn']}({y}){n:02d}-{page1:04d}-{last - page1 + 1:02d}"
        printed["issn"] = p["issn"]
    s.text(xi + ind, yy, code, 8)
    yy += 13
    if rng.random() < 0.5:
        s.paper.font = latin
        s.text(xi + ind, yy, f"DOI: {DOI20.get(j, '10.3969/j.issn')}.{y}{n:02d}{rng.randint(1, 40):03d}", 7.8)
        s.paper.font = cjk
        yy += 13
    if rng.random() < 0.35:
        s.paper.font = latin
        yy += 4
        for line in s.wrap(_english_title(p["paper_title"]).upper(), W - 60, 9):
            s.text((xi + xo) / 2, yy, line, 9, align="center")
            yy += 12
        s.text((xi + xo) / 2, yy, ", ".join(_pinyin(nm, "family") for nm in names), 8, align="center")
        yy += 14
        s.paper.font = cjk
    s.line(xi, yy, xo, yy, width=0.4)
    yy += 16
    gap = 14.0
    cw = (W - gap) / 2
    foot_lines = []
    recv = date(y, m, 1) - timedelta(days=rng.randint(80, 300))
    rev = recv + timedelta(days=rng.randint(30, 70))
    foot_lines.append(f"收稿日期：{recv:%Y-%m-%d}" + (f"；修回日期：{rev:%Y-%m-%d}" if rng.random() < 0.6 else ""))
    if rng.random() < 0.7:
        foot_lines.append(f"基金项目：{rng.choice(FUND20)}（{rng.randint(y - 4, y - 1) % 100}JR{rng.randint(1, 9)}RA"
                          f"{rng.randint(100, 999)}）")
    first = names[0]
    foot_lines.append(f"作者简介：{first}（{rng.randint(1975, 1996)}—），{'男' if first in NAMES_M else '女'}，"
                      f"{rng.choice(('甘肃兰州人', '甘肃天水人', '甘肃武威人', '青海西宁人'))}，"
                      f"{rng.choice(('硕士', '学士', '博士研究生'))}，{rng.choice(('工程师', '高级工程师', '助理工程师'))}，"
                      f"主要从事{rng.choice(BIO20)}研究。E-mail：{rng.choice(('lzxq', 'gs', 'lz'))}{rng.randint(100, 9999)}@163.com")
    fsize = 7.2
    wrapped = [ln for t in foot_lines for ln in s.wrap(t, cw, fsize)]
    foot_bottom = ph - (52 if rng.random() < 0.45 else 40)
    foot_top = foot_bottom - len(wrapped) * fsize * 1.5 - 6
    s.line(xi, foot_top - 4, xi + 80, foot_top - 4, width=0.5)
    fy = foot_top + fsize
    for ln in wrapped:
        s.text(xi, fy, ln, fsize)
        fy += fsize * 1.5
    # "0 引言", then the body: the left column stops above the footnote, the right runs to the page's foot
    s.text(xi, yy, "0 引言", 10)
    yy += 17
    lines = s.wrap("".join(rng.choice(SENT20) for _ in range(64)), cw, 9, first=18)
    cols = ((xi, yy, foot_top - 14), (xi + cw + gap, yy - 17, ph - 50))
    ci, ly = 0, yy
    for i, ln in enumerate(lines):
        if ly > cols[ci][2]:
            ci += 1
            if ci == len(cols):
                break
            ly = cols[ci][1]
        s.text(cols[ci][0] + (18 if i == 0 else 0), ly, ln, 9)
        ly += 9 * 1.62
    if foot_bottom < ph - 48:
        s.paper.font = latin
        s.text((xi + xo) / 2, ph - 28, f"ISSN {p['issn']}    CN {p['cn']}", 7.5, align="center")
        s.paper.font = cjk
        printed.update(issn=p["issn"], cn=p["cn"])
    return printed


def _spread_shoot(paper: "_SpreadPaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    page = paper.doc[0]
    src = _rgb(page, dpi).mean(axis=2)
    k = dpi / 72.0
    h, w = src.shape
    # the book block: stacked page edges outside the fore-edges (and a little at head and foot)
    pad_x, pad_y = int(fx["edge"] * k), int(3 * k)
    book = np.full((h + 2 * pad_y, w + 2 * pad_x), 0.0, dtype=np.float32)
    book[pad_y:pad_y + h, pad_x:pad_x + w] = src
    for side in (0, 1):
        band = book[:, :pad_x] if side == 0 else book[:, -pad_x:]
        xs = np.arange(pad_x, dtype=np.float32)
        stripes = 196 + 30 * np.sin(xs * fx["stripe"]) - (xs if side == 1 else pad_x - xs) * 30 / max(pad_x, 1)
        band[:] = stripes[None, :]
    book[:pad_y, :] = np.minimum(book[:pad_y, :], 205)
    book[-pad_y:, :] = np.minimum(book[-pad_y:, :], 205)
    H, W = book.shape
    spine = pad_x + w / 2.0
    # shading: the gutter's shadow and a dark core at the spine, light falling off to one side
    xs = np.arange(W, dtype=np.float32)
    d = np.abs(xs - spine)
    shade = 1 - fx["shadow"] * np.exp(-d / (fx["ls"] * k)) - 0.5 * np.exp(-d / (2.2 * k))
    shade = np.clip(shade, 0.06, 1.0) * (1 - fx["fall"] * (xs / W if fx["fall_left"] else 1 - xs / W))
    book = book * shade[None, :]
    # output: the A3 glass, the book placed on it
    out_w, out_h = int(fx["glass"][0] * k), int(fx["glass"][1] * k)
    ox, oy = fx["at"][0] * k, fx["at"][1] * k
    A, L, B, L2 = fx["hide"] * k, fx["hide"] * k / fx["ratio"], fx["squeeze"], fx["l2"] * k
    yc = H / 2.0
    # the x map depends on x only (monotonic): tabulate it and invert by interpolation
    dd = np.linspace(0, W, 4000)
    g = dd - A * (1 - np.exp(-dd / L))
    u_out, v_out = np.meshgrid(np.arange(out_w, dtype=np.float32), np.arange(out_h, dtype=np.float32))
    rel = u_out - (ox + spine)
    sgn = np.sign(rel)
    ad = np.interp(np.abs(rel), g, dd).astype(np.float32)
    mx = (spine + sgn * ad).astype(np.float32)
    sq = 1 - B * np.exp(-ad / L2)
    my = (yc + (v_out - oy - yc) / sq).astype(np.float32)
    warped = cv2.remap(book, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=-1)
    cover = warped >= 0
    gen = np.random.default_rng(rng.getrandbits(32))
    glass = fx["dark"] + 18 * _smooth(gen, out_h, out_w, 4) + 14 * (v_out / out_h)
    img = np.where(cover, warped, glass)
    img = cv2.GaussianBlur(img, (0, 0), 0.6)
    if abs(fx["turn"]) > 0.01:
        mtx = cv2.getRotationMatrix2D((out_w / 2, out_h / 2), fx["turn"], 1.0)
        img = cv2.warpAffine(img, mtx, (out_w, out_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    tone_hi, tone_lo = rng.uniform(232, 246), rng.uniform(18, 40)
    img = tone_lo + (tone_hi - tone_lo) * img / 255.0
    img = img + gen.normal(0, 2.6, img.shape)
    data = _jpeg(img, rng.randint(62, 78))
    if fx["as_pdf"]:
        return render_pages_to_pdf([(data, ".jpg")], date=when, producer=rng.choice(
            ("KONICA MINOLTA bizhub C368", "Canon iR-ADV C5535 PDF", "RICOH MP C3004", "SHARP MX-M3551"))), ".pdf"
    return data, ".jpg"


class _SpreadPaper(_Shot):
    shoot = _spread_shoot


@family("pap_open_spread_scan", "paper", "scan",
        "bound issue laid OPEN on an A3 copier glass and scanned: ONE image holds TWO pages; LEFT the end of the previous "
        "article (even-page running head, last body lines and 结论, its 参考文献 [J]/[M]/[S]/[D], ANOTHER author's 作者简介 "
        "and (编辑 …)), RIGHT the article's first page (running head in two rows 卷期|刊名|Vol.No. over 年月|English|Mon. year, "
        "one line 'journal YYYY年M月 第N卷第N期 · 45 ·', or the journal's name big with 'YYYY年第N期' and ISSN/CN stacked), "
        "栏目, title, superscripted byline, affiliations, 摘要/关键词, 中图分类号/文献标志码/文章编号, DOI, footnote 收稿日期/"
        "基金项目/作者简介; dark gutter shadow, lines bending and crowding near the spine, dark glass round the book, "
        "stacked page edges")
def pap_open_spread_scan(p: dict, rng: random.Random, face: str) -> Drawn:
    per = p["issues_per_year"]
    y = p["pub_year"]
    n = rng.randint(1, per)
    m = _month_of(per, n)
    v1 = VOL1.get(p["journal"], (1980, ""))[0]
    vol = y - v1 + 1
    pw, ph = rng.uniform(500, 530), rng.uniform(722, 752)
    paper = _SpreadPaper(face, (2 * pw, ph))
    s = paper[0]
    cjk = paper.font
    latin = _latin(cjk)
    page = 2 * rng.randint(8, 80) + 1
    _spread_left(s, 0.0, pw, ph, p, rng, y=y, vol=vol, n=n, m=m, page=page - 1)
    printed = _spread_right(s, pw, pw, ph, p, rng, y=y, vol=vol, n=n, m=m, page=page, latin=latin, cjk=cjk)
    glass = (1191.0, 842.0)
    paper.fx = {"edge": rng.uniform(6, 12), "stripe": rng.uniform(1.6, 2.6), "shadow": rng.uniform(0.6, 0.8),
                "ls": rng.uniform(14, 26), "fall": rng.uniform(0.0, 0.12), "fall_left": rng.random() < 0.5,
                "glass": glass, "hide": rng.uniform(14, 24), "ratio": rng.uniform(0.78, 0.9),
                "squeeze": rng.uniform(0.05, 0.1), "l2": rng.uniform(35, 70),
                "at": ((glass[0] - 2 * pw) / 2 + rng.uniform(-30, 30), (glass[1] - ph) / 2 + rng.uniform(-20, 20)),
                "dark": rng.uniform(28, 70), "turn": rng.uniform(-0.9, 0.9), "as_pdf": rng.random() < 0.35}
    truth = {"title": p["paper_title"], "authors": ";".join(p["authors"]), "journal": p["journal"],
             "published": f"{y:04d}-{m:02d}"}
    truth.update(printed)
    return Drawn(paper, truth, f"{rng.randint(max(y, 2021), 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                 dpi=rng.choice((150, 160, 170)))


# --------------------------------------------------------------------------
# the article's page on the journal's own website, printed from the browser (text)
# --------------------------------------------------------------------------

MONTHLY20 = [jj for jj in JOURNALS if jj[3] == 12]
# the journal's site: host, 编辑部 address, phone, the sponsoring bodies
SITE20 = {"环境工程": ("hjgc.ijournals.cn", "北京市海淀区西土城路33号", "100088", "010-82227632"),
          "公路交通科技": ("www.gljtkj.com", "北京市海淀区西土城路8号", "100088", "010-62079563"),
          "工业建筑": ("www.gyjz.net.cn", "北京市海淀区西土城路33号", "100088", "010-82227035"),
          "化工进展": ("hgjz.cip.com.cn", "北京市东城区青年湖南街13号", "100011", "010-64519502"),
          "水利水电技术": ("slsdjs.ijournals.cn", "北京市海淀区玉渊潭南路3号", "100038", "010-68786215")}
MENU_MT = ("首页", "期刊介绍", "编委会", "投稿指南", "期刊订阅", "广告合作", "联系我们", "English")
MENU_QY = ("首页", "期刊简介", "编委会", "投稿须知", "期刊订阅", "征稿启事", "联系我们", "English")
CORR20 = ("通信作者", "通讯作者")


def _cite_cn(names: list[str], title: str, j: str, y: int, vol: int, n: int, a: int, b: int, tight: bool) -> str:
    au = names[:3] + (["等"] if len(names) > 3 else [])
    if tight:
        return f"{','.join(au)}.{title}[J].{j},{y},{vol}({n}):{a}-{b}."
    return f"{', '.join(au)}. {title}[J]. {j}, {y}, {vol}({n}): {a}-{b}."


def _cite_en(names: list[str], title: str, j_en: str, y: int, vol: int, n: int, a: int, b: int, tight: bool) -> str:
    au = [_pinyin(nm, "family") for nm in names[:3]] + (["et al"] if len(names) > 3 else [])
    if tight:
        return f"{','.join(au)}.{title}[J].{j_en},{y},{vol}({n}):{a}-{b}."
    return f"{', '.join(au)}. {title}[J]. {j_en}, {y}, {vol}({n}): {a}-{b}."


class _Web:
    """A browser's print of a long page: content flows over A4 pages; header and footer added last."""

    def __init__(self, paper: Paper, top: float, bottom: float):
        self.paper, self.top, self.bottom = paper, top, bottom
        self.s = paper[0]
        self.y = top

    def need(self, h: float) -> Sheet:
        if self.y + h > self.bottom:
            self.s = self.paper.add_page()
            self.y = self.top
        return self.s

    def lines(self, x: float, width: float, text: str, size: float, *, label: str = "", leading: float = 1.7,
              color=(0.0, 0.0, 0.0), font: pymupdf.Font | None = None, align: str = "left") -> None:
        s = self.s
        off = s.width(label, size) + 3 if label else 0.0
        old = self.paper.font
        if font is not None:
            self.paper.font = font
        wrapped = s.wrap(text, width - off, size)
        self.paper.font = old
        for i, ln in enumerate(wrapped):
            s = self.need(size * leading)
            if label and i == 0:
                s.text(x, self.y + size, label, size)
            if font is not None:
                self.paper.font = font
            if align == "center":
                s.text(x + width / 2, self.y + size, ln, size, align="center", color=color)
            else:
                s.text(x + off, self.y + size, ln, size, color=color)
            self.paper.font = old
            self.y += size * leading


def _banner_picture(face: str, j: str, en: str, w: float, h: float, colour, sub: str) -> pymupdf.Pixmap:
    """The site's banner as the <img> it is: the journal's name drawn into pixels."""
    tmp = Paper(face, (w, h))
    t = tmp[0]
    t.page.draw_rect(t.page.rect, color=None, fill=colour)
    t.text(24, h * 0.56, j, h * 0.42, color=(1, 1, 1), track=3)
    t.text(26 + t.width(j, h * 0.42, 3) + 18, h * 0.56, sub, h * 0.16, color=(0.9, 0.9, 0.9))
    t.text(26, h * 0.84, en, h * 0.15, color=(0.92, 0.92, 0.92))
    t.flush()
    pix = t.page.get_pixmap(dpi=110)
    tmp.close()
    return pix


@family("pap_journal_site_html_print", "paper", "text",
        "article's abstract page on the JOURNAL'S OWN WEBSITE (玛格泰克 / 勤云 期刊采编系统 templates) printed from the browser "
        "to PDF: browser header (date/time, page title) and footer (URL, '1/2'), site banner (a picture on some, ISSN/CN as "
        "text on some), menu 首页|期刊介绍|编委会|…|English, breadcrumb '环境工程 » 2021, Vol. 39 » Issue (6): 45-49.' or "
        "'当前位置：首页 >> 过刊浏览 >> 2021年第6期', 中文/English tabs, title, authors, 作者单位 lines or 作者|单位|E-mail table, "
        "收稿/修回/出版/发布日期 or '投稿时间：… 修订日期：…', 通讯作者, 基金项目, DOI, 摘要, 关键词, English abstract, 中图分类号, "
        "'引用本文' in Chinese and English '…[J]. 环境工程, 2021, 39(6): 45-49.', 链接本文, 相似文献 and 引证文献 lists of OTHER "
        "papers (distractors), the site's footer (编辑部 address, ICP, 玛格泰克/勤云)")
def pap_journal_site_html_print(p: dict, rng: random.Random, face: str) -> Drawn:
    if p["issues_per_year"] == 12 and p["journal"] in SITE20:
        j, sn, cn = p["journal"], p["issn"], p["cn"]
    else:
        jj = rng.choice([x for x in MONTHLY20 if x[0] in SITE20])
        j, sn, cn = jj[0], issn(jj[1]), jj[2]
    host, addr, post, tel = SITE20[j]
    en = EN_NAME.get(j, "Journal")
    y = p["pub_year"]
    n = rng.randint(1, 12)
    vol = y - VOL1[j][0] + 1
    names = p["authors"]
    title = p["paper_title"]
    title_en = _english_title(title)
    a = rng.randint(8, 160)
    b = a + rng.randint(4, 8)
    k = rng.randint(1, 40)
    doi = f"{DOI20[j]}.{y}{n:02d}{k:03d}"
    kind = rng.choice(("magtech", "qinyun"))
    tight = kind == "qinyun" and rng.random() < 0.7
    recv = date(y, n, 1) - timedelta(days=rng.randint(100, 330))
    rev = recv + timedelta(days=rng.randint(30, 90))
    pub_day = date(y, n, rng.choice((15, 20, 25, 28)))
    online = pub_day + timedelta(days=rng.randint(3, 40))
    printed = date(rng.randint(max(y + 1, 2022), 2025), rng.randint(1, 12), rng.randint(1, 28))
    hh, mi = rng.randint(8, 22), rng.randint(0, 59)
    insts = rng.sample(AFF7, min(len(names), rng.randint(1, 3)))
    who = [rng.randrange(len(insts)) for _ in names]
    who[0] = 0
    url = (f"http://{host}/CN/{doi}" if kind == "magtech"
           else f"http://{host}/{VOL1[j][1] or 'qk'}/article/abstract/{y}{n:02d}{k:03d}")
    paper = Paper(face, A4)
    cjk = paper.font
    latin = _latin(cjk)
    W, H = A4
    x0, x1 = 40.0, W - 40.0
    cw = x1 - x0
    web = _Web(paper, 34.0, H - 34)
    s = web.s
    printed_ids: dict = {}
    # the banner
    colour = rng.choice(((0.05, 0.3, 0.55), (0.12, 0.42, 0.3), (0.55, 0.1, 0.12), (0.15, 0.2, 0.4)))
    sub = rng.choice(("月刊", "中文核心期刊", "中国科技核心期刊"))
    bh = 58.0
    if rng.random() < 0.55:
        pix = _banner_picture(face, j, en, cw, bh, colour, sub)
        s.page.insert_image(pymupdf.Rect(x0, web.y, x1, web.y + bh), pixmap=pix)
    else:
        s.box(x0, web.y, x1, web.y + bh, width=0.6, grey=0.6)
        s.text(x0 + 16, web.y + 32, j, 22, color=colour, track=3)
        s.paper.font = latin
        s.text(x0 + 18, web.y + 48, en, 8.5, color=colour)
        if rng.random() < 0.6:
            s.text(x1 - 12, web.y + 26, f"ISSN {sn}", 8.5, align="right", color=colour)
            s.text(x1 - 12, web.y + 40, f"CN {cn}", 8.5, align="right", color=colour)
            printed_ids.update(issn=sn, cn=cn)
        s.paper.font = cjk
    web.y += bh + 14
    menu = MENU_MT if kind == "magtech" else MENU_QY
    xm = x0 + 6
    for item in menu:
        xm = s.text(xm, web.y, item, 9 if item != "English" else 8.5) + rng.choice((16.0, 18.0, 20.0))
    s.line(x0, web.y + 6, x1, web.y + 6, width=0.5, grey=0.6)
    web.y += 18
    size = 8.6
    if kind == "magtech":
        web.lines(x0, cw, f"{j} » {y}, Vol. {vol} » Issue ({n}): {a}-{b}.    DOI: {doi}", 8.2, color=GREY)
        s = web.s
        s.text(x0, web.y + 9, f"{rng.choice(COLUMN20)}", 9)
        s.text(x1, web.y + 9, "上一篇    下一篇", 8.5, align="right", color=LINK)
        web.y += 20
    else:
        web.lines(x0, cw, f"当前位置：首页 >> 过刊浏览 >> {y}年第{n}期 >> 摘要", 8.2, color=GREY)
        s = web.s
        s.text(x0, web.y + 9, f"本文已被：浏览 {rng.randint(300, 4000)}次   下载 {rng.randint(50, 900)}次", 8.2)
        web.y += 16
        s.text(x0, web.y + 9, f"投稿时间：{recv:%Y-%m-%d}  修订日期：{rev:%Y-%m-%d}", 8.6)
        web.y += 16
    # 中文 / English tabs
    s = web.s
    tx = x1 - 80
    s.box(tx, web.y, tx + 38, web.y + 16, width=0.6, grey=0.45)
    s.text(tx + 19, web.y + 11.5, "中文", 8.5, align="center")
    s.box(tx + 40, web.y, tx + 80, web.y + 16, width=0.6, grey=0.75)
    s.paper.font = latin
    s.text(tx + 60, web.y + 11.5, "English", 8, align="center", color=LINK)
    s.paper.font = cjk
    web.y += 24
    web.lines(x0 + 20, cw - 40, title, 14.5, leading=1.5, align="center")
    web.y += 4
    web.lines(x0 + 20, cw - 40, rng.choice(("，", "、")).join(names), 10, align="center", color=LINK)
    web.y += 2
    aff_lines = kind == "magtech" and rng.random() < 0.5
    if aff_lines:
        for i, (cn_aff, _en) in enumerate(insts):
            web.lines(x0 + 30, cw - 60, f"{i + 1}. {cn_aff}" if len(insts) > 1 else cn_aff, 8.4, align="center")
    if kind == "magtech":
        web.y += 6
        dates = f"收稿日期:{recv:%Y-%m-%d}  修回日期:{rev:%Y-%m-%d}  出版日期:{pub_day:%Y-%m-%d}"
        if rng.random() < 0.6:
            dates += f"  发布日期:{online:%Y-%m-%d}"
        web.lines(x0, cw, dates, 8.4)
        corr = names[-1]
        web.lines(x0, cw, f"{corr}  E-mail: {rng.choice(('lzjtu', 'lut', 'gs'))}{rng.randint(10, 999)}@163.com",
                  size, label=rng.choice(CORR20) + ":")
        first = names[0]
        web.lines(x0, cw, f"{first}({rng.randint(1976, 1996)}-),{'男' if first in NAMES_M else '女'},"
                          f"{rng.choice(('甘肃兰州人', '甘肃天水人', '青海西宁人'))},{rng.choice(('硕士', '博士', '学士'))},"
                          f"{rng.choice(('工程师', '高级工程师', '讲师'))},主要从事{rng.choice(BIO20)}研究。", size,
                  label="作者简介:")
        web.lines(x0, cw, f"{rng.choice(FUND20)}({rng.randint(y - 4, y - 1) % 100}JR{rng.randint(1, 9)}RA"
                          f"{rng.randint(100, 999)})", size, label="基金资助:")
        if not aff_lines:
            web.lines(x0, cw, "；".join(f"{i + 1}. {c}" if len(insts) > 1 else c for i, (c, _e) in enumerate(insts)),
                      size, label="作者单位:")
    else:
        web.lines(x0, cw, doi, size, label="DOI：")
        web.lines(x0, cw, "  ".join(rng.sample(KEYW7, 4)), size, label="中文关键词：", color=LINK)
        web.lines(x0, cw, f"{rng.choice(FUND20)}({rng.randint(y - 4, y - 1) % 100}JR{rng.randint(1, 9)}RA"
                          f"{rng.randint(100, 999)})", size, label="基金项目：")
        web.y += 4
        wd = [90.0, cw - 90 - 150, 150.0]
        rows = [["作者", "单位", "E-mail"]] + [
            [nm, insts[who[i]][0].replace("，", " "),
             f"{_pinyin(nm, 'family').split()[-1].lower()}{rng.randint(10, 99)}@{rng.choice(('163.com', '126.com'))}"
             if rng.random() < 0.6 else ""] for i, nm in enumerate(names)]
        for r in rows:
            s = web.need(20)
            web.y = s.table(x0, web.y, wd, [r], 8.4, pad=3, min_h=17)
        web.y += 8
        web.lines(x0, cw, f"摘要点击次数：{rng.randint(300, 4000)}    全文下载次数：{rng.randint(50, 900)}", 8.4)
    web.y += 6
    if kind == "magtech":
        s = web.need(24)
        tabs = ("摘要", "参考文献", "相关文章", "多维度评价")
        tx = x0
        for i, t in enumerate(tabs):
            tw = s.width(t, 9) + 20
            s.box(tx, web.y, tx + tw, web.y + 17, width=0.6, grey=0.4 if i == 0 else 0.75)
            s.text(tx + tw / 2, web.y + 12, t, 9, align="center")
            tx += tw + 2
        web.y += 24
    abstract = "".join(rng.sample(SENT20, 6))
    web.lines(x0, cw, abstract, size, label="摘要:" if kind == "magtech" else "中文摘要：", leading=1.75)
    if kind == "magtech":
        web.lines(x0, cw, ", ".join(rng.sample(KEYW7, 4)), size, label="关键词:", color=LINK)
    web.y += 4
    web.lines(x0, cw, title_en, 9.5, font=latin)
    en_abs = ("Field monitoring and laboratory tests were carried out on a project in Lanzhou New Area. "
              "The results show that the proposed method meets the accuracy required in engineering practice. "
              "The findings provide a reference for similar projects in the arid regions of Northwest China.")
    web.lines(x0, cw, en_abs, 8.4, label="Abstract:", font=latin)
    web.lines(x0, cw, "numerical simulation; field monitoring; collapsible loess", 8.4, label="Key words:", font=latin)
    if kind == "magtech":
        web.lines(x0, cw, rng.choice(("X703", "TU443", "U416.217", "TQ085", "TV523")), size, label="中图分类号:")
    web.y += 8
    # 引用本文 in both languages
    s = web.need(60)
    s.text(x0, web.y + 10, "引用本文" + ("" if kind == "magtech" else "："), 10)
    web.y += 18
    web.lines(x0 + 10, cw - 10, _cite_cn(names, title, j, y, vol, n, a, b, tight), size)
    web.lines(x0 + 10, cw - 10, _cite_en(names, title_en, en, y, vol, n, a, b, tight), 8.4, font=latin)
    if kind == "magtech":
        web.lines(x0, cw, f"{url}  或  http://{host}/CN/Y{y}/V{vol}/I{n}/{a}", 8.2, label="链接本文:", color=LINK,
                  font=latin)
    else:
        web.lines(x0, cw, "查看全文    查看/发表评论    下载PDF阅读器", 8.6, color=LINK)
    web.y += 10
    # 相似文献 and 引证文献: OTHER papers
    sim = []
    for au, ti, _kind, src in rng.sample([r for r in REF20 if r[2] == "J"], rng.randint(4, 6)):
        other_j = rng.choice((j, src, src))
        yr = rng.randint(2012, y)
        ov = yr - VOL1[j][0] + 1 if other_j == j else rng.randint(20, 45)
        if kind == "magtech":
            sim.append(f"{au}. {ti}[J]. {other_j}, {yr}, {ov}({rng.randint(1, 12)}): "
                       f"{(q := rng.randint(5, 150))}-{q + rng.randint(3, 8)}.")
        else:
            sim.append(f"{au.replace(', ', ',')}.{ti}[J].{other_j},{yr},{ov}({rng.randint(1, 12)})")
    cites = []
    for i in range(rng.randint(2, 4)):
        t = rng.choice(TITLE_A) + rng.choice(TITLE_B) + rng.choice(TITLE_C)
        if t == title:
            continue
        au = ", ".join(_others(names, rng.randint(1, 3), rng))
        oj = rng.choice([jj[0] for jj in JOURNALS])
        yr = rng.randint(y + 1, max(y + 1, printed.year))
        ov = yr - VOL1.get(oj, (1985, ""))[0] + 1
        cites.append(f"{au}. {t}[J]. {oj}, {yr}, {ov}({rng.randint(1, 12)}): "
                     f"{(q := rng.randint(5, 150))}-{q + rng.randint(3, 8)}.")
    heads = (("相似文献", "引证文献") if kind == "magtech"
             else (f"相似文献(共{len(sim) + rng.randint(5, 15)}条)：", f"引证文献(本文共被引{len(cites)}次)："))
    for head, items in zip(heads, (sim, cites)):
        s = web.need(40)
        s.text(x0, web.y + 10, head, 9.5)
        s.line(x0, web.y + 14, x1, web.y + 14, width=0.4, grey=0.7)
        web.y += 20
        for i, it in enumerate(items, 1):
            web.lines(x0 + 6, cw - 6, f"[{i}] {it}" if kind == "magtech" else f"{i}. {it}", 8.2, leading=1.6,
                      color=LINK if kind == "qinyun" else (0.0, 0.0, 0.0))
        web.y += 8
    # the site's footer
    s = web.need(70)
    s.line(x0, web.y, x1, web.y, width=0.6, grey=0.6)
    web.y += 6
    foot = [f"版权所有 © {rng.randint(2012, 2018)}-{printed.year} 《{j}》编辑部",
            f"地址：{addr}  邮编：{post}  电话：{tel}  E-mail：{VOL1[j][1] or 'bjb'}@vip.163.com"]
    if rng.random() < 0.4:
        foot.append(f"ISSN {sn}  CN {cn}")
        printed_ids.update(issn=sn, cn=cn)
    foot.append(f"京ICP备{rng.randint(5000000, 19999999)}号-{rng.randint(1, 3)}")
    foot.append("本系统由北京玛格泰克科技发展有限公司设计开发" if kind == "magtech" else "技术支持：北京勤云科技发展有限公司")
    for ln in foot:
        web.lines(x0, cw, ln, 7.8, align="center", color=GREY)
    # the browser's header and footer on every page
    total = paper.doc.page_count
    stamp = rng.choice((f"{printed.year}/{printed.month}/{printed.day} {hh:02d}:{mi:02d}",
                        f"{printed:%Y/%m/%d} {hh:02d}:{mi:02d}"))
    page_title = rng.choice((title, f"{title} - {j}", f"《{j}》{title}"))
    for i, sh in enumerate(paper.sheets):
        sh.text(20, 18, stamp, 7)
        sh.text(W / 2 + 30, 18, page_title if len(page_title) < 40 else page_title[:38] + "…", 7, align="center")
        sh.text(20, H - 12, url, 7)
        sh.text(W - 20, H - 12, f"{i + 1}/{total}", 7, align="right")
    truth = {"title": title, "authors": ";".join(names), "journal": j, "published": f"{y:04d}-{n:02d}"}
    truth.update(printed_ids)
    return Drawn(paper, truth, printed.isoformat(),
                 producer=rng.choice(("Skia/PDF m120", "Skia/PDF m109", "Microsoft: Print To PDF")))


# --------------------------------------------------------------------------
# a 工作证明 held in a hand and photographed: curl, thumb, uneven light (scan)
# --------------------------------------------------------------------------

ADDRESSEES20 = ("兰州新区人力资源和社会保障局：", "兰州新区职称改革工作领导小组办公室：", "有关单位：", "兰州新区职称评审委员会：")
DEPTS20 = ("工程技术部", "项目管理部", "质量安全部", "生产运营部", "技术研发中心", "设计所", "综合管理部")
SKIN20 = ((224, 172, 140), (214, 160, 126), (232, 186, 156), (200, 146, 112))
ROOMS20 = ((150, 112, 78), (118, 118, 114), (62, 70, 86), (196, 192, 182), (92, 74, 60))


def _dept(unit: str, rng: random.Random) -> str:
    if "医院" in unit:
        return rng.choice(("护理部", "医务科", "心血管内科", "检验科"))
    if "学校" in unit:
        return rng.choice(("教务处", "初中部", "小学部"))
    return rng.choice(DEPTS20)


def _we(unit: str) -> str:
    return "我院" if "医院" in unit else ("我校" if "学校" in unit else ("我公司" if "公司" in unit else "我单位"))


def _thumb(img: np.ndarray, cover: np.ndarray, tip: tuple[float, float], root: tuple[float, float], r: float,
           skin: tuple[int, int, int]) -> np.ndarray:
    """A thumb lying on the sheet from ``root`` (beyond its edge) to ``tip``, nail up, with its shadow,
    and the hand beyond the sheet's edge."""
    H, W = img.shape[:2]
    ax = np.array(root, dtype=np.float32) - np.array(tip, dtype=np.float32)
    ax /= max(float(np.hypot(*ax)), 1e-6)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)

    def frame(ox: float, oy: float):
        px, py = xx - tip[0] - ox, yy - tip[1] - oy
        along = px * ax[0] + py * ax[1]
        across = -px * ax[1] + py * ax[0]
        rr = r * (1 + 0.14 * np.clip(along / (4 * r), 0, 1))
        dist = np.where(along < 0, np.hypot(along, across), np.abs(across))
        return along, across, rr, dist
    # the shadow the thumb and the hand throw on the sheet
    _a, _c, rr, dist = frame(0.3 * r, 0.45 * r)
    sh = np.clip((rr - dist) / 2.0, 0, 1)
    sh = cv2.GaussianBlur(sh, (0, 0), 0.45 * r)
    img = img * (1 - 0.42 * sh)[..., None]
    skin_a = np.array(skin, dtype=np.float32)
    # the hand beyond the sheet's edge (only where no sheet hides it)
    far = np.array(root, dtype=np.float32) + ax * 1.6 * r
    e = ((xx - far[0]) * ax[0] + (yy - far[1]) * ax[1]) / (3.2 * r)
    f = (-(xx - far[0]) * ax[1] + (yy - far[1]) * ax[0]) / (2.5 * r)
    hand = np.clip((1 - (e * e + f * f)) * 6, 0, 1) * (1 - cover)
    hshade = (0.7 + 0.3 * np.clip(1 - f * f, 0, 1))[..., None]
    img = _over(img, skin_a * hshade * 0.92, hand)
    # the thumb
    along, across, rr, dist = frame(0.0, 0.0)
    a = np.clip((rr - dist) / 1.4, 0, 1)
    round_ = np.sqrt(np.clip(1 - (across / rr) ** 2, 0, 1))
    shade = 0.66 + 0.34 * round_
    col = skin_a[None, None, :] * shade[..., None]
    # the crease of the joint
    crease = np.exp(-((along - 2.7 * r) / (0.08 * r)) ** 2) * (np.abs(across) < 0.8 * rr)
    col = col * (1 - 0.18 * crease)[..., None]
    # the nail: a lighter rounded plate near the tip, its free edge paler
    nu, nv = (along - 0.62 * r) / (0.78 * r), across / (0.6 * r)
    nail = np.clip((1 - (nu * nu + nv * nv)) * 5, 0, 1)
    nail_col = np.array((238, 204, 194), dtype=np.float32) * (0.86 + 0.14 * round_)[..., None]
    col = _over(col, nail_col, nail * 0.85)
    edge = np.clip((1 - (nu * nu + nv * nv)) * 5, 0, 1) * (nu < -0.55)
    col = _over(col, np.full_like(col, 246.0), edge * 0.6)
    return _over(img, col, a)


def _curl_shoot(paper: "_CurlPaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    src = _rgb(paper.doc[0], dpi)
    h, w = src.shape[:2]
    gen = np.random.default_rng(rng.getrandbits(32))
    dx, dy = fx["dir"]
    bow, twist, curl, q0 = fx["bow"], fx["twist"], fx["curl"], fx["q0"]

    def shape(s, t):
        q = s * dx + t * dy
        return w * (bow * (s * s - 1 / 12) + twist * s * t) - w * curl * np.maximum(q - q0, 0) ** 2
    # shading along the bend (the lifted part turns to or from the light), before the warp
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    s_, t_ = xs / w - 0.5, ys / h - 0.5
    slope = 2 * curl * np.maximum(s_ * dx + t_ * dy - q0, 0) - 2 * bow * s_ * fx["bow_light"]
    src = src * np.clip(1 + fx["curl_light"] * slope, 0.55, 1.15)[..., None]
    out_w = int(w * fx["frame"])
    out_h = int(out_w * 4 / 3)
    k = fx["k"]
    fwd = _projector(w, h, k, out_w / 2 + fx["shift"][0] * out_w, out_h / 2 + fx["shift"][1] * out_h,
                     fx["ax"], fx["ay"], fx["az"], fx["dist"], shape)
    mx, my = _invert(fwd, out_w, out_h, w, h)
    sheet, cover = _warp(src, mx, my)
    # the room behind: a blurred surface with the sheet's soft shadow on it
    base = np.array(fx["room"], dtype=np.float32)
    bg = base[None, None, :] * (1 + 0.18 * _smooth(gen, out_h, out_w, 5))[..., None]
    bg = bg * (0.85 + 0.3 * np.linspace(0, 1, out_h, dtype=np.float32))[:, None, None]
    shadow = cv2.GaussianBlur(np.roll(np.roll(cover, int(0.03 * out_w), axis=1), int(0.04 * out_h), axis=0),
                              (0, 0), 0.02 * out_w)
    bg = bg * (1 - 0.45 * shadow)[..., None]
    img = _over(bg, sheet, cover)
    # the thumb on the margin, the hand beyond the edge
    tip = fwd(np.array([fx["tip"][0] * dpi / 72]), np.array([fx["tip"][1] * dpi / 72]))
    root = fwd(np.array([fx["root"][0] * dpi / 72]), np.array([fx["root"][1] * dpi / 72]))
    r = fx["thumb"] * w * k
    img = _thumb(img, cover, (float(tip[0][0]), float(tip[1][0])), (float(root[0][0]), float(root[1][0])), r,
                 fx["skin"])
    # uneven light: a gradient across the frame, a soft dim patch, the lamp's warm or cool cast
    gy, gx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ramp = (gx / out_w - 0.5) * fx["light"][0] + (gy / out_h - 0.5) * fx["light"][1]
    light = 1.0 + ramp + 0.1 * _smooth(gen, out_h, out_w, 3)
    cx, cy = fx["dim"][0] * out_w, fx["dim"][1] * out_h
    light *= 1 - 0.22 * np.exp(-(((gx - cx) ** 2 + (gy - cy) ** 2) / (2 * (0.22 * out_w) ** 2)))
    img = img * light[..., None] * np.array(fx["cast"], dtype=np.float32)[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), fx["blur"])
    img = img + gen.normal(0, 3.2, img.shape[:2])[..., None] + gen.normal(0, 1.5, img.shape)
    return _jpeg(img, rng.randint(70, 86)), ".jpg"


class _CurlPaper(_Shot):
    shoot = _curl_shoot


@family("emp_letter_curled_phone_photo", "employment_proof", "scan",
        "one-page 工作证明/在职证明 on the unit's letterhead HELD IN A HAND and photographed with a phone (colour): the sheet CURLS "
        "(a bow across it and one edge or corner lifting to the lens: a curved warp, then tilt and perspective), the holder's "
        "thumb (nail up) over a corner or edge of the margin with the hand beyond the sheet, uneven light, the hand's shadow, "
        "slight blur, room background; '兹证明X同志，性别…，身份证号码：…，自2016年7月至今在（unit）…部工作，现任…', 特此证明, "
        "unit and date with the red seal over the date")
def emp_letter_curled_phone_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    unit, post, name = p["unit"], p["position"], p["name"]
    we = _we(unit)
    dept = _dept(unit, rng)
    ws = date.fromisoformat(p["work_start"])
    st_s, st_t = fdate(ws.isoformat(), rng.choice(("cn", "cn", "cn0")), month=True)
    issued = date(rng.randint(max(ws.year + 2, 2020), 2024), rng.randint(1, 12), rng.randint(1, 28))
    paper = _CurlPaper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = rng.uniform(74, 84), W - rng.uniform(74, 84)
    # the letterhead
    red = rng.random() < 0.6
    acc = RED if red else rng.choice(((0.08, 0.25, 0.55), (0.1, 0.1, 0.1)))
    usize = 22 if len(unit) <= 12 else (19 if len(unit) <= 16 else 16.5)
    if red or rng.random() < 0.5:
        s.text(W / 2, 88, unit, usize, align="center", color=acc, track=2 if len(unit) <= 14 else 0.5)
        s.page.draw_line((x0 - 10, 104), (x1 + 10, 104), color=acc, width=2.2)
        s.page.draw_line((x0 - 10, 108), (x1 + 10, 108), color=acc, width=0.6)
        top = 108.0
    else:
        s.page.draw_circle((x0 + 16, 74), 16, color=acc, width=2)
        mark = unit
        for pre in ("兰州新区", "甘肃省", "甘肃", "中国"):
            mark = mark[len(pre):] if mark.startswith(pre) else mark
        s.text(x0 + 16, 80, mark[0], 16, align="center", color=acc)
        s.text(x0 + 42, 82, unit, min(usize, 17), color=acc, track=0.5)
        s.page.draw_line((x0, 98), (x1, 98), color=acc, width=1.2)
        top = 98.0
    title = rng.choice(("工作证明", "在职证明", "工 作 证 明"))
    s.text(W / 2, top + 62, title, 22, align="center", track=6 if " " not in title else 2)
    size = rng.choice((14.0, 15.0, 15.5))
    y = top + 112
    if rng.random() < 0.5:
        s.text(x0, y, rng.choice(ADDRESSEES20), size)
        y += size * 2.1
    form = rng.randrange(3)
    if form == 0:
        prose = (f"兹证明{name}同志，性别{p['gender']}，身份证号码：{p['id_number']}，自{st_s}至今在{unit}{dept}工作，"
                 f"现任{post}职务。")
    elif form == 1:
        prose = (f"{name}，{p['gender']}，身份证号：{p['id_number']}，系{unit}正式职工，自{st_s}至今在{we}工作，"
                 f"现在{dept}从事专业技术工作，岗位为{post}。")
    else:
        prose = (f"兹有{name}同志（公民身份号码：{p['id_number']}），自{st_s}至今在{unit}工作，现任{dept}{post}"
                 f"（岗位/职务）。")
    prose += rng.choice(("该同志工作认真负责，遵纪守法，表现良好。", "该同志在工作期间爱岗敬业，年度考核均为合格以上。", ""))
    y = s.para(x0, y, prose, x1 - x0, size, leading=2.0, indent=2 * size)
    y = s.para(x0, y, "特此证明。", x1 - x0, size, leading=2.0, indent=2 * size)
    if rng.random() < 0.4:
        y = s.para(x0, y, "（本证明仅用于职称申报，复印无效。）", x1 - x0, size - 2, leading=2.0, indent=2 * size)
    y = max(y + 50, 430.0)
    dstyle = rng.choice(("cn", "cn", "hz"))
    when = fdate(issued.isoformat(), dstyle)[0]
    uw = s.width(unit, size)
    ux = x1 - max(uw, s.width(when, size)) / 2 - 6
    s.text(ux, y, unit, size, align="center")
    s.text(ux, y + size * 2.2, when, size, align="center")
    s.seal(ux + rng.uniform(-18, 18), y + size * 1.1 + rng.uniform(-6, 6), rng.uniform(40, 46), unit)
    # where the thumb goes (points on the sheet): always in the margin, clear of the text
    grip = rng.choice(("corner_bl", "corner_br", "left", "bottom"))
    if grip == "corner_bl":
        tip, root = (42, H - 46), (-70, H + 80)
    elif grip == "corner_br":
        tip, root = (W - 42, H - 46), (W + 70, H + 80)
    elif grip == "left":
        ty = rng.uniform(0.5 * H, 0.8 * H)
        tip, root = (36, ty), (-100, ty + rng.uniform(-40, 40))
    else:
        tx = rng.uniform(0.2 * W, 0.8 * W)
        tip, root = (tx, H - 38), (tx + rng.uniform(-50, 50), H + 110)
    dirs = ((0, 1), (0, -1), (1, 0), (-1, 0), (0.707, 0.707), (-0.707, 0.707), (0.707, -0.707), (-0.707, -0.707))
    d = rng.choice(dirs)
    diag = abs(d[0]) > 0.1 and abs(d[1]) > 0.1
    paper.fx = {"dir": d, "bow": rng.choice((-1, 1)) * rng.uniform(0.07, 0.18), "twist": rng.uniform(-0.06, 0.06),
                "curl": rng.uniform(0.6, 1.2) * (0.55 if diag else 1.0), "q0": rng.uniform(0.05, 0.22),
                "bow_light": rng.uniform(0.3, 1.0), "curl_light": rng.choice((-1, 1)) * rng.uniform(0.15, 0.35),
                "frame": rng.uniform(1.0, 1.08), "k": rng.uniform(0.72, 0.82),
                "shift": (rng.uniform(-0.03, 0.03), rng.uniform(-0.03, 0.03)),
                "ax": math.radians(rng.uniform(-12, 12)), "ay": math.radians(rng.uniform(-10, 10)),
                "az": math.radians(rng.uniform(-6, 6)), "dist": rng.uniform(1.6, 2.6), "room": rng.choice(ROOMS20),
                "tip": tip, "root": root, "thumb": rng.uniform(0.052, 0.062), "skin": rng.choice(SKIN20),
                "light": (rng.uniform(-0.35, 0.35), rng.uniform(-0.35, 0.35)), "dim": (rng.random(), rng.random()),
                "cast": rng.choice(((1.0, 0.97, 0.9), (0.96, 0.98, 1.03), (1.0, 1.0, 0.98))),
                "blur": rng.uniform(0.9, 1.6)}
    truth = {"name": name, "id_number": p["id_number"], "unit": unit, "position": post, "start_date": st_t}
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((180, 190, 200)))


# --------------------------------------------------------------------------
# 工作年限及任职情况证明 of two pages, the seal alone on page 2 (text)
# --------------------------------------------------------------------------

LADDER20 = {"工程师": ("技术员", "助理工程师"), "项目技术负责人": ("施工员", "技术员", "工程师"),
            "设计员": ("见习设计员",), "主管护师": ("护士", "护师"), "施工员": ("见习施工员",),
            "安全员": ("见习安全员", "施工员"), "专职教师": ("见习教师",), "研发工程师": ("技术员", "助理工程师"),
            "技术部副部长": ("技术员", "工程师"), "质量检测员": ("见习检测员",), "技术员": ("见习技术员",)}
CONDUCT20 = ("政治立场坚定，遵纪守法，无违法违纪行为。", "工作中认真负责，能够independently完成本岗位各项专业技术工作。",
             "任职期间积极参加继续教育，专业技术水平不断提高。", "服从组织工作安排。", "团结同事，作风正派。",
             "历年年度考核均为合格以上等次。", "参与完成的项目多次获得建设单位好评。", "能够指导初级专业技术人员开展工作。",
             "爱岗敬业，工作积极主动，具有较强的组织协调能力。", "无安全、质量责任事故。",
             "在单位技术革新和质量管理工作中发挥了骨干作用。", "能够熟练运用本专业的规范和标准解决实际问题。")
CONDUCT20 = tuple(c.replace("independently", "独立") for c in CONDUCT20)
PROJECTS20 = ("兰州新区综合管廊（一期）", "中川园区污水处理厂提标改造", "兰州新区职教园区道路及配套管网", "秦川园区标准化厂房",
              "兰州新区第三水厂配套管网", "黄河大道西段市政道路", "兰州新区保障性住房", "纬一路雨污分流改造")
CONTACTS20 = ("马海燕", "周淼", "冯雪", "闫雯雯", "苏璟瑜", "魏晓兰", "何培元", "李振国", "王建华")


TABLE_W20 = (104.0, 176.0, 78.0, 84.0)


def _table_h(s: Sheet, widths, rows, size: float, min_h: float, pad: float) -> float:
    """The height Sheet.table gives these rows."""
    return sum(max(min_h, max(len(s.wrap(str(c), wd - 2 * pad, size) or [""]) for c, wd in zip(r, widths)) * size * 1.4
                   + 2 * pad) for r in rows)


def _add_months(d: date, k: int) -> date:
    t = d.year * 12 + d.month - 1 + k
    return date(t // 12, t % 12 + 1, 1)


def _ym_cn(d: date) -> str:
    return f"{d.year}年{d.month}月"


@family("emp_two_page_letter_seal_page2", "employment_proof", "text",
        "工作年限及任职情况证明 typed in Word in 公文 style (16 pt on a 28-pt line, 22 lines a page) and saved as a TWO-page PDF: "
        "page 1 the letter (addressee on some; holder with ID, birth, education; '自2016年7月起在我单位/unit 工作至今'; history "
        "as numbered lines or a ruled table 起止时间|工作单位|部门|岗位（职务） with an EARLIER job at another unit on some; years of "
        "work; conduct sentences filling the page); page 2 ONLY the last sentence ('以上情况属实，特此证明。'), the unit's name, "
        "the seal, the date and a 联系人/联系电话 line; footers '第1页 共2页' or '- 1 -' on some")
def emp_two_page_letter_seal_page2(p: dict, rng: random.Random, face: str) -> Drawn:
    unit, post, name = p["unit"], p["position"], p["name"]
    we = _we(unit)
    dept = _dept(unit, rng)
    ws = date.fromisoformat(p["work_start"])
    earlier = rng.random() < 0.45 and ws.year <= 2018
    join = _add_months(ws, rng.randint(18, 48)) if earlier else date(ws.year, ws.month, 1)
    other = rng.choice([u for u in UNITS if u != unit])
    ladder = list(LADDER20.get(post, ("技术员",)))
    ladder = ladder[:rng.randint(1, len(ladder))] if rng.random() < 0.8 else []
    issued = date(rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28))
    issued = max(issued, _add_months(join, 12 * (1 + len(ladder)) + rng.randint(2, 10)) + timedelta(days=rng.randint(0, 27)))
    span = (issued.year * 12 + issued.month) - (join.year * 12 + join.month)
    cuts, c = [], 0
    for _ in ladder:          # each earlier post held one to four years
        c += rng.randint(12, 48)
        if c > span - 6:
            break
        cuts.append(c)
    ladder = ladder[:len(cuts)]
    posts = ladder + [post]
    starts = [join] + [_add_months(join, c) for c in cuts]
    rows = []
    if earlier:
        rows.append((ws, _add_months(join, -1), other, rng.choice(DEPTS20), rng.choice(("技术员", "施工员", "设计员"))))
    for i, (st, ps) in enumerate(zip(starts, posts)):
        end = _add_months(starts[i + 1], -1) if i + 1 < len(starts) else None
        rows.append((st, end, unit, dept, ps))
    st_s, st_t = _ym_cn(join), f"{join.year:04d}-{join.month:02d}"
    named = rng.random() < 0.6
    at = unit if named else we
    birth = date.fromisoformat(p["birth_date"])
    grad = date.fromisoformat(p["graduation_date"])
    lvl = {"大专": "大专", "本科": "大学本科", "硕士研究生": "研究生"}[p["level"]]
    paper = Paper(face, A4)
    W, H = A4
    x0, x1 = 79.0, W - 74.0
    size, lead = 16.0, 28.0
    top = 105.0
    cap = 22
    s = paper[0]
    # the content of page 1, as (kind, payload)
    blocks: list[tuple[str, object]] = []
    if rng.random() < 0.5:
        blocks.append(("plain", rng.choice(ADDRESSEES20)))
    blocks.append(("para", f"兹证明{name}同志，{p['gender']}，{birth.year}年{birth.month}月出生，身份证号码：{p['id_number']}，"
                           f"{grad.year}年{grad.month}月毕业于{p['school']}{p['major']}专业，{lvl}学历。该同志自{st_s}起在"
                           f"{at}工作至今，现在{dept}任{post}。"))
    table = rng.random() < 0.4
    blocks.append(("para", "其工作年限及任职情况如下："))

    def span_cn(a: date, b: date | None) -> str:
        return f"{_ym_cn(a)}至{_ym_cn(b) if b else '今'}"

    def span_dot(a: date, b: date | None) -> str:
        return f"{a.year}.{a.month:02d}—{f'{b.year}.{b.month:02d}' if b else '至今'}"
    if table:
        blocks.append(("table", [["起止时间", "工作单位", "部门", "岗位（职务）"]] +
                       [[span_dot(a, b), u, d, ps] for a, b, u, d, ps in rows]))
    else:
        for i, (a, b, u, d, ps) in enumerate(rows, 1):
            where = f"在{u}{d}" if u != unit else f"在{we}{d}"
            blocks.append(("item", f"{i}. {span_cn(a, b)}，{where}任{ps}{'。' if i == len(rows) else '；'}"))
    yrs_all = (issued.year * 12 + issued.month - ws.year * 12 - ws.month) // 12
    yrs_here = (issued.year * 12 + issued.month - join.year * 12 - join.month) // 12
    cut = f"{issued.year}年{issued.month}月"
    blocks.append(("para", f"截至{cut}，该同志参加工作{yrs_all}年，其中在{we}工作{yrs_here}年，累计从事专业技术工作"
                           f"{yrs_all}年。"))
    conduct = ["该同志在工作期间，"]

    def height(bl) -> int:
        n = 0
        for kind, val in bl:
            if kind == "table":
                n += math.ceil((_table_h(s, TABLE_W20, val, 11.5, lead, 3) + 6) / lead)
            elif kind == "plain":
                n += 1
            else:
                n += len(s.wrap(val, x1 - x0, size, first=2 * size if kind == "para" else 2 * size))
        return n
    title_lines = 3
    pool = list(CONDUCT20)
    rng.shuffle(pool)
    works = ["近年来，该同志主要参与了以下工作："] if rng.random() < 0.5 else []
    projects = [f"{t}项目的{rng.choice(('技术', '施工', '设计', '质量'))}管理工作；" for t in rng.sample(PROJECTS20, 4)]

    def body_of(cond: list[str], work: list[str]) -> list:
        return blocks + [("para", "".join(cond))] + ([("para", "".join(work))] if len(work) > 1 else [])
    body = body_of(conduct, works)
    for sent in (projects[:rng.randint(2, 4)] if works else []) + pool:
        cand = (conduct + [sent], works) if sent in pool else (conduct, works + [sent])
        hgt = height(body_of(*cand))
        if hgt <= cap - title_lines:
            conduct, works = cand
            body = body_of(conduct, works)
        if hgt == cap - title_lines:
            break
    if len(works) > 1:
        works[-1] = works[-1][:-1] + "。"
        body = body_of(conduct, works)
    # page 1: the title and the letter
    s.text(W / 2, top + 22, "工作年限及任职情况证明", 22, align="center")
    y = top + title_lines * lead
    for kind, val in body:
        if kind == "plain":
            s.text(x0, y, val, size)
            y += lead
        elif kind == "table":
            s.table(x0, y - size, TABLE_W20, val, 11.5, min_h=lead, pad=3, align=["center"] * 4)
            y += math.ceil((_table_h(s, TABLE_W20, val, 11.5, lead, 3) + 6) / lead) * lead
        else:
            for i, ln in enumerate(s.wrap(val, x1 - x0, size, first=2 * size)):
                s.text(x0 + (2 * size if i == 0 else 0), y, ln, size)
                y += lead
    # page 2: the last sentence, the unit, the seal and the date, the contact
    s2 = paper.add_page()
    y = top
    last = rng.choice(("以上情况属实，特此证明。", "特此证明。", "以上情况属实，如有不实，本单位愿承担相应责任。特此证明。"))
    for i, ln in enumerate(s2.wrap(last, x1 - x0, size, first=2 * size)):
        s2.text(x0 + (2 * size if i == 0 else 0), y, ln, size)
        y += lead
    if rng.random() < 0.3:
        s2.text(x0 + 2 * size, y, "（本证明仅用于职称申报）", size)
        y += lead
    y += lead * rng.choice((2, 3))
    when = fdate(issued.isoformat(), rng.choice(("cn", "cn", "hz")))[0]
    right = x1 - 4 * size
    uw = s2.width(unit, size)
    cx = right - max(uw, s2.width(when, size)) / 2
    s2.text(cx, y, unit + ("（盖章）" if rng.random() < 0.3 else ""), size, align="center")
    s2.text(cx, y + lead, when, size, align="center")
    s2.seal(cx + rng.uniform(-20, 20), y + lead * 0.4 + rng.uniform(-6, 6), rng.uniform(42, 48), unit)
    y += lead * 3
    contact = rng.choice([c for c in CONTACTS20 if c != name])
    tel = f"0931-{rng.randint(5100000, 8999999)}" if rng.random() < 0.6 else f"1{rng.choice('3589')}{rng.randint(10 ** 8, 10 ** 9 - 1)}"
    s2.text(x0, y, f"联系人：{contact}        联系电话：{tel}", size - 2)
    foot = rng.choice(("pages", "pages", "dash", "none"))
    spaced = rng.random() < 0.3
    for i, sh in enumerate(paper.sheets):
        if foot == "pages":
            sh.text(W / 2, H - 50, f"第 {i + 1} 页 共 2 页" if spaced else f"第{i + 1}页 共2页", 10.5, align="center")
        elif foot == "dash":
            sh.text(W - 74 if i % 2 == 0 else 79, H - 56, f"- {i + 1} -", 14, align="right" if i % 2 == 0 else "left")
    truth = {"name": name, "id_number": p["id_number"], "unit": unit, "position": post, "start_date": st_t}
    return Drawn(paper, truth, issued.isoformat(),
                 producer=rng.choice(("Microsoft® Word 2016", "WPS 文字", "Microsoft® Word 适用于 Office 365")))


# --------------------------------------------------------------------------
# a laminated 毕业证书 photographed on a desk: glare, reflections, sheen (scan)
# --------------------------------------------------------------------------

DESKS20 = ((150, 108, 72), (176, 140, 100), (88, 66, 52), (200, 200, 196), (60, 62, 66))
CHSI20 = ("中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn", "学历证书查询网址：http://www.chsi.com.cn")


def _glare_field(xs: np.ndarray, ys: np.ndarray, g: dict) -> np.ndarray:
    """The specular patch: a flat-topped ellipse with a soft halo (0…1)."""
    c, sn = math.cos(g["angle"]), math.sin(g["angle"])
    dx, dy = xs - g["x"], ys - g["y"]
    u, v = (dx * c + dy * sn) / g["a"], (-dx * sn + dy * c) / g["b"]
    r2 = u * u + v * v
    core = g["peak"] * np.exp(-np.power(r2, g["flat"]))
    halo = g["halo"] * np.exp(-r2 / 6.0)
    return np.clip(core + halo, 0, 1)


def _laminate_shoot(paper: "_LaminatePaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    card = _rgb(paper.doc[0], dpi)
    ch, cw = card.shape[:2]
    k_pt = dpi / 72.0
    m = int(fx["rim"] * k_pt)
    h, w = ch + 2 * m, cw + 2 * m
    gen = np.random.default_rng(rng.getrandbits(32))
    src = np.full((h, w, 3), 250.0, dtype=np.float32)
    src[m:m + ch, m:m + cw] = card
    sheet_a = np.zeros((h, w), dtype=np.float32)
    sheet_a[m:m + ch, m:m + cw] = 1.0
    # the pouch: a rounded rectangle round the sheet
    rc = fx["corner"] * k_pt
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    qx = np.maximum(np.abs(xs - w / 2) - (w / 2 - rc), 0)
    qy = np.maximum(np.abs(ys - h / 2) - (h / 2 - rc), 0)
    pouch_a = np.clip(rc - np.hypot(qx, qy) + 0.5, 0, 1)
    # glare, the window's reflection and the thin-film sheen, in the sheet's points
    px, py = (xs - m) / k_pt, (ys - m) / k_pt
    g = _glare_field(px, py, fx["glare"]) * (1 + 0.25 * _smooth(gen, h, w, 7))
    band = fx["band"]
    bu = (px - band["x"]) * math.cos(band["angle"]) + (py - band["y"]) * math.sin(band["angle"])
    refl = band["amp"] * np.exp(-(bu / band["width"]) ** 4)
    dist = np.sqrt(((px - fx["glare"]["x"]) / fx["glare"]["a"]) ** 2 + ((py - fx["glare"]["y"]) / fx["glare"]["b"]) ** 2)
    ring = np.clip((g - 0.05) * 5, 0, 1) * np.clip((0.8 - g) * 3, 0, 1)
    phase = 2 * math.pi * (dist * fx["fringes"] + 0.6 * _smooth(gen, h, w, 5))
    sheen = np.stack([np.sin(phase), np.sin(phase + 2.09), np.sin(phase + 4.19)], axis=-1) * (fx["sheen"] * ring)[..., None]
    # the output: the pouch on the desk, turned and seen in perspective
    out_w = int(w * fx["frame"])
    out_h = int(out_w * 3 / 4)
    shape = (lambda s, t: w * fx["bow"] * (s * s - 1 / 12))
    fwd = _projector(w, h, fx["k"], out_w / 2 + fx["shift"][0] * out_w, out_h / 2 + fx["shift"][1] * out_h,
                     fx["ax"], fx["ay"], fx["az"], fx["dist"], shape)
    mx, my = _invert(fwd, out_w, out_h, w, h)
    stack = np.dstack([src, sheet_a, pouch_a, g, refl, sheen])
    warped = cv2.remap(stack, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    wsrc, ws_a, wp_a, wg, wr, wsheen = (warped[..., :3], warped[..., 3], warped[..., 4], warped[..., 5],
                                        warped[..., 6], warped[..., 7:10])
    desk = np.array(fx["desk"], dtype=np.float32)
    gy, gx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    grain = 0.06 * np.sin(gy / out_h * fx["grain"] + 3 * _smooth(gen, out_h, out_w, 6)) + 0.08 * _smooth(gen, out_h, out_w, 4)
    img = desk[None, None, :] * (1 + grain)[..., None]
    shadow = cv2.GaussianBlur(np.roll(np.roll(wp_a, int(0.012 * out_w), axis=1), int(0.016 * out_h), axis=0),
                              (0, 0), 0.01 * out_w)
    img = img * (1 - 0.4 * shadow)[..., None]
    # the clear rim: the desk seen through the plastic (hazier), its edge catching the light
    img = _over(img, img * 0.86 + 34, wp_a * 0.9)
    edge = np.clip(wp_a - cv2.erode(wp_a, np.ones((5, 5), np.uint8)), 0, 1)
    img = img + 70 * edge[..., None]
    img = _over(img, wsrc, ws_a)
    # on the plastic: the glare washes the print out, the window's band lightens it, the sheen colours it
    wash = np.clip(wg + wr, 0, 1) * wp_a
    img = img + (255 - img) * wash[..., None] + wsheen * wp_a[..., None]
    ramp = (gx / out_w - 0.5) * fx["light"][0] + (gy / out_h - 0.5) * fx["light"][1]
    img = img * (1 + ramp)[..., None] * np.array(fx["cast"], dtype=np.float32)[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), fx["blur"])
    img = img + gen.normal(0, 3.0, img.shape[:2])[..., None] + gen.normal(0, 1.5, img.shape)
    return _jpeg(img, rng.randint(72, 88)), ".jpg"


class _LaminatePaper(_Shot):
    shoot = _laminate_shoot


def _place_glare(rng: random.Random, keep: list[tuple[float, float, float, float]], lines: list[tuple[float, float, float]],
                 W: float, H: float) -> dict:
    """A glare patch that never covers the whole name or number: across a prose line on some seeds."""
    cross = rng.random() < 0.55 and lines
    for _ in range(80):
        if cross:
            lx0, lx1, ly = rng.choice(lines)
            x, y = rng.uniform(lx0 + 20, lx1 - 20), ly - 5 + rng.uniform(-4, 4)
        else:
            x, y = rng.uniform(0.08 * W, 0.92 * W), rng.uniform(0.1 * H, 0.9 * H)
        g = {"x": x, "y": y, "a": rng.uniform(55, 110), "b": rng.uniform(18, 38), "angle": rng.uniform(-0.6, 0.6),
             "peak": rng.uniform(0.78, 0.92), "flat": rng.uniform(1.4, 2.4), "halo": rng.uniform(0.12, 0.25)}
        ok = True
        for x0, y0, x1, y1 in keep:
            pts_x = np.array([x0, x1, x0, x1, (x0 + x1) / 2, (x0 + x1) / 2, x0, x1])
            pts_y = np.array([y0, y0, y1, y1, (y0 + y1) / 2, y0, (y0 + y1) / 2, (y0 + y1) / 2])
            v = _glare_field(pts_x, pts_y, g)
            if v[4] > 0.4 or np.sum(v > 0.5) > 2:
                ok = False
                break
        if ok:
            return g
    return {"x": 0.12 * W, "y": 0.85 * H, "a": 40, "b": 16, "angle": 0.3, "peak": 0.85, "flat": 2.0, "halo": 0.15}


@family("dip_laminated_glare", "diploma", "scan",
        "2000s-2010s 普通高等学校毕业证书 (single landscape sheet: photo with 钢印, '毕业证书', '学生X，性别男，一九八三年五月十二日生，"
        "于二〇〇一年九月至二〇〇五年七月在本校…专业四年制本科学习…准予毕业', 校名 with red seal, 校（院）长, date, 证书编号, 学信网 "
        "line after 2007) LAMINATED (过塑) and photographed on a desk: the laminate's clear rim with rounded corners, a specular "
        "GLARE patch washing part of the sheet out (across a prose line on some, never the whole name or number), a window's "
        "reflection band, a rainbow thin-film sheen round the glare, the card's shadow, slight perspective, colour")
def dip_laminated_glare(p: dict, rng: random.Random, face: str) -> Drawn:
    level = rng.choice(("本科", "本科", "大专"))
    gy = rng.randint(2003, 2016)
    q = redate(p, rng, gy, level=level)
    years = q["years"]
    start = date(gy - years, 9, 1)
    style = rng.choice(("hz", "hz", "hz_ling", "cn"))
    with_day = rng.random() < 0.75
    b_s, b_t = fdate(q["birth_date"], style, month=not with_day)
    st_s, st_t = fdate(start.isoformat(), style, month=True)
    gd_s, gd_t = fdate(q["graduation_date"], style, month=True)
    issued_s = fdate(q["graduation_date"], "hz" if style != "cn" else "cn")[0]
    lvl = "本科" if level == "本科" else "专科"
    W, H = rng.uniform(700, 740), rng.uniform(496, 520)
    paper = _LaminatePaper(face, (W, H))
    s = paper[0]
    ink = rng.choice(((0.55, 0.12, 0.1), (0.12, 0.36, 0.28), (0.16, 0.24, 0.5)))
    tint = rng.choice(((0.98, 0.96, 0.9), (0.94, 0.97, 0.93), (0.96, 0.96, 0.98)))
    s.page.draw_rect(s.page.rect, color=None, fill=tint)
    _guilloche(s, rng, 30, 30, W - 30, H - 30)
    s.page.draw_rect(pymupdf.Rect(14, 14, W - 14, H - 14), color=ink, width=4)
    s.page.draw_rect(pymupdf.Rect(22, 22, W - 22, H - 22), color=ink, width=0.8)
    for cx, cy in ((22, 22), (W - 22, 22), (22, H - 22), (W - 22, H - 22)):
        s.page.draw_circle((cx, cy), 5, color=ink, fill=ink)
    keep: list[tuple[float, float, float, float]] = []
    lines: list[tuple[float, float, float]] = []
    s.text(W / 2, 86, "毕 业 证 书", 32, align="center", track=8, color=ink if rng.random() < 0.5 else (0, 0, 0))
    photo_left = rng.random() < 0.65
    pw_, ph_ = 92.0, 124.0
    if photo_left:
        px, tx0, tx1 = 58.0, 182.0, W - 58
    else:
        px, tx0, tx1 = W - 58 - pw_, 62.0, W - 58 - pw_ - 28
    s.photo(px, 122, pw_, ph_)
    s.seal(px + pw_ - 6, 122 + ph_ - 6, 28, q["school"], color=STEEL)
    size = rng.choice((15.5, 16.0, 17.0))
    who = f"学生 {q['name']} ，"
    prose = (f"{who}性别 {q['gender']} ，{b_s}生，于{st_s}至{gd_s}在本校 {q['major']} 专业{hz_num(years)}年制{lvl}"
             f"学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = 150.0
    ind = 2 * size
    for i, ln in enumerate(s.wrap(prose, tx1 - tx0, size, first=ind)):
        x = tx0 + (ind if i == 0 else 0)
        s.text(x, y, ln, size)
        if i == 0:
            nx = x + s.width("学生 ", size)
            keep.append((nx - 2, y - size, nx + s.width(q["name"], size) + 2, y + 3))
        else:
            lines.append((x, x + s.width(ln, size), y))
        y += size * 2.3
    y = max(y + 30, H - 150)
    sx = 62.0 if photo_left else 62.0
    s.text(sx, y, f"校名：{q['school']}", 14)
    s.seal(sx + 42 + s.width(q["school"], 14) / 2 + rng.uniform(-12, 12), y - 6, 44, q["school"])
    s.text(sx, y + 34, "校（院）长：", 14)
    _signature(s, sx + 88, y + 36, q["principal"], rng)
    s.text(W - 62, y + 34, issued_s, 14, align="right")
    no_top = not photo_left and rng.random() < 0.6
    label = rng.choice(("证书编号：", "证书编号 "))
    if no_top:
        nx0, ny = 44.0, 52.0
    else:
        nx0, ny = sx, H - 48
    s.text(nx0, ny, label + q["certificate_no"], 11.5)
    cx0 = nx0 + s.width(label, 11.5)
    keep.append((cx0 - 2, ny - 11.5, cx0 + s.width(q["certificate_no"], 11.5) + 2, ny + 3))
    if gy >= 2007:
        s.text(W - 44, H - 32, rng.choice(CHSI20), 8, align="right")
    paper.fx = {"rim": rng.uniform(10, 18), "corner": rng.uniform(8, 16), "glare": _place_glare(rng, keep, lines, W, H),
                "band": {"x": rng.uniform(0.1, 0.9) * W, "y": rng.uniform(0.1, 0.9) * H, "angle": rng.uniform(0, math.pi),
                         "width": rng.uniform(25, 60), "amp": rng.uniform(0.12, 0.28)},
                "fringes": rng.uniform(1.2, 2.4), "sheen": rng.uniform(9, 15),
                "frame": rng.uniform(1.12, 1.22), "k": rng.uniform(0.8, 0.88), "bow": rng.uniform(-0.02, 0.02),
                "shift": (rng.uniform(-0.02, 0.02), rng.uniform(-0.02, 0.02)),
                "ax": math.radians(rng.uniform(-9, 9)), "ay": math.radians(rng.uniform(-9, 9)),
                "az": math.radians(rng.uniform(-5, 5)), "dist": rng.uniform(1.8, 2.8), "desk": rng.choice(DESKS20),
                "grain": rng.uniform(30, 90), "light": (rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)),
                "cast": rng.choice(((1.0, 0.97, 0.9), (0.96, 0.98, 1.03), (1.0, 1.0, 0.98))), "blur": rng.uniform(0.6, 1.0)}
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": b_t, "school": q["school"], "major": q["major"],
             "level": level, "start_date": st_t, "graduation_date": gd_t, "certificate_no": q["certificate_no"]}
    return Drawn(paper, truth, q["graduation_date"], dpi=rng.choice((160, 170, 180)))
