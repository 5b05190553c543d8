"""What surviving unparsable payloads costs the hub's site view (station.metrics.source), side
by side with the reader before, which took the values out in SQL with `json_extract` (one
payload the database could not parse, or a value SQLite cannot hand back as UTF-8, failed the
whole view): now the payloads of the types that contribute a value are read and parsed in
Python. Both count the same raw events of a synthetic journal; runs alternate so that load
on the machine falls on both. Prints a table; asserts nothing.

    python bench/bench_site_view_source.py [--events 50000] [--runs 7]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.common import median, percentile, print_table
from station.metrics.dashboard import DashboardQuery, build
from station.metrics.definitions import VALUE_FIELD
from station.metrics.figures import RawFigures
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.source import EventSource, Row
from station.metrics.station_view import open_read_only
from station.metrics.synthetic import generate
from station.store import open_store

NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)
TODAY = date(2026, 11, 23)


class SqlJsonSource(EventSource):
    """The reader before: each value taken out of the payload by SQLite."""

    def _select(self, where: str, params: Sequence[Any]) -> list[Row]:
        cases = " ".join(f"WHEN '{type_}' THEN json_extract(payload, '$.{name}')"
                         for type_, name in VALUE_FIELD.items())
        sql = (f'SELECT seq, ts, station, "user", type, subject, CASE type {cases} END '
               f"FROM {self.table} WHERE " + where.replace("{p}", "?"))
        cursor = self.connection.cursor()
        try:
            cursor.execute(sql, list(params))
            return [Row(seq, datetime.fromisoformat(ts), station, user, type_, subject, value)
                    for seq, ts, station, user, type_, subject, value in cursor.fetchall()]
        finally:
            cursor.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    settings, targets = MetricsSettings(), Targets()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "station.sqlite3"
        store = open_store(path)
        written = generate(store.conn, events=args.events, end=NOW, stations=10, packers=25)
        store.close()
        conn = open_read_only(path)
        readers = {"json_extract in SQL (before)": SqlJsonSource(conn),
                   "payloads parsed in Python (now)": EventSource(conn)}
        rows = []
        for label, first in (("today", TODAY), ("last 7 days", TODAY - timedelta(days=6))):
            times: dict[str, list[float]] = {name: [] for name in readers}
            query = DashboardQuery(first, TODAY)
            for _ in range(args.runs):
                for name, source in readers.items():
                    figures = RawFigures(source, settings.zone, settings.idle_gap)
                    times[name].append(_timed(lambda f=figures, q=query: build(
                        f, q, now=NOW, settings=settings, targets=targets)))
            for name, measured in times.items():
                rows.append([f"site view, {label}: {name}", args.runs, median(measured),
                             percentile(measured, 99)])
        conn.close()
    print_table(f"hub site view over {written:,} raw events (A/B alternating)",
                ["case", "runs", "median ms", "p99 ms"], rows)


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    main()
