"""Gift orders through the hub's import and the station's inbox: 熨斗, wrapping, segment and
merged orders arrive whole; gift data a gift counter would refuse is refused at import with
what is wrong, and a station keeps such a record aside with the reason."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from station.catalogue import Catalogue
from station.gift import Knot, Placement
from station.inbox.apply import apply_page
from station.inbox.records import FeedRecord
from station.store import open_store
from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.feed import order_data
from sync.hub.orders import import_files

GIFT = {"message": "結婚おめでとう。末永くお幸せに。", "sender": "佐藤 健",
        "wrapping": "包装紙 白・斜め包み",
        "noshi": {"omotegaki": "寿", "name": "佐藤", "placement": "outer",
                  "knot": "musubikiri", "cord": "gold_silver"}}


def _order(order_id: str, **extra) -> dict:
    return {"id": order_id, "site": "TYO1", "brand": "KAZE", "customer_name": "佐藤 健",
            "ship_to": {"name": "田中 花子", "postcode": "150-0001"},
            "lines": [{"sku": "KAZE-TEE-BLK-S", "quantity": 1}], **extra}


def test_a_gift_order_imports_with_its_noshi_segment_and_parts(tmp_path):
    engine = open_hub_db(str(tmp_path / "hub.sqlite3"))
    seed_demo(engine, "TYO1")
    parts = [{"id": "WEB-1", "previous_orders": 0}, {"id": "WEB-2", "previous_orders": 2}]
    path = tmp_path / "gifts.json"
    path.write_text(json.dumps([_order("G-1", gift=GIFT, segment="vip", merged_from=parts)]),
                    encoding="utf-8")
    report = import_files(engine, [path])
    assert (report.imported, report.problems) == (1, ())
    with engine.connect() as conn:
        order = order_data(conn, "G-1")
    assert order["gift"]["noshi"]["omotegaki"] == "寿"
    assert order["segment"] == "vip"
    assert [part["id"] for part in order["merged_from"]] == ["WEB-1", "WEB-2"]


def test_a_noshi_a_gift_counter_would_refuse_is_refused_at_import(tmp_path):
    engine = open_hub_db(str(tmp_path / "hub.sqlite3"))
    seed_demo(engine, "TYO1")
    bow = {**GIFT, "noshi": {**GIFT["noshi"], "knot": "chomusubi"}}
    nowhere = {**GIFT, "noshi": {**GIFT["noshi"], "placement": "beside"}}
    path = tmp_path / "gifts.json"
    path.write_text(json.dumps([_order("G-2", gift=bow), _order("G-3", gift=nowhere),
                                _order("G-4", merged_from="WEB-1"),
                                _order("G-5", merged_from=[{"id": "W", "previous_orders": -1}]),
                                ]), encoding="utf-8")
    report = import_files(engine, [path])
    messages = [str(problem) for problem in report.problems]
    assert report.imported == 0
    assert any("order G-2" in m and "寿 needs a knot that does not untie" in m
               for m in messages)
    assert any("order G-3" in m and "gift.noshi.placement" in m for m in messages)
    assert any("order G-4" in m and "merged_from must be a list" in m for m in messages)
    assert any("order G-5" in m and "merged_from must be a list" in m for m in messages)


def test_the_station_takes_the_gift_and_keeps_a_bad_one_aside():
    store = open_store(None)
    try:
        now = datetime(2026, 12, 1, tzinfo=UTC)
        records = [
            FeedRecord(1, "brand", "KAZE", {"id": "KAZE", "name": "KAZE Apparel"}),
            FeedRecord(2, "product", "KAZE-TEE-BLK-S", {
                "sku": "KAZE-TEE-BLK-S", "gtin": "04589123000011", "brand": "KAZE",
                "name": "Tee"}),
            FeedRecord(3, "order", "G-1", _order("G-1", gift=GIFT, segment="vip")),
            FeedRecord(4, "order", "G-2", _order("G-2", gift={"noshi": {"omotegaki": ""}})),
        ]
        result = apply_page(store, records, 4, now)
        assert (result.applied, result.problems) == (3, 1)
        order = Catalogue(store.conn).order("G-1")
        assert order.segment == "vip"
        assert order.gift.noshi.placement is Placement.OUTER
        assert order.gift.noshi.knot is Knot.TIGHT
        assert order.gift.message == GIFT["message"]
        [(key, reason)] = store.conn.execute("SELECT key, reason FROM inbox_problems")
        assert key == "G-2"
        assert "omotegaki" in reason
        assert Catalogue(store.conn).order("G-2") is None
    finally:
        store.close()
