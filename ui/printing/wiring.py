"""Printing at the station: documents when an order is packed, reprints, re-commerce labels
for the returns screen, the printers' state in the status bar, and the insert preview.

The journal's OrderPacked, ReprintRequested and RecommerceLabelRequested events are the
durable print requests: the UI only wakes the print worker, which renders and queues the
documents on its own thread and connection (a kill in between loses nothing: the worker
finds the request on restart). Nothing renders on the UI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from printing.errors import PrintingError
from printing.service import PRINTING_OUTCOMES, PrintService
from station.core import StationCore, open_core
from station.errors import StationError
from station.messages import msg
from station.pack.outcomes import ScanOutcome
from station.returns.models import RecommerceLabelData
from station.settings import Settings
from ui.background import BackgroundWork
from ui.errors import ErrorPresenter
from ui.i18n import tr
from ui.printing.insert_preview import InsertPreview
from ui.printing.printer_button import PrinterButton

log = logging.getLogger("packstation")

# In-memory stations (no worker thread): the outcome is painted first, requests are handled
# a moment later on the UI thread.
_IN_MEMORY_DELAY_MS = 30


class _Refusals(QObject):
    """Carries a refusal from the worker thread to the UI thread (a queued signal)."""

    refused = Signal(object)


def _write_barcode_sheet(settings: Settings) -> None:
    """The demo barcode sheet, written once, on its own connection, off the UI thread."""
    from printing.cli import ensure_barcode_sheet  # reportlab: off the start path

    try:
        core = open_core(settings, demo_data=False)
        try:
            ensure_barcode_sheet(core)
        finally:
            core.close()
    except Exception:
        log.exception("the barcode sheet could not be written")


class StationPrinting:
    def __init__(self, core: StationCore, errors: ErrorPresenter, work: BackgroundWork, *,
                 background: bool = True) -> None:
        self.core = core
        self.errors = errors
        self.service = PrintService.for_core(core)
        self._refusals = _Refusals()
        self._refusals.refused.connect(self._show_error)
        self.service.worker.refused = self._refusals.refused.emit
        self.background = background and core.store.path is not None
        if self.background:
            self.service.start()
            work.run(lambda: _write_barcode_sheet(core.settings))
        self.button = PrinterButton(self.service, self.show_insert_preview, core.signin)
        # In-memory stations: requests are handled by this timer, owned and stopped here.
        self._handle_timer = QTimer(self.button)
        self._handle_timer.setSingleShot(True)
        self._handle_timer.setInterval(_IN_MEMORY_DELAY_MS)
        self._handle_timer.timeout.connect(self._handle_here)
        self.button.denied.connect(self._show_error)

    def retranslate(self) -> None:
        self.button.refresh()

    def stop(self) -> None:
        """Stop the worker, the button's refresh and any pending in-memory handling."""
        self._handle_timer.stop()
        self.button.stop()
        if self.background:
            self.service.stop()

    def on_pack_outcome(self, outcome: ScanOutcome) -> None:
        """The request is already in the journal: wake the worker."""
        if outcome.kind in PRINTING_OUTCOMES:
            self.wake()

    def _handle_here(self) -> None:
        self.service.process_requests()
        self.service.send_due()

    def on_label_requested(self, _data: RecommerceLabelData) -> None:
        """The returns core journalled the label request with the grade: wake the worker."""
        self.wake()

    def wake(self) -> None:
        if self.background:
            self.service.wake()
        else:
            self._handle_timer.start()

    def _show_error(self, error: object) -> None:
        if isinstance(error, StationError):
            self.errors.show(error)

    def show_insert_preview(self, parent: QWidget | None = None) -> QDialog | None:
        """The branded insert of the open order, or else of the last one packed here. It
        shows a customer's name and address: only to a signed-in badge."""
        if self.core.signin.badge is None:
            self._show_error(PrintingError(
                msg("Printing", "Sign in with your badge to see the printers."),
                msg("Printing", "Scan your badge, then try again.")))
            return None
        order_id = (self.core.pack.order.id if self.core.pack.order is not None
                    else self.core.pack.last_packed_order())
        if order_id is None:
            order_ids = self.core.catalogue.order_ids(limit=1)
            order_id = order_ids[0] if order_ids else None
        if order_id is None:
            return None
        dialog = QDialog(parent or self.button.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(tr(msg("Printing", "Insert preview: {order}", order=order_id)))
        preview = InsertPreview(self.service, dialog)
        layout = QVBoxLayout(dialog)
        layout.addWidget(preview)
        preview.show_order(order_id)
        dialog.resize(520, 760)
        dialog.show()
        return dialog
