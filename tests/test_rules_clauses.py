"""One table-driven case per clause: a lawful and an unlawful applicant drawn from the sentence.

Each case names the (policy, mode, rule key) and the words of the notice's sentence it rests
on; the test first finds those words in the rule's quote and in the notice itself, so the
expected outcome comes from the notice, not from the code. Then the lawful applicant gets no
finding of the code (or only ``lawful_allows``), and the unlawful one gets it at the severity
the sentence supports, citing that rule.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Optional

import pytest

import checks
from checks.base import CHECKS, CheckContext
from checks.journals import Catalogue, JournalEntry
from checks.matching import _USCC_CHARS, _USCC_WEIGHTS
from core import idcard
from core.models import Application, Document, Field, Line, Page, Severity, Submission
from core.policy import Policy, load_policy, notice_text

checks.load_all()

U = "兰州新区城投建设有限公司"
AGENCY = "兰州新区人才交流服务中心"
RANK = {Severity.info: 0, Severity.warn: 1, Severity.suspect: 2, Severity.reject: 3}
NOTICE_FILES = {"新组通〔2024〕23号": "notice-2024-23.txt", "新组通〔2021〕17号": "notice-2021-17.txt"}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def months(a: str, b: str) -> list[str]:
    y, m = int(a[:4]), int(a[5:])
    out = []
    while f"{y:04d}-{m:02d}" <= b:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# ---------------------------------------------------------------- applicants and documents

def app24(**over: Any) -> Application:
    """A lawful 2024 评审 工程师 (中级) at a state enterprise, submitted 2024-09-20."""
    born = over.pop("birth_date", date(1988, 5, 17))
    gender = over.pop("gender", "男")
    region = over.pop("region", "620102")
    data: dict[str, Any] = dict(
        applicant_id="A001", policy="2024", submitted_at=date(2024, 9, 20), name="张伟",
        id_number=idcard.make(region, born, 123 if gender == "男" else 124), gender=gender, birth_date=born,
        unit=U, unit_type="state_enterprise", is_civil_servant=False, disciplinary_until=None,
        series="工程系列", level="工程师", grade="中级", mode="评审", major_applied="土木工程",
        education=[dict(school="兰州交通大学", level="本科", major="土木工程", start="2008-09",
                        graduation="2012-07", degree="学士")],
        work_history=[dict(unit=U, start="2012-07", end=None, position="技术员")],
        current_title=dict(name="助理工程师", grade="助理级", obtained="2016-12"),
        annual_appraisals=[dict(year=2023, result="合格")], continuing_education_hours=90,
        papers=[], work_summary="负责施工技术管理。")
    data.update(over)
    return Application.model_validate(data)


def app21(**over: Any) -> Application:
    """A lawful 2021 认定 助理工程师: 本科 2020-07, work since 2020-08, submitted 2021-08-20."""
    base: dict[str, Any] = dict(
        policy="2021", mode="认定", submitted_at=date(2021, 8, 20), grade="助理级", level="助理工程师",
        unit="甘肃某建筑工程有限公司", unit_type="private_enterprise", current_title=None,
        education=[dict(school="兰州理工大学", level="本科", major="土木工程", start="2016-09",
                        graduation="2020-07", degree="学士")],
        work_history=[dict(unit="甘肃某建筑工程有限公司", start="2020-08", end=None, position="技术员")],
        annual_appraisals=[dict(year=2020, result="合格")], continuing_education_hours=None)
    base.update(over)
    return app24(**base)


def edu(level: str, grad: str, major: str = "土木工程", degree: Optional[str] = None) -> list[dict]:
    return [dict(school="某校", level=level, major=major, start="2000-09", graduation=grad, degree=degree)]


def job(start: str, unit: str = "甘肃某建筑工程有限公司") -> list[dict]:
    return [dict(unit=unit, start=start, end=None, position="技术员")]


def doc(doc_type: str, filename: str = "", text: str = "", **fields: str) -> Document:
    pages = [Page(number=1, width=100, height=100,
                  lines=[Line(text=text, bbox=(0, 0, 1, 1), source="text_layer")])] if text else []
    return Document(applicant_id="A001", filename=filename or f"{doc_type}.pdf", doc_type=doc_type, pages=pages,
                    fields=[Field(name=k, value=v, page=1) for k, v in fields.items()])


def si(*spans: tuple[str, str, str]) -> Document:
    """A statement: (first month, last month, paying unit) spans, every row paid."""
    d = doc("social_insurance", "社保.pdf", name="张伟")
    for a, b, unit in spans:
        d.fields += [Field(name="contribution", value=f"{m}|{unit}|5000|1") for m in months(a, b)]
    return d


CONTRACT = doc("other", "劳动合同.pdf", "劳动合同书 甲方：兰州新区城投建设有限公司（盖章） 乙方：张伟")
UNSEALED_CONTRACT = doc("other", "劳动合同.pdf", "劳动合同书 甲方：兰州新区城投建设有限公司 乙方：张伟")
SALARY = doc("other", "工资流水.pdf", "中国银行 代发工资 交易明细 账号 6217****1234")
MATERIALS_2021 = [doc("diploma"), doc("degree"), doc("annual_appraisal"), doc("employment_proof")]

TITLE = "高寒地区混凝土施工质量控制研究"
CATALOGUE = Catalogue([JournalEntry("混凝土", "1002-3550", "21-1259/TU")], source="test")


def paper(level: str = "core", journal: str = "混凝土", issn: str = "1002-3550", cn: str = "21-1259/TU",
          published: str = "2024-03", indexed: Optional[bool] = None) -> dict:
    return dict(title=TITLE, journal=journal, issn=issn, cn=cn, journal_level=level, published=published,
                authors=["张伟"], indexed=indexed)


def report(ratio: str = "10.0", sealed: bool = True) -> Document:
    return doc("plagiarism_report", "查重.pdf", "检测单位签字盖章：兰州新区城投建设有限公司" if sealed else "检测结果",
               title=TITLE, author="张伟", checked_at="2024-08-01", ratio_excl_refs=ratio)


PROVINCIAL = dict(journal="甘肃科技", issn="1000-095X", cn="62-1130/N")


def uscc(first17: str) -> str:
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS))
    return first17 + _USCC_CHARS[(31 - total % 31) % 31]


CODE = uscc("91620100MA72XXXX0")


# ---------------------------------------------------------------- the table

@dataclass
class Case:
    id: str
    policy: str
    mode: str
    key: str                       # the rule (policy, mode, key) the case is about
    words: str                     # the words of the notice's sentence the case rests on
    checks: tuple[str, ...]
    code: str
    lawful: Callable[[], tuple[Application, list]]
    unlawful: Callable[[], tuple[Application, list]]
    severity: Severity             # of the unlawful case's finding
    cites: str = ""                # the rule its finding cites (default: key)
    lawful_allows: Optional[Severity] = None   # findings of the code the lawful case may still get
    options: dict = field(default_factory=dict)
    policy_update: dict = field(default_factory=dict)


def A(app: Application, *docs: Document) -> Callable[[], tuple[Application, list]]:
    return lambda: (app, list(docs))


R, S, W, I = Severity.reject, Severity.suspect, Severity.warn, Severity.info
EXCLUDED = "公务员（含参照公务员法管理的事业单位工作人员）、受党纪政务处分在影响期内的人员、离退休人员（含申报当年达到退休年龄人员）"

CASES = [
    # ---- 2024 一: who is out of scope
    Case("2024一-civil-servant", "2024", "评审", "civil_servant", EXCLUDED, ("eligibility",),
         "INELIGIBLE_CIVIL_SERVANT", A(app24()), A(app24(is_civil_servant=True)), R),
    Case("2024一-disciplinary", "2024", "评审", "disciplinary", "受党纪政务处分在影响期内的人员", ("eligibility",),
         "INELIGIBLE_DISCIPLINARY", A(app24(disciplinary_until=date(2024, 9, 19))),
         A(app24(disciplinary_until=date(2024, 9, 20))), R),
    Case("2024一-retirement-this-year", "2024", "评审", "retirement", "含申报当年达到退休年龄人员", ("eligibility",),
         "INELIGIBLE_RETIREMENT_AGE", A(app24(birth_date=date(1965, 1, 5))),      # reform: retires 2025-02
         A(app24(birth_date=date(1964, 12, 20))), R),                              # retires 2024-12
    Case("2024一-retirement-woman-worker-post", "2024", "评审", "retirement", "含申报当年达到退休年龄人员",
         ("eligibility",), "INELIGIBLE_RETIREMENT_AGE",
         A(app24(birth_date=date(1974, 6, 10), gender="女", post="professional")),  # 55 group: 2029
         A(app24(birth_date=date(1974, 6, 10), gender="女", post="worker")), R),     # 50 group: 2024-06
    Case("2024一-household-declared", "2024", "评审", "household", "具有我省户籍的灵活就业人员", ("household",),
         "INELIGIBLE_HOUSEHOLD",
         A(app24(unit_type="flexible", insurance_via="self", household_registration="甘肃省兰州市城关区")),
         A(app24(unit_type="flexible", insurance_via="self", household_registration="陕西省西安市雁塔区")), R),
    Case("2024一-household-id-region-only", "2024", "评审", "household", "具有我省户籍的灵活就业人员", ("household",),
         "INELIGIBLE_HOUSEHOLD", A(app24(unit_type="flexible", insurance_via="self")),
         A(app24(unit_type="flexible", insurance_via="self", region="610102")), W),    # 户籍 can move: warn
    # ---- 2024 一 / 六(九): six months, and who pays
    Case("2024一-six-months-at-the-unit", "2024", "评审", "social_insurance", "缴纳社保半年以上",
         ("social_insurance_short",), "SOCIAL_INSURANCE_SHORT",
         A(app24(), si(("2024-03", "2024-08", U))), A(app24(), si(("2024-04", "2024-08", U))), R),
    Case("2024一-agency-pays", "2024", "评审", "social_insurance_agency", "（或人事代理机构）",
         ("social_insurance_short",), "SOCIAL_INSURANCE_SHORT",
         A(app24(insurance_via="agency"), si(("2024-03", "2024-08", AGENCY))),
         A(app24(), si(("2024-03", "2024-08", AGENCY))), S),                            # undeclared: never reject
    Case("2024六(九)-flexible-pays-itself", "2024", "评审", "social_insurance_other", "申报人员提供6个月及以上社保缴纳证明作为佐证",
         ("social_insurance_short",), "SOCIAL_INSURANCE_SHORT",
         A(app24(unit_type="flexible", insurance_via="self"), si(("2024-03", "2024-08", "个人缴费（灵活就业）"))),
         A(app24(unit_type="flexible", insurance_via="self"), si(("2024-05", "2024-08", "个人缴费（灵活就业）"))), S),
    Case("2024六(九)-head-office", "2024", "评审", "social_insurance_head_office", "企业总部所在地社保经办机构出具的6个月缴费佐证材料",
         ("social_insurance_short",), "SOCIAL_INSURANCE_SHORT",
         A(app24(insurance_via="head_office"), si(("2024-03", "2024-08", "上海某某集团有限公司"))),
         A(app24(insurance_via="head_office"), si(("2024-05", "2024-08", "上海某某集团有限公司"))), R),
    Case("2024六(九)-exemption-needs-both-documents", "2024", "评审", "social_insurance_exemption",
         "加盖单位印章的劳动合同和银行工资流水", ("social_insurance_short",), "SOCIAL_INSURANCE_SHORT",
         A(app24(exemption="legal_person"), si(("2024-06", "2024-08", U)), CONTRACT, SALARY),
         A(app24(exemption="legal_person"), si(("2024-06", "2024-08", U)), CONTRACT), S, lawful_allows=I),
    Case("2024六(九)-exemption-needs-the-seal", "2024", "评审", "social_insurance_exemption",
         "加盖单位印章的劳动合同", ("social_insurance_short",), "SOCIAL_INSURANCE_SHORT",
         A(app24(exemption="self_employed_veteran"), si(("2024-06", "2024-08", U)), CONTRACT, SALARY),
         A(app24(exemption="self_employed_veteran"), si(("2024-06", "2024-08", U)), UNSEALED_CONTRACT, SALARY), S,
         lawful_allows=I),
    Case("2024六(九)-exemption-groups-only", "2024", "评审", "social_insurance_exemption", "对公司法人、董事、监事、股东",
         ("social_insurance_short",), "SOCIAL_INSURANCE_SHORT",
         A(app24(exemption="landless_farmer_pension"), si(("2024-06", "2024-08", U)), CONTRACT, SALARY),
         A(app24(), si(("2024-06", "2024-08", U)), CONTRACT, SALARY), R, cites="social_insurance", lawful_allows=I),
    # ---- 2021 附件5: the statement is uploaded, no months
    Case("2021附件5-statement-uploaded-no-months", "2021", "认定", "material.social_insurance", "必须上传个人社保参缴缴费证明",
         ("required_materials", "social_insurance_short"), "MATERIAL_MISSING",
         A(app21(work_history=[dict(unit="甘肃甲公司", start="2020-08", end="2021-05", position="技术员"),
                               dict(unit="甘肃某建筑工程有限公司", start="2021-06", end=None, position="技术员")]),
           si(("2021-06", "2021-08", "甘肃某建筑工程有限公司")), *MATERIALS_2021),
         A(app21(), *MATERIALS_2021), W),
    # ---- years: 2024 六(三) cut-off, 六(一) each series' standard, 三 delegated levels, routes
    Case("2024六(三)-counted-to-2024-12-31", "2024", "评审", "years", "均计算到2024年12月31日", ("years",),
         "INSUFFICIENT_YEARS", A(app24(current_title=dict(name="助理工程师", grade="助理级", obtained="2021-01"))),
         A(app24(current_title=dict(name="助理工程师", grade="助理级", obtained="2021-02"))), R),
    Case("2024六(三)-teachers-own-table", "2024", "评审", "years", "从取得职称资格的当月起计算", ("years",),
         "INSUFFICIENT_YEARS",
         A(app24(series="中小学教师系列", level="一级教师", major_applied="数学",
                 current_title=dict(name="二级教师", grade="助理级", obtained="2021-01"))),
         A(app24(series="中小学教师系列", level="一级教师", major_applied="数学",
                 current_title=dict(name="二级教师", grade="助理级", obtained="2021-02"))), R),
    Case("2024认定-follows-2021-no-12-31-cutoff", "2024", "认定", "years",
         "大学本科毕业，从事本专业技术工作满1年，考核认定助理级职称", ("years",), "INSUFFICIENT_YEARS",
         A(app24(mode="认定", grade="助理级", level="助理工程师", current_title=None, submitted_at=date(2024, 7, 20),
                 education=edu("本科", "2023-07"), work_history=job("2023-08"))),
         A(app24(mode="认定", grade="助理级", level="助理工程师", current_title=None, submitted_at=date(2024, 6, 20),
                 education=edu("本科", "2023-07"), work_history=job("2023-08"))), R),
    Case("2024三(二)-delegated-level-is-info", "2024", "评审", "years_delegated", "各职称系列正高级职称", ("years",),
         "INSUFFICIENT_YEARS",
         A(app24(grade="正高级", level="正高级工程师", current_title=dict(name="高级工程师", grade="副高级", obtained="2019-12"))),
         A(app24(grade="正高级", level="正高级工程师", current_title=dict(name="高级工程师", grade="副高级", obtained="2021-01"))),
         I),
    Case("2024六(一)-no-table-assumed-is-suspect", "2024", "评审", "years_assumed", "其它仍按原有条件标准执行", ("years",),
         "INSUFFICIENT_YEARS",
         A(app24(series="农业系列", level="农艺师", current_title=dict(name="助理农艺师", grade="助理级", obtained="2019-01"))),
         A(app24(series="农业系列", level="农艺师", current_title=dict(name="助理农艺师", grade="助理级", obtained="2022-01"))),
         S, policy_update={"self_evaluated": {"工程系列": ["中级", "副高级"], "农业系列": ["中级"]}}),
    Case("2024六(四)-exceptional-route-is-info", "2024", "评审", "years_route_exceptional", "破格晋升", ("years",),
         "INSUFFICIENT_YEARS", A(app24(route="exceptional")),
         A(app24(route="exceptional", current_title=dict(name="助理工程师", grade="助理级", obtained="2023-01"))), I),
    Case("2024六(十)-small-range-is-suspect", "2024", "评审", "years_route_small", "基层有效（基层事业单位）、企业有效或本单位有效",
         ("years",), "INSUFFICIENT_YEARS", A(app24(route="grassroots")),
         A(app24(route="grassroots", current_title=dict(name="助理工程师", grade="助理级", obtained="2023-01"))), S),
    Case("2024一-skill-route-in-an-opened-series", "2024", "评审", "years_route_skill", "高技能人才可申报工程", ("years",),
         "INSUFFICIENT_YEARS", A(app24(route="skill")),
         A(app24(route="skill", current_title=dict(name="助理工程师", grade="助理级", obtained="2023-01"))), I),
    Case("2024一-skill-route-does-not-open-teachers", "2024", "评审", "years_route_skill", "技工院校教师系列职称",
         ("years",), "INSUFFICIENT_YEARS",
         A(app24(route="skill", series="中小学教师系列", level="一级教师", major_applied="数学",
                 current_title=dict(name="二级教师", grade="助理级", obtained="2019-01"))),
         A(app24(route="skill", series="中小学教师系列", level="一级教师", major_applied="数学",
                 current_title=dict(name="二级教师", grade="助理级", obtained="2023-01"))), R, cites="years"),
    # ---- 2021 二(一): the 认定 table
    Case("2021二(一)1(1)-bachelor-one-year", "2021", "认定", "years", "大学本科毕业，从事本专业技术工作满1年", ("years",),
         "INSUFFICIENT_YEARS", A(app21(submitted_at=date(2021, 7, 20))), A(app21(submitted_at=date(2021, 6, 20))), R),
    Case("2021二(一)1(2)-college-three-years", "2021", "认定", "years", "大专毕业，从事本专业技术工作满3年", ("years",),
         "INSUFFICIENT_YEARS",
         A(app21(education=edu("大专", "2018-07"), work_history=job("2018-08"), submitted_at=date(2021, 7, 20))),
         A(app21(education=edu("大专", "2018-07"), work_history=job("2018-08"), submitted_at=date(2021, 6, 20))), R),
    Case("2021二(一)1(3)-technical-school-first", "2021", "认定", "years", "中专毕业，从事本专业技术工作满1年，考核认定员级职称",
         ("years",), "INSUFFICIENT_YEARS",
         A(app21(grade="员级", level="技术员", education=edu("中专", "2020-07"), work_history=job("2020-08"),
                 submitted_at=date(2021, 7, 20))),
         A(app21(grade="员级", level="技术员", education=edu("中专", "2020-07"), work_history=job("2020-08"),
                 submitted_at=date(2021, 6, 20))), R),
    Case("2021二(一)1(3)-then-four-more-years", "2021", "认定", "years", "再从事本专业技术工作满4年，考核认定初级职称",
         ("years",), "INSUFFICIENT_YEARS",
         A(app21(education=edu("中专", "2012-07"), work_history=job("2012-08"),
                 current_title=dict(name="技术员", grade="员级", obtained="2017-06"))),
         A(app21(education=edu("中专", "2012-07"), work_history=job("2012-08"))), R),      # never recognised 员级
    Case("2021二(一)3-master-needs-both-certificates", "2021", "认定", "years", "取得毕业证、学位证", ("years",),
         "INSUFFICIENT_YEARS",
         A(app21(grade="中级", level="工程师", education=edu("硕士研究生", "2018-06", degree="硕士"),
                 work_history=job("2018-07"))),
         A(app21(grade="中级", level="工程师", education=edu("硕士研究生", "2018-06"), work_history=job("2018-07"))), R),
    Case("2021二(一)2-technical-college-classes", "2021", "认定", "years_technical_school", "预备技师（技师）班毕业生",
         ("years",), "INSUFFICIENT_YEARS",
         A(app21(education=edu("技工院校预备技师班", "2020-07"))),        # = 本科: 1 year
         A(app21(education=edu("技工院校高级工班", "2020-07"))), R, cites="years"),   # = 大专: 3 years
    # ---- 2021 二(二): majors
    Case("2021二(二)1-strict-units", "2021", "认定", "major_strict", "所学专业与从事专业（岗位）须对口或相近", ("major",),
         "MAJOR_MISMATCH", A(app21(unit_type="state_enterprise", major_applied="建筑工程")),
         A(app21(unit_type="state_enterprise", education=edu("本科", "2020-07", "会计学"))), R),
    Case("2021二(二)2-one-more-year", "2021", "认定", "major", "专业工作的总年限比全省统一规定的年限延长1年", ("years",),
         "INSUFFICIENT_YEARS",
         A(app21(education=edu("本科", "2019-07", "会计学"), work_history=job("2019-08"))),        # 25 months
         A(app21(education=edu("本科", "2020-07", "会计学"))), S, cites="years"),    # 13 months: only the extra year fails
    # ---- 四: civil servants, examination series
    Case("2021四.1-civil-servant", "2021", "认定", "civil_servant", "不得参加专业技术人才职称评审", ("eligibility",),
         "INELIGIBLE_CIVIL_SERVANT", A(app21()), A(app21(is_civil_servant=True)), R),
    Case("2024-四.2-exam-only-grades", "2024", "评审", "exam_only", "不再开展相应层级的职称评审", ("eligibility",),
         "EXAM_ONLY_SERIES",
         A(app24(series="会计系列", level="高级会计师", grade="副高级",
                 current_title=dict(name="会计师", grade="中级", obtained="2015-01"))),
         A(app24(series="会计系列", level="会计师", grade="中级")), R),
    Case("2021四.2-says-评审-so-认定-is-suspect", "2021", "认定", "exam_only", "不再开展相应层级的职称评审", ("eligibility",),
         "EXAM_ONLY_SERIES", A(app21()), A(app21(series="会计系列", level="助理会计师")), S),
    # ---- 2021 附件3: appraisal results
    Case("2021附件3-no-result-at-all", "2021", "认定", "appraisal_missing", "无考核结果申请职称认定的不予通过", ("appraisal",),
         "APPRAISAL_MISSING", A(app21()), A(app21(annual_appraisals=[])), R),
    Case("2021附件3-a-result-is-a-result", "2021", "认定", "appraisal_missing", "职称认定必须提供年度考核结果",
         ("appraisal",), "APPRAISAL_MISSING", A(app21()),
         A(app21(annual_appraisals=[dict(year=2019, result="合格")])), W, cites="appraisal_missing_year"),
    # ---- 2024 六(六) continuing education
    Case("2024六(六)-certificate", "2024", "评审", "continuing_education", "不得参加职称评审",
         ("continuing_education_material",), "CONTINUING_EDUCATION_MISSING",
         A(app24(), doc("continuing_education")), A(app24()), W),
    # ---- 2024 六(七) plagiarism
    Case("2024六(七)-indexed-papers-need-no-report", "2024", "评审", "plagiarism_report", "不接收任何查重报告单",
         ("papers.reports",), "PLAGIARISM_REPORT_MISSING",
         A(app24(papers=[paper(indexed=True)])), A(app24(papers=[paper(indexed=False)])), W),
    Case("2024六(七)-report-signed-and-sealed", "2024", "评审", "plagiarism_report", "有单位签字盖章", ("papers.reports",),
         "PLAGIARISM_REPORT_MISSING", A(app24(papers=[paper()]), report()),
         A(app24(papers=[paper()]), report(sealed=False)), W),
    Case("2024六(七)-core-15", "2024", "评审", "plagiarism", "核心期刊论文不超过15%", ("papers.reports",),
         "PLAGIARISM_OVER_THRESHOLD", A(app24(papers=[paper()]), report("15.0")),
         A(app24(papers=[paper()]), report("15.1")), R, options={"journals": CATALOGUE}),
    Case("2024六(七)-real-level-not-the-declared-one", "2024", "评审", "plagiarism", "核心期刊论文不超过15%",
         ("papers.reports",), "PLAGIARISM_OVER_THRESHOLD",
         A(app24(papers=[paper("provincial", **PROVINCIAL)]), report("16.0")),
         A(app24(papers=[paper("provincial")]), report("16.0")), R, options={"journals": CATALOGUE}),
    Case("2024六(七)-provincial-25", "2024", "评审", "plagiarism", "省级期刊论文不超过25%", ("papers.reports",),
         "PLAGIARISM_OVER_THRESHOLD", A(app24(papers=[paper("provincial", **PROVINCIAL)]), report("25.0")),
         A(app24(papers=[paper("provincial", **PROVINCIAL)]), report("25.1")), R, options={"journals": CATALOGUE}),
    Case("2024六(七)-unknown-level-between-thresholds", "2024", "评审", "plagiarism", "核心期刊论文不超过15%",
         ("papers.reports",), "PLAGIARISM_OVER_THRESHOLD", A(app24(papers=[paper()]), report("14.0")),
         A(app24(papers=[paper()]), report("20.0")), S),                          # no catalogue configured
    # ---- 2024 六(二) cut-off
    Case("2024六(二)-achievements-by-2024-09-30", "2024", "评审", "achievement_cutoff", "业绩须在2024年9月30日前取得",
         ("papers.facts",), "PAPER_AFTER_CUTOFF", A(app24(papers=[paper(published="2024-09")])),
         A(app24(papers=[paper(published="2024-10")])), W),
    # ---- 2024 六(十一) 转系列
    Case("2024六(十一)-not-in-the-year-of-the-change", "2024", "评审", "series_change", "转系列人员当年度不得申报高一级职称",
         ("series_change",), "SERIES_CHANGE_INVALID",
         A(app24(current_title=dict(name="二级教师", grade="助理级", obtained="2016-12"),
                 series_change=dict(from_series="中小学教师系列", approved="2023-06"))),
         A(app24(current_title=dict(name="二级教师", grade="助理级", obtained="2016-12"),
                 series_change=dict(from_series="中小学教师系列", approved="2024-03"))), R),
    Case("2024六(十一)-a-full-year-in-the-new-series", "2024", "评审", "series_change", "须在新系列（专业）聘任（用）满1年以上",
         ("series_change",), "SERIES_CHANGE_INVALID",
         A(app24(current_title=dict(name="二级教师", grade="助理级", obtained="2016-12"),
                 series_change=dict(from_series="中小学教师系列", approved="2023-09"))),
         A(app24(current_title=dict(name="二级教师", grade="助理级", obtained="2016-12"),
                 series_change=dict(from_series="中小学教师系列", approved="2023-11"))), S),   # 10 months at submission
    Case("2024六(十一)-no-change-no-cross-series-promotion", "2024", "评审", "series_change_undeclared",
         "未转系列人员，不得跨系列申报高一级职称", ("series_change",), "SERIES_CHANGE_INVALID",
         A(app24()), A(app24(current_title=dict(name="二级教师", grade="助理级", obtained="2016-12"))), S),
    # ---- blacklist: 2021 五, 2024 七(三)
    Case("2021五-listed-id-number", "2021", "认定", "blacklist", "对有不诚信行为的企业和专业技术人员建立黑名单制度",
         ("blacklist",), "BLACKLISTED", A(app21(birth_date=date(1989, 5, 17))), A(app21()), R,
         options={"blacklist": [{"kind": "id_number", "value": idcard.make("620102", date(1988, 5, 17), 123),
                                 "name": "张伟", "reason": "伪造学历"}]}),
    Case("2024七(三)-listed-credit-code", "2024", "评审", "blacklist", "从严追究失信人员责任", ("blacklist",),
         "BLACKLISTED", A(app24(unit=f"{U}（{uscc('91620100MA72YYYY0')}）")), A(app24(unit=f"{U}（{CODE}）")), R,
         options={"blacklist": [{"kind": "credit_code", "value": CODE, "name": U, "reason": "出具虚假证明"}]}),
    Case("2021五-unit-name-only-is-suspect-and-华信-is-not-华鑫", "2021", "认定", "blacklist_unit", "对有不诚信行为的企业",
         ("blacklist",), "BLACKLISTED", A(app21(unit="兰州新区华信建设工程有限公司")),
         A(app21(unit="兰州新区华鑫建设工程有限责任公司")), S,
         options={"blacklist": [{"kind": "unit", "value": "兰州新区华鑫建设工程有限公司", "name": "", "reason": "虚假材料"}]}),
]


def run(case: Case, built: tuple[Application, list]) -> list:
    app, docs = built
    policy: Policy = load_policy(case.policy)
    if case.policy_update:
        policy = policy.model_copy(update=case.policy_update)
    sub = Submission(applicant_id="A001", application=app, documents=docs)
    ctx = CheckContext(policy=policy, options=case.options)
    return [f for name in case.checks for f in CHECKS[name](sub, ctx)]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_clause(case: Case):
    policy = load_policy(case.policy)
    rule = policy.rule(case.key, case.mode)
    assert rule is not None and rule.quote, "a clause case needs a rule that quotes its notice"
    lines = [ln.quote for t in policy.years_tables_for(case.mode) for ln in t.rules] if case.key == "years" else []
    assert any(squash(case.words) in squash(q) for q in [rule.quote, *lines] if q)
    assert squash(case.words) in squash(notice_text(NOTICE_FILES[rule.notice]))

    lawful = run(case, case.lawful())
    allowed = RANK[case.lawful_allows] if case.lawful_allows else -1
    assert [f.message for f in lawful if RANK[f.severity] > allowed and (f.code == case.code or
                                                                        f.severity != Severity.info)] == []

    found = [f for f in run(case, case.unlawful()) if f.code == case.code]
    assert [f.severity for f in found] == [case.severity], [f.message for f in found]
    cited = load_policy(case.policy).rule(case.cites or case.key, case.mode)
    assert found[0].evidence["rule"] == cited.key
    if cited.quote:
        assert found[0].clause.startswith(cited.notice)
        assert found[0].evidence["quote"] in (cited.quote, *[ln.quote for t in load_policy(case.policy)
                                                               .years_tables_for(case.mode) for ln in t.rules])


# ---------------------------------------------------------------- rules no notice holds

def test_appraisal_below_pass_never_rejects():
    """No notice says 基本合格 or 不合格 rules an application out: suspect, citing the series' standard."""
    for build, policy in ((app24, "2024"), (app21, "2021")):
        for result in ("基本合格", "不合格"):
            year = 2023 if policy == "2024" else 2020
            case = Case("", policy, build().mode, "", "", ("appraisal",), "APPRAISAL_FAILED",
                        A(build()), A(build(annual_appraisals=[dict(year=year, result=result)])), S)
            (f,) = [f for f in run(case, case.unlawful()) if f.code == "APPRAISAL_FAILED"]
            assert f.severity == Severity.suspect and "quote" not in f.evidence and f.evidence["source"]


def test_2021_retirement_and_discipline_are_general_rules():
    born = date(1961, 3, 10)     # 60 on 2021-03-10, before the submission: retired
    case = Case("", "2021", "认定", "", "", ("eligibility",), "", A(app21()),
                A(app21(birth_date=born, disciplinary_until=date(2021, 12, 31))), S)
    found = {f.code: f for f in run(case, case.unlawful())}
    for code in ("INELIGIBLE_RETIREMENT_AGE", "INELIGIBLE_DISCIPLINARY"):
        assert found[code].severity == Severity.suspect and "新组通" not in found[code].clause
    # reaching the age later in 2021 is no finding under the 认定 notice (that is the 2024 一 rule)
    later = Case("", "2021", "认定", "", "", ("eligibility",), "", A(app21()),
                 A(app21(birth_date=date(1961, 11, 1))), S)
    assert run(later, later.unlawful()) == []


def test_2021_papers_have_no_plagiarism_rule_and_no_cutoff():
    app = app21(papers=[paper(published="2021-12", indexed=False)])
    case = Case("", "2021", "认定", "", "", ("papers.reports", "papers.facts"), "", A(app), A(app), S)
    found = run(case, (app, [report("40.0", sealed=False)]))
    assert [f.code for f in found] == []


def test_without_a_catalogue_no_level_mismatch_but_one_info_per_paper():
    two = [paper(), dict(paper("core", "甘肃科技", "1000-095X", "62-1130/N"), title="另一篇论文")]
    case = Case("", "2024", "评审", "", "", ("papers.journals",), "", A(app24(papers=two)), A(app24(papers=two)), S)
    found = run(case, case.unlawful())
    assert [f.code for f in found] == ["FIELD_UNCONFIRMED", "FIELD_UNCONFIRMED"]
    assert all(f.severity == Severity.info and "未配置核心期刊目录，期刊级别未核验" in f.message for f in found)
    with_cat = Case("", "2024", "评审", "", "", ("papers.journals",), "", A(app24(papers=two)), A(app24(papers=two)),
                    S, options={"journals": CATALOGUE})
    assert [f.code for f in run(with_cat, with_cat.unlawful())] == ["JOURNAL_LEVEL_MISMATCH"]
