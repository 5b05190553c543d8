"""The packer's exception dialog at the real window: scanner-first (the reason, the item and
its quantity scanned through the keyboard wedge while the dialog is up), typed notes for
OTHER, Escape to go back; what was sent is read back from the journal."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from station.events.pack import ExceptionReported
from station.pack.outcomes import Kind
from station.scans import Command, ExceptionReason
from tests.app_driver import scanner_burst, type_keys
from tests.integration.test_pack_exceptions import line_of_three
from tests.support import ean, find_line, payloads

DOCS = Path(__file__).resolve().parents[2] / "docs"


def open_order(station_app):
    core = station_app.core
    order, line = find_line(core, line_of_three)
    scanner_burst(station_app.window, "BADGE:P-1001")
    scanner_burst(station_app.window, order.id)
    scanner_burst(station_app.window, ean(core, line.product.sku))
    return order, line


def test_a_short_item_and_its_quantity_are_scanned_into_the_dialog_and_enter_sends(
        station_app, qtbot):
    window, core = station_app.window, station_app.core
    order, line = open_order(station_app)
    dialog = window.pack_screen.exception_dialog
    scanner_burst(window, "CMD:EXCEPTION")
    qtbot.waitUntil(dialog.isVisible)
    scanner_burst(dialog, "REASON:SHORT")               # the wedge, with the dialog up
    assert dialog.reason_buttons[ExceptionReason.SHORT].isChecked()
    assert "scan the item" in dialog.prompt.text()
    scanner_burst(dialog, ean(core, line.product.sku))
    assert dialog.item.currentData() == line.product.sku
    scanner_burst(dialog, "QTY:2")
    assert dialog.quantity.value() == 2
    assert "2 ×" in dialog.prompt.text()
    if os.environ.get("EXCEPTIONS_SCREENSHOTS"):
        qtbot.wait(20)
        dialog.grab().save(str(DOCS / "pack-exception-dialog-en.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)           # Enter sends
    assert window.pack_screen.last_outcome.kind is Kind.EXCEPTION_REPORTED
    assert not dialog.isVisible()
    [report] = payloads(core.store.conn, ExceptionReported, order.id)
    assert (report.reason, report.sku, report.quantity) == ("SHORT", line.product.sku, 2)


def test_other_takes_a_typed_note_and_the_keypad_and_line_list_work_without_a_scanner(
        station_app, qtbot):
    window, core = station_app.window, station_app.core
    order, line = open_order(station_app)
    dialog = window.pack_screen.exception_dialog
    window.pack_screen.buttons[Command.EXCEPTION].click()
    qtbot.waitUntil(dialog.isVisible)
    dialog.reason_buttons[ExceptionReason.DAMAGED].click()
    dialog.item.activated.emit(dialog.item.findData(line.product.sku))
    dialog.quantity.setValue(3)
    assert core.pack.reports.draft.quantity == 3
    dialog.reason_buttons[ExceptionReason.OTHER].click()
    dialog.send_button.click()
    assert dialog.isVisible()                            # OTHER without a note is not sent
    assert "type what happened" in dialog.prompt.text()
    dialog.note.setFocus()
    type_keys(dialog, "wet tote")                         # a person typing, not a scan
    qtbot.waitUntil(lambda: dialog.note.text() == "wet tote", timeout=10_000)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert window.pack_screen.last_outcome.kind is Kind.EXCEPTION_REPORTED
    [report] = payloads(core.store.conn, ExceptionReported, order.id)
    assert (report.reason, report.sku, report.quantity, report.note) == (
        "OTHER", None, None, "wet tote")


def test_escape_cancels_and_the_order_stays_open(station_app, qtbot):
    window, core = station_app.window, station_app.core
    order, _line = open_order(station_app)
    dialog = window.pack_screen.exception_dialog
    scanner_burst(window, "CMD:EXCEPTION")
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.pack_screen.last_outcome.kind is Kind.CANCELLED_PROMPT
    assert core.pack.order.id == order.id
    assert payloads(core.store.conn, ExceptionReported, order.id) == []


def test_scanning_a_queued_order_says_it_is_in_the_exception_queue_with_its_reason(
        station_app, qtbot):
    window, core = station_app.window, station_app.core
    order, line = open_order(station_app)
    for code in ("CMD:EXCEPTION", "REASON:DAMAGED", ean(core, line.product.sku), "CMD:OK"):
        scanner_burst(window, code)
    assert window.pack_screen.last_outcome.kind is Kind.EXCEPTION_REPORTED
    scanner_burst(window, order.id)
    assert window.pack_screen.last_outcome.kind is Kind.ORDER_IN_EXCEPTION
    banner = window.pack_screen.banner.text()
    assert "exception queue" in banner
    assert "Damaged: 1 ×" in banner
    assert core.pack.order is None
