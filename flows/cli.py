"""``zcaudit`` — the command line.

    zcaudit run INBOX --out OUT [--db URL] [--policy 2024] [--blacklist F] [--journals F] [--full] [--no-prefect]
                [--runner thread|process|dask] [--workers N] [--dask-address tcp://host:8786]
    zcaudit samples DIR --n N --seed S [--degrade D]
    zcaudit serve INBOX --out OUT --cron "0 2 * * *"
    zcaudit review APPLICANT_ID CODE --dismiss|--confirm --note "…" --out OUT
    zcaudit export OUT.xlsx --out OUT
    zcaudit rules --policy 2024 --mode 评审 [--docs DIR] [--matrix]
    zcaudit desk --out OUT [--host 127.0.0.1 --port 8765]
    zcaudit users add NAME --role 初审|复核|admin [--password-stdin] --out OUT
"""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from concurrent.futures import BrokenExecutor
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from core.codes import title
from core.labels import VERDICT_LABELS
from core.privacy import install_id_masking, mask_ids
from flows.nightly import PROGRESS, audit_inbox, serve_nightly
from flows.runners import RunnerUnavailable
from pipeline.desk.commands import serve_desk, users_add, users_list
from pipeline.desk.ledger import decide_code
from pipeline.export import export_xlsx
from pipeline.progress import PROGRESS_LOGGER
from pipeline import rules
from pipeline.review import refresh_outputs
from pipeline.runner import Terminated, build_options, run_inbox
from pipeline.store import Store, default_url

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3
EXIT_TERMINATED = 128 + 15


def _setup_logging(verbose: bool) -> None:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("prefect", "httpx", "apprise", "aiosqlite", "uvicorn", "docket", "fakeredis"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def _summary_table(result) -> None:
    con = Console()
    t = Table(title=f"审核完成：{result.applicants} 人（本次审核 {result.audited}，未变化跳过 {result.skipped}），"
                    f"用时 {result.seconds:.1f} 秒")
    t.add_column("结论")
    t.add_column("人数", justify="right")
    for v in ("reject", "review", "pass"):
        t.add_row(VERDICT_LABELS[v], str(result.verdicts.get(v, 0)))
    con.print(t)
    if result.codes:
        t2 = Table(title="问题代码")
        t2.add_column("代码")
        t2.add_column("说明")
        t2.add_column("数量", justify="right")
        for code, n in sorted(result.codes.items(), key=lambda kv: (-kv[1], kv[0])):
            t2.add_row(code, title(code), str(n))
        con.print(t2)
    con.print(f"输出目录：{result.out.resolve()}  (findings.csv, applicants.csv, documents.csv, fields.csv, "
              f"claims.csv, sheets/, index.html)")
    if result.failed:
        con.print(f"[bold red]未完成自动审核（CHECK_FAILED）：{len(result.failed)} 人，下次运行将重新审核[/]")


def _progress_lines(quiet: bool) -> None:
    """Without a terminal (cron, systemd, a pipe) the bar draws nothing: one log line per
    applicant instead, on stderr.  With one, the bar shows progress and the lines stay off."""
    lg = logging.getLogger(PROGRESS_LOGGER)
    lg.setLevel(logging.INFO)
    lg.propagate = False
    if not quiet and not sys.stderr.isatty() and not lg.handlers:
        h = logging.StreamHandler(sys.stderr)
        h.setFormatter(logging.Formatter("%(asctime)s zcaudit: %(message)s"))
        lg.addHandler(h)


def cmd_run(a: argparse.Namespace) -> int:
    inbox, out = Path(a.inbox), Path(a.out)
    if not inbox.is_dir():
        print(f"zcaudit: inbox {inbox} is not a folder", file=sys.stderr)
        return EXIT_INPUT
    progress = Progress(TextColumn("[bold]审核"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}"), disable=a.quiet or not sys.stderr.isatty(),
                        transient=False)
    state = {"task": None}

    def on_plan(plan):
        state["task"] = progress.add_task(f"(跳过未变化 {len(plan.skipped)})", total=len(plan.to_audit))

    def on_done(sub):
        if state["task"] is not None:  # an applicant_id may be an ID number
            progress.update(state["task"], advance=1, description=f"{mask_ids(sub.applicant_id)} → {sub.verdict}")

    install_id_masking()
    _progress_lines(a.quiet)
    try:
        with progress:
            if a.no_prefect:
                opts = build_options(policy=a.policy, blacklist=a.blacklist, journals=a.journals)
                result = run_inbox(inbox, out, opts=opts, db=a.db, full=a.full, runner=a.runner,
                                   workers=a.workers, dask_address=a.dask_address,
                                   on_done=on_done, on_plan=on_plan)
            else:
                PROGRESS["on_done"], PROGRESS["on_plan"] = on_done, on_plan
                result = audit_inbox(inbox=str(inbox), out=str(out), policy=a.policy, db=a.db,
                                     blacklist=a.blacklist, journals=a.journals, full=a.full,
                                     runner=a.runner, workers=a.workers, dask_address=a.dask_address)
    except RunnerUnavailable as exc:
        print(f"zcaudit: {exc} (or run with --no-prefect)", file=sys.stderr)
        return EXIT_USAGE
    except BrokenExecutor as exc:
        print(f"zcaudit: the worker processes died ({type(exc).__name__}); outputs in {out} hold every "
              f"finished applicant, the next run resumes the rest", file=sys.stderr)
        return EXIT_FAILED
    except Terminated:
        print(f"zcaudit: stopped by SIGTERM; outputs in {out} hold every finished applicant, "
              f"the next run resumes the rest", file=sys.stderr)
        return EXIT_TERMINATED
    if not a.quiet:
        _summary_table(result)
    return EXIT_OK


def cmd_samples(a: argparse.Namespace) -> int:
    try:  # the one optional import: sample_docs/ is a development extra, not in the wheel
        from sample_docs.generator import generate
    except ImportError:
        print("zcaudit samples: the sample generator (sample_docs/) is a development extra that the "
              "installed package does not contain; run it from a source checkout after `make install`.",
              file=sys.stderr)
        return EXIT_USAGE
    faults = [c.strip() for c in a.faults.split(",") if c.strip()] if a.faults else None
    truths = generate(Path(a.dir), n=a.n, seed=a.seed, degrade=a.degrade, faults=faults)
    print(f"wrote {len(truths)} applicants to {Path(a.dir) / 'inbox'} (truth: {Path(a.dir) / 'truth.csv'})")
    return EXIT_OK


def cmd_serve(a: argparse.Namespace) -> int:
    if not os.environ.get("PREFECT_API_URL"):
        print("zcaudit serve: PREFECT_API_URL is not set — the ephemeral API cannot run schedules. "
              "Start `prefect server start --host 127.0.0.1` and export "
              "PREFECT_API_URL=http://127.0.0.1:4200/api (see README, Nightly deployment).", file=sys.stderr)
    params = {k: v for k, v in (("policy", a.policy), ("db", a.db), ("blacklist", a.blacklist),
                                ("journals", a.journals)) if v}
    serve_nightly(str(Path(a.inbox).resolve()), str(Path(a.out).resolve()), cron=a.cron, **params)
    return EXIT_OK


def cmd_review(a: argparse.Namespace) -> int:
    store = Store(a.db or default_url(Path(a.out)))
    decision = "dismissed" if a.dismiss else "confirmed"
    n = decide_code(store, a.applicant_id, a.code, decision, a.note or "", f"命令行:{getpass.getuser()}",
                    a.fingerprint)
    if not n:
        print(f"zcaudit: no finding {a.code} for {a.applicant_id}", file=sys.stderr)
        return EXIT_INPUT
    refresh_outputs(Path(a.out), store)
    print(f"recorded {decision} on {n} finding(s) {a.code} of {a.applicant_id}")
    return EXIT_OK


def cmd_export(a: argparse.Namespace) -> int:
    store = Store(a.db or default_url(Path(a.out)))
    path = export_xlsx(Path(a.target), store)
    print(f"wrote {path}")
    return EXIT_OK


def cmd_rules(a: argparse.Namespace) -> int:
    if a.docs:
        for path in rules.write_docs(Path(a.docs)):
            print(f"wrote {path}")
        return EXIT_OK
    sys.stdout.write(rules.matrix() if a.matrix else rules.render(a.policy, a.mode))
    return EXIT_OK


def cmd_desk(a: argparse.Namespace) -> int:
    return serve_desk(a.out, a.db, a.host, a.port)


def cmd_users(a: argparse.Namespace) -> int:
    if a.action == "add":
        if not a.name or not a.role:
            print("zcaudit users add: NAME and --role are needed", file=sys.stderr)
            return EXIT_USAGE
        return users_add(a.out, a.db, a.name, a.role, a.password_stdin)
    return users_list(a.out, a.db)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zcaudit", description="职称申报材料审核 — audit of title applications")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = p.add_subparsers(dest="cmd", required=True)

    def common(sp, need_out=True):
        if need_out:
            sp.add_argument("--out", required=True, help="output folder")
        sp.add_argument("--db", default=None, help="SQLAlchemy URL (default: SQLite file in OUT)")

    r = sub.add_parser("run", help="audit an inbox")
    r.add_argument("inbox")
    common(r)
    r.add_argument("--policy", default=None, help="force a policy year (default: application.json's)")
    r.add_argument("--blacklist", default=None, help="dishonesty blacklist CSV (kind,value,name,reason)")
    r.add_argument("--journals", default=None, help="core-journal catalogue CSV (title,issn,cn,level)")
    r.add_argument("--full", action="store_true", help="re-audit unchanged applicants too")
    r.add_argument("--no-prefect", action="store_true", help="run the same loop without Prefect")
    r.add_argument("--runner", choices=("thread", "plain", "process", "dask"), default="thread",
                   help="where applicants are audited: this process, a process pool (one OCR engine per "
                        "worker), or Dask (a LocalCluster, or --dask-address)")
    r.add_argument("--workers", type=int, default=None,
                   help="worker processes for process/dask (default: CPU count)")
    r.add_argument("--dask-address", default=None, help="scheduler of an existing Dask cluster (tcp://host:8786)")
    r.add_argument("-q", "--quiet", action="store_true", help="no summary table and no progress lines")
    r.set_defaults(fn=cmd_run)

    s = sub.add_parser("samples", help="generate synthetic sample submissions")
    s.add_argument("dir")
    s.add_argument("--n", type=int, default=12)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--degrade", type=int, default=1, help="scan degradation level 0–3")
    s.add_argument("--faults", default=None, help="comma-separated codes to plant (default: every supported code)")
    s.set_defaults(fn=cmd_samples)

    v = sub.add_parser("serve", help="serve the nightly Prefect deployment")
    v.add_argument("inbox")
    common(v)
    v.add_argument("--cron", default=os.environ.get("ZCAUDIT_CRON", "0 2 * * *"))
    v.add_argument("--policy", default=None)
    v.add_argument("--blacklist", default=None)
    v.add_argument("--journals", default=None)
    v.set_defaults(fn=cmd_serve)

    rv = sub.add_parser("review", help="record a reviewer's decision on a finding")
    rv.add_argument("applicant_id")
    rv.add_argument("code")
    g = rv.add_mutually_exclusive_group(required=True)
    g.add_argument("--dismiss", action="store_true")
    g.add_argument("--confirm", action="store_true")
    rv.add_argument("--note", default="")
    rv.add_argument("--fingerprint", default=None, help="only the finding with this fingerprint")
    common(rv)
    rv.set_defaults(fn=cmd_review)

    e = sub.add_parser("export", help="write the whole batch to one workbook (汇总 + 问题清单)")
    e.add_argument("target")
    common(e)
    e.set_defaults(fn=cmd_export)

    ru = sub.add_parser("rules", help="print the rule table of a policy and mode (code, condition, threshold, "
                                      "severity, clause with the notice's sentence)")
    ru.add_argument("--policy", default="2024")
    ru.add_argument("--mode", default="评审", choices=("评审", "认定"))
    ru.add_argument("--docs", default=None, help="write docs/RULES-<policy>-<mode>.md for every pair into DIR")
    ru.add_argument("--matrix", action="store_true", help="print the README's checks table (every code × pair)")
    ru.set_defaults(fn=cmd_rules)
    dk = sub.add_parser("desk", help="the review desk: a local web app to decide from the sheets")
    common(dk)
    dk.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this machine only)")
    dk.add_argument("--port", type=int, default=8765)
    dk.set_defaults(fn=cmd_desk)

    us = sub.add_parser("users", help="desk accounts")
    us.add_argument("action", choices=("add", "list"))
    us.add_argument("name", nargs="?")
    us.add_argument("--role", choices=("初审", "复核", "admin"))
    us.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    common(us)
    us.set_defaults(fn=cmd_users)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _setup_logging(args.verbose)
    return int(args.fn(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
