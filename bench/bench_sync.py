"""Sync benchmarks, printed as a table (medians, p99, targets side by side).

    python bench/bench_sync.py [--quick]

1. Drain 10,000 queued events from one station to the hub over loopback (SQLite hub).
2. Hub ingest, 50 simulated stations pushing at once, SQLite and PostgreSQL.
3. Feed pull latency (a page of 500 records; an empty pull at the head).
4. Catch-up after 72 h offline: 50,000 events drained by the real worker.

The hub runs as its own process (`python -m sync.hub serve`), as in production; PostgreSQL is
a throwaway cluster with its default durability (fsync on)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import percentile  # noqa: E402
from station import journal  # noqa: E402
from station.clock import FixedClock  # noqa: E402
from station.ids import EventId  # noqa: E402
from station.metrics.synthetic import packed_item  # noqa: E402
from sync.client import HubClient  # noqa: E402
from sync.hub.db import open_hub_db  # noqa: E402
from sync.hub.demo import seed_demo  # noqa: E402
from sync.hub.stations import add_station  # noqa: E402
from sync.settings import HubSettings  # noqa: E402
from sync.worker import SyncWorker  # noqa: E402
from tests.sync_faults import fill_journal, open_station_db  # noqa: E402
from tests.sync_support import (  # noqa: E402
    SITE,
    free_port,
    postgres_available,
    throwaway_postgres,
)


@contextmanager
def hub_process(db: str, workers: int = 1) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sync.hub", "serve", "--port", str(port), "--db", db,
         "--workers", str(workers)], cwd=ROOT, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url + "/v1/health", timeout=0.5)
            break
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.05)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(10)


def drain(db: str, folder: Path, events: int, batch: int, name: str) -> float:
    engine = open_hub_db(db)
    token = add_station(engine, SITE, name)
    store = open_station_db(folder / f"{name}.sqlite3")
    fill_journal(store, name, events, FixedClock(), random.Random(1), per_commit=1000,
                 hub=engine)
    store.close()
    engine.dispose()
    with hub_process(db) as url:
        worker = SyncWorker(folder / f"{name}.sqlite3", HubClient(url, token, SITE),
                            HubSettings(batch_size=batch))
        start = time.perf_counter()
        sent = worker.drain()
        elapsed = time.perf_counter() - start
        worker.stop()
    assert sent == events, (sent, events)
    return elapsed


def ingest(db: str, stations: int, batches: int, batch: int, workers: int) -> float:
    """Events/s accepted by the hub with `stations` pushing pre-encoded batches at once."""
    engine = open_hub_db(db)
    seed_demo(engine, SITE)  # the orders the events name: the hub refuses unknown ones
    tokens = [add_station(engine, SITE, f"LOAD-{n}") for n in range(stations)]
    engine.dispose()
    bodies = []
    for n in range(stations):
        seq = 0
        mine = []
        for _ in range(batches):
            events = []
            for _ in range(batch):
                seq += 1
                order_id = f"ORD-{100001 + (n * 7 + seq // 5) % 240}"
                event = dataclasses.replace(journal.event_of(
                    packed_item(order_id), station=f"LOAD-{n}", user="P-1001",
                    at=datetime(2026, 11, 23, 9, tzinfo=UTC), subject=order_id,
                ), id=EventId(f"{n:04d}-{seq:08d}-0000-7000-8000-000000000000"), seq=seq)
                events.append(event.to_wire())
            mine.append(json.dumps({"events": events}).encode())
        bodies.append(mine)
    errors: list[str] = []
    with hub_process(db, workers) as url:
        barrier = threading.Barrier(stations + 1)

        def station(n: int) -> None:
            with httpx.Client(base_url=url, timeout=60, headers={
                    "Authorization": f"Bearer {tokens[n]}",
                    "Content-Type": "application/json"}) as http:
                barrier.wait()
                for body in bodies[n]:
                    response = http.post(f"/v1/sites/{SITE}/events", content=body)
                    if response.status_code != 200:
                        errors.append(str(response.status_code))

        threads = [threading.Thread(target=station, args=(n,)) for n in range(stations)]
        for thread in threads:
            thread.start()
        barrier.wait()
        start = time.perf_counter()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - start
    assert not errors, errors[:3]
    return stations * batches * batch / elapsed


def feed_latency(db: str, rounds: int) -> tuple[list[float], list[float]]:
    engine = open_hub_db(db)
    seed_demo(engine, SITE)
    token = add_station(engine, SITE, "FEED-1")
    engine.dispose()
    page, empty = [], []
    with hub_process(db) as url, httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {token}"}) as http:
        head = http.get(f"/v1/sites/{SITE}/feed", params={"after": 0, "limit": 1}).json()["head"]
        for _ in range(rounds):
            start = time.perf_counter()
            http.get(f"/v1/sites/{SITE}/feed", params={"after": 0, "limit": 500}).raise_for_status()
            page.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            http.get(f"/v1/sites/{SITE}/feed", params={"after": head}).raise_for_status()
            empty.append((time.perf_counter() - start) * 1000)
    return page, empty


def station_lock_times(folder: Path, rounds: int) -> tuple[list[float], list[float]]:
    """How long the worker holds the station's write lock: one feed page of 500 orders
    applied, and one batch of 500 events acknowledged (ms each)."""
    from datetime import UTC, datetime

    from station import demo, journal
    from station.inbox.apply import apply_page
    from station.inbox.records import FeedRecord
    from station.inbox.rejected import acknowledge

    store = open_station_db(folder / "locks.sqlite3")
    demo.seed(store, datetime.now(UTC))
    skus = [row[0] for row in store.conn.execute("SELECT sku FROM products LIMIT 20")]
    fill_journal(store, "LOCKS", rounds * 500, FixedClock(), random.Random(2), per_commit=500)
    pages, acks = [], []
    for number in range(rounds):
        records = [FeedRecord(number * 500 + n, "order", f"B-{number}-{n}", {
            "id": f"B-{number}-{n}", "brand": "KAZE", "customer_name": "Ann",
            "tote": f"TOTE-B-{number}-{n}", "lines": [{"sku": skus[n % 20], "quantity": 1},
                                                      {"sku": skus[(n + 1) % 20], "quantity": 2}]})
            for n in range(500)]
        start = time.perf_counter()
        apply_page(store, records, number * 500 + 499, datetime.now(UTC))
        pages.append((time.perf_counter() - start) * 1000)
        batch = journal.unsynced(store.conn, 500)
        start = time.perf_counter()
        with store.write() as db:
            acknowledge(db.conn, [e.id for e in batch], [], datetime.now(UTC))
        acks.append((time.perf_counter() - start) * 1000)
    store.close()
    return pages, acks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    runs = 1 if args.quick else 3
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        times = [drain(str(folder / f"drain{n}.sqlite3"), folder, 10_000, 500, f"DRAIN-{n}")
                 for n in range(runs)]
        rows.append(("drain 10,000 events, SQLite hub (batch 500)",
                     f"{statistics.median(times):.2f} s", f"{max(times):.2f} s", "< 5 s"))
        rate = ingest(str(folder / "ingest.sqlite3"), 50, 10, 200, 1)
        rows.append(("ingest, 50 stations at once, SQLite hub", f"{rate:,.0f} ev/s", "-",
                     "-"))
        if postgres_available():
            with throwaway_postgres(durable=True) as cluster:
                for workers in (1, 2):
                    rate = ingest(cluster.new_database(), 50, 10, 200, workers)
                    rows.append((f"ingest, 50 stations at once, PostgreSQL, {workers} hub"
                                 f" process(es)", f"{rate:,.0f} ev/s", "-", ">= 5,000 ev/s"))
        page, empty = feed_latency(str(folder / "feed.sqlite3"), 50 if args.quick else 200)
        rows.append(("feed pull, page of 500 records", f"{statistics.median(page):.1f} ms",
                     f"{percentile(page, 99):.1f} ms", "-"))
        rows.append(("feed pull at the head (nothing new)", f"{statistics.median(empty):.1f} ms",
                     f"{percentile(empty, 99):.1f} ms", "-"))
        pages, acks = station_lock_times(folder, 10 if args.quick else 30)
        rows.append(("station write lock: apply a feed page of 500 orders",
                     f"{statistics.median(pages):.1f} ms", f"{percentile(pages, 99):.1f} ms",
                     "short"))
        rows.append(("station write lock: acknowledge a batch of 500 events",
                     f"{statistics.median(acks):.1f} ms", f"{percentile(acks, 99):.1f} ms",
                     "short"))
        catch_up = drain(str(folder / "catchup.sqlite3"), folder, 50_000, 1000, "OFFLINE-72H")
        rows.append(("catch-up after 72 h offline: 50,000 events (batch 1000)",
                     f"{catch_up:.1f} s", "-", "-"))
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'median':>14}  {'max / p99':>10}  target")
    for name, median, worst, target in rows:
        print(f"{name:<{width}}  {median:>14}  {worst:>10}  {target}")


if __name__ == "__main__":
    main()
