"""The layout zoo: independent document families for measuring the reader on
layouts nobody tuned on (issue 12, item 4).

    from sample_docs.zoo import FAMILIES, render, splits
    data, ext, truth = render("dip_2010s_baseline", person, rng, face="kai")

Families live in ``fam_*.py`` (one module per group of doc_types), register
themselves in :data:`FAMILIES` and are frozen into ``families.toml`` as seen or
held out (:func:`splits`). ``python -m sample_docs.zoo DIR`` writes a zoo.
"""
from __future__ import annotations

import random
import tomllib
from pathlib import Path

from . import (fam_certs, fam_diploma, fam_forms, fam_heldout2a, fam_heldout2a_report, fam_insurance,  # noqa: F401
               fam_letters, fam_papers, fam_redraw, fam_round3, fam_round4, fam_round5, fam_round6, fam_round7,
               fam_round8, fam_round9, fam_round10, fam_round11, fam_round12, fam_round13, fam_round14,
               fam_round15, fam_round16, fam_round17, fam_round18, fam_xuexin)
from . import fam_round19  # noqa: F401
from .facts import person
from .registry import FAMILIES, Drawn, Family
from . import fam_round19b  # noqa: F401  (nineteenth round, part b)
from . import fam_round20  # noqa: F401  (twentieth round)
from . import fam_round20b  # noqa: F401  (twentieth round, part b)
from . import fam_round21  # noqa: F401  (twenty-first round)
from . import fam_round21b  # noqa: F401  (twenty-first round, part b)
from . import fam_round22  # noqa: F401  (twenty-second round)
from . import fam_round22b  # noqa: F401  (twenty-second round, part b)
from . import fam_round23  # noqa: F401  (twenty-third round)
from . import fam_round23b  # noqa: F401  (twenty-third round, part b)
from . import fam_round24  # noqa: F401  (twenty-fourth round)
from . import fam_round24b  # noqa: F401  (twenty-fourth round, part b)
from . import fam_round25  # noqa: F401  (twenty-fifth round)
from . import fam_round25b  # noqa: F401  (twenty-fifth round, part b)

SPLIT_FILE = Path(__file__).with_name("families.toml")

__all__ = ["FAMILIES", "Family", "Drawn", "render", "draw", "splits", "person"]


def draw(name: str, p: dict, rng: random.Random, face: str) -> Drawn:
    """Lay out one document of a family (not yet delivered)."""
    return FAMILIES[name].build(dict(p), rng, face)


def render(name: str, p: dict, rng: random.Random, face: str, *, as_scan: bool = False
           ) -> tuple[bytes, str, dict]:
    """One document of a family as the applicant uploads it: (bytes, ext, truth).

    ``as_scan`` delivers a text-layer family printed and photographed instead
    (applicants often upload a 备案表 or 缴费证明 that way)."""
    fam = FAMILIES[name]
    drawn = fam.build(dict(p), rng, face)
    try:
        if fam.kind == "text" and not as_scan:
            return drawn.paper.pdf(drawn.producer, drawn.date), ".pdf", drawn.truth
        data, ext = drawn.paper.scan(rng, dpi=drawn.dpi, level=drawn.level, date=drawn.date)
        return data, ext, drawn.truth
    finally:
        drawn.paper.close()


def splits() -> dict[str, str]:
    """family → "seen" | "heldout", as frozen in families.toml."""
    with SPLIT_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    return {name: row["split"] for name, row in data["family"].items()}
