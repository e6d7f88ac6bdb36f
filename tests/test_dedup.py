"""Near-duplicate summaries and papers across applicants (and across nights)."""
from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import MinHash

from checks.base import BatchContext
from checks.dedup import compare, find_pairs, make_items, paper_duplicates, summary_duplicates
from checks.shingles import minhash_of, normalize_summary, overlap, shingle_hashes, strip_references
from core.models import Application, Document, Submission

OUTLINE = ("一、基本情况\n本人{a}\n二、开展工作情况\n{b}\n三、取得业绩\n{c}\n"
           "四、专业特长（经验）\n{d}\n五、今后努力方向\n{e}")

SUMMARY_A = OUTLINE.format(
    a="2008年毕业于兰州交通大学土木工程专业，现任兰州新区某路桥公司技术负责人，2016年取得工程师资格。",
    b="参加工作以来主要从事高速公路桥梁施工技术管理，负责中川机场连接线三座预应力连续箱梁桥的施工组织设计，"
      "编制悬臂浇筑专项方案，组织挂篮预压试验，解决了高墩大跨箱梁线形控制难题。",
    c="主持的秦王川大道跨线桥项目获甘肃省建设工程飞天奖，参与编写企业工法两项，在省级期刊发表论文两篇。",
    d="熟悉预应力混凝土桥梁施工监控，擅长利用有限元软件进行施工阶段模拟分析。",
    e="继续钻研装配式桥梁技术，带好青年技术骨干。")

SUMMARY_B = OUTLINE.format(
    a="2011年毕业于甘肃农业大学会计学专业，在兰州新区综合保税区某物流企业财务部工作，2017年取得会计师资格。",
    b="负责公司全面预算编制与执行分析，牵头上线财务共享系统，梳理应收账款账龄并建立催收台账，"
      "配合税务机关完成增值税留抵退税申报，协助审计机构开展年度财务审计。",
    c="推动应收账款周转天数由九十天降至五十八天，所写的内部控制评价报告被集团采纳，获评公司年度先进个人。",
    d="精通管理会计工具，能够运用数据透视与可视化方法开展经营分析。",
    e="学习国际财务报告准则，提升业财融合能力。")

SUMMARY_C = OUTLINE.format(
    a="2013年毕业于兰州理工大学电气工程及其自动化专业，现在新区某制药企业设备部从事电气维护，2019年取得工程师资格。",
    b="负责洁净车间空调净化系统和纯化水系统的电气控制改造，编写设备预防性维护规程，组织变频器故障排查，"
      "参与新建原料药车间配电工程的设计审查与调试验收。",
    c="完成的空压站群控节能改造年节电约四十万千瓦时，获得实用新型专利一项，指导班组通过技能鉴定。",
    d="熟悉可编程控制器编程和工业网络组态，善于分析电气故障。",
    e="深入学习工业互联网和智能制造技术，提升车间自动化水平。")


def near_copy(text: str, share: float = 0.07, seed: int = 1) -> str:
    """Light edits a copier makes: swap two sections' sentences and change
    about ``share`` of the characters."""
    rng = random.Random(seed)
    chars = list(text)
    for i in rng.sample(range(len(chars)), int(len(chars) * share)):
        if chars[i] not in "\n一二三四五、":
            chars[i] = rng.choice("的了在是和有为与及对")
    return "".join(chars)


def _sub(aid, summary="", docs=()):
    app = Application.model_validate(dict(
        applicant_id=aid, policy="2024", submitted_at="2024-10-10", name="某某", id_number="x" * 18,
        gender="男", birth_date="1985-01-01", unit="某公司", unit_type="state_enterprise", is_civil_servant=False,
        series="工程系列", level="工程师", grade="中级", mode="评审", major_applied="土木工程", education=[],
        work_history=[], annual_appraisals=[], papers=[], work_summary=summary))
    return Submission(applicant_id=aid, application=app, documents=list(docs))


def _bctx(subs, policy, store=None):
    return BatchContext(policies={s.applicant_id: policy for s in subs}, store=store)


def test_set_phrases_and_outline_are_removed():
    norm = normalize_summary("一、基本情况\n本人张伟。（二）工作情况：负责设计。3. 今后努力方向")
    assert norm == "张伟负责设计"


def test_planted_near_copy_found_with_both_ids(policy_2024):
    subs = [_sub("A", SUMMARY_A), _sub("B", SUMMARY_B), _sub("C", near_copy(SUMMARY_A)), _sub("D", SUMMARY_C)]
    f = list(summary_duplicates(subs, _bctx(subs, policy_2024)))
    assert sorted((x.applicant_id, x.evidence["other_applicant"]) for x in f) == [("A", "C"), ("C", "A")]
    ev = f[0].evidence
    assert 0.5 <= ev["overlap"] < 1.0 and ev["threshold"] == 0.5 and ev["clause"] == "新组通〔2024〕23号 七(三)" and ev["quote"]
    assert all(x.code == "SUMMARY_DUPLICATE" for x in f)


def test_clean_summaries_sharing_set_phrases_are_not_duplicates(policy_2024):
    subs = [_sub("A", SUMMARY_A), _sub("B", SUMMARY_B), _sub("D", SUMMARY_C)]
    assert list(summary_duplicates(subs, _bctx(subs, policy_2024))) == []
    # without removing the outline they would share many shingles; after removal almost none
    a, b = (shingle_hashes(normalize_summary(t)) for t in (SUMMARY_A, SUMMARY_B))
    assert overlap(a, b)[0] < 0.1


def test_same_applicant_twice_is_not_a_duplicate(policy_2024):
    subs = [_sub("A", SUMMARY_A)]
    items = make_items([("A", "", "s1", SUMMARY_A), ("A", "", "s2", SUMMARY_A)], normalize_summary)
    assert find_pairs(items, 0.5) == []
    assert list(summary_duplicates(subs, _bctx(subs, policy_2024))) == []


def test_share_is_the_larger_of_shingle_overlap_and_text_ratio():
    items = make_items([("A", "", "s", SUMMARY_A), ("C", "", "s", near_copy(SUMMARY_A, 0.07))], normalize_summary)
    p = compare(items[0], items[1], 0.0)
    # scattered character changes cost 5-grams but hardly the edit ratio
    assert p.share == p.text_ratio and 0.5 < p.containment < p.text_ratio < 1.0
    assert compare(items[0], items[1], p.share) is not None and compare(items[0], items[1], p.share + 0.001) is None


def test_threshold_both_sides_through_lsh():
    parts = SUMMARY_B.split("。")
    reordered = "。".join(parts[::-1])
    items = make_items([("A", "", "s", SUMMARY_B), ("B", "", "s", reordered)], normalize_summary)
    p = compare(items[0], items[1], 0.0)
    # reordered sentences keep the shingles; the edit ratio alone would miss the copy
    assert p.share == p.containment and p.containment > 0.8 > p.text_ratio
    assert len(find_pairs(items, p.share - 0.01)) == 1
    assert find_pairs(items, p.share + 0.01) == []


def test_minhash_equals_datasketch_update_batch():
    hashes = shingle_hashes(normalize_summary(SUMMARY_C))
    ref = MinHash(num_perm=128, seed=1, scheme="affine32", hashfunc=int)
    ref.update_batch(hashes.tolist())
    assert np.array_equal(minhash_of(hashes).hashvalues, ref.hashvalues)


def _paper_doc(aid, name, body, refs):
    return Document(applicant_id=aid, filename=name, doc_type="paper", body=body, references=refs)


REFS = "[1] 王某. 桥梁施工监控[J]. 公路, 2019(3): 1-5.\n[2] 李某. 有限元分析[M]. 北京: 人民交通出版社, 2018."


def test_paper_bodies_compared_without_references(policy_2024):
    a = _sub("A", docs=[_paper_doc("A", "a.pdf", SUMMARY_A, REFS)])
    b = _sub("B", docs=[_paper_doc("B", "b.pdf", SUMMARY_B, REFS)])               # same references only
    c = _sub("C", docs=[_paper_doc("C", "c.pdf", near_copy(SUMMARY_A, 0.05), "")])  # same body
    subs = [a, b, c]
    f = list(paper_duplicates(subs, _bctx(subs, policy_2024)))
    assert sorted((x.applicant_id, x.document, x.evidence["other_applicant"], x.evidence["other_document"])
                  for x in f) == [("A", "a.pdf", "C", "c.pdf"), ("C", "c.pdf", "A", "a.pdf")]
    assert all(x.code == "DUPLICATE_PAPER" for x in f)


def test_paper_text_fallback_cuts_references():
    assert strip_references("正文内容\n参考文献\n[1] 某某") == "正文内容\n"
    assert strip_references("正文内容\n[参考文献]\n[1] 某某") == "正文内容\n"


class FakeStore:
    def __init__(self, rows):
        self.rows, self.saved = rows, []

    def load_signatures(self, kind):
        return [r for k, *r in self.rows if k == kind]

    def save_signatures(self, kind, rows):
        self.saved.append((kind, list(rows)))


def test_cross_night_signatures(policy_2024):
    earlier = make_items([("OLD", "", "work_summary", SUMMARY_A), ("C", "", "work_summary", SUMMARY_B)],
                         normalize_summary)
    store = FakeStore([("summary", it.applicant_id, it.key, it.fp.hashvalues, it.fp.digest) for it in earlier])
    subs = [_sub("NEW", near_copy(SUMMARY_A, 0.05)), _sub("C", SUMMARY_B), _sub("D", SUMMARY_C)]
    f = list(summary_duplicates(subs, _bctx(subs, policy_2024, store)))
    # NEW copied OLD's summary of an earlier night; C's own earlier signature is not a duplicate of C
    assert [(x.applicant_id, x.evidence["other_applicant"], x.evidence.get("earlier_night")) for x in f] \
        == [("NEW", "OLD", True)]
    kind, saved = store.saved[0]
    assert kind == "summary" and sorted(r[0] for r in saved) == ["C", "D", "NEW"]
    assert all(len(r[2]) == 128 for r in saved)


def test_store_without_signature_methods_is_ignored(policy_2024):
    subs = [_sub("A", SUMMARY_A), _sub("C", near_copy(SUMMARY_A))]
    assert len(list(summary_duplicates(subs, _bctx(subs, policy_2024, store=object())))) == 2


@pytest.mark.parametrize("text", ["", "一、基本情况\n本人。"])
def test_empty_or_phrase_only_summaries_are_not_compared(policy_2024, text):
    subs = [_sub("A", text), _sub("B", text)]
    assert list(summary_duplicates(subs, _bctx(subs, policy_2024))) == []


def _random_text(rng: random.Random, n: int) -> str:
    return "".join(chr(rng.randrange(0x4E00, 0x9FA6)) for _ in range(n))


def test_template_shared_by_many_is_still_found():
    """In a large batch the shingles of a template that 52 of 60 applicants
    downloaded are 'common' and leave the LSH signatures; those texts are then
    compared with each other directly, and the 8 own texts stay clean."""
    rng = random.Random(3)
    template = _random_text(rng, 600)
    rows = [(f"T{k:02d}", "", "s", template + _random_text(rng, 150)) for k in range(52)]
    rows += [(f"O{k:02d}", "", "s", _random_text(rng, 700)) for k in range(8)]
    pairs = find_pairs(make_items(rows, normalize_summary), 0.5)
    items = make_items(rows, normalize_summary)
    named = {(items[p.i].applicant_id, items[p.j].applicant_id) for p in pairs}
    assert len(named) == 52 * 51 // 2
    assert all(a.startswith("T") and b.startswith("T") for a, b in named)
