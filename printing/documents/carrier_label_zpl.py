"""Carrier labels as ZPL II at 203 or 300 dpi, one ^XA..^XZ per box. Every text is drawn as
a graphic with the embedded Japanese TrueType font (zpl_text.graphic, never clipped), so it
prints at the width the plan measured on any printer; the tracking number is a native
Codabar (^BK) with the carrier's start/stop characters."""

from __future__ import annotations

from collections.abc import Sequence

from printing import zpl_text
from printing.documents.carrier_label import CarrierLabelData
from printing.documents.carrier_layouts import CarrierLayout
from printing.documents.carrier_plan import BAR_MODULE_MM, Plan, plan
from printing.paper import LabelSize, dots


def render(labels: Sequence[CarrierLabelData], size: LabelSize = LabelSize.FOUR_BY_SIX,
           dpi: int = 203, layout: CarrierLayout | None = None) -> bytes:
    plans = [plan(label, size, layout) for label in labels]  # every label fits before one is sent
    return "\n".join(_label(page, dpi) for page in plans).encode("ascii")


def narrow_dots(dpi: int) -> int:
    """The narrow bar in whole printer dots, nearest the plan's module (0.375 mm)."""
    return max(2, round(BAR_MODULE_MM * dpi / 25.4))


def _label(page: Plan, dpi: int) -> str:
    def d(millimetres: float) -> int:
        return dots(millimetres, dpi)

    parts = ["^XA^CI28", f"^PW{d(page.width)}^LL{d(page.height)}^LH0,0"]
    for frame in page.frames:
        weight = max(1, d(frame.weight))
        parts.append(f"^FO{d(frame.x)},{d(frame.y)}"
                     f"^GB{d(frame.width)},{max(weight, d(frame.height))},{weight}^FS")
    for text in page.texts:
        parts.append(f"^FO{d(text.x)},{d(text.y)}{zpl_text.graphic(text.text, d(text.size))}"
                     "^FS")
    narrow = narrow_dots(dpi)
    for bars in page.bars:
        # The symbol is centred on the plan's, whose module may differ from whole dots.
        centre = bars.x + bars.modules * BAR_MODULE_MM / 2
        x = d(centre) - bars.modules * narrow // 2
        start, digits, stop = bars.value[0], bars.value[1:-1], bars.value[-1]
        parts.append(f"^BY{narrow},3.0,{d(bars.height)}^FO{x},{d(bars.y)}"
                     f"^BKN,N,{d(bars.height)},N,N,{start},{stop}^FD{digits}^FS")
    parts.append("^XZ")
    return "\n".join(parts)
