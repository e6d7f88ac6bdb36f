"""The declared ID number against itself and the declared birth date and gender.

Why: a falsified or mistyped ID number is the first sign of an application
that cannot be trusted, and the ID number (GB 11643) carries its own check
character, the birth date and the gender. Attachments are compared with the
declared data elsewhere (NAME_MISMATCH, ID_NUMBER_MISMATCH); here only
application.json is read. Full ID numbers never leave this module: evidence and
messages carry the masked form.
"""
from __future__ import annotations

from typing import Iterable

from core import idcard
from core.models import Finding, Submission

from .base import CheckContext, app_of, check, needs_application

CLAUSE_KEY = "honesty"  # 申报材料真实性（2024 七(三)，2021 五）


@check("id_number")
@needs_application
def check_id_number(sub: Submission, ctx: CheckContext) -> Iterable[Finding]:
    app = app_of(sub)
    number = idcard.normalize(app.id_number)
    masked = idcard.mask(number)
    out: list[Finding] = []

    problems = idcard.problems(number)
    if problems:
        out.append(ctx.finding(
            sub, "ID_NUMBER_INVALID",
            f"申报的身份证号码{masked}无效：{'；'.join(problems)}。",
            clause_key=CLAUSE_KEY, id_number=masked, problems=problems,
        ))

    # the birth and gender digits are still meaningful when only the check character is wrong
    id_birth = idcard.birth_date(number)
    if id_birth is not None and id_birth != app.birth_date:
        out.append(ctx.finding(
            sub, "ID_BIRTH_MISMATCH",
            f"身份证号码中的出生日期{id_birth.isoformat()}与申报的出生日期{app.birth_date.isoformat()}不一致。",
            clause_key=CLAUSE_KEY, id_number=masked,
            id_birth_date=id_birth.isoformat(), declared_birth_date=app.birth_date.isoformat(),
        ))

    id_gender = idcard.gender(number) if len(number) == 18 else None
    if id_gender is not None and id_gender != app.gender:
        card = next(iter(sub.docs("id_card")), None)
        read = card.field("id_number") if card else None
        printed = card.value("gender") if card else None
        where = dict(document=card.filename, page=read.page if read else None,
                     bbox=read.bbox if read else None) if card else {"document": "application.json"}
        seen = f"（身份证{card.filename}上印有性别“{printed}”）" if card and printed else \
            (f"（对照身份证{card.filename}）" if card else "")
        out.append(ctx.finding(
            sub, "ID_GENDER_MISMATCH",
            f"身份证号码第17位表示的性别{id_gender}与申报的性别{app.gender}不一致{seen}。",
            clause_key=CLAUSE_KEY, id_number=masked, **where,
            id_gender=id_gender, declared_gender=app.gender, printed=printed,
        ))
    return out
