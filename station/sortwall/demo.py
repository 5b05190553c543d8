"""Demo batches: waves of small (1-2 unit) orders picked into totes for the sort wall, seeded
with the rest of the demo data (so the embedded hub sends the same ones)."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import datetime, time, timedelta, timezone

from station.clock import iso
from station.sortwall.batches import store_batch

JST = timezone(timedelta(hours=9))
# (batch id, orders, slots, totes)
BATCHES = (("BATCH-0001", 20, 24, 1), ("BATCH-0002", 40, 48, 2), ("BATCH-0003", 60, 60, 3))
FIRST_ORDER = 200001
# Carrier pickups at the dock (JST): an order's cut-off is its carrier's.
_CUTOFFS = {"YAMATO": time(17, 0), "SAGAWA": time(15, 30), "JPPOST": time(16, 0)}
_CUSTOMERS = ("佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 翔", "伊藤 さくら", "渡辺 蓮")
_ADDRESS = {"postcode": "150-0001", "region": "東京都", "city": "渋谷区",
            "street": "神宮前1-2-3", "country": "JP", "phone": "03-1234-5678"}


def seed_batches(conn: sqlite3.Connection, now: datetime, seed_value: int = 14) -> int:
    """Add the demo batches and their orders (inside the caller's transaction). Returns the
    number of orders added; nothing when the batches are there already."""
    if conn.execute("SELECT 1 FROM batches LIMIT 1").fetchone():
        return 0
    rng = random.Random(seed_value)
    products = [(sku, brand) for sku, brand in conn.execute(
        "SELECT sku, brand FROM products WHERE NOT lot_controlled AND NOT serial_controlled"
        " ORDER BY sku")]
    if not products:
        return 0
    number = FIRST_ORDER
    today = now.astimezone(JST).date()
    for batch_id, count, slots, totes in BATCHES:
        # Few distinct SKUs per wave, so many orders want the same item (as in a real wave).
        pool = rng.sample(products, min(12, len(products)))
        members = []
        for _ in range(count):
            order_id = f"ORD-{number}"
            number += 1
            carrier = rng.choice(sorted(_CUTOFFS))
            name = rng.choice(_CUSTOMERS)
            chosen = rng.sample(pool, rng.choice((1, 1, 1, 2)))
            brand = chosen[0][1]
            chosen = [item for item in chosen if item[1] == brand]
            conn.execute(
                "INSERT INTO orders (id, brand, customer_name, customer_email, ship_to,"
                " language, carrier, service, previous_orders, hold, cancelled, delivery,"
                " created_at) VALUES (?, ?, ?, ?, ?, 'ja', ?, '', 0, '', 0, '{}', ?)",
                (order_id, brand, name, f"{order_id.lower()}@example.com",
                 json.dumps({"name": name, **_ADDRESS}, ensure_ascii=False), carrier,
                 iso(now)))
            units = 2 if len(chosen) == 1 and rng.random() < 0.2 else 1
            conn.executemany(
                "INSERT INTO order_lines (order_id, line_no, sku, quantity) VALUES (?, ?, ?, ?)",
                [(order_id, line_no, sku, units)
                 for line_no, (sku, _) in enumerate(chosen, start=1)])
            cutoff = datetime.combine(today, _CUTOFFS[carrier], JST)
            members.append({"order_id": order_id, "priority": rng.choice((1, 5, 5, 5)),
                            "cutoff": cutoff.isoformat()})
        tote_no = int(batch_id[-4:])
        store_batch(conn, {
            "id": batch_id, "slots": slots, "orders": members,
            "totes": [f"BT-{tote_no:04d}-{n}" for n in range(1, totes + 1)]}, iso(now))
    return number - FIRST_ORDER


def batch_records(conn: sqlite3.Connection) -> list[dict[str, object]]:
    """The stored batches as the hub's feed carries them."""
    return [json.loads(data) for (data,) in conn.execute("SELECT data FROM batches ORDER BY id")]
