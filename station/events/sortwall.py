"""The sort wall's events (subject: the batch id). `station.sortwall.wall` folds them."""

from __future__ import annotations

from station.events.base import EventPayload, Part
from station.limits import Code, Count, Id, Name, Quantity, SlotNo, Text, Total

BATCH = "batch"


class BatchEvent(EventPayload):
    """An event of one batch's sorting: its subject is the batch id."""

    SUBJECT = BATCH
    batch_id: Id


class BatchOpened(BatchEvent):
    """The batch tote was scanned: sorting starts (or starts over after a close)."""

    TYPE = "BatchOpened"
    tote: Id
    slots: SlotNo
    orders: Count
    units: Total


class ItemSorted(BatchEvent):
    """One unit put into `slot` for `order_id` (its first unit gives the order the slot)."""

    TYPE = "ItemSorted"
    slot: SlotNo
    order_id: Id
    sku: Id
    gtin: Id
    source: Name


class StrayItemScanned(BatchEvent):
    """An item no open order of the batch needs (`sku` None: not in the catalogue)."""

    TYPE = "StrayItemScanned"
    code: Code
    sku: Id | None = None


class SortUndone(BatchEvent):
    """Takes back `undone_event` (an ItemSorted or a StrayItemScanned): a compensating event,
    never a deletion."""

    TYPE = "SortUndone"
    undone_event: Id
    undone_type: Name


class SlotEmptied(BatchEvent):
    """The slot's label was scanned: its units went to the pack bench with its order."""

    TYPE = "SlotEmptied"
    slot: SlotNo
    order_id: Id
    units: Total
    reverify: bool


class LeftoverItem(Part):
    sku: Id
    quantity: Quantity


class SortExceptionReported(BatchEvent):
    """At the end of the batch: an order short of units (`order_id`, its `slot` if it had
    one, `missing_units`), or items no order took (`leftover`)."""

    TYPE = "SortExceptionReported"
    reason: Name
    slot: SlotNo | None = None
    order_id: Id | None = None
    missing_units: Total = 0
    leftover: tuple[LeftoverItem, ...] = ()


class BatchClosed(BatchEvent):
    TYPE = "BatchClosed"
    sorted_units: Total
    missing_units: Total
    leftover_units: Total


class LeftoverResolved(BatchEvent):
    """A supervisor dealt with the batch's left-over items (found their order, returned them
    to stock...). `reason` is the supervisor's words."""

    TYPE = "LeftoverResolved"
    reason: Text
