"""The pack screen on a 1366x768 station screen with a taskbar: the window fits, eight order
lines show, the active line is in view, box numbers are not clipped, and what was just
scanned (lot, expiry, product) is on screen."""

from __future__ import annotations

from station.demo import COSMETICS
from station.pack.outcomes import Kind
from station.scans import Command
from tests.app_driver import scanner_burst
from tests.integration.test_gs1_pack_flow import gs1_128
from tests.support import ean, find_order

# 768 less a 40 px taskbar is 728 for the window with its frame; a title bar takes ~28.
SCREEN_WIDTH, AVAILABLE_HEIGHT, CLIENT_HEIGHT = 1366, 728, 700


def fully_visible_rows(table) -> int:
    viewport = table.viewport().rect()
    return sum(1 for row in range(table.rowCount())
               if viewport.contains(table.visualRect(table.model().index(row, 0))))


def at_station_size(station_app, qtbot):
    window = station_app.window
    window.resize(SCREEN_WIDTH, CLIENT_HEIGHT)
    qtbot.waitUntil(lambda: window.height() == CLIENT_HEIGHT)
    return window


def test_the_window_fits_a_1366x768_screen_with_a_taskbar(station_app, qtbot):
    window = station_app.window
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, find_order(station_app.core, min_lines=8).id)
    window.pack_screen.show_outcome(window.pack_screen.last_outcome)
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= SCREEN_WIDTH
    assert minimum.height() <= CLIENT_HEIGHT


def test_eight_order_lines_show_and_the_active_line_scrolls_into_view(station_app, qtbot):
    window = at_station_size(station_app, qtbot)
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, min_lines=12)
    window.handle_scan(order.id)
    table = window.pack_screen.lines
    assert fully_visible_rows(table) >= 8
    row, last = max((row, line) for row, line in enumerate(order.lines)
                    if not line.product.serial_controlled)
    assert row >= 8
    window.handle_scan(gs1_128(last.product.gtin, lot="L1", expiry="301231")
                       if last.product.lot_controlled else ean(core, last.product.sku))
    assert window.pack_screen.last_outcome.line_no == last.line_no
    assert table.viewport().rect().contains(table.visualRect(table.model().index(row, 0)))


def test_the_box_column_shows_two_boxes_unclipped(station_app):
    window = station_app.window
    window.set_language("ja")  # the narrowest header: 箱
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, serial=False, lot_controlled=False, min_quantity=3)
    line = order.lines[0]
    scanner_burst(window, order.id)
    for box_step in (None, "CMD:" + Command.NEW_BOX.value):
        if box_step:
            scanner_burst(window, box_step)
        scanner_burst(window, ean(core, line.product.sku))
        if window.pack_screen.last_outcome.kind is Kind.QUANTITY_NEEDED:
            scanner_burst(window, ean(core, line.product.sku))
    table = window.pack_screen.lines
    row = order.lines.index(line)
    assert window.pack_screen.last_outcome.kind is Kind.MATCHED, window.pack_screen.banner.text()
    assert table.item(row, 5).text() == "1, 2"
    assert table.sizeHintForColumn(5) <= table.columnWidth(5)


def test_lot_and_expiry_of_the_scanned_unit_are_shown(station_app):
    window = station_app.window
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, brand=COSMETICS, lot_controlled=True, min_quantity=2)
    window.handle_scan(order.id)
    product = order.lines[0].product
    window.handle_scan(gs1_128(product.gtin, lot="L2611A", expiry="271231"))
    shown = window.pack_screen.just_scanned.text()
    assert "L2611A" in shown
    assert "2027-12-31" in shown
    assert product.display_name("en") in shown


def test_the_expired_lot_message_names_the_product(station_app):
    window = station_app.window
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, brand=COSMETICS, lot_controlled=True)
    window.handle_scan(order.id)
    product = order.lines[0].product
    window.handle_scan(gs1_128(product.gtin, lot="OLD1", expiry="261101"))
    assert window.pack_screen.last_outcome.kind is Kind.EXPIRED
    assert product.display_name("en") in window.pack_screen.banner.text()
    assert "2026-11-01" in window.pack_screen.banner.text()


