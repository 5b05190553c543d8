"""The media size and orientation of a document, as CUPS job options.

Without them CUPS prints on the queue's default paper: a 4x6 in label arrives centred on an
A4 page. The size is read from the document itself (the first page's MediaBox, /Rotate
applied), so every document prints on what it was drawn for; ZPL goes raw."""

from __future__ import annotations

import re
from dataclasses import dataclass

POINTS_PER_INCH = 72.0
POINTS_PER_MM = POINTS_PER_INCH / 25.4

# Sizes every CUPS driver knows by name (PWG / PPD), within a point.
NAMED_SIZES: dict[str, tuple[float, float]] = {
    "A4": (595.28, 841.89), "A5": (419.53, 595.28), "A6": (297.64, 419.53),
    "Letter": (612.0, 792.0),
}

_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")
_ROTATE = re.compile(rb"/Rotate\s+(-?\d+)")


@dataclass(frozen=True)
class PageSize:
    """A page as it is meant to be seen, in points."""

    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height


def first_page_size(document: bytes) -> PageSize | None:
    """The first page's size from its MediaBox, or None when the PDF does not show one
    plainly (our documents are reportlab's, whose page dictionaries are never compressed)."""
    box = _MEDIA_BOX.search(document)
    if box is None:
        return None
    try:
        x0, y0, x1, y1 = (float(value) for value in box.groups())
    except ValueError:
        return None
    width, height = abs(x1 - x0), abs(y1 - y0)
    if width < 1 or height < 1:
        return None
    window = document[max(0, box.start() - 400):box.end() + 400]
    rotate = _ROTATE.search(window)
    if rotate is not None and int(rotate.group(1)) % 180:
        width, height = height, width
    return PageSize(width, height)


def media_name(size: PageSize) -> str:
    """The CUPS `media` value for the page's portrait form: a known name (A4, Letter ...),
    whole or quarter inches (`Custom.4x6in`), else millimetres (`Custom.100x150mm`)."""
    short, long = sorted((size.width, size.height))
    for name, (width, height) in NAMED_SIZES.items():
        if abs(short - width) <= 1 and abs(long - height) <= 1:
            return name
    inches = (short / POINTS_PER_INCH, long / POINTS_PER_INCH)
    if all(abs(value * 4 - round(value * 4)) < 0.01 for value in inches):
        return f"Custom.{_number(inches[0])}x{_number(inches[1])}in"
    return (f"Custom.{_number(round(short / POINTS_PER_MM, 1))}x"
            f"{_number(round(long / POINTS_PER_MM, 1))}mm")


def _number(value: float) -> str:
    return f"{round(value, 2):g}"


def cups_options(fmt: str, document: bytes) -> list[str]:
    """`lp` options for a job: ZPL raw; a PDF on media of its own size, portrait or
    landscape as drawn, never scaled to the queue's paper."""
    if fmt == "zpl":
        return ["-o", "raw"]
    size = first_page_size(document) if fmt == "pdf" else None
    if size is None:
        return []
    orientation = "4" if size.landscape else "3"
    return ["-o", f"media={media_name(size)}", "-o", f"orientation-requested={orientation}",
            "-o", "fit-to-page=false", "-o", "print-scaling=none"]
