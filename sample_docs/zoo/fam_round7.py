"""Seventh round of held-out families (issue 12: "when a held-out family fails, fix
the method, move that family to 'seen', and draw a new held-out family"), written
from real documents' layouts and wording without looking at the parsers.

Social insurance:
* si_national_twoup — the "社会保险个人参保证明" that the 国家社会保险公共服务平台 (and the
  电子社保卡) lets a person download (text PDF): a 验证码 and QR top right, a holder
  table (姓名 / 性别 / 社会保障号码 / 参保地), "一、参保险种情况" (险种类型 | 参保状态 |
  参保起始年月 | 累计缴费月数), then "二、企业职工基本养老保险缴费明细" set newspaper-style in
  two blocks side by side (缴费年月 | 缴费基数 | 个人缴费 | 单位缴费 | 备注), each year
  opened by a spanning heading row "2021年度  单位：…" (repeated with "（续）" when a
  block or page breaks, and again when the unit changes within a year), a 合计 line
  and the platform's 电子印章 at the end. Months without a record (中断) are not listed
  (not in the truth); an owed month shows 0.00 and "欠费" (paid 0), a 补缴 month "补缴".
* si_counter_stamped — a 社保经办机构 counter print "参保人员缴费证明（养老保险）" scanned
  on the office copier: holder lines (no box), the columns in the order 序号 | 缴费基数 |
  缴费年月 | 单位缴费 | 个人缴费 | 缴费类型 | 到账日期 | 缴费单位 (the base before the
  month), one row per record in month order, then the 补缴 records appended at the end
  in the order they were collected (batches not in month order: a later stretch may
  come before an earlier month), every page stamped with the red round 业务专用章 over
  the last rows and signed "经办人". Owed months are "欠缴 / 未到账" (paid 0); months
  without a record are absent. The truth is in month order (contract: one row per
  month), whatever the print's order.
Papers:
* pap_xuebao_pinyin_angle — a 学报(自然科学版) first page photographed at an angle on a
  desk (the page turned 3–6° and smaller than the frame, then the phone's perspective):
  the running head "兰州大学学报(自然科学版)  第57卷第3期  2021年6月" on the right with the
  page number on the left over a rule, "文章编号" top left, the Chinese title with the
  English title under it, the Chinese byline with superscript affiliation numbers and the
  pinyin byline under it ("LI Jianjun1, WANG Zhe2"), Chinese then English affiliations,
  摘要 / 关键词 / 中图分类号, Abstract / Key words, the 引文格式 line, two columns and the
  收稿日期 / 作者简介 footnote. ISSN only in the 文章编号 (printed in some issues), no CN.
* pap_issue_cover_toc — what applicants most often scan from a printed issue: the
  封面, the 目次 page and the article's first page (a three-page image PDF). The cover
  has the journal's name, "2022年 第5期", 中文核心期刊 marks, ISSN and CN over a bar code;
  the 目次 lists the issue's articles under 栏目 with dot leaders and page numbers (the
  holder's among them) and ends with the 版权 box (主管 / 主办 / 出版日期 "2022年5月25日" /
  国际标准连续出版物号 / 国内统一连续出版物号); the article's first page has NO running
  head and no journal name: only "· 45 ·" and the 收稿日期 footnote. The month is the
  出版日期's (semimonthlies: 第10期 is May).
Employer:
* emp_form_opinion — a 工作证明 typed into a form (表格式, Word export, text PDF): title
  "工 作 证 明", a ruled grid (姓名 性别 出生年月 / 民族 政治面貌 学历 / 身份证号 /
  毕业院校及专业 / 工作单位 / 所在部门 现任岗位 入职时间 / 参加工作时间 用工性质 ...)
  with a 1寸 photo cell spanning four rows, a 主要工作内容 box, a 备注 row and a tall
  "单位意见" box holding "经核实，以上情况属实…", 单位负责人 / 经办人, "（单位盖章）", the
  date and the seal image. 参加工作时间 (the first job: earlier, or the same month) is a distracting date:
  the truth's start_date is 入职时间 (its printed precision: month or day).
Diploma:
* dip_1980s_vertical_prose — a 1980s 毕业证书 (landscape, red double border with corner
  ornaments) written entirely in vertical columns read right to left: the title column,
  the 字号 number "（八七）兰铁毕字第一二三号" in 汉字 numerals, the photo with its
  钢印, the prose "学生 X ，男，一九六五年三月生（or 现年二十二岁），系甘肃省…人。于一九八三年
  九月至一九八七年七月在本校铁道工程系铁道工程专业四年制本科学习…准予毕业。", then the
  school's then name (兰州铁道学院, 甘肃工业大学, 西北民族学院 …), 院长/校长 and the date
  columns on the left. Conventions: the school is the name printed (the 1980s name),
  the major the 1980s 专业 name; no certificate_no in the truth (a 字号 number is not a
  毕业证书编号 of contract §6); no birth_date when the certificate says 现年…岁; dates
  are the prose's months (the closing date with its day is the issue date).
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pymupdf

from .draw import A4, A4L, RED, Paper, Sheet
from .facts import JOURNALS, NAMES_F, NAMES_M, TITLE_A, TITLE_B, TITLE_C, contribution_history, issn, num, redate
from .fam_heldout2a import _qr
from .registry import Drawn, family, fdate, hz_num

GREY = (0.35, 0.35, 0.35)
LIGHT = (0.55, 0.55, 0.55)
STEEL = (0.55, 0.55, 0.55)


def _print_date(rows: list[dict], rng: random.Random) -> str:
    y, m = int(rows[-1]["month"][:4]), int(rows[-1]["month"][5:7])
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return f"{y:04d}-{m:02d}-{rng.randint(2, 26):02d}"


def _yuan(x: float, sep: bool = False) -> str:
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def _others(*names: str) -> list[str]:
    return [n for n in NAMES_M + NAMES_F if n not in names]


def _gender(p: dict, name: str) -> str:
    return p["gender"] if name == p["name"] else ("男" if name in NAMES_M else "女")


def _truth_rows(rows: list[dict]) -> list[str]:
    return [f"{r['month']}|{r['unit']}|{num(r['base'])}|{r['paid']}" for r in sorted(rows, key=lambda r: r["month"])]


# --------------------------------------------------------------------------
# 国家社会保险公共服务平台 社会保险个人参保证明, two blocks per page (text)
# --------------------------------------------------------------------------

@family("si_national_twoup", "social_insurance", "text",
        "国家社会保险公共服务平台 社会保险个人参保证明: 参保险种情况 (险种|参保状态|参保起始年月|累计缴费月数), then "
        "养老保险缴费明细 in two side-by-side blocks (缴费年月|缴费基数|个人缴费|单位缴费|备注) with '2021年度 单位：…' "
        "heading rows, 合计 line, 电子印章")
def si_national_twoup(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    mstyle = rng.choice(("iso", "compact", "cn0"))
    remark = {"正常": "", "补缴": "补缴", "欠费": "欠费"}
    paper = Paper(face, A4)
    s = paper[0]
    x0 = 40
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))
    s.text(x0, 36, "国家社会保险公共服务平台", 9, color=GREY)
    s.text(x0, 48, "si.12333.gov.cn", 7.5, color=LIGHT)
    s.page.insert_image((s.w - x0 - 54, 22, s.w - x0, 76), stream=_qr(rng, 23))
    s.text(s.w - x0 - 60, 40, f"验证码：{code}", 8, align="right")
    s.text(s.w - x0 - 60, 52, f"打印日期：{fdate(printed, 'cn0')[0]}", 8, align="right")
    s.text(s.w / 2, 98, "社会保险个人参保证明", 18, align="center", track=2)
    wd = [80, 150, 80, s.w - 2 * x0 - 310]
    y = s.table(x0, 114, wd, [["姓    名", p["name"], "性    别", p["gender"]],
                              ["社会保障号码", p["id_number"], "参 保 地", rng.choice(("甘肃省兰州新区", "甘肃省兰州市",
                                                                               "甘肃省省本级"))]],
                9, min_h=20, align=["center", "left", "center", "left"])
    first = fdate(listed[0]["month"], "cn0", month=True)[0]
    paid_n = sum(r["paid"] for r in rows)
    s.text(x0, y + 22, "一、参保险种情况", 10.5)
    y = s.table(x0, y + 30, [170, 90, 120, s.w - 2 * x0 - 380],
                [["险种类型", "参保状态", "参保起始年月", "累计缴费月数"],
                 ["企业职工基本养老保险", "参保缴费", first, str(paid_n)],
                 ["失业保险", "参保缴费", first, str(paid_n)],
                 ["工伤保险", "参保缴费", first, "—"]], 8.5, min_h=17, align=["center"] * 4)
    s.text(x0, y + 22, "二、企业职工基本养老保险缴费明细", 10.5)
    s.text(s.w - x0, y + 22, "单位：元", 8.5, align="right")
    # the blocks: 缴费年月 | 缴费基数 | 个人缴费 | 单位缴费 | 备注
    bw = [54, 56, 50, 54, 30]
    gap = s.w - 2 * x0 - 2 * sum(bw)
    head = ["缴费年月", "缴费基数", "个人缴费", "单位缴费", "备注"]
    size, rh = 7.5, 7.5 * 1.4 + 4
    top, bottom = y + 30, s.h - 56
    lines: list[tuple] = []   # ("h", text) heading, ("r", row)
    prev = None
    for r in listed:
        key = (r["month"][:4], r["unit"])
        if key != prev:
            lines.append(("h", key))
            prev = key
        lines.append(("r", r))
    sheets = [s]
    left_end = top
    col = 0
    yy = top

    def block_x() -> float:
        return x0 + col * (sum(bw) + gap)

    def start_block() -> float:
        return s.table(block_x(), yy, bw, [head], size, min_h=rh + 2, pad=2, align=["center"] * 5)

    yy = start_block()
    cur_key = None
    tot_p = tot_u = 0.0
    for kind, v in lines:
        need = rh * (2 if kind == "h" else 1)
        if yy + need > bottom:
            if col == 0:
                left_end = yy
                col = 1
                yy = top
            else:
                s = paper.add_page()
                sheets.append(s)
                col, top = 0, 60
                yy = top
                s.text(s.w / 2, 44, "社会保险个人参保证明（续）", 10, align="center")
            yy = start_block()
            if kind == "r" and cur_key:
                yy = s.table(block_x(), yy, [sum(bw)], [[f"{cur_key[0]}年度（续）  单位：{cur_key[1]}"]], size,
                             min_h=rh, pad=2)
        if kind == "h":
            cur_key = v
            yy = s.table(block_x(), yy, [sum(bw)], [[f"{v[0]}年度  单位：{v[1]}"]], size, min_h=rh, pad=2)
        else:
            r = v
            z = r["paid"]
            pp, uu = r["base"] * 0.08 * z, r["base"] * 0.16 * z
            tot_p += pp
            tot_u += uu
            yy = s.table(block_x(), yy, bw, [[fdate(r["month"], mstyle, month=True)[0], _yuan(r["base"]), _yuan(pp),
                                              _yuan(uu), remark[r["status"]]]], size, min_h=rh, pad=2,
                         align=["center", "right", "right", "right", "center"])
    end_y = yy if col == 0 else max(yy, left_end)
    if end_y + 110 > s.h - 40:
        s = paper.add_page()
        sheets.append(s)
        end_y = 60
    s.text(x0, end_y + 22, f"合计：实际缴费{paid_n}个月，个人缴费累计{_yuan(tot_p)}元，单位缴费累计{_yuan(tot_u)}元。",
           9)
    yy = s.para(x0, end_y + 42, "说明：1.本证明信息来源于全国社会保险信息系统，截至打印日期；2.备注为“欠费”的月份未实际"
                                "缴费，不计入缴费月数；3.本证明可通过国家社会保险公共服务平台或电子社保卡扫描二维码、输入"
                                "验证码核验真伪，验证有效期三个月。", s.w - 2 * x0 - 120, 8, leading=1.6)
    s.seal(s.w - x0 - 60, end_y + 60, 46, "人力资源和社会保障部社会保险事业管理中心")
    s.text(s.w - x0 - 60, end_y + 90, "电子专用章", 7, align="center", color=RED)
    for i, sh in enumerate(paper.sheets):
        sh.text(sh.w / 2, sh.h - 24, f"第{i + 1}页/共{len(paper.sheets)}页", 8, align="center", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, producer="iText® 5.5.13.2 ©2000-2020 iText Group NV (AGPL-version)")


# --------------------------------------------------------------------------
# counter print, base before month, 补缴 appended, stamped on every page (scan)
# --------------------------------------------------------------------------

AGENCIES = ("兰州新区社会保险事业服务中心", "兰州市社会保险事业管理局", "甘肃省社会保险事业服务中心")


@family("si_counter_stamped", "social_insurance", "scan",
        "社保经办机构 柜台 参保人员缴费证明（养老保险）copier scan: 序号|缴费基数|缴费年月|单位缴费|个人缴费|缴费类型|"
        "到账日期|缴费单位, 补缴 records appended at the end out of month order, red 业务专用章 over the rows of "
        "every page")
def si_counter_stamped(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    # a second 补缴 stretch (two or three 正常 months collected later), as counters often show
    normal = [i for i, r in enumerate(rows) if r["status"] == "正常"]
    if len(normal) > 8 and rng.random() < 0.8:
        i0 = rng.choice(normal[:-3])
        for i in range(i0, i0 + rng.randint(2, 3)):
            if rows[i]["status"] == "正常":
                rows[i] = dict(rows[i], status="补缴")
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    pd = date.fromisoformat(printed)
    on_time = [r for r in listed if r["status"] != "补缴"]
    back = [r for r in listed if r["status"] == "补缴"]
    # 补缴 batches: consecutive months collected together, batches in collection order
    batches: list[list[dict]] = []
    for r in back:
        if batches and _next_month(batches[-1][-1]["month"]) == r["month"]:
            batches[-1].append(r)
        else:
            batches.append([r])
    rng.shuffle(batches)
    paid_on: dict[str, str] = {}
    d0 = pd - timedelta(days=rng.randint(200, 500))
    for b in batches:   # collected after the batch's last month, before the print
        lo = date.fromisoformat(_next_month(b[-1]["month"]) + "-01") + timedelta(days=rng.randint(5, 40))
        d0 = max(d0 + timedelta(days=rng.randint(20, 90)), lo)
        for r in b:
            paid_on[r["month"]] = min(d0, pd - timedelta(days=1)).isoformat()
    order = on_time + [r for b in batches for r in b]
    mstyle = rng.choice(("compact", "iso"))
    kind_word = rng.choice(({"正常": "正常缴费", "补缴": "补缴", "欠费": "欠缴"},
                           {"正常": "正常应缴", "补缴": "补收", "欠费": "欠费"}))
    agency = rng.choice(AGENCIES)
    clerk = rng.choice([c for c in ("马海燕", "周淼", "李建军", "冯雪", "何培元", "闫雯雯") if c != p["name"]])
    paper = Paper(face, A4, pages=0)
    x0 = 36
    wd = [24, 52, 46, 50, 46, 44, 56]
    wd.append(A4[0] - 2 * x0 - sum(wd))
    head = ["序号", "缴费基数", "缴费年月", "单位缴费", "个人缴费", "缴费类型", "到账日期", "缴费单位"]
    size = 8
    per_page = rng.randint(30, 36)
    chunks = [order[i:i + per_page] for i in range(0, len(order), per_page)]
    n = 0
    for pi, chunk in enumerate(chunks):
        s = paper.add_page()
        if pi == 0:
            s.text(s.w / 2, 62, "参保人员缴费证明（养老保险）", 16, align="center", track=1)
            s.text(x0, 90, f"姓名：{p['name']}", 9.5)
            s.text(x0 + 120, 90, f"公民身份号码：{p['id_number']}", 9.5)
            s.text(x0 + 360, 90, f"个人编号：{rng.randrange(10**9, 10**10)}", 9.5)
            s.text(x0, 106, f"险种：企业职工基本养老保险    参保状态：参保缴费    当前参保单位：{rows[-1]['unit']}", 9.5)
            s.text(x0, 122, f"打印机构：{agency}", 9)
            s.text(s.w - x0, 122, f"打印时间：{printed} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", 9,
                   align="right")
            y = 130
        else:
            s.text(x0, 50, f"姓名：{p['name']}（续）", 9)
            y = 58
        y = s.table(x0, y, wd, [head], size, min_h=18, pad=2, align=["center"] * 8)
        body = []
        for r in chunk:
            n += 1
            paid = r["status"] != "欠费"
            when = paid_on.get(r["month"]) or (
                "未到账" if not paid else f"{_next_month(r['month'])}-{rng.randint(10, 25):02d}")
            body.append([str(n), _yuan(r["base"]), fdate(r["month"], mstyle, month=True)[0],
                         _yuan(r["base"] * 0.16), _yuan(r["base"] * 0.08), kind_word[r["status"]], when, r["unit"]])
        y = s.table(x0, y, wd, body, size, min_h=17, pad=2, leading=1.25,
                    align=["center", "right", "center", "right", "right", "center", "center", "left"])
        if pi == len(chunks) - 1:
            paid_n = sum(1 for r in listed if r["paid"])
            y = s.para(x0, y + 20, f"截至打印之日，该参保人累计实际缴费{paid_n}个月（缴费类型为“{kind_word['欠费']}”的"
                                   "月份未到账，不计入缴费年限）。补缴记录按征收时间列于表末。", s.w - 2 * x0, 9,
                       leading=1.7)
            s.text(x0, y + 16, f"经办人：{clerk}", 9.5)
            s.text(s.w - x0 - 10, y + 16, f"{agency}（业务专用章）", 9.5, align="right")
        # the stamp over the last rows of the page
        cy = y - rng.uniform(10, 40)
        cx = s.w - x0 - rng.uniform(90, 170)
        s.seal(cx, cy, 42, agency)
        s.text(cx, cy + 26, "业务专用章", 7.5, align="center", color=RED)
        s.text(s.w / 2, s.h - 28, f"第 {pi + 1} 页  共 {len(chunks)} 页", 8, align="center")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, dpi=rng.choice((140, 150)), level=rng.choice((1, 2, 2)))


def _next_month(m: str) -> str:
    y, mo = int(m[:4]), int(m[5:7])
    y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return f"{y:04d}-{mo:02d}"


# --------------------------------------------------------------------------
# 学报 first page with a pinyin byline, photographed at an angle (scan)
# --------------------------------------------------------------------------

PINYIN = {"李建军": "LI Jianjun", "王喆": "WANG Zhe", "邓堃": "DENG Kun", "刘彧": "LIU Yu", "陈昇": "CHEN Sheng",
          "欧阳振华": "OUYANG Zhenhua", "司马俊杰": "SIMA Junjie", "扎西多吉": "ZHAXI Duoji",
          "马木提江": "MA Mutijiang", "张晓东": "ZHANG Xiaodong", "赵子龙": "ZHAO Zilong", "何培元": "HE Peiyuan",
          "周垚": "ZHOU Yao", "韦国栋": "WEI Guodong", "包巴特尔": "BAO Bateer", "杨浩然": "YANG Haoran",
          "牛犇": "NIU Ben", "上官云飞": "SHANGGUAN Yunfei", "蒲永刚": "PU Yonggang", "敬德明": "JING Deming",
          "苟文斌": "GOU Wenbin", "把春生": "BA Chunsheng", "高霞琰": "GAO Xiayan", "张玥": "ZHANG Yue",
          "赵珺": "ZHAO Jun", "周淼": "ZHOU Miao", "李婧": "LI Jing", "诸葛晓燕": "ZHUGE Xiaoyan",
          "皇甫丽娜": "HUANGFU Lina", "卓玛措": "ZHUOMA Cuo", "阿依古丽": "AYI Guli", "马海燕": "MA Haiyan",
          "冯雪": "FENG Xue", "孙娅楠": "SUN Yanan", "苏璟瑜": "SU Jingyu", "曹昕怡": "CAO Xinyi", "钟芃": "ZHONG Peng",
          "何姗姗": "HE Shanshan", "尕藏卓玛": "GAZANG Zhuoma", "闫雯雯": "YAN Wenwen", "瞿颖": "QU Ying",
          "妥晓梅": "TUO Xiaomei"}
EN_A = dict(zip(TITLE_A, ("High Loess Fill Foundations", "Wastewater Treatment Plants in Cold and Arid Regions",
                          "Prefabricated Utility Tunnels", "Asphalt Pavements of Plateau Highways",
                          "Leakage in Urban Water Supply Networks", "Grid-connected Distributed Photovoltaics",
                          "Tunnels in Collapsible Loess", "Hazardous Waste in Petrochemical Parks",
                          "Vocational Education in Ethnic Regions", "Reclaimed Water in the Arid Northwest")))
EN_B = dict(zip(TITLE_B, ("Settlement Behaviour", "Low-temperature Operation", "Mechanical Performance of Joints",
                          "Rutting Resistance", "District Metering", "Power Quality",
                          "Deformation of Primary Support", "Disposal Process", "Curriculum System",
                          "Quality of Reused Water")))
EN_C = dict(zip(TITLE_C, ("Experimental Study on", "Analysis and Countermeasures of", "Optimal Design of",
                          "Field Measurement and Analysis of", "Application Research on", "Numerical Simulation of")))


def _english_title(title: str) -> str:
    a = next(x for x in TITLE_A if title.startswith(x))
    c = next(x for x in TITLE_C if title.endswith(x))
    b = title[len(a):len(title) - len(c)]
    return f"{EN_C[c]} {EN_B.get(b, 'Behaviour')} of {EN_A[a]}"


# bimonthly 学报: ISSN first 7, CN, year of volume 1; 第n期 appears in month 2n (some: 2n-1)
XUEBAO7 = {"兰州大学学报(自然科学版)": ("0455205", "62-1075/N", 1965, lambda n: 2 * n),
           "兰州理工大学学报": ("1673519", "62-1180/N", 1975, lambda n: 2 * n),
           "西北师范大学学报(自然科学版)": ("1001988", "62-1087/N", 1965, lambda n: 2 * n - 1),
           "甘肃农业大学学报": ("1003431", "62-1055/S", 1966, lambda n: 2 * n),
           "青海大学学报": ("1006899", "63-1034/N", 1983, lambda n: 2 * n)}
AFF7 = (("兰州大学 土木工程与力学学院，甘肃 兰州 730000",
         "School of Civil Engineering and Mechanics, Lanzhou University, Lanzhou 730000, China"),
        ("兰州理工大学 土木工程学院，甘肃 兰州 730050",
         "School of Civil Engineering, Lanzhou University of Technology, Lanzhou 730050, China"),
        ("兰州新区城市发展投资集团有限公司，甘肃 兰州 730314",
         "Lanzhou New Area Urban Development Investment Group Co., Ltd., Lanzhou 730314, China"),
        ("甘肃省交通规划勘察设计院股份有限公司，甘肃 兰州 730030",
         "Gansu Province Transportation Planning, Survey & Design Institute Co., Ltd., Lanzhou 730030, China"),
        ("兰州交通大学 环境与市政工程学院，甘肃 兰州 730070",
         "School of Environmental and Municipal Engineering, Lanzhou Jiaotong University, Lanzhou 730070, China"))
SENT7 = ("以兰州新区某工程为依托，开展了现场监测与室内试验。", "结果表明，所提方法的计算精度满足工程要求。",
         "分析了含水率、压实度及温度等因素的影响规律。", "建立了考虑冻融作用的三维有限元模型。",
         "研究成果可为西北地区同类工程的设计与施工提供参考。", "现场实测数据与数值计算结果吻合较好。",
         "在此基础上提出了相应的工程处治措施。", "近年来，随着西部大开发的深入推进，相关工程建设规模不断扩大。")
KEYW7 = ("湿陷性黄土", "冻融循环", "数值模拟", "现场监测", "变形规律", "寒旱区", "综合管廊", "沥青路面", "再生水",
         "有限元")


def _sup_pic(s: Sheet, x: float, base: float, label: str, size: float, over: float) -> float:
    """A superscript as a picture (pixels on a photographed page; kept out of the text layer)."""
    tmp = pymupdf.open()
    w = pymupdf.get_text_length(label, fontname="helv", fontsize=size) + 1
    pg = tmp.new_page(width=w, height=size * 1.2)
    pg.insert_text((0.5, size * 0.95), label, fontname="helv", fontsize=size)
    pix = pg.get_pixmap(dpi=300, alpha=True)
    tmp.close()
    top = base - over * 0.95
    s.page.insert_image(pymupdf.Rect(x, top, x + w, top + size * 1.2), pixmap=pix, overlay=True)
    return x + w


def _byline(s: Sheet, cx: float, y: float, names: list[str], marks: list[str], size: float, sep: str,
            sup_size: float) -> None:
    """A centred byline whose superscripts are pictures."""
    widths = [s.width(n, size) + (pymupdf.get_text_length(m, fontname="helv", fontsize=sup_size) + 1 if m else 0)
              for n, m in zip(names, marks)]
    total = sum(widths) + s.width(sep, size) * (len(names) - 1)
    x = cx - total / 2
    for i, (n, m) in enumerate(zip(names, marks)):
        x = s.text(x, y, n, size)
        if m:
            x = _sup_pic(s, x, y, m, sup_size, size)
        if i < len(names) - 1:
            x = s.text(x, y, sep, size)


def _body7(s: Sheet, x: float, y: float, width: float, rng: random.Random, bottom: float, size: float,
           first: float = 0.0) -> float:
    for i, line in enumerate(s.wrap("".join(rng.choice(SENT7) for _ in range(90)), width, size, first=first)):
        if y > bottom:
            break
        s.text(x + (first if i == 0 else 0), y, line, size)
        y += size * 1.65
    return y


def _photograph(paper: Paper, rng: random.Random, angle: float, scale: float, desk: float) -> None:
    """Replace page 0 by a photo of it: the page turned by ``angle`` and smaller than the frame, on a
    desk. The text stays in the text layer (the page is shown as a form XObject)."""
    paper._flush()
    src = pymupdf.open()
    src.insert_pdf(paper.doc, from_page=0, to_page=0)
    w, h = paper.doc[0].rect.width, paper.doc[0].rect.height
    paper.doc.delete_page(0)
    paper.doc.new_page(pno=0, width=w, height=h)
    page = paper.doc[0]
    page.draw_rect(page.rect, color=None, fill=(desk, desk, desk))
    fw, fh = w * scale, h * scale
    dx, dy = rng.uniform(-0.02, 0.02) * w, rng.uniform(-0.02, 0.02) * h
    cx, cy = w / 2 + dx, h / 2 + dy
    # the sheet's shadow: the rotated outline, offset a little
    rad = math.radians(angle)
    def corners(ox: float, oy: float, grow: float) -> list[pymupdf.Point]:
        pts = []
        for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
            px, py = sx * fw / 2 * grow, sy * fh / 2 * grow
            pts.append(pymupdf.Point(cx + ox + px * math.cos(rad) + py * math.sin(rad),
                                     cy + oy - px * math.sin(rad) + py * math.cos(rad)))
        return pts
    shadow = corners(4, 5, 1.0)
    page.draw_polyline(shadow + [shadow[0]], color=None, fill=(desk * 0.55,) * 3)
    sheet = corners(0, 0, 1.0)
    page.draw_polyline(sheet + [sheet[0]], color=None, fill=(1, 1, 1))
    # show_pdf_page fits the rotated page into the rectangle: make it the rotated page's bounding box
    bw = abs(fw * math.cos(rad)) + abs(fh * math.sin(rad))
    bh = abs(fw * math.sin(rad)) + abs(fh * math.cos(rad))
    page.show_pdf_page(pymupdf.Rect(cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2), src, 0, rotate=angle)
    paper.sheets[0] = Sheet(paper, 0)
    paper._kept = src   # the shown page's source stays open while the paper lives


@family("pap_xuebao_pinyin_angle", "paper", "scan",
        "学报(自然科学版) first page photographed at an angle on a desk: running head 'journal 第N卷第N期 YYYY年M月' "
        "right with the page number left, Chinese title over the English one, superscripted byline over its pinyin "
        "line, Chinese and English affiliations, 引文格式, ISSN only in the 文章编号 (some issues), no CN")
def pap_xuebao_pinyin_angle(p: dict, rng: random.Random, face: str) -> Drawn:
    j = rng.choice(sorted(XUEBAO7))
    first7, _cn, vol1, month_of = XUEBAO7[j]
    sn = issn(first7)
    y = max(p["pub_year"], 2017)
    n = rng.randint(1, 6)
    m, vol = month_of(n), y - vol1 + 1
    names = p["authors"]
    page1 = rng.randint(20, 150)
    paper = Paper(face, A4)
    s = paper[0]
    s.box(0, 0, s.w, s.h, width=0, grey=1.0, fill=1.0)
    x0 = 56
    s.text(x0, 44, str(page1), 9)
    s.text(s.w - x0, 44, f"{j}    第{vol}卷第{n}期    {y}年{m}月", 9, align="right")
    s.line(x0, 50, s.w - x0, 50, width=0.6)
    with_no = rng.random() < 0.6
    if with_no:
        s.text(x0, 68, f"文章编号：{sn}({y}){n:02d}-{page1:04d}-{rng.randint(5, 9):02d}", 8)
    yy = 100
    for line in s.wrap(p["paper_title"], s.w - 150, 17):
        s.text(s.w / 2, yy, line, 17, align="center")
        yy += 24
    for line in s.wrap(_english_title(p["paper_title"]), s.w - 140, 10.5):
        s.text(s.w / 2, yy, line, 10.5, align="center")
        yy += 14
    yy += 12
    affs = rng.sample(AFF7, min(len(names), rng.randint(1, 2)))
    if len(affs) > 1:
        marks = ["1"] + [str(rng.randint(1, 2)) for _ in names[1:]]
        if "2" not in marks:
            marks[-1] = "2"
    else:
        marks = [""] * len(names)
    sep = rng.choice(("，", "  "))
    _byline(s, s.w / 2, yy, names, marks, 12, sep, 7)
    yy += 16
    en = [PINYIN.get(a, a) for a in names]
    _byline(s, s.w / 2, yy, en, marks, 9.5, ", ", 6)
    yy += 18
    if len(affs) > 1:
        cn_aff = "（" + "；".join(f"{i + 1}.{a[0]}" for i, a in enumerate(affs)) + "）"
        en_aff = "(" + "; ".join(f"{i + 1}. {a[1]}" for i, a in enumerate(affs)) + ")"
    else:
        cn_aff, en_aff = f"（{affs[0][0]}）", f"({affs[0][1]})"
    yy = s.para(84, yy, cn_aff, s.w - 168, 8.5, leading=1.5)
    yy = s.para(84, yy, en_aff, s.w - 168, 7.5, leading=1.4) + 6
    yy = s.para(64, yy, "摘  要：" + "".join(rng.sample(SENT7, 5)), s.w - 128, 8.5, leading=1.6)
    yy = s.para(64, yy, "关键词：" + "；".join(rng.sample(KEYW7, 4)), s.w - 128, 8.5, leading=1.6)
    s.text(64, yy + 2, f"中图分类号：{rng.choice(('TU444', 'U416.1', 'TU990.3', 'X705'))}      文献标志码：A", 8.5)
    yy = s.para(64, yy + 18, "Abstract: Based on an engineering project in Lanzhou New Area, field monitoring and "
                             "laboratory tests were carried out, and the influence of water content, compaction and "
                             "temperature was analysed.", s.w - 128, 7.5, leading=1.45)
    yy = s.para(64, yy, "Key words: collapsible loess; freeze-thaw cycle; numerical simulation; field monitoring",
                s.w - 128, 7.5)
    cite = (f"引文格式：{'，'.join(names)}．{p['paper_title']}[J]．{j}，{y}，{vol}({n})：{page1}-"
            f"{page1 + rng.randint(4, 8)}．")
    yy = s.para(64, yy + 4, cite, s.w - 128, 8, leading=1.5)
    col, gap = (s.w - 2 * x0 - 18) / 2, 18
    foot = 738
    s.text(x0, yy + 18, "0  引言", 10)
    _body7(s, x0, yy + 36, col, rng, foot - 14, 9, first=18)
    _body7(s, x0 + col + gap, yy + 18, col, rng, 800, 9)
    s.line(x0, foot, x0 + col * 0.5, foot, width=0.4)
    recv = date(y, m, 1) - timedelta(days=rng.randint(90, 260))
    fl = [f"收稿日期：{recv.isoformat()}",
          f"基金项目：甘肃省自然科学基金项目（{y - 2}JR{rng.randint(5, 7)}RA{rng.randint(100, 999)}）",
          f"作者简介：{names[0]}（{rng.randint(1978, 1996)}—），{_gender(p, names[0])}，甘肃"
          f"{rng.choice(('兰州', '白银', '武威', '定西'))}人，{rng.choice(('工程师', '讲师', '硕士研究生'))}，"
          f"研究方向为{rng.choice(('岩土工程', '道路工程', '市政工程'))}。"]
    fy = foot + 11
    for ln in fl:
        for part in s.wrap(ln, col, 7.5):
            s.text(x0, fy, part, 7.5)
            fy += 10.5
    angle = rng.choice((-1, 1)) * rng.uniform(3.0, 6.0)
    _photograph(paper, rng, angle, rng.uniform(0.84, 0.9), rng.uniform(0.3, 0.45))
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": j, "published": f"{y:04d}-{m:02d}"}
    if with_no:
        truth["issn"] = sn
    return Drawn(paper, truth, f"{y}-{m:02d}-20", dpi=rng.choice((150, 160)), level=3)


# --------------------------------------------------------------------------
# 封面 + 目次 + first page of a printed issue (scan, three pages)
# --------------------------------------------------------------------------

# journal → (year of volume 1, 主管, 主办)
ISSUE7 = {"环境工程": (1983, "中国冶金科工集团有限公司", "中冶建筑研究总院有限公司"),
          "公路交通科技": (1984, "中华人民共和国交通运输部", "交通运输部公路科学研究院"),
          "甘肃科学学报": (1989, "甘肃省科学技术厅", "甘肃省科学院"),
          "建筑结构": (1971, "中国建筑设计研究院有限公司", "中国建筑设计研究院有限公司 亚太建设科技信息研究院有限公司"),
          "中国给水排水": (1985, "天津市科学技术协会", "中国市政工程华北设计研究总院有限公司"),
          "西北民族大学学报(自然科学版)": (1980, "国家民族事务委员会", "西北民族大学"),
          "兰州交通大学学报": (1982, "甘肃省教育厅", "兰州交通大学"),
          "电力系统保护与控制": (1973, "许昌开普电气研究院有限公司", "许昌开普电气研究院有限公司"),
          "工业建筑": (1971, "中国冶金科工集团有限公司", "中冶建筑研究总院有限公司"),
          "化工进展": (1982, "中国科学技术协会", "中国化工学会 化学工业出版社有限公司"),
          "水利水电技术": (1970, "中华人民共和国水利部", "水利部发展研究中心"),
          "计算机工程与应用": (1965, "中国电子科技集团公司", "华北计算技术研究所")}
PERIOD = {4: "季刊", 6: "双月刊", 12: "月刊", 24: "半月刊"}
SECTIONS = ("试验研究", "工程技术", "设计计算", "综述", "施工技术", "运行管理")
TOC_TITLES = ("黄河上游梯级水库联合调度方案研究", "基于BIM的装配式建筑施工进度管理", "高寒地区混凝土抗冻性能试验",
              "城市地下综合管廊通风系统优化", "某污水处理厂提标改造工程实例", "桥梁健康监测数据异常识别方法",
              "再生骨料透水混凝土性能研究", "寒区隧道保温层厚度计算", "西北地区农村供水工程运行现状分析",
              "大跨度钢结构屋盖施工监测", "黄土边坡生态防护技术应用", "既有建筑节能改造效果评估",
              "沥青路面裂缝灌缝材料性能对比", "地铁车站深基坑变形监测分析")


def _issue_month(n: int, per: int) -> int:
    return {12: n, 24: (n + 1) // 2, 6: 2 * n, 4: 3 * n}[per]


@family("pap_issue_cover_toc", "paper", "scan",
        "printed issue scanned as three pages: 封面 (journal, 'YYYY年 第N期', ISSN/CN over a bar code), 目次 with dot "
        "leaders and the 版权 box (主管/主办/出版日期/ISSN/CN), then the article's first page with no running head "
        "(only the page number and the 收稿日期 footnote)")
def pap_issue_cover_toc(p: dict, rng: random.Random, face: str) -> Drawn:
    j, first7, cn, per = next(x for x in JOURNALS if x[0] == p["journal"])
    vol1, boss, host = ISSUE7[j]
    sn = issn(first7)
    y = max(p["pub_year"], 2017)
    n = rng.randint(1, per)
    m = _issue_month(n, per)
    vol = y - vol1 + 1
    pub_day = rng.choice((5, 10, 15, 20, 25, 28))
    total = (y - vol1) * per + n + rng.randint(-20, 5)
    names = p["authors"]
    page1 = rng.randint(12, 140)
    paper = Paper(face, A4, pages=3)
    # -- 封面
    s = paper[0]
    s.box(0, 0, s.w, 150, width=0, grey=0.3, fill=0.3)
    s.text(40, 36, "中文核心期刊  中国科技核心期刊", 9, color=(1, 1, 1))
    s.text(s.w - 40, 36, f"{PERIOD[per]}  {vol1}年创刊", 9, align="right", color=(1, 1, 1))
    main = j.split("(")[0]
    size = 40 if len(main) <= 6 else 30
    s.text(s.w / 2, 104, main, size, align="center", track=6 if len(main) <= 6 else 2, color=(1, 1, 1))
    if "(" in j:
        s.text(s.w / 2, 132, "(" + j.split("(", 1)[1], 13, align="center", color=(1, 1, 1))
    s.text(s.w / 2, 190, f"{y}年 第{n}期", 22, align="center", track=2)
    s.text(s.w / 2, 214, f"第{vol}卷  总第{total}期", 11, align="center")
    s.box(70, 240, s.w - 70, 640, width=0, grey=0.6, fill=0.72)       # the cover picture
    s.box(110, 420, 240, 640, width=0, grey=0.5, fill=0.55)
    s.box(300, 360, 470, 640, width=0, grey=0.45, fill=0.5)
    s.text(s.w / 2, 680, f"主办：{host}", 10, align="center")
    s.box(s.w - 200, 700, s.w - 50, 800, width=0, grey=1.0, fill=1.0)
    s.text(s.w - 125, 716, f"ISSN {sn}", 9.5, align="center")
    for k in range(46):                                                # bar code
        bx = s.w - 190 + k * 2.8
        if rng.random() < 0.6:
            s.box(bx, 722, bx + rng.choice((0.8, 1.4, 2.0)), 772, width=0, grey=0.0, fill=0.0)
    s.text(s.w - 125, 786, f"CN {cn}", 9.5, align="center")
    s.text(50, 790, f"{y}年{m}月出版", 10)
    # -- 目次
    s = paper[1]
    x0 = 56
    s.text(x0, 50, f"{j}", 10)
    s.text(s.w - x0, 50, f"{y}年第{n}期", 10, align="right")
    s.line(x0, 56, s.w - x0, 56, width=0.8)
    s.text(s.w / 2, 92, "目    次", 20, align="center", track=2)
    s.text(s.w / 2, 110, f"{PERIOD[per]}  第{vol}卷  第{n}期（总第{total}期）  {y}年{m}月", 9, align="center")
    pool = rng.sample(TOC_TITLES, 9)
    pos = rng.randint(1, 7)
    lengths = [rng.randint(4, 8) for _ in range(10)]
    first_pg = max(1, page1 - sum(lengths[:pos]))
    page1 = first_pg + sum(lengths[:pos])
    entries = []
    pg = first_pg
    for k, t in enumerate(pool):
        if k == pos:
            entries.append((p["paper_title"], names, pg))
        else:
            entries.append((t, rng.sample(_others(*names), rng.randint(1, 3)), pg))
        pg += lengths[k]
    yy = 140
    secs = rng.sample(SECTIONS, 3)
    for k, (t, au, pgno) in enumerate(entries):
        if k % 3 == 0:
            s.text(x0, yy, f"· {secs[k // 3]} ·", 10.5)
            yy += 20
        s.text(x0 + 12, yy, t, 10)
        tail = f"{pgno}"
        lead_x0 = x0 + 12 + s.width(t, 10) + 4
        lead_x1 = s.w - x0 - s.width(tail, 10) - 4
        dots = "." * max(int((lead_x1 - lead_x0) / 2.8), 3)
        s.text(lead_x0, yy, dots, 7)
        s.text(s.w - x0, yy, tail, 10, align="right")
        s.text(x0 + 24, yy + 14, "  ".join(au), 8.5, color=GREY)
        yy += 32
    bx0, by0 = x0, max(yy + 16, 560)
    s.box(bx0, by0, s.w - x0, by0 + 214, width=0.8)
    info = [f"{j}（{PERIOD[per]}）", f"第{vol}卷 第{n}期（总第{total}期）", f"{vol1}年创刊",
            f"主    管：{boss}", f"主    办：{host}", f"编辑出版：《{j}》编辑部",
            f"出版日期：{y}年{m}月{pub_day}日", f"国际标准连续出版物号：ISSN {sn}",
            f"国内统一连续出版物号：CN {cn}", f"定    价：{rng.choice((20, 25, 30, 35))}.00元"]
    iy = by0 + 20
    for line in info:
        s.text(bx0 + 16, iy, line, 9)
        iy += 19.5
    # -- the article's first page: no running head
    s = paper[2]
    yy = 90
    for line in s.wrap(p["paper_title"], s.w - 150, 17):
        s.text(s.w / 2, yy, line, 17, align="center")
        yy += 24
    s.text(s.w / 2, yy + 6, rng.choice(("，", "  ", " ")).join(names), 11.5, align="center")
    aff = rng.choice(AFF7)[0]
    s.text(s.w / 2, yy + 26, f"（{aff}）", 8.5, align="center")
    yy = s.para(64, yy + 50, "摘要：" + "".join(rng.sample(SENT7, 4)), s.w - 128, 8.5, leading=1.6)
    yy = s.para(64, yy, "关键词：" + "；".join(rng.sample(KEYW7, 3)), s.w - 128, 8.5, leading=1.6)
    s.text(64, yy + 2, f"中图分类号：{rng.choice(('TU991', 'X703', 'U416', 'TV672'))}    文献标识码：A    "
                       f"文章编号：{sn}({y}){n:02d}-{page1:04d}-0{rng.randint(4, 8)}", 8)
    col, gap = (s.w - 2 * x0 - 18) / 2, 18
    foot = 742
    s.text(x0, yy + 26, "1  引言", 10)
    _body7(s, x0, yy + 44, col, rng, foot - 14, 9, first=18)
    _body7(s, x0 + col + gap, yy + 26, col, rng, 790, 9)
    s.line(x0, foot, x0 + col * 0.5, foot, width=0.4)
    recv = date(y, m, 1) - timedelta(days=rng.randint(60, 220))
    s.text(x0, foot + 12, f"收稿日期：{fdate(recv.isoformat(), 'cn')[0]}", 7.5)
    s.text(x0, foot + 23, f"作者简介：{names[0]}（{rng.randint(1978, 1996)}—），{_gender(p, names[0])}，工程师。", 7.5)
    s.text(s.w / 2, 812, f"· {page1} ·", 9, align="center")
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": j, "issn": sn, "cn": cn,
             "published": f"{y:04d}-{m:02d}"}
    return Drawn(paper, truth, f"{y}-{m:02d}-{pub_day:02d}", dpi=rng.choice((140, 150)), level=rng.choice((1, 2)))


# --------------------------------------------------------------------------
# 工作证明 as a form with a 单位意见 box (text)
# --------------------------------------------------------------------------

FORM_DEPTS = ("工程技术部", "项目管理部", "质量安全部", "设计所", "生产运营部", "技术研发中心", "检验科")


def _cell(s: Sheet, x0: float, y0: float, x1: float, y1: float, text: str, size: float, align: str = "center",
          ruled: bool = True) -> None:
    if ruled:
        s.box(x0, y0, x1, y1, width=0.6)
    lines = s.wrap(text, x1 - x0 - 8, size) or [""]
    ty = (y0 + y1) / 2 - (len(lines) - 1) * size * 0.7 + size * 0.36
    for ln in lines:
        tx = {"center": (x0 + x1) / 2, "left": x0 + 5}[align]
        s.text(tx, ty, ln, size, align=align)
        ty += size * 1.4


@family("emp_form_opinion", "employment_proof", "text",
        "工作证明 as a form (Word export): ruled grid 姓名/性别/出生年月/民族/政治面貌/学历/身份证号/毕业院校及专业/"
        "工作单位/所在部门/现任岗位/入职时间/参加工作时间/用工性质 with a photo cell, 主要工作内容, 备注, and a tall "
        "单位意见 box with 单位负责人/经办人, (单位盖章), date and seal")
def emp_form_opinion(p: dict, rng: random.Random, face: str) -> Drawn:
    unit, post = p["unit"], p["position"]
    dept = rng.choice(FORM_DEPTS)
    start_style = rng.choice(("cn0", "dot", "cn"))
    month_only = rng.random() < 0.6
    start, ts = fdate(p["work_start"], start_style, month=month_only)
    ws = date.fromisoformat(p["work_start"])
    gd = date.fromisoformat(p["graduation_date"])
    first_job = ws if rng.random() < 0.4 else date(gd.year, min(gd.month + 1, 12), 1)
    if first_job > ws:
        first_job = ws
    birth = fdate(p["birth_date"], "cn0", month=True)[0]
    level = {"大专": "大专", "本科": "大学本科", "硕士研究生": "硕士研究生"}[p["level"]]
    issued = date(rng.randint(2023, 2024), rng.randint(1, 12), rng.randint(1, 28))
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 76, "工 作 证 明", 20, align="center", track=3)
    x0, x1 = 56, s.w - 56
    cw = [62, 80, 58, 62, 58]
    xs = [x0]
    for c in cw:
        xs.append(xs[-1] + c)
    px1 = x1
    photo_x = x1 - 82
    rh = 32
    y = 100
    sz = 10
    grid = [["姓    名", p["name"], "性    别", p["gender"], "出生年月", birth],
            ["民    族", p["nation"], "政治面貌", rng.choice(("中共党员", "群众", "共青团员")), "学    历", level]]
    for row in grid:   # four rows beside the photo: these two, then 身份证号 and 毕业院校及专业
        for k, t in enumerate(row):
            _cell(s, xs[k], y, xs[k + 1] if k < 5 else photo_x, y + rh, t, sz)
        y += rh
    _cell(s, xs[0], y, xs[1], y + rh, "身份证号", sz)
    _cell(s, xs[1], y, photo_x, y + rh, p["id_number"], sz, align="left")
    y += rh
    _cell(s, xs[0], y, xs[1], y + rh, "毕业院校及专业", 8.5)
    _cell(s, xs[1], y, photo_x, y + rh, f"{p['school']}  {p['major']}", sz, align="left")
    y += rh
    s.box(photo_x, 100, px1, y, width=0.6)
    s.photo(photo_x + 10, 110, px1 - photo_x - 20, y - 100 - 34)
    _cell(s, xs[0], y, xs[1], y + rh, "工作单位", sz)
    _cell(s, xs[1], y, px1, y + rh, unit, sz, align="left")
    y += rh
    start_label = rng.choice(("入职时间", "进入本单位时间"))
    lw = [62, 88, 62, 96, 72]
    lx = [x0]
    for c in lw:
        lx.append(lx[-1] + c)
    lx.append(px1)
    for row in ([("所在部门", dept), ("现任岗位", post), (start_label, start)],
                [("参加工作时间", fdate(first_job.isoformat(), start_style, month=True)[0]),
                 ("用工性质", rng.choice(("劳动合同制", "聘用制", "在编在岗"))),
                 ("合同期限", rng.choice(("无固定期限", "固定期限")))]):
        flat = [c for pair in row for c in pair]
        for k, t in enumerate(flat):
            _cell(s, lx[k], y, lx[k + 1], y + rh, t, 8.5 if len(t) > 5 and k % 2 == 0 else sz)
        y += rh
    work = (f"在{dept}从事{rng.choice(('工程技术', '项目技术管理', '质量检测', '设计'))}工作，负责"
            f"{rng.choice(('施工现场技术交底、质量验收及技术资料整理', '项目的技术方案编制与现场技术指导', '检测试验及数据分析'))}等工作。")
    _cell(s, xs[0], y, xs[1], y + 70, "主要工作内容", 8.5)
    s.box(xs[1], y, px1, y + 70, width=0.6)
    s.para(xs[1] + 6, y + 20, work, px1 - xs[1] - 12, sz, leading=1.7)
    y += 70
    _cell(s, xs[0], y, xs[1], y + rh, "备    注", sz)
    _cell(s, xs[1], y, px1, y + rh, rng.choice(("本证明仅用于专业技术职务任职资格评审", "用于职称申报")), sz, align="left")
    y += rh
    oh = 170
    _cell(s, xs[0], y, xs[1], y + oh, "单位意见", sz)
    s.box(xs[1], y, px1, y + oh, width=0.6)
    s.para(xs[1] + 10, y + 26, f"经核实，以上情况属实。该同志自{fdate(p['work_start'], 'cn', month=month_only)[0]}"
                               "起在我单位工作至今。", px1 - xs[1] - 20, 11,
           leading=1.8, indent=22)
    s.text(xs[1] + 12, y + 96, "单位负责人（签字）：", 10)
    s.text(xs[1] + 12, y + 124, f"经办人：{rng.choice([c for c in ('马海燕', '周淼', '李建军', '冯雪') if c != p['name']])}",
           10)
    s.text(px1 - 24, y + 116, "（单位盖章）", 10.5, align="right")
    s.text(px1 - 24, y + 146, fdate(issued.isoformat(), rng.choice(("cn", "cn0")))[0], 10.5, align="right")
    s.seal(px1 - 84, y + 118, 44, unit)
    y += oh
    s.text(x0, y + 20, "注：此表须由单位人事部门填写并加盖公章，涂改无效。", 8.5, color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post, "start_date": ts}
    return Drawn(paper, truth, issued.isoformat(), producer=rng.choice(("Microsoft® Word 2019", "WPS Office")))


# --------------------------------------------------------------------------
# 1980s 毕业证书 in vertical columns, right to left (scan)
# --------------------------------------------------------------------------

# 1980s school names: (name, 字号 abbreviation, head title, [(系, 专业)…], years of 本科)
OLD_SCHOOLS = (("兰州铁道学院", "兰铁", "院长", (("铁道工程系", "铁道工程"), ("铁道工程系", "桥梁与隧道工程"),
                                                 ("电气工程系", "铁道电气化"))),
               ("甘肃工业大学", "甘工大", "校长", (("土木工程系", "工业与民用建筑"), ("机械工程系", "机械制造工艺与设备"),
                                                   ("化工系", "化工机械"))),
               ("西北民族学院", "西民院", "院长", (("中文系", "汉语言文学"), ("少数民族语言文学系", "藏语言文学"),
                                                   ("历史系", "历史学"))),
               ("兰州商学院", "兰商", "院长", (("会计系", "会计学"), ("统计系", "统计学"), ("贸易经济系", "贸易经济"))),
               ("甘肃中医学院", "甘中医", "院长", (("中医系", "中医学"),)),
               ("兰州大学", "兰大", "校长", (("物理系", "物理学"), ("化学系", "化学"), ("地理系", "自然地理"))))
PLACES7 = ("甘肃省榆中县", "甘肃省永登县", "甘肃省临洮县", "甘肃省武威县", "甘肃省天水市", "青海省民和县", "宁夏回族自治区固原县",
           "甘肃省临夏县")
_PUNCT = set("，。、；：")


def _vcolumns(s: Sheet, x_right: float, top: float, bottom: float, text: str, size: float, step: float,
              gap: float = 2.0) -> float:
    """Set text in vertical columns from x_right leftwards; returns the x of the next free column."""
    per = int((bottom - top) // (size + gap))
    x, k = x_right, 0
    for ch in text:
        if k >= per and ch not in _PUNCT:
            x -= step
            k = 0
        yy = top + k * (size + gap)
        if ch in _PUNCT:   # punctuation sits in the upper right of its cell
            s.text(x + size * 0.3, yy + size * 0.55, ch, size, align="center")
        elif ch == " ":
            pass
        else:
            s.text(x, yy + size * 0.88, ch, size, align="center")
        k += 1
    return x - step


def _hz_digits(n: int, width: int = 0) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(n).zfill(width))


@family("dip_1980s_vertical_prose", "diploma", "scan",
        "1980s 毕业证书, landscape, red double border: everything in vertical columns right to left (title, 字号 number "
        "'（八七）兰铁毕字第一二三号', prose with 汉字 dates and 系/专业, 现年…岁 or 年月生), 1980s school name, 院长")
def dip_1980s_vertical_prose(p: dict, rng: random.Random, face: str) -> Drawn:
    school, abbr, head, majors = rng.choice(OLD_SCHOOLS)
    level = "大专" if rng.random() < 0.3 else "本科"
    q = redate(p, rng, rng.randint(1982, 1989), level=level)
    dept, major = rng.choice(majors)
    years = 3 if level == "大专" else (5 if major == "中医学" else 4)
    gy = int(q["graduation_date"][:4])
    start_iso = f"{gy - years}-09-01"
    grad_iso = f"{gy}-{rng.choice((7, 7, 6)):02d}-01"
    st, ts = fdate(start_iso, "hz", month=True)
    gd, tg = fdate(grad_iso, "hz", month=True)
    by = int(q["birth_date"][:4])
    age_form = rng.random() < 0.45
    if age_form:
        who = f"现年{hz_num(gy - by)}岁"
    else:
        birth, tb = fdate(q["birth_date"], "hz", month=True)
        who = f"{birth}生"
    kind = f"{hz_num(years)}年制{'本科' if level == '本科' else '专科'}"
    text = (f"学生{q['name']}，{q['gender']}，{who}，系{rng.choice(PLACES7)}人。于{st}至{gd}在本{'校' if head == '校长' else '院'}"
            f"{dept}{major}专业{kind}学习，修完教学计划规定的全部课程，成绩及格，准予毕业。")
    number = f"（{_hz_digits(gy % 100, 2)}）{abbr}毕字第{_hz_digits(rng.randint(1, 1500))}号"
    issued = date(gy, int(grad_iso[5:7]), rng.randint(1, 20))
    paper = Paper(face, A4L)
    s = paper[0]
    s.box(0, 0, s.w, s.h, width=0, grey=1.0, fill=0.97)
    for inset, wdt in ((18, 3.0), (27, 0.8)):
        s.page.draw_rect(pymupdf.Rect(inset, inset, s.w - inset, s.h - inset), color=RED, width=wdt)
    for cx, cy in ((34, 34), (s.w - 34, 34), (34, s.h - 34), (s.w - 34, s.h - 34)):   # corner ornaments
        s.page.draw_rect(pymupdf.Rect(cx - 10, cy - 10, cx + 10, cy + 10), color=RED, width=1.2)
        s.page.draw_circle((cx, cy), 4, color=RED, fill=RED)
    top, bottom = 60, s.h - 60
    # right: the title, the number, the photo
    s.vtext(s.w - 78, 88, "毕业证书", 36, gap=24)
    _vcolumns(s, s.w - 128, 70, 330, number, 11, 16, gap=1)
    s.photo(s.w - 240, s.h - 210, 84, 112)
    s.seal(s.w - 170, s.h - 110, 34, school, color=STEEL)
    # the prose
    size = 20
    x = _vcolumns(s, s.w - 290, top, bottom, text, size, 44, gap=5)
    # school, head, date
    x -= 56
    _vcolumns(s, x, 120, bottom, school, 20, 40, gap=10)
    s.seal(x - 16, 250, 56, school)
    x -= 68
    _vcolumns(s, x, 120, bottom, f"{head}  {q['principal']}", 18, 40, gap=10)
    x -= 68
    _vcolumns(s, x, 120, bottom, fdate(issued.isoformat(), "hz")[0], 17, 40, gap=7)
    truth = {"name": q["name"], "gender": q["gender"], "school": school, "major": major, "level": level,
             "start_date": ts, "graduation_date": tg}
    if not age_form:
        truth["birth_date"] = tb
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((120, 130)), level=rng.choice((2, 3)))
