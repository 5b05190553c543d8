"""Carriers: numbers issued per second from a station block, blocks claimed from the hub,
and the export of 10,000 shipments in each carrier's layout.

    ./dev bench bench_carriers    (or, from the project root: python -m bench.bench_carriers)
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from bench.common import median, percentile, print_table
from station.carriers.contracts import default_contracts
from station.carriers.export import export
from station.carriers.issuing import issue_tracking
from station.carriers.numbering import Actor, receive_block
from station.carriers.orders import shipments_for
from station.carriers.shipment import Delivery, Parcel, Shipment
from station.models import Address
from station.store import open_store
from sync.client import HubClient
from sync.hub.app import create_app
from sync.hub.db import open_hub_db
from sync.hub.number_blocks import add_range
from sync.hub.server import HubThread
from sync.hub.stations import add_station

ISSUES = 2000
CLAIMS = 100
SHIPMENTS = 10_000
RUNS = 3
CONTRACTS = default_contracts()
TO = Address(name="山田 太郎", postcode="150-0001", region="東京都", city="渋谷区",
             street="神宮前5-1-1 アパート101", phone="03-1234-5678")
FROM = Address(name="KAZE Apparel", postcode="135-0061", region="東京都", city="江東区",
               street="豊洲3-2-1", phone="03-0000-0000")
SERVICES = {"yamato": "宅急便", "sagawa": "飛脚宅配便", "japanpost": "ゆうパック"}
SLOTS = {"yamato": "1416", "sagawa": "14", "japanpost": "53"}


def bench_issue(folder: Path) -> list[object]:
    store = open_store(folder / "issue.sqlite3")
    actor = Actor("BENCH", None, datetime.now(UTC))
    contract = CONTRACTS["yamato"]
    receive_block(store, contract.number_kind, 0, ISSUES - 1, actor)
    times = []
    started = time.perf_counter()
    for order in range(ISSUES):
        t0 = time.perf_counter()
        issue_tracking(store, contract, f"ORD-{order}", 1, actor)
        times.append((time.perf_counter() - t0) * 1000)
    total = time.perf_counter() - started
    store.close()
    return ["issue a tracking number (SQLite file, FULL sync)", ISSUES, median(times),
            percentile(times, 99), ISSUES / total]


def bench_claim(folder: Path) -> list[object]:
    engine = open_hub_db(str(folder / "hub.sqlite3"))
    add_range(engine, "TYO1", "tracking/bench", 0, 10**9)
    server = HubThread(create_app(engine)).start()
    client = HubClient(server.url, add_station(engine, "TYO1", "BENCH"), "TYO1")
    times = []
    try:
        for _ in range(CLAIMS):
            t0 = time.perf_counter()
            client.claim_block("tracking/bench", 500)
            times.append((time.perf_counter() - t0) * 1000)
    finally:
        client.close()
        server.stop()
        engine.dispose()
    return ["claim a block of 500 from the hub (loopback, SQLite)", CLAIMS, median(times),
            percentile(times, 99), CLAIMS / (sum(times) / 1000)]


def shipments(carrier: str) -> list[Shipment]:
    base = Shipment(order_id="", carrier=carrier, service=SERVICES[carrier], ship_to=TO,
                    ship_from=FROM, ship_date="2026-12-01",
                    delivery=Delivery(date="2026-12-03", time_slot=SLOTS[carrier],
                                      item="衣料品"),
                    parcels=(Parcel(1, 1500, (300, 200, 100)),))
    made = []
    for number in range(SHIPMENTS):
        parcels = base.parcels if number % 10 else (Parcel(1, 1500, (300, 200, 100)),
                                                    Parcel(2, 2500, (350, 250, 150)))
        delivery = replace(base.delivery, cod_yen=5000 if number % 7 == 0 else 0)
        made.append(replace(base, order_id=f"ORD-{number:06d}", parcels=parcels,
                            delivery=delivery))
    return made


def bench_export() -> list[list[object]]:
    rows: list[list[object]] = []
    for carrier, contract in CONTRACTS.items():
        values = shipments(carrier)
        times = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            files = export(contract, values)
            times.append(time.perf_counter() - t0)
        result = files[contract.file_layout]
        rows.append([f"{carrier} ({contract.file_layout})", result.shipments, result.rows,
                     median(times), max(times), len(result.content) / 1e6])
    return rows


def bench_export_from_database(folder: Path) -> list[object]:
    """The command line's path: 10,000 open Yamato orders read from a station database."""
    store = open_store(folder / "export.sqlite3")
    with store.write() as db:
        db.conn.execute("INSERT INTO brands (id, name) VALUES ('KAZE', 'KAZE Apparel')")
        db.conn.execute("INSERT INTO products (sku, gtin, brand, name, name_ja, weight_g)"
                        " VALUES ('TEE', '04900000000001', 'KAZE', 'Tee', 'Tシャツ', 190)")
        address = json.dumps(TO.__dict__, ensure_ascii=False)
        delivery = json.dumps({"date": "2026-12-03", "time_slot": "1416", "item": "衣料品"},
                              ensure_ascii=False)
        db.conn.executemany(
            "INSERT INTO orders (id, brand, customer_name, ship_to, carrier, service, delivery,"
            " created_at) VALUES (?, 'KAZE', ?, ?, 'YAMATO', 'TA-Q-BIN', ?, '2026-12-01')",
            [(f"ORD-{n:06d}", TO.name, address, delivery) for n in range(SHIPMENTS)])
        db.conn.executemany("INSERT INTO order_lines (order_id, line_no, sku, quantity)"
                            " VALUES (?, 1, 'TEE', 2)",
                            [(f"ORD-{n:06d}",) for n in range(SHIPMENTS)])
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        files = export(CONTRACTS["yamato"], shipments_for(store.conn, "yamato", "2026-12-01"))
        times.append(time.perf_counter() - t0)
    store.close()
    result = files["b2"]
    return ["yamato (b2) from the station database", result.shipments, result.rows,
            median(times), max(times), len(result.content) / 1e6]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print_table("Numbers", ["operation", "n", "median ms", "p99 ms", "per s"],
                    [bench_issue(folder), bench_claim(folder)])
        print_table(f"Export of {SHIPMENTS:,} shipments (1 in 10 with two boxes)",
                    ["layout", "shipments", "rows", "median s", "max s", "MB"],
                    [*bench_export(), bench_export_from_database(folder)])


if __name__ == "__main__":
    main()
