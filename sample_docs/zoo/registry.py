"""The family registry, the result of one rendering, and printed forms of values.

A family is one independent layout of one doc_type, modelled on a real
document (its docstring says which). It is a function ``build(p, rng, face)``
taking the holder's values (``facts.person``), a seeded ``random.Random`` and a
face name (``fonts.KINDS``), and returning a :class:`Drawn`: the drawn pages and
the truth that a perfect reader gets from *this* document (contract §2 field
names and value forms; only the fields the document prints).
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from .draw import Paper

_HZ = "〇一二三四五六七八九"
_EN_MONTHS = "January February March April May June July August September October November December".split()


@dataclass
class Drawn:
    paper: Paper
    truth: dict            # field → str, or list[str] for repeated fields (contribution, year/result)
    date: str              # the document's own date (YYYY-MM-DD), for metadata
    producer: str = ""
    dpi: int = 125
    level: int | None = None   # scan degradation (render/degrade.py); None: drawn at random


@dataclass(frozen=True)
class Family:
    name: str
    doc_type: str
    kind: str              # "text" (a PDF with a text layer) or "scan" (a photo / image-only PDF)
    build: Callable[[dict, random.Random, str], Drawn]
    model: str             # the real document it imitates
    ranges: bool = False   # months printed as ranges (one row = several months)


FAMILIES: dict[str, Family] = {}


def family(name: str, doc_type: str, kind: str, model: str, *, ranges: bool = False):
    if kind not in ("text", "scan"):
        raise ValueError(kind)

    def deco(fn: Callable[[dict, random.Random, str], Drawn]):
        if name in FAMILIES:
            raise ValueError(f"family {name!r} registered twice")
        FAMILIES[name] = Family(name, doc_type, kind, fn, model, ranges)
        return fn
    return deco


# --------------------------------------------------------------------------
# dates as documents print them
# --------------------------------------------------------------------------

def hz_num(n: int) -> str:
    if n < 10:
        return _HZ[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _HZ[t]) + "十" + (_HZ[o] if o else "")


def hz_year(y: int, zero: str = "〇") -> str:
    return "".join(_HZ[int(c)] for c in str(y)).replace("〇", zero)


STYLES = ("cn", "cn0", "hz", "hz_ling", "iso", "dot", "slash", "compact")


def fdate(value: str, style: str, *, month: bool = False) -> tuple[str, str]:
    """(printed form, normalised truth); ``month`` drops the day (truth YYYY-MM)."""
    y, m = int(value[:4]), int(value[5:7])
    d = None if month or len(value) < 10 else int(value[8:10])
    truth = f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")
    if style == "cn":
        s = f"{y}年{m}月" + (f"{d}日" if d else "")
    elif style == "cn0":
        s = f"{y}年{m:02d}月" + (f"{d:02d}日" if d else "")
    elif style in ("hz", "hz_ling"):
        s = f"{hz_year(y, '零' if style == 'hz_ling' else '〇')}年{hz_num(m)}月" + (f"{hz_num(d)}日" if d else "")
    elif style == "iso":
        s = truth
    elif style == "dot":
        s = f"{y}.{m:02d}" + (f".{d:02d}" if d else "")
    elif style == "slash":
        s = f"{y}/{m:02d}" + (f"/{d:02d}" if d else "")
    elif style == "compact":
        s = f"{y}{m:02d}" + (f"{d:02d}" if d else "")
    else:
        raise ValueError(style)
    return s, truth


LEVEL_WORDS = {"大专": ("专科", "大专", "高职", "高职（专科）"), "本科": ("本科",),
               "硕士研究生": ("硕士研究生", "研究生", "硕士")}


def printed_forms(field_name: str, value: str) -> set[str]:
    """Every way the zoo may print a truth value (for the self-consistency test)."""
    v = str(value)
    if field_name == "published":
        return ({fdate(v, st, month=True)[0] for st in STYLES} | {f"{v[:4]}年第{int(v[5:7])}期"}
                | {f"{_EN_MONTHS[int(v[5:7]) - 1]} {v[:4]}"})   # an English paper's '18-20 March 2022'
    if field_name in ("birth_date", "start_date", "graduation_date", "award_date", "updated_date",
                      "valid_until", "checked_at", "published") and v[:4].isdigit() and len(v) in (7, 10):
        return {fdate(v, st)[0] for st in STYLES} | {fdate(v, st, month=True)[0] for st in STYLES}
    if field_name == "level":
        return set(LEVEL_WORDS.get(v, (v,)))
    if field_name.startswith("ratio_"):
        return {v + "%", v}
    if field_name == "authors":
        return {v.replace(";", sep) for sep in ("", "，", "、", ";", ",")}
    if field_name == "year":
        return {v, hz_year(int(v))}
    return {v}
