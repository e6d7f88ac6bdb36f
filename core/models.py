"""The one data model that flows through every stage.

Submission → Document → Page (lines with boxes) → Field → Finding.

Stages are plain functions of these objects; errors travel as data
(``StageError`` on the Document, ``Finding`` on the Submission) so that a bad
upload never stops the batch.
"""
from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any, Iterable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field as PField

# --------------------------------------------------------------------------
# application.json (contract §1)
# --------------------------------------------------------------------------

UnitType = Literal["public_institution", "state_enterprise", "private_enterprise", "government", "flexible"]
Grade = Literal["员级", "助理级", "中级", "副高级", "正高级"]
EduLevel = Literal["中专", "大专", "本科", "硕士研究生", "博士研究生",
                   "技工院校中级工班", "技工院校高级工班", "技工院校预备技师班"]
AppraisalResult = Literal["优秀", "合格", "称职", "基本合格", "不合格"]

YM_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=False)


class Education(_Strict):
    school: str
    level: EduLevel
    major: str
    start: str = PField(pattern=YM_PATTERN)
    graduation: str = PField(pattern=YM_PATTERN)
    certificate_no: Optional[str] = None
    degree: Optional[Literal["学士", "硕士", "博士"]] = None
    degree_certificate_no: Optional[str] = None
    xuexin_code: Optional[str] = None


class WorkItem(_Strict):
    unit: str
    start: str = PField(pattern=YM_PATTERN)
    end: Optional[str] = PField(default=None, pattern=YM_PATTERN)
    position: str = ""
    professional: bool = True


class CurrentTitle(_Strict):
    name: str
    grade: Grade
    obtained: str = PField(pattern=YM_PATTERN)


class Appraisal(_Strict):
    year: int
    result: AppraisalResult


class Paper(_Strict):
    title: str
    journal: str
    issn: Optional[str] = None
    cn: Optional[str] = None
    journal_level: Literal["core", "provincial"]
    published: str = PField(pattern=YM_PATTERN)
    authors: list[str]
    indexed: Optional[bool] = None  # indexed by 中国知网: the 省职改办 checks it itself (2024 六(七))


class SeriesChange(_Strict):
    from_series: str
    approved: str = PField(pattern=YM_PATTERN)


class Application(_Strict):
    applicant_id: str
    policy: str
    submitted_at: date
    name: str
    id_number: str
    gender: Literal["男", "女"]
    birth_date: date
    unit: str
    unit_type: UnitType
    is_civil_servant: bool
    disciplinary_until: Optional[date] = None
    series: str
    level: str
    grade: Grade
    mode: Literal["认定", "评审"]
    major_applied: str
    education: list[Education]
    work_history: list[WorkItem]
    current_title: Optional[CurrentTitle] = None
    annual_appraisals: list[Appraisal]
    continuing_education_hours: Optional[int] = None
    papers: list[Paper]
    work_summary: str
    # optional keys added in the second round (contract §1); absent → the default
    insurance_via: Literal["unit", "agency", "head_office", "self"] = "unit"
    exemption: Optional[Literal["legal_person", "self_employed_veteran", "landless_farmer_pension"]] = None
    route: Literal["normal", "exceptional", "grassroots", "enterprise", "unit_only", "skill"] = "normal"
    post: Literal["professional", "worker"] = "professional"
    household_registration: Optional[str] = None
    series_change: Optional[SeriesChange] = None

    @property
    def highest_education(self) -> Optional[Education]:
        return self.education[-1] if self.education else None


# --------------------------------------------------------------------------
# documents, pages, fields
# --------------------------------------------------------------------------

TextSource = Literal["text_layer", "ocr", "mixed", "none"]
FieldSource = Literal["text_layer", "ocr"]

DOC_TYPES = (
    "id_card", "diploma", "degree", "xuexin_record", "social_insurance",
    "employment_proof", "annual_appraisal", "continuing_education", "paper",
    "plagiarism_report", "other",
)
DocType = Literal[
    "id_card", "diploma", "degree", "xuexin_record", "social_insurance",
    "employment_proof", "annual_appraisal", "continuing_education", "paper",
    "plagiarism_report", "other", "unknown",
]

BBox = tuple[float, float, float, float]  # x0, y0, x1, y1 in page points (PDF) or pixels (image)


class Segment(BaseModel):
    """A part of a line set apart by a wide gap (a column): two values on one baseline never merge."""
    text: str
    bbox: BBox
    confidence: float = 1.0


class Line(BaseModel):
    """One line of text on a page, in reading order, with its box.

    ``segments``: when the line holds two or more columns (a gap of more than about two
    characters), each column's text and box; ``text`` is their texts joined by one space.
    Empty for a line of one column.
    """
    text: str
    bbox: BBox
    source: FieldSource
    confidence: float = 1.0
    segments: list[Segment] = PField(default_factory=list)


class Page(BaseModel):
    number: int  # 1-based
    width: float
    height: float
    text_source: TextSource = "none"
    lines: list[Line] = PField(default_factory=list)
    # table rows as lists of cell strings (from pdfplumber / PyMuPDF / OCR boxes)
    tables: list[list[list[str]]] = PField(default_factory=list)
    rotation: int = 0  # degrees applied to make the page upright (OCR)
    skew: float = 0.0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class Field(BaseModel):
    name: str
    value: str
    page: int = 1
    bbox: Optional[BBox] = None
    source: FieldSource = "text_layer"
    confidence: float = 1.0


class Coverage(BaseModel):
    """What a parse actually read, so that silence is never taken for absence (contract §3).

    ``rows_read``: table rows parsed into fields; ``pages_with_rows``: pages on which rows
    were found; ``pages_total``: pages of the document; ``period``: the (first, last) month
    the document states it covers, when printed; ``printed_on``: its print/issue date;
    ``unread``: pages or row ranges that held rows but could not be parsed (e.g. "p3").
    ``complete`` is True only when every page that should hold rows was read.
    """
    rows_read: int = 0
    pages_with_rows: list[int] = PField(default_factory=list)
    pages_total: int = 0
    period: Optional[tuple[str, str]] = None
    printed_on: Optional[str] = None
    unread: list[str] = PField(default_factory=list)
    complete: bool = True


class StageError(BaseModel):
    """An error that belongs to a document, kept as data (docling's ErrorItem)."""
    stage: str
    message: str
    page: Optional[int] = None


class Document(BaseModel):
    """One attachment (or one part of a bundled attachment)."""
    model_config = ConfigDict(arbitrary_types_allowed=True)

    applicant_id: str
    filename: str                  # the attachment's file name inside the applicant folder
    path: str = ""                 # absolute path on disk ("" for synthetic test docs)
    sha256: str = ""
    size: int = 0
    media: Literal["pdf", "image", "unknown"] = "unknown"
    doc_type: DocType = "unknown"
    classify_score: float = 0.0
    part: int = 0                  # >0 when split out of a bundled PDF
    page_range: Optional[tuple[int, int]] = None  # 1-based inclusive range of the original file
    pages: list[Page] = PField(default_factory=list)
    fields: list[Field] = PField(default_factory=list)
    errors: list[StageError] = PField(default_factory=list)
    # free text kept on the document, not in fields.csv (paper body/references)
    body: str = ""
    references: str = ""
    meta: dict[str, Any] = PField(default_factory=dict)  # PDF metadata, forensics signals
    coverage: Optional[Coverage] = None  # what the parser read (tables, statements); None = not reported

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    @property
    def text_source(self) -> TextSource:
        kinds = {p.text_source for p in self.pages if p.text_source != "none"}
        if not kinds:
            return "none"
        if len(kinds) == 1:
            return kinds.pop()
        return "mixed"

    @property
    def readable(self) -> bool:
        return not any(e.stage == "read" for e in self.errors)

    def field(self, name: str) -> Optional[Field]:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    def value(self, name: str) -> Optional[str]:
        f = self.field(name)
        return f.value if f else None

    def all(self, name: str) -> list[Field]:
        return [f for f in self.fields if f.name == name]


# --------------------------------------------------------------------------
# findings
# --------------------------------------------------------------------------

class Severity(str, Enum):
    reject = "reject"
    suspect = "suspect"
    warn = "warn"
    info = "info"


# Most severe first: the one order every list of findings is sorted by.
SEVERITY_ORDER: tuple[Severity, ...] = (Severity.reject, Severity.suspect, Severity.warn, Severity.info)


def severity_order(sev: "Severity | str") -> int:
    """Position in SEVERITY_ORDER (0 = reject); an unknown value sorts last."""
    try:
        return SEVERITY_ORDER.index(Severity(sev))
    except ValueError:
        return len(SEVERITY_ORDER)


class Finding(BaseModel):
    applicant_id: str
    code: str
    severity: Severity
    message: str                       # one Chinese sentence for the reviewer
    document: str = ""                 # attachment file name, or ""
    page: Optional[int] = None
    bbox: Optional[BBox] = None
    clause: str = ""                   # e.g. "新组通〔2024〕23号 一"
    evidence: dict[str, Any] = PField(default_factory=dict)

    def evidence_with_clause(self) -> dict[str, Any]:
        ev = dict(self.evidence)
        if self.clause and "clause" not in ev:
            ev["clause"] = self.clause
        if self.page is not None and "page" not in ev:
            ev["page"] = self.page
        return ev


ClaimStatus = Literal["confirmed", "contradicted", "unconfirmed"]


class Claim(BaseModel):
    """One declared value checked against one document meant to prove it (issue 12).

    ``found`` is the value read at the label (contradicted) or the matched text (confirmed);
    ``page``/``bbox`` locate it so that the sheet can crop it.
    """
    field: str                          # e.g. "name", "education[0].school"
    declared: str
    document: str                       # attachment file name
    doc_type: str = ""
    status: ClaimStatus
    found: str = ""
    page: Optional[int] = None
    bbox: Optional[BBox] = None
    method: str = ""                    # "label", "anywhere", "fuzzy", ...
    score: float = 0.0
    source: str = ""                    # text_layer / ocr of what was found (a contradiction's basis)
    confidence: float = 1.0
    label_bbox: Optional[BBox] = None   # the label's line, when it was located (contradicted: both boxes)
    reason: str = ""                    # unconfirmed: absent / cut_off / unknown_glyph / dropped_glyph / low_confidence / malformed


class CheckPass(BaseModel):
    """A rule that ran for this applicant and was met, with its values (the sheet's "what was checked")."""
    rule: str                           # the finding code it guards against, e.g. SOCIAL_INSURANCE_SHORT
    message: str                        # one Chinese line, e.g. "申报单位连续缴纳31个月 ≥ 6"
    values: dict[str, Any] = PField(default_factory=dict)
    clause: str = ""


Verdict = Literal["pass", "review", "reject"]


def verdict_of(severities: Iterable["Severity | str"]) -> Verdict:
    """Contract §3: reject if any reject finding, else review if any suspect/warn, else pass."""
    sev = {s.value if isinstance(s, Severity) else str(s) for s in severities}
    if "reject" in sev:
        return "reject"
    if sev & {"suspect", "warn"}:
        return "review"
    return "pass"


class Submission(BaseModel):
    """One applicant folder and everything learned about it."""
    applicant_id: str
    folder: str = ""
    application: Optional[Application] = None
    raw_application: dict[str, Any] = PField(default_factory=dict)
    documents: list[Document] = PField(default_factory=list)
    findings: list[Finding] = PField(default_factory=list)
    claims: list[Claim] = PField(default_factory=list)
    passed: list[CheckPass] = PField(default_factory=list)
    content_hash: str = ""             # hash of application.json + attachments (incremental runs)

    @property
    def name(self) -> str:
        if self.application:
            return self.application.name
        return str(self.raw_application.get("name", "") or "")

    def docs(self, doc_type: str) -> list[Document]:
        return [d for d in self.documents if d.doc_type == doc_type]

    @property
    def verdict(self) -> Verdict:
        return verdict_of(f.severity for f in self.findings)
