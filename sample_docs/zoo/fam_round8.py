"""Eighth round of held-out families (issue 12: "when a held-out family fails, fix
the method, move that family to 'seen', and draw a new held-out family"), written
from real documents' layouts and wording without looking at the parsers.

Social insurance:
* si_account_ledger — a 社保经办机构's "城镇企业职工基本养老保险参保人员缴费明细（个人账户）"
  (text PDF from the window's report system): a ruled holder box (姓名 / 公民身份号码 /
  个人编号 / 首次参保年月 / 险种), then the account ledger with NO unit column: 缴费年月 |
  缴费工资 | 个人缴费 | 单位划入 | 本年累计 | 账户累计 | 备注. The unit is only in spanning
  heading rows: "缴费单位：…（单位编号 …）" at the start and "单位变更：自2021年03月起转入 …"
  where the holder changed employer; each year opens with a "上年结转" row and closes with a
  "2021年度小计" row (缴费月数, 个人缴费 total, 记账利息); running sums (本年累计 / 账户累计) are
  money columns beside the base. 补缴 months are not in the ledger but in a closing block
  "二、补缴明细" (所属期 | 补缴基数 | 个人补缴 | 补缴单位 | 到账日期). An owed month shows its
  缴费工资, 0.00 paid and "欠缴" (paid 0); months without a record (中断) are not printed
  and not in the truth. Truth in month order; the base is 缴费工资; the unit is the heading's.
* si_terminal_slip — a 社保卡自助服务终端 receipt ("个人参保缴费明细查询凭条") on 80 mm
  thermal paper, photographed on a desk (the long narrow slip turned a little, grey
  fading thermal print): terminal number, 打印时间, 姓名, 证件号码 (masked "6201**********123X"
  on some terminals: then no id_number in the truth), 查询期间, then one fixed-width line a
  month "202305  养老  已缴   5231.00    418.48" (年月 | 险种 | 状态 | 缴费基数 | 个人缴费)
  with a "单位：…" line whenever the paying unit changes, a 合计 line and 温馨提示. 状态:
  已缴 / 补缴 (paid 1), 欠缴 (paid 0, 个人缴费 0.00); 中断 months not printed.
Papers:
* pap_cnki_firstonline — a 知网 网络首发 PDF as downloaded (text, two pages): the CNKI cover
  sheet (中国知网 mark, the journal's name, "网络首发论文", 题目 / 作者 / 收稿日期 / 网络首发日期 /
  引用格式 "…[J/OL]．刊名．https://link.cnki.net/urlid/11.2097.X.20210315.1012.002", and the
  boxed 网络首发 / 出版确认 notes naming the 网络版's own ISSN 2096-4188 and CN 11-6037/Z, which
  are NOT the journal's), then the 录用定稿 article page: CNKI's grey stamp line (网络首发时间 /
  网络首发地址) on top, the journal's running head only in English, no volume/issue, title,
  authors, affiliation, 摘要, 收稿日期 / 修回日期 footnote. Truth: title, authors, journal,
  published = the 网络首发日期's month (the cover says a 网络首发 paper counts as published);
  no issn or cn (the journal's CN appears only in dot form inside the URL).
* pap_masthead_copy — a photocopy of a journal article's first page (scan): the journal's
  题字-style masthead in large 楷 type top left with "2019年12月  第6期" (month before issue)
  and sometimes "第38卷" under it, ISSN / CN stacked on the right of the masthead in some
  issues, a heavy rule, the title, the authors separated by two spaces, "（单位，城市 邮编）",
  摘要 / 关键词, 中图分类号 / 文献标识码, two columns and the 收稿日期 footnote; copier toner
  grey, the gutter's dark band at the binding edge and specks.
Employer:
* emp_tenure_history — a 任职证明 / 工作年限证明 on the company's printed letterhead (logo
  square, name, rule; address and phone at the foot), photographed: "兹证明 X（身份证号码：…）
  于2012年7月进入我单位工作，任职情况如下：2012年7月至2015年6月在工程部任技术员；2015年7月至
  2019年12月任助理工程师；2020年1月至今任工程师。" The current unit appears only in the letterhead,
  the signature line "（单位公章）" block and the seal; the truth's position is the post held
  "至今", start_date the first post's month (joining the unit).
Diploma:
* dip_proof_reissue — a 学历证明书 (毕业证书遗失后 the school issues it, with the same force):
  portrait, a thin border, "学历证明书" title, the 证明书编号 "（2022）兰交学证字第0123号" top
  right, the photo with the 钢印 top left, the prose "学生 X，性别 X，1990年3月5日生，于2008年9月
  至2012年6月在本校 X 专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。原毕业
  证书编号：…（已遗失）。特此证明。", the school, 校（院）长 and the issue date (years after
  graduation), a red school seal and "学历证书电子注册号" line. Truth: the 原毕业证书编号 as
  certificate_no, study months as printed, birth date to the day.
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pymupdf

from . import fonts
from .draw import A4, RED, Paper, Sheet
from .facts import NAMES_F, NAMES_M, contribution_history, issn, num, redate
from .fam_round7 import AFF7, KEYW7, SENT7, _body7, _gender, _print_date, _yuan
from .registry import Drawn, family, fdate, hz_num

GREY = (0.35, 0.35, 0.35)
LIGHT = (0.55, 0.55, 0.55)
STEEL = (0.55, 0.55, 0.55)


def _truth_rows(rows: list[dict]) -> list[str]:
    return [f"{r['month']}|{r['unit']}|{num(r['base'])}|{r['paid']}" for r in sorted(rows, key=lambda r: r["month"])]


def _unit_no(rng: random.Random) -> str:
    return f"6201{rng.randrange(10**5, 10**6)}"


def _clerk(rng: random.Random, *avoid: str) -> str:
    return rng.choice([c for c in ("马海燕", "周淼", "李建军", "冯雪", "何培元", "闫雯雯", "苏璟瑜") if c not in avoid])


# --------------------------------------------------------------------------
# 个人账户 ledger with unit headings, 年度小计 and a 补缴 block (text)
# --------------------------------------------------------------------------

AGENCIES8 = ("兰州市社会保险事业管理局", "甘肃省社会保险事业服务中心", "兰州新区社会保险事业服务中心")


@family("si_account_ledger", "social_insurance", "text",
        "社保经办机构 城镇企业职工基本养老保险参保人员缴费明细（个人账户）: no unit column, the unit only in "
        "'缴费单位：…' / '单位变更：自…起转入…' heading rows; 缴费年月|缴费工资|个人缴费|单位划入|本年累计|账户累计|备注, "
        "上年结转 and 年度小计 rows, 补缴 months in a closing 补缴明细 block")
def si_account_ledger(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    listed = [r for r in rows if r["status"] != "中断"]
    main = [r for r in listed if r["status"] != "补缴"]
    back = [r for r in listed if r["status"] == "补缴"]
    printed = _print_date(rows, rng)
    agency = rng.choice(AGENCIES8)
    mstyle = rng.choice(("compact", "dot", "cn0"))
    unit_nos = {u: _unit_no(rng) for u in {r["unit"] for r in listed}}
    paper = Paper(face, A4, pages=0)
    x0 = 40
    wd = [66, 72, 66, 60, 76, 84]
    wd.append(A4[0] - 2 * x0 - sum(wd))
    head = ["缴费年月", "缴费工资", "个人缴费", "单位划入", "本年累计", "账户累计", "备注"]
    size, rh = 8, 15.5
    aligns = ["center", "right", "right", "right", "right", "right", "center"]
    span_w = [sum(wd)]

    s = paper.add_page()
    s.text(s.w / 2, 56, agency, 11, align="center", color=GREY)
    s.text(s.w / 2, 82, "城镇企业职工基本养老保险参保人员缴费明细（个人账户）", 14.5, align="center")
    s.text(x0, 104, f"打印日期：{fdate(printed, 'cn0')[0]}", 8.5)
    s.text(s.w - x0, 104, "金额单位：元", 8.5, align="right")
    first = fdate(listed[0]["month"], "cn0", month=True)[0]
    y = s.table(x0, 110, [72, 130, 72, 110, 72, sum(wd) - 456],
                [["姓    名", p["name"], "公民身份号码", p["id_number"], "性    别", p["gender"]],
                 ["个人编号", str(rng.randrange(10**9, 10**10)), "首次参保年月", first, "参保状态", "参保缴费"],
                 ["险    种", "企业职工基本养老保险", "个人账户类别", "统筹账户外个人账户", "记账方式", "按年记账"]],
                8.5, min_h=19, align=["center", "left"] * 3)
    s.text(x0, y + 20, "一、个人账户缴费明细", 10.5)
    top = y + 28
    bottom = A4[1] - 60
    acc = round(rng.uniform(3000, 42000), 2)
    yy = s.table(x0, top, wd, [head], size, min_h=rh + 3, pad=2, align=["center"] * 7)

    def need(n: int, ledger: bool = True) -> None:
        nonlocal s, yy
        if yy + n * rh > bottom:
            s = paper.add_page()
            s.text(x0, 48, f"姓名：{p['name']}    公民身份号码：{p['id_number']}    （续）", 8.5)
            yy = 56
            if ledger:
                yy = s.table(x0, 56, wd, [head], size, min_h=rh + 3, pad=2, align=["center"] * 7)

    cur_unit = None
    by_year: dict[str, list[dict]] = {}
    for r in main:
        by_year.setdefault(r["month"][:4], []).append(r)
    rate = {"2019": 7.61, "2020": 6.04, "2021": 6.69, "2022": 6.12, "2023": 3.97, "2024": 2.62, "2018": 8.29}
    for yr, rs in by_year.items():
        need(3)
        yy = s.table(x0, yy, wd, [[f"{yr}年", "上年结转", "", "", "", _yuan(acc), ""]], size, min_h=rh, pad=2,
                     align=aligns)
        year_sum = 0.0
        months_paid = 0
        for r in rs:
            if r["unit"] != cur_unit:
                need(2)
                if cur_unit is None:
                    line = f"缴费单位：{r['unit']}（单位编号 {unit_nos[r['unit']]}）"
                else:
                    line = (f"单位变更：自{fdate(r['month'], 'cn0', month=True)[0]}起转入 {r['unit']}"
                            f"（单位编号 {unit_nos[r['unit']]}）")
                yy = s.table(x0, yy, span_w, [[line]], size, min_h=rh, pad=3, align=["left"])
                cur_unit = r["unit"]
            need(1)
            paid = r["paid"]
            own = round(r["base"] * 0.08, 2) if paid else 0.0
            year_sum += own
            acc += own
            months_paid += paid
            yy = s.table(x0, yy, wd, [[fdate(r["month"], mstyle, month=True)[0], _yuan(r["base"]), _yuan(own),
                                       "0.00", _yuan(year_sum), _yuan(acc), "" if paid else "欠缴"]],
                         size, min_h=rh, pad=2, align=aligns)
        interest = round((acc - year_sum) * rate.get(yr, 4.0) / 100, 2)
        acc += interest
        need(1)
        yy = s.table(x0, yy, wd, [[f"{yr}年度小计", f"缴费{months_paid}个月", _yuan(year_sum), "0.00",
                                   f"利息{_yuan(interest)}", _yuan(acc), ""]], size, min_h=rh, pad=2,
                     align=["center", "center", "right", "right", "right", "right", "center"])
    if back:
        need(5, ledger=False)
        s.text(x0, yy + 22, "二、补缴明细（补缴记录不计入上表，按所属期列示）", 10.5)
        bw = [70, 72, 66, 210]
        bw.append(sum(wd) - sum(bw))
        yy = s.table(x0, yy + 30, bw, [["所属期", "补缴基数", "个人补缴", "补缴单位", "到账日期"]], size, min_h=rh + 3,
                     pad=2, align=["center"] * 5)
        pd = date.fromisoformat(printed)
        when = pd - timedelta(days=rng.randint(20, 200))
        for r in back:
            if yy + rh > bottom:
                need(1, ledger=False)
                yy = s.table(x0, yy, bw, [["所属期", "补缴基数", "个人补缴", "补缴单位", "到账日期"]], size,
                             min_h=rh + 3, pad=2, align=["center"] * 5)
            yy = s.table(x0, yy, bw, [[fdate(r["month"], mstyle, month=True)[0], _yuan(r["base"]),
                                       _yuan(r["base"] * 0.08), r["unit"], when.isoformat()]], size, min_h=rh, pad=2,
                         align=["center", "right", "right", "left", "center"])
    need(6, ledger=False)
    paid_n = sum(r["paid"] for r in listed)
    yy = s.para(x0, yy + 24, f"说明：截至打印日期，该参保人累计实际缴费{paid_n}个月，个人账户累计储存额{_yuan(acc)}元。"
                             "2006年1月起单位缴费不再划入个人账户；备注为“欠缴”的月份未到账，不计入缴费年限；"
                             "中断期间无缴费记录，不予列示。", s.w - 2 * x0 - 130, 8.5, leading=1.7)
    s.text(x0, yy + 14, f"经办人：{_clerk(rng, p['name'])}", 9)
    s.seal(s.w - x0 - 70, yy - 4, 44, agency)
    s.text(s.w - x0 - 70, yy + 24, "业务专用章", 7.5, align="center", color=RED)
    for i, sh in enumerate(paper.sheets):
        sh.text(sh.w / 2, sh.h - 26, f"第{i + 1}页 共{len(paper.sheets)}页", 8, align="center", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, producer=rng.choice(("FineReport 10.0", "Crystal Reports")))


# --------------------------------------------------------------------------
# 社保卡自助终端 thermal slip, photographed on a desk (scan)
# --------------------------------------------------------------------------

def _mono(s: Sheet, x: float, y: float, text: str, size: float, color=(0.2, 0.2, 0.2)) -> float:
    """Fixed-width line as a receipt printer sets it: ASCII half a cell, CJK a full cell."""
    run, run_x = "", x
    for ch in text:
        if ord(ch) > 0x2e80:
            run += ch
            continue
        if run:
            s.text(run_x, y, run, size, color=color)
            x = run_x + len(run) * size
            run = ""
        if ch != " ":
            s.text(x + size * 0.25, y, ch, size, align="center", color=color)
        x += size * 0.5
        run_x = x
    if run:
        s.text(run_x, y, run, size, color=color)
        x = run_x + len(run) * size
    return x


def _cells(text: str) -> int:
    return sum(2 if ord(c) > 0x2e80 else 1 for c in text)


def _onto_desk(paper: Paper, rng: random.Random, angle: float, out: tuple[float, float], desk: float) -> None:
    """Replace page 0 by a photo of it lying turned on a desk in a frame of size ``out``."""
    paper._flush()
    src = pymupdf.open()
    src.insert_pdf(paper.doc, from_page=0, to_page=0)
    fw, fh = paper.doc[0].rect.width, paper.doc[0].rect.height
    paper.doc.delete_page(0)
    paper.doc.new_page(pno=0, width=out[0], height=out[1])
    page = paper.doc[0]
    page.draw_rect(page.rect, color=None, fill=(desk, desk, desk))
    cx = out[0] / 2 + rng.uniform(-0.03, 0.03) * out[0]
    cy = out[1] / 2 + rng.uniform(-0.01, 0.01) * out[1]
    rad = math.radians(angle)

    def corners(ox: float, oy: float) -> list[pymupdf.Point]:
        pts = []
        for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
            px, py = sx * fw / 2, sy * fh / 2
            pts.append(pymupdf.Point(cx + ox + px * math.cos(rad) + py * math.sin(rad),
                                     cy + oy - px * math.sin(rad) + py * math.cos(rad)))
        return pts
    shadow = corners(3, 4)
    page.draw_polyline(shadow + [shadow[0]], color=None, fill=(desk * 0.6,) * 3)
    sheet = corners(0, 0)
    page.draw_polyline(sheet + [sheet[0]], color=None, fill=(0.97, 0.97, 0.95))
    bw = abs(fw * math.cos(rad)) + abs(fh * math.sin(rad))
    bh = abs(fw * math.sin(rad)) + abs(fh * math.cos(rad))
    page.show_pdf_page(pymupdf.Rect(cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2), src, 0, rotate=angle)
    paper.sheets[0] = Sheet(paper, 0)
    paper._kept = src


@family("si_terminal_slip", "social_insurance", "scan",
        "社保卡自助服务终端 80 mm thermal receipt 个人参保缴费明细查询凭条 photographed on a desk: fixed-width lines "
        "'202305  养老  已缴   5231.00    418.48' (年月|险种|状态|缴费基数|个人缴费), a '单位：…' line at each unit "
        "change, ID masked on some terminals, 合计 and 温馨提示")
def si_terminal_slip(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(14, 48))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    masked = rng.random() < 0.45
    idn = p["id_number"]
    shown_id = idn[:4] + "*" * 10 + idn[-4:] if masked else idn
    status = {"正常": "已缴", "补缴": "补缴", "欠费": "欠缴"}
    size, lead, cols = 8.0, 11.5, 46
    lines: list[tuple[str, str]] = []   # (kind, text): c centred, l left
    dash = "-" * cols
    lines += [("c", rng.choice(("甘肃省社会保障卡自助服务终端", "兰州新区人社自助服务一体机"))),
              ("c", "个人参保缴费明细查询凭条"), ("l", dash),
              ("l", f"终端号：LZXQ{rng.randint(100, 999):04d}     流水号：{rng.randrange(10**5, 10**6)}"),
              ("l", f"打印时间：{printed} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"),
              ("l", f"姓名：{p['name']}"), ("l", f"证件号码：{shown_id}"),
              ("l", "查询险种：企业职工基本养老保险"),
              ("l", f"查询期间：{listed[0]['month'].replace('-', '')}-{listed[-1]['month'].replace('-', '')}"),
              ("l", dash), ("l", "年月    险种  状态    缴费基数    个人缴费"), ("l", dash)]
    cur = None
    tot = 0.0
    for r in listed:
        if r["unit"] != cur:
            u = f"单位：{r['unit']}"
            while _cells(u) > cols:
                k = len(u)
                while _cells(u[:k]) > cols:
                    k -= 1
                lines.append(("l", u[:k]))
                u = "      " + u[k:]
            lines.append(("l", u))
            cur = r["unit"]
        own = r["base"] * 0.08 if r["paid"] else 0.0
        tot += own
        b, o = _yuan(r["base"]), _yuan(own)
        lines.append(("l", f"{r['month'].replace('-', '')}  养老  {status[r['status']]}  {b:>10}  {o:>10}"))
    paid_n = sum(r["paid"] for r in listed)
    lines += [("l", dash), ("l", f"实缴月数：{paid_n}个月"), ("l", f"个人缴费合计：{_yuan(tot)}元"), ("l", dash),
              ("l", "温馨提示：本凭条仅供个人查询参考，如需"), ("l", "出具证明请到经办窗口办理。"),
              ("c", "咨询电话：12333"), ("c", "*** 谢谢使用 ***")]
    w = 8 + cols * size * 0.5 + 18
    h = 40 + len(lines) * lead + 40
    paper = Paper(face, (w, h))
    s = paper[0]
    x = 13
    y = 34
    fade = rng.uniform(0.15, 0.3)
    for kind, t in lines:
        c = (fade, fade, fade)
        if kind == "c":
            _mono(s, w / 2 - _cells(t) * size * 0.25, y, t, size + (0.6 if "凭条" in t else 0), color=c)
        else:
            _mono(s, x, y, t, size, color=c)
        y += lead
    angle = rng.choice((-1, 1)) * rng.uniform(0.6, 2.2)
    _onto_desk(paper, rng, angle, (w * rng.uniform(1.45, 1.7), h * 1.06), rng.uniform(0.25, 0.5))
    truth = {"name": p["name"], "contribution": _truth_rows(listed)}
    if not masked:
        truth["id_number"] = idn
    return Drawn(paper, truth, printed, dpi=rng.choice((190, 200, 210)), level=2)


# --------------------------------------------------------------------------
# 知网 网络首发 cover sheet + 录用定稿 article page (text)
# --------------------------------------------------------------------------

EN_NAME = {"环境工程": "Environmental Engineering",
           "公路交通科技": "Journal of Highway and Transportation Research and Development",
           "甘肃科学学报": "Journal of Gansu Sciences", "建筑结构": "Building Structure",
           "中国给水排水": "China Water & Wastewater",
           "西北民族大学学报(自然科学版)": "Journal of Northwest Minzu University (Natural Science Edition)",
           "兰州交通大学学报": "Journal of Lanzhou Jiaotong University",
           "电力系统保护与控制": "Power System Protection and Control", "工业建筑": "Industrial Construction",
           "化工进展": "Chemical Industry and Engineering Progress",
           "水利水电技术": "Water Resources and Hydropower Engineering",
           "计算机工程与应用": "Computer Engineering and Applications"}
CNKI_NOTE = ("网络首发：在编辑部工作流程中，稿件从录用到出版要经历录用定稿、排版定稿、整期汇编定稿等阶段。录用定稿指内容已经"
             "确定，且通过同行评议、主编终审同意刊用的稿件。排版定稿指录用定稿按照期刊特定版式（包括网络呈现版式）排版后的稿件，"
             "可暂不确定出版年、卷、期和页码。整期汇编定稿指出版年、卷、期、页码均已确定的印刷或数字出版的整期汇编稿件。录用定稿"
             "网络首发稿件内容必须符合《出版管理条例》和《期刊出版管理规定》的有关规定；学术研究成果具有创新性、科学性和先进性，"
             "符合编辑部对刊文的录用要求，不存在学术不端行为及其他侵权行为；稿件内容应基本符合国家有关书刊编辑、出版的技术标准，"
             "正确使用和统一规范语言文字、符号、数字、外文字母、法定计量单位及地图标注等。为确保录用定稿网络首发的严肃性，录用"
             "定稿一经发布，不得修改论文题目、作者、机构名称和学术内容，只可基于编辑规范进行少量文字的修改。")
CNKI_PUB = ("出版确认：纸质期刊编辑部通过与《中国学术期刊（光盘版）》电子杂志社有限公司签约，在《中国学术期刊（网络版）》出版"
            "传播平台上创办与纸质期刊内容一致的网络版，以单篇或整期出版形式，在印刷出版之前刊发论文的录用定稿、排版定稿、整期"
            "汇编定稿。因为《中国学术期刊（网络版）》是国家新闻出版广电总局批准的网络连续型出版物（ISSN 2096-4188，CN 11-6037/Z），"
            "所以签约期刊的网络版上网络首发论文视为正式出版。")


@family("pap_cnki_firstonline", "paper", "text",
        "知网 网络首发 PDF: CNKI cover sheet (journal, 网络首发论文, 题目/作者/收稿日期/网络首发日期/引用格式 [J/OL] with the "
        "urlid link, 出版确认 note naming the 网络版's ISSN 2096-4188/CN 11-6037/Z), then the 录用定稿 page: grey "
        "网络首发时间/地址 stamp, English-only running head, no volume/issue")
def pap_cnki_firstonline(p: dict, rng: random.Random, face: str) -> Drawn:
    j = p["journal"]
    cn = p["cn"]
    names = p["authors"]
    y = max(p["pub_year"], 2019)
    online = date(y, rng.randint(1, 12), rng.randint(1, 28))
    recv = online - timedelta(days=rng.randint(90, 300))
    rev = recv + timedelta(days=rng.randint(30, 70))
    stamp_t = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    urlid = (f"https://link.cnki.net/urlid/{cn.replace('-', '.').replace('/', '.')}."
             f"{online:%Y%m%d}.{rng.randint(900, 1800):04d}.{rng.randint(1, 30):03d}")
    paper = Paper(face, A4, pages=2)
    s = paper[0]
    x0 = 62
    # CNKI mark
    s.box(x0, 40, x0 + 34, 74, width=0, grey=0.15, fill=0.15)
    s.text(x0 + 17, 62, "知", 18, align="center", color=(1, 1, 1))
    s.text(x0 + 42, 56, "中国知网", 13)
    s.text(x0 + 42, 70, "https://www.cnki.net", 8, color=GREY)
    s.line(x0, 84, s.w - x0, 84, width=1.2)
    s.text(s.w / 2, 132, j, 24 if len(j) < 9 else 18, align="center", track=2)
    s.text(s.w / 2, 176, "网络首发论文", 20, align="center", track=3)
    rows = [("题目：", p["paper_title"]), ("作者：", "，".join(names)), ("收稿日期：", recv.isoformat()),
            ("网络首发日期：", online.isoformat()),
            ("引用格式：", f"{'，'.join(names)}．{p['paper_title']}[J/OL]．{j}．{urlid}")]
    yy = 230
    for lab, val in rows:
        s.text(x0 + 96, yy, lab, 11, align="right")
        yy = s.para(x0 + 100, yy, val, s.w - x0 - (x0 + 100), 11, leading=1.6) + 10
    by0 = max(yy + 20, 470)
    s.box(x0 - 6, by0, s.w - x0 + 6, by0 + 250, width=0.6, grey=0.4)
    yy = s.para(x0 + 4, by0 + 20, CNKI_NOTE, s.w - 2 * x0 - 8, 8.5, leading=1.6, indent=17)
    s.para(x0 + 4, yy + 4, CNKI_PUB, s.w - 2 * x0 - 8, 8.5, leading=1.6, indent=17)
    s.text(s.w / 2, s.h - 40, "《中国学术期刊（网络版）》出版传播平台  中国学术期刊（光盘版）电子杂志社有限公司", 8,
           align="center", color=GREY)
    # -- the 录用定稿 article page
    s = paper[1]
    s.text(s.w / 2, 22, f"网络首发时间：{online.isoformat()} {stamp_t}    网络首发地址：{urlid}", 6.5,
           align="center", color=LIGHT)
    s.text(x0, 50, EN_NAME.get(j, "Journal"), 8.5)
    s.text(s.w - x0, 50, rng.choice(("Online First", "Accepted Manuscript", "")), 8.5, align="right")
    s.line(x0, 55, s.w - x0, 55, width=0.5)
    s.line(x0, 57.5, s.w - x0, 57.5, width=0.5)
    yy = 96
    for line in s.wrap(p["paper_title"], s.w - 150, 17):
        s.text(s.w / 2, yy, line, 17, align="center")
        yy += 24
    s.text(s.w / 2, yy + 6, rng.choice(("，", "  ")).join(names), 11.5, align="center")
    s.text(s.w / 2, yy + 26, f"（{rng.choice(AFF7)[0]}）", 8.5, align="center")
    yy = s.para(64, yy + 50, "摘  要：" + "".join(rng.sample(SENT7, 5)), s.w - 128, 8.5, leading=1.6)
    yy = s.para(64, yy, "关键词：" + "；".join(rng.sample(KEYW7, 4)), s.w - 128, 8.5, leading=1.6)
    s.text(64, yy + 2, f"中图分类号：{rng.choice(('TU444', 'X703', 'U416', 'TP391'))}      文献标志码：A", 8.5)
    col, gap = (s.w - 2 * x0 - 18) / 2, 18
    foot = 742
    s.text(x0, yy + 28, "0  引言", 10)
    _body7(s, x0, yy + 46, col, rng, foot - 14, 9, first=18)
    _body7(s, x0 + col + gap, yy + 28, col, rng, 790, 9)
    s.line(x0, foot, x0 + col * 0.5, foot, width=0.4)
    s.text(x0, foot + 12, f"收稿日期：{recv.isoformat()}；修回日期：{rev.isoformat()}", 7.5)
    s.text(x0, foot + 23, f"作者简介：{names[0]}（{rng.randint(1978, 1996)}—），{_gender(p, names[0])}，"
                          f"{rng.choice(('工程师', '讲师', '高级工程师'))}。", 7.5)
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": j,
             "published": f"{online.year:04d}-{online.month:02d}"}
    return Drawn(paper, truth, online.isoformat(), producer="CNKI")


# --------------------------------------------------------------------------
# photocopy of a first page with a 题字 masthead top left (scan)
# --------------------------------------------------------------------------

def _month_of(n: int, per: int) -> int:
    return {12: n, 24: (n + 1) // 2, 6: 2 * n, 4: 3 * n}[per]


@family("pap_masthead_copy", "paper", "scan",
        "photocopy of a journal first page: 题字 masthead in large 楷 type top left with '2019年12月  第6期' (and "
        "sometimes 第N卷) under it, ISSN/CN stacked right in some issues, heavy rule, authors separated by two spaces, "
        "gutter shadow and toner specks")
def pap_masthead_copy(p: dict, rng: random.Random, face: str) -> Drawn:
    from .facts import JOURNALS
    j, first7, cn, per = next(x for x in JOURNALS if x[0] == p["journal"])
    sn = issn(first7)
    y = p["pub_year"]
    n = p["issue"]
    m = _month_of(n, per)
    vol = y - rng.randint(1968, 1990)
    names = p["authors"]
    paper = Paper(face, A4)
    s = paper[0]
    x0 = 58
    # the masthead in a calligraphic face (kai when present)
    kai = fonts.path_of("kai")
    keep = paper.font
    if kai is not None:
        paper.font = fonts.font("kai")
    main = j.split("(")[0]
    msize = 34 if len(main) <= 5 else (26 if len(main) <= 8 else 22)
    s.text(x0, 82, main, msize, track=3)
    paper.font = keep
    s.flush()
    if "(" in j:
        s.text(x0 + s.width(main, msize, 3) + 8, 82, "(" + j.split("(", 1)[1], 11)
    with_vol = rng.random() < 0.5
    s.text(x0 + 2, 104, f"{y}年{m}月  第{n}期" + (f"  第{vol}卷" if with_vol else ""), 10.5)
    with_codes = rng.random() < 0.6
    if with_codes:
        s.text(s.w - x0, 72, f"ISSN {sn}", 9.5, align="right")
        s.text(s.w - x0, 88, f"CN {cn}", 9.5, align="right")
    s.line(x0, 114, s.w - x0, 114, width=2.4)
    s.line(x0, 118, s.w - x0, 118, width=0.6)
    yy = 162
    for line in s.wrap(p["paper_title"], s.w - 150, 18):
        s.text(s.w / 2, yy, line, 18, align="center")
        yy += 26
    s.text(s.w / 2, yy + 6, "  ".join(names), 12, align="center")
    aff = rng.choice(AFF7)[0].replace("，", "，", 1)
    s.text(s.w / 2, yy + 26, f"（{aff}）", 8.5, align="center")
    yy = s.para(66, yy + 52, "[摘要] " + "".join(rng.sample(SENT7, 5)), s.w - 132, 9, leading=1.6)
    yy = s.para(66, yy, "[关键词] " + "；".join(rng.sample(KEYW7, 4)), s.w - 132, 9, leading=1.6)
    s.text(66, yy + 2, f"[中图分类号] {rng.choice(('TU444', 'U416.1', 'TU990.3', 'X705'))}    [文献标识码] A", 9)
    col, gap = (s.w - 2 * x0 - 18) / 2, 18
    foot = 744
    s.text(x0, yy + 30, "1  概述", 10.5)
    _body7(s, x0, yy + 48, col, rng, foot - 14, 9.5, first=19)
    _body7(s, x0 + col + gap, yy + 30, col, rng, 792, 9.5)
    s.line(x0, foot, x0 + col * 0.5, foot, width=0.4)
    recv = date(y, m, 1) - timedelta(days=rng.randint(60, 240))
    s.text(x0, foot + 12, f"[收稿日期] {fdate(recv.isoformat(), 'cn')[0]}", 7.5)
    s.text(x0, foot + 23, f"[作者简介] {names[0]}（{rng.randint(1978, 1996)}—），{_gender(p, names[0])}，"
                          f"{rng.choice(('工程师', '高级工程师', '讲师'))}。", 7.5)
    s.text(s.w - x0 if n % 2 else x0, 812, str(rng.randint(10, 160)), 9, align="right" if n % 2 else "left")
    # the copier: the gutter's dark band at the binding edge, toner specks, grey edges
    left = rng.random() < 0.5
    for k in range(14):
        g = 0.15 + k * 0.06
        wdt = 3.0
        xa = k * wdt if left else s.w - (k + 1) * wdt
        s.box(xa, 0, xa + wdt, s.h, width=0, grey=g, fill=g)
    for _ in range(rng.randint(40, 90)):
        sx, sy = rng.uniform(0, s.w), rng.uniform(0, s.h)
        r = rng.uniform(0.3, 1.2)
        s.page.draw_circle((sx, sy), r, color=None, fill=(0.2, 0.2, 0.2))
    s.box(0, s.h - 8, s.w, s.h, width=0, grey=0.3, fill=0.3)
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": j, "published": f"{y:04d}-{m:02d}"}
    if with_codes:
        truth.update(issn=sn, cn=cn)
    return Drawn(paper, truth, f"{y}-{m:02d}-20", dpi=rng.choice((140, 150)), level=rng.choice((2, 2, 3)))


# --------------------------------------------------------------------------
# 任职证明 / 工作年限证明 on a printed letterhead, photographed (scan)
# --------------------------------------------------------------------------

LADDER = {"工程师": ("技术员", "助理工程师"), "项目技术负责人": ("施工员", "技术员", "工程师"),
          "设计员": ("见习设计员",), "主管护师": ("护士", "护师"), "施工员": ("见习施工员",),
          "安全员": ("见习安全员",), "专职教师": ("见习教师",), "研发工程师": ("技术员", "助理研发工程师"),
          "技术部副部长": ("技术员", "工程师"), "质量检测员": ("见习检测员",), "技术员": ("见习技术员",)}
DEPTS8 = ("工程管理部", "技术质量部", "设计部", "生产技术部", "检验检测中心")
STREETS = ("兰州新区黄河大道西段", "兰州新区纬一路", "兰州新区中川大道", "兰州新区湘江街", "兰州新区昆仑山大道")


@family("emp_tenure_history", "employment_proof", "scan",
        "任职证明/工作年限证明 on a printed company letterhead (logo square, name, rule; address/phone foot), "
        "photographed: prose listing posts '2012年7月至2015年6月在…任技术员；…；2020年1月至今任工程师', the unit only in "
        "the letterhead and the seal")
def emp_tenure_history(p: dict, rng: random.Random, face: str) -> Drawn:
    from .fam_round7 import _photograph
    unit, post = p["unit"], p["position"]
    ws = date.fromisoformat(p["work_start"])
    issued = date(max(ws.year + 4, rng.randint(2023, 2024)), rng.randint(1, 12), rng.randint(1, 28))
    earlier = list(LADDER.get(post, ("技术员",)))
    earlier = earlier[:rng.randint(1, len(earlier))]
    span = (issued.year * 12 + issued.month) - (ws.year * 12 + ws.month)
    cuts = sorted(rng.sample(range(8, max(span - 6, 10)), min(len(earlier), max(span - 14, 1))))
    starts = [ws] + [date(ws.year + (ws.month - 1 + c) // 12, (ws.month - 1 + c) % 12 + 1, 1) for c in cuts]
    posts = earlier[:len(starts) - 1] + [post]
    dept = {"主管护师": "护理部", "专职教师": rng.choice(("教务处", "专业教研室"))}.get(post, rng.choice(DEPTS8))
    title = rng.choice(("任 职 证 明", "工作年限证明"))
    style = rng.choice(("cn", "cn0"))
    paper = Paper(face, A4)
    s = paper[0]
    x0 = 72
    # letterhead: logo square, name, rule
    s.box(x0, 40, x0 + 38, 78, width=1.4, grey=0.2)
    s.text(x0 + 19, 66, unit[:1], 20, align="center")
    s.text(x0 + 50, 66, unit, 17 if len(unit) < 15 else 14, track=1)
    s.line(x0, 90, s.w - x0, 90, width=1.6)
    s.line(x0, 93, s.w - x0, 93, width=0.5)
    s.text(s.w / 2, 150, title, 20, align="center", track=3 if " " not in title else 0)
    parts = []
    for i, (st, ps) in enumerate(zip(starts, posts)):
        a = fdate(st.isoformat(), style, month=True)[0]
        if i + 1 < len(starts):
            nxt = starts[i + 1] - timedelta(days=1)
            b = fdate(nxt.isoformat(), style, month=True)[0]
            parts.append(f"{a}至{b}" + (f"在{dept}任{ps}" if i == 0 else f"任{ps}"))
        else:
            parts.append(f"{a}至今任{ps}")
    start_txt, ts = fdate(p["work_start"], style, month=True)
    years = span // 12
    body = (f"兹证明{p['name']}同志（{p['gender']}，身份证号码：{p['id_number']}），于{start_txt}进入我单位工作，"
            f"至今已连续工作{years}年。其任职情况如下：" + "；".join(parts) + "。")
    tail = rng.choice(("该同志在我单位工作期间，遵纪守法，工作认真负责。", "以上情况属实。"))
    y = s.para(x0, 210, body, s.w - 2 * x0, 13, leading=2.0, indent=26)
    y = s.para(x0, y + 4, tail, s.w - 2 * x0, 13, leading=2.0, indent=26)
    y = s.para(x0, y + 4, "特此证明。", s.w - 2 * x0, 13, leading=2.0, indent=26)
    s.text(s.w - x0 - 20, y + 60, "（单位公章）", 13, align="right")
    s.text(s.w - x0 - 20, y + 92, fdate(issued.isoformat(), rng.choice(("cn", "hz")))[0], 13, align="right")
    s.seal(s.w - x0 - 70, y + 70, 48, unit)
    s.text(x0, y + 150, f"联系人：{rng.choice(('人力资源部', '综合办公室'))} "
                        f"{rng.choice([n for n in NAMES_M + NAMES_F if n != p['name']])}", 10.5)
    s.line(x0, s.h - 62, s.w - x0, s.h - 62, width=0.5)
    s.text(s.w / 2, s.h - 46, f"地址：{rng.choice(STREETS)}{rng.randint(1, 999)}号    邮编：730314    "
                              f"电话：0931-{rng.randint(5000000, 8999999)}", 8.5, align="center", color=GREY)
    _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.8, 2.5), rng.uniform(0.88, 0.93),
                rng.uniform(0.35, 0.55))
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post, "start_date": ts}
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((150, 160)), level=2)


# --------------------------------------------------------------------------
# 学历证明书 (issued after the 毕业证书 was lost), a flat scan
# --------------------------------------------------------------------------

ABBR8 = {"西北民族大学": "西民大", "兰州交通大学": "兰交大", "西北大学": "西大", "兰州理工大学": "兰理工",
         "北方民族大学": "北民大", "中南民族大学": "中南民大", "西南民族大学": "西南民大", "甘肃政法大学": "甘政法",
         "兰州财经大学": "兰财大", "甘肃中医药大学": "甘中医大", "天水师范学院": "天师院", "河西学院": "河西院",
         "兰州城市学院": "兰城院", "甘肃民族师范学院": "甘民师", "陇东学院": "陇院",
         "甘肃建筑职业技术学院": "甘建院", "兰州石化职业技术学院": "兰石化", "武威职业学院": "武职院",
         "甘肃林业职业技术学院": "甘林院"}


@family("dip_proof_reissue", "diploma", "scan",
        "学历证明书 issued after the 毕业证书 was lost: portrait, thin border, 证明书编号 '（2022）兰交大学证字第0123号' top "
        "right, photo with 钢印, prose '学生…于…至…在本校…专业四年制本科学习…准予毕业。原毕业证书编号：…（已遗失）', "
        "school, 校（院）长, later issue date, red seal")
def dip_proof_reissue(p: dict, rng: random.Random, face: str) -> Drawn:
    if int(p["graduation_date"][:4]) < 2003:   # an 18-digit number: a diploma of 2002 or later
        p = redate(p, rng, rng.randint(2004, 2016))
    school = p["school"]
    level_word = {"本科": "本科", "大专": "专科", "硕士研究生": "硕士研究生"}[p["level"]]
    head = "校长" if school.endswith("大学") else "院长"
    gy = int(p["graduation_date"][:4])
    issued = date(min(gy + rng.randint(3, 12), 2024), rng.randint(1, 12), rng.randint(1, 28))
    birth, tb = fdate(p["birth_date"], "cn")
    st, ts = fdate(p["start_date"], "cn", month=True)
    gd, tg = fdate(p["graduation_date"], "cn", month=True)
    no = f"（{issued.year}）{ABBR8.get(school, '')}学证字第{rng.randint(1, 400):04d}号"
    paper = Paper(face, A4)
    s = paper[0]
    s.box(0, 0, s.w, s.h, width=0, grey=1.0, fill=0.985)
    s.page.draw_rect(pymupdf.Rect(30, 30, s.w - 30, s.h - 30), color=(0.55, 0.15, 0.15), width=1.6)
    s.page.draw_rect(pymupdf.Rect(36, 36, s.w - 36, s.h - 36), color=(0.55, 0.15, 0.15), width=0.5)
    s.text(s.w - 70, 80, f"证明书编号：{no}", 10, align="right")
    s.text(s.w / 2, 150, "学 历 证 明 书", 28, align="center", track=2)
    s.photo(76, 190, 84, 112)
    s.seal(140, 290, 34, school, color=STEEL)
    x1 = s.w - 76
    yy = 340
    body = (f"学生 {p['name']} ，性别 {p['gender']} ，{birth}生，于{st}至{gd}在本校 {p['major']} 专业"
            f"{hz_num(p['years'])}年制{level_word}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    yy = s.para(76, yy, body, x1 - 76, 14.5, leading=2.1, indent=29)
    yy = s.para(76, yy + 4, f"原毕业证书编号：{p['certificate_no']}（已遗失）。", x1 - 76, 14.5, leading=2.1, indent=29)
    yy = s.para(76, yy + 4, "本证明书与原毕业证书具有同等效力。特此证明。", x1 - 76, 14.5, leading=2.1, indent=29)
    yb = max(yy + 70, 600)
    s.text(x1 - 10, yb, school, 16, align="right", track=1)
    s.seal(x1 - 70, yb - 10, 50, school)
    s.text(x1 - 10, yb + 34, f"{head}：{p['principal']}", 13, align="right")
    s.text(x1 - 10, yb + 66, fdate(issued.isoformat(), rng.choice(("cn", "hz")))[0], 13, align="right")
    s.text(76, s.h - 64, "注：本证明书仅证明持证人曾取得的学历，不作为新的学历证书。查询网址：https://www.chsi.com.cn", 8.5,
           color=GREY)
    truth = {"name": p["name"], "gender": p["gender"], "birth_date": tb, "school": school, "major": p["major"],
             "level": p["level"], "start_date": ts, "graduation_date": tg, "certificate_no": p["certificate_no"]}
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((130, 140)), level=rng.choice((1, 2)))
