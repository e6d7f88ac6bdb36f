"""Progress an operator can read in a log file: one line per applicant and a summary.

Why log lines and not only the CLI's bar: under cron or systemd there is no TTY, the
bar draws nothing, and a slow night must be told from a hung one.  The lines go to
the ``zcaudit.progress`` logger (the CLI prints them when stderr is not a terminal;
the Prefect flow also sends them to its run log).  Applicant IDs pass the ID-masking
log record factory like every other record.

    12/60 A012 review 8.4s ocr_pages=3 eta=6m12s
    done: 60 applicants (57 audited, 0 resumed, 3 unchanged, 1 failed) in 8m31s; reject 3, review 20, pass 37; ocr_pages=299; 401 applicants/hour
"""
from __future__ import annotations

import logging
import time
from typing import Iterable

from core.models import Submission

PROGRESS_LOGGER = "zcaudit.progress"


def ocr_pages(sub: Submission) -> int:
    return sum(1 for d in sub.documents for p in d.pages if p.text_source == "ocr")


def _duration(seconds: float) -> str:
    s = int(round(max(seconds, 0)))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


class ProgressLog:
    """Counts finished applicants of a run and logs a line for each."""

    def __init__(self, total: int, extra: Iterable[logging.Logger | logging.LoggerAdapter] = ()) -> None:
        self.total = total
        self.done = 0
        self.ocr_pages = 0
        self.started = time.perf_counter()
        self.loggers = [logging.getLogger(PROGRESS_LOGGER), *extra]

    def _log(self, msg: str, *args) -> None:
        for lg in self.loggers:
            lg.info(msg, *args)

    def start(self, audited: int, resumed: int, skipped: int) -> None:
        self._log("start: %d applicants to audit, %d resumed from a killed run, %d unchanged",
                  audited, resumed, skipped)

    def applicant(self, sub: Submission, verdict: str, seconds: float) -> None:
        self.done += 1
        pages = ocr_pages(sub)
        self.ocr_pages += pages
        elapsed = time.perf_counter() - self.started
        eta = elapsed / self.done * (self.total - self.done)
        self._log("%d/%d %s %s %.1fs ocr_pages=%d eta=%s", self.done, self.total, sub.applicant_id,
                  verdict, seconds, pages, _duration(eta))

    def summary(self, result) -> None:
        verdicts = ", ".join(f"{v} {result.verdicts.get(v, 0)}" for v in ("reject", "review", "pass"))
        rate = result.audited / result.seconds * 3600 if result.seconds > 0 and result.audited else 0.0
        self._log("done: %d applicants (%d audited, %d resumed, %d unchanged, %d failed) in %s; %s; "
                  "ocr_pages=%d; %.0f applicants/hour", result.applicants, result.audited, result.resumed,
                  result.skipped, len(result.failed), _duration(result.seconds), verdicts,
                  self.ocr_pages, rate)

    def interrupted(self, why: str) -> None:
        self._log("stopped (%s) after %d/%d applicants; the outputs hold every finished applicant "
                  "and the next run resumes the rest", why, self.done, self.total)
