"""Text on ZPL labels. Printers' resident fonts have no Japanese glyphs (and offline
renderers refuse them), so any text that is not plain ASCII is drawn with the embedded
TrueType font by Pillow and sent as a ^GFA graphic: it prints the same on every printer."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from printing import fonts, text_fit

# A line without a width (a fixed caption) is still cut: each of its characters may become a
# 3-character ^FH escape, and ZPL refuses field data over 3,072 bytes.
MAX_FIELD_CHARS = 200


@lru_cache(maxsize=64)  # the label sizes at two resolutions, shrunk sizes too
def _font(path: Path, height: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), height)


def escape(text: str) -> str:
    """Field data safe for ^FH (hex escapes with '_'): ^, ~ and _ would end or change it."""
    return "".join(f"_{ord(ch):02X}" if ch in "^~_" else ch for ch in text)


def text(x: int, y: int, value: str, height: int, *, max_width: int | None = None) -> str:
    """One line of text at (x, y) dots, `height` dots tall; with `max_width`, shrunk and then
    cut with an ellipsis to fit (measured with the TrueType font, which is wider than the
    printer's condensed font 0, so the printer's text fits too). Every field stays far below
    the printer's 3 KB field data limit."""
    value = "".join(ch if ch.isprintable() else " " for ch in value)
    if max_width:
        ellipsis = text_fit.ASCII_ELLIPSIS if value.isascii() else text_fit.ELLIPSIS
        value, size = text_fit.fit_line(value, _measure, max_width, height, ellipsis=ellipsis)
        height = max(1, round(size))
    else:
        value = text_fit.clip(value, MAX_FIELD_CHARS, text_fit.ASCII_ELLIPSIS)
    if value.isascii():
        width = f"^FB{max_width},1,0,L,0" if max_width else ""
        return f"^FO{x},{y}^A0N,{height},{height}{width}^FH^FD{escape(value)}^FS"
    return f"^FO{x},{y}{graphic(value, height, max_width)}^FS"


def wrapped(value: str, height: int, max_width: int, max_lines: int = 2) -> tuple[list[str], int]:
    """The lines (at most `max_lines`) and height in dots that `value` takes at `max_width`:
    one line when it fits (shrunk if need be), else wrapped, the last line cut if it must."""
    value = "".join(ch if ch.isprintable() else " " for ch in value)
    ellipsis = text_fit.ASCII_ELLIPSIS if value.isascii() else text_fit.ELLIPSIS
    lines, size = text_fit.fit_lines(value, _measure, max_width, height, max_lines=max_lines,
                                     ellipsis=ellipsis)
    return lines, max(1, round(size))


def _measure(value: str, height: float) -> float:
    return float(_font(fonts.find(fonts.GOTHIC), max(1, round(height))).getlength(value))


@lru_cache(maxsize=1024)
def graphic(value: str, height: int, max_width: int | None = None) -> str:
    font = _font(fonts.find(fonts.GOTHIC), height)
    left, _, right, _ = font.getbbox(value)
    drawn = int(right - min(left, 0))
    width = min(drawn, max_width) if max_width else drawn
    width = max(8, (width + 7) // 8 * 8)
    image = Image.new("1", (width, height + height // 4), 0)
    ImageDraw.Draw(image).text((0, 0), value, font=font, fill=1)
    data = image.tobytes()
    row = width // 8
    return f"^GFA,{len(data)},{len(data)},{row},{data.hex().upper()}"
