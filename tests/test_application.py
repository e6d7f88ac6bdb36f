"""application.json validation: a broken form is one APPLICATION_INVALID finding, never a crash."""
from __future__ import annotations

import json
from datetime import date

from core import idcard
from core.application import load_application, parse_application


def valid_app(aid="A1") -> dict:
    return {
        "applicant_id": aid, "policy": "2024", "submitted_at": "2024-09-20", "name": "张伟",
        "id_number": idcard.make("620102", date(1990, 5, 17), 123), "gender": "男", "birth_date": "1990-05-17",
        "unit": "兰州新区城投建设有限公司", "unit_type": "state_enterprise", "is_civil_servant": False,
        "disciplinary_until": None, "series": "工程系列", "level": "工程师", "grade": "中级", "mode": "评审",
        "major_applied": "土木工程",
        "education": [{"school": "兰州交通大学", "level": "本科", "major": "土木工程", "start": "2008-09",
                       "graduation": "2012-06", "certificate_no": "107321201205001234", "degree": "学士",
                       "degree_certificate_no": "1073242012001234", "xuexin_code": "A1B2C3D4E5F6"}],
        "work_history": [{"unit": "兰州新区城投建设有限公司", "start": "2012-07", "end": None,
                          "position": "技术员", "professional": True}],
        "current_title": {"name": "助理工程师", "grade": "助理级", "obtained": "2015-09"},
        "annual_appraisals": [{"year": 2023, "result": "合格"}], "continuing_education_hours": 90,
        "papers": [], "work_summary": "一、基本情况",
    }


def test_valid_application_parses():
    app, findings = parse_application(valid_app(), "A1")
    assert app is not None and findings == []
    assert app.highest_education.major == "土木工程"


def test_missing_key_is_named():
    data = valid_app()
    del data["unit_type"]
    app, findings = parse_application(data, "A1")
    assert app is None
    assert [f.code for f in findings] == ["APPLICATION_INVALID"]
    assert findings[0].evidence["key"] == "unit_type"
    assert "缺失" in findings[0].message


def test_unknown_enum_and_bad_type_are_named():
    data = valid_app()
    data["grade"] = "特级"
    _, findings = parse_application(data, "A1")
    assert findings[0].evidence["key"] == "grade"
    data = valid_app()
    data["education"][0]["graduation"] = "2012年6月"
    _, findings = parse_application(data, "A1")
    assert findings[0].evidence["key"] == "education.0.graduation"


def test_broken_json_gbk_and_bom(tmp_path):
    folder = tmp_path / "A1"
    folder.mkdir()
    (folder / "application.json").write_text("{not json", encoding="utf-8")
    app, raw, findings = load_application(folder)
    assert app is None and findings[0].code == "APPLICATION_INVALID"
    (folder / "application.json").write_bytes(json.dumps(valid_app(), ensure_ascii=False).encode("gb18030"))
    app, _, findings = load_application(folder)
    assert app is not None and app.name == "张伟" and findings == []
    (folder / "application.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(valid_app(), ensure_ascii=False).encode())
    app, _, findings = load_application(folder)
    assert app is not None and findings == []


def test_folder_name_must_match_applicant_id(tmp_path):
    folder = tmp_path / "B7"
    folder.mkdir()
    (folder / "application.json").write_text(json.dumps(valid_app("A1"), ensure_ascii=False), encoding="utf-8")
    app, _, findings = load_application(folder)
    assert [f.evidence["key"] for f in findings] == ["applicant_id"]
