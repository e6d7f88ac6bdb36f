"""Paper checks: plagiarism reports, journal identifiers, cut-off, authorship."""
from __future__ import annotations

import pytest

from checks.base import CheckContext
from checks.journals import load_catalogue
from checks.papers import journal_identifiers, paper_facts, plagiarism_reports, split_names
from core.models import Application, Document, Field, Line, Page, Severity, Submission

TITLE = "基于深度学习的桥梁裂缝检测方法研究"
TITLE2 = "兰州新区市政道路沥青路面病害成因分析"


def _paper(**kw):
    p = dict(title=TITLE, journal="计算机学报", issn="0254-4164", cn="11-1826/TP", journal_level="core",
             published="2024-03", authors=["张伟", "李强"])
    p.update(kw)
    return p


def _app(papers, name="张伟"):
    return Application.model_validate(dict(
        applicant_id="A1", policy="2024", submitted_at="2024-10-10", name=name, id_number="x" * 18,
        gender="男", birth_date="1985-01-01", unit="兰州新区某公司", unit_type="state_enterprise",
        is_civil_servant=False, series="工程系列", level="高级工程师", grade="副高级", mode="评审",
        major_applied="土木工程", education=[], work_history=[], annual_appraisals=[], papers=papers,
        work_summary=""))


def _doc(name, doc_type, **fields):
    return Document(applicant_id="A1", filename=name, doc_type=doc_type,
                    fields=[Field(name=k, value=v, page=2 if k == "ratio_excl_refs" else 1)
                            for k, v in fields.items()])


def _report(name="查重.pdf", title=TITLE, ratio="10.0", author="张伟", checked_at="2024-08-01", sealed=True):
    """A 知网 report; ``sealed``: the unit signed and stamped it (2024 六(七) 有单位签字盖章)."""
    doc = _doc(name, "plagiarism_report", title=title, author=author, checked_at=checked_at,
               ratio_excl_refs=ratio)
    if sealed:
        doc.pages = [Page(number=1, width=100, height=100, lines=[
            Line(text="单位签字盖章：兰州新区某公司", bbox=(0, 0, 1, 1), source="text_layer")])]
    return doc


def _sub(papers, docs, name="张伟"):
    return Submission(applicant_id="A1", application=_app(papers, name), documents=docs)


@pytest.fixture
def catalogue(tmp_path):
    p = tmp_path / "core.csv"
    p.write_text("title,issn,cn,level\n计算机学报,0254-4164,11-1826/TP,北大核心\n"
                 "软件学报,1000-9825,11-2560/TP,北大核心\n", encoding="utf-8")
    return load_catalogue(p)


@pytest.fixture
def ctx(policy_2024, catalogue):
    return CheckContext(policy=policy_2024, options={"journals": catalogue})


def codes(findings):
    return sorted(f.code for f in findings)


# ---------------------------------------------------------------- reports

@pytest.mark.parametrize("level,ratio,over", [("core", "15.0", False), ("core", "15.1", True),
                                               ("provincial", "25.0", False), ("provincial", "25.1", True),
                                               ("provincial", "20.0", False), ("core", "20.0", True)])
def test_threshold_both_sides(ctx, level, ratio, over):
    journal = {} if level == "core" else dict(journal="甘肃科技", issn="1000-0952", cn="62-1130/N")
    sub = _sub([_paper(journal_level=level, **journal)], [_report(ratio=ratio)])
    found = [f for f in plagiarism_reports(sub, ctx) if f.code == "PLAGIARISM_OVER_THRESHOLD"]
    assert bool(found) is over
    if over:
        ev = found[0].evidence
        assert ev["ratio"] == float(ratio) and ev["level"] == level
        assert ev["threshold"] == (15.0 if level == "core" else 25.0)
        assert ev["document"] == "查重.pdf" and ev["page"] == 2 and "六(七)" in ev["clause"]


def test_latest_report_is_judged(ctx):
    old = _report("旧.pdf", ratio="30.0", checked_at="2024-03-01")
    new = _report("新.pdf", ratio="9.0", checked_at="2024-08-01")
    assert codes(plagiarism_reports(_sub([_paper()], [old, new]), ctx)) == []


def test_missing_report(ctx):
    f = list(plagiarism_reports(_sub([_paper(), _paper(title=TITLE2)], [_report()]), ctx))
    assert codes(f) == ["PLAGIARISM_REPORT_MISSING"]
    assert f[0].evidence["paper_title"] == TITLE2


def test_wrong_report_is_one_finding_not_also_missing(ctx):
    f = list(plagiarism_reports(_sub([_paper()], [_report(title="城市轨道交通信号系统可靠性评估")]), ctx))
    assert codes(f) == ["PLAGIARISM_REPORT_MISMATCH"]
    assert f[0].evidence["paper_title"] == TITLE
    assert f[0].evidence["report_title"] == "城市轨道交通信号系统可靠性评估"


def test_extra_unrelated_report_is_mismatch(ctx):
    docs = [_report(), _report("多余.pdf", title="城市轨道交通信号系统可靠性评估")]
    f = list(plagiarism_reports(_sub([_paper()], docs), ctx))
    assert codes(f) == ["PLAGIARISM_REPORT_MISMATCH"] and f[0].document == "多余.pdf"


def test_report_title_tolerates_punctuation_and_full_width(ctx):
    rep = _report(title="基于 深度学习 的桥梁裂缝检测方法研究。")
    assert codes(plagiarism_reports(_sub([_paper()], [rep]), ctx)) == []


@pytest.mark.parametrize("author,bad", [("张伟", False), ("张 伟", False), ("李强", False),
                                         ("张玮", True), ("张伟;王五", True)])
def test_report_author(ctx, author, bad):
    f = list(plagiarism_reports(_sub([_paper()], [_report(author=author)]), ctx))
    assert (codes(f) == ["PLAGIARISM_REPORT_MISMATCH"]) is bad
    assert bad or f == []


def test_paper_document_without_declaration_needs_a_report(ctx):
    doc = _doc("论文2.pdf", "paper", title=TITLE2, authors="张伟", issn="0254-4164", published="2024-01")
    f = list(plagiarism_reports(_sub([_paper()], [_report(), doc]), ctx))
    assert codes(f) == ["PLAGIARISM_REPORT_MISSING"] and f[0].document == "论文2.pdf"


# ---------------------------------------------------------------- journals

def test_declared_issn_and_cn_invalid(ctx):
    f = list(journal_identifiers(_sub([_paper(issn="0254-4165", cn="99-1826/TP")], []), ctx))
    assert codes(f) == ["JOURNAL_CN_INVALID", "JOURNAL_ISSN_INVALID"]
    issn = next(x for x in f if x.code == "JOURNAL_ISSN_INVALID")
    assert issn.evidence["value"] == "0254-4165" and "4" in issn.evidence["problem"]


def test_cn_serial_out_of_range(ctx):
    f = list(journal_identifiers(_sub([_paper(cn="11-9999/TP")], []), ctx))
    assert codes(f) == ["JOURNAL_CN_INVALID"]


def test_valid_identifiers_and_catalogued_core_pass(ctx):
    doc = _doc("论文.pdf", "paper", title=TITLE, issn="ISSN 0254-4164", cn="CN 11-1826/TP", authors="张伟;李强")
    assert list(journal_identifiers(_sub([_paper()], [doc]), ctx)) == []


def test_printed_issn_differs_from_declared(ctx):
    doc = _doc("论文.pdf", "paper", title=TITLE, issn="1000-9825", cn="11-1826/TP")
    f = list(journal_identifiers(_sub([_paper()], [doc]), ctx))
    assert codes(f) == ["JOURNAL_ISSN_INVALID"]
    assert f[0].evidence["declared"] == "0254-4164" and f[0].evidence["printed"] == "1000-9825"
    assert f[0].severity.value == "suspect" and f[0].document == "论文.pdf"


def test_printed_issn_invalid(ctx):
    doc = _doc("论文.pdf", "paper", title=TITLE, issn="0254-4160")
    f = list(journal_identifiers(_sub([_paper()], [doc]), ctx))
    assert codes(f) == ["JOURNAL_ISSN_INVALID"] and f[0].evidence["source"] == "printed"


def test_core_not_in_catalogue(ctx):
    p = _paper(journal="现代工程科技", issn="1001-506X", cn="62-1055/TP")
    f = list(journal_identifiers(_sub([p], []), ctx))
    assert codes(f) == ["JOURNAL_LEVEL_MISMATCH"]
    assert f[0].evidence["journal"] == "现代工程科技"
    # the same journal declared provincial is no mismatch
    assert list(journal_identifiers(_sub([dict(p, journal_level="provincial")], []), ctx)) == []


def test_core_found_by_cn_or_title(ctx):
    by_cn = _paper(journal="某刊", issn=None, cn="11-2560/TP")
    by_title = _paper(journal="软件学报", issn=None, cn=None)
    assert list(journal_identifiers(_sub([by_cn, by_title], []), ctx)) == []


# ---------------------------------------------------------------- paper facts

@pytest.mark.parametrize("published,late", [("2024-09", False), ("2024-10", True), ("2023-12", False)])
def test_cutoff_month(ctx, published, late):
    f = list(paper_facts(_sub([_paper(published=published)], []), ctx))
    assert (codes(f) == ["PAPER_AFTER_CUTOFF"]) is late
    if late:
        assert f[0].evidence["cutoff"] == "2024-09-30" and f[0].evidence["declared"] == published


def test_printed_date_after_cutoff(ctx):
    doc = _doc("论文.pdf", "paper", title=TITLE, authors="张伟", published="2024-11-15")
    f = list(paper_facts(_sub([_paper(published="2024-08")], [doc]), ctx))
    assert codes(f) == ["PAPER_AFTER_CUTOFF"] and f[0].evidence["printed"] == "2024-11"


@pytest.mark.parametrize("printed,missing", [("李强;张伟", False), ("李强1,2;张 伟*", False), ("李强 张伟", False),
                                              ("李强;张玮", True), ("张伟伟;李强", True)])
def test_author_on_printed_paper(ctx, printed, missing):
    doc = _doc("论文.pdf", "paper", title=TITLE, authors=printed, published="2024-01")
    f = list(paper_facts(_sub([_paper()], [doc]), ctx))
    assert (codes(f) == ["PAPER_AUTHOR_MISSING"]) is missing
    if missing:
        assert f[0].evidence["source"] == "printed" and f[0].evidence["applicant"] == "张伟"


def test_declared_authors_when_no_document(ctx):
    assert list(paper_facts(_sub([_paper(authors=["李强", "张伟"])], []), ctx)) == []
    f = list(paper_facts(_sub([_paper(authors=["李强", "张玮"])], []), ctx))
    assert codes(f) == ["PAPER_AUTHOR_MISSING"] and f[0].evidence["source"] == "declared"


def test_split_names():
    assert split_names("张 伟;李强") == ["张伟", "李强"]
    assert split_names("欧阳明辉，李强") == ["欧阳明辉", "李强"]
    assert split_names(["王五 ", "赵六"]) == ["王五", "赵六"]


def test_invalid_application_is_skipped(ctx):
    sub = Submission(applicant_id="A1", application=None, documents=[_report()])
    assert list(plagiarism_reports(sub, ctx)) == [] and list(paper_facts(sub, ctx)) == []


def test_truncated_report_title_still_matches(ctx):
    long_title = "兰州新区市政道路沥青路面早期病害成因分析与养护对策研究"
    rep = _report(title=long_title[:-5])
    assert codes(plagiarism_reports(_sub([_paper(title=long_title)], [rep]), ctx)) == []


def _ocr(doc):
    for f in doc.fields:
        f.source, f.confidence = "ocr", 0.98
    return doc


def test_ocr_slips_on_a_paper_or_report_are_warnings_to_look_at_not_suspects(ctx):
    # the ISSN's last digit misread on a photographed first page: invalid, but one glyph off a valid declared one
    doc = _ocr(_doc("论文.jpg", "paper", title=TITLE, issn="0254-4160", cn="11-1826/IP"))
    f = list(journal_identifiers(_sub([_paper()], [doc]), ctx))
    assert sorted(codes(f)) == ["JOURNAL_CN_INVALID", "JOURNAL_ISSN_INVALID"]
    assert {x.severity.value for x in f} == {"warn"} and all(x.evidence["likely_ocr_error"] for x in f)
    # a report author read 张玮 for 张伟 by OCR
    (r,) = [x for x in plagiarism_reports(_sub([_paper()], [_ocr(_report(author="张玮"))]), ctx)
            if x.code == "PLAGIARISM_REPORT_MISMATCH"]
    assert r.severity.value == "warn" and "目测核对" in r.message
    # the same on a text layer, or a whole other name by OCR, stays suspect
    (t,) = [x for x in plagiarism_reports(_sub([_paper()], [_report(author="张玮")]), ctx)
            if x.code == "PLAGIARISM_REPORT_MISMATCH"]
    (o,) = [x for x in plagiarism_reports(_sub([_paper()], [_ocr(_report(author="王芳"))]), ctx)
            if x.code == "PLAGIARISM_REPORT_MISMATCH"]
    assert t.severity.value == o.severity.value == "suspect"


def test_the_applicant_named_in_the_paper_head_is_no_missing_author(ctx):
    # OCR ran the byline into the title line; the parse found no authors line, the head names him
    doc = _doc("论文.jpg", "paper", title=TITLE + "张伟李强", authors="城市供水", published="2024-01")
    doc.pages = [Page(number=1, width=100, height=100, lines=[
        Line(text="建筑材料 2024年第1期", bbox=(0, 0, 1, 1), source="ocr"),
        Line(text=TITLE + " 张伟李强", bbox=(0, 2, 1, 3), source="ocr")])]
    assert codes(paper_facts(_sub([_paper()], [doc]), ctx)) == []
    doc.pages[0].lines[1].text = TITLE + " 王芳李强"
    assert codes(paper_facts(_sub([_paper()], [doc]), ctx)) == ["PAPER_AUTHOR_MISSING"]


def test_a_paper_whose_head_names_the_applicant_proves_authorship_even_when_none_was_declared(ctx):
    doc = _doc("论文.jpg", "paper", title=TITLE, published="2024-01")
    doc.pages = [Page(number=1, width=100, height=100, lines=[
        Line(text=TITLE + "张伟李强(兰州新区某公司,甘肃兰州730314)", bbox=(0, 0, 1, 1), source="ocr")])]
    assert codes(paper_facts(_sub([_paper(authors=[])], [doc]), ctx)) == []


def test_a_low_confidence_ocr_byline_is_unread_and_the_declared_authors_stand(ctx):
    doc = _doc("论文.jpg", "paper", title=TITLE, authors="李强;王芳", published="2024-01")
    doc.fields[1].source, doc.fields[1].confidence = "ocr", 0.55
    assert codes(paper_facts(_sub([_paper()], [doc]), ctx)) == []
    doc.fields[1].confidence = 0.97          # read with confidence, the applicant is not on it
    assert codes(paper_facts(_sub([_paper()], [doc]), ctx)) == ["PAPER_AUTHOR_MISSING"]


def test_a_paper_whose_title_and_byline_went_unread_accuses_nobody(ctx):
    """A photographed page where the article starts half-way down: the reader took the previous
    article's last sentence for the title and read no byline. No declared paper answers to that
    title and no author was read: nothing says the applicant is not an author."""
    doc = _doc("论文.jpg", "paper", title="一步积累实测资料。建议在类似工程中进一步积累实测资料。", published="2018-03")
    assert "PAPER_AUTHOR_MISSING" not in codes(paper_facts(_sub([_paper()], [doc]), ctx))


def test_a_report_whose_title_went_unread_is_unconfirmed_not_a_mismatch(ctx):
    """A page taken for a report (a CNKI 网络首发 cover) whose title was not read: nothing says which
    paper it checked, so no PLAGIARISM_REPORT_MISMATCH — a warn for a person to look."""
    rep = _doc("cover.pdf", "plagiarism_report", author="张伟")
    got = list(plagiarism_reports(_sub([_paper()], [rep, _report()]), ctx))
    assert "PLAGIARISM_REPORT_MISMATCH" not in codes(got)
    assert [f.severity for f in got if f.code == "FIELD_UNCONFIRMED"] == [Severity.warn]


def test_a_byline_in_pinyin_is_not_compared_with_a_name_in_characters(ctx):
    """An English-language paper prints its Chinese authors in pinyin ("Wei Zhang; Qiang Li"): 张伟 cannot be
    looked for there, so the printed byline is no evidence of a missing author — the declared authors stand (a
    declared author list without the applicant is still found)."""
    doc = _doc("论文.pdf", "paper", title=TITLE, authors="Qiang Li;Wei Zhang", published="2024-01")
    assert list(paper_facts(_sub([_paper()], [doc]), ctx)) == []
    f = list(paper_facts(_sub([_paper(authors=["李强", "王五"])], [doc]), ctx))
    assert codes(f) == ["PAPER_AUTHOR_MISSING"] and f[0].evidence["source"] == "declared"
