"""The printer status panel: each printer, what it prints, its own state when it cannot print
(head open, out of paper, paused: read by the print service's monitor), how many jobs wait
and the last error in words, refreshed by a timer from the print jobs table and the monitor's
last answers (cheap reads) while it is shown. A printer that is off shows red here while
packing goes on; "Retry now" and "Test page" act on it. "Open the print folder" leaves the
kiosk for the file manager: supervisors only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from printing.printer_names import printer_label
from printing.service import PrinterStatus, PrintService
from station.messages import Message, msg
from ui.i18n import tr
from ui.printing.open_folder import OpenFolderAction

KIND_NAMES: dict[str, Message] = {
    "label": msg("Printing UI", "shipping labels"),
    "slip": msg("Printing UI", "packing slips"),
    "insert": msg("Printing UI", "inserts"),
    "recommerce": msg("Printing UI", "re-commerce labels"),
}


def _nobody() -> bool:
    return False


def _troubled(status: PrinterStatus) -> bool:
    """Jobs failed on it, or it says itself that it cannot print (head open, paused ...)."""
    return bool(status.last_error) or (status.state is not None and not status.state.ready)


class PrinterStatusWidget(QWidget):
    """`PrinterStatusWidget(service, parent=None, interval_ms=1000, may_open_folder=...)`.
    Emits `attention_changed(bool)` when some printer starts or stops having waiting jobs
    with an error, so the pack screen can show a badge. `may_open_folder` says whether the
    person at the station may open the print folder (by default nobody)."""

    attention_changed = Signal(bool)

    def __init__(self, service: PrintService, parent: QWidget | None = None,
                 interval_ms: int = 1000,
                 may_open_folder: Callable[[], bool] = _nobody) -> None:
        super().__init__(parent)
        self._service = service
        self._interval_ms = interval_ms
        self._attention = False
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        self._grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self.retry_button = QPushButton(tr(msg("Printing UI", "Retry now")), self)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.open_folder = OpenFolderAction(service.folder, self, allowed=may_open_folder)
        self.folder_button = QPushButton(self.open_folder.text(), self)
        self.folder_button.clicked.connect(self.open_folder.trigger)
        self.folder_button.setEnabled(may_open_folder())
        layout.addWidget(self.retry_button)
        layout.addWidget(self.folder_button)
        self.test_buttons: dict[str, QPushButton] = {}
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(interval_ms)
        self.refresh()

    @property
    def polling(self) -> bool:
        return self._timer.isActive()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # no reads of the database for a panel nobody sees
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._timer.isActive():
            self._timer.start(self._interval_ms)
            self.refresh()
        super().showEvent(event)

    @property
    def attention(self) -> bool:
        return self._attention

    def refresh(self) -> None:
        statuses = self._service.statuses()
        for row, status in enumerate(statuses):
            if status.printer not in self.rows:
                self._add_row(row, status)
            state, detail = self.rows[status.printer]
            state.setText(self._state_text(status))
            state.setStyleSheet("color: #B00020; font-weight: bold;" if _troubled(status)
                                else "color: #8A5300;" if status.problems
                                else "color: #1B5E20;")
            detail.setText(tr(status.error) if status.error else status.last_error
                           or "\n".join(tr(problem) for problem in status.problems))
        attention = any(_troubled(status) for status in statuses)
        if attention != self._attention:
            self._attention = attention
            self.attention_changed.emit(attention)

    def _add_row(self, row: int, status: PrinterStatus) -> None:
        kinds = ", ".join(tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind
                          for kind in status.kinds)
        name = QLabel(tr(msg("Printing UI", "{printer} ({kinds})",
                             printer=printer_label(status.printer), kinds=kinds)), self)
        state, detail = QLabel(self), QLabel(self)
        detail.setWordWrap(True)
        test = QPushButton(tr(msg("Printing UI", "Test page")), self)
        test.clicked.connect(lambda: self._service.test_page(status.printer))
        self._grid.addWidget(name, row * 2, 0)
        self._grid.addWidget(state, row * 2, 1)
        self._grid.addWidget(test, row * 2, 2)
        self._grid.addWidget(detail, row * 2 + 1, 0, 1, 3)
        self.rows[status.printer] = (state, detail)
        self.test_buttons[status.printer] = test

    @staticmethod
    def _state_text(status: PrinterStatus) -> str:
        if status.state is not None and not status.state.ready:
            return tr(status.state.detail)
        if status.last_error:
            return tr(msg("Printing UI", "{count} waiting: printer problem", count=status.waiting))
        if status.waiting:
            return tr(msg("Printing UI", "{count} printing", count=status.waiting))
        if status.problems:
            return tr(msg("Printing UI", "Ready; brand kit problem, printing plain inserts"))
        return tr(msg("Printing UI", "Ready"))

    def _on_retry_clicked(self) -> None:
        self._service.retry_now()
        self.refresh()
