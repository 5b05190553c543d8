"""The packer's exception report as a dialog over the pack screen: reason buttons, the item
(scan it, or pick its line), how many (scan a QTY: code, or the keypad), a note (required for
OTHER). Scanner-first: wedge scans still go to the session, which edits the same draft
(`station.pack.exception_report`); the dialog redraws from the draft after every outcome and
closes when the report is sent or cancelled. Enter sends, Escape cancels."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.core import StationCore
from station.ids import Sku
from station.limits import MAX_QUANTITY
from station.messages import msg
from station.pack.exception_report import NEEDS_ITEM, REASON_LABELS
from station.pack.outcomes import ScanOutcome
from station.scans import COMMAND_PREFIX, REASON_PREFIX, Command, ExceptionReason, ScanSource
from ui.i18n import tr


class ExceptionDialog(QDialog):
    def __init__(self, core: StationCore, screen: QWidget) -> None:
        super().__init__(screen)
        self._core = core
        self._screen = screen   # the PackScreen: submit(), show_outcome()
        self.setModal(True)
        self.setMinimumWidth(560)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.reason_buttons: dict[ExceptionReason, QPushButton] = {}
        reasons = QGridLayout()
        for index, reason in enumerate(ExceptionReason):
            button = QPushButton()
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, r=reason: self._submit(REASON_PREFIX + r.value))
            self.reason_buttons[reason] = button
            reasons.addWidget(button, index // 2, index % 2)
        self.item_label, self.quantity_label, self.note_label = QLabel(), QLabel(), QLabel()
        self.item = QComboBox()
        self.item.activated.connect(self._on_item_chosen)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.valueChanged.connect(self._on_quantity_changed)
        self.note = QLineEdit()
        self.note.textEdited.connect(self._on_note_edited)
        self.note.returnPressed.connect(self._send)
        self.send_button = QPushButton()
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self._send)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        form = QGridLayout()
        form.addWidget(self.item_label, 0, 0)
        form.addWidget(self.item, 0, 1)
        form.addWidget(self.quantity_label, 1, 0)
        form.addWidget(self.quantity, 1, 1)
        form.addWidget(self.note_label, 2, 0)
        form.addWidget(self.note, 2, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(reasons)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr(msg("PackScreen", "Send to the exception queue")))
        for reason, button in self.reason_buttons.items():
            button.setText(tr(REASON_LABELS[reason.value]))
        self.item_label.setText(tr(msg("PackScreen", "Item")))
        self.quantity_label.setText(tr(msg("PackScreen", "How many")))
        self.note_label.setText(tr(msg("PackScreen", "Note")))
        self.note.setPlaceholderText(tr(msg("PackScreen", "What happened (required for Other)")))
        self.send_button.setText(tr(msg("PackScreen", "Send")))
        self.cancel_button.setText(tr(msg("PackScreen", "Cancel")))

    # ------------------------------------------------------------------ following the draft
    def follow(self, outcome: ScanOutcome) -> None:
        """After every pack outcome: open over a report being put together, redraw it from
        the draft, close once it is sent or dropped."""
        draft = self._core.pack.reports.draft
        order = self._core.pack.order
        if draft is None or order is None:
            if self.isVisible():
                super().reject()
            return
        self.prompt.setText(tr(outcome.message))
        widgets = (self.item, self.quantity, self.note)
        for widget in widgets:
            widget.blockSignals(True)
        self.item.clear()
        for line in order.lines:
            self.item.addItem(f"{line.line_no}. {line.product.display_name(self._language())}",
                              line.product.sku)
        self.item.setCurrentIndex(self.item.findData(draft.sku) if draft.sku else -1)
        self.quantity.setValue(draft.quantity or 1)
        if self.note.text().strip() != draft.note:
            self.note.setText(draft.note)
        for widget in widgets:
            widget.blockSignals(False)
        for reason, button in self.reason_buttons.items():
            button.setChecked(reason is draft.reason)
        needs_item = draft.reason in NEEDS_ITEM
        self.item.setEnabled(needs_item)
        self.quantity.setEnabled(needs_item and draft.sku is not None)
        if not self.isVisible():
            self.open()
            self.note.setFocus()

    def _language(self) -> str:
        return str(getattr(self._screen, "language", "en"))

    # ------------------------------------------------------------------ edits
    def _submit(self, code: str) -> None:
        self._screen.submit(code, ScanSource.KEYBOARD)  # type: ignore[attr-defined]

    def _show(self, outcome: ScanOutcome) -> None:
        self._screen.show_outcome(outcome)  # type: ignore[attr-defined]

    def _ask(self) -> None:
        order = self._core.pack.order
        if order is not None and self._core.pack.reports.draft is not None:
            self._show(self._core.pack.reports.ask(order))

    def _on_item_chosen(self, index: int) -> None:
        order = self._core.pack.order
        sku = self.item.itemData(index)
        if order is None or sku is None:
            return
        problem = self._core.pack.reports.choose_item(order, Sku(sku))
        if problem is None:
            self._ask()
        else:
            self.prompt.setText(tr(problem))

    def _on_quantity_changed(self, value: int) -> None:
        order = self._core.pack.order
        if order is None or self._core.pack.reports.draft is None:
            return
        problem = self._core.pack.reports.set_quantity(order, value)
        if problem is None:
            self._ask()
        else:
            self.prompt.setText(tr(problem))

    def _on_note_edited(self, text: str) -> None:
        if self._core.pack.reports.draft is not None:
            self._core.pack.reports.set_note(text)

    def _send(self) -> None:
        """As scanning OK: the screen shows the outcome, or the error if the disk refused."""
        if self._core.pack.reports.draft is not None:
            self._submit(COMMAND_PREFIX + Command.OK.value)

    def reject(self) -> None:
        """Escape or Cancel: the report is dropped and the order stays open."""
        if self._core.pack.reports.draft is not None:
            self._submit(COMMAND_PREFIX + Command.CANCEL.value)
        if self.isVisible():
            super().reject()
