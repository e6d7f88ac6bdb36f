"""Sub-kinds of ``other`` attachments that a rule needs, and the signature/seal marks.

Why here and not as doc_types: 2024 六(九) lets the exemption groups prove their labour
relation with "加盖单位印章的劳动合同和银行工资流水", and 六(七) wants the plagiarism report
"有单位签字盖章". Nothing is extracted from these documents, so they stay ``other``
(contract §2) and carry ``meta["other_kind"]``; the classifier sets it, and the checks
call the same function when it is absent. Both live on the ground (core) so that
extractors and checks share one definition.

Keyword detection on the text (text layer or OCR):
* ``labour_contract``: 劳动合同 with the parties (甲方 and 乙方, or 用人单位 and 劳动者);
* ``salary_statement``: 工资流水 / 代发工资 / 工资发放, or 工资 with a bank statement's
  words (银行, 交易, 账号/账户, 流水).
* a mark of signature or seal: the words 签字/签名/签章/盖章/公章/印章/专用章, or
  ``meta["seal"]`` set by an image detector. A printed label such as "（盖章）" counts:
  text alone cannot tell a stamped form from a blank one, and the reviewer sees the page.
"""
from __future__ import annotations

from typing import Optional

from .models import Document
from .normalize import keyword_text

LABOUR_CONTRACT = "labour_contract"
SALARY_STATEMENT = "salary_statement"
KINDS_ZH = {LABOUR_CONTRACT: "劳动合同", SALARY_STATEMENT: "银行工资流水"}

SALARY_WORDS = ("工资流水", "代发工资", "工资发放", "工资明细")
BANK_WORDS = ("银行", "交易", "账号", "账户", "流水")
SEAL_WORDS = ("盖章", "公章", "印章", "专用章", "签章")
SIGN_WORDS = ("签字", "签名")
OTHER_TYPES = ("other", "unknown")


def _text(doc: Document) -> str:
    return keyword_text(doc.text + "\n" + "\n".join(f.value for f in doc.fields))


def detect_kind(doc: Document) -> Optional[str]:
    """The sub-kind an ``other`` document's words show, or None."""
    t = _text(doc)
    if "劳动合同" in t and (("甲方" in t and "乙方" in t) or ("用人单位" in t and "劳动者" in t)):
        return LABOUR_CONTRACT
    if any(w in t for w in SALARY_WORDS) or ("工资" in t and sum(w in t for w in BANK_WORDS) >= 2):
        return SALARY_STATEMENT
    return None


def other_kind(doc: Document) -> Optional[str]:
    """``meta["other_kind"]`` when set (by the classifier), else detected now; only for
    documents of no other type."""
    if doc.doc_type not in OTHER_TYPES:
        return None
    if "other_kind" in doc.meta:
        return doc.meta["other_kind"] or None
    return detect_kind(doc)


def marks(doc: Document) -> dict:
    """The signature and seal marks found: words on the page and an image detector's flag."""
    t = _text(doc)
    return {"seal_words": [w for w in SEAL_WORDS if w in t], "sign_words": [w for w in SIGN_WORDS if w in t],
            "seal_detected": bool(doc.meta.get("seal"))}


def is_sealed(doc: Document) -> bool:
    m = marks(doc)
    return bool(m["seal_words"] or m["seal_detected"])


def is_signed_or_sealed(doc: Document) -> bool:
    m = marks(doc)
    return bool(m["seal_words"] or m["sign_words"] or m["seal_detected"])
