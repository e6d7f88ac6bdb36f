"""A journal paper (text-layer PDF, 2–4 pages for the usual body length).

Variants differ in the journal header (0: one line 刊名 第40卷 第3期 2020年3月
ISSN … CN …; 1: ISSN left / CN right over 刊名 2020年3月 第3期; 2: 刊名 with
2020年03月 and Vol./No.), author separators (，/ two spaces), colons and
font sizes. References always start under a 参考文献 heading; a body too short
for two pages pushes them onto page 2 (a paper is never one page).

Truth: title, authors joined by ";", journal, issn, cn (without "CN"), published YYYY-MM.
"""
from __future__ import annotations

import random

import pymupdf

from .common import A4, Built, Canvas, require, split_date

VARIANTS = 3
PRODUCER = "PDFlib+PDI 9.0.7p3 (Win32)"
TOP, BOTTOM, LEFT, RIGHT = 70.0, 780.0, 64.0, 531.0


class _Flow:
    """Lines flowing down pages; a new page starts when one is full."""

    def __init__(self, doc, latin: str, header: str):
        self.doc, self.latin, self.header = doc, latin, header
        self.cv: Canvas | None = None
        self.y = BOTTOM + 1
        self.new_page()

    def new_page(self) -> None:
        page = self.doc.new_page(width=A4[0], height=A4[1])
        self.cv = Canvas(page, latin=self.latin)
        n = self.doc.page_count
        if n > 1:
            self.cv.text(A4[0] / 2, 44, self.header, 8.5, align="center")
            self.cv.line(LEFT, 50, RIGHT, 50, width=0.5)
        self.cv.text(A4[0] / 2, 815, f"· {n} ·", 9, align="center")
        self.y = TOP + 10

    def para(self, text: str, size: float, indent: float = 0.0, leading: float = 1.7,
             align: str = "left", gap: float = 0.0) -> None:
        self.y += gap
        width = RIGHT - LEFT
        for i, line in enumerate(self.cv.wrap(text, width, size, indent)):
            if self.y > BOTTOM:
                self.new_page()
            if align == "center":
                self.cv.text(A4[0] / 2, self.y, line, size, align="center")
            else:
                self.cv.text(LEFT + (indent if i == 0 else 0), self.y, line, size)
            self.y += size * leading


def build(f: dict, variant: int, rng: random.Random) -> Built:
    require(f, "paper", "title", "authors", "journal", "issn", "cn", "published")
    raw = f["authors"]
    authors = [a.strip() for a in (raw.split(";") if isinstance(raw, str) else map(str, raw)) if a.strip()]
    cn = str(f["cn"]).upper().replace("CN", "").strip()
    issn = str(f["issn"]).upper().replace("ISSN", "").strip(" :")
    y, m, _ = split_date(f["published"])
    truth = {"title": str(f["title"]), "authors": ";".join(authors), "journal": str(f["journal"]),
             "issn": issn, "cn": cn, "published": f"{y:04d}-{m:02d}"}
    vol, issue = max(1, y - 1980), m
    journal = truth["journal"]
    short = f"{journal}  {y}年第{issue}期"
    doc = pymupdf.open()
    flow = _Flow(doc, ("tiro", "helv", "tiro")[variant], short)
    cv = flow.cv
    if variant == 0:
        cv.text(LEFT, 50, f"{journal}  第{vol}卷 第{issue}期  {y}年{m}月", 9)
        cv.text(RIGHT, 50, f"ISSN {issn}  CN {cn}", 9, align="right")
        cv.line(LEFT, 56, RIGHT, 56, width=0.8)
    elif variant == 1:
        cv.text(LEFT, 40, f"ISSN {issn}", 9)
        cv.text(RIGHT, 40, f"CN {cn}", 9, align="right")
        cv.text(LEFT, 56, f"{journal}  {y}年{m}月  第{issue}期", 9.5)
        cv.line(LEFT, 62, RIGHT, 62, width=1.2)
    else:
        cv.text(A4[0] / 2, 42, journal, 11, align="center")
        cv.text(A4[0] / 2, 58, f"{y}年{m:02d}月  第{vol}卷 第{issue}期  Vol.{vol} No.{issue}  "
                               f"ISSN:{issn}  CN{cn}", 8.5, align="center")
        cv.line(LEFT, 64, RIGHT, 64, width=0.6)
    flow.y = 100
    flow.para(truth["title"], (18, 17, 16)[variant], align="center", leading=1.5)
    sep = ("，", "  ", "，")[variant]
    flow.para(sep.join(authors), 12, align="center", gap=4)
    aff = f.get("affiliation") or "兰州理工大学 土木工程学院，甘肃 兰州 730050"
    flow.para(f"（{aff}）", 9, align="center")
    colon = ("：", ":", "：")[variant]
    size = (10.5, 10, 10.5)[variant]
    if f.get("abstract"):
        flow.para(f"摘  要{colon}{f['abstract']}", 9.5, gap=8, indent=0)
    if f.get("keywords"):
        flow.para(f"关键词{colon}" + "；".join(f["keywords"]), 9.5)
    flow.para(f"中图分类号{colon}TU528    文献标志码{colon}A", 9)
    body = list(f.get("body") or [])
    heads = ["1  引言", "2  研究内容与方法", "3  结果与讨论", "4  结论"]
    marks = {0: 0, 1: 1, max(2, len(body) // 2 + 1): 2, len(body) - 1: 3} if len(body) >= 4 else {0: 0}
    flow.y += 6
    for i, p in enumerate(body):
        if i in marks:
            flow.para(heads[marks[i]], size + 1, gap=6)
        flow.para(p, size, indent=size * 2)
    if doc.page_count < 2:
        flow.new_page()
    flow.para("参考文献", size + 1, gap=10, align="center" if variant == 2 else "left")
    for i, ref in enumerate(f.get("references") or []):
        flow.para(f"[{i + 1}] {ref}", 9, leading=1.5)
    return Built(doc, truth, "text", PRODUCER, f"{y:04d}-{m:02d}-01", creator="FIT 4.0")
