"""Fitting text into a box without cutting it: the largest size between a maximum and a
minimum at which the text, wrapped to the box's width, has room for all its lines.

Widths come from the embedded TrueType font's advance widths (the same font the PDF embeds
and the ZPL graphics are drawn with), so a fitted line is as wide on every output."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from printing import fonts

LEADING = 1.3  # line pitch / font size: room for ascenders, descenders and ZPL rounding
WIDTH_SLACK = 0.96  # rasterised glyphs may be a little wider than their advance widths
SIZE_STEP = 0.94
# Runs of Latin letters and digits (half- or full-width) stay together with the counter
# that follows a number in an address ("1203号室" never breaks); every other character may
# start a line, except the closing marks of Japanese line-breaking rules (kinsoku).
_TOKENS = re.compile(r"[!-~\uff01-\uff5e]+(?:号室|号棟|号館|番地|丁目|号|階|番|棟|室)?| +|.",
                     re.DOTALL)
_NO_LINE_START = set("、。，．・：；？！ー）」』】〕〉》”’ゝゞ々"
                     "ぁぃぅぇぉっゃゅょァィゥェォッャュョ")


@dataclass(frozen=True)
class Fitted:
    size: float  # font size in mm
    lines: tuple[str, ...]

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING


def font_name() -> str:
    return fonts.family(fonts.GOTHIC)


@lru_cache(maxsize=4096)
def width_mm(text: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font_name(), size * mm) / mm)


def fit(text: str, width: float, height: float, largest: float,
        smallest: float) -> Fitted | None:
    """The largest fitting size (mm) and its lines, or None when even `smallest` needs more
    than `height` (the caller says which field and what to do)."""
    size = largest
    while size >= smallest - 1e-9:
        lines = wrap(text, width * WIDTH_SLACK, size)
        if len(lines) * size * LEADING <= height + 1e-9:
            return Fitted(round(size, 3), lines)
        size *= SIZE_STEP
    return None


def wrap(text: str, width: float, size: float) -> tuple[str, ...]:
    """Greedy line breaking at token boundaries; a token wider than the line is split."""
    text = " ".join(text.split())
    lines: list[str] = []
    line = ""
    for token in _tokens(text):
        candidate = line + token
        if width_mm(candidate, size) <= width:
            line = candidate
            continue
        if line.strip():
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = candidate.lstrip()
        while width_mm(line, size) > width and len(line) > 1:
            cut = _longest_prefix(line, width, size)
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return tuple(lines)


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for token in _TOKENS.findall(text):
        if tokens and token[0] in _NO_LINE_START:
            tokens[-1] += token
        else:
            tokens.append(token)
    return tokens


def _longest_prefix(text: str, width: float, size: float) -> int:
    cut = 1
    while cut < len(text) and width_mm(text[:cut + 1], size) <= width:
        cut += 1
    return cut
