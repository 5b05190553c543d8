"""A hand-over at the real window: packer A packs one of three units, packer B's badge asks,
B's second scan takes the order over, B packs the rest; the supervisor's figures credit A
with one unit and B with two."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station.pack.outcomes import Kind
from tests.app_driver import scanner_burst
from tests.integration.test_pack_handover import three_unit_order, units
from tests.metrics_support import both, day_tally
from tests.support import ean
from ui.supervisor.factory import supervisor_screen


def last_kind(station_app):
    return station_app.window.pack_screen.last_outcome.kind


def test_packer_b_takes_over_after_a_second_badge_scan_and_each_is_credited(
        station_app, qtbot, clock):
    window = station_app.window
    core = station_app.core
    order = three_unit_order(core)
    skus = units(order)
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, order.id)
    clock.advance(seconds=10)
    scanner_burst(window, ean(core, skus[0]))
    assert window.pack_screen.lines.packed_text(order.lines[0].line_no) == "1"

    clock.advance(seconds=10)
    scanner_burst(window, "BADGE:P-1002")
    assert last_kind(station_app) is Kind.HANDOVER_ASKED
    banner = window.pack_screen.banner.text()
    assert "Alex Kim" in banner
    assert "again" in banner
    assert order.id in banner
    assert "Sato" in window.user_label.text()        # still A's until B confirms

    scanner_burst(window, "BADGE:P-1002")
    assert last_kind(station_app) is Kind.HANDED_OVER
    assert "Alex Kim" in window.user_label.text()
    assert "1 of 3" in window.pack_screen.banner.text()
    assert window.pack_screen.lines.packed_text(order.lines[0].line_no) == "1"
    for sku in skus[1:]:
        clock.advance(seconds=10)
        scanner_burst(window, ean(core, sku))
    assert last_kind(station_app) is Kind.ORDER_COMPLETE

    for figures in both(core.store.conn).values():
        assert {p.key: p.units for p in day_tally(figures).packers} == {
            "P-1001": 1, "P-1002": 2}
    screen = supervisor_screen(core)
    qtbot.addWidget(screen)
    core.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    screen.shutdown()
    table = screen.packers_table
    shown = {table.item(row, 0).text(): table.item(row, 2).data(Qt.ItemDataRole.DisplayRole)
             for row in range(table.rowCount())}
    assert shown == {"佐藤 花子 (Sato Hanako)": 1, "Alex Kim": 2}


def test_after_sign_out_one_badge_scan_takes_over_and_says_so(station_app):
    """Review item 11: Sato signed out mid-order (warned the order stays open); Alex's one
    scan signs in and takes over, and the banner says from whom and how far it got."""
    window = station_app.window
    core = station_app.core
    order = three_unit_order(core)
    skus = units(order)
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, order.id)
    scanner_burst(window, ean(core, skus[0]))
    scanner_burst(window, "CMD:SIGNOUT")
    assert "stays open" in window.pack_screen.banner.text()

    scanner_burst(window, "BADGE:P-1002")
    assert last_kind(station_app) is Kind.HANDED_OVER
    banner = window.pack_screen.banner.text()
    assert "You took over order" in banner
    assert "1 of 3" in banner
    assert "Alex Kim" in window.user_label.text()
    assert window.pack_screen.lines.packed_text(order.lines[0].line_no) == "1"
