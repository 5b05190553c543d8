"""Items left over at the end of a batch, in the supervisor's exception queue: read from the
journal (a batch's last LEFTOVER report with no LeftoverResolved after it), and resolved with
a reason as a batch event (subject: the batch id, never an order)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from station import journal
from station.catalogue import Catalogue
from station.clock import Clock
from station.events import sortwall as ev
from station.limits import MAX_TEXT
from station.messages import Localized, Message, msg
from station.models import Role
from station.pack.exception_desk import Decision
from station.signin import SignIn
from station.sortwall.recorder import LEFTOVER
from station.store import Store

NEXT_STEP = msg("Sort wall", "Find their order or return them to stock.")


@dataclass(frozen=True)
class Leftover:
    batch_id: str
    station: str
    user: str | None
    reported_at: datetime
    items: tuple[ev.LeftoverItem, ...]


def open_leftovers(conn: sqlite3.Connection) -> list[Leftover]:
    """Each batch whose last close left items over and that no supervisor resolved since."""
    events = sorted(
        [*journal.of_type(conn, ev.SortExceptionReported.TYPE, "", "~"),
         *journal.of_type(conn, ev.LeftoverResolved.TYPE, "", "~")],
        key=lambda event: event.seq or 0)
    found: dict[str, Leftover] = {}
    for event in events:
        if event.type == ev.LeftoverResolved.TYPE:
            found.pop(event.read(ev.LeftoverResolved).batch_id, None)
            continue
        report = event.read(ev.SortExceptionReported)
        if report.reason == LEFTOVER:
            found[report.batch_id] = Leftover(
                report.batch_id, event.station, event.user,
                datetime.fromisoformat(event.ts), report.leftover)
    return list(found.values())


def what_was_left(catalogue: Catalogue, leftover: Leftover) -> Message:
    """"Left over: 2 × T-shirt", the product names in the reader's language."""
    def label(sku: str) -> Localized:
        product = catalogue.product(sku)  # type: ignore[arg-type]
        return product.label if product is not None else Localized(sku)

    parts = [(item.quantity, label(item.sku)) for item in leftover.items]
    items = Localized(", ".join(f"{n} × {name.en}" for n, name in parts),
                      "、".join(f"{name.text('ja')} ×{n}" for n, name in parts))
    return msg("Sort wall", "Left over: {items}", items=items)


class LeftoverDesk:
    """A supervisor resolves a batch's left-over items with a reason."""

    def __init__(self, store: Store, clock: Clock, signin: SignIn) -> None:
        self._store = store
        self._clock = clock
        self._signin = signin

    def resolve(self, batch_id: str, reason: str) -> Decision:
        reason = reason.strip()[:MAX_TEXT]
        if not self._signin.has_role(Role.SUPERVISOR):
            return Decision(False, msg("Exceptions", "Only a supervisor can do this."))
        if not reason:
            return Decision(False, msg("Exceptions", "Write the reason first."))
        if batch_id not in {item.batch_id for item in open_leftovers(self._store.conn)}:
            return Decision(False, msg("Sort wall", "Batch {batch} has no left-over items to "
                                       "resolve.", batch=batch_id))
        with self._store.write() as db:
            journal.append(db.conn, journal.event_of(
                ev.LeftoverResolved(batch_id=batch_id, reason=reason),
                station=self._signin.station_id, user=self._signin.user,
                at=self._clock.now(), subject=batch_id))
        return Decision(True, msg("Sort wall", "The left-over items of batch {batch} are "
                                  "resolved.", batch=batch_id))
