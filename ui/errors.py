"""The one place errors reach a person: typed errors as a toast with what to do next, and a
global hook that logs unexpected exceptions with context and keeps the packer's work."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from station.errors import StationError
from station.messages import msg
from ui.i18n import tr
from ui.phrase_label import PhraseLabel

log = logging.getLogger("packstation")


class Toast(PhraseLabel):
    """A message over the bottom of its parent that goes away on its own."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent=parent)
        self.setObjectName("toast")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel#toast { background: #2d3436; color: white; font-size: 18px;"
                           " padding: 14px; border-radius: 8px; }")
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_text(self, text: str, seconds: int = 8) -> None:
        parent = self.parentWidget()
        self.setText(text)
        if parent is not None:
            width = min(parent.width() - 40, 900)
            self.setFixedWidth(max(width, 200))
            self.adjustSize()
            self.move((parent.width() - self.width()) // 2, parent.height() - self.height() - 60)
        self.raise_()
        self.show()
        self._timer.start(seconds * 1000)


class ErrorPresenter:
    def __init__(self, toast: Toast) -> None:
        self.toast = toast
        self.shown: list[str] = []

    def show(self, error: StationError) -> None:
        text = f"{tr(error.message)}\n{tr(error.next_step)}"
        self.shown.append(text)
        log.warning("shown to user: %s", error.message.render())
        self.toast.show_text(text)

    def show_unexpected(self, error: BaseException) -> None:
        text = tr(msg("Errors", "Something went wrong, but your work is saved. If it happens "
                               "again, call a supervisor. ({kind})", kind=type(error).__name__))
        self.shown.append(text)
        self.toast.show_text(text)

    def install_hook(self) -> None:
        def hook(kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
            if isinstance(error, StationError):
                self.show(error)
                return
            log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error,
                                                                                  tb)))
            self.show_unexpected(error)

        sys.excepthook = hook


def show_fatal(error: StationError) -> None:
    """For errors before the window exists (a corrupt config or database): a dialog."""
    box = QMessageBox(QMessageBox.Icon.Critical, tr(msg("Errors", "Packing station")),
                      f"{tr(error.message)}\n\n{tr(error.next_step)}")
    box.exec()
