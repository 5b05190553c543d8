"""The site's dashboard over the hub's copy of every station's events.

The hub calls `site_dashboard` with a DB-API connection (sqlite3, or psycopg: pass
`dialect=POSTGRES`; from SQLAlchemy, `engine.raw_connection()`) and the name of its events
table, which has the journal's columns (id, seq, ts, station, user, type, subject, payload)
plus `site`. It counts raw events with the same definitions a station uses."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from station.metrics.dashboard import Dashboard, DashboardQuery, build
from station.metrics.figures import RawFigures
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.source import SQLITE, Dialect, EventSource


def site_dashboard(connection: Any, table: str, query: DashboardQuery, *, now: datetime,
                   settings: MetricsSettings, targets: Targets, site: str | None = None,
                   dialect: Dialect = SQLITE) -> Dashboard:
    source = EventSource(connection, table=table, dialect=dialect, site=site)
    return build(RawFigures(source, settings.zone, settings.idle_gap), query, now=now,
                 settings=settings, targets=targets)
