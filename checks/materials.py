"""Required attachments: MATERIAL_MISSING, CONTINUING_EDUCATION_MISSING.

Each required material is a rule ``material.<doc_type>`` of the pair, with the
sentence that asks for it (2024 六(九), 四(二); 2021 三.1, 附件3, 附件5, 二(一)3).
Decisions:

* ``xuexin_record`` is never reported here: whether it is due depends on the
  graduation year and level, and ``checks/education.py`` reports it as
  XUEXIN_RECORD_MISSING naming the 备案表 or the 认证报告. One code per fault.
* ``material.degree`` (2021) applies only when a degree is declared: 硕士 and 博士
  认定 need both 毕业证 and 学位证 (二(一)3).
* a missing ``social_insurance`` statement of an applicant in a 六(九) exemption
  group is judged by the exemption rule: info when the sealed 劳动合同 and the
  银行工资流水 are both there, the material rule otherwise.

CONTINUING_EDUCATION_MISSING is the 2024 评审 rule 六(六); the 认定 notice has none.
"""
from __future__ import annotations

from core.models import Finding, Submission

from .base import CheckContext, app_of, check, needs_application
from .insurance import exemption

LABELS = {
    "social_insurance": "个人社保参缴缴费证明", "diploma": "毕业证书", "degree": "学位证书",
    "xuexin_record": "学历电子注册备案表", "annual_appraisal": "年度考核表或考核结果",
    "employment_proof": "用人单位工作证明", "continuing_education": "继续教育证明",
    "id_card": "身份证",
}


def present_types(sub: Submission) -> set[str]:
    return {d.doc_type for d in sub.documents}


@check("required_materials")
@needs_application
def check_required_materials(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """MATERIAL_MISSING, one finding per absent doc_type."""
    app = app_of(sub)
    rules = [r for r in ctx.policy.rules_for(app.mode) if r.key.startswith("material.")]
    present = present_types(sub)
    required = [r.params.get("doc_type") for r in rules]
    out = []
    for rule in rules:
        doc_type = rule.params.get("doc_type", "")
        if doc_type in present or doc_type == "xuexin_record":
            continue
        if rule.params.get("when") == "degree_declared" and not any(e.degree for e in app.education):
            continue
        label = LABELS.get(doc_type, doc_type)
        ev = dict(doc_type=doc_type, mode=app.mode, required=required, present=sorted(present - {"unknown"}))
        ex = exemption(sub) if doc_type == "social_insurance" else None
        ex_rule = ctx.rule(sub, "social_insurance_exemption", "MATERIAL_MISSING")
        if ex and ex["complete"] and ex_rule is not None:
            msg = (f"未上传{label}，申报人属{ex['group_zh']}，已上传加盖单位印章的劳动合同和银行工资流水确认劳动关系。")
            out.append(ctx.finding(sub, "MATERIAL_MISSING", msg, rule=ex_rule, exemption=ex, **ev))
            continue
        msg = f"{app.mode}申报须上传{label}，附件中未找到。"
        out.append(ctx.finding(sub, "MATERIAL_MISSING", msg, rule=rule, **ev))
    return out


@check("continuing_education_material")
@needs_application
def check_continuing_education(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """CONTINUING_EDUCATION_MISSING: 评审 without a 继续教育证书 (2024 六(六))."""
    app = app_of(sub)
    rule = ctx.rule(sub, "continuing_education")
    if rule is None or sub.docs("continuing_education"):
        return []
    hours = app.continuing_education_hours
    if hours:
        msg = f"申报填写继续教育{hours}学时，但未上传继续教育工作平台认定的继续教育证书。"
    else:
        msg = "未填写继续教育学时，也未上传继续教育证书，未按要求参加继续教育的不得参加职称评审。"
    return [ctx.finding(sub, "CONTINUING_EDUCATION_MISSING", msg, rule=rule,
                        doc_type="continuing_education", declared_hours=hours, mode=app.mode)]
