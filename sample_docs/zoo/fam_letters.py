"""Employer letters: 工作证明 / 在职证明, with and without tables.

* emp_prose_unit — a typed letter scanned: "兹证明…系{unit}正式职工，自…起…现任…",
  the unit named only in the prose, the signature a seal and a date;
* emp_table — 在职证明 with a ruled table (姓名 | 性别 | 身份证号 | 入职时间 |
  部门 | 岗位 | 工作单位), scanned;
* emp_letterhead_pdf — a PDF on letterhead: the unit's name as a heading,
  "兹有我公司员工…于2016年3月入职…现担任…职务";
* emp_hr_form — an HR system print: "员工在职证明" label：value pairs in two
  columns, ISO dates, text layer;
* emp_closing_unit — a scanned letter whose unit appears in the closing line
  "单位名称（盖章）：…", the period "自2012年07月至今".
"""
from __future__ import annotations

import random

from .draw import A4, Paper
from .registry import Drawn, family, fdate


def _issued(p: dict, rng: random.Random) -> str:
    return f"{rng.randint(2023, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


@family("emp_prose_unit", "employment_proof", "scan", "工作证明 letter, the unit named only in the prose")
def emp_prose_unit(p: dict, rng: random.Random, face: str) -> Drawn:
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 110, "工 作 证 明", 24, align="center", track=4)
    start, ts = fdate(p["work_start"], rng.choice(("cn", "cn0")), month=True)
    dept = rng.choice(("工程部", "技术质量部", "设计所", "生产运行部"))
    text = (f"兹证明{p['name']}同志（身份证号：{p['id_number']}）系{p['unit']}正式职工，自{start}起在{dept}"
            f"从事专业技术工作，现任{p['position']}。该同志工作期间遵纪守法，无违法违纪记录。")
    size = rng.choice((15, 16))
    y = s.para(75, 180, text, s.w - 150, size, leading=2.0, indent=2 * size)
    s.para(75, y + 10, "特此证明。", s.w - 150, size, indent=2 * size)
    issued = _issued(p, rng)
    s.seal(s.w - 160, y + 110, 50, p["unit"])
    s.text(s.w - 90, y + 140, fdate(issued, "cn")[0], size, align="right")
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": p["unit"], "position": p["position"],
             "start_date": ts}
    return Drawn(paper, truth, issued)


@family("emp_table", "employment_proof", "scan", "在职证明 with a ruled table of the holder's facts")
def emp_table(p: dict, rng: random.Random, face: str) -> Drawn:
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 100, "在职证明", 24, align="center", track=6)
    start, ts = fdate(p["work_start"], "cn0")
    rows = [["姓名", p["name"], "性别", p["gender"]], ["身份证号", p["id_number"], "入职时间", start],
            ["所在部门", rng.choice(("工程技术部", "运营管理部", "设计院")), "岗位", p["position"]],
            ["工作单位", p["unit"], "", ""]]
    y = s.table(70, 140, [70, 190, 60, s.w - 140 - 320], rows, 12, min_h=34)
    y = s.para(70, y + 40, "以上情况属实，该同志目前仍在我单位工作。特此证明。", s.w - 140, 14, indent=28)
    issued = _issued(p, rng)
    s.text(s.w - 80, y + 60, "（单位盖章）", 13, align="right")
    s.seal(s.w - 150, y + 70, 48, p["unit"])
    s.text(s.w - 80, y + 100, fdate(issued, "cn")[0], 13, align="right")
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": p["unit"], "position": p["position"],
             "start_date": ts}
    return Drawn(paper, truth, issued)


@family("emp_letterhead_pdf", "employment_proof", "text", "在职证明 PDF on the company's letterhead")
def emp_letterhead_pdf(p: dict, rng: random.Random, face: str) -> Drawn:
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 60, p["unit"], 17, align="center", track=1)
    s.line(60, 72, s.w - 60, 72, width=1.6)
    s.line(60, 75, s.w - 60, 75, width=0.5)
    s.text(s.w / 2, 130, "在职证明", 20, align="center")
    start, ts = fdate(p["work_start"], "cn", month=True)
    text = (f"兹有我公司员工{p['name']}，身份证号码{p['id_number']}，于{start}入职我公司，现担任"
            f"{p['position']}职务，劳动关系正常。")
    y = s.para(70, 180, text, s.w - 140, 14, leading=1.9, indent=28)
    y = s.para(70, y + 6, "本证明仅用于专业技术职称申报，特此证明。", s.w - 140, 14, indent=28)
    issued = _issued(p, rng)
    s.text(s.w - 80, y + 50, p["unit"] if rng.random() < 0.5 else "（公章）", 13, align="right")
    s.text(s.w - 80, y + 74, fdate(issued, "cn0")[0], 13, align="right")
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": p["unit"], "position": p["position"],
             "start_date": ts}
    return Drawn(paper, truth, issued, producer="WPS 文字")


@family("emp_hr_form", "employment_proof", "text", "HR system print 员工在职证明, label：value columns")
def emp_hr_form(p: dict, rng: random.Random, face: str) -> Drawn:
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 80, "员工在职证明", 18, align="center")
    start, ts = fdate(p["work_start"], "iso")
    pairs = [("员工姓名", p["name"]), ("证件号码", p["id_number"]), ("入职日期", start),
             ("岗位名称", p["position"]), ("用工形式", "劳动合同制"), ("合同期限", "无固定期限")]
    y = 130
    for i in range(0, len(pairs), 2):
        for col, (k, v) in enumerate(pairs[i:i + 2]):
            s.text(60 + col * 250, y, f"{k}：{v}", 11)
        y += 28
    s.text(60, y + 10, f"用人单位：{p['unit']}", 11)
    y = s.para(60, y + 50, "经核实，上述员工目前在职，特此证明。本证明自开具之日起三十日内有效。", s.w - 120, 11)
    issued = _issued(p, rng)
    s.text(s.w - 60, y + 40, f"开具日期：{issued}", 10.5, align="right")
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": p["unit"], "position": p["position"],
             "start_date": ts}
    return Drawn(paper, truth, issued, producer="SAP NetWeaver 7.5")


@family("emp_closing_unit", "employment_proof", "scan", "工作证明 scan, unit in the closing 单位名称（盖章）line")
def emp_closing_unit(p: dict, rng: random.Random, face: str) -> Drawn:
    paper = Paper(face, A4)
    s = paper[0]
    s.text(s.w / 2, 96, "证  明", 26, align="center")
    start, ts = fdate(p["work_start"], "cn0", month=True)
    text = (f"{p['name']}，{p['gender']}，身份证号码：{p['id_number']}，自{start}至今在我单位工作，"
            f"担任{p['position']}，从事本专业技术工作。")
    y = s.para(70, 160, text, s.w - 140, 15, leading=2.0, indent=30, track=rng.choice((0, 1)))
    s.para(70, y + 6, "特此证明。", s.w - 140, 15, indent=30)
    issued = _issued(p, rng)
    s.text(70, y + 90, f"单位名称（盖章）：{p['unit']}", 13)
    s.text(70, y + 120, f"联系电话：0931-{rng.randint(1000000, 9999999)}", 13)
    s.seal(s.w / 2 + 60, y + 100, 46, p["unit"])
    s.text(s.w - 80, y + 150, fdate(issued, "cn")[0], 13, align="right")
    truth = {"name": p["name"], "id_number": p["id_number"], "unit": p["unit"], "position": p["position"],
             "start_date": ts}
    return Drawn(paper, truth, issued)
