"""Which box the camera's photo at sealing shows. A box is sealed when the packer starts the
next one (the photo is of the box before) or completes the order (of its last box). The core
says which; the camera adapter only takes the frame and stores it (`scanning.photos`)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from station import journal
from station.events.pack import OrderPacked
from station.pack.outcomes import Kind, ScanOutcome
from station.pack.session import PackSession


@dataclass(frozen=True)
class SealedBox:
    order_id: str
    box_no: int


def sealed_box(outcome: ScanOutcome, session: PackSession, conn: sqlite3.Connection
               ) -> SealedBox | None:
    """The box `outcome` sealed, or None when it sealed none."""
    if outcome.kind is Kind.ORDER_COMPLETE and outcome.order_id:
        return SealedBox(outcome.order_id, boxes_packed(conn, outcome.order_id))
    if outcome.kind is Kind.BOX_STARTED and session.order is not None \
            and session.state is not None:
        return SealedBox(session.order.id, session.state.current_box - 1)
    return None


def boxes_packed(conn: sqlite3.Connection, order_id: str) -> int:
    """How many boxes the order's last seal (`OrderPacked`) holds; 1 before any seal."""
    seals = [event for event in journal.for_subject(conn, order_id)
             if event.type == OrderPacked.TYPE]
    return len(seals[-1].read(OrderPacked).boxes) if seals else 1
