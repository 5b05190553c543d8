"""The re-commerce label for a graded return (100 x 50 mm): brand, title, grade, condition,
price, the new SKU as Code 128 and a QR code to the item's resale page. What goes on it is
the returns core's `RecommerceLabelData` (one definition; printing may import the core, the
core may not import printing), which the returns screen hands to
`PrintService.print_recommerce_label`."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from printing import barcodes, fonts, text_fit
from station.messages import catalogue, msg
from station.returns.models import RecommerceLabelData

WIDTH_MM, HEIGHT_MM = 100.0, 50.0
LEFT_COLUMN_MM = 60.0  # the grade box begins at 62 mm


RecommerceLabel = RecommerceLabelData


def render(label: RecommerceLabel) -> bytes:
    font = fonts.family(fonts.GOTHIC)
    translate = catalogue(label.language)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(WIDTH_MM * mm, HEIGHT_MM * mm), pageCompression=1,
                    initialFontName=font)
    canvas.setTitle(f"Re-commerce label {label.new_sku}")

    def measure(value: str, size: float) -> float:
        return float(pdfmetrics.stringWidth(value, font, size * mm))

    def text(x: float, top: float, value: str, size: float, right: float = LEFT_COLUMN_MM) -> None:
        """One line from x to `right` mm: shrunk, then cut with an ellipsis when longer."""
        fitted, fitted_size = text_fit.fit_line(value, measure, (right - x) * mm, size)
        canvas.setFont(font, fitted_size * mm)
        canvas.drawString(x * mm, (HEIGHT_MM - top - size * 0.85) * mm, fitted)

    text(3, 3, label.brand, 3.2)
    text(3, 7.5, label.title, 3.6)
    text(3, 12.5, translate.render(msg("Re-commerce", "Condition: {condition}",
                                       condition=label.condition)), 2.8)
    text(3, 16.5, f"¥{label.price_yen:,}", 5.5)
    text(3, 23.5, translate.render(msg("Re-commerce", "Was {sku}", sku=label.original_sku)),
         2.3)
    # The grade, large, in a box: sorters read it from across the table.
    canvas.rect(62 * mm, (HEIGHT_MM - 22) * mm, 14 * mm, 19 * mm, stroke=1, fill=0)
    canvas.setFont(font, 3 * mm)
    canvas.drawCentredString(69 * mm, (HEIGHT_MM - 6.5) * mm,
                             translate.render(msg("Re-commerce", "Grade")))
    grade, grade_size = text_fit.fit_line(label.grade, measure, 13 * mm, 11)
    canvas.setFont(font, grade_size * mm)
    canvas.drawCentredString(69 * mm, (HEIGHT_MM - 19.5) * mm, grade)
    barcodes.draw_qr(canvas, 79 * mm, (HEIGHT_MM - 21) * mm, label.qr_url, 18 * mm)
    pattern = barcodes.modules("code128", label.barcode_value)
    module = barcodes.fit_module(pattern, 94 * mm, 0.19 * mm, 0.33 * mm)
    barcodes.draw_linear(canvas, 3 * mm, 7.5 * mm,
                         pattern, module=module, height=11 * mm)
    text(3, HEIGHT_MM - 3 - 2.8 * 0.85, label.new_sku, 2.8, right=WIDTH_MM - 3)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

