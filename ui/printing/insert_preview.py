"""A preview of an order's branded insert, as it will print, with the brand kit's problems
(if any) spelled out above it, so a brand manager or a supervisor sees what the customer
will unbox and why it may be the plain one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from printing.documents.insert import InsertResult
from printing.service import PrintService
from station.errors import StationError
from station.messages import msg
from ui.i18n import tr
from ui.printing.pdf_view import render_page


class InsertPreview(QWidget):
    """`InsertPreview(service, parent=None, width_px=420)`; call `show_order(order_id,
    kit_folder=None)`. Emits `rendered(branded: bool)` after each preview."""

    rendered = Signal(bool)

    def __init__(self, service: PrintService, parent: QWidget | None = None,
                 width_px: int = 420) -> None:
        super().__init__(parent)
        self._service = service
        self._width_px = width_px
        self.result: InsertResult | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("insertPreviewStatus")
        self.page = QLabel(self)
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.page)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

    def show_order(self, order_id: str, kit_folder: Path | None = None) -> None:
        try:
            result = self._service.insert_preview(order_id, kit_folder)
        except StationError as error:
            self.result = None
            self.page.clear()
            self._set_status(tr(error.message), problem=True)
            return
        self.result = result
        image = render_page(result.pdf, self._width_px)
        self.page.setPixmap(QPixmap.fromImage(image))
        if result.problems:
            self._set_status("\n".join(tr(problem) for problem in result.problems),
                             problem=True)
        else:
            self._set_status(tr(msg("Insert preview", "Insert for order {order}, as it will "
                                    "print.", order=order_id)), problem=False)
        self.rendered.emit(result.branded)

    def _set_status(self, text: str, *, problem: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("problem", problem)
        self.status.setStyleSheet("color: #B00020; font-weight: bold;" if problem else "")
