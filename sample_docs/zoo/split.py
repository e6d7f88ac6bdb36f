"""Freeze which families are held out (issue 12: before anyone tunes a parser).

    python -m sample_docs.zoo.split      # prints the TOML; written once to families.toml

Method (written into the file's header): for each doc_type in sorted order, its
family names sorted, ``random.Random(SEED).sample(names, k)`` with
k = max(1, round(n / 3)) picks the held-out ones, one generator for all doc_types.
The file is data from then on: when a held-out family fails and its method is
fixed, it moves to "seen" and a new family is drawn as held out (issue 12), by
editing the file, never by re-running this with another seed.
"""
from __future__ import annotations

import random
from collections import defaultdict

SEED = 20240612


def draw_split(families: dict) -> dict[str, str]:
    by_type: dict[str, list[str]] = defaultdict(list)
    for name, fam in families.items():
        by_type[fam.doc_type].append(name)
    rng = random.Random(SEED)
    out: dict[str, str] = {}
    for doc_type in sorted(by_type):
        names = sorted(by_type[doc_type])
        held = set(rng.sample(names, max(1, round(len(names) / 3))))
        for n in names:
            out[n] = "heldout" if n in held else "seen"
    return out


def to_toml(families: dict, split: dict[str, str]) -> str:
    lines = ["# The layout zoo's families and their frozen split (issue 12, item 4).",
             f"# Drawn once, before any parser was tuned on the zoo: random.Random({SEED}), doc_types in",
             "# sorted order, names sorted, sample(names, max(1, round(n / 3))) held out per doc_type.",
             "# Report held-out figures only. A held-out family that fails is fixed by method, then moved",
             "# to \"seen\" here and a new held-out family is added; never re-draw with another seed.", ""]
    for name in sorted(families, key=lambda n: (families[n].doc_type, n)):
        fam = families[name]
        lines += [f"[family.{name}]", f'doc_type = "{fam.doc_type}"', f'kind = "{fam.kind}"',
                  f'split = "{split[name]}"', f'model = "{fam.model}"', ""]
    return "\n".join(lines)


if __name__ == "__main__":
    from . import FAMILIES
    print(to_toml(FAMILIES, draw_split(FAMILIES)), end="")
