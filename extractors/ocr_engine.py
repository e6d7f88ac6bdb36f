"""The PP-OCR engine: PP-OCRv4 det/rec + direction cls run by ``rapidocr`` 3.x.

Why this shape (measured in notes/ocr-speed.md, same pages and same run):

* Backend: OpenVINO on CPU runs the same ONNX models about twice as fast as
  onnxruntime on this kind of Xeon and reads the same text; onnxruntime stays
  for CUDA (the ``gpu`` extra) and as the fallback when openvino is missing.
* Models: PP-OCRv4 from the ``rapidocr-onnxruntime`` wheel (the floor's own
  model files).  The PP-OCRv6 small models inside the ``rapidocr`` wheel were
  slower here and read no more truth values.  Nothing is downloaded: every
  model path is given explicitly, so rapidocr's download code never runs.
* Detection side limit: the page's long side is scaled to ``DET_LIMIT_SIDE``
  before text detection.  Detection only has to find lines; recognition still
  reads the crops at the scan's full resolution.
* Recognition batch: ``REC_BATCH`` crops per call (larger batches pad more
  and were slower on CPU).
"""
from __future__ import annotations

import importlib.util
import logging
import os
import time
from importlib.metadata import version
from pathlib import Path
from typing import Optional

import numpy as np

from extractors.base import OcrBox, OcrStats

log = logging.getLogger(__name__)

DET_LIMIT_SIDE = 1280   # long side (px) the detector sees; A4 at 200 dpi → scale 0.55
REC_BATCH = 6
BACKENDS = ("openvino", "onnxruntime")
SECOND_REC = "PP-OCRv6_rec_small.onnx"
DEVICES = ("cpu", "cuda")


def model_paths() -> dict[str, Path]:
    """PP-OCRv4 det/rec and the v2 direction cls shipped in the rapidocr-onnxruntime wheel."""
    spec = importlib.util.find_spec("rapidocr_onnxruntime")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("rapidocr-onnxruntime (the PP-OCRv4 model files) is not installed")
    root = Path(list(spec.submodule_search_locations)[0]) / "models"
    paths = {"det": root / "ch_PP-OCRv4_det_infer.onnx", "rec": root / "ch_PP-OCRv4_rec_infer.onnx",
             "cls": root / "ch_ppocr_mobile_v2.0_cls_infer.onnx"}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise RuntimeError(f"OCR model files missing: {missing}")
    return paths


def second_model_path() -> Optional[Path]:
    """The PP-OCRv6 small recogniser shipped in the ``rapidocr`` wheel (a dictionary of 18 707
    characters), or None: the second reader of lines where PP-OCRv4 left a glyph out."""
    spec = importlib.util.find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "models" / SECOND_REC
    return path if path.is_file() else None


def cuda_available() -> bool:
    """True when onnxruntime (onnxruntime-gpu) offers the CUDA execution provider."""
    try:
        import onnxruntime as ort
        return "CUDAExecutionProvider" in ort.get_available_providers()
    except Exception:  # pragma: no cover - onnxruntime is a dependency
        return False


def openvino_available() -> bool:
    return importlib.util.find_spec("openvino") is not None


def choose(backend: str = "", device: str = "auto") -> tuple[str, str]:
    """(backend, device) from the wished ones: CUDA only through onnxruntime and only when
    onnxruntime reports it; CPU otherwise, on OpenVINO when it imports."""
    backend, device = (backend or "").lower(), (device or "auto").lower()
    if device not in DEVICES + ("auto",):
        raise ValueError(f"unknown OCR device {device!r} (cpu, cuda, auto)")
    if backend and backend not in BACKENDS:
        raise ValueError(f"unknown OCR backend {backend!r} ({', '.join(BACKENDS)})")
    if device in ("cuda", "auto") and backend != "openvino":
        if cuda_available():
            return "onnxruntime", "cuda"
        if device == "cuda":
            log.warning("ZCAUDIT_OCR_DEVICE=cuda but onnxruntime offers no CUDA provider: OCR runs on CPU")
    if backend == "openvino" and not openvino_available():
        log.warning("openvino is not installed: OCR runs on onnxruntime")
        backend = "onnxruntime"
    return backend or ("openvino" if openvino_available() else "onnxruntime"), "cpu"


def _params(backend: str, device: str, threads: Optional[int], det_limit: int,
            rec_batch: int) -> dict:
    from rapidocr import EngineType
    engine = EngineType.OPENVINO if backend == "openvino" else EngineType.ONNXRUNTIME
    p: dict = {"Global.log_level": "warning", "Det.limit_type": "max",
               "Det.limit_side_len": int(det_limit), "Rec.rec_batch_num": int(rec_batch)}
    for part, path in model_paths().items():
        p[f"{part.capitalize()}.engine_type"] = engine
        p[f"{part.capitalize()}.model_path"] = str(path)
    if backend == "onnxruntime":
        p["EngineConfig.onnxruntime.use_cuda"] = device == "cuda"
        # page and line sizes vary: an exhaustive cuDNN search per new shape costs more than it saves
        p["EngineConfig.onnxruntime.cuda_ep_cfg.cudnn_conv_algo_search"] = "HEURISTIC"
        if threads:
            p["EngineConfig.onnxruntime.intra_op_num_threads"] = int(threads)
            p["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
    elif threads:
        p["EngineConfig.openvino.inference_num_threads"] = min(int(threads), os.cpu_count() or 1)
    return p


class RapidOcrEngine:
    """Staged PP-OCRv4: ``detect`` / ``classify_crops`` / ``recognize_crops`` (see extractors.ocr)."""
    name = "rapidocr"

    def __init__(self, backend: str = "", device: str = "auto", threads: Optional[int] = None,
                 det_limit: int = DET_LIMIT_SIDE, rec_batch: int = REC_BATCH) -> None:
        self.backend, self.device = choose(backend, device)
        if self.device == "cuda":
            _preload_cuda()
        # rapidocr is imported when an engine is made (~1.5 s): reading a text-layer PDF never pays it
        from rapidocr import RapidOCR
        from rapidocr.ch_ppocr_rec.typings import TextRecInput
        self._rec_input = TextRecInput
        self._ocr = RapidOCR(params=_params(self.backend, self.device, threads, det_limit, rec_batch))
        # load the three models now (rapidocr loads lazily): a broken install fails here, once
        self._det = self._ocr._load_det_model()
        self._cls = self._ocr._load_cls_model()
        self._rec = self._ocr._load_rec_model()
        self._rec2 = None  # the second recogniser, loaded when a line first needs it
        self._threads = threads
        self.stats = OcrStats()

    @property
    def provider(self) -> str:
        """The execution provider that really runs the detector (CUDA may fall back to CPU)."""
        if self.backend == "openvino":
            return "OpenVINO CPU"
        sess = getattr(getattr(self._det, "session", None), "session", None)
        try:
            return sess.get_providers()[0]
        except Exception:  # pragma: no cover - rapidocr internals moved
            return "onnxruntime"

    def version(self) -> str:
        return f"rapidocr {version('rapidocr')} PP-OCRv4 ({self.backend}, {self.provider})"

    # -- stages ---------------------------------------------------------
    def detect(self, image: np.ndarray) -> list[np.ndarray]:
        """Text-line quads (4×2, image pixels) of one BGR image."""
        t = time.perf_counter()
        res = self._det(image)  # the detector scales to DET_LIMIT_SIDE; boxes come back in image pixels
        self.stats.det_s += time.perf_counter() - t
        self.stats.calls += 1
        boxes = getattr(res, "boxes", None)
        return [] if boxes is None else [np.asarray(q, dtype=np.float32) for q in boxes]

    def classify_crops(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        """Direction of each crop: ('0'|'180', score)."""
        if not crops:
            return []
        t = time.perf_counter()
        res = self._cls(crops)
        self.stats.cls_s += time.perf_counter() - t
        self.stats.calls += 1
        return [(str(lbl), float(sc)) for lbl, sc in res.cls_res]

    def recognize_crops(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        if not crops:
            return []
        t = time.perf_counter()
        res = self._rec(self._rec_input(img=crops))
        self.stats.rec_s += time.perf_counter() - t
        self.stats.calls += 1
        return [(str(tx), float(sc)) for tx, sc in zip(res.txts or (), res.scores)]

    def recognize_crops_cols(self, crops: list[np.ndarray]) -> list[tuple[str, float, list[int], float, list[float]]]:
        """``recognize_crops`` plus where and how surely each character was read: (text, score, the CTC
        column of each character that is not a space, the number of columns the crop's width spans, the
        confidence of each character of the text)."""
        if not crops:
            return []
        t = time.perf_counter()
        res = self._rec(self._rec_input(img=crops, return_word_box=True))
        self.stats.rec_s += time.perf_counter() - t
        self.stats.calls += 1
        out = []
        for tx, sc, wi in zip(res.txts or (), res.scores, res.word_results or [None] * len(crops)):
            cols = [int(c) for group in (wi.word_cols if wi else []) for c in group]
            out.append((str(tx), float(sc), cols, float(wi.line_txt_len) if wi else 0.0,
                        list(wi.confs) if wi else []))
        return out

    def second_read(self, crops: list[np.ndarray]) -> list[tuple[str, float, list[float]]]:
        """The crops read by the second recogniser (PP-OCRv6 small, loaded on first use): (text, score,
        the confidence of each character of the text). Empty readings when its model is missing."""
        if not crops:
            return []
        if self._rec2 is None:
            path = second_model_path()
            if path is None:
                log.warning("the second recogniser %s is not installed: lines keep their first reading", SECOND_REC)
                self._rec2 = False
            else:
                from rapidocr import RapidOCR, OCRVersion
                p = _params(self.backend, self.device, self._threads, DET_LIMIT_SIDE, REC_BATCH)
                p["Rec.model_path"], p["Rec.ocr_version"] = str(path), OCRVersion.PPOCRV6
                self._rec2 = RapidOCR(params=p)._load_rec_model()
        if self._rec2 is False:
            return [("", 0.0, [])] * len(crops)
        t = time.perf_counter()
        res = self._rec2(self._rec_input(img=crops, return_word_box=True))
        self.stats.rec_s += time.perf_counter() - t
        self.stats.calls += 1
        self.stats.second_reads += len(crops)
        return [(str(tx), float(sc), list(wi.confs) if wi else [])
                for tx, sc, wi in zip(res.txts or (), res.scores, res.word_results or [None] * len(crops))]

    # -- protocol: the bare model call ------------------------------------
    def recognize(self, image: np.ndarray) -> list[OcrBox]:
        t = time.perf_counter()
        out = self._ocr(image, use_det=True, use_cls=True, use_rec=True)
        self.stats.rec_s += time.perf_counter() - t  # bare call counted as model time
        self.stats.calls += 1
        if getattr(out, "txts", None) is None:
            return []
        return [OcrBox(text=tx, box=np.asarray(b).tolist(), score=float(sc))
                for b, tx, sc in zip(out.boxes, out.txts, out.scores)]


def _preload_cuda() -> None:
    """onnxruntime-gpu ≥ 1.21 finds the CUDA/cuDNN wheels of the extra only after preload_dlls."""
    try:
        import onnxruntime as ort
        if hasattr(ort, "preload_dlls"):
            ort.preload_dlls()
    except Exception as exc:  # a missing library shows up as a CPU fallback, logged by rapidocr
        log.warning("onnxruntime could not preload the CUDA libraries: %s", type(exc).__name__)
