"""Carrier labels as PDF (4x6 in or 100x150 mm), one page per box: the plan's text in the
embedded Japanese TrueType font, its Codabar as vector bars."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from printing import barcodes
from printing.documents import text_fit
from printing.documents.carrier_label import CarrierLabelData
from printing.documents.carrier_layouts import CarrierLayout
from printing.documents.carrier_plan import BAR_MODULE_MM, Plan, codabar_pattern, plan
from printing.paper import LabelSize


def render(labels: Sequence[CarrierLabelData], size: LabelSize = LabelSize.FOUR_BY_SIX,
           layout: CarrierLayout | None = None) -> bytes:
    plans = [plan(label, size, layout) for label in labels]  # every page fits before one is drawn
    buffer = io.BytesIO()
    width, height = size.mm
    font = text_fit.font_name()
    canvas = Canvas(buffer, pagesize=(width * mm, height * mm), pageCompression=1,
                    initialFontName=font)
    canvas.setTitle(plans[0].title if len(plans) == 1 else f"{plans[0].title} ...")
    for page in plans:
        draw(canvas, page, font)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw(canvas: Canvas, page: Plan, font: str) -> None:
    ascent = float(pdfmetrics.getFont(font).face.ascent) / 1000

    def y_of(top: float) -> float:
        return float((page.height - top) * mm)

    for frame in page.frames:
        if frame.height <= frame.weight:
            canvas.rect(frame.x * mm, y_of(frame.y + frame.height), frame.width * mm,
                        frame.height * mm, stroke=0, fill=1)
            continue
        half = frame.weight / 2
        canvas.setLineWidth(frame.weight * mm)
        canvas.rect((frame.x + half) * mm, y_of(frame.y + frame.height - half),
                    (frame.width - frame.weight) * mm, (frame.height - frame.weight) * mm,
                    stroke=1, fill=0)
    for text in page.texts:
        canvas.setFont(font, text.size * mm)
        canvas.drawString(text.x * mm, y_of(text.y + text.size * ascent), text.text)
    for bars in page.bars:
        barcodes.draw_linear(canvas, bars.x * mm, y_of(bars.y + bars.height),
                             codabar_pattern(bars.value), module=BAR_MODULE_MM * mm,
                             height=bars.height * mm)
