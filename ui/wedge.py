"""Keyboard-wedge scanner input, captured wherever focus is.

A USB or Bluetooth scanner in keyboard mode types its read as a fast burst of key presses
ended by a suffix (Enter by default). An application-wide event filter holds key presses at
the window, before Qt hands them to the focused widget: a burst (every gap under
`max_key_interval_ms`, at least `min_length` characters, ended by the suffix) becomes one
`scanned` signal and never reaches the focused widget; anything slower is a person typing, and
the held keys are replayed to the window they were meant for, in order, a few tens of
milliseconds late. Once two held keys came as a burst, silence is waited out longer
(`BURST_SILENCE_MS`): under load the tail of a scan can arrive after the UI has been idle a
moment, and replaying its head as typing would turn one scan into two wrong ones."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication

BURST_SILENCE_MS = 500

_SUFFIX_KEYS = {"\r": (Qt.Key.Key_Return, Qt.Key.Key_Enter), "\t": (Qt.Key.Key_Tab,),
                "\n": (Qt.Key.Key_Return, Qt.Key.Key_Enter)}


def _key_time(event: QKeyEvent) -> float:
    """When the key was pressed, in seconds: the window system's timestamp (so a busy UI
    thread does not stretch the gaps of a burst), or the time of delivery for synthetic
    events that carry none."""
    stamp = event.timestamp()
    return stamp / 1000 if stamp else time.perf_counter()


@dataclass
class _HeldKey:
    event: QKeyEvent
    target: QObject
    at: float


class WedgeScanner(QObject):
    """Install on the QApplication. Emits `scanned(text)` once per scanner burst."""

    scanned = Signal(str)

    def __init__(self, max_key_interval_ms: int = 35, min_length: int = 3, suffix: str = "\r",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.max_gap = max_key_interval_ms / 1000
        self.min_length = min_length
        self.suffix_keys = _SUFFIX_KEYS.get(suffix, (Qt.Key.Key_Return, Qt.Key.Key_Enter))
        self._held: list[_HeldKey] = []
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._on_silence)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWindow):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        key_event = event
        modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & \
            ~Qt.KeyboardModifier.KeypadModifier
        if modifiers and key_event.text() != "\x1d":
            return False
        now = _key_time(key_event)
        is_suffix = key_event.key() in self.suffix_keys
        if not key_event.text() and not is_suffix:
            return False
        if self._held and now - self._held[-1].at > self.max_gap:
            self._replay()
        self._held.append(_HeldKey(key_event.clone(), watched, now))
        if is_suffix:
            self._finish_burst()
        else:
            self._flush_timer.start(self._silence_ms())
        return True

    def _silence_ms(self) -> int:
        """How long to wait for the next key: a few ms past the burst gap after a lone key (a
        person's last key shows at once), longer once the held keys are a burst."""
        if len(self._held) > 1 and self._is_burst():
            return BURST_SILENCE_MS
        return max(1, int(self.max_gap * 1000) + 5)

    def _finish_burst(self) -> None:
        self._flush_timer.stop()
        text = "".join(held.event.text() for held in self._held[:-1])
        if len(text) >= self.min_length and self._is_burst():
            self._held.clear()
            self.scanned.emit(text)
        else:
            self._replay()

    def _is_burst(self) -> bool:
        gaps = [b.at - a.at for a, b in zip(self._held, self._held[1:], strict=False)]
        return all(gap <= self.max_gap for gap in gaps)

    def _on_silence(self) -> None:
        """No key for a while. If the UI thread was busy, the rest of a burst may still be
        waiting to be delivered: take it first, and only then decide it was a person."""
        waiting = len(self._held)
        QApplication.processEvents()
        if self._held and len(self._held) != waiting:
            self._flush_timer.start(self._silence_ms())
            return
        self._replay()

    def _replay(self) -> None:
        """Hand held keys to the widgets they were meant for: a person was typing."""
        held, self._held = self._held, []
        self._replaying = True
        try:
            for item in held:
                QApplication.sendEvent(item.target, item.event)
        finally:
            self._replaying = False
