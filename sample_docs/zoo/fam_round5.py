"""Fifth round of held-out families (issue 12: "when a held-out family fails, fix
the method, move that family to 'seen', and draw a new held-out family"), written
from real documents' layouts and wording without looking at the parsers.

* si_tax_flexible — the 社会保险费缴费证明（个人）a 税务局 prints (社保费 is collected by
  税务 since 2019), text PDF: 缴费人 box, "征收项目：基本养老保险费", one row per 征收品目
  and month (费款所属期起/止, 缴费单位（缴费人）, 缴费基数, 缴费档次, 实缴金额, 入库日期);
  an employer month is two rows (单位缴纳 16 %, 个人缴纳 8 %), a 灵活就业 month one (20 %
  of a 档次 of the 全口径平均工资). Only money that reached the treasury is listed (unpaid
  months absent), a 补缴 month has a late 入库日期. Convention: the truth's unit is the
  payer the print names, "个人缴费" for 灵活就业 months; the base is 缴费基数.
* si_lanzhou_combined — 兰州市 社会保险参保缴费凭证（养老、医疗）, landscape window print,
  photographed: 养老 and 医疗 (基数 | 单位 | 个人 | 大病) side by side under a two-level
  header, 本页小计 closing each page; the 医疗 base is raised to the 医保 floor, so the
  bases may differ: the truth's base is the 养老 one.
* pap_sci_centred_photo — a 科技期刊 (旬刊/半月刊) first page photographed: "ISSN … CN …
  journal 2022年6月 第18期", centred title, authors with superscript numbers (pixels, as
  on a photo) and "（1.…；2.…）" affiliations below.
* pap_proceedings — a 会议论文集 page (text): the 论文集名 as running head, no ISSN/CN,
  "YYYY年M月" in the footer.
* emp_work_history — a 兰州新区 管委会 下属单位's 工作经历证明 from the 人事档案 (scan):
  起止时间 | 工作单位 | 部门 | 岗位 rows, the issuing unit's "至今" last (the truth).
"""
from __future__ import annotations

import random
from datetime import date

import pymupdf

from .draw import A4, A4L, Paper
from .facts import UNITS, contribution_history, issn, num
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
# 甘肃省 全口径城镇单位就业人员月平均工资 used for 缴费档次 (approximate, yuan)
AVG_WAGE = {2018: 5390, 2019: 5596, 2020: 5886, 2021: 6330, 2022: 6589, 2023: 6897, 2024: 7122}
GRADES = (0.6, 0.8, 1.0, 1.5, 2.0)
MED_FLOOR = {2018: 3900, 2019: 4100, 2020: 4300, 2021: 4500, 2022: 4700, 2023: 4900, 2024: 5100}


def _next_month(m: str, k: int = 1) -> tuple[int, int]:
    t = int(m[:4]) * 12 + int(m[5:7]) - 1 + k
    return t // 12, t % 12 + 1


def _last_day(y: int, m: int) -> int:
    return ((date(y + m // 12, m % 12 + 1, 1)) - date(y, m, 1)).days


def _yuan(x: float) -> str:
    return f"{x:.2f}"


def _footers(pages, x0: float, left: str) -> None:
    for i, s in enumerate(pages):
        s.text(x0, s.h - 24, left, 8, color=GREY)
        s.text(s.w - x0, s.h - 24, f"第{i + 1}页/共{len(pages)}页", 8, align="right", color=GREY)


# --------------------------------------------------------------------------
# 税务 社会保险费缴费证明（个人）(text)
# --------------------------------------------------------------------------

@family("si_tax_flexible", "social_insurance", "text",
        "税务局 社会保险费缴费证明（个人）: 征收品目 rows (单位缴纳/个人缴纳 per employer month, 灵活就业 one row), "
        "费款所属期起/止, 缴费档次, 实缴金额, 入库日期; only paid months; 灵活就业 payer printed 个人缴费")
def si_tax_flexible(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    k = max(3, min(len(rows) - 3, rng.randint(3, len(rows) // 2)))
    grade = rng.choice(GRADES)
    for r in rows[:k]:   # 灵活就业 before the employer: the person pays, at a 档次 of the average wage
        r["unit"] = "个人缴费"
        r["base"] = round(AVG_WAGE.get(int(r["month"][:4]), 6000) * grade, 2)
    for r in rows[k:]:
        r["unit"] = p["unit"]
    paid = [r for r in rows if r["paid"]]
    y_end, m_end = _next_month(rows[-1]["month"])
    printed = f"{y_end:04d}-{m_end:02d}-{rng.randint(2, 26):02d}"
    office = rng.choice(("国家税务总局兰州新区税务局", "国家税务总局兰州市城关区税务局", "国家税务总局皋兰县税务局"))
    paper = Paper(face, A4)
    x0 = 40
    s = paper[0]
    pages = [s]
    s.text(s.w / 2, 60, "社会保险费缴费证明（个人）", 16, align="center", track=1)
    s.text(s.w - x0, 84, f"No.{rng.choice(('162', '262'))}{rng.randrange(10**13):013d}", 9, align="right")
    s.text(x0, 84, f"税务机关：{office}", 9.5)
    y = s.table(x0, 94, [70, 100, 60, 70, 70, s.w - 2 * x0 - 370],
                [["缴费人名称", p["name"], "证件类型", "居民身份证", "证件号码", p["id_number"]]], 9.5, min_h=22,
                align=["center"] * 6)
    span = f"{fdate(rows[0]['month'], 'cn', month=True)[0]}至{fdate(rows[-1]['month'], 'cn', month=True)[0]}"
    y = s.para(x0, y + 22, f"兹证明{p['name']}在{span}期间通过税务机关缴纳社会保险费情况如下（征收项目：基本养老保险费）：",
               s.w - 2 * x0, 10, indent=20)
    wd = [24, 92, 0, 52, 52, 50, 30, 46, 52]
    wd[2] = s.w - 2 * x0 - sum(wd)
    cols = ["序号", "征收品目", "缴费单位（缴费人）", "费款所属期起", "费款所属期止", "缴费基数", "缴费档次", "实缴金额",
            "入库日期"]
    align = ["center", "left", "left", "center", "center", "right", "center", "right", "center"]
    y = s.table(x0, y, wd, [cols], 7.5, min_h=20, align=["center"] * 9, pad=2)
    n = 0
    total = 0.0
    for r in paid:
        yy, mm = int(r["month"][:4]), int(r["month"][5:7])
        start, end = f"{yy:04d}-{mm:02d}-01", f"{yy:04d}-{mm:02d}-{_last_day(yy, mm):02d}"
        if r["status"] == "补缴":
            by, bm = _next_month(r["month"], rng.randint(2, 7))
        else:
            by, bm = yy, mm
        booked = f"{by:04d}-{bm:02d}-{rng.randint(8, 27):02d}"
        if r["unit"] == "个人缴费":
            items = [("灵活就业人员基本养老保险（个人缴纳）", f"{int(grade * 100)}%", r["base"] * 0.20)]
        else:
            items = [("企业职工基本养老保险（单位缴纳）", "—", r["base"] * 0.16),
                     ("企业职工基本养老保险（个人缴纳）", "—", r["base"] * 0.08)]
        for item, grade_s, amount in items:
            if y > s.h - 60:
                s = paper.add_page()
                pages.append(s)
                y = s.table(x0, 44, wd, [cols], 7.5, min_h=20, align=["center"] * 9, pad=2)
            n += 1
            total += amount
            y = s.table(x0, y, wd, [[str(n), item, r["unit"], start, end, _yuan(r["base"]), grade_s, _yuan(amount),
                                     booked]], 7.5, min_h=15, pad=2, leading=1.25, align=align)
    if y > s.h - 170:
        s = paper.add_page()
        pages.append(s)
        y = 40
    s.text(x0, y + 18, f"合计实缴金额（元）：{total:,.2f}", 9.5)
    s.para(x0, y + 40, "说明：1.本证明所列缴费信息为税务机关已征收入库的社会保险费信息，未缴费月份不予列示；"
                       "2.缴费基数、缴费档次以社会保险经办机构核定的为准；3.本证明仅证明缴费人在上述期间的缴费情况，"
                       "不作为参保人员权益记录的依据，权益记录请向社会保险经办机构查询。", s.w - 2 * x0, 8.5, leading=1.6)
    s.text(s.w - x0 - 20, y + 118, f"{office}（盖章）", 10, align="right")
    s.text(s.w - x0 - 20, y + 136, fdate(printed, "cn")[0], 10, align="right")
    s.seal(s.w - x0 - 90, y + 118, 38, office.replace("国家税务总局", ""))
    _footers(pages, x0, f"打印日期：{printed}    验证码：{rng.randrange(10**8):08d}")
    truth = {"name": p["name"], "id_number": p["id_number"],
             "contribution": [f"{r['month']}|{r['unit']}|{num(r['base'])}|1" for r in paid]}
    return Drawn(paper, truth, printed, producer="iText 5.5.13.1")


# --------------------------------------------------------------------------
# 兰州市 养老 + 医疗 参保缴费凭证, landscape (scan)
# --------------------------------------------------------------------------

@family("si_lanzhou_combined", "social_insurance", "scan",
        "兰州市 社会保险参保缴费凭证（养老、医疗）landscape window print photographed: 养老 and 医疗 bases and "
        "单位/个人 side by side (the 医疗 base may be raised to its floor), 本页小计 on every page")
def si_lanzhou_combined(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    y_end, m_end = _next_month(rows[-1]["month"])
    printed = f"{y_end:04d}-{m_end:02d}-{rng.randint(2, 26):02d}"
    month_style = rng.choice(("cn0", "compact", "iso"))
    flag = rng.choice(({"正常": "已到账", "补缴": "补缴到账", "欠费": "未到账", "中断": "中断"},
                       {"正常": "足额", "补缴": "补收", "欠费": "欠缴", "中断": "停缴"}))
    paper = Paper(face, A4L)
    x0 = 34
    wd = [26, 58, 0, 56, 50, 48, 56, 48, 44, 34, 48]
    wd[2] = A4L[0] - 2 * x0 - sum(wd)
    s = paper[0]
    pages = [s]
    s.text(s.w / 2, 44, "兰州市社会保险参保缴费凭证（养老、医疗）", 16, align="center", track=1)
    y = s.table(x0, 58, [62, 120, 70, 150, 62, s.w - 2 * x0 - 464],
                [["姓    名", p["name"], "公民身份号码", p["id_number"], "个人编号",
                  f"6201{rng.randrange(10**10):010d}"],
                 ["参保单位", rows[-1]["unit"], "参保险种", "企业职工基本养老保险、职工基本医疗保险", "查询期间",
                  f"{rows[0]['month'].replace('-', '.')}—{rows[-1]['month'].replace('-', '.')}"]],
                9, min_h=20)
    y += 10

    def header(sheet, y: float) -> float:
        h1, h2, size = 16, 15, 8.5
        cx = x0
        for i, label in enumerate(("序号", "缴费年月", "缴费单位")):
            sheet.box(cx, y, cx + wd[i], y + h1 + h2, width=0.5)
            sheet.text(cx + wd[i] / 2, y + (h1 + h2) / 2 + 3.5, label, size, align="center")
            cx += wd[i]
        for group, subs in (("养老保险", ("缴费基数", "单位缴纳", "个人缴纳")),
                            ("医疗保险", ("缴费基数", "单位缴纳", "个人缴纳", "大病"))):
            ws = wd[3:6] if group == "养老保险" else wd[6:10]
            sheet.box(cx, y, cx + sum(ws), y + h1, width=0.5)
            sheet.text(cx + sum(ws) / 2, y + h1 / 2 + 3.5, group, size, align="center")
            for w, sub in zip(ws, subs):
                sheet.box(cx, y + h1, cx + w, y + h1 + h2, width=0.5)
                sheet.text(cx + w / 2, y + h1 + h2 / 2 + 3, sub, 8, align="center")
                cx += w
        sheet.box(cx, y, cx + wd[10], y + h1 + h2, width=0.5)
        sheet.text(cx + wd[10] / 2, y + (h1 + h2) / 2 + 3.5, "到账标志", size, align="center")
        return y + h1 + h2

    def subtotal(sheet, y: float, part: list[dict]) -> float:
        ok = [r for r in part if r["paid"]]
        pen = sum(r["base"] for r in ok)
        med = sum(max(r["base"], MED_FLOOR.get(int(r["month"][:4]), 4500)) for r in ok)
        return sheet.table(x0, y, [wd[0] + wd[1] + wd[2]] + wd[3:], [[
            f"本页小计（实缴{len(ok)}个月）", "", _yuan(pen * 0.16), _yuan(pen * 0.08), "", _yuan(med * 0.065),
            _yuan(med * 0.02), _yuan(5.0 * len(ok)), ""]], 8, min_h=16, pad=2,
            align=["center"] + ["right"] * 7 + ["center"])

    y = header(s, y)
    on_page: list[dict] = []
    for n, r in enumerate(rows, 1):
        if y > s.h - 70:
            subtotal(s, y, on_page)
            on_page = []
            s = paper.add_page()
            pages.append(s)
            s.text(x0, 40, f"姓名：{p['name']}    公民身份号码：{p['id_number']}    （续）", 9)
            y = header(s, 48)
        on_page.append(r)
        z = r["paid"] == 1
        med = max(r["base"], MED_FLOOR.get(int(r["month"][:4]), 4500))
        y = s.table(x0, y, wd, [[str(n), fdate(r["month"], month_style, month=True)[0], r["unit"], _yuan(r["base"]),
                                 _yuan(r["base"] * 0.16 * z), _yuan(r["base"] * 0.08 * z), _yuan(med),
                                 _yuan(med * 0.065 * z), _yuan(med * 0.02 * z), _yuan(5.0 * z), flag[r["status"]]]],
                    8, min_h=15, pad=2, leading=1.25,
                    align=["center", "center", "left"] + ["right"] * 7 + ["center"])
    y = subtotal(s, y, on_page)
    if y > s.h - 110:
        s = paper.add_page()
        pages.append(s)
        y = 40
    s.para(x0, y + 20, f"备注：1.到账标志为“{flag['欠费']}”“{flag['中断']}”的月份不计算缴费年限；2.医疗保险缴费信息由兰州市"
                       "医疗保障局提供，缴费基数低于医保缴费基数下限的按下限核定；3.本凭证涂改无效。",
           s.w - 2 * x0 - 200, 8.5, leading=1.6)
    s.text(s.w - x0, y + 60, "兰州市社会保险事业管理局", 10, align="right")
    s.seal(s.w - x0 - 70, y + 56, 34, "兰州市社会保险事业管理局业务专用章")
    _footers(pages, x0, f"打印人：窗口{rng.randint(1, 24):02d}    打印时间：{printed}")
    truth = {"name": p["name"], "id_number": p["id_number"],
             "contribution": [f"{r['month']}|{r['unit']}|{num(r['base'])}|{r['paid']}" for r in rows]}
    return Drawn(paper, truth, printed, dpi=rng.choice((140, 150)))


# --------------------------------------------------------------------------
# papers
# --------------------------------------------------------------------------

# 旬刊 / 半月刊 / 月刊 科技期刊: ISSN first 7 digits, CN, issues per year
SCI = {"建材与装饰": ("1673003", "13-1343/TU", 36), "科技创新与应用": ("2095294", "23-1581/G3", 36),
       "工程建设与设计": ("1007946", "11-3795/TU", 24), "建筑技术开发": ("1001523", "11-2696/TU", 24),
       "甘肃科技纵横": ("1672637", "62-1177/N", 12)}
PLACES = ("兰州交通大学 土木工程学院，甘肃 兰州 730070", "兰州新区城市发展投资集团有限公司，甘肃 兰州 730314",
          "甘肃省建设投资（控股）集团有限公司，甘肃 兰州 730050", "兰州新区建设工程质量安全监督站，甘肃 兰州 730314",
          "甘肃建筑职业技术学院，甘肃 兰州 730050", "兰州理工大学 土木工程学院，甘肃 兰州 730050")
LINES = ("结合兰州新区某项目的施工实践，对关键工序进行了总结。", "监测数据显示，采取措施后沉降速率明显减小。",
         "本文从设计、施工与运维三个方面提出了改进建议。", "计算结果与实测值的偏差在允许范围之内。",
         "西北地区昼夜温差大，对混凝土养护提出了更高要求。", "工程实践证明，该工艺安全可靠、经济合理。",
         "文中对比了两种加固方案的造价与工期。", "研究结论可供类似工程参考。")
PROCEEDINGS = ("甘肃省土木建筑学会2021年学术年会论文集", "第七届全国寒区工程与环境学术会议论文集",
               "兰州新区建设发展论坛论文集", "甘肃省公路学会学术交流会论文集", "西北地区绿色建筑技术研讨会论文集")


def _sup(s, x: float, base: float, label: str, size: float, over: float) -> float:
    """A superscript drawn as a picture (on a photographed page it is pixels like the rest;
    kept out of the text layer so the names stay whole there); returns the x after it."""
    tmp = pymupdf.open()
    w = pymupdf.get_text_length(label, fontname="helv", fontsize=size) + 1
    pg = tmp.new_page(width=w, height=size * 1.2)
    pg.insert_text((0.5, size * 0.95), label, fontname="helv", fontsize=size)
    pix = pg.get_pixmap(dpi=300, alpha=True)
    tmp.close()
    top = base - over * 0.95   # level with the top of the name set in ``over`` pt
    s.page.insert_image(pymupdf.Rect(x, top, x + w, top + size * 1.2), pixmap=pix, overlay=True)
    return x + w


def _body(s, x: float, y: float, width: float, rng: random.Random, bottom: float, size: float) -> None:
    for line in s.wrap("".join(rng.choice(LINES) for _ in range(80)), width, size, first=2 * size):
        if y > bottom:
            return
        s.text(x, y, line, size)
        y += size * 1.65


@family("pap_sci_centred_photo", "paper", "scan",
        "科技期刊 (旬刊/半月刊) first page photographed on a desk: 'ISSN … CN … journal 2022年6月 第18期' header, "
        "centred title block, authors with superscript numbers, numbered affiliations '（1.…；2.…）'")
def pap_sci_centred_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    j = rng.choice(sorted(SCI))
    first7, cn, per = SCI[j]
    sn = issn(first7)
    y = max(p["pub_year"], 2018)
    n = rng.randint(1, per)
    m = {36: (n + 2) // 3, 24: (n + 1) // 2, 12: n}[per]
    places = rng.sample(PLACES, min(len(p["authors"]), rng.randint(1, 3)))
    marks = [rng.randrange(len(places)) if i else 0 for i in range(len(p["authors"]))]
    paper = Paper(face, A4)
    s = paper[0]
    head = f"ISSN {sn}  CN {cn}"
    when = rng.choice((f"{y}年{m}月 第{n}期", f"第{n}期 {y}年{m}月"))
    s.text(56, 40, head, 8.5)
    s.text(s.w / 2, 40, j, 10, align="center", track=2)
    s.text(s.w - 56, 40, when, 8.5, align="right")
    s.line(56, 47, s.w - 56, 47, width=0.8)
    s.line(56, 49.5, s.w - 56, 49.5, width=0.3)
    yy = 96
    for line in s.wrap(p["paper_title"], s.w - 140, 18):
        s.text(s.w / 2, yy, line, 18, align="center")
        yy += 26
    size, gap = 12, 14
    names = p["authors"]
    widths = [s.width(a, size) + 7 for a in names]
    x = s.w / 2 - (sum(widths) + gap * (len(names) - 1)) / 2
    for a, w, k in zip(names, widths, marks):
        x = s.text(x, yy + 6, a, size)
        if len(places) > 1:
            _sup(s, x + 0.5, yy + 6, str(k + 1), 6.5, size)
        x += 7 + gap
    aff = "；".join(f"{i + 1}.{pl}" for i, pl in enumerate(places))
    if len(places) == 1:
        aff = places[0]
    yy = s.para(80, yy + 28, f"（{aff}）", s.w - 160, 9, leading=1.5)
    yy = s.para(64, yy + 8, "摘要：" + "".join(rng.sample(LINES, 4)), s.w - 128, 9, leading=1.6)
    yy = s.para(64, yy, "关键词：" + "；".join(rng.sample(("湿陷性黄土", "施工技术", "质量控制", "监测", "装配式",
                                                        "综合管廊"), 4)), s.w - 128, 9, leading=1.6)
    s.text(64, yy + 2, f"中图分类号：{rng.choice(('TU753', 'TU990.3', 'U415', 'TU472'))}    文献标志码：A    "
                       f"文章编号：{sn}({y}){n:02d}-{rng.randint(1, 180):04d}-03", 8.5)
    col = (s.w - 112 - 18) / 2
    s.text(56, yy + 30, "0  引言", 10.5)
    _body(s, 56, yy + 48, col, rng, 745, 9.5)
    _body(s, 56 + col + 18, yy + 30, col, rng, 800, 9.5)
    s.line(56, 758, 56 + col * 0.6, 758, width=0.4)
    s.text(56, 770, f"作者简介：{names[0]}（{rng.randint(1978, 1996)}—），{rng.choice('男女')}，"
                    f"{rng.choice(('工程师', '高级工程师', '讲师'))}，研究方向为{rng.choice(('岩土工程', '建筑施工'))}。", 7.5)
    s.text(s.w / 2, 818, str(rng.randint(10, 180)), 9, align="center")
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": j, "issn": sn, "cn": cn,
             "published": f"{y:04d}-{m:02d}"}
    return Drawn(paper, truth, f"{y}-{m:02d}-25", dpi=rng.choice((140, 150)), level=rng.choice((2, 3)))


@family("pap_proceedings", "paper", "text",
        "会议论文集 page (text layer): 论文集名 as running head, no ISSN/CN/ISBN on the page, 'YYYY年M月' in the "
        "footer beside the page number")
def pap_proceedings(p: dict, rng: random.Random, face: str) -> Drawn:
    name = rng.choice(PROCEEDINGS)
    y, m = max(p["pub_year"], 2018), rng.randint(5, 12)
    if "2021年" in name:
        y = 2021
    paper = Paper(face, A4)
    s = paper[0]
    s.text(60, 40, name, 9, color=GREY)
    s.text(s.w - 60, 40, rng.choice(("工程技术", "交流论文", "第二部分 施工与管理")), 9, align="right", color=GREY)
    s.line(60, 46, s.w - 60, 46, width=0.5)
    yy = 92
    for line in s.wrap(p["paper_title"], s.w - 150, 16):
        s.text(s.w / 2, yy, line, 16, align="center")
        yy += 24
    unit = rng.choice(PLACES)
    sep = rng.choice(("  ", "，", "、"))
    s.text(s.w / 2, yy + 4, sep.join(p["authors"]), 11, align="center")
    s.text(s.w / 2, yy + 22, f"（{unit}）", 9, align="center")
    yy = s.para(70, yy + 50, "［摘要］" + "".join(rng.sample(LINES, 4)), s.w - 140, 9.5, leading=1.6)
    yy = s.para(70, yy, "［关键词］" + "；".join(rng.sample(("施工技术", "黄土地基", "寒旱地区", "节能", "管理"), 3)),
                s.w - 140, 9.5, leading=1.6)
    s.text(60, yy + 22, "1  工程概况", 11)
    _body(s, 60, yy + 42, s.w - 120, rng, 760, 10)
    s.line(60, 790, s.w - 60, 790, width=0.4)
    page = rng.randint(20, 260)
    s.text(60, 806, f"{y}年{m}月", 8.5)
    s.text(s.w / 2, 806, f"— {page} —", 9, align="center")
    truth = {"title": p["paper_title"], "authors": ";".join(p["authors"]), "journal": name,
             "published": f"{y:04d}-{m:02d}"}
    return Drawn(paper, truth, f"{y}-{m:02d}-15", producer=rng.choice(("Adobe InDesign 16.0 (Windows)",
                                                                           "Microsoft® Word 2016")))


# --------------------------------------------------------------------------
# 工作经历证明 (scan)
# --------------------------------------------------------------------------

NEW_AREA_UNITS = {   # 兰州新区 管委会 下属单位: (部门, 岗位) they fill
    "兰州新区城市发展投资集团有限公司": (("工程技术部", "技术员"), ("工程技术部", "工程师"), ("项目管理部", "项目技术负责人")),
    "兰州新区秦川园区管理服务中心": (("规划建设科", "技术员"), ("规划建设科", "工程师")),
    "兰州新区水投集团有限公司": (("水质检测中心", "质量检测员"), ("工程部", "工程师")),
    "兰州新区职业教育园区建设发展有限公司": (("工程部", "施工员"), ("工程部", "安全员"), ("工程部", "工程师")),
    "兰州新区综合保税区运营管理有限公司": (("运营部", "技术员"), ("信息中心", "研发工程师")),
}


@family("emp_work_history", "employment_proof", "scan",
        "兰州新区 管委会 下属单位 工作经历证明 from the 人事档案 (scan): table 起止时间 | 工作单位 | 部门 | "
        "岗位（职务）, earlier jobs then the issuing unit's row '至今'")
def emp_work_history(p: dict, rng: random.Random, face: str) -> Drawn:
    unit = p["unit"] if p["unit"] in NEW_AREA_UNITS else rng.choice(sorted(NEW_AREA_UNITS))
    dept, post = rng.choice(NEW_AREA_UNITS[unit])
    t = date.fromisoformat(p["work_start"])
    rows = []
    for _ in range(rng.choice((0, 1, 1, 2))):   # earlier jobs, as the 档案 records them
        t2 = date(t.year + rng.randint(1, 3), rng.choice((3, 6, 9)), 1)
        if t2.year > 2022:
            break
        other = rng.choice([u for u in UNITS if u != unit])
        rows.append((t, t2, other, rng.choice(("项目部", "技术部", "工程部")),
                     rng.choice(("技术员", "施工员", "设计员", "质量检测员"))))
        t = date(t2.year, t2.month + 1, 1)
    start = t
    style = rng.choice(("dot", "cn"))
    dash = rng.choice(("—", "至", "-"))
    table = [["序号", "起止时间", "工作单位", "部门", "岗位（职务）"]]
    for i, (a, b, u, d, po) in enumerate(rows, 1):
        table.append([str(i), f"{fdate(a.isoformat(), style, month=True)[0]}{dash}"
                              f"{fdate(b.isoformat(), style, month=True)[0]}", u, d, po])
    table.append([str(len(rows) + 1), f"{fdate(start.isoformat(), style, month=True)[0]}{dash}至今", unit, dept, post])
    issued = date(max(start.year + 1, 2022), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 110, "工作经历证明", 22, align="center", track=6)
    x0 = 64
    y = s.para(x0, 170, f"兹证明{p['name']}（性别：{p['gender']}，身份证号码：{p['id_number']}），经查阅本人人事档案及"
                        "本单位用工记录，其工作经历如下：", s.w - 2 * x0, 12, indent=24, leading=1.9)
    wu = s.w - 2 * x0 - 34 - 124 - 80 - 96
    y = s.table(x0, y + 6, [34, 124, wu, 80, 96], table, 10.5, min_h=28,
                align=["center", "center", "left", "center", "center"])
    y = s.para(x0, y + 30, f"该同志现任我单位{dept}{post}。以上情况属实，特此证明。本证明仅用于专业技术职务任职资格"
                           "评审，不作其他用途。", s.w - 2 * x0, 12, indent=24, leading=1.9)
    s.text(s.w - x0, y + 60, f"{unit}（盖章）", 12, align="right")
    s.text(s.w - x0, y + 86, fdate(issued, rng.choice(("cn", "hz")))[0], 12, align="right")
    s.seal(s.w - x0 - 90, y + 66, 44, unit)
    clerk = rng.choice([c for c in ('刘彧', '马海燕', '张晓东', '周淼') if c != p['name']])
    s.text(x0, s.h - 70, f"经办人：{clerk}    联系电话：0931-{rng.randint(5100000, 5199999)}",
           10)
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post,
             "start_date": start.isoformat()[:7]}
    return Drawn(paper, truth, issued, dpi=rng.choice((130, 150)))
