"""Every row the pack session reads or writes besides the journal: order status, the
station's open order and last packed order, packed serials. Plain functions of a connection;
writes run inside the caller's `Store.write()`."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import TypeVar

from station.clock import iso
from station.events import EventPayload
from station.events import pack as ev

P = TypeVar("P", bound=EventPayload)

OPEN_ORDER = "open_order"
LAST_PACKED = "last_packed"


def status(conn: sqlite3.Connection, order_id: str) -> str | None:
    row = conn.execute("SELECT status FROM order_status WHERE order_id = ?",
                       (order_id,)).fetchone()
    return row[0] if row else None


def set_status(conn: sqlite3.Connection, order_id: str, value: str, station: str,
               at: datetime) -> None:
    conn.execute(
        "INSERT INTO order_status (order_id, status, station, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (order_id) DO UPDATE SET status = excluded.status,"
        " station = excluded.station, updated_at = excluded.updated_at",
        (order_id, value, station, iso(at)),
    )


def state_value(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM station_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_state_value(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    conn.execute("INSERT OR REPLACE INTO station_state (key, value) VALUES (?, ?)", (key, value))


def serial_packed(conn: sqlite3.Connection, gtin: str, serial: str) -> bool:
    return conn.execute("SELECT 1 FROM packed_serials WHERE gtin = ? AND serial = ?",
                        (gtin, serial)).fetchone() is not None


def add_serial(conn: sqlite3.Connection, gtin: str, serial: str, order_id: str,
               event_id: str) -> None:
    conn.execute("INSERT INTO packed_serials (gtin, serial, order_id, event_id)"
                 " VALUES (?, ?, ?, ?)", (gtin, serial, order_id, event_id))


def remove_serial(conn: sqlite3.Connection, event_id: str) -> None:
    conn.execute("DELETE FROM packed_serials WHERE event_id = ?", (event_id,))


def box_chosen(conn: sqlite3.Connection, event_id: str) -> ev.BoxChosen:
    """The `BoxChosen` event `event_id` (to undo it to the box type before)."""
    row = conn.execute("SELECT type, payload FROM journal WHERE id = ?", (event_id,)).fetchone()
    return ev.BoxChosen.read(row[0], json.loads(row[1]))


def event_payload(conn: sqlite3.Connection, event_id: str, model: type[P]) -> P:
    """The payload of journal event `event_id`, read as `model`."""
    row = conn.execute("SELECT type, payload FROM journal WHERE id = ?", (event_id,)).fetchone()
    return model.read(row[0], json.loads(row[1]))
