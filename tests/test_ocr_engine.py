"""The OCR engine choice (backend, device) and its offline model files; no GPU needed."""
from __future__ import annotations

import logging

import pytest

from extractors import ocr_engine
from extractors.ocr_engine import choose


@pytest.fixture
def machine(monkeypatch):
    """Pretend what the machine offers: CUDA through onnxruntime, openvino installed."""
    def set_(cuda: bool, openvino: bool = True):
        monkeypatch.setattr(ocr_engine, "cuda_available", lambda: cuda)
        monkeypatch.setattr(ocr_engine, "openvino_available", lambda: openvino)
    return set_


def test_cpu_default_is_openvino_and_onnxruntime_without_it(machine):
    machine(cuda=False)
    assert choose("", "auto") == ("openvino", "cpu")
    machine(cuda=False, openvino=False)
    assert choose("", "auto") == ("onnxruntime", "cpu")
    assert choose("openvino", "cpu") == ("onnxruntime", "cpu")  # asked for, not installed


def test_cuda_is_used_when_onnxruntime_offers_it(machine):
    machine(cuda=True)
    assert choose("", "auto") == ("onnxruntime", "cuda")
    assert choose("", "cuda") == ("onnxruntime", "cuda")
    assert choose("", "cpu") == ("openvino", "cpu")          # the operator said CPU
    assert choose("openvino", "auto") == ("openvino", "cpu")  # an explicit CPU backend wins over auto


def test_cuda_asked_without_a_gpu_falls_back_to_cpu_and_says_so(machine, caplog):
    machine(cuda=False)
    with caplog.at_level(logging.WARNING, logger="extractors.ocr_engine"):
        assert choose("onnxruntime", "cuda") == ("onnxruntime", "cpu")
    assert "CUDA" in caplog.text


def test_unknown_backend_or_device_is_refused():
    with pytest.raises(ValueError):
        choose("tesseract", "auto")
    with pytest.raises(ValueError):
        choose("", "tpu")


def test_models_come_from_an_installed_wheel():
    paths = ocr_engine.model_paths()
    assert set(paths) == {"det", "rec", "cls"}
    for p in paths.values():
        assert p.is_file() and p.suffix == ".onnx"
        assert "rapidocr_onnxruntime" in p.parts  # inside the installed package, not a download cache


@pytest.mark.ocr
@pytest.mark.parametrize("backend", ["onnxruntime", "openvino"])
def test_engine_loads_offline_and_reads_on_each_cpu_backend(monkeypatch, backend):
    """No model download may even be attempted; both CPU backends read the same card."""
    import rapidocr.utils.download_file as df
    from tests.test_ocr import ID_NO, _id_line, card_image
    from extractors.ocr import ocr_image

    def refuse(*a, **k):
        raise AssertionError("rapidocr tried to download a model")
    monkeypatch.setattr(df.DownloadFile, "run", staticmethod(refuse))
    eng = ocr_engine.RapidOcrEngine(backend, "cpu", threads=1)
    assert eng.backend == backend and eng.device == "cpu"
    assert eng.provider in ("OpenVINO CPU", "CPUExecutionProvider")
    lines, rot, _skew, _rows = ocr_image(card_image(), eng)
    assert rot == 0
    assert ID_NO in _id_line(lines).replace(" ", "")
