"""The sort wall in the real window, by wedge scans alone: a batch of 20 orders sorted, each
slot's order packed and sealed; a stray item and a missing one shown as such."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station import journal
from station.events.pack import OrderPacked
from station.events.sortwall import ItemSorted
from station.sortwall.wall import SlotStatus
from tests.app_driver import scanner_burst
from tests.sortwall_support import PACKER, batch, unit_scans
from tests.support import ean


def _screen(app):
    return app.window.screens["sortwall"].widget


def test_a_batch_of_20_orders_is_sorted_and_packed_by_scans_alone(station_app):
    window, core = station_app.window, station_app.core
    wave = batch(core)
    assert len(wave.orders) == 20
    scanner_burst(window, PACKER)
    scanner_burst(window, wave.totes[0])
    assert window.current_mode() == "sortwall"
    screen = _screen(station_app)
    for _, code in unit_scans(core, wave):
        scanner_burst(window, code)
        (sorted_,) = [event.read(ItemSorted) for event in journal.all_events(
            core.store.conn, after_seq=_last_seq(core) - 1)]
        # The slot the wall recorded is the one shown, huge.
        assert screen.slot_label.text() == str(sorted_.slot)
    assert {screen.wall_view.status_of(slot) for slot in range(1, 21)} == {
        SlotStatus.COMPLETE}
    assert screen.wall_view.status_of(21) is SlotStatus.EMPTY
    for slot in range(1, 21):
        scanner_burst(window, f"SLOT:{slot:02d}")
        assert window.current_mode() == "pack"
        assert core.pack.order is not None
        assert "verified at sorting" in station_app.window.pack_screen.banner.text()
        scanner_burst(window, "CMD:COMPLETE")
        assert core.pack.order is None
    packed = {event.read(OrderPacked).order_id for event in journal.all_events(core.store.conn)
              if event.type == OrderPacked.TYPE}
    assert packed == {order.order_id for order in wave.orders}
    assert {screen.wall_view.status_of(slot) for slot in range(1, 21)} == {SlotStatus.PACKED}
    scanner_burst(window, wave.totes[0])
    scanner_burst(window, "CMD:COMPLETE")
    assert "every item was sorted" in screen.banner.text()


def test_a_stray_item_and_a_missing_one_show_on_the_wall(station_app, qtbot):
    window, core = station_app.window, station_app.core
    wave = batch(core)
    scanner_burst(window, PACKER)
    scanner_burst(window, wave.totes[0])
    screen = _screen(station_app)
    needed = {sku for need in screen.wall.state.needs.values() for sku in need}
    stray = next(p for p in core.catalogue.products() if p.sku not in needed
                 and not p.lot_controlled and not p.serial_controlled)
    scanner_burst(window, ean(core, stray.sku))
    assert screen.slot_label.text() == "—"
    assert "No order in this batch needs" in screen.banner.text()
    # The Undo button takes a stray back as CMD:UNDO does; scanned again, it counts.
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert screen.wall.state.strays[stray.sku] == 0
    scanner_burst(window, ean(core, stray.sku))
    units = unit_scans(core, wave)
    for _, code in units[1:]:
        scanner_burst(window, code)
    short = [order.order_id for order in wave.orders
             if screen.wall.state.missing(order.order_id)]
    assert short
    scanner_burst(window, "CMD:COMPLETE")
    assert "Not sorted yet" in screen.banner.text()
    assert not screen.wall.state.closed
    # The Close button confirms as a second COMPLETE does.
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    assert "in the exception queue" in screen.banner.text()
    places = {}
    for order_id in short:
        slot = screen.wall.state.slot_of.get(order_id)
        places[order_id] = f"batch {wave.id}, slot {slot}" if slot else f"batch {wave.id}"
        if slot is not None:
            assert screen.wall_view.status_of(slot) is SlotStatus.EXCEPTION
    # The supervisor's exception queue names the batch and the slot of each short order.
    supervisor = window.screens["supervisor"].widget
    with qtbot.waitSignal(supervisor.refreshed, timeout=10_000):
        scanner_burst(window, "BADGE:S-3001")
    table = supervisor.exceptions_table
    rows = {table.item(row, 0).text() for row in range(table.rowCount())}
    # One row per short order, and one for the batch's left-over (the stray) item.
    assert f"{wave.id} (left over)" in rows
    rows.discard(f"{wave.id} (left over)")
    assert len(rows) == len(short)
    for order_id, place in places.items():
        assert any(row.startswith(f"{order_id} ({place}") for row in rows), rows


def _last_seq(core) -> int:
    return core.store.conn.execute("SELECT max(seq) FROM journal").fetchone()[0]
