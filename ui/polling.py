"""A refresh timer owned by its widget: it runs only while the widget is shown, so a widget
nobody sees (hidden, closed, or never put on screen) reads nothing, and no refresh can reach
a database that closed after its window did."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_STARTS = {QEvent.Type.Show}
_STOPS = {QEvent.Type.Hide, QEvent.Type.Close}


class PollWhileShown(QObject):
    """Calls `refresh` every `interval_ms` while `widget` is shown; `stop()` for good."""

    def __init__(self, widget: QWidget, interval_ms: int, refresh: Callable[[], object]) -> None:
        super().__init__(widget)
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(refresh)
        widget.installEventFilter(self)
        if widget.isVisible():
            self.timer.start()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _STARTS and not self._stopped:
            self.timer.start()
        elif event.type() in _STOPS:
            self.timer.stop()
        return False

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
