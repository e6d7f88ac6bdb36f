"""Claim verification: each declared value looked for on the document that must prove it.

Documents here are built the way the reader leaves them (lines with boxes on a page,
plus the parser's field read at the label); expected values come from what is printed
and what was declared, as a reviewer would compare them.
"""
from __future__ import annotations

from datetime import date

from checks.base import CheckContext
from checks.claims import check_claims, claims_of
from checks.education import check_education_documents, check_xuexin
from checks.identity_docs import check_identity_documents
from core import idcard
from core.models import Document, Field, Line, Page, Severity, Submission
from core.policy import load_policy
from tests.factories import make_app

ID = idcard.make("620121", date(1990, 5, 1), 123)
OTHER_ID = idcard.make("620121", date(1990, 5, 1), 125)
CERT = "107321201205001234"
EDU = dict(school="兰州交通大学", level="本科", major="土木工程", start="2008-09", graduation="2012-07",
           certificate_no=CERT, degree=None, degree_certificate_no=None, xuexin_code="A1B2C3D4E5F6")
POLICY = load_policy("2024")


def page(*rows: str, number: int = 1, source: str = "ocr", conf: float = 0.95) -> Page:
    """Lines top to bottom, 40 px apart; each line's box spans its text."""
    lines = [Line(text=t, bbox=(50.0, 40.0 * i + 20, 50.0 + 22 * len(t), 40.0 * i + 48), source=source,
                  confidence=conf) for i, t in enumerate(rows)]
    return Page(number=number, width=1000, height=1400, text_source=source, lines=lines)


def field(name: str, value: str, pg: Page, row: int, source: str = "ocr", conf: float = 0.95) -> Field:
    """A value the parser read at its label, inside line ``row`` of the page."""
    x0, y0, x1, y1 = pg.lines[row].bbox
    return Field(name=name, value=value, page=pg.number, bbox=(x1 - 22 * len(value), y0, x1, y1),
                 source=source, confidence=conf)


def diploma(school_line: str, school_read: str, *, name: str = "张伟", cert_line: str = f"证书编号：{CERT}",
            cert_read: str = CERT) -> Document:
    pg = page(f"学生{name}，性别男，一九九〇年五月一日生，于二〇〇八年九月至二〇一二年七月在本校",
              "土木工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
              school_line, "校（院）长：王建国", cert_line)
    fs = [field("name", name, pg, 0), field("school", school_read, pg, 2), field("major", "土木工程", pg, 1),
          field("level", "本科", pg, 1), field("graduation_date", "2012-07", pg, 0),
          field("certificate_no", cert_read, pg, 4)]
    return Document(applicant_id="A001", filename="毕业证.jpg", doc_type="diploma", media="image",
                    pages=[pg], fields=fs)


def submit(*docs: Document, **app_kw) -> Submission:
    app_kw.setdefault("education", [EDU])
    app_kw.setdefault("id_number", ID)
    return Submission(applicant_id="A001", application=make_app(**app_kw), documents=list(docs))


def findings(sub: Submission, *checks) -> list:
    ctx = CheckContext(policy=POLICY)
    out = []
    for c in checks or (check_claims, check_identity_documents, check_education_documents):
        out.extend(c(sub, ctx))
    return out


def claim(sub: Submission, path: str):
    (c,) = [c for c in claims_of(sub, POLICY) if c.field == path]
    return c


# ---------------------------------------------------------------- schools

def test_whole_diploma_read_right_confirms_every_declared_field():
    sub = submit(diploma("校名：兰州交通大学", "兰州交通大学"))
    got = findings(sub)
    assert got == []
    assert {c.field: c.status for c in sub.claims} == {
        "name": "confirmed", "education[0].school": "confirmed", "education[0].major": "confirmed",
        "education[0].level": "confirmed", "education[0].start": "confirmed",
        "education[0].graduation": "confirmed", "education[0].certificate_no": "confirmed"}
    rules = {p.rule: p.message for p in sub.passed}
    assert rules["NAME_MISMATCH"] == "姓名在1份材料中一致"
    assert rules["EDUCATION_MISMATCH"].startswith("学历（兰州交通大学本科）的毕业学校、专业")


def test_school_cut_off_by_the_next_column_is_confirmed_from_the_line():
    # the line holds the whole name; only the parser's cut lost the last character
    sub = submit(diploma("校名：兰州交通大学   校（院）长：王建国", "兰州交通大"))
    assert [f.code for f in findings(sub)] == []
    c = claim(sub, "education[0].school")
    assert c.status == "confirmed" and c.page == 1 and c.bbox is not None


def test_school_read_cut_off_everywhere_is_unconfirmed_never_a_mismatch():
    sub = submit(diploma("校名：兰州交通大", "兰州交通大"))
    got = findings(sub)
    assert "EDUCATION_MISMATCH" not in {f.code for f in got}
    (u,) = [f for f in got if f.code == "FIELD_UNCONFIRMED"]
    assert u.severity == Severity.info and u.document == "毕业证.jpg" and u.page == 1 and u.bbox
    c = claim(sub, "education[0].school")
    assert c.status == "unconfirmed" and c.reason == "cut_off" and c.found == "兰州交通大"


def test_a_glyph_the_picture_lost_inside_a_school_is_unconfirmed_but_a_real_other_value_contradicts():
    """Glare over a laminated diploma faded one glyph: 兰州交通大学 read 兰州交大学 on the OCR'd page. That
    is the declared school with a glyph lost, not another school: unconfirmed (dropped_glyph), never
    EDUCATION_MISMATCH. The same read from a text layer, or two glyphs gone, stays a contradiction."""
    sub = submit(diploma("校名：兰州交大学", "兰州交大学"))
    got = findings(sub)
    assert "EDUCATION_MISMATCH" not in {f.code for f in got}
    c = claim(sub, "education[0].school")
    assert (c.status, c.reason, c.found) == ("unconfirmed", "dropped_glyph", "兰州交大学")
    d = diploma("校名：兰州交大学", "兰州交大学")
    for f in d.fields:
        f.source = "text_layer"
    for ln in d.pages[0].lines:
        ln.source = "text_layer"
    assert claim(submit(d), "education[0].school").status == "contradicted"
    assert claim(submit(diploma("校名：兰州大学", "兰州大学")), "education[0].school").status == "contradicted"


def test_a_major_read_stopping_inside_the_declared_one_is_unconfirmed_unless_it_names_a_major():
    """给排水科 for 给排水科学与工程 (the rest faded): no major is called so — unconfirmed. 化学 for
    化学工程与工艺 is a major of its own (the catalogue knows it): a contradiction."""
    def with_major(declared: str, read: str):
        d = diploma("校名：兰州交通大学", "兰州交通大学")
        d.pages[0].lines[1].text = f"{read}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
        next(f for f in d.fields if f.name == "major").value = read
        return claim(submit(d, education=[dict(EDU, major=declared)]), "education[0].major")
    c = with_major("给排水科学与工程", "给排水科")
    assert (c.status, c.reason) == ("unconfirmed", "dropped_glyph")
    assert with_major("化学工程与工艺", "化学").status == "contradicted"


def test_another_school_at_the_label_is_a_mismatch_with_both_values_and_boxes():
    d = diploma("校名：兰州理工大学", "兰州理工大学")
    sub = submit(d)
    (f,) = [f for f in findings(sub) if f.code == "EDUCATION_MISMATCH"]
    assert f.severity == Severity.suspect and f.document == "毕业证.jpg" and f.page == 1
    assert f.evidence["declared"] == "兰州交通大学" and f.evidence["found"] == "兰州理工大学"
    assert f.bbox == d.field("school").bbox               # the value read
    assert f.evidence["label_bbox"] == d.pages[0].lines[2].bbox  # the label's line
    assert "兰州理工大学" in f.message and "兰州交通大学" in f.message


def test_independent_college_on_the_line_does_not_confirm_its_university():
    sub = submit(diploma("校名：兰州交通大学博文学院", "兰州交通大学博文学院"))
    (f,) = [f for f in findings(sub) if f.code == "EDUCATION_MISMATCH"]
    assert f.evidence["found"] == "兰州交通大学博文学院"


def test_school_split_by_an_ethnicity_label_is_confirmed_from_the_line():
    # text layer: the parser took 民族 for the ethnicity label and kept "西北"
    edu = dict(EDU, school="西北民族大学")
    sub = submit(diploma("校名：西北民族大学", "西北"), education=[edu])
    assert claim(sub, "education[0].school").status == "confirmed"
    assert "EDUCATION_MISMATCH" not in {f.code for f in findings(sub)}


# ---------------------------------------------------------------- names

def test_rare_character_lost_by_ocr_is_unconfirmed_not_another_person():
    # 琰 is not in the OCR model's character set: 高霞琰 is read 高霞
    d = diploma("校名：兰州交通大学", "兰州交通大学", name="高霞")
    sub = submit(d, name="高霞琰")
    got = findings(sub)
    assert "NAME_MISMATCH" not in {f.code for f in got}
    (u,) = [f for f in got if f.code == "FIELD_UNCONFIRMED"]
    assert u.severity == Severity.warn and u.page == 1  # a key identity field
    assert claim(sub, "name").reason == "cut_off"


def test_unknown_glyph_in_a_name_is_unconfirmed():
    sub = submit(diploma("校名：兰州交通大学", "兰州交通大学", name="高霞□"), name="高霞琰")
    assert claim(sub, "name").reason == "unknown_glyph"
    assert "NAME_MISMATCH" not in {f.code for f in findings(sub)}


def test_declared_name_inside_a_longer_printed_name_is_another_person():
    sub = submit(diploma("校名：兰州交通大学", "兰州交通大学", name="高霞琰"), name="高霞")
    (f,) = [f for f in findings(sub) if f.code == "NAME_MISMATCH"]
    assert f.evidence["declared"] == "高霞" and f.evidence["found"] == "高霞琰" and f.page == 1


def test_name_in_employer_prose_is_confirmed():
    pg = page("工作证明", "兹证明张伟同志系我单位职工，身份证号：" + ID + "，", "自2012年8月起在兰州新区城投建设有限公司工作至今。",
              source="text_layer")
    d = Document(applicant_id="A001", filename="证明.pdf", doc_type="employment_proof", pages=[pg])
    sub = submit(d)
    assert {c.field: c.status for c in claims_of(sub, POLICY)} == {
        "name": "confirmed", "id_number": "confirmed", "unit": "confirmed", "work_history[0].start": "confirmed"}
    assert findings(sub) == []


# ---------------------------------------------------------------- numbers

def test_certificate_number_merged_with_a_date_is_confirmed():
    d = diploma("校名：兰州交通大学", "兰州交通大学", cert_line=f"证书编号：{CERT}20120701",
                cert_read=CERT + "20120701")
    sub = submit(d)
    assert claim(sub, "education[0].certificate_no").status == "confirmed"
    assert findings(sub) == []


def test_certificate_number_cut_to_twelve_digits_accuses_nobody():
    d = diploma("校名：兰州交通大学", "兰州交通大学", cert_line=f"证书编号：{CERT[:12]}", cert_read=CERT[:12])
    sub = submit(d)
    got = findings(sub)
    assert {f.code for f in got} == {"FIELD_UNCONFIRMED"}
    assert claim(sub, "education[0].certificate_no").reason in ("cut_off", "malformed")


def test_letter_spaced_certificate_number_is_confirmed():
    spaced = " ".join(CERT[i:i + 3] for i in range(0, 18, 3))
    d = diploma("校名：兰州交通大学", "兰州交通大学", cert_line=f"证书编号： {spaced}", cert_read=spaced[:7])
    assert claim(submit(d), "education[0].certificate_no").status == "confirmed"


def test_id_numbers():
    def statement(read: str, line: str) -> Document:
        pg = page("参保缴费证明", f"姓名：张伟  身份证号：{line}", source="text_layer")
        return Document(applicant_id="A001", filename="社保.pdf", doc_type="social_insurance", pages=[pg],
                        fields=[field("name", "张伟", pg, 1, "text_layer", 1.0),
                                field("id_number", read, pg, 1, "text_layer", 1.0)])

    # another person's valid number: a mismatch, masked
    sub = submit(statement(OTHER_ID, OTHER_ID))
    (f,) = [f for f in findings(sub) if f.code == "ID_NUMBER_MISMATCH"]
    assert OTHER_ID not in str(f.evidence) + f.message and f.evidence["differences"][0]["pos"] == 17
    assert f.evidence["label_bbox"] is not None
    # one digit misread so that the check digit fails: the declared number is there
    misread = ID[:5] + ("8" if ID[5] != "8" else "3") + ID[6:]
    assert not idcard.is_valid(misread)
    sub = submit(statement(misread, misread))
    assert claim(sub, "id_number").status == "confirmed" and findings(sub) == []
    # cut off: unconfirmed (warn), no mismatch
    sub = submit(statement(ID[:16], ID[:16]))
    assert [(f.code, f.severity) for f in findings(sub)] == [("FIELD_UNCONFIRMED", Severity.warn)]
    assert ID not in str(sub.claims)


def test_xuexin_code_differing_on_the_record_is_reported_once():
    pg = page("教育部学历证书电子注册备案表", "姓名 张伟", "在线验证码 Z9Y8X7W6V5U4", source="text_layer")
    rec = Document(applicant_id="A001", filename="备案表.pdf", doc_type="xuexin_record", pages=[pg],
                   fields=[field("verification_code", "Z9Y8X7W6V5U4", pg, 2, "text_layer", 1.0),
                           field("valid_until", "2024-09-01", pg, 2, "text_layer", 1.0)])
    sub = submit(rec)
    got = [f for f in findings(sub, check_xuexin) if f.code == "XUEXIN_CODE_INVALID"]
    assert len(got) == 1 and got[0].evidence["found"] == "Z9Y8X7W6V5U4"
    # the record's code cut off by the reader: not a finding of XUEXIN_CODE_INVALID
    rec.fields[0] = field("verification_code", "A1B2C3D4E", pg, 2, "text_layer", 1.0)
    rec.pages[0].lines[2] = rec.pages[0].lines[2].model_copy(update={"text": "在线验证码 A1B2C3D4E"})
    sub = submit(rec)
    assert [f for f in findings(sub, check_xuexin) if f.code == "XUEXIN_CODE_INVALID"] == []
    assert claim(sub, "education[0].xuexin_code").status == "unconfirmed"


# ---------------------------------------------------------------- dates and the pass lines

def test_diploma_dated_the_last_day_of_june_confirms_a_july_graduation():
    d = diploma("校名：兰州交通大学", "兰州交通大学")
    d.fields[4] = d.fields[4].model_copy(update={"value": "2012-06-30"})
    sub = submit(d)
    assert claim(sub, "education[0].graduation").status == "confirmed"


def test_name_confirmed_on_several_documents_gives_one_pass_line():
    def docs(names):
        out = []
        for i, (dt, name) in enumerate(zip(("id_card", "annual_appraisal", "continuing_education"), names)):
            pg = page(f"姓名：{name}", source="text_layer")
            out.append(Document(applicant_id="A001", filename=f"{i}.pdf", doc_type=dt, pages=[pg],
                                fields=[field("name", name, pg, 0, "text_layer", 1.0)]))
        return out

    sub = submit(*docs(["张伟", "张 伟", "张伟"]))  # spacing is the same name
    findings(sub)
    (p,) = [p for p in sub.passed if p.rule == "NAME_MISMATCH"]
    assert p.message == "姓名在3份材料中一致" and len(p.values["documents"]) == 3 and p.clause
    # one document naming someone else: a mismatch, and no pass line
    sub = submit(*docs(["张伟", "张伟", "张玮"]))
    assert [f.code for f in findings(sub) if f.severity != Severity.info] == ["NAME_MISMATCH"]
    assert [p for p in sub.passed if p.rule == "NAME_MISMATCH"] == []


def test_a_major_read_on_into_the_sentence_is_no_contradiction_but_another_major_is():
    from checks.claim_match import over_read, table
    major = table()[0]["major"]
    assert over_read(major, "建筑与土木工程", "建筑与土木工程领域完成了工程硕士")
    assert not over_read(major, "土木工程", "土木工程管理")          # another major
    school = table()[0]["school"]
    assert not over_read(school, "兰州交通大学", "兰州交通大学博文学院")  # an independent college


def test_a_name_read_holding_words_of_a_sentence_cannot_contradict():
    """A letter classified as an appraisal form gave "其他该" (the heading 四、其他 and 该同志) as the
    name: no person's name, so the claim is unconfirmed, never a NAME_MISMATCH at suspect."""
    from checks.claim_match import table, well_formed
    name = table()[0]["name"]
    assert not well_formed(name, "其他该") and not well_formed(name, "该同志")
    assert well_formed(name, "刘或") and well_formed(name, "欧阳振华") and well_formed(name, "扎西多吉")
