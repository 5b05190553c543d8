"""Paper and label sizes in millimetres, and conversions to points and printer dots.

Outside `printing.documents` (whose package imports reportlab) so the settings, which the
station reads at start, name paper sizes without loading reportlab."""

from __future__ import annotations

from enum import StrEnum

MM_PER_INCH = 25.4
POINTS_PER_MM = 72 / MM_PER_INCH


class LabelSize(StrEnum):
    FOUR_BY_SIX = "4x6"
    MM_100X150 = "100x150"

    @property
    def mm(self) -> tuple[float, float]:
        return (101.6, 152.4) if self is LabelSize.FOUR_BY_SIX else (100.0, 150.0)


class Paper(StrEnum):
    A4 = "A4"
    A5 = "A5"
    A6 = "A6"
    LETTER = "Letter"

    @property
    def mm(self) -> tuple[float, float]:
        return {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "A6": (105.0, 148.0),
                "Letter": (215.9, 279.4)}[self.value]

    @property
    def points(self) -> tuple[float, float]:
        width, height = self.mm
        return width * POINTS_PER_MM, height * POINTS_PER_MM


def dots(millimetres: float, dpi: int) -> int:
    return round(millimetres * dpi / MM_PER_INCH)
