"""Applying the hub's feed records to the station's tables (station.inbox), in memory."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from station.inbox.apply import apply_page
from station.inbox.cursor import get_cursor
from station.inbox.records import FeedRecord, OrderChangeKind
from station.limits import MAX_ID, MAX_NAME, MAX_TEXT
from station.pack.outcomes import Kind
from tests.support import ean, find_order, scan

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def record(position, kind, key, **data):
    return FeedRecord(position, kind, key, data)


def new_order(order_id, sku, tote="TOTE-0001", **extra):
    return record(1000, "order", order_id, id=order_id, brand="KAZE", customer_name="Ann",
                  ship_to={"name": "Ann", "postcode": "150-0001"}, tote=tote,
                  lines=[{"sku": sku, "quantity": 2}], **extra)


def test_a_new_order_lands_with_its_lines_and_the_cursor_moves(core):
    sku = core.catalogue.products()[0].sku
    result = apply_page(core.store, [new_order("WEB-1", sku, tote="TOTE-9001")], 1000, NOW)
    assert result.applied == 1
    assert get_cursor(core.store.conn) == 1000
    order = core.catalogue.order("WEB-1")
    assert [(line.product.sku, line.quantity) for line in order.lines] == [(sku, 2)]
    assert core.catalogue.order_for_code("TOTE-9001").id == "WEB-1"


def test_a_reused_tote_moves_to_the_newest_order(core):
    sku = core.catalogue.products()[0].sku
    apply_page(core.store, [new_order("WEB-2", sku, tote="TOTE-0001")], 1, NOW)
    assert core.catalogue.order_for_code("TOTE-0001").id == "WEB-2"


def test_applying_the_same_page_twice_changes_nothing(core):
    sku = core.catalogue.products()[0].sku
    page = [new_order("WEB-3", sku, tote="TOTE-9003"),
            record(1001, "order_held", "WEB-3", order_id="WEB-3", reason="fraud check")]
    apply_page(core.store, page, 1001, NOW)
    dump = core.store.conn.execute("SELECT * FROM orders WHERE id = 'WEB-3'").fetchall()
    apply_page(core.store, page, 1001, NOW)
    assert core.store.conn.execute("SELECT * FROM orders WHERE id = 'WEB-3'").fetchall() == dump


def test_a_record_the_station_cannot_use_is_kept_and_the_rest_applies(core):
    sku = core.catalogue.products()[0].sku
    page = [record(1, "order", "BAD-1", id="BAD-1", brand="KAZE", customer_name="x",
                   lines=[{"sku": "NO-SUCH-SKU", "quantity": 1}]),
            record(2, "hologram", "X"),
            record(3, "order_cancelled", "NOPE", order_id="NOPE"),
            new_order("WEB-4", sku, tote="TOTE-9004")]
    result = apply_page(core.store, page, 4, NOW)
    assert (result.applied, result.problems) == (1, 3)
    kept = core.store.conn.execute("SELECT kind, reason FROM inbox_problems ORDER BY position")
    reasons = list(kept)
    assert [kind for kind, _ in reasons] == ["order", "hologram", "order_cancelled"]
    assert "FOREIGN KEY" in reasons[0][1]
    assert core.catalogue.order("BAD-1") is None
    assert core.catalogue.order("WEB-4") is not None


def test_lines_of_an_order_being_packed_do_not_change_but_its_hold_does(core):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, serial=False, lot_controlled=False, min_lines=2, max_quantity=1)
    scan(core, order.id)
    scan(core, ean(core, order.lines[0].product.sku))
    data = {"id": order.id, "brand": order.brand, "customer_name": "x", "hold": "address check",
            "lines": [{"sku": order.lines[0].product.sku, "quantity": 9}]}
    result = apply_page(core.store, [FeedRecord(7, "order", order.id, data)], 7, NOW)
    assert result.order_changes[0].kind is OrderChangeKind.HELD
    assert result.affects(order.id)
    assert len(core.catalogue.order(order.id).lines) == len(order.lines)
    stopped = core.pack.check_for_hub_changes()
    assert stopped is not None
    assert stopped.kind is Kind.STOPPED_BY_HUB


def test_rmas_and_brand_kits_are_kept_as_json_for_their_features(core):
    apply_page(core.store, [
        record(1, "rma", "RMA-1", id="RMA-1", order_id="ORD-100001", reason="size",
               site="TYO1", brand="KAZE", customer_name="山田 太郎",
               lines=[{"line_no": 1, "sku": "KAZE-TEE-GRY-M", "quantity": 1}]),
        record(2, "brand_kit", "KAZE", brand="KAZE", insert_text="ありがとう")], 2, NOW)
    rma = core.store.conn.execute("SELECT order_id, data FROM inbox_rmas").fetchone()
    assert rma[0] == "ORD-100001"
    assert json.loads(rma[1])["reason"] == "size"
    kit = core.store.conn.execute("SELECT data FROM brand_kits WHERE brand = 'KAZE'").fetchone()
    assert json.loads(kit[0])["insert_text"] == "ありがとう"


def test_a_new_product_is_catalogue_news(core):
    result = apply_page(core.store, [record(1, "product", "KAZE-NEW", sku="KAZE-NEW",
                                            gtin="4589123999990", brand="KAZE", name="New")],
                        1, NOW)
    assert result.catalogue_changed
    assert core.catalogue.product("KAZE-NEW").gtin == "04589123999990"


def test_a_new_address_for_the_open_order_stops_completion_once_and_is_used(core):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, serial=False, lot_controlled=False, max_lines=1, max_quantity=1)
    scan(core, order.id)
    moved = {"name": "山田 花子", "postcode": "100-0001", "region": "東京都", "city": "千代田区",
             "street": "千代田1-1"}
    result = apply_page(core.store, [record(9, "address_changed", order.id, order_id=order.id,
                                            ship_to=moved)], 9, NOW)
    assert result.order_changes[0].kind is OrderChangeKind.ADDRESS_CHANGED
    outcome = core.pack.check_for_hub_changes()
    assert outcome.kind is Kind.ADDRESS_CHANGED
    assert core.pack.order.ship_to.postcode == "100-0001"
    assert core.pack.check_for_hub_changes() is None
    assert scan(core, ean(core, order.lines[0].product.sku)).kind is Kind.ORDER_COMPLETE


def test_an_order_or_badge_id_the_hub_could_not_take_back_is_a_problem_not_a_record(core):
    sku = core.catalogue.products()[0].sku
    long_order = "W" * (MAX_ID + 1)
    long_badge = "B" * (MAX_NAME + 1)
    page = [new_order(long_order, sku, tote="TOTE-9101"),
            record(2, "badge", long_badge, id=long_badge, name="Long", role="packer"),
            new_order("WEB-\x07", sku, tote="TOTE-9102"),
            new_order("WEB-9", sku, tote="TOTE-9103")]
    result = apply_page(core.store, page, 4, NOW)
    assert (result.applied, result.problems) == (1, 3)
    assert core.catalogue.order(long_order) is None
    assert core.catalogue.badge(long_badge) is None
    assert core.catalogue.order("WEB-9") is not None
    assert scan(core, f"BADGE:{long_badge}").kind is Kind.UNKNOWN_BADGE


def test_a_badge_too_long_for_the_hub_already_on_the_station_does_not_sign_in(core):
    long_badge = "B" * (MAX_NAME + 1)
    with core.store.write() as db:
        db.conn.execute("INSERT INTO badges (id, name, role) VALUES (?, 'Long', 'packer')",
                        (long_badge,))
    assert scan(core, f"BADGE:{long_badge}").kind is Kind.UNKNOWN_BADGE
    assert core.signin.badge is None


def test_a_product_whose_name_a_station_could_not_push_back_is_a_problem(core):
    too_long = "名" * (MAX_TEXT + 1)
    page = [record(1, "product", "KAZE-LONG", sku="KAZE-LONG", gtin="04589123999994",
                   brand="KAZE", name=too_long),
            record(2, "product", "KAZE-NUL", sku="KAZE-NUL", gtin="04589123999987",
                   brand="KAZE", name="tee\x00")]
    result = apply_page(core.store, page, 2, NOW)
    assert (result.applied, result.problems) == (0, 2)
    reasons = [row[0] for row in core.store.conn.execute(
        "SELECT reason FROM inbox_problems ORDER BY position")]
    assert all(f"longer than {MAX_TEXT} characters" in reason for reason in reasons)
    assert core.catalogue.product("KAZE-LONG") is None
