"""application.json validation: a broken form is one APPLICATION_INVALID finding, never a crash."""
from __future__ import annotations

import json

from core.application import load_application, parse_application
from tests.factories import valid_app


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
