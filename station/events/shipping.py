"""Events of a parcel leaving the bench: the carrier check refusing an order at sealing, the
label check (送り状検品) and the shipment confirmed for the OMS. Each names its order (the
subject), so the hub refuses one about an order it never had."""

from __future__ import annotations

from station.events.base import Part
from station.events.pack import NamesOrder, PackedUnit
from station.limits import BoxNo, Code, Grams, Name, Yen


class ShipmentRefused(NamesOrder):
    """The carrier contract's checks refused the order at sealing: it stays open, unsealed.
    `fields` are the problems' stable keys (`ship_to.name`, `parcels.1.size`, ...)."""

    TYPE = "ShipmentRefused"
    carrier: Name
    fields: tuple[Name, ...]


class LabelChecked(NamesOrder):
    """The packer scanned the label on a box and it carried the number issued for it."""

    TYPE = "LabelChecked"
    box_no: BoxNo
    tracking: Name


class WrongLabelScanned(NamesOrder):
    """A label scanned at the label check was not the one issued for any box of the order:
    the wrong-label alarm stays until the packer scans OK."""

    TYPE = "WrongLabelScanned"
    scanned: Code
    expected: tuple[Name, ...]


class WrongLabelAcknowledged(NamesOrder):
    TYPE = "WrongLabelAcknowledged"


class LabelReissued(NamesOrder):
    """A spoiled label was voided and the box got a new number: also the request to print
    the new label (see station.printing.requests)."""

    TYPE = "LabelReissued"
    box_no: BoxNo
    voided: Name
    tracking: Name
    reason: Name


class ConfirmedParcel(Part):
    box_no: BoxNo
    tracking: Name
    weight_g: Grams
    items: tuple[PackedUnit, ...] = ()


class ShipmentConfirmed(NamesOrder):
    """The order's parcels leave with these numbers: after the last label was checked, or at
    sealing where the label check is off (`labels_checked` says which)."""

    TYPE = "ShipmentConfirmed"
    carrier: Name
    service: Name
    parcels: tuple[ConfirmedParcel, ...]
    cod_yen: Yen = 0
    labels_checked: bool
