"""The answer barcode sheet of a brand as an image (Code 128 by python-barcode, laid out with
Pillow), to print once and keep at the returns bench."""

from __future__ import annotations

from pathlib import Path

import barcode
from barcode.writer import ImageWriter
from PIL import Image, ImageDraw, ImageFont

from station.messages import catalogue
from station.returns.codes import SheetCode

FONT = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
CELL = (760, 200)
COLUMNS = 2


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.truetype(str(FONT), size) if FONT.exists() else ImageFont.load_default()


def render_sheet(title: str, codes: list[SheetCode], language: str = "en") -> Image.Image:
    rows = (len(codes) + COLUMNS - 1) // COLUMNS
    sheet = Image.new("RGB", (CELL[0] * COLUMNS, 90 + CELL[1] * rows), "white")
    draw = ImageDraw.Draw(sheet)
    draw.text((30, 25), title, fill="black", font=_font(40))
    words = catalogue(language)
    caption_font = _font(26)
    for index, entry in enumerate(codes):
        x = (index % COLUMNS) * CELL[0] + 30
        y = 90 + (index // COLUMNS) * CELL[1]
        symbol = barcode.get("code128", entry.code, writer=ImageWriter()).render(
            # 0.254 mm at 200 dpi: every bar is exactly 2 pixels wide, never resampled.
            {"module_width": 0.254, "module_height": 12.0, "quiet_zone": 3.0, "font_size": 8,
             "text_distance": 5.0, "dpi": 200})
        sheet.paste(symbol, (x, y))
        draw.text((x, y + symbol.height + 4), words.render(entry.caption), fill="black",
                  font=caption_font)
    return sheet
