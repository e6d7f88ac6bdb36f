"""Chinese labels shown to reviewers (sheets, dashboard, exports, the desk).

One table for every evidence key and every enum value the checks write, so that
no English identifier reaches a reviewer (``tests/test_labels.py`` scans the
checks for keys and values and fails on a missing label).  Times are shown in
one local zone with its offset, the same on every page (``local_time``).
"""
from __future__ import annotations

import os
from datetime import datetime, timezone, tzinfo
from typing import Any, Optional
from zoneinfo import ZoneInfo

DOC_TYPE_LABELS = {
    "id_card": "身份证", "diploma": "毕业证书", "degree": "学位证书",
    "xuexin_record": "学历电子注册备案表", "social_insurance": "社保缴费证明",
    "employment_proof": "工作证明", "annual_appraisal": "年度考核", "continuing_education": "继续教育证明",
    "paper": "论文", "plagiarism_report": "查重报告单", "other": "其他材料", "unknown": "无法识别",
}
SEVERITY_LABELS = {"reject": "否决", "suspect": "存疑", "warn": "提示", "info": "信息"}
VERDICT_LABELS = {"pass": "通过", "review": "需人工复核", "reject": "不予通过"}
TEXT_SOURCE_LABELS = {"text_layer": "文字层", "ocr": "OCR识别", "mixed": "文字层+OCR", "none": "无文字"}
MODE_LABELS = {"认定": "考核认定", "评审": "评审"}
UNIT_TYPE_LABELS = {
    "public_institution": "事业单位", "state_enterprise": "国有企业", "private_enterprise": "非公企业",
    "government": "机关", "flexible": "灵活就业",
}
REVIEW_LABELS = {"dismissed": "已排除", "confirmed": "已确认"}
FIELD_LABELS = {
    "name": "姓名", "id_number": "身份证号", "gender": "性别", "birth_date": "出生日期", "school": "学校",
    "major": "专业", "level": "层次", "start_date": "入学/入职日期", "graduation_date": "毕业日期",
    "certificate_no": "证书编号", "degree": "学位", "award_date": "授予日期",
    "degree_certificate_no": "学位证书编号", "verification_code": "在线验证码", "updated_date": "更新日期",
    "valid_until": "有效期至", "contribution": "缴费记录", "unit": "单位", "position": "职务",
    "year": "年度", "result": "考核结果", "hours": "学时", "title": "题名", "authors": "作者",
    "journal": "期刊", "issn": "ISSN", "cn": "CN", "published": "出版年月", "author": "作者",
    "checked_at": "检测时间", "ratio_excl_refs": "去除引用文献复制比", "ratio_excl_self": "去除本人文献复制比",
    "ratio_total": "总文字复制比", "ratio_max_single": "单篇最大文字复制比",
    # declared fields of application.json (claims: "education[0].school" → 学校)
    "start": "入学时间", "graduation": "毕业时间", "xuexin_code": "学信网验证码", "unit_type": "单位性质",
    "major_applied": "申报专业",
}
EVIDENCE_LABELS = {
    "declared": "申报值", "document_value": "材料值", "value": "识别值", "found": "材料所见",
    "expected": "应为", "printed": "证书所印", "months": "月数", "required_months": "要求月数",
    "threshold": "限值", "ratio": "比例", "required": "要求", "required_years": "要求年限",
    "found_years": "实有年限", "extra_years": "附加年限", "missing_years": "缺少年度", "paid": "已缴月数",
    "ranges": "期间", "paying_units": "缴费单位", "declared_unit": "申报单位", "unit": "单位",
    "unit_type": "单位性质", "field": "字段", "key": "项目", "kind": "类别", "doc_type": "材料类型",
    "level": "层级", "grade": "等级", "series": "系列", "mode": "申报方式", "school": "学校",
    "graduation": "毕业时间", "education": "学历", "highest_education": "最高学历",
    "education_item": "学历条目", "studied_major": "所学专业", "major": "专业", "issn": "ISSN", "cn": "CN",
    "journal": "期刊", "catalogue": "期刊目录", "catalogue_size": "目录收录数", "paper_title": "论文题名",
    "paper_titles": "论文题名", "paper_authors": "论文作者", "paper_document": "论文材料", "authors": "作者",
    "report_title": "报告题名", "report_author": "报告作者", "title_score": "题名相似度",
    "checked_at": "检测时间", "cutoff": "截止日期", "cutoff_date": "截止日期", "submitted_at": "提交日期",
    "birth_date": "出生日期", "declared_birth_date": "申报出生日期", "id_birth_date": "身份证出生日期",
    "gender": "性别", "declared_gender": "申报性别", "id_gender": "身份证性别", "id_number": "身份证号",
    "retirement_date": "退休日期", "retirement_month": "退休年月", "base_age": "法定退休年龄",
    "delay_months": "延迟月数", "disciplinary_until": "处分影响期至", "is_civil_servant": "公务员（参公）",
    "other_applicant": "相同材料申报人", "other_document": "对方材料", "other_page": "对方页码",
    "other_night": "对方批次", "other_records": "其他记录", "hash_distance": "图像差异度",
    "edit_distance": "编辑距离", "producer": "生成软件", "creator": "创建软件", "signals": "迹象",
    "blocks_changed": "改动块数", "hidden": "被遮盖文字", "visible": "可见文字", "problem": "问题",
    "problems": "问题", "reason": "原因", "reasons": "原因", "detail": "详情", "rule": "规则",
    "rules": "规则", "rule_set": "规则集", "basis": "依据", "exemption": "豁免情形",
    "likely_ocr_error": "疑似识别误差", "confidence": "识别置信度", "source": "来源", "number": "编号",
    "year": "年度", "result": "结果", "declared_result": "申报结果", "declared_hours": "申报学时",
    "declared_level": "申报层次", "valid_until": "有效期至", "listed_name": "名单姓名",
    "listed_value": "名单记录", "applicant": "申报人", "application_year": "申报年度", "jobs": "工作经历",
    "overlap": "重叠", "over": "超出", "size": "大小", "unreadable_documents": "无法读取的材料",
    "in_required_years": "在要求年限内", "differences": "差异", "exam_only_grades": "考试等级",
    "message": "说明", "code": "代码", "start": "起", "end": "止", "hours": "学时",
    "name": "姓名", "title": "题名", "similarity": "相似度", "score": "得分", "present": "已提交",
    "missing": "缺少", "pages": "页数", "documents": "材料", "count": "数量", "pos": "位置",
    "doc_types": "材料类型",
    # added for issue 14: every key the checks write has a label
    "applied_group": "申报专业所属类别", "studied_group": "所学专业所属类别", "major_applied": "申报专业",
    "award": "授予", "consecutive_months": "连续缴费月数", "consecutive_range": "连续缴费期间",
    "job_start": "任职起", "job_end": "任职止", "last_paid_month": "最后缴费月",
    "same_numbers": "相同编号", "statement_period": "证明覆盖期间", "strict": "须专业对口",
    "submission_month": "申报月份", "units_paid_recently": "近月缴费单位", "position": "职务",
    "signal": "迹象", "weight": "权重", "program": "软件", "revisions": "修订次数", "fonts": "字体",
    "met": "是否满足", "counted_years": "实有年限", "bbox_pt": "位置（磅）", "actual_years": "实有年限", "threshold_years": "须满年限", "share": "重复比例",
    "ratio_excl_refs": "去除引用文献复制比", "declared_unit_type": "申报单位性质", "relation": "专业关系",
    "paper": "论文", "report": "查重报告", "window": "考核年度范围", "years": "年度",
    "page_hash": "页面指纹", "night": "批次", "status": "状态", "method": "比对方式",
    "cap": "上限", "page_cap": "页数上限", "route": "申报渠道", "post": "岗位类别",
    "insurance_via": "社保缴纳方式", "household_registration": "户籍", "series_change": "转系列",
    # keys of the rules as data (issue 13)
    "agency_payers": "代缴机构", "applicant_unit": "申报单位", "applied_grade": "申报等级",
    "applied_series": "申报系列", "checked": "已核验", "consecutive_with_agency": "含代缴的连续月数",
    "consecutive_with_near_units": "计入识别相近单位后的连续月数", "read_units": "识别所得的单位名称",
    "current_grade": "现职称等级", "current_series": "现职称系列", "current_title": "现职称", "group": "类别",
    "id_region": "身份证地区码", "indexed": "知网收录", "judged_as": "按此判断", "level_basis": "级别依据",
    "marks": "签章痕迹", "months_at_submission": "申报时月数", "province": "省份", "ratio_source": "复制比来源",
    "retirement_rule": "退休规则", "series_inferred_from_title": "由职称推定系列", "table": "年限表",
    "when": "判断时点", "why": "原因", "seal_words": "印章字样", "sign_words": "签字字样",
    "seal_detected": "检出印章", "cite": "条款", "sentence": "原文", "quote": "原文", "no_rule": "规则缺失",
    # claims, coverage, reuse (issue 12)
    "claim": "核实项", "claims": "核实项", "fields": "字段", "label_bbox": "标签位置", "months_not_covered": "证明未覆盖月份",
    "statements": "缴费证明读取范围", "run_stopped": "连续缴费中断原因", "read_basis": "依据",
    "numbers_differ": "编号不同", "outside_text_changed": "文字以外改动块数", "rule_key": "规则",
    "severity_note": "严重程度说明", "policy_severity": "规则原定严重程度", "check": "审核规则", "error": "错误类型",
}
# enum values the checks write as evidence (kinds, signals, bases, relations …)
VALUE_LABELS = {
    # material kinds and documents
    **DOC_TYPE_LABELS,
    "name": "姓名", "id_number": "身份证号",
    # journal levels
    "core": "核心期刊", "provincial": "省级期刊",
    # WORK_HISTORY_OVERLAP
    "declared_jobs": "申报的工作经历重叠", "double_contribution": "同月两个单位缴费",
    # insurance exemption bases
    "declared_position": "申报的职务", "document": "上传材料",
    # forensics signals and text overlays
    "editor": "编辑软件", "incremental_update": "增量保存（文件被改过）",
    "modified_after_creation": "创建后被修改", "odd_font": "字体异常", "white_text": "白色文字",
    "retyped": "遮盖后重写", "overprint": "叠印文字",
    # dedup kinds
    "summary": "工作总结", "paper": "论文",
    # major relations
    "same": "相同", "close": "相近", "related": "相关", "different": "不相近", "unknown": "无法判断",
    # journal level basis, retirement check time
    "catalogue": "核心期刊目录", "declared": "申报信息", "submission": "提交日期",
    "application_year": "申报年度", "ocr": "OCR识别", "text_layer": "文字层",
    # xuexin basis and claim statuses
    "valid_until": "有效期至", "confirmed": "一致", "contradicted": "不一致", "unconfirmed": "未能确认",
    # what a reject rests on, where a consecutive run stopped
    "check_digit": "校验位印证", "gap": "已读取月份中断缴", "statement_start": "证明最早月份之前",
    "unread": "未能读取的月份",
    # application enums
    **UNIT_TYPE_LABELS,
    "unit": "单位缴纳", "agency": "人才服务机构代缴", "head_office": "总部代缴", "self": "个人缴纳",
    "legal_person": "法定代表人", "self_employed_veteran": "自主就业退役军人",
    "landless_farmer_pension": "失地农民养老保险",
    "normal": "正常申报", "exceptional": "破格申报", "grassroots": "基层专项", "enterprise": "企业专项",
    "unit_only": "单位内部有效", "skill": "技能人才贯通", "professional": "专业技术岗位", "worker": "工勤岗位",
}


def key_label(key: str) -> str:
    """Chinese label of an evidence key (claims' "education[0].school" → 学校)."""
    if key in EVIDENCE_LABELS:
        return EVIDENCE_LABELS[key]
    if key in FIELD_LABELS:
        return FIELD_LABELS[key]
    tail = key.rsplit(".", 1)[-1].split("[", 1)[0]
    return EVIDENCE_LABELS.get(tail) or FIELD_LABELS.get(tail) or key


def value_label(value: Any) -> Any:
    """Chinese label of an enum value; any other value unchanged."""
    if isinstance(value, str) and value in VALUE_LABELS:
        return VALUE_LABELS[value]
    return value


def display_zone() -> tzinfo:
    """The zone times are shown in: $ZCAUDIT_TZ, else Asia/Shanghai (the office's), else the system's."""
    name = os.environ.get("ZCAUDIT_TZ", "Asia/Shanghai")
    try:
        return ZoneInfo(name)
    except Exception:  # no tz database: the system's local zone
        return datetime.now().astimezone().tzinfo or timezone.utc


def local_time(value: Optional[Any] = None) -> str:
    """'2026-12-02 20:19 (UTC+08:00)': a stored UTC ISO time (or now) in the display zone."""
    if value in (None, ""):
        dt = datetime.now(timezone.utc)
    elif isinstance(value, datetime):
        dt = value
    else:
        try:
            dt = datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
    if dt.tzinfo is None:  # stored times are UTC
        dt = dt.replace(tzinfo=timezone.utc)
    dt = dt.astimezone(display_zone())
    off = dt.strftime("%z")
    return f"{dt:%Y-%m-%d %H:%M} (UTC{off[:3]}:{off[3:]})"
