"""The hub's site throughput endpoint from raw events (before) and from the hourly aggregate
ingest keeps (now), side by side: a busy day (yesterday) and the last 7 days, over a site of
10 stations and 25 packers (~34,000 events a day) with days of history; the same hub, asked
alternately, so load on the machine falls on both. Also what keeping the aggregate costs
ingest (its share of the time pushing a day) and the backfill of revision 0002.
Prints tables; asserts nothing.

    python bench/bench_site_view_aggregate.py [--days 8] [--runs 5] [--db sqlite|postgres|both]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import median, percentile, print_table
from station.events.pack import ORDER, OrderOpened
from station.metrics import synthetic
from station.metrics.settings import MetricsSettings
from sync.hub import feed, ingest, site_metrics
from sync.hub.app import create_app
from sync.hub.db import open_hub_db
from sync.hub.schema import events
from sync.hub.server import HubThread
from sync.hub.stations import StationIdentity, add_station
from tests.sync_support import SITE, postgres_available, throwaway_postgres

EVENTS_PER_DAY = 34_161     # synthetic.generate's site of 10 stations, 25 packers


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=8)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="sqlite")
    args = parser.parse_args()
    databases = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    if "postgres" in databases and not postgres_available():
        print("PostgreSQL is not installed (tools/setup.d/20-postgres.sh)", file=sys.stderr)
        databases.remove("postgres")
    endpoint: list[list[Any]] = []
    costs: list[list[Any]] = []
    for database in databases:
        with _database(database) as (first, second):
            endpoint.extend(_endpoint(database, first, args.days, args.runs, costs))
            costs.extend(_ingest(database, second))
    print_table("site throughput endpoint, raw events vs aggregate (A/B alternating)",
                ["db", "case", "events", "runs", "raw median ms", "raw p99 ms",
                 "aggregate median ms", "aggregate p99 ms", "ratio"], endpoint)
    print_table("what the aggregate costs", ["db", "case", "events", "seconds",
                                             "events/s"], costs)


@contextlib.contextmanager
def _database(kind: str) -> Iterator[tuple[str, str]]:
    if kind == "postgres":
        with throwaway_postgres(durable=True) as cluster:
            yield cluster.new_database(), cluster.new_database()
        return
    with tempfile.TemporaryDirectory() as tmp:
        yield str(Path(tmp) / "view.sqlite3"), str(Path(tmp) / "ingest.sqlite3")


def _endpoint(database: str, db: str, days: int, runs: int,
              costs: list[list[Any]]) -> list[list[Any]]:
    engine = open_hub_db(db)
    now = datetime.now(UTC)
    zone = MetricsSettings().zone
    per_day = Counter(datetime.fromisoformat(row["ts"]).astimezone(zone).date()
                      for row in _fill(engine, now, days * EVENTS_PER_DAY))
    written = sum(per_day.values())
    with engine.begin() as conn:
        started = time.perf_counter()
        site_metrics.rebuild(conn)
        took = time.perf_counter() - started
    costs.append([database, "backfill (revision 0002)", written, took, written / took])
    app = create_app(engine)
    server = HubThread(app).start()
    token = add_station(engine, SITE, "SUP-VIEW")
    yesterday = now.astimezone(zone).date() - timedelta(days=1)
    rows = []
    try:
        with httpx.Client(base_url=server.url, timeout=600,
                          headers={"Authorization": f"Bearer {token}"}) as client:
            for label, first in (("busy day", yesterday),
                                 ("7 days", yesterday - timedelta(days=6))):
                params = {"first": first.isoformat(), "last": yesterday.isoformat()}
                times: dict[str, list[float]] = {"raw": [], "aggregate": []}
                for _ in range(runs):
                    for source, measured in times.items():
                        app.state.site_view = source
                        started = time.perf_counter()
                        answer = client.get(f"/v1/sites/{SITE}/throughput", params=params)
                        measured.append((time.perf_counter() - started) * 1000)
                        answer.raise_for_status()
                counted = sum(n for day, n in per_day.items() if first <= day <= yesterday)
                rows.append([database, label, counted, runs, median(times["raw"]),
                             percentile(times["raw"], 99), median(times["aggregate"]),
                             percentile(times["aggregate"], 99),
                             f"{median(times['raw']) / median(times['aggregate']):.0f}x"])
    finally:
        server.stop()
        engine.dispose()
    return rows


def _fill(engine: Engine, now: datetime, count: int) -> list[dict[str, Any]]:
    """Days of a busy site straight into the hub's events table (as if pushed)."""
    rows = _synthetic(now, count)
    received = datetime.now(UTC)
    with engine.begin() as conn:
        for index in range(0, len(rows), 20_000):
            conn.execute(insert(events), [{**row, "payload": json.dumps(row["payload"]),
                                           "site": SITE, "received_at": received}
                                          for row in rows[index:index + 20_000]])
    return rows


def _synthetic(now: datetime, count: int) -> list[dict[str, Any]]:
    conn = sqlite3.connect(":memory:")
    synthetic.create_hub_table(conn, "hub_events")
    synthetic.generate(conn, events=count, end=now, stations=10, packers=25,
                       table="hub_events")
    found = [{"id": id_, "seq": seq, "ts": ts, "station": station, "user": user,
              "type": type_, "subject": subject, "payload": json.loads(payload)}
             for id_, seq, ts, station, user, type_, subject, payload in conn.execute(
                 "SELECT id, seq, ts, station, user, type, subject, payload FROM hub_events"
                 " ORDER BY station, seq")]
    conn.close()
    return found


def _ingest(database: str, db: str) -> list[list[Any]]:
    """A day pushed through ingest in batches of 500, station by station, timing the share
    of it spent keeping the aggregate (`site_metrics.record`, in the same transaction)."""
    engine = open_hub_db(db)
    day = _synthetic(datetime.now(UTC), EVENTS_PER_DAY)
    with engine.begin() as conn:
        for order in sorted({row["subject"] for row in day if row["type"] == OrderOpened.TYPE}):
            feed.publish(conn, ORDER, order, {"id": order}, SITE)
    keep = site_metrics.record
    spent = [0.0]

    def timed(conn: Any, rows: Any) -> None:
        started = time.perf_counter()
        keep(conn, rows)
        spent[0] += time.perf_counter() - started

    site_metrics.record = timed
    try:
        started = time.perf_counter()
        for station in sorted({row["station"] for row in day}):
            add_station(engine, SITE, station)
            mine = [row for row in day if row["station"] == station]
            who = StationIdentity(station, SITE)
            for index in range(0, len(mine), 500):
                ingest.push(engine, who, mine[index:index + 500])
        took = time.perf_counter() - started
    finally:
        site_metrics.record = keep
        engine.dispose()
    return [[database, "ingest a day (batches of 500)", len(day), took, len(day) / took],
            [database, "  of which keeping the aggregate", len(day), spent[0],
             f"{spent[0] / took:.0%} of ingest"]]


if __name__ == "__main__":
    main()
