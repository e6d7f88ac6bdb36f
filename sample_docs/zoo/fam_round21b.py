"""Twenty-first round of held-out families, part b (issue 12: a failed held-out family is fixed by
method, moved to "seen", and replaced by a new one), written from real documents' layouts and
wording without looking at the parsers.

Employer:
* emp_app_e_certificate_screenshot — an ELECTRONIC 在职证明 issued inside the employer's HR app
  (钉钉 智能人事 "电子证明", 飞书 人事 "证明开具", 企业微信 "人事助手" style), delivered as the phone
  SCREENSHOT (scan): status bar (time, signal, 5G/4G, battery with its percentage), the app's title
  bar with a back arrow "‹", the title ("电子证明详情" / "证明详情" / "在职证明") and "···"; a grey
  strip "该证明由…生成，可扫码或输入验证码核验真伪" on some; the certificate as a white rounded CARD
  with its own heading "在职证明", a "证明编号：ZM20231108…" (distractor), the prose "兹证明 X（身份证
  号：…）自2018年3月入职我司，现任…岗位，所在部门为…，目前在职。特此证明。" (a field list 姓名 / 身份证号 /
  入职日期 / 所在部门 / 岗位 / 在职状态 under it on some), the company's name and the date with the
  company's ELECTRONIC SEAL (a red picture) over them, "验证码：8F3K-2QXA" and a QR code with "扫码验证"
  at the card's foot, "有效期至…" on some; then a blue "下载PDF" button (and "分享" beside it on
  some) and the app's "本证明由…提供技术支持" line, the home indicator. The ID number is masked
  (6201**********1234) on some apps: no ID in the truth then. Delivered as the screenshot image
  itself (colour JPEG, 1080 px wide, as forwarded through 微信) or printed on A4 (the screenshot
  reduced, centred) and scanned in grey. Truth: name, ID (when whole), unit, position, start_date.
Diploma:
* dip_folded_crease_photo — a 2000s-2010s 普通高等学校毕业证书 (landscape sheet with photo and 钢印,
  "毕业证书", prose "学生X，性别男，一九八六年三月五日生，于二〇〇四年九月至二〇〇八年七月在本校…专业四年
  制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 校名 with the red seal, 校（院）长 signature,
  the date, "证书编号：…", the 学信网 line after 2007; or the portrait design with the photo above the
  prose) that was FOLDED IN FOUR for years and photographed lying flat on a table (colour JPEG):
  one vertical and one horizontal CREASE cross the sheet near its middle (across the prose, across
  the name's line on some), each a dark shadow on one side and a lighter worn ridge on the other,
  the four panels tilted and lit a little differently, a slight wave along the creases (the paper
  still bent there), a corner DOG-EARED (the folded triangle showing the paper's plain back and
  the table under the missing corner), slight perspective, table background. Truth: name, gender,
  birth_date, school, major, level, start/graduation months, certificate_no.
Degree:
* deg_master_electronic_pdf — a 2020s 硕士学位证书 ELECTRONIC VERSION that the university's
  学位证书电子化 system issues (text PDF, portrait or landscape A4): the issuing system's band
  ("学位证书电子版" / "电子学位证书"), the school's ring logo, "硕士学位证书", the photo, the prose
  "X，女，1996年3月12日生。在土木工程学科完成硕士学位的学习，成绩合格，论文答辩通过，经审核符合《中华人
  民共和国学位条例》的规定，授予工学硕士学位。" or for a 专业学位 "…在土木水利专业学位类别完成硕士专业学位的学
  习…授予土木水利硕士专业学位。", "XX大学学位评定委员会主席" with a signature picture, the 学位评定委员会
  seal (a picture), the award date, "证书编号：1073 2320 2200 1234"-style 16 digits (whole or grouped)
  and as distractors the "电子证书编号：DZ…" / "验证码：…" alphanumerics, 学号, the generation time,
  the verification QR with "扫码验证" and a 声明 footer with the verification URL. Truth: name,
  degree, major (学科 or 专业学位类别 as printed), award_date, degree_certificate_no.
Papers:
* pap_preprint_accepted_manuscript — an accepted manuscript (录用定稿 / 网络首发 / 优先出版) as the
  JOURNAL'S OWN SITE serves it (text PDF, not CNKI): a header band (filled, or a rule with a boxed tag)
  "录用定稿" / "优先出版" / "网络首发" beside the journal's name (Chinese and English), "DOI：10.…" (a
  manuscript DOI without issue), "网络首发时间：2021-03-15 09:30" / "优先出版日期：2021年3月15日" on
  some pages and only "2021年" on others, the "引用格式：…[J/OL]. 刊名, 2021." line on some; title,
  byline with superscript numbers (pictures), numbered affiliations, 摘要, 关键词, 中图分类号 /
  文献标志码, the English title and abstract on some, "0 引言" and body on some; the first page's
  footnote 收稿日期 / 修回日期 / 基金项目 / 作者简介 (distractor dates); NO 卷期 anywhere; a "录用稿件，
  非最终出版稿" note on some. Truth: title, authors, journal, and published (the month of the online
  date) only where the page prints that online date.
* pap_conference_abstract_book — one page of a 学术年会 论文摘要集 / 会议论文集 (16开 book page,
  scanned): running head with the conference's book name ("甘肃省土木建筑学会2022年学术年会论文摘要集")
  and a session name or the place and month ("2022年8月 · 兰州"), a 分会场 heading on some, TWO or
  THREE short abstracts on the page, each with its title, authors (superscript numbers on some),
  affiliations "（1. …，甘肃 兰州 730070；2. …）", 摘要, 关键词 and an 作者简介 / E-mail line on some;
  the holder's abstract is any one of them; the page number in the foot ("· 57 ·"). Truth (as for
  pap_proceedings): title, authors of the holder's abstract, journal = the book's name as printed,
  published only where the page prints the month.
"""
from __future__ import annotations

import io
import math
import random
from datetime import date, datetime, timedelta

import cv2
import numpy as np
import pymupdf
from PIL import Image

from sample_docs.render.degrade import degrade, to_jpeg

from . import fonts
from .draw import A4, A4L, RED, Paper, Sheet
from .facts import NAMES_F, NAMES_M, SCHOOLS, TITLE_A, TITLE_B, TITLE_C, redate
from .fam_heldout2a import _qr
from .fam_round7 import AFF7, KEYW7, SENT7, _byline, _english_title
from .fam_round8 import EN_NAME
from .fam_round13 import _guilloche
from .fam_round19b import _signature
from .fam_round20b import (BIO20, DESKS20, DOI20, FUND20, SENT20, _invert, _jpeg, _over, _projector, _rgb, _Shot,
                           _smooth, _we)
from .registry import Drawn, family, fdate, hz_num

GREY = (0.35, 0.35, 0.35)
LIGHT = (0.55, 0.55, 0.55)
STEEL = (0.55, 0.55, 0.55)
WHITE = (1.0, 1.0, 1.0)


def _with_face(s: Sheet, face: str):
    """Switch the sheet's face (titles in 黑体 …); returns the previous font to restore."""
    old = s.paper.font
    if fonts.path_of(face) is not None:
        s.paper.font = fonts.font(face)
    return old


# --------------------------------------------------------------------------
# an electronic 在职证明 in an HR app, as a phone screenshot (scan)
# --------------------------------------------------------------------------

_SW = 360.0          # the screenshot's width in points: 1080 px at 216 dpi
# app: (title bar, strip, accent colour, footer line, masked ID)
APPS21 = (("电子证明详情", "该证明由钉钉智能人事生成，可扫码或输入验证码核验真伪", (0.2, 0.55, 0.98),
           "本服务由钉钉智能人事提供技术支持", False),
          ("证明详情", "证明已开具，可下载PDF或分享给他人查验", (0.2, 0.44, 0.95), "飞书人事 · 证明开具", True),
          ("在职证明", "本证明经企业人事审核后开具，扫码可查验真伪", (0.03, 0.66, 0.42), "企业微信 · 人事助手", False),
          ("电子证明详情", "", (0.2, 0.55, 0.98), "本服务由钉钉智能人事提供技术支持", True))
DEPTS21 = ("工程技术部", "综合管理部", "项目管理部", "安全环保部", "技术研发中心", "质量管理部", "设计一所", "生产运营部")


def _dept21(unit: str, rng: random.Random) -> str:
    if "医院" in unit:
        return rng.choice(("护理部", "医务科", "检验科", "心血管内科"))
    if "学校" in unit:
        return rng.choice(("教务处", "初中部", "小学部"))
    return rng.choice(DEPTS21)


def _code21(rng: random.Random, n: int, alpha: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    return "".join(rng.choice(alpha) for _ in range(n))


def _screen_shoot(paper: "_ScreenPaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    shot = _rgb(paper.doc[0], 216)                      # 1080 px wide
    if paper.fx["print"]:
        # printed on A4 (the screenshot reduced and centred, as 微信's print does) and scanned in grey
        k = 150 / 72
        W, H = int(A4[0] * k), int(A4[1] * k)
        page = np.full((H, W), 255.0, dtype=np.float32)
        grey = shot @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
        tw = int(W * paper.fx["scale"])
        th = int(grey.shape[0] * tw / grey.shape[1])
        if th > H - 120:
            th = H - 120
            tw = int(grey.shape[1] * th / grey.shape[0])
        small = cv2.resize(grey, (tw, th), interpolation=cv2.INTER_AREA)
        x0, y0 = (W - tw) // 2, int(paper.fx["top"] * k)
        y0 = min(y0, H - th - 30)
        page[y0:y0 + th, x0:x0 + tw] = small
        img = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), "L")
        img, quality = degrade(img, paper.fx["level"], rng)
        return to_jpeg(img, quality), ".jpg"
    # the screenshot itself, forwarded as a JPEG
    gen = np.random.default_rng(rng.getrandbits(32))
    shot = shot + gen.normal(0, 0.8, shot.shape)
    return _jpeg(shot, rng.randint(82, 92)), ".jpg"


class _ScreenPaper(_Shot):
    shoot = _screen_shoot


@family("emp_app_e_certificate_screenshot", "employment_proof", "scan",
        "ELECTRONIC 在职证明 issued in the employer's HR app (钉钉 智能人事 '电子证明' / 飞书 人事 / 企业微信 人事助手 style) as a "
        "phone SCREENSHOT: status bar (time, signal, battery %), title bar with back arrow '‹' and '···', a grey 核验 strip on "
        "some, the certificate as a white rounded CARD ('在职证明', '证明编号：ZM…' distractor, prose '兹证明X（身份证号：…）自"
        "2018年3月入职我司，现任…岗位…特此证明。', a field list 姓名/身份证号/入职日期/所在部门/岗位/在职状态 on some, the company and "
        "date under its red ELECTRONIC SEAL, '验证码：8F3K-2QXA' and a QR '扫码验证', 有效期 on some), a blue '下载PDF' button "
        "('分享' beside it on some), the app's 技术支持 line; ID masked on some apps; the screenshot itself (colour JPEG) or "
        "printed reduced on A4 and scanned")
def emp_app_e_certificate_screenshot(p: dict, rng: random.Random, face: str) -> Drawn:
    unit, post, name = p["unit"], p["position"], p["name"]
    title, strip, acc, foot, masked = rng.choice(APPS21)
    dept = _dept21(unit, rng)
    ws = date.fromisoformat(p["work_start"])
    ws = date(ws.year, ws.month, 1)
    st_s, st_t = fdate(ws.isoformat(), rng.choice(("cn", "cn", "cn0")), month=True)
    issued = datetime(rng.randint(max(ws.year + 1, 2021), 2024), rng.randint(1, 12), rng.randint(1, 28),
                      rng.randint(8, 18), rng.randint(0, 59))
    idn = p["id_number"]
    shown_id = (idn[:4] + "*" * 10 + idn[-4:]) if masked else idn
    we = "我司" if "公司" in unit else _we(unit)
    H = rng.choice((720.0, 760.0, 780.0))
    paper = _ScreenPaper(face, (_SW, H))
    s = paper[0]
    W = _SW
    s.box(0, 0, W, H, width=0, grey=0.95, fill=0.95)
    # status bar
    s.box(0, 0, W, 24, width=0, grey=1.0, fill=1.0)
    s.text(20, 16, f"{issued.hour}:{rng.randint(0, 59):02d}", 9.5)
    bat = rng.randint(18, 98)
    s.box(W - 36, 8, W - 17, 16, width=0.6, grey=0.25)
    s.box(W - 35, 9, W - 35 + 17 * bat / 100, 15, width=0, grey=0.2, fill=0.2)
    s.text(W - 40, 16, f"{bat}%", 7.5, align="right")
    s.text(W - 62, 16, rng.choice(("5G", "4G", "5G")), 7.5, align="right")
    for i in range(4):   # signal bars
        s.box(W - 90 + i * 4, 16 - 3 - i * 2, W - 88 + i * 4, 16, width=0, grey=0.2, fill=0.2)
    # title bar
    s.box(0, 24, W, 68, width=0, grey=1.0, fill=1.0)
    s.text(14, 53, "‹", 20)
    s.text(W / 2, 51, title, 13, align="center")
    s.text(W - 14, 50, "···", 12, align="right")
    s.line(0, 68, W, 68, width=0.4, grey=0.88)
    y = 76.0
    if strip:
        s.page.draw_rect(pymupdf.Rect(0, 68, W, 94), color=None, fill=(0.93, 0.96, 1.0))
        s.text(14, 85, "ⓘ " + strip if rng.random() < 0.3 else strip, 8, color=acc)
        y = 102.0
    # the certificate card
    cx0, cx1 = 12.0, W - 12.0
    rows_on = rng.random() < 0.5
    x0, x1 = cx0 + 18, cx1 - 18
    size = rng.choice((10.5, 11.0, 11.5))
    form = rng.randrange(3)
    if form == 0:
        prose = (f"兹证明{name}（身份证号：{shown_id}）自{st_s}入职{we}，现任{post}岗位，所在部门为{dept}，目前在职。")
    elif form == 1:
        prose = (f"兹证明{name}，性别{p['gender']}，身份证号码{shown_id}，系{unit}正式员工，自{st_s}入职{we}至今，"
                 f"现在{dept}担任{post}岗位。")
    else:
        prose = (f"兹有{name}同志（身份证号：{shown_id}），于{st_s}入职{we}，在{dept}工作，现任{post}岗位，"
                 f"劳动关系存续。")
    prose += rng.choice(("特此证明。", "特此证明！", "本证明仅用于其申报专业技术职称，特此证明。"))
    n_lines = len(s.wrap(prose, x1 - x0, size, first=2 * size))
    content = 92 + n_lines * size * 1.85 + (6 * 19 + 4 if rows_on else 0) + 26 + 30 + 16 + 80
    card_h = min(content + rng.uniform(0, 40), H - y - 150)
    s.page.draw_rect(pymupdf.Rect(cx0 + 1.5, y + 2, cx1 + 1.5, y + card_h + 2), color=None, fill=(0.88, 0.88, 0.88),
                     radius=0.03)
    s.page.draw_rect(pymupdf.Rect(cx0, y, cx1, y + card_h), color=None, fill=WHITE, radius=0.03)
    s.page.draw_rect(pymupdf.Rect(cx0, y, cx1, y + 5), color=None, fill=acc)
    old = _with_face(s, rng.choice(("hei", "song")))
    s.text(W / 2, y + 42, rng.choice(("在职证明", "在 职 证 明")), 19, align="center", track=2)
    s.paper.font = old
    no = f"ZM{issued:%Y%m%d}{rng.randint(10000, 99999)}" if rng.random() < 0.6 else \
        f"No.{issued:%y}{rng.randint(10 ** 9, 10 ** 10 - 1)}"
    s.text(cx1 - 16, y + 62, f"证明编号：{no}", 7.5, align="right", color=GREY)
    yy = s.para(x0, y + 92, prose, x1 - x0, size, leading=1.85, indent=2 * size)
    if rows_on:
        yy += 4
        rows = [("姓名", name), ("身份证号", shown_id), ("入职日期", fdate(ws.isoformat(), "iso", month=True)[0]),
                ("所在部门", dept), ("岗位", post), ("在职状态", "在职")]
        for lab, val in rows:
            s.text(x0, yy + 4, lab, 9.5, color=LIGHT)
            s.text(x1, yy + 4, val, 9.5, align="right")
            yy += 19
        s.line(x0, yy - 6, x1, yy - 6, width=0.3, grey=0.9)
    # the company, the date, the electronic seal
    yy = yy + 30
    when = fdate(issued.date().isoformat(), rng.choice(("cn", "cn", "iso")))[0]
    uw = max(s.width(unit, 10), s.width(when, 10))
    ux = x1 - uw / 2
    s.text(ux, yy, unit, 10, align="center")
    s.text(ux, yy + 18, when, 10, align="center")
    s.seal(ux + rng.uniform(-10, 10), yy + 2 + rng.uniform(-4, 4), rng.uniform(34, 38), unit)
    # 验证码 and the QR at the card's foot
    fy = y + card_h - 58
    s.line(x0, fy - 10, x1, fy - 10, width=0.4, grey=0.88)
    vc = _code21(rng, 4) + "-" + _code21(rng, 4) if rng.random() < 0.6 else _code21(rng, 8)
    s.text(x0, fy + 8, f"验证码：{vc}", 8.5, color=GREY)
    if rng.random() < 0.6:
        vt = issued.date() + timedelta(days=rng.choice((30, 90, 180)))
        s.text(x0, fy + 24, f"有效期至：{vt.isoformat()}", 8.5, color=GREY)
    s.text(x0, fy + 40, f"开具时间：{issued:%Y-%m-%d %H:%M}", 8.5, color=GREY)
    s.page.insert_image(pymupdf.Rect(x1 - 46, fy - 4, x1, fy + 42), stream=_qr(rng, 21))
    s.text(x1 - 23, fy + 52, "扫码验证", 6.5, align="center", color=LIGHT)
    # the buttons and the app's line
    by = y + card_h + 22
    share = rng.random() < 0.5
    bx1 = W / 2 - 6 if share else W - 24
    s.page.draw_rect(pymupdf.Rect(24, by, bx1, by + 36), color=None, fill=acc, radius=0.25)
    s.text((24 + bx1) / 2, by + 23, "下载PDF", 11.5, align="center", color=WHITE)
    if share:
        s.page.draw_rect(pymupdf.Rect(W / 2 + 6, by, W - 24, by + 36), color=acc, width=0.8, radius=0.25)
        s.text((W / 2 + 6 + W - 24) / 2, by + 23, "分享", 11.5, align="center", color=acc)
    s.text(W / 2, by + 62, foot, 7.5, align="center", color=LIGHT)
    s.page.draw_line((W / 2 - 50, H - 7), (W / 2 + 50, H - 7), color=(0, 0, 0), width=3)
    paper.fx = {"print": rng.random() < 0.45, "scale": rng.uniform(0.5, 0.62), "top": rng.uniform(50, 90),
                "level": rng.choice((1, 2, 2))}
    truth = {"name": name, "unit": unit, "position": post, "start_date": st_t}
    if not masked:
        truth["id_number"] = idn
    return Drawn(paper, truth, issued.date().isoformat(), dpi=216)


# --------------------------------------------------------------------------
# a 毕业证书 folded in four and photographed flat (scan)
# --------------------------------------------------------------------------

CHSI21 = ("中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn", "本证书可在 http://www.chsi.com.cn 查询")


def _fold_shoot(paper: "_FoldPaper", rng: random.Random, dpi: int, when: str) -> tuple[bytes, str]:
    fx = paper.fx
    kp = dpi / 72.0
    src = _rgb(paper.doc[0], dpi)
    h, w = src.shape[:2]
    gen = np.random.default_rng(rng.getrandbits(32))
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    cvx, chy = fx["cx"] * kp, fx["cy"] * kp
    dvx, dhy = xs - cvx, ys - chy
    # a slight wave along the creases: the paper still bent there (a displacement that dies off)
    wav = fx["wave"] * kp
    ox = wav * np.sin(ys / (fx["wl"] * kp) + fx["ph"]) * np.exp(-(dvx / (14 * kp)) ** 2)
    oy = wav * np.sin(xs / (fx["wl"] * 1.3 * kp) + fx["ph"] * 1.7) * np.exp(-(dhy / (14 * kp)) ** 2)
    src = cv2.remap(src, xs + ox, ys + oy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # panels tilted towards or away from the light
    panel = 1 + fx["pv"] * np.tanh(dvx / (4 * kp)) + fx["ph_"] * np.tanh(dhy / (4 * kp))
    # each crease: a shadow on one side and a worn, lighter ridge on the other
    sv, sh = fx["side_v"], fx["side_h"]
    shade = (fx["dark"] * np.exp(-((dvx + sv * 1.6 * kp) / (1.5 * kp)) ** 2)
             + fx["dark"] * 0.9 * np.exp(-((dhy + sh * 1.6 * kp) / (1.5 * kp)) ** 2))
    ridge = (fx["ridge"] * np.exp(-((dvx - sv * 1.2 * kp) / (0.9 * kp)) ** 2)
             + fx["ridge"] * np.exp(-((dhy - sh * 1.2 * kp) / (0.9 * kp)) ** 2))
    # the crease is worn unevenly along its length
    ridge = ridge * (0.7 + 0.3 * _smooth(gen, h, w, 9))
    src = src * (panel * (1 - shade))[..., None]
    src = src + (250 - src) * np.clip(ridge, 0, 0.8)[..., None]
    # the dog-eared corner: the triangle folded over shows the plain back, the table under it
    sheet_a = np.ones((h, w), dtype=np.float32)
    corner, L = fx["corner"], fx["ear"] * kp
    ux = xs if corner[0] == 0 else (w - 1 - xs)
    uy = ys if corner[1] == 0 else (h - 1 - ys)
    d = ux + uy
    sheet_a = np.clip(d - L + 0.5, 0, 1)                    # the corner is gone …
    flap = np.clip(2 * L - d + 0.5, 0, 1) * (ux < L) * (uy < L) * np.clip(d - L + 0.5, 0, 1)
    back = np.array(fx["back"], dtype=np.float32)
    flap_col = back[None, None, :] * (0.9 + 0.08 * (ux / max(L, 1)))[..., None]
    # … folded onto the sheet: the flap's shadow, then the flap
    fsh = cv2.GaussianBlur(flap, (0, 0), 2.5 * kp)
    src = src * (1 - 0.3 * np.clip(fsh - flap, 0, 1))[..., None]
    src = _over(src, flap_col, flap)
    # the sheet on the table, in perspective, the panels raised a little (a tent at each crease)
    out_w = int(w * fx["frame"])
    out_h = int(out_w * 3 / 4) if w > h else int(out_w * 4 / 3)
    cs, ct = fx["cx"] / paper.size[0] - 0.5, fx["cy"] / paper.size[1] - 0.5
    tv, th_ = fx["tent"]

    def shape(s, t):
        return -w * (tv * (0.25 - np.sqrt((s - cs) ** 2 + 1e-4)) + th_ * (0.25 - np.sqrt((t - ct) ** 2 + 1e-4)))
    fwd = _projector(w, h, fx["k"], out_w / 2 + fx["shift"][0] * out_w, out_h / 2 + fx["shift"][1] * out_h,
                     fx["ax"], fx["ay"], fx["az"], fx["dist"], shape)
    mx, my = _invert(fwd, out_w, out_h, w, h)
    stack = np.dstack([src, sheet_a])
    warped = cv2.remap(stack, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    wsrc, wa = warped[..., :3], warped[..., 3]
    desk = np.array(fx["desk"], dtype=np.float32)
    gy, gx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    grain = 0.05 * np.sin(gy / out_h * fx["grain"] + 3 * _smooth(gen, out_h, out_w, 6)) + 0.07 * _smooth(gen, out_h, out_w, 4)
    img = desk[None, None, :] * (1 + grain)[..., None]
    shadow = cv2.GaussianBlur(np.roll(np.roll(wa, int(0.01 * out_w), axis=1), int(0.014 * out_h), axis=0),
                              (0, 0), 0.012 * out_w)
    img = img * (1 - 0.38 * shadow)[..., None]
    img = _over(img, wsrc, wa)
    ramp = (gx / out_w - 0.5) * fx["light"][0] + (gy / out_h - 0.5) * fx["light"][1]
    img = img * (1 + ramp + 0.05 * _smooth(gen, out_h, out_w, 3))[..., None] * np.array(fx["cast"], np.float32)[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), fx["blur"])
    img = img + gen.normal(0, 2.8, img.shape[:2])[..., None] + gen.normal(0, 1.4, img.shape)
    return _jpeg(img, rng.randint(74, 88)), ".jpg"


class _FoldPaper(_Shot):
    shoot = _fold_shoot


def _hits(box: tuple[float, float, float, float], corner: tuple[int, int], L: float, W: float, H: float) -> bool:
    """Whether the dog-ear (the lost triangle and the flap over the sheet, both within L of the corner
    along each edge, 2L along the diagonal) reaches a box."""
    x0, y0, x1, y1 = box
    xs = (x0, x1) if corner[0] == 0 else (W - x1, W - x0)
    ys = (y0, y1) if corner[1] == 0 else (H - y1, H - y0)
    return xs[0] < L and ys[0] < L and xs[0] + ys[0] < 2 * L + 4


@family("dip_folded_crease_photo", "diploma", "scan",
        "2000s-2010s 普通高等学校毕业证书 (landscape with photo and 钢印, or portrait with the photo above the prose; '学生X，性别男，"
        "一九八六年三月五日生，于二〇〇四年九月至二〇〇八年七月在本校…专业四年制本科学习…准予毕业', 校名 with red seal, 校（院）长, "
        "date, 证书编号, 学信网 line after 2007) FOLDED IN FOUR and photographed lying flat on a table: one vertical and one "
        "horizontal CREASE near the middle crossing the prose (the name's line on some), a dark shadow on one side and a lighter "
        "worn ridge on the other, the four panels lit differently and raised a little, a slight wave along the creases, one "
        "corner DOG-EARED (the flap shows the plain back, the table under the lost corner), perspective, colour")
def dip_folded_crease_photo(p: dict, rng: random.Random, face: str) -> Drawn:
    level = rng.choice(("本科", "本科", "大专"))
    gy = rng.randint(2003, 2017)
    q = redate(p, rng, gy, level=level)
    years = q["years"]
    start = date(gy - years, 9, 1)
    style = rng.choice(("hz", "hz", "hz_ling", "cn"))
    with_day = rng.random() < 0.7
    b_s, b_t = fdate(q["birth_date"], style, month=not with_day)
    st_s, st_t = fdate(start.isoformat(), style, month=True)
    gd_s, gd_t = fdate(q["graduation_date"], style, month=True)
    issued_s = fdate(q["graduation_date"], "hz" if style != "cn" else "cn")[0]
    lvl = "本科" if level == "本科" else rng.choice(("专科", "专科", "高职"))
    portrait = rng.random() < 0.35
    W, H = (rng.uniform(500, 520), rng.uniform(700, 730)) if portrait else (rng.uniform(690, 730), rng.uniform(490, 515))
    paper = _FoldPaper(face, (W, H))
    s = paper[0]
    ink = rng.choice(((0.6, 0.1, 0.1), (0.1, 0.3, 0.22), (0.5, 0.36, 0.12)))
    tint = rng.choice(((0.97, 0.95, 0.88), (0.95, 0.96, 0.92), (0.98, 0.97, 0.94)))
    s.page.draw_rect(s.page.rect, color=None, fill=tint)
    _guilloche(s, rng, 34, 34, W - 34, H - 34)
    s.page.draw_rect(pymupdf.Rect(18, 18, W - 18, H - 18), color=ink, width=2.5)
    s.page.draw_rect(pymupdf.Rect(24, 24, W - 24, H - 24), color=ink, width=0.6)
    keep: list[tuple[float, float, float, float]] = []
    size = rng.choice((14.5, 15.0, 16.0)) if not portrait else rng.choice((14.0, 14.5))
    who = f"学生 {q['name']} ，" if rng.random() < 0.6 else f"学生{q['name']}，"
    prose = (f"{who}性别 {q['gender']} ，{b_s}生，于{st_s}至{gd_s}在本校 {q['major']} 专业{hz_num(years)}年制{lvl}"
             f"学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    if portrait:
        s.text(W / 2, 96, "毕 业 证 书", 30, align="center", track=8, color=ink)
        pw_, ph_ = 84.0, 112.0
        px, py = W / 2 - pw_ / 2, 128.0
        s.photo(px, py, pw_, ph_)
        s.seal(px + pw_ - 4, py + ph_ - 4, 26, q["school"], color=STEEL)
        tx0, tx1, y = 60.0, W - 60, py + ph_ + 52
    else:
        s.text(W / 2, 84, "毕 业 证 书", 30, align="center", track=8, color=ink if rng.random() < 0.6 else (0, 0, 0))
        pw_, ph_ = 90.0, 120.0
        px, py = 60.0, 120.0
        s.photo(px, py, pw_, ph_)
        s.seal(px + pw_ - 6, py + ph_ - 6, 27, q["school"], color=STEEL)
        tx0, tx1, y = 182.0, W - 58, 146.0
    keep.append((px, py, px + pw_, py + ph_))
    lead = 2.2
    name_line_y = y
    for i, ln in enumerate(s.wrap(prose, tx1 - tx0, size, first=2 * size)):
        x = tx0 + (2 * size if i == 0 else 0)
        s.text(x, y, ln, size)
        if i == 0:
            nx = x + s.width(who.split(q["name"])[0], size)
            keep.append((nx - 2, y - size, nx + s.width(q["name"], size) + 2, y + 3))
            name_line_y = y
        y += size * lead
    if portrait:
        y = max(y + 24, H - 190)
    else:
        y = max(y + 24, H - 140)
    sx = tx0 if portrait else 62.0
    s.text(sx, y, f"校名：{q['school']}", 13.5)
    keep.append((sx, y - 14, sx + s.width(f"校名：{q['school']}", 13.5), y + 3))
    s.seal(sx + 40 + s.width(q["school"], 13.5) / 2 + rng.uniform(-12, 12), y - 6, 42, q["school"])
    s.text(sx, y + 32, "校（院）长：", 13.5)
    _signature(s, sx + 86, y + 34, q["principal"], rng)
    s.text(W - 60, y + 32, issued_s, 13.5, align="right")
    label = rng.choice(("证书编号：", "证书编号 "))
    if portrait:
        nx0, ny = 60.0, H - 52
    elif rng.random() < 0.5:
        nx0, ny = px - 6, py + ph_ + 24
        label = "证书编号："
    else:
        nx0, ny = 62.0, H - 46
    nsize = 11.0 if not (not portrait and nx0 < 60) else 10.0
    s.text(nx0, ny, label + q["certificate_no"], nsize)
    keep.append((nx0, ny - nsize, nx0 + s.width(label + q["certificate_no"], nsize), ny + 3))
    if gy >= 2007:
        s.text(W - 40, H - 32, rng.choice(CHSI21), 7.5, align="right")
    # the creases: near the middle; the vertical one through the prose, the horizontal one through a
    # prose line or between lines (the name's line on some seeds)
    cx = W / 2 + rng.uniform(-12, 12)
    if rng.random() < 0.35:
        cy = name_line_y - size * 0.35
    else:
        cy = H / 2 + rng.uniform(-14, 14)
    ear = rng.uniform(30, 46)
    corners = [(0, 0), (1, 0), (0, 1), (1, 1)]
    rng.shuffle(corners)
    corner = next((c for c in corners if not any(_hits(b, c, ear, W, H) for b in keep)), None)
    if corner is None:
        corner, ear = corners[0], 18.0
    paper.fx = {"cx": cx, "cy": cy, "wave": rng.uniform(0.6, 1.4), "wl": rng.uniform(16, 30),
                "ph": rng.uniform(0, 6.3), "pv": rng.uniform(-0.05, 0.05), "ph_": rng.uniform(-0.05, 0.05),
                "side_v": rng.choice((-1, 1)), "side_h": rng.choice((-1, 1)), "dark": rng.uniform(0.22, 0.34),
                "ridge": rng.uniform(0.3, 0.5), "corner": corner, "ear": ear,
                "back": rng.choice(((236, 232, 222), (228, 226, 218), (240, 236, 226))),
                "tent": (rng.uniform(0.01, 0.025), rng.uniform(0.008, 0.02)),
                "frame": rng.uniform(1.1, 1.2), "k": rng.uniform(0.8, 0.88),
                "shift": (rng.uniform(-0.02, 0.02), rng.uniform(-0.02, 0.02)),
                "ax": math.radians(rng.uniform(-8, 8)), "ay": math.radians(rng.uniform(-8, 8)),
                "az": math.radians(rng.uniform(-4, 4)), "dist": rng.uniform(1.9, 2.8), "desk": rng.choice(DESKS20),
                "grain": rng.uniform(30, 90), "light": (rng.uniform(-0.22, 0.22), rng.uniform(-0.22, 0.22)),
                "cast": rng.choice(((1.0, 0.97, 0.9), (0.96, 0.98, 1.03), (1.0, 1.0, 0.98))),
                "blur": rng.uniform(0.6, 1.0)}
    truth = {"name": q["name"], "gender": q["gender"], "birth_date": b_t, "school": q["school"], "major": q["major"],
             "level": level, "start_date": st_t, "graduation_date": gd_t, "certificate_no": q["certificate_no"]}
    return Drawn(paper, truth, q["graduation_date"], dpi=rng.choice((160, 170, 180)))


# --------------------------------------------------------------------------
# a 2020s 硕士学位证书 electronic version (text)
# --------------------------------------------------------------------------

# 本科 major → (学术学位 一级学科, 门类, 专业学位类别)
MASTER21 = {"土木工程": ("土木工程", "工学", "土木水利"), "给排水科学与工程": ("市政工程", "工学", "土木水利"),
            "电气工程及其自动化": ("电气工程", "工学", "能源动力"),
            "计算机科学与技术": ("计算机科学与技术", "工学", "电子信息"),
            "环境工程": ("环境科学与工程", "工学", "资源与环境"), "工程管理": ("管理科学与工程", "管理学", "工程管理"),
            "汉语言文学": ("中国语言文学", "文学", "国际中文教育"), "会计学": ("工商管理", "管理学", "会计"),
            "测绘工程": ("测绘科学与技术", "工学", "资源与环境"), "化学工程与工艺": ("化学工程与技术", "工学", "材料与化工"),
            "道路桥梁与渡河工程": ("交通运输工程", "工学", "交通运输"), "临床医学": ("临床医学", "医学", "临床医学"),
            "民族学": ("民族学", "法学", "社会工作"), "数学与应用数学": ("数学", "理学", "应用统计")}
SYSTEMS21 = ("学位证书电子版", "电子学位证书", "学位证书（电子版）")


@family("deg_master_electronic_pdf", "degree", "text",
        "2020s 硕士学位证书 ELECTRONIC VERSION issued as a PDF by the university's 学位证书电子化 system (portrait or landscape): "
        "band '学位证书电子版' / '电子学位证书', ring logo, '硕士学位证书', photo, prose 'X，女，1996年3月12日生。在土木工程学科完成硕士"
        "学位的学习，成绩合格，论文答辩通过，经审核符合《中华人民共和国学位条例》的规定，授予工学硕士学位。' or '…在土木水利专业学位"
        "类别完成硕士专业学位的学习…授予土木水利硕士专业学位', 学位评定委员会主席 with a signature picture and the committee's seal "
        "(picture), award date, 16-digit 证书编号 (whole or grouped by four), distractor 电子证书编号 'DZ…' / 验证码 / 学号 / 生成时间, "
        "verification QR '扫码验证', 声明 footer with the verification URL")
def deg_master_electronic_pdf(p: dict, rng: random.Random, face: str) -> Drawn:
    p2 = dict(p)
    if SCHOOLS[p2["school"]][1] != "u":
        p2["school"] = rng.choice(sorted(s for s, (_, k) in SCHOOLS.items() if k == "u"))
    if p2["major"] not in MASTER21:
        p2["major"] = rng.choice(sorted(MASTER21))
    gy = rng.randint(2020, 2024)
    q = redate(p2, rng, gy, level="硕士研究生")
    award = date(gy, rng.choice((6, 6, 6, 12)), rng.choice((18, 20, 25, 28, 30)))
    deg_no = f"{q['school_code']}3{gy}{rng.randrange(1, 999999):06d}"
    discipline, cat, prof = MASTER21[q["major"]]
    professional = rng.random() < 0.45
    style = rng.choice(("cn", "cn", "hz"))
    birth = fdate(q["birth_date"], style)[0]
    aw_s, aw_t = fdate(award.isoformat(), style)
    school = q["school"]
    if professional:
        major = prof
        prose = (f"{q['name']}，{q['gender']}，{birth}生。在{prof}专业学位类别完成硕士专业学位的学习，成绩合格，"
                 f"论文答辩通过，经审核符合《中华人民共和国学位条例》的规定，授予{prof}硕士专业学位。")
    else:
        major = discipline
        word = rng.choice(("学科", "学科", "专业"))
        prose = (f"{q['name']}，{q['gender']}，{birth}生。在{discipline}{word}完成硕士学位的学习，成绩合格，论文答辩通过，"
                 f"经审核符合《中华人民共和国学位条例》的规定，授予{cat}硕士学位。")
    land = rng.random() < 0.4
    size = A4L if land else A4
    paper = Paper(face, size)
    s = paper[0]
    W, H = size
    acc = rng.choice(((0.55, 0.1, 0.12), (0.1, 0.25, 0.5), (0.55, 0.42, 0.15)))
    # the issuing system's band
    sysname = rng.choice(SYSTEMS21)
    s.page.draw_rect(pymupdf.Rect(0, 0, W, 30), color=None, fill=(0.95, 0.95, 0.95))
    s.text(24, 20, f"{school} · {sysname}", 9, color=GREY)
    gen_at = datetime.combine(award + timedelta(days=rng.randint(20, 900)), datetime.min.time()) + \
        timedelta(seconds=rng.randint(8 * 3600, 20 * 3600))
    s.text(W - 24, 20, f"生成时间：{gen_at:%Y-%m-%d %H:%M:%S}", 8, align="right", color=GREY)
    # frame and title
    m = 44.0
    s.page.draw_rect(pymupdf.Rect(m, 44, W - m, H - 60), color=acc, width=3)
    s.page.draw_rect(pymupdf.Rect(m + 6, 50, W - m - 6, H - 66), color=acc, width=0.7)
    _guilloche(s, rng, m + 14, 58, W - m - 14, H - 74)
    s.page.draw_circle((W / 2, 100), 24, color=acc, width=2)
    s.page.draw_circle((W / 2, 100), 18, color=acc, width=0.7)
    s.text(W / 2, 106, school[0], 16, align="center", color=acc)
    old = _with_face(s, rng.choice(("song", "kai", "hei")))
    s.text(W / 2, 160, "硕士学位证书", 28 if not land else 26, align="center", track=6, color=acc)
    s.paper.font = old
    # photo, the prose, signer, date, number
    psz = 13.5 if land else 14.0
    if land:
        px, py = m + 40, 200.0
        s.photo(px, py, 86, 116)
        tx0, tx1, y = px + 120, W - m - 40, 222.0
        no_xy = (px - 4, py + 140)
    else:
        px, py = W / 2 - 45, 190.0
        s.photo(px, py, 90, 120)
        tx0, tx1, y = m + 44, W - m - 44, 360.0
        no_xy = None
    y = s.para(tx0, y, prose, tx1 - tx0, psz, leading=2.05, indent=2 * psz)
    y = max(y + 40, H - (190 if land else 250))
    chair = rng.choice([n for n in NAMES_M if n != q["name"]])
    rx = W - m - 60
    s.text(rx, y, f"{school}学位评定委员会", 13, align="right")
    s.text(rx - 70, y + 34, "主席", 13, align="right")
    _signature(s, rx - 62, y + 36, chair, rng)
    s.seal(rx - s.width(f"{school}学位评定委员会", 13) / 2, y - 2, 40, f"{school}学位评定委员会")
    s.text(rx, y + 68, aw_s, 13, align="right")
    grouped = rng.random() < 0.4
    shown_no = " ".join(deg_no[i:i + 4] for i in range(0, 16, 4)) if grouped else deg_no
    if no_xy is None:
        no_xy = (m + 40, y + 68)
    s.text(no_xy[0], no_xy[1], f"证书编号：{shown_no}" if not land else "证书编号", 11 if land else 11.5)
    if land:
        s.text(no_xy[0], no_xy[1] + 16, shown_no, 11)
    # distractors and verification at the foot
    ecert = f"DZ{q['school_code']}{gy}{_code21(rng, 8, '0123456789ABCDEF')}"
    vcode = _code21(rng, rng.choice((10, 12, 16)))
    stu = f"{gy - 3}{rng.randint(10 ** 7, 10 ** 8 - 1)}"
    fy = H - 50
    qx = m + 22 if land else W - m - 76
    s.page.insert_image(pymupdf.Rect(qx, H - 154, qx + 56, H - 98), stream=_qr(rng, 23))
    s.text(qx + 28, H - 86, "扫码验证", 7, align="center", color=GREY)
    lines = [f"电子证书编号：{ecert}", f"验证码：{vcode}"]
    if rng.random() < 0.6:
        lines.append(f"学号：{stu}")
    fx = m + 14
    for i, ln in enumerate(lines):
        s.text(fx + i * (W - 2 * m - 90) / len(lines), fy + 16, ln, 7.5, color=GREY)
    host = rng.choice(("xwzs", "xwxx", "gs", "yjsy"))
    s.text(W / 2, fy + 34, f"声明：本电子学位证书与纸质证书具有同等效力，可登录 https://{host}.{q['school_code']}.edu.cn/verify "
                           f"输入验证码或扫描二维码查验。", 6.8, align="center", color=GREY)
    truth = {"name": q["name"], "degree": "硕士", "major": major, "award_date": aw_t, "degree_certificate_no": deg_no}
    return Drawn(paper, truth, gen_at.date().isoformat(),
                 producer=rng.choice(("iText® 7.1.16 ©2000-2021 iText Group NV", "Apache FOP Version 2.6",
                                      "Qt 5.15.2")))


# --------------------------------------------------------------------------
# an accepted manuscript from the journal's own site (text)
# --------------------------------------------------------------------------

MONTHLY21 = ("环境工程", "公路交通科技", "建筑结构", "中国给水排水", "电力系统保护与控制", "工业建筑", "化工进展",
             "水利水电技术", "计算机工程与应用", "甘肃科学学报", "兰州交通大学学报", "西北民族大学学报(自然科学版)")
CLC21 = ("TU444", "X703", "U416.217", "TP391", "TU991.3", "TM615", "X705", "TV671", "TU317")


@family("pap_preprint_accepted_manuscript", "paper", "text",
        "accepted manuscript (录用定稿 / 网络首发 / 优先出版) PDF from the JOURNAL'S OWN SITE, not CNKI: header band (filled, or a "
        "rule with a boxed tag) with the journal's Chinese and English names, 'DOI：10.…' without an issue, '网络首发时间：2021-03-15 "
        "09:30' / '优先出版日期：2021年3月15日' on some and only '2021年' on others, '引用格式 …[J/OL]' on some; title, byline with "
        "superscript numbers (pictures), numbered affiliations, 摘要/关键词/中图分类号/文献标志码, English block on some, body on "
        "some; footnote 收稿日期/修回日期/基金项目/作者简介; NO 卷期; published only where the online date is printed")
def pap_preprint_accepted_manuscript(p: dict, rng: random.Random, face: str) -> Drawn:
    j = p["journal"]
    en = EN_NAME.get(j, "Journal")
    names = p["authors"]
    title = p["paper_title"]
    y = max(p["pub_year"], 2019)
    online = datetime(y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18), rng.randint(0, 59))
    recv = online.date() - timedelta(days=rng.randint(100, 320))
    rev = recv + timedelta(days=rng.randint(30, 80))
    tag = rng.choice(("录用定稿", "优先出版", "网络首发"))
    dated = rng.random() < 0.6
    stem = DOI20.get(j, "10.3969/j.issn.1000-0000")
    doi = f"{stem}.{y}{rng.randint(1000, 9999)}" if rng.random() < 0.5 else f"{stem}.{y}-{rng.randint(10, 999):04d}"
    paper = Paper(face, A4)
    s = paper[0]
    W, H = A4
    x0, x1 = 60.0, W - 60
    acc = rng.choice(((0.1, 0.3, 0.55), (0.55, 0.12, 0.12), (0.15, 0.42, 0.35)))
    date_line = (f"网络首发时间：{online:%Y-%m-%d %H:%M}" if rng.random() < 0.5
                 else f"{'优先出版日期' if tag == '优先出版' else '网络首发日期'}：{fdate(online.date().isoformat(), 'cn')[0]}")
    band = rng.choice(("filled", "rule"))
    if band == "filled":
        s.page.draw_rect(pymupdf.Rect(0, 24, W, 70), color=None, fill=acc)
        s.text(x0, 46, j, 15, color=WHITE, track=1)
        s.text(x0, 62, en, 8, color=WHITE)
        s.text(x1, 52, tag, 15, align="right", color=WHITE, track=2)
        yy = 86.0
        s.text(x0, yy, f"DOI：{doi}", 8, color=GREY)
        s.text(x1, yy, date_line if dated else f"{y}年", 8, align="right", color=GREY)
    else:
        s.text(x0, 46, f"{j}", 12, track=1)
        s.text(x0 + s.width(j, 12, 1) + 10, 46, en, 8, color=GREY)
        tw = s.width(tag, 10) + 14
        s.page.draw_rect(pymupdf.Rect(x1 - tw, 33, x1, 50), color=acc, width=0.9)
        s.text(x1 - tw / 2, 46, tag, 10, align="center", color=acc)
        s.line(x0, 56, x1, 56, width=1.2)
        s.line(x0, 58.5, x1, 58.5, width=0.4)
        yy = 72.0
        s.text(x0, yy, f"DOI：{doi}", 8, color=GREY)
        s.text(x1, yy, date_line if dated else f"{y}年  {tag}", 8, align="right", color=GREY)
    if rng.random() < 0.45:
        yy += 13
        cite = f"引用格式：{'，'.join(names)}．{title}[J/OL]．{j}，{y}．DOI：{doi}．"
        yy = s.para(x0, yy, cite, x1 - x0, 7.5, leading=1.5) - 7.5 * 1.5
    yy += 40
    for line in s.wrap(title, x1 - x0 - 60, 18):
        s.text(W / 2, yy, line, 18, align="center")
        yy += 26
    yy += 8
    insts = [a[0] for a in rng.sample(AFF7, min(len(names), rng.randint(1, 3)))]
    marks = [str(rng.randint(1, len(insts))) if len(insts) > 1 else "" for _ in names]
    if len(insts) > 1:
        marks[0] = "1"
        for i in range(1, len(insts)):
            if str(i + 1) not in marks and len(names) > i:
                marks[min(i, len(names) - 1)] = str(i + 1)
    _byline(s, W / 2, yy, names, marks, 12, rng.choice(("，", "  ")), 7)
    yy += 18
    aff = "；".join(f"{i + 1}. {a}" if len(insts) > 1 else a for i, a in enumerate(insts))
    for line in s.wrap(f"（{aff}）", x1 - x0 - 50, 8.5):
        s.text(W / 2, yy, line, 8.5, align="center")
        yy += 13
    yy += 10
    ind = 18.0
    yy = s.para(x0 + ind, yy, "摘  要：" + "".join(rng.sample(SENT20, 5)), x1 - x0 - 2 * ind, 9, leading=1.6)
    yy = s.para(x0 + ind, yy, "关键词：" + "；".join(rng.sample(KEYW7, 4)), x1 - x0 - 2 * ind, 9, leading=1.6)
    s.text(x0 + ind, yy, f"中图分类号：{rng.choice(CLC21)}        文献标志码：A", 9)
    yy += 18
    if rng.random() < 0.5:
        old = _with_face(s, "song")
        for line in s.wrap(_english_title(title), x1 - x0 - 60, 11.5):
            s.text(W / 2, yy + 8, line, 11.5, align="center")
            yy += 16
        s.paper.font = old
        yy = s.para(x0 + ind, yy + 14, "Abstract: The engineering behaviour was studied by field monitoring and "
                                      "numerical simulation, and the main influencing factors were analysed. The results "
                                      "provide a reference for similar projects in cold and arid regions.",
                    x1 - x0 - 2 * ind, 8.5, leading=1.5)
        yy = s.para(x0 + ind, yy, "Key words: loess; field monitoring; numerical simulation; cold and arid region",
                    x1 - x0 - 2 * ind, 8.5, leading=1.5)
    foot = H - 96
    if yy < foot - 80:
        s.text(x0, yy + 18, "0  引言", 10.5)
        by = yy + 38
        body = "".join(rng.choice(SENT20 + SENT7) for _ in range(70))
        for i, ln in enumerate(s.wrap(body, x1 - x0, 9.5, first=19)):
            if by > foot - 14:
                break
            s.text(x0 + (19 if i == 0 else 0), by, ln, 9.5)
            by += 9.5 * 1.65
    s.line(x0, foot, x0 + 150, foot, width=0.4)
    fund = f"{rng.choice(FUND20)}（{rng.choice(('21JR7RA', '22JR5RA', '52078', '2021ZX'))}{rng.randint(100, 999)}）"
    born = rng.randint(1978, 1996)
    sex = "男" if names[0] in NAMES_M else "女"
    fn = [f"收稿日期：{recv.isoformat()}；修回日期：{rev.isoformat()}", f"基金项目：{fund}",
          f"作者简介：{names[0]}（{born}—），{sex}，{rng.choice(('硕士', '博士', '学士'))}，"
          f"{rng.choice(('工程师', '高级工程师', '讲师', '副教授'))}，研究方向为{rng.choice(BIO20)}。"]
    fy = foot + 13
    for ln in fn:
        fy = s.para(x0, fy, ln, x1 - x0, 7.5, leading=1.5)
    if rng.random() < 0.4:
        s.text(W / 2, H - 20, "录用稿件，非最终出版稿", 8, align="center", color=LIGHT)
    truth = {"title": title, "authors": ";".join(names), "journal": j}
    if dated:
        truth["published"] = f"{online.year:04d}-{online.month:02d}"
    return Drawn(paper, truth, online.date().isoformat(),
                 producer=rng.choice(("Adobe PDF Library 15.0", "pdfTeX-1.40.21", "Microsoft® Word 2016")))


# --------------------------------------------------------------------------
# a page of a conference's 论文摘要集 (scan)
# --------------------------------------------------------------------------

# book name pattern ({y}: the year), the place, sessions
CONF21 = (("甘肃省土木建筑学会{y}年学术年会论文摘要集", "兰州", ("第一分会场  岩土与地下工程", "第二分会场  结构工程",
                                                "第三分会场  建筑施工与管理")),
          ("中国公路学会{y}年学术年会论文摘要集", "北京", ("道路工程", "桥梁与隧道工程", "交通安全与管理")),
          ("第八届全国寒区工程与环境学术会议论文摘要集", "兰州", ("专题一：冻土与寒区工程", "专题二：寒旱区水环境")),
          ("{y}年全国给水排水技术交流会论文集", "西安", ("水处理技术", "管网与泵站", "污泥处理与资源化")),
          ("甘肃省电机工程学会{y}年学术年会论文集", "兰州", ("电网运行与控制", "新能源并网技术")),
          ("西北五省（区）岩土力学与工程学术研讨会论文摘要集", "西宁", ("黄土力学", "边坡与地基处理")))
EMAILS21 = ("163.com", "126.com", "lzjtu.edu.cn", "lut.edu.cn", "qq.com", "nwnu.edu.cn")


def _title21(rng: random.Random, avoid: set[str]) -> str:
    while True:
        t = rng.choice(TITLE_A) + rng.choice(TITLE_B) + rng.choice(TITLE_C)
        if t not in avoid:
            return t


@family("pap_conference_abstract_book", "paper", "scan",
        "one page of a 学术年会 论文摘要集 / 会议论文集 (16开 book page, scanned): running head with the book's name ('甘肃省土木建筑学会"
        "2022年学术年会论文摘要集') and a session name or '2022年8月 · 兰州', a 分会场 heading on some, TWO or THREE short abstracts on "
        "the page (title, authors with superscripts on some, '（1. …，甘肃 兰州 730070；2. …）', 摘要, 关键词, 作者简介/E-mail on "
        "some), the holder's abstract any one of them, '· 57 ·' page number in the foot; journal = the book's name as printed, "
        "published only where the month is printed")
def pap_conference_abstract_book(p: dict, rng: random.Random, face: str) -> Drawn:
    pattern, place, sessions = rng.choice(CONF21)
    y = max(p["pub_year"], 2017)
    book = pattern.format(y=y)
    month = rng.randint(6, 11)
    names = p["authors"]
    n_abs = rng.choice((2, 3, 3))
    mine = rng.randrange(n_abs)
    used = {p["paper_title"]}
    items = []
    for i in range(n_abs):
        if i == mine:
            items.append((p["paper_title"], names))
        else:
            t = _title21(rng, used)
            used.add(t)
            pool = [x for x in NAMES_M + NAMES_F if x not in names]
            items.append((t, rng.sample(pool, rng.randint(1, 4))))
    W, H = 516.0, 729.0
    paper = Paper(face, (W, H))
    s = paper[0]
    x0, x1 = 54.0, W - 54
    page_no = rng.randint(12, 240)
    odd = page_no % 2 == 1
    head = rng.choice(("month", "session", "place"))
    right = {"month": f"{y}年{month}月 · {place}", "session": rng.choice(sessions), "place": f"{place} · {y}"}[head]
    if odd:
        s.text(x0, 38, right, 8.5, color=GREY)
        s.text(x1, 38, book, 8.5, align="right", color=GREY)
    else:
        s.text(x0, 38, book, 8.5, color=GREY)
        s.text(x1, 38, right, 8.5, align="right", color=GREY)
    s.line(x0, 44, x1, 44, width=0.6)
    if rng.random() < 0.3:
        s.line(x0, 46.5, x1, 46.5, width=0.3)
    yy = 74.0
    if rng.random() < 0.4:
        sess = rng.choice(sessions)
        s.box(x0, yy - 14, x1, yy + 6, width=0, grey=0.88, fill=0.88)
        s.text(W / 2, yy, sess, 11, align="center")
        yy += 30
    coded = rng.random() < 0.4
    sess_no = rng.randint(1, 5)
    sup = rng.random() < 0.6
    label = rng.choice(("摘  要：", "【摘要】", "摘要："))
    kl = "【关键词】" if label.startswith("【") else "关键词："
    sep = rng.choice(("，", "  ", "、"))
    pool_s = list(SENT20 + SENT7)
    plan = []
    for title, au in items:
        insts = [a[0] for a in rng.sample(AFF7, min(len(au), rng.randint(1, 2)))]
        marks = [str(rng.randint(1, len(insts))) if (len(insts) > 1 and sup) else "" for _ in au]
        if len(insts) > 1 and sup:
            marks[0] = "1"
            marks[-1] = "2" if "2" not in marks else marks[-1]
        sents = rng.sample(pool_s, 10)
        kw = "；".join(rng.sample(KEYW7, rng.randint(3, 5)))
        bio = None
        if rng.random() < 0.4:
            mail = f"{rng.choice(('wang', 'chen', 'liu', 'zhao', 'ma', 'li', 'zhang'))}{rng.randint(10, 999)}@" \
                   f"{rng.choice(EMAILS21)}"
            bio = (f"作者简介：{au[0]}（{rng.randint(1970, 1996)}—），"
                   f"{rng.choice(('工程师', '高级工程师', '讲师', '硕士研究生', '副教授'))}，研究方向为{rng.choice(BIO20)}。"
                   f"E-mail：{mail}")
        plan.append((title, au, insts, marks, sents, kw, bio))

    def height(n: int) -> float:
        h = 0.0
        for title, au, insts, marks, sents, kw, bio in plan:
            aff = "；".join(f"{i + 1}. {a}" if len(insts) > 1 else a for i, a in enumerate(insts))
            h += 10 + 19 * len(s.wrap(title, x1 - x0 - 70, 13)) + 18 + 12 * len(s.wrap(f"（{aff}）", x1 - x0 - 40, 8)) + 6
            h += 8.8 * 1.6 * (len(s.wrap(label + "".join(sents[:n]), x1 - x0, 8.8)) + len(s.wrap(kl + kw, x1 - x0, 8.8)))
            h += (7.8 * 1.5 * len(s.wrap(bio, x1 - x0, 7.8)) if bio else 0) + 16
        return h
    n_sent = next((n for n in range(10, 2, -1) if yy + height(n) < H - 56), 3)
    for k, (title, au, insts, marks, sents, kw, bio) in enumerate(plan):
        if k:
            if rng.random() < 0.5:
                s.line(W / 2 - 40, yy - 10, W / 2 + 40, yy - 10, width=0.5)
            yy += 10
        if coded:
            s.text(x0, yy, f"S{sess_no}-{rng.randint(1, 30):02d}", 8, color=GREY)
        old = _with_face(s, "hei")
        for line in s.wrap(title, x1 - x0 - 70, 13):
            s.text(W / 2, yy, line, 13, align="center")
            yy += 19
        s.paper.font = old
        yy += 3
        if sup:
            _byline(s, W / 2, yy, au, marks, 10.5, sep, 6)
        else:
            s.text(W / 2, yy, sep.join(au), 10.5, align="center")
        yy += 15
        aff = "；".join(f"{i + 1}. {a}" if len(insts) > 1 else a for i, a in enumerate(insts))
        for line in s.wrap(f"（{aff}）", x1 - x0 - 40, 8):
            s.text(W / 2, yy, line, 8, align="center")
            yy += 12
        yy += 6
        yy = s.para(x0, yy, label + "".join(sents[:n_sent]), x1 - x0, 8.8, leading=1.6)
        yy = s.para(x0, yy, kl + kw, x1 - x0, 8.8, leading=1.6)
        if bio:
            yy = s.para(x0, yy, bio, x1 - x0, 7.8, leading=1.5)
        yy += 16
    s.text(W / 2, H - 30, f"· {page_no} ·", 9, align="center")
    truth = {"title": p["paper_title"], "authors": ";".join(names), "journal": book}
    if head == "month":
        truth["published"] = f"{y:04d}-{month:02d}"
    return Drawn(paper, truth, f"{y}-{month:02d}-{rng.randint(1, 28):02d}", dpi=rng.choice((150, 160, 170)),
                 level=rng.choice((1, 2, 2, 3)))
