"""A test page per printer: who printed it, where and when, a Japanese line to prove the font,
a Code 128 and a QR code to prove the scanner can read what this printer makes."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printing import barcodes, fonts, zpl_text
from printing.paper import Paper, dots
from station.messages import Message, catalogue, msg

JAPANESE_SAMPLE = "日本語テスト：東京都江東区 いろはにほへと"


def code_for(station: str) -> str:
    return f"TEST-{station}"


def _lines(station: str, printer: str, at: datetime, language: str) -> list[str]:
    """Title, station, printer, time (in the station's language) and the font sample."""
    translate = catalogue(language)
    texts: list[Message] = [
        msg("Test page", "TEST PAGE"),
        msg("Test page", "Station {station}", station=station),
        msg("Test page", "Printer {printer}", printer=printer),
        msg("Test page", "Printed {time} UTC", time=at.strftime("%Y-%m-%d %H:%M:%S")),
    ]
    return [*(translate.render(text) for text in texts), JAPANESE_SAMPLE]


def pdf(station: str, printer: str, at: datetime, paper: Paper = Paper.A6,
        language: str = "en") -> bytes:
    font = fonts.family(fonts.GOTHIC)
    width, height = paper.points
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=font)
    canvas.setTitle(f"Test page {printer}")
    lines = list(zip(_lines(station, printer, at, language), (14, 10, 10, 10, 9), strict=True))
    y = height - 15 * mm
    for text, size in lines:
        canvas.setFont(font, size)
        canvas.drawString(10 * mm, y, text)
        y -= size * 1.7
    pattern = barcodes.modules("code128", code_for(station))
    barcodes.draw_linear(canvas, 14 * mm, y - 22 * mm, pattern, module=0.33 * mm,
                         height=15 * mm)
    barcodes.draw_qr(canvas, 14 * mm, y - 60 * mm, code_for(station), 30 * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def zpl(station: str, printer: str, at: datetime, dpi: int = 203, language: str = "en") -> bytes:
    def d(millimetres: float) -> int:
        return dots(millimetres, dpi)

    module = 3 if dpi < 250 else 4
    title, station_line, printer_line, time_line, sample = _lines(station, printer, at,
                                                                  language)
    parts = [
        "^XA^CI28", f"^PW{d(101.6)}^LL{d(152.4)}",
        zpl_text.text(d(6), d(6), title, d(8)),
        zpl_text.text(d(6), d(18), station_line, d(4.5)),
        zpl_text.text(d(6), d(25), printer_line, d(4.5), max_width=d(90)),
        zpl_text.text(d(6), d(32), time_line, d(4.5)),
        zpl_text.text(d(6), d(40), sample, d(4.5), max_width=d(90)),
        f"^BY{module},3,{d(15)}^FO{d(10)},{d(50)}^BCN,{d(15)},Y,N,N,A"
        f"^FD{code_for(station)}^FS",
        f"^FO{d(10)},{d(80)}^BQN,2,{module * 2}^FDQA,{code_for(station)}^FS",
        # A frame at the printable edge shows whether the label size is set right.
        f"^FO{d(1)},{d(1)}^GB{d(99.6)},{d(150.4)},{d(0.5)}^FS",
        "^XZ",
    ]
    return "\n".join(parts).encode("utf-8")
