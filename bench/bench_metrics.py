"""Supervisor dashboard over a 1,000,000-event journal: full refresh time and memory.

Builds a station database in a temporary folder (the journal trigger keeps the metric tables
as events are inserted, as it would at the station), marks all but the newest 300 events as
synced, then times `station_dashboard` (the screen's full refresh) for several filters, and
the raw-event reference the hub uses, for comparison. Also times appending events with and
without the metrics trigger. Prints tables; asserts nothing.

    python bench/bench_metrics.py [--events N] [--runs N]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.common import percentile
from station.metrics.dashboard import DashboardQuery, build
from station.metrics.figures import RawFigures
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.source import EventSource
from station.metrics.station_view import open_read_only, station_dashboard
from station.metrics.synthetic import generate
from station.store import open_store

NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # 15:30 in Tokyo
TODAY = date(2026, 11, 23)


def timed(run: Callable[[], object], runs: int) -> list[float]:
    run()  # warm the page cache and Python's caches once
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return times


def peak_kib(run: Callable[[], object]) -> float:
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


def append_cost(folder: Path, events: int) -> tuple[float, float]:
    """Microseconds per appended event with the metrics trigger and without it."""
    results = []
    for keep_trigger in (True, False):
        store = open_store(folder / f"append-{keep_trigger}.sqlite3")
        if not keep_trigger:
            store.conn.execute("DROP TRIGGER metrics_journal_appended")
        started = time.perf_counter()
        generate(store.conn, events=events, end=NOW, stations=2, packers=4)
        results.append((time.perf_counter() - started) * 1e6 / events)
        store.close()
    return results[0], results[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    settings, targets = MetricsSettings(), Targets()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "station.sqlite3"
        store = open_store(path)
        started = time.perf_counter()
        written = generate(store.conn, events=args.events, end=NOW, stations=10, packers=25)
        build_s = time.perf_counter() - started
        with store.conn:
            store.conn.execute("UPDATE journal SET synced_at = ts WHERE seq <= ?",
                               (written - 300,))
        first, last = store.conn.execute("SELECT min(ts), max(ts) FROM journal").fetchone()
        today_events = store.conn.execute(
            "SELECT count(*) FROM journal WHERE ts >= ?",
            ((datetime(2026, 11, 22, 15, tzinfo=UTC)).isoformat(timespec="milliseconds"),),
        ).fetchone()[0]
        store.close()
        size_mb = path.stat().st_size / 1e6
        conn = open_read_only(path)

        def refresh(query: DashboardQuery) -> Callable[[], object]:
            return lambda: station_dashboard(conn, query, now=NOW, settings=settings,
                                             targets=targets)

        raw = RawFigures(EventSource(conn), settings.zone, settings.idle_gap)
        cases: list[tuple[str, Callable[[], object], int]] = [
            ("station: today (default view)", refresh(DashboardQuery(TODAY, TODAY)), args.runs),
            ("station: today, one brand", refresh(DashboardQuery(TODAY, TODAY, "KAZE")),
             args.runs),
            ("station: last 7 days", refresh(DashboardQuery(TODAY - timedelta(days=6), TODAY)),
             args.runs),
            ("station: last 30 days",
             refresh(DashboardQuery(TODAY - timedelta(days=29), TODAY)), max(args.runs // 3, 3)),
            ("hub path (raw events): today",
             lambda: build(raw, DashboardQuery(TODAY, TODAY), now=NOW, settings=settings,
                           targets=targets), 3),
        ]
        print(f"\nJournal: {written:,} events, {first[:10]} .. {last[:10]}, 10 stations, "
              f"{today_events:,} events today; file {size_mb:,.0f} MB; built in {build_s:.0f} s"
              " (trigger on)\n")
        print(f"{'full dashboard refresh':32} {'runs':>5} {'median ms':>10} {'p99 ms':>9} "
              f"{'x 100 ms':>9} {'peak KiB':>9}")
        for name, run, runs in cases:
            times = timed(run, runs)
            median = statistics.median(times)
            print(f"{name:32} {runs:>5} {median:>10.1f} {percentile(times, 99):>9.1f} "
                  f"{median / 100:>9.2f} {peak_kib(run):>9,.0f}")
        conn.close()
        with_trigger, without = append_cost(folder, 20_000)
        print(f"\n{'appending events (executemany)':32} {'us/event':>10}")
        print(f"{'journal + metrics trigger':32} {with_trigger:>10.1f}")
        print(f"{'journal alone':32} {without:>10.1f}")
        print(f"{'ratio':32} {with_trigger / without:>10.2f}")
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\nprocess peak RSS (ru_maxrss): {rss_mb:,.0f} MB")


if __name__ == "__main__":
    main()
