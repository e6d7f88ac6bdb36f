"""Held-out families of the second draw (issue 12, item 4: "when a held-out family
fails, … draw a new held-out family"), social insurance and employer parts. Written without
reading the parsers, each after a real document (the plagiarism report is in
``fam_heldout2a_report``):

* si_ecard_multi — the 参保缴费证明 downloaded from the 电子社保卡 / 掌上12333
  (国家社会保险公共服务平台 generates it): landscape, a QR code and a 验证码
  with its own 验证有效期 on the first page, a 参保险种 summary (参保日期,
  累计缴费月数), then one row per month with 养老 / 医疗 / 失业 each split into
  单位 and 个人 under a two-level header that every page repeats;
* si_counter_yearly — the counter print of a 社保经办机构 in 兰州 (企业职工
  基本养老保险个人缴费明细): a ruled holder box, 单位编号 beside 单位名称,
  缴费工资 | 单位缴纳 | 个人缴纳 | 缴费类型 | 到账标志, a 年度小计 row closing each
  year and a 合计 row at the end, the column header repeated under "（续表）",
  photographed page by page;
* emp_labor_contract — a 劳动合同书 photographed: the cover (甲方/乙方/签订日期)
  and the first page of the text of the 人社部 2019 劳动合同（通用）示范文本 or the
  甘肃省 样本 before it, the blanks typed in on their underlines: 甲方 and 乙方
  blocks, "第一条 … 按下列第 1 种方式" with the chosen term's dates filled and the
  other options left blank, "第二条 乙方工作岗位是 ____".
"""
from __future__ import annotations

import io
import random
from datetime import date, timedelta

from PIL import Image

from .draw import A4, A4L, RED, Paper
from .facts import contribution_history, contribution_truth, num
from .registry import Drawn, family, fdate

GREY = (0.35, 0.35, 0.35)
# individual and unit rates in 兰州 (养老 8 / 16, 医疗 2 / 8, 失业 0.3 / 0.7 per cent)
RATES = {"养老": (0.16, 0.08), "医疗": (0.08, 0.02), "失业": (0.007, 0.003)}


def _print_date(rows: list[dict], rng: random.Random) -> str:
    y, m = int(rows[-1]["month"][:4]), int(rows[-1]["month"][5:7])
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return f"{y:04d}-{m:02d}-{rng.randint(2, 26):02d}"


def _yuan(x: float, sep: bool = False) -> str:
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def _qr(rng: random.Random, n: int = 25) -> bytes:
    """A QR-looking picture (three finder squares, random modules) as PNG bytes."""
    img = Image.new("L", (n + 8, n + 8), 255)
    px = img.load()
    for y in range(n):
        for x in range(n):
            if rng.random() < 0.5:
                px[x + 4, y + 4] = 0
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for y in range(-1, 8):
            for x in range(-1, 8):
                inside = 0 <= x < 7 and 0 <= y < 7
                ring = inside and (x in (0, 6) or y in (0, 6))
                core = 2 <= x <= 4 and 2 <= y <= 4
                if 0 <= ox + x < n and 0 <= oy + y < n:
                    px[ox + x + 4, oy + y + 4] = 0 if (ring or core) else 255
    buf = io.BytesIO()
    img.resize(((n + 8) * 8, (n + 8) * 8), Image.Resampling.NEAREST).save(buf, "PNG")
    return buf.getvalue()


def _code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("abcdef0123456789") for _ in range(n))


@family("si_ecard_multi", "social_insurance", "text",
        "电子社保卡/掌上12333 参保缴费证明: QR code and 验证码, 养老/医疗/失业 单位|个人 columns per month")
def si_ecard_multi(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    printed = _print_date(rows, rng)
    status = rng.choice(({"正常": "已到账", "补缴": "补缴到账", "欠费": "欠缴", "中断": "暂停缴费"},
                         {"正常": "已实缴", "补缴": "补缴", "欠费": "欠费", "中断": "中断"}))
    month_style = rng.choice(("iso", "compact"))
    id_label = rng.choice(("社会保障号码", "公民身份号码"))
    first_n, per_page = 12, 24    # the summary takes half of the first page
    chunks = [rows[:first_n]] + [rows[i:i + per_page] for i in range(first_n, len(rows), per_page)]
    paper = Paper(face, A4L, pages=len(chunks))
    code = "-".join(_code(rng, 4) for _ in range(4))
    checkable = f"{printed[:4]}-{int(printed[5:7]) % 12 + 1:02d}-{printed[8:]}"   # 验证有效期 (about a month)
    serial = f"62{printed.replace('-', '')}{rng.randrange(10**8):08d}"
    wd = [60, 0, 62, 52, 52, 52, 52, 48, 48, 60]
    x0 = 40
    wd[1] = A4L[0] - 2 * x0 - sum(wd)
    for i, chunk in enumerate(chunks):
        s = paper[i]
        if i == 0:
            s.text(s.w / 2, 52, "社会保险个人参保缴费证明", 18, align="center", track=1)
            s.page.insert_image((s.w - 112, 24, s.w - 40, 96), stream=_qr(rng))
            s.text(s.w - 76, 108, f"验证码：{code}", 7.5, align="center")
            s.text(s.w - 76, 119, f"验证有效期至：{checkable}", 7.5, align="center")
            s.text(x0, 84, f"证明编号：{serial}", 9, color=GREY)
            s.text(x0, 108, f"姓名：{p['name']}", 10.5)
            s.text(x0 + 130, 108, f"性别：{p['gender']}", 10.5)
            s.text(x0 + 210, 108, f"{id_label}：{p['id_number']}", 10.5)
            s.text(x0, 128, "参保地：甘肃省兰州市（兰州新区）", 10.5)
            s.text(x0, 152, "一、参保险种信息", 11)
            first = fdate(rows[0]["month"] + "-01", "iso")[0]
            paid = sum(r["paid"] for r in rows)
            y = s.table(x0, 160, [200, 120, 140, 140],
                        [["险种类型", "参保状态", "参保日期", "累计缴费月数"]] +
                        [[kind, "参保缴费", first, str(paid)]
                         for kind in ("企业职工基本养老保险", "职工基本医疗保险", "失业保险")],
                        9.5, min_h=19, align=["left", "center", "center", "center"])
            s.text(x0, y + 22, f"二、缴费明细（{fdate(rows[0]['month'], 'cn', month=True)[0]}至"
                               f"{fdate(rows[-1]['month'], 'cn', month=True)[0]}）", 11)
            y += 30
        else:
            y = 50
        y = _two_level_header(s, x0, y, wd)
        body = []
        for r in chunk:
            amounts = []
            for kind in ("养老", "医疗", "失业"):
                u, m = RATES[kind]
                zero = r["status"] == "中断"
                amounts += [_yuan(0 if zero else r["base"] * u), _yuan(0 if zero else r["base"] * m)]
            body.append([fdate(r["month"], month_style, month=True)[0], r["unit"], _yuan(r["base"])] + amounts
                        + [status[r["status"]]])
        y = s.table(x0, y, wd, body, 8.5, min_h=17, pad=2.5, leading=1.3,
                    align=["center", "left"] + ["right"] * 7 + ["center"])
        s.text(x0, s.h - 34, "本证明由国家社会保险公共服务平台生成，可扫描二维码或登录 si.12333.gov.cn "
                             "输入验证码核验真伪；涂改无效。", 8, color=GREY)
        s.text(s.w - x0, s.h - 34, f"第 {i + 1} 页 共 {len(chunks)} 页", 8, align="right", color=GREY)
    s.text(s.w - 80, y + 34, f"打印日期：{fdate(printed, 'cn')[0]}", 10, align="right")
    s.seal(s.w - 150, y + 24, 40, "甘肃省社会保险事业服务中心")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": contribution_truth(rows)}
    return Drawn(paper, truth, printed, producer="iText® 5.5.13 ©2000-2020 iText Group NV (AGPL-version)")


def _two_level_header(s, x: float, y: float, wd: list[float]) -> float:
    """缴费年月 | 参保单位 | 缴费基数 | 养老保险 (单位 个人) | 医疗保险 (…) | 失业保险 (…) | 缴费状态."""
    h1, h2, size = 18, 16, 9
    cx = x
    for i, label in enumerate(("缴费年月", "参保单位", "缴费基数")):
        s.box(cx, y, cx + wd[i], y + h1 + h2, width=0.5)
        s.text(cx + wd[i] / 2, y + (h1 + h2) / 2 + size * 0.4, label, size, align="center")
        cx += wd[i]
    for k, label in enumerate(("养老保险", "医疗保险", "失业保险")):
        a, b = wd[3 + 2 * k], wd[4 + 2 * k]
        s.box(cx, y, cx + a + b, y + h1, width=0.5)
        s.text(cx + (a + b) / 2, y + h1 / 2 + size * 0.4, label, size, align="center")
        for j, sub in enumerate(("单位缴纳", "个人缴纳")):
            w = (a, b)[j]
            s.box(cx, y + h1, cx + w, y + h1 + h2, width=0.5)
            s.text(cx + w / 2, y + h1 + h2 / 2 + 8 * 0.4, sub, 8, align="center")
            cx += w
    s.box(cx, y, cx + wd[9], y + h1 + h2, width=0.5)
    s.text(cx + wd[9] / 2, y + (h1 + h2) / 2 + size * 0.4, "缴费状态", size, align="center")
    return y + h1 + h2


@family("si_counter_yearly", "social_insurance", "scan",
        "兰州 社保经办机构 柜台打印 养老保险个人缴费明细 with 年度小计 rows, photographed")
def si_counter_yearly(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    printed = _print_date(rows, rng)
    issuer = rng.choice(("兰州新区社会保险事业服务中心", "兰州市社会保险事业管理局", "兰州市社会保险事业管理局西固分局"))
    unit_no = {u: f"6201{rng.randrange(10**4):04d}" for u in {r["unit"] for r in rows}}
    cols = ["费款所属期", "单位编号", "单位名称", "缴费工资", "单位缴纳", "个人缴纳", "缴费类型", "到账标志"]
    wd = [54, 50, 0, 54, 52, 50, 46, 46]
    x0 = 42
    wd[2] = A4[0] - 2 * x0 - sum(wd)
    kind = {"正常": ("正常应缴", "已到账"), "补缴": ("补缴", "已到账"), "欠费": ("正常应缴", "未到账"),
            "中断": ("中断", "未到账")}
    lines: list[tuple[str, list[str]]] = []
    for year in sorted({r["month"][:4] for r in rows}):
        yr = [r for r in rows if r["month"][:4] == year]
        for r in yr:
            u, m = (0.0, 0.0) if r["status"] == "中断" else (r["base"] * 0.16, r["base"] * 0.08)
            lines.append(("row", [r["month"].replace("-", "."), unit_no[r["unit"]], r["unit"], num(r["base"]),
                                  _yuan(u), _yuan(m), *kind[r["status"]]]))
        paid = [r for r in yr if r["paid"]]
        lines.append(("sub", [f"{year}年小计", "", f"实缴{len(paid)}个月", _yuan(sum(r['base'] for r in paid)),
                              _yuan(sum(r["base"] * 0.16 for r in paid)), _yuan(sum(r["base"] * 0.08 for r in paid)),
                              "", ""]))
    paid = [r for r in rows if r["paid"]]
    lines.append(("sub", ["合计", "", f"累计实缴{len(paid)}个月", _yuan(sum(r['base'] for r in paid)),
                          _yuan(sum(r["base"] * 0.16 for r in paid)), _yuan(sum(r["base"] * 0.08 for r in paid)),
                          "", ""]))
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 58, "企业职工基本养老保险个人缴费明细", 16, align="center")
    y = s.table(x0, 76, [62, 116, 40, 40, 78, A4[0] - 2 * x0 - 336],
                [["姓    名", p["name"], "性别", p["gender"], "公民身份号码", p["id_number"]],
                 ["个人编号", f"10{rng.randrange(10**9):09d}", "", "", "参保状态", "参保缴费"]],
                9.5, min_h=20)
    y += 8
    page_no = 1
    align = ["center", "center", "left", "right", "right", "right", "center", "center"]
    y = s.table(x0, y, wd, [cols], 8.5, min_h=20, align=["center"] * 8)
    for what, cells in lines:
        if y > s.h - 70:
            s.text(s.w - x0, s.h - 30, f"第{page_no}页", 9, align="right")
            s = paper.add_page()
            page_no += 1
            s.text(x0, 48, "（续表）", 9.5)
            y = s.table(x0, 56, wd, [cols], 8.5, min_h=20, align=["center"] * 8)
        y = s.table(x0, y, wd, [cells], 8.5, min_h=16, align=align)
    s.text(s.w - x0, s.h - 30, f"第{page_no}页", 9, align="right")
    if y > s.h - 130:   # the closing lines go on a page of their own
        s = paper.add_page()
        page_no += 1
        s.text(s.w - x0, s.h - 30, f"第{page_no}页", 9, align="right")
        y = 40
    s.text(x0, y + 24, "说明：到账标志为“未到账”的月份不计入缴费年限；本明细加盖经办机构业务专用章有效。", 8.5)
    s.text(s.w - x0, y + 52, f"经办机构：{issuer}", 10, align="right")
    s.text(s.w - x0, y + 70, f"打印时间：{fdate(printed, rng.choice(('iso', 'cn0')))[0]}", 10, align="right")
    s.seal(s.w - 120, y + 70, 36, "社会保险业务专用章", color=RED)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": contribution_truth(rows)}
    return Drawn(paper, truth, printed, dpi=150)


# --------------------------------------------------------------------------
# employer: the labour contract's first pages
# --------------------------------------------------------------------------

def _fill(s, x: float, y: float, parts: list, size: float) -> float:
    """One line of a printed form: plain strings, and (value, width) blanks that are
    underlined, the typed value centred on the rule (an empty value leaves a blank)."""
    for part in parts:
        if isinstance(part, str):
            x = s.text(x, y, part, size)
            continue
        value, wd = part
        wd = max(wd, s.width(value, size) + 12)
        if value:
            s.text(x + wd / 2, y, value, size, align="center")
        s.line(x, y + 3, x + wd, y + 3, width=0.5)
        x += wd
    return x


def _ymd(value: str) -> list:
    y, m, d = value.split("-")
    return [(y, 36), "年", (str(int(m)), 20), "月", (str(int(d)), 20), "日"]


_BLANK_YMD = [("", 36), "年", ("", 20), "月", ("", 20), "日"]


@family("emp_labor_contract", "employment_proof", "scan",
        "劳动合同书 (人社部 2019 通用示范文本 / 甘肃省样本): cover and first page, 甲方/乙方 blanks typed in")
def emp_labor_contract(p: dict, rng: random.Random, face: str) -> Drawn:
    start = p["work_start"]
    if start < "2016":   # this template (统一社会信用代码, 2015 on): the holder joined this unit later
        start = date(rng.randint(2016, 2022), rng.choice((3, 4, 7, 9)), 1).isoformat()
    y0 = int(start[:4])
    signed = f"{y0 - (1 if start[5:7] == '01' else 0)}-{int(start[5:7]) - 1 or 12:02d}-{rng.randint(20, 28)}"
    fixed = rng.random() < 0.7
    end = (date.fromisoformat(start).replace(year=y0 + rng.choice((3, 5))) - timedelta(days=1)).isoformat()
    probation = f"{y0 + (1 if int(start[5:7]) > 9 else 0)}-{(int(start[5:7]) + 2) % 12 + 1:02d}-01"
    credit = "91620100" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
    paper = Paper(face, A4, pages=2)
    s = paper[0]
    s.text(s.w - 70, 70, f"编号：LD{y0}-{rng.randint(1, 999):04d}", 11, align="right")
    s.text(s.w / 2, 230, "劳 动 合 同 书", 30, align="center", track=4)
    national = signed >= "2020" and rng.random() < 0.6   # 人社部's 通用 text came out late in 2019
    if national:
        s.text(s.w / 2, 270, "（通用）", 16, align="center")
    _fill(s, 120, 420, ["甲方（用人单位）：", (p["unit"], 250)], 14)
    _fill(s, 120, 460, ["乙方（劳动者）：", (p["name"], 264)], 14)
    _fill(s, 120, 500, ["签订日期："] + _ymd(signed), 14)
    s.text(s.w / 2, 720, "中华人民共和国人力资源和社会保障部 制" if national else "甘肃省人力资源和社会保障厅 监制", 13,
           align="center")
    s = paper[1]
    size, x, lead = 11, 70, 22
    y = 80
    for parts in (["甲方（用人单位）：", (p["unit"], 280)],
                  ["统一社会信用代码：", (credit, 200)],
                  ["法定代表人（主要负责人）或委托代理人：", (p["principal"], 110)],
                  ["注册地址：", ("甘肃省兰州新区" + rng.choice(("黄河大道", "纬一路", "中川大道")) +
                                 f"{rng.randint(1, 999)}号", 300)],
                  [""], ["乙方（劳动者）：", (p["name"], 120)],
                  ["居民身份证号码：", (p["id_number"], 210)],
                  ["户籍地址：", (p["address"], 300)],
                  ["联系方式：", (f"1{rng.choice('3589')}{rng.randrange(10**9):09d}", 130)]):
        _fill(s, x, y, parts, size)
        y += lead
    y = s.para(x, y + 6, "根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规政策规定，甲乙双方遵循合法、"
                         "公平、平等自愿、协商一致、诚实信用的原则订立本合同。", s.w - 2 * x, size, indent=2 * size)
    s.text(s.w / 2, y + 8, "一、劳动合同期限", 12, align="center")
    y += 34
    choice = "1" if fixed else "2"
    _fill(s, x + 2 * size, y, ["第一条  甲乙双方自用工之日起建立劳动关系，双方约定按下列第", (choice, 22),
                               "种方式确定"], size)
    y += lead
    _fill(s, x, y, ["劳动合同期限："], size)
    y += lead
    f_start, f_end, f_prob = (start, end, probation) if fixed else ("", "", "")
    n_start, n_prob = ("", "") if fixed else (start, probation)
    dates = (lambda v: _ymd(v) if v else _BLANK_YMD)
    for parts in (["1、固定期限：自"] + dates(f_start) + ["起至"] + dates(f_end) + ["止，其中，试用期"],
                  ["从用工之日起至"] + dates(f_prob) + ["止。"],
                  ["2、无固定期限：自"] + dates(n_start) + ["起至依法解除、终止劳动合同时止，"],
                  ["其中，试用期从用工之日起至"] + dates(n_prob) + ["止。"],
                  ["3、以完成一定工作任务为期限：自"] + _BLANK_YMD + ["起至", ("", 90), "工作任务完成"],
                  ["时止。甲方应当以书面形式通知乙方工作任务完成。"]):
        _fill(s, x + (2 * size if parts[0][:2] in ("1、", "2、", "3、") else 0), y, parts, size)
        y += lead
    s.text(s.w / 2, y + 8, "二、工作内容和工作地点", 12, align="center")
    y += 34
    duty = rng.choice(("负责工程项目技术管理", "负责设计文件编制与校审", "负责质量检测与技术资料", "负责专业技术工作"))
    _fill(s, x + 2 * size, y, ["第二条  乙方工作岗位是", (p["position"], 90), "，岗位职责为"], size)
    y += lead
    _fill(s, x, y, [(duty, 180), "。乙方的工作地点为", ("甘肃省兰州新区", 110), "。"], size)
    y += lead
    s.para(x, y, "乙方应爱岗敬业、诚实守信，保守甲方商业秘密，遵守甲方依法制定的劳动规章制度，认真履行岗位职责，"
                 "按时保质完成工作任务。乙方违反劳动纪律，甲方可依据依法制定的劳动规章制度给予相应处理。",
           s.w - 2 * x, size, indent=2 * size)
    s.text(s.w / 2, s.h - 40, "— 1 —", 10, align="center")
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": p["unit"], "position": p["position"],
             "start_date": start}
    return Drawn(paper, truth, signed, dpi=140)
