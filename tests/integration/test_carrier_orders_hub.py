"""What an order asks of the carrier travels with it: from the OMS's JSON through the hub's
feed into the station, where the carrier files and checks read it."""

from __future__ import annotations

import json
from pathlib import Path

from station.carriers.checks import check_shipment
from station.carriers.orders import delivery_of, shipments_for
from station.carriers.shipment import Delivery
from sync.hub.orders import import_files
from tests import sync_support
from tests.carrier_support import YAMATO
from tests.sync_support import Hub, station, worker_for

sqlite_hub = sync_support.sqlite_hub


def test_a_json_order_keeps_its_delivery_wishes_on_the_station(sqlite_hub: Hub,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "orders.json"
    path.write_text(json.dumps([{
        "id": "W-9", "site": "TYO1", "brand": "KAZE", "customer_name": "山田 太郎",
        "carrier": "YAMATO", "service": "宅急便",
        "ship_to": {"postcode": "150-0001", "region": "東京都", "city": "渋谷区",
                    "street": "神宮前1-1", "phone": "03-0000-0000"},
        "delivery": {"date": "2026-11-25", "time_slot": "1921", "cool": "chilled",
                     "cod_yen": 12800, "item": "衣料品"},
        "lines": [{"sku": "KAZE-TEE-BLK-S", "quantity": 1}]}], ensure_ascii=False),
        encoding="utf-8")
    assert import_files(sqlite_hub.engine, [path]).problems == ()
    core = station(tmp_path)
    worker = worker_for(core, sqlite_hub)
    try:
        worker.pull()
        assert delivery_of(core.store.conn, "W-9") == Delivery(
            date="2026-11-25", time_slot="1921", cool="chilled", cod_yen=12800, item="衣料品")
        shipment = next(s for s in shipments_for(core.store.conn, "yamato", "2026-11-23")
                        if s.order_id == "W-9")
        assert check_shipment(YAMATO, shipment) == []
    finally:
        worker.stop()
        core.close()


def test_a_delivery_with_unknown_keys_is_refused_at_import(sqlite_hub: Hub,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "orders.json"
    path.write_text(json.dumps([{
        "id": "W-10", "site": "TYO1", "brand": "KAZE", "customer_name": "A",
        "delivery": {"slot": "1921"}, "lines": [{"sku": "KAZE-TEE-BLK-S", "quantity": 1}]}]),
        encoding="utf-8")
    report = import_files(sqlite_hub.engine, [path])
    assert "delivery must be an object" in str(report.problems[0])


def test_the_demo_orders_reach_a_station_through_the_hub_with_delivery_data(
        sqlite_hub: Hub, tmp_path: Path) -> None:
    core = station(tmp_path, demo=False)
    worker = worker_for(core, sqlite_hub)
    try:
        worker.pull()
        deliveries = [delivery_of(core.store.conn, order_id) for (order_id,) in
                      core.store.conn.execute("SELECT id FROM orders")]
        assert any(d.time_slot for d in deliveries)
        assert any(d.cod_yen for d in deliveries)
        assert any(d.cool == "chilled" for d in deliveries)
        assert any(d.date for d in deliveries)
    finally:
        worker.stop()
        core.close()
