"""Decoding still images: the same pipeline as camera frames, one JSON-able record per code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scanning import gs1
from scanning.decoders import Decoded, Decoder
from scanning.interpret import interpret
from scanning.pipeline import ImageProblem, read_image
from station.scans import Scan, ScanSource


def gs1_text(code: Decoded) -> str | None:
    """The text to hand to the GS1 parser (with its symbology identifier), or None."""
    if code.is_gs1:
        prefix = code.symbology_id if code.symbology_id in gs1.SYMBOLOGY_PREFIXES else "]C1"
        return code.text if code.text.startswith(gs1.SYMBOLOGY_PREFIXES) else prefix + code.text
    if gs1.looks_like_gs1(code.text, gs_substitute=""):
        return code.text
    return None


def to_scan(code: Decoded, source: ScanSource = ScanSource.CAMERA) -> Scan:
    """A decoded code as the pack session receives it (GS1 data parsed into its fields)."""
    return interpret(gs1_text(code) or code.text, source=source, gs_substitute="")


def record(image: str, code: Decoded) -> dict[str, Any]:
    text = gs1_text(code)
    return {"image": image, "text": code.text, "symbology": code.symbology.value,
            "position": [list(point) for point in code.position],
            "gs1": gs1.parse(text, gs_substitute="").to_json() if text else None}


def decode_file(path: str, decoder: Decoder) -> list[dict[str, Any]]:
    """One record per code in the image at `path`; one record with `error` if unreadable.
    An image without any code gives no record at all."""
    image = read_image(Path(path))
    if isinstance(image, ImageProblem):
        return [{"image": path, "error": image.reason}]
    return [record(path, code) for code in decoder.decode(image)]
