"""Required attachments: MATERIAL_MISSING, CONTINUING_EDUCATION_MISSING.

The list of required doc_types is data (``policy.required_materials[mode]``).
Two deliberate exceptions:

* ``xuexin_record`` is never reported here: whether it is due depends on the
  graduation year and level, and ``checks/education.py`` reports it as
  XUEXIN_RECORD_MISSING naming the 备案表 or the 认证报告. One code per fault.
* a missing ``social_insurance`` statement of an applicant who falls under an
  exemption of 2024 六(九) (股东, 法人 … or a labour contract uploaded) is an
  ``info`` finding carrying ``exemption``, not a warning.

CONTINUING_EDUCATION_MISSING applies to evaluation (评审) under the 2024 notice
and later (六(六): 未按要求参加继续教育的不得参加职称评审); under the 2021
recognition rules the 继续教育证明 is optional (附件5).
"""
from __future__ import annotations

from core.models import Finding, Severity, Submission

from .base import CheckContext, app_of, check, needs_application
from .insurance import exemption

LABELS = {
    "social_insurance": "个人社保参缴缴费证明", "diploma": "毕业证书", "degree": "学位证书",
    "xuexin_record": "学历电子注册备案表", "annual_appraisal": "年度考核表或考核结果",
    "employment_proof": "用人单位工作证明", "continuing_education": "继续教育证明",
    "id_card": "身份证",
}
CLAUSE_KEYS = {"social_insurance": "social_insurance", "employment_proof": "employment_proof",
               "annual_appraisal": "appraisal"}


def present_types(sub: Submission) -> set[str]:
    return {d.doc_type for d in sub.documents}


@check("required_materials")
@needs_application
def check_required_materials(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """MATERIAL_MISSING, one finding per absent doc_type."""
    app = app_of(sub)
    required = ctx.policy.required_materials.get(app.mode, [])
    present = present_types(sub)
    out = []
    for doc_type in required:
        if doc_type in present or doc_type == "xuexin_record":
            continue
        label = LABELS.get(doc_type, doc_type)
        key = CLAUSE_KEYS.get(doc_type, "materials")
        if key not in ctx.policy.clauses:
            key = "materials"
        ev = dict(doc_type=doc_type, mode=app.mode, required=list(required),
                  present=sorted(present - {"unknown"}))
        ex = exemption(sub, app.unit) if doc_type == "social_insurance" else None
        if ex:
            msg = (f"未上传{label}，申报人属{ex['kind']}情形，"
                   f"需以劳动合同和银行工资流水确认劳动关系。")
            out.append(ctx.finding(sub, "MATERIAL_MISSING", msg, clause_key=key,
                                   severity=Severity.info, exemption=ex, **ev))
            continue
        msg = f"{app.mode}申报须上传{label}，附件中未找到。"
        out.append(ctx.finding(sub, "MATERIAL_MISSING", msg, clause_key=key, **ev))
    return out


def continuing_education_required(ctx: CheckContext, mode: str) -> bool:
    return bool(ctx.policy.continuing_education_required.get(mode, False))


@check("continuing_education_material")
@needs_application
def check_continuing_education(sub: Submission, ctx: CheckContext) -> list[Finding]:
    """CONTINUING_EDUCATION_MISSING: 评审 without a 继续教育证书."""
    app = app_of(sub)
    if not continuing_education_required(ctx, app.mode):
        return []
    if sub.docs("continuing_education"):
        return []
    hours = app.continuing_education_hours
    if hours:
        msg = f"申报填写继续教育{hours}学时，但未上传继续教育工作平台认定的继续教育证书。"
    else:
        msg = "未填写继续教育学时，也未上传继续教育证书，未按要求参加继续教育的不得参加职称评审。"
    return [ctx.finding(sub, "CONTINUING_EDUCATION_MISSING", msg, clause_key="continuing_education",
                        doc_type="continuing_education", declared_hours=hours, mode=app.mode)]
