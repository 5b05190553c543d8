"""The station window: who may see which screen, signing out from any screen, shutting down."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from station.returns.outcomes import ReturnsKind
from tests.app_driver import scanner_burst


def test_nobody_signed_in_sees_only_the_pack_screen(station_app):
    window = station_app.window
    window.show_mode("returns")
    window.show_mode("supervisor")
    assert window.current_mode() == "pack"


def test_a_supervisor_badge_opens_the_figures_and_signs_out_from_there(station_app):
    window = station_app.window
    scanner_burst(window, "BADGE:S-3001")
    assert window.current_mode() == "supervisor"
    scanner_burst(window, "CMD:SIGNOUT")
    assert station_app.core.signin.badge is None
    assert window.current_mode() == "pack"
    assert window.user_label.text() == "Not signed in"


def test_signing_out_on_the_returns_screen_clears_the_window(station_app):
    window = station_app.window
    scanner_burst(window, "BADGE:I-2001")
    assert window.current_mode() == "returns"
    assert "Suzuki" in window.user_label.text()
    scanner_burst(window, "CMD:SIGNOUT")
    assert station_app.core.signin.badge is None
    assert window.current_mode() == "pack"
    assert window.user_label.text() == "Not signed in"


def test_a_packer_cannot_open_the_supervisor_screen(station_app):
    window = station_app.window
    scanner_burst(window, "BADGE:P-1001")
    window.show_mode("supervisor")
    assert window.current_mode() == "pack"
    assert not window.mode_buttons["supervisor"].isVisibleTo(window)


def test_closing_the_station_stops_every_timer_of_the_window(station_app):
    station_app.close()
    assert not [timer for timer in station_app.window.findChildren(QTimer) if timer.isActive()]


def test_the_button_of_the_screen_on_show_is_the_one_pressed(station_app):
    window = station_app.window
    scanner_burst(window, "BADGE:S-3001")
    buttons = window.mode_buttons
    assert [m for m, b in buttons.items() if b.isChecked()] == ["supervisor"]
    buttons["pack"].click()
    assert window.current_mode() == "pack"
    assert [m for m, b in buttons.items() if b.isChecked()] == ["pack"]
    buttons["pack"].click()  # clicking the open screen again keeps it shown as open
    assert [m for m, b in buttons.items() if b.isChecked()] == ["pack"]


def test_a_badge_on_the_returns_screen_goes_to_the_returns_sessions_own_sign_in(station_app):
    """The returns session's sign-in runs (its wording, its outcome on its screen); the pack
    screen is not asked."""
    window = station_app.window
    returns = window.screens["returns"].widget
    scanner_burst(window, "BADGE:I-2001")
    assert window.current_mode() == "returns"
    pack_before = window.pack_screen.last_outcome
    scanner_burst(window, "BADGE:NOBODY")
    assert returns.last_outcome is not None
    assert returns.last_outcome.kind is ReturnsKind.UNKNOWN_BADGE
    assert returns.last_outcome.message.text == "Badge {badge} is not known."
    assert window.pack_screen.last_outcome is pack_before
    scanner_burst(window, "BADGE:S-3001")  # a supervisor may inspect: signed in by returns
    assert returns.last_outcome.kind is ReturnsKind.SIGNED_IN
    assert station_app.core.signin.badge is not None
    assert station_app.core.signin.badge.id == "S-3001"


def test_a_scale_command_from_any_source_reaches_the_scale_and_not_a_session(station_app):
    """`--scan CMD:TARE` (the window's entry, not the wedge) goes to the scale too: with no
    scale at this station it says so instead of looking for an order called CMD:TARE."""
    window = station_app.window
    scanner_burst(window, "BADGE:P-1001")
    before = window.pack_screen.last_outcome
    window.handle_scan("CMD:TARE")
    assert window.pack_screen.last_outcome is before
    assert "no scale" in window.pack_screen.banner.text()
