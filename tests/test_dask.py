"""The run loop on a 2-worker local Dask cluster (through Prefect and without) and on a process
pool finds what the plain runner finds.

Task inputs cross a process boundary here: AuditOptions with a loaded blacklist
must pickle, and every worker re-opens the Store by URL.
"""
from __future__ import annotations

import pytest

from tests.factories import build_inbox, read_csv, stable_csv

CSVS = ("findings.csv", "applicants.csv", "documents.csv", "fields.csv")


@pytest.fixture(scope="module")
def inbox_and_reference(tmp_path_factory):
    from pipeline.runner import audit_inbox_plain, build_options
    work = tmp_path_factory.mktemp("dask")
    inbox = build_inbox(work / "inbox", 4)
    bl = work / "blacklist.csv"
    from datetime import date

    from core import idcard
    a02 = idcard.make("620102", date(1990, 5, 17), 105)  # build_inbox's ID of A02
    bl.write_text(f"kind,value,name,reason\nid_number,{a02},李娜,学术不端\n", encoding="utf-8")
    opts = build_options(blacklist=str(bl))
    ref = work / "ref"
    audit_inbox_plain(inbox, ref, opts=opts)
    return work, inbox, bl, ref


def _same_as_reference(out, ref):
    for name in CSVS:
        assert stable_csv(out, name) == stable_csv(ref, name), name


def test_dask_local_cluster_gives_the_same_findings(inbox_and_reference, monkeypatch):
    pytest.importorskip("prefect_dask")
    pytest.importorskip("distributed")
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    from flows.nightly import audit_inbox
    work, inbox, bl, ref = inbox_and_reference
    out = work / "dask"
    res = audit_inbox(inbox=str(inbox), out=str(out), blacklist=str(bl), runner="dask", workers=2)
    assert res.applicants == 4 and res.audited == 4
    _same_as_reference(out, ref)
    codes = {(r["applicant_id"], r["code"]) for r in read_csv(out / "findings.csv")}
    assert any(aid == "A02" and "BLACKLIST" in code for aid, code in codes), codes


@pytest.mark.parametrize("runner", ["process", "dask"])
def test_the_same_loop_without_prefect_gives_the_same_findings(inbox_and_reference, runner):
    """run_inbox over a 2-process pool, and over a local Dask cluster without Prefect."""
    if runner == "dask":
        pytest.importorskip("distributed")
    from pipeline.runner import build_options, run_inbox
    work, inbox, bl, ref = inbox_and_reference
    out = work / f"plain-{runner}"
    stats: dict = {}
    res = run_inbox(inbox, out, opts=build_options(blacklist=str(bl)), runner=runner, workers=2, stats=stats)
    assert (res.audited, res.failed) == (4, [])
    _same_as_reference(out, ref)


def test_build_task_runner_choices():
    from flows.runners import build_task_runner
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner
    assert isinstance(build_task_runner("thread"), ThreadPoolTaskRunner)
    assert isinstance(build_task_runner("process", 2), ProcessPoolTaskRunner)
    with pytest.raises(ValueError):
        build_task_runner("gpu")
