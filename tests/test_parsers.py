"""Text fixtures in, contract §2 fields out (invoice2data style), plus page/bbox/source provenance."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.base import DOC_TYPES, parser_for
from extractors.classify import classify
from extractors.parsers import load_all
from core.models import Document, Line, Page, Segment
from tests.factories import PAGE_BREAK, doc_from_tables, doc_from_text, field_map

FIXTURES = Path(__file__).parent / "fixtures" / "text"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))

load_all()


def _load(stem: str):
    spec = json.loads((FIXTURES / f"{stem}.json").read_text(encoding="utf-8"))
    text = (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8")
    doc = doc_from_text(text, spec["doc_type"], source=spec.get("source", "text_layer"))
    return doc, spec


@pytest.mark.parametrize("stem", CASES)
def test_fixture_fields(stem):
    doc, spec = _load(stem)
    fields = parser_for(spec["doc_type"])(doc)
    assert field_map(fields) == spec["fields"]


def test_fixture_coverage():
    """At least 3 layouts per doc_type, so no parser is tuned to one layout."""
    kinds = [json.loads((FIXTURES / f"{s}.json").read_text(encoding="utf-8"))["doc_type"] for s in CASES]
    for doc_type in DOC_TYPES:
        assert kinds.count(doc_type) >= 3, doc_type
    assert len(CASES) >= 30


def test_every_doc_type_registered():
    expected = {"id_card", "diploma", "degree", "xuexin_record", "social_insurance", "employment_proof",
                "annual_appraisal", "continuing_education", "paper", "plagiarism_report"}
    assert expected <= set(DOC_TYPES)


def test_field_provenance_is_the_line_read():
    doc, _ = _load("id_card_ocr_noise")
    fields = {f.name: f for f in parser_for("id_card")(doc)}
    id_line = next(ln for ln in doc.pages[0].lines if ln.text.startswith("62O1"))
    assert fields["id_number"].bbox == id_line.bbox
    assert fields["id_number"].source == "ocr"
    assert fields["id_number"].confidence == id_line.confidence
    assert fields["name"].bbox == doc.pages[0].lines[3].bbox  # "张 伟", the line under the label


def test_contribution_page_numbers_follow_the_statement():
    doc, _ = _load("social_insurance_tables")
    rows = [f for f in parser_for("social_insurance")(doc) if f.name == "contribution"]
    assert [f.page for f in rows] == [1, 1, 2]
    assert all(f.bbox is None for f in rows)  # read from table cells, not a line


def test_paper_body_and_references_are_split():
    doc, _ = _load("paper_fonts")
    parser_for("paper")(doc)
    assert "正文内容第一段" in doc.body
    assert "参考文献" not in doc.body
    assert doc.references.startswith("[1] 王强")


def test_missing_values_are_absent_not_invented():
    doc = doc_from_text("毕业证书\n准予毕业\n学生情况见背面", "diploma")
    assert parser_for("diploma")(doc) == []
    doc = doc_from_text("年度考核登记表\n个人总结：成绩合格", "annual_appraisal")
    assert field_map(parser_for("annual_appraisal")(doc)) == {}


def test_id_number_left_as_read_when_repair_does_not_validate():
    doc = doc_from_text("姓名 张伟\n公民身份号码 62O1O2199OO5171235", "id_card", source="ocr")
    assert field_map(parser_for("id_card")(doc))["id_number"] == "62O1O2199OO5171235"


def test_contributions_from_tables_only():
    rows = [["缴费年月", "参保单位", "缴费基数", "缴费状态"],
            ["2023-01", "兰州新区医院", "6,000.00", "已缴"],
            ["2023-02", "兰州新区医院", "6,000.00", "中断"]]
    doc = doc_from_tables([rows, [["2023-03", "兰州新区医院", "6100", "正常"]]], "social_insurance",
                          header_lines=["参保缴费证明", "姓名：张伟"])
    assert field_map(parser_for("social_insurance")(doc))["contribution"] == [
        "2023-01|兰州新区医院|6000|1", "2023-02|兰州新区医院|6000|0", "2023-03|兰州新区医院|6100|1"]


def test_contribution_period_rows_expand_to_months():
    text = "参保证明\n姓名：张伟\n参保单位：兰州新区医院\n起始年月 截止年月 缴费基数\n2020-11 2021-02 5000"
    doc = doc_from_text(text, "social_insurance")
    assert field_map(parser_for("social_insurance")(doc))["contribution"] == [
        "2020-11|兰州新区医院|5000|1", "2020-12|兰州新区医院|5000|1",
        "2021-01|兰州新区医院|5000|1", "2021-02|兰州新区医院|5000|1"]


def test_labels_in_a_column_values_in_the_next():
    doc = doc_from_text("居民身份证\n姓名\n性别\n张伟\n男\n公民身份号码\n620102199005171234", "xuexin_record")
    got = field_map(parser_for("xuexin_record")(doc))
    assert got["name"] == "张伟" and got["gender"] == "男"


def test_keywords_classify_each_fixture_as_its_own_type():
    """The classifier itself (registered specs, title bonus, min_score) gives each fixture its own type."""
    for stem in CASES:
        doc, spec = _load(stem)
        doc.doc_type = "unknown"
        got, score = classify(doc)
        assert got == spec["doc_type"], (stem, got, score)
        assert score >= DOC_TYPES[got].min_score, (stem, score)


def test_paper_mentioning_continuing_education_stays_a_paper():
    doc = doc_from_text("摘要：本文讨论专业技术人员继续教育学时管理。关键词：继续教育；学时\n参考文献\n[1] 某某", "unknown")
    assert classify(doc)[0] == "paper"


def test_a_list_of_several_people_gives_no_holder_result_but_keeps_the_rows():
    """A 公示 list: the first row is not the holder's; the rows go to the claim check."""
    doc, _ = _load("annual_appraisal_publicity_list")
    assert parser_for("annual_appraisal")(doc) == []
    rows = doc.meta["appraisal_rows"]
    assert [(r["name"], r["year"], r["result"]) for r in rows] == [
        ("王芳", "2022", "合格"), ("李强", "2022", "优秀"), ("赵敏", "2022", "合格")]


def test_a_1990s_diploma_said_in_prose_with_an_old_short_number():
    """"学生X系…人", "于1989年9月入本校…", "于1993年6月修业期满", an 8-digit 编号, the prose wrapped
    over lines, and a school whose 学 was lost under the seal."""
    text = ("编号：93444440\n毕业证书\n学生闫雯雯系宁夏回族自治区固原县人，女，1969年9月16日生，于1989年9月入\n"
            "本校数学与应用数学专业本科学习，学制4年，于1993年6月修业期满，成绩合格，准予\n毕业。\n"
            "甘肃建筑职业技术院\n校（院）长：上官云飞\n1993年6月30日\n")
    got = field_map(parser_for("diploma")(doc_from_text(text, "diploma", source="ocr")))
    assert got["name"] == "闫雯雯" and got["gender"] == "女" and got["birth_date"] == "1969-09-16"
    assert (got["start_date"], got["graduation_date"]) == ("1989-09", "1993-06")
    assert got["certificate_no"] == "93444440" and got["major"] == "数学与应用数学" and got["level"] == "本科"
    assert got["school"] == "甘肃建筑职业技术学院"


def test_a_date_at_the_number_label_is_no_old_certificate_number():
    text = "毕业证书\n学生张伟，男，1990年1月1日生\n编号：19930630\n兰州交通大学\n"
    got = field_map(parser_for("diploma")(doc_from_text(text, "diploma", source="ocr")))
    assert "certificate_no" not in got


def test_a_date_wrapped_inside_a_narrow_grid_cell_and_an_ocr_label_glyph():
    """2000s grid diploma photographed: "毕业年月" beside a cell whose "2005年07月" wraps into
    "2005" / "年07" / "月"; "入学年月" read "人学年月"."""
    from core.models import Document, Line, Page

    def ln(text, box):
        return Line(text=text, bbox=box, source="ocr", confidence=0.99)
    lines = [ln("毕业证书", (200, 20, 400, 60)),
             ln("姓名 皇甫丽娜 性别 女", (60, 70, 500, 90)),
             ln("2005", (440, 108, 490, 126)),
             ln("人学年月 2001年09月 毕业年月年07", (60, 130, 500, 150)),
             ln("月", (440, 154, 460, 172)),
             ln("专业 道路桥梁与渡河工程 学历层次本科", (60, 190, 500, 210))]

    def read(lines):
        doc = Document(applicant_id="T", filename="d.jpg", doc_type="diploma",
                       pages=[Page(number=1, width=595, height=842, text_source="ocr", lines=lines)])
        return field_map(parser_for("diploma")(doc))
    got = read(lines)
    assert got["start_date"] == "2001-09" and got["graduation_date"] == "2005-07"
    # a year far above the cell completes nothing
    lines[2] = ln("2005", (440, 60, 490, 78))
    assert "graduation_date" not in read(lines)


def test_a_longer_printed_label_is_not_read_as_the_value_of_its_prefix():
    # "岗位名称：工程师" must not give the position "名称" through the label 岗位
    text = "员工在职证明\n员工姓名：陈昇   证件号码：62290119770918923X\n入职日期：1999-10-01   岗位名称：工程师\n" \
           "用人单位：兰州新区第三人民医院\n经核实，上述员工目前在职，特此证明。\n"
    got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof")))
    assert got["position"] == "工程师" and got["start_date"] == "1999-10-01"


def test_journal_name_above_a_date_and_volume_header_and_a_byline_wrapped_over_two_lines():
    text = ("公路交通科技\n2018年1月第33卷第1期\nISSN：1002-0268\nCN：11-2279/U\nDOI:10.17174/j.cnki.5102\n"
            "[[h=20]] 装配式综合管廊课程体系优化设计\n马木提江 刘彧\n妥晓梅 把春生\n（兰州交通大学土木工程学院，甘肃兰州730070）\n"
            "摘要：通过数值模拟与现场监测对比，验证了计算模型的可靠性。\n")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper")))
    assert got["journal"] == "公路交通科技" and got["published"] == "2018-01"
    assert got["authors"] == "马木提江;刘彧;妥晓梅;把春生"
    assert (got["issn"], got["cn"]) == ("1002-0268", "11-2279/U")


def test_a_self_study_diploma_names_its_school_major_and_level_its_own_way():
    text = ("高等教育自学考试\n毕业证书\n马海燕，女，一九八三年四月十七日生，身份证号：\n"
            "621102198304179523，参加高等教育自学考试会计学专业（本科）考\n试，所考课程成绩全部合格，经审定，准予毕业。\n"
            "主考学校：西北民族大学★\n甘肃省高等教育自学考试委员会\n毕业时间：二O一五年六月\n证书编号：65620103151733130\n")
    got = field_map(parser_for("diploma")(doc_from_text(text, "diploma", source="ocr")))
    assert (got["school"], got["major"], got["level"]) == ("西北民族大学", "会计学", "本科")
    assert got["graduation_date"] == "2015-06" and got["certificate_no"] == "65620103151733130"
    text = "成人高等教育\n毕业证书\n学生马海燕，性别女，于二OO九年三月至二O一二年一月在本校建筑工程\n技术专业（高中起点专科）函授学习\n"
    got = field_map(parser_for("diploma")(doc_from_text(text, "diploma", source="ocr")))
    assert got["level"] == "大专" and got["major"] == "建筑工程技术"


def test_issn_from_the_article_number_and_a_journal_name_with_a_spaced_bracket():
    text = ("第40卷   西北民族大学学报( 自然科学版)   2019年3月\nDOI：10.13760/j.cnki.gsjps.201901007\n"
            "[[h=20]] 装配式综合管廊初期支护变形数值模拟研究\n卓玛措\n（兰州理工大学能源与动力工程学院，甘肃兰州730050）\n"
            "摘要：考虑温度与荷载耦合作用建立了有限元模型。\n中图分类号：TU443 文献标志码：A 文章编号：1009-2838(2019)01-0054-08\n")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper")))
    assert got["issn"] == "1009-2838" and got["journal"] == "西北民族大学学报(自然科学版)"
    assert "cn" not in got


def test_a_labour_contract_is_an_employment_proof_and_names_holder_unit_post_and_start():
    text = ("编号：LD2020-0988\n劳动合同书\n（通用）\n甲方（用人单位）：兰州新区城市发展投资集团有限公司\n乙方（劳动者）： 扎西多吉\n"
            "=== page ===\n甲方（用人单位）： 兰州新区城市发展投资集团有限公司\n乙方（劳动者） 扎西多吉\n"
            "居民身份证号码： 630102197103221357\n一、劳动合同期限\n第一条甲乙双方自用工之日起建立劳动关系，双方约定按下列第1种方式确定\n"
            "劳动合同期限：\n1、固定期限：自2020年4月1日起至2023年3月31日止，其中，试用期\n"
            "第二条乙方工作岗位是 技术员，岗位职责为\n负责工程项目技术管理 乙方的工作地点为甘肃省兰州新区\n")
    doc = doc_from_text(text, "unknown", source="ocr")
    assert classify(doc)[0] == "employment_proof"
    got = field_map(parser_for("employment_proof")(doc))
    assert (got["name"], got["id_number"]) == ("扎西多吉", "630102197103221357")
    assert (got["unit"], got["position"], got["start_date"]) == ("兰州新区城市发展投资集团有限公司", "技术员", "2020-04-01")


def test_an_institution_contract_names_unit_after_a_bracketed_role_and_the_post_in_its_clause():
    text = ("事业单位聘用合同书\n聘用单位（甲方）： 兰州新区西岔学校\n受聘人员（乙方）： 张玥\n=== page ===\n"
            "姓 名 张玥 性别 女\n身份证号码 640104196805225520\n（一）固定期限：自2017年1月1日起至2019年12月31日止。\n"
            "二、岗位及职责\n第二条甲方根据工作需要，聘用乙方在教务处（部门）小学语文教师岗位工作。\n")
    doc = doc_from_text(text, "unknown", source="ocr")
    assert classify(doc)[0] == "employment_proof"
    got = field_map(parser_for("employment_proof")(doc))
    assert (got["unit"], got["position"], got["start_date"]) == ("兰州新区西岔学校", "小学语文教师", "2017-01-01")


def test_a_work_history_table_gives_the_current_row_and_a_cut_unit_is_the_signing_one():
    """工作经历证明 from the 人事档案: 起止时间 | 工作单位 | 部门 | 岗位 (OCR lost the 序号 cell; the unit
    wrapped in its cell, "…投资集" above "团有限公司"). The row that runs 至今 is the job proven; the
    header's next cell ("部门") is never the unit; a seal's ring text ("展投资") is no part of the
    signature."""
    u = "兰州新区城市发展投资集团有限公司"
    text = ("工作经历证明\n兹证明韦国栋（性别：男，身份证号码：620111197209031572），经查阅本人人事\n档案，其工作经历如下：\n"
            "1988.07-1994.08   甘肃省第五建筑工程公司   项目部   施工员\n1994.09-至今   兰州新区城市发展投资集   工程技术部   技术员\n"
            "团有限公司\n该同志现任我单位工程技术部技术员。以上情况属实，特此证明。\n展投资\n"
            f"{u}（盖章）\n2022年3月17日\n"
            "| 序号 | 起止时间 | 工作单位 | 部门 | 岗位（职务） |\n"
            "| 1 | 1988.07-1994.08 | 甘肃省第五建筑工程公司 | 项目部 | 施工员 |\n"
            "| 1994.09-至今 | 兰州新区城市发展投资集 | 工程技术部 | 技术员 |\n")
    got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof", source="ocr")))
    assert (got["name"], got["unit"], got["position"], got["start_date"]) == ("韦国栋", u, "技术员", "1994-09")


def test_a_proceedings_paper_names_its_proceedings_and_an_ocr_keyword_slip_still_classifies():
    text = ("甘肃省公路学会学术交流会论文居   交流论文\n[[h=20]] 城市供水管网漏损初期支护变形分析与对策\n司马俊杰，张玥\n"
            "（兰州新区城市发展投资集团有限公司，甘肃兰州730314）\n【摘要】西北地区昼夜温差大，对混凝土养护提出了更高要求。\n"
            "[关健词]施工技术：管理：寒早地区\n1工程概况\n2018年12月 — 203 —\n")
    doc = doc_from_text(text, "unknown", source="ocr")
    assert classify(doc)[0] == "paper"   # 摘要 + 关键词 read as 关健词
    got = field_map(parser_for("paper")(doc))
    # 论文居: the last word of a proceedings' name read with a glyph slip is that word
    assert got["journal"] == "甘肃省公路学会学术交流会论文集" and got["authors"] == "司马俊杰;张玥"


def test_a_byline_whose_spaces_ocr_lost_is_taken_apart_only_when_one_reading_is_best():
    from extractors.names import segment_names
    head = "ISSN 1672-6375 CN 62-1177/N 甘肃科技纵横 2020年8月第8期\n西北干旱区再生水沉降规律试验研究\n"
    text = head + "欧阳振华赵子龙苟文斌”\n（1.甘肃省建设投资（控股）集团有限公司，甘肃兰州730050）\n摘要：工程实践证明。\n"
    got = field_map(parser_for("paper")(doc_from_text(text, "paper", source="ocr")))
    assert got["authors"] == "欧阳振华;赵子龙;苟文斌"
    assert segment_names("上官云飞杨浩然") == ["上官云飞", "杨浩然"]
    assert segment_names("王喆李婧") == ["王喆", "李婧"]
    # two readings as good (张晓|东方明, 张晓东|方明) or a name with no surname first: unread
    assert segment_names("张晓东方明") is None and segment_names("扎西多吉王喆") is None
    # the only reading parts 妥晓梅 包巴特尔 into rare surnames and short names: implausible, unread
    assert segment_names("王喆妥晓梅包巴特尔") is None
    text = head + "张晓东方明\n（兰州交通大学，甘肃兰州730070）\n摘要：工程实践证明。\n"
    assert "authors" not in field_map(parser_for("paper")(doc_from_text(text, "paper", source="ocr")))


def test_a_degree_online_verification_report_is_a_degree_and_gives_its_fields():
    text = ("学信网\nwww.chsi.com.cn 中国高等教育学位在线验证报告\n报告编号：B2025070500151202 更新日期：2025年07月05日\n"
            "姓 名   把春生   性 别   男\n证件号码   650102199605128331   出生日期   1996年05月12日\n"
            "学位授予单位   甘肃中医药大学   学位类型   学术学位\n所授学位   医学学士学位   学科/专业   临床医学\n"
            "获学位日期   2020年07月01日   学位证书编号   1073542020985372\n在线验证码 59A5XFE8TR4VUGX9\n"
            "报告在线验证有效期至：2025年10月03日\n")
    doc = doc_from_text(text, "unknown")
    assert classify(doc)[0] == "degree"
    got = field_map(parser_for("degree")(doc))
    assert (got["degree"], got["major"], got["award_date"], got["degree_certificate_no"]) == \
        ("学士", "临床医学", "2020-07-01", "1073542020985372")


def test_a_letter_that_says_zi_you_a_graduate_booklet_and_a_stacked_journal_edition():
    got = field_map(parser_for("employment_proof")(doc_from_text(
        "在职证明\n兹有张玥同志（身份证号：620105198901199483），自2012年\n10月起在我单位工作至今，现任技术部副部长。\n",
        "employment_proof", source="ocr")))
    assert got["name"] == "张玥" and got["start_date"] == "2012-10"
    got = field_map(parser_for("diploma")(doc_from_text(
        "毕业证书\n研究生韦国栋，性别男，一九八八年十一月四日\n生，于二0一0年九月至二0一三年六月在构造地质学\n"
        "专业学习，学制三年，修完硕士研究生培养计划规定的全\n部课程，成绩合格，准予毕业。\n培养单位：西北大学\n", "diploma", source="ocr")))
    assert (got["school"], got["level"], got["major"]) == ("西北大学", "硕士研究生", "构造地质学")
    got = field_map(parser_for("paper")(doc_from_text(
        "长安大学学报\n(自然科学版)\n文章编号：1671-8879(2022)01-0120-07\n第42卷第1期\n2022年1月\n"
        "[[h=20]] 分布式光伏并网节点受力性能分析与对策\n赵子龙，韦国栋\n（西北民族大学a.土木工程学院，甘肃兰州730030）\n"
        "摘 要：建立了相应的计算模型。\n", "paper")))
    assert got["journal"] == "长安大学学报(自然科学版)" and got["issn"] == "1671-8879"


def test_an_article_starting_under_the_previous_articles_references():
    """A photographed page where the article starts half-way down, under another article's 结论 and
    参考文献 (which name other journals, authors and years): the title is the line above the byline
    above the affiliation above 摘要, and the page's 引用格式 line settles a byline whose spaces OCR
    lost where the surname table allows two readings (赵子|龙周森 or 赵子龙|周森)."""
    text = ("桥梁工程\n建议在类似工程中进一步积累实测资料。   参考文献：\n"
            "工期的同时降低了工程造价。   [1]诸葛晓燕，瞿颖．冻土路基温度场研究[J]．水利学报，2017，36(6)：872-875.\n"
            "4结论   [2]马海燕．桥梁桩基承载力试验研究[J]．岩土力学，2018，37(3)：436-443.\n"
            "黄土高填方地基沉降规律优化设计\n敬德明赵子龙周森李建军\n（中铁二十一局集团有限公司，甘肃兰州730070）\n"
            "摘要：本文总结的经验可供同类工程借鉴。\n关键词：沥青路面：现场试验\n"
            "引用格式：敬德明，赵子龙，周森，李建军．黄土高填方地基沉降规律优化设计[J]．城市道桥与防洪，2021，38（7）：64-67\n"
            "64 城市道桥与防洪第38卷2021年第7期\n")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper", source="ocr")))
    assert got["title"] == "黄土高填方地基沉降规律优化设计"
    assert got["authors"] == "敬德明;赵子龙;周森;李建军"
    assert got.get("published") != "2018-03" and got.get("journal") not in ("水利学报", "岩土力学")


def test_an_employer_form_gives_the_post_held_now_and_the_start_at_this_unit():
    """表格式 工作证明: 现任岗位 is the post (not the 主要工作内容's "从事工程技术工作"), 进入本单位时间 the
    start (not 参加工作时间, the start of working life)."""
    text = ("工 作 证 明\n姓 名   扎西多吉   性 别   男   出生年月   1973年07月\n身份证号   630102197307169554\n"
            "工作单位   兰州新区职业教育园区建设发展有限公司\n"
            "所在部门   生产运营部   现任岗位   施工员   进入本单位时间   1996年10月1日\n"
            "参加工作时间   1995年7月   用工性质   劳动合同制\n在生产运营部从事工程技术工作，负责检测试验等工作。\n主要工作内容\n")
    got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof")))
    assert (got["position"], got["start_date"]) == ("施工员", "1996-10-01")


def test_an_issues_cover_and_contents_scanned_before_the_article():
    """封面 + 目次 + the article's first page: the title is on the page with the article's 摘要 (the
    cover's 主办 line and the 目次 entries are no title); ISSN/CN/date from the cover still count."""
    text = ("中文核心期刊 双月刊1989年创刊\n甘肃科学学报\n2017年第2期\n主办：甘肃省科学院\nISSN 1004-0366\n"
            "2017年4月出版 CN 62-1053/N\n=== page ===\n目 次\n再生骨料透水混凝土性能研究 53\n孙娅楠敬德明\n"
            "西北干旱区再生水低温运行分析与对策 59\n王喆皇甫丽娜\n出版日期：2017年4月28日\n=== page ===\n"
            "[[h=20]] 西北干旱区再生水低温运行分析与对策\n王喆，皇甫丽娜\n（兰州交通大学环境与市政工程学院，甘肃兰州730070）\n"
            "摘要：开展了现场监测与室内试验。\n关键词：综合管廊；湿陷性黄土\n")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper", source="ocr")))
    assert (got["title"], got["authors"]) == ("西北干旱区再生水低温运行分析与对策", "王喆;皇甫丽娜")
    assert (got["issn"], got["cn"]) == ("1004-0366", "62-1053/N")


def test_a_cnki_online_first_download_is_one_paper_with_its_cover():
    """知网 网络首发 PDF: CNKI's cover (题目, 作者, 网络首发日期 — and 知网/学术不端 in its notes) then the
    article page. One paper: title from the article page, journal above "网络首发论文", published on
    the 网络首发日期; the cover's ISSN/CN are the 网络版's, not the journal's."""
    text = ("知 中国知网\nhttps://www.cnki.net\n化工进展\n网络首发论文\n题目：高原公路沥青路面电能质量应用研究\n"
            "作者：包巴特尔，周淼\n收稿日期：2020-01-21\n网络首发日期：2020-09-25\n"
            "网络首发：…不存在学术不端行为及其他侵权行为…（ISSN 2096-4188，CN 11-6037/Z），所以签约期刊的网络版上网络首发论文视为正式出版。\n"
            "=== page ===\n网络首发时间：2020-09-25 14:31:05\nChemical Industry and Engineering Progress\n"
            "[[h=20]] 高原公路沥青路面电能质量应用研究\n包巴特尔，周淼\n（兰州新区城市发展投资集团有限公司，甘肃兰州730314）\n"
            "摘 要：建立了考虑冻融作用的三维有限元模型。\n关键词：沥青路面；有限元\n")
    from extractors.classify import split_pages
    doc = doc_from_text(text, "unknown")
    assert classify(doc)[0] == "paper" and len(split_pages(doc.pages)) == 1
    got = field_map(parser_for("paper")(doc))
    assert (got["title"], got["journal"], got["published"]) == ("高原公路沥青路面电能质量应用研究", "化工进展", "2020-09")
    assert "issn" not in got and "cn" not in got


def test_a_talent_centre_archive_letter_names_the_employer_not_the_centre():
    """人才服务中心 存档人员工作情况证明: the centre heads and signs it; the employer is the 委托存档单位
    and the unit of the prose, the post an aside in brackets."""
    text = ("兰州新区人才服务中心\n存档人员工作情况证明\n姓 名 欧阳振华 性 别 男\n参加工作时间 2001年9月 学 历 大学本科\n"
            "兹证明欧阳振华同志（公民身份号码：620105197908084051）的人事档案由我中心以人事代理方式保管。该同志自\n"
            "2001年9月起在中国铁建大桥工程局集团第五工程有限公司工作至今，现从事质量检测工\n作（岗位：质量检测员）。\n"
            "委托存档单位：中国铁建大桥工程局集团第五工程有限公司\n特此证明。\n兰州新区人才服务中心\n二〇二三年三月二十五日")
    got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof")))
    assert (got["unit"], got["position"], got["start_date"]) == ("中国铁建大桥工程局集团第五工程有限公司", "质量检测员", "2001-09")


def test_an_english_language_journal_gives_the_chinese_title_authors_and_journal_of_its_box():
    """A Chinese journal in English: pinyin byline, English title; its 中文信息 box prints what the
    applicant declares (中文题名, 作者, 刊期 with spaced labels); the citation line names the authors
    when no byline is read."""
    text = ("J. Arid Land (2017) 9: 377-389\nVol. 9 No. 1 January 2017\nISSN 1674-6767\nCN 65-1278/K\n"
            "Analysis and Countermeasures of Mechanical Performance of Joints\nYue ZHANG *\n"
            "Abstract: The influence of water content was analysed.\n中文信息\n"
            "中文题名：高原公路沥青路面节点受力性能分析与对策\n作老：张玥\n刊 期：干旱区科学，2017年1月，第9卷第1期\n"
            "引用格式：张玥·高原公路沥青路面节点受力性能分析与对策[J]·干旱区科学·2017·9(1)：377-389\n"
            "1 Introduction\nMeasured data agree well with the numerical results.")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper")))
    assert (got["title"], got["authors"], got["journal"], got["issn"]) == \
        ("高原公路沥青路面节点受力性能分析与对策", "张玥", "干旱区科学", "1674-6767")


def test_a_labour_dispatch_letter_names_the_unit_where_the_holder_works():
    text = ("甘肃中陇劳务派遣有限公司\n工作证明\n（劳务派遣人员）\n"
            "兹证明皇甫丽娜（女，公民身份号码：62060219971123798X）系我公司劳务\n"
            "派遣员工，于2021年9月1日与我公司签订劳动合同。2021年9月起，经我公司派遣至兰州新区综合保税区运营管理有限公司（用\n"
            "工单位）设备管理科从事专职教师工作，至今未中断。\n特此证明。\n派遣单位（盖章）：甘肃中陇劳务派遣有限公司\n"
            "2023年10月16日\n用工单位意见：\n经核实，以上情况属实。\n用工单位（盖章）：兰州新区综合保税区运营管理有限公司")
    got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof")))
    assert got["unit"] == "兰州新区综合保税区运营管理有限公司"


def test_a_diplomas_prose_period_ends_the_studies_before_its_issue_date():
    text = ("武威职业学院\n毕业证书\n学生包巴特尔，性别男，1997年7月20日生，\n于2017年9月至2020年7月在本校工程造价专业\n"
            "三年制专科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。\n校（院）长：欧阳振华\n"
            "证书编号（电子注册号）：140521202006189729\n发证日期：2020年7月30日")
    got = field_map(parser_for("diploma")(doc_from_text(text, "diploma")))
    assert (got["start_date"], got["graduation_date"], got["certificate_no"]) == ("2017-09", "2020-07", "140521202006189729")


def test_a_paper_whose_masthead_is_a_picture_takes_its_journal_from_the_citation_line():
    """学报 first page: the journal's name only in the picture masthead and in the 引用本文 line
    (photographed: "[J]" read "[3]", 文章编号 read 文京编号 — its ISSN(year)issue-pages shape still
    gives the ISSN); the OSID label beside the issue line is no journal."""
    text = ("第51卷第21期 口口\n2021年11月 开放科学（资源服务）\n标识码（OSID）\n"
            "DO1:10.14659/J.cnki,b.202121004 文京编号：1002-848X（2021）21-0052-07\n[[h=20]]湿陷性黄土隧道沉降规律试验研究\n"
            "张晓东，韦国栋，高霞琰\n（甘肃省交通规划勘察设计院股份有限公司，甘肃兰州730030）\n"
            "摘 要：现场实测数据与数值计算结果吻合较好。\n关键词：寒旱区；现场监测\n"
            "引用本文：张晓东·韦国栋·高霞琰·湿陷性黄土隧道沉降规律试验研究[3]·建筑结构·2021·51（21）：52-58")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper", source="ocr")))
    assert (got["journal"], got["issn"], got["title"]) == ("建筑结构", "1002-848X", "湿陷性黄土隧道沉降规律试验研究")


def test_a_personnel_office_tenure_letter_is_an_employment_proof_starting_at_this_unit():
    """现实表现及工作年限证明: 年度考核 results and 参加工作 are mentioned; the start at this unit is the
    date it joined ("于2000年8月参加工作，2005年2月入职我公司")."""
    from extractors.classify import classify
    text = ("现实表现及工作年限证明\n一、基本情况\n刘彧，男，汉族，1977年10月出生，公民身份号码：\n620105197710062279。\n"
            "二、工作经历及工作年限\n该同志于2000年8月参加工作，2005年2月入职我公司，现任工程师。截至2024年11月，累计工作年限24年。\n"
            "三、现实表现\n近三年年度考核结果为：2021年度优秀、2022年度合格、2023年度合格。\n四、其他\n"
            "该同志任现职以来无违法违纪行为。\n特此证明。\n甘肃兰新民族团结实业有限公司（盖章）\n2024年11月9日")
    doc = doc_from_text(text, "employment_proof")
    assert classify(doc)[0] == "employment_proof"
    got = field_map(parser_for("employment_proof")(doc))
    assert (got["start_date"], got["unit"]) == ("2005-02", "甘肃兰新民族团结实业有限公司")


def test_a_supplement_issue_header_names_the_journal_not_the_supplement():
    text = ("第41卷增刊1   化工进展   Vol.41 Supp.1\n2022年10月   Chemical Industry and Engineering Progress   Oct. 2022\n"
            "[[h=20]]民族地区职业教育节点受力性能数值模拟研究\n刘彧\n（兰州理工大学，甘肃兰州730050）\n"
            "摘 要：建立了考虑冻融作用的三维有限元模型。\n关键词：变形规律；数值模拟\n文章编号：1000-6613(2022)S1-0081-07")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper")))
    assert (got["journal"], got["issn"], got["published"]) == ("化工进展", "1000-6613", "2022-10")


def test_a_photographed_paper_whose_header_ocr_lost_labels_from_keeps_cn_authors_and_date():
    """A running head "工业建筑 2018年第2期 … 11-2068/TU" whose "CN" OCR lost (the number's shape, in the
    header line only); a byline whose spaces were lost taken apart by the 作者简介 footnote that names
    each author with a birth year (one glyph read otherwise there: 霍颖 for 瞿颖, the byline's glyphs
    kept); a 收稿日期 read 收日期 is never the publication date."""
    text = ("环境工程  2018年第2期  (总第362期)  ISSN 11000-8942  11-2097/X\n工程实践\n"
            "[[h=20]]黄土高填方地基沉降规律数值模拟研究\n瞿颖苟文斌何培元诸葛晓燕\n"
            "(1.兰州交通大学土木工程学院,甘肃兰州730070)\n摘 要：现场实测数据与数值计算结果吻合较好。\n"
            "关键词：寒旱区；现场监测\n正文 12-3456/AB 不是刊号。\n收日期:2017年6月28日\n"
            "作者简介:霍颖(1978一)女,甘肃天水人,硕士研究生:苟文\n斌(1991一),男,甘肃武威人,讲师:何培元(1973一),男,\n"
            "陕西宝鸡人,工程师:诸葛晓燕(1979一),女,陕西宝鸡人,硕\n士研究生")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper", source="ocr")))
    assert got["cn"] == "11-2097/X"
    assert got["authors"] == "瞿颖;苟文斌;何培元;诸葛晓燕"
    assert got["published"] == "2018-02" and got["journal"] == "环境工程"
    # a CN shape outside the header line is no CN number
    got = field_map(parser_for("paper")(doc_from_text(text.replace("11-2097/X", ""), "paper", source="ocr")))
    assert "cn" not in got


def test_a_hand_filled_1990s_degree_reads_values_written_into_blanks():
    """学士学位证书 of the 1990s: printed prose, the holder's values written by hand into blanks, so spaces
    stand around them ("学生 苏璟瑜 系甘肃省 榆中县人", "在北方民族大学 会计学 专业完成"); the word after 专业
    is the verb (完成), never the major."""
    text = ("学士学位证书\n学生 苏璟瑜 系甘肃省 榆中县人，一九六六\n年四月生。在北方民族大学 会计学 专业完成\n"
            "了四年制本科学习计划，业已毕业，经审核符合《中华人\n民共和国学位条例》的规定，授予管理学学士学位。\n"
            "校长何培元\n1990年6月1日\n编号：1074141990288420")
    got = field_map(parser_for("degree")(doc_from_text(text, "degree", source="ocr")))
    assert (got["name"], got["major"], got["degree"]) == ("苏璟瑜", "会计学", "学士")
    got = field_map(parser_for("degree")(doc_from_text(text.replace("在北方民族大学 会计学 专业完成", "专业完成"),
                                                       "degree", source="ocr")))
    assert got.get("major") != "完成"


def test_a_self_study_diploma_names_its_candidate():
    """高等教育自学考试 毕业证书: "考生卓玛措，性别女，…" names the holder; the 主考学校 is the school."""
    text = ("高等教育自学考试\n毕业证书\n考生卓玛措，性别女，1986年2月17日出生，参加高等教育自学考试，\n"
            "完成规定的全部课程考试，成绩合格，经审定，准予毕业。\n专业：园林技术\n层次：专科\n"
            "准考证号：010011384748  毕业时间：2014年6月\n证书编号：66620100141847489\n"
            "主考学校：甘肃政法大学  甘肃省高等教育自学考试委员会")
    got = field_map(parser_for("diploma")(doc_from_text(text, "diploma")))
    assert (got["name"], got["school"], got["certificate_no"]) == ("卓玛措", "甘肃政法大学", "66620100141847489")


def test_a_bilingual_degree_reads_its_chinese_sentence_across_the_english_column_and_never_takes_the_discipline():
    """学位证书 with its English text beside the Chinese on the same lines: the major is read from "在 …
    甘肃政法大学会计学专业" with the English runs taken out; "授予管理学学士学位" names the 学科门类, which
    is never the major (会计学 is one of many under 管理学)."""
    text = ("学士学位证书\nBACHELOR'S DEGREE CERTIFICATE\n"
            "上官云飞，男，1993年9月14日生。在  This is to certify that Yunfei SHANGGUAN, male, born on\n"
            "September 14, 1993, has completed the four-year undergraduate\n甘肃政法大学会计学专业（中外合作办学）\n"
            "完成了四年制本科学习计划，业已毕业，经  Gansu University of Political Science and Law.\n"
            "定，授予管理学学士学位。  Bachelor of Management.\n证书编号：1140642016574504")
    got = field_map(parser_for("degree")(doc_from_text(text, "degree")))
    assert (got["major"], got["degree"]) == ("会计学", "学士")
    got = field_map(parser_for("degree")(doc_from_text(text.replace("甘肃政法大学会计学专业（中外合作办学）", ""), "degree")))
    assert "major" not in got


def test_a_recruitment_approval_form_is_an_employment_proof_starting_at_its_hire():
    """事业单位公开招聘 拟聘用人员审批表: 拟聘单位 / 拟聘岗位 / 聘用期限 "自…至…" (the hire); the school, the
    三 opinion boxes' dates and the 公示 dates are distractors."""
    from extractors.classify import classify
    text = ("兰州新区2017年事业单位公开招聘工作人员拟聘用人员审批表\n岗位代码:2017XQ032  编号:086\n"
            "姓名  王喆 性别 男 出生年月 1991年3月\n身份证号 621102199103269332\n"
            "毕业院校及专业 甘肃民族师范学院数学与应用数学  毕业时间 2015.07\n拟聘单位 兰州新区西岔学校\n"
            "拟聘岗位 专职教师  岗位类别及等级  专业技术十二级\n考试成绩 笔试72.7面试85.53综合80.24  考察体检  合格\n"
            "聘用期限 自2017年7月15日至2020年7月14日(其中试用期自2017年7月15日至2017年10月14日)\n"
            "经考试、考察和体检,同意聘用王喆同志到专职教师岗位工作\n拟聘单位意见  (盖章)\n2017年5月31日\n"
            "备注 公示时间:2017年5月19日至2017年5月25日,公示期满无异议。")
    doc = doc_from_text(text, "unknown", source="ocr")
    assert classify(doc)[0] == "employment_proof"
    got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof", source="ocr")))
    assert (got["name"], got["unit"], got["position"], got["start_date"]) == \
        ("王喆", "兰州新区西岔学校", "专职教师", "2017-07-15")


def test_a_cnki_detail_page_printed_from_a_browser_gives_title_journal_and_issue():
    """知网节 printed from a browser: the header names the page ("<date> <time> title - 中国知网", OCR'd a few
    glyphs off and with its dash read "一"), the page prints it again as its heading under a nav bar;
    the source line "环境工程. 2023 , 41 (09)" names the journal; 《中国学术期刊(光盘版)》 in the footer is
    CNKI's own publication, never the journal."""
    text = ("2024/11/2715:17  西北干早区再生水悠温运行应用研完一中国知网\n手机版 English 网站地图 帮助中心 | 登录\n"
            "[[h=24]]CNKI 中国知网  主题▾ 中文文献、外文文献  检索 高级检索\n环境工程. 2023 , 41 (09) EI CSTPCD CSCD\n"
            "西北干旱区再生水低温运行应用研究\n赵珺1\n1. 兰州理工大学能源与动力工程学院\n摘要：现场实测数据与数值计算结果吻合较好。\n"
            "关键词：再生水; 变形规律;\nDOI:10.13205/j.hjgc.202309028\n"
            "© 1998-2024 中国知网(CNKI) 《中国学术期刊(光盘版)》电子杂志社有限公司")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper", source="ocr")))
    assert (got["title"], got["journal"], got["published"], got["authors"]) == \
        ("西北干旱区再生水低温运行应用研究", "环境工程", "2023-09", "赵珺")


def test_a_transfer_introduction_letter_names_the_receiving_unit_and_the_report_date():
    """工作调动介绍信 with its 存根: the unit is the one the holder is transferred to (调往单位, the addressee),
    never the 原工作单位; the start is the date to report by; the issue dates are distractors."""
    from extractors.classify import classify
    text = ("工作调动介绍信(存根)\n姓 名:曹昕怡  性别:女\n公民身份号码:620123197012168386\n"
            "原工作单位:中国铁建大桥工程局集团第五工程有限公司\n调往单位:甘肃省交通规划勘察设计院股份有限公司\n"
            "拟任岗位:主管护师\n报到时限:1997年12月12日前\n经办人:苏璟瑜  开具日期:1997年11月25日\n工作调动介绍信\n"
            "甘肃省交通规划勘察设计院股份有限公司:\n兹介绍曹昕怡同志(公民身份号码:620123197012168386)由中国铁建大桥\n"
            "工程局集团第五工程有限公司调入你单位工作,任主管护师。请于1997年12月12日\n前报到。\n特此介绍。\n"
            "兰州新区人力资源和社会保障局\n1997年11月25日")
    doc = doc_from_text(text, "unknown")
    assert classify(doc)[0] == "employment_proof"
    got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof")))
    assert (got["unit"], got["position"], got["start_date"]) == \
        ("甘肃省交通规划勘察设计院股份有限公司", "主管护师", "1997-12-12")


def test_an_overseas_degree_certification_gives_the_stated_major_and_the_date_the_degree_was_obtained():
    """教育部留学服务中心 国(境)外学历学位认证书: prose, not labels. The major is stated in the 认证意见
    ("所学专业为土木工程（Civil Engineering）", the English gloss no part of it); the degree was obtained
    on the date before "获得…学位" — the date at the foot is when the certificate was issued, and the
    dates of the studies ("于2016年9月至2018年9月") are no award date."""
    text = ("教育部留学服务中心\n国（境）外学历学位认证书\n编号：教留服认英[2019]004512号\n"
            "李文博，男，1990年4月2日生，于2016年9月至2018年9月在英国\n"
            "爱丁堡大学（The University of Edinburgh）学习，于2018年11月获得该校颁发的硕士\n"
            "学位（Master of Science）。\n认证意见：\n该学位证书真实，所学专业为土木工程（Civil Engineering）。\n"
            "该学位为英国硕士学位。\n特此认证。\n教育部留学服务中心\n2019年3月15日")
    got = field_map(parser_for("degree")(doc_from_text(text, "degree", source="ocr")))
    assert (got.get("name"), got.get("degree"), got.get("major"), got.get("award_date")) == \
        ("李文博", "硕士", "土木工程", "2018-11")


def test_a_certification_s_own_document_number_is_no_degree_certificate_number():
    """"编号：教留服认港[2002]18111号" numbers the 认证书 itself (a 文号: issuer's code, bracketed year, serial,
    号), OCR'd with its bracket as "|"; reading it as the 学位证书编号 contradicts any declared number. A
    number at the same label that is no 文号 is still read."""
    for head in ("编号：教留服认港[2002]18111号", "编号:教留服认港[2002|18111号", "编号：教留服认美〔2021〕01234号"):
        text = (f"教育部留学服务中心\n国（境）外学历学位认证书\n{head}\n"
                "张玥，女，1971年1月5日生，于1998年9月至2001年9月在中国香港香港城市大学学习，2001年11月获得该校颁发的"
                "建筑学学士学位。\n认证意见：\n该学位证书真实，所学专业为建筑学。\n特此认证。\n教育部留学服务中心\n2002年7月12日")
        got = field_map(parser_for("degree")(doc_from_text(text, "degree", source="ocr")))
        assert "degree_certificate_no" not in got, (head, got)
        assert (got["name"], got["degree"], got["award_date"]) == ("张玥", "学士", "2001-11")
    text = "学士学位证书\n张玥，女，1971年1月5日生。\n授予工学学士学位。\n证书编号：1073242023001234\n2023年6月30日"
    got = field_map(parser_for("degree")(doc_from_text(text, "degree", source="ocr")))
    assert got["degree_certificate_no"] == "1073242023001234"


def test_an_app_certificate_s_field_list_gives_no_issuer_and_its_department_is_no_unit():
    """An HR app's 电子证明: prose, then a field list whose values sit a line apart from their labels
    ("所在部门" / "初中部"), then the issuer under its seal. "所在部门初中部" is no organisation: the unit
    is the one that signs, and is left unread when the seal hid it."""
    head = ("电子证明详情\n在职证明\n证明编号:ZM2024020947285\n兹有阿依古丽同志(身份证号:6201**********2489),于\n"
            "2001年8月入职我校,在初中部工作,现任研发工程师岗位,劳动\n关系存续。特此证明。\n"
            "姓名\n阿依古丽\n入职日期\n2001-08\n所在部门\n初中部\n岗位\n研发工程师\n在职状态\n在职\n")
    for foot, unit in (("兰州新区西岔学校\n2024年2月9日\n", "兰州新区西岔学校"), ("2024年2月9日\n", None)):
        text = head + foot + "验证码:XQNWTQJW\n扫码验证\n下载PDF\n本服务由钉钉智能人事提供技术支持"
        got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof", source="ocr")))
        assert (got.get("unit"), got.get("position"), got.get("start_date")) == (unit, "研发工程师", "2001-08")


def test_a_book_of_abstracts_names_itself_in_a_running_head_column_and_numbers_its_abstracts():
    """A 学术年会 论文摘要集 page: the running head holds the session and the book's name in two columns
    (a society's year inside the name), each abstract is numbered by its session ("S1-04"), which is
    no word of its title."""
    for head, book in (("专题一：冻土与寒区工程  第八届全国寒区工程与环境学术会议论文摘要集",
                        "第八届全国寒区工程与环境学术会议论文摘要集"),
                       ("甘肃省电机工程学会2017年学术年会论文集  2017年9月 兰州", "甘肃省电机工程学会2017年学术年会论文集")):
        text = (f"{head}\nS1-04  湿陷性黄土隧道处置工艺应用研究\n钟芃\n（兰州大学土木工程与力学学院，甘肃兰州730000）\n"
                "摘要：建立了考虑冻融作用的三维有限元模型。\n关键词：综合管廊；寒旱区\n"
                "S1-13  湿陷性黄土隧道节点受力性能实测分析\n周淼，何培元\n（兰州理工大学土木工程学院，甘肃兰州730050）\n"
                "摘要：分析了含水率、压实度及温度等因素的影响规律。\n关键词：综合管廊\n215")
        got = field_map(parser_for("paper")(doc_from_text(text, "paper", source="ocr")))
        assert (got.get("title"), got.get("journal")) == ("湿陷性黄土隧道处置工艺应用研究", book), got


def test_a_notarised_degree_copy_is_dated_on_its_certificate_page_not_by_the_notary():
    """A notarised copy of a 学士学位证书: page 1 the copy (dated 2015年6月20日 beside the 主席), page 2 the
    公证书 dated 2022年9月23日. The award date is the certificate's own, on the page that awards it."""
    text = ("学士学位证书\n钟芃，女，1991年10月17日生。在西北大学环境工程专业完成了本科学业，经审核符合《中华人民共和国"
            "学位条例》的规定，授予工学学士学位。\n校长马木提江  西北大学\n学位评定委员会主席  2015年6月20日\n"
            "证书编号：1069742015754184\n复印件与原件相符\n(2-1)" + PAGE_BREAK +
            "公证书\n(2022)甘兰黄证字第8456号\n申请人：钟芃，女，1991年10月17日出生\n"
            "兹证明前面的复印件与西北大学于2015年6月20日颁发给钟芃的《学士学位证书》的原件相符，原件属实。\n"
            "中华人民共和国甘肃省兰州市黄河公证处\n2022年9月23日\n(2-2)")
    got = field_map(parser_for("degree")(doc_from_text(text, "degree", source="ocr")))
    assert (got.get("award_date"), got.get("major")) == ("2015-06-20", "环境工程")


def test_an_english_language_journal_s_first_page_is_a_paper_with_its_journal_issn_and_title():
    """An Elsevier first page by Chinese authors: no Chinese word, "ARTICLE INFO / ABSTRACT", "Keywords:",
    the running head "Construction and Building Materials 217 (2022) 111678" naming the journal, the ISSN only
    in the front-matter line "0950-0618/© 2022 Elsevier Ltd.". The title's two lines read a pixel apart in
    height (its second line the tallest) and the pinyin byline as tall stops it."""
    text = ("[[h=20]] Construction and Building Materials 217 (2022) 111678\n"
            "[[h=19]] Contents lists available at ScienceDirect\n[[h=30]] Construction and Building Materials\n"
            "[[h=21]] ELSEVIER   journal homepage: www.elsevier.com/locate/conbuildmat\n[[h=21]] Research Paper\n"
            "[[h=30.4]] Field Measurement and Analysis of District Metering of\n"
            "[[h=30.6]] Reclaimed Water in the Arid Northwest\n[[h=29.6]] Zhe WANGa, Jingyu SUb, Cuo ZHUOMA\n"
            "[[h=23]] a Lanzhou New Area Urban Development Investment Group Co., Ltd., Lanzhou 730314, China\n"
            "[[h=21]] ARTICLE INFO   ABSTRACT\n[[h=21]] Article history:   The results show that the proposed method\n"
            "[[h=21]] Keywords:   Measured data agree well with the numerical results.\n[[h=21]] 1. Introduction\n"
            "[[h=18]] 0950-0618/© 2022 Elsevier Ltd. All rights reserved.")
    # (OCR drops the © of the front-matter line, "0950-0618/ 2022 Elsevier Ltd.", or reads it o)
    for foot in ("0950-0618/© 2022 Elsevier Ltd. All rights reserved.", "0950-0618/ 2022 Elsevier Ltd.Allrights reserved.",
                 "0950-0618/o 2022 Elsevier Ltd.Allrights reserved"):
        doc = doc_from_text(text.replace("0950-0618/© 2022 Elsevier Ltd. All rights reserved.", foot), "paper", source="ocr")
        assert classify(doc)[0] == "paper"
        got = field_map(parser_for("paper")(doc))
        assert (got.get("title"), got.get("journal"), got.get("issn")) == (
            "Field Measurement and Analysis of District Metering of Reclaimed Water in the Arid Northwest",
            "Construction and Building Materials", "0950-0618"), got


def test_a_post_captioned_by_the_word_after_it_is_the_post_alone():
    """A bank's 收入证明 filled in by HR: "现任 技术研发中心 部门 设计员 职务，技术职称 助理会计师" — each blank
    captioned by the word after it, the 职称 after the post no post. (A 工资收入证明's "现任项目管理部工程师"
    stays whole: a post is often named with its department, "工程部技术主管", as applicants declare it.)"""
    bank = ("收入证明\n兹证明牛犇  先生/女士(身份证号码:620102199812088357\n系我单位正式员工,自2025年9月 起在我单位工作,"
            "现任技术研发中心部门\n设计员  职务,技术职称助理会计师,近一年月平均收入(税前)\n人民币6,150.00 元\n"
            "单位名称 兰州新区水投集团有限公司")
    pay = ("兰州新区水投集团有限公司\n职工工资收入证明\n兹证明尕藏卓玛同志(身份证号:623001198709051480)系我单位在职职工,"
           "于2012年10月\n入职,现任项目管理部工程师。该同志近十二个月工资发放情况如下:")
    for text, post in ((bank, "设计员"), (pay, "项目管理部工程师")):
        got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof", source="ocr")))
        assert got.get("position") == post, got


def test_a_citation_line_as_tall_as_the_title_above_it_is_no_title_line():
    """An accepted manuscript photographed: "引用格式：…[J/OL]．工业建筑，2019．DOI…" stands right above the
    title and OCR reads it nearly as tall. A title's first line read a little shorter than its second is
    joined to it; the citation line is not."""
    text = ("[[h=39.8]] 工业建筑Industrial Construction 优先出版\n"
            "[[h=31.9]] DOI:10.13204/j.gyjz.2019-0869 网络首发时间：2019-09-14 18:25\n"
            "[[h=36.1]] 引用格式：何姗姗，上官云飞，冯雪．分布式光伏并网电能质量优化设计[J/OL]．工业建筑，2019．\n"
            "[[h=39.4]] 分布式光伏并网电能质量优化设计\n[[h=27.2]] 何姗姗，上官云飞，冯雪\n"
            "[[h=27.7]] （甘肃省交通规划勘察设计院股份有限公司，甘肃兰州730030）\n"
            "[[h=28.7]] 摘要：当温度低于5℃时，系统的处理效率明显下降。\n[[h=26.4]] 关键词：再生水；数值模拟")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper", source="ocr")))
    assert got.get("title") == "分布式光伏并网电能质量优化设计", got


def test_a_month_in_two_rows_unit_and_personal_under_an_amount_due_column_reads_once_with_its_base():
    """A print where each month takes two rows, 单位缴纳 and 个人缴纳, month, unit and base in cells merged over
    both; its header names an "应缴金额" column, one column (not 应缴 + 金额, which shifted every cell after it and
    put the 缴费主体 word in the unit's place)."""
    u = "兰州新区职业教育园区建设发展有限公司"
    rows = [["费款所属期", "缴费单位", "缴费基数", "缴费主体", "费率", "应缴金额", "实缴金额", "到账日期"],
            ["2020年度", "", "", "", "", "", "", ""],
            ["202010", u, "3877.00", "单位缴纳", "16%", "620.32", "620.32", "2020-11-08"],
            ["", "", "", "个人缴纳", "8%", "310.16", "310.16", "2020-11-08"],
            ["202011", u, "3877.00", "单位缴纳", "16%", "620.32", "620.32", "2020-12-18"],
            ["", "", "", "个人缴纳", "8%", "310.16", "310.16", "2020-12-18"]]
    doc = doc_from_tables([rows], "social_insurance", header_lines=["参保人员缴费明细（单位、个人分列）", "姓名：周淼"])
    assert field_map(parser_for("social_insurance")(doc))["contribution"] == [f"2020-10|{u}|3877|1", f"2020-11|{u}|3877|1"]


def test_a_degree_certificate_issued_for_a_lost_one_names_its_holder_before_the_bracketed_gender():
    """A 学士学位证明书 (the certificate was lost): "兹证明苟文斌（男，1982年7月生），于2002年9月至…在我校民族学专业完成了
    本科学习计划…", the original certificate's number in brackets — the holder is the name before the bracket."""
    text = ("北方民族大学\n学士学位证明书\n编号：（2011）北民大学位证字第119号\n"
            "兹证明苟文斌（男，1982年7月生），于2002年9月至二〇〇六年六月在我校民族学专业完成了本科学习计划，业已毕业，"
            "经审核符合《中华人民共和国学位条例》的规定，于2006年6月1日被授予法学学士学位（原学位证书编号：1140742006560016）。\n"
            "北方民族大学学位评定委员会\n二〇一一年十二月三日")
    got = field_map(parser_for("degree")(doc_from_text(text, "degree", source="ocr")))
    assert (got.get("name"), got.get("major"), got.get("degree_certificate_no")) == ("苟文斌", "民族学", "1140742006560016")


def test_a_master_s_degree_names_its_major_as_a_discipline_or_a_professional_degree_category():
    """An academic 硕士 names its major as a 学科 ("在电气工程学科完成硕士学位的学习"), a 专业学位 as a
    专业学位类别 or 领域, a 同等学力 one after "以同等学力通过"; the 学科门类 of "授予工学硕士学位" stays no major."""
    for prose, major in (("在电气工程学科完成硕士学位的学习", "电气工程"),
                         ("在土木水利专业学位类别完成硕士专业学位的学习", "土木水利"),
                         ("在计算机技术领域完成工程硕士专业学位的学习", "计算机技术"),
                         # a 同等学力 degree: the words between the school and the major are no major
                         ("在西南民族大学以同等学力通过电气工程学科硕士学位课程考试和论文答辩", "电气工程"),
                         # a 学位证明书 issued for a lost certificate
                         ("系我校民族学专业1999级本科毕业生（学号：1999592323）", "民族学")):
        text = (f"西南民族大学・电子学位证书  生成时间:2021-10-20 19:22:33\n硕士学位证书\n"
                f"包巴特尔，男，1994年4月18日生。{prose}，成绩合格，论文答辩通过，经审核符合《中华人民共和\n"
                "国学位条例》的规定，授予工学硕士学位。\n西南民族大学学位评定委员会\n主席邓堃\n"
                "证书编号：1065632021694921  2021年6月30日")
        got = field_map(parser_for("degree")(doc_from_text(text, "degree")))
        assert (got.get("major"), got.get("degree")) == (major, "硕士"), prose


def test_a_journal_website_breadcrumb_ending_in_abstract_is_no_abstract_and_gives_the_issue():
    """An article's page on its journal's website, printed from the browser: the breadcrumb "当前位置：首页
    >> 过刊浏览>> 2018年第7期>> 摘要" names the issue and ends in the word 摘要 — which is no abstract's
    start (that ended the header zone before the breadcrumb, and no issue was read)."""
    text = ("2022/03/17 22:57 西北干旱区再生水低温运行试验研究- 工业建筑\n首页 期刊简介 编委会 投稿须知 联系我们\n"
            "当前位置：首页>> 过刊浏览>> 2018年第7期>> 摘要\n投稿时间：2018-03-09 修订日期：2018-05-26\n"
            "西北干旱区再生水低温运行试验研究\n李婧、妥晓梅、包巴特尔\nDOI:10.13204/j.gyjz.201807037\n"
            "中文关键词：综合管廊 再生水\n中文摘要：分析了含水率、压实度及温度等因素的影响规律。")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper")))
    assert got.get("published") == "2018-07"


def test_a_journal_laid_open_on_a_copier_is_read_from_the_page_that_holds_the_article_s_head():
    """One photo, two pages: the left ends the previous article (参考文献 naming other papers, journals
    and years, another author's 作者简介), the right is the article's first page. The OCR lines run
    across both; the empty strip down the middle splits them, and the page with the 摘要 is the
    article's. Its title is the line above the byline, never a line of the abstract below it."""
    left = ["3结论", "通过以上分析，得到以下主要结论：", "（1）建议在类似工程中加强施工期监测。", "参考文献：",
            "[1]吴涛.装配式混凝土结构节点研究进展[J].建筑结构学", "报，2014，25(6)：48-51.",
            "[2]刘海涛.寒区污水处理低温运行策略研究[J].给水", "排水，2018，30(1)：595-602.",
            "[3]钱鸿.湿陷性黄土地基[M].北京：中国建筑工业出版", "社，2010.",
            "作者简介：把春生（1992—），男，硕士，高级工程师，", "研究方向为结构健康监测。", "（编辑陈静）",
            "近年来，随着西部大开发的深入推进，相关工程建设", "规模不断扩大。"]
    right = ["第36卷第6期  环境工程  Vol.36 No.6", "2018年6月  Environmental Engineering  Jun.2018",
             "[[h=20]]装配式综合管廊低温运行实测分析", "包巴特尔，高霞琰，张晓东", "（兰州交通大学环境与市政工程学院，甘肃兰州730070）",
             "摘要：目前，国内外学者针对该问题已开展了大量研究，并取得了一定成果。", "[[h=22]]计算结果及其与实测值的对比。分析了含水率、压实度及温度等因素。",
             "关键词：寒旱区；变形规律；冻融循环", "中图分类号：TU992  文献标志码：A", "文章编号：1000-8942(2018)06-0019-05",
             "0引言", "近年来，随着西部大开发的深入推进。", "以兰州新区某工程为依托。", "开展了现场监测与室内试验。",
             "ISSN 1000-8942  CN 11-2097/X"]
    rows = []
    for a, b in zip(left, right):
        h = ""
        if b.startswith("[[h="):
            h, b = b[:b.index("]]") + 2], b[b.index("]]") + 2:]
        rows.append(f"{h}{a.ljust(36)}   {b}")
    doc = doc_from_text("\n".join(rows), "paper", source="ocr")
    got = field_map(parser_for("paper")(doc))
    assert (got["title"], got["authors"], got["journal"], got["published"], got["issn"]) == \
        ("装配式综合管廊低温运行实测分析", "包巴特尔;高霞琰;张晓东", "环境工程", "2018-06", "1000-8942")


def test_a_post_before_its_bracketed_caption_and_a_unit_named_with_its_department():
    """"现任质量安全部技术员（岗位/职务）": the caption in brackets names the blank before it — the post is
    技术员 (the department before it dropped), never the caption's word 职务. "在甘肃某某股份有限公司综合管理部
    工作": the unit is the company, not its department."""
    text = ("甘肃中川环保工程技术有限公司\n在职证明\n兹有赵子龙同志（公民身份号码：620123199610253213），\n"
            "自2019年08月至今在甘肃中川环保工程技术有限公司综合管理部工作，现\n任质量安全部技术员（岗位/职务）。\n"
            "特此证明。\n甘肃中川环保工程技术有限公司\n2024年3月5日")
    got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof", source="ocr")))
    assert (got["unit"], got["position"], got["start_date"]) == ("甘肃中川环保工程技术有限公司", "技术员", "2019-08")
    got = field_map(parser_for("employment_proof")(doc_from_text(
        text.replace("质量安全部技术员", "办公室主任"), "employment_proof", source="ocr")))
    assert got["position"] == "办公室主任"   # 主任 alone would be no post: the department stays


def test_an_accepted_manuscript_names_its_journal_beside_the_mark_and_its_month_online():
    """A paper published ahead of its issue (录用定稿 / 优先出版), downloaded from the journal's site: the
    head "工业建筑 Industrial Construction 优先出版" is no title, the journal is the name beside the mark,
    and the month is the one the 网络首发时间 prints ("2019-09-14 18:25"); a dated label is no journal."""
    text = ("工业建筑 Industrial Construction  优先出版\nDOI:10.13204/j.gyjz.2019-0869  网络首发时间:2019-09-14 18:25\n"
            "[[h=20]]分布式光伏并网电能质量优化设计\n何姗姗，上官云飞，冯雪\n（甘肃省交通规划勘察设计院股份有限公司，甘肃兰州730030）\n"
            "摘 要：当温度低于5 ℃时，系统的处理效率明显下降。\n关键词：光伏；电能质量")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper")))
    assert (got["title"], got["authors"], got["journal"], got["published"]) == \
        ("分布式光伏并网电能质量优化设计", "何姗姗;上官云飞;冯雪", "工业建筑", "2019-09")
    got = field_map(parser_for("paper")(doc_from_text(
        text.replace("工业建筑 Industrial Construction  优先出版", "建筑结构  录用定稿")
            .replace("网络首发时间:2019-09-14 18:25", "网络首发日期:2021年9月14日"), "paper")))
    assert (got["journal"], got["published"]) == ("建筑结构", "2021-09")


def test_a_department_in_brackets_after_the_post_is_not_part_of_the_post():
    """在职证明 "现任主管护师（急诊科）": the bracket names where the post is held; the post is 主管护师.
    A bracket that is no department ("工程师（副高级）", a level) stays with the post."""
    text = ("兰州新区第一人民医院\n在职证明\n兹证明王晓军（身份证号：620102198505061237）自2012年03月起在我院工作，\n"
            "现任主管护师（急诊科），月收入人民币8000元。\n特此证明。\n兰州新区第一人民医院（盖章）\n2023年5月16日")
    got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof")))
    assert (got["position"], got["start_date"]) == ("主管护师", "2012-03")
    got = field_map(parser_for("employment_proof")(
        doc_from_text(text.replace("主管护师（急诊科）", "工程师（副高级）"), "employment_proof")))
    assert got["position"] == "工程师(副高级)"


def test_a_database_download_cover_is_read_past_for_byline_and_issue():
    """维普 download: the database's cover prints its record of the article (题名, 作者 run together, 出处
    "2021年第14期", 年卷期, its own 摘要 and 关键词, 下载时间), then the article. The byline and the
    issue's month come from the article's page: 第14期 of a semimonthly is July, which its running head
    prints ("第37卷第14期 2021年7月"); the download time is no date of the paper."""
    text = ("维普期刊资源整合服务平台\nhttp://qikan.cqvip.com\n寒区污水处理厂低温脱氮工艺改造\n"
            "题名 寒区污水处理厂低温脱氮工艺改造\n作者 马丽王建张晓东\n作者机构 兰州交通大学环境与市政工程学院\n"
            "出处 《中国给水排水》2021年第14期45-50页，共6页\n年卷期 2021年第37卷第14期\n"
            "关键词 低温；脱氮；改造\n摘要 针对寒区污水处理厂冬季脱氮效果差的问题开展了改造。\n下载时间 2022-03-10 09:15\n"
            "=== page ===\n中国给水排水 第37卷第14期 2021年7月\n"
            "[[h=20]] 寒区污水处理厂低温脱氮工艺改造\n马丽，王建，张晓东\n（兰州交通大学环境与市政工程学院，甘肃兰州730070）\n"
            "摘 要：针对寒区污水处理厂冬季脱氮效果差的问题开展了改造。\n关键词：低温；脱氮；改造\n")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper")))
    assert (got["title"], got["authors"], got["journal"], got["published"]) == \
        ("寒区污水处理厂低温脱氮工艺改造", "马丽;王建;张晓东", "中国给水排水", "2021-07")


def test_a_photographed_two_row_month_keeps_its_unit_when_ocr_merges_the_month_line_with_its_unit_share_row():
    """The same paired-rows print photographed: OCR joins the month, unit and base (centred on the rule between a
    month's two rows) with one of its rows — "3877.00单位缴纳 16% …" or "…个人缴纳 8% …". A 费率 "16%" is an amount
    that stands in its column, and "单位缴纳" (the employer's share, or an OCR slip of it) names no unit: every
    month is paid at the employer (a month read as paid at "单位缴纳" broke the run and raised
    SOCIAL_INSURANCE_SHORT on a clean holder)."""
    u = "兰州新区职业教育园区建设发展有限公司"
    text = "\n".join([
        "参保人员缴费明细(单位、个人分列)", "姓名 周森   公民身份号码622901199709050181",
        "费款所属期   缴费单位   缴费基数   缴费主体   费率   应缴金额   实缴金额   到账日期", "2020年度",
        f"202010   {u}   3877.00单位缴纳   16%   620.32   620.32   2020-11-08",
        "个人缴纳   8%   310.16   310.16   2020-11-08",
        "单位缴纳   16%   620.32   620.32   2020-12-18",
        f"202011   {u}   3877.00个人缴纳   8%   310.16   310.16   2020-12-18",
        f"202012   {u}   3877.00单位装纳   16%   620.32   620.32   2021-01-19",
        "个人缴纳   8%   310.16   310.16   2021-01-19"])
    got = field_map(parser_for("social_insurance")(doc_from_text(text, "social_insurance", source="ocr")))
    assert got["contribution"] == [f"2020-10|{u}|3877|1", f"2020-11|{u}|3877|1", f"2020-12|{u}|3877|1"], got


def test_a_month_s_second_row_that_prints_only_its_arrival_date_is_no_month_row():
    """"个人缴纳 8% 335.44 335:44 2022-09-21" (a colon for a point, so the cells do not sit under the columns): its
    one date has a day under a header with a 所属期 and a 到账日期 — the day the money came, not a month paid for by
    "个人缴纳" (read so, it was a month at another unit)."""
    u = "兰州新区职业教育园区建设发展有限公司"
    text = "\n".join([
        "费款所属期   缴费单位   缴费基数   缴费主体   费率   应缴金额   实缴金额   到账日期",
        f"202208   {u}   4193.00单位缴纳   16%   670.88   670.88   2022-09-21",
        "个人缴纳 8%  335.44 335:44 2022-10-21"])
    got = field_map(parser_for("social_insurance")(doc_from_text(text, "social_insurance", source="ocr")))
    assert got["contribution"] == [f"2022-08|{u}|4193|1"], got


def test_a_minor_degree_certificate_names_the_minor_as_its_major_not_the_main_study():
    """A 辅修学士学位 certificate: "在本校化学工程与工艺专业（主修）学习期间辅修工程管理专业…授予管理学学士学位（辅修）" —
    the certificate's major is 工程管理; the 主修 major read as the major contradicted the declared one
    (EDUCATION_MISMATCH suspect on a clean holder)."""
    text = ("学士学位证书\n（辅修）\n证书编号\n1073142017813959\n"
            "卓玛措，女，1994年8月生。在本校化学工程与工艺专\n业（主修）学习期间辅修工程管理专业，完成了辅修学士学位的\n"
            "学习计划，成绩合格，经审核符合《中华人民共和国学位条例》\n的规定，授予管理学学士学位（辅修）。\n"
            "兰州理工大学学位评定委员会\n主席 张建\n2017年6月1日")
    got = field_map(parser_for("degree")(doc_from_text(text, "degree", source="ocr")))
    assert (got.get("name"), got.get("major"), got.get("degree")) == ("卓玛措", "工程管理", "学士")


def test_a_post_appointment_booklet_names_the_holder_after_the_verb_and_the_post_it_appoints_to():
    """A 聘任证书 booklet photographed open: the right page's "研究决定，聘任钟芃同志为工程师专业 / 技术职务" (the verb
    is no part of the name: "聘任钟芃" was NAME_MISMATCH suspect), the left page's 工作单位 wrapped in its narrow
    field above "有限公司", and the title "聘任书" above the prose (no post in "任书经单位专业技术职务")."""
    text = ("聘任书\n经单位专业技术职务聘任委员会评议，\n研究决定，聘任钟芃同志为工程师专业\n技术职务。\n"
            "姓   钟芃   聘期自2017年9月至2020年8月。\n性别   女\n出生年月   1974年10月\n"
            "工作单位   兰州新区城市发展投资集团\n有限公司   聘任单位（盖章）\n"
            "学历   大学本科   兰州新区城市发展投资集团有限公司\n参加工作时间   1997年10月   二〇一七年九月二十二日\n"
            "来本单位时间   1997年10月\n证书编号   20170257")
    got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof", source="ocr")))
    assert (got.get("name"), got.get("unit"), got.get("position"), got.get("start_date")) == \
        ("钟芃", "兰州新区城市发展投资集团有限公司", "工程师", "1997-10")


def test_a_post_held_in_a_named_department_is_read_after_the_department():
    """"经单位岗位聘用工作领导小组研究，聘用你在急诊科 主管药师 岗位工作" (blanks filled in): the post is 主管药师."""
    text = ("皇甫丽娜同志：\n根据事业单位岗位设置管理有关规定，\n经单位岗位聘用工作领导小组研究，聘用\n"
            "你在急诊科 主管药师 岗位工作，岗位等级为专业技术九级。\n工作单位   兰州新区第三人民医院")
    got = field_map(parser_for("employment_proof")(doc_from_text(text, "employment_proof", source="ocr")))
    assert (got.get("name"), got.get("position")) == ("皇甫丽娜", "主管药师")


def test_a_body_line_bent_into_a_bound_volume_s_gutter_is_no_title_however_tall():
    """A first page photographed in a bound volume: the 摘要 label went unread, and a body line curved into the
    gutter reads taller than the title. A line with a full stop, or ending at a comma, is never a title; the
    关键词 line bounds the search as the 摘要 does."""
    text = ("[[h=30]] 2018年6月 甘肃科学学报2018年6月第30卷第3期\n[[h=40]] 黄土高填方地基电能质量应用研究\n"
            "[[h=28]] 尕藏卓玛\n[[h=26]] (兰州理工大学土木工程学院,甘肃兰州730050)\n"
            "[[h=55]] 业出版社,   模不断扩大。\n[[h=28]] 关键词:综合管廊;沥青路面;数值模拟\n"
            "[[h=26]] 中图分类号:TU528文献标志码:A文章编号:1004-0366(2018)03-0047-07\n"
            "[[h=60]] 非线性增长趋势。当温度低于5℃时,系统的处理效率明显下降,并取得了一定成果。")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper", source="ocr")))
    assert got.get("title") == "黄土高填方地基电能质量应用研究", got


def test_the_facing_page_s_edge_beside_a_byline_is_no_author():
    """A first page photographed in a bound volume: the facing page's edge shows at the left, so OCR reads
    "地下空间  尕藏卓玛" as the byline's line. A byline stands under its title or right of its start; a piece
    wholly left of the title is the other page's."""
    def line(text, x0, y, h=14, segs=()):
        return Line(text=text, bbox=(x0, y, x0 + 15 * len(text), y + h), source="ocr", confidence=0.95,
                    segments=[Segment(text=t, bbox=(x, y, x + 15 * len(t), y + h), confidence=0.95) for t, x in segs])
    lines = [line("甘肃科学学报2018年6月第30卷第3期", 150, 20),
             line("黄土高填方地基电能质量应用研究", 160, 60, h=24),
             line("地下空间 尕藏卓玛", 10, 100, segs=[("地下空间", 10), ("尕藏卓玛", 260)]),
             line("(兰州理工大学土木工程学院,甘肃兰州730050)", 170, 130),
             line("摘要:试验共设置4组对比工况,每组工况重复3次。", 60, 160),
             line("关键词:综合管廊;沥青路面;数值模拟", 60, 190)]
    doc = Document(applicant_id="A", filename="p.jpg", doc_type="paper",
                   pages=[Page(number=1, width=600, height=800, text_source="ocr", lines=lines)])
    got = field_map(parser_for("paper")(doc))
    assert (got.get("title"), got.get("authors")) == ("黄土高填方地基电能质量应用研究", "尕藏卓玛"), got


def test_a_word_proof_s_comment_balloon_on_the_byline_s_baseline_is_no_author():
    """A journal's Word 清样 with track changes printed to PDF: the comment balloon in the right margin shares the
    byline's baseline ("赵子龙，赵珺    批注[zz1]: 基金项目编号请补充完整。"); the byline is the two names."""
    text = ("建筑技术开发   2022年 第10期(总第1162期)\n清样稿 请勿改动版式\n[试验研究]\n[[h=20]] 装配式综合管廊处置工艺数值模拟研究\n"
            "赵子龙，赵珺      批注[zz1]: 基金项目编号请补充完整。\n(兰州大学 土木工程与力学学院，甘肃 兰州730000)\n"
            "摘 要：结果表明，所提方法的计算精度满足工程要求。\n关键词：再生水；沥青路面")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper")))
    assert (got.get("title"), got.get("authors")) == ("装配式综合管廊处置工艺数值模拟研究", "赵子龙;赵珺"), got


def test_a_paired_rows_print_s_text_layer_line_of_the_employer_s_share_is_no_month_at_the_holder_s_unit():
    """The text layer of the paired-rows print holds each month as three lines (month, unit and base centred on
    the rule between its two rows): "单位缴纳 16% 620.32 620.32 2020-11-08" is no row of the table as the table
    reads it. Its date (with a day) is the day the money came and 单位缴纳 names no unit: it is no month paid at
    the 参保单位 printed above (read so, every month seemed paid by two units: WORK_HISTORY_OVERLAP suspect)."""
    u = "兰州新区职业教育园区建设发展有限公司"
    rows = [["费款所属期", "缴费单位", "缴费基数", "缴费主体", "费率", "应缴金额", "实缴金额", "到账日期"],
            ["202010", u, "3877.00", "单位缴纳", "16%", "620.32", "620.32", "2020-11-08"],
            ["", "", "", "个人缴纳", "8%", "310.16", "310.16", "2020-11-08"],
            ["202011", u, "3877.00", "单位缴纳", "16%", "620.32", "620.32", "2020-12-18"],
            ["", "", "", "个人缴纳", "8%", "310.16", "310.16", "2020-12-18"]]
    lines = ["参保人员缴费明细（单位、个人分列）", "姓名   周淼   性别 女   公民身份号码 622901199709050181",
             "参保单位 兰州新区秦川园区管理服务中心   个人编号   622093920538",
             "费款所属期   缴费单位   缴费基数   缴费主体 费率   应缴金额   实缴金额   到账日期",
             "单位缴纳 16%   620.32   620.32 2020-11-08", f"202010   {u}   3877.00",
             "个人缴纳   8%   310.16   310.16 2020-11-08",
             "单位缴纳 16%   620.32   620.32 2020-12-18", f"202011   {u}   3877.00",
             "个人缴纳   8%   310.16   310.16 2020-12-18"]
    doc = doc_from_tables([rows], "social_insurance", header_lines=lines)
    assert sorted(set(field_map(parser_for("social_insurance")(doc))["contribution"])) == \
        [f"2020-10|{u}|3877|1", f"2020-11|{u}|3877|1"]


IEEE_PAGE = ("ICITBS 2019, 6-9 May 2019, Hengyang, China\n[[h=24]] Analysis and Countermeasures of Quality of\n"
             "[[h=24]] Reused Water of Vocational Education in\n[[h=24]] Ethnic Regions\n"
             "Xiaomei Tuo      Zhuoma Gazang\n"
             "College of Energy and Power Engineering      Engineering Technology Department\n"
             "Lanzhou University of Technology      Lanzhou New Area Urban Development Investment Group Co.,Ltd.\n"
             "Abstract—The influence of water content, compaction degree and temperature was analysed.\n"
             "Index Terms—finite element method, loess foundation\nI. INTRODUCTION\n"
             "The results show that the proposed method meets the accuracy required in engineering practice.\n"
             "978-1-7281-4570-9/19/$31.00 ©2019 IEEE\n"
             "2019 9th International Conference on Intelligent Transportation, Big Data & Smart City (ICITBS) | "
             "978-1-7281-4570-9 | DOI: 10.1109/ICITBS54470.2019.00215")


def test_an_ieee_conference_paper_is_a_paper_with_its_proceedings_and_its_author_blocks():
    """An IEEE conference paper by Chinese authors (Abstract—, Index Terms—, I. INTRODUCTION): it was classified
    "other" and nothing was read. The proceedings are named by the Xplore stamp; the authors stand in IEEE author
    blocks side by side, in pinyin as printed, above their affiliations."""
    doc = doc_from_text(IEEE_PAGE, "other")
    assert classify(doc)[0] == "paper"
    got = field_map(parser_for("paper")(doc))
    assert (got.get("title"), got.get("authors"), got.get("journal")) == (
        "Analysis and Countermeasures of Quality of Reused Water of Vocational Education in Ethnic Regions",
        "Xiaomei Tuo;Zhuoma Gazang",
        "2019 9th International Conference on Intelligent Transportation, Big Data & Smart City (ICITBS)"), got


def test_an_english_journal_s_comma_byline_gives_its_names_without_the_superscript_letters():
    text = ("Construction and Building Materials 217 (2022) 111678\n[[h=24]] Field Measurement of Reclaimed Water\n"
            "Zhe WANGa, Jingyu SUb, Cuo ZHUOMAa,*\n"
            "a School of Civil Engineering, Lanzhou Jiaotong University, Lanzhou 730070, China\n"
            "ABSTRACT\nKeywords: reclaimed water\n1. Introduction")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper")))
    assert got.get("authors") == "Zhe WANG;Jingyu SU;Cuo ZHUOMA", got


def test_a_journal_s_column_tag_read_on_the_title_s_line_is_no_part_of_the_title():
    """OCR reads the column tag above a title onto its line ("[工程技术] 分布式光伏并网节点受力性能应用研究")."""
    text = ("第28卷第21期   中国给水排水   Vol.28 No.21\n2018年11月   China Water & Wastewater   Nov.2018\n"
            "[[h=26]] [工程技术] 分布式光伏并网节点受力性能应用研究\n把春生\n(兰州交通大学环境与市政工程学院,甘肃兰州730070)\n"
            "摘要:在此基础上提出了相应的工程处治措施。\n关键词:综合管廊")
    got = field_map(parser_for("paper")(doc_from_text(text, "paper", source="ocr")))
    assert (got.get("title"), got.get("authors")) == ("分布式光伏并网节点受力性能应用研究", "把春生"), got
