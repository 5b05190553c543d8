"""The pickup list (集荷): per carrier and day, the parcels to hand to the driver, and the
scan at hand-over that marks each one."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from station import journal
from station.carriers.contracts import Carrier, carrier_name
from station.carriers.numbering import Actor
from station.carriers.tracking import normalise, tracking_problem
from station.clock import iso
from station.events.carriers import ParcelHandedOver
from station.messages import Message, msg
from station.store import Store


@dataclass(frozen=True)
class PickupParcel:
    order_id: str
    box_no: int
    tracking: str
    service: str
    handed_over: bool


@dataclass(frozen=True)
class PickupList:
    carrier: Carrier
    day: str
    parcels: tuple[PickupParcel, ...]

    @property
    def count(self) -> int:
        return len(self.parcels)

    @property
    def handed_over(self) -> int:
        return sum(parcel.handed_over for parcel in self.parcels)

    def by_service(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for parcel in self.parcels:
            counts[parcel.service] = counts.get(parcel.service, 0) + 1
        return counts


def pickup_list(conn: sqlite3.Connection, carrier: Carrier, day: str) -> PickupList:
    """The day's parcels of `carrier` that carry a tracking number, in order and box order."""
    rows = conn.execute(
        "SELECT p.order_id, p.box_no, p.tracking, o.service, p.handed_over_at IS NOT NULL,"
        " o.carrier FROM parcels p JOIN orders o ON o.id = p.order_id WHERE p.ship_date = ?"
        " AND p.tracking IS NOT NULL AND o.cancelled = 0 ORDER BY p.order_id, p.box_no", (day,))
    parcels = tuple(PickupParcel(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows
                    if carrier_name(r[5]) == carrier)
    return PickupList(carrier, day, parcels)


class HandOver(StrEnum):
    MARKED = "marked"
    ALREADY = "already"
    NOT_ON_LIST = "not_on_list"
    INVALID = "invalid"


@dataclass(frozen=True)
class HandOverOutcome:
    kind: HandOver
    message: Message


def hand_over(store: Store, carrier: Carrier, day: str, scanned: str,
              actor: Actor) -> HandOverOutcome:
    """Mark the parcel whose label was scanned as handed to `carrier`'s driver."""
    number = normalise(scanned)
    if (reason := tracking_problem(carrier, number)) is not None:
        return HandOverOutcome(HandOver.INVALID, reason)
    with store.write() as db:
        conn = db.conn
        row = conn.execute("SELECT p.order_id, p.box_no, p.handed_over_at, o.carrier FROM"
                           " parcels p JOIN orders o ON o.id = p.order_id WHERE p.tracking = ?"
                           " AND p.ship_date = ?", (number, day)).fetchone()
        if row is None or carrier_name(row[3]) != carrier:
            return HandOverOutcome(HandOver.NOT_ON_LIST, msg(
                "Carriers", "{number} is not on today's {carrier} pickup list: keep the"
                " parcel back and call a supervisor.", number=number, carrier=carrier))
        if row[2] is not None:
            return HandOverOutcome(HandOver.ALREADY, msg(
                "Carriers", "{number} was already handed over.", number=number))
        conn.execute("UPDATE parcels SET handed_over_at = ? WHERE order_id = ? AND box_no = ?",
                     (iso(actor.at), row[0], row[1]))
        event = ParcelHandedOver(carrier=carrier, order_id=row[0], box_no=row[1],
                                 tracking=number, day=day)
        journal.append(conn, journal.event_of(
            event, station=actor.station, user=actor.user,
            at=actor.at, subject=row[0]))
    return HandOverOutcome(HandOver.MARKED, msg("Carriers", "{number} handed over.",
                                                number=number))
