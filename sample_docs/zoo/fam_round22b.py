"""Twenty-second round of held-out families, part b (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers. Modelled on what applicants for a 职称 in 兰州新区 upload.

DOCSTRING_BODY
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import cv2
import numpy as np
import pymupdf

from . import fonts
from .draw import A4, RED, Paper, Sheet
from .facts import NAMES_F, NAMES_M, SCHOOLS, TITLE_A, redate
from .fam_heldout2a import _qr
from .fam_round7 import PINYIN, SENT7, _english_title, _sup_pic
from .fam_round12 import EN_AFF, EN_SENT, _latin
from .fam_round13 import _guilloche
from .fam_round19b import _signature
from .fam_round20b import DESKS20, _jpeg, _over, _rgb, _Shot, _smooth
from .registry import Drawn, family, fdate, hz_num

GREY = (0.35, 0.35, 0.35)
LIGHT = (0.55, 0.55, 0.55)
STEEL = (0.55, 0.55, 0.55)
WHITE = (1.0, 1.0, 1.0)
BLUE = (0.0, 0.45, 0.72)


def _with_face(s: Sheet, face: str):
    """Switch the sheet's face; returns the previous font to restore."""
    old = s.paper.font
    if fonts.path_of(face) is not None:
        s.paper.font = fonts.font(face)
    return old


def _sheet(page: pymupdf.Page, dpi: float) -> np.ndarray:
    return _rgb(page, dpi)


def _place(canvas: np.ndarray, cover: np.ndarray, src: np.ndarray, cx: float, cy: float, angle: float,
           shadow: float = 0.35, blur: float = 10.0) -> None:
    """Lay a sheet (RGB) on the canvas centred at (cx, cy), turned by angle (degrees), with its shadow;
    ``cover`` records where paper now lies (0..1)."""
    h, w = src.shape[:2]
    H, W = canvas.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    m[0, 2] += cx - w / 2
    m[1, 2] += cy - h / 2
    alpha = cv2.warpAffine(np.ones((h, w), np.float32), m, (W, H), flags=cv2.INTER_LINEAR, borderValue=0)
    top = cv2.warpAffine(src, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    sh = cv2.GaussianBlur(np.roll(np.roll(alpha, int(blur * 0.6), axis=1), int(blur), axis=0), (0, 0), blur)
    canvas *= (1 - shadow * np.clip(sh - alpha, 0, 1))[..., None]
    canvas[:] = _over(canvas, top, alpha)
    cover[:] = np.maximum(cover, alpha)


def _camera(img: np.ndarray, rng: random.Random, gen: np.random.Generator, *, tilt: float, light: tuple,
            cast: tuple, blur: float, noise: float, quality: tuple[int, int]) -> bytes:
    """The flat scene seen by a phone: a keystone perspective (``tilt`` of the frame's width), a light
    ramp and falloff, a colour cast, blur, sensor noise and JPEG."""
    H, W = img.shape[:2]
    d = tilt * W
    near, far = rng.uniform(0, d * 0.3), rng.uniform(d * 0.6, d)
    if rng.random() < 0.5:   # the top edge further from the lens (shorter), or the bottom one
        dst = [[far, rng.uniform(0, d * 0.5)], [W - far, rng.uniform(0, d * 0.5)], [W - near, H], [near, H]]
    else:
        dst = [[near, 0], [W - near, 0], [W - far, H - rng.uniform(0, d * 0.5)], [far, H - rng.uniform(0, d * 0.5)]]
    src, dst = np.float32([[0, 0], [W, 0], [W, H], [0, H]]), np.float32(dst)
    mtx = cv2.getPerspectiveTransform(src, dst)
    edge = tuple(float(v) for v in img[2, 2])
    img = cv2.warpPerspective(img, mtx, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=edge)
    gy, gx = np.mgrid[0:H, 0:W].astype(np.float32)
    ramp = (gx / W - 0.5) * light[0] + (gy / H - 0.5) * light[1]
    r2 = ((gx / W - 0.5) ** 2 + (gy / H - 0.5) ** 2)
    fall = 1 - light[2] * r2
    img = img * (1 + ramp + 0.04 * _smooth(gen, H, W, 3))[..., None] * fall[..., None]
    img = img * np.array(cast, np.float32)[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), blur)
    img = img + gen.normal(0, noise, img.shape[:2]).astype(np.float32)[..., None] + \
        gen.normal(0, noise / 2, img.shape).astype(np.float32)
    return _jpeg(img, rng.randint(*quality))


# --------------------------------------------------------------------------
# an English-language SCI/EI article's first page, pinyin byline (text)
# --------------------------------------------------------------------------

# journal, ISSN, homepage slug, DOI stem, open access
ELS22 = (("Construction and Building Materials", "0950-0618", "conbuildmat", "j.conbuildmat", False),
         ("Cold Regions Science and Technology", "0165-232X", "coldregions", "j.coldregions", False),
         ("Engineering Geology", "0013-7952", "enggeo", "j.enggeo", False),
         ("Transportation Geotechnics", "2214-3912", "trgeo", "j.trgeo", False),
         ("Journal of Cleaner Production", "0959-6526", "jclepro", "j.jclepro", False),
         ("Tunnelling and Underground Space Technology", "0886-7798", "tust", "j.tust", False),
         ("Journal of Water Process Engineering", "2214-7144", "jwpe", "j.jwpe", False),
         ("Case Studies in Construction Materials", "2214-5095", "cscm", "j.cscm", True))
KEYS22 = ("Collapsible loess", "Freeze-thaw cycles", "Numerical simulation", "Field monitoring", "Settlement",
          "Cold and arid region", "Utility tunnel", "Asphalt pavement", "Reclaimed water", "Finite element method",
          "Deformation behaviour", "Lanzhou New Area")
MON22 = "January February March April May June July August September October November December".split()
HIGHLIGHTS22 = ("A field test section was built on high loess fill in Lanzhou New Area.",
                "Settlement was monitored for 24 months after construction.",
                "A prediction model considering wetting was proposed and verified.",
                "The model reduces the prediction error to less than 10%.")


def _py_given(name: str, caps: bool) -> str:
    py = PINYIN.get(name, name)
    if " " not in py:
        return py
    fam, given = py.split(" ", 1)
    fam = fam.upper() if caps else fam.capitalize()
    return f"{given} {fam}"


@family("pap_sci_elsevier_pinyin", "paper", "text",
        "first page of an ENGLISH-language SCI/EI article in an international (Elsevier) journal by Chinese authors, as the "
        "publisher's PDF: centred running line 'Construction and Building Materials 312 (2021) 125432', the masthead band "
        "(publisher logo box, 'Contents lists available at ScienceDirect', the journal's name, 'journal homepage: www.elsevier.com/"
        "locate/…', a cover thumbnail), title in English only, PINYIN byline given-name first ('Jianjun Li a, Zhe Wang b,*') "
        "with superscript letters, lettered affiliations, ARTICLE INFO column (Keywords) beside the ABSTRACT, 1. Introduction "
        "in two columns, footnote '* Corresponding author. E-mail address: …', the DOI, 'Received … Available online …' and "
        "'0950-0618/© 2021 Elsevier Ltd. All rights reserved.' (the ISSN only there); no Chinese, no month of issue, no CN")
def pap_sci_elsevier_pinyin(p: dict, rng: random.Random, face: str) -> Drawn:
    jn, sn, slug, stem, oa = rng.choice(ELS22)
    y = max(p["pub_year"], 2018)
    vol = {"Construction and Building Materials": 150, "Journal of Cleaner Production": 180}.get(jn, 60) + \
        (y - 2018) * rng.randint(12, 40) + rng.randint(0, 10)
    art = rng.randint(100000, 139999) if vol > 100 else rng.randint(100, 999) + 100000 * rng.choice((0, 1))
    art_s = str(art)
    names = p["authors"]
    caps = rng.random() < 0.25
    bys = [_py_given(n, caps) for n in names]
    title = _english_title(p["paper_title"])
    recv = date(y - 1, rng.randint(3, 12), rng.randint(1, 28))
    rev = recv + timedelta(days=rng.randint(40, 110))
    acc = rev + timedelta(days=rng.randint(5, 40))
    onl = acc + timedelta(days=rng.randint(3, 20))
    doi = f"https://doi.org/10.1016/{stem}.{onl.year}.{art}"
    paper = Paper(face, A4)
    s = paper[0]
    cjk = paper.font
    latin = paper.font = _latin(cjk)
    W, H = A4
    x0, x1 = 40.0, W - 40
    s.text(W / 2, 36, f"{jn} {vol} ({y}) {art_s}", 8, align="center", color=BLUE)
    # the masthead band
    s.page.draw_rect(pymupdf.Rect(x0, 46, x1, 118), color=None, fill=(0.93, 0.93, 0.93))
    s.box(x0 + 6, 52, x0 + 70, 112, width=0.4, grey=0.6, fill=0.98)
    s.page.draw_oval(pymupdf.Rect(x0 + 22, 58, x0 + 54, 92), color=None, fill=(0.55, 0.5, 0.42))
    s.box(x0 + 36, 88, x0 + 40, 100, width=0, grey=0.45, fill=0.45)
    s.text(x0 + 38, 108, "ELSEVIER", 6.5, align="center", color=(0.9, 0.45, 0.1))
    s.text(W / 2, 64, "Contents lists available at ", 7.5, align="center", color=GREY)
    s.text(W / 2 + s.width("Contents lists available at ", 7.5) / 2 + 1, 64, "ScienceDirect", 7.5, color=BLUE)
    jsize = 15 if len(jn) < 36 else 13
    s.text(W / 2, 88, jn, jsize, align="center")
    s.text(W / 2, 106, "journal homepage: ", 7, align="center", color=GREY)
    s.text(W / 2 + s.width("journal homepage: ", 7) / 2 + 1, 106, f"www.elsevier.com/locate/{slug}", 7, color=BLUE)
    cov = rng.choice(((0.55, 0.2, 0.15), (0.1, 0.35, 0.5), (0.2, 0.45, 0.3), (0.45, 0.45, 0.5)))
    s.page.draw_rect(pymupdf.Rect(x1 - 52, 52, x1 - 6, 112), color=None, fill=cov)
    s.page.draw_rect(pymupdf.Rect(x1 - 48, 58, x1 - 10, 76), color=None, fill=(0.95, 0.95, 0.95))
    s.line(x0, 124, x1, 124, width=1.6)
    yy = 146.0
    if rng.random() < 0.4:
        s.text(x0, yy, rng.choice(("Research Paper", "Full length article", "Original Research Article")), 8,
               color=GREY)
        yy += 18
    for line in s.wrap(title, x1 - x0 - 60, 15.5):
        s.text(x0, yy, line, 15.5)
        yy += 20
    yy += 6
    affs = rng.sample(EN_AFF, min(len(names), rng.randint(1, 3)))
    letters = "abc"
    marks = [letters[min(i, len(affs) - 1)] if len(affs) > 1 else "" for i in range(len(names))]
    if len(affs) == 1:
        marks = ["a"] * len(names) if rng.random() < 0.5 else [""] * len(names)
    corr = rng.randrange(len(names))
    x = x0
    for i, nm in enumerate(bys):
        if x + s.width(nm, 11) > x1 - 20:
            x, yy = x0, yy + 15
        x = s.text(x, yy, nm, 11)
        sup = marks[i] + ("," if marks[i] and i == corr else "") + ("*" if i == corr else "")
        if sup:
            x = _sup_pic(s, x + 0.5, yy, sup, 7, 11)
        if i < len(names) - 1:
            x = s.text(x, yy, ", ", 11)
    yy += 15
    for i, a in enumerate(affs if any(marks) else affs[:1]):
        lead = f"{letters[i]} " if any(marks) else ""
        yy = s.para(x0, yy, lead + a, x1 - x0, 7.5, leading=1.4)
    yy += 6
    s.line(x0, yy, x1, yy, width=0.5)
    # ARTICLE INFO | ABSTRACT
    left_w = 140.0
    s.text(x0, yy + 16, "A R T I C L E   I N F O", 7.5)
    s.text(x0 + left_w + 14, yy + 16, "A B S T R A C T", 7.5)
    s.line(x0, yy + 22, x0 + left_w, yy + 22, width=0.3)
    s.line(x0 + left_w + 14, yy + 22, x1, yy + 22, width=0.3)
    ly = yy + 36
    if rng.random() < 0.5:
        s.text(x0, ly, "Article history:", 7.2, color=GREY)
        ly += 10
        for ln in (f"Received {recv.day} {MON22[recv.month - 1]} {recv.year}",
                   f"Received in revised form {rev.day} {MON22[rev.month - 1]} {rev.year}",
                   f"Accepted {acc.day} {MON22[acc.month - 1]} {acc.year}"):
            s.text(x0, ly, ln, 7.2)
            ly += 9.5
        ly += 8
    s.text(x0, ly, "Keywords:", 7.2, color=GREY)
    ly += 10
    for k in rng.sample(KEYS22, rng.randint(4, 6)):
        s.text(x0, ly, k, 7.2)
        ly += 9.5
    abstract = " ".join(rng.sample(EN_SENT, len(EN_SENT))) + " " + " ".join(rng.sample(EN_SENT, 3))
    ay = s.para(x0 + left_w + 14, yy + 36, abstract, x1 - x0 - left_w - 14, 7.8, leading=1.45)
    ybot = max(ly, ay) + 6
    s.line(x0, ybot, x1, ybot, width=0.5)
    # 1. Introduction, two columns, down to the footnotes
    foot = H - 96
    col = (x1 - x0 - 16) / 2
    s.text(x0, ybot + 20, "1. Introduction", 8.5)
    body = " ".join(rng.choice(EN_SENT + HIGHLIGHTS22) for _ in range(60))
    lines = s.wrap(body, col, 8)
    k = 0
    for cx, top in ((x0, ybot + 34), (x0 + col + 16, ybot + 20)):
        ty = top
        while ty < foot - 10 and k < len(lines):
            s.text(cx, ty, lines[k], 8)
            ty += 10.6
            k += 1
    s.line(x0, foot, x0 + 70, foot, width=0.4)
    handle = PINYIN.get(names[corr], "author").replace(" ", "").lower()
    fy = foot + 11
    s.text(x0, fy, "* Corresponding author.", 7)
    fy += 9.5
    mail = f"{handle}{rng.choice(('', str(rng.randint(1, 99))))}@{rng.choice(('lzjtu.edu.cn', 'lut.edu.cn', '163.com', 'mail.lzjtu.cn'))}"
    ini = ".".join(w[0] for w in bys[corr].split()[:-1]) + ". " + bys[corr].split()[-1]
    s.text(x0, fy, f"E-mail address: {mail} ({ini}).", 7)
    fy += 16
    s.text(x0, fy, doi, 7, color=BLUE)
    fy += 9.5
    s.text(x0, fy, f"Received {recv.day} {MON22[recv.month - 1]} {recv.year}; Received in revised form {rev.day} "
                   f"{MON22[rev.month - 1]} {rev.year}; Accepted {acc.day} {MON22[acc.month - 1]} {acc.year}", 6.8)
    fy += 9.5
    s.text(x0, fy, f"Available online {onl.day} {MON22[onl.month - 1]} {onl.year}", 6.8)
    fy += 9.5
    if oa:
        lic = (f"{sn}/© {y} The Authors. Published by Elsevier Ltd. This is an open access article under the CC BY-NC-ND "
               "license (http://creativecommons.org/licenses/by-nc-nd/4.0/).")
    else:
        lic = f"{sn}/© {y} Elsevier Ltd. All rights reserved."
    s.para(x0, fy, lic, x1 - x0, 6.8, leading=1.4)
    paper.font = cjk
    truth = {"title": title, "authors": ";".join(bys), "journal": jn, "issn": sn}
    return Drawn(paper, truth, onl.isoformat(),
                 producer=rng.choice(("Acrobat Distiller 10.1.16 (Windows)", "PDFlib+PDI 9.3.1 (Win64)",
                                      "Elsevier Ltd")))


# --------------------------------------------------------------------------
# a 报纸 理论版 page with the holder's article, photographed (scan)
# --------------------------------------------------------------------------

# newspaper, its 版名 choices, the page's mail box
PAPERS22 = (("甘肃日报", ("理论", "理论·评论", "理论周刊"), "llb@gansudaily.com.cn"),
            ("甘肃经济日报", ("理论·观察", "经济论坛"), "gsjjrb_ll@163.com"),
            ("兰州日报", ("理论", "理论·学习"), "lzrbllb@126.com"),
            ("中国建设报", ("建设论坛", "理论与实践"), "jslt@chinajsb.cn"),
            ("中国交通报", ("交通论坛", "理论"), "jtlt@zgjtb.com"),
            ("中国水利报", ("水利论坛", "理论"), "slbll@mwr.gov.cn"))
TOPICS22 = ("城市供水管网漏损治理", "黄土高填方地基工程质量管控", "装配式建筑产业发展", "绿色低碳交通基础设施建设",
            "寒旱区污水处理提质增效", "职业教育产教融合", "新能源与电网协同发展", "地下综合管廊建设运营",
            "化工园区安全生产治理", "基层医疗卫生服务能力建设", "工程建设项目审批制度改革", "高原公路养护管理")
PATTERNS22 = ("以{t}助推兰州新区高质量发展", "关于{t}的几点思考", "{t}的实践与思考", "推进{t}的路径探析",
              "新时代{t}的着力点", "抓好{t} 服务国家级新区建设", "着力提升{t}水平")
LEAD22 = ("学习贯彻党的二十大精神", "理论前沿", "高质量发展论坛", "学思践悟", "新区建设大家谈")
SUB22 = ("——以兰州新区为例", "——基于甘肃省的实践", "——兰州新区的探索与启示")
NEWS22 = ("近年来，兰州新区坚持把高质量发展作为首要任务，基础设施建设取得明显成效。",
          "实践证明，只有坚持问题导向，才能把工作做深做细做实。",
          "要健全长效机制，压实各方责任，形成工作合力。",
          "从调研情况看，部分项目仍存在设计深度不足、管理链条较长等问题。",
          "必须坚持系统观念，统筹发展和安全，统筹当前和长远。",
          "要加大专业技术人才培养力度，完善职称评审和激励保障机制。",
          "应充分运用信息化手段，推动监管由事后处置向事前预防转变。",
          "这既是落实国家战略的必然要求，也是推动区域协调发展的现实需要。",
          "据统计，2021年新区完成固定资产投资同比增长12.6%，增速位居全省前列。",
          "要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。",
          "在具体实践中，应注重因地制宜，避免简单照搬外地经验。",
          "同时，要强化标准引领，推动行业由规模扩张向质量效益转变。")
HEADS22 = ("一、充分认识重要意义", "二、当前存在的主要问题", "三、对策与建议", "一、现状与成效", "二、面临的挑战",
           "三、几点建议")
STAFF22 = ("张颖", "刘丹", "王晓燕", "葛艳娜", "李娜", "陈静", "马兰", "赵欣")
WEEK22 = "一二三四五六日"


def _news_title(rng: random.Random, avoid: set[str]) -> str:
    while True:
        t = rng.choice(PATTERNS22).format(t=rng.choice(TOPICS22))
        if t not in avoid:
            return t


def _news_flow(s: Sheet, cols: list[tuple[float, float]], top: float, bottom: float, items: list[tuple[str, str]],
               size: float, rng: random.Random, tail: str = "") -> None:
    """Body text flowed down newspaper columns: ('p', paragraph) with a two-character indent and
    ('h', subhead) in 黑体, then the tail line (作者单位) right-aligned in the last column used."""
    lead = size * 1.55
    lines: list[tuple[str, str, bool]] = []   # kind, text, first line of a paragraph
    col_w = cols[0][1]
    for kind, text in items:
        if kind == "h":
            lines.append(("h", text, False))
        else:
            for i, ln in enumerate(s.wrap(text, col_w, size, first=2 * size)):
                lines.append(("p", ln, i == 0))
    if tail:
        for ln in s.wrap(tail, col_w, size):
            lines.append(("t", ln, False))
    k = 0
    for cx, cw in cols:
        y = top + size
        while y < bottom and k < len(lines):
            kind, text, first = lines[k]
            if kind == "h":
                if y + lead * 2 > bottom:
                    break
                y += lead * 0.4
                old = _with_face(s, "hei")
                s.text(cx + cw / 2, y, text, size * 1.05, align="center")
                s.paper.font = old
                y += lead * 1.4
            elif kind == "t":
                s.text(cx + cw, y, text, size, align="right")
                y += lead
            else:
                s.text(cx + (2 * size if first else 0), y, text, size)
                y += lead
            k += 1
    return None


def _news_article(s: Sheet, x0: float, x1: float, top: float, bottom: float, ncol: int, title: str, byline: str,
                  rng: random.Random, *, tsize: float, lead_line: str = "", sub: str = "", tail: str = "",
                  size: float = 7.6) -> None:
    y = top
    if lead_line:
        s.text((x0 + x1) / 2, y + 11, lead_line, 10, align="center")
        y += 18
    old = _with_face(s, "hei")
    for ln in s.wrap(title, x1 - x0 - 20, tsize):
        s.text((x0 + x1) / 2, y + tsize, ln, tsize, align="center")
        y += tsize * 1.3
    s.paper.font = old
    if sub:
        s.text((x0 + x1) / 2 + 20, y + 13, sub, 10.5, align="center")
        y += 18
    y += 6
    old = _with_face(s, "kai")
    s.text((x0 + x1) / 2, y + 10, byline, 10, align="center")
    s.paper.font = old
    y += 22
    gap = 9.0
    cw = (x1 - x0 - gap * (ncol - 1)) / ncol
    cols = [(x0 + i * (cw + gap), cw) for i in range(ncol)]
    for i in range(1, ncol):
        s.line(x0 + i * (cw + gap) - gap / 2, y, x0 + i * (cw + gap) - gap / 2, bottom, width=0.25, grey=0.4)
    sents = list(NEWS22)
    items: list[tuple[str, str]] = []
    heads = rng.sample(HEADS22[:3] if rng.random() < 0.5 else HEADS22[3:], 3)
    heads.sort()
    lead = size * 1.55
    per_col = int((bottom - y - size) / lead)
    capacity = per_col * ncol - len(s.wrap(tail, cw, size)) - 2 - ncol
    used = 0
    for i, h in enumerate(heads):
        items.append(("h", h))
        used += 2
        goal = capacity * (i + 1) / len(heads)
        while True:
            para = "".join(rng.sample(sents, rng.randint(2, 4)))
            n = len(s.wrap(para, cw, size, first=2 * size))
            if used + n > goal:
                break
            items.append(("p", para))
            used += n
    _news_flow(s, cols, y, bottom, items, size, rng, tail)


def _news_shoot(paper: "_NewsPaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    gen = np.random.default_rng(rng.getrandbits(32))
    src = _rgb(paper.doc[0], dpi)
    h, w = src.shape[:2]
    # newsprint: the ink a little grey, the paper yellowish, the reverse page showing through
    tone = np.array(fx["tone"], np.float32)
    ink = src / 255.0
    back = cv2.GaussianBlur(ink[:, ::-1].mean(axis=2), (0, 0), 1.6)
    src = tone[None, None, :] * (0.1 + 0.9 * ink)
    src = src * (1 - fx["through"] * (1 - back))[..., None]
    src = src * (1 + 0.04 * _smooth(gen, h, w, 8))[..., None]
    # the fold across the middle: a valley shadow on one side, a lighter ridge on the other
    ys = np.arange(h, dtype=np.float32)[:, None]
    kp = dpi / 72.0
    d = ys - fx["fold"] * kp
    shade = fx["dark"] * np.exp(-((d + 2 * kp) / (3 * kp)) ** 2) + fx["half"] * (np.tanh(d / (6 * kp)) + 1) / 2
    ridge = 0.25 * np.exp(-((d - 1.5 * kp) / (1.2 * kp)) ** 2)
    src = src * (1 - shade)[..., None]
    src = src + (245 - src) * ridge[..., None]
    # the page on the table
    pad = int(fx["pad"] * w)
    H2, W2 = h + 2 * pad, w + 2 * pad
    desk = np.array(fx["desk"], np.float32)
    canvas = desk[None, None, :] * (1 + 0.06 * _smooth(gen, H2, W2, 5))[..., None] * np.ones((H2, W2, 1), np.float32)
    cover = np.zeros((H2, W2), np.float32)
    _place(canvas, cover, src, W2 / 2 + fx["dx"] * pad, H2 / 2, fx["angle"], blur=0.006 * W2)
    scale = fx["out"] / W2
    canvas = cv2.resize(canvas, (int(W2 * scale), int(H2 * scale)), interpolation=cv2.INTER_AREA)
    return _camera(canvas, rng, gen, tilt=fx["tilt"], light=fx["light"], cast=fx["cast"], blur=fx["blur"],
                   noise=2.6, quality=(72, 86)), ".jpg"


class _NewsPaper(_Shot):
    shoot = _news_shoot


@family("pap_newspaper_theory_page", "paper", "scan",
        "a provincial / industry NEWSPAPER's 理论版 page (甘肃日报 理论 / 中国建设报 建设论坛 style) with the holder's article among "
        "others, the whole broadsheet page photographed on a table with a phone (colour): 眉头 with the 版号 in a red box, "
        "the 版名, '2022年3月15日 星期二', the paper's name, 责任编辑/美术编辑; the holder's article with a 引题 or a red 栏目 "
        "tag on some, a large 黑体 title, a '——以兰州新区为例' 副题 on some, the byline '□ 李建军  王喆', body in narrow "
        "columns with 一、二、三、 subheads, '（作者单位：…）' at its end; two or three other articles with their own titles and "
        "bylines, a 本版邮箱 line; newsprint tone, the reverse page showing through, the horizontal FOLD across the middle, "
        "perspective and light falloff. journal = the newspaper's name, published = the month of the printed date; no ISSN/CN")
def pap_newspaper_theory_page(p: dict, rng: random.Random, face: str) -> Drawn:
    npn, boards, mail = rng.choice(PAPERS22)
    board = rng.choice(boards)
    y = max(p["pub_year"], 2018)
    day = date(y, rng.randint(1, 12), rng.randint(1, 28))
    names = list(p["authors"][:2]) if p["name"] in p["authors"][:2] else [p["name"]]
    used: set[str] = set()
    title = _news_title(rng, used)
    used.add(title)
    W, H = 760.0, 1080.0
    paper = _NewsPaper(face, (W, H))
    s = paper[0]
    x0, x1 = 34.0, W - 34
    red = (0.78, 0.1, 0.1)
    # 眉头
    page_no = rng.randint(5, 12)
    s.page.draw_rect(pymupdf.Rect(x0, 24, x0 + 36, 58), color=None, fill=red)
    s.text(x0 + 18, 50, f"{page_no:02d}" if rng.random() < 0.6 else str(page_no), 20, align="center", color=WHITE)
    old = _with_face(s, "hei")
    s.text(x0 + 46, 52, board, 24, color=red, track=2)
    s.paper.font = old
    bw = s.width(board, 24, 2)
    date_s = f"{fdate(day.isoformat(), rng.choice(('cn', 'cn', 'cn0')))[0]}  星期{WEEK22[day.weekday()]}"
    s.text(x0 + 60 + bw, 40, date_s, 9)
    eds = rng.sample(STAFF22, 3)
    s.text(x0 + 60 + bw, 54, f"责任编辑：{eds[0]}   美术编辑：{eds[1]}   校对：{eds[2]}", 7.5, color=GREY)
    old = _with_face(s, "kai")
    s.text(x1, 52, npn, 22, align="right", color=(0.1, 0.1, 0.1) if rng.random() < 0.5 else red)
    s.paper.font = old
    s.line(x0, 64, x1, 64, width=2.0)
    s.line(x0, 67, x1, 67, width=0.5)
    # the holder's article: top left (four of six columns) or across the page (six)
    wide = rng.random() < 0.4
    ax1 = x1 if wide else x0 + (x1 - x0) * 4 / 6 - 6
    bottom_a = rng.uniform(500, 560) if wide else rng.uniform(600, 660)
    lead_line = rng.choice(LEAD22) if rng.random() < 0.5 else ""
    tag = (not lead_line) and rng.random() < 0.6
    top = 80.0
    if tag:
        tg = rng.choice(LEAD22)
        tw = s.width(tg, 9.5) + 14
        s.page.draw_rect(pymupdf.Rect(x0, top, x0 + tw, top + 17), color=None, fill=red)
        s.text(x0 + 7, top + 12.5, tg, 9.5, color=WHITE)
        top += 22
    sub = rng.choice(SUB22) if rng.random() < 0.35 else ""
    byl = rng.choice(("□ ", "◎ ", "■ ", "")) + "  ".join(names)
    tail = f"（作者单位：{p['unit']}）" if rng.random() < 0.7 else ""
    _news_article(s, x0, ax1, top, bottom_a, 6 if wide else 4, title, byl, rng, tsize=rng.choice((22.0, 24.0, 26.0)),
                  lead_line=lead_line, sub=sub, tail=tail)
    others = [x for x in NAMES_M + NAMES_F if x not in names]
    s.line(x0, bottom_a + 8, (x1 if wide else ax1), bottom_a + 8, width=0.8)
    if not wide:
        # a column piece on the right two columns
        s.line(ax1 + 6, 76, ax1 + 6, 660, width=0.8)
        t2 = _news_title(rng, used)
        used.add(t2)
        _news_article(s, ax1 + 14, x1, 80, 660, 2, t2, "◇ " + rng.choice(others), rng, tsize=15.0)
        s.line(ax1 + 6, 668, x1, 668, width=0.8)
    # the lower part: one or two more articles across
    t3 = _news_title(rng, used)
    used.add(t3)
    ly = bottom_a + 22 if wide else 682
    mid = (x0 + x1) / 2 if rng.random() < 0.5 else x1
    _news_article(s, x0, mid - (6 if mid < x1 else 0), ly, H - 70, 3 if mid < x1 else 6, t3,
                  "□ " + "  ".join(rng.sample(others, rng.randint(1, 2))), rng, tsize=17.0)
    if mid < x1:
        s.line(mid, ly, mid, H - 70, width=0.8)
        t4 = _news_title(rng, used)
        _news_article(s, mid + 8, x1, ly, H - 70, 3, t4, "◎ " + rng.choice(others), rng, tsize=17.0)
    s.line(x0, H - 60, x1, H - 60, width=0.5)
    s.text(x0, H - 46, f"本版邮箱：{mail}", 7.5, color=GREY)
    s.text(x1, H - 46, f"{npn}  {date_s}", 7.5, align="right", color=GREY)
    paper.fx = {"tone": rng.choice(((236, 230, 214), (230, 226, 214), (240, 234, 220))),
                "through": rng.uniform(0.04, 0.09), "fold": H / 2 + rng.uniform(-6, 6), "dark": rng.uniform(0.15, 0.25),
                "half": rng.uniform(0.0, 0.06), "pad": rng.uniform(0.05, 0.09), "dx": rng.uniform(-0.4, 0.4),
                "angle": rng.uniform(-3, 3), "desk": rng.choice(DESKS20), "out": rng.randint(2000, 2300),
                "tilt": rng.uniform(0.03, 0.07),
                "light": (rng.uniform(-0.2, 0.2), rng.uniform(-0.2, 0.2), rng.uniform(0.2, 0.5)),
                "cast": rng.choice(((1.0, 0.97, 0.9), (0.96, 0.98, 1.03), (1.0, 1.0, 0.97))),
                "blur": rng.uniform(0.6, 0.9)}
    truth = {"title": title, "authors": ";".join(names), "journal": npn, "published": f"{y:04d}-{day.month:02d}"}
    return Drawn(paper, truth, day.isoformat(), dpi=rng.choice((190, 200, 210)))
