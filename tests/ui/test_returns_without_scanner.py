"""The returns screen typed and tapped, without a scanner (review item 8): the code field has
the focus on arrival, a double-click on an expected RMA opens it, the inspector signs out with
a button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.returns import rmas
from tests.app_driver import scanner_burst
from tests.returns_support import INSPECTOR, answer_scans, item_code, returns_session
from tests.ui.test_pack_fit import at_station_size
from ui.returns.screen import ReturnsScreen


@pytest.fixture
def screen(qtbot, file_core):
    widget = ReturnsScreen(returns_session(file_core, camera=None))
    widget.resize(1366, 700)
    qtbot.addWidget(widget)
    return widget


def _entry(screen, rma_id):
    rows = [screen.expected.item(i) for i in range(screen.expected.count())]
    [entry] = [row for row in rows if row.data(Qt.ItemDataRole.UserRole) == rma_id]
    return entry


def test_the_code_field_has_the_focus_on_arrival(station_app, qtbot):
    window = at_station_size(station_app, qtbot)
    window.activateWindow()
    scanner_burst(window, INSPECTOR)
    window.show_mode("returns")
    returns = window.screens["returns"].widget
    qtbot.waitUntil(returns.isVisible)
    assert QApplication.focusWidget() is returns.code


def test_a_double_click_on_an_expected_rma_opens_it_once(qtbot, screen):
    """A mouse's double-click is a click, then a second press on the same spot: the click
    opens the RMA and hides the list, so the second press does nothing more. (The review's
    driver sent the double-click event alone, which Qt takes as a bare press.)"""
    screen.show()
    screen.handle_scan(INSPECTOR)
    rect = screen.expected.visualItemRect(_entry(screen, "RMA-5002"))
    viewport = screen.expected.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    opened = screen.last_outcome
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.last_outcome is opened
    assert screen.session.rma is not None
    assert screen.session.rma.id == "RMA-5002"


def test_the_inspector_signs_out_with_a_button(qtbot, screen):
    screen.show()
    assert not screen.sign_out.isVisible()
    screen.handle_scan(INSPECTOR)
    assert screen.sign_out.isVisible()
    qtbot.mouseClick(screen.sign_out, Qt.MouseButton.LeftButton)
    assert screen.session.signin.badge is None
    assert not screen.sign_out.isVisible()


def _seen_whole(widget, area) -> bool:
    """`widget` lies inside the scroll area's viewport at the scroll position it has now."""
    top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
    bottom_right = widget.mapTo(area.viewport(), widget.rect().bottomRight())
    return area.viewport().rect().contains(top_left) and area.viewport().rect().contains(
        bottom_right)


def test_an_open_item_s_buttons_and_the_code_field_show_without_scrolling_at_1366x768(
        station_app, qtbot):
    window = at_station_size(station_app, qtbot)
    scanner_burst(window, INSPECTOR)
    window.show_mode("returns")
    entry = window.screens["returns"]
    returns, area = entry.widget, entry.page
    qtbot.waitUntil(returns.isVisible)
    rma = rmas.get_rma(station_app.core.store.conn, "RMA-5002")
    assert rma is not None
    for text in ("RMA-5002", item_code(station_app.core, rma.lines[0].sku)):
        returns.handle_scan(text)
    assert returns.session.item is not None
    for answers in ([], answer_scans(returns.session, "B")):   # item opened, then graded
        for text in answers:
            returns.handle_scan(text)
        commands = ["CMD:UNDO", "CMD:CANCEL"] + (["CMD:OK"] if answers else [])
        buttons = [returns.controls.button(code) for code in commands]
        assert None not in buttons, answers
        # Once laid out, each shows whole in the scroll area as it stands (not scrolled).
        qtbot.waitUntil(lambda shown=buttons: all(_seen_whole(b, area) for b in shown))
        assert _seen_whole(returns.code, area)
        assert _seen_whole(returns.banner, area)
        assert area.verticalScrollBar().maximum() == 0
    assert returns.grade.text() == "B"
    placeholder = returns.code.placeholderText()
    assert returns.code.fontMetrics().horizontalAdvance(placeholder) < returns.code.width() - 24
