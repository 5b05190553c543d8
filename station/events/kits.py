"""Kits packed from their parts (subject: the order id). A kit's own barcode is an ordinary
`ItemPacked` on the kit's line; packing it from its parts records each part scan
(`KitPartPacked`), and the scan that completes a kit records `KitAssembled` and the kit
line's `ItemPacked` in one transaction. `KitPartsSetAside` takes loose parts out of the count
when the pre-assembled kit was scanned instead, so a kit is never counted twice."""

from __future__ import annotations

from station.events.base import Part
from station.events.pack import OrderEvent
from station.limits import BoxNo, Id, LineNo, Name, Quantity


class KitPartUnits(Part):
    sku: Id
    quantity: Quantity


class KitPartPacked(OrderEvent):
    TYPE = "KitPartPacked"
    line_no: LineNo
    kit_sku: Id
    sku: Id
    gtin: Id
    quantity: Quantity
    box_no: BoxNo
    lot: Id | None = None
    expiry: Name | None = None
    source: Name


class KitAssembled(OrderEvent):
    """`kits` kits of line `line_no` made of the parts packed loose: `parts` are used up."""

    TYPE = "KitAssembled"
    line_no: LineNo
    kit_sku: Id
    kits: Quantity
    parts: tuple[KitPartUnits, ...]


class KitPartsSetAside(OrderEvent):
    """The pre-assembled kit was scanned while parts of line `line_no` lay loose in the box:
    the packer takes these out; they no longer count."""

    TYPE = "KitPartsSetAside"
    line_no: LineNo
    kit_sku: Id
    parts: tuple[KitPartUnits, ...]
