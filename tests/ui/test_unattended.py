"""An unattended station shows nothing of the order it holds: after sign-out, idle sign-out
and a restart, no customer or order is on screen and the buttons are off."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from station.core import open_core
from station.scans import Command, read_plain
from tests.app_driver import scanner_burst
from tests.support import find_order


def on_screen(window) -> str:
    screen = window.pack_screen
    cells = [screen.lines.item(row, column).text() for row in range(screen.lines.rowCount())
             for column in range(screen.lines.columnCount()) if screen.lines.item(row, column)]
    return " ".join([screen.headline.text(), screen.details.text(), screen.progress.text(),
                     screen.banner.text(), *cells])


def assert_nothing_of(window, order) -> None:
    shown = on_screen(window)
    assert order.id not in shown
    assert order.customer_name not in shown
    assert window.pack_screen.lines.rowCount() == 0
    assert not any(button.isEnabled() for button in window.pack_screen.buttons.values())


def open_an_order(station_app):
    window = station_app.window
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(station_app.core)
    scanner_burst(window, order.id)
    assert order.customer_name in on_screen(window)
    return order


def test_signing_out_leaves_no_order_on_screen(station_app):
    order = open_an_order(station_app)
    scanner_burst(station_app.window, "CMD:" + Command.SIGN_OUT.value)
    assert_nothing_of(station_app.window, order)


def test_idle_sign_out_leaves_no_order_on_screen(station_app, clock):
    order = open_an_order(station_app)
    clock.advance(minutes=station_app.core.pack.settings.idle_sign_out_minutes + 1)
    station_app.window._on_idle_check()
    assert station_app.core.signin.badge is None
    assert_nothing_of(station_app.window, order)


def test_the_buttons_are_off_before_anyone_signs_in(station_app):
    window = station_app.window
    assert not any(button.isEnabled() for button in window.pack_screen.buttons.values())
    scanner_burst(window, "BADGE:P-1001")
    assert all(button.isEnabled() for button in window.pack_screen.buttons.values())


@pytest.fixture
def order_left_open(settings, clock):
    """A previous run of the station: a packer signed in and opened an order, then the
    process ended without a sign-out."""
    core = open_core(settings, clock)
    try:
        core.pack.scan(read_plain("BADGE:P-1001"))
        order = find_order(core)
        core.pack.scan(read_plain(order.id))
        assert core.pack.order is not None
    finally:
        core.close()
    return order


def test_after_a_restart_nobody_is_signed_in_and_the_order_resumes_for_its_packer(
        order_left_open, station_app):
    window = station_app.window
    assert station_app.core.signin.badge is None
    assert window.user_label.text() == "Not signed in"
    assert_nothing_of(window, order_left_open)
    scanner_burst(window, "BADGE:P-1001")
    assert order_left_open.id in window.pack_screen.headline.text()
    assert window.pack_screen.lines.rowCount() == len(order_left_open.lines)


def test_the_coloured_buttons_also_look_off_when_nobody_is_signed_in(station_app):
    """Complete (green) and Exception (red) are greyed out like the others, not only off."""
    screen = station_app.window.pack_screen
    for command in (Command.COMPLETE, Command.EXCEPTION):
        image = screen.buttons[command].grab().toImage()
        middle = image.pixelColor(image.width() // 8, image.height() // 2)
        assert middle.saturation() < 40, (command, middle.name())
    scanner_burst(station_app.window, "BADGE:P-1001")
    image = screen.buttons[Command.COMPLETE].grab().toImage()
    assert image.pixelColor(image.width() // 8, image.height() // 2) == QColor("#1b7f3b")
