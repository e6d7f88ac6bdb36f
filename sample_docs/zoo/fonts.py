"""The CJK faces the zoo draws with, found among the Debian font packages.

Why real faces: documents nobody here wrote are set in 宋体, 黑体, 楷体 and
仿宋 (official letters use 仿宋_GB2312), and PP-OCR reads each differently; the
built-in ``china-s`` of PyMuPDF is one face, never embedded. Each face lists
candidate files in order of preference; ``make fonts`` installs them
(fonts-noto-cjk, fonts-arphic-uming/ukai, fonts-wqy-zenhei, and the Fandol
faces taken from texlive-lang-chinese). A face with no file is reported by
:func:`missing` with the reason, so tests can skip it and say why.

A glyph that a face lacks (rare name characters such as 喆, 堃, 燊) is drawn
from a fallback face, as word processors do: the text layer stays right and the
scan shows a slightly different glyph, which is what real documents look like.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pymupdf

_FANDOL = ("/usr/local/share/fonts/fandol", "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol",
           "/usr/share/fonts/opentype/fandol")
_ARPHIC = "/usr/share/fonts/truetype/arphic"
_WQY = "/usr/share/fonts/truetype/wqy"

FACES: dict[str, tuple[str, ...]] = {
    "song": tuple(f"{d}/FandolSong-Regular.otf" for d in _FANDOL) + (f"{_ARPHIC}/uming.ttc",),
    "hei": (f"{_WQY}/wqy-zenhei.ttc",) + tuple(f"{d}/FandolHei-Regular.otf" for d in _FANDOL),
    "kai": (f"{_ARPHIC}/ukai.ttc",) + tuple(f"{d}/FandolKai-Regular.otf" for d in _FANDOL),
    "fang": tuple(f"{d}/FandolFang-Regular.otf" for d in _FANDOL),
    "ming": (f"{_ARPHIC}/uming.ttc",),
}
# faces with (nearly) full Unicode CJK coverage, for glyphs the chosen face lacks
FALLBACK: tuple[str, ...] = (f"{_ARPHIC}/uming.ttc", f"{_WQY}/wqy-zenhei.ttc", f"{_ARPHIC}/ukai.ttc")
PACKAGES = {"song": "texlive-lang-chinese (FandolSong) or fonts-arphic-uming",
            "hei": "fonts-wqy-zenhei", "kai": "fonts-arphic-ukai",
            "fang": "texlive-lang-chinese (FandolFang; `make fonts` extracts it)",
            "ming": "fonts-arphic-uming"}
# the four kinds every family is drawn in (ming is a second serif when present)
KINDS = ("song", "hei", "kai", "fang")


def path_of(face: str) -> Path | None:
    for cand in FACES.get(face, ()):
        if Path(cand).is_file():
            return Path(cand)
    return None


def available() -> list[str]:
    return [f for f in FACES if path_of(f) is not None]


def missing() -> dict[str, str]:
    """face → why it is missing (the package to install)."""
    return {f: f"no font file for {f!r}: install {PACKAGES[f]} (make fonts)"
            for f in FACES if path_of(f) is None}


@lru_cache(maxsize=None)
def font(face: str) -> pymupdf.Font:
    path = path_of(face)
    if path is None:
        raise LookupError(missing().get(face, f"unknown face {face!r}"))
    return pymupdf.Font(fontfile=str(path))


@lru_cache(maxsize=None)
def fallback() -> pymupdf.Font | None:
    for cand in FALLBACK:
        if Path(cand).is_file():
            return pymupdf.Font(fontfile=cand)
    return None


def usable_faces() -> list[str]:
    """The faces families may be drawn in, in a stable order."""
    return [f for f in FACES if path_of(f) is not None]
