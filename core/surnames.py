"""The surname table (``core/data/surnames.toml``): data shared by the readers (a byline whose
spaces OCR lost is taken apart by it) and the checks (a read that starts with no known surname is
no complete name, so it cannot contradict a declared one)."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "surnames.toml"


@lru_cache(maxsize=1)
def table() -> tuple[frozenset, frozenset, frozenset]:
    """(common single surnames, other single surnames, compound surnames)."""
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    common = frozenset(re.sub(r"\s", "", data["common"]))
    other = frozenset(re.sub(r"\s", "", data["other"])) - common
    return common, other, frozenset(data["compound"])


def has_surname(name: str) -> bool:
    """Does the name start with a surname of the table (compound ones included)?"""
    common, other, compound = table()
    return bool(name) and (name[0] in common or name[0] in other or name[:2] in compound)
