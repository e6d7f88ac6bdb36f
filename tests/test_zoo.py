"""The layout zoo (issue 12, item 4): every family draws, its truth is right by the
reference facts (contract §6), the held-out split is frozen, and what the truth
says is what the page prints. Fast: no OCR, documents drawn but not degraded
(one delivery test per kind)."""
from __future__ import annotations

import io
import random
import re

import pymupdf
import pytest

from sample_docs.zoo import FAMILIES, draw, person, render, splits
from sample_docs.zoo.fonts import KINDS, missing, usable_faces
from sample_docs.zoo.registry import printed_forms

FACES = [f for f in KINDS if f in usable_faces()]
pytestmark = pytest.mark.skipif(not FACES, reason="; ".join(missing().values()) or "no CJK face")

CONTRACT_FIELDS = {
    "id_card": {"name", "id_number"},
    "diploma": {"name", "gender", "birth_date", "school", "major", "level", "start_date", "graduation_date",
                "certificate_no"},
    "degree": {"name", "degree", "major", "award_date", "degree_certificate_no"},
    "xuexin_record": {"name", "gender", "id_number", "birth_date", "school", "level", "major", "start_date",
                      "graduation_date", "certificate_no", "verification_code", "updated_date", "valid_until"},
    "social_insurance": {"name", "id_number", "contribution"},
    "employment_proof": {"name", "id_number", "unit", "position", "start_date"},
    "annual_appraisal": {"name", "year", "result"},
    "continuing_education": {"name", "year", "hours"},
    "paper": {"title", "authors", "journal", "issn", "cn", "published"},
    "plagiarism_report": {"title", "author", "checked_at", "ratio_excl_refs", "ratio_excl_self", "ratio_total",
                          "ratio_max_single"},
}
# frozen before any parser was tuned on the zoo; changing it is a deliberate act (see families.toml)
HELD_OUT = {"ap_register_form", "ce_certificate", "cnki_amlc_oneline", "emp_table",
            "id_copy_stamped", "xx_new_unruled", "xx_old_grid",
            # second round (issue 12: a failed held-out family is replaced by a new one)
            "deg_master_prose", "cnki_full_compare",
            # third round (fam_round3.py)
            "dip_2010s_portrait_desk", "dip_online_flat",
            # fifth round (fam_round5.py; the fourth round's three failed, were fixed and moved to seen;
            # the fifth round's five, pap_footer_issue and pap_xuebao_bilingual failed in session 18, were
            # fixed by method and moved to seen)
            # sixth round (fam_round6.py): all seven failed in session 18, were fixed by method, moved to seen
            # seventh round (fam_round7.py): all six failed in session 18, were fixed by method, moved to seen
            # eighth round (fam_round8.py): five failed in session 18 and moved to seen
            "pap_masthead_copy",
            # ninth round (fam_round9.py): the two statements failed in session 18 and moved to seen
            "pap_footer_box_photo",
            # tenth round (fam_round10.py): both failed in session 19 and moved to seen
            # eleventh round (fam_round11.py): four failed in session 19 and moved to seen
            "si_desc_status_pages",
            # twelfth round (fam_round12.py): all five failed in session 19 and moved to seen
            # thirteenth round (fam_round13.py): four failed in session 19 and moved to seen
            "si_monitor_moire_photo",
            # fourteenth round (fam_round14.py): all five failed in session 19 and moved to seen
            # fifteenth round (fam_round15.py): all four failed in session 20 and moved to seen
            # sixteenth round (fam_round16.py): all five failed in session 20 and moved to seen
            # seventeenth round (fam_round17.py): four failed in session 20 and moved to seen
            "si_other_province_transfer_in",
            # eighteenth round (fam_round18.py): three failed in session 20 and moved to seen
            "pap_upside_down_stapled_scan", "dip_1990s_zhongzhuan",
            # nineteenth round (fam_round19.py, fam_round19b.py): all seven failed in session 21 and moved to seen
            # twentieth round (fam_round20.py, fam_round20b.py): eight failed in session 22 and moved to seen
            "deg_2020s_qr_portrait",
            # twenty-first round (fam_round21.py, fam_round21b.py): four fixed in session 22, three in session 23,
            # moved to seen
            "si_phone_photo_cut_bottom", "dip_folded_crease_photo",
            # twenty-second round (fam_round22.py, fam_round22b.py): five fixed in session 23 and moved to seen
            "si_per_insurance_sections", "si_highlighter_annotated_photo",
            "dip_with_record_desk_photo", "emp_salary_payment_table",
            # twenty-third round (fam_round23.py)
            "si_clipboard_pen_photo",  # si_word_screenshots_pdf, si_pair_rows_gap_merged fixed in session 23
            # (emp_appointment_redhead_list fixed in session 24)
            # twenty-third round, part b (fam_round23b.py)
            "dip_military_camscanner",
            # (deg_lost_proof_certificate fixed in session 23; pap_longyuan_reflow_pdf, pap_word_proof_track_changes
            # in session 24)
            # twenty-fourth round (fam_round24.py): si_dark_mode_app_screens, emp_post_appointment_booklet fixed in
            # session 24
            "si_ofd_converted_glyph_order", "si_stapled_fanned_pages_photo",
            # twenty-fourth round, part b (fam_round24b.py): pap_bound_volume_gutter_photo, deg_second_bachelor
            # fixed in session 24
            "pap_scanner_searchable_layer", "dip_plastic_sleeve_reflection",
            # twenty-fifth round (fam_round25.py): si_excel_export_full_dates fixed in session 24
            "si_sideways_phone_photo", "emp_resignation_certificate",
            # twenty-fifth round, part b (fam_round25b.py): pap_wanfang_watermark_download, pap_ieee_conference_english
            # fixed in session 24
            "dip_steel_seal_over_text",
            }
KINDS_ASKED = ("diploma", "xuexin_record", "social_insurance", "plagiarism_report", "paper", "employment_proof")


def _id_ok(n: str) -> bool:
    """GB 11643, written out here (not taken from the generator)."""
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return bool(re.fullmatch(r"\d{17}[\dX]", n)) and "10X98765432"[sum(int(a) * b for a, b in zip(n, w)) % 11] == n[17]


def _issn_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{3}[\dX]", s):
        return False
    d = s.replace("-", "")
    c = 11 - sum(int(x) * w for x, w in zip(d[:7], range(8, 1, -1))) % 11
    return d[7] == ("X" if c == 10 else "0" if c == 11 else str(c))


CN_REGIONS = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
              54, 61, 62, 63, 64, 65}


def _drawn(name: str, seed: int = 0):
    face = FACES[sorted(FAMILIES).index(name) % len(FACES)]
    rng = random.Random(f"test:{name}:{seed}")
    return draw(name, person(rng), rng, face)


def _values(truth: dict):
    for k, v in truth.items():
        for x in (v if isinstance(v, list) else [v]):
            yield k, str(x)


def test_at_least_five_families_for_each_kind_the_issue_names():
    per = {}
    for f in FAMILIES.values():
        per.setdefault(f.doc_type, []).append(f.name)
    assert set(per) == set(CONTRACT_FIELDS)
    for doc_type in KINDS_ASKED:
        assert len(per[doc_type]) >= 5, (doc_type, per[doc_type])
    for doc_type in set(CONTRACT_FIELDS) - set(KINDS_ASKED):
        assert len(per[doc_type]) >= 2, (doc_type, per[doc_type])


def test_held_out_split_is_frozen():
    sp = splits()
    assert set(sp) == set(FAMILIES), "families.toml must list exactly the registered families"
    assert {n for n, s in sp.items() if s == "heldout"} == HELD_OUT
    assert set(sp.values()) == {"seen", "heldout"}
    for doc_type in CONTRACT_FIELDS:
        names = [n for n, f in FAMILIES.items() if f.doc_type == doc_type]
        held = [n for n in names if sp[n] == "heldout"]
        assert 1 <= len(held) < len(names) and len(held) <= len(names) / 3 + 0.5, (doc_type, held)


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_family_truth_follows_the_reference_facts(name):
    fam = FAMILIES[name]
    for seed in range(2):
        d = _drawn(name, seed)
        try:
            truth = d.truth
            assert truth and set(truth) <= CONTRACT_FIELDS[fam.doc_type], set(truth) - CONTRACT_FIELDS[fam.doc_type]
            assert truth.get("name") or truth.get("author") or truth.get("authors"), "names its holder or author"
            for k, v in _values(truth):
                assert v.strip() == v and v, (k, v)
                if k in ("birth_date", "start_date", "graduation_date", "award_date", "updated_date", "valid_until",
                         "checked_at", "published"):
                    assert re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?", v), (k, v)
            if "id_number" in truth:
                assert _id_ok(truth["id_number"]), truth["id_number"]
            if "birth_date" in truth and "id_number" in truth:
                assert truth["id_number"][6:14].startswith(truth["birth_date"].replace("-", "")[:6])
            if "gender" in truth and "id_number" in truth:
                assert (int(truth["id_number"][16]) % 2 == 1) == (truth["gender"] == "男")
            cert = truth.get("certificate_no")
            if cert and len(cert) == 17:  # 自考 (contract §6 "another layout"): 6, 层次, region, yy, 考次, serial, check
                assert re.fullmatch(r"6[56]\d{15}", cert), cert
                assert cert[1] == {"本科": "5", "大专": "6"}[truth["level"]]
                assert int(cert[2:4]) in CN_REGIONS and cert[8:10] == truth["graduation_date"][2:4]
                assert cert[10] == ("1" if truth["graduation_date"][5:7] <= "06" else "2")
            elif cert and len(cert) != 8:  # 8 digits: a pre-2002 number (below)
                assert re.fullmatch(r"\d{18}", cert), cert
                assert cert[5] in "1567" and cert[6:10] == truth["graduation_date"][:4]
                assert cert[10:12] == {"本科": "05", "大专": "06", "硕士研究生": "02"}[truth["level"]]
            elif cert:  # 8 digits: a pre-2002 number (dip_1990s_old_no, a 1990s 中专's dip_1990s_zhongzhuan)
                assert name in ("dip_1990s_old_no", "dip_1990s_zhongzhuan") and truth["graduation_date"] < "2002"
            deg = truth.get("degree_certificate_no")
            if deg:
                assert re.fullmatch(r"\d{16}", deg), deg
                assert deg[5] == {"博士": "2", "硕士": "3", "学士": "4"}[truth["degree"]]
                assert deg[6:10] == truth["award_date"][:4]
            if "issn" in truth:
                assert _issn_ok(truth["issn"]), truth["issn"]
            if "cn" in truth:  # many first pages print the ISSN (in the 文章编号) but no CN
                m = re.fullmatch(r"(\d\d)-(\d{4})/[A-Z]+\d?", truth["cn"])
                assert m and int(m.group(1)) in CN_REGIONS and 1000 <= int(m.group(2)) <= 5999, truth["cn"]
            if "verification_code" in truth:
                assert re.fullmatch(r"[A-Z0-9]{12}", truth["verification_code"])
                assert truth["updated_date"] <= truth["valid_until"]
            if "start_date" in truth and "graduation_date" in truth:
                assert truth["start_date"] < truth["graduation_date"]
            for c in truth.get("contribution", []):
                assert re.fullmatch(r"\d{4}-\d\d\|[^|]+\|\d+(\.\d+)?\|[01]", c), c
            months = [c[:7] for c in truth.get("contribution", [])]
            assert months == sorted(set(months)), "one row per month, in order"
            for k, v in _values(truth):
                if k.startswith("ratio_"):
                    assert 0 <= float(v) <= 100
            if fam.doc_type == "plagiarism_report":
                assert float(truth["ratio_excl_refs"]) <= float(truth["ratio_total"])
                assert float(truth["ratio_max_single"]) <= float(truth["ratio_total"])
        finally:
            d.paper.close()


def _text(d) -> str:
    return re.sub(r"\s+", "", "".join(d.paper.text_layer()).replace("\xa0", " "))


def _money_forms(base: str) -> set[str]:
    x = float(base)
    return {base, f"{x:.2f}", f"{x:,.2f}"}


def _month_forms(m: str) -> set[str]:
    y, mo = m[:4], int(m[5:7])
    return {f"{y}-{mo:02d}", f"{y}{mo:02d}", f"{y}年{mo:02d}月", f"{y}年{mo}月", f"{y}/{mo:02d}", f"{y}.{mo:02d}",
            f"{y}/{mo}/1", "1-" + "JanFebMarAprMayJunJulAugSepOctNovDec"[3 * mo - 3:3 * mo] + f"-{y[2:]}"}  # Excel dates


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_page_prints_every_truth_value(name):
    """The drawn page (its text layer before any scan) holds each truth value in a printed form."""
    d = _drawn(name)
    try:
        text = _text(d)
        for k, v in _values(d.truth):
            if k == "contribution":
                month, unit, base, _ = v.split("|")
                assert unit in text and any(f in text for f in _money_forms(base)), v
                if not FAMILIES[name].ranges:
                    assert any(f in text for f in _month_forms(month)), v
                continue
            forms = {re.sub(r"\s+", "", f) for f in printed_forms(k, v)}
            assert any(f in text for f in forms), (k, v, sorted(forms)[:4])
    finally:
        d.paper.close()


@pytest.mark.parametrize("face", KINDS)
def test_each_face_is_embedded_as_a_subset(face):
    if face not in FACES:
        pytest.skip(missing().get(face, f"{face} not installed"))
    rng = random.Random(3)
    data, ext, truth = render("xx_old_sentence", person(rng), rng, face)
    assert ext == ".pdf"
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        fonts = doc[0].get_fonts()
        assert fonts and all("+" in f[3] for f in fonts), fonts  # subset prefix ABCDEF+Name
        assert truth["name"] in doc[0].get_text().replace(" ", "")
    assert len(data) < 400_000


def test_scan_delivery_is_a_degraded_image_without_text():
    rng = random.Random(5)
    data, ext, truth = render("dip_2010s_baseline", person(rng), rng, FACES[0])
    assert ext == ".jpg" and data[:3] == b"\xff\xd8\xff"
    from PIL import Image
    with Image.open(io.BytesIO(data)) as im:
        assert im.mode == "L" and max(im.size) >= 1000


def test_same_seed_same_bytes(tmp_path):
    from sample_docs.zoo.__main__ import write_zoo
    a = write_zoo(tmp_path / "a", n_per_family=1, seed=9, families=["cnki_tmlc", "si_merged_range"], scan_text=True)
    b = write_zoo(tmp_path / "b", n_per_family=1, seed=9, families=["cnki_tmlc", "si_merged_range"], scan_text=True)
    assert a == b
    assert {r["document"].rsplit(".", 1)[1] for r in a} == {"pdf", "jpg"}  # each text family also photographed
    for row in {r["document"] for r in a}:
        assert (tmp_path / "a" / row).read_bytes() == (tmp_path / "b" / row).read_bytes()
    assert {r["split"] for r in a} == {"seen"}
