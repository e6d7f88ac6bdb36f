"""Planters for PDF_EDITED, TEXT_OVERLAY and IMAGE_REUSED: what the forgery does to the bytes is in ``forgeries``."""
from __future__ import annotations

from datetime import date, timedelta

from core.dates import add_months_date

from ..render.common import photo_seed
from .forgeries import edit_pdf_values, overlay_text, repaint_image
from .registry import _docs, fault


# --------------------------------------------------------------------------
# 4. forensics
# --------------------------------------------------------------------------

_EDITORS = ("Adobe Photoshop 23.4 (Windows)", "PDF-XChange Editor 9.5.366.0", "Foxit PhantomPDF 10.1")


@fault("PDF_EDITED")
def _pdf_edited(spec, ctx):
    """The 备案表 had expired; its dates were edited in a PDF editor and saved incrementally."""
    sub = date.fromisoformat(spec.app["submitted_at"])
    good = spec.facts["xuexin_updated"]
    spec.facts["xuexin_updated"] = sub - timedelta(days=ctx.rng.randint(200, 300))
    ctx.rebuild()
    rec = _docs(spec, "xuexin_record")[0]
    rec.as_scan = False
    new = {"updated_date": good.isoformat(), "valid_until": add_months_date(good, 6).isoformat()}
    editor, when = ctx.rng.choice(_EDITORS), sub - timedelta(days=ctx.rng.randint(1, 6))
    rec.post.append(lambda d, s: edit_pdf_values(d, new, editor, when))


@fault("TEXT_OVERLAY")
def _text_overlay(spec, ctx):
    si = _docs(spec, "social_insurance")[0]
    si.as_scan = False
    si.post.append(lambda d, s: overlay_text(d, [s.app["unit"], s.app["name"], s.app["id_number"]]))


def _scan_diploma(spec, ctx):
    spec.no_bundle = True
    ctx.rebuild()
    _docs(spec, "diploma")[0].as_scan = True


@fault("IMAGE_REUSED", pair=True, prepare=_scan_diploma, like=True)
def _image_reused(spec, ctx):
    _scan_diploma(spec, ctx)
    src = _docs(ctx.partner, "diploma")[0]
    mine = _docs(spec, "diploma")[0]
    mine.variant, mine.key = src.variant, src.key   # same layout and noise, other name and birth date
    mine.fields["photo"] = photo_seed(src.fields)   # the forger keeps the photo, seal and frame
    mine.post.append(lambda d, s: repaint_image(d, src.data))
