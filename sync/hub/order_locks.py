"""Making a change to an order at the hub and a station's push about it take turns.

A push (`sync.hub.ingest`) locks its station's row before it reads anything, and holds it
to commit. A cancel, hold or address change locks the rows of every station of the order's
site first (in name order, so two changes never deadlock), then checks and publishes: a
push of that order either committed before the change looked (the change sees it packed),
or starts after the change committed (the push sees it cancelled). On SQLite every write
transaction is `BEGIN IMMEDIATE`, so they take turns already."""

from __future__ import annotations

from sqlalchemy import Connection, select

from sync.hub import feed
from sync.hub.schema import stations


def hold_pushes_for(conn: Connection, order_id: str) -> None:
    """Until the caller's transaction ends, no push of a station of the order's site is
    applied (PostgreSQL)."""
    if conn.dialect.name != "postgresql":
        return
    site = feed.order_site(conn, order_id)
    if site is None:       # an unknown order: nothing to change, nothing to race
        return
    conn.execute(select(stations.c.name).where(stations.c.site == site)
                 .order_by(stations.c.name).with_for_update()).all()
