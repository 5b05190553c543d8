"""Barcodes as reportlab platypus flowables, for documents laid out as flowing pages."""

from __future__ import annotations

from reportlab.platypus import Flowable

from printing import barcodes


class LinearBarcode(Flowable):  # type: ignore[misc]
    """A 1-D barcode with its quiet zones; `symbology` is a python-barcode name."""

    def __init__(self, symbology: str, value: str, *, module: float, height: float) -> None:
        super().__init__()
        self.pattern = barcodes.modules(symbology, value)
        self.module = module
        self.bar_height = height
        self.width = (len(self.pattern) + 2 * barcodes.QUIET_MODULES) * module
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Never wider than the space given: a long value gets narrower bars, not a layout
        error (a slip must print whatever the order id)."""
        if 0 < available_width < self.width:
            self.module *= available_width / self.width
            self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColorRGB(0, 0, 0)
        barcodes.draw_linear(self.canv, barcodes.QUIET_MODULES * self.module, 0, self.pattern,
                             module=self.module, height=self.bar_height)


class QrCode(Flowable):  # type: ignore[misc]
    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        self.data = data
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColorRGB(0, 0, 0)
        barcodes.draw_qr(self.canv, 0, 0, self.data, self.width)
