"""The event journal: one immutable row per action, appended in the same transaction as the
state change it records. It is the sync outbox, the audit trail and the source of metrics."""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from station.clock import iso
from station.events import EventPayload
from station.ids import EventId, new_event_id

P = TypeVar("P", bound=EventPayload)


@dataclass(frozen=True)
class Event:
    type: str
    payload: Mapping[str, Any]
    station: str
    user: str | None
    ts: str
    subject: str | None = None
    id: EventId = field(default_factory=new_event_id)
    seq: int | None = None
    synced_at: str | None = None

    def to_wire(self) -> dict[str, Any]:
        """The JSON shape pushed to the hub."""
        return {
            "id": self.id, "seq": self.seq, "ts": self.ts, "station": self.station,
            "user": self.user, "type": self.type, "subject": self.subject,
            "payload": dict(self.payload),
        }

    def read(self, model: builtins.type[P]) -> P:
        """The typed payload, read through its catalogue model (`station.events`)."""
        return model.read(self.type, self.payload)


def new_event(
    type: str, payload: Mapping[str, Any], *, station: str, user: str | None, at: datetime,
    subject: str | None = None,
) -> Event:
    return Event(type=type, payload=payload, station=station, user=user, ts=iso(at),
                 subject=subject)


def event_of(payload: EventPayload, *, station: str, user: str | None, at: datetime,
             subject: str | None = None) -> Event:
    """A new event of the payload's catalogue type."""
    return new_event(payload.TYPE, payload.to_payload(), station=station, user=user, at=at,
                     subject=subject)


def append(conn: sqlite3.Connection, event: Event) -> Event:
    """Append inside the caller's transaction (see `Store.write`). Returns it with its seq."""
    cursor = conn.execute(
        "INSERT INTO journal (id, ts, station, user, type, subject, payload)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (event.id, event.ts, event.station, event.user, event.type, event.subject,
         json.dumps(event.payload, ensure_ascii=False, separators=(",", ":"))),
    )
    return Event(type=event.type, payload=event.payload, station=event.station,
                 user=event.user, ts=event.ts, subject=event.subject, id=event.id,
                 seq=cursor.lastrowid)


_COLUMNS = "seq, id, ts, station, user, type, subject, payload, synced_at"


def _row_to_event(row: tuple[Any, ...]) -> Event:
    seq, id_, ts, station, user, type_, subject, payload, synced_at = row
    return Event(type=type_, payload=json.loads(payload), station=station, user=user, ts=ts,
                 subject=subject, id=EventId(id_), seq=seq, synced_at=synced_at)


def for_subject(conn: sqlite3.Connection, subject: str) -> list[Event]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM journal WHERE subject = ? ORDER BY seq", (subject,)
    )
    return [_row_to_event(row) for row in rows]


def all_events(conn: sqlite3.Connection, after_seq: int = 0) -> Iterator[Event]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM journal WHERE seq > ? ORDER BY seq",
                        (after_seq,))
    for row in rows:
        yield _row_to_event(row)


def unsynced(conn: sqlite3.Connection, limit: int = 500) -> list[Event]:
    """The oldest events not yet acknowledged by the hub, in journal order."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM journal WHERE synced_at IS NULL ORDER BY seq LIMIT ?", (limit,)
    )
    return [_row_to_event(row) for row in rows]


def mark_synced(conn: sqlite3.Connection, ids: list[EventId], at: datetime) -> None:
    conn.executemany("UPDATE journal SET synced_at = ? WHERE id = ? AND synced_at IS NULL",
                     [(iso(at), event_id) for event_id in ids])


@dataclass(frozen=True)
class Backlog:
    waiting: int
    oldest_ts: str | None


def backlog(conn: sqlite3.Connection) -> Backlog:
    count, oldest = conn.execute(
        "SELECT count(*), min(ts) FROM journal WHERE synced_at IS NULL"
    ).fetchone()
    return Backlog(waiting=count, oldest_ts=oldest)


def of_type(conn: sqlite3.Connection, type_name: str, start_ts: str,
            end_ts: str) -> Iterator[Event]:
    """Events of one type with `start_ts <= ts < end_ts` (UTC ISO text, see `clock.iso`),
    in journal order; reads the (type, ts) index."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM journal WHERE type = ? AND ts >= ? AND ts < ? ORDER BY seq",
        (type_name, start_ts, end_ts))
    for row in rows:
        yield _row_to_event(row)
