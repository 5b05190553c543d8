"""A supervisor's correction of an address the carrier checks refused, at the station.

The order's `ship_to` changes and `ShipToCorrected` (before, after, reason, who) is appended
in the same transaction, so the audit trail says who changed what. Only a supervisor's badge
may do it; the next check of the order reads the corrected address."""

from __future__ import annotations

import json
from dataclasses import asdict

from station import journal
from station.carriers.numbering import Actor
from station.errors import StationError
from station.events.carriers import ShipToCorrected
from station.messages import msg
from station.models import Address, Badge, Role
from station.store import Store


def correct_address(store: Store, order_id: str, ship_to: Address, reason: str, *,
                    by: Badge, actor: Actor) -> None:
    if by.role is not Role.SUPERVISOR:
        raise StationError(msg("Carriers", "Only a supervisor can correct an address."),
                           msg("Carriers", "Ask a supervisor to scan their badge."))
    with store.write() as db:
        row = db.conn.execute("SELECT ship_to FROM orders WHERE id = ?", (order_id,)).fetchone()
        if row is None:
            raise StationError(msg("Carriers", "There is no order {order}.", order=order_id))
        before = {k: str(v) for k, v in json.loads(row[0] or "{}").items()}
        after = {k: str(v) for k, v in asdict(ship_to).items()}
        db.conn.execute("UPDATE orders SET ship_to = ? WHERE id = ?",
                        (json.dumps(after, ensure_ascii=False), order_id))
        event = ShipToCorrected(order_id=order_id, before=before, after=after, reason=reason)
        journal.append(db.conn, journal.event_of(
            event, station=actor.station, user=by.id,
            at=actor.at, subject=order_id))
