"""Synthetic camera frames: barcodes rendered by zxing-cpp's writer, placed on a cluttered
background and degraded like a webcam would (rotation, perspective, blur, noise, glare, low
contrast). Used by the scripted camera, the tests and the benchmark; deterministic per seed."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from scanning.decoders import Frame
from scanning.pipeline import turn

FORMATS = {
    "EAN-13": "EAN13", "EAN-8": "EAN8", "UPC-A": "UPCA", "UPC-E": "UPCE", "Code 128": "Code128",
    "GS1-128": "Code128", "Code 39": "Code39", "ITF-14": "ITF", "QR": "QRCode",
    "DataMatrix": "DataMatrix", "GS1 DataMatrix": "DataMatrix",
}
GS1_KINDS = {"GS1-128", "GS1 DataMatrix"}


@dataclass(frozen=True)
class Sample:
    kind: str
    content: str


def render(sample: Sample, module_px: int = 3) -> Frame:
    """The symbol alone, black on white with its quiet zone. GS1 contents are given in HRI
    form, e.g. (01)09506000134352(10)ABC."""
    import zxingcpp

    barcode_format = getattr(zxingcpp.BarcodeFormat, FORMATS[sample.kind])
    options = {"gs1": True} if sample.kind in GS1_KINDS else {}
    barcode = zxingcpp.create_barcode(sample.content, barcode_format, **options)
    return np.array(zxingcpp.write_barcode_to_image(barcode, scale=module_px), dtype=np.uint8)


def background(width: int, height: int, seed: int = 0) -> Frame:
    """A packing bench: a lit gradient, a few boxes and labels with text-like strokes."""
    import cv2

    rng = np.random.default_rng(seed)
    x = np.linspace(0, 1, width, dtype=np.float32)
    y = np.linspace(0, 1, height, dtype=np.float32)[:, None]
    image = (90 + 70 * x + 40 * y).astype(np.uint8)
    for _ in range(6):
        x0, y0 = int(rng.integers(0, width - 40)), int(rng.integers(0, height - 40))
        x1, y1 = x0 + int(rng.integers(40, width // 3)), y0 + int(rng.integers(40, height // 3))
        cv2.rectangle(image, (x0, y0), (x1, y1), int(rng.integers(60, 220)), -1)
    for _ in range(12):
        x0, y0 = int(rng.integers(0, width - 100)), int(rng.integers(10, height))
        cv2.putText(image, "LOT 24A  EXP", (x0, y0), cv2.FONT_HERSHEY_SIMPLEX, 0.6,
                    int(rng.integers(0, 80)), 1, cv2.LINE_AA)
    noise = rng.normal(0, 3, image.shape)
    return np.clip(image + noise, 0, 255).astype(np.uint8)


def place(frame: Frame, symbol: Frame, x: int, y: int) -> None:
    height, width = symbol.shape
    height = min(height, frame.shape[0] - y)
    width = min(width, frame.shape[1] - x)
    frame[y:y + height, x:x + width] = symbol[:height, :width]


def frame_with(samples: Sequence[Sample], width: int, height: int, seed: int = 0) -> Frame:
    """A grayscale frame with the samples laid out left to right, top to bottom."""
    frame = background(width, height, seed)
    x, y, row = 20, 20, 0
    for sample in samples:
        symbol = render(sample, module_px=2 if width < 1000 else 3)
        if x + symbol.shape[1] > width - 10:
            x, y, row = 20, y + row + 20, 0
        place(frame, symbol, x, y)
        x += symbol.shape[1] + 20
        row = max(row, symbol.shape[0])
    return frame


def decoy_frame(width: int, height: int, seed: int = 0, patches: int = 3) -> Frame:
    """A bench with no code but `patches` patches of random dark and light stripes (a striped
    box, a fabric): they look like 1D codes to a second look and read as nothing, the worst
    case for its cost."""
    frame = background(width, height, seed)
    rng = np.random.default_rng(seed)
    patch_w, patch_h = width // 4, height // 5
    for index in range(patches):
        widths = rng.integers(2, 9, patch_w)
        row = np.concatenate([np.full(int(w), 30 if i % 2 else 220, np.uint8)
                              for i, w in enumerate(widths)])[:patch_w]
        x = 20 + index * (width - patch_w - 40) // max(patches - 1, 1)
        y = 20 + (index % 2) * (height - patch_h - 40)
        frame[y:y + patch_h, x:x + patch_w] = row[None, :]
    return frame


def degrade(image: Frame, effect: str, strength: float, seed: int = 0) -> Frame:
    """One camera-like defect. `strength` runs from 0 (none) to 1 (hard)."""
    return np.asarray(_degrade(image, effect, strength, seed), dtype=np.uint8)


def _degrade(image: Frame, effect: str, strength: float, seed: int) -> Any:
    import cv2

    rng = random.Random(seed)
    padded = cv2.copyMakeBorder(image, 40, 40, 40, 40, cv2.BORDER_CONSTANT, value=235)
    height, width = padded.shape
    if effect == "rotation":
        matrix, size = turn(width, height, 90 * strength * rng.choice((-1, 1)))
        return cv2.warpAffine(padded, matrix, size, borderValue=235)
    if effect == "perspective":
        d = strength * 0.3
        src = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
        dst = np.array([[width * d, height * d * 0.5], [width, 0],
                        [width * (1 - d * 0.3), height], [0, height * (1 - d * 0.5)]],
                       dtype=np.float32)
        return cv2.warpPerspective(padded, cv2.getPerspectiveTransform(src, dst),
                                   (width, height), borderValue=235)
    if effect == "blur":
        kernel = 1 + 2 * int(1 + strength * 4)
        return cv2.GaussianBlur(padded, (kernel, kernel), 0)
    if effect == "noise":
        noise = np.random.default_rng(seed).normal(0, 60 * strength, padded.shape)
        return np.clip(padded + noise, 0, 255).astype(np.uint8)
    if effect == "glare":
        yy, xx = np.mgrid[0:height, 0:width]
        cx, cy = width * rng.uniform(0.3, 0.7), height * rng.uniform(0.3, 0.7)
        spot = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * (min(width, height) / 4) ** 2))
        return np.clip(padded + spot * 255 * strength, 0, 255).astype(np.uint8)
    if effect == "contrast":
        low = 110 + 70 * strength
        return (low + (padded / 255.0) * (255 - low) * (1 - strength * 0.8)).astype(np.uint8)
    raise ValueError(effect)
