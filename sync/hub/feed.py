"""The feed of work for stations: each change is appended with a position, and folded into
`entities` (the current state) so a station whose cursor is too old can start over from a
snapshot."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, text, update

from sync.hub.schema import entities, feed, meta

# Applied in this order when a snapshot is sent, so what orders refer to exists first.
SNAPSHOT_ORDER = ("brand", "product", "box_type", "badge", "brand_kit", "order", "rma",
                  "batch")
# Changes to an order folded into its current state.
_ORDER_PATCHES = {"order_cancelled", "order_held", "address_changed"}
_FLOOR = "feed_floor"


def publish(conn: Connection, kind: str, key: str, data: Mapping[str, Any],
            site: str | None) -> int:
    """Append one record (inside the caller's transaction) and return its position."""
    if conn.dialect.name == "postgresql":
        # Positions must become visible in order: one publisher at a time, held to commit.
        conn.execute(text("SELECT pg_advisory_xact_lock(6006)"))
    position = int(conn.execute(insert(feed).values(
        site=site, kind=kind, key=key, data=_json(data), created_at=datetime.now(UTC)
    ).returning(feed.c.position)).scalar_one())
    _fold(conn, kind, key, data, site=site, position=position)
    return position


def _fold(conn: Connection, kind: str, key: str, data: Mapping[str, Any], *, site: str | None,
          position: int) -> None:
    if kind in _ORDER_PATCHES:
        current = order_data(conn, str(data["order_id"]))
        if current is None:
            return
        if kind == "order_cancelled":
            current["cancelled"] = True
        elif kind == "order_held":
            current["hold"] = str(data.get("reason", ""))
        else:
            current["ship_to"] = dict(data["ship_to"])
        kind, key, data = "order", str(data["order_id"]), current
    where = (entities.c.kind == kind) & (entities.c.key == key)
    if conn.execute(select(entities.c.key).where(where)).first():
        conn.execute(update(entities).where(where).values(data=_json(data), site=site,
                                                          position=position))
    else:
        conn.execute(insert(entities).values(kind=kind, key=key, site=site, data=_json(data),
                                             position=position))


def order_data(conn: Connection, order_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(entities.c.data).where(
        entities.c.kind == "order", entities.c.key == order_id)).first()
    return json.loads(row.data) if row else None


def order_site(conn: Connection, order_id: str) -> str | None:
    row = conn.execute(select(entities.c.site).where(
        entities.c.kind == "order", entities.c.key == order_id)).first()
    return row.site if row else None


def floor(conn: Connection) -> int:
    """Positions at or below this were pruned: a cursor below it needs a snapshot."""
    row = conn.execute(select(meta.c.value).where(meta.c.key == _FLOOR)).first()
    return int(row.value) if row else 0


def head(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(feed.c.position), 0))).scalar_one())


def read(conn: Connection, site: str, after: int, limit: int,
         up_to: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(feed.c.position, feed.c.kind, feed.c.key, feed.c.data)
        .where(feed.c.position > after, feed.c.position <= up_to,
               or_(feed.c.site == site, feed.c.site.is_(None)))
        .order_by(feed.c.position).limit(limit))
    return [{"position": r.position, "kind": r.kind, "key": r.key, "data": json.loads(r.data)}
            for r in rows]


def snapshot(conn: Connection, site: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(entities.c.kind, entities.c.key, entities.c.data, entities.c.position)
        .where(or_(entities.c.site == site, entities.c.site.is_(None))))
    records = [{"position": r.position, "kind": r.kind, "key": r.key,
                "data": json.loads(r.data)} for r in rows]
    rank = {kind: number for number, kind in enumerate(SNAPSHOT_ORDER)}
    records.sort(key=lambda r: (rank.get(r["kind"], len(rank)), r["position"]))
    return records


def prune(conn: Connection, up_to: int) -> int:
    """Drop feed records at or below `up_to`; stations behind it start over from a snapshot."""
    result = conn.execute(delete(feed).where(feed.c.position <= up_to))
    if conn.execute(select(meta.c.key).where(meta.c.key == _FLOOR)).first():
        conn.execute(update(meta).where(meta.c.key == _FLOOR).values(value=str(up_to)))
    else:
        conn.execute(insert(meta).values(key=_FLOOR, value=str(up_to)))
    return result.rowcount


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
