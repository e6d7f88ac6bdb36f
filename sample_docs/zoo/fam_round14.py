"""Fourteenth round of held-out families (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents'
layouts and wording without looking at the parsers.

Social insurance:
* si_selfprint_prose — the 兰州新区 政务服务中心 自助打印终端 "参保证明（个人）" (text PDF) that
  states the whole contribution history in PROSE, no table at all: "兹证明 X（公民身份号码：…）
  自2019年3月起参加企业职工基本养老保险，截至2024年3月累计实际缴费58个月。其缴费情况为：
  2019年3月至2020年6月在 A 参保缴费，月缴费基数2019年3月至2019年12月为4120.50元、2020年1月至
  2020年6月为4285.00元；2020年7月至2024年3月在 B 参保缴费，…，其中2021年5月至2021年7月欠缴，
  2022年3月为补缴。" A 中断 stretch is not named: the next sentence simply starts after it (the
  months are in no stretch, as 中断 months are absent from the counter prints). The terminal's
  print: 证明编号, QR with 验证码, the 社保中心's electronic seal over the date, the terminal
  number and print time in the footer. Truth: every month of every stretch (欠缴: paid 0).
* si_institution_units_rotated — a 机关事业单位基本养老保险 个人缴费明细表 (A4 LANDSCAPE counter
  print) for an employee of 事业单位 who moved between units: each unit has its OWN small table
  under a heading "单位名称：… 单位编号：… 参保起止：2019.03—2021.06", with its own column header
  (缴费年月 | 缴费基数 | 单位缴费(16%) | 个人缴费(8%) | 职业年金单位(8%) | 职业年金个人(4%) | 缴费
  状态) and its own 小计 row, then one 合计 line for all units; months written "2021.01", amounts
  with a currency sign "¥4,120.50". PHOTOGRAPHED IN PORTRAIT: the landscape sheet lies turned by
  about 90° in a portrait photo (text running up or down the picture), one photo per page.
Paper:
* pap_supplement_issue — the first page of an article in a 增刊 (supplement) of a 核心 journal
  (岩土工程学报 layout): a TWO-ROW THREE-COLUMN running head, "第44卷 增刊1 | 岩土工程学报 |
  Vol.44 Supp.1" over "2022年7月 | Chinese Journal of … | Jul. 2022", double rule, DOI, title,
  byline with superscript numbers and a * for the corresponding author, affiliations, 摘要/关键词/
  中图分类号/文献标识码 and the 文章编号 "1000-4548(2022)S1-0123-05" (S1: the supplement; the ISSN
  only there), the English title/byline/Abstract block, body and the 收稿日期/基金项目/作者简介
  footnote. published = the month the head prints (no issue number to stand for it).
Degree:
* deg_notarized_copy — a 学位证书 PHOTOCOPY certified by a 公证处, delivered as the two-page
  scanned 公证书: page 1 the photocopy (grey copier tone, the certificate's frame and photo, the
  prose "…授予工学学士学位", 证书编号 and date) with the 公证处's round red seal stamped OVER the
  prose and a "复印件与原件相符" box stamp; page 2 the 公证书 "（2023）甘兰证字第…号", 申请人 with
  birth date and ID, 公证事项 学位证书复印件与原件相符, "兹证明前面的复印件与 S 于 D 颁发给 X 的
  《学士学位证书》（证书编号：…）原件相符。", 公证员 and the notarial date (a distractor).
Employer:
* emp_personnel_tenure_prose — a 单位人事处 (公司 人力资源部) "现实表现及工作年限证明" (scan): a
  sectioned letter (一、基本情况 二、工作经历及工作年限 三、现实表现 四、其他), "该同志于2008年7月参加
  工作，2012年3月调入我单位，…现任 Y" (start_date = the LATER date, at this unit), computed 工作年限
  "累计工作年限15年，其中在我单位工作11年", 年度考核 results by year and the current 职称 as
  distractors, signed by the 人事处 with its seal and the unit's seal.
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pymupdf

from .draw import A4, A4L, RED, Paper, Sheet
from .facts import JOURNALS, contribution_history, issn, redate
from .fam_certs import _deg_truth
from .fam_heldout2a import _qr
from .fam_round7 import PINYIN, SENT7, _english_title, _print_date, _truth_rows, _yuan
from .fam_round8 import EN_NAME
from .fam_round12 import _latin
from .fam_round13 import EN_SENT13, FIRST_VOL, KEY13, QUAL13, _clerk
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
SUP = (0.0, 0.0, 0.0001)   # superscripts: their own span in near-black (as in fam_round13)


def _cn_month(m: str, style: str) -> str:
    return fdate(m, style, month=True)[0]


def _next(m: str) -> str:
    y, mo = int(m[:4]), int(m[5:7])
    y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return f"{y:04d}-{mo:02d}"


def _runs(rows: list[dict], key) -> list[list[dict]]:
    """Consecutive months (no gap) with the same key."""
    out: list[list[dict]] = []
    for r in rows:
        if out and _next(out[-1][-1]["month"]) == r["month"] and key(out[-1][-1]) == key(r):
            out[-1].append(r)
        else:
            out.append([r])
    return out


def _span(run: list[dict], style: str) -> str:
    a, b = run[0]["month"], run[-1]["month"]
    return _cn_month(a, style) if a == b else f"{_cn_month(a, style)}至{_cn_month(b, style)}"


# --------------------------------------------------------------------------
# 政务服务 自助打印 参保证明（个人）: the history in prose only (text)
# --------------------------------------------------------------------------

@family("si_selfprint_prose", "social_insurance", "text",
        "兰州新区 政务服务 自助打印终端 参保证明（个人）stating the contribution history in PROSE only: '自2019年3月起参加"
        "企业职工基本养老保险，截至…累计实际缴费N个月', one sentence per unit stretch '…至…在 X 参保缴费，月缴费基数…至…为"
        "4120.50元、…', '其中…至…欠缴，…为补缴'; 中断 stretches unnamed (no stretch covers them); 证明编号, QR and 验证码, "
        "electronic seal over the date, terminal number and print time in the footer", ranges=True)
def si_selfprint_prose(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(16, 62))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    style = rng.choice(("cn", "cn", "cn0"))
    paid = sum(r["paid"] for r in listed)
    owed = [r for r in listed if not r["paid"]]
    first, last = listed[0]["month"], listed[-1]["month"]
    agency = "兰州新区社会保险事业服务中心"
    # the prose
    lead = (f"兹证明{p['name']}（公民身份号码：{p['id_number']}）自{_cn_month(first, style)}起参加企业职工基本养老保险，"
            f"截至{_cn_month(last, style)}累计实际缴费{paid}个月"
            + (f"（不含欠缴{len(owed)}个月）" if owed else "") + "。其缴费情况为：")
    parts = []
    for stretch in _runs(listed, key=lambda r: r["unit"]):
        bases = _runs(stretch, key=lambda r: r["base"])
        if len(bases) == 1:
            b = f"月缴费基数为{_yuan(bases[0][0]['base'])}元"
        else:
            b = "月缴费基数" + "、".join(f"{_span(r, style)}为{_yuan(r[0]['base'])}元" for r in bases)
        sent = f"{_span(stretch, style)}在{stretch[0]['unit']}参保缴费，{b}"
        notes = []
        o_runs = _runs([r for r in stretch if not r["paid"]], key=lambda r: 0)
        if o_runs:
            notes.append("、".join(_span(r, style) for r in o_runs) + "欠缴")
        bk = [r for r in stretch if r["status"] == "补缴"]
        if bk:
            notes.append("、".join(_cn_month(r["month"], style) for r in bk) + "为补缴")
        if notes:
            sent += "，其中" + "，".join(notes)
        parts.append(sent)
    body = lead + "；".join(parts) + "。"
    tail = ("截至打印之日，上述欠缴月份尚未补缴。" if owed else "") + "特此证明。"
    serial = f"XQZW{printed.replace('-', '')}{rng.randint(100000, 999999)}"
    code = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXY23456789") for _ in range(8))
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 72.0, W - 72.0
    s.text(x0, 52, "兰州新区政务服务中心", 9.5, color=GREY)
    s.box(x0 + 100, 41, x0 + 150, 55, width=0.6, grey=0.35)
    s.text(x0 + 125, 51.5, "自助打印", 8, align="center", color=GREY)
    s.page.insert_image(pymupdf.Rect(x1 - 64, 36, x1, 100), stream=_qr(rng, 23))
    s.text(x1 - 32, 110, f"验证码：{code}", 7.5, align="center")
    s.text(W / 2, 136, "参 保 证 明（个人）", 19, align="center", track=1)
    s.text(x0, 162, f"证明编号：{serial}", 9.5)
    y = s.para(x0, 198, body, x1 - x0, 12.5, leading=1.95, indent=25)
    y = s.para(x0, y + 2, tail, x1 - x0, 12.5, leading=1.95, indent=25)
    y += 14
    notes = ("1. 本证明所载内容以打印时社会保险信息系统记录为准；",
             "2. 本证明限参保人本人使用，可扫描右上角二维码或登录甘肃政务服务网输入验证码核验真伪；",
             "3. 本证明自打印之日起三个月内有效，复印件无效。")
    s.text(x0, y, "说明：", 9.5, color=GREY)
    y += 15
    for n_ in notes:
        y = s.para(x0 + 14, y, n_, x1 - x0 - 14, 9, leading=1.6)
    yy = max(y + 40, 640.0)
    s.text(x1 - 20, yy, agency, 12, align="right")
    d_print, _ = fdate(printed, "cn")
    s.text(x1 - 40, yy + 26, d_print, 12, align="right")
    s.seal(x1 - 20 - s.width(agency, 12) / 2, yy + 4, 46, agency + "电子印章")
    hh, mm, ss = rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)
    s.line(x0, H - 46, x1, H - 46, width=0.4, grey=0.6)
    s.text(x0, H - 32, f"终端编号：XQZW-ZZ-{rng.randint(1, 40):03d}    打印时间：{printed} {hh:02d}:{mm:02d}:{ss:02d}", 7.8,
           color=GREY)
    s.text(x1, H - 32, "第1页/共1页", 7.8, align="right", color=GREY)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, producer=rng.choice(("iText 5.5.13", "iText® 7.1.4 ©2000-2018 iText Group NV")))


# --------------------------------------------------------------------------
# 机关事业单位养老保险 个人缴费明细表: one small table per unit, photographed turned 90° (scan)
# --------------------------------------------------------------------------

INST14 = ("兰州新区第三人民医院", "兰州新区西岔学校", "兰州新区秦川园区管理服务中心", "兰州新区妇幼保健院",
          "兰州新区第一中学", "兰州新区综合执法局")
RATES14 = (0.16, 0.08, 0.08, 0.04)


def _turned_photos(paper: Paper, rng: random.Random) -> None:
    """Each (landscape) page photographed in portrait: the sheet turned by about ±90° on a desk."""
    paper._flush()
    src = pymupdf.open()
    src.insert_pdf(paper.doc)
    sw, sh = paper.doc[0].rect.width, paper.doc[0].rect.height
    W, H = sh, sw
    for i in range(src.page_count):
        paper.doc.delete_page(i)
        paper.doc.new_page(pno=i, width=W, height=H)
        page = paper.doc[i]
        desk = rng.uniform(0.28, 0.5)
        page.draw_rect(page.rect, color=None, fill=(desk, desk * 0.97, desk * 0.93))
        angle = rng.choice((90.0, -90.0)) + rng.uniform(-2.0, 2.0)
        scale = rng.uniform(0.88, 0.94)
        fw, fh = sw * scale, sh * scale
        cx, cy = W / 2 + rng.uniform(-8, 8), H / 2 + rng.uniform(-10, 10)
        rad = math.radians(angle)

        def corners(ox: float, oy: float) -> list[pymupdf.Point]:
            pts = []
            for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
                px, py = sx * fw / 2, sy * fh / 2
                pts.append(pymupdf.Point(cx + ox + px * math.cos(rad) + py * math.sin(rad),
                                         cy + oy - px * math.sin(rad) + py * math.cos(rad)))
            return pts
        sh_pts = corners(4, 5)
        page.draw_polyline(sh_pts + [sh_pts[0]], color=None, fill=(desk * 0.55,) * 3)
        pts = corners(0, 0)
        page.draw_polyline(pts + [pts[0]], color=None, fill=(1, 1, 1))
        bw = abs(fw * math.cos(rad)) + abs(fh * math.sin(rad))
        bh = abs(fw * math.sin(rad)) + abs(fh * math.cos(rad))
        page.show_pdf_page(pymupdf.Rect(cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2), src, i, rotate=angle)
        paper.sheets[i] = Sheet(paper, i)
    paper._kept = src


@family("si_institution_units_rotated", "social_insurance", "scan",
        "机关事业单位基本养老保险 个人缴费明细表 (A4 landscape counter print) of a 事业单位 employee who moved between "
        "units: one small table per unit under '单位名称：… 单位编号：… 参保起止：2019.03—2021.06', each with its own header "
        "缴费年月|缴费基数|单位缴费(16%)|个人缴费(8%)|职业年金单位(8%)|职业年金个人(4%)|缴费状态 and its own 小计 row, one 合计 "
        "line; months '2021.01', amounts '¥4,120.50'; photographed in PORTRAIT, the sheet turned about 90°")
def si_institution_units_rotated(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(16, 40))
    if len({r["unit"] for r in rows}) == 1:   # this statement is about a move between units
        cut = rng.randint(4, len(rows) // 2)
        other = next(u for u in INST14 if u != p["unit"])
        for r in rows[:cut]:
            r["unit"] = other
    cur = p["unit"] if p["unit"] in INST14 else rng.choice(INST14)
    prev = rng.choice([u for u in INST14 if u != cur])
    old = {r["unit"] for r in rows if r["unit"] != p["unit"]}
    for r in rows:
        r["unit"] = prev if r["unit"] in old else cur
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    blocks = []
    for r in listed:
        if blocks and blocks[-1][0]["unit"] == r["unit"]:
            blocks[-1].append(r)
        else:
            blocks.append([r])
    money = lambda x: "¥" + _yuan(x, sep=True)  # noqa: E731
    status = {"正常": "已缴", "补缴": "补缴", "欠费": "欠缴"}
    pid = f"62{rng.randint(10 ** 9, 10 ** 10 - 1)}"
    paper = Paper(face, A4L, pages=0)
    cjk = paper.font
    latin = _latin(cjk)
    W, H = A4L
    x0 = 48.0
    wd = [80, 100, 110, 100, 110, 100, 80]
    xs = [x0]
    for w_ in wd:
        xs.append(xs[-1] + w_)
    head = ["缴费年月", "缴费基数", "单位缴费(16%)", "个人缴费(8%)", "职业年金单位(8%)", "职业年金个人(4%)", "缴费状态"]
    size, rh = 8.6, 14.0
    bottom = H - 44
    s = paper.add_page()
    pages = [s]
    s.text(W / 2, 44, "机关事业单位基本养老保险个人缴费明细表", 16, align="center", track=1)
    s.text(x0, 70, f"姓名：{p['name']}", 9.5)
    s.text(x0 + 120, 70, f"公民身份号码：{p['id_number']}", 9.5)
    s.text(x0 + 350, 70, f"个人编号：{pid}", 9.5)
    s.text(xs[-1], 70, f"打印日期：{fdate(printed, 'dot')[0]}", 9.5, align="right")
    s.text(x0, 86, "险种：机关事业单位基本养老保险（含职业年金）", 9.5)
    s.text(xs[-1], 86, "单位：元", 9.5, align="right")
    y = 96.0
    tot = [0.0] * 5
    tot_n = 0

    def header(sh: Sheet, y: float) -> float:
        sh.box(xs[0], y, xs[-1], y + 16, width=0.5, fill=0.88)
        for i, t in enumerate(head):
            sh.text((xs[i] + xs[i + 1]) / 2, y + 11.5, t, size, align="center")
            sh.line(xs[i], y, xs[i], y + 16, width=0.5)
        sh.line(xs[-1], y, xs[-1], y + 16, width=0.5)
        return y + 16

    def row(sh: Sheet, y: float, cells: list[str], bold: bool = False) -> float:
        for i, v in enumerate(cells):
            if 1 <= i <= 5 and v.startswith("¥"):
                # the sign in the serif: the Fandol faces draw ¥ empty (and ￥ as $)
                xe = sh.text(xs[i + 1] - 4, y + rh - 4, v[1:], size, align="right") - sh.width(v[1:], size)
                paper.font = latin
                sh.text(xe - 0.8, y + rh - 4, "¥", size, align="right")
                paper.font = cjk
            elif 1 <= i <= 5 and v:
                sh.text(xs[i + 1] - 4, y + rh - 4, v, size, align="right")
            else:
                sh.text((xs[i] + xs[i + 1]) / 2, y + rh - 4, v, size, align="center")
            sh.line(xs[i], y, xs[i], y + rh, width=0.4)
        sh.line(xs[-1], y, xs[-1], y + rh, width=0.4)
        sh.line(xs[0], y + rh, xs[-1], y + rh, width=0.8 if bold else 0.4)
        return y + rh

    for bi, blk in enumerate(blocks):
        if y + 60 > bottom:
            s = paper.add_page()
            pages.append(s)
            y = 40.0
        code = f"62{rng.randint(10 ** 8, 10 ** 9 - 1)}"
        y += 14
        s.text(x0, y, f"单位名称：{blk[0]['unit']}", 10)
        s.text(x0 + 290, y, f"单位编号：{code}", 10)
        s.text(x0 + 470, y, f"参保起止：{_cn_month(blk[0]['month'], 'dot')}—{_cn_month(blk[-1]['month'], 'dot')}", 10)
        y = header(s, y + 6)
        sub = [0.0] * 5
        sub_n = 0
        for r in blk:
            if y + rh > bottom:
                s = paper.add_page()
                pages.append(s)
                y = header(s, 40.0)
            amts = [r["base"] * k if r["paid"] else 0.0 for k in RATES14]
            y = row(s, y, [_cn_month(r["month"], "dot"), money(r["base"])] + [money(a) for a in amts]
                    + [status[r["status"]]])
            if r["paid"]:
                sub_n += 1
                sub = [a + b for a, b in zip(sub, [r["base"]] + amts)]
        if y + rh > bottom:
            s = paper.add_page()
            pages.append(s)
            y = 40.0
        s.box(xs[0], y, xs[-1], y + rh, width=0, grey=0.95, fill=0.95)
        y = row(s, y, [f"小计（{sub_n}个月）", ""] + [money(a) for a in sub[1:]] + [""], bold=True)
        tot = [a + b for a, b in zip(tot, sub)]
        tot_n += sub_n
    y += 20
    if y + 60 > bottom:
        s = paper.add_page()
        pages.append(s)
        y = 50.0
    s.text(x0, y, f"合计：实缴{tot_n}个月，单位缴费{_yuan(tot[1], sep=True)}元，个人缴费{_yuan(tot[2], sep=True)}元，"
                  f"职业年金单位{_yuan(tot[3], sep=True)}元，职业年金个人{_yuan(tot[4], sep=True)}元。", 10)
    agency = rng.choice(("兰州新区社会保险事业服务中心", "甘肃省社会保险事业服务中心"))
    s.text(xs[-1] - 10, y + 34, f"经办机构：{agency}（机关事业养老保险科）", 10, align="right")
    s.text(xs[-1] - 10, y + 52, f"经办人：{_clerk(rng, p['name'])}", 10, align="right")
    s.seal(xs[-1] - 110, y + 30, 40, agency + "业务专用章")
    for k, sh in enumerate(pages):
        sh.text(W / 2, H - 22, f"第{k + 1}页 共{len(pages)}页", 8.5, align="center", color=GREY)
    _turned_photos(paper, rng)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, dpi=rng.choice((150, 160)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# 增刊 first page: two-row three-column running head, S1 in the 文章编号 (text)
# --------------------------------------------------------------------------

_MON14 = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()
AFF14 = (("兰州交通大学 土木工程学院，甘肃 兰州 730070", "School of Civil Engineering, Lanzhou Jiaotong University, Lanzhou "
          "730070, China"),
         ("兰州理工大学 西部土木工程防灾减灾教育部工程研究中心，甘肃 兰州 730050",
          "Western Engineering Research Center of Disaster Mitigation in Civil Engineering of Ministry of Education, "
          "Lanzhou University of Technology, Lanzhou 730050, China"),
         ("兰州新区城市发展投资集团有限公司，甘肃 兰州 730314",
          "Lanzhou New Area Urban Development Investment Group Co., Ltd., Lanzhou 730314, China"),
         ("中国铁建大桥工程局集团第五工程有限公司，四川 成都 610500",
          "The 5th Engineering Co., Ltd. of China Railway Construction Bridge Engineering Bureau Group, Chengdu "
          "610500, China"))


@family("pap_supplement_issue", "paper", "text",
        "核心 journal 增刊 (supplement) first page, 岩土工程学报 layout: TWO-ROW THREE-COLUMN running head '第44卷 增刊1 | "
        "journal | Vol.44 Supp.1' over '2022年7月 | English name | Jul. 2022', DOI, title, byline with superscript "
        "numbers and *, affiliations, 摘要/关键词/中图分类号/文献标识码 and 文章编号 '1000-4548(2022)S1-0123-05' (ISSN only there, "
        "no CN), English block, body, 收稿日期/基金项目/作者简介 footnote; published = the head's month")
def pap_supplement_issue(p: dict, rng: random.Random, face: str) -> Drawn:
    jname, first7, _, _ = next(j for j in JOURNALS if j[0] == p["journal"])
    sn = issn(first7)
    y = p["pub_year"]
    m = rng.randint(3, 12)
    k = rng.choice((1, 1, 1, 2))
    vol = y - FIRST_VOL.get(jname, 1980) + 1
    en = EN_NAME.get(jname, "Journal")
    names = p["authors"]
    corr = rng.randrange(len(names))
    page1 = rng.randint(1, 240)
    npg = rng.randint(4, 7)
    paper = Paper(face, A4)
    s = paper[0]
    cjk = paper.font
    latin = _latin(cjk)
    W, _H = A4
    x0, x1 = 54.0, W - 54.0
    # the running head: two rows, three columns
    s.text(x0, 40, f"第{vol}卷 增刊{k}", 9)
    s.text(W / 2, 42, " ".join(jname) if len(jname) <= 6 else jname, 13, align="center")
    s.text(x0, 55, f"{y}年{m}月", 9)
    paper.font = latin
    s.text(x1, 40, f"Vol.{vol} Supp.{k}", 8.5, align="right")
    s.text(W / 2, 56, en, 8, align="center")
    s.text(x1, 55, f"{_MON14[m - 1]} {y}", 8.5, align="right")
    paper.font = cjk
    s.line(x0, 62, x1, 62, width=1.4)
    s.line(x0, 65, x1, 65, width=0.4)
    code = "".join(c for c in en if c.isupper()).lower() or "j"
    paper.font = latin
    s.text(x0, 78, f"DOI: 10.{rng.randint(11779, 19713)}/j.{code}.{y}.S{k}.{rng.randint(1, 60):03d}", 7.5, color=GREY)
    paper.font = cjk
    yy = 110.0
    for line in s.wrap(p["paper_title"], x1 - x0 - 40, 17):
        s.text(W / 2, yy, line, 17, align="center")
        yy += 23
    affs = rng.sample(AFF14, min(len(names), rng.randint(1, 3)))
    marks = [str(min(i + 1, len(affs))) if len(affs) > 1 else "" for i in range(len(names))]
    marks = [mk + ("*" if i == corr and len(names) > 1 else "") for i, mk in enumerate(marks)]
    tw = s.width("，".join(names), 11.5) + sum(5 * len(mk) for mk in marks)
    x = W / 2 - tw / 2
    for i, nm in enumerate(names):
        x = s.text(x, yy + 4, nm, 11.5)
        if marks[i]:
            x = s.text(x + 0.5, yy - 1, marks[i], 6.5, color=SUP) + 0.5
        if i < len(names) - 1:
            x = s.text(x, yy + 4, "，", 11.5)
    yy += 20
    aff = "（" + "；".join((f"{i + 1}. " if len(affs) > 1 else "") + a[0] for i, a in enumerate(affs)) + "）"
    for line in s.wrap(aff, x1 - x0 - 40, 8.5):
        s.text(W / 2, yy, line, 8.5, align="center")
        yy += 12
    yy += 8
    keys = rng.sample(KEY13, 4)
    yy = s.para(x0 + 14, yy, "摘  要：" + "".join(rng.sample(SENT7, 5)), x1 - x0 - 28, 8.8, leading=1.6)
    yy = s.para(x0 + 14, yy, "关键词：" + "；".join(kk[0] for kk in keys), x1 - x0 - 28, 8.8, leading=1.6)
    s.text(x0 + 14, yy, f"中图分类号：{rng.choice(('TU443', 'TU444', 'U416.1', 'TU47'))}", 8.8)
    s.text(x0 + 170, yy, "文献标识码：A", 8.8)
    s.text(x0 + 270, yy, f"文章编号：{sn}({y})S{k}-{page1:04d}-{npg:02d}", 8.8)
    yy += 22
    paper.font = latin
    for line in s.wrap(_english_title(p["paper_title"]), x1 - x0 - 40, 11):
        s.text(W / 2, yy, line, 11, align="center")
        yy += 14
    s.text(W / 2, yy + 2, ", ".join(PINYIN.get(nm, nm) + marks[i] for i, nm in enumerate(names)), 8.5,
           align="center")
    yy += 14
    en_aff = "(" + "; ".join((f"{i + 1}. " if len(affs) > 1 else "") + a[1] for i, a in enumerate(affs)) + ")"
    for line in s.wrap(en_aff, x1 - x0 - 40, 7.5):
        s.text(W / 2, yy, line, 7.5, align="center")
        yy += 10
    yy = s.para(x0 + 14, yy + 6, "Abstract: " + " ".join(rng.sample(EN_SENT13, 3)), x1 - x0 - 28, 8.2, leading=1.45)
    yy = s.para(x0 + 14, yy, "Key words: " + "; ".join(kk[1] for kk in keys), x1 - x0 - 28, 8.2, leading=1.45)
    paper.font = cjk
    s.line(x0, yy + 2, x1, yy + 2, width=0.4)
    # body: two columns; the footnote under the left one
    col = (x1 - x0 - 18) / 2
    top = yy + 22
    foot = 736.0
    body = s.wrap("".join(rng.choice(SENT7) for _ in range(60)), col, 9)
    kk = 0
    for cx, lim in ((x0, foot - 8), (x0 + col + 18, 800)):
        ty = top
        if cx == x0:
            s.text(x0 + col / 2, ty, "0  引    言", 10.5, align="center")
            ty += 18
        while ty < lim and kk < len(body):
            s.text(cx, ty, body[kk], 9)
            ty += 14.5
            kk += 1
    s.line(x0, foot, x0 + col * 0.5, foot, width=0.4)
    recv = date(y, m, 1) - timedelta(days=rng.randint(80, 240))
    fn = [f"收稿日期：{fdate(recv.isoformat(), rng.choice(('iso', 'cn')))[0]}",
          f"基金项目：国家自然科学基金项目（{rng.randint(41, 52)}{rng.randint(100000, 999999)}）；甘肃省科技计划项目"
          f"（{y - rng.randint(1, 3)}JR{rng.randint(5, 7)}RA{rng.randint(100, 999)}）",
          f"作者简介：{names[0]}（{rng.randint(1970, 1996)}—），{rng.choice('男女')}，{rng.choice(('博士', '硕士'))}，"
          f"{rng.choice(('工程师', '讲师', '副教授', '高级工程师'))}，主要从事{rng.choice(('黄土力学', '岩土工程', '地基处理'))}"
          f"方面的研究工作。"]
    if len(names) > 1:
        fn.append(f"*通信作者（E-mail: {PINYIN.get(names[corr], 'author').split()[-1].lower()}@lzjtu.edu.cn）")
    fy = foot + 11
    for t in fn:
        for ln in s.wrap(t, col, 7.2):
            s.text(x0, fy, ln, 7.2)
            fy += 10
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": jname, "issn": sn,
             "published": f"{y:04d}-{m:02d}"}
    return Drawn(paper, truth, f"{y}-{m:02d}-25", producer=rng.choice(("Adobe InDesign CC 2017 (Windows)",
                                                                       "Acrobat Distiller 10.1.16 (Windows)")))


# --------------------------------------------------------------------------
# 学位证书 photocopy with the 公证处 seal over the prose, then the 公证书 page (scan)
# --------------------------------------------------------------------------

NOTARY14 = (("甘肃省兰州市汇丰公证处", "甘兰汇"), ("甘肃省兰州市黄河公证处", "甘兰黄"), ("甘肃省兰州市城关公证处", "甘兰城"),
            ("甘肃省兰州市国信公证处", "甘兰国"))


def _copier(s: Sheet, x0: float, y0: float, x1: float, y1: float, rng: random.Random) -> None:
    """A photocopy's tone: grey edge bands around the copied card and a few toner specks."""
    s.box(x0, y0, x1, y1, width=0, grey=0.84, fill=0.84)
    s.box(x0 + 6, y0 + 6, x1 - 6, y1 - 6, width=0, grey=0.95, fill=0.95)
    for _ in range(rng.randint(15, 40)):
        x, y = rng.uniform(30, s.w - 30), rng.uniform(30, s.h - 30)
        r = rng.uniform(0.3, 1.1)
        s.page.draw_circle((x, y), r, color=None, fill=(0.3, 0.3, 0.3))


@family("deg_notarized_copy", "degree", "scan",
        "学位证书 PHOTOCOPY certified by a 公证处, scanned 公证书 of two pages: the photocopy (copier tone, frame, photo, prose "
        "'…授予工学学士学位', 证书编号 and date) with the 公证处 round seal stamped OVER the prose and a '复印件与原件相符' box "
        "stamp; then the 公证书 '（2023）甘兰汇证字第N号': 申请人 with birth and ID, 公证事项, '兹证明前面的复印件与 S 于 D 颁发"
        "给 X 的《学士学位证书》（证书编号：…）原件相符', 公证员 and the notarial date")
def deg_notarized_copy(p: dict, rng: random.Random, face: str) -> Drawn:
    level = "硕士研究生" if rng.random() < 0.3 else "本科"
    q = redate(p, rng, rng.randint(2005, 2021), level=level)
    deg = q["degree"]
    notary, abbr = rng.choice(NOTARY14)
    nd = date(rng.randint(max(int(q["award_date"][:4]) + 2, 2019), 2024), rng.randint(1, 12), rng.randint(1, 28))
    paper = Paper(face, A4, pages=2)
    W, H = A4
    s = paper[0]
    # page 1: the photocopy of the certificate (landscape card copied onto A4 portrait)
    cx0, cy0, cx1, cy1 = 40.0, 120.0, W - 40.0, 120.0 + 360.0
    _copier(s, cx0, cy0, cx1, cy1, rng)
    s.box(cx0 + 16, cy0 + 16, cx1 - 16, cy1 - 16, width=2.2, grey=0.35)
    s.box(cx0 + 22, cy0 + 22, cx1 - 22, cy1 - 22, width=0.5, grey=0.35)
    title = "学士学位证书" if deg == "学士" else "硕士学位证书"
    s.text(W / 2 + 40, cy0 + 64, title, 22, align="center", track=6)
    px, py, pw, ph = cx0 + 42, cy0 + 60, 78, 104
    s.photo(px, py, pw, ph)
    s.seal(px + pw - 4, py + ph - 6, 24, q["school"], color=(0.55, 0.55, 0.55))
    style = rng.choice(("cn", "hz"))
    birth = fdate(q["birth_date"], style)[0]
    if deg == "学士":
        prose = (f"{q['name']}，{q['gender']}，{birth}生。在{q['school']}{q['major']}专业完成了本科学习计划，业已毕业，"
                 f"经审核符合《中华人民共和国学位条例》的规定，授予{q['discipline']}学士学位。")
    else:
        prose = (f"{q['name']}，{q['gender']}，{birth}生。在{q['school']}{q['major']}学科（专业）已通过硕士学位的课程考试"
                 f"和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{q['discipline']}硕士学位。")
    tx = px + pw + 26
    ty = s.para(tx, cy0 + 104, prose, cx1 - 40 - tx, 11, leading=1.9, indent=22)
    award, ta = fdate(q["award_date"], style)
    sy = max(ty + 16, cy0 + 250)
    s.text(tx + 20, sy, f"校  长   {q['principal']}", 11)
    s.text(tx + 20, sy + 18, "学位评定委员会主席", 9)
    s.text(cx1 - 60, sy, q["school"], 11, align="right")
    s.text(cx1 - 60, sy + 22, award, 11, align="right")
    s.seal(cx1 - 60 - s.width(q["school"], 11) / 2, sy - 4, 34, q["school"])
    s.text(cx0 + 42, cy1 - 36, f"证书编号：{q['degree_certificate_no']}", 10)
    # the notary's seal over the prose, and a box stamp
    s.seal(rng.uniform(tx + 40, cx1 - 120), rng.uniform(cy0 + 110, ty - 10), 44, notary)
    bx, by = rng.uniform(70, 200), cy1 + 40
    s.page.draw_rect(pymupdf.Rect(bx, by, bx + 170, by + 30), color=RED, width=1.2)
    s.text(bx + 85, by + 20, "复印件与原件相符", 13, align="center", color=RED)
    s.text(W - 60, H - 40, "（2-1）", 9, align="right", color=GREY)
    # page 2: the 公证书
    s = paper[1]
    x0, x1 = 80.0, W - 80.0
    s.text(W / 2, 110, "公  证  书", 26, align="center", track=4)
    no = f"（{nd.year}）{abbr}证字第{rng.randint(100, 9999)}号"
    s.text(x1, 150, no, 12, align="right")
    y = 196.0
    s.para(x0, y, f"申请人：{q['name']}，{q['gender']}，{fdate(q['birth_date'], 'cn')[0]}出生，公民身份号码："
                  f"{q['id_number']}。", x1 - x0, 13, leading=1.9)
    y += 64
    s.text(x0, y, f"公证事项：{title}复印件与原件相符", 13)
    y += 48
    award_hz = fdate(q["award_date"], "hz")[0]
    body = (f"兹证明前面的复印件与{q['school']}于{award_hz}颁发给{q['name']}的《{title}》"
            f"（证书编号：{q['degree_certificate_no']}）的原件相符，原件属实。")
    y = s.para(x0, y, body, x1 - x0, 13, leading=2.0, indent=26)
    y = max(y + 80, 560.0)
    s.text(x1, y, f"中华人民共和国{notary}", 13, align="right")
    s.text(x1 - 40, y + 34, f"公证员  {_clerk(rng, q['name'])}", 13, align="right")
    s.text(x1 - 20, y + 68, fdate(nd.isoformat(), "hz")[0], 13, align="right")
    s.seal(x1 - 90, y + 20, 48, notary)
    s.text(W - 60, H - 40, "（2-2）", 9, align="right", color=GREY)
    truth = _deg_truth(q, ta)
    return Drawn(paper, truth, nd.isoformat(), dpi=rng.choice((150, 160)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# 人事处 现实表现及工作年限证明: started work earlier, transferred in later (scan)
# --------------------------------------------------------------------------

def _hr_dept(unit: str) -> str:
    if unit.endswith(("公司", "集团")):
        return "人力资源部"
    return "人事科" if unit.endswith(("医院", "中心", "学校")) else "人事处"


@family("emp_personnel_tenure_prose", "employment_proof", "scan",
        "单位人事处/人力资源部 '现实表现及工作年限证明' (scan): sectioned letter 一、基本情况 二、工作经历及工作年限 三、现实表现 "
        "四、其他; '该同志于2008年7月参加工作，2012年3月调入我单位，…现任 Y' (start_date = the later date at this unit), "
        "computed '累计工作年限15年，其中在我单位工作11年', 年度考核 results and the current 职称 as distractors, the 人事 "
        "department's and the unit's seals")
def emp_personnel_tenure_prose(p: dict, rng: random.Random, face: str) -> Drawn:
    unit, post = p["unit"], p["position"]
    first = date.fromisoformat(p["work_start"])
    here = date(first.year + rng.randint(2, max(2, min(6, 2024 - first.year))), rng.randint(1, 12), 1)
    issued = date(max(here.year + 2, rng.randint(2023, 2025)), rng.randint(1, 12), rng.randint(1, 28))
    dept = _hr_dept(unit)
    word = "调入" if dept != "人力资源部" else rng.choice(("调入", "入职"))
    own = "我公司" if dept == "人力资源部" and rng.random() < 0.7 else "我单位"
    style = rng.choice(("cn", "cn0"))
    f_s = fdate(first.isoformat(), style, month=True)[0]
    h_s, h_t = fdate(here.isoformat(), style, month=True)
    years_all = issued.year - first.year - (1 if issued.month < first.month else 0)
    years_here = issued.year - here.year - (1 if issued.month < here.month else 0)
    qual = QUAL13.get(post, "助理工程师").replace("员级", "技术员")
    depts = (("医务科", "护理部", "检验科") if unit.endswith("医院") else ("教务处", "教研室") if unit.endswith("学校")
             else ("规划建设科", "综合办公室", "项目服务科") if unit.endswith("中心") else QUAL_DEPT14)
    ap_years = list(range(issued.year - 3, issued.year))
    results = [rng.choice(("合格", "合格", "优秀")) for _ in ap_years]
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 78.0, W - 78.0
    s.text(W / 2, 92, "现实表现及工作年限证明", 20, align="center", track=2)
    y = 136.0
    s.text(x0, y, "甘肃省职称评审委员会（兰州新区人力资源和社会保障局）：", 12.5)
    y += 32
    sec = 12.5

    def head(t: str, y: float) -> float:
        s.text(x0, y, t, 13)
        return y + 24

    y = head("一、基本情况", y)
    y = s.para(x0, y, f"{p['name']}，{p['gender']}，{p['nation']}，{fdate(p['birth_date'], 'cn', month=True)[0]}出生，"
                      f"公民身份号码：{p['id_number']}，现具有{qual}专业技术资格。", x1 - x0, sec, leading=1.85,
               indent=25) + 6
    y = head("二、工作经历及工作年限", y)
    y = s.para(x0, y, f"该同志于{f_s}参加工作，{h_s}{word}{own}，现在{rng.choice(depts)}从事专业技术工作，"
                      f"现任{post}。截至{fdate(issued.isoformat(), style, month=True)[0]}，累计工作年限{years_all}年，"
                      f"其中在{own}工作{years_here}年。", x1 - x0, sec, leading=1.85, indent=25) + 6
    y = head("三、现实表现", y)
    ap = "、".join(f"{yy}年度{r}" for yy, r in zip(ap_years, results))
    y = s.para(x0, y, "该同志政治立场坚定，遵纪守法，爱岗敬业，工作认真负责，业务能力较强，能够独立承担本岗位专业技术"
                      f"工作，团结同事，群众基础较好。近三年年度考核结果为：{ap}。", x1 - x0, sec, leading=1.85,
               indent=25) + 6
    y = head("四、其他", y)
    y = s.para(x0, y, "该同志任现职以来无违法违纪行为，未受到任何处分，不存在学术不端行为。", x1 - x0, sec,
               leading=1.85, indent=25)
    y = s.para(x0, y + 4, "特此证明。", x1 - x0, sec, leading=1.85, indent=25)
    y = max(y + 44, 600.0)
    s.text(x1, y, f"{unit}{dept}（盖章）", 12.5, align="right")
    s.text(x1, y + 30, f"{unit}（盖章）", 12.5, align="right")
    s.text(x1 - 20, y + 60, fdate(issued.isoformat(), "cn")[0], 12.5, align="right")
    s.seal(x1 - 150, y - 8, 40, unit + dept)
    s.seal(x1 - 60, y + 24, 44, unit)
    s.text(x0, y + 104, f"经办人：{_clerk(rng, p['name'])}", 11.5)
    s.text(x0 + 150, y + 104, f"联系电话：0931-{rng.randint(8100000, 8399999)}", 11.5)
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post, "start_date": h_t}
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((140, 150, 160)), level=rng.choice((1, 2, 2, 3)))


QUAL_DEPT14 = ("工程技术部", "项目管理部", "质量安全部", "设计所", "技术研发中心", "生产运营部")
