"""The real app, built by the composition root on a SQLite file and shown offscreen, and a
keyboard (or wedge scanner) to drive it. Used by tests/ui and tests/e2e."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ui.app import StationApp, build, configure_application


@pytest.fixture
def station_app(qtbot, qapp, settings, clock) -> StationApp:
    """Starts in English so assertions read plainly; the Japanese test switches language."""
    yield from _running_app(qtbot, qapp, settings, clock, sync=False)


@pytest.fixture
def synced_station_app(qtbot, qapp, settings) -> StationApp:
    """The same, with the sync worker and the embedded hub on loopback, on the real clock,
    once sync has started (it starts in the background so as not to delay the first scan)."""
    for station in _running_app(qtbot, qapp, settings, None, sync=True):
        qtbot.waitUntil(lambda app=station: app.sync is not None and app.sync.status is not None,
                        timeout=60_000)
        yield station


def _running_app(qtbot, qapp, settings, clock, *, sync: bool) -> Iterator[StationApp]:
    configure_application(qapp)
    settings = replace(settings, station=replace(settings.station, language="en"))
    station = build(qapp, settings, clock, sound=False, sync=sync)
    qtbot.addWidget(station.window)
    station.window.show()
    qtbot.waitExposed(station.window)
    hook = sys.excepthook
    yield station
    qapp.removeEventFilter(station.wedge)
    station.translations.use("en")
    qapp.processEvents()
    station.close()
    station.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    sys.excepthook = hook


def _key_for(char: str) -> Qt.Key:
    if char == "\r":
        return Qt.Key.Key_Return
    code = ord(char.upper()) if char.isascii() else 0
    return Qt.Key(code) if code else Qt.Key.Key_unknown


def type_keys(window, text: str) -> None:
    """Key presses delivered to the window as a keyboard (or a wedge scanner) would."""
    handle = window.windowHandle()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, _key_for(char), Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(handle, event)


def scanner_burst(window, text: str) -> None:
    """What a wedge scanner sends: the code and Enter, all within a few milliseconds."""
    type_keys(window, text + "\r")
