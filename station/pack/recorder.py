"""Every write of the pack flow: a journal event (subject: the order id) and the rows it moves,
in one transaction. The session decides; the recorder only writes, and hands each event about
the open order to `on_event` (the session's fold) so memory follows the journal step by step.

Methods that take part in a larger write (`append`, `closed`) run inside the caller's
`Store.write()`; the others open their own (nested writes join the outer transaction)."""

from __future__ import annotations

from station import journal
from station.events import EventPayload
from station.events import pack as ev
from station.pack import queries
from station.recording import SessionRecorder


class Recorder(SessionRecorder):
    def append(self, order_id: str, payload: EventPayload) -> journal.Event:
        """An event about the open order, folded into the session's state."""
        with self._store.write() as db:
            event = journal.append(db.conn, self._event(payload, order_id))
        self._on_event(event)
        return event

    def opened(self, order_id: str, payload: ev.OrderOpened) -> None:
        """The order opens at this station, and is remembered across a restart."""
        with self._store.write():
            self.append(order_id, payload)
            queries.set_status(self.conn, order_id, "packing", self._signin.station_id,
                               self._clock.now())
            queries.set_state_value(self.conn, queries.OPEN_ORDER, order_id)

    def item_packed(self, order_id: str, payload: ev.ItemPacked) -> None:
        """Runs inside the caller's write, which may seal the order in the same commit."""
        event = self.append(order_id, payload)
        if payload.serial:
            queries.add_serial(self.conn, payload.gtin, payload.serial, order_id, event.id)

    def undone(self, order_id: str, payload: ev.ScanUndone, serial_packed: bool) -> None:
        with self._store.write():
            self.append(order_id, payload)
            if serial_packed:
                queries.remove_serial(self.conn, payload.undone_event)

    def closed(self, order_id: str, status: str) -> None:
        """The order leaves this station (packed, stopped, in exceptions, or put back)."""
        queries.set_status(self.conn, order_id, status, self._signin.station_id,
                           self._clock.now())
        queries.set_state_value(self.conn, queries.OPEN_ORDER, None)

    def last_packed(self, order_id: str) -> None:
        queries.set_state_value(self.conn, queries.LAST_PACKED, order_id)

    def reprint_requested(self, order_id: str) -> None:
        """About an order already sealed: journalled, not folded into an open order."""
        with self._store.write() as db:
            journal.append(db.conn, self._event(ev.ReprintRequested(order_id=order_id),
                                                order_id))
