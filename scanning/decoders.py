"""Barcode decoders behind one interface: a grayscale frame in, `Decoded` codes out.

Two libraries, because they complement each other on camera photos (see docs/scanning.md):
zxing-cpp reads every symbology we need, DataMatrix included; zbar (pyzbar) reads some EAN/UPC
photos zxing-cpp misses. `scanning.pipeline` combines them per symbology."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

Frame = npt.NDArray[np.uint8]
Point = tuple[int, int]


class Symbology(StrEnum):
    EAN13 = "EAN-13"
    EAN8 = "EAN-8"
    UPCA = "UPC-A"
    UPCE = "UPC-E"
    CODE128 = "Code 128"
    GS1_128 = "GS1-128"
    CODE39 = "Code 39"
    ITF = "ITF"
    QR = "QR"
    DATAMATRIX = "DataMatrix"
    GS1_DATAMATRIX = "GS1 DataMatrix"
    DATABAR = "GS1 DataBar"
    OTHER = "other"


@dataclass(frozen=True)
class Decoded:
    """One code found in a frame. `text` is the content as sent (GS1 separators as GS);
    `symbology_id` is the AIM identifier (]C1 for GS1-128 ...) when the decoder knows it."""

    text: str
    symbology: Symbology
    position: tuple[Point, ...]
    decoder: str
    symbology_id: str = ""
    raw: bytes = b""

    @property
    def is_gs1(self) -> bool:
        return self.symbology in {Symbology.GS1_128, Symbology.GS1_DATAMATRIX,
                                  Symbology.DATABAR} or self.symbology_id in {"]C1", "]d2", "]Q3",
                                                                              "]e0"}

    def box(self) -> tuple[int, int, int, int]:
        """Bounding rectangle (x, y, width, height) for drawing."""
        xs = [x for x, _ in self.position]
        ys = [y for _, y in self.position]
        if not xs:
            return (0, 0, 0, 0)
        return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


class Decoder(Protocol):
    name: str

    def decode(self, gray: Frame) -> list[Decoded]: ...


_ZXING_NAMES = {
    "EAN13": Symbology.EAN13, "EAN8": Symbology.EAN8, "UPCA": Symbology.UPCA,
    "UPCE": Symbology.UPCE, "Code128": Symbology.CODE128, "Code39": Symbology.CODE39,
    "Code39Std": Symbology.CODE39, "Code39Ext": Symbology.CODE39, "ITF": Symbology.ITF,
    "ITF14": Symbology.ITF, "QRCode": Symbology.QR, "MicroQRCode": Symbology.QR,
    "DataMatrix": Symbology.DATAMATRIX, "DataBar": Symbology.DATABAR,
    "DataBarExp": Symbology.DATABAR, "DataBarExpStk": Symbology.DATABAR,
    "DataBarOmni": Symbology.DATABAR, "DataBarLtd": Symbology.DATABAR,
}

_ZBAR_NAMES = {
    "EAN13": Symbology.EAN13, "EAN8": Symbology.EAN8, "UPCA": Symbology.UPCA,
    "UPCE": Symbology.UPCE, "CODE128": Symbology.CODE128, "CODE39": Symbology.CODE39,
    "I25": Symbology.ITF, "QRCODE": Symbology.QR, "DATABAR": Symbology.DATABAR,
    "DATABAR_EXP": Symbology.DATABAR,
}


# The symbologies a warehouse station reads. Asking zxing-cpp for these only (not PDF417,
# Aztec, MaxiCode ...) halves its time per frame (bench/bench_decode.py).
WAREHOUSE_FORMATS = ("EAN13", "EAN8", "UPCA", "UPCE", "Code128", "Code39", "ITF", "QRCode",
                     "DataMatrix", "DataBar", "DataBarExp")
# The 1D ones, for strips cut across a code's bars (scanning.retries).
LINEAR_FORMATS = ("EAN13", "EAN8", "UPCA", "UPCE", "Code128", "Code39", "ITF", "DataBar",
                  "DataBarExp")


class ZxingDecoder:
    """zxing-cpp: all our symbologies, GS1 flagged by its AIM symbology identifier.
    `try_invert` also looks for light-on-dark codes (a few phone-screen QR codes): it costs
    a second pass over frames with no code."""

    name = "zxing-cpp"

    def __init__(self, formats: tuple[str, ...] = WAREHOUSE_FORMATS, try_rotate: bool = True,
                 try_invert: bool = False) -> None:
        import zxingcpp

        self._zxing = zxingcpp
        self._formats = zxingcpp.BarcodeFormats(
            [getattr(zxingcpp.BarcodeFormat, name) for name in formats])
        self._try_rotate = try_rotate
        self._try_invert = try_invert

    def decode(self, gray: Frame) -> list[Decoded]:
        zx = self._zxing
        found: list[Decoded] = []
        for result in zx.read_barcodes(gray, formats=self._formats,
                                       text_mode=zx.TextMode.Plain,
                                       try_rotate=self._try_rotate,
                                       try_invert=self._try_invert):
            format_name = getattr(result.format, "name", str(result.format)).replace(" ", "")
            symbology = _ZXING_NAMES.get(format_name, Symbology.OTHER)
            symbology_id = result.symbology_identifier or ""
            if symbology is Symbology.CODE128 and symbology_id == "]C1":
                symbology = Symbology.GS1_128
            elif symbology is Symbology.DATAMATRIX and symbology_id == "]d2":
                symbology = Symbology.GS1_DATAMATRIX
            position = result.position
            points = tuple((int(p.x), int(p.y)) for p in (
                position.top_left, position.top_right, position.bottom_right,
                position.bottom_left))
            found.append(Decoded(result.text, symbology, points, self.name, symbology_id,
                                 bytes(result.bytes)))
        return found


class ZbarDecoder:
    """zbar through pyzbar: no DataMatrix, but it reads some retail photos zxing-cpp misses.
    `symbols` limits it to the symbologies it is consulted for (faster, fewer false reads).
    zbar scans every pixel row, so frames wider than `max_width` are halved first (a code a
    packer holds up to a 720p camera is still 2+ pixels per module after halving)."""

    name = "pyzbar"

    def __init__(self, symbols: tuple[Symbology, ...] | None = None,
                 max_width: int | None = 960) -> None:
        from pyzbar import pyzbar

        self._pyzbar = pyzbar
        self._max_width = max_width
        wanted = None
        if symbols is not None:
            by_name = {s: name for name, s in _ZBAR_NAMES.items()}
            wanted = [getattr(pyzbar.ZBarSymbol, by_name[s]) for s in symbols if s in by_name]
        self._symbols = wanted

    def decode(self, gray: Frame) -> list[Decoded]:
        scale = 1
        while self._max_width and gray.shape[1] // scale > self._max_width:
            scale *= 2
        image: Any = gray
        if scale > 1:
            import cv2

            image = cv2.resize(gray, (gray.shape[1] // scale, gray.shape[0] // scale),
                               interpolation=cv2.INTER_AREA)
        found: list[Decoded] = []
        for result in self._pyzbar.decode(image, symbols=self._symbols):
            symbology = _ZBAR_NAMES.get(result.type, Symbology.OTHER)
            text = result.data.decode("utf-8", errors="replace")
            symbology_id = ""
            if symbology is Symbology.CODE128 and "\x1d" in text:
                symbology, symbology_id = Symbology.GS1_128, "]C1"
            points = tuple((int(p.x) * scale, int(p.y) * scale) for p in result.polygon)
            found.append(Decoded(text, symbology, points, self.name, symbology_id, result.data))
        return found
