"""Where everything goes on a carrier label, in millimetres from the top left, decided once
for both outputs: the PDF and ZPL renderers draw this plan and nothing else.

Each section of the label has a fixed band; each text field has its own box inside its band
and is fitted into it (smaller print, then more lines). Boxes never share space, so text
cannot overprint; a field that does not fit even in the smallest print is refused with its
name, never cut."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import barcode.codabar

from printing.documents import text_fit
from printing.documents.carrier_label import CarrierLabelData
from printing.documents.carrier_layouts import CarrierLayout, layout_for
from printing.errors import PrintingError
from printing.paper import LabelSize
from station.messages import Localized, msg

MARGIN = 3.0
GAP = 2.0  # between boxes side by side
RULE = 0.4
BAR_HEIGHT = 14.0
BAR_MODULE_MM = 0.375  # the narrow element; wide = 3 narrow
# Fixed bands (mm); the recipient's band takes what is left.
BANDS = {"header": 12.0, "barcode": 27.0, "marks": 12.0, "sender": 25.0, "items": 15.5,
         "footer": 7.0}
WEEKDAYS = "月火水木金土日"


class Box(NamedTuple):
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # top of the line box
    size: float
    text: str


@dataclass(frozen=True)
class Frame:
    """An outline `weight` thick; a frame no taller than its weight is a filled rule."""

    x: float
    y: float
    width: float
    height: float
    weight: float


@dataclass(frozen=True)
class Bars:
    """A Codabar symbol: `value` with its start/stop characters, first bar at x."""

    x: float
    y: float
    height: float
    value: str
    modules: int  # symbol width in narrow modules


@dataclass
class Plan:
    width: float
    height: float
    title: str
    texts: list[Text] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    bars: list[Bars] = field(default_factory=list)


def codabar_pattern(value: str) -> str:
    """Bars ('1') and spaces ('0') in narrow modules, wide elements three modules wide (the
    ratio a ZPL printer's ^BY...,3 prints), narrow gaps between characters."""
    return "".join(barcode.codabar.CODABAR(value, narrow=1, wide=3).build())


def plan(data: CarrierLabelData, size: LabelSize = LabelSize.FOUR_BY_SIX,
         layout: CarrierLayout | None = None) -> Plan:
    """`layout` overrides the carrier's built-in one (e.g. start/stop characters from the
    contract, where the carrier's label certification asks for others)."""
    layout = layout or layout_for(data.carrier)
    width, height = size.mm
    result = Plan(width, height, f"{layout.carrier_name} {data.order_id} "
                                 f"{data.box_no}/{data.box_count}")
    builder = _Builder(result, data, layout)
    fixed = sum(BANDS.values())
    top = MARGIN
    for index, section in enumerate(layout.sections):
        band = BANDS.get(section, height - 2 * MARGIN - fixed)
        if index:
            result.frames.append(Frame(MARGIN, top, width - 2 * MARGIN, RULE, RULE))
        builder.sections[section](top + (RULE + 0.8 if index else 0), band - RULE - 0.8)
        top += band
    return result


class _Builder:
    def __init__(self, result: Plan, data: CarrierLabelData, layout: CarrierLayout) -> None:
        self.plan = result
        self.data = data
        self.layout = layout
        self.left = MARGIN
        self.inner = result.width - 2 * MARGIN
        self.sections: dict[str, Callable[[float, float], None]] = {
            "header": self.header, "barcode": self.barcode, "marks": self.marks,
            "recipient": self.recipient, "sender": self.sender, "items": self.items,
            "footer": self.footer}

    def text(self, what: Localized, value: str, box: Box, sizes: tuple[float, float]) -> float:
        """Fit `value` into the box between the largest and smallest size (mm); returns the
        height it takes."""
        x, y, width, height = box
        fitted = text_fit.fit(value, width, height, *sizes)
        if fitted is None:
            raise PrintingError(
                msg("Printing", "The {field} does not fit on the {carrier} label even in the "
                    "smallest print: {value}", field=what, carrier=self.layout.carrier_name,
                    value=value),
                msg("Printing", "Shorten it (a supervisor can correct the address on the "
                    "station), then print again."))
        for index, line in enumerate(fitted.lines):
            self.plan.texts.append(Text(x, y + index * fitted.size * text_fit.LEADING,
                                        fitted.size, line))
        return fitted.height

    def caption(self, value: str, x: float, y: float, width: float) -> None:
        self.text(Localized("caption", "見出し"), value, Box(x, y, width, 3.4), (2.5, 2.0))

    def header(self, top: float, band: float) -> None:
        count_width = 28.0
        name = f"{self.layout.carrier_name} {self.data.service}"
        name_box = Box(self.left, top + 1, self.inner - count_width - GAP, band - 1.5)
        self.text(Localized("carrier and service", "運送会社とサービス"), name, name_box,
                  (7.0, 3.0))
        box_x = self.left + self.inner - count_width
        self.plan.frames.append(Frame(box_x, top, count_width, band - 1, 0.5))
        self.caption("個数", box_x + 1.2, top + 0.8, 7.0)
        count = f"{self.data.box_no}/{self.data.box_count}"
        self.text(Localized("box count", "個数"), count,
                  Box(box_x + 9, top + 1.5, count_width - 10.5, band - 3.5), (7.0, 3.0))

    def barcode(self, top: float, band: float) -> None:
        self.caption(self.layout.number_caption, self.left, top + 0.5, self.inner / 2)
        value = self.layout.barcode_value(self.data.tracking_number)
        modules = len(codabar_pattern(value))
        x = self.left + (self.inner - modules * BAR_MODULE_MM) / 2
        self.plan.bars.append(Bars(x, top + 4.5, BAR_HEIGHT, value, modules))
        hri = self.data.grouped_number
        size = 4.5
        hri_x = self.left + (self.inner - text_fit.width_mm(hri, size)) / 2
        hri_top = top + 5 + BAR_HEIGHT
        self.text(Localized("tracking number", "伝票番号"), hri,
                  Box(hri_x, hri_top, self.inner / 2, top + band - hri_top), (size, 3.0))

    def marks(self, top: float, band: float) -> None:
        cell = (self.inner - 3 * GAP) / 4
        data = self.data
        day = data.delivery_date
        date = (f"{day.month}月{day.day}日({WEEKDAYS[day.weekday()]})" if day else "指定なし")
        cool = self.layout.cool_mark(data.cool)
        cod = f"¥{data.cod_amount_yen:,}" if data.cod_amount_yen is not None else ""
        cells = [("配達指定日", date, False), ("時間帯", data.time_slot or "指定なし", False),
                 ("クール", cool, True), (self.layout.cod_mark, cod, True)]
        for index, (caption, value, framed) in enumerate(cells):
            if not value:
                continue
            x = self.left + index * (cell + GAP)
            if framed:
                self.plan.frames.append(Frame(x, top, cell, band - 0.5, 0.6))
            self.caption(caption, x + 1, top + 0.6, cell - 2)
            self.text(Localized("delivery mark", "配達の指定"), value,
                      Box(x + 1, top + 4, cell - 2, band - 4.8), (4.6, 2.4))

    def recipient(self, top: float, band: float) -> None:
        to = self.data.recipient
        left, width = self.left + 2, self.inner - 2
        self.caption("お届け先", self.left, top + 0.5, self.inner)
        y = top + 4.5
        y += self.text(Localized("recipient's postcode", "お届け先の郵便番号"),
                       f"〒{to.postcode}", Box(self.left, y, self.inner, 5.3), (4.0, 3.0))
        y += 0.3
        phone_height = 4.8
        rest = top + band - y - phone_height - 0.6
        address_height = rest * 0.55
        self.text(Localized("recipient's address", "お届け先の住所"),
                  f"{to.region}{to.city}{to.street}", Box(left, y, width, address_height),
                  (4.6, 2.4))
        y += address_height + 0.3
        honorific = " 様" if to.country == "JP" else ""
        self.text(Localized("recipient's name", "お届け先の氏名"), f"{to.name}{honorific}",
                  Box(left, y, width, rest - address_height - 0.3), (7.0, 3.2))
        if to.phone:
            self.text(Localized("recipient's phone", "お届け先の電話"), f"電話 {to.phone}",
                      Box(left, top + band - phone_height, width, phone_height), (3.6, 2.4))

    def sender(self, top: float, band: float) -> None:
        sender = self.data.sender
        left, width = self.left + 2, self.inner - 2
        self.caption("ご依頼主", self.left, top + 0.5, self.inner)
        address = f"〒{sender.postcode} {sender.region}{sender.city}{sender.street}"
        self.text(Localized("sender's address", "ご依頼主の住所"), address,
                  Box(left, top + 4.2, width, 8.8), (3.4, 2.2))
        self.text(Localized("sender's name", "ご依頼主の氏名"), sender.name,
                  Box(left, top + 13.2, width, 6.0), (4.2, 2.4))
        if sender.phone:
            self.text(Localized("sender's phone", "ご依頼主の電話"), f"電話 {sender.phone}",
                      Box(left, top + band - 4.3, width, 4.3), (3.2, 2.2))

    def items(self, top: float, band: float) -> None:
        self.caption("品名", self.left, top + 0.5, self.inner)
        self.text(Localized("description of contents", "品名"), self.data.items,
                  Box(self.left + 2, top + 4.2, self.inner - 2, band - 4.4), (4.0, 2.4))

    def footer(self, top: float, band: float) -> None:
        half = (self.inner - GAP) / 2
        self.text(Localized("order number", "ご注文番号"), f"ご注文番号 {self.data.order_id}",
                  Box(self.left, top + 0.5, half, band - 0.7), (3.6, 2.2))
        self.text(Localized("brand", "ブランド"), self.data.brand,
                  Box(self.left + half + GAP, top + 0.5, half, band - 0.7), (3.6, 2.2))
