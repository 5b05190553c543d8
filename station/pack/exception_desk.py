"""The exception queue seen from the order: a scan of a queued order says so (with what the
packer reported) instead of opening it as new, and a supervisor resolves it (closed) or
releases it (back to be packed) with a reason, journaled."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from station import journal
from station.catalogue import Catalogue
from station.clock import Clock
from station.events import EventPayload
from station.events.exceptions import ExceptionReleased, ExceptionResolved
from station.events.pack import ExceptionReported
from station.limits import MAX_TEXT
from station.messages import Message, msg
from station.models import Order, Role
from station.pack import queries
from station.pack.exception_report import describe
from station.pack.outcomes import Kind, ScanOutcome, Tone
from station.signin import SignIn
from station.store import Store

QUEUED = "exception"
RESOLVED = "resolved"
RELEASED = "open"   # as an order released before packing: it opens as new


def latest_report(conn: sqlite3.Connection, order_id: str) -> ExceptionReported | None:
    """What the packer said when the order last went to the exception queue."""
    reports = [event.read(ExceptionReported) for event in journal.for_subject(conn, order_id)
               if event.type == ExceptionReported.TYPE]
    return reports[-1] if reports else None


def what_happened(conn: sqlite3.Connection, order: Order) -> Message:
    """"Short: 2 × T-shirt", as the packer reported it."""
    report = latest_report(conn, order.id)
    if report is None:
        return msg("Pack", "no details")
    line = order.line_for(report.sku) if report.sku else None  # type: ignore[arg-type]
    return describe(report, line)


def refusal(conn: sqlite3.Connection, order: Order, status: str | None) -> ScanOutcome | None:
    """The outcome of scanning an order that sits in the exception queue or was resolved."""
    if status == QUEUED:
        return ScanOutcome(Kind.ORDER_IN_EXCEPTION, Tone.BAD, msg(
            "Pack", "Order {order} is in the exception queue ({what}). Put the tote on the "
            "exception shelf: a supervisor releases it before it is packed.", order=order.id,
            what=what_happened(conn, order)), order_id=order.id)
    if status == RESOLVED:
        return ScanOutcome(Kind.ORDER_IN_EXCEPTION, Tone.BAD, msg(
            "Pack", "Order {order} was taken out of packing by a supervisor. Give the tote to "
            "a supervisor.", order=order.id), order_id=order.id)
    return None


@dataclass(frozen=True)
class Decision:
    done: bool
    message: Message


class ExceptionDesk:
    """A supervisor's resolve and release."""

    def __init__(self, store: Store, catalogue: Catalogue, clock: Clock, signin: SignIn) -> None:
        self._store = store
        self._catalogue = catalogue
        self._clock = clock
        self._signin = signin

    def resolve(self, order_id: str, reason: str) -> Decision:
        return self._decide(order_id, reason, RESOLVED)

    def release(self, order_id: str, reason: str) -> Decision:
        return self._decide(order_id, reason, RELEASED)

    def _decide(self, order_id: str, reason: str, status: str) -> Decision:
        reason = reason.strip()[:MAX_TEXT]
        if not self._signin.has_role(Role.SUPERVISOR):
            return Decision(False, msg("Exceptions", "Only a supervisor can do this."))
        if not reason:
            return Decision(False, msg("Exceptions", "Write the reason first."))
        if queries.status(self._store.conn, order_id) != QUEUED:
            return Decision(False, msg("Exceptions", "Order {order} is not in the exception "
                                       "queue.", order=order_id))
        payload: EventPayload = (
            ExceptionResolved(order_id=order_id, reason=reason) if status == RESOLVED
            else ExceptionReleased(order_id=order_id, reason=reason))
        now = self._clock.now()
        with self._store.write() as db:
            journal.append(db.conn, journal.event_of(
                payload, station=self._signin.station_id, user=self._signin.user, at=now,
                subject=order_id))
            queries.set_status(db.conn, order_id, status, self._signin.station_id, now)
        if status == RESOLVED:
            return Decision(True, msg("Exceptions", "Order {order} is resolved and closed.",
                                      order=order_id))
        return Decision(True, msg("Exceptions", "Order {order} is released: it can be packed "
                                  "again.", order=order_id))
