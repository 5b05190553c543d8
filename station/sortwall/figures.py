"""What the sort wall counted (`metrics_sort`, kept by a journal trigger) over a period, and
where an order it closed short was sorted."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from station.clock import iso
from station.messages import Message, msg


@dataclass(frozen=True)
class SortCounts:
    sorted_units: int = 0
    strays: int = 0
    exceptions: int = 0
    batches_closed: int = 0


def sort_counts(conn: sqlite3.Connection, since: datetime, until: datetime,
                station: str | None = None) -> SortCounts:
    """Counts of the UTC hours from `since` up to (not including) `until`'s hour."""
    sql = ("SELECT coalesce(sum(sorted), 0), coalesce(sum(strays), 0),"
           " coalesce(sum(exceptions), 0), coalesce(sum(batches), 0) FROM metrics_sort"
           " WHERE hour >= ? AND hour < ?")
    params = [iso(since)[:13], iso(until)[:13]]
    if station is not None:
        sql += " AND station = ?"
        params.append(station)
    return SortCounts(*conn.execute(sql, params).fetchone())


def where_short(conn: sqlite3.Connection, order_id: str) -> Message | None:
    """Where an order in the exception queue was sorted, if a batch closed it short: the
    batch and the slot holding its units (none when not one of them arrived)."""
    row = conn.execute("SELECT batch_id, slot FROM sort_exceptions WHERE order_id = ?",
                       (order_id,)).fetchone()
    if row is None:
        return None
    if row[1] is None:
        return msg("Sort wall", "batch {batch}, no slot", batch=row[0])
    return msg("Sort wall", "batch {batch}, slot {slot}", batch=row[0], slot=row[1])
