"""bench/zoo_audit.py's core on two text-layer zoo families (no OCR): a clean holder of a
document has their name confirmed on it and no suspect/reject finding about its content;
the same holder declaring another name gets NAME_MISMATCH (so the first test can fail)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from sample_docs.zoo.fonts import KINDS, missing, usable_faces

ROOT = Path(__file__).resolve().parent.parent
FACES = [f for f in KINDS if f in usable_faces()]
pytestmark = pytest.mark.skipif(not FACES, reason="; ".join(missing().values()) or "no CJK face")
# a held-out 备案表 (many claims: name, ID, school, major, level, dates, numbers, code) and a
# seen employer letter (name, ID, unit, start); both text-layer families
FAMILIES = ["xx_new_unruled", "emp_letterhead_pdf"]
OTHER_NAME = "钱立群"  # in none of the zoo's name pools


def _bench():
    spec = importlib.util.spec_from_file_location("bench_zoo_audit", ROOT / "bench" / "zoo_audit.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses resolve their annotations through it
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def zoo(tmp_path_factory):
    from sample_docs.zoo.__main__ import write_zoo
    out = tmp_path_factory.mktemp("zoo")
    write_zoo(out, n_per_family=1, seed=3, families=FAMILIES)
    bench = _bench()
    docs = list(bench.load_truth(out).values())
    assert sorted(d.family for d in docs) == sorted(FAMILIES) and all(d.kind == "text" for d in docs)
    return bench, out, docs


def test_clean_holder_is_confirmed_and_not_accused(zoo, tmp_path):
    bench, out, docs = zoo
    results = bench.audit_zoo(out, docs, tmp_path / "inbox")
    assert len(results) == len(FAMILIES)
    for r in results:
        assert r.source == "text_layer", r.doc.rel
        assert r.doc.doc_type in r.doc_types, (r.doc.rel, r.doc_types)
        by_field = {c.field: c.status for c in r.claims}
        assert by_field.get("name") == "confirmed", (r.doc.rel, by_field)
        assert by_field.get("id_number") == "confirmed", (r.doc.rel, by_field)
        assert "contradicted" not in by_field.values(), (r.doc.rel, by_field)
        assert r.content == [], [(f.code, f.message) for f in r.content]
        assert r.batch == [], [(f.code, f.message) for f in r.batch]
    xx = next(r for r in results if r.doc.doc_type == "xuexin_record")
    school = next(c for c in xx.claims if c.field.endswith(".school"))
    assert school.status == "confirmed" and school.declared == xx.doc.one("school")


def test_declared_other_name_gives_name_mismatch(zoo, tmp_path):
    bench, out, docs = zoo

    def plant(doc, app):
        assert app["name"] == doc.one("name") != OTHER_NAME
        app["name"] = OTHER_NAME

    results = bench.audit_zoo(out, docs, tmp_path / "inbox", mutate=plant, batch=False)
    for r in results:
        names = [f for f in r.content if f.code == "NAME_MISMATCH"]
        assert names and names[0].severity.value == "suspect", [(f.code, f.severity) for f in r.content]
        assert {c.status for c in r.claims if c.field == "name"} == {"contradicted"}


def test_a_short_last_run_is_justified_when_the_statement_skips_months():
    """A 税务 print lists only money that arrived: 2023-09/10 absent ends the run, so "only 2 months"
    is what the document says, not a false accusation (and eight listed rows are no run of eight)."""
    from bench.zoo_holders import ZooDoc, justified
    u = "甘肃中川环保工程技术有限公司"
    months = ["2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-11", "2023-12"]
    doc = ZooDoc("x.pdf", "si_tax_flexible", "seen", "social_insurance", "text",
                 {"contribution": [f"{m}|{u}|4368|1" for m in months]})
    assert justified(doc, "SOCIAL_INSURANCE_SHORT")
    full = ZooDoc("x.pdf", "si_tax_flexible", "seen", "social_insurance", "text",
                  {"contribution": [f"2023-{m:02d}|{u}|4368|1" for m in range(3, 13)]})
    assert not justified(full, "SOCIAL_INSURANCE_SHORT")


def test_a_holder_declares_the_id_of_the_person_the_document_was_drawn_for():
    """A diploma lying on its 备案表 prints an ID number its truth (a diploma's fields) does not hold: the
    clean applicant declares that person's number — moved to the printed birth date as facts.redate
    moves a holder to another era — never one made up from the birth date alone."""
    from bench.zoo_holders import ZooDoc, application_for
    from sample_docs.zoo.facts import id_check
    body = "65010219860623573"
    drawn_for = body + id_check(body)
    fields = {"name": ["陈昇"], "gender": ["男"], "birth_date": ["1987-10-09"], "school": ["兰州石化职业技术学院"],
              "level": ["大专"], "major": ["工程造价"], "graduation_date": ["2008-01"], "start_date": ["2005-03"],
              "certificate_no": ["128325200806357981"]}
    doc = ZooDoc("d.jpg", "dip_with_record_desk_photo", "heldout", "diploma", "scan", fields, person_id=drawn_for)
    moved = "65010219871009573"
    assert application_for(doc, "A1")["id_number"] == moved + id_check(moved) == "650102198710095733"
    # a birth month only (a form that prints 出生年月): the ID's day is not known, none is made up from it
    month_only = ZooDoc("d.jpg", "emp_x", "heldout", "employment_proof", "scan",
                        {"name": ["陈昇"], "birth_date": ["1987-10"], "unit": ["兰州新区水投集团有限公司"]},
                        person_id=drawn_for)
    assert application_for(month_only, "A1")["id_number"] != drawn_for
    bare = ZooDoc("d.jpg", "dip_with_record_desk_photo", "heldout", "diploma", "scan", fields)
    assert application_for(bare, "A1")["id_number"].startswith("6201") and \
        application_for(bare, "A1")["id_number"][6:14] == "19871009"
