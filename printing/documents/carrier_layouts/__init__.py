"""Each carrier's self-issued label as data: the order of the label's sections from the top,
the words the carrier prints (captions, cool and cash-on-delivery marks) and the Codabar
(NW-7) start/stop characters around the 12-digit number. Sources: docs/carrier-labels.md."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from printing.documents.carrier_label import CoolType
from printing.errors import PrintingError
from station.messages import msg

SECTIONS = ("header", "barcode", "marks", "recipient", "sender", "items", "footer")
CODABAR_START_STOP = frozenset("ABCD")


@dataclass(frozen=True)
class CarrierLayout:
    carrier: str
    carrier_name: str  # printed in the header beside the service
    default_service: str
    sections: tuple[str, ...]  # every one of SECTIONS once, top to bottom
    codabar_start: str
    codabar_stop: str
    number_caption: str  # above the barcode
    cod_mark: str  # before the amount to collect
    cool_marks: Mapping[CoolType, str]  # a cool type the carrier does not offer is absent

    def __post_init__(self) -> None:
        if sorted(self.sections) != sorted(SECTIONS):
            raise ValueError(f"{self.carrier}: sections must be {SECTIONS} in some order")
        if not {self.codabar_start, self.codabar_stop} <= CODABAR_START_STOP:
            raise ValueError(f"{self.carrier}: Codabar start/stop must be one of A, B, C, D")

    def barcode_value(self, number: str) -> str:
        """What the symbol encodes and a scanner reads: start, the digits, stop."""
        return f"{self.codabar_start}{number}{self.codabar_stop}"

    def cool_mark(self, cool: CoolType) -> str:
        if cool is CoolType.NONE:
            return ""
        mark = self.cool_marks.get(cool)
        if mark is None:
            raise PrintingError(
                msg("Printing", "{carrier} has no {cool} service: no label was printed.",
                    carrier=self.carrier_name, cool=cool.value),
                msg("Printing", "Choose a service of this carrier that takes the parcel, or "
                    "another carrier."))
        return mark


def layout_for(carrier: str) -> CarrierLayout:
    from printing.documents.carrier_layouts import japanpost, sagawa, yamato

    layouts = {layout.carrier: layout
               for layout in (yamato.LAYOUT, sagawa.LAYOUT, japanpost.LAYOUT)}
    found = layouts.get(carrier.lower())
    if found is None:
        raise PrintingError(
            msg("Printing", "There is no label layout for the carrier {carrier}.",
                carrier=carrier),
            msg("Printing", "Use yamato, sagawa or japanpost, or the generic label."))
    return found


CARRIERS = ("yamato", "sagawa", "japanpost")
