"""Thirteenth round of held-out families (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents'
layouts and wording without looking at the parsers.

Social insurance:
* si_browser_print_pager — the 国家社会保险公共服务平台 page "个人缴费信息查询" PRINTED FROM THE
  BROWSER (Chrome "另存为 PDF", text PDF, A4 portrait): the browser's own header (date and time
  left, the page's <title> centred) and footer (the page URL left, "1/2" right) in the print
  margins; inside, the whole web page each time: the site banner, the menu bar, the breadcrumb,
  the query form (险种类型 全部, 起止年月, [查询] [重置]), the holder line, the result table
  缴费年月 | 险种类型 | 缴费基数 | 单位缴纳 | 个人缴纳 | 缴费标志 | 单位名称 | 参保地 in 缴费年月
  ASCENDING order with the 养老 / 失业 / 工伤 rows of each month interleaved (工伤: 个人缴纳 0.00),
  and the web pager "共 186 条 每页 50 条 第 1/4 页" under the table. The applicant clicked
  through the pager and printed each result page, then joined the PDFs: the banner and form
  come back at the top of every result page, the browser's page counter restarts ("1/2",
  "2/2", "1/2" …) and the print time moves on by a minute. Chrome repeats the table's header
  on a continuation sheet (some prints) or not. 缴费标志 已缴费 / 补缴 / 欠费 (欠费: paid 0,
  amounts 0.00); 中断 months are absent. Truth: the 养老 rows.
* si_monitor_moire_photo — the 甘肃省人社一体化公共服务平台 "个人参保缴费明细" page on a PC
  monitor, PHOTOGRAPHED WITH A PHONE (scan; one photo per pager page, an image PDF when there
  are several): the monitor's black bezel and stand on a dim office background, the browser
  window with its tab bar (the site's tab, a 新标签页), the address bar and bookmarks, the
  site's banner and left menu, the table 序号 | 费款所属期 | 缴费单位名称 | 缴费基数 | 单位缴费 |
  个人缴费 | 缴费类型 | 到账状态 (正常应缴 / 补缴; 已到账 / 未到账 = owed, paid 0) with 15 rows a page,
  the pager "共 43 条 < 1 2 3 > 前往 页", the mouse pointer somewhere on the page, a glare
  patch and MOIRÉ banding (the screen's pixel grid beating against the phone's sensor). The
  ID number is masked on some prints (then not in the truth).
Paper:
* pap_bilingual_abstract_columns — a 学报 / 核心 first page (text PDF) whose masthead is a
  PICTURE (the journal's calligraphic name and English name, so not in the text layer) with
  "第40卷 第3期 / 2022年3月 / Vol.40 No.3 / Mar. 2022" stacked beside it, the OSID QR code
  ("开放科学（资源服务）标识码") top right, the title and byline centred, then a RULED TWO-COLUMN
  ABSTRACT BOX: Chinese 摘要 / 关键词 / 中图分类号 in the left column and the English title,
  pinyin byline, Abstract and Key words in the right column, side by side line for line;
  a shaded "引用本文" strip (Chinese and English citation: the journal name in text only
  here), two columns of body and the 收稿日期 / 基金项目 / 作者简介 footnote. ISSN only in the
  文章编号 of some issues; no CN.
Diploma:
* dip_vocational_qr_landscape — a 2010s–2020s 高职（专科）毕业证书 printed LANDSCAPE on a guilloche
  (防伪底纹) sheet, photographed flat: 学号 top left, the photo with the 钢印 and the holder's
  身份证号 under it on the left, the school's name over "毕业证书" and the prose set as a
  printed template with the values typed onto UNDERLINED blanks ("学生 X ，性别 男 ，2000年5月
  12日生，于2016年9月至2019年6月在本校 建筑工程技术 专业 三 年制 专科 学习…"), 校（院）长 and the
  seal bottom centre, and at the bottom RIGHT a QR code with "证书编号（电子注册号）", 发证日期
  and "学信网查询：https://www.chsi.com.cn" beside it.
Employer:
* emp_handfilled_checkbox — a PRINTED blank form "专业技术人员在职情况证明表（职称申报用）" FILLED
  IN BY HAND (ballpoint, blue-black) and photographed: values on underlined blanks, the 公民身份
  号码 written digit by digit into 18 boxes, 用工形式 □在编 □聘用 □劳动合同 □劳务派遣 and 岗位类别
  □专业技术岗 □管理岗 □工勤技能岗 ticked by hand (the tick is ink, not a glyph), the current
  专业技术资格 (a 职称 word) and 参加工作时间 as distractors beside 现任岗位 and 本单位入职时间,
  单位意见 with the seal. Truth: unit, 现任岗位, start_date = 本单位入职时间 (month).
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pymupdf

from . import fonts
from .draw import A4, RED, Paper, Sheet
from .facts import JOURNALS, contribution_history, issn, redate
from .fam_heldout2a import _qr
from .fam_round7 import PINYIN, SENT7, _english_title, _photograph, _print_date, _truth_rows, _yuan
from .fam_round8 import EN_NAME
from .fam_round12 import _latin
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
INK = (0.1, 0.14, 0.5)     # a blue-black ballpoint
BLUE = (0.08, 0.32, 0.62)
SUP = (0.0, 0.0, 0.0001)   # superscripts: their own span (text writer) in near-black, as in fam_round6


def _clerk(rng: random.Random, *avoid: str) -> str:
    return rng.choice([c for c in ("马海燕", "周淼", "李建军", "冯雪", "何培元", "闫雯雯", "苏璟瑜", "魏晓兰")
                       if c not in avoid])


def _hhmm(rng: random.Random) -> tuple[int, int]:
    return rng.randint(8, 17), rng.randint(0, 55)


# --------------------------------------------------------------------------
# 国家社会保险公共服务平台 page printed from the browser, pager page by pager page (text)
# --------------------------------------------------------------------------

KINDS13 = (("企业职工基本养老保险", 0.16, 0.08), ("失业保险", 0.005, 0.005), ("工伤保险", None, 0.0))
_FLAG = {"正常": "已缴费", "补缴": "补缴", "欠费": "欠费"}


@family("si_browser_print_pager", "social_insurance", "text",
        "国家社会保险公共服务平台 个人缴费信息查询 page printed from the browser (Chrome PDF): browser header (time, page "
        "title) and footer (URL, '1/2') in the margins; banner, menu, breadcrumb and query form repeated for each web "
        "pager page printed; table 缴费年月|险种类型|缴费基数|单位缴纳|个人缴纳|缴费标志|单位名称|参保地 ascending with "
        "养老/失业/工伤 rows interleaved per month; pager '共 N 条 每页 50 条 第 1/4 页' inside the page")
def si_browser_print_pager(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    injury = rng.choice((0.002, 0.004, 0.006, 0.01))
    place = {u: rng.choice(("兰州新区", "兰州新区", "兰州市本级", "甘肃省本级")) for u in {r["unit"] for r in listed}}
    recs = []
    for r in listed:
        for kind, unit_rate, own_rate in KINDS13:
            ur = injury if unit_rate is None else unit_rate
            recs.append((r, kind, _yuan(r["base"] * ur) if r["paid"] else "0.00",
                         _yuan(r["base"] * own_rate) if r["paid"] else "0.00"))
    per = rng.choice((30, 40, 50))
    pages = [recs[k:k + per] for k in range(0, len(recs), per)]
    mstyle = rng.choice(("iso", "compact"))
    repeat_head = rng.random() < 0.6
    url = rng.choice(("https://si.12333.gov.cn/157441.jhtml", "https://si.12333.gov.cn/personal/payment/query",
                      "https://si.12333.gov.cn/157447.jhtml?tab=jfxx"))
    title = "个人缴费信息查询-国家社会保险公共服务平台"
    paper = Paper(face, A4, pages=0)
    W, H = A4
    x0, x1 = 34.0, W - 34.0
    wd = [46, 92, 52, 50, 48, 40, 150, 49]
    xs = [x0]
    for w_ in wd:
        xs.append(xs[-1] + w_)
    head = ["缴费年月", "险种类型", "缴费基数", "单位缴纳", "个人缴纳", "缴费标志", "单位名称", "参保地"]
    size, rh = 7.2, 13.0
    hh, mm = _hhmm(rng)
    y0, mo0, d0 = (int(x) for x in printed.split("-"))
    sheets_of: list[list[Sheet]] = []

    def header_row(s: Sheet, y: float) -> float:
        s.box(xs[0], y, xs[-1], y + 15, width=0, grey=0.91, fill=0.91)
        for i, t in enumerate(head):
            s.text((xs[i] + xs[i + 1]) / 2, y + 10.5, t, size + 0.3, align="center")
        s.line(xs[0], y + 15, xs[-1], y + 15, width=0.4, grey=0.7)
        return y + 15

    for k, chunk in enumerate(pages):
        group: list[Sheet] = []
        s = paper.add_page()
        group.append(s)
        # the web page, from its top each time
        s.page.draw_rect(pymupdf.Rect(x0, 30, x1, 70), color=None, fill=BLUE)
        s.text(x0 + 14, 56, "国家社会保险公共服务平台", 15, color=(1, 1, 1), track=1)
        s.text(x1 - 12, 54, "您好，" + p["name"][0] + "*" * (len(p["name"]) - 1) + "  退出", 8, align="right",
               color=(1, 1, 1))
        menu = ("首页", "个人服务", "单位服务", "社保卡服务", "政策法规", "服务指南", "办事大厅")
        x = x0 + 10
        for it in menu:
            x = s.text(x, 84, it, 8.5, color=(0.2, 0.2, 0.2)) + 22
        s.line(x0, 90, x1, 90, width=0.5, grey=0.75)
        s.text(x0, 104, "当前位置：首页 > 个人服务 > 社会保险查询 > 个人缴费信息查询", 7.5, color=GREY)
        s.text(x0, 126, "个人缴费信息查询", 12)
        s.line(x0, 132, x1, 132, width=1.0, grey=0.0)
        s.page.draw_line((x0, 132), (x0 + 100, 132), color=BLUE, width=2)
        a = fdate(listed[0]["month"], "iso", month=True)[0]
        b = fdate(listed[-1]["month"], "iso", month=True)[0]
        fy = 150
        s.text(x0, fy, "险种类型：", 8)
        s.box(x0 + 42, fy - 10, x0 + 130, fy + 4, width=0.5, grey=0.6)
        s.text(x0 + 46, fy, "全部", 8)
        s.text(x0 + 150, fy, "起始年月：", 8)
        s.box(x0 + 192, fy - 10, x0 + 250, fy + 4, width=0.5, grey=0.6)
        s.text(x0 + 196, fy, a, 8)
        s.text(x0 + 266, fy, "终止年月：", 8)
        s.box(x0 + 308, fy - 10, x0 + 366, fy + 4, width=0.5, grey=0.6)
        s.text(x0 + 312, fy, b, 8)
        s.page.draw_rect(pymupdf.Rect(x0 + 388, fy - 11, x0 + 424, fy + 5), color=None, fill=BLUE)
        s.text(x0 + 406, fy - 0.5, "查询", 8, align="center", color=(1, 1, 1))
        s.box(x0 + 432, fy - 11, x0 + 468, fy + 5, width=0.5, grey=0.6)
        s.text(x0 + 450, fy - 0.5, "重置", 8, align="center")
        s.text(x0, 174, f"姓名：{p['name']}", 8)
        s.text(x0 + 90, 174, f"社会保障号码：{p['id_number']}", 8)
        s.text(x0 + 290, 174, "参保状态：正常参保", 8)
        y = header_row(s, 182)
        for r, kind, unit_pay, own_pay in chunk:
            if y + rh > H - 60:
                s = paper.add_page()
                group.append(s)
                y = 34.0
                if repeat_head:
                    y = header_row(s, y)
            yb = y + rh / 2 + size * 0.36
            cells = [fdate(r["month"], mstyle, month=True)[0], kind, _yuan(r["base"]), unit_pay, own_pay,
                     _FLAG[r["status"]], r["unit"], place[r["unit"]]]
            for i, v in enumerate(cells):
                if i in (2, 3, 4):
                    s.text(xs[i + 1] - 3, yb, v, size, align="right")
                elif i == 6:
                    s.text(xs[i] + 3, yb, v, size if len(v) <= 19 else 6.6)
                else:
                    s.text((xs[i] + xs[i + 1]) / 2, yb, v, size, align="center")
            s.line(xs[0], y + rh, xs[-1], y + rh, width=0.3, grey=0.8)
            y += rh
        if y + 60 > H - 50:
            s = paper.add_page()
            group.append(s)
            y = 34.0
        py = y + 18
        s.text(x0, py, f"共 {len(recs)} 条", 7.8)
        s.text(x0 + 56, py, f"每页 {per} 条", 7.8)
        x = x1 - 200
        x = s.text(x, py, "< 上一页", 7.8, color=GREY) + 8
        for n in range(1, len(pages) + 1):
            if n == k + 1:
                s.page.draw_rect(pymupdf.Rect(x - 2, py - 8.5, x + 9, py + 2.5), color=None, fill=BLUE)
                x = s.text(x, py, str(n), 7.8, color=(1, 1, 1)) + 8
            else:
                x = s.text(x, py, str(n), 7.8) + 8
        x = s.text(x, py, "下一页 >", 7.8, color=GREY) + 10
        s.text(x1, py + 14, f"第 {k + 1}/{len(pages)} 页", 7.8, align="right")
        s.line(x0, py + 28, x1, py + 28, width=0.4, grey=0.75)
        s.text(W / 2, py + 42, "主办单位：中华人民共和国人力资源和社会保障部    技术支持：人力资源和社会保障部信息中心",
               6.8, align="center", color=GREY)
        s.text(W / 2, py + 53, "京ICP备10030395号    京公网安备11010502036185号", 6.8, align="center", color=GREY)
        sheets_of.append(group)
    for k, group in enumerate(sheets_of):
        t = hh * 60 + mm + k + (1 if k and rng.random() < 0.4 else 0)
        stamp = f"{y0}/{mo0}/{d0} {t // 60:02d}:{t % 60:02d}"
        for i, sh in enumerate(group):
            sh.text(18, 16, stamp, 6.8)
            sh.text(W / 2, 16, title, 6.8, align="center")
            sh.text(18, H - 12, url, 6.8)
            sh.text(W - 18, H - 12, f"{i + 1}/{len(group)}", 6.8, align="right")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(listed)}
    return Drawn(paper, truth, printed, producer="Skia/PDF m120", )


# --------------------------------------------------------------------------
# a PC monitor showing the 甘肃 人社 page, photographed with a phone: moiré, glare, pointer (scan)
# --------------------------------------------------------------------------

SCREEN = (960.0, 540.0)
PHOTO = (842.0, 632.0)


def _pointer(s: Sheet, x: float, y: float) -> None:
    pts = [(0, 0), (0, 15), (3.6, 11.6), (6.2, 17.4), (8.4, 16.4), (5.8, 10.8), (10.6, 10.6), (0, 0)]
    s.page.draw_polyline([pymupdf.Point(x + a, y + b) for a, b in pts], color=(0, 0, 0), fill=(1, 1, 1), width=0.8)


def _screen_photos(paper: Paper, rng: random.Random) -> None:
    """Replace each page (a screen) by a phone photo of a monitor showing it."""
    paper._flush()
    src = pymupdf.open()
    src.insert_pdf(paper.doc)
    sw, sh = SCREEN
    W, H = PHOTO
    for i in range(src.page_count):
        paper.doc.delete_page(i)
        paper.doc.new_page(pno=i, width=W, height=H)
        page = paper.doc[i]
        room = rng.uniform(0.28, 0.42)
        page.draw_rect(page.rect, color=None, fill=(room, room, room * 1.04))
        page.draw_rect(pymupdf.Rect(0, H * 0.8, W, H), color=None, fill=(room * 0.8,) * 3)   # the desk
        scale = rng.uniform(0.72, 0.78)
        fw, fh = sw * scale, sh * scale
        angle = rng.uniform(-2.0, 2.0)
        cx, cy = W / 2 + rng.uniform(-12, 12), H * 0.44 + rng.uniform(-10, 10)
        rad = math.radians(angle)

        def corners(hw: float, hh: float, ox: float = 0.0, oy: float = 0.0) -> list[pymupdf.Point]:
            return [pymupdf.Point(cx + ox + sx * hw * math.cos(rad) + sy * hh * math.sin(rad),
                                  cy + oy - sx * hw * math.sin(rad) + sy * hh * math.cos(rad))
                    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
        # stand, then bezel
        page.draw_polyline([pymupdf.Point(cx - 30, cy + fh / 2), pymupdf.Point(cx + 30, cy + fh / 2),
                            pymupdf.Point(cx + 24, H * 0.86), pymupdf.Point(cx - 24, H * 0.86)],
                           color=None, fill=(0.12, 0.12, 0.12), closePath=True)
        page.draw_oval(pymupdf.Rect(cx - 90, H * 0.84, cx + 90, H * 0.9), color=None, fill=(0.1, 0.1, 0.1))
        bez = corners(fw / 2 + 14, fh / 2 + 14, 0, 4)
        page.draw_polyline(bez + [bez[0]], color=(0.22, 0.22, 0.22), fill=(0.07, 0.07, 0.08), width=1.2)
        bw = abs(fw * math.cos(rad)) + abs(fh * math.sin(rad))
        bh = abs(fw * math.sin(rad)) + abs(fh * math.cos(rad))
        page.show_pdf_page(pymupdf.Rect(cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2), src, i, rotate=angle)
        page.insert_text(pymupdf.Point(cx - 12, cy + fh / 2 + 11), "AOC", fontname="helv", fontsize=6,
                         color=(0.5, 0.5, 0.5))
        # moiré: two sets of fine lines at slightly different angles over the screen
        shape = page.new_shape()
        r = pymupdf.Rect(cx - fw / 2, cy - fh / 2, cx + fw / 2, cy + fh / 2)
        for tilt, gap in ((rng.uniform(2, 6), rng.uniform(1.15, 1.45)), (rng.uniform(-6, -2), rng.uniform(1.2, 1.6))):
            t = math.tan(math.radians(tilt))
            yy = r.y0 - abs(t) * r.width
            while yy < r.y1 + abs(t) * r.width:
                a = pymupdf.Point(r.x0, yy)
                b = pymupdf.Point(r.x1, yy + t * r.width)
                shape.draw_line(a, b)
                yy += gap
        shape.finish(color=(0.3, 0.3, 0.35), width=0.35, stroke_opacity=rng.uniform(0.08, 0.14))
        shape.commit()
        # glare: a soft white patch (rings of falling opacity)
        gx, gy = rng.uniform(r.x0 + 60, r.x1 - 60), rng.uniform(r.y0 + 30, r.y1 - 60)
        for k in range(6):
            rr = 110 - k * 16
            page.draw_oval(pymupdf.Rect(gx - rr * 1.5, gy - rr * 0.7, gx + rr * 1.5, gy + rr * 0.7), color=None,
                           fill=(1, 1, 1), fill_opacity=0.09)
        paper.sheets[i] = Sheet(paper, i)
    paper._kept = src


@family("si_monitor_moire_photo", "social_insurance", "scan",
        "甘肃省人社一体化公共服务平台 个人参保缴费明细 web page on a PC monitor photographed with a phone, one photo per "
        "pager page: bezel and stand, browser tab bar/address bar, site banner and left menu, table 序号|费款所属期|缴费"
        "单位名称|缴费基数|单位缴费|个人缴费|缴费类型|到账状态 (15 rows), pager '共 43 条 < 1 2 3 >', mouse pointer, glare, "
        "moiré banding; ID masked on some")
def si_monitor_moire_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(18, 44))
    listed = [r for r in rows if r["status"] != "中断"]
    printed = _print_date(rows, rng)
    per = 15
    chunks = [listed[k:k + per] for k in range(0, len(listed), per)]
    masked = rng.random() < 0.4
    idn = p["id_number"][:4] + "*" * 10 + p["id_number"][14:] if masked else p["id_number"]
    mstyle = rng.choice(("compact", "iso"))
    paper = Paper(face, SCREEN, pages=0)
    W, H = SCREEN
    nav = 150.0
    wd = [36, 76, 232, 74, 74, 74, 74, 70]
    head = ["序号", "费款所属期", "缴费单位名称", "缴费基数", "单位缴费", "个人缴费", "缴费类型", "到账状态"]
    size, rh = 9.0, 18.5
    site = "甘肃省人社一体化公共服务平台"
    for k, chunk in enumerate(chunks):
        s = paper.add_page()
        s.box(0, 0, W, H, width=0, grey=1, fill=1)
        # tab bar
        s.box(0, 0, W, 26, width=0, grey=0.86, fill=0.86)
        s.box(8, 4, 218, 26, width=0, grey=0.98, fill=0.98)
        s.text(18, 19, f"{site} - 个人…", 8.5)
        s.text(208, 19, "×", 8.5, align="right", color=GREY)
        s.text(234, 19, "新标签页", 8.5, color=GREY)
        s.text(322, 19, "+", 10, color=GREY)
        s.text(W - 70, 18, "—   □   ×", 9, color=(0.2, 0.2, 0.2))
        # address bar and bookmarks
        s.box(0, 26, W, 54, width=0, grey=0.98, fill=0.98)
        s.text(12, 45, "←  →  ⟳", 9.5, color=GREY)
        s.box(70, 31, W - 80, 50, width=0, grey=0.93, fill=0.93)
        s.text(82, 44.5, "ggfw.rst.gansu.gov.cn/hsfw/person/jfmx/query", 8.5, color=(0.25, 0.25, 0.25))
        s.text(W - 60, 45, "☆   ⋮", 9, color=GREY)
        s.box(0, 54, W, 70, width=0, grey=0.96, fill=0.96)
        s.text(12, 65, "百度一下    甘肃政务服务网    国家社会保险公共服务平台    兰州新区政务服务", 7.5, color=GREY)
        s.line(0, 70, W, 70, width=0.5, grey=0.8)
        # site
        s.page.draw_rect(pymupdf.Rect(0, 70, W, 110), color=None, fill=(0.72, 0.12, 0.12))
        s.text(20, 96, site, 15, color=(1, 1, 1), track=1)
        s.text(W - 20, 95, f"{p['name']}，欢迎您！  [退出]", 9, align="right", color=(1, 1, 1))
        s.box(0, 110, nav, H, width=0, grey=0.95, fill=0.95)
        items = ("个人基本信息", "参保信息查询", "个人缴费明细", "个人账户查询", "待遇领取查询", "社保卡服务", "参保证明打印")
        for j, it in enumerate(items):
            yy = 140 + j * 30
            if j == 2:
                s.page.draw_rect(pymupdf.Rect(0, yy - 17, nav, yy + 9), color=None, fill=(0.98, 0.9, 0.9))
                s.page.draw_rect(pymupdf.Rect(0, yy - 17, 3, yy + 9), color=None, fill=(0.72, 0.12, 0.12))
            s.text(24, yy, it, 9.5)
        mx = nav + 20
        s.text(mx, 134, "个人参保缴费明细", 12.5)
        s.line(mx, 142, W - 20, 142, width=0.6, grey=0.8)
        s.text(mx, 162, f"姓名：{p['name']}", 9)
        s.text(mx + 120, 162, f"公民身份号码：{idn}", 9)
        s.text(mx + 370, 162, "险种：企业职工基本养老保险", 9)
        s.text(mx, 182, "费款所属期：", 9)
        s.box(mx + 56, 171, mx + 136, 187, width=0.5, grey=0.7)
        s.text(mx + 60, 183, fdate(listed[0]["month"], "iso", month=True)[0], 8.5)
        s.text(mx + 142, 182, "至", 9)
        s.box(mx + 156, 171, mx + 236, 187, width=0.5, grey=0.7)
        s.text(mx + 160, 183, fdate(listed[-1]["month"], "iso", month=True)[0], 8.5)
        s.page.draw_rect(pymupdf.Rect(mx + 250, 170, mx + 294, 188), color=None, fill=(0.72, 0.12, 0.12))
        s.text(mx + 272, 183, "查询", 9, align="center", color=(1, 1, 1))
        xs = [mx]
        for w_ in wd:
            xs.append(xs[-1] + w_)
        y = 196.0
        s.box(xs[0], y, xs[-1], y + 20, width=0.4, grey=0.8, fill=0.93)
        for i, t in enumerate(head):
            s.text((xs[i] + xs[i + 1]) / 2, y + 14, t, size, align="center")
        y += 20
        for j, r in enumerate(chunk):
            n = k * per + j + 1
            if j % 2:
                s.box(xs[0], y, xs[-1], y + rh, width=0, grey=0.975, fill=0.975)
            yb = y + rh / 2 + size * 0.36
            cells = [str(n), fdate(r["month"], mstyle, month=True)[0], r["unit"], _yuan(r["base"]),
                     _yuan(r["base"] * 0.16), _yuan(r["base"] * 0.08),
                     "补缴" if r["status"] == "补缴" else "正常应缴", "已到账" if r["paid"] else "未到账"]
            for i, v in enumerate(cells):
                if i == 2:
                    s.text(xs[i] + 4, yb, v, size if len(v) <= 22 else 8.2)
                elif i in (3, 4, 5):
                    s.text(xs[i + 1] - 5, yb, v, size, align="right")
                else:
                    s.text((xs[i] + xs[i + 1]) / 2, yb, v, size, align="center",
                           color=RED if v == "未到账" else (0, 0, 0))
            s.line(xs[0], y + rh, xs[-1], y + rh, width=0.3, grey=0.85)
            y += rh
        py = y + 22
        s.text(mx, py, f"共 {len(listed)} 条", 9)
        x = xs[-1] - 220
        x = s.text(x, py, "<", 9, color=GREY) + 10
        for n in range(1, len(chunks) + 1):
            if n == k + 1:
                s.page.draw_rect(pymupdf.Rect(x - 3, py - 10, x + 10, py + 3), color=None, fill=(0.72, 0.12, 0.12))
                x = s.text(x, py, str(n), 9, color=(1, 1, 1)) + 10
            else:
                x = s.text(x, py, str(n), 9) + 10
        x = s.text(x, py, ">", 9, color=GREY) + 12
        s.text(x, py, "前往     页", 9)
        _pointer(s, rng.uniform(mx + 100, W - 60), rng.uniform(200, H - 40))
        # the Windows task bar with the clock
        s.box(0, H - 22, W, H, width=0, grey=0.16, fill=0.16)
        hh, mm = _hhmm(rng)
        s.text(W - 12, H - 12, f"{hh}:{mm:02d}", 7.5, align="right", color=(1, 1, 1))
        s.text(W - 12, H - 3, printed.replace("-", "/"), 7, align="right", color=(1, 1, 1))
    _screen_photos(paper, rng)
    truth = {"name": p["name"], "contribution": _truth_rows(listed)}
    if not masked:
        truth["id_number"] = p["id_number"]
    return Drawn(paper, truth, printed, dpi=rng.choice((170, 180, 190)), level=rng.choice((1, 1, 2)))


# --------------------------------------------------------------------------
# 学报 first page: masthead as a picture, OSID QR, two-column (中/英) abstract box (text)
# --------------------------------------------------------------------------

FIRST_VOL = {"环境工程": 1983, "公路交通科技": 1984, "甘肃科学学报": 1989, "建筑结构": 1971, "中国给水排水": 1985,
             "西北民族大学学报(自然科学版)": 1980, "兰州交通大学学报": 1982, "电力系统保护与控制": 1973,
             "工业建筑": 1971, "化工进展": 1982, "水利水电技术": 1970, "计算机工程与应用": 1965}
_MON = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()
EN_SENT13 = ("Relying on a project in Lanzhou New Area, field monitoring and laboratory tests were carried out.",
             "The results show that the proposed method meets the accuracy required in engineering practice.",
             "The influence of water content, compaction degree and temperature was analysed.",
             "The findings provide a reference for similar projects in Northwest China.")
AFF13 = (("兰州交通大学 土木工程学院，甘肃 兰州 730070",
          "School of Civil Engineering, Lanzhou Jiaotong University, Lanzhou 730070, China"),
         ("兰州理工大学 土木工程学院，甘肃 兰州 730050",
          "School of Civil Engineering, Lanzhou University of Technology, Lanzhou 730050, China"),
         ("兰州新区城市发展投资集团有限公司，甘肃 兰州 730314",
          "Lanzhou New Area Urban Development Investment Group Co., Ltd., Lanzhou 730314, China"),
         ("甘肃省交通规划勘察设计院股份有限公司，甘肃 兰州 730030",
          "Gansu Province Transportation Planning, Survey & Design Institute Co., Ltd., Lanzhou 730030, China"))
KEY13 = (("湿陷性黄土", "collapsible loess"), ("冻融循环", "freeze-thaw cycle"), ("数值模拟", "numerical simulation"),
         ("现场监测", "field monitoring"), ("寒旱区", "cold and arid region"), ("变形规律", "deformation law"))


def _masthead(s: Sheet, rect: pymupdf.Rect, cn: str, en: str) -> None:
    """The journal's masthead as a picture (calligraphic name over the English name)."""
    tmp = pymupdf.open()
    pg = tmp.new_page(width=rect.width, height=rect.height)
    path = fonts.path_of("kai") or fonts.path_of("song")
    pg.insert_font(fontname="mh", fontfile=str(path))
    size = min(30.0, rect.width * 0.9 / max(len(cn), 1))
    pg.insert_text((2, size * 1.02), cn, fontname="mh", fontsize=size, color=(0.1, 0.1, 0.1))
    en_size = min(8.0, (rect.width - 4) / max(pymupdf.get_text_length(en, fontname="tiro", fontsize=1), 1))
    pg.insert_text((2, size * 1.02 + 13), en, fontname="tiro", fontsize=en_size, color=(0.2, 0.2, 0.2))
    pix = pg.get_pixmap(dpi=220)
    tmp.close()
    s.page.insert_image(rect, pixmap=pix, overlay=True)


@family("pap_bilingual_abstract_columns", "paper", "text",
        "学报/核心 first page: masthead as a PICTURE with '第N卷 第N期 / YYYY年M月 / Vol. No. / Mon. YYYY' stacked as text "
        "beside it, OSID QR top right, centred title and byline, a ruled TWO-COLUMN abstract box (Chinese 摘要/关键词/"
        "中图分类号 left, English title/pinyin byline/Abstract/Key words right), shaded 引用本文 strip (the journal name in "
        "text only there), ISSN only in the 文章编号 of some issues, no CN")
def pap_bilingual_abstract_columns(p: dict, rng: random.Random, face: str) -> Drawn:
    jname, first7, _, per = next(j for j in JOURNALS if j[0] == p["journal"])
    sn = issn(first7)
    y = p["pub_year"]
    n = p["issue"]
    m = {12: n, 24: (n + 1) // 2, 6: 2 * n, 4: 3 * n}[per]
    vol = y - FIRST_VOL.get(jname, 1980) + 1
    en = EN_NAME.get(jname, "Journal")
    names = p["authors"]
    page1 = rng.randint(20, 260)
    page2 = page1 + rng.randint(5, 8)
    paper = Paper(face, A4)
    s = paper[0]
    cjk = paper.font
    latin = _latin(cjk)
    W = A4[0]
    x0, x1 = 52.0, W - 52.0
    _masthead(s, pymupdf.Rect(x0, 30, x0 + 250, 78), jname, en)
    s.text(x0 + 270, 40, f"第{vol}卷 第{n}期", 8.5)
    s.text(x0 + 270, 52, f"{y}年{m}月", 8.5)
    paper.font = latin
    s.text(x0 + 270, 64, f"Vol.{vol} No.{n}", 8)
    s.text(x0 + 270, 75, f"{_MON[m - 1]} {y}", 8)
    paper.font = cjk
    qr = pymupdf.Pixmap(_qr(rng, 21))
    s.page.insert_image(pymupdf.Rect(x1 - 40, 30, x1, 70), pixmap=qr)
    s.text(x1 - 46, 50, "开放科学（资源服务）", 5.8, align="right", color=GREY)
    s.text(x1 - 46, 58, "标识码（OSID）", 5.8, align="right", color=GREY)
    s.line(x0, 84, x1, 84, width=1.6)
    s.line(x0, 87, x1, 87, width=0.4)
    with_issn = rng.random() < 0.6
    doc_no = f"文章编号：{sn}({y}){n:02d}-{page1:04d}-{page2 - page1 + 1:02d}" if with_issn else ""
    code = "".join(c for c in EN_NAME.get(jname, "j") if c.isupper()).lower() or "xb"
    doi = f"DOI：10.{rng.randint(13205, 19713)}/j.cnki.{code}.{y}{n:02d}{rng.randint(1, 30):03d}"
    s.text(x0, 100, doi, 7.5, color=GREY)
    if doc_no:
        s.text(x1, 100, doc_no, 7.5, align="right", color=GREY)
    yy = 132.0
    for line in s.wrap(p["paper_title"], x1 - x0 - 40, 17):
        s.text(W / 2, yy, line, 17, align="center")
        yy += 23
    affs = rng.sample(AFF13, min(len(names), rng.randint(1, 3)))
    marks = [str(min(i + 1, len(affs))) if len(affs) > 1 else "" for i in range(len(names))]
    bl = "，".join(names)
    tw = s.width(bl, 11.5) + sum(6 for mk in marks if mk)
    x = W / 2 - tw / 2
    for i, nm in enumerate(names):
        x = s.text(x, yy + 4, nm, 11.5)
        if marks[i]:
            x = s.text(x + 0.5, yy - 1, marks[i], 6.5, color=SUP) + 0.5
        if i < len(names) - 1:
            x = s.text(x, yy + 4, "，", 11.5)
    yy += 20
    aff_line = "（" + "；".join((f"{i + 1}. " if len(affs) > 1 else "") + a[0] for i, a in enumerate(affs)) + "）"
    for line in s.wrap(aff_line, x1 - x0 - 40, 8.5):
        s.text(W / 2, yy, line, 8.5, align="center")
        yy += 12
    # the two-column abstract box
    by = yy + 6
    mid = W / 2
    cw = mid - x0 - 14
    keys = rng.sample(KEY13, 4)
    ly = by + 16
    ly = s.para(x0 + 8, ly, "摘  要：" + "".join(rng.sample(SENT7, 5)), cw, 8.6, leading=1.6)
    ly = s.para(x0 + 8, ly, "关键词：" + "；".join(k[0] for k in keys), cw, 8.6, leading=1.6)
    ly = s.para(x0 + 8, ly, f"中图分类号：{rng.choice(('TU444', 'X703', 'U416.2', 'TU991'))}    文献标志码：A", cw, 8.6,
                leading=1.6)
    paper.font = latin
    ry = by + 16
    ry = s.para(mid + 8, ry, _english_title(p["paper_title"]), cw, 9.5, leading=1.35)
    ry = s.para(mid + 8, ry + 2, ", ".join(PINYIN.get(nm, nm) + (marks[i] or "") for i, nm in enumerate(names)),
                cw, 8, leading=1.45)
    ry = s.para(mid + 8, ry, "(" + "; ".join((f"{i + 1}. " if len(affs) > 1 else "") + a[1] for i, a in enumerate(affs))
                + ")", cw, 7, leading=1.4)
    ry = s.para(mid + 8, ry + 2, "Abstract: " + " ".join(rng.sample(EN_SENT13, 3)), cw, 8, leading=1.45)
    ry = s.para(mid + 8, ry, "Key words: " + "; ".join(k[1] for k in keys), cw, 8, leading=1.45)
    paper.font = cjk
    bottom = max(ly, ry) + 2
    s.box(x0, by, x1, bottom, width=0.7)
    s.line(mid, by, mid, bottom, width=0.5)
    # 引用本文 strip
    cy = bottom + 8
    short = names[:3] + (["等"] if len(names) > 3 else [])
    cite = f"引用本文：{'，'.join(short)}．{p['paper_title']}[J]．{jname}，{y}，{vol}({n})：{page1}-{page2}．"
    lines = s.wrap(cite, x1 - x0 - 12, 8.2)
    paper.font = latin
    en_short = [PINYIN.get(nm, nm) for nm in names[:3]] + (["et al"] if len(names) > 3 else [])
    en_cite = (f"{', '.join(en_short)}. {_english_title(p['paper_title'])}[J]. {en}, {y}, {vol}({n}): "
               f"{page1}-{page2}.")
    en_lines = s.wrap(en_cite, x1 - x0 - 12, 7.6)
    paper.font = cjk
    sh = (len(lines) * 12 + len(en_lines) * 11) + 10
    s.box(x0, cy, x1, cy + sh, width=0, grey=0.92, fill=0.92)
    ty = cy + 13
    for ln in lines:
        s.text(x0 + 6, ty, ln, 8.2)
        ty += 12
    paper.font = latin
    for ln in en_lines:
        s.text(x0 + 6, ty, ln, 7.6)
        ty += 11
    paper.font = cjk
    # body, two columns, and the footnote
    col = (x1 - x0 - 18) / 2
    top = cy + sh + 22
    foot = 742.0
    body = s.wrap("".join(rng.choice(SENT7) for _ in range(70)), col, 9)
    k = 0
    for cxx, lim in ((x0, foot - 8), (x0 + col + 18, 800)):
        ty = top
        if cxx == x0:
            s.text(x0, ty, "0  引言", 10)
            ty += 18
        while ty < lim and k < len(body):
            s.text(cxx, ty, body[k], 9)
            ty += 15
            k += 1
    s.line(x0, foot, x0 + col * 0.5, foot, width=0.4)
    recv = date(y, m, 1) - timedelta(days=rng.randint(90, 260))
    fn = [f"收稿日期：{recv.isoformat()}",
          f"基金项目：甘肃省自然科学基金项目（{y - 2}JR{rng.randint(5, 7)}RA{rng.randint(100, 999)}）",
          f"作者简介：{names[0]}（{rng.randint(1970, 1996)}—），{rng.choice('男女')}，{rng.choice(('甘肃', '陕西', '青海'))}"
          f"人，{rng.choice(('工程师', '讲师', '副教授', '硕士研究生'))}，主要从事{rng.choice(('岩土工程', '市政工程', '道路工程'))}研究。"]
    fy = foot + 11
    for t in fn:
        for ln in s.wrap(t, col, 7.2):
            s.text(x0, fy, ln, 7.2)
            fy += 10
    s.text(W / 2, 818, str(page1), 8.5, align="center")
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": jname,
             "published": f"{y:04d}-{m:02d}"}
    if with_issn:
        truth["issn"] = sn
    return Drawn(paper, truth, f"{y}-{m:02d}-20", producer=rng.choice(("Adobe InDesign CS6 (Windows)",
                                                                       "方正书版 10.0", "Acrobat Distiller 11.0")))


# --------------------------------------------------------------------------
# 高职 毕业证书 landscape on a guilloche sheet, QR and 电子注册号 bottom right (scan)
# --------------------------------------------------------------------------

def _guilloche(s: Sheet, rng: random.Random, x0: float, y0: float, x1: float, y1: float) -> None:
    shape = s.page.new_shape()
    amp, per = rng.uniform(5, 9), rng.uniform(40, 70)
    yy = y0 + 4
    while yy < y1:
        pts = [pymupdf.Point(x, yy + amp * math.sin((x - x0) / per * 2 * math.pi + yy / 13))
               for x in range(int(x0), int(x1) + 1, 6)]
        shape.draw_polyline(pts)
        yy += 7
    shape.finish(color=(0.55, 0.6, 0.55), width=0.3, stroke_opacity=0.35)
    shape.commit()


def _blank(s: Sheet, x: float, y: float, value: str, size: float, min_w: float) -> float:
    """A value typed onto a printed underlined blank; returns x after the blank."""
    w = max(min_w, s.width(value, size) + 12)
    s.text(x + (w - s.width(value, size)) / 2, y, value, size)
    s.line(x, y + 3, x + w, y + 3, width=0.5, grey=0.2)
    return x + w


@family("dip_vocational_qr_landscape", "diploma", "scan",
        "2010s-2020s 高职（专科）毕业证书 printed LANDSCAPE on a guilloche 防伪 sheet, photographed flat: 学号 top left, photo "
        "with 钢印 and 身份证号 under it on the left, school name over '毕业证书', prose as a template with the values on "
        "underlined blanks, 校（院）长 and seal bottom centre, QR code bottom right with '证书编号（电子注册号）', 发证日期 and "
        "the 学信网 查询 address")
def dip_vocational_qr_landscape(p: dict, rng: random.Random, face: str) -> Drawn:
    q = redate(p, rng, rng.randint(2012, 2023), level="大专")
    W, H = 800.0, 560.0
    paper = Paper(face, (W, H))
    s = paper[0]
    s.box(0, 0, W, H, width=0, grey=0.97, fill=0.97)
    _guilloche(s, rng, 30, 30, W - 30, H - 30)
    s.box(20, 20, W - 20, H - 20, width=3.0, grey=0.35)
    s.box(28, 28, W - 28, H - 28, width=0.6, grey=0.35)
    sid = f"{q['start_date'][:4]}{rng.randint(10, 99)}{rng.randint(100, 999)}{rng.randint(10, 99)}"
    s.text(52, 58, f"学号：{sid}", 10)
    px, py, pw, ph = 70, 150, 104, 140
    s.photo(px, py, pw, ph)
    s.seal(px + pw - 6, py + ph - 10, 30, q["school"], color=(0.55, 0.55, 0.55))
    s.text(px + pw / 2, py + ph + 24, "身份证号", 9, align="center")
    s.text(px + pw / 2, py + ph + 40, q["id_number"], 9.5, align="center")
    cx = (px + pw + W - 40) / 2 + 10
    s.text(cx, 96, q["school"], 24, align="center", track=3)
    s.text(cx, 150, "毕 业 证 书", 30, align="center", track=8)
    size = 13.5
    lead = 34.0
    lx = px + pw + 50
    y = 205.0
    style = rng.choice(("cn", "cn0"))
    birth, tb = fdate(q["birth_date"], style)
    start, ts = fdate(q["start_date"], style, month=True)
    grad, tg = fdate(q["graduation_date"], style, month=True)
    x = s.text(lx + 28, y, "学生", size) + 4
    x = _blank(s, x, y, q["name"], size, 70) + 4
    x = s.text(x, y, "，性别", size) + 4
    x = _blank(s, x, y, q["gender"], size, 30) + 4
    x = s.text(x, y, "，", size)
    x = _blank(s, x, y, birth, size, 110) + 2
    s.text(x, y, "生，", size)
    y += lead
    x = s.text(lx, y, "于", size) + 2
    x = _blank(s, x, y, start, size, 80) + 2
    x = s.text(x, y, "至", size) + 2
    x = _blank(s, x, y, grad, size, 80) + 2
    x = s.text(x, y, "在本校", size) + 4
    x = _blank(s, x, y, q["major"], size, 100) + 4
    s.text(x, y, "专业", size)
    y += lead
    x = _blank(s, lx, y, "三", size, 30) + 2
    x = s.text(x, y, "年制", size) + 2
    x = _blank(s, x, y, rng.choice(("专科", "高职（专科）")), size, 50) + 2
    s.text(x, y, "学习，修完教学计划规定的全部课程，成绩", size)
    y += lead
    s.text(lx, y, "合格，准予毕业。", size)
    y += lead + 28
    s.text(lx + 10, y, f"校（院）长：{q['principal']}", 13)
    sx = s.text(cx + 60, y, q["school"], 13)
    s.seal((cx + 60 + sx) / 2, y - 6, 46, q["school"])
    # bottom right: QR and the registration number
    qr = pymupdf.Pixmap(_qr(rng, 25))
    qx, qy = W - 150, H - 140
    s.page.insert_image(pymupdf.Rect(qx, qy, qx + 88, qy + 88), pixmap=qr)
    gd, _ = fdate(q["graduation_date"], style)
    tx = qx - 12
    s.text(tx, qy + 24, f"证书编号（电子注册号）：{q['certificate_no']}", 9.5, align="right")
    s.text(tx, qy + 44, f"发证日期：{gd}", 9.5, align="right")
    s.text(tx, qy + 64, "学信网查询：https://www.chsi.com.cn", 9, align="right")
    s.text(qx + 44, qy + 102, "扫码验证", 8, align="center", color=GREY)
    _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.4, 1.8), rng.uniform(0.9, 0.95), rng.uniform(0.3, 0.5))
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": tb, "school": q["school"], "major": q["major"],
             "level": "大专", "start_date": ts, "graduation_date": tg, "certificate_no": q["certificate_no"]}
    return Drawn(paper, truth, q["graduation_date"], dpi=rng.choice((150, 160, 170)), level=rng.choice((1, 2, 2)))


# --------------------------------------------------------------------------
# 在职情况证明表 printed blank, filled in by hand, ticks in ink (scan)
# --------------------------------------------------------------------------

QUAL13 = {"技术员": "员级", "工程师": "助理工程师", "项目技术负责人": "工程师", "设计员": "助理工程师",
          "主管护师": "护师", "施工员": "助理工程师", "安全员": "技术员", "专职教师": "二级教师",
          "研发工程师": "助理工程师", "技术部副部长": "工程师", "质量检测员": "助理工程师"}
DEPTS13 = ("工程技术部", "项目管理部", "质量安全部", "设计所", "生产运营部", "技术研发中心", "检验科", "教务处")


def _tick(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A hand tick over a printed box whose top-left is (x, y)."""
    j = rng.uniform(-1, 1)
    s.page.draw_polyline([pymupdf.Point(x + 1 + j, y + 5), pymupdf.Point(x + 4.5, y + 9.5 + j),
                          pymupdf.Point(x + 12 + j, y - 3)], color=INK, width=1.3)


@family("emp_handfilled_checkbox", "employment_proof", "scan",
        "printed blank form 专业技术人员在职情况证明表（职称申报用）FILLED IN BY HAND (ballpoint) and photographed: values on "
        "underlined blanks, 公民身份号码 digit by digit in 18 boxes, 用工形式 □在编 □聘用 □劳动合同 □劳务派遣 and 岗位类别 "
        "□专业技术岗 □管理岗 □工勤技能岗 ticked in ink, 现专业技术资格 and 参加工作时间 as distractors beside 现任岗位 "
        "and 本单位入职时间, 单位意见 with the seal")
def emp_handfilled_checkbox(p: dict, rng: random.Random, face: str) -> Drawn:
    unit, post = p["unit"], p["position"]
    ws = date.fromisoformat(p["work_start"])
    first = date(ws.year - rng.choice((0, 0, 1, 2, 3)), rng.choice((7, 8)), 1)
    if first > ws:
        first = ws
    issued = date(max(ws.year + 2, 2023), rng.randint(1, 12), rng.randint(1, 28))
    paper = Paper(face, A4)
    s = paper[0]
    keep = paper.font
    hand = fonts.font("kai") if fonts.path_of("kai") else keep
    x0, x1 = 64.0, A4[0] - 64.0

    def write(x: float, y: float, text: str, size: float = 12.5) -> float:
        paper.font = hand
        xe = s.text(x + rng.uniform(-1, 2), y + rng.uniform(-1.2, 0.8), text, size, color=INK)
        paper.font = keep
        return xe

    def label_blank(x: float, y: float, label: str, value: str, w: float, size: float = 11) -> float:
        xe = s.text(x, y, label, size)
        s.line(xe + 2, y + 3, xe + 2 + w, y + 3, width=0.5)
        if value:
            write(xe + 8, y - 1, value)
        return xe + 2 + w

    s.text(A4[0] / 2, 70, "专业技术人员在职情况证明表", 18, align="center", track=2)
    s.text(A4[0] / 2, 92, "（职称申报用）", 11, align="center")
    s.text(x1, 114, "编号：__________", 9.5, align="right")
    y = 148.0
    label_blank(x0, y, "姓    名：", p["name"], 120)
    label_blank(x0 + 250, y, "性    别：", p["gender"], 60)
    y += 36
    s.text(x0, y, "公民身份号码：", 11)
    bx = x0 + 84
    cw = 17.5
    for i in range(18):
        s.box(bx + i * cw, y - 13, bx + (i + 1) * cw, y + 6, width=0.6)
    paper.font = hand
    for i, ch in enumerate(p["id_number"]):
        s.text(bx + i * cw + cw / 2 + rng.uniform(-1, 1), y + 1 + rng.uniform(-1, 1), ch, 12, align="center", color=INK)
    paper.font = keep
    y += 36
    label_blank(x0, y, "工作单位：", unit, 330)
    y += 36
    label_blank(x0, y, "所在部门：", rng.choice(DEPTS13), 140)
    label_blank(x0 + 250, y, "现任岗位：", post, 130)
    y += 36
    qual = QUAL13.get(post, "助理工程师")
    label_blank(x0, y, "现专业技术资格：", qual, 110)
    got = date(max(first.year, min(ws.year + rng.randint(1, 3), issued.year - 1)), 12, 1)
    label_blank(x0 + 250, y, "取得时间：", fdate(got.isoformat(), "cn", month=True)[0], 110)
    y += 36
    dstyle = rng.choice(("cn", "cn0", "dot"))
    fs, _ = fdate(first.isoformat(), dstyle, month=True)
    ss, ts = fdate(p["work_start"], dstyle, month=True)
    label_blank(x0, y, "参加工作时间：", fs, 104)
    label_blank(x0 + 250, y, "本单位入职时间：", ss, 98)
    y += 40
    # checkboxes
    forms = ("在编", "聘用", "劳动合同", "劳务派遣")
    chosen = rng.choice(("在编", "聘用", "劳动合同", "劳动合同"))
    s.text(x0, y, "用工形式：", 11)
    x = x0 + 64
    for f_ in forms:
        s.box(x, y - 10, x + 10, y, width=0.7)
        if f_ == chosen:
            _tick(s, x, y - 10, rng)
        x = s.text(x + 14, y, f_, 11) + 22
    y += 30
    s.text(x0, y, "岗位类别：", 11)
    x = x0 + 64
    for f_ in ("专业技术岗", "管理岗", "工勤技能岗"):
        s.box(x, y - 10, x + 10, y, width=0.7)
        if f_ == "专业技术岗":
            _tick(s, x, y - 10, rng)
        x = s.text(x + 14, y, f_, 11) + 22
    y += 34
    s.text(x0, y, "主要工作内容：", 11)
    for k in range(2):
        s.line(x0 + 84 * (k == 0), y + 3 + 28 * k, x1, y + 3 + 28 * k, width=0.5)
    write(x0 + 92, y - 1, f"负责{rng.choice(('项目施工技术管理', '工程设计与技术复核', '质量检测与技术资料', '技术方案编制'))}工作")
    y += 70
    # 单位意见
    s.box(x0, y, x1, y + 190, width=0.8)
    s.text(x0 + 10, y + 22, "单位意见：", 11.5)
    s.para(x0 + 34, y + 48, "经核实，该同志以上情况属实，现在我单位在职在岗，同意其申报专业技术职务任职资格。",
           x1 - x0 - 60, 11.5, leading=1.9)
    s.text(x0 + 20, y + 124, "单位负责人（签字）：", 11)
    write(x0 + 140, y + 124, rng.choice(("李建军", "何培元", "马海燕", "周淼")), 13)
    s.text(x0 + 20, y + 154, "经办人：", 11)
    write(x0 + 74, y + 154, _clerk(rng, p["name"]), 13)
    s.text(x1 - 20, y + 134, "（单位盖章）", 11, align="right")
    for xx, ch, v in ((x1 - 140, "年", issued.year), (x1 - 96, "月", issued.month), (x1 - 52, "日", issued.day)):
        s.text(xx, y + 164, ch, 11)
        write(xx - 8 - 6.5 * len(str(v)), y + 163, str(v), 12)
    s.seal(x1 - 110, y + 124, 44, unit)
    y += 214
    s.para(x0, y, "说明：1. 本表由申报人所在单位人事部门据实填写，涂改无效；2. 用工形式、岗位类别在相应“□”内打“√”；"
                  "3. 本单位入职时间以劳动（聘用）合同或调入手续为准。", x1 - x0, 8.8, leading=1.7)
    _photograph(paper, rng, rng.choice((-1, 1)) * rng.uniform(0.5, 2.4), rng.uniform(0.88, 0.94), rng.uniform(0.3, 0.5))
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": unit, "position": post, "start_date": ts}
    return Drawn(paper, truth, issued.isoformat(), dpi=rng.choice((150, 160)), level=rng.choice((1, 2, 2)))
