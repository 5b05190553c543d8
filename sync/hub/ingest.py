"""Applying pushed journal events: each event on its own, in the same transaction as its
effect, in each station's journal order.

Every event of a batch gets its own answer (`ResultStatus`): `applied`; `duplicate` (this
station sent this event before); `conflict` (this station used the id before for another
event); `rejected` with a reason a supervisor can act on (a bad envelope, a payload the
event catalogue refuses, an order the hub never had or that another station packed, ...).
Event ids are keyed per station: another station's event with the same id is its own event."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Engine, and_, insert, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from station.events import (
    EventPayload,
    UnknownEventTypeError,
    ValidationError,
    parse,
    payload_type,
)
from station.events.exceptions import ExceptionReleased, ExceptionResolved
from station.events.pack import (
    ORDER,
    ExceptionReported,
    NamesOrder,
    OrderOpened,
    OrderPacked,
    OrderReleased,
    PackingStopped,
)
from station.limits import fits_id, storable
from sync.hub import oms_feed, site_metrics
from sync.hub.models import WireEvent
from sync.hub.schema import entities, events, order_status, rejections, stations
from sync.hub.stations import StationIdentity

# What each event type does to the order's status at the hub.
_STATUS_BY_TYPE = {OrderOpened.TYPE: "packing", OrderPacked.TYPE: "packed",
                   ExceptionReported.TYPE: "exception", PackingStopped.TYPE: "stopped",
                   OrderReleased.TYPE: "released", ExceptionReleased.TYPE: "released",
                   ExceptionResolved.TYPE: "closed"}
_PACKED = _STATUS_BY_TYPE[OrderPacked.TYPE]
# How far past the last seq of a station its next event may be. Its journal numbers events
# one by one, so a batch moves a few thousand at most; a jump past this is a forged event,
# and taking it would refuse every real event after it as out of order.
MAX_SEQ_JUMP = 1_000_000
# A station's first event at this hub may come from far into its journal (it synced with
# another hub before), but not from further than any journal gets.
MAX_FIRST_SEQ = 2**40
_RETRIES = 5
_MAX_REASON = 500


class ResultStatus(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class EventResult:
    id: str
    status: ResultStatus
    reason: str | None = None


class Refused(Exception):  # noqa: N818 (an outcome carried out of a check, not an error)
    """An event the hub does not apply, and why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason[:_MAX_REASON]


Check = Callable[[WireEvent], str | None]


def catalogue_check(wire: WireEvent) -> str | None:
    """The order an event names (None when it names none), after validating its payload
    against its catalogue model; raises `Refused` for an unknown type or a bad payload."""
    try:
        typed = parse(wire.type, wire.payload)
    except UnknownEventTypeError:
        raise Refused(f"unknown event type {wire.type}") from None
    except ValidationError as error:
        raise Refused(f"{wire.type}: {_summary(error)}") from None
    return _order_named(wire, typed)


def envelope_only(wire: WireEvent) -> str | None:
    """No payload validation, as before the catalogue (for the benchmark): the subject of an
    event of the pack flow is its order."""
    try:
        names_order = payload_type(wire.type).SUBJECT == ORDER
    except UnknownEventTypeError:
        return None
    return wire.subject if names_order else None


def push(engine: Engine, who: StationIdentity, batch: Sequence[Mapping[str, Any]], *,
         check: Check = catalogue_check) -> list[EventResult]:
    """Apply one batch in one transaction. A concurrent push of the same events (a batch
    delivered twice) loses the race on the primary key and is retried: it then sees them as
    duplicates."""
    for attempt in range(_RETRIES):
        try:
            with engine.begin() as conn:
                return _Batch(conn, who, check).apply(batch)
        except (IntegrityError, OperationalError):
            if attempt == _RETRIES - 1:
                raise
    raise AssertionError("unreachable")


class _Batch:
    def __init__(self, conn: Connection, who: StationIdentity, check: Check) -> None:
        self.conn = conn
        self.who = who
        self.check = check
        self.now = datetime.now(UTC)
        self.rows: list[dict[str, Any]] = []
        self.refused: list[dict[str, Any]] = []
        # This station's events already at the hub (and those of this batch), by id.
        self.known: dict[str, tuple[Any, ...]] = {}
        self.refused_before: dict[str, str] = {}
        # Site and data of the orders the batch may name, read in one query.
        self.orders: dict[str, tuple[str | None, str] | None] = {}

    def apply(self, batch: Sequence[Mapping[str, Any]]) -> list[EventResult]:
        # Lock the station's row (PostgreSQL): one push per station at a time keeps its order.
        self.last_seq = int(self.conn.execute(
            select(stations.c.last_seq).where(stations.c.name == self.who.name)
            .with_for_update()).scalar_one())
        # Only values that could be keys are looked up (PostgreSQL refuses NUL in text).
        ids = [raw["id"] for raw in batch if isinstance(raw.get("id"), str)
               and fits_id(raw["id"])]
        mine = events.c.station == self.who.name
        for row in self.conn.execute(select(
                events.c.id, events.c.seq, events.c.ts, events.c.user, events.c.type,
                events.c.subject, events.c.payload).where(mine, events.c.id.in_(ids))):
            self.known[row.id] = (row.seq, row.ts, row.user, row.type, row.subject,
                                  json.loads(row.payload))
        self.refused_before = {row.id: row.reason for row in self.conn.execute(
            select(rejections.c.id, rejections.c.reason).where(
                rejections.c.station == self.who.name, rejections.c.id.in_(ids)))}
        self._read_orders(batch)
        results = [self._one(raw) for raw in batch]
        if self.refused:
            self.conn.execute(insert(rejections), self.refused)
        if self.rows:
            self.conn.execute(insert(events), self.rows)
            oms_feed.record(self.conn, self.rows)
            site_metrics.record(self.conn, self.rows)
        self.conn.execute(update(stations).where(stations.c.name == self.who.name)
                          .values(last_seq=self.last_seq))
        return results

    def _read_orders(self, batch: Sequence[Mapping[str, Any]]) -> None:
        wanted: set[str] = set()
        for raw in batch:
            subject = raw.get("subject")
            if isinstance(subject, str) and fits_id(subject):
                wanted.add(subject)
        self.orders = dict.fromkeys(wanted)
        if wanted:
            for row in self.conn.execute(select(entities.c.key, entities.c.site,
                                                entities.c.data).where(
                    entities.c.kind == ORDER, entities.c.key.in_(wanted))):
                self.orders[row.key] = (row.site, row.data)

    def _one(self, raw: Mapping[str, Any]) -> EventResult:
        if not storable(raw):
            return EventResult(_id_of(raw), ResultStatus.REJECTED,
                               "not a journal event: a lone surrogate or a number JSON cannot"
                               " hold (NaN, infinity)")
        try:
            wire = WireEvent.model_validate(raw)
        except ValidationError as error:
            return EventResult(_id_of(raw), ResultStatus.REJECTED,
                               f"not a journal event: {_summary(error)}")
        if wire.station != self.who.name:
            return EventResult(wire.id, ResultStatus.REJECTED,
                               f"an event of station {wire.station}, not {self.who.name}")
        content = (wire.seq, wire.ts, wire.user, wire.type, wire.subject, wire.payload)
        if wire.id in self.known:
            if self.known[wire.id] == content:
                return EventResult(wire.id, ResultStatus.DUPLICATE)
            return EventResult(wire.id, ResultStatus.CONFLICT,
                               f"event id {wire.id} was used by station {self.who.name} for"
                               " another event")
        if wire.id in self.refused_before:
            return EventResult(wire.id, ResultStatus.REJECTED, self.refused_before[wire.id])
        try:
            self._order_checks(wire)
        except Refused as refusal:
            self._refuse(wire, refusal.reason)
            return EventResult(wire.id, ResultStatus.REJECTED, refusal.reason)
        self.known[wire.id] = content
        self.last_seq = wire.seq
        self.rows.append({
            "id": wire.id, "seq": wire.seq, "ts": wire.ts, "station": wire.station,
            "user": wire.user, "type": wire.type, "subject": wire.subject,
            "payload": json.dumps(wire.payload, ensure_ascii=False, separators=(",", ":")),
            "site": self.who.site, "received_at": self.now})
        return EventResult(wire.id, ResultStatus.APPLIED)

    def _order_checks(self, wire: WireEvent) -> None:
        if wire.seq <= self.last_seq:
            raise Refused(f"out of order: seq {wire.seq} arrived after seq {self.last_seq} of"
                          f" station {self.who.name}")
        if wire.seq > (self.last_seq + MAX_SEQ_JUMP if self.last_seq else MAX_FIRST_SEQ):
            raise Refused(f"seq {wire.seq} jumps too far past seq {self.last_seq} of station"
                          f" {self.who.name}")
        # From here on the event takes its place in the station's order, applied or not.
        self.last_seq = wire.seq
        order_id = self.check(wire)
        if order_id is not None:
            self._order_allows(wire, order_id)
            _set_status(self.conn, wire, order_id, self.now)

    def _order_allows(self, wire: WireEvent, order_id: str) -> None:
        if order_id not in self.orders:  # a subject that could not be an id: not read
            row = self.conn.execute(select(entities.c.site, entities.c.data).where(
                entities.c.kind == ORDER, entities.c.key == order_id)).first()
            self.orders[order_id] = (row.site, row.data) if row else None
        found = self.orders[order_id]
        if found is None:
            raise Refused(f"order {order_id} is not known at the hub")
        site, data = found
        if site is not None and site != self.who.site:
            raise Refused(f"order {order_id} belongs to site {site}, not {self.who.site}")
        if wire.type == OrderPacked.TYPE and json.loads(data).get("cancelled"):
            raise Refused(f"order {order_id} was cancelled at the hub before it was packed")

    def _refuse(self, wire: WireEvent, reason: str) -> None:
        self.refused.append({"id": wire.id, "station": self.who.name, "type": wire.type,
                             "reason": reason, "received_at": self.now})
        self.refused_before[wire.id] = reason


def _set_status(conn: Connection, wire: WireEvent, order_id: str, now: datetime) -> None:
    """Move the order's status at the hub. Packed is final for every other station: their
    events no longer move it, and their OrderPacked is refused. The update checks and sets in
    one statement, so two stations packing one order at once cannot both pass."""
    status = _STATUS_BY_TYPE.get(wire.type)
    if status is None:
        return
    values = {"status": status, "station": wire.station, "event_id": wire.id,
              "updated_at": now}
    not_packed_elsewhere = or_(order_status.c.status != _PACKED,
                               order_status.c.station == wire.station)
    moved = conn.execute(update(order_status).where(and_(
        order_status.c.order_id == order_id, not_packed_elsewhere)).values(**values)).rowcount
    if moved:
        return
    packer = conn.execute(select(order_status.c.station).where(
        order_status.c.order_id == order_id)).scalar_one_or_none()
    if packer is None:
        conn.execute(insert(order_status).values(order_id=order_id, **values))
    elif wire.type == OrderPacked.TYPE:
        raise Refused(f"order {order_id} was already packed at station {packer}")


def _order_named(wire: WireEvent, typed: EventPayload) -> str | None:
    if typed.SUBJECT != ORDER:
        return None
    if wire.subject is None:
        raise Refused(f"{wire.type} names no order")
    if isinstance(typed, NamesOrder) and typed.order_id != wire.subject:
        raise Refused(f"{wire.type} is about order {typed.order_id} but its subject is"
                      f" {wire.subject}")
    return wire.subject


def _summary(error: ValidationError) -> str:
    """The first few problems, by field, without the values (which may be huge)."""
    parts = [f"{'.'.join(str(p) for p in e['loc']) or 'event'}: {e['msg']}"
             for e in error.errors(include_url=False, include_input=False)[:3]]
    more = error.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _id_of(raw: Mapping[str, Any]) -> str:
    value = raw.get("id")
    return value[:64] if isinstance(value, str) and storable(value) else ""
