"""The shipping label as PDF (4x6 in or 100x150 mm) for laser and PDF-driven printers: the
same content as the ZPL label, text in the embedded Japanese TrueType font, vector bars."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from printing import barcodes, fonts, text_fit
from printing.documents import shipping
from printing.documents.shipping import ShippingLabel
from printing.paper import LabelSize


def render(label: ShippingLabel, size: LabelSize = LabelSize.FOUR_BY_SIX) -> bytes:
    buffer = io.BytesIO()
    width_mm, height_mm = size.mm
    canvas = Canvas(buffer, pagesize=(width_mm * mm, height_mm * mm), pageCompression=1,
                    initialFontName=fonts.family(fonts.GOTHIC))
    canvas.setTitle(f"Shipping label {label.order_id} box {label.box_no}")
    draw(canvas, label, width_mm, height_mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw(canvas: Canvas, label: ShippingLabel, width_mm: float, height_mm: float) -> None:
    font = fonts.family(fonts.GOTHIC)
    inner = width_mm - 8

    def measure(value: str, size: float) -> float:
        return float(pdfmetrics.stringWidth(value, font, size * mm))

    def text(x: float, top: float, value: str, size_mm: float,
             right_mm: float = width_mm - 4) -> None:
        """One line from x to `right_mm` at most: shrunk, then cut, when it is longer."""
        fitted, size = text_fit.fit_line(value, measure, (right_mm - x) * mm, size_mm)
        canvas.setFont(font, size * mm)
        canvas.drawString(x * mm, (height_mm - top - size_mm * 0.85) * mm, fitted)

    def rule(top: float, weight: float = 0.6) -> None:
        canvas.rect(4 * mm, (height_mm - top - weight) * mm, inner * mm, weight * mm,
                    stroke=0, fill=1)

    text(4, 4, f"FROM  {label.brand_name}", 2.6)
    y = 7.5
    for line in label.ship_from.lines():
        text(4, y, line, 3)
        y += 3.8
    rule(y + 1)
    y += 3
    text(4, y, "TO / お届け先", 3)
    y += 4.5
    to_lines = label.ship_to.lines()
    spare = shipping.SPARE_ADDRESS_LINES
    for index, line in enumerate(to_lines):
        size = 6 if index == len(to_lines) - 1 else 4.6
        honorific = " 様" if index == len(to_lines) - 1 and label.ship_to.country == "JP" else ""
        # An address line may take two lines: cut, it could lose the parcel.
        wrapped, size = text_fit.fit_lines(line + honorific, measure, inner * mm, size,
                                           max_lines=2 if spare else 1)
        spare -= len(wrapped) - 1
        for part in wrapped:
            text(4, y, part, size)
            y += size + 1.6
    if label.ship_to.phone:
        text(4, y, f"TEL {label.ship_to.phone}", 3.4)
        y += 5
    rule(y, 0.8)
    y += 2.5
    text(4, y, f"{label.carrier}  {label.service}", 6.5, right_mm=width_mm - 36)
    text(width_mm - 34, y, f"BOX {label.box_no}/{label.box_count}", 6.5)
    y += 9
    text(4, y, f"WEIGHT {label.weight_kg}", 4, right_mm=width_mm / 2 - 2)
    text(width_mm / 2, y, f"REF {label.order_id}", 4)
    y += 7
    text(4, y, "TRACKING", 3)
    pattern = barcodes.modules("code128", label.tracking)
    barcodes.draw_linear(canvas, 8 * mm, (height_mm - y - 22) * mm, pattern,
                         module=0.375 * mm, height=18 * mm)
    text(8, y + 23, " ".join(label.tracking[i:i + 4] for i in range(0, 12, 4)), 4.5)
    y += 31
    rule(y, 0.8)
    y += 2.5
    text(4, y, "SSCC", 3)
    pattern = barcodes.modules("gs1_128", barcodes.gs1_128(("00", label.sscc)))
    module = barcodes.fit_module(pattern, (width_mm - 8) * mm, 0.25 * mm, 0.375 * mm)
    barcodes.draw_linear(canvas, 8 * mm, (height_mm - y - 26) * mm, pattern,
                         module=module, height=22 * mm)
    text(8, y + 27.5, f"(00) {label.sscc}", 4.2)

