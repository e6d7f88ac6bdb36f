"""Pools of plausible facts for synthetic applicants (Lanzhou New Area, Gansu).

Why a separate module: the generator must produce applicants that look real to
the checks (valid region codes, real school codes, journals whose ISSN and CN
pass their check rules) while staying deterministic under a seeded ``Random``.
Everything here is data plus tiny pure helpers; the work-summary and paper
composers at the bottom build text from many small slot-filled fragments so that
two applicants' texts share almost no 5-character shingles (SUMMARY_DUPLICATE
and DUPLICATE_PAPER must only fire where a copy was planted).
"""
from __future__ import annotations

import csv
import random
from functools import lru_cache
from pathlib import Path

CORE_JOURNALS_CSV = Path(__file__).resolve().parent / "data" / "core_journals.csv"  # sample, not production

SURNAMES = ("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧 "
            "程 曹 袁 邓 许 傅 沈 曾 彭 吕 苏 卢 蒋 蔡 贾 丁 魏 薛 叶 阎 余 潘 杜 戴 夏 钟 汪 田 任 姜").split()

# given-name characters, each with a look-alike used to plant NAME_MISMATCH (张伟 → 张玮)
LOOKALIKE = {
    "伟": "玮", "强": "蔷", "磊": "垒", "军": "君", "洋": "阳", "勇": "永", "杰": "洁", "涛": "滔",
    "明": "铭", "超": "朝", "刚": "钢", "华": "桦", "鹏": "朋", "辉": "晖", "斌": "彬", "峰": "锋",
    "健": "建", "俊": "骏", "浩": "皓", "宇": "雨", "晨": "辰", "凯": "恺", "文": "雯", "龙": "隆",
    "芳": "方", "敏": "民", "静": "婧", "丽": "莉", "艳": "燕", "娟": "涓", "秀": "绣", "霞": "侠",
    "平": "萍", "英": "瑛", "琳": "林", "婷": "亭", "慧": "惠", "倩": "茜", "洁": "杰", "玲": "铃",
    "颖": "莹", "佳": "家", "欣": "新", "璐": "露", "瑶": "遥", "晶": "菁", "红": "虹", "梅": "玫",
}
MALE_CHARS = "伟强磊军洋勇杰涛明超刚华鹏辉斌峰健俊浩宇晨凯文龙"
FEMALE_CHARS = "芳敏静丽艳娟秀霞平英琳婷慧倩洁玲颖佳欣璐瑶晶红梅"
MIDDLE_CHARS = "志建国海晓春永德子思雅嘉立云金新学泽天博少"

# GB/T 2260 county-level codes in Gansu (ID prefixes)
GANSU_REGIONS = ("620102 620103 620104 620105 620111 620121 620122 620123 620201 620302 620402 "
                 "620403 620502 620503 620602 620702 620802 620902 621002 621102 621202 622901 "
                 "623001 620421 620522 620621").split()

# school name → (5-digit 院校代码, levels it awards)
SCHOOLS = {
    "兰州大学": ("10730", ("本科", "硕士研究生", "博士研究生")),
    "兰州理工大学": ("10731", ("本科", "硕士研究生")),
    "兰州交通大学": ("10732", ("本科", "硕士研究生")),
    "甘肃农业大学": ("10733", ("本科", "硕士研究生")),
    "西北师范大学": ("10736", ("本科", "硕士研究生")),
    "兰州城市学院": ("10737", ("本科",)),
    "天水师范学院": ("10738", ("本科",)),
    "陇东学院": ("10739", ("本科",)),
    "河西学院": ("10740", ("本科",)),
    "长安大学": ("10710", ("本科", "硕士研究生")),
    "西安建筑科技大学": ("10703", ("本科", "硕士研究生")),
    "西北工业大学": ("10699", ("本科", "硕士研究生")),
    "重庆大学": ("10611", ("本科", "硕士研究生")),
    "兰州石化职业技术大学": ("12832", ("大专",)),
    "甘肃建筑职业技术学院": ("13985", ("大专",)),
    "兰州资源环境职业技术大学": ("12850", ("大专",)),
    "甘肃交通职业技术学院": ("12846", ("大专",)),
}
LEVEL_CODE = {"博士研究生": "01", "硕士研究生": "02", "本科": "05", "大专": "06"}
DEGREE_OF = {"本科": "学士", "硕士研究生": "硕士", "博士研究生": "博士", "大专": None}
DEGREE_CODE = {"博士": "2", "硕士": "3", "学士": "4"}

# series → majors (studied major → topic group); the applied major is the studied one or a close name
ENGINEERING_MAJORS = {
    "土木工程": "civil", "道路桥梁与渡河工程": "civil", "工程管理": "civil",
    "电气工程及其自动化": "electric", "自动化": "electric",
    "机械设计制造及其自动化": "mech", "化学工程与工艺": "chem",
    "给排水科学与工程": "water", "环境工程": "water", "水利水电工程": "water",
    "计算机科学与技术": "it", "测绘工程": "civil",
}
CLOSE_MAJOR = {"电气工程及其自动化": "电气工程", "机械设计制造及其自动化": "机械工程",
               "化学工程与工艺": "化学工程", "给排水科学与工程": "给排水工程"}
# a different but related major, used to plant EDUCATION_MISMATCH on the diploma
SIBLING_MAJOR = {"土木工程": "工程管理", "道路桥梁与渡河工程": "土木工程", "工程管理": "工程造价",
                 "电气工程及其自动化": "自动化", "自动化": "电气工程及其自动化",
                 "机械设计制造及其自动化": "车辆工程", "化学工程与工艺": "应用化学",
                 "给排水科学与工程": "环境工程", "环境工程": "环境科学", "水利水电工程": "水文与水资源工程",
                 "计算机科学与技术": "软件工程", "测绘工程": "地理信息科学",
                 "汉语言文学": "汉语国际教育", "数学与应用数学": "信息与计算科学", "英语": "商务英语",
                 "物理学": "应用物理学", "化学": "应用化学"}
TEACHER_MAJORS = {"汉语言文学": "edu", "数学与应用数学": "edu", "英语": "edu", "物理学": "edu", "化学": "edu"}
UNRELATED_MAJOR = {"civil": "汉语言文学", "electric": "历史学", "mech": "新闻学", "chem": "法学",
                   "water": "音乐学", "it": "旅游管理", "edu": "土木工程"}

# current units: (name, unit_type, series)
UNITS = [
    ("兰州新区城市发展投资集团有限公司", "state_enterprise", "工程系列"),
    ("兰州新区市政投资管理集团有限公司", "state_enterprise", "工程系列"),
    ("兰州新区建设投资控股集团有限公司", "state_enterprise", "工程系列"),
    ("兰州新区水务集团有限公司", "state_enterprise", "工程系列"),
    ("兰州新区热力有限公司", "state_enterprise", "工程系列"),
    ("兰州新区规划勘测设计研究院", "public_institution", "工程系列"),
    ("兰州新区建设工程质量安全监督站", "public_institution", "工程系列"),
    ("兰州新区公共资源交易服务中心", "public_institution", "工程系列"),
    ("甘肃中科聚合石化科技有限公司", "private_enterprise", "工程系列"),
    ("兰州新区恒达机电设备安装有限公司", "private_enterprise", "工程系列"),
    ("甘肃新川环保科技有限公司", "private_enterprise", "工程系列"),
    ("兰州新区瑞达信息技术有限公司", "private_enterprise", "工程系列"),
    ("兰州新区第一高级中学", "public_institution", "中小学教师系列"),
    ("兰州新区第二中学", "public_institution", "中小学教师系列"),
    ("兰州新区舟曲中学", "public_institution", "中小学教师系列"),
    ("兰州新区第一小学", "public_institution", "中小学教师系列"),
    ("兰州新区第五小学", "public_institution", "中小学教师系列"),
]
PREVIOUS_UNITS = {
    "工程系列": ["中铁二十一局集团第三工程有限公司", "甘肃省建筑设计研究院有限公司", "兰州石化建设工程有限公司",
               "甘肃路桥建设集团有限公司", "甘肃第六建设集团股份有限公司", "兰州市政建设集团有限责任公司",
               "甘肃电力建设第三工程有限公司", "兰州兰石重型装备股份有限公司"],
    "中小学教师系列": ["永登县第一中学", "皋兰县第二中学", "榆中县城关小学", "兰州市第三十一中学",
                 "白银市平川区第四中学", "武威市凉州区西关小学"],
}
# companies that never employ an applicant (INSURED_UNIT_MISMATCH, blacklist decoys)
FOREIGN_UNITS = ["兰州鑫源劳务派遣有限公司", "甘肃众诚人力资源管理有限公司", "兰州宏泰商贸有限责任公司",
                 "甘肃联创物业服务有限公司", "兰州金盛达餐饮管理有限公司"]
DECOY_BLACKLIST_UNITS = ["兰州顺通建筑劳务有限公司", "甘肃诚信职业技能培训学校", "兰州博远教育咨询有限公司",
                         "甘肃卓越人才服务有限公司"]
POSITIONS = {
    "工程系列": ["技术员", "项目技术负责人", "设计员", "工程部技术主管", "专业工程师", "项目经理助理", "质量工程师"],
    "中小学教师系列": ["语文教师", "数学教师", "英语教师", "物理教师", "化学教师", "班主任兼学科教师"],
}
SI_ISSUERS = ["兰州新区社会保险事业服务中心", "甘肃省社会保险事业管理局", "兰州市社会保险事业管理局"]
CE_ISSUERS = ["甘肃省专业技术人员继续教育工作平台", "兰州新区人力资源和社会保障局"]

# provincial (non-core) journals: title, ISSN, CN
PROVINCIAL_JOURNALS = [
    ("甘肃科技", "1000-0952", "62-1130/N"), ("甘肃科技纵横", "1672-6375", "62-1176/N"),
    ("甘肃冶金", "1672-4461", "62-1155/TF"), ("甘肃水利水电技术", "2095-0144", "62-1220/TV"),
    ("山西建筑", "1009-6825", "14-1279/TU"), ("四川建材", "1672-4011", "51-1701/TU"),
    ("工程建设与设计", "1007-9467", "11-4837/TU"), ("江西建材", "1006-2890", "36-1181/TU"),
    ("甘肃教育", "1004-0609", "62-1026/G4"), ("中国科技信息", "1001-8972", "11-2739/N"),
    ("科技创新与应用", "2095-2945", "23-1581/G3"), ("建材与装饰", "1673-0038", "13-1372/TU"),
]


def issn_check(first7: str) -> str:
    total = sum(int(d) * w for d, w in zip(first7, range(8, 1, -1)))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def fix_issn(issn: str) -> str:
    digits = issn.replace("-", "")[:7]
    return f"{digits[:4]}-{digits[4:]}{issn_check(digits)}"


PROVINCIAL_JOURNALS = [(t, fix_issn(i), cn) for t, i, cn in PROVINCIAL_JOURNALS]


@lru_cache(maxsize=None)
def core_journals() -> tuple[tuple[str, str, str], ...]:
    """The sample core catalogue (sample_docs/data/core_journals.csv) as (title, issn, cn)."""
    with CORE_JOURNALS_CSV.open(encoding="utf-8") as fh:
        return tuple((r["title"], r["issn"], r["cn"]) for r in csv.DictReader(fh) if r["level"] == "core")


def credit_code(rng: random.Random) -> str:
    """A 统一社会信用代码 with a valid GB 32100 check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    body = "91" + "62" + "".join(rng.choice("0123456789") for _ in range(4)) + \
        "".join(rng.choice(chars) for _ in range(11))
    total = sum(chars.index(c) * w for c, w in zip(body, weights))
    return body + chars[(31 - total % 31) % 31]


def make_name(rng: random.Random, gender: str, taken: set[str]) -> str:
    pool = MALE_CHARS if gender == "男" else FEMALE_CHARS
    for _ in range(200):
        given = rng.choice(pool) if rng.random() < 0.45 else rng.choice(MIDDLE_CHARS) + rng.choice(pool)
        name = rng.choice(SURNAMES) + given
        if name not in taken:
            taken.add(name)
            return name
    raise RuntimeError("name pool exhausted")


def lookalike_name(name: str) -> str:
    """Same person as a careless clerk would type it: the last given-name character swapped."""
    last = name[-1]
    return name[:-1] + LOOKALIKE.get(last, "玮" if last != "玮" else "伟")


def verification_code(rng: random.Random) -> str:
    """学信网 在线验证码: 12 upper-case letters and digits."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(alphabet) for _ in range(12))


# --------------------------------------------------------------------------
# text pools: work summaries (工作小结) and paper bodies
# --------------------------------------------------------------------------

PLACES = ("秦川园区 中川园区 西岔园区 石化产业园 综合保税区 职教园区 经十一路 纬三路 黄河大道 昆仑大道 湘江大道 "
          "天山大道 瑞岭路 西山路 祁连路 长江大道 陇兴路 兰秦快速路 水阜河 树屏镇 上川镇 中川镇 太平堡 尖山庙").split()
FACILITIES = {
    "civil": "市政道路 综合管廊 安置小区 跨线桥 地下停车场 标准化厂房 雨污分流管网 高填方边坡 物流仓储中心 保障性住房".split(),
    "electric": "110kV变电站 10kV配电网 分布式光伏电站 公共充电站 道路照明系统 厂区供配电系统 储能电站 变频调速系统".split(),
    "mech": "自动化生产线 设备安装工程 压力容器 带式输送系统 桥式起重机 数控加工车间 液压站 余热回收机组".split(),
    "chem": "精细化工装置 污水预处理装置 溶剂回收装置 原料储罐区 聚合反应装置 催化剂再生单元 危废焚烧装置".split(),
    "water": "再生水厂 供水管网 污水处理厂 雨水调蓄池 引水渠道 水土保持工程 加压泵站 人工湿地".split(),
    "it": "智慧园区平台 政务数据共享系统 视频监控平台 等级保护测评 园区数据中心 物联网采集系统 应急指挥平台".split(),
    "edu": "校本课程 课堂教学改革 作业分层设计 学科社团 课后服务 研学实践活动 校级课题 青年教师培养".split(),
}
TERMS = {
    "civil": "沉降监测 基坑支护 湿陷性黄土 地基处理 混凝土裂缝控制 BIM协同 冬期施工 高填方压实 预应力张拉 装配式构件".split(),
    "electric": "继电保护整定 无功补偿 谐波治理 负荷预测 接地电阻 电缆选型 防雷设计 配电自动化 电能质量 短路电流计算".split(),
    "mech": "故障诊断 振动分析 公差配合 焊接工艺评定 润滑管理 有限元分析 结构优化 设备点检 疲劳寿命 节能改造".split(),
    "chem": "工艺优化 物料衡算 反应温度控制 HAZOP分析 精馏塔操作 换热网络 废气治理 腐蚀防护 安全联锁 能耗分析".split(),
    "water": "水力计算 曝气系统 污泥脱水 管网漏损 水质监测 反渗透 消毒工艺 渠道衬砌 冻胀防治 节水灌溉".split(),
    "it": "数据治理 接口规范 负载均衡 日志审计 容灾备份 微服务架构 身份认证 数据库调优 边界防护 流量分析".split(),
    "edu": "核心素养 大单元教学 情境教学 学困生转化 形成性评价 分层作业 小组合作学习 阅读策略 实验探究 家校共育".split(),
}
_VERBS = "负责 主持 参与 牵头 协助完成 独立承担 组织".split()
_PHASES = ("方案比选 施工图设计 现场技术管理 质量验收 招标技术文件编制 运行调试 竣工资料整理 技术交底 "
           "图纸会审 安全技术复核 进度计划编制 工程量核算").split()
_EDU_PHASES = "教学设计 听评课 命题研究 教研组活动 公开课展示 课题研究 班级管理 毕业班复习指导".split()
_RESULTS = ("提前{n}天完成节点目标", "节约投资约{m}万元", "一次验收合格率达到{p}%", "减少返工{n}处",
            "形成技术总结{k}篇", "降低能耗约{p}%", "获得单位年度技术创新奖", "相关做法在{place}推广使用",
            "编写作业指导书{k}份", "累计处理技术问题{n}项", "缩短工期{n}天", "被评为{y}年度先进工作者")
_EDU_RESULTS = ("所带班级学科平均分提高{k}分", "执教公开课{k}节", "指导学生获市级奖项{k}项", "撰写教学案例{k}篇",
                "班级合格率达到{p}%", "校本作业被{place}学校借鉴使用", "获{y}年度优秀班主任称号")
_FUTURE = ("继续加强{term}方面的学习，提高解决复杂问题的能力", "把{term}的经验总结成文，带好年轻同事",
           "在{term}上开展更系统的研究，争取形成可推广的成果", "主动参加继续教育和学术交流，拓宽专业视野",
           "结合{place}的实际需求，做好{facility}相关技术储备", "严格执行技术规范，守住质量和安全底线")


def _fill(template: str, rng: random.Random, group: str, **kw) -> str:
    vals = dict(n=rng.randint(3, 60), m=rng.randint(12, 480), p=rng.randint(86, 99), k=rng.randint(2, 9),
                y=rng.randint(2016, 2023), place=rng.choice(PLACES), term=rng.choice(TERMS[group]),
                facility=rng.choice(FACILITIES[group]))
    vals.update(kw)
    return template.format(**vals)


def _project_sentence(rng: random.Random, group: str, year: int) -> str:
    place, fac = rng.choice(PLACES), rng.choice(FACILITIES[group])
    phase = rng.choice(_EDU_PHASES if group == "edu" else _PHASES)
    t1, t2 = rng.sample(TERMS[group], 2)
    result = _fill(rng.choice(_EDU_RESULTS if group == "edu" else _RESULTS), rng, group)
    month = rng.randint(1, 12)
    forms = (f"{year}年{month}月起{rng.choice(_VERBS)}{place}{fac}的{phase}，重点解决{t1}问题，{result}。",
             f"在{place}{fac}中{rng.choice(_VERBS)}{phase}，结合{t1}和{t2}制定措施，{result}。",
             f"{year}年{rng.choice(_VERBS)}{fac}（{place}）{phase}，针对{t2}提出改进办法，{result}。",
             f"围绕{t1}，{rng.choice(_VERBS)}{place}{fac}{phase}共{rng.randint(2, 14)}项，{result}。")
    return rng.choice(forms)


def compose_summary(rng: random.Random, p: dict) -> str:
    """A 工作小结 in the genre's five parts; ``p`` holds the applicant's own facts.

    Keys: name, gender, birth (YYYY-MM-DD), school, major, level, graduation (YYYY-MM),
    jobs [(unit, start, end|None, position)], title (str|None), group, target (申报资格).
    """
    g = p["group"]
    born = p["birth"][:7].replace("-", "年") + "月"
    grad = p["graduation"].replace("-", "年") + "月"
    title = f"，现任{p['title']}" if p.get("title") else ""
    intro = rng.choice((
        f"本人{p['name']}，{p['gender']}，{born}出生，{grad}毕业于{p['school']}{p['major']}专业，{p['level']}学历{title}。",
        f"{p['name']}，{p['gender']}，{grad}从{p['school']}{p['major']}专业{p['level']}毕业{title}，出生于{born}。",
        f"我叫{p['name']}，{born}生，{p['level']}，{p['major']}专业，毕业院校为{p['school']}（{grad}）{title}。"))
    parts = ["一、基本情况", intro]
    for unit, start, end, pos in p["jobs"]:
        span = f"{start.replace('-', '年')}月至{(end.replace('-', '年') + '月') if end else '今'}"
        parts.append(rng.choice((f"{span}在{unit}任{pos}。", f"{span}，就职于{unit}，岗位为{pos}。",
                                 f"{unit}（{span}），担任{pos}。")))
    parts.append("二、开展工作情况")
    first = int(p["jobs"][0][1][:4])
    for _ in range(rng.randint(3, 5)):
        parts.append(_project_sentence(rng, g, rng.randint(first, max(first, 2023))))
    parts.append("三、取得业绩")
    for _ in range(rng.randint(2, 3)):
        parts.append(_project_sentence(rng, g, rng.randint(first, max(first, 2023))))
    parts.append("四、专业特长")
    a, b, c = rng.sample(TERMS[g], 3)
    parts.append(rng.choice((f"比较擅长{a}与{b}，在{rng.choice(PLACES)}积累了{c}方面的一手数据。",
                             f"熟悉{a}、{b}，能够独立处理{c}中的常见问题。",
                             f"长期从事{a}工作，对{b}和{c}有较深体会。")))
    parts.append("五、今后努力方向")
    for t in rng.sample(_FUTURE, 2):
        parts.append(_fill(t, rng, g) + "。")
    parts.append(f"特申请{p['target']}资格，请予审核。")
    return "\n".join(parts)


_PAPER_SUFFIX = "研究 分析 探讨 设计与实践 应用研究 优化分析 关键技术研究 问题与对策".split()
_PAPER_SENT = (
    "{place}{facility}所处区域{term}条件复杂，传统做法难以满足{term2}的要求。",
    "本文以{place}{facility}为依托，对{term}进行了{n}组现场测试。",
    "结果表明，采用{term2}后相关指标改善约{p2}%，效果明显。",
    "通过对{n}个样本的统计，{term}与{term2}之间存在较强相关性（R²={r}）。",
    "针对{term}中存在的问题，提出了分阶段控制的思路，并在{place}得到验证。",
    "实测数据显示，{facility}运行{n}个月后{term}指标稳定在设计值的{p}%以内。",
    "对比{y}年以前的做法，{term2}的投入增加{p2}%，但后期维护工作量下降明显。",
    "在参数取值上，参考了现行规范并结合{place}的气候特点作了调整。",
    "建议在类似{facility}中优先考虑{term}，并建立{term2}的长期观测制度。",
    "需要指出的是，本次样本数量有限（{n}例），结论的适用范围仍需进一步检验。",
    "从经济性看，方案实施后每年可减少运行费用约{m}万元。",
    "{term}的影响因素主要包括材料、工艺和管理三个方面，其中管理因素占比约{p2}%。",
    "{y}年投入使用的{facility}暴露出{term}不足，{place}的运维记录共登记相关缺陷{n}处。",
    "采用正交试验，以{term2}为因素设计{n}种工况。",
    "现场踏勘发现，{place}一带{term}差异较大，局部偏差达到{p2}%。",
    "为便于比较，把{term}划分为三个等级，分别对应{p}%、{p2}%和{n}%的控制线。",
    "经过{n}天连续观测，{facility}的{term2}曲线趋于平缓。",
    "与同类{facility}相比，{place}项目在{term}上多花了约{m}万元，却换来了更低的故障率。",
    "有限的预算迫使设计人员在{term}与{term2}之间取舍。",
    "施工单位反馈，{term2}的操作难点在于工序衔接，平均每道工序耗时{n}分钟。",
    "{place}冬季最低气温可达零下{p2}℃，这对{term}提出了特殊要求。",
    "表{n}列出了{term}的主要计算参数及其取值依据。",
    "在{place}的{facility}中，{term2}一次合格率由{p2}%提高到{r}以上的水平。",
    "运行{n}个月的数据还说明，{term}对{term2}的敏感性低于预期。",
)


def compose_paper(rng: random.Random, group: str, author: str) -> dict:
    """A short journal paper (title, abstract, keywords, body paragraphs, references)."""
    place, fac = rng.choice(PLACES), rng.choice(FACILITIES[group])
    t1, t2 = rng.sample(TERMS[group], 2)
    title = f"{place}{fac}{t1}{rng.choice(_PAPER_SUFFIX)}"

    def sent() -> str:
        a, b = rng.sample(TERMS[group], 2)
        return rng.choice(_PAPER_SENT).format(
            place=rng.choice(PLACES), facility=rng.choice(FACILITIES[group]), term=a, term2=b,
            n=rng.randint(4, 96), p=rng.randint(3, 15), p2=rng.randint(8, 46), m=rng.randint(5, 260),
            y=rng.randint(2012, 2021), r=f"0.{rng.randint(61, 97)}")

    body = []
    for head in ("1 引言", "2 工程概况", "3 方法与分析", "4 结果与讨论", "5 结论"):
        body.append(head)
        body.append("".join(sent() for _ in range(rng.randint(3, 5))))
    abstract = f"以{place}{fac}为例，" + "".join(sent() for _ in range(2))
    refs = [f"[{i + 1}] {rng.choice(SURNAMES)}{rng.choice(MIDDLE_CHARS)}{rng.choice(MALE_CHARS + FEMALE_CHARS)}. "
            f"{rng.choice(TERMS[group])}{rng.choice(_PAPER_SUFFIX)}[J]. {rng.choice(PROVINCIAL_JOURNALS)[0]}, "
            f"{rng.randint(2010, 2022)}({rng.randint(1, 12)}): {rng.randint(10, 90)}-{rng.randint(91, 120)}."
            for i in range(rng.randint(4, 7))]
    return {"title": title, "abstract": abstract, "keywords": [t1, t2, fac, place],
            "body": body, "references": refs}
