"""What the per-packer unit split (0402) and the exception decisions (0403) cost each journal
append: the synthetic site journal replayed through the metrics triggers of 0401 alone, and
with 0402 and 0403 beside them, once as generated (no hand-overs, the normal case) and once
with every OrderPacked split between two packers (the split trigger's whole work). Prints a
table; asserts nothing.

    python -m bench.bench_handover_metrics [--events N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import median, percentile, print_table
from station.metrics.synthetic import generate
from station.store import open_store

NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)
NEW_TRIGGERS = ("metrics_units_by_packer", "metrics_exception_decided")


def _split_orders(conn: sqlite3.Connection) -> None:
    """Rewrite the source rows' OrderPacked payloads with a two-packer split before they are
    replayed (the journal itself refuses updates, so the copy is split)."""
    rows = conn.execute("SELECT seq, payload FROM bench_source WHERE type = 'OrderPacked'")
    for seq, payload in rows.fetchall():
        data = json.loads(payload)
        units = int(data.get("units") or 0)
        data["packers"] = [{"badge": "P-X", "units": units // 2},
                           {"badge": "P-Y", "units": units - units // 2}]
        conn.execute("UPDATE bench_source SET payload = ? WHERE seq = ?",
                     (json.dumps(data), seq))


def replay_cost(folder: Path, events: int, run: int, *, new_triggers: bool,
                split: bool) -> float:
    """Microseconds per event replayed through the metrics view (the journal trigger's path)."""
    store = open_store(folder / f"replay-{new_triggers}-{split}-{run}.sqlite3")
    conn = store.conn
    generate(conn, events=events, end=NOW, stations=2, packers=4)
    conn.execute("CREATE TABLE bench_source AS SELECT * FROM journal")
    if split:
        _split_orders(conn)
    for table in ("metrics_hour", "metrics_category", "metrics_packed", "metrics_last",
                  "metrics_order", "metrics_exception", "metrics_brand", "metrics_pack_time",
                  "metrics_pack_day"):
        conn.execute(f"DELETE FROM {table}")
    if not new_triggers:
        for trigger in NEW_TRIGGERS:
            conn.execute(f"DROP TRIGGER {trigger}")
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute("INSERT INTO metrics_input (seq, ts, station, user, type, subject, payload)"
                 " SELECT seq, ts, station, user, type, subject, payload FROM bench_source"
                 " ORDER BY seq")
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - started) * 1e6 / events
    store.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = []
        results = {}
        cases = (("0401 alone, no hand-overs", False, False),
                 ("0401 + 0402 + 0403, no hand-overs", True, False),
                 ("0401 + 0402 + 0403, every order split", True, True))
        for name, new_triggers, split in cases:
            times = [replay_cost(folder, args.events, run, new_triggers=new_triggers,
                                 split=split) for run in range(args.runs)]
            results[name] = median(times)
            rows.append((name, args.runs, median(times), percentile(times, 99),
                         median(times) / results[cases[0][0]]))
        print_table(f"metrics triggers, {args.events:,} synthetic events replayed",
                    ("triggers", "runs", "median us/event", "p99 us/event", "x 0401 alone"),
                    rows)


if __name__ == "__main__":
    main()
