"""Twelfth round of held-out families (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents'
layouts and wording without looking at the parsers.

Social insurance:
* si_halfyear_transposed — a 社保 window print "参保人员养老保险缴费明细（按月）" whose table is
  TRANSPOSED (text PDF, A4 portrait): one COLUMN per month and one ROW per attribute, the
  rows 缴费年月 / 缴费基数 / 个人缴费 / 单位缴费 / 缴费状态, in blocks of at most six months
  (a calendar half-year) stacked down the page, each block opened by a heading line
  "2021年1月—6月    缴费单位：…". A unit change inside a half-year opens a new block; a month
  without a record (中断) has no column, so a block may be narrower than six months and its
  empty slots are left blank. 缴费状态 已缴 / 补缴 / 欠缴 (欠缴: paid 0, 个人缴费 0.00). The
  holder line and the page number on each page, 合计 and the seal at the end.
* si_yearly_monthlist — a 养老保险 历年缴费凭证 printed on an office laser printer WITHOUT
  ANY RULING and photographed (scan, A4 landscape): columns separated only by space, one row
  per 年度 and 缴费单位: 年度 | 缴费单位 | 缴费月份 | 月数 | 缴费基数 | 个人缴费 | 欠缴月份 | 备注,
  where 缴费月份 is the LIST of months paid that year "1-6,8-12" (月数 11), 欠缴月份 the owed
  months ("7", "—" when none), 备注 "5月为补缴". When a row's unit is the unit of the row
  above, the unit cell holds a ditto "〃", "同上" or is left EMPTY (one habit per print).
  Months in neither list (中断) are not in the truth; each month of the 缴费月份 list is paid 1,
  each of the 欠缴月份 paid 0, with the row's base and unit (the ditto resolved).
Paper:
* pap_english_cn_box — the first page of a Chinese ENGLISH-LANGUAGE journal (the 英文版 of a
  学报 or a journal like 寒旱区科学 / Sciences in Cold and Arid Regions; text PDF): the running
  head "J. Cent. South Univ. (2021) 28: 1234−1245" with the DOI, "ISSN … / CN …" stacked at
  the top right, the English title, the byline in PINYIN with superscript affiliation
  numbers ("Jianjun LI1, Zhe WANG2*"), English affiliations, Abstract / Key words, then a
  ruled box "中文信息" holding 中文题名, 作者 (the Chinese names), 刊期 "2021年5月 第28卷第5期"
  and the Chinese citation; Received/Accepted dates and Foundation item in the footnote,
  the Springer copyright line. Truth: the Chinese title and names from the box, the
  journal's Chinese name, the ISSN/CN, the month of the issue.
Employer:
* emp_dispatch_two_units — a 劳务派遣 工作证明 (scan): issued on the letterhead of the
  派遣单位 (a 人力资源 company) that holds the labour contract, naming the 用工单位 where the
  holder actually works: "兹证明…系我公司劳务派遣员工，于2016年3月与我公司签订劳动合同，
  2017年4月起被派遣至 X 从事 Y 工作至今…", the 派遣单位's signature and seal, then a
  "用工单位意见" block with the 用工单位's own confirmation, signature and second seal.
  Truth: unit = the 用工单位 (where the professional work is done; what the applicant
  declares), position, start_date = the month the dispatch to it began; the contract date
  with the 派遣单位 and the 合同期限 are distractors.
Degree:
* deg_booklet_vertical_no — a 2000s 学士学位证书 booklet opened flat and photographed: the
  left inner page carries the photo with the 钢印 and the 证书编号 printed VERTICALLY (digits
  stacked top to bottom) beside it or down the right page's outer edge; the right page
  holds "学士学位证书" and the prose "…生。在…专业完成了本科学习计划，业已毕业，经审核符合
  《中华人民共和国学位条例》的规定，授予…学士学位。", the school, 校长 / 学位评定委员会主席
  and the 汉字 date. A 学号 printed under the photo is a distractor.
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pymupdf

from . import fonts
from .draw import A4, A4L, RED, Paper
from .facts import UNITS, contribution_history, issn, redate
from .fam_certs import _deg_truth
from .fam_round7 import PINYIN, _english_title, _photograph, _print_date, _truth_rows, _yuan
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
INK = (0.1, 0.14, 0.5)
STEEL = (0.55, 0.55, 0.55)
_STATUS = {"正常": "已缴", "补缴": "补缴", "欠费": "欠缴"}


def _clerk(rng: random.Random, *avoid: str) -> str:
    return rng.choice([c for c in ("马海燕", "周淼", "李建军", "冯雪", "何培元", "闫雯雯", "苏璟瑜", "魏晓兰")
                       if c not in avoid])


# --------------------------------------------------------------------------
# transposed half-year blocks: one column per month (text)
# --------------------------------------------------------------------------

AGENCIES12 = ("兰州新区社会保险事业服务中心", "兰州市社会保险事业管理局", "甘肃省社会保险事业服务中心")


@family("si_halfyear_transposed", "social_insurance", "text",
        "社保窗口 参保人员养老保险缴费明细（按月）with a TRANSPOSED table: one column per month, rows 缴费年月/缴费基数/"
        "个人缴费/单位缴费/缴费状态 (已缴/补缴/欠缴), blocks of at most six months (a calendar half-year) down the page, "
        "each under a '2021年1月—6月 缴费单位：…' heading; a unit change opens a new block; 中断 months have no column")
def si_halfyear_transposed(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    agency = rng.choice(AGENCIES12)
    mstyle = rng.choice(("iso", "compact", "dot", "cn0"))
    blocks: list[list[dict]] = []
    for r in listed:
        half = (r["month"][:4], (int(r["month"][5:7]) - 1) // 6)
        last = blocks[-1][-1] if blocks else None
        if last and (last["month"][:4], (int(last["month"][5:7]) - 1) // 6) == half and last["unit"] == r["unit"]:
            blocks[-1].append(r)
        else:
            blocks.append([r])
    paper = Paper(face, A4, pages=0)
    x0 = 46.0
    lab = 66.0
    col = (A4[0] - 2 * x0 - lab) / 6
    rh = 17.0
    size = 8.6
    labels = ("缴费年月", "缴费基数", "个人缴费", "单位缴费", "缴费状态")
    block_h = 20 + rh * len(labels) + 12

    def new_page(first: bool):
        s = paper.add_page()
        if first:
            s.text(s.w / 2, 62, "参保人员养老保险缴费明细", 16, align="center", track=2)
            s.text(s.w / 2, 80, "（按月列示）", 9.5, align="center", color=GREY)
            y = s.table(x0, 92, [64, 118, 82, A4[0] - 2 * x0 - 264],
                        [["姓    名", p["name"], "公民身份号码", p["id_number"]],
                         ["险    种", "企业职工基本养老保险", "打印日期", fdate(printed, rng.choice(("cn", "iso")))[0]]],
                        9, min_h=20, align=["center", "left"] * 2)
            return s, y + 16
        s.text(x0, 54, f"姓名：{p['name']}    公民身份号码：{p['id_number']}    （续）", 8.5, color=GREY)
        return s, 68.0

    s, y = new_page(True)
    for blk in blocks:
        if y + block_h > A4[1] - 90:
            s, y = new_page(False)
        yr, m0 = int(blk[0]["month"][:4]), int(blk[0]["month"][5:7])
        h0 = 1 if m0 <= 6 else 7
        s.text(x0, y + 12, f"{yr}年{h0}月—{h0 + 5}月", 9.5)
        s.text(x0 + 130, y + 12, f"缴费单位：{blk[0]['unit']}", 9.5)
        y += 18
        for k, label in enumerate(labels):
            yy = y + k * rh
            s.box(x0, yy, x0 + lab, yy + rh, width=0.5, fill=0.93 if k == 0 else None)
            s.text(x0 + lab / 2, yy + rh / 2 + size * 0.36, label, size, align="center")
            for j in range(6):
                cx0 = x0 + lab + j * col
                s.box(cx0, yy, cx0 + col, yy + rh, width=0.5, fill=0.93 if k == 0 else None)
                if j >= len(blk):
                    continue
                r = blk[j]
                v = (fdate(r["month"], mstyle, month=True)[0], _yuan(r["base"]),
                     _yuan(r["base"] * 0.08) if r["paid"] else "0.00",
                     _yuan(r["base"] * 0.16) if r["paid"] else "0.00", _STATUS[r["status"]])[k]
                if k in (1, 2, 3):
                    s.text(cx0 + col - 4, yy + rh / 2 + size * 0.36, v, size, align="right")
                else:
                    s.text(cx0 + col / 2, yy + rh / 2 + size * 0.36, v, size, align="center")
        y += rh * len(labels) + 12
    paid = [r for r in listed if r["paid"]]
    if y + 110 > A4[1] - 40:
        s, y = new_page(False)
    y = s.para(x0, y + 12, f"合计：实缴{len(paid)}个月，欠缴{len(listed) - len(paid)}个月，个人缴费合计"
                           f"{_yuan(sum(r['base'] * 0.08 for r in paid))}元。", A4[0] - 2 * x0, 9.5)
    y = s.para(x0, y, "说明：缴费状态“欠缴”为已核定未缴纳月份，不计入缴费年限；未列示的月份无缴费记录。",
               A4[0] - 2 * x0, 8.5, leading=1.7)
    s.text(A4[0] - x0 - 10, y + 20, agency, 10, align="right")
    s.seal(A4[0] - x0 - 80, min(y + 12, A4[1] - 50), 40, agency)
    n = len(paper.sheets)
    for k, sh in enumerate(paper.sheets):
        sh.text(sh.w / 2, sh.h - 28, f"第{k + 1}页 共{n}页", 8.5, align="center", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, producer=rng.choice(("FineReport 10.0", "iText 5.5.13", "Crystal Reports")))


# --------------------------------------------------------------------------
# 历年缴费凭证 without ruling: a list of months per 年度, ditto units (scan)
# --------------------------------------------------------------------------

def _month_list(ms: list[int], style: str) -> str:
    """[1,2,3,4,5,6,8,9,10,11,12] → "1-6,8-12" (runs of three or more joined)."""
    runs: list[list[int]] = []
    for m in ms:
        if runs and m == runs[-1][-1] + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    dash, sep, pad = {"ascii": ("-", ",", False), "cn": ("—", "、", False), "pad": ("-", ",", True)}[style]
    f = (lambda m: f"{m:02d}") if pad else str
    parts = []
    for r in runs:
        if len(r) >= 3 or (len(r) == 2 and style == "cn"):
            parts.append(f"{f(r[0])}{dash}{f(r[-1])}")
        else:
            parts.extend(f(m) for m in r)
    return sep.join(parts)


@family("si_yearly_monthlist", "social_insurance", "scan",
        "养老保险 历年缴费凭证 laser-printed with NO ruling (columns apart by space only), photographed, A4 landscape: "
        "one row per 年度 and 缴费单位 '年度|缴费单位|缴费月份|月数|缴费基数|个人缴费|欠缴月份|备注' with the months paid "
        "as a list '1-6,8-12' (月数 11), owed months apart, '5月为补缴' notes; the unit cell of a row with the unit above "
        "holds '〃', '同上' or nothing", ranges=True)
def si_yearly_monthlist(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(30, 84))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    agency = rng.choice(AGENCIES12)
    ditto = rng.choice(("〃", "同上", ""))
    lstyle = rng.choice(("ascii", "ascii", "cn", "pad"))
    groups: list[list[dict]] = []
    for r in listed:
        last = groups[-1][-1] if groups else None
        if last and last["month"][:4] == r["month"][:4] and last["unit"] == r["unit"] and last["base"] == r["base"]:
            groups[-1].append(r)
        else:
            groups.append([r])
    W, H = A4L
    paper = Paper(face, (W, H))
    s = paper[0]
    x0 = 50.0
    c = (0.12, 0.12, 0.12)
    s.text(W / 2, 58, "企业职工基本养老保险历年缴费凭证", 16, align="center", color=c, track=2)
    s.text(x0, 88, f"姓名：{p['name']}", 10, color=c)
    s.text(x0 + 130, 88, f"公民身份号码：{p['id_number']}", 10, color=c)
    s.text(x0 + 400, 88, f"个人编号：{rng.randrange(10**9, 10**10)}", 10, color=c)
    s.text(x0, 106, f"经办机构：{agency}", 10, color=c)
    s.text(W - x0, 106, f"打印日期：{printed.replace('-', '.')}", 10, align="right", color=c)
    # left edges (text columns) or right edges (numbers) — no lines anywhere
    X = {"年度": x0, "缴费单位": x0 + 48, "缴费月份": x0 + 258, "月数": x0 + 382, "缴费基数": x0 + 462,
         "个人缴费": x0 + 540, "欠缴月份": x0 + 560, "备注": x0 + 650}
    right = {"月数", "缴费基数", "个人缴费"}
    size = 9.2
    y = 136.0
    for k, t in X.items():
        s.text(t, y, k, size + 0.3, align="right" if k in right else "left", color=c)
    y += 22
    rh = min(17.0, (H - 120 - y) / max(len(groups), 1))
    prev_unit = None
    for g in groups:
        paid = [int(r["month"][5:7]) for r in g if r["paid"]]
        owed = [int(r["month"][5:7]) for r in g if not r["paid"]]
        back = [int(r["month"][5:7]) for r in g if r["status"] == "补缴"]
        s.text(X["年度"], y, g[0]["month"][:4], size, color=c)
        if g[0]["unit"] == prev_unit:
            if ditto:
                s.text(X["缴费单位"] + 40, y, ditto, size, color=c)
        else:
            s.text(X["缴费单位"], y, g[0]["unit"], size if len(g[0]["unit"]) <= 20 else 8.4, color=c)
        prev_unit = g[0]["unit"]
        s.text(X["缴费月份"], y, (_month_list(paid, lstyle) + ("月" if lstyle == "cn" else "")) if paid else "—",
               size, color=c)
        s.text(X["月数"], y, str(len(paid)), size, align="right", color=c)
        s.text(X["缴费基数"], y, _yuan(g[0]["base"]), size, align="right", color=c)
        s.text(X["个人缴费"], y, _yuan(g[0]["base"] * 0.08 * len(paid)), size, align="right", color=c)
        s.text(X["欠缴月份"] + 12, y, _month_list(owed, lstyle) if owed else "—", size, color=c)
        if back:
            s.text(X["备注"], y, f"{'、'.join(str(m) for m in back)}月为补缴", size, color=c)
        y += rh
    n_paid = sum(1 for r in listed if r["paid"])
    y += 8
    s.text(x0, y + 4, f"累计实际缴费月数：{n_paid}    欠缴月数：{len(listed) - n_paid}    个人缴费累计："
                      f"{_yuan(sum(r['base'] * 0.08 for r in listed if r['paid']))}元", size + 0.3, color=c)
    note = "注：缴费单位栏空白的，与上一行相同。" if not ditto else f"注：“{ditto}”表示缴费单位与上一行相同。"
    s.text(x0, y + 22, note + "欠缴月份未计入缴费年限；未列示月份无缴费记录。", 8.6, color=c)
    s.text(W - x0 - 20, y + 44, f"{agency}（业务专用章）", 10, align="right", color=c)
    s.seal(W - x0 - 120, min(y + 36, H - 44), 40, agency)
    _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.6, 2.2), rng.uniform(0.9, 0.95),
                rng.uniform(0.3, 0.5))
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, dpi=rng.choice((160, 170, 180)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# English-language journal's first page, the Chinese title in a box (text)
# --------------------------------------------------------------------------

# Chinese name, English name, abbreviation, ISSN first 7, CN, year of volume 1, issues a year, DOI prefix
EN_JOURNALS = (
    ("中南大学学报(英文版)", "Journal of Central South University", "J. Cent. South Univ.", "2095289", "43-1516/TB",
     1994, 12, "10.1007/s11771"),
    ("寒旱区科学", "Sciences in Cold and Arid Regions", "Sci. Cold Arid Reg.", "1674382", "62-1201/P", 2009, 6,
     "10.3724/SP.J.1226"),
    ("干旱区科学", "Journal of Arid Land", "J. Arid Land", "1674676", "65-1278/K", 2009, 12, "10.1007/s40333"),
    ("交通运输工程学报(英文版)", "Journal of Traffic and Transportation Engineering (English Edition)",
     "J. Traffic Transp. Eng. (Engl. Ed.)", "2095756", "61-1494/U", 2014, 6, "10.1016/j.jtte"),
)
_MON = "January February March April May June July August September October November December".split()
EN_AFF = ("School of Civil Engineering, Lanzhou Jiaotong University, Lanzhou 730070, China",
          "School of Environmental and Municipal Engineering, Lanzhou Jiaotong University, Lanzhou 730070, China",
          "Lanzhou New Area Urban Development Investment Group Co., Ltd., Lanzhou 730314, China",
          "College of Energy and Power Engineering, Lanzhou University of Technology, Lanzhou 730050, China",
          "Gansu Province Transportation Planning, Survey & Design Institute Co., Ltd., Lanzhou 730030, China")
CN_AFF = {EN_AFF[0]: "兰州交通大学 土木工程学院", EN_AFF[1]: "兰州交通大学 环境与市政工程学院",
          EN_AFF[2]: "兰州新区城市发展投资集团有限公司", EN_AFF[3]: "兰州理工大学 能源与动力工程学院",
          EN_AFF[4]: "甘肃省交通规划勘察设计院股份有限公司"}
EN_SENT = ("Field monitoring and laboratory tests were carried out on a project in Lanzhou New Area.",
           "The results show that the proposed method meets the accuracy required in engineering practice.",
           "The influence of water content, compaction degree and temperature was analysed.",
           "A three-dimensional finite element model considering freeze-thaw cycles was established.",
           "The findings provide a reference for similar projects in the arid regions of Northwest China.",
           "Measured data agree well with the numerical results.")
CN_SENT = ("以兰州新区某工程为依托，开展了现场监测与室内试验。", "结果表明，所提方法的计算精度满足工程要求。",
           "分析了含水率、压实度及温度等因素的影响规律。", "研究成果可为西北干旱地区同类工程提供参考。")


SERIF = ("/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def _latin(default: pymupdf.Font) -> pymupdf.Font:
    """A proportional serif for the English text (the journal's Times); CJK glyphs come from the fallback."""
    path = next((x for x in SERIF if Path(x).is_file()), None)
    return pymupdf.Font(fontfile=path) if path else default


def _pinyin(name: str, order: str) -> str:
    py = PINYIN.get(name, name)
    if " " not in py:
        return py
    fam, given = py.split(" ", 1)
    return f"{given} {fam}" if order == "given" else py


@family("pap_english_cn_box", "paper", "text",
        "first page of a Chinese ENGLISH-language journal (英文版 / Sciences in Cold and Arid Regions type): running head "
        "'J. Cent. South Univ. (2021) 28: 1234−1245' with DOI, ISSN/CN stacked top right, English title, PINYIN byline "
        "with superscripts, Abstract/Key words, then a ruled 中文信息 box (中文题名, 作者 in Chinese, 刊期 'YYYY年M月 第N卷"
        "第N期', Chinese citation), Received/Accepted and Foundation item footnote, Springer copyright line")
def pap_english_cn_box(p: dict, rng: random.Random, face: str) -> Drawn:
    cn_name, en_name, abbr, first7, cn, vol1, per, doi = rng.choice(EN_JOURNALS)
    sn = issn(first7)
    y = max(p["pub_year"], vol1 + 3)
    n = rng.randint(1, per)
    m = n if per == 12 else 2 * n
    vol = y - vol1 + 1
    names = p["authors"]
    page1 = rng.randint(120, 3200) if per == 12 else rng.randint(100, 600)
    page2 = page1 + rng.randint(8, 14)
    order = rng.choice(("given", "family"))
    paper = Paper(face, A4)
    s = paper[0]
    cjk = paper.font
    latin = paper.font = _latin(cjk)
    x0, x1 = 50.0, A4[0] - 50.0
    # running head: logo with the initials, abbreviation (year) vol: pages left; ISSN / CN stacked right
    s.box(x0, 34, x0 + 34, 64, width=0.8, grey=0.3, fill=0.85)
    s.text(x0 + 17, 53, "".join(w[0] for w in en_name.split() if w[0].isupper())[:4], 8, align="center")
    s.text(x0 + 42, 46, f"{abbr} ({y}) {vol}: {page1}−{page2}", 8.5)
    s.text(x0 + 42, 59, f"DOI: https://doi.org/{doi}-{y % 100:02d}{rng.randint(1000, 9999)}-{rng.randint(1, 9)}", 7.5,
           color=GREY)
    s.text(x1, 46, f"ISSN {sn}", 8.5, align="right")
    s.text(x1, 59, f"CN {cn}", 8.5, align="right")
    s.line(x0, 70, x1, 70, width=1.2)
    s.text(x0, 84, f"Vol. {vol} No. {n}    {_MON[m - 1]} {y}", 8, color=GREY)
    yy = 114.0
    for line in s.wrap(_english_title(p["paper_title"]), x1 - x0, 16):
        s.text(x0, yy, line, 16)
        yy += 21
    yy += 6
    affs = rng.sample(EN_AFF, min(len(names), rng.randint(1, 3)))
    marks = [str(min(i + 1, len(affs))) if len(affs) > 1 else "" for i in range(len(names))]
    corr = rng.randrange(len(names))
    x = x0
    for i, nm in enumerate(names):
        x = s.text(x, yy, _pinyin(nm, order), 10.5)
        sup = marks[i] + ("*" if i == corr else "")
        if sup:
            x = s.text(x + 1, yy - 4, sup, 6.5)
        if i < len(names) - 1:
            x = s.text(x, yy, ", ", 10.5)
    yy += 16
    for i, a in enumerate(affs):
        yy = s.para(x0, yy, (f"{i + 1}. " if len(affs) > 1 else "") + a, x1 - x0, 8, leading=1.45)
    yy += 6
    s.line(x0, yy, x1, yy, width=0.4)
    yy = s.para(x0, yy + 14, "Abstract: " + " ".join(rng.sample(EN_SENT, 5)), x1 - x0, 8.6, leading=1.5)
    yy = s.para(x0, yy + 2, "Key words: collapsible loess; freeze-thaw cycle; numerical simulation; field monitoring",
                x1 - x0, 8.6)
    yy += 4
    # the 中文信息 box
    paper.font = cjk
    by = yy
    bx0, bx1 = x0 + 10, x1 - 10
    cy = by + 16
    s.text(bx0 + 8, cy, "中文信息", 9.5)
    cy += 16
    cy = s.para(bx0 + 8, cy, f"中文题名：{p['paper_title']}", bx1 - bx0 - 16, 9.5, leading=1.55)
    cy = s.para(bx0 + 8, cy, f"作    者：{'，'.join(names)}", bx1 - bx0 - 16, 9.5, leading=1.55)
    units = "；".join(f"{i + 1}.{CN_AFF[a]}" if len(affs) > 1 else CN_AFF[a] for i, a in enumerate(affs))
    cy = s.para(bx0 + 8, cy, f"作者单位：{units}", bx1 - bx0 - 16, 9, leading=1.55)
    cy = s.para(bx0 + 8, cy, f"刊    期：{cn_name}，{y}年{m}月，第{vol}卷第{n}期", bx1 - bx0 - 16, 9, leading=1.55)
    cy = s.para(bx0 + 8, cy, "中文摘要：" + "".join(rng.sample(CN_SENT, 3)), bx1 - bx0 - 16, 8.6, leading=1.55)
    cite = f"引用格式：{'，'.join(names)}．{p['paper_title']}[J]．{cn_name}，{y}，{vol}({n})：{page1}−{page2}．"
    cy = s.para(bx0 + 8, cy, cite, bx1 - bx0 - 16, 8.6, leading=1.55)
    s.box(bx0, by, bx1, cy - 4, width=0.7)
    paper.font = latin
    # two columns of body text
    col = (x1 - x0 - 18) / 2
    foot = 730.0
    top = cy + 14
    s.text(x0, top, "1 Introduction", 10)
    body = " ".join(rng.choice(EN_SENT) for _ in range(40))
    ty = top + 16
    lines = s.wrap(body, col, 8.6)
    k = 0
    for cx in (x0, x0 + col + 18):
        ty = top + 16 if cx == x0 else top
        while ty < (foot - 8 if cx == x0 else 780) and k < len(lines):
            s.text(cx, ty, lines[k], 8.6)
            ty += 12.5
            k += 1
    s.line(x0, foot, x0 + col * 0.6, foot, width=0.4)
    recv = date(y, m, 1) - timedelta(days=rng.randint(150, 300))
    acc = recv + timedelta(days=rng.randint(40, 110))
    fl = [f"Foundation item: Project({y - 2}JR{rng.randint(5, 7)}RA{rng.randint(100, 999)}) supported by the "
          "Natural Science Foundation of Gansu Province, China",
          f"Received date: {recv.isoformat()}; Accepted date: {acc.isoformat()}",
          f"Corresponding author: {_pinyin(names[corr], order)}; E-mail: {PINYIN.get(names[corr], 'x').split()[-1].lower()}"
          f"@{rng.choice(('lzjtu.edu.cn', 'lut.edu.cn', '163.com'))}"]
    fy = foot + 11
    for ln in fl:
        for part in s.wrap(ln, col, 7):
            s.text(x0, fy, part, 7)
            fy += 9.5
    s.text(x1, 812, f"© Central South University Press and Springer-Verlag GmbH Germany, part of Springer Nature {y}"
           if "Cent." in abbr else f"© {y} Editorial office of {en_name}", 6.5, align="right", color=GREY)
    paper.font = cjk
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": cn_name, "issn": sn, "cn": cn,
             "published": f"{y:04d}-{m:02d}"}
    return Drawn(paper, truth, f"{y}-{m:02d}-15", producer=rng.choice(("Adobe InDesign 16.0 (Windows)",
                                                                       "Springer Nature PDF engine", "Acrobat Distiller 10.0")))


# --------------------------------------------------------------------------
# 劳务派遣 工作证明: 派遣单位 issues, 用工单位 confirms (scan)
# --------------------------------------------------------------------------

DISPATCHERS = (("甘肃兰新人力资源服务有限公司", "兰州新区中川大道人力资源服务产业园3号楼"),
               ("兰州新区人力资源开发有限公司", "兰州新区纬一路人力资源市场二楼"),
               ("甘肃中陇劳务派遣有限公司", "兰州市城关区东岗西路588号"),
               ("甘肃省人力资源服务有限公司", "兰州市城关区南昌路1668号"))
DEPTS12 = ("工程技术部", "项目管理部", "质量安全部", "生产运营部", "技术研发中心", "设备管理科")


@family("emp_dispatch_two_units", "employment_proof", "scan",
        "劳务派遣 工作证明 on the 派遣单位's letterhead (人力资源 company holding the labour contract) naming the 用工单位 "
        "where the holder works: '…系我公司劳务派遣员工，于…与我公司签订劳动合同，…起被派遣至 X 从事 Y 工作至今', the "
        "派遣单位's seal, then a '用工单位意见' block with the 用工单位's confirmation and a second seal")
def emp_dispatch_two_units(p: dict, rng: random.Random, face: str) -> Drawn:
    disp, addr = rng.choice(DISPATCHERS)
    unit, post = p["unit"], p["position"]
    ws = date.fromisoformat(p["work_start"])
    signed = ws - timedelta(days=rng.choice((0, 0, rng.randint(40, 700))))
    y0 = max(2023, ws.year + 1)
    issued = date(rng.randint(y0, max(y0, 2024)), rng.randint(1, 12), rng.randint(1, 28))
    # the contract renewed since: the current term runs past the issue date
    end = date(issued.year + rng.randint(1, 3), signed.month, min(signed.day, 28)) - timedelta(days=1)
    dstyle = rng.choice(("cn", "cn0"))
    start_s, ts = fdate(p["work_start"], dstyle, month=True)
    dept = rng.choice(DEPTS12)
    paper = Paper(face, A4)
    s = paper[0]
    x0, x1 = 66.0, A4[0] - 66.0
    s.text(s.w / 2, 66, disp, 16, align="center", track=2, color=RED)
    s.line(x0, 78, x1, 78, width=1.8, grey=0.0)
    s.page.draw_line((x0, 78), (x1, 78), color=RED, width=1.8)
    s.text(s.w / 2, 124, "工 作 证 明", 20, align="center", track=4)
    s.text(s.w / 2, 146, "（劳务派遣人员）", 11, align="center")
    s.text(x1, 166, f"编号：{disp[2:4]}派证〔{issued.year}〕{rng.randint(8, 260)}号", 9.5, align="right")
    text = (f"兹证明{p['name']}（{p['gender']}，公民身份号码：{p['id_number']}）系我公司劳务派遣员工，"
            f"于{fdate(signed.isoformat(), 'cn')[0]}与我公司签订劳动合同，现劳动合同期限至{fdate(end.isoformat(), 'cn')[0]}。"
            f"{start_s}起，经我公司派遣至{unit}（用工单位）{dept}从事{post}工作，至今未中断。"
            f"其劳动合同、人事关系及社会保险由我公司负责管理和缴纳，日常工作由用工单位安排和考核。")
    y = s.para(x0, 204, text, x1 - x0, 12.5, leading=2.0, indent=25)
    y = s.para(x0, y + 2, "本证明仅用于其申报专业技术职务任职资格评审，不作其他用途。", x1 - x0, 12.5, leading=2.0,
               indent=25)
    s.text(x0 + 25, y + 4, "特此证明。", 12.5)
    s.text(x1 - 10, y + 56, f"派遣单位（盖章）：{disp}", 11.5, align="right")
    s.text(x1 - 10, y + 80, fdate(issued.isoformat(), "cn")[0], 11.5, align="right")
    s.seal(x1 - 90, y + 56, 44, disp)
    keep = paper.font
    hand = fonts.path_of("kai") is not None
    s.text(x0, y + 118, "经办人：", 11)
    if hand:
        paper.font = fonts.font("kai")
    s.text(x0 + 48, y + 119, _clerk(rng, p["name"]), 12.5, color=INK)
    paper.font = keep
    s.text(x0 + 180, y + 118, f"联系电话：0931-{rng.randint(5100000, 8999999)}", 11)
    # 用工单位意见
    by = y + 142
    bh = 150
    s.box(x0, by, x1, by + bh, width=0.8)
    s.text(x0 + 10, by + 22, "用工单位意见：", 12)
    opin = (f"经核实，{p['name']}同志自{start_s}起由{disp}派遣至我单位{dept}工作，现从事{post}工作，"
            f"以上情况属实。")
    s.para(x0 + 24, by + 46, opin, x1 - x0 - 48, 12, leading=1.9)
    s.text(x1 - 14, by + bh - 36, f"用工单位（盖章）：{unit}", 10.5 if len(unit) > 16 else 11.5, align="right")
    s.text(x1 - 14, by + bh - 14, fdate((issued - timedelta(days=rng.randint(0, 3))).isoformat(), "cn")[0], 11.5,
           align="right")
    s.seal(x1 - 100, by + bh - 40, 42, unit)
    s.line(x0, A4[1] - 60, x1, A4[1] - 60, width=0.6, grey=0.3)
    s.text(s.w / 2, A4[1] - 46, f"地址：{addr}    劳务派遣经营许可证编号：620{rng.randint(100, 999)}{issued.year - 3}"
                                f"{rng.randint(1000, 9999)}", 8, align="center", color=GREY)
    if rng.random() < 0.6:
        _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.5, 2.5), rng.uniform(0.88, 0.94),
                    rng.uniform(0.3, 0.5))
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post, "start_date": ts}
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((140, 150, 160)), level=rng.choice((1, 2, 2, 3)))


# --------------------------------------------------------------------------
# 2000s 学士学位证书 booklet photographed open, number printed vertically (scan)
# --------------------------------------------------------------------------

@family("deg_booklet_vertical_no", "degree", "scan",
        "2000s 学士学位证书 booklet opened flat and photographed: left page photo with 钢印 and the 证书编号 printed "
        "VERTICALLY (digits stacked) beside it or down the right page's outer edge, a 学号 under the photo; right page "
        "'学士学位证书', prose '…完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予…学士学位', "
        "school, 校长/学位评定委员会主席, 汉字 date")
def deg_booklet_vertical_no(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(2001, 2010), level="本科")
    W, H = 760.0, 520.0
    paper = Paper(face, (W, H))
    s = paper[0]
    s.box(0, 0, W, H, width=0, grey=0.93, fill=0.93)   # the cream inner pages
    mid = W / 2
    for i in range(8):   # the fold's shadow
        g = 0.62 + i * 0.04
        s.box(mid - 8 + i, 0, mid + 8 - i, H, width=0, grey=g, fill=g)
    for x in (18, mid + 18):
        s.box(x, 18, x + mid - 36, H - 18, width=1.8, grey=0.5)
        s.box(x + 6, 24, x + mid - 42, H - 24, width=0.5, grey=0.5)
    # left page
    s.text(mid / 2, 72, "中华人民共和国", 12, align="center", track=3)
    s.text(mid / 2, 96, "学 位 证 书", 15, align="center", track=2)
    px, py, pw, ph = mid / 2 - 50, 128, 100, 134
    s.photo(px, py, pw, ph)
    s.seal(px + pw - 6, py + ph - 8, 30, q["school"], color=STEEL)
    no = q["degree_certificate_no"]
    where = rng.choice(("beside", "edge"))
    if where == "beside":
        s.vtext(px + pw + 30, py - 6, "证书编号", 8.5)
        s.vtext(px + pw + 30, py + 40, no, 8.5, gap=-0.6)
    else:
        s.vtext(W - 44, H - 40 - 16 * 9.0, no, 8.5, gap=-0.6)
    sid = f"{q['start_date'][:4]}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    s.text(mid / 2, py + ph + 34, f"学号：{sid}", 10, align="center")
    # right page
    rx = mid + 46
    s.text(mid + mid / 2, 86, "学士学位证书", 24, align="center", track=6)
    birth = fdate(q["birth_date"], rng.choice(("hz", "cn")))[0]
    text = (f"{q['name']}，{q['gender']}，{birth}生。在{q['school']}{q['major']}专业完成了本科学习计划，业已毕业，"
            f"经审核符合《中华人民共和国学位条例》的规定，授予{q['discipline']}学士学位。")
    y = s.para(rx, 140, text, mid - 92 - (24 if where == "edge" else 0), 13.5, leading=2.1, indent=27)
    y = max(y + 30, 360)
    s.text(rx + 110, y, q["school"], 13.5)
    s.text(rx + 40, y + 28, f"校长   {q['principal']}", 12.5)
    s.text(rx + 40, y + 50, "（学位评定委员会主席）", 10)
    s.seal(rx + 180, y - 6, 42, q["school"])
    award, ta = fdate(q["award_date"], "hz")
    s.text(rx + 110, y + 80, award, 12.5)
    _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.8, 3.0), rng.uniform(0.86, 0.93),
                rng.uniform(0.25, 0.45))
    return Drawn(paper, _deg_truth(q, ta), q["award_date"], dpi=rng.choice((160, 170)), level=rng.choice((1, 2, 2)))
