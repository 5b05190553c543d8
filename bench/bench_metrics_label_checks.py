"""What counting the carrier label check in the metrics costs (migration 0410): appending
events with and without its trigger, and the migration's count of the label checks already
in a journal. Prints tables; asserts nothing.

    python bench/bench_metrics_label_checks.py [--events N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import percentile, print_table
from station.clock import iso
from station.events.shipping import LabelChecked
from station.metrics.synthetic import generate
from station.migrations import migrate
from station.store import open_store

NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)
MIGRATION = "0410_metrics_label_checks"
TRIGGER = "metrics_apply_label_checks"
APPENDED = 5_000
INSERT = ("INSERT INTO journal (id, seq, ts, station, user, type, subject, payload)"
          " VALUES (?, NULL, ?, ?, ?, ?, ?, ?)")


def label_rows(count: int, prefix: str) -> list[tuple[object, ...]]:
    """`count` LabelChecked events of generated orders (ORD-PACK-01-20261123-n), a second
    apart, so each takes its order's brand."""
    rows = []
    for number in range(count):
        order = f"ORD-PACK-{number % 10 + 1:02d}-20261123-{number // 10 + 1}"
        payload = LabelChecked(order_id=order, box_no=1, tracking=str(100000 + number))
        rows.append((f"{prefix}-{number}", iso(NOW + timedelta(seconds=number)), "PACK-01",
                     "P-1001", LabelChecked.TYPE, order,
                     json.dumps(payload.to_payload(), separators=(",", ":"))))
    return rows


def append_us(folder: Path, name: str, keep: bool, runs: int, events: int) -> list[float]:
    """Microseconds per event appending generated events, then label checks, per run."""
    times = []
    for run in range(runs):
        store = open_store(folder / f"{name}-{keep}-{run}.sqlite3")
        if not keep:
            store.conn.execute(f"DROP TRIGGER {TRIGGER}")
        started = time.perf_counter()
        if name == "generated":
            generate(store.conn, events=events, end=NOW, stations=2, packers=4, seed=run)
        else:
            with store.conn:
                store.conn.executemany(INSERT, label_rows(events, f"L{run}"))
        times.append((time.perf_counter() - started) * 1e6 / events)
        store.close()
    return times


def migration_s(folder: Path, events: int, labels: int) -> tuple[float, int]:
    """Seconds the migration takes on a journal of `events` generated events and `labels`
    label checks journaled before it existed."""
    store = open_store(folder / "before.sqlite3")
    conn = store.conn
    conn.execute(f"DROP TRIGGER {TRIGGER}")
    conn.execute("DELETE FROM schema_migrations WHERE id = ?", (MIGRATION,))
    written = generate(conn, events=events, end=NOW, stations=10, packers=25)
    with conn:
        conn.executemany(INSERT, label_rows(labels, "before"))
    started = time.perf_counter()
    migrate(conn)
    took = time.perf_counter() - started
    store.close()
    return took, written + labels


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = []
        for name in ("generated", "label checks"):
            for keep in (True, False):
                times = append_us(folder, name, keep, args.runs, APPENDED)
                rows.append((f"{name}, label trigger {'on' if keep else 'off'}", args.runs,
                             f"{statistics.median(times):.1f}",
                             f"{percentile(times, 99):.1f}"))
        print_table(f"Appending {APPENDED:,} events (executemany), microseconds per event",
                    ("events", "runs", "median", "p99"), rows)
        took, total = migration_s(folder, args.events, args.events // 20)
        print_table("Migration 0410 on a journal written before it",
                    ("journal events", "label checks", "ms"),
                    [(f"{total:,}", f"{args.events // 20:,}", f"{took * 1000:.1f}")])


if __name__ == "__main__":
    main()
