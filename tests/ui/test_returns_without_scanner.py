"""The returns screen typed and tapped, without a scanner (review item 8): the code field has
the focus on arrival, a double-click on an expected RMA opens it, the inspector signs out with
a button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.app_driver import scanner_burst
from tests.returns_support import INSPECTOR, returns_session
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
