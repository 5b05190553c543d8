"""Printing at the station: documents when an order is packed, reprints, re-commerce labels
for the returns screen, the printers' state in the status bar, and the insert preview."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from printing.cli import ensure_barcode_sheet
from printing.service import PrintService
from station.core import StationCore
from station.errors import StationError
from station.messages import msg
from station.pack.outcomes import Kind, ScanOutcome
from station.returns.models import RecommerceLabelData
from ui.errors import ErrorPresenter
from ui.i18n import tr
from ui.printing.insert_preview import InsertPreview
from ui.printing.printer_button import PrinterButton

log = logging.getLogger("packstation")

# After an order completes, the outcome is painted first; documents render a moment later.
_RENDER_DELAY_MS = 30


class StationPrinting:
    def __init__(self, core: StationCore, errors: ErrorPresenter, *,
                 background: bool = True) -> None:
        self.core = core
        self.errors = errors
        self.service = PrintService.for_core(core)
        self.background = background and core.store.path is not None
        if self.background:
            self.service.start()
            ensure_barcode_sheet(core)
        self.button = PrinterButton(self.service, self.show_insert_preview)

    def retranslate(self) -> None:
        self.button.refresh()

    def stop(self) -> None:
        if self.background:
            self.service.stop()

    def on_pack_outcome(self, outcome: ScanOutcome) -> None:
        if outcome.kind in {Kind.ORDER_COMPLETE, Kind.REPRINT_REQUESTED}:
            QTimer.singleShot(_RENDER_DELAY_MS, lambda: self._print_for(outcome))

    def _print_for(self, outcome: ScanOutcome) -> None:
        try:
            self.service.on_scan_outcome(outcome, self.core.signin.user)
        except StationError as error:
            self.errors.show(error)
        if not self.background:
            self.service.send_due()

    def print_recommerce_label(self, data: RecommerceLabelData) -> None:
        try:
            self.service.print_recommerce_label(data)
        except StationError as error:
            self.errors.show(error)
        if not self.background:
            self.service.send_due()

    def show_insert_preview(self, parent: QWidget | None = None) -> QDialog | None:
        """The branded insert of the open order, or else of the last one packed here."""
        order_id = (self.core.pack.order.id if self.core.pack.order is not None
                    else self.core.pack.last_packed_order())
        if order_id is None:
            order_ids = self.core.catalogue.order_ids(limit=1)
            order_id = order_ids[0] if order_ids else None
        if order_id is None:
            return None
        dialog = QDialog(parent or self.button.window())
        dialog.setWindowTitle(tr(msg("Printing", "Insert preview: {order}", order=order_id)))
        preview = InsertPreview(self.service, dialog)
        layout = QVBoxLayout(dialog)
        layout.addWidget(preview)
        preview.show_order(order_id)
        dialog.resize(520, 760)
        dialog.show()
        return dialog
