"""Twenty-second round of held-out families, part b (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers. Modelled on what applicants for a 职称 in 兰州新区 upload.

Papers:
* pap_sci_elsevier_pinyin — the first page of an ENGLISH-language SCI/EI article that a Chinese
  author published in an international journal (Elsevier: Construction and Building Materials,
  Cold Regions Science and Technology, Engineering Geology, Transportation Geotechnics, …), the
  publisher's PDF (text): the centred running line 'Construction and Building Materials 312 (2021)
  125432' (volume and article number, no issue, no month), the masthead band with the publisher's
  logo box, 'Contents lists available at ScienceDirect', the journal's name, 'journal homepage:
  www.elsevier.com/locate/…' and a cover thumbnail; a 'Research Paper' tag on some; the title in
  English only; the byline in PINYIN, given name first ('Jianjun Li, Zhe Wang', the family name in
  capitals on some), superscript letters and '*' as pictures; lettered affiliations; ARTICLE INFO
  (Article history on some, Keywords) beside the ABSTRACT; '1. Introduction' in two columns; the
  footnotes '* Corresponding author. E-mail address: lijianjun@lzjtu.edu.cn (J. Li).', the DOI,
  'Received … Accepted … Available online 3 November 2021' and the ISSN only in '0950-0618/© 2021
  Elsevier Ltd. All rights reserved.' (or the open-access licence line). No Chinese anywhere, no CN.
  Truth: title (English), authors (pinyin as printed), journal, issn; no published (no month of an
  issue is printed).
* pap_newspaper_theory_page — the holder's article on a NEWSPAPER's 理论版 (甘肃日报 理论 / 甘肃经济日报
  / 兰州日报 / 中国建设报 建设论坛 / 中国交通报 / 中国水利报; some 职称 accept 省级报刊 articles), the whole
  broadsheet page photographed on a table with a phone (scan, colour): the 眉头 (版号 in a red box,
  the 版名 in red 黑体, '2020年10月16日  星期五', 责任编辑/美术编辑/校对, the paper's name in 楷体 at the
  right), the holder's article top left over four of six columns or across the page, with a 引题 or a
  red 栏目 tag on some, a large 黑体 title, a '——以兰州新区为例' 副题 on some, the byline '□ 李建军  王喆'
  (or ◎ / ■ / none), body in narrow columns with 一、二、三、 subheads and '（作者单位：…）' at its end on
  most; a column piece at the right and one or two more articles below, each with its own title and
  byline (distractors); '本版邮箱：…' and the date in the foot. Newsprint tone, the reverse page
  showing through, the horizontal FOLD across the middle (valley shadow, light ridge), the page
  turned a little on the desk, keystone perspective, light falloff. Truth: title (the main title,
  not the 引题/副题), authors, journal = the newspaper's name, published = the printed date's month;
  no ISSN/CN (an inner page prints none).
Diploma:
* dip_with_record_desk_photo — the 毕业证书 and its 教育部学历证书电子注册备案表 (学信网 print) laid
  side by side on a desk and taken in ONE photo (scan, colour), as applicants do where the system
  takes one file per 学历: the landscape 毕业证书 in front and lower left (普通高等学校, or 成人高等教育
  with '成人高等教育' over the title, '专科起点本科' / '高中起点专科', '（函授）' after the major on some and
  '学习形式：业余'; photo with 钢印, prose '学生X，性别男，一九八六年十一月十一日生，于二〇〇五年九月至二〇〇八年
  一月在本校…专业二年半制专科起点本科学习，…准予毕业。', 校名 with the seal, 校（院）长 signature, date,
  证书编号 (type digit 5 for 成人), the 学信网 line), the A4 备案表 behind it at the right (更新日期,
  photo, ruled rows 姓名 … 证件号码 … 学历类别 / 学习形式 / 入学日期 2005年09月01日 / 毕（结）业日期 …
  证书编号 / 校（院）长姓名, 在线验证码, 有效期至, QR) with its lower-left part UNDER the diploma; each
  sheet at its own small angle with its shadow, keystone perspective, light falloff. Truth: the
  diploma's values (the 备案表 repeats them, with full dates): name, gender, birth_date, school,
  major, level, start/graduation months, certificate_no.
Degree:
* deg_equal_ability_red_cover — a 同等学力 硕士学位证书 (a working professional's master's degree:
  'X，男，1980年7月生。在西北民族大学以同等学力通过电气工程学科硕士学位课程考试和论文答辩，成绩合格，经审核
  符合《中华人民共和国学位条例》的规定，授予工学硕士学位。' or '…以同等学力在…学科通过硕士学位的课程考试和论文
  答辩，成绩合格。根据…授予…硕士学位。') photographed INSIDE ITS RED COVER laid open on a desk (scan,
  colour): the left panel the cover's lining with the school's gold foil print (ring emblem,
  '硕士学位证书', the school), the dark spine, the right panel holding the portrait sheet (photo with
  钢印, '硕士学位证书', the prose, '…学位评定委员会' / 主席 with signature and seal, the date, 16-digit
  证书编号 whole or grouped by four) under a clear PLASTIC SLEEVE: its welded edge shining around the
  sheet, a broad diagonal GLARE band and a window's soft reflection washing across part of the text;
  the book turned a little, perspective, light falloff. Truth: name, degree 硕士, major (the 学科 as
  printed), award_date, degree_certificate_no.
Employer:
* emp_salary_payment_table — a unit's 财务/人事 工资发放证明 (职工工资收入证明 / 工资收入及在职证明) that
  states the employment AND lists the last twelve months' pay, copier-scanned in grey (scan): the
  unit's name as a letterhead over a double rule, the title, '兹证明X同志（身份证号：…）系我单位在职职工，
  于2016年8月入职（参加工作 / 调入我单位工作），现任工程技术部工程师。该同志近十二个月工资发放情况如下：', a
  ruled table 序号 | 发放月份 | 应发工资 | 代扣养老 | 代扣医疗 | 代扣公积金 | 个人所得税 | 实发工资 with twelve
  rows ('2023年01月' …) and a 合计 row, '以上情况属实，特此证明。', 经办人 / 财务负责人, the unit and the date
  with its seal and a second '财务专用章' seal at the left; the table's months and money are
  distractors for the start date and the numbers. Truth: name, id_number, unit, position (as
  printed after the department), start_date (month).
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import cv2
import numpy as np
import pymupdf

from . import fonts
from .draw import A4, Paper, Sheet
from .facts import NAMES_F, NAMES_M, SCHOOLS, redate
from .fam_heldout2a import _qr
from .fam_round7 import PINYIN, _english_title, _sup_pic
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
        "first page of an ENGLISH-language SCI/EI article in an international (Elsevier) journal by Chinese authors, "
        "as the publisher's PDF: centred running line 'Construction and Building Materials 312 (2021) 125432', "
        "the masthead band (publisher logo box, 'Contents lists available at ScienceDirect', the journal's name, "
        "'journal homepage: www.elsevier.com/locate/…', a cover thumbnail), title in English only, PINYIN byline "
        "given-name first ('Jianjun Li a, Zhe Wang b,*') with superscript letters, lettered affiliations, ARTICLE "
        "INFO column (Keywords) beside the ABSTRACT, 1. Introduction in two columns, footnote '* Corresponding "
        "author. E-mail address: …', the DOI, 'Received … Available online …' and '0950-0618/© 2021 Elsevier "
        "Ltd. All rights reserved.' (the ISSN only there); no Chinese, no month of issue, no CN")
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
    paper.font = _latin(cjk)
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
    host = rng.choice(("lzjtu.edu.cn", "lut.edu.cn", "163.com", "mail.lzjtu.cn"))
    mail = f"{handle}{rng.choice(('', str(rng.randint(1, 99))))}@{host}"
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
        lic = (f"{sn}/© {y} The Authors. Published by Elsevier Ltd. This is an open access article under the "
               "CC BY-NC-ND license (http://creativecommons.org/licenses/by-nc-nd/4.0/).")
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
        "a provincial / industry NEWSPAPER's 理论版 page (甘肃日报 理论 / 中国建设报 建设论坛 style) with the holder's article "
        "among others, the whole broadsheet page photographed on a table with a phone (colour): 眉头 with the 版号 "
        "in a red box, the 版名, '2022年3月15日 星期二', the paper's name, 责任编辑/美术编辑; the holder's article with a 引题 "
        "or a red 栏目 tag on some, a large 黑体 title, a '——以兰州新区为例' 副题 on some, the byline '□ 李建军  王喆', body in "
        "narrow columns with 一、二、三、 subheads, '（作者单位：…）' at its end; two or three other articles with their own "
        "titles and bylines, a 本版邮箱 line; newsprint tone, the reverse page showing through, the horizontal FOLD "
        "across the middle, perspective and light falloff. journal = the newspaper's name, published = the month "
        "of the printed date; no ISSN/CN")
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


# --------------------------------------------------------------------------
# a 毕业证书 and its 学历证书电子注册备案表 photographed together on a desk (scan)
# --------------------------------------------------------------------------

FORMS22 = ("函授", "业余", "脱产")
NATIONS22 = ("汉族", "回族", "藏族", "东乡族", "汉族", "汉族")


def _pair_shoot(paper: "_PairPaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    gen = np.random.default_rng(rng.getrandbits(32))
    dip = _rgb(paper.doc[0], dpi)
    rec = _rgb(paper.doc[1], dpi)
    rec = rec * np.array((0.985, 0.985, 0.975), np.float32)[None, None, :]      # office paper, a touch grey
    dh, dw = dip.shape[:2]
    rh, rw = rec.shape[:2]
    W2 = int(dw + rw * fx["overlap"] + 0.16 * dw)
    H2 = int(max(rh, dh) * 1.12)
    desk = np.array(fx["desk"], np.float32)
    canvas = desk[None, None, :] * (1 + 0.07 * _smooth(gen, H2, W2, 6))[..., None] * np.ones((H2, W2, 1), np.float32)
    cover = np.zeros((H2, W2), np.float32)
    m = 0.06 * dw
    # the 备案表 behind, at the right; the 毕业证书 in front, lower left, over its lower-left part
    _place(canvas, cover, rec, W2 - m - rw / 2, H2 * 0.06 + rh / 2 - fx["rec_up"] * H2, fx["a_rec"], blur=0.006 * W2)
    _place(canvas, cover, dip, m + dw / 2, H2 - 0.05 * H2 - dh / 2, fx["a_dip"], shadow=0.45, blur=0.008 * W2)
    scale = fx["out"] / W2
    canvas = cv2.resize(canvas, (int(W2 * scale), int(H2 * scale)), interpolation=cv2.INTER_AREA)
    return _camera(canvas, rng, gen, tilt=fx["tilt"], light=fx["light"], cast=fx["cast"], blur=fx["blur"],
                   noise=2.4, quality=(76, 88)), ".jpg"


class _PairPaper(_Shot):
    shoot = _pair_shoot


@family("dip_with_record_desk_photo", "diploma", "scan",
        "the 毕业证书 and its 教育部学历证书电子注册备案表 (学信网 print) laid side by side on a desk and photographed in ONE picture "
        "(colour), as applicants do when the system takes one file per 学历: the landscape 毕业证书 (普通高等学校 or 成人高等教育 "
        "with '学习形式：函授/业余/脱产' and '专科起点本科'; photo with 钢印, prose '学生X，性别女，一九八八年三月五日生，于二〇一二年三月至二〇一五年一月在本校…专业…学习…准予毕业。', "
        "校名 with the seal, 校（院）长, date, 证书编号) in front and lower left, the A4 备案表 behind it at the right (更新日期, "
        "photo, ruled rows 姓名/性别/出生日期/民族/证件号码/学校名称/层次/专业/学制/学历类别/学习形式/入学日期/毕（结）业日期/证书编号/校（院）长姓名, 在线验证码 and 有效期)"
        " with its lower-left part UNDER the diploma; each sheet at its own angle with its shadow, perspective, "
        "light falloff; the 备案表 repeats the values with full dates")
def dip_with_record_desk_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    adult = rng.random() < 0.5
    level = rng.choice(("本科", "本科", "大专"))
    gy = rng.randint(2006, 2020)
    q = redate(p, rng, gy, level=level)
    if adult:
        lvl_words = "专科起点本科" if level == "本科" else "高中起点专科"
        years_s = "二年半" if level == "本科" else "三年"
        start = date(gy - 3, 9 if level == "本科" else 3, 1)     # 2.5 years from autumn, 3 from spring
        grad = date(gy, 1, rng.choice((10, 15, 20)))
        form = rng.choice(FORMS22)
        cert = f"{q['school_code']}5{gy}{'05' if level == '本科' else '06'}{rng.randrange(1, 999999):06d}"
    else:
        lvl_words = "本科" if level == "本科" else rng.choice(("专科", "高职"))
        years_s = hz_num(q["years"]) + "年"
        start = date.fromisoformat(q["start_date"])
        grad = date.fromisoformat(q["graduation_date"])
        form = "普通全日制"
        cert = q["certificate_no"]
    style = rng.choice(("hz", "hz", "hz_ling", "cn"))
    b_s, b_t = fdate(q["birth_date"], style)
    st_s, st_t = fdate(start.isoformat(), style, month=True)
    gd_s, gd_t = fdate(grad.isoformat(), style, month=True)
    issued_s = fdate(grad.isoformat(), "hz" if style != "cn" else "cn")[0]
    W, H = rng.uniform(690, 720), rng.uniform(480, 500)
    paper = _PairPaper(face, (W, H))
    s = paper[0]
    ink = rng.choice(((0.6, 0.1, 0.1), (0.1, 0.3, 0.22), (0.15, 0.25, 0.5)))
    s.page.draw_rect(s.page.rect, color=None, fill=rng.choice(((0.97, 0.95, 0.88), (0.96, 0.96, 0.93))))
    _guilloche(s, rng, 34, 34, W - 34, H - 34)
    s.page.draw_rect(pymupdf.Rect(18, 18, W - 18, H - 18), color=ink, width=2.5)
    s.page.draw_rect(pymupdf.Rect(24, 24, W - 24, H - 24), color=ink, width=0.6)
    if adult:
        s.text(W / 2, 62, "成 人 高 等 教 育", 14, align="center", track=3, color=ink)
    s.text(W / 2, 100, "毕 业 证 书", 30, align="center", track=8, color=ink)
    px, py = 60.0, 128.0
    s.photo(px, py, 88, 118)
    s.seal(px + 82, py + 112, 27, q["school"], color=STEEL)
    size = rng.choice((14.0, 14.5, 15.0))
    mj = f"{q['major']}专业" + (f"（{form}）" if adult and rng.random() < 0.5 else "")
    prose = (f"学生{q['name']}，性别{q['gender']}，{b_s}生，于{st_s}至{gd_s}在本校{mj}{years_s}制{lvl_words}学习，"
             f"修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = s.para(180, 150, prose, W - 58 - 180, size, leading=2.1, indent=2 * size)
    if adult:
        s.text(180, y + 4, f"学习形式：{form}", 12.5)
    by = H - 118
    s.text(62, by, f"校名：{q['school']}", 13.5)
    s.seal(62 + s.width(f"校名：{q['school']}", 13.5) - 6 + rng.uniform(-8, 14), by - 6, 42, q["school"])
    s.text(62, by + 32, "校（院）长：", 13.5)
    _signature(s, 148, by + 34, q["principal"], rng)
    s.text(W - 60, by + 32, issued_s, 13.5, align="right")
    s.text(62, H - 44, f"证书编号：{cert}", 11)
    if gy >= 2007:
        s.text(W - 40, H - 32, "本证书可在 http://www.chsi.com.cn 查询", 7.5, align="right")
    # the 备案表 (A4)
    r = paper.add_page(A4)
    RW = A4[0]
    r.page.draw_rect(pymupdf.Rect(0, 0, RW, 92), color=None, fill=(0.9, 0.95, 0.98))
    old = _with_face(r, "hei")
    r.text(RW / 2, 58, "教育部学历证书电子注册备案表", 19, align="center")
    r.paper.font = old
    upd = date(rng.randint(max(gy + 1, 2019), 2024), rng.randint(1, 12), rng.randint(1, 28))
    valid = upd + timedelta(days=rng.choice((30, 90, 180, 365)))
    r.text(RW - 60, 112, f"更新日期：{upd:%Y年%m月%d日}", 9.5, align="right")
    rows = [("姓名", q["name"]), ("性别", q["gender"]), ("出生日期", f"{date.fromisoformat(q['birth_date']):%Y年%m月%d日}"),
            ("民族", rng.choice(NATIONS22)), ("证件号码", q["id_number"]), ("学校名称", q["school"]),
            ("层次", "本科" if level == "本科" else "专科"), ("专业", q["major"]),
            ("学制", "2.5 年" if adult and level == "本科" else f"{q['years']} 年"),
            ("学历类别", "成人教育" if adult else "普通高等教育"), ("学习形式", form),
            ("入学日期", f"{start:%Y年%m月%d日}"), ("毕（结）业日期", f"{grad:%Y年%m月%d日}"),
            ("毕（结）业", "毕业"), ("证书编号", cert), ("校（院）长姓名", q["principal"])]
    ty = 126.0
    x0 = 60.0
    for lab, val in rows:
        r.box(x0, ty, x0 + 110, ty + 25, width=0.5, grey=0.5, fill=0.95)
        r.box(x0 + 110, ty, RW - 160, ty + 25, width=0.5, grey=0.5)
        r.text(x0 + 55, ty + 16.5, lab, 9.5, align="center")
        r.text(x0 + 120, ty + 16.5, val, 10)
        ty += 25
    r.photo(RW - 146, 126, 86, 116)
    ty += 30
    vcode = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    r.text(x0, ty, f"在线验证码：{' '.join(vcode[i:i + 4] for i in range(0, 16, 4))}", 11)
    r.text(x0, ty + 22, f"在线验证有效期至：{valid:%Y年%m月%d日}", 10)
    r.page.insert_image(pymupdf.Rect(RW - 150, ty - 16, RW - 70, ty + 64), stream=_qr(rng, 25))
    r.para(x0, ty + 100, "说明：1. 本表仅反映学历证书在学信网的注册信息。2. 可登录学信网 (https://www.chsi.com.cn) 输入在线验证码"
                        "查验本表内容。3. 本表在有效期内可查询。", RW - 120, 8.5, leading=1.6)
    r.text(RW / 2, 810, "学信网 www.chsi.com.cn", 8, align="center", color=GREY)
    paper.fx = {"overlap": rng.uniform(0.55, 0.7), "rec_up": rng.uniform(0.0, 0.03), "a_rec": rng.uniform(-4, 4),
                "a_dip": rng.uniform(-5, 5), "desk": rng.choice(DESKS20), "out": rng.randint(2200, 2500),
                "tilt": rng.uniform(0.03, 0.08),
                "light": (rng.uniform(-0.22, 0.22), rng.uniform(-0.2, 0.2), rng.uniform(0.2, 0.5)),
                "cast": rng.choice(((1.0, 0.97, 0.9), (0.96, 0.98, 1.03), (1.0, 1.0, 0.97))),
                "blur": rng.uniform(0.6, 0.9)}
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": b_t, "school": q["school"], "major": q["major"],
             "level": level, "start_date": st_t, "graduation_date": gd_t, "certificate_no": cert}
    return Drawn(paper, truth, grad.isoformat(), dpi=rng.choice((150, 160)))


# --------------------------------------------------------------------------
# a 同等学力 硕士学位证书 photographed inside its red cover, under the plastic sleeve (scan)
# --------------------------------------------------------------------------

def _cover_shoot(paper: "_CoverPaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    gen = np.random.default_rng(rng.getrandbits(32))
    cert = _rgb(paper.doc[0], dpi)
    lining = _rgb(paper.doc[1], dpi)
    ch, cw = cert.shape[:2]
    mg = int(0.06 * cw)
    ph, pw = ch + 2 * mg, cw + 2 * mg                 # one panel of the cover
    red = np.array(fx["red"], np.float32)
    # the open cover: left panel (the lining with the foil print), right panel holding the sheet
    book = np.empty((ph, 2 * pw, 3), np.float32)
    book[:] = red
    book *= (1 + 0.05 * _smooth(gen, ph, 2 * pw, 10))[..., None]     # the leatherette's grain
    book[:, :pw] = cv2.resize(lining, (pw, ph), interpolation=cv2.INTER_AREA)
    # the sheet under the sleeve on the right panel
    book[mg:mg + ch, pw + mg:pw + mg + cw] = cert
    ys, xs = np.mgrid[0:ph, 0:2 * pw].astype(np.float32)
    # the spine: a dark valley where the cover folds; the left panel lifted a little (lit differently)
    dsp = (xs - pw) / pw
    book *= (1 - 0.45 * np.exp(-(dsp / 0.03) ** 2))[..., None]
    book[:, :pw] *= fx["left_lit"]
    # the sleeve: its welded edge a thin bright line around the sheet, then the glare
    edge = np.zeros((ph, 2 * pw), np.float32)
    e0, e1 = pw + mg // 3, 2 * pw - mg // 3
    cv2.rectangle(edge, (e0, mg // 3), (e1, ph - mg // 3), 1.0, max(2, mg // 12))
    edge = cv2.GaussianBlur(edge, (0, 0), 1.2)
    u = (xs - pw) / pw
    v = ys / ph
    on = ((xs > e0) & (xs < e1) & (ys > mg // 3) & (ys < ph - mg // 3)).astype(np.float32)
    on = cv2.GaussianBlur(on, (0, 0), 2.0)
    bx, by, th = fx["band"]          # the band crosses the sheet through (bx, by) at an angle
    dist = (u - bx) * math.cos(th) + (v - by) * math.sin(th) * ph / pw
    band = fx["band_a"] * np.exp(-(dist / fx["band_w"]) ** 2)
    wx0, wy0, wx1, wy1 = fx["window"]
    win = ((u > wx0) & (u < wx1) & (v > wy0) & (v < wy1)).astype(np.float32)
    win = cv2.GaussianBlur(win, (0, 0), 0.02 * pw) * fx["win_a"]
    ripple = 0.06 * _smooth(gen, ph, 2 * pw, 14)
    glare = np.clip((band + win) * (1 + ripple) * on + 0.55 * edge, 0, 0.68)
    book = book + (252 - book) * glare[..., None]
    # the book on the desk
    bh, bw = book.shape[:2]
    pad = int(0.08 * bw)
    H2, W2 = bh + 2 * pad, bw + 2 * pad
    desk = np.array(fx["desk"], np.float32)
    canvas = desk[None, None, :] * (1 + 0.07 * _smooth(gen, H2, W2, 6))[..., None] * np.ones((H2, W2, 1), np.float32)
    cover = np.zeros((H2, W2), np.float32)
    _place(canvas, cover, book, W2 / 2, H2 / 2, fx["angle"], shadow=0.5, blur=0.008 * W2)
    scale = fx["out"] / W2
    canvas = cv2.resize(canvas, (int(W2 * scale), int(H2 * scale)), interpolation=cv2.INTER_AREA)
    return _camera(canvas, rng, gen, tilt=fx["tilt"], light=fx["light"], cast=fx["cast"], blur=fx["blur"],
                   noise=2.6, quality=(74, 88)), ".jpg"


class _CoverPaper(_Shot):
    shoot = _cover_shoot


# 本科 major → (一级学科, 门类)
DISC22 = {"土木工程": ("土木工程", "工学"), "给排水科学与工程": ("市政工程", "工学"),
          "电气工程及其自动化": ("电气工程", "工学"), "计算机科学与技术": ("计算机科学与技术", "工学"),
          "环境工程": ("环境科学与工程", "工学"), "工程管理": ("管理科学与工程", "管理学"),
          "汉语言文学": ("中国语言文学", "文学"), "会计学": ("工商管理", "管理学"), "测绘工程": ("测绘科学与技术", "工学"),
          "化学工程与工艺": ("化学工程与技术", "工学"), "道路桥梁与渡河工程": ("交通运输工程", "工学"),
          "临床医学": ("临床医学", "医学"), "民族学": ("民族学", "法学"), "数学与应用数学": ("数学", "理学")}


@family("deg_equal_ability_red_cover", "degree", "scan",
        "同等学力 硕士学位证书 (a working professional's degree: 'X，男，1984年5月生。在兰州交通大学以同等学力通过"
        "土木工程学科硕士学位课程考试和论文答辩，成绩合格，经审核符合《中华人民共和国学位条例》的规定，"
        "授予工学硕士学位。') photographed INSIDE ITS RED COVER laid open on a desk (colour): the left panel the cover's "
        "lining with the school's foil print ('硕士学位证书', the school, its ring emblem), the dark spine fold, the "
        "right panel holding the portrait sheet (photo with 钢印, 学位评定委员会主席 with signature, seal, date, 16-digit "
        "证书编号) under a clear PLASTIC SLEEVE whose welded edge shines and whose GLARE (a broad diagonal band and "
        "a window's soft reflection) washes across part of the text; perspective, light falloff")
def deg_equal_ability_red_cover(p: dict, rng: random.Random, face: str) -> Drawn:
    school = p["school"] if SCHOOLS[p["school"]][1] == "u" else \
        rng.choice(sorted(s for s, (_, k) in SCHOOLS.items() if k == "u"))
    code = SCHOOLS[school][0]
    major = p["major"] if p["major"] in DISC22 else rng.choice(sorted(DISC22))
    discipline, cat = DISC22[major]
    birth = date.fromisoformat(p["birth_date"])
    ay = rng.randint(max(birth.year + 28, 2009), max(birth.year + 28, 2009) + 6)
    ay = min(ay, 2024)
    award = date(ay, rng.choice((6, 6, 12)), rng.choice((20, 25, 28, 30)))
    deg_no = f"{code}3{ay}{rng.randrange(1, 999999):06d}"
    style = rng.choice(("cn", "hz", "hz"))
    birth_s = fdate(p["birth_date"], style, month=rng.random() < 0.6)[0]
    aw_s, aw_t = fdate(award.isoformat(), style)
    word = rng.choice(("学科", "学科", "专业"))
    prose = rng.choice((
        f"{p['name']}，{p['gender']}，{birth_s}生。在{school}以同等学力通过{discipline}{word}硕士学位课程考试和论文答辩，"
        f"成绩合格，经审核符合《中华人民共和国学位条例》的规定，授予{cat}硕士学位。",
        f"{p['name']}，{p['gender']}，{birth_s}生。以同等学力在{discipline}{word}通过硕士学位的课程考试和论文答辩，"
        f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{cat}硕士学位。"))
    W, H = 430.0, 610.0
    paper = _CoverPaper(face, (W, H))
    s = paper[0]
    s.page.draw_rect(s.page.rect, color=None, fill=rng.choice(((0.98, 0.97, 0.93), (0.97, 0.97, 0.97))))
    _guilloche(s, rng, 26, 26, W - 26, H - 26)
    ink = rng.choice(((0.6, 0.12, 0.1), (0.55, 0.42, 0.15)))
    s.page.draw_rect(pymupdf.Rect(14, 14, W - 14, H - 14), color=ink, width=2)
    old = _with_face(s, rng.choice(("song", "kai")))
    s.text(W / 2, 80, "硕士学位证书", 26, align="center", track=5, color=ink)
    s.paper.font = old
    px, py = 44.0, 110.0
    s.photo(px, py, 80, 106)
    s.seal(px + 76, py + 100, 25, school, color=STEEL)
    size = 12.5
    y = s.para(44, 258, prose, W - 88, size, leading=2.1, indent=2 * size)
    y = max(y + 40, H - 170)
    s.text(W - 44, y, f"{school}学位评定委员会", 12, align="right")
    s.text(W - 140, y + 32, "主席", 12, align="right")
    _signature(s, W - 130, y + 34, rng.choice([n for n in NAMES_M if n != p["name"]]), rng)
    s.seal(W - 44 - s.width(f"{school}学位评定委员会", 12) / 2, y - 4, 36, f"{school}学位评定委员会")
    s.text(W - 44, y + 64, aw_s, 12, align="right")
    grouped = rng.random() < 0.3
    shown = " ".join(deg_no[i:i + 4] for i in range(0, 16, 4)) if grouped else deg_no
    s.text(44, H - 40, f"证书编号：{shown}", 10.5)
    # the cover's lining with its foil print (same size as the sheet; drawn to a panel)
    ln = paper.add_page((W, H))
    red = rng.choice(((150, 22, 26), (128, 18, 24), (160, 30, 30)))
    rf = tuple(c / 255 for c in red)
    ln.page.draw_rect(ln.page.rect, color=None, fill=tuple(min(1.0, c * 1.12) for c in rf))
    gold = (0.86, 0.72, 0.38)
    ln.page.draw_circle((W / 2, 190), 44, color=gold, width=2.2)
    ln.page.draw_circle((W / 2, 190), 36, color=gold, width=0.8)
    ln.text(W / 2, 198, school[:2], 18, align="center", color=gold)
    ln.text(W / 2, 310, "硕士学位证书", 24, align="center", track=4, color=gold)
    ln.text(W / 2, 350, school, 15, align="center", track=2, color=gold)
    paper.fx = {"red": red, "left_lit": rng.uniform(0.85, 1.08),
                "band": (rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7), math.radians(rng.uniform(20, 70))),
                "band_w": rng.uniform(0.07, 0.15), "band_a": rng.uniform(0.42, 0.6),
                "window": (lambda a, b: (a, b, a + rng.uniform(0.15, 0.3), b + rng.uniform(0.1, 0.22)))(
                    rng.uniform(0.1, 0.55), rng.uniform(0.05, 0.6)),
                "win_a": rng.uniform(0.3, 0.45), "angle": rng.uniform(-4, 4), "desk": rng.choice(DESKS20),
                "out": rng.randint(2300, 2600), "tilt": rng.uniform(0.03, 0.08),
                "light": (rng.uniform(-0.2, 0.2), rng.uniform(-0.2, 0.2), rng.uniform(0.2, 0.45)),
                "cast": rng.choice(((1.0, 0.97, 0.9), (0.97, 0.98, 1.02), (1.0, 1.0, 0.97))),
                "blur": rng.uniform(0.6, 0.9)}
    truth = {"name": p["name"], "degree": "硕士", "major": discipline, "award_date": aw_t,
             "degree_certificate_no": deg_no}
    return Drawn(paper, truth, award.isoformat(), dpi=rng.choice((180, 190)))


# --------------------------------------------------------------------------
# a unit's 工资发放证明 with the last twelve months' pay table (scan)
# --------------------------------------------------------------------------

SALTITLES22 = ("工资发放证明", "职工工资收入证明", "工资收入及在职证明")
SALDEPTS22 = ("工程技术部", "综合管理部", "项目管理部", "安全环保部", "质量管理部", "设计所", "生产运营部")


@family("emp_salary_payment_table", "employment_proof", "scan",
        "a unit's 财务/人事 工资发放证明 (职工工资收入证明) with the last twelve months' PAY TABLE, copier-scanned in grey: the unit's "
        "name as letterhead with a rule, title, '兹证明X同志（身份证号：…）系我单位在职职工，于2016年8月入职，现任工程技术部工程师。该同志"
        "近十二个月工资发放情况如下：', a ruled table 序号|发放月份|应发工资|代扣养老保险|代扣医疗保险|代扣住房公积金|个人所得税|实发工资 "
        "with twelve month rows (2023年01月 …) and a 合计 row, '以上情况属实，特此证明。', 经办人 / 财务负责人 names, the unit and date "
        "with its seal and a second '财务专用章' seal; the month column and the money are distractors for the dates "
        "and numbers")
def emp_salary_payment_table(p: dict, rng: random.Random, face: str) -> Drawn:
    unit, post, name = p["unit"], p["position"], p["name"]
    ws = date.fromisoformat(p["work_start"])
    issued = date(rng.randint(max(ws.year + 2, 2020), 2024), rng.randint(1, 12), rng.randint(1, 28))
    st_s, st_t = fdate(date(ws.year, ws.month, 1).isoformat(), rng.choice(("cn", "cn0", "cn")), month=True)
    dept = "护理部" if "医院" in unit else ("教务处" if "学校" in unit else rng.choice(SALDEPTS22))
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 56.0, W - 56
    old = _with_face(s, rng.choice(("hei", "song")))
    s.text(W / 2, 56, unit, 16, align="center", track=1, color=(0.7, 0.1, 0.1) if rng.random() < 0.5 else (0, 0, 0))
    s.paper.font = old
    s.line(x0, 66, x1, 66, width=1.4)
    s.line(x0, 69, x1, 69, width=0.4)
    s.text(W / 2, 106, rng.choice(SALTITLES22), 19, align="center", track=3)
    word = rng.choice(("入职", "参加工作", "调入我单位工作"))
    prose = (f"兹证明{name}同志（身份证号：{p['id_number']}）系我单位在职职工，于{st_s}{word}，现任{dept}{post}。"
             f"该同志近十二个月工资发放情况如下：")
    y = s.para(x0, 140, prose, x1 - x0, 11.5, leading=1.9, indent=23)
    # twelve months before the issue month
    m0 = issued.year * 12 + issued.month - 1 - 12
    gross = rng.randrange(5200, 11800, 10)
    rows = [["序号", "发放月份", "应发工资", "代扣养老", "代扣医疗", "代扣公积金", "个人所得税", "实发工资"]]
    tot = [0.0] * 6
    for k in range(12):
        yy_, mm_ = divmod(m0 + k, 12)
        g = gross + (rng.choice((0, 0, 0, 300, 600, 1200)) if mm_ + 1 in (1, 6, 12) else 0)
        base = min(g, 12000)
        yl, yb, gj = round(base * 0.08, 2), round(base * 0.02 + 3, 2), round(base * 0.12, 0)
        tax = round(max(0.0, (g - yl - yb - gj - 5000) * 0.03), 2)
        net = round(g - yl - yb - gj - tax, 2)
        vals = [g, yl, yb, gj, tax, net]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([str(k + 1), f"{yy_}年{mm_ + 1:02d}月"] + [f"{v:.2f}" for v in vals])
    rows.append(["合计", ""] + [f"{v:.2f}" for v in tot])
    widths = [30.0, 70.0, 62.0, 56.0, 56.0, 62.0, 58.0, 0.0]
    widths[-1] = (x1 - x0) - sum(widths[:-1])
    y = s.table(x0, y + 4, widths, rows, 8.8, pad=3.0, min_h=19.0,
                align=["center", "center", "right", "right", "right", "right", "right", "right"])
    y = s.para(x0, y + 24, "以上情况属实，特此证明。" + rng.choice(("", "本证明仅用于职称申报。")), x1 - x0, 11.5,
               indent=23)
    clerks = rng.sample([n for n in NAMES_M + NAMES_F if n != name], 2)
    s.text(x0, y + 20, f"经办人：{clerks[0]}", 11)
    s.text(x0 + 170, y + 20, f"财务负责人：{clerks[1]}", 11)
    ry = y + 74
    when = fdate(issued.isoformat(), rng.choice(("cn", "cn", "hz")))[0]
    uw = max(s.width(unit, 12), s.width(when, 12))
    ux = x1 - uw / 2
    s.text(ux, ry, unit, 12, align="center")
    s.text(ux, ry + 22, when, 12, align="center")
    s.seal(ux + rng.uniform(-16, 16), ry + 2 + rng.uniform(-6, 6), rng.uniform(38, 42), unit)
    s.seal(x0 + 130 + rng.uniform(-20, 20), ry + rng.uniform(-10, 10), 28, "财务专用章")
    truth = {"name": name, "id_number": p["id_number"], "unit": unit, "position": f"{post}", "start_date": st_t}
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((150, 160)), level=rng.choice((1, 2, 2, 3)))
