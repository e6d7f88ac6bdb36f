"""How outputs reach the disk: owner-only, and whole or not at all.

Why: every output names applicants and most carry ID numbers (README, "Which files
hold personal data"), so the output folder is created 0700 and each file 0600; and a
run killed half way (SIGKILL at a time limit) must leave the previous whole file, not
half a CSV, so each file is written to a temporary file beside it and renamed into
place (``os.replace`` is atomic on one filesystem).
"""
from __future__ import annotations

import logging
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

log = logging.getLogger("zcaudit")

DIR_MODE = 0o700
FILE_MODE = 0o600
TMP_PREFIX = ".zcaudit-tmp-"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) owner-only; warn once when an existing
    folder is open to others (an operator may share it on purpose: not changed)."""
    path = Path(path)
    if not path.exists():
        path.mkdir(parents=True, exist_ok=True)
        os.chmod(path, DIR_MODE)  # mkdir's mode is masked by the umask
    elif path.is_dir() and stat.S_IMODE(path.stat().st_mode) & 0o077:
        log.warning("output folder %s is readable by others (mode %o): it holds personal data",
                    path, stat.S_IMODE(path.stat().st_mode))
    return path


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it becomes ``target`` (mode 0600)."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=target.suffix, dir=target.parent)  # 0600
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_text(target: Path, text: str, encoding: str = "utf-8") -> Path:
    with atomic_path(target) as tmp:
        with open(tmp, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    return Path(target)


def remove_stale_temp(folder: Path) -> None:
    """Temporary files a killed run left behind (never a finished output)."""
    folder = Path(folder)
    for sub in (folder, folder / "sheets"):
        if sub.is_dir():
            for p in sub.glob(TMP_PREFIX + "*"):
                try:
                    p.unlink()
                except OSError:
                    pass
