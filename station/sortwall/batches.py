"""Batches (waves) as the hub sends them: checked once here, by the hub's import and by the
station's inbox alike, and kept in `batches`, `batch_totes` and `batch_orders`.

A batch record: `{"id", "site", "totes": [...], "slots": 1..100, "orders": [{"order_id",
"priority" (lower first, default 5), "cutoff" (the carrier's cut-off, ISO 8601)}]}`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from station.limits import MAX_ID, MAX_QUANTITY, MAX_SLOTS, fits_id

DEFAULT_PRIORITY = 5


@dataclass(frozen=True)
class BatchOrder:
    order_id: str
    priority: int
    cutoff: str | None  # UTC ISO 8601, None: no cut-off (sorts last)

    @property
    def rank(self) -> tuple[int, str]:
        """Which order of the batch an item goes to first: priority, then cut-off."""
        return self.priority, self.cutoff or "~"


@dataclass(frozen=True)
class Batch:
    id: str
    slots: int
    totes: tuple[str, ...]
    orders: tuple[BatchOrder, ...]


def check_batch(raw: Mapping[str, Any]) -> tuple[dict[str, Any] | None, list[str]]:
    """A clean batch record, or what is wrong with it (English, for the import report)."""
    problems: list[str] = []
    batch_id = str(raw.get("id") or "").strip()
    if not fits_id(batch_id):
        problems.append(f"id must be 1 to {MAX_ID} characters without control characters")
    slots = raw.get("slots")
    if not isinstance(slots, int) or isinstance(slots, bool) or not 1 <= slots <= MAX_SLOTS:
        problems.append(f"slots {slots!r} must be a whole number from 1 to {MAX_SLOTS}")
    totes = raw.get("totes")
    if not isinstance(totes, list) or not totes or not all(
            isinstance(tote, str) and fits_id(tote.strip()) for tote in totes):
        problems.append("totes must be a list of one or more tote labels")
        totes = []
    orders = raw.get("orders")
    if not isinstance(orders, list) or not orders:
        problems.append("a batch needs at least one order")
        orders = []
    clean_orders: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, item in enumerate(orders, start=1):
        where = f"order {number}"
        if not isinstance(item, Mapping):
            problems.append(f"{where} is not an object")
            continue
        order_id = str(item.get("order_id") or "").strip()
        if not fits_id(order_id):
            problems.append(f"{where}: order_id is missing or too long")
            continue
        if order_id in seen:
            problems.append(f"{where}: order {order_id} is in the batch twice")
        seen.add(order_id)
        priority = item.get("priority", DEFAULT_PRIORITY)
        if not isinstance(priority, int) or isinstance(priority, bool) or not (
                0 <= priority <= MAX_QUANTITY):
            problems.append(f"{where}: priority {priority!r} must be a whole number from 0")
            priority = DEFAULT_PRIORITY
        cutoff = _utc(item.get("cutoff"))
        if item.get("cutoff") not in (None, "") and cutoff is None:
            problems.append(f"{where}: cutoff {item.get('cutoff')!r} is not an ISO 8601 time"
                            " with its offset")
        clean_orders.append({"order_id": order_id, "priority": priority, "cutoff": cutoff})
    if problems:
        return None, problems
    return {"id": batch_id, "site": str(raw.get("site") or ""), "slots": slots,
            "totes": [str(tote).strip() for tote in totes], "orders": clean_orders}, []


def _utc(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(UTC).isoformat()


def store_batch(conn: sqlite3.Connection, raw: Mapping[str, Any], at: str) -> None:
    """Keep a batch from the feed (inside the caller's transaction). A bad record raises
    ValueError with its problems, which the inbox keeps in `inbox_problems`."""
    batch, problems = check_batch(raw)
    if batch is None:
        raise ValueError("; ".join(problems))
    batch_id = batch["id"]
    conn.execute(
        "INSERT INTO batches (id, slots, data, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET slots = excluded.slots, data = excluded.data,"
        " updated_at = excluded.updated_at",
        (batch_id, batch["slots"], json.dumps(batch, ensure_ascii=False), at))
    conn.execute("DELETE FROM batch_totes WHERE batch_id = ?", (batch_id,))
    # Totes are reused: the newest batch holding the label owns it.
    conn.executemany("INSERT OR REPLACE INTO batch_totes (tote, batch_id) VALUES (?, ?)",
                     [(tote, batch_id) for tote in batch["totes"]])
    conn.execute("DELETE FROM batch_orders WHERE batch_id = ?", (batch_id,))
    conn.executemany(
        "INSERT INTO batch_orders (batch_id, order_id, position, priority, cutoff)"
        " VALUES (?, ?, ?, ?, ?)",
        [(batch_id, order["order_id"], position, order["priority"], order["cutoff"])
         for position, order in enumerate(batch["orders"])])


def batch_for_tote(conn: sqlite3.Connection, tote: str) -> str | None:
    row = conn.execute("SELECT batch_id FROM batch_totes WHERE tote = ?", (tote,)).fetchone()
    return str(row[0]) if row else None


def load_batch(conn: sqlite3.Connection, batch_id: str) -> Batch | None:
    row = conn.execute("SELECT slots FROM batches WHERE id = ?", (batch_id,)).fetchone()
    if row is None:
        return None
    totes = tuple(tote for (tote,) in conn.execute(
        "SELECT tote FROM batch_totes WHERE batch_id = ? ORDER BY tote", (batch_id,)))
    orders = tuple(BatchOrder(order_id, priority, cutoff) for order_id, priority, cutoff in
                   conn.execute("SELECT order_id, priority, cutoff FROM batch_orders"
                                " WHERE batch_id = ? ORDER BY position", (batch_id,)))
    return Batch(batch_id, int(row[0]), totes, orders)


def batch_ids(conn: sqlite3.Connection) -> list[str]:
    return [batch_id for (batch_id,) in conn.execute("SELECT id FROM batches ORDER BY id")]
