"""The carrier's part of sealing an order: the contract's checks, a tracking number per box
from this station's block, and the `ShipmentConfirmed` value.

The pack session calls these for an order whose carrier has a contract; orders of other
carriers seal and print as before (the generic label)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import replace

from station import journal
from station.carriers.checks import Problem, check_shipment
from station.carriers.contracts import Carrier, Contract, carrier_name
from station.carriers.issuing import issue_tracking
from station.carriers.names import carrier_label
from station.carriers.numbering import Actor, remaining
from station.carriers.orders import delivery_of, record_parcels, shipment_of
from station.carriers.shipment import Parcel
from station.catalogue import Catalogue
from station.events import pack as ev
from station.events.shipping import ConfirmedParcel, ShipmentConfirmed
from station.messages import Message, counted, msg
from station.models import Order, Product
from station.pack import boxes
from station.pack.state import PackState
from station.store import Store


def contract_for(contracts: Mapping[Carrier, Contract], order: Order) -> Contract | None:
    """The contract of the order's carrier (the feed's name: `YAMATO`, 佐川急便...), if any."""
    carrier = carrier_name(order.carrier) if order.carrier else None
    return contracts.get(carrier) if carrier else None


def parcels_of(order: Order, state: PackState, catalogue: Catalogue,
               conn: sqlite3.Connection) -> list[Parcel]:
    """The order's boxes as parcels: the box type's sides, the weight on the scale when the
    box was weighed (the last reading), else the items and the box's tare."""
    weighed: dict[int, int] = {}
    for event in journal.for_subject(conn, order.id):
        if event.type == ev.WeightChecked.TYPE:
            checked = event.read(ev.WeightChecked)
            weighed[checked.box_no] = checked.weight_g
    parcels = []
    for box_no, box_code in sorted(state.boxes.items()):
        items = state.items_in_box(box_no)
        if not items:
            continue
        box = catalogue.box_type(box_code) if box_code else None
        contents: list[tuple[Product, int]] = [
            (product, item.quantity) for item in items
            if (product := catalogue.product(item.sku)) is not None]  # type: ignore[arg-type]
        weight = weighed.get(box_no, boxes.expected_weight_g(box, contents))
        sides = ((box.inner.length_mm, box.inner.width_mm, box.inner.height_mm) if box
                 else (0, 0, 0))
        parcels.append(Parcel(box_no, weight, sides))
    return parcels


def problems(conn: sqlite3.Connection, contract: Contract, order: Order,
             parcels: Sequence[Parcel], ship_date: str) -> list[Problem]:
    shipment = replace(shipment_of(conn, order, ship_date), parcels=tuple(parcels),
                       ship_date=ship_date)
    return check_shipment(contract, shipment)


def numbers_short(conn: sqlite3.Connection, contract: Contract, order_id: str,
                  parcels: Sequence[Parcel]) -> int:
    """How many numbers the station's blocks lack for these boxes (0: enough). Asked before
    the seal's transaction writes anything: the seal may be part of a larger one (the last
    unit's scan) that an error half-way could not roll back alone."""
    live = {row[0] for row in conn.execute(
        "SELECT box_no FROM issued_numbers WHERE kind = ? AND order_id = ? AND status = 'issued'",
        (contract.number_kind, order_id))}
    needed = sum(parcel.box_no not in live for parcel in parcels)
    return max(0, needed - remaining(conn, contract.number_kind))


def low_numbers_note(conn: sqlite3.Connection, contract: Contract) -> Message | None:
    """The supervisor's warning, said at the bench, once the station's numbers for this
    contract fall below its `warn_below`."""
    left = remaining(conn, contract.number_kind)
    if left >= contract.numbering.warn_below:
        return None
    carrier = carrier_label(contract.carrier)
    return counted(left,
                   msg("Pack", "Only 1 {carrier} tracking number is left on this station: "
                       "tell a supervisor.", carrier=carrier),
                   msg("Pack", "Only {left} {carrier} tracking numbers are left on this "
                       "station: tell a supervisor.", left=left, carrier=carrier))


def issue_numbers(store: Store, contract: Contract, order_id: str,
                  parcels: Sequence[Parcel], *, ship_date: str, actor: Actor) -> dict[int, str]:
    """Record the parcels and issue each its tracking number. Call inside the sealing
    transaction: `NumbersExhaustedError` then rolls the whole seal back."""
    record_parcels(store, order_id, parcels, ship_date)
    return {parcel.box_no: issue_tracking(store, contract, order_id, parcel.box_no, actor)
            for parcel in parcels}


def confirmation(conn: sqlite3.Connection, contract: Contract, order: Order,
                 packed: ev.OrderPacked, labels_checked: bool) -> ShipmentConfirmed:
    """What the OMS needs of the shipment: numbers, weights, lots and serials per box."""
    rows = {r[0]: (r[1], r[2] or 0) for r in conn.execute(
        "SELECT box_no, tracking, weight_g FROM parcels WHERE order_id = ?", (order.id,))}
    parcels = tuple(
        ConfirmedParcel(box_no=box.box_no, tracking=rows[box.box_no][0],
                        weight_g=rows[box.box_no][1], items=box.items)
        for box in packed.boxes if box.box_no in rows and rows[box.box_no][0])
    service = contract.service(order.service)
    return ShipmentConfirmed(order_id=order.id, carrier=contract.carrier,
                             service=service.code if service else order.service,
                             parcels=parcels, cod_yen=delivery_of(conn, order.id).cod_yen,
                             labels_checked=labels_checked)
