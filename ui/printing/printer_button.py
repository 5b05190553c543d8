"""The printers in one status-bar button: green when every printer is ready, red with what is
wrong when a printer says it cannot print (head open, out of paper, paused: its own state, as
the print service's monitor last read it) or with the number of waiting jobs when sending
failed. It opens the full printer panel (test pages,
retry, the print folder) and the insert preview, to a signed-in badge only: the station is a
kiosk, and the panel shows a customer's address and (for a supervisor) the print folder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from printing.errors import PrintingError
from printing.service import PrintService
from station.messages import msg
from station.models import Role
from station.signin import SignIn
from ui.i18n import tr
from ui.polling import PollWhileShown
from ui.printing.printer_status import PrinterStatusWidget


class PrinterButton(QPushButton):
    """Emits `denied(PrintingError)` when nobody is signed in and the panel stays shut."""

    denied = Signal(object)

    def __init__(self, service: PrintService, show_preview: Callable[[], object],
                 signin: SignIn, parent: QWidget | None = None,
                 interval_ms: int = 2000) -> None:
        super().__init__(parent)
        self._service = service
        self._show_preview = show_preview
        self._signin = signin
        self.problem = False
        self.clicked.connect(self.open_panel)
        self.poll = PollWhileShown(self, interval_ms, self.refresh)
        self.refresh()

    def stop(self) -> None:
        """No more refreshes (before the database closes)."""
        self.poll.stop()

    @property
    def polling(self) -> bool:
        return self.poll.active

    def refresh(self) -> None:
        statuses = self._service.statuses()
        waiting = sum(status.waiting for status in statuses)
        down = [status.state for status in statuses
                if status.state is not None and not status.state.ready]
        self.problem = bool(down) or any(status.last_error for status in statuses)
        if down:
            text = down[0].detail
            colour = "#b3261e"
        elif self.problem:
            text = msg("Printing", "Printers: {count} waiting, check the printer", count=waiting)
            colour = "#b3261e"
        elif waiting:
            text = msg("Printing", "Printers: {count} printing", count=waiting)
            colour = "#34495e"
        else:
            text = msg("Printing", "Printers: ready")
            colour = "#1b7f3b"
        self.setText(tr(text))
        self.setStyleSheet(f"QPushButton {{ color: white; background: {colour}; border: none;"
                           " min-height: 34px; }")

    def open_panel(self) -> QDialog | None:
        """The printer panel, deleted with its timer when closed; None to nobody."""
        if self._signin.badge is None:
            self.denied.emit(PrintingError(
                msg("Printing", "Sign in with your badge to see the printers."),
                msg("Printing", "Scan your badge, then try again.")))
            return None
        dialog = QDialog(self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(tr(msg("Printing", "Printers")))
        layout = QVBoxLayout(dialog)
        layout.addWidget(PrinterStatusWidget(
            self._service, dialog,
            may_open_folder=lambda: self._signin.has_role(Role.SUPERVISOR)))
        preview = QPushButton(tr(msg("Printing", "Insert preview")), dialog)
        preview.clicked.connect(self._on_preview_clicked)
        layout.addWidget(preview)
        dialog.resize(560, 360)
        dialog.show()
        return dialog

    def _on_preview_clicked(self) -> None:
        self._show_preview()
