"""年度考核 and 继续教育 families.

Annual appraisal:
* ap_register_form — 年度考核登记表 (scan): a ruled form, 个人总结 box, the
  result ticked in "考核等次" under 主管领导意见;
* ap_result_letter — 年度考核结果证明 (scan): several years in one table
  (年度 | 考核结果), one year/result pair each;
* ap_publicity_list — 考核结果公示名单 (text PDF): a table of several staff,
  the holder one row among colleagues.
Continuing education:
* ce_certificate — 继续教育证书 card (scan): 公需科目 + 专业科目 = 共计 学时;
* ce_platform_pdf — a platform's 学时证明 (text): courses with 学时 and 合计;
* ce_register_card — 继续教育登记卡 (scan): one row per year (年度 | 公需 | 专业 | 合计).
"""
from __future__ import annotations

import random

from .draw import A4, A4L, Paper
from .facts import NAMES_F, NAMES_M
from .registry import Drawn, family, fdate

RESULTS = ("合格", "合格", "合格", "优秀", "称职")
COURSES = ("专业技术人员职业道德与诚信建设", "数字经济与创新驱动发展", "建设工程质量安全管理新规范",
           "BIM 技术在施工管理中的应用", "碳达峰碳中和政策解读", "黄河流域生态保护和高质量发展",
           "工程项目全过程造价控制", "人工智能基础与行业应用")


def _years(rng: random.Random, n: int) -> list[int]:
    last = rng.randint(2021, 2023)
    return list(range(last - n + 1, last + 1))


@family("ap_register_form", "annual_appraisal", "scan", "事业单位工作人员年度考核登记表")
def ap_register_form(p: dict, rng: random.Random, face: str) -> Drawn:
    year = _years(rng, 1)[0]
    result = rng.choice(RESULTS[:4])
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 70, f"（{year}年度）", 14, align="center")
    s.text(s.w / 2, 100, "事业单位工作人员年度考核登记表", 19, align="center")
    x = 50
    wd = [70, 110, 60, 80, 80, s.w - 100 - 400]
    y = s.table(x, 120, wd, [["姓  名", p["name"], "性  别", p["gender"], "出生年月", fdate(p["birth_date"], "dot", month=True)[0]],
                             ["单  位", p["unit"], "", "", "岗  位", p["position"]]], 11, min_h=32)
    s.box(x, y, s.w - 50, y + 300, width=0.5)
    s.text(x + 10, y + 22, "个人总结", 12)
    s.para(x + 20, y + 50, "本年度认真履行岗位职责，按时完成各项工作任务，积极参加业务学习，遵守单位各项规章制度。",
           s.w - 140, 12, indent=24)
    y += 300
    s.box(x, y, s.w - 50, y + 120, width=0.5)
    s.text(x + 10, y + 22, "主管领导评语和考核等次建议", 12)
    s.text(x + 40, y + 60, f"同意，考核等次：{result}", 13)
    s.text(s.w - 90, y + 100, f"{year + 1}年1月{rng.randint(5, 25)}日", 12, align="right")
    s.seal(s.w - 160, y + 80, 40, p["unit"])
    truth = {"name": p["name"], "year": str(year), "result": result}
    return Drawn(paper, truth, f"{year + 1}-01-20")


@family("ap_result_letter", "annual_appraisal", "scan", "年度考核结果证明 listing several years")
def ap_result_letter(p: dict, rng: random.Random, face: str) -> Drawn:
    years = _years(rng, rng.randint(2, 4))
    results = [rng.choice(RESULTS) for _ in years]
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 100, "年度考核结果证明", 22, align="center")
    y = s.para(70, 160, f"兹证明{p['name']}同志（身份证号：{p['id_number']}）近{len(years)}年年度考核结果如下：",
               s.w - 140, 14, indent=28)
    y = s.table(120, y + 10, [150, 200], [["考核年度", "考核结果"]] +
                [[f"{yr}年度", r] for yr, r in zip(years, results)], 13, min_h=30, align=["center", "center"])
    s.para(70, y + 40, "特此证明。", s.w - 140, 14, indent=28)
    s.text(s.w - 80, y + 110, p["unit"], 13, align="right")
    s.seal(s.w - 150, y + 110, 46, p["unit"])
    s.text(s.w - 80, y + 138, fdate(f"{years[-1] + 1}-03-10", "cn")[0], 13, align="right")
    truth = {"name": p["name"], "year": [str(y_) for y_ in years], "result": results}
    return Drawn(paper, truth, f"{years[-1] + 1}-03-10")


@family("ap_publicity_list", "annual_appraisal", "text", "年度考核结果公示 list, the holder among colleagues")
def ap_publicity_list(p: dict, rng: random.Random, face: str) -> Drawn:
    year = _years(rng, 1)[0]
    others = rng.sample([n for n in NAMES_M + NAMES_F if n != p["name"]], rng.randint(4, 9))
    pos = rng.randint(0, len(others))
    names = others[:pos] + [p["name"]] + others[pos:]
    results = {n: rng.choice(("合格", "合格", "优秀")) for n in names}
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 70, f"{p['unit']}", 15, align="center")
    s.text(s.w / 2, 96, f"{year}年度工作人员考核结果公示", 16, align="center")
    rows = [["序号", "姓名", "部门", "考核等次"]] + [
        [str(i + 1), n, rng.choice(("工程部", "综合办", "财务部", "技术部")), results[n]] for i, n in enumerate(names)]
    y = s.table(90, 120, [50, 120, 130, 110], rows, 11, min_h=24, align=["center"] * 4)
    s.para(70, y + 30, "公示期为5个工作日，如有异议请向单位人事部门反映。", s.w - 140, 11, indent=22)
    truth = {"name": p["name"], "year": str(year), "result": results[p["name"]]}
    return Drawn(paper, truth, f"{year + 1}-01-15", producer="Microsoft® Excel® 2016")


@family("ce_certificate", "continuing_education", "scan", "继续教育证书 card with 公需/专业/共计 学时")
def ce_certificate(p: dict, rng: random.Random, face: str) -> Drawn:
    year = _years(rng, 1)[0]
    pub, pro = rng.choice((24, 30, 36)), rng.choice((48, 60, 66, 72))
    paper = Paper(face, A4L)
    s = paper[0]
    s.box(30, 30, s.w - 30, s.h - 30, width=3, grey=0.5)
    s.text(s.w / 2, 110, "继续教育证书", 30, align="center", track=6)
    s.text(s.w - 80, 150, f"证书编号：JX{year}{rng.randrange(10**6):06d}", 11, align="right")
    text = (f"{p['name']}同志于{year}年度参加专业技术人员继续教育，完成公需科目{pub}学时、专业科目{pro}学时，"
            f"共计{pub + pro}学时，经考核合格，特发此证。")
    y = s.para(110, 210, text, s.w - 220, 17, leading=2.0, indent=34)
    s.text(s.w - 110, y + 60, "兰州新区人力资源和社会保障局", 14, align="right")
    s.seal(s.w - 210, y + 60, 48, "兰州新区人力资源和社会保障局")
    s.text(s.w - 110, y + 90, fdate(f"{year}-12-{rng.randint(10, 28)}", "cn")[0], 14, align="right")
    truth = {"name": p["name"], "year": str(year), "hours": str(pub + pro)}
    return Drawn(paper, truth, f"{year}-12-20")


@family("ce_platform_pdf", "continuing_education", "text", "继续教育平台 学时证明 with a course table")
def ce_platform_pdf(p: dict, rng: random.Random, face: str) -> Drawn:
    year = _years(rng, 1)[0]
    courses = rng.sample(COURSES, rng.randint(3, 6))
    hours = [rng.choice((6, 8, 10, 12, 16, 20)) for _ in courses]
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 70, "甘肃省专业技术人员继续教育学时证明", 16, align="center")
    s.text(60, 104, f"姓名：{p['name']}", 11)
    s.text(220, 104, f"身份证号：{p['id_number'][:6]}********{p['id_number'][-4:]}", 11)
    s.text(60, 124, f"学习年度：{year}", 11)
    rows = [["序号", "课程名称", "类别", "学时"]] + [
        [str(i + 1), c, "公需科目" if i == 0 else "专业科目", str(h)] for i, (c, h) in enumerate(zip(courses, hours))]
    rows.append(["", "合计", "", str(sum(hours))])
    y = s.table(60, 140, [40, 270, 90, s.w - 120 - 400], rows, 10.5, min_h=24, align=["center", "left", "center", "right"])
    s.text(s.w - 60, y + 40, f"打印时间：{year}-12-{rng.randint(10, 28)}", 10, align="right")
    truth = {"name": p["name"], "year": str(year), "hours": str(sum(hours))}
    return Drawn(paper, truth, f"{year}-12-28", producer="甘肃省专业技术人员继续教育平台")


@family("ce_register_card", "continuing_education", "scan", "继续教育登记卡, one row per year")
def ce_register_card(p: dict, rng: random.Random, face: str) -> Drawn:
    years = _years(rng, rng.randint(2, 3))
    pub = [rng.choice((24, 30)) for _ in years]
    pro = [rng.choice((48, 60, 72)) for _ in years]
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 90, "专业技术人员继续教育登记卡", 20, align="center")
    s.text(70, 130, f"姓名：{p['name']}", 13)
    s.text(260, 130, f"工作单位：{p['unit']}", 11)
    rows = [["年度", "公需科目(学时)", "专业科目(学时)", "合计(学时)", "登记单位"]] + [
        [str(y), str(a), str(b), str(a + b), "人社局"] for y, a, b in zip(years, pub, pro)]
    s.table(60, 150, [70, 105, 105, 90, s.w - 120 - 370], rows, 11.5, min_h=32, align=["center"] * 5)
    truth = {"name": p["name"], "year": [str(y) for y in years], "hours": [str(a + b) for a, b in zip(pub, pro)]}
    return Drawn(paper, truth, f"{years[-1]}-12-30")
