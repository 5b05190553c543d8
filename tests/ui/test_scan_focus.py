"""No scan is lost: keys reach the pack entry wherever focus is, a slow scanner still scans,
every Enter gets an outcome, and full-width IME input is read as what it says."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from station.pack.outcomes import Kind
from tests.app_driver import scanner_burst, type_keys
from tests.support import find_order

SLOW_SCANNER_GAP_MS = 50  # a Bluetooth scanner over a busy radio: gaps over the 35 ms limit


def last_kind(station_app):
    outcome = station_app.window.pack_screen.last_outcome
    return outcome.kind if outcome is not None else None


def test_the_entry_has_focus_at_start_up(station_app):
    window = station_app.window
    assert window.focusWidget() is window.pack_screen.entry


def test_typing_with_focus_on_a_top_bar_button_still_signs_in(station_app):
    window = station_app.window
    window.language_button.setFocus()
    type_keys(window, "BADGE:P-1001\r")
    assert last_kind(station_app) is Kind.SIGNED_IN


def test_a_slow_scanner_with_focus_nowhere_still_gets_its_scan(station_app):
    window = station_app.window
    window.pack_screen.entry.clearFocus()
    window.setFocus()
    type_keys(window, "BADGE:P-1001\r", gap_ms=SLOW_SCANNER_GAP_MS)
    assert last_kind(station_app) is Kind.SIGNED_IN


def test_a_bare_enter_is_answered_not_swallowed(station_app):
    window = station_app.window
    window.setFocus()
    type_keys(window, "\r")
    assert last_kind(station_app) is Kind.UNREADABLE


def test_full_width_ime_input_opens_the_order(station_app):
    window = station_app.window
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(station_app.core)
    full_width = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in order.id)
    window.pack_screen.entry.setText(full_width)
    window.pack_screen.entry.returnPressed.emit()
    assert last_kind(station_app) is Kind.ORDER_OPENED
    assert station_app.core.pack.order is not None
    assert station_app.core.pack.order.id == order.id


def test_typing_after_a_dialog_closes_reaches_the_station(station_app, qtbot):
    window = station_app.window
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()
    dialog.accept()
    dialog.deleteLater()
    window.activateWindow()
    type_keys(window, "BADGE:P-1001\r")
    assert last_kind(station_app) is Kind.SIGNED_IN
