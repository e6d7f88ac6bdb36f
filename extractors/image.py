"""Image backend (Pillow): decode safely into upright RGB frames for OCR.

Why: phone photos carry their orientation in EXIF, scanners write multi-page
TIFFs, and a crafted file can claim billions of pixels (decompression bomb) —
all three are handled here before the OCR sees a pixel.
"""
from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image, ImageOps, ImageSequence

MAX_FRAMES = 300


class ImageUnreadable(Exception):
    """The image cannot be decoded; the message is for the reviewer."""


def load_frames(data: bytes, max_frames: int = MAX_FRAMES) -> tuple[list[np.ndarray], int]:
    """(RGB uint8 frames, total frame count); EXIF orientation applied.

    Raises ImageUnreadable for a bomb ("图像尺寸异常") or an undecodable file.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            total = getattr(img, "n_frames", 1) or 1
            frames = []
            for i, frame in enumerate(ImageSequence.Iterator(img)):
                if i >= max_frames:
                    break
                frames.append(_to_rgb(frame))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageUnreadable("图像尺寸异常（像素数超过上限）") from exc
    except ImageUnreadable:
        raise
    except Exception as exc:
        raise ImageUnreadable(f"图像文件损坏，无法解码（{type(exc).__name__}）") from exc
    if not frames:
        raise ImageUnreadable("图像文件没有可读取的内容")
    return frames, total


def _to_rgb(frame: Image.Image) -> np.ndarray:
    frame = ImageOps.exif_transpose(frame.copy())
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        bg = Image.new("RGB", frame.size, (255, 255, 255))
        rgba = frame.convert("RGBA")
        bg.paste(rgba, mask=rgba.getchannel("A"))
        frame = bg
    elif frame.mode == "I;16" or frame.mode == "I":
        arr = np.asarray(frame, dtype=np.float64)
        arr = (255 * (arr - arr.min()) / max(arr.max() - arr.min(), 1)).astype(np.uint8)
        frame = Image.fromarray(arr)
    return np.asarray(frame.convert("RGB"), dtype=np.uint8).copy()
