"""Undo and Cancel read differently, and CMD:CANCEL with nothing waiting says so (review
item 6: in Japanese both read 取り消し and "cancelled" was said with nothing to cancel)."""

from __future__ import annotations

from station.scans import Command
from tests.app_driver import scanner_burst
from tests.support import find_order
from tests.ui.test_pack_fit import at_station_size
from ui.i18n import tr
from ui.returns.controls import _COMMANDS as RETURNS_COMMANDS


def test_undo_and_cancel_have_distinct_japanese_labels(station_app, qtbot):
    window = at_station_size(station_app, qtbot)
    window.set_language("ja")
    undo = window.pack_screen.buttons[Command.UNDO].text()
    cancel = tr(dict(RETURNS_COMMANDS)[Command.CANCEL])   # shown once an item is open
    assert undo == "1つ戻す"
    assert cancel == "キャンセル"


def test_cancel_with_nothing_waiting_says_there_was_nothing_to_cancel(station_app, qtbot):
    window = at_station_size(station_app, qtbot)
    order = find_order(station_app.core, max_lines=2)
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, order.id)
    window.set_language("ja")
    scanner_burst(window, "CMD:CANCEL")
    banner = window.pack_screen.banner.text()
    assert "キャンセルするものはありません" in banner
    assert "取り消しました" not in banner
    assert station_app.core.pack.order.id == order.id
