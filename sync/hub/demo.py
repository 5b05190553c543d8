"""The demo data published through the hub's feed, so the embedded hub serves the same brands,
catalogue, boxes, badges and orders as a demo station holds."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select

from station import demo
from station.sortwall import demo as sortwall_demo
from station.store import open_store
from sync.hub import feed
from sync.hub.number_blocks import seed_demo_ranges
from sync.hub.schema import entities


def seed_demo(engine: Engine, site: str, now: datetime | None = None) -> bool:
    """Publish the demo data once. False when the hub already has a catalogue."""
    seed_demo_ranges(engine, site)
    with engine.connect() as conn:
        if conn.execute(select(entities.c.key).where(entities.c.kind == "product")).first():
            return False
    store = open_store(None)
    try:
        demo.seed(store, now or datetime.now(UTC))
        records = list(_records(store.conn))
    finally:
        store.close()
    with engine.begin() as conn:
        for kind, key, data, record_site in records:
            feed.publish(conn, kind, key, data, site if record_site else None)
    return True


def _rows(conn: Any, query: str) -> list[dict[str, Any]]:
    cursor = conn.execute(query)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _records(conn: Any) -> Any:
    for brand in _rows(conn, "SELECT * FROM brands ORDER BY id"):
        brand["settings"] = json.loads(brand["settings"])
        yield "brand", brand["id"], brand, False
    parts: dict[str, list[dict[str, Any]]] = {}
    for part in _rows(conn, "SELECT kit_sku, sku, quantity FROM kit_parts"
                            " ORDER BY kit_sku, part_no"):
        parts.setdefault(part.pop("kit_sku"), []).append(part)
    for product in _rows(conn, "SELECT * FROM products ORDER BY sku"):
        if product["sku"] in parts:
            product["parts"] = parts[product["sku"]]
        product["lot_controlled"] = bool(product["lot_controlled"])
        product["serial_controlled"] = bool(product["serial_controlled"])
        yield "product", product["sku"], product, False
    for box in _rows(conn, "SELECT * FROM box_types ORDER BY code"):
        yield "box_type", box["code"], box, True
    for badge in _rows(conn, "SELECT * FROM badges ORDER BY id"):
        yield "badge", badge["id"], badge, True
    lines: dict[str, list[dict[str, Any]]] = {}
    for line in _rows(conn, "SELECT * FROM order_lines ORDER BY order_id, line_no"):
        lines.setdefault(line.pop("order_id"), []).append(line)
    for order in _rows(conn, "SELECT * FROM orders ORDER BY id"):
        order["ship_to"] = json.loads(order["ship_to"])
        order["cancelled"] = bool(order["cancelled"])
        order["delivery"] = json.loads(order.get("delivery") or "{}")
        for key, empty in (("gift", "{}"), ("merged_from", "[]")):
            value = json.loads(order.pop(key, None) or empty)
            if value:
                order[key] = value
        if not order.get("segment"):
            order.pop("segment", None)
        order["lines"] = lines.get(order["id"], [])
        yield "order", order["id"], order, True
    for batch in sortwall_demo.batch_records(conn):
        yield "batch", batch["id"], batch, True
