"""The stack's shape (issue 11): arrows point down, and no import hides inside a function.

``lint-imports`` (run by ``make test``) checks the layers contract in ``.importlinter``;
this test catches what import-linter cannot see: an import placed inside a function
to dodge a cycle.  Only optional heavy backends may be imported lazily, behind a
clear boundary, and they are listed here by name.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "extractors", "checks", "pipeline", "flows")

# module imported lazily → why it is allowed
OPTIONAL_BACKENDS = {
    "paddleocr": "optional OCR backend (pip install '.[paddle]')",
    "prefect_dask": "Dask runner, only with --runner dask",
    "dask": "Dask runner, only with --runner dask",
    "distributed": "Dask runner, only with --runner dask",
    "sample_docs": "development extra: only the `samples` command needs it",
    "uvicorn": "only `zcaudit desk` starts a server",
    "onnxruntime": "GPU provider probe",
    "openvino": "optional OCR engine",
    "rapidocr": "OCR engine loaded once per process, on the first scanned page",
    "rapidocr_onnxruntime": "OCR engine loaded once per process, on the first scanned page",
}


def _function_imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Import):
                    for a in sub.names:
                        yield sub.lineno, a.name
                elif isinstance(sub, ast.ImportFrom):
                    yield sub.lineno, "." * sub.level + (sub.module or "")


def test_no_import_inside_a_function_except_optional_backends():
    offenders = []
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            for line, mod in _function_imports(path):
                if mod.split(".")[0] not in OPTIONAL_BACKENDS:
                    offenders.append(f"{path.relative_to(ROOT)}:{line} imports {mod}")
    assert not offenders, "imports inside functions:\n" + "\n".join(offenders)
