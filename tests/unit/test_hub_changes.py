"""What the hub's news means for the open order (station.pack.hub_changes), without Qt: the pure
decision on values, then one applied pull handed to the core as the sync bridge hands it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from station.events.pack import PackingStopped
from station.ids import BrandId, Gtin, OrderId, Sku
from station.inbox.apply import apply_page
from station.inbox.records import FeedRecord, InboxResult, OrderChange, OrderChangeKind
from station.models import Address, Order, OrderLine, Product
from station.pack.hub_changes import HubChange, after_pull, change_to
from station.pack.outcomes import Kind, Tone
from tests.support import ean, find_order, payloads, scan

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TEE = Product(Sku("TEE"), Gtin("04589123000013"), BrandId("KAZE"), "Tee")
OPEN = Order(OrderId("ORD-1"), BrandId("KAZE"), "Ann", (OrderLine(1, TEE, 1),),
             Address("Ann", "150-0001"))
MOVED = Address("Ann", "100-0001")


def test_an_order_the_hub_left_alone_changes_nothing():
    assert change_to(OPEN, OPEN) is None
    assert change_to(OPEN, replace(OPEN, customer_name="Ann B.")) is None


def test_an_order_gone_from_the_station_changes_nothing():
    assert change_to(OPEN, None) is None


def test_a_cancellation_or_a_hold_stops_packing():
    assert change_to(OPEN, replace(OPEN, cancelled=True)) is HubChange.CANCELLED
    assert change_to(OPEN, replace(OPEN, hold="address check")) is HubChange.HELD


def test_a_cancellation_wins_over_a_hold_and_both_over_a_new_address():
    both = replace(OPEN, cancelled=True, hold="fraud check", ship_to=MOVED)
    assert change_to(OPEN, both) is HubChange.CANCELLED
    assert change_to(OPEN, replace(OPEN, hold="fraud check", ship_to=MOVED)) is HubChange.HELD


def test_a_new_address_alone_is_an_address_change():
    assert change_to(OPEN, replace(OPEN, ship_to=MOVED)) is HubChange.ADDRESS_CHANGED


def open_order(core):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, serial=False, lot_controlled=False, min_lines=2, max_quantity=1)
    scan(core, order.id)
    scan(core, ean(core, order.lines[0].product.sku))
    return order


def cancel_on_hub(core, order_id, position=7):
    return apply_page(core.store, [FeedRecord(position, "order_cancelled", order_id,
                                              {"order_id": order_id})], position, NOW)


def test_a_pull_that_cancelled_the_open_order_stops_it_and_journals_why(core):
    order = open_order(core)
    result = cancel_on_hub(core, order.id)
    assert result.affects(order.id)
    outcome = after_pull(result, core.pack, core.catalogue)
    assert (outcome.kind, outcome.tone, outcome.order_id) == (
        Kind.STOPPED_BY_HUB, Tone.BAD, order.id)
    assert "cancellations shelf" in outcome.message.render()
    assert core.pack.order is None
    stops = payloads(core.store.conn, PackingStopped, order.id)
    assert [stop.reason for stop in stops] == [HubChange.CANCELLED.value]
    status = core.store.conn.execute(
        "SELECT status FROM order_status WHERE order_id = ?", (order.id,)).fetchone()[0]
    assert status == "stopped"


def test_a_pull_that_did_not_touch_the_open_order_leaves_it_open(core):
    order = open_order(core)
    other = next(oid for oid in core.catalogue.order_ids() if oid != order.id)
    result = cancel_on_hub(core, other)
    assert after_pull(result, core.pack, core.catalogue) is None
    assert core.pack.order.id == order.id
    assert payloads(core.store.conn, PackingStopped) == []


def test_a_pull_with_no_order_open_stops_nothing(core):
    scan(core, "BADGE:P-1001")
    order_id = core.catalogue.order_ids()[0]
    news = InboxResult(order_changes=(OrderChange(order_id, OrderChangeKind.CANCELLED),))
    assert after_pull(news, core.pack, core.catalogue) is None
    assert payloads(core.store.conn, PackingStopped) == []


def test_a_pull_that_changed_the_catalogue_is_read_afresh(core):
    sku = core.catalogue.products()[0].sku
    assert core.catalogue.product(sku).name != "Renamed tee"
    core.store.conn.execute("UPDATE products SET name = 'Renamed tee' WHERE sku = ?", (sku,))
    after_pull(InboxResult(), core.pack, core.catalogue)
    assert core.catalogue.product(sku).name != "Renamed tee", "no news, the cache stands"
    after_pull(InboxResult(catalogue_changed=True), core.pack, core.catalogue)
    assert core.catalogue.product(sku).name == "Renamed tee"
