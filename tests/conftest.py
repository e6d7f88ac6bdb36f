"""Shared fixtures. The real PP-OCR engine is loaded once per test session."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# the ephemeral API server starts in a subprocess: on a loaded 2-core machine 20 s is not enough
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


@pytest.fixture(scope="session")
def ocr_engine():
    """The real PP-OCR engine (extractors.ocr_engine: rapidocr 3.x, PP-OCRv4), loaded once per session."""
    from extractors.ocr import get_engine
    return get_engine()


@pytest.fixture(scope="session")
def policy_2024():
    from core.policy import load_policy
    return load_policy("2024")


@pytest.fixture(scope="session")
def policy_2021():
    from core.policy import load_policy
    return load_policy("2021")
