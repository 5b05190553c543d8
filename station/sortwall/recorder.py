"""Every write of the sort wall: a journal event (subject: the batch id) and the rows it
moves, in one transaction. The session decides; the recorder only writes, and hands each
event of the batch to `on_event` (the wall's fold) so memory follows the journal.

`append` takes part in the caller's write when there is one (a slot scan opens the order at
the pack bench in the same transaction); the others open their own."""

from __future__ import annotations

from collections.abc import Sequence

from station import journal
from station.events import pack as pack_ev
from station.events import sortwall as ev
from station.pack import queries
from station.recording import SessionRecorder
from station.scans import ExceptionReason
from station.sortwall.decide import Shortfall
from station.store import Store

OPEN_BATCH = "open_batch"
LEFTOVER = "LEFTOVER"


class Recorder(SessionRecorder):
    def append(self, payload: ev.BatchEvent) -> journal.Event:
        """An event of the open batch, folded into the wall."""
        with self._store.write() as db:
            event = journal.append(db.conn, self._event(payload, payload.batch_id))
        self._on_event(event)
        return event

    def opened(self, payload: ev.BatchOpened) -> None:
        """The batch opens at this station, and is remembered across a restart."""
        with self._store.write() as db:
            self.append(payload)
            queries.set_state_value(db.conn, OPEN_BATCH, payload.batch_id)

    def closed(self, batch_id: str, sorted_units: int, short: Sequence[Shortfall],
               leftover: Sequence[ev.LeftoverItem]) -> None:
        """The end of the batch: each short order and the left-over items to the exception
        queue (a short order also as the pack flow's ExceptionReported, so the supervisor's
        queue has it), then the close, all in one commit."""
        with self._store.write() as db:
            for item in short:
                self.append(ev.SortExceptionReported(
                    batch_id=batch_id, reason=ExceptionReason.SHORT.value, slot=item.slot,
                    order_id=item.order_id, missing_units=item.missing_units))
                journal.append(db.conn, self._event(pack_ev.ExceptionReported(
                    reason=ExceptionReason.SHORT.value, missing_units=item.missing_units),
                    item.order_id))
                queries.set_status(db.conn, item.order_id, "exception",
                                   self._signin.station_id, self._clock.now())
                db.conn.execute(
                    "INSERT OR REPLACE INTO sort_exceptions (order_id, batch_id, slot,"
                    " missing_units) VALUES (?, ?, ?, ?)",
                    (item.order_id, batch_id, item.slot, item.missing_units))
            if leftover:
                self.append(ev.SortExceptionReported(batch_id=batch_id, reason=LEFTOVER,
                                                     leftover=tuple(leftover)))
            self.append(ev.BatchClosed(
                batch_id=batch_id, sorted_units=sorted_units,
                missing_units=sum(item.missing_units for item in short),
                leftover_units=sum(item.quantity for item in leftover)))


def open_batch(store: Store) -> str | None:
    """The batch open at this station (kept across a restart)."""
    return queries.state_value(store.conn, OPEN_BATCH)
