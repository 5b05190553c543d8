"""Events of a parcel leaving the bench: the carrier check refusing an order at sealing, the
label check (送り状検品) and the shipment confirmed for the OMS."""

from __future__ import annotations

from station.events.base import EventPayload, Part
from station.events.pack import PackedUnit
from station.limits import BoxNo, Code, Grams, Id, Name, Yen


class ShipmentRefused(EventPayload):
    """The carrier contract's checks refused the order at sealing: it stays open, unsealed.
    `fields` are the problems' stable keys (`ship_to.name`, `parcels.1.size`, ...)."""

    TYPE = "ShipmentRefused"
    order_id: Id
    carrier: Name
    fields: tuple[Name, ...]


class LabelChecked(EventPayload):
    """The packer scanned the label on a box and it carried the number issued for it."""

    TYPE = "LabelChecked"
    order_id: Id
    box_no: BoxNo
    tracking: Name


class WrongLabelScanned(EventPayload):
    """A label scanned at the label check was not the one issued for any box of the order:
    the wrong-label alarm stays until the packer scans OK."""

    TYPE = "WrongLabelScanned"
    order_id: Id
    scanned: Code
    expected: tuple[Name, ...]


class WrongLabelAcknowledged(EventPayload):
    TYPE = "WrongLabelAcknowledged"
    order_id: Id


class LabelReissued(EventPayload):
    """A spoiled label was voided and the box got a new number: also the request to print
    the new label (see station.printing.requests)."""

    TYPE = "LabelReissued"
    order_id: Id
    box_no: BoxNo
    voided: Name
    tracking: Name
    reason: Name


class ConfirmedParcel(Part):
    box_no: BoxNo
    tracking: Name
    weight_g: Grams
    items: tuple[PackedUnit, ...] = ()


class ShipmentConfirmed(EventPayload):
    """The order's parcels leave with these numbers: after the last label was checked, or at
    sealing where the label check is off (`labels_checked` says which)."""

    TYPE = "ShipmentConfirmed"
    order_id: Id
    carrier: Name
    service: Name
    parcels: tuple[ConfirmedParcel, ...]
    cod_yen: Yen = 0
    labels_checked: bool
