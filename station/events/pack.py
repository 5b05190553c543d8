"""The pack flow's events (subject: the order id). `PackState` folds them."""

from __future__ import annotations

from station.events.base import EventPayload, Part
from station.limits import BoxNo, Code, Count, Grams, Id, LineNo, Name, Quantity, Text, Total

ORDER = "order"


class OrderEvent(EventPayload):
    """An event of one order's packing: its subject is the order id."""

    SUBJECT = ORDER


class NamesOrder(OrderEvent):
    """An order event whose payload names its order too (the same id as its subject)."""

    order_id: Id


class OrderOpened(NamesOrder):
    TYPE = "OrderOpened"
    brand: Id
    lines: Count
    units: Total
    box_type: Id | None = None


class OrderReleased(OrderEvent):
    TYPE = "OrderReleased"


class ItemPacked(NamesOrder):
    TYPE = "ItemPacked"
    line_no: LineNo
    sku: Id
    gtin: Id
    quantity: Quantity
    box_no: BoxNo
    lot: Id | None = None
    expiry: Name | None = None
    serial: Id | None = None
    source: Name


class WrongItemScanned(OrderEvent):
    TYPE = "WrongItemScanned"
    sku: Id
    gtin: Id | None = None


class OverScanned(OrderEvent):
    TYPE = "OverScanned"
    sku: Id
    line_no: LineNo
    quantity: Quantity
    remaining: Count


class UnknownCodeScanned(OrderEvent):
    TYPE = "UnknownCodeScanned"
    code: Code
    gtin: Id | None = None


class ItemRefused(OrderEvent):
    """A unit that must not ship: `reason` is duplicate_serial (with `serial`), expired or
    short_dated (with `lot` and `expiry`)."""

    TYPE = "ItemRefused"
    sku: Id
    reason: Name
    serial: Id | None = None
    lot: Id | None = None
    expiry: Name | None = None


class WrongItemAcknowledged(OrderEvent):
    TYPE = "WrongItemAcknowledged"


class ScanUndone(OrderEvent):
    """Undoes `undone_event`; a box change carries what to restore."""

    TYPE = "ScanUndone"
    undone_event: Id
    undone_type: Name
    box_no: BoxNo | None = None
    previous_box_type: Id | None = None


class BoxStarted(OrderEvent):
    TYPE = "BoxStarted"
    box_no: BoxNo
    box_type: Id | None = None


class BoxChosen(OrderEvent):
    TYPE = "BoxChosen"
    box_no: BoxNo
    box_type: Id
    previous_box_type: Id | None = None


class WeightChecked(OrderEvent):
    TYPE = "WeightChecked"
    box_no: BoxNo
    weight_g: Grams
    expected_g: Total
    within: bool


class PackedUnit(Part):
    sku: Id
    quantity: Quantity
    lot: Id | None = None
    serial: Id | None = None


class PackedBox(Part):
    box_no: BoxNo
    box_type: Id | None = None
    items: tuple[PackedUnit, ...] = ()


class PackerUnits(Part):
    """Units of a sealed order one badge packed."""

    badge: Name
    units: Total


class OrderPacked(NamesOrder):
    """The order is sealed: also the request for its documents (see station.printing).
    `packers` splits `units` by who scanned them when not all were packed by the sealer
    (a hand-over); empty, every unit is the sealer's."""

    TYPE = "OrderPacked"
    units: Total
    lines: Count
    boxes: tuple[PackedBox, ...] = ()
    packers: tuple[PackerUnits, ...] = ()


class ExceptionReported(OrderEvent):
    """The order went to the exception queue: for a short or damaged item, which (`sku`) and
    how many (`quantity`); `note` says what happened (required for OTHER)."""

    TYPE = "ExceptionReported"
    reason: Name
    missing_units: Total
    sku: Id | None = None
    quantity: Quantity | None = None
    note: Text | None = None


class ReprintRequested(NamesOrder):
    TYPE = "ReprintRequested"


class PackingStopped(OrderEvent):
    """The hub cancelled or held the order while it was being packed."""

    TYPE = "PackingStopped"
    reason: Name
    hold: Text | None = None


# Events CMD:UNDO can take back, newest first.
UNDOABLE = frozenset({ItemPacked.TYPE, BoxStarted.TYPE, BoxChosen.TYPE})
