"""Print requests: the journal events that ask for documents (an order packed, a reprint, a
re-commerce label). They are durable the moment the packer is told "Documents are printing";
the print worker finds those not handled yet, renders them and queues their jobs, and records
each request as handled in the same transaction as its jobs, so each is handled exactly once
(also after a kill between the event and the jobs)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from typing import Any

from station import journal
from station.clock import Clock, iso
from station.events.pack import OrderPacked, ReprintRequested
from station.events.returns import RecommerceLabelRequested
from station.events.shipping import LabelReissued
from station.messages import Message
from station.printing.jobs import message_from_json, message_to_json
from station.returns.models import RecommerceLabelData
from station.store import Store

__all__ = ["REQUEST_TYPES", "mark_handled", "pending", "recommerce_label_of",
           "request_recommerce_label"]

REQUEST_TYPES = (OrderPacked.TYPE, ReprintRequested.TYPE, RecommerceLabelRequested.TYPE,
                 LabelReissued.TYPE)

_EVENT_COLUMNS = "seq, id, ts, station, user, type, subject, payload, synced_at"


def request_recommerce_label(store: Store, clock: Clock, station_id: str,
                             data: RecommerceLabelData, user: str | None) -> journal.Event:
    """Record the request for a re-commerce label, with everything printed on it."""
    with store.write() as db:
        return journal.append(db.conn, journal.event_of(
            RecommerceLabelRequested(**asdict(data)), station=station_id, user=user,
            at=clock.now(), subject=data.new_sku))


def recommerce_label_of(event: journal.Event) -> RecommerceLabelData:
    return RecommerceLabelData(**event.read(RecommerceLabelRequested).model_dump())


def pending(conn: sqlite3.Connection) -> list[journal.Event]:
    """Requests not handled yet, oldest first."""
    marks = ", ".join("?" * len(REQUEST_TYPES))
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM journal WHERE seq > (SELECT seq FROM"
        f" print_request_cursor WHERE id = 1) AND type IN ({marks}) AND NOT EXISTS"
        " (SELECT 1 FROM print_requests WHERE event_id = journal.id) ORDER BY seq",
        REQUEST_TYPES)
    return [_event(row) for row in rows]


def mark_handled(conn: sqlite3.Connection, event: journal.Event, clock: Clock,
                 refused: Message | None = None) -> bool:
    """Inside the caller's transaction (the one queueing the jobs): False if another round
    handled it meanwhile, and the caller must then roll back."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO print_requests (event_id, seq, outcome, message, handled_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (event.id, event.seq, "refused" if refused else "queued",
         message_to_json(refused) if refused else "", iso(clock.now())))
    return cursor.rowcount == 1


def advance_cursor(conn: sqlite3.Connection) -> None:
    """Move the cursor past every handled request below the oldest one still pending, so
    the next look reads only new events."""
    marks = ", ".join("?" * len(REQUEST_TYPES))
    conn.execute(
        "UPDATE print_request_cursor SET seq = coalesce((SELECT min(seq) - 1 FROM journal"
        f" WHERE seq > print_request_cursor.seq AND type IN ({marks}) AND NOT EXISTS"
        " (SELECT 1 FROM print_requests WHERE event_id = journal.id)),"
        " (SELECT coalesce(max(seq), print_request_cursor.seq) FROM print_requests))"
        " WHERE id = 1", REQUEST_TYPES)


def handled(conn: sqlite3.Connection, event_id: str) -> tuple[str, Message | None] | None:
    """How a request was handled (outcome and the refusal), or None while it waits."""
    row = conn.execute("SELECT outcome, message FROM print_requests WHERE event_id = ?",
                       (event_id,)).fetchone()
    return (row[0], message_from_json(row[1])) if row else None


def _event(row: tuple[Any, ...]) -> journal.Event:
    seq, id_, ts, station, user, type_, subject, payload, synced_at = row
    return journal.Event(type=type_, payload=json.loads(payload), station=station, user=user,
                         ts=ts, subject=subject, id=id_, seq=seq, synced_at=synced_at)
