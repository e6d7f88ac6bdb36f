"""Prefect artifacts for the operators: verdict and finding-code tables, a link to the dashboard."""
from __future__ import annotations

from prefect.artifacts import create_markdown_artifact, create_table_artifact


def publish(result) -> None:
    create_table_artifact(
        key="zcaudit-verdicts",
        table=[{"verdict": k, "applicants": v} for k, v in sorted(result.verdicts.items())],
        description="Applicants by verdict",
    )
    create_table_artifact(
        key="zcaudit-findings",
        table=[{"code": k, "findings": v} for k, v in sorted(result.codes.items(), key=lambda kv: -kv[1])],
        description="Findings by code",
    )
    out = result.out.resolve()
    create_markdown_artifact(
        key="zcaudit-dashboard",
        markdown=(f"# zcaudit run\n\n{result.applicants} applicants, {result.audited} audited, "
                  f"{result.skipped} unchanged.\n\n[Dashboard](file://{out / 'index.html'})\n\n"
                  f"Outputs: `{out}`"),
    )
