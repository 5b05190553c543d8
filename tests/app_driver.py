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


# Key timestamps, as a window system stamps them: the wedge tells a scanner from a person by
# these, never by when a (possibly busy) test machine delivers the events.
SCANNER_GAP_MS = 4
PERSON_GAP_MS = 150


class _KeyClock:
    """Key timestamps that only go forward; each call starts well after the last key."""

    def __init__(self) -> None:
        self.ms = 1_000_000

    def stamps(self, count: int, gap_ms: int) -> list[int]:
        start = self.ms + PERSON_GAP_MS
        self.ms = start + count * gap_ms
        return [start + index * gap_ms for index in range(count)]


_KEYS = _KeyClock()


def type_keys(window, text: str, gap_ms: int = PERSON_GAP_MS) -> None:
    """Key presses delivered to the window as a keyboard (or a wedge scanner) would, stamped
    `gap_ms` apart (a person types 100-300 ms apart, a scanner a few ms)."""
    handle = window.windowHandle()
    for char, stamp in zip(text, _KEYS.stamps(len(text), gap_ms), strict=True):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, _key_for(char), Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(stamp)
            QApplication.sendEvent(handle, event)


def scanner_burst(window, text: str) -> None:
    """What a wedge scanner sends: the code and Enter, all within a few milliseconds."""
    type_keys(window, text + "\r", gap_ms=SCANNER_GAP_MS)
