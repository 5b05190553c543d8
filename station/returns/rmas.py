"""RMAs in the station database: upserted from the hub's JSON, found by what a scanner reads
(RMA number, tracking number, original order number, an item's serial)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from station.messages import Message, msg
from station.models import Order
from station.returns.models import Rma, RmaLine, RmaStatus, Wants

_HEADER = ("id, site, brand, order_id, customer_name, tracking, reason, reason_text, wants,"
           " exchange_sku, unannounced, status")


@dataclass(frozen=True)
class UpsertResult:
    rma_id: str | None
    problem: Message | None = None
    lines_kept: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None


def _refuse(rma_id: str | None, why: Message) -> UpsertResult:
    return UpsertResult(rma_id, msg("Returns", "{rma} refused: {why}",
                                    rma=rma_name(rma_id or "?"),
                                    why=why))


def _lines(data: Any) -> list[RmaLine] | Message:
    if not isinstance(data, list) or not data:
        return msg("Returns", "it lists no items.")
    lines: list[RmaLine] = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("sku"), str) or \
                not item["sku"]:
            return msg("Returns", "item {number} has no SKU.", number=number)
        line_no = item.get("line_no", number)
        if isinstance(line_no, bool) or not isinstance(line_no, int) or line_no < 1 or \
                any(line.line_no == line_no for line in lines):
            return msg("Returns", "item {number} has no valid, unique line number.",
                       number=number)
        quantity = item.get("quantity", 1)
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
            return msg("Returns", "item {number} has no valid quantity.", number=number)
        price = item.get("unit_price", 0)
        if isinstance(price, bool) or not isinstance(price, int | float) or price < 0:
            return msg("Returns", "item {number} has no valid price.", number=number)
        serial = item.get("serial")
        lines.append(RmaLine(line_no=line_no, sku=item["sku"],
                             quantity=quantity, unit_price=float(price),
                             serial=str(serial) if serial else None))
    return lines


def upsert_rma(conn: sqlite3.Connection, rma_json: dict[str, Any]) -> UpsertResult:
    """Insert or update one RMA from the hub's JSON, inside the caller's transaction. Once the
    parcel is received at this station its lines are kept: the inspector is working on them."""
    rma_id = rma_json.get("id") if isinstance(rma_json, dict) else None
    if not isinstance(rma_id, str) or not rma_id:
        return _refuse(None, msg("Returns", "it has no id."))
    for key in ("site", "brand", "order_id", "customer_name"):
        if not isinstance(rma_json.get(key), str) or not rma_json[key]:
            return _refuse(rma_id, msg("Returns", "the field '{key}' is missing.", key=key))
    wants = rma_json.get("wants", "refund")
    if wants not in {w.value for w in Wants}:
        return _refuse(rma_id, msg("Returns", "'{wants}' is neither refund nor exchange.",
                                   wants=str(wants)))
    lines = _lines(rma_json.get("lines"))
    if isinstance(lines, Message):
        return _refuse(rma_id, lines)
    row = conn.execute("SELECT status FROM rmas WHERE id = ?", (rma_id,)).fetchone()
    status = row[0] if row else RmaStatus.EXPECTED.value
    values = (rma_json["site"], rma_json["brand"], rma_json["order_id"],
              rma_json["customer_name"], rma_json.get("tracking") or None,
              str(rma_json.get("reason", "")), str(rma_json.get("reason_text", "")), wants,
              rma_json.get("exchange_sku") or None, int(bool(rma_json.get("unannounced"))),
              str(rma_json.get("created_at", "")),
              json.dumps(rma_json, ensure_ascii=False, separators=(",", ":")))
    if row is None:
        conn.execute(
            "INSERT INTO rmas (site, brand, order_id, customer_name, tracking, reason,"
            " reason_text, wants, exchange_sku, unannounced, created_at, payload, status, id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*values, status, rma_id))
    else:
        conn.execute(
            "UPDATE rmas SET site = ?, brand = ?, order_id = ?, customer_name = ?, tracking = ?,"
            " reason = ?, reason_text = ?, wants = ?, exchange_sku = ?, unannounced = ?,"
            " created_at = ?, payload = ? WHERE id = ?", (*values, rma_id))
    if status != RmaStatus.EXPECTED.value:
        return UpsertResult(rma_id, lines_kept=True)
    conn.execute("DELETE FROM rma_lines WHERE rma_id = ?", (rma_id,))
    conn.executemany(
        "INSERT INTO rma_lines (rma_id, line_no, sku, quantity, unit_price, serial)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(rma_id, line.line_no, line.sku, line.quantity, line.unit_price, line.serial)
         for line in lines])
    return UpsertResult(rma_id)


def unannounced_json(order: Order, site: str, rma_id: str) -> dict[str, Any]:
    """The RMA a station opens for a parcel that came back without one: the whole order."""
    return {
        "id": rma_id, "site": site, "brand": order.brand, "order_id": order.id,
        "customer_name": order.customer_name, "reason": "UNANNOUNCED", "wants": "refund",
        "unannounced": True,
        "lines": [{"line_no": line.line_no, "sku": line.product.sku, "quantity": line.quantity,
                   "unit_price": line.product.price} for line in order.lines],
    }


def get_rma(conn: sqlite3.Connection, rma_id: str) -> Rma | None:
    row = conn.execute(f"SELECT {_HEADER} FROM rmas WHERE id = ?", (rma_id,)).fetchone()
    if row is None:
        return None
    lines = tuple(RmaLine(line_no, sku, quantity, price, serial) for line_no, sku, quantity,
                  price, serial in conn.execute(
                      "SELECT line_no, sku, quantity, unit_price, serial FROM rma_lines"
                      " WHERE rma_id = ? ORDER BY line_no", (rma_id,)))
    return Rma(id=row[0], site=row[1], brand=row[2], order_id=row[3], customer_name=row[4],
               tracking=row[5], reason=row[6], reason_text=row[7], wants=Wants(row[8]),
               exchange_sku=row[9], unannounced=bool(row[10]), status=RmaStatus(row[11]),
               lines=lines)


def expected(conn: sqlite3.Connection, site: str, limit: int = 200) -> list[Rma]:
    """The returns this site still expects (announced, not yet received), oldest first: the
    inspector's list for the day, to open one without a scanner."""
    ids = [row[0] for row in conn.execute(
        "SELECT id FROM rmas WHERE site = ? AND status = ? ORDER BY created_at, id LIMIT ?",
        (site, RmaStatus.EXPECTED.value, limit))]
    found = (get_rma(conn, rma_id) for rma_id in ids)
    return [rma for rma in found if rma is not None]


def find_rma(conn: sqlite3.Connection, code: str, serial: str | None = None) -> Rma | None:
    """By RMA number, tracking number, original order number (the open RMA first) or the
    serial of an expected item."""
    row = conn.execute(
        "SELECT id FROM rmas WHERE id = ? OR tracking = ? OR order_id = ?"
        " ORDER BY status = 'closed', id LIMIT 1", (code, code, code)).fetchone()
    if row is None and serial:
        row = conn.execute("SELECT rma_id FROM rma_lines WHERE serial = ? LIMIT 1",
                           (serial,)).fetchone()
    return get_rma(conn, row[0]) if row else None


def set_status(conn: sqlite3.Connection, rma_id: str, status: RmaStatus) -> None:
    conn.execute("UPDATE rmas SET status = ? WHERE id = ?", (status.value, rma_id))


def graded_units(conn: sqlite3.Connection, rma_id: str) -> dict[int, int]:
    """Units already graded per RMA line."""
    return dict(conn.execute(
        "SELECT line_no, count(*) FROM return_units WHERE rma_id = ? GROUP BY line_no",
        (rma_id,)).fetchall())


def graded_serials(conn: sqlite3.Connection, rma_id: str) -> set[str]:
    return {row[0] for row in conn.execute(
        "SELECT serial FROM return_units WHERE rma_id = ? AND serial IS NOT NULL", (rma_id,))}


def order_of_serial(conn: sqlite3.Connection, gtin: str, serial: str) -> str | None:
    """The order a serial-controlled unit was packed into (from the pack flow)."""
    row = conn.execute("SELECT order_id FROM packed_serials WHERE gtin = ? AND serial = ?",
                       (gtin, serial)).fetchone()
    return str(row[0]) if row else None


def rma_name(rma_id: str) -> str | Message:
    """How a message names an RMA: its id when that already says RMA ("RMA-5002", not
    "RMA RMA-5002"), otherwise the id after the word (an unannounced return's "U-ORD-…")."""
    return rma_id if rma_id.upper().startswith("RMA") else msg("Returns", "RMA {rma}", rma=rma_id)
