"""Third round of held-out families (issue 12: "when a held-out family fails, fix
the method, move that family to 'seen', and draw a new held-out family").
Written from real documents' layouts and wording, without looking at the parsers.

Diplomas:
* dip_2010s_portrait_desk — the 2010s 普通高等学校毕业证书 on the 教育部 template,
  portrait: photo top left, "学生 X ，性别 X ，…生，于…至…在本校 X 专业四年制本科
  学习，修完教学计划规定的全部课程，成绩合格，准予毕业。" filled into the blanks,
  校名 over 校（院）长 on the left, the date on the right, then 证书编号 and the
  学信网 查询网址 line at the foot; photographed on a desk (perspective, uneven light);
* dip_online_flat — a 网络教育 (现代远程教育) 毕业证书 of a pilot university,
  landscape, the university's name above the title, the photo top right: spring
  or autumn intake, 专科起点本科 (or 高中起点专科), 学制二年半 and graduation in
  January or July, the type-7 number (contract §6); a flat scan.
Degree:
* deg_prof_master — a 2010s 硕士专业学位 certificate (在职 工程硕士 / 教育硕士):
  "在建筑与土木工程领域…授予工程硕士专业学位", awarded in June or December, the
  学位授予单位 and 主席 right, the date under them, the number alone at the foot.
Papers:
* pap_xuebao_bilingual — a university 学报 first page (text): the running head
  in Chinese and English ("Journal of Lanzhou Jiaotong University, Vol.40 No.2,
  Apr. 2021"), the ISSN only in the DOI (10.3969/j.issn.…) and the 文章编号, no CN,
  收稿日期 / 基金项目 / 作者简介 / 通信作者 footnotes;
* pap_total_issue_photo — a provincial monthly's article page photographed:
  "2022年第5期（总第186期）" and the 栏目 on top, 【摘要】/【关键词】 in brackets,
  authors with their unit in parentheses on one line, and ISSN/CN only in the
  page footer.
"""
from __future__ import annotations

import random
from datetime import date

from .draw import A4, A4L, Paper
from .facts import MAJORS, id_check, issn, redate
from .registry import Drawn, family, fdate, hz_num

STEEL = (0.55, 0.55, 0.55)   # a 钢印 photographs as a grey ring
_MON = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()


def _born(q: dict, birth: date) -> dict:
    """The holder born on another day; the ID number follows (sequence and sex kept)."""
    body = q["id_number"][:6] + f"{birth:%Y%m%d}" + q["id_number"][14:17]
    return dict(q, birth_date=birth.isoformat(), id_number=body + id_check(body))


def _border(s, grey: float) -> None:
    s.box(18, 18, s.w - 18, s.h - 18, width=3.0, grey=grey)
    s.box(27, 27, s.w - 27, s.h - 27, width=0.8, grey=grey)
    for x, y in ((27, 27), (s.w - 27, 27), (27, s.h - 27), (s.w - 27, s.h - 27)):   # corner ornaments
        s.box(x - 5, y - 5, x + 5, y + 5, width=0.8, grey=grey, fill=1.0)


# --------------------------------------------------------------------------
# diplomas
# --------------------------------------------------------------------------

_CHSI = ("查询网址：http://www.chsi.com.cn", "学信网查询网址：www.chsi.com.cn",
         "中国高等教育学生信息网（学信网）查询网址：http://www.chsi.com.cn")


@family("dip_2010s_portrait_desk", "diploma", "scan",
        "2010s 普通高等学校毕业证书, 教育部 template, portrait: photo top left, values in the blanks, "
        "校名/校（院）长 left, 证书编号 and 学信网 查询网址 at the foot; photographed on a desk")
def dip_2010s_portrait_desk(p: dict, rng: random.Random, face: str) -> Drawn:
    level = rng.choice(("本科", "本科", "本科", "大专"))
    q = redate(p, rng, rng.randint(2012, 2020), level=level)
    years = 5 if q["major"] == "临床医学" else q["years"]
    start = date(int(q["graduation_date"][:4]) - years, 9, 1)
    q = _born(q, date(start.year - rng.randint(17, 19), rng.randint(1, 12), rng.randint(1, 28)))
    style = rng.choice(("hz", "hz", "cn"))
    birth, tb = fdate(q["birth_date"], style)
    st, ts = fdate(start.isoformat(), style, month=True)
    gd, tg = fdate(q["graduation_date"], style, month=True)
    lvl = "本科" if level == "本科" else "专科"
    paper = Paper(face, A4)
    s = paper[0]
    _border(s, grey=rng.choice((0.3, 0.45)))
    s.text(s.w / 2, 112, "普通高等学校", 17, align="center", track=5)
    s.text(s.w / 2, 168, "毕业证书", 38, align="center", track=14)
    s.photo(72, 208, 96, 128)
    s.seal(72 + 90, 208 + 118, 32, q["school"], color=STEEL)
    text = (f"学生 {q['name']} ，性别 {q['gender']} ，{birth}生，于{st}至{gd}在本校 {q['major']} "
            f"专业{hz_num(years)}年制{lvl}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    size = rng.choice((15, 16))
    y = s.para(72, 392, text, s.w - 144, size, leading=2.2, indent=2 * size, track=rng.choice((0.0, 1.0)))
    y = max(y + 60, 600)
    s.text(84, y, f"校名：{q['school']}", 15)
    s.seal(84 + 15 * 3 + 40, y - 8, 46, q["school"])
    s.text(84, y + 40, f"校（院）长：{q['principal']}", 15)
    issued, _ = fdate(q["graduation_date"], style)
    s.text(s.w - 84, y + rng.choice((0, 40, 80)), issued, 14, align="right")
    no = q["certificate_no"]
    s.text(84, s.h - 92, rng.choice(("证书编号：", "证书编号 ")) + no, 12)
    s.text(84, s.h - 68, rng.choice(_CHSI), 9.5)
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": q["school"], "major": q["major"],
             "level": level, "start_date": ts, "graduation_date": tg, "certificate_no": no}
    return Drawn(paper, truth, q["graduation_date"], dpi=rng.choice((140, 150)), level=3)


# pilot universities of 现代远程教育 (网络教育) with their 5-digit codes
ONLINE_SCHOOLS = {"兰州大学": "10730", "西安交通大学": "10698", "北京交通大学": "10004", "西南交通大学": "10613",
                  "东北财经大学": "10173", "吉林大学": "10183", "天津大学": "10056", "大连理工大学": "10141"}
ONLINE_MAJORS = {"本科": ("土木工程", "工程管理", "会计学", "计算机科学与技术", "电气工程及其自动化", "汉语言文学",
                          "工商管理", "行政管理"),
                 "大专": ("建筑工程技术", "工程造价", "会计", "计算机应用技术", "行政管理")}


@family("dip_online_flat", "diploma", "scan",
        "网络教育 毕业证书 of a pilot university, landscape: 专科起点本科, 学制二年半, spring/autumn intake, "
        "type-7 number bottom left; a flat scan")
def dip_online_flat(p: dict, rng: random.Random, face: str) -> Drawn:
    level = rng.choice(("本科", "本科", "本科", "大专"))
    school = rng.choice(sorted(ONLINE_SCHOOLS))
    major = rng.choice(ONLINE_MAJORS[level])
    start = date(rng.randint(2010, 2019), rng.choice((3, 9)), 1)
    terms = 5 + rng.choice((0, 0, 0, 1, 2))       # five semesters at least, some take longer
    k = start.year * 12 + start.month - 1 + 6 * terms - 2   # March + 5 terms → July two years on
    grad = date(k // 12, k % 12 + 1, rng.choice((10, 15, 20)) if k % 12 == 0 else rng.choice((1, 5, 10)))
    q = _born(p, date(start.year - rng.randint(21, 38), rng.randint(1, 12), rng.randint(1, 28)))
    cert = f"{ONLINE_SCHOOLS[school]}7{grad.year}{'05' if level == '本科' else '06'}{rng.randrange(1, 999999):06d}"
    layer = "专科起点本科" if level == "本科" else "高中起点专科"
    style = rng.choice(("cn", "cn", "hz"))
    birth, tb = fdate(q["birth_date"], style)
    st, ts = fdate(start.isoformat(), style, month=True)
    gd, tg = fdate(grad.isoformat(), style, month=True)
    paper = Paper(face, A4L)
    s = paper[0]
    _border(s, grey=0.5)
    s.text(s.w / 2, 84, school, 22, align="center", track=6)
    s.text(s.w / 2, 132, "毕 业 证 书", 32, align="center", track=6)
    s.photo(s.w - 178, 158, 96, 128)
    s.seal(s.w - 178 + 4, 158 + 120, 30, school, color=STEEL)
    width = s.w - 178 - 40 - 84
    size = rng.choice((14, 15))
    if rng.random() < 0.5:   # 学习形式 after the major, 层次 and 学制 in the sentence
        text = (f"学生{q['name']}，性别{q['gender']}，{birth}生，于{st}至{gd}在本校{major}专业（网络教育）"
                f"{layer}学习，学制二年半，修完教学计划规定的全部课程，成绩合格，准予毕业。")
        y = s.para(84, 180, text, width, size, leading=2.0, indent=2 * size)
    else:                    # the sentence, then one row of labels
        text = (f"学生{q['name']}，性别{q['gender']}，{birth}生，于{st}至{gd}在本校{major}专业学习，"
                f"修完教学计划规定的全部课程，成绩合格，准予毕业。")
        y = s.para(84, 180, text, width, size, leading=2.0, indent=2 * size)
        x = 84
        for lab, v in (("学习形式", "网络教育"), ("层次", layer), ("学制", "二年半")):
            x = s.text(x, y + 8, f"{lab}：{v}", 12.5) + 28
        y += 30
    yb = max(y + 50, s.h - 160)
    s.text(s.w - 96, yb, school, 16, align="right", track=2)
    s.seal(s.w - 96 - 60, yb - 10, 46, school)
    s.text(s.w - 96, yb + 32, f"校长：{q['principal']}", 14, align="right")
    issued, _ = fdate(grad.isoformat(), style)
    s.text(s.w - 96, yb + 64, issued, 14, align="right")
    s.text(84, yb + 32, f"证书编号：{cert}", 12)
    s.text(84, yb + 54, "本证书可在中国高等教育学生信息网（www.chsi.com.cn）查询", 9)
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": school, "major": major,
             "level": level, "start_date": ts, "graduation_date": tg, "certificate_no": cert}
    return Drawn(paper, truth, grad.isoformat(), dpi=rng.choice((130, 150)), level=1)


# --------------------------------------------------------------------------
# degree
# --------------------------------------------------------------------------

PROF_SCHOOLS = {"兰州交通大学": ("10732", "工程"), "兰州理工大学": ("10731", "工程"), "兰州大学": ("10730", "工程"),
                "西北师范大学": ("10736", "教育"), "西北民族大学": ("10742", "教育")}
PROF_FIELDS = {"工程": ("建筑与土木工程", "交通运输工程", "环境工程", "电气工程", "计算机技术", "项目管理", "测绘工程",
                        "水利工程", "化学工程"),
               "教育": ("教育管理", "学科教学（语文）", "学科教学（数学）", "学科教学（英语）", "现代教育技术",
                        "心理健康教育", "小学教育")}


@family("deg_prof_master", "degree", "scan",
        "2010s 硕士专业学位 certificate (工程硕士/教育硕士): '在…领域…授予工程硕士专业学位', number alone at the foot")
def deg_prof_master(p: dict, rng: random.Random, face: str) -> Drawn:
    school = rng.choice(sorted(PROF_SCHOOLS))
    code, kind = PROF_SCHOOLS[school]
    field = rng.choice(PROF_FIELDS[kind])
    award = date(rng.randint(2010, 2019), rng.choice((6, 12)), rng.choice((10, 20, 25, 30)))
    q = _born(p, date(award.year - rng.randint(27, 42), rng.randint(1, 12), rng.randint(1, 28)))
    no = f"{code}3{award.year}{rng.randrange(1, 999999):06d}"
    paper = Paper(face, (480.0, 680.0))
    s = paper[0]
    _border(s, grey=0.4)
    s.text(s.w / 2, 92, rng.choice(("硕士学位证书", "硕士专业学位证书")), 26, align="center", track=6)
    s.photo(58, 128, 84, 112)
    s.seal(58 + 82, 128 + 108, 28, school, color=STEEL)
    style = rng.choice(("hz", "cn"))
    birth = fdate(q["birth_date"], style)[0]
    if rng.random() < 0.5:
        text = (f"{q['name']}，{q['gender']}，{birth}生。在{field}领域完成了{kind}硕士专业学位研究生的学习，"
                f"通过了学位论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{kind}硕士专业学位。")
    else:
        text = (f"{q['name']}，{q['gender']}，{birth}生，在本单位{field}领域攻读{kind}硕士专业学位，已通过规定的"
                f"课程考试和学位论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{kind}硕士专业学位。")
    y = s.para(58, 282, text, s.w - 116, 14, leading=2.1, indent=28)
    y = max(y + 50, 500)
    s.text(s.w - 64, y, f"学位授予单位：{school}", 13, align="right")
    s.seal(s.w - 64 - 70, y - 8, 42, school)
    s.text(s.w - 64, y + 30, f"学位评定委员会主席：{q['principal']}", 13, align="right")
    month_only = rng.random() < 0.4
    when, ta = fdate(award.isoformat(), style, month=month_only)
    s.text(s.w - 64, y + 62, when, 13, align="right")
    s.text(58, s.h - 52, f"证书编号：{no}", 10)
    truth = {"name": q["name"], "degree": "硕士", "major": field, "award_date": ta, "degree_certificate_no": no}
    return Drawn(paper, truth, award.isoformat(), dpi=rng.choice((160, 180)))


# --------------------------------------------------------------------------
# papers
# --------------------------------------------------------------------------

# university 学报 (bimonthly): ISSN first 7 digits, English name, the year of volume 1, DOI journal code
XUEBAO = {"兰州交通大学学报": ("1001437", "Journal of Lanzhou Jiaotong University", 1982),
          "兰州理工大学学报": ("1673519", "Journal of Lanzhou University of Technology", 1975),
          "兰州大学学报(自然科学版)": ("0455205", "Journal of Lanzhou University (Natural Sciences)", 1965),
          "甘肃农业大学学报": ("1003431", "Journal of Gansu Agricultural University", 1966),
          "西北师范大学学报(自然科学版)": ("1001988", "Journal of Northwest Normal University (Natural Science)", 1965)}
# provincial monthlies: ISSN first 7 digits, CN, a year and the 总第 number of its first issue
MONTHLIES = {"四川建材": ("1672401", "51-1301/TU", 2008, 1), "低温建筑技术": ("1001686", "23-1248/TU", 2009, 110),
             "西部交通科技": ("1673487", "45-1344/U", 2010, 1), "四川水泥": ("1007634", "51-1178/TU", 2012, 150)}
AFFIL = ("兰州交通大学 土木工程学院，甘肃 兰州 730070", "兰州理工大学 土木工程学院，甘肃 兰州 730050",
         "兰州大学 资源环境学院，甘肃 兰州 730000", "甘肃农业大学 水利水电工程学院，甘肃 兰州 730070",
         "西北师范大学 地理与环境科学学院，甘肃 兰州 730070")
UNITS = ("兰州新区城市发展投资集团有限公司，甘肃 兰州 730314", "甘肃省建筑设计研究院有限公司，甘肃 兰州 730030",
         "中铁二十一局集团第四工程有限公司，甘肃 兰州 730000", "兰州新区建设工程质量安全监督站，甘肃 兰州 730314")
SENT = ("以兰州新区某工程为背景，分析了施工过程中的关键问题。", "现场实测结果与计算结果吻合较好。",
        "结果表明，改进措施使结构变形减小约三成。", "建立了考虑冻融循环影响的计算模型。",
        "在此基础上提出了适用于西北寒旱地区的设计建议。", "该方法已在多个项目中推广应用，取得了良好效果。",
        "对比了三种方案的经济性与可靠性。", "文中数据来源于两年的连续观测。")
SECTIONS = ("工程技术", "建筑设计", "道路桥梁", "施工技术", "试验研究", "工程管理")


def _body(s, x: float, y: float, width: float, rng: random.Random, bottom: float, size: float = 9.5,
          indent: bool = True) -> None:
    """Body text cut at ``bottom``; a column continued from the left one starts without indent."""
    first = 2 * size if indent else 0.0
    for i, line in enumerate(s.wrap("".join(rng.choice(SENT) for _ in range(100)), width, size, first=first)):
        if y > bottom:
            return
        s.text(x + (first if i == 0 else 0), y, line, size)
        y += size * 1.65


def _recv(y: int, m: int, rng: random.Random) -> date:
    k = y * 12 + m - 1 - rng.randint(4, 10)
    return date(k // 12, k % 12 + 1, rng.randint(1, 28))


@family("pap_xuebao_bilingual", "paper", "text",
        "学报 first page: Chinese and English running head ('…, Vol.40 No.2, Apr. 2021'), ISSN only in the DOI "
        "and 文章编号, no CN, 收稿日期/基金项目 footnotes")
def pap_xuebao_bilingual(p: dict, rng: random.Random, face: str) -> Drawn:
    j = rng.choice(sorted(XUEBAO))
    first7, english, vol1 = XUEBAO[j]
    sn = issn(first7)
    y, n = p["pub_year"], rng.randint(1, 6)
    m, vol = 2 * n, p["pub_year"] - vol1 + 1
    paper = Paper(face, A4)
    s = paper[0]
    if rng.random() < 0.5:   # English head over the Chinese one
        s.text(s.w / 2, 36, f"{english}, Vol.{vol} No.{n}, {_MON[m - 1]} {y}", 8.5, align="center")
        s.text(56, 50, f"第{vol}卷 第{n}期", 8.5)
        s.text(s.w / 2, 50, j, 9.5, align="center", track=2)
        s.text(s.w - 56, 50, f"{y}年{m}月", 8.5, align="right")
    else:                    # Chinese left and English right on two lines each
        s.text(56, 36, j, 10, track=3)
        s.text(s.w - 56, 36, f"第{vol}卷第{n}期 {y}年{m}月", 8.5, align="right")
        s.text(56, 50, english, 8)
        s.text(s.w - 56, 50, f"Vol.{vol} No.{n} {_MON[m - 1]} {y}", 8, align="right")
    s.line(56, 56, s.w - 56, 56, width=0.8)
    s.text(56, 70, f"DOI：10.3969/j.issn.{sn}.{y}.{n:02d}.{rng.randint(1, 24):03d}", 7.5)
    yy = 108
    for line in s.wrap(p["paper_title"], s.w - 150, 19):
        s.text(s.w / 2, yy, line, 19, align="center")
        yy += 27
    s.text(s.w / 2, yy + 4, "，".join(p["authors"]) if rng.random() < 0.6 else "  ".join(p["authors"]), 12,
           align="center")
    s.text(s.w / 2, yy + 24, f"（{rng.choice(AFFIL)}）", 8.5, align="center")
    yy = s.para(72, yy + 50, "摘  要：" + "".join(rng.sample(SENT, 5)), s.w - 144, 9, leading=1.6)
    yy = s.para(72, yy, "关键词：" + "；".join(rng.sample(("冻融循环", "黄土", "现场试验", "数值模拟", "寒旱区",
                                                          "变形控制"), 4)), s.w - 144, 9, leading=1.6)
    page1 = rng.randint(1, 150)
    s.text(72, yy + 2, f"中图分类号：{rng.choice(('TU443', 'U416.1', 'S277.7', 'X52'))}    文献标志码：A    "
                       f"文章编号：{sn}({y}){n:02d}-{page1:04d}-{rng.randint(5, 9):02d}", 8.5)
    s.text(s.w / 2, yy + 28, "Analysis of Field Tests on an Engineering Case in the Cold and Arid Region",
           10.5, align="center")
    yy = s.para(72, yy + 46, "Abstract: Field tests and numerical analysis were combined to study the deformation; "
                             "a control method for the cold and arid region is proposed.", s.w - 144, 8.5)
    col, foot = (s.w - 112 - 16) / 2, 728
    s.text(56, yy + 20, "0 引言", 10.5)
    _body(s, 56, yy + 40, col, rng, foot - 14)
    _body(s, 56 + col + 16, yy + 20, col, rng, 800, indent=False)
    recv = _recv(y, m, rng)
    s.line(56, foot, 56 + col * 0.55, foot, width=0.4)
    lines = [f"收稿日期：{fdate(recv.isoformat(), rng.choice(('iso', 'cn')))[0]}",
             f"基金项目：国家自然科学基金（{rng.choice((4, 5))}{rng.randrange(10**7):07d}）；甘肃省高等学校创新能力提升项目"
             f"（{y - 2}A-{rng.randint(10, 150):03d}）",
             f"作者简介：{p['authors'][0]}（{rng.randint(1975, 1995)}—），{rng.choice('男女')}，甘肃"
             f"{rng.choice(('兰州', '天水', '张掖', '平凉'))}人，{rng.choice(('副教授', '讲师', '高级工程师'))}，"
             f"{rng.choice(('硕士', '博士'))}，主要研究方向为{rng.choice(('岩土工程', '道路工程', '农业水土工程'))}。"]
    if len(p["authors"]) > 1:
        lines.append(f"通信作者：{p['authors'][-1]}，E-mail：{rng.randint(1000, 9999)}@163.com")
    yy = foot + 11
    for ln in lines:
        for part in s.wrap(ln, col, 7.5):
            s.text(56, yy, part, 7.5)
            yy += 10.5
    truth = {"title": p["paper_title"], "authors": ";".join(p["authors"]), "journal": j, "issn": sn,
             "published": f"{y:04d}-{m:02d}"}
    return Drawn(paper, truth, f"{y}-{m:02d}-28", producer=rng.choice(("Founder PDF Library", "Adobe PDF Library 17.0")))


@family("pap_total_issue_photo", "paper", "scan",
        "provincial monthly's page photographed: 'YYYY年第N期（总第N期）' and the 栏目 on top, 【摘要】 brackets, "
        "ISSN/CN only in the page footer")
def pap_total_issue_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    j = rng.choice(sorted(MONTHLIES))
    first7, cn, y0, total0 = MONTHLIES[j]
    sn = issn(first7)
    y, n = max(p["pub_year"], y0 + 1), rng.randint(1, 12)
    total = total0 + (y - y0) * 12 + n - 1
    paper = Paper(face, A4)
    s = paper[0]
    paren = rng.choice((("（", "）"), ("(", ")")))
    head = f"{y}年第{n}期{paren[0]}总第{total}期{paren[1]}"
    named_on_top = rng.random() < 0.5
    s.text(56, 40, (f"{j}  " if named_on_top else "") + head, 9)
    tag = rng.choice(SECTIONS)
    if rng.random() < 0.5:
        s.box(s.w - 56 - 12 * len(tag) - 16, 27, s.w - 56, 45, width=0, fill=0.2)
        s.text(s.w - 64, 40.5, tag, 11, align="right", track=1, color=(1.0, 1.0, 1.0))
    else:
        s.text(s.w - 56, 40, f"| {tag} |", 10.5, align="right")
    s.line(56, 49, s.w - 56, 49, width=0.6)
    yy = 90
    for line in s.wrap(p["paper_title"], s.w - 112, 17):
        s.text(s.w / 2, yy, line, 17, align="center")
        yy += 24
    unit = rng.choice(UNITS)
    sep = rng.choice(("，", "  "))
    if rng.random() < 0.5:
        s.text(s.w / 2, yy + 6, f"{sep.join(p['authors'])}（{unit}）", 10.5, align="center")
        yy += 34
    else:
        s.text(s.w / 2, yy + 6, sep.join(p["authors"]), 11.5, align="center")
        s.text(s.w / 2, yy + 24, f"（{unit}）", 9, align="center")
        yy += 50
    yy = s.para(64, yy, "【摘要】" + "".join(rng.sample(SENT, 4)), s.w - 128, 9.5, leading=1.6)
    yy = s.para(64, yy, "【关键词】" + "；".join(rng.sample(("施工技术", "质量控制", "寒旱地区", "混凝土", "路基",
                                                          "监测"), 3)), s.w - 128, 9.5, leading=1.6)
    s.text(64, yy + 2, f"【中图分类号】{rng.choice(('TU755', 'U416.1', 'TU528', 'U445'))}  【文献标识码】A", 9.5)
    _body(s, 56, yy + 34, s.w - 112, rng, 730, size=10.5)
    s.line(56, 748, 180, 748, width=0.4)
    s.text(56, 760, f"收稿日期：{_recv(y, n, rng).isoformat()}", 8)
    s.text(56, 772, f"作者简介：{p['authors'][0]}（{rng.randint(1975, 1996)}—），{rng.choice('男女')}，"
                    f"{rng.choice(('本科', '硕士'))}，{rng.choice(('工程师', '高级工程师', '助理工程师'))}，"
                    f"研究方向为{rng.choice(('建筑施工', '道路工程', '工程管理'))}。", 8)
    s.line(56, 796, s.w - 56, 796, width=0.5)
    page = rng.randint(20, 220)
    s.text(56 if page % 2 == 0 else s.w - 56, 812, f"· {page} ·", 9, align="left" if page % 2 == 0 else "right")
    foot = ("" if named_on_top else f"{j}  ") + f"ISSN {sn}  CN {cn}"
    s.text(s.w / 2, 812, foot, 9, align="center")
    truth = {"title": p["paper_title"], "authors": ";".join(p["authors"]), "journal": j, "issn": sn, "cn": cn,
             "published": f"{y:04d}-{n:02d}"}
    return Drawn(paper, truth, f"{y}-{n:02d}-20", dpi=rng.choice((130, 140)), level=3)
