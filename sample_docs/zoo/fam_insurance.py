"""参保缴费证明 families: app exports, counter prints, the national 权益记录.

* si_gansu_app — 甘肃人社 app export: 查询期间 and 打印时间 stated, columns
  缴费年月(202307) | 险种 | 单位名称 | 缴费基数 | 个人缴费 | 缴费状态(已实缴/补缴/欠费/中断),
  the header repeated on every page;
* si_counter — 柜台 print: a ruled holder box, 序号 | 费款所属期 | 缴费单位 |
  缴费工资 | 缴费标志, continuation pages WITHOUT a repeated header;
* si_national_record — 社会保险个人权益记录 (national platform): 年月 as
  2023年07月, bases with thousands separators, 正常缴费/补缴/欠缴/中断;
* si_merged_range — one row per run of months: 起止年月 | 月数 | 缴费单位 |
  缴费基数 | 缴费状态 (2019.07-2020.12 | 18 | …);
* si_unit_sections — rows grouped under "参保单位：…" headings, no unit column,
  another column order (缴费基数 first);
* si_counter_scan — a counter print photographed page by page (image-only PDF).
"""
from __future__ import annotations

import random

from .draw import A4, Paper
from .facts import contribution_history, contribution_truth, num
from .registry import Drawn, family, fdate

ISSUERS = ("兰州新区社会保险事业服务中心", "甘肃省社会保险事业管理局", "兰州市社会保险事业管理局")


def _pages(rows: list, per_page: int) -> list[list]:
    return [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]


def _word(status: str, words: dict) -> str:
    return words.get(status, status)


def _printed(rows: list[dict]) -> str:
    """Print date: a few days into the month after the last row."""
    y, m = int(rows[-1]["month"][:4]), int(rows[-1]["month"][5:7])
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return f"{y:04d}-{m:02d}-{sum(map(ord, rows[-1]['unit'])) % 20 + 3:02d}"


def _money(x: float, sep: bool = False) -> str:
    return f"{float(x):,.2f}" if sep else f"{float(x):.2f}"


@family("si_gansu_app", "social_insurance", "text", "甘肃人社 app 参保缴费证明 export")
def si_gansu_app(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    printed = _printed(rows)
    words = {"正常": "已实缴", "补缴": "补缴", "欠费": "欠费", "中断": "中断"}
    chunks = _pages(rows, 30)
    paper = Paper(face, A4, pages=len(chunks))
    first, last = fdate(rows[0]["month"], "cn0", month=True)[0], fdate(rows[-1]["month"], "cn0", month=True)[0]
    wd = [62, 92, 0, 62, 54, 50]
    wd[2] = 595 - 80 - sum(wd)
    for i, chunk in enumerate(chunks):
        s = paper[i]
        s.text(s.w / 2, 52, "甘肃省社会保险个人参保缴费证明", 16, align="center")
        if i == 0:
            s.text(40, 82, f"姓名：{p['name']}", 10)
            s.text(170, 82, f"社会保障号码：{p['id_number']}", 10)
            s.text(40, 100, f"查询期间：{first}至{last}", 10)
            s.text(s.w - 40, 100, f"打印时间：{printed} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", 10,
                   align="right")
            y = 110
        else:
            y = 70
        body = [[r["month"].replace("-", ""), "企业职工基本养老保险", r["unit"],
                 _money(r["base"]), _money(r["base"] * 0.08), _word(r["status"], words)] for r in chunk]
        y = s.table(40, y, wd, [["缴费年月", "险种", "单位名称", "缴费基数", "个人缴费", "缴费状态"]], 9, min_h=20)
        s.table(40, y, wd, body, 8, min_h=18, align=["left", "left", "left", "right", "right", "center"])
        s.text(s.w / 2, 820, f"第 {i + 1} 页 共 {len(chunks)} 页", 8.5, align="center")
    s.seal(s.w - 120, 760, 38, "甘肃省人力资源和社会保障厅")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": contribution_truth(rows)}
    return Drawn(paper, truth, printed, producer="甘肃人社 App")


@family("si_counter", "social_insurance", "text", "柜台打印 参保缴费证明, continuation pages without a header")
def si_counter(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    printed = _printed(rows)
    words = {"正常": "正常", "补缴": "补缴", "欠费": "欠费", "中断": "中断"}
    first_n, per = 26, 34
    chunks = [rows[:first_n]] + _pages(rows[first_n:], per) if len(rows) > first_n else [rows]
    paper = Paper(face, A4, pages=len(chunks))
    wd = [34, 74, 0, 78, 62]
    wd[2] = 595 - 90 - sum(wd)
    n = 0
    for i, chunk in enumerate(chunks):
        s = paper[i]
        y = 60
        if i == 0:
            s.text(s.w / 2, 58, "城镇职工基本养老保险参保缴费证明（个人）", 15, align="center")
            y = s.table(45, 80, [60, 90, 50, 60, 110, s.w - 90 - 370],
                        [["姓名", p["name"], "性别", p["gender"], "公民身份号码", p["id_number"]]], 10, min_h=24)
            y = s.table(45, y + 10, wd, [["序号", "费款所属期", "缴费单位", "缴费工资", "缴费标志"]], 9.5, min_h=22)
        body = []
        for r in chunk:
            n += 1
            body.append([str(n), r["month"], r["unit"], num(r["base"]), _word(r["status"], words)])
        y = s.table(45, y, wd, body, 8.5, min_h=19, align=["center", "left", "left", "right", "center"])
    issuer = rng.choice(ISSUERS)
    s.text(45, y + 26, "说明：缴费标志为“欠费”“中断”的月份不计入实际缴费年限。", 9)
    s.text(s.w - 45, y + 52, f"经办机构：{issuer}", 10, align="right")
    s.text(s.w - 45, y + 70, f"经办人：{rng.choice(('李娜', '马强', '张蓉'))}    打印日期：{fdate(printed, 'cn0')[0]}", 10,
           align="right")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": contribution_truth(rows)}
    return Drawn(paper, truth, printed, producer="Crystal Reports")


@family("si_national_record", "social_insurance", "text", "国家社会保险公共服务平台 社会保险个人权益记录")
def si_national_record(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    printed = _printed(rows)
    words = {"正常": "正常缴费", "补缴": "补缴", "欠费": "欠缴", "中断": "中断"}
    chunks = _pages(rows, 32)
    paper = Paper(face, A4, pages=len(chunks))
    wd = [70, 0, 80, 70, 62]
    wd[1] = 595 - 90 - sum(wd)
    for i, chunk in enumerate(chunks):
        s = paper[i]
        s.text(45, 40, "国家社会保险公共服务平台", 9, color=(0.4, 0.4, 0.4))
        s.text(s.w - 45, 40, f"第{i + 1}页/共{len(chunks)}页", 9, align="right", color=(0.4, 0.4, 0.4))
        s.line(45, 46, s.w - 45, 46, width=0.4, grey=0.5)
        y = 70
        if i == 0:
            s.text(s.w / 2, 74, "社会保险个人权益记录", 17, align="center")
            s.text(s.w / 2, 94, "（参保缴费明细）", 11, align="center")
            s.text(45, 122, f"姓　　名：{p['name']}", 10.5)
            s.text(230, 122, f"证件号码：{p['id_number']}", 10.5)
            s.text(45, 140, f"记录期间：{fdate(rows[0]['month'], 'cn', month=True)[0]}—"
                            f"{fdate(rows[-1]['month'], 'cn', month=True)[0]}", 10.5)
            y = 150
        y = s.table(45, y, wd, [["年月", "单位名称", "养老缴费基数", "个人缴纳", "缴费类型"]], 9.5, min_h=21,
                    ruled=False)
        s.line(45, y, s.w - 45, y, width=0.6)
        body = [[fdate(r["month"], "cn0", month=True)[0], r["unit"], _money(r["base"], True),
                 _money(r["base"] * 0.08, True), _word(r["status"], words)] for r in chunk]
        y = s.table(45, y, wd, body, 8.5, min_h=19, ruled=False, align=["left", "left", "right", "right", "center"])
    s.text(45, y + 30, f"生成时间：{fdate(printed, 'cn')[0]}", 10)
    s.text(45, y + 48, "本记录可通过国家社会保险公共服务平台扫码验证真伪。", 9)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": contribution_truth(rows)}
    return Drawn(paper, truth, printed, producer="国家社会保险公共服务平台")


def _runs(rows: list[dict]) -> list[list[dict]]:
    runs: list[list[dict]] = []
    for r in rows:
        if runs and (runs[-1][-1]["unit"], runs[-1][-1]["base"], runs[-1][-1]["status"]) == (
                r["unit"], r["base"], r["status"]):
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs


@family("si_merged_range", "social_insurance", "text", "参保缴费证明 with merged 起止年月 rows and 月数", ranges=True)
def si_merged_range(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    printed = _printed(rows)
    words = {"正常": "正常", "补缴": "补缴", "欠费": "欠费", "中断": "中断"}
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 60, "参保缴费证明", 18, align="center", track=3)
    s.para(50, 100, f"兹证明{p['name']}（公民身份号码：{p['id_number']}）在我中心参加企业职工基本养老保险，"
                    f"缴费情况如下：", s.w - 100, 11, indent=22)
    wd = [130, 40, 0, 70, 56]
    wd[2] = 595 - 100 - sum(wd)
    y = s.table(50, 150, wd, [["起止年月", "月数", "缴费单位", "缴费基数", "缴费状态"]], 10, min_h=24,
                align=["center"] * 5)
    body = []
    for run in _runs(rows):
        a, b = run[0]["month"].replace("-", "."), run[-1]["month"].replace("-", ".")
        body.append([f"{a}-{b}", str(len(run)), run[0]["unit"], num(run[0]["base"]), _word(run[0]["status"], words)])
    y = s.table(50, y, wd, body, 9.5, min_h=22, align=["center", "center", "left", "right", "center"])
    paid = sum(r["paid"] for r in rows)
    s.text(50, y + 26, f"合计缴费月数：{paid}个月。", 10.5)
    s.text(s.w - 60, y + 70, rng.choice(ISSUERS), 11, align="right")
    s.text(s.w - 60, y + 90, fdate(printed, "cn")[0], 11, align="right")
    s.seal(s.w - 130, y + 130, 38, "社会保险业务专用章")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": contribution_truth(rows)}
    return Drawn(paper, truth, printed, producer="Microsoft® Word 2016")


@family("si_unit_sections", "social_insurance", "text", "缴费明细 grouped under 参保单位 headings, 缴费基数 first")
def si_unit_sections(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p)
    printed = _printed(rows)
    words = {"正常": "已缴", "补缴": "补缴", "欠费": "欠费", "中断": "中断"}
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 56, "个人缴费明细", 16, align="center")
    s.text(60, 84, f"姓名 {p['name']}", 10.5)
    s.text(200, 84, f"身份证号 {p['id_number']}", 10.5)
    y = 96
    wd = [110, 120, 100]
    for run_unit in _unit_groups(rows):
        if y > 760:
            s = paper.add_page()
            y = 60
        s.text(60, y + 18, f"参保单位：{run_unit[0]['unit']}", 10.5)
        y = s.table(60, y + 26, wd, [["缴费基数(元)", "缴费年月", "缴费标志"]], 9.5, min_h=20)
        for r in run_unit:
            if y > 790:
                s = paper.add_page()
                y = s.table(60, 50, wd, [["缴费基数(元)", "缴费年月", "缴费标志"]], 9.5, min_h=20)
            y = s.table(60, y, wd, [[_money(r["base"]), fdate(r["month"], "slash", month=True)[0],
                                     _word(r["status"], words)]], 9, min_h=18, align=["right", "center", "center"])
    s.text(60, y + 30, f"打印日期：{printed}", 10)
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": contribution_truth(rows)}
    return Drawn(paper, truth, printed, producer="FineReport 11.0")


def _unit_groups(rows: list[dict]) -> list[list[dict]]:
    out: list[list[dict]] = []
    for r in rows:
        if out and out[-1][-1]["unit"] == r["unit"]:
            out[-1].append(r)
        else:
            out.append([r])
    return out


@family("si_counter_scan", "social_insurance", "scan", "柜台打印 缴费明细 photographed page by page")
def si_counter_scan(p: dict, rng: random.Random, face: str) -> Drawn:
    rows = contribution_history(rng, p, n=rng.randint(12, 40))
    printed = _printed(rows)
    chunks = _pages(rows, 24)
    paper = Paper(face, A4, pages=len(chunks))
    wd = [80, 90, 0, 60]
    wd[2] = 595 - 100 - sum(wd)
    for i, chunk in enumerate(chunks):
        s = paper[i]
        s.text(s.w / 2, 60, "养老保险缴费明细", 17, align="center")
        if i == 0:
            s.text(50, 92, f"姓名：{p['name']}", 12)
            s.text(220, 92, f"身份证号码：{p['id_number']}", 12)
        y = s.table(50, 104, wd, [["缴费基数", "缴费年月", "缴费单位", "状态"]], 11, min_h=24)
        body = [[num(r["base"]), fdate(r["month"], "cn0", month=True)[0], r["unit"], r["status"]] for r in chunk]
        y = s.table(50, y, wd, body, 10.5, min_h=25)
        s.text(s.w / 2, 815, f"第{i + 1}页", 10, align="center")
    s.text(s.w - 60, y + 40, f"打印日期：{fdate(printed, 'cn')[0]}", 11, align="right")
    truth = {"name": p["name"], "id_number": p["id_number"], "contribution": contribution_truth(rows)}
    return Drawn(paper, truth, printed, dpi=130)
