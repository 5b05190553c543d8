"""The OMS door, printed as a table, SQLite and PostgreSQL side by side.

    python bench/bench_oms.py [--orders 1000]

1. Orders in via `POST /v1/oms/orders` (batches of 100): new, then posted again (unchanged).
2. Event feed page latency (`GET /v1/oms/events`, pages of 100) after the orders are packed.
3. Webhook deliveries/s to a receiver on loopback (one worker step loop).

The hub runs in this process on loopback (HubThread); PostgreSQL is a throwaway cluster with
its default durability (fsync on). Asserts nothing."""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import median, percentile, print_table
from station.events.pack import OrderPacked
from sync.hub import webhooks
from sync.hub.app import create_app
from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.oms_keys import add_client
from sync.hub.server import HubThread
from sync.hub.stations import add_station
from tests.integration.test_hub_push_per_event import wire
from tests.sync_support import SITE, postgres_available, throwaway_postgres

BATCH = 100


def orders(count: int) -> list[dict[str, Any]]:
    return [{"id": f"B-{n:06d}", "site": SITE, "brand": "KAZE", "customer_name": "山田 太郎",
             "ship_to": {"postcode": "150-0001"},
             "lines": [{"sku": "KAZE-TEE-BLK-S", "quantity": 1}]} for n in range(count)]


class Sink(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # the name http.server calls
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def measure(db: str, count: int) -> dict[str, float]:
    engine = open_hub_db(db)
    seed_demo(engine, SITE)
    key = add_client(engine, ["KAZE"])[1]
    token = add_station(engine, SITE, "PACK-01")
    server = HubThread(create_app(engine)).start()
    sink = ThreadingHTTPServer(("127.0.0.1", 0), Sink)
    sink_thread = threading.Thread(target=sink.serve_forever, daemon=True)
    sink_thread.start()
    result: dict[str, float] = {}
    try:
        with httpx.Client(base_url=server.url, timeout=60,
                          headers={"Authorization": f"Bearer {key}"}) as oms:
            oms.post("/v1/oms/webhooks", json={
                "url": f"http://127.0.0.1:{sink.server_address[1]}/", "secret": "x" * 32})
            batches = [orders(count)[n:n + BATCH] for n in range(0, count, BATCH)]
            for label in ("orders_new", "orders_again"):
                started = time.perf_counter()
                for batch in batches:
                    oms.post("/v1/oms/orders", json={"orders": batch}).raise_for_status()
                result[label] = count / (time.perf_counter() - started)
            packed = [wire(OrderPacked(order_id=order["id"], units=1, lines=1), seq,
                           subject=order["id"])
                      for seq, order in enumerate(orders(count), start=1)]
            with httpx.Client(base_url=server.url, timeout=60,
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
        started = time.perf_counter()
        delivered = 0
        with httpx.Client(timeout=10) as http:
            while tried := webhooks.run_once(engine, http, datetime.now(UTC)):
                delivered += tried
        result["webhooks_per_s"] = delivered / (time.perf_counter() - started)
    finally:
        sink.shutdown()
        sink.server_close()
        server.stop()
        engine.dispose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1000)
    args = parser.parse_args()
    columns = {}
    with tempfile.TemporaryDirectory() as folder:
        columns["SQLite"] = measure(str(Path(folder) / "hub.sqlite3"), args.orders)
    if postgres_available():
        with throwaway_postgres(durable=True) as cluster:
            columns["PostgreSQL"] = measure(cluster.new_database(), args.orders)
    rows = [(name, *(columns[db][key] for db in columns)) for name, key in (
        ("orders in, new (orders/s)", "orders_new"),
        ("orders in, again (orders/s)", "orders_again"),
        ("event page of 100, median (ms)", "page_median_ms"),
        ("event page of 100, p99 (ms)", "page_p99_ms"),
        ("webhook deliveries/s (1 worker)", "webhooks_per_s"))]
    print_table(f"OMS door, {args.orders} orders, batches of {BATCH}", ["", *columns], rows)


if __name__ == "__main__":
    main()
