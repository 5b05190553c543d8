"""Parked events: the hub answered `rejected` (it will never apply the event) or `conflict`
(it contradicts what the hub holds). They are acknowledged (never pushed again, so the outbox
goes on with the next event) and kept here with the hub's reason for a supervisor to act on;
the event itself stays in the journal. `python -m station.inbox export-parked` writes them
as CSV."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from station.clock import iso
from station.ids import EventId
from station.journal import Event, mark_synced
from station.messages import Message, msg

CSV_COLUMNS = ("event_id", "seq", "type", "subject", "outcome", "reason", "parked_at")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class RejectedEvent:
    event_id: str
    seq: int
    type: str
    subject: str | None
    reason: str
    rejected_at: str
    outcome: str = "rejected"       # or "conflict"


@dataclass(frozen=True)
class Parked:
    """One event of a push that the hub will not apply, with its answer."""

    event: Event
    outcome: str
    reason: str


def acknowledge(conn: sqlite3.Connection, delivered: Iterable[EventId],
                parked: Iterable[Parked], at: datetime) -> None:
    """Record the hub's answer to one push, inside the caller's transaction."""
    parked = list(parked)
    mark_synced(conn, [*delivered, *(item.event.id for item in parked)], at)
    conn.executemany(
        "INSERT OR IGNORE INTO rejected_events (event_id, seq, type, subject, reason,"
        " rejected_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(item.event.id, item.event.seq, item.event.type, item.event.subject, item.reason,
          iso(at), item.outcome) for item in parked])


def rejected_events(conn: sqlite3.Connection,
                    limit: int | None = 1000) -> list[RejectedEvent]:
    """Newest first; `limit=None` for all of them."""
    rows = conn.execute(
        "SELECT event_id, seq, type, subject, reason, rejected_at, outcome FROM rejected_events"
        " ORDER BY seq DESC LIMIT ?", (-1 if limit is None else limit,))
    return [RejectedEvent(*row) for row in rows]


def outcome_label(outcome: str) -> Message:
    """The hub's answer as a supervisor reads it."""
    if outcome == "conflict":
        return msg("Sync", "conflict")
    return msg("Sync", "rejected")


def rejected_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM rejected_events").fetchone()[0])


def parked_csv(events: Iterable[RejectedEvent]) -> str:
    """Oldest first; a cell that a spreadsheet would run as a formula gets a leading quote."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in sorted(events, key=lambda item: item.seq):
        writer.writerow([_cell(value) for value in (
            event.event_id, event.seq, event.type, event.subject or "", event.outcome,
            event.reason, event.rejected_at)])
    return out.getvalue()


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
