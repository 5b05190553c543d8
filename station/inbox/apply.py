"""Apply one page of the hub's feed in one short transaction, cursor included.

Each record is applied inside a savepoint: a record the station cannot use (an unknown kind
from a newer hub, an order line naming a product it has not received) is kept in
`inbox_problems` with the reason, and the rest of the page still applies. Re-applying a
record is harmless (every write is an upsert), so a page applied twice changes nothing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from station.clock import iso
from station.inbox import cursor as feed_cursor
from station.inbox.gifts import gift_record, merged_record
from station.inbox.records import (
    FeedRecord,
    InboxResult,
    OrderChange,
    OrderChangeKind,
    RecordKind,
)
from station.limits import MAX_ID, MAX_NAME, MAX_TEXT, fits_id, fits_name
from station.returns.rmas import upsert_rma
from station.sortwall.batches import store_batch
from station.store import Store

_Applier = Callable[[sqlite3.Connection, Mapping[str, Any], str], OrderChange | None]


def apply_page(store: Store, records: Iterable[FeedRecord], new_cursor: int,
               now: datetime) -> InboxResult:
    """Apply `records` and move the cursor to `new_cursor`, all or nothing."""
    applied = problems = 0
    changes: list[OrderChange] = []
    catalogue_changed = False
    at = iso(now)
    with store.write() as db:
        conn = db.conn
        for record in records:
            problem = _apply_one(conn, record, at, changes)
            if problem is None:
                applied += 1
                catalogue_changed |= record.kind in _CATALOGUE_KINDS
            else:
                problems += 1
                conn.execute(
                    "INSERT OR REPLACE INTO inbox_problems (position, kind, key, reason, data,"
                    " seen_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (record.position, record.kind, record.key, problem, _json(record.data), at))
        feed_cursor.set_cursor(conn, new_cursor)
    return InboxResult(applied=applied, problems=problems, cursor=new_cursor,
                       order_changes=tuple(changes), catalogue_changed=catalogue_changed)


def _apply_one(conn: sqlite3.Connection, record: FeedRecord, at: str,
               changes: list[OrderChange]) -> str | None:
    applier = _APPLIERS.get(record.kind)
    if applier is None:
        return f"unknown record kind {record.kind!r}"
    fits, limit = (fits_name, MAX_NAME) if record.kind == RecordKind.BADGE else (fits_id, MAX_ID)
    if not fits(record.key):
        # Every event about it would be refused by the hub: keep it out of the station.
        return (f"key {record.key[:limit]!r}... is longer than {limit} characters or has"
                " control characters")
    # A brand kit's files and templates never travel back in an event; everything else may.
    if record.kind != RecordKind.BRAND_KIT and not _fits_text(record.data):
        return f"a text is longer than {MAX_TEXT} characters or has NUL in it"
    conn.execute("SAVEPOINT inbox_record")
    try:
        change = applier(conn, record.data, at)
    except (KeyError, TypeError, ValueError, sqlite3.IntegrityError) as error:
        conn.execute("ROLLBACK TO inbox_record")
        conn.execute("RELEASE inbox_record")
        return f"{type(error).__name__}: {error}"
    conn.execute("RELEASE inbox_record")
    if change is not None:
        changes.append(change)
    return None


def _fits_text(value: Any) -> bool:
    """Every text in a record, however deep, within the limit a station can push back."""
    if isinstance(value, str):
        return len(value) <= MAX_TEXT and "\x00" not in value
    if isinstance(value, Mapping):
        return all(_fits_text(key) and _fits_text(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return all(_fits_text(item) for item in value)
    return True


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _upsert(conn: sqlite3.Connection, table: str, key: str, row: Mapping[str, Any]) -> None:
    columns = list(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        f" ON CONFLICT ({key}) DO UPDATE SET {updates}",
        [row[c] for c in columns])


def _brand(conn: sqlite3.Connection, d: Mapping[str, Any], at: str) -> None:
    _upsert(conn, "brands", "id", {
        "id": str(d["id"]), "name": str(d["name"]),
        "min_shelf_life_days": int(d.get("min_shelf_life_days", 0)),
        "settings": _json(d.get("settings", {}))})


_PRODUCT_TEXT = ("name_ja", "category", "location", "image")
_PRODUCT_INT = ("weight_g", "length_mm", "width_mm", "height_mm")


def _product(conn: sqlite3.Connection, d: Mapping[str, Any], at: str) -> None:
    row: dict[str, Any] = {"sku": str(d["sku"]), "gtin": str(d["gtin"]).zfill(14),
                           "brand": str(d["brand"]), "name": str(d["name"]),
                           "price": float(d.get("price", 0))}
    row |= {name: str(d.get(name, "")) for name in _PRODUCT_TEXT}
    row |= {name: int(d.get(name, 0)) for name in _PRODUCT_INT}
    row["lot_controlled"] = int(bool(d.get("lot_controlled", False)))
    row["serial_controlled"] = int(bool(d.get("serial_controlled", False)))
    _upsert(conn, "products", "sku", row)
    _kit_parts(conn, row["sku"], d.get("parts") or [])


def _kit_parts(conn: sqlite3.Connection, kit_sku: str, parts: list[Mapping[str, Any]]) -> None:
    """A kit's parts are replaced whole (a product record without `parts` is no kit)."""
    conn.execute("DELETE FROM kit_parts WHERE kit_sku = ?", (kit_sku,))
    conn.executemany(
        "INSERT INTO kit_parts (kit_sku, part_no, sku, quantity) VALUES (?, ?, ?, ?)",
        [(kit_sku, part_no, str(part["sku"]), int(part["quantity"]))
         for part_no, part in enumerate(parts, start=1)])


def _box_type(conn: sqlite3.Connection, d: Mapping[str, Any], at: str) -> None:
    _upsert(conn, "box_types", "code", {
        "code": str(d["code"]), "name": str(d["name"]), "length_mm": int(d["length_mm"]),
        "width_mm": int(d["width_mm"]), "height_mm": int(d["height_mm"]),
        "max_weight_g": int(d["max_weight_g"]), "tare_g": int(d.get("tare_g", 0))})


def _badge(conn: sqlite3.Connection, d: Mapping[str, Any], at: str) -> None:
    _upsert(conn, "badges", "id", {"id": str(d["id"]), "name": str(d["name"]),
                                   "role": str(d["role"]), "active": int(d.get("active", 1))})


def _order(conn: sqlite3.Connection, d: Mapping[str, Any], at: str) -> OrderChange:
    order_id = str(d["id"])
    tote, picklist = d.get("tote") or None, d.get("picklist") or None
    # Totes and pick lists are reused: the newest order holding the label owns it.
    conn.execute("UPDATE orders SET tote = NULL WHERE tote = ? AND id != ?", (tote, order_id))
    conn.execute("UPDATE orders SET picklist = NULL WHERE picklist = ? AND id != ?",
                 (picklist, order_id))
    _upsert(conn, "orders", "id", {
        "id": order_id, "brand": str(d["brand"]), "customer_name": str(d["customer_name"]),
        "customer_email": str(d.get("customer_email", "")),
        "ship_to": _json(d.get("ship_to", {})), "language": str(d.get("language", "en")),
        "tote": tote, "picklist": picklist, "carrier": str(d.get("carrier", "")),
        "service": str(d.get("service", "")), "subscription_next": d.get("subscription_next"),
        "previous_orders": int(d.get("previous_orders", 0)), "hold": str(d.get("hold", "")),
        "cancelled": int(bool(d.get("cancelled", False))),
        "delivery": _json(d.get("delivery") or {}),
        "gift": _json(gift_record(d.get("gift"))), "segment": str(d.get("segment", "")),
        "merged_from": _json(merged_record(d.get("merged_from"))),
        "created_at": str(d.get("created_at") or at)})
    started = conn.execute("SELECT 1 FROM order_status WHERE order_id = ?",
                           (order_id,)).fetchone()
    if started is None:
        # Lines change only before anyone has started packing the order.
        conn.execute("DELETE FROM order_lines WHERE order_id = ?", (order_id,))
        conn.executemany(
            "INSERT INTO order_lines (order_id, line_no, sku, quantity) VALUES (?, ?, ?, ?)",
            [(order_id, int(line.get("line_no", number)), str(line["sku"]),
              int(line["quantity"])) for number, line in enumerate(d["lines"], start=1)])
    if d.get("cancelled"):
        return OrderChange(order_id, OrderChangeKind.CANCELLED)
    if d.get("hold"):
        return OrderChange(order_id, OrderChangeKind.HELD)
    return OrderChange(order_id, OrderChangeKind.UPDATED)


def _require_order(conn: sqlite3.Connection, order_id: str) -> None:
    if conn.execute("SELECT 1 FROM orders WHERE id = ?", (order_id,)).fetchone() is None:
        raise KeyError(f"order {order_id} is not known at this station")


def _cancelled(conn: sqlite3.Connection, d: Mapping[str, Any], at: str) -> OrderChange:
    order_id = str(d["order_id"])
    _require_order(conn, order_id)
    conn.execute("UPDATE orders SET cancelled = 1 WHERE id = ?", (order_id,))
    return OrderChange(order_id, OrderChangeKind.CANCELLED)


def _held(conn: sqlite3.Connection, d: Mapping[str, Any], at: str) -> OrderChange:
    order_id = str(d["order_id"])
    reason = str(d.get("reason", ""))
    _require_order(conn, order_id)
    conn.execute("UPDATE orders SET hold = ? WHERE id = ?", (reason, order_id))
    return OrderChange(order_id, OrderChangeKind.HELD if reason else OrderChangeKind.RELEASED)


def _address(conn: sqlite3.Connection, d: Mapping[str, Any], at: str) -> OrderChange:
    order_id = str(d["order_id"])
    ship_to = d["ship_to"]
    if not isinstance(ship_to, Mapping):
        raise TypeError("ship_to must be an object")
    _require_order(conn, order_id)
    conn.execute("UPDATE orders SET ship_to = ? WHERE id = ?", (_json(ship_to), order_id))
    return OrderChange(order_id, OrderChangeKind.ADDRESS_CHANGED)


def _rma(conn: sqlite3.Connection, d: Mapping[str, Any], at: str) -> None:
    """Keep the hub's copy and hand it to the returns feature, which refuses (into
    `inbox_problems`) an RMA it cannot use."""
    _upsert(conn, "inbox_rmas", "id", {"id": str(d["id"]), "order_id": d.get("order_id"),
                                       "data": _json(d), "updated_at": at})
    result = upsert_rma(conn, dict(d))
    if result.problem is not None:
        raise ValueError(result.problem.render())


def _brand_kit(conn: sqlite3.Connection, d: Mapping[str, Any], at: str) -> None:
    _upsert(conn, "brand_kits", "brand", {"brand": str(d["brand"]), "data": _json(d),
                                          "updated_at": at})


_APPLIERS: dict[str, _Applier] = {
    RecordKind.BRAND: _brand,
    RecordKind.PRODUCT: _product,
    RecordKind.BOX_TYPE: _box_type,
    RecordKind.BADGE: _badge,
    RecordKind.ORDER: _order,
    RecordKind.ORDER_CANCELLED: _cancelled,
    RecordKind.ORDER_HELD: _held,
    RecordKind.ADDRESS_CHANGED: _address,
    RecordKind.RMA: _rma,
    RecordKind.BRAND_KIT: _brand_kit,
    RecordKind.BATCH: store_batch,
}
_CATALOGUE_KINDS = frozenset({RecordKind.BRAND, RecordKind.PRODUCT, RecordKind.BOX_TYPE,
                              RecordKind.BADGE})
