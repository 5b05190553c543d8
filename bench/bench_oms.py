"""The OMS door, printed as a table: SQLite, and PostgreSQL with 1 and 2 hub worker
processes, side by side.

    python bench/bench_oms.py [--orders 400] [--clients 4] [--webhooks 4]

The hub runs as `python -m sync.hub serve --workers N` (the API and a webhook worker in each
process); PostgreSQL is a throwaway cluster with its default durability (fsync on).
1. Orders in via `POST /v1/oms/orders` (batches of 100, `--clients` posting at once): new,
   then posted again (unchanged).
2. Event feed page latency (`GET /v1/oms/events`, pages of 100) after the orders are packed.
3. Webhook deliveries/s to a receiver on loopback: `--webhooks` webhooks each get every
   event (one webhook's deliveries go one at a time, in order), counted from the first
   delivery to the last. Asserts nothing."""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import median, percentile, print_table
from station.events.pack import OrderPacked
from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.oms_keys import add_client
from sync.hub.stations import add_station
from tests.integration.test_hub_push_per_event import wire
from tests.support import wait_until
from tests.sync_support import SITE, postgres_available, throwaway_postgres
from tests.webhook_support import HubProcess

BATCH = 100


def orders(count: int) -> list[dict[str, Any]]:
    return [{"id": f"B-{n:06d}", "site": SITE, "brand": "KAZE", "customer_name": "山田 太郎",
             "ship_to": {"postcode": "150-0001"},
             "lines": [{"sku": "KAZE-TEE-BLK-S", "quantity": 1}]} for n in range(count)]


class Sink:
    """A receiver that answers 204 and notes when each delivery arrived."""

    def __init__(self) -> None:
        self.arrivals: list[float] = []
        self.lock = threading.Lock()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # the name http.server calls
                self.rfile.read(int(self.headers["Content-Length"]))
                with sink.lock:
                    sink.arrivals.append(time.perf_counter())
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def measure(db: str, count: int, *, workers: int, clients: int, hooks: int,
            log: Path) -> dict[str, float]:
    engine = open_hub_db(db)
    seed_demo(engine, SITE)
    key = add_client(engine, ["KAZE"])[1]
    token = add_station(engine, SITE, "PACK-01")
    # Idle workers look for deliveries 5 times a second, not 50 (the tests' pace).
    hub = HubProcess(db, engine, log, workers=workers,
                     flags=("--webhook-interval", "0.2")).start()
    sink = Sink()
    result: dict[str, float] = {}
    try:
        with httpx.Client(base_url=hub.url, timeout=120,
                          headers={"Authorization": f"Bearer {key}"}) as oms:
            for _ in range(hooks):
                oms.post("/v1/oms/webhooks", json={"url": sink.url, "secret": "x" * 32}
                         ).raise_for_status()
            batches = [orders(count)[n:n + BATCH] for n in range(0, count, BATCH)]

            def post(batch: list[dict[str, Any]]) -> None:
                oms.post("/v1/oms/orders", json={"orders": batch}).raise_for_status()

            with ThreadPoolExecutor(clients) as pool:
                for label in ("orders_new", "orders_again"):
                    started = time.perf_counter()
                    list(pool.map(post, batches))
                    result[label] = count / (time.perf_counter() - started)
            packed = [wire(OrderPacked(order_id=order["id"], units=1, lines=1), seq,
                           subject=order["id"])
                      for seq, order in enumerate(orders(count), start=1)]
            with httpx.Client(base_url=hub.url, timeout=120,
                              headers={"Authorization": f"Bearer {token}"}) as station:
                for n in range(0, count, 500):
                    station.post(f"/v1/sites/{SITE}/events",
                                 json={"events": packed[n:n + 500]}).raise_for_status()
            times, cursor = [], 0
            while True:
                started = time.perf_counter()
                page = oms.get("/v1/oms/events", params={"after": cursor, "limit": 100}).json()
                times.append(time.perf_counter() - started)
                if not page["events"]:
                    break
                cursor = page["cursor"]
            result["page_median_ms"] = median(times) * 1000
            result["page_p99_ms"] = percentile(times, 99) * 1000
        expected = count * hooks
        if not wait_until(lambda: len(sink.arrivals) >= expected, timeout=600, interval=0.2):
            raise RuntimeError(f"only {len(sink.arrivals)} of {expected} deliveries arrived")
        span = sink.arrivals[-1] - sink.arrivals[0]
        result["webhooks_per_s"] = (len(sink.arrivals) - 1) / span
    finally:
        sink.close()
        hub.stop()
        engine.dispose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=400)
    parser.add_argument("--clients", type=int, default=4, help="OMS clients posting at once")
    parser.add_argument("--webhooks", type=int, default=4)
    args = parser.parse_args()
    columns = {}
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "hub.log"
        shape = {"clients": args.clients, "hooks": args.webhooks, "log": log}
        columns["SQLite, 1 worker"] = measure(str(Path(folder) / "hub.sqlite3"), args.orders,
                                              workers=1, **shape)
        if postgres_available():
            with throwaway_postgres(durable=True) as cluster:
                for workers in (1, 2):
                    columns[f"PostgreSQL, {workers} worker{'s' if workers > 1 else ''}"] = (
                        measure(cluster.new_database(), args.orders, workers=workers,
                                **shape))
    rows = [(name, *(columns[db][key] for db in columns)) for name, key in (
        ("orders in, new (orders/s)", "orders_new"),
        ("orders in, again (orders/s)", "orders_again"),
        ("event page of 100, median (ms)", "page_median_ms"),
        ("event page of 100, p99 (ms)", "page_p99_ms"),
        (f"webhook deliveries/s ({args.webhooks} webhooks)", "webhooks_per_s"))]
    print_table(f"OMS door, {args.orders} orders, batches of {BATCH}, {args.clients} clients",
                ["", *columns], rows)


if __name__ == "__main__":
    main()
