"""Applying pushed journal events: each event id at most once, in the same transaction as its
effect, in each station's journal order. The answer is per event: applied, duplicate, or
rejected with a reason (kept by the station for a supervisor)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from sync.hub.schema import entities, events, order_status, rejections, stations
from sync.hub.stations import StationIdentity

# What each event type does to the order's status at the hub.
_STATUS_BY_TYPE = {"OrderOpened": "packing", "OrderPacked": "packed",
                   "ExceptionReported": "exception", "PackingStopped": "stopped",
                   "OrderReleased": "released"}
_RETRIES = 5


class ResultStatus(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


@dataclass(frozen=True)
class EventResult:
    id: str
    status: ResultStatus
    reason: str | None = None


def push(engine: Engine, who: StationIdentity,
         batch: Sequence[dict[str, Any]]) -> list[EventResult]:
    """Apply one batch in one transaction. A concurrent push of the same events (a batch
    delivered twice) loses the race on the primary key and is retried: it then sees them as
    duplicates."""
    for attempt in range(_RETRIES):
        try:
            with engine.begin() as conn:
                return _apply_batch(conn, who, batch)
        except (IntegrityError, OperationalError):
            if attempt == _RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _apply_batch(conn: Connection, who: StationIdentity,
                 batch: Sequence[dict[str, Any]]) -> list[EventResult]:
    # Lock the station's row (PostgreSQL): one push per station at a time keeps its order.
    last_seq = int(conn.execute(
        select(stations.c.last_seq).where(stations.c.name == who.name).with_for_update()
    ).scalar_one())
    ids = [event["id"] for event in batch]
    known = set(conn.execute(select(events.c.id).where(events.c.id.in_(ids))).scalars())
    refused_before = {row.id: row.reason for row in conn.execute(
        select(rejections.c.id, rejections.c.reason).where(rejections.c.id.in_(ids)))}
    orders = _orders_of(conn, batch)
    now = datetime.now(UTC)
    results: list[EventResult] = []
    rows: list[dict[str, Any]] = []
    refused: list[dict[str, Any]] = []
    seen: set[str] = set()
    for event in batch:
        if event["id"] in known or event["id"] in seen:
            results.append(EventResult(event["id"], ResultStatus.DUPLICATE))
            continue
        if event["id"] in refused_before:
            results.append(EventResult(event["id"], ResultStatus.REJECTED,
                                       refused_before[event["id"]]))
            continue
        reason = _refusal(orders, who, event, last_seq)
        if reason is not None:
            results.append(EventResult(event["id"], ResultStatus.REJECTED, reason))
            refused.append({"id": event["id"], "station": who.name, "type": event["type"],
                            "reason": reason, "received_at": now})
            refused_before[event["id"]] = reason
            continue
        _effect(conn, event, now)
        rows.append({**{k: event[k] for k in ("id", "seq", "ts", "station", "user", "type",
                                              "subject")},
                     "payload": json.dumps(event["payload"], ensure_ascii=False,
                                           separators=(",", ":")),
                     "site": who.site, "received_at": now})
        seen.add(event["id"])
        last_seq = int(event["seq"])
        results.append(EventResult(event["id"], ResultStatus.APPLIED))
    if refused:
        conn.execute(insert(rejections), refused)
    if rows:
        conn.execute(insert(events), rows)
        conn.execute(update(stations).where(stations.c.name == who.name)
                     .values(last_seq=last_seq))
    return results


def _orders_of(conn: Connection, batch: Sequence[dict[str, Any]]) -> dict[str, tuple[str, bool]]:
    """Site and cancellation of every order the batch names, in one query."""
    wanted = {order_id for event in batch if (order_id := _order_of(event)) is not None}
    if not wanted:
        return {}
    rows = conn.execute(select(entities.c.key, entities.c.site, entities.c.data).where(
        entities.c.kind == "order", entities.c.key.in_(wanted)))
    return {r.key: (r.site, bool(json.loads(r.data).get("cancelled"))) for r in rows}


def _refusal(orders: dict[str, tuple[str, bool]], who: StationIdentity, event: dict[str, Any],
             last_seq: int) -> str | None:
    if int(event["seq"]) <= last_seq:
        return (f"out of order: seq {event['seq']} arrived after seq {last_seq} of station"
                f" {who.name}")
    order_id = _order_of(event)
    if order_id is None:
        return None
    if order_id not in orders:
        return None
    site, cancelled = orders[order_id]
    if site is not None and site != who.site:
        return f"order {order_id} belongs to site {site}, not {who.site}"
    if event["type"] == "OrderPacked" and cancelled:
        return f"order {order_id} was cancelled at the hub before it was packed"
    return None


def _order_of(event: dict[str, Any]) -> str | None:
    payload = event["payload"]
    value = payload.get("order_id") if isinstance(payload, dict) else None
    if value is None and event["type"] in _STATUS_BY_TYPE:
        value = event.get("subject")
    return str(value) if value is not None else None


def _effect(conn: Connection, event: dict[str, Any], now: datetime) -> None:
    status = _STATUS_BY_TYPE.get(event["type"])
    order_id = _order_of(event)
    if status is None or order_id is None:
        return
    values = {"status": status, "station": event["station"], "event_id": event["id"],
              "updated_at": now}
    where = order_status.c.order_id == order_id
    if conn.execute(select(order_status.c.order_id).where(where)).first():
        conn.execute(update(order_status).where(where).values(**values))
    else:
        conn.execute(insert(order_status).values(order_id=order_id, **values))
