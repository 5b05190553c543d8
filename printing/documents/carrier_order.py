"""An order's carrier labels from what the station issued: one `CarrierLabelData` per box
with the tracking number issued at sealing, and the service, delivery date, time slot, cool
type and cash on delivery the order asks of its contract. The sender and the 品名 are the
ones the carrier file carries (`station.carriers.orders.shipment_of`), so label and file agree."""

from __future__ import annotations

import sqlite3
from datetime import date

from printing.documents.carrier_demo import items_summary
from printing.documents.carrier_label import CarrierLabelData, CoolType
from station.carriers.contracts import Contract
from station.carriers.orders import shipment_of
from station.catalogue import Catalogue
from station.models import Order


def issued_labels(conn: sqlite3.Connection, order: Order, contract: Contract,
                  catalogue: Catalogue, today: date) -> list[CarrierLabelData] | None:
    """The labels, or None when the order's boxes have no issued numbers (the order was
    sealed without its contract's numbers: it keeps the generic label)."""
    issued = dict(conn.execute(
        "SELECT box_no, tracking FROM parcels WHERE order_id = ? AND tracking_source = 'issued'"
        " AND tracking IS NOT NULL", (order.id,)).fetchall())
    if not issued:
        return None
    shipment = shipment_of(conn, order, today.isoformat())
    delivery = shipment.delivery
    service = contract.service(order.service)
    slot = contract.slot(delivery.time_slot) if delivery.time_slot else None
    brand = catalogue.brand(order.brand)
    items = delivery.item or items_summary(
        [f"{line.product.display_name('ja')} ×{line.quantity}" for line in order.lines])
    boxes = sorted(issued)
    return [CarrierLabelData(
        carrier=contract.carrier, service=service.name if service else order.service,
        tracking_number=issued[box_no], recipient=order.ship_to, sender=shipment.ship_from,
        items=items, box_no=index, box_count=len(boxes), order_id=order.id,
        brand=brand.name if brand else order.brand,
        delivery_date=date.fromisoformat(delivery.date) if delivery.date else None,
        time_slot=slot.label if slot else "", cool=CoolType(delivery.cool),
        cod_amount_yen=delivery.cod_yen or None)
        for index, box_no in enumerate(boxes, start=1)]
