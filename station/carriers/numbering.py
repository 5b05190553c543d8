"""Numbers issued from blocks the hub handed out: tracking numbers for self-issued labels and
SSCC serial references.

A block is a run of serials of one kind that only this station may use; the hub never hands
the same serial to two stations. Issuing takes the lowest free serial, moves the block's
`next` forward, records the number against its box and appends `NumberIssued`, all in one
transaction: a kill before the commit leaves the serial unused, after it the number is known
for good. A voided number keeps its serial (and `next` never goes back), so it is never
reused. Asking again for a box that already has a live number gives the same number, so a
reprint never wastes a serial."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from station import journal
from station.clock import iso
from station.errors import StationError
from station.events.carriers import NumberBlockReceived, NumberIssued, NumberVoided
from station.messages import Message, counted, msg
from station.store import Store

SSCC_KIND = "sscc"


@dataclass(frozen=True)
class Actor:
    """Who does it, where and when: what every journal event carries."""

    station: str
    user: str | None
    at: datetime


class NumbersExhaustedError(StationError):
    """No block of this kind has a free serial left."""


def receive_block(store: Store, kind: str, first: int, last: int, actor: Actor) -> bool:
    """Keep a block from the hub. False when it is already kept (a repeated answer)."""
    with store.write() as db:
        conn = db.conn
        if conn.execute("SELECT 1 FROM number_blocks WHERE kind = ? AND first = ?",
                        (kind, first)).fetchone():
            return False
        overlap = conn.execute("SELECT first, last FROM number_blocks WHERE kind = ? AND"
                               " first <= ? AND last >= ?", (kind, last, first)).fetchone()
        if overlap:
            raise ValueError(f"block {first}-{last} of {kind} overlaps {overlap}")
        conn.execute("INSERT INTO number_blocks (kind, first, last, next, received_at)"
                     " VALUES (?, ?, ?, ?, ?)", (kind, first, last, first, iso(actor.at)))
        event = NumberBlockReceived(kind=kind, first=first, last=last)
        journal.append(conn, journal.event_of(
            event, station=actor.station,
            user=actor.user, at=actor.at, subject=kind))
    return True


def issue(store: Store, kind: str, order_id: str, box_no: int, *, actor: Actor,
          render: Callable[[int], str]) -> str:
    """The number of `kind` for this box: its live number if it has one, else the next free
    serial rendered by `render` (the check digit, the SSCC's prefix)."""
    with store.write() as db:
        conn = db.conn
        live = conn.execute("SELECT number FROM issued_numbers WHERE kind = ? AND order_id = ?"
                            " AND box_no = ? AND status = 'issued'",
                            (kind, order_id, box_no)).fetchone()
        if live:
            return str(live[0])
        block = conn.execute("SELECT first, next FROM number_blocks WHERE kind = ? AND"
                             " next <= last ORDER BY first LIMIT 1", (kind,)).fetchone()
        if block is None:
            raise NumbersExhaustedError(
                msg("Carriers", "No {kind} numbers are left on this station.", kind=kind),
                msg("Carriers", "Connect the station to the hub so it can fetch a new block,"
                    " or call a supervisor."))
        first, serial = block
        number = render(serial)
        conn.execute("UPDATE number_blocks SET next = ? WHERE kind = ? AND first = ?",
                     (serial + 1, kind, first))
        conn.execute("INSERT INTO issued_numbers (kind, serial, number, order_id, box_no,"
                     " status, issued_at) VALUES (?, ?, ?, ?, ?, 'issued', ?)",
                     (kind, serial, number, order_id, box_no, iso(actor.at)))
        event = NumberIssued(kind=kind, serial=serial, number=number, order_id=order_id,
                             box_no=box_no)
        journal.append(conn, journal.event_of(
            event, station=actor.station, user=actor.user,
            at=actor.at, subject=order_id))
    return number


def void(store: Store, kind: str, number: str, reason: str, actor: Actor) -> bool:
    """Mark a live number void (a spoiled or replaced label). False when it is not live."""
    with store.write() as db:
        conn = db.conn
        row = conn.execute("SELECT order_id, box_no FROM issued_numbers WHERE kind = ? AND"
                           " number = ? AND status = 'issued'", (kind, number)).fetchone()
        if row is None:
            return False
        conn.execute("UPDATE issued_numbers SET status = 'void', void_reason = ? WHERE"
                     " kind = ? AND number = ?", (reason, kind, number))
        event = NumberVoided(kind=kind, number=number, order_id=row[0], box_no=row[1],
                             reason=reason)
        journal.append(conn, journal.event_of(
            event, station=actor.station, user=actor.user,
            at=actor.at, subject=row[0]))
    return True


def remaining(conn: sqlite3.Connection, kind: str) -> int:
    """Free serials of `kind` on this station."""
    row = conn.execute("SELECT coalesce(sum(last - next + 1), 0) FROM number_blocks"
                       " WHERE kind = ?", (kind,)).fetchone()
    return int(row[0])


@dataclass(frozen=True)
class LowNumbers:
    """A supervisor's warning: few numbers left of one kind."""

    kind: str
    remaining: int
    warn_below: int

    @property
    def message(self) -> Message:
        return counted(self.remaining,
                       msg("Carriers", "Only 1 {kind} number is left on this station.",
                           kind=self.kind),
                       msg("Carriers", "Only {count} {kind} numbers are left on this station.",
                           count=self.remaining, kind=self.kind))


def low_numbers(conn: sqlite3.Connection, warn_below: dict[str, int]) -> list[LowNumbers]:
    """The kinds whose free serials are below their warning value."""
    found = [LowNumbers(kind, remaining(conn, kind), limit)
             for kind, limit in sorted(warn_below.items())]
    return [low for low in found if low.remaining < low.warn_below]
