"""Red seals over text, dropped before a colour page is read.

A Chinese letter, diploma or statement is stamped with its issuer's red seal over the issuer's name
and the date (在职证明 "兰州新区西岔学校" under the school's seal; a diploma's 校名 under the 校印). The
detector reads the seal's ring text and its star as glyphs of the line beneath and cuts the line in
two ("兰州新区西岔学" / "作 校"), or the recogniser loses the glyphs the ring crosses ("新区第三 医院").
Document OCR commonly removes seals by colour first; here only inside each seal's own box, so red
print that is no seal (a 红头 letterhead, a red title: long lines, not round) is read as it is.

Method: pixels of a saturated red hue form the mask; closed, its connected regions that are roughly
round (aspect 0.6–1.7), of a seal's size (not a desk or a red cover filling the picture) and sparse
(a ring, a star and ring text: not a solid red patch, such as a 红底 ID photo) and ringed (red all
the way round near the ellipse its box inscribes) are seals. Inside each seal's box a pixel becomes
the grey of its brightest channel, and a reddish one (the ink and its anti-aliased rim) the paper's
grey: black print stamped over stays dark (dark in every channel), paper stays paper. A grey page has
no colour to go by and is left as it is.
"""
from __future__ import annotations

import cv2
import numpy as np

# a seal's red: hue within 7 of red on OpenCV's 0–180 scale (±14°), saturated, not dark
RED_HUE = 7
MIN_SAT = 90
MIN_VAL = 90
# a seal's box against the page's short side: a 名章 (≈ 2 cm) to an official seal (≈ 4.2–5 cm) on A4
MIN_SIDE_SHARE = 0.06
MAX_SIDE_SHARE = 0.45
ROUND = (0.6, 1.7)
# share of a seal's box its red ink covers: a ring, a star and ring text (a solid red patch: more)
MAX_FILL = 0.55
MIN_FILL = 0.04
# the border ring: red within the outer RING_BAND..1 of the inscribed ellipse's radius, at this share of
# RING_SAMPLES directions
RING_SAMPLES = 72
RING_BAND = 0.82
RING_SHARE = 0.9
# inside a seal's box, a pixel this saturated in a red hue is seal ink
FADE_SAT = 40


def red_mask(img: np.ndarray) -> np.ndarray:
    hsv = cv2.cvtColor(img, cv2.COLOR_RGB2HSV)
    h, s, v = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    red = (h <= RED_HUE) | (h >= 180 - RED_HUE)
    return (red & (s >= MIN_SAT) & (v >= MIN_VAL)).astype(np.uint8)


def _ringed(mask: np.ndarray) -> bool:
    """A round seal's border: red ink near the ellipse its box inscribes, all the way round (a red
    title's glyph, even an enclosed one such as 国, has its strokes on a square, off that ellipse at
    the diagonals)."""
    h, w = mask.shape
    cy, cx = (h - 1) / 2, (w - 1) / 2
    hit = 0
    for a in np.linspace(0, 2 * np.pi, RING_SAMPLES, endpoint=False):
        rs = np.linspace(RING_BAND, 1.0, 6)
        ys = np.clip(np.round(cy + rs * cy * np.sin(a)).astype(int), 0, h - 1)
        xs = np.clip(np.round(cx + rs * cx * np.cos(a)).astype(int), 0, w - 1)
        hit += bool(mask[ys, xs].any())
    return hit >= RING_SHARE * RING_SAMPLES


def seal_boxes(img: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(x0, y0, x1, y1) of each red seal on an RGB page image (the readers hand pages over as RGB)."""
    if img.ndim != 3 or img.shape[2] != 3:
        return []
    mask = red_mask(img)
    if not mask.any():
        return []
    short = min(img.shape[:2])
    k = max(3, int(short * 0.012)) | 1
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    out = []
    for x, y, w, h, _area in stats[1:n]:
        if not (MIN_SIDE_SHARE * short <= max(w, h) <= MAX_SIDE_SHARE * short):
            continue
        if not ROUND[0] <= w / h <= ROUND[1]:
            continue
        fill = float(mask[y:y + h, x:x + w].mean())
        if MIN_FILL <= fill <= MAX_FILL and _ringed(closed[y:y + h, x:x + w]):
            out.append((int(x), int(y), int(x + w), int(y + h)))
    return out


def without_seals(img: np.ndarray) -> np.ndarray:
    """The page with its red seals faded out (a copy; the page itself when it has none)."""
    boxes = seal_boxes(img)
    if not boxes:
        return img
    out = img.copy()
    for x0, y0, x1, y1 in boxes:
        part = out[y0:y1, x0:x1]
        grey = part.max(axis=2)
        # red ink (and its anti-aliased, JPEG-blurred rim) becomes the paper around it
        hsv = cv2.cvtColor(part, cv2.COLOR_RGB2HSV)
        reddish = ((hsv[..., 0] <= RED_HUE + 3) | (hsv[..., 0] >= 177 - RED_HUE)) & (hsv[..., 1] >= FADE_SAT)
        reddish = cv2.dilate(reddish.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
        paper = np.percentile(grey, 90)
        grey = np.where(reddish & (grey >= paper * 0.5), paper, grey).astype(np.uint8)
        out[y0:y1, x0:x1] = grey[..., None]
    return out
