"""The finding codes of contract §4, with a default severity and a Chinese title.

A policy file may override a severity (``[severity]`` table) — e.g. a missing
appraisal rules out a 2021 认定 application on its own (附件 3) but only needs a
look under other rules.
"""
from __future__ import annotations

from .models import Severity

R, S, W, I = Severity.reject, Severity.suspect, Severity.warn, Severity.info

CODES: dict[str, tuple[Severity, str]] = {
    "APPLICATION_INVALID": (S, "申报信息无法读取或格式不符"),
    "DOCUMENT_UNREADABLE": (W, "附件无法读取"),
    "MATERIAL_MISSING": (W, "缺少必备材料"),
    "ID_NUMBER_INVALID": (S, "身份证号码无效"),
    "ID_BIRTH_MISMATCH": (S, "身份证号码与出生日期不符"),
    "ID_GENDER_MISMATCH": (S, "身份证号码与性别不符"),
    "NAME_MISMATCH": (S, "附件姓名与申报人不符"),
    "ID_NUMBER_MISMATCH": (S, "附件身份证号码与申报不符"),
    "INELIGIBLE_CIVIL_SERVANT": (R, "公务员（参公人员）不得参加职称评审"),
    "INELIGIBLE_DISCIPLINARY": (R, "处分影响期内不得申报"),
    "INELIGIBLE_RETIREMENT_AGE": (R, "申报当年达到退休年龄"),
    "EXAM_ONLY_SERIES": (R, "该系列层级实行全国统一考试"),
    "INSUFFICIENT_YEARS": (R, "专业技术工作年限不足"),
    "MAJOR_MISMATCH": (W, "所学专业与申报专业不对口"),
    "EDUCATION_MISMATCH": (S, "学历材料与申报信息不符"),
    "DIPLOMA_NUMBER_INCONSISTENT": (S, "证书编号与证书内容不一致"),
    "XUEXIN_RECORD_MISSING": (W, "缺少学历电子注册备案表或认证报告"),
    "XUEXIN_CODE_INVALID": (W, "学信网验证码缺失或格式错误"),
    "XUEXIN_RECORD_EXPIRED": (W, "学历备案表已过有效期"),
    "SOCIAL_INSURANCE_SHORT": (R, "申报单位社保连续缴纳不足"),
    "WORK_HISTORY_UNINSURED": (S, "工作经历月份无社保缴费记录"),
    "INSURED_UNIT_MISMATCH": (S, "社保缴费单位与工作经历不符"),
    "WORK_HISTORY_OVERLAP": (S, "工作经历或缴费记录重叠"),
    "APPRAISAL_MISSING": (W, "缺少年度考核结果"),
    "APPRAISAL_FAILED": (R, "年度考核结果低于合格"),
    "CONTINUING_EDUCATION_MISSING": (W, "缺少继续教育证明"),
    "PLAGIARISM_REPORT_MISSING": (W, "论文缺少查重报告"),
    "PLAGIARISM_OVER_THRESHOLD": (R, "论文复制比超过规定"),
    "PLAGIARISM_REPORT_MISMATCH": (S, "查重报告与论文不符"),
    "JOURNAL_ISSN_INVALID": (S, "期刊ISSN校验失败"),
    "JOURNAL_CN_INVALID": (S, "国内统一刊号格式错误"),
    "JOURNAL_LEVEL_MISMATCH": (S, "期刊级别与核心目录不符"),
    "PAPER_AFTER_CUTOFF": (W, "论文发表晚于业绩截止日期"),
    "PAPER_AUTHOR_MISSING": (S, "申报人不在论文作者之列"),
    "DUPLICATE_PAPER": (S, "论文与他人重复"),
    "SUMMARY_DUPLICATE": (S, "工作小结与他人雷同"),
    "PDF_EDITED": (W, "PDF疑似被编辑"),
    "TEXT_OVERLAY": (S, "页面文字被遮盖或覆盖"),
    "IMAGE_REUSED": (S, "扫描图像与他人重复"),
    "BLACKLISTED": (R, "列入失信黑名单"),
    "FIELD_UNCONFIRMED": (I, "申报信息未能在材料上核实"),
    "CHECK_FAILED": (W, "审核规则运行出错"),
    "SERIES_CHANGE_INVALID": (S, "转系列申报不符合规定"),
    "INELIGIBLE_HOUSEHOLD": (S, "灵活就业人员非本省户籍"),
}

# One cause, one finding: when the first code is raised, a finding of the second code about the
# same material (evidence doc_type) says the same thing less precisely and is dropped.
COVERS = {
    "APPRAISAL_MISSING": ("MATERIAL_MISSING", "annual_appraisal"),
    "CONTINUING_EDUCATION_MISSING": ("MATERIAL_MISSING", "continuing_education"),
    "XUEXIN_RECORD_MISSING": ("MATERIAL_MISSING", "xuexin_record"),
}


def default_severity(code: str) -> Severity:
    if code not in CODES:
        raise KeyError(f"unknown finding code {code!r}")
    return CODES[code][0]


def title(code: str) -> str:
    return CODES.get(code, (None, code))[1]
