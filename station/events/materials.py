"""Packing materials an order used, for billing (subject: the order id). The packer scans a
material's code while packing (`MaterialScanned`); at sealing, in the seal's transaction,
`PackingMaterialsRecorded` says what the order is billed for, box by box."""

from __future__ import annotations

from station.events.base import Part
from station.events.pack import NamesOrder, OrderEvent
from station.limits import BoxNo, Id, Name, Quantity


class MaterialScanned(OrderEvent):
    """`quantity` of a material (MAT:<code> on the barcode sheet) went into box `box_no`."""

    TYPE = "MaterialScanned"
    code: Id
    quantity: Quantity
    box_no: BoxNo


class MaterialUse(Part):
    """`source` is "box" (the box type chosen), "scan" or "default" (the box's defaults in
    the materials file, used when nothing was scanned for the box)."""

    box_no: BoxNo
    code: Id
    quantity: Quantity
    source: Name


class PackingMaterialsRecorded(NamesOrder):
    """What the sealed order is billed for; rates are applied at export, from the file."""

    TYPE = "PackingMaterialsRecorded"
    brand: Id
    used: tuple[MaterialUse, ...] = ()
