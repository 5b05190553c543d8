"""Packing journeys on the real window, driven by simulated scanner bursts."""

from __future__ import annotations

from station.demo import APPAREL, COSMETICS
from station.events.pack import ItemPacked
from station.pack.outcomes import Kind
from station.scans import ExceptionReason
from tests.app_driver import scanner_burst, type_keys
from tests.support import ean, find_line, find_order, payloads


def last_kind(station_app):
    return station_app.window.pack_screen.last_outcome.kind


def test_a_packer_signs_in_and_packs_a_three_line_order_with_the_scanner(station_app, qtbot):
    window = station_app.window
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    assert last_kind(station_app) is Kind.SIGNED_IN
    assert "Sato" in window.user_label.text()
    order = find_order(core, brand=APPAREL, serial=False, min_lines=3, max_lines=3,
                       max_quantity=3)
    scanner_burst(window, order.tote)
    assert last_kind(station_app) is Kind.ORDER_OPENED
    assert window.pack_screen.lines.rowCount() == 3
    for line in order.lines:
        for _ in range(line.quantity):
            scanner_burst(window, ean(core, line.product.sku))
    assert last_kind(station_app) is Kind.ORDER_COMPLETE
    assert order.id in window.pack_screen.banner.text()


def test_a_wrong_item_turns_the_banner_red_until_acknowledged(station_app):
    window = station_app.window
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=2)
    scanner_burst(window, order.id)
    stranger = core.catalogue.products(COSMETICS)[0]
    scanner_burst(window, ean(core, stranger.sku))
    assert last_kind(station_app) is Kind.WRONG_ITEM
    assert "#b3261e" in window.pack_screen.banner.styleSheet()
    assert window.pack_screen.ok_button.isVisibleTo(window)
    scanner_burst(window, ean(core, order.lines[0].product.sku))
    assert last_kind(station_app) is Kind.ACKNOWLEDGE_FIRST
    window.pack_screen.ok_button.click()
    assert last_kind(station_app) is Kind.ACKNOWLEDGED
    assert not window.pack_screen.ok_button.isVisibleTo(window)


def test_undo_takes_the_last_unit_back_off_the_line(station_app):
    window = station_app.window
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=3)
    scanner_burst(window, order.id)
    line = order.lines[0]
    scanner_burst(window, ean(core, line.product.sku))
    assert window.pack_screen.lines.packed_text(line.line_no) == "1"
    scanner_burst(window, "CMD:UNDO")
    assert last_kind(station_app) is Kind.UNDONE
    assert window.pack_screen.lines.packed_text(line.line_no) == "0"


def test_new_box_keeps_each_box_contents_apart(station_app):
    window = station_app.window
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=3)
    scanner_burst(window, order.id)
    first, second = order.lines[0], order.lines[1]
    scanner_burst(window, ean(core, first.product.sku))
    scanner_burst(window, "CMD:NEWBOX")
    assert last_kind(station_app) is Kind.BOX_STARTED
    scanner_burst(window, ean(core, second.product.sku))
    state = core.pack.state
    assert {item.box_no for item in state.items_in_box(1)} == {1}
    assert [item.line_no for item in state.items_in_box(1)] == [first.line_no]
    assert [item.line_no for item in state.items_in_box(2)] == [second.line_no]
    assert "Box 2" in window.pack_screen.details.text()


def test_an_exception_with_a_reason_button_sends_the_order_to_the_queue(station_app):
    window = station_app.window
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=3)
    scanner_burst(window, order.id)
    scanner_burst(window, "CMD:EXCEPTION")
    assert last_kind(station_app) is Kind.REASON_NEEDED
    assert window.pack_screen.reason_row.isVisibleTo(window)
    window.pack_screen.reason_buttons[ExceptionReason.WRONG_PICK].click()  # sent at once
    assert last_kind(station_app) is Kind.EXCEPTION_REPORTED
    status = core.store.conn.execute("SELECT status FROM order_status WHERE order_id = ?",
                                     (order.id,)).fetchone()[0]
    assert status == "exception"


def test_slow_typing_reaches_the_entry_field_and_is_not_taken_for_a_scan(station_app, qtbot):
    window = station_app.window
    entry = window.pack_screen.entry
    entry.setFocus()
    type_keys(window, "ORD")  # stamped 150 ms apart, as a person types
    qtbot.waitUntil(lambda: entry.text() == "ORD", timeout=10_000)
    assert window.pack_screen.last_outcome is None


def test_a_scanner_burst_while_typing_does_not_land_in_the_entry_field(station_app, qtbot):
    window = station_app.window
    entry = window.pack_screen.entry
    entry.setFocus()
    scanner_burst(window, "BADGE:P-1001")
    assert last_kind(station_app) is Kind.SIGNED_IN
    qtbot.wait(60)
    assert entry.text() == ""


def test_switching_to_japanese_translates_the_screen(station_app):
    window = station_app.window
    window.set_language("ja")
    assert window.pack_screen.buttons
    complete = window.pack_screen.buttons[next(iter(window.pack_screen.buttons))]
    assert complete.text() == "完了"
    window.set_language("en")
    assert complete.text() == "Complete"


def test_a_scan_the_disk_refuses_is_shown_in_red_and_not_counted(station_app):
    window = station_app.window
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=3)
    scanner_burst(window, order.id)
    core.store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON journal"
        " BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END")
    line = order.lines[0]
    scanner_burst(window, ean(core, line.product.sku))
    assert "cannot be written" in window.pack_screen.banner.text()
    assert "#b3261e" in window.pack_screen.banner.styleSheet()
    assert window.pack_screen.lines.packed_text(line.line_no) == "0"
    assert any("cannot be written" in text for text in window.errors.shown)
    core.store.conn.execute("DROP TRIGGER refuse")
    scanner_burst(window, ean(core, line.product.sku))
    assert window.pack_screen.lines.packed_text(line.line_no) == "1"


def test_a_quantity_can_be_typed_when_the_screen_asks_for_one(station_app, qtbot):
    window = station_app.window
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    order, line = find_line(core, lambda li: li.quantity == 6 and not li.product.lot_controlled
                            and not li.product.serial_controlled)
    scanner_burst(window, order.id)
    scanner_burst(window, ean(core, line.product.sku))
    assert last_kind(station_app) is Kind.QUANTITY_NEEDED
    window.pack_screen.entry.setFocus()
    type_keys(window, "6\r")
    qtbot.waitUntil(lambda: last_kind(station_app) in {Kind.LINE_COMPLETE, Kind.ORDER_COMPLETE},
                    timeout=10_000)
    packed = sum(item.quantity for item in payloads(core.store.conn, ItemPacked, order.id)
                 if item.line_no == line.line_no)
    assert packed == 6


def test_a_unit_packed_by_a_scan_whose_outcome_names_no_line_still_shows_on_its_line(
        station_app):
    window = station_app.window
    core = station_app.core
    core.pack.settings = type(core.pack.settings)(weight_check=True)
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, brand=APPAREL, serial=False, max_lines=1, max_quantity=1)
    scanner_burst(window, order.id)
    line = order.lines[0]
    scanner_burst(window, ean(core, line.product.sku))
    assert last_kind(station_app) is Kind.WEIGHT_NEEDED
    assert window.pack_screen.last_outcome.line_no is None
    assert window.pack_screen.lines.packed_text(line.line_no) == "1"
