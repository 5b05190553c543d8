"""The shipping label as ZPL II for thermal printers at 203 or 300 dpi, 4x6 in or 100x150 mm.
Code 128 tracking number (^BC, automatic subsets) and SSCC-18 as GS1-128 (^BC with >; subset
C and >8 FNC1), text in the printer's font or as graphics when it is Japanese."""

from __future__ import annotations

from printing import zpl_text
from printing.documents import shipping
from printing.documents.shipping import ShippingLabel
from printing.paper import MM_PER_INCH, LabelSize, dots


def render(label: ShippingLabel, size: LabelSize = LabelSize.FOUR_BY_SIX,
           dpi: int = 203) -> bytes:
    width_mm, height_mm = size.mm

    def d(millimetres: float) -> int:
        return dots(millimetres, dpi)

    module = 3 if dpi < 250 else 4  # 0.375 / 0.34 mm bars: within carriers' X-dimension
    margin = d(4)
    inner = d(width_mm - 8)
    parts = [
        "^XA^CI28", f"^PW{d(width_mm)}^LL{d(height_mm)}^LH0,0",
        zpl_text.text(margin, d(4), f"FROM  {label.brand_name}", d(2.6), max_width=inner),
    ]
    y = 7.5
    for line in label.ship_from.lines():
        parts.append(zpl_text.text(margin, d(y), line, d(3), max_width=inner))
        y += 3.8
    parts.append(f"^FO{margin},{d(y + 1)}^GB{inner},{d(0.6)},{d(0.6)}^FS")
    y += 3
    parts.append(zpl_text.text(margin, d(y), "TO / お届け先", d(3), max_width=inner))
    y += 4.5
    to_lines = label.ship_to.lines()
    if label.ship_to.country == "JP":
        to_lines[-1] += " 様"
    spare = shipping.SPARE_ADDRESS_LINES
    for index, line in enumerate(to_lines):
        # An address line may take two lines: cut, it could lose the parcel.
        wrapped, height_dots = zpl_text.wrapped(line, d(6 if index == len(to_lines) - 1
                                                        else 4.6), inner,
                                                max_lines=2 if spare else 1)
        spare -= len(wrapped) - 1
        for part in wrapped:
            parts.append(zpl_text.text(margin, d(y), part, height_dots, max_width=inner))
            y += height_dots * MM_PER_INCH / dpi + 1.6
    if label.ship_to.phone:
        parts.append(zpl_text.text(margin, d(y), f"TEL {label.ship_to.phone}", d(3.4),
                                   max_width=inner))
        y += 5
    parts.append(f"^FO{margin},{d(y)}^GB{inner},{d(0.8)},{d(0.8)}^FS")
    y += 2.5
    parts += [
        zpl_text.text(margin, d(y), f"{label.carrier}  {label.service}", d(6.5),
                      max_width=d(width_mm - 40)),
        zpl_text.text(d(width_mm - 34), d(y), f"BOX {label.box_no}/{label.box_count}", d(6.5),
                      max_width=d(30)),
    ]
    y += 9
    parts += [
        zpl_text.text(margin, d(y), f"WEIGHT {label.weight_kg}", d(4),
                      max_width=d(width_mm / 2 - 6)),
        zpl_text.text(d(width_mm / 2), d(y), f"REF {label.order_id}", d(4),
                      max_width=d(width_mm / 2 - 4)),
    ]
    y += 7
    parts += [
        zpl_text.text(margin, d(y), "TRACKING", d(3)),
        f"^BY{module},3,{d(18)}^FO{d(8)},{d(y + 4)}^BCN,{d(18)},N,N,N,A"
        f"^FD{label.tracking}^FS",
        zpl_text.text(d(8), d(y + 23), _grouped(label.tracking), d(4.5)),
    ]
    y += 31
    parts.append(f"^FO{margin},{d(y)}^GB{inner},{d(0.8)},{d(0.8)}^FS")
    y += 2.5
    parts += [
        zpl_text.text(margin, d(y), "SSCC", d(3)),
        f"^BY{module},3,{d(22)}^FO{d(8)},{d(y + 4)}^BCN,{d(22)},N,N,N"
        f"^FD>;>800{label.sscc}^FS",
        zpl_text.text(d(8), d(y + 27.5), f"(00) {label.sscc}", d(4.2)),
        "^XZ",
    ]
    return "\n".join(parts).encode("utf-8")



def _grouped(number: str) -> str:
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))
