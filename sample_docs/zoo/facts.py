"""Values for the zoo's documents: people, schools, units, journals, numbers.

Independent of ``sample_docs.people`` (other pools, other habits) but with the
same reference facts (contract §6): ID numbers carry the GB 11643 check
character, 毕业证书编号 = school(5) + type(1) + year(4) + level(2) + serial(6),
学位证书编号 = unit(5) + level(1) + year(4) + serial(6), ISSNs carry their check
digit and CN numbers a real region code. Names include rare characters (高霞琰,
王喆), compound surnames (欧阳, 司马) and minority names; schools include
民族 inside the name (西北民族大学) and names ending 学院.
"""
from __future__ import annotations

import random
from datetime import date

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

NAMES_M = ("李建军 王喆 邓堃 刘彧 陈昇 欧阳振华 司马俊杰 扎西多吉 马木提江 张晓东 赵子龙 何培元 "
           "周垚 韦国栋 包巴特尔 杨浩然 牛犇 上官云飞 蒲永刚 敬德明 苟文斌 把春生").split()
NAMES_F = ("高霞琰 张玥 赵珺 周淼 李婧 诸葛晓燕 皇甫丽娜 卓玛措 阿依古丽 马海燕 冯雪 孙娅楠 苏璟瑜 "
           "曹昕怡 钟芃 何姗姗 尕藏卓玛 闫雯雯 瞿颖 妥晓梅").split()

# school → (5-digit code, kind) — kinds decide which levels it awards
SCHOOLS = {
    "西北民族大学": ("10742", "u"), "兰州交通大学": ("10732", "u"), "西北大学": ("10697", "u"),
    "兰州理工大学": ("10731", "u"), "北方民族大学": ("11407", "u"), "中南民族大学": ("10524", "u"),
    "西南民族大学": ("10656", "u"), "甘肃政法大学": ("11406", "u"), "兰州财经大学": ("10741", "u"),
    "甘肃中医药大学": ("10735", "u"), "天水师范学院": ("10738", "c"), "河西学院": ("10740", "c"),
    "兰州城市学院": ("10737", "c"), "甘肃民族师范学院": ("10748", "c"), "陇东学院": ("10739", "c"),
    "甘肃建筑职业技术学院": ("13985", "v"), "兰州石化职业技术学院": ("12832", "v"),
    "武威职业学院": ("14052", "v"), "甘肃林业职业技术学院": ("12850", "v"),
}
MAJORS = ("土木工程 给排水科学与工程 电气工程及其自动化 计算机科学与技术 环境工程 工程管理 汉语言文学 "
          "会计学 测绘工程 化学工程与工艺 道路桥梁与渡河工程 临床医学 民族学 数学与应用数学").split()
VOC_MAJORS = ("建筑工程技术 工程造价 石油化工技术 供用电技术 园林技术 市政工程技术 会计").split()
DISCIPLINE = {"土木工程": "工学", "给排水科学与工程": "工学", "电气工程及其自动化": "工学",
              "计算机科学与技术": "工学", "环境工程": "工学", "工程管理": "管理学", "汉语言文学": "文学",
              "会计学": "管理学", "测绘工程": "工学", "化学工程与工艺": "工学", "道路桥梁与渡河工程": "工学",
              "临床医学": "医学", "民族学": "法学", "数学与应用数学": "理学"}
LEVEL_CODE = {"本科": "05", "大专": "06", "硕士研究生": "02"}
DEGREE_LEVEL = {"学士": "4", "硕士": "3", "博士": "2"}

UNITS = ("兰州新区城市发展投资集团有限公司 甘肃省交通规划勘察设计院股份有限公司 兰州新区第三人民医院 "
         "兰州新区秦川园区管理服务中心 甘肃中川环保工程技术有限公司 兰州新区职业教育园区建设发展有限公司 "
         "兰州新区西岔学校 甘肃兰新民族团结实业有限公司 兰州新区综合保税区运营管理有限公司 "
         "中国铁建大桥工程局集团第五工程有限公司 兰州新区水投集团有限公司").split()
POSITIONS = ("技术员 工程师 项目技术负责人 设计员 主管护师 施工员 安全员 专职教师 研发工程师 "
             "技术部副部长 质量检测员").split()
REGIONS = ("620121 620122 620123 620102 620104 620105 620111 620502 620602 620702 621102 622901 "
           "623001 630102 640104 650102 622921 623021").split()

# journals: title, ISSN first 7 digits, CN (region code from GB/T 2260), periodicity (issues / year)
JOURNALS = (("环境工程", "1000894", "11-2097/X", 12), ("公路交通科技", "1002026", "11-2279/U", 12),
            ("甘肃科学学报", "1004036", "62-1053/N", 6), ("建筑结构", "1002848", "11-2833/TU", 24),
            ("中国给水排水", "1000460", "12-1073/TU", 24), ("西北民族大学学报(自然科学版)", "1009283", "62-1188/N", 4),
            ("兰州交通大学学报", "1001437", "62-1183/U", 6), ("电力系统保护与控制", "1674341", "41-1401/TM", 24),
            ("工业建筑", "1000898", "11-2068/TU", 12), ("化工进展", "1000661", "11-1954/TQ", 12),
            ("水利水电技术", "1000086", "11-1757/TV", 12), ("计算机工程与应用", "1002833", "11-2127/TP", 24))

TITLE_A = ("黄土高填方地基", "寒旱区污水处理厂", "装配式综合管廊", "高原公路沥青路面", "城市供水管网漏损",
           "分布式光伏并网", "湿陷性黄土隧道", "石化园区危废", "民族地区职业教育", "西北干旱区再生水")
TITLE_B = ("沉降规律", "低温运行", "节点受力性能", "抗车辙性能", "分区计量", "电能质量", "初期支护变形",
           "处置工艺", "课程体系", "回用水质")
TITLE_C = ("试验研究", "分析与对策", "优化设计", "实测分析", "应用研究", "数值模拟研究")


def id_check(body17: str) -> str:
    return ID_CHECK[sum(int(d) * w for d, w in zip(body17, ID_WEIGHTS)) % 11]


def id_valid(number: str) -> bool:
    return (len(number) == 18 and number[:17].isdigit()
            and id_check(number[:17]) == number[17].upper())


def issn_check(first7: str) -> str:
    c = 11 - sum(int(d) * w for d, w in zip(first7, range(8, 1, -1))) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def issn(first7: str) -> str:
    return f"{first7[:4]}-{first7[4:]}{issn_check(first7)}"


def _date(rng: random.Random, y0: int, y1: int) -> date:
    return date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def person(rng: random.Random) -> dict:
    """One holder with everything any family may print, values in contract form."""
    gender = rng.choice("男女")
    name = rng.choice(NAMES_M if gender == "男" else NAMES_F)
    birth = _date(rng, 1968, 1998)
    seq = rng.randrange(0, 100) * 10 + (rng.choice((1, 3, 5, 7, 9)) if gender == "男" else rng.choice((0, 2, 4, 6, 8)))
    body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{seq:03d}"
    idn = body + id_check(body)
    voc = rng.random() < 0.25
    school = rng.choice([s for s, (_, k) in SCHOOLS.items() if (k == "v") == voc])
    level = "大专" if voc else ("硕士研究生" if SCHOOLS[school][1] == "u" and rng.random() < 0.15 else "本科")
    major = rng.choice(VOC_MAJORS if voc else MAJORS)
    years = {"大专": 3, "本科": 4, "硕士研究生": 3}[level]
    if major == "临床医学" and level == "本科":
        years = 5
    start_y = birth.year + rng.randint(18, 19) + (4 if level == "硕士研究生" else 0)
    start = date(start_y, 9, rng.choice((1, 1, 5, 10)))
    grad = date(start_y + years, rng.choice((6, 6, 7)), rng.choice((20, 25, 30, 30, 1)))
    code = SCHOOLS[school][0]
    cert = f"{code}1{grad.year}{LEVEL_CODE[level]}{rng.randrange(1, 999999):06d}"
    degree = {"本科": "学士", "硕士研究生": "硕士", "大专": None}[level]
    deg_no = (f"{code}{DEGREE_LEVEL[degree]}{grad.year}{rng.randrange(1, 999999):06d}" if degree else None)
    unit = rng.choice(UNITS)
    work_start = date(grad.year + rng.randint(0, 1), rng.choice((7, 8, 9, 10)), 1)
    verify = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
    valid_until = _date(rng, 2024, 2026)
    updated = date.fromordinal(valid_until.toordinal() - rng.randint(30, 400))
    j = rng.choice(JOURNALS)
    pub_y = rng.randint(2017, 2023)
    n_issue = rng.randint(1, j[3])
    coauthors = rng.sample([n for n in NAMES_M + NAMES_F if n != name], rng.randint(0, 3))
    pos = rng.randint(0, len(coauthors))
    authors = coauthors[:pos] + [name] + coauthors[pos:]
    title = rng.choice(TITLE_A) + rng.choice(TITLE_B) + rng.choice(TITLE_C)
    return {
        "name": name, "gender": gender, "birth_date": birth.isoformat(), "id_number": idn,
        "school": school, "school_code": code, "level": level, "major": major, "years": years,
        "discipline": DISCIPLINE.get(major, "工学"),
        "start_date": start.isoformat(), "graduation_date": grad.isoformat(), "certificate_no": cert,
        "degree": degree, "degree_certificate_no": deg_no,
        "award_date": date(grad.year, grad.month, min(grad.day, 28)).isoformat(),
        "unit": unit, "position": rng.choice(POSITIONS), "work_start": work_start.isoformat(),
        "verification_code": verify, "updated_date": updated.isoformat(), "valid_until": valid_until.isoformat(),
        "journal": j[0], "issn": issn(j[1]), "cn": j[2], "issues_per_year": j[3], "pub_year": pub_y,
        "issue": n_issue, "authors": authors, "paper_title": title,
        "principal": rng.choice(NAMES_M), "nation": rng.choice(("汉族", "回族", "藏族", "东乡族", "土族", "汉族")),
        "address": rng.choice(("甘肃省兰州市永登县城关镇东关村一社", "甘肃省临夏回族自治州临夏市八坊路3号",
                               "甘肃省兰州新区秦川镇中川村", "青海省西宁市城东区八一路12号")),
    }


def months(rng: random.Random, start: str, n: int) -> list[str]:
    y, m = int(start[:4]), int(start[5:7])
    out = []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def contribution_history(rng: random.Random, p: dict, *, n: int = 0) -> list[dict]:
    """Monthly rows: month, unit, base, status word, paid 1/0 (a job change, a 补缴
    month, a gap of 欠费/中断 months), ending a month or two before the print date."""
    n = n or rng.randint(14, 62)
    end_y, end_m = rng.choice(((2023, 12), (2024, 3), (2024, 5), (2024, 6)))
    total = end_y * 12 + end_m - 1 - (n - 1)
    first = f"{total // 12:04d}-{total % 12 + 1:02d}"
    ms = months(rng, first, n)
    prev = rng.choice([u for u in UNITS if u != p["unit"]])
    switch = rng.randint(0, n // 2) if rng.random() < 0.5 else 0
    base = rng.choice((3500, 4120.5, 4800, 5231, 6000, 3877))
    rows = []
    gap_at = rng.randrange(n) if rng.random() < 0.6 else -1
    gap_len = rng.randint(1, 3)
    back_at = rng.randrange(n) if rng.random() < 0.5 else -1
    for i, mo in enumerate(ms):
        if mo.endswith("-01") and i:
            base = round(base * rng.choice((1.0, 1.04, 1.06)), 1 if rng.random() < 0.3 else 0)
        status, paid = "正常", 1
        if gap_at <= i < gap_at + gap_len:
            status, paid = rng.choice((("欠费", 0), ("中断", 0)))
        elif i == back_at:
            status = "补缴"
        rows.append({"month": mo, "unit": prev if i < switch else p["unit"], "base": base,
                     "status": status, "paid": paid})
    return rows


def num(x) -> str:
    """Contract form of a number: "4500", "4120.5"."""
    s = f"{float(x):.2f}".rstrip("0").rstrip(".")
    return s or "0"


def contribution_truth(rows: list[dict]) -> list[str]:
    return [f"{r['month']}|{r['unit']}|{num(r['base'])}|{r['paid']}" for r in rows]


def redate(p: dict, rng: random.Random, grad_year: int, *, level: str | None = None) -> dict:
    """The same holder moved to another era (a 1990s or 2000s graduate): birth,
    ID number, study dates and certificate numbers stay consistent."""
    q = dict(p)
    level = level or q["level"]
    years = {"大专": 3, "本科": 4, "硕士研究生": 3}[level]
    if level == "大专" and SCHOOLS[q["school"]][1] != "v":
        q["school"] = rng.choice([s for s, (_, k) in SCHOOLS.items() if k == "v"])
    if level != "大专" and SCHOOLS[q["school"]][1] == "v":
        q["school"] = rng.choice([s for s, (_, k) in SCHOOLS.items() if k == "u"])
    if level != "大专" and q["major"] in VOC_MAJORS:
        q["major"] = rng.choice(MAJORS)
    if level == "大专" and q["major"] not in VOC_MAJORS:
        q["major"] = rng.choice(VOC_MAJORS)
    start_y = grad_year - years
    birth = _date(rng, start_y - 20 - (4 if level == "硕士研究生" else 0), start_y - 18 - (4 if level == "硕士研究生" else 0))
    body = q["id_number"][:6] + f"{birth:%Y%m%d}" + q["id_number"][14:17]
    code = SCHOOLS[q["school"]][0]
    grad = date(grad_year, rng.choice((6, 7)), rng.choice((1, 20, 30)))
    q.update(level=level, years=years, birth_date=birth.isoformat(), id_number=body + id_check(body),
             school_code=code, start_date=date(start_y, 9, 1).isoformat(), graduation_date=grad.isoformat(),
             certificate_no=f"{code}1{grad_year}{LEVEL_CODE[level]}{rng.randrange(1, 999999):06d}",
             award_date=grad.isoformat(), discipline=DISCIPLINE.get(q["major"], "工学"))
    q["degree"] = {"本科": "学士", "硕士研究生": "硕士", "大专": None}[level]
    q["degree_certificate_no"] = (f"{code}{DEGREE_LEVEL[q['degree']]}{grad_year}{rng.randrange(1, 999999):06d}"
                                  if q["degree"] else None)
    return q
