"""What a Japanese carrier's self-issued label (送り状 自社発行) says, as one plain value.

`CarrierLabelData` is the only input of the carrier label renderers: whoever knows the order
and the carrier contract maps them to it (one value per box), the renderers know nothing of
orders, contracts or the journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from printing.errors import PrintingError
from station.messages import msg
from station.models import Address

TRACKING_DIGITS = 12


class CoolType(StrEnum):
    NONE = "none"
    CHILLED = "chilled"  # 冷蔵
    FROZEN = "frozen"  # 冷凍


@dataclass(frozen=True)
class CarrierLabelData:
    """One box's label. `carrier` is yamato, sagawa or japanpost; `service` is printed as
    given (宅急便, 飛脚宅配便, ゆうパック, ...); `time_slot` is the slot's printed label
    (午前中, 14-16時); `cod_amount_yen` is None when the parcel is not cash on delivery."""

    carrier: str
    service: str
    tracking_number: str
    recipient: Address
    sender: Address
    items: str
    box_no: int
    box_count: int
    order_id: str
    brand: str
    delivery_date: date | None = None
    time_slot: str = ""
    cool: CoolType = CoolType.NONE
    cod_amount_yen: int | None = None

    def __post_init__(self) -> None:
        number = self.tracking_number
        if len(number) != TRACKING_DIGITS or not number.isascii() or not number.isdigit():
            raise PrintingError(
                msg("Printing", "The tracking number {number} is not 12 digits: no label "
                    "was printed.", number=number),
                msg("Printing", "Issue a new tracking number for the box and print again."))
        if not 1 <= self.box_no <= self.box_count:
            raise PrintingError(
                msg("Printing", "Box {box} of {count} does not exist: no label was printed.",
                    box=self.box_no, count=self.box_count),
                msg("Printing", "Check the number of boxes of the order and print again."))
        if self.cod_amount_yen is not None and self.cod_amount_yen <= 0:
            raise PrintingError(
                msg("Printing", "The cash-on-delivery amount {amount} yen is not positive.",
                    amount=self.cod_amount_yen),
                msg("Printing", "Correct the amount to collect, or remove cash on delivery."))

    @property
    def grouped_number(self) -> str:
        """The human-readable number as carriers print it: 0000-0000-0000."""
        number = self.tracking_number
        return "-".join(number[i:i + 4] for i in range(0, TRACKING_DIGITS, 4))
