"""The wedge filter tells a scanner burst from typing by the keys' own timestamps."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.wedge import WedgeScanner


def press(window, char: str, stamp_ms: int) -> None:
    key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
        event.setTimestamp(stamp_ms)
        QApplication.sendEvent(window, event)


def test_a_burst_delivered_late_by_a_busy_ui_is_still_one_scan(qtbot, qapp):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    wedge = WedgeScanner(max_key_interval_ms=35)
    qapp.installEventFilter(wedge)
    try:
        scans: list[str] = []
        wedge.scanned.connect(scans.append)
        window = field.windowHandle()
        text = "ORD-100001\r"
        for index, char in enumerate(text):
            if index == 5:
                time.sleep(0.12)  # the UI thread was busy: delivery stalls, stamps do not
            press(window, char, 10_000 + index * 4)
        assert scans == ["ORD-100001"]
        assert field.text() == ""
    finally:
        qapp.removeEventFilter(wedge)


def test_a_burst_whose_tail_is_delivered_after_a_pause_is_still_one_scan(qtbot, qapp):
    """Under load the window system can hand over the rest of a burst only after the UI has
    been idle a moment: the held head must not be replayed as typing meanwhile."""
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()
    wedge = WedgeScanner(max_key_interval_ms=35)
    qapp.installEventFilter(wedge)
    try:
        scans: list[str] = []
        wedge.scanned.connect(scans.append)
        window = field.windowHandle()
        text = "ORD-100001\r"
        for index, char in enumerate(text[:5]):
            press(window, char, 20_000 + index * 4)
        qtbot.wait(120)  # the event loop runs, idle, before the tail arrives
        for index, char in enumerate(text[5:], start=5):
            press(window, char, 20_000 + index * 4)
        assert scans == ["ORD-100001"]
        assert field.text() == ""
    finally:
        qapp.removeEventFilter(wedge)
