"""Chinese labels shown to reviewers (sheets, dashboard, exports)."""
from __future__ import annotations

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
}
