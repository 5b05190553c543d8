"""Where the screen's figures come from: this station's journal (works offline)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from station.metrics.dashboard import Dashboard, DashboardQuery
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.station_view import open_read_only, station_dashboard

DashboardLoader = Callable[[DashboardQuery, datetime], Dashboard]


def station_loader(database: Path, settings: MetricsSettings,
                   targets: Targets) -> DashboardLoader:
    """Each call opens its own read-only connection on the worker thread and closes it."""

    def load(query: DashboardQuery, now: datetime) -> Dashboard:
        conn = open_read_only(database)
        try:
            return station_dashboard(conn, query, now=now, settings=settings, targets=targets)
        finally:
            conn.close()

    return load
