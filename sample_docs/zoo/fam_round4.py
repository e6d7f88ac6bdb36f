"""Fourth round of held-out families (issue 12: "when a held-out family fails, fix
the method, move that family to 'seen', and draw a new held-out family").
Written from real documents' layouts and wording, without looking at the parsers.

Social insurance:
* si_account_statement — the 甘肃省 城镇企业职工基本养老保险 个人账户对账单 printed at a
  社保 window and photographed: a ruled holder box (社会保障号码, 个人编号, 首次参保
  日期, 当前参保单位), "一、个人账户记账情况" one row per 年度 (缴费月数, 月平均缴费
  基数, 个人缴费划入, 记账利率, 当年记账利息, 年末累计储存额, the published 记账利率
  of each year), then "二、缴费明细" (缴费年月 | 缴费单位 | 缴费基数 | 个人缴费 |
  缴费类型 | 到账情况), every page headed by the holder's name and number ("（续）")
  and footed "第 N 页／共 M 页"; the closing 说明, 经办机构 and 业务专用章 at the end;
* si_institution_annuity — the 机关事业单位养老保险 个人缴费明细 a 兰州新区 window
  prints as a PDF ("社会保险参保证明（个人）"): a 参保情况 table (险种 | 参保状态 |
  参保起始时间 | 终止时间) for 机关事业单位基本养老保险 / 职业年金 / 职工基本医疗保险,
  then per month 序号 | 所属期 | 单位名称 | 缴费基数 | 基本养老（单位 16% / 个人 8%）|
  职业年金（单位 8% / 个人 4%）| 缴费标志; the 打印机构 / 打印时间 line and page
  number on every page, the header row repeated, the units 事业单位 (the reform began
  2014-10, so every month is later).
Employer:
* emp_institution_contract — a 事业单位聘用合同书 (甘肃省人社厅 印制 text) photographed:
  the cover (聘用单位（甲方）/受聘人员（乙方）/签订日期/鉴证机构), then the first page:
  甲方 blanks, 乙方's ruled box (姓名 性别 出生年月 / 身份证号码 / 学历 专业 / 户籍地址),
  "第一条 本合同为 固定期限 合同…自…起至…止，其中试用期…", "第三条 甲方根据工作需要，
  聘用乙方在 X 岗位工作，岗位类别为专业技术岗位，岗位等级为 专业技术十二级".
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from .draw import A4, RED, Paper
from .facts import contribution_history, contribution_truth, num
from .registry import Drawn, family, fdate, hz_num

GREY = (0.35, 0.35, 0.35)
# 全国统一公布的 企业职工基本养老保险 个人账户记账利率 (per cent)
RATE = {2016: 8.31, 2017: 7.12, 2018: 8.29, 2019: 7.61, 2020: 6.04, 2021: 6.69, 2022: 6.12, 2023: 3.97,
        2024: 2.62}
# 事业单位 of 兰州新区 (机关事业单位养老保险 and 聘用合同 concern them only) with the posts they fill
INSTITUTIONS = {
    "兰州新区第三人民医院": ("护理", "临床医师", "药剂", "医学影像技术"),
    "兰州新区西岔学校": ("专任教师", "初中数学教师", "小学语文教师"),
    "兰州新区秦川园区管理服务中心": ("工程技术", "规划管理", "环境监测"),
    "兰州新区疾病预防控制中心": ("公共卫生医师", "检验技师"),
    "兰州新区第一中学": ("高中物理教师", "专任教师"),
    "兰州新区公共资源交易中心": ("工程造价审核", "信息技术"),
    "兰州新区建设工程质量安全监督站": ("质量监督员", "工程技术"),
}


def _print_date(rows: list[dict], rng: random.Random) -> str:
    y, m = int(rows[-1]["month"][:4]), int(rows[-1]["month"][5:7])
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return f"{y:04d}-{m:02d}-{rng.randint(3, 27):02d}"


def _yuan(x: float, sep: bool = False) -> str:
    return f"{x:,.2f}" if sep else f"{x:.2f}"


# --------------------------------------------------------------------------
# 个人账户对账单 (scan)
# --------------------------------------------------------------------------

@family("si_account_statement", "social_insurance", "scan",
        "甘肃省 城镇企业职工基本养老保险 个人账户对账单 (window print, photographed): 年度 记账 table "
        "(缴费月数, 月平均缴费基数, 个人缴费, 记账利息, 累计储存额), then 缴费明细 by month over pages")
def si_account_statement(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    printed = _print_date(rows, rng)
    sep = rng.random() < 0.5                          # 4,120.50 or 4120.50
    month_style = rng.choice(("dot", "cn0", "iso"))
    id_label = rng.choice(("社会保障号码", "公民身份号码", "身份证号码"))
    kind = rng.choice(({"正常": ("正常应缴", "已到账"), "补缴": ("补缴", "已到账"), "欠费": ("正常应缴", "欠缴"),
                        "中断": ("中断缴费", "—")},
                       {"正常": ("正常", "足额到账"), "补缴": ("补收", "足额到账"), "欠费": ("正常", "未到账"),
                        "中断": ("停保", "未缴费")}))
    first_insured = date(int(rows[0]["month"][:4]) - rng.randint(0, 6), rng.randint(1, 12), 1).isoformat()
    person_no = f"62{rng.randrange(10**14):014d}"
    x0 = 44
    paper = Paper(face, A4)
    s = paper[0]
    sheets = [s]
    title = rng.choice(("甘肃省城镇企业职工基本养老保险个人账户对账单", "企业职工基本养老保险个人账户对账单"))
    s.text(s.w / 2, 56, title, 15, align="center")
    s.text(s.w / 2, 76, f"（截至{fdate(rows[-1]['month'], 'cn', month=True)[0]}）", 10.5, align="center")
    wd = [72, 110, 72, s.w - 2 * x0 - 254]
    y = s.table(x0, 88, wd, [["姓  名", p["name"], id_label, p["id_number"]],
                             ["个人编号", person_no, "性  别", p["gender"]],
                             ["首次参保日期", fdate(first_insured, "cn", month=True)[0], "当前参保单位", p["unit"]]],
                9.5, min_h=20)
    # 一、 the yearly account
    s.text(x0, y + 22, "一、个人账户记账情况", 11)
    balance = round(rng.uniform(3000, 40000), 2)
    yearly = [["年度", "缴费月数", "月平均缴费基数", "个人缴费划入", "记账利率", "当年记账利息", "年末累计储存额"]]
    yearly.append(["上年结转", "", "", "", "", "", _yuan(balance, sep)])
    for year in sorted({r["month"][:4] for r in rows}):
        paid = [r for r in rows if r["month"][:4] == year and r["paid"]]
        into = sum(r["base"] * 0.08 for r in paid)
        rate = RATE.get(int(year), 6.0) / 100
        interest = balance * rate + into * rate * 0.5 * len(paid) / 12
        balance += into + interest
        avg = sum(r["base"] for r in paid) / len(paid) if paid else 0.0
        yearly.append([year, str(len(paid)), _yuan(avg, sep), _yuan(into, sep), f"{rate * 100:.2f}%",
                       _yuan(interest, sep), _yuan(balance, sep)])
    yw = [52, 52, 80, 78, 56, 76, s.w - 2 * x0 - 394]
    y = s.table(x0, y + 30, yw, yearly, 8.5, min_h=17, align=["center"] * 2 + ["right"] * 5)
    # 二、 the months
    s.text(x0, y + 22, "二、缴费明细", 11)
    cols = ["缴费年月", "缴费单位", "缴费基数", "个人缴费", "缴费类型", "到账情况"]
    mw = [62, 0, 66, 60, 56, 56]
    mw[1] = s.w - 2 * x0 - sum(mw)
    align = ["center", "left", "right", "right", "center", "center"]
    y = s.table(x0, y + 30, mw, [cols], 9, min_h=19, align=["center"] * 6)
    for r in rows:
        if y > s.h - 64:
            s = paper.add_page()
            sheets.append(s)
            s.text(x0, 46, f"姓名：{p['name']}    {id_label}：{p['id_number']}    （续）", 9.5)
            y = s.table(x0, 56, mw, [cols], 9, min_h=19, align=["center"] * 6)
        zero = r["status"] == "中断"
        y = s.table(x0, y, mw, [[fdate(r["month"], month_style, month=True)[0], r["unit"],
                                 _yuan(r["base"], sep), _yuan(0 if zero else r["base"] * 0.08, sep),
                                 *kind[r["status"]]]], 8.5, min_h=16, align=align, pad=3)
    if y > s.h - 150:   # the closing lines on a page of their own
        s = paper.add_page()
        sheets.append(s)
        y = 40
    paid = sum(r["paid"] for r in rows)
    s.text(x0, y + 22, f"本期实际缴费{paid}个月。", 9.5)
    s.para(x0, y + 42, "说明：1.个人账户记账利率按国家公布的当年利率执行；2.“未到账”“欠缴”月份不计入缴费年限，"
                       "补缴到账后予以记录；3.本对账单加盖经办机构业务专用章有效，对记录有异议的请持身份证到参保地"
                       "社保经办机构核实。", s.w - 2 * x0, 8.5, leading=1.6)
    issuer = rng.choice(("兰州新区社会保险事业服务中心", "甘肃省社会保险事业服务中心", "兰州市社会保险事业管理局"))
    s.text(s.w - x0, y + 110, f"经办机构：{issuer}", 10, align="right")
    s.text(s.w - x0, y + 128, f"打印日期：{fdate(printed, rng.choice(('cn', 'iso', 'dot')))[0]}", 10, align="right")
    s.seal(s.w - 130, y + 118, 36, "社会保险业务专用章", color=RED)
    for i, sheet in enumerate(sheets):
        sheet.text(sheet.w / 2, sheet.h - 28, f"第 {i + 1} 页／共 {len(sheets)} 页", 8.5, align="center")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": contribution_truth(rows)}
    return Drawn(paper, truth, printed, dpi=rng.choice((130, 150)))


# --------------------------------------------------------------------------
# 机关事业单位养老保险 + 职业年金 (text)
# --------------------------------------------------------------------------

@family("si_institution_annuity", "social_insurance", "text",
        "兰州新区 窗口 社会保险参保证明（个人）for a 事业单位 employee: 参保情况 table (险种/参保状态/起止时间), "
        "then 机关事业单位养老保险 缴费明细 with 基本养老 and 职业年金 单位|个人 columns, over pages")
def si_institution_annuity(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    others = [u for u in INSTITUTIONS if u != p["unit"]]
    unit = p["unit"] if p["unit"] in INSTITUTIONS else rng.choice(others)
    prev = rng.choice([u for u in others if u != unit])
    for r in rows:   # the same job change, between 事业单位
        r["unit"] = unit if r["unit"] == p["unit"] else prev
    printed = _print_date(rows, rng)
    month_style = rng.choice(("compact", "iso", "dot"))
    flag = rng.choice(({"正常": "正常缴费", "补缴": "补缴", "欠费": "欠缴", "中断": "暂停缴费"},
                       {"正常": "已缴", "补缴": "补收", "欠费": "欠费", "中断": "中断"}))
    paper = Paper(face, A4)
    x0 = 36
    wd = [26, 48, 0, 56, 50, 46, 46, 42, 46]
    wd[2] = A4[0] - 2 * x0 - sum(wd)
    issuer = rng.choice(("兰州新区社会保险事业服务中心", "兰州新区政务服务中心社保窗口"))
    stamp = f"{printed} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    first_m = fdate(rows[0]["month"], "cn", month=True)[0]
    pages: list = []
    s = paper[0]
    pages.append(s)
    s.text(s.w / 2, 58, "社会保险参保证明（个人）", 17, align="center", track=1)
    s.text(x0, 84, f"证明编号：SB{printed.replace('-', '')}{rng.randrange(10**6):06d}", 8.5, color=GREY)
    s.text(x0, 104, f"姓名：{p['name']}", 10.5)
    s.text(x0 + 120, 104, f"性别：{p['gender']}", 10.5)
    s.text(x0 + 200, 104, f"证件号码：{p['id_number']}", 10.5)
    s.text(x0, 122, f"参保单位：{rows[-1]['unit']}", 10.5)
    s.text(x0, 148, "一、参保情况", 11)
    since = "2014年10月" if rows[0]["month"] > "2014-10" and rng.random() < 0.5 else first_m
    y = s.table(x0, 156, [190, 90, 110, s.w - 2 * x0 - 390],
                [["险种", "参保状态", "参保起始时间", "终止时间"],
                 ["机关事业单位基本养老保险", "参保缴费", since, "—"],
                 ["职业年金", "参保缴费", since, "—"],
                 ["职工基本医疗保险", "参保缴费", first_m, "—"]],
                9.5, min_h=19, align=["left", "center", "center", "center"])
    s.text(x0, y + 22, f"二、缴费明细（{first_m}—{fdate(rows[-1]['month'], 'cn', month=True)[0]}）", 11)
    y += 30

    def header(sheet, y: float) -> float:
        h1, h2, size = 17, 15, 8.5
        cx = x0
        for i, label in enumerate(("序号", "所属期", "单位名称", "缴费基数")):
            sheet.box(cx, y, cx + wd[i], y + h1 + h2, width=0.5)
            sheet.text(cx + wd[i] / 2, y + (h1 + h2) / 2 + 3.5, label, size, align="center")
            cx += wd[i]
        for k, label in enumerate(("基本养老保险", "职业年金")):
            a, b = wd[4 + 2 * k], wd[5 + 2 * k]
            sheet.box(cx, y, cx + a + b, y + h1, width=0.5)
            sheet.text(cx + (a + b) / 2, y + h1 / 2 + 3.5, label, size, align="center")
            for j, sub in enumerate(("单位", "个人")):
                w = (a, b)[j]
                sheet.box(cx, y + h1, cx + w, y + h1 + h2, width=0.5)
                sheet.text(cx + w / 2, y + h1 + h2 / 2 + 3, sub, 8, align="center")
                cx += w
        sheet.box(cx, y, cx + wd[8], y + h1 + h2, width=0.5)
        sheet.text(cx + wd[8] / 2, y + (h1 + h2) / 2 + 3.5, "缴费标志", size, align="center")
        return y + h1 + h2

    y = header(s, y)
    for n, r in enumerate(rows, 1):
        if y > s.h - 60:
            s = paper.add_page()
            pages.append(s)
            y = header(s, 48)
        z = 0.0 if r["status"] == "中断" else r["base"]
        y = s.table(x0, y, wd, [[str(n), fdate(r["month"], month_style, month=True)[0], r["unit"],
                                 _yuan(r["base"]), _yuan(z * 0.16), _yuan(z * 0.08), _yuan(z * 0.08),
                                 _yuan(z * 0.04), flag[r["status"]]]], 8, min_h=16, pad=2.5, leading=1.25,
                    align=["center", "center", "left"] + ["right"] * 5 + ["center"])
    if y > s.h - 130:
        s = paper.add_page()
        pages.append(s)
        y = 40
    paid = sum(r["paid"] for r in rows)
    s.text(x0, y + 20, f"合计：实际缴费{paid}个月。", 9.5)
    s.para(x0, y + 38, "备注：1.职业年金个人缴费按本人缴费工资的4%、单位按8%记入；2.缴费标志为"
                       f"“{flag['欠费']}”“{flag['中断']}”的月份未计入缴费年限；3.本证明可登录甘肃省人力资源和社会保障厅"
                       "网上服务大厅输入证明编号核验。", s.w - 2 * x0, 8.5, leading=1.6)
    s.seal(s.w - 130, y + 110, 38, "兰州新区社会保险事业服务中心")
    for i, sheet in enumerate(pages):
        sheet.text(x0, sheet.h - 26, f"打印机构：{issuer}    打印时间：{stamp}", 8, color=GREY)
        sheet.text(sheet.w - x0, sheet.h - 26, f"第{i + 1}页 共{len(pages)}页", 8, align="right", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": contribution_truth(rows)}
    return Drawn(paper, truth, printed, producer="FastReport.NET 2019.4")


# --------------------------------------------------------------------------
# 事业单位聘用合同书 (scan)
# --------------------------------------------------------------------------

def _fill(s, x: float, y: float, parts: list, size: float) -> float:
    """A line of the printed text: strings, and (value, width) underlined blanks typed in."""
    for part in parts:
        if isinstance(part, str):
            x = s.text(x, y, part, size)
            continue
        value, wd = part
        wd = max(wd, s.width(value, size) + 10)
        if value:
            s.text(x + wd / 2, y, value, size, align="center")
        s.line(x, y + 3, x + wd, y + 3, width=0.5)
        x += wd
    return x


def _ymd(value: str) -> list:
    if not value:
        return [("", 34), "年", ("", 18), "月", ("", 18), "日"]
    y, m, d = value.split("-")
    return [(y, 34), "年", (str(int(m)), 18), "月", (str(int(d)), 18), "日"]


_GRADES = ("专业技术十二级", "专业技术十一级", "专业技术十级", "专业技术九级")


@family("emp_institution_contract", "employment_proof", "scan",
        "甘肃省 事业单位聘用合同书 photographed: cover (聘用单位（甲方）/受聘人员（乙方）/鉴证) and first page "
        "(乙方 ruled box, 合同期限 and 聘用岗位/岗位等级 blanks typed in)")
def emp_institution_contract(p: dict, rng: random.Random, face: str) -> Drawn:
    unit = p["unit"] if p["unit"] in INSTITUTIONS else rng.choice(sorted(INSTITUTIONS))
    post = rng.choice(INSTITUTIONS[unit])
    start = p["work_start"]
    renewal = start < "2008"   # the first 聘用合同 of an older hand is a later one (聘用制 from the 2000s)
    if renewal:
        start = date(rng.randint(2012, 2022), rng.choice((1, 7)), 1).isoformat()
    y0 = int(start[:4])
    term = rng.choice((3, 3, 5))
    end = (date.fromisoformat(start).replace(year=y0 + term) - timedelta(days=1)).isoformat()
    sd = date.fromisoformat(start)
    signed = (sd - timedelta(days=rng.randint(3, 25))).isoformat()
    prob_end = "" if renewal else (date(sd.year + (sd.month + 5) // 12, (sd.month + 5) % 12 + 1, 1)
                                   - timedelta(days=1)).isoformat()
    paper = Paper(face, A4, pages=2)
    s = paper[0]
    s.text(s.w - 72, 72, f"合同编号：{rng.choice(('LXPY', 'PY', 'XQ'))}{y0}{rng.randint(1, 999):03d}", 11,
           align="right")
    s.text(s.w / 2, 236, rng.choice(("事业单位聘用合同书", "事业单位聘用合同")), 28, align="center", track=3)
    if rng.random() < 0.5:
        s.text(s.w / 2, 272, "（甘肃省）", 15, align="center")
    for i, (label, value) in enumerate((("聘用单位（甲方）：", unit), ("受聘人员（乙方）：", p["name"]))):
        _fill(s, 110, 420 + 40 * i, [label, (value, 250)], 14)
    _fill(s, 110, 500, ["签 订 日 期："] + _ymd(signed), 14)
    _fill(s, 110, 540, ["鉴 证 机 构：", ("", 250)], 14)
    s.text(s.w / 2, 730, "甘肃省人力资源和社会保障厅 印制", 13, align="center")
    s = paper[1]
    size, x, lead = 10.5, 68, 21
    y = 66
    for parts in (["甲方（聘用单位）：", (unit, 250)],
                  ["法定代表人：", (p["principal"], 90), "  单位地址：", ("甘肃省兰州新区", 150)]):
        _fill(s, x, y + 4, parts, size)
        y += lead
    s.text(x, y + 4, "乙方（受聘人员）：", size)
    y += 12
    style = rng.choice(("cn", "dot"))
    edu = {"本科": "大学本科", "大专": "大学专科", "硕士研究生": "硕士研究生"}[p["level"]]
    y = s.table(x, y, [72, 110, 56, 70, 72, s.w - 2 * x - 380],
                [["姓    名", p["name"], "性  别", p["gender"], "出生年月", fdate(p["birth_date"], style, month=True)[0]],
                 ["身份证号码", p["id_number"], "学  历", edu, "所学专业", p["major"]],
                 ["户籍地址", p["address"], "", "", "联系电话", f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"]],
                9.5, min_h=20)
    y = s.para(x, y + 24, "根据《事业单位人事管理条例》和国家、省有关规定，甲乙双方在平等自愿、协商一致的基础上，"
                          "签订本合同，共同遵守本合同所列条款。", s.w - 2 * x, size, indent=2 * size)
    s.text(s.w / 2, y + 6, "一、合同期限", 11.5, align="center")
    y += 28
    _fill(s, x + 2 * size, y, ["第一条  本合同为", ("固定期限", 64), "合同，期限", (hz_num(term), 30),
                               "年。"], size)
    y += lead
    _fill(s, x + 2 * size, y, ["（一）固定期限：自"] + _ymd(start) + ["起至"] + _ymd(end) + ["止。"], size)
    y += lead
    _fill(s, x, y, ["其中试用期自"] + _ymd(start if prob_end else "") + ["起至"] + _ymd(prob_end) + ["止。"], size)
    y += lead
    _fill(s, x + 2 * size, y, ["（二）至乙方退休的合同：自"] + _ymd("") + ["起至乙方达到国家规定的"], size)
    y += lead
    _fill(s, x, y, ["退休年龄时止。"], size)
    y += lead
    _fill(s, x + 2 * size, y, ["（三）以完成一定工作任务为期限：自"] + _ymd("") + ["起至", ("", 80),
                               "完成时止。"], size)
    y += lead
    s.text(s.w / 2, y + 10, "二、岗位及职责", 11.5, align="center")
    y += 32
    dept = {"医院": "护理部", "学校": "教务处", "中心": "业务科"}
    dname = next((v for k, v in dept.items() if k in unit), "业务科")
    _fill(s, x + 2 * size, y, ["第二条  甲方根据工作需要，聘用乙方在", (dname, 56), "（部门）", (post, 80),
                               "岗位工作。"], size)
    y += lead
    _fill(s, x, y, ["岗位类别为", ("专业技术岗位", 80), "，岗位等级为", (rng.choice(_GRADES), 100), "。"], size)
    y += lead
    y = s.para(x, y, "第三条  乙方应当按照岗位职责要求，完成甲方规定的工作任务，达到规定的质量标准。甲方根据工作需要"
                     "和乙方的业绩、能力，经协商一致，可以变更乙方的岗位。", s.w - 2 * x, size, indent=2 * size)
    s.text(s.w / 2, y + 10, "三、工作条件和劳动保护", 11.5, align="center")
    s.para(x, y + 32, "第四条  甲方实行国家规定的工作时间制度，为乙方提供符合国家规定的安全卫生工作环境，保证乙方的"
                      "人身安全和身心健康。乙方依法享受国家规定的休息休假。", s.w - 2 * x, size, indent=2 * size)
    s.text(s.w / 2, s.h - 40, "- 1 -", 10, align="center")
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post, "start_date": start}
    return Drawn(paper, truth, signed, dpi=rng.choice((130, 140)))
