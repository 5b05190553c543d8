"""The sort wall's rough edges from the user review: a stray undone then the batch closed, an
unexpected error shown plainly, the progress line counting every sort."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station import journal
from station.events.sortwall import BatchClosed
from tests.app_driver import scanner_burst
from tests.sortwall_support import PACKER, batch, unit_scans
from tests.support import ean


def _screen(app):
    return app.window.screens["sortwall"].widget


def _stray_sku(core, screen) -> str:
    needed = {sku for need in screen.wall.state.needs.values() for sku in need}
    return next(p.sku for p in core.catalogue.products() if p.sku not in needed
                and not p.lot_controlled and not p.serial_controlled)


def _open_wall(app):
    wave = batch(app.core)
    scanner_burst(app.window, PACKER)
    scanner_burst(app.window, wave.totes[0])
    return wave, _screen(app)


def test_a_stray_scanned_then_undone_does_not_stop_the_batch_closing(station_app):
    window, core = station_app.window, station_app.core
    wave, screen = _open_wall(station_app)
    scanner_burst(window, ean(core, _stray_sku(core, screen)))
    scanner_burst(window, "CMD:UNDO")
    for _, code in unit_scans(core, wave):
        scanner_burst(window, code)
    scanner_burst(window, "CMD:COMPLETE")
    assert "every item was sorted" in screen.banner.text()
    assert [e for e in journal.all_events(core.store.conn) if e.type == BatchClosed.TYPE]


def test_an_unexpected_error_is_said_plainly_and_loses_no_sorted_unit(station_app,
                                                                     monkeypatch):
    window, core = station_app.window, station_app.core
    wave, screen = _open_wall(station_app)
    units = unit_scans(core, wave)
    scanner_burst(window, units[0][1])
    kept = screen.wall.state.total_sorted()

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(screen.wall._recorder, "append", broken)
    scanner_burst(window, units[1][1])
    assert "this scan was not recorded" in screen.banner.text()
    assert "RuntimeError" in screen.banner.text()
    assert screen.wall.state.total_sorted() == kept == 1
    monkeypatch.undo()
    scanner_burst(window, units[1][1])
    assert screen.wall.state.total_sorted() == 2


def test_the_progress_line_counts_every_sort(station_app):
    window, core = station_app.window, station_app.core
    wave, screen = _open_wall(station_app)
    units = unit_scans(core, wave)
    total = screen.wall.state.total_units()
    for done, (_, code) in enumerate(units[:3], start=1):
        scanner_burst(window, code)
        assert f"{done} of {total} items sorted" in screen.batch_label.text()


def test_closing_with_units_unsorted_asks_first_and_close_sits_away_from_undo(station_app,
                                                                            qtbot):
    window, core = station_app.window, station_app.core
    wave, screen = _open_wall(station_app)
    units = unit_scans(core, wave)
    scanner_burst(window, units[0][1])
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    text = screen.banner.text()
    assert f"Not sorted yet: {len(units) - 1} of {len(units)} items" in text
    assert not screen.wall.state.closed
    scanner_burst(window, units[1][1])  # sorting on: the question is forgotten
    scanner_burst(window, "CMD:COMPLETE")
    assert not screen.wall.state.closed
    scanner_burst(window, "CMD:COMPLETE")
    assert screen.wall.state.closed
    undo = screen.undo_button.mapTo(screen, screen.undo_button.rect().center())
    close = screen.close_button.mapTo(screen, screen.close_button.rect().center())
    assert abs(undo.y() - close.y()) > screen.height() // 2


def test_after_packing_a_slot_the_station_is_back_at_the_wall(station_app):
    window, core = station_app.window, station_app.core
    wave, screen = _open_wall(station_app)
    units = unit_scans(core, wave)
    for _, code in units[:-1]:
        scanner_burst(window, code)
    slot = 1
    first = screen.wall.state.in_slot[slot]
    assert screen.wall.state.complete(first)
    scanner_burst(window, f"SLOT:{slot:02d}")
    assert window.current_mode() == "pack"
    scanner_burst(window, "CMD:COMPLETE")
    assert core.pack.order is None
    assert window.current_mode() == "sortwall"
    assert f"Order {first} of slot {slot} is packed" in screen.banner.text()
    assert "scan COMPLETE" not in screen.banner.text()
    sorted_before = screen.wall.state.total_sorted()
    scanner_burst(window, units[-1][1])
    assert screen.wall.state.total_sorted() == sorted_before + 1
