"""Families drawn to replace held-out ones (issue 12: "when a held-out family
fails, fix the method, move that family to 'seen', and draw a new held-out
family"). Written without looking at the parsers; each imitates a real document.

Diplomas (scans):
* dip_adult_correspondence — a 2000s 成人高等教育毕业证书: spring intake (三月),
  函授/业余 学习形式, 专科起点本科 or 高中起点专科, 学制 "二年半", a type-5
  number (成人) bottom left and the 汉字 date bottom right;
* dip_selfstudy_exam — a 2010s 高等教育自学考试毕业证书: no enrolment date,
  the ID number in the prose, the 主考学校 and the province's 自学考试委员会
  both named and sealed, 毕业时间 in June or December, and the 17-digit 自考
  number of contract §6's "other layout" (6, 层次, region, year, 考次, 准考证
  serial, check) bottom right.
Degree (scan):
* deg_master_prose — a 2000s 硕士学位证书 booklet page: "在…学科（专业）已通过
  硕士学位的课程考试和论文答辩，成绩合格", the 证书编号 under the photo.
Papers:
* pap_doc_code — a 中文核心 first page (text): "第N卷 第N期 | letter-spaced
  journal | YYYY年M月" header (semimonthly journals: 第6期 is March), the ISSN
  printed only inside the 文章编号 "1000-4602(2021)06-0012-07", no CN, a DOI
  with year and issue, 收稿日期/修回日期 and the author's birth year in a
  footnote;
* pap_footer_issue — a monthly journal's first page printed and photographed:
  a section tag on top, 引用格式 "…[J]. 环境工程, 2021, 39(3): 45-50." under the
  keywords, and "环境工程  第39卷  2021年第3期" with ISSN/CN in the running
  footer at the bottom.
"""
from __future__ import annotations

import random
from datetime import date

from .draw import A4, Paper
from .facts import JOURNALS, SCHOOLS, id_check, issn, redate
from .registry import Drawn, family, fdate

STEEL = (0.55, 0.55, 0.55)   # a 钢印 photographs as a grey ring
_MON = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()


def _frame(s, grey: float = 0.4) -> None:
    s.box(14, 14, s.w - 14, s.h - 14, width=2.2, grey=grey)
    s.box(21, 21, s.w - 21, s.h - 21, width=0.5, grey=grey)


def _born(q: dict, birth: date) -> dict:
    """The holder born on another day; the ID number follows (sequence and sex kept)."""
    body = q["id_number"][:6] + f"{birth:%Y%m%d}" + q["id_number"][14:17]
    return dict(q, birth_date=birth.isoformat(), id_number=body + id_check(body))


# --------------------------------------------------------------------------
# diplomas
# --------------------------------------------------------------------------

@family("dip_adult_correspondence", "diploma", "scan",
        "2000s 成人高等教育毕业证书 (函授/业余, spring intake, 学制二年半), number bottom left")
def dip_adult_correspondence(p: dict, rng: random.Random, face: str) -> Drawn:
    level = rng.choice(("本科", "本科", "大专"))
    grad_y = rng.randint(2004, 2014)
    q = redate(p, rng, grad_y, level=level)
    school = rng.choice([n for n, (_, k) in SCHOOLS.items() if k in "uc"])
    code = SCHOOLS[school][0]
    # spring intake; five or six semesters: 2005年3月至2007年7月 (二年半), 2005年3月至2008年1月 (三年)
    span, start, grad = rng.choice((("二年半", date(grad_y - 2, 3, 1), date(grad_y, 7, rng.choice((1, 10, 15)))),
                                    ("三年", date(grad_y - 3, 3, 1), date(grad_y, 1, rng.choice((10, 15, 20))))))
    q = _born(q, date(start.year - rng.randint(20, 31), rng.randint(1, 12), rng.randint(1, 28)))
    cert = f"{code}5{grad_y}{'05' if level == '本科' else '06'}{rng.randrange(1, 999999):06d}"
    layer = "专科起点本科" if level == "本科" else "高中起点专科"
    form = rng.choice(("函授", "函授", "业余"))
    paper = Paper(face, A4)
    s = paper[0]
    _frame(s, grey=rng.choice((0.3, 0.45)))
    s.text(s.w / 2, 108, "成人高等教育", 20, align="center", track=6)
    s.text(s.w / 2, 160, "毕 业 证 书", 34, align="center", track=6)
    s.photo(72, 200, 90, 120)
    s.seal(72 + 86, 200 + 112, 30, school, color=STEEL)
    birth, tb = fdate(q["birth_date"], "hz")
    st, ts = fdate(start.isoformat(), "hz", month=True)
    gd, tg = fdate(grad.isoformat(), "hz", month=True)
    size = rng.choice((14, 15))
    if rng.random() < 0.5:   # 层次 and 学习形式 inside the sentence
        text = (f"学生{q['name']}，性别{q['gender']}，{birth}生，于{st}至{gd}在本校{q['major']}专业"
                f"（{layer}）{form}学习，学制{span}，修完教学计划规定的全部课程，成绩合格，准予毕业。")
        y = s.para(190, 222, text, s.w - 190 - 70, size, leading=2.0, indent=2 * size)
    else:                    # a label block beside the photo, the sentence below
        for i, (k, v) in enumerate((("层  次", layer), ("学习形式", form), ("学  制", span))):
            s.text(200, 232 + 34 * i, f"{k}：{v}", 13)
        text = (f"学生{q['name']}，性别{q['gender']}，{birth}生，于{st}至{gd}在本校{q['major']}专业学习，"
                f"修完教学计划规定的全部课程，成绩合格，准予毕业。")
        y = s.para(72, 360, text, s.w - 144, size, leading=2.0, indent=2 * size)
    y = max(y + 70, 520)
    s.text(90, y, school, 17, track=2)
    s.text(s.w - 90, y, f"校（院）长：{q['principal']}", 14, align="right")
    s.seal(170, y - 12, 48, school)
    issued, _ = fdate(grad.isoformat(), "hz")
    s.text(72, s.h - 70, f"证书编号：{cert}", 11)
    s.text(s.w - 72, s.h - 70, issued, 13, align="right")
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": school, "major": q["major"],
             "level": level, "start_date": ts, "graduation_date": tg, "certificate_no": cert}
    return Drawn(paper, truth, grad.isoformat(), dpi=rng.choice((120, 130)))


_SELF_STUDY_SCHOOLS = ("兰州交通大学", "兰州理工大学", "西北民族大学", "兰州财经大学", "甘肃政法大学", "甘肃中医药大学")
_EXAM_REGIONS = ("620100", "620102", "620103", "620104", "620105", "620111", "620121", "620122", "620123")


def _self_study_no(level: str, grad: date, rng: random.Random) -> str:
    """17 digits: 6 (自考), 层次 (5 本科, 6 专科), region (6), year (2), 考次 (1 上半年,
    2 下半年), 准考证 serial (5), check. The check rule is not published; an
    arbitrary digit stands for it."""
    body = (f"6{'5' if level == '本科' else '6'}{rng.choice(_EXAM_REGIONS)}{grad.year % 100:02d}"
            f"{1 if grad.month <= 6 else 2}{rng.randrange(100000):05d}")
    return body + str(sum(int(c) * (i % 7 + 2) for i, c in enumerate(body)) % 10)


@family("dip_selfstudy_exam", "diploma", "scan",
        "2010s 高等教育自学考试毕业证书: 17-digit number, 主考学校 and 省考委 seals, ID number in the prose")
def dip_selfstudy_exam(p: dict, rng: random.Random, face: str) -> Drawn:
    level = rng.choice(("本科", "本科", "大专"))
    grad_y = rng.randint(2009, 2022)
    q = redate(p, rng, grad_y, level=level)
    school = rng.choice(_SELF_STUDY_SCHOOLS)
    grad = date(grad_y, rng.choice((6, 12)), 30)
    q = _born(q, date(grad_y - rng.randint(22, 34), rng.randint(1, 12), rng.randint(1, 28)))
    cert = _self_study_no(level, grad, rng)
    lvl = "本科" if level == "本科" else "专科"
    paper = Paper(face, A4)
    s = paper[0]
    _frame(s, grey=0.35)
    s.text(s.w / 2, 104, "高等教育自学考试", 21, align="center", track=5)
    s.text(s.w / 2, 158, "毕业证书", 34, align="center", track=14)
    birth, tb = fdate(q["birth_date"], rng.choice(("hz", "cn")))
    if rng.random() < 0.5:
        text = (f"{q['name']}，{q['gender']}，{birth}生，身份证号：{q['id_number']}，参加高等教育自学考试"
                f"{q['major']}专业（{lvl}）考试，所考课程成绩全部合格，经审定，准予毕业。")
    else:
        text = (f"考生{q['name']}，性别{q['gender']}，{birth}出生，身份证号码{q['id_number']}。"
                f"在高等教育自学考试中，完成{q['major']}专业（{lvl}）考试计划规定的全部课程，"
                f"成绩合格，经审定准予毕业。")
    size = rng.choice((14, 15))
    y = s.para(72, 225, text, s.w - 144, size, leading=2.1, indent=2 * size)
    y = max(y + 40, 430)
    s.photo(72, y, 90, 120)
    gd, tg = fdate(grad.isoformat(), rng.choice(("cn", "hz")), month=True)
    end = s.text(200, y + 20, f"主考学校：{school}", 14)
    s.seal(end + rng.uniform(-6, 30), y + 8, 44, school)
    end = s.text(200, y + 70, "甘肃省高等教育自学考试委员会", 14)
    s.seal(end + rng.uniform(-10, 20), y + 60, 46, "甘肃省高等教育自学考试委员会")
    s.text(200, y + 120, f"毕业时间：{gd}", 14)
    s.text(s.w - 72, s.h - 66, f"证书编号：{cert}", 11, align="right")
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": school, "major": q["major"],
             "level": level, "graduation_date": tg, "certificate_no": cert}
    return Drawn(paper, truth, grad.isoformat(), dpi=rng.choice((120, 130)))


# --------------------------------------------------------------------------
# degree
# --------------------------------------------------------------------------

@family("deg_master_prose", "degree", "scan",
        "2000s 硕士学位证书 booklet page: '已通过硕士学位的课程考试和论文答辩', number under the photo")
def deg_master_prose(p: dict, rng: random.Random, face: str) -> Drawn:
    q = dict(p, school=rng.choice(("兰州交通大学", "西北民族大学", "兰州理工大学", "西北大学", "兰州财经大学")))
    q = redate(q, rng, rng.randint(2003, 2014), level="硕士研究生")
    paper = Paper(face, (640.0, 450.0))
    s = paper[0]
    _frame(s, grey=0.45)
    s.text(s.w / 2, 72, "硕士学位证书", 28, align="center", track=8)
    s.photo(52, 108, 90, 120)
    s.seal(52 + 88, 108 + 116, 28, q["school"], color=STEEL)
    no = q["degree_certificate_no"]
    if rng.random() < 0.5:
        s.text(52, 252, "证书编号", 9.5)
        s.text(52, 267, no, 9.5)
    else:
        s.text(46, 256, f"证书编号：{no}", 8)
    birth = fdate(q["birth_date"], "hz")[0]
    where = rng.choice((f"{q['major']}学科（专业）", f"{q['major']}专业"))
    text = (f"{q['name']}，{q['gender']}，{birth}生。在{where}已通过硕士学位的课程考试和论文答辩，成绩合格。"
            f"根据《中华人民共和国学位条例》的规定，授予{q['discipline']}硕士学位。")
    s.para(170, 118, text, s.w - 170 - 48, 14, leading=2.0, indent=28, track=rng.choice((0.0, 1.0)))
    y = 330
    s.text(250, y, q["school"], 15, track=2)
    s.text(250, y + 32, f"学位评定委员会主席  {q['principal']}", 13)
    s.seal(300, y - 6, 42, q["school"])
    award, ta = fdate(q["award_date"], "hz")
    s.text(s.w - 52, y + 70, award, 13, align="right")
    truth = {"name": q["name"], "degree": "硕士", "major": q["major"], "award_date": ta,
             "degree_certificate_no": no}
    return Drawn(paper, truth, q["award_date"], dpi=rng.choice((150, 160)))


# --------------------------------------------------------------------------
# papers
# --------------------------------------------------------------------------

ENGLISH = {"环境工程": "ENVIRONMENTAL ENGINEERING",
           "公路交通科技": "Journal of Highway and Transportation Research and Development",
           "甘肃科学学报": "Journal of Gansu Sciences", "建筑结构": "Building Structure",
           "中国给水排水": "CHINA WATER & WASTEWATER", "西北民族大学学报(自然科学版)":
           "Journal of Northwest Minzu University (Natural Science)", "兰州交通大学学报":
           "Journal of Lanzhou Jiaotong University", "电力系统保护与控制": "Power System Protection and Control",
           "工业建筑": "Industrial Construction", "化工进展": "Chemical Industry and Engineering Progress",
           "水利水电技术": "Water Resources and Hydropower Engineering",
           "计算机工程与应用": "Computer Engineering and Applications"}
FIRST_VOLUME = {"环境工程": 1983, "公路交通科技": 1984, "甘肃科学学报": 1989, "建筑结构": 1971, "中国给水排水": 1985,
                "西北民族大学学报(自然科学版)": 1980, "兰州交通大学学报": 1982, "电力系统保护与控制": 1973,
                "工业建筑": 1971, "化工进展": 1982, "水利水电技术": 1970, "计算机工程与应用": 1965}
CLASS = {"X": ("X703", "X705", "X52"), "U": ("U416.217", "U414", "U451"), "TU": ("TU433", "TU991.33", "TU375"),
         "TV": ("TV697", "TV68"), "TM": ("TM615", "TM712"), "TQ": ("TQ021", "TQ085"), "TP": ("TP391", "TP18"),
         "N": ("N945", "TU443")}
UNITS_AFFIL = ("兰州交通大学 土木工程学院，甘肃 兰州 730070", "兰州理工大学 能源与动力工程学院，甘肃 兰州 730050",
               "甘肃省建筑设计研究院有限公司，甘肃 兰州 730030", "兰州新区水投集团有限公司，甘肃 兰州 730314",
               "中国市政工程西北设计研究院有限公司，甘肃 兰州 730000")
TEXT = ("西北黄土地区工程建设面临湿陷、冻融与干旱等多重不利条件。", "本文依托兰州新区某工程开展了为期两年的现场监测。",
        "监测数据显示，施工期变形速率明显高于运营期。", "对比分析表明，优化方案的各项指标均满足规范要求。",
        "考虑温度与荷载耦合作用建立了有限元模型。", "研究结论可为西北地区同类工程提供借鉴。",
        "结合工程实例，对关键参数进行了敏感性分析。", "试验段运行结果验证了该工艺在低温条件下的适用性。")
SECTIONS = ("研究与探讨", "试验研究", "工程实践", "设计与计算", "技术交流")


def _issue(p: dict, rng: random.Random, per: int | None = None) -> tuple[int, int, int]:
    """(year, issue, month): the month follows from the periodicity (semimonthly 第6期 = March)."""
    per = per or p["issues_per_year"]
    n = rng.randint(1, per)
    return p["pub_year"], n, {12: n, 24: (n + 1) // 2, 6: 2 * n, 4: 3 * n}[per]


def _column(s, x: float, y: float, width: float, text: str, size: float, bottom: float, heading: str = "") -> None:
    """Body text in one column, cut at the footnote (the page goes on overleaf)."""
    if heading:
        s.text(x, y, heading, size + 1)
        y += size * 2
    for i, line in enumerate(s.wrap(text, width, size, first=2 * size)):
        if y > bottom:
            return
        s.text(x + (2 * size if i == 0 else 0), y, line, size)
        y += size * 1.6


def _cls(cn: str, rng: random.Random) -> str:
    return rng.choice(CLASS.get(cn.split("/")[1], CLASS["TU"]))


def _received(y: int, m: int, rng: random.Random) -> tuple[str, str]:
    k = y * 12 + m - 1 - rng.randint(4, 9)
    recv = date(k // 12, k % 12 + 1, rng.randint(1, 28))
    rev = date.fromordinal(recv.toordinal() + rng.randint(20, 70))
    return recv.isoformat(), rev.isoformat()


def _bio(p: dict, rng: random.Random) -> str:
    a = p["authors"][0]
    born = rng.randint(1972, 1996)
    return (f"作者简介：{a}（{born}—），{rng.choice(('男', '女'))}，甘肃{rng.choice(('兰州', '天水', '武威', '临夏'))}人，"
            f"{rng.choice(('高级工程师', '工程师', '硕士研究生', '讲师'))}，主要研究方向为{rng.choice(('岩土工程', '水处理技术', '道路工程', '结构工程'))}。")


@family("pap_doc_code", "paper", "text",
        "中文核心 first page: '第N卷 第N期 | journal | YYYY年M月' header, ISSN only in the 文章编号, no CN")
def pap_doc_code(p: dict, rng: random.Random, face: str) -> Drawn:
    y, n, m = _issue(p, rng)
    j = p["journal"]
    vol = y - FIRST_VOLUME[j] + 1
    page1 = rng.randint(1, 160)
    paper = Paper(face, A4)
    s = paper[0]
    s.text(56, 38, f"第{vol}卷 第{n}期", 8.5)
    s.text(s.w / 2, 38, j, 9.5, align="center", track=3)
    s.text(s.w - 56, 38, f"{y}年{m}月", 8.5, align="right")
    top = 44
    if rng.random() < 0.6:
        s.text(56, 50, f"Vol.{vol} No.{n}", 7.5)
        s.text(s.w / 2, 50, ENGLISH[j], 7.5, align="center")
        s.text(s.w - 56, 50, f"{_MON[m - 1]} {y}", 7.5, align="right")
        top = 56
    s.line(56, top, s.w - 56, top, width=1.2)
    s.line(56, top + 2.5, s.w - 56, top + 2.5, width=0.4)
    s.text(56, top + 16, f"DOI：10.{rng.randint(13205, 19713)}/j.cnki.{rng.choice(('hjgc', 'gsjps', 'jzjg', 'gyjz'))}"
                         f".{y}{n:02d}{rng.randint(1, 30):03d}", 7.5)
    yy = top + 52
    for line in s.wrap(p["paper_title"], s.w - 140, 18):
        s.text(s.w / 2, yy, line, 18, align="center")
        yy += 26
    s.text(s.w / 2, yy + 6, ("，" if rng.random() < 0.5 else "  ").join(p["authors"]), 12, align="center")
    s.text(s.w / 2, yy + 26, f"（{rng.choice(UNITS_AFFIL)}）", 8.5, align="center")
    yy = s.para(70, yy + 52, "摘要：" + "".join(rng.sample(TEXT, 4)), s.w - 140, 9, leading=1.6)
    yy = s.para(70, yy, "关键词：" + "；".join(rng.sample(("黄土", "现场监测", "数值模拟", "低温", "再生水", "沉降"), 4)),
                s.w - 140, 9, leading=1.6)
    code = f"文章编号：{p['issn']}({y}){n:02d}-{page1:04d}-{rng.randint(4, 9):02d}"
    parts = [f"中图分类号：{_cls(p['cn'], rng)}", "文献标志码：A", code]
    if rng.random() < 0.4:
        parts = [parts[2], parts[0], parts[1]]
    s.text(70, yy + 2, "    ".join(parts), 9)
    s.text(s.w / 2, yy + 30, "Field Monitoring and Numerical Analysis of an Engineering Case in Northwest China",
           10.5, align="center")
    yy = s.para(70, yy + 50, "Abstract: Based on two years of field monitoring, the deformation and its controlling "
                             "factors were analysed and a staged control method was proposed.", s.w - 140, 8.5)
    col = (s.w - 112 - 18) / 2
    foot = 742
    _column(s, 56, yy + 22, col, "".join(rng.choice(TEXT) for _ in range(40)), 9.5, foot - 14,
            heading="0 引言")
    _column(s, 56 + col + 18, yy + 22, col, "".join(rng.choice(TEXT) for _ in range(50)), 9.5, 800)
    recv, rev = _received(y, m, rng)
    s.line(56, foot, 56 + col * 0.6, foot, width=0.4)
    s.text(56, foot + 12, f"收稿日期：{recv}；修回日期：{rev}", 7.5)
    s.text(56, foot + 24, f"基金项目：甘肃省自然科学基金资助项目（{y - 2 - 2000}JR{rng.randint(5, 7)}RA{rng.randint(100, 999)}）", 7.5)
    for i, line in enumerate(s.wrap(_bio(p, rng), col, 7.5)):
        s.text(56, foot + 36 + 11 * i, line, 7.5)
    truth = {"title": p["paper_title"], "authors": ";".join(p["authors"]), "journal": j, "issn": p["issn"],
             "published": f"{y:04d}-{m:02d}"}
    return Drawn(paper, truth, f"{y}-{m:02d}-25", producer=rng.choice(("Founder PDF Library", "PDFlib+PDI 9.2.0")))


@family("pap_footer_issue", "paper", "scan",
        "monthly journal first page photographed: '第N卷 YYYY年第N期' and ISSN/CN in the footer, 引用格式 line")
def pap_footer_issue(p: dict, rng: random.Random, face: str) -> Drawn:
    j = rng.choice([row for row in JOURNALS if row[3] == 12])
    p = dict(p, journal=j[0], issn=issn(j[1]), cn=j[2], issues_per_year=12)
    y, n, m = _issue(p, rng)
    vol = y - FIRST_VOLUME[p["journal"]] + 1
    page1 = rng.randint(1, 180)
    pages = rng.randint(4, 8)
    paper = Paper(face, A4)
    s = paper[0]
    tag = rng.choice(SECTIONS)
    s.box(56, 34, 56 + 13 * len(tag) + 14, 52, width=0.6, fill=0.85)
    s.text(63, 47.5, tag, 11)
    yy = 92
    for line in s.wrap(p["paper_title"], s.w - 112, 17):
        s.text(56, yy, line, 17)
        yy += 24
    s.text(56, yy + 4, "  ".join(p["authors"]) if rng.random() < 0.5 else "，".join(p["authors"]), 11.5)
    s.text(56, yy + 22, f"（{rng.choice(UNITS_AFFIL)}）", 8.5)
    yy = s.para(56, yy + 46, "[摘要] " + "".join(rng.sample(TEXT, 4)), s.w - 112, 9, leading=1.6)
    yy = s.para(56, yy, "[关键词] " + "；".join(rng.sample(("黄土", "现场监测", "数值模拟", "低温", "再生水", "沉降"), 3)),
                s.w - 112, 9, leading=1.6)
    s.text(56, yy + 2, f"中图分类号：{_cls(p['cn'], rng)}    文献标识码：A", 9)
    names = p["authors"][:3] + (["等"] if len(p["authors"]) > 3 else [])
    cite = (f"引用格式：{', '.join(names)}. {p['paper_title']}[J]. {p['journal']}, {y}, {vol}({n}): "
            f"{page1}-{page1 + pages - 1}.")
    yy = s.para(56, yy + 20, cite, s.w - 112, 8.5, leading=1.5)
    s.text(56, yy, f"DOI：10.{rng.randint(13205, 19713)}/j.issn.{p['issn']}.{y}.{n:02d}.{rng.randint(1, 40):03d}", 8)
    col = (s.w - 112 - 18) / 2
    foot = 735
    _column(s, 56, yy + 26, col, "".join(rng.choice(TEXT) for _ in range(40)), 9.5, foot - 14,
            heading="0 引言")
    _column(s, 56 + col + 18, yy + 26, col, "".join(rng.choice(TEXT) for _ in range(50)), 9.5, 780)
    recv, _ = _received(y, m, rng)
    s.line(56, foot, 56 + col * 0.6, foot, width=0.4)
    s.text(56, foot + 12, f"收稿日期：{recv}", 7.5)
    for i, line in enumerate(s.wrap(_bio(p, rng), col, 7.5)):
        s.text(56, foot + 24 + 11 * i, line, 7.5)
    s.line(56, 796, s.w - 56, 796, width=0.5)
    s.text(56, 810, f"{p['journal']}  第{vol}卷  {y}年第{n}期", 9)
    s.text(s.w / 2, 810, f"· {page1} ·", 9, align="center")
    s.text(s.w - 56, 810, f"ISSN {p['issn']}  CN {p['cn']}", 8.5, align="right")
    truth = {"title": p["paper_title"], "authors": ";".join(p["authors"]), "journal": p["journal"],
             "issn": p["issn"], "cn": p["cn"], "published": f"{y:04d}-{m:02d}"}
    return Drawn(paper, truth, f"{y}-{m:02d}-15", dpi=rng.choice((125, 135)))
