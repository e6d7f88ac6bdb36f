"""Every text that goes into an output passes here: CSV, xlsx, HTML and the database.

Why one place: one applicant's upload decides what its texts contain.  A PDF text
layer can carry control characters (openpyxl refuses them with
``IllegalCharacterError``), a file name that is not UTF-8 arrives as lone
surrogates (``surrogateescape``: SQLite and UTF-8 files refuse them), and a hidden
text layer can be a whole page long (Excel cells hold 32,767 characters).  Any of
these once stopped a whole night's output; here each is turned into something
every writer accepts, visibly:

- vertical tab and form feed become a space, NUL is dropped (PDF padding), every
  other C0 control character (openpyxl's ``ILLEGAL_CHARACTERS_RE``) and the XML
  non-characters U+FFFE/U+FFFF become U+FFFD;
- a surrogate pair split into two code points is joined, a lone surrogate becomes U+FFFD;
- a text longer than ``limit`` is cut and ends with a marker naming its full length.
"""
from __future__ import annotations

import json
import re
from typing import Any, Optional

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

CELL_MAX = 32_000          # under Excel's 32,767 characters per cell, with room for the marker
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE_RE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_BAD_RE = re.compile(ILLEGAL_CHARACTERS_RE.pattern + "|[\ufffe\uffff]")
_SPACE = {"\x0b": " ", "\x0c": " ", "\x00": ""}
REPLACEMENT = "\ufffd"


def _mark(n: int) -> str:
    return f"…［已截断，原文共{n}字］"


def clean_text(value: Any, limit: Optional[int] = CELL_MAX) -> Any:
    """``value`` made safe for every output; anything but a str is returned as is."""
    if not isinstance(value, str):
        return value
    s = value
    if _SURROGATE_RE.search(s):
        s = s.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if _BAD_RE.search(s):
        s = _BAD_RE.sub(lambda m: _SPACE.get(m.group(0), REPLACEMENT), s)
    if limit is not None and len(s) > limit:
        mark = _mark(len(s))
        s = s[: max(limit - len(mark), 0)] + mark
    return s


def clean_tree(obj: Any, limit: Optional[int] = CELL_MAX) -> Any:
    """Strings inside dicts, lists and tuples (keys too) cleaned; other objects kept."""
    if isinstance(obj, str):
        return clean_text(obj, limit)
    if isinstance(obj, dict):
        return {clean_text(k, limit): clean_tree(v, limit) for k, v in obj.items()}
    if isinstance(obj, list):
        return [clean_tree(v, limit) for v in obj]
    if isinstance(obj, tuple):
        return tuple(clean_tree(v, limit) for v in obj)
    return obj


# Fields that name files on disk: they must keep the bytes the filesystem gave (crops
# re-open the file); they are never written to an output.
KEEP_RAW = frozenset({"path", "folder"})


def clean_model(model: BaseModel) -> BaseModel:
    """Clean every text of a pydantic model in place (no length limit: the database and
    the batch checks keep whole texts; writers cut cells).  Returns the model."""
    for name in type(model).model_fields:
        if name in KEEP_RAW:
            continue
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            clean_model(value)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            for item in value:
                clean_model(item)
        elif isinstance(value, (str, list, dict, tuple)):
            new = clean_tree(value, None)
            if new != value:
                setattr(model, name, new)
    return model


def model_json(model: BaseModel) -> str:
    """JSON of a model (the database's snapshot and pending copy of a Submission).

    The ``KEEP_RAW`` fields keep the file system's name of an upload, which holds lone
    surrogates when the name is not UTF-8 (a zip made on a GBK desktop); pydantic's
    JSON refuses them, so such a model is dumped with each lone surrogate written as a
    ``\\udcXX`` escape, which ``load_model_json`` reads back to the same name."""
    try:
        return model.model_dump_json()
    except PydanticSerializationError:
        text = json.dumps(model.model_dump(mode="json"), ensure_ascii=False)
        return _SURROGATE_RE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def load_model_json(cls: type[BaseModel], raw: str | bytes) -> Any:
    """The model ``model_json`` wrote (pydantic's JSON parser refuses escaped lone surrogates)."""
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    if _ESCAPED_SURROGATE_RE.search(text):
        return cls.model_validate(json.loads(text))
    return cls.model_validate_json(text)


def clean_row(row: dict[str, Any], limit: Optional[int] = CELL_MAX) -> dict[str, Any]:
    return {k: clean_text(v, limit) for k, v in row.items()}


def clean_json_cell(text: str, limit: int = CELL_MAX) -> str:
    """A JSON text (evidence) that stays valid JSON when it must be shortened:
    long strings and lists inside are cut instead of the JSON text itself."""
    text = clean_text(text, None)
    if len(text) <= limit:
        return text
    try:
        data = json.loads(text)
    except ValueError:
        return clean_text(text, limit)
    for cap in (2000, 500, 100):
        short = json.dumps(_shorten(data, cap), ensure_ascii=False, sort_keys=True, default=str)
        if len(short) <= limit:
            return short
    return json.dumps({"truncated": True, "chars": len(text)})


def _shorten(obj: Any, cap: int) -> Any:
    if isinstance(obj, str):
        return clean_text(obj, cap)
    if isinstance(obj, dict):
        return {k: _shorten(v, cap) for k, v in obj.items()}
    if isinstance(obj, list):
        items = [_shorten(v, cap) for v in obj[: cap // 10]]
        if len(obj) > len(items):
            items.append(f"…［共{len(obj)}项］")
        return items
    return obj
