"""Twenty-first round of held-out families (issue 12: a failed held-out family is fixed by method,
moved to "seen", and replaced by a new one), written from real documents' layouts and wording
without looking at the parsers. All four are social-insurance evidence as applicants in 兰州新区
upload it; the truth is always what is printed (and, for a photograph, what is in the picture).

* si_household_two_persons — a 社保经办机构 counter print (参保人员缴费明细 / 企业职工基本养老保险
  参保缴费明细) that holds TWO persons printed in one job: the clerk printed the applicant's and the
  spouse's records together (a couple applying for 人才公寓 or 子女入学 at the same window) and the
  applicant uploaded the whole PDF (text). Each person's section has its own title, its own holder
  block (姓名 / 性别 / 个人编号 // 公民身份号码 / 参保状态 // 现参保单位; ruled grid or label lines), its
  own 缴费起止 / 实缴月数 line and its own monthly table (序号 | 缴费年月 | 缴费单位 | 缴费基数 | 个人缴费 |
  单位缴费 | 缴费状态, orders vary; 欠缴 / 中断 months 0.00) with a 小计 line; the second section starts
  on a new page on some prints and right after the first (a gap and a rule) on others, the SPOUSE'S
  section first on some; '（第1人/共2人）' tags on some; agency, 经办人, 打印日期 and the seal at the end,
  '第 k 页 共 n 页' over the whole job. The spouse (other gender, another ID, another unit) paid in
  overlapping months. Truth: the applicant's name, ID and rows only.
* si_phone_photo_cut_bottom — one page of a 参保缴费明细 photographed with a phone held too close: the
  page fills the picture, the desk shows along the top and one side, and the PICTURE'S LOWER EDGE
  cuts the page through the table (scan, colour JPEG): the last row or two are only partly in the
  picture (half a line of text, or only the tops of the glyphs; the frame's edge is a little
  tilted against the rows, so one row may be cut at one end only), the rows below are not in the
  picture at all. Print: agency, title, holder lines (姓名, 公民身份号码, 个人编号, 单位), ruled table
  缴费年月 | 缴费单位 | 缴费基数 | 个人缴费 | 单位缴费? | 缴费状态 (序号 on some), warm light falling off
  to one side. Truth: name, ID, and only the rows FULLY in the picture.
* si_yearly_sheets_zip_like — the 甘肃省 城镇企业职工基本养老保险 个人账户 年度对账单 as the 网上经办 /
  甘肃人社 app issues it, ONE PDF PER YEAR, downloaded for 2019-2023 (a zip of year files) and
  merged into one PDF (text): every page a small annual statement with its own title '…个人账户
  对账单（2021年度）', holder block (姓名 / 公民身份号码 / 个人编号 / 单位名称 / 单位编号), '一、本年度缴费
  及记账情况' (one row per unit of the year: 缴费单位 | 缴费基数 | 缴费月数 | 个人缴费 | 单位划入 (0.00
  since 2006) | 本年记账额, then 上年末累计储存额 | 本年记账利息 (the year's 记账利率) | 年末累计储存额),
  '二、缴费明细' sub-table 缴费月份 | 缴费基数 | 个人缴费 | 缴费标志 with a '单位：…' row where the year's
  unit changes, a 欠缴 month (0.00) on some years and a 中断 stretch right after a change of unit
  (0.00), 说明, agency and date, and the file's own footer '第 1 页 共 1 页' (each year was its own
  file) on some; years ascending, or newest first (the zip's order) on some; the first year
  starts at the month of 参保. Truth: name, ID, one row per month listed.
* si_bank_passbook_style — the 社会保障卡（金融账户）/ 社保卡 co-branded bank account printed in
  PASSBOOK style (存折式明细, 甘肃银行 / 兰州银行 / 农业银行 / 甘肃省农村信用社) and photographed page by
  page (scan): pre-printed ruled page with the bank's name, 户名, 卡号 (masked), 开户网点, and on most a
  '代扣单位：…' line (the unit has the employee's 养老保险 个人部分 debited from the card under a
  委托扣款协议) or a '参保身份：灵活就业人员（个人缴费）' line; column heads 序号 | 交易日期 | 摘要 | 支出 |
  存入 | 余额 | 网点/柜员 (备注 on some); the rows printed by the passbook printer slightly off the
  pre-printed lines; 工资/代发工资, POS消费, ATM取现, 转账, 结息 rows mixed with the contribution debits
  whose month is only in the 摘要 ('代扣养老保险费2023年03月 基数4800.00', '社保扣款 养老保险202303')
  or with the base in the 备注; 医疗保险 debits (not 养老) on some, an '扣款失败 余额不足' row
  followed by the 补扣 on some; '承前页' / '过次页' rows. Truth: name, one row per month a 养老 debit
  names (unit = the 代扣单位, or 个人缴费 for the 灵活就业 holder; base printed; paid 1).
"""
from __future__ import annotations

import io
import math
import random
from datetime import date, timedelta

import numpy as np
from PIL import Image, ImageFilter

from .draw import A4, Paper, Sheet
from .facts import NAMES_F, NAMES_M, REGIONS, UNITS, id_check, months
from .fam_round7 import _truth_rows, _yuan
from .fam_round13 import _clerk
from .fam_round20 import _AGENCY20, _history20, _printed, _row_height, _table_row, _unit_no
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
FOOT = (0.25, 0.25, 0.25)


def _person_no(rng: random.Random) -> str:
    return f"62{rng.randint(10 ** 9, 10 ** 10 - 1)}"


# --------------------------------------------------------------------------
# two persons' 缴费明细 printed in one counter job (text)
# --------------------------------------------------------------------------

def _spouse(p: dict, rng: random.Random) -> dict:
    male = p["gender"] == "女"
    name = rng.choice([n for n in (NAMES_M if male else NAMES_F) if n != p["name"]])
    by = int(p["birth_date"][:4]) + rng.randint(-3, 4)
    birth = date(by, rng.randint(1, 12), rng.randint(1, 28))
    seq = rng.randrange(0, 100) * 10 + (rng.choice((1, 3, 5, 7, 9)) if male else rng.choice((0, 2, 4, 6, 8)))
    region = p["id_number"][:6] if rng.random() < 0.4 else rng.choice(REGIONS)
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return {"name": name, "gender": "男" if male else "女", "id_number": body + id_check(body)}


_COLS21 = {"序号": (28.0, "center"), "缴费年月": (62.0, "center"), "缴费单位": (0.0, "left"),
           "缴费基数": (64.0, "right"), "个人缴费": (58.0, "right"), "单位缴费": (58.0, "right"),
           "缴费状态": (50.0, "center")}
_TITLES21 = ("参保人员缴费明细", "企业职工基本养老保险参保缴费明细", "个人参保缴费明细")


@family("si_household_two_persons", "social_insurance", "text",
        "社保经办机构 counter print (参保人员缴费明细) holding TWO persons printed in one job, the applicant's and the "
        "SPOUSE'S: each section its own title, holder block (姓名/性别/个人编号//公民身份号码/参保状态//现参保单位, grid or "
        "label lines), 缴费起止/实缴月数 line, monthly table 序号|缴费年月|缴费单位|缴费基数|个人缴费|单位缴费|缴费状态 (orders "
        "vary, 欠缴/中断 0.00) and 小计; the second section on a new page or right after a rule, the spouse's first on some, "
        "'（第1人/共2人）' on some; spouse at another unit in overlapping months; agency/经办人/打印日期/seal at the end")
def si_household_two_persons(p: dict, rng: random.Random, face: str) -> Drawn:
    sp = _spouse(p, rng)
    rows_a = _history20(rng, p, rng.randint(14, 40), units=rng.choice((1, 2)))
    units_a = {r["unit"] for r in rows_a}
    sp["unit"] = rng.choice([u for u in UNITS if u not in units_a])
    rows_b = _history20(rng, sp, rng.randint(12, 36), units=1)
    for r in rows_b:
        r["unit"] = sp["unit"]
    people = [(p, rows_a), (sp, rows_b)]
    if rng.random() < 0.4:
        people.reverse()
    printed = max(_printed(rows_a, rng), _printed(rows_b, rng))
    agency = rng.choice(_AGENCY20)
    title = rng.choice(_TITLES21)
    W, H = A4
    x0 = rng.choice((40.0, 46.0, 52.0))
    x1 = W - x0
    size = rng.choice((9.0, 9.5))
    row_h = rng.choice((17.0, 18.5, 20.0))
    cols = ["缴费年月", "缴费单位"] if rng.random() < 0.6 else ["缴费单位", "缴费年月"]
    cols += rng.choice((["缴费基数", "个人缴费", "单位缴费"], ["缴费基数", "单位缴费", "个人缴费"], ["缴费基数", "个人缴费"]))
    cols.append("缴费状态")
    if rng.random() < 0.6:
        cols.insert(0, "序号")
    fixed = sum(_COLS21[c][0] for c in cols)
    widths = [_COLS21[c][0] or (x1 - x0 - fixed) for c in cols]
    aligns = [_COLS21[c][1] for c in cols]
    mstyle = rng.choice(("compact", "iso", "cn0", "dot"))
    ok_word = rng.choice(("正常", "已缴", "已到账"))
    grid = rng.random() < 0.6
    new_page = rng.random() < 0.5
    tag = rng.random() < 0.5
    repeat_head = rng.random() < 0.6
    top_n, bottom = 60.0, H - 60.0

    paper = Paper(face, A4, pages=0)
    s = paper.add_page()
    s.text(x0, 40, f"{agency}", 9, color=GREY)
    s.text(x1, 40, f"打印时间：{printed:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", 9,
           align="right", color=GREY)
    y = 72.0

    def header(sh: Sheet, yy: float) -> float:
        return _table_row(sh, x0, yy, widths, cols, ["center"] * len(cols), size, row_h + 2)

    for k, (who, rows) in enumerate(people):
        if k == 1:
            if new_page or y + 220 > bottom:
                s = paper.add_page()
                y = top_n + 10
            else:
                y += 16
                s.line(x0, y, x1, y, width=0.6, grey=0.4)
                y += 30
        t = title + (f"（第{k + 1}人/共2人）" if tag else "")
        s.text(W / 2, y, t, 15, align="center", track=1)
        y += 14
        s.text(x0, y + 10, "险种：企业职工基本养老保险", 9.5)
        s.text(x1, y + 10, "金额单位：元", 9.5, align="right")
        y += 18
        pno = _person_no(rng)
        status = "参保缴费" if rows[-1]["paid"] else "暂停缴费"
        if grid:
            gw = [64.0, 0.0, 40.0, 40.0, 56.0, 90.0]
            gw[1] = x1 - x0 - sum(gw)
            y = s.table(x0, y, gw, [["姓名", who["name"], "性别", who["gender"], "个人编号", pno]], 9.5, min_h=21,
                        pad=3, align=["center", "left"] * 3)
            gw2 = [64.0, 0.0, 80.0, 106.0]
            gw2[1] = x1 - x0 - sum(gw2)
            y = s.table(x0, y, gw2, [["公民身份号码", who["id_number"], "参保状态", status]], 9.5, min_h=21, pad=3,
                        align=["center", "left"] * 2)
            y = s.table(x0, y, [64.0, x1 - x0 - 64.0], [["现参保单位", who["unit"]]], 9.5, min_h=21, pad=3,
                        align=["center", "left"])
        else:
            y += 12
            s.text(x0, y, f"姓名：{who['name']}", 10)
            s.text(x0 + 120, y, f"性别：{who['gender']}", 10)
            s.text(x0 + 200, y, f"公民身份号码：{who['id_number']}", 10)
            y += 17
            s.text(x0, y, f"个人编号：{pno}", 10)
            s.text(x0 + 200, y, f"参保状态：{status}", 10)
            y += 17
            s.text(x0, y, f"现参保单位：{who['unit']}", 10)
            y += 4
        paid = [r for r in rows if r["paid"]]
        y += 17
        s.text(x0, y, f"缴费起止：{fdate(rows[0]['month'], 'cn0', month=True)[0]}—"
                      f"{fdate(rows[-1]['month'], 'cn0', month=True)[0]}", 9.5)
        s.text(x1, y, f"实缴月数：{len(paid)}  欠缴及中断月数：{len(rows) - len(paid)}", 9.5, align="right")
        y = header(s, y + 8)
        for i, r in enumerate(rows, 1):
            b = r["base"]
            v = {"序号": str(i), "缴费年月": fdate(r["month"], mstyle, month=True)[0], "缴费单位": r["unit"],
                 "缴费基数": _yuan(b), "个人缴费": _yuan(b * 0.08 if r["paid"] else 0.0),
                 "单位缴费": _yuan(b * 0.16 if r["paid"] else 0.0),
                 "缴费状态": {"正常": ok_word, "补缴": "补缴", "欠缴": "欠缴", "中断": "中断"}[r["status"]]}
            c = [v[x] for x in cols]
            if y + _row_height(s, widths, c, size, row_h) > bottom:
                s = paper.add_page()
                y = top_n
                if repeat_head:
                    y = header(s, y)
            y = _table_row(s, x0, y, widths, c, aligns, size, row_h)
        if y + 24 > bottom:
            s = paper.add_page()
            y = top_n
        y += 16
        s.text(x0, y, f"小计：实缴{len(paid)}个月，个人缴费合计{_yuan(sum(r['base'] * 0.08 for r in paid))}元。", 9.5)
    if y + 90 > bottom:
        s = paper.add_page()
        y = top_n
    y += 34
    s.text(x0, y, f"经办人：{_clerk(rng, p['name'], sp['name'])}", 10)
    s.text(x1 - 20, y, f"经办机构：{agency}", 10, align="right")
    s.text(x1 - 20, y + 22, f"打印日期：{fdate(printed.isoformat(), rng.choice(('cn', 'iso')))[0]}", 10, align="right")
    s.seal(x1 - 90 + rng.uniform(-12, 12), y + 8, 42, agency + "业务专用章")
    n = len(paper.sheets)
    for k, sh in enumerate(paper.sheets):
        sh.text(W / 2, H - 30, f"第 {k + 1} 页 共 {n} 页", 8.5, align="center", color=FOOT)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(rows_a)}
    return Drawn(paper, truth, printed.isoformat(), producer=rng.choice(("FineReport", "iText 5.5.13", "")))


# --------------------------------------------------------------------------
# one page photographed too close: the picture's lower edge cuts the table (scan)
# --------------------------------------------------------------------------

class _CutPhoto(Paper):
    """Page 1 photographed with a phone: desk along the top and one side, the picture's lower
    edge along ``cut`` (a line y = a + b·x in page points) so that what lies below is not in it."""

    cut: tuple[float, float] = (700.0, 0.0)

    def scan(self, rng: random.Random, *, dpi: int = 150, level=None, date: str = "2024-01-01"):
        self._flush()
        page = self.doc[0]
        k = dpi / 72.0
        pix = page.get_pixmap(dpi=dpi, alpha=False)
        sheet = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).astype(np.float32)
        sh, sw = sheet.shape[:2]
        paper_tone = np.array(rng.choice(((246, 243, 236), (240, 240, 238), (248, 244, 232))), np.float32)
        sheet = paper_tone[None, None, :] * (sheet / 255.0) + (1 - sheet / 255.0) * np.array((28, 28, 34), np.float32)
        # the desk round the page: more room on top and one side
        mt, ml, mr = int(sh * rng.uniform(0.03, 0.07)), int(sw * rng.uniform(0.01, 0.06)), int(sw * rng.uniform(0.01, 0.06))
        if rng.random() < 0.5:
            ml, mr = mr // 3, mr
        else:
            ml, mr = ml, ml // 3
        H, W = sh + mt + 40, sw + ml + mr
        gen = np.random.default_rng(rng.getrandbits(32))
        desk_col = np.array(rng.choice(((92, 70, 52), (120, 96, 70), (70, 72, 78), (150, 140, 128))), np.float32)
        grain = np.asarray(Image.fromarray((gen.normal(128, 30, (H, 16))).clip(0, 255).astype(np.uint8))
                           .resize((W, H), Image.Resampling.BICUBIC), np.float32) / 255.0
        canvas = desk_col[None, None, :] * (0.8 + 0.4 * grain[..., None])
        canvas[mt:mt + sh, ml:ml + sw] = sheet
        # the page's own little shadow on the desk along its edges
        img = Image.fromarray(canvas.clip(0, 255).astype(np.uint8), "RGB")
        a, b = self.cut
        theta = math.atan(b)
        # the cut line in canvas pixels through two points, and the rotation that makes it level
        px0, py0 = ml + 0.0, mt + a * k
        deg = math.degrees(theta)
        img = img.rotate(deg, resample=Image.Resampling.BICUBIC, fillcolor=tuple(int(c) for c in desk_col))
        cx, cy = W / 2, H / 2
        dx, dy = px0 - cx, py0 - cy
        y_cut = cy + (-dx * math.sin(theta) + dy * math.cos(theta))
        y_cut = int(round(y_cut))
        top = int(abs(math.sin(theta)) * W / 2) + 2
        side = int(abs(math.sin(theta)) * H / 2) + 2
        img = img.crop((side, top, W - side, y_cut))
        # light: warm, falling off towards one side and the top, a little blur and sensor noise
        arr = np.asarray(img, np.float32)
        h, w = arr.shape[:2]
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        lx = rng.choice((0.2, 0.8)) * w
        light = 1.05 - 0.28 * (np.abs(xs - lx) / w) - 0.08 * (1 - ys / h)
        arr = arr * light[..., None] * np.array((1.02, 1.0, 0.93), np.float32)[None, None, :]
        arr += gen.normal(0, 3.0, arr.shape).astype(np.float32)
        out = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        out.save(buf, format="JPEG", quality=rng.randint(74, 86), optimize=True)
        return buf.getvalue(), ".jpg"


_TITLES_CUT = ("参保人员缴费明细", "社会保险个人缴费明细", "企业职工基本养老保险个人缴费明细")


@family("si_phone_photo_cut_bottom", "social_insurance", "scan",
        "one page of a 参保缴费明细 photographed with a phone held too close (colour JPEG): desk along the top and one side, "
        "the PICTURE'S LOWER EDGE cuts through the table, a little tilted against the rows: the last row or two only partly "
        "in the picture (half a line, or the tops of the glyphs), the rest of the page not in it; agency, title, holder lines "
        "(姓名, 公民身份号码, 个人编号, 单位), ruled table 缴费年月|缴费单位|缴费基数|个人缴费|单位缴费?|缴费状态 (序号 on some); truth "
        "only the rows fully in the picture")
def si_phone_photo_cut_bottom(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _history20(rng, p, rng.randint(40, 60), units=rng.choice((1, 2)))
    printed = _printed(rows, rng)
    agency = rng.choice(_AGENCY20)
    W, H = A4
    x0 = rng.choice((40.0, 46.0, 52.0))
    x1 = W - x0
    size = rng.choice((9.5, 10.0, 10.5))
    row_h = rng.choice((19.0, 20.0, 21.5))
    cols = ["缴费年月", "缴费单位", "缴费基数", "个人缴费"]
    if rng.random() < 0.5:
        cols.append("单位缴费")
    cols.append("缴费状态")
    if rng.random() < 0.5:
        cols.insert(0, "序号")
    fixed = sum(_COLS21[c][0] for c in cols)
    widths = [_COLS21[c][0] or (x1 - x0 - fixed) for c in cols]
    aligns = [_COLS21[c][1] for c in cols]
    mstyle = rng.choice(("compact", "iso", "cn0"))
    ok_word = rng.choice(("正常", "已缴", "已实缴"))
    paper = _CutPhoto(face, A4)
    s = paper[0]
    s.text(W / 2, 50, agency, 11, align="center", track=1)
    s.text(W / 2, 78, rng.choice(_TITLES_CUT), 16, align="center", track=2)
    y = 104.0
    s.text(x0, y, f"姓名：{p['name']}", 10.5)
    s.text(x0 + 150, y, f"公民身份号码：{p['id_number']}", 10.5)
    y += 19
    s.text(x0, y, f"个人编号：{_person_no(rng)}", 10.5)
    s.text(x0 + 150, y, f"单位：{p['unit']}", 10.5)
    y += 19
    s.text(x0, y, "险种：企业职工基本养老保险", 10)
    s.text(x1, y, f"打印日期：{printed:%Y-%m-%d}", 10, align="right")
    y = _table_row(s, x0, y + 10, widths, cols, ["center"] * len(cols), size, row_h + 2)
    bands = []      # each row's glyph band (top, bottom) in page points
    bottom = H - 50
    for i, r in enumerate(rows, 1):
        b = r["base"]
        v = {"序号": str(i), "缴费年月": fdate(r["month"], mstyle, month=True)[0], "缴费单位": r["unit"],
             "缴费基数": _yuan(b), "个人缴费": _yuan(b * 0.08 if r["paid"] else 0.0),
             "单位缴费": _yuan(b * 0.16 if r["paid"] else 0.0),
             "缴费状态": {"正常": ok_word, "补缴": "补缴", "欠缴": "欠缴", "中断": "中断"}[r["status"]]}
        c = [v[x] for x in cols]
        h = _row_height(s, widths, c, size, row_h)
        if y + h > bottom:
            break
        n_lines = max(len(s.wrap(t, w - 6, size) or [""]) for t, w in zip(c, widths))
        first = y + (h - n_lines * size * 1.3) / 2 + size * 1.0
        bands.append((first - size * 0.9, first + (n_lines - 1) * size * 1.3 + size * 0.18))
        y = _table_row(s, x0, y, widths, c, aligns, size, row_h)
    s.text(W / 2, H - 30, "第 1 页 共 2 页", 8.5, align="center", color=FOOT)
    # the picture's lower edge: through the glyphs of a row between the 12th and the last few, a
    # little tilted; no row may lie so close above it that "fully in" is a matter of a point
    xa, xb = x0 + 4, x1 - 4
    xm = (x0 + x1) / 2
    lo = min(12, len(bands) - 3)
    for _ in range(60):
        kcut = rng.randint(lo, len(bands) - 2)
        t, bt = bands[kcut]
        ymid = t + (bt - t) * rng.uniform(0.3, 0.7)
        slope = rng.choice((-1, 1)) * rng.uniform(0.004, 0.03)
        ends = (ymid + slope * (xa - xm), ymid + slope * (xb - xm))
        lmin, lmax = min(ends), max(ends)
        full = [i for i, (tt, bb) in enumerate(bands) if bb <= lmin - 2.5]
        near = [i for i, (tt, bb) in enumerate(bands) if lmin - 2.5 < bb <= lmin + 0.5]
        sliver = [i for i, (tt, bb) in enumerate(bands) if tt < lmax and tt > lmax - 1.5]
        if not near and not sliver:
            break
    paper.cut = (ymid - slope * xm, slope)
    kept = [rows[i] for i in full]
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(kept)}
    return Drawn(paper, truth, printed.isoformat(), dpi=rng.choice((150, 160, 170)))


# --------------------------------------------------------------------------
# 个人账户 年度对账单, one page per year (text)
# --------------------------------------------------------------------------

RATES = {2016: 8.31, 2017: 7.12, 2018: 8.29, 2019: 7.61, 2020: 6.04, 2021: 6.69, 2022: 6.12, 2023: 3.97}


def _yearly_history(rng: random.Random, p: dict) -> list[dict]:
    """Months from the 参保 month in the first year to December of the last: one unit change in a
    middle year (a 中断 stretch right after it on some), a 欠缴 month on some, the base raised in
    January and set anew at the change."""
    y1 = rng.choice((2022, 2023, 2023))
    y0 = y1 - rng.randint(2, 4)
    m0 = rng.randint(1, 10)
    n = (y1 - y0) * 12 + 12 - (m0 - 1)
    ms = months(rng, f"{y0}-{m0:02d}", n)
    prev = rng.choice([u for u in UNITS if u != p["unit"]])
    change = rng.random() < 0.7
    switch = rng.randint(14, n - 8) if change else 0
    stop = set()
    if change and rng.random() < 0.6:
        stop = set(range(switch, switch + rng.randint(1, 3)))
    owed = -1
    if rng.random() < 0.6:
        owed = rng.choice([i for i in range(1, n - 1) if i not in stop and i - 1 not in stop and i != switch - 1])
    base = rng.choice((3436.0, 3877.0, 4120.5, 4500.0, 4800.0, 5231.0))
    rows = []
    for i, m in enumerate(ms):
        if change and i == switch:
            base = rng.choice((4350.0, 4688.0, 5100.0, 5600.0, 6217.5))
        elif i and m.endswith("-01"):
            base = round(base * rng.choice((1.03, 1.05, 1.07)), rng.choice((0, 0, 1)))
        status = "中断" if i in stop else "欠缴" if i == owed else "正常"
        rows.append({"month": m, "unit": prev if i < switch else p["unit"], "base": base,
                     "paid": 0 if status != "正常" else 1, "status": status})
    return rows


_YEAR_TITLES = ("甘肃省城镇企业职工基本养老保险个人账户对账单", "城镇企业职工基本养老保险个人权益对账单",
                "企业职工基本养老保险个人账户年度对账单")


@family("si_yearly_sheets_zip_like", "social_insurance", "text",
        "甘肃省 城镇企业职工基本养老保险 个人账户 年度对账单, ONE PDF PER YEAR (2019-2023) downloaded as a zip and merged: each "
        "page its own title '…对账单（2021年度）', holder block (姓名/公民身份号码/个人编号/单位名称/单位编号), '一、本年度缴费及记账"
        "情况' (per unit: 缴费单位|缴费基数|缴费月数|个人缴费|单位划入 0.00|本年记账额; 上年末累计储存额|记账利息|年末累计储存额), "
        "'二、缴费明细' 缴费月份|缴费基数|个人缴费|缴费标志 with a '单位：…' row at a change, 欠缴 month, 中断 stretch after a "
        "change of unit (0.00), 说明 with the 记账利率, agency/date, each page '第 1 页 共 1 页' on some; years ascending or "
        "newest first")
def si_yearly_sheets_zip_like(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = _yearly_history(rng, p)
    years = sorted({int(r["month"][:4]) for r in rows})
    printed = date(years[-1] + 1, rng.randint(2, 6), rng.randint(2, 27))
    agency = rng.choice(_AGENCY20)
    title = rng.choice(_YEAR_TITLES)
    pno = _person_no(rng)
    codes = {u: _unit_no(rng) for u in {r["unit"] for r in rows}}
    mstyle = rng.choice(("iso", "compact", "cn0"))
    flags = rng.choice((("已缴", "欠缴", "中断"), ("正常", "欠费", "中断"), ("足额", "欠缴", "中断")))
    ruled = rng.random() < 0.7
    per_file_foot = rng.random() < 0.6
    W, H = A4
    x0, x1 = rng.choice((50.0, 56.0)), W - rng.choice((50.0, 56.0))
    size = rng.choice((9.0, 9.5))
    row_h = rng.choice((15.5, 16.5, 17.5))
    paper = Paper(face, A4, pages=0)
    stored = round(rng.uniform(0, 3000), 2) if rows[0]["month"][5:7] != "01" or rng.random() < 0.3 else 0.0
    sheets = []
    for yr in years:
        yrows = [r for r in rows if r["month"].startswith(str(yr))]
        paid = [r for r in yrows if r["paid"]]
        credit = round(sum(r["base"] * 0.08 for r in paid), 2)
        rate = RATES.get(yr, 6.0)
        interest = round(stored * rate / 100 + credit * rate / 100 / 2 * rng.uniform(0.9, 1.0), 2)
        end = round(stored + credit + interest, 2)
        sheets.append((yr, yrows, paid, credit, rate, interest, stored, end))
        stored = end
    if rng.random() < 0.3:
        sheets.reverse()
    for yr, yrows, paid, credit, rate, interest, start, end in sheets:
        s = paper.add_page()
        y = 62.0
        s.text(W / 2, y, title, 15, align="center", track=1)
        y += 22
        s.text(W / 2, y, f"（{yr}年度）", 12, align="center")
        y += 26
        last_unit = yrows[-1]["unit"]
        lines = [(f"姓名：{p['name']}", f"公民身份号码：{p['id_number']}"),
                 (f"个人编号：{pno}", f"单位编号：{codes[last_unit]}"),
                 (f"单位名称：{last_unit}", "")]
        for a, b in lines:
            s.text(x0, y, a, 10)
            if b:
                s.text(x0 + 200, y, b, 10)
            y += 17
        s.text(x1, y - 17, "单位：元", 9, align="right", color=GREY)
        y += 6
        s.text(x0, y, "一、本年度缴费及记账情况", 11)
        y += 8
        sw = [0.0, 62.0, 50.0, 62.0, 56.0, 66.0]
        sw[0] = x1 - x0 - sum(sw)
        head = ["缴费单位", "缴费基数", "缴费月数", "个人缴费", "单位划入", "本年记账额"]
        y = _table_row(s, x0, y, sw, head, ["center"] * 6, size, row_h + 2)
        stretches: list[list[dict]] = []
        for r in yrows:
            if stretches and stretches[-1][-1]["unit"] == r["unit"]:
                stretches[-1].append(r)
            else:
                stretches.append([r])
        for st in stretches:
            pd = [r for r in st if r["paid"]]
            amt = sum(r["base"] * 0.08 for r in pd)
            y = _table_row(s, x0, y, sw, [st[0]["unit"], _yuan(st[0]["base"]), str(len(pd)), _yuan(amt), "0.00",
                                          _yuan(amt)], ["left", "right", "center", "right", "right", "right"], size,
                           row_h)
        tw = [(x1 - x0) / 3] * 3
        y = _table_row(s, x0, y, tw, [f"上年末累计储存额：{_yuan(start)}", f"本年记账利息：{_yuan(interest)}",
                                      f"年末累计储存额：{_yuan(end)}"], ["left"] * 3, size, row_h + 2)
        y += 22
        s.text(x0, y, "二、缴费明细", 11)
        y += 8
        dw = [90.0, 90.0, 90.0, 80.0]
        dx = x0 + (x1 - x0 - sum(dw)) / 2 if rng.random() < 0.5 else x0
        dh = ["缴费月份", "缴费基数", "个人缴费", "缴费标志"]
        if ruled:
            y = _table_row(s, dx, y, dw, dh, ["center"] * 4, size, row_h + 1)
        else:
            s.line(dx, y, dx + sum(dw), y, width=0.8)
            y = _table_row(s, dx, y, dw, dh, ["center"] * 4, size, row_h + 1, ruled=False)
            s.line(dx, y, dx + sum(dw), y, width=0.5)
        unit_seen = yrows[0]["unit"] if len(stretches) == 1 else None
        for r in yrows:
            if r["unit"] != unit_seen:
                label = f"单位：{r['unit']}（{codes[r['unit']]}）"
                if ruled:
                    s.box(dx, y, dx + sum(dw), y + row_h, width=0.5)
                s.text(dx + 4, y + row_h / 2 + size * 0.36, label, size)
                y += row_h
                unit_seen = r["unit"]
            flag = flags[0] if r["paid"] else flags[1] if r["status"] == "欠缴" else flags[2]
            y = _table_row(s, dx, y, dw, [fdate(r["month"], mstyle, month=True)[0], _yuan(r["base"]),
                                          _yuan(r["base"] * 0.08 if r["paid"] else 0.0), flag],
                           ["center", "right", "right", "center"], size, row_h, ruled=ruled)
        if not ruled:
            s.line(dx, y, dx + sum(dw), y, width=0.5)
        y += 20
        y = s.para(x0, y, f"说明：1.本对账单反映{yr}年度个人账户记账情况，{yr}年度记账利率为{rate:.2f}%；2.自2006年1月起"
                          "单位缴费不再划入个人账户；3.“欠缴”“中断”月份未记账，补缴后按规定记入；4.如有疑问请与参保地"
                          "社会保险经办机构联系。", x1 - x0, 8.5, leading=1.6)
        y = max(y + 16, H - 130)
        s.text(x1 - 20, y, agency, 10.5, align="right")
        s.text(x1 - 20, y + 20, f"打印日期：{fdate(printed.isoformat(), 'iso')[0]}", 10, align="right")
        s.seal(x1 - 20 - s.width(agency, 10.5) / 2 + rng.uniform(-10, 10), y - 4, 40, agency + "电子印章")
        if per_file_foot:
            s.text(W / 2, H - 30, "第 1 页 共 1 页", 8.5, align="center", color=FOOT)
    if not per_file_foot:
        n = len(paper.sheets)
        for k, sh in enumerate(paper.sheets):
            sh.text(W / 2, H - 30, f"- {k + 1} / {n} -", 8.5, align="center", color=FOOT)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": _truth_rows(rows)}
    return Drawn(paper, truth, printed.isoformat(), producer=rng.choice(("iText 7.1.15", "Microsoft: Print To PDF",
                                                                        "PDFsam Basic v4.3.4")))


# --------------------------------------------------------------------------
# 社保卡 金融账户 printed passbook style, photographed page by page (scan)
# --------------------------------------------------------------------------

BANKS21 = ("甘肃银行", "兰州银行", "中国农业银行", "甘肃省农村信用社", "中国建设银行")
BRANCHES21 = ("兰州新区支行", "兰州新区中川支行", "兰州新区秦川分理处", "永登支行营业部", "兰州新区分行营业部")
SHOPS21 = ("POS消费 兰州新区华联超市", "POS消费 中石油加油站", "快捷支付 财付通", "快捷支付 支付宝", "POS消费 新区万达",
           "网联 美团支付", "POS消费 兰州新区人民医院")


def _passbook_rows(rng: random.Random, p: dict, flexible: bool, start: float) -> tuple[list[dict], list[dict]]:
    """(the printed rows in date order, the contribution truth rows)."""
    n = rng.randint(8, 12)
    end = rng.choice(((2023, 12), (2024, 3), (2024, 5)))
    t0 = end[0] * 12 + end[1] - 1 - (n - 1)
    ms = months(rng, f"{t0 // 12:04d}-{t0 % 12 + 1:02d}", n)
    base = rng.choice((3877.0, 4120.5, 4500.0, 4800.0, 5231.0)) if not flexible else rng.choice((3436.0, 4120.5, 5726.0))
    rate = 0.20 if flexible else 0.08
    salary = rng.choice((4200.0, 4860.5, 5320.0, 6108.3, 6890.0))
    style = rng.choice(("a", "b", "c"))
    medical = flexible and rng.random() < 0.7 or rng.random() < 0.3
    fail_at = rng.randrange(1, n - 1) if rng.random() < 0.5 else -1
    rows: list[dict] = []
    truth = []
    for i, m in enumerate(ms):
        y, mo = int(m[:4]), int(m[5:7])
        if i and mo == 1:
            base = round(base * rng.choice((1.03, 1.05, 1.06)), rng.choice((0, 0, 1)))
        if not flexible:
            rows.append({"d": date(y, mo, rng.choice((5, 8, 10))), "what": rng.choice(("代发工资", "工资", "代发工资")),
                         "in": salary + rng.choice((0, 0, 120.0, 300.0)), "note": p["unit"][:8] if rng.random() < 0.3 else ""})
        for _ in range(rng.randint(1, 2)):
            what = rng.choice(SHOPS21 + ("ATM取现",))
            out = float(rng.choice((100, 200, 300, 500, 1000))) if what == "ATM取现" else round(rng.uniform(18, 460), 2)
            rows.append({"d": date(y, mo, rng.randint(11, 27)), "what": what, "out": out})
        if flexible and rng.random() < 0.5:
            rows.append({"d": date(y, mo, rng.randint(1, 9)), "what": "转账存入", "in": rng.choice((1000.0, 1500.0, 2000.0))})
        if mo in (3, 6, 9, 12):
            rows.append({"d": date(y, mo, 21), "what": "结息", "in": round(rng.uniform(0.3, 6.0), 2)})
        amt = base * rate
        ym = f"{y}{mo:02d}"
        text = {"a": f"代扣养老保险费{y}年{mo:02d}月", "b": f"社保扣款 养老保险{ym}",
                "c": f"批量代扣 企业职工养老保险{y}年{mo:02d}月"}[style]
        if flexible:
            text = {"a": f"灵活就业养老保险{y}年{mo:02d}月", "b": f"社保扣款 灵活就业养老{ym}",
                    "c": f"代扣灵活就业人员养老保险费{y}年{mo:02d}月"}[style]
        lag = rng.choice((0, 0, 1))
        dy, dm = (y, mo + lag) if mo + lag <= 12 else (y + 1, 1)
        day = rng.randint(12, 20)
        if i == fail_at:
            rows.append({"d": date(dy, dm, day), "what": text + " 扣款失败 余额不足", "fail": True})
            day = min(day + rng.randint(3, 7), 28)
            text = f"补扣养老保险费{y}年{mo:02d}月"
        rows.append({"d": date(dy, dm, day), "what": text, "out": round(amt, 2), "base": base})
        truth.append({"month": m, "unit": "个人缴费" if flexible else p["unit"], "base": base, "paid": 1})
        if medical:
            rows.append({"d": date(dy, dm, day), "what": f"代扣医疗保险费{y}年{mo:02d}月",
                         "out": round((5726.0 if flexible else base) * (0.06 if flexible else 0.02), 2)})
    rows.sort(key=lambda r: r["d"])
    # nobody's card runs below zero: a cash deposit at the counter before a debit it could not pay
    bal, out_rows = start, []
    for r in rows:
        need = r.get("out", 0.0)
        if not r.get("fail") and bal + r.get("in", 0.0) - need < 20:
            dep = float(rng.choice((1000, 1500, 2000, 3000)))
            out_rows.append({"d": r["d"], "what": rng.choice(("现金存入", "转账存入")), "in": dep})
            bal += dep
        if not r.get("fail"):
            bal += r.get("in", 0.0) - need
        out_rows.append(r)
    return out_rows, truth


def _channel(what: str, rng: random.Random, clerk: str) -> str:
    if any(w in what for w in ("保险", "社保", "工资", "结息")):
        return "批量"
    if what.startswith(("POS", "快捷", "网联")):
        return rng.choice(("POS", "网联", "银联"))
    if what == "ATM取现":
        return f"ATM{rng.randint(100, 999)}"
    return f"{rng.randint(1000, 9999)}/{clerk}"


@family("si_bank_passbook_style", "social_insurance", "scan",
        "社会保障卡（金融账户）co-branded bank account printed PASSBOOK style (甘肃银行/兰州银行/农业银行/农信社), photographed "
        "page by page: pre-printed ruled page with bank, 户名, masked 卡号, 开户网点, '代扣单位：…' (or '参保身份：灵活就业人员"
        "（个人缴费）'), heads 序号|交易日期|摘要|支出|存入|余额|网点/柜员 (备注 on some), rows printed a little off the lines; "
        "代发工资/POS消费/ATM取现/转账/结息 rows mixed with 养老 debits whose month is only in the 摘要 ('代扣养老保险费2023年03月 "
        "基数4800.00', '社保扣款 养老保险202303'), 医疗保险 debits, '扣款失败 余额不足' then 补扣, 承前页/过次页")
def si_bank_passbook_style(p: dict, rng: random.Random, face: str) -> Drawn:
    flexible = rng.random() < 0.3
    bal = round(rng.uniform(300, 4000), 2)
    rows, contrib = _passbook_rows(rng, p, flexible, bal)
    bank = rng.choice(BANKS21)
    branch = rng.choice(BRANCHES21)
    card = f"6{rng.randint(10 ** 4, 10 ** 5 - 1)}{'*' * 8}{rng.randint(1000, 9999)}"
    note_col = rng.random() < 0.45
    W, H = 640.0, 430.0     # a passbook page opened flat, printed and photographed
    x0, x1 = 28.0, W - 28.0
    size = 8.2
    cols = ["序号", "交易日期", "摘要", "支出", "存入", "余额", "网点/柜员"] + (["备注"] if note_col else [])
    base_w = {"序号": 24.0, "交易日期": 58.0, "摘要": 0.0, "支出": 58.0, "存入": 58.0, "余额": 64.0, "网点/柜员": 62.0,
              "备注": 92.0}
    fixed = sum(base_w[c] for c in cols)
    widths = [base_w[c] or (x1 - x0 - fixed) for c in cols]
    per_page = rng.choice((16, 18))
    row_h = 16.0
    dstyle = rng.choice(("compact", "iso", "slash"))
    clerk = f"{rng.choice(('G', 'L', 'N'))}{rng.randint(1000, 9999)}"
    paper = Paper(face, (W, H), pages=0)
    dx, dy = rng.uniform(-3, 3), rng.uniform(-4.5, -1.5)      # the printer's offset against the pre-printed lines
    chunks = [rows[i:i + per_page - 1] for i in range(0, len(rows), per_page - 1)]
    seq = 0
    for pg, chunk in enumerate(chunks):
        s = paper.add_page()
        s.box(8, 8, W - 8, H - 8, width=0.6, grey=0.6)
        s.text(x0, 30, f"{bank}", 12, track=1, color=(0.1, 0.35, 0.3))
        s.text(x0 + s.width(bank, 12, 1) + 10, 30, "社会保障卡（金融账户）交易明细", 11, color=(0.1, 0.35, 0.3))
        s.text(x1, 30, f"第 {pg + 1} 页", 9, align="right", color=(0.1, 0.35, 0.3))
        y = 50.0
        s.text(x0, y, f"户名：{p['name']}", 9.5)
        s.text(x0 + 140, y, f"卡号：{card}", 9.5)
        s.text(x0 + 340, y, f"开户网点：{bank}{branch}", 9.5)
        y += 15
        if flexible:
            s.text(x0, y, "参保身份：灵活就业人员（个人缴费）    代扣项目：城镇企业职工基本养老保险", 9.5)
        else:
            s.text(x0, y, f"代扣单位：{p['unit']}    代扣项目：基本养老保险（个人部分）", 9.5)
        y += 10
        hy = y
        for c, w, cx in zip(cols, widths, np.cumsum([x0] + widths[:-1])):
            s.text(cx + w / 2, hy + 12, c, 8.5, align="center", color=(0.1, 0.35, 0.3))
        s.line(x0, hy, x1, hy, width=0.8, grey=0.3)
        s.line(x0, hy + 17, x1, hy + 17, width=0.6, grey=0.3)
        y0 = hy + 17
        for k in range(per_page + 1):
            s.line(x0, y0 + k * row_h, x1, y0 + k * row_h, width=0.3, grey=0.55)
        for cx in np.cumsum([x0] + widths):
            s.line(cx, hy, cx, y0 + per_page * row_h, width=0.3, grey=0.55)
        lines = []
        if pg:
            lines.append(["", "", "承前页", "", "", _yuan(bal), "", ""])
        for r in chunk:
            seq += 1
            out, inn = r.get("out", 0.0), r.get("in", 0.0)
            if not r.get("fail"):
                bal = round(bal - out + inn, 2)
            what = r["what"]
            note = ""
            if "base" in r:
                if note_col:
                    note = f"缴费基数{_yuan(r['base'])}"
                else:
                    what = f"{what} 基数{_yuan(r['base'])}"
            elif r.get("note") and note_col:
                note = r["note"]
            lines.append([str(seq), fdate(r["d"].isoformat(), dstyle)[0], what,
                          _yuan(out) if out else "", _yuan(inn) if inn else "", _yuan(bal) if not r.get("fail") else "",
                          _channel(r["what"], rng, clerk), note])
        if pg < len(chunks) - 1:
            lines.append(["", "", "过次页", "", "", _yuan(bal), "", ""])
        for k, ln in enumerate(lines):
            yb = y0 + k * row_h + row_h * 0.72 + dy
            cx = x0 + dx
            for c, w, v in zip(cols, widths, ln):
                if v:
                    if c == "摘要" and s.width(v, size) > w - 6:
                        s.text(cx + 3, yb, v, size * (w - 6) / s.width(v, size))
                    elif c in ("支出", "存入", "余额"):
                        s.text(cx + w - 3, yb, v, size, align="right")
                    elif c in ("序号", "交易日期", "网点/柜员"):
                        s.text(cx + w / 2, yb, v, size, align="center")
                    else:
                        s.text(cx + 3, yb, v, size if s.width(v, size) <= w - 6 else size * (w - 6) / s.width(v, size))
                cx += w
        s.text(x0, H - 18, f"{bank}  客户服务热线 {rng.choice(('96668', '95599', '0931-96555', '95533'))}", 7.5, color=GREY)
    truth = {"name": p["name"], "contribution": _truth_rows(contrib)}
    last = max(r["d"] for r in rows) + timedelta(days=rng.randint(1, 20))
    return Drawn(paper, truth, last.isoformat(), dpi=rng.choice((150, 165)), level=rng.choice((2, 2, 3)))
