"""Steps confirmed at the bench (熨斗, wrapping, flyers, samples) from `metrics_steps`, kept
by the journal trigger of migration 0711."""

from __future__ import annotations

import sqlite3
from datetime import datetime


def steps_confirmed(conn: sqlite3.Connection, start: datetime, end: datetime,
                    brand: str | None = None) -> dict[str, int]:
    """Confirmations per step kind in the UTC hours from `start` up to `end`."""
    sql = ("SELECT kind, sum(count) FROM metrics_steps WHERE hour >= ? AND hour < ?")
    params = [start.strftime("%Y-%m-%dT%H"), end.strftime("%Y-%m-%dT%H")]
    if brand is not None:
        sql += " AND brand = ?"
        params.append(brand)
    return {kind: int(count) for kind, count in conn.execute(sql + " GROUP BY kind", params)}
