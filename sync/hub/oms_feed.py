"""What a brand's OMS learns: outward events (order packed, shipment labelled and confirmed,
label voided, exception reported, return received and graded), derived from the station
events the hub ingests, read through their catalogue models (`station.events`).

`record` runs inside the ingest transaction (one hook call in `sync.hub.ingest`), so an
outward event exists exactly when its station event does; `position` is the cursor of
`GET /v1/oms/events`. Events ingested before this module existed are not replayed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from station.events import EventPayload, ValidationError, parse
from station.events.carriers import (
    NumberIssued,
    NumberVoided,
    ParcelHandedOver,
    TrackingNumberAttached,
)
from station.events.exceptions import ExceptionReleased, ExceptionResolved
from station.events.pack import ORDER, ExceptionReported, NamesOrder, OrderPacked
from station.events.returns import ReturnGraded, ReturnReceived
from station.events.shipping import ShipmentConfirmed
from sync.hub.schema import entities, oms_events

ORDER_PACKED = "order.packed"
SHIPMENT_LABELLED = "shipment.labelled"
SHIPMENT_CONFIRMED = "shipment.confirmed"
PARCEL_HANDED_OVER = "parcel.handed_over"
LABEL_VOIDED = "label.voided"
EXCEPTION_REPORTED = "exception.reported"
EXCEPTION_RESOLVED = "exception.resolved"
EXCEPTION_RELEASED = "exception.released"
RETURN_RECEIVED = "return.received"
RETURN_GRADED = "return.graded"

# Station event type -> outward type. Return events carry their brand; the others name an
# order whose brand the hub holds.
OUTWARD: Mapping[str, str] = {
    OrderPacked.TYPE: ORDER_PACKED,
    NumberIssued.TYPE: SHIPMENT_LABELLED,
    TrackingNumberAttached.TYPE: SHIPMENT_LABELLED,
    ShipmentConfirmed.TYPE: SHIPMENT_CONFIRMED,
    ParcelHandedOver.TYPE: PARCEL_HANDED_OVER,
    NumberVoided.TYPE: LABEL_VOIDED,
    ExceptionReported.TYPE: EXCEPTION_REPORTED,
    ExceptionResolved.TYPE: EXCEPTION_RESOLVED,
    ExceptionReleased.TYPE: EXCEPTION_RELEASED,
    ReturnReceived.TYPE: RETURN_RECEIVED,
    ReturnGraded.TYPE: RETURN_GRADED,
}
_TRACKING_KIND = "tracking/"
# Keys the hub adds to a station payload in an outward event's `data` (docs/oms.md).
ADDED_KEYS: Mapping[str, Mapping[str, str]] = {
    NumberIssued.TYPE: {"carrier": "string: the carrier, from `kind` (`tracking/yamato`:"
                                   " `yamato`)",
                        "tracking": "string: the tracking number (`number`)"},
}
# Keys of a station payload that stay inside the 3PL: `packers` names staff badges.
WITHHELD_KEYS: Mapping[str, frozenset[str]] = {OrderPacked.TYPE: frozenset({"packers"})}
_LOCK = 6012          # PostgreSQL: positions become visible in order (as sync.hub.feed does)


def record(conn: Connection, rows: Iterable[Mapping[str, Any]]) -> int:
    """Append the outward events of freshly ingested event rows; returns how many."""
    now = datetime.now(UTC)
    outward = []
    for row in rows:
        if row["type"] not in OUTWARD:
            continue
        try:
            typed = parse(row["type"], json.loads(row["payload"]))
        except ValidationError:      # ingest without payload checks (the benchmark's)
            continue
        order_id = _order_of(typed, row.get("subject"))
        brand = _brand_of(conn, typed, order_id)
        if brand is None or not _tells_oms(typed):
            continue
        data = {key: value for key, value in typed.to_payload().items()
                if key not in WITHHELD_KEYS.get(row["type"], ())}
        if isinstance(typed, NumberIssued):
            data["carrier"] = typed.kind.removeprefix(_TRACKING_KIND)
            data["tracking"] = typed.number
        outward.append({"event_id": f"{row['station']}:{row['id']}", "brand": brand,
                        "type": OUTWARD[row["type"]], "order_id": order_id,
                        "occurred_at": row["ts"], "data": _json(data), "created_at": now})
    if outward:
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"SELECT pg_advisory_xact_lock({_LOCK})"))
        conn.execute(insert(oms_events), outward)
    return len(outward)


def _tells_oms(typed: EventPayload) -> bool:
    """SSCC serials are issued like tracking numbers but are not a carrier's label."""
    return not isinstance(typed, NumberIssued) or typed.kind.startswith(_TRACKING_KIND)


def _order_of(typed: EventPayload, subject: str | None) -> str | None:
    if isinstance(typed, NamesOrder | NumberIssued | NumberVoided | TrackingNumberAttached
                  | ParcelHandedOver):
        return typed.order_id
    if isinstance(typed, ReturnReceived):
        return typed.order
    if isinstance(typed, ExceptionReported):
        return subject
    return None


def _brand_of(conn: Connection, typed: EventPayload, order_id: str | None) -> str | None:
    if isinstance(typed, ReturnReceived | ReturnGraded):
        return typed.brand
    if order_id is None:
        return None
    row = conn.execute(select(entities.c.data).where(entities.c.kind == ORDER,
                                                     entities.c.key == order_id)).first()
    brand = json.loads(row.data).get("brand") if row else None
    return str(brand) if brand else None


def page(conn: Connection, brands: frozenset[str], after: int,
         limit: int) -> list[dict[str, Any]]:
    """The brands' outward events after `after`, oldest first."""
    rows = conn.execute(select(oms_events).where(
        oms_events.c.brand.in_(sorted(brands)), oms_events.c.position > after)
        .order_by(oms_events.c.position).limit(limit))
    return [_outward(row) for row in rows]


def of_order(conn: Connection, order_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(select(oms_events).where(oms_events.c.order_id == order_id)
                        .order_by(oms_events.c.position))
    return [_outward(row) for row in rows]


def _outward(row: Any) -> dict[str, Any]:
    return {"id": row.event_id, "position": row.position, "type": row.type,
            "brand": row.brand, "order_id": row.order_id, "occurred_at": row.occurred_at,
            "data": json.loads(row.data)}


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def head_position() -> Any:
    """The newest position (a scalar select), 0 when there is none."""
    return func.coalesce(func.max(oms_events.c.position), 0)


def at_position(conn: Connection, position: int) -> dict[str, Any]:
    return _outward(conn.execute(select(oms_events)
                                 .where(oms_events.c.position == position)).one())
