"""The dashboard of one station from its own journal, which works offline."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from station import journal
from station.errors import StorageError
from station.messages import msg
from station.metrics.dashboard import Dashboard, DashboardQuery, RejectedEvent, build
from station.metrics.figures import JournalFigures
from station.metrics.settings import MetricsSettings, Targets


def station_dashboard(conn: sqlite3.Connection, query: DashboardQuery, *, now: datetime,
                      settings: MetricsSettings, targets: Targets) -> Dashboard:
    """From the tables the journal trigger keeps (see aggregates.py)."""
    return build(JournalFigures(conn, settings.zone), query, now=now, settings=settings,
                 targets=targets, sync_backlog=journal.backlog(conn).waiting,
                 rejected=rejected_events(conn))


def rejected_events(conn: sqlite3.Connection) -> list[RejectedEvent]:
    """Events the hub refused (the sync feature's `rejected_events` table, when present)."""
    present = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rejected_events'"
    ).fetchone()
    if not present:
        return []
    rows = conn.execute("SELECT event_id, type, subject, reason, rejected_at, outcome"
                        " FROM rejected_events ORDER BY rejected_at DESC LIMIT 500")
    return [RejectedEvent(*row) for row in rows]


def open_read_only(path: str | Path) -> sqlite3.Connection:
    """A connection of the screen's worker thread: read-only, so it never blocks the writer
    (WAL lets it read while the station packs)."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("SELECT 1 FROM metrics_settings").fetchone()
    except sqlite3.Error as error:
        raise StorageError(
            msg("Metrics", "The figures cannot be read from {path}: {reason}",
                path=str(path), reason=str(error)),
            msg("Metrics", "Check that the station has started once with this version."),
        ) from error
    return conn
