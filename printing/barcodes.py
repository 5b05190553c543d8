"""Barcodes as vectors: python-barcode encodes, we draw the bars as reportlab rectangles, so
a PDF printed at any resolution keeps crisp edges. QR codes come from segno the same way."""

from __future__ import annotations

from functools import lru_cache

import barcode
import segno
from reportlab.pdfgen.canvas import Canvas

FNC1 = "\xf1"  # python-barcode's FNC1 in GS1-128 data (between variable-length AIs)
QUIET_MODULES = 10


@lru_cache(maxsize=512)
def modules(symbology: str, value: str) -> str:
    """The bar pattern as '1' (bar) and '0' (space) modules, without quiet zones.
    `symbology` is a python-barcode name: code128, gs1_128, ean13."""
    code = barcode.get(symbology, value)
    return "".join(code.build())


def full_ean13(first_twelve: str) -> str:
    """The 13 digits printed under an EAN-13 (python-barcode adds the check digit)."""
    return str(barcode.get("ean13", first_twelve).get_fullcode())


def gs1_128(*elements: tuple[str, str]) -> str:
    """GS1-128 data for python-barcode from (AI, value) pairs; FNC1 after variable-length
    values that are not last (AI 10 lot, 21 serial)."""
    fixed = {"00", "01", "02", "11", "13", "15", "17"}
    parts = []
    for index, (ai, value) in enumerate(elements):
        parts.append(ai + value)
        if ai not in fixed and index < len(elements) - 1:
            parts.append(FNC1)
    return "".join(parts)


def hri(*elements: tuple[str, str]) -> str:
    """Human-readable interpretation: (00)045891230000000018."""
    return "".join(f"({ai}){value}" for ai, value in elements)


def draw_linear(canvas: Canvas, x: float, y: float, pattern: str, *, module: float,
                height: float) -> float:
    """Draw bars with the first bar at `x`, bottom at `y`; returns the symbol width."""
    run_start = None
    for index, bit in enumerate(pattern + "0"):
        if bit == "1" and run_start is None:
            run_start = index
        elif bit == "0" and run_start is not None:
            canvas.rect(x + run_start * module, y, (index - run_start) * module, height,
                        stroke=0, fill=1)
            run_start = None
    return len(pattern) * module


def fit_module(pattern: str, width: float, minimum: float, maximum: float) -> float:
    """The widest module (<= maximum) that fits the symbol with quiet zones into `width`."""
    wanted = width / (len(pattern) + 2 * QUIET_MODULES)
    return max(minimum, min(maximum, wanted))


@lru_cache(maxsize=256)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    code = segno.make_qr(data, error="m")
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def draw_qr(canvas: Canvas, x: float, y: float, data: str, size: float) -> None:
    """A QR code whose symbol (without quiet zone) fills the square `size` at (x, y)."""
    matrix = qr_matrix(data)
    cell = size / len(matrix)
    top = y + size
    for row_index, row in enumerate(matrix):
        start = None
        for col, dark in enumerate((*row, False)):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                canvas.rect(x + start * cell, top - (row_index + 1) * cell,
                            (col - start) * cell, cell, stroke=0, fill=1)
                start = None
