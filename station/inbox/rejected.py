"""Events the hub refused: acknowledged (never pushed again) and kept here with the hub's
reason for a supervisor to act on. The event itself stays in the journal."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from station.clock import iso
from station.ids import EventId
from station.journal import Event, mark_synced


@dataclass(frozen=True)
class RejectedEvent:
    event_id: str
    seq: int
    type: str
    subject: str | None
    reason: str
    rejected_at: str


def acknowledge(conn: sqlite3.Connection, accepted: Iterable[EventId],
                rejected: Iterable[tuple[Event, str]], at: datetime) -> None:
    """Record the hub's answer to one push, inside the caller's transaction."""
    rejected = list(rejected)
    mark_synced(conn, [*accepted, *(event.id for event, _ in rejected)], at)
    conn.executemany(
        "INSERT OR IGNORE INTO rejected_events (event_id, seq, type, subject, reason,"
        " rejected_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(event.id, event.seq, event.type, event.subject, reason, iso(at))
         for event, reason in rejected])


def rejected_events(conn: sqlite3.Connection, limit: int = 1000) -> list[RejectedEvent]:
    rows = conn.execute(
        "SELECT event_id, seq, type, subject, reason, rejected_at FROM rejected_events"
        " ORDER BY seq DESC LIMIT ?", (limit,))
    return [RejectedEvent(*row) for row in rows]


def rejected_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM rejected_events").fetchone()[0])
