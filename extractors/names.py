"""Person names run together: a byline whose spaces OCR lost ("欧阳振华赵子龙苟文斌").

Taken apart only where the surname table (``core/data/surnames.toml``) allows exactly one
best reading: every piece a surname (compound: 欧阳, 诸葛 …) and one or two given-name
characters; a piece with a less frequent surname costs two, a two-character name one (most names
have three characters, and a given name's 文/华/龙 would otherwise start a name of its own). Two readings of equal cost ("张晓东方明":
张晓|东方明 or 张晓东|方明), or none (a name that starts with no surname: 扎西多吉), give None —
the byline is then unread, never guessed. So is a reading that costs more than one per name: a
run that only parts into rare surnames and two-character names is a name the table does not know
(包巴特尔).
"""
from __future__ import annotations

import re
from typing import Optional

from core.surnames import table as _table


def _pieces(s: str, i: int) -> list[tuple[int, int]]:
    """(end, cost) of each name that may start at s[i]."""
    common, other, compound = _table()
    out = []
    if s[i:i + 2] in compound:
        out += [(i + n, 0) for n in (3, 4) if i + n <= len(s)]
    if s[i] in common or s[i] in other:
        cost = 0 if s[i] in common else 2
        out += [(i + n, cost + (n == 2)) for n in (2, 3) if i + n <= len(s)]
    return out


def segment_names(text: str, max_names: int = 12) -> Optional[list[str]]:
    """The names in a run of CJK characters, when exactly one reading costs least; else None."""
    s = re.sub(r"\s", "", text)
    if not re.fullmatch(r"[\u4e00-\u9fff]{4,40}", s):
        return None
    # best[i] = (cost, number of readings at that cost, one reading) for s[i:]
    best: dict[int, tuple[int, int, list[str]]] = {len(s): (0, 1, [])}
    for i in range(len(s) - 1, -1, -1):
        options = []
        for j, c in _pieces(s, i):
            if j in best and len(best[j][2]) < max_names:
                cost, count, names = best[j]
                options.append((cost + c, count, [s[i:j]] + names))
        if options:
            low = min(o[0] for o in options)
            tied = [o for o in options if o[0] == low]
            best[i] = (low, sum(o[1] for o in tied), tied[0][2])
    if 0 not in best or best[0][1] != 1 or len(best[0][2]) < 2:
        return None
    cost, _, names = best[0]
    if cost > len(names):
        # the only reading leans on rare surnames and short names (王喆|妥晓|梅包|巴特尔 for
        # 王喆 妥晓梅 包巴特尔): an implausible reading is no reading
        return None
    return names
