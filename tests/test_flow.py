"""The Prefect flow on the local ephemeral API (no server configured) gives the same outputs."""
from __future__ import annotations

import csv
import json

import pytest

from tests.factories import valid_app


@pytest.fixture()
def small_inbox(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "A1").mkdir(parents=True)
    (inbox / "A1" / "application.json").write_text("{broken", encoding="utf-8")
    (inbox / "A2").mkdir()
    app = valid_app("A2")
    app["is_civil_servant"] = True
    (inbox / "A2" / "application.json").write_text(json.dumps(app, ensure_ascii=False), encoding="utf-8")
    return inbox


def test_flow_runs_on_ephemeral_api(small_inbox, tmp_path, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.nightly import audit_inbox

    out = tmp_path / "out"
    state = audit_inbox(inbox=str(small_inbox), out=str(out), return_state=True)
    res = state.result()
    assert res.applicants == 2 and res.audited == 2
    with (out / "findings.csv").open(encoding="utf-8-sig") as fh:
        codes = {(r["applicant_id"], r["code"]) for r in csv.DictReader(fh)}
    assert ("A1", "APPLICATION_INVALID") in codes
    assert ("A2", "INELIGIBLE_CIVIL_SERVANT") in codes
    with (out / "applicants.csv").open(encoding="utf-8-sig") as fh:
        verdicts = {r["applicant_id"]: r["verdict"] for r in csv.DictReader(fh)}
    assert verdicts["A2"] == "reject"
    # second night: nothing changed, nothing re-read
    res2 = audit_inbox(inbox=str(small_inbox), out=str(out))
    assert res2.skipped == 2 and res2.audited == 0
    # the operator reads the same progress lines in the flow run's log as on stderr
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.logging.handlers import APILogHandler
    APILogHandler().flush()
    with get_client(sync_client=True) as client:
        logs = client.read_logs(log_filter=LogFilter(
            flow_run_id=LogFilterFlowRunId(any_=[state.state_details.flow_run_id])))
    lines = [log.message for log in logs]
    assert sum(1 for m in lines if m.startswith(("1/2 ", "2/2 "))) == 2, lines
    assert any(m.startswith("done: 2 applicants (2 audited") for m in lines), lines


def test_flow_publishes_operator_artifacts(small_inbox, tmp_path, monkeypatch):
    """Each run leaves a verdict table, a findings-by-code table and a dashboard link."""
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.nightly import audit_inbox

    audit_inbox(inbox=str(small_inbox), out=str(tmp_path / "out2"))
    with get_client(sync_client=True) as client:
        arts = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=["zcaudit-verdicts", "zcaudit-findings", "zcaudit-dashboard"])))
    latest = {}
    for a in sorted(arts, key=lambda a: a.created):
        latest[a.key] = a
    assert set(latest) == {"zcaudit-verdicts", "zcaudit-findings", "zcaudit-dashboard"}
    assert "index.html" in str(latest["zcaudit-dashboard"].data)
    assert "APPLICATION_INVALID" in str(latest["zcaudit-findings"].data)
    # no full ID number in what operators see
    assert valid_app("A2")["id_number"] not in str(latest["zcaudit-findings"].data)
