"""Personal data in logs: ID numbers are masked in every log record of a process.

Why a LogRecord factory rather than a handler filter: it sees every record of every
logger (ours, Prefect's, a library's) before any handler formats it.
"""
from __future__ import annotations

import logging
import re
import traceback


# 18-char resident ID numbers (17 digits + digit/X), not inside a longer digit run
_ID_RE = re.compile(r"(?<![0-9])([1-9]\d{5})((?:19|20)\d{2}[01]\d[0-3]\d)(\d{3})([0-9Xx])(?![0-9])")


def mask_ids(text: str) -> str:
    """Keep region prefix (4) and the last 2 chars of every ID number in ``text``."""
    if not text or len(text) < 18:
        return text
    return _ID_RE.sub(lambda m: m.group(0)[:4] + "*" * 12 + m.group(0)[-2:], text)


_INSTALLED = False


def install_id_masking() -> None:
    """Mask ID numbers in every log record of this process (message, args, traceback).

    A LogRecord factory rather than a handler filter: it sees every record of every
    logger (ours, Prefect's, a library's) before any handler — pytest's caplog,
    Prefect's API log handler, a file handler — formats it.
    """
    global _INSTALLED
    if _INSTALLED:
        return
    old = logging.getLogRecordFactory()

    def factory(*args, **kwargs):
        record = old(*args, **kwargs)
        try:
            msg = record.getMessage()
        except Exception:  # a bad format string: leave the record to logging's own error path
            return record
        masked = mask_ids(msg)
        if masked != msg:
            record.msg, record.args = masked, ()
        if record.exc_info and record.exc_info[1] is not None:
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text = mask_ids(text)
        return record

    logging.setLogRecordFactory(factory)
    _INSTALLED = True
