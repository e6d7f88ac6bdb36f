"""Optional OCR backend: paddleocr 3.x with model directories given by the user.

Why optional: paddleocr is ~740 MB installed and, offline, needs local model
dirs (it cannot download).  It is picked only when ZCAUDIT_OCR_BACKEND=paddle
and the package imports; the default stays rapidocr-onnxruntime.  It offers only
``recognize`` (whole page), so ``ocr_image`` uses its generic path.
"""
from __future__ import annotations

import importlib.util
import os
from importlib.metadata import version
import time
from typing import Optional

import numpy as np

from extractors.base import OcrBox, OcrStats


def is_available() -> bool:
    """True when paddleocr can be imported (models are checked when the engine is built)."""
    return importlib.util.find_spec("paddleocr") is not None


class PaddleOcrEngine:
    name = "paddleocr"

    def __init__(self, det_dir: str, rec_dir: str, cls_dir: Optional[str] = None) -> None:
        if not is_available():
            raise RuntimeError("paddleocr is not installed (pip install 'zcaudit[paddle]')")
        for d in (det_dir, rec_dir) + ((cls_dir,) if cls_dir else ()):
            if not d or not os.path.isdir(d):
                raise RuntimeError(f"paddle model dir not found: {d!r}")
        os.environ.setdefault("PADDLE_PDX_DISABLE_MODEL_SOURCE_CHECK", "True")
        from paddleocr import PaddleOCR  # the optional backend: imported only when this engine is chosen
        kw = dict(text_detection_model_dir=det_dir, text_recognition_model_dir=rec_dir,
                  use_doc_orientation_classify=False, use_doc_unwarping=False,
                  use_textline_orientation=bool(cls_dir))
        if cls_dir:
            kw["textline_orientation_model_dir"] = cls_dir
        if os.environ.get("ZCAUDIT_PADDLE_ENGINE"):
            kw["engine"] = os.environ["ZCAUDIT_PADDLE_ENGINE"]   # e.g. "onnxruntime"
        self._ocr = PaddleOCR(**kw)
        self.stats = OcrStats()

    @classmethod
    def from_env(cls) -> "PaddleOcrEngine":
        return cls(os.environ.get("ZCAUDIT_PADDLE_DET_DIR", ""),
                   os.environ.get("ZCAUDIT_PADDLE_REC_DIR", ""),
                   os.environ.get("ZCAUDIT_PADDLE_CLS_DIR") or None)

    def version(self) -> str:
        return f"paddleocr {version('paddleocr')}"

    def recognize(self, image: np.ndarray) -> list[OcrBox]:
        t = time.perf_counter()
        results = self._ocr.predict(image)
        self.stats.rec_s += time.perf_counter() - t
        self.stats.calls += 1
        out: list[OcrBox] = []
        for res in results or []:
            texts, scores, polys = res["rec_texts"], res["rec_scores"], res["rec_polys"]
            for text, score, poly in zip(texts, scores, polys):
                out.append(OcrBox(text=str(text), box=np.asarray(poly).tolist(), score=float(score)))
        return out
