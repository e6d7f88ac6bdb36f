"""工作证明 from the employer: holder, ID number, unit, position, start date.

Usually a letter: "兹证明张伟（身份证号：…）自2019年7月起在我单位工作，担任技术员职务。
特此证明。 兰州新区XX有限公司（盖章）". Labelled forms are read first, then the prose
(兹证明张伟同志… / 张伟，性别男，公民身份号码…); the unit falls back to the
signature after 特此证明, then to the letterhead above the title (证明) — either
may be wrapped onto two lines, and a seal stamped over it may hide one character
of the legal form (…有公司 → …有限公司, see ``repair_org_name``).
"""
from __future__ import annotations

import re

from extractors.base import register_doc_type
from extractors.labels import (CJK, DATE_VALUE, ORG_SUFFIX, FieldSet, Hit, doc_lines, find_date,
                               find_id_number, find_in_text, find_name, find_prose_name, find_text, find_value)
from extractors.labelset import load_labels
from extractors.lines import column_table
from core.normalize import clean_text, normalize_id_number, normalize_name, parse_date, parse_month, repair_org_name
from core.models import Document, Field

L = load_labels("employment_proof")
STOPS = list(L.stops)
LABEL = "|".join(re.escape(w) for w in sorted(STOPS, key=len, reverse=True))
ORG_NAME = rf"[{CJK}()A-Za-z0-9]{{3,40}}{ORG_SUFFIX}"
# "(盖章)" after a signature, also with OCR's bracket confusions ("[盖章)") or cut by a line break ("(盖")
SEAL_MARK = r"\s*(?:[(\[]\s*(?:盖\s*章|公\s*章|签\s*章|章)\s*[)\]]?|(?:盖\s*章|公\s*章)\s*[)\]]|[(\[]\s*盖?)\s*$"
# what the second line of a wrapped name can be when the first already ends like a name ("…集团" / "有限公司")
LEGAL_FORM = r"(?:股份)?有限(?:责任)?公司|有限公|司|分公司|公司"
TITLE = rf"(?!特此)[{CJK}()]{{0,8}}证明"  # 证明 / 工作证明 / 在职(工作)证明 on a line of its own
# the letter speaks of the issuer as 我单位 / 本公司 …: the unit is the one that signs
SELF = r"[我本](?:单位|公司|院|校|局|中心|集团|厂|所|站|委|办)"
# a named unit in the prose: "系兰州新区某某有限公司职工", "入职甘肃某某集团", "在某某公司工作"
PROSE_UNIT = (rf"(?:{'|'.join(L.word_list('unit_verbs'))})\s*((?!我|本|贵|该|其)[{CJK}()A-Za-z0-9]{{3,40}}?{ORG_SUFFIX})"
              rf"\s*(?:{'|'.join(L.word_list('unit_after'))}|,|，|。)")
# a department's name in brackets after the post: "专职教师（护理部）" (two characters at least before the
# suffix: "科员（副科）" is a rank)
DEPT_AFTER_POST = rf"(?<=[{CJK}A-Za-z])\s*\(\s*[{CJK}]{{2,12}}(?:{L.word_re('dept_suffix')})\s*\)$"
# the end of a document's or list's name (a caption), never the first half of a wrapped unit name
CAPTION_END = r"(?:名单|通知|决定|意见|办法|说明|一览表)\s*$"
# a department after the unit's name in a signature ("…有限公司人力资源部"): the unit is the company
DEPARTMENT = r"(?<=公司|集团|医院|学校|大学|学院|中心|[^办]局)[\u4e00-\u9fff]{2,8}(?:部|处|科|室)$"


def _org_of(text: str) -> str | None:
    """The organisation name a line (or two joined lines) consists of, seal mark removed."""
    t = re.sub(rf"\s*{DATE_VALUE}\s*日?\s*$", "", text.strip())  # the date beside the signature
    if re.match(rf"\s*(?:{LABEL})", t):
        return None  # a labelled field ("所在部门  初中部" in a field list, its value a line apart) is no issuer
    t = re.sub(SEAL_MARK, "", t)
    t = repair_org_name(re.sub(r"\s+", "", t))
    t = re.sub(DEPARTMENT, "", t)
    if re.fullmatch(ORG_NAME, t) and not re.search(r"证明$", t):
        return t
    return None


def _org_block(lines, indices) -> Hit | None:
    """The first of ``indices`` whose line is an organisation name, joined with its wrapped rest."""
    indices = list(indices)
    for k, i in enumerate(indices):
        one = lines[i].text.strip()
        if k + 1 < len(indices) and indices[k + 1] == i + 1 and lines[i + 1].page == lines[i].page:
            two = lines[i + 1].text.strip()
            first = _org_of(one)
            wrapped = first is None or re.search(SEAL_MARK, one) is None and re.fullmatch(
                rf"(?:{LEGAL_FORM})(?:{SEAL_MARK})?", re.sub(r"\s+", "", two))
            # a seal's ring text read above the signature ("展投资") is no first half of its name
            stray = first is None and len(re.sub(r"\s", "", one)) <= 4 and _org_of(two) is not None
            # the end of a wrapped caption above the signature ("附件：…岗位聘" / "任人员名单"): a document's
            # name ends there, no unit's first half
            stray = stray or first is None and _org_of(two) is not None and re.search(CAPTION_END, one) is not None
            joined = _org_of(one + two) if wrapped and not stray and not re.search(r"[:\d]", two) else None
            if joined:
                return Hit(joined, lines[i], i)
        org = _org_of(one)
        if org:
            return Hit(org, lines[i], i)
    return None


def _signature(lines) -> Hit | None:
    """The organisation that signs: the first organisation line after 特此证明 (or anywhere)."""
    after = [i for i, tl in enumerate(lines) if "特此证明" in tl.text]
    start = after[0] + 1 if after else 0
    return _org_block(lines, range(start, len(lines)))


def _letterhead(lines) -> Hit | None:
    """The lines above the title (证明 / 工作证明 / 在职证明) on its page."""
    title = next((i for i, tl in enumerate(lines) if re.fullmatch(TITLE, re.sub(r"\s+", "", tl.text))), None)
    if title is None:
        return None
    return _org_block(lines, [i for i in range(title) if lines[i].page == lines[title].page])


def _wrapped_value(lines, hit: Hit) -> Hit:
    """A labelled unit wrapped in a narrow field: "工作单位  兰州新区城市发展投资集团" above "有限公司  聘任单位(盖章)" —
    the next line opens with the rest of its legal form."""
    k = next((i for i, tl in enumerate(lines) if tl is hit.line), None)
    if k is None or k + 1 >= len(lines) or lines[k + 1].page != hit.line.page:
        return hit
    rest = re.sub(r"\s", "", re.split(r"\s{2,}", lines[k + 1].text.strip())[0])
    if re.fullmatch(r"(?:股份)?有限(?:责任)?公司", rest) and not re.search(r"公司$", hit.value):
        return Hit(hit.value + rest, hit.line, hit.index)
    return hit


def _unit(lines) -> Hit | None:
    """Labelled unit or signature label first; then, when the letter speaks of 我单位, the unit
    that signs (signature, letterhead) before a unit the prose names (it may be a former
    employer: "…在甲公司工作，后调入我单位"); otherwise the prose first."""
    # a 劳务派遣 letter: the agency holds the contract and signs; the holder works at the 用工单位 it
    # names ("…派遣至X（用工单位）…", "用工单位（盖章）：X"), the unit they declare
    if re.search(r"派\s*遣", "".join(tl.text for tl in lines)):
        hit = find_in_text(lines, rf"派遣至\s*((?!我)[{CJK}()A-Za-z0-9]{{3,40}}?{ORG_SUFFIX})\s*[(（]\s*用\s*工\s*单\s*位",
                           group=1) \
            or find_in_text(lines, rf"用\s*工\s*单\s*位\s*(?:[(（]\s*盖\s*章\s*[)）])?\s*[:：]\s*({ORG_NAME})", group=1)
        if hit:
            return hit
    # (a transfer letter's 原工作单位 is the unit the holder leaves, never the one they work at)
    own = [tl for tl in lines if not re.match(r"\s*原\s*(?:工\s*作\s*)?单\s*位", tl.text)]
    hit = find_text(own, L.labels("unit"), STOPS)
    if hit and _kind(hit.value):
        hit = None  # the next header cell of a table ("工作单位 | 部门"), not a value
    if hit:
        hit = _wrapped_value(lines, hit)
    hit = hit or find_value(lines, L.labels("signature"), rf"(?:{ORG_NAME})(?:{LEGAL_FORM})?", stops=STOPS)
    if hit:
        return hit
    prose = find_in_text(lines, PROSE_UNIT, group=1)
    if prose and re.fullmatch(ORG_NAME, prose.value) is None:
        prose = None
    text = "".join(tl.text for tl in lines)
    order = ([_signature, _letterhead, lambda _: prose] if re.search(SELF, text)
             else [lambda _: prose, _signature, _letterhead])
    for find in order:
        hit = find(lines)
        if hit:
            return hit
    return None


def _kind(cell: str) -> str | None:
    c = re.sub(r"\s", "", cell)
    for kind in ("time", "unit", "dept", "post", "serial"):
        if any(w in c for w in L.data["history"][kind]):
            return kind
    return None


def _history(doc: Document, lines) -> dict[str, Hit]:
    """A 工作经历 table (起止时间 | 工作单位 | 部门 | 岗位 rows from the 人事档案): the row that runs
    "至今" — the job the letter proves — gives unit, position and start. Cells are matched to the
    header by what they hold (a date range; then the words in the header's order), so a row
    whose 序号 OCR lost still lines up; a unit cut at the cell's edge ("…投资集" above "团有限公司")
    is the signing unit when that starts with it, else it is left unread."""
    for page in doc.pages:
        for table in page.tables:
            for h, head in enumerate(table):
                kinds = [_kind(c) for c in head]
                if not {"time", "unit", "post"} <= set(kinds):
                    continue
                rows = [r for r in table[h + 1:] if any(re.search(DATE_VALUE, c) for c in r)]
                now = [r for r in rows if any(re.search(r"至\s*今|今$", c) for c in r)]
                if len(now) != 1:
                    return {}
                row = [c.strip() for c in now[0] if c and c.strip()]
                time = next(c for c in row if re.search(DATE_VALUE, c))
                words = [c for c in row if c != time and not re.fullmatch(r"\d{1,3}", c)]
                want = [k for k in kinds if k in ("unit", "dept", "post")]
                if len(words) != len(want):
                    return {}
                got = dict(zip(want, words))
                tl = next((t for t in lines if t.page == page.number and time in t.text), lines[0])
                out = {}
                m = re.search(DATE_VALUE, time)
                start = parse_date(m.group(0)) or parse_month(m.group(0))
                if start:
                    out["start_date"] = Hit(start, tl, tl.order)
                out["position"] = Hit(clean_text(got["post"]), tl, tl.order)
                unit = re.sub(r"\s", "", got["unit"])
                if not re.fullmatch(ORG_NAME, unit):
                    sig = _signature(lines)
                    unit = sig.value if sig and sig.value.startswith(unit) and len(unit) >= 4 else None
                if unit:
                    out["unit"] = Hit(unit, tl, tl.order)
                return out
    return {}


def _red_head(lines) -> Hit | None:
    """A 红头文件's issuer: "兰州新区某某集团有限公司文件" in large type at the head of its first page (the
    signature below may lie under the red seal)."""
    for tl in lines[:4]:
        m = re.fullmatch(rf"({ORG_NAME})\s*文\s*件", re.sub(r"\s", "", tl.text))
        if m:
            return Hit(m.group(1), tl, tl.order)
    return None


def _people(doc: Document) -> list[dict] | None:
    """A list of several staff (a notice of appointment's 附件: 序号 | 部门 | 姓名 | 公民身份号码 | 参加工作时间 |
    进入本单位时间 | 聘任岗位 …): one dict per person with the values their row prints. The document does not
    say which row is the holder's (its title names the first appointee "关于聘任张三等12名同志…"); the audit
    picks the row by the declared ID number or name (``pipeline.stages.holder_rows``). None when the document
    lists fewer than two persons, or only names."""
    table = column_table(doc_lines(doc, split=False), dict(L.data.get("people", {})), ["name"])
    people = []
    for cells, tl in table:
        name = normalize_name(cells.get("name", ""))
        if not re.fullmatch(rf"[{CJK}·]{{2,6}}", name):
            continue
        row = {"name": name, "page": tl.page, "source": tl.source,
               "bbox": list(tl.bbox) if tl.bbox is not None else None}
        idn = normalize_id_number(cells.get("id_number", ""))
        row["id_number"] = idn if re.fullmatch(r"\d{17}[\dX]", idn) else ""
        start = cells.get("start_date", "")
        row["start_date"] = (parse_date(start) or parse_month(start) or "") if start else ""
        row["position"] = clean_text(cells.get("position", "")) if cells.get("position") else ""
        people.append(row)
    if len({p["name"] for p in people}) < 2 or not any(p["position"] or p["start_date"] or p["id_number"]
                                                       for p in people):
        return None
    return people


def parse(doc: Document) -> list[Field]:
    lines = doc_lines(doc, labels=STOPS)
    fs = FieldSet()
    people = _people(doc)
    if people is not None:
        # the list's persons stay on the Document for the audit; the issuer is the unit of every row
        doc.meta["people"] = people
        hit = _red_head(lines) or _unit(lines)
        fs.set("unit", hit and repair_org_name(re.sub(SEAL_MARK, "", hit.value)), hit and hit.line)
        return fs.fields
    hit = find_name(lines, STOPS) or find_name(lines, STOPS, labels=L.labels("name")) or find_prose_name(lines)
    fs.set("name", hit and hit.value, hit and hit.line)
    hit = find_id_number(lines, STOPS)
    fs.set("id_number", hit and hit.value, hit and hit.line)
    history = _history(doc, lines)
    hit = history.get("unit") or _unit(lines)
    unit = hit and repair_org_name(re.sub(SEAL_MARK, "", hit.value))
    if unit and len(re.sub(DEPARTMENT, "", unit)) >= 4:
        unit = re.sub(DEPARTMENT, "", unit)  # "在甘肃某某股份有限公司综合管理部工作": the unit is the company
    fs.set("unit", unit, hit and hit.line)

    # a contract's sentence first: "乙方工作岗位是 技术员，岗位职责为…" (岗位 before 职责 is no label)
    hit = history.get("position") or find_in_text(lines, rf"(?:工作岗位|聘用岗位|岗位|职务)\s*(?:是|为)\s*_*\s*([{CJK}A-Za-z()]{{2,16}}?)\s*_*\s*"
                              rf"(?:[,，。;；]|岗位职责|$)", group=1, sep="\n")
    if hit is None:
        # an appointment's sentence: "研究决定，聘任钟芃同志为工程师专业技术职务" (the holder between the verb and 为)
        hit = find_in_text(lines, rf"(?:聘任|聘用|任命)\s*(?:[{CJK}·]{{2,6}}?\s*同\s*志)?\s*(?:为|担任)\s*"
                                  rf"([{CJK}A-Za-z]{{2,14}}?)\s*(?:专\s*业\s*技\s*术\s*)?(?:职\s*务|岗\s*位)", group=1, sep="\n")
    if hit is None:
        # "聘用乙方在教务处（部门）小学语文教师岗位工作", "聘用你在急诊科 主管药师 岗位工作" (the department first)
        hit = find_in_text(lines, rf"在\s*(?:[{CJK}]{{1,12}}\(\s*部门\s*\)\s*|[{CJK}]{{1,10}}(?:{L.word_re('dept_suffix')})\s+)?"
                                  rf"([{CJK}A-Za-z]{{2,14}}?)\s*岗位\s*(?:工作|任职)", group=1)
    if hit is None:
        # a form letter's caption in brackets after the blank it names: "现任质量安全部技术员（岗位/职务）"
        hit = find_in_text(lines, rf"任\s*([{CJK}A-Za-z]{{2,24}}?)\s*[(（]\s*(?:岗位|职务|职位)(?:\s*[/、]\s*(?:岗位|职务|职位))?"
                                  rf"\s*[)）]", group=1)
        if hit is not None:
            # the department before the post ("质量安全部技术员"), when a post of three characters or more is left
            m = re.match(rf"[{CJK}]{{2,8}}(?:{L.word_re('dept_suffix')})(?=[{CJK}]{{3}})", hit.value)
            hit.value = hit.value[m.end():] if m else hit.value
    if hit is None:
        # a bank form's blanks, each captioned by the word after it: "现任 技术研发中心 部门 设计员 职务，技术职称…"
        hit = find_in_text(lines, rf"任\s*(?:[{CJK}]{{2,16}}?\s*部\s*门\s*)?([{CJK}A-Za-z]{{2,14}}?)\s*(?:职务|岗位|职位)\s*"
                                  rf"[,，。;；]", group=1, sep="\n")
    if hit is None:
        hit = find_value(lines, L.labels("position"), rf"(?!及?职责)[{CJK}A-Za-z()][{CJK}A-Za-z()]{{1,20}}",
                         stops=STOPS)
    if hit is None:
        hit = find_in_text(lines, rf"(?:担任|任)\s*((?!职)[{CJK}A-Za-z()]{{2,20}}?)\s*(?:职务|岗位|一职|工作|,|，|。)",
                           group=1) \
            or find_in_text(lines, rf"从事\s*([{CJK}A-Za-z()]{{2,20}}?)\s*(?:工作|岗位)", group=1)
    value = hit and clean_text(hit.value)
    if value and value[-1] in ")）" and not re.search(r"[(（]", value):
        value = value[:-1]  # "（岗位：质量检测员）": the closing bracket of the aside is no part of it
    if value:
        # "现任专职教师（护理部）": the department the post is held in, in brackets after it
        value = re.sub(DEPT_AFTER_POST, "", value)
    fs.set("position", value, hit and hit.line)

    hit = history.get("start_date") or find_date(lines, L.labels("start_here"), STOPS) \
        or find_date(lines, L.labels("start_date"), STOPS)
    if hit is None:
        # the start at this unit: "于2000年8月参加工作，2005年2月入职我公司" — the second date
        hit = find_in_text(lines, rf"((?>{DATE_VALUE}))\s*(?:起\s*)?(?:入职|人职|调入|进入|调到|来到|来)\s*(?:我|本)", group=1)
        if hit:
            hit.value = parse_date(hit.value)
    if hit is None:
        hit = find_in_text(lines, rf"(?:自|于|从)\s*((?>{DATE_VALUE}))\s*(?:起|至今|入职|人职|进入|到|开始|参加|在|调入|来|聘)",
                           group=1)
        if hit:
            hit.value = parse_date(hit.value)
    fs.set("start_date", hit and hit.value, hit and hit.line)
    return fs.fields


SPEC = register_doc_type(L.spec(parse))
