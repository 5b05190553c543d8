"""Pack on the real app with sync on: the events reach the embedded hub over loopback, once
each, and the status bar says so; a cancellation from the hub stops the open order."""

from __future__ import annotations

import sqlite3

from station.demo import APPAREL
from station.events.pack import ItemPacked, OrderPacked
from station.pack.outcomes import Kind
from tests.app_driver import scanner_burst
from tests.support import ean, find_order


def hub_events(station_app) -> list[tuple[str, str]]:
    path = station_app.settings.data_dir / "hub.sqlite3"
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id, type FROM events ORDER BY seq").fetchall()


def backlog(station_app) -> int:
    return station_app.core.store.conn.execute(
        "SELECT count(*) FROM journal WHERE synced_at IS NULL").fetchone()[0]


def test_packed_events_reach_the_hub_once_each(synced_station_app, qtbot):
    app = synced_station_app
    window, core = app.window, app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_lines=2,
                       max_quantity=1)
    scanner_burst(window, order.id)
    for line in order.lines:
        scanner_burst(window, ean(core, line.product.sku))
    assert window.pack_screen.last_outcome.kind is Kind.ORDER_COMPLETE
    qtbot.waitUntil(lambda: backlog(app) == 0, timeout=30_000)
    local = core.store.conn.execute("SELECT id, type FROM journal ORDER BY seq").fetchall()
    remote = hub_events(app)
    assert len(remote) == len({event_id for event_id, _ in remote})
    assert [row for row in local if row[1] in {ItemPacked.TYPE, OrderPacked.TYPE}] == \
        [row for row in remote if row[1] in {ItemPacked.TYPE, OrderPacked.TYPE}]


def test_an_order_cancelled_at_the_hub_stops_at_the_station(synced_station_app, qtbot):
    from sync.hub.__main__ import main as hub_main

    app = synced_station_app
    window, core = app.window, app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=2)
    scanner_burst(window, order.id)
    scanner_burst(window, ean(core, order.lines[0].product.sku))
    hub_db = str(app.settings.data_dir / "hub.sqlite3")
    assert hub_main(["cancel-order", "--db", hub_db, order.id]) == 0
    qtbot.waitUntil(lambda: window.pack_screen.last_outcome.kind is Kind.STOPPED_BY_HUB,
                    timeout=30_000)
    assert core.pack.order is None
