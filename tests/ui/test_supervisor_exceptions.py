"""The supervisor's exception queue: what the packer reported, and Resolve or Release with a
reason, journaled; the queue empties and a released order can be packed again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from station.events.exceptions import ExceptionReleased, ExceptionResolved
from station.pack.outcomes import Kind
from tests.integration.test_pack_exceptions import line_of_three
from tests.support import ean, find_line, payloads, scan
from ui.style import APP_STYLE
from ui.supervisor.factory import supervisor_screen

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def queued(file_core):
    """An order a packer sent to the queue as damaged, and a supervisor signed in."""
    core = file_core
    order, line = find_line(core, line_of_three)
    for code in ("BADGE:P-1001", order.id, ean(core, line.product.sku), "CMD:EXCEPTION",
                 "REASON:DAMAGED", ean(core, line.product.sku), "CMD:OK"):
        scan(core, code)
    scan(core, "BADGE:S-3001")
    return core, order


@pytest.fixture
def screen(qtbot, queued):
    core, _order = queued
    made = supervisor_screen(core)
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.refreshed, timeout=10_000):
        made.show()
    yield made
    made.shutdown()


def choose_first(screen):
    screen.tabs.setCurrentIndex(3)
    screen.exceptions_table.selectRow(0)
    return screen.exception_actions


def test_the_queue_shows_what_was_reported_and_release_needs_a_reason(qtbot, queued, screen):
    core, order = queued
    assert screen.exceptions_table.item(0, 0).text() == order.id
    actions = choose_first(screen)
    assert screen.exceptions_table.isVisibleTo(screen)
    assert screen.exceptions_table.height() > actions.height() // 2
    assert order.id in actions.details.text()
    assert "Damaged: 1 ×" in actions.details.text()
    if os.environ.get("EXCEPTIONS_SCREENSHOTS"):
        actions.reason.setText("Replaced from stock")
        screen.resize(1366, 700)
        qtbot.wait(20)
        screen.grab().save(str(DOCS / "supervisor-exception-actions-en.png"))
        actions.reason.clear()
    actions.release_button.click()
    assert "reason" in actions.result.text()
    assert payloads(core.store.conn, ExceptionReleased, order.id) == []
    actions.reason.setText("Replaced from stock")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        actions.release_button.click()
    assert screen.exceptions_table.rowCount() == 0
    [released] = payloads(core.store.conn, ExceptionReleased, order.id)
    assert released.reason == "Replaced from stock"
    scan(core, "BADGE:P-1001")
    assert scan(core, order.id).kind is Kind.ORDER_OPENED


def test_a_refresh_keeps_the_chosen_order_while_a_reason_is_typed(qtbot, queued, screen):
    _core, order = queued
    actions = choose_first(screen)
    actions.reason.setText("Replaced")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.refresh()
    assert actions.selected_order() == order.id
    assert actions.release_button.isEnabled()
    assert "Damaged" in actions.details.text()


def test_resolve_closes_the_exception_for_good(qtbot, queued, screen):
    core, order = queued
    actions = choose_first(screen)
    actions.reason.setText("Cancelled by the brand")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        actions.resolve_button.click()
    assert screen.exceptions_table.rowCount() == 0
    [resolved] = payloads(core.store.conn, ExceptionResolved, order.id)
    assert resolved.reason == "Cancelled by the brand"
    assert "closed" in actions.result.text()
    scan(core, "BADGE:P-1001")
    assert scan(core, order.id).kind is Kind.ORDER_IN_EXCEPTION


def test_an_empty_reason_says_why_and_enter_decides_nothing(qtbot, queued, screen):
    core, order = queued
    screen.resize(1366, 768)
    actions = choose_first(screen)
    actions.resolve_button.click()
    assert "reason" in actions.result.text()
    assert actions.result.isVisibleTo(screen)
    assert payloads(core.store.conn, ExceptionResolved, order.id) == []
    actions.reason.setText("Replaced from stock")
    qtbot.keyClick(actions.reason, Qt.Key.Key_Return)
    assert payloads(core.store.conn, ExceptionReleased, order.id) == []
    assert payloads(core.store.conn, ExceptionResolved, order.id) == []
    assert "Resolve" in actions.result.text()
    assert "Release" in actions.result.text()
    assert screen.exceptions_table.rowCount() == 1


def test_after_a_resolve_the_details_and_buttons_follow_the_empty_queue(qtbot, queued, screen):
    _core, order = queued
    actions = choose_first(screen)
    actions.reason.setText("Cancelled by the brand")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        actions.resolve_button.click()
    assert screen.exceptions_table.rowCount() == 0
    assert order.id not in actions.details.text()
    assert "Choose an order" in actions.details.text()
    assert not actions.resolve_button.isEnabled()
    assert not actions.release_button.isEnabled()


def test_queue_rows_are_one_line_and_say_what_was_reported(qtbot, queued, screen):
    """At 1366x768 several rows fit (review 9): a row is one line of text tall, and its
    Reason says the item and quantity without choosing the row (review 10)."""
    _core, _order = queued
    screen.resize(1366, 768)
    screen.tabs.setCurrentIndex(3)
    table = screen.exceptions_table
    reason = table.item(0, 3).text()
    assert "Damaged: 1 ×" in reason
    # As tall as a row of one short word in a table like it (the same font and whatever style
    # sheet the application has by then), not as a wrapped row of two lines.
    one_line = QTableWidget(1, 1, table)  # a hidden child: styled like it, gone with it
    one_line.setItem(0, 0, QTableWidgetItem("x"))
    one_line.resizeRowsToContents()
    assert table.rowHeight(0) <= one_line.rowHeight(0)
    assert table.item(0, 5).toolTip() == table.item(0, 5).text()
    assert table.viewport().height() > 4 * table.rowHeight(0)


def test_the_page_with_the_actions_fits_under_a_1366x768_header(qtbot, queued, screen):
    """With resolve/release under the queue, the page still needs no scrolling (review 9)."""
    screen.setStyleSheet(APP_STYLE)
    assert screen.minimumSizeHint().height() <= 640
