"""Label synonyms, status words and classifier keywords per doc_type, as data.

One TOML per doc_type in ``extractors/parsers/labels/<doc_type>.toml`` (the way
invoice2data keeps templates): what a document prints, never where. A new
wording seen on a real document is one line in its file, not a code change.

    [classify]   min_score, title = [...], keywords / negative = [["word", weight], ...]
    [labels]     stops = [...] (every label of the document: a value ends where one
                 stands as a label), then one list of synonyms per field
    [words]      named word lists (status words, levels, ...)
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extractors.base import DocTypeSpec, Parser

LABEL_DIR = Path(__file__).resolve().parent / "parsers" / "labels"


@dataclass(frozen=True, eq=False)
class LabelSet:
    doc_type: str
    min_score: float = 1.0
    title_keywords: tuple[str, ...] = ()
    keywords: tuple[tuple[str, float], ...] = ()
    negative: tuple[tuple[str, float], ...] = ()
    stops: tuple[str, ...] = ()
    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    data: dict = field(default_factory=dict)  # the whole file, for a parser's own tables

    def labels(self, name: str) -> list[str]:
        """The synonyms of one field's label, in the order they are tried."""
        return list(self.fields[name])

    def word_list(self, name: str) -> list[str]:
        return list(self.words[name])

    def word_re(self, name: str) -> str:
        """A named word list as one regex alternation, longest first ("基本合格" before "合格")."""
        return "|".join(re.escape(w) for w in sorted(self.words[name], key=len, reverse=True))

    def spec(self, parse: Parser) -> DocTypeSpec:
        return DocTypeSpec(doc_type=self.doc_type, parse=parse, keywords=list(self.keywords),
                           negative=list(self.negative), title_keywords=list(self.title_keywords),
                           min_score=self.min_score)


def _pairs(raw) -> tuple[tuple[str, float], ...]:
    return tuple((str(w), float(x)) for w, x in raw)


@lru_cache(maxsize=None)
def load_labels(doc_type: str) -> LabelSet:
    """The LabelSet of ``doc_type``; a missing or malformed file is a bug, so it raises."""
    path = LABEL_DIR / f"{doc_type}.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    cls = data.get("classify", {})
    labels = dict(data.get("labels", {}))
    stops = tuple(labels.pop("stops", ()))
    return LabelSet(
        doc_type=doc_type,
        min_score=float(cls.get("min_score", 1.0)),
        title_keywords=tuple(cls.get("title", ())),
        keywords=_pairs(cls.get("keywords", ())),
        negative=_pairs(cls.get("negative", ())),
        stops=stops,
        fields={k: tuple(v) for k, v in labels.items()},
        words={k: tuple(v) for k, v in data.get("words", {}).items()},
        data=data,
    )


@lru_cache(maxsize=1)
def short_words(longest: int = 3) -> frozenset[str]:
    """Every Chinese word of at most ``longest`` characters that some doc_type's TOML names (a status
    word 已缴 / 欠缴, a label 姓名, a level 本科): what a short cell of a document is expected to say."""
    out: set[str] = set()

    def walk(v) -> None:
        if isinstance(v, str):
            w = re.sub(r"\s", "", v)
            if 1 <= len(w) <= longest and re.fullmatch(r"[\u4e00-\u9fff]+", w):
                out.add(w)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)
    for path in sorted(LABEL_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            walk(tomllib.load(fh))
    return frozenset(out)
