"""Twenty-third round of held-out families, part b (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers. Modelled on what applicants for a 职称 in 兰州新区 upload.

Papers:
* pap_longyuan_reflow_pdf — the article as DOWNLOADED from 龙源期刊网 (www.qikan.com.cn), where many
  行业/普通 journals (建筑与装饰, 工程建设与设计, 居业, 中国科技博览, 价值工程, …) are read: not the
  journal's typeset page but the site's own re-flowed PDF (text), one to three A4 pages in one
  column: on every page the header '龙源期刊网 http://www.qikan.com.cn' with the site's little logo
  over a rule; the title centred (one or two lines), then '作者：李建军 王喆' and '来源：《居业》2021年第6期'
  left-aligned (the journal only in 《》, no volume, no month, no ISSN/CN), '摘  要：'/'关键词：',
  the body with '1 工程概况' subheads and dates of the works (distractors), '作者简介：' and '参考文献：'
  (other journals and years) on some, and at the very end '本文为全文原貌 未安装PDF浏览器用户请先下载安装
  原版页码：jy20210612' (a code made of the journal's pinyin, the year, the issue and the page). A
  faint diagonal '龙源期刊网' watermark picture on some. Truth: title, authors, journal; published
  only for a monthly (the '2021年第6期' is then the month), none for a 半月刊/旬刊.
* pap_word_proof_track_changes — the article's 清样 (proof) from a 普通期刊 editorial office typeset in
  Word, sent back to the author and uploaded while the issue is in press, printed to PDF from Word
  with the MARKUP shown (text): the page shrunk to the left with the markup pane on the right,
  balloons with coloured borders joined by dotted leaders ('批注 [编辑部1]: 请核对第一作者单位全称。',
  '已删除: 研究' / '删除的内容: 的', '带格式的: 字体: 小五'), insertions coloured and underlined in the
  text (in the title on some: its final wording is what is read), a change bar in the left margin,
  a red '清样 请于3日内返回' line, the Word header (journal and '第39卷 第6期' / '2023年3月' or
  '2023年第6期') over a rule, 栏目, byline with superscript numbers (pictures), affiliations,
  摘要/关键词/中图分类号/文献标志码 and '文章编号：1000-0952(2023)06-0045-04' on some, two-column body
  with other inline insertions, '第 1 页 共 4 页' footer. Truth: title (final), authors, journal,
  issn where the 文章编号 prints it, published where the month is printed or the journal is monthly.
Diploma:
* dip_military_camscanner — a 军队院校 毕业证书 (军转干部 of 兰州新区 units upload them: '中国人民解放军
  后勤工程学院', '空军工程大学', '第四军医大学', …) as a red booklet's inside spread, left page photo
  with the 钢印 ring, 学号 and 证书编号, right page the school over '毕业证书' and '学员X，性别男，
  一九八二年十月生，于二〇〇〇年九月至二〇〇四年七月在本院给水排水工程专业四年制本科学习，修完教学计划规定
  的全部课程，成绩合格，准予毕业。', 院长 with the school's red seal over the name and date, '中国人民
  解放军总参谋部监制' small at the foot; delivered through the 扫描全能王 (CamScanner) phone app: the
  page found and flattened but a sliver of the desk left along one or two edges and a slight residual
  keystone, the app's ENHANCE filter (background flattened to white, contrast pushed, sharpened) or
  its BLACK-AND-WHITE filter (thresholded: the red seal and frame turn solid dark over the signature
  line), and the app's watermark 'CS 扫描全能王 创建' / '扫描全能王 3亿人都在用的扫描App' in the
  bottom-right corner; JPEG or the app's PDF ('intsig.com pdf producer'). Truth: name, gender,
  birth_date (month), school, major, level, start/graduation months, certificate_no.
Degree:
* deg_lost_proof_certificate — a 学士学位证明书 issued by the university's 学位评定委员会 after the
  学位证书 was LOST (a lost 学位证书 is not reissued; the school certifies the award instead), taken
  from the holder's 人事档案 and photocopied (scan, grey): school name and '学士学位证明书', its own number
  '（2021）兰交大学位证字第036号' (distractor), photo with 钢印, prose '…系我校土木工程专业2004级本科
  毕业生…于2008年7月被授予工学学士学位，学位证书编号：1073242008001234。因原学位证书遗失，特出具此证明。'
  or '兹证明…原学位证书编号：…' with the 遗失声明 in 《甘肃日报》 and its date (distractor), '本证明书与
  原学位证书具有同等效力', the committee with its seal and the LATER issue date; the archive's two PUNCH
  HOLES in the left margin, the 档案 page number handwritten and circled at the top right, copier tone.
  Truth: name, degree 学士, major, award_date (as printed: month or day), degree_certificate_no (the
  original's, not the 证明书's number).
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
from .facts import NAMES_F, NAMES_M, issn, redate
from .fam_round7 import AFF7, KEYW7, _sup_pic
from .fam_round12 import _latin
from .fam_round19b import _signature
from .fam_round20b import BIO20, FUND20, SENT20, _jpeg, _rgb, _Shot, _smooth
from .registry import Drawn, family, fdate, hz_num
from sample_docs.render.degrade import render_pages_to_pdf

GREY = (0.35, 0.35, 0.35)
LIGHT = (0.55, 0.55, 0.55)
STEEL = (0.55, 0.55, 0.55)
WHITE = (1.0, 1.0, 1.0)


def _with_face(s: Sheet, face: str):
    """Switch the sheet's face; returns the previous font to restore."""
    old = s.paper.font
    if fonts.path_of(face) is not None:
        s.paper.font = fonts.font(face)
    return old


def _picture_text(text: str, size: float, color: tuple, angle: float = 0.0, face: str = "hei") -> pymupdf.Pixmap:
    """Text drawn as a picture (a watermark, an app's stamp): pixels, not in the text layer."""
    tmp = pymupdf.open()
    f = fonts.font(face) if fonts.path_of(face) else None
    w = size * (len(text) + 2)
    pg = tmp.new_page(width=w, height=w if angle else size * 1.6)
    tw = pymupdf.TextWriter(pg.rect, color=color)
    x0 = size
    y0 = (w / 2 + size * 0.35) if angle else size * 1.15
    for ch in text:
        fnt = f if (f is not None and f.has_glyph(ord(ch))) else pymupdf.Font("helv")
        tw.append((x0, y0), ch, font=fnt, fontsize=size)
        x0 += size if ord(ch) > 0x2e80 else fnt.text_length(ch, fontsize=size)
    if angle:
        tw.write_text(pg, morph=(pymupdf.Point(w / 2, w / 2), pymupdf.Matrix(-angle)))
    else:
        tw.write_text(pg)
    pix = pg.get_pixmap(dpi=110, alpha=True)
    tmp.close()
    return pix


# --------------------------------------------------------------------------
# 龙源期刊网's re-flowed article PDF (text)
# --------------------------------------------------------------------------

# journal, issues per year, the site's pinyin code
LONGYUAN23 = (("建筑与装饰", 24, "jzyzs"), ("工程建设与设计", 24, "gcjsysj"), ("中国科技博览", 36, "zgkjbl"),
              ("居业", 12, "jy"), ("价值工程", 36, "jzgc"), ("四川水泥", 12, "scsn"), ("智能城市", 24, "zncs"),
              ("中国设备工程", 24, "zgsbgc"), ("科技创新与应用", 36, "kjcxyyy"), ("城市住宅", 12, "cszz"),
              ("甘肃科技", 24, "gskj"), ("工程技术研究", 24, "gcjsyj"), ("建材与装饰", 36, "jcyzs"))
HEADS23 = ("1 工程概况", "2 主要技术措施", "3 施工质量控制", "4 监测结果与分析", "5 结语",
           "1 问题的提出", "2 原因分析", "3 处理方案", "4 效果评价", "5 结论")
FACTS23 = ("该工程于2019年5月开工建设，2020年10月主体完工，2021年6月通过竣工验收。",
           "项目总投资约2.36亿元，建设工期18个月。",
           "根据2020年8月至2021年3月的现场监测数据，最大累计沉降为38.6 mm。",
           "工程位于兰州新区中川园区，场地属黄土梁峁区，湿陷等级为Ⅲ级（严重）。",
           "按照GB 50025—2018的规定，对地基进行了分层压实处理。",
           "2021年11月复测结果显示，各项指标均满足设计要求。")
REFS23 = ("[1] 王立新，陈永刚. 黄土地区路基沉降预测方法综述[J]. 岩土力学，2016（8）：45-51.",
          "[2] 刘海涛. 寒区污水处理低温运行策略研究[J]. 给水排水，2018（3）：22-26.",
          "[3] 赵明，孙国庆. 综合管廊结构设计若干问题探讨[J]. 地下空间与工程学报，2019（12）：12-17.",
          "[4] 中华人民共和国住房和城乡建设部. 湿陷性黄土地区建筑标准：GB 50025—2018[S]. 北京：中国建筑工业出版社，2018.",
          "[5] 韩晓军，王磊. 湿陷性黄土隧道初期支护受力特征[J]. 隧道建设，2017（5）：33-38.")


def _month_of(per: int, n: int) -> int | None:
    return {12: n, 6: 2 * n, 4: 3 * n}.get(per)


class _Pages:
    """A single column flowed over pages that each get the same header (a re-flowed web PDF)."""

    def __init__(self, paper: Paper, header, top: float, bottom: float, x0: float, x1: float):
        self.paper, self.header, self.top, self.bottom, self.x0, self.x1 = paper, header, top, bottom, x0, x1
        self.s = paper[0]
        header(self.s)
        self.y = top

    def room(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.s = self.paper.add_page()
            self.header(self.s)
            self.y = self.top

    def para(self, text: str, size: float, indent: float = 0.0, leading: float = 1.8, align: str = "left") -> None:
        for i, ln in enumerate(self.s.wrap(text, self.x1 - self.x0, size, first=indent)):
            self.room(size * leading)
            if align == "center":
                self.s.text((self.x0 + self.x1) / 2, self.y + size, ln, size, align="center")
            else:
                self.s.text(self.x0 + (indent if i == 0 else 0), self.y + size, ln, size)
            self.y += size * leading


@family("pap_longyuan_reflow_pdf", "paper", "text",
        "article DOWNLOADED from 龙源期刊网 as the site's own re-flowed PDF (not the journal's typeset page): one to three A4 "
        "pages in one column, each with the header '龙源期刊网 http://www.qikan.com.cn' and the site's logo over a rule; title "
        "centred, then '作者：李建军 王喆' and '来源：《居业》2021年第6期' left-aligned (journal only in 《》, no volume, no month, no "
        "ISSN/CN), 摘 要/关键词, body with '1 工程概况' subheads and dates of the works, 作者简介 and 参考文献 (other journals) on "
        "some, and at the end '本文为全文原貌 未安装PDF浏览器用户请先下载安装 原版页码：jy20210612'; a faint diagonal 龙源期刊网 "
        "watermark picture on some; published only for a monthly")
def pap_longyuan_reflow_pdf(p: dict, rng: random.Random, face: str) -> Drawn:
    jn, per, code = rng.choice(LONGYUAN23)
    y = p["pub_year"]
    n = rng.randint(1, per)
    names = p["authors"]
    title = p["paper_title"]
    paper = Paper(face, A4)
    W, H = A4
    x0, x1 = rng.uniform(68, 80), W - rng.uniform(68, 80)
    mark = rng.random() < 0.5
    logo_col = rng.choice(((0.75, 0.1, 0.12), (0.1, 0.35, 0.65)))

    def header(s: Sheet) -> None:
        s.page.draw_circle((x0 + 7, 36), 7, color=None, fill=logo_col)
        s.page.draw_circle((x0 + 7, 36), 3.2, color=None, fill=WHITE)
        old = _with_face(s, "hei")
        s.text(x0 + 18, 40, "龙源期刊网", 10.5, color=logo_col)
        s.paper.font = old
        s.text(x0 + 18 + s.width("龙源期刊网", 10.5) + 8, 40, "http://www.qikan.com.cn", 9, color=GREY)
        s.line(x0, 48, x1, 48, width=0.6, grey=0.4)
        if mark:
            pix = _picture_text("龙源期刊网", 40, (0.9, 0.9, 0.9), angle=30)
            for cy in (300, 600):
                s.page.insert_image(pymupdf.Rect(W / 2 - 150, cy - 150, W / 2 + 150, cy + 150), pixmap=pix,
                                    overlay=False)

    flow = _Pages(paper, header, 74.0, H - 60, x0, x1)
    old = _with_face(flow.s, rng.choice(("hei", "song")))
    flow.y += 6
    flow.para(title, rng.choice((15.0, 16.0, 17.0)), leading=1.5, align="center")
    flow.s.paper.font = old
    flow.y += 8
    size = rng.choice((10.5, 11.0))
    sep = rng.choice((" ", "  ", " "))
    flow.para("作者：" + sep.join(names), size)
    src = f"来源：《{jn}》{y}年第{n}期"
    flow.para(src, size)
    flow.y += 6
    flow.para("摘  要：" + "".join(rng.sample(SENT20, 3)), size, leading=1.75)
    flow.para("关键词：" + rng.choice(("", " ")) + "；".join(rng.sample(KEYW7, 4)), size)
    if rng.random() < 0.4:
        aff = rng.choice(AFF7)[0]
        flow.para(f"（{aff}）", size - 1)
    flow.y += 6
    heads = rng.choice((HEADS23[:5], HEADS23[5:]))
    sents = list(SENT20) + list(FACTS23)
    for k, h in enumerate(heads):
        flow.room(size * 3)
        flow.y += 4
        old = _with_face(flow.s, "hei")
        flow.para(h, size + 0.5)
        flow.s.paper.font = old
        for _ in range(rng.randint(1, 3) if k < len(heads) - 1 else 1):
            flow.para("".join(rng.sample(sents, rng.randint(3, 5))), size, indent=2 * size, leading=1.75)
    if rng.random() < 0.6:
        first = names[0]
        flow.y += 4
        flow.para(f"作者简介：{first}（{rng.randint(1975, 1995)}—），{'男' if first in NAMES_M else '女'}，"
                  f"{rng.choice(('甘肃兰州人', '甘肃天水人', '甘肃白银人', '甘肃定西人'))}，"
                  f"{rng.choice(('本科', '硕士'))}，{rng.choice(('工程师', '高级工程师', '助理工程师'))}，"
                  f"研究方向：{rng.choice(BIO20)}。", size - 1)
    if rng.random() < 0.7:
        flow.y += 4
        flow.para("参考文献：", size - 0.5)
        refs = sorted(rng.sample(range(len(REFS23)), rng.randint(3, 5)))
        for i, k in enumerate(refs):
            flow.para(f"[{i + 1}]" + REFS23[k].split("]", 1)[1], size - 1.5, leading=1.6)
    page_no = rng.randint(8, 180)
    flow.y += 10
    flow.para("本文为全文原貌 未安装PDF浏览器用户请先下载安装 原版页码：" + f"{code}{y}{n:02d}{page_no:02d}",
              size - 1.5)
    truth = {"title": title, "authors": ";".join(names), "journal": jn}
    m = _month_of(per, n)
    if m:
        truth["published"] = f"{y:04d}-{m:02d}"
    dl = date(min(y + rng.randint(0, 2), 2024), rng.randint(1, 12), rng.randint(1, 28))
    return Drawn(paper, truth, dl.isoformat(), producer=rng.choice(("龙源期刊网", "iText 2.1.7 by 1T3XT",
                                                                    "Aspose.Pdf for .NET 8.3.0")))


# --------------------------------------------------------------------------
# a Word-typeset 清样 printed with its tracked changes and comments (text)
# --------------------------------------------------------------------------

# journal, ISSN first 7, issues per year, first volume year, header style
PROOF23 = (("甘肃科技", "1000095", 24, 1985), ("甘肃水利水电技术", "2095063", 12, 1965),
           ("建筑技术开发", "1001523", 24, 1974), ("城市道桥与防洪", "1009776", 12, 1984),
           ("四川建筑", "1007818", 6, 1981), ("山西建筑", "1009682", 24, 1975), ("青海交通科技", "1672633", 6, 1989),
           ("市政技术", "1009769", 6, 1983), ("西北水电", "1006263", 6, 1982), ("宁夏工程技术", "1671745", 4, 2002))
COMMENTS23 = ("请核对第一作者单位全称。", "基金项目编号请补充完整。", "图2分辨率不足，请提供原图。",
              "参考文献[3]缺少页码，请补充。", "此处数据与表1不一致，请核实。", "英文摘要请作者再校对一遍。",
              "请补充通信作者的电子邮箱。", "单位请统一写至二级机构。", "公式(2)中符号请说明含义。")
FORMATS23 = ("带格式的: 字体: 小五", "带格式的: 缩进: 首行缩进:  2 字符", "设置了格式: 字体: (默认) Times New Roman",
             "带格式的: 两端对齐", "设置了格式: 上标")
SWAPS23 = (("研究", "试验研究"), ("分析", "实测分析"), ("设计", "优化设计"), ("应用", "应用研究"))
REVIEWERS23 = ("编辑部", "编", "A", "L", "zz")
INK23 = ((0.75, 0.0, 0.0), (0.0, 0.3, 0.75), (0.45, 0.0, 0.55), (0.0, 0.45, 0.2))


def _ins(s: Sheet, x: float, y: float, text: str, size: float, color) -> float:
    """An insertion as Word prints it: coloured and underlined, written in reading order (what comes
    before it first, then it, then the rest, as Word's PDF writes a line)."""
    s.flush()
    x2 = s.text(x, y, text, size, color=color)
    s.flush()
    s.page.draw_line((x, y + 1.6), (x2, y + 1.6), color=color, width=0.5)
    return x2


def _balloon(s: Sheet, anchor: tuple[float, float], bx0: float, bx1: float, by: float, text: str, color,
             fill: bool) -> float:
    """A markup balloon in the right pane joined to its anchor by a dotted leader; returns its bottom."""
    size = 6.6
    lines = s.wrap(text, bx1 - bx0 - 8, size)
    h = len(lines) * size * 1.4 + 6
    s.page.draw_rect(pymupdf.Rect(bx0, by, bx1, by + h), color=color, width=0.6,
                     fill=tuple(1 - (1 - c) * 0.12 for c in color) if fill else None)
    ty = by + size + 2.5
    for ln in lines:
        s.text(bx0 + 4, ty, ln, size)
        ty += size * 1.4
    ax, ay = anchor
    s.page.draw_polyline([(ax, ay + 2), (bx0 - 12, ay + 2), (bx0, by + 5)], color=color, width=0.4, dashes="[1 1] 0")
    return by + h


@family("pap_word_proof_track_changes", "paper", "text",
        "the article's 清样 (proof) typeset in Word by a 普通期刊 office, uploaded while the issue is in press, printed to PDF "
        "with the MARKUP shown: page shrunk left, markup pane right with coloured balloons and dotted leaders ('批注 [编辑部1]: "
        "请核对第一作者单位全称。', '已删除: 研究', '带格式的: 字体: 小五'), insertions coloured and underlined (in the title on some: "
        "its final wording is read), change bars, a red '清样 请于3日内返回' line, the Word header (journal, '第39卷 第6期' / "
        "'2023年3月' or '2023年第6期'), 栏目, byline with superscript numbers, affiliations, 摘要/关键词/中图分类号/文献标志码, "
        "'文章编号：1000-0952(2023)06-0045-04' on some, two-column body with inline insertions, '第 1 页 共 4 页' footer")
def pap_word_proof_track_changes(p: dict, rng: random.Random, face: str) -> Drawn:
    jn, first7, per, vol1 = rng.choice(PROOF23)
    sn = issn(first7)
    y = max(p["pub_year"], 2019)
    n = rng.randint(1, per)
    m = _month_of(per, n) or {24: (n + 1) // 2, 36: (n + 2) // 3}[per]     # the month the issue is dated
    vol = y - vol1 + 1
    names = p["authors"]
    title = p["paper_title"]
    paper = Paper(face, A4)
    s = paper[0]
    cjk = paper.font
    latin = _latin(cjk)
    W, H = A4
    dx0, dx1 = rng.uniform(30, 38), rng.uniform(408, 420)      # the shrunk page
    bx0, bx1 = dx1 + 18, W - 14                               # the markup pane
    ink = rng.choice(INK23)
    who = rng.choice(REVIEWERS23)
    balloons: list[tuple[tuple[float, float], str, bool]] = []
    ncom = 0
    remarks = rng.sample(COMMENTS23[2:], 4)
    bars: list[float] = []
    truth: dict = {"title": title, "authors": ";".join(names), "journal": jn}
    # the Word header
    hs = 7.5
    month_shown = rng.random() < 0.6
    if month_shown and per != 12:
        s.text(dx0, 30, f"第{vol}卷 第{n}期", hs)
        s.text((dx0 + dx1) / 2, 30, jn, hs + 0.5, align="center")
        s.text(dx1, 30, f"{y}年{m}月", hs, align="right")
        truth["published"] = f"{y:04d}-{m:02d}"
    elif per == 12:
        s.text(dx0, 30, jn, hs + 0.5)
        s.text(dx1, 30, f"{y}年第{n}期", hs, align="right")
        truth["published"] = f"{y:04d}-{n:02d}"
    else:
        s.text(dx0, 30, jn, hs + 0.5)
        s.text(dx1, 30, f"{y}年 第{n}期（总第{(y - vol1) * per + n}期）", hs, align="right")
    s.line(dx0, 34, dx1, 34, width=0.5)
    s.text(dx0, 50, rng.choice(("清样  请于3日内返回编辑部", "校样（二校）  请作者核对后签字返回", "清样稿  请勿改动版式")), 8,
           color=RED)
    s.flush()                      # the page's text in document order, as Word writes it
    yy = 70.0
    if rng.random() < 0.7:
        col = rng.choice(("工程技术", "试验研究", "设计与施工", "水利工程", "道路与桥梁", "研究与探讨"))
        s.text(dx0, yy, f"【{col}】", 8)
        yy += 10
    # the title, with a tracked insertion in it on some
    tsize = 14.0
    old = _with_face(s, "hei")
    swap = next(((a, b) for a, b in SWAPS23 if title.endswith(b)), None)
    tw = s.width(title, tsize)
    ty = yy + 16
    if swap and rng.random() < 0.7 and tw < dx1 - dx0 - 20:
        a, b = swap
        keep, added = title[:-len(b)], b
        x = (dx0 + dx1) / 2 - tw / 2
        x = s.text(x, ty, keep, tsize)
        x2 = _ins(s, x, ty, added, tsize, ink)
        balloons.append(((x2, ty - tsize * 0.6), f"已删除: {a}" if rng.random() < 0.5 else f"删除的内容: {a}", False))
        bars.append(ty)
        yy = ty + 8
    else:
        for ln in s.wrap(title, dx1 - dx0 - 30, tsize):
            s.text((dx0 + dx1) / 2, ty, ln, tsize, align="center")
            ty += tsize * 1.4
        yy = ty - tsize * 1.4 + 8
    s.paper.font = old
    # byline with superscript pictures
    bsize = 9.5
    insts = [a[0] for a in rng.sample(AFF7, min(len(names), rng.randint(1, 2)))]
    marks = [str(rng.randint(1, len(insts))) if len(insts) > 1 else "" for _ in names]
    if len(insts) > 1:
        marks[0] = "1"
    bsep = rng.choice(("，", "  "))
    tot = sum(s.width(nm, bsize) + (5 if mk else 0) for nm, mk in zip(names, marks)) + s.width(bsep, bsize) * (len(names) - 1)
    x = (dx0 + dx1) / 2 - tot / 2
    yy += 14
    for i, (nm, mk) in enumerate(zip(names, marks)):
        x = s.text(x, yy, nm, bsize)
        if mk:
            x = _sup_pic(s, x, yy, mk, 5.5, bsize)
        if i < len(names) - 1:
            x = s.text(x, yy, bsep, bsize)
    if rng.random() < 0.6:
        balloons.append(((x, yy - 4), f"批注 [{who}1]: {rng.choice(COMMENTS23[:2])}", True))
        ncom = 1
    yy += 13
    aff = "；".join(f"{i + 1}. {a}" if len(insts) > 1 else a for i, a in enumerate(insts))
    for ln in s.wrap(f"（{aff}）", dx1 - dx0 - 40, 7):
        s.text((dx0 + dx1) / 2, yy, ln, 7, align="center")
        yy += 10
    yy += 6
    ind = 10.0
    size = 7.6
    abstract = "".join(rng.sample(SENT20, 4))
    lines = s.wrap("摘  要：" + abstract, dx1 - dx0 - 2 * ind - 3 * size, size)
    ins_line = rng.randrange(len(lines))
    for i, ln in enumerate(lines):
        if i == ins_line and len(ln) > 12:
            cut = rng.randint(4, len(ln) - 6)
            xx = s.text(dx0 + ind, yy, ln[:cut], size)
            xx = _ins(s, xx, yy, "进一步", size, ink)
            s.text(xx, yy, ln[cut:], size)
            bars.append(yy)
        else:
            s.text(dx0 + ind, yy, ln, size)
        yy += size * 1.6
    yy = s.para(dx0 + ind, yy, "关键词：" + "；".join(rng.sample(KEYW7, 4)), dx1 - dx0 - 2 * ind, size, leading=1.6)
    pg1 = rng.randint(10, 120)
    npg = rng.randint(3, 5)
    code = f"中图分类号：{rng.choice(('TU443', 'U416.2', 'TV523', 'TU992', 'X703'))}    文献标志码：{rng.choice('AB')}"
    s.text(dx0 + ind, yy, code, 7)
    yy += 11
    if rng.random() < 0.55:
        s.text(dx0 + ind, yy, f"文章编号：{sn}({y}){n:02d}-{pg1:04d}-{npg:02d}", 7)
        truth["issn"] = sn
        yy += 11
    if rng.random() < 0.5:
        balloons.append(((dx1 - 60, yy - 12), rng.choice(FORMATS23), False))
    s.line(dx0, yy, dx1, yy, width=0.4)
    yy += 14
    # footnote block at the bottom of the left column
    gap = 10.0
    cw = (dx1 - dx0 - gap) / 2
    fsize = 6.2
    recv = date(y, 1, 1) - timedelta(days=rng.randint(60, 300))
    fn = [f"收稿日期：{recv:%Y-%m-%d}"]
    if rng.random() < 0.7:
        fn.append(f"基金项目：{rng.choice(FUND20)}（{rng.randint(y - 4, y - 1) % 100}JR{rng.randint(1, 9)}RA"
                  f"{rng.randint(100, 999)}）")
    fa = names[0]
    fn.append(f"作者简介：{fa}（{rng.randint(1975, 1996)}—），{'男' if fa in NAMES_M else '女'}，"
              f"{rng.choice(('甘肃兰州人', '甘肃天水人', '甘肃武威人', '青海西宁人'))}，"
              f"{rng.choice(('工程师', '高级工程师', '助理工程师'))}，主要从事{rng.choice(BIO20)}工作。")
    wrapped = [ln for t in fn for ln in s.wrap(t, cw, fsize)]
    fbot = H - 56
    ftop = fbot - len(wrapped) * fsize * 1.5
    s.line(dx0, ftop - 6, dx0 + 60, ftop - 6, width=0.4)
    fy = ftop + fsize - 2
    for ln in wrapped:
        s.text(dx0, fy, ln, fsize)
        fy += fsize * 1.5
    # the body in two columns with a few inline insertions
    s.text(dx0, yy, "0 引言", 8.5)
    yy += 14
    bsz = 7.4
    body = s.wrap("".join(rng.choice(SENT20) for _ in range(110)), cw - 2 * bsz, bsz, first=2 * bsz)
    cols = ((dx0, yy, ftop - 14), (dx0 + cw + gap, yy - 14, H - 56))
    ci, ly = 0, yy
    ins_at = set(rng.sample(range(min(len(body), 60)), 3))
    for i, ln in enumerate(body):
        if ly > cols[ci][2]:
            ci += 1
            if ci == len(cols):
                break
            ly = cols[ci][1]
        xx = cols[ci][0] + (2 * bsz if i == 0 else 0)
        if i in ins_at and len(ln) > 10:
            cut = rng.randint(3, len(ln) - 4)
            xx = s.text(xx, ly, ln[:cut], bsz)
            word = rng.choice(("的", "进行", "，", "相应", "约"))
            x2 = _ins(s, xx, ly, word, bsz, ink)
            s.text(x2, ly, ln[cut:], bsz)
            bars.append(ly)
            if rng.random() < 0.5:
                ncom += 1
                balloons.append(((x2, ly - 4), f"批注 [{who}{ncom}]: {remarks[ncom - 1]}", True))
        else:
            s.text(xx, ly, ln, bsz)
        ly += bsz * 1.62
    # change bars, then the balloons down the pane in anchor order
    for by_ in bars:
        s.page.draw_line((dx0 - 10, by_ - 8), (dx0 - 10, by_ + 2), color=(0, 0, 0), width=0.8)
    by = 40.0
    for anchor, text, fill in sorted(balloons, key=lambda b: b[0][1]):
        by = max(by, anchor[1] - 8)
        by = _balloon(s, anchor, bx0, bx1, by, text, ink, fill) + 6
    s.paper.font = latin
    s.text((dx0 + dx1) / 2, H - 30, f"- {pg1} -" if rng.random() < 0.5 else "", 7, align="center")
    s.paper.font = cjk
    s.text(W / 2, H - 16, f"第 1 页 共 {npg} 页", 7, align="center", color=GREY)
    when = date(y, m, 1) - timedelta(days=rng.randint(10, 40))
    return Drawn(paper, truth, when.isoformat(),
                 producer=rng.choice(("Microsoft® Word 2016", "Microsoft® Word 2019", "Microsoft® Word 2010")))


# --------------------------------------------------------------------------
# a 军队院校 毕业证书 delivered through the 扫描全能王 app (scan)
# --------------------------------------------------------------------------

# school, code, 院/校, majors (major, years, level)
MILITARY23 = (("中国人民解放军后勤工程学院", "90041", "院",
               (("给水排水工程", 4, "本科"), ("土木工程", 4, "本科"), ("建筑环境与设备工程", 4, "本科"),
                ("工程造价", 3, "大专"))),
              ("空军工程大学", "90026", "校", (("电气工程及其自动化", 4, "本科"), ("通信工程", 4, "本科"),
                                          ("机场建设工程", 4, "本科"))),
              ("第四军医大学", "90032", "校", (("临床医学", 5, "本科"), ("护理学", 4, "本科"), ("护理", 3, "大专"))),
              ("中国人民解放军信息工程大学", "90005", "校", (("计算机科学与技术", 4, "本科"), ("通信工程", 4, "本科"))),
              ("中国人民解放军理工大学", "90007", "校", (("土木工程", 4, "本科"), ("测绘工程", 4, "本科"),
                                               ("气象学", 4, "本科"))),
              ("军械工程学院", "90045", "院", (("机械工程及自动化", 4, "本科"), ("电子信息工程", 4, "本科"))),
              ("中国人民解放军西安通信学院", "91036", "院", (("通信工程", 4, "本科"), ("计算机通信", 3, "大专"))))
CS_MARKS = ("扫描全能王 创建", "扫描全能王 3亿人都在用的扫描App")


def _cs_shoot(paper: "_CSPaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    gen = np.random.default_rng(rng.getrandbits(32))
    src = _rgb(paper.doc[0], dpi)
    h, w = src.shape[:2]
    # what the phone saw: the booklet on a desk with uneven light
    pad = int(0.05 * w)
    H2, W2 = h + 2 * pad, w + 2 * pad
    desk = np.array(fx["desk"], np.float32)
    scene = desk[None, None, :] * (1 + 0.08 * _smooth(gen, H2, W2, 5))[..., None] * np.ones((H2, W2, 1), np.float32)
    scene[pad:pad + h, pad:pad + w] = src
    ys, xs = np.mgrid[0:H2, 0:W2].astype(np.float32)
    light = 1 + fx["ramp"][0] * (xs / W2 - 0.5) + fx["ramp"][1] * (ys / H2 - 0.5) + 0.05 * _smooth(gen, H2, W2, 4)
    scene = scene * light[..., None]
    # the app's crop: the detected corners are a little off (desk left in at one or two edges, a residual keystone)
    e = fx["err"]
    quad = np.float32([[pad + e[0] * w, pad + e[1] * h], [pad + w - e[2] * w, pad + e[3] * h],
                       [pad + w - e[4] * w, pad + h - e[5] * h], [pad + e[6] * w, pad + h - e[7] * h]])
    out_w, out_h = int(fx["out"]), int(fx["out"] * h / w)
    mtx = cv2.getPerspectiveTransform(quad, np.float32([[0, 0], [out_w, 0], [out_w, out_h], [0, out_h]]))
    img = cv2.warpPerspective(scene, mtx, (out_w, out_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    img = cv2.GaussianBlur(img, (0, 0), fx["blur"])
    img = img + gen.normal(0, 3.0, img.shape).astype(np.float32)
    grey = img @ np.float32([0.299, 0.587, 0.114])
    # the app's filter: flatten the background, push contrast, sharpen (or threshold to black and white)
    bg = cv2.GaussianBlur(cv2.dilate(grey, np.ones((15, 15), np.uint8)), (0, 0), 25)
    flat = np.clip(grey / np.maximum(bg, 1) * 255, 0, 255)
    if fx["mode"] == "bw":
        sharp = cv2.GaussianBlur(flat, (0, 0), 0.8)
        out = np.where(sharp < fx["thr"], 20.0, 250.0).astype(np.float32)
        out = cv2.GaussianBlur(out, (0, 0), 0.5)
        data_img = out
    else:
        lo, hi = fx["lo"], fx["hi"]
        st = np.clip((flat - lo) / (hi - lo) * 255, 0, 255)
        blur = cv2.GaussianBlur(st, (0, 0), 1.2)
        st = np.clip(st + 0.8 * (st - blur), 0, 255)
        if fx["mode"] == "colour":
            ratio = (st / np.maximum(grey, 1))[..., None]
            col = np.clip(img * ratio, 0, 255)
            sat = col.mean(axis=2, keepdims=True)
            data_img = np.clip(sat + 1.25 * (col - sat), 0, 255)
        else:
            data_img = st
    # the app's watermark, bottom right
    mark = fx["mark"]
    scale = out_w / 1600.0
    pix = _picture_text(mark, 15 * scale, (0.45, 0.45, 0.45) if data_img.ndim == 2 else (0.2, 0.55, 0.85))
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n).astype(np.float32)
    a = arr[..., 3:4] / 255.0 * 0.85
    mh, mw = arr.shape[:2]
    mw = min(mw, out_w - 10)
    oy, ox = out_h - mh - int(10 * scale), out_w - mw - int(16 * scale)
    if data_img.ndim == 2:
        rgbm = arr[..., :3].mean(axis=2)
        region = data_img[oy:oy + mh, ox:ox + mw]
        data_img[oy:oy + mh, ox:ox + mw] = region * (1 - a[:, :mw, 0]) + rgbm[:, :mw] * a[:, :mw, 0]
        # the CS logo box
        bx = ox - int(22 * scale)
        data_img[oy + int(5 * scale):oy + int(20 * scale), bx:bx + int(17 * scale)] = 90
    else:
        region = data_img[oy:oy + mh, ox:ox + mw]
        data_img[oy:oy + mh, ox:ox + mw] = region * (1 - a[:, :mw]) + arr[:, :mw, :3] * a[:, :mw]
        bx = ox - int(22 * scale)
        data_img[oy + int(5 * scale):oy + int(20 * scale), bx:bx + int(17 * scale)] = (40, 140, 220)
    data = _jpeg(data_img, rng.randint(70, 86))
    if fx["as_pdf"]:
        return render_pages_to_pdf([(data, ".jpg")], date=when, producer="intsig.com pdf producer"), ".pdf"
    return data, ".jpg"


class _CSPaper(_Shot):
    shoot = _cs_shoot


@family("dip_military_camscanner", "diploma", "scan",
        "a 军队院校 毕业证书 (中国人民解放军后勤工程学院 / 空军工程大学 / 第四军医大学 …, as 军转干部 upload it): red booklet's "
        "inside spread, left page photo with 钢印, 学号 and 证书编号, right page the school over '毕业证书', '学员X，性别男，一九八二年"
        "十月生，于二〇〇〇年九月至二〇〇四年七月在本院给水排水工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
        "', 院长/校长 with the red seal over the name and date, '中国人民解放军总参谋部监制'; delivered through the 扫描全能王 "
        "(CamScanner) app: desk sliver at an edge, residual keystone, ENHANCE filter (flattened white, high contrast, "
        "sharpened) or BLACK-AND-WHITE filter (the seal and frame solid dark), the app's watermark '扫描全能王 创建' bottom "
        "right; JPEG or the app's PDF")
def dip_military_camscanner(p: dict, rng: random.Random, face: str) -> Drawn:
    school, code, kind, majors = rng.choice(MILITARY23)
    major, years, level = rng.choice(majors)
    birth0 = date.fromisoformat(p["birth_date"])
    start_y = min(max(birth0.year + rng.randint(17, 19), 1999), 2016 - years)
    grad_y = start_y + years
    birth = date(start_y - rng.randint(17, 19), rng.randint(1, 12), rng.randint(1, 28))
    start = date(start_y, 9, 1)
    grad = date(grad_y, 7, rng.choice((1, 5, 10)))
    lv_code = {"本科": "05", "大专": "06"}[level]
    cert = f"{code}1{grad_y}{lv_code}{rng.randrange(1, 999999):06d}"
    head = "院长" if kind == "院" else "校长"
    here = "本院" if kind == "院" else "本校"
    style = rng.choice(("hz", "hz", "cn"))
    b_s, b_t = fdate(birth.isoformat(), style, month=True)
    st_s, st_t = fdate(start.isoformat(), style, month=True)
    gd_s, gd_t = fdate(grad.isoformat(), style, month=True)
    yrs = hz_num(years)
    lv_word = "本科" if level == "本科" else "专科"
    prose = (f"学员{p['name']}，性别{p['gender']}，{b_s}生，于{st_s}至{gd_s}在{here}{major}专业{yrs}年制{lv_word}学习，"
             f"修完教学计划规定的全部课程，成绩合格，准予毕业。")
    W, H = 900.0, 600.0
    paper = _CSPaper(face, (W, H))
    s = paper[0]
    red = (0.72, 0.1, 0.1)
    s.page.draw_rect(s.page.rect, color=None, fill=(0.97, 0.95, 0.9))
    for x0 in (0.0, W / 2):
        s.page.draw_rect(pymupdf.Rect(x0 + 18, 18, x0 + W / 2 - 18, H - 18), color=red, width=2.2)
        s.page.draw_rect(pymupdf.Rect(x0 + 24, 24, x0 + W / 2 - 24, H - 24), color=red, width=0.6)
    s.line(W / 2, 0, W / 2, H, width=1.2, grey=0.7)
    # left page: the photo with the 钢印, 学号, 证书编号
    px, py = 140.0, 140.0
    s.photo(px, py, 96, 128)
    s.seal(px + 92, py + 122, 30, school, color=STEEL)
    sid = f"{str(start_y)[2:]}{rng.randint(10, 99)}{rng.randint(100, 999)}"
    s.text(60, 340, f"学  号：{sid}", 12)
    grouped = rng.random() < 0.3
    shown = " ".join((cert[:5], cert[5], cert[6:10], cert[10:12], cert[12:])) if grouped else cert
    s.text(60, 372, f"证书编号：{shown}", 12)
    s.text(W / 4, H - 48, "中国人民解放军总参谋部监制", 8.5, align="center", color=GREY)
    # right page: the star, school, 毕业证书, prose, 院长, seal, date
    cx = W * 3 / 4
    star = [(cx + 20 * math.cos(math.radians(90 + 144 * i)), 70 - 20 * math.sin(math.radians(90 + 144 * i)))
            for i in range(5)]
    s.page.draw_polyline(star + [star[0]], color=None, fill=red)
    old = _with_face(s, rng.choice(("song", "kai")))
    ssz = 17.0 if len(school) <= 9 else 15.0
    s.text(cx, 118, school, ssz, align="center", track=2)
    s.text(cx, 162, "毕业证书", 28, align="center", track=10, color=red)
    s.paper.font = old
    psz = rng.choice((14.0, 14.5, 15.0))
    y = s.para(W / 2 + 48, 226, prose, W / 2 - 96, psz, leading=2.25, indent=2 * psz)
    y = max(y + 40, 470)
    s.text(W - 120, y, f"{head}", 13, align="right")
    _signature(s, W - 112, y + 2, rng.choice([x for x in NAMES_M if x != p["name"]]), rng)
    issue = fdate(grad.isoformat(), "hz")[0]
    s.text(W - 60, y + 40, issue, 12.5, align="right")
    s.seal(W - 130, y + 14, 40, school)
    modes = ("enhance", "enhance", "bw", "colour")
    paper.fx = {"desk": rng.choice(((150, 108, 72), (176, 140, 100), (88, 66, 52), (60, 62, 66), (196, 192, 186))),
                "ramp": (rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)),
                "err": [rng.uniform(-0.03, 0.006) if i % 2 == 0 or rng.random() < 0.5 else rng.uniform(-0.006, 0.01)
                        for i in range(8)],
                "out": rng.randint(1500, 1900), "blur": rng.uniform(0.5, 0.9), "mode": rng.choice(modes),
                "thr": rng.uniform(196, 212), "lo": rng.uniform(40, 80), "hi": rng.uniform(205, 230),
                "mark": rng.choice(CS_MARKS), "as_pdf": rng.random() < 0.35}
    truth = {"name": p["name"], "gender": p["gender"], "birth_date": b_t, "school": school, "major": major,
             "level": level, "start_date": st_t, "graduation_date": gd_t, "certificate_no": cert}
    return Drawn(paper, truth, grad.isoformat(), dpi=rng.choice((150, 160)))


# --------------------------------------------------------------------------
# a 学士学位证明书 issued after the degree certificate was lost, copied from the 人事档案 (scan)
# --------------------------------------------------------------------------

SHORT23 = {"西北民族大学": "西民大", "兰州交通大学": "兰交大", "西北大学": "西大", "兰州理工大学": "兰理工",
           "北方民族大学": "北民大", "中南民族大学": "中南民大", "西南民族大学": "西南民大", "甘肃政法大学": "甘政法",
           "兰州财经大学": "兰财大", "甘肃中医药大学": "甘中医", "天水师范学院": "天师院", "河西学院": "河院",
           "兰州城市学院": "兰城院", "甘肃民族师范学院": "甘民师", "陇东学院": "陇院"}
NEWSPAPERS23 = ("甘肃日报", "兰州晚报", "西部商报", "兰州日报", "甘肃法治报")


def _punch_and_number(s: Sheet, rng: random.Random) -> None:
    """The archive's two punch holes in the left margin and the handwritten, circled page number."""
    W, H = s.w, s.h
    hx = rng.uniform(18, 26)
    mid = H / 2 + rng.uniform(-30, 30)
    for cy in (mid - 40, mid + 40):
        s.page.draw_circle((hx, cy), 6.5, color=(0.25, 0.25, 0.25), fill=(0.12, 0.12, 0.12), width=0.8)
    num = str(rng.randint(3, 48))
    x, y = W - rng.uniform(60, 80), rng.uniform(34, 46)
    s.flush()
    tw = pymupdf.TextWriter(s.page.rect, color=(0.15, 0.15, 0.25))
    cx = x
    for ch in num:
        tw.append((cx, y + rng.uniform(-1.5, 1.5)), ch, font=pymupdf.Font("helv"), fontsize=17)
        cx += 10
    tw.write_text(s.page, morph=(pymupdf.Point(x, y), pymupdf.Matrix(1, 0, -0.2, 1, 0, 0)))
    s.page.draw_oval(pymupdf.Rect(x - 8, y - 20, cx + 8, y + 6), color=(0.15, 0.15, 0.25), width=1.0)


@family("deg_lost_proof_certificate", "degree", "scan",
        "学士学位证明书 issued by the university's 学位评定委员会 after the 学位证书 was LOST (not reissued; the award is certified), "
        "copied from the holder's 人事档案 (grey copier scan): school name and '学士学位证明书', its own number '（2021）兰交大学位证字"
        "第036号', photo with 钢印, prose '…系我校土木工程专业2004级本科毕业生…于2008年7月被授予工学学士学位，学位证书编号：…。因原"
        "学位证书遗失，特出具此证明。' or '兹证明…（原学位证书编号：…）' with the 遗失声明 in 《甘肃日报》 and its date, '本证明书与"
        "原学位证书具有同等效力', committee, seal and the LATER issue date; two archive PUNCH HOLES in the left margin, the 档案 "
        "page number handwritten and circled top right. degree_certificate_no = the original's")
def deg_lost_proof_certificate(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(2003, 2019), level="本科")
    school = q["school"]
    cat = q["discipline"]
    grad = date.fromisoformat(q["graduation_date"])
    award = date.fromisoformat(q["award_date"])
    deg_no = q["degree_certificate_no"]
    issued = date(rng.randint(grad.year + 3, min(grad.year + 14, 2024)), rng.randint(1, 12), rng.randint(1, 28))
    lost_ad = issued - timedelta(days=rng.randint(20, 90))
    style = rng.choice(("cn", "hz", "cn"))
    b_s = fdate(q["birth_date"], style, month=True)[0]
    aw_day = rng.random() < 0.4
    aw_s, aw_t = fdate(award.isoformat(), style, month=not aw_day)
    iss_s = fdate(issued.isoformat(), "hz" if style == "hz" else "cn")[0]
    grade = int(q["start_date"][:4])
    short = SHORT23.get(school, school[:2])
    numbering = rng.choice((f"（{issued.year}）{short}学位证字第{rng.randint(1, 160):03d}号",
                            f"XWZM{issued.year}{rng.randint(1, 300):04d}",
                            f"{q['school_code']}{issued.year}{rng.randint(1, 999):03d}"))
    sid = f"{grade}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    if rng.random() < 0.5:
        prose = (f"{q['name']}，{q['gender']}，{b_s}生，系我校{q['major']}专业{grade}级本科毕业生（学号：{sid}）。该生于{aw_s}经"
                 f"{school}学位评定委员会审议通过，被授予{cat}学士学位，学位证书编号：{deg_no}。因原学位证书遗失，特出具此证明。")
    else:
        st_s = fdate(q["start_date"], style, month=True)[0]
        gd_s = fdate(q["graduation_date"], style, month=True)[0]
        prose = (f"兹证明{q['name']}（{q['gender']}，{b_s}生），于{st_s}至{gd_s}在我校{q['major']}专业完成了本科学习计划，业已毕业，"
                 f"经审核符合《中华人民共和国学位条例》的规定，于{aw_s}被授予{cat}学士学位（原学位证书编号：{deg_no}）。"
                 f"原学位证书已遗失，本人已于{fdate(lost_ad.isoformat(), 'cn')[0]}在《{rng.choice(NEWSPAPERS23)}》刊登遗失声明，"
                 f"声明原证书作废。")
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    frame = rng.random() < 0.6
    if frame:
        s.box(40, 40, W - 40, H - 40, width=2.0, grey=0.3)
        s.box(46, 46, W - 46, H - 46, width=0.5, grey=0.3)
    old = _with_face(s, rng.choice(("kai", "song")))
    s.text(W / 2, 118, school, 22, align="center", track=4)
    s.paper.font = old
    old = _with_face(s, rng.choice(("hei", "song")))
    s.text(W / 2, 168, "学士学位证明书", 26, align="center", track=6)
    s.paper.font = old
    s.text(W - 76, 202, f"编号：{numbering}", 10.5, align="right")
    px, py = 80.0, 226.0
    s.photo(px, py, 84, 112)
    s.seal(px + 80, py + 104, 27, school, color=STEEL)
    size = 13.0
    y = s.para(80, 376, prose, W - 160, size, leading=2.0, indent=2 * size)
    y = s.para(80, y + 6, "本证明书与原学位证书具有同等效力。", W - 160, size, leading=2.0, indent=2 * size)
    y = max(y + 50, 640)
    sign = f"{school}学位评定委员会"
    s.text(W - 80, y, sign, 13, align="right")
    s.text(W - 80 - s.width(sign, 13) / 2, y + 32, iss_s, 13, align="center")
    s.seal(W - 80 - s.width(sign, 13) / 2 + rng.uniform(-12, 12), y + 8 + rng.uniform(-6, 6), 42, sign)
    if rng.random() < 0.6:
        s.text(80, H - 70, "注：本证明书涂改无效。学位信息可登录中国学位与研究生教育信息网（www.chinadegrees.cn）查询。", 8.5,
               color=GREY)
    _punch_and_number(s, rng)
    truth = {"name": q["name"], "degree": "学士", "major": q["major"], "award_date": aw_t,
             "degree_certificate_no": deg_no}
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((140, 150, 160)), level=rng.choice((1, 2, 2, 3)))
