"""Shipments from the station database: an order, what it asks of the carrier (the
`delivery` column) and its parcels (the `parcels` table, filled when boxes are packed)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, fields

from station.carriers.contracts import Carrier, carrier_name
from station.carriers.shipment import Delivery, Parcel, Shipment
from station.catalogue import Catalogue
from station.ids import BrandId, OrderId
from station.models import Address, Order
from station.store import Store

# The sender when a brand's settings name none: the demo warehouse.
WAREHOUSE = Address(name="倉庫 東京DC (demo)", postcode="135-0061", region="東京都",
                    city="江東区", street="豊洲3-2-1", phone="03-0000-0000")
# Tare added to the items' weight for a parcel not weighed yet.
DEFAULT_TARE_G = 300


def delivery_of(conn: sqlite3.Connection, order_id: str) -> Delivery:
    row = conn.execute("SELECT delivery FROM orders WHERE id = ?", (order_id,)).fetchone()
    data = json.loads(row[0]) if row and row[0] else {}
    if isinstance(data, str):
        data = json.loads(data)
    known = {f.name for f in fields(Delivery)}
    values = {key: value for key, value in data.items() if key in known}
    if "cod_yen" in values:
        values["cod_yen"] = int(values["cod_yen"] or 0)
    return Delivery(**values)


def parcels_of(conn: sqlite3.Connection, order_id: str) -> list[tuple[Parcel, str]]:
    """The order's recorded parcels with their ship dates, in box order."""
    rows = conn.execute("SELECT box_no, weight_g, length_mm, width_mm, height_mm, tracking,"
                        " ship_date FROM parcels WHERE order_id = ? ORDER BY box_no",
                        (order_id,))
    return [(Parcel(r[0], r[1], (r[2], r[3], r[4]), r[5] or ""), r[6]) for r in rows]


def record_parcels(store: Store, order_id: str, parcels: Sequence[Parcel],
                   ship_date: str) -> None:
    """Record (or update the size and weight of) an order's packed boxes. A tracking number
    already attached is kept: numbers change only through issue, void and import."""
    with store.write() as db:
        db.conn.executemany(
            "INSERT INTO parcels (order_id, box_no, weight_g, length_mm, width_mm, height_mm,"
            " ship_date) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id, box_no) DO UPDATE"
            " SET weight_g = excluded.weight_g, length_mm = excluded.length_mm,"
            " width_mm = excluded.width_mm, height_mm = excluded.height_mm,"
            " ship_date = excluded.ship_date",
            [(order_id, p.box_no, p.weight_g, *p.sides_mm, ship_date) for p in parcels])


def sender(conn: sqlite3.Connection, brand: BrandId) -> Address:
    """The brand's ご依頼主 from its settings (`ship_from`), else the warehouse."""
    row = conn.execute("SELECT name, settings FROM brands WHERE id = ?", (brand,)).fetchone()
    if row is None:
        return WAREHOUSE
    settings = json.loads(row[1] or "{}")
    ship_from = settings.get("ship_from")
    if isinstance(ship_from, dict):
        known = {f.name for f in fields(Address)}
        return Address(**{k: str(v) for k, v in ship_from.items() if k in known})
    return Address(**{**asdict(WAREHOUSE), "name": f"{row[0]} ({WAREHOUSE.name})"})


def shipment_of(conn: sqlite3.Connection, order: Order, ship_date: str) -> Shipment:
    delivery = delivery_of(conn, order.id)
    if not delivery.item and order.lines:
        first = order.lines[0].product
        delivery = Delivery(**{**asdict(delivery), "item": first.name_ja or first.name})
    recorded = parcels_of(conn, order.id)
    if recorded:
        parcels = tuple(parcel for parcel, _ in recorded)
        ship_date = recorded[0][1]
    else:
        weight = sum(line.product.weight_g * line.quantity for line in order.lines)
        parcels = (Parcel(1, weight + DEFAULT_TARE_G),)
    carrier = carrier_name(order.carrier) or order.carrier
    return Shipment(order_id=order.id, carrier=carrier, service=order.service,
                    ship_to=order.ship_to, ship_from=sender(conn, order.brand),
                    ship_date=ship_date, delivery=delivery, parcels=parcels,
                    brand=order.brand, email=order.customer_email)


def shipments_for(conn: sqlite3.Connection, carrier: Carrier, day: str,
                  order_ids: Sequence[str] | None = None) -> list[Shipment]:
    """The day's shipments of `carrier`: open orders (not cancelled, not held) whose parcels
    ship that day or are not packed yet; or exactly `order_ids` when given."""
    catalogue = Catalogue(conn)
    if order_ids is None:
        rows = conn.execute(
            "SELECT id, carrier FROM orders o WHERE cancelled = 0 AND hold = '' AND (NOT EXISTS"
            " (SELECT 1 FROM parcels p WHERE p.order_id = o.id) OR EXISTS (SELECT 1 FROM"
            " parcels p WHERE p.order_id = o.id AND p.ship_date = ?)) ORDER BY id", (day,))
        order_ids = [r[0] for r in rows if carrier_name(r[1]) == carrier]
    shipments = []
    for order_id in order_ids:
        order = catalogue.order(OrderId(order_id))
        if order is not None:
            shipments.append(shipment_of(conn, order, day))
    return shipments
