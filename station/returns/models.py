"""What a returns inspector works with: RMAs and their lines, grades, dispositions, refunds,
and the re-commerce label data handed to printing."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from station.messages import Message, msg


class Disposition(StrEnum):
    RESTOCK = "restock"                    # back to stock, sold as new
    RESALE = "resale"                      # re-commerce: graded SKU, second-hand price
    REFURBISH = "refurbish"
    LIQUIDATE = "liquidate"
    RECYCLE = "recycle"                    # recycle or destroy
    RETURN_TO_VENDOR = "return_to_vendor"


class Wants(StrEnum):
    REFUND = "refund"
    EXCHANGE = "exchange"


class RefundKind(StrEnum):
    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"


class RmaStatus(StrEnum):
    EXPECTED = "expected"
    RECEIVED = "received"
    CLOSED = "closed"


@dataclass(frozen=True)
class RmaLine:
    line_no: int
    sku: str
    quantity: int
    unit_price: float = 0.0
    serial: str | None = None


@dataclass(frozen=True)
class Rma:
    id: str
    site: str
    brand: str
    order_id: str
    customer_name: str
    lines: tuple[RmaLine, ...]
    tracking: str | None = None
    reason: str = ""
    reason_text: str = ""
    wants: Wants = Wants.REFUND
    exchange_sku: str | None = None
    unannounced: bool = False
    status: RmaStatus = RmaStatus.EXPECTED

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    def line_for(self, sku: str) -> RmaLine | None:
        return next((line for line in self.lines if line.sku == sku), None)


@dataclass(frozen=True)
class Refund:
    kind: RefundKind
    amount_yen: int
    reason: Message


@dataclass(frozen=True)
class RecommerceLabelData:
    """Exactly the fields of `printing.documents.recommerce.RecommerceLabel`; the UI hands it
    to printing (the station core cannot import printing)."""

    brand: str
    original_sku: str
    new_sku: str
    barcode_value: str
    grade: str
    condition: str
    title: str
    price_yen: int
    qr_url: str
    language: str


@dataclass(frozen=True)
class ItemResult:
    """The decision for one returned unit: grade, where it goes, refund and label."""

    rma_id: str
    unit_no: int
    sku: str
    grade: str
    proposed_grade: str
    disposition: Disposition
    new_sku: str
    price_yen: int
    refund: Refund
    exchange_sku: str | None = None
    channels: dict[str, str] = field(default_factory=dict)
    label: RecommerceLabelData | None = None

    @property
    def overridden(self) -> bool:
        return self.grade != self.proposed_grade


DISPOSITION_NAMES: dict[Disposition, Message] = {
    Disposition.RESTOCK: msg("Returns", "restock as new"),
    Disposition.RESALE: msg("Returns", "re-commerce resale"),
    Disposition.REFURBISH: msg("Returns", "refurbish"),
    Disposition.LIQUIDATE: msg("Returns", "liquidate"),
    Disposition.RECYCLE: msg("Returns", "recycle or destroy"),
    Disposition.RETURN_TO_VENDOR: msg("Returns", "return to vendor"),
}
