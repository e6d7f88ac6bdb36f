"""Nineteenth round of held-out families, part b (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers.

Paper:
* pap_cqvip_cover_download — an article DOWNLOADED from a full-text database (text PDF), with the
  database's COVER PAGE first and its band on every article page. Two databases:
  万方数据 (the 2010s cover: "万方数据 WANFANG DATA" logo, the title, 作者 / 作者单位 / 刊名 (with the
  ISTIC PKU tags) / 英文刊名 / "年，卷(期)：2021，39(6)" / 被引用次数, a 参考文献(N条) list of OTHER
  papers in other journals (distractor titles, authors, years), 本文链接 and "授权使用：…，下载时间：
  2023年5月6日"; on each article page "万方数据" printed vertically in the left margin), or 维普
  (a "维普资讯 http://www.cqvip.com" / 维普期刊 cover: 题名, 作者, 作者机构, 出处 "《环境工程》2021年
  第6期 45-49页，共5页", 年卷期 "2021年 第39卷 第6期", 关键词, 摘要, 下载时间 "2023-05-06 10:12";
  on each article page the thin top line "维普资讯 http://www.cqvip.com"). Then the article's first
  page as the journal printed it: its running head in one of the usual forms (two rows "第39卷
  第6期 | 环 境 工 程 | Vol.39 No.6" over "2021年6月 | English name | Jun. 2021"; "journal 第39卷第6
  期 2021年6月" with the page number; or, monthlies, "journal 2021年第6期"), 栏目, title, byline
  with superscript numbers (pictures), affiliations, 摘要 / 关键词 / 中图分类号 / 文献标志码 /
  文章编号 (ISSN in it on most), DOI, two-column body and the 收稿日期 / 作者简介 footnote, ISSN and
  CN in the first page's foot on some; a second article page (even-page short head) on some.
  Truth: title, authors, journal, published (the issue's month), ISSN and CN only where printed.
Degree:
* deg_overseas_cscse_cert — the 教育部留学服务中心 国（境）外学历学位认证书 (scan): the centre's
  logo line (Chinese Service Center for Scholarly Exchange), the title, "编号：教留服认美[2021]01234号",
  the prose "X，男，1990年3月5日生，（持中华人民共和国护照…）于2016年9月至2018年5月在美国南加利福尼亚
  大学（University of Southern California）学习，2018年5月获得该校颁发的理学硕士学位（Master of
  Science）…", 认证意见 "该学位证书真实，所学专业为土木工程，该学位为美国的硕士学位。", 特此认证,
  the centre's red seal and the (later) date, the QR code with the 验证 address, a footnote, on a
  guilloche 防伪 background with a frame; scanned on a flatbed. Truth: name, degree (硕士 /
  学士), major (the Chinese major), award_date (month). The 认证书 number is no 学位证书编号 and
  the school is no degree field: neither is in the truth.
Diploma:
* dip_open_university — a 国家开放大学 (before 2013: 中央广播电视大学) 毕业证书, LANDSCAPE, photographed
  on a desk at a slight angle (scan): the university's name with its English name, "毕业证书", the
  photo with the 钢印, 学号, the prose "学生X，性别女，1988年5月20日生，于2017年3月至2019年7月在本校
  会计学专业（专科起点本科）学习，（学制二年半，）修完开放教育本科教学计划规定的全部课程，成绩合格，
  准予毕业。", 校长 with a signature, the university, its seal and the date, 证书编号 (18 digits,
  51161 + 7 + year + level + serial), and SEPARATE lines naming the 分部 (甘肃广播电视大学 / 甘肃开放
  大学) and the 学习中心 (国家开放大学兰州新区学习中心 …): neither is the school. Truth: name, gender,
  birth date, school (the university), major, level (本科 for 专科起点本科, 大专 for 专科), start and
  graduation months, certificate number.
Employer:
* emp_bilingual_incumbency — a BILINGUAL 在职证明 / Certificate of Employment on the employer's
  letterhead (Chinese and English names, address, phone) as made for a visa application and reused
  here (text PDF): the Chinese paragraph "兹证明X（身份证号：…）自2015年7月起在我公司工作，现任工程技术部
  工程师职务，月收入…。我公司同意其于…赴…旅游，…回国后继续在我公司工作。特此证明。" and the English
  one "This is to certify that Mr. ZHANG Xiaodong (ID No. …) has been employed by … since July 2015
  and currently holds the position of Engineer …", stacked (Chinese first or English first) or
  in two columns; the HR contact, signature line, seal and the date in both languages; the trip
  dates are distractors. Truth: name, ID, unit (the Chinese name), position (the Chinese title),
  start_date.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

import pymupdf

from .draw import A4, Paper, Sheet
from .facts import NAMES_M, TITLE_A, TITLE_B, TITLE_C
from .fam_heldout2a import _qr
from .fam_round7 import AFF7, KEYW7, SENT7, _byline, _photograph
from .fam_round8 import EN_NAME
from .fam_round12 import _latin, _pinyin
from .fam_round13 import _guilloche
from .registry import Drawn, family, fdate

GREY = (0.4, 0.4, 0.4)
LIGHT = (0.62, 0.62, 0.62)
STEEL = (0.55, 0.55, 0.55)   # a 钢印 scans as a grey ring
LINK = (0.1, 0.25, 0.7)
WF_RED = (0.75, 0.12, 0.12)
VIP_BLUE = (0.05, 0.3, 0.6)
TEAL = (0.1, 0.4, 0.42)
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
MON_ABBR = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()


def _turned(s: Sheet, x: float, y: float, text: str, size: float, color, angle: float) -> None:
    """One line turned by ``angle`` degrees about its start (x, y): 90 reads bottom to top, -90 top to bottom."""
    s.flush()
    tw = pymupdf.TextWriter(s.page.rect, color=color)
    cx = x
    for ch in text:
        if ch == " ":
            cx += size * 0.5
            continue
        tw.append((cx, y), ch, font=s._font_for(ch), fontsize=size)
        cx += s._adv(ch, size)
    tw.write_text(s.page, morph=(pymupdf.Point(x, y), pymupdf.Matrix(angle)))


def _cn_para(s: Sheet, x: float, y: float, text: str, width: float, size: float, *, leading: float = 2.0,
             indent: float = 0.0) -> float:
    """A paragraph whose lines never end on an opening bracket (typesetters move it down)."""
    lines = s.wrap(text, width, size, first=indent)
    for i in range(len(lines) - 1):
        while lines[i].endswith(("（", "(", "《")):
            lines[i], lines[i + 1] = lines[i][:-1], lines[i][-1] + lines[i + 1]
    for i, ln in enumerate(lines):
        s.text(x + (indent if i == 0 else 0), y, ln, size)
        y += size * leading
    return y


def _en_lines(s: Sheet, text: str, width: float, size: float) -> list[str]:
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if cur and s.width(cand, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


def _en_para(s: Sheet, x: float, y: float, text: str, width: float, size: float, leading: float = 1.55,
             indent: float = 0.0) -> float:
    """English prose wrapped at spaces (the paper's font must be the Latin one)."""
    lines = _en_lines(s, text, width - indent, size)
    for i, ln in enumerate(lines):
        s.text(x + (indent if i == 0 else 0), y, ln, size)
        y += size * leading
    return y


# --------------------------------------------------------------------------
# an article downloaded from 万方 / 维普: the database's cover page, then the article (text)
# --------------------------------------------------------------------------

# volume 1's year (volume = year − this + 1) and the CNKI-style DOI code of each journal
VOL1 = {"环境工程": (1983, "hjgc"), "公路交通科技": (1984, "glid"), "甘肃科学学报": (1989, "gsjx"),
        "建筑结构": (1971, "jzjg"), "中国给水排水": (1985, "zgjs"), "西北民族大学学报(自然科学版)": (1980, "xbmz"),
        "兰州交通大学学报": (1982, "ltxb"), "电力系统保护与控制": (1973, "dlbh"), "工业建筑": (1971, "gyjz"),
        "化工进展": (1982, "hgjz"), "水利水电技术": (1970, "slsd"), "计算机工程与应用": (1965, "jsgg")}
# where the journal is indexed (the tags a 万方 cover prints after 刊名)
TAGS19 = ("ISTIC PKU", "ISTIC PKU CSCD", "ISTIC", "PKU")
# other papers, cited on the 万方 cover (distractors: other titles, authors, journals, years)
REF19 = (("王立新；陈永刚", "黄土地区路基沉降预测方法综述", "岩土力学"),
         ("刘海涛", "寒区污水处理低温运行策略研究", "给水排水"),
         ("赵明；孙国庆；李芳", "综合管廊结构设计若干问题探讨", "地下空间与工程学报"),
         ("郭建平", "西北干旱区再生水回用现状与展望", "干旱区资源与环境"),
         ("陈思远；周立", "沥青路面车辙形成机理分析", "中国公路学报"),
         ("马骏", "分布式电源接入对配电网电能质量的影响", "电网技术"),
         ("韩晓军；王磊", "湿陷性黄土隧道初期支护受力特征", "隧道建设"),
         ("杨柳", "石化企业危险废物管理对策", "环境保护"),
         ("何建国；刘岩", "城市供水管网分区计量管理实践", "中国给水排水"),
         ("吴涛", "装配式混凝土结构节点研究进展", "建筑结构学报"))
COLUMN19 = ("试验研究", "工程技术", "研究与探讨", "设计与施工", "环境与资源", "应用技术")


def _issue19(p: dict, rng: random.Random) -> tuple[int, int, int]:
    per, y = p["issues_per_year"], p["pub_year"]
    n = rng.randint(1, per)
    return y, n, {12: n, 24: (n + 1) // 2, 6: 2 * n, 4: 3 * n}[per]


def _wf_band(s: Sheet) -> None:
    """万方's mark on a downloaded article page: "万方数据" turned, in the left margin."""
    _turned(s, 22, s.h / 2 + 60, "万方数据", 11, LIGHT, 90)


def _vip_band(s: Sheet) -> None:
    s.text(24, 16, "维普资讯 http://www.cqvip.com", 8, color=GREY)


def _wf_cover(s: Sheet, p: dict, rng: random.Random, latin, cjk, *, y: int, vol: int, n: int, names: list[str],
              insts: list[str], dl: date, code: str) -> None:
    W = s.w
    x0, x1 = 64.0, W - 64.0
    # the logo
    s.box(x0, 40, x0 + 30, 70, width=0, fill=0.2)
    s.text(x0 + 15, 61, "W", 16, align="center", color=(1, 1, 1))
    s.text(x0 + 40, 60, "万方数据", 18, color=WF_RED, track=1)
    s.paper.font = latin
    s.text(x0 + 40, 72, "WANFANG DATA", 7.5, track=1.5, color=GREY)
    s.text(x1, 60, "文献链接", 9, align="right", color=LINK)
    s.paper.font = cjk
    s.line(x0, 84, x1, 84, width=1.2, grey=0.3)
    yy = 128.0
    for line in s.wrap(p["paper_title"], x1 - x0, 17):
        s.text(x0, yy, line, 17)
        yy += 26
    yy += 14
    lab_w = 92.0
    mark_sep = rng.choice((", ", "，"))
    rows = [("作者：", mark_sep.join(names)),
            ("作者单位：", "；".join(insts)),
            ("刊名：", p["journal"] + "  " + rng.choice(TAGS19)),
            ("英文刊名：", EN_NAME.get(p["journal"], "Journal").upper() if rng.random() < 0.5
             else EN_NAME.get(p["journal"], "Journal")),
            ("年，卷(期)：", f"{y}, {vol}({n})"),
            ("被引用次数：", f"{rng.randint(0, 40)}次")]
    for lab, val in rows:
        s.text(x0, yy, lab, 10.5, color=GREY)
        if lab == "英文刊名：":
            s.paper.font = latin
        lines = s.wrap(val, x1 - x0 - lab_w, 10.5)
        for ln in lines:
            s.text(x0 + lab_w, yy, ln, 10.5)
            yy += 18
        s.paper.font = cjk
        yy += 4
    yy += 16
    refs = rng.sample(REF19, rng.randint(4, 7))
    s.text(x0, yy, f"参考文献({len(refs) + rng.randint(3, 12)}条)", 11.5)
    s.line(x0, yy + 6, x1, yy + 6, width=0.4, grey=0.6)
    yy += 26
    for i, (au, ti, jn) in enumerate(refs, 1):
        ry = rng.randint(2008, y - 1)
        line = f"{i}. {au} {ti} [期刊论文]-{jn} {ry}({rng.randint(1, 12)})"
        for ln in s.wrap(line, x1 - x0 - 10, 9):
            s.text(x0 + 6, yy, ln, 9)
            yy += 14
        yy += 3
    yy += 14
    s.text(x0, yy, f"相似文献({rng.randint(5, 10)}条)", 11.5)
    s.line(x0, yy + 6, x1, yy + 6, width=0.4, grey=0.6)
    yy += 26
    for i in range(rng.randint(2, 3)):
        t = rng.choice(TITLE_A) + rng.choice(TITLE_B) + rng.choice(TITLE_C)
        if t == p["paper_title"]:
            continue
        s.text(x0 + 6, yy, f"{i + 1}. 期刊论文  {t}", 9)
        yy += 16
    # the link, the licence and the download time at the foot
    foot = s.h - 88
    s.line(x0, foot - 16, x1, foot - 16, width=0.4, grey=0.6)
    s.paper.font = latin
    s.text(x0, foot, "本文链接：", 9)
    s.text(x0 + 46, foot, f"http://d.wanfangdata.com.cn/Periodical_{code}{y}{n:02d}{rng.randint(1, 30):03d}.aspx", 9,
           color=LINK)
    s.paper.font = cjk
    org = rng.choice((("兰州交通大学", "lzjtdx"), ("兰州新区图书馆", "lzxqtsg"), ("甘肃省图书馆", "gslib"),
                      ("兰州理工大学", "lzlgdx")))
    s.text(x0, foot + 18, f"授权使用：{org[0]}({org[1]})，授权号：{rng.getrandbits(48):012x}", 9)
    s.text(x0, foot + 36, f"下载时间：{dl.year}年{dl.month}月{dl.day}日", 9)


def _vip_cover(s: Sheet, p: dict, rng: random.Random, latin, cjk, *, y: int, vol: int, n: int, names: list[str],
               insts: list[str], dl: date, page1: int, npages: int, keys: list[str]) -> None:
    W = s.w
    x0, x1 = 60.0, W - 60.0
    s.box(0, 0, W, 74, width=0, fill=0.96)
    s.page.draw_circle((x0 + 16, 38), 15, color=VIP_BLUE, width=2.2)
    s.text(x0 + 16, 44, "维", 15, align="center", color=VIP_BLUE)
    s.text(x0 + 40, 36, "维普资讯", 17, color=VIP_BLUE, track=1)
    s.paper.font = latin
    s.text(x0 + 40, 52, "http://www.cqvip.com", 8.5, color=GREY)
    s.paper.font = cjk
    s.text(x1, 36, rng.choice(("中文科技期刊数据库", "维普期刊资源整合服务平台", "维普期刊官网")), 10, align="right",
           color=GREY)
    s.text(x1, 52, "qikan.cqvip.com", 8.5, align="right", color=GREY)
    s.line(0, 74, W, 74, width=2.0, grey=0.2)
    yy = 126.0
    for line in s.wrap(p["paper_title"], x1 - x0 - 20, 18):
        s.text(W / 2, yy, line, 18, align="center")
        yy += 28
    yy += 20
    last = page1 + npages - 1
    rows = [("题名", p["paper_title"]),
            ("作者", rng.choice(("；", "，", " ")).join(names)),
            ("作者机构", "；".join(insts)),
            ("出处", f"《{p['journal']}》{y}年第{n}期 {page1}-{last}页，共{npages}页"),
            ("年卷期", f"{y}年 第{vol}卷 第{n}期"),
            ("关键词", "；".join(keys)),
            ("摘要", "".join(rng.sample(SENT7, 3))),
            ("分类号", f"{rng.choice(('TU', 'X', 'U', 'TV'))}{rng.randint(100, 999)}"),
            ("下载时间", f"{dl:%Y-%m-%d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}")]
    lw = 76.0
    for lab, val in rows:
        top = yy
        lines = s.wrap(val, x1 - x0 - lw - 16, 10.5)
        hgt = max(len(lines), 1) * 18 + 10
        s.box(x0, top, x0 + lw, top + hgt, width=0.5, grey=0.55, fill=0.93)
        s.box(x0 + lw, top, x1, top + hgt, width=0.5, grey=0.55)
        s.text(x0 + lw / 2, top + 19, lab, 10.5, align="center")
        ly = top + 19
        for ln in lines:
            s.text(x0 + lw + 8, ly, ln, 10.5)
            ly += 18
        yy = top + hgt
    yy += 36
    s.para(x0, yy, "本文由维普资讯提供，仅供个人学习研究使用。请遵守《中华人民共和国著作权法》及相关规定，"
                   "未经许可不得用于商业用途。", x1 - x0, 9, leading=1.7)
    s.text(W / 2, s.h - 40, "维普资讯  http://www.cqvip.com", 8.5, align="center", color=GREY)


@family("pap_cqvip_cover_download", "paper", "text",
        "article DOWNLOADED from 万方数据 / 维普: the database's COVER PAGE first (万方: logo, title, 作者/作者单位/刊名/英文刊名/"
        "'年，卷(期)：2021，39(6)'/被引用次数, 参考文献 list of other papers, 本文链接, 授权使用 and 下载时间; 维普: '维普资讯 "
        "http://www.cqvip.com' logo, 题名/作者/作者机构/出处 '《刊名》2021年第6期 45-49页'/年卷期/关键词/摘要/下载时间), then the "
        "article's first page with the journal's own running head (two-row 卷期|刊名|Vol.No. over 年月|English|Mon. year, or "
        "'刊名 第N卷第N期 YYYY年M月', or monthly 'YYYY年第N期'), byline with superscripts, 文章编号/DOI, two-column body, "
        "footnote; the database's band on each article page ('万方数据' vertical in the margin, or the 维普资讯 top line)")
def pap_cqvip_cover_download(p: dict, rng: random.Random, face: str) -> Drawn:
    y, n, m = _issue19(p, rng)
    j = p["journal"]
    v1, code = VOL1.get(j, (1980, "qk"))
    vol = y - v1 + 1
    names = p["authors"]
    db = rng.choice(("wanfang", "vip"))
    page1 = rng.randint(12, 160)
    npages = rng.randint(4, 7)
    k = min(len(names), rng.randint(1, 2))
    insts_full = [a[0] for a in rng.sample(AFF7, k)]
    insts = [a.split("，")[0].replace(" ", "") for a in insts_full]
    keys = rng.sample(KEYW7, 4)
    pub = date(y, m, 15)
    dl = min(pub + timedelta(days=rng.randint(200, 2400)), date(2024, 6, 28))
    two = rng.random() < 0.5
    paper = Paper(face, A4, pages=2 + int(two))
    cjk = paper.font
    latin = _latin(cjk)
    W, H = A4
    cover, art = paper[0], paper[1]
    if db == "wanfang":
        _wf_cover(cover, p, rng, latin, cjk, y=y, vol=vol, n=n, names=names, insts=insts, dl=dl, code=code)
    else:
        _vip_cover(cover, p, rng, latin, cjk, y=y, vol=vol, n=n, names=names, insts=insts, dl=dl, page1=page1,
                   npages=npages, keys=keys)
    # --- the article's first page, as the journal printed it
    x0, x1 = 56.0, W - 56.0
    s = art
    head = rng.choice(("rows", "line", "monthly") if p["issues_per_year"] == 12 else ("rows", "line"))
    en = EN_NAME.get(j, "Journal")
    show_issn_head = show_cn_head = False
    if head == "rows":
        s.text(x0, 40, f"第{vol}卷 第{n}期", 9)
        s.text(W / 2, 42, " ".join(j) if len(j) <= 5 else j, 12.5, align="center")
        s.paper.font = latin
        s.text(x1, 40, f"Vol.{vol} No.{n}", 9, align="right")
        s.paper.font = cjk
        s.text(x0, 55, f"{y}年{m}月", 9)
        s.paper.font = latin
        s.text(W / 2, 56, en, 8, align="center")
        s.text(x1, 55, f"{MON_ABBR[m - 1]} {y}", 9, align="right")
        s.paper.font = cjk
        s.line(x0, 61, x1, 61, width=0.8)
    elif head == "line":
        s.text(x0, 48, f"{j}  第{vol}卷第{n}期  {y}年{m}月", 9)
        s.text(x1, 48, str(page1), 9, align="right")
        s.line(x0, 54, x1, 54, width=0.6)
        s.line(x0, 56.5, x1, 56.5, width=0.3)
    else:
        show_issn_head = show_cn_head = rng.random() < 0.6
        tail = f"  ISSN {p['issn']}  CN {p['cn']}" if show_issn_head else ""
        s.text(x0, 48, f"{j}  {y}年第{n}期{tail}", 9)
        s.text(x1, 48, str(page1), 9, align="right")
        s.line(x0, 54, x1, 54, width=0.8)
    s.text(x0, 82, f"【{rng.choice(COLUMN19)}】" if rng.random() < 0.5 else rng.choice(COLUMN19), 9.5)
    doi = f"DOI：10.{rng.randint(13000, 13999)}/j.{code}.{y}{n:02d}{rng.randint(1, 30):03d}"
    s.text(x1, 82, doi, 8, align="right")
    yy = 114.0
    for line in s.wrap(p["paper_title"], x1 - x0 - 40, 18):
        s.text(W / 2, yy, line, 18, align="center")
        yy += 26
    marks = [str(rng.randint(1, k)) if k > 1 else "" for _ in names]
    if k > 1:
        marks[0] = "1"
    _byline(s, W / 2, yy + 8, names, marks, 12, rng.choice(("，", "  ")), 7)
    yy += 30
    for i, a in enumerate(insts_full):
        s.text(W / 2, yy, f"（{str(i + 1) + '. ' if k > 1 else ''}{a}）", 8.8, align="center")
        yy += 14
    yy += 10
    yy = s.para(x0 + 20, yy, "摘  要：" + "".join(rng.sample(SENT7, 4)), x1 - x0 - 40, 9, leading=1.6)
    yy = s.para(x0 + 20, yy, "关键词：" + "；".join(keys), x1 - x0 - 40, 9, leading=1.6)
    show_issn_no = rng.random() < 0.75
    art_no = (f"    文章编号：{p['issn']}({y}){n:02d}-{page1:04d}-{npages:02d}" if show_issn_no else "")
    s.text(x0 + 20, yy, f"中图分类号：{rng.choice(('TU', 'X', 'U', 'TV'))}{rng.randint(100, 999)}    文献标志码：A{art_no}",
           8.6)
    yy += 14
    s.paper.font = latin
    s.para(x0 + 20, yy, f"引用格式：{names[0]}{'，等' if len(names) > 1 else ''}. {p['paper_title']}[J]. {j}, {y}, "
                        f"{vol}({n}): {page1}-{page1 + npages - 1}.", x1 - x0 - 40, 8, leading=1.5)
    s.paper.font = cjk
    yy += 30
    col = (x1 - x0 - 20) / 2
    foot = H - 104
    for i, x in enumerate((x0, x0 + col + 20)):
        ly = yy
        text = ("0  引言" if i == 0 else "") + "".join(rng.choice(SENT7) for _ in range(40))
        for jx, line in enumerate(s.wrap(text, col, 9.2, first=18.4 if i == 0 else 0)):
            if ly > foot - 12:
                break
            s.text(x + (18.4 if i == 0 and jx == 0 else 0), ly, line, 9.2)
            ly += 15
    s.line(x0, foot, x0 + 130, foot, width=0.5)
    recv = date(y, m, 1) - timedelta(days=rng.randint(90, 300))
    s.text(x0, foot + 13, f"收稿日期：{recv:%Y-%m-%d}", 7.8)
    s.text(x0, foot + 25, f"基金项目：甘肃省自然科学基金项目（{recv.year - 1 - rng.randint(0, 2)}JR{rng.randint(5, 9)}RA"
                          f"{rng.randint(100, 999)}）", 7.8)
    sex = "男" if names[0] in NAMES_M else "女"
    s.text(x0, foot + 37, f"作者简介：{names[0]}（{rng.randint(1972, 1996)}—），{sex}，甘肃人，"
                          f"{rng.choice(('工程师', '高级工程师', '硕士研究生', '讲师'))}，主要从事"
                          f"{rng.choice(('岩土工程', '市政工程', '环境工程', '交通工程'))}研究。", 7.8)
    show_foot = head != "monthly" and rng.random() < 0.45
    if show_foot:
        s.text(x1, H - 40, f"ISSN {p['issn']}    CN {p['cn']}", 8, align="right")
        s.text(x0, H - 40, str(page1), 8)
    elif head == "rows":
        s.text(W / 2, H - 40, str(page1), 8, align="center")
    # --- a second article page: the even-page short head
    if two:
        s2 = paper[2]
        s2.text(x0, 46, str(page1 + 1), 9)
        s2.text(x1, 46, f"{j}  {y}年第{vol}卷" if rng.random() < 0.5 else j, 9, align="right")
        s2.line(x0, 52, x1, 52, width=0.6)
        for i, x in enumerate((x0, x0 + col + 20)):
            ly = 76.0
            text = "".join(rng.choice(SENT7) for _ in range(80))
            for line in s2.wrap(text, col, 9.2):
                if ly > H - 60:
                    break
                s2.text(x, ly, line, 9.2)
                ly += 15
    for i, sh in enumerate(paper.sheets):
        if db == "wanfang" and i > 0:
            _wf_band(sh)
        elif db == "vip" and i > 0:
            _vip_band(sh)
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": j, "published": f"{y:04d}-{m:02d}"}
    if show_issn_head or show_issn_no or show_foot:
        truth["issn"] = p["issn"]
    if show_cn_head or show_foot:
        truth["cn"] = p["cn"]
    producer = ("iText 2.1.7 by 1T3XT" if db == "wanfang" else "PDFlib+PDI 7.0.5 (Win32)")
    return Drawn(paper, truth, dl.isoformat(), producer=producer)


# --------------------------------------------------------------------------
# 教育部留学服务中心 国（境）外学历学位认证书 (scan)
# --------------------------------------------------------------------------

# country, its abbreviation in the number, universities (Chinese, English), how long a master's lasts (months)
ABROAD = (("美国", "美", (("南加利福尼亚大学", "University of Southern California"),
                          ("密歇根州立大学", "Michigan State University"),
                          ("东北大学", "Northeastern University"),
                          ("伊利诺伊理工学院", "Illinois Institute of Technology")), 20),
          ("英国", "英", (("曼彻斯特大学", "The University of Manchester"), ("利兹大学", "University of Leeds"),
                          ("谢菲尔德大学", "The University of Sheffield"),
                          ("诺丁汉大学", "The University of Nottingham")), 14),
          ("澳大利亚", "澳", (("悉尼大学", "The University of Sydney"), ("莫纳什大学", "Monash University"),
                              ("新南威尔士大学", "The University of New South Wales")), 22),
          ("俄罗斯", "俄", (("莫斯科国立建筑大学", "Moscow State University of Civil Engineering"),
                            ("圣彼得堡国立交通大学", "Emperor Alexander I St. Petersburg State Transport University")), 22),
          ("马来西亚", "马", (("马来亚大学", "University of Malaya"), ("博特拉大学", "Universiti Putra Malaysia")), 18),
          ("中国香港", "港", (("香港理工大学", "The Hong Kong Polytechnic University"),
                              ("香港城市大学", "City University of Hong Kong")), 12))
# Chinese major, English major, (Chinese degree, English degree) choices
MAJORS19 = (("土木工程", "Civil Engineering", (("理学硕士", "Master of Science"), ("工学硕士", "Master of Engineering"))),
            ("结构工程", "Structural Engineering", (("理学硕士", "Master of Science"),)),
            ("环境工程", "Environmental Engineering", (("理学硕士", "Master of Science"),
                                                     ("工学硕士", "Master of Engineering"))),
            ("电气工程", "Electrical Engineering", (("理学硕士", "Master of Science"),
                                                  ("工学硕士", "Master of Engineering"))),
            ("计算机科学", "Computer Science", (("理学硕士", "Master of Science"),)),
            ("项目管理", "Project Management", (("理学硕士", "Master of Science"),)),
            ("交通工程", "Transportation Engineering", (("理学硕士", "Master of Science"),)),
            ("建筑学", "Architecture", (("建筑学硕士", "Master of Architecture"),)),
            ("工商管理", "Business Administration", (("工商管理硕士", "Master of Business Administration"),)),
            ("会计学", "Accounting", (("商学硕士", "Master of Commerce"), ("理学硕士", "Master of Science"))))


def _passport(rng: random.Random) -> str:
    return rng.choice("EEEG") + f"{rng.randint(10 ** 7, 10 ** 8 - 1)}"


@family("deg_overseas_cscse_cert", "degree", "scan",
        "教育部留学服务中心 国（境）外学历学位认证书 scanned: the centre's logo line, title, '编号：教留服认美[2021]01234号', prose "
        "'X，男，1990年3月5日生，于2016年9月至2018年5月在美国南加利福尼亚大学（University of Southern California）学习，"
        "2018年5月获得该校颁发的理学硕士学位（Master of Science）' with 认证意见 '该学位证书真实，所学专业为…，该学位为美国的"
        "硕士学位', 特此认证, red seal and the later date, QR code, footnote, guilloche background; the number and the "
        "foreign school are not degree fields")
def deg_overseas_cscse_cert(p: dict, rng: random.Random, face: str) -> Drawn:
    country, abbr, univs, months_master = rng.choice(ABROAD)
    ucn, uen = rng.choice(univs)
    mcn, men, degs = rng.choice(MAJORS19)
    bachelor = rng.random() < 0.2 and mcn not in ("工商管理", "项目管理")
    if bachelor:
        dcn, den = (("理学学士", "Bachelor of Science") if "Science" in degs[0][1] or mcn in ("计算机科学", "会计学")
                    else ("工学学士", "Bachelor of Engineering"))
        if mcn == "建筑学":
            dcn, den = "建筑学学士", "Bachelor of Architecture"
        length = 24 if country != "中国香港" else 36     # a 2+2 programme's years abroad
    else:
        dcn, den = rng.choice(degs)
        length = months_master + rng.choice((0, 0, 2))
    birth = date.fromisoformat(p["birth_date"])
    sy = min(max(birth.year + (20 if bachelor else 22) + rng.randint(0, 4), 1998), 2021)
    smonth = rng.choice((2, 7)) if country == "澳大利亚" else 9
    start = date(sy, smonth, 1)
    t = sy * 12 + smonth - 1 + length
    end_y, end_m = t // 12, t % 12 + 1
    if country == "美国":
        end_m = 5 if end_m <= 8 else 12
    award_t = end_y * 12 + end_m - 1 + (rng.choice((0, 1)) if country in ("美国", "俄罗斯") else rng.choice((1, 2, 3)))
    aw_y, aw_m = award_t // 12, award_t % 12 + 1
    award = f"{aw_y:04d}-{aw_m:02d}"
    cert_day = date(aw_y, aw_m, 1) + timedelta(days=rng.randint(40, 420))
    cert_day = min(cert_day, date(2024, 5, 28))
    serial = rng.randint(1, 99999)
    brk = rng.choice((("[", "]"), ("〔", "〕")))
    number = f"教留服认{abbr}{brk[0]}{cert_day.year}{brk[1]}{serial:05d}号"
    level = "学士" if bachelor else "硕士"
    birth_s = fdate(p["birth_date"], "cn")[0]
    st_s = fdate(start.isoformat(), "cn", month=True)[0]
    en_s = fdate(f"{end_y:04d}-{end_m:02d}", "cn", month=True)[0]
    aw_s, aw_t = fdate(award, "cn", month=True)
    cert_s = fdate(cert_day.isoformat(), rng.choice(("cn", "hz")))[0]
    new_style = cert_day.year >= 2019 and rng.random() < 0.7
    kind = rng.choice(("（授课型）", "（研究型）", "")) if not bachelor and country in ("英国", "澳大利亚", "中国香港") else ""
    passport = f"持中华人民共和国护照（护照号码：{_passport(rng)}），" if rng.random() < 0.5 else ""
    prose1 = (f"{p['name']}，{p['gender']}，{birth_s}生，{passport}于{st_s}至{en_s}在{country}{ucn}（{uen}）学习，"
              f"{aw_s}获得该校颁发的{dcn}学位（{den}）。")
    if rng.random() < 0.5:
        opinion = [f"该学位证书真实，所学专业为{mcn}（{men}）。", f"该学位为{country}的{level}学位{kind}。"]
    else:
        prose1 = prose1[:-1] + f"，所学专业为{mcn}。"
        opinion = ["该学位证书真实。", f"该学位证书所对应的学位为{country}{level}学位{kind}。"]
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    cjk = paper.font
    latin = _latin(cjk)
    s.box(0, 0, W, H, width=0, fill=0.985)
    _guilloche(s, rng, 34, 34, W - 34, H - 34)
    # a faint round emblem in the middle of the sheet (the 防伪 底纹)
    for r in (150, 140, 96):
        s.page.draw_circle((W / 2, H / 2 + 20), r, color=(0.8, 0.85, 0.9), width=0.8)
    frame = (0.35, 0.45, 0.6) if new_style else (0.6, 0.2, 0.2)
    s.page.draw_rect(pymupdf.Rect(22, 22, W - 22, H - 22), color=frame, width=2.6)
    s.page.draw_rect(pymupdf.Rect(29, 29, W - 29, H - 29), color=frame, width=0.6)
    x0, x1 = 66.0, W - 66.0
    # the centre's logo line
    s.page.draw_circle((x0 + 18, 70), 17, color=frame, width=1.6)
    s.paper.font = latin
    s.text(x0 + 18, 73.5, "CSCSE", 6.5, align="center", color=frame)
    s.paper.font = cjk
    s.text(x0 + 44, 68, "教育部留学服务中心", 13, color=frame, track=1)
    s.paper.font = latin
    s.text(x0 + 44, 82, "Chinese Service Center for Scholarly Exchange", 7.5, color=frame)
    s.paper.font = cjk
    title = "国（境）外学历学位认证书" if new_style or rng.random() < 0.5 else "国外学历学位认证书"
    s.text(W / 2, 140, title, 22, align="center", track=3)
    s.text(x1, 176, f"编号：{number}", 11, align="right")
    size = rng.choice((13.0, 13.5, 14.0))
    y = _cn_para(s, x0, 222, prose1, x1 - x0, size, leading=2.05, indent=2 * size)
    y += 14
    s.text(x0, y, "认证意见：", size)
    y += size * 2.05
    for line in opinion:
        y = _cn_para(s, x0, y, line, x1 - x0, size, leading=2.05, indent=2 * size)
    y = s.para(x0, y, "特此认证。", x1 - x0, size, indent=2 * size)
    y = max(y + 40, 560.0)
    s.text(x1 - 10, y, "教育部留学服务中心", size, align="right")
    s.text(x1 - 10, y + 30, cert_s, size, align="right")
    s.seal(x1 - 10 - s.width("教育部留学服务中心", size) / 2 + rng.uniform(-12, 12), y + 6, 48, "教育部留学服务中心")
    # the QR and the verification note at the foot
    qy = H - 170
    if new_style:
        s.page.insert_image(pymupdf.Rect(x0, qy, x0 + 74, qy + 74), stream=_qr(rng, 25))
        code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        s.text(x0 + 86, qy + 22, "扫描二维码或登录 www.cscse.edu.cn 验证本认证书", 8.5, color=GREY)
        s.text(x0 + 86, qy + 40, f"验证码：{code}", 8.5, color=GREY)
    else:
        s.text(x0, qy + 50, "认证书查询：http://www.cscse.edu.cn", 8.5, color=GREY)
    s.para(x0, H - 72, "注：本认证书仅对所认证的国（境）外学历学位证书的真实性及其与我国学历学位的对应关系作出评估，"
                       "不作为其他用途的证明。涂改无效。", x1 - x0, 7.5, leading=1.6)
    truth = {"name": p["name"], "degree": level, "major": mcn, "award_date": aw_t}
    return Drawn(paper, truth, cert_day.isoformat(), dpi=rng.choice((140, 150, 160)), level=rng.choice((1, 1, 2)))


# --------------------------------------------------------------------------
# 国家开放大学 / 中央广播电视大学 毕业证书, landscape, photographed on a desk (scan)
# --------------------------------------------------------------------------

OU_BEN = ("行政管理", "会计学", "土木工程", "工商管理", "汉语言文学", "法学", "计算机科学与技术", "护理学",
          "水利水电工程", "小学教育")
OU_ZHUAN = ("建筑施工与管理", "工程造价管理", "行政管理", "会计", "机电一体化技术", "护理", "计算机信息管理",
            "道路桥梁工程技术")
OU_CENTRES = ("国家开放大学兰州新区学习中心", "兰州广播电视大学新区分校", "白银广播电视大学", "永登县广播电视大学工作站",
              "甘肃建筑职业技术学院学习中心", "国家开放大学临夏州学习中心")
RTVU_CENTRES = ("兰州广播电视大学", "白银广播电视大学", "临夏州广播电视大学", "永登县广播电视大学工作站",
                "天水广播电视大学")
OU_HEADS = ("王振宇", "刘建国", "陈立平", "赵永清", "孙华东", "周家明")


def _signature(s: Sheet, x: float, y: float, name: str, rng: random.Random) -> None:
    """A 校长's signature: the name in a running hand (drawn slanted, in ink), with a flourish."""
    s.flush()
    size = 19
    tw = pymupdf.TextWriter(s.page.rect, color=(0.12, 0.12, 0.18))
    cx = x
    for ch in name:
        tw.append((cx, y + rng.uniform(-2, 2)), ch, font=s._font_for(ch), fontsize=size)
        cx += size * 0.8
    tw.write_text(s.page, morph=(pymupdf.Point(x, y), pymupdf.Matrix(1, 0, -0.25, 1, 0, 0)))
    s.page.draw_bezier((x - 4, y + 6), (x + 20, y + 14), (cx - 20, y + 2), (cx + 14, y - 10),
                       color=(0.12, 0.12, 0.18), width=1.1)


@family("dip_open_university", "diploma", "scan",
        "国家开放大学 (before 2013 中央广播电视大学) 毕业证书, LANDSCAPE, photographed on a desk at a slight angle: university name "
        "with its English name, '毕业证书', photo with 钢印, 学号, '学生X，性别女，1988年5月20日生，于2017年3月至2019年7月在本校"
        "会计学专业（专科起点本科）学习，修完开放教育本科教学计划规定的全部课程，成绩合格，准予毕业。', 校长 signature, seal and "
        "date, 证书编号 51161 7 YYYY 05|06 serial, and separate 分部 / 学习中心 lines (甘肃广播电视大学, 国家开放大学兰州新区"
        "学习中心) that are not the school")
def dip_open_university(p: dict, rng: random.Random, face: str) -> Drawn:
    birth = date.fromisoformat(p["birth_date"])
    old = rng.random() < 0.25 and birth.year <= 1990
    lo = max(birth.year + 20, 2006 if old else 2013)
    hi = 2010 if old else 2021
    if lo > hi:
        old, lo, hi = False, min(max(birth.year + 20, 2013), 2020), 2020
    sy = rng.randint(lo, min(hi, 2020))
    spring = rng.random() < 0.5
    ben = rng.random() < 0.6
    major = rng.choice(OU_BEN if ben else OU_ZHUAN)
    extra = rng.choice((0, 0, 0, 1, 2))      # terms over the five a programme takes at least
    if spring:
        start = f"{sy}-03"
        gy, gm = (sy + 2, 7) if extra == 0 else ((sy + 3, 1) if extra == 1 else (sy + 3, 7))
    else:
        start = f"{sy}-09"
        gy, gm = (sy + 3, 1) if extra == 0 else ((sy + 3, 7) if extra == 1 else (sy + 4, 1))
    grad = f"{gy:04d}-{gm:02d}"
    issued = date(gy, gm, rng.choice((10, 15, 20, 25)))
    school = "中央广播电视大学" if old or gy <= 2012 else "国家开放大学"
    school_en = "China Central Radio & TV University" if school == "中央广播电视大学" else "The Open University of China"
    level = "本科" if ben else "大专"
    cert = f"511617{gy}{'05' if ben else '06'}{rng.randint(1, 999999):06d}"
    sid = f"{sy % 100:02d}{'1' if spring else '2'}62{rng.randint(0, 99):02d}{rng.randint(10 ** 6, 10 ** 7 - 1)}"
    branch = "甘肃广播电视大学" if gy <= 2020 else "甘肃开放大学"
    centre = rng.choice(RTVU_CENTRES if school == "中央广播电视大学" else OU_CENTRES)
    bstyle = rng.choice(("cn", "cn", "hz"))
    b_s, b_t = fdate(p["birth_date"], bstyle, month=rng.random() < 0.3)
    st_s, st_t = fdate(start, "cn" if bstyle == "cn" else bstyle, month=True)
    gr_s, gr_t = fdate(grad, "cn" if bstyle == "cn" else bstyle, month=True)
    is_s = fdate(issued.isoformat(), rng.choice(("hz", "cn")))[0]
    lvl_word = ("专科起点本科" if rng.random() < 0.6 else "本科") if ben else "专科"
    plan = "开放教育本科" if ben else "开放教育专科"
    years = "学制二年半，" if rng.random() < 0.4 else ""
    he = p["gender"]
    prose = (f"学生{p['name']}，性别{he}，{b_s}生，于{st_s}至{gr_s}在本校{major}专业（{lvl_word}）学习，{years}"
             f"修完{plan}教学计划规定的全部课程，成绩合格，准予毕业。")
    W, H = 800.0, 560.0
    paper = Paper(face, (W, H))
    s = paper[0]
    cjk = paper.font
    latin = _latin(cjk)
    s.box(0, 0, W, H, width=0, fill=0.975)
    _guilloche(s, rng, 34, 34, W - 34, H - 34)
    col = TEAL if school == "国家开放大学" else (0.55, 0.2, 0.15)
    s.page.draw_rect(pymupdf.Rect(18, 18, W - 18, H - 18), color=col, width=5)
    s.page.draw_rect(pymupdf.Rect(28, 28, W - 28, H - 28), color=col, width=0.8)
    # corner ornaments
    for cx, cy in ((28, 28), (W - 28, 28), (28, H - 28), (W - 28, H - 28)):
        s.page.draw_circle((cx, cy), 7, color=col, fill=col)
    # the university's name with its logo ring, the title
    mid = W / 2
    s.page.draw_circle((mid - s.width(school, 20) / 2 - 24, 72), 14, color=col, width=1.8)
    s.text(mid - s.width(school, 20) / 2 - 24, 77, "OU" if school == "国家开放大学" else "电", 10, align="center",
           color=col)
    s.text(mid, 80, school, 20, align="center", track=2, color=col)
    s.paper.font = latin
    s.text(mid, 96, school_en, 8.5, align="center", color=col)
    s.paper.font = cjk
    s.text(mid, 142, "毕 业 证 书", 30, align="center", track=10)
    # left: photo with the 钢印, 学号 under it
    px, py, pw, ph = 66.0, 176.0, 100.0, 134.0
    s.photo(px, py, pw, ph)
    s.seal(px + pw - 8, py + ph - 8, 30, school, color=STEEL)
    s.text(px + pw / 2, py + ph + 22, f"学号：{sid}", 9, align="center")
    # the prose, then 校长 and the date
    lx, rx = 206.0, W - 66.0
    size = rng.choice((14.0, 14.5, 15.0))
    y = _cn_para(s, lx, 194, prose, rx - lx, size, leading=2.1, indent=2 * size)
    y = max(y + 26, 372.0)
    s.text(lx, y + 6, "校长", 13)
    _signature(s, lx + 44, y + 8, rng.choice(OU_HEADS), rng)
    s.text(rx - 20, y, school, 15, align="right")
    s.seal(rx - 20 - s.width(school, 15) / 2 + rng.uniform(-10, 10), y + 4, 46, school)
    s.text(rx - 20, y + 30, is_s, 13, align="right")
    # the number, the 分部 and the 学习中心 at the foot, each its own line
    fy = H - 96
    lines = [f"证书编号：{cert}", f"分部：{branch}", f"学习中心：{centre}"]
    if rng.random() < 0.5:
        lines[1], lines[2] = lines[2], lines[1]
    if rng.random() < 0.3:
        lines = [lines[0], lines[2]] if lines[2].startswith("学习中心") else [lines[0], lines[1]]
    if rng.random() < 0.35:     # some years print the number at the top left, under the frame
        s.text(52, 56, lines.pop(0), 10)
        fy += 18
    for i, ln in enumerate(lines):
        s.text(66, fy + i * 18, ln, 10)
    s.text(rx, H - 42, "中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn", 8, align="right", color=GREY)
    _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.8, 2.6), rng.uniform(0.86, 0.93),
                rng.uniform(0.25, 0.5))
    truth = {"name": p["name"], "gender": he, "birth_date": b_t, "school": school, "major": major, "level": level,
             "start_date": st_t, "graduation_date": gr_t, "certificate_no": cert}
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((140, 150, 160)), level=rng.choice((2, 3, 3)))


# --------------------------------------------------------------------------
# bilingual 在职证明 / Certificate of Employment on letterhead (text)
# --------------------------------------------------------------------------

UNIT_EN = {"兰州新区城市发展投资集团有限公司": "Lanzhou New Area Urban Development Investment Group Co., Ltd.",
           "甘肃省交通规划勘察设计院股份有限公司": "Gansu Province Transportation Planning, Survey & Design Institute Co., Ltd.",
           "兰州新区第三人民医院": "The Third People's Hospital of Lanzhou New Area",
           "兰州新区秦川园区管理服务中心": "Qinchuan Park Management Service Center of Lanzhou New Area",
           "甘肃中川环保工程技术有限公司": "Gansu Zhongchuan Environmental Protection Engineering Technology Co., Ltd.",
           "兰州新区职业教育园区建设发展有限公司":
               "Lanzhou New Area Vocational Education Park Construction and Development Co., Ltd.",
           "兰州新区西岔学校": "Xicha School of Lanzhou New Area",
           "甘肃兰新民族团结实业有限公司": "Gansu Lanxin Ethnic Unity Industrial Co., Ltd.",
           "兰州新区综合保税区运营管理有限公司":
               "Lanzhou New Area Comprehensive Bonded Zone Operation and Management Co., Ltd.",
           "中国铁建大桥工程局集团第五工程有限公司":
               "The 5th Engineering Co., Ltd. of China Railway Construction Bridge Engineering Bureau Group",
           "兰州新区水投集团有限公司": "Lanzhou New Area Water Investment Group Co., Ltd."}
POS_EN = {"技术员": "Technician", "工程师": "Engineer", "项目技术负责人": "Project Technical Manager",
          "设计员": "Designer", "主管护师": "Nurse-in-charge", "施工员": "Construction Supervisor",
          "安全员": "Safety Officer", "专职教师": "Full-time Teacher", "研发工程师": "R&D Engineer",
          "技术部副部长": "Deputy Director of the Technical Department", "质量检测员": "Quality Inspector"}
DEPT19 = (("工程技术部", "Engineering Department"), ("项目管理部", "Project Management Department"),
          ("质量安全部", "Quality and Safety Department"), ("设计所", "Design Institute"),
          ("生产运营部", "Operations Department"), ("技术研发中心", "R&D Center"))
TRIPS = (("日本", "Japan"), ("泰国", "Thailand"), ("新加坡", "Singapore"), ("法国、意大利等申根国家", "the Schengen States"),
         ("澳大利亚", "Australia"), ("韩国", "the Republic of Korea"), ("英国", "the United Kingdom"))
HR_NAMES = ("马海燕", "周淼", "冯雪", "闫雯雯", "苏璟瑜", "魏晓兰", "何培元", "李建军")


def _en_day(d: date) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


@family("emp_bilingual_incumbency", "employment_proof", "text",
        "BILINGUAL 在职证明 / Certificate of Employment on the employer's letterhead (Chinese and English names, address, phone) "
        "made for a visa and reused: '兹证明X（身份证号：…）自2015年7月起在我公司工作，现任…部…职务，月收入…，我公司同意其于…赴…"
        "旅游…' and 'This is to certify that Mr. ZHANG Xiaodong (ID No. …) has been employed by … since July 2015 and "
        "currently holds the position of …', stacked (either language first) or in two columns; HR contact, signature "
        "line, seal, date in both languages; the trip dates as distractors")
def emp_bilingual_incumbency(p: dict, rng: random.Random, face: str) -> Drawn:
    unit = p["unit"]
    unit_en = UNIT_EN.get(unit, "Lanzhou New Area Co., Ltd.")
    post = p["position"]
    post_en = POS_EN.get(post, "Staff")
    dept, dept_en = rng.choice(DEPT19)
    if "医院" in unit:
        we, we_en = "我院", "our hospital"
        dept, dept_en = rng.choice((("护理部", "Nursing Department"), ("医务科", "Medical Affairs Office"),
                                    ("总务科", "General Affairs Office")))
    elif "学校" in unit:
        we, we_en = "我校", "our school"
        dept, dept_en = "教务处", "Office of Academic Affairs"
    elif "中心" in unit:
        we, we_en = "我单位", "our organization"
    else:
        we, we_en = "我公司", "our company"
    ws = date.fromisoformat(p["work_start"])
    with_day = rng.random() < 0.3
    st_s, st_t = fdate(ws.isoformat(), rng.choice(("cn", "cn0")), month=not with_day)
    st_en = _en_day(ws) if with_day else f"{MONTHS_EN[ws.month - 1]} {ws.year}"
    issued = date(rng.randint(max(ws.year + 1, 2018), 2024), rng.randint(1, 12), rng.randint(1, 28))
    go = issued + timedelta(days=rng.randint(12, 50))
    back = go + timedelta(days=rng.randint(6, 16))
    trip, trip_en = rng.choice(TRIPS)
    male = p["gender"] == "男"
    title_en = "Mr." if male else "Ms."
    he, his = ("he", "his") if male else ("she", "her")
    name_en = _pinyin(p["name"], rng.choice(("family", "given")))
    salary = rng.choice((6500, 7200, 8000, 8800, 9500, 11000, 12500))
    hr = rng.choice([h for h in HR_NAMES if h != p["name"]])
    phone = f"0931-{rng.randint(5100000, 8999999)}"
    holds = rng.choice((f"现任{dept}{post}职务", f"现在{dept}担任{post}一职", f"现任{post}（{dept}）"))
    cn_text = (f"兹证明{p['name']}（{'先生' if male else '女士'}，身份证号：{p['id_number']}）自{st_s}起在{we}工作，"
               f"{holds}，月收入人民币{salary}元。{we}同意其于{fdate(go.isoformat(), 'cn')[0]}至"
               f"{fdate(back.isoformat(), 'cn')[0]}赴{trip}旅游，费用自理，期间保留其职位，回国后继续在{we}工作。")
    en_text = (f"This is to certify that {title_en} {name_en} (ID No.: {p['id_number']}) has been employed by "
               f"{unit_en} since {st_en} and currently holds the position of {post_en} in {his} {dept_en}. "
               f"{his.capitalize()} monthly income is RMB {salary:,}. We agree that {he} travels to {trip_en} from "
               f"{_en_day(go)} to {_en_day(back)} at {his} own expense. {his.capitalize()} position will be kept "
               f"for {'him' if male else 'her'} and {he} will resume {his} work at {we_en} upon return.")
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    cjk = paper.font
    latin = _latin(cjk)
    x0, x1 = 64.0, W - 64.0
    # the letterhead: logo block, Chinese name, English name, address line, double rule
    lh = rng.choice(("left", "centre"))
    acc = rng.choice(((0.1, 0.3, 0.6), (0.7, 0.1, 0.1), (0.1, 0.45, 0.3)))
    addr = rng.choice(("甘肃省兰州新区黄河大道西段1号", "甘肃省兰州市城关区南滨河东路569号", "甘肃省兰州新区中川园区纬一路28号"))
    addr_en = {"甘肃省兰州新区黄河大道西段1号": "No. 1 West Huanghe Avenue, Lanzhou New Area, Gansu, China",
               "甘肃省兰州市城关区南滨河东路569号": "No. 569 East Nanbinhe Road, Chengguan District, Lanzhou, Gansu, China",
               "甘肃省兰州新区中川园区纬一路28号": "No. 28 Weiyi Road, Zhongchuan Park, Lanzhou New Area, Gansu, China"}[addr]
    if lh == "left":
        s.page.draw_rect(pymupdf.Rect(x0, 34, x0 + 40, 74), color=None, fill=acc)
        s.text(x0 + 20, 61, unit[0], 20, align="center", color=(1, 1, 1))
        s.text(x0 + 52, 52, unit, 15 if len(unit) <= 16 else 13, color=acc, track=0.5)
        s.paper.font = latin
        s.text(x0 + 52, 68, unit_en, 7.8 if len(unit_en) > 60 else 8.8, color=acc)
        s.paper.font = cjk
        top = 84.0
    else:
        s.text(W / 2, 54, unit, 17 if len(unit) <= 16 else 15, align="center", color=acc, track=1)
        s.paper.font = latin
        s.text(W / 2, 72, unit_en, 8.5 if len(unit_en) > 60 else 9.5, align="center", color=acc)
        s.paper.font = cjk
        top = 82.0
    s.page.draw_line((x0, top), (x1, top), color=acc, width=1.8)
    s.page.draw_line((x0, top + 3), (x1, top + 3), color=acc, width=0.5)
    # the letter
    s.text(W / 2, top + 48, "在职证明", 19, align="center", track=4)
    s.paper.font = latin
    s.text(W / 2, top + 70, rng.choice(("Certificate of Employment", "CERTIFICATE OF EMPLOYMENT",
                                        "Employment Verification Letter")), 12.5, align="center")
    s.paper.font = cjk
    y = top + 104
    layout = rng.choice(("cn_first", "cn_first", "en_first", "columns"))
    size_cn, size_en = 11.5, 10.5

    def cn_block(x: float, yy: float, w: float, sz: float) -> float:
        s.text(x, yy, "致相关部门及签证官：" if rng.random() < 0.5 else "致有关部门：", sz)
        yy = _cn_para(s, x, yy + sz * 2, cn_text, w, sz, leading=1.9, indent=2 * sz)
        return s.para(x, yy, "特此证明。", w, sz, indent=2 * sz)

    def en_block(x: float, yy: float, w: float, sz: float) -> float:
        s.paper.font = latin
        s.text(x, yy, "To Whom It May Concern:" if rng.random() < 0.6 else "Dear Visa Officer,", sz)
        yy = _en_para(s, x, yy + sz * 2, en_text, w, sz, leading=1.6)
        yy = _en_para(s, x, yy + 4, "We hereby guarantee the above information is true and correct.", w, sz)
        s.paper.font = cjk
        return yy

    if layout == "columns":
        cw = (x1 - x0 - 24) / 2
        ya = cn_block(x0, y, cw, 10.5)
        yb = en_block(x0 + cw + 24, y, cw, 9.2)
        s.line(x0 + cw + 12, y - 12, x0 + cw + 12, max(ya, yb), width=0.4, grey=0.6)
        y = max(ya, yb) + 16
    elif layout == "cn_first":
        y = cn_block(x0, y, x1 - x0, size_cn) + 14
        y = en_block(x0, y, x1 - x0, size_en) + 10
    else:
        y = en_block(x0, y, x1 - x0, size_en) + 14
        y = cn_block(x0, y, x1 - x0, size_cn) + 10
    # HR contact, signature line, the unit, the seal, the date in both languages
    s.text(x0, y + 14, f"联系人 / Contact：{hr}（人力资源部 / HR Department）", 9.5)
    s.paper.font = latin
    s.text(x0, y + 30, f"Tel: {phone}", 8.5)
    s.text(x0, y + 44, f"Address: {addr_en}", 8.5)
    s.paper.font = cjk
    sy = y + 74
    s.text(x1, sy, f"{unit}（盖章）", 11, align="right")
    s.paper.font = latin
    s.text(x1, sy + 16, "Authorized Signature: ____________", 9.5, align="right")
    s.paper.font = cjk
    s.text(x1, sy + 38, f"日期：{fdate(issued.isoformat(), 'cn')[0]}", 10.5, align="right")
    s.paper.font = latin
    s.text(x1, sy + 54, f"Date: {_en_day(issued)}", 9.5, align="right")
    s.paper.font = cjk
    s.seal(x1 - 90 + rng.uniform(-14, 14), sy + 12, 46, unit)
    # the letterhead's foot
    s.page.draw_line((x0, H - 56), (x1, H - 56), color=acc, width=0.6)
    s.text(W / 2, H - 42, f"地址：{addr}    电话：{phone}", 8, align="center", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post, "start_date": st_t}
    return Drawn(paper, truth, issued.isoformat(),
                 producer=rng.choice(("Microsoft® Word 2016", "WPS 文字", "Microsoft: Print To PDF")))
